"""The twelve heldout92 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: payment proofs as buyers send them to a
marketplace's support, messy screenshots of ordinary payments: a notification banner drawn over the top of an
app's receipt, a screenshot of a screenshot in a gallery viewer, a split screen (the payment app over or
beside a chat or the marketplace's order page), a receipt zoomed so its sides are cut, a receipt with the
buyer's scribbles (a red ring round the sum, an arrow, a highlighted reference, a typed note), a landscape
tablet layout with the details in two columns, dark mode in low-contrast grey, a long scrolling screenshot
stitched over the app's recent transactions, a forwarded payment e-mail, an app's share image with a promotion
and a referral code, a PDF statement's page with one transaction highlighted, and a photo of a laptop's net
banking acknowledgement.

Pages are ``Shot``s: rows (``heldout14_render``'s kinds) that carry the facts they print, as heldout86's
``Page`` does. What covers or cuts a page (a banner, a zoom's crop, a split screen's edge) is decided here
from the rows' geometry (``geometry``: where ``heldout14_render.render`` puts each text), so a fact whose
printed value is covered or cut off leaves the truth (``None``). ``compose`` draws a page with
``heldout14_render.render`` and then what the screenshot adds, as ``style["h92"]`` lists it: marks drawn over
the page (a notification card, a promotion card, a ring, an arrow, a highlighter's stroke, a typed note) and a
frame (a gallery viewer, a second app, a zoom's crop, a tablet's two columns, a laptop's bezel);
``heldout92.make_heldout92_set`` has ``heldout14_render.family_set`` draw through it."""

from __future__ import annotations

import datetime as dt
import random
import string

import numpy as np
from PIL import Image, ImageDraw

from bench.receipt_sets.heldout14_render import SCALE
from bench.receipt_sets.heldout14_render import render as base_render
from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields
from bench.receipt_sets.heldout82_families import num
from bench.receipt_sets.heldout86_families import (
    BANKREF,
    BANKS,
    BILL,
    DARK,
    EMAIL,
    KEYWORD,
    MARGIN,
    ORDER,
    PAYERS,
    PEOPLE,
    RRN,
    SAID,
    SCREEN,
    SCREEN_PATS,
    SHOPS,
    TXN,
    UTR,
    Page,
    Rs,
    face,
    google_id,
    handle,
    has_glyph,
    hhmm,
    mobile,
    neft_utr,
    phonepe_id,
    pick,
    rupees,
    shop_handle,
    status_bar,
    utr,
    when,
)

UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + "23456789"
B62 = string.ascii_letters + string.digits

# sellers a marketplace's buyers pay (shops, home sellers, people)
SELLERS = [
    "Urban Threads Co",
    "Kavya Handlooms",
    "Bloom Craft Studio",
    "Desi Kart Store",
    "Nirmala Pickles",
    "Mehta Mobile Accessories",
    "Zoya Fashion Hub",
    "Trendy Feet Footwear",
    "Rangoli Sarees",
    "TechZone Gadgets",
    "Anjali Home Bakers",
    "Sri Vinayaka Plants",
    "Pooja Gift Gallery",
    "Hyderabad Attar House",
    "Gupta Stationery Mart",
    "Little Lamb Kidswear",
]
MARKETS = [
    ("ShopKaro", "shopkaro.in"),
    ("Bazaarly", "bazaarly.com"),
    ("Kraftmandi", "kraftmandi.in"),
    ("DealDost", "dealdost.in"),
    ("Mandi Mart", "mandimart.co.in"),
]
WEST_SHOPS = [
    "Brightside Prints Ltd",
    "Lumen Studio",
    "Harbour & Pine Goods",
    "Kettle Lane Ceramics",
    "Northwind Outdoor Co",
    "Maple Street Books",
    "Atelier Sohn",
    "Casa Verde Plantas",
    "Quill & Ink Stationers",
    "Blue Heron Tea Co",
]

# the rank of a truth's evidence where two compete on a page (heldout86's ranks: a UTR over an RRN over a
# bank's reference over an app's transaction id over an approval code over an order id over a bill's number)
RANKS = (UTR, RRN, BANKREF, TXN, ORDER, BILL)

SUCCESS = [
    "Payment Successful",
    "Transaction Successful",
    "Paid Successfully",
    "Completed",
    "Money Sent Successfully",
    "Payment successful",
    "Transfer Successful",
]
FAILED = ["Payment Failed", "Transaction Failed", "Failed", "Transaction Declined", "Payment failed"]
PENDING = [
    "Payment Pending",
    "Processing",
    "Transaction Pending",
    "Awaiting bank confirmation",
    "Payment Processing",
]
WORDS = {"success": SUCCESS, "failed": FAILED, "pending": PENDING}
NOTES = {
    "failed": [
        "Payment failed. Money will be refunded in 3-5 working days.",
        "If money was debited, it will be refunded to your account within 3-5 days.",
        "Amount debited, if any, will be reversed to your account in 5 working days.",
    ],
    "pending": [
        "Awaiting confirmation from your bank. Please check again after 2 hours.",
        "Please do not retry. We will update you shortly.",
        "Your bank is taking longer than usual to confirm this payment.",
    ],
}

# an app: (brand colour, its UPI reference labels with their ranks, its own id (label, kind, rank) or None,
# UPI handles, whether the payee is printed in capitals)
APPS = {
    "PhonePe": (
        (95, 37, 159),
        [("UTR", UTR), ("UTR No.", UTR)],
        ("Transaction ID", "phonepe", TXN),
        ["ybl", "ibl", "axl"],
        False,
    ),
    "Google Pay": (
        (26, 115, 232),
        [("UPI transaction ID", UTR)],
        ("Google transaction ID", "google", TXN),
        ["okaxis", "okhdfcbank", "okicici", "oksbi"],
        False,
    ),
    "Paytm": (
        (0, 46, 110),
        [("UPI Ref. No.", UTR), ("UPI Reference No", UTR)],
        ("Order ID", "paytm", ORDER),
        ["paytm", "ptyes", "ptaxis"],
        False,
    ),
    "BHIM": ((0, 95, 60), [("UPI Ref No", UTR), ("UPI Transaction ID", UTR)], None, ["upi"], False),
    "Amazon Pay": (
        (35, 47, 62),
        [("UPI Ref No", UTR), ("Bank Reference ID", BANKREF)],
        ("Transaction ID", "amazon", TXN),
        ["apl", "yapl"],
        False,
    ),
    "CRED": (
        (30, 30, 30),
        [("UTR", UTR), ("UPI ref no", UTR)],
        ("transaction ID", "cred", TXN),
        ["axisb", "yescred"],
        False,
    ),
    "Navi": ((0, 150, 110), [("UPI Ref ID", UTR)], ("Transaction ID", "navi", TXN), ["naviaxis"], False),
    "super.money": ((90, 40, 200), [("UTR", UTR)], ("Order ID", "super", ORDER), ["superyes"], False),
    "iMobile Pay": ((175, 40, 40), [("UPI Ref No", UTR)], ("Transaction ID", "bank", TXN), ["icici"], True),
    "YONO SBI": (
        (40, 60, 140),
        [("UTR No.", UTR), ("UPI Ref No", UTR)],
        ("Reference No.", "bank", BANKREF),
        ["sbi"],
        True,
    ),
    "Kotak 811": ((200, 20, 40), [("UPI Ref No", UTR)], ("Transaction ID", "bank", TXN), ["kotak"], True),
    "Axis Mobile": ((150, 20, 70), [("RRN", RRN), ("UPI Ref No", UTR)], None, ["axisbank"], True),
}
WALLETS = {"PhonePe": "PhonePe Wallet", "Paytm": "Paytm Wallet", "Amazon Pay": "Amazon Pay Balance"}
CARD_APPS = ("Amazon Pay", "CRED", "super.money")


# ---------------------------------------------------------------- geometry, pages and truth


def geometry(rows: list[tuple], font: str, style: dict) -> tuple[list[list[tuple]], int]:
    """Where ``heldout14_render.render`` puts each row's texts: per row its pieces (part, x0, y0, x1, y1),
    part "text" for a single text, "label" and "value" for a pair; and the page's height."""
    width, size = style.get("width", 620), style.get("size", 22)
    line = int(size * 1.55)
    y, out = MARGIN, []
    for row in rows:
        kind = row[0]
        f = face(font, int(size * SCALE.get(kind, 1.0)))
        step = line if kind == "pair" else int(line * SCALE.get(kind, 1.0))
        tall = f.size * 1.25
        pieces = []
        if kind in ("title", "big", "center", "small"):
            w = f.getlength(row[1])
            pieces.append(("text", (width - w) / 2, y, (width + w) / 2, y + tall))
        elif kind == "left":
            pieces.append(("text", MARGIN, y, MARGIN + f.getlength(row[1]), y + tall))
        elif kind == "right":
            pieces.append(("text", width - MARGIN - f.getlength(row[1]), y, width - MARGIN, y + tall))
        elif kind == "pair":
            lw, vw = f.getlength(row[1]), f.getlength(row[2])
            pieces.append(("label", MARGIN, y, MARGIN + lw, y + tall))
            if lw + vw + 24 > width - 2 * MARGIN:
                y += step
            pieces.append(("value", width - MARGIN - vw, y, width - MARGIN, y + tall))
        out.append(pieces)
        y += step
    return out, max(y + MARGIN, style.get("min_height", 0))


def row_tops(rows: list[tuple], font: str, style: dict) -> list[int]:
    """The top of each row as ``heldout14_render.render`` lays the page out."""
    boxes = geometry(rows, font, style)[0]
    line = int(style.get("size", 22) * 1.55)
    tops, y = [], MARGIN
    for row, pieces in zip(rows, boxes, strict=True):
        tops.append(y)
        step = line if row[0] == "pair" else int(line * SCALE.get(row[0], 1.0))
        y += step * (2 if row[0] == "pair" and pieces[1][2] > pieces[0][2] else 1)
    return tops


class Shot(Page):
    """A page of rows carrying their facts (heldout86's ``Page``), whose facts a cover or a crop can take."""

    def box(self, style: dict, key: str, part: str | None = None) -> tuple:
        """The box of the first row carrying ``key``: its ``part`` (its fact's part where not given)."""
        boxes = geometry(self.out(), self.font, style)[0]
        i = self.index(key)
        row, facts = self.rows[i]
        want = part or facts.get("part") or ("value" if row[0] == "pair" else "text")
        return next(piece[1:] for piece in boxes[i] if piece[0] == want)

    def hide(self, style: dict, gone) -> None:
        """Take the facts of every row whose printed value ``gone(x0, y0, x1, y1)`` says is covered or cut off
        (the sum is never)."""
        boxes = geometry(self.out(), self.font, style)[0]
        for i, ((row, facts), pieces) in enumerate(zip(self.rows, boxes, strict=True)):
            part = facts.get("part") or ("value" if row[0] == "pair" else "text")
            box = next((piece[1:] for piece in pieces if piece[0] == part), None)
            if box is None or not any(k in facts for k in ("merchant", "txn", "date", "method", "status")):
                continue
            if gone(*box):
                assert not facts.get("keep"), "the sum is covered"
                self.rows[i] = (row, {k: v for k, v in facts.items() if k in ("keep", "part")})

    def texts(self) -> list[str]:
        return [text for row, _ in self.rows for text in row[1:] if isinstance(text, str)]


def truth_of(shots: list[Shot], amount: float, currency: str) -> dict:
    """The truth from the facts on every page of a screenshot (the highest-ranked where two compete)."""
    facts = [f for shot in shots for _, f in shot.rows]
    assert any(f.get("keep") for f in facts), "the sum is not on the page"

    def ranked(key: str):
        found = [f[key] for f in facts if f.get(key) is not None]
        if not found:
            return None
        top = max(rank for rank, _ in found)
        values = {value for rank, value in found if rank == top}
        assert len(values) == 1, (key, values)
        return values.pop()

    def single(key: str):
        values = {f[key] for f in facts if f.get(key) is not None}
        assert len(values) <= 1, (key, values)
        return values.pop() if values else None

    return truth_fields(
        ranked("merchant"),
        round(amount, 2),
        currency,
        ranked("txn"),
        single("date"),
        ranked("method"),
        single("status"),
    )


def wrap(text: str, font: str, px: int, room: float) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}".strip()
        if line and face(font, px).getlength(trial) > room:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + ([line] if line else [])


def arrow(font: str) -> str:
    return "\u2190" if has_glyph(font, "\u2190") else "<"


# ---------------------------------------------------------------- drawing: marks and frames


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The page as ``heldout14_render.render`` draws it, then the marks and the frame in ``style["h92"]``."""
    image = base_render(rows, font, style)
    extra = style.get("h92") or {}
    for mark in extra.get("marks", []):
        _mark(image, mark, font)
    frame = extra.get("frame")
    if frame:
        image = FRAMES[frame["kind"]](image, frame, font, style)
    return image


def _mark(image: Image.Image, mark: dict, font: str) -> None:
    draw = ImageDraw.Draw(image)
    kind = mark["kind"]
    if kind == "card":  # a notification or promotion card: a shadow, a rounded card, its lines of text
        x0, y0, x1, y1 = mark["box"]
        draw.rounded_rectangle(
            (x0 + 2, y0 + 4, x1 + 2, y1 + 5), radius=16, fill=mark.get("shadow", (150, 150, 150))
        )
        draw.rounded_rectangle((x0, y0, x1, y1), radius=16, fill=mark["fill"], outline=mark.get("edge"))
        y = y0 + 12
        for text, px, ink in mark["lines"]:
            draw.text((x0 + 16, y), text, font=face(font, px), fill=ink)
            y += int(px * 1.35)
    elif kind == "ring":  # a hand-drawn ring: two loose ellipses
        x0, y0, x1, y1 = mark["box"]
        for dx, dy in ((0, 0), (3, -2)):
            draw.ellipse((x0 - 14 + dx, y0 - 8 + dy, x1 + 14 + dx, y1 + 8 + dy), outline=mark["ink"], width=3)
    elif kind == "highlight":  # a highlighter's stroke multiplies the paper under it
        x0, y0, x1, y1 = (int(v) for v in mark["box"])
        pixels = np.asarray(image, dtype=np.float32).copy()
        pixels[y0:y1, x0:x1] *= np.array(mark["ink"], dtype=np.float32) / 255
        image.paste(Image.fromarray(pixels.clip(0, 255).astype(np.uint8)))
    elif kind == "arrow":
        (x0, y0), (x1, y1) = mark["from"], mark["to"]
        draw.line((x0, y0, x1, y1), fill=mark["ink"], width=4)
        vx, vy = x1 - x0, y1 - y0
        norm = max((vx * vx + vy * vy) ** 0.5, 1.0)
        ux, uy = vx / norm, vy / norm
        for side in (1, -1):
            draw.line(
                (x1, y1, x1 - 14 * ux + side * 8 * uy, y1 - 14 * uy - side * 8 * ux),
                fill=mark["ink"],
                width=4,
            )
    elif kind == "text":  # a typed note, on a white box where asked
        x, y = mark["at"]
        f = face(font, mark["px"])
        if mark.get("box"):
            w = max(f.getlength(t) for t in mark["lines"])
            draw.rectangle(
                (x - 8, y - 6, x + w + 8, y + len(mark["lines"]) * mark["px"] * 1.3 + 4), fill=mark["box"]
            )
        for i, text in enumerate(mark["lines"]):
            draw.text((x, y + i * int(mark["px"] * 1.3)), text, font=f, fill=mark["ink"])
    elif kind == "underline":
        x0, _, x1, y1 = mark["box"]
        draw.line((x0, y1 + 3, x1, y1 + 1), fill=mark["ink"], width=3)


def _gallery(image: Image.Image, frame: dict, font: str, style: dict) -> Image.Image:
    """A gallery app showing the screenshot: black, the file's name and the photo's time on top, actions
    under."""
    w, h = image.size
    s = frame["scale"]
    inner = image.resize((int(w * s), int(h * s)), Image.LANCZOS)
    top, bottom = 96, 70
    canvas = Image.new("RGB", (w, top + inner.size[1] + 36 + bottom), frame.get("bg", (0, 0, 0)))
    canvas.paste(inner, ((w - inner.size[0]) // 2, top + 14))
    draw = ImageDraw.Draw(canvas)
    draw.text((18, 16), frame["top"][0], font=face(font, 17), fill=(236, 236, 236))
    draw.text((18, 48), frame["top"][1], font=face(font, 15), fill=(190, 190, 190))
    f = face(font, 16)
    draw.text(
        ((w - f.getlength(frame["bottom"])) / 2, canvas.size[1] - bottom + 22),
        frame["bottom"],
        font=f,
        fill=(225, 225, 225),
    )
    return canvas


def _split(image: Image.Image, frame: dict, font: str, style: dict) -> Image.Image:
    """Two apps on one screen: the other app's page over / under or beside this one, a divider between."""
    other = base_render(frame["rows"], font, frame["style"])
    first, second = (image, other) if frame["app_first"] else (other, image)
    bar = (22, 22, 24)
    if frame["orient"] == "v":
        w = max(first.size[0], second.size[0])
        canvas = Image.new("RGB", (w, first.size[1] + second.size[1] + 16), bar)
        canvas.paste(first, (0, 0))
        canvas.paste(second, (0, first.size[1] + 16))
        ImageDraw.Draw(canvas).rounded_rectangle(
            (w // 2 - 30, first.size[1] + 5, w // 2 + 30, first.size[1] + 11), radius=3, fill=(200, 200, 200)
        )
    else:
        h = max(first.size[1], second.size[1])
        canvas = Image.new("RGB", (first.size[0] + second.size[0] + 14, h), bar)
        canvas.paste(first, (0, 0))
        canvas.paste(second, (first.size[0] + 14, 0))
        ImageDraw.Draw(canvas).rounded_rectangle(
            (first.size[0] + 4, h // 2 - 30, first.size[0] + 10, h // 2 + 30), radius=3, fill=(200, 200, 200)
        )
    return canvas


def _zoom(image: Image.Image, frame: dict, font: str, style: dict) -> Image.Image:
    x0, y0, x1, y1 = frame["box"]
    crop = image.crop((x0, y0, x1, y1))
    return crop.resize(
        (int(crop.size[0] * frame["scale"]), int(crop.size[1] * frame["scale"])), Image.LANCZOS
    )


def _grid(image: Image.Image, frame: dict, font: str, style: dict) -> Image.Image:
    """A tablet's landscape page: the head across, two columns of details, a foot across."""
    left = base_render(frame["left"][0], font, frame["left"][1])
    right = base_render(frame["right"][0], font, frame["right"][1])
    foot = base_render(frame["foot"][0], font, frame["foot"][1])
    w = image.size[0]
    body = max(left.size[1], right.size[1])
    canvas = Image.new("RGB", (w, image.size[1] + body + foot.size[1]), style.get("paper", (255, 255, 255)))
    canvas.paste(image, (0, 0))
    canvas.paste(left, (0, image.size[1]))
    canvas.paste(right, (w - right.size[0], image.size[1]))
    ImageDraw.Draw(canvas).line(
        (w // 2, image.size[1] + 20, w // 2, image.size[1] + body - 20),
        fill=style.get("label_ink", (150, 150, 150)),
        width=1,
    )
    canvas.paste(foot, (0, image.size[1] + body))
    return canvas


def _laptop(image: Image.Image, frame: dict, font: str, style: dict) -> Image.Image:
    """A laptop's screen seen from the chair: a black bezel with its camera, the hinge and the desk."""
    w, h = image.size
    b = 30
    desk = frame.get("desk", (150, 120, 90))
    canvas = Image.new("RGB", (w + 2 * b + 80, h + 2 * b + 110), desk)
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((40, 30, 40 + w + 2 * b, 30 + h + 2 * b), radius=18, fill=(18, 18, 20))
    draw.ellipse((40 + b + w // 2 - 4, 30 + 11, 40 + b + w // 2 + 4, 30 + 19), fill=(60, 60, 70))
    canvas.paste(image, (40 + b, 30 + b))
    base_top = 30 + h + 2 * b
    draw.polygon(
        [
            (20, base_top + 4),
            (w + 2 * b + 60, base_top + 4),
            (w + 2 * b + 80, base_top + 60),
            (0, base_top + 60),
        ],
        fill=(175, 177, 182),
    )
    draw.rectangle(
        (40 + w // 2 - 40, base_top + 4, 40 + w // 2 + 2 * b + 40, base_top + 12), fill=(140, 142, 148)
    )
    return canvas


FRAMES = {"gallery": _gallery, "split": _split, "zoom": _zoom, "grid": _grid, "laptop": _laptop}


# ---------------------------------------------------------------- values


class Fx:
    """A page's way of printing dollars, pounds or euros: the sign before (or the euro after, with a decimal
    comma), or the ISO code after."""

    def __init__(self, rng: random.Random, currency: str):
        self.currency = currency
        sign = {"USD": "$", "GBP": "£", "EUR": "€"}[currency]
        self.style = rng.choice(["sign", "sign", "code"] + (["after"] if currency == "EUR" else []))
        self.sign = sign

    def __call__(self, value: float, sign: str = "") -> str:
        if self.style == "after":
            whole, frac = f"{value:,.2f}".split(".")
            return f"{sign}{whole.replace(',', '.')},{frac} €"
        if self.style == "code":
            return f"{sign}{self.sign}{value:,.2f} {self.currency}"
        return f"{sign}{self.sign}{value:,.2f}"


def west_day(d: dt.date, rng: random.Random, currency: str) -> str:
    pats = ["%b {d}, %Y", "%B {d}, %Y"] if currency == "USD" else ["{d} %b %Y", "%d %B %Y", "{d} %B %Y"]
    return when(d, rng.choice(pats))


def own_id(rng: random.Random, kind: str, d: dt.date) -> str:
    if kind == "phonepe":
        return phonepe_id(rng, d)
    if kind == "google":
        return google_id(rng)
    if kind == "paytm":
        return f"{d:%Y%m%d}{digits(rng, 4)}{rng.randrange(10**8):08d}"
    if kind == "amazon":
        return f"P0{rng.randrange(1, 5)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if kind == "cred":
        return code(rng, 14, ALNUM)
    if kind == "navi":
        return "NAVI" + digits(rng, 14)
    if kind == "super":
        return "SM" + digits(rng, 16)
    return digits(rng, 11)


def seller(rng: random.Random) -> str:
    roll = rng.random()
    return rng.choice(SELLERS if roll < 0.55 else SHOPS if roll < 0.8 else PEOPLE)


def order_no(rng: random.Random) -> str:
    return rng.choice([digits(rng, 4), digits(rng, 5), f"SK{digits(rng, 6)}", f"#{digits(rng, 4)}"])


def other_sum(rng: random.Random, amount: float) -> float:
    return round(max(20.0, amount + rng.choice([-1, 1]) * rng.uniform(30, 600)), rng.choice([0, 2]))


# ---------------------------------------------------------------- an app's payment page


def app_page(
    rng: random.Random,
    font: str,
    style: dict,
    *,
    apps: list[str] | None = None,
    way: str | None = None,
    order: str | None = None,
    bar: float = 0.5,
    status: str | None = "pick",
    foot: bool = True,
):
    """An Indian payment app's receipt: a status bar on a share, the app's header, the outcome, the sum, the
    payee with their UPI id, the day and time, the references, the account or wallet or card paid from, a
    refund or a wait explained, Powered by UPI and the app's buttons. ``order`` puts the outcome or the payee
    first. Returns the page and what it printed (``info``)."""
    app = rng.choice(apps or list(APPS))
    brand, refs, own, handles, capitals = APPS[app]
    if way is None:
        way = pick(
            rng, {"wallet": 0.12 if app in WALLETS else 0.0, "card": 0.15 if app in CARD_APPS else 0.0}
        )
        way = way or "upi"
    page = Shot(font, style)
    paid = day(rng)
    rs = Rs(rng, font, p_whole=0.4)
    amount = rupees(rng, 49, 9500)
    name = seller(rng)
    printed = name.upper() if capitals else name
    if status == "pick":
        status = pick(rng, {"success": 0.62, "failed": 0.22, "pending": 0.16})
    order = order or rng.choice(["status", "payee"])
    clock = hhmm(rng, lower=rng.random() < 0.5)
    info = {
        "app": app,
        "brand": brand,
        "amount": amount,
        "rs": rs,
        "name": printed,
        "paid": paid,
        "status": status,
        "clock": clock,
        "way": way,
    }
    if rng.random() < bar:
        page.add(status_bar(rng, font))
    page.add(
        rng.choice(
            [
                ("left", f"{arrow(font)}  {app}"),
                ("center", app),
                ("left", f"{arrow(font)}  Payment details"),
                ("left", "Transaction Details"),
            ]
        )
    )

    def outcome() -> None:
        if status:
            page.add(("title", rng.choice(WORDS[status])), status=status)

    def payee() -> None:
        form = rng.choice(["stack", "pair", "inline"])
        verb = rng.choice(["Paid to", "Sent to", "To"])
        if form == "stack":
            page.add(("small", verb))
            page.add(("center", printed), merchant=(2, printed))
        elif form == "pair":
            page.add(("pair", verb, printed), merchant=(2, printed))
        else:
            page.add(("center", f"{verb} {printed}"), merchant=(2, printed), part="text")
        if way == "upi":
            page.add(
                ("small", shop_handle(rng, name) if name in SHOPS + SELLERS else handle(rng, name, handles)),
                method=(KEYWORD, "UPI"),
            )

    when_text = when(paid, rng.choice(SCREEN_PATS))
    if order == "status":
        outcome()
        page.add(("big", rs(amount)), keep=True)
        payee()
    else:
        payee()
        page.add(("big", rs(amount)), keep=True)
        outcome()
    page.add(
        (
            "small",
            rng.choice([f"{when_text}, {clock}", f"{clock} on {when_text}", f"{when_text} at {clock}"]),
        ),
        date=paid,
    )
    page.add(("rule",))
    if way == "upi" and (status != "pending" or rng.random() < 0.5):
        label, rank = rng.choice(refs)
        ref = utr(rng, paid)
        facts = {"txn": (rank, ref)}
        if "UPI" in label:
            facts["method"] = (KEYWORD, "UPI")
        page.add(("pair", label, ref), **facts)
    if own or way != "upi":
        label, kind, rank = own or ("Transaction ID", "bank", TXN)
        tid = own_id(rng, kind, paid)
        page.add(("pair", label, tid), txn=(rank, tid))
    bank = rng.choice(list(BANKS))
    if way == "wallet":
        page.add(("pair", rng.choice(["Paid from", "Debited from"]), WALLETS[app]), method=(SAID, "wallet"))
    elif way == "card":
        issuer = rng.choice(["HDFC Bank", "ICICI Bank", "SBI Card", "Axis Bank"])
        card = f"{issuer} Credit Card XX{digits(rng, 4)}"
        page.add(("pair", rng.choice(["Paid using", "Paid via"]), card), method=(SAID, "card"))
    elif rng.random() < 0.5:
        page.add(("pair", rng.choice(["From", "Debited from"]), f"{BANKS[bank][0]} XX{digits(rng, 4)}"))
    else:
        page.add(("pair", "Paid using", f"UPI - {BANKS[bank][0]} XX{digits(rng, 4)}"), method=(SAID, "UPI"))
    if status in NOTES:
        page.para("small", rng.choice(NOTES[status]), status=status)
    if foot:
        if way == "upi" and rng.random() < 0.6:
            page.add(("small", rng.choice(["Powered by UPI", "POWERED BY UPI"])), method=(KEYWORD, "UPI"))
        page.add(
            (
                "center",
                rng.choice(
                    ["Share   ·   Done", "Share Receipt", "Check Balance   Share", "Need help?   Share"]
                ),
            )
        )
    return page, info


def look(rng: random.Random, brand: tuple, base: dict, p_dark: float) -> dict:
    if rng.random() < p_dark:
        return dict(DARK, width=base["width"], size=base["size"])
    return dict(base, accent=brand)


# ---------------------------------------------------------------- 1 a notification banner over the receipt

BANNERS = ["whatsapp", "otp", "cricket", "delivery", "credit", "food"]


def banner_lines(rng: random.Random, kind: str, paid: dt.date, rs: Rs, amount: float) -> tuple[str, str, str]:
    """A notification's app and time, its title and its text, with numbers, sums and times of its own."""
    other = other_sum(rng, amount)
    if kind == "whatsapp":
        who = rng.choice(PEOPLE + ["Mummy", "Rahul Bhaiya", "Flat 302 Group", "Office Gang"])
        text = rng.choice(
            [
                f"bhai {rs(other)} bhej de, kal wapas kar dunga",
                f"Order {order_no(rng)} aaya kya?",
                f"Sent {rs(other)} for the cake, check karo",
                "call me when free, urgent",
                f"meeting at {hhmm(rng)} tomorrow, room 4",
            ]
        )
        return f"WhatsApp · {rng.choice(['now', '1m', '3m'])}", who, text
    if kind == "otp":
        sender = rng.choice(["AX-HDFCBK", "VM-ICICIT", "JD-SBIOTP", "BZ-AMAZON", "VK-KOTAKB"])
        text = (
            f"{digits(rng, 6)} is your OTP for txn of INR {num(other)} at "
            f"{rng.choice(['AMAZON', 'FLIPKART', 'MYNTRA', 'SWIGGY'])} on card XX{digits(rng, 4)}. "
            f"Valid for {rng.choice([3, 5, 10])} mins. Do not share."
        )
        return f"Messages · {rng.choice(['now', '2m'])}", sender, text
    if kind == "cricket":
        teams = rng.choice([("IND", "AUS"), ("CSK", "MI"), ("RCB", "KKR"), ("IND", "ENG"), ("GT", "SRH")])
        runs, wk, ov = rng.randrange(120, 215), rng.randrange(1, 8), rng.randrange(12, 20)
        text = (
            f"{teams[0]} {runs}/{wk} ({ov}.{rng.randrange(6)} ov) · {teams[1]} need "
            f"{rng.randrange(10, 60)} off {rng.randrange(6, 30)} balls"
        )
        return (
            f"Cricbuzz · {hhmm(rng)}",
            f"{teams[0]} vs {teams[1]}, {rng.choice(['3rd T20I', 'Match 41', 'Final'])}",
            text,
        )
    if kind == "delivery":
        text = (
            f"Your order OD{digits(rng, 15)} worth {rs(other)} is out for delivery. "
            f"Delivery OTP {digits(rng, 4)}."
        )
        return (
            f"{rng.choice(['Flipkart', 'Meesho', 'Amazon Shopping'])} · {rng.choice(['5m', '12m', 'now'])}",
            "Out for delivery",
            text,
        )
    if kind == "credit":
        sender = rng.choice(["JM-SBIUPI", "AD-HDFCBK", "VM-ICICIT"])
        earlier = paid - dt.timedelta(days=rng.randrange(1, 9))
        text = (
            f"Dear UPI user A/C X{digits(rng, 4)} credited by Rs.{num(other)} on {earlier:%d%b%y} "
            f"by (Ref no {utr(rng, earlier)})"
        )
        return f"Messages · {rng.choice(['now', '1m'])}", sender, text
    text = (
        f"{rng.choice(PEOPLE).split()[0]} is on the way with your order #{digits(rng, 10)}. "
        f"Arriving in {rng.randrange(6, 35)} mins."
    )
    return f"{rng.choice(['Swiggy', 'Zomato', 'Blinkit'])} · now", "Order picked up", text


def banner_app(rng: random.Random, font: str):
    """An app's receipt with a notification drawn over its top: a chat message, an OTP SMS, a cricket score, a
    delivery update, a credit SMS or a food order's progress, each with its own numbers, sums and times. What
    it covers (the outcome, the payee) leaves the truth."""
    base = dict(SCREEN, width=rng.choice([520, 540, 560]))
    page, info = app_page(rng, font, base, bar=1.0)
    style = look(rng, info["brand"], base, 0.3)
    app_line, title, text = banner_lines(rng, rng.choice(BANNERS), info["paid"], info["rs"], info["amount"])
    px = 15 if rng.random() < 0.5 else 16
    room = style["width"] - 24 - 32
    sum_top = page.box(style, "keep")[1]
    dark_card = style["paper"][0] < 60
    fill = (48, 50, 56) if dark_card else (242, 242, 246)
    ink, sub = ((236, 236, 240), (180, 180, 188)) if dark_card else ((25, 25, 30), (90, 90, 100))
    tops = row_tops(page.out(), font, style)
    for keep_lines in (
        3,
        2,
        1,
    ):  # the card ends just above a row: the rows over it wholly covered, none in half
        body = wrap(text, font, px, room)[:keep_lines]
        lines = [(app_line, px - 2, sub), (title, px + 1, ink)] + [(b, px, ink) for b in body]
        need = 10 + 24 + sum(int(p * 1.35) for _, p, _ in lines)
        ends = [top - 3 for top in tops if top - 3 >= need and top <= sum_top]
        if ends:
            bottom = ends[0]
            break
    else:
        raise AssertionError("no banner fits above the sum")
    box = (12, 10, style["width"] - 12, bottom)
    page.hide(style, lambda x0, y0, x1, y1: y0 < box[3] and y1 > box[1])
    style["h92"] = {
        "marks": [
            {
                "kind": "card",
                "box": box,
                "fill": fill,
                "lines": lines,
                "shadow": (10, 10, 12) if dark_card else (170, 170, 176),
            }
        ]
    }
    return page.out(), truth_of([page], info["amount"], "INR"), style


# ---------------------------------------------------------------- 2 a screenshot of a screenshot


def west_page(rng: random.Random, font: str, style: dict, currency: str | None = None):
    """A money app's payment page in dollars, pounds or euros (PayPal, Revolut, Wise, Monzo): the outcome, the
    sum, To <payee>, the day, the way paid, the transaction id, a note."""
    app = rng.choice(["PayPal", "Revolut", "Wise"] + (["Monzo"] if currency in (None, "GBP") else []))
    currency = currency or ("GBP" if app == "Monzo" else rng.choice(["USD", "GBP", "EUR"]))
    fx = Fx(rng, currency)
    paid = day(rng)
    amount = round(rng.uniform(6, 480), 2)
    name = rng.choice(WEST_SHOPS)
    status = pick(rng, {"success": 0.7, "failed": 0.15, "pending": 0.15})
    page = Shot(font, style)
    page.add(status_bar(rng, font))
    page.add(("left", f"{arrow(font)}  {app}"))
    words = {
        "success": ["Completed", "Payment sent", "Paid"],
        "failed": ["Payment declined", "Failed"],
        "pending": ["Pending", "Processing"],
    }
    page.add(("big", fx(amount, "-" if rng.random() < 0.4 else "")), keep=True)
    page.add(("center", f"To {name}"), merchant=(2, name))
    if status:
        page.add(("title", rng.choice(words[status])), status=status)
    page.add(("small", f"{west_day(paid, rng, currency)}, {hhmm(rng)}"), date=paid)
    page.add(("rule",))
    if app == "PayPal" or rng.random() < 0.5:
        way = rng.choice(
            [
                ("PayPal balance", "wallet") if app == "PayPal" else (f"{app} balance", "wallet"),
                (f"Visa Debit ••{digits(rng, 4)}", "card"),
                (f"Mastercard ending {digits(rng, 4)}", "card"),
            ]
        )
    else:
        way = (f"Card ••{digits(rng, 4)}", "card")
    page.add(("pair", rng.choice(["Paid with", "Payment method"]), way[0]), method=(SAID, way[1]))
    tid = code(rng, 17, UPPER + string.digits) if app == "PayPal" else digits(rng, 9)
    page.add(("pair", "Transaction ID", tid), txn=(TXN, tid))
    page.add(("pair", "Note", rng.choice(["order 4471", "thanks!", f"inv {digits(rng, 4)}", "gift"])))
    page.add(("center", "Get help   ·   Share"))
    return page, {"amount": amount, "paid": paid, "currency": currency, "app": app, "name": name}


def gallery_reshot(rng: random.Random, font: str):
    """A screenshot of a screenshot: a gallery viewer's black frame round the shrunken receipt, the file's
    name with its own day and time on top, the photo's own day under it (days after the payment), the viewer's
    actions under the picture; a quarter are money-app pages in dollars, pounds or euros."""
    base = dict(SCREEN, width=540)
    if rng.random() < 0.25:
        page, info = west_page(rng, font, base)
        app, currency = info["app"], info["currency"]
        style = dict(base)
    else:
        page, info = app_page(rng, font, base, bar=0.8)
        app, currency = info["app"].replace(" ", ""), "INR"
        style = look(rng, info["brand"], base, 0.3)
    shot = info["paid"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    viewed = shot + dt.timedelta(days=rng.randrange(0, 6))
    stamp = f"{rng.randrange(8, 23):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}"
    name = rng.choice(
        [
            f"Screenshot_{shot:%Y%m%d}-{stamp}_{app}.jpg",
            f"IMG_{shot:%Y%m%d}_{stamp}.jpg",
            f"Screenshot_{shot:%Y-%m-%d}-{stamp[:2]}-{stamp[2:4]}-{stamp[4:]}.png",
        ]
    )
    top = [
        f"{arrow(font)}  {name}",
        rng.choice(
            [
                f"{when(viewed, '{d} %B %Y')} · {hhmm(rng, lower=True)}",
                f"{when(viewed, '%a, {d} %b')} · {hhmm(rng)}",
                f"{when(viewed, '%d/%m/%Y')}  {hhmm(rng, twelve=False)}",
            ]
        ),
    ]
    style["h92"] = {
        "frame": {
            "kind": "gallery",
            "scale": round(rng.uniform(0.74, 0.86), 2),
            "top": top,
            "bottom": rng.choice(
                ["Share     Edit     Lens     Delete", "Send     Edit     Favourite     Bin     More"]
            ),
            "bg": rng.choice([(0, 0, 0), (16, 16, 18)]),
        }
    }
    return page.out(), truth_of([page], info["amount"], currency), style


# ---------------------------------------------------------------- 3 a split screen


def chat_half(rng: random.Random, font: str, info: dict, width: int) -> tuple[list, dict]:
    """A chat with the seller or the marketplace's support: their messages and the buyer's, with an order
    number, other sums and times."""
    rs, amount = info["rs"], info["amount"]
    who = rng.choice(
        [
            f"{info['name'][:18]} (Seller)",
            f"{rng.choice(MARKETS)[0]} Support",
            "Seller - Ravi",
            "Customer Care",
        ]
    )
    order = order_no(rng)
    price = other_sum(rng, amount) if rng.random() < 0.6 else amount
    lines = [
        ("left", f"{arrow(font)}  {who}"),
        ("small", rng.choice(["online", "last seen today at " + hhmm(rng)])),
        ("rule",),
        ("small", rng.choice(["Yesterday", "Today"])),
        ("left", f"Order {order} total {rs(price)}"),
        ("small", hhmm(rng)),
        ("right", rng.choice(["Paid. screenshot bhej raha hu", "Payment done, pls check", "sent just now"])),
        (
            "right",
            rng.choice([f"delivery by {rng.randrange(2, 9)}th?", "pls confirm", f"COD charge {rs(49)}?"]),
        ),
        (
            "left",
            rng.choice(["Not received yet sir", "Ok checking", f"Pls send UTR, {rs(price)} not credited"]),
        ),
        ("small", hhmm(rng)),
        ("left", "Type a message"),
    ]
    return lines, {"screen": True, "paper": (236, 229, 221), "ink": (20, 20, 24), "width": width, "size": 17}


def order_half(rng: random.Random, font: str, info: dict, width: int) -> tuple[list, dict]:
    """The marketplace's order page: its order id, the day placed, items, the order's total, its state."""
    rs, amount = info["rs"], info["amount"]
    market, _ = rng.choice(MARKETS)
    items = round(other_sum(rng, amount) * 0.9, 2)
    ship = rng.choice([0.0, 40.0, 49.0, 79.0])
    placed = info["paid"] - dt.timedelta(days=rng.randrange(0, 4))
    lines = [
        ("left", f"{arrow(font)}  {market}"),
        ("left", f"Order #{code(rng, 2, UPPER)}{digits(rng, 8)}"),
        ("small", f"Placed on {when(placed, '{d} %b %Y')}"),
        ("rule",),
        ("pair", "Items (2)", rs(items)),
        ("pair", "Delivery", rs(ship) if ship else "FREE"),
        ("pair", "Order total", rs(items + ship)),
        ("center", rng.choice(["Awaiting payment", "Payment not received", "Payment under verification"])),
        ("center", "Upload payment proof"),
        ("small", f"Sold by {rng.choice(SELLERS)}"),
    ]
    return lines, {"screen": True, "paper": (250, 250, 252), "ink": (25, 25, 30), "width": width, "size": 17}


def split_screen(rng: random.Random, font: str):
    """A split screen: the payment app's page over or under (in landscape, beside) a chat with the seller or
    the marketplace's order page (its own order id, price and state). The app's half shows only the rows that
    fit; what falls off its foot leaves the truth."""
    orient = "h" if rng.random() < 0.25 else "v"
    width = 500 if orient == "h" else 540
    base = dict(SCREEN, width=width, size=19)
    page, info = app_page(rng, font, base, bar=0.0, foot=rng.random() < 0.5)
    style = look(rng, info["brand"], base, 0.25)
    if orient == "v":
        cut = rng.randrange(0, 4)
        keep_at = page.index("keep")
        cut = min(cut, len(page.rows) - keep_at - 1)
        if cut:
            page.crop(0, cut)
    rows, other_style = (chat_half if rng.random() < 0.5 else order_half)(rng, font, info, width)
    style["h92"] = {
        "frame": {
            "kind": "split",
            "orient": orient,
            "rows": rows,
            "style": other_style,
            "app_first": rng.random() < 0.6,
        }
    }
    return page.out(), truth_of([page], info["amount"], "INR"), style


# ---------------------------------------------------------------- 4 zoomed in, the sides cut


def zoomed_cut(rng: random.Random, font: str):
    """A receipt zoomed in before the screenshot: large type, the left or right edge or both cutting the
    labels and values that reach it, the top or the foot cut on a share. A value cut at all leaves the truth.
    """
    width = rng.choice([500, 520, 540])
    base = dict(SCREEN, width=width, size=rng.choice([23, 24, 26]))
    page, info = app_page(rng, font, base, bar=0.3)
    style = look(rng, info["brand"], base, 0.3)
    rows, height = geometry(page.out(), font, style)
    side = rng.choice(["left", "right", "both", "both"])
    left = rng.randrange(40, 70) if side in ("left", "both") else rng.randrange(0, 20)
    right = width - (rng.randrange(40, 70) if side in ("right", "both") else rng.randrange(0, 20))
    keep = page.box(style, "keep")
    left, right = min(left, int(keep[0]) - 6), max(right, int(keep[2]) + 6)
    top = int(rows[1][0][2]) - 4 if rng.random() < 0.4 and len(rows[1]) else 0
    bottom = height
    if rng.random() < 0.3:
        bottom = max(int(keep[3]) + 40, height - rng.randrange(30, 90))
    page.hide(style, lambda x0, y0, x1, y1: x0 < left or x1 > right or y0 < top or y1 > bottom)
    style["h92"] = {"frame": {"kind": "zoom", "box": (left, top, right, bottom), "scale": 1.2}}
    return page.out(), truth_of([page], info["amount"], "INR"), style


# ---------------------------------------------------------------- 5 the buyer's scribbles

NOTE_TEXTS = [
    "paid for order {o} pls check",
    "Order {o} - paid {s}, still showing unpaid??",
    "payment done, pls dispatch",
    "UTR for order {o}",
    "paid 2 times!! refund {s} pls",
    "this is for order {o} + {o2}",
]


def scribbled(rng: random.Random, font: str):
    """A receipt the buyer marked up before sending: a red ring round the sum, a highlighter over the
    reference or an arrow at it, a line under the payee, and a typed note with an order number and a sum of
    its own in the space left at the top or the foot."""
    base = dict(SCREEN, width=rng.choice([520, 540]))
    page, info = app_page(
        rng, font, base, bar=0.5, status=pick(rng, {"success": 0.6, "pending": 0.25, "failed": 0.15})
    )
    rs = info["rs"]
    note = rng.choice(NOTE_TEXTS).format(
        o=order_no(rng), o2=order_no(rng), s=rs(other_sum(rng, info["amount"]))
    )
    at_top = rng.random() < 0.5
    gaps = [(("gap",), {}), (("gap",), {})]
    if at_top:
        page.rows[1:1] = gaps
    else:
        page.rows += gaps
    style = look(rng, info["brand"], base, 0.2)
    red = (220, 30, 40)
    marks = [{"kind": "ring", "box": page.box(style, "keep"), "ink": red}]
    has_ref = any("txn" in f for _, f in page.rows)
    if has_ref:
        ref = page.box(style, "txn")
        if rng.random() < 0.6:
            marks.append(
                {
                    "kind": "highlight",
                    "box": (ref[0] - 4, ref[1] - 2, ref[2] + 4, ref[3] + 2),
                    "ink": (255, 236, 60),
                }
            )
        else:
            y = (ref[1] + ref[3]) / 2
            start = (
                max(page.box(style, "txn", "label")[2] + 12, ref[0] - 120)
                if page.rows[page.index("txn")][0][0] == "pair"
                else ref[0] - 120
            )
            marks.append(
                {"kind": "arrow", "from": (max(8, start), y + 10), "to": (ref[0] - 8, y), "ink": red}
            )
    if rng.random() < 0.4 and any("merchant" in f for _, f in page.rows):
        marks.append({"kind": "underline", "box": page.box(style, "merchant"), "ink": red})
    tops = row_tops(page.out(), font, style)
    y = tops[1] + 4 if at_top else tops[-2] + 4
    px = 20
    marks.append(
        {
            "kind": "text",
            "at": (MARGIN + 6, y),
            "lines": wrap(note, font, px, style["width"] - 2 * MARGIN - 20)[:2],
            "px": px,
            "ink": rng.choice([red, (20, 70, 200)]),
            "box": rng.choice([None, (255, 255, 255)]),
        }
    )
    style["h92"] = {"marks": marks}
    return page.out(), truth_of([page], info["amount"], "INR"), style


# ---------------------------------------------------------------- 6 a tablet's landscape page, two columns


def tablet_columns(rng: random.Random, font: str):
    """An app's receipt on a tablet in landscape: the tablet's status bar with its own day (no year), the
    app's head across (outcome, sum, payee), then the details in two columns (payee, UPI id, payer and bank on
    the left; day, references and the way paid on the right), a foot across."""
    app = rng.choice(list(APPS))
    brand, refs, own, handles, capitals = APPS[app]
    way = (
        pick(rng, {"wallet": 0.2 if app in WALLETS else 0.0, "card": 0.2 if app in CARD_APPS else 0.0})
        or "upi"
    )
    width, size = rng.choice([1100, 1180, 1240]), rng.choice([19, 20])
    paid = day(rng)
    rs = Rs(rng, font, p_whole=0.4)
    amount = rupees(rng, 49, 9500)
    name = seller(rng)
    printed = name.upper() if capitals else name
    status = pick(rng, {"success": 0.65, "failed": 0.2, "pending": 0.15})
    dark = rng.random() < 0.25
    paper = DARK if dark else SCREEN
    style = dict(paper, width=width, size=size, accent=DARK["accent"] if dark else brand)
    half = dict(paper, width=width // 2, size=size, screen=True)
    later = paid + dt.timedelta(days=rng.randrange(0, 4))
    head = Shot(font, style)
    head.add(
        (
            "pair",
            f"{hhmm(rng, twelve=False)}  {when(later, '%a {d} %b')}",
            f"Wi-Fi  {rng.randrange(20, 100)}%",
        )
    )
    head.add(("left", f"{arrow(font)}  {app}   ·   Transaction details"))
    if status:
        head.add(("title", rng.choice(WORDS[status])), status=status)
    head.add(("big", rs(amount)), keep=True)
    left, right = Shot(font, half), Shot(font, half)
    left.add(("pair", rng.choice(["Paid to", "To", "Sent to"]), printed), merchant=(2, printed))
    if way == "upi":
        left.add(
            (
                "pair",
                "UPI ID",
                shop_handle(rng, name) if name in SHOPS + SELLERS else handle(rng, name, handles),
            ),
            method=(KEYWORD, "UPI"),
        )
    left.add(("pair", "From", rng.choice(PAYERS)))
    bank = BANKS[rng.choice(list(BANKS))][0]
    if way == "wallet":
        left.add(("pair", "Paid from", WALLETS[app]), method=(SAID, "wallet"))
    elif way == "card":
        left.add(("pair", "Paid using", f"{bank} Card XX{digits(rng, 4)}"), method=(SAID, "card"))
    else:
        left.add(("pair", rng.choice(["Debited from", "Bank account"]), f"{bank} XX{digits(rng, 4)}"))
    right.add(
        (
            "pair",
            rng.choice(["Date & time", "Paid on", "Date"]),
            f"{when(paid, rng.choice(SCREEN_PATS))}, {hhmm(rng)}",
        ),
        date=paid,
    )
    if way == "upi" and (status != "pending" or rng.random() < 0.5):
        label, rank = rng.choice(refs)
        ref = utr(rng, paid)
        right.add(
            ("pair", label, ref), txn=(rank, ref), **({"method": (KEYWORD, "UPI")} if "UPI" in label else {})
        )
    if own or way != "upi":
        label, kind, rank = own or ("Transaction ID", "bank", TXN)
        tid = own_id(rng, kind, paid)
        right.add(("pair", label, tid), txn=(rank, tid))
    if way == "upi" and rng.random() < 0.5:
        right.add(("pair", "Mode", "UPI"), method=(SAID, "UPI"))
    foot = Shot(font, style)
    if status in NOTES:
        foot.para("small", rng.choice(NOTES[status]), status=status)
    foot.add(("center", "Share receipt        Download        Report a problem"))
    style["h92"] = {
        "frame": {
            "kind": "grid",
            "left": (left.out(), half),
            "right": (right.out(), half),
            "foot": (foot.out(), style),
        }
    }
    return head.out(), truth_of([head, left, right, foot], amount, "INR"), style


# ---------------------------------------------------------------- 7 dark mode, low contrast


def dark_lowcontrast(rng: random.Random, font: str):
    """A receipt in dark mode with the text in low-contrast greys (labels dimmer still): a bank's app, a
    wallet or CRED in rupees, or a Monzo or Revolut page in pounds or euros."""
    grey = rng.randrange(105, 140)
    base = {
        "screen": True,
        "paper": (rng.randrange(14, 30),) * 3,
        "ink": (grey, grey, grey + 4),
        "label_ink": (grey - 30, grey - 30, grey - 26),
        "accent": (grey + 20, grey + 20, grey + 24),
        "width": rng.choice([520, 540]),
        "size": 20,
    }
    if rng.random() < 0.25:
        page, info = west_page(rng, font, base, rng.choice(["GBP", "EUR", "USD"]))
        return page.out(), truth_of([page], info["amount"], info["currency"]), base
    page, info = app_page(
        rng,
        font,
        base,
        apps=[
            "CRED",
            "Amazon Pay",
            "iMobile Pay",
            "YONO SBI",
            "Kotak 811",
            "Axis Mobile",
            "Navi",
            "super.money",
            "Paytm",
        ],
        bar=0.6,
    )
    return page.out(), truth_of([page], info["amount"], "INR"), base


# ---------------------------------------------------------------- 8 a long screenshot over the history


def stitched_history(rng: random.Random, font: str):
    """A long scrolling screenshot: the receipt, then where the capture scrolled the app's header again, then
    the recent transactions with other payees, sums, days and outcomes."""
    base = dict(SCREEN, width=540, size=19)
    page, info = app_page(rng, font, base, bar=0.7, foot=rng.random() < 0.5)
    rs, paid = info["rs"], info["paid"]
    page.add(("rule",))
    if rng.random() < 0.6:
        page.add(status_bar(rng, font))
    page.add(
        (
            "left",
            rng.choice(["Recent transactions", "Payment History", "Transaction history", "Recent payments"]),
        )
    )
    backs = sorted(
        (paid - dt.timedelta(days=rng.randrange(0, 14)) for _ in range(rng.randrange(4, 7))), reverse=True
    )
    pattern = rng.choice(["{d} %b", "%d %b", "%d/%m"])
    for back in backs:
        other = rng.choice(
            [name for name in SHOPS + PEOPLE + SELLERS if name.upper() != info["name"].upper()]
        )
        sign = rng.choice(["-", "-", "+"])
        label = {0: "Today", 1: "Yesterday"}.get((paid - back).days, when(back, pattern))
        page.add(("pair", other, f"{sign}{rs(rupees(rng, 20, 6000))}"))
        word = rng.choice(["", "", "Failed", "Pending", "Received" if sign == "+" else "Paid"])
        page.add(("pair", f"{label}, {hhmm(rng)}", word))
    page.add(("center", "View all"))
    style = look(rng, info["brand"], base, 0.3)
    return page.out(), truth_of([page], info["amount"], "INR"), style


# ---------------------------------------------------------------- 9 a forwarded payment e-mail


def forwarded_email(rng: random.Random, font: str):
    """A payment's e-mail forwarded to the marketplace's support: Fwd: in the subject, the forwarder's own
    header, day and note (an order number, a sum of its own), the forwarded-message divider with the original
    From / Date / Subject / To, then the original: a Razorpay, PayU or Paytm receipt in rupees, or a Stripe or
    PayPal receipt in dollars, pounds or euros."""
    style = dict(EMAIL, width=rng.choice([640, 680]), size=17)
    page = Shot(font, style)
    kind = rng.choice(["razorpay", "razorpay", "payu", "paytm", "stripe", "paypal", "razorpay", "stripe"])
    west = kind in ("stripe", "paypal")
    currency = rng.choice(["USD", "USD", "GBP", "EUR"]) if west else "INR"
    money = Fx(rng, currency) if west else Rs(rng, font)
    paid = day(rng)
    amount = round(rng.uniform(8, 600), 2) if west else rupees(rng, 99, 15000)
    name = rng.choice(WEST_SHOPS) if west else rng.choice(SELLERS + SHOPS[:8])
    status = pick(rng, {"success": 0.7, "failed": 0.15, "pending": 0.15}) if kind != "stripe" else None
    payer = rng.choice(PAYERS)
    mail = payer.lower().replace(" ", ".") + rng.choice(["@gmail.com", "@yahoo.co.in", "@outlook.com"])
    market, domain = rng.choice(MARKETS)
    order = order_no(rng)
    sent = paid + dt.timedelta(days=rng.randrange(1, 5))
    rid = f"{digits(rng, 4)}-{digits(rng, 4)}"
    subjects = {
        "razorpay": f"Payment {'successful' if status == 'success' else 'update'} for {name}",
        "payu": f"Your payment to {name}",
        "paytm": "Your payment receipt",
        "stripe": f"Your receipt from {name} #{rid}",
        "paypal": f"Receipt for your payment to {name}",
    }
    subject = subjects[kind]
    page.add(("left", f"Fwd: {subject}"[:60]))
    page.add(("small", "Inbox"))
    page.add(("left", f"{payer} <{mail}>"))
    page.add(("left", f"to support@{domain}  ·  {when(sent, '{d} %b %Y')}, {hhmm(rng)}"))
    page.para(
        "left",
        rng.choice(
            [
                f"Hi, I paid for order {order} but the app still says unpaid. Please check.",
                f"Payment for order {order} attached. Kindly dispatch asap.",
                f"Paid twice for order {order}, please refund one. Thanks, {payer.split()[0]}",
            ]
        ),
    )
    page.add(("small", "---------- Forwarded message ---------"))
    sender = {
        "razorpay": "Razorpay <no-reply@razorpay.com>",
        "payu": "PayU <noreply@payu.in>",
        "paytm": "Paytm <no-reply@paytm.com>",
        "stripe": f"{name} <receipts+acct@stripe.com>",
        "paypal": "service@paypal.com",
    }[kind]
    page.add(("left", f"From: {sender}"))
    header_day = when(paid, "%a, %b {d}, %Y" if currency == "USD" else "%a, {d} %b %Y")
    clock = hhmm(rng)
    page.add(("left", f"Date: {header_day} at {clock}"), date=paid)
    page.para("left", f"Subject: {subject}")
    page.add(("left", f"To: <{mail}>"))
    page.add(("rule",))
    words = {
        "success": ["Payment Successful", "Payment successful"],
        "failed": ["Payment Failed"],
        "pending": ["Payment Pending", "Payment processing"],
    }
    if kind in ("razorpay", "payu", "paytm"):
        page.add(("title", name), merchant=(1, name))
        if status:
            page.add(("center", rng.choice(words[status])), status=status)
        page.add(("big", money(amount)), keep=True)
        tid = {
            "razorpay": "pay_" + "".join(rng.choice(B62) for _ in range(14)),
            "payu": digits(rng, 11),
            "paytm": f"{paid:%Y%m%d}{digits(rng, 12)}",
        }[kind]
        label = {"razorpay": "Payment ID", "payu": "PayU ID", "paytm": "Order ID"}[kind]
        rank = ORDER if kind == "paytm" else TXN
        page.add(("pair", label, tid), txn=(rank, tid))
        way = rng.choice(
            [("UPI", "UPI"), ("Card", "card"), ("Netbanking", "netbanking"), ("Wallet", "wallet")]
        )
        if kind == "paytm":
            way = rng.choice([("Paytm UPI", "UPI"), ("Paytm Wallet", "wallet")])
        if kind != "razorpay" and way[1] == "UPI" and status != "pending" and rng.random() < 0.7:
            ref = utr(rng, paid)
            page.add(("pair", "UPI Ref No", ref), txn=(UTR, ref))
        elif kind == "payu" and status != "pending" and rng.random() < 0.6:
            ref = digits(rng, 12)
            page.add(("pair", "Bank Ref No", ref), txn=(BANKREF, ref))
        page.add(
            ("pair", rng.choice(["Paid On", "Date"]), f"{when(paid, rng.choice(SCREEN_PATS))}, {clock}"),
            date=paid,
        )
        page.add(("pair", rng.choice(["Method", "Payment Mode"]), way[0]), method=(SAID, way[1]))
        page.add(("pair", "Mobile", f"+91 {mobile(rng, masked=False)}"))
        page.add(("pair", "Email", mail))
    elif kind == "stripe":
        page.add(("title", f"Receipt from {name}"), merchant=(1, name), part="text")
        page.add(("pair", "Amount paid", money(amount)), keep=True)
        page.add(("pair", "Date paid", west_day(paid, rng, currency)), date=paid)
        card = rng.choice(["Visa", "Mastercard", "Amex"])
        page.add(("pair", "Payment method", f"{card} - {digits(rng, 4)}"), method=(SAID, "card"))
        page.add(("pair", "Receipt number", rid), txn=(BILL, rid))
        page.add(("pair", rng.choice(["Order", "Order notes"]), f"#{order}"))
    else:
        verb = "You paid" if status == "success" else "Your payment of"
        page.add(("center", f"{verb} {money(amount)} to {name}"), keep=True)
        page.add(("pair", "Merchant", name), merchant=(2, name))
        if status:
            page.add(
                (
                    "pair",
                    "Status",
                    {"success": "Completed", "failed": "Declined", "pending": "Pending"}[status],
                ),
                status=status,
            )
        page.add(("pair", "Transaction date", west_day(paid, rng, currency)), date=paid)
        tid = code(rng, 17, UPPER + string.digits)
        page.add(("pair", "Transaction ID", tid), txn=(TXN, tid))
        way = rng.choice([("PayPal balance", "wallet"), (f"Visa Credit x-{digits(rng, 4)}", "card")])
        page.add(("pair", "Paid with", way[0]), method=(SAID, way[1]))
    page.add(("small", rng.choice(["Reply   ·   Forward", "Reply all   ·   Forward"])))
    return page.out(), truth_of([page], amount, currency), style


# ---------------------------------------------------------------- 10 a share image with a promotion


def share_promo(rng: random.Random, font: str):
    """The image an app's Share receipt makes: the app on top, the receipt, a cashback won on a share, then a
    promotion card with a referral code, a reward and its last day, and the app's link; a quarter are Revolut
    or Wise shares in pounds or euros."""
    base = dict(SCREEN, width=540, size=19)
    west = rng.random() < 0.25
    if west:
        page, info = west_page(rng, font, base, rng.choice(["GBP", "EUR"]))
        page.rows = [row for row in page.rows if row[0][0] != "small" or "date" in row[1]]
        fx = Fx(rng, info["currency"])
        app, currency, brand = info["app"], info["currency"], (20, 20, 30)
        reward = fx(rng.choice([20.0, 30.0, 50.0]))
    else:
        page, info = app_page(rng, font, base, bar=0.0, foot=False)
        page.rows = [row for row in page.rows if not (row[0][0] == "left" and "  " in row[0][1])]
        app, currency, brand = info["app"], "INR", info["brand"]
        page.rows.insert(0, (("title", app), {}))
        rs = info["rs"]
        reward = rs(rng.choice([51.0, 101.0, 151.0, 201.0]))
        if rng.random() < 0.5 and info["status"] == "success":
            page.add(("center", f"You won {rs(rng.choice([5.0, 11.0, 25.0, 37.0]))} cashback"))
    first = rng.choice(PAYERS).split()[0].upper()
    ref_code = rng.choice(
        [f"{first}{digits(rng, 4)}", f"{first[:4]}{code(rng, 4, ALNUM)}", code(rng, 8, ALNUM)]
    )
    until = info["paid"] + dt.timedelta(days=rng.randrange(5, 40))
    at = len(page.rows)
    for _ in range(4):
        page.add(("gap",))
    link = {
        "PhonePe": "phon.pe/ru_",
        "Google Pay": "g.co/payinvite/",
        "Paytm": "p.paytm.me/",
        "CRED": "cred.club/r/",
    }.get(app, f"{app.lower().replace(' ', '')}.com/referral/")
    page.add(("small", f"Download {app}: {link}{ref_code.lower()}"))
    style = dict(base, accent=brand)
    tops = row_tops(page.out(), font, style)
    px = 15
    lines = [
        (rng.choice(["Refer & Earn", "Invite friends", "Share the love"]), px + 3, (255, 255, 255)),
        (f"Get {reward} when a friend makes their first payment", px, (240, 240, 248)),
        (f"Use code {ref_code}", px + 2, (255, 236, 120)),
        (f"T&C apply. Offer valid till {when(until, '{d} %b %Y')}", px - 2, (220, 220, 232)),
    ]
    box = (
        MARGIN - 10,
        tops[at] + 4,
        style["width"] - MARGIN + 10,
        tops[at] + 4 + 20 + sum(int(p * 1.35) for _, p, _ in lines),
    )
    style["h92"] = {"marks": [{"kind": "card", "box": box, "fill": brand, "lines": lines}]}
    return page.out(), truth_of([page], info["amount"], currency), style


# ---------------------------------------------------------------- 11 a statement's page, one row highlighted

CITIES = [
    "Andheri East",
    "Koramangala",
    "Salt Lake",
    "Gomti Nagar",
    "Banjara Hills",
    "Kothrud",
    "Anna Nagar",
    "Vastrapur",
    "Sector 18 Noida",
    "Civil Lines",
]


def statement_highlight(rng: random.Random, font: str):
    """A page of a bank statement (a PDF viewer's screenshot, or the page printed and photographed) with the
    one transaction the buyer means highlighted among others: date, narration over two lines
    (UPI/DR/<UTR>/<name>, NEFT, IMPS or a card's POS), the reference column, withdrawal, deposit and the
    running balance."""
    bank = rng.choice(list(BANKS))
    short, head, _ = BANKS[bank]
    size = rng.choice([13, 14])
    pat = rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %b %y"])
    paid = day(rng)
    rs = Rs(rng, font, marks=("INR",), groupings=("indian", "western", "plain"))
    balance = rupees(rng, 8000, 250000, p_round=0.0)
    target = rng.randrange(2, 5)
    rows_n = target + rng.randrange(2, 4)
    lines: list[tuple[str, str, dict, bool]] = []
    back = [paid - dt.timedelta(days=rng.randrange(0, 6) + 2 * (target - i)) for i in range(target)]
    ahead = [paid + dt.timedelta(days=rng.randrange(0, 3) + 2 * i) for i in range(rows_n - target)]
    days = sorted(back) + [paid] + sorted(ahead)
    truth_amount = 0.0
    for i, d in enumerate(days):
        is_target = i == target
        kind = (
            rng.choice(["upi", "upi", "upi", "neft", "imps", "pos"])
            if is_target
            else rng.choice(["upi", "upi", "neft", "imps", "pos", "credit", "atm"])
        )
        amount = rupees(rng, 60, 12000)
        name = seller(rng).upper() if is_target else rng.choice(SHOPS + PEOPLE + SELLERS).upper()
        ref, facts = digits(rng, 12), {}
        if kind == "upi":
            ref = utr(rng, d)
            shown = name[:14].strip()
            one, two = (
                f"UPI/DR/{ref}/{shown}",
                f"{rng.choice(list(BANKS.values()))[1]}/{mobile(rng, False)}@ybl/Paym",
            )
            facts = {"txn": (UTR, ref), "method": (SAID, "UPI"), "merchant": (2, shown)}
        elif kind == "neft":
            ref = neft_utr(rng.choice(list(BANKS.values()))[1], rng, d)
            shown = name[:20].strip()
            one, two = f"NEFT DR-{ref}", f"{shown}-PAYMENT"
            facts = {"txn": (UTR, ref), "method": (SAID, "netbanking"), "merchant": (2, shown)}
        elif kind == "imps":
            ref = utr(rng, d)
            shown = name[:20].strip()
            one, two = f"IMPS/P2A/{ref}/", f"{shown}/{head}"
            facts = {"txn": (UTR, ref), "method": (SAID, "netbanking"), "merchant": (2, shown)}
        elif kind == "pos":
            shown = name[:20].strip()
            one, two = f"POS {digits(rng, 6)}XXXXXX{digits(rng, 4)}", shown
            facts = {"txn": (BANKREF, ref), "method": (SAID, "card"), "merchant": (2, shown)}
        elif kind == "atm":
            one, two = f"ATW-{digits(rng, 6)}XXXXXX{digits(rng, 4)}", f"{rng.choice(CITIES).upper()[:20]}"
        else:
            one, two = f"UPI/CR/{ref}/{name[:14].strip()}", f"{head}/{mobile(rng, False)}@okaxis"
        credit = kind == "credit"
        balance = round(balance + amount if credit else balance - amount, 2)
        date_s = when(d, pat)
        wd, dep = ("", rs.bare(amount)) if credit else (rs.bare(amount), "")
        first = f"{date_s:<10} {one:<34} {ref:<16} {wd:>12} {dep:>12} {rs.bare(balance):>13}"
        second = f"{'':<10} {two[:34]:<34}"
        if is_target:
            truth_amount = amount
            line_facts = dict(facts, date=d, keep=True)
            lines.append(
                (
                    first,
                    "one",
                    {k: v for k, v in line_facts.items() if k != "merchant" or kind == "upi"},
                    True,
                )
            )
            lines.append((second, "two", {"merchant": facts["merchant"]} if kind != "upi" else {}, True))
        else:
            lines.append((first, "one", {}, False))
            lines.append((second, "two", {}, False))
    screen = rng.random() < 0.6
    width = int(face(font, size).getlength("M" * 102)) + 2 * MARGIN + 8
    style = {
        "screen": screen,
        "paper": (255, 255, 255) if screen else (250, 249, 245),
        "ink": (22, 22, 28),
        "width": width,
        "size": size,
    }
    page = Shot(font, style)
    if screen:
        page.add(
            (
                "small",
                f"Statement_{digits(rng, 4)}_{paid:%b%Y}.pdf      2 / {rng.randrange(3, 7)}      "
                f"-   {rng.choice([100, 110, 125])}%   +",
            )
        )
    page.add(("title", bank))
    page.add(("center", "Statement of Account"))
    first_day = days[0].replace(day=1)
    last_day = (days[-1].replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    page.add(
        (
            "left",
            f"Account No : XXXXXXXX{digits(rng, 4)}     Branch : {rng.choice(CITIES)}     "
            f"IFSC : {head}0{digits(rng, 6)}",
        )
    )
    page.add(("left", f"Name       : {rng.choice(PAYERS).upper()}     CIF : {digits(rng, 11)}"))
    page.add(("left", f"Period     : {when(first_day, pat)} to {when(last_day, pat)}     Currency : INR"))
    page.add(("rule",))
    page.add(
        (
            "left",
            f"{'Date':<10} {'Narration':<34} {'Chq/Ref No.':<16} {'Withdrawal':>12} {'Deposit':>12} "
            f"{'Balance':>13}",
        )
    )
    page.add(("rule",))
    start = len(page.rows)
    for text, _, facts, _ in lines:
        page.add(("left", text), **facts)
    page.add(("rule",))
    page.add(("small", f"Page 2 of {rng.randrange(3, 7)}  ·  This is a computer generated statement."))
    tops = row_tops(page.out(), font, style)
    at = start + 2 * target
    line = int(size * 1.55)
    marks = [
        {
            "kind": "highlight",
            "box": (MARGIN - 6, tops[at] - 2, width - MARGIN + 6, tops[at] + 2 * line - 2),
            "ink": rng.choice([(255, 238, 70), (140, 240, 140), (255, 190, 120)]),
        }
    ]
    if rng.random() < 0.5:
        y = tops[at] + line // 2
        marks.append({"kind": "arrow", "from": (4, y + 16), "to": (MARGIN - 8, y), "ink": (220, 30, 40)})
    style["h92"] = {"marks": marks}
    return page.out(), truth_of([page], truth_amount, "INR"), style


# ---------------------------------------------------------------- 12 a laptop's net banking acknowledgement

HOSTS = {
    "State Bank of India": "retail.onlinesbi.sbi/retail/fundstransferack.htm",
    "HDFC Bank": "netbanking.hdfcbank.com/netbanking/entry",
    "ICICI Bank": "infinity.icicibank.com/corp/AuthenticationController",
    "Axis Bank": "omni.axisbank.co.in/axisretailbanking/",
    "Kotak Mahindra Bank": "netbanking.kotak.com/knb2/",
    "Bank of Baroda": "feba.bobibanking.com/corp/BANKAWAY",
    "Punjab National Bank": "netbanking.pnb.co.in/corp/AuthenticationController",
    "Canara Bank": "netbanking.canarabank.in/entry/ENULogin.jsp",
}
ACK_WORDS = {
    "success": [
        "Transaction Successful",
        "Funds Transferred Successfully",
        "Your transaction has been processed successfully",
    ],
    "failed": ["Transaction Failed", "Transaction could not be processed", "Rejected by beneficiary bank"],
    "pending": ["Transaction In Process", "Pending for authorisation", "Awaiting bank confirmation"],
}


def laptop_netbanking(rng: random.Random, font: str):
    """A phone's photo of a laptop showing a net banking acknowledgement (moire and glare from the shared
    screen photo): the browser's address, the bank, a welcome line with the last login's day, the outcome,
    from account, beneficiary, account and IFSC, amount, mode NEFT or IMPS, the day, the UTR or IMPS reference
    and the bank's own reference, remarks with the buyer's order number, charges; the bezel, the hinge, a
    desk."""
    bank = rng.choice(list(HOSTS))
    short, head, _ = BANKS[bank]
    style = {
        "screen": True,
        "paper": (255, 255, 255),
        "ink": (24, 26, 34),
        "label_ink": (80, 84, 96),
        "width": rng.choice([860, 900, 940]),
        "size": rng.choice([17, 18]),
        "accent": (20, 60, 130),
    }
    page = Shot(font, style)
    paid = day(rng)
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"))
    amount = rupees(rng, 200, 95000)
    name = seller(rng)
    printed = name.upper() if rng.random() < 0.5 else name
    status = pick(rng, {"success": 0.6, "failed": 0.2, "pending": 0.2})
    mode = rng.choice(["NEFT", "IMPS", "IMPS"])
    page.add(("small", f"https://{HOSTS[bank]}"))
    page.add(("left", bank))
    last = paid - dt.timedelta(days=rng.randrange(1, 20))
    page.add(
        (
            "small",
            f"Welcome {rng.choice(PAYERS).upper()}   |   Last login: {when(last, '%d-%b-%Y')} "
            f"{hhmm(rng, twelve=False)}   |   Logout",
        )
    )
    page.add(("rule",))
    page.add(
        (
            "title",
            rng.choice(
                [
                    "Transaction Acknowledgement",
                    "Funds Transfer - Acknowledgement",
                    "Third Party Transfer Receipt",
                ]
            ),
        )
    )
    if status:
        page.add(("center", rng.choice(ACK_WORDS[status])), status=status)
    page.add(("pair", "From Account", f"XXXXXXXX{digits(rng, 4)}"))
    page.add(("pair", rng.choice(["Beneficiary Name", "Payee Name"]), printed), merchant=(2, printed))
    page.add(("pair", "Beneficiary Account No.", f"XXXXXXX{digits(rng, 5)}"))
    page.add(("pair", "IFSC", f"{rng.choice(list(BANKS.values()))[1]}0{digits(rng, 6)}"))
    page.add(("pair", rng.choice(["Amount", "Amount (INR)", "Transfer Amount"]), rs(amount)), keep=True)
    if rng.random() < 0.5:
        page.add(("pair", "Charges", f"{rs(rng.choice([2.5, 5.0, 0.0]))} + GST"))
    page.add(
        ("pair", rng.choice(["Transfer Mode", "Payment Mode", "Mode"]), mode), method=(SAID, "netbanking")
    )
    stamp = when(paid, rng.choice(["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]))
    stamp = f"{stamp} {hhmm(rng, twelve=False, seconds=True)}"
    page.add(
        ("pair", rng.choice(["Transaction Date", "Date & Time", "Transaction Date & Time"]), stamp), date=paid
    )
    if status == "pending" and mode == "NEFT":
        page.add(("pair", "UTR No.", "Awaited"))
    else:
        ref = neft_utr(head, rng, paid) if mode == "NEFT" else utr(rng, paid)
        label = "UTR No." if mode == "NEFT" else rng.choice(["IMPS Ref No.", "UTR No.", "RRN"])
        page.add(("pair", label, ref), txn=(UTR if label != "RRN" else RRN, ref))
    bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
    page.add(("pair", rng.choice(["Reference Number", "Bank Ref No."]), bref), txn=(BANKREF, bref))
    page.add(("pair", "Remarks", rng.choice([f"order {order_no(rng)}", "payment", f"inv {digits(rng, 4)}"])))
    page.add(("center", "Print        Download PDF        Make another payment"))
    style["h92"] = {
        "frame": {"kind": "laptop", "desk": rng.choice([(150, 120, 90), (90, 80, 70), (200, 195, 185)])}
    }
    return page.out(), truth_of([page], amount, "INR"), style

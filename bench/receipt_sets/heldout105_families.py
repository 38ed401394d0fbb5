"""The twelve heldout105 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: paying a shop by scanning its QR code, and
sending money to a bank account, in Indian UPI apps. A page is a ``Phone`` of rows (every text checked against
the face, long lines wrapped); ``compose`` draws it with this module's own renderer (stacked label/value rows,
drawn "verified" badges, a coloured header band) under a phone's status bar and an app bar (a drawn back arrow,
the page's title as the app prints it, a drawn help icon), over buttons on some. The chrome prints no fact of
the truth: the clock is the phone's, the app bar's title names the page ("Scan & Pay", "Bank Transfer"), never
the payee.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from PIL import Image, ImageDraw

from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields
from bench.receipt_sets.heldout86_families import Rs, glyphs, has_glyph, hhmm, rupees, utr, when

TURNS: dict[str, int] = {}
MARGIN = 32

SHOPS = [
    "Balaji Kirana Store", "Annapurna Tiffin Centre", "Shree Ganesh Medical", "Lakshmi Fancy Stores",
    "Hotel Udupi Krishna", "Sai Fresh Vegetables", "Banarasi Paan Bhandar", "Patel Xerox & Stationery",
    "Mahalaxmi Sweets", "Kumar Auto Spares", "Green Leaf Juice Centre", "Matoshree Dairy", "Sharma Chaat Corner",
    "Ayyappa Tea Stall", "City Mobile Point", "Noor Bakery", "Om Sai Laundry", "Vasavi Provision Store",
    "Chandni Footwear", "Sagar Fish Market",
]
PAYERS = [
    "Aditya Kulkarni", "Neha Bhatt", "Siddharth Rao", "Tanvi Desai", "Rahul Choudhary", "Shreya Ghosh",
    "Manish Tiwari", "Divya Krishnan", "Kunal Jain", "Ritika Sen",
]
PAYEES = [
    "Suresh Babu", "Geeta Rani", "Mohan Lal Verma", "Asha Kumari", "Imran Khan", "Prakash Shetty",
    "Kavya Menon", "Baldev Singh", "Jyoti Pandey", "Naveen Gowda", "Rekha Das", "Yusuf Ansari",
]
BANKS = [
    ("State Bank of India", "SBIN"), ("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("Axis Bank", "UTIB"),
    ("Kotak Mahindra Bank", "KKBK"), ("Bank of Baroda", "BARB"), ("Punjab National Bank", "PUNB"),
    ("Canara Bank", "CNRB"), ("Union Bank of India", "UBIN"), ("Indian Bank", "IDIB"), ("Federal Bank", "FDRL"),
    ("IndusInd Bank", "INDB"), ("Yes Bank", "YESB"),
]
PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d %b, %Y", "%d.%m.%Y"]
WEEK = ["%a, %d %b %Y", "%a, {d} %b %Y", "%A, {d} %B %Y"]
FAIL = [
    "Amount, if debited, will be refunded to your bank account within 5 working days.",
    "Your money is safe. Any amount debited will be reversed by your bank.",
    "Payment declined by the bank. Please try again after some time.",
]
WAIT = [
    "Your bank has not confirmed this payment yet. Please do not pay again.",
    "Waiting for confirmation from the receiver's bank. Status will update in 2 hours.",
    "This usually takes a few minutes. We will notify you once it is done.",
]
LIGHT = {"paper": (255, 255, 255), "ink": (30, 30, 36), "label_ink": (104, 108, 118), "dark": False}
DARK = {"paper": (16, 17, 22), "ink": (235, 236, 240), "label_ink": (158, 162, 172), "dark": True}
SHORT = {"State Bank of India": "SBI", "HDFC Bank": "HDFC Bank", "ICICI Bank": "ICICI Bank", "Axis Bank": "Axis Bank",
         "Kotak Mahindra Bank": "Kotak Bank", "Bank of Baroda": "BoB", "Punjab National Bank": "PNB",
         "Canara Bank": "Canara Bank", "Union Bank of India": "Union Bank", "Indian Bank": "Indian Bank",
         "Federal Bank": "Federal Bank", "IndusInd Bank": "IndusInd Bank", "Yes Bank": "Yes Bank"}
GREEN, RED, AMBER = (24, 150, 76), (210, 45, 45), (205, 135, 0)
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}

# a row's type size relative to the page's size, and the line step after it
SIZES = {"title": 1.35, "head": 1.3, "big": 1.85, "center": 1.0, "left": 1.0, "right": 1.0, "pair": 1.0,
         "small": 0.8, "note": 0.8, "badge": 0.78, "stack": 1.0, "gap": 0.6, "rule": 0.8}


def fresh() -> None:
    """Start every family's count again (``make_heldout105_set`` calls it before drawing)."""
    TURNS.clear()


def nth(family: str) -> int:
    """Which of its family's receipts this is (0 to 7)."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k


def outcome(k: int, failed: int, pending: int) -> str:
    """One failed and one pending receipt in each family's eight."""
    return "failed" if k == failed else "pending" if k == pending else "success"


def mark(font: str, char: str, fallback: str) -> str:
    return char if has_glyph(font, char) else fallback


def purse(rng: random.Random, font: str, p_whole: float = 0.4) -> Rs:
    """The page's rupees: ₹ only in faces that draw it, else Rs. / Rs / INR; lakh or western grouping."""
    return Rs(rng, font, marks=("₹", "₹", "₹", "Rs.", "Rs", "INR"), groupings=("indian", "indian", "western"),
              p_whole=p_whole)


def stamp(rng: random.Random, d: dt.date, pats: list[str] | None = None, sep: str | None = None,
          twelve: float = 0.75) -> str:
    """A day in one of the Indian ways, then the hour."""
    text = when(d, rng.choice(pats or PATS))
    joint = sep if sep is not None else rng.choice([", ", " ", " at ", " | "])
    return text + joint + hhmm(rng, twelve=rng.random() < twelve, lower=rng.random() < 0.3)


def slug(name: str, n: int = 12) -> str:
    return "".join(ch for ch in name.lower() if ch.isalpha())[:n]


def own_handle(rng: random.Random, name: str) -> str:
    """The payer's (or a person's) UPI id."""
    tail = rng.choice(["okaxis", "okhdfcbank", "oksbi", "okicici", "ybl", "ibl", "paytm", "axl", "upi"])
    return rng.choice([f"{slug(name)}@{tail}", f"{slug(name, 8)}{rng.randrange(10, 99)}@{tail}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{tail}"])


def qr_handle(rng: random.Random, shop: str, kind: str = "") -> str:
    """A shop's QR handle (the sticker's id, sometimes the shop's name)."""
    options = {
        "phonepe": [f"Q{digits(rng, 9)}@ybl", f"{slug(shop)}.{digits(rng, 3)}@ybl"],
        "gpay": [f"{slug(shop)}@okbizaxis", f"gpay-{digits(rng, 11)}@okbizicici"],
        "paytm": [f"paytmqr{code(rng, 10, string.ascii_lowercase + string.digits)}@paytm",
                  f"paytm.s{code(rng, 8, string.ascii_lowercase + string.digits)}@pty"],
        "": [f"bharatpe.{digits(rng, 10)}@fbpe", f"{slug(shop)}@icici", f"{slug(shop)}{digits(rng, 2)}@sbi",
             f"mab.{digits(rng, 12)}@axisbank", f"Q{digits(rng, 9)}@ybl", f"{slug(shop)}@kotak"],
    }
    return rng.choice(options.get(kind) or options[""])


def masked(rng: random.Random, font: str, style: int) -> str:
    tail = digits(rng, 4)
    dot = mark(font, "\u2022", "X")
    return [f"XXXXXX{tail}", f"{dot * 4} {tail}", f"XX{tail}", f"A/c ending {tail}", f"**** {tail}",
            f"xxxx{tail}"][style % 6]


def ifsc(prefix: str, rng: random.Random) -> str:
    return f"{prefix}0{rng.choice([digits(rng, 6), code(rng, 6, string.ascii_uppercase[:8] + '0123456789')])}"


def upper_maybe(rng: random.Random, name: str, p: float) -> str:
    return name.upper() if rng.random() < p else name


# ---------------------------------------------------------------- the page: rows checked against the face


class Phone:
    """A screen's rows (every text checked against the face, long lines wrapped) and its style."""

    def __init__(self, rng: random.Random, font: str, title: str, dark: float = 0.2, size: int = 21,
                 width: int | None = None, buttons: float = 0.5):
        self.font, self.rows = font, []
        theme = DARK if rng.random() < dark else LIGHT
        self.style = {
            "screen": True, "width": width or rng.choice([540, 560, 580]), "size": size, **theme,
            "accent": theme["ink"], "band": None, "band_rows": 0, "min_height": 620,
            "h105": {"clock": hhmm(rng, twelve=False), "battery": rng.randrange(9, 99),
                     "net": rng.choice(["4G", "5G", "LTE", "VoLTE"]), "title": title,
                     "buttons": rng.choice([("Share", "Done"), ("Share receipt", "Go to Home"),
                                            ("Check balance", "Done"), ("Share", "Pay again")])
                     if rng.random() < buttons else None},
        }

    @property
    def room(self) -> int:
        return self.style["width"] - 2 * MARGIN

    def face(self, kind: str):
        return load_font(self.font, int(self.style["size"] * SIZES.get(kind, 1.0)))

    def add(self, kind: str, *texts: str) -> None:
        for text in texts:
            assert glyphs(self.font, text), (self.font, text)
        if kind == "pair":
            f = self.face("pair")
            assert max(f.getlength(texts[0]), f.getlength(texts[1])) <= self.room, texts
        elif kind == "stack":
            assert self.face("stack").getlength(texts[1]) <= self.room, texts
        elif texts and self.face(kind).getlength(texts[0]) > self.room:
            assert kind in ("center", "left", "small", "note"), (kind, texts)
            line = ""
            for word in texts[0].split():
                if line and self.face(kind).getlength(f"{line} {word}") > self.room:
                    self.rows.append((kind, line))
                    line = word
                else:
                    line = f"{line} {word}".strip()
            self.rows.append((kind, line))
            return
        self.rows.append((kind, *texts))

    def band(self, colour: tuple, ink: tuple = (255, 255, 255)) -> None:
        """Draw the rows added from now until ``end_band`` on a coloured header."""
        self.style["band"], self.style["band_ink"] = colour, ink
        self.style["band_from"] = len(self.rows)

    def end_band(self) -> None:
        self.style["band_rows"] = len(self.rows)

    def accent(self, colour: tuple) -> None:
        self.style["accent"] = colour


# ---------------------------------------------------------------- drawing


def _height(kind: str, row: tuple, phone_size: int, faces: dict, room: int) -> int:
    line = int(phone_size * 1.55)
    if kind == "pair":
        wide = faces["pair"].getlength(row[1]) + faces["pair"].getlength(row[2]) + 24 > room
        return line * (2 if wide else 1)
    if kind == "stack":
        return int(line * 0.8) + line
    if kind == "badge":
        return int(line * 1.25)
    return int(line * SIZES.get(kind, 1.0))


def _page(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The rows on a screen: centred titles, stacked label-over-value rows, drawn badges, a header band."""
    width, size = style["width"], style["size"]
    room = width - 2 * MARGIN
    faces = {kind: load_font(font, int(size * scale)) for kind, scale in SIZES.items()}
    heights = [_height(row[0], row, size, faces, room) for row in rows]
    top = 22
    height = max(top + sum(heights) + 30, style.get("min_height", 0))
    page = Image.new("RGB", (width, height), style["paper"])
    draw = ImageDraw.Draw(page)
    ink, label_ink, accent = style["ink"], style["label_ink"], style["accent"]
    first, last = style.get("band_from", 0), style.get("band_rows", 0)
    if style.get("band") and last > first:
        y0 = top + sum(heights[:first]) - (14 if first else top)
        y1 = top + sum(heights[:last]) + 10
        draw.rectangle((0, y0, width, y1), fill=style["band"])
    y = top
    for index, (row, step) in enumerate(zip(rows, heights)):
        kind = row[0]
        banded = style.get("band") and first <= index < last
        body = style["band_ink"] if banded else ink
        soft = style["band_ink"] if banded else label_ink
        strong = style["band_ink"] if banded else accent
        f = faces.get(kind, faces["left"])
        if kind == "rule":
            draw.line((MARGIN, y + step // 2, width - MARGIN, y + step // 2), fill=label_ink, width=1)
        elif kind in ("title", "big", "center", "small"):
            colour = strong if kind in ("title", "big") else soft if kind == "small" else body
            draw.text(((width - draw.textlength(row[1], font=f)) / 2, y), row[1], font=f, fill=colour)
        elif kind == "head":
            draw.text((MARGIN, y), row[1], font=f, fill=body)
        elif kind in ("left", "note"):
            draw.text((MARGIN, y), row[1], font=f, fill=soft if kind == "note" else body)
        elif kind == "right":
            draw.text((width - MARGIN - draw.textlength(row[1], font=f), y), row[1], font=f, fill=body)
        elif kind == "pair":
            draw.text((MARGIN, y), row[1], font=f, fill=soft)
            vy = y + (step // 2 if step > int(size * 1.55) else 0)
            draw.text((width - MARGIN - draw.textlength(row[2], font=f), vy), row[2], font=f, fill=body)
        elif kind == "stack":
            draw.text((MARGIN, y), row[1], font=faces["small"], fill=soft)
            draw.text((MARGIN, y + int(size * 1.55 * 0.8)), row[2], font=f, fill=body)
        elif kind == "badge":
            # a drawn pill round the words ("Verified merchant"), a drawn check mark before them
            text_w = draw.textlength(row[1], font=f)
            left = (width - text_w) / 2 - 14 if len(row) < 3 else MARGIN
            colour = (40, 160, 90) if not banded else style["band_ink"]
            draw.rounded_rectangle((left, y + 2, left + text_w + 40, y + step - 6), radius=(step - 8) // 2,
                                   outline=colour, width=2)
            cx, cy = left + 13, y + step // 2 - 2
            draw.line((cx - 5, cy, cx - 1, cy + 4, cx + 6, cy - 5), fill=colour, width=2)
            draw.text((left + 26, y + (step - 6 - f.size) // 2), row[1], font=f, fill=colour)
        y += step
    return page


def _battery(draw: ImageDraw.ImageDraw, x: int, y: int, level: int, ink: tuple) -> None:
    draw.rounded_rectangle((x, y, x + 24, y + 12), radius=3, outline=ink, width=2)
    draw.rectangle((x + 24, y + 4, x + 27, y + 8), fill=ink)
    draw.rectangle((x + 3, y + 3, x + 3 + int(18 * level / 100), y + 9), fill=ink)


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The screen's rows under a status bar and an app bar (drawn back arrow, the page's title, a drawn help
    icon), over a pair of buttons on some."""
    chrome = style["h105"]
    body = _page(rows, font, style)
    width = body.width
    paper, ink = style["paper"], style["ink"]
    top, bottom = 100, 78 if chrome["buttons"] else 0
    canvas = Image.new("RGB", (width, body.height + top + bottom), paper)
    draw = ImageDraw.Draw(canvas)
    bar = load_font("dejavu/DejaVuSans.ttf", 15)
    draw.text((18, 9), chrome["clock"], font=bar, fill=ink)
    # signal bars, the network's name, the battery
    for i in range(4):
        draw.rectangle((width - 120 + i * 6, 22 - i * 4, width - 116 + i * 6, 24), fill=ink)
    draw.text((width - 90, 9), chrome["net"], font=bar, fill=ink)
    _battery(draw, width - 46, 11, chrome["battery"], ink)
    y = 64
    draw.line((22, y, 42, y), fill=ink, width=3)
    draw.line((22, y, 31, y - 9), fill=ink, width=3)
    draw.line((22, y, 31, y + 9), fill=ink, width=3)
    if chrome["title"]:
        draw.text((60, y - 14), chrome["title"], font=load_font(font, 23), fill=ink)
    cx = width - 34
    draw.ellipse((cx - 12, y - 12, cx + 12, y + 12), outline=ink, width=2)
    draw.arc((cx - 5, y - 8, cx + 5, y + 2), 180, 90, fill=ink, width=2)
    draw.ellipse((cx - 2, y + 5, cx + 2, y + 9), fill=ink)
    draw.line((0, top - 4, width, top - 4), fill=style["label_ink"], width=1)
    canvas.paste(body, (0, top))
    if chrome["buttons"]:
        by = top + body.height + 14
        f = load_font(font, 19)
        half = width // 2
        for x0, label, filled in ((24, chrome["buttons"][0], False), (half + 8, chrome["buttons"][1], True)):
            box = (x0, by, x0 + half - 32, by + 48)
            if filled:
                draw.rounded_rectangle(box, radius=10, fill=(60, 90, 200))
                colour = (255, 255, 255)
            else:
                draw.rounded_rectangle(box, radius=10, outline=ink, width=2)
                colour = ink
            draw.text((x0 + (half - 32 - f.getlength(label)) / 2, by + 12), label, font=f, fill=colour)
    return canvas


# ---------------------------------------------------------------- ids


def phonepe_txn(rng: random.Random, d: dt.date) -> str:
    return f"T{d:%y%m%d}{rng.randrange(6, 23):02d}{rng.randrange(60):02d}{digits(rng, 12)}"


def google_txn(rng: random.Random) -> str:
    return "CICAgO" + code(rng, rng.randint(9, 11), string.ascii_letters + string.digits)


def paytm_order(rng: random.Random, d: dt.date) -> str:
    return f"{d:%Y%m%d}{digits(rng, 9)}"


# ---------------------------------------------------------------- 1 PhonePe: paid a shop by QR


def phonepe_qr(rng: random.Random, font: str):
    """PhonePe after a QR scan: a purple band with the outcome and "at <hour> on <day>", "Paid to" with the
    shop and the sum on one row, a drawn "Verified merchant" badge and the QR handle, Transfer Details with
    PhonePe's Transaction ID, Debited from the masked account and the UTR under it."""
    k = nth("phonepe_qr")
    status = outcome(k, failed=5, pending=2)
    d, m = day(rng), purse(rng, font)
    amount = rupees(rng, 20, 4500)
    shop = rng.choice(SHOPS)
    p = Phone(rng, font, rng.choice(["", "Transaction Details", "Payment Status"]), dark=0.2)
    p.band((95, 37, 159))
    p.add("title", {"success": "Payment Successful", "failed": "Payment Failed",
                    "pending": "Payment Pending"}[status])
    clock = hhmm(rng, lower=rng.random() < 0.4)
    shown = None if k == 3 else d
    p.add("center", f"at {clock} on {when(d, rng.choice(['%d %b %Y', '{d} %b %Y', '%d %B %Y']))}"
          if shown else f"at {clock}")
    p.end_band()
    p.add("gap")
    p.add("note", "Paid to" if status == "success" else "Paying to")
    p.add("pair", shop, m(amount))
    p.add("badge", "Verified merchant", "left")
    p.add("note", qr_handle(rng, shop, "phonepe"))
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.add("left", "Transfer Details")
    tid = phonepe_txn(rng, d)
    p.add("stack", "Transaction ID", tid)
    bank, _ = rng.choice(BANKS)
    p.add("stack", "Debited from", f"{bank} {masked(rng, font, rng.randrange(3))}")
    ref = None
    if status == "success" or k == 2:
        ref = utr(rng, d)
        p.add("note", f"UTR: {ref}")
    p.add("small", "Powered by UPI  |  PhonePe")
    return p.rows, truth_fields(shop, amount, "INR", ref or tid, shown, "UPI", status), p.style


# ---------------------------------------------------------------- 2 Google Pay: paid a business


def gpay_business(rng: random.Random, font: str):
    """Google Pay's detail after paying a business: the shop's name in a big heading, a drawn "Verified
    business" badge, its handle and on some its banking name, the sum, Completed / Payment failed / Processing,
    the day and hour, then UPI transaction ID, To: the shop, From: the payer with their bank and UPI id, Google
    transaction ID."""
    k = nth("gpay_business")
    status = outcome(k, failed=1, pending=6)
    d, m = day(rng), purse(rng, font, p_whole=0.5)
    amount = rupees(rng, 30, 6000)
    shop = rng.choice(SHOPS)
    payer = rng.choice(PAYERS)
    handle = qr_handle(rng, shop, "gpay")
    p = Phone(rng, font, "", dark=0.35)
    p.add("note", "To")
    p.add("head", shop)
    p.add("badge", "Verified business", "left")
    p.add("note", handle)
    if k % 3 == 0:
        p.add("note", f"Banking name: {rng.choice(PAYEES).upper()}")
    p.add("gap")
    p.add("big", m(amount))
    tick = mark(font, "\u2713", "")
    p.add("center", {"success": f"{tick} Completed".strip(), "failed": "Payment failed",
                     "pending": "Processing"}[status])
    p.accent(TONE[status])
    p.add("small", stamp(rng, d, ["{d} %b %Y", "%d %b %Y", "{d} %B %Y"], sep=rng.choice([", ", " at "])))
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    bank, _ = rng.choice(BANKS)
    ref = utr(rng, d) if status != "pending" else None
    if ref:
        p.add("stack", "UPI transaction ID", ref)
    p.add("stack", "To: " + shop, handle)
    p.add("stack", f"From: {payer} ({bank})", own_handle(rng, payer))
    gid = google_txn(rng)
    p.add("stack", "Google transaction ID", gid)
    p.add("small", "Google Pay")
    return p.rows, truth_fields(shop, amount, "INR", ref or gid, d, "UPI", status), p.style


# ---------------------------------------------------------------- 3 Paytm: Scan & Pay


def paytm_scan(rng: random.Random, font: str):
    """Paytm's "Scan & Pay" result: under the app bar the shop as a title, "Verified Merchant", the paytmqr
    handle, the sum, Paid Successfully / Payment Failed / Payment Pending, then UPI Ref No (left off on the
    failed and pending ones), Paytm's Order ID, From: the payer's bank, Date:."""
    k = nth("paytm_scan")
    status = outcome(k, failed=3, pending=7)
    d, m = day(rng), purse(rng, font, p_whole=0.5)
    amount = rupees(rng, 10, 3000)
    shop = rng.choice(SHOPS)
    payer = rng.choice(PAYERS)
    p = Phone(rng, font, "Scan & Pay", dark=0.15)
    p.add("title", upper_maybe(rng, shop, 0.3))
    shop_printed = p.rows[-1][1]
    p.add("badge", "Verified Merchant")
    p.add("small", qr_handle(rng, shop, "paytm"))
    p.add("gap")
    p.add("big", m(amount))
    p.add("center", {"success": "Paid Successfully", "failed": "Payment Failed",
                     "pending": "Payment Pending"}[status])
    p.accent((0, 46, 110))
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    ref = utr(rng, d) if status == "success" else None
    if ref:
        p.add("pair", "UPI Ref No:", ref)
    oid = paytm_order(rng, d)
    p.add("pair", "Order ID:", oid)
    bank, _ = rng.choice(BANKS)
    p.add("pair", "From:", f"{SHORT[bank]} - {masked(rng, font, 2)}")
    if k % 4 == 1:
        p.add("pair", "Time:", hhmm(rng))
        shown = None
    else:
        p.add("pair", "Date:", stamp(rng, d, ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y"], sep=", "))
        shown = d
    p.add("small", f"Paid from {payer}'s Paytm UPI")
    return p.rows, truth_fields(shop_printed, amount, "INR", ref or oid, shown, "UPI", status), p.style


# ---------------------------------------------------------------- 4 BHIM: pay a merchant


def bhim_merchant(rng: random.Random, font: str):
    """BHIM's "Pay Merchant" summary: the outcome in a band, then a table of Merchant Name, Merchant VPA,
    Amount, Remarks, From (the payer's own UPI id), Date & Time, UPI Ref No and BHIM's own Txn ID."""
    k = nth("bhim_merchant")
    status = outcome(k, failed=4, pending=1)
    d, m = day(rng), purse(rng, font)
    amount = rupees(rng, 50, 9000)
    shop = upper_maybe(rng, rng.choice(SHOPS), 0.5)
    payer = rng.choice(PAYERS)
    p = Phone(rng, font, rng.choice(["Pay Merchant", "Transaction Summary"]), dark=0.0, size=20)
    p.band({"success": (0, 120, 70), "failed": (180, 40, 40), "pending": (200, 120, 0)}[status])
    p.add("title", {"success": "Transaction Successful", "failed": "Transaction Failed",
                    "pending": "Transaction Pending"}[status])
    p.add("center", "BHIM UPI")
    p.end_band()
    p.add("gap")
    p.add("pair", "Merchant Name", shop)
    p.add("pair", "Merchant VPA", qr_handle(rng, shop))
    p.add("pair", "Amount", m(amount))
    p.add("pair", "Remarks", rng.choice(["Groceries", "Medicines", "Tea and snacks", "Bill 2231", "NA"]))
    p.add("pair", "From", own_handle(rng, payer))
    p.add("pair", "Date & Time", stamp(rng, d, ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y"], sep=" ", twelve=0.3))
    ref = utr(rng, d)
    if status != "failed" or k % 2 == 0:
        p.add("pair", "UPI Ref No", ref)
    else:
        ref = None
    tid = "BHIM" + digits(rng, 14)
    p.add("pair", "Txn ID", tid)
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("small", "Bharat Interface for Money - NPCI")
    return p.rows, truth_fields(shop, amount, "INR", ref or tid, d, "UPI", status), p.style


# ---------------------------------------------------------------- 5 CRED or Amazon Pay: scan any QR


def cred_amazon(rng: random.Random, font: str):
    """CRED's dark "scan & pay" screen in lower case (payment successful, paid to the shop, UPI reference ID,
    CRED transaction ID, paid via CRED UPI) or Amazon Pay's "Scan any QR" result (Payment successful, Paid to
    the shop with a drawn Verified merchant badge, UPI Ref ID, Transaction ID P0…, Paid from, Date)."""
    k = nth("cred_amazon")
    status = outcome(k, failed=6, pending=0)
    d, m = day(rng), purse(rng, font, p_whole=0.5)
    amount = rupees(rng, 25, 5000)
    shop = rng.choice(SHOPS)
    bank, _ = rng.choice(BANKS)
    if k % 2 == 0:
        p = Phone(rng, font, "scan & pay", dark=1.0)
        p.add("center", {"success": "payment successful", "failed": "payment failed",
                         "pending": "payment processing"}[status])
        p.accent(TONE[status])
        p.add("big", m(amount))
        p.add("note", "paid to" if status == "success" else "paying to")
        p.add("head", shop)
        p.add("note", qr_handle(rng, shop))
        if status == "success":
            p.add("small", f"you won {rng.randrange(20, 900)} CRED coins")
        else:
            p.add("small", rng.choice(FAIL if status == "failed" else WAIT).lower())
        p.add("rule")
        ref = utr(rng, d)
        p.add("pair", "UPI reference ID", ref)
        own = "CR" + code(rng, 16, string.ascii_uppercase + string.digits)
        p.add("pair", "CRED transaction ID", own)
        p.add("pair", "paid via", f"CRED UPI, {SHORT[bank]} {masked(rng, font, 2)}")
        p.add("pair", "date", stamp(rng, d, ["{d} %b %Y", "%d/%m/%Y", "%d %b %Y"], sep=", "))
        return p.rows, truth_fields(shop, amount, "INR", ref, d, "UPI", status), p.style
    p = Phone(rng, font, "Scan any QR", dark=0.1)
    tick = mark(font, "\u2713", "")
    p.add("title", {"success": f"{tick} Payment successful".strip(), "failed": "Payment failed",
                    "pending": "Payment pending"}[status])
    p.accent(TONE[status])
    p.add("big", m(amount))
    if status != "success":
        p.add("small", rng.choice(FAIL if status == "failed" else WAIT))
    p.add("rule")
    p.add("stack", "Paid to", shop)
    p.add("badge", "Verified merchant", "left")
    p.add("note", qr_handle(rng, shop))
    p.add("rule")
    ref = utr(rng, d) if status == "success" else None
    if ref:
        p.add("pair", "UPI Ref ID", ref)
    tid = f"P0{rng.randrange(1, 5)}-{digits(rng, 7)}-{digits(rng, 7)}"
    p.add("pair", "Transaction ID", tid)
    p.add("pair", "Paid from", f"{bank} {masked(rng, font, 4)}")
    p.add("pair", "Date", stamp(rng, d, ["%d %b %Y", "%d-%m-%Y", "{d} %B %Y"], sep=", "))
    p.add("small", "Amazon Pay UPI")
    return p.rows, truth_fields(shop, amount, "INR", ref or tid, d, "UPI", status), p.style


# ---------------------------------------------------------------- 6 a bank app's Scan & Pay


BANK_APPS = [("YONO SBI", (34, 64, 150)), ("iMobile Pay", (173, 60, 25)), ("HDFC Bank MobileBanking", (0, 76, 143)),
             ("Axis Mobile", (151, 20, 77)), ("Kotak Mobile Banking", (200, 30, 40))]


def bank_qr(rng: random.Random, font: str):
    """A bank app's Scan & Pay acknowledgement (YONO SBI, iMobile Pay, HDFC, Axis, Kotak): the app on its band,
    the outcome, then Merchant Name, Merchant UPI ID, Amount, Remitter Name (the payer), Debit Account, Date &
    Time, UPI Ref No / RRN (left off on the failed one) and the bank's Transaction Reference No."""
    k = nth("bank_qr")
    status = outcome(k, failed=2, pending=5)
    app, colour = rng.choice(BANK_APPS)
    d, m = day(rng), purse(rng, font, p_whole=0.0)
    amount = rupees(rng, 100, 25000)
    shop = upper_maybe(rng, rng.choice(SHOPS), 0.6)
    payer = upper_maybe(rng, rng.choice(PAYERS), 0.6)
    p = Phone(rng, font, "Scan & Pay", dark=0.0, size=20, buttons=0.3)
    p.band(colour)
    p.add("title", app)
    p.add("center", {"success": "Payment Successful", "failed": "Transaction Failed",
                     "pending": "Transaction Under Process"}[status])
    p.end_band()
    p.add("gap")
    p.add("pair", "Merchant Name", shop)
    p.add("pair", "Merchant UPI ID", qr_handle(rng, shop))
    p.add("pair", "Amount (INR)" if m.mark not in ("INR",) else "Amount", m(amount))
    p.add("pair", "Remitter Name", payer)
    p.add("pair", "Debit Account", masked(rng, font, 0))
    p.add("pair", "Date & Time", stamp(rng, d, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"], sep=" ",
                                       twelve=0.4))
    ref = utr(rng, d) if status != "failed" else None
    if ref:
        p.add("pair", rng.choice(["UPI Ref No", "RRN", "UPI RRN"]), ref)
    bank_ref = f"{rng.choice(['YS', 'IM', 'HB', 'AX', 'KM'])}{d:%y%m%d}{digits(rng, 8)}"
    p.add("pair", "Transaction Reference No.", bank_ref)
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("small", "This is a computer generated acknowledgement.")
    return p.rows, truth_fields(shop, amount, "INR", ref or bank_ref, d, "UPI", status), p.style


# ---------------------------------------------------------------- 7 a UPI app: to a bank account


def to_bank_account(rng: random.Random, font: str):
    """A transfer "To bank account" (account number and IFSC typed in) in PhonePe, Google Pay or Paytm: the
    outcome, the sum, To: the beneficiary (on one only "A/c ending …", no name), A/c No., IFSC, the bank, then
    UPI Ref No / UTR, the app's own id, From: the payer and the account debited, the day."""
    k = nth("to_bank_account")
    status = outcome(k, failed=7, pending=4)
    app = rng.choice(["PhonePe", "Google Pay", "Paytm"])
    d, m = day(rng), purse(rng, font, p_whole=0.3)
    amount = rupees(rng, 500, 95000, p_round=0.8)
    name = upper_maybe(rng, rng.choice(PAYEES), 0.5)
    payer = rng.choice(PAYERS)
    to_bank, prefix = rng.choice(BANKS)
    p = Phone(rng, font, rng.choice(["To Bank A/c", "Bank Transfer", "Pay to A/c + IFSC"]), dark=0.25)
    p.add("center", {"success": "Money sent successfully", "failed": "Transfer failed",
                     "pending": "Transfer pending"}[status])
    p.accent(TONE[status])
    p.add("big", m(amount))
    p.add("small", stamp(rng, d, WEEK + ["%d %b %Y"], sep=rng.choice([", ", " | "])))
    if status != "success":
        p.add("small", rng.choice(FAIL if status == "failed" else WAIT))
    p.add("rule")
    tail = digits(rng, 4)
    if k == 6:
        p.add("stack", "To", f"A/c ending {tail}")
        payee = None
    else:
        p.add("stack", "To", name)
        payee = name
    p.add("pair", "A/c No.", f"XXXXXXXX{tail}")
    p.add("pair", "IFSC", ifsc(prefix, rng))
    p.add("pair", "Bank", to_bank)
    p.add("rule")
    ref = utr(rng, d) if status == "success" or k == 4 else None
    if ref:
        p.add("pair", rng.choice(["UPI Ref No", "UTR", "UPI transaction ID"]), ref)
    own = {"PhonePe": phonepe_txn(rng, d), "Google Pay": google_txn(rng), "Paytm": paytm_order(rng, d)}[app]
    p.add("pair", {"PhonePe": "Transaction ID", "Google Pay": "Google transaction ID", "Paytm": "Order ID"}[app],
          own)
    from_bank, _ = rng.choice(BANKS)
    p.add("stack", f"From: {payer}", f"{from_bank} {masked(rng, font, 1)}")
    p.add("small", f"{app}  |  UPI")
    return p.rows, truth_fields(payee, amount, "INR", ref or own, d, "UPI", status), p.style


# ---------------------------------------------------------------- 8 a UPI app: self transfer


def self_transfer(rng: random.Random, font: str):
    """A "Self transfer" between the payer's own accounts (PhonePe "Self Transfer", Google Pay "Transfer to
    self", Paytm "Self Account Transfer"): the outcome, the sum, From: and To: each with the payer's name (on
    three in eight the To side prints only the bank and masked account), UPI Ref No, the app's id, the day."""
    k = nth("self_transfer")
    status = outcome(k, failed=0, pending=3)
    app, title = rng.choice([("PhonePe", "Self Transfer"), ("Google Pay", "Transfer to self"),
                             ("Paytm", "Self Account Transfer")])
    d, m = day(rng), purse(rng, font, p_whole=0.3)
    amount = rupees(rng, 1000, 150000, p_round=0.9)
    payer = upper_maybe(rng, rng.choice(PAYERS), 0.3)
    (b1, _), (b2, _) = rng.sample(BANKS, 2)
    p = Phone(rng, font, title, dark=0.3)
    p.add("title", {"success": "Transfer Successful", "failed": "Transfer Failed",
                    "pending": "Transfer in Progress"}[status])
    p.accent(TONE[status])
    p.add("big", m(amount))
    p.add("small", "Between your accounts")
    if status != "success":
        p.add("small", rng.choice(FAIL if status == "failed" else WAIT))
    p.add("rule")
    p.add("stack", "From", f"{payer}, {b1} {masked(rng, font, 2)}")
    if k in (1, 4, 6):
        p.add("stack", "To", f"{b2} {masked(rng, font, 2)}")
        payee = None
    else:
        p.add("stack", "To", f"{payer}, {b2} {masked(rng, font, 2)}")
        payee = payer
    p.add("rule")
    ref = utr(rng, d)
    p.add("pair", rng.choice(["UPI Ref No", "UTR No", "UPI Ref. No."]), ref)
    own = {"PhonePe": phonepe_txn(rng, d), "Google Pay": google_txn(rng), "Paytm": paytm_order(rng, d)}[app]
    p.add("pair", {"PhonePe": "Transaction ID", "Google Pay": "Google txn ID", "Paytm": "Order ID"}[app], own)
    p.add("pair", "Date & Time", stamp(rng, d, sep=", "))
    p.add("small", app)
    return p.rows, truth_fields(payee, amount, "INR", ref, d, "UPI", status), p.style


# ---------------------------------------------------------------- 9 a bank app: pay to A/c + IFSC


def bank_transfer(rng: random.Random, font: str):
    """A bank app's "Pay to A/c + IFSC" acknowledgement (UPI from BHIM SBI Pay, iMobile Pay, HDFC, Axis, Kotak):
    Beneficiary Name, Beneficiary A/c No., IFSC, Bank Name, Amount, Remarks, Debit Account, Transfer Mode UPI (on
    two in eight IMPS, with its IMPS Ref No), Date, UPI Ref No / UTR No, the bank's Transaction ID."""
    k = nth("bank_transfer")
    status = outcome(k, failed=5, pending=6)
    app, colour = rng.choice(BANK_APPS)
    d, m = day(rng), purse(rng, font, p_whole=0.0)
    amount = rupees(rng, 1000, 200000, p_round=0.7)
    name = upper_maybe(rng, rng.choice(PAYEES), 0.7)
    to_bank, prefix = rng.choice(BANKS)
    imps = k in (3, 6)
    p = Phone(rng, font, rng.choice(["Fund Transfer", "Pay to A/c + IFSC", "Transfer Money"]), dark=0.0, size=20,
              buttons=0.3)
    p.band(colour)
    p.add("title", app)
    p.add("center", {"success": "Transfer Successful", "failed": "Transfer Failed",
                     "pending": "Transaction Under Process"}[status])
    p.end_band()
    p.add("gap")
    p.add("pair", "Beneficiary Name", name)
    p.add("pair", "Beneficiary A/c No.", "X" * 8 + digits(rng, 4))
    p.add("pair", "IFSC", ifsc(prefix, rng))
    p.add("pair", "Bank Name", to_bank)
    p.add("pair", "Amount", m(amount))
    p.add("pair", "Remarks", rng.choice(["Rent", "Salary", "School fees", "Loan repayment", "Advance", "-"]))
    p.add("pair", "Debit Account", masked(rng, font, 0))
    p.add("pair", "Transfer Mode", "IMPS" if imps else rng.choice(["UPI", "BHIM UPI"]))
    p.add("pair", "Date", stamp(rng, d, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"], sep=" ", twelve=0.4))
    ref = utr(rng, d) if status != "failed" else None
    if ref:
        p.add("pair", "IMPS Ref No" if imps else rng.choice(["UPI Ref No", "UTR No"]), ref)
    tid = f"{rng.choice(['UPI', 'IB', 'MB'])}{d:%y%m%d}{digits(rng, 9)}"
    p.add("pair", "Transaction ID", tid)
    if status != "success":
        p.add("small", rng.choice(FAIL if status == "failed" else WAIT))
    p.add("small", "Please keep this acknowledgement for your records.")
    method = "netbanking" if imps else "UPI"
    return p.rows, truth_fields(name, amount, "INR", ref or tid, d, method, status), p.style


# ---------------------------------------------------------------- 10 a history's detail view


def history_detail(rng: random.Random, font: str):
    """A transaction history's detail view (PhonePe History, Google Pay's activity, Paytm Balance & History):
    Debit / Sent, the sum, Status:, a shop paid by QR (Paid to, its UPI ID) or a bank account (Sent to, A/c,
    IFSC), Date & Time, Paid by: the payer and their UPI id, UPI Ref No (left off on some), Txn ID, Category."""
    k = nth("history_detail")
    status = outcome(k, failed=3, pending=0)
    d, m = day(rng), purse(rng, font, p_whole=0.4)
    app = rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM"])
    to_account = k % 2 == 1
    amount = rupees(rng, 20, 8000) if not to_account else rupees(rng, 500, 60000, p_round=0.8)
    payer = rng.choice(PAYERS)
    p = Phone(rng, font, rng.choice(["History", "Transaction History", "Payment details"]), dark=0.35, size=20)
    p.add("left", "Sent" if to_account else "Debit")
    p.add("big", m(amount, "- ") if rng.random() < 0.4 else m(amount))
    p.accent(TONE[status])
    p.add("pair", "Status", {"success": rng.choice(["Success", "Successful", "Completed"]), "failed": "Failed",
                             "pending": rng.choice(["Pending", "In progress"])}[status])
    p.add("rule")
    if to_account:
        payee = upper_maybe(rng, rng.choice(PAYEES), 0.5)
        bank, prefix = rng.choice(BANKS)
        p.add("pair", "Sent to", payee)
        p.add("pair", "A/c", f"{SHORT[bank]} {masked(rng, font, 2)}")
        p.add("pair", "IFSC", ifsc(prefix, rng))
    else:
        payee = rng.choice(SHOPS)
        p.add("pair", "Paid to", payee)
        p.add("pair", "UPI ID", qr_handle(rng, payee))
    shown = d
    if k == 6:
        p.add("pair", "Time", hhmm(rng))
        shown = None
    else:
        p.add("pair", "Date & Time", stamp(rng, d, sep=", "))
    p.add("stack", "From", f"{payer}  {own_handle(rng, payer)}")
    ref = utr(rng, d) if k not in (0, 5) else None
    if ref:
        p.add("pair", rng.choice(["UPI Ref No", "UTR", "UPI Ref. No."]), ref)
    tid = rng.choice(["TXN" + digits(rng, 15), phonepe_txn(rng, d), "N" + digits(rng, 16)])
    p.add("pair", "Txn ID", tid)
    p.add("pair", "Category", rng.choice(["Food & Drinks", "Groceries", "Transfers", "Shopping", "Health"]))
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("small", f"{app} UPI")
    return p.rows, truth_fields(payee, amount, "INR", ref or tid, shown, "UPI", status), p.style


# ---------------------------------------------------------------- 11 a shared payment receipt


def shared_receipt(rng: random.Random, font: str):
    """The receipt card an app shares after a QR payment (PhonePe, Paytm, super.money, MobiKwik, Navi): the
    app's name small on top, the shop in a big heading with a drawn Verified badge, "Paid <sum>", Paid on <day>,
    UPI Ref (left off on two in eight), From: the payer's name and UPI id, and a footer naming the app."""
    k = nth("shared_receipt")
    status = outcome(k, failed=5, pending=2)
    app = rng.choice(["PhonePe", "Paytm", "super.money", "MobiKwik", "Navi UPI"])
    d, m = day(rng), purse(rng, font, p_whole=0.5)
    amount = rupees(rng, 15, 3500)
    shop = rng.choice(SHOPS)
    payer = rng.choice(PAYERS)
    p = Phone(rng, font, "Payment Receipt", dark=0.15, buttons=0.0)
    p.band(rng.choice([(20, 120, 110), (40, 70, 160), (120, 50, 150), (30, 30, 40)]))
    p.add("small", f"{app} payment receipt")
    p.add("title", shop)
    p.add("badge", "Verified")
    p.end_band()
    p.add("gap")
    p.add("big", f"Paid {m(amount)}" if status == "success" else m(amount))
    p.add("center", {"success": "Transaction successful", "failed": "Payment failed",
                     "pending": "Payment pending"}[status])
    p.accent(TONE[status])
    p.add("center", "Paid on " + stamp(rng, d, PATS, sep=", ") if status == "success"
          else "On " + stamp(rng, d, PATS, sep=", "))
    p.add("rule")
    ref = utr(rng, d) if k not in (3, 6) else None
    if ref:
        p.add("pair", rng.choice(["UPI Ref", "UPI Ref No", "UTR"]), ref)
    p.add("pair", "From", payer)
    p.add("pair", "", own_handle(rng, payer))
    p.add("pair", "To", qr_handle(rng, shop))
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.add("small", f"Pay at any shop with {app}. Scan any UPI QR.")
    return p.rows, truth_fields(shop, amount, "INR", ref, d, "UPI", status), p.style


# ---------------------------------------------------------------- 12 a newer UPI app: pay a shop


def neo_qr(rng: random.Random, font: str):
    """A newer UPI app after paying a shop (Navi, super.money, MobiKwik, Jupiter, Fi, WhatsApp): the outcome
    over the sum, "to <shop>" with its handle, a cashback won on some (another sum), then a table: Paid to the
    shop again, Debited from the payer's bank, UPI Ref. No., the app's own id, and the day with its weekday."""
    k = nth("neo_qr")
    status = outcome(k, failed=1, pending=4)
    app, own_label, own = rng.choice([
        ("Navi", "Navi Txn ID", lambda: "NAVI" + digits(rng, 16)),
        ("super.money", "Transaction ID", lambda: "SM" + code(rng, 18)),
        ("MobiKwik", "MobiKwik Txn ID", lambda: "MBK" + digits(rng, 15)),
        ("Jupiter", "Jupiter Ref", lambda: "JUP" + code(rng, 12)),
        ("Fi Money", "Fi Txn ID", lambda: "FI" + digits(rng, 16)),
        ("WhatsApp", "WhatsApp Payment ID", lambda: "WA" + code(rng, 14)),
    ])
    d, m = day(rng), purse(rng, font, p_whole=0.5)
    amount = rupees(rng, 30, 5000)
    shop = rng.choice(SHOPS)
    payer = rng.choice(PAYERS)
    sep = mark(font, "\u00b7", "|")
    p = Phone(rng, font, rng.choice(["Payment details", "Receipt", ""]), dark=0.5)
    p.add("center", {"success": "Payment successful", "failed": "Payment failed",
                     "pending": "Payment processing"}[status])
    p.accent(TONE[status])
    p.add("big", m(amount))
    p.add("center", f"to {shop}")
    handle = qr_handle(rng, shop)
    p.add("small", handle)
    if status == "success" and k % 2 == 0:
        p.add("badge", f"You won {m(float(rng.randrange(2, 40)))} cashback")
    if status == "failed":
        p.add("small", rng.choice(FAIL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.add("pair", "Paid to" if status == "success" else "To", shop)
    bank, _ = rng.choice(BANKS)
    p.add("pair", "Debited from", f"{SHORT[bank]} {masked(rng, font, 5)}")
    if k % 3 == 0:
        p.add("stack", "Payer", f"{payer} ({own_handle(rng, payer)})")
    else:
        p.add("pair", "Payer", payer)
    ref = utr(rng, d) if not (status == "failed" and k % 2 == 1) else None
    if ref:
        p.add("pair", "UPI Ref. No.", ref)
    oid = own()
    p.add("pair", own_label, oid)
    p.add("pair", "Date & time", f"{when(d, rng.choice(WEEK))} {sep} {hhmm(rng)}")
    p.add("small", f"{app} {sep} UPI")
    return p.rows, truth_fields(shop, amount, "INR", ref or oid, d, "UPI", status), p.style

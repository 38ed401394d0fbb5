"""The twelve heldout98 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: payment screenshots and slips the way buyers
forward them to a marketplace's support through chat, marked up, cropped and framed. Each receipt is a payment's
own screen (``Scr``: rows of text, each carrying the facts it prints) drawn with ``heldout14_render``'s plain
renderer, then ``compose`` draws what the buyer did to it, from ``style["h98"]``: a red hand-drawn circle or
arrow, a highlighter stroke, a marker's scribble over a value, a typed note, a crop at a row's edge, and the frame
it was seen in (a chat app, a messages app, a mail app, a notification banner, a stitched long screenshot, a slip
on a table under a thumb). The truth is read from the rows left visible: a row cut off by the crop, or a value
fully scribbled out, gives nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import string

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout14_render
from bench.receipt_sets.heldout14_render import SCALE, _too_wide, load_font
from bench.receipt_sets.heldout14_values import code, digits, truth_fields
from bench.receipt_sets.heldout86_families import Rs, handle, hhmm, utr, when
from bench.receipt_sets.heldout93_families import glyphs

PLAIN = heldout14_render.render
UTR, UPIREF, BANKREF, TXN, APPR, ORDER = 6, 5, 4, 3, 2, 1
RED, BLUE = (214, 32, 36), (30, 70, 200)
IN_DATES = ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y"]
SHOPS = [
    "Sharma Kirana Store", "Shree Ganesh Mobiles", "Royal Tailors", "Annapurna Sweets", "Kavya Fashion Hub",
    "Om Sai Electricals", "Green Leaf Organics", "Balaji Book Depot", "Lakshmi Handloom House", "Apna Bazaar",
    "Crafts by Meera", "Urban Thread Studio", "Patel Dry Fruits", "Nandini Home Decor", "TechFix Solutions",
]
BANK_NAMES = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Canara Bank"]
CONTACTS = ["Ravi (Seller)", "Meesho Support", "Order Help Desk", "Anita Boutique", "Customer Care", "Deepak Shop"]


def day(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 420))


class Scr:
    """A payment's own screen: its rows, each with the facts it prints (``keep`` marks the sum)."""

    def __init__(self, font: str):
        self.font, self.rows, self.facts = font, [], []

    def add(self, *row, **facts) -> int:
        for text in row[1:]:
            assert glyphs(self.font, text), (self.font, text)
        self.rows.append(tuple(row))
        self.facts.append(facts)
        return len(self.rows) - 1

    def truth(self, amount: float, currency: str, hidden: set[int]) -> dict:
        seen = [f for i, f in enumerate(self.facts) if i not in hidden]
        assert any(f.get("keep") for f in seen), "the sum is not visible"

        def ranked(key):
            found = [f[key] for f in seen if f.get(key) is not None]
            if not found:
                return None
            top = max(rank for rank, _ in found)
            values = {v for rank, v in found if rank == top}
            assert len(values) == 1, (key, values)
            return values.pop()

        def single(key):
            values = {f[key] for f in seen if f.get(key) is not None}
            assert len(values) <= 1, (key, values)
            return values.pop() if values else None

        return truth_fields(ranked("merchant"), round(amount, 2), currency, ranked("txn"), single("date"),
                            single("method"), single("status"))


def tops(rows: list[tuple], font: str, style: dict) -> list[tuple[int, int]]:
    """Each row's top and bottom on the page ``heldout14_render.render`` draws (its own arithmetic)."""
    width, size, margin = style.get("width", 620), style.get("size", 22), 34
    faces = {kind: load_font(font, int(size * scale)) for kind, scale in SCALE.items()}
    line = int(size * 1.55)
    y, out = margin, []
    for row in rows:
        step = int(line * SCALE.get(row[0], 1.0)) if row[0] != "pair" else line
        if row[0] == "pair" and _too_wide(faces["pair"], row, width - 2 * margin):
            step *= 2
        out.append((y, y + step))
        y += step
    return out


def value_box(rows, font, style, index) -> tuple[int, int, int, int]:
    """The box of a row's value (a pair's right-hand text, else the row's text)."""
    width, size, margin = style.get("width", 620), style.get("size", 22), 34
    top, bottom = tops(rows, font, style)[index]
    row = rows[index]
    face = load_font(font, int(size * SCALE.get(row[0], 1.0)))
    text = row[2] if row[0] == "pair" else row[1]
    w = face.getlength(text)
    if row[0] == "pair":
        x0 = width - margin - w
        if _too_wide(face, row, width - 2 * margin):
            top = (top + bottom) // 2
    elif row[0] in ("left",):
        x0 = margin
    elif row[0] == "right":
        x0 = width - margin - w
    else:
        x0 = (width - w) / 2
    return int(x0) - 6, top - 4, int(x0 + w) + 6, bottom - 2


# ---------------------------------------------------------------- drawing what the buyer did


def _circle(draw: ImageDraw.ImageDraw, box, rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 + 26, (y1 - y0) / 2 + 3
    start = rng.uniform(0, 2 * math.pi)
    points = []
    for k in range(60):
        t = start + k / 56 * 2 * math.pi
        wob = 1 + 0.04 * math.sin(3 * t + start)
        points.append((cx + rx * wob * math.cos(t), cy + ry * wob * math.sin(t)))
    draw.line(points, fill=RED, width=4, joint="curve")


def _arrow(draw: ImageDraw.ImageDraw, box, width: int) -> None:
    x0, y0, x1, y1 = box
    cy = (y0 + y1) / 2
    if x0 > width / 2:
        tip, tail = (x0 - 8, cy), (max(8, x0 - 100), cy + 6)
    else:
        tip, tail = (x1 + 8, cy), (min(width - 8, x1 + 100), cy + 6)
    draw.line([tail, tip], fill=RED, width=5)
    ang = math.atan2(tip[1] - tail[1], tip[0] - tail[0])
    for side in (2.6, -2.6):
        draw.line([tip, (tip[0] + 22 * math.cos(ang + side), tip[1] + 22 * math.sin(ang + side))], fill=RED,
                  width=5)


def _highlight(page: Image.Image, box) -> Image.Image:
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ImageDraw.Draw(layer).rectangle((box[0] - 4, box[1] + 2, box[2] + 4, box[3] + 2), fill=(255, 236, 60))
    return ImageChops.multiply(page, layer)


def _scribble(draw: ImageDraw.ImageDraw, box, rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    draw.rectangle((x0 - 4, y0 - 2, x1 + 4, y1 + 4), fill=(22, 22, 26))
    x = x0 - 10
    while x < x1 + 10:
        draw.line([(x, y0 - 6), (x + 14, y1 + 8)], fill=(22, 22, 26), width=7)
        x += rng.randint(6, 10)


def _note(draw: ImageDraw.ImageDraw, font: str, text: str, x: int, y: int, colour) -> int:
    face = load_font(font, 24)
    w = face.getlength(text)
    draw.rectangle((x - 8, y - 6, x + w + 8, y + 32), fill=(255, 255, 255), outline=colour, width=2)
    draw.text((x, y), text, font=face, fill=colour)
    return int(w)


def marked(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The screen with the buyer's markup, cropped."""
    h = style["h98"]
    page = PLAIN(rows, font, style)
    rng = random.Random(h["seed"])
    for index in h.get("highlight", []):
        page = _highlight(page, value_box(rows, font, style, index))
    draw = ImageDraw.Draw(page)
    for index in h.get("scribble", []):
        _scribble(draw, value_box(rows, font, style, index), rng)
    for index in h.get("circle", []):
        _circle(draw, value_box(rows, font, style, index), rng)
    for index in h.get("arrow", []):
        _arrow(draw, value_box(rows, font, style, index), page.width)
    if h.get("note"):
        where = tops(rows, font, style)[h["note_row"]]
        _note(draw, font, h["note"], 40, where[0] + 4, h.get("note_ink", RED))
    spans = tops(rows, font, style)
    top = spans[h["crop_top"]][0] - 6 if h.get("crop_top") else 0
    bottom = spans[h["crop_bottom"]][0] - 4 if h.get("crop_bottom") else page.height
    return page.crop((0, top, page.width, bottom))


def status_bar(draw: ImageDraw.ImageDraw, width: int, clock: str, dark: bool = False, y: int = 0) -> None:
    face = load_font("dejavu/DejaVuSans.ttf", 17)
    ink = (240, 240, 240) if dark else (40, 40, 40)
    draw.text((18, y + 8), clock, font=face, fill=ink)
    draw.text((width - 92, y + 8), "4G 76%", font=face, fill=ink)


def wrap(face, text: str, room: int) -> list[str]:
    out, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if face.getlength(trial) > room and line:
            out.append(line)
            line = word
        else:
            line = trial
    return out + ([line] if line else [])


def bubble(canvas: Image.Image, y: int, text: str, stamp: str, mine: bool, font: str, fill, quote: str = "",
           forwarded: bool = False) -> int:
    draw = ImageDraw.Draw(canvas)
    face, small = load_font(font, 21), load_font(font, 15)
    room = int(canvas.width * 0.62)
    lines = wrap(face, text, room)
    w = max([face.getlength(s) for s in lines] + [small.getlength(quote) + 20 if quote else 0, 120]) + 70
    h = 30 * len(lines) + 34 + (40 if quote else 0) + (22 if forwarded else 0)
    x = canvas.width - w - 20 if mine else 20
    draw.rounded_rectangle((x, y, x + w, y + h), radius=12, fill=fill)
    ty = y + 8
    if forwarded:
        draw.text((x + 12, ty), "Forwarded", font=small, fill=(110, 110, 110))
        ty += 22
    if quote:
        draw.rectangle((x + 10, ty, x + w - 10, ty + 34), fill=(225, 232, 225))
        draw.text((x + 18, ty + 8), quote, font=small, fill=(70, 90, 70))
        ty += 40
    for s in lines:
        draw.text((x + 12, ty), s, font=face, fill=(20, 20, 20))
        ty += 30
    draw.text((x + w - small.getlength(stamp) - 10, y + h - 22), stamp, font=small, fill=(110, 110, 110))
    return y + h + 14


def chat(shot: Image.Image, font: str, h: dict) -> Image.Image:
    """The screenshot sent in a chat app (WhatsApp, Telegram or Messenger look), with other messages."""
    app = h["app"]
    band = {"whatsapp": (7, 94, 84), "telegram": (82, 136, 193), "messenger": (250, 250, 252)}[app]
    wall = {"whatsapp": (236, 229, 221), "telegram": (205, 220, 200), "messenger": (255, 255, 255)}[app]
    mine = {"whatsapp": (220, 248, 198), "telegram": (239, 253, 222), "messenger": (220, 232, 255)}[app]
    theirs = (255, 255, 255) if app != "messenger" else (236, 236, 240)
    scale = 0.8
    shot = shot.resize((int(shot.width * scale), int(shot.height * scale)), Image.LANCZOS)
    width = 720
    height = 130 + sum(60 + 30 * (len(m[1]) // 34) for m in h["before"] + h["after"]) + shot.height + 600
    canvas = Image.new("RGB", (width, height), wall)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, width, 104), fill=band)
    dark = app != "messenger"
    status_bar(draw, width, h["clock"], dark)
    ink = (255, 255, 255) if dark else (20, 20, 20)
    draw.text((70, 38), h["contact"], font=load_font(font, 25), fill=ink)
    draw.text((70, 72), h["sub"], font=load_font(font, 16), fill=ink)
    draw.ellipse((14, 42, 58, 86), fill=(180, 190, 200))
    y = 122
    for who, text, stamp, quote in h["before"]:
        y = bubble(canvas, y, text, stamp, who == "me", font, mine if who == "me" else theirs, quote)
    x = width - shot.width - 30
    head = 26 if h.get("forwarded") else 0
    draw.rounded_rectangle((x - 8, y, x + shot.width + 8, y + shot.height + 40 + head), radius=10, fill=mine)
    if head:
        draw.text((x + 4, y + 4), "Forwarded", font=load_font(font, 15), fill=(110, 110, 110))
    canvas.paste(shot, (x, y + 8 + head))
    draw.text((x + shot.width - 70, y + shot.height + 14 + head), h["sent"], font=load_font(font, 15),
              fill=(110, 110, 110))
    y += shot.height + 54 + head
    for who, text, stamp, quote in h["after"]:
        y = bubble(canvas, y, text, stamp, who == "me", font, mine if who == "me" else theirs, quote)
    return canvas.crop((0, 0, width, min(height, y + 20)))


def sms_thread(shot: Image.Image, font: str, h: dict) -> Image.Image:
    """A messages app's list of texts from one or more senders, the bank's alert among them."""
    width = 720
    canvas = Image.new("RGB", (width, 2400), (250, 250, 250))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, width, 100), fill=(240, 240, 244))
    status_bar(draw, width, h["clock"])
    draw.text((70, 44), h["sender"], font=load_font(font, 26), fill=(20, 20, 20))
    y = 120
    for text, stamp in h["before"]:
        y = bubble(canvas, y, text, stamp, False, font, (232, 232, 236))
    canvas.paste(shot, (20, y))
    y += shot.height + 14
    for text, stamp in h["after"]:
        y = bubble(canvas, y, text, stamp, False, font, (232, 232, 236))
    return canvas.crop((0, 0, width, y + 20))


def mail(shot: Image.Image, font: str, h: dict) -> Image.Image:
    """A mail app's message: subject, sender, the receipt, and the quoted conversation below."""
    width = max(720, shot.width + 40)
    face, small = load_font(font, 20), load_font(font, 17)
    quoted = [ln for text in h["quoted"] for ln in wrap(small, text, width - 110)]
    height = 170 + shot.height + 40 + 26 * len(quoted) + 60
    canvas = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    status_bar(draw, width, h["clock"])
    draw.text((24, 40), h["subject"], font=load_font(font, 25), fill=(20, 20, 20))
    draw.ellipse((24, 86, 64, 126), fill=(120, 150, 200))
    draw.text((76, 84), h["sender"], font=face, fill=(30, 30, 30))
    draw.text((76, 112), h["to_me"], font=small, fill=(110, 110, 110))
    canvas.paste(shot, (20, 150))
    y = 150 + shot.height + 24
    draw.text((24, y), h["quote_head"], font=small, fill=(90, 90, 90))
    y += 30
    draw.line([(34, y), (34, y + 26 * len(quoted))], fill=(180, 180, 200), width=3)
    for ln in quoted:
        draw.text((48, y), ln, font=small, fill=(100, 100, 120))
        y += 26
    return canvas


def banner(shot: Image.Image, font: str, h: dict) -> Image.Image:
    """Another app's notification dropped over the screen's top rows (which hold nothing of the payment)."""
    shot = shot.copy()
    draw = ImageDraw.Draw(shot)
    face, small = load_font(font, 19), load_font(font, 16)
    w = shot.width - 30
    draw.rounded_rectangle((15, 10, 15 + w, 104), radius=16, fill=(246, 246, 248), outline=(200, 200, 205))
    draw.rounded_rectangle((28, 22, 54, 48), radius=6, fill=h["icon"])
    draw.text((64, 22), f"{h['app']}  -  now", font=small, fill=(90, 90, 90))
    draw.text((30, 48), h["title"], font=face, fill=(20, 20, 20))
    draw.text((30, 74), h["body"], font=small, fill=(50, 50, 50))
    return shot


def stitched(rows, font, style) -> Image.Image:
    """Two screenshots of the same payment, the second scrolled down, joined into one long image."""
    h = style["h98"]
    cut = h["stitch_at"]
    first = PLAIN(rows[:cut], font, dict(style, min_height=0))
    second = PLAIN(rows[cut:], font, dict(style, band=None, min_height=0))
    out = Image.new("RGB", (first.width, first.height + second.height + 60), style["paper"])
    out.paste(first, (0, 0))
    draw = ImageDraw.Draw(out)
    y = first.height
    draw.rectangle((0, y, out.width, y + 60), fill=(235, 235, 238))
    status_bar(draw, out.width, h["clock2"], y=y)
    draw.text((20, y + 30), "<  " + h["second_title"], font=load_font(font, 20), fill=(30, 30, 30))
    out.paste(second, (0, y + 60))
    return out


def thumb(slip: Image.Image, h: dict) -> Image.Image:
    """A thermal slip on a table, photographed with a thumb over a bottom corner (the footer only)."""
    pad = 70
    table = Image.new("RGB", (slip.width + 2 * pad, slip.height + 2 * pad), h["table"])
    table.paste(slip, (pad, pad))
    draw = ImageDraw.Draw(table)
    cx = pad + (slip.width - 20 if h["right"] else 20)
    cy = pad + slip.height + 30
    draw.ellipse((cx - 120, cy - 150, cx + 120, cy + 170), fill=(198, 150, 122))
    draw.ellipse((cx - 70, cy - 120, cx + 40, cy - 40), fill=(222, 190, 170))
    return table


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The receipt as the buyer forwarded it: the screen (or stitched screens), markup, crop, then the frame."""
    h = style["h98"]
    shot = stitched(rows, font, style) if h.get("stitch_at") else marked(rows, font, style)
    frame = h.get("frame")
    if frame == "chat":
        return chat(shot, font, h)
    if frame == "sms":
        return sms_thread(shot, font, h)
    if frame == "mail":
        return mail(shot, font, h)
    if frame == "banner":
        return banner(shot, font, h)
    if frame == "thumb":
        return thumb(shot, h)
    return shot


# ---------------------------------------------------------------- a UPI app's or bank app's screen


APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "iMobile Pay", "YONO SBI"]
WORDS = {
    "success": ["Transaction Successful", "Payment Successful", "Paid Successfully", "Completed"],
    "failed": ["Transaction Failed", "Payment Failed"],
    "pending": ["Payment Pending", "Transaction Pending"],
}


def outcome(rng: random.Random, p_fail: float = 0.15, p_pend: float = 0.15) -> str:
    r = rng.random()
    return "failed" if r < p_fail else "pending" if r < p_fail + p_pend else "success"


def upi_screen(rng: random.Random, font: str, status: str, *, top_gap: int = 1, date_low: bool = False,
               app: str | None = None):
    """A UPI payment's detail screen; returns the screen, the amount, the date and the indices of named rows."""
    app = app or rng.choice(APPS)
    rs = Rs(rng, font, marks=("₹", "₹", "Rs.", "Rs", "INR"))
    amount = float(rng.choice([rng.randrange(99, 9000), round(rng.uniform(80, 15000), 2)]))
    shop = rng.choice(SHOPS)
    d = day(rng)
    s = Scr(font)
    at = {}
    for _ in range(top_gap):
        s.add("gap")
    s.add("left", f"<  {app}")
    words = rng.choice(WORDS[status])
    at["status"] = s.add("title", words, status=status)
    at["payee"] = s.add("pair", "Paid to" if status == "success" else "To", shop, merchant=(2, shop))
    at["handle"] = s.add("small", handle(rng, shop), method="UPI")
    at["amount"] = s.add("big", rs(amount), keep=True)
    stamp = f"{when(d, rng.choice(IN_DATES))}, {hhmm(rng, lower=rng.random() < 0.5)}"
    if not date_low:
        at["date"] = s.add("center", stamp, date=d)
    if status == "failed":
        s.add("small", "Money if debited will be refunded in 3-5 working days")
    elif status == "pending":
        s.add("small", "Waiting for confirmation from the bank")
    s.add("rule")
    s.add("left", "Transfer Details")
    ref = utr(rng, d)
    if app == "PhonePe":
        pid = f"T{d:%y%m%d}{digits(rng, 2)}{digits(rng, 13)}"
        at["txn2"] = s.add("pair", "Transaction ID", pid, txn=(TXN, pid))
        at["ref"] = s.add("pair", "UTR", ref, txn=(UTR, ref))
    elif app == "Google Pay":
        at["ref"] = s.add("pair", "UPI transaction ID", ref, txn=(UPIREF, ref), method="UPI")
        gid = "CICAg" + code(rng, 9, string.ascii_letters + string.digits)
        at["txn2"] = s.add("pair", "Google transaction ID", gid, txn=(TXN, gid))
    elif app in ("Paytm", "BHIM"):
        at["ref"] = s.add("pair", "UPI Ref No", ref, txn=(UPIREF, ref), method="UPI")
    else:
        at["ref"] = s.add("pair", "UTR No", ref, txn=(UTR, ref))
    bank = rng.choice(BANK_NAMES)
    at["acct"] = s.add("pair", "Debited from", f"{bank} XX{digits(rng, 4)}")
    at["phone"] = s.add("pair", "From", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    if date_low:
        at["date"] = s.add("pair", "Date & Time", stamp, date=d)
    at["end"] = s.add("gap")
    s.add("gap")
    s.add("center", "Powered by UPI", method="UPI")
    return s, amount, d, at, rs, shop


def screen_style(rng: random.Random, **h) -> dict:
    h.setdefault("seed", rng.randrange(2**31))
    return {"width": 620, "size": 22, "paper": (255, 255, 255), "ink": (30, 30, 36),
            "accent": rng.choice([(20, 120, 60), (95, 37, 159), (0, 90, 170), (30, 30, 36)]),
            "screen": True, "h98": h}


def order_no(rng: random.Random) -> str:
    return rng.choice(["OD", "MS", "#"]) + digits(rng, rng.choice([8, 10]))


def notes(rng: random.Random, rs, amount: float) -> str:
    other = float(rng.choice([100, 200, 250, 300, 500, 1000]))
    return rng.choice([
        "paid sir pls check",
        f"payment done for order {order_no(rng)}",
        f"balance {rs(other)} pending",
        f"rest {rs(other)} tomorrow",
        "plz confirm received",
    ])


# ---------------------------------------------------------------- the families


def circled(rng: random.Random, font: str):
    """A UPI screen with a red circle round the sum or the reference, sometimes an arrow and a typed note."""
    status = outcome(rng, 0.12, 0.12)
    s, amount, d, at, rs, _ = upi_screen(rng, font, status)
    target = rng.choice(["amount", "ref"])
    h = {"circle": [at[target]], "arrow": [at["ref"]] if rng.random() < 0.4 else []}
    if rng.random() < 0.5:
        h.update(note=notes(rng, rs, amount), note_row=at["end"])
    return s.rows, s.truth(amount, "INR", set()), screen_style(rng, **h)


def highlighted(rng: random.Random, font: str):
    """A screen with a highlighter stroke over the reference, a typed note naming an order."""
    status = outcome(rng, 0.1, 0.1)
    s, amount, d, at, rs, _ = upi_screen(rng, font, status, app=rng.choice(["PhonePe", "Google Pay"]))
    marks = [at["ref"]] + ([at["txn2"]] if rng.random() < 0.5 else [])
    h = {"highlight": marks, "note": f"payment done for order {order_no(rng)}", "note_row": at["end"],
         "note_ink": BLUE}
    return s.rows, s.truth(amount, "INR", set()), screen_style(rng, **h)


def scribbled(rng: random.Random, font: str):
    """A screen with the account and phone scribbled out, on some the reference or the payee too."""
    status = outcome(rng, 0.1, 0.1)
    s, amount, d, at, rs, _ = upi_screen(rng, font, status)
    hide = [at["acct"], at["phone"]]
    extra = rng.choice(["none", "ref", "payee"])
    if extra == "ref":
        hide.append(at["ref"])
        if "txn2" in at:
            hide.append(at["txn2"])
    elif extra == "payee":
        hide += [at["payee"], at["handle"]]
    h = {"scribble": hide}
    return s.rows, s.truth(amount, "INR", set(hide)), screen_style(rng, **h)


def crop_top(rng: random.Random, font: str):
    """A screen cropped under the sum: the app, outcome and payee cut away; a note typed on what is left."""
    status = "success"
    s, amount, d, at, rs, _ = upi_screen(rng, font, status)
    h = {"crop_top": at["amount"], "note": "paid sir pls check", "note_row": at["end"]}
    hidden = set(range(at["amount"]))
    return s.rows, s.truth(amount, "INR", hidden), screen_style(rng, **h)


def crop_bottom(rng: random.Random, font: str):
    """A screen cropped above its details: the reference and the day cut away."""
    status = outcome(rng, 0.1, 0.15)
    s, amount, d, at, rs, _ = upi_screen(rng, font, status, date_low=True)
    cut = at["ref"] - 1 if rng.random() < 0.5 else at["acct"]
    if "txn2" in at and at["txn2"] < at["ref"]:
        cut = min(cut, at["txn2"])
    hidden = set(range(cut, len(s.rows)))
    h = {"crop_bottom": cut, "circle": [at["amount"]] if rng.random() < 0.5 else []}
    return s.rows, s.truth(amount, "INR", hidden), screen_style(rng, **h)


def _chat_meta(rng: random.Random, rs, amount: float, status: str, app: str) -> dict:
    contact = rng.choice(CONTACTS)
    ph = f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}"
    other = float(rng.choice([150, 200, 350, 500, 1200]))
    order = order_no(rng)
    start = rng.randrange(9 * 60, 22 * 60)
    minutes = [start]
    for _ in range(4):
        minutes.append(minutes[-1] + rng.randrange(1, 6))
    t = [f"{(m // 60 - 1) % 12 + 1}:{m % 60:02d} {'pm' if m >= 720 else 'am'}" for m in minutes]
    before = [("them", f"Hi, please share payment screenshot for order {order}", t[0], ""),
              ("me", "ok sending", t[1], "")]
    after_text = {
        "success": rng.choice([f"paid sir pls check, balance {rs(other)} I will send tomorrow",
                               "payment done, pls dispatch today"]),
        "failed": "it shows failed but money cut from my account??",
        "pending": f"still pending, {rs(other)} was also debited yesterday",
    }[status]
    after = [("me", after_text, t[2], f"Order {order}"), ("them", "Checking with accounts, will update", t[3], "")]
    return {"frame": "chat", "app": app, "contact": contact, "sub": ph if app == "whatsapp" else "last seen recently",
            "before": before, "after": after, "sent": t[1], "clock": t[4].split()[0],
            "forwarded": rng.random() < 0.5}


def chat_whatsapp(rng: random.Random, font: str):
    """A UPI screen sent in a WhatsApp-like chat with the seller, between other messages."""
    status = outcome(rng, 0.15, 0.15)
    s, amount, d, at, rs, _ = upi_screen(rng, font, status)
    h = _chat_meta(rng, rs, amount, status, "whatsapp")
    if rng.random() < 0.5:
        h["circle"] = [at["amount"]]
    return s.rows, s.truth(amount, "INR", set()), screen_style(rng, **h)


def chat_failed(rng: random.Random, font: str):
    """A failed or pending payment's screen sent in a Telegram- or Messenger-like chat."""
    status = rng.choice(["failed", "pending", "failed", "pending", "success"])
    s, amount, d, at, rs, _ = upi_screen(rng, font, status)
    h = _chat_meta(rng, rs, amount, status, rng.choice(["telegram", "messenger"]))
    if rng.random() < 0.5:
        h["scribble"] = [at["acct"], at["phone"]]
    return s.rows, s.truth(amount, "INR", set(h.get("scribble", []))), screen_style(rng, **h)


def long_shot(rng: random.Random, font: str):
    """A long screenshot stitched from two screens of the same payment."""
    status = outcome(rng, 0.1, 0.1)
    s, amount, d, at, rs, _ = upi_screen(rng, font, status, date_low=rng.random() < 0.5)
    h = {"stitch_at": at["ref"] - 2, "clock2": hhmm(rng, lower=True).split()[0],
         "second_title": "Transaction details"}
    return s.rows, s.truth(amount, "INR", set()), screen_style(rng, **h)


NOTIFY = [
    ("WhatsApp", (37, 211, 102), "Rahul Verma", "sent {rs} for dinner, check"),
    ("Messages", (60, 130, 240), "AD-AXISBK", "OTP 48{c} for txn of {rs} at AMAZON. Do not share"),
    ("Swiggy", (252, 128, 25), "Your order is on the way!", "Order #{o} of {rs} arriving in 12 mins"),
    ("Instagram", (200, 60, 140), "meera.crafts", "Replied: price is {rs} only"),
    ("Gmail", (220, 60, 50), "Flipkart", "Your refund of {rs} has been processed"),
]


def notified(rng: random.Random, font: str):
    """A UPI screen with another app's notification banner over its top rows."""
    status = outcome(rng, 0.12, 0.12)
    s, amount, d, at, rs, _ = upi_screen(rng, font, status, top_gap=3)
    app, icon, title, body = rng.choice(NOTIFY)
    other = float(rng.choice([249, 399, 500, 1499, 2200]))
    body = body.format(rs=rs(other), c=digits(rng, 4), o=digits(rng, 6))
    h = {"frame": "banner", "app": app, "icon": icon, "title": title, "body": body}
    if rng.random() < 0.5:
        h["circle"] = [at["amount"]]
    return s.rows, s.truth(amount, "INR", set()), screen_style(rng, **h)


CARD_SHOPS = {
    "US": ["BLUE BOTTLE COFFEE", "JOE'S HARDWARE", "SUNSET NAILS", "MAIN ST DELI"],
    "UK": ["THE CROWN & ANCHOR", "BOOTS PHARMACY", "GREGG'S BAKERY", "PRET KINGS CROSS"],
    "EU": ["CAFE DE FLORE", "BAKKERIJ JANSEN", "LIBRERIA ROMA", "FARMACIA CENTRAL"],
    "IN": ["CROMA ELECTRONICS", "CAFE COFFEE DAY", "MORE SUPERMARKET", "BATA SHOE STORE"],
}
MARK = {"US": ("$", "USD"), "UK": ("£", "GBP"), "EU": ("€", "EUR"), "IN": ("INR ", "INR")}


def card_slip(rng: random.Random, font: str):
    """A card terminal's slip on a table, photographed with a thumb over a bottom corner."""
    where = rng.choice(["US", "UK", "EU", "IN", "US", "UK"])
    mark, cur = MARK[where]
    shop = rng.choice(CARD_SHOPS[where])
    amount = round(rng.uniform(6, 240 if where != "IN" else 6000), 2)
    d = day(rng)
    status = "failed" if rng.random() < 0.2 else "success"
    pat = {"US": "%m/%d/%Y", "UK": "%d/%m/%Y", "EU": "%d.%m.%Y", "IN": "%d/%m/%Y"}[where]
    s = Scr(font)
    s.add("title", shop, merchant=(2, shop))
    s.add("center", {"US": "455 MARKET ST, SAN FRANCISCO, CA 94103", "UK": "12 HIGH STREET, LEEDS LS1 6AB",
                     "EU": "RUE DE RIVOLI 14, PARIS", "IN": "MG ROAD, BENGALURU 560001"}[where])
    s.add("rule")
    s.add("pair", "DATE", f"{when(d, pat)} {hhmm(rng, twelve=False)}", date=d)
    s.add("pair", "TID", digits(rng, 8))
    s.add("pair", "MID", digits(rng, 12))
    s.add("left", rng.choice(["VISA", "MASTERCARD"]) + " CONTACTLESS", method="card")
    s.add("pair", "CARD", f"**** **** **** {digits(rng, 4)}", method="card")
    s.add("left", "SALE")
    s.add("pair", "AMOUNT", f"{mark}{amount:,.2f}", keep=True)
    if status == "success":
        code6 = code(rng, 6, string.ascii_uppercase[:6] + string.digits)
        rrn = digits(rng, 12)
        s.add("pair", "AUTH CODE", code6, txn=(APPR, code6))
        s.add("pair", "RRN", rrn, txn=(BANKREF, rrn))
        s.add("center", "APPROVED", status="success")
    else:
        rrn = digits(rng, 12)
        s.add("pair", "RRN", rrn, txn=(BANKREF, rrn))
        s.add("center", "DECLINED", status="failed")
        s.add("small", "INSUFFICIENT FUNDS")
    s.add("rule")
    s.add("center", "CUSTOMER COPY")
    s.add("center", "THANK YOU")
    s.add("gap")
    style = {"width": 440, "size": 18, "paper": (246, 245, 238), "ink": (55, 55, 60), "screen": False,
             "h98": {"seed": rng.randrange(2**31), "frame": "thumb", "right": rng.random() < 0.5,
                     "table": rng.choice([(120, 90, 60), (70, 70, 75), (150, 140, 125)])}}
    return s.rows, s.truth(amount, cur, set()), style


SENDERS = {"HDFC Bank": "VM-HDFCBK", "ICICI Bank": "AX-ICICIT", "Axis Bank": "JD-AXISBK",
           "Kotak Bank": "VK-KOTAKB", "SBI": "AD-SBIUPI"}


def sms(rng: random.Random, font: str):
    """A bank's debit alert in a messages app, beside an OTP and a shop's promo with its own price."""
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR"))
    amount = round(rng.uniform(50, 12000), 2)
    d = day(rng)
    shop = rng.choice(SHOPS)
    ref = utr(rng, d)
    bank, sender = rng.choice(list(SENDERS.items()))
    s = Scr(font)
    s.add("left", f"Sent {rs(amount)}", keep=True, status="success")
    s.add("left", f"From {bank} A/C *{digits(rng, 4)}")
    s.add("left", f"To {shop}", merchant=(2, shop))
    s.add("left", f"On {when(d, '%d/%m/%y')}", date=d)
    s.add("left", f"Ref {ref}", txn=(UPIREF, ref), method="UPI")
    s.add("left", f"Not You? Call 1800{digits(rng, 6)}/SMS BLOCK UPI")
    other = float(rng.choice([499, 999, 1299, 2499]))
    h = {"seed": rng.randrange(2**31), "frame": "sms", "sender": sender,
         "clock": hhmm(rng).split()[0],
         "before": [(f"{digits(rng, 6)} is your OTP for login. Valid for 5 mins. Do not share. -{bank}",
                     hhmm(rng, lower=True)),
                    (f"SALE! Sneakers at {rs(other)} only, flat 40% off. Shop now bit.ly/x{digits(rng, 3)}",
                     hhmm(rng, lower=True))],
         "after": [(f"Dear customer, your card bill of {rs(float(rng.choice([3200, 5400])))} is generated.",
                    hhmm(rng, lower=True))]}
    style = {"width": 560, "size": 20, "paper": (232, 232, 236), "ink": (20, 20, 24), "screen": True, "h98": h}
    return s.rows, s.truth(amount, "INR", set()), style


MAIL_SHOPS = {
    "US": ["Brightside Candle Co.", "Portland Print Shop"],
    "UK": ["Hackney Plant Club", "The Little Bike Shop"],
    "EU": ["Atelier Lumen", "Kaffeeroesterei Nord"],
    "IN": ["Chai Point Online", "Handmade by Sia"],
}


def email(rng: random.Random, font: str):
    """An e-mailed payment receipt seen in a mail app, the quoted conversation under it."""
    where = rng.choice(["US", "UK", "EU", "IN"])
    shop = rng.choice(MAIL_SHOPS[where])
    if where == "IN":
        rs = Rs(rng, font, marks=("Rs.", "INR", "₹"))
        cur = "INR"
    else:
        mark, cur = MARK[where]
        rs = lambda v: f"{mark}{v:,.2f}"  # noqa: E731
    amount = round(rng.uniform(12, 400 if where != "IN" else 9000), 2)
    d = day(rng)
    pat = {"US": "%B {d}, %Y", "UK": "{d} %B %Y", "EU": "{d} %B %Y", "IN": "%d %b %Y"}[where]
    status = rng.choice(["success", "success", "success", "failed"])
    s = Scr(font)
    s.add("title", shop, merchant=(2, shop))
    s.add("center", f"Receipt from {shop}" if status == "success" else "Your payment was declined")
    s.add("big", rs(amount), keep=True)
    s.add("center", "Payment successful" if status == "success" else "Payment failed", status=status)
    s.add("rule")
    s.add("pair", "Amount paid" if status == "success" else "Amount", rs(amount), keep=True)
    s.add("pair", "Date paid" if status == "success" else "Date", when(d, pat), date=d)
    if where == "IN":
        ref = utr(rng, d)
        s.add("pair", "Payment method", "UPI", method="UPI")
        s.add("pair", "UPI Ref No", ref, txn=(UPIREF, ref))
    else:
        s.add("pair", "Payment method", f"{rng.choice(['Visa', 'Mastercard'])} - {digits(rng, 4)}", method="card")
        ref = f"{digits(rng, 4)}-{digits(rng, 4)}"
        s.add("pair", "Receipt #", ref, txn=(ORDER, ref))
    s.add("rule")
    s.add("small", "Questions? Reply to this email.")
    other = float(rng.choice([20, 50, 100, 150]))
    earlier = d - dt.timedelta(days=rng.randrange(1, 6))
    h = {"seed": rng.randrange(2**31), "frame": "mail", "clock": hhmm(rng).split()[0],
         "subject": f"Fwd: Your receipt from {shop}" if status == "success" else "Fwd: Payment declined",
         "sender": f"me to support  {hhmm(rng, lower=True)}", "to_me": "Forwarded message",
         "quote_head": f"On {when(earlier, pat)}, Support wrote:",
         "quoted": [f"> Hi, we have not received your payment for order {order_no(rng)}.",
                    f"> The deposit of {rs(other)} is still due. Please send the receipt."]}
    style = {"width": 660, "size": 21, "paper": (255, 255, 255), "ink": (30, 30, 36), "screen": True, "h98": h,
             "accent": (20, 20, 20)}
    return s.rows, s.truth(amount, cur, set()), style

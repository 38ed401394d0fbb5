"""The twelve heldout107 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: Indian UPI, wallet and bank-app payment screens
in dark themes (near-black, dark grey, dark navy) and coloured ones (a brand band with white text, festive
gradients, tinted cards), their text in several colours: sums in green or the brand's colour, outcomes in green,
red or amber, labels in grey or an accent, secondary lines in low-contrast grey.

Each row carries its own colours; ``compose`` (this module's own drawing, not ``heldout14_render.render``) lays
the rows out, fills the page (a flat colour or a vertical gradient), the bands and the rounded cards behind them,
draws icons (a tick, a cross, a clock) as shapes, and frames it all under a phone's status bar and an app bar
(a drawn back arrow and the page's title), over a row of buttons on some. The chrome prints no fact of the truth
(the clock is the phone's; the titles name the page, never the payee).
"""

from __future__ import annotations

import datetime as dt
import random
import string

from PIL import Image, ImageDraw

from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields
from bench.receipt_sets.heldout86_families import Rs, bbps_ref, has_glyph, hhmm, neft_utr, rupees, utr, when

# the bold face drawn beside each regular face a family may be given
BOLD = {
    "noto/NotoSans-Regular.ttf": "noto/NotoSans-Bold.ttf",
    "noto/NotoSansDisplay-Regular.ttf": "noto/NotoSansDisplay-Bold.ttf",
    "dejavu/DejaVuSans.ttf": "dejavu/DejaVuSans-Bold.ttf",
    "dejavu/DejaVuSansCondensed.ttf": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "liberation2/LiberationSans-Regular.ttf": "liberation2/LiberationSans-Bold.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf": "liberation/LiberationSansNarrow-Bold.ttf",
    "freefont/FreeSans.ttf": "freefont/FreeSansBold.ttf",
}
MARGIN = 44  # text's distance from the screen's sides (cards are drawn 20 px in)
TOP = 92  # the status bar and the app bar
TURNS: dict[str, int] = {}

PEOPLE = [
    "Sandeep Rawat", "Nandini Kulkarni", "Imran Qureshi", "Bhavna Solanki", "Gurpreet Kaur", "Ravi Teja Bandi",
    "Shalini Menon", "Tarun Bhatia", "Zoya Siddiqui", "Manoj Tiwari", "Keerthana S", "Abhishek Ghosh",
    "Lakshmi Narayanan", "Pankaj Jain", "Rekha Pillai", "Dinesh Chaudhary",
]
SHOPS = [
    "Balaji Kirana Bhandar", "New Lucky Chicken Centre", "Sagar Ratna Veg", "Om Sai Medical Hall",
    "Patel Dairy Farm", "Royal Mobile Gallery", "Annapurna Sweets", "Kwality Bakery", "Shree Ganesh Stationery",
    "Vijay Fancy Store", "Hotel Udupi Grand", "Ganga Fruits Corner", "Sunrise Auto Spares", "Priya Saree Centre",
    "City Chemist", "Bikaner Namkeen House",
]
PAYERS = ["Aditya Rao", "Neha Kapoor", "Sameer Khan", "Divya Hegde", "Karan Mehra", "Ritu Agarwal"]
BANKS = [
    ("State Bank of India", "SBIN"), ("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("Axis Bank", "UTIB"),
    ("Kotak Mahindra Bank", "KKBK"), ("Bank of Baroda", "BARB"), ("Canara Bank", "CNRB"),
    ("Indian Bank", "IDIB"), ("Yes Bank", "YESB"), ("IndusInd Bank", "INDB"),
]
DATES = ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%d %b, %Y", "{d} %B %Y", "%d-%b-%Y", "%d.%m.%Y"]

# colours: the dark pages' grounds and their inks, the outcomes' colours on dark and on light grounds
INK_DARK, LABEL_DARK, FAINT_DARK = (236, 237, 241), (152, 156, 166), (108, 112, 122)
INK_LIGHT, LABEL_LIGHT, FAINT_LIGHT = (28, 30, 36), (104, 108, 118), (146, 149, 156)
GROUNDS = {"black": (9, 9, 11), "grey": (32, 33, 36), "navy": (12, 22, 48), "plum": (26, 14, 40)}
ON_DARK = {"success": (62, 207, 110), "failed": (255, 99, 99), "pending": (255, 184, 48)}
ON_LIGHT = {"success": (16, 138, 62), "failed": (206, 38, 38), "pending": (186, 112, 0)}
WHITE = (255, 255, 255)


def fresh() -> None:
    """Start every family's count again (``make_heldout107_set`` calls it before drawing)."""
    TURNS.clear()


def outcome(family: str, failed: int, pending: int) -> str:
    """This receipt's outcome: one failed and one pending among its family's eight."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return "failed" if k == failed else "pending" if k == pending else "success"


def mix(a: tuple, b: tuple, t: float) -> tuple:
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b))


def sign(font: str, char: str, fallback: str) -> str:
    return char if has_glyph(font, char) and has_glyph(BOLD[font], char) else fallback


class Shot:
    """One screen: rows with their colours, and the style ``compose`` draws them with."""

    def __init__(self, rng: random.Random, font: str, *, ground: tuple, ground2: tuple | None = None,
                 dark: bool, title: str = "", bar: tuple | None = None, size: int | None = None,
                 buttons: tuple[str, ...] = (), button_colour: tuple | None = None):
        self.rng, self.font, self.dark = rng, font, dark
        self.size = size or rng.choice([20, 21, 22])
        self.width = rng.choice([560, 580, 600])
        self.ink = INK_DARK if dark else INK_LIGHT
        self.label = LABEL_DARK if dark else LABEL_LIGHT
        self.faint = FAINT_DARK if dark else FAINT_LIGHT
        self.state = ON_DARK if dark else ON_LIGHT
        self.rows: list[tuple] = []
        bar_ink = WHITE if bar or dark else INK_LIGHT
        self.style = {
            "screen": True, "width": self.width, "size": self.size, "ground": ground, "ground2": ground2,
            "h107": {"clock": hhmm(rng, twelve=False), "net": rng.choice(["4G", "5G", "LTE", "VoLTE"]),
                     "battery": rng.randrange(9, 99), "title": title, "bar": bar, "bar_ink": bar_ink,
                     "buttons": [(b, button_colour or self.ink) for b in buttons] if rng.random() < 0.6 else []},
        }

    # ---- measuring
    def length(self, text: str, scale: float = 1.0, bold: bool = False) -> float:
        face = BOLD[self.font] if bold else self.font
        return load_font(face, int(self.size * scale)).getlength(text)

    def room(self) -> int:
        return self.width - 2 * MARGIN

    def check(self, text: str, bold: bool) -> None:
        assert all(ch.isascii() or has_glyph(self.font, ch) for ch in text), (self.font, text)
        if bold:
            assert all(ch.isascii() or has_glyph(BOLD[self.font], ch) for ch in text), (self.font, text)

    # ---- rows
    def text(self, text: str, scale: float = 1.0, colour: tuple | None = None, align: str = "c",
             bold: bool = False, wrap: bool = False) -> None:
        """A line of text; ``wrap`` breaks a sentence over lines, else it must fit."""
        self.check(text, bold)
        colour = colour or self.ink
        if self.length(text, scale, bold) <= self.room():
            self.rows.append(("text", text, scale, align, colour, bold))
            return
        assert wrap, ("too wide", text)
        line = ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if line and self.length(trial, scale, bold) > self.room():
                self.rows.append(("text", line, scale, align, colour, bold))
                line = word
            else:
                line = trial
        self.rows.append(("text", line, scale, align, colour, bold))

    def pair(self, label: str, value: str, vcol: tuple | None = None, lcol: tuple | None = None,
             bold: bool = False, scale: float = 1.0) -> None:
        """A label on the left, its value on the right; stacked (label over value) where both do not fit."""
        self.check(label, False)
        self.check(value, bold)
        lcol, vcol = lcol or self.label, vcol or self.ink
        if self.length(label, scale) + self.length(value, scale, bold) + 28 <= self.room():
            self.rows.append(("pair", label, value, lcol, vcol, bold, scale))
        else:
            self.text(label, scale * 0.9, lcol, "l")
            self.text(value, scale, vcol, "l", bold)

    def stack(self, label: str, value: str, vcol: tuple | None = None, bold: bool = False) -> None:
        """A small label over its value, both on the left."""
        self.text(label, 0.82, self.label, "l")
        self.text(value, 1.0, vcol or self.ink, "l", bold)

    def pill(self, text: str, fg: tuple, bg: tuple) -> None:
        self.check(text, True)
        self.rows.append(("pill", text, fg, bg))

    def icon(self, kind: str, fg: tuple, bg: tuple) -> None:
        self.rows.append(("icon", kind, fg, bg))

    def avatar(self, letter: str, fg: tuple, bg: tuple) -> None:
        self.rows.append(("avatar", letter, fg, bg))

    def rule(self, colour: tuple | None = None) -> None:
        self.rows.append(("rule", colour or mix(self.style["ground"], self.ink, 0.18)))

    def gap(self, px: int = 10) -> None:
        self.rows.append(("gap", px))

    def band(self, c1: tuple, c2: tuple | None = None) -> None:
        self.rows.append(("band", c1, c2 or c1))

    def end_band(self) -> None:
        self.rows.append(("endband",))

    def card(self, colour: tuple) -> None:
        self.rows.append(("card", colour))

    def end_card(self) -> None:
        self.rows.append(("endcard",))


# ---------------------------------------------------------------- shared values


def person(rng: random.Random, caps: float = 0.25) -> str:
    name = rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def payee_of(rng: random.Random, p_shop: float = 0.5) -> str:
    return rng.choice(SHOPS) if rng.random() < p_shop else person(rng)


def vpa(rng: random.Random, name: str, suffixes: list[str]) -> str:
    slug = "".join(ch for ch in name.lower() if ch.isalpha())[:11]
    s = rng.choice(suffixes)
    return rng.choice([f"{slug}@{s}", f"{slug}{rng.randrange(2, 98)}@{s}", f"{rng.choice('6789')}{digits(rng, 9)}@{s}"])


def shop_vpa(rng: random.Random) -> str:
    return rng.choice([f"paytmqr{digits(rng, 10)}@paytm", f"Q{digits(rng, 9)}@ybl", f"bharatpe{digits(rng, 9)}@yesbankltd",
                       f"gpay-{digits(rng, 11)}@okbizaxis", f"{digits(rng, 10)}@axisb"])


def purse(rng: random.Random, font: str, p_whole: float = 0.3, marks=("₹", "₹", "₹", "Rs.", "Rs", "INR")) -> Rs:
    """How the screen prints rupees: ₹ only in faces (regular and bold) that draw it."""
    if not has_glyph(BOLD[font], "₹"):
        marks = tuple(m for m in marks if m != "₹") or ("Rs.",)
    return Rs(rng, font, marks=marks, groupings=("indian", "indian", "western", "plain"), p_whole=p_whole)


def stamp(rng: random.Random, date: dt.date, pats: list[str] | None = None) -> str:
    return when(date, rng.choice(pats or DATES))


def clock(rng: random.Random) -> str:
    return hhmm(rng, twelve=rng.random() < 0.75, lower=rng.random() < 0.4)


def dated(rng: random.Random, date: dt.date, pats: list[str] | None = None) -> str:
    return rng.choice(["{d}, {t}", "{d} {t}", "{d} at {t}", "{t} on {d}", "{d} | {t}"]).format(
        d=stamp(rng, date, pats), t=clock(rng))


def dot(font: str) -> str:
    return sign(font, "\u2022", "X")


def masked(rng: random.Random, font: str) -> str:
    tail = digits(rng, 4)
    return rng.choice([f"XXXX{tail}", f"{dot(font) * 4} {tail}", f"xx{tail}", f"A/c XX{tail}"])


def bank(rng: random.Random) -> tuple[str, str]:
    return rng.choice(BANKS)


def short(name: str) -> str:
    """The bank's name as apps print it beside a masked account."""
    return {"State Bank of India": "SBI", "Bank of Baroda": "BoB", "Kotak Mahindra Bank": "Kotak"}.get(
        name, name.replace(" Bank", ""))


FAILED_NOTE = [
    "Any amount debited will be refunded within 5 working days.",
    "If money was deducted, it will be reversed to your account.",
    "Payment declined by the bank. Please try again.",
]
PENDING_NOTE = [
    "Waiting for confirmation from the bank. Please do not pay again.",
    "We will update you in 24 hours.",
    "Your bank is taking longer than usual to respond.",
]


def note(s: Shot, status: str) -> None:
    if status == "failed":
        s.text(s.rng.choice(FAILED_NOTE), 0.8, s.faint, wrap=True)
    elif status == "pending":
        s.text(s.rng.choice(PENDING_NOTE), 0.8, s.faint, wrap=True)


def dark_ground(rng: random.Random, *names: str) -> tuple:
    return GROUNDS[rng.choice(names or tuple(GROUNDS))]


# ---------------------------------------------------------------- the twelve families


def phonepe(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """PhonePe in dark mode or with its purple band on a light page: the outcome with the hour and day in the band,
    a card with Paid to / To over the payee beside the sum and the UPI id, a card of Transfer Details with the
    Transaction ID T…, Debited from and the UTR."""
    status = outcome("phonepe", failed=5, pending=2)
    dark = rng.random() < 0.6
    ground = dark_ground(rng, "black", "grey") if dark else (244, 241, 250)
    purple = (95, 37, 159)
    s = Shot(rng, font, ground=ground, dark=dark, title="Transaction Details", bar=purple,
             buttons=("Share", "Done"), button_colour=(180, 150, 240) if dark else purple)
    date, rs, amount = day(rng), purse(rng, font), rupees(rng, 20, 8000)
    payee = payee_of(rng)
    words = {"success": "Transaction Successful", "failed": "Transaction Failed", "pending": "Transaction Pending"}
    s.band(purple, (120, 60, 190))
    s.icon({"success": "tick", "failed": "cross", "pending": "clock"}[status], WHITE, ON_LIGHT[status])
    s.text(words[status], 1.25, WHITE, bold=True)
    s.text(f"{clock(rng)} on {stamp(rng, date, ['%d %b %Y', '{d} %b %Y', '%d %B %Y'])}", 0.85, (222, 210, 245))
    s.end_band()
    s.gap(8)
    card = (30, 30, 34) if dark else WHITE
    s.card(card)
    s.text("Paid to" if status == "success" else "To", 0.82, s.label, "l")
    s.pair(payee, rs(amount), s.ink, s.ink, bold=True)
    s.text(vpa(rng, payee, ["ybl", "ibl", "axl"]), 0.8, s.faint, "l")
    s.end_card()
    note(s, status)
    s.card(card)
    s.text("Transfer Details", 1.0, (186, 160, 245) if dark else purple, "l", bold=True)
    tid = f"T{date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
    s.stack("Transaction ID", tid)
    name, _ = bank(rng)
    s.text("Debited from", 0.82, s.label, "l")
    s.pair(f"{short(name)} {masked(rng, font)}", rs(amount))
    ref = None
    if status == "success" or rng.random() < 0.5:
        ref = utr(rng, date)
        s.text(f"UTR: {ref}", 0.85, s.label, "l")
    s.end_card()
    s.text("Powered by UPI", 0.75, s.faint)
    return s.rows, truth_fields(payee, amount, "INR", ref or tid, date, "UPI", status), s.style


def gpay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Google Pay in dark mode: the payee's initial in a coloured disc, To <payee>, the handle, the sum in large
    type, the outcome in a coloured pill, the day; a card with the bank, UPI transaction ID, To:, From: the payer,
    Google transaction ID."""
    status = outcome("gpay", failed=6, pending=3)
    ground = dark_ground(rng, "black", "grey")
    s = Shot(rng, font, ground=ground, dark=True, title="")
    date, rs, amount = day(rng), purse(rng, font, 0.6), rupees(rng, 10, 5000)
    payee = payee_of(rng, 0.4).title() if rng.random() < 0.2 else payee_of(rng, 0.4)
    disc = rng.choice([(138, 180, 248), (242, 139, 130), (129, 201, 149), (253, 214, 99)])
    s.avatar(payee[0].upper(), (32, 33, 36), disc)
    s.text(f"To {payee}", 1.05, s.ink)
    s.text(vpa(rng, payee, ["okaxis", "okhdfcbank", "okicici", "oksbi"]), 0.8, s.faint)
    s.text(rs(amount), 2.1, WHITE, bold=True)
    tick = sign(font, "\u2713", "")
    words = {"success": f"{tick} Completed".strip(), "failed": "Payment failed", "pending": "Payment pending"}
    s.pill(words[status], s.state[status], mix(ground, s.state[status], 0.18))
    s.text(stamp(rng, date, ["%d %b %Y", "{d} %b %Y", "%b {d}, %Y"]) + ", " + clock(rng), 0.82, s.label)
    note(s, status)
    s.gap(6)
    s.card(mix(ground, WHITE, 0.07))
    name, _ = bank(rng)
    s.text(f"{name} {dot(font) * 4} {digits(rng, 4)}", 0.9, s.ink, "l")
    s.rule()
    ref = utr(rng, date)
    s.stack("UPI transaction ID", ref)
    s.pair("To:", payee)
    s.pair("From:", f"{rng.choice(PAYERS)} ({short(name)})")
    s.stack("Google transaction ID", "CICAg" + rng.choice("MOQ") + code(rng, 10, string.ascii_letters + string.digits),
            s.label)
    s.end_card()
    s.text("Having issues? Get help", 0.8, (138, 180, 248))
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def paytm(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Paytm with a navy-to-cyan header band (white text: the outcome, the payee, the UPI ID), then on a tinted
    or navy page a card with the sum in the brand's colour, UPI Ref No, Order ID, Date & Time and From."""
    status = outcome("paytm", failed=4, pending=1)
    dark = rng.random() < 0.4
    ground = GROUNDS["navy"] if dark else (238, 246, 255)
    s = Shot(rng, font, ground=ground, dark=dark, title="Payment Receipt", bar=(0, 41, 112),
             buttons=("Share Receipt", "Pay Again"), button_colour=(0, 186, 242))
    date, rs, amount = day(rng), purse(rng, font, 0.4), rupees(rng, 30, 9000)
    payee = payee_of(rng)
    s.band((0, 41, 112), (0, 120, 190))
    words = {"success": "Paid Successfully to", "failed": "Payment Failed to", "pending": "Payment Pending to"}
    s.text(words[status], 0.95, (255, 255, 255) if status == "success" else ON_DARK[status], bold=status != "success")
    s.text(payee, 1.3, WHITE, bold=True)
    s.text("UPI ID: " + vpa(rng, payee, ["paytm", "ptyes", "ptaxis", "pthdfc"]), 0.8, (190, 225, 250))
    s.end_band()
    s.gap(10)
    card = (22, 36, 70) if dark else WHITE
    s.card(card)
    s.text(rs(amount), 1.9, (0, 186, 242) if dark else (0, 41, 112), bold=True)
    note(s, status)
    s.rule()
    ref = None
    if status == "success" or rng.random() < 0.4:
        ref = utr(rng, date)
        s.pair("UPI Ref No:", ref)
    order = f"{date:%Y%m%d}{digits(rng, 11)}"
    s.pair("Order ID:", order)
    s.pair("Date & Time:", dated(rng, date, ["%d %b %Y", "%d %b, %Y", "%d/%m/%Y"]))
    name, _ = bank(rng)
    s.pair("From:", f"{name} - {digits(rng, 4)}")
    s.end_card()
    s.text("UPI", 0.8, s.faint)
    return s.rows, truth_fields(payee, amount, "INR", ref or order, date, "UPI", status), s.style


def bhim(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """BHIM on a dark navy page: a saffron-to-green band with the app's outcome, then rows with grey labels and
    white values: Sent to, Payee VPA, Amount (in green), Date, Time, UPI Ref. No / RRN, From A/c, Remarks."""
    status = outcome("bhim", failed=3, pending=6)
    s = Shot(rng, font, ground=GROUNDS["navy"], ground2=(6, 12, 30), dark=True, title="Transaction Status")
    date, rs, amount = day(rng), purse(rng, font, 0.2, ("₹", "Rs.", "INR")), rupees(rng, 50, 15000)
    payee = person(rng, 0.5)
    s.band((214, 96, 18), (18, 110, 54))
    words = {"success": "Transaction Successful", "failed": "Transaction Declined", "pending": "Transaction Pending"}
    s.text("BHIM", 0.9, WHITE, bold=True)
    s.text(words[status], 1.2, WHITE, bold=True)
    s.end_band()
    s.gap(12)
    s.pair("Sent to", payee, bold=True)
    s.pair("Payee VPA", vpa(rng, payee, ["upi", "sbi", "pnb", "barodampay"]))
    s.pair("Amount", rs(amount), (62, 207, 110), bold=True, scale=1.1)
    s.pair("Date", stamp(rng, date, ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"]))
    s.pair("Time", hhmm(rng, twelve=rng.random() < 0.5, seconds=True))
    ref = None
    if status != "failed":
        ref = utr(rng, date)
        s.pair(rng.choice(["UPI Ref. No", "RRN", "UPI Transaction ID"]), ref, (255, 200, 120))
    name, _ = bank(rng)
    s.pair("From A/c", f"{short(name)} XX{digits(rng, 4)}")
    if rng.random() < 0.6:
        s.pair("Remarks", rng.choice(["rent", "milk bill", "tuition", "UPI", "loan return"]))
    s.pair("Status", {"success": "SUCCESS", "failed": "FAILED", "pending": "PENDING"}[status], s.state[status],
           bold=True)
    note(s, status)
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def cred(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """CRED's black screen in lower case: the outcome in green / red / amber, "paid to" over the payee in cream,
    the sum in gold, coins won in faint grey, then "transaction details": UPI reference ID, CRED txn ID, paid via
    (a bank account or a RuPay credit card on UPI), UPI ID, date."""
    status = outcome("cred", failed=6, pending=1)
    s = Shot(rng, font, ground=GROUNDS["black"], dark=True, title="", size=rng.choice([20, 21]))
    date, rs, amount = day(rng), purse(rng, font, 0.5, ("₹", "₹", "Rs.")), rupees(rng, 100, 30000)
    payee = payee_of(rng)
    payee = payee.lower() if rng.random() < 0.35 else payee
    gold, cream = (214, 183, 122), (240, 232, 214)
    s.icon({"success": "tick", "failed": "cross", "pending": "clock"}[status], (9, 9, 11), s.state[status])
    s.text({"success": "payment successful", "failed": "payment failed", "pending": "payment processing"}[status],
           1.05, s.state[status], bold=True)
    s.text("paid to" if status == "success" else "paying", 0.8, s.faint)
    s.text(payee, 1.35, cream, bold=True)
    s.text(rs(amount), 2.0, gold, bold=True)
    if status == "success":
        s.text(f"you won {rng.randrange(20, 900)} CRED coins", 0.78, s.faint)
    note(s, status)
    s.gap(8)
    s.card((24, 24, 27))
    s.text("transaction details", 0.85, gold, "l")
    ref = utr(rng, date)
    s.pair("UPI reference ID", ref)
    s.pair("CRED txn ID", "CRD" + code(rng, 12))
    name, _ = bank(rng)
    via = rng.choice([f"{short(name).lower()} {dot(font) * 2}{digits(rng, 4)}",
                      f"RuPay credit card {dot(font) * 2}{digits(rng, 4)}"])
    s.pair("paid via", via)
    s.pair("UPI ID", shop_vpa(rng) if payee in SHOPS or payee.title() in SHOPS else vpa(rng, payee, ["axisb", "yescred"]))
    s.pair("date", dated(rng, date, ["{d} %b %Y", "%d %b %Y", "%d/%m/%Y"]).lower())
    s.end_card()
    s.text("secured by UPI", 0.72, s.faint)
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def amazon_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Amazon Pay: a dark squid-ink band with the outcome in white and an orange or green icon, Paid to with the
    payee, the sum in orange, then UPI Ref ID (UPI only), Transaction ID P0…, Paid from (a bank account over UPI,
    or the Amazon Pay balance), Date; the page light or dark."""
    status = outcome("amazon_pay", failed=2, pending=5)
    dark = rng.random() < 0.5
    ground = (15, 17, 17) if dark else (247, 247, 245)
    ink_band = (35, 47, 62)
    s = Shot(rng, font, ground=ground, dark=dark, title="Payment details", bar=ink_band)
    date, rs, amount = day(rng), purse(rng, font, 0.3), rupees(rng, 40, 7000)
    payee = payee_of(rng, 0.6)
    balance = rng.random() < 0.3
    s.band(ink_band)
    s.icon({"success": "tick", "failed": "cross", "pending": "clock"}[status], WHITE,
           {"success": (0, 150, 80), "failed": (200, 40, 40), "pending": (230, 140, 0)}[status])
    s.text({"success": "Payment successful", "failed": "Payment failed", "pending": "Payment pending"}[status],
           1.2, WHITE, bold=True)
    s.end_band()
    s.gap(10)
    card = (33, 38, 40) if dark else WHITE
    s.card(card)
    s.text("Paid to" if status == "success" else "Paying to", 0.85, s.label)
    s.text(payee, 1.2, s.ink, bold=True)
    s.text(rs(amount), 1.8, (255, 153, 0) if dark else (196, 98, 0), bold=True)
    s.end_card()
    note(s, status)
    s.card(card)
    ref = None
    if not balance and status != "failed":
        ref = utr(rng, date)
        s.pair("UPI Ref ID", ref)
    tid = f"P0{rng.randrange(1, 5)}-{digits(rng, 7)}-{digits(rng, 7)}"
    s.pair("Transaction ID", tid)
    name, _ = bank(rng)
    s.pair("Paid from", "Amazon Pay balance" if balance else f"{short(name)} {dot(font) * 2}{digits(rng, 4)}")
    s.pair("Date", dated(rng, date, ["%d %b %Y", "%b {d}, %Y", "%d-%m-%Y"]))
    s.end_card()
    return s.rows, truth_fields(payee, amount, "INR", ref or tid, date, "wallet" if balance else "UPI", status), s.style


BANK_APPS = {
    "YONO SBI": ((40, 20, 110), (0, 120, 200)),
    "HDFC Bank": ((0, 56, 118), (0, 84, 160)),
    "iMobile Pay": ((150, 30, 40), (235, 110, 30)),
    "Axis Mobile": ((120, 14, 60), (170, 30, 90)),
    "Kotak Bank": ((200, 20, 30), (0, 45, 98)),
}


def bank_app(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank app's UPI payment acknowledgement in dark mode under the bank's gradient band: the outcome, then
    rows: Payee Name, Payee VPA, Amount, Debit Account, Transaction Date, UPI RRN / UPI Ref No, the bank's own
    Reference No. and Remarks."""
    status = outcome("bank_app", failed=1, pending=4)
    app = rng.choice(sorted(BANK_APPS))
    c1, c2 = BANK_APPS[app]
    s = Shot(rng, font, ground=dark_ground(rng, "black", "grey", "navy"), dark=True, title=app, bar=c1,
             buttons=("Download", "Share"), button_colour=mix(c2, WHITE, 0.4))
    date, rs, amount = day(rng), purse(rng, font, 0.0), rupees(rng, 100, 40000)
    payee = payee_of(rng, 0.4)
    s.band(c1, c2)
    s.text("UPI Payment", 0.85, (230, 230, 240))
    s.text({"success": "Payment Successful", "failed": "Payment Unsuccessful",
            "pending": "Payment Under Process"}[status], 1.2, WHITE, bold=True)
    s.end_band()
    s.gap(12)
    s.pair("Payee Name", payee, bold=True)
    s.pair("Payee VPA", vpa(rng, payee, ["okicici", "sbi", "hdfcbank", "axisbank", "kotak"]))
    s.pair("Amount", rs(amount), mix(c2, WHITE, 0.45), bold=True)
    s.pair("Debit Account", masked(rng, font))
    s.pair("Transaction Date", dated(rng, date, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"]))
    ref = None
    if status != "failed" or rng.random() < 0.5:
        ref = utr(rng, date)
        s.pair(rng.choice(["UPI RRN", "UPI Ref No", "RRN"]), ref, (255, 210, 140))
    own = code(rng, 2, string.ascii_uppercase) + digits(rng, 10)
    s.pair("Reference No.", own, s.label)
    if rng.random() < 0.5:
        s.pair("Remarks", rng.choice(["Payment", "Rent June", "Fees", "NA"]))
    s.pair("Status", {"success": "Success", "failed": "Failed", "pending": "Pending"}[status], s.state[status], bold=True)
    note(s, status)
    return s.rows, truth_fields(payee, amount, "INR", ref or own, date, "UPI", status), s.style


def wallet(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A wallet's payment: MobiKwik on a dark blue gradient or Freecharge with its orange band; Paid to the
    merchant, the sum, cashback won, Paid using the wallet (Wallet Txn ID / Transaction ID) or UPI (UPI Ref
    No beside the wallet's id), Date & Time."""
    status = outcome("wallet", failed=7, pending=3)
    app = rng.choice(["MobiKwik", "Freecharge"])
    date, rs, amount = day(rng), purse(rng, font, 0.5), rupees(rng, 20, 4000)
    payee = rng.choice(SHOPS)
    by_upi = rng.random() < 0.4
    if app == "MobiKwik":
        s = Shot(rng, font, ground=(14, 26, 70), ground2=(4, 10, 30), dark=True, title="Payment Details")
        accent, card = (80, 170, 255), (26, 42, 96)
    else:
        dark = rng.random() < 0.5
        s = Shot(rng, font, ground=GROUNDS["grey"] if dark else (255, 247, 242), dark=dark,
                 title="Payment Details", bar=(235, 82, 30))
        accent, card = (235, 82, 30) if not dark else (255, 130, 80), (48, 49, 53) if dark else WHITE
        s.band((235, 82, 30), (210, 50, 40))
        s.text("Freecharge", 1.0, WHITE, bold=True)
        s.text("Pay at store", 0.8, (255, 225, 210))
        s.end_band()
        s.gap(8)
    s.icon({"success": "tick", "failed": "cross", "pending": "clock"}[status], WHITE, s.state[status])
    s.text({"success": "Payment Successful", "failed": "Payment Failed", "pending": "Payment Processing"}[status],
           1.15, s.state[status], bold=True)
    s.card(card)
    s.text("Paid to", 0.82, s.label, "l")
    s.text(payee, 1.15, s.ink, "l", bold=True)
    s.text(rs(amount), 1.7, accent, "l", bold=True)
    if status == "success" and rng.random() < 0.6:
        s.text(f"{rs(rupees(rng, 2, 40, 1.0))} {'SuperCash' if app == 'MobiKwik' else 'cashback'} earned", 0.8,
               s.faint, "l")
    s.end_card()
    note(s, status)
    s.card(card)
    wallet_id = ("MBK" if app == "MobiKwik" else "FC") + digits(rng, 14)
    if by_upi:
        s.pair("Paid using", "UPI" if rng.random() < 0.5 else f"UPI ({app.lower()[:6]}{digits(rng, 3)}@ikwik)"
               if app == "MobiKwik" else "UPI (Freecharge)")
    else:
        s.pair("Paid using", rng.choice([f"{app} Wallet", "Wallet Balance"]))
    ref = None
    if by_upi and status == "success":
        ref = utr(rng, date)
        s.pair("UPI Ref No", ref, accent)
    s.pair(rng.choice(["Wallet Txn ID", "Transaction ID", "Txn ID"]), wallet_id)
    s.pair("Date & Time", dated(rng, date, ["%d %b %Y", "%d/%m/%Y", "%d-%b-%Y"]))
    s.end_card()
    truth = truth_fields(payee, amount, "INR", ref or wallet_id, date, "UPI" if by_upi else "wallet", status)
    return s.rows, truth, s.style


BILLERS = [
    ("Tata Power-DDL", "CA Number", "Electricity"), ("BESCOM", "Account ID", "Electricity"),
    ("MSEDCL", "Consumer No.", "Electricity"), ("Mahanagar Gas Ltd", "BP Number", "Piped Gas"),
    ("Tata Play", "Subscriber ID", "DTH"), ("Airtel Postpaid", "Mobile Number", "Postpaid"),
    ("Delhi Jal Board", "K No.", "Water"), ("ACT Fibernet", "Account Number", "Broadband"),
]


def bill_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bill payment's confirmation in a festive or brand gradient: a Bharat BillPay disc and the outcome in the
    band, then a tinted or dark card: Biller, the consumer's number, Bill Amount, Due Date, Payment Date, BBPS
    Ref No / Bharat BillPay Ref, the app's Transaction ID, Payment Mode (left off on some)."""
    status = outcome("bill_pay", failed=5, pending=0)
    theme = rng.choice(["festive", "teal", "dark"])
    if theme == "festive":
        s = Shot(rng, font, ground=(255, 246, 232), ground2=(255, 226, 226), dark=False, title="Bill Payment",
                 bar=(170, 30, 80))
        band, card = ((190, 40, 70), (230, 110, 20)), (255, 255, 255)
    elif theme == "teal":
        s = Shot(rng, font, ground=(232, 246, 244), dark=False, title="Bill Payment", bar=(0, 105, 110))
        band, card = ((0, 105, 110), (0, 150, 136)), (255, 255, 255)
    else:
        s = Shot(rng, font, ground=GROUNDS["plum"], dark=True, title="Bill Payment", bar=(60, 30, 90))
        band, card = ((60, 30, 90), (120, 40, 120)), (44, 30, 60)
    biller, number_label, kind = rng.choice(BILLERS)
    date, rs, amount = day(rng), purse(rng, font, 0.4), rupees(rng, 150, 9000)
    s.band(*band)
    if theme == "festive":
        s.text(rng.choice(["Happy Diwali!", "Happy Holi!", "Season's greetings"]), 0.8, (255, 230, 200))
    s.icon("bbps", (255, 255, 255), (0, 84, 147))
    s.text({"success": "Bill Payment Successful", "failed": "Bill Payment Failed",
            "pending": "Payment Under Process"}[status], 1.15, WHITE, bold=True)
    s.end_band()
    s.gap(10)
    s.card(card)
    s.text(f"{kind} bill", 0.8, s.label, "l")
    s.pair("Biller", biller, bold=True)
    s.pair(number_label, digits(rng, 10) if "Mobile" not in number_label else f"9{digits(rng, 9)}")
    s.pair(rng.choice(["Bill Amount", "Amount Paid", "Amount"]), rs(amount), s.state["success"] if
           status == "success" else s.ink, bold=True)
    due = date + dt.timedelta(days=rng.randrange(2, 12))
    if rng.random() < 0.6:
        s.pair("Due Date", stamp(rng, due, ["%d %b %Y", "%d/%m/%Y"]), s.faint, s.faint)
    s.pair(rng.choice(["Payment Date", "Paid on", "Date & Time"]), dated(rng, date, ["%d %b %Y", "%d-%m-%Y", "%d/%m/%Y"]))
    ref = None
    if status != "pending":
        ref = bbps_ref(rng, date)
        s.pair(rng.choice(["BBPS Ref No", "Bharat BillPay Ref", "B-Connect Txn ID"]), ref, bold=True)
    tid = f"BP{digits(rng, 12)}"
    s.pair("Transaction ID", tid)
    method = rng.choice(["UPI", "UPI", "card", "wallet", None])
    if method:
        name, _ = bank(rng)
        shown = {"UPI": rng.choice(["UPI", f"UPI - {short(name)}"]),
                 "card": rng.choice([f"Debit Card xx{digits(rng, 4)}", f"Credit Card {dot(font) * 4} {digits(rng, 4)}"]),
                 "wallet": rng.choice(["Wallet", "Paytm Wallet"])}[method]
        s.pair("Payment Mode", shown)
    s.end_card()
    note(s, status)
    s.text("Bharat BillPay", 0.75, s.faint)
    return s.rows, truth_fields(biller, amount, "INR", ref or tid, date, method, status), s.style


def history(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI history entry opened on a dark grey page: a red or white debit sum, an outcome chip, then pairs
    with labels in the app's accent: Paid to / To, UPI ID, Date & Time (on some only "Today" or "Yesterday"
    with the hour), UTR No / UPI Ref. No, Txn ID, Account, Category, Notes."""
    status = outcome("history", failed=1, pending=5)
    ground = dark_ground(rng, "grey", "black", "navy")
    s = Shot(rng, font, ground=ground, dark=True, title="Transaction Details", size=rng.choice([20, 21]))
    accent = rng.choice([(130, 170, 255), (255, 160, 90), (120, 220, 200), (200, 150, 255)])
    date, rs, amount = day(rng), purse(rng, font, 0.5), rupees(rng, 10, 12000)
    payee = payee_of(rng)
    s.text("Money sent", 0.82, s.label)
    s.text(rs(amount, "- ") if rng.random() < 0.5 else rs(amount), 2.0,
           (255, 120, 120) if rng.random() < 0.5 else WHITE, bold=True)
    s.pill({"success": "Successful", "failed": "Failed", "pending": "Pending"}[status], s.state[status],
           mix(ground, s.state[status], 0.2))
    s.gap(8)
    s.card(mix(ground, WHITE, 0.06))
    s.pair("Paid to" if status == "success" else "To", payee, lcol=accent, bold=True)
    s.pair("UPI ID", vpa(rng, payee, ["ybl", "okaxis", "paytm", "ibl"]), lcol=accent)
    relative = rng.random() < 0.35
    if relative:
        s.pair("Date & Time", f"{rng.choice(['Today', 'Yesterday'])}, {clock(rng)}", lcol=accent)
    else:
        s.pair("Date & Time", dated(rng, date), lcol=accent)
    ref = None
    if status != "failed" or rng.random() < 0.5:
        ref = utr(rng, date)
        s.pair(rng.choice(["UTR No", "UPI Ref. No"]), ref, lcol=accent)
    tid = "TX" + digits(rng, 16)
    s.pair("Txn ID", tid, lcol=accent)
    name, _ = bank(rng)
    s.pair("Account", f"{short(name)} {masked(rng, font)}", lcol=accent)
    s.pair("Category", rng.choice(["Groceries", "Food", "Transfers", "Shopping", "Bills", "Medical"]), lcol=accent)
    s.end_card()
    note(s, status)
    return s.rows, truth_fields(payee, amount, "INR", ref or tid, None if relative else date, "UPI", status), s.style


def qr_merchant(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shop's QR paid in a festive gradient theme: a greeting on the gradient, the shop in large white type over
    a "Verified merchant" badge, the sum, the outcome, then a light card: UPI Ref No, Bill No on some, Paid on,
    Debited from, the shop's QR handle."""
    status = outcome("qr_merchant", failed=4, pending=7)
    top, bottom, greeting = rng.choice([
        ((72, 18, 110), (190, 40, 110), "Happy Diwali"), ((150, 20, 80), (90, 30, 160), "Happy Holi"),
        ((10, 60, 110), (120, 20, 120), "Festive Offers"), ((120, 40, 10), (170, 20, 60), "Shubh Navratri"),
    ])
    s = Shot(rng, font, ground=top, ground2=bottom, dark=True, title="Scan & Pay",
             buttons=("Share", "Done"), button_colour=WHITE)
    date, rs, amount = day(rng), purse(rng, font, 0.5), rupees(rng, 15, 3500)
    shop = rng.choice(SHOPS)
    s.text(greeting, 0.8, (255, 215, 150))
    s.gap(6)
    s.text(shop, 1.35, WHITE, bold=True)
    tick = sign(font, "\u2713", "")
    s.text(f"{tick} Verified merchant".strip(), 0.75, (150, 230, 180))
    s.text(rs(amount), 2.0, (255, 224, 130), bold=True)
    s.pill({"success": "Paid successfully", "failed": "Payment failed", "pending": "Payment pending"}[status],
           WHITE, mix(ON_LIGHT[status], (0, 0, 0), 0.1))
    s.gap(8)
    s.card((252, 248, 255))
    light = {"ink": INK_LIGHT, "label": LABEL_LIGHT}
    ref = None
    if status != "failed":
        ref = utr(rng, date)
        s.pair("UPI Ref No", ref, light["ink"], light["label"], bold=True)
        if rng.random() < 0.4:
            s.pair("Bill No", str(rng.randrange(100, 9999)), light["ink"], light["label"])
    txn = "QR" + digits(rng, 14)
    s.pair("Transaction ID", txn, light["ink"], light["label"])
    dateless = rng.random() < 0.3
    s.pair("Paid on" if status == "success" else "Time",
           clock(rng) if dateless else dated(rng, date, ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y"]), light["ink"],
           light["label"])
    name, _ = bank(rng)
    s.pair("Debited from", f"{short(name)} {masked(rng, font)}", light["ink"], light["label"])
    s.pair("UPI ID", shop_vpa(rng), (90, 94, 104), light["label"])
    s.end_card()
    if status == "failed":
        s.text(rng.choice(FAILED_NOTE), 0.8, (230, 210, 240), wrap=True)
    elif status == "pending":
        s.text(rng.choice(PENDING_NOTE), 0.8, (230, 210, 240), wrap=True)
    elif rng.random() < 0.5:
        s.text("You won a scratch card!", 0.8, (255, 215, 150))
    truth = truth_fields(shop, amount, "INR", ref or txn, None if dateless else date, "UPI", status)
    return s.rows, truth, s.style


def to_account(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transfer to a bank account in a coloured theme: a gradient band with the outcome and the sum in white,
    then coloured cards: Sent to the account holder, A/c No., IFSC, Bank, Transfer Mode (IMPS, NEFT or UPI),
    the UTR / IMPS Ref No, the app's or bank's Transaction ID, Debited from, Date."""
    status = outcome("to_account", failed=0, pending=6)
    c1, c2 = rng.choice([((20, 60, 140), (60, 20, 120)), ((0, 110, 90), (0, 70, 130)), ((160, 30, 60), (90, 20, 90))])
    dark = rng.random() < 0.4
    s = Shot(rng, font, ground=GROUNDS["navy"] if dark else mix(c1, WHITE, 0.92), dark=dark,
             title="Transfer Receipt", bar=c1)
    date, rs, amount = day(rng), purse(rng, font, 0.2), rupees(rng, 500, 95000)
    holder = person(rng, 0.5)
    mode = rng.choice(["IMPS", "IMPS", "NEFT", "UPI"])
    s.band(c1, c2)
    s.text({"success": "Money Sent Successfully", "failed": "Transfer Failed", "pending": "Transfer in Process"}[status],
           1.1, WHITE, bold=True)
    s.text(rs(amount), 1.9, WHITE, bold=True)
    s.end_band()
    s.gap(10)
    card = mix(c1, (12, 22, 48), 0.75) if dark else WHITE
    s.card(card)
    s.pair("Sent to", holder, bold=True)
    bname, ifsc = bank(rng)
    s.pair("A/c No.", f"XXXXXX{digits(rng, 4)}" if rng.random() < 0.6 else digits(rng, 12))
    s.pair("IFSC", f"{ifsc}0{digits(rng, 6)}")
    s.pair("Bank", bname)
    s.end_card()
    note(s, status)
    s.card(card)
    s.pair("Transfer Mode", mode, mix(c2, s.ink, 0.3 if not dark else 0.6))
    ref = None
    if status == "success" or rng.random() < 0.5:
        if mode == "NEFT":
            ref = neft_utr(ifsc[:4], rng, date)
            s.pair("UTR", ref, bold=True)
        else:
            ref = utr(rng, date)
            s.pair({"IMPS": rng.choice(["IMPS Ref No", "UTR"]), "UPI": "UPI Ref No"}[mode], ref, bold=True)
    tid = "TR" + digits(rng, 14)
    s.pair("Transaction ID", tid)
    name, _ = bank(rng)
    s.pair("Debited from", f"{short(name)} {masked(rng, font)}")
    s.pair("Date", dated(rng, date, ["%d-%m-%Y", "%d %b %Y", "%d/%m/%Y", "%d-%b-%Y"]))
    s.end_card()
    method = "UPI" if mode == "UPI" else "netbanking"
    return s.rows, truth_fields(holder, amount, "INR", ref or tid, date, method, status), s.style


# ---------------------------------------------------------------- drawing


def _height(row: tuple, size: int) -> int:
    kind = row[0]
    if kind == "text":
        return int(size * row[2] * 1.5)
    if kind == "pair":
        return int(size * row[6] * 1.7)
    if kind == "pill":
        return int(size * 2.1) + 8
    if kind in ("icon", "avatar"):
        return 84
    if kind == "rule":
        return 16
    if kind == "gap":
        return row[1]
    if kind in ("card", "endcard"):
        return 16
    if kind == "endband":
        return 18
    return 0


def _fill(draw: ImageDraw.ImageDraw, box: tuple, c1: tuple, c2: tuple | None) -> None:
    x0, y0, x1, y1 = box
    if not c2 or c2 == c1:
        draw.rectangle(box, fill=c1)
        return
    span = max(1, y1 - y0)
    for y in range(y0, y1 + 1):
        draw.line((x0, y, x1, y), fill=mix(c1, c2, (y - y0) / span))


def _glyph(draw: ImageDraw.ImageDraw, kind: str, cx: int, cy: int, r: int, fg: tuple, bg: tuple) -> None:
    """An outcome's disc with its mark drawn as lines: a tick, a cross, a clock, or BillPay's B-mark."""
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=bg)
    w = max(3, r // 6)
    if kind == "tick":
        draw.line((cx - r * 0.45, cy, cx - r * 0.1, cy + r * 0.38, cx + r * 0.5, cy - r * 0.35), fill=fg, width=w)
    elif kind == "cross":
        d = r * 0.38
        draw.line((cx - d, cy - d, cx + d, cy + d), fill=fg, width=w)
        draw.line((cx - d, cy + d, cx + d, cy - d), fill=fg, width=w)
    elif kind == "clock":
        draw.ellipse((cx - r * 0.55, cy - r * 0.55, cx + r * 0.55, cy + r * 0.55), outline=fg, width=w - 1)
        draw.line((cx, cy, cx, cy - r * 0.38, cx, cy, cx + r * 0.3, cy), fill=fg, width=w - 1)
    else:  # bbps: two stacked arcs, no letters
        draw.arc((cx - r * 0.5, cy - r * 0.6, cx + r * 0.3, cy), -90, 90, fill=fg, width=w)
        draw.arc((cx - r * 0.5, cy, cx + r * 0.45, cy + r * 0.6), -90, 90, fill=fg, width=w)
        draw.line((cx - r * 0.5, cy - r * 0.6, cx - r * 0.5, cy + r * 0.6), fill=fg, width=w)


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """Lay the rows out, then draw the ground, the bands and cards behind them, the rows, the status and app bars
    and, on some, the buttons at the foot."""
    w, size, h = style["width"], style["size"], style["h107"]
    bold = BOLD[font]
    y, placed, bands, cards = TOP + 8, [], [], []
    band_top = card_top = 0
    for i, row in enumerate(rows):
        kind = row[0]
        if kind == "band":
            band_top = 0 if i == 0 else y - 8
            y += 0 if i == 0 else 8
        elif kind == "endband":
            bands.append((band_top, y + 10, rows[_last(rows, i, "band")][1:]))
        elif kind == "card":
            card_top = y
        elif kind == "endcard":
            cards.append((card_top, y + 4, rows[_last(rows, i, "card")][1]))
        placed.append((row, y))
        y += _height(row, size)
        if kind == "endcard":
            y += 10
    foot = 80 if h["buttons"] else 20
    height = max(y + foot, 900)
    page = Image.new("RGB", (w, height), style["ground"])
    draw = ImageDraw.Draw(page)
    _fill(draw, (0, 0, w, height), style["ground"], style.get("ground2"))
    if h["bar"] and not (bands and bands[0][0] == 0):
        draw.rectangle((0, 0, w, TOP - 6), fill=h["bar"])
    for top, bottom, (c1, c2) in bands:
        _fill(draw, (0, top, w, bottom), c1, c2)
    for top, bottom, colour in cards:
        draw.rounded_rectangle((20, top, w - 20, bottom), radius=18, fill=colour)
    for row, y in placed:
        kind = row[0]
        if kind == "text":
            _, text, scale, align, colour, b = row
            face = load_font(bold if b else font, int(size * scale))
            tw = face.getlength(text)
            x = MARGIN if align == "l" else w - MARGIN - tw if align == "r" else (w - tw) / 2
            draw.text((x, y), text, font=face, fill=colour)
        elif kind == "pair":
            _, label, value, lcol, vcol, b, scale = row
            face = load_font(font, int(size * scale))
            vface = load_font(bold if b else font, int(size * scale))
            draw.text((MARGIN, y), label, font=face, fill=lcol)
            draw.text((w - MARGIN - vface.getlength(value), y), value, font=vface, fill=vcol)
        elif kind == "pill":
            _, text, fg, bg = row
            face = load_font(bold, int(size * 0.95))
            tw = face.getlength(text)
            ph = int(size * 2.0)
            draw.rounded_rectangle(((w - tw) / 2 - 22, y, (w + tw) / 2 + 22, y + ph), radius=ph // 2, fill=bg)
            draw.text(((w - tw) / 2, y + (ph - size) / 2 - 2), text, font=face, fill=fg)
        elif kind == "icon":
            _glyph(draw, row[1], w // 2, y + 38, 32, row[2], row[3])
        elif kind == "avatar":
            draw.ellipse((w // 2 - 34, y + 4, w // 2 + 34, y + 72), fill=row[3])
            face = load_font(bold, 34)
            draw.text((w // 2 - face.getlength(row[1]) / 2, y + 16), row[1], font=face, fill=row[2])
        elif kind == "rule":
            draw.line((MARGIN, y + 8, w - MARGIN, y + 8), fill=row[1], width=1)
    # the status bar and the app bar (a drawn back arrow, the page's title)
    ink = h["bar_ink"]
    small = load_font(font, 16)
    draw.text((22, 8), h["clock"], font=small, fill=ink)
    draw.text((w - 118, 8), h["net"], font=small, fill=ink)
    draw.rectangle((w - 52, 11, w - 26, 23), outline=ink, width=2)
    draw.rectangle((w - 26, 15, w - 23, 19), fill=ink)
    draw.rectangle((w - 49, 14, w - 49 + int(20 * h["battery"] / 100), 20), fill=ink)
    ay = 60
    draw.line((24, ay, 44, ay), fill=ink, width=3)
    draw.line((24, ay, 33, ay - 9), fill=ink, width=3)
    draw.line((24, ay, 33, ay + 9), fill=ink, width=3)
    if h["title"]:
        draw.text((64, ay - 14), h["title"], font=load_font(font, 22), fill=ink)
    if h["buttons"]:
        face = load_font(bold, 20)
        by = height - 66
        half = (w - 60) // 2
        for n, (label, colour) in enumerate(h["buttons"]):
            x0 = 20 + n * (half + 20)
            draw.rounded_rectangle((x0, by, x0 + half, by + 46), radius=23, outline=colour, width=2)
            draw.text((x0 + (half - face.getlength(label)) / 2, by + 11), label, font=face, fill=colour)
    return page


def _last(rows: list[tuple], i: int, kind: str) -> int:
    return max(j for j in range(i) if rows[j][0] == kind)

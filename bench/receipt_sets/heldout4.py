"""A fourth held-out receipt set (``heldout4``), written without reading the parser or the other sets.

It was written from general knowledge of how payment documents look around the world, without opening the
receipt parser, its rules, or the generators of the tuning/held-out/heldout2/heldout3 sets. It is meant to be
scored once.

Families (16), each with several label wordings per field, its own merchant cues and distractor numbers
(phones, GSTINs, member/policy/consumer/loan/consignment numbers, masked cards and accounts, approval codes,
item prices, subtotals, taxes, tips, due/validity/show/check-in dates): grocery_app (quick-commerce order
summary), clinic_bill (hospital/OPD bill), courier_counter (courier booking slip), gym_membership, salon_pos
(US/UK salon ticket with tip), electricity_counter (electricity board cash counter), lic_premium (insurance
premium counter slip), app_store_email (app store purchase e-mail), cc_bill_payment (credit-card bill payment
confirmation), loan_emi (EMI receipt), crypto_deposit (INR deposit on an exchange), event_ticket (event
booking confirmation), ev_charging (charging session receipt), taxi_meter (meter printout), us_pharmacy (US
pharmacy chain receipt), hotel_booking_app (stay booking).

Fonts: DejaVu, Liberation (no ₹ glyph: "Rs."/"INR" is printed instead), FreeFont and Noto, sans/serif/mono.
Amounts use Indian (1,23,456.00), Western (123,456.00) and, for EUR, continental (1.234,56) grouping, with
₹/Rs./INR/$/€/£ or ISO codes; a dozen date formats, month-first only with USD.

Degraded copies: rotation ±6°, mild perspective, Gaussian blur, low contrast, noise, uneven light, moiré of a
photographed screen (screens only), then JPEG quality 20–60; each case draws its own subset.

Truth conventions: amount is the amount actually paid (grand total; the attempted amount for a failed payment)
as "1234.50"; currency an ISO code; date the payment/transaction date as ISO (None when only other dates, such
as due or validity dates, are printed); payment_method one of UPI/card/netbanking/wallet/cash or None (cheque
and the like → None); status success/failed/pending or None; transaction_id exactly as printed: the payment's
own reference, else the document's own number, else None (never an approval code or a customer/member/account/
consignment number); merchant_name as printed (the payee), None if no payee is printed. A field with nothing
on the page a reader would take for it is None (about 17 % of the optional fields over 96 receipts). Judgement
calls: Apple Pay / Google Pay / PayPal / app and store balances count as wallet; cash on delivery shown as
delivered counts as a successful payment; an e-mail that only says "Your receipt" has no status; on a clinic
bill with an advance adjusted, the amount is what this receipt collected.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth, group_indian
from bench.receipt_eval_set import EvalReceipt, jpeg_roundtrip

SPLIT = "heldout4"
SEED = 4_040_417

_FONT_DIR = Path("/usr/share/fonts/truetype")
# (name, regular, bold, has the rupee glyph)
FONTS: list[tuple[str, str, str, bool]] = [
    ("DejaVuSans", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", True),
    ("DejaVuSansCondensed", "dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf", True),
    ("DejaVuSansMono", "dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", True),
    ("DejaVuSerif", "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", True),
    ("LiberationSans", "liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf", False),
    ("LiberationSansNarrow", "liberation/LiberationSansNarrow-Regular.ttf",
     "liberation/LiberationSansNarrow-Bold.ttf", False),
    ("LiberationMono", "liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf", False),
    ("LiberationSerif", "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf", False),
    ("FreeSans", "freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf", True),
    ("FreeMono", "freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf", True),
    ("FreeSerif", "freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf", True),
    ("NotoSans", "noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf", True),
    ("NotoSerif", "noto/NotoSerif-Regular.ttf", "noto/NotoSerif-Bold.ttf", True),
]
_MONO = {"DejaVuSansMono", "LiberationMono", "FreeMono"}


@lru_cache(maxsize=256)
def _font(rel: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(_FONT_DIR / rel), size)


# ---------------------------------------------------------------- values


def _num(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _money(rng: random.Random, lo: float, hi: float, paise: bool = True) -> Decimal:
    v = Decimal(str(round(rng.uniform(lo, hi), 2 if paise else 0)))
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _q(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Ctx:
    """What one case draws with: its rng, its font and the money style chosen for it."""

    rng: random.Random
    rupee: bool  # the font has ₹
    inr_style: str = "symbol"  # symbol | rs | code
    eur_continental: bool = False
    cur_code_after: bool = False

    def money(self, v: Decimal, cur: str, bare: bool = False) -> str:
        whole, frac = f"{v:.2f}".split(".")
        if cur == "INR":
            body = f"{group_indian(int(whole))}.{frac}"
            if bare:
                return body
            if self.inr_style == "symbol" and self.rupee:
                return f"₹{body}" if self.rng.random() < 0.8 else f"₹ {body}"
            if self.inr_style == "code":
                return f"INR {body}"
            return f"Rs. {body}" if self.rng.random() < 0.6 else f"Rs.{body}"
        if cur == "EUR" and self.eur_continental:
            body = f"{int(whole):,}".replace(",", ".") + "," + frac
            return body if bare else f"{body} €" if not self.cur_code_after else f"{body} EUR"
        body = f"{int(whole):,}.{frac}"
        if bare:
            return body
        if self.cur_code_after:
            return f"{body} {cur}"
        return {"USD": "$", "EUR": "€", "GBP": "£"}[cur] + body


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


def _fmt_date(rng: random.Random, d: date, cur: str) -> str:
    styles = ["dmy_slash", "dmy_dash", "dmy_dot", "d_mon_y", "d_mon_comma", "iso", "d_full_y", "dd_mon_yy",
              "dmy_short", "wd_d_mon_y"]
    if cur == "USD":
        styles = ["mdy_slash", "mon_d_y", "full_d_y", "mdy_short", "iso", "wd_mon_d", "d_mon_y"]
    s = rng.choice(styles)
    m, m3, mf, dd, y = d.month, _MONTHS[d.month - 1], _MONTHS_FULL[d.month - 1], d.day, d.year
    return {
        "dmy_slash": f"{dd:02d}/{m:02d}/{y}",
        "dmy_dash": f"{dd:02d}-{m:02d}-{y}",
        "dmy_dot": f"{dd:02d}.{m:02d}.{y}",
        "d_mon_y": f"{dd} {m3} {y}",
        "d_mon_comma": f"{dd} {m3}, {y}",
        "iso": d.isoformat(),
        "d_full_y": f"{dd} {mf} {y}",
        "dd_mon_yy": f"{dd:02d}-{m3.upper()}-{y % 100:02d}",
        "dmy_short": f"{dd:02d}/{m:02d}/{y % 100:02d}",
        "wd_d_mon_y": f"{d.strftime('%a')}, {dd} {m3} {y}",
        "mdy_slash": f"{m:02d}/{dd:02d}/{y}",
        "mon_d_y": f"{m3} {dd}, {y}",
        "full_d_y": f"{mf} {dd}, {y}",
        "mdy_short": f"{m}/{dd}/{y % 100:02d}",
        "wd_mon_d": f"{d.strftime('%a')}, {m3} {dd}, {y}",
    }[s]


def _fmt_time(rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    if rng.random() < 0.5:
        return f"{h:02d}:{mi:02d}"
    return f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}" if rng.random() < 0.6 else \
        f"{(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}"


def _phone_in(rng: random.Random) -> str:
    return f"+91 {rng.randint(6, 9)}{_num(rng, 4)} {_num(rng, 5)}"


def _gstin(rng: random.Random) -> str:
    return f"{rng.randint(10, 36)}{_alnum(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{_num(rng, 4)}" \
           f"{rng.choice('ABCDEFGHJKLMNP')}1Z{_alnum(rng, 1)}"


# ---------------------------------------------------------------- page description


@dataclass
class Page:
    """Rows to draw plus the page style; rows tagged with the truth field they carry."""

    width: int
    style: str  # "screen" | "slip" | "paper" | "email"
    rows: list[tuple] = field(default_factory=list)
    accent: tuple[int, int, int] = (20, 90, 200)

    def title(self, text: str, size: int = 30, align: str = "center", fld: str | None = None) -> None:
        self.rows.append(("text", text, size, True, align, fld))

    def text(self, text: str, size: int = 20, align: str = "left", bold: bool = False,
             fld: str | None = None) -> None:
        self.rows.append(("text", text, size, bold, align, fld))

    def kv(self, label: str, value: str, size: int = 20, bold: bool = False, fld: str | None = None) -> None:
        self.rows.append(("kv", label, value, size, bold, fld))

    def sep(self) -> None:
        self.rows.append(("sep",))

    def gap(self, px: int = 10) -> None:
        self.rows.append(("gap", px))

    def banner(self, text: str, color: tuple[int, int, int], fld: str | None = "status") -> None:
        self.rows.append(("banner", text, color, fld))


def _keep(rng: random.Random, p_absent: float = 0.2) -> bool:
    return rng.random() >= p_absent


_STATUS_COLOR = {"success": (22, 140, 70), "failed": (200, 40, 40), "pending": (215, 140, 10)}


# ---------------------------------------------------------------- families
# Each returns (page, truth dict). ``c.rng`` drives every choice.


def _grocery_app(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    brand = r.choice(["Blinkit", "Zepto", "Swiggy Instamart", "BigBasket Now", "Dunzo Daily", "FreshBasket"])
    p = Page(width=r.choice([720, 750, 828, 1080]), style="screen", accent=(20, 120, 60))
    s = p.width / 720
    items = [(r.choice(["Amul Taaza Milk 1 L", "Britannia Brown Bread", "Onion 1 kg", "Tata Salt 1 kg",
                        "Maggi Noodles 4-pack", "Banana (6 pcs)", "Fortune Oil 1 L", "Eggs 12 pcs",
                        "Aashirvaad Atta 5 kg", "Coriander 100 g", "Surf Excel 1 kg"]),
              r.randint(1, 3), _money(r, 18, 320)) for _ in range(r.randint(2, 5))]
    item_total = sum((q * pr for _, q, pr in items), Decimal(0))
    delivery = r.choice([Decimal("0.00"), Decimal("15.00"), Decimal("25.00"), Decimal("30.00")])
    handling = r.choice([Decimal("2.00"), Decimal("4.00"), Decimal("5.99")])
    discount = _q(item_total * Decimal(str(r.choice([0, 0, 0.05, 0.1]))))
    total = _q(item_total + delivery + handling - discount)
    status = r.choice(["success", "success", "success", "pending", "failed"])
    method = r.choice(["UPI", "card", "wallet", "cash"])
    if method == "cash":  # cash on delivery is collected at the door: the order shows as delivered and paid
        status = "success"
    when = _base_date(r)
    oid = r.choice([f"ORD{_num(r, 12)}", f"{_num(r, 16)}", f"{_alnum(r, 10)}"])
    t: dict = {"merchant_name": brand, "amount": total, "transaction_id": oid, "date": when,
               "payment_method": method, "status": status}
    p.title(brand, int(32 * s), fld="merchant_name")
    p.text(r.choice(["Order summary", "Order details", "Your order"]), int(20 * s), "center")
    p.gap(8)
    if status == "failed":
        p.banner(r.choice(["Payment failed", "Payment unsuccessful — order not placed"]), _STATUS_COLOR["failed"])
    elif status == "pending":
        p.banner(r.choice(["Payment pending", "Awaiting payment confirmation"]), _STATUS_COLOR["pending"])
    else:
        p.banner(r.choice(["Delivered", "Order delivered", "Payment successful"]), _STATUS_COLOR["success"])
    p.gap(6)
    p.kv(r.choice(["Order ID", "Order id", "Order No."]), oid, int(19 * s), fld="transaction_id")
    p.kv(r.choice(["Placed on", "Order placed", "Ordered on"]),
         f"{_fmt_date(r, when, 'INR')}, {_fmt_time(r)}", int(19 * s), fld="date")
    p.kv("Deliver to", r.choice(["Home", "Work", "Flat 402, Green Park"]), int(19 * s))
    p.sep()
    for name, q, pr in items:
        p.kv(f"{name} x{q}", c.money(q * pr, "INR"), int(18 * s))
    p.sep()
    p.kv(r.choice(["Item total", "Items total", "MRP total"]), c.money(item_total, "INR"), int(18 * s))
    if discount:
        p.kv(r.choice(["Product discount", "Coupon savings"]), "-" + c.money(discount, "INR"), int(18 * s))
    p.kv("Delivery charge", "FREE" if not delivery else c.money(delivery, "INR"), int(18 * s))
    p.kv(r.choice(["Handling charge", "Small cart fee", "Platform fee"]), c.money(handling, "INR"), int(18 * s))
    p.kv(r.choice(["Grand total", "Bill total", "To pay", "Total paid"]), c.money(total, "INR"), int(22 * s),
         bold=True, fld="amount")
    p.sep()
    mlabel = {"UPI": r.choice(["UPI", "Paid via UPI (GPay)", "UPI - okaxis"]),
              "card": r.choice([f"Credit card ****{_num(r, 4)}", f"Debit Card xx{_num(r, 4)}"]),
              "wallet": r.choice([f"{brand} Wallet", "Paytm Wallet", "Amazon Pay balance"]),
              "cash": r.choice(["Cash on delivery", "Pay on delivery (Cash)"])}[method]
    p.kv(r.choice(["Payment mode", "Paid via", "Payment method"]), mlabel, int(19 * s), fld="payment_method")
    p.text(f"Customer care: {_phone_in(r)}", int(16 * s), "center")
    return p, t


def _clinic_bill(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    name = r.choice(["Sunrise Multispeciality Hospital", "Apollo Clinic Indiranagar", "City Care Nursing Home",
                     "Shree Sai Diagnostics", "Lotus Children's Hospital", "Medlife Polyclinic"])
    p = Page(width=r.choice([820, 900, 1000]), style="paper", accent=(30, 60, 120))
    lines = [(r.choice(["Consultation - Dr. R. Mehta", "Consultation Charges", "CBC", "Lipid Profile",
                        "X-Ray Chest PA", "ECG", "Dressing", "Injection charges", "Registration Fee",
                        "Thyroid Profile (T3 T4 TSH)"]), _money(r, 100, 1800, paise=False)) for _ in range(r.randint(2, 6))]
    gross = sum((v for _, v in lines), Decimal(0))
    disc = _q(gross * Decimal(str(r.choice([0, 0, 0.1]))))
    net = gross - disc
    advance = r.choice([Decimal(0), Decimal(0), _q(net / 2)])
    paid = net - advance
    method = r.choice(["cash", "card", "UPI", "cash", None])
    when = _base_date(r)
    bill_no = r.choice([f"OP/{when.year % 100}-{when.year % 100 + 1}/{_num(r, 5)}", f"BL{_num(r, 7)}",
                        f"{_num(r, 6)}"])
    has_id, has_date = _keep(r, 0.2), _keep(r, 0.2)
    t: dict = {"merchant_name": name, "amount": paid, "transaction_id": bill_no if has_id else None,
               "date": when if has_date else None, "payment_method": method, "status": None}
    p.title(name, 30, fld="merchant_name")
    p.text(r.choice(["12, 80 Feet Road, Bengaluru 560038", "Plot 7, Sector 21, Navi Mumbai",
                     "MG Road, Pune 411001"]), 17, "center")
    p.text(f"Ph: {_phone_in(r)}   GSTIN: {_gstin(r)}", 16, "center")
    p.sep()
    p.text(r.choice(["OUTPATIENT BILL", "OPD BILL CUM RECEIPT", "CASH BILL"]), 22, "center", bold=True)
    if has_id:
        p.kv(r.choice(["Bill No", "Bill No.", "Receipt No"]), bill_no, 18, fld="transaction_id")
    if has_date:
        p.kv(r.choice(["Bill Date", "Date"]), _fmt_date(r, when, "INR") + "  " + _fmt_time(r), 18, fld="date")
    p.kv(r.choice(["UHID", "MRN", "Patient ID"]), f"{r.choice(['SMH', 'UH', 'MR'])}{_num(r, 8)}", 18)
    p.kv("Patient", r.choice(["Mr. Arjun Nair", "Ms. Kavya Reddy", "Baby of Priya S", "Mrs. Lata Joshi"]) +
         f"  ({r.randint(2, 78)} Y)", 18)
    p.kv("Referred by", r.choice(["Self", "Dr. S. Kulkarni", "Dr. A. Khan"]), 18)
    p.sep()
    p.kv("Particulars", "Amount (Rs)", 18, bold=True)
    for n, v in lines:
        p.kv(n, c.money(v, "INR", bare=True), 18)
    p.sep()
    p.kv("Gross Amount", c.money(gross, "INR", bare=True), 18)
    if disc:
        p.kv("Less: Discount", c.money(disc, "INR", bare=True), 18)
    p.kv("Net Amount", c.money(net, "INR", bare=True), 18)
    if advance:
        p.kv("Advance adjusted", c.money(advance, "INR", bare=True), 18)
    p.kv(r.choice(["Amount Received", "Paid Amount", "Net Payable"]), c.money(paid, "INR"), 21, bold=True,
         fld="amount")
    if method:
        p.kv(r.choice(["Payment Mode", "Mode of Payment", "Paid by"]),
             {"cash": "Cash", "card": r.choice(["Card", "Credit Card", "Debit Card (POS)"]),
              "UPI": r.choice(["UPI", "UPI / QR"])}[method], 18, fld="payment_method")
    p.gap(10)
    p.text("Authorised Signatory", 16, "right")
    p.text("This is a computer generated bill. Get well soon.", 15, "center")
    return p, t


def _courier_counter(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    name = r.choice(["DTDC Express Ltd", "Blue Dart Express", "Professional Couriers", "Delhivery",
                     "Shree Maruti Courier", "ST Courier"])
    name = name.upper() if r.random() < 0.5 else name
    p = Page(width=576, style="slip")
    weight = r.choice(["0.250", "0.500", "1.000", "2.500", "4.750"])
    freight = _money(r, 40, 900, paise=False)
    fuel = _q(freight * Decimal("0.15"))
    gst = _q((freight + fuel) * Decimal("0.18"))
    total = freight + fuel + gst
    method = r.choice(["cash", "cash", "UPI", "card", None])
    when = _base_date(r)
    rno = f"{r.choice(['CR', 'BK', 'RCPT'])}{_num(r, 8)}"
    has_id, has_date = _keep(r, 0.25), _keep(r, 0.15)
    t: dict = {"merchant_name": name, "amount": total, "transaction_id": rno if has_id else None,
               "date": when if has_date else None, "payment_method": method, "status": None}
    p.title(name, 24, fld="merchant_name")
    p.text(f"Franchise: {r.choice(['Koramangala', 'Andheri East', 'Salt Lake Sec V', 'T Nagar'])}", 17, "center")
    p.text(f"GSTIN {_gstin(r)}", 16, "center")
    p.sep()
    p.text("BOOKING RECEIPT", 19, "center", bold=True)
    if has_id:
        p.kv(r.choice(["Receipt No", "Rcpt No.", "Booking Rcpt"]), rno, 17, fld="transaction_id")
    if has_date:
        p.kv(r.choice(["Date", "Bkg Date"]), _fmt_date(r, when, "INR"), 17, fld="date")
    p.kv(r.choice(["Consignment No", "AWB No", "CN No."]), r.choice([_num(r, 9), f"D{_num(r, 8)}"]), 17)
    p.kv("Origin", r.choice(["BLR", "BOM", "CCU", "MAA"]), 17)
    p.kv("Destination", r.choice(["DEL", "HYD", "PNQ", "GAU"]) + f" {_num(r, 6)}", 17)
    p.kv("Pcs / Wt (kg)", f"1 / {weight}", 17)
    p.kv("Declared value", c.money(_money(r, 500, 25000, paise=False), "INR"), 17)
    p.sep()
    p.kv("Freight", c.money(freight, "INR", bare=True), 17)
    p.kv("Fuel surcharge", c.money(fuel, "INR", bare=True), 17)
    p.kv("GST 18%", c.money(gst, "INR", bare=True), 17)
    p.kv(r.choice(["TOTAL", "Total Amt", "Amount Collected"]), c.money(total, "INR"), 20, bold=True, fld="amount")
    if method:
        p.kv(r.choice(["Paid by", "Pay mode"]), {"cash": "CASH", "UPI": "UPI-QR", "card": "CARD"}[method], 17,
             fld="payment_method")
    p.sep()
    p.text(f"Track: {r.choice(['www.dtdc.in', 'bluedart.com', 'delhivery.com'])}", 15, "center")
    p.text(f"Cust care {_phone_in(r)}", 15, "center")
    return p, t


def _gym_membership(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    cur = r.choice(["INR", "INR", "GBP", "USD"])
    name = {"INR": ["Cult.fit", "Gold's Gym Andheri", "Anytime Fitness HSR", "Snap Fitness Baner"],
            "GBP": ["PureGym Leeds", "The Gym Group", "Fitness First Bristol"],
            "USD": ["Planet Fitness", "Crunch Fitness", "24 Hour Fitness"]}[cur]
    merchant = r.choice(name)
    p = Page(width=r.choice([760, 820, 900]), style="paper", accent=(180, 30, 60))
    plan = r.choice(["Monthly", "Quarterly", "Annual", "6 Months"])
    fee = _money(r, 1500, 24000, paise=False) if cur == "INR" else _money(r, 20, 600)
    tax = _q(fee * (Decimal("0.18") if cur == "INR" else Decimal(0)))
    joining = Decimal(0) if r.random() < 0.6 else (_money(r, 500, 1500, False) if cur == "INR" else Decimal("25.00"))
    total = fee + tax + joining
    method = r.choice(["card", "UPI" if cur == "INR" else "card", "cash", None])
    when = _base_date(r)
    start = when + timedelta(days=r.randint(0, 5))
    end = start + timedelta(days={"Monthly": 30, "Quarterly": 90, "Annual": 365, "6 Months": 182}[plan])
    rno = r.choice([f"REC-{_num(r, 6)}", f"INV/{when.year}/{_num(r, 4)}", _num(r, 8)])
    has_id, has_date = _keep(r, 0.2), _keep(r, 0.25)
    t: dict = {"merchant_name": merchant, "amount": total, "transaction_id": rno if has_id else None,
               "date": when if has_date else None, "payment_method": method, "status": "success"}
    p.title(merchant, 30, fld="merchant_name")
    p.text(r.choice(["MEMBERSHIP RECEIPT", "Payment Receipt", "Membership Invoice"]), 22, "center", bold=True)
    p.sep()
    if has_id:
        p.kv(r.choice(["Receipt #", "Receipt No", "Invoice No"]), rno, 19, fld="transaction_id")
    if has_date:
        p.kv(r.choice(["Payment date", "Date of payment", "Paid on"]), _fmt_date(r, when, cur), 19, fld="date")
    p.kv(r.choice(["Member ID", "Membership No", "Member #"]), f"{r.choice(['M', 'GG', ''])}{_num(r, 7)}", 19)
    p.kv("Member", r.choice(["Rohan Verma", "Sarah Mitchell", "James O'Neil", "Priyanka Das"]), 19)
    p.kv("Plan", f"{plan} membership", 19)
    p.kv(r.choice(["Valid from", "Start date"]), _fmt_date(r, start, cur), 19)
    p.kv(r.choice(["Valid till", "Expiry", "End date"]), _fmt_date(r, end, cur), 19)
    p.sep()
    p.kv("Membership fee", c.money(fee, cur), 19)
    if joining:
        p.kv("Joining / admin fee", c.money(joining, cur), 19)
    if tax:
        p.kv("CGST 9% + SGST 9%", c.money(tax, cur), 19)
    elif cur == "GBP":
        p.kv("VAT (incl.)", c.money(_q(total / 6), cur), 19)
    p.kv(r.choice(["Total received", "Amount paid", "TOTAL"]), c.money(total, cur), 22, bold=True, fld="amount")
    if method:
        p.kv(r.choice(["Payment method", "Paid by", "Mode"]),
             {"card": r.choice([f"Visa ending {_num(r, 4)}", "Card", "Mastercard **" + _num(r, 4)]),
              "UPI": "UPI", "cash": "Cash"}[method], 19, fld="payment_method")
    p.banner(r.choice(["PAID", "Payment received — thank you!"]), _STATUS_COLOR["success"])
    p.text(f"Next renewal due on {_fmt_date(r, end + timedelta(days=1), cur)}", 16, "center")
    return p, t


def _salon_pos(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    cur = r.choice(["USD", "GBP", "USD"])
    merchant = r.choice({"USD": ["Luxe Nail Lounge", "Great Clips #4471", "Serenity Day Spa", "Blue Lotus Salon"],
                         "GBP": ["Toni & Guy Camden", "The Beauty Room", "Headmasters Clapham"]}[cur])
    p = Page(width=576, style="slip")
    svcs = [(r.choice(["Women's Cut & Style", "Gel Manicure", "Pedicure Deluxe", "Beard Trim", "Balayage",
                       "Swedish Massage 60m", "Eyebrow Wax", "Blow Dry"]), _money(r, 15, 160)) for _ in range(r.randint(1, 3))]
    sub = sum((v for _, v in svcs), Decimal(0))
    tax = _q(sub * Decimal("0.0825")) if cur == "USD" else Decimal(0)
    tip = _q(sub * Decimal(str(r.choice([0, 0.15, 0.18, 0.2])))) if cur == "USD" else Decimal(0)
    total = sub + tax + tip
    method = r.choice(["card", "card", "cash", "wallet"])
    when = _base_date(r)
    tid = r.choice([_num(r, 5), _num(r, 6), f"{_alnum(r, 4)}-{_num(r, 4)}"])
    ticket = f"{r.choice(['Ticket #', 'Sale ', 'Receipt '])}{tid}"
    has_id, has_date = _keep(r, 0.25), _keep(r, 0.15)
    t: dict = {"merchant_name": merchant, "amount": total, "transaction_id": tid if has_id else None,
               "date": when if has_date else None, "payment_method": method,
               "status": None if method == "cash" else "success"}
    p.title(merchant, 26, fld="merchant_name")
    if cur == "USD":
        p.text(r.choice(["1450 Market St, San Francisco CA", "88 Elm Ave, Austin TX 78701"]), 16, "center")
        p.text(r.choice(["(415) 555-0187", "(512) 555-0144"]), 16, "center")
    else:
        p.text(r.choice(["221 Camden High St, London NW1", "14 Park Row, Leeds LS1"]), 16, "center")
        p.text(r.choice(["020 7946 0321", "0113 496 0772"]), 16, "center")
    p.sep()
    if has_date:
        p.text(f"{_fmt_date(r, when, cur)}   {_fmt_time(r)}", 17, fld="date")
    if has_id:
        p.text(ticket, 17, fld="transaction_id")
    p.text(f"Stylist: {r.choice(['Maria', 'Kim T.', 'Jess', 'Andre'])}   Station {r.randint(1, 9)}", 17)
    p.sep()
    for n, v in svcs:
        p.kv(n, c.money(v, cur, bare=True), 17)
    p.sep()
    p.kv("Subtotal", c.money(sub, cur), 17)
    if tax:
        p.kv("Sales Tax 8.25%", c.money(tax, cur), 17)
    if tip:
        p.kv("Tip", c.money(tip, cur), 17)
    p.kv(r.choice(["TOTAL", "Amount Due", "Total"]), c.money(total, cur), 21, bold=True, fld="amount")
    if method == "card":
        p.kv(r.choice(["VISA", "MASTERCARD", "AMEX"]) + f" ****{_num(r, 4)}", c.money(total, cur), 17,
             fld="payment_method")
        p.kv("Auth code", _alnum(r, 6), 16)
        p.text(r.choice(["APPROVED", "Chip read - Approved"]), 16, fld="status")
    elif method == "wallet":
        p.kv(r.choice(["Apple Pay", "Google Pay"]) + f" (Visa {_num(r, 4)})", c.money(total, cur), 17,
             fld="payment_method")
        p.kv("Auth code", _alnum(r, 6), 16)
        p.text("APPROVED", 16, fld="status")
    else:
        cash = total + r.choice([Decimal("0.00"), Decimal("5.00"), Decimal("20.00")])
        p.kv("Cash", c.money(cash, cur), 17, fld="payment_method")
        p.kv("Change", c.money(cash - total, cur), 17)
    p.sep()
    p.text("Book online - thank you!", 16, "center")
    return p, t


def _electricity_counter(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    board = r.choice(["BESCOM", "TANGEDCO", "MSEDCL", "TSSPDCL", "KSEB", "CESC Limited"])
    p = Page(width=r.choice([576, 600]), style="slip")
    billed = _money(r, 300, 9000, paise=False)
    arrears = r.choice([Decimal(0), Decimal(0), _money(r, 50, 800, paise=False)])
    paid = billed + arrears
    method = r.choice(["cash", "cash", "card", None])  # None: cheque / DD
    when = _base_date(r)
    due = when + timedelta(days=r.randint(2, 12))
    rno = r.choice([f"{_num(r, 10)}", f"R{_num(r, 9)}", f"{r.randint(1, 99):02d}/{_num(r, 6)}"])
    has_id, has_date = _keep(r, 0.15), _keep(r, 0.2)
    t: dict = {"merchant_name": board, "amount": paid, "transaction_id": rno if has_id else None,
               "date": when if has_date else None, "payment_method": method, "status": None}
    p.title(board, 26, fld="merchant_name")
    p.text(r.choice(["Cash Collection Centre", "Sub-Division Counter No. 2", "Customer Care Centre"]), 17, "center")
    p.text(r.choice(["MONEY RECEIPT", "RECEIPT FOR PAYMENT OF ENERGY CHARGES", "COLLECTION RECEIPT"]), 18,
           "center", bold=True)
    p.sep()
    if has_id:
        p.kv(r.choice(["Receipt No", "Rcpt No", "M.R. No"]), rno, 17, fld="transaction_id")
    if has_date:
        p.kv(r.choice(["Recpt Dt", "Date", "Paid on"]), _fmt_date(r, when, "INR") + " " + _fmt_time(r), 17,
             fld="date")
    p.kv(r.choice(["Consumer No", "Account ID", "RR No"]), _num(r, 10), 17)
    p.kv("Name", r.choice(["K S RAMESH", "SUNITA DEVI", "M/S SRI BALAJI STORES", "A JOSEPH"]), 17)
    p.kv(r.choice(["Bill month", "Bill period"]), f"{_MONTHS[(when.month - 2) % 12].upper()}-{when.year}", 17)
    p.kv("Due date", _fmt_date(r, due, "INR"), 17)
    p.kv("Units consumed", str(r.randint(40, 900)), 17)
    p.sep()
    p.kv("Current bill", c.money(billed, "INR", bare=True), 17)
    p.kv("Arrears", c.money(arrears, "INR", bare=True), 17)
    p.kv(r.choice(["Amount Paid", "Amt Recd", "Total Received"]), c.money(paid, "INR"), 20, bold=True,
         fld="amount")
    if method:
        p.kv(r.choice(["Mode", "Paid by"]), {"cash": "CASH", "card": "DEBIT CARD"}[method], 17,
             fld="payment_method")
    elif r.random() < 0.6:
        p.kv("Mode", f"CHEQUE No {_num(r, 6)}", 17)
    p.kv("Counter / Cashier", f"{r.randint(1, 6)} / {_alnum(r, 5)}", 16)
    p.sep()
    p.text("Subject to realisation of cheque. Keep for reference.", 15, "center")
    return p, t


def _lic_premium(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    insurer = r.choice(["Life Insurance Corporation of India", "LIC of India", "SBI Life Insurance Co. Ltd.",
                        "HDFC Life", "Postal Life Insurance"])
    p = Page(width=r.choice([700, 760]), style="paper", accent=(0, 70, 140))
    prem = _money(r, 1200, 60000, paise=False)
    late = r.choice([Decimal(0), Decimal(0), _money(r, 20, 400)])
    gst = _q(prem * Decimal("0.045"))
    total = prem + late + gst
    method = r.choice(["cash", "card", "netbanking", "UPI", None])
    when = _base_date(r)
    rno = r.choice([f"{_num(r, 4)}/{_num(r, 7)}", f"PR{_num(r, 10)}", _num(r, 12)])
    has_date = _keep(r, 0.15)
    t: dict = {"merchant_name": insurer, "amount": total, "transaction_id": rno, "date": when if has_date else None,
               "payment_method": method, "status": None}
    p.title(insurer, 24, fld="merchant_name")
    p.text(f"Branch {r.choice(['882', '7A1', '041'])}, {r.choice(['Jaipur', 'Kochi', 'Nagpur', 'Lucknow'])}",
           17, "center")
    p.text(r.choice(["PREMIUM RECEIPT", "RENEWAL PREMIUM RECEIPT", "First Premium Receipt"]), 20, "center", True)
    p.sep()
    p.kv(r.choice(["Receipt No.", "Prem. Rcpt No", "Receipt Number"]), rno, 17, fld="transaction_id")
    if has_date:
        p.kv(r.choice(["Date", "Receipt Date", "Date of Receipt"]), _fmt_date(r, when, "INR"), 17, fld="date")
    p.kv(r.choice(["Policy No.", "Policy Number"]), _num(r, 9), 17)
    p.kv("Name of Life Assured", r.choice(["SHRI VIJAY KUMAR", "SMT MEENA IYER", "MR RAHUL GUPTA"]), 17)
    p.kv("Plan/Term", f"{r.choice(['914', '936', '945'])}/{r.choice([15, 20, 25])}", 17)
    p.kv("Mode", r.choice(["YLY", "HLY", "QLY", "MLY"]), 17)
    p.kv(r.choice(["Due from", "FUP"]), f"{_MONTHS[r.randint(0, 11)].upper()}/{when.year}", 17)
    p.kv("Next due", _fmt_date(r, when + timedelta(days=r.choice([90, 180, 365])), "INR"), 17)
    p.kv("Sum Assured", c.money(_money(r, 100000, 2500000, False), "INR"), 17)
    p.sep()
    p.kv("Premium", c.money(prem, "INR", bare=True), 17)
    if late:
        p.kv("Late fee", c.money(late, "INR", bare=True), 17)
    p.kv("GST", c.money(gst, "INR", bare=True), 17)
    p.kv(r.choice(["Total Amount", "Total Received", "Amount Received"]), c.money(total, "INR"), 20, True,
         fld="amount")
    if method:
        p.kv(r.choice(["Payment Mode", "Mode of Payment"]),
             {"cash": "Cash", "card": "Credit/Debit Card", "netbanking": r.choice(["Net Banking", "Internet Banking"]),
              "UPI": "UPI"}[method], 17, fld="payment_method")
    elif r.random() < 0.6:
        p.kv("Mode of Payment", f"Cheque {_num(r, 6)} dt {_fmt_date(r, when, 'INR')}", 17)
    p.text("Premium received subject to terms of the policy.", 15, "center")
    return p, t


def _app_store_email(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    cur = r.choice(["USD", "EUR", "GBP", "INR"])
    store = r.choice(["Google Play", "Apple", "Microsoft Store", "Steam", "Samsung Galaxy Store"])
    p = Page(width=r.choice([800, 900, 1000]), style="email", accent=(60, 60, 60))
    app = r.choice(["Duolingo Super (1 month)", "Minecraft", "Procreate", "Spotify Premium", "Notion Plus",
                    "Clash of Clans - 500 Gems", "Headspace Annual"])
    price = _money(r, 0.99, 99.99) if cur != "INR" else _money(r, 49, 4999, paise=False)
    tax = _q(price * Decimal({"USD": "0.07", "EUR": "0.19", "GBP": "0.20", "INR": "0.18"}[cur]))
    total = price + tax
    method = r.choice(["card", "card", "wallet", "UPI" if cur == "INR" else "card"])
    when = _base_date(r)
    oid = {"Google Play": f"GPA.{_num(r, 4)}-{_num(r, 4)}-{_num(r, 4)}-{_num(r, 5)}",
           "Apple": f"M{_alnum(r, 9)}", "Microsoft Store": _num(r, 13),
           "Steam": _num(r, 19), "Samsung Galaxy Store": f"SA{_num(r, 14)}"}[store]
    has_status = _keep(r, 0.5)
    t: dict = {"merchant_name": store, "amount": total, "transaction_id": oid, "date": when,
               "payment_method": method, "status": "success" if has_status else None}
    p.text(f"From: {store} <no-reply@{store.split()[0].lower()}.com>", 17, fld="merchant_name")
    p.text(f"Subject: Your {store} receipt", 17)
    p.sep()
    p.title(r.choice(["Thank you for your purchase", "Your receipt", "Order confirmation"]), 28, "left")
    p.kv(r.choice(["Order number", "Order ID", "Order No."]), oid, 19, fld="transaction_id")
    p.kv(r.choice(["Order date", "Date", "Purchase date"]), _fmt_date(r, when, cur) + " " + _fmt_time(r), 19,
         fld="date")
    p.kv("Account", r.choice(["a.sharma@gmail.com", "jdoe@icloud.com", "m.rossi@outlook.com"]), 19)
    p.sep()
    p.kv(app, c.money(price, cur), 19)
    p.text(f"Sold by {r.choice(['Duolingo', 'Mojang AB', 'Savage Interactive', 'Notion Labs'])}", 16)
    p.kv({"USD": "Tax", "EUR": r.choice(["VAT", "MwSt."]), "GBP": "VAT", "INR": r.choice(["GST", "IGST 18%"])}[cur],
         c.money(tax, cur), 19)
    p.kv(r.choice(["Total", "Order total", "Total charged"]), c.money(total, cur), 22, True, fld="amount")
    p.sep()
    p.kv(r.choice(["Payment method", "Billed to", "Paid with"]),
         {"card": f"{r.choice(['Visa', 'Mastercard', 'Amex'])} •••• {_num(r, 4)}",
          "wallet": r.choice(["PayPal", "Google Play balance", "Steam Wallet"]),
          "UPI": "UPI: r****@okhdfcbank"}[method], 19, fld="payment_method")
    if has_status:
        p.kv(r.choice(["Status", "Payment status"]), r.choice(["Paid", "Charged", "Completed"]), 19, fld="status")
    if "month" in app or "Annual" in app:
        p.text(f"Renews on {_fmt_date(r, when + timedelta(days=30), cur)} unless cancelled.", 16)
    p.text("Questions? Visit the help centre.", 16)
    return p, t


def _cc_bill_payment(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    bank = r.choice(["HDFC Bank Credit Card", "ICICI Bank Credit Card", "SBI Card", "Axis Bank Credit Card",
                     "American Express", "Kotak Credit Card"])
    p = Page(width=r.choice([720, 1080, 828]), style="screen", accent=(90, 40, 160))
    s = p.width / 720
    due = _money(r, 2000, 150000)
    mind = _q(due * Decimal("0.05"))
    paid = r.choice([due, mind, _money(r, 1000, float(due))])
    status = r.choice(["success", "success", "pending", "failed"])
    method = r.choice(["UPI", "netbanking", "netbanking", None])
    when = _base_date(r)
    ref = r.choice([f"{_num(r, 12)}", f"CC{_num(r, 14)}", f"BD{_alnum(r, 12)}"])
    has_ref, has_m = _keep(r, 0.2), _keep(r, 0.2)
    t: dict = {"merchant_name": bank if has_m else None, "amount": paid, "transaction_id": ref if has_ref else None, "date": when,
               "payment_method": method, "status": status}
    p.title(r.choice(["Bill payment", "Card bill payment"]), int(26 * s))
    word = {"success": ["Payment successful", "Payment Successful!", "Paid"],
            "pending": ["Payment processing", "Payment pending", "In progress"],
            "failed": ["Payment failed", "Transaction declined", "Payment unsuccessful"]}[status]
    p.banner(r.choice(word), _STATUS_COLOR[status])
    p.text(c.money(paid, "INR"), int(40 * s), "center", True, fld="amount")
    if has_m:
        p.text(r.choice(["Paid to", "To"]) + f" {bank}", int(20 * s), "center", fld="merchant_name")
    p.text(f"Card xxxx xxxx xxxx {_num(r, 4)}", int(18 * s), "center")
    p.sep()
    p.kv("Total amount due", c.money(due, "INR"), int(19 * s))
    p.kv("Minimum due", c.money(mind, "INR"), int(19 * s))
    p.kv("Payment due date", _fmt_date(r, when + timedelta(days=r.randint(1, 15)), "INR"), int(19 * s))
    p.kv(r.choice(["Date & time", "Paid on", "Transaction date"]),
         f"{_fmt_date(r, when, 'INR')}, {_fmt_time(r)}", int(19 * s), fld="date")
    if has_ref:
        p.kv(r.choice(["Reference no.", "Transaction ID", "UTR"]), ref, int(19 * s), fld="transaction_id")
    if method:
        p.kv(r.choice(["Paid using", "Payment mode"]),
             {"UPI": r.choice(["UPI (ybl)", "BHIM UPI"]), "netbanking": r.choice(["Net Banking", "NetBanking - SBI"])}[method],
             int(19 * s), fld="payment_method")
    p.kv("From account", f"XXXXXX{_num(r, 4)}", int(19 * s))
    if status == "pending":
        p.text("Credit to your card may take up to 2 working days.", int(16 * s), "center")
    if status == "failed":
        p.text("Any amount debited will be refunded in 5-7 days.", int(16 * s), "center")
    return p, t


def _loan_emi(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    lender = r.choice(["Bajaj Finance Ltd", "Tata Capital", "Home Credit India", "Muthoot Finance",
                       "HDB Financial Services", "Shriram Finance"])
    p = Page(width=r.choice([760, 820]), style="paper", accent=(10, 90, 110))
    emi = _money(r, 900, 45000, paise=False)
    bounce = r.choice([Decimal(0), Decimal(0), Decimal("590.00")])
    odc = r.choice([Decimal(0), _money(r, 20, 300)])
    total = emi + bounce + odc
    method = r.choice(["cash", "UPI", "netbanking", "card", None])
    when = _base_date(r)
    rno = r.choice([f"RCT{_num(r, 10)}", f"{_alnum(r, 3)}{_num(r, 8)}", _num(r, 11)])
    has_id, has_date = _keep(r, 0.15), _keep(r, 0.15)
    has_m = _keep(r, 0.3)
    t: dict = {"merchant_name": lender if has_m else None, "amount": total, "transaction_id": rno if has_id else None,
               "date": when if has_date else None, "payment_method": method, "status": "success"}
    if has_m:
        p.title(lender, 28, fld="merchant_name")
    else:
        p.title("Loan Repayment", 28)
    p.text(r.choice(["EMI PAYMENT RECEIPT", "Acknowledgement of payment", "Repayment receipt"]), 20, "center",
           True)
    p.sep()
    if has_id:
        p.kv(r.choice(["Receipt No", "Receipt Number", "Txn Ref No"]), rno, 18, fld="transaction_id")
    if has_date:
        p.kv(r.choice(["Receipt Date", "Payment Date", "Date"]), _fmt_date(r, when, "INR"), 18, fld="date")
    p.kv(r.choice(["Loan Account No", "LAN", "Agreement No"]), f"{_alnum(r, 4)}{_num(r, 10)}", 18)
    p.kv("Customer Name", r.choice(["SANDEEP YADAV", "FATIMA SHAIKH", "R. KRISHNAN"]), 18)
    p.kv("EMI due date", _fmt_date(r, when - timedelta(days=r.randint(0, 20)), "INR"), 18)
    p.kv("Principal outstanding", c.money(_money(r, 10000, 900000), "INR"), 18)
    p.sep()
    p.kv("EMI amount", c.money(emi, "INR", bare=True), 18)
    if bounce:
        p.kv("Bounce charges", c.money(bounce, "INR", bare=True), 18)
    if odc:
        p.kv("Overdue interest", c.money(odc, "INR", bare=True), 18)
    p.kv(r.choice(["Total Amount Received", "Amount Paid", "Total Collected"]), c.money(total, "INR"), 21, True,
         fld="amount")
    if method:
        p.kv(r.choice(["Mode of payment", "Payment mode", "Instrument"]),
             {"cash": "Cash", "UPI": "UPI", "netbanking": "Net Banking", "card": "Debit Card"}[method], 18,
             fld="payment_method")
    p.banner(r.choice(["Payment received", "Received with thanks"]), _STATUS_COLOR["success"])
    p.text(f"Collected by: Agent {_num(r, 5)}   Helpline {_phone_in(r)}", 15, "center")
    return p, t


def _crypto_deposit(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    ex = r.choice(["CoinDCX", "WazirX", "CoinSwitch", "ZebPay", "Mudrex", "Giottus"])
    p = Page(width=r.choice([720, 1080, 750]), style="screen", accent=(40, 40, 60))
    s = p.width / 720
    amt = _money(r, 500, 200000, paise=False)
    fee = r.choice([Decimal(0), _q(amt * Decimal("0.002"))])
    status = r.choice(["success", "pending", "failed", "success"])
    method = r.choice(["UPI", "netbanking", "netbanking", "UPI"])
    when = _base_date(r)
    tid = f"{r.choice(['DEP', 'INR-D-', 'TXN'])}{_num(r, 10)}"
    utr = _num(r, 12)
    has_tid = _keep(r, 0.2)
    t: dict = {"merchant_name": ex, "amount": amt, "transaction_id": tid if has_tid else utr, "date": when,
               "payment_method": method, "status": status}
    p.title(ex, int(28 * s), fld="merchant_name")
    p.text(r.choice(["INR Deposit", "Deposit INR", "Add funds"]), int(22 * s), "center")
    p.text(c.money(amt, "INR"), int(40 * s), "center", True, fld="amount")
    word = {"success": ["Completed", "Deposit successful", "Credited"],
            "pending": ["Processing", "Pending", "Under review"],
            "failed": ["Failed", "Rejected", "Deposit failed"]}[status]
    p.banner(r.choice(word), _STATUS_COLOR[status])
    p.sep()
    if has_tid:
        p.kv(r.choice(["Transaction ID", "Deposit ID", "Order ID"]), tid, int(19 * s), fld="transaction_id")
        p.kv(r.choice(["UTR", "Bank ref. no."]), utr, int(19 * s))
    else:
        p.kv(r.choice(["UTR", "Bank reference"]), utr, int(19 * s), fld="transaction_id")
    p.kv(r.choice(["Method", "Deposit via", "Mode"]),
         {"UPI": r.choice(["UPI", "UPI (Mobikwik)"]), "netbanking": r.choice(["IMPS / Net Banking", "NEFT (Net banking)"])}[method],
         int(19 * s), fld="payment_method")
    p.kv("Fee", c.money(fee, "INR"), int(19 * s))
    p.kv("Credited to INR wallet", c.money(amt - fee if status == "success" else Decimal(0), "INR"), int(19 * s))
    p.kv(r.choice(["Initiated on", "Date", "Created"]), f"{_fmt_date(r, when, 'INR')} {_fmt_time(r)}", int(19 * s),
         fld="date")
    p.kv("Bank account", f"XXXX{_num(r, 4)} ({r.choice(['HDFC', 'SBI', 'Kotak'])})", int(19 * s))
    p.text("Crypto investments are subject to market risk.", int(15 * s), "center")
    return p, t


def _event_ticket(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    cur = r.choice(["INR", "USD", "GBP", "EUR"])
    platform = r.choice({"INR": ["BookMyShow", "Paytm Insider", "District"],
                         "USD": ["Eventbrite", "Ticketmaster", "SeatGeek"],
                         "GBP": ["Ticketmaster UK", "Skiddle", "DICE"],
                         "EUR": ["Eventim", "Ticketmaster", "Eventbrite"]}[cur])
    p = Page(width=r.choice([720, 1080, 900]), style="screen" if r.random() < 0.6 else "email", accent=(200, 40, 80))
    s = p.width / 720
    event = r.choice(["Coldplay: Music of the Spheres", "Stand-up Night with Zakir", "Sunburn Arena",
                      "Jazz at the Park", "Hamilton (Matinee)", "Marathon Expo Pass"])
    qty = r.randint(1, 4)
    each = _money(r, 499, 7999, False) if cur == "INR" else _money(r, 15, 220)
    fee = _q(each * qty * Decimal("0.1"))
    tax = _q(fee * Decimal("0.18")) if cur == "INR" else Decimal(0)
    total = each * qty + fee + tax
    method = r.choice(["card", "UPI" if cur == "INR" else "card", "wallet", "netbanking" if cur == "INR" else "card"])
    when = _base_date(r)
    show = when + timedelta(days=r.randint(3, 80))
    bid = r.choice([f"{_alnum(r, 7)}", f"{_num(r, 10)}", f"{_alnum(r, 3)}-{_num(r, 6)}"])
    has_date = _keep(r, 0.3)
    t: dict = {"merchant_name": platform, "amount": total, "transaction_id": bid, "date": when if has_date else None,
               "payment_method": method, "status": "success"}
    p.title(platform, int(26 * s), fld="merchant_name")
    p.banner(r.choice(["Booking confirmed", "You're going!", "Order confirmed"]), _STATUS_COLOR["success"])
    venue = {"INR": "NSCI Dome", "GBP": "O2 Academy Brixton", "USD": "Madison Square Garden", "EUR": "Olympiahalle"}[cur]
    p.text(event, int(22 * s), "center", True)
    p.text(f"{_fmt_date(r, show, cur)} | {_fmt_time(r)} | {venue}",
           int(17 * s), "center")
    p.sep()
    p.kv(r.choice(["Booking ID", "Order #", "Order number"]), bid, int(19 * s), fld="transaction_id")
    if has_date:
        p.kv(r.choice(["Booked on", "Order date", "Purchased"]), _fmt_date(r, when, cur), int(19 * s), fld="date")
    p.kv("Tickets", f"{qty} x {r.choice(['GA', 'Gold', 'Stalls', 'Fan Pit'])}", int(19 * s))
    p.kv("Seats", r.choice(["Unreserved", f"Row {r.choice('ABCDEFGH')} {r.randint(1, 30)}-{r.randint(31, 40)}"]), int(19 * s))
    p.sep()
    p.kv(f"Ticket price ({qty})", c.money(each * qty, cur), int(19 * s))
    p.kv(r.choice(["Booking fee", "Service fee", "Convenience fee"]), c.money(fee, cur), int(19 * s))
    if tax:
        p.kv("IGST @18%", c.money(tax, cur), int(19 * s))
    p.kv(r.choice(["Amount paid", "Order total", "Total"]), c.money(total, cur), int(22 * s), True, fld="amount")
    p.kv(r.choice(["Paid via", "Payment"]),
         {"card": f"{r.choice(['Visa', 'Mastercard', 'RuPay'])} ending {_num(r, 4)}",
          "UPI": "UPI", "wallet": r.choice(["Paytm Wallet", "PayPal", "Apple Pay"]),
          "netbanking": "Net Banking"}[method], int(19 * s), fld="payment_method")
    p.text("Show the QR code at the gate. Non-refundable.", int(15 * s), "center")
    return p, t


def _ev_charging(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    cur = r.choice(["EUR", "EUR", "GBP", "INR"])
    op = r.choice({"EUR": ["IONITY", "Allego", "Fastned", "EnBW mobility+"], "GBP": ["Osprey Charging",
                   "InstaVolt", "bp pulse"], "INR": ["Tata Power EZ Charge", "Statiq", "ChargeZone"]}[cur])
    style = r.choice(["slip", "screen"])
    p = Page(width=576 if style == "slip" else r.choice([720, 1080]), style=style, accent=(0, 130, 130))
    s = p.width / 576 if p.style == "slip" else p.width / 720
    kwh = Decimal(str(round(r.uniform(6, 75), 2)))
    rate = {"EUR": Decimal("0.59"), "GBP": Decimal("0.79"), "INR": Decimal("21.00")}[cur]
    energy = _q(kwh * rate)
    session_fee = r.choice([Decimal(0), {"EUR": Decimal("0.35"), "GBP": Decimal("0.30"), "INR": Decimal(0)}[cur]])
    vat = _q((energy + session_fee) * {"EUR": Decimal("0.19"), "GBP": Decimal("0.20"), "INR": Decimal("0.18")}[cur])
    total = energy + session_fee + vat
    status = r.choice(["success", "success", "pending", None])
    method = r.choice(["card", "card", "wallet", "UPI" if cur == "INR" else "card"])
    when = _base_date(r)
    rno = r.choice([f"{_num(r, 8)}", f"INV-{_alnum(r, 8)}", f"{_alnum(r, 2)}{_num(r, 9)}"])
    has_id = _keep(r, 0.3)
    t: dict = {"merchant_name": op, "amount": total, "transaction_id": rno if has_id else None, "date": when,
               "payment_method": method, "status": status}
    p.title(op, int(26 * s), fld="merchant_name")
    p.text(r.choice(["Charging receipt", "Ladebeleg / Charging receipt", "Session summary"]), int(18 * s), "center")
    if status:
        p.banner({"success": r.choice(["Payment complete", "Paid"]),
                  "pending": r.choice(["Payment pending", "Pre-authorisation held"])}[status], _STATUS_COLOR[status])
    p.sep()
    if has_id:
        p.kv(r.choice(["Receipt no.", "Invoice", "Beleg-Nr."]), rno, int(17 * s), fld="transaction_id")
    p.kv("Date", _fmt_date(r, when, cur), int(17 * s), fld="date")
    p.kv("Start / End", f"{_fmt_time(r)} - {_fmt_time(r)}", int(17 * s))
    p.kv(r.choice(["Station ID", "EVSE ID", "Charger"]), f"{r.choice(['DE*ION*E', 'GB*OSP*', 'IN*TPC*'])}{_num(r, 6)}", int(17 * s))
    p.kv("Connector", r.choice(["CCS2 #1", "CCS #2", "Type 2 AC"]), int(17 * s))
    p.kv("Energy", f"{kwh} kWh" if cur != "EUR" or not c.eur_continental else f"{str(kwh).replace('.', ',')} kWh", int(17 * s))
    p.kv("Price per kWh", c.money(rate, cur), int(17 * s))
    p.sep()
    p.kv("Energy cost", c.money(energy, cur), int(17 * s))
    if session_fee:
        p.kv("Session fee", c.money(session_fee, cur), int(17 * s))
    p.kv({"EUR": "MwSt./VAT 19%", "GBP": "VAT 20%", "INR": "GST 18%"}[cur], c.money(vat, cur), int(17 * s))
    p.kv(r.choice(["Total", "Gesamt / Total", "Amount charged"]), c.money(total, cur), int(21 * s), True, fld="amount")
    p.kv(r.choice(["Paid with", "Payment"]),
         {"card": f"{r.choice(['VISA', 'Mastercard', 'Maestro'])} **** {_num(r, 4)} (contactless)",
          "wallet": r.choice(["App wallet", "Google Pay", "Apple Pay"]), "UPI": "UPI"}[method], int(17 * s),
         fld="payment_method")
    p.text(f"Vehicle: {r.choice(['KA05MN4412', 'M-AB 1234E', 'AB21 XYZ', 'not identified'])}", int(15 * s), "center")
    return p, t


def _taxi_meter(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    cur = r.choice(["EUR", "GBP", "USD", "EUR"])
    p = Page(width=r.choice([384, 448, 576]), style="slip")
    s = p.width / 576 + 0.25
    fare = _money(r, 8, 90)
    extras = r.choice([Decimal(0), Decimal("2.50"), Decimal("4.00")])
    tip = r.choice([Decimal(0), Decimal(0), _q(fare * Decimal("0.1"))])
    total = fare + extras + tip
    method = r.choice(["cash", "card", "cash"])
    when = _base_date(r)
    has_m = _keep(r, 0.4)
    company = r.choice({"EUR": ["Taxi Berlin", "Taxi 4x35 Wien", "Taxi München eG"],
                        "GBP": ["ComCab London", "Addison Lee"],
                        "USD": ["Yellow Cab Co.", "Flywheel Taxi SF"]}[cur])
    tno = r.choice([f"{_num(r, 4)}", f"{_alnum(r, 2)}-{_num(r, 3)}"])
    has_id = _keep(r, 0.4)
    t: dict = {"merchant_name": company if has_m else None, "amount": total,
               "transaction_id": tno if has_id else None, "date": when, "payment_method": method, "status": None}
    if has_m:
        p.title(company, int(22 * s), fld="merchant_name")
    else:
        p.title(r.choice(["TAXI", "TAXI RECEIPT", "QUITTUNG / RECEIPT"]), int(22 * s))
    p.kv(r.choice(["Taxi No", "Konz.-Nr.", "Cab #"]), _num(r, 4), int(16 * s))
    p.kv(r.choice(["Driver", "Fahrer-ID", "Badge"]), _num(r, 5), int(16 * s))
    if has_id:
        p.kv(r.choice(["Receipt", "Beleg-Nr", "Trip no"]), tno, int(16 * s), fld="transaction_id")
    p.kv("Date", _fmt_date(r, when, cur), int(16 * s), fld="date")
    p.kv("Start", _fmt_time(r), int(16 * s))
    p.kv("End", _fmt_time(r), int(16 * s))
    p.kv("Distance", f"{round(r.uniform(1, 40), 1)} km" if cur != "USD" else f"{round(r.uniform(1, 25), 1)} mi",
         int(16 * s))
    p.sep()
    p.kv("Fare", c.money(fare, cur), int(16 * s))
    if extras:
        p.kv(r.choice(["Extras", "Zuschlag", "Luggage"]), c.money(extras, cur), int(16 * s))
    if tip:
        p.kv(r.choice(["Tip", "Trinkgeld"]), c.money(tip, cur), int(16 * s))
    p.kv(r.choice(["TOTAL", "Summe", "Total"]), c.money(total, cur), int(19 * s), True, fld="amount")
    p.kv("incl. VAT 7%" if cur == "EUR" else "Tax", c.money(_q(total * Decimal("0.0654")), cur), int(15 * s))
    p.kv("Paid", {"cash": r.choice(["CASH", "Bar"]), "card": r.choice(["CARD", "EC-Karte", "CREDIT"])}[method],
         int(16 * s), fld="payment_method")
    p.text("Thank you - Gute Fahrt", int(15 * s), "center")
    return p, t


def _us_pharmacy(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    chain = r.choice(["CVS pharmacy", "Walgreens", "Rite Aid", "Duane Reade", "Walmart Pharmacy"])
    chain = chain.upper() if r.random() < 0.5 else chain
    p = Page(width=r.choice([576, 640]), style="slip")
    items = [(r.choice(["ADVIL 24CT", "CVS ALLERGY RELIEF", "TYLENOL XS 100", "BAND-AID 30CT", "COLGATE TP",
                        "NYQUIL LIQ 12OZ", "VITAMIN D3 2000IU", "RX#" + _num(r, 7)]), _money(r, 2.49, 39.99))
             for _ in range(r.randint(2, 6))]
    sub = sum((v for _, v in items), Decimal(0))
    savings = _q(sub * Decimal(str(r.choice([0, 0.1, 0.2]))))
    tax = _q((sub - savings) * Decimal("0.06"))
    total = sub - savings + tax
    method = r.choice(["card", "card", "cash", "wallet"])
    when = _base_date(r)
    trn = f"{_num(r, 4)} {_num(r, 4)} {_num(r, 4)} {_num(r, 4)}"
    has_id = _keep(r, 0.3)
    t: dict = {"merchant_name": chain, "amount": total, "transaction_id": trn if has_id else None, "date": when,
               "payment_method": method, "status": "success" if method != "cash" else None}
    p.title(chain, 26, fld="merchant_name")
    p.text(f"Store #{_num(r, 5)}  {r.choice(['300 W 57th St, New York NY', '1200 S Main St, Ann Arbor MI'])}", 15, "center")
    p.text(r.choice(["(212) 555-0199", "(734) 555-0112"]), 15, "center")
    p.sep()
    for n, v in items:
        p.kv(n, c.money(v, "USD", bare=True) + " B", 16)
    if savings:
        p.kv("EXTRACARE SAVINGS", "-" + c.money(savings, "USD", bare=True), 16)
    p.kv("SUBTOTAL", c.money(sub - savings, "USD", bare=True), 16)
    p.kv("TAX 6.000%", c.money(tax, "USD", bare=True), 16)
    p.kv(r.choice(["TOTAL", "BALANCE DUE", "TOTAL DUE"]), c.money(total, "USD"), 20, True, fld="amount")
    if method == "card":
        p.kv(r.choice(["VISA", "MASTERCARD", "DISCOVER", "DEBIT"]) + f" CARD ****{_num(r, 4)}",
             c.money(total, "USD", bare=True), 16, fld="payment_method")
        p.text(f"AUTH CD {_num(r, 6)}  APPROVED", 15, fld="status")
    elif method == "wallet":
        p.kv(r.choice(["APPLE PAY", "GOOGLE PAY", "SAMSUNG PAY"]), c.money(total, "USD", bare=True), 16,
             fld="payment_method")
        p.text(f"AUTH CD {_num(r, 6)}  APPROVED", 15, fld="status")
    else:
        given = total + r.choice([Decimal("0.00"), Decimal("1.00"), Decimal("10.00")])
        p.kv("CASH", c.money(given, "USD", bare=True), 16, fld="payment_method")
        p.kv("CHANGE", c.money(given - total, "USD", bare=True), 16)
    p.sep()
    p.kv("ExtraCare Card #", f"****{_num(r, 4)}", 15)
    p.text(f"{_fmt_date(r, when, 'USD')} {_fmt_time(r)}", 16, fld="date")
    if has_id:
        p.text(r.choice(["TRN#", "Receipt #", "Trans ID"]) + f" {trn}", 15, fld="transaction_id")
    p.text(f"Returns with receipt by {_fmt_date(r, when + timedelta(days=60), 'USD')}", 14, "center")
    return p, t


def _hotel_booking_app(c: Ctx) -> tuple[Page, dict]:
    r = c.rng
    cur = r.choice(["INR", "INR", "EUR", "USD", "GBP"])
    app = r.choice({"INR": ["OYO", "MakeMyTrip", "Goibibo", "Agoda"], "EUR": ["Booking.com", "Expedia"],
                    "USD": ["Expedia", "Hotels.com", "Airbnb"], "GBP": ["Booking.com", "lastminute.com"]}[cur])
    hotel = r.choice(["Townhouse Oak Residency", "Hotel Sea Princess", "Ibis Styles Centrum",
                      "The Belvedere Inn", "Lemon Tree Premier"])
    p = Page(width=r.choice([720, 1080, 828]), style="screen", accent=(220, 60, 40))
    s = p.width / 720
    nights = r.randint(1, 5)
    rate = _money(r, 999, 7999, False) if cur == "INR" else _money(r, 60, 260)
    taxes = _q(rate * nights * Decimal("0.12"))
    total = rate * nights + taxes
    mode = r.choice(["prepaid", "prepaid", "pay_at_hotel", "failed"])
    status = {"prepaid": "success", "pay_at_hotel": "pending", "failed": "failed"}[mode]
    method = None if mode == "pay_at_hotel" else r.choice(["card", "UPI" if cur == "INR" else "card", "wallet",
                                                           "netbanking" if cur == "INR" else "card"])
    when = _base_date(r)
    checkin = when + timedelta(days=r.randint(2, 60))
    bid = r.choice([f"{_alnum(r, 4)}{_num(r, 4)}", _num(r, 10), f"NH{_num(r, 12)}"])
    has_date = _keep(r, 0.3)
    t: dict = {"merchant_name": app, "amount": total, "transaction_id": bid, "date": when if has_date else None,
               "payment_method": method, "status": status}
    p.title(app, int(28 * s), fld="merchant_name")
    p.banner({"success": r.choice(["Booking confirmed · Paid", "Payment successful"]),
              "pending": r.choice(["Pay at hotel", "Confirmed · Payment due at property"]),
              "failed": r.choice(["Payment failed", "Booking not confirmed - payment failed"])}[status],
             _STATUS_COLOR[status])
    p.text(hotel, int(22 * s), "center", True)
    p.text(f"Check-in {_fmt_date(r, checkin, cur)}  ·  Check-out {_fmt_date(r, checkin + timedelta(days=nights), cur)}",
           int(17 * s), "center")
    p.sep()
    p.kv(r.choice(["Booking ID", "Confirmation number", "Itinerary #"]), bid, int(19 * s), fld="transaction_id")
    p.kv("PIN", _num(r, 4), int(19 * s))
    if has_date:
        p.kv(r.choice(["Booked on", "Booking date", "Paid on"]), _fmt_date(r, when, cur), int(19 * s), fld="date")
    p.kv("Guests", f"{r.randint(1, 3)} adults, {nights} night{'s' if nights > 1 else ''}", int(19 * s))
    p.sep()
    p.kv(f"Room charges ({nights} N)", c.money(rate * nights, cur), int(19 * s))
    p.kv("Taxes & fees", c.money(taxes, cur), int(19 * s))
    p.kv({"success": "Total paid", "pending": "Payable at hotel", "failed": "Total"}[status], c.money(total, cur),
         int(22 * s), True, fld="amount")
    if method:
        p.kv(r.choice(["Payment mode", "Paid with"]),
             {"card": f"Card ending {_num(r, 4)}", "UPI": "UPI", "wallet": r.choice(["MMT Wallet", "Amazon Pay", "PayPal"]),
              "netbanking": "Netbanking"}[method], int(19 * s), fld="payment_method")
    p.text(f"Hotel contact: {_phone_in(r) if cur == 'INR' else '+44 20 7946 0555'}", int(15 * s), "center")
    return p, t


FAMILIES = {
    "grocery_app": _grocery_app,
    "clinic_bill": _clinic_bill,
    "courier_counter": _courier_counter,
    "gym_membership": _gym_membership,
    "salon_pos": _salon_pos,
    "electricity_counter": _electricity_counter,
    "lic_premium": _lic_premium,
    "app_store_email": _app_store_email,
    "cc_bill_payment": _cc_bill_payment,
    "loan_emi": _loan_emi,
    "crypto_deposit": _crypto_deposit,
    "event_ticket": _event_ticket,
    "ev_charging": _ev_charging,
    "taxi_meter": _taxi_meter,
    "us_pharmacy": _us_pharmacy,
    "hotel_booking_app": _hotel_booking_app,
}
FAMILY_NAMES = list(FAMILIES)


def _base_date(rng: random.Random) -> date:
    return date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000))


# ---------------------------------------------------------------- rendering


@dataclass
class Drawn:
    """The image plus every string drawn on it and, per truth field, the strings that carry it."""

    image: Image.Image
    strings: list[str]
    tagged: dict[str, list[str]]


def _render(page: Page, font: tuple[str, str, str, bool], rng: random.Random) -> Drawn:
    _, reg, bold, _ = font
    w = page.width
    margin = max(18, w // 24)
    dark = page.style in ("screen",) and rng.random() < 0.25
    bg = (18, 18, 22) if dark else ((250, 250, 247) if page.style != "slip" else (246, 244, 238))
    fg = (235, 235, 235) if dark else (25, 25, 28)
    strings: list[str] = []
    tagged: dict[str, list[str]] = {}
    canvas = Image.new("RGB", (w, 4000), bg)
    d = ImageDraw.Draw(canvas)
    y = margin
    if page.style == "screen":
        d.rectangle([0, 0, w, int(w * 0.06)], fill=page.accent)
        d.text((margin, int(w * 0.015)), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
               font=_font(reg, max(14, w // 40)), fill=(255, 255, 255))
        y = int(w * 0.06) + margin
    if page.style == "email":
        d.rectangle([0, 0, w, 6], fill=page.accent)

    def tag(fld: str | None, s: str) -> None:
        strings.append(s)
        if fld:
            tagged.setdefault(fld, []).append(s)

    for row in page.rows:
        kind = row[0]
        if kind == "text":
            _, text, size, is_bold, align, fld = row
            f = _font(bold if is_bold else reg, size)
            tw = d.textlength(text, font=f)
            while tw > w - 2 * margin and size > 11:
                size -= 1
                f = _font(bold if is_bold else reg, size)
                tw = d.textlength(text, font=f)
            x = {"left": margin, "center": (w - tw) / 2, "right": w - margin - tw}[align]
            d.text((x, y), text, font=f, fill=fg)
            tag(fld, text)
            y += int(size * 1.45)
        elif kind == "kv":
            _, label, value, size, is_bold, fld = row
            f = _font(bold if is_bold else reg, size)
            lw, vw = d.textlength(label, font=f), d.textlength(value, font=f)
            while lw + vw + 16 > w - 2 * margin and size > 11:
                size -= 1
                f = _font(bold if is_bold else reg, size)
                lw, vw = d.textlength(label, font=f), d.textlength(value, font=f)
            d.text((margin, y), label, font=f, fill=fg if page.style != "screen" else (fg if dark else (95, 95, 105)))
            d.text((w - margin - vw, y), value, font=f, fill=fg)
            tag(None, label)
            tag(fld, value)
            y += int(size * 1.5)
        elif kind == "sep":
            if page.style == "slip":
                dash = d.textlength("-", font=_font(reg, 16))
                line = "-" * int((w - 2 * margin) / max(dash, 1))
                d.text((margin, y), line, font=_font(reg, 16), fill=fg)
                y += 22
            else:
                d.line([margin, y + 6, w - margin, y + 6], fill=(190, 190, 195) if not dark else (80, 80, 90), width=2)
                y += 16
        elif kind == "gap":
            y += row[1]
        elif kind == "banner":
            _, text, color, fld = row
            size = max(18, w // 32)
            f = _font(bold, size)
            d.rounded_rectangle([margin, y, w - margin, y + int(size * 2.0)], radius=12, fill=color)
            tw = d.textlength(text, font=f)
            d.text(((w - tw) / 2, y + int(size * 0.45)), text, font=f, fill=(255, 255, 255))
            tag(fld, text)
            y += int(size * 2.0) + 12
    height = y + margin
    if page.style == "screen":
        height = max(height, int(w * rng.uniform(1.3, 1.8)))
    return Drawn(canvas.crop((0, 0, w, height)), strings, tagged)


# ---------------------------------------------------------------- degradations


def _degrade(img: Image.Image, rng: random.Random, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    out = img.convert("RGB")
    deg: dict[str, float] = {}
    if screen and rng.random() < 0.5:
        a = np.asarray(out).astype(np.float32)
        h, w = a.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        period = rng.uniform(3.0, 7.0)
        angle = rng.uniform(0, math.pi)
        strength = rng.uniform(8, 22)
        wave = np.sin((xx * math.cos(angle) + yy * math.sin(angle)) * 2 * math.pi / period)
        a = np.clip(a + strength * wave[..., None], 0, 255)
        out = Image.fromarray(a.astype(np.uint8))
        deg["moire_strength"] = round(strength, 1)
    if rng.random() < 0.6:
        a = np.asarray(out).astype(np.float32)
        h, w = a.shape[:2]
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        yy, xx = np.mgrid[0:h, 0:w]
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(w, h)
        dim = rng.uniform(0.25, 0.5)
        a = a * (1.0 - dim * dist)[..., None]
        out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        deg["uneven_light"] = round(dim, 2)
    if rng.random() < 0.5:
        factor = rng.uniform(0.45, 0.75)
        out = ImageEnhance.Contrast(out).enhance(factor)
        deg["contrast"] = round(factor, 2)
    if rng.random() < 0.55:
        w, h = out.size
        j = rng.uniform(0.01, 0.04)
        src = [(rng.uniform(0, j) * w, rng.uniform(0, j) * h), (w - rng.uniform(0, j) * w, rng.uniform(0, j) * h),
               (w - rng.uniform(0, j) * w, h - rng.uniform(0, j) * h), (rng.uniform(0, j) * w, h - rng.uniform(0, j) * h)]
        coeffs = _perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], src)
        out = out.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                            fillcolor=(120, 115, 105))
        deg["perspective"] = round(j, 3)
    if rng.random() < 0.75:
        angle = rng.uniform(-6, 6)
        out = out.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(120, 115, 105))
        deg["rotation_deg"] = round(angle, 2)
    if rng.random() < 0.5:
        radius = rng.uniform(0.6, 1.6)
        out = out.filter(ImageFilter.GaussianBlur(radius))
        deg["blur_radius"] = round(radius, 2)
    if rng.random() < 0.5:
        sigma = rng.uniform(5, 16)
        a = np.asarray(out).astype(np.float32)
        nrng = np.random.default_rng(rng.randint(0, 2**31))
        a = a + nrng.normal(0, sigma, a.shape[:2])[..., None]
        out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        deg["noise_sigma"] = round(sigma, 1)
    q = rng.randint(20, 60)
    out = jpeg_roundtrip(out, q)
    deg["jpeg_quality"] = float(q)
    return out, deg


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return [float(v) for v in np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))]


# ---------------------------------------------------------------- the set


def _currency_of(page: Page, truth: dict, drawn: Drawn) -> str:
    amount_text = " ".join(drawn.tagged.get("amount", []))
    for cur, marks in (("USD", ("$", "USD")), ("EUR", ("€", "EUR")), ("GBP", ("£", "GBP"))):
        if any(m in amount_text for m in marks):
            return cur
    return truth.get("currency") or "INR"


def make_heldout4_case(i: int) -> tuple[EvalReceipt, Drawn]:
    """The ``i``-th receipt of the set and what was drawn on it (for checks)."""
    rng = random.Random(SEED * 1000 + i)
    family = FAMILY_NAMES[i % len(FAMILY_NAMES)]
    font = FONTS[rng.randrange(len(FONTS))]
    ctx = Ctx(rng=rng, rupee=font[3], inr_style=rng.choice(["symbol", "symbol", "rs", "code"]),
              eur_continental=rng.random() < 0.5, cur_code_after=rng.random() < 0.2)
    page, t = FAMILIES[family](ctx)
    drawn = _render(page, font, rng)
    # Currency: what the total line shows; INR families print ₹/Rs./INR or a bare amount under an INR heading.
    currency = _currency_of(page, t, drawn)
    truth = ReceiptTruth(
        merchant_name=t["merchant_name"],
        amount=f"{t['amount']:.2f}",
        currency=currency,
        transaction_id=t["transaction_id"],
        date=t["date"].isoformat() if t["date"] else None,
        payment_method=t["payment_method"],
        status=t["status"],
    )
    degraded, deg = _degrade(drawn.image, rng, page.style == "screen")
    receipt = EvalReceipt(split=SPLIT, index=i, family=family, font=font[0], truth=truth, clean=drawn.image,
                          degraded=degraded, degradations=deg,
                          meta={"style": page.style, "width": page.width, "seed": SEED})
    return receipt, drawn


def make_heldout4_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of ``heldout4``; families rotate, so ``n >= len(FAMILY_NAMES)`` covers them all."""
    return [make_heldout4_case(i)[0] for i in range(n)]

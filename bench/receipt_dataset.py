"""Synthetic payment receipts with ground truth, rendered with Pillow (seeded, reproducible).

Four layouts (UPI app confirmation, card slip, netbanking confirmation, shop receipt with
line items), several label wordings (English variants and Hindi transliterated in Latin
script), INR and other currencies, every status, fields deliberately left off the page,
and a degraded copy of each render (blur, noise, a small rotation, low contrast, JPEG).

The truth of a field is what is printed: a field that is not on the page is ``None``.
Transaction ids of card and netbanking receipts use an alphabet without the look-alike
letters O/I/L (as many issuers do), because no reader can tell ``O`` from ``0`` in a
random code.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS: dict[str, tuple[str, str]] = {
    # family: (regular, bold)
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}

MERCHANTS = [
    "Sharma General Store", "Annapurna Sweets", "Blue Tokai Coffee", "Reliance Fresh",
    "Sri Krishna Medicals", "Cafe Madras", "Gupta Electronics", "Hotel Saravana Bhavan",
    "Rahul Verma", "Priya Nair", "Green Leaf Grocers", "Apollo Pharmacy", "City Book House",
    "Lakshmi Textiles", "Corner Bakery", "Metro Fuel Station", "Sunrise Dental Clinic",
    "Bharat Hardware", "Urban Kitchen", "Om Sai Traders", "Delhi Dhaba", "Fresh Mart",
    "Mehta Opticals", "Nandini Milk Parlour", "The Daily Grind",
]
ITEMS = ["Rice 5kg", "Atta 10kg", "Toor Dal", "Milk 1L", "Bread", "Eggs 12", "Tea 250g", "Sugar 1kg",
         "Soap", "Biscuits", "Coffee", "Paneer 200g", "Ghee 500ml", "Notebook", "Pen Set", "Masala Dosa"]
BANKS = ["HDFC", "ICICI", "SBIN", "UTIB", "KKBK", "PUNB"]
UPI_APPS = ["Google Pay", "PhonePe", "Paytm", "BHIM UPI"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

# label variants; the Hindi ones are transliterated in Latin script
AMOUNT_LABELS = ["Amount", "Amount Paid", "Total", "Paid", "Rashi", "Kul Rashi", "Total Amount"]
TOTAL_LABELS = ["Grand Total", "Total", "Total Amount", "Net Amount", "Kul Rashi", "Amount Payable"]
DATE_LABELS = ["Date", "Date", "Txn Date", "Dinank", "Date & Time"]
STATUS_TEXT = {
    "success": ["Payment Successful", "Transaction Successful", "Paid", "Completed", "Bhugtan Safal"],
    "failed": ["Payment Failed", "Transaction Failed", "Declined", "Bhugtan Asafal"],
    "pending": ["Payment Pending", "Processing", "Pending"],
}
STATUS_WORD = {"success": ["SUCCESS", "Successful", "APPROVED", "Completed"],
               "failed": ["FAILED", "DECLINED"], "pending": ["PENDING", "Processing"]}
CURRENCIES = ["INR"] * 12 + ["USD"] * 3 + ["EUR"] * 2 + ["GBP"] * 2 + ["AED", "SGD"]
SYMBOLS = {"INR": ["₹", "₹ ", "Rs.", "Rs ", "INR "], "USD": ["$", "USD "], "EUR": ["€", "EUR "],
           "GBP": ["£", "GBP "], "AED": ["AED "], "SGD": ["SGD "]}


@dataclass
class ReceiptTruth:
    merchant_name: str | None
    amount: str | None  # "1250.00"
    currency: str | None
    transaction_id: str | None
    date: str | None  # ISO
    payment_method: str | None
    status: str | None

    def as_dict(self) -> dict[str, str | None]:
        return dict(self.__dict__)


@dataclass
class ReceiptSample:
    """One receipt: its clean render, a degraded copy, the truth and how it was drawn."""

    index: int
    layout: str
    font: str
    truth: ReceiptTruth
    lines: list[str]
    clean: Image.Image
    degraded: Image.Image
    meta: dict[str, object] = field(default_factory=dict)


@dataclass
class _Line:
    left: str
    right: str = ""
    size: float = 1.0
    bold: bool = False
    align: str = "left"  # left | center


# ---------------------------------------------------------------- text formatting

def group_indian(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


def format_amount(rng: random.Random, amount: Decimal, currency: str | None) -> str:
    whole = int(amount)
    cents = amount - whole
    if currency == "INR":
        grouped = group_indian(whole) if rng.random() < 0.8 else str(whole)
    else:
        grouped = f"{whole:,}" if rng.random() < 0.8 else str(whole)
    if cents == 0 and currency == "INR" and rng.random() < 0.4:
        return grouped
    return f"{grouped}.{int(cents * 100):02d}"


def format_date(rng: random.Random, d: date, *, month_first: bool) -> str:
    mon = MONTHS[d.month - 1]
    styles = ["num_slash", "num_dash", "dd_mon_yyyy", "mon_dd_yyyy", "iso", "num_dot"]
    style = rng.choice(styles)
    if style == "num_slash":
        text = f"{d.month:02d}/{d.day:02d}/{d.year}" if month_first else f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif style == "num_dash":
        text = f"{d.month:02d}-{d.day:02d}-{d.year}" if month_first else f"{d.day:02d}-{d.month:02d}-{d.year}"
    elif style == "dd_mon_yyyy":
        text = f"{d.day} {mon} {d.year}" if rng.random() < 0.5 else f"{d.day:02d} {mon} {d.year}"
    elif style == "mon_dd_yyyy":
        text = f"{mon} {d.day}, {d.year}"
    elif style == "iso":
        text = d.isoformat()
    else:
        text = f"{d.day:02d}.{d.month:02d}.{d.year}"
    if rng.random() < 0.5:
        hour, minute = rng.randint(1, 12), rng.randint(0, 59)
        text += rng.choice([f", {hour:02d}:{minute:02d} {rng.choice(['AM', 'PM'])}", f" {hour:02d}:{minute:02d}"])
    return text


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


# ---------------------------------------------------------------- layouts

def _money(rng: random.Random, amount_text: str, currency: str | None) -> str:
    if currency is None:
        return amount_text
    sym = rng.choice(SYMBOLS[currency])
    if sym.strip() in {"INR", "USD", "EUR", "GBP", "AED", "SGD"} and rng.random() < 0.3:
        return f"{amount_text} {sym.strip()}"
    return f"{sym}{amount_text}"


def _upi_layout(rng: random.Random, t: ReceiptTruth, money: str, date_text: str) -> list[_Line]:
    lines: list[_Line] = []
    if t.payment_method == "UPI":
        lines.append(_Line(rng.choice(UPI_APPS), size=1.1, bold=True, align="center"))
    if t.status:
        lines.append(_Line(rng.choice(STATUS_TEXT[t.status]), size=1.2, bold=True, align="center"))
    if t.amount:
        lines.append(_Line(money, size=1.9, bold=True, align="center"))
    if t.merchant_name:
        if rng.random() < 0.5:
            lines.append(_Line(rng.choice(["Paid to", "To", "Prapt karta"]), size=0.9))
            lines.append(_Line(t.merchant_name, size=1.1, bold=True))
        else:
            lines.append(_Line(f"{rng.choice(['Paid to', 'To:'])} {t.merchant_name}", size=1.0))
        if t.payment_method == "UPI":
            handle = t.merchant_name.lower().replace(" ", "")[:12]
            lines.append(_Line(f"{handle}@ok{rng.choice(['axis', 'hdfcbank', 'sbi'])}", size=0.8))
    if t.date:
        lines.append(_Line(date_text, size=0.9))
    if t.transaction_id:
        label = rng.choice(["UPI Ref No", "UPI Ref. No.", "UTR", "UPI Transaction ID"]) if t.payment_method == "UPI" \
            else rng.choice(["Ref No", "Transaction ID", "Lenden ID"])
        lines.append(_Line(f"{label}:", t.transaction_id, size=0.9))
    lines.append(_Line("Share receipt", size=0.8, align="center"))
    return lines


def _card_layout(rng: random.Random, t: ReceiptTruth, money: str, date_text: str) -> list[_Line]:
    lines: list[_Line] = []
    if t.merchant_name:
        lines.append(_Line(t.merchant_name.upper() if rng.random() < 0.5 else t.merchant_name, size=1.3, bold=True,
                           align="center"))
    lines.append(_Line(f"{rng.randint(1, 299)} {rng.choice(['MG Road', 'Park Street', 'Main Street', 'Linking Road'])}",
                       size=0.8, align="center"))
    lines.append(_Line(rng.choice(["CARD SALE", "SALE"] if t.payment_method == "card" else ["SALE", "PURCHASE"]),
                       bold=True, align="center"))
    if t.payment_method == "card":
        brand = rng.choice(["VISA", "Mastercard", "RuPay", "Visa Debit"])
        mask = rng.choice(["**** ", "XXXX ", "XXXX XXXX XXXX "]) + _digits(rng, 4)
        lines.append(_Line("Card:", f"{brand} {mask}"))
    if t.date:
        lines.append(_Line(f"{rng.choice(DATE_LABELS)}:", date_text))
    if t.transaction_id:
        lines.append(_Line(f"{rng.choice(['Txn ID', 'Transaction ID', 'Ref No'])}:", t.transaction_id))
    lines.append(_Line("Auth Code:", _code(rng, 6)))
    if t.amount:
        lines.append(_Line(f"{rng.choice(AMOUNT_LABELS)}:", money, size=1.15, bold=True))
    if t.status:
        lines.append(_Line("Status:", rng.choice(STATUS_WORD[t.status])))
    lines.append(_Line(rng.choice(["Customer copy", "Thank you"]), size=0.8, align="center"))
    return lines


def _netbanking_layout(rng: random.Random, t: ReceiptTruth, money: str, date_text: str, mode: str) -> list[_Line]:
    lines: list[_Line] = []
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank", "Axis Bank", "Kotak Bank"])
    lines.append(_Line(f"{bank} NetBanking" if t.payment_method == "netbanking" else bank, size=1.2, bold=True))
    if t.status:
        lines.append(_Line(rng.choice(["Funds Transfer", "Transaction"]) + " " +
                           rng.choice(STATUS_WORD[t.status]).capitalize(), size=1.1, bold=True))
    else:
        lines.append(_Line("Transaction Details", size=1.1, bold=True))
    if t.merchant_name:
        lines.append(_Line(f"{rng.choice(['Beneficiary', 'Payee', 'Merchant'])}:", t.merchant_name))
    if t.amount:
        lines.append(_Line(f"{rng.choice(AMOUNT_LABELS)}:", money, bold=True))
    if t.payment_method == "netbanking":
        lines.append(_Line(f"{rng.choice(['Mode', 'Transfer Mode'])}:", mode))
    if t.transaction_id:
        lines.append(_Line(f"{rng.choice(['Reference No', 'Ref No', 'Transaction ID'])}:", t.transaction_id))
    if t.date:
        lines.append(_Line(f"{rng.choice(DATE_LABELS)}:", date_text))
    lines.append(_Line("From A/c: " + "X" * 6 + _digits(rng, 4), size=0.85))
    return lines


def _shop_layout(rng: random.Random, t: ReceiptTruth, money: str, date_text: str, amount: Decimal | None,
                 currency: str | None) -> list[_Line]:
    lines: list[_Line] = []
    if t.merchant_name:
        lines.append(_Line(t.merchant_name.upper() if rng.random() < 0.6 else t.merchant_name, size=1.35, bold=True,
                           align="center"))
    lines.append(_Line(f"Shop {rng.randint(1, 99)}, {rng.choice(['Sector 17', 'Anna Nagar', 'Koramangala', 'Andheri West'])}",
                       size=0.8, align="center"))
    lines.append(_Line(rng.choice(["TAX INVOICE", "CASH MEMO", "RECEIPT", "BILL"]), bold=True, align="center"))
    lines.append(_Line(f"Bill No: {rng.randint(100, 9999)}", size=0.9))
    if t.date:
        lines.append(_Line(f"{rng.choice(DATE_LABELS)}: {date_text}", size=0.9))
    if t.transaction_id:
        lines.append(_Line(f"{rng.choice(['Order ID', 'Txn ID'])}: {t.transaction_id}", size=0.9))
    lines.append(_Line("-" * 30, align="center"))
    if amount is not None:
        # line items that add up (before tax) to the subtotal
        total_cents = int(amount * 100)
        tax_cents = rng.choice([0, round(total_cents * 0.05 / 1.05)])
        sub_cents = total_cents - tax_cents
        n_items = rng.randint(2, 4)
        cuts = sorted(rng.sample(range(1, max(2, sub_cents)), n_items - 1)) if sub_cents > n_items else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [sub_cents])] if cuts else [sub_cents]
        for item, cents in zip(rng.sample(ITEMS, len(parts)), parts):
            lines.append(_Line(item, f"{Decimal(cents) / 100:.2f}", size=0.9))
        lines.append(_Line("-" * 30, align="center"))
        lines.append(_Line("Subtotal", f"{Decimal(sub_cents) / 100:.2f}", size=0.9))
        if tax_cents:
            lines.append(_Line("GST 5%", f"{Decimal(tax_cents) / 100:.2f}", size=0.9))
        lines.append(_Line(rng.choice(TOTAL_LABELS), money, size=1.15, bold=True))
    if t.payment_method:
        word = {"UPI": rng.choice(["UPI", "GPay UPI", "PhonePe"]), "card": rng.choice(["Card", "Visa Card"]),
                "cash": "Cash", "wallet": rng.choice(["Wallet", "Paytm Wallet"])}[t.payment_method]
        lines.append(_Line(f"{rng.choice(['Paid by', 'Payment Mode', 'Mode'])}: {word}", size=0.9))
    if t.status:
        lines.append(_Line(rng.choice(STATUS_WORD[t.status]), bold=True, align="center"))
    lines.append(_Line(rng.choice(["Thank you! Visit again", "Goods once sold will not be taken back"]), size=0.8,
                       align="center"))
    return lines


# ---------------------------------------------------------------- rendering

def render_lines(lines: list[_Line], *, font: str, base_size: int, width: int, seed: int = 0) -> Image.Image:
    """Draw the lines on a white page; a right part is right-aligned on the same line."""
    regular, bold = FONTS[font]
    margin = max(24, width // 18)
    fonts: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}

    def get(size: int, is_bold: bool) -> ImageFont.FreeTypeFont:
        key = (size, is_bold)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(str(FONT_DIR / (bold if is_bold else regular)), size)
        return fonts[key]

    heights = [round(base_size * ln.size * 1.65) for ln in lines]
    height = sum(heights) + 2 * margin
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    y = margin
    for ln, h in zip(lines, heights):
        f = get(round(base_size * ln.size), ln.bold)
        if ln.align == "center" and not ln.right:
            w = draw.textlength(ln.left, font=f)
            draw.text(((width - w) / 2, y), ln.left, font=f, fill="black")
        else:
            draw.text((margin, y), ln.left, font=f, fill="black")
            if ln.right:
                w = draw.textlength(ln.right, font=f)
                draw.text((width - margin - w, y), ln.right, font=f, fill="black")
        y += h
    return img


def degrade(img: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of a screen or a slip: a small rotation, blur, low contrast, noise, JPEG."""
    import numpy as np

    out = img.convert("L")
    angle = rng.uniform(-3.0, 3.0)
    out = out.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.2)))
    out = ImageEnhance.Contrast(out).enhance(rng.uniform(0.45, 0.8))
    arr = np.asarray(out, dtype=np.float32)
    arr = arr * rng.uniform(0.8, 1.0) + rng.uniform(0, 30)  # a dim, grey page
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(4, 12), arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr).convert("RGB")
    buffer = io.BytesIO()
    out.save(buffer, format="JPEG", quality=rng.randint(45, 80))
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def make_receipt(
    index: int, *, seed: int = 0, layout: str | None = None, extra_lines: tuple[str, ...] = (), **overrides: object
) -> ReceiptSample:
    """Draw receipt ``index`` of the seeded stream; ``overrides`` pin truth fields (None = absent).

    ``extra_lines`` are printed under the header (an injected instruction, for example).
    """
    rng = random.Random(seed * 1_000_003 + index)
    layout = layout or rng.choice(["upi", "upi", "card", "netbanking", "shop", "shop"])
    font = rng.choice(list(FONTS))
    currency = "INR" if layout in {"upi", "netbanking"} else rng.choice(CURRENCIES)
    month_first = currency == "USD"
    magnitude = rng.choice([2, 3, 3, 4, 4, 5, 6])
    amount = Decimal(rng.randint(10 ** (magnitude - 1), 10**magnitude - 1))
    if rng.random() < 0.6:
        amount += Decimal(rng.randint(0, 99)) / 100
    when = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
    status = rng.choice(["success"] * 4 + ["failed", "pending"])
    method = {"upi": "UPI", "card": "card", "netbanking": "netbanking",
              "shop": rng.choice(["UPI", "card", "cash", "cash", "wallet"])}[layout]
    mode = rng.choice(["IMPS", "NEFT", "RTGS"])
    if layout == "upi" or (layout == "netbanking" and mode == "IMPS"):
        txn = _digits(rng, 12)
    elif layout == "netbanking":
        txn = rng.choice(BANKS) + mode[0] + _digits(rng, 11)
    elif layout == "card":
        txn = _code(rng, rng.randint(8, 14))
    else:
        txn = "ORD" + _digits(rng, rng.randint(6, 10))
    truth = ReceiptTruth(
        merchant_name=rng.choice(MERCHANTS),
        amount=f"{amount:.2f}",
        currency=currency,
        transaction_id=txn,
        date=when.isoformat(),
        payment_method=method,
        status=status,
    )
    # leave fields off the page: each with a small chance; shop receipts rarely print a status
    for name, p in [("merchant_name", 0.08), ("currency", 0.1), ("transaction_id", 0.15), ("date", 0.08),
                    ("payment_method", 0.12), ("status", 0.12), ("amount", 0.04)]:
        if layout == "shop" and name == "merchant_name":
            continue  # the shop name is the header; a shop receipt without it is not a receipt
        if layout == "shop" and name == "status":
            p = 0.6
        if layout in {"upi"} and name == "currency":
            p = 0.0
        if rng.random() < p:
            setattr(truth, name, None)
    if truth.amount is None:
        truth.currency = None
    for name, value in overrides.items():
        setattr(truth, name, value)
    if truth.currency is None and layout == "upi" and truth.amount is not None:
        truth.currency = "INR"  # an app screen always shows ₹
    amount_dec = Decimal(truth.amount) if truth.amount else None
    money = _money(rng, format_amount(rng, amount_dec, truth.currency), truth.currency) if amount_dec else ""
    month_first = truth.currency == "USD"  # the locale a reader can see: US dollars go month first
    date_text = format_date(rng, date.fromisoformat(truth.date), month_first=month_first) if truth.date else ""
    if layout == "upi":
        lines = _upi_layout(rng, truth, money, date_text)
    elif layout == "card":
        lines = _card_layout(rng, truth, money, date_text)
    elif layout == "netbanking":
        lines = _netbanking_layout(rng, truth, money, date_text, mode)
    else:
        lines = _shop_layout(rng, truth, money, date_text, amount_dec, truth.currency)
    for text in reversed(extra_lines):
        lines.insert(1, _Line(text, size=0.8))
    base_size = rng.randint(20, 30)
    width = rng.randint(560, 760) if font != "mono" else rng.randint(640, 820)
    clean = render_lines(lines, font=font, base_size=base_size, width=width)
    degraded = degrade(clean, rng)
    text_lines = [f"{ln.left} {ln.right}".strip() for ln in lines]
    return ReceiptSample(index, layout, font, truth, text_lines, clean, degraded,
                         meta={"base_size": base_size, "width": width, "month_first": month_first})


def make_dataset(n: int = 200, *, seed: int = 0) -> list[ReceiptSample]:
    """The first ``n`` receipts of the seeded stream."""
    return [make_receipt(i, seed=seed) for i in range(n)]

"""The twelve heldout129 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a fifteenth random day's proofs of payment, as an agricultural inputs dealer (a krishi
seva kendra selling seeds, fertiliser, pesticides, drip irrigation and small farm machinery, with a tractor-spares
counter, in Nashik, Guntur, Bathinda, Hubballi, Vidisha, Karnal, Jalgaon, Rajkot and Erode) receives them from
farmers, traders and cooperatives in 2026 and pays its own suppliers: farmers' UPI screens (three with Hindi, Marathi
or Telugu labels), the dealer's cash and credit memos stamped PAID / PART PAID / UDHAAR, a cooperative bank's counter
slips, Kisan Credit Card slips, fertiliser companies' acknowledgements of the dealer's RTGS, drip-irrigation farmer's
share receipts, the spares counter's bills with their card lines, PMFBY premium receipts from a CSC, agricultural
pump bills paid through Bharat Connect, APMC market-fee receipts and e-NAM payments to sellers, tractor,
two-wheeler and micro-finance EMI receipts and a seed company's online orders. Every row is added to heldout113's
``Screen`` (``Mixed`` where a label is in Devanagari or Telugu) with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, licence numbers, item lines, subsidies, total system costs, sums
insured, available limits, bills, arrears, next EMI days and the payer's own details carry no fact; a lot's number
ranks below every other id (heldout128's ``LR_RANK``). ``compose`` is heldout121's (heldout119's frames and marks,
its rubber stamp), with a page of mixed scripts drawn in heldout91's script faces (``_mixed``).
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout106_families
from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import bbps_ref, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout91_families import Faces, runs
from bench.receipt_sets.heldout93_families import glyphs
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import handle, head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import check, top, transfer_rows
from bench.receipt_sets.heldout123_families import APPS as UPI_APP_STYLES
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, payee_pair, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout128_families import LR_RANK

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MARGIN = 34

# city, PIN code, locality, state, GST state code
CITIES = [("Nashik", "422003", "Panchavati", "Maharashtra", "27"),
          ("Guntur", "522001", "Kothapet", "Andhra Pradesh", "37"),
          ("Bathinda", "151001", "Mall Road", "Punjab", "03"),
          ("Hubballi", "580020", "Deshpande Nagar", "Karnataka", "29"),
          ("Vidisha", "464001", "Sanchi Road", "Madhya Pradesh", "23"),
          ("Karnal", "132001", "Kunjpura Road", "Haryana", "06"),
          ("Jalgaon", "425003", "Ajanta Road", "Maharashtra", "27"),
          ("Rajkot", "360002", "Gondal Road", "Gujarat", "24"),
          ("Erode", "638001", "Perundurai Road", "Tamil Nadu", "33")]
# the dealer in each town: its trade name and its firm
DEALERS = [("Shree Ram Krishi Seva Kendra", "Shree Ram Agro Agencies"),
           ("Sri Lakshmi Fertilisers & Pesticides", "Sri Lakshmi Agro Traders"),
           ("Malwa Khad Beej Bhandar", "Malwa Agri Inputs Pvt Ltd"),
           ("Basava Krishi Kendra", "Basava Agro Services"),
           ("Kisan Beej Bhandar", "Vidisha Kisan Agro Centre"),
           ("Haryana Agro Seeds & Spares", "Haryana Agro Traders LLP"),
           ("Jai Kisan Krishi Seva Kendra", "Jai Kisan Agritech"),
           ("Saurashtra Krishi Kendra", "Saurashtra Agro Inputs Pvt Ltd"),
           ("Kongu Agro Service Centre", "Kongu Agro Inputs & Spares")]
FARMERS = ["Dnyaneshwar Sonawane", "Venkata Subba Rao", "Gurpreet Singh Sidhu", "Basavaraj Patil",
           "Ramprasad Kushwaha", "Jagdish Saini", "Prakash Chaudhari", "Bhikhabhai Patel", "K. Palanisamy",
           "Somnath Jadhav", "Lakhwinder Singh", "Rameshwar Dangi"]
VILLAGES = ["Dindori", "Pedakakani", "Rampura Phul", "Kundgol", "Gyaraspur", "Nilokheri", "Yawal", "Gondal",
            "Kodumudi", "Niphad"]
# (item, price per unit in rupees with GST, kind)
SEEDS = [("Bt Cotton MRC 7351 (475 g)", 864.0), ("Maize P3396 (4 kg)", 1650.0), ("Soybean JS 95-60 (30 kg)", 3150.0),
         ("Wheat HD 3226 (40 kg)", 2200.0), ("Tomato Saaho (10 g)", 1450.0), ("Paddy PR 126 (10 kg)", 780.0),
         ("Chilli Teja S17 (10 g)", 920.0)]
FERTS = [("Urea (45 kg bag)", 266.5), ("DAP (50 kg bag)", 1350.0), ("NPK 10:26:26 (50 kg)", 1470.0),
         ("Nano Urea Plus (500 ml)", 225.0), ("SSP (50 kg bag)", 480.0), ("MOP (50 kg bag)", 1700.0)]
PESTS = [("Coragen 18.5 SC (60 ml)", 1050.0), ("Chlorpyriphos 20% EC (1 L)", 420.0), ("Mancozeb 75% WP (1 kg)", 480.0),
         ("Imidacloprid 17.8 SL (250 ml)", 390.0), ("Glyphosate 41% SL (1 L)", 450.0)]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India",
       "Bank of Maharashtra"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IndusInd Bank"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "The bank has not confirmed yet. The dealer will update your khata once it does."]


def dealer(rng: random.Random, i: int, *, firm: float = 0.3, caps: float = 0.25) -> str:
    """The dealer as a payee: its trade name, or its firm's on some, in capitals on some."""
    name = DEALERS[i][1] if rng.random() < firm else DEALERS[i][0]
    return name.upper() if rng.random() < caps else name


def town(rng: random.Random, i: int) -> str:
    """A town as its paper spells it (Bathinda as Bhatinda on some)."""
    return "Bhatinda" if i == 2 and rng.random() < 0.4 else CITIES[i][0]


def slash(value: float, mark: str = "Rs.", grouping: str = "indian") -> str:
    """A sum as a counter writes it: whole rupees closed by ``/-`` (paise kept where there are any)."""
    places = 0 if abs(value - round(value)) < 1e-9 else 2
    body = num(value, grouping, places)
    return f"{mark} {body}/-" if places == 0 else f"{mark} {body}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 150000, p_round: float = 0.6, firm: float = 0.3, caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(DEALERS))
        self.to = dealer(rng, self.town, firm=firm, caps=caps)
        self.farmer = rng.choice(FARMERS)
        self.village = rng.choice(VILLAGES)
        self.ref = utr(rng, self.date)


def dealer_head(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
                sub: list[str] | None = None) -> None:
    """The dealer on top of its own paper: what it sells, its address, GSTIN and licence numbers (never an id), the
    document's kind; the payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or ["Seeds | Fertilisers | Pesticides | Drip Irrigation",
                                      "Dealers in seeds, fertilisers and pesticides",
                                      "Krishi Seva Kendra - Tractor Spares Counter"]))
    p.add("small", f"Shop {rng.randrange(2, 90)}, {city[2]}, {town(rng, j.town)} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    if rng.random() < 0.7:
        p.add("small", f"Fert. Lic. {city[0][:3].upper()}/F/{rng.randrange(100, 9999)}  Seed Lic. "
                       f"{rng.randrange(1000, 99999)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def seal(p: Screen, head_line: str, role: str, date: dt.date | None, word: str) -> None:
    """heldout121's violet rubber stamp at the foot, room made for it: a name, a desk, the day (where the page prints
    one), the word."""
    rng = p.rng
    for _ in range(5):
        p.add("gap")
    lines = [head_line.upper(), role]
    if date is not None:
        lines.append(when(date, "%d %b %Y", upper=True))
    lines.append(word)
    check(lines, p.font)
    p.style["h121"] = {"stamp": {"lines": lines, "angle": rng.uniform(-16, 16),
                                 "at": (rng.uniform(0.6, 0.72), rng.uniform(0.88, 0.9))}}


# ---------------------------------------------------------------- a page with labels in an Indian script


def _indic(text: str) -> bool:
    return any(0x0900 <= ord(ch) <= 0x0C7F for ch in text)


class Mixed(Screen):
    """heldout113's ``Screen`` whose rows may hold Devanagari or Telugu beside English: each run checked in its own
    face (heldout91's ``Faces``: the page's face for English, Noto Sans <script> for the script), a pair too wide
    stacked; ``compose`` draws such a page with ``_mixed``."""

    def faces(self) -> Faces:
        return Faces(self.font, serif=False)

    def add(self, kind: str, *texts: str, **facts) -> None:
        if not any(_indic(text) for text in texts):
            super().add(kind, *texts, **facts)
            return
        faces = self.faces()
        for text in texts:
            for script, chunk in runs(text):
                assert glyphs(faces.path(script), chunk), (faces.path(script), chunk)
        px = int(self.style["size"] * SCALE.get(kind, 1.0))
        assert all(faces.length(text, px) <= self.style["width"] - 2 * MARGIN for text in texts), texts
        self.style.setdefault("h129", {})["mixed"] = True
        self.rows.append((kind, *texts))
        self.tags.append((self.part, facts))

    def pair(self, label: str, value: str, **facts) -> None:
        if not _indic(label + value):
            super().pair(label, value, **facts)
            return
        size = self.style["size"]
        faces = self.faces()
        if faces.length(label, size) + faces.length(value, size) + 24 <= self.style["width"] - 2 * MARGIN:
            self.add("pair", label, value, **facts)
        else:
            self.add("left", label)
            self.add("left", value, **facts)


def _mixed(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """``heldout14_render.render``'s page with each run of a row in its script's face (heldout91's ``Faces``), on
    one baseline."""
    width, size = style.get("width", 620), style.get("size", 22)
    faces = Faces(font, serif=False)
    line = int(size * 1.55)
    room = width - 2 * MARGIN

    def wide(row: tuple) -> bool:
        return row[0] == "pair" and faces.length(row[1], size) + faces.length(row[2], size) + 24 > room

    height = MARGIN * 2 + sum(int(line * (SCALE.get(row[0], 1.0) if row[0] != "pair" else 1.0))
                              * (2 if wide(row) else 1) for row in rows)
    page = Image.new("RGB", (width, max(height, style.get("min_height", 0))), style.get("paper", (252, 251, 246)))
    draw = ImageDraw.Draw(page)
    if style.get("band"):
        draw.rectangle((0, 0, width, MARGIN + int(line * 2.6)), fill=style["band"])
    ink, accent = style.get("ink", (25, 25, 30)), style.get("accent", style.get("ink", (25, 25, 30)))
    y = MARGIN
    for row in rows:
        kind = row[0]
        px = int(size * SCALE.get(kind, 1.0))
        step = int(line * SCALE.get(kind, 1.0)) if kind != "pair" else line
        base = y + load_font(font, px).getmetrics()[0]
        colour = accent if kind in ("title", "big") else ink
        if style.get("band") and y < MARGIN + line * 2.4:
            colour = style.get("band_ink", (255, 255, 255))
        if kind == "rule":
            for x in range(MARGIN, width - MARGIN, 12):
                draw.line((x, y + step // 2, x + 6, y + step // 2), fill=ink, width=1)
        elif kind in ("title", "big", "center", "small"):
            faces.draw(draw, (width - faces.length(row[1], px)) / 2, base, row[1], px, colour)
        elif kind == "left":
            faces.draw(draw, MARGIN, base, row[1], px, colour)
        elif kind == "right":
            faces.draw(draw, width - MARGIN - faces.length(row[1], px), base, row[1], px, colour)
        elif kind == "pair":
            faces.draw(draw, MARGIN, base, row[1], px, style.get("label_ink", ink))
            if wide(row):
                y += step
                base += step
            faces.draw(draw, width - MARGIN - faces.length(row[2], px), base, row[2], px, ink)
        y += step
    return page


# ---------------------------------------------------------------- 1. a farmer's UPI app paying the dealer


UPI_ORDER = ["BHIM", "PhonePe", "Paytm", "Google Pay", "BHIM", "PhonePe", "Google Pay", "Navi"]
# a screen's labels in the app's Hindi, Marathi or Telugu (the payee, the sum and the values in English)
LANGS = {
    4: {"words": {"success": "भुगतान सफल", "failed": "भुगतान विफल", "pending": "भुगतान लंबित"},
        "to": ["प्राप्तकर्ता"], "paid_to": ["प्राप्तकर्ता", "को भुगतान किया"], "details": "लेन-देन विवरण",
        "ref": "UPI संदर्भ संख्या", "day": "दिनांक और समय", "from": "खाते से", "note": "टिप्पणी"},
    5: {"words": {"success": "पेमेंट यशस्वी", "failed": "पेमेंट अयशस्वी", "pending": "पेमेंट प्रलंबित"},
        "to": ["प्राप्तकर्ता"], "paid_to": ["यांना पाठवले", "प्राप्तकर्ता"], "details": "व्यवहार तपशील",
        "ref": "UPI संदर्भ क्रमांक", "day": "दिनांक व वेळ", "from": "खात्यातून", "note": "टीप"},
    6: {"words": {"success": "చెల్లింపు విజయవంతం", "failed": "చెల్లింపు విఫలమైంది", "pending": "చెల్లింపు పెండింగ్"},
        "to": ["స్వీకర్త"], "paid_to": ["వీరికి చెల్లించారు", "స్వీకర్త"], "details": "లావాదేవీ వివరాలు",
        "ref": "UPI రిఫరెన్స్ నంబర్", "day": "తేదీ మరియు సమయం", "from": "ఖాతా నుండి", "note": "గమనిక"},
}
ENGLISH = {"ref": "UPI Ref No", "day": "Date & Time", "from": "Debited from", "note": "Note"}
FARM_NOTES = ["DAP 10 bags", "Urea 6 bags", "Cotton seed 8 pkt", "Spray dawai", "Drip advance", "Udhaar jama",
              "Soybean beej", "Khad bill"]


def regional_upi(rng: random.Random, font: str, k: int, app: str, status: str, j: Job) -> Screen:
    """upi_result's screen with its labels in the app's Hindi, Marathi or Telugu (``LANGS``; English after a slash on
    some): the outcome, the sum large, the payee's label over the dealer in Latin letters and its handle, the UPI
    reference, the day, the account debited."""
    w = LANGS[k]
    both = rng.random() < 0.4

    def lab(key: str) -> str:
        return f"{w[key]} / {ENGLISH[key]}" if both else w[key]

    dark = rng.random() < 0.3
    p = Mixed(font, rng, "phone", dark=dark, width=rng.choice([600, 640]), size=rng.choice([21, 22]),
              buttons=rng.choice([("Share", "Done"), ("Done",), ()]))
    phone_frame(p, k, p_ios=0.3)
    rs = money(rng, font, 0.6)
    name, band, handles = UPI_APP_STYLES[app][:3]
    head(p, name, band, dark, ["UPI", "BHIM UPI" if app == "BHIM" else "UPI payment"])
    p.part = "outcome"
    outcome_row(p, status, {key: [word] for key, word in w["words"].items()})
    p.part = "amount"
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "payee"
    p.add("small", rng.choice(w["paid_to"] if status == "success" else w["to"]))
    p.add("center", j.to, merchant=j.to)
    vpa = handle(rng, DEALERS[j.town][0], handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}"]), method="UPI")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.add("left", w["details"])
    if not j.no_ref:
        labelled(p, lab("ref"), j.ref, txn=(UTR_RANK, j.ref))
    p.part = "tail"
    if not j.no_day:
        labelled(p, lab("day"), stamp(rng, j.date, ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    p.pair(lab("from"), f"{rng.choice(PSB[:3] + PVT[:2])} {masked(rng, font)}")
    if rng.random() < 0.7:
        p.pair(w["note"], rng.choice(FARM_NOTES))
    return p


def farmer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A farmer's UPI app paying the dealer for seed, fertiliser or a spray, or paying off his udhaar (BHIM, PhonePe,
    Paytm, Google Pay, Navi; dark on some): heldout125's result screen on five; on three the app set to Hindi
    (BHIM), Marathi (PhonePe) or Telugu (Google Pay), its labels and outcome in the script (``regional_upi``), the
    dealer, the sum and the values in English; a note on most."""
    k = place("farmer_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=65000, p_round=0.8)
    if k in LANGS:
        p = regional_upi(rng, font, k, UPI_ORDER[k], status, j)
    else:
        p = upi_result(rng, font, k, UPI_ORDER[k], status, j, DEALERS[j.town][0], WAIT)
        if rng.random() < 0.7:
            p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(FARM_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. the dealer's cash / credit memo, stamped


MEMOS = [("CASH MEMO", "cash"), ("TAX INVOICE", "UPI"), ("CASH MEMO", "cash"), ("BILL OF SUPPLY", "card"),
         ("TAX INVOICE", "cheque"), ("BILL OF SUPPLY", "UPI"), ("CASH / CREDIT MEMO", None),
         ("BILL OF SUPPLY", "cash")]


def credit_memo(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer's memo on paper: CASH MEMO / TAX INVOICE (fertiliser at 5%, pesticides at 18%, rates with GST) /
    BILL OF SUPPLY (seeds, exempt), Memo / Bill / Invoice No., Date, the farmer and his village, the items with
    quantity and rate, Total, the sum in words, the way (Cash / Nagad, UPI with its reference, a card's approval, a
    cheque), Amount Received and the udhaar left on a part payment, the word in a row and in the dealer's rubber
    stamp: PAID / PART PAID / UDHAAR (credit: a due day, no day paid, no way) / CHEQUE BOUNCED; a cash memo with no
    number on one."""
    k = place("credit_memo")
    status = outcome(k, failed=(4,), pending=(6,))
    kind, way = MEMOS[k]
    part = k in (1, 5)
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, firm=0.4)
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    mark = rng.choice(["Rs.", "Rs", "\u20b9" if font.startswith(("noto/", "dejavu/")) else "Rs."])
    grouping = rng.choice(["indian", "indian", "plain"])

    slashed = rng.random() < 0.5

    def rs(value: float) -> str:
        return slash(value, mark, grouping) if slashed else f"{mark}{num(value, grouping)}"

    dealer_head(p, j, j.to, [kind])
    issued = j.date - dt.timedelta(days=rng.randrange(1, 20)) if status == "failed" else j.date
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(1, 9999)}", f"CM/{fy(j.date)}/{rng.randrange(1, 9999):04d}",
                         f"{code(rng, 1, 'ABCDS')}-{rng.randrange(100, 99999)}"])
        p.pair(rng.choice(["Memo No.", "Bill No.", "Invoice No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        paid_today = status == "success"
        p.pair("Date", when(issued, rng.choice(SLIP_PATS)), **({"date": j.date} if paid_today else {}))
    wrap_pair(p, rng.choice(["Name", "Customer", "Shri"]), j.farmer)
    p.pair(rng.choice(["Village", "Gaon", "Address"]), j.village)
    pool = SEEDS if kind == "BILL OF SUPPLY" else (FERTS + PESTS if kind == "TAX INVOICE" else SEEDS + FERTS + PESTS)
    items = rng.sample(pool, rng.randint(2, 4))
    total = 0.0
    p.add("rule")
    for name, price in items:
        qty = rng.randint(1, 12)
        line = round(qty * price, 2)
        total += line
        p.pair(f"{name} x {qty}", rs(line))
    total = round(total, 2)
    p.add("rule")
    full = status == "success" and not part or status == "pending"
    p.pair(rng.choice(["Total", "Net Amount", "Grand Total"]), rs(total), **({"amount": total} if full else {}))
    if kind == "TAX INVOICE":
        p.add("small", "Rates inclusive of GST (fertilisers 5%, pesticides 18%).")
    elif kind == "BILL OF SUPPLY":
        p.add("small", "Seeds exempt from GST. Composition / exempt supply - no tax charged.")
    if rng.random() < 0.5:
        p.add("small", words_in_rupees(total))
    paid = whole(total * rng.uniform(0.3, 0.7), 100) if part else total
    if part:
        p.pair(rng.choice(["Amount Received", "Paid now", "Received"]), rs(paid), amount=paid)
        p.pair(rng.choice(["Balance (Udhaar)", "Balance Due", "Baki"]), rs(round(total - paid, 2)))
    elif status == "failed":
        p.pair("Cheque Amount", rs(paid), amount=paid)
    if way == "cheque":
        p.pair("Payment Mode", "Cheque")
        p.pair("Cheque No. / Bank", f"{rng.randrange(0, 999999):06d} / {rng.choice(PSB)}")
        if not j.no_day:
            p.pair(rng.choice(["Cheque deposited on", "Deposited on"]), when(j.date, rng.choice(SLIP_PATS)),
                   date=j.date)
    elif way:
        p.pair(rng.choice(["Payment Mode", "Paid by", "Mode"]),
               {"cash": rng.choice(["Cash", "Nagad", "Cash / Nagad"]), "UPI": rng.choice(["UPI", "UPI (QR)"]),
                "card": f"Card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref and way == "UPI":
            p.pair(rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
    else:
        p.pair(rng.choice(["Payment", "Terms"]), "On credit (udhaar)")
        p.pair("Due by", when(j.date + dt.timedelta(days=rng.choice([30, 60, 90, 120])), rng.choice(SLIP_PATS)))
    word = {"success": "PART PAID" if part else rng.choice(["PAID", "PAID WITH THANKS"]),
            "failed": "CHEQUE BOUNCED", "pending": rng.choice(["UDHAAR", "UDHAAR / CREDIT"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Goods once sold will not be taken back. Subject to {CITIES[j.town][0]} jurisdiction.")
    p.add("right", f"For {DEALERS[j.town][0]}" if fits(p, "right", f"For {DEALERS[j.town][0]}") else "Proprietor")
    seal(p, DEALERS[j.town][0] if len(DEALERS[j.town][0]) < 30 else DEALERS[j.town][1], "COUNTER",
         None if j.no_day or status != "success" else j.date, word)
    return p.done()


# ---------------------------------------------------------------- 3. a cooperative bank's counter slip


DCCBS = ["The Nashik District Central Co-op. Bank Ltd.", "The Guntur District Co-op. Central Bank Ltd.",
         "The Bathinda Central Co-operative Bank Ltd.", "The Karnataka Central Co-op. Bank Ltd., Dharwad",
         "Vidisha Zila Sahakari Kendriya Bank Maryadit", "The Karnal Central Co-operative Bank Ltd.",
         "The Jalgaon District Central Co-op. Bank Ltd.", "Rajkot District Co-operative Bank Ltd.",
         "The Erode District Central Co-op. Bank Ltd."]
COOP_KINDS = ["transfer", "cash", "neft", "transfer", "cash", "neft", "transfer", "cash"]
PACS = ["Primary Agricultural Credit Society, {v}", "{v} Vividh Karyakari Seva Sahakari Society",
        "{v} Farmers Service Co-op Society"]


def coop_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A district central cooperative bank's counter paper crediting the dealer's current account: a TRANSFER
    VOUCHER (a farmer's savings or KCC account debited), a CASH DEPOSIT counterfoil (Deposited by the farmer) or an
    inward NEFT CREDIT ADVICE (a PACS paying for the fertiliser it lifted): the bank and branch on top, Date, Credit
    to / Beneficiary Name / Credit A/c Name over the dealer, its account, the payer, Amount with /- and in words,
    Scroll No. / Txn ID (the bank's reference) or UTR, the cashier's or passing officer's stamp: PASSED / RECEIVED /
    CREDITED; a transfer pending authorisation, an NEFT returned."""
    k = place("coop_slip")
    status = outcome(k, failed=(5,), pending=(3,))
    kind = COOP_KINDS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=2000, high=450000, p_round=0.85, firm=0.5)
    bank = DCCBS[j.town]
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    mark = rng.choice(["Rs.", "Rs", "INR"])
    p.part = "head"
    top(p, bank)
    p.add("small", f"{rng.choice(['Main Branch', 'Market Yard Branch', 'APMC Branch'])}, {town(rng, j.town)}")
    p.add("center", {"transfer": "TRANSFER VOUCHER - CREDIT", "cash": rng.choice(["CASH DEPOSIT - COUNTERFOIL",
                                                                                  "PAY-IN-SLIP (CUSTOMER COPY)"]),
                     "neft": "NEFT INWARD - CREDIT ADVICE"}[kind])
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    payee_pair(p, ["Credit to", "Beneficiary Name", "Credited to"], j.to)
    p.pair(rng.choice(["A/c No.", "Current A/c No."]), f"{rng.randrange(10, 99)}{digits(rng, 9)}")
    if kind == "transfer":
        wrap_pair(p, rng.choice(["Debit A/c Name", "Transfer from"]), j.farmer)
        p.pair("Debit A/c", rng.choice([f"KCC {digits(rng, 6)}", f"SB {digits(rng, 7)}"]))
    elif kind == "cash":
        wrap_pair(p, rng.choice(["Deposited by", "Depositor"]), j.farmer)
    else:
        wrap_pair(p, rng.choice(["Remitter", "Sender Name"]), rng.choice(PACS).format(v=j.village))
        p.pair("Sender IFSC", ifsc(rng))
    p.pair(rng.choice(["Amount", "Amount Rs.", "Amount (Rs)"]), slash(j.amount, mark), amount=j.amount)
    if rng.random() < 0.6:
        p.add("small", f"({words_in_rupees(j.amount)})")
    if kind == "cash" and rng.random() < 0.6:
        notes = rng.choice([500, 200, 100])
        count = int(j.amount // notes)
        if count:
            p.pair("Denomination", f"{notes} x {count}")
    p.pair(rng.choice(["Mode", "Type"]), {"transfer": "Transfer", "cash": "Cash", "neft": "NEFT"}[kind],
           method="cash" if kind == "cash" else "netbanking")
    if not j.no_ref:
        if kind == "neft" and status != "pending":
            ref = neft_utr(rng.choice(["SBIN", "BARB", "CNRB", "UBIN"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        else:
            # *settled*: a counter's scroll number is the bank's own reference, like its Transaction Reference No.
            label = rng.choice(["Scroll No.", "Txn ID", "Transaction Reference No."])
            own = digits(rng, rng.choice([4, 5])) if label == "Scroll No." else rng.choice(
                [f"{code(rng, 2, UPPER)}{digits(rng, 8)}", digits(rng, 10)])
            p.pair(label, own, txn=(TXN_RANK if label == "Txn ID" else BANK_RANK, own))
    word = {"success": {"transfer": "PASSED", "cash": "RECEIVED", "neft": "CREDITED"}[kind],
            "failed": "RETURNED - A/C NAME MISMATCH", "pending": "PENDING FOR AUTHORISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Subject to realisation. This counterfoil is not valid without the bank's stamp.")
    p.add("right", "Cashier / Passing Officer")
    seal(p, bank.replace("The ", "").split(" Co")[0].split(" Zila")[0].split(" Central")[0],
         rng.choice(["CASH SECTION", "CLEARING", "ACCOUNTS"]), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. a Kisan Credit Card slip at the counter


KCC_HEADS = ["STATE BANK OF INDIA", "PINE LABS", "BANK OF BARODA", "MSWIPE", "PUNJAB NATIONAL BANK", "CANARA BANK",
             "WORLDLINE", "UNION BANK OF INDIA"]


def kcc_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A RuPay Kisan Credit Card charge slip from the dealer's counter terminal (a bank's or Pine Labs', Mswipe's,
    Worldline's), monospace: the bank or the terminal's maker on top, the dealer in capitals under it and its town,
    MID, TID, DATE / TIME, BATCH, INVOICE NO, SALE, RUPAY KCC / KISAN CREDIT CARD, the card masked, CHIP / SWIPE,
    APPR CODE and RRN, AMOUNT, the card's available limit after it on some, PIN VERIFIED, APPROVED / DECLINED (its
    cause) / TXN PENDING, CUSTOMER COPY."""
    k = place("kcc_slip")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=800, high=160000, p_round=0.4, caps=1.0)
    p = screen(rng, font, width=rng.choice([440, 480, 520]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    mark = rng.choice(["RS.", "Rs.", "INR ", "RS "])
    grouped = rng.random() < 0.5

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to.upper(), DEALERS[j.town][0].upper(), DEALERS[j.town][1].upper(), "KRISHI KENDRA")
                if fits(p, "center", n))
    p.part = "head"
    p.add("center", KCC_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[j.town][2].upper()}, {town(rng, j.town).upper()}")
    p.part = "body"
    p.pair("MID:", digits(rng, 15) if fits(p, "pair", f"MID: {'0' * 15}  ") else digits(rng, 10))
    p.pair("TID:", digits(rng, 8))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y"]), upper=True),
               date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.add("left", rng.choice(["RUPAY KCC", "KISAN CREDIT CARD (RUPAY)", "RUPAY KISAN CARD"]))
    p.add("left", f"CARD NO: {rng.choice(['6070', '6521', '6080'])} XXXX XXXX {digits(rng, 4)}", method="card")
    p.add("left", rng.choice(["CHIP", "SWIPE", "CHIP  PIN"]))
    if not j.no_ref and status == "success":
        appr = digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:"]), sale(j.amount), amount=j.amount)
    if status == "success" and rng.random() < 0.6:
        p.pair(rng.choice(["AVL LIMIT:", "AVAIL BAL:"]), sale(round(rupees(rng, 5000, 300000, 0.1), 2)))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]), "pending": "TXN PENDING"}[status],
          status=status)
    if status == "success":
        p.add("center", "PIN VERIFIED OK")
    elif status == "failed":
        p.add("center", rng.choice(["51-INSUFFICIENT FUNDS", "KCC LIMIT EXPIRED - RENEW", "55-INCORRECT PIN"]))
    else:
        p.add("center", "HOST NOT RESPONDING - CHECK STATUS")
    p.part = "foot"
    p.add("center", "*** CUSTOMER COPY ***")
    p.add("small", rng.choice(["FOR AGRICULTURAL INPUTS ONLY", "THANK YOU. VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 5. a fertiliser company acknowledges the dealer


FERT_COS = [("IFFCO", "Indian Farmers Fertiliser Cooperative Ltd", "mail", "iffco.in"),
            ("Coromandel International", "Coromandel International Ltd", "browser", "coromandel.biz"),
            ("Chambal Fertilisers", "Chambal Fertilisers and Chemicals Ltd", "bank", None),
            ("NFL", "National Fertilizers Ltd", "mail", "nationalfertilizers.com"),
            ("RCF", "Rashtriya Chemicals and Fertilizers Ltd", "browser", "rcfltd.com"),
            ("GSFC", "Gujarat State Fertilizers & Chemicals Ltd", "bank", None),
            ("Deepak Fertilisers", "Deepak Fertilisers and Petrochemicals Corp.", "mail", "dfpcl.com"),
            ("Paradeep Phosphates", "Paradeep Phosphates Ltd", "browser", "paradeepphosphates.com")]
FERT_BANKS = {2: ("PNB ONE", (160, 20, 50), "app", "NEFT", "PUNB"),
              5: ("Bank of Maharashtra mahaConnect", None, "web", "RTGS", "MAHB")}


def fertiliser_ack(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer paying a fertiliser company for a rake's allocation: the company's dealer payment
    acknowledgement (IFFCO, Coromandel, NFL, RCF, Deepak, Paradeep; its e-mail or dealer portal: the company on top,
    Dealer Code, the dealer (the payer), Amount received, RTGS / NEFT / e-Collection, UTR, Collection / Receipt No.,
    Value Date / Date of credit, Status Realised / Credited / Returned / Under reconciliation, the balance after it)
    or the dealer's own bank after the RTGS (Chambal, GSFC: heldout124's acknowledgement, the company under
    Beneficiary Name / Payee / Paid to)."""
    k = place("fertiliser_ack")
    status = outcome(k, failed=(4,), pending=(1,))
    short, company, kind, domain = FERT_COS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=150000, high=2500000, p_round=0.9)
    j.amount = whole(j.amount, 1000) if rng.random() < 0.7 else j.amount
    name = company.upper() if rng.random() < 0.25 else company
    if kind == "bank":
        row = FERT_BANKS[k]
        j.to = name
        p, _ = transfer_ack(rng, font, k, row, status, j, url="www.mahaconnect.in/corp/fundtransfer/ack",
                            widths=[720, 760], third_head="Pay supplier",
                            payee_labels=["Beneficiary Name", "Payee", "Paid to"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Reference No.", "Transaction ID"], txn_label="Transaction ID")
        p.pair("Remarks", rng.choice([f"{short} DAP rake adv", "Urea allocation payment", f"{short} dealer a/c"]))
        if status == "failed":
            p.add("small", "The beneficiary bank returned the transfer. The amount is credited back to your account.")
        elif status == "pending":
            p.add("small", "Please check the status after some time. Do not repeat the transfer.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Never share your OTP or password with anyone.")
        return p.done()
    p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    if kind == "mail":
        mail_frame(p, f"{short} Marketing <dealer.accounts@{domain}>",
                   rng.choice(["Payment acknowledgement", "Receipt of your remittance"]))
    else:
        p.style["h106"]["url"] = f"dealer.{domain}/portal/collections/receipt"
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("center", rng.choice(["Dealer Payment Acknowledgement", "Collection Receipt", "Payment Receipt"]))
    p.part = "body"
    p.pair(rng.choice(["Dealer Code", "Customer Code"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Dealer Name", "Received from"]), DEALERS[j.town][1])
    p.pair("Region", f"{CITIES[j.town][0]} ({CITIES[j.town][3]})")
    p.pair({"success": rng.choice(["Amount received", "Amount credited"]), "failed": "Amount",
            "pending": "Amount remitted"}[status], rs(j.amount), amount=j.amount)
    mode = rng.choice(["RTGS", "NEFT", "e-Collection (Virtual A/c)"])
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    if not j.no_ref:
        ref = rtgs_utr(rng.choice(["SBIN", "HDFC", "BARB"]), rng, j.date) if mode != "NEFT" else \
            neft_utr(rng.choice(["SBIN", "HDFC", "BARB"]), rng, j.date)
        p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        if status == "success":
            rec = f"{code(rng, 2, UPPER)}/{fy(j.date)}/{rng.randrange(1, 99999):05d}"
            p.pair(rng.choice(["Collection No.", "Receipt No."]), rec, txn=(INVOICE_RANK, rec))
    if not j.no_day:
        labelled(p, rng.choice(["Value Date", "Date of credit"]) if status == "success" else "Remitted on",
                 when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Realised", "Credited"]),
                      "failed": "Returned - UTR not matched", "pending": "Under reconciliation"}[status],
           status=status)
    if status == "success" and rng.random() < 0.6:
        p.pair("Outstanding after this payment", rs(round(rupees(rng, 10000, 900000, 0.5), 2)))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Allocation against this payment is subject to availability of rakes.")
    return p.done()


# ---------------------------------------------------------------- 6. a drip system's farmer's share


DRIP_BRANDS = ["Jain Irrigation Systems Ltd", "Netafim Irrigation India", "Finolex Plasson Industries",
               "Rivulis Irrigation India", "Captain Polyplast Ltd", "Mahindra EPC Irrigation"]
DRIP_WAYS = ["netbanking", "cheque", "UPI", "cash", "cheque", "netbanking", "UPI", "cash"]
CROPS = ["Grapes", "Pomegranate", "Banana", "Sugarcane", "Cotton", "Onion", "Turmeric", "Chilli"]


def drip_share(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer's receipt for a farmer's share of a drip system under PMKSY (Per Drop More Crop): the dealer on
    top as an authorised dealer of Jain, Netafim, Finolex Plasson, Rivulis, Captain or Mahindra EPC, FARMER SHARE
    RECEIPT / MONEY RECEIPT, Receipt No., Date, the farmer, village, survey / gat number, area and crop, the MI
    application number, Total system cost, Subsidy (to be released by the department), Farmer's share, Amount
    received, the way (NEFT, UPI, cash, a cheque), RECEIVED / CHEQUE RETURNED UNPAID / CHEQUE UNDER CLEARING."""
    k = place("drip_share")
    status = outcome(k, failed=(1,), pending=(4,))
    way = DRIP_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=15000, high=180000, p_round=1.0, firm=0.4)
    p = screen(rng, font, width=rng.choice([700, 740]), size=rng.choice([17, 18]))
    paper(p, rng)
    mark = rng.choice(["Rs.", "\u20b9" if font.startswith(("noto/", "dejavu/")) else "Rs", "INR"])
    grouping = rng.choice(["indian", "indian", "western"])

    def rs(value: float) -> str:
        return f"{mark} {num(value, grouping)}"

    brand = rng.choice(DRIP_BRANDS)
    dealer_head(p, j, j.to, ["FARMER SHARE RECEIPT", "MONEY RECEIPT - DRIP IRRIGATION", "RECEIPT (MI - PMKSY)"],
                sub=[f"Authorised Dealer: {brand}" if fits(p, "small", f"Authorised Dealer: {brand}")
                     else "Authorised drip & sprinkler dealer"])
    if not j.no_ref:
        rec = rng.choice([f"DR/{fy(j.date)}/{rng.randrange(1, 999):03d}", str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["Receipt No.", "Receipt No"]), rec, txn=(INVOICE_RANK, rec))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    wrap_pair(p, rng.choice(["Farmer Name", "Received from"]), f"Shri {j.farmer}")
    p.pair("Village / Taluka", j.village)
    p.pair(rng.choice(["Survey No.", "Gat No.", "Khasra No."]), f"{rng.randrange(10, 999)}/{rng.randrange(1, 9)}")
    area = round(rng.uniform(0.4, 2.0), 2)
    p.pair("Area / Crop", f"{area} ha / {rng.choice(CROPS)}")
    p.pair(rng.choice(["MI Appl. No.", "Application No."]), f"PMKSY/{j.date.year}/{digits(rng, 6)}")
    rate = rng.choice([45, 50, 25])
    share = j.amount
    cost = round(share * 100 / rate, 0)
    share = round(cost * rate / 100, 2)
    p.add("rule")
    p.pair("Total system cost (estimate)", rs(cost))
    p.pair(f"Subsidy @ {100 - rate}% (to be released by Dept.)", rs(round(cost - share, 2)))
    p.pair(f"Farmer's share ({rate}%)", rs(share))
    p.pair(rng.choice(["Amount received", "Received amount"]) if status != "failed" else "Cheque amount", rs(share),
           amount=share)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(share)})")
    if way == "cheque":
        p.pair("Mode", "Cheque")
        p.pair("Cheque No. / Bank", f"{rng.randrange(0, 999999):06d} / {rng.choice(DCCBS[j.town:j.town + 1] + PSB)}"
               if fits(p, "pair", f"Cheque No. / Bank 000000 / {DCCBS[j.town]}  ") else
               f"{rng.randrange(0, 999999):06d} / {rng.choice(PSB)}")
    else:
        p.pair(rng.choice(["Mode", "Payment mode"]), {"netbanking": "NEFT", "UPI": "UPI", "cash": "Cash"}[way],
               method=way)
        if not j.no_ref and way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "BARB", "MAHB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        elif not j.no_ref and way == "UPI":
            p.pair(rng.choice(["UPI Ref No", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
    word = {"success": rng.choice(["RECEIVED", "RECEIVED WITH THANKS"]), "failed": "CHEQUE RETURNED UNPAID",
            "pending": "CHEQUE UNDER CLEARING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Subsidy is paid by the Department directly; the dealer is not liable for its delay.")
    p.add("right", "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 7. the tractor-spares counter, paid by card


SPARES = [("CLUTCH PLATE 12in", 2450.0), ("HYD FILTER 241", 385.0), ("FAN BELT B-52", 290.0), ("OIL SEAL KIT", 640.0),
          ("DELIVERY VALVE", 720.0), ("PTO SHAFT BUSH", 415.0), ("TOP LINK ASSY", 1380.0), ("ENGINE OIL 5L", 1650.0),
          ("FUEL FILTER", 260.0), ("BRAKE LINER SET", 980.0)]
TERMINALS = ["PINE LABS", "MSWIPE", "HDFC BANK", "PAYTM EDC", "BHARATPE", "EZETAP", "ICICI BANK", "WORLDLINE"]
SPARE_WAYS = ["card", "card", "UPI", "card", "card", "UPI", "card", "card"]


def spares_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer's tractor-spares counter bill from its billing software with the terminal's lines under it
    (monospace): the dealer and SPARES COUNTER, BILL NO, DATE, the tractor (Mahindra 575, Swaraj 744, Massey 241…),
    the parts with quantity and amount, NET AMT, then the terminal's maker, TID, the card (VISA / MASTERCARD /
    RUPAY, debit or credit, chip or tap) or UPI on the terminal's QR, APPR CODE and RRN, APPROVED / DECLINED / TXN
    PENDING."""
    k = place("spares_slip")
    status = outcome(k, failed=(6,), pending=(2,))
    way = SPARE_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, caps=1.0)
    p = screen(rng, font, width=rng.choice([480, 520]), size=rng.choice([18, 19]))
    paper(p, rng)
    name = next(n for n in (j.to.upper(), DEALERS[j.town][0].upper(), DEALERS[j.town][1].upper(), "KRISHI KENDRA")
                if fits(p, "center", n))
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("center", rng.choice(["TRACTOR SPARES COUNTER", "SPARES & SERVICE"]))
    p.add("center", f"{town(rng, j.town).upper()} - {CITIES[j.town][1]}")
    p.add("center", "RETAIL INVOICE")
    p.part = "body"
    if not j.no_ref:
        bill = f"{code(rng, 2, 'SPTR')}{rng.randrange(1000, 99999)}"
        p.pair("BILL NO:", bill, txn=(INVOICE_RANK, bill))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y"]), upper=True), date=j.date)
    p.pair("TRACTOR:", rng.choice(["MAHINDRA 575 DI", "SWARAJ 744 FE", "MF 241 DI", "SONALIKA DI 745",
                                   "JOHN DEERE 5050D", "EICHER 380"]))
    p.add("rule")
    total = 0.0
    for part, price in rng.sample(SPARES, rng.randint(2, 4)):
        qty = rng.randint(1, 3)
        total += qty * price
        p.pair(f"{part} x{qty}", f"{qty * price:.2f}")
    total = round(total, 2)
    p.add("rule")
    mark = rng.choice(["RS.", "INR ", "Rs."])
    p.pair(rng.choice(["NET AMT:", "TOTAL:", "NET PAYABLE:"]), f"{mark}{total:.2f}", amount=total)
    j.amount = total
    p.add("rule")
    p.add("center", TERMINALS[k])
    p.pair("TID:", digits(rng, 8))
    if way == "card":
        p.add("left", f"{rng.choice(['VISA DEBIT', 'MASTERCARD', 'RUPAY DEBIT', 'VISA CREDIT'])}  "
                      f"{rng.choice(['CHIP', 'TAP', 'SWIPE'])}")
        p.add("left", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        if not j.no_ref and status == "success":
            appr = code(rng, 6, "0123456789") if rng.random() < 0.7 else code(rng, 6, UPPER + "0123456789")
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    else:
        p.pair("PAYMENT:", rng.choice(["UPI", "UPI (QR)", "BHARAT QR - UPI"]), method="UPI")
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "REF NO:"]) if way == "card" else "UPI REF:", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]),
                     "failed": rng.choice(["DECLINED", "NOT APPROVED"]), "pending": "TXN PENDING"}[status],
          status=status)
    if status == "failed":
        p.add("center", rng.choice(["55-INCORRECT PIN", "05-DO NOT HONOUR"]))
    elif status == "pending":
        p.add("center", "AWAITING BANK RESPONSE")
    p.part = "foot"
    p.add("small", "NO RETURN ON ELECTRICAL PARTS")
    return p.done()


# ---------------------------------------------------------------- 8. a crop insurance premium at a CSC


INSURERS = ["Agriculture Insurance Company of India Ltd", "HDFC ERGO General Insurance", "SBI General Insurance",
            "IFFCO-Tokio General Insurance", "Universal Sompo General Insurance", "Reliance General Insurance",
            "Kshema General Insurance", "Bajaj General Insurance Ltd"]
PMFBY_WAYS = ["wallet", "cash", "UPI", "wallet", "netbanking", "cash", "wallet", "UPI"]
SEASONS = [("Kharif", 2, ["Soybean", "Cotton", "Paddy", "Maize", "Groundnut"]),
           ("Rabi", 1.5, ["Wheat", "Gram", "Mustard", "Onion"])]


def crop_insurance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A farmer's PMFBY premium paid at a Common Service Centre (the dealer runs one) or on the scheme's portal: the
    scheme on top, Farmer Application - Payment Receipt, CSC ID (the VLE's), Transaction ID (CSC's), Application
    No. (never an id), the farmer, village, the season and crop, area, Sum insured, Farmer's share of premium at
    2% / 1.5% (or 5% for horticulture), the Insurance Company / Insurer (the payee), Amount paid, the way (CSC
    wallet, cash, UPI, net banking), Payment Date, the outcome."""
    k = place("crop_insurance")
    status = outcome(k, failed=(3,), pending=(6,))
    way = PMFBY_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    season, rate, crops = rng.choice(SEASONS)
    crop = rng.choice(crops)
    area = round(rng.uniform(0.4, 3.5), 2)
    per_ha = float(rng.choice([42000, 48000, 55000, 60000, 72000]))
    insured = round(area * per_ha, 2)
    premium = round(insured * rate / 100, 2)
    j.amount = premium
    insurer = rng.choice(INSURERS)
    p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    p.style["h106"]["url"] = rng.choice(["digitalseva.csc.gov.in/services/pmfby/receipt",
                                         "pmfby.gov.in/farmerApplication/paymentReceipt"])
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, "Pradhan Mantri Fasal Bima Yojana")
    p.add("center", rng.choice(["Farmer Application - Payment Receipt", "Premium Payment Acknowledgement"]))
    p.part = "body"
    status_line(p, {"success": ["Payment Successful", "Premium paid successfully"],
                    "failed": ["Payment Failed", "Transaction failed"],
                    "pending": ["Payment Pending", "Awaiting bank confirmation"]}, status)
    p.pair("CSC ID", f"{digits(rng, 12)}" if way in ("wallet", "cash") else "Farmer (online)")
    if not j.no_ref:
        tid = rng.choice([f"CSC{digits(rng, 12)}", f"PMFBY{j.date:%y}{digits(rng, 10)}"])
        labelled(p, rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
        if way in ("UPI", "netbanking") and status == "success":
            labelled(p, "Bank Ref No", j.ref, txn=(BANK_RANK, j.ref))
    p.pair(rng.choice(["Application No.", "Appl. No."]), f"{j.date:%y}{rng.randrange(1, 36):02d}{digits(rng, 12)}")
    wrap_pair(p, "Farmer Name", j.farmer)
    p.pair("Village", f"{j.village}, {CITIES[j.town][0]}")
    p.pair("Season / Crop", f"{season} {j.date.year} / {crop}")
    p.pair("Area insured", f"{area} ha")
    p.pair("Sum insured", rs(insured))
    wrap_pair(p, rng.choice(["Insurance Company", "Insurer"]), insurer, merchant=insurer)
    p.pair(f"Farmer's share of premium ({rate}%)", rs(premium))
    p.pair(rng.choice(["Amount paid", "Total amount"]), rs(premium), amount=premium)
    p.pair(rng.choice(["Payment Mode", "Paid via"]), {"wallet": "CSC Wallet", "cash": "Cash at CSC", "UPI": "UPI",
                                                     "netbanking": "Net Banking"}[way], method=way)
    if not j.no_day:
        labelled(p, rng.choice(["Payment Date", "Date of payment"]), stamp(rng, j.date, PATS), date=j.date)
        p.pair("Cut-off date", when(j.date + dt.timedelta(days=rng.randrange(5, 30)), "%d/%m/%Y"))
    if status == "failed":
        p.add("small", rng.choice(["Wallet balance insufficient. The application is saved as draft.",
                                   *REFUND]))
    elif status == "pending":
        p.add("small", "The policy is generated once the bank confirms the premium.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Crop loss to be intimated within 72 hours on the Crop Insurance app or 14447.")
    return p.done()


# ---------------------------------------------------------------- 9. a pump connection's bill through Bharat Connect


# each town's DISCOM: its name, and the short one a narrow page prints
DISCOMS = [("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL"), ("APCPDCL", "APCPDCL"),
           ("Punjab State Power Corporation Ltd", "PSPCL"), ("HESCOM", "HESCOM"),
           ("MP Madhya Kshetra Vidyut Vitaran Co. Ltd", "MPMKVVCL"), ("Uttar Haryana Bijli Vitran Nigam", "UHBVN"),
           ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL"), ("Paschim Gujarat Vij Company Ltd",
                                                                             "PGVCL"), ("TNPDCL", "TNPDCL")]
BBPS_APPS = [("PhonePe", "app"), ("Paytm", "app"), ("Paytm", "app"), ("DISCOM", "browser"), ("Bharat Connect", "agent"),
             ("Google Pay", "app"), ("bob World", "app"), ("PhonePe", "app")]
BBPS_WAYS = ["UPI", "UPI", "wallet", "netbanking", "cash", "UPI", "card", "UPI"]


def pump_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A farm's pump connection (AG metered / LT agriculture) bill paid through Bharat Connect (BBPS): a payment app
    (PhonePe, Paytm, Google Pay, bob World), the DISCOM's own site or a Bharat Connect agent's printed receipt (cash):
    the outcome, Biller / Biller Name / Operator over the DISCOM, Consumer No., the consumer, category, bill month,
    Bill Date and Due Date, Bill amount (a part paid on some), Amount paid, the way, B-Connect Txn ID / BBPS Ref No
    / Bharat BillPay Ref, UPI Ref No on UPI, Payment Date."""
    k = place("pump_bill")
    status = outcome(k, failed=(5,), pending=(2,))
    app, kind = BBPS_APPS[k]
    way = BBPS_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=900, high=42000, p_round=0.3)
    biller, short = DISCOMS[j.town]
    bill_amt = j.amount
    if rng.random() < 0.35:
        j.amount = whole(bill_amt * rng.uniform(0.3, 0.8), 100)
    if kind == "app":
        dark = rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
                   buttons=rng.choice([("Share receipt",), ("Done",), ()]))
        phone_frame(p, k)
        band = {"PhonePe": (95, 37, 159), "Paytm": (0, 40, 110), "bob World": (240, 100, 30)}.get(app)
        head(p, app, band, dark, ["Electricity bill", "Bharat Connect - Electricity"])
    elif kind == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = rng.choice(["wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt",
                                             "www.pspcl.in/QuickPay/Receipt", "portal.pgvcl.com/bill/receipt"])
        p.part = "head"
        top(p, biller if fits(p, "title", biller) else biller.replace(" Co. Ltd", ""))
        p.add("center", "Online Payment Receipt")
    else:
        p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        p.add("center", "BHARAT CONNECT")
        p.add("center", f"AGENT: {DEALERS[j.town][0].upper()} (CSC)"
              if fits(p, "center", f"AGENT: {DEALERS[j.town][0].upper()} (CSC)") else "AGENT: CSC KIOSK")
        p.add("center", "BILL PAYMENT RECEIPT")
    rs = money(rng, font, 0.4)
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Bill paid successfully", "Transaction Successful"],
                            "failed": ["Payment Failed", "Bill payment failed"],
                            "pending": ["Payment Pending", "Payment under process"]})
    if kind == "app":
        p.add("big", rs(j.amount), amount=j.amount)
    p.part = "body"
    name = biller.upper() if kind == "agent" else biller
    payee_pair(p, ["Biller", "Biller Name", "Operator", "Paid to"], name if fits(p, "left", name) else short)
    p.pair(rng.choice(["Consumer No.", "Consumer Number", "Service Connection No."]), digits(rng, 12))
    wrap_pair(p, "Consumer Name", j.farmer.upper())
    p.pair("Category", rng.choice(["LT-IV AG Metered", "AG Pump (Metered)", "LT Agriculture", "AP Agri - 7.5 HP"]))
    p.pair("Bill Month", when(j.date - dt.timedelta(days=25), "%b-%Y"))
    if not j.no_day:
        p.pair("Due Date", when(j.date + dt.timedelta(days=rng.randrange(3, 15)), "%d-%m-%Y"))
    p.pair("Bill Amount", rs(bill_amt))
    if kind != "app":
        p.pair(rng.choice(["Amount Paid", "Paid Amount", "Amount"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment Mode", "Paid via", "Mode"]),
           {"UPI": "UPI", "wallet": "Paytm Wallet", "netbanking": "Net Banking", "cash": "CASH",
            "card": f"Credit Card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        ref = bbps_ref(rng, j.date)
        labelled(p, rng.choice(["B-Connect Txn ID", "BBPS Ref No", "Bharat BillPay Ref"]), ref, txn=(BANK_RANK, ref))
        if way == "UPI" and status == "success":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Payment Date", "Paid on", "Date & Time"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller is updated once the bank confirms. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Bharat Connect | Assured", "Complaints: 1912 or your DISCOM's office"]))
    return p.done()


# ---------------------------------------------------------------- 10. an APMC market fee or an e-NAM payment


APMCS = ["Krushi Utpanna Bazar Samiti, Nashik", "Agricultural Market Committee, Guntur", "Market Committee, Bathinda",
         "APMC Hubballi (Amargol Yard)", "Krishi Upaj Mandi Samiti, Vidisha", "Market Committee, Karnal",
         "Krushi Utpanna Bazar Samiti, Jalgaon", "Rajkot APMC (Bedi Yard)", "Regulated Market Committee, Erode"]
COMMODITIES = [("Onion", 1450.0), ("Chilli (dry)", 13800.0), ("Wheat", 2425.0), ("Maize", 2150.0),
               ("Soybean", 4620.0), ("Paddy", 2320.0), ("Cotton (kapas)", 7250.0), ("Groundnut", 6300.0),
               ("Turmeric", 12800.0)]
MANDI_WAYS = ["cash", "netbanking", "UPI", "netbanking", "cheque", "netbanking", "cash", "netbanking"]
SELLER_FPOS = ["Sahyadri Kisan Producer Co. Ltd", "Godavari Farmers Producer Co."]


def mandi_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer as a licensed trader at the market yard: the APMC's market fee receipt (MARKET FEE RECEIPT /
    Mandi Shulk Rasid: the committee on top, Receipt No., Date, the licensee and licence number, commodity, bags and
    quintals, purchase value, market fee @ 1%, cess, Total with /-, the way, PAID / CHEQUE UNDER CLEARING; one with
    no number) or an e-NAM payment to the farmer or FPO it bought a lot from (the portal: Lot ID (ranked below every
    id), Seller Name / Paid to over the seller, quantity and rate, sale value paid, Payment ID, UTR, the outcome)."""
    k = place("mandi_receipt")
    status = outcome(k, failed=(3,), pending=(4,))
    way = MANDI_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, firm=0.7)
    commodity, rate = COMMODITIES[(j.town + k) % len(COMMODITIES)]
    quintals = round(rng.uniform(8, 180), 1)
    value = round(quintals * rate, 2)
    if k % 2 == 0:
        apmc = APMCS[j.town]
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
        mark = rng.choice(["Rs.", "Rs"])
        p.part = "head"
        top(p, apmc, merchant=apmc)
        p.add("center", rng.choice(["MARKET FEE RECEIPT", "Mandi Shulk Rasid (Market Fee Receipt)"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rec = f"{rng.choice(['MF', 'R', 'MFR'])}/{rng.randrange(100, 99999)}"
            p.pair(rng.choice(["Receipt No.", "Rasid No."]), rec, txn=(INVOICE_RANK, rec))
        if not j.no_day:
            p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
        wrap_pair(p, rng.choice(["Licensee", "Trader Name", "Name of Trader"]), DEALERS[j.town][1])
        p.pair("Licence No.", f"{CITIES[j.town][0][:3].upper()}/T/{rng.randrange(100, 9999)}")
        p.pair("Commodity", commodity)
        p.pair("Quantity", f"{int(quintals * 2)} bags / {quintals} qtl")
        p.pair("Purchase value", slash(value, mark))
        fee = round(value * 0.01, 2)
        cess = round(value * rng.choice([0.0, 0.0025, 0.005]), 2)
        p.pair("Market fee @ 1%", slash(fee, mark))
        if cess:
            p.pair(rng.choice(["Supervision cess", "Krishak Kalyan fee"]), slash(cess, mark))
        total = round(fee + cess, 2)
        p.pair(rng.choice(["Total", "Total fee", "Kul Rashi"]), slash(total, mark), amount=total)
        if way == "cheque":
            p.pair("Mode", "Cheque")
            p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), {"cash": rng.choice(["Cash", "Nagad"]), "UPI": "UPI"}[way],
                   method=way)
            if way == "UPI" and not j.no_ref:
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        word = {"success": rng.choice(["PAID", "RECEIVED"]), "pending": "CHEQUE UNDER CLEARING"}[status]
        p.add("center", word, status=status)
        p.part = "foot"
        p.add("right", "Secretary / Cashier")
        seal(p, apmc.split(",")[0].split(" (")[0], "CASH COUNTER", None if j.no_day else j.date, word)
        return p.done()
    seller = rng.choice([j.farmer, rng.choice(SELLER_FPOS)])
    seller = seller.upper() if rng.random() < 0.3 else seller
    p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    p.style["h106"]["url"] = "enam.gov.in/NAMV2/payment/receipt"
    rs = money(rng, font, 0.2)
    p.part = "head"
    top(p, "e-NAM")
    p.add("center", rng.choice(["National Agriculture Market - Payment Receipt", "Payment to Seller - Receipt"]))
    p.part = "body"
    status_line(p, {"success": ["Payment Successful", "Paid to seller"], "failed": ["Payment Failed"],
                    "pending": ["Payment initiated - awaiting bank"]}, status)
    p.pair("APMC", APMCS[j.town] if fits(p, "pair", f"APMC {APMCS[j.town]}   ") else CITIES[j.town][0])
    if not j.no_ref:
        lot = f"{CITIES[j.town][0][:3].upper()}{j.date:%y%m}{digits(rng, 6)}"
        p.pair(rng.choice(["Lot ID", "Lot No."]), lot, txn=(LR_RANK, lot))
    payee_pair(p, ["Seller Name", "Paid to", "Beneficiary Name"], seller)
    wrap_pair(p, "Buyer", DEALERS[j.town][1])
    p.pair("Commodity", f"{commodity}, {quintals} qtl @ {rs(rate)}")
    p.pair(rng.choice(["Sale value paid", "Amount paid to seller", "Net amount"] if status == "success" else
                      ["Sale value", "Net amount"]), rs(value), amount=value)
    p.pair(rng.choice(["Payment mode", "Mode"]), rng.choice(["e-NAM Payment Gateway (Net Banking)", "RTGS", "NEFT"]),
           method="netbanking")
    if not j.no_ref:
        pid = f"PAY{digits(rng, 12)}"
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = neft_utr(rng.choice(["SBIN", "HDFC", "CNRB"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Payment Date", "Paid on"]) if status == "success" else "Initiated on",
                 stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", "Seller's bank account could not be validated. The amount is returned to the buyer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "One Nation One Market | Small Farmers Agribusiness Consortium")
    return p.done()


# ---------------------------------------------------------------- 11. a tractor, two-wheeler or JLG loan's EMI


LENDERS = [("Mahindra Finance", (200, 30, 40), "app", "tractor"), ("L&T Finance", None, "mail", "tractor"),
           ("Asirvad Micro Finance", None, "handheld", "jlg"), ("Kotak Mahindra Bank", None, "browser", "tractor"),
           ("Hero FinCorp", (220, 40, 30), "app", "bike"), ("TVS Credit", None, "mail", "bike"),
           ("Bharat Financial Inclusion", None, "handheld", "jlg"), ("IDFC FIRST Bharat", None, "browser", "bike")]
LOAN_WAYS = ["UPI", "netbanking", "cash", "card", "UPI", "netbanking", "cash", "UPI"]
ASSETS = {"tractor": ["Mahindra 575 DI XP Plus", "Swaraj 744 FE", "Sonalika DI 745 III", "John Deere 5050 D",
                      "Massey Ferguson 241 DI"],
          "bike": ["Hero Splendor Plus", "TVS XL100 Heavy Duty", "Honda Shine 125", "Bajaj Platina 110"],
          "jlg": ["JLG loan - dairy", "JLG loan - agriculture"]}


def loan_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An instalment paid to a lender: a tractor loan (half-yearly) to Mahindra Finance, L&T Finance or Kotak, a
    two-wheeler's to Hero FinCorp, TVS Credit or IDFC FIRST Bharat, a joint-liability group's weekly one to a
    micro-finance lender collected in cash by its field officer on a handheld printer (Asirvad, Bharat Financial
    Inclusion): the lender on top (or Paid to / Lender on its app), the outcome, Loan A/c No. / Client ID, the
    borrower, the asset, the instalment, charges on some, Amount paid, the way, Transaction ID / UPI Ref No /
    Receipt No., the day, Next due on."""
    k = place("loan_emi")
    status = outcome(k, failed=(4,), pending=(1,))
    lender, band, kind, loan = LENDERS[k]
    way = LOAN_WAYS[k]
    low, high, p_round = {"tractor": (28000, 120000, 0.5), "bike": (1900, 6500, 0.5), "jlg": (600, 4200, 1.0)}[loan]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=low, high=high, p_round=p_round)
    emi = j.amount
    extra = float(rng.choice([0, 0, 350, 590, 1180])) if status == "success" and loan != "jlg" else 0.0
    paid = round(emi + extra, 2)
    if kind == "handheld":
        p = screen(rng, font, width=rng.choice([420, 460]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        p.add("center", lender.upper(), merchant=lender.upper())
        p.add("center", "COLLECTION RECEIPT")
        p.part = "body"
        p.pair("BRANCH:", town(rng, j.town).upper())
        if not j.no_ref:
            rec = f"{digits(rng, 10)}"
            p.pair(rng.choice(["RECEIPT NO:", "RCPT NO:"]), rec, txn=(INVOICE_RANK, rec))
        if not j.no_day:
            p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), date=j.date)
            p.pair("TIME:", hhmm(rng, twelve=False))
        p.pair("CENTRE:", f"{j.village.upper()}-{rng.randrange(1, 40):02d}")
        p.pair("CLIENT ID:", digits(rng, 9))
        p.pair("NAME:", rng.choice(["SUNITA", "LAXMI", "MANJULA", "REKHA", "SAVITA"]) + " " +
               j.farmer.split()[-1].upper())
        p.pair("DUE AMT:", f"{emi:.2f}")
        p.pair(rng.choice(["AMT COLLECTED:", "AMOUNT PAID:"]), f"{paid:.2f}", amount=paid)
        p.pair("MODE:", "CASH", method="cash")
        p.pair("COLLECTED BY:", f"{rng.choice(['RAJU', 'SANTOSH', 'MAHESH', 'VINOD'])} (EMP {digits(rng, 5)})")
        p.add("center", "RECEIVED", status=status)
        p.part = "foot"
        p.add("small", "PAY ONLY AGAINST A PRINTED RECEIPT")
        return p.done()
    if kind == "app":
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Payment receipt"]),
                   buttons=rng.choice([("Download receipt",), ("Share", "Done"), ()]))
        phone_frame(p, k)
        head(p, lender, band, dark, ["Pay EMI", "My Loans"])
    else:
        p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        if kind == "mail":
            mail_frame(p, f"{lender} <receipts@{lender.split()[0].lower().replace('&', 'n')}fin.in>",
                       "Payment received - thank you")
        else:
            p.style["h106"]["url"] = f"www.{lender.split()[0].lower()}.com/customer/loan/pay/receipt"
        p.part = "head"
        top(p, lender, merchant=lender)
    rs = money(rng, font, 0.3)
    p.add("center", rng.choice(["EMI Payment Receipt", "Instalment Receipt", "Payment Acknowledgement"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "EMI paid successfully", "Payment received"],
                            "failed": ["Payment Failed", "Transaction failed"],
                            "pending": ["Payment Pending", "Payment under process"]})
    if kind == "app":
        p.add("big", rs(paid), amount=paid)
    p.part = "body"
    if kind == "app":
        payee_pair(p, ["Paid to", "Lender"], lender)
    p.pair(rng.choice(["Loan A/c No.", "Loan Account No", "Agreement No."]),
           f"{code(rng, 2, UPPER)}{digits(rng, rng.choice([8, 10]))}")
    wrap_pair(p, rng.choice(["Borrower", "Customer Name"]), j.farmer)
    p.pair(rng.choice(["Asset", "Vehicle"]), rng.choice(ASSETS[loan]))
    p.pair("Instalment (half-yearly)" if loan == "tractor" else rng.choice(["EMI amount", "Instalment due"]), rs(emi))
    if extra:
        p.pair(rng.choice(["Overdue charges", "Bounce charges (incl. GST)", "Late payment charges"]), rs(extra))
    if kind != "app":
        p.pair(rng.choice(["Amount paid", "Total paid"]), rs(paid), amount=paid)
    p.pair(rng.choice(["Payment mode", "Paid via", "Mode"]),
           {"UPI": "UPI", "netbanking": rng.choice(["Net Banking", "NEFT"]),
            "card": f"Debit Card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        tid = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 11)}", digits(rng, 14)])
        labelled(p, rng.choice(["Transaction ID", "Txn ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success" and way == "UPI":
            labelled(p, rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "success" and rng.random() < 0.6:
            rec = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Receipt No.", "Receipt Number"]), rec, txn=(INVOICE_RANK, rec))
    if not j.no_day:
        labelled(p, rng.choice(["Payment Date", "Paid on", "Date & Time"]), stamp(rng, j.date, PATS), date=j.date)
        if status == "success" and rng.random() < 0.6:
            nxt = j.date + dt.timedelta(days=182 if loan == "tractor" else 30)
            p.pair("Next instalment due on", when(nxt, rng.choice(SLIP_PATS)))
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Your loan account is updated once the bank confirms. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Pay on time to keep your CIBIL score healthy.", "This is a computer generated receipt."]))
    return p.done()


# ---------------------------------------------------------------- 12. a seed company's online order


SEED_SHOPS = [("BigHaat", "Razorpay", "browser", "www.bighaat.com"), ("AgroStar", "PayU", "phone", "agrostar.in"),
              ("Mahyco Seeds Ltd", "CCAvenue", "mail", "mahyco.com"),
              ("Kaveri Seed Company Ltd", "Cashfree", "browser", "kaveriseeds.in"),
              ("Nuziveedu Seeds Ltd", "PayU", "mail", "nuziveeduseeds.com"), ("DeHaat", "Razorpay", "phone", "dehaat.in"),
              ("Rasi Seeds (P) Ltd", "Easebuzz", "browser", "rasiseeds.com"),
              ("Syngenta India - Seeds Shop", "PhonePe PG", "mail", "syngenta.co.in")]
SEED_WAYS = ["UPI", "card", "netbanking", "UPI", "wallet", "UPI", "card", "netbanking"]
PACKS = [("Bt Cotton BG-II 475 g x {n}", 864.0), ("Hybrid Maize 4 kg x {n}", 1650.0), ("Hybrid Tomato 10 g x {n}", 1450.0),
         ("Hybrid Chilli 10 g x {n}", 920.0), ("Okra (Bhindi) 250 g x {n}", 540.0), ("Paddy Hybrid 6 kg x {n}", 1560.0)]


def seed_order(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer's order on a seed company's or an agri marketplace's online shop paid through its gateway
    (BigHaat, AgroStar, Mahyco, Kaveri, Nuziveedu, DeHaat, Rasi, Syngenta; browser, app or e-mailed invoice): the
    seller on top, Order placed / Tax Invoice, the packs, Subtotal, Shipping, Total paid, the outcome, the way,
    heldout125's gateway ids and the shop's Order No. where the gateway prints no order, UPI Ref No on some,
    Order Date / Paid on, Ship to (the dealer, the payer)."""
    k = place("seed_order")
    status = outcome(k, failed=(6,), pending=(3,))
    shop, gw, kind, domain = SEED_SHOPS[k]
    way = SEED_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    if kind == "phone":
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, buttons=rng.choice([("Track order",), ()]))
        phone_frame(p, k)
    else:
        p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        if kind == "mail":
            mail_frame(p, f"{shop.split(' (')[0].split(' -')[0]} <orders@{domain}>",
                       rng.choice(["Your order is confirmed", "Invoice for your order", "Order update"]))
        else:
            p.style["h106"]["url"] = f"{domain}/checkout/order-received"
    rs = money(rng, font, 0.3)
    p.part = "head"
    top(p, shop, merchant=shop)
    p.add("center", rng.choice(["Order Summary", "Tax Invoice cum Receipt", "Order placed"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Payment received", "Order confirmed - paid"],
                            "failed": ["Payment Failed", "Payment declined by bank"],
                            "pending": ["Payment pending", "Awaiting payment confirmation"]})
    p.part = "body"
    total = 0.0
    for pack, price in rng.sample(PACKS, rng.randint(1, 3)):
        n = rng.randint(2, 40)
        total += n * price
        p.pair(pack.format(n=n), rs(n * price))
    ship = float(rng.choice([0, 0, 99, 149, 250]))
    p.add("rule")
    p.pair("Subtotal", rs(round(total, 2)))
    p.pair("Shipping", rs(ship) if ship else "FREE")
    total = round(total + ship, 2)
    p.pair(rng.choice(["Total paid", "Order Total", "Amount paid"]) if status == "success" else "Order Total",
           rs(total), amount=total)
    p.pair(rng.choice(["Paid via", "Payment method"]),
           {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}",
            "netbanking": f"Net Banking - {rng.choice(PSB[:3] + PVT[:2])}", "wallet": "Paytm Wallet"}[way],
           method=way)
    if not j.no_ref:
        rows = gateway_ids(rng, gw, j.date)
        if not any(rank == ORDER_RANK for _, _, rank in rows):
            rows.insert(0, (rng.choice(["Order No.", "Order ID", "Order #"]), f"{shop[:2].upper()}{digits(rng, 9)}",
                            ORDER_RANK))
        if status == "success" and way == "UPI" and rng.random() < 0.7:
            rows.append((rng.choice(["UPI Ref No", "Bank RRN"]), j.ref, UTR_RANK))
        for label, value, rank in rows:
            labelled(p, label, value, txn=(rank, value))
    if not j.no_day:
        labelled(p, rng.choice(["Order Date", "Paid on", "Date"]), stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair("Expected delivery", when(j.date + dt.timedelta(days=rng.randrange(3, 9)), "%d %b"))
    wrap_pair(p, "Ship to", f"{DEALERS[j.town][1]}, {CITIES[j.town][0]}")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- drawing


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout121's frames, marks and stamp; a page with Devanagari or Telugu labels (``Mixed``) drawn by ``_mixed``
    in heldout106's frame in place of its one-face page while it is drawn."""
    if not (style.get("h129") or {}).get("mixed"):
        return compose121(rows, font, style)
    plain = heldout106_families.PLAIN
    heldout106_families.PLAIN = _mixed
    try:
        return compose121(rows, font, style)
    finally:
        heldout106_families.PLAIN = plain

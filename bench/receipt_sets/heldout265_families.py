"""The twelve heldout265 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Longpi black stone pottery workshop's and its co-operative's day in 2026 in
Ukhrul district, Manipur (Longpi Kajui Potters' Co-operative Society Ltd, a society of Tangkhul potters of
Longpi Kajui and Longpi Khullen; its workshop at Longpi Kajui, Lishon Ham Workshop, where the potters grind
the lishon (the black serpentine stone) and the ham-ngalei (the weathered brown clay), shape the hampai by
hand on boards and wooden moulds without a wheel (ham, the cooking pots with lids, duck kettles, casseroles,
frying pans, rice pots, cups and trays), fire them in an open bonfire and polish them with machee leaves, the
cane lacer binding the handles, all paid by the piece, and which takes tour groups for pottery sessions; the
carriers who bring the stone down from the hill, dig the clay, gather the leaves and carry the firewood, paid
by the load; and the society's sales outlet on Thangal Bazar Road, Paona Bazar, Imphal, Hampai House, which
sells to Imphal families, visitors, hotels and restaurants, keeps a stall at the Manipur Sangai Festival at
Hapta Kangjeibung and runs the web shop hampaihouse.in), told by the proofs of payment it receives (buyers'
Amazon Pay, BHIM, Navi, Paytm, POP and Airtel Thanks screens, two forwarded in a WhatsApp chat, the web shop's
Razorpay e-mail receipt and Cashfree order page, TRIFED's PFMS payment status, the Manipur Handloom &
Handicrafts Development Corporation's and a Kohima hotel's printed advices, the North Eastern Council's GeM
bill, a Bengaluru cookware brand's, a Mumbai restaurant group's and a Kolkata concept store's e-mails, a
Guwahati marketplace's settlement, importers' remittances from London, Zurich, Singapore, Lyon, Seoul, Oslo,
Dubai and Portland in pounds, Swiss francs, Singapore dollars, euros the French way, won, Norwegian kroner,
dirhams and US dollars (a bank's page, two MT910s, two FIRCs, two PayPal e-mails), the outlet's and the
workshop's own bills, the session receipt, the society's share money receipt and the web shop's order
e-mail) and those it makes (the firewood depot's cash memo, the cane works', the carton maker's, the tool
house's, the pulveriser maker's, the printer's, the jute packer's and the bamboo works' receipts and
invoices, UCO eBanking, Axis Bank neo and ICICI Bank CIB transfers to the landlord, the builder, the carrier,
the auditors, the stall fabricator, the web studio, the photographer and the guards, wage cards, cash
vouchers, RazorpayX payouts and PhonePe payments to the workers, the district council's, the city's, the
Registrar's, the Forest Department's, the Pollution Control Board's, Legal Metrology's, the GI Registry's and
the Fire Services' fees, the insurers' receipts, an SMS and an app among them, card slips and an e-charge
slip, a UPI sale on a card terminal, MSPDCL's power (a prepaid meter's token among them), BSNL's fibre,
Airtel's postpaid, Dish TV, Bharatgas and PHED's water, the banks' SMS and e-mail alerts). Every row is added
to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, salutations, bills listed on an advice, sanction, contract, CRAC and
settlement periods, items, pieces, loads, rates, cuts, GST and TDS lines, charges, fees and net amounts on
PayPal, rupee values on the wires, exchange rates, remitters and their banks, balances, bill and due days,
work and billing periods, policy periods, heads, years, registration, licence, scale, book, folio, member,
policy, proposal, customer, consumer, meter, token, account, connection, VC, LPG and mobile numbers, GSTIN,
IFSC, SWIFT's :20:, :21: and :25:, terminal, merchant and batch numbers, room, folio, table, covers, pump and
vehicle numbers, payers' VPAs and the payer's own details carry no fact. ``Job`` and ``date_row`` are
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page`` and ``phone_page`` heldout140's; ``right`` heldout152's;
``seal`` heldout129's; ``gstin`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``chat_times``, ``masked`` and ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``Page`` and its messages app
heldout106's; ``sign`` heldout93's; ``num`` heldout82's. ``compose`` is heldout158's (as heldout263's), each
page's rows drawn by ``_render``: heldout14's renderer, then this set's column rows (``grid``: a table's
cells at set places, labels over their values two to a row, two fields to a row) in the lines it leaves for
them. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout14_render, heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, MARGIN, ORDER_RANK, TXN_RANK, UTR_RANK, Page
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout118_families import chat_times, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COOP = "Longpi Kajui Potters' Co-operative Society Ltd"
COOP_CAPS = "LONGPI KAJUI POTTERS' CO-OPERATIVE SOCIETY LTD"
SHORT = "Longpi Potters' Co-op"
WORKSHOP = "Lishon Ham Workshop"
YARD = "Ngalei Stone and Clay Yard"
OUTLET = "Hampai House"
# unit: its line, address, GST state code (Manipur 14)
UNITS = {
    "workshop": (
        "Longpi black stone pottery - hand-shaped, bonfire-fired, leaf-polished",
        "Longpi Kajui, Ukhrul District, Manipur - 795142",
        "14",
    ),
    "yard": (
        "Lishon stone and ham-ngalei clay, ground and sieved for member potters",
        "Longpi Khullen, Ukhrul District, Manipur - 795142",
        "14",
    ),
    "outlet": (
        "Longpi ham and hampai - the society's sales outlet",
        "Thangal Bazar Road, Paona Bazar, Imphal - 795001, Manipur",
        "14",
    ),
}
# the Manipur Sangai Festival at Hapta Kangjeibung, Imphal, 2026: 21 to 30 November
FEST_START = dt.date(2026, 11, 21)
DAY_IN = [
    "%d.%m.%Y",
    "%d/%m/%Y",
    "{d}/{m}/%Y",
    "%d-%b-%Y",
    "{d} %b %Y",
    "%d-%m-%Y",
    "%d %B %Y",
    "{d}.{m}.%y",
    "%d %b, %Y",
]
BANKS = [
    "State Bank of India",
    "UCO Bank",
    "Manipur Rural Bank",
    "Union Bank of India",
    "ICICI Bank",
    "Axis Bank",
    "HDFC Bank",
    "Indian Overseas Bank",
    "IDFC FIRST Bank",
    "Bank of India",
    "Kotak Mahindra Bank",
    "Federal Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Manipur Rural Bank": "UTBI",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "Indian Overseas Bank": "IOBA",
    "IDFC FIRST Bank": "IDFB",
    "Bank of India": "BKID",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "UCO Bank": "ucobank.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "HDFC Bank": "hdfcbank.com",
    "Indian Overseas Bank": "iob.bank.in",
    "IDFC FIRST Bank": "idfcfirstbank.com",
    "Bank of India": "bankofindia.bank.in",
    "Kotak Mahindra Bank": "kotak.com",
}
# the pots: name, price a piece (low, high)
POTS = [
    ("Longpi ham with lid, 2 L", 1150, 2400),
    ("Duck kettle, cane handle", 1350, 2600),
    ("Hampai casserole, 1.5 L", 1600, 3200),
    ("Frying pan, 10 in", 950, 1800),
    ("Serving bowls, set of 4", 1200, 2500),
    ("Cane-laced cups, set of 6", 1400, 2800),
    ("Oval tray, 14 in", 700, 1500),
    ("Rice pot with lid, 3 L", 1800, 3600),
]


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def day_pair(p: Screen, j: Job, labels: list[str], pats: list[str], *, upper: bool = False) -> None:
    """The payment's day under one of ``labels`` (capitals on some), none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = when_in(j, pats, rng)
    wpair(p, rng.choice(labels), text.upper() if upper else text, date=j.date)


def wpair(p: Screen, name: str, value: str, **facts) -> None:
    """A pair, or its label small at the left over its value where the row would not fit."""
    if fits(p, "pair", f"{name} {value}     "):
        p.pair(name, value, **facts)
    else:
        label(p, name)
        p.add("left", value, **facts)


def stamp_room(p: Screen) -> None:
    """Room at the foot for the rubber stamp ``seal`` draws."""
    for _ in range(3):
        p.add("gap")


def under(p: Screen, value: str, name: str, **facts) -> None:
    """A value with its label small under it (the value first, the label after)."""
    p.add("left", value, **facts)
    label(p, name)


def ours(rng: random.Random) -> str:
    return rng.choice([COOP, COOP_CAPS, SHORT])


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def hour_day(rng: random.Random, day: dt.date) -> str:
    """A day and an hour with no label, in this set's forms: 14 Oct 2026 at 4:12 pm, 14-10-2026 | 16:12:05,
    Oct 14 2026, 4:12 PM, Wednesday 14 October 2026 16:12."""
    pick = rng.randrange(4)
    if pick == 0:
        return f"{when(day, '{d} %b %Y')} at {hhmm(rng, lower=True, zero=False)}"
    if pick == 1:
        return f"{when(day, '%d-%m-%Y')} | {hhmm(rng, twelve=False, seconds=True)}"
    if pick == 2:
        return f"{when(day, '%b {d} %Y')}, {hhmm(rng, zero=False)}"
    return f"{when(day, '%A {d} %B %Y')} {hhmm(rng, twelve=False)}"


def with_hour(rng: random.Random, day: dt.date, pats: list[str]) -> str:
    """A day in one of ``pats`` and an hour after it."""
    return (
        f"{when(day, rng.choice(pats))}{rng.choice([', ', ' ', ' - '])}{hhmm(rng, zero=rng.random() < 0.5)}"
    )


# ---------------------------------------------------------------- columns: rows whose cells sit at set places


def grid(
    p: Screen,
    kind: str,
    spec: list[tuple[float, float, str]],
    *,
    head: bool = False,
    soft: bool = False,
    scale: float = 1.0,
) -> None:
    """Name a row kind of this page whose cells sit in ``spec``'s spans: (from, to, as shares of the room, and
    the cell's alignment in its span: "l", "r" or "c"); a heading's kind is drawn in the label ink and ruled
    under, a soft kind (labels) in the label ink; ``scale`` the cells' size against the body's."""
    extra = p.style.setdefault("h265", {"grids": {}, "heads": [], "soft": [], "scale": {}})
    extra["grids"][kind] = [list(cell) for cell in spec]
    if head:
        extra["heads"].append(kind)
    if soft:
        extra["soft"].append(kind)
    if scale != 1.0:
        extra["scale"][kind] = scale


def label(p: Screen, text: str) -> None:
    """A label small in the label ink at the left (over or under its value)."""
    if "lab" not in p.style.get("h265", {}).get("grids", {}):
        grid(p, "lab", [(0.0, 1.0, "l")], soft=True, scale=0.8)
    row(p, "lab", text)


def cells_fit(p: Screen, kind: str, cells: list[str]) -> bool:
    extra = p.style["h265"]
    spec = extra["grids"][kind]
    face = load_font(p.font, int(p.style["size"] * extra["scale"].get(kind, 1.0)))
    room = p.style["width"] - 2 * MARGIN
    return all(face.getlength(text) <= (hi - lo) * room - 12 for text, (lo, hi, _) in zip(cells, spec))


def row(p: Screen, kind: str, *cells: str, **facts) -> None:
    """A row of ``kind``'s cells (every cell checked against its room)."""
    assert len(cells) == len(p.style["h265"]["grids"][kind]), (kind, cells)
    assert cells_fit(p, kind, list(cells)), (p.font, kind, cells)
    p.add(kind, *cells, **facts)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """``heldout14_render.render``'s page, then this set's column rows drawn in the lines it left for them."""
    page = heldout14_render.render(rows, font, style)
    extra = style.get("h265")
    if not extra:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    line = int(size * 1.55)
    face = load_font(font, size)
    pair_face = load_font(font, int(size * SCALE["pair"]))
    draw = ImageDraw.Draw(page)
    ink = style.get("ink", (25, 25, 30))
    soft = style.get("label_ink", ink)
    y = MARGIN
    for r in rows:
        kind = r[0]
        step = int(line * SCALE.get(kind, 1.0)) if kind != "pair" else line
        if kind == "pair" and pair_face.getlength(r[1]) + pair_face.getlength(r[2]) + 24 > room:
            step *= 2
        spec = extra["grids"].get(kind)
        if spec:
            face = load_font(font, int(size * extra["scale"].get(kind, 1.0)))
            is_head = kind in extra["heads"]
            faint = is_head or kind in extra["soft"]
            for text, (lo, hi, align) in zip(r[1:], spec):
                x = MARGIN + lo * room
                if align == "r":
                    x = MARGIN + hi * room - draw.textlength(text, font=face)
                elif align == "c":
                    x = MARGIN + (lo + hi) * room / 2 - draw.textlength(text, font=face) / 2
                draw.text((x, y), text, font=face, fill=soft if faint else ink)
            if is_head:
                draw.line((MARGIN, y + line - 2, width - MARGIN, y + line - 2), fill=soft, width=1)
        y += step
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout261's), each page's rows drawn by ``_render`` (this set's
    column rows over heldout14's renderer) while it is drawn."""
    modules = (heldout106_families, heldout118_families, heldout121_families)
    saved = [module.PLAIN for module in modules]
    for module in modules:
        module.PLAIN = _render
    try:
        return compose158(rows, font, style)
    finally:
        for module, plain in zip(modules, saved):
            module.PLAIN = plain


def merged(first: dict, second: dict) -> dict:
    """The facts of two cells on one row: each once, the higher-ranked id where both print one."""
    out = dict(first)
    for key, value in second.items():
        if key == "txn" and "txn" in out:
            out["txn"] = max(out["txn"], value, key=lambda ranked: ranked[0])
        else:
            out.setdefault(key, value)
    return out


def two_cols(p: Screen, items: list[tuple[str, str, dict]]) -> None:
    """Labels over their values in two columns: the labels of two items small on one row, their values on the
    row under it (one item alone where its value would not fit its half)."""
    if "twoh" not in p.style.get("h265", {}).get("grids", {}):
        grid(p, "twoh", [(0.0, 0.5, "l"), (0.52, 1.0, "l")], soft=True)
        grid(p, "twov", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
    face = load_font(p.font, p.style["size"])
    half = (p.style["width"] - 2 * MARGIN) * 0.48 - 12
    pending: list[tuple[str, str, dict]] = []
    for item in items:
        if face.getlength(item[1]) > half or face.getlength(item[0]) > half:
            if pending:
                label(p, pending[0][0])
                p.add("left", pending[0][1], **pending[0][2])
                pending = []
            label(p, item[0])
            p.add("left", item[1], **item[2])
            continue
        pending.append(item)
        if len(pending) == 2:
            (la, va, fa), (lb, vb, fb) = pending
            p.add("twoh", la, lb)
            p.add("twov", va, vb, **merged(fa, fb))
            pending = []
    if pending:
        label(p, pending[0][0])
        p.add("left", pending[0][1], **pending[0][2])


# ---------------------------------------------------------------- 1. buyers: UPI apps, the web shop


BUY_APPS = ["Amazon Pay", "BHIM", "Razorpay", "Navi", "Paytm", "Cashfree", "POP", "Airtel Thanks"]
BUY_LAYOUT = {
    "Amazon Pay": "sentence",
    "POP": "sentence",
    "BHIM": "under",
    "Paytm": "under",
    "Navi": "listrow",
    "Airtel Thanks": "listrow",
}
# the payee's UPI ids (the outlet's QR stickers and the society's account), whatever the payer's app
PAYEE_VPAS = [
    "hampaihouse@sbi",
    "longpipotters.coop@uco",
    "Q824519376@ybl",
    "paytmqr5k2j8w1x@ptys",
    "hampaihouse.imphal@okaxis",
]
BUY_NOTES = (
    ["2 tea cup sets", "duck kettle", "frying pan", "ham for Ayi", "cups + tray"],
    ["casserole x2 + kettle", "hotel order - 12 bowls", "rice pots for the homestay", "wedding gift set"],
)
BUYERS = [
    "Thoibi Ningthoujam",
    "Ashok Kumar Sharma",
    "Ng. Somorendro Singh",
    "Rinchen Dolma",
    "Kim Ji-woo",
    "Vizovono Angami",
    "Preeti Laishram",
    "Yangsorla Hungyo",
]
OWN_LABELS = {
    "Amazon Pay": "Amazon Pay transaction ID",
    "BHIM": "BHIM txn ID",
    "Navi": "Navi transaction ID",
    "Paytm": "Paytm txn ID",
    "POP": "POP transaction ID",
    "Airtel Thanks": "Airtel txn ID",
}
REF_LABELS = {
    "Amazon Pay": ["UPI transaction ID", "Bank reference number"],
    "BHIM": ["UPI Ref. No.", "RRN"],
    "Navi": ["UTR", "UPI Ref No"],
    "Paytm": ["UPI Ref. No.", "UPI reference number"],
    "POP": ["UTR No.", "UPI RRN"],
    "Airtel Thanks": ["RRN No.", "UPI ref. ID"],
}
# the web shop's orders: the buyer, the pots (index into POTS), shipping
WEB_ORDERS = [
    ("Ms. Kavya Iyer, Adyar, Chennai", [1, 5]),
    ("Mr. Rohan Bhatia, Sector 56, Gurugram", [0, 2, 6]),
    ("Dr. Meenal Joshi, Kothrud, Pune", [7, 4]),
    ("Mrs. Lalhmingmawii, Zarkawt, Aizawl", [3, 5, 6]),
]


def own_ref(rng: random.Random, app: str, j: Job) -> str:
    """The payer's app's own id for the payment (its own shape for each app)."""
    if app == "Amazon Pay":
        return f"P{j.date:%y%m%d}{code(rng, 4, UPPER)}{digits(rng, 9)}"
    if app == "BHIM":
        return f"BHIM{code(rng, 24, HEXA).upper()}"
    if app == "Navi":
        return f"NV{digits(rng, 18)}"
    if app == "Paytm":
        return digits(rng, 11)
    if app == "POP":
        return f"POP{code(rng, 12, ALNUM)}"
    return f"APB{digits(rng, 13)}"


def web_receipt(
    rng: random.Random, font: str, k: int, j: Job, app: str, status: str
) -> tuple[list, dict, dict]:
    """Razorpay's e-mailed payment receipt (the shop on top, the sum large with its label under it, then the
    payment's fields two by two, each label over its value) or Cashfree's order page (the shop on top, the
    outcome, the order's pots in a table, the Order total, then the payment's fields two by two)."""
    rs = money(rng, font, 0.3)
    to = rng.choice([OUTLET, OUTLET, OUTLET.upper(), COOP])
    who, lots = WEB_ORDERS[(k + rng.randrange(2)) % len(WEB_ORDERS)]
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - Google Pay", "UPI QR"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:6])}",
    }[way]
    day = None if j.no_day else with_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y", "%b {d}, %Y", "%d/%m/%Y"])
    if app == "Razorpay":
        j.amount = rupees(rng, 1200, 14000, 0.6)
        p = mail_page(
            rng,
            font,
            "Razorpay <no-reply@razorpay.com>",
            [
                f"Payment successful for {OUTLET}",
                "Your payment receipt",
                f"Receipt for your payment to {OUTLET}",
            ],
        )
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", "hampaihouse.in  |  Longpi pottery from Ukhrul")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Amount paid", "Total paid"]))
        outcome_row(p, status, {"success": ["Paid successfully", "Payment received by the merchant"]})
        items: list[tuple[str, str, dict]] = []
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, MIXED)}"
            items.append(("Payment ID", pid, {"txn": (TXN_RANK, pid)}))
        if day:
            items.append((rng.choice(["Paid on", "Payment date"]), day, {"date": j.date}))
        items.append(("Method", shown, {"method": way}))
        if not j.no_ref:
            oid = f"order_{code(rng, 14, MIXED)}"
            items.append(("Order ID", oid, {"txn": (ORDER_RANK, oid)}))
            if way == "UPI":
                items.append((rng.choice(["UPI RRN", "Bank RRN"]), j.ref, {"txn": (UTR_RANK, j.ref)}))
            elif way == "card":
                appr = digits(rng, 6)
                items.append(("Auth code", appr, {"txn": (APPR_RANK, appr)}))
        items.append(("E-mail", f"{who.split()[1][0].lower()}****{rng.randrange(10, 99)}@gmail.com", {}))
        items.append(("Mobile", f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}", {}))
        two_cols(p, items)
        p.part = "foot"
        p.add("small", "For any question about this order, write to the seller at care@hampaihouse.in.")
        p.add("small", "Payments are processed by Razorpay Software Pvt Ltd.")
        return p.done()
    p = browser_page(
        rng, font, "payments.cashfree.com/order/#" + ("status" if j.no_ref else code(rng, 12, ALNUM))
    )
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", "Secured by Cashfree Payments")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Your order is confirmed"]})
    order = f"HH-{rng.randrange(10200, 19999)}"
    p.add("left", f"Order #{order}  |  {who.split(', ')[0]}")
    grid(p, "tabh", [(0.0, 0.66, "l"), (0.66, 0.74, "r"), (0.74, 1.0, "r")], head=True)
    grid(p, "tab", [(0.0, 0.66, "l"), (0.66, 0.74, "r"), (0.74, 1.0, "r")])
    row(p, "tabh", "Item", "Qty", "Amount")
    total = 0.0
    for i in lots:
        item, lo, hi = POTS[i]
        qty = rng.randrange(1, 4)
        each = float(rng.randrange(lo, hi, 10))
        total += qty * each
        row(p, "tab", item, str(qty), rs(qty * each))
    ship = float(rng.choice([0, 150, 250, 400]))
    p.pair("Shipping", rs(ship) if ship else "Free")
    j.amount = round(total + ship, 2)
    p.pair(rng.choice(["Order total", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.add("rule")
    items = []
    if not j.no_ref:
        cf = digits(rng, 10)
        items.append(("CF payment ID", cf, {"txn": (TXN_RANK, cf)}))
        if way == "UPI":
            items.append(("Bank reference", j.ref, {"txn": (UTR_RANK, j.ref)}))
        elif way == "netbanking":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            items.append(("Bank reference", bref, {"txn": (BANK_RANK, bref)}))
    items.append(("Payment mode", shown, {"method": way}))
    if day:
        items.append(("Payment time", day, {"date": j.date}))
    two_cols(p, items)
    p.part = "foot"
    p.add("small", "A confirmation has been sent to your e-mail. Ships from Imphal in 3 working days.")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Imphal families, tourists, homestays and cafes paying the outlet or the society: six UPI screens
    (Amazon Pay, BHIM, Navi, Paytm, POP, Airtel Thanks) in three layouts, each new here: a sentence that holds
    the sum and the payee ("You paid Rs 2,450.00 to Hampai House", "Paying ... to ...", "Could not pay ... to
    ...") with a status chip and the day and hour unlabelled under it or labelled in the Transfer details;
    each value with its label small under it (the sum, Paid to / Paying to / To, UPI ID, Debited from, the
    references, Date & time, Remarks); a history row with the payee on the left and the sum on the right, "UPI
    | <day and hour>" under it, the status, then the ids; two of them forwarded in a WhatsApp chat with the
    outlet; and the web shop's Razorpay e-mail receipt and Cashfree order page (web_receipt), new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=450, high=26000, p_round=0.7)
    app = BUY_APPS[k]
    if app in ("Razorpay", "Cashfree"):
        return web_receipt(rng, font, k, j, app, status)
    rs = money(rng, font, 0.5)
    layout = BUY_LAYOUT[app]
    chat = k in (0, 7)
    if chat:
        p = screen(rng, font, "crop", dark=rng.random() < 0.25, width=600)
    else:
        p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    names = [OUTLET.upper(), "LONGPI KAJUI POTTERS CO OP SOCIETY LTD", SHORT, OUTLET]
    to = rng.choice(names)
    vpa = rng.choice(PAYEE_VPAS)
    source = f"{rng.choice(BANKS[:9])} {masked(rng, font)}"
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    day_labels = {
        "success": ["Date & time", "Paid at", "Completed on"],
        "pending": ["Started on", "Date & time"],
        "failed": ["Attempted on", "Date & time"],
    }[status]
    unlabelled = rng.random() < 0.5 and not j.no_day
    own = own_ref(rng, app, j) if not j.no_ref and rng.random() < 0.8 else ""

    def refs(stack: bool) -> None:
        if j.no_ref:
            return
        items = [(rng.choice(REF_LABELS[app]), j.ref, UTR_RANK)]
        if own:
            items.insert(rng.randrange(2), (OWN_LABELS[app], own, TXN_RANK))
        for name, value, rank in items:
            if stack:
                under(p, value, name, txn=(rank, value))
            else:
                wpair(p, name, value, txn=(rank, value))

    if layout == "sentence":
        money_text = rs(j.amount)
        for name in [to] + names[::-1]:
            line = {
                "success": f"You paid {money_text} to {name}",
                "pending": f"Paying {money_text} to {name}",
                "failed": f"Could not pay {money_text} to {name}",
            }[status]
            if fits(p, "left", line):
                to = name
                break
        p.add("left", line, amount=j.amount, merchant=to)
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Completed"],
                "pending": ["In progress - do not pay again for 48 hours"],
                "failed": ["Failed - the amount was not debited"],
            },
        )
        if unlabelled:
            p.add("small", hour_day(rng, j.date), date=j.date)
        p.add("rule")
        p.add("left", "Transfer details")
        wpair(p, "To UPI ID", vpa, method="UPI")
        wpair(p, "From", source)
        refs(False)
        if not unlabelled:
            date_row(p, j, day_labels, hour=True)
        p.pair(rng.choice(["Note", "Message"]), rng.choice(BUY_NOTES[j.amount >= 5000]))
    elif layout == "under":
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction successful", "Money sent"],
                "pending": ["Transaction pending - waiting for the bank"],
                "failed": ["Transaction declined by your bank"],
            },
        )
        p.add("rule")
        under(p, rs(j.amount), "Amount", amount=j.amount)
        heads = {"success": ["Paid to", "Sent to"], "pending": ["Paying to", "To"], "failed": ["To"]}[status]
        under(p, to, rng.choice(heads), merchant=to)
        under(p, vpa, "UPI ID", method="UPI")
        under(p, source, "Debited from")
        refs(True)
        if not j.no_day:
            under(p, hour_day(rng, j.date), rng.choice(day_labels), date=j.date)
        under(p, rng.choice(BUY_NOTES[j.amount >= 5000]), "Remarks")
    else:
        p.add("left", rng.choice(["Transaction details", "Payment"]))
        p.pair(to, rs(j.amount), merchant=to, amount=j.amount)
        if j.no_day:
            p.add("small", f"UPI  |  {vpa}", method="UPI")
        else:
            p.add("small", f"UPI  |  {hour_day(rng, j.date)}", method="UPI", date=j.date)
        outcome_row(
            p,
            status,
            {
                "success": ["Successful", "Paid"],
                "pending": ["Pending"],
                "failed": ["Failed - the receiver's bank did not respond"],
            },
        )
        p.add("rule")
        refs(False)
        if not j.no_day:
            wpair(p, "To UPI ID", vpa)
        wpair(p, rng.choice(["Paid from", "Debited from"]), source)
        p.pair("Note", rng.choice(BUY_NOTES[j.amount >= 5000]))
    if status == "failed":
        p.add("small", "Money debited, if any, comes back to your account in 3 to 5 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["Share receipt  |  Report a problem", "Need help? Chat with us", "Pay again"]))
    if chat:
        buyer = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
        bubbles = [("in", rng.choice(["Payment done for the kettle", "Sent. Please check", "Paid just now"]))]
        bubbles.append(("image", ""))
        if rng.random() < 0.7:
            bubbles.append(
                ("out", rng.choice(["Received, thank you!", "Got it, packing today", "Thank you Ayi"]))
            )
        divider = "Today" if j.no_day or rng.random() < 0.4 else when(j.date, "{d} %B %Y")
        p.style["h118"] = {
            "chat": {
                "contact": buyer,
                "divider": divider,
                "bubbles": bubbles,
                "times": chat_times(rng, len(bubbles)),
                "dark": rng.random() < 0.3,
                "last_seen": rng.choice(["online", "last seen today at " + hhmm(rng, lower=True)]),
            }
        }
    return p.done()


def fields(p: Screen, items: list[tuple[str, str, dict]], *, head: tuple[str, str] | None = None) -> None:
    """A two-column table of fields: the label in the left column and the value starting at the middle (not
    set to the right), under an optional heading row; a value too long for its column goes under its label."""
    if "fd" not in p.style.get("h265", {}).get("grids", {}):
        grid(p, "fdh", [(0.0, 0.4, "l"), (0.42, 1.0, "l")], head=True)
        grid(p, "fd", [(0.0, 0.4, "l"), (0.42, 1.0, "l")])
    if head:
        row(p, "fdh", *head)
    for name, value, facts in items:
        if cells_fit(p, "fd", [name, value]):
            p.add("fd", name, value, **facts)
        else:
            label(p, name)
            p.add("left", value, **facts)


# ---------------------------------------------------------------- 2. buyers' payment advices


# payer, its desk (place), its mail, the goods' kind, the frame, the tax it holds back
ADVISERS = [
    (
        "Tribal Co-operative Marketing Development Federation of India Ltd",
        "Tribes India, Savitri Sadan, Preet Vihar, New Delhi",
        "accounts@trifed.in",
        "craft",
        "pfms",
        "igst2",
    ),
    (
        "Manipur Handloom & Handicrafts Development Corporation Ltd",
        "Paona Bazar, Imphal",
        "accounts@mhhdc.in",
        "craft",
        "advice",
        "state2",
    ),
    (
        "North Eastern Council Secretariat",
        "Nongrim Hills, Shillong",
        "gem",
        "gift",
        "gem",
        "igst2",
    ),
    ("The Earthen Table Pvt Ltd", "HSR Layout, Bengaluru", "payables@earthentable.in", "craft", "mail", ""),
    (
        "Purvottar Bazaar Online Pvt Ltd",
        "Ganeshguri, Guwahati",
        "seller.payments@purvottarbazaar.in",
        "craft",
        "settle",
        "",
    ),
    (
        "Hornbill Hospitality Pvt Ltd",
        "NH-29, Kohima, Nagaland",
        "ap@hornbillhotels.in",
        "hotel",
        "advice",
        "194q",
    ),
    (
        "Saffron Hearth Restaurants LLP",
        "Lower Parel, Mumbai",
        "accounts@saffronhearth.in",
        "hotel",
        "mail",
        "194q",
    ),
    (
        "Cane & Clay Concept Store",
        "Hindustan Park, Kolkata",
        "caneandclay.accounts@gmail.com",
        "craft",
        "mail",
        "",
    ),
]
# the goods' unit and the price a piece (low, high)
ADVICE_GOODS = {"craft": ("pcs", 700, 3200), "gift": ("gift sets", 1800, 4200), "hotel": ("pcs", 450, 2400)}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """TRIFED (Tribes India), the Manipur Handloom & Handicrafts Development Corporation, the North Eastern
    Council (on GeM), a Bengaluru cookware brand, a Guwahati marketplace, a Kohima hotel, a Mumbai restaurant
    group and a Kolkata concept store paying for pots by the piece and gift sets: in five frames, each new
    here: PFMS's e-payment status (a Field | Details table, the value at the middle, not set to the right:
    Agency, Sanction No., Beneficiary name, Bank account, Gross amount, Less: TDS under GST - IGST @ 2%, Net
    amount paid, Payment mode, Payment status, Credited on / Payment date / Value date, Bank transaction ref.
    (UTR), PFMS payment ID); a printed PAYMENT ADVICE (Advice No. and Date / Dated on one row in two columns,
    Party code and Mode on the next, To, <the society>, the bills in a table of Bill No. | Bill date | Amount,
    Total of bills (incl. GST @ 5%) / Bills total, Less: TDS under GST - CGST @ 1% / SGST @ 1% or Less: TDS
    u/s 194Q @ 0.1%, Less: Breakage in transit - n pcs, Net amount paid / Net amount sent, UTR, the status
    line, Accounts Officer); GeM's bill page (Seller name, Buyer, Contract No., Bill No., CRAC No., Bill
    amount, Less: TDS under GST, Net payable / Amount due to seller, Payment mode, Payment request ID, the
    status, Bill submitted on / Pending since); an e-mail from the payer's books (Payment made, the fields two
    by two, each label over its value: Payment #, the day, Paid to / Vendor, Paid through, Reference # / UTR,
    Amount paid / Amount on hold, then the bills in a table); a marketplace's settlement statement (Seller,
    Settlement ID, Settlement period, Orders settled, Sale value (incl. GST), Less: Commission (incl. GST @
    18%), Less: Shipping fee, Less: TCS under GST @ 0.5%, Less: TDS u/s 194-O @ 0.1%, Net settlement / Amount
    settled, the status, Settled to bank on / Settlement date, Mode, Bank UTR)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    payer, desk, mail, kind, frame, tax = ADVISERS[k]
    rs = money(rng, font, 0.25, marks=("\u20b9", "Rs.", "INR", "Rs"))
    unit, lo, hi = ADVICE_GOODS[kind]
    bills: list[tuple[str, str, float]] = []
    base = 0.0
    gross = 0.0
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "%d-%b-%y"])
    for _ in range(1 if frame == "gem" else rng.randrange(1, 4)):
        qty = rng.randrange(6, 48) if unit == "pcs" else rng.randrange(20, 90)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        base += value
        with_gst = round(value * 1.05, 2)
        gross += with_gst
        bill = f"LKP/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        bills.append((bill, when(earlier(rng, j, 12, 75), bill_pat), with_gst))
    base, gross = round(base, 2), round(gross, 2)
    cuts: list[tuple[str, float]] = []
    if tax == "igst2":
        cuts.append(("Less: TDS under GST - IGST @ 2%", round(base * 0.02, 2)))
    elif tax == "state2":
        half = round(base * 0.01, 2)
        cuts += [("Less: TDS under GST - CGST @ 1%", half), ("Less: TDS under GST - SGST @ 1%", half)]
    elif tax == "194q":
        cuts.append(("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2)))
    if frame != "settle" and rng.random() < 0.35:
        bad = rng.randrange(1, 4)
        cuts.append(
            (f"Less: Breakage in transit - {bad} {'pc' if bad == 1 else 'pcs'}", round(bad * lo * 1.05, 2))
        )
    j.amount = round(gross - sum(value for _, value in cuts), 2)
    way = neft_way(rng, j.amount)
    pbank = rng.choice(BANKS[:6])
    ref = bank_ref(rng, j, pbank, way) if status == "success" and not j.no_ref else ""
    payee = ours(rng)
    doc = f"{rng.choice(['PA', 'ADV', 'PV'])}/{fy(j.date)}/{digits(rng, 5)}"
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.replace(' Pvt Ltd', '').replace(' LLP', '')} - Accounts <{mail}>",
            ["Payment made - Longpi Kajui Potters' Co-op", "Payment advice for your bills"]
            if status == "success"
            else ["Your bills - payment on hold", "Payment status of your bills"],
        )
    elif frame in ("pfms", "gem", "settle"):
        if frame == "pfms":
            url = "pfms.nic.in/Users/Public/PaymentStatus.aspx"
        elif frame == "gem":
            url = "fulfilment.gem.gov.in/bills/" + ("view" if j.no_ref else digits(rng, 9))
        else:
            url = f"sellers.{mail.split('@')[1]}/payments/settlements/" + digits(rng, 8)
        p = browser_page(rng, font, url)
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    if frame == "pfms":
        top(p, "PFMS")
        p.add("small", "Public Financial Management System  |  Controller General of Accounts")
        p.add("center", "e-Payment status - beneficiary")
    elif frame == "gem":
        top(p, "GeM")
        p.add("small", "Government e-Marketplace  |  Bills and payments")
        p.add("center", "Bill details")
    elif frame == "settle":
        top(p, fit_name(p, "title", ["Purvottar Bazaar Seller Hub", "Seller Hub"]))
        p.add("small", f"{payer}  |  {desk}")
        p.add("center", "Settlement statement")
    else:
        name = payer.upper() if frame == "advice" and rng.random() < 0.4 else payer
        top(p, fit_name(p, "title", [name, payer]))
        p.add("small", f"{desk}  |  {rng.choice(['Accounts', 'Finance & Accounts'])}")
        if frame == "advice":
            p.add("center", "PAYMENT ADVICE")
    p.add("rule")
    p.part = "body"
    day_labels = {
        "success": ["Credited on", "Payment date", "Value date"],
        "pending": ["On hold since", "Held on"],
        "failed": ["Returned on", "Date of return"],
    }[status]

    def bill_table() -> None:
        grid(p, "bh", [(0.0, 0.42, "l"), (0.42, 0.68, "l"), (0.68, 1.0, "r")], head=True)
        grid(p, "bl", [(0.0, 0.42, "l"), (0.42, 0.68, "l"), (0.68, 1.0, "r")])
        row(p, "bh", "Bill No.", "Bill date", "Amount")
        for bill, day, value in bills:
            row(p, "bl", bill, day, rs(value))
        p.pair(rng.choice(["Total of bills (incl. GST @ 5%)", "Bills total"]), rs(gross))
        for name, value in cuts:
            wpair(p, name, rs(value))

    if frame == "pfms":
        items = [
            ("Agency", "TRIFED - Head Office, New Delhi", {}),
            ("Sanction No.", f"TRF/PROC/{fy(j.date)}/{digits(rng, 4)}", {}),
            ("Beneficiary name", payee, {"merchant": payee}),
            ("Bank account", f"{rng.choice(BANKS[:3])} XXXXXXX{digits(rng, 4)}", {}),
            ("Gross amount", rs(gross), {}),
        ]
        items += [(name.replace("Less: ", "Less: "), rs(value), {}) for name, value in cuts]
        items.append(("Net amount paid", rs(j.amount), {"amount": j.amount}))
        items.append(("Payment mode", f"e-Payment ({way})", {"method": "netbanking"}))
        items.append(
            (
                "Payment status",
                rng.choice(["Credited to beneficiary", "Paid - credited by bank"]),
                {"status": status},
            )
        )
        if not j.no_day:
            items.append((rng.choice(day_labels), when_in(j, DAY_IN, rng), {"date": j.date}))
        if not j.no_ref:
            items.append(("Bank transaction ref. (UTR)", ref, {"txn": (UTR_RANK, ref)}))
            pid = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            items.append(("PFMS payment ID", pid, {"txn": (TXN_RANK, pid)}))
        fields(p, items, head=("Field", "Details"))
        p.part = "foot"
        p.add("small", "TDS under GST is reported in GSTR-7 by the deductor; see it in your GSTR-2X.")
        return p.done()
    if frame == "gem":
        fields(
            p,
            [
                ("Seller name", payee, {"merchant": payee}),
                ("Buyer", f"{payer}, {desk.split(', ')[-1]}", {}),
                ("Contract No.", f"GEMC-{digits(rng, 15)}", {}),
                ("Bill No.", bills[0][0], {}),
                ("CRAC No.", f"CRAC-{digits(rng, 10)}", {}),
            ],
        )
        p.pair("Bill amount", rs(gross))
        for name, value in cuts:
            wpair(p, name, rs(value))
        p.pair(rng.choice(["Net payable", "Amount due to seller"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", f"PFMS e-payment ({way})", method="netbanking")
        if not j.no_ref:
            req = f"GEMPR{digits(rng, 11)}"
            p.pair("Payment request ID", req, txn=(TXN_RANK, req))
        outcome_row(
            p, status, {"pending": ["Bill under processing with the paying authority - not yet paid"]}
        )
        day_pair(p, j, ["Bill submitted on", "Pending since"], DAY_IN)
        p.part = "foot"
        p.add("small", "Payment is due within 10 days of the CRAC. Raise an incident on GeM if delayed.")
        return p.done()
    if frame == "settle":
        orders = rng.randrange(6, 40)
        sale = round(sum(rupees(rng, 900, 3400, 0.8) for _ in range(orders)), 2)
        commission = round(sale * rng.choice([0.08, 0.1, 0.12]) * 1.18, 2)
        ship = round(orders * float(rng.choice([60, 75, 90])), 2)
        taxable = round(sale / 1.05, 2)
        tcs = round(taxable * 0.005, 2)
        tds = round(taxable * 0.001, 2)
        j.amount = round(sale - commission - ship - tcs - tds, 2)
        start = j.date - dt.timedelta(days=rng.randrange(9, 14))
        settle_id = f"STL{digits(rng, 10)}"
        fields(
            p,
            [
                ("Seller", payee, {"merchant": payee}),
                ("Settlement ID", settle_id, {"txn": (INVOICE_RANK, settle_id)}),
                (
                    "Settlement period",
                    f"{when(start, '{d} %b')} - {when(start + dt.timedelta(days=6), '{d} %b %Y')}",
                    {},
                ),
                ("Orders settled", str(orders), {}),
            ],
        )
        p.pair("Sale value (incl. GST)", rs(sale))
        p.pair("Less: Commission (incl. GST @ 18%)", rs(commission))
        p.pair("Less: Shipping fee", rs(ship))
        wpair(p, "Less: TCS under GST @ 0.5%", rs(tcs))
        wpair(p, "Less: TDS u/s 194-O @ 0.1%", rs(tds))
        p.pair(rng.choice(["Net settlement", "Amount settled"]), rs(j.amount), amount=j.amount)
        p.add("rule")
        outcome_row(p, status, {"success": ["Settled to your bank account", "Settlement complete"]})
        day_pair(p, j, ["Settled to bank on", "Settlement date"], DAY_IN)
        p.pair("Mode", "NEFT", method="netbanking")
        if not j.no_ref:
            r = bank_ref(rng, j, "Kotak Mahindra Bank", "NEFT")
            p.pair("Bank UTR", r, txn=(UTR_RANK, r))
        p.part = "foot"
        p.add(
            "small", "Download the order-wise report for the TCS and TDS credited against your PAN and GSTIN."
        )
        return p.done()
    if frame == "advice":
        grid(p, "hd", [(0.0, 0.55, "l"), (0.58, 1.0, "l")])
        adv = f"Advice No.: {doc}" if not j.no_ref else f"Party code: V-{digits(rng, 4)}"
        if j.no_day:
            row(p, "hd", adv, f"Mode: {way}", method="netbanking")
        else:
            row(
                p,
                "hd",
                adv,
                f"{rng.choice(['Date', 'Dated'])}: {when_in(j, DAY_IN[:6], rng)}",
                date=j.date,
                **({"txn": (INVOICE_RANK, doc)} if not j.no_ref else {}),
            )
            row(p, "hd", f"Party code: V-{digits(rng, 4)}", f"Mode: {way}", method="netbanking")
        p.add("left", "To,")
        p.add("left", payee, merchant=payee)
        p.add("left", rng.choice(["Longpi Kajui, Ukhrul District, Manipur", "Paona Bazar, Imphal - 795001"]))
        p.add(
            "left",
            "We have paid your bills listed below."
            if status == "success"
            else "Our payment against your bills below",
        )
        if status == "failed":
            p.add("left", "has come back from your bank.")
        bill_table()
        p.add("rule")
        p.pair(
            {"success": "Net amount paid", "failed": "Net amount sent"}.get(status, "Net amount"),
            rs(j.amount),
            amount=j.amount,
        )
        if ref:
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        word = {
            "success": "PAID - NET AMOUNT CREDITED TO YOUR ACCOUNT",
            "failed": "PAYMENT RETURNED - ACCOUNT DORMANT, SEND A CANCELLED CHEQUE",
        }[status]
        p.add("center", word, status=status)
        p.part = "foot"
        right(p, rng.choice(["Accounts Officer", "For Accounts - Authorised signatory"]))
        return p.done()
    p.add("left", rng.choice(["Dear Sir/Madam,", "Hello,", "Dear Partner,"]))
    p.add(
        "left",
        "Please find the details of our payment below."
        if status == "success"
        else "The payment against your bills below is on hold.",
    )
    p.add("left", "Payment made" if status == "success" else "Payment on hold")
    items = []
    if not j.no_ref:
        items.append(("Payment #", doc, {"txn": (INVOICE_RANK, doc)}))
    if not j.no_day:
        items.append((rng.choice(day_labels), when_in(j, DAY_IN, rng), {"date": j.date}))
    items.append(("Paid to" if status == "success" else "Vendor", payee, {"merchant": payee}))
    items.append(("Paid through", f"{pbank} - {way}", {"method": "netbanking"}))
    if ref:
        items.append((rng.choice(["Reference #", "UTR"]), ref, {"txn": (UTR_RANK, ref)}))
    items.append(
        ("Amount paid" if status == "success" else "Amount on hold", rs(j.amount), {"amount": j.amount})
    )
    two_cols(p, items)
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Paid", "Payment sent to your bank"],
            "pending": ["On hold - awaiting your revised invoice with HSN codes"],
        },
    )
    p.add("rule")
    bill_table()
    p.part = "foot"
    p.add("left", f"Regards, Accounts team, {payer}")
    return p.done()


# ---------------------------------------------------------------- 3. importers' remittances


# remitter, town, currency, its bank (PayPal for the two paid through it), sum (low, high), the frame
IMPORTERS = [
    (
        "Hackney Kitchen Goods Ltd",
        "Mare Street, London, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        800,
        18000,
        "grid",
    ),
    (
        "Topf & Tisch GmbH",
        "Langstrasse, Zurich, Switzerland",
        "CHF",
        "UBS Switzerland AG",
        900,
        20000,
        "mt910",
    ),
    ("Tiong Bahru Table Pte Ltd", "Yong Siak Street, Singapore", "SGD", "DBS Bank Ltd", 1200, 26000, "firc"),
    ("Atelier Terre Noire SARL", "Rue Merciere, Lyon, France", "EUR", "PayPal", 400, 6000, "paypal"),
    (
        "Mangwon Market Kitchen Co., Ltd",
        "Mangwon-dong, Mapo-gu, Seoul, Republic of Korea",
        "KRW",
        "Shinhan Bank",
        1200000,
        24000000,
        "grid",
    ),
    (
        "Grunerlokka Hjem AS",
        "Thorvald Meyers gate, Oslo, Norway",
        "NOK",
        "DNB Bank ASA",
        8000,
        180000,
        "mt910",
    ),
    (
        "Al Fahidi Home Souq LLC",
        "Al Fahidi, Bur Dubai, United Arab Emirates",
        "AED",
        "Emirates NBD Bank PJSC",
        3000,
        70000,
        "firc",
    ),
    (
        "Alberta Street Pottery Supply LLC",
        "NE Alberta Street, Portland, OR, USA",
        "USD",
        "PayPal",
        400,
        7000,
        "paypal",
    ),
]
WIRE_BANKS = ["State Bank of India", "UCO Bank", "Axis Bank", "ICICI Bank"]
FX_RATES = {
    "GBP": (110.0, 118.0),
    "CHF": (98.0, 104.0),
    "SGD": (64.0, 68.0),
    "EUR": (94.0, 99.0),
    "KRW": (0.061, 0.066),
    "NOK": (7.9, 8.6),
    "AED": (23.4, 24.6),
    "USD": (86.0, 90.5),
}
CUR_NAMES = {
    "GBP": "Pound sterling",
    "CHF": "Swiss franc",
    "SGD": "Singapore dollar",
    "EUR": "Euro",
    "KRW": "Korean won",
    "NOK": "Norwegian krone",
    "AED": "UAE dirham",
    "USD": "US dollar",
}
BICS = {
    "GBP": "BUKBGB22",
    "CHF": "UBSWCHZH80A",
    "SGD": "DBSSSGSG",
    "KRW": "SHBKKRSE",
    "NOK": "DNBANOKK",
    "AED": "EBILAEAD",
}
GOODS_SHIPPED = [
    "Longpi black stone cookware (HSN 6912) - 4 cartons by air",
    "Longpi kettles, casseroles and cups, 180 pcs (HSN 6912)",
    "Black pottery serving sets - export order",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing, in this set's forms: pounds (the sign or GBP before); Swiss francs
    with an apostrophe between the thousands (CHF 12'450.50, 12'450.50 CHF); Singapore dollars (S$ / SGD);
    euros the French way (a space between the thousands and a decimal comma, the sign or EUR after, or EUR
    before: 12 450,50 EUR); Korean won with no decimals (KRW 1,250,000, the won sign where the face draws it,
    1,250,000 KRW); Norwegian kroner the Norwegian way (kr 12 450,00, NOK 12 450,00); UAE dirhams (AED / Dhs);
    US dollars (USD / US$)."""
    if cur == "CHF":
        after = rng.random() < 0.4

        def franc(value: float) -> str:
            body = f"{value:,.2f}".replace(",", "'")
            return f"{body} CHF" if after else f"CHF {body}"

        return franc
    if cur == "EUR":
        pick = rng.randrange(3)
        euro_sign = sign(font, "\u20ac", "EUR")

        def euro(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            return [f"{body} {euro_sign}", f"{body} EUR", f"EUR {body}"][pick]

        return euro
    if cur == "KRW":
        pick = rng.randrange(3)
        won = sign(font, "\u20a9", "KRW ")

        def krw(value: float) -> str:
            body = f"{value:,.0f}"
            return [f"KRW {body}", f"{won}{body}", f"{body} KRW"][pick]

        return krw
    if cur == "NOK":
        mark = rng.choice(["kr ", "NOK "])

        def krone(value: float) -> str:
            return mark + f"{value:,.2f}".replace(",", " ").replace(".", ",")

        return krone
    mark = rng.choice(
        {
            "GBP": [sign(font, "\u00a3", "GBP "), "GBP "],
            "SGD": ["S$", "SGD "],
            "AED": ["AED ", "Dhs "],
            "USD": ["USD ", "US$"],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def raw_32a(day: dt.date, cur: str, value: float) -> str:
    """The raw SWIFT field 32A: the value day as YYMMDD, the currency, the sum with a decimal comma and no
    grouping (the won's with nothing after the comma: 261024KRW1250000,)."""
    if cur == "KRW":
        return f"{day:%y%m%d}{cur}{value:.0f},"
    return f"{day:%y%m%d}{cur}{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A London, a Zurich, a Singapore, a Lyon, a Seoul, an Oslo, a Dubai and a Portland shop paying for
    Longpi pots: in four layouts, each new here: a bank's inward remittance page with short fields two to a
    row, each "Label: value" (Inward ref. | Value date / Returned on, Currency | Purpose code, Remitter's
    country | Channel: SWIFT) and the long ones on their own rows (Remitter, Remitting bank, Beneficiary,
    Beneficiary account, Amount in FCY / Remittance amount; Converted at, INR credited; the status); an MT910
    confirmation of credit (:20: Transaction reference, :21: Related reference, :25: Account identification
    with the Account name under it, :32A: raw, :50K: Ordering customer, :52A: Ordering institution, :72:
    Sender to receiver information, then the bank's IRM No., Converted at and INR credited); a printed FOREIGN
    INWARD REMITTANCE CERTIFICATE (Name of the exporter / Beneficiary (exporter), a sentence that the
    remittance came by SWIFT, a table of Date | Currency | Amount (FCY) | Rate | INR, Remitter, Remitter's
    bank, Purpose, FIRC No., IRM No., CERTIFIED - PROCEEDS REALISED); PayPal's e-mail (PayPal on top, "You
    received <sum> from <remitter>.", then the fields two by two, label over value: Transaction ID,
    Transaction date, Received by, Payment type, PayPal fee, Net amount)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7)
    payer, city, cur, pbank, lo, hi, frame = IMPORTERS[k]
    if cur == "KRW":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 10, hi // 10) * 10)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*FX_RATES[cur]), 4)
    bank = WIRE_BANKS[k % 4]
    me = rng.choice([COOP, COOP_CAPS])
    acct = f"XXXXXXX{digits(rng, 4)}"
    irm = f"IRM{IFSC[bank]}{digits(rng, 9)}"
    inr = round(j.amount * rate, 2)
    if frame == "paypal":
        p = mail_page(
            rng,
            font,
            "PayPal <service@paypal.com>",
            ["You've got money", "Notification of payment received"]
            if status == "success"
            else ["You've got money - payment on hold", "A payment to you is on hold"],
        )
        p.part = "head"
        top(p, "PayPal")
        p.add("rule")
        p.part = "body"
        p.add("left", f"You received {show(j.amount)} from {payer}.", amount=j.amount, cur=cur)
        outcome_row(
            p,
            status,
            {
                "success": ["Completed - the money is in your PayPal balance", "Payment completed"],
                "pending": ["On hold - available in your balance in up to 21 days"],
            },
        )
        fee = round(j.amount * 0.044 + 0.3, 2)
        items: list[tuple[str, str, dict]] = []
        if not j.no_ref:
            tid = code(rng, 17, ALNUM)
            items.append(("Transaction ID", tid, {"txn": (TXN_RANK, tid)}))
        if not j.no_day:
            items.append(
                (
                    "Transaction date",
                    when_in(j, ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y"], rng),
                    {"date": j.date},
                )
            )
        items.append(("Received by", me, {"merchant": me}))
        items.append(("Payment type", "Goods and services", {"method": "wallet"}))
        items.append(("PayPal fee", "-" + show(fee), {}))
        items.append(("Net amount", show(round(j.amount - fee, 2)), {}))
        two_cols(p, items)
        p.add("small", f"Buyer: {payer}, {city}")
        p.add(
            "small", "Withdraw to your linked bank account; PayPal converts the balance to INR at its rate."
        )
        p.part = "foot"
        p.add("small", "PayPal Payments Pvt Ltd  |  Please do not reply to this e-mail.")
        return p.done()
    if frame in ("grid", "mt910"):
        tail = "view" if j.no_ref else code(rng, 10, ALNUM)
        host = slug(bank)
        p = browser_page(
            rng, font, f"trade.{host}/inward/{'mt910' if frame == 'mt910' else 'remittance'}/{tail}"
        )
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "firc" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Division, Imphal Main Branch",
                "Trade Services, Imphal",
                "Centralised Trade Unit, Kolkata",
            ]
        ),
    )
    p.add(
        "center",
        {
            "grid": "Inward remittance - details",
            "mt910": "MT910 - Confirmation of credit",
            "firc": "FOREIGN INWARD REMITTANCE CERTIFICATE",
        }[frame],
    )
    p.add("rule")
    p.part = "body"
    if frame == "grid":
        words = {
            "success": ["Credited to beneficiary account", "Status: Credited"],
            "failed": ["Returned to remitting bank - beneficiary details incomplete"],
        }
        grid(p, "gr", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
        day_label = {"success": "Value date", "failed": "Returned on"}[status]
        first = f"Inward ref.: {irm}" if not j.no_ref else f"Currency: {cur}"
        if j.no_day:
            row(p, "gr", first, f"Currency: {cur}", **({} if j.no_ref else {"txn": (BANK_RANK, irm)}))
        else:
            row(
                p,
                "gr",
                first,
                f"{day_label}: {when_in(j, ['%d/%m/%Y', '%d-%b-%Y', '%d.%m.%Y'], rng)}",
                date=j.date,
                **({} if j.no_ref else {"txn": (BANK_RANK, irm)}),
            )
            row(p, "gr", f"Currency: {cur}", f"Purpose code: {rng.choice(['P0102', 'P0103'])}")
        row(
            p, "gr", f"Remitter's country: {city.split(', ')[-1][:20]}", "Channel: SWIFT", method="netbanking"
        )
        wpair(p, "Remitter", f"{payer}, {city.split(', ')[-2]}")
        wpair(p, "Remitting bank", pbank)
        wpair(p, "Beneficiary", me, merchant=me)
        p.pair("Beneficiary account", acct)
        p.pair(rng.choice(["Amount in FCY", "Remittance amount"]), show(j.amount), amount=j.amount, cur=cur)
        if status == "success":
            p.pair("Converted at", f"1 {cur} = INR {rate}")
            p.pair("INR credited", f"INR {num(inr)}")
        p.add("rule")
        outcome_row(p, status, words)
    elif frame == "mt910":
        outcome_row(p, status, {"success": ["Credited to your account", "Funds credited - IRM generated"]})
        p.pair(":20: Transaction reference", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
        p.pair(":21: Related reference", f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
        p.pair(":25: Account identification", acct)
        wpair(p, "Account name", me, merchant=me)
        if j.no_day:
            p.pair(":32B: Currency / Amount", show(j.amount), amount=j.amount, cur=cur, method="netbanking")
        else:
            wpair(
                p,
                ":32A: Value date / Currency / Amount",
                raw_32a(j.date, cur, j.amount),
                amount=j.amount,
                cur=cur,
                date=j.date,
                method="netbanking",
            )
        label(p, ":50K: Ordering customer")
        p.add("left", f"{payer}")
        p.add("left", city)
        p.pair(":52A: Ordering institution", BICS.get(cur, "BNPAFRPP"))
        wpair(p, ":72: Sender to receiver info", f"/BNF/INV LKP/EXP/{rng.randrange(1, 90):03d}")
        p.add("rule")
        if not j.no_ref:
            p.pair("IRM No.", irm, txn=(BANK_RANK, irm))
        p.pair("Converted at", f"1 {cur} = INR {rate}")
        p.pair("INR credited", f"INR {num(inr)}")
    else:
        wpair(p, rng.choice(["Name of the exporter", "Beneficiary (exporter)"]), me, merchant=me)
        p.pair("Account No.", acct)
        p.add("left", "We certify that the remittance below was received by SWIFT", method="netbanking")
        p.add("left", "and credited to the account above.")
        grid(
            p,
            "fh",
            [(0.0, 0.22, "l"), (0.22, 0.36, "l"), (0.36, 0.64, "r"), (0.64, 0.78, "r"), (0.78, 1.0, "r")],
            head=True,
        )
        grid(
            p,
            "fr",
            [(0.0, 0.22, "l"), (0.22, 0.36, "l"), (0.36, 0.64, "r"), (0.64, 0.78, "r"), (0.78, 1.0, "r")],
        )
        body = show(j.amount).replace(cur, "").replace("S$", "").replace("Dhs", "").strip()
        row(p, "fh", "Date", "Currency", "Amount (FCY)", "Rate", "INR")
        day = "-" if j.no_day else when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"]))
        facts = {"amount": j.amount, "cur": cur}
        if not j.no_day:
            facts["date"] = j.date
        row(p, "fr", day, cur, body, f"{rate:.2f}", num(inr), **facts)
        wpair(p, "Remitter", f"{payer}, {city}")
        wpair(p, "Remitter's bank", pbank)
        wpair(p, "Purpose", f"P0102 - {rng.choice(GOODS_SHIPPED)}")
        if not j.no_ref:
            firc = f"FIRC/{IFSC[bank]}/{fy(j.date)}/{digits(rng, 5)}"
            wpair(p, "FIRC No.", firc, txn=(INVOICE_RANK, firc))
            p.pair("IRM No.", irm, txn=(BANK_RANK, irm))
        p.add("center", "CERTIFIED - PROCEEDS REALISED", status="success")
        p.part = "foot"
        right(p, "Authorised signatory - Forex")
        return p.done()
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The IRM is reported to EDPMS; the e-BRC follows on the DGFT portal.",
            "failed": "Ask your buyer to send the funds again with the beneficiary's full address.",
        }[status],
    )
    return p.done()


def book_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Manipur bill book writes them: the page's mark and grouping, and on some pages a whole sum
    closed with a slash and a dash (Rs. 1,100/-; a sum with paise keeps them)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.4

    def show(value: float) -> str:
        if slashed and value == int(value):
            return f"{rs.mark}{rs.gap}{num(value, rs.grouping, 0)}/-".strip()
        return rs(value)

    return show


def tax_rows(p: Screen, rs, taxable: float, inter: bool) -> float:
    """GST at 5% on ``taxable`` (CGST @ 2.5% and SGST @ 2.5% in Manipur, IGST @ 5% from outside); the bill
    rounded to the rupee with its GST."""
    due = round(taxable * 0.05, 2)
    if inter:
        p.pair("IGST @ 5%", rs(due))
        tax = due
    else:
        half = round(due / 2, 2)
        p.pair(p.rng.choice(["CGST @ 2.5%", "CGST@2.5%"]), rs(half))
        p.pair(p.rng.choice(["SGST @ 2.5%", "SGST@2.5%"]), rs(half))
        tax = 2 * half
    total = float(round(taxable + tax))
    if abs(total - taxable - tax) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    return total


# ---------------------------------------------------------------- 4. the outlet, the workshop, the society


# the party, the way it paid, the unit, the kind of bill, from outside Manipur
SALES = [
    ("Mrs. Bembem Devi, Sagolband, Imphal", "UPI", "outlet", "retail", False),
    ("Ms. Park Seo-yeon, Seoul (visitor)", "card", "outlet", "retail", False),
    ("Hotel Nongthang Residency, Imphal", "cheque", "outlet", "hotel", False),
    ("Dilli Haat Craft Corner, INA, New Delhi", "NEFT", "workshop", "wholesale", True),
    ("Chowringhee Kitchen & Bar, Park Street, Kolkata", "cheque", "workshop", "wholesale", True),
    ("Seven Sisters Trails (12 guests), Guwahati", "cash", "workshop", "class", False),
    ("Shri Wungreiyo Kasar, Longpi Kajui (new member)", "cash", "society", "share", False),
    ("Ms. Ananya Rao, Koramangala, Bengaluru", "UPI", "web", "web", True),
]
STAMP_LINES = {
    "outlet": ("HAMPAI HOUSE", "PAONA BAZAR, IMPHAL"),
    "workshop": ("LISHON HAM WORKSHOP", "LONGPI KAJUI, UKHRUL"),
    "society": ("LONGPI KAJUI POTTERS' CO-OP", "REGD. UKHRUL"),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's tax invoices from its billing app to an Imphal lady and a Korean visitor (the business on
    top, Tax Invoice, a Bill To | Invoice Details block in two columns with the number and the day on the
    right, the pots in a table of # | Item name | Qty | Price/Unit | Amount, Sub Total, Discount (Sangai offer
    5%) on some, CGST@2.5% / SGST@2.5%, Total, Received, Balance, Payment status: Paid, Payment Mode with the
    UPI Ref. or the card's Approval code, Invoice Amount In Words, Terms and Conditions, For: <unit> and
    Authorized Signatory), the outlet's serving sets bill to an Imphal hotel and
    the workshop's wholesale invoices to a Delhi craft corner and a Kolkata restaurant (the unit on top with
    its "A unit of" line, Invoice No. and Dated on one row in two columns, the buyer and Place of supply, the
    pots in a table of Description | HSN | Qty | Rate | Amount, Taxable value, GST, Invoice total, a Payment
    block: Amount received / Cheque received for / Cheque returned for, Mode, UTR or Cheque No., the status
    line, the unit's stamp), the workshop's receipt for a tour group's pottery session (Date and Time on one
    row, Group, Session, a table of Particulars | Persons | Rate | Amount, Received in cash, the sum in words,
    the stamp), the society's money receipt for a new member's admission fee and share money (Receipt No. and
    Member No. on one row, Received from, a Particulars | Amount table, Total received, Secretary and
    Treasurer) and the web shop's order e-mail (Order summary table, Subtotal, Shipping, Taxes (included),
    Total, Paid by UPI (Razorpay), Payment ref., Order placed on / Paid on), all new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    party, way, unit, kind, inter = SALES[k]
    rs = book_rs(rng, font, ("Rs.", "\u20b9", "Rs", "INR"))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    if kind == "web":
        return web_order(rng, font, j, party)
    if kind == "share":
        return share_receipt(rng, font, j, party, rs)
    name = {"outlet": OUTLET, "workshop": WORKSHOP}[unit]
    me = rng.choice([name, name.upper(), name])
    line, address, state = UNITS[unit]
    p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, me, merchant=me)
    p.add("small", f"A unit of {COOP}")
    p.add("small", address)
    if kind != "class":
        p.add("small", f"GSTIN: {gstin(rng, state)}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    p.add(
        "center",
        {"retail": "Tax Invoice", "hotel": "TAX INVOICE", "wholesale": "TAX INVOICE"}.get(kind, "RECEIPT"),
    )
    p.add("rule")
    p.part = "body"
    prefix = {"outlet": "HH", "workshop": "LHW"}[unit]
    bill_no = (
        f"{prefix}/{fy(j.date)}/{rng.randrange(1, 1999):04d}"
        if kind != "retail"
        else str(rng.randrange(40, 980))
    )
    day_text = "" if j.no_day else when_in(j, DAY_IN[:6], rng)
    if kind == "class":
        grid(p, "hd", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
        row(p, "hd", f"Date: {day_text}", f"Time: {hhmm(rng, lower=True, zero=False)}", date=j.date)
        wpair(p, "Group", party)
        wpair(p, "Session", rng.choice(["Hand-shaping a ham, 3 hours", "Coil and mould a cup, half day"]))
        grid(p, "th", [(0.0, 0.46, "l"), (0.46, 0.6, "r"), (0.6, 0.78, "r"), (0.78, 1.0, "r")], head=True)
        grid(p, "tr", [(0.0, 0.46, "l"), (0.46, 0.6, "r"), (0.6, 0.78, "r"), (0.78, 1.0, "r")])
        row(p, "th", "Particulars", "Persons", "Rate", "Amount")
        guests = 12
        lines = [
            ("Pottery session", float(rng.choice([600, 800, 1000]))),
            ("Firing and posting own piece", 250.0),
        ]
        if rng.random() < 0.5:
            lines.append(("Lunch at the workshop", float(rng.choice([200, 250]))))
        total = 0.0
        for what, each in lines:
            total += guests * each
            row(p, "tr", what, str(guests), num(each, "indian", 0), num(guests * each, "indian", 0))
        j.amount = total
        p.add("rule")
        p.pair(
            rng.choice(["Received in cash", "Cash received"]), rs(j.amount), amount=j.amount, method="cash"
        )
        p.add("small", words_in_rupees(j.amount))
        word = "RECEIVED WITH THANKS - YOUR PIECES ARE POSTED 10 DAYS AFTER FIRING"
        p.add("center", word, status="success")
        p.part = "foot"
        p.add("small", "Fired pieces are wrapped in paddy straw; breakage in the post is not our risk.")
        right(p, f"For {WORKSHOP}")
        stamp_room(p)
        seal(p, *STAMP_LINES["workshop"], None if j.no_day else j.date, "RECEIVED")
        return p.done()
    if kind == "retail":
        grid(p, "bth", [(0.0, 0.55, "l"), (0.58, 1.0, "l")], head=True)
        grid(p, "bt", [(0.0, 0.55, "l"), (0.58, 1.0, "l")])
        row(p, "bth", "Bill To", "Invoice Details")
        who, place_text = party.split(", ", 1)
        row(p, "bt", who, f"Invoice No.: {bill_no}", **({} if j.no_ref else {"txn": (INVOICE_RANK, bill_no)}))
        if j.no_day:
            row(p, "bt", place_text, f"Place: {rng.choice(['Imphal', 'Manipur (14)'])}")
        else:
            row(p, "bt", place_text, f"Date: {day_text}", date=j.date)
        spec = [(0.0, 0.06, "l"), (0.06, 0.5, "l"), (0.5, 0.6, "r"), (0.6, 0.79, "r"), (0.79, 1.0, "r")]
        grid(p, "ih", spec, head=True)
        grid(p, "ir", spec)
        row(p, "ih", "#", "Item name", "Qty", "Price/Unit", "Amount")
        taxable = 0.0
        for n, i in enumerate(rng.sample(range(len(POTS)), rng.randrange(1, 4)), 1):
            item, lo, hi = POTS[i]
            qty = rng.randrange(1, 4)
            each = float(rng.randrange(lo, hi, 10))
            taxable += qty * each
            row(p, "ir", str(n), item, str(qty), num(each), num(qty * each))
        p.pair("Sub Total", rs(taxable))
        if rng.random() < 0.4:
            off = round(taxable * 0.05, 2)
            p.pair("Discount (Sangai offer 5%)", rs(off))
            taxable = round(taxable - off, 2)
        total = tax_rows(p, rs, taxable, inter)
        p.pair("Total", rs(total))
        j.amount = total
        p.pair("Received", rs(j.amount), amount=j.amount)
        p.pair("Balance", rs(0.0))
        p.pair("Payment status", "Paid", status="success")
        if way == "UPI":
            p.pair("Payment Mode", "UPI", method="UPI")
            if not j.no_ref:
                p.pair("UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            p.pair(
                "Payment Mode",
                f"Card - {rng.choice(['VISA', 'MASTERCARD'])} {masked(rng, font)}",
                method="card",
            )
            if not j.no_ref:
                appr = digits(rng, 6)
                p.pair("Approval code", appr, txn=(APPR_RANK, appr))
        label(p, "Invoice Amount In Words")
        p.add("left", words_in_rupees(j.amount))
        label(p, "Terms and Conditions")
        p.add("left", "Thank you for doing business with us. Goods once sold are not taken back.")
        p.part = "foot"
        right(p, f"For: {name}")
        right(p, "Authorized Signatory")
        return p.done()
    # the hotel's serving sets and the wholesale invoices
    grid(p, "hd", [(0.0, 0.55, "l"), (0.58, 1.0, "l")])
    cells = [f"Invoice No.: {bill_no}" if not j.no_ref else f"Order ref.: PO-{digits(rng, 4)}"]
    facts: dict = {} if j.no_ref else {"txn": (INVOICE_RANK, bill_no)}
    if j.no_day:
        cells.append(f"Place of supply: {'Delhi (07)' if 'Delhi' in party else 'Manipur (14)'}")
    else:
        cells.append(f"{rng.choice(['Dated', 'Date'])}: {day_text}")
        facts["date"] = j.date
    row(p, "hd", *cells, **facts)
    wpair(p, rng.choice(["Buyer", "Billed to"]), party)
    if inter:
        p.pair(
            "Place of supply",
            {"Delhi": "Delhi (07)", "Kolkata": "West Bengal (19)"}[
                "Delhi" if "Delhi" in party else "Kolkata"
            ],
        )
    spec = [(0.0, 0.44, "l"), (0.44, 0.55, "l"), (0.55, 0.63, "r"), (0.63, 0.8, "r"), (0.8, 1.0, "r")]
    grid(p, "ih", spec, head=True)
    grid(p, "ir", spec)
    row(p, "ih", "Description", "HSN", "Qty", "Rate", "Amount")
    taxable = 0.0
    picks = rng.sample(range(len(POTS)), 2 if kind == "hotel" else rng.randrange(2, 4))
    for i in picks:
        item, lo, hi = POTS[i]
        qty = rng.randrange(6, 30) if kind == "hotel" else rng.randrange(12, 60)
        each = (
            float(rng.randrange(int(lo * 0.8), int(hi * 0.8), 10))
            if kind == "wholesale"
            else float(rng.randrange(lo, hi, 10))
        )
        taxable += qty * each
        row(p, "ir", item, "6912", str(qty), num(each), num(qty * each))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = tax_rows(p, rs, taxable, inter)
    p.pair(rng.choice(["Invoice total", "Total (incl. GST)"]), rs(total))
    j.amount = total
    p.add("rule")
    p.add("left", "Payment")
    if way == "cheque":
        p.pair(
            "Cheque returned for" if status == "failed" else "Cheque received for",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wpair(
            p,
            "Cheque No. / bank",
            f"{digits(rng, 6)} / {rng.choice(['State Bank of India', 'UCO Bank', 'HDFC Bank'])}",
        )
    else:
        p.pair(rng.choice(["Amount received", "Received by NEFT"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=meth)
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.add("small", words_in_rupees(j.amount))
    word = {
        "success": "PAYMENT RECEIVED - GOODS SENT BY AIR CARGO",
        "pending": "CHEQUE RECEIVED - SETS DELIVERED ON CLEARANCE",
        "failed": "CHEQUE DISHONOURED - INSUFFICIENT FUNDS, PLEASE PAY BY NEFT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Black stone pots: season before first use; do not put on a gas flame when empty.")
    right(p, f"For {name} - Authorised signatory")
    stamp_room(p)
    seal(p, *STAMP_LINES[unit], None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


def share_receipt(rng: random.Random, font: str, j: Job, party: str, rs) -> tuple[list, dict, dict]:
    """The society's money receipt for a new member's admission fee and share money."""
    p = paper_page(rng, font, [700, 740])
    me = rng.choice([COOP, COOP_CAPS])
    p.part = "head"
    top(p, fit_name(p, "title", [me, me]), merchant=me)
    p.add(
        "small",
        f"Regd. No. UKL/IND/{rng.randrange(10, 99)} of {rng.randrange(1998, 2012)}  |  Longpi Kajui, Ukhrul",
    )
    p.add("center", "MONEY RECEIPT - ADMISSION FEE AND SHARE MONEY")
    p.add("rule")
    p.part = "body"
    rno = f"{rng.randrange(1, 480):03d}"
    grid(p, "hd", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
    member = f"Member No.: {rng.randrange(150, 420)}"
    if j.no_day:
        row(p, "hd", f"Receipt No.: {rno}", member, txn=(INVOICE_RANK, rno))
    else:
        row(
            p,
            "hd",
            f"Receipt No.: {rno}",
            f"Date: {when_in(j, DAY_IN[:6], rng)}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", member)
    wpair(p, "Received from", party)
    grid(p, "th", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], head=True)
    grid(p, "tr", [(0.0, 0.7, "l"), (0.7, 1.0, "r")])
    row(p, "th", "Particulars", "Amount (Rs.)")
    shares = rng.choice([5, 10, 20])
    lines = [("Admission fee", 100.0), (f"Share money ({shares} shares x Rs. 100)", shares * 100.0)]
    if rng.random() < 0.5:
        lines.append(("Building fund (workshed)", float(rng.choice([200, 500]))))
    for what, value in lines:
        row(p, "tr", what, num(value))
    j.amount = sum(value for _, value in lines)
    p.pair("Total received", rs(j.amount), amount=j.amount)
    p.add("small", words_in_rupees(j.amount))
    way = rng.choice(["Cash", "UPI"])
    p.pair("By", way, method=way_method(way) if way == "UPI" else "cash")
    if way == "UPI":
        p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", "RECEIVED - ENTERED IN THE SHARE REGISTER", status="success")
    p.part = "foot"
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(p, "sg", "Treasurer", "Secretary")
    stamp_room(p)
    seal(p, *STAMP_LINES["society"], None, "RECEIVED")
    return p.done()


def web_order(rng: random.Random, font: str, j: Job, party: str) -> tuple[list, dict, dict]:
    """The web shop's order e-mail: the shop on top, the Order summary table, Subtotal, Shipping, Total, the
    payment by UPI through Razorpay."""
    rs = money(rng, font, 0.2)
    order = f"HH{rng.randrange(10200, 19999)}"
    p = mail_page(
        rng,
        font,
        f"{OUTLET} <orders@hampaihouse.in>",
        [f"Order #{order} confirmed", "We've received your order"],
    )
    p.part = "head"
    me = rng.choice([OUTLET, OUTLET.upper()])
    top(p, me, merchant=me)
    p.add("small", "Longpi black pottery from Ukhrul, Manipur  |  hampaihouse.in")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Thank you for your purchase, {party.split(', ')[0].split()[-1]}!")
    p.add("left", "We're getting your order ready to be shipped.")
    grid(p, "oh", [(0.0, 0.66, "l"), (0.66, 0.76, "r"), (0.76, 1.0, "r")], head=True)
    grid(p, "or", [(0.0, 0.66, "l"), (0.66, 0.76, "r"), (0.76, 1.0, "r")])
    row(p, "oh", "Order summary", "Qty", "Price")
    sub = 0.0
    for i in rng.sample(range(len(POTS)), rng.randrange(1, 4)):
        item, lo, hi = POTS[i]
        qty = rng.randrange(1, 3)
        each = float(rng.randrange(lo, hi, 10))
        sub += qty * each
        row(p, "or", item, str(qty), rs(qty * each))
    ship = float(rng.choice([0, 180, 250]))
    p.pair("Subtotal", rs(sub))
    p.pair("Shipping", rs(ship) if ship else "Free")
    p.pair("Taxes (included)", rs(round((sub) * 5 / 105, 2)))
    j.amount = round(sub + ship, 2)
    p.pair("Total", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.add("left", "Payment")
    p.pair("Paid by", "UPI (Razorpay)", method="UPI")
    if not j.no_ref:
        p.pair("Payment ref.", j.ref, txn=(UTR_RANK, j.ref))
    day_pair(p, j, ["Order placed on", "Paid on"], ["{d} %B %Y", "%b {d}, %Y", "%d/%m/%Y"])
    outcome_row(p, "success", {"success": ["Payment received - we are packing your order"]})
    p.part = "foot"
    p.add("small", f"Ships to: {party}")
    p.add("small", "Questions? Reply to this e-mail or WhatsApp us. Season the pot before first use.")
    return p.done()


# ---------------------------------------------------------------- 5. firewood, cane, cartons, tools, a mill


# name, line, address, GST state code, tag, layout, the way paid
SUPPLIERS = [
    (
        "Hungpung Firewood Depot",
        "Pine and oak firewood by the truckload",
        "Hungpung Road, Ukhrul - 795142, Manipur",
        "14",
        "HFD",
        "cash",
        "cash",
    ),
    (
        "Imphal Cane & Bamboo Works",
        "Cane strips, cane lacing and bamboo trays",
        "Keishampat, Imphal - 795001, Manipur",
        "14",
        "ICB",
        "receipt",
        "UPI",
    ),
    (
        "Brahmaputra Corrugated Boxes Pvt Ltd",
        "5-ply cartons and honeycomb dividers",
        "Bamunimaidam, Guwahati - 781021, Assam",
        "18",
        "BCB",
        "invoice",
        "NEFT",
    ),
    (
        "Dimapur Tool House",
        "Hand tools, wooden moulds and polishing stones",
        "Circular Road, Dimapur - 797112, Nagaland",
        "13",
        "DTH",
        "invoice",
        "cheque",
    ),
    (
        "Sri Murugan Engineering Works",
        "Pulverisers and sieves for stone and clay",
        "SIDCO Industrial Estate, Coimbatore - 641021, Tamil Nadu",
        "33",
        "SME",
        "receipt",
        "RTGS",
    ),
    (
        "Imphal Print House",
        "Labels, swing tags and catalogues",
        "Uripok, Imphal - 795001, Manipur",
        "14",
        "IPH",
        "invoice",
        "cheque",
    ),
    (
        "Hill Jute Packers",
        "Jute bags and paddy straw packing",
        "Fancy Bazar, Guwahati - 781001, Assam",
        "18",
        "HJP",
        "receipt",
        "NEFT",
    ),
    (
        "Thoubal Bamboo Crafts",
        "Bamboo gift baskets and trays",
        "Khangabok, Thoubal - 795138, Manipur",
        "14",
        "TBC",
        "invoice",
        "UPI",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLIES = {
    "HFD": [
        ("Firewood (pine), truckload", "", "load", 9000, 14000, 0, 1, 3),
        ("Loading and carriage to Longpi", "", "trip", 1500, 2500, 0, 1, 3),
    ],
    "ICB": [
        ("Cane strips for lacing, 1 kg", "1401", "kg", 380, 620, 5, 10, 60),
        ("Bamboo tray, 12 in", "4602", "pcs", 90, 160, 5, 20, 120),
    ],
    "BCB": [
        ("5-ply carton, 18x14x12 in", "4819", "pcs", 48, 90, 5, 200, 1200),
        ("Honeycomb divider set", "4819", "sets", 22, 45, 5, 200, 1200),
    ],
    "DTH": [
        ("Wooden mould, ham 2 L", "4421", "pcs", 650, 1400, 5, 4, 20),
        ("Steel scraper set", "8205", "sets", 240, 520, 18, 6, 30),
    ],
    "SME": [
        ("Stone pulveriser, 5 HP", "8474", "nos", 165000, 240000, 18, 1, 2),
        ("Brass sieve, 80 mesh", "7419", "pcs", 1800, 3200, 18, 2, 8),
    ],
    "IPH": [
        ("GI label sticker, roll of 500", "4821", "rolls", 900, 1600, 18, 4, 20),
        ("Catalogue, 16 pages", "4911", "pcs", 38, 90, 18, 200, 1000),
    ],
    "HJP": [
        ("Jute bag with handle", "6305", "pcs", 55, 120, 5, 100, 800),
        ("Paddy straw packing, bale", "1213", "bales", 180, 320, 5, 10, 40),
    ],
    "TBC": [("Bamboo gift basket, medium", "4602", "pcs", 160, 340, 5, 20, 120)],
}
SUPPLIER_STAMPS = {
    "HFD": "HUNGPUNG FIREWOOD DEPOT",
    "ICB": "IMPHAL CANE & BAMBOO",
    "BCB": "BRAHMAPUTRA CORRUGATED",
    "DTH": "DIMAPUR TOOL HOUSE",
    "SME": "SRI MURUGAN ENGG. WORKS",
    "IPH": "IMPHAL PRINT HOUSE",
    "HJP": "HILL JUTE PACKERS",
    "TBC": "THOUBAL BAMBOO CRAFTS",
}


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An Ukhrul firewood depot, an Imphal cane works, a Guwahati carton maker, a Dimapur tool house, a
    Coimbatore pulveriser maker, an Imphal printer, a Guwahati jute packer and a Thoubal bamboo works paid by
    the society: in three layouts, each new here: a payment receipt from the supplier's books (the supplier on
    top, PAYMENT RECEIPT, Payment Date, Reference Number, Payment Mode, Amount Received In Words, the sum
    large under Amount Received, Received From <the society> (no fact), a Payment for table of Invoice Number
    | Invoice Date | Invoice Amount | Payment Amount, Authorized Signature); a tax invoice with its heading
    fields two to a row (Invoice No. and Invoice Date, Buyer's Order No. and Dispatched: <carrier>), a Bill to
    | Ship to block in two columns, the goods in a table of Description | HSN | Qty | Rate | Amount, CGST and
    SGST within Manipur or IGST from Assam, Nagaland and Tamil Nadu, Grand total (rounded), a PAYMENT RECEIVED
    block with Mode and UTR on one row and Amount received / Cheque received (subject to realisation) / Cheque
    returned unpaid, Cheque No. and Bank on one row, the status line and the supplier's stamp); a firewood
    depot's CASH MEMO (no GSTIN: the Prop. line, Date and Vehicle No. on one row, To, a table of Sl. |
    Particulars | Amount, Total, Received with thanks in cash / Cash received, Balance: Nil, the stamp)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    maker, line, addr, state, tag, layout, way = SUPPLIERS[k]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = book_rs(rng, font, ("Rs.", "\u20b9", "Rs", "INR"))
    inter = state != "14"
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    shown = fit_name(p, "title", [name, maker])
    top(p, shown, merchant=shown)
    p.add("small", line)
    p.add("small", addr)
    if layout == "cash":
        p.add(
            "small",
            f"Prop. {rng.choice(['Somi Hungyo', 'Ngaranmi Shaiza'])}  |  "
            f"Mob. {rng.choice('6789')}{digits(rng, 9)}",
        )
    else:
        p.add("small", f"GSTIN: {gstin(rng, state)}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", {"cash": "CASH MEMO", "receipt": "PAYMENT RECEIPT", "invoice": "TAX INVOICE"}[layout])
    p.add("rule")
    p.part = "body"
    lots = []
    picks = (
        SUPPLIES[tag]
        if tag == "HFD"
        else rng.sample(SUPPLIES[tag], min(len(SUPPLIES[tag]), rng.randrange(1, 3)))
    )
    for item, hsn, unit, lo, hi, g, qlo, qhi in picks:
        qty = rng.randrange(qlo, qhi + 1)
        rate = float(rng.randrange(lo, hi, 10 if hi > 1000 else 1))
        lots.append((item, hsn, unit, qty, rate, g))
    taxable = round(sum(qty * rate for _, _, _, qty, rate, _ in lots), 2)
    tax = round(sum(qty * rate * g / 100 for _, _, _, qty, rate, g in lots), 2)
    if not inter:
        tax = 2 * round(tax / 2, 2)
    total = float(round(taxable + tax))
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(12, 990):03d}"
    day_text = "" if j.no_day else when_in(j, DAY_IN[:6], rng)
    if layout == "cash":
        grid(p, "hd", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
        vehicle = f"Vehicle No.: MN-{rng.choice(['03', '06', '07'])}-{code(rng, 1, UPPER)}-{digits(rng, 4)}"
        if j.no_day:
            row(p, "hd", vehicle, "")
        else:
            row(p, "hd", f"Date: {day_text}", vehicle, date=j.date)
        wpair(p, "To", rng.choice([f"M/s {SHORT}", COOP]))
        grid(p, "th", [(0.0, 0.08, "l"), (0.08, 0.72, "l"), (0.72, 1.0, "r")], head=True)
        grid(p, "tr", [(0.0, 0.08, "l"), (0.08, 0.72, "l"), (0.72, 1.0, "r")])
        row(p, "th", "Sl.", "Particulars", "Amount")
        for n, (item, _, unit, qty, rate, _) in enumerate(lots, 1):
            units = unit if qty == 1 else unit + "s"
            row(p, "tr", str(n), f"{item} ({qty} {units} @ {num(rate, 'indian', 0)})", num(qty * rate))
        j.amount = total
        p.pair("Total", rs(total))
        p.pair(
            rng.choice(["Received with thanks in cash", "Cash received"]),
            rs(j.amount),
            amount=j.amount,
            method="cash",
        )
        p.pair("Balance", "Nil")
        p.add("small", words_in_rupees(j.amount))
        word = "PAID IN CASH - RECEIVED WITH THANKS"
        p.add("center", word, status="success")
        p.part = "foot"
        right(p, "Receiver's signature")
        stamp_room(p)
        seal(p, SUPPLIER_STAMPS[tag], "UKHRUL", None if j.no_day else j.date, "PAID")
        return p.done()
    if layout == "receipt":
        paid = total if rng.random() < 0.6 else float(round(total * rng.choice([0.5, 0.6, 0.75]), -2))
        j.amount = paid
        if way == "UPI" and paid > 100000:
            way = "NEFT"
        rno = f"PR-{rng.randrange(10, 999):05d}"
        wpair(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Payment Date", day_text, date=j.date)
        ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way)
        p.pair("Reference Number", ref, txn=(UTR_RANK, ref))
        p.pair(
            "Payment Mode",
            {"UPI": "UPI", "NEFT": "Bank Transfer (NEFT)", "RTGS": "Bank Transfer (RTGS)"}[way],
            method="UPI" if way == "UPI" else "netbanking",
        )
        label(p, "Amount Received In Words")
        p.add("left", words_in_rupees(j.amount))
        p.add("small", "Amount Received")
        p.add("big", rs(j.amount), amount=j.amount)
        label(p, "Received From")
        p.add("left", rng.choice([COOP, COOP_CAPS]))
        p.add("left", "Longpi Kajui, Ukhrul District, Manipur")
        p.add("rule")
        p.add("left", "Payment for")
        spec = [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
        grid(p, "ph", spec, head=True)
        grid(p, "pr", spec)
        row(p, "ph", "Invoice Number", "Invoice Date", "Invoice Amount", "Payment Amount")
        row(p, "pr", inv, when(earlier(rng, j, 6, 40), "%d/%m/%Y"), num(total), num(j.amount))
        outcome_row(p, "success", {"success": ["Payment received - thank you", "Received with thanks"]})
        p.part = "foot"
        right(p, "Authorized Signature")
        return p.done()
    grid(p, "hd", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
    if j.no_day:
        row(p, "hd", f"Invoice No.: {inv}", "Place of supply: Manipur (14)", txn=(INVOICE_RANK, inv))
    else:
        row(p, "hd", f"Invoice No.: {inv}", f"Invoice Date: {day_text}", txn=(INVOICE_RANK, inv), date=j.date)
    carrier = {
        "BCB": "Dispatched: NE Roadways",
        "DTH": "Dispatched: Naga Freight",
        "IPH": "Dispatched: by hand",
        "TBC": "Dispatched: own van",
    }[tag]
    row(p, "hd", f"Buyer's Order No.: LKP/PO/{rng.randrange(100, 999)}", carrier)
    grid(p, "bsh", [(0.0, 0.5, "l"), (0.52, 1.0, "l")], head=True)
    row(p, "bsh", "Bill to", "Ship to")
    ship, ship_at = rng.choice([(WORKSHOP, "Longpi Kajui, Ukhrul"), (OUTLET, "Paona Bazar, Imphal")])
    row(p, "hd", SHORT, ship)
    row(p, "hd", "Longpi Kajui, Ukhrul", ship_at)
    spec = [(0.0, 0.42, "l"), (0.42, 0.52, "l"), (0.52, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    grid(p, "ih", spec, head=True)
    grid(p, "ir", spec)
    row(p, "ih", "Description", "HSN", "Qty", "Rate", "Amount")
    for item, hsn, unit, qty, rate, g in lots:
        row(p, "ir", item, hsn, f"{qty}", num(rate), num(qty * rate))
    p.pair("Taxable value", rs(taxable))
    rates = sorted({g for *_, g in lots})
    if inter:
        p.pair("IGST" + (f" @ {rates[0]}%" if len(rates) == 1 else ""), rs(tax))
    else:
        half = round(tax / 2, 2)
        p.pair("CGST" + (f" @ {rates[0] / 2:g}%" if len(rates) == 1 else ""), rs(half))
        p.pair("SGST" + (f" @ {rates[0] / 2:g}%" if len(rates) == 1 else ""), rs(half))
    if abs(total - taxable - tax) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    p.pair(rng.choice(["Grand total (rounded)", "Invoice total"]), rs(total))
    j.amount = total
    if way == "UPI" and total > 100000:
        way = "NEFT"
    p.add("rule")
    p.add("left", "PAYMENT RECEIVED" if status == "success" else "PAYMENT")
    if way == "cheque":
        lab = {"pending": "Cheque received (subject to realisation)", "failed": "Cheque returned unpaid"}[
            status
        ]
        wpair(p, lab, rs(j.amount), amount=j.amount, method="cheque")
        row(
            p, "hd", f"Cheque No.: {digits(rng, 6)}", f"Bank: {rng.choice(['SBI Ukhrul', 'UCO Bank Imphal'])}"
        )
    else:
        ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way)
        row(
            p,
            "hd",
            f"Mode: {way}",
            f"UTR: {ref}" if way != "UPI" else f"UPI RRN: {ref}",
            method="UPI" if way == "UPI" else "netbanking",
            txn=(UTR_RANK, ref),
        )
        p.pair("Amount received", rs(j.amount), amount=j.amount)
    p.add("small", words_in_rupees(j.amount))
    word = {
        "success": rng.choice(
            ["PAID - THANK YOU FOR YOUR BUSINESS", f"RECEIVED BY {way}", "PAYMENT RECEIVED IN FULL"]
        ),
        "pending": "CHEQUE IN CLEARING - GOODS SENT, RECEIPT ON REALISATION",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT, PLEASE PAY BY NEFT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"E. & O.E.  Subject to {addr.split(' - ')[0].split(', ')[-1]} jurisdiction.")
    right(p, f"For {maker}")
    stamp_room(p)
    seal(p, SUPPLIER_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Shri Laishram Ibomcha Singh", "Rent - Hampai House shop room, Paona Bazar", 18000, 45000),
    ("Shirui Builders", "Common workshed at Longpi Kajui - RA bill 2", 150000, 480000),
    ("Ukhrul Roadlines", "Freight - cartons Imphal to Guwahati", 9000, 42000),
    ("Singh & Shimray Associates", "Statutory audit fee - society accounts 2025-26", 25000, 70000),
    ("Hapta Expo Fabricators", "Stall at the Manipur Sangai Festival - 10 days", 35000, 120000),
    ("Loktak Web Studio", "Web shop upkeep - annual charges", 18000, 60000),
    ("Kasar Photo Studio", "Catalogue shoot - 90 pieces at Longpi", 12000, 48000),
    ("Northeast Secure Guards", "Night guard - Hampai House, one month", 14000, 32000),
]
CORP_BANKS = [
    ("UCO eBanking - Corporate", "UCO Bank", "ucoebanking.in/corp/fundtransfer/status"),
    ("neo for Corporates", "Axis Bank", "neo.axisbank.com/corporate/payments/view"),
    ("CIB - Corporate Internet Banking", "ICICI Bank", ""),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying the outlet's landlord, the workshed builder, the carrier, the auditors, the Sangai
    Festival stall fabricator, the web studio, the photographer and the guard agency by corporate net banking,
    in three layouts, each new here: UCO eBanking's transfer page (the status first, then a From | To block
    in two columns: the society and the payee on one row, the accounts on the next, the banks and IFSC under
    them; Amount, Mode, UTR, Transaction ID, the day, Remarks); Axis Bank neo's Field | Details table
    (Transaction type, Debit account, Beneficiary name, Beneficiary account / IFSC, Amount, Charges (incl.
    GST), Total debit, UTR No., Bank reference No., the day, Status, Remarks); ICICI Bank CIB's e-mail (Dear
    Customer, a sentence that the payment was executed, is awaiting authorisation or was returned, then a
    Payee | Amount | Status table of one row, then Reference No., Mode, the day, Maker / Checker)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_BANKS[k % 3]
    layout = k % 3
    rs = money(rng, font, 0.4, marks=("INR", "\u20b9", "Rs."))
    who = who.upper() if rng.random() < 0.3 else who
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    ben = rng.choice(BANKS[:6])
    own_acct = f"XXXXXXX{digits(rng, 4)}"
    their_acct = f"XXXXXX{digits(rng, 4)}"
    words = {
        "success": ["Transaction successful - credited to beneficiary", "Status: Executed"],
        "pending": ["Awaiting authorisation - checker yet to approve"],
        "failed": ["Returned by beneficiary bank - invalid account number"],
    }
    day_labels = {
        "success": ["Value date", "Transaction date", "Executed on"],
        "pending": ["Created on", "Initiated on"],
        "failed": ["Returned on", "Reversed on"],
    }[status]
    ref = "" if j.no_ref or status == "pending" else bank_ref(rng, j, bank, way)
    tid = "" if j.no_ref else f"{rng.choice(['TXN', 'CB', 'S'])}{digits(rng, 11)}"
    if layout == 2:
        p = mail_page(
            rng,
            font,
            "ICICI Bank CIB <cib.alerts@icicibank.com>",
            {
                "success": ["Transaction executed - fund transfer", "CIB: payment executed"],
                "pending": ["Transaction pending for your authorisation", "CIB: authorisation pending"],
                "failed": ["Transaction returned - fund transfer", "CIB: payment returned"],
            }[status],
        )
    else:
        p = browser_page(rng, font, host + ("" if j.no_ref else f"?ref={digits(rng, 10)}"))
    p.part = "head"
    top(p, bank if layout == 2 else brand)
    p.add(
        "small", f"{bank}  |  {rng.choice(['Fund transfer - status', 'Payments'])}" if layout != 2 else brand
    )
    p.add("rule")
    p.part = "body"
    if layout == 0:
        outcome_row(p, status, words)
        grid(p, "ft", [(0.0, 0.48, "l"), (0.52, 1.0, "l")], head=True)
        grid(p, "fr", [(0.0, 0.48, "l"), (0.52, 1.0, "l")])
        row(p, "ft", "From", "To")
        mine = SHORT if not cells_fit(p, "fr", [COOP_CAPS, who]) else COOP_CAPS
        shown = who if cells_fit(p, "fr", [mine, who]) else who.split(" (")[0]
        row(p, "fr", mine, shown, merchant=shown)
        row(p, "fr", f"A/c {own_acct}", f"A/c {their_acct}")
        row(p, "fr", "UCO Bank, Imphal Main", f"{ben.replace('State Bank of India', 'SBI')}")
        row(p, "fr", "", f"IFSC {IFSC[ben]}0{digits(rng, 6)}")
        p.add("rule")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if ref:
            p.pair("UTR" if way != "IMPS" else "IMPS RRN", ref, txn=(UTR_RANK, ref))
        if tid:
            p.pair("Transaction ID", tid, txn=(BANK_RANK, tid))
        date_row(p, j, day_labels, hour=rng.random() < 0.5)
        wpair(p, "Remarks", note)
    elif layout == 1:
        items = [
            ("Transaction type", f"{way} - single payment", {"method": "netbanking"}),
            ("Debit account", f"{own_acct} - {SHORT}", {}),
            ("Beneficiary name", who, {"merchant": who}),
            ("Beneficiary account", f"{their_acct} / {IFSC[ben]}0{digits(rng, 6)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
        ]
        if rng.random() < 0.6:
            fee = {"NEFT": 5.9, "IMPS": 11.8, "RTGS": 29.5}[way]
            items.append(("Charges (incl. GST)", rs(fee), {}))
            items.append(("Total debit", rs(round(j.amount + fee, 2)), {}))
        if ref:
            items.append(("UTR No." if way != "IMPS" else "IMPS RRN", ref, {"txn": (UTR_RANK, ref)}))
        if tid:
            items.append(("Bank reference No.", tid, {"txn": (BANK_RANK, tid)}))
        if not j.no_day:
            items.append((rng.choice(day_labels), when_in(j, DAY_IN, rng), {"date": j.date}))
        items.append(
            (
                "Status",
                {"success": "Executed", "pending": "Pending authorisation", "failed": "Returned"}[status],
                {"status": status},
            )
        )
        items.append(("Remarks", note, {}))
        fields(p, items, head=("Field", "Details"))
    else:
        p.add("left", "Dear Customer,")
        sentence = {
            "success": "The fund transfer below has been executed.",
            "pending": "The fund transfer below is awaiting your authorisation.",
            "failed": "The fund transfer below was returned by the beneficiary's bank.",
        }[status]
        p.add("left", sentence)
        spec = [(0.0, 0.5, "l"), (0.5, 0.74, "r"), (0.76, 1.0, "r")]
        grid(p, "ph", spec, head=True)
        grid(p, "pr", spec)
        row(p, "ph", "Payee", "Amount", "Status")
        shown = who if cells_fit(p, "pr", [who, rs(j.amount), "Pending"]) else who.split()[0]
        row(
            p,
            "pr",
            shown,
            rs(j.amount),
            {"success": "Executed", "pending": "Pending", "failed": "Returned"}[status],
            merchant=shown,
            amount=j.amount,
            status=status,
        )
        p.add("rule")
        if ref:
            p.pair("Reference No. (UTR)", ref, txn=(UTR_RANK, ref))
        if tid:
            p.pair("Transaction ID", tid, txn=(BANK_RANK, tid))
        p.pair("Mode", f"{way} from A/c {own_acct}", method="netbanking")
        date_row(p, j, day_labels)
        wpair(p, "Remarks", note)
        p.pair("Maker / Checker", f"LKP.ACCTS / {'-' if status == 'pending' else 'LKP.SECY'}")
    p.part = "foot"
    p.add("small", "This is a computer-generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 7. potters, carriers, collectors, lacers


# payee, work, village, kind, frame
WORKERS = [
    ("Ngalashim Shimray", "Potter - ham and kettles, at the workshop", "Longpi Kajui", "potter", "card"),
    ("Yaronsho Vashum", "Lishon stone carried down from the hill", "Longpi Khullen", "stone", "voucher"),
    ("Ringphami Kasar", "Machee leaves for polishing", "Longpi Kajui", "leaves", "phonepe"),
    ("Pamreiphi Luithui", "Ham-ngalei clay dug and carried", "Longpi Khullen", "clay", "payout"),
    ("Somi Hungyo", "Cane lacer - handles and cup rims", "Longpi Kajui", "cane", "card"),
    ("Mayarshang Zimik", "Potter - casseroles and trays, at home", "Nungshong", "potter", "payout"),
    ("Kaphungkui Shaiza", "Firewood carried for the firing", "Longpi Kajui", "firewood", "voucher"),
    ("Thotreiphi Raikhan", "Sales helper - Hampai House, weekly wages", "Imphal", "helper", "phonepe"),
]
WORK_NOTES = {
    "Ringphami Kasar": "Machee leaves, 9 sacks",
    "Thotreiphi Raikhan": "Wages - week 3",
    "Pamreiphi Luithui": "Clay digging wages",
    "Mayarshang Zimik": "Casseroles and trays",
}
# piece work: item, rate a piece (low, high)
PIECE_WORK = {
    "potter": [
        ("Ham with lid, 2 L", 180, 320),
        ("Duck kettle", 220, 380),
        ("Casserole, 1.5 L", 240, 420),
        ("Cups, set of 6", 160, 280),
    ],
    "cane": [
        ("Kettle handle, laced", 45, 90),
        ("Cup rim lacing, set of 6", 60, 120),
        ("Casserole handles, pair", 50, 100),
    ],
}
# work by the load: the load, rate (low, high)
LOAD_WORK = {
    "stone": ("baskets of lishon stone", 35, 60),
    "firewood": ("headloads of firewood", 80, 140),
    "clay": ("sacks of ham-ngalei clay", 70, 120),
    "leaves": ("sacks of machee leaves", 150, 260),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its potters and its cane lacer by the piece, its stone carrier and its firewood
    carrier by the load, its clay digger and a home potter through RazorpayX payouts and its leaf collector
    and the outlet's sales helper by PhonePe: in four layouts, each new here: a printed PIECE-RATE WAGE CARD
    (the society on top, Wage card No. and Paid on in two columns, Name and Village on the next row, Work
    period (no day of payment), the pieces in a table of Item | Pcs | Rate | Amount, Gross, Less: Cracked in
    firing - n pcs @ rate, Less: Advance adjusted, Net paid, Paid by, the worker's thumb or signature, PAID -
    ENTERED IN THE WAGE REGISTER); a CASH VOUCHER (Voucher No. and Date in two columns, Debit: <head>, Paid
    to, the sum in words, the sum closed with /- on some, On account of <loads> @ rate, Prepared by | Passed
    by | Receiver's signature in three columns); RazorpayX's payout page (the payout's fields two by two, each
    label over its value: Contact, Payout ID, Fund account, Mode, UTR, Purpose, Processed at / Created at /
    Reversed at, Narration, the sum large over them); PhonePe's screen (the status and the hour and day on
    top, Paid to with the payee and the sum on one row, then Transfer Details: Transaction ID, Debited from
    with the account and the sum again, UTR)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=600, high=16000, p_round=0.9)
    who, work, village, kind, frame = WORKERS[k]
    rs = book_rs(rng, font, ("Rs.", "\u20b9", "Rs"))
    if frame == "payout":
        return razorpayx(rng, font, j, status, who, work)
    if frame == "phonepe":
        return phonepe_pay(rng, font, k, j, status, who, work)
    p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, fit_name(p, "title", [COOP, COOP_CAPS, SHORT]))
    p.add("small", f"{WORKSHOP}  |  Longpi Kajui, Ukhrul District, Manipur")
    p.add(
        "center", "PIECE-RATE WAGE CARD" if frame == "card" else rng.choice(["CASH VOUCHER", "DEBIT VOUCHER"])
    )
    p.add("rule")
    p.part = "body"
    grid(p, "hd", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
    doc = f"{'WC' if frame == 'card' else 'CV'}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
    first = (
        f"{'Wage card No.' if frame == 'card' else 'Voucher No.'}: {doc}"
        if not j.no_ref
        else "Cash book folio: 42"
    )
    facts: dict = {} if j.no_ref else {"txn": (INVOICE_RANK, doc)}
    if j.no_day:
        row(p, "hd", first, "", **facts)
    else:
        row(
            p,
            "hd",
            first,
            f"{'Paid on' if frame == 'card' else 'Date'}: {when_in(j, DAY_IN[:6], rng)}",
            date=j.date,
            **facts,
        )
    if frame == "card":
        row(p, "hd", f"Name: {who}", f"Village: {village}", merchant=who)
        start = j.date - dt.timedelta(days=rng.randrange(14, 20))
        p.add(
            "left",
            f"Work period: {when(start, '{d} %b')} to {when(j.date - dt.timedelta(days=2), '{d} %b %Y')}",
        )
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        grid(p, "th", spec, head=True)
        grid(p, "tr", spec)
        row(p, "th", "Item", "Pcs", "Rate", "Amount")
        gross = 0.0
        bad_rate = 0.0
        for item, lo, hi in rng.sample(PIECE_WORK[kind], rng.randrange(1, 4)):
            pcs = rng.randrange(6, 40)
            rate = float(rng.randrange(lo, hi, 5))
            bad_rate = rate
            gross += pcs * rate
            row(p, "tr", item, str(pcs), num(rate), num(pcs * rate))
        p.pair("Gross", rs(gross))
        cut = 0.0
        if kind == "potter" and rng.random() < 0.6:
            bad = rng.randrange(1, 4)
            cut += bad * bad_rate
            p.pair(f"Less: Cracked in firing - {bad} pcs @ {num(bad_rate)}", rs(bad * bad_rate))
        if gross > 4000 and rng.random() < 0.5:
            adv = float(rng.choice([500, 1000, 1500]))
            cut += adv
            p.pair("Less: Advance adjusted", rs(adv))
        j.amount = round(gross - cut, 2)
        p.pair(rng.choice(["Net paid", "Net wages paid"]), rs(j.amount), amount=j.amount)
        way = "Cash" if j.no_ref else rng.choice(["Cash", "UPI"])
        p.pair("Paid by", way, method=way.lower() if way == "Cash" else "UPI")
        if way == "UPI":
            p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", words_in_rupees(j.amount))
        p.add("center", "PAID - ENTERED IN THE WAGE REGISTER", status="success")
        p.part = "foot"
        right(p, rng.choice(["Thumb / signature of the worker", "Received - signature of the payee"]))
        return p.done()
    what, lo, hi = LOAD_WORK[kind]
    loads = rng.randrange(12, 60)
    rate = float(rng.randrange(lo, hi, 5))
    j.amount = loads * rate
    wpair(p, "Debit", f"Wages - {work.split(' carried')[0].lower()} carrying")
    wpair(p, "Paid to", who, merchant=who)
    label(p, "The sum of")
    p.add("left", words_in_rupees(j.amount))
    p.pair("Rs.", rs(j.amount).replace("Rs.", "").replace("Rs", "").strip(), amount=j.amount)
    wpair(p, "On account of", f"{loads} {what} @ {num(rate, 'indian', 0)}")
    p.pair("Mode", "Cash", method="cash")
    p.add("center", "PAID IN CASH", status="success")
    p.part = "foot"
    for _ in range(2):
        p.add("gap")
    grid(p, "sg", [(0.0, 0.33, "l"), (0.33, 0.64, "c"), (0.64, 1.0, "r")], soft=True)
    row(p, "sg", "Prepared by", "Passed by", "Receiver's signature")
    return p.done()


def razorpayx(
    rng: random.Random, font: str, j: Job, status: str, who: str, work: str
) -> tuple[list, dict, dict]:
    """RazorpayX's payout page: the brand on top and the Payouts line, the status, the sum large, then the
    payout's fields two by two."""
    rs = money(rng, font, 0.6)
    j.amount = rupees(rng, 2400, 18000, 0.7)
    pout = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pout}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  {rng.choice([COOP, SHORT])}")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "pending": ["Processing - the bank has not confirmed yet"],
            "failed": ["Reversed - beneficiary account is closed, amount back in your balance"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    items: list[tuple[str, str, dict]] = [("Contact", who, {"merchant": who})]
    if not j.no_ref:
        items.append(("Payout ID", pout, {"txn": (TXN_RANK, pout)}))
    items.append(
        (
            "Fund account",
            f"A/c XXXXXX{digits(rng, 4)} ({rng.choice(['SBIN', 'UTBI', 'UCBA'])}0{digits(rng, 6)})",
            {},
        )
    )
    items.append(("Mode", "IMPS", {"method": "netbanking"}))
    if status == "success" and not j.no_ref:
        items.append(("UTR", j.ref, {"txn": (UTR_RANK, j.ref)}))
    items.append(("Purpose", "payout", {}))
    if not j.no_day:
        day_label = {"success": "Processed at", "pending": "Created at", "failed": "Reversed at"}[status]
        items.append(
            (day_label, with_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y", "%d/%m/%Y"]), {"date": j.date})
        )
    items.append(("Narration", WORK_NOTES[who], {}))
    two_cols(p, items)
    p.part = "foot"
    p.add("small", "Payouts are sent through RazorpayX's partner banks.")
    return p.done()


def phonepe_pay(rng: random.Random, font: str, k: int, j: Job, status: str, who: str, work: str):
    """PhonePe's screen after paying a worker: the status and the hour and day, Paid to with the payee and the
    sum on one row, then Transfer Details."""
    rs = money(rng, font, 0.8)
    j.amount = rupees(rng, 500, 9000, 0.9)
    p = phone_page(rng, font, k, ["Transaction Details", ""])
    p.part = "head"
    p.style["band"], p.style["band_ink"] = (95, 37, 159), (255, 255, 255)
    p.add("title", "Transaction Successful", status="success")
    if j.no_day:
        p.add("small", hhmm(rng, lower=True))
    else:
        p.add("small", f"{hhmm(rng, lower=True)} on {when(j.date, '%d %b %Y')}", date=j.date)
    p.add("gap")
    p.part = "body"
    label(p, "Paid to")
    p.pair(who, rs(j.amount), merchant=who, amount=j.amount, method="UPI")
    p.add("left", f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
    p.add("rule")
    p.add("left", "Transfer Details")
    tid = (
        f"T{digits(rng, 22)}" if j.no_day else f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    )
    wpair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    label(p, "Debited from")
    p.pair(f"XXXXXX{digits(rng, 4)}", rs(j.amount))
    p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Message", WORK_NOTES[who])
    p.part = "foot"
    p.add("small", "Powered by  UPI  |  YES BANK")
    return p.done()


# ---------------------------------------------------------------- 8. the council, the city, the state


# body's names as printed, its line, the layout, its page, the heads (name, fees to pick from)
FEE_BODIES = [
    (
        ["Ukhrul Autonomous District Council", "UKHRUL AUTONOMOUS DISTRICT COUNCIL"],
        "Office of the Chief Executive Officer, Ukhrul",
        "book",
        "",
        [("Trade licence fee {fy} (workshop)", [1500, 2000, 2500]), ("Signboard fee", [300, 500])],
    ),
    (
        ["Imphal Municipal Corporation", "IMPHAL MUNICIPAL CORPORATION"],
        "Trade licence - online renewal",
        "twocol",
        "imc.mn.gov.in/tradelicence/payment/receipt",
        [("Trade licence renewal fee {fy}", [2000, 3000, 4000]), ("Late fee", [200, 500])],
    ),
    (
        ["Registrar of Co-operative Societies, Manipur", "Registrar of Co-operative Societies"],
        "e-Payment of Government dues - Government of Manipur",
        "challan",
        "epayment.manipur.gov.in/challan/status",
        [
            ("0425-00-101-01 Audit fee - co-operative societies", [2500, 4000, 6000]),
            ("0425-00-800-02 Other receipts", [100, 250]),
        ],
    ),
    (
        ["Manipur Forest Department", "Forest Department, Government of Manipur"],
        "Transit pass for forest produce - online",
        "under",
        "forest.manipur.gov.in/transitpass/payment",
        [("Transit pass fee - firewood, 2 trucks", [400, 600]), ("Royalty on firewood", [1200, 1800, 2400])],
    ),
    (
        ["Manipur Pollution Control Board", "MANIPUR POLLUTION CONTROL BOARD"],
        "Consent to operate - online consent management",
        "under",
        "mpcb.mn.gov.in/consent/fee/receipt",
        [("Consent fee (CTO renewal, green category)", [3000, 5000]), ("Processing fee", [500])],
    ),
    (
        ["Legal Metrology, Manipur", "Controller of Legal Metrology, Manipur"],
        "Verification and stamping of weights and measures",
        "book",
        "",
        [("Verification fee - weighing scale, 30 kg", [250, 400]), ("Stamping fee", [50, 100])],
    ),
    (
        ["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"],
        "Intellectual Property India  |  Authorised users of Longpi pottery",
        "twocol",
        "ipindiaonline.gov.in/gi/payment/receipt",
        [("Form GI-3A - authorised user applications", [240, 360, 480])],
    ),
    (
        ["Manipur Fire and Emergency Services", "MANIPUR FIRE AND EMERGENCY SERVICES"],
        "e-Payment of Government dues - Government of Manipur",
        "challan",
        "epayment.manipur.gov.in/challan/status",
        [
            ("2070-00-108-01 Fire safety certificate fee - workshed", [2000, 3500]),
            ("2070-00-108-02 Inspection fee", [500, 800]),
        ],
    ),
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a pottery society, its workshop and its outlet: the Ukhrul Autonomous District Council's
    trade licence for the workshop and Legal Metrology's verification of the outlet's scale (a printed MONEY
    RECEIPT: the body on top, Receipt No. and Date in two columns, Licence No. / Scale No. and Year on the
    next row, Received from, a Head | Amount table, Total, Received by, the body's stamp, Collecting clerk),
    Imphal Municipal Corporation's trade licence renewal for the outlet and the GI Registry's Form GI-3A fee
    for the potters (a web receipt: the fields two by two, label over value), the Registrar of Co-operative
    Societies' audit fee and the Fire and Emergency Services' fee on Manipur's e-Payment portal (a challan:
    the department, GRN, Depositor, a Head of account | Amount table, Total, the bank's CIN, Payment status),
    and the Forest Department's transit pass and the Pollution Control Board's consent fee (each value with
    its label small under it); all new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    names, line, layout, url, heads = FEE_BODIES[k]
    name = rng.choice(names)
    rs = (
        book_rs(rng, font, ("Rs.", "\u20b9", "Rs", "INR"))
        if layout == "book"
        else money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    )
    year = f"20{fy(j.date)}"
    lines = [(head.replace("{fy}", year), float(rng.choice(fees))) for head, fees in heads]
    if layout != "challan" and len(lines) > 1 and rng.random() < 0.3:
        lines = lines[:1]
    j.amount = round(sum(fee for _, fee in lines), 2)
    way = (
        "Cash"
        if layout == "book" and rng.random() < 0.6
        else rng.choice(["Net banking", "UPI", "Debit card"])
    )
    meth = "cash" if way == "Cash" else way_method(way)
    payer = rng.choice([COOP, COOP_CAPS])
    day_labels = {
        "success": ["Date of payment", "Paid on", "Transaction date"],
        "pending": ["Challan generated on", "Initiated on"],
        "failed": ["Attempted on", "Failed on"],
    }[status]
    if layout == "book":
        p = paper_page(rng, font, [700, 740])
    else:
        p = browser_page(rng, font, url + ("" if j.no_ref else f"/{digits(rng, 9)}"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    if layout == "book":
        p.add("center", "MONEY RECEIPT")
    p.add("rule")
    p.part = "body"
    spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
    grid(p, "hh", spec, head=True)
    grid(p, "hr", spec)

    def head_table(title: str) -> None:
        row(p, "hh", title, "Amount")
        for head, fee in lines:
            if cells_fit(p, "hr", [head, num(fee)]):
                row(p, "hr", head, num(fee))
            else:
                p.pair(head, num(fee))

    if layout == "book":
        grid(p, "hd", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
        rno = f"{'ADC' if k == 0 else 'LM'}/{rng.randrange(1000, 9999)}"
        first = f"Receipt No.: {rno}" if not j.no_ref else f"Book No.: {rng.randrange(11, 60)}"
        facts: dict = {} if j.no_ref else {"txn": (INVOICE_RANK, rno)}
        if j.no_day:
            row(p, "hd", first, f"Year: {year}", **facts)
        else:
            row(p, "hd", first, f"Date: {when_in(j, DAY_IN[:6], rng)}", date=j.date, **facts)
        second = f"Licence No.: UKL/TL/{digits(rng, 4)}" if k == 0 else f"Scale No.: WS-{digits(rng, 5)}"
        row(p, "hd", second, f"Year: {year}" if not j.no_day else "")
        wpair(p, "Received from", f"{payer}" if k == 0 else f"{OUTLET} ({SHORT})")
        head_table("Head")
        p.pair("Total", rs(j.amount), amount=j.amount)
        p.add("small", words_in_rupees(j.amount))
        p.pair("Received by", way, method=meth)
        if way == "UPI" and not j.no_ref:
            p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add(
            "center",
            rng.choice(
                ["RECEIVED", "FEE RECEIVED - LICENCE RENEWED" if k == 0 else "FEE RECEIVED - SCALE STAMPED"]
            ),
            status="success",
        )
        p.part = "foot"
        right(p, "Collecting clerk")
        stamp_room(p)
        seal(
            p,
            name.upper()[:30] if len(name) <= 30 else ("UKHRUL ADC" if k == 0 else "LEGAL METROLOGY"),
            "UKHRUL" if k == 0 else "IMPHAL",
            None if j.no_day else j.date,
            "RECEIVED",
        )
        return p.done()
    grn = f"{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
    if layout == "challan":
        words = {
            "success": ["Payment successful - challan paid", "Status: Paid"],
            "pending": ["Challan generated - confirmation awaited from the bank, do not pay again"],
        }
        if not j.no_ref:
            p.pair("GRN", grn, txn=(TXN_RANK, grn))
        wpair(p, "Depositor", payer)
        p.pair("Department", name.split(",")[0] if len(name) > 40 else name)
        head_table("Head of account")
        p.pair("Total", rs(j.amount), amount=j.amount)
        p.pair("Paid through", way, method=meth)
        if not j.no_ref and status == "success":
            cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
            p.pair("CIN (bank)", cin, txn=(BANK_RANK, cin))
        date_row(p, j, day_labels, hour=True)
        p.add("rule")
        outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Verify the challan with its GRN on the e-Payment portal.")
        return p.done()
    tid = f"{rng.choice(['TXN', 'PG'])}{digits(rng, 12)}"
    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    if layout == "twocol":
        words = {"success": ["Payment successful", "Fee paid - receipt generated"]}
        outcome_row(p, status, words)
        items: list[tuple[str, str, dict]] = []
        if k == 1:
            items.append(("Trade name", OUTLET, {}))
            items.append(("Ward", f"Ward No. {rng.randrange(1, 27)}", {}))
        else:
            items.append(("Applicant", SHORT, {}))
            items.append(("GI application", "No. 712 - Longpi Black Pottery", {}))
        for head, fee in lines:
            items.append((head.split(" - ")[0].split(" 20")[0], rs(fee), {}))
        items.append(("Total paid", rs(j.amount), {"amount": j.amount}))
        items.append(("Payment mode", way, {"method": meth}))
        if not j.no_ref:
            items.append(("Transaction ID", tid, {"txn": (TXN_RANK, tid)}))
            if way == "Net banking":
                items.append(("Bank ref. No.", bref, {"txn": (BANK_RANK, bref)}))
            elif way == "UPI":
                items.append(("UPI ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}))
            rno = f"{'IMC/TL' if k == 1 else 'GI'}/{digits(rng, 6)}"
            items.append(("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}))
        if not j.no_day:
            items.append(
                (
                    rng.choice(day_labels),
                    with_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y"]),
                    {"date": j.date},
                )
            )
        two_cols(p, items)
        p.part = "foot"
        p.add("small", "This is a computer-generated receipt.")
        return p.done()
    words = {
        "success": ["Fee received - application forwarded", "Payment successful"],
        "failed": ["Payment failed - transit pass not issued, pay again"],
    }
    outcome_row(p, status, words)
    under(p, rs(j.amount), "Amount" if status == "failed" else "Amount paid", amount=j.amount)
    under(p, payer, "Applicant")
    for head, fee in lines:
        under(p, rs(fee), head)
    under(p, way, "Payment mode", method=meth)
    if not j.no_ref:
        under(p, tid, "Transaction ID", txn=(TXN_RANK, tid))
        if status == "success" and way == "Net banking":
            under(p, bref, "Bank ref. No.", txn=(BANK_RANK, bref))
        elif status == "success" and way == "UPI":
            under(p, j.ref, "UPI ref. No.", txn=(UTR_RANK, j.ref))
    if not j.no_day:
        under(
            p,
            with_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y", "{d} %B %Y"]),
            rng.choice(day_labels),
            date=j.date,
        )
    p.part = "foot"
    p.add("small", "Keep this page; the pass or consent is issued only after the fee is received.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' receipts


# insurer as printed, its host, the product, the layout, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - workshop shed and stock",
        "book",
        "fire",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Shopkeeper's policy - Hampai House",
        "sms",
        "shop",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine cargo - export open cover",
        "mail",
        "marine",
    ),
    (
        "Care Health Insurance Ltd",
        "careinsurance.com",
        "Group Care - staff and member potters",
        "app",
        "health",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Goods carrying vehicle - pickup",
        "billdesk",
        "vehicle",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Burglary - stock at Hampai House",
        "billdesk",
        "burglary",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Group personal accident - member potters",
        "book",
        "pa",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Exhibition floater - stall at the Sangai Festival",
        "mail",
        "fest",
    ),
]


def premium_lines(rng: random.Random, kind: str) -> tuple[list[tuple[str, float]], float]:
    """The premium's rows before GST (the cover and its add-on) and their sum, the premium taxed."""
    if kind == "fire":
        insured = float(rng.randrange(800000, 4000000, 50000))
        basic = round(insured * rng.uniform(0.0009, 0.0015), 2)
        rows = [("Premium (shed and stock)", basic), ("Earthquake cover", round(insured * 0.0001, 2))]
    elif kind == "shop":
        basic = float(rng.randrange(2400, 7800))
        rows = [("Premium", basic)]
    elif kind == "marine":
        basic = round(float(rng.randrange(3000000, 12000000, 500000)) * rng.uniform(0.0006, 0.0011), 2)
        rows = [("Premium (open cover)", basic), ("War and SRCC", round(basic * 0.05, 2))]
    elif kind == "health":
        members = 36
        rows = [(f"Premium ({members} members)", round(members * rng.uniform(2800, 4600), 2))]
    elif kind == "vehicle":
        rows = [("Own damage", round(rng.uniform(3200, 6800), 2)), ("Third party (goods carrier)", 16049.0)]
    elif kind == "burglary":
        rows = [("Premium", round(rng.uniform(1800, 5200), 2))]
    elif kind == "pa":
        persons = rng.randrange(40, 120)
        rows = [(f"Premium ({persons} potters)", round(persons * rng.uniform(90, 180), 2))]
    else:
        stock = float(rng.randrange(500000, 2500000, 50000))
        rows = [
            ("Premium (stall stock)", round(stock * rng.uniform(0.001, 0.0018), 2)),
            ("Transit to and from the festival", round(stock * 0.0002, 2)),
        ]
    return rows, round(sum(value for _, value in rows), 2)


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society insuring its workshop shed and stock, the outlet, its export cargo, its staff's and
    potters' health, its pickup, the outlet's stock against burglary, its potters against accidents and its
    stall at the Sangai Festival: in five layouts, each new here: a printed PREMIUM RECEIPT (the insurer on
    top, Receipt No. and Receipt date in two columns, Policy No. and Proposal No. on the next, Period of
    insurance, Received from, a Particulars | Amount (Rs.) table with the GST, Total premium, Mode with the
    cheque, the status line); the insurer's SMS ("<insurer>: Dear Customer, we have received premium of Rs.x
    for policy <no.> on <day> vide <way> ref <ref>. Receipt No. <no.>"); an e-mail (the fields two by two,
    label over value, then a Particulars | Amount table); the insurer's app screen (each value with its label
    small under it); BillDesk's payment page (BillDesk on top, a Field | Details table: Merchant name,
    Customer ID / Policy No., Transaction ref. No., Bank ref. No., Amount, Payment mode, Date & time, Status).
    """
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    ins, host, product, layout, kind = POLICIES[k]
    if kind == "fest":
        j.date = FEST_START - dt.timedelta(days=rng.randrange(6, 30))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    rows, taxed = premium_lines(rng, kind)
    inter = layout != "book" and rng.random() < 0.5
    gst = round(taxed * 0.18, 2) if inter else 2 * round(taxed * 0.09, 2)
    j.amount = round(taxed + gst, 2)
    if layout != "sms" and rng.random() < 0.3:
        j.amount = float(round(j.amount))
    policy = f"{rng.randrange(1000, 9999)}/{digits(rng, 8)}/{rng.randrange(0, 99):02d}/000"
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    name = ins.upper() if rng.random() < 0.2 else ins
    day_labels = {
        "success": ["Receipt date", "Premium received on", "Date of payment"],
        "pending": ["Cheque received on", "Receipt date"],
        "failed": ["Attempted on", "Transaction date"],
    }[status]
    rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
    if layout == "sms":
        on = "" if j.no_day else f" on {when(j.date, rng.choice(['%d-%m-%Y', '%d/%m/%Y', '%d-%b-%Y']))}"
        amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
        ref = "" if j.no_ref else f" ref {j.ref}"
        text = (
            f"{ins}: Dear Customer, we have received premium of Rs.{amt} for policy {policy}{on} vide "
            f"{'UPI' if way == 'UPI' else way}{ref}. Receipt No. {rno}. Thank you."
        )
        assert glyphs(font, text), (font, text)
        p = Page(font, rng, "sms", dark=rng.random() < 0.3, size=21, width=600)
        p.style["h106"].update(
            {
                "sender": rng.choice(["VM-OICLTD", "JD-OICHLP", "AX-ORINSC"]),
                "divider": "Today" if j.no_day or rng.random() < 0.4 else when(j.date, "{d} %b %Y"),
                "text": text,
                "time": hhmm(rng, lower=rng.random() < 0.3),
            }
        )
        facts = {"merchant": ins, "amount": j.amount, "status": "success", "method": way_method(way)}
        if not j.no_day:
            facts["date"] = j.date
        if not j.no_ref:
            facts["txn"] = (UTR_RANK, j.ref) if way == "UPI" else (INVOICE_RANK, rno)
        else:
            facts["txn"] = (INVOICE_RANK, rno)
        p.add("left", text, **facts)
        return p.done()
    if layout == "app":
        p = phone_page(rng, font, k, ["My policy", "Payment"])
        p.part = "head"
        shown = fit_name(p, "title", [name, "Care Health Insurance"])
        top(p, shown, merchant=shown)
    elif layout == "book":
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, name, merchant=name)
    elif layout == "mail":
        short = ins.split(" General")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <premium.receipts@{host}>",
            ["Premium receipt - your policy", "Payment received for your policy"],
        )
        p.part = "head"
        top(p, name, merchant=name)
    else:
        p = browser_page(
            rng,
            font,
            "pgi.billdesk.com/pgidsk/PGIMerchantPayment" + ("" if j.no_ref else f"?txn={digits(rng, 10)}"),
        )
        p.part = "head"
        top(p, "BillDesk")
        p.add("small", "Payment confirmation")
    if layout != "billdesk":
        p.add("small", product)
    if layout == "book":
        p.add("small", rng.choice(["Imphal Divisional Office, Paona Bazar", "Branch Office, Ukhrul"]))
        p.add("center", rng.choice(["PREMIUM RECEIPT", "PREMIUM RECEIPT CUM TAX INVOICE"]))
    p.add("rule")
    p.part = "body"
    tax_rows_list = [("IGST @ 18%", gst)] if inter else [("CGST @ 9%", gst / 2), ("SGST @ 9%", gst / 2)]

    def premium_table() -> None:
        grid(p, "ph", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], head=True)
        grid(p, "pr", [(0.0, 0.7, "l"), (0.7, 1.0, "r")])
        row(p, "ph", "Particulars", "Amount (Rs.)")
        for what, value in rows + tax_rows_list:
            if cells_fit(p, "pr", [what, num(value)]):
                row(p, "pr", what, num(value))
            else:
                p.pair(what, num(value))

    if layout == "book":
        grid(p, "hd", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
        if j.no_day:
            row(p, "hd", f"Receipt No.: {rno}", f"Policy No.: {policy}", txn=(INVOICE_RANK, rno))
        else:
            row(
                p,
                "hd",
                f"Receipt No.: {rno}",
                f"{rng.choice(day_labels)}: {when_in(j, DAY_IN[:6], rng)}",
                txn=(INVOICE_RANK, rno),
                date=j.date,
            )
            row(p, "hd", f"Policy No.: {policy}", f"Proposal No.: P{digits(rng, 9)}")
            start = j.date + dt.timedelta(days=rng.randrange(1, 4))
            end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
            p.pair("Period of insurance", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
        wpair(p, "Received from", rng.choice([COOP, COOP_CAPS]))
        premium_table()
        p.pair("Total premium" if status == "success" else "Cheque amount", rs(j.amount), amount=j.amount)
        if way == "Cheque":
            wpair(
                p,
                "Mode",
                f"Cheque No. {digits(rng, 6)}, {rng.choice(['SBI Ukhrul', 'UCO Bank Imphal'])}",
                method="cheque",
            )
        else:
            p.pair("Mode", way, method=way_method(way))
            if way == "UPI":
                p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add(
            "center",
            {
                "success": "PREMIUM RECEIVED - POLICY IN FORCE",
                "pending": "CHEQUE RECEIVED - COVER ON REALISATION",
            }[status],
            status=status,
        )
        p.part = "foot"
        right(p, "For the Company - Authorised signatory")
        return p.done()
    if layout == "mail":
        p.add("left", "Dear Policyholder,")
        p.add("left", "Thank you. Your premium payment has been received.")
        items: list[tuple[str, str, dict]] = [("Policy No.", policy, {}), ("Insured", SHORT, {})]
        if not j.no_ref:
            items.append(("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}))
        if not j.no_day:
            items.append(
                (
                    rng.choice(day_labels),
                    when_in(j, ["{d} %B %Y", "%d/%m/%Y", "%d-%b-%Y"], rng),
                    {"date": j.date},
                )
            )
        items.append(("Payment mode", way, {"method": way_method(way)}))
        if not j.no_ref and way == "UPI":
            items.append(("UPI ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}))
        elif not j.no_ref and way == "Net banking":
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            items.append(("Bank ref. No.", bref, {"txn": (BANK_RANK, bref)}))
        items.append(("Amount received", rs(j.amount), {"amount": j.amount}))
        two_cols(p, items)
        outcome_row(p, status, {"success": ["Premium received - policy issued", "Payment successful"]})
        premium_table()
        p.part = "foot"
        p.add("small", "Your policy schedule is attached. Keep this e-mail as your premium receipt.")
        return p.done()
    if layout == "app":
        outcome_row(p, status, {"success": ["Premium paid - policy renewed", "Payment successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        label(p, "Total premium paid")
        p.add("rule")
        under(p, policy, "Policy No.")
        under(p, "Group Care - 36 members", "Plan")
        under(
            p,
            way if way != "Debit card" else f"Debit card {masked(rng, font)}",
            "Paid using",
            method=way_method(way),
        )
        if not j.no_day:
            under(p, with_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"]), rng.choice(day_labels), date=j.date)
        under(
            p,
            f"{when(j.date + dt.timedelta(days=1), '%d %b %Y')} - "
            f"{when(j.date + dt.timedelta(days=365), '%d %b %Y')}",
            "Policy period",
        )
        p.part = "foot"
        p.add("small", "Download your e-card from the Policies tab.")
        return p.done()
    items = [
        ("Merchant name", name, {"merchant": name}),
        ("Customer ID / Policy No.", policy, {}),
    ]
    if not j.no_ref:
        bd = f"{code(rng, 1, UPPER)}{code(rng, 2, UPPER)}{digits(rng, 10)}"
        items.append(("Transaction ref. No.", bd, {"txn": (TXN_RANK, bd)}))
        if status == "success" and way == "Net banking":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            items.append(("Bank ref. No.", bref, {"txn": (BANK_RANK, bref)}))
        elif status == "success" and way == "UPI":
            items.append(("Bank ref. No. (UTR)", j.ref, {"txn": (UTR_RANK, j.ref)}))
    items.append(("Amount", rs(j.amount), {"amount": j.amount}))
    items.append(("Payment mode", way, {"method": way_method(way)}))
    if not j.no_day:
        items.append(("Date & time", with_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"]), {"date": j.date}))
    items.append(
        (
            "Status",
            {"success": "Success", "failed": "Failed - declined by your bank"}[status],
            {"status": status},
        )
    )
    fields(p, items, head=("Field", "Details"))
    p.part = "foot"
    p.add("small", f"Payment for {product.split(' - ')[0].lower()} cover. Keep this page for your records.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("HAMPAI HOUSE", "PAONA BAZAR, IMPHAL", "own", "WORLDLINE", "paper"),
    ("SHIRUI FILLING STATION", "NH-202, LITAN", "fuel", "ICICI MERCHANT SERVICES", "paper"),
    ("LONGPI KAJUI POTTERS CO-OP", "VISITORS CENTRE, LONGPI", "own", "BHARATPE SWIPE", "upi"),
    ("HOTEL SANGAI CONTINENTAL", "AIRPORT ROAD, IMPHAL", "hotel", "UCO BANK POS", "paper"),
    ("HAMPAI HOUSE", "SANGAI FESTIVAL, HAPTA KANGJEIBUNG", "own", "EZETAP", "echarge"),
    ("DIMAPUR TOOL HOUSE", "CIRCULAR ROAD, DIMAPUR", "shop", "RAZORPAY POS", "paper"),
    ("LISHON HAM WORKSHOP", "LONGPI KAJUI 795142", "own", "EZETAP", "echarge"),
    ("WUNGRAM KITCHEN", "VIEWLAND, UKHRUL", "food", "WORLDLINE", "paper"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the outlet's terminals (at Paona Bazar and at the Sangai Festival stall) and the
    workshop's, a visitor's UPI on the society's card terminal, and the society's card at a filling station on
    NH-202, an Imphal hotel, a Dimapur tool house and an Ukhrul eating house: in three layouts, each new here:
    a paper slip whose fields sit two to a row (TID: | MID:, BATCH: | INV:, DATE: | TIME:, the card, CHIP |
    <scheme>, RRN: | AUTH:), the sum after AMT: / SALE AMT: (or BASE AMT:, TIP: and TOTAL: at the eating
    house with TABLE: | COVERS:, RATE: | VOL: and PUMP: | VEH: at the filling station, ROOM: | FOLIO: at the
    hotel), the status; a UPI
    SALE slip from the same kind of terminal (PAYER VPA:, CUST REF NO:, TXN ID:, AMOUNT:, UPI TXN
    SUCCESSFUL); and the e-charge slip a terminal sends by SMS link (the brand's e-Charge Slip page: Merchant,
    Location, the sum, Card, Auth code, RRN, Txn ID, Date & time, Status)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=900, high=42000)
    name, town, kind, brand, layout = COUNTERS[k]
    if k == 4:
        j.date = FEST_START + dt.timedelta(days=rng.randrange(10))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    tip = 0.0
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6000, 0.7)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 14000, 0.5)
    elif kind == "food":
        base = rupees(rng, 380, 2200, 0.7)
        tip = float(rng.choice([30, 50, 100]))
        j.amount = round(base + tip, 2)
    t = hhmm(rng, twelve=False, seconds=True)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
    inv = f"{rng.randrange(1, 9999):06d}"
    if layout == "echarge":
        p = browser_page(rng, font, f"e.ezetap.com/r/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, "EZETAP")
        p.add("small", "e-Charge Slip")
        p.add("rule")
        p.part = "body"
        items: list[tuple[str, str, dict]] = [
            ("Merchant", name, {"merchant": name}),
            ("Location", town, {}),
            ("Sale amount", f"INR {j.amount:,.2f}", {"amount": j.amount}),
            ("Card", f"{scheme} XXXX {last4} (CHIP)", {"method": "card"}),
        ]
        if not j.no_ref:
            items.append(("Auth code", appr, {"txn": (APPR_RANK, appr)}))
            items.append(("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}))
            tid = f"{j.date:%y%m%d}{digits(rng, 10)}" if not j.no_day else digits(rng, 16)
            items.append(("Txn ID", tid, {"txn": (TXN_RANK, tid)}))
        if not j.no_day:
            items.append(
                ("Date & time", f"{when(j.date, rng.choice(['%d/%m/%Y', '%d-%b-%Y']))} {t}", {"date": j.date})
            )
        items.append(("Status", rng.choice(["APPROVED", "SALE APPROVED"]), {"status": "success"}))
        for label_text, value, facts in items:
            wpair(p, label_text, value, **facts)
        p.part = "foot"
        p.add("small", "This e-charge slip replaces the paper copy. No signature required.")
        return p.done()
    p = screen(rng, font, width=rng.choice([540, 560, 580]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    grid(p, "sl", [(0.0, 0.49, "l"), (0.51, 1.0, "r")])
    day = when(j.date, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%m-%Y"]))
    tid = digits(rng, 8)
    mid = digits(rng, 12)
    row(p, "sl", f"TID:{tid}", f"MID:{mid}")
    if j.no_ref:
        row(p, "sl", f"BATCH:{rng.randrange(1, 999):06d}", "")
    else:
        row(p, "sl", f"BATCH:{rng.randrange(1, 999):06d}", f"INV:{inv}", txn=(INVOICE_RANK, inv))
    if j.no_day:
        row(p, "sl", "", f"TIME:{t}")
    else:
        row(p, "sl", f"DATE:{day}", f"TIME:{t}", date=j.date)
    if layout == "upi":
        p.add("center", "UPI SALE")
        who = rng.choice(["yaronsho", "kim.jw", "meera.s", "thoibi"])
        vpa = f"{who}{rng.randrange(10, 99)}@{rng.choice(['okhdfcbank', 'ybl', 'axl'])}"
        p.add("left", f"PAYER VPA:{vpa}", method="UPI")
        if not j.no_ref:
            p.add("left", f"CUST REF NO:{j.ref}", txn=(UTR_RANK, j.ref))
            bp = f"BP{digits(rng, 14)}"
            p.add("left", f"TXN ID:{bp}", txn=(TXN_RANK, bp))
        p.pair("AMOUNT:", f"Rs {j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("center", rng.choice(["UPI TXN SUCCESSFUL", "PAYMENT RECEIVED - UPI"]), status="success")
        p.part = "foot"
        p.add("small", "*** CUSTOMER COPY ***")
        return p.done()
    p.add("center", rng.choice(["SALE", "CARD SALE"]))
    p.add("left", f"XXXX XXXX XXXX {last4}", method="card")
    row(p, "sl", rng.choice(["CHIP", "CONTACTLESS"]) if j.amount <= 5000 else "CHIP", scheme)
    if kind == "fuel":
        rate = round(rng.uniform(94.2, 104.8), 2)
        row(p, "sl", f"RATE:{rate:.2f}", f"VOL:{j.amount / rate:.2f}L")
        row(p, "sl", f"PUMP:{rng.randrange(1, 7)}", f"VEH:MN06{code(rng, 1, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        row(p, "sl", f"ROOM:{rng.randrange(101, 420)}", f"FOLIO:{digits(rng, 5)}")
    elif kind == "food":
        row(p, "sl", f"TABLE:{rng.randrange(1, 16)}", f"COVERS:{rng.randrange(1, 7)}")
    if not j.no_ref:
        if status == "success":
            row(p, "sl", f"RRN:{j.ref}", f"AUTH:{appr}", txn=(UTR_RANK, j.ref))
        else:
            row(p, "sl", f"RRN:{j.ref}", "", txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    if kind == "food":
        p.pair("BASE AMT:", f"Rs {j.amount - tip:.2f}")
        p.pair("TIP:", f"Rs {tip:.2f}")
        p.pair("TOTAL:", f"Rs {body}", amount=j.amount)
    else:
        p.pair(rng.choice(["AMT:", "SALE AMT:"]), f"{rng.choice(['Rs ', 'INR ', ''])}{body}", amount=j.amount)
    p.add("rule")
    word = {
        "success": rng.choice(["APPROVED", "TXN APPROVED - THANK YOU", "SALE APPROVED"]),
        "pending": "HOST NOT RESPONDING - DO NOT RETRY",
        "failed": "DECLINED 55 - INCORRECT PIN",
    }[status]
    p.add("center", word, status=status)
    if status == "success" and rng.random() < 0.5:
        p.add("small", rng.choice(["PIN VERIFIED - NO SIGNATURE REQUIRED", "KURUMJARI - PLEASE VISIT AGAIN"]))
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, phone, DTH, gas, water


MSPDCL = "Manipur State Power Distribution Company Ltd"
# app or portal, biller short, biller long, its id label, layout
BILLS = [
    ("MSPDCL Smart Prepaid", "MSPDCL", MSPDCL, "Consumer No.", "token"),
    ("Paytm", "MSPDCL", MSPDCL, "Consumer No.", "under"),
    ("BSNL Selfcare", "BSNL Bharat Fiber", "Bharat Sanchar Nigam Ltd", "Account No.", "fields"),
    ("Airtel", "Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No.", "mail"),
    ("Amazon Pay", "Dish TV", "Dish TV India Ltd", "VC No.", "listrow"),
    ("BHIM", "MSPDCL", MSPDCL, "Consumer No.", "bbps"),
    ("PhonePe", "Bharatgas", "Bharat Petroleum Corporation Ltd", "LPG ID", "bbps"),
    (
        "PHED Manipur",
        "PHED, Manipur",
        "Public Health Engineering Department, Manipur",
        "Connection No.",
        "token",
    ),
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's prepaid meter, the outlet's power, the workshop's fibre, the secretary's postpaid phone,
    the outlet's DTH, the workshop kitchen's gas and the outlet's water: in six layouts, each new here:
    MSPDCL's smart prepaid portal and PHED Manipur's water portal (the fields two by two, label over value:
    Consumer No. / Connection No., Meter No., Recharge amount / Amount paid, the 20-digit Token for a keypad
    meter, Transaction ID, Bank ref. No., Date & time, the status); Paytm's bill payment screen (each value
    with its label small under it: the sum, Paid to (the biller), Consumer No., Bharat Connect Ref. No., UPI
    Ref. No., Date & time); BSNL Selfcare's Field | Details receipt; Airtel's e-mail ("We have received your
    payment of <sum> towards your Airtel Postpaid number <no.> on <day>." and a table); Amazon Pay's history
    row (the biller left, the sum right); BHIM's and PhonePe's Bharat Connect receipts (the status, the sum
    large, Bill details with two fields to a row: "Bill date: x | Due date: y", "Cylinder: 14.2 kg | Refill: n
    of 12", then Paid from, Bharat Connect Ref. No., UPI Ref. No., Transaction ID and the day)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=300, high=9000, p_round=0.5)
    app, short, long_name, idlab, layout = BILLS[k]
    low, high = [
        (500, 5000),
        (800, 9000),
        (499, 1499),
        (399, 1800),
        (250, 900),
        (800, 4200),
        (850, 1100),
        (300, 1200),
    ][k]
    j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['11', '21', '31'])}{digits(rng, 8)}",
        "Account No.": f"10{digits(rng, 8)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}",
        "VC No.": f"0{digits(rng, 10)}",
        "LPG ID": f"7{digits(rng, 16)}",
        "Connection No.": f"IMP/W/{digits(rng, 5)}",
    }[idlab]
    biller = rng.choice([short, long_name]) if layout != "listrow" else short
    way = rng.choice(["UPI", "Debit card", "Net banking"]) if layout in ("token", "fields", "mail") else "UPI"
    meth = way_method(way)
    tid = f"{rng.choice(['TX', 'PG', 'OR'])}{digits(rng, 12)}"
    bc = f"{code(rng, 2, UPPER)}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
    when_text = None if j.no_day else with_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"])
    day_labels = {
        "success": ["Paid on", "Date & time"],
        "pending": ["Initiated on"],
        "failed": ["Attempted on"],
    }[status]
    if layout == "mail":
        p = mail_page(
            rng,
            font,
            "Airtel <ebill@airtel.com>",
            ["Thank you for your payment", "Payment received - Airtel Postpaid"],
        )
        p.part = "head"
        top(p, short, merchant=short)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        on = "" if j.no_day else f" on {when(j.date, rng.choice(['%d-%b-%Y', '{d} %B %Y', '%d/%m/%Y']))}"
        p.add(
            "left",
            f"We have received your payment of {rs(j.amount)} towards your Airtel Postpaid number {ids}{on}.",
            amount=j.amount,
            status="success",
            **({} if j.no_day else {"date": j.date}),
        )
        grid(p, "ph", [(0.0, 0.34, "l"), (0.34, 0.7, "l"), (0.7, 1.0, "r")], head=True)
        grid(p, "pr", [(0.0, 0.34, "l"), (0.34, 0.7, "l"), (0.7, 1.0, "r")])
        row(p, "ph", "Payment mode", "Transaction ID", "Amount")
        shown_way = {"UPI": "UPI", "Debit card": "Debit card", "Net banking": "Net banking"}[way]
        row(p, "pr", shown_way, tid, rs(j.amount), method=meth, txn=(TXN_RANK, tid))
        p.pair(
            "Bill period",
            f"{when(j.date - dt.timedelta(days=40), '{d} %b')} - "
            f"{when(j.date - dt.timedelta(days=10), '{d} %b %Y')}",
        )
        p.pair("Amount due", rs(j.amount))
        p.part = "foot"
        p.add("small", "Bharti Airtel Ltd  |  This is an auto-generated e-mail, please do not reply.")
        return p.done()
    if layout in ("token", "fields"):
        url = {
            0: "mspdclsmart.in/prepaid/recharge/receipt",
            2: "selfcare.bsnl.co.in/quickpay/receipt",
            7: "phedmanipur.in/water/payment/receipt",
        }[k]
        p = browser_page(rng, font, url + ("" if j.no_ref else f"/{digits(rng, 8)}"))
        p.part = "head"
        top(p, biller, merchant=biller)
        p.add(
            "small",
            {
                0: "Smart prepaid - recharge receipt",
                2: "Quick pay - receipt",
                7: "Water charges - online payment",
            }[k],
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful",
                    "Recharge successful - balance updated" if k == 0 else "Payment received",
                ]
            },
        )
        items: list[tuple[str, str, dict]] = [(idlab, ids, {})]
        if k == 0:
            items.append(("Meter No.", f"MN{digits(rng, 8)}", {}))
            items.append(("Recharge amount", rs(j.amount), {"amount": j.amount}))
            items.append(("Energy charges", rs(round(j.amount * 0.92, 2)), {}))
            items.append(("Token (key in)", " ".join(digits(rng, 4) for _ in range(5)), {}))
        elif k == 7:
            period = (
                f"{when(j.date - dt.timedelta(days=95), '%b %Y')} - "
                f"{when(j.date - dt.timedelta(days=35), '%b %Y')}"
            )
            items.append(("Billing period", period, {}))
            items.append(("Amount paid", rs(j.amount), {"amount": j.amount}))
        else:
            items.append(("Customer name", f"M/S {SHORT.upper()}", {}))
            items.append(("Amount paid", rs(j.amount), {"amount": j.amount}))
        items.append(("Payment mode", way, {"method": meth}))
        if not j.no_ref:
            items.append(("Transaction ID", tid, {"txn": (TXN_RANK, tid)}))
            if way == "UPI":
                items.append(("UPI ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}))
            elif way == "Net banking":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                items.append(("Bank ref. No.", bref, {"txn": (BANK_RANK, bref)}))
        if when_text:
            items.append((rng.choice(day_labels), when_text, {"date": j.date}))
        if layout == "fields":
            fields(p, items, head=("Field", "Details"))
        else:
            two_cols(p, items)
        p.part = "foot"
        p.add(
            "small",
            "Units are added to the meter within 15 minutes."
            if k == 0
            else "Keep this receipt for your records.",
        )
        return p.done()
    p = phone_page(rng, font, k, ["Bill payment", "Receipt", ""])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payments")
    p.part = "body"
    if layout == "under":
        outcome_row(p, status, {"success": ["Bill paid", "Payment successful"]})
        under(p, rs(j.amount), "Amount paid", amount=j.amount)
        under(p, biller, "Paid to", merchant=biller)
        under(p, ids, idlab)
        under(p, f"UPI - {rng.choice(BANKS[:6])}", "Paid using", method="UPI")
        if not j.no_ref:
            under(p, bc, "Bharat Connect Ref. No.", txn=(BANK_RANK, bc))
            under(p, j.ref, "UPI Ref. No.", txn=(UTR_RANK, j.ref))
        if when_text:
            under(p, when_text, rng.choice(day_labels), date=j.date)
    elif layout == "listrow":
        p.add("left", "Bill payment")
        p.pair(biller, rs(j.amount), merchant=biller, amount=j.amount)
        p.add(
            "small",
            f"{idlab} {ids}" + ("" if j.no_day else f"  |  {hour_day(rng, j.date)}"),
            **({} if j.no_day else {"date": j.date}),
        )
        outcome_row(p, status, {"success": ["Paid", "Recharge successful"]})
        p.add("rule")
        p.pair("Paid with", "UPI", method="UPI")
        p.pair("Plan", rng.choice(["Super Family - 1 month", "Hindi Value - 1 month"]))
    else:
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful"],
                "failed": ["Payment failed - money will be refunded if debited"],
                "pending": ["Payment pending - biller confirmation awaited"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", "Bill details")
        grid(p, "gr", [(0.0, 0.5, "l"), (0.52, 1.0, "l")])
        wpair(p, "Biller", biller, merchant=biller)
        p.pair(idlab, ids)
        if k == 5:
            bill_day = when(j.date - dt.timedelta(days=rng.randrange(5, 20)), "%d/%m/%y")
            due_day = when(j.date + dt.timedelta(days=rng.randrange(3, 12)), "%d/%m/%y")
            row(p, "gr", f"Bill date: {bill_day}", f"Due date: {due_day}")
        else:
            row(p, "gr", "Cylinder: 14.2 kg", f"Refill: {rng.randrange(2, 11)} of 12")
        p.add("rule")
        p.pair("Paid from", f"UPI - {rng.choice(BANKS[:6])} {masked(rng, font)}", method="UPI")
        if not j.no_ref:
            if status != "failed":
                p.pair("Bharat Connect Ref. No.", bc, txn=(BANK_RANK, bc))
            if status == "success":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            app_id = f"{'BH' if app == 'BHIM' else 'T'}{digits(rng, 16)}"
            p.pair("Transaction ID", app_id, txn=(TXN_RANK, app_id))
        if when_text:
            p.pair(rng.choice(day_labels), when_text, date=j.date)
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


# bank, sender id, payee as the bank prints it, the way
ALERTS = [
    ("Manipur Rural Bank", "AX-MRBANK", "RINGPHAMI KASAR", "UPI"),
    ("State Bank of India", "VM-SBIUPI", "THOTREIPHI RAIKHAN", "UPI"),
    ("UCO Bank", "JD-UCOBNK", "UKHRUL ROADLINES", "NEFT"),
    ("ICICI Bank", "VK-ICICIT", "LOKTAK WEB STUDIO", "IMPS"),
    ("Union Bank of India", "BP-UNIONB", "SHIRUI BUILDERS", "RTGS"),
    ("Indian Overseas Bank", "AD-IOBCHN", "KASAR PHOTO STUDIO", "NEFT"),
    ("Kotak Mahindra Bank", "", "SINGH AND SHIMRAY ASSO", "NEFT"),
    ("IDFC FIRST Bank", "", "Hungpung Firewood Depot", "IMPS"),
]


def sms_page(rng: random.Random, font: str, sender: str, text: str, day: dt.date | None) -> Screen:
    """A messages app's thread with one message (heldout106's frame, drawn from the text): the sender id, the
    day divider (Today where the message prints no day), the bubble and its hour."""
    assert glyphs(font, text.replace("\n", " ")), (font, text)
    p = Page(font, rng, "sms", dark=rng.random() < 0.35, size=rng.choice([20, 21, 22]), width=600)
    divider = (
        "Today" if day is None or rng.random() < 0.35 else when(day, rng.choice(["{d} %B %Y", "%a, {d} %b"]))
    )
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.4)}
    )
    return p


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the secretary's and the treasurer's phones and mail: six SMS in a messages app,
    each bank's own wording, all new here (Manipur Rural Bank's "Rs.x is debited from A/c XXXX1234 on 14/10/26
    for UPI txn to <payee>, UPI Ref No <ref>. -MRB"; State Bank of India's "Dear UPI user A/C X1234 debited by
    x on date 14Oct26 trf to <payee> Refno <ref>. -SBI"; UCO Bank's "Your A/c XX1234 is debited for Rs.x on
    <day> by NEFT to <payee>, UTR <utr>. Avl Bal Rs.y -UCO Bank"; ICICI Bank's pending "IMPS of Rs x to
    <payee> on <day> is pending; the status will be updated in 24 hours. RRN <ref>"; Union Bank of India's
    "A/c *1234 Debited for Rs:x on <day> <hour> towards RTGS to <payee>. Avl Bal Rs:y"; Indian Overseas Bank's
    failed "Your NEFT of Rs.x to <payee> dated <day> could not be credited and has been returned to your A/c
    XX1234. Ref <utr>") and two e-mails (Kotak Mahindra Bank's sentence "your account XX1234 has been debited
    with INR x towards NEFT to <payee>" with the UTR and the balance under it; IDFC FIRST Bank's table of
    Debit account | Beneficiary | Amount in one row and the Date, Mode, IMPS RRN and Status under it)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=8000, high=90000)
    bank, sender, to, way = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 9000, 0.8)
    elif way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    if bank == "State Bank of India":
        j.amount = float(round(j.amount))
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 2600000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "merchant": to, "method": method, "status": status}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if bank in ("Kotak Mahindra Bank", "IDFC FIRST Bank"):
        p = mail_page(
            rng,
            font,
            f"{bank} <{'bankalerts' if bank.startswith('Kotak') else 'transaction.alerts'}@{slug(bank)}>",
            ["Debit alert from your account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if bank.startswith("Kotak"):
            p.add(
                "left",
                f"We wish to inform you that your account XX{tail} has been debited with INR {amt}",
                amount=j.amount,
                status="success",
            )
            on = "" if j.no_day else f" on {when(j.date, '%d-%m-%Y')}"
            p.add(
                "left",
                f"towards NEFT to {to}{on}.",
                merchant=to,
                method=method,
                **({} if j.no_day else {"date": j.date}),
            )
            if utr:
                p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
            p.add("left", f"Available balance: INR {bal}")
        else:
            spec = [(0.0, 0.3, "l"), (0.3, 0.72, "l"), (0.72, 1.0, "r")]
            grid(p, "ah", spec, head=True)
            grid(p, "ar", spec)
            row(p, "ah", "Debit account", "Beneficiary", "Amount")
            row(p, "ar", f"XXXXXX{tail}", to, f"INR {amt}", merchant=to, amount=j.amount)
            day_pair(p, j, ["Date", "Transaction date"], ["%d/%m/%Y", "%d-%b-%Y", "{d} %B %Y"])
            p.pair("Mode", f"{way} - mobile banking", method=method)
            if utr:
                p.pair("IMPS RRN", utr, txn=(UTR_RANK, utr))
            p.pair("Status", "Successful", status="success")
        p.part = "foot"
        p.add("small", "Did not do this? Call the bank's 24-hour helpline at once. Do not share your OTP.")
        return p.done()
    day = None if j.no_day else j.date
    if bank == "Manipur Rural Bank":
        on = "" if j.no_day else f" on {when(j.date, '%d/%m/%y')}"
        ref = f", UPI Ref No {utr}" if utr else ""
        text = (
            f"Dear Customer, Rs.{amt} is debited from A/c XXXX{tail}{on} for UPI txn to {to}{ref}. "
            "Not you? Call 1800 345 3690 -MRB"
        )
    elif bank == "State Bank of India":
        on = "" if j.no_day else f" on date {when(j.date, '%d%b%y')}"
        ref = f" Refno {utr}" if utr else ""
        text = (
            f"Dear UPI user A/C X{tail} debited by {j.amount:.1f}{on} trf to {to}{ref}. "
            "If not u? call 1800111109. -SBI"
        )
    elif bank == "UCO Bank":
        on = "" if j.no_day else f" on {when(j.date, '%d-%m-%Y')}"
        ref = f", UTR {utr}" if utr else ""
        text = (
            f"Your A/c XX{tail} is debited for Rs.{amt}{on} by NEFT to {to}{ref}. Avl Bal Rs.{bal} -UCO Bank"
        )
    elif bank == "ICICI Bank":
        on = "" if j.no_day else f" on {when(j.date, '%d-%b-%y')}"
        ref = f" RRN {utr}." if utr else ""
        text = (
            f"ICICI Bank Acct XX{tail[1:]}: IMPS of Rs {amt} to {to}{on} is pending; "
            f"the status will be updated in 24 hours.{ref}"
        )
    elif bank == "Union Bank of India":
        on = "" if j.no_day else f" on {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False, seconds=True)}"
        text = (
            f"A/c *{tail} Debited for Rs:{amt}{on} towards RTGS to {to}. "
            f"Avl Bal Rs:{bal} -Union Bank of India"
        )
    else:
        on = "" if j.no_day else f" dated {when(j.date, '%d/%m/%Y')}"
        ref = f" Ref {utr}." if utr else ""
        text = (
            f"IOB: Your NEFT of Rs.{amt} to {to}{on} could not be credited "
            f"and has been returned to your A/c XX{tail}.{ref}"
        )
    p = sms_page(rng, font, sender, text, day)
    p.add("left", text, **facts)
    return p.done()

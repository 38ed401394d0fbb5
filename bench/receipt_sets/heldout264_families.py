"""The twelve heldout264 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bastar craft house's day in 2026 in Kondagaon district, Chhattisgarh (Ghadwa
Kala Bastar Producer Company Ltd, owned by its member artisans of the Ghadwa casters, the Lohar smiths and the
Kumhar potters; its dhokra casting yard at Bhelwapadar Para, Bhelwapadar Dhokra Karyashala, where the casters
build the clay core, wind the wax threads of bee wax and dhuna (sal resin) over it, coat it in clay, melt
scrap brass in the bhatti and pour it by the lost-wax way into Nandi bulls, elephants, horse riders, Madiya
dancers, musicians, deer, lamps and trees of life, paid by the kilo of castings weighed into the store; it
casts by the kilo on a Jagdalpur designer's own brass and sells its brass ash and dross by weight to a Raipur
refiner; its wrought iron forge at Umargaon, Umargaon Loha Shilp Kendra, where the smiths beat lamps, trees of
life, horses and figures out of iron bar by the piece; its terracotta kiln at Kumharpara, Kumharpara Mati
Shilp Kendra, where the potters throw and fire the long-necked Bastar horses and elephants and the lamps by
the piece; and its showroom on G.E. Road, Telibandha, Raipur, Bastar Kala Griha, which sells to the town and
to tourists, takes hotels' lobby orders for dhokra by the kilo and keeps a stall in the Chhattisgarh pavilion
at the India International Trade Fair at Bharat Mandapam, New Delhi), told by the proofs of payment it
receives (buyers' BHIM, Navi, Amazon Pay and Paytm screens, one forwarded on WhatsApp, the showroom's own
PhonePe Business and BharatPe screens of money received, the web shop's Razorpay page and Cashfree e-mail, the
state handicraft board's and the Bhopal tribal museum's letters, TRIFED's and a Kolkata gallery's SAP advices,
a Raipur hotel's and a Bengaluru studio's bank pages forwarded on WhatsApp, two marketplaces' settlements,
importers' wires from Lyon, Zurich, London, Singapore, Dubai, Oslo, Tokyo and Taos, its own bills) and those
it makes (the brass scrap dealer's, the wax and resin trader's, the steel stockist's, the polish house's, the
box maker's and the refractory's invoices, corporate net banking to the furnace mason, the showroom's
landlord, the security agency, the chartered accountants, the solar installer, the trade fair stall
fabricator, the carrier and the photo studio, the casters' and the smiths' and potters' slips, RazorpayX
payouts, PhonePe and BHIM payments to helpers, the Nagar Palika's, the Environment Conservation Board's,
ESIC's, the Legal Metrology Department's, the GI Registry's, DGFT's, the Labour Department's and the Forest
Division's fees, the insurers' receipts, card slips, CSPDCL's power and the fibre, postpaid, DTH and gas
bills, the banks' SMS and e-mail alerts). Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills,
orders and invoices listed, commissions, TCS and TDS lines, GST lines, weights, kilos, pieces, rates, melting
loss, sacks, advances, rupee values on the wires, rates of exchange, bill amounts on a realisation, overseas
charges, sums insured, periods of cover, balances, bill and due days, heads of account, GSTIN, IFSC, BIC,
UETR, account, member, holding, ward, licence, application, BP, VC, LPG, mobile and policy numbers, purchase
orders, e-way bills, vehicle numbers, MID, TID, batch and stan numbers, WhatsApp chats' bubbles, the chats'
contact and the payer's own details carry no fact. ``Job``, ``date_row`` and ``letterhead`` are heldout167's;
``day_pair``, ``when_in`` and ``slash_rs`` heldout263's; ``neft_way`` and ``way_method`` heldout203's; ``fy``
and ``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and
``slip_page`` heldout140's; ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` and ``check`` heldout122's;
``outcome`` heldout119's; ``chat_times``, ``masked`` and ``money`` heldout118's; ``screen`` heldout116's;
``Screen`` heldout113's; ``sign`` heldout93's; ``num`` heldout82's; the messages app's frame heldout106's and
the WhatsApp chat round a forwarded screenshot heldout118's (drawn by ``compose``, heldout158's)."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, screen
from bench.receipt_sets.heldout118_families import chat_times, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import check, top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method
from bench.receipt_sets.heldout263_families import DAY_IN, day_pair, slash_rs, when_in

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOWER = "abcdefghijkmnpqrstuvwxyz"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

COMPANY = "Ghadwa Kala Bastar Producer Company Ltd"
COMPANY_CAPS = "GHADWA KALA BASTAR PRODUCER COMPANY LTD"
SHORT = "Ghadwa Kala"
YARD = "Bhelwapadar Dhokra Karyashala"
FORGE = "Umargaon Loha Shilp Kendra"
KILN = "Kumharpara Mati Shilp Kendra"
SHOWROOM = "Bastar Kala Griha"
# unit: its line, address, GST state code (Chhattisgarh 22)
UNITS = {
    "yard": (
        "Dhokra casting yard - lost-wax bell metal by member casters",
        "Bhelwapadar Para, Kondagaon - 494226, Distt. Kondagaon, Chhattisgarh",
        "22",
    ),
    "forge": (
        "Wrought iron forge - lamps and figures by member smiths",
        "Village Umargaon, Block Kondagaon - 494226, Chhattisgarh",
        "22",
    ),
    "kiln": (
        "Terracotta kiln - Bastar horses, elephants and lamps",
        "Kumharpara, Kondagaon - 494226, Chhattisgarh",
        "22",
    ),
    "showroom": (
        "Dhokra, wrought iron and terracotta of Bastar - retail and lobby orders",
        "G.E. Road, Telibandha, Raipur - 492006, Chhattisgarh",
        "22",
    ),
}
# the India International Trade Fair at Bharat Mandapam, New Delhi, 2026: 14 to 27 November
FAIR_START = dt.date(2026, 11, 14)
BANKS = [
    "State Bank of India",
    "Union Bank of India",
    "ICICI Bank",
    "Chhattisgarh Rajya Gramin Bank",
    "Bank of Maharashtra",
    "Indian Bank",
    "Kotak Mahindra Bank",
    "IDBI Bank",
    "Bank of Baroda",
    "HDFC Bank",
    "Axis Bank",
    "Punjab National Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "Chhattisgarh Rajya Gramin Bank": "SBIN",
    "Bank of Maharashtra": "MAHB",
    "Indian Bank": "IDIB",
    "Kotak Mahindra Bank": "KKBK",
    "IDBI Bank": "IBKL",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Punjab National Bank": "PUNB",
}
# item, weight of one piece in kg (low, high), rate a kg (low, high)
DHOKRA = [
    ("Dhokra Nandi (bull), 9 in", 1.2, 2.6, 1600, 2400),
    ("Dhokra elephant with rider, 7 in", 0.9, 1.8, 1700, 2500),
    ("Madiya dancers, set of 5", 1.4, 2.8, 1800, 2800),
    ("Dhokra tree of life lamp, 14 in", 2.2, 4.5, 1500, 2200),
    ("Ghotul musicians, set of 3", 0.8, 1.6, 1900, 2900),
    ("Dhokra deer pair, 6 in", 0.5, 1.1, 1700, 2600),
]
# item, price a piece (low, high)
IRON = [
    ("Wrought iron deepdan (lamp tree), 24 in", 1400, 4200),
    ("Wrought iron Bastar horse, 12 in", 900, 2600),
    ("Wrought iron tree of life wall panel", 2200, 6800),
    ("Wrought iron candle stand with bells", 650, 1800),
]
CLAY = [
    ("Terracotta Bastar horse, 18 in", 1200, 3800),
    ("Terracotta elephant with howdah, 12 in", 900, 2600),
    ("Terracotta hanging lamp", 280, 750),
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def slug(bank: str) -> str:
    return {
        "State Bank of India": "sbi.bank.in",
        "Union Bank of India": "unionbankofindia.bank.in",
        "ICICI Bank": "icicibank.com",
        "Indian Bank": "indianbank.bank.in",
        "Kotak Mahindra Bank": "kotak.com",
        "IDBI Bank": "idbibank.in",
        "Bank of Baroda": "bankofbaroda.bank.in",
        "HDFC Bank": "hdfcbank.com",
    }.get(bank, bank.split()[0].lower() + ".com")


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


def pick_fit(p: Screen, kind: str, names: list[str], room: str = "") -> str:
    """One of ``names`` that fits a row of ``kind`` with ``room`` beside it (the shortest where none does)."""
    name = p.rng.choice(names)
    if fits(p, kind, f"{name}{room}"):
        return name
    return min(names, key=len)


def merged(a: dict, b: dict) -> dict:
    """Two cells' facts on one row (the higher of two ids where both print one)."""
    out = {**a, **b}
    if "txn" in a and "txn" in b:
        out["txn"] = max(a["txn"], b["txn"])
    return out


def grid(p: Screen, cells: list[tuple[str, str, dict]]) -> None:
    """Cells two to a row, each label above its value (a form's boxes): a row of two labels, then a row of
    their two values; a cell whose pair of rows would not fit, or the odd one out, on its own label's row."""
    p.style["label_ink"] = p.style["ink"]
    i = 0
    while i < len(cells):
        if i + 1 < len(cells):
            (la, va, fa), (lb, vb, fb) = cells[i], cells[i + 1]
            if fits(p, "pair", f"{la}     {lb}") and fits(p, "pair", f"{va}      {vb}"):
                p.add("pair", la, lb)
                p.add("pair", va, vb, **merged(fa, fb))
                i += 2
                continue
        label, value, facts = cells[i]
        wrap_pair(p, label, value, **facts)
        i += 1


def two_col(
    p: Screen, left: str, right_text: str, lfacts: dict | None = None, rfacts: dict | None = None
) -> None:
    """Two "Label: value" texts on one row, the first at the left margin and the second at the right (a
    printed form's header); each on its own row where both would not fit."""
    lfacts, rfacts = lfacts or {}, rfacts or {}
    if not left or not right_text:
        text, facts = (left, lfacts) if left else (right_text, rfacts)
        p.add("left", text, **facts)
        return
    if fits(p, "pair", f"{left}      {right_text}"):
        p.add("pair", left, right_text, **merged(lfacts, rfacts))
    else:
        p.add("left", left, **lfacts)
        p.add("left", right_text, **rfacts)


def caption(p: Screen, value: str, label: str, **facts) -> None:
    """A value with its caption small under it (the value first), then a gap before the next."""
    p.add("center", value, **facts)
    p.add("small", label)
    p.add("gap")


def day_hour(rng: random.Random, day: dt.date) -> str:
    """A screen's day and hour with no label: 14 Oct 2026 at 4:12 PM, 14-10-2026 | 16:12:05, Wednesday, 14
    October 2026, 4:12 pm, 14.10.2026, 16:12."""
    pick = rng.randrange(4)
    if pick == 0:
        return f"{when(day, '{d} %b %Y')} at {hhmm(rng, zero=False)}"
    if pick == 1:
        return f"{when(day, '%d-%m-%Y')} | {hhmm(rng, twelve=False, seconds=True)}"
    if pick == 2:
        return f"{when(day, '%A, {d} %B %Y')}, {hhmm(rng, lower=True, zero=False)}"
    return f"{when(day, '%d.%m.%Y')}, {hhmm(rng, twelve=False)}"


def gst(
    p: Screen, rs, taxable: float, rate: float, inter: bool, *, labels: tuple[str, str, str] | None = None
):
    """GST at ``rate`` % on ``taxable`` (CGST and SGST at half each, or IGST); the rounded bill with it."""
    due = round(taxable * rate / 100, 2)
    cg, sg, ig = labels or (f"CGST @ {rate / 2:g}%", f"SGST @ {rate / 2:g}%", f"IGST @ {rate:g}%")
    if inter:
        p.pair(ig, rs(due))
        tax = due
    else:
        half = round(due / 2, 2)
        p.pair(cg, rs(half))
        p.pair(sg, rs(half))
        tax = 2 * half
    total = float(round(taxable + tax))
    if abs(total - (taxable + tax)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    return total


def chat_frame(
    p: Screen, rng: random.Random, j: Job, contact: str, said: list[str], answer: list[str]
) -> None:
    """heldout118's WhatsApp chat round the page drawn as a forwarded screenshot: the sender's name on top, a
    day divider (Today / Yesterday on the page that prints no day), their line, the image, the reply."""
    divider = (
        rng.choice(["Today", "Yesterday"]) if j.no_day or rng.random() < 0.4 else when(j.date, "{d} %B %Y")
    )
    bubbles = []
    if rng.random() < 0.75:
        bubbles.append(("in", rng.choice(said)))
    bubbles.append(("image", ""))
    if rng.random() < 0.7:
        bubbles.append(("out", rng.choice(answer)))
    check([text for _, text in bubbles] + [contact, divider], p.font)
    p.style["h118"] = {
        "chat": {
            "contact": contact,
            "divider": divider,
            "bubbles": bubbles,
            "times": chat_times(rng, len(bubbles)),
            "dark": rng.random() < 0.3,
            "last_seen": rng.choice(["online", "typing...", "last seen today at " + hhmm(rng, lower=True)]),
        }
    }


def sms_page(rng: random.Random, font: str, sender: str, text: str, j: Job, **facts) -> Screen:
    """heldout106's messages app: the sender id on top, a day divider (Today on the page that prints no day),
    the message in a bubble and its hour; the message is one row with the facts it prints."""
    check([text.replace("\n", " "), sender], font)
    p = Screen(font, rng, "sms", dark=rng.random() < 0.35, size=22, width=600)
    if j.no_day:
        divider = "Today"
    else:
        divider = rng.choice(
            [when(j.date, "{d} %B %Y"), when(j.date, "%A, {d} %B"), when(j.date, "%a, {d} %b")]
        )
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.4)}
    )
    p.add("left", text.replace("\n", " "), **facts)
    return p


# ---------------------------------------------------------------- 1. buyers: UPI, own apps, web shop


# the app at each place, its layout
SHOP_APPS = [
    ("BHIM", "table"),
    ("Amazon Pay", "chat"),
    ("PhonePe Business", "received"),
    ("Razorpay", "page"),
    ("Paytm", "caption"),
    ("Navi", "table"),
    ("BharatPe", "received"),
    ("Cashfree", "mail"),
]
UPI_PAYERS = [
    "Ritu Agrawal",
    "Claire Dubois",
    "Hotel Babylon Inn",
    "Arjun Verma",
    "Sneha Chandrakar",
    "Devendra Sahu",
    "Marine Drive Cafe",
    "Pooja Tiwari",
]
UPI_NOTES = (
    ["dhokra deer pair", "iron diya stand", "terracotta lamp x2", "small Nandi", "gift for didi"],
    [
        "dhokra Nandi 9in",
        "lobby horse advance",
        "tree of life panel",
        "Madiya dancers set",
        "bulk diwali gifts",
    ],
)
# the app: its UPI reference's labels, its own id's label
UPI_IDS = {
    "BHIM": (["UPI transaction ID", "UPI Ref. No."], "BHIM order ID"),
    "Navi": (["UTR", "UPI reference No."], "Navi transaction ID"),
    "Amazon Pay": (["UPI reference No.", "Bank reference No."], "Amazon Pay transaction ID"),
    "Paytm": (["UPI reference No.", "UPI Ref. No."], "Paytm transaction ID"),
    "PhonePe Business": (["UTR", "UPI Ref. No."], "Transaction ID"),
    "BharatPe": (["UTR", "UPI reference No."], "BharatPe txn ID"),
}
HANDLES = {"BHIM": "upi", "Navi": "naviaxis", "Amazon Pay": "apl", "Paytm": "ptyes"}
WEB_ORDERS = [
    ("Ms. Kavya Rao, Jayanagar, Bengaluru", "Dhokra Nandi 9 in and 2 iron diyas", 2400, 9800),
    ("Mr. Rohan Kapoor, Vasant Kunj, New Delhi", "Wrought iron tree of life wall panel", 2600, 8200),
    ("Mrs. Farida Khan, Banjara Hills, Hyderabad", "Terracotta Bastar horse pair, 18 in", 2800, 8600),
    ("Dr. Meera Pillai, Kakkanad, Kochi", "Madiya dancers, set of 5 (dhokra)", 4200, 14500),
]


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "BHIM":
        return f"BHIM{digits(rng, 14)}"
    if app == "Navi":
        return f"NV{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
    if app == "Amazon Pay":
        return f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if app == "Paytm":
        return digits(rng, 11)
    if app == "PhonePe Business":
        return f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    return f"BP{digits(rng, 16)}"


def upi_refs(p: Screen, rng: random.Random, app: str, j: Job, *, stack: bool = False) -> None:
    """The UPI reference and the app's own id, in either order (as captions on the caption layout)."""
    if j.no_ref:
        return
    labels, own_label = UPI_IDS[app]
    mine = own_id(rng, app, j)
    rows = [(rng.choice(labels), j.ref, UTR_RANK), (own_label, mine, TXN_RANK)]
    if rng.random() < 0.5:
        rows.reverse()
    for label, value, rank in rows:
        if stack:
            caption(p, value, label, txn=(rank, value))
        else:
            wrap_pair(p, label, value, txn=(rank, value))


def table_screen(
    rng: random.Random,
    font: str,
    k: int,
    j: Job,
    app: str,
    status: str,
    names: list[str] | None = None,
    notes: list[str] | None = None,
) -> tuple:
    """BHIM's and Navi's receipt as a table: the outcome, then cells two to a row, each label above its value
    (Paid to / Payee / To over the payee, Amount / Amount (INR) over the sum; Date and Time; Payee UPI ID and
    Paid from; the UPI reference and the app's own id)."""
    rs = money(rng, font, 0.5)
    p = phone_page(rng, font, k, ["Transaction details", "Payment receipt", ""])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Transaction successful", "Payment sent successfully"],
        "failed": ["Transaction failed - declined by the payee's bank"],
    }
    outcome_row(p, status, words)
    p.add("rule")
    shown = rs(j.amount)
    to = pick_fit(
        p, "pair", names or [SHOWROOM, SHOWROOM.upper(), SHORT, COMPANY_CAPS], room=f"      {shown}"
    )
    head = rng.choice(["Paid to", "Payee"]) if status == "success" else rng.choice(["To", "Payee"])
    cells = [
        (head, to, {"merchant": to}),
        (rng.choice(["Amount", "Amount (INR)"]), shown, {"amount": j.amount}),
    ]
    if not j.no_day:
        cells += [
            ("Date", when_in(j, ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"], rng), {"date": j.date}),
            ("Time", hhmm(rng, lower=rng.random() < 0.5), {}),
        ]
    stem = to.split()[0].lower() if names else rng.choice(["bastarkalagriha", "ghadwakala", "bkg.raipur"])
    handle = f"{stem}@{HANDLES[app]}"
    cells += [
        ("Payee UPI ID", handle, {"method": "UPI"}),
        ("Paid from", f"{rng.choice(BANKS[:7]).split(' of ')[0]} XX{digits(rng, 4)}", {}),
    ]
    grid(p, cells)
    p.add("rule")
    upi_refs(p, rng, app, j)
    p.pair(rng.choice(["Remarks", "Note"]), rng.choice(notes or UPI_NOTES[j.amount >= 4000]))
    if status == "failed":
        p.add("small", "No amount was debited. If it was, it comes back within 3 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["Raise a complaint  |  Share", "Need help?  |  Repeat payment"]))
    return p.done()


def caption_screen(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple:
    """Amazon Pay's and Paytm's receipt as a card of captions: the outcome and the sum large, then each value
    with its caption small under it (Receiver / Paid to / Sent to / Paying to under the payee, Receiver's UPI
    ID, Date & time / Paid on / Started on under an unlabelled day and hour, Paid from, the UPI reference and
    the app's own id); Amazon Pay's forwarded in a WhatsApp chat."""
    rs = money(rng, font, 0.6)
    chat = app == "Amazon Pay"
    if chat:
        p = screen(rng, font, "crop", dark=rng.random() < 0.25, width=600)
        p.part = "head"
        top(p, app)
    else:
        p = phone_page(rng, font, k, ["", "Payment details", "Receipt"])
        p.part = "head"
        p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Money sent"],
        "pending": ["Payment pending - awaiting confirmation from the bank"],
    }
    outcome_row(p, status, words)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), SHORT, COMPANY_CAPS])
    labels = ["Receiver", "Paid to", "Sent to"] if status == "success" else ["Receiver", "Paying to"]
    caption(p, to, rng.choice(labels), merchant=to)
    handle = f"{rng.choice(['bastarkalagriha', 'ghadwakala', 'bkg.raipur'])}@{HANDLES[app]}"
    caption(p, handle, "Receiver's UPI ID", method="UPI")
    if not j.no_day:
        caption(
            p,
            day_hour(rng, j.date),
            rng.choice(["Date & time", "Paid on"] if status == "success" else ["Started on", "Date & time"]),
            date=j.date,
        )
    caption(p, f"{rng.choice(BANKS[:7])} XX{digits(rng, 4)}", "Paid from")
    upi_refs(p, rng, app, j, stack=True)
    if status == "pending":
        p.add("small", "Do not pay again. The status updates within 48 hours.")
    p.part = "foot"
    p.add("small", rng.choice(["Share receipt  |  Get help", "Pay again  |  Report"]))
    if chat:
        payer = UPI_PAYERS[(k + rng.randrange(3)) % len(UPI_PAYERS)]
        chat_frame(
            p,
            rng,
            j,
            payer,
            [
                "Payment kar diya, pending dikha raha hai",
                "Sent for the dhokra deer pair",
                "Bhaiya screenshot dekh lo",
            ],
            [
                "Ji, credit aate hi courier kar denge",
                "Thank you, will confirm once received",
                "Johar! Thik hai",
            ],
        )
    return p.done()


def received_screen(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple:
    """The showroom's own PhonePe Business or BharatPe screen of a payment received: the outcome and the sum
    large, Received from <payer> and From UPI ID first, then Credited to / Received in / Store naming the
    showroom, Settled to its bank, the QR or soundbox, the UTR and the app's own id, Received on / Date &
    time."""
    rs = money(rng, font, 0.6)
    p = phone_page(rng, font, k, ["Payment details", "Transaction", ""])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Payment received", "Received successfully", "Money received - settled to your bank"]
    }
    outcome_row(p, status, words)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    payer = UPI_PAYERS[(k + rng.randrange(4)) % len(UPI_PAYERS)]
    wrap_pair(p, "Received from", payer)
    handle = rng.choice(["okicici", "ybl", "oksbi", "paytm"])
    vpa = f"{payer.split()[0].lower()}{rng.randrange(10, 99)}@{handle}"
    wrap_pair(p, "From UPI ID", vpa, method="UPI")
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), f"{SHOWROOM}, Raipur"])
    wrap_pair(p, rng.choice(["Credited to", "Received in", "Store"]), to, merchant=to)
    p.pair("Settled to", f"{rng.choice(['ICICI Bank', 'Union Bank of India'])} XX{digits(rng, 4)}")
    if app == "BharatPe":
        p.pair("Soundbox", f"BP-SB-{digits(rng, 6)}")
    else:
        p.pair("QR", rng.choice(["Counter 1 - Telibandha", "Billing desk QR", "Stall QR - Telibandha"]))
    upi_refs(p, rng, app, j)
    date_row(p, j, ["Received on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Share receipt  |  Download statement", "Settlements  |  Help"]))
    return p.done()


def razorpay_page(rng: random.Random, font: str, k: int, j: Job, status: str) -> tuple:
    """The web shop's Razorpay payment page after a buyer paid: the shop's name on top with its line (the
    page's payee), the outcome, the sum large, Item / Name / Email, Payment method, Razorpay payment ID, the
    UPI RRN / Auth code / Bank reference, Paid on / Date of payment; Secured by Razorpay at the foot."""
    rs = money(rng, font, 0.4)
    who, what, lo, hi = WEB_ORDERS[(k + rng.randrange(3)) % len(WEB_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.6)
    p = browser_page(
        rng, font, f"pages.razorpay.com/bastarkala/{'view' if j.no_ref else code(rng, 14, MIXED)}"
    )
    p.part = "head"
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY])
    top(p, to, merchant=to)
    p.add("small", "Dhokra, wrought iron and terracotta of Bastar  |  Raipur")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Thank you! Your payment was successful"]})
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, "Item", what)
    wrap_pair(p, "Name", who.split(",")[0])
    p.pair("Email", f"{who.split()[1].lower()}{rng.randrange(10, 99)}@gmail.com")
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"Card - {rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:3])}",
    }[way]
    p.pair("Payment method", shown, method=way)
    if not j.no_ref:
        pid = f"pay_{code(rng, 14, MIXED)}"
        p.pair("Razorpay payment ID", pid, txn=(TXN_RANK, pid))
        if way == "UPI":
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
    date_row(p, j, ["Paid on", "Date of payment"], hour=True)
    p.part = "foot"
    p.add("small", "A receipt has been sent to your e-mail.")
    p.add("small", "Secured by Razorpay  |  Razorpay Software Pvt Ltd")
    return p.done()


def cashfree_mail(rng: random.Random, font: str, k: int, j: Job, status: str) -> tuple:
    """Cashfree's e-mailed receipt to a web shop buyer: Hi <name>, the sentence "Your payment of <sum> to
    <shop> was successful.", then Payment details (Order ID, CF payment ID, Bank reference No. / Auth code,
    Payment mode, Transaction time / Paid on); sent on the shop's behalf, so said at the foot."""
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    who, what, lo, hi = WEB_ORDERS[(k + rng.randrange(3)) % len(WEB_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.5)
    to = rng.choice([SHOWROOM, COMPANY, SHOWROOM.upper()])
    p = mail_page(
        rng,
        font,
        "Cashfree Payments <receipts@cashfree.com>",
        [f"Payment receipt - {to}", f"Your payment to {to} was successful"],
    )
    p.part = "body"
    p.add("left", f"Hi {who.split()[1]},")
    shown = rs(j.amount).strip()
    p.add(
        "left",
        f"Your payment of {shown} to {to} was successful.",
        amount=j.amount,
        merchant=to,
        status=status,
    )
    p.add("left", f"Order: {what}")
    p.add("rule")
    p.add("left", "Payment details")
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    if not j.no_ref:
        oid = f"BKG{j.date:%y%m%d}{digits(rng, 4)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        cf = digits(rng, 10)
        p.pair("CF payment ID", cf, txn=(TXN_RANK, cf))
        if way == "UPI":
            p.pair("Bank reference No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
    shown_way = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Debit', 'Credit'])} card {masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:3])}",
    }[way]
    p.pair("Payment mode", shown_way, method=way)
    date_row(p, j, ["Transaction time", "Paid on"], hour=True)
    p.part = "foot"
    p.add("small", f"This receipt is sent by Cashfree Payments India Pvt Ltd on behalf of {to}.")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Raipur townsfolk, tourists, hotels and cafes paying the showroom or the company, and the web shop's
    buyers: BHIM's and Navi's receipts as tables (see ``table_screen``), Amazon Pay's (forwarded on WhatsApp)
    and Paytm's as captions under their values (``caption_screen``), the showroom's own PhonePe Business and
    BharatPe screens of money received (``received_screen``), the web shop's Razorpay page (``razorpay_page``)
    and Cashfree's e-mailed receipt (``cashfree_mail``)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=350, high=24000, p_round=0.75)
    app, layout = SHOP_APPS[k]
    if layout == "table":
        return table_screen(rng, font, k, j, app, status)
    if layout in ("chat", "caption"):
        return caption_screen(rng, font, k, j, app, status)
    if layout == "received":
        return received_screen(rng, font, k, j, app, status)
    if layout == "page":
        return razorpay_page(rng, font, k, j, status)
    return cashfree_mail(rng, font, k, j, status)


# ---------------------------------------------------------------- 2. the board, TRIFED, hotels, markets


# payer, its desk, the frame, its TDS (state / central TDS under GST, 194Q, or a marketplace's cuts)
PAYERS = [
    ("Chhattisgarh Hastshilp Vikas Board", "Pandri, Raipur", "hindi", "state"),
    (
        "Tribal Co-operative Marketing Development Federation of India Ltd",
        "TRIBES INDIA  |  NCUI Building, August Kranti Marg, New Delhi",
        "sap",
        "central",
    ),
    ("Shyam Plaza Hotels Pvt Ltd", "Pandri, Raipur", "chat", "194Q"),
    ("Ballygunge Folk Art House", "Gariahat Road, Kolkata", "sap", ""),
    ("Haathkaam Online Pvt Ltd", "Baner, Pune", "settle", "market"),
    ("Madhya Pradesh Janjatiya Sangrahalaya", "Tribal Museum, Shyamla Hills, Bhopal", "hindi", "central"),
    ("Studio Kaveri Interiors LLP", "Indiranagar, Bengaluru", "chat", ""),
    ("Loomkart Marketplace Pvt Ltd", "Sector 44, Gurugram", "settle", "market"),
]
MARKETS = {
    "Haathkaam Online Pvt Ltd": ("Haathkaam Seller Hub", "seller.haathkaam.in", "HK"),
    "Loomkart Marketplace Pvt Ltd": ("Loomkart Seller Central", "sellercentral.loomkart.com", "LK"),
}
CHAT_BANKS = {"Shyam Plaza Hotels Pvt Ltd": "HDFC Bank", "Studio Kaveri Interiors LLP": "Kotak Mahindra Bank"}
CHAT_PEOPLE = {
    "Shyam Plaza Hotels Pvt Ltd": "Vikas Jain (Shyam Plaza Accts)",
    "Studio Kaveri Interiors LLP": "Ananya - Studio Kaveri",
}


def advice_bills(rng: random.Random, j: Job, rs) -> tuple[list[tuple[str, str]], float, float]:
    """One to three of the company's bills (dhokra, iron and terracotta, GST at 5%): their rows, the sum
    with GST, the value before GST; a bill's own day written after "dt." on some (never on the page without
    a day)."""
    bills = []
    gross = base = 0.0
    dated = rng.random() < 0.55 and not j.no_day
    pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "{d}-%b-%y"])
    for _ in range(rng.randrange(1, 4)):
        value = float(rng.randrange(6000, 160000, 10))
        base += value
        with_gst = round(value * 1.05, 2)
        gross += with_gst
        day = earlier(rng, j, 12, 90)
        bill = f"GKB/{fy(day)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(day, pat)}"
        bills.append((bill, rs(with_gst)))
    return bills, round(gross, 2), round(base, 2)


def tds_cut(kind: str, base: float, inter: bool, hindi: bool) -> list[tuple[str, float]]:
    """The payer's TDS: under GST (CGST and SGST @ 1% within the state, IGST @ 2% across it), or u/s 194Q."""
    less = "Ghatayen" if hindi else "Less"
    if kind in ("state", "central"):
        if inter:
            return [(f"{less}: TDS (GST) - IGST @ 2%", round(base * 0.02, 2))]
        half = round(base * 0.01, 2)
        return [(f"{less}: TDS (GST) - CGST @ 1%", half), (f"{less}: TDS (GST) - SGST @ 1%", half)]
    if kind == "194Q":
        return [(f"{less}: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    return []


def hindi_letter(rng, font, j: Job, status: str, payer: str, desk: str, kind: str) -> tuple:
    """A board's or a museum's letter in Hindi in Latin letters: the payer on top, Kramank (letter No.) and
    Dinank (date) on one row, Prati, (To,) over the managing director's line and the payee, Vishay (subject),
    Mahoday, a sentence, the bills (Bill kr. <bill>), Kul bill rashi (GST sahit), the TDS rows (Ghatayen: TDS
    (GST) - CGST @ 1% ...), Bhugtan rashi (net paid) / Lautayi gayi rashi (amount returned), Madhyam (mode),
    UTR, the status in Hindi and English."""
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    inter = "Bhopal" in desk
    bills, gross, base = advice_bills(rng, j, rs)
    tds = tds_cut(kind, base, inter, True)
    cut = 0.0
    cuts: list[tuple[str, float]] = []
    if rng.random() < 0.4:
        bad = rng.randrange(1, 4)
        cut = round(bad * rng.randrange(1200, 4800, 10) * 1.05, 2)
        cuts.append((f"Ghatayen: Toot-phoot (broken in transit) - {bad} nag", cut))
    j.amount = round(gross - sum(v for _, v in tds) - cut, 2)
    way = neft_way(rng, j.amount)
    payee = ours(rng)
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, payer if fits(p, "title", payer) else payer.upper())
    p.add("small", f"{desk}  |  Lekha shakha (Accounts)")
    p.add("rule")
    p.part = "body"
    doc = f"{rng.choice(['CHVB', 'JSB'])}/Lekha/{fy(j.date)}/{rng.randrange(100, 9999)}"
    day = "" if j.no_day else f"Dinank: {when_in(j, ['%d.%m.%Y', '%d/%m/%Y', '%d-%m-%Y'], rng)}"
    two_col(
        p,
        "" if j.no_ref else f"Kramank: {doc}",
        day,
        {} if j.no_ref else {"txn": (INVOICE_RANK, doc)},
        {} if j.no_day else {"date": j.date},
    )
    p.add("left", "Prati,")
    p.add("left", rng.choice(["Prabandh Sanchalak,", "The Managing Director,"]))
    p.add("left", payee, merchant=payee)
    p.add("left", "Bhelwapadar Para, Kondagaon (C.G.) - 494226")
    p.add("left", "Vishay: Aapke bilon ke viruddh bhugtan ki soochna (payment against your bills)")
    p.add("left", "Mahoday,")
    if status == "success":
        p.add("left", f"Aapke nimnlikhit bilon ka bhugtan {way} dwara aapke khate mein kar diya gaya hai.")
    else:
        p.add("left", f"Aapke nimnlikhit bilon ka {way} bhugtan bank dwara lautaya gaya hai.")
    for bill, value in bills:
        wrap_pair(p, f"Bill kr. {bill}", value)
    p.pair("Kul bill rashi (GST sahit)", rs(gross))
    for label, value in tds + cuts:
        wrap_pair(p, label, rs(value))
    p.pair(
        "Bhugtan rashi (net paid)" if status == "success" else "Lautayi gayi rashi (amount returned)",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Madhyam (mode)", way, method="netbanking")
    if status == "success" and not j.no_ref:
        ref = bank_ref(rng, j, "State Bank of India", way)
        p.pair("IMPS ref." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    words = {
        "success": ["Bhugtan jaari - aapke khate mein jama (payment released)"],
        "failed": ["Bhugtan vaapas - khate ka naam mel nahin khata (returned by bank)"],
    }
    outcome_row(p, status, words)
    p.part = "foot"
    right(p, "Lekhadhikari (Accounts Officer)")
    p.add("small", "Pratilipi: Karyashala prabhari, Bhelwapadar, Kondagaon")
    return p.done()


def sap_advice(rng, font, j: Job, status: str, payer: str, desk: str, kind: str) -> tuple:
    """An ERP's printed PAYMENT ADVICE / VENDOR PAYMENT ADVICE in two columns: Payee: <payee> beside Payment
    doc.: <no.>, Vendor code beside Posting date, Bank beside Mode, A/c beside UTR; then the documents with
    their amounts under a Document / your reference | Amount (INR) head, the TDS or a cut, Amount paid / Net
    amount, and the status."""
    rs = money(rng, font, 0.0, marks=("", "INR", "Rs."))
    inter = True
    bills, gross, base = advice_bills(rng, j, rs)
    tds = tds_cut(kind, base, inter, False)
    cut = 0.0
    if not kind and rng.random() < 0.5:
        cut = round((gross - sum(v for _, v in tds)) * 0.015, 2)
        tds.append(("Less: Cash discount @ 1.5% (paid in 10 days)", cut))
    j.amount = round(gross - sum(v for _, v in tds), 2)
    way = neft_way(rng, j.amount)
    payee = ours(rng)
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, payer if fits(p, "title", payer) else "TRIBES INDIA")
    p.add("small", desk)
    p.add("center", rng.choice(["PAYMENT ADVICE", "VENDOR PAYMENT ADVICE"]))
    p.add("rule")
    p.part = "body"
    doc = f"15{digits(rng, 8)}"
    two_col(
        p,
        f"Payee: {payee}",
        "" if j.no_ref else f"Payment doc.: {doc}",
        {"merchant": payee},
        {} if j.no_ref else {"txn": (INVOICE_RANK, doc)},
    )
    two_col(
        p,
        f"Vendor code: {rng.randrange(300000, 399999)}",
        "" if j.no_day else f"Posting date: {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}",
        {},
        {} if j.no_day else {"date": j.date},
    )
    two_col(p, f"Bank: {rng.choice(BANKS[:3])}, Kondagaon", f"Mode: {way}", {}, {"method": "netbanking"})
    if status == "success" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(["Union Bank of India", "State Bank of India"]), way)
        lab = "IMPS ref." if way == "IMPS" else "UTR"
        two_col(p, f"A/c: XXXXXXX{digits(rng, 4)}", f"{lab}: {ref}", {}, {"txn": (UTR_RANK, ref)})
    p.add("rule")
    p.add("pair", "Document / your reference", "Amount (INR)")
    for bill, value in bills:
        wrap_pair(p, f"{rng.choice(['51', '52'])}{digits(rng, 8)}  {bill}", value)
    for label, value in tds:
        wrap_pair(p, label, rs(value))
    p.pair(rng.choice(["Amount paid", "Net amount"]), rs(j.amount), amount=j.amount)
    words = {"success": ["Payment executed - credited to your account", "Status: Paid"]}
    outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "This is a computer generated advice and needs no signature.")
    return p.done()


def chat_bank_page(rng, font, j: Job, status: str, payer: str) -> tuple:
    """A hotel's or a studio's bank page after its NEFT / IMPS to the company, forwarded on WhatsApp by its
    accountant: the bank on top, the outcome, the sum large, Beneficiary name, Beneficiary A/c, IFSC, From
    A/c, UTR No. / UTR / IMPS ref. No. / RRN, Transaction ref. No. (the bank's), Transaction date / Date &
    time / Scheduled on / Submitted on, Remarks."""
    rs = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs."))
    bank = CHAT_BANKS[payer]
    base = rupees(rng, 18000, 240000, 0.5)
    j.amount = round(base - (round(base / 1.05 * 0.001, 2) if "Hotels" in payer else 0), 2)
    way = "NEFT" if j.amount > 200000 or status == "pending" else rng.choice(["NEFT", "IMPS"])
    p = screen(rng, font, "crop", dark=rng.random() < 0.2, width=600)
    p.part = "head"
    top(p, bank)
    p.add("small", f"NetBanking  |  Funds transfer - {way}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transaction successful", "Funds transferred successfully"],
        "pending": ["Scheduled - will go in the next NEFT batch"],
    }
    outcome_row(p, status, words)
    p.add("big", rs(j.amount), amount=j.amount)
    payee = rng.choice([COMPANY_CAPS, SHORT.upper(), COMPANY])
    wrap_pair(p, "Beneficiary name", payee, merchant=payee)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"ICIC000{digits(rng, 4)}")
    p.pair("Mode", way, method="netbanking")
    p.pair("From A/c", f"XX{digits(rng, 4)}")
    if not j.no_ref and status == "success":
        ref = bank_ref(rng, j, bank, way)
        lab = ["IMPS ref. No.", "RRN"] if way == "IMPS" else ["UTR No.", "UTR"]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    if not j.no_ref:
        tref = f"{'HB' if bank == 'HDFC Bank' else 'KM'}{digits(rng, 12)}"
        p.pair("Transaction ref. No.", tref, txn=(BANK_RANK, tref))
    date_row(
        p,
        j,
        ["Transaction date", "Date & time"] if status == "success" else ["Scheduled on", "Submitted on"],
        hour=True,
    )
    wrap_pair(p, "Remarks", f"GKB bills {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
    chat_frame(
        p,
        rng,
        j,
        CHAT_PEOPLE[payer],
        [
            "Payment done for your bills",
            "NEFT kar diya hai, check kar lijiye",
            "Sharing the payment screenshot",
        ],
        ["Thank you sir, will confirm", "Ji, dhanyavad", "Received the screenshot, thanks"],
    )
    return p.done()


def settlement_page(rng, font, j: Job, status: str, payer: str) -> tuple:
    """A marketplace's settlement page: the seller hub on top, the outcome, Seller / Seller name / Settled to
    (seller), Settlement ID, Bank UTR, Settlement date / Paid on, Mode, then the orders under an Order | Order
    value (incl. GST) head, Total order value, Less: Commission, Less: GST @ 18% on commission, Less: TCS
    under GST @ 0.5%, Less: TDS u/s 194-O @ 0.1%, and the Net settlement amount / Amount settled."""
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR "))
    hub, host, tag = MARKETS[payer]
    sid = f"{tag}STL{j.date:%y%m%d}{digits(rng, 5)}"
    p = browser_page(rng, font, f"{host}/payments/settlements/{'list' if j.no_ref else sid}")
    p.part = "head"
    top(p, hub)
    p.add("small", f"{payer}  |  Payments  |  Settlement details")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Settled to your bank account", "Settlement completed"]})
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Seller", "Seller name", "Settled to (seller)"]), payee, merchant=payee)
    orders = []
    gross = 0.0
    for _ in range(rng.randrange(2, 6)):
        qty = rng.randrange(1, 5)
        value = round(qty * rng.randrange(900, 9000, 10) * 1.05, 2)
        gross += value
        orders.append((f"{tag}{digits(rng, 9)}  ({qty} pcs)", value))
    gross = round(gross, 2)
    share = rng.choice([12, 15, 18])
    comm = round(gross * share / 100, 2)
    gst_c = round(comm * 0.18, 2)
    tcs = round(gross / 1.05 * 0.005, 2)
    tds = round(gross / 1.05 * 0.001, 2)
    j.amount = round(gross - comm - gst_c - tcs - tds, 2)
    way = neft_way(rng, j.amount)
    if not j.no_ref:
        p.pair("Settlement ID", sid, txn=(TXN_RANK, sid))
        ref = bank_ref(rng, j, "ICICI Bank", way)
        p.pair("Bank UTR", ref, txn=(UTR_RANK, ref))
    day_pair(p, j, ["Settlement date", "Paid on"], DAY_IN)
    p.pair("Mode", f"{way} to current A/c XX{digits(rng, 4)}", method="netbanking")
    p.add("rule")
    p.add("pair", "Order", "Order value (incl. GST)")
    for label, value in orders:
        p.pair(label, rs(value))
    p.pair("Total order value", rs(gross))
    p.pair(f"Less: Commission @ {share}%", rs(comm))
    p.pair("Less: GST @ 18% on commission", rs(gst_c))
    p.pair("Less: TCS under GST @ 0.5%", rs(tcs))
    p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
    p.pair(rng.choice(["Net settlement amount", "Amount settled"]), rs(j.amount), amount=j.amount)
    p.part = "foot"
    p.add("small", "TCS under GST reaches your electronic cash ledger once the marketplace files its GSTR-8.")
    return p.done()


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Chhattisgarh Hastshilp Vikas Board and the Bhopal tribal museum (Hindi letters, ``hindi_letter``),
    TRIFED (Tribes India) and a Kolkata gallery (ERP payment advices in two columns, ``sap_advice``), a Raipur
    hotel and a Bengaluru interiors studio (their bank pages forwarded on WhatsApp, ``chat_bank_page``) and
    two marketplaces (settlement pages, ``settlement_page``) paying for dhokra, iron and terracotta."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, desk, frame, kind = PAYERS[k]
    if frame == "hindi":
        return hindi_letter(rng, font, j, status, payer, desk, kind)
    if frame == "sap":
        return sap_advice(rng, font, j, status, payer, desk, kind)
    if frame == "chat":
        return chat_bank_page(rng, font, j, status, payer)
    return settlement_page(rng, font, j, status, payer)


# ---------------------------------------------------------------- 3. importers' wires


# remitter, town, currency, its bank, sum (low, high), the layout, our bank
IMPORTERS = [
    (
        "Atelier Terre et Bronze SARL",
        "Rue Merciere, Lyon, France",
        "EUR",
        "LCL - Le Credit Lyonnais",
        1500,
        26000,
    ),
    (
        "Limmat Handwerk GmbH",
        "Niederdorfstrasse, Zurich, Switzerland",
        "CHF",
        "UBS Switzerland AG",
        1400,
        24000,
    ),
    (
        "Camden Folk & Tribal Ltd",
        "Camden High Street, London, UK",
        "GBP",
        "Barclays Bank UK PLC",
        1200,
        21000,
    ),
    ("Marina Bay Artisan Pte Ltd", "Bayfront Avenue, Singapore", "SGD", "DBS Bank Ltd", 2000, 36000),
    (
        "Al Fahidi Heritage Trading LLC",
        "Al Fahidi Street, Dubai, UAE",
        "AED",
        "Emirates NBD Bank PJSC",
        5000,
        90000,
    ),
    ("Oslo Brukskunst AS", "Grunerlokka, Oslo, Norway", "NOK", "DNB Bank ASA", 15000, 260000),
    (
        "Nakameguro Craft Co., Ltd",
        "Kamimeguro, Meguro-ku, Tokyo, Japan",
        "JPY",
        "Mizuho Bank, Ltd.",
        200000,
        2900000,
    ),
    (
        "Tribal Arts of Taos LLC",
        "Paseo del Pueblo Norte, Taos, NM, USA",
        "USD",
        "Wells Fargo Bank, N.A.",
        1300,
        25000,
    ),
]
WIRE_LAYOUT = ["columns", "realisation", "remitter", "mail", "columns", "realisation", "remitter", "mail"]
WIRE_BANKS = [
    "State Bank of India",
    "ICICI Bank",
    "",
    "Union Bank of India",
    "Bank of Baroda",
    "ICICI Bank",
    "",
    "State Bank of India",
]
WIRE_RATES = {
    "EUR": (97.0, 102.0),
    "CHF": (101.0, 108.0),
    "GBP": (113.0, 119.0),
    "SGD": (66.0, 70.0),
    "AED": (23.5, 24.8),
    "NOK": (8.0, 8.9),
    "JPY": (0.57, 0.62),
    "USD": (86.5, 91.0),
}
REMITTER_PORTALS = {
    "GBP": ("Barclays", "bank.barclays.co.uk/olb/payments/international/confirmation", "Our fee", 15.0),
    "JPY": ("Mizuho Direct", "www.mizuhobank.co.jp/direct/remittance/complete", "Remittance fee", 4000.0),
}


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: euros the French way (12 450,50 EUR, the euro sign after the sum where
    the face draws it, EUR 12 450,50); Swiss francs with apostrophes (CHF 12'450.50, 12'450.50 CHF); pounds
    (the pound sign or GBP before); Singapore dollars (S$ / SGD); dirhams (AED before or after); Norwegian
    kroner with spaces and a decimal comma (NOK 12 450,50, kr 12 450,50); yen whole (JPY 1,245,000, the yen
    sign where the face draws it, 1,245,000 yen); US dollars (USD / US$)."""
    if cur in ("EUR", "NOK"):
        if cur == "EUR":
            euro = sign(font, "\u20ac", "EUR")
            form = rng.choice([("", f" {euro}"), ("EUR ", ""), ("", " EUR")])
        else:
            form = rng.choice([("NOK ", ""), ("kr ", "")])

        def spaced(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            return f"{form[0]}{body}{form[1]}"

        return spaced
    if cur == "CHF":
        after = rng.random() < 0.4

        def franc(value: float) -> str:
            body = f"{value:,.2f}".replace(",", "'")
            return f"{body} CHF" if after else f"CHF {body}"

        return franc
    if cur == "JPY":
        form = rng.choice([("JPY ", ""), (sign(font, "\u00a5", "JPY "), ""), ("", " yen")])

        def yen(value: float) -> str:
            return f"{form[0]}{value:,.0f}{form[1]}"

        return yen
    if cur == "AED" and rng.random() < 0.4:

        def dirham(value: float) -> str:
            return f"{value:,.2f} AED"

        return dirham
    mark = rng.choice(
        {
            "GBP": [sign(font, "\u00a3", "GBP "), "GBP "],
            "SGD": ["S$", "SGD "],
            "AED": ["AED "],
            "USD": ["USD ", "US$"],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def wire_sum(rng: random.Random, cur: str, lo: int, hi: int) -> float:
    if cur == "JPY":
        return float(
            rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, 500, rng.randrange(1000)])
        )
    if rng.random() < 0.6:
        return round(rng.uniform(lo, hi), 2)
    return float(rng.randrange(lo // 50, hi // 50) * 50)


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Lyon, a Zurich, a London, a Singapore, a Dubai, an Oslo, a Tokyo and a Taos shop paying for dhokra,
    iron and terracotta, in four layouts: a printed INWARD REMITTANCE ADVICE / ADVICE OF INWARD REMITTANCE
    with the parties in two columns (REMITTER | BENEFICIARY over their names, towns and banks; Advice No.
    beside Value date / Returned on; Amount of remittance / Amount returned to remitter; Exchange rate, INR
    equivalent, Less: Commission and GST, Net credit to your account (INR); the status at the foot); a printed
    EXPORT BILL REALISATION ADVICE / MEMO OF REALISATION (Our bill ref., Your invoice, Realised on / Date of
    realisation / Funds received on, Drawee (buyer), Drawer (exporter), Bill amount (FCY), Less: Overseas bank
    charges, Amount realised (FCY) / Amount received (FCY), the rupees on the realised one, Shipping bill No.
    and SB date); the remitter's own bank's confirmation page (Barclays, Mizuho Direct: Payment sent / Your
    international payment has been sent, the sum large, Payee name / Beneficiary name / Paid to, Payee's bank,
    SWIFT / BIC, Payment type, Charges, Our fee / Remittance fee, Reference for payee, Payment date / Date
    sent, Confirmation number / Payment reference, From account); and the bank's e-mail whose sentence tells
    the credit ("<sum> from <remitter> has been credited to your account XXXX1234 on <day>.", then
    Beneficiary, Remitter's bank, IRM No., Rate of exchange, INR credited, Purpose code, Channel)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    j.amount = wire_sum(rng, cur, lo, hi)
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    layout = WIRE_LAYOUT[k]
    bank = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d %b %Y", "%d.%m.%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%Y-%m-%d"]
    inv_day = earlier(rng, j, 20, 70)
    inv = f"GKB/EXP/{rng.randrange(1, 90):03d}/{fy(inv_day)}"
    if layout == "remitter":
        brand, url, fee_label, fee = REMITTER_PORTALS[cur]
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, brand)
        p.add("small", f"International payment  |  {payer}")
        p.add("rule")
        p.part = "body"
        words = {"success": ["Payment sent", "Your international payment has been sent"]}
        outcome_row(p, status, words)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        wrap_pair(p, rng.choice(["Payee name", "Beneficiary name", "Paid to"]), me, merchant=me)
        wrap_pair(p, "Payee's bank", "State Bank of India, Kondagaon Branch, India")
        p.pair("SWIFT / BIC", "SBININBB" + rng.choice(["", "XXX"]))
        p.pair("Account No.", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Payment type", "International payment (SWIFT)", method="netbanking")
        p.pair("Charges", rng.choice(["Shared (SHA)", "Paid by us (OUR)"]))
        p.pair(fee_label, show(fee))
        wrap_pair(p, "Reference for payee", f"INV {inv}")
        day_pair(p, j, ["Payment date", "Date sent"], pats)
        if not j.no_ref:
            cid = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Confirmation number", "Payment reference"]), cid, txn=(TXN_RANK, cid))
        p.pair("From account", f"{payer.split(' ')[0]} ... ****{digits(rng, 4)}")
        p.part = "foot"
        p.add("small", "Payments sent before the cut-off reach most banks abroad in 1 to 3 working days.")
        return p.done()
    if layout == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <tradeservices@{slug(bank)}>",
            ["Credit of export proceeds", "Inward remittance credited to your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Trade Services  |  Inward remittances")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        day = when_in(j, pats, rng)
        p.add(
            "left",
            f"{show(j.amount)} from {payer} has been credited to your account XXXX{digits(rng, 4)} on {day}.",
            amount=j.amount,
            cur=cur,
            date=j.date,
            status=status,
        )
        p.add("rule")
        wrap_pair(p, "Beneficiary", me, merchant=me)
        wrap_pair(p, "Remitter's bank", pbank)
        if not j.no_ref:
            irm = f"IRM{IFSC[bank]}{digits(rng, 10)}"
            p.pair("IRM No.", irm, txn=(BANK_RANK, irm))
        inr = round(j.amount * rate, 2)
        p.pair("Rate of exchange", f"1 {cur} = INR {rate}")
        p.pair("INR credited", f"INR {num(inr)}")
        p.pair("Purpose code", "P0102 - Realisation of export bills")
        p.pair("Channel", "SWIFT gpi (MT103)", method="netbanking")
        p.part = "foot"
        p.add("small", f"Regards,  Trade Services, {bank}")
        p.add("small", "Settle this remittance against the shipping bill on EDPMS within 15 days.")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, bank.upper() if rng.random() < 0.4 else bank)
    p.add("small", rng.choice(["International Banking Branch, Raipur", "Forex Centre, Jail Road, Raipur"]))
    if layout == "columns":
        p.add("center", rng.choice(["INWARD REMITTANCE ADVICE", "ADVICE OF INWARD REMITTANCE"]))
        p.add("rule")
        p.part = "body"
        irm = f"IRM{IFSC[bank]}{digits(rng, 10)}"
        day_label = {"success": "Value date", "failed": "Returned on"}[status]
        two_col(
            p,
            "" if j.no_ref else f"Advice No.: {irm}",
            "" if j.no_day else f"{day_label}: {when_in(j, pats, rng)}",
            {} if j.no_ref else {"txn": (BANK_RANK, irm)},
            {} if j.no_day else {"date": j.date},
        )
        p.add("rule")
        names = [me, COMPANY_CAPS, SHORT.upper()]
        mine = pick_fit(p, "pair", names, room=f"      {payer}")
        if fits(p, "pair", f"{payer}      {mine}"):
            p.add("pair", "REMITTER", "BENEFICIARY")
            p.add("pair", payer, mine, merchant=mine)
            p.add("pair", city.split(", ")[-1], "Kondagaon, Chhattisgarh")
            p.add("pair", pbank, f"A/c XXXXXXXX{digits(rng, 4)}")
        else:
            wrap_pair(p, "REMITTER", f"{payer}, {city}")
            wrap_pair(p, "BENEFICIARY", mine, merchant=mine)
        p.add("rule")
        p.pair(
            "Amount of remittance" if status == "success" else "Amount returned to remitter",
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        if status == "success":
            inr = round(j.amount * rate, 2)
            chg = round(float(rng.choice([300, 500, 750])) * 1.18, 2)
            p.pair("Exchange rate", f"1 {cur} = INR {rate}")
            p.pair("INR equivalent", num(inr))
            p.pair("Less: Commission and GST", num(chg))
            p.pair("Net credit to your account (INR)", num(round(inr - chg, 2)))
        p.pair("Purpose code", "P0102 - Realisation of export bills")
        p.pair("Mode", "SWIFT MT103", method="netbanking")
        words = {
            "success": ["Credited to your account", "Status: Credited"],
            "failed": ["Recalled by the remitter's bank - funds returned, not credited"],
        }
        p.add("rule")
        outcome_row(p, status, words)
    else:
        p.add("center", rng.choice(["EXPORT BILL REALISATION ADVICE", "MEMO OF REALISATION"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            ebr = f"EBR{IFSC[bank]}{digits(rng, 9)}"
            p.pair("Our bill ref.", ebr, txn=(BANK_RANK, ebr))
        wrap_pair(p, "Your invoice", f"{inv} dt. {when(inv_day, '%d.%m.%Y')}")
        day_pair(
            p,
            j,
            ["Realised on", "Date of realisation"] if status == "success" else ["Funds received on"],
            pats,
        )
        wrap_pair(p, "Drawee (buyer)", f"{payer}, {city}")
        wrap_pair(p, "Drawer (exporter)", me, merchant=me)
        charge = {"JPY": 2500.0, "NOK": 250.0, "AED": 75.0}.get(cur, 20.0)
        p.pair("Bill amount (FCY)", show(j.amount + charge))
        p.pair("Less: Overseas bank charges", show(charge))
        p.pair(
            "Amount realised (FCY)" if status == "success" else "Amount received (FCY)",
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        if status == "success":
            inr = round(j.amount * rate, 2)
            p.pair("Rate", f"INR {rate} per {cur}")
            p.pair("INR credited", num(inr))
        p.pair("Received through", "SWIFT MT103", method="netbanking")
        p.pair("Shipping bill No.", str(rng.randrange(1000000, 9999999)))
        if not j.no_day:
            p.pair("SB date", when(inv_day + dt.timedelta(days=rng.randrange(1, 6)), "%d.%m.%Y"))
        words = {
            "success": ["Bill realised - proceeds credited to your account"],
            "pending": ["Proceeds held - give the purpose code and invoice copy to realise the bill"],
        }
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "This advice is computer generated. Report any discrepancy within 7 days.")
    return p.done()


# ---------------------------------------------------------------- 4. showroom, yard, forge, accounts


# the party, the way it paid, the unit, the kind of bill, across states
SALES = [
    ("Mrs. Nidhi Agrawal, Shankar Nagar, Raipur", "UPI", "showroom", "retail", False),
    ("Mr. Julien Moreau, Lyon, France", "card", "showroom", "retail", False),
    ("Hotel Kalinga Grand, VIP Road, Raipur", "cheque", "showroom", "lobby", False),
    ("Janpath Tribal Emporium, New Delhi", "NEFT", "yard", "wholesale", True),
    ("Studio Indravati Designs, Jagdalpur", "cheque", "yard", "job", False),
    ("Dandami Resorts Pvt Ltd, Chitrakote, Bastar", "NEFT", "forge", "iron", False),
    ("Shree Metal Refiners, Urla Industrial Area, Raipur", "cash", "yard", "dross", False),
    ("Nayantara Corporate Gifts LLP, Koramangala, Bengaluru", "NEFT", "accounts", "advance", True),
]
SALE_HEADS = {
    "lobby": ["ORDER BILL - LOBBY DHOKRA BY WEIGHT", "LOBBY ORDER BILL - WAJAN SE (PER KG)"],
    "wholesale": ["WHOLESALE BILL - DHOKRA BY THE KILO", "THOK BIKRI BILL - PRATI KILO"],
    "job": ["JOB WORK BILL - CASTING ON PARTY'S BRASS", "DHALAI MAZDOORI BILL - PARTY KA PEETAL"],
    "dross": ["BRASS ASH AND DROSS MEMO - BY WEIGHT", "DHATU RAAKH BIKRI MEMO - WAJAN SE"],
}
SALE_SEALS = {
    "showroom": ("BASTAR KALA GRIHA", "TELIBANDHA, RAIPUR"),
    "yard": ("BHELWAPADAR DHOKRA KARYASHALA", "KONDAGAON"),
    "forge": ("UMARGAON LOHA SHILP KENDRA", "KONDAGAON"),
    "accounts": ("GHADWA KALA BASTAR", "ACCOUNTS, KONDAGAON"),
}


def sale_name(rng: random.Random, unit: str) -> str:
    name = {"showroom": SHOWROOM, "yard": YARD, "forge": FORGE, "accounts": COMPANY}[unit]
    return rng.choice([name, name.upper(), COMPANY] if unit != "accounts" else [COMPANY, COMPANY_CAPS])


def pos_bill(rng, font, k: int, j: Job, status: str, party: str, way: str) -> tuple:
    """The showroom's billing counter's printed bill: the showroom on top with its "A unit of" line, TAX
    INVOICE / RETAIL INVOICE, Bill No: beside Date:, Counter: beside Time:, Customer, the pieces under an Item
    | Amount head (each piece's name, then its quantity x rate), Sub total, an offer, CGST and SGST at 2.5%,
    Round off, NET AMOUNT, then the tender (Paid by UPI / Tender - UPI / Tender - Card / Paid by card) with
    the UPI RRN or the card and its Approval code, Items / Qty, and PAID - JOHAR, VISIT AGAIN / PAYMENT
    RECEIVED - JOHAR / PAID - THANK YOU."""
    rs = money(rng, font, 0.0, marks=("", "Rs.", "\u20b9"))
    p = slip_page(rng, font)
    p.part = "head"
    me = rng.choice([SHOWROOM, SHOWROOM.upper()])
    top(p, me, merchant=me)
    p.add("small", f"A unit of {COMPANY}")
    p.add("small", "G.E. Road, Telibandha, Raipur - 492006")
    p.add(
        "small", f"GSTIN: 22{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}"
    )
    p.add("center", rng.choice(["TAX INVOICE", "RETAIL INVOICE"]))
    p.add("rule")
    p.part = "body"
    no = f"BKG/{fy(j.date)}/{rng.randrange(1, 9999):05d}"
    two_col(
        p,
        "" if j.no_ref else f"Bill No: {no}",
        "" if j.no_day else f"Date: {when_in(j, ['%d/%m/%y', '%d-%m-%Y', '%d/%m/%Y'], rng)}",
        {} if j.no_ref else {"txn": (INVOICE_RANK, no)},
        {} if j.no_day else {"date": j.date},
    )
    two_col(p, f"Counter: {rng.randrange(1, 3)}", f"Time: {hhmm(rng, twelve=False)}")
    p.add("left", f"Customer: {party.split(',')[0]}")
    p.add("rule")
    p.add("pair", "Item", "Amount")
    taxable = 0.0
    count = lines = 0
    pool = [(item, lo * 2, hi * 3) for item, _, _, lo, hi in DHOKRA] + IRON + CLAY
    for item, lo, hi in rng.sample(pool, rng.randrange(1, 4)):
        qty = rng.randrange(1, 4)
        rate = float(rng.randrange(lo, hi, 10))
        value = round(qty * rate, 2)
        taxable += value
        count += qty
        lines += 1
        p.add("left", item)
        p.pair(f"  {qty} x {num(rate, 'western')}", rs(value))
    p.add("rule")
    p.pair("Sub total", rs(taxable))
    if k == 1 or rng.random() < 0.4:
        label, share = rng.choice([("Less: Festive offer 10%", 0.1), ("Less: Member discount 5%", 0.05)])
        off = round(taxable * share, 2)
        p.pair(label, rs(off))
        taxable = round(taxable - off, 2)
    j.amount = gst(p, rs, taxable, 5, False, labels=("CGST 2.5%", "SGST 2.5%", "IGST 5%"))
    p.pair("NET AMOUNT", rs(j.amount))
    p.add("rule")
    if way == "UPI":
        p.pair(rng.choice(["Paid by UPI", "Tender - UPI"]), rs(j.amount), amount=j.amount, method="UPI")
        if not j.no_ref:
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
    else:
        p.pair(rng.choice(["Tender - Card", "Paid by card"]), rs(j.amount), amount=j.amount, method="card")
        p.pair("Card", f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    p.pair("Items / Qty", f"{lines} / {count}")
    words = ["PAID - JOHAR, VISIT AGAIN", "PAYMENT RECEIVED - JOHAR", "PAID - THANK YOU"]
    p.add("center", rng.choice(words), status=status)
    p.part = "foot"
    p.add("small", "Exchange within 7 days with this bill. No cash refund.")
    p.add("small", "Every piece is cast or forged by hand; no two are alike.")
    return p.done()


def weight_bill(
    rng, font, k: int, j: Job, status: str, party: str, way: str, unit: str, kind: str, inter: bool
):
    """The showroom's lobby order bill, the yard's wholesale bill by the kilo, its job work bill on a
    designer's own brass and its brass ash and dross memo (paper: the unit on top with its "A unit of" line;
    the number and the day in boxes, each label above its value, two to a row, with Place of supply and an
    order, challan or transport box; the party under Kharidar (buyer) / Buyer / Hotel / Job for (designer) /
    Party (metal owner) / Refiner (buyer); the castings by pieces and kilos @ a rate a kilo, the designer's
    brass account (received, castings delivered, melting loss allowed, returned) and the casting charges by
    the kilo, or the dross by gross less the sacks; GST, Bill total (with GST) / Grand total; the sum under
    Received by NEFT / NEFT receipt / Cash received / Nagad prapt (cash received) / Cheque received for /
    Cheque recd. (subject to realisation) with the sum in words, UTR / Cheque No. / Drawn on / Cheque dt.; the
    status word and the unit's rubber stamp)."""
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs", ""))
    name = sale_name(rng, unit)
    p = paper_page(rng, font, [720, 760, 800])
    line, address, state = UNITS[unit]
    letterhead(p, name, f"A unit of {COMPANY}" if name != COMPANY else line, address, state, SALE_HEADS[kind])
    no = f"{'BKG' if unit == 'showroom' else 'BDK'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
    num_label = {
        "lobby": "Order bill No.",
        "wholesale": rng.choice(["Wholesale bill No.", "Bill No."]),
        "job": "Job bill No.",
        "dross": "Memo No.",
    }[kind]
    cells: list[tuple[str, str, dict]] = []
    if not j.no_ref:
        cells.append((num_label, no, {"txn": (INVOICE_RANK, no)}))
    if not j.no_day:
        cells.append((rng.choice(["Bill date", "Tarikh (date)"]), when_in(j, DAY_IN, rng), {"date": j.date}))
    cells.append(("Place of supply", "Delhi (07)" if inter else "Chhattisgarh (22)"))
    cells[-1] = (*cells[-1], {})
    extra = {
        "lobby": ("Order ref.", f"KG/PUR/{rng.randrange(100, 999)}"),
        "wholesale": ("Transport", rng.choice(["V-Trans (India) Ltd", "Road - Gati Ltd"])),
        "job": ("Brass challan No.", f"JC/{rng.randrange(10, 99)}/{fy(j.date)}"),
        "dross": ("Vehicle No.", f"CG-04-{code(rng, 2, UPPER)}-{digits(rng, 4)}"),
    }[kind]
    cells.append((*extra, {}))
    grid(p, cells)
    party_label = {
        "lobby": ["Hotel", "Buyer"],
        "wholesale": ["Kharidar (buyer)", "Buyer"],
        "job": ["Job for (designer)", "Party (metal owner)"],
        "dross": ["Refiner (buyer)", "Party"],
    }[kind]
    wrap_pair(p, rng.choice(party_label), party)
    p.add("rule")
    taxable = 0.0
    rate_gst = 5.0
    if kind in ("lobby", "wholesale"):
        for item, wlo, whi, lo, hi in rng.sample(DHOKRA, rng.randrange(1, 4)):
            pieces = rng.randrange(2, 9) if kind == "lobby" else rng.randrange(6, 40)
            kilos = round(pieces * rng.uniform(wlo, whi) * (3 if kind == "lobby" else 1), 3)
            rate = float(rng.randrange(lo, hi, 10))
            value = round(kilos * rate, 2)
            taxable += value
            p.add("left", item)
            p.pair(f"  {pieces} pcs, {kilos:.3f} kg @ {num(rate)}/kg", rs(value))
    elif kind == "job":
        p.pair("Design", rng.choice(["Tribal musician, 11 in", "Ghotul drummer pair", "Owl lamp, 8 in"]))
        received = round(rng.uniform(30, 120), 3)
        loss = round(received * 0.06, 3)
        out = round(received - loss - rng.uniform(0.05, 0.6), 3)
        back = round(received - loss - out, 3)
        p.pair("Brass received from party", f"{received:.3f} kg")
        p.pair("Castings delivered", f"{out:.3f} kg")
        p.pair("Melting loss allowed @ 6%", f"{loss:.3f} kg")
        p.pair("Brass returned (balance)", f"{back:.3f} kg")
        rate = float(rng.randrange(380, 620, 5))
        taxable = round(out * rate, 2)
        p.pair(f"Casting charges: {out:.3f} kg @ {num(rate)}/kg", rs(taxable))
    else:
        rate_gst = 18.0
        sacks = rng.randrange(4, 14)
        gross_wt = round(sacks * rng.uniform(35, 48), 1)
        tare = round(sacks * 0.5, 1)
        kilos = round(gross_wt - tare, 1)
        rate = float(rng.randrange(60, 180, 5))
        p.pair(f"  Gross {gross_wt:g} kg, less {sacks} sacks (tare)", f"{tare:g} kg")
        taxable = round(kilos * rate, 2)
        p.pair(f"  Net {kilos:g} kg @ {num(rate)}/kg (HSN 7404)", rs(taxable))
    taxable = round(taxable, 2)
    bill = gst(p, rs, taxable, rate_gst, inter)
    p.pair(rng.choice(["Bill total (with GST)", "Grand total"]), rs(bill))
    j.amount = bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "Cheque recd. (subject to realisation)"])
    elif way == "cash":
        lab = rng.choice(["Cash received", "Nagad prapt (cash received)"])
    else:
        lab = rng.choice(["Received by NEFT", "NEFT receipt"])
    in_words = words_in_rupees(j.amount)
    words_first = rng.random() < 0.4
    if words_first:
        p.add("small", in_words)
    method = {"cheque": "cheque", "cash": "cash", "NEFT": "netbanking"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount, method=method)
    if not words_first:
        p.add("small", in_words)
    if way == "cheque":
        p.pair("Cheque No.", digits(rng, 6))
        wrap_pair(p, "Drawn on", rng.choice(["HDFC Bank, Civil Lines, Raipur", "Bank of Baroda, Jagdalpur"]))
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "NEFT" and not j.no_ref:
        way = "RTGS" if j.amount >= 200000 and rng.random() < 0.5 else "NEFT"
        ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
        p.pair(f"{way} UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            [
                "PAYMENT RECEIVED - JOHAR",
                "PAID IN FULL - GOODS WEIGHED AND PACKED"
                if kind != "dross"
                else "PAID IN FULL - DROSS WEIGHED AND LIFTED",
            ]
        ),
        "pending": "CHEQUE IN CLEARING - PIECES RELEASED ON REALISATION",
        "failed": "CHEQUE DISHONOURED - PAY BY NEFT OR UPI",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "lobby": "Installed at the hotel by our casters; weighed on our stamped scale.",
            "wholesale": "Packed in wooden crates of 40 kg; breakage in transit is the buyer's risk.",
            "job": "Cast on the designer's own brass to its wax models; melting loss as agreed.",
            "dross": "Weighed on the yard's platform scale before the buyer; loading at the buyer's cost.",
        }[kind],
    )
    right(p, f"For {name} - Authorised signatory")
    for _ in range(4):
        p.add("gap")
    head_line, place_line = SALE_SEALS[unit]
    seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


def payment_receipt(rng, font, k: int, j: Job, status: str, party: str, unit: str, kind: str, inter: bool):
    """The books' PAYMENT RECEIPT (the forge's for a resort's lamps, the accounts desk's for a gifting house's
    advance): the unit or the company on top, Receipt No., Payment Date, Reference Number, Payment Mode,
    Amount Received In Words, then Amount Received small over the sum large, Received From and the party, and
    the invoices paid under an Invoice Number / Date | Payment Amount head, or the order the advance is for
    with its Order value (incl. IGST) and Balance payable on dispatch; RECEIVED - THANK YOU / ADVANCE RECEIVED
    - CASTING OF YOUR ORDER HAS BEGUN."""
    rs = money(rng, font, 0.0, marks=("Rs.", "\u20b9", "INR"))
    name = sale_name(rng, unit)
    p = paper_page(rng, font, [740, 780])
    line, address, state = UNITS["forge" if unit == "forge" else "yard"]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", f"A unit of {COMPANY}" if unit == "forge" and name != COMPANY else line)
    p.add("small", address)
    p.add(
        "small", f"GSTIN: 22{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}"
    )
    p.add("center", "PAYMENT RECEIPT")
    p.add("rule")
    p.part = "body"
    invoices: list[tuple[str, float]] = []
    order = 0.0
    if kind == "advance":
        pieces = rng.randrange(150, 700, 10)
        each = float(rng.randrange(450, 1600, 10))
        order = round(pieces * each * 1.05, 2)
        j.amount = float(round(order * rng.choice([0.3, 0.4, 0.5]), -3))
    else:
        for _ in range(rng.randrange(1, 3)):
            value = float(round(rng.randrange(8000, 90000) * 1.05))
            invoices.append((f"INV-{rng.randrange(100, 999):06d}", value))
        j.amount = round(sum(v for _, v in invoices), 2)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    if not j.no_ref:
        rno = f"RCPT-{rng.randrange(100, 999):05d}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    day_pair(p, j, ["Payment Date"], ["%d/%m/%Y", "%d %b %Y", "%d-%m-%Y"])
    if not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
        p.pair("Reference Number", ref, txn=(UTR_RANK, ref))
    p.pair("Payment Mode", f"Bank Transfer ({way})", method="netbanking")
    wrap_pair(p, "Amount Received In Words", words_in_rupees(j.amount).replace("Rupees ", "Indian Rupee "))
    p.add("small", "Amount Received")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("left", "Received From")
    p.add("left", party)
    p.add("rule")
    if kind == "advance":
        wrap_pair(
            p, "Payment for", f"Advance against your order PO/NCG/{j.date.year}/{rng.randrange(100, 300)}"
        )
        p.pair("Dhokra diyas and Nandi desk pieces", f"{pieces} pcs x {num(each)}")
        p.pair("Order value (incl. IGST @ 5%)", rs(order))
        p.pair("Balance payable on dispatch", rs(round(order - j.amount, 2)))
    else:
        p.add("pair", "Invoice Number / Date", "Payment Amount")
        for inv, value in invoices:
            day = "" if j.no_day else f"  {when(earlier(rng, j, 8, 45), '%d/%m/%Y')}"
            p.pair(f"{inv}{day}", rs(value))
    word = {
        "iron": "RECEIVED - THANK YOU",
        "advance": "ADVANCE RECEIVED - CASTING OF YOUR ORDER HAS BEGUN",
    }[kind]
    p.add("center", word, status=status)
    p.part = "foot"
    right(p, f"For {name}")
    right(p, "Authorised Signatory")
    p.add("small", "This is a computer generated receipt.")
    return p.done()


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's counter bills to a Raipur lady and a French tourist (``pos_bill``), its lobby order bill
    to a Raipur hotel, the yard's wholesale bill by the kilo to a Delhi emporium, its job work bill on a
    Jagdalpur designer's brass and its brass ash and dross memo to a Raipur refiner (``weight_bill``), the
    forge's payment receipt to a Chitrakote resort and the accounts desk's receipt for a Bengaluru gifting
    house's advance (``payment_receipt``)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind, inter = SALES[k]
    if kind == "retail":
        return pos_bill(rng, font, k, j, status, party, way)
    if kind in ("iron", "advance"):
        return payment_receipt(rng, font, k, j, status, party, unit, kind, inter)
    return weight_bill(rng, font, k, j, status, party, way, unit, kind, inter)


# ---------------------------------------------------------------- 5. brass, wax, iron, polish, boxes


SUPPLIERS = [
    (
        "Golbazar Metal Traders",
        "Brass and copper scrap, ingots and old utensils",
        "Golbazar, Raipur - 492001, Chhattisgarh",
        "22",
        "GMT",
    ),
    (
        "Indravati Van Upaj Bhandar",
        "Bee wax, dhuna (sal resin) and forest produce",
        "Sanjay Market, Jagdalpur - 494001, Chhattisgarh",
        "22",
        "IVB",
    ),
    (
        "Bhilai Steel Stockists",
        "MS flats, rounds and squares",
        "Power House, Bhilai - 490011, Chhattisgarh",
        "22",
        "BSS",
    ),
    (
        "Moradabad Polish House",
        "Buffing compounds, lacquers and brass brushes",
        "Peetal Nagri, Moradabad - 244001, Uttar Pradesh",
        "09",
        "MPH",
    ),
    (
        "Raipur Corrugated Boxes",
        "5 ply cartons and wooden crates",
        "Urla Industrial Area, Raipur - 493221, Chhattisgarh",
        "22",
        "RCB",
    ),
    (
        "Jabalpur Refractories",
        "Clay crucibles, fire bricks and fire clay",
        "Richhai Industrial Area, Jabalpur - 482010, Madhya Pradesh",
        "23",
        "JBR",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "GMT": [
        ("Brass scrap (old utensils), sorted", "7404", "kg", 420, 560, 18, 40, 300),
        ("Brass ingot, remelted", "7403", "kg", 560, 690, 18, 20, 150),
    ],
    "IVB": [
        ("Bee wax, filtered, in slabs", "1521", "kg", 420, 650, 5, 10, 80),
        ("Dhuna (sal resin), cleaned", "1301", "kg", 160, 280, 5, 20, 200),
    ],
    "BSS": [
        ("MS flat bar 25 x 6 mm", "7214", "kg", 54, 68, 18, 300, 2200),
        ("MS square bar 10 mm", "7214", "kg", 55, 70, 18, 200, 1600),
    ],
    "MPH": [
        ("Buffing compound, brown (tripoli)", "3405", "kg", 140, 260, 18, 20, 120),
        ("Brass wire brush wheel, 6 in", "9603", "pcs", 90, 220, 18, 20, 150),
    ],
    "RCB": [
        ("Carton 5 ply, 18 x 14 x 12 in", "4819", "pcs", 45, 90, 5, 200, 1500),
        ("Wooden crate with straw, 24 in", "4415", "pcs", 380, 720, 5, 10, 80),
    ],
    "JBR": [
        ("Clay crucible No. 30", "6903", "pcs", 650, 1200, 18, 10, 60),
        ("Fire brick IS 8, 230 mm", "6902", "pcs", 28, 45, 18, 300, 2000),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 5, 4, 3, 1, 0]
SUPPLY_LAYOUT = ["grid", "mail", "sentence", "grid", "memo", "sentence", "mail", "memo"]
DELIVER = {"GMT": "yard", "IVB": "yard", "BSS": "forge", "MPH": "yard", "RCB": "showroom", "JBR": "yard"}


def supply_goods(rng: random.Random, tag: str, rs) -> tuple[list[tuple[str, str, str]], float, float, set]:
    """The goods' rows (numbered, HSN, quantity x rate), the taxable value, the GST, the rates."""
    rows = []
    taxable = tax = 0.0
    rates = set()
    for n, (item, hsn, unit, lo, hi, g, qlo, qhi) in enumerate(
        rng.sample(SUPPLY_ITEMS[tag], rng.randrange(1, 3)), start=1
    ):
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        tax += round(value * g / 100, 2)
        rates.add(g)
        rows.append((f"{n}. {item}", f"   HSN {hsn}  |  {qty:,} {unit} x {num(rate, 'western')}", rs(value)))
    return rows, round(taxable, 2), round(tax, 2), rates


def tax_rows(p: Screen, rs, taxable: float, tax: float, rates: set, inter: bool) -> float:
    """CGST and SGST (or IGST) on the goods, with their rate where all share one; the rounded total."""
    one = len(rates) == 1
    g = next(iter(rates))
    if inter:
        p.pair(f"IGST @ {g}%" if one else "IGST", rs(tax))
    else:
        half = round(tax / 2, 2)
        tax = 2 * half
        p.pair(f"CGST @ {g / 2:g}%" if one else "CGST", rs(half))
        p.pair(f"SGST @ {g / 2:g}%" if one else "SGST", rs(half))
    total = float(round(taxable + tax))
    if abs(total - (taxable + tax)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    return total


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Raipur brass scrap dealer, the Jagdalpur wax and resin trader, the Bhilai steel stockist, the
    Moradabad polish house, the Raipur box maker and the Jabalpur refractory billing the company, in four
    layouts: a TAX INVOICE / GST INVOICE / TAX INVOICE CUM CHALLAN whose heads sit in boxes, each label above
    its value, two to a row (Invoice No. and Invoice date, Buyer's order No. and Dispatched through, E-way
    bill No. and Place of supply), the goods numbered with their HSN and quantity x rate, GST, Total invoice
    value, then Payment received: Received by NEFT / RTGS / Cheque received (subject to realisation) with the
    UTR or the cheque; an invoice whose PAYMENT RECEIPT is a sentence at its foot ("Received with thanks <sum>
    from M/s <company> by <way>, UTR <ref>, on <day> against this invoice.", or "Cheque for <sum> (No. <no.>
    dt. <day>) ... was returned unpaid by the bank on <day>"), the invoice's own date above it; the supplier's
    e-mail that thanks for the payment ("We thank you for your payment of <sum> received by <way> on <day>
    against our invoice <no.>.", then Invoice value, Less: TDS u/s 194Q @ 0.1%, Amount received, the
    reference, Balance outstanding); and a CASH / CREDIT MEMO / BILL CUM RECEIPT whose way is ticked in a row
    of boxes ("Payment:  [X] UPI  [ ] Cash [ ] Credit"), Amount paid and the UPI ref. / UTR. PAID / RECEIVED
    IN FULL / PAYMENT RECEIVED - THANK YOU, CHEQUE IN CLEARING - RECEIPT VALID ON REALISATION, CHEQUE RETURNED
    - PLEASE PAY BY RTGS; the supplier's rubber stamp on paper."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    layout = SUPPLY_LAYOUT[k]
    name = maker.upper() if rng.random() < 0.3 else maker
    inter = state != "22"
    rs = slash_rs(rng, font, ("Rs.", "Rs", "\u20b9", ""))
    inv_day = earlier(rng, j, 15, 45) if layout == "sentence" else j.date
    inv = f"{tag}/{fy(inv_day)}/{rng.randrange(10, 9999):04d}"
    goods, taxable, tax, rates = supply_goods(rng, tag, rs)
    total = float(round(taxable + tax))
    if status != "success":
        way = "cheque"
    elif layout == "memo" and total <= 100000:
        way = "UPI"
    else:
        way = "RTGS" if total >= 200000 and rng.random() < 0.6 else "NEFT"
    town = addr.split(" - ")[0].split(", ")[-1]
    unit = DELIVER[tag]
    if layout == "mail":
        domain = maker.lower().replace(" ", "")[:14]
        p = mail_page(
            rng,
            font,
            f"{maker} <accounts.{domain}@gmail.com>",
            ["Payment received - thank you", "Receipt of your payment"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", f"{line}  |  {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", rng.choice(["Dear Sir / Madam,", "Respected Sir,"]))
        tds = round(taxable * 0.001, 2) if rng.random() < 0.5 and way != "UPI" else 0.0
        j.amount = round(total - tds, 2)
        if way == "NEFT" and j.amount <= 100000 and rng.random() < 0.5:
            way = "UPI"
        on = "" if j.no_day else f" on {when_in(j, ['%d.%m.%Y', '{d} %B %Y', '%d-%m-%Y'], rng)}"
        against = "our bill for the goods below" if j.no_ref else f"our invoice {inv}"
        facts = {"amount": j.amount, "method": "UPI" if way == "UPI" else "netbanking", "status": "success"}
        if not j.no_day:
            facts["date"] = j.date
        p.add(
            "left",
            f"We thank you for your payment of {rs(j.amount)} received by {way}{on} against {against}.",
            **facts,
        )
        p.add("rule")
        for item, _, _ in goods:
            p.add("left", item)
        p.pair("Invoice value", rs(total))
        if tds:
            p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        p.pair("Amount received", rs(j.amount))
        if not j.no_ref:
            ref = j.ref if way == "UPI" else bank_ref(rng, j, rng.choice(BANKS[:6]), way)
            p.pair("UPI ref." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        p.pair("Balance outstanding", "Nil")
        p.part = "foot"
        p.add("left", f"Regards,  Accounts, {maker}")
        p.add("small", "This acknowledgement is sent from our accounting software.")
        return p.done()
    p = paper_page(rng, font, [740, 780, 800])
    kinds = {
        "grid": ["TAX INVOICE", "GST INVOICE", "TAX INVOICE CUM CHALLAN"],
        "sentence": ["TAX INVOICE", "INVOICE"],
        "memo": ["CASH / CREDIT MEMO", "BILL CUM RECEIPT"],
    }[layout]
    letterhead(p, name, line, addr, state, kinds)
    buyer = rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS])
    if layout == "grid":
        cells: list[tuple[str, str, dict]] = []
        if not j.no_ref:
            cells.append(("Invoice No.", inv, {"txn": (INVOICE_RANK, inv)}))
        if not j.no_day:
            cells.append(("Invoice date", when_in(j, DAY_IN, rng), {"date": j.date}))
        cells += [
            ("Buyer's order No.", f"GKB/PO/{rng.randrange(100, 999)}", {}),
            (
                "Dispatched through",
                rng.choice(["Own vehicle", "VRL Logistics", "Hand delivery"])
                if not inter
                else "VRL Logistics",
                {},
            ),
            ("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}", {}),
            ("Place of supply", "Chhattisgarh (22)", {}),
        ]
        grid(p, cells)
    elif layout == "sentence":
        if not j.no_ref:
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        p.pair("Invoice date", when(inv_day, rng.choice(["%d.%m.%Y", "%d-%b-%Y"])))
        p.pair("Place of supply", "Chhattisgarh (22)")
    else:
        two_col(
            p,
            "" if j.no_ref else f"No. {inv}",
            "" if j.no_day else f"Date {when_in(j, ['%d/%m/%Y', '%d.%m.%y', '%d-%m-%Y'], rng)}",
            {} if j.no_ref else {"txn": (INVOICE_RANK, inv)},
            {} if j.no_day else {"date": j.date},
        )
    wrap_pair(p, rng.choice(["Bill to", "Buyer (bill to)"]), buyer)
    where = {"yard": f"{YARD}, Kondagaon", "forge": f"{FORGE}, Kondagaon", "showroom": f"{SHOWROOM}, Raipur"}
    wrap_pair(p, "Ship to (consignee)", where[unit])
    p.add("rule")
    for item, detail, value in goods:
        p.add("left", item)
        p.pair(detail, value)
    p.pair("Taxable value", rs(taxable))
    total = tax_rows(p, rs, taxable, tax, rates, inter)
    p.pair("Total invoice value", rs(total))
    j.amount = total
    p.add("rule")
    method = {"UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking")
    ref = ""
    if not j.no_ref and way != "cheque":
        ref = j.ref if way == "UPI" else bank_ref(rng, j, rng.choice(BANKS[:6]), way)
    chq = digits(rng, 6)
    if layout == "sentence":
        p.add("center", "PAYMENT RECEIPT")
        if status == "success":
            day = when_in(j, ["%d.%m.%Y", "{d} %B %Y", "%d/%m/%Y"], rng)
            utr = f", UTR {ref}," if ref else ""
            facts = {"amount": j.amount, "method": method, "date": j.date, "status": status}
            if ref:
                facts["txn"] = (UTR_RANK, ref)
            p.add(
                "left",
                f"Received with thanks {rs(j.amount)} from M/s {COMPANY} by {way}{utr} on {day} against this "
                "invoice.",
                **facts,
            )
        else:
            cdate = when(earlier(rng, j, 3, 9), "%d.%m.%Y")
            day = when_in(j, ["%d.%m.%Y", "{d} %B %Y", "%d/%m/%Y"], rng)
            p.add(
                "left",
                f"Cheque for {rs(j.amount)} (No. {chq} dt. {cdate}) received against this invoice was "
                f"returned unpaid by the bank on {day} (funds insufficient).",
                amount=j.amount,
                method=method,
                date=j.date,
                status=status,
            )
    elif layout == "memo":
        boxes = ["UPI", "NEFT", "Cash", "Credit"] if way == "UPI" else ["NEFT", "RTGS", "Cash", "Credit"]
        ticks = "   ".join(f"[{'X' if box == way else ' '}] {box}" for box in boxes)
        p.add("left", f"Payment:  {ticks}", method=method)
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        if ref:
            p.pair("UPI ref." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
    else:
        p.add("left", "Payment received")
        if way == "cheque":
            p.pair("Cheque received (subject to realisation)", rs(j.amount), amount=j.amount, method=method)
            wrap_pair(p, "Cheque No.", f"{chq} / {rng.choice(BANKS[:3])}, Kondagaon")
        else:
            p.pair(f"Received by {way}", rs(j.amount), amount=j.amount, method=method)
            if ref:
                p.pair(f"{way} UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED IN FULL", "PAYMENT RECEIVED - THANK YOU"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE RETURNED - PLEASE PAY BY RTGS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", words_in_rupees(j.amount))
    p.add("small", f"E. & O.E. Subject to {town} jurisdiction. Interest @ 18% p.a. after 30 days.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, maker.upper(), town.upper(), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Santosh Bhatti Nirman", "Furnace (bhatti) rebuild - casting yard", 18000, 90000),
    ("Smt. Kavita Agrawal", "Showroom rent - Telibandha, Raipur", 30000, 75000),
    ("Bastar Security Services", "Watch and ward - casting yard and forge", 22000, 64000),
    ("Agrawal Sahu & Co., Chartered Accountants", "Statutory audit fee 2025-26", 30000, 95000),
    ("Suryoday Solar Systems", "Solar plant 10 kW - forge blower and lights", 180000, 520000),
    ("Pragati Expo Fabricators", "IITF stall, Chhattisgarh pavilion", 60000, 240000),
    ("Dandakaranya Roadways", "Freight - crates Kondagaon to New Delhi", 9000, 48000),
    ("Lens and Light Studio", "Catalogue shoot - 140 pieces", 15000, 70000),
]
CORP_PORTALS = [
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/payments/view"),
    (
        "Union Bank Corporate NetBanking",
        "Union Bank of India",
        "corporate.unionbankofindia.co.in/fundtransfer",
    ),
    ("Kotak FYN", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transactions"),
]
CORP_LAYOUT = ["columns", "numbered", "queue", "statement", "columns", "numbered", "columns", "statement"]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the furnace mason, the showroom's landlord, the security agency, the chartered
    accountants, the solar installer, the IITF stall fabricator, the carrier and the photo studio from ICICI
    Bank CIB, Union Bank Corporate NetBanking or Kotak FYN, in four layouts: the parties in two columns (From
    | To over the company's account and the payee, their banks and IFSC; then Amount debited / Transfer
    amount, Mode, the references, the day, Remarks, Initiated by / Authorised by); a FUND TRANSFER
    ACKNOWLEDGEMENT of numbered rows (1. Transaction type, 2. Debit account, 3. Beneficiary name, 4.
    Beneficiary account / IFSC, 5. Amount, 6. Transaction status, then UTR, Bank reference No., Transaction
    date and time, Remarks); the approver's queue (Transactions pending your authorisation: Request ID, Payee,
    Amount, Mode, Initiated by, Initiated on / Created on, Approvals 1 of 2 received, the status and the
    Approve | Reject | Send back buttons); and a statement line opened (Account, Txn date, Value date,
    Narration <way>/<UTR>/<PAYEE>, Withdrawal (Dr), Deposit (Cr), Balance, Status: Posted)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.3, marks=("INR", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={digits(rng, 12)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Accounts'])}")
    p.add("rule")
    p.part = "body"
    layout = CORP_LAYOUT[k]
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    who = who.upper() if rng.random() < 0.3 and layout != "statement" else who
    ben = rng.choice(BANKS[:9])
    own = digits(rng, 4)
    theirs = digits(rng, 4)
    words = {
        "success": ["Transaction successful - beneficiary credited", "Funds transferred"],
        "pending": ["Pending authorisation - awaiting the second approver"],
        "failed": ["Failed - beneficiary account frozen, amount reversed to your account"],
    }
    day_labels = {
        "success": ["Transaction date and time", "Processed on", "Value date"],
        "pending": ["Initiated on", "Created on"],
        "failed": ["Failed on", "Reversed on"],
    }[status]
    ref = bank_ref(rng, j, bank, way) if status == "success" and not j.no_ref else ""
    ref_label = {"IMPS": "IMPS RRN", "RTGS": "RTGS UTR", "NEFT": rng.choice(["UTR", "NEFT UTR"])}[way]
    tag = {"ICICI Bank": "CIB", "Union Bank of India": "UCN"}.get(bank, "FYN")
    bref = f"{tag}{digits(rng, 11)}"

    def refs() -> None:
        if j.no_ref:
            return
        if ref:
            p.pair(ref_label, ref, txn=(UTR_RANK, ref))
        p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))

    if layout == "columns":
        outcome_row(p, status, words)
        left = f"Current A/c XXXX{own}"
        if fits(p, "pair", f"{left}      {who}"):
            p.add("pair", "From", "To")
            p.add("pair", left, who, merchant=who)
            p.add("pair", f"{bank}, Kondagaon", ben)
            p.add("pair", SHORT.upper(), f"A/c XXXX{theirs}  |  {IFSC[ben]}0{digits(rng, 6)}")
        else:
            wrap_pair(p, "From", f"{left}, {bank}")
            wrap_pair(p, "To", who, merchant=who)
            p.pair("Beneficiary A/c / IFSC", f"XXXX{theirs} / {IFSC[ben]}0{digits(rng, 6)}")
        p.add("rule")
        p.pair(
            rng.choice(["Amount debited", "Transfer amount"]) if status == "success" else "Transfer amount",
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Mode", way, method="netbanking")
        refs()
        date_row(p, j, day_labels, hour=True)
        wrap_pair(p, "Remarks", note)
        p.pair("Initiated by / Authorised by", "GKB.ACCTS / GKB.CEO")
    elif layout == "numbered":
        p.add("center", "FUND TRANSFER ACKNOWLEDGEMENT")
        rows = [
            ("Transaction type", f"{way} - third party transfer", {"method": "netbanking"}),
            ("Debit account", f"Current A/c XXXX{own}", {}),
            ("Beneficiary name", who, {"merchant": who}),
            ("Beneficiary account / IFSC", f"XXXX{theirs} / {IFSC[ben]}0{digits(rng, 6)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction status", {"success": "Successful", "failed": "Failed"}[status], {"status": status}),
        ]
        for n, (label, value, facts) in enumerate(rows, start=1):
            wrap_pair(p, f"{n}. {label}", value, **facts)
        p.add("rule")
        refs()
        date_row(p, j, day_labels, hour=True)
        wrap_pair(p, "Remarks", note)
    elif layout == "queue":
        p.add("left", "Transactions pending your authorisation (1)")
        p.add("rule")
        if not j.no_ref:
            rid = f"REQ{digits(rng, 10)}"
            p.pair("Request ID", rid, txn=(TXN_RANK, rid))
        wrap_pair(p, "Payee", who, merchant=who)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        p.pair("Initiated by", "GKB.ACCTS (Accounts)")
        date_row(p, j, day_labels, hour=True)
        wrap_pair(p, "Remarks", note)
        p.pair("Approvals", "1 of 2 received")
        outcome_row(p, status, words)
        p.add("center", "Approve   |   Reject   |   Send back")
    else:
        p.add("left", "Account statement - transaction details")
        p.pair("Account", f"Current A/c XXXX{own}")
        if not j.no_day:
            day = when_in(j, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"], rng)
            p.pair("Txn date", day, date=j.date)
            p.pair("Value date", day)
        short = who.upper()[:20].rstrip(" ,")
        utr = ref or bank_ref(rng, j, bank, way)
        narration = f"{way}/{utr}/{short}"
        wrap_pair(p, "Narration", narration, merchant=short, txn=(UTR_RANK, utr), method="netbanking")
        p.pair("Withdrawal (Dr)", rs(j.amount), amount=j.amount)
        p.pair("Deposit (Cr)", "-")
        p.pair("Balance", rs(rupees(rng, 80000, 2600000)))
        p.pair("Status", "Posted", status=status)
    p.part = "foot"
    p.add("small", "This is a system generated page and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 7. casters, smiths, potters, helpers


# payee, work, village, frame
WORKERS = [
    ("Sukhchand Netam", "caster", "Bhelwapadar", "weight"),
    ("Mangal Ram Korram", "smith", "Umargaon", "payout"),
    ("Jaybati Baghel", "potter", "Kumharpara", "piece"),
    ("Dhansingh Poyam", "fireman", "Kumharpara", "payout"),
    ("Tijuram Sori", "smith", "Umargaon", "piece"),
    ("Lakhan Kashyap", "polisher", "Kondagaon", "phonepe"),
    ("Budhri Bai Netam", "wax", "Bhelwapadar", "weight"),
    ("Raju Mandavi", "packer", "Telibandha", "bhim"),
]
# the casters' castings and the smiths' and potters' pieces: item, rate (low, high) a kilo or a piece
CAST_WORK = [
    ("Nandi and elephants (solid)", 180, 260),
    ("Madiya dancers and musicians (jaali)", 240, 340),
    ("Lamps and trees of life", 200, 300),
]
PIECE_WORK = {
    "smith": [
        ("Deepdan (lamp tree), 24 in", 260, 520),
        ("Bastar horse, 12 in", 180, 340),
        ("Tree of life panel", 420, 780),
        ("Candle stand with bells", 110, 220),
    ],
    "potter": [
        ("Bastar horse, 18 in", 220, 420),
        ("Elephant with howdah, 12 in", 160, 320),
        ("Hanging lamp", 45, 90),
        ("Ganesh wall plaque", 70, 140),
    ],
}


def slip_way(rng: random.Random, j: Job, p: Screen) -> None:
    """The way a slip was paid (cash on the page without a reference) and its UPI / IMPS reference."""
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["By", "Madhyam (mode)"]),
        way,
        method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way],
    )
    if way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    return way


def weight_slip(rng: random.Random, font: str, j: Job, who: str, work: str, village: str) -> tuple:
    """The yard's printed slip for a caster by the kilo of castings weighed into the store, or for a wax
    thread maker by the kilo of thread: the company on top with the yard's line, DHALAI BHUGTAN PARCHI - WAJAN
    SE / CASTERS' PAYMENT SLIP - BY WEIGHT OF CASTINGS / MOM DHAGA BHUGTAN PARCHI - PRATI KILO / WAX THREAD
    WAGES - BY THE KILO, Parchi kr. beside Dinank, Karigar kod (artisan code), Gaon (village), the kilos @ a
    rate a kilo, Kul (gross), Less: Brass short-returned / Less: Wax wasted / Less: Peshgi (advance) adjusted,
    Shuddh bhugtan (net paid), By / Madhyam (mode), the reference, the status, and only at the foot the payee:
    Rakam prapt ki (received by): <name>, over the thumb or signature line."""
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs"))
    p = paper_page(rng, font, [680, 720, 760])
    heads = (
        ["DHALAI BHUGTAN PARCHI - WAJAN SE", "CASTERS' PAYMENT SLIP - BY WEIGHT OF CASTINGS"]
        if work == "caster"
        else ["MOM DHAGA BHUGTAN PARCHI - PRATI KILO", "WAX THREAD WAGES - BY THE KILO"]
    )
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{YARD} - member casters",
        UNITS["yard"][1],
        "22",
        heads,
        merchant=False,
    )
    no = f"DBP/{fy(j.date)}/{rng.randrange(10, 999):03d}"
    two_col(
        p,
        "" if j.no_ref else f"Parchi kr.: {no}",
        "" if j.no_day else f"Dinank: {when_in(j, DAY_IN, rng)}",
        {} if j.no_ref else {"txn": (INVOICE_RANK, no)},
        {} if j.no_day else {"date": j.date},
    )
    p.pair(
        "Karigar kod (artisan code)", f"GKB-{'C' if work == 'caster' else 'W'}-{rng.randrange(1, 160):03d}"
    )
    p.pair("Gaon (village)", village)
    p.add("rule")
    gross = 0.0
    if work == "caster":
        for item, lo, hi in rng.sample(CAST_WORK, rng.randrange(1, 4)):
            kilos = round(rng.uniform(4, 26), 3)
            rate = float(rng.randrange(lo, hi, 5))
            value = round(kilos * rate, 2)
            gross += value
            p.add("left", item)
            p.pair(f"  {kilos:.3f} kg @ {num(rate)}/kg", rs(value))
    else:
        kilos = round(rng.uniform(6, 30), 2)
        rate = float(rng.randrange(90, 170, 5))
        gross = round(kilos * rate, 2)
        p.pair(f"Wax thread drawn: {kilos:.2f} kg @ {num(rate)}/kg", rs(gross))
        if rng.random() < 0.5:
            extra = float(rng.choice([150, 250, 300]))
            p.pair("Add: Fine thread (jaali) bonus", rs(extra))
            gross += extra
    gross = round(gross, 2)
    p.pair("Kul (gross)", rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        kg = round(rng.uniform(0.1, 0.6), 3)
        per = float(rng.randrange(460, 560, 10))
        cut = round(kg * per, 2)
        label = "Less: Brass short-returned" if work == "caster" else "Less: Wax wasted"
        p.pair(f"{label} - {kg:.3f} kg @ {num(per)}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Peshgi (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair("Shuddh bhugtan (net paid)", rs(j.amount), amount=j.amount)
    way = slip_way(rng, j, p)
    words = [
        "PAID",
        "PAID - CASTINGS WEIGHED INTO STORE" if work == "caster" else "PAID - THREAD WEIGHED INTO STORE",
    ]
    if way == "Cash":
        words.append("PAID IN CASH - ENTERED IN SHILPI PASSBOOK")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", words_in_rupees(j.amount))
    p.add("left", f"Rakam prapt ki (received by): {who}", merchant=who)
    right(p, rng.choice(["Angootha / hastakshar (thumb / signature)", "Signature or thumb of the payee"]))
    return p.done()


def piece_slip(rng: random.Random, font: str, j: Job, who: str, work: str, village: str) -> tuple:
    """The forge's and the kiln's printed piece-rate slips: the company on top with the forge's or the kiln's
    line, KARIGAR BHUGTAN - PRATI NAG (LOHA SHILP) / SMITHS' PIECE-RATE SLIP / KUMHAR BHUGTAN - PRATI NAG
    (MATI SHILP) / POTTERS' PIECE-RATE SLIP; boxes two to a row, each label above its value: Karigar (artisan)
    and Sadasya kr. (member No.), Parchi kr. and Dinank, Gaon and Hafta (week); the pieces under a Nag x dar
    (pieces x rate) | Rashi (Rs.) head, Kul (gross), Less: Peshgi (advance) adjusted / Less: Cracked in firing
    - n @ rate, Dey rashi (net paid), By, the reference, the status, the thumb line."""
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs"))
    p = paper_page(rng, font, [680, 720, 760])
    unit = FORGE if work == "smith" else KILN
    heads = (
        ["KARIGAR BHUGTAN - PRATI NAG (LOHA SHILP)", "SMITHS' PIECE-RATE SLIP"]
        if work == "smith"
        else ["KUMHAR BHUGTAN - PRATI NAG (MATI SHILP)", "POTTERS' PIECE-RATE SLIP"]
    )
    where = UNITS["forge" if work == "smith" else "kiln"][1]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit} - member {'smiths' if work == 'smith' else 'potters'}",
        where,
        "22",
        heads,
        merchant=False,
    )
    no = f"{'LSK' if work == 'smith' else 'MSK'}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
    cells = [
        ("Karigar (artisan)", who, {"merchant": who}),
        ("Sadasya kr. (member No.)", f"GKB-{rng.randrange(100, 900):04d}", {}),
    ]
    if not j.no_ref:
        cells.append(("Parchi kr.", no, {"txn": (INVOICE_RANK, no)}))
    if not j.no_day:
        cells.append(("Dinank", when_in(j, DAY_IN, rng), {"date": j.date}))
    cells += [("Gaon", village, {}), ("Hafta (week)", f"No. {rng.randrange(1, 52)}", {})]
    grid(p, cells)
    p.add("rule")
    p.add("pair", "Nag x dar (pieces x rate)", "Rashi (Rs.)")
    gross = 0.0
    for item, lo, hi in rng.sample(PIECE_WORK[work], rng.randrange(1, 4)):
        q = rng.randrange(3, 30)
        rate = float(rng.randrange(lo, hi, 5))
        value = round(q * rate, 2)
        gross += value
        p.pair(f"{item}: {q} x {num(rate)}", rs(value))
    gross = round(gross, 2)
    p.pair("Kul (gross)", rs(gross))
    cut = 0.0
    if work == "potter" and rng.random() < 0.6:
        bad = rng.randrange(1, 4)
        per = float(rng.randrange(40, 120, 5))
        cut = round(bad * per, 2)
        p.pair(f"Less: Cracked in firing - {bad} @ {num(per)}", rs(cut))
    if gross > 2500 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Peshgi (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair("Dey rashi (net paid)", rs(j.amount), amount=j.amount)
    way = slip_way(rng, j, p)
    words = ["PAID", "PAID - PIECES CHECKED INTO STORE"]
    if way == "Cash":
        words.append("PAID IN CASH - ENTERED IN SHILPI PASSBOOK")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", words_in_rupees(j.amount))
    right(p, rng.choice(["Angootha / hastakshar (thumb / signature)", "Signature or thumb of the payee"]))
    return p.done()


def razorpayx_page(rng: random.Random, font: str, j: Job, status: str, who: str, work: str) -> tuple:
    """RazorpayX's payout page: RazorpayX on top and the Payouts line, the outcome, the sum large, then boxes
    two to a row, each label above its value (Contact and Mode, Fund account and Purpose, Payout ID and UTR,
    Created at and Reference ID)."""
    rs = money(rng, font, 0.5, marks=("\u20b9", "INR", "Rs."))
    j.amount = rupees(rng, 2200, 24000, 0.6)
    pout = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, f"x.razorpay.com/payouts/{'' if j.no_ref else pout}")
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payout processed", "Processed - credited to the contact's bank"],
        "pending": ["Payout queued - the beneficiary bank is slow, retrying"],
    }
    outcome_row(p, status, words)
    p.add("big", rs(j.amount), amount=j.amount)
    cells = [
        ("Contact", who, {"merchant": who}),
        ("Mode", "IMPS", {"method": "netbanking"}),
        ("Fund account", f"Bank A/c XXXX{digits(rng, 4)}", {}),
        ("Purpose", "Forge wages" if work == "smith" else "Kiln firing charges", {}),
    ]
    if not j.no_ref:
        cells.append(("Payout ID", pout, {"txn": (TXN_RANK, pout)}))
        if status == "success":
            cells.append(("UTR", j.ref, {"txn": (UTR_RANK, j.ref)}))
    if not j.no_day:
        cells.append(
            ("Created at", f"{when(j.date, '{d} %b %Y')}, {hhmm(rng, lower=True)}", {"date": j.date})
        )
    if not j.no_ref:
        rid = f"WAGES-{j.date:%m}-{rng.randrange(10, 99)}"
        cells.append(("Reference ID", rid, {"txn": (ORDER_RANK, rid)}))
    grid(p, cells)
    p.part = "foot"
    p.add("small", "Payouts are made by RazorpayX through its partner banks.")
    return p.done()


def phonepe_helper(rng: random.Random, font: str, k: int, j: Job, status: str, who: str) -> tuple:
    """PhonePe's screen paying a helper: the outcome and the day and hour with no label under it, Paid to
    over the name with the sum on its right, the UPI ID, then Transfer details (Transaction ID, Debited
    from, UTR)."""
    rs = money(rng, font, 0.8, marks=("\u20b9", "Rs."))
    j.amount = rupees(rng, 500, 6000, 0.9)
    p = phone_page(rng, font, k, ["Transaction details", ""])
    p.part = "head"
    p.add("title", "PhonePe")
    p.part = "body"
    outcome_row(p, status, {"success": ["Transaction Successful", "Payment successful"]})
    if not j.no_day:
        p.add("small", day_hour(rng, j.date), date=j.date)
    p.add("gap")
    p.add("left", "Paid to")
    shown = rs(j.amount)
    if fits(p, "pair", f"{who}      {shown}"):
        p.add("pair", who, shown, merchant=who, amount=j.amount)
    else:
        p.add("left", who, merchant=who)
        p.add("left", shown, amount=j.amount)
    p.add("small", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@ybl", method="UPI")
    p.add("rule")
    p.add("left", "Transfer details")
    if not j.no_ref:
        tid = f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
        p.add("small", "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
    p.pair("Debited from", f"XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Message", rng.choice(["Polishing - 60 pcs", "Buffing work"]))
    p.part = "foot"
    p.add("small", rng.choice(["Contact PhonePe Support", "Powered by UPI  |  YES BANK"]))
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its casters by the kilo of castings and its wax thread maker by the kilo of thread
    (``weight_slip``), its smiths and potters by the piece (``piece_slip``), its smith and its kiln fireman
    through RazorpayX payouts (``razorpayx_page``), its polisher on PhonePe (``phonepe_helper``) and its
    packing helper on BHIM (``table_screen``: Transaction failed - declined by the payee's bank)."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1500, high=22000, p_round=0.9)
    who, work, village, frame = WORKERS[k]
    if frame == "weight":
        return weight_slip(rng, font, j, who, work, village)
    if frame == "piece":
        return piece_slip(rng, font, j, who, work, village)
    if frame == "payout":
        return razorpayx_page(rng, font, j, status, who, work)
    if frame == "phonepe":
        return phonepe_helper(rng, font, k, j, status, who)
    j.amount = rupees(rng, 400, 4000, 0.9)
    return table_screen(
        rng, font, k, j, "BHIM", status, names=[who, who.upper()], notes=["Packing - 4 days", "Crate packing"]
    )


# ---------------------------------------------------------------- 8. the Palika, the Board, e-Kosh, GI


FEE_FRAMES = ["counter", "gateway", "gateway", "treasury", "gi", "gateway", "treasury", "counter"]
FEE_PAYEES = [
    ["Nagar Palika Parishad, Kondagaon", "NAGAR PALIKA PARISHAD KONDAGAON"],
    ["Chhattisgarh Environment Conservation Board", "CHHATTISGARH ENVIRONMENT CONSERVATION BOARD"],
    ["Employees' State Insurance Corporation", "ESIC"],
    ["Legal Metrology Department, Chhattisgarh", "Controller, Legal Metrology, Chhattisgarh"],
    ["Geographical Indications Registry"],
    ["Directorate General of Foreign Trade", "DGFT"],
    ["Labour Department, Chhattisgarh", "Office of the Labour Commissioner, Chhattisgarh"],
    ["Kondagaon Forest Division", "Van Mandal Kondagaon (Forest Division)"],
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's dues: Kondagaon Nagar Palika Parishad's property tax and trade licence and the Kondagaon
    Forest Division's transit pass fee for charcoal on printed counter receipts in Hindi in Latin letters (the
    payee on top, RASID / RECEIPT, Rasid kr. beside Dinank, Bhavan kr. (holding No.), Ward kr., Anugya patra
    kr. (transit pass No.), Dhaarak ka naam (holder) / Dharak (holder) naming the company, the heads, Kul
    prapt rashi (total received), Bhugtan madhyam (mode), UPI ref., BHUGTAN PRAPT (PAYMENT RECEIVED), the
    officer's line and the office's rubber stamp); the Environment Conservation Board's consent renewal,
    ESIC's contribution and DGFT's IEC modification fee through SBIePay and PayGov India (the aggregator on
    top, the outcome, Merchant / Department naming the payee, Purpose, Paid by, the application's number,
    Amount (INR) / Transaction amount, Payment mode, Merchant order No., SBIePay ref. ID / PayGov txn ID, Bank
    reference No., Transaction date / Date & time / Attempted on / Initiated on); the Legal Metrology
    Department's verification of the yard's scales and the Labour Department's shop registration renewal on
    e-Kosh's Cyber Treasury e-challan (the department on top and the e-challan's line, boxes two to a row,
    each label above its value: GRN and CIN, Challan date and Bank; Remitter; the heads with their codes under
    a Head of account | Amount (Rs.) head, Total, Payment mode, the status); and the GI Registry's E-RECEIPT
    for its members' authorised user applications (CBR No., CBR date, Applicant, GI application No., the forms
    under a Form / particulars | Amount (Rs.) head, Total amount, Payment mode, Bank transaction ID)."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6)
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    name = rng.choice(FEE_PAYEES[k])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    if frame == "counter":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, name, merchant=name)
        p.add(
            "small",
            "Zila Kondagaon (Chhattisgarh)  |  Rajasva shakha (revenue section)"
            if k == 0
            else "Van Vibhag, Chhattisgarh  |  Kondagaon range office",
        )
        p.add("center", rng.choice(["RASID / RECEIPT", "PRAPTI RASID (RECEIPT)"]))
        p.add("rule")
        p.part = "body"
        no = f"{'NPK' if k == 0 else 'KFD'}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        two_col(
            p,
            "" if j.no_ref else f"Rasid kr.: {no}",
            "" if j.no_day else f"Dinank: {when_in(j, pats, rng)}",
            {} if j.no_ref else {"txn": (INVOICE_RANK, no)},
            {} if j.no_day else {"date": j.date},
        )
        if k == 0:
            p.pair("Bhavan kr. (holding No.)", f"W-{rng.randrange(1, 22):02d}/{digits(rng, 4)}")
            p.pair("Ward kr.", f"{rng.randrange(1, 22)} - Bhelwapadar Para")
            wrap_pair(p, "Dhaarak ka naam (holder)", f"{YARD} ({firm})")
            heads = [
                (
                    f"Samekit sampatti kar (property tax) 20{fy(j.date)}",
                    float(rng.choice([2460, 3180, 4120])),
                ),
                (
                    f"Vyapar anugya shulk (trade licence fee) 20{fy(j.date)}",
                    float(rng.choice([1000, 1500, 2500])),
                ),
            ]
            if rng.random() < 0.6:
                heads.append(("Swachhata upbhokta shulk (sanitation charge)", float(rng.choice([600, 900]))))
            officer = "Rajasva nirikshak (revenue inspector)"
        else:
            p.pair("Anugya patra kr. (transit pass No.)", f"KDG/TP/{digits(rng, 5)}")
            wrap_pair(p, "Dharak (holder)", firm)
            bags = rng.randrange(20, 80)
            heads = [
                (
                    f"Pariwahan anugya shulk - koyla (charcoal), {bags} bori",
                    float(bags * rng.choice([10, 15, 20])),
                ),
                ("Vikas upkar (development cess)", float(rng.choice([100, 200, 250]))),
            ]
            officer = "Van kshetrapal (range officer)"
        p.add("rule")
        total = 0.0
        for head, fee in heads:
            total += fee
            wrap_pair(p, head, rs(fee))
        j.amount = round(total, 2)
        p.pair("Kul prapt rashi (total received)", rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "Cash"]) if not j.no_ref else "Cash"
        p.pair("Bhugtan madhyam (mode)", way, method="UPI" if way == "UPI" else "cash")
        if way == "UPI":
            p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
        word = "BHUGTAN PRAPT (PAYMENT RECEIVED)"
        p.add("center", word, status="success")
        p.part = "foot"
        right(p, officer)
        for _ in range(2):
            p.add("gap")
        seal(p, name, "KONDAGAON", None if j.no_day else j.date, "PRAPT")
        return p.done()
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "gateway":
        sbi = k in (1, 2)
        agg = "SBIePay" if sbi else "PayGov India"
        url = (
            "www.sbiepay.sbi/secure/AggregatorHostedListener"
            if sbi
            else "paygovindia.gov.in/pgi/response" + ("" if j.no_ref else f"?txn={digits(rng, 12)}")
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, agg)
        p.add(
            "small",
            "Payment aggregator of State Bank of India"
            if sbi
            else "NSDL e-Governance  |  Government payments",
        )
        p.add("rule")
        p.part = "body"
        words = {
            "success": ["Transaction successful", "Payment successful - the department has been informed"],
            "failed": ["Transaction failed - amount not debited, please try again"],
            "pending": ["Transaction pending - awaiting your bank's confirmation, do not pay again"],
        }
        outcome_row(p, status, words)
        wrap_pair(p, rng.choice(["Merchant", "Department"]), name, merchant=name)
        if k == 1:
            purpose = "Consent to operate - renewal (air and water), casting furnace"
            app_no = ("Application No.", f"CECB/CTO/{digits(rng, 7)}")
            j.amount = float(rng.choice([7500, 12000, 15000, 20000]))
        elif k == 2:
            purpose = f"Monthly contribution - {j.month(1)}"
            app_no = ("Employer code", f"{digits(rng, 17)}")
            wages = rng.randrange(180000, 520000, 100)
            j.amount = float(round(wages * 0.04))
        else:
            purpose = "IEC modification - change of address"
            app_no = ("IEC", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
            j.amount = float(rng.choice([200, 500]))
        wrap_pair(p, "Purpose", purpose)
        wrap_pair(p, rng.choice(["Paid by", "Customer name"]), firm)
        p.pair(*app_no)
        p.pair(rng.choice(["Amount (INR)", "Transaction amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            oid = f"{'CECB' if k == 1 else 'ESIC' if k == 2 else 'DGFT'}{digits(rng, 10)}"
            p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
            tid = digits(rng, 13) if sbi else f"PG{digits(rng, 12)}"
            p.pair("SBIePay ref. ID" if sbi else "PayGov txn ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}" if way != "UPI" else j.ref
                p.pair("Bank reference No.", bref, txn=(UTR_RANK if way == "UPI" else BANK_RANK, bref))
        date_row(
            p,
            j,
            {
                "success": ["Transaction date", "Date & time"],
                "failed": ["Attempted on"],
                "pending": ["Initiated on"],
            }[status],
            pats,
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            f"Keep the {'SBIePay ref. ID' if sbi else 'PayGov txn ID'} for any query with the department.",
        )
        return p.done()
    if frame == "gi":
        p = browser_page(rng, font, "ipindiaonline.gov.in/epayment/ereceipt")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Office of the Controller General of Patents, Designs & Trade Marks  |  Chennai")
        p.add("center", "E-RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            cbr = digits(rng, 6)
            p.pair("CBR No.", cbr, txn=(INVOICE_RANK, cbr))
        day_pair(p, j, ["CBR date"], pats)
        wrap_pair(p, "Applicant", firm)
        p.pair("GI application No.", "30 (Bastar Dhokra)")
        p.add("pair", "Form / particulars", "Amount (Rs.)")
        members = rng.randrange(8, 40)
        fees = [(f"Form GI-3A - authorised user, {members} members", float(members * 10))]
        if rng.random() < 0.5:
            fees.append(("Form GI-4 - certified copy of the register entry", 100.0))
        for label, fee in fees:
            wrap_pair(p, label, rs(fee))
        j.amount = round(sum(fee for _, fee in fees), 2)
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            bid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank transaction ID", bid, txn=(BANK_RANK, bid))
        p.add("center", "Payment received - e-receipt generated", status=status)
        p.part = "foot"
        p.add("small", "The authorised user applications are examined in the order of their CBR numbers.")
        return p.done()
    grn = digits(rng, 12)
    p = browser_page(rng, font, f"ekoshonline.cg.nic.in/echallan/receipt{'' if j.no_ref else '/' + grn}")
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Cyber Treasury e-Challan  |  e-Kosh, Government of Chhattisgarh")
    p.add("rule")
    p.part = "body"
    cells: list[tuple[str, str, dict]] = []
    if not j.no_ref:
        cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}" if not j.no_day else digits(rng, 20)
        cells += [("GRN", grn, {"txn": (TXN_RANK, grn)}), ("CIN", cin, {"txn": (BANK_RANK, cin)})]
    if not j.no_day:
        cells.append(("Challan date", f"{when_in(j, pats, rng)} {hhmm(rng, twelve=False)}", {"date": j.date}))
    cells.append(("Bank", rng.choice(["State Bank of India", "Punjab National Bank", "Bank of Baroda"]), {}))
    grid(p, cells)
    wrap_pair(p, "Remitter", firm)
    p.add("rule")
    p.add("pair", "Head of account", "Amount (Rs.)")
    if k == 3:
        heads = [
            ("1475-00-106-0101 Verification - platform scale 300 kg", float(rng.choice([600, 900]))),
            (
                "1475-00-106-0101 Verification - table scale 30 kg",
                float(rng.choice([150, 300]) * rng.randrange(1, 4)),
            ),
        ]
        if rng.random() < 0.4:
            heads.append(("1475-00-106-0102 Late verification fee", float(rng.choice([250, 500]))))
    else:
        heads = [
            (
                "0230-00-106-0001 Shop registration renewal",
                float(rng.choice([500, 1000])),
            )
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    j.amount = round(total, 2)
    p.pair("Total", rs(j.amount), amount=j.amount)
    p.pair("Payment mode", way, method=way_method(way))
    outcome_row(p, status, {"success": ["Challan paid - credited to the treasury", "Status: Success"]})
    p.part = "foot"
    p.add("small", "Verify this challan with its GRN on the e-Kosh portal.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - casting yard and stock",
        "schedule",
        "fire",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Shopkeeper's policy - Bastar Kala Griha, Raipur",
        "grid",
        "shop",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine cargo open policy",
        "sms",
        "marine",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - staff and member artisans",
        "grid",
        "health",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Employees' compensation - casters and smiths",
        "schedule",
        "wc",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Commercial vehicle - Tata Ace goods carrier",
        "grid",
        "vehicle",
    ),
    (
        "IFFCO-TOKIO General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Group personal accident - member artisans",
        "schedule",
        "pa",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Exhibition floater - stock at IITF",
        "sms",
        "fair",
    ),
]


def cover(rng: random.Random, rs, kind: str) -> tuple[list[tuple[str, str]], float]:
    """The cover's rows (a sum insured, wages, heads or stock: no sum paid) and the premium before the
    add-on."""
    if kind == "fire":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        return [("Sum insured - building, furnace and stock", rs(insured))], round(
            insured * rng.uniform(0.0007, 0.0012), 2
        )
    if kind == "shop":
        insured = float(rng.randrange(600000, 4000000, 50000))
        return [("Sum insured - showroom contents", rs(insured))], round(
            insured * rng.uniform(0.0012, 0.002), 2
        )
    if kind == "health":
        members = rng.randrange(18, 60)
        return [("Members covered", f"{members} (Rs 3,00,000 each)")], round(
            members * rng.uniform(3200, 5200), 2
        )
    if kind == "wc":
        wages = float(rng.randrange(1200000, 4200000, 10000))
        return [("Annual wages declared", rs(wages))], round(wages * rng.uniform(0.006, 0.011), 2)
    if kind == "vehicle":
        idv = float(rng.randrange(280000, 520000, 5000))
        rows = [("IDV", rs(idv)), ("Registration No.", f"CG27{code(rng, 2, UPPER)}{digits(rng, 4)}")]
        return rows, round(idv * rng.uniform(0.018, 0.026) + 16049, 2)
    persons = rng.randrange(40, 160)
    return [("Artisans covered", f"{persons} (Rs 2,00,000 each)")], round(persons * rng.uniform(120, 230), 2)


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its casting yard and stock, the showroom, its export cargo, its staff's and
    artisans' health, its casters and smiths under employees' compensation, its Tata Ace, its member artisans
    against accidents and its stock at the IITF, in three layouts: a printed POLICY SCHEDULE CUM PREMIUM
    RECEIPT / SCHEDULE AND PREMIUM RECEIPT whose receipt sits at its foot under PREMIUM RECEIPT (the insurer
    on top, the product and the office, Policy No. / Cover note No., Insured, Risk location, Period of
    insurance, the cover, Premium (net), an add-on, GST, Total premium (incl. GST); then Receipt No., Receipt
    date / Cheque tendered on, Amount received / Cheque amount, Instrument, UPI ref. / Bank ref., Premium
    received - cover in force / Cover held subject to realisation of the cheque); the insurer's payment page
    with the sum large and boxes two to a row, each label above its value (Policy No. / Renewal notice No. and
    Proposal No., Payment mode and Transaction ID, Bank ref. No. and Payment date / Attempted on; Payment
    successful - policy issued / Premium paid / Payment failed - policy not renewed, retry within 30 days);
    and the insurer's SMS ("Dear Customer, we have received Rs.x towards Policy No. <no.> on <day> vide Txn ID
    <id>. Thank you for choosing ICICI Lombard.", "Premium of INR x for your Exhibition Floater policy <no.>
    received by UPI on <day>. Receipt No. <no.> - Royal Sundaram")."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    if kind == "fair":
        j.date = FAIR_START - dt.timedelta(days=rng.randrange(5, 26))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    policy = f"{rng.choice(['4502', '3112', '1901'])}/{digits(rng, 8)}/00/000"
    if frame == "sms":
        base = {"marine": rupees(rng, 9000, 48000, 0.3), "fair": rupees(rng, 4000, 26000, 0.3)}[kind]
        j.amount = base
        amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
        if kind == "marine":
            tid = f"IL{digits(rng, 12)}"
            text = (
                f"Dear Customer, we have received Rs.{amt} towards Policy No. {policy} on "
                f"{when(j.date, '%d-%m-%Y')} vide Txn ID {tid}. Thank you for choosing ICICI Lombard."
            )
            return sms_page(
                rng,
                font,
                "VM-ICICIL",
                text,
                j,
                merchant="ICICI Lombard",
                amount=j.amount,
                date=j.date,
                txn=(TXN_RANK, tid),
                status="success",
            ).done()
        rno = f"RS{digits(rng, 10)}"
        text = (
            f"Premium of INR {amt} for your Exhibition Floater policy {policy} received by UPI on "
            f"{when(j.date, '%d/%m/%y')}. Receipt No. {rno} - Royal Sundaram"
        )
        return sms_page(
            rng,
            font,
            "AD-RSGIPL",
            text,
            j,
            merchant="Royal Sundaram",
            amount=j.amount,
            date=j.date,
            method="UPI",
            txn=(INVOICE_RANK, rno),
            status="success",
        ).done()
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    name = ins.upper() if rng.random() < 0.25 else ins
    if frame == "grid":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'customer'])}.{host}/payment/status")
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, name if fits(p, "title", name) else ins, merchant=name if fits(p, "title", name) else ins)
    p.add("small", product)
    if frame == "schedule":
        p.add("small", rng.choice(["Divisional Office, Jagdalpur", "Branch Office, Civil Lines, Raipur"]))
        p.add("center", rng.choice(["POLICY SCHEDULE CUM PREMIUM RECEIPT", "SCHEDULE AND PREMIUM RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if frame == "grid":
        words = {
            "success": ["Payment successful - policy issued", "Premium paid"],
            "failed": ["Payment failed - policy not renewed, retry within 30 days"],
        }
        outcome_row(p, status, words)
        rows, basic = cover(rng, rs, kind)
        j.amount = round(basic * 1.18, 2)
        p.add("big", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        cells = [
            ("Policy No." if status == "success" else "Renewal notice No.", policy, {}),
            ("Proposal No.", f"PR{digits(rng, 10)}", {}),
            ("Payment mode", way, {"method": way_method(way)}),
        ]
        if not j.no_ref:
            tid = f"{rng.choice(['TXN', 'PAY'])}{digits(rng, 11)}"
            cells.append(("Transaction ID", tid, {"txn": (TXN_RANK, tid)}))
            if status == "success":
                if way == "UPI":
                    cells.append(("UPI ref.", j.ref, {"txn": (UTR_RANK, j.ref)}))
                else:
                    bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                    cells.append(("Bank ref. No.", bref, {"txn": (BANK_RANK, bref)}))
        if not j.no_day:
            cells.append(
                (
                    "Payment date" if status == "success" else "Attempted on",
                    when_in(j, ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"], rng),
                    {"date": j.date},
                )
            )
        grid(p, cells)
        p.add("rule")
        wrap_pair(p, "Insured", firm)
        for label, value in rows:
            p.pair(label, value)
        p.pair("Premium (before GST)", rs(basic))
        p.pair("GST @ 18%", rs(round(j.amount - basic, 2)))
        p.part = "foot"
        p.add("small", "The policy document is mailed to the insured's registered e-mail.")
        return p.done()
    if status == "success":
        p.pair("Policy No.", policy)
    else:
        p.pair("Cover note No.", f"CN{digits(rng, 9)}")
    wrap_pair(p, "Insured", firm)
    where = {
        "fire": f"{YARD}, Bhelwapadar Para, Kondagaon",
        "wc": f"{YARD} and {FORGE}, Kondagaon",
        "pa": "Member artisans of Kondagaon district",
    }[kind]
    wrap_pair(p, "Risk location", where)
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 4))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        wrap_pair(p, "Period of insurance", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    rows, basic = cover(rng, rs, kind)
    for label, value in rows:
        p.pair(label, value)
    addon = {
        "fire": ("Earthquake and STFI cover", 0.12),
        "wc": ("Medical extension", 0.08),
        "pa": ("Accidental hospitalisation", 0.1),
    }[kind]
    extra = round(basic * addon[1], 2)
    p.pair("Premium (net)", rs(basic))
    p.pair(addon[0], rs(extra))
    taxed = round(basic + extra, 2)
    half = round(taxed * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    j.amount = round(taxed + 2 * half, 2)
    p.pair("Total premium (incl. GST)", rs(j.amount))
    p.add("rule")
    p.add("center", "PREMIUM RECEIPT")
    if not j.no_ref:
        rno = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        ["Receipt date"] if status == "success" else ["Cheque tendered on"],
        ["%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"],
    )
    if status == "pending":
        way = "Cheque"
    else:
        way = rng.choice(["UPI", "Net banking", "Cheque"])
    p.pair("Amount received" if status == "success" else "Cheque amount", rs(j.amount), amount=j.amount)
    if way == "Cheque":
        instrument = f"Cheque No. {digits(rng, 6)}, {rng.choice(BANKS[:3])}, Kondagaon"
        if status == "pending":
            instrument += " (subject to realisation)"
    else:
        instrument = way
    wrap_pair(p, "Instrument", instrument, method=way_method(way))
    if not j.no_ref and way != "Cheque":
        ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        rank = UTR_RANK if way == "UPI" else BANK_RANK
        p.pair("UPI ref." if way == "UPI" else "Bank ref.", ref, txn=(rank, ref))
    words = {
        "success": ["Premium received - cover in force"],
        "pending": ["Cover held subject to realisation of the cheque"],
    }
    outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "Subject to the policy wordings, clauses and endorsements attached.")
    right(p, "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("BASTAR KALA GRIHA", "G.E. ROAD, TELIBANDHA, RAIPUR", "own"),
    ("MAA DANTESHWARI FUELS", "NH-30, KESHKAL", "fuel"),
    ("GHADWA KALA BASTAR PRODUCER CO", "BHELWAPADAR, KONDAGAON", "own"),
    ("HOTEL DANDAMI RESIDENCY", "DHARAMPURA, JAGDALPUR", "hotel"),
    ("BHELWAPADAR DHOKRA KARYASHALA", "KONDAGAON 494226", "own"),
    ("SAHU HARDWARE & PAINTS", "STATION ROAD, RAIPUR", "shop"),
    ("BASTAR KALA GRIHA", "IITF, BHARAT MANDAPAM, NEW DELHI", "own"),
    ("MAA BAMLESHWARI DHABA", "NH-30, KONDAGAON", "food"),
]
TERMINALS = [
    "WORLDLINE",
    "HP PAY",
    "UNION BANK OF INDIA",
    "ICICI MERCHANT SERVICES",
    "EZETAP BY RAZORPAY",
    "KOTAK BANK",
    "PHONEPE POS",
    "PAYTM EDC",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the showroom's (at Telibandha and at the IITF stall), the company's and the yard's
    terminals, and the company's card at a filling station on NH-30 at Keshkal, a Jagdalpur hotel, a Raipur
    hardware shop and a Kondagaon dhaba: slips (monospace: the terminal's bank or brand, the counter's name
    and place in capitals) in two layouts: each field on its own line with its key padded to a colon (DATE :
    <day>, TIME : <hour>, MID, TID, BATCH NO, INVOICE NO, CARD NO, CARD TYPE, ENTRY, APPR CODE, RRN, a fuel
    sale's PRODUCT, RATE/LTR, VOLUME and VEHICLE, a hotel's RES NO, a dhaba's BILL NO and STEWARD, AMOUNT :
    Rs. x); or two fields to a line with no key or the key run into the value (<day> beside <hour>, TID:<no.>
    beside MID:<no.>, BATCH:<no.> beside INV:<no.>, the card beside its scheme, AUTH:<code> beside RRN:<ref>),
    then AMOUNT small over the sum large; APPROVED / TXN APPROVED - PIN VERIFIED / APPROVED - THANK YOU, VISIT
    AGAIN / DECLINED - 55 INCORRECT PIN / NO RESPONSE FROM HOST - CHECK STATUS BEFORE RETRY."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1200, high=64000)
    name, town, kind = COUNTERS[k]
    if k == 6:
        j.date = FAIR_START + dt.timedelta(days=rng.randrange(14))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 900, 5200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2600, 14000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 600, 16000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 280, 2400, 0.7)
    p = slip_page(rng, font)
    p.part = "head"
    p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    mid, tid = digits(rng, 15), digits(rng, 8)
    batch, inv = f"{rng.randrange(1, 999):06d}", f"{rng.randrange(1, 9999):06d}"
    lead = rng.choice(["4", "5", "6"])
    card = f"{lead}{rng.choice(['XXX XXXX XXXX ', '*** **** **** '])}{digits(rng, 4)}"
    scheme = {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead] + rng.choice([" DEBIT", " CREDIT", ""])
    entry = rng.choice(["CHIP", "CONTACTLESS"] if j.amount <= 5000 else ["CHIP"])
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    t = hhmm(rng, twelve=False, seconds=True)
    body = f"{j.amount:,.2f}" if rng.random() < 0.6 else f"{j.amount:.2f}"
    mark = rng.choice(["Rs. ", "INR ", "RS."])
    if rng.random() < 0.5:

        def kv(key: str, value: str, **facts) -> None:
            p.add("left", f"{key:<10}: {value}", **facts)

        if not j.no_day:
            day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%d.%m.%y"]), upper=True)
            kv("DATE", day, date=j.date)
        kv("TIME", t)
        kv("MID", mid)
        kv("TID", tid)
        kv("BATCH NO", batch)
        if not j.no_ref:
            kv("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.add("center", rng.choice(["SALE", "CARD SALE"]))
        kv("CARD NO", card, method="card")
        kv("CARD TYPE", scheme)
        kv("ENTRY", entry)
        if kind == "fuel":
            rate = round(rng.uniform(93.5, 106.8), 2)
            kv("PRODUCT", rng.choice(["HSD (DIESEL)", "MS (PETROL)", "POWER"]))
            kv("RATE/LTR", f"{rate:.2f}")
            kv("VOLUME", f"{j.amount / rate:.2f} L")
            kv("VEHICLE", f"CG27{code(rng, 2, UPPER)}{digits(rng, 4)}")
        elif kind == "hotel":
            kv("RES NO", f"DR{digits(rng, 6)}")
        elif kind == "food":
            kv("BILL NO", f"D-{rng.randrange(100, 9999)}")
            kv("STEWARD", f"{rng.randrange(1, 20):02d}")
        if status == "success" and not j.no_ref:
            kv("APPR CODE", appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            kv("RRN", j.ref, txn=(UTR_RANK, j.ref))
        kv("AMOUNT", f"{mark}{body}", amount=j.amount)
    else:
        if j.no_day:
            p.add("right", t)
        else:
            day = when(j.date, rng.choice(["%d/%m/%y", "%d-%m-%Y", "%d %b %Y"]), upper=True)
            p.add("pair", day, t, date=j.date)
        p.add("pair", f"TID:{tid}", f"MID:{mid[-8:]}")
        if j.no_ref:
            p.add("left", f"BATCH:{batch}")
        else:
            p.add("pair", f"BATCH:{batch}", f"INV:{inv}", txn=(INVOICE_RANK, inv))
        p.add("center", rng.choice(["SALE", "CARD SALE"]))
        p.add("pair", card, scheme, method="card")
        p.add("left", entry)
        if kind == "fuel":
            rate = round(rng.uniform(93.5, 106.8), 2)
            p.add("pair", rng.choice(["HSD", "MS", "POWER"]), f"{j.amount / rate:.2f} L @ {rate:.2f}")
            p.add("left", f"VEH:CG27{code(rng, 2, UPPER)}{digits(rng, 4)}")
        elif kind == "food":
            p.add("left", f"BILL:D-{rng.randrange(100, 9999)}")
        if not j.no_ref:
            if status == "success":
                p.add("pair", f"AUTH:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
            else:
                p.add("left", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("small", "AMOUNT")
        p.add("big", f"{mark.strip()} {body}", amount=j.amount)
    p.add("rule")
    word = {
        "success": rng.choice(
            ["APPROVED", "TXN APPROVED - PIN VERIFIED", "APPROVED - THANK YOU, VISIT AGAIN"]
        ),
        "failed": "DECLINED - 55 INCORRECT PIN",
        "pending": "NO RESPONSE FROM HOST - CHECK STATUS BEFORE RETRY",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("CSPDCL", "Chhattisgarh State Power Distribution Company Ltd", "BP Number"),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("Bharat Gas", "Bharat Petroleum Corporation Ltd", "LPG ID"),
]
# the app, its layout, the biller
BILL_PLAN = [
    ("Mor Bijli", "app", 0),
    ("Google Pay", "grid", 1),
    ("SMS", "sms", 0),
    ("Amazon Pay", "grid", 2),
    ("PhonePe", "grid", 0),
    ("Mor Bijli", "app", 0),
    ("Paytm", "grid", 4),
    ("SMS", "sms", 3),
]
BILL_PREMISES = [f"{YARD}", f"{SHOWROOM}, Raipur", f"{FORGE}", f"{KILN}"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard's, the forge's, the kiln's and the showroom's power (CSPDCL), the yard's fibre (BSNL Bharat
    Fibre), the manager's postpaid (Airtel), the showroom's DTH (Dish TV) and the yard's gas (Bharat Gas), in
    three layouts: CSPDCL's Mor Bijli app receipt (the app's line, the distributor on top, the outcome, the
    sum large, BP Number, Consumer name, Bill month, Payment mode, Receipt No., Transaction ID, Bank ref. No.
    / UPI ref., Paid on / Payment date); a Bharat Connect receipt in Google Pay, Amazon Pay, PhonePe or Paytm
    with boxes two to a row, each label above its value (Biller and Amount paid / Amount, the account's number
    and Customer name, Payment mode and Bharat Connect ref., UPI ref. or App txn ID and Date & time); and the
    biller's SMS (CSPDCL's "Dear Consumer, payment of Rs.x against BP No. <no.> received on <day>. Receipt No.
    <no.>. Thank you - CSPDCL", Dish TV's "Dear Subscriber, recharge of Rs.x for VC No. <no.> is successful on
    <day>. Txn ID <id>. Balance Rs.y. - Dish TV"). Bill paid successfully / Paid - biller confirmed / Payment
    in progress - biller confirmation awaited (up to 48 hours) / Payment failed - money will be refunded in
    3-5 days / Payment successful / Bill paid - thank you."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=1400, high=38000)
    app, layout, which = BILL_PLAN[k]
    short, long, idlab = BILLERS[which]
    j.amount = {
        1: rupees(rng, 499, 2499, 0.6),
        2: rupees(rng, 399, 1999, 0.6),
        3: rupees(rng, 250, 900, 0.6),
        4: rupees(rng, 850, 3200, 0.5),
    }.get(which, j.amount)
    ids = {
        "BP Number": f"100{digits(rng, 7)}",
        "Account No.": digits(rng, 10),
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    if layout == "sms":
        amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
        day = when(j.date, rng.choice(["%d-%m-%Y", "%d/%m/%y"]))
        if which == 0:
            rno = f"R{digits(rng, 11)}"
            text = (
                f"Dear Consumer, payment of Rs.{amt} against BP No. {ids} received on {day}. "
                f"Receipt No. {rno}. Thank you - CSPDCL"
            )
            return sms_page(
                rng,
                font,
                "VM-CSPDCL",
                text,
                j,
                merchant="CSPDCL",
                amount=j.amount,
                date=j.date,
                txn=(INVOICE_RANK, rno),
                status="success",
            ).done()
        tid = f"DT{digits(rng, 10)}"
        text = (
            f"Dear Subscriber, recharge of Rs.{amt} for VC No. {ids} is successful on {day}. Txn ID {tid}. "
            f"Balance Rs.{num(round(j.amount + rng.uniform(20, 400), 2))}. - Dish TV"
        )
        return sms_page(
            rng,
            font,
            "JD-DISHTV",
            text,
            j,
            merchant="Dish TV",
            amount=j.amount,
            date=j.date,
            txn=(TXN_RANK, tid),
            status="success",
        ).done()
    rs = money(rng, font, 0.5)
    firm = rng.choice([COMPANY_CAPS, f"M/S {SHOWROOM.upper()}", f"M/S {YARD.upper()}"])
    way = (
        rng.choice(["UPI", "UPI", "Debit card"]) if app != "Mor Bijli" else rng.choice(["UPI", "Net banking"])
    )
    if layout == "app":
        p = phone_page(rng, font, k, ["Mor Bijli", "Payment receipt"])
        p.part = "head"
        p.add("small", "Mor Bijli  |  Online bill payment")
        name = rng.choice([short, long])
        top(p, name, merchant=name)
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid - thank you"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        p.pair(idlab, ids)
        wrap_pair(
            p, "Consumer name", rng.choice([f"M/S {YARD.upper()}", f"M/S {KILN.upper()}", COMPANY_CAPS])
        )
        p.pair("Bill month", j.month(1))
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            rno = f"R{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            tid = f"MB{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "UPI":
                p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "The payment reflects in your account within 24 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["Bill payment", "Receipt", ""])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payment receipt")
    p.part = "body"
    words = {
        "success": ["Bill paid successfully", "Paid - biller confirmed"],
        "pending": ["Payment in progress - biller confirmation awaited (up to 48 hours)"],
        "failed": ["Payment failed - money will be refunded in 3-5 days"],
    }
    outcome_row(p, status, words)
    p.add("rule")
    name = rng.choice([short, long])
    shown = rs(j.amount)
    cells: list[tuple[str, str, dict]] = [
        ("Biller", name, {"merchant": name}),
        ("Amount paid" if status == "success" else "Amount", shown, {"amount": j.amount}),
        (idlab, ids, {}),
        ("Customer name", firm, {}),
        ("Payment mode", way, {"method": way_method(way)}),
    ]
    if not j.no_ref:
        if status != "failed":
            bc = f"{code(rng, 2, UPPER)}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            cells.append(("Bharat Connect ref.", bc, {"txn": (BANK_RANK, bc)}))
        if status == "success" and way == "UPI":
            cells.append(("UPI ref.", j.ref, {"txn": (UTR_RANK, j.ref)}))
        elif status == "failed":
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 14)}"
            cells.append(("App txn ID", tid, {"txn": (TXN_RANK, tid)}))
    if not j.no_day:
        cells.append(
            ("Date & time", f"{when(j.date, '{d} %b %Y')}, {hhmm(rng, lower=True)}", {"date": j.date})
        )
    grid(p, cells)
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_BANKS = [
    ("Chhattisgarh Rajya Gramin Bank", "AX-CRGBNK"),
    ("Union Bank of India", "VM-UNIONB"),
    ("ICICI Bank", ""),
    ("IDBI Bank", "JD-IDBIBK"),
    ("Kotak Mahindra Bank", "VK-KOTAKB"),
    ("State Bank of India", "BP-SBIINB"),
    ("Bank of Maharashtra", "AD-MAHABK"),
    ("Indian Bank", ""),
]
ALERT_PAYEES = [
    "LAKHAN KASHYAP",
    "PRAGATI EXPO FABRI",
    "Golbazar Metal Traders",
    "SURYODAY SOLAR SYS",
    "DHANSINGH POYAM",
    "",
    "DANDAKARANYA ROADWA",
    "JABALPUR REFRACTORIES",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender id, the day
    divider, each bank's own wording: Chhattisgarh Rajya Gramin Bank's UPI "Dear Customer, your A/c XX1234 is
    debited by Rs.x on 14-10-26 for UPI to <payee>. UPI Ref <ref>.", Union Bank of India's "A/c *1234 Debited
    for Rs:x by NEFT to <payee> Ref no <ref>. Avl Bal Rs:y", IDBI Bank's pending "Your NEFT request of INR x
    to <payee> (A/c XX5678) is accepted and under process. Ref No <ref>.", Kotak's IMPS "Rs.x is debited from
    Kotak Bank A/c X1234 to <payee> via IMPS on 14-10-26.", State Bank of India's "Dear Customer, Rs x has
    been debited from your A/C XXXXX1234 on 14Oct26 by transfer (Ref No <ref>). Avl Bal Rs y.-SBI" (no payee
    named), Bank of Maharashtra's failed "NEFT of Rs.x to <payee> from A/c XX1234 on <day> failed - invalid
    beneficiary account. Amount credited back. UTR <ref>") and two e-mails (ICICI Bank's Transaction alert
    with boxes two to a row, each label above its value: Amount and Transaction type, Beneficiary and
    Beneficiary A/c, Date and UTR, Available balance; Indian Bank's sentence "Your A/c XXXX1234 has been
    debited for INR x on <day> towards <way>/<UTR>/<payee>.")."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=8000, high=300000)
    if k == 0:
        j.amount = rupees(rng, 400, 6500, 0.8)
    bank, sender = ALERT_BANKS[k]
    to = ALERT_PAYEES[k]
    way = "UPI" if k == 0 else "IMPS" if k == 4 else "RTGS" if j.amount >= 200000 else "NEFT"
    if way == "IMPS":
        j.amount = rupees(rng, 2000, 24000, 0.8)
    ref = None if j.no_ref else bank_ref(rng, j, bank, way)
    tail = digits(rng, 4)
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 2600000), rng.choice(["indian", "plain"]))
    method = "UPI" if way == "UPI" else "netbanking"
    if k in (2, 7):
        p = mail_page(
            rng,
            font,
            f"{bank} <{'alerts' if k == 2 else 'ib.alerts'}@{slug(bank)}>",
            ["Transaction alert for your account", "Debit alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert  |  Current account")
        p.add("rule")
        p.part = "body"
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.add("left", "Dear Customer,")
        if k == 2:
            p.add("left", "A debit has been made from your account. The details are below.")
            cells = [
                ("Amount", rs(j.amount), {"amount": j.amount}),
                ("Transaction type", f"{way} debit", {"method": method}),
                ("Beneficiary", to, {"merchant": to}),
                ("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}", {}),
                ("Date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"], rng), {"date": j.date}),
            ]
            if ref:
                cells.append(("UTR", ref, {"txn": (UTR_RANK, ref)}))
            cells.append(("Available balance", rs(rupees(rng, 30000, 2600000)), {}))
            grid(p, cells)
            p.add("left", "Status: Debited successfully", status="success")
        else:
            day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y"], rng)
            narration = f"{way}/{ref}/{to}" if ref else f"{way}/{to}"
            p.add(
                "left",
                f"Your A/c XXXX{tail} has been debited for {rs(j.amount)} on {day} towards",
                amount=j.amount,
                date=j.date,
                status="success",
            )
            facts = {"merchant": to, "method": method}
            if ref:
                facts["txn"] = (UTR_RANK, ref)
            p.add("left", f"{narration}.", **facts)
            p.add("left", f"Available balance: {rs(rupees(rng, 30000, 2600000))}")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. If you did not do this, call us at once.")
        return p.done()
    day = "" if j.no_day else when(j.date, "%d-%m-%y")
    if k == 0:
        text = (
            f"Dear Customer, your A/c XX{tail} is debited by Rs.{amt} on {day} for UPI to {to}. "
            f"UPI Ref {ref}. Not you? Call 18002332444 -CRGB"
        )
        facts = {"merchant": to, "amount": j.amount, "date": j.date, "method": method, "txn": (UTR_RANK, ref)}
    elif k == 1:
        text = (
            f"A/c *{tail} Debited for Rs:{amt} by {way} to {to} Ref no {ref}. Avl Bal Rs:{bal} "
            "-Union Bank of India"
        )
        facts = {"merchant": to, "amount": j.amount, "method": method, "txn": (UTR_RANK, ref)}
    elif k == 3:
        text = (
            f"Your {way} request of INR {amt} to {to} (A/c XX{digits(rng, 4)}) dated {day} is accepted "
            f"and under process. Ref No {ref}. -IDBI Bank"
        )
        facts = {"merchant": to, "amount": j.amount, "date": j.date, "method": method, "txn": (UTR_RANK, ref)}
    elif k == 4:
        text = (
            f"Rs.{amt} is debited from Kotak Bank A/c X{tail} to {to} via IMPS on {day}. "
            "Not you? Call 18602662666"
        )
        facts = {"merchant": to, "amount": j.amount, "date": j.date, "method": method}
    elif k == 5:
        text = (
            f"Dear Customer, Rs {amt} has been debited from your A/C XXXXX{tail} on "
            f"{when(j.date, '%d%b%y')} by transfer (Ref No {ref}). Avl Bal Rs {bal}.-SBI"
        )
        facts = {"amount": j.amount, "date": j.date, "txn": (UTR_RANK, ref)}
    else:
        text = (
            f"{way} of Rs.{amt} to {to} from A/c XX{tail} on {when(j.date, '%d-%m-%Y')} failed - invalid "
            f"beneficiary account. Amount credited back. UTR {ref} -Bank of Maharashtra"
        )
        facts = {"merchant": to, "amount": j.amount, "date": j.date, "method": method, "txn": (UTR_RANK, ref)}
    if j.no_day:
        facts.pop("date", None)
    if j.no_ref:
        facts.pop("txn", None)
    return sms_page(rng, font, sender, text, j, status=status, **facts).done()


compose = compose158

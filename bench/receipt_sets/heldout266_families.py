"""The twelve heldout266 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Cheriyal scroll painting and Nakashi mask and doll workshop's day in 2026 in
Siddipet district, Telangana (Cheriyal Nakashi Kalakarula Producer Company Ltd, a producer company of the
Nakashi painters of Cheriyal and the mask and doll makers round it; its workshop on Nakashi Street, Cheriyal,
Nakashi Chitrashala, where the khadi is primed with tamarind seed paste, white clay and gum, the Markandeya,
Gauda and Krishna stories are painted panel by panel on scrolls in natural colours and masks and dolls of
village life are shaped of sawdust, tamarind paste and poniki wood, the artisans paid by the piece; the Kaki
Padagollu storytellers who recite the scrolls; and its sales counter in the Nampally Crafts Arcade, Hyderabad,
Katha Pata Gallery, with a stall at the Numaish, a web shop and commissions from temples, hotels, schools and
interiors studios, and export orders), told by the proofs of payment it receives (buyers' UPI screens, web
gateways' e-mails, devasthanams' proceedings, banks' payment advices, remittance advices, Razorpay's
settlement, remittances in eight currencies as an MT103 printout, a German advice, Payoneer's and Skydo's
e-mails, a bank's held and returned remittances and DGFT's e-BRC, the workshop's and the gallery's receipt
book pages, advance receipts and counter memos, card slips, an EMI slip and a tap-on-phone receipt) and those
it makes (suppliers' invoices endorsed with the payment, Khatabook SMS, a till receipt and Vyapar receipts in
a chat, the branch's RTGS / NEFT forms, ENet's status pages and the banks' intimations to the contractors, the
artisans' passbooks, receipts on a revenue stamp, payslips and a UPI to the packer, MeeSeva's, EPFO's, GHMC's,
T-Wallet's, the Commercial Taxes Department's, the Pollution Control Board's and DGFT's receipts, the
insurers' receipts, SMS and app, its card at a filling station, a hotel, an art store and an eatery, the
power, water, gas, phone, fibre and DTH bills, the banks' SMS and e-mail alerts). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, salutations, counterfoils' copies of the receipt's figures, bills listed in
a ledger, quotations', resolutions' and proceedings' days, commissions' values and balances, works, pieces,
loads, rates, cuts, GST, TDS and fees, gross and net premiums, earnings and deductions, EPF accounts, FX
rates, INR equivalents, instructed sums and sender's charges, remitters and their banks, balances, bill months
and periods, pay periods, next bill and due days, policy periods, heads, licence, application, assessment,
member, employee, establishment, commission, policy, consumer, service, USC, CAN, LPG, booking, subscriber,
account and mobile numbers, IEC, GSTIN, IFSC, SWIFT's :20: and :70:, UETRs, a cheque for a NEFT's debit,
terminal, merchant and batch numbers, vehicle, room, folio and table numbers, payers' VPAs and the payer's own
details carry no fact. ``Job`` is heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page`` and ``phone_page`` heldout140's;
``right`` heldout152's; ``seal`` heldout129's; ``gstin`` heldout127's; ``outcome_row`` heldout126's; ``fits``
and ``place`` heldout123's; ``top`` and ``check`` heldout122's; ``outcome`` heldout119's; ``chat_times``,
``masked`` and ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; the
messages app's frame heldout106's; ``sign`` and ``glyphs`` heldout93's; ``num`` heldout82's; ``bank_ref``,
``book_rs``, ``when_in``, ``wpair`` and ``sms_page`` after heldout265's. ``compose`` is heldout158's (as
heldout265's), each page's rows drawn by ``_render``: heldout14's renderer, then this set's rows (``kind``:
cells at set places in their faces, bold and italic among them, and inks; boxes round a row's cells or one
cell; a counterfoil's dashed cut) in the lines it leaves for them. The pages' layouts and wordings are this
set's own."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout14_render, heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets.heldout14_render import FONT_DIR, SCALE, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, MARGIN, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout118_families import chat_times, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import check, top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Cheriyal Nakashi Kalakarula Producer Company Ltd"
COMPANY_CAPS = "CHERIYAL NAKASHI KALAKARULA PRODUCER COMPANY LTD"
SHORT = "Nakashi Kalakarula PCL"
WORKSHOP = "Nakashi Chitrashala"
GALLERY = "Katha Pata Gallery"
# unit: its line, its address, GST state code (Telangana 36)
UNITS = {
    "workshop": (
        "Cheriyal scrolls, Nakashi masks and dolls - painted by hand in natural colours",
        "Nakashi Street, Cheriyal, Siddipet District, Telangana - 506223",
    ),
    "gallery": (
        "Cheriyal scroll paintings, masks and dolls - the company's sales counter",
        "Shop 14, Nampally Crafts Arcade, Nampally, Hyderabad - 500001",
    ),
}
STATE = "36"
# the Numaish (All India Industrial Exhibition) at Nampally, Hyderabad: 1 January to 15 February 2026
NUMAISH = dt.date(2026, 1, 1)
BANKS = [
    "State Bank of India",
    "Canara Bank",
    "Union Bank of India",
    "HDFC Bank",
    "Axis Bank",
    "ICICI Bank",
    "Bank of Baroda",
    "Karur Vysya Bank",
    "Federal Bank",
    "Punjab National Bank",
    "Indian Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "ICICI Bank": "ICIC",
    "Bank of Baroda": "BARB",
    "Karur Vysya Bank": "KVBL",
    "Federal Bank": "FDRL",
    "Punjab National Bank": "PUNB",
    "Indian Bank": "IDIB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "AP Mahesh Co-op Urban Bank": "APMC",
}
# the company's work: name, HSN, price a piece (low, high)
WORKS = [
    ("Cheriyal scroll - Markandeya Purana, 12 ft", "9701", 38000, 96000),
    ("Cheriyal scroll - Gauda Purana, 8 ft", "9701", 24000, 64000),
    ("Scroll panel - Krishna Leela, 2 x 1.5 ft", "9701", 3800, 9500),
    ("Scroll panel - village life, 18 x 12 in", "9701", 1800, 4800),
    ("Nakashi mask - Hanuman", "4420", 950, 2800),
    ("Nakashi mask - Garuda", "4420", 1100, 3200),
    ("Nakashi dolls - toddy tapper and wife, pair", "4420", 1400, 3600),
    ("Nakashi dolls - village women at work, set of 5", "4420", 2600, 6800),
    ("Wedding procession dolls, set of 9", "4420", 5200, 12800),
    ("Ganesha figure, 10 in", "4420", 1600, 4200),
]


# ---------------------------------------------------------------- days, sums and references


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def with_hour(rng: random.Random, day: dt.date, pats: list[str], *, twelve: bool | None = None) -> str:
    """A day in one of ``pats`` and an hour after it."""
    twelve = rng.random() < 0.5 if twelve is None else twelve
    hour = hhmm(rng, twelve=twelve, seconds=not twelve and rng.random() < 0.5, lower=rng.random() < 0.4)
    return (
        f"{when(day, rng.choice(pats).replace('{m}', str(day.month)))}{rng.choice([', ', ' ', ' | '])}{hour}"
    )


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


BANK_SHORT = {
    "State Bank of India": "SBI",
    "Union Bank of India": "Union Bank",
    "Punjab National Bank": "PNB",
    "Karur Vysya Bank": "KVB",
    "Kotak Mahindra Bank": "Kotak",
}


def ifsc(rng: random.Random, bank: str) -> str:
    return f"{IFSC.get(bank, 'SBIN')}0{digits(rng, 6)}"


def acct(rng: random.Random, shown: int = 4) -> str:
    return "X" * rng.choice([6, 7, 8]) + digits(rng, shown)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, COMPANY])


def pick(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` (drawn among those that fit; the shortest where none
    does)."""
    fit = [name for name in names if fits(p, kind, name)]
    return p.rng.choice(fit) if fit else min(names, key=len)


def book_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a receipt book writes them: the page's mark and grouping, and on some pages a whole sum
    closed with a slash and a dash (Rs. 1,100/-; a sum with paise keeps them)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.45

    def show(value: float) -> str:
        if slashed and value == int(value):
            return f"{rs.mark}{rs.gap}{num(value, rs.grouping, 0)}/-".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- this set's rows: cells at set places,
# boxes, faces, a counterfoil's cut


def variant(font: str, face: str) -> str:
    """The bold ("b") or italic ("i", "u") face of ``font`` where its family has one, else ``font``."""
    if face == "r":
        return font
    stem = font[:-4]
    base = stem.replace("-Regular", "")
    bold = face == "b"
    if "Mono" in base and "FreeMono" not in base:
        tails = ["-Bold"] if bold else ["-Oblique", "-Italic"]
    elif base.startswith(("freefont/",)):
        tails = ["Bold"] if bold else ["Italic", "Oblique"]
    elif "DejaVuSans" in base:
        tails = ["-Bold"] if bold else ["-Oblique"]
    else:
        tails = ["-Bold"] if bold else ["-Italic"]
    for tail in tails:
        name = f"{base}{tail}.ttf"
        if Path(FONT_DIR, name).is_file():
            return name
    return font


def kind(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    *,
    faint: tuple[int, ...] = (),
    faces: str = "",
    scale: float = 1.0,
    box: str = "",
    head: bool = False,
    boxcell: int = -1,
) -> None:
    """Name a row kind of this page whose cells sit in ``spec``'s spans (from, to, as shares of the room, and
    the cell's alignment there: "l", "r" or "c"); the cells in ``faint`` in the label ink; ``faces`` a letter
    a cell ("r" regular, "b" bold, "i" italic, "u" italic on a dotted line, a form's blank filled in); ``box``
    the edges drawn round the row's cells ("t" the top, "b" the bottom, "v" the sides between and round them);
    a heading ruled under; ``boxcell`` one cell framed alone (a sum's box)."""
    extra = p.style.setdefault("h266", {"kinds": {}})
    extra["kinds"][name] = {
        "spec": [list(cell) for cell in spec],
        "faint": list(faint),
        "faces": faces or "r" * len(spec),
        "scale": scale,
        "box": box,
        "head": head,
        "boxcell": boxcell,
    }


def has_kind(p: Screen, name: str) -> bool:
    return name in p.style.get("h266", {}).get("kinds", {})


PAD = 6


def cells_fit(p: Screen, name: str, cells: list[str]) -> bool:
    """Whether every cell fits its span (in its own face), with room for a box's sides."""
    spec = p.style["h266"]["kinds"][name]
    room = p.style["width"] - 2 * MARGIN
    size = int(p.style["size"] * spec["scale"])
    slack = 2 * PAD if spec["box"] or spec.get("boxcell", -1) >= 0 else 8
    for text, (lo, hi, _), face in zip(cells, spec["spec"], spec["faces"]):
        if load_font(variant(p.font, face), size).getlength(text) > (hi - lo) * room - slack:
            return False
    return True


def row(p: Screen, name: str, *cells: str, **facts) -> None:
    """A row of ``name``'s cells, every cell checked against its span and its face."""
    spec = p.style["h266"]["kinds"][name]
    assert len(cells) == len(spec["spec"]), (name, cells)
    assert cells_fit(p, name, list(cells)), (p.font, name, cells)
    for text, face in zip(cells, spec["faces"]):
        assert glyphs(variant(p.font, face), text), (p.font, face, text)
    p.add(name, *cells, **facts)


def cut(p: Screen, at: float, kinds: list[str]) -> None:
    """A counterfoil's perforation: a dashed line down the page at ``at`` (a share of the room) beside the
    rows of ``kinds``."""
    p.style.setdefault("h266", {"kinds": {}})["cut"] = {"at": at, "kinds": list(kinds)}


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """``heldout14_render.render``'s page, then this set's rows drawn in the lines it leaves for them: their
    cells at set places in their faces and inks, the boxes round them, the counterfoil's cut."""
    page = heldout14_render.render(rows, font, style)
    extra = style.get("h266")
    if not extra:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    line = int(size * 1.55)
    pair_face = load_font(font, int(size * SCALE["pair"]))
    draw = ImageDraw.Draw(page)
    ink = style.get("ink", (25, 25, 30))
    soft = style.get("label_ink", ink)
    rule = tuple(int((a + b) / 2) for a, b in zip(ink, style.get("paper", (255, 255, 255))))
    cut_at = extra.get("cut")
    y = MARGIN
    for r in rows:
        name = r[0]
        step = int(line * SCALE.get(name, 1.0)) if name != "pair" else line
        if name == "pair" and pair_face.getlength(r[1]) + pair_face.getlength(r[2]) + 24 > room:
            step *= 2
        spec = extra["kinds"].get(name)
        top_y, bottom_y = y - int(size * 0.22), y + line - int(size * 0.22)
        if spec:
            scale = spec["scale"]
            dy = int(size * (1 - scale) * 0.55)
            for i, (text, (lo, hi, align), face) in enumerate(zip(r[1:], spec["spec"], spec["faces"])):
                f = load_font(variant(font, face), int(size * scale))
                pad = PAD if spec["box"] or i == spec.get("boxcell", -1) else 0
                x = MARGIN + lo * room + pad
                if align == "r":
                    x = MARGIN + hi * room - pad - draw.textlength(text, font=f)
                elif align == "c":
                    x = MARGIN + (lo + hi) * room / 2 - draw.textlength(text, font=f) / 2
                draw.text((x, y + dy), text, font=f, fill=soft if i in spec["faint"] or spec["head"] else ink)
                if face == "u":
                    for dx in range(int(MARGIN + lo * room), int(MARGIN + hi * room - 4), 6):
                        draw.line((dx, bottom_y - 3, dx + 3, bottom_y - 3), fill=rule, width=1)
            if spec["head"]:
                draw.line((MARGIN, bottom_y, width - MARGIN, bottom_y), fill=soft, width=1)
            if spec.get("boxcell", -1) >= 0:
                lo, hi, _ = spec["spec"][spec["boxcell"]]
                draw.rectangle(
                    (MARGIN + lo * room - 2, top_y, MARGIN + hi * room + 2, bottom_y), outline=ink, width=2
                )
            if spec["box"]:
                left = MARGIN + spec["spec"][0][0] * room - 2
                right_x = MARGIN + spec["spec"][-1][1] * room + 2
                if "t" in spec["box"]:
                    draw.line((left, top_y, right_x, top_y), fill=ink, width=1)
                if "b" in spec["box"]:
                    draw.line((left, bottom_y, right_x, bottom_y), fill=ink, width=1)
                if "v" in spec["box"]:
                    edges = {round(left), round(right_x)}
                    for lo, hi, _ in spec["spec"][1:]:
                        edges.add(round(MARGIN + lo * room - 2))
                    for x in sorted(edges):
                        draw.line((x, top_y, x, bottom_y), fill=ink, width=1)
        if cut_at and name in cut_at["kinds"]:
            x = MARGIN + cut_at["at"] * room
            for dy in range(top_y, bottom_y, 8):
                draw.line((x, dy, x, min(dy + 4, bottom_y)), fill=rule, width=1)
        y += step
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (a phone, a crop, a messages app, an e-mail client, a browser; a WhatsApp
    chat round a forwarded screen; the rubber stamp), each page's rows drawn by ``_render`` while it is drawn.
    """
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
    """The facts of cells on one row: each once, the higher-ranked id where two print one."""
    out = dict(first)
    for key, value in second.items():
        if key == "txn" and "txn" in out:
            out["txn"] = max(out["txn"], value, key=lambda ranked: ranked[0])
        else:
            out.setdefault(key, value)
    return out


def wpair(p: Screen, name: str, value: str, **facts) -> None:
    """A pair, or its label small at the left over its value where the row would not fit."""
    if fits(p, "pair", f"{name} {value}     "):
        p.pair(name, value, **facts)
    else:
        label(p, name)
        p.add("left", value, **facts)


def label(p: Screen, text: str) -> None:
    """A label small in the label ink at the left, on its own row."""
    if not has_kind(p, "lab"):
        kind(p, "lab", [(0.0, 1.0, "l")], faint=(0,), scale=0.8)
    row(p, "lab", text)


def keyed(p: Screen, name: str, value: str, *, at: float = 0.42, **facts) -> None:
    """An e-receipt's row: the label set right against a colon column, the value after the colon; a value too
    long for its span goes on in the rows under it, after the colon; a label too long for its span stands
    small on its own row over the value."""
    kname = f"key{int(at * 100)}"
    if not has_kind(p, kname):
        kind(p, kname, [(0.0, at, "r"), (at, at + 0.04, "c"), (at + 0.04, 1.0, "l")], faint=(0,))
        kind(p, kname + "v", [(at + 0.04, 1.0, "l")])
    if not cells_fit(p, kname, [name, ":", ""]):
        label(p, name)
        name = ""
    if cells_fit(p, kname, [name, ":", value]):
        row(p, kname, name, ":", value, **facts)
        return
    words, line = value.split(), ""
    lines = []
    for word in words:
        if line and not cells_fit(p, kname + "v", [f"{line} {word}"]):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if not all(cells_fit(p, kname + "v", [text]) for text in lines):
        if not has_kind(p, "kw"):
            kind(p, "kw", [(0.0, 1.0, "r")])
        row(p, kname, name, ":", "")
        row(p, "kw", value, **facts)
        return
    row(p, kname, name, ":", lines[0], **facts)
    for text in lines[1:]:
        row(p, kname + "v", text)


def wrap_cell(p: Screen, name: str, index: int, text: str) -> list[str]:
    """``text`` broken at its spaces into the lines that fit cell ``index`` of kind ``name``."""
    spec = p.style["h266"]["kinds"][name]
    cells = [""] * len(spec["spec"])
    lines, line = [], ""
    for word in text.split():
        cells[index] = f"{line} {word}".strip()
        if line and not cells_fit(p, name, cells):
            lines.append(line)
            line = word
        else:
            line = cells[index]
    lines.append(line)
    return lines


def boxed(
    p: Screen, items: list[tuple[str, str, dict]], *, split: float = 0.4, head: tuple[str, str] = ()
) -> None:
    """A ruled two-column table, every cell boxed: the label in the left cell, the value in the right; a label
    or a value too long for its cell goes on in the same cell of the rows under it."""
    if not has_kind(p, "bx"):
        spec = [(0.0, split, "l"), (split, 1.0, "l")]
        kind(p, "bxh", spec, faces="bb", box="tbv")
        kind(p, "bx", spec, faint=(0,), box="tbv")
        kind(p, "bxt", spec, faint=(0,), box="tv")
        kind(p, "bxm", spec, faint=(0,), box="v")
        kind(p, "bxe", spec, faint=(0,), box="bv")
    if head:
        row(p, "bxh", *head)
    for name, value, facts in items:
        if cells_fit(p, "bx", [name, value]):
            row(p, "bx", name, value, **facts)
            continue
        left, right_lines = wrap_cell(p, "bx", 0, name), wrap_cell(p, "bx", 1, value)
        n = max(len(left), len(right_lines))
        left += [""] * (n - len(left))
        right_lines += [""] * (n - len(right_lines))
        for i in range(n):
            which = "bxt" if i == 0 else "bxe" if i == n - 1 else "bxm"
            row(p, which, left[i], right_lines[i], **(facts if i == 0 else {}))


def _across_kinds(p: Screen, n: int, tag: str, box: bool) -> str:
    spec = [(i / n, (i + 1) / n, "l") for i in range(n)]
    name = f"{tag}{n}"
    if not has_kind(p, name + "h"):
        kind(p, name + "h", spec, faint=tuple(range(n)), scale=0.82, box="tv" if box else "")
        kind(p, name + "v", spec, box="bv" if box else "")
    return name


def across(p: Screen, items: list[tuple[str, str, dict]], *, box: bool = False, tag: str = "") -> None:
    """Labels over their values, as many to a row as ``items`` (two or three): the labels small on one row,
    the values on the row under it, boxed on some pages."""
    name = _across_kinds(p, len(items), tag or ("bx" if box else "ac"), box)
    facts: dict = {}
    for _, _, f in items:
        facts = merged(facts, f)
    row(p, name + "h", *[lab for lab, _, _ in items])
    row(p, name + "v", *[value for _, value, _ in items], **facts)


def across_fit(p: Screen, items: list[tuple[str, str, dict]], *, box: bool = False, tag: str = "") -> bool:
    name = _across_kinds(p, len(items), tag or ("bx" if box else "ac"), box)
    return cells_fit(p, name + "h", [lab for lab, _, _ in items]) and cells_fit(
        p, name + "v", [value for _, value, _ in items]
    )


def spread(p: Screen, items: list[tuple[str, str, dict]], *, box: bool = False, most: int = 3) -> None:
    """``items`` labels over values, as many to a row as fit (``most`` at the most)."""
    i = 0
    while i < len(items):
        n = min(most, len(items) - i)
        while n > 1 and not across_fit(p, items[i : i + n], box=box):
            n -= 1
        across(p, items[i : i + n], box=box)
        i += n


def card(p: Screen, items: list[tuple[str, str, dict]]) -> None:
    """A card in a box: each label small over its value, a ruled line between items, the box round them."""
    if not has_kind(p, "cdl"):
        kind(p, "cdl", [(0.0, 1.0, "l")], faint=(0,), scale=0.8, box="tv")
        kind(p, "cdv", [(0.0, 1.0, "l")], box="v")
        kind(p, "cdz", [(0.0, 1.0, "l")], box="bv")
    for i, (name, value, facts) in enumerate(items):
        row(p, "cdl", name)
        row(p, "cdz" if i == len(items) - 1 else "cdv", value, **facts)


def slot(p: Screen, name: str, value: str, *, at: float = 0.36, **facts) -> None:
    """A printed form's line: the label printed at the left and the blank after it filled in by hand (italic
    on a dotted line)."""
    kname = f"sl{int(at * 100)}"
    if not has_kind(p, kname):
        kind(p, kname, [(0.0, at, "l"), (at, 1.0, "l")], faces="ru")
    row(p, kname, name, value, **facts)


# ---------------------------------------------------------------- 1. buyers: UPI, bank apps, gateways


# the payer's app at each place, its layout
BUY_APPS = ["Google Pay", "CRED", "YONO SBI", "MobiKwik", "iMobile Pay", "PayU", "WhatsApp Pay", "CCAvenue"]
BUY_LAYOUT = {
    "Google Pay": "card",
    "WhatsApp Pay": "card",
    "CRED": "strip",
    "MobiKwik": "strip",
    "YONO SBI": "ereceipt",
    "iMobile Pay": "ereceipt",
}
# the payee as the payer's app prints it (the gallery's and the workshop's QR, the company's account)
BUY_PAYEES = [
    [GALLERY, GALLERY.upper(), "KATHA PATA GALLERY NAMPALLY"],
    [WORKSHOP, WORKSHOP.upper(), "NAKASHI CHITRASHALA CHERIYAL"],
    ["CHERIYAL NAKASHI KALAKARULA", "CHERIYAL NAKASHI KALAKARULA PRODUCER CO", "CHERIYAL NAKASHI PCL"],
]
BUY_VPAS = [
    ["kathapatagallery@hdfcbank", "gpay-11208845731@okbizaxis", "kathapata.nampally@icici"],
    ["nakashichitrashala@sbi", "paytmqr6x2k9d1w@paytm", "chitrashala.cheriyal@ybl"],
    ["cheriyalnakashi@cnrb", "cnkpcl@axisbank"],
]
BUYERS = [
    ("Srinivas Rao Gajula", "srinivasg"),
    ("Lakshmi Prasanna K", "prasanna.k"),
    ("Mohammed Arif Quadri", "arifquadri"),
    ("Anusha Reddy Bommireddy", "anushab"),
    ("Venkatesh Poosala", "venky.p"),
    ("Deepa Nair", "deepanair"),
    ("Rahul Deshpande", "rahul.d"),
    ("Farhana Begum", "farhana.b"),
]
BUY_NOTES = (
    ["Hanuman mask", "2 dolls", "mask for Diwali gift", "village life panel", "dolls set"],
    ["Krishna Leela panel", "scroll advance", "Markandeya scroll balance", "wedding dolls set"],
)
HANDLES = {
    "Google Pay": "okhdfcbank",
    "CRED": "axl",
    "YONO SBI": "sbi",
    "MobiKwik": "ikwik",
    "iMobile Pay": "icici",
    "WhatsApp Pay": "waicici",
}
OWN_IDS = {
    "Google Pay": "Google transaction ID",
    "CRED": "CRED transaction ID",
    "YONO SBI": "Transaction ID",
    "MobiKwik": "MobiKwik order ID",
    "iMobile Pay": "Transaction ID",
    "WhatsApp Pay": "WhatsApp payment ID",
}
REF_NAMES = {
    "Google Pay": ["UPI transaction ID"],
    "WhatsApp Pay": ["UPI transaction ID", "UPI Ref. No."],
    "CRED": ["UTR", "bank reference no."],
    "MobiKwik": ["UPI ref no", "UTR"],
    "YONO SBI": ["UPI Reference No. (UTR)", "UTR No."],
    "iMobile Pay": ["Bank Reference No.", "UPI RRN"],
}
WEB_ORDERS = [
    ("Mr. Raghavendra Joshi, Jayanagar, Bengaluru", [2, 4]),
    ("Ms. Sunaina Kapoor, Vasant Kunj, New Delhi", [7, 9]),
    ("Dr. Meera Subramaniam, Mylapore, Chennai", [3, 5, 6]),
    ("Mrs. Shalini Patwardhan, Aundh, Pune", [2, 8]),
]


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The payer's app's own id for the payment, in its own shape."""
    if app == "Google Pay":
        return f"CICAgM{code(rng, 10, MIXED)}"
    if app == "CRED":
        return f"CR{code(rng, 10, ALNUM)}{digits(rng, 6)}"
    if app == "YONO SBI":
        return f"IF{digits(rng, 12)}"
    if app == "MobiKwik":
        return f"MBK{digits(rng, 14)}"
    if app == "iMobile Pay":
        return f"ICI{digits(rng, 13)}"
    return f"WA{code(rng, 14, ALNUM)}"


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hyderabad families, collectors, hotels and temple committees paying the gallery, the workshop or the
    company: Google Pay and WhatsApp Pay as a card (the payee on top, the sum large, the status, the day and
    hour unlabelled; then a box of labels each over its value: UPI transaction ID / UPI Ref. No., To (the
    payee, the UPI ID under it), From (the payer, the bank under it), Google transaction ID / WhatsApp payment
    ID), the Google Pay one forwarded in a WhatsApp chat; CRED and MobiKwik as a strip (the sum large, "paid
    to" / "paying to" / "to" small over the payee, the status, then labels over values three to a row: amount
    | paid on / started on / tried on | via, and two to a row: UTR / bank reference no. / UPI ref no | CRED
    transaction ID / MobiKwik order ID); YONO SBI's and iMobile Pay's e-receipt (the bank on top, Transaction
    Receipt, each label set right against a colon and its value after it: Status, Transaction Date & Time,
    Amount, Payee Name, Payee VPA, Remarks, UPI Reference No. (UTR) / UTR No. / Bank Reference No. / UPI RRN,
    Transaction ID, Debit Account, Payer VPA); and two web gateways' e-mails from the gallery's web shop
    (PayU's Payment Receipt and CCAvenue's order confirmation, a ruled table of label | value: Merchant Name,
    Order No. / Transaction ID (PayU's name for the shop's order number), CCAvenue Reference No. / PayU ID,
    Bank Ref. No., Order Amount / Amount, Payment Mode, Transaction Date, Order Status / Status). All new
    here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=700, high=38000, p_round=0.7)
    app = BUY_APPS[k]
    if app in ("PayU", "CCAvenue"):
        return gateway_mail(rng, font, k, j, app, status)
    layout = BUY_LAYOUT[app]
    rs = money(rng, font, 0.55)
    who = (k + rng.randrange(3)) % 3
    payees, vpas = BUY_PAYEES[who], BUY_VPAS[who]
    vpa = rng.choice(vpas)
    buyer, handle = BUYERS[(k + rng.randrange(2)) % len(BUYERS)]
    payer_vpa = f"{handle}@{HANDLES[app]}"
    bank = rng.choice(BANKS[:9])
    own = own_id(rng, app, j)
    ref_name = rng.choice(REF_NAMES[app])
    note = rng.choice(BUY_NOTES[j.amount >= 6000])
    chat = app == "Google Pay"
    if chat:
        p = screen(rng, font, "crop", dark=rng.random() < 0.2, width=600)
    else:
        p = phone_page(rng, font, k, ["", "Payment details", "Transaction details", "Receipt"])
    if layout == "card":
        to = pick(p, "title", payees)
        p.part = "head"
        p.add("small", {"success": "Paid to", "pending": "Paying", "failed": "To"}[status])
        top(p, to, merchant=to)
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Completed", "Payment successful"],
                "pending": ["Processing - your bank has not confirmed yet"],
                "failed": ["Failed"],
            },
        )
        if not j.no_day:
            p.add("center", with_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y", "{d} %B %Y"]), date=j.date)
        p.add("gap")
        items: list[tuple[str, str, dict]] = []
        if not j.no_ref and status != "pending":
            items.append((ref_name, j.ref, {"txn": (UTR_RANK, j.ref)}))
        items.append((f"To: {to}" if fits(p, "left", f"To: {to}") else "To", vpa, {"method": "UPI"}))
        items.append((f"From: {buyer}", f"{bank} {masked(rng, font)}", {}))
        if not j.no_ref:
            items.append((OWN_IDS[app], own, {"txn": (TXN_RANK, own)}))
        card(p, items)
        if app == "WhatsApp Pay":
            p.add("small", "Payments on WhatsApp are processed by NPCI and ICICI Bank.")
    elif layout == "strip":
        p.part = "head"
        p.add("title", app)
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", {"success": "paid to", "pending": "paying to", "failed": "to"}[status])
        to = pick(p, "center", payees)
        p.add("center", to, merchant=to)
        outcome_row(
            p,
            status,
            {
                "success": ["payment successful", "money sent"],
                "failed": ["payment failed - amount, if debited, will be refunded in 48 hours"],
            },
        )
        p.add("rule")
        day_label = {"success": "paid on", "pending": "started on", "failed": "tried on"}[status]
        first = [("amount", rs(j.amount), {})]
        if not j.no_day:
            first.append(
                (day_label, when(j.date, rng.choice(["{d} %b %y", "%d %b %Y", "%d/%m/%y"])), {"date": j.date})
            )
        first.append(("via", "UPI", {"method": "UPI"}))
        across(p, first)
        if not j.no_ref:
            ids = [
                (ref_name, j.ref, {"txn": (UTR_RANK, j.ref)}),
                (OWN_IDS[app], own, {"txn": (TXN_RANK, own)}),
            ]
            spread(p, ids)
        p.add("gap")
        p.pair("to UPI ID", vpa)
        p.pair("from", f"{bank} {masked(rng, font)}")
        p.pair("note", note)
    else:
        p.part = "head"
        top(p, "State Bank of India" if app == "YONO SBI" else "ICICI Bank")
        p.add("small", f"{app}  |  UPI")
        p.add("center", rng.choice(["Transaction Receipt", "e-Receipt"]))
        p.add("rule")
        p.part = "body"
        at = rng.choice([0.36, 0.4])
        keyed(
            p,
            "Status",
            {"success": "SUCCESS", "pending": "PENDING", "failed": "FAILED"}[status],
            at=at,
            status=status,
        )
        kname = f"key{int(at * 100)}"
        fit = [name for name in payees if cells_fit(p, kname, ["Payee Name", ":", name])]
        to = rng.choice(fit) if fit else min(payees, key=len)
        if not j.no_day:
            keyed(
                p,
                "Transaction Date & Time",
                with_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"], twelve=False),
                at=at,
                date=j.date,
            )
        keyed(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        keyed(p, "Payee Name", to, at=at, merchant=to)
        keyed(p, "Payee VPA", vpa, at=at, method="UPI")
        keyed(p, "Remarks", note, at=at)
        if not j.no_ref:
            keyed(p, ref_name, j.ref, at=at, txn=(UTR_RANK, j.ref))
            keyed(p, OWN_IDS[app], own, at=at, txn=(TXN_RANK, own))
        keyed(p, "Debit Account", f"{acct(rng)}", at=at)
        keyed(p, "Payer VPA", payer_vpa, at=at)
    if status == "failed":
        p.add("small", "If money was debited, it will be refunded to your account within 3-5 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["Share  |  Download", "Need help? Contact us", "Report an issue"]))
    if chat:
        bubbles = [
            (
                "in",
                rng.choice(
                    ["Paid for the mask, please check", "Done sir. Sending the screenshot", "Paid now"]
                ),
            )
        ]
        bubbles.append(("image", ""))
        if rng.random() < 0.7:
            bubbles.append(
                ("out", rng.choice(["Received, thank you!", "Got it. Packing today", "Thank you andi"]))
            )
        divider = "Today" if j.no_day or rng.random() < 0.4 else when(j.date, "{d} %B %Y")
        check([text for _, text in bubbles] + [buyer, divider], font)
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


def gateway_mail(
    rng: random.Random, font: str, k: int, j: Job, app: str, status: str
) -> tuple[list, dict, dict]:
    """PayU's Payment Receipt and CCAvenue's order confirmation e-mailed to a buyer of the gallery's web shop:
    the gallery's name in the sentence and a ruled table of label | value."""
    rs = money(rng, font, 0.2, marks=("INR", "Rs.", "\u20b9"))
    who, lots = WEB_ORDERS[(k + rng.randrange(2)) % len(WEB_ORDERS)]
    name = who.split(", ")[0]
    total = 0.0
    for i in lots:
        _, _, lo, hi = WORKS[i]
        total += float(rng.randrange(lo, hi, 50))
    ship = float(rng.choice([0, 250, 350]))
    j.amount = round(total + ship, 2)
    way = rng.choice(["UPI", "UPI", "netbanking", "card"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - PhonePe", "UPI Intent"]),
        "netbanking": f"Net Banking - {rng.choice(BANKS[:6])}",
        "card": f"{rng.choice(['Credit Card', 'Debit Card'])} - "
        f"{rng.choice(['VISA', 'RuPay', 'MasterCard'])}",
    }[way]
    order = f"KPG{rng.randrange(20100, 29999)}"
    to = rng.choice([GALLERY, GALLERY, GALLERY.upper()])
    if app == "PayU":
        p = mail_page(
            rng, font, "PayU <noreply@payu.in>", [f"Payment Receipt - {to}", "Your payment receipt"]
        )
    else:
        p = mail_page(
            rng,
            font,
            "CCAvenue <service@ccavenue.com>",
            [f"Your order {order} with {to}", "Order confirmation - CCAvenue"],
        )
    p.part = "head"
    top(p, app)
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {name},")
    if app == "PayU":
        p.add("left", f"Your payment to {to} has been processed. Here is your receipt.", merchant=to)
    else:
        p.add("left", f"Thank you for shopping with {to}. The details of your order are below.", merchant=to)
    items: list[tuple[str, str, dict]] = [("Merchant Name", to, {})]
    items.append(
        ("Order No." if app == "CCAvenue" else "Transaction ID", order, {"txn": (ORDER_RANK, order)})
    )
    if not j.no_ref:
        gid = digits(rng, 12) if app == "CCAvenue" else digits(rng, 11)
        items.append(
            ("CCAvenue Reference No." if app == "CCAvenue" else "PayU ID", gid, {"txn": (TXN_RANK, gid)})
        )
        if way == "UPI":
            items.append(("Bank Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            items.append(("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}))
    items.append(("Order Amount" if app == "CCAvenue" else "Amount", rs(j.amount), {"amount": j.amount}))
    items.append(("Payment Mode", shown, {"method": way}))
    if not j.no_day:
        items.append(
            (
                "Transaction Date",
                with_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y"]),
                {"date": j.date},
            )
        )
    items.append(
        (
            "Order Status" if app == "CCAvenue" else "Status",
            rng.choice(["Successful", "Success"]) if app == "CCAvenue" else "Payment successful",
            {"status": status},
        )
    )
    boxed(p, items, split=rng.choice([0.38, 0.42]))
    p.add("small", f"Ship to: {who}")
    p.part = "foot"
    p.add(
        "small",
        "This is a system generated receipt from PayU Payments Pvt Ltd."
        if app == "PayU"
        else "CCAvenue is a payment gateway of Infibeam Avenues Ltd. Please do not reply to this e-mail.",
    )
    return p.done()


# ---------------------------------------------------------------- 2. temples', hotels', schools' advices


# payer, its place, its mail or its bank, the goods, the layout, the tax it holds back
ADVISERS = [
    (
        "Sri Venugopala Swamy Devasthanam",
        "Husnabad, Siddipet District",
        "",
        "Sri Venugopala Swamy Kalyanam - Cheriyal scroll for the kalyana mandapam, 14 ft",
        "proceedings",
        "194c",
    ),
    (
        "Golconda Heritage Hotels Pvt Ltd",
        "Road No. 2, Banjara Hills, Hyderabad",
        "HDFC Bank",
        "Lobby panels - Krishna Leela, 6 pcs, and Nakashi masks, 24 pcs",
        "bank",
        "194q",
    ),
    (
        "Deccan Courtyard Hotels LLP",
        "Financial District, Gachibowli, Hyderabad",
        "",
        "Room panels - village life, 48 pcs",
        "ledger",
        "194c",
    ),
    ("Razorpay", "", "", "", "settle", ""),
    (
        "Aakruti Interiors Pvt Ltd",
        "Road No. 36, Jubilee Hills, Hyderabad",
        "ICICI Bank",
        "Nakashi dolls - wedding procession, 6 sets, for a client's home",
        "bank",
        "",
    ),
    (
        "Sri Rajarajeshwari Devasthanam",
        "Manthani, Peddapalli District",
        "",
        "Devi Mahatmyam - Cheriyal scroll, 18 ft, for the temple museum",
        "proceedings",
        "194c",
    ),
    (
        "Lotus Crafts Export House",
        "Andheri East, Mumbai",
        "",
        "Nakashi masks - Hanuman and Garuda, 60 pcs, export lot",
        "ledger",
        "",
    ),
    (
        "Nizam Heritage School Society",
        "Somajiguda, Hyderabad",
        "Axis Bank",
        "Scroll panels for the school's heritage corridor, 20 pcs",
        "bank",
        "",
    ),
]
EO_NAMES = ["Sri K. Ramachandra Rao", "Smt. P. Sujatha", "Sri G. Venkateshwarlu", "Smt. B. Rama Devi"]


def work_value(rng: random.Random, goods: str) -> float:
    """What a commission was worth before GST: a scroll's price, or pieces at a rate."""
    if "scroll" in goods and "pcs" not in goods:
        return float(rng.randrange(90000, 240000, 500))
    return float(rng.randrange(36000, 180000, 100))


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Two temples' devasthanams, two Hyderabad hotels, an interiors studio, a Mumbai export house, a school
    society and the web shop's gateway paying the company: in four layouts, each new here: a temple's printed
    PROCEEDINGS of the Executive Officer (Rc. No. beside Dt. of the order, Sub:, Ref: the quotation and the
    trust board's resolution, ORDER: the sanction in a sentence, then PAYMENT PARTICULARS in a ruled table:
    Name of the payee, Bill amount, Less: TDS u/s 194C @ 2%, Net amount paid, Mode, UTR No., Paid on; the
    Executive Officer, Copy to); a bank's payment advice sent on a payer's behalf ("We have been instructed by
    <payer> to pay you the amount below", each label set right against a colon: Beneficiary Name, Beneficiary
    Account No., Beneficiary Bank, Amount, Payment Mode, UTR No., Value Date / Returned on, Remitter
    Reference, Return reason on the one returned); a REMITTANCE ADVICE printed from the payer's books with the
    ledger in a ruled table of Date | Particulars | Debit (Rs.) | Credit (Rs.) (By Bill No. ... credit, To TDS
    ... debit, To NEFT / To Cheque No. ... debit, Total), then Amount paid, Mode and UTR; and Razorpay's
    settlement e-mail (its sentence "<sum> has been settled to your bank account", the Business name, then
    labels over values three to a row: Settlement ID | UTR | Settled on, Gross amount | Fees | GST on fees).
    """
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    payer, town, pbank, goods, layout, tax = ADVISERS[k]
    rs = (
        book_rs(rng, font, ("Rs.", "\u20b9", "INR"))
        if layout in ("proceedings", "ledger")
        else money(rng, font, 0.2, marks=("INR", "\u20b9", "Rs."))
    )
    if layout == "settle":
        return razorpay_settlement(rng, font, j, status)
    base = work_value(rng, goods)
    gross = float(round(base * 1.05))
    cuts: list[tuple[str, float]] = []
    if tax == "194c":
        rate = rng.choice([1, 2])
        cuts.append((f"Less: TDS u/s 194C @ {rate}%", round(base * rate / 100, 2)))
    elif tax == "194q":
        cuts.append(("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2)))
    j.amount = round(gross - sum(value for _, value in cuts), 2)
    way = "cheque" if status == "pending" else neft_way(rng, j.amount)
    bank = rng.choice(BANKS[:8])
    ref = bank_ref(rng, j, bank, way) if way != "cheque" and not j.no_ref else ""
    payee = ours(rng)
    if layout == "bank":
        return bank_advice(rng, font, k, j, status, payer, town, pbank, goods, payee, rs, way, ref)
    p = paper_page(rng, font, [780, 800, 840])
    p.part = "head"
    if layout == "proceedings":
        p.add("center", "OFFICE OF THE EXECUTIVE OFFICER")
        top(p, pick(p, "title", [payer.upper(), payer]))
        p.add("small", f"{town}  |  Endowments Department, Government of Telangana")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Present: {rng.choice(EO_NAMES)}, Executive Officer")
        order_day = when(earlier(rng, j, 4, 20), rng.choice(["%d-%m-%Y", "%d.%m.%Y"]))
        rc = f"Rc. No. A{rng.randrange(1, 5)}/{rng.randrange(100, 999)}/{j.date.year}"
        p.add("pair", rc, f"Dt. {order_day}")
        p.add("left", f"Sub: Devasthanam - {goods} - Payment to the artists - Orders - Issued.")
        quote_day = when(earlier(rng, j, 60, 140), "%d-%m-%Y")
        board_day = when(earlier(rng, j, 30, 55), "%d-%m-%Y")
        p.add("left", f"Ref: 1. Quotation of the artists dt. {quote_day}")
        p.add("left", f"2. Trust Board resolution No. {rng.randrange(4, 30)} dt. {board_day}")
        p.add("center", "ORDER:")
        p.add(
            "left",
            "In the reference 2nd cited the Trust Board resolved to commission the work. The work is "
            f"completed and handed over, and sanction is accorded for payment of the bill of {rs(gross)} "
            "to the artists named below, less the tax deducted at source.",
        )
        p.add("left", "PAYMENT PARTICULARS")
        items: list[tuple[str, str, dict]] = [("Name of the payee", payee, {"merchant": payee})]
        items.append(("Bill amount", rs(gross), {}))
        items += [(name, rs(value), {}) for name, value in cuts]
        items.append(("Net amount paid", rs(j.amount), {"amount": j.amount}))
        items.append(("Mode", way if way != "cheque" else "Cheque", {"method": "netbanking"}))
        if ref:
            items.append(("UTR No.", ref, {"txn": (UTR_RANK, ref)}))
        if not j.no_day:
            items.append(
                (
                    rng.choice(["Paid on", "Date of payment"]),
                    when_in(j, ["%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"], rng),
                    {"date": j.date},
                )
            )
        boxed(p, items, split=0.36)
        p.add("center", "PAID - ENTERED IN THE CASH BOOK", status="success")
        p.part = "foot"
        right(p, "Executive Officer")
        p.add("small", f"Copy to: the artists, Cheriyal, for information.  |  Rc. No. {rc.split()[-1]}")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "EXECUTIVE OFFICER",
            payer.upper()[:34] if len(payer) <= 34 else payer.split(" Devasthanam")[0].upper(),
            None,
            "",
        )
        p.style["h121"]["stamp"]["lines"] = [line for line in p.style["h121"]["stamp"]["lines"] if line]
        return p.done()
    # the remittance advice from the payer's books
    top(p, pick(p, "title", [payer.upper(), payer]))
    p.add("small", town)
    p.add("center", "REMITTANCE ADVICE")
    p.add("rule")
    p.part = "body"
    vno = f"PMT/{fy(j.date)}/{rng.randrange(100, 999):04d}"
    if j.no_ref:
        p.add("left", "To,")
    else:
        p.add("pair", "To,", f"Voucher No.: {vno}", txn=(INVOICE_RANK, vno))
    p.add("left", f"M/s {payee}", merchant=payee)
    p.add("left", "Nakashi Street, Cheriyal, Siddipet District - 506223")
    p.add(
        "left",
        "Dear Sir/Madam, we have made the payment below against your bill(s), as our books show it."
        if status != "pending"
        else "Dear Sir/Madam, our cheque below is sent to you by courier against your bill(s).",
    )
    spec = [(0.0, 0.17, "l"), (0.17, 0.58, "l"), (0.58, 0.79, "r"), (0.79, 1.0, "r")]
    kind(p, "lgh", spec, faces="bbbb", box="tbv")
    kind(p, "lg", spec, box="tbv")
    heads = ["Date", "Particulars", "Debit (Rs.)", "Credit (Rs.)"]
    row(p, "lgh", *(heads if cells_fit(p, "lgh", heads) else ["Date", "Particulars", "Debit", "Credit"]))
    bill_no = f"CNK/{fy(j.date)}/{rng.randrange(40, 400):03d}"
    pat = rng.choice(["%d.%m.%y", "%d-%m-%y", "%d/%m/%y"])
    bill_day = when(earlier(rng, j, 10, 60), pat)
    pay_day = "" if j.no_day else when(j.date, pat)
    row(p, "lg", bill_day, f"By Bill No. {bill_no}", "", num(gross))
    for name, value in cuts:
        text = name.replace("Less: ", "To ")
        if not cells_fit(p, "lg", [pay_day, text, num(value), ""]):
            text = text.replace(" u/s ", " ")
        row(p, "lg", pay_day, text, num(value), "")
    if way == "cheque":
        chq = digits(rng, 6)
        lines = [
            f"To Cheque No. {chq} - {BANK_SHORT.get(bank, bank)}",
            f"To Cheque No. {chq}",
            f"To Chq. {chq}",
        ]
    else:
        lines = [f"To {way} - {bank}", f"To {way} - {BANK_SHORT.get(bank, bank.split()[0])}", f"To {way}"]
    line = next((text for text in lines if cells_fit(p, "lg", [pay_day, text, num(j.amount), ""])), lines[-1])
    row(p, "lg", pay_day, line, num(j.amount), "", **({} if j.no_day else {"date": j.date}))
    row(p, "lg", "", "Total", num(gross), num(gross))
    p.add("gap")
    p.pair("Amount paid" if status != "pending" else "Cheque amount", rs(j.amount), amount=j.amount)
    p.add("small", words_in_rupees(j.amount))
    p.pair(
        "Mode",
        {"cheque": "Cheque", "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS"}[way],
        method="cheque" if way == "cheque" else "netbanking",
    )
    if ref:
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID - CREDITED TO YOUR ACCOUNT", "PAYMENT RELEASED"]),
        "pending": "CHEQUE SENT BY COURIER - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    right(p, f"for {payer} - Authorised Signatory")
    return p.done()


def bank_advice(rng, font, k, j: Job, status, payer, town, pbank, goods, payee, rs, way, ref) -> tuple:
    """A bank's payment advice e-mailed on a payer's behalf: the sentence that the payer told the bank to pay,
    then each label set right against a colon and its value after it."""
    host = {"HDFC Bank": "hdfcbank.net", "ICICI Bank": "icicibank.com", "Axis Bank": "axisbank.com"}[pbank]
    p = mail_page(
        rng,
        font,
        f"{pbank} <payment.advice@{host}>",
        [f"Payment Advice from {payer}", f"Payment advice - {payer.upper()}"]
        if status == "success"
        else [f"Payment returned - {payer}", "Payment advice - payment returned"],
    )
    p.part = "head"
    top(p, pbank)
    p.add("small", rng.choice(["Corporate Banking - Payment Advice", "Payment advice service"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir/Madam,")
    if status == "success":
        p.add(
            "left",
            f"We have been instructed by {payer}, {town.split(', ')[-1]}, to pay you the amount below.",
        )
    else:
        p.add(
            "left",
            f"The payment below, sent on the instructions of {payer}, was returned by your bank. "
            "Please ask the remitter to correct the details and pay again.",
        )
    at = 0.4
    keyed(
        p,
        "Beneficiary Name",
        payee if cells_fit_key(p, at, "Beneficiary Name", payee) else SHORT,
        at=at,
        merchant=payee if cells_fit_key(p, at, "Beneficiary Name", payee) else SHORT,
    )
    keyed(p, "Beneficiary Account No.", acct(rng), at=at)
    keyed(
        p,
        "Beneficiary Bank",
        f"{rng.choice(['State Bank of India', 'Canara Bank', 'HDFC Bank'])}, Cheriyal",
        at=at,
    )
    keyed(p, "Amount", rs(j.amount), at=at, amount=j.amount)
    keyed(p, "Payment Mode", way, at=at, method="netbanking")
    if ref:
        keyed(p, "UTR No." if way != "IMPS" else "IMPS Ref. No.", ref, at=at, txn=(UTR_RANK, ref))
    if not j.no_day:
        keyed(
            p,
            "Value Date" if status == "success" else "Returned on",
            when_in(j, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"], rng),
            at=at,
            date=j.date,
        )
    rref = f"{''.join(word[0] for word in payer.split()[:3]).upper()}/PAY/{rng.randrange(1000, 9999)}"
    if not j.no_ref:
        keyed(p, "Remitter Reference", rref, at=at, txn=(INVOICE_RANK, rref))
    keyed(p, "Remarks", goods, at=at)
    if status == "failed":
        keyed(p, "Return reason", "Beneficiary name does not match the account", at=at)
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Credited to the beneficiary", "Payment credited"],
            "failed": ["Status: Returned - not credited"],
        },
    )
    p.part = "foot"
    p.add("small", f"This advice is sent by {pbank} at the request of its customer and needs no signature.")
    return p.done()


def cells_fit_key(p: Screen, at: float, name: str, value: str) -> bool:
    kname = f"key{int(at * 100)}"
    if not has_kind(p, kname):
        kind(p, kname, [(0.0, at, "r"), (at, at + 0.04, "c"), (at + 0.04, 1.0, "l")], faint=(0,))
        kind(p, kname + "v", [(at + 0.04, 1.0, "l")])
    return cells_fit(p, kname, [name, ":", value])


def razorpay_settlement(rng: random.Random, font: str, j: Job, status: str) -> tuple[list, dict, dict]:
    """Razorpay's e-mail that the web shop's takings were settled to the company's bank account."""
    rs = money(rng, font, 0.0, marks=("\u20b9", "INR", "Rs."))
    gross = round(sum(rupees(rng, 1800, 14000, 0.7) for _ in range(rng.randrange(4, 18))), 2)
    fees = round(gross * 0.02, 2)
    gst = round(fees * 0.18, 2)
    j.amount = round(gross - fees - gst, 2)
    p = mail_page(
        rng,
        font,
        "Razorpay <settlements@razorpay.com>",
        ["Settlement processed", "Your settlement is processed"],
    )
    p.part = "head"
    top(p, "Razorpay")
    p.add("rule")
    p.part = "body"
    p.add("left", f"{rs(j.amount)} has been settled to your bank account.", amount=j.amount, status="success")
    name = rng.choice([GALLERY, COMPANY])
    keyed(p, "Business name", name, at=0.3, merchant=name)
    keyed(p, "Bank account", f"HDFC Bank {acct(rng)}", at=0.3)
    sid = f"setl_{code(rng, 14, MIXED)}"
    utr = bank_ref(rng, j, "HDFC Bank", "NEFT")
    items = [
        ("Settlement ID", sid, {"txn": (TXN_RANK, sid)}),
        ("UTR", utr, {"txn": (UTR_RANK, utr), "method": "netbanking"}),
    ]
    if not j.no_day:
        items.append(("Settled on", when_in(j, ["{d} %b %Y", "%d %b %Y", "%d/%m/%Y"], rng), {"date": j.date}))
    spread(p, items, box=True)
    spread(
        p, [("Gross amount", rs(gross), {}), ("Fees", rs(fees), {}), ("GST on fees", rs(gst), {})], box=True
    )
    p.add(
        "small",
        f"Payments in this settlement: {rng.randrange(4, 18)}. Download the report from the Dashboard.",
    )
    p.part = "foot"
    p.add("small", "Razorpay Software Pvt Ltd  |  Please do not reply to this e-mail.")
    return p.done()


# ---------------------------------------------------------------- 3. remittances from abroad


# remitter, town, currency, its bank, sum (low, high), layout
IMPORTERS = [
    (
        "Brooklyn Folk Art Emporium LLC",
        "Atlantic Avenue, Brooklyn, NY, USA",
        "USD",
        "JPMorgan Chase Bank, N.A.",
        900,
        14000,
        "mt103",
    ),
    (
        "Museumsladen Dahlem GmbH",
        "Lansstrasse, Berlin, Germany",
        "EUR",
        "Deutsche Bank AG",
        800,
        12000,
        "avis",
    ),
    (
        "Fitzroy Story Cloth Pty Ltd",
        "Gertrude Street, Fitzroy, Melbourne, Australia",
        "AUD",
        "Payoneer",
        600,
        9000,
        "payoneer",
    ),
    (
        "Queen West Craft Collective Inc.",
        "Queen Street West, Toronto, Canada",
        "CAD",
        "Royal Bank of Canada",
        900,
        15000,
        "held",
    ),
    (
        "Kyoto Mingei Shop Co., Ltd.",
        "Sanjo-dori, Nakagyo-ku, Kyoto, Japan",
        "JPY",
        "MUFG Bank, Ltd.",
        150000,
        1800000,
        "held",
    ),
    ("Stockholm Hemslojd AB", "Drottninggatan, Stockholm, Sweden", "SEK", "Skydo", 8000, 120000, "skydo"),
    (
        "Royal Mile Textiles & Crafts Ltd",
        "High Street, Edinburgh, United Kingdom",
        "GBP",
        "Bank of Scotland plc",
        700,
        11000,
        "ebrc",
    ),
    (
        "Hollywood Road Antiques Ltd",
        "Hollywood Road, Sheung Wan, Hong Kong",
        "HKD",
        "The Hongkong and Shanghai Banking Corporation Ltd",
        6000,
        90000,
        "mt103",
    ),
]
# our bank for each: name, branch, BIC
WIRE_BANKS = [
    ("Union Bank of India", "Overseas Branch, Koti, Hyderabad", "UBININBBHYD"),
    ("State Bank of India", "Overseas Branch, Bank Street, Hyderabad", "SBININBB334"),
    ("HDFC Bank", "Treasury and Trade, Lakdikapul, Hyderabad", "HDFCINBBHYD"),
    ("Canara Bank", "International Division, Abids, Hyderabad", "CNRBINBBHYD"),
]
REMIT_BICS = {
    "USD": "CHASUS33",
    "HKD": "HSBCHKHH",
    "CAD": "ROYCCAT2",
    "JPY": "BOTKJPJT",
    "GBP": "BOFSGBS1",
    "EUR": "DEUTDEBB",
}
FX = {
    "USD": (86.2, 90.4),
    "EUR": (94.0, 99.5),
    "AUD": (56.0, 60.5),
    "CAD": (61.5, 65.8),
    "JPY": (0.56, 0.62),
    "SEK": (8.1, 8.9),
    "GBP": (110.5, 117.8),
    "HKD": (11.0, 11.6),
}
EXPORT_GOODS = [
    "Cheriyal scroll paintings (HSN 9701)",
    "Nakashi masks and dolls (HSN 4420)",
    "Cheriyal scroll panels and masks - exhibition lot",
]


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: US dollars (USD / US$), euros the German way (a dot between the
    thousands, a decimal comma: 12.450,50 EUR, EUR 12.450,50, 12.450,50 with the euro sign), Australian
    dollars (A$ / AUD), Canadian dollars (C$ / CAD), yen whole (JPY 1,245,000, the yen sign where the face
    draws it, 1,245,000 JPY), Swedish kronor the Swedish way (a space between the thousands, a decimal comma:
    45 000,00 kr, SEK 45 000,00), pounds (the sign or GBP), Hong Kong dollars (HK$ / HKD)."""
    if cur == "EUR":
        pick_ = rng.randrange(3)
        euro = sign(font, "\u20ac", "EUR")

        def euro_de(value: float) -> str:
            body = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
            return [f"{body} EUR", f"EUR {body}", f"{body} {euro}"][pick_]

        return euro_de
    if cur == "JPY":
        pick_ = rng.randrange(3)
        yen = sign(font, "\u00a5", "JPY ")

        def jpy(value: float) -> str:
            body = f"{value:,.0f}"
            return [f"JPY {body}", f"{yen}{body}", f"{body} JPY"][pick_]

        return jpy
    if cur == "SEK":
        after = rng.random() < 0.5

        def krona(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            return f"{body} kr" if after else f"SEK {body}"

        return krona
    mark = rng.choice(
        {
            "USD": ["USD ", "US$"],
            "AUD": ["A$", "AUD "],
            "CAD": ["C$", "CAD "],
            "GBP": [sign(font, "\u00a3", "GBP "), "GBP "],
            "HKD": ["HK$", "HKD "],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def raw_32a(day: dt.date, cur: str, value: float) -> str:
    """SWIFT's field 32A as sent: the value day as YYMMDD, the currency, the sum with a decimal comma and no
    grouping (the yen's with nothing after the comma)."""
    if cur == "JPY":
        return f"{day:%y%m%d}{cur}{value:.0f},"
    return f"{day:%y%m%d}{cur}{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Brooklyn folk art shop, a Berlin museum shop, a Melbourne and a Toronto craft store, a Kyoto mingei
    shop, a Stockholm handicraft shop, an Edinburgh textile house and a Hong Kong antiques dealer paying for
    scrolls, masks and dolls: in five layouts, each new here: the bank's printout of the incoming SWIFT MT103
    (customer copy) with the tag in a column, its name small beside it and the value after (Inward ref. No.,
    :20: Sender's reference, :23B: Bank operation code, :32A: raw, :33B: Currency / instructed amount, :50K:
    Ordering customer, :57A: Account with institution, :59: Beneficiary customer over its account and name,
    :70: Remittance information, :71A: Details of charges, :71F: Sender's charges, UETR); the Berlin museum
    shop's payment advice in German and English (Zahlungsavis / Payment advice: Empfaenger / Beneficiary, IBAN
    / Account, Betrag / Amount, Valuta / Value date, Verwendungszweck / Reference, Bankreferenz / Bank
    reference, Status: ausgefuehrt / executed); Payoneer's and Skydo's e-mails (the sum large with "received
    from <remitter>" under it, then Received by / Account holder and the ids, Skydo's labels over values three
    to a row: Received | FX rate | You get (INR)); the bank's e-mail about an inward remittance held for the
    purpose code or returned to the remitter (each label set right against a colon); and DGFT's e-BRC page (a
    ruled table of label | value: IEC, Exporter name, e-BRC No., IRM No., Realisation date, Realised value
    (FCY), Currency, Realised value (INR), Remitter name, Purpose code)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    payer, city, cur, pbank, lo, hi, layout = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 10, hi // 10) * 10)
        )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*FX[cur]), 4)
    bank, branch, bic = WIRE_BANKS[k % 4]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    acct_no = acct(rng)
    irm = f"IRM{IFSC[bank]}{digits(rng, 9)}"
    inv = f"CNK/EXP/{fy(j.date)}/{rng.randrange(1, 60):03d}"
    inr = round(j.amount * rate, 2)
    if layout in ("payoneer", "skydo"):
        return collection_mail(rng, font, k, j, status, payer, city, cur, show, rate, me, inv, layout)
    if layout == "avis":
        return german_avis(rng, font, j, status, payer, city, pbank, show, cur, me, inv)
    if layout == "held":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{bank.split()[0].lower()}bank.in>",
            ["Inward remittance - action needed", "Inward remittance held for your account"]
            if status == "pending"
            else ["Inward remittance returned to the remitter", "Inward remittance - returned"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", branch)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if status == "pending":
            p.add(
                "left",
                "A remittance for your account has reached us and is held. Please give the purpose code and "
                "the export invoice in the EDPMS portal or at the branch so that we can credit it.",
            )
        else:
            p.add(
                "left",
                "A remittance for your account could not be credited and has been returned to the remitter. "
                "Please ask your buyer to send it again with the correct details.",
            )
        at = 0.36
        keyed(
            p,
            "Beneficiary",
            me if cells_fit_key(p, at, "Beneficiary", me) else SHORT,
            at=at,
            merchant=me if cells_fit_key(p, at, "Beneficiary", me) else SHORT,
        )
        keyed(p, "Account", acct_no, at=at)
        keyed(p, "Remitter", f"{payer}, {city.split(', ')[-1]}", at=at)
        keyed(p, "Remitting bank", pbank, at=at)
        keyed(p, "Amount", show(j.amount), at=at, amount=j.amount, cur=cur, method="netbanking")
        if not j.no_day:
            keyed(
                p,
                "Held since" if status == "pending" else "Returned on",
                when_in(j, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"], rng),
                at=at,
                date=j.date,
            )
        if not j.no_ref:
            ref = f"IW{IFSC[bank]}{digits(rng, 10)}"
            keyed(p, "Inward ref. No.", ref, at=at, txn=(BANK_RANK, ref))
        keyed(p, "Channel", "SWIFT MT103", at=at)
        keyed(
            p,
            "Status",
            "Held - purpose code and invoice awaited"
            if status == "pending"
            else "Returned - beneficiary name differs",
            at=at,
            status=status,
        )
        p.part = "foot"
        p.add("small", f"{bank}  |  This is a system-generated mail. Do not share your OTP or password.")
        return p.done()
    if layout == "ebrc":
        p = browser_page(rng, font, "www.dgft.gov.in/CP/?opt=ebrc" + ("" if j.no_ref else f"&irm={irm[-6:]}"))
        p.part = "head"
        top(p, "Directorate General of Foreign Trade")
        p.add("small", "Ministry of Commerce and Industry, Government of India")
        p.add("center", "e-BRC / IRM details")
        p.add("rule")
        p.part = "body"
        body = show(j.amount)
        for mark in ("GBP ", "\u00a3"):
            body = body.replace(mark, "")
        items = [
            ("IEC", code(rng, 10, ALNUM), {}),
            ("Exporter name", me, {"merchant": me}),
        ]
        if not j.no_ref:
            ebrc = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{j.date:%Y}{digits(rng, 6)}"
            items.append(("e-BRC No.", ebrc, {"txn": (INVOICE_RANK, ebrc)}))
            items.append(("IRM No.", irm, {"txn": (BANK_RANK, irm)}))
        if not j.no_day:
            items.append(("Realisation date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), {"date": j.date}))
        items += [
            ("Realised value (FCY)", body, {"amount": j.amount, "cur": cur}),
            ("Currency", cur, {}),
            ("Realised value (INR)", num(inr), {}),
            ("Remitter name", payer, {}),
            ("Remitter country", city.split(", ")[-1], {}),
            ("Purpose code", "P0102 - Realisation of export bills", {}),
            ("Bank", f"{bank}, {branch.split(', ')[-1]}", {}),
            ("Mode of realisation", "SWIFT", {"method": "netbanking"}),
            ("Status", "e-BRC generated", {"status": "success"}),
        ]
        boxed(p, items, split=0.36)
        p.part = "foot"
        p.add("small", "e-BRC is generated from the IRM reported by the bank. Verify it on the DGFT portal.")
        return p.done()
    # the MT103 printout
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, bank.upper() if rng.random() < 0.5 else bank)
    p.add("small", branch)
    p.add("center", "INCOMING SWIFT MESSAGE - MT103 (CUSTOMER COPY)")
    p.add("rule")
    p.part = "body"
    p.pair(
        "Sender",
        f"{REMIT_BICS.get(cur, 'CHASUS33')} - {pbank}"
        if fits(p, "pair", f"Sender  {REMIT_BICS.get(cur, '')} - {pbank}    ")
        else REMIT_BICS.get(cur, "CHASUS33"),
    )
    p.pair("Receiver", bic)
    spec = [(0.0, 0.1, "l"), (0.1, 0.5, "l"), (0.5, 1.0, "l")]
    kind(p, "mt", spec, faint=(1,), faces="brr")
    if not j.no_ref:
        inward = f"IWR/{IFSC[bank]}/{j.date.year}/{digits(rng, 6)}"
        row(p, "mt", "", "Inward ref. No.", inward, txn=(BANK_RANK, inward))
    row(p, "mt", ":20:", "Sender's reference", f"{code(rng, 2, UPPER)}{digits(rng, 2)}{code(rng, 8, ALNUM)}")
    row(p, "mt", ":23B:", "Bank operation code", "CRED")
    charges = (
        0.0
        if cur == "JPY" and rng.random() < 0.5
        else float(rng.choice([15, 20, 25, 35])) * (150 if cur == "JPY" else 1)
    )
    row(
        p,
        "mt",
        ":32A:",
        "Value date/currency/amount",
        raw_32a(j.date, cur, j.amount),
        amount=j.amount,
        cur=cur,
        date=j.date,
        method="netbanking",
    )
    row(p, "mt", ":33B:", "Currency/instructed amount", raw_32a(j.date, cur, j.amount + charges)[6:])
    row(p, "mt", ":50K:", "Ordering customer", f"/{digits(rng, 10)}")
    row(p, "mt", "", "", payer.upper() if cells_fit(p, "mt", ["", "", payer.upper()]) else payer.upper()[:34])
    row(
        p,
        "mt",
        "",
        "",
        city.upper() if cells_fit(p, "mt", ["", "", city.upper()]) else city.split(", ")[-1].upper(),
    )
    row(p, "mt", ":57A:", "Account with institution", bic)
    row(p, "mt", ":59:", "Beneficiary customer", f"/{acct_no.replace('X', '')}{digits(rng, 6)}")
    row(p, "mt", "", "", "CHERIYAL NAKASHI KALAKARULA", merchant=COMPANY_CAPS)
    row(p, "mt", "", "", "PRODUCER COMPANY LTD")
    row(p, "mt", "", "", "CHERIYAL, TELANGANA, INDIA")
    row(p, "mt", ":70:", "Remittance information", f"/INV/{inv}")
    row(p, "mt", ":71A:", "Details of charges", "SHA")
    row(p, "mt", ":71F:", "Sender's charges", raw_32a(j.date, cur, charges)[6:])
    uetr = "-".join([code(rng, 8, HEXA), code(rng, 4, HEXA), "4" + code(rng, 3, HEXA), code(rng, 4, HEXA)])
    uetr += "-" + code(rng, 12, HEXA)
    p.pair("UETR", uetr) if fits(p, "pair", f"UETR   {uetr}    ") else p.add("small", f"UETR {uetr}")
    p.add("rule")
    outcome_row(p, status, {"success": ["Credited to your account", "Status: Credited - IRM generated"]})
    p.part = "foot"
    p.add(
        "small",
        "Report the purpose of the remittance within 30 days to close the IRM against your shipping bill.",
    )
    return p.done()


def collection_mail(rng, font, k, j: Job, status, payer, city, cur, show, rate, me, inv, layout) -> tuple:
    """Payoneer's and Skydo's e-mails that a buyer's payment was received for the company."""
    brand = "Payoneer" if layout == "payoneer" else "Skydo"
    p = mail_page(
        rng,
        font,
        f"{brand} <{'no-reply@payoneer.com' if brand == 'Payoneer' else 'payments@skydo.com'}>",
        ["You've received a payment", "Payment received"]
        if brand == "Payoneer"
        else ["Payment received!", "You've got a payment"],
    )
    p.part = "head"
    top(p, brand)
    p.add("rule")
    p.part = "body"
    p.add("big", show(j.amount), amount=j.amount, cur=cur)
    p.add("center", f"received from {payer}")
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received", "Completed"]
            if brand == "Payoneer"
            else ["Payment received - settling to your bank"]
        },
    )
    at = 0.34
    holder = me if cells_fit_key(p, at, "Account holder", me) else SHORT
    if brand == "Payoneer":
        keyed(p, "Received by", holder, at=at, merchant=holder, method="wallet")
        if not j.no_ref:
            pid = digits(rng, 10)
            keyed(p, "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
        keyed(p, "Description", f"Invoice {inv}", at=at)
        if not j.no_day:
            keyed(p, "Date", when_in(j, ["%b {d}, %Y", "{d} %b %Y"], rng), at=at, date=j.date)
        p.add("small", "The money is in your Payoneer balance. Withdraw it to your bank account in INR.")
    else:
        keyed(p, "Account holder", holder, at=at, merchant=holder)
        keyed(p, "Paid by", f"{payer}, {city.split(', ')[-1]}", at=at)
        keyed(p, "Paid via", "Bank transfer to your Skydo SEK account", at=at, method="netbanking")
        if not j.no_day:
            keyed(p, "Received on", when_in(j, ["{d} %b %Y", "%d/%m/%Y"], rng), at=at, date=j.date)
        if not j.no_ref:
            sid = f"SKY{digits(rng, 10)}"
            keyed(p, "Transaction ID", sid, at=at, txn=(TXN_RANK, sid))
        fee = round(j.amount * rate * 0.003, 2)
        items = [
            ("Received", show(j.amount), {}),
            ("FX rate", f"1 {cur} = INR {rate:.4f}", {}),
            ("You get (INR)", num(round(j.amount * rate - fee, 2)), {}),
        ]
        spread(p, items, box=True)
        p.add("small", "Your FIRA will be issued after the money is settled to your bank account.")
    p.part = "foot"
    p.add("small", f"{brand} - cross-border payments. Please do not reply to this e-mail.")
    return p.done()


def german_avis(rng, font, j: Job, status, payer, city, pbank, show, cur, me, inv) -> tuple:
    """A German museum shop's payment advice e-mailed from its books, each label in German and English."""
    p = mail_page(
        rng,
        font,
        "Museumsladen Dahlem - Buchhaltung <buchhaltung@museumsladen-dahlem.de>",
        ["Zahlungsavis / Payment advice", f"Zahlungsavis {inv}"],
    )
    p.part = "head"
    top(p, payer)
    p.add("small", f"{city}  |  Buchhaltung / Accounts")
    p.add("center", "ZAHLUNGSAVIS / PAYMENT ADVICE")
    p.add("rule")
    p.part = "body"
    p.add("left", "Sehr geehrte Damen und Herren, / Dear Sir or Madam,")
    p.add("left", "wir haben heute die folgende Zahlung veranlasst. / we have today made the payment below.")
    at = 0.44
    holder = me if cells_fit_key(p, at, "Empfaenger / Beneficiary", me) else SHORT
    keyed(p, "Empfaenger / Beneficiary", holder, at=at, merchant=holder)
    keyed(
        p,
        "Konto / Account",
        f"{acct(rng)} - {rng.choice(['Union Bank of India', 'State Bank of India'])}",
        at=at,
    )
    keyed(p, "Betrag / Amount", show(j.amount), at=at, amount=j.amount, cur=cur)
    if not j.no_day:
        keyed(p, "Valuta / Value date", when(j.date, "%d.%m.%Y"), at=at, date=j.date)
    keyed(p, "Verwendungszweck / Reference", f"Rechnung / Invoice {inv}", at=at)
    keyed(p, "Zahlungsart / Payment type", "SWIFT (SHA)", at=at, method="netbanking")
    if not j.no_ref:
        bref = f"DEUT{digits(rng, 4)}{code(rng, 6, ALNUM)}"
        keyed(p, "Bankreferenz / Bank reference", bref, at=at, txn=(BANK_RANK, bref))
        zno = f"ZA-{j.date.year}-{rng.randrange(100, 999)}"
        keyed(p, "Zahlungsnr. / Payment No.", zno, at=at, txn=(INVOICE_RANK, zno))
    keyed(p, "Status", "ausgefuehrt / executed", at=at, status="success")
    p.part = "foot"
    p.add("left", "Mit freundlichen Gruessen / Kind regards")
    p.add("left", f"Buchhaltung, {payer}")
    return p.done()


# ---------------------------------------------------------------- 4. the workshop's and gallery's receipts


# the party (full, and as a counterfoil writes it), the way it paid, the unit, the layout
SALES = [
    ("Sri Kalyan Chakravarthy, Jubilee Hills, Hyderabad", "K. Chakravarthy", "cash", "workshop", "book"),
    ("Sri Someshwara Swamy Devasthanam, Kolanupaka", "Someshwara Devstn.", "cheque", "workshop", "advance"),
    ("Smt. Padmaja Reddy, Kukatpally, Hyderabad", "P. Reddy", "UPI", "gallery", "memo"),
    ("Dr. Sanjay Kulkarni, Secunderabad", "Dr. S. Kulkarni", "cheque", "gallery", "book"),
    ("Golconda Heritage Hotels Pvt Ltd, Banjara Hills", "Golconda Heritage", "NEFT", "workshop", "advance"),
    ("Ms. Emily Carter, London (visitor)", "E. Carter", "card", "gallery", "memo"),
    ("Sri Bhaskar Goud, Warangal", "B. Goud", "UPI", "workshop", "book"),
    ("Telangana Tourism Haritha Hotels, Hyderabad", "Haritha Hotels", "RTGS", "workshop", "advance"),
]
COMMISSIONS = [
    ("Markandeya Purana scroll, 24 panels", "36 x 1.5 ft", 140000, 260000),
    ("Kalyanam scroll for the mandapam", "18 x 2 ft", 90000, 180000),
    ("Lobby mural panels, 12 pcs", "3 x 2 ft each", 110000, 220000),
    ("Bathukamma festival panels, 20 pcs", "2 x 1.5 ft each", 80000, 150000),
]
SEALS = {
    "workshop": ("NAKASHI CHITRASHALA", "CHERIYAL"),
    "gallery": ("KATHA PATA GALLERY", "NAMPALLY, HYDERABAD"),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the gallery's own receipts: a printed receipt book's page with its counterfoil (the
    counterfoil at the left past a dashed cut: No., Date, From, Rs., By, For; the receipt at the right: the
    unit on top, No. beside Date, then a printed line "Received with thanks from" and its blank filled in by
    hand, "the sum of Rupees" and the words, "by cash / cheque / UPI" and the way, "towards" and the work, the
    sum in a box beside "For <unit>", Authorised signatory, the unit's stamp; a cheque's page stamped returned
    unpaid on one); an ADVANCE RECEIPT for a commission (the unit on top; Receipt No. | Date | Commission No.
    as labels over values in boxes three to a row; Received from; the work in a ruled table of Work | Size |
    Value; then Commission value (incl. GST @ 5%), Advance received now (n%), Balance on delivery; Mode, UTR
    or Cheque No.; the status line); and the gallery's counter memo with its labels in Telugu and English in
    Latin letters (Bill No. beside Tedi / Date, Peru / Name, a ruled table of Vivaramu / Particulars | Sankhya
    / Qty | Dhara / Rate | Mottam / Amount, Mottam / Total, Chellimpu / Paid by, Andina mottam / Amount
    received in a box, Dhanyavadalu - thank you). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=1500, high=60000, p_round=0.8)
    party, short_party, way, unit, layout = SALES[k]
    rs = book_rs(rng, font, ("Rs.", "\u20b9", "Rs"))
    name = {"workshop": WORKSHOP, "gallery": GALLERY}[unit]
    me = rng.choice([name, name.upper()])
    line, address = UNITS[unit]
    meth = {
        "cash": "cash",
        "UPI": "UPI",
        "NEFT": "netbanking",
        "RTGS": "netbanking",
        "card": "card",
        "cheque": "cheque",
    }[way]
    p = paper_page(rng, font, [760, 800] if layout == "book" else [720, 760])
    if layout == "book":
        return receipt_book(rng, p, j, status, party, short_party, way, meth, unit, me, rs)
    if layout == "memo":
        return counter_memo(rng, p, j, status, party, way, meth, me, rs)
    p.part = "head"
    top(p, me, merchant=me)
    p.add("small", f"A unit of {COMPANY}")
    p.add("small", address)
    p.add("small", f"GSTIN: {gstin(rng, STATE)}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", "ADVANCE RECEIPT")
    p.add("rule")
    p.part = "body"
    work, size, lo, hi = COMMISSIONS[(k + rng.randrange(2)) % len(COMMISSIONS)]
    value = float(rng.randrange(lo, hi, 500))
    with_gst = float(round(value * 1.05))
    share = rng.choice([30, 40, 50])
    j.amount = float(round(with_gst * share / 100))
    rno = f"AR/{fy(j.date)}/{rng.randrange(1, 90):03d}"
    comm = f"CNK/COM/{rng.randrange(10, 99)}"
    head = [("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)})]
    if not j.no_day:
        head.append(("Date", when_in(j, ["%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"], rng), {"date": j.date}))
    head.append(("Commission No.", comm, {}))
    spread(p, head, box=True)
    wpair(p, "Received from", party)
    kind(p, "wh", [(0.0, 0.56, "l"), (0.56, 0.78, "l"), (0.78, 1.0, "r")], faces="bbb", box="tbv")
    kind(p, "wr", [(0.0, 0.56, "l"), (0.56, 0.78, "l"), (0.78, 1.0, "r")], box="tbv")
    row(p, "wh", "Work", "Size", "Value")
    row(p, "wr", work, size, num(value))
    p.pair("Commission value (incl. GST @ 5%)", rs(with_gst))
    p.pair(f"Advance received now ({share}%)", rs(j.amount), amount=j.amount)
    p.pair("Balance on delivery", rs(with_gst - j.amount))
    p.add("small", words_in_rupees(j.amount))
    p.add("rule")
    if way == "cheque":
        p.pair("Mode", f"Cheque No. {digits(rng, 6)}", method="cheque")
        p.pair(
            "Drawn on",
            rng.choice(["State Bank of India, Alair", "Canara Bank, Bhongir", "Union Bank, Jangaon"]),
        )
    else:
        p.pair("Mode", way, method=meth)
        ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["ADVANCE RECEIVED - THE WORK BEGINS", "RECEIVED WITH THANKS - PAINTING BEGINS THIS MONTH"]
        ),
        "pending": "CHEQUE RECEIVED - THE WORK BEGINS ON REALISATION",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        "Colours are natural; the scroll is delivered rolled in cloth with its story in Telugu and English.",
    )
    right(p, f"For {name} - Authorised signatory")
    for _ in range(3):
        p.add("gap")
    seal(p, *SEALS[unit], None if j.no_day else j.date, "RECEIVED")
    return p.done()


def receipt_book(rng, p: Screen, j: Job, status, party, short_party, way, meth, unit, me, rs) -> tuple:
    """A receipt book's page: the counterfoil at the left past a dashed cut, the receipt at the right, its
    blanks filled in by hand."""
    j.amount = (
        float(rng.randrange(1200, 28000, 100)) if rng.random() < 0.8 else float(rng.randrange(1200, 28000))
    )
    work = rng.choice(WORKS[2:])[0]
    at = 0.3
    main = (0.34, 1.0)
    kind(p, "cfh", [(0.0, at - 0.02, "c"), (main[0], 1.0, "c")], faces="bb", faint=(0,))
    kind(p, "cft", [(0.0, at - 0.02, "l"), (main[0], 1.0, "c")], faces="rb", scale=1.12)
    kind(p, "cfs", [(0.0, at - 0.02, "l"), (main[0], 1.0, "c")], faint=(1,), scale=0.8)
    kind(p, "cf", [(0.0, at - 0.02, "l"), (main[0], 1.0, "l")])
    kind(p, "cfu", [(0.0, at - 0.02, "l"), (main[0], 1.0, "l")], faces="ru")
    kind(p, "cf3", [(0.0, at - 0.02, "l"), (main[0], 0.66, "l"), (0.66, 1.0, "r")], faces="rrr")
    kind(p, "cfa", [(0.0, at - 0.02, "l"), (main[0], 0.62, "l"), (0.66, 1.0, "r")], faces="rbr", boxcell=1)
    cut(p, at, ["cfh", "cft", "cfs", "cf", "cfu", "cf3", "cfa"])
    p.part = "head"
    row(p, "cfh", "COUNTERFOIL", "RECEIPT")
    row(p, "cft", "", me, merchant=me)
    row(
        p,
        "cfs",
        "",
        UNITS[unit][1]
        if cells_fit(p, "cfs", ["", UNITS[unit][1]])
        else UNITS[unit][1].split(", Siddipet")[0],
    )
    row(p, "cfs", "", f"A unit of {COMPANY}")
    p.part = "body"
    rno = f"{rng.randrange(1, 2400):04d}"
    pats = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%y", "{d}/{m}/%Y"]
    day = when_in(j, pats, rng)
    no_text = "No. ......" if j.no_ref else f"No. {rno}"
    date_text = "Date: ........" if j.no_day else f"Date: {day}"
    facts: dict = {} if j.no_ref else {"txn": (INVOICE_RANK, rno)}
    if not j.no_day:
        facts["date"] = j.date
    row(p, "cf3", no_text, no_text, date_text, **facts)
    row(
        p,
        "cf",
        date_text,
        "Received with thanks from",
        **({"status": "success"} if status == "success" else {}),
    )
    row(p, "cfu", f"From: {short_party}", party if cells_fit(p, "cfu", ["", party]) else party.split(", ")[0])
    row(p, "cf", f"Rs. {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}", "the sum of Rupees")
    words = words_in_rupees(j.amount).replace("Rupees ", "")
    if cells_fit(p, "cfu", ["", words]):
        row(p, "cfu", f"By: {way.capitalize() if way != 'UPI' else 'UPI'}", words)
    else:
        cut_at = words.rfind(" ", 0, len(words) // 2 + 6)
        row(p, "cfu", f"By: {way.capitalize() if way != 'UPI' else 'UPI'}", words[:cut_at])
        row(p, "cfu", "", words[cut_at + 1 :])
    short_work = next(word for word in ("mask", "dolls", "panel", "scroll", "figure") if word in work.lower())
    row(p, "cf", f"For: {short_work}", "by cash / cheque / UPI")
    if way == "cheque":
        chq = digits(rng, 6)
        cheque_day = earlier(rng, j, 0, 3) if rng.random() < 0.5 else j.date
        drawn = rng.choice(["SBI", "HDFC Bank", "Canara Bank"])
        filled = f"Cheque No. {chq} dt. {when(cheque_day, '%d-%m-%Y')} - {drawn}"
        if not cells_fit(p, "cfu", ["", filled]):
            filled = f"Cheque No. {chq} - {rng.choice(['SBI', 'HDFC Bank'])}"
        if not cells_fit(p, "cfu", ["", filled]):
            filled = f"Cheque No. {chq}"
    elif way == "UPI":
        filled = "UPI" if j.no_ref else f"UPI, Ref. {j.ref}"
    else:
        filled = "Cash"
    upi_facts = {"txn": (UTR_RANK, j.ref)} if way == "UPI" and not j.no_ref else {}
    row(p, "cfu", "", filled, method=meth, **upi_facts)
    row(p, "cf", "", "towards")
    row(p, "cfu", "", work if cells_fit(p, "cfu", ["", work]) else work.split(",")[0])
    row(p, "cf", "", "")
    amount_text = rs(j.amount)
    sign_line = f"For {me.title() if me.isupper() else me}"
    if not cells_fit(p, "cfa", ["", amount_text, sign_line]):
        sign_line = "For the unit"
    row(p, "cfa", "Signature", amount_text, sign_line, amount=j.amount)
    if status == "pending":
        row(p, "cf", "", "Subject to realisation of the cheque", status="pending")
    elif status == "failed":
        row(p, "cf", "", "CHEQUE RETURNED UNPAID -", status="failed")
        row(p, "cf", "", "THIS RECEIPT IS CANCELLED")
    p.part = "foot"
    row(p, "cf3", "", "", "Authorised signatory")
    for _ in range(3):
        p.add("gap")
    seal(
        p,
        *SEALS[unit],
        None if j.no_day else j.date,
        {"success": "RECEIVED", "pending": "RECEIVED", "failed": "RETURNED"}[status],
    )
    return p.done()


def counter_memo(rng, p: Screen, j: Job, status, party, way, meth, me, rs) -> tuple:
    """The gallery's counter memo with its labels in Telugu and English in Latin letters."""
    p.part = "head"
    top(p, me, merchant=me)
    p.add("small", UNITS["gallery"][1])
    p.add("small", f"GSTIN: {gstin(rng, STATE)}  |  Ph. 040-{digits(rng, 8)}")
    p.add("center", rng.choice(["NAGADU BILLU / CASH MEMO", "BILLU / BILL OF SALE"]))
    p.add("rule")
    p.part = "body"
    bill = f"{rng.randrange(100, 999)}"
    if j.no_day:
        p.add("pair", f"Bill No. {bill}", "Tedi / Date: ..........", txn=(INVOICE_RANK, bill))
    else:
        p.add(
            "pair",
            f"Bill No. {bill}",
            f"Tedi / Date: {when_in(j, ['%d-%m-%Y', '%d/%m/%Y', '%d.%m.%Y'], rng)}",
            txn=(INVOICE_RANK, bill),
            date=j.date,
        )
    wpair(p, "Peru / Name", party)
    spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    kind(p, "mh", spec, faces="bbbb", box="tv", scale=0.82)
    kind(p, "mh2", spec, faint=(0, 1, 2, 3), box="bv", scale=0.82)
    kind(p, "mr", spec, box="tbv")
    row(p, "mh", "Vivaramu", "Sankhya", "Dhara", "Mottam")
    row(p, "mh2", "Particulars", "Qty", "Rate", "Amount")
    taxable = 0.0
    for i in rng.sample(range(2, len(WORKS)), rng.randrange(1, 4)):
        item, _, lo, hi = WORKS[i]
        qty = rng.randrange(1, 3)
        each = float(rng.randrange(lo, min(hi, 9000), 50))
        taxable += qty * each
        text = item if cells_fit(p, "mr", [item, "", "", ""]) else item.split(" - ")[-1].capitalize()
        row(p, "mr", text, str(qty), num(each, "indian", 0), num(qty * each))
    due = round(taxable * 0.05, 2)
    half = round(due / 2, 2)
    p.pair("CGST @ 2.5%", rs(half))
    p.pair("SGST @ 2.5%", rs(half))
    total = float(round(taxable + 2 * half))
    if abs(total - taxable - 2 * half) >= 0.01:
        p.pair("Round off", f"{total - taxable - 2 * half:+.2f}")
    j.amount = total
    p.pair("Mottam / Total", rs(total))
    if way == "card":
        p.pair(
            "Chellimpu / Paid by",
            f"Card - {rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} {masked(rng, p.font)}",
            method="card",
        )
        appr = digits(rng, 6)
        p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    else:
        p.pair("Chellimpu / Paid by", "UPI", method="UPI")
        p.pair("UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
    kind(p, "amt", [(0.3, 0.7, "l"), (0.7, 1.0, "r")], faces="rb", box="tbv")
    words = "Andina mottam / Amount received"
    row(
        p,
        "amt",
        words if cells_fit(p, "amt", [words, rs(j.amount)]) else "Andina mottam",
        rs(j.amount),
        amount=j.amount,
    )
    p.add("center", "CHELLINCHARU - PAID. Dhanyavadalu - thank you!", status="success")
    p.part = "foot"
    p.add("small", "Goods once sold are not taken back. Keep the scroll away from damp and direct sun.")
    right(p, f"For {GALLERY}")
    return p.done()


# ---------------------------------------------------------------- 5. cloth, seed, colours, wood, frames


# name, line, address, GST state code ("" where it has none), tag, layout, the way paid
SUPPLIERS = [
    (
        "Sri Lakshmi Khadi Gramodyoga Sangham",
        "Hand-spun khadi cloth for scrolls",
        "Station Road, Jangaon - 506167, Telangana",
        "36",
        "SLK",
        "endorse",
        "cash",
    ),
    (
        "Ghouse Tamarind Traders",
        "Tamarind seed powder and gum",
        "Mukarampura, Karimnagar",
        "",
        "GTT",
        "khata",
        "UPI",
    ),
    (
        "Deccan Art Supplies",
        "Brushes, pigments and papers",
        "Bank Street, Abids, Hyderabad - 500001",
        "36",
        "DAS",
        "pos",
        "card",
    ),
    (
        "Nirmal Wood Craft Depot",
        "Poniki wood and seasoned planks",
        "Bus Stand Road, Nirmal - 504106, Telangana",
        "36",
        "NWD",
        "endorse",
        "cheque",
    ),
    (
        "Sri Sai Frames & Glass",
        "Frames, mounts and glass",
        "Paradise Circle, Secunderabad - 500003",
        "36",
        "SSF",
        "vyapar",
        "UPI",
    ),
    (
        "Balaji Corrugated Boxes",
        "Cartons and tubes for scrolls",
        "IDA Cherlapally, Hyderabad - 500051",
        "36",
        "BCB",
        "endorse",
        "cheque",
    ),
    ("Siddipet Saw Mill", "Sawdust and wood shavings", "Medak Road, Siddipet", "", "SSM", "khata", "UPI"),
    (
        "Vijaya Offset Printers",
        "Catalogues, tags and story cards",
        "Chikkadpally, Hyderabad - 500020",
        "36",
        "VOP",
        "vyapar",
        "NEFT",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY = {
    "SLK": [("Khadi cloth, 54 in width", "5208", "m", 120, 220, 5, 40, 160)],
    "GTT": [
        ("Tamarind seed powder", "", "kg", 90, 160, 0, 10, 60),
        ("Tree gum (tella jiguru)", "", "kg", 220, 380, 0, 2, 10),
    ],
    "DAS": [
        ("Squirrel hair brush No. 0", "9603", "pcs", 120, 260, 18, 4, 24),
        ("Mineral pigment, 100 g", "3212", "pcs", 180, 420, 18, 4, 20),
        ("Gold leaf booklet", "3212", "pcs", 350, 700, 18, 1, 6),
    ],
    "NWD": [("Poniki wood, seasoned", "4407", "cft", 900, 1600, 18, 4, 20)],
    "SSF": [
        ("Teak frame with glass, 24 x 18 in", "4414", "pcs", 850, 1600, 18, 4, 20),
        ("Mount board", "4823", "pcs", 80, 160, 18, 4, 20),
    ],
    "BCB": [
        ("Scroll tube, 4 in x 36 in", "4819", "pcs", 60, 120, 18, 100, 400),
        ("5-ply carton", "4819", "pcs", 45, 90, 18, 100, 400),
    ],
    "SSM": [("Sawdust, fine", "", "bag", 60, 110, 0, 10, 60)],
    "VOP": [
        ("Catalogue, 24 pages", "4911", "pcs", 28, 70, 18, 200, 1000),
        ("Story card", "4911", "pcs", 3, 8, 18, 500, 3000),
    ],
}


def supply_lines(rng: random.Random, tag: str) -> list[tuple[str, str, str, int, float, int]]:
    picks = (
        SUPPLY[tag]
        if len(SUPPLY[tag]) == 1
        else rng.sample(SUPPLY[tag], rng.randrange(1, len(SUPPLY[tag]) + 1))
    )
    out = []
    for item, hsn, unit, lo, hi, g, qlo, qhi in picks:
        out.append((item, hsn, unit, rng.randrange(qlo, qhi + 1), float(rng.randrange(lo, hi)), g))
    return out


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Jangaon khadi society, a Karimnagar tamarind trader, a Hyderabad art store, a Nirmal wood depot, a
    Secunderabad framer, a box maker, a Siddipet saw mill and a Hyderabad printer paid by the company: in four
    layouts, each new here: a printed TAX INVOICE with its payment endorsed by hand at the foot (the supplier
    on top; Invoice No. and Date; the goods in a table; Taxable value, CGST and SGST, Invoice total; then a
    printed box "PAYMENT RECEIVED" whose blanks are filled in: Received Rs. / by / Ref. / on / Balance, a part
    payment on some, a cheque "subject to realisation" on one and "returned unpaid" on one); Khatabook's SMS
    from a trader without GST ("<business> has received Rs x from <you> via UPI ... Balance due Rs y"); the
    art store's thermal till receipt (the store on top, the items over their qty x rate, TOTAL, CARD SALE with
    the card, APPR CODE and RRN, the status); and Vyapar's Payment-In receipt forwarded in a WhatsApp chat
    (the business on top, Payment Receipt, boxes two to a row: Receipt No. | Date, Received From | Payment
    Type, Ref. No., Amount Received large, in words, Description)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    maker, line, addr, state, tag, layout, way = SUPPLIERS[k]
    lots = supply_lines(rng, tag)
    taxable = round(sum(qty * rate for _, _, _, qty, rate, _ in lots), 2)
    tax = round(sum(qty * rate * g / 100 for *_, qty, rate, g in lots), 2)
    tax = 2 * round(tax / 2, 2)
    total = float(round(taxable + tax))
    j.amount = total
    if layout == "khata":
        amt = num(j.amount, rng.choice(["indian", "plain"]), 0 if j.amount == int(j.amount) else 2)
        bal = rng.choice([0.0, float(rng.randrange(500, 9000, 50))])
        payer = rng.choice(["Nakashi Kalakarula PCL", "Cheriyal Nakashi"])
        on = "" if j.no_day else f" on {when(j.date, rng.choice(['{d} %b %Y', '%d-%m-%Y', '%d/%m/%y']))}"
        ref = "" if j.no_ref else f" (UPI Ref {j.ref})"
        text = (
            f"{maker} has received Rs {amt} from {payer} via UPI{on}{ref}. "
            f"Balance due: Rs {num(bal, 'indian', 0)}. "
            f"View details: khata.bz/{code(rng, 6, MIXED)} - Khatabook"
        )
        facts = {"merchant": maker, "amount": j.amount, "method": "UPI", "status": "success"}
        if not j.no_day:
            facts["date"] = j.date
        if not j.no_ref:
            facts["txn"] = (UTR_RANK, j.ref)
        p = sms_page(
            rng, font, rng.choice(["VM-KHATAB", "JM-KHTBOK", "AD-KHATAB"]), text, None if j.no_day else j.date
        )
        p.add("left", text, **facts)
        return p.done()
    if layout == "pos":
        return till_receipt(rng, font, j, status, maker, addr, state, lots)
    if layout == "vyapar":
        return vyapar_receipt(rng, font, k, j, status, maker, addr, way, lots, total)
    rs = book_rs(rng, font, ("Rs.", "\u20b9", "Rs"))
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    name = maker.upper() if rng.random() < 0.35 else maker
    shown = pick(p, "title", [name, maker])
    top(p, shown, merchant=shown)
    p.add("small", line)
    p.add("small", addr)
    p.add("small", f"GSTIN: {gstin(rng, state)}  |  Cell: {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", "TAX INVOICE")
    p.add("rule")
    p.part = "body"
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(12, 990):03d}"
    inv_day = earlier(rng, j, 0, 25) if rng.random() < 0.7 else j.date
    p.add(
        "pair",
        f"Invoice No.: {inv}",
        f"Date: {when(inv_day, rng.choice(['%d-%m-%Y', '%d/%m/%Y', '%d.%m.%Y']))}",
        txn=(INVOICE_RANK, inv),
    )
    wpair(p, "Buyer", f"{COMPANY}, Cheriyal")
    spec = [(0.0, 0.44, "l"), (0.44, 0.54, "l"), (0.54, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")]
    kind(p, "ih", spec, head=True)
    kind(p, "ir", spec)
    row(p, "ih", "Description", "HSN", "Qty", "Rate", "Amount")
    for item, hsn, unit, qty, rate, g in lots:
        row(p, "ir", item, hsn, f"{qty} {unit}", num(rate), num(qty * rate))
    p.pair("Taxable value", rs(taxable))
    g = lots[0][5]
    p.pair(f"CGST @ {g / 2:g}%", rs(tax / 2))
    p.pair(f"SGST @ {g / 2:g}%", rs(tax / 2))
    if abs(total - taxable - tax) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    p.pair("Invoice total", rs(total))
    p.add("small", words_in_rupees(total))
    part = way == "cash" and rng.random() < 0.7
    if part:
        j.amount = float(round(total * rng.choice([0.5, 0.6, 0.75]), -2))
    # the endorsement: a printed box whose blanks are filled in by hand
    kind(p, "enh", [(0.0, 1.0, "c")], faces="b", box="tv")
    kind(p, "en", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], faces="ru", box="v")
    kind(p, "enz", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], faces="ru", box="bv")
    p.add("gap")
    row(p, "enh", "PAYMENT RECEIVED" if status == "success" else "PAYMENT")
    received = "Received Rs." if status != "failed" else "Cheque for Rs."
    row(
        p,
        "en",
        received,
        f"{num(j.amount, 'indian', 0)}/-" if j.amount == int(j.amount) else num(j.amount),
        amount=j.amount,
    )
    if way == "cheque":
        chq = digits(rng, 6)
        row(
            p,
            "en",
            "by",
            f"Cheque No. {chq} - {rng.choice(['SBI Cheriyal', 'Canara Bank Cheriyal'])}",
            method="cheque",
        )
    else:
        row(p, "en", "by", "Cash", method="cash")
    if not j.no_day:
        row(
            p,
            "en",
            "on",
            when(
                j.date, rng.choice(["%d/%m/%y", "%d-%m-%Y", "{d}/{m}/%y"]).replace("{m}", str(j.date.month))
            ),
            date=j.date,
        )
    words = {
        "success": "Part payment - balance Rs. " + num(total - j.amount, "indian", 0)
        if part
        else "In full - thank you",
        "pending": "Subject to realisation of the cheque",
        "failed": "Cheque returned unpaid - please pay again",
    }[status]
    row(p, "enz", "Remarks", words, status=status)
    p.part = "foot"
    right(p, f"For {maker}")
    for _ in range(3):
        p.add("gap")
    stamp_name = maker.upper() if len(maker) <= 26 else " ".join(maker.upper().split()[:3])
    seal(
        p,
        stamp_name,
        addr.split(" - ")[0].split(", ")[-1].upper(),
        None,
        {"success": "PAID", "pending": "RECEIVED", "failed": "RETURNED"}[status],
    )
    return p.done()


def sms_page(rng: random.Random, font: str, sender: str, text: str, day: dt.date | None) -> Screen:
    """A messages app's thread with one message (heldout106's frame, drawn from the text): the sender id, the
    day divider (Today where the message prints no day), the bubble and its hour."""
    check([text.replace("\n", " "), sender], font)
    p = Screen(font, rng, "sms", dark=rng.random() < 0.3, size=rng.choice([20, 21, 22]), width=600)
    divider = (
        "Today" if day is None or rng.random() < 0.35 else when(day, rng.choice(["{d} %B %Y", "%a, {d} %b"]))
    )
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.4)}
    )
    return p


def till_receipt(rng, font, j: Job, status, maker, addr, state, lots) -> tuple:
    """The art store's thermal till receipt: items over their qty x rate, TOTAL, the card's lines."""
    p = screen(rng, font, width=rng.choice([480, 500, 520]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    p.add("center", maker.upper(), merchant=maker.upper())
    p.add("center", addr.split(" - ")[0])
    p.add("center", f"GSTIN {gstin(rng, state)}")
    p.add("center", "TAX INVOICE")
    p.add("rule")
    p.part = "body"
    bill = f"{rng.randrange(1, 99):02d}-{rng.randrange(1000, 9999)}"
    t = hhmm(rng, twelve=False)
    if j.no_day:
        p.add("pair", f"BILL:{bill}", f"TIME:{t}", txn=(INVOICE_RANK, bill))
    else:
        p.add(
            "pair", f"BILL:{bill}", f"{when(j.date, '%d/%m/%y')} {t}", txn=(INVOICE_RANK, bill), date=j.date
        )
    p.add("rule")
    for item, hsn, unit, qty, rate, g in lots:
        p.add("left", item.upper() if fits(p, "left", item.upper()) else item.upper()[:24])
        p.pair(f"  {qty} x {rate:.2f}", f"{qty * rate:.2f}")
    p.add("rule")
    taxable = round(sum(qty * rate for _, _, _, qty, rate, _ in lots), 2)
    tax = j.amount - taxable
    p.pair("TAXABLE", f"{taxable:.2f}")
    p.pair("CGST 9%", f"{tax / 2:.2f}")
    p.pair("SGST 9%", f"{tax / 2:.2f}")
    p.pair("TOTAL", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    p.add("left", "CARD SALE")
    p.add(
        "left",
        f"{rng.choice(['VISA', 'RUPAY', 'MASTER'])} DEBIT  XXXXXXXXXXXX{digits(rng, 4)}",
        method="card",
    )
    appr = digits(rng, 6)
    p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
    p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["APPROVED - THANK YOU", "PAID BY CARD - THANK YOU"]), status="success")
    p.part = "foot"
    p.add("small", "NO EXCHANGE ON BRUSHES AND PIGMENTS")
    return p.done()


def vyapar_receipt(rng, font, k, j: Job, status, maker, addr, way, lots, total) -> tuple:
    """Vyapar's Payment-In receipt as a phone screen, forwarded by the supplier in a WhatsApp chat."""
    rs = money(rng, font, 0.4)
    p = screen(rng, font, "crop", width=600)
    p.part = "head"
    top(p, pick(p, "title", [maker, maker.upper()]), merchant=maker)
    p.add("small", addr)
    p.add("center", "Payment Receipt")
    p.add("rule")
    p.part = "body"
    rno = str(rng.randrange(12, 480))
    items = [("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)})]
    if not j.no_day:
        items.append(("Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), {"date": j.date}))
    items.append(("Received From", SHORT, {}))
    items.append(
        (
            "Payment Type",
            {"UPI": "UPI", "NEFT": "Bank (NEFT)"}[way],
            {"method": "UPI" if way == "UPI" else "netbanking"},
        )
    )
    ref = bank_ref(rng, j, "HDFC Bank", way)
    items.append(("Ref. No.", ref, {"txn": (UTR_RANK, ref)}))
    spread(p, items, box=True, most=2)
    p.add("small", "Amount Received")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", words_in_rupees(j.amount))
    label(p, "Description")
    p.add("left", "Against invoice - " + ", ".join(item for item, *_ in lots)[:60])
    p.add("center", "Received", status="success")
    p.part = "foot"
    p.add("small", "Authorised signatory  |  Made with Vyapar")
    bubbles = [
        ("in", rng.choice(["Payment received sir, receipt attached", "Received. Thank you", "Receipt sir"])),
        ("image", ""),
    ]
    if rng.random() < 0.6:
        bubbles.append(("out", rng.choice(["Ok thanks", "Thank you. Send the next lot by Friday"])))
    divider = "Today" if j.no_day or rng.random() < 0.4 else when(j.date, "{d} %B %Y")
    check([text for _, text in bubbles] + [maker, divider], font)
    p.style["h118"] = {
        "chat": {
            "contact": maker,
            "divider": divider,
            "bubbles": bubbles,
            "times": chat_times(rng, len(bubbles)),
            "dark": rng.random() < 0.3,
            "last_seen": rng.choice(["online", "last seen today at " + hhmm(rng, lower=True)]),
        }
    }
    return p.done()


# ---------------------------------------------------------------- 6. contractors paid by the company


# payee, remarks, sum (low, high)
CONTRACTORS = [
    ("Sri Mohd. Abdul Sattar", "Rent - Katha Pata Gallery shop, Nampally", 22000, 45000),
    ("Sri Sai Constructions", "Drying shed at Cheriyal - RA bill 1", 150000, 450000),
    ("Deccan Roadlines", "Freight - scroll crates Hyderabad to Mumbai", 8000, 36000),
    ("Rao & Reddy Associates", "Statutory audit fee 2025-26", 30000, 80000),
    ("Shilpa Exhibition Stalls", "Stall for the crafts bazaar - 12 days", 40000, 140000),
    ("Pixel Loom Web Studio", "Web shop upkeep - kathapata.in", 15000, 55000),
    ("Kalamkari Lens Photography", "Catalogue shoot - 120 pieces", 12000, 45000),
    ("Secure Deccan Guards", "Night watch - the gallery, one month", 14000, 30000),
]
VENDOR_LAYOUT = ["branch", "timeline", "intimation", "branch", "timeline", "intimation", "timeline", "branch"]
BRANCH_BANKS = [
    ("State Bank of India", "Cheriyal Branch"),
    ("Canara Bank", "Cheriyal Branch"),
    ("Union Bank of India", "Nampally Branch"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the gallery's landlord, the drying shed's builder, the carrier, the auditors, the
    stall fabricator, the web studio, the photographer and the guards: in three layouts, each new here: the
    customer's copy of the branch's RTGS / NEFT application form, its boxes filled in by hand (Date,
    Remitter's name, Remitter's A/c No., Cheque No. for the debit, Beneficiary's name, Beneficiary's A/c No.,
    IFSC, Bank and branch, Amount (Rs.), Amount in words, Purpose, Mode [X] NEFT [ ] RTGS; FOR BANK USE: UTR
    No., Remarks) and the branch's stamp; HDFC Bank ENet's transaction status page (labels over values in
    boxes three to a row: Amount | Beneficiary | Mode; the status; a timeline of its steps with their hours:
    Initiated by maker, Authorised by checker, Sent to the beneficiary's bank, Credited / Returned by the
    beneficiary's bank / Awaiting the second authoriser; then each label set right against a colon: Reference
    No., UTR, Debit account, Beneficiary A/c, Remarks); the bank's fund transfer intimation e-mailed to the
    payee (the sentence that the company transferred the sum "to the account of <payee>", then Beneficiary,
    Amount, Mode, UTR, Date)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(4,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=low, high=high)
    layout = VENDOR_LAYOUT[k]
    who = who.upper() if rng.random() < 0.3 else who
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if way == "IMPS" and layout == "branch":
        way = "NEFT"
    ben = rng.choice(BANKS[:8])
    their = f"{digits(rng, rng.choice([11, 12, 14]))}"
    if layout == "branch":
        bank, branch = BRANCH_BANKS[k % 3]
        rs = book_rs(rng, font, ("Rs.", "\u20b9"))
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, bank.upper())
        p.add("small", f"{branch}  |  Branch code {digits(rng, 5)}")
        p.add("center", "APPLICATION FOR RTGS / NEFT REMITTANCE")
        p.add("small", "CUSTOMER'S COPY")
        p.add("rule")
        p.part = "body"
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        kind(p, "fm", spec, faint=(0,), faces="ri", box="tbv")
        kind(p, "fmh", [(0.0, 1.0, "l")], faces="b", box="tbv")
        ref = bank_ref(rng, j, bank, way)

        def fill(name: str, value: str, **facts) -> None:
            if not cells_fit(p, "fm", [name, value]):
                value = value[: max(8, len(value) * 2 // 3)]
            row(p, "fm", name, value, **facts)

        fill(
            "Date",
            "" if j.no_day else when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "{d}/{m}/%Y"], rng),
            **({} if j.no_day else {"date": j.date}),
        )
        mine = COMPANY if cells_fit(p, "fm", ["", COMPANY]) else SHORT
        fill("Remitter's name", mine)
        fill("Remitter's A/c No.", digits(rng, 11))
        fill("Cheque No. (for the debit)", digits(rng, 6))
        shown = who if cells_fit(p, "fm", ["", who]) else who.split(" (")[0]
        row(p, "fm", "Beneficiary's name", shown, merchant=shown)
        fill("Beneficiary's A/c No.", their)
        fill("IFSC", ifsc(rng, ben))
        fill(
            "Bank and branch", f"{ben}, {rng.choice(['Ameerpet', 'Secunderabad', 'Siddipet', 'Hanamkonda'])}"
        )
        row(p, "fm", "Amount (Rs.)", num(j.amount), amount=j.amount)
        words = words_in_rupees(j.amount)
        if cells_fit(p, "fm", ["", words]):
            row(p, "fm", "Amount in words", words)
        else:
            half = words.rfind(" ", 0, len(words) // 2 + 8)
            kind(p, "fmt", spec, faint=(0,), faces="ri", box="tv")
            kind(p, "fmb", spec, faint=(0,), faces="ri", box="bv")
            row(p, "fmt", "Amount in words", words[:half])
            row(p, "fmb", "", words[half + 1 :])
        fill("Purpose", note)
        tick = sign(font, "\u2713", "X")
        marks = f"[{tick if way == 'NEFT' else ' '}] NEFT    [{tick if way == 'RTGS' else ' '}] RTGS"
        row(p, "fm", "Mode", marks, method="netbanking")
        p.add("gap")
        row(p, "fmh", "FOR BANK USE")
        if not j.no_ref:
            row(p, "fm", "UTR No.", ref, txn=(UTR_RANK, ref))
        row(p, "fm", "Remarks", "Transferred" if status == "success" else "Returned", status=status)
        p.part = "foot"
        right(p, "Signature of the remitter")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            bank.upper() if len(bank) <= 22 else BANK_SHORT.get(bank, bank).upper(),
            branch.upper(),
            None if j.no_day else j.date,
            f"{way} DONE",
        )
        return p.done()
    rs = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs."))
    ref = "" if j.no_ref or status == "pending" else bank_ref(rng, j, "HDFC Bank", way)
    if layout == "intimation":
        bank = rng.choice(["HDFC Bank", "Canara Bank"])
        p = mail_page(
            rng,
            font,
            f"{bank} <intimation@{bank.split()[0].lower()}bank.com>",
            [f"Fund transfer intimation from {COMPANY_CAPS[:28]}", "Funds transferred to your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Beneficiary intimation")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        shown = who
        on = "" if j.no_day else f" on {when(j.date, rng.choice(['%d-%m-%Y', '%d %b %Y']))}"
        p.add(
            "left",
            f"{COMPANY_CAPS} has transferred {rs(j.amount)} to the account of {shown} "
            f"(A/c XXXX{their[-4:]}) with {ben} through {way}{on}.",
        )
        at = 0.3
        keyed(p, "Beneficiary", shown, at=at, merchant=shown)
        keyed(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        keyed(p, "Mode", way, at=at, method="netbanking")
        if ref:
            keyed(p, "UTR", ref, at=at, txn=(UTR_RANK, ref))
        if not j.no_day:
            keyed(p, "Date", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng), at=at, date=j.date)
        keyed(p, "Remarks", note, at=at)
        keyed(p, "Status", "Credited", at=at, status=status)
        p.add(
            "small",
            "The remitter asked us to tell you of this transfer. Please check your account statement.",
        )
        p.part = "foot"
        p.add("small", f"{bank} never asks for your PIN, OTP or password.")
        return p.done()
    p = browser_page(
        rng, font, "enet.hdfcbank.com/corp/payments/status" + ("" if j.no_ref else f"?ref={digits(rng, 10)}")
    )
    p.part = "head"
    top(p, "HDFC Bank ENet")
    p.add("small", "Corporate net banking  |  Payments > Transaction status")
    p.add("rule")
    p.part = "body"
    strip = [
        ("Amount", rs(j.amount), {"amount": j.amount}),
        ("Beneficiary", who, {"merchant": who}),
        ("Mode", way, {"method": "netbanking"}),
    ]
    if not across_fit(p, strip, box=True):
        strip[1] = ("Beneficiary", who.split(" (")[0][:22], {"merchant": who.split(" (")[0][:22]})
    spread(p, strip, box=True)
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to the beneficiary", "Status: Completed"],
            "pending": ["Awaiting the second authoriser"],
            "failed": ["Returned by the beneficiary's bank - account closed"],
        },
    )
    dot = sign(font, "\u25cf", "o")
    ring = sign(font, "\u25cb", "-")
    kind(p, "tl", [(0.0, 0.05, "c"), (0.05, 0.62, "l"), (0.62, 1.0, "r")], faint=(2,))
    minute = rng.randrange(9 * 60, 15 * 60)
    day_text = "" if j.no_day else when(j.date, rng.choice(["{d} %b %Y", "%d-%m-%Y", "%d %b %Y"]))
    steps = ["Initiated by maker", "Authorised by checker", f"Sent to the payee's bank ({way})"]
    last = {
        "success": "Credited to the beneficiary",
        "failed": "Returned by the payee's bank",
        "pending": "Awaiting the second authoriser",
    }[status]
    if status == "pending":
        steps = ["Initiated by maker", "Authorised by checker 1"]
    for i, step in enumerate(steps + [last]):
        done = not (status == "pending" and step == last)
        minute += rng.randrange(2, 40)
        hour = f"{(minute // 60 - 1) % 12 + 1}:{minute % 60:02d} {'PM' if minute >= 720 else 'AM'}"
        when_text = "" if not done else f"{day_text}, {hour}" if day_text else hour
        row(
            p,
            "tl",
            dot if done else ring,
            step,
            when_text,
            **({"date": j.date} if i == 0 and day_text else {}),
        )
    p.add("rule")
    at = 0.34
    if not j.no_ref:
        bref = f"{rng.choice(['PAY', 'TXN'])}{digits(rng, 12)}"
        keyed(p, "Reference No.", bref, at=at, txn=(BANK_RANK, bref))
    if ref:
        keyed(p, "UTR", ref, at=at, txn=(UTR_RANK, ref))
    keyed(p, "Debit account", f"{acct(rng)} - {SHORT}", at=at)
    keyed(p, "Beneficiary A/c", f"XXXX{their[-4:]} / {ifsc(rng, ben)}", at=at)
    keyed(p, "Remarks", note, at=at)
    p.part = "foot"
    p.add("small", "Times are as recorded by the bank's payment system.")
    return p.done()


# ---------------------------------------------------------------- 7. painters, makers, staff


# payee, craft, village, kind, layout
WORKERS = [
    ("Dhanalakota Ramulu", "Painter - scroll panels", "Cheriyal", "painter", "passbook"),
    ("Vanam Yadagiri", "Primes the khadi for the scrolls", "Cheriyal", "primer", "stamp"),
    ("Kum. Sravani Gajula", "Sales assistant, Katha Pata Gallery", "Hyderabad", "staff", "payslip"),
    ("Bandi Sailu", "Packs the scrolls and crates", "Cheriyal", "packer", "upi"),
    ("Mothe Laxmi", "Mask maker - sawdust and tamarind paste", "Kommuri", "masks", "passbook"),
    ("Sri Gurram Chinna Ramaiah", "Kaki Padagollu storyteller - scroll recital", "Jangaon", "story", "stamp"),
    ("Gundeti Mallesham", "Doll maker - village life dolls", "Cheriyal", "dolls", "stamp"),
    ("Md. Imran Pasha", "Driver, the company's pickup", "Siddipet", "staff", "payslip"),
]
# passbook work: item, rate (low, high)
PIECE = {
    "painter": [("panels", 650, 1200), ("scroll panel repairs", 300, 600), ("masks painted", 120, 240)],
    "masks": [("masks shaped", 180, 320), ("Garuda masks", 220, 380), ("small masks", 90, 160)],
}
STAMP_WORK = {
    "primer": ("priming of {n} metres of khadi cloth @ Rs. {r} a metre for the scrolls", 40, 140, 120, 220),
    "story": (
        "a recital of the Markandeya Purana with the scroll at the gallery, {n} hours @ Rs. {r}",
        3,
        6,
        2500,
        4000,
    ),
    "dolls": ("making {n} village life dolls @ Rs. {r} a doll", 12, 60, 140, 260),
}
SALARY = {"Kum. Sravani Gajula": (9000, 12000), "Md. Imran Pasha": (10000, 13000)}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its painter and its mask maker from their artisans' passbooks, its cloth primer, a
    storyteller and a doll maker against a receipt on a revenue stamp, its gallery assistant and its driver by
    a payslip, and its packer by UPI: in four layouts, each new here: the KALAKARULA PASSBOOK (Peru / Name
    beside Member No., Pani / Craft, a ruled table of Tedi / Date | Vivaramu / Particulars | Pani / Work (Rs.)
    | Chellimpu / Paid (Rs.) | Nilva / Balance (Rs.) with the work done and the payment on its own line, then
    Paid by and Voucher No.); a RECEIPT on a revenue stamp (Voucher No.; the sentence "Received from <company>
    the sum of Rs. x (Rupees ...) in cash / by UPI towards ..."; Place beside Date; the stamp's box; the
    payee's signature over Name and Address); a payslip from the payroll app (Payslip for the month, the
    employee's summary as labels over values two to a row: Employee name, Employee ID, Designation, Pay
    period, Pay date, Paid days; Employee net pay in a box, a ruled table of Earnings | Amount | Deductions |
    Amount, Total net payable, Paid by and UTR, the status); Jupiter's UPI screen (the sum large, "to
    <payee>", the status, the steps with their hours, then each label set right against a colon: UPI Ref No,
    Jupiter txn ID, To UPI ID, From)."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=600, high=16000, p_round=0.9)
    who, craft, village, work, layout = WORKERS[k]
    rs = book_rs(rng, font, ("Rs.", "\u20b9", "Rs"))
    if layout == "payslip":
        return payslip(rng, font, j, status, who, craft)
    if layout == "upi":
        return jupiter_pay(rng, font, k, j, status, who)
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, pick(p, "title", [COMPANY, COMPANY_CAPS, SHORT]))
    p.add("small", f"{WORKSHOP}  |  Nakashi Street, Cheriyal, Siddipet District")
    if layout == "stamp":
        what, nlo, nhi, rlo, rhi = STAMP_WORK[work]
        n, rate = rng.randrange(nlo, nhi), rng.randrange(rlo, rhi, 10)
        j.amount = float(n * rate)
        way = "UPI" if work == "story" and rng.random() < 0.5 else "cash"
        p.add("center", "RECEIPT")
        p.add("rule")
        p.part = "body"
        vno = f"{rng.randrange(100, 999)}"
        if not j.no_ref:
            right(p, f"Voucher No. {vno}")
            p.tags[-1] = (p.part, {"txn": (INVOICE_RANK, vno)})
        p.add("gap")
        by = "in cash" if way == "cash" else "by UPI"
        p.add(
            "left",
            f"Received from {COMPANY}, Cheriyal, the sum of {rs(j.amount)} "
            f"({words_in_rupees(j.amount)}) {by} towards {what.format(n=n, r=rate)}.",
            amount=j.amount,
            method="cash" if way == "cash" else "UPI",
            status="success",
        )
        if way == "UPI" and not j.no_ref:
            p.add("left", f"UPI Ref. No. {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        if j.no_day:
            p.add("pair", f"Place: {village}", "Date: ..........")
        else:
            p.add(
                "pair",
                f"Place: {village}",
                f"Date: {when_in(j, ['%d-%m-%Y', '%d/%m/%Y', '%d.%m.%Y'], rng)}",
                date=j.date,
            )
        kind(p, "rv", [(0.0, 0.62, "l"), (0.66, 1.0, "c")], faint=(1,), scale=0.8)
        kind(p, "rvb", [(0.0, 0.62, "l"), (0.66, 1.0, "c")], faint=(1,), scale=0.8, boxcell=1)
        row(p, "rv", "", "")
        row(p, "rvb", "", "REVENUE STAMP")
        row(p, "rvb", "", "Re. 1" if j.amount > 5000 else "")
        row(p, "rv", "", "Signature of the payee")
        p.add("left", f"Name: {who}", merchant=who)
        p.add("left", f"Address: {village}, {'Siddipet' if village != 'Jangaon' else 'Jangaon'} District")
        p.part = "foot"
        p.add("small", "Passed for payment - Secretary  |  Entered in the cash book")
        return p.done()
    # the artisan's passbook
    p.add("center", "KALAKARULA PASSBOOK / ARTISAN'S PASSBOOK")
    p.add("rule")
    p.part = "body"
    p.add("pair", f"Peru / Name: {who}", f"Member No.: {rng.randrange(4, 60)}", merchant=who)
    p.add("left", f"Pani / Craft: {craft}")
    spec = [(0.0, 0.14, "l"), (0.14, 0.5, "l"), (0.5, 0.67, "r"), (0.67, 0.84, "r"), (0.84, 1.0, "r")]
    kind(p, "pbh", spec, faces="bbbbb", scale=0.82, box="tv")
    kind(p, "pbh2", spec, faint=(0, 1, 2, 3, 4), scale=0.82, box="bv")
    kind(p, "pb", spec, box="tbv")
    row(p, "pbh", "Tedi", "Vivaramu", "Pani", "Chellimpu", "Nilva")
    row(p, "pbh2", "Date", "Particulars", "Work (Rs.)", "Paid (Rs.)", "Balance (Rs.)")
    pat = rng.choice(["%d.%m.%y", "%d-%m-%y", "%d/%m/%y"])
    start = j.date - dt.timedelta(days=rng.randrange(16, 28))
    balance = float(rng.choice([0, 0, 250, 600, 1200]))
    row(p, "pb", when(start, pat), "B/f", "", "", num(balance))
    day = start
    for _ in range(rng.randrange(2, 4)):
        day += dt.timedelta(days=rng.randrange(3, 6))
        if day >= j.date:
            break
        item, lo, hi = rng.choice(PIECE[work])
        n, rate = rng.randrange(2, 9), float(rng.randrange(lo, hi, 10))
        balance += n * rate
        row(
            p, "pb", when(day, pat), f"{n} {item} @ {num(rate, 'indian', 0)}", num(n * rate), "", num(balance)
        )
    j.amount = balance
    way = "UPI" if work == "masks" else "cash"
    paid_text = "Paid in cash" if way == "cash" else "Paid by UPI"
    facts = {"amount": j.amount}
    if not j.no_day:
        facts["date"] = j.date
    row(p, "pb", "" if j.no_day else when(j.date, pat), paid_text, "", num(j.amount), num(0), **facts)
    p.add("gap")
    p.pair("Paid by / Chellimpu", way if way == "UPI" else "Cash", method="UPI" if way == "UPI" else "cash")
    if way == "UPI":
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_ref:
        vno = f"CV/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    p.add("center", "CHELLINCHINADI - PAID, BALANCE NIL", status="success")
    p.part = "foot"
    kind(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], faint=(0, 1))
    p.add("gap")
    row(p, "sg", "Signature / thumb of the artisan", "Secretary")
    return p.done()


def payslip(
    rng: random.Random, font: str, j: Job, status: str, who: str, craft: str
) -> tuple[list, dict, dict]:
    """A payslip from the company's payroll app, e-mailed to the employee."""
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    lo, hi = SALARY[who]
    basic = float(rng.randrange(lo, hi, 100))
    earnings = [("Basic", basic), ("House rent allowance", round(basic * 0.4, 2)), ("Conveyance", 1600.0)]
    if rng.random() < 0.6:
        earnings.append(("Special allowance", float(rng.randrange(800, 2400, 100))))
    gross = round(sum(value for _, value in earnings), 2)
    deductions = [("EPF (employee)", round(min(basic, 15000) * 0.12, 2))]
    if gross <= 21000:
        deductions.append(("ESI (employee)", round(gross * 0.0075 + 0.499)))
    deductions.append(("Professional tax", 200.0 if gross > 20000 else 150.0))
    less = round(sum(value for _, value in deductions), 2)
    j.amount = round(gross - less, 2)
    month_end = (j.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    period = j.date if j.date.day > 20 else j.date - dt.timedelta(days=25)
    p = mail_page(
        rng,
        font,
        "Payroll <payroll@cheriyalnakashi.in>",
        [f"Payslip for {when(period, '%B %Y')}", "Your payslip is ready"],
    )
    p.part = "head"
    top(p, pick(p, "title", [COMPANY, SHORT]))
    p.add("small", "Nakashi Street, Cheriyal, Siddipet District, Telangana - 506223")
    p.add("center", f"Payslip for the month of {when(period, '%B %Y')}")
    p.add("rule")
    p.part = "body"
    items = [
        ("Employee name", who, {"merchant": who}),
        ("Employee ID", f"CNK-{rng.randrange(3, 40):03d}", {}),
        ("Designation", craft.split(",")[0], {}),
        ("Pay period", when(period, "%B %Y"), {}),
    ]
    if not j.no_day:
        items.append(("Pay date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y"], rng), {"date": j.date}))
    items.append(("Paid days", str(month_end.day if period.month == month_end.month else 30), {}))
    spread(p, items, most=2)
    kind(p, "np", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], faces="rb", box="tbv")
    row(p, "np", "Employee net pay", rs(j.amount), amount=j.amount)
    spec = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")]
    kind(p, "eh", spec, faces="bbbb", box="tbv")
    kind(p, "er", spec, box="v")
    kind(p, "et", spec, faces="bbbb", box="tbv")
    row(p, "eh", "Earnings", "Amount", "Deductions", "Amount")
    for i in range(max(len(earnings), len(deductions))):
        e = earnings[i] if i < len(earnings) else ("", None)
        d = deductions[i] if i < len(deductions) else ("", None)
        row(p, "er", e[0], num(e[1]) if e[1] is not None else "", d[0], num(d[1]) if d[1] is not None else "")
    row(p, "et", "Gross earnings", num(gross), "Total deductions", num(less))
    p.pair("Total net payable", rs(j.amount))
    p.add("small", words_in_rupees(j.amount))
    p.pair("Paid by", "Bank transfer (NEFT)", method="netbanking")
    if status == "success":
        ref = bank_ref(rng, j, "Canara Bank", "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    else:
        bref = f"PAY{digits(rng, 11)}"
        p.pair("Payment ref.", bref, txn=(BANK_RANK, bref))
    outcome_row(
        p,
        status,
        {
            "success": ["Salary credited to your bank account", "Status: Paid"],
            "failed": ["Salary credit failed - your account is inactive; we will pay again"],
        },
    )
    p.part = "foot"
    p.add("small", "This is a system generated payslip and needs no signature.")
    return p.done()


def jupiter_pay(
    rng: random.Random, font: str, k: int, j: Job, status: str, who: str
) -> tuple[list, dict, dict]:
    """Jupiter's UPI screen after paying the packer: the sum large, the payee, the status, the steps."""
    rs = money(rng, font, 0.7)
    j.amount = rupees(rng, 500, 6000, 0.9)
    p = phone_page(rng, font, k, ["Payment", ""])
    p.part = "head"
    p.add("title", "Jupiter")
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {who}", merchant=who)
    outcome_row(p, status, {"pending": ["Payment pending", "Waiting for the bank"], "success": ["Paid"]})
    dot = sign(font, "\u25cf", "o")
    ring = sign(font, "\u25cb", "-")
    kind(p, "tl", [(0.0, 0.07, "c"), (0.07, 0.7, "l"), (0.7, 1.0, "r")], faint=(2,))
    t = hhmm(rng, lower=True, zero=False)
    row(p, "tl", dot, "Debited from your account", t)
    row(p, "tl", ring, f"Waiting for {who.split()[0]}'s bank", "")
    if not j.no_day:
        p.add("small", f"{when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}, {t}", date=j.date)
    p.add("rule")
    at = 0.36
    keyed(p, "UPI Ref No", j.ref, at=at, txn=(UTR_RANK, j.ref), method="UPI")
    jid = f"JUP{digits(rng, 12)}"
    keyed(p, "Jupiter txn ID", jid, at=at, txn=(TXN_RANK, jid))
    keyed(p, "To UPI ID", f"{who.split()[1].lower()}{rng.randrange(10, 99)}@ybl", at=at)
    keyed(p, "From", f"Federal Bank {masked(rng, font)}", at=at)
    p.add("small", "If it does not go through in 48 hours, the money comes back to your account.")
    p.part = "foot"
    p.add("small", "Need help? Chat with us")
    return p.done()


# ---------------------------------------------------------------- 8. the municipality, the state, the funds


# the one paid as printed, the layout, the fee's heads (name, fees to pick from), the way
FEES = [
    (
        ["Cheriyal Municipality", "CHERIYAL MUNICIPALITY"],
        "meeseva",
        [("Trade licence renewal fee {fy}", [1500, 2200, 3000])],
        "Cash",
    ),
    (
        ["Employees' Provident Fund Organisation", "EMPLOYEES' PROVIDENT FUND ORGANISATION"],
        "epfo",
        [],
        "Net banking",
    ),
    (
        ["Greater Hyderabad Municipal Corporation", "GHMC"],
        "ghmc",
        [("Trade licence fee {fy}", [4000, 5500, 7200]), ("Advertisement (signboard) fee", [600, 900])],
        "UPI",
    ),
    (
        ["Cheriyal Municipality", "CHERIYAL MUNICIPALITY"],
        "twallet",
        [("Property tax {fy} - first half", [2400, 3600, 4800])],
        "T-Wallet",
    ),
    (
        ["Labour Department, Telangana", "Commissioner of Labour, Telangana"],
        "meeseva",
        [("Shops & Establishments renewal", [1000, 1500]), ("Late fee", [200, 500])],
        "UPI",
    ),
    (
        ["Commercial Taxes Department, Telangana", "CT Dept, Telangana"],
        "sms",
        [("Professional tax (enrolment) {fy}", [2500])],
        "Net banking",
    ),
    (
        ["Telangana State Pollution Control Board", "TELANGANA STATE POLLUTION CONTROL BOARD"],
        "board",
        [("Consent for operation fee (white category)", [2000, 3500]), ("Processing fee", [500])],
        "UPI",
    ),
    (
        ["Directorate General of Foreign Trade", "DGFT"],
        "dgft",
        [("IEC modification fee", [200]), ("GST on it", [36])],
        "Net banking",
    ),
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of the workshop, the gallery and the company: the Cheriyal Municipality's trade licence and
    the Labour Department's shop registration paid at a MeeSeva centre (the MeeSeva receipt: MeeSeva and the
    centre on top, PAYMENT RECEIPT, each label set right against a colon: Transaction ID, Paid on /
    Transaction Date, Service, Department, Applicant, the fee and the late fee, User charges, Total Amount,
    Payment Mode, UPI Ref., Status; the applicant's and the operator's signatures); EPFO's ECR payment receipt
    (a ruled table of label | value: TRRN, Establishment ID, Establishment name, Wage month, Members, Bank
    ref. No., Bank, Status; then the accounts as labels over values in boxes three to a row: A/c 1 | A/c 2 |
    A/c 10, A/c 21 | A/c 22 | Total amount); GHMC's trade licence payment page (the status; Licence No. |
    Trade name | Circle / Ward as labels over values in boxes; the fees, Amount, Payment mode, Transaction ID
    and Initiated on, each label set right against a colon); T-Wallet's receipt of the Municipality's property
    tax (the sum large, the status, then Paid to, Service, Assessment No., Paid from, Transaction ID,
    Attempted on against a colon); the Commercial Taxes Department's SMS of the professional tax received; the
    Pollution Control Board's e-receipt (a ruled table of label | value) and DGFT's e-receipt (each label set
    right against a colon); all new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    names, layout, heads, way = FEES[k]
    name = rng.choice(names)
    year = f"20{fy(j.date)}"
    lines = [(head.replace("{fy}", year), float(rng.choice(fees))) for head, fees in heads]
    if len(lines) > 1 and layout != "dgft" and rng.random() < 0.3:
        lines = lines[:1]
    j.amount = round(sum(fee for _, fee in lines), 2)
    meth = {"Cash": "cash", "UPI": "UPI", "Net banking": "netbanking", "T-Wallet": "wallet"}[way]
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    day_labels = {
        "success": ["Transaction Date", "Date of payment", "Paid on"],
        "pending": ["Initiated on"],
        "failed": ["Attempted on"],
    }[status]
    if layout == "sms":
        amt = num(j.amount, rng.choice(["indian", "plain"]))
        on = "" if j.no_day else f" on {when(j.date, '%d-%m-%Y')}"
        text = (
            f"Dear Taxpayer, Rs.{amt} paid through net banking{on} towards Professional Tax for "
            f"{when(j.date, '%b-%Y')} (PTEC of {SHORT}) has been received by the {name}. Thank you. -CTDTG"
        )
        p = sms_page(rng, font, rng.choice(["VM-CTDTGS", "AD-TGCTAX"]), text, None if j.no_day else j.date)
        facts = {"merchant": name, "amount": j.amount, "method": "netbanking", "status": "success"}
        if not j.no_day:
            facts["date"] = j.date
        p.add("left", text, **facts)
        return p.done()
    if layout == "twallet":
        p = phone_page(rng, font, k, ["Transaction receipt", "T-Wallet"])
        p.part = "head"
        p.add("title", "T-Wallet")
        p.add("small", "Government of Telangana's digital wallet")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"failed": ["Transaction failed - not enough balance in your T-Wallet"]})
        at = 0.36
        keyed(
            p,
            "Paid to",
            name if cells_fit_key(p, at, "Paid to", name) else names[-1],
            at=at,
            merchant=name if cells_fit_key(p, at, "Paid to", name) else names[-1],
        )
        keyed(p, "Service", lines[0][0], at=at)
        keyed(p, "Assessment No.", f"{rng.randrange(1100, 1199)}{digits(rng, 6)}", at=at)
        keyed(p, "Paid from", "T-Wallet balance", at=at, method="wallet")
        tid = f"TW{digits(rng, 14)}"
        keyed(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        keyed(p, rng.choice(day_labels), with_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"]), at=at, date=j.date)
        p.add("small", "Load money into your T-Wallet and pay again.")
        p.part = "foot"
        p.add("small", "T-Wallet  |  Information Technology, E&C Department, Government of Telangana")
        return p.done()
    if layout == "meeseva":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, "MeeSeva")
        p.add("small", "Government of Telangana  |  Electronic Services Delivery")
        centre = (
            "MeeSeva Centre, Cheriyal (TS-SDP-0412)" if k == 0 else "MeeSeva Centre, Nampally (TS-HYD-1187)"
        )
        p.add("small", centre)
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        at = 0.38
        tid = f"MSC{digits(rng, 12)}"
        keyed(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        keyed(
            p,
            rng.choice(day_labels),
            with_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], twelve=False),
            at=at,
            date=j.date,
        )
        keyed(p, "Service", "Trade licence renewal" if k == 0 else "Shops & Establishments - renewal", at=at)
        keyed(p, "Department", name, at=at, merchant=name)
        keyed(p, "Applicant", WORKSHOP if k == 0 else GALLERY, at=at)
        for head, fee in lines:
            keyed(p, head, rs(fee), at=at)
        charge = float(rng.choice([35, 45, 50]))
        keyed(p, "User charges", rs(charge), at=at)
        j.amount = round(j.amount + charge, 2)
        keyed(p, "Total Amount", rs(j.amount), at=at, amount=j.amount)
        keyed(p, "Payment Mode", way, at=at, method=meth)
        if way == "UPI":
            keyed(p, "UPI Ref.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        keyed(p, "Status", "Paid - application forwarded to the department", at=at, status="success")
        p.part = "foot"
        kind(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], faint=(0, 1))
        p.add("gap")
        row(p, "sg", "Applicant's signature", "MeeSeva operator")
        p.add("small", "Track the application with the Transaction ID at meeseva.telangana.gov.in")
        return p.done()
    if layout == "epfo":
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/receipt")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India")
        p.add("center", "ECR payment receipt")
        p.add("rule")
        p.part = "body"
        employees = rng.randrange(6, 14)
        wages = float(rng.randrange(employees * 9000, employees * 15000, 100))
        a1 = round(wages * 0.12 + wages * 0.0367)
        a2 = round(wages * 0.005)
        a10 = round(wages * 0.0833)
        a21 = round(wages * 0.005)
        a22 = 0.0
        j.amount = float(a1 + a2 + a10 + a21 + a22)
        trrn = f"{digits(rng, 13)}"
        crn = f"{digits(rng, 13)}"
        items = [
            ("TRRN", trrn, {"txn": (TXN_RANK, trrn)}),
            ("Establishment ID", f"APHYD{digits(rng, 7)}000", {}),
            ("Establishment name", COMPANY_CAPS, {}),
            ("Wage month", when(j.date - dt.timedelta(days=20), "%B %Y"), {}),
            ("Members", str(employees), {}),
            ("Bank ref. No.", crn, {"txn": (BANK_RANK, crn)}),
            (
                "Bank",
                f"{rng.choice(['State Bank of India', 'Canara Bank'])} - Internet banking",
                {"method": "netbanking"},
            ),
            ("Status", "Payment confirmed", {"status": "success"}),
        ]
        boxed(p, items, split=0.36)
        p.add("gap")
        spread(
            p,
            [
                ("A/c 1", num(a1, "indian", 0), {}),
                ("A/c 2", num(a2, "indian", 0), {}),
                ("A/c 10", num(a10, "indian", 0), {}),
            ],
            box=True,
        )
        spread(
            p,
            [
                ("A/c 21", num(a21, "indian", 0), {}),
                ("A/c 22", num(a22, "indian", 0), {}),
                ("Total amount", rs(j.amount), {"amount": j.amount}),
            ],
            box=True,
        )
        p.part = "foot"
        p.add(
            "small",
            "A/c 1 and A/c 10 hold the provident fund and pension shares; A/c 2, 21 and 22 the charges "
            "and EDLI.",
        )
        return p.done()
    if layout == "ghmc":
        p = browser_page(
            rng,
            font,
            "www.ghmc.gov.in/TradeLicense/PaymentStatus.aspx"
            + ("" if j.no_ref else f"?tid={digits(rng, 10)}"),
        )
        p.part = "head"
        shown = pick(p, "title", names)
        top(p, shown, merchant=shown)
        p.add("small", "Trade licence - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"pending": ["Payment initiated - confirmation awaited from the bank, do not pay again"]},
        )
        spread(
            p,
            [
                ("Licence No.", f"TL/{rng.randrange(10, 30)}/{digits(rng, 6)}", {}),
                ("Trade name", GALLERY, {}),
                ("Circle / Ward", f"{rng.randrange(8, 18)} / {rng.randrange(60, 90)}", {}),
            ],
            box=True,
        )
        at = 0.38
        for head, fee in lines:
            keyed(p, head, rs(fee), at=at)
        keyed(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        keyed(p, "Payment mode", "UPI", at=at, method="UPI")
        tid = f"GHMC{digits(rng, 10)}"
        keyed(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        keyed(p, rng.choice(day_labels), with_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"]), at=at, date=j.date)
        p.part = "foot"
        p.add(
            "small",
            "The licence is renewed once the bank confirms the payment. Check the status after 24 hours.",
        )
        return p.done()
    # the Pollution Control Board's and DGFT's e-receipts
    url = (
        "tspcb.cgg.gov.in/CFO/PaymentReceipt"
        if layout == "board"
        else "www.dgft.gov.in/CP/?opt=payment-receipt"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    shown = pick(p, "title", names)
    top(p, shown, merchant=shown)
    p.add(
        "small",
        "Consent management - e-receipt"
        if layout == "board"
        else "Ministry of Commerce and Industry  |  e-Receipt",
    )
    p.add("rule")
    p.part = "body"
    tid = f"{'CFO' if layout == 'board' else 'DGFT'}{digits(rng, 11)}"
    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    if layout == "board":
        items = [("Application No.", f"CFO-{digits(rng, 7)}", {}), ("Unit name", WORKSHOP, {})]
        items += [(head, rs(fee), {}) for head, fee in lines]
        items += [
            ("Total fee paid", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "UPI", {"method": "UPI"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("UPI Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            (rng.choice(day_labels), with_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Status", "Success - fee received", {"status": "success"}),
        ]
        boxed(p, items, split=0.4)
    else:
        at = 0.38
        keyed(p, "IEC", code(rng, 10, ALNUM), at=at)
        keyed(p, "Firm name", SHORT, at=at)
        for head, fee in lines:
            keyed(p, head, rs(fee), at=at)
        keyed(p, "Total paid", rs(j.amount), at=at, amount=j.amount)
        keyed(p, "Payment mode", "Net banking - State Bank of India", at=at, method="netbanking")
        keyed(p, "DGFT reference No.", tid, at=at, txn=(TXN_RANK, tid))
        keyed(p, "Bank ref. No.", bref, at=at, txn=(BANK_RANK, bref))
        keyed(
            p,
            rng.choice(day_labels),
            when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"], rng),
            at=at,
            date=j.date,
        )
        keyed(p, "Status", "Payment successful", at=at, status="success")
    p.part = "foot"
    p.add("small", "This is a computer-generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' receipts


# insurer as printed, its short name, its host, the product, the layout, the cover
POLICIES = [
    (
        "United India Insurance Co. Ltd",
        "United India",
        "uiic.co.in",
        "Fire and special perils - workshop and stock",
        "printed",
        "fire",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "Tata AIG",
        "tataaig.com",
        "Marine cargo - export of scrolls",
        "mail",
        "marine",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "Star Health",
        "starhealth.in",
        "Group health - staff and artisans",
        "sms",
        "health",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "HDFC ERGO",
        "hdfcergo.com",
        "Shop insurance - Katha Pata Gallery",
        "app",
        "shop",
    ),
    (
        "National Insurance Co. Ltd",
        "National Insurance",
        "nationalinsurance.nic.co.in",
        "Group personal accident - member artisans",
        "printed",
        "pa",
    ),
    (
        "Go Digit General Insurance Ltd",
        "Digit",
        "godigit.com",
        "Goods carrying vehicle - the pickup",
        "mail",
        "vehicle",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "Chola MS",
        "cholainsurance.com",
        "Exhibition floater - Numaish 2027 stall",
        "sms",
        "fest",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "Universal Sompo",
        "universalsompo.com",
        "Burglary - stock at the gallery",
        "app",
        "burglary",
    ),
]


def premium(rng: random.Random, kind_: str) -> float:
    """The premium before GST."""
    return {
        "fire": round(float(rng.randrange(1000000, 4000000, 50000)) * rng.uniform(0.0009, 0.0016), 2),
        "marine": round(float(rng.randrange(2000000, 9000000, 500000)) * rng.uniform(0.0006, 0.0011), 2),
        "health": round(rng.randrange(12, 40) * rng.uniform(3200, 5200), 2),
        "shop": float(rng.randrange(2800, 8200)),
        "pa": round(rng.randrange(30, 90) * rng.uniform(110, 190), 2),
        "vehicle": round(rng.uniform(3800, 7200) + 16049, 2),
        "fest": round(float(rng.randrange(600000, 2500000, 50000)) * rng.uniform(0.001, 0.0017), 2),
        "burglary": round(rng.uniform(2200, 6400), 2),
    }[kind_]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its workshop and stock, its export cargo, its staff's and artisans' health, the
    gallery, its artisans against accidents, its pickup, its stall at the Numaish and the gallery's stock
    against burglary: in four layouts, each new here: a printed PREMIUM RECEIPT (the insurer on top; Receipt
    No. | Receipt date | Policy No. as labels over values in boxes; "Received with thanks from <company> the
    sum of <sum> towards the premium of <product>"; Premium (net) | GST @ 18% | Total premium in boxes; Mode
    and Drawn on; the status line); an e-mail (a sentence of the premium received or the payment failed, then
    labels over values in boxes three to a row: Policy No. | Receipt No. | Receipt date / Attempted on,
    Payment mode | Transaction ref. | Bank ref. No., Net premium | GST @ 18% | Total premium); the insurer's
    SMS (Star Health's, Chola MS's); the insurer's app (the status, then a card of labels over values: Policy
    No., Premium paid, Paid via, Transaction ID, Paid on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    ins, short, host, product, layout, cover = POLICIES[k]
    if cover == "fest":
        j.date = dt.date(2026, 12, 1) + dt.timedelta(days=rng.randrange(16))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    net = premium(rng, cover)
    gst = round(net * 0.18, 2)
    j.amount = round(net + gst, 2)
    if rng.random() < 0.3 and layout != "sms":
        j.amount = float(round(j.amount))
        gst = round(j.amount - net, 2)
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    policy = f"{rng.randrange(1000, 9999)}{digits(rng, 6)}/{rng.randrange(10, 99)}/{j.date.year}"
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    meth = way_method(way)
    rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
    if layout == "sms":
        amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
        on = "" if j.no_day else f" on {when(j.date, rng.choice(['%d-%m-%Y', '%d/%m/%Y', '%d-%b-%Y']))}"
        if cover == "health":
            ref = "" if j.no_ref else f" (Txn Ref {j.ref})"
            text = (
                f"Dear Customer, we have received Rs.{amt} via UPI towards renewal of your policy "
                f"{policy}{on}{ref}. Your cover continues. - {short}"
            )
            facts = {"merchant": short, "method": "UPI"}
        else:
            text = (
                f"{short}: Premium of INR {amt} received by card for your {product.split(' - ')[0]} "
                f"policy {policy}{on}. Thank you for choosing {short} General Insurance."
            )
            facts = {"merchant": short, "method": "card"}
        facts.update({"amount": j.amount, "status": "success"})
        if not j.no_day:
            facts["date"] = j.date
        if not j.no_ref and cover == "health":
            facts["txn"] = (UTR_RANK, j.ref)
        p = sms_page(
            rng,
            font,
            rng.choice(["VM-STARHL", "AX-STARHI"])
            if cover == "health"
            else rng.choice(["JD-CHOLAM", "VK-CHOLMS"]),
            text,
            None if j.no_day else j.date,
        )
        p.add("left", text, **facts)
        return p.done()
    name = ins.upper() if rng.random() < 0.25 else ins
    day_label = {"success": "Receipt date", "pending": "Receipt date", "failed": "Attempted on"}[status]
    if layout == "app":
        p = phone_page(rng, font, k, ["Payment", "My policies", ""])
        p.part = "head"
        shown = pick(p, "title", [name, ins, f"{short} General Insurance", short])
        top(p, shown, merchant=shown)
        p.add("small", product)
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful - policy issued", "Premium paid"]})
        items = [("Policy No.", policy, {}), ("Premium paid (incl. GST)", rs(j.amount), {"amount": j.amount})]
        items.append(
            ("Paid via", way if way != "Debit card" else f"Debit card {masked(rng, font)}", {"method": meth})
        )
        tid = f"{short[:2].upper()}{digits(rng, 12)}"
        items.append(("Transaction ID", tid, {"txn": (TXN_RANK, tid)}))
        if way == "UPI":
            items.append(("UPI ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}))
        if not j.no_day:
            items.append(("Paid on", with_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"]), {"date": j.date}))
        start = j.date + dt.timedelta(days=1)
        items.append(
            (
                "Policy period",
                f"{when(start, '%d/%m/%Y')} - {when(start + dt.timedelta(days=364), '%d/%m/%Y')}",
                {},
            )
        )
        card(p, items)
        p.part = "foot"
        p.add("small", "Download the policy from My policies.")
        return p.done()
    if layout == "mail":
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Premium received - thank you", f"Your {short} policy - payment receipt"]
            if status == "success"
            else ["Your payment could not be completed", "Payment failed"],
        )
        p.part = "head"
        top(p, pick(p, "title", [name, ins]), merchant=pick(p, "title", [name, ins]))
        p.add("small", product)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if status == "success":
            p.add(
                "left",
                f"Thank you. We have received your premium of {rs(j.amount)} for the policy below.",
                amount=j.amount,
                status="success",
            )
        else:
            p.add(
                "left",
                f"Your payment of {rs(j.amount)} for the policy below could not be completed. "
                "Please pay again to keep the cover.",
                amount=j.amount,
                status="failed",
            )
        first = [("Policy No.", policy, {})]
        if status == "success":
            first.append(("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}))
        first.append((day_label, when_in(j, ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"], rng), {"date": j.date}))
        spread(p, first, box=True)
        second = [("Payment mode", way, {"method": meth})]
        tref = f"{digits(rng, 10)}"
        second.append(("Transaction ref.", tref, {"txn": (TXN_RANK, tref)}))
        if status == "success" and way == "Net banking":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            second.append(("Bank ref. No.", bref, {"txn": (BANK_RANK, bref)}))
        elif status == "success" and way == "UPI":
            second.append(("UPI ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}))
        spread(p, second, box=True)
        spread(
            p,
            [("Net premium", rs(net), {}), ("GST @ 18%", rs(gst), {}), ("Total premium", rs(j.amount), {})],
            box=True,
        )
        p.part = "foot"
        p.add(
            "small",
            "The policy schedule is attached to this e-mail."
            if status == "success"
            else "No money was taken. If debited, it comes back in 5-7 working days.",
        )
        return p.done()
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, pick(p, "title", [name, ins]), merchant=pick(p, "title", [name, ins]))
    p.add("small", rng.choice(["Divisional Office, Hanamkonda, Warangal", "Branch Office, Siddipet"]))
    p.add("center", "PREMIUM RECEIPT")
    p.add("rule")
    p.part = "body"
    head = [("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)})]
    if not j.no_day:
        head.append(("Receipt date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"], rng), {"date": j.date}))
    head.append(("Policy No.", policy, {}))
    spread(p, head, box=True)
    p.add(
        "left",
        f"Received with thanks from {COMPANY}, Cheriyal, the sum of {rs(j.amount)} towards the premium of "
        f"{product.lower()}.",
    )
    spread(
        p,
        [
            ("Premium (net)", rs(net), {}),
            ("GST @ 18%", rs(gst), {}),
            ("Total premium", rs(j.amount), {"amount": j.amount}),
        ],
        box=True,
    )
    if way == "Cheque":
        p.pair("Mode", f"Cheque No. {digits(rng, 6)}", method="cheque")
        p.pair("Drawn on", rng.choice(["State Bank of India, Cheriyal", "Canara Bank, Cheriyal"]))
    else:
        p.pair("Mode", way, method=meth)
        if way == "UPI":
            p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
    p.add(
        "center",
        {
            "success": "PREMIUM RECEIVED - POLICY IN FORCE",
            "pending": "COVER HELD SUBJECT TO REALISATION OF THE CHEQUE",
        }[status],
        status=status,
    )
    p.part = "foot"
    right(p, "For the Company - Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter, place line, kind, terminal's brand, layout
COUNTERS = [
    ("KATHA PATA GALLERY", "NAMPALLY, HYDERABAD", "own", "PINE LABS", "three"),
    ("SIDDIPET FUEL POINT", "RAJIV RAHADARI, SIDDIPET", "fuel", "HDFC BANK", "three"),
    ("KATHA PATA GALLERY", "NUMAISH STALL 214, NAMPALLY", "own", "MOSAMBEE", "emi"),
    ("HOTEL KAKATIYA GRAND", "HANAMKONDA, WARANGAL", "hotel", "AXIS BANK", "three"),
    ("NAKASHI CHITRASHALA", "CHERIYAL 506223", "own", "MSWIPE", "softpos"),
    ("DECCAN ART SUPPLIES", "ABIDS, HYDERABAD", "shop", "INNOVITI", "three"),
    ("KATHA PATA GALLERY", "NAMPALLY, HYDERABAD", "own", "ICICI BANK", "emi"),
    ("RAYALASEEMA RUCHULU", "NAMPALLY, HYDERABAD", "food", "YES BANK", "three"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards at the gallery (at Nampally and at its Numaish stall) and the workshop, and the company's
    card at a filling station on the Rajiv Rahadari, a Warangal hotel, a Hyderabad art store and a Nampally
    eatery: in three layouts, each new here: a slip whose fields sit as labels over values three to a row
    (DATE | TIME | BATCH, TID | MID | INVOICE, CARD | EXP | ENTRY, APPR CODE | RRN; RATE | VOLUME | VEHICLE at
    the filling station, ROOM | FOLIO | NIGHTS at the hotel, BASE | TIP | TABLE at the eatery) and the sum in
    a ruled box beside TOTAL AMOUNT; a bank EMI slip (EMI SALE, the EMI DETAILS: SALE AMOUNT, TENURE, INTEREST
    RATE, EMI AMOUNT, TOTAL AMT PAYABLE, PROCESSING FEE, then APPR CODE and RRN and the cardholder's consent);
    and Mswipe's tap-on-phone receipt on the workshop's phone (the sum large, the card tapped, each label set
    right against a colon: Merchant, Card, RRN, Auth code, Txn ID, Date & time)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=900, high=42000)
    name, town, kind_, brand, layout = COUNTERS[k]
    if "NUMAISH" in town:
        j.date = NUMAISH + dt.timedelta(days=rng.randrange(46))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    t = hhmm(rng, twelve=False, seconds=True)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    tid, mid = digits(rng, 8), digits(rng, 15)
    batch = f"{rng.randrange(1, 999):06d}"
    if layout == "softpos":
        rs = money(rng, font, 0.3)
        j.amount = rupees(rng, 900, 14000, 0.8)
        p = phone_page(rng, font, k, ["Receipt", "Transaction details"])
        p.part = "head"
        p.add("title", "Mswipe")
        p.add("small", "Tap to pay on phone")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Payment received", "Approved"]})
        p.add("center", f"{scheme} card tapped (contactless)", method="card")
        p.add("rule")
        at = 0.34
        keyed(p, "Merchant", name, at=at, merchant=name)
        keyed(p, "Card", f"XXXX XXXX XXXX {last4}", at=at)
        keyed(p, "RRN", j.ref, at=at, txn=(UTR_RANK, j.ref))
        keyed(p, "Auth code", appr, at=at, txn=(APPR_RANK, appr))
        stx = f"MS{digits(rng, 14)}"
        keyed(p, "Txn ID", stx, at=at, txn=(TXN_RANK, stx))
        keyed(
            p, "Date & time", f"{when(j.date, rng.choice(['%d/%m/%Y', '%d-%b-%Y']))} {t}", at=at, date=j.date
        )
        p.part = "foot"
        p.add("small", "Send the receipt to the customer by SMS  |  New payment")
        return p.done()
    if kind_ == "fuel":
        j.amount = rupees(rng, 1500, 6500, 0.7)
    elif kind_ == "hotel":
        j.amount = rupees(rng, 3200, 16000, 0.5)
    elif kind_ == "food":
        j.amount = rupees(rng, 380, 2400, 0.7)
    elif layout == "emi":
        j.amount = float(rng.randrange(18000, 96000, 500))
    p = screen(rng, font, width=rng.choice([520, 540, 560]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%m-%Y"]))
    money_text = f"{rng.choice(['Rs ', 'INR ', 'Rs.'])}{j.amount:,.2f}"
    if layout == "emi":
        p.add("pair", f"DATE: {day}", f"TIME: {t}", date=j.date)
        p.add("pair", f"TID: {tid}", f"MID: {mid[-10:]}")
        p.add("pair", f"BATCH: {batch}", f"INVOICE: {inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "EMI SALE")
        p.add("left", f"CARD: XXXX XXXX XXXX {last4}", method="card")
        p.add("left", f"{rng.choice(['HDFC BANK', 'SBI CARD', 'AXIS BANK'])} CREDIT CARD")
        p.add("center", "---- EMI DETAILS ----")
        p.pair("PRODUCT", "CHERIYAL SCROLL")
        p.pair("SALE AMOUNT", money_text, amount=j.amount)
        months = rng.choice([3, 6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0])
        r = rate / 1200
        emi = round(j.amount * r * (1 + r) ** months / ((1 + r) ** months - 1), 2)
        p.pair("TENURE", f"{months} MONTHS")
        p.pair("INTEREST RATE", f"{rate:.2f}% P.A.")
        p.pair("EMI AMOUNT", f"Rs {emi:,.2f}")
        p.pair("TOTAL AMT PAYABLE", f"Rs {emi * months:,.2f}")
        p.pair("PROCESSING FEE", "Rs 199.00 + GST")
        p.add("rule")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "APPROVED", status="success")
        p.add("small", "I agree to pay the EMIs to my card issuer as above.")
        p.add("gap")
        p.add("small", "CARDHOLDER SIGNATURE")
        p.part = "foot"
        p.add("small", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
        return p.done()
    top_row = [("DATE", day, {"date": j.date})] if not j.no_day else []
    top_row += [("TIME", t, {}), ("BATCH", batch, {})]
    spread(p, top_row)
    terminal = [("TID", tid, {}), ("MID", mid, {})]
    if not j.no_ref:
        terminal.append(("INVOICE", inv, {"txn": (INVOICE_RANK, inv)}))
    spread(p, terminal)
    p.add("center", rng.choice(["SALE", "CARD SALE"]))
    p.add("left", f"CARD NO: XXXX XXXX XXXX {last4}", method="card")
    spread(
        p,
        [
            ("CARD", scheme, {}),
            ("EXP", "XX/XX", {}),
            ("ENTRY", rng.choice(["CHIP", "CONTACTLESS"]) if j.amount <= 5000 else "CHIP", {}),
        ],
    )
    if kind_ == "fuel":
        rate = round(rng.uniform(107.2, 109.9), 2)
        spread(
            p,
            [
                ("RATE", f"{rate:.2f}", {}),
                ("VOLUME", f"{j.amount / rate:.2f} L", {}),
                ("VEHICLE", f"TS36{code(rng, 2, UPPER)}{digits(rng, 4)}", {}),
            ],
        )
    elif kind_ == "hotel":
        spread(
            p,
            [
                ("ROOM", str(rng.randrange(101, 420)), {}),
                ("FOLIO", digits(rng, 5), {}),
                ("NIGHTS", str(rng.randrange(1, 4)), {}),
            ],
        )
    tip = 0.0
    if kind_ == "food":
        tip = float(rng.choice([20, 50, 100]))
        spread(
            p,
            [
                ("BASE", f"{j.amount:.2f}", {}),
                ("TIP", f"{tip:.2f}", {}),
                ("TABLE", str(rng.randrange(1, 18)), {}),
            ],
        )
        j.amount = round(j.amount + tip, 2)
        money_text = f"Rs {j.amount:,.2f}"
    if not j.no_ref and status != "pending":
        ids = [
            (
                "APPR CODE",
                appr if status == "success" else "------",
                {"txn": (APPR_RANK, appr)} if status == "success" else {},
            ),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]
        spread(p, ids)
    kind(p, "tot", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], faces="bb", boxcell=1)
    row(p, "tot", "TOTAL AMOUNT", money_text, amount=j.amount)
    p.add("rule")
    word = {
        "success": rng.choice(["APPROVED", "TXN APPROVED - PIN VERIFIED", "APPROVED - THANK YOU"]),
        "pending": "NO RESPONSE FROM BANK - DO NOT RETRY",
        "failed": "DECLINED - 51 INSUFFICIENT FUNDS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 11. power, water, gas, phone, fibre, DTH


TGSPDCL = "Southern Power Distribution Company of Telangana Ltd"
TGNPDCL = "Northern Power Distribution Company of Telangana Ltd"
# app or portal, biller short, biller long, its id label, layout, sum (low, high)
UTILITIES = [
    ("TGSPDCL", "TGSPDCL", TGSPDCL, "Unique Service No.", "portal", 1800, 9000),
    ("TGNPDCL", "TGNPDCL", TGNPDCL, "Service No.", "counter", 900, 5200),
    ("Google Pay", "Indane Gas", "Indian Oil Corporation Ltd (Indane)", "LPG ID", "card", 850, 1100),
    ("CRED", "Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No.", "strip", 399, 1800),
    ("ACT Fibernet", "ACT Fibernet", "Atria Convergence Technologies Ltd", "Account No.", "mail", 799, 2400),
    ("Jio", "Jio Postpaid", "Reliance Jio Infocomm Ltd", "Jio Number", "sms", 399, 1500),
    (
        "HMWSSB",
        "HMWSSB",
        "Hyderabad Metropolitan Water Supply and Sewerage Board",
        "CAN No.",
        "portal",
        300,
        2200,
    ),
    ("Tata Play", "Tata Play", "Tata Play Ltd", "Subscriber ID", "sms", 250, 900),
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gallery's and the workshop's power, the gallery's water, the workshop kitchen's gas, the
    secretary's postpaid phone, the gallery's fibre and the workshop's DTH: in five layouts, each new here:
    TGSPDCL's and HMWSSB's web receipts (each label set right against a colon: Unique Service No. / CAN No.,
    Consumer name, Bill month, Amount paid, Payment mode, Transaction ID, Bank ref. No. / UPI Ref. No., Paid
    on / Initiated on, Status); TGNPDCL's cash collection receipt from the ERO counter (a ruled table of label
    | value: Receipt No., Date & time, Service No., USC No., Category, Amount paid, Mode, Counter); Google
    Pay's Bharat Connect receipt (the biller on top, the sum large, the status, a card of labels over values:
    LPG ID, Booking No., Paid from, UPI transaction ID, Bharat Connect ref. No., Paid on); CRED's bill payment
    (labels over values three to a row: biller | amount | paid on, UTR | CRED txn ID); ACT Fibernet's e-mail
    (the sentence "We have received your payment of <sum> for account <no.>" and labels over values in boxes
    three to a row) and Jio's and Tata Play's SMS."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=300, high=9000, p_round=0.5)
    app, short, long_name, idlab, layout, low, high = UTILITIES[k]
    j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Unique Service No.": digits(rng, 9),
        "Service No.": f"{rng.randrange(1000, 9999)} {digits(rng, 5)}",
        "LPG ID": f"7{digits(rng, 16)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}",
        "Account No.": f"{digits(rng, 9)}",
        "Jio Number": f"{rng.choice('6789')}{digits(rng, 9)}",
        "CAN No.": f"{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
    }[idlab]
    day_labels = {
        "success": ["Paid on", "Payment date"],
        "pending": ["Initiated on"],
        "failed": ["Attempted on"],
    }[status]
    tid = f"{rng.choice(['TX', 'PG', 'OR'])}{digits(rng, 12)}"
    if layout == "sms":
        j.amount = float(round(j.amount))
        amt = num(j.amount, rng.choice(["indian", "plain"]), 0)
        if app == "Jio":
            on = "" if j.no_day else f" on {when(j.date, '%d-%m-%Y')}"
            text = (
                f"Your payment of Rs {amt} for Jio Number {ids} attempted{on} has failed. "
                f"Any amount debited will be refunded in 5-7 working days. Txn ID {tid}. - Jio"
            )
            facts = {"merchant": "Jio", "amount": j.amount, "status": "failed", "txn": (TXN_RANK, tid)}
            sender = rng.choice(["JM-JIOPAY", "JK-JIOINF"])
        else:
            due = when(j.date + dt.timedelta(days=30), "{d} %b %Y")
            text = (
                f"Recharge of Rs {amt} done for Tata Play Subscriber ID {ids} using UPI. Txn ID {tid}. "
                f"Your next recharge is due on {due}. - Tata Play"
            )
            facts = {
                "merchant": "Tata Play",
                "amount": j.amount,
                "status": "success",
                "method": "UPI",
                "txn": (TXN_RANK, tid),
            }
            sender = rng.choice(["VM-TTPLAY", "AD-TATAPL"])
        if not j.no_day and app == "Jio":
            facts["date"] = j.date
        p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
        p.add("left", text, **facts)
        return p.done()
    if layout == "mail":
        p = mail_page(
            rng,
            font,
            "ACT Fibernet <billing@actcorp.in>",
            ["Payment received - thank you", "Your ACT Fibernet payment"],
        )
        p.part = "head"
        shown = pick(p, "title", [short, long_name])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        on = "" if j.no_day else f" on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}"
        p.add(
            "left",
            f"We have received your payment of {rs(j.amount)} for account {ids}{on}. "
            "Thank you for staying with ACT.",
            amount=j.amount,
            status="success",
            **({} if j.no_day else {"date": j.date}),
        )
        plan = rng.choice(["ACT Silver Promo, 150 Mbps", "ACT Blaze, 200 Mbps"])
        spread(
            p,
            [("Account No.", ids, {}), ("Plan", plan, {}), ("Paid by", "Debit card", {"method": "card"})],
            box=True,
        )
        spread(
            p,
            [
                ("Amount paid", rs(j.amount), {}),
                ("Next bill on", when(j.date + dt.timedelta(days=rng.randrange(18, 30)), "%d/%m/%Y"), {}),
            ],
            box=True,
        )
        p.part = "foot"
        p.add("small", "Atria Convergence Technologies Ltd  |  This is an auto-generated e-mail.")
        return p.done()
    if layout in ("portal", "counter"):
        url = {
            "TGSPDCL": "tgsouthernpower.org/billpay/receipt",
            "HMWSSB": "hyderabadwater.gov.in/wssb/payment/receipt",
            "TGNPDCL": "",
        }[app]
        p = paper_page(rng, font, [700, 740]) if layout == "counter" else browser_page(rng, font, url)
        p.part = "head"
        shown = pick(p, "title", [short, long_name])
        top(p, shown, merchant=shown)
        p.add(
            "small",
            {
                "TGSPDCL": "Online bill payment - receipt",
                "HMWSSB": "Water and sewerage charges - online payment",
                "TGNPDCL": "Cash collection receipt - ERO Siddipet",
            }[app],
        )
        p.add("rule")
        p.part = "body"
        month = when(j.date - dt.timedelta(days=rng.randrange(10, 30)), "%b-%Y")
        if layout == "counter":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
            items = [
                ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
                (
                    "Date & time",
                    with_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], twelve=False),
                    {"date": j.date},
                ),
                (idlab, ids, {}),
                ("USC No.", digits(rng, 9), {}),
                ("Name", WORKSHOP.upper(), {}),
                ("Category", "LT-II (non-domestic)", {}),
                ("Bill month", month, {}),
                ("Amount paid", rs(j.amount), {"amount": j.amount}),
                ("Mode", "Cash", {"method": "cash"}),
                ("Counter", f"ERO Siddipet - Counter {rng.randrange(1, 5)}", {}),
            ]
            boxed(p, items, split=0.38)
            p.add("center", "PAID - THANK YOU", status="success")
            p.part = "foot"
            p.add("small", "Keep this receipt till the next bill shows the payment.")
            return p.done()
        at = 0.4
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Bill paid"],
                "pending": ["Payment under process - do not pay again for 24 hours"],
            },
        )
        keyed(p, idlab, ids, at=at)
        keyed(p, "Consumer name", GALLERY.upper() if app == "TGSPDCL" else f"M/S {SHORT.upper()}", at=at)
        keyed(p, "Bill month", month, at=at)
        keyed(p, "Amount paid" if status == "success" else "Amount", rs(j.amount), at=at, amount=j.amount)
        way = rng.choice(["UPI", "Net banking"])
        keyed(p, "Payment mode", way, at=at, method=way_method(way))
        keyed(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                keyed(p, "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                keyed(p, "Bank ref. No.", bref, at=at, txn=(BANK_RANK, bref))
        keyed(
            p,
            rng.choice(day_labels),
            with_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y"]),
            at=at,
            date=j.date,
        )
        p.part = "foot"
        p.add("small", "The payment shows in your next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["Bill payment", ""])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payments")
    p.part = "body"
    if layout == "card":
        shown = pick(p, "center", [short, long_name])
        p.add("center", shown, merchant=shown)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Completed", "Bill paid"]})
        bc = f"{code(rng, 2, UPPER)}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
        items = [
            (idlab, ids, {}),
            ("Booking No.", digits(rng, 8), {}),
            ("Paid from", f"{rng.choice(BANKS[:6])} {masked(rng, font)}", {"method": "UPI"}),
            ("UPI transaction ID", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Bharat Connect ref. No.", bc, {"txn": (BANK_RANK, bc)}),
            ("Paid on", with_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"]), {"date": j.date}),
        ]
        card(p, items)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["bill paid", "payment successful"]})
        p.add("rule")
        spread(
            p,
            [
                ("biller", short, {"merchant": short}),
                ("amount", rs(j.amount), {}),
                ("paid on", when(j.date, rng.choice(["{d} %b %y", "%d/%m/%y"])), {"date": j.date}),
            ],
        )
        cid = f"CR{code(rng, 12, ALNUM)}"
        spread(
            p, [("UTR", j.ref, {"txn": (UTR_RANK, j.ref)}), ("CRED txn ID", cid, {"txn": (TXN_RANK, cid)})]
        )
        p.pair("mobile no.", ids)
        p.pair("paid via", "UPI", method="UPI")
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it (None where it names none), the way
ALERTS = [
    ("HDFC Bank", "VM-HDFCBK", "SRI SAI FRAMES AND GLASS", "UPI"),
    ("Axis Bank", "AX-AXISBK", "DECCAN ART SUPPLI", "UPI"),
    ("Canara Bank", "JD-CANBNK", "SRI SAI CONSTRUCTIONS", "NEFT"),
    ("Bank of Baroda", "BP-BOBTXN", "DHANALAKOTA RAMULU", "IMPS"),
    ("Telangana Grameena Bank", "VK-TGBANK", None, "UPI"),
    ("Punjab National Bank", "AD-PNBSMS", "BANDI SAILU", "UPI"),
    ("Federal Bank", "", "Deccan Roadlines", "NEFT"),
    ("Yes Bank", "", "RAO AND REDDY ASSOCIATES", "RTGS"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the company secretary's phone and mail: six SMS in a messages app, each bank's own
    wording, all new here (HDFC Bank's lines "Sent Rs.x / From HDFC Bank A/C *1234 / To <payee> / On 14/10/26
    / Ref <ref>"; Axis Bank's "INR x debited / A/c no. XX1234 / 14-10-26, 16:12:05 / UPI/P2M/<ref>/<payee>";
    Canara Bank's "An amount of INR x has been DEBITED to your account XXX1234 on <day> towards NEFT to
    <payee>. Total Avail.bal INR y"; Bank of Baroda's pending "Your IMPS transaction of Rs.x to <payee> (Ref
    <ref>) is under process"; Telangana Grameena Bank's "Your a/c no. XXXXXX1234 is debited for Rs.x on <day>
    and credited to a/c no. XXXXXX5678 (UPI Ref no <ref>)"; Punjab National Bank's failed "Your UPI
    transaction of Rs.x to <payee> on <day> has FAILED") and two e-mails (Federal Bank's sentence over labels
    over values in boxes three to a row: Account | Beneficiary | Amount, then Mode and UTR; Yes Bank's
    transaction alert, each label set right against a colon)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=8000, high=90000)
    bank, sender, to, way = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 9000, 0.8)
    elif way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    elif way == "IMPS":
        j.amount = rupees(rng, 2000, 24000, 0.8)
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    bal = num(rupees(rng, 40000, 2600000), rng.choice(["indian", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status}
    if to:
        facts["merchant"] = to
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    if bank in ("Federal Bank", "Yes Bank"):
        rs = money(rng, font, 0.0, marks=("INR", "Rs."))
        p = mail_page(
            rng,
            font,
            "Federal Bank <alerts@federalbank.co.in>"
            if bank == "Federal Bank"
            else "Yes Bank <transaction.alerts@yesbank.in>",
            ["Transaction alert", "Debit alert for your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if bank == "Federal Bank":
            p.add(
                "left",
                f"Your account has been debited for a {way} transfer. The details are below.",
                status="success",
            )
            spread(
                p,
                [
                    ("Account", f"XXXX{tail}", {}),
                    ("Beneficiary", to, {"merchant": to}),
                    ("Amount", rs(j.amount), {"amount": j.amount}),
                ],
                box=True,
            )
            p.pair("Mode", f"{way} - FedNet", method=method)
            if ref:
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            p.pair("Available balance", f"INR {bal}")
        else:
            at = 0.36
            keyed(p, "Transaction type", way, at=at, method=method)
            keyed(p, "Debit account", f"XXXXXXXX{tail}", at=at)
            keyed(p, "Beneficiary name", to, at=at, merchant=to)
            keyed(p, "Amount", rs(j.amount), at=at, amount=j.amount)
            if not j.no_day:
                keyed(p, "Date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"], rng), at=at, date=j.date)
            if ref:
                keyed(p, "UTR", ref, at=at, txn=(UTR_RANK, ref))
            keyed(p, "Status", "Successful", at=at, status="success")
        p.part = "foot"
        p.add("small", "If you did not make this transaction, call the bank at once. Never share your OTP.")
        return p.done()
    day = None if j.no_day else j.date
    amt2 = f"{j.amount:.2f}"
    amt = num(j.amount, rng.choice(["indian", "western"]))
    if bank == "HDFC Bank":
        text = (
            f"Sent Rs.{amt2}\nFrom HDFC Bank A/C *{tail}\nTo {to}\nOn {when(j.date, '%d/%m/%y')}\nRef {ref}\n"
            "Not You?\nCall 18002586161/SMS BLOCK UPI to 7308080808"
        )
    elif bank == "Axis Bank":
        hour = hhmm(rng, twelve=False, seconds=True)
        text = (
            f"INR {amt2} debited\nA/c no. XX{tail}\n{when(j.date, '%d-%m-%y')}, {hour}\nUPI/P2M/{ref}/{to}\n"
            f"Not you? SMS BLOCKALL {tail} to +919951860002\nAxis Bank"
        )
    elif bank == "Canara Bank":
        text = (
            f"An amount of INR {amt} has been DEBITED to your account XXX{tail} on "
            f"{when(j.date, '%d/%m/%Y')} towards NEFT to {to}. Total Avail.bal INR {bal} - Canara Bank"
        )
    elif bank == "Bank of Baroda":
        text = (
            f"Your IMPS transaction of Rs.{amt2} to {to} (Ref {ref}) on {when(j.date, '%d-%m-%Y')} is "
            "under process. Please check the status after some time. - Bank of Baroda"
        )
    elif bank == "Telangana Grameena Bank":
        text = (
            f"Your a/c no. XXXXXX{tail} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} and "
            f"credited to a/c no. XXXXXX{digits(rng, 4)} (UPI Ref no {ref}). -TGB"
        )
    else:
        text = (
            f"Your UPI transaction of Rs.{amt} to {to} on {when(j.date, '%d-%m-%y')} has FAILED. Amount, if "
            f"debited, will be reversed. UPI Ref {ref} -PNB"
        )
    p = sms_page(rng, font, sender, text, day)
    p.add("left", text.replace("\n", " "), **facts)
    return p.done()

"""The twelve heldout106 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the proofs of payment buyers upload to a
marketplace to show they paid a seller directly. Every row is added to a ``Page`` with the facts it prints, and the
truth is read back from the rows the page keeps (a cropped screen keeps only its middle rows, so only their
facts). ``compose`` draws the rows with ``heldout14_render``'s plain renderer and then the frame in
``style["h106"]``: a phone's status bar and app bar, a notification shade pulled over the top, a messages app's
thread (drawn here from the message's text, not from rows), an e-mail client's header or a browser's window. No
frame prints a fact of the truth (the clock and the shade's day are the phone's; titles name the page).
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout14_render
from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign

PLAIN = heldout14_render.render
TURNS: dict[str, int] = {}
MARGIN = 34  # heldout14_render.render's margin

SELLERS = [
    "Shreeji Handloom", "Kala Kriti Crafts", "Bansal Mobile Point", "Nazia Boutique", "Ganesh Book Depot",
    "Rathore Leather Works", "Urban Threads Studio", "Sai Krupa Electronics", "Meenakshi Silks",
    "Pahadi Organics", "Royal Furniture Mart", "Vastra Collection", "Tanishq Gift Corner", "Chandni Bangles",
    "Om Sports House", "Kaveri Home Decor",
]
PEOPLE = [
    "Rahul Gupta", "Sneha Kulkarni", "Imran Shaikh", "Kavya Menon", "Manoj Tiwari", "Ritu Agarwal",
    "Abdul Rahman", "Neha Bhatt", "Sanjay Pillai", "Gurpreet Kaur", "Aarti Deshmukh", "Vinod Rawat",
    "Shalini Ghosh", "Prakash Hegde", "Tasneem Ali", "Jatin Saxena",
]
PAYERS = ["Amit Sinha", "Divya Rao", "Karan Mehra", "Swati Jain", "Nikhil Dubey", "Pallavi Sen"]
BANKS = [("HDFC Bank", "HDFC"), ("State Bank of India", "SBIN"), ("ICICI Bank", "ICIC"), ("Axis Bank", "UTIB"),
         ("Kotak Mahindra Bank", "KKBK"), ("Punjab National Bank", "PUNB"), ("Bank of Baroda", "BARB"),
         ("Canara Bank", "CNRB"), ("Yes Bank", "YESB"), ("IndusInd Bank", "INDB")]
LIGHT = {"paper": (255, 255, 255), "ink": (30, 30, 36), "label_ink": (105, 108, 118)}
DARK = {"paper": (16, 17, 20), "ink": (232, 233, 238), "label_ink": (150, 153, 162)}
GREEN, RED, AMBER = (18, 140, 70), (200, 38, 38), (196, 120, 0)
DAY_PATS = ["%d-%m-%Y", "%d/%m/%Y", "%d %b %Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d %b, %Y", "%d.%m.%Y"]
SHORT_PATS = ["%d-%m-%y", "%d/%m/%y", "%d%b%y", "%d-%b-%y"]
WORDS = {
    "success": ["Payment Successful", "Transaction Successful", "Paid Successfully", "Payment successful"],
    "failed": ["Payment Failed", "Transaction Failed", "Payment failed"],
    "pending": ["Payment Pending", "Transaction Pending", "Payment processing"],
}
REVERSAL = [
    "Any amount debited will be reversed to your account within 5 working days.",
    "If money was deducted, it will be refunded to your bank account in 3-5 days.",
    "No money was deducted. If debited, it will be auto-reversed.",
]
WAIT = [
    "Awaiting confirmation from the bank. Please do not pay again.",
    "Your bank is yet to confirm this payment. Check again after some time.",
    "This is taking longer than usual. We will update you shortly.",
]


def fresh() -> None:
    """Start every family's count again (``make_heldout106_set`` calls it before drawing)."""
    TURNS.clear()


def outcome(family: str, failed: int, pending: int) -> str:
    """This receipt's outcome: its family's ``failed``-th one failed, its ``pending``-th one pending."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return "failed" if k == failed else "pending" if k == pending else "success"


def dot(font: str) -> str:
    return sign(font, "\u2022", "X")


def check(font: str) -> str:
    return sign(font, "\u2714", sign(font, "\u2713", ""))


def handle(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:10]
    return rng.choice([f"{base}@{rng.choice(banks)}", f"{base}{rng.randrange(10, 999)}@{rng.choice(banks)}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}"])


def payee(rng: random.Random, caps: float = 0.25) -> str:
    name = rng.choice(SELLERS) if rng.random() < 0.6 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def tail4(rng: random.Random) -> str:
    return digits(rng, 4)


# ---------------------------------------------------------------- a page of rows and the facts they print


class Page:
    """Rows (each text checked against the face, too-wide lines wrapped), the part of the screen each row belongs
    to (head, outcome, body, foot, under) and the facts each prints."""

    def __init__(self, font: str, rng: random.Random, frame: str, *, dark: bool = False, size: int = 22,
                 width: int = 600, title: str = "", buttons: tuple[str, ...] = ()):
        theme = DARK if dark else LIGHT
        self.font, self.rng = font, rng
        self.rows: list[tuple] = []
        self.tags: list[tuple[str, dict]] = []
        self.style = {
            "screen": True, "width": width, "size": size, "min_height": 0, **theme, "accent": theme["ink"],
            "h106": {"frame": frame, "dark": dark, "title": title, "buttons": list(buttons),
                     "clock": hhmm(rng, twelve=rng.random() < 0.6).replace(" AM", "").replace(" PM", ""),
                     "battery": rng.randrange(9, 100), "net": rng.choice(["4G", "5G", "LTE", "Vo LTE"])},
        }
        self.part = "body"

    def add(self, kind: str, *texts: str, **facts) -> None:
        for text in texts:
            assert glyphs(self.font, text), (self.font, text)
        size, room = self.style["size"], self.style["width"] - 2 * MARGIN
        if kind == "pair":
            face = load_font(self.font, size)
            assert max(face.getlength(texts[0]), face.getlength(texts[1])) <= room, texts
        elif texts and kind in SCALE:
            face = load_font(self.font, int(size * SCALE[kind]))
            if face.getlength(texts[0]) > room:
                assert kind in ("small", "center", "left"), texts
                lines, line = [], ""
                for word in texts[0].split():
                    if line and face.getlength(f"{line} {word}") > room:
                        lines.append(line)
                        line = word
                    else:
                        line = f"{line} {word}".strip()
                lines.append(line)
                for i, text in enumerate(lines):
                    self.rows.append((kind, text))
                    self.tags.append((self.part, facts if i == 0 else {}))
                return
        self.rows.append((kind, *texts))
        self.tags.append((self.part, facts))

    def accent(self, colour) -> None:
        self.style["accent"] = colour

    def keep(self, parts: set[str]) -> None:
        """Keep only the rows of ``parts`` (a cropped screenshot)."""
        kept = [(row, tag) for row, tag in zip(self.rows, self.tags) if tag[0] in parts]
        self.rows = [row for row, _ in kept]
        self.tags = [tag for _, tag in kept]

    def truth(self) -> dict:
        facts: dict = {}
        rank = -1
        for _, found in self.tags:
            for key, value in found.items():
                if key == "txn":
                    if value[0] > rank:
                        rank, facts["txn"] = value
                else:
                    facts.setdefault(key, value)
        amount, date = facts.get("amount"), facts.get("date")
        return {
            "merchant_name": facts.get("merchant"),
            "amount": f"{amount:.2f}" if amount is not None else None,
            "currency": "INR" if amount is not None else None,
            "transaction_id": facts.get("txn"),
            "date": date.isoformat() if date else None,
            "payment_method": facts.get("method"),
            "status": facts.get("status"),
        }

    def done(self) -> tuple[list, dict, dict]:
        return self.rows, self.truth(), self.style


# txn ranks, the README's families from the highest: a UPI reference / UTR, a bank reference, a transaction or
# payment id, an order's number
UTR_RANK, BANK_RANK, TXN_RANK, ORDER_RANK = 4, 3, 2, 1


# ---------------------------------------------------------------- the four big UPI apps' full screens


def phonepe_rows(p: Page, status: str, date: dt.date, amount: float, to: str) -> None:
    rng, font = p.rng, p.font
    rs = Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.5)
    p.style["band"], p.style["band_ink"] = (rng.choice([(94, 38, 160), (103, 58, 183)]), (255, 255, 255))
    p.part = "outcome"
    words = {"success": "Transaction Successful", "failed": "Transaction Failed", "pending": "Transaction Pending"}
    p.add("title", words[status], status=status)
    p.add("center", f"{hhmm(rng, lower=rng.random() < 0.6)} on {when(date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
          date=date)
    p.part = "body"
    p.add("gap")
    p.add("left", "Paid to" if status == "success" else "Paying to")
    p.add("pair", to, rs(amount), merchant=to, amount=amount)
    p.add("small", handle(rng, to, ["ybl", "ibl", "axl"]), method="UPI")
    if rng.random() < 0.3:
        p.add("small", f"Banking Name : {rng.choice(PEOPLE).upper()}")
    if status == "failed":
        p.add("small", rng.choice(REVERSAL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.add("left", "Transfer Details")
    tid = f"T{date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    p.add("left", "Transaction ID")
    p.add("left", tid, txn=(TXN_RANK, tid))
    bank, _ = rng.choice(BANKS)
    p.add("left", "Debited from")
    p.add("pair", f"XXXXXX{tail4(rng)}", rs(amount))
    if status != "failed" or rng.random() < 0.5:
        ref = utr(rng, date)
        p.add("left", f"UTR: {ref}", txn=(UTR_RANK, ref))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Powered by UPI  |  YES BANK" if rng.random() < 0.5 else "Contact PhonePe Support")


def gpay_rows(p: Page, status: str, date: dt.date, amount: float, to: str) -> None:
    rng, font = p.rng, p.font
    rs = Rs(rng, font, marks=("₹", "₹", "Rs"), groupings=("indian", "western", "plain"), p_whole=0.7)
    p.part = "head"
    p.add("title", to[0].upper())
    p.part = "outcome"
    p.add("center", f"To {to}", merchant=to)
    vpa = handle(rng, to, ["okaxis", "okhdfcbank", "oksbi", "okicici"])
    p.add("small", vpa, method="UPI")
    p.add("big", rs(amount), amount=amount)
    words = {"success": f"{check(font)} Completed".strip(), "failed": "Failed", "pending": "Pending"}
    p.add("center", words[status], status=status)
    p.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    p.add("small", f"{when(date, rng.choice(['{d} %b %Y', '%d %b %Y']))}, {hhmm(rng, lower=True, zero=False)}",
          date=date)
    if status == "failed":
        p.add("small", rng.choice(REVERSAL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "body"
    p.add("rule")
    bank, _ = rng.choice(BANKS)
    p.add("left", rng.choice(["UPI transaction ID", "UPI Transaction ID"]))
    ref = utr(rng, date)
    p.add("left", ref, txn=(UTR_RANK, ref))
    p.add("left", "To: " + to)
    p.add("small", "Google Pay " + dot(font) + " " + vpa)
    payer = rng.choice(PAYERS)
    p.add("left", f"From: {payer.upper()} ({bank})")
    p.add("small", f"{bank} {dot(font) * 4} {tail4(rng)}")
    p.add("left", "Google transaction ID")
    p.add("small", "CICAgO" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                      for _ in range(14)))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Having issues?  Get help")


def paytm_rows(p: Page, status: str, date: dt.date, amount: float, to: str) -> None:
    rng, font = p.rng, p.font
    whole = rng.random() < 0.6
    if whole:
        amount = float(round(amount))
    rs = Rs(rng, font, marks=("₹", "Rs."), groupings=("indian", "plain"), p_whole=1.0 if whole else 0.0)
    p.style["band"], p.style["band_ink"] = (0, 46, 110), (255, 255, 255)
    p.part = "head"
    p.add("title", "paytm")
    p.part = "outcome"
    words = {"success": "Payment Successful", "failed": "Payment Failed", "pending": "Payment Pending"}
    p.add("center", words[status], status=status)
    p.part = "body"
    p.add("gap")
    p.add("big", rs(amount), amount=amount)
    if whole:
        p.add("small", words_in_rupees(amount))
    if status == "failed":
        p.add("small", rng.choice(REVERSAL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.add("pair", "To", to, merchant=to)
    p.add("pair", "UPI ID", handle(rng, to, ["paytm", "ptys", "pthdfc", "ptaxis"]), method="UPI")
    bank, _ = rng.choice(BANKS)
    p.add("pair", "From", f"{bank} - {tail4(rng)}")
    if status == "success" or rng.random() < 0.5:
        ref = utr(rng, date)
        p.add("pair", "UPI Ref. No.", ref, txn=(UTR_RANK, ref))
    pats = ["%d %b %Y", "{d} %b %Y", "%d %b, %Y"]
    p.add("pair", "Date", f"{when(date, rng.choice(pats))}, {hhmm(rng)}", date=date)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Check Balance  |  Share  |  Pay Again", "UPI by Paytm Payments Services"]))


def bhim_rows(p: Page, status: str, date: dt.date, amount: float, to: str) -> None:
    rng, font = p.rng, p.font
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"), p_whole=0.3)
    p.part = "head"
    p.add("title", "BHIM")
    p.add("small", "Bharat Interface for Money")
    p.part = "outcome"
    p.add("center", rng.choice(WORDS[status][:2]), status=status)
    p.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    p.part = "body"
    p.add("big", rs(amount), amount=amount)
    p.add("center", ("Paid to " if status == "success" else "To ") + to, merchant=to)
    p.add("small", handle(rng, to, ["upi", "ybl", "okbizaxis", "sbi"]), method="UPI")
    if status == "failed":
        p.add("small", rng.choice(REVERSAL))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    ref = utr(rng, date)
    p.add("pair", rng.choice(["UPI Transaction ID", "UPI Ref No"]), ref, txn=(UTR_RANK, ref))
    p.add("pair", "Date", when(date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"])), date=date)
    p.add("pair", "Time", hhmm(rng, seconds=rng.random() < 0.5))
    bank, _ = rng.choice(BANKS)
    p.add("pair", "Debited from", f"{bank.split()[0]} XX{tail4(rng)}")
    if rng.random() < 0.5:
        p.add("pair", "Remarks", rng.choice(["order payment", "saree", "advance", "kurti set", "phone cover"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", "NPCI  |  BHIM UPI")


APPS = {"phonepe": phonepe_rows, "gpay": gpay_rows, "paytm": paytm_rows, "bhim": bhim_rows}
TITLES = {"phonepe": "Transaction Details", "gpay": "", "paytm": "Payment Details", "bhim": "Transaction Status"}
BUTTONS = {"phonepe": ("Share", "Done"), "gpay": ("Share screenshot",), "paytm": ("Share", "Done"),
           "bhim": ("Share", "Home")}


def app_screen(rng: random.Random, font: str, family: str, app: str, fail: int, pend: int,
               frame: str = "phone") -> Page:
    status = outcome(family, fail, pend)
    dark = rng.random() < 0.35
    buttons = BUTTONS[app] if rng.random() < 0.7 else ()
    p = Page(font, rng, frame, dark=dark, title=TITLES[app], buttons=buttons, size=rng.choice([21, 22, 23]))
    APPS[app](p, status, day(rng), rupees(rng, 90, 24000), payee(rng))
    return p


def phonepe(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """PhonePe's transaction screen: the band with the outcome and "<hour> on <day>", Paid to the payee and the
    sum, the @ybl id, Transfer Details with Transaction ID T…, Debited from, UTR; light or dark."""
    return app_screen(rng, font, "phonepe", "phonepe", 3, 6).done()


def gpay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Google Pay's detail: the payee's initial, "To <payee>", the handle, the sum, Completed, the day; UPI
    transaction ID, To:, From: the payer and bank, Google transaction ID; light or dark."""
    return app_screen(rng, font, "gpay", "gpay", 5, 1).done()


def paytm(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Paytm's receipt: a navy band, the outcome, the sum (in words when whole), To / UPI ID / From / UPI Ref. No.
    / Date pairs."""
    return app_screen(rng, font, "paytm", "paytm", 2, 7).done()


def bhim(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """BHIM's payment status: the outcome, the sum, Paid to, the handle, UPI Transaction ID, Date and Time on
    separate rows, Debited from, Remarks."""
    return app_screen(rng, font, "bhim", "bhim", 6, 0).done()


def cropped(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One of the four apps' screens cropped to its middle: no status bar, app bar, header or footer; on four in
    eight (PhonePe, Paytm, BHIM) the outcome line is cut off too (then no status is printed, nor PhonePe's day)."""
    k = TURNS.get("cropped", 0)
    app = ["phonepe", "gpay", "paytm", "bhim"][k % 4]
    p = app_screen(rng, font, "cropped", app, 4, 1, frame="crop")
    p.style.pop("band", None)
    # the outcome line cut off on four (never Google Pay's: its payee and sum share that block)
    p.keep({"body"} if k in (0, 3, 6, 7) else {"body", "outcome"})
    return p.done()


# ---------------------------------------------------------------- a bank's SMS alert in a messages app


SENDERS = {"HDFC Bank": "HDFCBK", "State Bank of India": "SBIUPI", "ICICI Bank": "ICICIT", "Axis Bank": "AXISBK",
           "Kotak Mahindra Bank": "KOTAKB", "Punjab National Bank": "PNBSMS", "Bank of Baroda": "BOBTXN",
           "Canara Bank": "CANBNK", "Yes Bank": "YESBNK", "IndusInd Bank": "INDUSB"}


def sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank's debit alert in a phone's messages app: the sender id on top, a day divider, the message in a
    bubble and its hour. Five wordings (HDFC "Sent Rs…", SBI "debited by … trf to", ICICI "…; NAME credited.
    UPI:…", Axis's UPI/P2M narration, the plain "debited from A/c … to VPA …"); a failed and a pending one."""
    status = outcome("sms", 2, 5)
    date, amount = day(rng), rupees(rng, 99, 30000)
    bank, _ = rng.choice(BANKS)
    acct = tail4(rng)
    ref = utr(rng, date)
    to = payee(rng, caps=0.7)
    vpa = handle(rng, to, ["ybl", "okaxis", "paytm", "ibl", "okhdfcbank"])
    money = rng.choice(["Rs ", "Rs.", "INR ", "Rs."]) + rng.choice([f"{amount:.2f}", f"{amount:,.2f}"])
    short = when(date, rng.choice(SHORT_PATS))
    named = None
    if status == "failed":
        named = to if rng.random() < 0.5 else None
        text = (f"Your UPI transaction of {money} to {named or 'VPA ' + vpa} on {short} has failed. If the amount is "
                f"debited, it will be reversed within 5 working days. Ref No {ref} -{bank}")
        kind = "failed"
    elif status == "pending":
        text = (f"UPI txn of {money} from A/c XX{acct} to VPA {vpa} on {short} is pending. Please check the "
                f"status after 2 hrs. UPI Ref {ref} -{bank}")
        kind = "pending"
    else:
        kind = rng.choice(["hdfc", "sbi", "icici", "axis", "plain"])
        bank = {"hdfc": "HDFC Bank", "sbi": "State Bank of India", "icici": "ICICI Bank", "axis": "Axis Bank"}.get(
            kind, bank)
        if kind == "hdfc":
            named = to
            text = (f"Sent {money}\nFrom {bank} A/C *{acct}\nTo {to}\nOn {when(date, '%d/%m/%y')}\nRef {ref}\n"
                    f"Not You?\nCall 18002586161/SMS BLOCK UPI to 7308080808")
        elif kind == "sbi":
            named = to
            text = (f"Dear UPI user A/C X{acct} debited by {money} on date {when(date, '%d%b%y')} trf to {to} "
                    f"Refno {ref}. If not u? call 1800111109. -SBI")
        elif kind == "icici":
            named = to
            text = (f"ICICI Bank Acct XX{acct[1:]} debited for {money} on {when(date, '%d-%b-%y')}; {to} credited. "
                    f"UPI:{ref}. Call 18002662 for dispute. SMS BLOCK {acct[1:]} to 9215676766.")
        elif kind == "axis":
            named = to.upper()[:20].strip()
            text = (f"{money} debited\nA/c no. XX{acct}\n{when(date, '%d-%m-%y')}, {hhmm(rng, False, True)}\n"
                    f"UPI/P2M/{ref}/{named}\nNot you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank")
        else:
            text = (f"{money} debited from A/c XX{acct} on {short} to VPA {vpa}. UPI Ref {ref}. Not you? "
                    f"Call {rng.choice(['18001035577', '18002084444', '1800221911'])} -{bank}")
    assert glyphs(font, text.replace("\n", " ")), (font, text)
    dark = rng.random() < 0.4
    p = Page(font, rng, "sms", dark=dark, size=22, width=600)
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD'])}-{SENDERS[bank]}"
    divider = rng.choice(["today", "weekday", "full"])
    label = {"today": "Today", "weekday": when(date, "%A, {d} %B"), "full": when(date, "{d} %b %Y")}[divider]
    p.style["h106"].update({"sender": sender, "divider": label, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    p.add("left", text.replace("\n", " "), merchant=named, amount=amount, txn=(UTR_RANK, ref), date=date,
          method="UPI", status="success" if kind not in ("failed", "pending") else kind)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- a bank's e-mail alert


def bank_mail(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank's UPI debit alert e-mail in a mail app: From the bank's alerts address, the subject, the day, then
    "Dear Customer," and the sentence with the sum, the account, the VPA and the payee, the UPI reference; ICICI's
    "Info: UPI-<ref>-<NAME>" with the available balance; Axis's table of Amount Debited / Transaction Info."""
    status = outcome("bank_mail", 6, 3)
    date, amount = day(rng), rupees(rng, 150, 45000)
    to = payee(rng, caps=0.8).upper()
    vpa = handle(rng, to, ["ybl", "okaxis", "paytm", "okicici", "upi"])
    ref = utr(rng, date)
    acct = tail4(rng)
    style_kind = rng.choice(["hdfc", "icici", "axis"])
    bank = {"hdfc": "HDFC Bank", "icici": "ICICI Bank", "axis": "Axis Bank"}[style_kind]
    rs = Rs(rng, font, marks=("Rs.", "INR", "Rs."), groupings=("plain", "indian", "western"))
    p = Page(font, rng, "mail", size=21, width=640)
    hour = hhmm(rng)
    p.style["h106"].update({
        "from": {"hdfc": "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
                 "icici": "ICICI Bank <customernotification@icicibank.com>",
                 "axis": "Axis Bank Alerts <alerts@axisbank.com>"}[style_kind],
        "subject": {"success": rng.choice(["You have done a UPI txn. Check details!", "Transaction alert",
                                           "Debit alert for your account"]),
                    "failed": "UPI transaction declined", "pending": "UPI transaction under process"}[status],
        "sent": f"{when(date, '%a, {d} %b %Y')}, {hour}" if rng.random() < 0.6 else hour,
    })
    p.add("left", "Dear Customer,")
    p.add("gap")
    money = rs(amount)
    if style_kind == "axis":
        p.add("left", {"success": "Here's the summary of your UPI transaction:",
                       "failed": "Your UPI transaction could not be completed. Details:",
                       "pending": "Your UPI transaction is under process. Details:"}[status])
        p.add("gap")
        p.add("pair", "Amount Debited" if status == "success" else "Amount", money, amount=amount)
        p.add("pair", "Account Number", f"XX{acct}")
        p.add("pair", "Date & Time", f"{when(date, '%d-%m-%y')}, {hhmm(rng, False, True)} IST", date=date)
        p.add("left", "Transaction Info:")
        p.add("left", f"UPI/P2M/{ref}/{to[:20].strip()}", merchant=to[:20].strip(), txn=(UTR_RANK, ref),
              method="UPI")
        p.add("gap")
        if status == "success":
            p.add("left", "If this transaction was not initiated by you, please call 18604195555.")
        else:
            p.add("left", {"failed": "Status: Failed. " + rng.choice(REVERSAL),
                           "pending": "Status: Pending. " + rng.choice(WAIT)}[status], status=status)
        if status == "success":
            p.add("left", "Status: Success", status="success")
    elif style_kind == "icici":
        verb = {"success": "has been debited with", "failed": "was not debited with",
                "pending": "has a pending debit of"}[status]
        p.add("left", f"Your account XX{acct[1:]} {verb} {money} on {when(date, '%d-%b-%y')}.", amount=amount,
              date=date, status={"success": "success", "failed": "failed", "pending": "pending"}[status])
        p.add("left", f"Info: UPI-{ref}-{to}.", merchant=to, txn=(UTR_RANK, ref), method="UPI")
        bal = rupees(rng, 2000, 90000, p_round=0.0)
        p.add("left", f"The Available Balance in your Account is {rs(bal)}.")
        if status == "failed":
            p.add("left", rng.choice(REVERSAL))
    else:
        if status == "success":
            sentence = (f"{money} has been debited from account **{acct} to VPA {vpa} {to} on "
                        f"{when(date, '%d-%m-%y')}.")
        elif status == "failed":
            sentence = f"Your UPI payment of {money} to VPA {vpa} {to} on {when(date, '%d-%m-%y')} has failed."
        else:
            sentence = (f"Your UPI payment of {money} to VPA {vpa} {to} on {when(date, '%d-%m-%y')} is pending "
                        f"confirmation from the beneficiary bank.")
        p.add("left", sentence, amount=amount, merchant=to, date=date, method="UPI", status=status)
        p.add("left", f"Your UPI transaction reference number is {ref}.", txn=(UTR_RANK, ref))
        if status == "failed":
            p.add("left", rng.choice(REVERSAL))
    p.add("gap")
    p.add("small", "If you did not authorize this transaction, please report it immediately. Never share your OTP, "
                   "PIN or password with anyone.")
    p.add("left", "Warm Regards,")
    p.add("left", bank)
    return p.done()


# ---------------------------------------------------------------- IMPS / NEFT acknowledgement in net banking


def netbank_ack(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A net-banking funds transfer acknowledgement in a browser: the bank and its portal, the outcome, a table
    of Transfer Mode IMPS / NEFT, Beneficiary Name, account, IFSC, Amount, charges on some, Debit Account,
    Transaction Date, the IMPS reference (12 digits) or the NEFT UTR, Remarks."""
    status = outcome("netbank_ack", 0, 4)
    date, amount = day(rng), rupees(rng, 1000, 150000, p_round=0.7)
    bank, ifsc = rng.choice(BANKS)
    portal = {"HDFC Bank": "NetBanking", "State Bank of India": "OnlineSBI", "ICICI Bank": "Internet Banking"}.get(
        bank, "Internet Banking")
    mode = "NEFT" if status == "pending" else rng.choice(["IMPS", "IMPS", "NEFT"])
    rs = Rs(rng, font, marks=("INR", "Rs.", "INR", "₹"))
    to = rng.choice(SELLERS + PEOPLE)
    to = to.upper() if rng.random() < 0.5 else to
    p = Page(font, rng, "browser", size=20, width=680)
    site = bank.split()[0].lower()
    p.style["h106"]["url"] = rng.choice([f"netbanking.{site}.com/ib/ftack", f"{site}.bank.in/ib/transfer/ack"])
    p.style["band"], p.style["band_ink"] = rng.choice([(0, 60, 130), (130, 20, 40), (30, 30, 90)]), (255, 255, 255)
    p.add("title", bank)
    p.add("center", portal)
    p.add("gap")
    p.add("center", "Funds Transfer - Acknowledgement")
    words = {"success": rng.choice(["Successful", "Success", "Completed"]), "failed": "Failed",
             "pending": rng.choice(["In Process", "Pending"])}
    p.add("pair", "Transaction Status", words[status], status=status)
    p.add("rule")
    p.add("pair", "Transfer Mode", mode, method="netbanking")
    p.add("pair", "Beneficiary Name", to, merchant=to)
    p.add("pair", "Beneficiary A/c No.", f"XXXXXXXX{tail4(rng)}")
    to_bank, to_ifsc = rng.choice(BANKS)
    p.add("pair", "IFSC", f"{to_ifsc}0{digits(rng, 6)}")
    p.add("pair", "Amount", rs(amount), amount=amount)
    if rng.random() < 0.4:
        p.add("pair", "Charges (incl. GST)", rs(rng.choice([2.95, 5.90, 11.80, 17.70])))
    p.add("pair", "Debit Account", f"{digits(rng, 4)}XXXXXX{tail4(rng)}")
    p.add("pair", "Transaction Date", f"{when(date, rng.choice(['%d/%m/%Y', '%d-%m-%Y', '%d-%b-%Y']))} "
                                      f"{hhmm(rng, False, True)}", date=date)
    if status != "failed":
        ref = utr(rng, date) if mode == "IMPS" else f"{ifsc}N{date:%y}{date.timetuple().tm_yday:03d}{digits(rng, 7)}"
        label = rng.choice(["IMPS Ref No", "Reference No."]) if mode == "IMPS" else rng.choice(["UTR No.", "UTR"])
        p.add("pair", label, ref, txn=(UTR_RANK if label.startswith("UTR") else BANK_RANK, ref))
    if rng.random() < 0.6:
        p.add("pair", "Remarks", rng.choice(["Saree order", "Furniture advance", "Goods payment", "Order 2 pcs"]))
    if status == "failed":
        p.add("small", "Beneficiary bank not responding. Amount, if debited, will be credited back to your account.")
    if status == "pending":
        p.add("small", "NEFT transfers are settled in half-hourly batches. Please check the status later.")
    p.add("gap")
    p.add("small", "This is a computer generated acknowledgement and does not require a signature.")
    return p.done()


# ---------------------------------------------------------------- a payment gateway's result page


def gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment gateway's result page in a browser (Razorpay: Payment ID pay_…; PayU: Bank Ref No beside the
    merchant's Transaction ID; Cashfree: Order ID and a numeric Payment ID): the seller's name on top, the
    outcome, the sum, the way paid (a masked card mostly, UPI or net banking on some), the day."""
    status = outcome("gateway", 7, 2)
    date, amount = day(rng), rupees(rng, 199, 35000)
    seller = rng.choice(SELLERS)
    gw = rng.choice(["razorpay", "payu", "cashfree"])
    rs = Rs(rng, font, marks=("₹", "₹", "INR", "Rs."), groupings=("indian", "western"))
    p = Page(font, rng, "browser", size=21, width=620)
    slug = "".join(ch for ch in seller.lower() if ch.isalpha())[:14]
    p.style["h106"]["url"] = {"razorpay": f"rzp.io/l/{slug}", "payu": "secure.payu.in/_payment",
                              "cashfree": f"payments.cashfree.com/forms/{slug}"}[gw]
    p.add("title", seller, merchant=seller)
    p.add("gap")
    words = {"success": rng.choice(["Payment Successful", "Payment successful!"]),
             "failed": "Payment Failed", "pending": "Payment Processing"}
    p.add("center", words[status], status=status)
    p.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    p.add("big", rs(amount), amount=amount)
    if status == "failed":
        p.add("small", "Your payment could not be completed. Any amount deducted will be refunded in 5-7 days.")
    if status == "pending":
        p.add("small", "We are awaiting confirmation from your bank. Please do not retry.")
    p.add("rule")
    way = rng.choice(["card", "card", "card", "UPI", "netbanking"])
    if way == "card":
        net = rng.choice(["Visa", "Mastercard", "RuPay"])
        how = f"{net} {rng.choice(['Credit', 'Debit'])} Card {dot(font) * 4} {tail4(rng)}"
    elif way == "UPI":
        how = f"UPI - {handle(rng, rng.choice(PAYERS), ['okhdfcbank', 'ybl', 'oksbi'])}"
    else:
        how = f"Net Banking - {rng.choice(BANKS)[0]}"
    alnum = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if gw == "razorpay":
        pid = "pay_" + "".join(rng.choice(alnum) for _ in range(14))
        p.add("pair", "Payment ID", pid, txn=(TXN_RANK, pid))
        p.add("pair", "Paid via", how, method=way)
        p.add("pair", "Date", f"{when(date, rng.choice(['%d %b %Y', '{d} %b %Y']))}, {hhmm(rng)}", date=date)
        p.add("pair", "Email", f"{rng.choice('abcdeknprs')}****@gmail.com")
        p.add("small", "Secured by Razorpay")
    elif gw == "payu":
        p.add("pair", "Merchant", seller)
        own = f"TXN{digits(rng, 10)}"
        p.add("pair", "Transaction ID", own, txn=(TXN_RANK, own))
        if status != "failed":
            ref = digits(rng, 12)
            p.add("pair", "Bank Ref No", ref, txn=(BANK_RANK, ref))
        else:
            p.add("pair", "Bank Ref No", "NA")
        p.add("pair", "Payment Mode", how, method=way)
        p.add("pair", "Date", f"{when(date, rng.choice(['%d-%m-%Y', '%d/%m/%Y']))} {hhmm(rng, False, True)}",
              date=date)
        p.add("small", "Powered by PayU")
    else:
        oid = f"order_{digits(rng, 8)}"
        p.add("pair", "Order ID", oid, txn=(ORDER_RANK, oid))
        pid = digits(rng, 10)
        p.add("pair", "Payment ID", pid, txn=(TXN_RANK, pid))
        p.add("pair", "Payment Method", how, method=way)
        p.add("pair", "Payment Time", f"{when(date, rng.choice(['%d %b %Y', '%d-%m-%Y']))} {hhmm(rng)}", date=date)
        p.add("small", "Powered by Cashfree Payments")
    return p.done()


# ---------------------------------------------------------------- a wallet transfer


def wallet(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A wallet's money-sent screen (MobiKwik, Amazon Pay balance, Freecharge, Airtel Payments Bank wallet): the
    outcome, the sum, Sent to the person or shop with their mobile number, Paid from the wallet, the wallet's own
    transaction id, the day, the wallet balance left (never the sum)."""
    status = outcome("wallet", 1, 4)
    date, amount = day(rng), rupees(rng, 50, 9000)
    app, source = rng.choice([("MobiKwik", "MobiKwik Wallet"), ("amazon pay", "Amazon Pay balance"),
                              ("freecharge", "Freecharge Wallet"), ("airtel thanks", "Airtel Payments Bank Wallet")])
    rs = Rs(rng, font, marks=("₹", "Rs.", "Rs"), p_whole=0.5)
    p = Page(font, rng, "phone", dark=rng.random() < 0.3, title=rng.choice(["Money Sent", "Transaction Details"]),
             buttons=("Done",) if rng.random() < 0.5 else ())
    to = payee(rng, caps=0.2)
    p.add("title", app)
    p.add("gap")
    words = {"success": rng.choice(["Money sent successfully", "Payment Successful"]), "failed": "Payment Failed",
             "pending": "Payment Pending"}
    p.add("center", words[status], status=status)
    p.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    p.add("big", rs(amount), amount=amount)
    p.add("center", f"Sent to {to}", merchant=to)
    p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    if status == "failed":
        p.add("small", "Money will be added back to your wallet if deducted.")
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.add("pair", "Paid from", source, method="wallet")
    tid = {"MobiKwik": "MK" + digits(rng, 12), "amazon pay": f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-"
           f"{digits(rng, 7)}", "freecharge": "FC" + digits(rng, 14), "airtel thanks": digits(rng, 12)}[app]
    p.add("pair", rng.choice(["Wallet Txn ID", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
    if rng.random() < 0.8:
        p.add("pair", "Date & Time", f"{when(date, rng.choice(DAY_PATS))} {hhmm(rng)}", date=date)
    if status != "failed" and rng.random() < 0.6:
        p.add("pair", "Wallet Balance", rs(rupees(rng, 10, 3000, p_round=0.2)))
    return p.done()


# ---------------------------------------------------------------- a UPI app's transaction-history detail view


def history(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transaction opened from a UPI app's history / passbook: the payee with the sum and a status chip, the
    timeline of the payment's steps (hours only), UPI Transaction ID, the app's own id, Debited from, Note; the UPI
    reference left off on some (then the app's id is the id), the day printed only in the timeline's heading."""
    status = outcome("history", 5, 2)
    date, amount = day(rng), rupees(rng, 30, 20000)
    app = rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM"])
    rs = Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.4)
    p = Page(font, rng, "phone", dark=rng.random() < 0.4, size=21,
             title=rng.choice(["History", "Passbook", "Transaction history"]))
    to = payee(rng, caps=0.3)
    p.add("small", "History  >  Details")
    p.add("left", f"Paid to {to}" if status == "success" else f"To {to}", merchant=to)
    p.add("pair", handle(rng, to, ["ybl", "paytm", "okaxis", "upi"]), rs(amount), amount=amount, method="UPI")
    chip = {"success": rng.choice(["Successful", "Success", "Completed"]), "failed": "Failed",
            "pending": "Pending"}[status]
    p.add("pair", "Status", chip, status=status)
    p.add("rule")
    p.add("left", f"Timeline  {dot(font)}  {when(date, rng.choice(DAY_PATS))}", date=date)
    t1 = hhmm(rng)
    steps = [f"Payment started   {t1}", f"Debited from your bank   {t1}"]
    steps.append({"success": f"Received by {to.split()[0]}   {t1}", "failed": f"Payment failed   {t1}",
                  "pending": "Waiting for bank confirmation"}[status])
    for step in steps:
        p.add("small", step)
    p.add("rule")
    ref = None
    if status == "success" or rng.random() < 0.5:
        if rng.random() < 0.8:
            ref = utr(rng, date)
            p.add("pair", "UPI Transaction ID", ref, txn=(UTR_RANK, ref))
    own = {"PhonePe": f"T{date:%y%m%d}{digits(rng, 17)}", "Google Pay": "CICAgO" + code(rng, 10),
           "Paytm": digits(rng, 20), "BHIM": "BHIM" + digits(rng, 12)}[app]
    own_label = {"PhonePe": "Transaction ID", "Google Pay": "Google transaction ID", "Paytm": "Order ID",
                 "BHIM": "Txn ID"}[app]
    p.add("left", own_label)
    p.add("left", own, txn=(ORDER_RANK if own_label == "Order ID" else TXN_RANK, own))
    bank, _ = rng.choice(BANKS)
    p.add("pair", "Debited from", f"{bank.split()[0]} {dot(font) * 2}{tail4(rng)}")
    if rng.random() < 0.5:
        p.add("pair", "Note", rng.choice(["for order", "kurta", "advance paid", "books"]))
    return p.done()


# ---------------------------------------------------------------- a screenshot under the notification shade


NOTES = [
    ("WhatsApp", "Mummy: Khana kha liya?"), ("Gmail", "Your order has been shipped"),
    ("Instagram", "priya_k liked your reel"), ("Clock", "Alarm set for 6:30 AM"),
    ("System", "USB debugging connected"), ("Messages", "Jio: Daily data 75% used"),
    ("YouTube", "New video from your subscriptions"), ("Swiggy", "Hungry? Lunch deals are live"),
]


def shade(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One of the four apps' screens with the notification shade pulled partly over it: the shade (the phone's
    clock and day, quick-settings tiles, two notifications) hides the status bar, the app bar and the screen's
    header; the outcome and everything under it stay in view."""
    app = ["gpay", "phonepe", "bhim", "paytm"][TURNS.get("shade", 0) % 4]
    status = outcome("shade", 0, 3)
    dark = rng.random() < 0.4
    p = Page(font, rng, "shade", dark=dark, title=TITLES[app], size=rng.choice([21, 22]))
    date = day(rng)
    p.part = "under"
    p.add("title", {"gpay": "Google Pay", "phonepe": "PhonePe", "bhim": "BHIM UPI", "paytm": "Paytm"}[app])
    p.add("gap")
    p.add("gap")
    APPS[app](p, status, date, rupees(rng, 90, 24000), payee(rng))
    for i, (part, _) in enumerate(p.tags):
        if part == "head":
            p.tags[i] = ("under", {})
    assert all(not facts for part, facts in p.tags if part == "under")
    size, line = p.style["size"], int(p.style["size"] * 1.55)
    hidden = MARGIN + sum(int(line * SCALE.get(row[0], 1.0)) for row, tag in zip(p.rows, p.tags)
                          if tag[0] == "under")
    p.style.pop("band", None)
    later = date + dt.timedelta(days=rng.choice([0, 0, 1, 3]))
    p.style["h106"].update({"hidden": hidden, "shade_day": when(later, "%a, {d} %b"),
                            "notes": rng.sample(NOTES, 2)})
    assert size
    return p.done()


# ---------------------------------------------------------------- drawing


def _bars(draw: ImageDraw.ImageDraw, x: int, y: int, ink) -> None:
    for i in range(4):
        draw.rectangle((x + i * 5, y + 12 - 3 * i, x + i * 5 + 3, y + 14), fill=ink)


def _status_bar(draw: ImageDraw.ImageDraw, w: int, h: dict, ink) -> None:
    small = load_font("dejavu/DejaVuSans.ttf", 15)
    draw.text((22, 9), h["clock"], font=small, fill=ink)
    draw.text((w - 150, 9), h["net"], font=small, fill=ink)
    _bars(draw, w - 100, 9, ink)
    draw.text((w - 72, 9), f"{h['battery']}%", font=load_font("dejavu/DejaVuSans.ttf", 13), fill=ink)
    draw.rounded_rectangle((w - 36, 11, w - 14, 23), radius=3, outline=ink, width=2)
    draw.rectangle((w - 33, 14, w - 33 + int(16 * h["battery"] / 100), 20), fill=ink)


def _phone(body: Image.Image, font: str, style: dict) -> Image.Image:
    h = style["h106"]
    paper, ink = style["paper"], style["ink"]
    w = body.width
    top = 100
    buttons = h.get("buttons") or []
    bottom = 74 if buttons else 0
    canvas = Image.new("RGB", (w, top + body.height + bottom), paper)
    draw = ImageDraw.Draw(canvas)
    _status_bar(draw, w, h, ink)
    y = 64
    # a chevron for "back", drawn
    draw.line((36, y - 10, 26, y, 36, y + 10), fill=ink, width=3)
    if h.get("title"):
        draw.text((62, y - 14), h["title"], font=load_font(font, 23), fill=ink)
    # a help "?" circle at the right, drawn (no text)
    draw.ellipse((w - 44, y - 12, w - 20, y + 12), outline=ink, width=2)
    draw.line((0, top - 4, w, top - 4), fill=style.get("label_ink", ink), width=1)
    canvas.paste(body, (0, top))
    if buttons:
        face = load_font(font, 20)
        by = top + body.height + 14
        span = (w - 40) // len(buttons)
        for i, label in enumerate(buttons):
            x0 = 20 + i * span + 6
            fill = (94, 38, 160) if i == len(buttons) - 1 else None
            draw.rounded_rectangle((x0, by, x0 + span - 12, by + 46), radius=10, outline=ink, width=2, fill=fill)
            colour = (255, 255, 255) if fill else ink
            draw.text((x0 + (span - 12 - face.getlength(label)) / 2, by + 11), label, font=face, fill=colour)
    return canvas


def _shade(image: Image.Image, font: str, style: dict) -> Image.Image:
    h = style["h106"]
    w = image.width
    depth = 100 + h["hidden"] - 3
    panel = (40, 42, 48) if not h["dark"] else (52, 54, 62)
    ink, soft = (240, 240, 244), (180, 182, 190)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, -30, w, depth), radius=26, fill=panel)
    clock = load_font(font, 30)
    draw.text((24, 14), h["clock"], font=clock, fill=ink)
    draw.text((24 + clock.getlength(h["clock"]) + 14, 26), h["shade_day"], font=load_font(font, 16), fill=soft)
    _bars(draw, w - 110, 22, ink)
    draw.text((w - 80, 22), f"{h['battery']}%", font=load_font(font, 15), fill=ink)
    y = 68
    for i in range(5):
        cx = 50 + i * (w - 100) // 4
        draw.ellipse((cx - 20, y, cx + 20, y + 40), fill=(90, 130, 220) if i in (0, 2) else (80, 82, 90))
    y = 122
    small, bold = load_font(font, 15), load_font(font, 17)
    for name, text in h["notes"]:
        if y + 56 > depth - 10:
            break
        draw.rounded_rectangle((14, y, w - 14, y + 54), radius=14, fill=(66, 68, 76))
        draw.text((30, y + 6), name, font=small, fill=soft)
        draw.text((30, y + 27), text, font=bold, fill=ink)
        y += 62
    draw.rounded_rectangle((w // 2 - 30, depth - 14, w // 2 + 30, depth - 9), radius=3, fill=soft)
    return image


def _sms(font: str, style: dict) -> Image.Image:
    h = style["h106"]
    w = style["width"]
    paper, ink, soft = style["paper"], style["ink"], style["label_ink"]
    bubble = (232, 234, 240) if not h["dark"] else (44, 46, 54)
    face = load_font(font, style["size"])
    room = w - 2 * 40 - 40
    lines: list[str] = []
    for para in h["text"].split("\n"):
        line = ""
        words: list[str] = []
        for word in para.split():
            if words and words[-1] in ("Rs", "Rs.", "INR"):
                words[-1] = f"{words[-1]} {word}"  # a sum stays on one line with its mark
            else:
                words.append(word)
        for word in words:
            if line and face.getlength(f"{line} {word}") > room:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    step = int(style["size"] * 1.45)
    top = 110
    bubble_h = len(lines) * step + 30
    height = top + 70 + bubble_h + 40 + 110
    canvas = Image.new("RGB", (w, height), paper)
    draw = ImageDraw.Draw(canvas)
    _status_bar(draw, w, h, ink)
    y = 66
    draw.line((34, y - 10, 24, y, 34, y + 10), fill=ink, width=3)
    draw.ellipse((50, y - 20, 90, y + 20), fill=(60, 120, 200))
    draw.text((62, y - 13), h["sender"][3], font=load_font(font, 22), fill=(255, 255, 255))
    draw.text((104, y - 14), h["sender"], font=load_font(font, 23), fill=ink)
    draw.line((0, top - 6, w, top - 6), fill=soft, width=1)
    small = load_font(font, 16)
    label = h["divider"]
    draw.text(((w - small.getlength(label)) / 2, top + 20), label, font=small, fill=soft)
    by = top + 60
    right = 40 + max(face.getlength(line) for line in lines) + 40
    draw.rounded_rectangle((30, by, right, by + bubble_h), radius=22, fill=bubble)
    for i, line in enumerate(lines):
        draw.text((50, by + 15 + i * step), line, font=face, fill=ink)
    draw.text((40, by + bubble_h + 8), h["time"], font=small, fill=soft)
    # the reply box at the bottom, with a drawn send arrow
    draw.rounded_rectangle((20, height - 80, w - 80, height - 30), radius=25, outline=soft, width=2)
    draw.text((44, height - 66), "Text message", font=load_font(font, 18), fill=soft)
    draw.polygon([(w - 60, height - 72), (w - 24, height - 55), (w - 60, height - 38)], fill=soft)
    return canvas


def _mail(body: Image.Image, font: str, style: dict) -> Image.Image:
    h = style["h106"]
    w = body.width
    ink, soft = style["ink"], style["label_ink"]
    subject = load_font(font, 24)
    lines, line = [], ""
    for word in h["subject"].split():
        if line and subject.getlength(f"{line} {word}") > w - 60:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    top = 60 + 34 * len(lines) + 90
    canvas = Image.new("RGB", (w, top + body.height), style["paper"])
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, w, 44), fill=(242, 244, 248))
    draw.line((20, 22, 40, 22), fill=soft, width=3)
    draw.line((20, 22, 29, 13), fill=soft, width=3)
    draw.line((20, 22, 29, 31), fill=soft, width=3)
    for i, text in enumerate(lines):
        draw.text((30, 58 + 34 * i), text, font=subject, fill=ink)
    y = 60 + 34 * len(lines) + 14
    draw.ellipse((30, y, 72, y + 42), fill=(200, 60, 60))
    sender = h["from"].split(" <")[0]
    draw.text((46, y + 8), sender[0], font=load_font(font, 22), fill=(255, 255, 255))
    draw.text((86, y), h["from"], font=load_font(font, 16), fill=ink)
    draw.text((86, y + 22), f"to me  {h['sent']}", font=load_font(font, 15), fill=soft)
    draw.line((20, top - 8, w - 20, top - 8), fill=soft, width=1)
    canvas.paste(body, (0, top))
    return canvas


def _browser(body: Image.Image, font: str, style: dict) -> Image.Image:
    h = style["h106"]
    w = body.width
    top = 58
    canvas = Image.new("RGB", (w, top + body.height), (235, 237, 241))
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((70, 12, w - 16, 46), radius=17, fill=(255, 255, 255), outline=(205, 208, 214))
    # a padlock, drawn
    draw.rectangle((84, 26, 96, 36), fill=(90, 94, 102))
    draw.arc((85, 18, 95, 30), 180, 360, fill=(90, 94, 102), width=2)
    draw.text((106, 19), h["url"], font=load_font(font, 16), fill=(60, 64, 72))
    draw.line((18, 29, 34, 29), fill=(90, 94, 102), width=2)
    draw.line((18, 29, 25, 22), fill=(90, 94, 102), width=2)
    draw.line((18, 29, 25, 36), fill=(90, 94, 102), width=2)
    canvas.paste(body, (0, top))
    return canvas


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The page's rows as ``heldout14_render.render`` draws them, inside the frame ``style["h106"]`` names: a
    phone (status bar, app bar, buttons), a crop (the rows alone), the phone under a notification shade, an e-mail
    client, a browser; a messages app is drawn from the message's text."""
    kind = style["h106"]["frame"]
    if kind == "sms":
        return _sms(font, style)
    body = PLAIN(rows, font, style)
    if kind == "crop":
        return body
    if kind == "phone":
        return _phone(body, font, style)
    if kind == "shade":
        return _shade(_phone(body, font, style), font, style)
    if kind == "mail":
        return _mail(body, font, style)
    return _browser(body, font, style)

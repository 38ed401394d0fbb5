"""The twelve heldout159 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a sports goods store and sports academy's day in 2026 in Mysuru (Boundary Line Sports,
the shop on Sayyaji Rao Road, run by Boundary Line Sports LLP; Boundary Line Sports Academy, its cricket nets and
badminton courts in Vijayanagar 2nd Stage, and Boundary Line Turf, its football turf in Bogadi 2nd Stage, both run by
Boundary Line Academy Pvt Ltd), told by the proofs of payment it receives and makes: parents' and players' UPI for
coaching fees and slots, players' turf and court bookings through Playo, Hudle, KheloMore and TurfTown and those
apps' payouts to the venue, the shop's card terminal slips (a bank EMI and a surcharged slip on two), the academy's
and the shop's own paper (fee, camp and kit receipts, a corporate turf bill net of TDS, a cheque returned and one
awaiting realisation, a refund voucher), the equipment suppliers' and contractors' bills, the business's transfers
from its business banking, the coaches' and staff's pay (vouchers, the coaches' bills, payouts dashboards and apps),
tournament entry fees paid and received, the sports federations' and associations' fees, the sponsors' money, the
bank's SMS and e-mail alerts of the business's debits, and the venue's running costs (floodlight electricity through
Bharat Connect, a ground's lease rent, broadband, and the coaching software in US dollars, euros, pounds and rupees).
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, students', parents' and players' names, batches, terms, slots and the days they are
played on, courts, venue, partner and player ids, booking periods, gross values, commissions, fees, discounts, TDS,
TCS and GST lines, balances payable at the venue, cheque numbers and days, bills' and dues' days, plans and periods,
registration, affiliation and licence numbers, UMRNs, GSTIN, IFSC, PAN, MID, TID, batch and the payer's own details
carry no fact. ``compose`` is heldout158's (heldout156's: heldout121's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, screen
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, slip_page
from bench.receipt_sets.heldout152_families import fx, pan, right
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

CITY, STATE, STATE_CODE = "Mysuru", "Karnataka", "29"
STORE_FIRM = "Boundary Line Sports LLP"
ACAD_FIRM = "Boundary Line Academy Pvt Ltd"
# the business's three places: its trade name, the firm that runs it, its locality, its short locality, PIN code
STORE, ACADEMY, TURF = range(3)
UNITS = [
    ("Boundary Line Sports", STORE_FIRM, "Sayyaji Rao Road", "Sayyaji Rao Road", "570001"),
    ("Boundary Line Sports Academy", ACAD_FIRM, "Vijayanagar 2nd Stage", "Vijayanagar", "570017"),
    ("Boundary Line Turf", ACAD_FIRM, "Bogadi 2nd Stage", "Bogadi", "570026"),
]
SLUGS = ["boundarylinesports", "boundarylineacademy", "boundarylineturf"]
# students and a parent of each (the parent pays)
STUDENTS = [
    ("Aarav Hegde", "Prakash Hegde"),
    ("Samarth Gowda", "Sunitha Gowda"),
    ("Diya Shetty", "Ramesh Shetty"),
    ("Rohan Nayak", "Vidya Nayak"),
    ("Tanvi Kulkarni", "Girish Kulkarni"),
    ("Ishaan Urs", "Lakshmi Urs"),
    ("Meghana Rao", "Srinivas Rao"),
    ("Vihaan Acharya", "Deepa Acharya"),
    ("Kavya Madappa", "Ponnappa Madappa"),
    ("Nidhi Poonacha", "Anitha Poonacha"),
    ("Mohammed Zaid", "Imran Pasha"),
    ("Chirag Jain", "Mahaveer Jain"),
]
PLAYERS = [
    "Karthik Ramesh",
    "Abhishek Gowda",
    "Sneha Prabhu",
    "Pranav Bhat",
    "Naveen Kumar M.",
    "Rakshith Shetty",
    "Yashas Raj",
    "Arpitha S.",
    "Suhas Kashyap",
    "Manoj Devaiah",
]
BATCHES = [
    "Cricket U-14 (morning)",
    "Cricket U-16 (evening)",
    "Badminton beginners (evening)",
    "Badminton advanced",
    "Football U-12 (weekend)",
    "Football U-16",
    "Fitness & conditioning",
    "Cricket - girls' batch",
]
# the coaches and staff: name, role, qualification
COACHES = [
    ("Raghavendra Urs", "Head coach - cricket", "BCCI Level B coach"),
    ("Mohammed Irfan Pasha", "Fast bowling coach", "BCCI Level A coach"),
    ("Shwetha Gowda", "Badminton coach", "BAI Level 1 coach"),
    ("Kiran Kumar B.", "Badminton coach", "NIS certificate (Badminton)"),
    ("Jerome D'Souza", "Football coach", "AIFF C licence"),
    ("Lalrinpuia Ralte", "Goalkeeping coach", "AIFF D licence"),
    ("Nithin Prabhu", "Strength & conditioning coach", "NSCA-CSCS"),
    ("Dr. Ananya Bhat", "Sports physiotherapist", "MPT (Sports)"),
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Canara Bank",
    "Bank of Baroda",
    "Karnataka Bank",
    "Union Bank of India",
]
IFSC_HEADS = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "Karnataka Bank": "KARB",
    "Union Bank of India": "UBIN",
}
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
    "%Y-%m-%d",
]
REFUND = [
    "If money was debited, it will be refunded to your account within 3-5 working days.",
    "Any amount deducted will be reversed to your bank account.",
]
WAIT = [
    "Your bank has not confirmed yet. Please do not pay again.",
    "Awaiting confirmation from your bank. We will update you shortly.",
]


def ours(rng: random.Random, unit: int, *, firm: float = 0.2, branch: float = 0.3, caps: float = 0.2) -> str:
    """The business as a payee: a place's trade name, with its short locality on some, the firm that runs it on
    some, in capitals on some."""
    trade, company, _, short, _ = UNITS[unit]
    r = rng.random()
    name = company if r < firm else f"{trade} - {short}" if r < firm + branch else trade
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 500,
        high: float = 40000,
        p_round: float = 0.7,
        unit: int = ACADEMY,
        firm: float = 0.2,
        branch: float = 0.3,
        caps: float = 0.2,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.unit = unit
        self.to = ours(rng, unit, firm=firm, branch=branch, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a slot's, a cheque's, a bill's, a due day): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a fee's, a rent's, a coach's sessions): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def acct_ifsc(rng: random.Random) -> tuple[str, str]:
    """An account (its last digits) and an IFSC of one bank."""
    bank = rng.choice(BANKS)
    return f"XXXXXXXX{digits(rng, 4)}", f"{IFSC_HEADS[bank]}0{digits(rng, 6)}"


def bank_line(rng: random.Random) -> str:
    return f"{rng.choice(BANKS)} A/c XXXXXX{digits(rng, 4)}"


def vpa(rng: random.Random, unit: int) -> str:
    """The business's UPI handle: never the payee's name."""
    return rng.choice(
        [
            f"{SLUGS[unit]}@{rng.choice(['okaxis', 'okhdfcbank', 'ybl', 'icici'])}",
            f"{SLUGS[unit][:12]}.{rng.randrange(1, 99)}@{rng.choice(['oksbi', 'axl', 'kotak'])}",
            f"paytmqr{code(rng, 10, '0123456789abcdefghjkmnpqrstuvwxyz')}@paytm",
        ]
    )


def person_vpa(rng: random.Random, name: str) -> str:
    base = max(("".join(c for c in word if c.isalpha()) for word in name.split()), key=len).lower()[:10]
    return rng.choice(
        [
            f"{base}{rng.randrange(10, 999)}@{rng.choice(['oksbi', 'okaxis', 'ybl', 'ibl', 'okicici'])}",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'paytm', 'axl'])}",
        ]
    )


def letterhead(
    p: Screen,
    name: str,
    line: str,
    address: str,
    kinds: list[str],
    *,
    state: str = STATE_CODE,
    merchant: bool = True,
    gst: bool = True,
) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN and phone (never an id), the document's
    kind."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", line)
    p.add("small", address)
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, state)}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mobile {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def own_head(p: Screen, unit: int, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """One of the business's places on top of its own paper (``name``: the payee as printed)."""
    rng = p.rng
    _, _, locality, _, pin = UNITS[unit]
    line = {
        STORE: rng.choice(["Cricket | Badminton | Football | Fitness", "Sports goods, team kits & repairs"]),
        ACADEMY: rng.choice(
            ["Cricket nets | Badminton courts | Coaching", "Coaching in cricket, badminton & football"]
        ),
        TURF: rng.choice(["5-a-side & 7-a-side football turf", "Floodlit FIFA-grade turf - Box cricket"]),
    }[unit]
    letterhead(
        p,
        name,
        line,
        f"{rng.choice(['No.', '#', 'Site No.'])} {rng.randrange(2, 900)}, {locality}, {CITY} - {pin}",
        kinds,
        merchant=merchant,
    )


def money_of(rng: random.Random, font: str, p_whole: float = 0.3):
    return money(rng, font, p_whole, marks=("\u20b9", "Rs.", "INR", "\u20b9"))


def gst_rows(p: Screen, rs, taxable: float, rate: float, interstate: bool) -> float:
    """GST on ``taxable`` at ``rate`` per cent: IGST, or CGST and SGST at half each; the tax."""
    if interstate:
        tax = round(taxable * rate / 100, 2)
        p.pair(f"IGST @ {rate:g}%", rs(tax))
        return tax
    half = round(taxable * rate / 200, 2)
    p.pair(f"CGST @ {rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {rate / 2:g}%", rs(half))
    return round(2 * half, 2)


def day_row(p: Screen, j: Job, words: dict, pats: list[str] = PATS, *, hour: bool = True) -> None:
    """The day under the status's word (``words``: success / failed / pending labels), none on a page without a
    day."""
    if not j.no_day:
        labelled(p, p.rng.choice(words[j.status]), stamp(p.rng, j.date, pats, hour=hour), date=j.date)


def transfer_ref(p: Screen, j: Job, mode: str, head4: str, *, own: str | None = None) -> None:
    """A transfer's references: an IMPS reference, or an NEFT / RTGS UTR (a bank reference in its place on a page
    without a day: both UTRs spell the day), and the bank's own reference on some (``own``: its label)."""
    rng = p.rng
    if j.no_ref:
        return
    if own and rng.random() < 0.6 and (mode == "IMPS" or not j.no_day):
        bref = f"{rng.choice(['', 'TXN', 'FT'])}{digits(rng, 11)}"
        labelled(p, own, bref, txn=(TXN_RANK if own.startswith("Transaction") else BANK_RANK, bref))
    if mode == "IMPS":
        labelled(p, rng.choice(["IMPS Ref No.", "IMPS Reference No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif j.no_day:
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        labelled(p, rng.choice(["Bank Ref. No.", "Bank Reference No."]), bref, txn=(BANK_RANK, bref))
    else:
        ref = neft_utr(head4, rng, j.date) if mode == "NEFT" else rtgs_utr(head4, rng, j.date)
        labelled(p, rng.choice(["UTR", "UTR No.", f"{mode} UTR"]), ref, txn=(UTR_RANK, ref))


def band_head(p: Screen, title: str, band, dark: bool, subs: list[str]) -> None:
    """An app's title on its band (none on a dark screen) with a line under it: the band is as deep as the title and
    the line, and a gap keeps the next row clear of its edge."""
    p.part = "head"
    banded = bool(band) and not dark
    if banded:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", title)
    if banded or p.rng.random() < 0.5:
        p.add("small", p.rng.choice(subs))
    if banded:
        p.add("gap")


# ---------------------------------------------------------------- 1. parents' and players' UPI


# an app's look: its title, band, words, payee labels (paid; failed or waiting), reference labels, own id label,
# day labels, source labels
APP_LOOK = {
    "Google Pay": (
        "Google Pay",
        None,
        {
            "success": ["Payment successful", "Completed"],
            "failed": ["Payment failed"],
            "pending": ["Processing"],
        },
        (["To", "Paid to"], ["To"]),
        ["UPI transaction ID", "UPI Ref No"],
        "Google transaction ID",
        ["Date & time", "Paid on"],
        ["From", "Paid from"],
    ),
    "PhonePe": (
        "PhonePe",
        (95, 37, 159),
        {
            "success": ["Transaction Successful"],
            "failed": ["Transaction Failed"],
            "pending": ["Transaction Pending"],
        },
        (["Paid to"], ["Paying to"]),
        ["UTR", "UPI Ref. No."],
        "Transaction ID",
        ["Date", "Transaction date"],
        ["Debited from"],
    ),
    "Paytm": (
        "Paytm",
        (0, 46, 110),
        {"success": ["Paid Successfully"], "failed": ["Payment Failed"], "pending": ["Payment Pending"]},
        (["To", "Paid to"], ["To"]),
        ["UPI Ref. No.", "UPI Reference No."],
        None,
        ["Date & Time", "Paid at"],
        ["From", "Paid from"],
    ),
    "BHIM": (
        "BHIM",
        (236, 114, 36),
        {
            "success": ["Transaction successful"],
            "failed": ["Transaction failed"],
            "pending": ["Transaction pending"],
        },
        (["Paid to", "To"], ["To"]),
        ["UPI Transaction ID", "UPI Ref No"],
        None,
        ["Transaction date", "Date"],
        ["Debited from", "From account"],
    ),
    "CRED": (
        "CRED",
        None,
        {"success": ["payment successful"], "failed": ["payment failed"], "pending": ["payment in progress"]},
        (["paid to", "to"], ["to"]),
        ["UPI ref no", "UTR"],
        "CRED txn id",
        ["paid on", "date"],
        ["paid via", "from"],
    ),
    "Amazon Pay": (
        "Amazon Pay",
        (35, 47, 62),
        {"success": ["Payment successful"], "failed": ["Payment failed"], "pending": ["Payment pending"]},
        (["Paid to", "To"], ["To"]),
        ["UPI transaction ID", "UPI Ref No."],
        None,
        ["Paid on", "Date"],
        ["Paid from"],
    ),
    "Navi": (
        "Navi UPI",
        (27, 38, 94),
        {
            "success": ["Payment successful"],
            "failed": ["Payment failed"],
            "pending": ["Payment pending at bank"],
        },
        (["Paid to", "Sent to"], ["Paying to"]),
        ["UPI Ref No", "UTR number"],
        "Transaction ID",
        ["Date & time"],
        ["Debited from"],
    ),
    "WhatsApp": (
        "Payment details",
        None,
        {"success": ["Payment successful"], "failed": ["Payment failed"], "pending": ["Payment processing"]},
        (["To", "Payment to"], ["Payment to"]),
        ["UPI transaction ID"],
        None,
        ["Date"],
        ["From", "Bank account"],
    ),
}
FAIL_DAY = ["Failed on", "Attempted on"]
WAIT_DAY = ["Initiated on", "Started on"]


def own_app_id(rng: random.Random, app: str, date: dt.date) -> str:
    """The app's own transaction id (PhonePe's spells the day)."""
    if app == "Google Pay":
        return "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if app == "PhonePe":
        return f"T{date:%y%m%d}{rng.randrange(6, 23):02d}{rng.randrange(60):02d}{digits(rng, 13)}"
    if app == "CRED":
        return code(rng, 3, UPPER) + digits(rng, 15)
    return "N" + digits(rng, 17)


def upi_page(
    rng: random.Random, font: str, k: int, app: str, j: Job, handle: str, note: str | None, payer: str
) -> Screen:
    """A UPI app's result screen paying ``j.to``: the app's band or title, the outcome (a tick on some), the sum
    large, the payee under the app's label over its handle, a failure's or a wait's sentence, the UPI reference and
    the app's own id on some (none on a page without a reference; no PhonePe id on a page without a day), the day
    under its label, the account debited, the payer and a note on most."""
    title, band, words, to_labels, ref_labels, own_label, day_labels, from_labels = APP_LOOK[app]
    dark = app == "CRED" or rng.random() < 0.25
    p = screen(
        rng,
        font,
        "phone",
        dark=dark,
        width=rng.choice([600, 640]),
        title=rng.choice(["", "Payment status", "Transaction details"]),
        buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]),
    )
    phone_frame(p, k, banner_at=3)
    rs = money(rng, font, 0.6)
    band_head(p, title, band, dark, ["UPI payment", "Pay to merchant", "Scan & pay"])
    p.part = "outcome"
    outcome_row(p, j.status, words)
    p.part = "amount"
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "payee"
    lab = rng.choice(to_labels[0] if j.status == "success" else to_labels[1])
    if rng.random() < 0.5 and fits(p, "center", f"{lab} {j.to}"):
        p.add("center", f"{lab} {j.to}", merchant=j.to)
    else:
        p.add("small", lab)
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice([handle, f"UPI ID: {handle}", f"VPA: {handle}"]), method="UPI")
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    if not j.no_ref:
        rows = [(rng.choice(ref_labels), j.ref, (UTR_RANK, j.ref))]
        if own_label and rng.random() < 0.65 and not (app == "PhonePe" and j.no_day):
            own = own_app_id(rng, app, j.date)
            rows.insert(rng.randrange(2), (own_label, own, (TXN_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        label = rng.choice({"success": day_labels, "failed": FAIL_DAY, "pending": WAIT_DAY}[j.status])
        labelled(p, label, stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(from_labels), f"{rng.choice(BANKS)} {masked(rng, font)}")
    if rng.random() < 0.4:
        wrap_pair(p, "Payer", payer)
    if note:
        wrap_pair(p, rng.choice(["Note", "Message", "Remarks"]), note)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Powered by UPI", "View history  |  Help", "Share  |  Done", "BHIM | NPCI"]))
    return p


FEE_APPS = ["Google Pay", "PhonePe", "Paytm", "BHIM", "CRED", "Amazon Pay", "Navi", "WhatsApp"]
# a note, the place paid, the usual sums ({first}: the student's first name, {mon}: a fee's month)
FEE_NOTES = [
    ("{first} cricket fee {mon}", ACADEMY, [3000, 3500, 4000, 4500]),
    ("Cricket U-14 quarterly fee", ACADEMY, [9000, 10500, 12000]),
    ("Badminton fee - {first}", ACADEMY, [2200, 2500, 2800]),
    ("{first} football {mon}", ACADEMY, [1800, 2000, 2400]),
    ("Summer camp - {first}", ACADEMY, [4500, 5500, 6000]),
    ("Turf 7-8 pm booking", TURF, [1200, 1500, 1800, 2000]),
    ("Nets lane 2 - 1 hr", ACADEMY, [600, 700, 800]),
    ("Admission + kit {first}", ACADEMY, [6500, 7500, 8200]),
    ("Box cricket - Sunday", TURF, [1600, 2200, 2500]),
    ("Badminton court 6-7 am", ACADEMY, [400, 500, 600]),
]


def fee_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A parent or a player paying the academy or the turf from a UPI app (Google Pay, PhonePe, Paytm, BHIM, CRED,
    Amazon Pay, Navi UPI, WhatsApp; ``upi_page``): the academy or the turf (a trade name, with its locality, or the
    firm, in capitals on some) under To / Paid to / Sent to (Paying to / Payment to on the failure and the wait), a
    Note / Message / Remarks (Aarav cricket fee Jun, Turf 7-8 pm booking) on most, the payer on some."""
    k = place("fee_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    note, unit, sums = rng.choice(FEE_NOTES)
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, unit=unit, firm=0.2, branch=0.35, caps=0.25)
    j.amount = float(rng.choice(sums))
    student, parent = rng.choice(STUDENTS)
    if j.no_day:
        note = note.replace(" {mon}", "")
    note = note.format(first=student.split()[0], mon=when(j.date, "%b"))
    payer = parent if unit == ACADEMY else rng.choice(PLAYERS)
    p = upi_page(rng, font, k, FEE_APPS[k], j, vpa(rng, unit), note if rng.random() < 0.85 else None, payer)
    return p.done()


# ---------------------------------------------------------------- 2. turf and court bookings through apps


# whose page (a player's booking or the app's payout to the venue), the app, the frame
BOOK_PAGES = [
    ("player", "Playo", "phone"),
    ("player", "Hudle", "phone"),
    ("payout", "KheloMore", "mail"),
    ("payout", "Playo", "phone"),
    ("player", "Hudle", "browser"),
    ("player", "TurfTown", "phone"),
    ("payout", "Hudle", "browser"),
    ("player", "Playo", "mail"),
]
BOOK_APPS = {
    # band, site, its line
    "Playo": ((18, 160, 98), "playo.co", "Find players & venues near you"),
    "Hudle": ((236, 88, 34), "hudle.in", "Book sports venues instantly"),
    "KheloMore": ((200, 30, 45), "khelomore.com", "Play more. Book venues, coaches & events"),
    "TurfTown": ((20, 40, 90), "turftown.in", "Book turfs near you"),
}
# sport, the place, court, slot price range for an hour
SPORTS = [
    ("Football (5-a-side)", TURF, ["Pitch A", "Pitch B", "Main turf"], 1200, 2200),
    ("Football (7-a-side)", TURF, ["Main turf (7s)"], 2400, 3600),
    ("Box cricket", TURF, ["Box arena", "Pitch B"], 1500, 2500),
    ("Badminton", ACADEMY, ["Court 1 (wooden)", "Court 3 (synthetic mat)", "Court 4"], 400, 700),
    ("Cricket nets", ACADEMY, ["Lane 2 (turf wicket)", "Lane 4 (cement)", "Bowling machine lane"], 600, 1100),
]
SLOTS = [
    "6:00 AM - 7:00 AM",
    "7:00 AM - 8:00 AM",
    "5:00 PM - 6:00 PM",
    "7:00 PM - 8:00 PM",
    "9:00 PM - 10:00 PM",
]


def booking_page(
    rng: random.Random, font: str, k: int, app: str, frame: str, j: Job
) -> tuple[list, dict, dict]:
    """A player's booking of a slot at the turf or the academy's courts through a booking app (Playo's and
    TurfTown's app and Playo's e-mail, Hudle's app and web page): the app on top or on its band, Booking confirmed /
    Payment failed - slot released / Payment pending - slot on hold, the sum paid large, the venue under Venue /
    Booked at / Venue name (the payee), its locality, the sport, the court, the slot (its day never the payment's),
    Booked by, Slot price / Court price / Turf fee, Convenience fee and GST on it, an offer's discount on some, Total
    paid / Amount paid; on the advance booking Advance paid online (n%) and Payable at venue (no fact); Paid via (UPI
    or a card), Booking ID, Payment ID / Transaction ID, UPI Ref No / Bank Ref No., Booked on / Paid on / Attempted
    on / Initiated on."""
    band, site, line = BOOK_APPS[app]
    if frame == "phone":
        dark = rng.random() < 0.25
        p = screen(
            rng,
            font,
            "phone",
            dark=dark,
            width=rng.choice([600, 640]),
            title=rng.choice(["", "Booking details", "My bookings"]),
            buttons=rng.choice([("Directions", "Share"), ("View ticket",), ()]),
        )
        phone_frame(p, k)
        band_head(p, app, band, dark, [line])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{app} <{rng.choice(['bookings', 'noreply', 'support'])}@{site}>",
            ["Your booking is confirmed", f"Booking confirmed at {UNITS[j.unit][0]}", "Your game is on!"],
        )
        p.part = "head"
        top(p, app)
        p.add("small", line)
    else:
        p = browser_page(rng, font, f"{site}/booking/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, app)
        p.add("small", line)
    rs = money_of(rng, font, 0.5)
    sport, _, courts, lo, hi = rng.choice([s for s in SPORTS if s[1] == j.unit])
    price = float(whole(rng.uniform(lo, hi), 50))
    advance = k == 0
    fee = (
        float(rng.choice([25, 30, 35, 49]))
        if rng.random() < 0.5
        else round(price * rng.choice([0.02, 0.025]), 2)
    )
    paid_now = float(whole(price * 0.25, 10)) if advance else price
    fee_gst = round(fee * 0.18, 2)
    off = float(rng.choice([50, 75, 100, 150])) if not advance and rng.random() < 0.35 else 0.0
    total = round(paid_now + fee + fee_gst - off, 2)
    j.amount = total
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Booking confirmed", "Booking successful", "Slot booked - payment successful"],
            "failed": ["Payment failed - slot released", "Booking failed - payment declined"],
            "pending": ["Payment pending - slot on hold"],
        },
    )
    p.add("big", rs(total), amount=total)
    wrap_pair(p, rng.choice(["Venue", "Booked at", "Venue name"]), j.to, merchant=j.to)
    p.add("small", f"{UNITS[j.unit][2]}, {CITY}")
    p.pair("Sport", sport)
    p.pair(rng.choice(["Court", "Pitch / court", "Facility"]), rng.choice(courts))
    if not j.no_day:
        p.pair("Slot", f"{j.other_day(rng, 1, 9)} | {rng.choice(SLOTS)}")
    else:
        p.pair("Slot", rng.choice(SLOTS))
    wrap_pair(p, rng.choice(["Booked by", "Player"]), rng.choice(PLAYERS))
    p.add("rule")
    p.pair(rng.choice(["Slot price", "Court price", "Turf fee"]), rs(price))
    if advance:
        p.pair("Advance paid online (25%)", rs(paid_now))
        p.pair("Payable at venue", rs(price - paid_now))
    p.pair("Convenience fee", rs(fee))
    p.pair("GST on fee @ 18%", rs(fee_gst))
    if off:
        p.pair(f"Offer ({rng.choice(['PLAY', 'GAME', 'TURF'])}{int(off)})", rs(off, "-"))
    p.pair(rng.choice(["Total paid", "Amount paid"]) if not advance else "Paid online", rs(total))
    way = "UPI" if rng.random() < 0.65 else "card"
    p.pair(
        rng.choice(["Paid via", "Payment mode"]),
        "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
        method=way,
    )
    if not j.no_ref:
        prefix = {"Playo": "PLY", "Hudle": "HDL", "TurfTown": "TT", "KheloMore": "KM"}[app]
        bid = f"{prefix}{digits(rng, 8)}"
        labelled(p, "Booking ID", bid, txn=(ORDER_RANK, bid))
        pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", digits(rng, 12 + rng.randrange(3))])
        if pid.isdigit() and len(pid) == 12:
            pid = "T" + pid
        labelled(p, rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if j.status == "success":
            if way == "UPI":
                labelled(p, rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            elif rng.random() < 0.6:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    day_row(
        p,
        j,
        {"success": ["Booked on", "Paid on"], "failed": ["Attempted on"], "pending": ["Initiated on"]},
    )
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", "The slot is held for 15 minutes while your bank confirms the payment.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Cancel up to 6 hours before the slot for a full refund.", "Carry non-marking shoes."]),
    )
    return p.done()


def venue_payout(
    rng: random.Random, font: str, k: int, app: str, frame: str, j: Job
) -> tuple[list, dict, dict]:
    """A booking app's payout of a week's bookings to the venue (KheloMore's e-mail, the Playo Partner app, Hudle's
    venue dashboard in a browser): the app on top and its line, Payout statement / Settlement summary / Weekly payout
    advice, Payout credited / Settled / Paid / Payout initiated - UTR awaited (the sum large on the app, a Status row
    on the mail), Payout to / Venue partner / Paid to (the payee: the firm or the venue), Venue ID / Partner code,
    Bookings between (no fact), Bookings (n) and the gross, Less: Commission (n%), Less: GST @ 18% on commission, Less:
    TDS u/s 194-O (0.1%), Less: TCS under GST (0.5%) on some, Net payout / Amount credited / Net payable, Bank
    account, Mode NEFT / IMPS, Payout ID, UTR / IMPS Ref No., Credited on / Settled on / Initiated on."""
    band, site, _ = BOOK_APPS[app]
    title = f"{app} Partner" if frame == "phone" else app
    if frame == "phone":
        dark = rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Payouts"]), buttons=())
        phone_frame(p, k)
        band_head(p, title, band, dark, ["Venue partner payouts", "Payouts"])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{app} Partner Payouts <{rng.choice(['payouts', 'venue.settlements'])}@{site}>",
            ["Your weekly payout", "Payout advice - venue bookings", "Settlement summary"],
        )
        p.part = "head"
        top(p, app)
        p.add("small", "Venue partner payouts")
    else:
        p = browser_page(rng, font, f"partner.{site}/payouts/{code(rng, 8, MIXED)}")
        p.part = "head"
        top(p, app)
        p.add("small", "Venue dashboard - payouts")
    rs = money_of(rng, font, 0.2)
    words = {
        "success": ["Payout credited", "Settled", "Paid"],
        "failed": ["Payout failed - bank account inactive"],
        "pending": ["Payout initiated - UTR awaited"],
    }
    if frame != "phone":
        p.add("center", rng.choice(["Payout statement", "Settlement summary", "Weekly payout advice"]))
        p.add("rule")
    p.part = "body"
    n = rng.randrange(18, 70)
    gross = round(n * rng.choice([1400.0, 1650.0, 1800.0, 2100.0]) + rng.choice([0.0, 850.0, 1200.0]), 2)
    pct = rng.choice([8, 10, 12])
    comm = round(gross * pct / 100, 2)
    gst = round(comm * 0.18, 2)
    tds = round(gross * 0.001, 2)
    tcs = round(gross / 1.18 * 0.005, 2) if rng.random() < 0.6 else 0.0
    net = round(gross - comm - gst - tds - tcs, 2)
    j.amount = net
    if frame != "mail":
        outcome_row(p, j.status, words)
    if frame == "phone":
        p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Payout to", "Venue partner", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Venue ID", "Partner code"]), f"{app[:2].upper()}V{digits(rng, 6)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.randrange(3, 6) + 7)
        p.pair(
            "Bookings between", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b %Y')}"
        )
    p.pair(f"Bookings ({n})", rs(gross))
    p.pair(f"Less: Commission ({pct}%)", rs(comm))
    p.pair("Less: GST @ 18% on commission", rs(gst))
    p.pair("Less: TDS u/s 194-O (0.1%)", rs(tds))
    if tcs:
        p.pair("Less: TCS under GST (0.5%)", rs(tcs))
    if frame != "phone":
        p.pair(rng.choice(["Net payout", "Amount credited", "Net payable"]), rs(net), amount=net)
    p.pair("Bank account", bank_line(rng))
    mode = "IMPS" if frame == "phone" else rng.choice(["NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        po = f"{app[:3].upper()}PO{digits(rng, 9)}"
        labelled(p, "Payout ID", po, txn=(TXN_RANK, po))
        if j.status == "success":
            transfer_ref(p, j, mode, rng.choice(["HDFC", "ICIC", "UTIB", "YESB"]))
    day_row(
        p,
        j,
        {"success": ["Credited on", "Settled on"], "failed": ["Failed on"], "pending": ["Initiated on"]},
        hour=frame == "browser",
    )
    if frame == "mail":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add("small", "The UTR appears here once the bank confirms the credit.")
    p.part = "foot"
    p.add(
        "small", rng.choice(["This is a system generated statement.", f"Questions? Write to partners@{site}"])
    )
    return p.done()


def court_bookings(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A slot at the turf or the academy's courts booked through an app: five players' bookings (``booking_page``:
    Playo's app and e-mail, Hudle's app and web page, TurfTown's app) and three payouts of the week's bookings to the
    venue (``venue_payout``: KheloMore's e-mail, the Playo Partner app, Hudle's venue dashboard)."""
    k = place("court_bookings")
    status = outcome(k, failed=(1,), pending=(6,))
    side, app, frame = BOOK_PAGES[k]
    unit = TURF if side == "payout" or rng.random() < 0.6 else ACADEMY
    j = Job(
        rng,
        status,
        no_ref=k == 4,
        no_day=k == 3,
        unit=unit,
        firm=0.45 if side == "payout" else 0.0,
        branch=0.3,
        caps=0.15,
    )
    if side == "payout":
        return venue_payout(rng, font, k, app, frame, j)
    return booking_page(rng, font, k, app, frame, j)


# ---------------------------------------------------------------- 3. the shop's card terminal slips


SLIP_MAKERS = [
    "PINE LABS",
    "PAYTM",
    "RAZORPAY POS",
    "HDFC BANK",
    "MSWIPE",
    "ICICI BANK",
    "PHONEPE",
    "WORLDLINE",
]
SLIP_KINDS = ["chip", "qr", "tap", "swipe", "chip", "bankemi", "chip", "surcharge"]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d.%m.%Y", "%d%b%y", "%Y-%m-%d"]
SLIP_DECLINES = ["51 INSUFFICIENT FUNDS", "55 INCORRECT PIN", "05 DO NOT HONOUR", "54 EXPIRED CARD"]
SLIP_ISSUERS = ["HDFC BANK CREDIT CARD", "SBI CARD", "ICICI BANK CREDIT CARD", "AXIS BANK CREDIT CARD"]
# retail prices of what the shop sells (the slip prints none of them)
SHOP_PRICES = [1299, 1899, 2499, 2999, 3499, 4599, 5999, 7499, 8999, 12499, 15999, 18500]


def store_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's card terminal slip at the counter (Pine Labs, Paytm, Razorpay POS, HDFC Bank, Mswipe, ICICI Bank,
    PhonePe, Worldline; monospace): the maker on top on some, the shop in capitals (BOUNDARY LINE SPORTS, with
    MYSURU, or the firm), its street and town, SALE / CARD SALE / EMI SALE / UPI SALE, DATE: and TIME: or DT:
    TM: on one row or TXN DATE:, MID:, TID:, BATCH NO:, INVOICE NO: / BILL NO:, CARD NO:, CARD TYPE:, EXP: XX/XX,
    ENTRY: CHIP / CONTACTLESS / SWIPE, AID: on some, APPR CODE: / AUTH CODE: and RRN: / REF NO: on the approved; the
    UPI slip's MODE: UPI - DYNAMIC QR, PAYER VPA:, UPI TXN ID: and UPI RRN:; the bank EMI slip's ISSUER:, TENURE:,
    INTEREST RATE:, SALE AMT:, EMI AMT:, TOTAL AMT PAYABLE: and "PROCESSING FEE AS PER BANK"; the surcharged slip's
    BASE AMT:, CONV FEE (1.50%):, GST ON FEE:, TOTAL AMT:; AMOUNT: / SALE AMT: / TOTAL: on the rest (INR, RS, Rs. or
    none); APPROVED / TXN APPROVED / DECLINED with RESP CODE: 51 INSUFFICIENT FUNDS / UPI TXN PENDING with "CHECK
    STATUS BEFORE HANDING OVER GOODS"."""
    k = place("store_card")
    status = outcome(k, failed=(4,), pending=(1,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, unit=STORE)
    count = rng.choice([1, 1, 2, 3])
    j.amount = float(sum(rng.sample(SHOP_PRICES, count)))
    p = slip_page(rng, font)
    roll = rng.random()
    name = (
        STORE_FIRM.upper()
        if roll < 0.25
        else f"BOUNDARY LINE SPORTS {CITY.upper()}"
        if roll < 0.5
        else ("BOUNDARY LINE SPORTS")
    )
    if not fits(p, "center", name):
        name = "BOUNDARY LINE SPORTS"
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    street = f"SAYYAJI RAO ROAD, {CITY.upper()}"
    p.add("center", street if fits(p, "center", street) else CITY.upper())
    p.add(
        "center",
        {"bankemi": "EMI SALE", "qr": "UPI SALE"}.get(kind, rng.choice(["SALE", "CARD SALE"])),
    )
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TM:"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        one = f"DT:{text}  TM:{clock}"
        form = rng.random()
        if form < 0.35 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.75:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
        else:
            p.pair("TXN DATE:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 9999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    if kind == "qr":
        p.pair("MODE:", "UPI - DYNAMIC QR", method="UPI")
        p.pair("PAYER VPA:", person_vpa(rng, rng.choice(PLAYERS)))
        if not j.no_ref:
            qid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
            p.pair("UPI TXN ID:", qid, txn=(TXN_RANK, qid))
            p.pair("UPI RRN:", j.ref, txn=(UTR_RANK, j.ref))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"] if kind != "bankemi" else ["VISA", "MASTERCARD"])
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", f"{net} {rng.choice(['CREDIT', 'DEBIT'] if kind != 'bankemi' else ['CREDIT'])}")
        p.pair("EXP:", "XX/XX")
        p.pair("ENTRY:", {"tap": "CONTACTLESS", "swipe": "SWIPE"}.get(kind, "CHIP"))
        if rng.random() < 0.4:
            p.pair("AID:", rng.choice(["A0000000031010", "A0000000041010", "A0000005241010"]))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if kind == "bankemi":
        j.amount = float(rng.choice([42999, 54999, 64500, 78999]))
        tenure, rate = rng.choice([6, 9, 12]), rng.choice([14.0, 15.0, 16.0])
        r = rate / 1200
        monthly = round(j.amount * r * (1 + r) ** tenure / ((1 + r) ** tenure - 1), 2)
        p.pair("ISSUER:", rng.choice(SLIP_ISSUERS))
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("INTEREST RATE:", f"{rate:.2f}% P.A.")
        p.pair("SALE AMT:", amt(j.amount), amount=j.amount)
        p.pair("EMI AMT:", amt(monthly))
        p.pair("TOTAL AMT PAYABLE:", amt(round(monthly * tenure, 2)))
        p.add("small", "PROCESSING FEE AS PER BANK")
    elif kind == "surcharge":
        base = j.amount
        fee = round(base * 0.015, 2)
        fee_gst = round(fee * 0.18, 2)
        total = round(base + fee + fee_gst, 2)
        j.amount = total
        p.pair("BASE AMT:", amt(base))
        p.pair("CONV FEE (1.50%):", amt(fee))
        p.pair("GST ON FEE:", amt(fee_gst))
        p.pair("TOTAL AMT:", amt(total), amount=total)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    p.add(
        "center",
        {
            "success": rng.choice(["APPROVED", "TXN APPROVED"]),
            "failed": "DECLINED",
            "pending": "UPI TXN PENDING",
        }[status],
        status=status,
    )
    if status == "failed":
        p.add("center", f"RESP CODE: {rng.choice(SLIP_DECLINES)}")
    elif status == "pending":
        p.add("small", "CHECK STATUS BEFORE HANDING OVER GOODS")
    p.part = "foot"
    if status == "success" and kind == "swipe":
        p.add("small", "SIGN ______________________")
    elif status == "success" and kind != "qr":
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "CUSTOMER COPY", "THANK YOU - PLAY HARD!"]))
    return p.done()


# ---------------------------------------------------------------- 4. the academy's and the shop's own paper


STORE_ITEMS = [
    ("Kashmir willow bat (SH)", 1850, 3200),
    ("English willow bat - Grade 3", 7800, 11500),
    ("Batting pads (youth)", 1450, 2200),
    ("Batting gloves", 950, 1600),
    ("Helmet - titanium grille", 2600, 4200),
    ("Kit bag - wheelie", 2200, 3800),
    ("Badminton racquet (strung)", 2100, 2900),
    ("Shuttle tube - nylon (6)", 1050, 1200),
    ("Football - size 5", 850, 1900),
    ("Shin guards", 450, 900),
    ("Goalkeeper gloves", 1200, 2600),
    ("Leather ball - 4 piece", 650, 1100),
]
CLIENTS = [
    ("Kaveri Infotech Pvt Ltd", "Hebbal Industrial Area"),
    ("Chamundi Software Labs LLP", "Metagalli"),
    ("Mysore Precision Castings Ltd", "Hootagalli KIADB"),
    ("Sahyadri Insurance Brokers Pvt Ltd", "Kuvempunagar"),
]
RECEIVED_WAY = {
    "UPI": ["UPI", "UPI (academy QR)", "UPI - PhonePe"],
    "cash": ["Cash", "Cash at front office"],
    "NEFT": ["NEFT"],
}
PAID_WAY = {"UPI": ["UPI", "UPI - Google Pay", "BHIM UPI"], "cash": ["Cash"], "NEFT": ["NEFT"]}


def pay_rows(p: Screen, j: Job, way: str, *, paying: bool = False) -> None:
    """How a receipt was paid and its reference (``paying``: the business paying, else its desk receiving): a UPI
    reference, an NEFT UTR (a bank reference in its place on a page without a day), a card's auth code and RRN; none
    for cash."""
    rng = p.rng
    if way == "card":
        p.pair(
            rng.choice(["Mode", "Paid by"]),
            f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, p.font)}",
            method="card",
        )
    else:
        p.pair(
            rng.choice(["Mode", "Paid by"] if paying else ["Mode", "Received by", "Paid by"]),
            rng.choice((PAID_WAY if paying else RECEIVED_WAY)[way]),
            method="netbanking" if way == "NEFT" else way,
        )
    if j.no_ref:
        return
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT":
        transfer_ref(p, j, "NEFT", rng.choice(["HDFC", "ICIC", "SBIN", "KARB"]))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.6:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def doc_number(rng: random.Random, j: Job, prefix: str) -> str:
    return rng.choice(
        [f"{prefix}/{j.year()}{rng.randrange(1, 9999):04d}", f"{prefix}-{rng.randrange(100, 99999)}"]
    )


def closing(
    p: Screen, j: Job, word: str, status: str, head_line: str, *, signer: str = "Authorised signatory"
):
    """A paper's close: the word in a row, the signer, the business's rubber stamp with the day (none on a page
    without a day)."""
    rng = p.rng
    p.add("center", word, status=status)
    p.part = "foot"
    right(p, signer)
    seal(
        p,
        head_line,
        rng.choice(["ACCOUNTS", "FRONT OFFICE"]),
        None if j.no_day else j.date,
        word.split(" - ")[0],
    )


def academy_paper(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy's, the turf's and the shop's own paper (serif; the place on top as the payee, in capitals on
    some, its line, address, GSTIN and phone): a FEE RECEIPT / COACHING FEE RECEIPT (Receipt No., Date, Student,
    Parent / Received from, Batch, Term (no fact), Coaching fee (n months x rate), Ground & ball charges, CGST and
    SGST @ 9%, Total, Amount received, UPI), a SUMMER CAMP - ADMISSION CUM FEE RECEIPT (cash, no day), an INSTALMENT
    RECEIPT - ANNUAL COACHING (Instalment 2 of 3, Cheque amount, Cheque No., Chq. dt., Drawn on, Return reason;
    CHEQUE RETURNED UNPAID), the shop's TAX INVOICE / TAX INVOICE CUM RECEIPT (Invoice No., Customer, the kit n x
    rate, Taxable value, CGST and SGST @ 2.5%, Round off, Invoice total, Amount received, a card's auth code and RRN),
    the turf's TAX INVOICE CUM RECEIPT - TURF HIRE to a company (Bill to M/s, GSTIN of client, Corporate league slots
    n x rate, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194C @ 2%, Net amount received, NEFT and its UTR), an
    ANNUAL FEE RECEIPT by cheque (CHEQUE RECEIVED - SUBJECT TO REALISATION), a WEEKEND CLINIC RECEIPT (cash, no
    number) and a REFUND VOUCHER to a parent (Refund to the payee, Reason, Fee paid for the term, Less: Sessions
    attended, Less: Kit issued, Refund amount, UPI or NEFT; REFUNDED); the sum in words, the word in a row and in the
    rubber stamp."""
    k = place("academy_paper")
    status = outcome(k, failed=(2,), pending=(5,))
    unit = {3: STORE, 4: TURF}.get(k, ACADEMY)
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, unit=unit, firm=0.25, branch=0.25, caps=0.3)
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.35)
    student, parent = rng.choice(STUDENTS)
    batch = rng.choice(BATCHES)
    head_line = UNITS[unit][0]
    if k == 0:
        own_head(p, unit, j.to, ["FEE RECEIPT", "COACHING FEE RECEIPT"])
        labelled(
            p,
            rng.choice(["Receipt No.", "Rcpt. No."]),
            no := doc_number(rng, j, "BLA"),
            txn=(INVOICE_RANK, no),
        )
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Student", student)
        wrap_pair(p, rng.choice(["Parent", "Received from"]), parent)
        wrap_pair(p, "Batch", batch)
        p.pair("Term", f"{j.month()} to {when(j.date + dt.timedelta(days=62), '%B %Y')}")
        months, rate = 3, float(rng.choice([2500, 3000, 3500]))
        fee = months * rate
        extra = float(rng.choice([0, 600, 900]))
        item_row(p, "Coaching fee", f"{months} x {num(rate, 'indian', 0)}", rs(fee))
        if extra:
            item_row(p, "Ground & ball charges", "", rs(extra))
        taxable = fee + extra
        tax = gst_rows(p, rs, taxable, 18, False)
        total = round(taxable + tax, 2)
        p.pair("Total", rs(total))
        j.amount = total
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.add("small", words_in_rupees(total))
        pay_rows(p, j, "UPI")
        closing(p, j, "RECEIVED WITH THANKS", status, head_line)
    elif k == 1:
        own_head(p, unit, j.to, ["SUMMER CAMP - ADMISSION CUM FEE RECEIPT"])
        no = f"SC-{rng.randrange(100, 999)}"
        p.pair("Rcpt. No.", no, txn=(INVOICE_RANK, no))
        wrap_pair(p, "Camper", student)
        p.pair("Age group", rng.choice(["U-10", "U-12", "U-14"]))
        p.pair("Sport", rng.choice(["Cricket", "Badminton", "Football"]))
        p.pair("Camp", rng.choice(["4 weeks, 7-10 AM", "3 weeks, 4-7 PM"]))
        fee = float(rng.choice([4500, 5000, 5500]))
        kit = float(rng.choice([0, 650, 800]))
        item_row(p, "Camp fee", "", rs(fee))
        if kit:
            item_row(p, "T-shirt & cap", "", rs(kit))
        total = fee + kit
        j.amount = total
        p.pair("Amount received", rs(total), amount=total)
        p.add("small", words_in_rupees(total))
        p.pair("Received from", parent)
        pay_rows(p, j, "cash")
        closing(p, j, "PAID", status, head_line)
    elif k in (2, 5):
        own_head(
            p, unit, j.to, ["INSTALMENT RECEIPT - ANNUAL COACHING"] if k == 2 else ["ANNUAL FEE RECEIPT"]
        )
        labelled(p, "Receipt No.", no := doc_number(rng, j, "BLA"), txn=(INVOICE_RANK, no))
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
        wrap_pair(p, "Student", student)
        wrap_pair(p, "Received from", parent)
        wrap_pair(p, "Batch", batch)
        annual = float(rng.choice([28000, 32000, 36000, 42000]))
        p.pair("Annual coaching fee (incl. GST)", rs(annual))
        j.amount = annual / 3 if k == 2 else annual
        j.amount = float(whole(j.amount, 10))
        if k == 2:
            p.pair("Instalment", "2 of 3")
        p.pair("Cheque amount", rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        p.pair(rng.choice(["Chq. dt.", "Cheque date"]), j.other_day(rng, -6, -1))
        p.pair("Drawn on", f"{rng.choice(BANKS)}, {CITY}")
        p.add("small", words_in_rupees(j.amount))
        if k == 2:
            p.pair(
                "Return reason",
                rng.choice(["Funds insufficient", "Signature differs", "Exceeds arrangement"]),
            )
            p.add("small", "Cheque return charges of Rs 500 are payable with the next instalment.")
            closing(p, j, "CHEQUE RETURNED UNPAID", status, head_line)
        else:
            closing(p, j, "CHEQUE RECEIVED - SUBJECT TO REALISATION", status, head_line)
    elif k == 3:
        own_head(p, unit, j.to, ["TAX INVOICE", "TAX INVOICE CUM RECEIPT"])
        labelled(
            p,
            rng.choice(["Invoice No.", "Inv. No."]),
            no := doc_number(rng, j, "BLS"),
            txn=(INVOICE_RANK, no),
        )
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Customer", rng.choice(PLAYERS + [s[1] for s in STUDENTS]))
        taxable = 0.0
        for name, lo, hi in rng.sample(STORE_ITEMS, rng.randint(2, 4)):
            qty = rng.choice([1, 1, 2])
            rate = round(whole(rng.uniform(lo, hi), 10) / 1.05, 2)
            line = round(qty * rate, 2)
            taxable += line
            item_row(p, name, f"{qty} x {num(rate, 'indian')}", rs(line))
        taxable = round(taxable, 2)
        p.pair("Taxable value", rs(taxable))
        tax = gst_rows(p, rs, taxable, 5, False)
        exact = round(taxable + tax, 2)
        total = float(round(exact))
        if abs(total - exact) > 0.001:
            p.pair("Round off", f"{total - exact:+.2f}")
        p.pair("Invoice total", rs(total))
        j.amount = total
        p.pair("Amount received", rs(total), amount=total)
        p.add("small", words_in_rupees(total))
        pay_rows(p, j, "card")
        p.add("small", "Goods once sold will be exchanged within 7 days with the bill.")
        closing(p, j, "PAID", status, head_line)
    elif k == 4:
        client, area = rng.choice(CLIENTS)
        own_head(p, unit, j.to, ["TAX INVOICE CUM RECEIPT - TURF HIRE"])
        labelled(
            p,
            rng.choice(["Invoice No.", "Inv. No."]),
            no := doc_number(rng, j, "BLT"),
            txn=(INVOICE_RANK, no),
        )
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Bill to", f"M/s {client}")
        p.add("small", f"{area}, {CITY}  |  GSTIN of client: {gstin(rng, STATE_CODE)}")
        p.pair("Slots in", j.month(1))
        n, rate = rng.randrange(4, 13), float(rng.choice([1800, 2000, 2400]))
        taxable = n * rate
        item_row(p, "Corporate league slots", f"{n} x {num(rate, 'indian', 0)}", rs(taxable))
        tax = gst_rows(p, rs, taxable, 18, False)
        total = taxable + tax
        p.pair("Invoice total", rs(total))
        tds = round(taxable * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        net = round(total - tds, 2)
        j.amount = net
        p.pair(rng.choice(["Net amount received", "Received (net of TDS)"]), rs(net), amount=net)
        p.add("small", words_in_rupees(net))
        pay_rows(p, j, "NEFT")
        closing(p, j, "PAYMENT RECEIVED", status, head_line)
    elif k == 6:
        own_head(p, unit, j.to, ["WEEKEND CLINIC RECEIPT", "CLINIC FEE RECEIPT"])
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Participant", student)
        clinic = rng.choice(
            ["Goalkeeping clinic (2 days)", "Spin bowling clinic (3 days)", "Footwork clinic"]
        )
        wrap_pair(p, "Clinic", clinic)
        fee = float(rng.choice([1200, 1500, 1800, 2000]))
        j.amount = fee
        p.pair("Fee", rs(fee))
        p.pair("Amount received", rs(fee), amount=fee)
        p.add("small", words_in_rupees(fee))
        pay_rows(p, j, "cash")
        closing(p, j, "PAID", status, head_line)
    else:
        own_head(
            p, ACADEMY, ours(rng, ACADEMY, caps=0.3), ["REFUND VOUCHER", "FEE REFUND VOUCHER"], merchant=False
        )
        labelled(
            p,
            rng.choice(["Voucher No.", "Refund voucher No."]),
            no := doc_number(rng, j, "RV"),
            txn=(INVOICE_RANK, no),
        )
        p.pair("Date", j.day(rng), date=j.date)
        j.to = parent.upper() if rng.random() < 0.2 else parent
        wrap_pair(p, rng.choice(["Refund to", "Paid to", "Payee"]), j.to, merchant=j.to)
        wrap_pair(p, "Student", student)
        wrap_pair(
            p, "Reason", rng.choice(["Family relocating - balance term fee", "Medical - discontinued batch"])
        )
        paid = float(rng.choice([9000, 10500, 12000]))
        sessions = rng.randrange(6, 20)
        per = float(rng.choice([150, 175, 200]))
        kit = float(rng.choice([0, 750]))
        p.pair("Fee paid for the term", rs(paid))
        p.pair(f"Less: Sessions attended ({sessions} x {num(per, 'indian', 0)})", rs(sessions * per))
        if kit:
            p.pair("Less: Kit issued", rs(kit))
        refund = paid - sessions * per - kit
        j.amount = refund
        p.pair(rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
        p.add("small", words_in_rupees(refund))
        pay_rows(p, j, rng.choice(["UPI", "NEFT"]), paying=True)
        closing(p, j, "REFUNDED", status, head_line, signer="Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 5. the suppliers' and contractors' bills


# the supplier: name, line, address, GST state code, GST rate, the buyer's place, its kinds of bill, its lines
# (item, unit price range, quantity range)
SUPPLIERS = [
    (
        "Meerut Willow Works",
        "Manufacturers of English & Kashmir willow bats",
        "Sports Goods Complex, Delhi Road, Meerut - 250002",
        "09",
        5,
        STORE,
        ["TAX INVOICE"],
        [
            ("English willow bat - Grade 2 (SH)", 5200, 7800, 4, 12),
            ("Kashmir willow bat - size 6", 950, 1400, 6, 20),
            ("Bat grips (pack of 10)", 380, 520, 2, 6),
            ("Toe guards (pack of 10)", 420, 600, 1, 4),
        ],
    ),
    (
        "Jalandhar Ball House",
        "Footballs, volleyballs & training equipment",
        "Basti Nau, Jalandhar - 144002",
        "03",
        5,
        STORE,
        ["TAX INVOICE", "INVOICE"],
        [
            ("Football size 5 - hand stitched", 520, 780, 12, 40),
            ("Football size 4 - training", 360, 480, 10, 30),
            ("Agility cones (set of 50)", 600, 750, 2, 6),
            ("Training bibs (set of 10)", 900, 1200, 1, 4),
        ],
    ),
    (
        "Shuttle Zone Distributors",
        "Badminton racquets, shuttles & strings - distributors",
        "Chickpet, Bengaluru - 560053",
        STATE_CODE,
        5,
        STORE,
        ["TAX INVOICE"],
        [
            ("Feather shuttles - tournament (tube of 12)", 2100, 2600, 10, 30),
            ("Nylon shuttles (tube of 6)", 690, 820, 10, 40),
            ("Racquet - graphite (strung)", 1650, 2400, 4, 12),
            ("String reel 200 m", 4800, 5600, 1, 2),
        ],
    ),
    (
        "Tiruppur Teamwear Co.",
        "Sublimation jerseys & academy kits",
        "Avinashi Road, Tiruppur - 641602",
        "33",
        5,
        ACADEMY,
        ["TAX INVOICE", "INVOICE CUM DELIVERY NOTE"],
        [
            ("Dri-fit jersey - sublimation print", 380, 460, 40, 90),
            ("Training shorts", 220, 290, 40, 90),
            ("Track jacket with logo", 850, 1100, 10, 30),
        ],
    ),
    (
        "GreenPitch Turf Care",
        "Synthetic turf installation & maintenance",
        "Hebbal Industrial Area, Mysuru - 570016",
        STATE_CODE,
        18,
        TURF,
        ["SERVICE BILL", "TAX INVOICE - SERVICES"],
        [
            ("Turf brushing & grooming visit", 3500, 4500, 2, 4),
            ("Rubber crumb infill top-up (kg)", 28, 34, 300, 900),
            ("Seam repair (running metre)", 450, 650, 4, 16),
        ],
    ),
    (
        "Flexnet Sports Nets",
        "Cricket practice nets & ball-throwing machines",
        "Peelamedu, Coimbatore - 641004",
        "33",
        18,
        ACADEMY,
        ["TAX INVOICE"],
        [
            ("HDPE cricket net 60 x 12 ft", 7800, 9400, 2, 5),
            ("GI net poles (set of 4)", 5600, 6900, 1, 3),
            ("Ball-throwing machine service", 3200, 4200, 1, 2),
        ],
    ),
    (
        "Chamundi Trophies & Medals",
        "Trophies, medals & mementos",
        "Devaraja Mohalla, Mysuru - 570001",
        STATE_CODE,
        18,
        ACADEMY,
        ["DELIVERY CHALLAN CUM BILL", "CASH BILL"],
        [
            ("Trophy 14 in - winners", 780, 950, 2, 6),
            ("Trophy 12 in - runners", 560, 700, 2, 6),
            ("Medal with ribbon", 38, 55, 40, 120),
            ("Memento - acrylic", 320, 450, 2, 8),
        ],
    ),
    (
        "Lumen Floodlight Solutions",
        "LED sports lighting - supply & service",
        "Rajajinagar, Bengaluru - 560010",
        STATE_CODE,
        18,
        TURF,
        ["TAX INVOICE"],
        [
            ("LED floodlight 500 W", 13800, 15600, 12, 16),
            ("Installation, aiming & wiring", 5500, 9000, 1, 1),
        ],
    ),
]
SUPPLY_WAYS = ["NEFT", "UPI", "cheque", "UPI", "NEFT", "NEFT", "cash", "RTGS"]


def supplier_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The suppliers' and contractors' paper (the supplier on top as the payee, in capitals on some, its line,
    address and GSTIN): Meerut Willow Works' bats, Jalandhar Ball House's footballs and Shuttle Zone Distributors'
    shuttles to the shop, Tiruppur Teamwear Co.'s jerseys, GreenPitch Turf Care's SERVICE BILL (Less: TDS u/s 194C @
    2%), Flexnet Sports Nets' nets, Chamundi Trophies & Medals' DELIVERY CHALLAN CUM BILL / CASH BILL (cash, no
    number) and Lumen Floodlight Solutions' floodlights to the academy and the turf: Invoice No. / Bill No., Date /
    Inv. date, Bill to / Buyer M/s <firm> and its place, the lines n x rate, Taxable value / Sub total, IGST @ 5% or
    18% from another state, CGST and SGST at half from Karnataka, Round off, Invoice total / Bill total, Amount
    received / Received / Paid / Received (net of TDS), Mode and its UTR or UPI reference, or Amount due with Payment
    attempted: UPI - declined, or Cheque received with Cheque No. and Bank; PAID / RECEIVED WITH THANKS / PAYMENT
    RECEIVED / UPI DECLINED - AMOUNT DUE / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE."""
    k = place("supplier_bills")
    status = outcome(k, failed=(1,), pending=(2,))
    name, line, address, state, rate, unit, kinds, lines = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, unit=unit)
    j.to = name.upper() if rng.random() < 0.25 else name
    way = SUPPLY_WAYS[k]
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    letterhead(p, j.to, line, address, kinds, state=state)
    if not j.no_ref:
        no = rng.choice(
            [
                f"{''.join(w[0] for w in name.split()[:3]).upper()}/{j.year()}{rng.randrange(1, 9999):04d}",
                f"{rng.randrange(100, 99999)}",
            ]
        )
        labelled(p, rng.choice(["Invoice No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Inv. date"]), j.day(rng), date=j.date)
    buyer = UNITS[unit][1]
    wrap_pair(p, rng.choice(["Bill to", "Buyer"]), f"M/s {buyer}")
    p.add("small", f"({UNITS[unit][0]}, {UNITS[unit][2]}, {CITY})  GSTIN {gstin(rng, STATE_CODE)}")
    p.add("rule")
    taxable = 0.0
    chosen = lines if len(lines) <= 2 else rng.sample(lines, rng.randint(2, len(lines)))
    for item, lo, hi, qlo, qhi in chosen:
        qty = rng.randint(qlo, qhi)
        price = float(whole(rng.uniform(lo, hi), 10 if hi > 100 else 1))
        amount = round(qty * price, 2)
        taxable += amount
        item_row(p, item, f"{qty} x {num(price, 'indian', 0)}", rs(amount))
    taxable = round(taxable, 2)
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(taxable))
    tax = gst_rows(p, rs, taxable, rate, state != STATE_CODE)
    exact = round(taxable + tax, 2)
    total = float(round(exact))
    if abs(total - exact) > 0.001:
        p.pair("Round off", f"{total - exact:+.2f}")
    p.pair(rng.choice(["Invoice total", "Bill total"]), rs(total))
    j.amount = total
    if k == 4:
        tds = round(taxable * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
    p.add("small", words_in_rupees(j.amount))
    if status == "failed":
        p.pair("Payment attempted", "UPI - declined", method="UPI")
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(j.amount), amount=j.amount)
        word = "UPI DECLINED - AMOUNT DUE"
    elif status == "pending":
        p.pair("Cheque received", rs(j.amount), amount=j.amount)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        p.pair("Bank", f"{rng.choice(BANKS)}, {CITY}")
        word = "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE"
    else:
        label = "Received (net of TDS)" if k == 4 else rng.choice(["Amount received", "Received", "Paid"])
        p.pair(label, rs(j.amount), amount=j.amount)
        if way in ("NEFT", "RTGS"):
            p.pair(rng.choice(["Mode", "Paid by"]), way, method="netbanking")
            transfer_ref(p, j, way, rng.choice(["HDFC", "KARB", "ICIC", "CNRB"]))
        else:
            pay_rows(p, j, way, paying=True)
        word = rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"])
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Subject to Meerut jurisdiction.", "E. & O.E.", "Goods once sold will not be taken back."]
        )
        if k == 0
        else rng.choice(["E. & O.E.", "Thank you for your business."]),
    )
    right(p, f"For {name}")
    if rng.random() < 0.5:
        seal(p, name, "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. the business's transfers from its bank


# title, frame, mode, the bank's IFSC head, band, address
XFER_PAGES = [
    ("HDFC Bank NetBanking", "web", "RTGS", "HDFC", None, "netbanking.hdfcbank.com/netbanking/txnstatus"),
    ("Kotak Business Banking", "web", "NEFT", "KKBK", None, "business.kotak.com/fundtransfer/ack"),
    ("ICICI InstaBIZ", "app", "IMPS", "ICIC", (175, 40, 30), None),
    ("Axis Bank neo for Business", "web", "NEFT", "UTIB", None, "neo.axisbank.co.in/payments/status"),
    ("YONO Business", "app", "NEFT", "SBIN", (40, 50, 140), None),
    ("Canara ai1", "app", "IMPS", "CNRB", (0, 110, 190), None),
    ("Karnataka Bank Corporate NetBanking", "web", "NEFT", "KARB", None, "corp.karnatakabank.com/ftstatus"),
    ("IDFC FIRST Business", "app", "IMPS", "IDFB", (157, 30, 50), None),
]
# who the business pays from its bank, the firm that pays, a remark
XFER_PAYEES = [
    ("Meerut Willow Works", STORE_FIRM, "Bats - inv {inv}"),
    ("Jalandhar Ball House", STORE_FIRM, "Footballs {mon}"),
    ("Shuttle Zone Distributors", STORE_FIRM, "Shuttles inv {inv}"),
    ("Tiruppur Teamwear Co.", ACAD_FIRM, "Academy jerseys {mon}"),
    ("GreenPitch Turf Care", ACAD_FIRM, "Turf maintenance {mon}"),
    ("Lumen Floodlight Solutions", ACAD_FIRM, "Floodlights - 2nd part"),
    ("Mysore Travels & Tours", ACAD_FIRM, "Team bus - away match"),
    ("Sri Annapoorna Caterers", ACAD_FIRM, "Tournament lunch {mon}"),
]
XFER_WORDS = {
    "success": ["Transaction Successful", "Funds transferred successfully", "{mode} transfer successful"],
    "failed": ["Returned by beneficiary bank - account closed", "{mode} transfer failed"],
    "pending": ["Pending at beneficiary bank", "{mode} under process"],
}


def xfer_page(rng: random.Random, font: str, k: int, page: tuple, j: Job, payer: str, remark: str) -> Screen:
    """A business banking page after an NEFT, RTGS or IMPS (``page``: title, frame, mode, IFSC head, band,
    address): the title (on its band on an app), Transaction acknowledgement / Fund transfer - confirmation on the
    web, the outcome, the sum large on an app or Amount / Transfer amount / Amount (INR), the payee under
    Beneficiary / Beneficiary name / Payee / Pay to, its account and IFSC, Transfer mode, Charges (incl. GST) and
    Total debit on some web pages (no fact), UTR / IMPS Ref No. and Reference No. / Transaction ID on some,
    Transaction date / Value date / Transferred on / Returned on / Initiated on, Debit account (``payer``), Remarks
    (``remark``), Maker and Checker on the web."""
    title, frame, mode, head4, band, url = page
    if frame == "web":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = url
        dark = False
    else:
        dark = rng.random() < 0.3
        p = screen(
            rng,
            font,
            "phone",
            dark=dark,
            width=620,
            title=rng.choice(["", "Transaction status"]),
            buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]),
        )
        phone_frame(p, k)
    rs = money_of(rng, font, 0.4)
    p.part = "head"
    banded = frame == "app" and not dark
    if banded:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    top(p, title)
    p.add("small", rng.choice(["Fund transfer", f"{mode} - other bank", "Pay beneficiary"]))
    if banded:
        p.add("gap")
    if frame == "web":
        p.add("center", rng.choice(["Transaction acknowledgement", "Fund transfer - confirmation"]))
    p.part = "body"
    words = {key: [w.format(mode=mode) for w in val] for key, val in XFER_WORDS.items()}
    outcome_row(p, j.status, words)
    if frame == "app":
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Payee", "Pay to"]), j.to, merchant=j.to)
    acct, ifsc = acct_ifsc(rng)
    p.pair(rng.choice(["Beneficiary A/c", "Account No."]), acct)
    p.pair(rng.choice(["IFSC", "IFSC code"]), ifsc)
    p.pair(rng.choice(["Transfer mode", "Mode", "Payment type"]), mode, method="netbanking")
    if frame == "web" and mode != "IMPS" and rng.random() < 0.6:
        fee = {"NEFT": 5.0, "RTGS": 25.0}[mode]
        p.pair("Charges (incl. GST)", rs(round(fee * 1.18, 2)))
        p.pair("Total debit", rs(round(j.amount + fee * 1.18, 2)))
    if j.status != "pending" or mode == "IMPS":
        transfer_ref(p, j, mode, head4, own=rng.choice(["Reference No.", "Transaction ID", "Txn Ref No."]))
    elif not j.no_ref:
        bref = f"{rng.choice(['', 'TXN'])}{digits(rng, 11)}"
        label = rng.choice(["Reference No.", "Transaction ID"])
        labelled(p, label, bref, txn=(TXN_RANK if label.startswith("Transaction") else BANK_RANK, bref))
    day_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date", "Transferred on"],
            "failed": ["Returned on", "Failed on"],
            "pending": ["Initiated on"],
        },
        hour=rng.random() < 0.6,
    )
    wrap_pair(p, rng.choice(["Debit account", "From"]), f"{payer} - XXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), remark)
    if frame == "web":
        p.pair(
            "Maker / Checker", rng.choice(["ACCTS01 / DIRECTOR1", "FINANCE2 / PARTNER1", "RAVIK / SUDHAU"])
        )
    if j.status == "failed":
        p.add("small", "The amount has been credited back to your account.")
    elif j.status == "pending":
        p.add("small", "Status will be updated once the beneficiary bank confirms.")
    p.part = "foot"
    p.add("small", rng.choice(["This is a computer generated advice.", "Never share your OTP or password."]))
    return p


def bank_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The business paying its suppliers, contractors, a bus operator and a caterer from its business banking (HDFC
    Bank NetBanking's RTGS, Kotak Business Banking, Axis Bank neo for Business and Karnataka Bank Corporate NetBanking
    in a browser, ICICI InstaBIZ, YONO Business, Canara ai1 and IDFC FIRST Business on a phone; ``xfer_page``: the
    payee as the bank prints it, in capitals on some; Transaction Successful / Funds transferred successfully / <mode>
    transfer successful / Returned by beneficiary bank - account closed / Pending at beneficiary bank / <mode> under
    process)."""
    k = place("bank_transfers")
    status = outcome(k, failed=(3,), pending=(4,))
    page = XFER_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=8000, high=180000, p_round=0.6)
    if page[2] == "RTGS":
        j.amount = rupees(rng, 200000, 450000, 0.7)
    name, payer, remark = XFER_PAYEES[k]
    j.to = name.upper() if rng.random() < 0.35 else name
    inv = f"{'' if j.no_day else fy(j.date) + '/'}{rng.randrange(1, 999):04d}"
    remark = remark.format(inv=inv, mon="" if j.no_day else when(j.date, "%b"))
    p = xfer_page(rng, font, k, page, j, payer, " ".join(remark.split()))
    return p.done()


# ---------------------------------------------------------------- 7. the coaches' and the staff's pay


COACH_OF = {0: 0, 1: 2, 2: 4, 3: 7, 5: 5, 6: 6}
GROUND_STAFF = ["Manjunatha K.", "Shivanna H.", "Ravi Kumar", "Basavaraju M."]
UMPIRES = ["Mahesh Kumar N.", "Suresh Babu", "Praveen Acharya", "Anil Kumar Urs"]
SESSION_WORK = {
    0: "Cricket coaching",
    1: "Badminton coaching",
    2: "Football coaching",
    3: "Physiotherapy sessions",
    5: "Goalkeeping sessions",
    6: "Strength & conditioning",
}


def fee_lines(p: Screen, rs, j: Job, work: str) -> tuple[float, float, float]:
    """A coach's month: sessions n x rate, the fee, TDS u/s 194J at 10% and what is left."""
    rng = p.rng
    n, rate = rng.randrange(14, 27), float(rng.choice([800, 900, 1000, 1200, 1500]))
    fee = n * rate
    label = work if j.no_day else f"{work} - {j.month(rng.choice([0, 1]))}"
    item_row(p, label, f"{n} x {num(rate, 'indian', 0)}", rs(fee))
    p.pair(rng.choice(["Professional fee", "Total fee"]), rs(fee))
    tds = round(fee * 0.10, 2)
    p.pair(rng.choice(["Less: TDS u/s 194J @ 10%", "Less: TDS 194J (10%)"]), rs(tds))
    return fee, tds, round(fee - tds, 2)


def payout_dashboard(rng: random.Random, font: str, k: int, j: Job, gateway: str, mode: str) -> Screen:
    """A payouts dashboard after paying a coach (RazorpayX, Cashfree Payouts; in a browser): the dashboard on top,
    the firm and its current account under it, Payout details / Transfer details, Processed / Processing (the
    outcome), the sum large, Contact / Beneficiary (the payee), Fund account (a bank account or a UPI ID), Mode,
    Purpose, Narration, Fees and GST on them (no fact), Payout ID / Transfer ID, UTR, Processed at / Queued at."""
    site = "x.razorpay.com/payouts" if gateway == "RazorpayX" else "merchant.cashfree.com/payouts/transfers"
    p = browser_page(rng, font, f"{site}/{code(rng, 10, MIXED)}")
    rs = money_of(rng, font, 0.3)
    p.part = "head"
    top(p, gateway)
    p.add("small", f"{ACAD_FIRM} - Current account XXXX{digits(rng, 4)}")
    p.add("center", rng.choice(["Payout details", "Transfer details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Processed", "Success"],
            "failed": ["Failed - account closed"],
            "pending": ["Processing", "Queued"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Contact", "Beneficiary"]), j.to, merchant=j.to)
    if mode == "UPI":
        p.pair("Fund account", person_vpa(rng, j.to), method="UPI")
    else:
        acct, ifsc = acct_ifsc(rng)
        p.pair("Fund account", f"{acct} / {ifsc}")
        p.pair("Mode", mode, method="netbanking")
    p.pair("Purpose", rng.choice(["payout", "vendor bill", "salary"]))
    work = SESSION_WORK[k]
    p.pair("Narration", work if j.no_day else f"{work} {when(j.date, '%b')}")
    fee = float(rng.choice([3, 5, 6]))
    p.pair("Fees + GST", f"{rs(fee)} + {rs(round(fee * 0.18, 2))}")
    if not j.no_ref:
        pid = f"pout_{code(rng, 14, MIXED)}" if gateway == "RazorpayX" else f"TRF{digits(rng, 10)}"
        labelled(p, "Payout ID" if gateway == "RazorpayX" else "Transfer ID", pid, txn=(TXN_RANK, pid))
        if j.status == "success":
            labelled(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
    day_row(
        p,
        j,
        {
            "success": ["Processed at", "Created on"],
            "failed": ["Failed at"],
            "pending": ["Queued at", "Created on"],
        },
    )
    p.part = "foot"
    p.add("small", "Payouts are processed from your current account balance.")
    return p


def coach_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy paying its coaches, its physiotherapist, its ground staff and an umpire: a PAYMENT VOUCHER (paper,
    the academy on top, never the payee: Voucher No., Date, Paid to the coach, Towards, the sessions n x rate,
    Professional fee, Less: TDS u/s 194J @ 10%, Net paid, Cheque No. and Drawn on; PAID), two coaches' BILLs (the
    coach on top as the payee, the role and qualification under it, PAN: Bill No., To M/s <firm>, the sessions, Less:
    TDS 194J, Net amount received, NEFT or UPI and its reference; RECEIVED WITH THANKS), RazorpayX's payout and
    Cashfree Payouts' transfer (``payout_dashboard``), Kotak Mobile Banking's IMPS to the physiotherapist (``xfer_page``,
    "Dr." as the bank prints it), a CASH VOUCHER to a groundsman (no number) and Google Pay to an umpire."""
    k = place("coach_pay")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1500, high=45000)
    coach = COACHES[COACH_OF.get(k, 0)]
    if k in (0, 4):
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.4)
        own_head(
            p,
            ACADEMY,
            ours(rng, ACADEMY, firm=0.4, caps=0.3),
            ["PAYMENT VOUCHER"] if k == 0 else ["CASH VOUCHER", "PETTY CASH VOUCHER"],
            merchant=False,
        )
        if not j.no_ref:
            no = doc_number(rng, j, "PV")
            labelled(p, rng.choice(["Voucher No.", "V. No."]), no, txn=(INVOICE_RANK, no))
        p.pair("Date", j.day(rng), date=j.date)
        j.to = coach[0] if k == 0 else rng.choice(GROUND_STAFF)
        wrap_pair(p, "Paid to", j.to, merchant=j.to)
        if k == 0:
            p.pair("Role", coach[1])
            _, _, j.amount = fee_lines(p, rs, j, SESSION_WORK[0])
            p.pair("Net paid", rs(j.amount), amount=j.amount)
            p.add("small", words_in_rupees(j.amount))
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
            p.pair("Drawn on", f"{rng.choice(BANKS)}, {CITY}")
        else:
            days, wage = rng.randrange(3, 9), float(rng.choice([700, 800, 900]))
            j.amount = days * wage
            wrap_pair(p, "Towards", "Ground preparation - match days")
            item_row(p, "Wages", f"{days} days x {num(wage, 'indian', 0)}", rs(j.amount))
            p.pair("Amount paid", rs(j.amount), amount=j.amount)
            p.add("small", words_in_rupees(j.amount))
            p.pair("Mode", "Cash", method="cash")
        p.add("center", "PAID", status=status)
        p.part = "foot"
        p.add("small", "Receiver's signature ____________      Approved by ____________")
        return p.done()
    if k in (1, 6):
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.3)
        j.to = coach[0].upper() if rng.random() < 0.2 else coach[0]
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", f"{coach[1]}  |  {coach[2]}")
        p.add(
            "small",
            f"{rng.randrange(10, 999)}, {rng.choice(['Kuvempunagar', 'Saraswathipuram', 'Hebbal'])}, "
            f"{CITY}  |  PAN {pan(rng)}",
        )
        p.add("center", rng.choice(["BILL", "BILL FOR PROFESSIONAL SERVICES"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            no = f"{''.join(w[0] for w in coach[0].split()[:2]).upper()}/{j.year()}{rng.randrange(1, 99):02d}"
            labelled(p, "Bill No.", no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "To", f"M/s {ACAD_FIRM}")
        p.add("small", f"({UNITS[ACADEMY][0]}, {UNITS[ACADEMY][2]})")
        _, _, j.amount = fee_lines(p, rs, j, SESSION_WORK[k])
        p.pair(rng.choice(["Net amount received", "Received"]), rs(j.amount), amount=j.amount)
        p.add("small", words_in_rupees(j.amount))
        pay_rows(p, j, "NEFT" if k == 1 else "UPI", paying=True)
        p.add("center", "RECEIVED WITH THANKS", status=status)
        p.part = "foot"
        right(p, "Signature")
        return p.done()
    if k in (2, 5):
        j.to = coach[0].upper() if rng.random() < 0.3 else coach[0]
        j.amount = round(float(whole(rng.uniform(12000, 38000), 100)) * 0.9, 2)
        p = payout_dashboard(
            rng, font, k, j, "RazorpayX" if k == 2 else "Cashfree Payouts", "IMPS" if k == 2 else "UPI"
        )
        return p.done()
    if k == 3:
        j.to = rng.choice(["Dr. Ananya Bhat", "DR ANANYA BHAT", "ANANYA BHAT"])
        j.amount = round(float(whole(rng.uniform(12000, 30000), 100)) * 0.9, 2)
        page = ("Kotak Mobile Banking", "app", "IMPS", "KKBK", (237, 28, 36), None)
        p = xfer_page(rng, font, k, page, j, ACAD_FIRM, f"Physio sessions {when(j.date, '%b')}")
        return p.done()
    j.to = rng.choice(UMPIRES)
    j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
    note = rng.choice(["Umpire fee - U-16 league", "Umpiring 2 matches", "Match officials fee"])
    p = upi_page(rng, font, k, "Google Pay", j, person_vpa(rng, j.to), note, ACAD_FIRM)
    return p.done()


# ---------------------------------------------------------------- 8. tournament entry fees, paid and received


def entry_rows(p: Screen, rs, entries: list[tuple[str, int, float]], fee_pct: float) -> tuple[float, float]:
    """Entry lines n x fee, a gateway's or platform's fee and GST on it where charged; the entries' sum and the
    total paid."""
    rng = p.rng
    gross = 0.0
    for label, n, fee in entries:
        item_row(p, label, f"{n} x {num(fee, 'indian', 0)}" if n > 1 else "", rs(n * fee))
        gross += n * fee
    total = gross
    if fee_pct:
        charge = round(gross * fee_pct / 100, 2)
        charge_gst = round(charge * 0.18, 2)
        p.pair(rng.choice([f"Convenience fee ({fee_pct:g}%)", f"Booking fee ({fee_pct:g}%)"]), rs(charge))
        p.pair("GST on fee @ 18%", rs(charge_gst))
        total = round(gross + charge + charge_gst, 2)
    return gross, total


def tournament_entries(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tournament entry fees the academy pays for its players and teams and those it receives for its own
    tournaments: the Karnataka Badminton Association's entry portal (in a browser, paid through Razorpay: the
    association on top as the payee, State ranking tournament - entries, Club / academy the payer, the events n x fee,
    Convenience fee (2%) and GST on it, Total paid, Payment ID, UPI Ref No / Bank Ref No., Paid on), Townscript's
    e-mail for a 5-a-side cup (Organised by the payee, never Townscript: Team entry n x fee, Booking fee, GST, Total
    paid, Booking ID, Payment ID), Razorpay's e-mail after a visiting team paid the academy's own Summer Cup (the
    academy on top as the payee, Team, Paid by, Entry fee, Payment ID, UPI Ref No), the Karnataka State Cricket
    Association - Mysore Zone's paper receipt for a league entry by cheque (CHEQUE RECEIVED - SUBJECT TO
    REALISATION), an Instamojo page for an invitational T20 (the club on top as the payee, Powered by Instamojo;
    Payment failed), KheloMore's e-mail for a junior football league (Organiser the payee; no id), the academy's
    ENTRY FEE RECEIPT to a visiting team (cash, no day) and State Bank Collect's e-receipt for the Mysuru District
    Football Association's league registration (the institution the payee, never State Bank of India: Payment
    category, Name, Amount, Transaction charge, Total amount, SBCollect Reference Number, Bank Reference No.)."""
    k = place("tournament_entries")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, unit=ACADEMY)
    words = {
        "success": ["Payment successful", "Registration confirmed", "Paid"],
        "failed": ["Payment failed"],
        "pending": ["Payment pending"],
    }
    team = rng.choice(["Hunsur Strikers", "Kodagu Chargers", "Mandya Youngsters", "Nanjangud Warriors"])
    if k == 0:
        p = browser_page(rng, font, f"kbaentries.in/tournament/{code(rng, 6, MIXED)}/payment")
        rs = money_of(rng, font, 0.2)
        j.to = rng.choice(["Karnataka Badminton Association", "KARNATAKA BADMINTON ASSOCIATION"])
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", "State ranking tournament - online entries")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        wrap_pair(
            p, "Tournament", rng.choice(["State Ranking (U-13 & U-15)", "State Junior Ranking - Mysuru leg"])
        )
        wrap_pair(p, rng.choice(["Club / academy", "Entered by"]), UNITS[ACADEMY][0])
        fee = float(rng.choice([600, 700, 750]))
        entries = [
            ("Singles entries", rng.randrange(4, 12), fee),
            ("Doubles entries (per pair)", rng.randrange(2, 6), fee + 200),
        ]
        _, j.amount = entry_rows(p, rs, entries, 2)
        p.pair("Total paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "netbanking"])
        p.pair("Paid using", "UPI" if way == "UPI" else f"Net banking - {rng.choice(BANKS)}", method=way)
        pid = f"pay_{code(rng, 14, MIXED)}"
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        if way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        else:
            bref = digits(rng, 10)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        day_row(p, j, {"success": ["Paid on"], "failed": ["Failed on"], "pending": ["Initiated on"]})
        p.part = "foot"
        p.add("small", "Secured by Razorpay")
        return p.done()
    if k in (1, 5):
        platform, site = ("Townscript", "townscript.com") if k == 1 else ("KheloMore", "khelomore.com")
        event = "Mysuru Monsoon 5s Cup" if k == 1 else "Junior Football League - Mysuru leg"
        org = rng.choice(["Kickoff Sports Events", "KICKOFF SPORTS EVENTS"]) if k == 1 else "Mysuru United FC"
        p = mail_page(
            rng,
            font,
            f"{platform} <{rng.choice(['tickets', 'noreply', 'events'])}@{site}>",
            [f"Your registration for {event}", "Registration confirmed", "Your entry is confirmed"],
        )
        rs = money_of(rng, font, 0.3)
        p.part = "head"
        top(p, platform)
        p.add("small", "Events & registrations")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        wrap_pair(p, "Event", event)
        j.to = org
        wrap_pair(p, rng.choice(["Organised by", "Organiser"]), org, merchant=org)
        if not j.no_day:
            p.pair("Event dates", f"{j.other_day(rng, 10, 30)} onwards")
        wrap_pair(p, "Registered by", f"{UNITS[ACADEMY][0]}")
        fee = float(rng.choice([2500, 3000, 3500, 4000]))
        _, j.amount = entry_rows(
            p,
            rs,
            [(rng.choice(["Team entry (U-16)", "Team entry (U-14)"]), rng.randrange(1, 3), fee)],
            rng.choice([2, 2.5]),
        )
        p.pair(rng.choice(["Total paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "card"])
        p.pair("Payment method", "UPI" if way == "UPI" else f"Card {masked(rng, font)}", method=way)
        if not j.no_ref:
            bid = f"TS{digits(rng, 9)}"
            labelled(p, "Booking ID", bid, txn=(ORDER_RANK, bid))
            pid = digits(rng, 10)
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        day_row(
            p,
            j,
            {"success": ["Registered on", "Paid on"], "failed": ["Failed on"], "pending": ["Initiated on"]},
        )
        p.part = "foot"
        p.add("small", f"{platform} collects this payment on behalf of the organiser.")
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "Razorpay <no-reply@razorpay.com>",
            [f"Payment successful to {UNITS[ACADEMY][0]}", "Your payment receipt"],
        )
        rs = money_of(rng, font, 0.5)
        j.to = ours(rng, ACADEMY, firm=0.3, branch=0.0, caps=0.2)
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", f"{UNITS[ACADEMY][2]}, {CITY}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        j.amount = float(rng.choice([5000, 6000, 7500, 8000]))
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Payment for", "Summer Cup (U-13 cricket) - team entry")
        wrap_pair(p, "Team", team)
        wrap_pair(p, rng.choice(["Paid by", "Name"]), rng.choice(PLAYERS))
        p.pair("Payment method", "UPI", method="UPI")
        pid = f"pay_{code(rng, 14, MIXED)}"
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        labelled(p, rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        day_row(p, j, {"success": ["Paid on", "Date"], "failed": ["Failed on"], "pending": ["Initiated on"]})
        p.part = "foot"
        p.add("small", "Secured by Razorpay")
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.5)
        j.to = rng.choice(["Karnataka State Cricket Association", "KARNATAKA STATE CRICKET ASSOCIATION"])
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", "Mysore Zone  |  Gangothri Glades Cricket Ground, Manasagangothri, Mysuru - 570006")
        p.add("center", "RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"KSCA/MYS/{j.year()}{rng.randrange(1, 9999):04d}"
        labelled(p, "Receipt No.", no, txn=(INVOICE_RANK, no))
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Received from", f"M/s {UNITS[ACADEMY][0]}")
        wrap_pair(
            p, "Towards", rng.choice(["Inter-academy U-16 league - entry", "Zonal U-14 league - entry fee"])
        )
        j.amount = float(rng.choice([5000, 7500, 10000]))
        p.pair("Cheque amount", rs(j.amount), amount=j.amount)
        p.add("small", words_in_rupees(j.amount))
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        p.pair("Drawn on", rng.choice(BANKS))
        p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status=status)
        p.part = "foot"
        right(p, "Hon. Secretary, Mysore Zone")
        return p.done()
    if k == 4:
        p = screen(rng, font, "phone", dark=False, width=620, title="", buttons=("Try again",))
        phone_frame(p, k)
        rs = money_of(rng, font, 0.5)
        j.to = "Kodagu Sports Club"
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", "Coorg Invitational T20 - team entry")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        j.amount = float(rng.choice([4000, 5000, 6000]))
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Name", UNITS[ACADEMY][0])
        p.pair("Payment method", f"Card {masked(rng, font)}", method="card")
        pid = f"MOJO{digits(rng, 4)}{code(rng, 1, UPPER)}{digits(rng, 8)}"
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        day_row(p, j, {"success": ["Paid on"], "failed": ["Attempted on"], "pending": ["Initiated on"]})
        p.add("small", rng.choice(REFUND))
        p.part = "foot"
        p.add("small", "Powered by Instamojo")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.5)
        own_head(p, ACADEMY, j.to, ["ENTRY FEE RECEIPT - MONSOON CUP", "TOURNAMENT ENTRY RECEIPT"])
        no = f"MC-{rng.randrange(10, 99)}"
        labelled(p, "Receipt No.", no, txn=(INVOICE_RANK, no))
        wrap_pair(p, "Received from", f"{team} (team manager)")
        p.pair("Category", rng.choice(["U-14 cricket", "U-16 football", "Open box cricket"]))
        j.amount = float(rng.choice([3000, 3500, 4000, 5000]))
        p.pair("Entry fee", rs(j.amount), amount=j.amount)
        p.add("small", words_in_rupees(j.amount))
        p.pair("Mode", "Cash", method="cash")
        closing(p, j, "RECEIVED WITH THANKS", status, UNITS[ACADEMY][0])
        return p.done()
    p = browser_page(rng, font, "onlinesbi.sbi/sbicollect/payment/receipt.htm")
    rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
    p.part = "head"
    top(p, "State Bank Collect")
    p.add("center", "e-Receipt")
    p.add("rule")
    p.part = "body"
    j.to = rng.choice(["MYSURU DISTRICT FOOTBALL ASSOCIATION", "Mysuru District Football Association"])
    wrap_pair(p, rng.choice(["Institution", "Payee"]), j.to, merchant=j.to)
    wrap_pair(p, "Payment category", "League registration - clubs")
    wrap_pair(p, "Name", UNITS[ACADEMY][0].upper())
    p.pair("Mobile", f"{rng.choice('6789')}XXXXX{digits(rng, 4)}")
    fee = float(rng.choice([5000, 7500, 10000]))
    charge = rng.choice([11.80, 17.70])
    j.amount = round(fee + charge, 2)
    p.pair("Amount", rs(fee))
    p.pair("Transaction charge", rs(charge))
    p.pair("Total amount", rs(j.amount), amount=j.amount)
    p.pair("Payment mode", "Net banking", method="netbanking")
    ref = f"DU{code(rng, 8, ALNUM)}"
    labelled(p, "SBCollect Reference Number", ref, txn=(TXN_RANK, ref))
    bref = f"IK0{digits(rng, 7)}"
    labelled(p, "Bank Reference No.", bref, txn=(BANK_RANK, bref))
    day_row(p, j, {"success": ["Date", "Transaction date"], "failed": ["Date"], "pending": ["Date"]})
    outcome_row(p, status, {"success": ["Status: Success", "Transaction successful"]})
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and does not need a signature.")
    return p.done()


# ---------------------------------------------------------------- 9. the federations' and associations' fees


# the body, its line, frame (web / mail / paper), its address or site
FEDERATIONS = [
    (
        "Badminton Association of India",
        "Player registration portal",
        "web",
        "bai.org.in/registration/payment",
    ),
    (
        "Karnataka State Football Association",
        "Affiliated to the All India Football Federation",
        "paper",
        "Bangalore Football Stadium, Ashok Nagar, Bengaluru - 560025",
    ),
    ("All India Football Federation", "Coach education", "mail", "the-aiff.com"),
    (
        "Karnataka Badminton Association",
        "Academy affiliation - online payment",
        "web",
        "kbaonline.in/affiliation/pay",
    ),
    (
        "Mysuru District Badminton Association",
        "Affiliated to the Karnataka Badminton Association",
        "paper",
        "Chamundi Vihar Indoor Stadium, Nazarbad, Mysuru - 570010",
    ),
    ("Badminton Association of India", "Coach education & certification", "mail", "bai.org.in"),
    (
        "Karnataka State Cricket Association",
        "Member clubs - online services",
        "web",
        "ksca.co.in/clubs/renewal",
    ),
    (
        "Mysuru District Football Association",
        "Affiliated to the Karnataka State Football Association",
        "paper",
        "Chamundi Vihar Stadium, Mysuru - 570010",
    ),
]
# what is paid for: lines (label, n, fee), GST rate on the lines, gateway fee per cent
FED_FEES = [
    ([("Player registrations", (4, 15), 500)], 0, 1.5),
    ([("Club affiliation fee (annual)", (1, 1), 10000), ("Player registrations", (15, 30), 200)], 0, 0),
    ([("'D' licence course fee", (1, 1), 10000)], 18, 0),
    ([("Academy affiliation fee", (1, 1), 15000)], 0, 2),
    ([("Annual affiliation fee", (1, 1), 3000), ("Player cards", (6, 20), 100)], 0, 0),
    ([("Level 1 coach certification fee", (1, 2), 6000)], 18, 0),
    ([("Club registration renewal", (1, 1), 25000)], 0, 0),
    ([("Club affiliation renewal", (1, 1), 5000), ("Player registrations", (12, 25), 150)], 0, 0),
]
FED_WAYS = ["card", "NEFT", "UPI", "netbanking", "cash", "card", "NEFT", "UPI"]


def federation_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The sports bodies' fees (the body on top as the payee, in capitals on some, its line, never the portal, the
    gateway or the bank): the Badminton Association of India's player registration portal (Player registrations n x
    500, Convenience fee and GST, Total paid, a card: Transaction ID, Bank Ref No.), the Karnataka State Football
    Association's paper receipt (Club affiliation fee (annual), Player registrations, Total, NEFT and its UTR), the
    AIFF's e-mailed course fee receipt for a coach's 'D' licence (Candidate, IGST @ 18%, Total, UPI; no day), the
    Karnataka Badminton Association's affiliation page (Payment failed - transaction declined by bank), the Mysuru
    District Badminton Association's cash receipt (no number), BAI's e-mailed coach certification receipt, the
    Karnataka State Cricket Association's club renewal page (Payment initiated - awaiting bank confirmation, NEFT)
    and the Mysuru District Football Association's receipt (UPI): Receipt No. / Transaction ID / Order No., Date /
    Paid on, Received from / Club / academy / Member club (the payer), Affiliation No. / Club code / Registration No.
    (never an id), the lines, Total / Total paid / Amount received."""
    k = place("federation_fees")
    status = outcome(k, failed=(3,), pending=(6,))
    body, line, frame, where = FEDERATIONS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, unit=ACADEMY)
    j.to = body.upper() if rng.random() < 0.3 else body
    lines, gst_rate, gw = FED_FEES[k]
    way = FED_WAYS[k]
    if frame == "web":
        p = browser_page(rng, font, where)
        rs = money_of(rng, font, 0.2)
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{body.split(' of ')[0]} <{rng.choice(['accounts', 'payments', 'noreply'])}@{where}>",
            ["Payment receipt", "Course fee - payment received", "Thank you for your payment"],
        )
        rs = money_of(rng, font, 0.2)
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.4)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", line)
    if frame == "paper":
        p.add("small", where)
        p.add("center", rng.choice(["RECEIPT", "FEE RECEIPT"]))
    else:
        p.add("center", rng.choice(["Payment receipt", "Fee payment - receipt", "Payment details"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Paid"],
        "failed": ["Payment failed - transaction declined by bank"],
        "pending": ["Payment initiated - awaiting bank confirmation"],
    }
    if frame != "paper":
        outcome_row(p, status, words)
    if not j.no_ref and frame == "paper":
        no = f"{''.join(w[0] for w in body.split() if w[0].isupper())}/{j.year()}{rng.randrange(1, 9999):04d}"
        labelled(p, rng.choice(["Receipt No.", "No."]), no, txn=(INVOICE_RANK, no))
    if frame == "paper" and not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    payer = UNITS[ACADEMY][0] if rng.random() < 0.6 else ACAD_FIRM
    wrap_pair(
        p, rng.choice(["Received from", "Club / academy", "Member club"]) if k != 2 else "Sponsored by", payer
    )
    p.pair(
        rng.choice(["Affiliation No.", "Club code", "Registration No."]),
        f"{code(rng, 3, UPPER)}{digits(rng, 5)}",
    )
    if k in (2, 5):
        wrap_pair(p, "Candidate", COACHES[5][0] if k == 2 else COACHES[3][0])
    gross = 0.0
    for label, (lo, hi), fee in lines:
        n = rng.randint(lo, hi)
        item_row(p, label, f"{n} x {num(float(fee), 'indian', 0)}" if n > 1 else "", rs(n * fee))
        gross += n * fee
    total = gross
    if gst_rate:
        tax = round(gross * gst_rate / 100, 2)
        p.pair(f"IGST @ {gst_rate}%", rs(tax))
        total += tax
    if gw:
        charge = round(gross * gw / 100, 2)
        charge_gst = round(charge * 0.18, 2)
        p.pair(f"Convenience fee ({gw:g}%)", rs(charge))
        p.pair("GST on convenience fee", rs(charge_gst))
        total = round(total + charge + charge_gst, 2)
    j.amount = round(total, 2)
    label = {"paper": rng.choice(["Total", "Amount received"]), "web": "Total paid", "mail": "Total"}[frame]
    if frame == "paper" and label == "Total":
        p.pair("Total", rs(j.amount))
        label = "Amount received"
    p.pair(label if status == "success" else "Amount", rs(j.amount), amount=j.amount)
    if frame == "paper":
        p.add("small", words_in_rupees(j.amount))
    if way in ("NEFT", "netbanking"):
        p.pair(
            rng.choice(["Mode", "Payment mode"]),
            "NEFT" if way == "NEFT" else f"Net banking - {rng.choice(BANKS)}",
            method="netbanking",
        )
        if way == "NEFT" and status == "success":
            transfer_ref(p, j, "NEFT", rng.choice(["KARB", "HDFC", "ICIC"]))
    else:
        if frame == "paper":
            pay_rows(p, j, way, paying=True)
        else:
            shown = "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'RuPay'])} card {masked(rng, font)}"
            p.pair("Payment mode", shown, method=way)
    if frame != "paper" and not j.no_ref:
        tid = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 12)}", digits(rng, 14)])
        labelled(p, rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif status == "success" and way == "card":
            bref = digits(rng, 12)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        elif status == "failed":
            bref = digits(rng, 10)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
    if frame != "paper":
        day_row(
            p,
            j,
            {"success": ["Paid on", "Payment date"], "failed": ["Attempted on"], "pending": ["Initiated on"]},
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if frame == "paper":
        p.add("center", rng.choice(["RECEIVED WITH THANKS", "PAID"]), status=status)
        p.part = "foot"
        right(p, rng.choice(["Hon. Treasurer", "Hon. Secretary"]))
    else:
        if status == "pending":
            p.add("small", "NEFT credits may take up to 2 working hours. Do not pay again.")
        p.part = "foot"
        p.add("small", rng.choice(["Payments processed by PayU", "This is a system generated receipt."]))
    return p.done()


# ---------------------------------------------------------------- 10. the sponsors' money


SPONSORS = [
    ("Chamundi Motors Pvt Ltd", "Authorised dealer - Tata Motors passenger vehicles", "chamundimotors.in"),
    ("Kaveri Silks & Sarees", "Pure Mysore silk since 1962", "kaverisilks.com"),
    ("Nanjangud Agro Foods Pvt Ltd", "Rice, flours & ready mixes", "nanjangudagro.com"),
    ("Ambari Developers LLP", "Residential layouts & villas", "ambaridevelopers.in"),
    ("Sahyadri Diagnostics Pvt Ltd", "Pathology & imaging centres", "sahyadridiagnostics.in"),
]
SPONSOR_LINES = [
    ("Title sponsorship - Monsoon Cup", 60000, 150000),
    ("Jersey branding (front) - U-14 squad", 40000, 90000),
    ("Banner at the turf (3 months)", 15000, 30000),
    ("Naming rights - badminton court 2", 50000, 120000),
    ("Social media mentions (12 posts)", 8000, 15000),
]


def sponsor_lines(p: Screen, rs) -> float:
    """Two sponsorship lines and their sum (no fact)."""
    rng = p.rng
    taxable = 0.0
    for label, lo, hi in rng.sample(SPONSOR_LINES, 2):
        value = float(whole(rng.uniform(lo, hi), 1000))
        item_row(p, label, "", rs(value))
        taxable += value
    return taxable


def sponsors(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Sponsors paying the academy: three sponsors' payment advice e-mails (the sponsor on top, never the payee:
    Payment advice, Vendor / Payee / Paid to (the academy or its firm), Vendor code (no id), Against your invoice (the
    bill paid's number, never an id), Invoice amount (incl. GST), Less: TDS u/s 194C @ 2%, Net amount paid / Amount
    paid (the sum), Mode NEFT, Payment doc No., UTR, Value date / Returned on / Initiated on, Status: Paid / Payment
    returned - beneficiary name mismatch / Approved - payment under process), the academy's TAX INVOICE CUM RECEIPT -
    SPONSORSHIP (the academy on top: Bill to M/s <sponsor>, the sponsorship lines, CGST and SGST @ 9%, Invoice total,
    Less: TDS u/s 194C @ 2%, Net amount received, NEFT and its UTR), a sponsor's RTGS from Canara Bank's net banking
    (``xfer_page``: the academy's firm under Beneficiary), a well-wisher's PhonePe paying a player's scholarship, the
    academy's own Razorpay dashboard after a sponsor paid by card (<firm> | Live on top, the payee; Customer the
    sponsor; Payment captured; no day) and Zoho Books' e-mailed payment receipt from the academy (no id)."""
    k = place("sponsors")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, unit=ACADEMY, firm=0.5, branch=0.0, caps=0.3)
    sponsor, sline, site = SPONSORS[k % len(SPONSORS)]
    if k in (0, 3, 4):
        p = mail_page(
            rng,
            font,
            f"{sponsor.split(' Pvt')[0].split(' LLP')[0]} - Accounts <{rng.choice(['ap', 'accounts'])}@{site}>",
            ["Payment advice", "Vendor payment advice", "Remittance advice"],
        )
        rs = money_of(rng, font, 0.1)
        p.part = "head"
        top(p, sponsor)
        p.add("small", sline)
        p.add("center", rng.choice(["Payment advice", "Remittance advice"]))
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Vendor", "Payee", "Paid to"]), j.to, merchant=j.to)
        p.pair("Vendor code", f"V{digits(rng, 6)}")
        inv = f"BLA/{j.year()}SP-{rng.randrange(1, 40):03d}"
        p.pair(rng.choice(["Against your invoice", "Your invoice ref."]), inv)
        taxable = float(whole(rng.uniform(50000, 200000), 1000))
        gross = round(taxable * 1.18, 2)
        tds = round(taxable * 0.02, 2)
        j.amount = round(gross - tds, 2)
        p.pair("Invoice amount (incl. GST)", rs(gross))
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        label = {"success": rng.choice(["Net amount paid", "Amount paid"]), "failed": "Amount remitted"}.get(
            status, "Net amount payable"
        )
        p.pair(label, rs(j.amount), amount=j.amount)
        p.pair("Mode", "NEFT", method="netbanking")
        p.pair("Beneficiary bank", bank_line(rng))
        doc = f"{rng.choice(['PAY', 'KZ', '15'])}{digits(rng, 8)}"
        labelled(p, rng.choice(["Payment doc No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
        if status != "pending":
            transfer_ref(p, j, "NEFT", rng.choice(["HDFC", "CNRB", "SBIN"]))
        day_row(
            p,
            j,
            {"success": ["Value date", "Paid on"], "failed": ["Returned on"], "pending": ["Initiated on"]},
            hour=False,
        )
        p.pair(
            "Status",
            {
                "success": rng.choice(["Paid", "Payment released"]),
                "failed": "Payment returned - beneficiary name mismatch",
                "pending": "Approved - payment under process",
            }[status],
            status=status,
        )
        p.part = "foot"
        p.add("small", "This is a system generated advice and needs no signature.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
        own_head(p, ACADEMY, j.to, ["TAX INVOICE CUM RECEIPT - SPONSORSHIP", "TAX INVOICE - SPONSORSHIP"])
        no = f"BLA/{j.year()}SP-{rng.randrange(1, 40):03d}"
        labelled(p, rng.choice(["Invoice No.", "Inv. No."]), no, txn=(INVOICE_RANK, no))
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Bill to", f"M/s {sponsor}")
        p.add("small", f"GSTIN of recipient: {gstin(rng, STATE_CODE)}")
        taxable = sponsor_lines(p, rs)
        p.pair("Taxable value", rs(taxable))
        tax = gst_rows(p, rs, taxable, 18, False)
        total = taxable + tax
        p.pair("Invoice total", rs(total))
        tds = round(taxable * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
        p.pair(rng.choice(["Net amount received", "Received (net of TDS)"]), rs(j.amount), amount=j.amount)
        p.add("small", words_in_rupees(j.amount))
        pay_rows(p, j, "NEFT")
        closing(p, j, "RECEIVED WITH THANKS", status, UNITS[ACADEMY][0])
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 200000, 400000, 0.9)
        j.to = ACAD_FIRM.upper() if rng.random() < 0.6 else ACAD_FIRM
        page = (
            "Canara Bank Net Banking",
            "web",
            "RTGS",
            "CNRB",
            None,
            "netbanking.canarabank.in/fundtransfer/ack",
        )
        p = xfer_page(rng, font, k, page, j, sponsor, "Sponsorship - Monsoon Cup")
        return p.done()
    if k == 5:
        student, _ = rng.choice(STUDENTS)
        j.amount = float(rng.choice([10000, 15000, 21000, 25000]))
        note = f"Scholarship - {student.split()[0]} {j.date.year} season"
        p = upi_page(rng, font, k, "PhonePe", j, vpa(rng, ACADEMY), note, rng.choice(PLAYERS))
        return p.done()
    if k == 6:
        pid = f"pay_{code(rng, 14, MIXED)}"
        p = browser_page(rng, font, f"dashboard.razorpay.com/app/payments/{pid}")
        rs = money_of(rng, font, 0.1)
        j.to = ACAD_FIRM
        p.part = "head"
        top(p, f"{ACAD_FIRM} | Live", merchant=j.to)
        p.add("small", "Razorpay Dashboard - Payments")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment captured", "Captured"]})
        j.amount = round(float(whole(rng.uniform(20000, 90000), 1000)) * 1.18, 2)
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Customer", sponsor)
        p.pair("Email", f"accounts@{site}")
        p.pair("Method", f"Card - {rng.choice(['Visa', 'Mastercard'])} {masked(rng, font)}", method="card")
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        oid = f"order_{code(rng, 14, MIXED)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        fee = round(j.amount * 0.02, 2)
        p.pair("Fee (incl. GST)", rs(round(fee * 1.18, 2)))
        p.pair("Description", "Sponsorship invoice - banner")
        p.part = "foot"
        p.add("small", "Settlement to your bank account follows the T+2 schedule.")
        return p.done()
    p = mail_page(
        rng,
        font,
        f"{UNITS[ACADEMY][0]} <accounts@{SLUGS[ACADEMY]}.in>",
        ["Payment receipt", "Thank you for your payment"],
    )
    rs = money_of(rng, font, 0.1)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"{UNITS[ACADEMY][2]}, {CITY}, {STATE}")
    p.add("center", "PAYMENT RECEIPT")
    p.add("rule")
    p.part = "body"
    wrap_pair(p, "Received from", sponsor)
    taxable = float(whole(rng.uniform(10000, 40000), 500))
    j.amount = round(taxable * 1.18, 2)
    p.add("big", rs(j.amount), amount=j.amount)
    p.pair("Amount received", rs(j.amount))
    p.pair("Payment mode", "Bank transfer", method="netbanking")
    day_row(p, j, {"success": ["Payment date"]}, hour=False)
    p.pair("Payment for", "Sponsorship - social media mentions")
    p.add("center", "Payment received", status=status)
    p.part = "foot"
    p.add("small", "Sent using Zoho Books")
    return p.done()


# ---------------------------------------------------------------- 11. the bank's alerts of the business's debits


# the payee as an alert prints it (capitals, cut where the bank cuts it)
ALERT_PAYEES = [
    "SHUTTLE ZONE DISTRIBUTORS",
    "CHAMUNDI TROPHIES",
    "GREENPITCH TURF CARE",
    "MEERUT WILLOW WORKS",
    "SRI ANNAPOORNA CATERERS",
    "JALANDHAR BALL HOUSE",
    "MYSORE TRAVELS AND TOUR",
    "TIRUPPUR TEAMWEAR CO",
]
CARD_SHOPS = ["REDBUS INDIA", "IOCL HINKAL FILLING STN", "AMAZON PAY INDIA", "SPORTS ARENA WHOLESALE"]
LENDERS = ["BAJAJ FINANCE LTD", "TATA CAPITAL LTD", "HERO FINCORP LTD"]


def sms_page(rng: random.Random, font: str, sender: str, j: Job, text: str, named: str, **facts) -> Screen:
    """A messages app with one alert (heldout106's sms frame): the sender, the day's divider (Today or Yesterday on
    a page without a day), the message, its hour."""
    p = screen(rng, font, "sms", dark=rng.random() < 0.35, width=600, size=22)
    if j.no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice(
            [when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y"), when(j.date, "%a, {d} %b")]
        )
    p.style["h106"].update(
        {
            "sender": f"{rng.choice(['VM', 'AX', 'JD', 'BP', 'VK'])}-{sender}-S",
            "divider": divider,
            "text": text,
            "time": hhmm(rng, lower=rng.random() < 0.3),
        }
    )
    if not j.no_day:
        facts["date"] = j.date
    p.add("left", text.replace("\n", " "), merchant=named, amount=j.amount, status=j.status, **facts)
    return p


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts of the business's debits: HDFC Bank's "Sent Rs.<sum> From HDFC Bank A/C *<n> To <PAYEE> On
    <day> Ref <UPI ref>", ICICI Bank's "debited for Rs <sum> on <day>; <PAYEE> credited. UPI:<ref>", Axis Bank's card
    spend "Spent INR <sum> ... at <SHOP>" (no reference), SBI's "Your RTGS request of Rs <sum> to <PAYEE> dated <day>
    is under process. UTR <UTR>" (pending), Kotak's NACH debit e-mail for the bowling machine loan's EMI (Paid to /
    Mandate holder the lender, UMRN (no id), Reference No.), Bank of Baroda's failed IMPS "to <PAYEE> ... has failed.
    IMPS Ref <ref>", Canara Bank's UPI debit with no day ("towards UPI/P2M to <PAYEE>. UPI Ref <ref>"; the divider says
    Today or Yesterday) and Federal Bank's NEFT e-mail (Beneficiary, UTR); the balance after on some (no fact)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1500, high=90000, p_round=0.6)
    acct = digits(rng, 4)
    named = ALERT_PAYEES[k]
    mark = rng.choice(["Rs.", "Rs ", "INR "])
    grouped = rng.random() < 0.5
    shown = mark + (num(j.amount, "indian") if grouped else f"{j.amount:.2f}")
    if k == 0:
        text = (
            f"Sent {shown}\nFrom HDFC Bank A/C *{acct}\nTo {named}\nOn {when(j.date, '%d/%m/%y')}\nRef "
            f"{j.ref}\nNot You?\nCall 18002586161/SMS BLOCK UPI to 7308080808"
        )
        p = sms_page(rng, font, "HDFCBK", j, text, named, method="UPI", txn=(UTR_RANK, j.ref))
    elif k == 1:
        text = (
            f"ICICI Bank Acct XX{acct[1:]} debited for {shown} on {when(j.date, '%d-%b-%y')}; {named} credited. "
            f"UPI:{j.ref}. Call 18002662 for dispute. SMS BLOCK {acct[1:]} to 9215676766."
        )
        p = sms_page(rng, font, "ICICIT", j, text, named, method="UPI", txn=(UTR_RANK, j.ref))
    elif k == 2:
        j.amount = rupees(rng, 600, 9000, 0.3)
        shown = mark + (num(j.amount, "indian") if grouped else f"{j.amount:.2f}")
        named = rng.choice(CARD_SHOPS)
        text = (
            f"Spent {shown.replace('Rs.', 'INR ').replace('Rs ', 'INR ')} Axis Bank Card no. XX{acct} "
            f"{when(j.date, '%d-%m-%y')} {hhmm(rng, twelve=False, seconds=True)} IST at {named}. Avl Limit: INR "
            f"{num(rupees(rng, 50000, 400000), 'indian')}. Not you? SMS BLOCK {acct} to 919951860002 - Axis Bank"
        )
        p = sms_page(rng, font, "AXISBK", j, text, named, method="card")
    elif k == 3:
        j.amount = rupees(rng, 200000, 420000, 0.8)
        shown = mark + num(j.amount, "indian")
        ref = rtgs_utr("SBIN", rng, j.date)
        text = (
            f"Your RTGS request of {shown} to {named} dated {when(j.date, '%d-%m-%Y')} is under process. UTR "
            f"{ref}. Status will be updated shortly. -SBI"
        )
        p = sms_page(rng, font, "SBIINB", j, text, named, method="netbanking", txn=(UTR_RANK, ref))
    elif k == 5:
        text = (
            f"Your IMPS of {shown} to {named} from A/c XX{acct} on {when(j.date, '%d-%m-%Y')} has failed. IMPS Ref "
            f"{j.ref}. Amount, if debited, will be reversed. -Bank of Baroda"
        )
        p = sms_page(rng, font, "BOBTXN", j, text, named, method="netbanking", txn=(UTR_RANK, j.ref))
    elif k == 6:
        text = (
            f"An amount of INR {num(j.amount, 'western')} has been DEBITED to your account XXX{acct} towards "
            f"UPI/P2M to {named}. UPI Ref {j.ref}. Total Avail.bal INR {num(rupees(rng, 40000, 900000), 'western')}"
            f" - Canara Bank"
        )
        p = sms_page(rng, font, "CANBNK", j, text, named, method="UPI", txn=(UTR_RANK, j.ref))
    else:
        bank, sender, site = (
            ("Kotak Mahindra Bank", "BankAlerts", "kotak.com")
            if k == 4
            else ("Federal Bank", "FedAlerts", "federalbank.co.in")
        )
        p = mail_page(
            rng,
            font,
            f"{sender} <{rng.choice(['alerts', 'noreply'])}@{site}>",
            [
                "Debit alert - NACH" if k == 4 else "NEFT transaction alert",
                "Transaction alert for your account",
            ],
        )
        rs = money(rng, font, 0.0, marks=("INR", "Rs."))
        p.part = "head"
        top(p, bank)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if k == 4:
            j.to = rng.choice(LENDERS)
            j.amount = float(rng.choice([8450, 9120, 11875, 14230]))
            p.add("left", f"Your account XXXXXX{acct} has been debited towards an NACH mandate.")
            p.pair("Amount", rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(["Paid to", "Mandate holder"]), j.to, merchant=j.to)
            p.pair("Purpose", "Loan EMI - bowling machine")
            p.pair("UMRN", f"KKBK{digits(rng, 16)}")
            p.pair("Mode", "NACH debit", method="netbanking")
            bref = f"ACH{digits(rng, 12)}"
            labelled(p, rng.choice(["Reference No.", "Transaction ref"]), bref, txn=(BANK_RANK, bref))
            p.pair("Date", j.day(rng), date=j.date)
        else:
            j.to = named
            p.add("left", "Your NEFT transaction has been processed successfully.")
            p.pair("Amount", rs(j.amount), amount=j.amount)
            wrap_pair(p, "Beneficiary", j.to, merchant=j.to)
            p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
            p.pair("Mode", "NEFT", method="netbanking")
            ref = neft_utr("FDRL", rng, j.date)
            labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
            p.pair("Date", j.day(rng), date=j.date)
        p.add("center", "Successful", status=status)
        p.part = "foot"
        p.add("small", "This is an auto-generated alert. Please do not reply.")
        return p.done()
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- 12. the venue's running costs


CESC_NAMES = [
    "CESC Mysore",
    "Chamundeshwari Electricity Supply Corporation Ltd",
    "Chamundeshwari Electricity Supply Corp. Ltd (CESC)",
]
# product, its company, frame, currency, plan, lines (label, quantity, price), way, site
SOFTWARE = {
    1: (
        "Hudl",
        "Agile Sports Technologies, Inc.",
        "web",
        "USD",
        "Hudl Team - Club (annual)",
        [("Team licence (annual)", 1, 900.00), ("Extra coach seats", 2, 150.00)],
        "card",
        "hudl.com",
    ),
    2: (
        "Veo",
        "Veo Technologies ApS",
        "mail",
        "EUR",
        "Veo Team Plan (monthly)",
        [("Team Plan", 1, 95.00), ("Analytics add-on", 1, 25.00)],
        "card",
        "veo.co",
    ),
    4: (
        "Coach Logic",
        "Coach Logic Ltd",
        "web",
        "GBP",
        "Academy (5 coaches)",
        [("Coach seats", 5, 12.00), ("Video storage 1 TB", 1, 19.00)],
        "card",
        "coach-logic.com",
    ),
    5: (
        "CricHeroes",
        "CricHeroes Pvt Ltd",
        "phone",
        "INR",
        "CricHeroes Pro - Academy plan (yearly)",
        [("Academy plan", 1, 4999.00)],
        "UPI",
        "cricheroes.com",
    ),
}


def bharat_connect(rng: random.Random, font: str, k: int, j: Job, app: str, band) -> Screen:
    """Floodlight electricity paid on Bharat Connect in an app (PhonePe, Paytm): the app on its band, Bharat Connect,
    Bill paid successfully, the sum large, Biller / Electricity board / Paid to (the board, short or long name), Account
    ID / RR No. (never an id), Consumer name, Bill date and Due date (no fact), Bill amount, Paid via UPI, Bharat
    Connect Ref. No. / B-Connect Txn ID, Transaction ID, UPI Ref No., Paid on."""
    dark = rng.random() < 0.25
    p = screen(
        rng,
        font,
        "phone",
        dark=dark,
        width=620,
        title=rng.choice(["", "Bill payment"]),
        buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]),
    )
    phone_frame(p, k)
    rs = money(rng, font, 0.4)
    p.part = "head"
    if not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", app)
    p.add("small", "Bharat Connect - Electricity")
    if not dark:
        p.add("gap")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Bill paid successfully", "Payment successful"]})
    p.add("big", rs(j.amount), amount=j.amount)
    j.to = rng.choice(CESC_NAMES)
    wrap_pair(p, rng.choice(["Biller", "Electricity board", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Account ID", "RR No."]), f"{rng.choice(['VJP', 'BGD', 'N'])}{digits(rng, 7)}")
    wrap_pair(p, "Consumer name", ACAD_FIRM.upper())
    if not j.no_day:
        p.pair("Bill date", j.other_day(rng, -20, -8))
        p.pair("Due date", j.other_day(rng, 3, 12))
    p.pair("Bill amount", rs(j.amount))
    p.pair("Paid via", "UPI", method="UPI")
    if not j.no_ref:
        bc = f"{rng.choice(['PP', 'PT'])}01{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}"
        bc += digits(rng, 8)
        labelled(p, rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 16)
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    day_row(p, j, {"success": ["Paid on", "Transaction date"]})
    p.part = "foot"
    p.add("small", rng.choice(["Bharat Connect  |  NPCI", "Need help with this payment?"]))
    return p


def software_page(rng: random.Random, font: str, k: int, j: Job) -> Screen:
    """The coaching software (Hudl in US dollars, Veo in euros, Coach Logic in pounds, CricHeroes in rupees; a
    billing page in a browser, an e-mail or an app's result screen): the product on top (the payee) and its company,
    Receipt / Payment confirmation / Billing history, Billed to the firm, Account ID (no id), Plan, Billing period
    (no fact), the lines, Subtotal, Tax 0.00 with the reverse-charge line or GST @ 18%, Amount paid / Total / Amount
    due or the sum large, Paid with (a card or UPI), Invoice number, Charge ID / Transaction ID, Auth code, UPI Ref
    No, Paid on / Declined on / Initiated on, Status; Paid / Payment failed - card declined / Payment processing -
    awaiting bank."""
    name, company, frame, cur, plan, lines, way, site = SOFTWARE[k]
    if frame == "phone":
        p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620, title="", buttons=("Done",))
        phone_frame(p, k)
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} <{rng.choice(['billing', 'no-reply'])}@{site}>",
            ["We couldn't process your payment", "Payment failed - update your card"],
        )
    else:
        p = browser_page(
            rng, font, f"{rng.choice(['app', 'www'])}.{site}/{rng.choice(['billing', 'account/invoices'])}"
        )
    show = fx(rng, font, cur) if cur != "INR" else money(rng, font, 0.2)
    words = {
        "success": ["Paid", "Payment successful"],
        "failed": ["Payment failed - card declined"],
        "pending": ["Payment processing - awaiting bank"],
    }
    j.to = name.upper() if rng.random() < 0.15 else name
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", company)
    if frame != "phone":
        p.add(
            "center",
            rng.choice(["Receipt", "Payment confirmation"]) if j.status == "success" else "Billing history",
        )
        p.add("rule")
    p.part = "body"
    if frame == "phone":
        outcome_row(p, j.status, words)
    wrap_pair(p, rng.choice(["Billed to", "Organisation", "Customer"]), ACAD_FIRM)
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, STATE_CODE))
    p.pair("Account ID", f"{code(rng, 2, UPPER)}{digits(rng, 7)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        days = 365 if "annual" in plan or "yearly" in plan else 30
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, price in lines:
        sub += qty * price
        item_row(p, label, f"{qty} x {show(price)}" if qty > 1 else "", show(qty * price))
    sub = round(sub, 2)
    p.pair(rng.choice(["Subtotal", "Sub total"]), show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair("GST @ 18%", show(tax))
    else:
        tax = 0.0
        p.pair(rng.choice(["Tax", "VAT"]), show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = (
            rng.choice(["Amount paid", "Total"])
            if j.status == "success"
            else rng.choice(["Amount due", "Total"])
        )
        p.pair(label, show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: the recipient pays IGST on this import of services.")
    p.pair(
        rng.choice(["Paid with", "Payment method"]),
        f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}" if way == "card" else "UPI",
        method=way,
    )
    if not j.no_ref:
        if j.status == "success":
            inv = f"{code(rng, 3, UPPER)}-{rng.randrange(10000, 99999)}"
            labelled(p, rng.choice(["Invoice number", "Invoice #"]), inv, txn=(INVOICE_RANK, inv))
        if way == "card":
            cid = f"ch_{code(rng, 18, MIXED)}"
            labelled(p, "Charge ID", cid, txn=(TXN_RANK, cid))
            if j.status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            tid = f"CH{digits(rng, 14)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    pats = ["%b {d}, %Y", "%m/%d/%Y", "%B {d}, %Y"] if cur == "USD" else ["%d %b %Y", "{d} %B %Y", "%d/%m/%Y"]
    day_row(
        p,
        j,
        {"success": ["Paid on", "Payment date"], "failed": ["Declined on"], "pending": ["Initiated on"]},
        pats,
    )
    if frame != "phone":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    p.part = "foot"
    p.add("small", rng.choice(["Questions? Contact billing support.", "Thank you for coaching with us."]))
    return p


def venue_costs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The venue's running costs: floodlight electricity through Bharat Connect (PhonePe, Paytm; ``bharat_connect``),
    the coaching software (``software_page``: Hudl, Veo, Coach Logic, CricHeroes), the turf land's RENT RECEIPT from
    its owner (paper: "Received with thanks from M/s <firm> the rent of the land at Bogadi 2nd Stage used as a
    football turf for <month>", Monthly rent, Less: TDS u/s 194-I(b) @ 10%, Net amount received, Cheque No. and its
    day (no fact), the landlord under Landlord / Owner / Lessor (Shri on some, no part of the name), PAN, [ Revenue
    stamp ]; no number) and Mysuru City Corporation's water charges page (the corporation on top, RR No., Water
    charges, Amount paid, Net banking, Transaction ID, Bank Ref No., Paid on)."""
    k = place("venue_costs")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=4500, high=28000, p_round=0.3)
    if k in (0, 7):
        app, band = ("PhonePe", (95, 37, 159)) if k == 0 else ("Paytm", (0, 46, 110))
        return bharat_connect(rng, font, k, j, app, band).done()
    if k in SOFTWARE:
        return software_page(rng, font, k, j).done()
    if k == 3:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.5)
        owner = rng.choice(["H. S. Nagaraj", "Kempamma", "B. R. Siddalingaiah"])
        j.to = owner
        p.part = "head"
        p.add("title", "RENT RECEIPT")
        p.add("rule")
        p.part = "body"
        p.pair("Date", j.day(rng), date=j.date)
        rent = float(rng.choice([55000, 60000, 75000, 80000]))
        tds = round(rent * 0.10, 2)
        j.amount = rent - tds
        p.add(
            "left",
            f"Received with thanks from M/s {ACAD_FIRM} the rent of the land at {UNITS[TURF][2]}, {CITY} used as a "
            f"football turf for {j.month()}.",
        )
        p.pair("Monthly rent", rs(rent))
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
        p.pair("Net amount received", rs(j.amount), amount=j.amount)
        p.add("small", words_in_rupees(j.amount))
        p.pair(
            "Paid by",
            f"Cheque No. {rng.randrange(1, 999999):06d} dt {j.other_day(rng, -5, -1)}",
            method="cheque",
        )
        p.pair("Drawn on", f"{rng.choice(BANKS)}, {CITY}")
        p.add("center", "RENT RECEIVED", status=status)
        p.part = "foot"
        p.add("right" if fits(p, "right", "[ Revenue stamp ]") else "left", "[ Revenue stamp ]")
        label = rng.choice(["Landlord", "Owner", "Lessor"])
        shown = f"Shri {owner}" if rng.random() < 0.4 and owner != "Kempamma" else owner
        p.pair(label, shown, merchant=owner)
        p.pair("PAN", pan(rng))
        return p.done()
    p = browser_page(rng, font, "mysurucitycorporation.co.in/water/onlinepayment/receipt")
    rs = money(rng, font, 0.0, marks=("Rs.", "INR"))
    j.to = rng.choice(["Mysuru City Corporation", "MYSURU CITY CORPORATION"])
    j.amount = rupees(rng, 900, 6500, 0.5)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", "Water supply & underground drainage - online payment")
    p.add("center", "Payment receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Transaction successful"]})
    p.pair("RR No.", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, "Consumer name", ACAD_FIRM)
    p.pair("Ward", f"{rng.randrange(1, 65)} - {UNITS[TURF][2]}")
    p.pair("Water charges", rs(j.amount))
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    p.pair("Payment mode", f"Net banking - {rng.choice(BANKS)}", method="netbanking")
    tid = f"MCC{digits(rng, 12)}"
    labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
    day_row(p, j, {"success": ["Paid on", "Payment date"]})
    p.part = "foot"
    p.add("small", "This is a computer generated receipt.")
    return p.done()


compose = compose158

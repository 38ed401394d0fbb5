"""The twelve heldout160 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a diagnostic lab chain's day in 2026 (Nidaan Diagnostics: a central lab and the
Nidaan Imaging Centre in Nashik and a collection centre in each of Jabalpur, Guntur, Muzaffarpur, Udaipur, Kollam,
Dibrugarh and Hisar; Nidaan Healthcare Pvt Ltd runs the labs and centres, Nidaan Imaging LLP the imaging centre),
told by the proofs of payment it receives and makes: patients' UPI at the counters, the counters' card and QR
terminal slips, home-collection bookings paid in the chain's app, on its website and by payment links, the centres'
own bill cum receipts (pathology, imaging, dues, advances, home collection), companies' remittance advices for
employees' health check-ups, TPAs' and insurers' batch settlements, the reagent and consumable suppliers' bills and
the chain's own payment vouchers, the equipment vendors' (CT service contract, analyser rental, helium, UPS, a
proforma advance, an equipment loan's EMI), the doctors' fees (reporting radiologists, consultant pathologists,
referral and camp doctors, a teleradiology company), the regulators' fees (NABL, AERB through Bharatkosh and eLORA,
the PC-PNDT registration through a state e-challan, the clinical establishment registration, the trade licence and
the fire NOC), the couriers of samples (Porter and Borzo, an air cargo airway bill, a courier counter, India Post,
a cold-chain logistics firm and the chain's own runner) and its bank's SMS alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, patients' names, ages, UHIDs, visit and lab numbers, referring doctors, test codes and lines, MRPs,
discounts, collection slots and report days, booking addresses, invoice tables of the bills a remittance pays,
claim tables, TDS and GST lines, vendor codes, provider and member ids, NABL certificate, AERB licence and PC-PNDT
registration numbers, airway bill, consignment and article numbers, weights, trip details, UMRNs, GSTIN, PAN, IFSC,
MID, TID, batch and STAN, and the payer's own details carry no fact. ``compose`` is heldout158's (heldout156's:
heldout121's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, colour, day26, labelled, screen
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import method_for, pan, right, vpa_base
from bench.receipt_sets.heldout153_families import emi
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, the collection centre's locality, state, GST state code
TOWNS = [
    ("Nashik", "422005", "College Road", "Maharashtra", "27"),
    ("Jabalpur", "482002", "Napier Town", "Madhya Pradesh", "23"),
    ("Guntur", "522002", "Brodipet", "Andhra Pradesh", "37"),
    ("Muzaffarpur", "842001", "Juran Chhapra", "Bihar", "10"),
    ("Udaipur", "313001", "Hiran Magri Sector 4", "Rajasthan", "08"),
    ("Kollam", "691001", "Chinnakada", "Kerala", "32"),
    ("Dibrugarh", "786001", "Thana Chariali", "Assam", "18"),
    ("Hisar", "125001", "Model Town", "Haryana", "06"),
]
TRADE = "Nidaan Diagnostics"
IMAGING = "Nidaan Imaging Centre"
COMPANY = "Nidaan Healthcare Pvt Ltd"
LLP = "Nidaan Imaging LLP"
CODES = ["NSK", "JBP", "GNT", "MZP", "UDR", "KLM", "DBR", "HSR"]
PATIENTS = [
    ("Priya Deshmukh", "F", 34),
    ("Rakesh Dubey", "M", 52),
    ("Sai Kiran Bollineni", "M", 29),
    ("Kumari Anjali Sahni", "F", 23),
    ("Bhavesh Paliwal", "M", 61),
    ("Reshmi Pillai", "F", 47),
    ("Pranjal Gogoi", "M", 38),
    ("Sunita Godara", "F", 66),
    ("Mohd. Irfan Ansari", "M", 44),
    ("Lalitha Kumari Vemuri", "F", 71),
    ("Ojas Kulkarni", "M", 8),
    ("Meenu Rajput", "F", 31),
]
REFERRERS = [
    "Dr. S. K. Bhadane",
    "Dr. Archana Tiwari",
    "Dr. P. Ramesh Babu",
    "Dr. Ajay Kumar Jha",
    "Dr. Nidhi Mehta",
    "Dr. Suresh Nair",
    "Dr. Bijoy Borah",
    "Dr. Satbir Malik",
    "Self",
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Maharashtra",
    "Canara Bank",
    "Punjab National Bank",
    "Union Bank of India",
    "Kotak Mahindra Bank",
    "Federal Bank",
]
IFSC_HEADS = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Maharashtra": "MAHB",
    "Canara Bank": "CNRB",
    "Punjab National Bank": "PUNB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
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
    "%d %b, %Y",
]
REFUND = [
    "If money was debited, it will be refunded to your account within 3-5 working days.",
    "Amount debited, if any, will be reversed by your bank automatically.",
]
WAIT = [
    "Awaiting confirmation from your bank. Please do not pay again.",
    "Your bank has not confirmed yet. The centre will see it once confirmed.",
]
LAB_SUB = [
    "NABL accredited laboratory | Home sample collection",
    "Pathology - Radiology - Health check-ups",
    "Quality diagnostics since 1998 | 24 x 7 emergency lab",
]


def ours(rng: random.Random, town: int, *, firm: float = 0.2, branch: float = 0.35, caps: float = 0.2) -> str:
    """The lab as a payee: the trade name, the collection centre's (trade name - locality) on some, the company on
    some, in capitals on some."""
    r = rng.random()
    name = COMPANY if r < firm else f"{TRADE} - {TOWNS[town][2]}" if r < firm + branch else TRADE
    return name.upper() if rng.random() < caps else name


def imaging(rng: random.Random, *, firm: float = 0.25, caps: float = 0.2) -> str:
    """The imaging centre as a payee: its name, with its town on some, the LLP on some, in capitals on some."""
    r = rng.random()
    name = LLP if r < firm else f"{IMAGING}, Nashik" if r < firm + 0.3 else IMAGING
    return name.upper() if rng.random() < caps else name


def neft22(head4: str, rng: random.Random, date: dt.date) -> str:
    """A 22-character NEFT UTR (the bank's letters, N, a channel digit, the day in full, a sequence)."""
    return f"{head4}N{rng.choice('0123456789')}{date:%Y%m%d}{digits(rng, 8)}"


def neft_ref(head4: str, rng: random.Random, date: dt.date) -> str:
    """An NEFT UTR in one of the two shapes banks print (16 or 22 characters); both spell the day."""
    return neft_utr(head4, rng, date) if rng.random() < 0.55 else neft22(head4, rng, date)


def bank_ref(rng: random.Random) -> str:
    """A bank's own reference (no day in it)."""
    return rng.choice([f"{code(rng, 4, UPPER)}{digits(rng, 10)}", f"{code(rng, 2, UPPER)}{digits(rng, 11)}"])


def acct_ifsc(rng: random.Random, banks: list[str] | None = None) -> tuple[str, str, str]:
    """A bank, an account's masked number and an IFSC of the same bank."""
    bank = rng.choice(banks or BANKS)
    return bank, f"XXXXXXXX{digits(rng, 4)}", f"{IFSC_HEADS[bank]}0{digits(rng, 6)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 300,
        high: float = 30000,
        p_round: float = 0.7,
        town: int | None = None,
        firm: float = 0.2,
        branch: float = 0.35,
        caps: float = 0.2,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = ours(rng, self.town, firm=firm, branch=branch, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other(self, rng: random.Random, low: int, high: int, pats: list[str] | None = None) -> str:
        """Another day (a report's, a slot's, an invoice's, a due day): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(pats or DAY_PATS))

    def stamp(self, rng: random.Random, hour: bool = True) -> str:
        return stamp(rng, self.date, PATS, hour=hour)


def letterhead(
    p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True, gst: bool = True
) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN and phone (never an id), the document's
    kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add(
        "small",
        f"{rng.choice(['Shop No.', 'Ground floor,', 'Plot No.', 'Unit'])} {rng.randrange(2, 190)}, {city[2]}, "
        f"{city[0]} - {city[1]}",
    )
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  Ph: {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Ph: {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def rail(p: Screen, j: Job, way: str, heads: list[str], *, upi_labels: list[str] | None = None) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference on a page
    without a day: both UTRs spell it), an approval code and on some an RRN for a card; none for cash or a cheque."""
    rng = p.rng
    if way == "UPI":
        labelled(
            p,
            rng.choice(upi_labels or ["UPI Ref No.", "UPI Txn Ref", "UPI RRN"]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = bank_ref(rng)
        p.pair(rng.choice(["Bank Ref. No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_ref(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["RTGS UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def way_text(rng: random.Random, way: str, font: str) -> str:
    """The way as a receipt or voucher prints it."""
    return {
        "cash": rng.choice(["Cash", "By cash"]),
        "UPI": rng.choice(["UPI", "UPI (centre QR)", "UPI - PhonePe", "BHIM UPI"]),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
    }[way]


def lab_vpa(rng: random.Random, town: int, handles: list[str]) -> str:
    """The lab's UPI handle at a centre (its QR's)."""
    return rng.choice(
        [
            f"nidaan.{CODES[town].lower()}@{rng.choice(handles)}",
            f"nidaandiag{rng.randrange(1, 99)}@{rng.choice(handles)}",
            f"nidaanhealthcare@{rng.choice(handles)}",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(handles)}",
        ]
    )


def patient(rng: random.Random) -> tuple[str, str, int]:
    return rng.choice(PATIENTS)


def mob(rng: random.Random) -> str:
    return f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXX{digits(rng, 3)}"


# ---------------------------------------------------------------- 1. patients' UPI at the counters


# the patient's app: title, band, the app's own id's label (None: it prints none), layout, its words
UPI_APPS = [
    ("PhonePe", (95, 37, 159), "Transaction ID", "stack"),
    ("Google Pay", None, "Google transaction ID", "card"),
    ("Paytm", (0, 40, 110), None, "list"),
    ("BHIM", (0, 98, 65), None, "list"),
    ("amazon pay", (35, 47, 62), "Amazon Pay transaction ID", "card"),
    ("super.money", (60, 20, 140), "Transaction ID", "stack"),
    ("Navi", (20, 20, 24), "Navi transaction ID", "stack"),
    ("WhatsApp", (0, 128, 105), None, "card"),
]
UPI_WORDS = {
    "PhonePe": (["Transaction Successful"], ["Transaction Failed"], ["Transaction Pending"]),
    "Google Pay": (["Completed", "Payment successful"], ["Failed"], ["Pending", "Processing"]),
    "Paytm": (["Paid Successfully", "Payment Successful"], ["Payment Failed"], ["Payment Pending"]),
    "BHIM": (["Transaction Successful", "Success"], ["Transaction Declined"], ["Transaction Pending"]),
    "amazon pay": (["Payment successful"], ["Payment failed"], ["Payment pending"]),
    "super.money": (["Payment successful", "Paid"], ["Payment failed"], ["Payment processing"]),
    "Navi": (["Payment successful"], ["Payment failed"], ["Payment in progress"]),
    "WhatsApp": (["Payment successful", "Paid"], ["Payment failed"], ["Payment pending", "Processing"]),
}
LAB_HANDLES = ["icici", "hdfcbank", "ybl", "paytm", "axisbank", "sbi"]
UPI_NOTES = [
    "CBC + ESR",
    "Thyroid profile - Amma",
    "HbA1c + lipid profile",
    "Vit D & B12",
    "Full body checkup",
    "Dengue NS1 + CBC",
    "Urine R/M + culture",
    "Fever panel - Papa",
    "LFT KFT",
    "Sugar F & PP",
]
IMAGING_NOTES = ["MRI knee balance", "CT head plain", "USG whole abdomen", "X-ray chest PA", "MRI brain"]
UPI_SUMS = [250, 350, 450, 600, 799, 950, 1250, 1499, 1850, 2299, 2999, 3499]
IMAGING_SUMS = [650, 1200, 1800, 2500, 3500, 4800, 6500, 8200]


def own_upi_id(rng: random.Random, app: str, date: dt.date, no_day: bool) -> str | None:
    """The app's own number for the payment (PhonePe's and super.money's spell the day: none on a page without
    one)."""
    if app == "PhonePe":
        return None if no_day else f"T{date:%y%m%d}{rng.randrange(8, 22):02d}{digits(rng, 14)}"
    if app == "Google Pay":
        return "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if app == "amazon pay":
        return f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if app == "super.money":
        return None if no_day else f"SM{date:%y%m%d}{digits(rng, 12)}"
    if app == "Navi":
        return f"NV{code(rng, 4, UPPER)}{digits(rng, 12)}"
    return None


def upi_stack(p: Screen, j: Job, app: str, own: tuple | None, words: list[str], vpa: str, note: str) -> None:
    """PhonePe's, super.money's and Navi's screen: the outcome large with the hour and the day under it, Paid to /
    Paying to / To over the payee beside the sum, the handle, Transfer Details: the app's own id, Debited from and the
    account, UTR: the reference."""
    rng, font = p.rng, p.font
    rs = money(rng, font, 0.6)
    p.part = "outcome"
    word = rng.choice(words)
    p.add("title" if fits(p, "title", word) else "center", word, status=j.status)
    p.accent(colour(j.status))
    clock = hhmm(rng, lower=rng.random() < 0.5)
    if j.no_day:
        p.add("small", clock)
    else:
        p.add(
            "small",
            f"{clock} on {when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y', '%d/%m/%Y']))}",
            date=j.date,
        )
    p.part = "body"
    p.add("gap")
    p.add("left", "Paid to" if j.status == "success" else rng.choice(["Paying to", "To"]))
    if fits(p, "pair", f"{j.to}  {rs(j.amount)}     "):
        p.add("pair", j.to, rs(j.amount), merchant=j.to, amount=j.amount)
    else:
        p.add("left", j.to, merchant=j.to)
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", vpa, method="UPI")
    if rng.random() < 0.7:
        p.add("small", f"Message: {note}")
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.add("left", rng.choice(["Transfer Details", "Payment details"]))
    if own and not j.no_ref:
        labelled(p, own[0], own[1], txn=(TXN_RANK, own[1]))
    p.add("small", "Debited from")
    p.add("pair", f"{rng.choice(BANKS[:4])} XX{digits(rng, 4)}", rs(j.amount))
    if not j.no_ref and (j.status != "failed" or rng.random() < 0.6):
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))


def upi_card(p: Screen, j: Job, app: str, own: tuple | None, words: list[str], vpa: str, note: str) -> None:
    """Google Pay's, Amazon Pay's and WhatsApp's screen: the payee's initial, To <payee> and its handle, the sum large,
    the outcome, the day and the hour, the note; under a rule UPI transaction ID, To, From (the patient and the bank),
    the app's own id."""
    rng, font = p.rng, p.font
    rs = money(rng, font, 0.7)
    p.part = "outcome"
    initial = next(ch for ch in j.to if ch.isalpha()).upper()
    p.add("title", initial)
    if fits(p, "center", f"To {j.to}"):
        p.add("center", f"To {j.to}", merchant=j.to)
    else:
        p.add("small", "To")
        p.add("center", j.to, merchant=j.to)
    p.add("small", vpa, method="UPI")
    p.add("big", rs(j.amount), amount=j.amount)
    tick = sign(font, "\u2713", "")
    word = rng.choice(words)
    p.add("center", f"{tick} {word}".strip() if j.status == "success" else word, status=j.status)
    p.accent(colour(j.status))
    if not j.no_day:
        p.add(
            "small",
            f"{when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}, {hhmm(rng, lower=True)}",
            date=j.date,
        )
    if rng.random() < 0.6:
        p.add("small", note)
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "body"
    p.add("rule")
    if not j.no_ref:
        p.add("small", rng.choice(["UPI transaction ID", "UPI Transaction ID", "UPI Ref No"]))
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    p.add("left", f"To: {j.to}")
    name, _, _ = patient(rng)
    p.add("left", f"From: {name.upper()} ({rng.choice(BANKS[:6])})")
    p.add("small", f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}")
    if own and not j.no_ref:
        p.add("small", own[0])
        p.add("left", own[1], txn=(TXN_RANK, own[1]))


def upi_list(p: Screen, j: Job, app: str, own: tuple | None, words: list[str], vpa: str, note: str) -> None:
    """Paytm's and BHIM's screen: the outcome, the sum large, then rows: Paid to / To, UPI ID / VPA, UPI Ref. No. /
    UPI Reference No. / RRN, Date & time / Paid on, From / Debited from, Remarks."""
    rng, font = p.rng, p.font
    rs = money(rng, font, 0.5)
    p.part = "outcome"
    outcome_row(p, j.status, {j.status: words})
    p.add("big", rs(j.amount), amount=j.amount)
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "body"
    p.add("rule")
    wrap_pair(p, "Paid to" if j.status == "success" else "To", j.to, merchant=j.to)
    p.pair(rng.choice(["UPI ID", "VPA"]), vpa, method="UPI")
    if not j.no_ref:
        labelled(p, rng.choice(["UPI Ref. No.", "UPI Reference No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        label = rng.choice(
            ["Date & time", "Paid on"] if j.status == "success" else ["Date & time", "Initiated on"]
        )
        labelled(p, label, j.stamp(rng), date=j.date)
    p.pair(rng.choice(["From", "Debited from"]), f"{rng.choice(BANKS[:6])} {masked(rng, font)}")
    p.pair(rng.choice(["Remarks", "Note"]), note)


def patient_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A patient's UPI app after paying a collection centre's or the imaging centre's QR (PhonePe, Google Pay, Paytm,
    BHIM, Amazon Pay, super.money, Navi, WhatsApp Pay; dark on some): three layouts of the app's own (``upi_stack``,
    ``upi_card``, ``upi_list``), the centre (the trade name, the centre with its locality, the company, the imaging
    centre or the LLP, in capitals on some) as the payee, its QR's handle, the app's own id on some, a note (CBC +
    ESR, MRI knee balance)."""
    k = place("patient_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    app, band, own_label, layout = UPI_APPS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    scan = j.town == 0 and rng.random() < 0.5
    if scan:
        j.to = imaging(rng)
        j.amount = float(rng.choice(IMAGING_SUMS))
        note = rng.choice(IMAGING_NOTES)
    else:
        j.amount = float(rng.choice(UPI_SUMS)) if rng.random() < 0.6 else rupees(rng, 200, 4500, 0.4)
        note = rng.choice(UPI_NOTES)
    p = phone_page(rng, font, k, ["", "Payment status", "Transaction details"])
    head(p, app, band, p.style["h106"]["dark"], ["Scan & pay", "UPI payment", "Pay to merchant"])
    words = dict(zip(("success", "failed", "pending"), UPI_WORDS[app]))[status]
    own_value = own_upi_id(rng, app, j.date, j.no_day) if own_label else None
    own = (own_label, own_value) if own_value and rng.random() < 0.8 else None
    vpa = lab_vpa(rng, j.town, LAB_HANDLES)
    {"stack": upi_stack, "card": upi_card, "list": upi_list}[layout](p, j, app, own, words, vpa, note)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share receipt  |  Done", "Powered by UPI", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 2. the counters' card and QR terminals


# the terminal's maker (printed on top on some) and the kind of slip
TERMINALS = [
    ("PAYTM EDC", "chip"),
    ("PINE LABS", "tap"),
    ("RAZORPAY POS", "qr"),
    ("PHONEPE SMART POS", "chip"),
    ("SBI POS", "swipe"),
    ("AXIS BANK", "chip"),
    ("IDFC FIRST BANK", "tap"),
    ("MSWIPE", "qr"),
]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%y", "%d.%m.%y", "%d%b%Y", "%Y-%m-%d"]
SLIP_DECLINES = [
    "51 - INSUFFICIENT FUNDS",
    "55 - INCORRECT PIN",
    "54 - EXPIRED CARD",
    "91 - ISSUER UNAVAILABLE",
]
HOLDERS = [
    "DESHMUKH/PRIYA",
    "DUBEY/RAKESH K",
    "GOGOI/PRANJAL",
    "PILLAI/RESHMI",
    "GODARA/SUNITA",
    "ANSARI/M I",
]


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A collection centre's or the imaging centre's terminal slip (Paytm EDC, Pine Labs, Razorpay POS, PhonePe Smart
    POS, SBI POS, Axis Bank, IDFC FIRST Bank, Mswipe; monospace): the maker on top on some, CHARGE SLIP / SALE RECEIPT
    on some, the centre in capitals (NIDAAN DIAGNOSTICS, with the locality, the company; NIDAAN IMAGING CENTRE or the
    LLP in Nashik) and its town, DATE : / TIME : on one row or two or DATE/TIME :, MID : / MERCHANT ID : and TID : /
    TERMINAL ID : (one row on some), BATCH : and ROC : (the slip's own number), STAN : on some, TXN TYPE : SALE / UPI
    SALE, the card's scheme and CARD NO : / CARD : masked, EXP DT : **/**, CHIP / TAP / SWIPE, CARDHOLDER : on some, APPR
    CODE : and RRN :, or PAYER VPA : with UPI REF NO : and TXN ID :; BASE AMT : and TOTAL AMOUNT : / TOTAL : / AMOUNT
    : (INR, RS. or none; western grouping or plain); APPROVED / TRANSACTION APPROVED / SUCCESS, DECLINED with RESP : 51 -
    INSUFFICIENT FUNDS, UPI TXN PENDING with VERIFY ON APP BEFORE RELEASING REPORT; CUSTOMER COPY and the issuer's
    line."""
    k = place("counter_slips")
    status = outcome(k, failed=(4,), pending=(7,))
    maker, kind = TERMINALS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    p = slip_page(rng, font)
    scan = k == 0 or (k == 3 and rng.random() < 0.5)
    if scan:
        roll = rng.random()
        name = (LLP if roll < 0.3 else IMAGING).upper()
        j.amount = float(rng.choice([1800, 2500, 3200, 4500, 6500, 7800, 9500, 12500]))
    else:
        roll = rng.random()
        name = (COMPANY if roll < 0.25 else f"{TRADE} {TOWNS[k][2]}" if roll < 0.6 else TRADE).upper()
        j.amount = (
            float(whole(rng.uniform(300, 5500), 10)) if rng.random() < 0.7 else rupees(rng, 300, 5500, 0)
        )
    if not fits(p, "center", name):
        name = (IMAGING if scan else TRADE).upper()
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", maker)
    if rng.random() < 0.4:
        p.add("center", rng.choice(["CHARGE SLIP", "SALE RECEIPT"]))
    p.add("center", name, merchant=name)
    line = f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper()
    p.add("center", line if fits(p, "center", line) else TOWNS[k][0].upper())
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=True)
    if j.no_day:
        p.pair("TIME :", clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        form = rng.random()
        one = f"DATE : {text}   TIME : {clock}"
        if form < 0.4 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.7:
            p.pair("DATE :", text, date=j.date)
            p.pair("TIME :", clock)
        else:
            p.pair("DATE/TIME :", f"{text} {clock}", date=j.date)
    mid, tid = digits(rng, 15), digits(rng, 8)
    both = f"MID : {mid}  TID : {tid}"
    if rng.random() < 0.4 and fits(p, "left", both):
        p.add("left", both)
    else:
        p.pair(rng.choice(["MID :", "MERCHANT ID :"]), mid)
        p.pair(rng.choice(["TID :", "TERMINAL ID :"]), tid)
    p.pair("BATCH :", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        roc = f"{rng.randrange(1, 9999):06d}"
        p.pair("ROC :", roc, txn=(INVOICE_RANK, roc))
    if rng.random() < 0.4:
        p.pair("STAN :", f"{rng.randrange(1, 999999):06d}")
    if kind == "qr":
        p.pair("TXN TYPE :", "UPI SALE", method="UPI")
        payer = rng.choice(["okaxis", "ybl", "oksbi", "paytm", "ibl"])
        p.pair("PAYER VPA :", f"{vpa_base(patient(rng)[0])}{rng.randrange(1, 99)}@{payer}")
        if not j.no_ref:
            if status != "pending":
                p.pair(rng.choice(["UPI REF NO :", "RRN :"]), j.ref, txn=(UTR_RANK, j.ref))
            tx = f"{code(rng, 3, UPPER)}{digits(rng, 13)}"
            p.pair("TXN ID :", tx, txn=(TXN_RANK, tx))
    else:
        p.pair("TXN TYPE :", "SALE")
        scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair(rng.choice(["CARD NO :", "CARD :"]), f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE :", f"{scheme} {rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("EXP DT :", "**/**")
        p.pair("ENTRY :", {"tap": "TAP", "swipe": "SWIPE"}.get(kind, "CHIP"))
        if rng.random() < 0.4:
            p.pair("CARDHOLDER :", rng.choice(HOLDERS))
        if not j.no_ref:
            if status == "success":
                appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, ALNUM)
                p.pair(rng.choice(["APPR CODE :", "AUTH CODE :"]), appr, txn=(APPR_RANK, appr))
            p.pair("RRN :", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS. ", "Rs ", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if rng.random() < 0.4:
        p.pair("BASE AMT :", amt(j.amount))
    p.pair(rng.choice(["TOTAL AMOUNT :", "TOTAL :", "AMOUNT :"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    word = {
        "success": rng.choice(["APPROVED", "TRANSACTION APPROVED", "SUCCESS"]),
        "failed": "DECLINED",
        "pending": "UPI TXN PENDING",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("center", f"RESP : {rng.choice(SLIP_DECLINES)}")
    elif status == "pending":
        p.add("small", "VERIFY ON APP BEFORE RELEASING REPORT")
    p.part = "foot"
    if status == "success" and kind == "swipe":
        p.add("small", "SIGN ________________________")
    elif status == "success" and kind != "qr":
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    if kind != "qr":
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "-- CUSTOMER COPY --", "CUSTOMER COPY"]))
    return p.done()


# ---------------------------------------------------------------- 3. home-collection bookings paid online


# the page (the chain's app, its website with a gateway, a payment link the phlebotomist sends) and the way
HOME_PAGES = [
    ("app", None, "UPI"),
    ("web", "Razorpay", "card"),
    ("app", None, "card"),
    ("link", "PayU", "UPI"),
    ("app", None, "netbanking"),
    ("web", "Paytm", "UPI"),
    ("link", "Cashfree Payments", "card"),
    ("app", None, "UPI"),
]
HOME_TESTS = [
    ("Full Body Checkup - Essential (72 tests)", 1499),
    ("Full Body Checkup - Advanced (94 tests)", 2499),
    ("Thyroid profile (T3, T4, TSH)", 450),
    ("HbA1c", 399),
    ("Lipid profile", 549),
    ("Vitamin D (25-OH)", 899),
    ("Vitamin B12", 749),
    ("CBC", 299),
    ("Fever panel (CBC, MP, Widal, NS1)", 1199),
    ("Senior citizen package", 1999),
    ("Diabetes care package", 899),
    ("Iron studies", 799),
    ("Kidney function test", 599),
]
COUPONS = [("FIRSTHOME", 0.15), ("HEALTHY10", 0.10), ("SENIOR20", 0.20)]
PHLEBOS = [
    "Sachin Pawar",
    "Imran Qureshi",
    "K. Venkatesh",
    "Ravi Ranjan",
    "Dilip Meena",
    "Anoop V.",
    "Bikash Das",
]
SLOTS = ["6:30 - 7:30 AM", "7:00 - 8:00 AM", "8:00 - 9:00 AM", "9:30 - 10:30 AM", "5:00 - 6:00 PM"]


def basket(p: Screen, rs, j: Job) -> float:
    """The tests booked with their prices, the home collection charge and a coupon on some (no fact): the total."""
    rng = p.rng
    picks = rng.sample(HOME_TESTS, rng.randint(1, 3))
    for name, price in picks:
        item_row(p, name, "", rs(float(price)))
    tests = float(sum(price for _, price in picks))
    total = tests
    if rng.random() < 0.5:
        label, share = rng.choice(COUPONS)
        off = round(tests * share, 2)
        total -= off
        p.pair(f"Coupon {label}", f"-{rs(off)}")
    charge = float(rng.choice([0, 0, 99, 149]))
    p.pair("Home collection charges", rs(charge) if charge else "FREE")
    return round(total + charge, 2)


def home_collection(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A home-collection booking paid online: the chain's app (Nidaan Health on its band: Booking confirmed / Payment
    successful / Payment failed - booking not confirmed / Payment pending - slot held for 15 minutes, the sum large,
    Booking ID, Lab / Collection centre / Billed by the centre, Patient (name, sex, age), the tests and their prices,
    Coupon, Home collection charges, Amount paid, Collection slot, Address, Paid via, Payment ID / Transaction ID, UPI
    Ref No. / Bank Ref No. / Auth code, Paid on / Payment date / Attempted on / Initiated on), its website after the
    gateway (Razorpay, Paytm; the lab on top, Order total, Paid using) and the payment links its phlebotomists send
    at the door (PayU, Cashfree Payments: the company or the centre on top, Payment for, Paid by, Collected by,
    Payment mode, PayU ID / CF Payment ID, the gateway's footer)."""
    k = place("home_collection")
    status = outcome(k, failed=(5,), pending=(2,))
    frame, gateway, way = HOME_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=rng.randrange(8), firm=0.3)
    name, sex, age = patient(rng)
    words = {
        "success": ["Booking confirmed", "Payment successful", "Order placed - payment received"],
        "failed": ["Payment failed - booking not confirmed"],
        "pending": ["Payment pending - slot held for 15 minutes"],
    }
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Booking details", "Order summary"])
        rs = money(rng, font, 0.6)
        head(p, "Nidaan Health", (0, 110, 120), p.style["h106"]["dark"], ["Lab tests at home", "My bookings"])
        p.part = "outcome"
        outcome_row(p, status, words)
    elif frame == "web":
        host = "www.nidaandiagnostics.in"
        p = browser_page(
            rng, font, f"{host}/home-collection/booking/{rng.choice(['status', 'confirmation'])}"
        )
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        shown = TRADE.upper() if rng.random() < 0.25 else TRADE
        top(p, shown, merchant=shown)
        p.add(
            "small",
            rng.choice(["Home sample collection | NABL accredited labs", "Lab tests at your doorstep"]),
        )
        p.add("rule")
        p.part = "outcome"
        outcome_row(p, status, words)
    else:
        url = {"PayU": "u.payu.in/", "Cashfree Payments": "payments.cashfree.com/links/"}[gateway]
        p = browser_page(rng, font, url + code(rng, 8, MIXED))
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        shown = rng.choice([COMPANY, f"{TRADE} - {TOWNS[j.town][2]}", TRADE])
        top(p, shown, merchant=shown)
        p.add("small", f"{TOWNS[j.town][0]}, {TOWNS[j.town][3]}")
        p.add("rule")
        p.part = "outcome"
        outcome_row(p, status, {**words, "success": ["Payment successful", "Paid"]})
    p.part = "body"
    if frame == "link":
        total = float(rng.choice([450, 650, 899, 1199, 1350, 1499, 1850, 2499, 2950]))
        j.amount = total
        p.add("big", rs(total), amount=total)
        wrap_pair(
            p,
            rng.choice(["Payment for", "Purpose"]),
            rng.choice(["Home collection - tests", "Home visit - samples"]),
        )
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), name)
        p.pair("Mobile", mob(rng))
        wrap_pair(p, "Collected by", f"{rng.choice(PHLEBOS)} (phlebotomist)")
    else:
        if not j.no_ref:
            booking = f"HC{digits(rng, 8)}"
            labelled(p, rng.choice(["Booking ID", "Order ID"]), booking, txn=(ORDER_RANK, booking))
        if frame == "app":
            wrap_pair(p, rng.choice(["Lab", "Collection centre", "Billed by"]), j.to, merchant=j.to)
        wrap_pair(p, "Patient", f"{name} ({sex}, {age})")
        p.add("rule")
        total = basket(p, rs, j)
        j.amount = total
        if frame == "app":
            p.add("big", rs(total), amount=total)
            p.pair("Amount paid" if status == "success" else "Amount", rs(total))
        else:
            p.pair(rng.choice(["Order total", "Total payable"]), rs(total), amount=total)
        p.add("rule")
        slot = rng.choice(SLOTS)
        if j.no_day:
            wrap_pair(p, "Collection slot", f"Tomorrow, {slot}")
        else:
            wrap_pair(
                p, "Collection slot", f"{j.other(rng, 1, 4, ['{d} %b %Y', '%d/%m/%Y', '%a, {d} %b'])}, {slot}"
            )
        wrap_pair(p, "Address", f"Flat {rng.randrange(101, 904)}, {TOWNS[j.town][2]}, {TOWNS[j.town][0]}")
    show = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:4])}",
    }[way]
    if gateway in ("Razorpay", "Paytm"):
        show = f"{gateway} - {show}"
    p.pair(rng.choice(["Paid via", "Payment mode", "Paid using"]), show, method=way)
    if not j.no_ref:
        if gateway == "Razorpay":
            pid, label = f"pay_{code(rng, 14, MIXED)}", "Payment ID"
        elif gateway == "Paytm":
            pid, label = digits(rng, 20), "Transaction ID"
        elif gateway == "PayU":
            pid, label = digits(rng, 11), "PayU ID"
        elif gateway == "Cashfree Payments":
            pid, label = digits(rng, 10), "CF Payment ID"
        else:
            pid, label = f"NHP{digits(rng, 12)}", rng.choice(["Payment ID", "Transaction ID"])
        labelled(p, label, pid, txn=(TXN_RANK, pid))
        if status == "success" or (status == "failed" and way == "UPI"):
            if way == "UPI":
                labelled(p, rng.choice(["UPI Ref No.", "UPI RRN", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = bank_ref(rng)
                labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair(rng.choice(["Auth code", "Approval code"]), appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        label = {
            "success": rng.choice(["Paid on", "Payment date", "Transaction date"]),
            "failed": "Attempted on",
            "pending": "Initiated on",
        }[status]
        labelled(p, label, j.stamp(rng), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Your slot is confirmed as soon as the bank confirms the payment.")
    p.part = "foot"
    if frame == "link":
        p.add(
            "small",
            {"PayU": "Payments powered by PayU", "Cashfree Payments": "Secured by Cashfree Payments"}[
                gateway
            ],
        )
    else:
        p.add(
            "small",
            rng.choice(["Reports on WhatsApp and e-mail within 24 hours.", "Need help? Call 1800 209 4321"]),
        )
    return p.done()


# ---------------------------------------------------------------- 4. the centres' own bill cum receipts


# the page and the way paid
BILL_PAGES = [
    ("bill", "cash"),
    ("bill", "UPI"),
    ("scan", "card"),
    ("camp", "cash"),
    ("due", "UPI"),
    ("advance", "UPI"),
    ("bill", "card"),
    ("home", "cash"),
]
# code, test, price
LAB_TESTS = [
    ("H0012", "Complete Blood Count (CBC)", 300),
    ("H0031", "ESR", 120),
    ("B0104", "Glucose - fasting", 90),
    ("B0105", "Glucose - PP", 90),
    ("B0220", "HbA1c", 450),
    ("B0310", "Lipid profile", 600),
    ("B0402", "Liver function test (LFT)", 650),
    ("B0405", "Kidney function test (KFT)", 650),
    ("E0110", "Thyroid profile (T3, T4, TSH)", 500),
    ("E0230", "Vitamin D (25-OH)", 1100),
    ("E0231", "Vitamin B12", 900),
    ("S0501", "Dengue NS1 antigen", 650),
    ("S0520", "Widal test", 200),
    ("C0101", "Urine routine & microscopy", 150),
    ("M0301", "Urine culture & sensitivity", 700),
    ("B0601", "Serum electrolytes", 550),
]
SCANS = [
    ("MRI brain - plain", 5500),
    ("MRI lumbar spine", 6000),
    ("MRI knee (right)", 6500),
    ("CT head - plain", 2200),
    ("CT abdomen & pelvis - contrast", 7500),
    ("HRCT chest", 3500),
    ("USG whole abdomen", 1200),
    ("X-ray chest PA", 400),
]
DISCOUNTS = [("Senior citizen (10%)", 0.10), ("Health camp (20%)", 0.20), ("Staff family (15%)", 0.15)]


def patient_rows(p: Screen, j: Job, *, scan: bool) -> None:
    """UHID / Patient ID, Visit No. / Lab No., Patient, Age / Sex, Ref. by (no fact)."""
    rng = p.rng
    name, sex, age = patient(rng)
    p.pair(rng.choice(["UHID", "Patient ID"]), f"{CODES[j.town]}{digits(rng, 7)}")
    p.pair(
        rng.choice(["Visit No.", "Lab No."] if not scan else ["Study No.", "Accession No."]), digits(rng, 9)
    )
    wrap_pair(p, rng.choice(["Patient", "Patient name", "Name"]), name)
    p.pair("Age / Sex", f"{age} Y / {sex}")
    wrap_pair(p, rng.choice(["Ref. by", "Referred by"]), rng.choice(REFERRERS))


def patient_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A centre's own paper from its lab software (the centre on top: the trade name, the centre with its locality,
    the company, or the imaging centre or LLP in Nashik, in capitals on some; NABL line, address, GSTIN): a BILL CUM
    RECEIPT / PATIENT BILL & RECEIPT (Bill No., Date / Bill date, UHID / Patient ID, Visit No. / Lab No., Patient,
    Age / Sex, Ref. by, the tests with their codes and prices, Gross amount, Discount, Net amount, Amount paid / Paid /
    Received, Balance 0.00, Report due (another day)), an IMAGING BILL CUM RECEIPT (Study No. / Accession No., the scan,
    Contrast / Film & CD charges), a CASH MEMO - HEALTH CAMP, a DUE RECEIPT / BALANCE PAYMENT RECEIPT (Against Bill No.
    of another day, Bill amount, Paid earlier, Received now, Balance), an ADVANCE RECEIPT - MRI / CT (Scan, Slot,
    Estimated charges, Advance received) and a HOME COLLECTION RECEIPT (the phlebotomist's printer: Collected by,
    Home visit charges); the sum in words, Mode / Paid by / Payment mode and its reference; PAID / RECEIVED WITH THANKS
    / PAYMENT RECEIVED / CARD DECLINED - AMOUNT DUE / UPI PAYMENT PENDING - SLOT CONFIRMED ON RECEIPT, and the centre's
    rubber stamp on some."""
    k = place("patient_bills")
    status = outcome(k, failed=(6,), pending=(5,))
    page, way = BILL_PAGES[k]
    j = Job(
        rng, status, no_ref=k == 3, no_day=k == 1, town=k if page not in ("scan", "advance") else 0, firm=0.3
    )
    scan = page in ("scan", "advance")
    if scan:
        j.to = imaging(rng)
    p = paper_page(rng, font, [600, 640, 680]) if page == "home" else paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    kinds = {
        "bill": ["BILL CUM RECEIPT", "PATIENT BILL & RECEIPT"],
        "scan": ["IMAGING BILL CUM RECEIPT"],
        "camp": ["CASH MEMO - HEALTH CAMP"],
        "due": ["DUE RECEIPT", "BALANCE PAYMENT RECEIPT"],
        "advance": ["ADVANCE RECEIPT - MRI / CT"],
        "home": ["HOME COLLECTION RECEIPT"],
    }[page]
    sub = (
        "1.5 T MRI | 128-slice CT | Ultrasound | Digital X-ray"
        if scan
        else f"NABL accredited lab (MC-{rng.randrange(1000, 7999)}) | Home collection"
    )
    letterhead(p, j.town, j.to, kinds, sub=sub, gst=rng.random() < 0.6)
    if not j.no_ref:
        prefix = {"due": "DR", "advance": "AR", "home": "HC"}.get(page, "B")
        bno = f"{CODES[j.town]}/{prefix}/{j.year()}{rng.randrange(1, 99999):05d}"
        label = ["Receipt No.", "Rcpt. No."] if page in ("due", "advance") else ["Bill No.", "Bill No"]
        p.pair(rng.choice(label), bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date", "Dated"]), f"{j.day(rng)} {hhmm(rng)}", date=j.date)
    patient_rows(p, j, scan=scan)
    p.add("rule")
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "failed": "CARD DECLINED - AMOUNT DUE",
        "pending": "UPI PAYMENT PENDING - SLOT CONFIRMED ON RECEIPT",
    }[status]
    if page in ("bill", "camp", "home", "scan"):
        if page == "scan":
            scan_name, price = rng.choice(SCANS)
            lines = [(scan_name, float(price))]
            if "contrast" in scan_name or (scan_name[:3] in ("MRI", "CT ") and rng.random() < 0.3):
                lines.append(("Contrast charges", float(rng.choice([1500, 2000, 2500]))))
            lines.append(("Film & CD charges", float(rng.choice([150, 200, 250]))))
            for name, value in lines:
                item_row(p, name, "", rs(value))
        else:
            picks = rng.sample(LAB_TESTS, rng.randint(2, 5))
            lines = [(name, float(price)) for _, name, price in picks]
            for (tcode, name, _), (_, value) in zip(picks, lines):
                item_row(p, f"{tcode} {name}" if rng.random() < 0.6 else name, "", rs(value))
            if page == "home":
                lines.append(("Home visit charges", float(rng.choice([100, 150, 200]))))
                item_row(p, "Home visit charges", "", rs(lines[-1][1]))
        gross = sum(v for _, v in lines)
        p.add("rule")
        p.pair("Gross amount", rs(gross))
        off = 0.0
        if page == "camp" or rng.random() < 0.35:
            label, share = DISCOUNTS[1] if page == "camp" else rng.choice(DISCOUNTS)
            off = round(gross * share, 2)
            p.pair(f"Discount - {label}", rs(off))
        net = round(gross - off, 2)
        j.amount = net
        p.pair("Net amount", rs(net))
        if status == "failed":
            p.pair(rng.choice(["Amount due", "Balance due"]), rs(net), amount=net)
        else:
            p.pair(rng.choice(["Amount paid", "Paid", "Received"]), rs(net), amount=net)
            p.pair("Balance", rs(0.0))
    elif page == "due":
        bill = float(whole(rng.uniform(1800, 9000), 10))
        earlier = float(whole(bill * rng.uniform(0.3, 0.7), 10))
        now = round(bill - earlier, 2)
        j.amount = now
        against = f"{CODES[j.town]}/B/{j.year()}{rng.randrange(1, 99999):05d}"
        wrap_pair(p, "Against Bill No.", against if j.no_day else f"{against} dt. {j.other(rng, -12, -1)}")
        p.pair("Bill amount", rs(bill))
        p.pair("Paid earlier", rs(earlier))
        p.pair("Received now", rs(now), amount=now)
        p.pair("Balance", rs(0.0))
    else:
        scan_name, price = rng.choice(SCANS[:6])
        estimate = float(price + rng.choice([0, 1500, 2000]))
        advance = float(whole(estimate * rng.uniform(0.3, 0.6), 500))
        j.amount = advance
        wrap_pair(p, "Scan", scan_name)
        if not j.no_day:
            p.pair("Slot", f"{j.other(rng, 1, 6)}, {hhmm(rng)}")
        p.pair("Estimated charges", rs(estimate))
        p.pair("Advance received" if status == "success" else "Advance", rs(advance), amount=advance)
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.pair(rng.choice(["Mode", "Paid by", "Payment mode"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref and status == "success":
        rail(p, j, way, ["SBIN", "HDFC"])
    elif not j.no_ref and status == "failed" and way == "card":
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    if page == "home":
        wrap_pair(p, "Collected by", f"{rng.choice(PHLEBOS)} (phlebotomist)")
    p.add("center", word, status=status)
    if status == "failed":
        p.add("small", "Reports are released after the dues are cleared.")
    elif page in ("bill", "camp", "scan", "home") and not j.no_day:
        p.pair("Report due", f"{j.other(rng, 1, 3)} after 6 PM")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Reports online: reports.nidaandiagnostics.in", "Please carry this receipt for reports."]
        ),
    )
    right(p, "Authorised signatory")
    if status == "success" and rng.random() < 0.7:
        seal(
            p,
            IMAGING if scan else TRADE,
            rng.choice(["BILLING", "RECEPTION"]),
            None if j.no_day else j.date,
            "PAID",
        )
    return p.done()


# ---------------------------------------------------------------- 5. companies paying for employees' check-ups


# the company, its kind of page, the way it paid
CORPORATES = [
    ("Sahyadri Auto Components Ltd", "mail", "NEFT", "sahyadriauto.com"),
    ("Narmada Cement Works Ltd", "portal", "RTGS", "narmadacement.in"),
    ("Krishna Delta Textiles Ltd", "receipt", "cheque", ""),
    ("Tirhut Sugar Mills Ltd", "bank", "NEFT", ""),
    ("Aravali Marble Industries Pvt Ltd", "mail", "NEFT", "aravalimarble.com"),
    ("Ashtamudi Cashew Exports Pvt Ltd", "receipt", "NEFT", ""),
    ("Brahmaputra Tea Estates Ltd", "mail", "IMPS", "brahmaputratea.co.in"),
    ("Hisar Steel Tubes Ltd", "portal", "RTGS", "hisartubes.com"),
]
CHECKUPS = [
    ("Annual health check-up ({n} employees, Package {p})", (40, 220), (1100, 2400)),
    ("Pre-employment medicals ({n} candidates)", (8, 60), (650, 1200)),
    ("Food handlers' medical - canteen staff ({n})", (10, 40), (450, 800)),
    ("Audiometry & spirometry - OHS ({n} workers)", (20, 150), (350, 600)),
    ("Executive health check ({n} officers)", (5, 25), (3500, 6500)),
]


def checkup_invoices(rng: random.Random, j: Job, n: int) -> list[tuple[str, str, str, float]]:
    """The lab's invoices a remittance pays: number, day (another day, none on a page without one), what it was for,
    its sum (no fact)."""
    out = []
    for _ in range(n):
        line, (qlo, qhi), (rlo, rhi) = rng.choice(CHECKUPS)
        qty = rng.randint(qlo, qhi)
        rate = float(whole(rng.uniform(rlo, rhi), 50))
        what = line.format(n=qty, p=rng.choice("ABC"))
        no = f"NHPL/{j.year()}{rng.randrange(100, 2999):04d}"
        out.append(
            (
                no,
                "" if j.no_day else j.other(rng, -75, -14, ["%d.%m.%Y", "%d/%m/%Y", "%d-%b-%y"]),
                what,
                qty * rate,
            )
        )
    return out


def corporate_advice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A company paying the lab for its employees' check-ups: its accounts payable's e-mailed payment advice (the
    company on top, Payment Advice / Remittance advice, Vendor / Payee (the lab) and Vendor code, the invoices paid:
    Inv. No., Inv. dt., Gross, then Total invoices, Less: TDS u/s 194J(b) @ 10% or 194C @ 2%, Net amount paid / Amount
    remitted, Payment document No., Mode, Bank A/c credited, UTR / IMPS Ref No., Value date / Payment date, Status on
    some), its supplier portal in a browser (Invoice status - paid / Payment scheduled, Supplier, the same table,
    Payment reference, Paid on / Scheduled for), its bank's corporate payment advice (Beneficiary, Debit account name
    the company) and the lab's PAYMENT RECEIPT to the company (the company under Received from M/s, the invoices, TDS,
    Amount received, the cheque or NEFT); Paid / Processed / Payment returned - beneficiary account credit failed /
    Payment scheduled - in next payment run / CHEQUE RECEIVED - SUBJECT TO REALISATION / RECEIVED WITH THANKS."""
    k = place("corporate_advice")
    status = outcome(k, failed=(4,), pending=(2,))
    company, frame, way, site = CORPORATES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, town=k, firm=0.6, branch=0.1, caps=0.3)
    invoices = checkup_invoices(rng, j, rng.randint(1, 3))
    gross = round(sum(v for *_, v in invoices), 2)
    section = rng.choice([("194J(b)", 0.10), ("194C", 0.02)])
    tds = round(gross * section[1], 2)
    net = round(gross - tds, 2)
    j.amount = net
    vendor = rng.choice(["Vendor", "Payee", "Supplier", "Beneficiary"])
    if frame == "receipt":
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
        letterhead(
            p, k, j.to, ["PAYMENT RECEIPT", "RECEIPT - CORPORATE HEALTH CHECK"], sub=rng.choice(LAB_SUB)
        )
        if not j.no_ref:
            rno = f"{CODES[k]}/CR/{j.year()}{rng.randrange(1, 999):03d}"
            p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Received from", f"M/s {company}")
    else:
        rs = Rs(rng, font, marks=("Rs.", "INR", "\u20b9"), groupings=("indian", "western"), p_whole=0.2)
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{company.split(' Ltd')[0].split(' Pvt')[0]} Accounts <{rng.choice(['ap.payments', 'vendorpay'])}@{site}>",
                ["Payment advice", "Remittance advice - vendor payment", "Payment intimation"],
            )
        elif frame == "portal":
            p = browser_page(rng, font, f"suppliers.{site}/invoices/status")
        else:
            p = browser_page(rng, font, "cib.icicibank.com/corp/payments/advice")
        p.part = "head"
        top(p, company if frame != "bank" else "ICICI Bank - Corporate Internet Banking")
        p.add(
            "small",
            {"mail": "Accounts payable", "portal": "Supplier portal", "bank": "Payment advice"}[frame],
        )
        p.add(
            "center",
            {
                "mail": rng.choice(["Payment Advice", "Remittance advice"]),
                "portal": "Invoice status",
                "bank": "Funds transfer - payment advice",
            }[frame],
        )
        p.add("rule")
        p.part = "body"
        if frame != "mail":
            outcome_row(
                p,
                status,
                {
                    "success": ["Paid", "Processed"],
                    "pending": ["Payment scheduled - in next payment run"],
                    "failed": ["Payment returned - beneficiary account credit failed"],
                },
            )
        if frame == "mail":
            p.add("left", rng.choice(["Dear Sir / Madam,", "Dear Vendor,"]))
            p.add(
                "left",
                "We have released the payment below against your invoices."
                if status == "success"
                else "The payment below was returned by your bank.",
            )
        if frame == "bank":
            wrap_pair(p, "Debit account name", company.upper())
            wrap_pair(p, "Beneficiary", j.to, merchant=j.to)
        else:
            wrap_pair(p, vendor, j.to, merchant=j.to)
            p.pair("Vendor code", f"{rng.choice(['V', 'SUP', '1000'])}{digits(rng, 5)}")
    p.add("rule")
    p.add("pair", "Invoice", "Amount")
    for no, day, what, value in invoices:
        label = f"{no}  {day}".strip() if day else no
        if fits(p, "pair", f"{label}  {rs(value)}     "):
            p.pair(label, rs(value))
        else:
            p.add("left", no)
            p.pair(day or "", rs(value))
        p.add("small", what)
    p.add("rule")
    p.pair(rng.choice(["Total invoices", "Gross amount"]), rs(gross))
    p.pair(f"Less: TDS u/s {section[0]} @ {section[1] * 100:g}%", rs(tds))
    if frame == "receipt":
        p.pair("Amount received" if status == "success" else "Cheque amount", rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
    else:
        p.pair(
            rng.choice(
                ["Net amount paid", "Amount remitted", "Net payable"]
                if status == "success"
                else ["Net payable", "Amount"]
            ),
            rs(net),
            amount=net,
        )
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
        if frame != "receipt":
            bank, acct, ifsc = acct_ifsc(rng)
            wrap_pair(p, "Bank A/c credited", f"{bank} A/c {acct}")
            p.pair("IFSC", ifsc)
    if not j.no_ref:
        if frame in ("mail", "portal"):
            doc = f"{rng.choice(['15', '20', '47'])}{digits(rng, 8)}"
            labelled(
                p,
                rng.choice(["Payment document No.", "Payment voucher No.", "Clearing doc. No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        if frame == "bank":
            tref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            labelled(p, "Transaction reference", tref, txn=(TXN_RANK, tref))
        if status == "success" and way != "cheque":
            rail(p, j, way, ["HDFC", "ICIC", "SBIN", "UTIB"])
        elif status == "failed":
            bref = bank_ref(rng)
            p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        label = {
            "success": rng.choice(["Value date", "Payment date", "Paid on"]),
            "failed": "Returned on",
            "pending": "Scheduled for",
        }[status]
        if frame == "receipt" and status == "success":
            label = "Value date"
        elif frame == "receipt":
            label = ""
        if label:
            p.pair(label, j.day(rng), date=j.date)
    if frame == "mail":
        p.pair(
            "Status",
            rng.choice(
                ["Paid", "Processed"]
                if status == "success"
                else ["Payment returned - beneficiary account credit failed"]
            ),
            status=status,
        )
    elif frame == "receipt":
        p.add(
            "center",
            "RECEIVED WITH THANKS" if status == "success" else "CHEQUE RECEIVED - SUBJECT TO REALISATION",
            status=status,
        )
    if status == "failed":
        p.add("small", "Please confirm your bank details on the supplier portal to be paid again.")
    p.part = "foot"
    if frame == "receipt":
        right(p, f"For {COMPANY}")
        right(p, "Accounts")
    else:
        p.add(
            "small",
            "TDS certificate (Form 16A) will be issued for the quarter. This is a system generated advice.",
        )
    return p.done()


# ---------------------------------------------------------------- 6. TPAs', insurers' and a platform's batch settlements


# the payer, its line, its site, frame
TPA_PAGES = [
    ("Medi Assist Insurance TPA Pvt Ltd", "Provider payments", "mediassist.in", "mail"),
    (
        "Paramount Health Services & Insurance TPA Pvt Ltd",
        "Network provider portal",
        "paramounttpa.com",
        "browser",
    ),
    (
        "Raksha Health Insurance TPA Pvt Ltd",
        "Claims department - provider settlements",
        "rakshatpa.com",
        "paper",
    ),
    ("Care Health Insurance Ltd", "Provider portal - wellness payments", "careinsurance.com", "browser"),
    ("MDIndia Health Insurance TPA Pvt Ltd", "Accounts - network payments", "mdindiaonline.com", "paper"),
    ("Health India Insurance TPA Services Pvt Ltd", "Provider relations", "healthindiatpa.com", "mail"),
    ("MediBuddy", "Partner app - diagnostics", "medibuddy.in", "app"),
    ("Ericson Insurance TPA Pvt Ltd", "Provider payments", "ericsontpa.com", "mail"),
]
SERVICES = [
    "Preventive health check-up",
    "Annual health check (policy benefit)",
    "OPD diagnostics",
    "Pre-policy medical check-up",
    "Employee wellness check",
]
MEMBERS = [
    "R. Patil",
    "S. Chouhan",
    "K. Naga Raju",
    "P. Kumari",
    "M. Jain",
    "A. Thomas",
    "D. Bora",
    "V. Sheoran",
    "N. Kadam",
    "T. Srinivas",
    "G. Saikia",
    "L. Meena",
]


def claim_table(p: Screen, rs, n: int) -> float:
    """The claims a batch pays, one a row (claim number, member, sum) with the service under it: their total (no
    fact)."""
    rng = p.rng
    p.add("pair", "Claim No. / Member", "Amount")
    total = 0.0
    for _ in range(n):
        value = float(whole(rng.uniform(1100, 4800), 50))
        total += value
        label = f"{rng.choice(['CL', 'HC', 'CCN'])}{digits(rng, 9)}  {rng.choice(MEMBERS)}"
        if fits(p, "pair", f"{label}  {rs(value)}     "):
            p.pair(label, rs(value))
        else:
            p.add("left", label)
            p.pair("", rs(value))
        p.add("small", rng.choice(SERVICES))
    return total


def tpa_batches(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A batch of employees' and policyholders' health check-ups settled to the lab: TPAs' and an insurer's advices
    (Medi Assist's, Health India's and Ericson's e-mails, Paramount's and Care Health's provider portals in a browser,
    Raksha's and MDIndia's printed letters: the payer on top and its line, Provider payment advice / Settlement
    statement / Batch payment advice, "To, The Centre Head, Nidaan Diagnostics, <town>" on the letters, Provider /
    Network provider / Payee / Provider name (the company or a centre), Provider ID, Payment batch No., the claims
    (Claim No., member, sum, service), Total claimed, Less: Disallowed / Less: Agreed tariff discount on some, Less:
    TDS u/s 194J @ 10%, Net amount paid / Amount transferred / Net payable, Mode NEFT, Bank account, IFSC, UTR / UTR
    No. or Bank Ref. No., Paid on / Payment date / Released on / Returned on / Initiated on, Status on the letters and
    the mails; Paid / Settled / Payment processed / Payment returned - account closed / Approved - in payment batch)
    and MediBuddy's partner app (Payout credited, the sum large, Partner / Paid to, Partner ID, Health checks completed
    (n) with the gross, Less: Platform fee (n%), Less: GST @ 18% on fee, Less: TDS u/s 194-O (0.1%), Net payout,
    Settled to, Mode IMPS, Payout ID, IMPS Ref No., Credited on)."""
    k = place("tpa_batches")
    status = outcome(k, failed=(4,), pending=(3,))
    payer, line, site, frame = TPA_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, town=k, firm=0.55, branch=0.3, caps=0.3)
    words = {
        "success": ["Paid", "Settled", "Payment processed"],
        "failed": ["Payment returned - account closed"],
        "pending": ["Approved - in payment batch"],
    }
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Payouts", "Settlement details"])
        rs = money(rng, font, 0.4)
        head(p, payer, (20, 120, 220), p.style["h106"]["dark"], [line, "Payouts"])
        p.part = "outcome"
        outcome_row(p, "success", {"success": ["Payout credited", "Settled"]})
        n = rng.randint(6, 40)
        gross = float(n * rng.choice([900, 1100, 1350, 1600]))
        pct = rng.choice([10, 12, 15])
        fee = round(gross * pct / 100, 2)
        cuts = [
            (f"Less: Platform fee ({pct}%)", fee),
            ("Less: GST @ 18% on fee", round(fee * 0.18, 2)),
            ("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2)),
        ]
        net = round(gross - sum(v for _, v in cuts), 2)
        j.amount = net
        p.add("big", rs(net), amount=net)
        p.part = "body"
        wrap_pair(p, rng.choice(["Partner", "Paid to"]), j.to, merchant=j.to)
        p.pair("Partner ID", f"MB{code(rng, 2, UPPER)}{digits(rng, 5)}")
        p.pair(f"Health checks completed ({n})", rs(gross))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))
        p.pair("Net payout", rs(net))
        bank, acct, _ = acct_ifsc(rng)
        wrap_pair(p, "Settled to", f"{bank} {acct}")
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref:
            pid = f"PO{digits(rng, 12)}"
            labelled(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            labelled(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, "Credited on", j.stamp(rng), date=j.date)
        p.part = "foot"
        p.add("small", "Payouts for completed check-ups are settled every week.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split(' Insurance')[0].split(' Health')[0]} Provider Payments <{rng.choice(['payments', 'settlements'])}@{site}>",
            ["Payment advice - health check-ups", "Settlement statement", "Batch payment advice"],
        )
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
    elif frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['provider', 'nwp', 'hospital'])}.{site}/payments/batch")
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, payer)
    p.add("small", line)
    p.add("center", rng.choice(["Provider payment advice", "Settlement statement", "Batch payment advice"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, words)
    if frame == "paper":
        p.add("left", f"To, The Centre Head, {TRADE}, {TOWNS[k][0]}")
    wrap_pair(p, rng.choice(["Provider", "Network provider", "Payee", "Provider name"]), j.to, merchant=j.to)
    p.pair("Provider ID", f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    if not j.no_ref:
        batch = f"{rng.choice(['PB', 'BT', 'PMT'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment batch No.", "Batch No."]), batch, txn=(INVOICE_RANK, batch))
    p.add("rule")
    claimed = claim_table(p, rs, rng.randint(3, 6))
    p.add("rule")
    p.pair("Total claimed", rs(claimed))
    cuts = []
    if rng.random() < 0.5:
        cuts.append(("Less: Disallowed", float(whole(claimed * rng.uniform(0.01, 0.05), 10))))
    if rng.random() < 0.4:
        cuts.append(("Less: Agreed tariff discount", float(whole(claimed * rng.uniform(0.05, 0.1), 10))))
    for label, value in cuts:
        p.pair(label, rs(value))
    admitted = round(claimed - sum(v for _, v in cuts), 2)
    if cuts:
        p.pair("Amount approved", rs(admitted))
    tds = round(admitted * 0.10, 2)
    p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
    net = round(admitted - tds, 2)
    j.amount = net
    p.pair(
        rng.choice(["Net amount paid", "Amount transferred"]) if status == "success" else "Net payable",
        rs(net),
        amount=net,
    )
    p.pair("Mode", "NEFT", method="netbanking")
    bank, acct, ifsc = acct_ifsc(rng)
    wrap_pair(p, "Bank account", f"{bank} A/c {acct}")
    p.pair("IFSC", ifsc)
    if not j.no_ref and status != "pending":
        if status == "success" and not j.no_day:
            ref = neft_ref(rng.choice(["HDFC", "ICIC", "UTIB", "SBIN"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        else:
            ref = bank_ref(rng)
            p.pair("Bank Ref. No.", ref, txn=(BANK_RANK, ref))
    if not j.no_day:
        label = {
            "success": rng.choice(["Paid on", "Payment date", "Released on"]),
            "failed": "Returned on",
            "pending": "Initiated on",
        }[status]
        p.pair(label, j.day(rng), date=j.date)
    if frame != "browser":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add(
            "small",
            "The credit was returned by your bank. Update the account on the portal to be paid again.",
        )
    elif status == "pending":
        p.add("small", "The UTR is updated once the bank confirms the transfer.")
    p.add("small", "Do not collect the approved amount from the member. TDS certificate: Form 16A.")
    p.part = "foot"
    if frame == "paper":
        right(p, f"For {payer}" if fits(p, "right", f"For {payer}") else "For the TPA")
        right(p, "Authorised signatory")
    else:
        p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 7. reagent and consumable suppliers


# the supplier, its town (GST state), its page, the way paid
SUPPLIERS = [
    ("Godavari Scientific Distributors", 0, "invoice", "NEFT"),
    ("Narmada Lab Reagents", 1, "invoice", "UPI"),
    ("Krishna Diagnostics & Surgicals", 2, "invoice", "cheque"),
    ("Medisafe Vacutainers Pvt Ltd", 0, "mail", "NEFT"),
    ("Mewar Lab Solutions", 4, "invoice", "UPI"),
    ("Venad Scientific Company", 5, "voucher", "NEFT"),
    ("Eastern Bio-Reagents Pvt Ltd", 6, "invoice", "RTGS"),
    ("Hisar Glass & Chemicals", 7, "voucher", "cash"),
]
SUPPLIER_LINES = [
    "Diagnostic reagents, kits & lab consumables - authorised stockist",
    "Biochemistry, haematology & immunoassay reagents (cold chain)",
    "Blood collection tubes, needles & sample containers",
    "Lab glassware, chemicals & small equipment",
]
# item, HSN, quantity range, rate range
REAGENTS = [
    ("HbA1c reagent kit (HPLC) 200 T", "3822", (1, 4), (9800, 13500)),
    ("Glucose GOD-POD 5 x 100 ml", "3822", (2, 10), (1100, 1600)),
    ("Lipid profile reagent pack", "3822", (1, 5), (4200, 6800)),
    ("TSH CLIA kit 100 T", "3822", (1, 4), (7500, 11000)),
    ("Vitamin D CLIA kit 100 T", "3822", (1, 3), (14500, 19500)),
    ("Haematology diluent 20 L", "3822", (2, 6), (3200, 4600)),
    ("K2 EDTA vacutainer 2 ml (100 pc)", "9018", (5, 30), (780, 1050)),
    ("Sodium fluoride tube 2 ml (100 pc)", "9018", (5, 20), (700, 950)),
    ("Clot activator tube 5 ml (100 pc)", "9018", (5, 30), (850, 1150)),
    ("Blood collection needle 22G (100 pc)", "9018", (5, 20), (520, 780)),
    ("Urine container 30 ml (500 pc)", "3926", (1, 6), (1400, 1900)),
    ("Dengue NS1 rapid card (25 T)", "3822", (2, 10), (2100, 2900)),
]


def supplier_lines(p: Screen, rs, n: int) -> float:
    """A bill's lines with HSN, quantity and rate: their sum (no fact)."""
    rng = p.rng
    sub = 0.0
    for item, hsn, (qlo, qhi), (rlo, rhi) in rng.sample(REAGENTS, n):
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 10))
        sub += qty * rate
        item_row(p, f"{item} [{hsn}]" if rng.random() < 0.5 else item, f"{qty} x {rate:,.0f}", rs(qty * rate))
    return round(sub, 2)


def reagent_suppliers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The lab buying reagents and consumables: the suppliers' TAX INVOICE / TAX INVOICE CUM RECEIPT (paper; the
    supplier on top, its line, address and GSTIN: Invoice No. / Inv. No., Date / Invoice date, Bill to / Buyer M/s
    Nidaan Healthcare Pvt Ltd (<centre>), Ship to on some, Cold chain: 2-8 C on some, the lines with HSN 3822 / 9018,
    Taxable value, IGST @ 5% or CGST and SGST @ 2.5%, Round off, Invoice total, Amount received / Received / Paid,
    Mode and its reference, or Amount due with Payment attempted UPI - declined, or Cheque received with Cheque No.;
    PAID / RECEIVED WITH THANKS / UPI DECLINED - AMOUNT DUE / CHEQUE RECEIVED - SUBJECT TO CLEARANCE), a tube maker's
    e-mailed payment receipt (Payment received - thank you, Customer, Invoice(s) settled, Amount received, Mode, UTR,
    Receipt No., Received on) and the lab's own PAYMENT VOUCHER (the company on top, Voucher No., Date, Paid to (the
    supplier), Against invoice, Amount paid, Mode and its reference, Prepared by / Approved by / Receiver's
    signature)."""
    k = place("reagent_suppliers")
    status = outcome(k, failed=(4,), pending=(2,))
    name, home, page, way = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=rng.randrange(1, 8) if home == 0 else home)
    shown = name.upper() if rng.random() < 0.2 else name
    if page == "mail":
        p = mail_page(
            rng,
            font,
            f"{name.split(' Pvt')[0]} Accounts <receivables@medisafetubes.com>",
            ["Payment received - thank you", "Receipt for your payment"],
        )
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
        p.part = "head"
        top(p, shown, merchant=shown)
        p.add("small", "Manufacturers of blood collection tubes - Ambad MIDC, Nashik")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, we thank you for your payment.")
        wrap_pair(p, "Customer", COMPANY)
        wrap_pair(p, "Ship to", f"{TRADE}, {TOWNS[j.town][0]}")
        n_inv = rng.randint(1, 3)
        invs = [f"MVPL/{j.year()}{rng.randrange(100, 4999):04d}" for _ in range(n_inv)]
        wrap_pair(p, "Invoice(s) settled", ", ".join(invs))
        total = float(whole(rng.uniform(12000, 95000), 1))
        j.amount = total
        p.pair("Amount received", rs(total), amount=total)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            rail(p, j, way, ["HDFC", "ICIC", "SBIN"])
            rno = f"RCPT/{j.year()}{rng.randrange(1, 9999):04d}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Received on", j.day(rng), date=j.date)
        p.pair("Status", "Payment received", status="success")
        p.part = "foot"
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    if page == "voucher":
        letterhead(
            p,
            0,
            COMPANY,
            ["PAYMENT VOUCHER", "BANK PAYMENT VOUCHER" if way != "cash" else "CASH VOUCHER"],
            sub="Central Laboratory - Accounts",
            merchant=False,
        )
        if not j.no_ref:
            vno = f"{'BPV' if way != 'cash' else 'CPV'}/{j.year()}{rng.randrange(1, 9999):04d}"
            p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Paid to", "Payee"]), shown, merchant=shown)
        inv = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"
        wrap_pair(p, "Against invoice", inv if j.no_day else f"{inv} dt. {j.other(rng, -30, -3)}")
        wrap_pair(
            p,
            "Account head",
            "Glassware & chemicals"
            if way == "cash"
            else rng.choice(["Lab consumables", "Reagents - biochemistry"]),
        )
        total = float(whole(rng.uniform(800, 9000) if way == "cash" else rng.uniform(15000, 160000), 1))
        j.amount = total
        p.pair("Amount paid", rs(total), amount=total)
        p.add("small", f"({words_in_rupees(total)})")
        p.pair("Mode", way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail(p, j, way, ["HDFC", "SBIN", "MAHB"])
        p.add("center", "PAID", status="success")
        p.part = "foot"
        p.add("pair", "Prepared by", "Approved by")
        p.add("pair", "", "Receiver's signature")
        return p.done()
    letterhead(p, home, shown, ["TAX INVOICE", "TAX INVOICE CUM RECEIPT"], sub=rng.choice(SUPPLIER_LINES))
    if not j.no_ref:
        no = rng.choice(
            [f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}", f"{rng.randrange(1000, 99999)}"]
        )
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Buyer"]), f"M/s {COMPANY}")
    if rng.random() < 0.6:
        wrap_pair(p, "Ship to", f"{TRADE} - {TOWNS[j.town][2]}, {TOWNS[j.town][0]}")
    if rng.random() < 0.5:
        p.add("small", "Cold chain: 2-8 C. Store reagents refrigerated.")
    p.add("rule")
    sub = supplier_lines(p, rs, rng.randint(2, 4))
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    inter = TOWNS[home][4] != TOWNS[j.town][4]
    if inter:
        tax = round(sub * 0.05, 2)
        p.pair("IGST @ 5%", rs(tax))
    else:
        half = round(sub * 0.025, 2)
        tax = 2 * half
        p.pair("CGST @ 2.5%", rs(half))
        p.pair("SGST @ 2.5%", rs(half))
    gross = round(sub + tax, 2)
    total = float(int(gross + 0.5))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Grand total"]), rs(total))
    p.add("small", f"({words_in_rupees(total)})")
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail(p, j, way, ["HDFC", "SBIN", "ICIC", "UTIB"])
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=total)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
    else:
        p.pair("Cheque received", rs(total), amount=total)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[j.town][0]}")
    p.add(
        "center",
        {
            "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
            "failed": "UPI DECLINED - AMOUNT DUE",
            "pending": "CHEQUE RECEIVED - SUBJECT TO CLEARANCE",
        }[status],
        status=status,
    )
    p.part = "foot"
    p.add("small", f"Goods once sold will not be taken back. Subject to {TOWNS[home][0]} jurisdiction.")
    right(p, f"For {name}" if fits(p, "right", f"For {name}") else "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 8. equipment vendors and lenders


# the payee, its page, the way paid
EQUIP_PAGES = [
    ("Medivision Imaging Systems Pvt Ltd", "ack_mail", "NEFT"),
    ("Labtronics Diagnostics Pvt Ltd", "portal", "netbanking"),
    ("Sterling Lab Equipments", "proforma", "cheque"),
    ("IDFC FIRST Bank", "loan_app", "UPI"),
    ("Cryo Gases India Pvt Ltd", "invoice", "RTGS"),
    ("PowerSafe UPS Systems", "invoice", "UPI"),
    ("Biosafe Cleanroom Services", "ack_mail", "NEFT"),
    ("Cholamandalam Investment and Finance Co. Ltd", "nach_mail", "NACH"),
]
EQUIP_SITES = {
    "Medivision Imaging Systems Pvt Ltd": "medivisionimaging.in",
    "Labtronics Diagnostics Pvt Ltd": "labtronics.co.in",
    "Biosafe Cleanroom Services": "biosafeservices.in",
    "Cholamandalam Investment and Finance Co. Ltd": "cholamandalam.com",
}
# contract or service, sum range, GST rate
ACK_WORK = {
    "Medivision Imaging Systems Pvt Ltd": ("CMC - 128-slice CT scanner (quarterly)", (350000, 520000), 18),
    "Biosafe Cleanroom Services": ("AMC - biosafety cabinets & cold room", (38000, 72000), 18),
}
INVOICE_WORK = {
    "Cryo Gases India Pvt Ltd": [
        ("Liquid helium top-up (MRI magnet)", (150, 400), (1450, 1900), "L"),
        ("Cold head service visit", (1, 1), (18000, 26000), ""),
        ("Transport dewar charges", (1, 1), (4500, 7500), ""),
    ],
    "PowerSafe UPS Systems": [
        ("SMF battery 12V 42Ah", (16, 32), (4200, 5600), "nos"),
        ("Battery installation & disposal", (1, 1), (2500, 4500), ""),
        ("UPS health check", (1, 1), (1500, 2500), ""),
    ],
}


def equipment_vendors(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying for its equipment: the CT maker's and the cleanroom firm's e-mailed payment
    acknowledgements (the vendor on top, Payment acknowledgement, Customer, Contract (CMC - 128-slice CT scanner) and
    Contract No., Invoice No. settled (the bill's), Invoice amount, Less: TDS u/s 194C / 194J, Amount received, Mode,
    UTR, Receipt No., Received on, Status), the analyser maker's customer portal in a browser (Invoice status: Paid,
    Reagent rental lines, IGST / GST @ 18%, Total paid, Paid using Net banking, Payment ID, Bank Ref No., Paid on), an
    equipment dealer's PROFORMA INVOICE CUM ADVANCE RECEIPT (Biosafety cabinet / Centrifuge, Price, GST @ 18%, Total,
    Advance (n%) and Cheque amount, Cheque No.; CHEQUE RECEIVED - SUBJECT TO REALISATION), IDFC FIRST Bank's app after
    an equipment loan's EMI (Paid to, the sum large, Loan A/c, Loan for, EMI n of 60, Paid from, Transaction ID, UPI
    Ref No.), the helium supplier's and the UPS firm's TAX INVOICE (PAID / UPI DECLINED - AMOUNT DUE) and the
    analyser loan's NACH e-mail (Borrower, Asset, EMI amount, UMRN, Transaction ref, Presented on, Status EMI paid)."""
    k = place("equipment_vendors")
    status = outcome(k, failed=(5,), pending=(2,))
    name, page, way = EQUIP_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=0)
    shown = name.upper() if rng.random() < 0.2 and page not in ("loan_app",) else name
    customer = rng.choice([LLP, COMPANY]) if k in (0, 3, 4) else COMPANY
    if page in ("ack_mail", "nach_mail"):
        site = EQUIP_SITES[name]
        sender = name.split(" Pvt")[0].split(" Investment")[0]
        subjects = (
            ["Payment acknowledgement", "Thank you - payment received"]
            if page == "ack_mail"
            else ["EMI debit successful - NACH", "Your EMI has been received"]
        )
        p = mail_page(
            rng,
            font,
            f"{sender} <{rng.choice(['accounts', 'receivables', 'customercare'])}@{site}>",
            subjects,
        )
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
        p.part = "head"
        top(p, shown, merchant=shown)
        p.add("small", "Service division" if page == "ack_mail" else "Equipment & machinery finance")
        p.add("center", "Payment acknowledgement" if page == "ack_mail" else "EMI receipt")
        p.add("rule")
        p.part = "body"
        if page == "ack_mail":
            work, (lo, hi), _ = ACK_WORK[name]
            wrap_pair(p, "Customer", customer)
            wrap_pair(p, "Contract", work)
            p.pair("Contract No.", f"{rng.choice(['CMC', 'AMC'])}-{digits(rng, 6)}")
            base = float(whole(rng.uniform(lo, hi), 100))
            gst = round(base * 0.18, 2)
            inv_total = round(base + gst, 2)
            inv = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1000, 99999)}"
            p.pair("Invoice No. settled", inv)
            p.pair("Invoice amount (incl. GST)", rs(inv_total))
            section = ("194C", 0.02) if "CMC" in work or "AMC" in work else ("194J", 0.10)
            tds = round(base * section[1], 2)
            p.pair(f"Less: TDS u/s {section[0]} @ {section[1] * 100:g}%", rs(tds))
            net = round(inv_total - tds, 2)
            j.amount = net
            p.pair("Amount received", rs(net), amount=net)
            p.pair("Mode", way, method="netbanking")
            if not j.no_ref:
                rail(p, j, way, ["ICIC", "HDFC", "MAHB"])
                rno = f"RC{digits(rng, 8)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            if not j.no_day:
                p.pair("Received on", j.day(rng), date=j.date)
            p.pair("Status", rng.choice(["Received", "Payment received"]), status="success")
        else:
            p.add("left", "Dear Customer, the EMI below has been received through NACH.")
            wrap_pair(p, "Borrower", COMPANY.upper() if rng.random() < 0.5 else COMPANY)
            p.pair("Loan A/c No.", f"X0{code(rng, 3, UPPER)}{digits(rng, 8)}")
            wrap_pair(p, "Asset", "Fully automated biochemistry analyser")
            loan = float(whole(rng.uniform(1800000, 4200000), 10000))
            tenure, rate = rng.choice([48, 60]), rng.choice([11.25, 12.0, 12.75])
            amount = emi(loan, rate, tenure)
            j.amount = amount
            p.pair("EMI No.", f"{rng.randint(4, tenure - 4)} of {tenure}")
            p.pair("EMI amount", rs(amount), amount=amount)
            p.pair("Mode", "NACH auto-debit", method="netbanking")
            p.pair("UMRN", f"{rng.choice(['HDFC', 'MAHB', 'SBIN'])}70{digits(rng, 16)}")
            if not j.no_ref:
                tref = f"CH{digits(rng, 12)}"
                p.pair("Transaction ref", tref, txn=(TXN_RANK, tref))
            if not j.no_day:
                p.pair("Presented on", j.day(rng), date=j.date)
            p.pair("Status", "EMI paid", status="success")
        p.part = "foot"
        p.add("small", "This is a system generated e-mail. Please do not reply.")
        return p.done()
    if page == "portal":
        p = browser_page(rng, font, f"customer.{EQUIP_SITES[name]}/billing/invoices")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, shown, merchant=shown)
        p.add("small", "Customer portal - billing")
        p.add("rule")
        p.part = "body"
        outcome_row(p, "success", {"success": ["Paid", "Payment successful"]})
        wrap_pair(p, "Customer", f"{COMPANY} - Central Lab, Nashik")
        inv = f"INV-{digits(rng, 7)}"
        p.pair("Invoice", inv)
        if not j.no_day:
            p.pair("Rental month", when(j.date.replace(day=1), "%B %Y"))
        lines = [
            ("Analyser rental - biochemistry (XL-640)", float(rng.choice([45000, 52000, 60000]))),
            ("Analyser rental - immunoassay (CLIA)", float(rng.choice([38000, 42000, 48000]))),
        ]
        if rng.random() < 0.5:
            lines = lines[:1]
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        sub = sum(v for _, v in lines)
        p.pair("Sub total", rs(sub))
        gst = round(sub * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total = round(sub + gst, 2)
        j.amount = total
        p.pair("Total paid", rs(total), amount=total)
        p.pair("Paid using", f"Net banking - {rng.choice(BANKS[:5])}", method="netbanking")
        if not j.no_ref:
            pid = f"PMT{digits(rng, 10)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
            bref = bank_ref(rng)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if not j.no_day:
            labelled(p, "Paid on", j.stamp(rng), date=j.date)
        p.part = "foot"
        p.add("small", "A tax invoice for this payment is available under Documents.")
        return p.done()
    if page == "loan_app":
        p = phone_page(rng, font, k, ["", "Loan repayment", "Payment status"])
        rs = money(rng, font, 0.3)
        head(p, "IDFC FIRST Bank", (156, 29, 39), p.style["h106"]["dark"], ["Loans - pay EMI", "My loans"])
        p.part = "outcome"
        outcome_row(p, status, {"success": ["EMI paid successfully", "Payment successful"]})
        loan = float(whole(rng.uniform(6000000, 12000000), 50000))
        amount = emi(loan, rng.choice([10.5, 11.25]), 60)
        j.amount = amount
        p.add("big", rs(amount), amount=amount)
        p.part = "body"
        wrap_pair(p, rng.choice(["Paid to", "Lender"]), name, merchant=name)
        wrap_pair(p, "Borrower", customer)
        p.pair("Loan A/c", f"XXXX{digits(rng, 4)}")
        wrap_pair(p, "Loan for", "Equipment loan - 1.5 T MRI")
        p.pair("EMI", f"{rng.randint(5, 50)} of 60")
        p.pair("Paid from", f"UPI - {rng.choice(BANKS[:4])} {masked(rng, font)}", method="UPI")
        if not j.no_ref:
            tid = f"LN{digits(rng, 14)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, "Paid on", j.stamp(rng), date=j.date)
        p.part = "foot"
        p.add("small", "The EMI reflects in your loan statement within 2 working days.")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.2)
    if page == "proforma":
        letterhead(
            p,
            0,
            shown,
            ["PROFORMA INVOICE CUM ADVANCE RECEIPT"],
            sub="Laboratory equipment - sales & service",
        )
        if not j.no_ref:
            pno = f"PI/{j.year()}{rng.randrange(1, 999):03d}"
            p.pair("PI No.", pno, txn=(INVOICE_RANK, pno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Buyer", f"M/s {COMPANY}, Nashik")
        p.add("rule")
        item, price = rng.choice(
            [
                ("Biosafety cabinet Class II A2 (4 ft)", 385000),
                ("Refrigerated centrifuge (24 place)", 298000),
                ("Lab refrigerator 2-8 C (600 L)", 165000),
            ]
        )
        wrap_pair(p, "Item", item)
        p.pair("Price", rs(float(price)))
        gst = round(price * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total = round(price + gst, 2)
        p.pair("Total", rs(total))
        share = rng.choice([25, 30, 40])
        advance = float(whole(total * share / 100, 1000))
        j.amount = advance
        p.pair(f"Advance ({share}%)", rs(advance))
        p.pair("Cheque amount", rs(advance), amount=advance)
        p.add("small", f"({words_in_rupees(advance)})")
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS[:6])}, Nashik")
        p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status=status)
        p.add("small", "Balance payable before dispatch. Delivery 3-4 weeks from realisation of the advance.")
        p.part = "foot"
        right(p, "Authorised signatory")
        return p.done()
    sub_line = {
        "Cryo Gases India Pvt Ltd": "Industrial & medical gases - MRI helium services",
        "PowerSafe UPS Systems": "Online UPS, batteries & power conditioning",
    }[name]
    letterhead(p, 0, shown, ["TAX INVOICE"], sub=sub_line)
    if not j.no_ref:
        no = f"{code(rng, 3, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "Bill to", f"M/s {customer}")
    p.add("rule")
    sub = 0.0
    for item, (qlo, qhi), (rlo, rhi), unit in INVOICE_WORK[name]:
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 10))
        sub += qty * rate
        item_row(p, item, f"{qty} {unit} x {rate:,.0f}".replace("  ", " ") if qty > 1 else "", rs(qty * rate))
    p.add("rule")
    p.pair("Taxable value", rs(sub))
    half = round(sub * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    gross = round(sub + 2 * half, 2)
    total = float(int(gross + 0.5))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair("Invoice total", rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Paid"]), rs(total), amount=total)
        p.pair("Mode", way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail(p, j, way, ["MAHB", "HDFC", "ICIC"])
        word = rng.choice(["PAID", "PAYMENT RECEIVED"])
    else:
        p.pair("Amount due", rs(total), amount=total)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
        word = "UPI DECLINED - AMOUNT DUE"
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Subject to Nashik jurisdiction. E. & O.E.")
    right(p, "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 9. doctors' fees


# name, qualification, council, what the fee is for, its lines (case, rate range)
DOCTORS = [
    (
        "Dr. Shirish Gadgil",
        "MD (Radiodiagnosis)",
        "MMC",
        "Reporting radiologist",
        [("MRI reporting", (450, 650)), ("CT reporting", (300, 450))],
    ),
    (
        "Dr. Pooja Khare",
        "MD (Pathology)",
        "MPMC",
        "Consultant pathologist",
        [
            ("Histopathology reporting", (350, 500)),
            ("Pathologist sign-off - monthly retainer", (25000, 40000)),
        ],
    ),
    (
        "Dr. V. Lakshmi Prasanna",
        "MD (Pathology)",
        "APMC",
        "Consultant pathologist",
        [("Cytology / FNAC reporting", (300, 450)), ("Bone marrow reporting", (900, 1400))],
    ),
    (
        "Dr. Abhishek Ranjan",
        "MBBS, DMRD",
        "BCMR",
        "Sonologist",
        [("USG sessions", (1200, 1800)), ("Obstetric USG (PC-PNDT Form F)", (250, 400))],
    ),
    (
        "Dr. Kavita Sharma",
        "MD (General Medicine)",
        "RMC",
        "Camp physician",
        [("Health camp - physician consultations", (80, 150)), ("Fitness certificates", (100, 200))],
    ),
    (
        "Dr. Jayakumar R.",
        "MD (Microbiology)",
        "TCMC",
        "Consultant microbiologist",
        [("Culture & sensitivity reporting", (120, 200)), ("Infection control visit", (3000, 5000))],
    ),
    (
        "Dr. Hemanta Baruah",
        "MD (Radiodiagnosis)",
        "AMC",
        "Visiting radiologist",
        [("USG sessions", (1500, 2200)), ("X-ray reporting", (40, 70))],
    ),
    (
        "Dr. Naveen Sihag",
        "MD (Medicine)",
        "HMC",
        "Referral physician",
        [("Post check-up consultations (referred)", (250, 400)), ("ECG / TMT reporting", (150, 300))],
    ),
]
# the page, the bank or sender, its kind, the way
FEE_PAGES = [
    ("bank", "HDFC Bank ENet", "web", "NEFT"),
    ("bill", None, None, "NEFT"),
    ("bank", "YES BUSINESS", "app", "IMPS"),
    ("voucher", None, None, "cheque"),
    ("tele", "Telerad Reporting Services Pvt Ltd", "mail", "NEFT"),
    ("bank", "mahaConnect Corporate", "web", "NEFT"),
    ("bill", None, None, "UPI"),
    ("bank", "Axis neo for business", "app", "UPI"),
]
BANK_SITES = {
    "HDFC Bank ENet": ("enet.hdfcbank.com/corp/payments/acknowledgement", "HDFC"),
    "mahaConnect Corporate": ("mahaconnect.bankofmaharashtra.in/corp/ftack", "MAHB"),
}
BANK_BANDS = {"YES BUSINESS": ((0, 70, 140), "YESB"), "Axis neo for business": ((151, 20, 77), "UTIB")}


def fee_lines(p: Screen, rs, lines: list[tuple[str, tuple[int, int]]]) -> float:
    """A doctor's cases or sessions with count and rate, a retainer as one line: their sum (no fact)."""
    rng = p.rng
    total = 0.0
    for case, (lo, hi) in lines:
        if hi >= 3000:
            value = float(whole(rng.uniform(lo, hi), 500))
            item_row(p, case, "", rs(value))
        else:
            qty, rate = rng.randint(6, 60), float(whole(rng.uniform(lo, hi), 10))
            value = qty * rate
            item_row(p, case, f"{qty} x {rate:,.0f}", rs(value))
        total += value
    return round(total, 2)


def bank_transfer(
    rng: random.Random, font: str, k: int, j: Job, bank: str, kind: str, mode: str, note: str, debit_name: str
) -> tuple[list, dict, dict]:
    """The chain's business banking after paying a doctor (HDFC Bank ENet and mahaConnect Corporate in a browser, YES
    BUSINESS and Axis neo for business on a phone): the outcome, the sum (large on the apps), Debit account name / From
    account, the doctor under Beneficiary / Beneficiary name / Payee / Pay to as the bank prints the name, the
    account and IFSC or the UPI ID, Amount, Mode, UTR / IMPS Ref No / UPI Ref No and Reference No. / Transaction ID,
    Value date / Transaction date / Failed on / Initiated on, Remarks, Maker and Checker on the web pages."""
    words = {
        "success": ["Transaction successful", f"{mode} transfer successful", "Payment successful"],
        "failed": ["Transaction failed", f"{mode} returned by beneficiary bank"],
        "pending": [f"{mode} under process", "Transaction in process"],
    }
    if kind == "web":
        url, head4 = BANK_SITES[bank]
        p = browser_page(rng, font, url)
        rs = Rs(rng, font, marks=("INR", "Rs.", "\u20b9"), groupings=("indian", "western"), p_whole=0.2)
        p.part = "head"
        top(p, bank)
        p.add("small", rng.choice(["Corporate internet banking", "Payments - single transfer"]))
        p.add("center", rng.choice(["Transaction acknowledgement", "Payment status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, j.status, words)
    else:
        band, head4 = BANK_BANDS[bank]
        p = phone_page(rng, font, k, ["", "Transfer status", "Payment details"])
        rs = money(rng, font, 0.4)
        head(p, bank, band, p.style["h106"]["dark"], ["Pay & transfer", "Payments"])
        p.part = "outcome"
        outcome_row(p, j.status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        p.part = "body"
    if kind == "web":
        wrap_pair(p, "Debit account name", debit_name.upper())
    p.pair(rng.choice(["From account", "Debit account"]), f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Payee", "Pay to"]), j.to, merchant=j.to)
    if mode == "UPI":
        p.pair("UPI ID", f"{vpa_base(j.to)}{rng.randrange(1, 99)}@{rng.choice(['okicici', 'oksbi', 'ybl'])}")
    else:
        bank_name, acct, ifsc = acct_ifsc(rng)
        p.pair("Beneficiary A/c", acct)
        p.pair("IFSC", ifsc)
    if kind == "web":
        p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    p.pair("Mode" if mode != "UPI" else "Paid via", mode, method=method_for(mode))
    if not j.no_ref:
        if j.status == "success" or (j.status == "failed" and mode != "NEFT"):
            if mode == "NEFT" and not j.no_day:
                ref = neft_ref(head4, rng, j.date)
                labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            elif mode in ("IMPS", "UPI"):
                labelled(p, {"IMPS": "IMPS Ref No", "UPI": "UPI Ref No"}[mode], j.ref, txn=(UTR_RANK, j.ref))
        own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        label = rng.choice(["Reference No.", "Transaction ID"])
        labelled(p, label, own, txn=(BANK_RANK if label == "Reference No." else TXN_RANK, own))
    if not j.no_day:
        label = {
            "success": rng.choice(["Value date", "Transaction date"]),
            "failed": "Failed on",
            "pending": "Initiated on",
        }[j.status]
        labelled(p, label, j.stamp(rng, hour=kind != "web" or rng.random() < 0.5), date=j.date)
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if kind == "web":
        p.pair("Maker", rng.choice(["acc.payables", "nsk.accounts1"]))
        p.pair("Checker", rng.choice(["fin.controller", "director.finance"]))
    if j.status == "failed":
        p.add(
            "small", "The beneficiary bank returned the credit; the amount is reversed to the debit account."
        )
    elif j.status == "pending":
        p.add("small", "The transfer is being processed by the beneficiary bank. Check the status later.")
    p.part = "foot"
    p.add("small", rng.choice(["Never share your OTP or password.", "This is a computer generated advice."]))
    return p.done()


def doctor_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying its doctors (reporting radiologists, consultant pathologists and a microbiologist, a sonologist,
    a camp physician, a referral physician for post check-up consultations): four transfers from its business banking
    (``bank_transfer``), two doctors' PROFESSIONAL FEE BILL CUM RECEIPT (the doctor on top with "Dr.", the
    qualification and council Reg. No. under it: Bill No., Date, To M/s <firm>, For the month of, the cases n x rate
    or a retainer, Total fee, "GST: Not applicable - healthcare services", Less: TDS u/s 194J @ 10%, Net amount
    received, the sum in words, Received by NEFT / UPI and its reference, RECEIVED WITH THANKS, PAN), the chain's
    PROFESSIONAL FEE VOUCHER (the company on top: Voucher No., Date, Paid to the doctor, Towards, Gross fee, Less: TDS,
    Net paid, Cheque No., Drawn on, PAID, Receiver's signature) and a teleradiology company's e-mailed receipt (the
    company on top, Payment received - thank you, Client, Invoice No. settled, Studies reported, Invoice total, Less:
    TDS u/s 194J @ 10%, Amount received, Mode NEFT, UTR, Receipt No., Received on, Status)."""
    k = place("doctor_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    page, bank, kind, way = FEE_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    name, degree, council, role, lines = DOCTORS[k]
    firm = LLP if role.endswith("radiologist") and k == 0 else COMPANY
    if page == "bank":
        j.to = rng.choice(
            [name, name.upper().replace(".", ""), name.replace("Dr. ", "").upper(), name.replace("Dr. ", "")]
        )
        j.amount = float(whole(rng.uniform(9000, 95000 if way == "UPI" else 120000), 10))
        note = rng.choice([f"{role} fee - less TDS", f"{role} fee {when(j.date, '%b')} net of TDS"])
        if j.no_day:
            note = f"{role} fee - less TDS"
        return bank_transfer(rng, font, k, j, bank, kind, way, note, firm)
    if page == "tele":
        p = mail_page(
            rng,
            font,
            "Telerad Reporting Services <billing@teleradreporting.in>",
            ["Payment received - thank you", "Receipt for your payment"],
        )
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
        p.part = "head"
        top(p, bank, merchant=bank)
        p.add("small", "24 x 7 teleradiology reporting - CT, MRI, X-ray")
        p.add("center", "Payment received - thank you")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Client", LLP)
        inv = f"TRS/{j.year()}{rng.randrange(100, 9999):04d}"
        p.pair("Invoice No. settled", inv)
        gross = 0.0
        for modality, (qlo, qhi), rate in [
            ("CT", (60, 200), 350),
            ("MRI", (40, 150), 550),
            ("X-ray", (200, 700), 60),
        ]:
            qty = rng.randint(qlo, qhi)
            gross += qty * rate
            item_row(p, f"{modality} studies reported", f"{qty} x {rate}", rs(float(qty * rate)))
        p.pair("Invoice total", rs(gross))
        p.add("small", "GST: Exempt - healthcare services")
        tds = round(gross * 0.10, 2)
        p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
        net = round(gross - tds, 2)
        j.amount = net
        p.pair("Amount received", rs(net), amount=net)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            rail(p, j, way, ["MAHB", "HDFC"])
            rno = f"TRS-R-{digits(rng, 6)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Received on", j.day(rng), date=j.date)
        p.pair("Status", "Payment received", status="success")
        p.part = "foot"
        p.add("small", "This is a system generated receipt.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    if page == "voucher":
        letterhead(
            p, k, COMPANY, ["PROFESSIONAL FEE VOUCHER"], sub=f"{TRADE} - {TOWNS[k][2]} centre", merchant=False
        )
        if not j.no_ref:
            vno = f"PFV/{j.year()}{rng.randrange(1, 999):03d}"
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Paid to", name, merchant=name)
        p.add("small", f"{degree}, {role.lower()}")
        p.add("rule")
        gross = fee_lines(p, rs, lines)
        p.pair("Gross fee", rs(gross))
        tds = round(gross * 0.10, 2)
        p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
        net = round(gross - tds, 2)
        j.amount = net
        p.pair("Net paid", rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS[:6])}, {TOWNS[k][0]}")
        p.add("center", "PAID", status="success")
        p.part = "foot"
        p.add("pair", "Prepared by", "Receiver's signature")
        return p.done()
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", degree)
    p.add(
        "small",
        f"{council} Reg. No. {rng.randrange(10000, 99999)}  |  Mob. {rng.choice('6789')}{digits(rng, 9)}",
    )
    p.add("center", rng.choice(["PROFESSIONAL FEE BILL CUM RECEIPT", "BILL FOR PROFESSIONAL SERVICES"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        bno = f"{name.split()[-1][:3].upper()}/{j.year()}{rng.randrange(1, 99):02d}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "To", f"M/s {firm} ({TRADE}, {TOWNS[k][0]})")
    if not j.no_day:
        back = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        p.pair("For the month of", when(back, "%B %Y"))
    p.add("rule")
    gross = fee_lines(p, rs, lines)
    p.pair("Total fee", rs(gross))
    p.add("small", "GST: Not applicable - healthcare services")
    tds = round(gross * 0.10, 2)
    p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
    net = round(gross - tds, 2)
    j.amount = net
    p.pair("Net amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if j.no_day and way == "NEFT":
        way = "UPI"
    p.pair(rng.choice(["Received by", "Mode"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail(p, j, way, ["MAHB", "HDFC", "SBIN"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.part = "foot"
    p.pair("PAN", pan(rng))
    right(p, name)
    return p.done()


# ---------------------------------------------------------------- 10. regulators' fees


REG_PAGES = [
    ("nabl", "browser", "netbanking"),
    ("bharatkosh", "browser", "UPI"),
    ("gras", "paper", "netbanking"),
    ("bihar", "browser", "UPI"),
    ("ksmart", "browser", "card"),
    ("nabl_mail", "mail", "NEFT"),
    ("elora", "browser", "netbanking"),
    ("fire", "paper", "UPI"),
]
NABL = "National Accreditation Board for Testing and Calibration Laboratories"
AERB = "Atomic Energy Regulatory Board"


def regulator_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's regulators' and local bodies' fees: NABL's portal receipt and its accounts' e-mail for an NEFT
    (NABL's full name or NABL on top: Laboratory, Lab ID, Certificate No., Fee head, Fee, GST @ 18%, Total paid,
    Transaction ID, Bank Ref No., UTR, Payment date), Bharatkosh's receipt for the AERB licence fee (Bharatkosh - Non
    Tax Receipt Portal on top, Depositor, Ministry / Department, Receiving office (AERB), PAO, Purpose, Amount,
    Transaction Ref. No., UPI Ref No., Date), AERB's eLORA fee acknowledgement (AERB on top, Institute, eLORA
    Registration No., Equipment, Fee, Payment ID, Bank Ref No.), Maharashtra's GRAS e-challan for the PC-PNDT
    registration renewal (GRAS on top, Department, Office name (the Civil Surgeon, Nashik), Type of payment, Remitter,
    Amount, GRN, Bank CIN, Payment status Pending with bank), Bihar's clinical establishment registration fee (the
    Health Department on top, District registering authority, Application No., Fee, Payment failed - transaction
    declined by bank), Kollam Municipal Corporation's trade licence renewal on K-SMART (Licence No., Financial year,
    Licence fee, Total paid, Receipt No., Transaction ID, Auth code) and Haryana Fire & Emergency Services' fire NOC
    fee receipt (Application ID, Building, Fee, Receipt No., GRN, UPI Ref No.)."""
    k = place("regulator_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    kind, frame, way = REG_PAGES[k]
    town = {"gras": 0, "bihar": 3, "ksmart": 5, "fire": 7, "elora": 0, "bharatkosh": 0}.get(kind, 0)
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, town=town)
    holder = LLP if kind in ("bharatkosh", "elora") else COMPANY
    if frame == "mail":
        p = mail_page(
            rng, font, "NABL Accounts <accounts@nabl.qcin.org>", ["Payment acknowledgement", "Fee received"]
        )
        rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9"))
    elif frame == "browser":
        url = {
            "nabl": "nablwp.qci.org.in/payment/receipt",
            "bharatkosh": "bharatkosh.gov.in/NTRPHome/PaymentReceipt",
            "bihar": "clinicalestablishment.bihar.gov.in/payment/status",
            "ksmart": "ksmart.lsgkerala.gov.in/trade-licence/payment",
            "elora": "elora.aerb.gov.in/ELORA/payment/acknowledgement",
        }[kind]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "INR"], p_slash=0.0)
    p.part = "head"
    payee: str | None = None
    if kind in ("nabl", "nabl_mail"):
        payee = NABL if rng.random() < 0.6 and fits(p, "center", NABL) else "NABL"
        top(p, payee, merchant=payee)
        p.add("small", "(A constituent board of Quality Council of India)")
    elif kind == "bharatkosh":
        top(p, "Bharatkosh")
        p.add("small", "Non Tax Receipt Portal - Government of India")
    elif kind == "elora":
        payee = AERB.upper() if rng.random() < 0.3 else AERB
        top(p, payee, merchant=payee)
        p.add("small", "eLORA - e-Licensing of Radiation Applications")
    elif kind == "gras":
        top(p, "GRAS")
        p.add("small", "Government Receipt Accounting System - Government of Maharashtra")
    elif kind == "bihar":
        payee = "Health Department, Government of Bihar"
        top(p, payee, merchant=payee)
        p.add("small", "Clinical Establishments - online registration")
    elif kind == "ksmart":
        payee = "Kollam Municipal Corporation"
        top(p, payee, merchant=payee)
        p.add("small", "K-SMART - Local Self Government Department, Kerala")
    else:
        payee = "Haryana Fire & Emergency Services"
        payee = payee.upper() if rng.random() < 0.4 else payee
        top(p, payee, merchant=payee)
        p.add("small", "Online fire NOC - fee receipt")
    p.add(
        "center",
        {
            "nabl": "Payment receipt",
            "nabl_mail": "Payment acknowledgement",
            "bharatkosh": "Payment receipt",
            "elora": "Fee payment acknowledgement",
            "gras": "e-Challan",
            "bihar": "Registration fee - payment status",
            "ksmart": "Trade licence - renewal fee receipt",
            "fire": "Fee receipt",
        }[kind],
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Success", "Paid"],
        "failed": ["Payment failed - transaction declined by bank"],
        "pending": ["Pending with bank"],
    }
    if frame == "browser":
        outcome_row(p, status, words)
    if kind == "nabl_mail":
        p.add("left", "Dear Sir / Madam, we acknowledge the receipt of the fee below.")
    fee_lines_: list[tuple[str, float]] = []
    if kind in ("nabl", "nabl_mail"):
        wrap_pair(p, "Laboratory", f"{COMPANY} - Central Laboratory, Nashik")
        p.pair("Lab ID", f"NABL-LAB-{digits(rng, 5)}")
        p.pair("Certificate No.", f"MC-{rng.randrange(1000, 7999)}")
        head_ = rng.choice(
            ["Annual accreditation fee", "Surveillance assessment fee", "Scope extension - application fee"]
        )
        wrap_pair(p, "Fee head", head_)
        fee = float(rng.choice([30000, 40000, 50000, 60000]))
        fee_lines_ = [("Fee", fee), ("GST @ 18%", round(fee * 0.18, 2))]
    elif kind == "bharatkosh":
        wrap_pair(p, "Depositor", holder)
        wrap_pair(p, "Ministry / Department", "Department of Atomic Energy")
        payee = AERB
        wrap_pair(p, "Receiving office", payee, merchant=payee)
        p.pair("PAO", "PAO (AERB), Mumbai")
        wrap_pair(p, "Purpose", rng.choice(["Licence fee - CT scanner", "Licence renewal fee - X-ray units"]))
        fee_lines_ = [("Fee", float(rng.choice([5000, 10000, 15000])))]
    elif kind == "elora":
        wrap_pair(p, "Institute", f"{IMAGING}, Nashik")
        p.pair("eLORA Registration No.", f"MH-{digits(rng, 6)}")
        wrap_pair(
            p, "Equipment", rng.choice(["128-slice CT scanner", "Digital radiography (DR) unit", "C-arm"])
        )
        fee_lines_ = [("Licence fee", float(rng.choice([5000, 10000])))]
    elif kind == "gras":
        wrap_pair(p, "Department", "Public Health Department")
        payee = rng.choice(["Civil Surgeon, Nashik", "CIVIL SURGEON NASHIK"])
        wrap_pair(p, "Office name", payee, merchant=payee)
        wrap_pair(p, "Type of payment", "PC-PNDT registration renewal fee")
        wrap_pair(p, "Remitter", f"{IMAGING} ({LLP})")
        fee_lines_ = [("Fee", float(rng.choice([3000, 4000, 5000])))]
    elif kind == "bihar":
        wrap_pair(p, "Establishment", f"{TRADE} - {TOWNS[3][2]}, Muzaffarpur")
        wrap_pair(p, "District registering authority", "Civil Surgeon, Muzaffarpur")
        p.pair("Application No.", f"BR/CE/{digits(rng, 6)}")
        fee_lines_ = [("Registration fee", float(rng.choice([2000, 5000])))]
    elif kind == "ksmart":
        wrap_pair(p, "Licensee", COMPANY)
        wrap_pair(p, "Trade", f"Diagnostic laboratory - {TOWNS[5][2]}")
        p.pair("Licence No.", f"KLM/TL/{digits(rng, 5)}")
        if not j.no_day:
            p.pair("Financial year", f"20{fy(j.date)}")
        fee_lines_ = [("Licence fee", float(rng.choice([2500, 3500, 4500]))), ("Application fee", 100.0)]
    else:
        wrap_pair(p, "Applicant", COMPANY)
        wrap_pair(p, "Building", f"{TRADE}, {TOWNS[7][2]}, Hisar")
        p.pair("Application ID", f"FS/HSR/{digits(rng, 6)}")
        fee_lines_ = [("Fire NOC fee", float(rng.choice([4800, 7200, 9600]))), ("Inspection fee", 1000.0)]
    for label, value in fee_lines_:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in fee_lines_), 2)
    j.amount = total
    p.pair(rng.choice(["Total paid", "Amount"]) if status == "success" else "Amount", rs(total), amount=total)
    show = {
        "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
        "UPI": "UPI",
        "card": f"Debit card {masked(rng, font)}",
        "NEFT": "NEFT",
    }[way]
    p.pair(rng.choice(["Payment mode", "Mode of payment"]), show, method=method_for(way))
    if not j.no_ref:
        if kind == "gras" or kind == "fire":
            grn = f"MH{digits(rng, 9)}20{fy(j.date).replace('-', '')}E" if kind == "gras" else digits(rng, 8)
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            if status == "success":
                cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
                p.pair("Bank CIN", cin, txn=(TXN_RANK, cin))
        if kind in ("ksmart", "fire"):
            rno = f"{'RCT' if kind == 'ksmart' else 'FR'}/{j.year()}{digits(rng, 6)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if kind in ("nabl", "bharatkosh", "elora", "ksmart", "bihar"):
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}" if kind != "bharatkosh" else digits(rng, 13)
            labelled(
                p,
                {"bharatkosh": "Transaction Ref. No.", "elora": "Payment ID"}.get(kind, "Transaction ID"),
                tid,
                txn=(TXN_RANK, tid),
            )
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = bank_ref(rng)
                labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                rail(p, j, way, ["MAHB", "HDFC"])
    if not j.no_day:
        label = {
            "success": rng.choice(["Payment date", "Date", "Paid on"]),
            "failed": "Attempted on",
            "pending": "Initiated on",
        }[status]
        labelled(p, label, j.stamp(rng, hour=frame == "browser"), date=j.date)
    if frame != "browser":
        p.pair("Payment status", rng.choice(words[status]), status=status)
    if status == "pending":
        p.add("small", "Verify the challan status after 2 hours before paying again.")
    elif status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["This is a computer generated receipt.", "Fee once paid is not refundable."])
        if status == "success"
        else "This is a computer generated receipt.",
    )
    if payee is None:
        raise AssertionError(kind)
    return p.done()


# ---------------------------------------------------------------- 11. couriers of samples


COURIER_PAGES = [
    ("porter", "UPI"),
    ("counter", "cash"),
    ("cargo", "card"),
    ("coldchain", "NEFT"),
    ("borzo", "UPI"),
    ("runner", "cash"),
    ("local", "UPI"),
    ("speedpost", "UPI"),
]
AIRPORTS = {1: ("JLR", "Jabalpur"), 2: ("VGA", "Vijayawada"), 6: ("DIB", "Dibrugarh"), 4: ("UDR", "Udaipur")}
RUNNERS = ["Santosh Yadav", "Mahesh Gaikwad", "Rinku Kumar", "Abdul Kalam Shaikh"]


def ride_app(rng: random.Random, font: str, k: int, j: Job, app: str) -> tuple[list, dict, dict]:
    """Porter's and Borzo's trip receipts in their apps for a rider taking a centre's samples to the airport's cargo
    terminal or the bus depot: the app's name on top (the payee: the service that bills the trip), Trip completed /
    Delivery completed and Payment successful / Payment failed - pay the driver in cash, the fare large, Trip ID /
    Order No., Vehicle, Pickup, Drop, Trip fare, Waiting charges, Discount, Total fare, Paid via, Transaction ID, UPI
    Ref No., Paid on / Attempted on."""
    p = phone_page(rng, font, k, ["", "Trip details", "Order details"])
    rs = money(rng, font, 0.6)
    band = {"Porter": (27, 86, 214), "Borzo": (230, 60, 90)}[app]
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", app, merchant=app)
    p.add("small", "Trip receipt" if app == "Porter" else "Delivery receipt")
    p.add("gap")
    p.part = "outcome"
    p.add("center", "Trip completed" if app == "Porter" else "Delivery completed")
    outcome_row(
        p,
        j.status,
        {"success": ["Payment successful", "Paid"], "failed": ["Payment failed - pay the driver in cash"]},
    )
    fare = float(whole(rng.uniform(120, 420), 1))
    wait = float(rng.choice([0, 0, 20, 40]))
    off = float(rng.choice([0, 0, 25, 50]))
    total = fare + wait - off
    j.amount = total
    p.add("big", rs(total), amount=total)
    p.part = "body"
    if not j.no_ref:
        trip = f"CRN{digits(rng, 9)}" if app == "Porter" else f"{digits(rng, 8)}"
        p.pair("Trip ID" if app == "Porter" else "Order No.", trip, txn=(ORDER_RANK, trip))
    p.pair("Vehicle", rng.choice(["2 Wheeler", "2W - Bike"]))
    city = TOWNS[j.town]
    wrap_pair(p, "Pickup", f"{TRADE}, {city[2]}")
    airport = AIRPORTS.get(j.town)
    wrap_pair(
        p,
        "Drop",
        f"{airport[1]} Airport - cargo terminal" if airport else f"{city[0]} bus stand - parcel office",
    )
    p.pair("Trip fare", rs(fare))
    if wait:
        p.pair("Waiting charges", rs(wait))
    if off:
        p.pair("Discount", f"-{rs(off)}")
    p.pair("Total fare", rs(total))
    p.pair("Paid via", "UPI", method="UPI")
    if not j.no_ref:
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 14)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if j.status == "success":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, "Paid on" if j.status == "success" else "Attempted on", j.stamp(rng), date=j.date)
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add("small", "Rate your driver  |  Get invoice")
    return p.done()


def sample_courier(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The couriers of the chain's samples: Porter's and Borzo's trip receipts (``ride_app``), Blue Dart's counter
    cash receipt (monospace: the courier and its counter, CASH RECEIPT, AWB NO :, PRODUCT :, ORIGIN : / DEST :, PCS : /
    WT :, CONTENTS : DIAGNOSTIC SPECIMENS - UN3373, FREIGHT :, FUEL SURCHARGE :, GST @ 18% :, TOTAL :, PAID BY : CASH,
    RECEIPT NO :, DATE :), IndiGo CarGo's airway bill payment in a browser (AWB No., Origin, Destination, Commodity,
    Pieces, Chargeable weight, Freight, Handling, GST @ 18%, Total payable, Payment pending - AWB on hold, Payment
    ID), a cold-chain logistics firm's e-mailed receipt (Client, Invoice No. settled, Temperature-controlled sample
    transport, TDS u/s 194C @ 2%, Amount received, NEFT and its UTR, Receipt No., Received on), the chain's own
    COURIER / RUNNER VOUCHER (the company on top, Paid to the sample runner, trips, Amount paid, cash), a courier's
    BOOKING RECEIPT (Consignment No., From, To, Contents, Weight, charges, UPI and its reference) and India Post's
    Speed Post receipt (monospace: INDIA POST, the post office, SPEED POST, ARTICLE NO :, TO PIN :, WEIGHT :,
    TARIFF :, GST :, TOTAL :, PAID BY : UPI, UPI REF NO :, RCPT NO :, DATE :)."""
    k = place("sample_courier")
    status = outcome(k, failed=(4,), pending=(2,))
    kind, way = COURIER_PAGES[k]
    town = {"porter": 1, "borzo": 6, "cargo": 6, "counter": 3, "local": 2, "speedpost": 7, "runner": 4}.get(
        kind, 0
    )
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, town=town)
    if kind in ("porter", "borzo"):
        return ride_app(rng, font, k, j, kind.capitalize())
    if kind in ("counter", "speedpost"):
        p = slip_page(rng, font)
        mark = rng.choice(["INR ", "RS ", "Rs.", ""])

        def amt(value: float) -> str:
            return f"{mark}{value:,.2f}"

        p.part = "head"
        if kind == "counter":
            name = "BLUE DART EXPRESS LTD"
            p.add("center", name, merchant=name)
            p.add("center", f"{TOWNS[j.town][0].upper()} COUNTER")
            p.add("center", "CASH RECEIPT")
        else:
            name = rng.choice(["INDIA POST", "DEPARTMENT OF POSTS"])
            p.add("center", name, merchant=name)
            p.add("center", f"{TOWNS[j.town][0].upper()} H.O.")
            p.add("center", "SPEED POST - BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_day:
            p.pair(
                "DATE :",
                when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"]), upper=True),
                date=j.date,
            )
        p.pair("TIME :", hhmm(rng, twelve=False))
        if kind == "counter":
            p.pair("AWB NO :", digits(rng, 11))
            p.pair("PRODUCT :", rng.choice(["DART APEX", "DOMESTIC PRIORITY"]))
            p.pair("ORIGIN :", TOWNS[j.town][0].upper())
            p.pair("DEST :", "NASHIK")
            pcs, wt = rng.randint(1, 3), rng.choice([1.5, 2.0, 3.5, 4.0, 5.5])
            p.pair("PCS / WT :", f"{pcs} / {wt} KG")
            p.add("left", "CONTENTS : DIAGNOSTIC SPECIMENS - UN3373")
            freight = float(whole(rng.uniform(450, 1400), 10))
            fuel = round(freight * 0.25, 2)
            gst = round((freight + fuel) * 0.18, 2)
            total = round(freight + fuel + gst, 2)
            p.pair("FREIGHT :", amt(freight))
            p.pair("FUEL SURCHARGE :", amt(fuel))
            p.pair("GST @ 18% :", amt(gst))
        else:
            p.pair("ARTICLE NO :", f"E{code(rng, 1, UPPER)}{digits(rng, 9)}IN")
            p.pair("TO PIN :", "422005")
            grams = rng.choice([250, 480, 750, 1200, 1800])
            p.pair("WEIGHT :", f"{grams} G")
            tariff = float({250: 47, 480: 71, 750: 95, 1200: 142, 1800: 189}[grams])
            gst = round(tariff * 0.18, 2)
            total = round(tariff + gst, 2)
            p.pair("TARIFF :", amt(tariff))
            p.pair("GST :", amt(gst))
        j.amount = total
        p.add("rule")
        p.pair("TOTAL :", amt(total), amount=total)
        p.pair("PAID BY :", way.upper(), method=way)
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI REF NO :", j.ref, txn=(UTR_RANK, j.ref))
            rno = digits(rng, 10) if kind == "speedpost" else f"{code(rng, 3, UPPER)}{digits(rng, 7)}"
            p.pair("RCPT NO :" if kind == "speedpost" else "RECEIPT NO :", rno, txn=(INVOICE_RANK, rno))
        p.add(
            "center",
            rng.choice(["PAID", "THANK YOU"]) if kind == "counter" else "BOOKED - PAID",
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "TRACK ON THE WEBSITE WITH THE AWB NO" if kind == "counter" else "TRACK: WWW.INDIAPOST.GOV.IN",
        )
        return p.done()
    if kind == "cargo":
        p = browser_page(rng, font, "www.goindigocargo.com/awb/payment/status")
        rs = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs."))
        p.part = "head"
        top(p, "IndiGo CarGo", merchant="IndiGo CarGo")
        p.add("small", "InterGlobe Aviation Ltd - cargo services")
        p.add("center", "Airway bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment successful"], "pending": ["Payment pending - AWB on hold"]}
        )
        p.pair("AWB No.", f"312-{digits(rng, 8)}")
        p.pair("Origin", f"{AIRPORTS[6][0]} - {AIRPORTS[6][1]}")
        p.pair("Destination", "ISK - Nashik")
        wrap_pair(p, "Shipper", f"{COMPANY}, Dibrugarh")
        wrap_pair(p, "Commodity", "Diagnostic specimens (UN3373, Category B)")
        pcs, wt = rng.randint(1, 4), rng.choice([5, 8, 10, 12, 15])
        p.pair("Pieces / chargeable weight", f"{pcs} / {wt} kg")
        freight = float(wt * rng.choice([68, 75, 82]))
        handling = float(rng.choice([250, 300, 350]))
        gst = round((freight + handling) * 0.18, 2)
        total = round(freight + handling + gst, 2)
        j.amount = total
        p.pair("Freight", rs(freight))
        p.pair("Handling", rs(handling))
        p.pair("GST @ 18%", rs(gst))
        p.pair("Total payable", rs(total), amount=total)
        p.pair("Paid using", f"{rng.choice(['Visa', 'Mastercard'])} card {masked(rng, font)}", method="card")
        if not j.no_ref:
            pid = f"ICG{digits(rng, 11)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        if not j.no_day:
            labelled(p, "Initiated on" if status == "pending" else "Paid on", j.stamp(rng), date=j.date)
        if status == "pending":
            p.add("small", "The AWB is released for the flight once the bank confirms the payment.")
        p.part = "foot"
        p.add("small", "Dangerous goods declaration not required for UN3373 with a shipper's certificate.")
        return p.done()
    if kind == "coldchain":
        name = "ColdTrail Sample Logistics Pvt Ltd"
        p = mail_page(
            rng,
            font,
            "ColdTrail Accounts <accounts@coldtrail.in>",
            ["Payment received", "Receipt - thank you"],
        )
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
        p.part = "head"
        shown = name.upper() if rng.random() < 0.25 else name
        top(p, shown, merchant=shown)
        p.add("small", "Temperature-controlled specimen logistics")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Client", COMPANY)
        inv = f"CTL/{j.year()}{rng.randrange(100, 9999):04d}"
        p.pair("Invoice No. settled", inv)
        trips = rng.randint(20, 60)
        rate = float(rng.choice([850, 950, 1100, 1250]))
        base = trips * rate
        item_row(p, "Sample transport (2-8 C) trips", f"{trips} x {rate:,.0f}", rs(base))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        p.pair("Invoice total", rs(base + gst))
        tds = round(base * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        net = round(base + gst - tds, 2)
        j.amount = net
        p.pair("Amount received", rs(net), amount=net)
        p.pair("Mode", "NEFT", method="netbanking")
        if not j.no_ref:
            rail(p, j, "NEFT", ["MAHB", "HDFC"])
            rno = f"RC/{j.year()}{rng.randrange(1, 9999):04d}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Received on", j.day(rng), date=j.date)
        p.pair("Status", rng.choice(["Received", "Paid"]), status="success")
        p.part = "foot"
        p.add("small", "Temperature logs for each trip are available on the client portal.")
        return p.done()
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    if kind == "runner":
        letterhead(
            p,
            j.town,
            COMPANY,
            ["COURIER / RUNNER VOUCHER", "CONVEYANCE VOUCHER"],
            sub=f"{TRADE} - {TOWNS[j.town][2]} centre",
            merchant=False,
            gst=False,
        )
        if not j.no_ref:
            vno = f"CV/{j.year()}{rng.randrange(1, 999):03d}"
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        runner = rng.choice(RUNNERS)
        wrap_pair(p, "Paid to", runner, merchant=runner)
        p.add("small", "(sample runner)")
        trips, rate = rng.randint(8, 30), float(rng.choice([80, 100, 120, 150]))
        item_row(p, "Centre to bus stand / airport trips", f"{trips} x {rate:,.0f}", rs(trips * rate))
        extra = float(rng.choice([0, 0, 60, 120]))
        if extra:
            item_row(p, "Ice packs & thermocol box", "", rs(extra))
        total = trips * rate + extra
        j.amount = total
        p.pair("Amount paid", rs(total), amount=total)
        p.add("small", f"({words_in_rupees(total)})")
        p.pair("Mode", way_text(rng, way, font), method=method_for(way))
        p.add("center", "PAID", status="success")
        p.part = "foot"
        p.add("pair", "Approved by", "Receiver's signature")
        return p.done()
    name = "Godavari Express Couriers"
    letterhead(p, j.town, name, ["BOOKING RECEIPT"], sub="Domestic courier & cargo - same day to metros")
    if not j.no_ref:
        rno = f"GEC/{rng.randrange(10000, 99999)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.pair("Consignment No.", f"G{digits(rng, 9)}")
    wrap_pair(p, "From", f"{TRADE}, {TOWNS[j.town][2]}, {TOWNS[j.town][0]}")
    wrap_pair(p, "To", f"{TRADE} - Central Lab, College Road, Nashik")
    wrap_pair(p, "Contents", "Serum samples in cold box (UN3373)")
    p.pair("Weight", f"{rng.choice([2, 3, 4, 5])} kg")
    base = float(whole(rng.uniform(350, 900), 10))
    cold = float(rng.choice([150, 200, 250]))
    gst = round((base + cold) * 0.18, 2)
    total = round(base + cold + gst, 2)
    j.amount = total
    p.pair("Booking charges", rs(base))
    p.pair("Cold box handling", rs(cold))
    p.pair("GST @ 18%", rs(gst))
    p.pair("Total", rs(total))
    p.pair("Amount paid", rs(total), amount=total)
    p.pair("Mode", way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail(p, j, way, ["SBIN"])
    p.add("center", "BOOKED - PAID", status="success")
    p.part = "foot"
    p.add("small", "Not responsible for delays due to weather or flight cancellations.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS alerts


SMS_SENDERS = ["HDFCBK", "SBIINB", "ICICIT", "AXISBK", "KOTAKB", "PNBSMS", "CANBNK", "BOBTXN"]


def sms_sum(rng: random.Random, value: float) -> str:
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    grouping = rng.random()
    if grouping < 0.4:
        return f"{mark}{value:,.2f}"
    if grouping < 0.7:
        return f"{mark}{value:.2f}"
    whole_part = f"{int(value):d}"
    head_, tail = whole_part[:-3], whole_part[-3:]
    groups = []
    while len(head_) > 2:
        groups.insert(0, head_[-2:])
        head_ = head_[:-2]
    if head_:
        groups.insert(0, head_)
    lakh = ",".join(groups + [tail]) if groups else tail
    return f"{mark}{lakh}.{round((value - int(value)) * 100):02d}"


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One SMS alert from the chain's banks in a messages app: HDFC Bank's credit of a TPA's NEFT ("credited ... by
    NEFT from MEDI ASSIST INSURANCE TPA. UTR ..."), SBI's debit of an IMPS to a reagent supplier (no day: the divider
    says Today or Yesterday), ICICI Bank's RTGS to the helium supplier "is under process", Axis Bank's UPI spend at
    PORTER, Kotak's NEFT to a supplier, PNB's failed IMPS to a sample runner, Canara Bank's credit of a company's RTGS
    with no reference, Bank of Baroda's NEFT to the teleradiology company; the balance on some. A credit alert names
    the payer and not the account it credits."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    no_day = k == 1
    date = day26(rng)
    acct = digits(rng, 4)
    day = {
        0: when(date, "%d-%b-%y", upper=True),
        2: when(date, "%d-%b-%y"),
        3: when(date, "%d-%m-%y"),
        4: when(date, "%d-%m-%y"),
        5: when(date, "%d-%m-%Y"),
        6: when(date, "%d/%m/%Y"),
        7: when(date, "%d-%m-%Y"),
    }.get(k, "")
    ref = utr(rng, date)
    bal = f"{rng.choice(['Avl Bal', 'Avl bal:', 'Bal:'])} {sms_sum(rng, rupees(rng, 50000, 2500000, 0))}"
    named: str | None
    txn: tuple | None
    method = "netbanking"
    if k == 0:
        amount = rupees(rng, 8000, 240000, 0.3)
        utr_ = neft_ref(rng.choice(["UTIB", "ICIC", "HDFC"]), rng, date)
        named, txn = None, (UTR_RANK, utr_)
        text = (
            f"Update! {sms_sum(rng, amount)} credited to HDFC Bank A/c XX{acct} on {day} by NEFT from MEDI ASSIST "
            f"INSURANCE TPA. UTR {utr_}. Avl bal {sms_sum(rng, amount + rupees(rng, 20000, 900000, 0))}"
        )
    elif k == 1:
        amount = rupees(rng, 9000, 180000, 0.5)
        named = "NARMADA LAB REAGENTS"
        txn = (UTR_RANK, ref)
        text = (
            f"Dear Customer, your A/c X{acct} has been debited by {sms_sum(rng, amount)} towards IMPS to "
            f"{named}. IMPS Ref No {ref}. If not done by you, call 1800111109 -SBI"
        )
    elif k == 2:
        amount = rupees(rng, 210000, 650000, 0.8)
        named = "CRYO GASES INDIA PVT LTD"
        utr_ = rtgs_utr("ICIC", rng, date)
        txn = (UTR_RANK, utr_)
        text = (
            f"RTGS of {sms_sum(rng, amount)} to {named} from ICICI Bank Acct XX{acct[1:]} on {day} is under "
            f"process. UTR {utr_}. Status will be updated shortly."
        )
    elif k == 3:
        amount = float(whole(rng.uniform(120, 480), 1))
        named = "PORTER"
        txn = (UTR_RANK, ref)
        method = "UPI"
        text = (
            f"Spent {sms_sum(rng, amount)} via UPI from Axis Bank A/c XX{acct} on {day} at {named}. UPI Ref "
            f"{ref}. Not you? Call 18004195959 - Axis Bank"
        )
    elif k == 4:
        amount = rupees(rng, 15000, 190000, 0.4)
        named = "GODAVARI SCIENTIFIC DIST"
        utr_ = neft_ref("KKBK", rng, date)
        txn = (UTR_RANK, utr_)
        text = (
            f"Sent {sms_sum(rng, amount)} from Kotak Bank AC X{acct} to {named} on {day} by NEFT. UTR: {utr_}. "
            f"Not you? Report at kotak.com/fraud"
        )
    elif k == 5:
        amount = float(rng.choice([1200, 1800, 2400, 3000, 3600]))
        named = rng.choice(RUNNERS).upper()
        txn = (UTR_RANK, ref)
        text = (
            f"Your IMPS transaction of {sms_sum(rng, amount)} to {named} from A/c XX{acct} on {day} has failed. "
            f"IMPS Ref No {ref}. Amount, if debited, will be reversed. -PNB"
        )
    elif k == 6:
        amount = rupees(rng, 200000, 900000, 0.8)
        named, txn = None, None
        text = (
            f"An amount of INR {amount:,.2f} has been CREDITED to your account XXX{acct} on {day} towards RTGS "
            f"from SAHYADRI AUTO COMPONENTS LTD. Total Avail.bal INR "
            f"{amount + rupees(rng, 30000, 1500000, 0):,.2f} - Canara Bank"
        )
    else:
        amount = rupees(rng, 40000, 160000, 0.5)
        named = "TELERAD REPORTING SERVICES"
        utr_ = neft_ref("BARB", rng, date)
        txn = (UTR_RANK, utr_)
        text = (
            f"Rs.{amount:.2f} debited from A/c ...{acct} on {day} towards NEFT to {named}. UTR {utr_}. "
            f"{bal} - Bank of Baroda"
        )
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD'])}-{SMS_SENDERS[k]}-S"
    if no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice([when(date, "%A, {d} %B"), when(date, "{d} %b %Y"), when(date, "%a, {d} %b")])
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)}
    )
    facts: dict = {"amount": amount, "method": method, "status": status}
    if named:
        facts["merchant"] = named
    if not no_day:
        facts["date"] = date
    if txn:
        facts["txn"] = txn
    p.add("left", text, **facts)
    return p.done()


compose = compose158

"""The twelve heldout123 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a ninth random day's proofs of payment, as a multi-speciality hospital, its
diagnostic lab and its pharmacy in a mid-size city (Nashik, Mysuru, Guntur, Jabalpur, Siliguri, Kollam, Udaipur,
Bilaspur) receive them in 2026 from patients and their families, insurers' TPAs, lenders and donors, and as the
hospital refunds an unused advance: sums from ₹150 to ₹4,50,000. A patient's UPI app's result screen; the admission
counter's IPD advance receipt; the final bill's settlement receipt with the insurer's share and the deposit taken
off; a TPA's cashless claim settlement advice; the counter's card terminal slip; an OPD or lab bill cum receipt; a
family's bank transfer to the hospital; a medical loan's down payment or its disbursement to the hospital; the
hospital pharmacy's GST invoice with the change given back; the refund of an unused advance; a crowdfunding
platform's or a charity trust's payout to the hospital for a patient; a relative's UPI screenshot sent on WhatsApp.
Every row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth is read
back from the rows the page keeps. Headings, footers, bill totals, insurer shares, discounts, deposits adjusted,
balances, GST, change, loan and sanctioned sums, patient numbers, claim and loan numbers, chat texts and the payer's
own details carry no fact. ``compose`` is heldout121's (heldout119's frames and marks, with heldout121's rubber
stamp), and heldout118's WhatsApp chat for the forwarded screenshots.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import (
    APPR_RANK,
    INVOICE_RANK,
    colour,
    day26,
    labelled,
    other_sum,
    paper,
    screen,
    slip_day,
)
from bench.receipt_sets.heldout118_families import IAPPS, chat_times, head, ios, masked, money, own_id
from bench.receipt_sets.heldout119_families import android, ifsc, outcome
from bench.receipt_sets.heldout121_families import SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import UAPPS, app_id, check, top, transfer_rows

TURNS: dict[str, int] = {}
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# city, PIN code, locality, state, STD code, GST state code
CITIES = [("Nashik", "422005", "Mumbai Naka", "Maharashtra", "0253", "27"),
          ("Mysuru", "570017", "Vijayanagar", "Karnataka", "0821", "29"),
          ("Guntur", "522001", "Kothapet", "Andhra Pradesh", "0863", "37"),
          ("Jabalpur", "482002", "Napier Town", "Madhya Pradesh", "0761", "23"),
          ("Siliguri", "734001", "Sevoke Road", "West Bengal", "0353", "19"),
          ("Kollam", "691001", "Chinnakada", "Kerala", "0474", "32"),
          ("Udaipur", "313001", "Hiran Magri", "Rajasthan", "0294", "08"),
          ("Bilaspur", "495001", "Vyapar Vihar", "Chhattisgarh", "07752", "22")]
# the hospital of each city (the payee): its trade name, its company's or society's, a short name, its initials
HOSPITALS = [("Godavari Multispeciality Hospital", "Godavari Healthcare Pvt Ltd", "Godavari", "GMH"),
             ("Chamundi Superspeciality Hospital", "Chamundi Health Services LLP", "Chamundi", "CSH"),
             ("Krishnaveni Multispeciality Hospital", "Krishnaveni Medicare Pvt Ltd", "Krishnaveni", "KMH"),
             ("Narmada Care Hospital", "Narmada Care Hospitals Pvt Ltd", "Narmada", "NCH"),
             ("Teesta Valley Hospital", "Teesta Valley Medical Trust", "Teesta", "TVH"),
             ("Ashtamudi Mission Hospital", "Ashtamudi Medical Mission Society", "Ashtamudi", "AMH"),
             ("Aravali Heart & Multispeciality Hospital", "Aravali Hospitals Pvt Ltd", "Aravali", "AHH"),
             ("Arpa Lifeline Hospital", "Arpa Lifeline Healthcare Pvt Ltd", "Arpa", "ALH")]
# patients and their sex
PATIENTS = [("Shankar Rao Patil", "M"), ("Kamala Bai Jadhav", "F"), ("Manjunath Gowda", "M"), ("Lakshmamma H.", "F"),
            ("Venkata Ramaiah", "M"), ("Padmavathi K.", "F"), ("Ramprasad Tiwari", "M"), ("Sushila Dubey", "F"),
            ("Biren Roy", "M"), ("Tashi Lepcha", "M"), ("Thankamma George", "F"), ("Joseph Varghese", "M"),
            ("Bhanwar Lal Meena", "M"), ("Kesar Devi", "F"), ("Dukhu Ram Sahu", "M"), ("Phoolbai Kashyap", "F")]
# the family member who pays, and how the counter writes the relation (one that fits a patient of either sex)
RELATIVES = [("Suresh Patil", "Son"), ("Anita Jadhav", "Daughter"), ("Ravi Kumar Gowda", "Son"),
             ("Srinivas Rao", "Nephew"), ("Pooja Tiwari", "Daughter-in-law"), ("Sanjay Dubey", "Son"),
             ("Ananya Roy", "Daughter"), ("Binod Lepcha", "Brother"), ("Sheeba Joseph", "Sister"),
             ("Mahendra Meena", "Son"), ("Tulsi Sahu", "Son-in-law"), ("Deepak Kashyap", "Grandson")]
DOCTORS = ["Dr. A. K. Deshpande", "Dr. Shalini Hegde", "Dr. P. Venugopal", "Dr. R. S. Khare", "Dr. Sayantan Ghosh",
           "Dr. Meera Pillai", "Dr. Vikram Singh Rathore", "Dr. Neha Agrawal", "Dr. M. Siddiqui"]
DEPTS = ["Orthopaedics", "Cardiology", "General Surgery", "Nephrology", "Obstetrics & Gynaecology",
         "Neurology", "Urology", "General Medicine", "Oncology"]
WARDS = ["General Ward - Bed 14", "ICU - Bed 3", "Semi-Private 204", "Private Room 312", "ICCU - Bed 6",
         "Twin Sharing 108-B", "HDU - Bed 2", "Maternity Ward - Bed 9"]
TREATMENTS = ["Total knee replacement", "Cataract surgery (both eyes)", "Angioplasty with one stent",
              "Laparoscopic cholecystectomy", "Normal delivery package", "Dialysis (12 sessions)",
              "Hernia repair (mesh)", "Spine surgery (L4-L5)", "Chemotherapy cycle"]
INSURERS = ["Star Health and Allied Insurance", "New India Assurance", "Niva Bupa Health Insurance",
            "Care Health Insurance", "United India Insurance", "ICICI Lombard General Insurance",
            "HDFC ERGO General Insurance", "Aditya Birla Health Insurance"]
# TPA, its company, its e-mail domain, its claim number's label and the authorisation's
TPAS = [("Medi Assist", "Medi Assist Insurance TPA Pvt. Ltd.", "mediassist.in", "Claim ID", "AL No"),
        ("Paramount", "Paramount Health Services & Insurance TPA Pvt. Ltd.", "paramounttpa.com", "CCN",
         "Pre-auth No"),
        ("MD India", "MD India Health Insurance TPA Pvt. Ltd.", "mdindia.com", "Claim No", "AL No"),
        ("Health India", "Health India Insurance TPA Services Pvt. Ltd.", "healthindiatpa.com", "CCN",
         "Authorisation No"),
        ("Vidal Health", "Vidal Health Insurance TPA Pvt. Ltd.", "vidalhealthtpa.com", "Claim No", "Pre-auth No"),
        ("FHPL", "Family Health Plan Insurance TPA Ltd.", "fhpl.net", "Claim No", "AL No"),
        ("Raksha", "Raksha Health Insurance TPA Pvt. Ltd.", "rakshatpa.com", "CCN", "Pre-auth No"),
        ("Ericson", "Ericson Insurance TPA Pvt. Ltd.", "ericsontpa.com", "Claim No", "AL No")]
HIS = ["Powered by KareXpert", "Generated by Insta HMS", "Software: Akhil Systems HIS", "Powered by Birlamedisoft",
       "Generated by eHospital", "Powered by Medics HIS", "Software by Suvarna HMS", "Powered by Lifeline HMIS"]
PSB = ["State Bank of India", "Bank of Maharashtra", "Canara Bank", "Union Bank of India", "Bank of Baroda",
       "Central Bank of India", "Punjab National Bank", "Indian Bank"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Federal Bank", "South Indian Bank",
       "IDBI Bank", "Karnataka Bank"]
NOTES = ["Hospital deposit", "Advance for Papa", "OPD fees", "Lab test charges", "Medicine bill", "Dialysis charges",
         "Advance for surgery", "MRI scan", "Final bill", "Mummy ka hospital bill"]
UPI_WORDS = {"success": ["Payment Successful", "Paid successfully", "Transaction Successful", "Money sent"],
             "failed": ["Payment Failed", "Transaction failed", "Payment declined"],
             "pending": ["Payment Pending", "Payment processing", "Transaction pending"]}
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "The hospital will be notified once the bank confirms."]


def fresh() -> None:
    """Start every family's count again (``make_heldout123_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def hospital(rng: random.Random, *, firm: float = 0.2, caps: float = 0.25) -> tuple[str, int]:
    """The payee (the hospital's name, its company's or society's on some) and its city's index."""
    i = rng.randrange(len(HOSPITALS))
    name = HOSPITALS[i][1] if rng.random() < firm else HOSPITALS[i][0]
    return (name.upper() if rng.random() < caps else name), i


def fy(date: dt.date) -> str:
    y = date.year % 100 - (1 if date.month < 4 else 0)
    return f"{y}-{y + 1}"


def doc_no(rng: random.Random, prefix: str, date: dt.date, with_year: bool) -> str:
    """A hospital document's own number (a receipt's, a bill's, a voucher's): its financial year only where the page
    may print a day."""
    n = rng.randrange(100, 99999)
    if with_year and rng.random() < 0.6:
        return rng.choice([f"{prefix}/{fy(date)}/{n:05d}", f"{prefix}{date.year % 100}{n:06d}"])
    return rng.choice([f"{prefix}-{n:05d}", f"{prefix}{rng.randrange(100000, 999999)}", f"{prefix}/{n}"])


def uhid(rng: random.Random, i: int) -> str:
    """A patient's hospital number (UHID / MRN): never the payment's id."""
    ini = HOSPITALS[i][3]
    return rng.choice([f"{ini}{digits(rng, 7)}", f"{ini}.{digits(rng, 6)}", f"{ini}-{digits(rng, 6)}"])


def ip_no(rng: random.Random, date: dt.date, with_year: bool) -> str:
    """An admission's IP number: never the payment's id."""
    if with_year and rng.random() < 0.5:
        return f"IP/{date.year % 100}/{rng.randrange(1, 99999):05d}"
    return rng.choice([f"IP{digits(rng, 6)}", f"IPD-{digits(rng, 5)}", f"I{digits(rng, 7)}"])


def phone_line(rng: random.Random, i: int) -> str:
    std = CITIES[i][4]
    return f"Ph: {std}-{digits(rng, 8 - len(std) + 3)}"


def hospital_vpa(rng: random.Random, i: int, banks: list[str]) -> str:
    """The hospital's UPI handle (a collection account's, a billing desk's, a QR's)."""
    short, ini = HOSPITALS[i][2].lower(), HOSPITALS[i][3].lower()
    return rng.choice([f"{short}hospital@{rng.choice(banks)}", f"{ini}.billing@{rng.choice(banks)}",
                       f"{short}hosp{rng.randrange(1, 99)}@{rng.choice(banks)}", f"{ini}opd@{rng.choice(banks)}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}"])


def fits(p: Screen, kind: str, text: str) -> bool:
    face = load_font(p.font, int(p.style["size"] * SCALE[kind]))
    return face.getlength(text) <= p.style["width"] - 2 * 34


class Deal:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 150000, p_round: float = 0.6, firm: float = 0.2, caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.to, self.town = hospital(rng, firm=firm, caps=caps)
        self.patient, self.sex = rng.choice(PATIENTS)
        self.relative, self.relation = rng.choice(RELATIVES)
        self.ref = utr(rng, self.date)


def letterhead(p: Screen, d: Deal, name: str, kinds: list[str], *, sub: str | None = None,
               extra: tuple[str, ...] = (), tag: bool = True) -> None:
    """The hospital (or its lab or pharmacy: the payee) on top of its own paper, its address and phone, the
    document's kind."""
    rng = p.rng
    city = CITIES[d.town]
    p.part = "head"
    top(p, name, merchant=name)
    if sub:
        p.add("center", sub)
    p.add("center", f"{city[2]}, {city[0]} - {city[1]}")
    p.add("small", phone_line(rng, d.town) + (rng.choice(["", "   NABH Accredited", "   24x7 Emergency"]) if tag
                                              else ""))
    for line in extra:
        p.add("small", line)
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def way_text(rng: random.Random, font: str, way: str) -> str:
    """How a counter prints the way paid."""
    return {"cash": rng.choice(["Cash", "CASH", "By Cash"]),
            "UPI": rng.choice(["UPI", "UPI (Google Pay)", "UPI - QR", "UPI (PhonePe)", "Paytm UPI"]),
            "card": rng.choice([f"Debit Card {masked(rng, font)}", f"Credit Card (Visa) {masked(rng, font)}",
                                f"Card - RuPay {masked(rng, font)}", f"Mastercard {masked(rng, font)}"]),
            "netbanking": rng.choice(["NEFT", "Bank Transfer (NEFT)", "Net Banking - NEFT"])}[way]


def counter_ids(p: Screen, d: Deal, way: str, *, slip: bool = False) -> None:
    """A counter's reference for the way paid: a UPI reference, a card's approval code and RRN, a transfer's UTR."""
    rng = p.rng
    if d.no_ref:
        return
    if way == "UPI" and d.status != "failed":
        p.pair(rng.choice(["UPI Ref No", "UPI Ref. No.", "UTR", "UPI Txn Ref"]), d.ref, txn=(UTR_RANK, d.ref))
    elif way == "card" and d.status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        p.pair(rng.choice(["Appr Code", "Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
        if slip or rng.random() < 0.5:
            p.pair(rng.choice(["RRN", "RRN No"]), d.ref, txn=(UTR_RANK, d.ref))
    elif way == "netbanking" and d.status != "pending":
        ref = neft_utr(rng.choice(["SBIN", "HDFC", "ICIC", "MAHB", "CNRB"]), rng, d.date)
        p.pair(rng.choice(["UTR No", "UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))


def hospital_stamp(p: Screen, d: Deal, word: str) -> None:
    """heldout121's violet rubber stamp at the foot of the page, clear of the outcome line (room made under the
    footer): the hospital, the counter, the day (not on a page with no day), the word."""
    rng = p.rng
    for _ in range(5):
        p.add("gap")
    at = (rng.uniform(0.6, 0.72), rng.uniform(0.88, 0.9))
    lines = [f"{HOSPITALS[d.town][2].upper()} HOSPITAL", rng.choice(["CASH COUNTER", "BILLING DEPT.", "ACCOUNTS"])]
    if not d.no_day:
        lines.append(when(d.date, "%d %b %Y", upper=True))
    lines.append(word)
    check(lines, p.font)
    p.style["h121"] = {"stamp": {"lines": lines, "angle": rng.uniform(-16, 16), "at": at}}


# ---------------------------------------------------------------- 1. a patient's UPI app's result screen


APPS = {**IAPPS, **UAPPS}
UPI_APPS = ["PhonePe", "Google Pay", "Paytm", "CRED", "BHIM", "Amazon Pay", "Navi", "super.money"]


def upi_id(rng: random.Random, app: str, date: dt.date) -> tuple[str, str, float] | None:
    """The app's own id (PhonePe's T…, Google transaction ID, Paytm's Order ID, CRED's, Amazon Pay's, Navi's …)."""
    return own_id(rng, app, date) if app in IAPPS else app_id(rng, app, date)


def upi_rows(p: Screen, d: Deal, rs, handles: list[str], own: tuple | None, source: tuple[str, str],
             *, banking: str | None = None) -> None:
    """The outcome, the sum, the hospital under Paid to / To / Sent to (Paying to on a failure or a wait) and its
    handle (parts outcome, amount, payee), the UPI reference and the app's own id on some (ref), the day, the account
    debited, a note on most (tail); ``banking`` prints the account's banking name under the handle (no fact)."""
    rng = p.rng
    p.part = "outcome"
    word = rng.choice(UPI_WORDS[d.status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if d.status == "success" and rng.random() < 0.4 else word,
          status=d.status)
    p.accent(colour(d.status))
    p.part = "amount"
    p.add("big", rs(d.amount), amount=d.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to", "Payment to"] if d.status == "success"
                     else ["To", "Paying to", "Payment to"])
    if rng.random() < 0.5 and fits(p, "center", f"{lab} {d.to}"):
        p.add("center", f"{lab} {d.to}", merchant=d.to)
    else:
        p.add("small", lab)
        p.add("center", d.to, merchant=d.to)
    vpa = hospital_vpa(rng, d.town, handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), method="UPI")
    if banking:
        p.add("small", f"Banking name: {banking}")
    if d.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif d.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details", "Transfer details"]))
    if not d.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "UPI Ref. No."]),
                 d.ref, (UTR_RANK, d.ref))]
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = "tail"
    if not d.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Completed on"]),
                 stamp(rng, d.date), date=d.date)
    p.pair(*source)
    if rng.random() < 0.7:
        p.pair(rng.choice(["Note", "Message", "Remarks", "Add a note"]), rng.choice(NOTES))


def src(rng: random.Random, font: str) -> tuple[str, str]:
    return (rng.choice(["Debited from", "Paid from", "From", "Bank account"]),
            f"{rng.choice(PSB[:5] + PVT[:5])} {masked(rng, font)}")


def upi_patient(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A patient's or relative's UPI app's result screen paying the hospital (PhonePe, Google Pay, Paytm, CRED,
    BHIM, Amazon Pay, Navi, super.money; dark on CRED and Navi and on some others, an iPhone's bars or an Android
    navigation bar, a notification banner on one): the outcome (a tick on some), the sum, Paid to / To / Sent to /
    Payment to (Paying to on a failure or a wait) and the hospital, its handle, PhonePe's banking name on some, the
    UPI reference and the app's own id on some, the day, the account debited, a note ("Advance for Papa"); a failed
    and a pending one."""
    k = place("upi_patient")
    status = outcome(k, failed=(5,), pending=(2,))
    app = UPI_APPS[k]
    dark = app in ("CRED", "Navi") or rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment status", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]))
    if rng.random() < 0.45:
        ios(p)
    else:
        android(p, banner=k == 6)
    rs = money(rng, font, 0.6)
    d = Deal(rng, status, no_ref=k == 7, no_day=k == 3, low=300, high=100000)
    name, band, handles = APPS[app][:3]
    head(p, name, band, dark, ["UPI payment", "Pay to merchant", "Scan & Pay"])
    banking = None
    if app == "PhonePe" and d.to == HOSPITALS[d.town][0] and rng.random() < 0.7:
        banking = HOSPITALS[d.town][1].upper()
    upi_rows(p, d, rs, handles, upi_id(rng, app, d.date), src(rng, font), banking=banking)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 2. the admission counter's IPD advance receipt


DEPOSIT_WAYS = ["cash", "UPI", "card", "card", "netbanking", "cash", "UPI", "cash"]


def ipd_deposit(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The admission counter's advance deposit receipt printed from the hospital's HIS (paper): the hospital on
    top, its address and phone, IP ADVANCE RECEIPT / ADVANCE DEPOSIT RECEIPT, Receipt No, Date, UHID, IP No, the
    patient, the ward and bed, the consultant, Admission Date (another day) on some, Received from (the relative),
    Amount Received / Deposit Amount, the sum in words, Payment Mode (cash, UPI, a card, NEFT) with its UPI Ref No /
    Approval Code and RRN / UTR, Total deposit till date and the estimate on some, the outcome line, the cashier,
    the HIS's "Powered by" line, the cash counter's stamp on some; a card declined (failed) and a UPI credit
    awaited (pending)."""
    k = place("ipd_deposit")
    status = outcome(k, failed=(3,), pending=(6,))
    way = DEPOSIT_WAYS[k]
    d = Deal(rng, status, no_ref=k == 5, no_day=k == 1, low=5000, high=200000, p_round=0.9, firm=0.15, caps=0.6)
    d.amount = float(max(5000, round(d.amount / 500) * 500))
    name = d.to if rng.random() < 0.5 else HOSPITALS[d.town][0].upper()
    p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([18, 19]))
    paper(p, rng)
    letterhead(p, d, name, ["IP ADVANCE RECEIPT", "ADVANCE DEPOSIT RECEIPT", "DEPOSIT RECEIPT - IPD",
                            "ADMISSION DEPOSIT RECEIPT"])
    rs = money(rng, font, 0.7, marks=("₹", "Rs.", "Rs", "INR"))
    if not d.no_ref:
        number = doc_no(rng, rng.choice(["ADV", "RCPT", "DR"]), d.date, not d.no_day)
        p.pair(rng.choice(["Receipt No", "Receipt No.", "Rcpt No"]), number, txn=(INVOICE_RANK, number))
    if not d.no_day:
        p.pair(rng.choice(["Date", "Receipt Date", "Date & Time"]), stamp(rng, d.date, SLIP_PATS, twelve=True),
               date=d.date)
    p.pair(rng.choice(["UHID", "UHID No", "MRN"]), uhid(rng, d.town))
    p.pair(rng.choice(["IP No", "IP No.", "IPD No"]), ip_no(rng, d.date, not d.no_day))
    p.pair("Patient Name", f"{rng.choice([{'M': 'Mr. ', 'F': 'Mrs. '}[d.sex], ''])}{d.patient}")
    p.pair(rng.choice(["Ward / Bed", "Bed"]), rng.choice(WARDS))
    p.pair(rng.choice(["Consultant", "Admitting Doctor"]), rng.choice(DOCTORS))
    if not d.no_day and rng.random() < 0.6:
        p.pair(rng.choice(["Admission Date", "DOA"]),
               when(d.date - dt.timedelta(days=rng.randrange(0, 4)), rng.choice(SLIP_PATS)))
    p.pair("Received from", f"{d.relative} ({d.relation})")
    p.pair(rng.choice(["Amount Received", "Deposit Amount"]) if status == "success"
           else rng.choice(["Deposit Amount", "Amount"]), rs(d.amount), amount=d.amount)
    words = words_in_rupees(d.amount)
    if glyphs(font, words) and rng.random() < 0.6:
        p.add("left", words)
    p.pair(rng.choice(["Payment Mode", "Mode of Payment", "Paid by"]), way_text(rng, font, way), method=way)
    counter_ids(p, d, way)
    if rng.random() < 0.6:
        earlier = float(rng.choice([0, 0, 10000, 25000, 50000]))
        if earlier:
            p.pair("Previous deposits", rs(earlier))
        p.pair(rng.choice(["Total Deposit till date", "Total advance"]), rs(d.amount + earlier) if earlier
               else rs(d.amount))
    if rng.random() < 0.5:
        p.pair(rng.choice(["Estimated cost", "Approx. package estimate"]),
               rs(float(round(d.amount * rng.uniform(1.5, 4) / 1000) * 1000)))
    p.add("rule")
    p.add("center", {"success": rng.choice(["RECEIVED WITH THANKS", "DEPOSIT RECEIVED", "PAID"]),
                     "failed": "CARD DECLINED - DEPOSIT NOT RECEIVED",
                     "pending": rng.choice(["UPI CREDIT AWAITED - PROVISIONAL RECEIPT",
                                            "PAYMENT PENDING CONFIRMATION - PROVISIONAL"])}[status], status=status)
    p.part = "foot"
    p.add("small", "Advance is adjustable against the final bill. Unused advance is refunded by NEFT only.")
    p.pair("Cashier", f"{rng.choice(['Sunita', 'Prakash', 'Jyoti', 'Arun', 'Reshma'])} ({code(rng, 2, UPPER)}"
                      f"{rng.randrange(10, 99)})")
    p.add("small", rng.choice(HIS))
    if status == "success" and rng.random() < 0.6:
        hospital_stamp(p, d, rng.choice(["RECEIVED", "PAID"]))
    return p.done()


# ---------------------------------------------------------------- 3. the final bill's settlement receipt


SETTLE_WAYS = ["card", "UPI", "card", "cash", "UPI", "netbanking", "card", "cash"]


def final_settlement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The discharge counter's final bill settlement receipt (paper, or the HIS's PDF in a browser): the hospital
    on top, FINAL BILL - SETTLEMENT RECEIPT / DISCHARGE SETTLEMENT RECEIPT, Receipt No and the Final Bill No it
    settles, Date, UHID, IP No, the patient, Admitted on / Discharged on, the consultant, the payer (an insurer through
    its TPA, with Claim No / CCN and AL No; or Self), the bill's summary: Gross Bill Amount, Less: Discount, Less:
    Approved by TPA / Insurer's share, Patient's share, Less: Advance deposit adjusted, Amount paid now / Balance
    paid at discharge, Balance due NIL; Payment Mode with its reference, the outcome; a card declined (failed) and a
    NEFT credit awaited (pending)."""
    k = place("final_settlement")
    status = outcome(k, failed=(2,), pending=(5,))
    way = SETTLE_WAYS[k]
    d = Deal(rng, status, no_ref=k == 7, no_day=k == 4, low=2000, high=150000, p_round=0.5, firm=0.2, caps=0.5)
    insured = k in (0, 1, 2, 4, 6)
    deposit = float(rng.choice([10000, 20000, 25000, 30000, 50000, 75000]))
    insurer = other_sum(rng, d.amount, 40000, 400000) if insured else 0.0
    discount = float(rng.choice([0, 500, 1500, 2500, 5000, 7500])) if rng.random() < 0.7 else 0.0
    share = d.amount + deposit
    gross = round(share + insurer + discount, 2)
    web = k in (1, 3, 6, 7)
    if web:
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        short = HOSPITALS[d.town][2].lower()
        p.style["h106"]["url"] = f"his.{short}hospital.in/Billing/FinalBillReceipt.aspx?print=1"
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = money(rng, font, 0.3, marks=("₹", "Rs.", "Rs", "INR"))
    letterhead(p, d, d.to, ["FINAL BILL - SETTLEMENT RECEIPT", "DISCHARGE SETTLEMENT RECEIPT",
                            "IP FINAL BILL RECEIPT", "FINAL SETTLEMENT RECEIPT (IPD)"])
    if not d.no_ref:
        number = doc_no(rng, rng.choice(["FR", "RCPT", "SR"]), d.date, not d.no_day)
        p.pair(rng.choice(["Receipt No", "Receipt No.", "Settlement Receipt No"]), number,
               txn=(INVOICE_RANK, number))
        p.pair(rng.choice(["Final Bill No", "Against Bill No", "IP Bill No"]),
               doc_no(rng, "IPB", d.date, not d.no_day))
    if not d.no_day:
        p.pair(rng.choice(["Date", "Receipt Date", "Settled on"]), stamp(rng, d.date, SLIP_PATS), date=d.date)
    p.pair(rng.choice(["UHID", "MRN"]), uhid(rng, d.town))
    p.pair("IP No", ip_no(rng, d.date, not d.no_day))
    p.pair(rng.choice(["Patient", "Patient Name"]), d.patient)
    if not d.no_day:
        stay = rng.randrange(2, 12)
        p.pair(rng.choice(["Admitted on", "DOA"]), when(d.date - dt.timedelta(days=stay), "%d/%m/%Y"))
        p.pair(rng.choice(["Discharged on", "DOD"]), when(d.date - dt.timedelta(days=rng.randrange(0, 2)),
                                                          "%d/%m/%Y"))
    p.pair(rng.choice(["Consultant", "Treating Doctor"]), rng.choice(DOCTORS))
    tpa = rng.choice(TPAS)
    if insured:
        p.pair(rng.choice(["Payer", "Sponsor"]), f"{rng.choice(INSURERS)} (TPA: {tpa[0]})")
        if not d.no_ref:
            p.pair(tpa[3], f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
            p.pair(tpa[4], f"{digits(rng, 9)}")
    else:
        p.pair(rng.choice(["Payer", "Category"]), rng.choice(["Self", "Self Pay / Cash"]))
    p.add("rule")
    p.pair(rng.choice(["Gross Bill Amount", "Total Bill Amount", "Gross Amount"]), rs(gross))
    if discount:
        p.pair(rng.choice(["Less: Discount", "Less: Hospital Discount"]), rs(discount))
    if insured:
        p.pair(rng.choice(["Less: Approved by TPA", "Less: Insurer's share", "Less: Payable by Insurance"]),
               rs(insurer))
        p.pair(rng.choice(["Patient's share", "Payable by patient"]), rs(share))
    else:
        p.pair("Net Bill Amount", rs(share))
    p.pair(rng.choice(["Less: Advance deposit adjusted", "Less: Deposits received"]), rs(deposit))
    p.pair(rng.choice(["Amount paid now", "Balance paid at discharge", "Amount Received"]) if status == "success"
           else rng.choice(["Balance payable", "Amount"]), rs(d.amount), amount=d.amount)
    if status == "success":
        p.pair(rng.choice(["Balance Due", "Refund due"]), rng.choice(["NIL", rs(0.0)]))
    p.pair(rng.choice(["Payment Mode", "Mode", "Paid by"]), way_text(rng, font, way), method=way)
    counter_ids(p, d, way)
    p.add("rule")
    p.add("center", {"success": rng.choice(["FINAL BILL SETTLED - PAID", "RECEIVED WITH THANKS",
                                            "Payment Status: Paid"]),
                     "failed": rng.choice(["CARD DECLINED - BILL NOT SETTLED",
                                           "Payment Status: Failed - card declined"]),
                     "pending": rng.choice(["NEFT CREDIT AWAITED - DISCHARGE ON UNDERTAKING",
                                            "Payment Status: Pending - credit awaited"])}[status], status=status)
    p.part = "foot"
    p.add("small", "Claim settlement between the hospital and the TPA does not affect this receipt.")
    p.add("small", rng.choice(HIS))
    if status == "success" and not web and rng.random() < 0.5:
        hospital_stamp(p, d, "PAID")
    return p.done()


# ---------------------------------------------------------------- 4. a TPA's cashless claim settlement advice


TPA_KINDS = ["mail", "portal", "letter", "mail", "letter", "mail", "portal", "mail"]


def tpa_settlement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A TPA's settlement advice of a cashless claim to the hospital (Medi Assist, Paramount, MD India, Health India,
    Vidal, FHPL, Raksha, Ericson; an e-mail, its provider portal in a browser, a printed letter): the TPA on top,
    CLAIM SETTLEMENT ADVICE / PAYMENT ADVICE - CASHLESS CLAIM, To the hospital, Hospital Name / Payee / Paid to,
    Claim ID / CCN / Claim No, AL No / Pre-auth No, Policy No, the insurer, the patient, Member ID, DOA / DOD, Claimed
    Amount, Deductions (non-payable items, co-pay), Hospital discount, Approved Amount, TDS u/s 194J, Net Amount Paid
    / Amount Transferred, Mode NEFT, UTR (a Payment Ref No. on the one under process), Payment Date / Transfer Date,
    the hospital's account and IFSC, Claim Status / Payment Status; a returned (failed) and an approved-under-process
    (pending) one."""
    k = place("tpa_settlement")
    status = outcome(k, failed=(3,), pending=(6,))
    kind = TPA_KINDS[k]
    tpa, firm, domain, claim_label, al_label = TPAS[k]
    d = Deal(rng, status, no_ref=k == 1, no_day=k == 5, low=20000, high=450000, p_round=0.2, firm=0.35, caps=0.4)
    net = d.amount
    approved = round(net / 0.9, 2) if rng.random() < 0.6 else net
    tds = round(approved - net, 2)
    deductions = other_sum(rng, net, 800, 25000)
    discount = float(rng.choice([0, 0, 2500, 5000, 12000]))
    claimed = round(approved + deductions + discount, 2)
    rs = money(rng, font, 0.1, marks=("Rs.", "INR", "Rs", "₹"))
    subject = {"success": rng.choice(["Claim Settlement Advice", "Payment Advice - Cashless Claim"]),
               "failed": "Payment returned - please update hospital bank details",
               "pending": "Final approval - payment under process"}[status]
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"].update({"from": f"{tpa} Claims <claims.settlement@{domain}>", "subject": subject,
                                "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "head"
        p.add("left", firm)
    elif kind == "portal":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"provider.{domain}/Claims/SettlementLetter"
        p.part = "head"
        top(p, tpa)
        p.add("center", "Provider Portal - Settlement Letter")
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        top(p, firm.upper() if len(firm) < 40 else tpa.upper())
        p.add("center", f"Corporate Office: {rng.choice(['Bengaluru', 'Mumbai', 'Noida', 'Hyderabad', 'Kochi'])}")
    p.add("center", subject.upper() if kind == "letter" else subject)
    p.add("rule")
    p.part = "body"
    p.add("left", rng.choice(["To,", "To: The Billing Manager,", "Dear Sir / Madam,"]))
    p.pair(rng.choice(["Hospital Name", "Payee", "Paid to", "Provider Name"]), d.to, merchant=d.to)
    p.pair("City", CITIES[d.town][0])
    if not d.no_ref:
        p.pair(claim_label, f"{code(rng, 2, UPPER)}{digits(rng, 9)}" if claim_label != "CCN" else digits(rng, 10))
        p.pair(al_label, f"{digits(rng, 8)}")
        p.pair("Policy No", f"{rng.randrange(1, 9)}{digits(rng, 4)}/{rng.randrange(10, 99)}/{digits(rng, 6)}")
    p.pair(rng.choice(["Insurer", "Insurance Company"]), rng.choice(INSURERS))
    p.pair(rng.choice(["Patient Name", "Insured / Patient", "Claimant"]), d.patient)
    if not d.no_ref:
        p.pair(rng.choice(["Member ID", "Card No"]), f"{code(rng, 3, UPPER)}-{digits(rng, 8)}")
    if not d.no_day:
        p.pair("DOA / DOD", f"{when(d.date - dt.timedelta(days=rng.randrange(12, 40)), '%d/%m/%Y')} - "
                            f"{when(d.date - dt.timedelta(days=rng.randrange(5, 11)), '%d/%m/%Y')}")
    p.pair(rng.choice(["Treating Doctor", "Doctor"]), rng.choice(DOCTORS))
    p.add("rule")
    p.pair(rng.choice(["Claimed Amount", "Bill Amount"]), rs(claimed))
    p.pair(rng.choice(["Deductions (non-payable)", "Less: Disallowed amount", "Co-pay / deductions"]),
           rs(deductions))
    if discount:
        p.pair("Hospital discount", rs(discount))
    p.pair(rng.choice(["Approved Amount", "Settled Amount", "Amount Approved"]), rs(approved))
    if tds:
        p.pair(rng.choice(["TDS u/s 194J", "Less: TDS"]), rs(tds))
    p.pair(rng.choice(["Net Amount Paid", "Amount Transferred", "Net Paid to Hospital"]) if status == "success"
           else rng.choice(["Net Payable", "Net Amount"]), rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Payment Mode"]), rng.choice(["NEFT", "NEFT / RTGS", "Electronic transfer (NEFT)"]),
           method="netbanking")
    if not d.no_ref:
        if status == "pending":
            own = f"PB{digits(rng, 9)}"
            p.pair(rng.choice(["Payment Ref No.", "Payment Batch Ref"]), own, txn=(BANK_RANK, own))
        else:
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "CITI"]), rng, d.date)
            p.pair(rng.choice(["UTR", "UTR No.", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    if not d.no_day:
        p.pair(rng.choice(["Payment Date", "Transfer Date", "Date of Payment"]) if status != "pending"
               else "Approved on", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Hospital A/c", "Beneficiary A/c"]), f"XXXXXXXX{digits(rng, 4)} ({ifsc(rng)})")
    p.pair(rng.choice(["Claim Status", "Payment Status", "Status"]),
           {"success": rng.choice(["Settled", "Paid", "Payment processed"]),
            "failed": "Returned - beneficiary account invalid",
            "pending": "Approved - payment under process"}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Kindly do not collect the approved amount from the patient. Non-payable items may be "
                   "collected as per the policy.")
    p.add("small", f"This is a system-generated advice from {tpa}; no signature is required.")
    return p.done()


# ---------------------------------------------------------------- 5. the counter's card terminal slip


TERMINALS = [("PINE LABS", "PINE LABS"), ("EZETAP", "POWERED BY EZETAP"), ("MSWIPE", "Mswipe Technologies"),
             ("Paytm EDC", "Paytm for Business"), ("HDFC BANK", "HDFC Bank - Pine Labs"),
             ("ICICI BANK", "POWERED BY EZETAP"), ("SBI PAYMENTS", "SBI Payments - Hitachi"),
             ("AXIS BANK", "Mswipe Technologies")]
COUNTERS = ["OPD BILLING COUNTER", "IPD CASH COUNTER", "EMERGENCY BILLING", "DIALYSIS UNIT", "CATH LAB BILLING"]
LAB_COUNTERS = ["LAB COLLECTION CENTRE", "RADIOLOGY BILLING", "SAMPLE COLLECTION"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hospital counter's card terminal charge slip (Pine Labs, Ezetap, Mswipe, Paytm EDC, HDFC Bank, ICICI
    Bank, SBI Payments, Axis Bank; paper, monospace): the terminal's brand, the hospital (or its lab) in capitals,
    the counter, SALE / CHARGE SLIP / EMI SALE, DATE and TIME, MID, TID, BATCH NO, INVOICE NO / BILL NO, the scheme and
    CHIP / TAP, the masked card, the card holder on some, a REF: UHID on some, AMOUNT / TOTAL / SALE AMOUNT (an EMI
    sale's TENURE, EMI AMOUNT and TOTAL WITH INTEREST), APPR CODE and RRN on approved slips, APPROVED, DECLINED with its
    response code, TRANSACTION PENDING, the footer's "POWERED BY"; a failed and a pending one."""
    k = place("card_slip")
    status = outcome(k, failed=(5,), pending=(2,))
    brand, foot = TERMINALS[k]
    no_ref, no_day = k == 6, k == 0
    lab = rng.random() < 0.35
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=300 if lab else 1500, high=9000 if lab else 90000,
             p_round=0.4, firm=0.3, caps=1.0)
    i = d.town
    # the name the terminal was set up with: 26 characters at most
    names = [f"{HOSPITALS[i][2]} Diagnostics", f"{HOSPITALS[i][2]} Hospital Lab"] if lab else \
        [n for n in (HOSPITALS[i][0], HOSPITALS[i][1], f"{HOSPITALS[i][2]} Hospital") if len(n) <= 26]
    d.to = rng.choice(names).upper()
    p = screen(rng, font, width=rng.choice([460, 500, 520]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    p.add("center", brand)
    top(p, d.to, merchant=d.to)
    p.add("center", f"{CITIES[i][2].upper()}, {CITIES[i][0].upper()}")
    p.add("center", rng.choice(LAB_COUNTERS if lab else COUNTERS))
    emi = k == 4
    p.add("center", "EMI SALE" if emi else rng.choice(["SALE", "CHARGE SLIP", "CARD SALE"]))
    slip_day(p, rng, d.date, no_day)
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "RUPAY DEBIT", "VISA DEBIT", "MASTERCARD CREDIT"])
    p.add("left", f"{net}  {rng.choice(['CHIP', 'TAP', 'CONTACTLESS', 'SWIPE'])}")
    p.add("left", rng.choice([f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", f"************{digits(rng, 4)}"]),
          method="card")
    if rng.random() < 0.5:
        p.pair("NAME:", d.relative.upper()[:22])
    if status == "success" and not no_ref and rng.random() < 0.6:
        p.pair(rng.choice(["REF:", "REF 1:"]), f"UHID {uhid(rng, i)}")
    mark = rng.choice(["INR ", "Rs.", "Rs ", "RS."])
    text = f"{mark}{d.amount:,.2f}" if rng.random() < 0.5 else f"{mark}{d.amount:.2f}"
    if status == "success" and not no_ref:
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
        p.pair(rng.choice(["RRN:", "RRN NO:"]), d.ref, txn=(UTR_RANK, d.ref))
    elif status == "failed" and not no_ref and rng.random() < 0.5:
        p.pair("RRN:", d.ref, txn=(UTR_RANK, d.ref))
    p.add("rule")
    if emi:
        p.pair("BASE AMOUNT:", text, amount=d.amount)
        tenure = rng.choice([3, 6, 9, 12])
        rate = rng.choice([0.0, 13.0, 15.0, 16.0])
        total = round(d.amount * (1 + rate / 100 * tenure / 12), 2)
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("INTEREST RATE:", f"{rate:.2f}% P.A.")
        p.pair("EMI AMOUNT:", f"{mark}{total / tenure:,.2f}")
        p.pair("TOTAL WITH INTEREST:", f"{mark}{total:,.2f}")
    else:
        p.pair(rng.choice(["TOTAL:", "AMOUNT:", "SALE AMOUNT:", "TOTAL AMT:"]), text, amount=d.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED 00"]), status="success")
        p.add("center", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED", "TAP & PAY - NO PIN"]))
    elif status == "failed":
        p.add("center", rng.choice(["DECLINED", "TXN DECLINED", "NOT APPROVED"]), status="failed")
        p.add("center", f"RESP CODE: {rng.choice(['05', '51', '55', '91'])}")
    else:
        p.add("center", "TRANSACTION PENDING", status="pending")
        p.add("center", "HOST TIMEOUT - DO NOT RETRY")
        p.add("small", "CHECK WITH YOUR BANK BEFORE PAYING AGAIN")
    p.part = "foot"
    p.add("center", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    p.add("center", "** CUSTOMER COPY **")
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 6. an OPD or lab bill cum receipt


TESTS = [("CBC", 350), ("LFT", 850), ("KFT / RFT", 900), ("HbA1c", 550), ("Lipid Profile", 700), ("TSH", 400),
         ("Urine R/M", 150), ("X-Ray Chest PA", 450), ("USG Whole Abdomen", 1400), ("ECG", 300), ("2D Echo", 2200),
         ("CT Brain (Plain)", 3200), ("Vitamin D3", 1200), ("Serum Electrolytes", 600), ("Blood Sugar (F/PP)", 160)]
LIS = ["Powered by CrelioHealth LIS", "Generated by Insta HMS", "LIS: Suvarna Lab Module", "Powered by KareXpert",
       "Software: LabMate LIS"]
LAB_WAYS = ["cash", "UPI", "card", "cash", "UPI", "UPI", "cash", "card"]


def lab_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An OPD consultation receipt or a lab's bill cum receipt printed at the counter (paper: thermal monospace or
    a serif A5): the hospital or its lab on top, address and phone, LAB BILL CUM RECEIPT / INVESTIGATION BILL / OPD
    CONSULTATION RECEIPT, Bill No, Date, UHID / MRN, the patient, age and sex, Ref. By / Consultant (a doctor), the
    tests or the consultation with their prices, Gross / Total, Discount (senior citizen, staff), Net Amount, Amount
    Paid / Paid Amt (a part with its Balance on some), Mode with its UPI Ref / Appr Code, Reports on (another day) on
    labs, the outcome, the user, the LIS's "Powered by" line; a failed and a pending one."""
    k = place("lab_slip")
    status = outcome(k, failed=(4,), pending=(1,))
    way = LAB_WAYS[k]
    no_ref, no_day = k == 3, k == 6
    opd = k in (2, 5)
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, firm=0.0, caps=0.5)
    i = d.town
    items: list[tuple[str, float]]
    if opd:
        items = [("Consultation Fee", float(rng.choice([400, 500, 600, 800, 1000]))),
                 ("Registration Fee", float(rng.choice([50, 100, 150])))]
        name = d.to
        sub = None
    else:
        items = [(t, float(v)) for t, v in rng.sample(TESTS, rng.randint(2, 5))]
        if rng.random() < 0.5:
            name, sub = f"{HOSPITALS[i][2]} Diagnostics", rng.choice(["NABL Accredited Laboratory",
                                                                      f"A unit of {HOSPITALS[i][0]}"])
        else:
            name, sub = d.to, "Department of Laboratory Medicine"
        if rng.random() < 0.5:
            name = name.upper()
    gross = sum(v for _, v in items)
    disc = float(round(gross * rng.choice([0.1, 0.15, 0.2]))) if rng.random() < 0.45 else 0.0
    net = gross - disc
    part = not opd and status == "success" and rng.random() < 0.35
    paid = float(round(net * rng.choice([0.6, 0.7]) / 10) * 10) if part else net
    d.amount = paid
    d.to = name
    mono = "Mono" in font
    p = screen(rng, font, width=rng.choice([460, 500]) if mono else rng.choice([580, 620]),
               size=rng.choice([17, 18]))
    paper(p, rng)
    letterhead(p, d, name, ["OPD CONSULTATION RECEIPT", "OPD BILL CUM RECEIPT"] if opd else
               ["LAB BILL CUM RECEIPT", "INVESTIGATION BILL", "BILL / RECEIPT - DIAGNOSTICS"], sub=sub)
    if not no_ref:
        number = doc_no(rng, "OP" if opd else rng.choice(["LB", "BL"]), d.date, not no_day)
        p.pair(rng.choice(["Bill No", "Bill No.", "Receipt No"]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Date", "Bill Date", "Date/Time"]),
               stamp(rng, d.date, SLIP_PATS, twelve=rng.random() < 0.5), date=d.date)
    p.pair(rng.choice(["UHID", "MRN", "UHID No"]), uhid(rng, i))
    p.pair(rng.choice(["Patient", "Name"]), f"{d.patient}  {rng.randrange(21, 84)}Y/{d.sex}")
    doc = rng.choice(DOCTORS)
    p.pair("Consultant" if opd else rng.choice(["Ref. By", "Referred by"]),
           f"{doc} ({rng.choice(DEPTS)})" if opd and len(doc) < 18 else doc)
    p.add("rule")
    for test, value in items:
        p.pair(test, f"{value:,.2f}")
    p.add("rule")
    p.pair(rng.choice(["Gross Amount", "Total", "Bill Amount"]), f"{gross:,.2f}")
    if disc:
        p.pair(rng.choice(["Discount (Sr. Citizen)", "Less: Discount", "Staff discount"]), f"{disc:,.2f}")
        p.pair(rng.choice(["Net Amount", "Net Payable"]), f"{net:,.2f}")
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs. "])
    p.pair(rng.choice(["Amount Paid", "Paid Amt", "Received"]) if status == "success" else "Amount",
           f"{mark}{paid:,.2f}", amount=paid)
    if part:
        p.pair(rng.choice(["Balance", "Balance Due"]), f"{mark}{net - paid:,.2f}")
        p.add("small", "Balance payable at the time of report collection.")
    elif status == "success" and rng.random() < 0.5:
        p.pair("Balance", "0.00")
    p.pair(rng.choice(["Mode", "Pay Mode", "Payment Mode"]), way_text(rng, font, way).upper() if mono
           else way_text(rng, font, way), method=way)
    counter_ids(p, d, way)
    if not opd and not no_day:
        p.pair(rng.choice(["Reports on", "Report Date"]),
               when(d.date + dt.timedelta(days=rng.randrange(0, 3)), "%d/%m/%Y") + rng.choice([" 5 PM", " 7 PM", ""]))
    p.add("rule")
    p.add("center", {"success": "RECEIVED WITH THANKS" if part else
                     rng.choice(["PAID", "Payment Status: PAID", "RECEIVED WITH THANKS"]),
                     "failed": rng.choice(["UPI PAYMENT FAILED - BILL NOT PAID", "Payment Status: FAILED"]),
                     "pending": rng.choice(["PAYMENT PENDING - PAY AT CASH COUNTER",
                                            "Payment Status: PENDING (UPI)"])}[status], status=status)
    p.part = "foot"
    p.pair("User", f"{rng.choice(['billing', 'lab', 'opd'])}{rng.randrange(1, 9):02d}")
    p.add("small", rng.choice(HIS if opd else LIS))
    return p.done()


# ---------------------------------------------------------------- 7. a family's bank transfer to the hospital


XFER = [("YONO SBI", (40, 62, 150), "app", "IMPS", "SBIN"),
        ("HDFC Bank NetBanking", None, "web", "NEFT", "HDFC"),
        ("iMobile Pay", (174, 40, 30), "app", "IMPS", "ICIC"),
        ("Canara ai1", (0, 112, 185), "app", "NEFT", "CNRB"),
        ("Federal Bank FedNet", None, "web", "RTGS", "FDRL"),
        ("SIB Mirror+", (150, 20, 40), "app", "IMPS", "SIBL"),
        ("bob World", (232, 96, 30), "app", "NEFT", "BARB"),
        ("Axis Bank Internet Banking", None, "web", "NEFT", "UTIB")]
XFER_URLS = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/entry",
             "Federal Bank FedNet": "www.fednetbank.com/corp/BANKAWAY",
             "Axis Bank Internet Banking": "omni.axisbank.co.in/axisretailbanking/"}


def bank_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A family's bank app or net banking after an IMPS, NEFT or RTGS to the hospital (YONO SBI, HDFC Bank
    NetBanking, iMobile Pay, Canara ai1, Federal Bank FedNet, SIB Mirror+, bob World, Axis Bank Internet Banking;
    dark on some apps): the outcome, the sum, Beneficiary Name / Payee / Transferred to, the account and IFSC,
    Transfer Mode, UTR / IMPS Ref No / RRN and the bank's Transaction Reference / Reference No. on some, the day,
    Debit Account, Purpose (Medical treatment) and Remarks, Charges with GST on charges and the Total Amount Debited
    on some; a failed and a pending one."""
    k = place("bank_transfer")
    status = outcome(k, failed=(6,), pending=(1,))
    title, band, kind, mode, head4 = XFER[k]
    no_ref, no_day = k == 2, k == 5
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = XFER_URLS[title]
        dark = False
    else:
        dark = rng.random() < 0.35
        p = screen(rng, font, "phone", dark=dark, width=620,
                   title=rng.choice(["", "Transaction status", "Fund transfer"]),
                   buttons=rng.choice([("Share", "Done"), ("Download receipt",), ("Home",), ()]))
        if rng.random() < 0.45:
            ios(p)
        else:
            android(p, banner=k == 3)
    rs = money(rng, font, 0.5)
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=200000 if mode == "RTGS" else 5000,
             high=450000 if mode == "RTGS" else 199000, firm=0.5, caps=0.6)
    head(p, title, band if kind == "app" else None, dark,
         ["Fund Transfer", f"{mode} - Other bank", "Transfer to payee"])
    if kind == "web":
        p.add("center", rng.choice(["Fund Transfer Acknowledgement", "Transaction Acknowledgement",
                                    f"{mode} Transfer - Confirmation"]))
    p.part = "body"
    status_line(p, {"success": ["Transaction Successful", "Funds transferred successfully",
                                f"{mode} transfer successful"],
                    "failed": ["Transaction Failed", f"{mode} transfer failed", "Transfer rejected"],
                    "pending": ["Transaction in process", "Pending at beneficiary bank", f"{mode} under process"]},
                status)
    if kind == "app":
        p.add("big", rs(d.amount), amount=d.amount)
    else:
        p.pair(rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), rs(d.amount), amount=d.amount)
    p.pair(rng.choice(["Beneficiary Name", "Payee", "Transferred to"]), d.to, merchant=d.to)
    p.pair(rng.choice(["Beneficiary A/c", "Account No.", "To Account"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["IFSC", "IFSC Code"]), ifsc(rng))
    p.pair(rng.choice(["Transfer Mode", "Payment Type", "Mode"]), mode, method="netbanking")
    transfer_rows(p, rng, d.date, kind=kind, mode=mode, head4=head4, status=status, no_ref=no_ref, no_day=no_day,
                  own_labels=["Transaction Reference", "Txn ID", "Reference No."], txn_label="Txn ID")
    p.pair("Purpose", rng.choice(["Medical treatment", "Hospital bill", "Hospital expenses"]))
    if rng.random() < 0.6:
        p.pair("Remarks", rng.choice([f"Deposit {d.patient.split()[0]}", "IPD advance", "Final bill payment",
                                      f"Treatment of {d.patient.split()[0]}"]))
    if mode != "IMPS" and rng.random() < 0.6:
        fee = float(rng.choice([2.5, 5.0, 15.0, 25.0]))
        gst = round(fee * 0.18, 2)
        p.pair("Charges", rs(fee))
        p.pair("GST on Charges", rs(gst))
        p.pair(rng.choice(["Total Amount Debited", "Total Debit Amount"]), rs(round(d.amount + fee + gst, 2)))
    if status == "failed":
        p.add("small", "Beneficiary account details do not match. Amount, if debited, will be credited back.")
    if status == "pending":
        p.add("small", "Please check the status after some time. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password with anyone.", "Add payee to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 8. a medical loan: the down payment or the disbursement


LENDERS = [("Bajaj Finserv Health", (0, 114, 188), "app", "down"),
           ("SaveIN", (28, 124, 84), "app", "down"),
           ("Bajaj Finserv", (0, 114, 188), "mail", "disburse"),
           ("Arogya Finance", None, "letter", "disburse"),
           ("Health EMI Counter", None, "counter", "down"),
           ("QubeHealth", (80, 40, 160), "mail", "disburse"),
           ("CarePay", (230, 90, 40), "app", "down"),
           ("Medfin", None, "letter", "disburse")]
DOWN_WAYS = {0: "UPI", 1: "UPI", 4: "cash", 6: "card"}


def health_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Medical treatment financed by a loan: the down payment paid to the hospital as the lender's app shows it
    (Bajaj Finserv Health's EMI Network Card, SaveIN, CarePay; the outcome, the sum, Hospital / Partner hospital /
    Paid to, the patient, the treatment, Treatment cost, Loan amount, EMI x months, Processing fee, Down payment,
    Paid via, UPI Ref No / Transaction ID, Loan ID, Date, First EMI on) or the hospital's Health EMI counter's
    down-payment receipt (paper); and the lender's disbursement advice to the hospital (Bajaj Finserv's and
    QubeHealth's e-mails, Arogya Finance's and Medfin's printed letters: Disbursed to / Partner hospital, the
    borrower and patient, Loan Account No, Bill amount, Down payment collected by hospital, Loan amount, Less:
    subvention, Net amount disbursed, Mode NEFT, UTR, Disbursement Date, Sanctioned on); a returned disbursement
    (failed) and one awaiting credit confirmation (pending)."""
    k = place("health_emi")
    status = outcome(k, failed=(5,), pending=(3,))
    lender, band, kind, what = LENDERS[k]
    no_ref, no_day = k == 4, k == 7
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, firm=0.3, caps=0.4)
    cost = float(rng.choice([45000, 65000, 85000, 120000, 175000, 240000, 310000]))
    down = float(round(cost * rng.choice([0.1, 0.15, 0.2, 0.25]) / 500) * 500)
    loan = cost - down
    tenure = rng.choice([6, 9, 12, 18, 24])
    treatment = rng.choice(TREATMENTS)
    borrower = d.relative if rng.random() < 0.5 else d.patient
    if what == "down":
        d.amount = down
        way = DOWN_WAYS[k]
        if kind == "counter":
            p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([18, 19]))
            paper(p, rng)
            letterhead(p, d, d.to, ["HEALTH EMI - DOWN PAYMENT RECEIPT", "DOWN PAYMENT RECEIPT (EMI)"],
                       sub=None)
            rs = money(rng, font, 0.8, marks=("Rs.", "Rs", "INR", "₹"))
            p.pair("Financier", rng.choice(["Bajaj Finserv", "SaveIN", "CarePay"]))
        else:
            dark = rng.random() < 0.25
            p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Loan details", "My EMI"]),
                       buttons=rng.choice([("View loan",), ("Done",), ()]))
            if rng.random() < 0.4:
                ios(p)
            else:
                android(p)
            rs = money(rng, font, 0.8)
            head(p, lender, band, dark, ["Health EMI Network Card", "Medical EMI", "Treatment on EMI"])
            p.part = "body"
            status_line(p, {"success": ["Down payment received", "Loan booked - down payment paid"],
                            "failed": ["Down payment failed - loan not booked"],
                            "pending": ["Down payment pending"]}, status)
            p.add("big", rs(down), amount=down)
            p.add("small", "Down payment")
        p.pair(rng.choice(["Hospital", "Partner hospital", "Paid to"]), d.to, merchant=d.to)
        p.pair(rng.choice(["Patient", "Patient name"]), d.patient)
        p.pair("Treatment", treatment)
        p.pair(rng.choice(["Treatment cost", "Estimated bill"]), rs(cost))
        p.pair(rng.choice(["Loan amount", "Amount financed"]), rs(loan))
        p.pair("EMI", f"{rs(round(loan / tenure, 2))} x {tenure} months")
        if rng.random() < 0.6:
            p.pair("Processing fee", rs(float(rng.choice([499, 999, 1499]))))
        if kind == "counter":
            p.pair(rng.choice(["Down payment received", "Down Payment"]), rs(down), amount=down)
        p.pair(rng.choice(["Paid via", "Down payment mode", "Payment mode"]), way_text(rng, font, way), method=way)
        if not no_ref:
            p.pair(rng.choice(["Loan ID", "Loan A/c No"]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
            if way == "UPI":
                labelled(p, rng.choice(["UPI Ref No", "UTR"]), d.ref, txn=(UTR_RANK, d.ref))
            else:
                own = f"DP{digits(rng, 10)}"
                labelled(p, rng.choice(["Transaction ID", "Txn ID"]), own, txn=(TXN_RANK, own))
        if not no_day:
            labelled(p, rng.choice(["Date", "Paid on", "Booked on"]), stamp(rng, d.date), date=d.date)
            p.pair(rng.choice(["First EMI on", "EMI starts"]), when(d.date + dt.timedelta(days=rng.randrange(25, 40)),
                                                                    rng.choice(["%d %b %Y", "%d/%m/%Y"])))
        if kind == "counter":
            p.add("rule")
            p.add("center", "RECEIVED WITH THANKS", status="success")
            p.part = "foot"
            p.add("small", "The balance is paid to the hospital by the financier on loan disbursal.")
            p.add("small", rng.choice(HIS))
        else:
            p.part = "foot"
            p.add("gap")
            p.add("small", "The loan amount is paid directly to the hospital.")
        return p.done()
    # the lender's disbursement to the hospital
    sub = round(loan * rng.choice([0.0, 0.02, 0.03, 0.05]), 2)
    net = round(loan - sub, 2)
    d.amount = net
    rs = money(rng, font, 0.2, marks=("Rs.", "INR", "₹"))
    subject = {"success": "Disbursement advice - medical loan", "failed": "Disbursement returned",
               "pending": "Disbursement initiated"}[status]
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        domain = "bajajfinserv.in" if lender == "Bajaj Finserv" else "qubehealth.com"
        p.style["h106"].update({"from": f"{lender} Partner Payments <partnerpayouts@{domain}>",
                                "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "body"
        p.add("left", "Dear Partner,")
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        top(p, f"{lender} Pvt. Ltd." if lender == "Arogya Finance" else "Medfin Healthcare Finance")
        p.add("center", "DISBURSEMENT ADVICE")
        p.add("rule")
        p.part = "body"
        p.add("left", "To, The Accounts Manager,")
    sentence = {"success": f"We have disbursed the loan of {d.patient} to your account.",
                "failed": "The disbursement below was returned by the beneficiary bank: account name mismatch.",
                "pending": "The disbursement below has been initiated and awaits credit confirmation."}[status]
    p.add("left", sentence)
    p.add("gap")
    p.pair(rng.choice(["Disbursed to", "Partner hospital", "Beneficiary"]), d.to, merchant=d.to)
    p.pair(rng.choice(["Borrower", "Customer"]), borrower)
    p.pair("Patient", d.patient)
    if not no_ref:
        p.pair(rng.choice(["Loan Account No", "Loan A/c No", "Agreement No"]), f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
    p.pair("Treatment", treatment)
    p.pair(rng.choice(["Bill amount", "Treatment cost"]), rs(cost))
    p.pair("Down payment collected by hospital", rs(down))
    p.pair(rng.choice(["Loan amount", "Sanctioned loan"]), rs(loan))
    if sub:
        p.pair(rng.choice(["Less: Subvention", "Less: Partner MDR"]), rs(sub))
    p.pair(rng.choice(["Net amount disbursed", "Amount disbursed to hospital"]) if status == "success"
           else "Disbursement amount", rs(net), amount=net)
    p.pair("Mode", rng.choice(["NEFT", "NEFT to hospital's account"]), method="netbanking")
    if not no_ref and status != "pending":
        ref = neft_utr(rng.choice(["HDFC", "ICIC", "KKBK", "YESB"]), rng, d.date)
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Sanctioned on", "Loan booked on"]),
               when(d.date - dt.timedelta(days=rng.randrange(1, 6)), "%d/%m/%Y"))
        p.pair(rng.choice(["Disbursement Date", "Date of Disbursement", "Value Date"]),
               when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Disbursement Status", "Status"]),
           {"success": rng.choice(["Disbursed", "Successful"]), "failed": "Returned by beneficiary bank",
            "pending": "Awaiting credit confirmation"}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "The patient's EMIs are payable to the lender; do not collect the loan amount from the patient.")
    return p.done()


# ---------------------------------------------------------------- 9. the hospital pharmacy's GST invoice


DRUGS = [("Pan 40 Tab", 11.2), ("Augmentin 625 Duo", 22.4), ("Dolo 650 Tab", 2.1), ("Ecosprin 75", 0.6),
         ("Telma 40 Tab", 8.9), ("Glycomet GP 1", 7.5), ("Rosuvas 10", 14.8), ("Ondem 4mg Inj", 18.0),
         ("RL 500ml", 38.0), ("Monocef 1g Inj", 62.5), ("Thyronorm 50", 1.9), ("Shelcal 500", 6.4),
         ("Betadine Oint 20g", 115.0), ("Crepe Bandage 10cm", 98.0), ("Insulin Glargine Pen", 720.0)]
PHARMA_WAYS = ["cash", "cash", "card", "UPI", "cash", "card", "cash", None]
PHARMA_SOFT = ["Marg ERP 9+", "GoFrugal", "Medica ERP", "Insta HMS Pharmacy", "RetailGraph"]


def pharmacy_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hospital pharmacy's GST invoice (paper: thermal monospace or a serif A5): the pharmacy on top, "A unit of"
    the hospital's company, its address, GSTIN, D.L. No., TAX INVOICE / GST INVOICE - CASH MEMO, Invoice No / Bill No,
    Date, the patient, the prescribing doctor, UHID / IP No on some, the items with batch and expiry (no expiry on the
    page with no day), Gross, Less Disc, the GST in the price (CGST, SGST), Round off, Net Amount / NET PAYABLE, then
    Cash Tendered and Change Returned, or the card with its Appr Code, or the UPI reference; the outcome; a card
    declined (failed) and a bill put on the IP credit account to be paid at discharge (pending)."""
    k = place("pharmacy_invoice")
    status = outcome(k, failed=(2,), pending=(7,))
    way = PHARMA_WAYS[k]
    no_ref, no_day = k == 4, k == 1
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day)
    i = d.town
    name = rng.choice([f"{HOSPITALS[i][2]} Hospital Pharmacy", f"{HOSPITALS[i][2]} Medicals (Hospital Pharmacy)",
                       f"{HOSPITALS[i][2]} Pharmacy"])
    name = name.upper() if rng.random() < 0.6 else name
    lines: list[tuple[str, int, float]] = []
    while sum(v for *_, v in lines) < 150:
        lines = []
        for drug, price in rng.sample(DRUGS, rng.randint(3, 6)):
            qty = rng.choice([10, 15, 20, 30]) if price < 20 else rng.choice([1, 2, 3, 5])
            lines.append((drug, qty, round(price * qty, 2)))
    gross = round(sum(v for *_, v in lines), 2)
    disc = round(gross * rng.choice([0.05, 0.1]), 2) if rng.random() < 0.6 else 0.0
    net = float(round(gross - disc))
    off = round(net - (gross - disc), 2)
    d.amount = net
    mono = "Mono" in font
    p = screen(rng, font, width=rng.choice([480, 520]) if mono else rng.choice([600, 640]), size=rng.choice([16, 17]))
    paper(p, rng)
    firm = HOSPITALS[i][1]
    gstin = f"GSTIN: {CITIES[i][5]}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}"
    licence = f"D.L. No. 20B-{rng.randrange(100, 999)}/21B-{rng.randrange(100, 999)}"
    letterhead(p, d, name, ["TAX INVOICE", "GST INVOICE - CASH MEMO", "RETAIL INVOICE"],
               sub=f"(A unit of {firm})" if rng.random() < 0.6 else None, extra=(gstin, licence), tag=False)
    if not no_ref:
        number = doc_no(rng, rng.choice(["PH", "CS", "INV"]), d.date, not no_day)
        p.pair(rng.choice(["Invoice No", "Bill No", "Inv No."]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Date", "Bill Date", "Inv Date"]), stamp(rng, d.date, SLIP_PATS, twelve=False),
               date=d.date)
    p.pair(rng.choice(["Patient", "Patient Name"]), d.patient)
    p.pair(rng.choice(["Dr.", "Prescribed by"]), rng.choice(DOCTORS))
    if way is None or rng.random() < 0.5:
        if rng.random() < 0.5:
            p.pair("UHID", uhid(rng, i))
        else:
            p.pair("IP No", ip_no(rng, d.date, not no_day))
    p.add("rule")
    for drug, qty, value in lines:
        # a medicine's batch (never an id; left off the page with no id) and expiry (left off the page with no day)
        batch = "" if no_ref else f"Batch {code(rng, 2, UPPER)}{digits(rng, 4)}"
        expiry = "" if no_day else f"Exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 30)}"
        p.pair(f"{drug} x{qty}", f"{value:,.2f}")
        if batch or expiry:
            p.add("small", f"{batch}  {expiry}".strip())
    p.add("rule")
    p.pair(rng.choice(["Gross Amt", "Total MRP"]), f"{gross:,.2f}")
    if disc:
        p.pair(rng.choice(["Less Disc", "Discount"]), f"{disc:,.2f}")
    taxable = round((gross - disc) / 1.12, 2)
    p.pair("CGST @6%", f"{round(taxable * 0.06, 2):,.2f}")
    p.pair("SGST @6%", f"{round(taxable * 0.06, 2):,.2f}")
    if off:
        p.pair("Round off", f"{off:+.2f}")
    rs = money(rng, font, 0.5, marks=("Rs.", "Rs", "₹", "INR"))
    p.pair(rng.choice(["Net Amount", "NET PAYABLE", "Bill Amount"]), rs(net), amount=net)
    if way == "cash":
        tender = float(next(n for n in (100, 200, 500, 1000, 2000, 5000, 10000, 20000) if n >= net))
        if tender == net:
            tender += 100
        p.pair(rng.choice(["Cash Tendered", "Cash Received", "Tendered"]), rs(tender))
        p.pair(rng.choice(["Change", "Change Returned", "Balance Returned"]), rs(round(tender - net, 2)))
        p.pair("Mode", "Cash", method="cash")
    elif way is None:
        p.pair("Mode", rng.choice(["IP Credit", "Credit - IP account"]))
    else:
        p.pair("Mode", way_text(rng, font, way), method=way)
        counter_ids(p, d, way)
    p.add("rule")
    p.add("center", {"success": rng.choice(["PAID", "** PAID **", "PAYMENT RECEIVED"]),
                     "failed": "CARD DECLINED - BILL NOT PAID",
                     "pending": "CREDIT BILL - PAYABLE AT DISCHARGE"}[status], status=status)
    p.part = "foot"
    p.add("small", "Medicines once sold are not taken back without the bill. Get well soon!")
    p.add("small", f"Pharmacist: {rng.choice(['R. Kulkarni', 'S. Nair', 'M. Yadav', 'P. Das'])}   "
                   f"{rng.choice(PHARMA_SOFT)}")
    return p.done()


# ---------------------------------------------------------------- 10. the refund of an unused advance


REFUND_KINDS = ["voucher", "mail", "portal", "voucher", "mail", "voucher", "portal", "voucher"]
REFUND_WAYS = ["netbanking", "netbanking", "UPI", "cash", "netbanking", "netbanking", "card", "cash"]


def advance_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hospital's refund of an unused IPD advance: its printed refund voucher (paper: the hospital on top, REFUND
    VOUCHER, Voucher No, Date, UHID, IP No, the patient, Refund to / Payee Name (the relative), Total advance
    deposited, Final bill (patient's share), Refund amount, Mode (NEFT to the relative's account with its UTR, or
    cash with the receiver's signature), the outcome), the accounts department's e-mail (the sentence, then the same
    table), or the hospital's patient app's refund status screen (the sum, Refund credited / initiated / failed,
    Refunded to, Refund ID, UTR / RRN, the day); a failed and a pending refund."""
    k = place("advance_refund")
    status = outcome(k, failed=(4,), pending=(2,))
    kind = REFUND_KINDS[k]
    way = REFUND_WAYS[k]
    no_ref, no_day = k == 7, k == 5
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=1500, high=90000, p_round=0.5, firm=0.2, caps=0.4)
    deposited = float(rng.choice([50000, 75000, 100000, 150000, 200000]))
    while deposited <= d.amount:
        deposited += 50000.0
    final = round(deposited - d.amount, 2)
    rs = money(rng, font, 0.4, marks=("Rs.", "₹", "INR", "Rs"))
    to = f"{d.relative} ({d.relation})"
    where = {"netbanking": f"NEFT to A/c XXXXXX{digits(rng, 4)} ({ifsc(rng)})", "cash": "Cash",
             "UPI": f"UPI - {rng.choice('6789')}XXXXXX{digits(rng, 2)}@{rng.choice(['ybl', 'okaxis', 'paytm'])}",
             "card": f"Card reversal - {rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}"}[way]
    word = {"success": rng.choice(["Refund processed", "Refund credited", "REFUND PAID"]),
            "failed": rng.choice(["Refund failed - account details invalid", "REFUND FAILED - NEFT RETURNED"]),
            "pending": rng.choice(["Refund initiated", "Refund under process"])}[status]
    day_label = {"success": ["Refund Date", "Refunded on", "Date"], "failed": ["Refund initiated on", "Date"],
                 "pending": ["Refund initiated on", "Initiated on"]}[status]
    if kind == "portal":
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title="Refund status",
                   buttons=rng.choice([("Help",), ("Done",), ()]))
        if rng.random() < 0.5:
            ios(p)
        else:
            android(p)
        head(p, f"{HOSPITALS[d.town][2]} Care", (0, 110, 130), dark, ["Patient app", "My bills"])
        p.part = "body"
        status_line(p, {s: [word] for s in ("success", "failed", "pending")}, status)
        p.add("big", rs(d.amount), amount=d.amount)
        p.pair(rng.choice(["Refund from", "Hospital"]), d.to, merchant=d.to)
        p.pair("Patient", d.patient)
        p.pair(rng.choice(["Refunded to", "Refund to"]), where, method=way)
        if not no_ref:
            own = f"RF{digits(rng, 10)}"
            labelled(p, "Refund ID", own, txn=(TXN_RANK, own))
            if status == "success":
                labelled(p, "RRN" if way == "card" else "UPI Ref No", d.ref, txn=(UTR_RANK, d.ref))
        if not no_day:
            labelled(p, rng.choice(day_label), stamp(rng, d.date), date=d.date)
        p.pair(rng.choice(["Total advance", "Deposits"]), rs(deposited))
        p.pair(rng.choice(["Final bill", "Bill amount"]), rs(final))
        if status == "pending":
            p.add("small", "Refunds reach the original payment source in 5-7 working days.")
        return p.done()
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        short = HOSPITALS[d.town][2]
        subject = {"success": "Refund of unused advance", "failed": "Refund could not be credited",
                   "pending": "Refund of unused advance - initiated"}[status]
        p.style["h106"].update({"from": f"Accounts - {short} Hospital <accounts@{short.lower()}hospital.in>",
                                "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "body"
        p.add("left", f"Dear {d.relative},")
        day_text = "" if no_day else f" on {when(d.date, rng.choice(['%d-%m-%Y', '%d %b %Y']))}"
        p.add("left", {"success": f"The unused advance of {d.patient} has been refunded by {d.to}{day_text}.",
                       "failed": f"The refund of the unused advance of {d.patient} initiated{day_text} "
                                 f"was returned by your bank.",
                       "pending": f"The refund of the unused advance of {d.patient} has been initiated"
                                  f"{day_text} and will reach you in 5-7 working days."}[status])
        p.add("gap")
        p.pair(rng.choice(["Refunded by", "Hospital"]), d.to, merchant=d.to)
    else:
        p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([18, 19]))
        paper(p, rng)
        letterhead(p, d, d.to, ["REFUND VOUCHER", "REFUND OF ADVANCE - PAYMENT VOUCHER", "DEPOSIT REFUND VOUCHER"])
    if not no_ref and kind == "voucher":
        number = doc_no(rng, rng.choice(["RV", "REF", "PV"]), d.date, not no_day)
        p.pair(rng.choice(["Voucher No", "Refund Voucher No"]), number, txn=(INVOICE_RANK, number))
    if not no_ref and kind == "mail":
        own = f"RFD{digits(rng, 9)}"
        p.pair(rng.choice(["Refund Ref No", "Refund reference"]), own, txn=(TXN_RANK, own))
    if not no_day and kind == "voucher":
        p.pair(rng.choice(day_label), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["UHID", "MRN"]), uhid(rng, d.town))
    p.pair("IP No", ip_no(rng, d.date, not no_day))
    p.pair("Patient", d.patient)
    p.pair(rng.choice(["Refund to", "Payee Name", "Refunded to"]), to)
    p.pair(rng.choice(["Total advance deposited", "Deposits received"]), rs(deposited))
    p.pair(rng.choice(["Final bill (patient's share)", "Less: Final bill"]), rs(final))
    p.pair(rng.choice(["Refund amount", "Amount refunded", "Refund due"]) if status == "success"
           else rng.choice(["Refund amount", "Refund due"]), rs(d.amount), amount=d.amount)
    words = words_in_rupees(d.amount)
    if kind == "voucher" and glyphs(font, words) and rng.random() < 0.5:
        p.add("left", words)
    p.pair(rng.choice(["Mode", "Refund mode"]), where, method=way)
    if not no_ref and way in ("netbanking", "UPI") and status == "success":
        ref = neft_utr(rng.choice(["HDFC", "ICIC", "SBIN"]), rng, d.date) if way == "netbanking" else d.ref
        p.pair(rng.choice(["UTR", "UTR No."]) if way == "netbanking" else "UPI Ref No", ref, txn=(UTR_RANK, ref))
    if not no_day and kind == "mail":
        p.pair(rng.choice(day_label), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Status", "Refund Status"]), word, status=status)
    p.part = "foot"
    p.add("gap")
    if way == "cash":
        p.pair("Receiver's signature", "______________")
    p.add("small", rng.choice(HIS) if kind == "voucher" else "Accounts Department - Patient Refunds")
    return p.done()


# ---------------------------------------------------------------- 11. a crowdfunding or charity payout to the hospital


FUNDERS = [("Ketto", "mail", (0, 170, 160)), ("Milaap", "app", (228, 80, 60)), ("Shri Sai Seva Trust", "letter", None),
           ("Milaap", "mail", (228, 80, 60)), ("Ketto", "app", (0, 170, 160)),
           ("Rotary Medical Aid Fund", "letter", None), ("ImpactGuru", "mail", (230, 60, 110)),
           ("ImpactGuru", "app", (230, 60, 110))]
CAUSES = ["Help {p} fight kidney failure", "Save {p} - heart surgery", "Support {p}'s cancer treatment",
          "Help {p} walk again", "Urgent: {p} needs a liver transplant"]


def crowdfund_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A crowdfunding platform's or a charity trust's payout to the hospital for a patient's treatment: Ketto's,
    Milaap's and ImpactGuru's e-mail to the campaigner (Funds transferred to the hospital) and their fundraiser
    dashboard's transfer screen (the outcome, the sum, Transferred to / Hospital, the fundraiser's title and ID, the
    patient, Amount raised, Goal, Platform fee, Amount transferred, Mode, UTR / Transaction reference, Transferred on),
    and a trust's printed medical aid letter (the trust on top, its letter's Ref, To the hospital, Sanctioned amount,
    Amount released, NEFT, UTR, Date of transfer, Status); a payout failed (hospital account not verified) and one
    scheduled (under process)."""
    k = place("crowdfund_payout")
    status = outcome(k, failed=(4,), pending=(1,))
    funder, kind, band = FUNDERS[k]
    no_ref, no_day = k == 6, k == 2
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=25000, high=400000, p_round=0.6, firm=0.3, caps=0.35)
    if kind == "letter":
        d.amount = float(round(d.amount / 1000) * 1000)
    first = d.patient.split()[0]
    cause = rng.choice(CAUSES).format(p=first)
    raised = other_sum(rng, d.amount, d.amount / 0.95 + 1000, d.amount * 1.6 + 20000)
    goal = float(round(raised * rng.uniform(1.2, 2.5) / 10000) * 10000)
    fee = round(raised * 0.05, 2)
    rs = money(rng, font, 0.5, marks=("₹", "Rs.", "INR"))
    mode = rng.choice(["NEFT", "IMPS"]) if d.amount < 200000 else "RTGS"
    word = {"success": rng.choice(["Transferred to hospital", "Payout successful", "Transfer successful"]),
            "failed": "Payout failed - hospital account could not be verified",
            "pending": rng.choice(["Payout scheduled - under process", "Transfer under process"])}[status]
    if kind == "letter":
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        top(p, funder.upper())
        p.add("center", rng.choice(["Regd. Public Charitable Trust", "Medical Aid Programme"]) +
              f", {CITIES[d.town][0]}")
        p.add("rule")
        p.part = "body"
        if not no_ref:
            number = f"{''.join(w[0] for w in funder.split())}/MED/{rng.randrange(100, 999)}"
            p.pair("Ref", number, txn=(INVOICE_RANK, number))
        p.add("left", "To, The Medical Superintendent,")
        p.pair(rng.choice(["Hospital", "Payee", "Paid to"]), d.to, merchant=d.to)
        p.add("left", f"Sub: Medical aid for {d.patient} ({rng.choice(TREATMENTS).lower()})")
        p.pair("Sanctioned amount", rs(float(round(d.amount * rng.choice([1.0, 1.5, 2.0]) / 1000) * 1000 + 5000)))
        p.pair(rng.choice(["Amount released", "Amount paid now"]) if status == "success" else "Amount",
               rs(d.amount), amount=d.amount)
        p.pair("Mode", mode, method="netbanking")
        if not no_ref and status == "success":
            ref = neft_utr(rng.choice(["SBIN", "BARB", "CNRB"]), rng, d.date) if mode == "NEFT" else \
                (utr(rng, d.date) if mode == "IMPS" else rtgs_utr("SBIN", rng, d.date))
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        if not no_day:
            p.pair(rng.choice(["Date of transfer", "Date"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
        p.pair("Status", word, status=status)
        p.part = "foot"
        p.add("small", "Please adjust the amount in the patient's final bill and send us the receipt.")
        p.add("right", "Managing Trustee")
        return p.done()
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        domain = {"Ketto": "ketto.org", "Milaap": "milaap.org", "ImpactGuru": "impactguru.com"}[funder]
        subject = {"success": "Funds transferred to the hospital", "failed": "Hospital transfer failed",
                   "pending": "Your withdrawal request is being processed"}[status]
        p.style["h106"].update({"from": f"{funder} <payouts@{domain}>", "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "body"
        p.add("left", f"Hi {d.relative.split()[0]},")
        p.add("left", {"success": "The funds from your fundraiser have been sent to the hospital.",
                       "failed": "We could not transfer the funds to the hospital's account.",
                       "pending": "Your request to send the funds to the hospital is being processed."}[status])
        p.add("gap")
    else:
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["Withdrawals", "Transfer details"]),
                   buttons=rng.choice([("Share update",), ("Done",), ()]))
        if rng.random() < 0.4:
            ios(p)
        else:
            android(p)
        head(p, funder, band, dark, ["Fundraiser dashboard"])
        p.part = "body"
        status_line(p, {s: [word] for s in ("success", "failed", "pending")}, status)
        p.add("big", rs(d.amount), amount=d.amount)
    p.pair(rng.choice(["Transferred to", "Hospital", "Beneficiary account name"]), d.to, merchant=d.to)
    p.pair("Fundraiser", cause if len(cause) < 34 else cause[:34].rsplit(" ", 1)[0])
    if not no_ref:
        p.pair(rng.choice(["Fundraiser ID", "Campaign ID"]), f"{rng.randrange(100000, 9999999)}")
    p.pair("Patient", d.patient)
    p.pair(rng.choice(["Campaigner", "Organiser"]), d.relative)
    p.pair(rng.choice(["Amount raised", "Funds raised"]), rs(raised))
    p.pair("Goal", rs(goal))
    p.pair(rng.choice(["Platform fee", "Platform & gateway fee"]), rs(fee))
    if kind == "mail":
        p.pair(rng.choice(["Amount transferred", "Payout amount"]) if status == "success" else "Payout amount",
               rs(d.amount), amount=d.amount)
    p.pair(rng.choice(["Mode", "Transfer mode"]), mode, method="netbanking")
    if not no_ref and status == "success":
        ref = utr(rng, d.date) if mode == "IMPS" else (neft_utr("YESB", rng, d.date) if mode == "NEFT"
                                                       else rtgs_utr("YESB", rng, d.date))
        p.pair(rng.choice(["UTR", "Transaction reference (UTR)", "Bank reference"]), ref,
               txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Transferred on", "Date"]) if status == "success" else "Requested on",
               stamp(rng, d.date, twelve=True), date=d.date)
    if kind == "mail":
        p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Post an update to thank your donors.")
    return p.done()


# ---------------------------------------------------------------- 12. a relative's UPI screenshot on WhatsApp


CHAT_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "bank", "CRED", "Google Pay", "bank"]
CHAT_IN = ["Sir deposit bhej diya hai, please check", "Madam advance paid, kindly update the file",
           "Payment done for Papa's bill", "Sending screenshot for the hospital bill", "Paid from my account",
           "Please confirm the deposit"]
CHAT_OUT = ["Received, thank you", "Will update in the patient account", "Checking with accounts",
            "Please collect the receipt at the counter", "Ok ji"]


def whatsapp_forward(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A patient's relative's payment screenshot sent to the hospital's billing desk on WhatsApp (heldout118's chat:
    the relative's name on the header, a day divider, the relative's text, the screenshot in a bubble with its
    hour, the desk's reply; no sum, number or other day in any text): the screen inside a UPI app's (PhonePe, Google
    Pay, Paytm, BHIM, CRED) as ``upi_patient``'s rows, or a bank app's IMPS (two); a failed and a pending one."""
    k = place("whatsapp_forward")
    status = outcome(k, failed=(6,), pending=(3,))
    app = CHAT_APPS[k]
    dark = app == "CRED" or rng.random() < 0.3
    d = Deal(rng, status, no_ref=k == 1, no_day=k == 5, low=1000, high=150000)
    rs = money(rng, font, 0.6)
    p = screen(rng, font, "crop", dark=dark, width=600)
    if app == "bank":
        bank = rng.choice(["SIB Mirror+", "Canara ai1", "YONO SBI"])
        head(p, bank, (0, 82, 160), dark, ["IMPS transfer"])
        p.part = "body"
        status_line(p, {"success": ["Transaction Successful", "IMPS transfer successful"],
                        "failed": ["Transaction Failed"], "pending": ["Transaction in process"]}, status)
        p.add("big", rs(d.amount), amount=d.amount)
        p.pair(rng.choice(["Beneficiary Name", "Payee"]), d.to, merchant=d.to)
        p.pair("Mode", "IMPS", method="netbanking")
        if not d.no_ref:
            p.pair(rng.choice(["IMPS Ref No", "RRN"]), d.ref, txn=(UTR_RANK, d.ref))
        if not d.no_day:
            labelled(p, rng.choice(["Date & Time", "Transaction Date"]), stamp(rng, d.date), date=d.date)
        p.pair("From A/c", f"XXXXXX{digits(rng, 4)}")
    else:
        name, band, handles = APPS[app][:3]
        head(p, name, band, dark, ["UPI payment"])
        upi_rows(p, d, rs, handles, upi_id(rng, app, d.date), src(rng, font))
    contact = f"{d.relative} ({rng.choice(['Patient attendant', d.relation, 'Ward attendant'])})" \
        if rng.random() < 0.6 else d.relative
    divider = rng.choice(["Today", "Yesterday"]) if d.no_day or rng.random() < 0.4 else when(d.date, "{d} %B %Y")
    bubbles = []
    if rng.random() < 0.75:
        bubbles.append(("in", rng.choice(CHAT_IN)))
    bubbles.append(("image", ""))
    if rng.random() < 0.6:
        bubbles.append(("out", rng.choice(CHAT_OUT)))
    check([contact, divider] + [text for _, text in bubbles], font)
    p.style["h118"] = {"chat": {"contact": contact, "divider": divider, "bubbles": bubbles,
                                "times": chat_times(rng, len(bubbles)), "dark": rng.random() < 0.3,
                                "last_seen": rng.choice(["online", "typing...", "last seen recently"])}}
    return p.done()


# ---------------------------------------------------------------- drawing


compose = compose121

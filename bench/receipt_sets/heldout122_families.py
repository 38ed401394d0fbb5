"""The twelve heldout122 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an eighth random day's proofs of payment, as a wholesale pharmaceutical distributor (a
stockist) in a tier-3 town (Bareilly, Jalgaon, Sambalpur, Karimnagar, Hoshiarpur, Sivakasi, Bhilwara, Tezpur)
receives them in 2026 from chemists, clinics and nursing homes: sums from ₹2,000 to ₹3,00,000. A UPI app's result
screen; a chemist's business app paying its supplier; one SMS alert and one e-mail alert from a regional rural,
co-operative or small finance bank; a bank app's or net banking's NEFT / IMPS / RTGS; a cheque's pages (the leaf, a
post-dated cheque's acknowledgement, the return memo, the realisation advice); a cash deposit's counterfoil, a cash
deposit machine's slip or a banking correspondent's receipt; a B2B pharma ordering app's payment confirmation; a
nursing home's payment advice or the stockist's receipt voucher with a credit note adjusted against the invoice; a
medical representative's collection receipt book; a payment gateway's page for an order on the stockist's own
ordering site; a screenshot forwarded in a WhatsApp chat with the stockist. Every row is added to heldout113's
``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth is read back from the rows the page
keeps. Headings, footers, invoice and credit-note sums, TDS, discounts, balances, ledger balances, chat texts and the
payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and marks, with heldout121's
branch stamp), and heldout118's WhatsApp chat for the forwarded screenshots.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import INVOICE_RANK, colour, day26, labelled, other_sum, paper, screen
from bench.receipt_sets.heldout118_families import chat_times, handle, head, ios, masked, money, own_id
from bench.receipt_sets.heldout119_families import android, ifsc, outcome, slip_sum
from bench.receipt_sets.heldout120_families import lakh
from bench.receipt_sets.heldout121_families import SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121

TURNS: dict[str, int] = {}
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

TOWNS = [("Bareilly", "243001", "Civil Lines", "Uttar Pradesh"), ("Jalgaon", "425001", "Navi Peth", "Maharashtra"),
         ("Sambalpur", "768001", "Golebazar", "Odisha"), ("Karimnagar", "505001", "Tower Circle", "Telangana"),
         ("Hoshiarpur", "146001", "Court Road", "Punjab"), ("Sivakasi", "626123", "Thiruthangal Road", "Tamil Nadu"),
         ("Bhilwara", "311001", "Azad Chowk", "Rajasthan"), ("Tezpur", "784001", "Main Road", "Assam")]
# the stockist of each town (the payee), and its firm's registered name on some pages
STOCKISTS = [("Shree Gopal Pharma Distributors", "Shree Gopal Medical Agencies LLP"),
             ("Khandesh Medical Agencies", "Khandesh Medical Agencies Pvt Ltd"),
             ("Maa Samaleswari Pharma", "Samaleswari Drug Distributors"),
             ("Sri Venkateswara Pharma Distributors", "SV Pharma Distributors LLP"),
             ("Doaba Medicos", "Doaba Medicos Wholesale Pvt Ltd"),
             ("Ayyanar Pharma Agencies", "Ayyanar Pharma Agencies (P) Ltd"),
             ("Mewar Drug House", "Mewar Drug House LLP"),
             ("Brahmaputra Pharma Agencies", "Brahmaputra Pharmaceuticals Distributors")]
CHEMISTS = ["Jan Seva Medical Store", "New Life Chemists", "Shifa Medical Hall", "Sanjeevani Nursing Home",
            "Care & Cure Pharmacy", "Balaji Medical Agency", "Dr. Mehra's Clinic", "Arogya Medicals",
            "Lifeline Hospital Pharmacy", "Krishna Medical & General Store", "Sai Surgicals & Medicos",
            "Om Sai Nursing Home", "Mother Teresa Clinic", "Janata Medical Hall"]
OWNERS = ["Rakesh Gangwar", "Sunil Patil", "Bijay Kumar Sahu", "K. Srinivas Goud", "Harjinder Singh Saini",
          "P. Murugan", "Mahesh Chandra Jain", "Dipankar Bora", "Anita Chaudhary", "Imran Qureshi",
          "Dr. Nandini Rao", "Vinod Bhagat"]
REPS = ["Amit Saxena", "Yogesh Mahajan", "Pradeep Mishra", "Ravi Teja", "Gurdeep Singh", "S. Karthik",
        "Naresh Sharma", "Pranjal Das"]
NOTES = ["Bill payment", "Against invoice", "Medicine bill", "Pharma dues", "Outstanding clear", "Stock payment",
         "Part payment dues", "Surgical items", "Monthly bill", "Generic order"]
REASONS = ["Expiry return", "Breakage", "Rate difference", "Scheme 10+1 credit", "Short supply", "Damaged strips"]
PSB = ["State Bank of India", "Punjab National Bank", "Bank of Baroda", "Canara Bank", "Union Bank of India",
       "Bank of India", "Indian Bank", "Central Bank of India"]
SMALL = ["Uttar Pradesh Gramin Bank", "Rajasthan Gramin Bank", "Odisha Grameen Bank", "Telangana Grameena Bank",
         "Capital Small Finance Bank", "Tamil Nadu Grama Bank", "Assam Gramin Vikash Bank",
         "Jalgaon Janata Sahakari Bank"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "The supplier will be notified once the bank confirms."]


def fresh() -> None:
    """Start every family's count again (``make_heldout122_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def stockist(rng: random.Random, *, firm: float = 0.2, caps: float = 0.25) -> tuple[str, int]:
    """The payee (the stockist's trade name, its firm's on some) and its town's index."""
    i = rng.randrange(len(STOCKISTS))
    name = STOCKISTS[i][1] if rng.random() < firm else STOCKISTS[i][0]
    return (name.upper() if rng.random() < caps else name), i


def bill(rng: random.Random, low: float = 2000, high: float = 300000, p_round: float = 0.6) -> float:
    """A chemist's payment: whole rupees on most, an invoice's paise on some."""
    return rupees(rng, low, high, p_round)


def bill_no(rng: random.Random, with_year: bool = True) -> str:
    return rng.choice([f"{code(rng, 2, UPPER)}/{'26-27/' if with_year else ''}{rng.randrange(100, 99999):05d}",
                       f"{code(rng, 1, UPPER)}{rng.randrange(10000, 99999)}", f"GST-{rng.randrange(1000, 9999)}"])


def check(texts: list[str], font: str) -> None:
    for text in texts:
        assert glyphs(font, text), (font, text)


def top(p: Screen, name: str, **facts) -> None:
    """A name on top in the title's size, or in the body's where the title's would not fit the page."""
    face = load_font(p.font, int(p.style["size"] * SCALE["title"]))
    p.add("title" if face.getlength(name) <= p.style["width"] - 2 * 34 else "center", name, **facts)


class Deal:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 300000, p_round: float = 0.6, firm: float = 0.2, caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), bill(rng, low, high, p_round)
        self.to, self.town = stockist(rng, firm=firm, caps=caps)
        self.payer = rng.choice(CHEMISTS)
        self.ref = utr(rng, self.date)


def upi_rows(p: Screen, d: Deal, rs, handles: list[str], own: tuple | None, source: tuple[str, str],
             *, words: dict | None = None, labels: list[str] | None = None) -> None:
    """The outcome, the sum, the payee and its handle (parts outcome, amount, payee), the UPI reference and the app's
    own id on some (ref), the day, the account debited, a note on some (tail)."""
    rng = p.rng
    p.part = "outcome"
    words = words or {"success": ["Payment Successful", "Paid successfully", "Transaction Successful", "Money sent"],
                      "failed": ["Payment Failed", "Transaction failed", "Payment declined"],
                      "pending": ["Payment Pending", "Payment processing", "Transaction pending"]}
    word = rng.choice(words[d.status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if d.status == "success" and rng.random() < 0.4 else word,
          status=d.status)
    p.accent(colour(d.status))
    p.part = "amount"
    p.add("big", rs(d.amount), amount=d.amount)
    p.part = "payee"
    lab = rng.choice((labels or ["Paid to", "To", "Sent to"]) if d.status == "success"
                     else ["To", "Paying to", "Payment to"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", d.to, merchant=d.to)
    else:
        p.add("center", f"{lab} {d.to}", merchant=d.to)
    vpa = handle(rng, d.to, handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), method="UPI")
    if d.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif d.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details", "Transfer details"]))
    if not d.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "UPI Ref. No.",
                             "Bank Ref. No."]), d.ref, (UTR_RANK, d.ref))]
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = "tail"
    if not d.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Completed on"]),
                 stamp(rng, d.date), date=d.date)
    p.pair(*source)
    if rng.random() < 0.6:
        p.pair(rng.choice(["Note", "Message", "Remarks", "Add a note"]), rng.choice(NOTES))


def src(rng: random.Random, font: str) -> tuple[str, str]:
    return (rng.choice(["Debited from", "Paid from", "From", "Bank account"]),
            f"{rng.choice(SMALL[:6] + PSB[:4])} {masked(rng, font)}")


# ---------------------------------------------------------------- 1. a chemist's UPI app's result screen


UAPPS = {
    # title, band, handles, the app's own id label (or None)
    "PhonePe": ("PhonePe", (95, 37, 159), ["ybl", "ibl", "axl"], "Transaction ID"),
    "Google Pay": ("Google Pay", None, ["okaxis", "okhdfcbank", "okicici", "oksbi"], "Google transaction ID"),
    "Paytm": ("Paytm", (0, 40, 110), ["ptyes", "ptaxis", "pthdfc", "ptsbi"], "Order ID"),
    "BHIM": ("BHIM", (0, 98, 65), ["upi"], None),
    "Navi": ("Navi", (22, 22, 28), ["naviaxis"], "Navi transaction ID"),
    "super.money": ("super.money", (40, 24, 90), ["superyes"], "Transaction ID"),
    "WhatsApp": ("WhatsApp Pay", (0, 128, 105), ["waaxis", "wahdfcbank", "wasbi", "waicici"], None),
    "MobiKwik": ("MobiKwik", (30, 60, 170), ["ikwik"], "MobiKwik Txn ID"),
}
UPI_APPS = ["PhonePe", "Google Pay", "Navi", "Paytm", "super.money", "BHIM", "WhatsApp", "MobiKwik"]


def app_id(rng: random.Random, app: str, date: dt.date) -> tuple[str, str, float] | None:
    if app in ("PhonePe", "Google Pay", "Paytm"):
        return own_id(rng, app, date)
    label = UAPPS[app][3]
    if label is None:
        return None
    if app == "Navi":
        value = "NV" + code(rng, 18, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    elif app == "super.money":
        value = f"SM{date:%y%m%d}{digits(rng, 12)}"
    else:
        value = digits(rng, 16)
    return label, value, TXN_RANK


def upi_chemist(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A chemist's UPI app's result screen for a stockist's bill (PhonePe, Google Pay, Navi, Paytm, super.money,
    BHIM, WhatsApp's payments, MobiKwik; dark on Navi and on some others, an iPhone's bars or an Android navigation
    bar, a notification banner on one): the outcome, the sum, Paid to / To / Sent to (Paying to on a failure or a
    wait) and the stockist's handle, the UPI reference and the app's own id on some, the day, the account debited,
    a note ("Against invoice"); a failed and a pending one."""
    k = place("upi_chemist")
    status = outcome(k, failed=(5,), pending=(2,))
    app = UPI_APPS[k]
    dark = app == "Navi" or rng.random() < 0.35
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment status", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]))
    if rng.random() < 0.45:
        ios(p)
    else:
        android(p, banner=k == 6)
    rs = money(rng, font, 0.7)
    d = Deal(rng, status, no_ref=k == 7, no_day=k == 4, high=100000)
    name, band, handles, _ = UAPPS[app]
    head(p, name, band, dark, ["UPI payment", "Pay to contact", "Bank transfer"])
    upi_rows(p, d, rs, handles, app_id(rng, app, d.date), src(rng, font))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 2. the chemist's business app paying a supplier


BIZ = [("Khatabook", (10, 80, 200)), ("OkCredit", (20, 130, 90)), ("BharatPe", (0, 150, 140)),
       ("Paytm for Business", (0, 40, 110)), ("Khatabook", (10, 80, 200)), ("PhonePe Business", (95, 37, 159)),
       ("BharatPe", (0, 150, 140)), ("OkCredit", (20, 130, 90))]


def supplier_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chemist's business app paying its supplier, the stockist (Khatabook's and OkCredit's supplier ledger,
    BharatPe's, Paytm for Business's and PhonePe Business's Pay to supplier; dark on some): the business's name and
    the app's on top, Payment to supplier / Supplier payment, the outcome, the sum, Supplier / Paid to / Supplier
    name and its UPI ID or bank account, UPI Ref No / UTR and the app's Payment ID on some, Paid on / Date, Paid
    from, the supplier's balance before and after (Due before payment, Balance due now; never the sum), a bill's
    number on some; a failed and a pending one."""
    k = place("supplier_pay")
    status = outcome(k, failed=(3,), pending=(6,))
    app, band = BIZ[k]
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Supplier payment", "Payments"]),
               buttons=rng.choice([("Share on WhatsApp",), ("Send reminder", "Done"), ()]))
    if rng.random() < 0.4:
        ios(p)
    else:
        android(p, banner=k == 1)
    rs = money(rng, font, 0.7)
    d = Deal(rng, status, no_ref=k == 5, no_day=k == 2, low=3000, high=180000, firm=0.3)
    head(p, app, band, dark, [d.payer, f"{d.payer} (Business)"])
    p.part = "body"
    p.add("small", rng.choice(["Payment to supplier", "Supplier payment", "Pay supplier"]))
    status_line(p, {"success": ["Payment successful", "Payment sent to supplier", "Paid"],
                    "failed": ["Payment failed", "Payment could not be completed"],
                    "pending": ["Payment pending", "Payment under process"]}, status)
    p.add("big", rs(d.amount), amount=d.amount)
    p.pair(rng.choice(["Supplier", "Paid to", "Supplier name"]) if status == "success"
           else rng.choice(["Supplier", "Supplier name"]), d.to, merchant=d.to)
    if k in (1, 7):
        p.pair("Bank A/c", f"XXXXXX{digits(rng, 4)} ({ifsc(rng)})")
        way = "netbanking"
        p.pair(rng.choice(["Paid via", "Mode"]), rng.choice(["IMPS", "Bank transfer (IMPS)"]), method=way)
    else:
        p.pair(rng.choice(["UPI ID", "Supplier UPI"]), handle(rng, d.to, ["ybl", "okaxis", "paytm", "ibl"]),
               method="UPI")
    before = other_sum(rng, d.amount, d.amount + 2000, d.amount + 250000)
    p.pair(rng.choice(["Due before payment", "Outstanding before", "You owe (before)"]), rs(before))
    if status == "success":
        p.pair(rng.choice(["Balance due now", "Remaining balance", "Net balance"]), rs(before - d.amount))
    if not d.no_ref:
        rows = []
        if status != "failed" or rng.random() < 0.5:
            rows.append((rng.choice(["UPI Ref No", "UTR", "Bank reference no."]) if k not in (1, 7)
                         else rng.choice(["IMPS Ref No", "UTR"]), d.ref, (UTR_RANK, d.ref)))
        if not rows or rng.random() < 0.6:
            own = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 11)}", digits(rng, 14)])
            rows.append((rng.choice(["Payment ID", "Transaction ID", "Txn ID"]), own, (TXN_RANK, own)))
        if rng.random() < 0.5:
            p.pair(rng.choice(["Against bill", "Bill no."]), bill_no(rng, not d.no_day))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not d.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date"]), stamp(rng, d.date), date=d.date)
    p.pair(rng.choice(["Paid from", "Debited from"]), f"{rng.choice(SMALL[:6] + PSB[:3])} {masked(rng, font)}")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Supplier will get an SMS once the money is credited.",
                               "100% safe payments  |  Powered by UPI"]))
    return p.done()


# ---------------------------------------------------------------- 3. one SMS alert from a little-used bank


SMS_BANKS = [("UPGBNK", "Uttar Pradesh Gramin Bank", "UPGB"), ("RGBANK", "Rajasthan Gramin Bank", "RGBL"),
             ("ORGBNK", "Odisha Grameen Bank", "ODGB"), ("TGBANK", "Telangana Grameena Bank", "TGGB"),
             ("CSFBNK", "Capital Small Finance Bank", "CLBL"), ("TNGRAM", "Tamil Nadu Grama Bank", "TNGB"),
             ("AGVBNK", "Assam Gramin Vikash Bank", "AGVB"), ("JJSBNK", "Jalgaon Janata Sahakari Bank", "JJSB")]


def bank_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One debit alert from the chemist's bank in a messages app, from banks the earlier sets used least: Uttar
    Pradesh Gramin Bank's UPI "transferred to <NAME>", Rajasthan Gramin Bank's NEFT "in favour of <NAME>", Odisha
    Grameen Bank's failed IMPS "to <NAME> ... failed", Telangana Grameena Bank's NEFT with no day (the divider says
    Today or Yesterday), Capital Small Finance Bank's UPI "paid to <NAME>", Tamil Nadu Grama Bank's NEFT "is being
    processed" (pending), Assam Gramin Vikash Bank's "by transfer to <NAME>" with no reference, Jalgaon Janata
    Sahakari Bank's IMPS "Ref No"; the balance after on some."""
    k = place("bank_sms")
    status = outcome(k, failed=(2,), pending=(5,))
    no_day = k == 3
    sender_id, bank, head4 = SMS_BANKS[k]
    date = day26(rng)
    amount = bill(rng, 2000, 250000, 0.7)
    acct = digits(rng, 4)
    to, _ = stockist(rng, firm=0.3, caps=1.0)
    named: str | None = to[:24].strip()
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    s = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}", lakh(amount)])
    bal = f"{rng.choice(['Avl Bal', 'Bal:', 'Avl. Bal.'])} {mark}{other_sum(rng, amount, 3000, 500000):,.2f}"
    method, txn = "netbanking", None
    if k == 0:
        ref = utr(rng, date)
        txn, method = (UTR_RANK, ref), "UPI"
        text = (f"A/c XX{acct} debited Rs.{amount:.2f} on {when(date, '%d-%m-%y')} and transferred to {named} via "
                f"UPI. Ref {ref}. {bal} -UPGB")
    elif k == 1:
        ref = neft_utr(head4, rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Dear Customer, {s} debited from your SB/CA a/c XXX{acct} on {when(date, '%d/%m/%Y')} by NEFT in "
                f"favour of {named}. UTR No {ref}. -Rajasthan Gramin Bank")
    elif k == 2:
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        text = (f"IMPS of {s} from A/c XX{acct} to {named} on {when(date, '%d-%b-%Y')} has failed. Ref {ref}. "
                f"Debited amount, if any, will be reversed. -Odisha Grameen Bank")
    elif k == 3:
        ref = neft_utr(head4, rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your A/c XXXX{acct} is debited with {s} for NEFT to {named}. UTR {ref}. {bal} "
                f"-Telangana Grameena Bank")
    elif k == 4:
        ref = utr(rng, date)
        txn, method = (UTR_RANK, ref), "UPI"
        text = (f"{s} paid to {named} from your A/c XX{acct} on {when(date, '%d-%m-%Y')} via UPI (Ref "
                f"{ref}). Not you? Call 18001215656 -Capital SFB")
    elif k == 5:
        ref = neft_utr(head4, rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your NEFT request of {s} to {named} from A/c XX{acct} dated {when(date, '%d.%m.%Y')} is being "
                f"processed. UTR {ref}. Please do not repeat. -Tamil Nadu Grama Bank")
    elif k == 6:
        method = None
        text = (f"Dear Customer, your A/c X{acct} is debited with {s} on {when(date, '%d-%b-%y', True)} by "
                f"transfer to {named}. {bal} -AGVB")
    else:
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        text = (f"{s} debited from A/c No XXXX{acct} on {when(date, '%d/%m/%y')} for IMPS to {named}. IMPS Ref No "
                f"{ref}. {bal} -JJSB")
    check([text], font)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD', 'JM', 'TX'])}-{sender_id}-S"
    if no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice([when(date, "%A, {d} %B"), when(date, "{d} %b %Y"), when(date, "%a, {d} %b")])
    p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts: dict = {"amount": amount, "status": status}
    if method:
        facts["method"] = method
    if not no_day:
        facts["date"] = date
    if txn:
        facts["txn"] = txn
    p.add("left", text, merchant=named, **facts)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- 4. one e-mail alert from a small bank


MAIL_BANKS = [("Utkarsh Small Finance Bank", "alerts@utkarsh.bank", "UTKS", "NEFT"),
              ("Jana Small Finance Bank", "transaction.alerts@janabank.com", "JSFB", "IMPS"),
              ("Equitas Small Finance Bank", "alerts@equitasbank.com", "ESFB", "NEFT"),
              ("Saraswat Co-operative Bank", "e-alerts@saraswatbank.com", "SRCB", "RTGS"),
              ("ESAF Small Finance Bank", "alerts@esafbank.com", "ESMF", "UPI"),
              ("Suryoday Small Finance Bank", "noreply@suryodaybank.com", "SURY", "NEFT"),
              ("The Nainital Bank", "alerts@nainitalbank.co.in", "NTBL", "IMPS"),
              ("Ujjivan Small Finance Bank", "alerts@ujjivan.com", "UJVN", "NEFT")]


def alert_mail(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One e-mail alert of the chemist's transfer from a small finance or co-operative bank (Utkarsh, Jana, Equitas,
    Saraswat, ESAF, Suryoday, The Nainital Bank, Ujjivan): a greeting, the sentence (has been debited ... towards
    NEFT / IMPS / RTGS / UPI to <NAME>; returned; is under process), then a small table on most: Beneficiary Name /
    Beneficiary / Payee, Amount / Transaction Amount, Transfer Mode, UTR / IMPS Ref No / UPI Ref No / Reference No.,
    Transaction Date / Value Date, From Account; the header shows an hour only; a failed and a pending one."""
    k = place("alert_mail")
    status = outcome(k, failed=(3,), pending=(6,))
    bank, sender, head4, mode = MAIL_BANKS[k]
    no_ref, no_day = k == 5, k == 0
    amount = bill(rng, 200000, 300000, 0.7) if mode == "RTGS" else bill(rng, 2000, 190000, 0.65)
    date = day26(rng)
    to, _ = stockist(rng, firm=0.3, caps=0.5)
    rs = money(rng, font, 0.2, marks=("Rs.", "INR", "Rs", "₹"))
    p = screen(rng, font, "mail", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
    subject = {"success": rng.choice(["Transaction alert for your account", f"{mode} transaction alert",
                                      "Debit alert"]),
               "failed": f"{mode} transaction returned", "pending": f"{mode} request under process"}[status]
    p.style["h106"].update({"from": f"{bank} <{sender}>", "subject": subject, "sent": hhmm(rng)})
    check([p.style["h106"]["from"], subject], font)
    acct = digits(rng, 4)
    way = "UPI" if mode == "UPI" else "netbanking"
    p.part = "body"
    p.add("left", rng.choice(["Dear Customer,", f"Dear {rng.choice(OWNERS)},", "Dear Valued Customer,"]))
    p.add("gap")
    day_text = "" if no_day else f" on {when(date, rng.choice(['%d-%m-%Y', '%d %b %Y', '%d/%m/%Y']))}"
    sentence = {
        "success": f"Your account XXXXXX{acct} has been debited with {rs(amount)}{day_text} towards {mode} to "
                   f"{to}.",
        "failed": f"Your {mode} of {rs(amount)}{day_text} to {to} has been returned by the beneficiary bank. The "
                  f"amount has been credited back to your account XXXXXX{acct}.",
        "pending": f"Your {mode} request of {rs(amount)}{day_text} to {to} is under process. Please do not repeat "
                   f"the transaction."}[status]
    facts = {"amount": amount, "status": status, "merchant": to}
    if not no_day:
        facts["date"] = date
    p.add("left", sentence, **facts)
    p.add("gap")
    table = rng.random() < 0.75 or no_ref
    if table:
        p.pair(rng.choice(["Beneficiary Name", "Beneficiary", "Payee"]), to)
        p.pair(rng.choice(["Amount", "Transaction Amount"]), rs(amount))
        p.pair(rng.choice(["Transfer Mode", "Mode", "Channel"]), mode, method=way)
        if mode != "UPI":
            p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    else:
        p.add("small", f"Mode: {mode}", method=way)
    if not no_ref:
        ref = (neft_utr(head4, rng, date) if mode == "NEFT" else rtgs_utr(head4, rng, date) if mode == "RTGS"
               else utr(rng, date))
        label = {"NEFT": ["UTR", "UTR No."], "RTGS": ["UTR", "UTR Number"], "IMPS": ["IMPS Ref No", "RRN"],
                 "UPI": ["UPI Ref No", "UPI Reference Number"]}[mode]
        p.pair(rng.choice(label), ref, txn=(UTR_RANK, ref))
        if rng.random() < 0.4:
            own = f"{code(rng, 1, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Reference No.", "Txn Ref No"]), own, txn=(BANK_RANK, own))
    if not no_day and table:
        p.pair(rng.choice(["Transaction Date", "Value Date", "Date"]), when(date, rng.choice(SLIP_PATS)))
    if status == "success" and rng.random() < 0.5:
        p.pair(rng.choice(["Available Balance", "Balance"]), rs(other_sum(rng, amount, 5000, 600000)))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"If you have not done this transaction, please call our toll-free number 1800{digits(rng, 7)}.")
    p.add("small", f"Warm regards, {bank}")
    p.add("small", "This is a system-generated e-mail. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 5. a bank app's or net banking's transfer


XFER = [("TMB mConnect+", (14, 58, 130), "app", "IMPS", "TMBL"),
        ("Saraswat Bank", (200, 30, 40), "web", "NEFT", "SRCB"),
        ("Jana Bank", (0, 120, 80), "app", "IMPS", "JSFB"),
        ("Capital Bank", (180, 20, 40), "web", "RTGS", "CLBL"),
        ("Utkarsh Bank", (90, 30, 120), "app", "NEFT", "UTKS"),
        ("Nainital Bank", (0, 80, 150), "web", "NEFT", "NTBL"),
        ("ESAF Bank", (120, 170, 40), "app", "IMPS", "ESMF"),
        ("Equitas Mobile", (230, 120, 20), "app", "NEFT", "ESFB")]
XFER_URLS = {"Saraswat Bank": "saraswatbank.com/retail/FundTransfer/Confirm",
             "Capital Bank": "netbanking.capitalbank.co.in/RIB/RTGSAck",
             "Nainital Bank": "ibank.nainitalbank.co.in/corp/Finacle"}


def transfer_rows(p: Screen, rng: random.Random, day: dt.date, *, kind: str, mode: str, head4: str, status: str,
                  no_ref: bool, no_day: bool, own_labels: list[str], txn_label: str) -> None:
    """A bank transfer's reference rows (the rail's UTR or IMPS reference, the bank's own id under one of
    ``own_labels`` on some, ranked as the transaction id under ``txn_label``), its day and the debit account."""
    if not no_ref:
        rows = []
        if status != "pending" or mode == "IMPS":
            ref = utr(rng, day) if mode == "IMPS" else (neft_utr(head4, rng, day) if mode == "NEFT"
                                                           else rtgs_utr(head4, rng, day))
            lab = ["IMPS Ref No", "RRN", "IMPS Reference No."] if mode == "IMPS" else ["UTR", "UTR No.", "UTR Number"]
            rows.append((rng.choice(lab), ref, (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            own = rng.choice([digits(rng, 11), f"{code(rng, 1, UPPER)}{digits(rng, 9)}"])
            label = rng.choice(own_labels)
            rows.append((label, own, (TXN_RANK if label == txn_label else BANK_RANK, own)))
        for label, value, txn in rows:
            if kind == "app":
                labelled(p, label, value, txn=txn)
            else:
                p.pair(label, value, txn=txn)
    if not no_day:
        text = stamp(rng, day, twelve=rng.random() < 0.6)
        if kind == "app":
            labelled(p, rng.choice(["Date & Time", "Transaction Date", "Transferred on"]), text, date=day)
        else:
            p.pair(rng.choice(["Transaction Date", "Value Date", "Date"]), text, date=day)
    p.pair(rng.choice(["Debit Account", "From A/c", "Debited from"]), f"XXXXXX{digits(rng, 4)}")


def neft_imps(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A chemist's bank app or net banking after an IMPS, NEFT or RTGS to the stockist (TMB mConnect+, Saraswat
    Bank's net banking, Jana Bank, Capital Bank's net banking, Utkarsh Bank, Nainital Bank's net banking, ESAF Bank,
    Equitas; dark on some apps): the outcome, the sum, Beneficiary Name / Payee / Transferred to, the account and
    IFSC, Transfer Mode / Payment Type, UTR / IMPS Ref No / RRN and the bank's Transaction Reference / Txn ID on
    some, Transaction Date / Value Date, Debit Account, Remarks, Charges on some; a failed and a pending one."""
    k = place("neft_imps")
    status = outcome(k, failed=(6,), pending=(1,))
    title, band, kind, mode, head4 = XFER[k]
    no_ref, no_day = k == 4, k == 7
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
            android(p, banner=k == 2)
    rs = money(rng, font, 0.5)
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=200000 if mode == "RTGS" else 5000,
             high=300000 if mode == "RTGS" else 199000, firm=0.5, caps=0.6)
    head(p, title, band if kind == "app" else None, dark,
         ["Fund Transfer", f"{mode} - Other bank", "Transfer to beneficiary"])
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
    p.pair(rng.choice(["Remarks", "Purpose"]), rng.choice(NOTES))
    if mode != "IMPS" and rng.random() < 0.5:
        p.pair("Charges", rs(float(rng.choice([2.95, 5.90, 17.70, 29.50]))))
    if status == "failed":
        p.add("small", "Beneficiary account details do not match. Amount, if debited, will be credited back.")
    if status == "pending":
        p.add("small", "Please check the status after some time. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password with anyone.", "Add beneficiary to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 6. a cheque's pages


CHQ_KINDS = ["leaf", "pdc", "return", "advice", "leaf", "enquiry", "advice", "pdc_leaf"]
CHQ_BANKS = ["Uttar Pradesh Gramin Bank", "Jalgaon Janata Sahakari Bank", "Odisha Grameen Bank", "Punjab Gramin Bank",
             "Tamil Nadu Mercantile Bank", "Rajasthan Gramin Bank", "Assam Gramin Vikash Bank",
             "Telangana Grameena Bank"]


def cheque_pages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A chemist's cheque to the stockist: the cheque leaf photographed (Pay M/s <NAME> ... or Bearer, the sum in
    words and in figures, the date, A/c Payee, the MICR band; no outcome), a post-dated cheque leaf, the stockist's
    acknowledgement of post-dated cheques (pending: to be presented on the cheque's date), the stockist's bank's
    cheque return memo (failed: Funds Insufficient), a realisation credit advice, a net banking cheque status
    enquiry (Paid): Payee / CREDIT TO, Drawn on / Drawer, Cheque No. and its own date, Amount, Clearing Date / Date
    of Return, a clearing reference; a failed and a pending one."""
    k = place("cheque_pages")
    kind = CHQ_KINDS[k]
    status = {"pdc": "pending", "return": "failed"}.get(kind, "success")
    no_ref, no_day = k == 3, k == 5
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=5000, high=300000, p_round=0.8, firm=0.3, caps=0.8)
    drawn = CHQ_BANKS[k]
    chq = f"{rng.randrange(0, 999999):06d}"
    chq_day = d.date - dt.timedelta(days=rng.randrange(1, 6))
    if kind in ("leaf", "pdc_leaf"):
        p = screen(rng, font, width=rng.choice([720, 760]), size=rng.choice([19, 20]))
        paper(p, rng)
        p.style["paper"] = rng.choice([(236, 242, 246), (240, 236, 246), (238, 244, 236)])
        p.part = "head"
        p.add("left", drawn.upper())
        p.add("left", f"{TOWNS[k][0]} Branch  IFSC: {ifsc(rng)}")
        p.add("right", "Date  " + " ".join(when(d.date, "%d%m%Y")), date=d.date)
        p.add("small", "A/C PAYEE")
        p.part = "body"
        p.add("left", f"Pay {rng.choice(['M/s ', ''])}{d.to}", merchant=d.to)
        check([d.to], font)
        words = words_in_rupees(d.amount)
        p.add("left", f"Rupees {words}" if not words.lower().startswith("rupees") else words)
        mark = sign(font, "\u20b9", "Rs.")
        p.add("right", f"{mark} {lakh(d.amount)[:-3] if d.amount == int(d.amount) else lakh(d.amount)}/-",
              amount=d.amount)
        p.add("left", f"A/c No. {digits(rng, 14)}")
        p.add("right", f"For {d.payer.upper()}")
        p.add("right", "Proprietor / Authorised Signatory")
        p.add("small", "Please sign above. Valid for three months from the date of issue.")
        p.part = "foot"
        p.add("center", f"\"{chq}\"  {digits(rng, 9)}:  {digits(rng, 6)}\"  {rng.choice(['29', '31', '10'])}")
        return p.done()
    if kind == "pdc":
        p = screen(rng, font, width=rng.choice([600, 640]), size=rng.choice([18, 19]))
        paper(p, rng)
        i = d.town
        name = STOCKISTS[i][0].upper()
        p.part = "head"
        top(p, name, merchant=name)
        p.add("center", f"{TOWNS[i][2]}, {TOWNS[i][0]} - {TOWNS[i][1]}")
        p.add("center", "ACKNOWLEDGEMENT OF POST DATED CHEQUES")
        p.add("rule")
        p.part = "body"
        if not no_ref:
            number = f"PDC/{rng.randrange(100, 999)}"
            p.pair("Ack No.", number, txn=(INVOICE_RANK, number))
        if not no_day:
            p.pair("Date", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
        p.pair("Party", f"M/s {d.payer}")
        p.pair("Cheque No.", chq)
        if not no_day:
            p.pair("Cheque Date", when(d.date + dt.timedelta(days=rng.choice([15, 30, 45])), "%d/%m/%Y"))
        p.pair("Drawn on", drawn)
        p.pair("Amount", f"Rs. {d.amount:,.2f}", amount=d.amount)
        p.add("rule")
        p.add("center", "PDC RECEIVED - TO BE PRESENTED ON CHEQUE DATE", status="pending")
        p.part = "foot"
        p.add("small", "Credit will be given in the ledger only after the cheque is cleared.")
        p.add("right", "For " + name)
        return p.done()
    if kind == "return":
        p = screen(rng, font, width=rng.choice([600, 640]), size=rng.choice([18, 19]))
        paper(p, rng)
        rbank = rng.choice(["STATE BANK OF INDIA", "PUNJAB NATIONAL BANK", "BANK OF BARODA", "CANARA BANK"])
        p.part = "head"
        p.add("center", rbank)
        p.add("center", f"{TOWNS[d.town][0].upper()} BRANCH")
        p.add("center", "CHEQUE RETURN MEMO")
        p.add("rule")
        p.part = "body"
        if not no_day:
            p.pair("DATE OF RETURN:", when(d.date, rng.choice(SLIP_PATS), upper=True), date=d.date)
        to = d.to.upper()[:26].strip()
        p.pair("A/C NAME:", to, merchant=to)
        p.pair("A/C NO:", f"XXXXXXX{digits(rng, 4)}")
        p.pair("CHQ NO:", chq)
        if not no_day:
            p.pair("CHQ DATE:", when(chq_day, "%d/%m/%Y"))
        p.pair("DRAWER:", d.payer.upper()[:26])
        p.pair("DRAWN ON:", drawn.upper()[:26])
        p.pair("AMOUNT:", slip_sum(rng, d.amount), amount=d.amount)
        if not no_ref:
            ref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("CLG REF NO:", ref, txn=(BANK_RANK, ref))
        p.add("rule")
        p.add("center", "CHEQUE RETURNED UNPAID", status="failed")
        p.add("center", "REASON: 01 - FUNDS INSUFFICIENT")
        p.pair("RETURN CHARGES:", slip_sum(rng, float(rng.choice([354.0, 590.0, 236.0]))))
        p.part = "foot"
        p.add("right", "BRANCH MANAGER")
        return p.done()
    if kind == "advice":
        p = screen(rng, font, "mail" if k == 6 else "crop", width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        rbank = rng.choice(["HDFC Bank", "Bank of Baroda", "Axis Bank", "Union Bank of India"])
        if k == 6:
            p.style["h106"].update({"from": f"{rbank} <credit.advice@alerts.bank.in>",
                                    "subject": "Cheque realisation advice", "sent": hhmm(rng)})
        else:
            paper(p, rng)
        p.part = "head"
        p.add("center", rbank)
        p.add("center", rng.choice(["CREDIT ADVICE - CHEQUE REALISED", "Outward Clearing - Credit Advice"]))
        p.add("rule")
        p.part = "body"
        to = d.to.upper()[:26].strip()
        p.pair(rng.choice(["CREDIT TO", "A/C HOLDER"]), to, merchant=to)
        p.pair("A/C NO", f"XXXXXXX{digits(rng, 4)}")
        p.pair(rng.choice(["DRAWER", "Drawer"]), d.payer.upper()[:26])
        if not no_ref:
            p.pair("CHEQUE NO", chq)
        if not no_day:
            p.pair("CHEQUE DATE", when(chq_day, "%d-%m-%Y"))
            p.pair(rng.choice(["CREDIT DATE", "CLEARING DATE"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
        p.pair("AMOUNT", slip_sum(rng, d.amount), amount=d.amount)
        if not no_ref:
            ref = f"{rng.randrange(2026, 2027)}{digits(rng, 8)}"
            p.pair(rng.choice(["TRAN ID", "CLG REF NO"]), ref, txn=(BANK_RANK, ref))
        p.add("rule")
        p.add("center", rng.choice(["STATUS: REALISED", "CHEQUE REALISED - CREDITED"]), status="success")
        return p.done()
    # the drawer's net banking: Cheque Status Enquiry
    p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
    p.style["h106"]["url"] = "netbanking.rgb.bank.in/retail/ChequeStatusEnquiry"
    p.part = "head"
    top(p, drawn)
    p.add("center", "Cheque Status Enquiry")
    p.add("rule")
    p.part = "body"
    p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("Cheque No.", chq)
    p.pair("Payee Name", d.to, merchant=d.to)
    p.pair("Amount", money(rng, font, 0.0, marks=("INR", "Rs."))(d.amount), amount=d.amount)
    if not no_day:
        p.pair("Paid on", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    if not no_ref:
        ref = f"{digits(rng, 12)}"
        p.pair("Inward Clg Ref No.", ref, txn=(BANK_RANK, ref))
    p.pair("Status", "Paid - Inward clearing", status="success")
    return p.done()


# ---------------------------------------------------------------- 7. cash deposits for the stockist's account


CASH_KINDS = [("counterfoil", "UTTAR PRADESH GRAMIN BANK"), ("cdm", "BANK OF INDIA"), ("bc", "Fino Payments Bank"),
              ("counterfoil", "ODISHA GRAMEEN BANK"), ("cdm", "INDIAN BANK"), ("counterfoil", "JALGAON JANATA SAHAKARI BANK"),
              ("bc", "Bank of Baroda BC Point"), ("counterfoil", "RAJASTHAN GRAMIN BANK")]


def cash_deposit(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cash paid into the stockist's account by the chemist, photographed (paper): a branch's pay-in-slip
    counterfoil at a regional rural or co-operative bank (CREDIT A/C OF / A/C NAME, DEPOSITED BY, the notes counted,
    TOTAL, JOURNAL NO / SCROLL NO, the teller's stamp CASH RECEIVED), a cash deposit machine's slip (CDM ID, A/C
    NAME, DEPOSIT AMOUNT, TXN NO / RRN, STATUS; notes returned), a banking correspondent's receipt (Agent ID,
    Beneficiary Name, Amount, Txn ID, Status: pending); a failed and a pending one."""
    k = place("cash_deposit")
    status = outcome(k, failed=(4,), pending=(6,))
    kind, bank = CASH_KINDS[k]
    no_ref, no_day = k == 7, k == 1
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=2000, high=190000, caps=1.0)
    d.amount = float(max(2000, round(d.amount / 100) * 100))
    to = d.to[:26].strip()
    p = screen(rng, font, width=rng.choice([480, 520]) if kind == "cdm" else rng.choice([560, 600]),
               size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    if kind == "counterfoil":
        p.add("center", bank)
        p.add("center", f"{TOWNS[d.town][0].upper()} BRANCH")
        p.add("center", rng.choice(["PAY-IN-SLIP (COUNTERFOIL)", "CASH DEPOSIT - CUSTOMER COPY"]))
        p.add("rule")
        p.part = "body"
        if not no_day:
            p.pair(rng.choice(["DATE:", "DT:"]), when(d.date, rng.choice(SLIP_PATS), upper=True), date=d.date)
        p.pair(rng.choice(["CREDIT A/C OF:", "A/C NAME:"]), to, merchant=to)
        p.pair("A/C NO:", f"{digits(rng, 4)}XXXX{digits(rng, 4)}")
        p.pair(rng.choice(["DEPOSITED BY:", "DEPOSITOR:"]), rng.choice(OWNERS).upper()[:24])
        p.pair("MODE:", "CASH", method="cash")
        left = d.amount
        for note in (500, 200, 100):
            n = int(left // note) if note == 100 else int(left // note * rng.choice([0.9, 0.7]))
            if n:
                p.pair(f"{note} x {n}", f"{note * n:,.2f}")
                left -= note * n
        p.pair(rng.choice(["TOTAL:", "TOTAL RS.:"]), slip_sum(rng, d.amount), amount=d.amount)
        words = words_in_rupees(d.amount).upper()
        if glyphs(font, words):
            p.add("left", f"(RUPEES {words})" if not words.startswith("RUPEES") else f"({words})")
        if not no_ref:
            own = rng.choice([digits(rng, 6), f"{code(rng, 1, UPPER)}{digits(rng, 7)}"])
            p.pair(rng.choice(["JOURNAL NO:", "SCROLL NO:", "TXN ID:"]), own, txn=(BANK_RANK, own))
        p.add("rule")
        p.add("center", rng.choice(["CASH RECEIVED", "RECEIVED", "CASH RECEIVED - CREDITED"]), status="success")
        p.part = "foot"
        p.pair("TELLER:", f"{code(rng, 1, UPPER)}{rng.randrange(10, 99)}")
        lines = [bank[:30], f"{TOWNS[d.town][0].upper()} BRANCH"] + \
            ([when(d.date, "%d %b %Y", upper=True)] if not no_day else []) + ["CASH RECEIVED"]
        check(lines, font)
        p.style["h121"] = {"stamp": {"lines": lines, "angle": rng.uniform(-18, 18),
                                     "at": (rng.uniform(0.5, 0.72), rng.uniform(0.78, 0.9))}}
        return p.done()
    if kind == "cdm":
        p.add("center", bank)
        p.add("center", "CASH DEPOSIT MACHINE")
        p.add("center", f"{TOWNS[d.town][2].upper()}, {TOWNS[d.town][0].upper()}")
        p.add("rule")
        p.part = "body"
        clock = hhmm(rng, twelve=False, seconds=True)
        if not no_day:
            p.pair("DATE:", when(d.date, rng.choice(SLIP_PATS), upper=True), date=d.date)
        p.pair("TIME:", clock)
        p.pair("CDM ID:", f"{code(rng, 1, UPPER)}1{code(rng, 2, UPPER)}{digits(rng, 5)}")
        p.pair("A/C NO:", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("A/C NAME:", to, merchant=to)
        p.pair("TXN:", "CASH DEPOSIT", method="cash")
        if not no_ref:
            ref = utr(rng, d.date)
            label = rng.choice(["RRN:", "TXN NO:"])
            p.pair(label, ref, txn=(UTR_RANK if label == "RRN:" else BANK_RANK, ref))
        left = d.amount
        for note in (500, 200, 100):
            n = int(left // note)
            if n:
                p.pair(f"INR {note} x {n}", f"{note * n:,}")
                left -= note * n
        p.pair(rng.choice(["DEPOSIT AMOUNT:", "AMOUNT:"]), slip_sum(rng, d.amount, marks=("INR ", "RS.", "")),
               amount=d.amount)
        p.add("rule")
        if status == "success":
            p.add("center", rng.choice(["TRANSACTION SUCCESSFUL", "STATUS: SUCCESS"]), status="success")
        else:
            p.add("center", "TRANSACTION FAILED", status="failed")
            p.add("center", "NOTES RETURNED. PLEASE COLLECT YOUR CASH")
        p.part = "foot"
        p.add("small", "THANK YOU FOR BANKING WITH US")
        return p.done()
    p.add("center", bank)
    p.add("center", rng.choice(["Customer Service Point", "Banking Correspondent Outlet"]))
    p.add("center", f"{rng.choice(['Maa Durga', 'Shiv Shakti', 'Jai Bajrang', 'Sri Sai'])} Digital Seva, "
                    f"{TOWNS[d.town][0]}")
    p.add("center", rng.choice(["CASH DEPOSIT RECEIPT", "Deposit - Customer Copy"]))
    p.add("rule")
    p.part = "body"
    p.pair("Agent ID", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    if not no_day:
        p.pair(rng.choice(["Date", "Txn Date"]), stamp(rng, d.date, SLIP_PATS, twelve=False), date=d.date)
    p.pair(rng.choice(["Beneficiary Name", "A/c Holder"]), d.to, merchant=d.to)
    p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Depositor", "Deposited by"]), rng.choice(OWNERS))
    p.pair(rng.choice(["Mode", "Txn Type"]), "Cash Deposit", method="cash")
    p.pair(rng.choice(["Amount", "Amount (Rs.)"]), slip_sum(rng, d.amount, marks=("Rs.", "Rs ", "INR ")),
           amount=d.amount)
    if not no_ref:
        ref = utr(rng, d.date)
        p.pair(rng.choice(["RRN", "Bank RRN"]), ref, txn=(UTR_RANK, ref))
        own = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Txn ID", "Transaction ID"]), own, txn=(TXN_RANK, own))
    p.add("rule")
    p.add("center", {"success": "Status: Success",
                     "pending": "Status: Pending - amount will be credited after confirmation"}[status], status=status)
    p.part = "foot"
    p.add("small", "Cash once deposited at the counter cannot be taken back by the agent.")
    return p.done()


# ---------------------------------------------------------------- 8. a B2B pharma ordering app's payment


B2B = [("Pharmarack", (0, 102, 178), "app"), ("Retailio", (236, 86, 36), "app"), ("Saveo", (0, 150, 120), "web"),
       ("Medikabazaar", (22, 80, 160), "app"), ("Pharmarack", (0, 102, 178), "web"), ("Retailio", (236, 86, 36), "web"),
       ("Saveo", (0, 150, 120), "app"), ("Medikabazaar", (22, 80, 160), "web")]
B2B_WAYS = ["UPI", "netbanking", "UPI", "card", "netbanking", "UPI", "UPI", "card"]


def b2b_order(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A B2B pharma ordering app's payment confirmation for an order the chemist placed with the stockist
    (Pharmarack, Retailio, Saveo, Medikabazaar; on a phone or in a browser): the marketplace on top, the outcome,
    the sum, Order ID / Order No., Distributor / Supplier / Sold by (the stockist), the items and quantity, Order
    value, Scheme discount, Credit note applied on some, Amount paid / Paid amount / Total payable, Payment mode (UPI,
    Net Banking, a card), Payment ID / Transaction ID and a UPI Ref No / Bank Ref No on some, Paid on / Order date;
    a failed and a pending one."""
    k = place("b2b_order")
    status = outcome(k, failed=(1,), pending=(4,))
    app, band, kind = B2B[k]
    way = B2B_WAYS[k]
    no_ref, no_day = k == 6, k == 3
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"{app.lower()}.com/retailer/orders/payment-status"
        dark = False
    else:
        dark = rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Order placed", "Payment"]),
                   buttons=rng.choice([("Track order",), ("Go to orders", "Home"), ()]))
        if rng.random() < 0.4:
            ios(p)
        else:
            android(p, banner=k == 0)
    rs = money(rng, font, 0.4)
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=2500, high=150000, p_round=0.4, firm=0.2, caps=0.5)
    head(p, app, band if kind == "app" else None, dark, ["For retailers", "Order medicines from distributors"])
    p.part = "body"
    status_line(p, {"success": ["Payment successful", "Order placed & paid", "Payment received"],
                    "failed": ["Payment failed", "Payment unsuccessful - order not placed"],
                    "pending": ["Payment pending", "Payment confirmation awaited"]}, status)
    p.add("big", rs(d.amount), amount=d.amount)
    if not no_ref:
        oid = rng.choice([f"PR{digits(rng, 9)}", f"ORD-{digits(rng, 8)}", f"{code(rng, 3, UPPER)}{digits(rng, 7)}"])
        p.pair(rng.choice(["Order ID", "Order No."]), oid, txn=(ORDER_RANK, oid))
    p.pair(rng.choice(["Distributor", "Supplier", "Sold by"]), d.to, merchant=d.to)
    p.pair("Items", f"{rng.randrange(4, 60)} SKUs, {rng.randrange(20, 900)} units")
    cn = float(rng.choice([0, 0, 312.4, 1180.0, 865.5]))
    disc = round(d.amount * rng.choice([0.02, 0.03, 0.05]), 2)
    p.pair(rng.choice(["Order value", "Cart value"]), rs(d.amount + disc + cn))
    p.pair(rng.choice(["Scheme discount", "Trade discount"]), rs(disc, "- "))
    if cn:
        p.pair("Credit note applied", rs(cn, "- "))
    p.pair(rng.choice(["Amount paid", "Paid amount"]) if status == "success" else "Total payable", rs(d.amount))
    how = {"UPI": rng.choice(["UPI", "UPI - PhonePe", "UPI (Google Pay)"]),
           "netbanking": f"Net Banking - {rng.choice(['SBI', 'Bank of Baroda', 'Canara Bank'])}",
           "card": f"{rng.choice(['RuPay', 'Visa', 'Mastercard'])} {rng.choice(['Debit', 'Credit'])} Card "
                   f"{masked(rng, font)}"}[way]
    p.pair(rng.choice(["Payment mode", "Paid via", "Payment method"]), how, method=way)
    if not no_ref:
        rows = []
        pid = rng.choice([f"pay_{code(rng, 14, ALNUM)}", digits(rng, 14)])
        rows.append((rng.choice(["Payment ID", "Transaction ID"]), pid, (TXN_RANK, pid)))
        if status == "success" and way != "card" and rng.random() < 0.6:
            ref = utr(rng, d.date)
            rows.append(("UPI Ref No" if way == "UPI" else "Bank Ref No", ref,
                         (UTR_RANK if way == "UPI" else BANK_RANK, ref)))
        for label, value, txn in rows:
            if kind == "app":
                labelled(p, label, value, txn=txn)
            else:
                p.pair(label, value, txn=txn)
    if not no_day:
        text = stamp(rng, d.date)
        if kind == "app":
            labelled(p, rng.choice(["Paid on", "Order date", "Date"]), text, date=d.date)
        else:
            p.pair(rng.choice(["Paid on", "Order date", "Date"]), text, date=d.date)
        if status == "success":
            p.add("small", f"Expected delivery by {when(d.date + dt.timedelta(days=rng.choice([1, 2])), '{d} %b')}")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", "The distributor will process the order once the payment is confirmed.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice([f"Need help? Call {app} support", "Invoice will be shared by the distributor."]))
    return p.done()


# ---------------------------------------------------------------- 9. credit notes adjusted against an invoice


ADVICE_KINDS = ["advice_mail", "voucher", "advice_pdf", "voucher", "advice_mail", "voucher", "advice_pdf", "voucher"]
SOFTWARE = ["Marg ERP 9+", "Tally Prime", "BUSY", "EasySol"]


def credit_note(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment against the stockist's invoice with credit notes adjusted: a nursing home's or hospital
    pharmacy's vendor payment advice (an e-mail or a PDF on screen: Vendor / Paid to, Invoice No. and Invoice Amt,
    Less: Credit Note (expiry, breakage, rate difference), Less: TDS u/s 194Q on some, Net Amount Paid, Payment Mode
    NEFT / RTGS and UTR, Payment Date) or the stockist's own receipt voucher printed from its billing software
    (Marg, Tally, BUSY, EasySol; paper: the stockist on top, Rcpt No, Date, Received from, the bill, Less: CN,
    Amount Received, By NEFT / UPI / Cash / Cheque, the outcome); a failed and a pending one."""
    k = place("credit_note")
    status = outcome(k, failed=(5,), pending=(2,))
    kind = ADVICE_KINDS[k]
    no_ref, no_day = k == 4, k == 7
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=8000, high=300000, p_round=0.3, firm=0.4)
    invoice = round(d.amount * rng.uniform(1.02, 1.12), 2)
    cn = round(invoice - d.amount, 2)
    tds = 0.0
    if kind != "voucher" and rng.random() < 0.5:
        tds = round(invoice * 0.001, 2)
        cn = round(cn - tds, 2)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "Rs", "₹"))
    inv_no = bill_no(rng, not no_day)
    cn_no = f"CN/{rng.randrange(10, 999)}" if not no_ref else rng.choice(REASONS)
    if kind == "voucher":
        p = screen(rng, font, width=rng.choice([600, 640]), size=rng.choice([18, 19]))
        paper(p, rng)
        i = d.town
        name = (STOCKISTS[i][0] if rng.random() < 0.6 else STOCKISTS[i][1]).upper()
        way = rng.choice(["netbanking", "UPI", "cash", "cheque"]) if status == "success" else \
            ("cheque" if status == "failed" else "UPI")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("center", f"{TOWNS[i][2]}, {TOWNS[i][0]} - {TOWNS[i][1]}")
        p.add("center", f"GSTIN: {rng.randrange(1, 37):02d}{code(rng, 5, UPPER)}{digits(rng, 4)}"
                        f"{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}")
        p.add("center", rng.choice(["RECEIPT VOUCHER", "PAYMENT RECEIPT", "MONEY RECEIPT"]))
        p.add("rule")
        p.part = "body"
        if not no_ref:
            number = f"RV-{rng.randrange(100, 9999)}"
            p.pair(rng.choice(["Rcpt No.", "Voucher No."]), number, txn=(INVOICE_RANK, number))
        if not no_day:
            p.pair(rng.choice(["Date", "Dated"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
        p.pair(rng.choice(["Received from", "Party"]), f"M/s {d.payer}")
        if not no_ref:
            p.pair(f"Bill No. {inv_no}", rs(invoice))
        else:
            p.pair("Bill amount", rs(invoice))
        p.pair(f"Less: {cn_no} ({rng.choice(REASONS)})" if not no_ref else f"Less: Credit note ({cn_no})", rs(cn))
        p.pair(rng.choice(["Amount Received", "Net Received"]) if status == "success" else "Amount", rs(d.amount),
               amount=d.amount)
        words = words_in_rupees(d.amount)
        if glyphs(font, words) and rng.random() < 0.5:
            p.add("left", words)
        how = {"netbanking": rng.choice(["NEFT", "RTGS", "IMPS"]), "UPI": rng.choice(["UPI", "PhonePe UPI"]),
               "cash": "Cash", "cheque": f"Cheque No. {rng.randrange(100000, 999999)}"}[way]
        if way == "cheque" and no_ref:
            how = "Cheque"
        p.pair(rng.choice(["By", "Mode", "Through"]), how, **({} if way == "cheque" else {"method": way}))
        if not no_ref and way in ("netbanking", "UPI") and status == "success":
            ref = utr(rng, d.date) if way == "UPI" else neft_utr("SBIN", rng, d.date)
            p.pair(rng.choice(["UTR", "Ref No"]) if way == "netbanking" else "UPI Ref", ref,
                   txn=(UTR_RANK, ref))
        p.pair(rng.choice(["Balance", "Closing balance"]), rs(other_sum(rng, d.amount, 0, 90000)))
        p.add("rule")
        p.add("center", {"success": rng.choice(["RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
                         "failed": "CHEQUE BOUNCED - RECEIPT REVERSED",
                         "pending": "UPI CREDIT AWAITED - PROVISIONAL RECEIPT"}[status], status=status)
        p.part = "foot"
        p.add("small", f"Generated by {rng.choice(SOFTWARE)}")
        p.add("right", "Authorised Signatory")
        return p.done()
    home = rng.choice(["Sanjeevani Nursing Home", "Om Sai Nursing Home", "Lifeline Hospital",
                       "City Care Multispeciality Hospital", "Mother & Child Clinic"])
    mode = "RTGS" if d.amount >= 200000 else "NEFT"
    if kind == "advice_mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        subject = {"success": "Payment Advice", "failed": "Payment returned - please confirm bank details",
                   "pending": "Payment Advice - payment initiated"}[status]
        p.style["h106"].update({"from": f"Accounts - {home} <accounts@{home.split()[0].lower()}hospital.in>",
                                "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "body"
        p.add("left", "Dear Sir,")
        p.add("left", "Please find below the details of the payment released against your invoice.")
        p.add("gap")
    else:
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"mail.google.com/mail/u/0/#inbox/FMfcg{code(rng, 6, ALNUM)}?projector=1"
        p.part = "head"
        top(p, home.upper())
        p.add("center", "VENDOR PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
    p.pair(rng.choice(["Vendor", "Paid to", "Vendor Name"]), d.to, merchant=d.to)
    if not no_ref:
        p.pair("Invoice No.", inv_no)
    p.pair(rng.choice(["Invoice Amt", "Invoice Amount"]), rs(invoice))
    p.pair(f"Less: Credit Note{'' if no_ref else ' ' + cn_no}", rs(cn))
    if tds:
        p.pair("Less: TDS u/s 194Q", rs(tds))
    p.pair(rng.choice(["Net Amount Paid", "Net Payable", "Amount Paid"]) if status == "success"
           else "Net Amount", rs(d.amount), amount=d.amount)
    p.pair(rng.choice(["Payment Mode", "Mode"]), mode, method="netbanking")
    if not no_ref and status != "pending":
        ref = neft_utr("HDFC", rng, d.date) if mode == "NEFT" else rtgs_utr("HDFC", rng, d.date)
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not no_ref and status == "pending":
        own = f"PA{digits(rng, 8)}"
        p.pair("Payment Ref No.", own, txn=(BANK_RANK, own))
    if not no_day:
        p.pair(rng.choice(["Payment Date", "Value Date"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair("Status", {"success": rng.choice(["Paid", "Processed"]), "failed": "Returned by beneficiary bank",
                      "pending": "Initiated - pending with bank"}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Kindly acknowledge receipt and adjust the credit note in your ledger.")
    p.add("small", f"Accounts Department, {home}")
    return p.done()


# ---------------------------------------------------------------- 10. a medical representative's receipt book


MR_WAYS = ["cash", "cheque", "UPI", "cash", "cheque", "cash", "UPI", "cheque"]


def mr_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A page of the stockist's collection receipt book that its medical representative (or salesman) fills at the
    chemist's counter (paper, carbon copy): the stockist printed on top with its address, GSTIN and drug licence,
    COLLECTION RECEIPT / MONEY RECEIPT, the printed No., Date, Received with thanks from M/s ..., the sum in words,
    By Cash / Cheque No. ... dated ... drawn on ... / UPI with its reference, against Bill No., the sum in figures,
    Collected by (the representative and his code); a cheque bounced stamped on one (failed), a cheque under
    clearing on one (pending)."""
    k = place("mr_receipt")
    status = outcome(k, failed=(4,), pending=(1,))
    no_ref, no_day = k == 2, k == 7
    way = MR_WAYS[k]
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=2000, high=120000, p_round=0.8)
    i = d.town
    name = STOCKISTS[i][0].upper()
    p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([18, 19]))
    paper(p, rng)
    p.style["paper"] = rng.choice([(250, 246, 225), (244, 240, 252), (252, 240, 240), (246, 250, 238)])
    p.part = "head"
    top(p, name, merchant=name)
    p.add("center", rng.choice(["Wholesale Dealers in Medicines & Surgicals", "Pharmaceutical Distributors"]))
    p.add("center", f"{TOWNS[i][2]}, {TOWNS[i][0]} - {TOWNS[i][1]} ({TOWNS[i][3]})")
    p.add("small", f"D.L. No. 20B-{rng.randrange(100, 999)}/21B-{rng.randrange(100, 999)}   "
                   f"GSTIN {rng.randrange(1, 37):02d}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z5")
    p.add("center", rng.choice(["COLLECTION RECEIPT", "MONEY RECEIPT", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if not no_ref:
        number = f"{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["No.", "Receipt No."]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair("Date", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.add("left", f"Received with thanks from M/s {d.payer}, {TOWNS[i][0]}",
          **({"status": "success"} if status == "success" else {}))
    p.add("left", f"the sum of {words_in_rupees(d.amount)}")
    if way == "cash":
        p.add("left", "by Cash", method="cash")
    elif way == "UPI":
        p.add("left", "by UPI (PhonePe)" if rng.random() < 0.5 else "by UPI", method="UPI")
        if not no_ref:
            p.pair("UPI Ref No.", d.ref, txn=(UTR_RANK, d.ref))
    else:
        cheque = f"by Cheque No. {rng.randrange(100000, 999999)}"
        if not no_day:
            cheque += f" dated {when(d.date - dt.timedelta(days=rng.randrange(0, 3)), '%d/%m/%Y')}"
        p.add("left", cheque)
        p.add("left", f"drawn on {rng.choice(CHQ_BANKS)}")
    if not no_ref:
        p.add("left", f"against Bill No. {bill_no(rng, not no_day)}")
    else:
        p.add("left", "against outstanding bills")
    mark = sign(font, "\u20b9", "Rs.")
    p.add("left", f"{mark} {lakh(d.amount)[:-3] if d.amount == int(d.amount) else lakh(d.amount)}/-",
          amount=d.amount)
    if status == "failed":
        p.add("center", "CHEQUE BOUNCED - RECEIPT CANCELLED", status="failed")
    if status == "pending":
        p.add("center", "CHEQUE UNDER CLEARING - PROVISIONAL", status="pending")
    p.part = "foot"
    p.add("gap")
    p.pair(rng.choice(["Collected by", "Received by"]), f"{rng.choice(REPS)} (MR-{rng.randrange(10, 99)})")
    p.add("small", "Cheques are subject to realisation. Please insist on a printed receipt.")
    p.add("right", "For " + name)
    return p.done()


# ---------------------------------------------------------------- 11. a payment gateway's page for an online order


PG = ["Razorpay", "PayU", "Cashfree", "PhonePe PG", "Instamojo", "Easebuzz", "BillDesk", "Juspay"]
PG_WAYS = ["UPI", "card", "netbanking", "UPI", "UPI", "card", "netbanking", "UPI"]


def gateway_order(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment gateway's result page for an order on the stockist's own ordering site (Razorpay, PayU, Cashfree,
    PhonePe PG, Instamojo, Easebuzz, BillDesk, Juspay; in a browser or a phone's browser): Paying / Merchant / You
    paid and the stockist, the outcome, the sum, the order's number, the gateway's id (Payment ID pay_..., PayU ID,
    CF Payment ID, PhonePe Transaction ID, MOJO id, Easepay ID, BillDesk's Transaction Reference No, Juspay's
    Transaction ID), a Bank Ref No / UPI RRN on some, Paid via, the day, a masked mobile; a failed and a pending one."""
    k = place("gateway_order")
    status = outcome(k, failed=(2,), pending=(7,))
    gw = PG[k]
    way = PG_WAYS[k]
    no_ref, no_day = k == 1, k == 6
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=2000, high=120000, p_round=0.3, firm=0.3)
    slug = "".join(ch for ch in STOCKISTS[d.town][0].lower() if ch.isalpha())[:14]
    p = screen(rng, font, "browser", width=rng.choice([660, 700]), size=rng.choice([19, 20]))
    p.style["h106"]["url"] = {"Razorpay": "api.razorpay.com/v1/checkout/public", "PayU": "secure.payu.in/_payment",
                              "Cashfree": "payments.cashfree.com/order/#",
                              "PhonePe PG": "mercury.phonepe.com/transact/pg",
                              "Instamojo": f"www.instamojo.com/@{slug}/", "Easebuzz": "pay.easebuzz.in/pay/secure",
                              "BillDesk": "pgi.billdesk.com/pgidsk/PGIMerchantPayment",
                              "Juspay": f"{slug}.in/payment/response"}[gw]
    rs = money(rng, font, 0.3, marks=("₹", "INR", "Rs."))
    p.part = "head"
    p.add("small", rng.choice(["Paying", "Merchant", "You are paying"]))
    top(p, d.to, merchant=d.to)
    p.add("center", rng.choice(["Online order payment", "Order from retailer portal", "Pharma order"]))
    p.add("rule")
    p.part = "body"
    status_line(p, {"success": ["Payment Successful", "Your payment was successful", "Transaction Successful"],
                    "failed": ["Payment Failed", "Transaction Failed", "Payment was not successful"],
                    "pending": ["Payment Pending", "Payment is being processed", "Awaiting confirmation from bank"]},
                status)
    p.pair(rng.choice(["Amount", "Amount Paid", "Transaction Amount"]) if status == "success"
           else rng.choice(["Amount", "Transaction Amount"]), rs(d.amount), amount=d.amount)
    if not no_ref:
        rows = []
        oid = rng.choice([f"SO-{digits(rng, 6)}", f"ORD{digits(rng, 8)}"])
        rows.append((rng.choice(["Order ID", "Order No."]), oid, (ORDER_RANK, oid)))
        if gw == "Razorpay":
            pid = "pay_" + code(rng, 14, ALNUM)
            rows.append(("Payment ID", pid, (TXN_RANK, pid)))
        elif gw == "PayU":
            pid = digits(rng, 11)
            rows.append(("PayU ID", pid, (TXN_RANK, pid)))
        elif gw == "Cashfree":
            pid = digits(rng, 10)
            rows.append(("CF Payment ID", pid, (TXN_RANK, pid)))
        elif gw == "PhonePe PG":
            pid = f"T{d.date:%y%m%d}{digits(rng, 14)}"
            rows.append(("PhonePe Transaction ID", pid, (TXN_RANK, pid)))
        elif gw == "Instamojo":
            pid = f"MOJO{rng.randrange(5, 6)}{code(rng, 3, UPPER)}{digits(rng, 5)}N{digits(rng, 5)}"
            rows.append(("Payment ID", pid, (TXN_RANK, pid)))
        elif gw == "Easebuzz":
            pid = "E" + digits(rng, 9) + code(rng, 5, UPPER)
            rows.append(("Easepay ID", pid, (TXN_RANK, pid)))
        elif gw == "BillDesk":
            pid = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            rows.append(("Transaction Reference No", pid, (BANK_RANK, pid)))
        else:
            pid = f"{code(rng, 4, UPPER)}{digits(rng, 12)}"
            rows.append(("Transaction ID", pid, (TXN_RANK, pid)))
        if status == "success" and way != "card" and rng.random() < 0.6:
            ref = utr(rng, d.date)
            rows.append(("UPI RRN" if way == "UPI" else "Bank Ref No", ref,
                         (UTR_RANK if way == "UPI" else BANK_RANK, ref)))
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    how = {"UPI": rng.choice(["UPI", "UPI - QR", "UPI Intent (PhonePe)"]),
           "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['Debit', 'Credit'])} Card "
                   f"{masked(rng, font)}",
           "netbanking": f"Net Banking - {rng.choice(['Canara Bank', 'Punjab National Bank', 'Bank of Baroda'])}"}
    p.pair(rng.choice(["Paid via", "Payment Mode", "Payment Method"]), how[way], method=way)
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Date", "Date & Time"]),
               stamp(rng, d.date, twelve=rng.random() < 0.5), date=d.date)
    p.pair(rng.choice(["Mobile", "Contact"]), f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}")
    if status == "failed":
        p.add("small", "If money was deducted, it will be refunded to the source within 5-7 working days.")
    if status == "pending":
        p.add("small", "Please do not place the order again. Check the status after 30 minutes.")
    p.part = "foot"
    p.add("gap")
    p.add("center", {"success": "Back to merchant", "failed": "Retry payment", "pending": "Check status"}[status])
    p.add("small", rng.choice([f"Secured by {gw}", f"Powered by {gw}"]))
    return p.done()


# ---------------------------------------------------------------- 12. a screenshot forwarded in a WhatsApp chat


CHAT_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "bank", "PhonePe", "Google Pay", "bank"]
CHAT_IN = ["Bhaiya payment kar diya, check kar lo", "Sir payment done, please check",
           "Payment sent for last bill", "Sending screenshot. Please adjust in ledger",
           "Kal wala order bhi bhej dena", "Done. Please confirm"]
CHAT_OUT = ["Received, thank you", "Ok ji, checking", "Noted, will update ledger", "Let me verify with the bank",
            "Ok sir"]


def whatsapp_forward(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A chemist's payment screenshot forwarded to the stockist on WhatsApp (the chat's header with the chemist's
    name, a day divider, a text from the chemist, the screenshot in a bubble with its hour, the stockist's reply; no
    sum, number or other day written in any text): the screen inside a UPI app's (PhonePe, Google Pay, Paytm, BHIM)
    as ``upi_chemist``'s rows, or a bank app's IMPS (two); a failed and a pending one."""
    k = place("whatsapp_forward")
    status = outcome(k, failed=(6,), pending=(3,))
    app = CHAT_APPS[k]
    dark = rng.random() < 0.3
    d = Deal(rng, status, no_ref=k == 1, no_day=k == 5, high=150000)
    rs = money(rng, font, 0.6)
    p = screen(rng, font, "crop", dark=dark, width=600)
    if app == "bank":
        bank = rng.choice(["Jana Bank", "TMB mConnect+", "Utkarsh Bank"])
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
        name, band, handles, _ = UAPPS[app]
        head(p, name, band, dark, ["UPI payment"])
        upi_rows(p, d, rs, handles, app_id(rng, app, d.date), src(rng, font))
    contact = f"{d.payer} ({rng.choice(OWNERS).split()[0]})" if rng.random() < 0.5 else d.payer
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

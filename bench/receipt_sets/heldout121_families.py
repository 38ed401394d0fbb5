"""The twelve heldout121 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a seventh random day's proofs of payment, as a coaching institute and a school in a
tier-2 Indian city (Kota, Patna, Dehradun, Mysuru, Nashik, Ranchi, Guntur, Jalandhar) receive them in 2026 from
parents and students: fees from ₹1,500 to ₹2,50,000. UPI result screens (light and dark); a school ERP's online fee
receipt; a fee-collection gateway's result page; an education loan's disbursement advice; an instalment plan's
receipt; the school's printed counter receipt with a scholarship adjusted; a bank's fee challan stamped at the
branch; a parent's bank SMS; the office counter's card charge slip; a UPI screenshot forwarded in a parents' group
chat; an education fee paid through Bharat BillPay in an app; a bank app's transfer to the institute's account.
Every row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth is
read back from the rows the page keeps. Headings, footers, fee heads, totals before a scholarship, balances, loan
sanctions, later instalments, chat texts and the payer's own details carry no fact. ``compose`` is heldout119's
(heldout118's and heldout117's frames and marks), with two marks of this set's own: a bank's rubber stamp over a
challan, and a WhatsApp group chat whose bubbles carry their senders' names round one forwarded screenshot.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout14_render
from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, colour, day26, labelled, other_sum, paper, screen
from bench.receipt_sets.heldout117_families import phone_extras
from bench.receipt_sets.heldout118_families import IAPPS, chat_times, handle, head, ios, masked, money, own_id
from bench.receipt_sets.heldout119_families import compose as compose119
from bench.receipt_sets.heldout119_families import ifsc, outcome, slip_sum

PLAIN = heldout14_render.render
TURNS: dict[str, int] = {}
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CITIES = [("Kota", "324005", "Indra Vihar", "Rajasthan"), ("Patna", "800001", "Boring Road", "Bihar"),
          ("Dehradun", "248001", "Rajpur Road", "Uttarakhand"), ("Mysuru", "570009", "Kuvempunagar", "Karnataka"),
          ("Nashik", "422005", "College Road", "Maharashtra"), ("Ranchi", "834001", "Lalpur", "Jharkhand"),
          ("Guntur", "522002", "Brodipet", "Andhra Pradesh"), ("Jalandhar", "144001", "Model Town", "Punjab")]
# the institute or school of each city (the payee), and its company or society name on some pages
SCHOOLS = [("Pinnacle Career Institute", "Pinnacle Edutech Pvt Ltd"),
           ("Patliputra Public School", "Patliputra Education Trust"),
           ("Doon Heritage School", "Doon Heritage Educational Society"),
           ("Chamundi Vidyaniketan", "Chamundi Vidya Samsthe"),
           ("Godavari International School", "Godavari Shikshan Mandal"),
           ("Aryabhatt JEE Academy", "Aryabhatt Edu Services LLP"),
           ("Amaravati Junior College", "Amaravati Educational Society"),
           ("Punjab Model Sr. Sec. School", "Punjab Model Education Society")]
PARENTS = ["Ramesh Kumar Sinha", "Sunita Devi", "Venkatesh Rao", "Harpreet Kaur", "Anil Kumar Jha",
           "Meera Kulkarni", "Srinivasa Reddy", "Gurpreet Singh Bains", "Kavita Bhandari", "Manoj Mahto",
           "Lakshmi Prasanna", "Rajeev Negi"]
STUDENTS = ["Aarav Sinha", "Ishita Kulkarni", "Sai Charan", "Jasleen Kaur", "Ritik Mahto", "Ananya Negi",
            "Harsh Jha", "Tanvi Bhandari", "Pranav Rao", "Simran Bains", "Keerthana P.", "Aditya Raj"]
CLASSES = ["Class 9 - B", "Class XI Science (PCM)", "Class 6 - A", "JEE Nurture (Class 11)", "NEET Repeater Batch",
           "Class XII Commerce", "Foundation (Class 8)", "LKG - Rose", "Class 10 - C", "JEE Advanced Leader Batch"]
HEADS = ["Tuition Fee", "Admission Fee", "Development Fee", "Transport Fee", "Examination Fee", "Lab Fee",
         "Computer Fee", "Annual Charges", "Hostel Fee", "Mess Charges", "Study Material", "Test Series",
         "Smart Class Fee", "Sports Fee"]
NOTES = ["Term 1 fee Aarav 9B", "Tuition fee Q1", "JEE batch 1st instalment", "Hostel fee Ishita",
         "Admission fee LKG", "Bus fee Term 1", "NEET test series", "Exam fee Class 10", "School fee Ananya",
         "Coaching fee balance"]
PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%d.%m.%Y", "%a, {d} %b %Y",
        "%b {d}, %Y", "%d %b, %Y", "%Y-%m-%d", "{d} %b '%y", "%d %B %Y", "%A, {d} %B %Y"]
SLIP_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%d/%m/%y", "%d %b %Y"]
PSB = ["State Bank of India", "Punjab National Bank", "Bank of Baroda", "Canara Bank", "Union Bank of India",
       "Bank of India", "Indian Bank", "UCO Bank"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Federal Bank", "IDFC FIRST Bank",
       "Karnataka Bank", "Punjab & Sind Bank"]
SUCCESS = ["Payment Successful", "Paid successfully", "Transaction Successful", "Fee paid successfully",
           "Payment done"]
FAILED = ["Payment Failed", "Transaction failed", "Payment declined", "Fee payment failed"]
PENDING = ["Payment Pending", "Payment processing", "Transaction pending", "Awaiting bank confirmation"]
WORDS = {"success": SUCCESS, "failed": FAILED, "pending": PENDING}
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "The school will update the fee ledger once the bank confirms."]


def fresh() -> None:
    """Start every family's count again (``make_heldout121_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def school(rng: random.Random, *, firm: float = 0.2, caps: float = 0.25) -> tuple[str, int]:
    """The payee (the school's name, its trust's or company's on some) and its city's index."""
    i = rng.randrange(len(SCHOOLS))
    name = SCHOOLS[i][1] if rng.random() < firm else SCHOOLS[i][0]
    return (name.upper() if rng.random() < caps else name), i


def stamp(rng: random.Random, date: dt.date, pats: list[str] = PATS, *, hour: bool = True,
          twelve: bool = True) -> str:
    text = when(date, rng.choice(pats))
    if hour:
        text += rng.choice([", ", " ", " at ", " | ", " - "]) + hhmm(rng, twelve=twelve, lower=rng.random() < 0.3)
    return text


def fee(rng: random.Random, low: float = 1500, high: float = 250000, p_round: float = 0.85) -> float:
    """A fee: whole rupees on most (tens or hundreds), paise on a few (a gateway's or a late fee's)."""
    value = rupees(rng, low, high, p_round)
    if value == int(value) and value >= 5000 and rng.random() < 0.6:
        value = float(round(value / 100) * 100)
    return value


def heads(rng: random.Random, total: float) -> list[tuple[str, float]]:
    """Two to four fee heads adding up to ``total`` (whole rupees)."""
    names = rng.sample(HEADS, rng.randint(2, 4))
    left, out = int(total), []
    for name in names[:-1]:
        part = max(100, int(left * rng.uniform(0.15, 0.45) / 50) * 50)
        out.append((name, float(part)))
        left -= part
    out.append((names[-1], float(left)))
    return out


def android(p: Screen, banner: bool = False) -> None:
    phone_extras(p, banner=banner)


def status_line(p: Screen, words: dict, status: str) -> None:
    p.add("center", p.rng.choice(words[status]), status=status)
    if p.style["screen"]:
        p.accent(colour(status))


def student_no(rng: random.Random) -> str:
    return rng.choice([f"{code(rng, 3, UPPER)}/{rng.randrange(2018, 2026)}/{rng.randrange(100, 9999):04d}",
                       f"{rng.randrange(2019, 2026)}{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}",
                       f"ADM-{rng.randrange(1000, 9999)}"])


# ---------------------------------------------------------------- 1. UPI result screens for a fee


class Pay:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 1500,
                 high: float = 120000):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), fee(rng, low, high)
        self.to, _ = school(rng)
        self.ref = utr(rng, self.date)


def upi_rows(p: Screen, u: Pay, rs: Rs, handles: list[str], own: tuple | None, source: tuple[str, str]) -> None:
    """The outcome, the sum, the payee and its handle (parts outcome, amount, payee), the UPI reference and the app's
    own id on some (ref), the day, the account debited, a note on most (tail)."""
    rng = p.rng
    p.part = "outcome"
    word = rng.choice(WORDS[u.status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if u.status == "success" and rng.random() < 0.4 else word,
          status=u.status)
    p.accent(colour(u.status))
    p.part = "amount"
    p.add("big", rs(u.amount), amount=u.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to", "Paid to:", "Payment to"] if u.status == "success"
                     else ["To", "Paying to", "Payment to"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", u.to, merchant=u.to)
    else:
        p.add("center", f"{lab} {u.to}", merchant=u.to)
    vpa = handle(rng, u.to, handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), method="UPI")
    if u.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif u.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details", "Transfer details"]))
    if not u.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "UPI Ref. No.",
                             "UTR No"]), u.ref, (UTR_RANK, u.ref))]
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = "tail"
    if not u.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Completed on"]),
                 stamp(rng, u.date), date=u.date)
    p.pair(*source)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks", "Purpose"]), rng.choice(NOTES))


UPI_APPS = ["PhonePe", "Google Pay", "Paytm", "CRED", "BHIM", "Amazon Pay", "Google Pay", "PhonePe"]


def upi_fee(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI app's result screen for a fee (PhonePe, Google Pay, Paytm, CRED, BHIM, Amazon Pay; dark on CRED and
    some others, an iPhone's bars or an Android navigation bar, a notification banner on one): the outcome, the sum,
    Paid to / To / Sent to / Payment to and the school's handle, the UPI reference and the app's own id on some, the
    day, Debited from / Paid from, a note ("Term 1 fee Aarav 9B"); a failed and a pending one."""
    k = place("upi_fee")
    status = outcome(k, failed=(4,), pending=(1,))
    app = UPI_APPS[k]
    dark = app == "CRED" or rng.random() < 0.35
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment status", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]))
    if rng.random() < 0.45:
        ios(p)
    else:
        android(p, banner=k == 5)
    rs = money(rng, font, 0.75)
    u = Pay(rng, status, no_ref=k == 6, no_day=k == 3)
    name, band, handles, _ = IAPPS[app]
    head(p, name, band, dark, ["UPI payment", "Pay to merchant", "Education"])
    upi_rows(p, u, rs, handles, own_id(rng, app, u.date),
             (rng.choice(["Debited from", "Paid from", "From", "Bank account"]),
              f"{rng.choice(PSB[:4] + PVT[:4])} {masked(rng, font)}"))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 2. a school ERP's online fee receipt


ERPS = [("Entab CampusCare", "{slug}.campuscare.in/Fee/OnlineReceipt"),
        ("Fedena", "{slug}.fedena.com/finance_extensions/fee_receipt"),
        ("MyClassboard", "app.myclassboard.com/{slug}/fees/receipt"),
        ("Teachmint", "{slug}.teachmint.com/fee/receipt"),
        ("Edunext", "{slug}.edunexttechnologies.com/Fees/Receipt"),
        ("Vidyalaya ERP", "erp.{slug}.edu.in/fees/printreceipt"),
        ("NLET School ERP", "{slug}.nletschool.com/OnlinePayment/Receipt"),
        ("Classplus", "{slug}.classplusapp.com/fees/receipt")]
ERP_WAYS = ["UPI", "card", "netbanking", "UPI", "UPI", "card", "netbanking", "UPI"]


def erp_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A school ERP's online fee receipt in a browser (Entab CampusCare, Fedena, MyClassboard, Teachmint, Edunext, a
    school's own, NLET, Classplus): the school on top with its address and affiliation, ONLINE FEE RECEIPT / Fee
    Receipt (Online), Receipt No, Receipt Date, the student's name, admission number, class and father's name, the
    fee heads and their Total, a Concession on some, Amount Paid / Net Amount Paid / Total Paid, Payment Mode
    (Online - UPI, Debit Card, Net Banking), the gateway's Transaction ID and the Bank Ref No on some, Payment
    Status; a failed and a pending one."""
    k = place("erp_receipt")
    status = outcome(k, failed=(2,), pending=(5,))
    no_ref, no_day = k == 7, k == 0
    erp, url = ERPS[k]
    i = rng.randrange(len(SCHOOLS))
    name = SCHOOLS[i][0]
    city, pin, street, state = CITIES[i]
    slug = "".join(ch for ch in name.lower() if ch.isalpha())[:12]
    p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([18, 19, 20]))
    p.style["h106"]["url"] = url.format(slug=slug)
    rs = money(rng, font, 0.8, marks=("₹", "Rs.", "INR", "Rs"))
    date = day26(rng)
    total = fee(rng, 3000, 90000, 1.0)
    cut = float(round(total * rng.choice([0.05, 0.1, 0.15]) / 10) * 10) if rng.random() < 0.35 else 0.0
    paid = total - cut
    way = ERP_WAYS[k]
    p.part = "head"
    shown = name.upper() if rng.random() < 0.5 else name
    p.add("title", shown, merchant=shown)
    p.add("center", f"{street}, {city} - {pin} ({state})")
    p.add("center", rng.choice([f"Affiliated to CBSE, New Delhi (Affiliation No. {rng.randrange(1030000, 3530000)})",
                                f"Affiliated to CISCE | School Code {state[:2].upper()}{rng.randrange(100, 999)}",
                                "Session 2026-27"]))
    p.add("center", rng.choice(["ONLINE FEE RECEIPT", "Fee Receipt (Online)", "E-RECEIPT - FEE PAYMENT"]))
    p.add("rule")
    p.part = "body"
    if not no_ref:
        number = rng.choice([f"OR/{rng.randrange(1000, 99999)}", f"{code(rng, 3, UPPER)}{rng.randrange(10000, 99999)}",
                             f"ONL-26-{rng.randrange(1000, 9999)}"])
        p.pair(rng.choice(["Receipt No", "Receipt No.", "Rcpt No"]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Receipt Date", "Date", "Payment Date"]),
               stamp(rng, date, SLIP_PATS, hour=rng.random() < 0.5), date=date)
    p.pair(rng.choice(["Student Name", "Name of Student", "Student"]), rng.choice(STUDENTS))
    if not no_ref:
        p.pair(rng.choice(["Admission No", "Adm. No.", "Scholar No"]), student_no(rng))
    else:
        p.pair("Roll No", str(rng.randrange(1, 60)))
    p.pair(rng.choice(["Class / Section", "Class", "Course"]), rng.choice(CLASSES))
    p.pair(rng.choice(["Father's Name", "Parent Name"]), rng.choice(PARENTS))
    p.pair(rng.choice(["Fee Period", "Installment"]), rng.choice(["Term I", "Quarter 1", "Term II", "Annual"]))
    p.add("rule")
    for label, value in heads(rng, total):
        p.pair(label, rs(value))
    p.pair(rng.choice(["Total", "Total Fee", "Gross Amount"]), rs(total))
    if cut:
        p.pair(rng.choice(["Concession", "Sibling Concession", "Less: Discount"]), rs(cut))
    p.pair(rng.choice(["Amount Paid", "Net Amount Paid", "Total Paid"]) if status == "success" else "Amount",
           rs(paid), amount=paid)
    if glyphs(font, words_in_rupees(paid)) and rng.random() < 0.5:
        p.add("left", f"({words_in_rupees(paid)})")
    how = {"UPI": rng.choice(["Online - UPI", "UPI", "Online (UPI)"]),
           "card": rng.choice(["Online - Debit Card", "Credit Card", "Debit Card (RuPay)"]),
           "netbanking": rng.choice(["Online - Net Banking", "Net Banking"])}[way]
    p.pair(rng.choice(["Payment Mode", "Mode of Payment", "Paid through"]), how, method=way)
    if not no_ref:
        tid = rng.choice([digits(rng, 14), f"{code(rng, 4, UPPER)}{digits(rng, 10)}"])
        rows = [(rng.choice(["Transaction ID", "Txn ID", "Gateway Txn ID"]), tid, (TXN_RANK, tid))]
        if status != "failed" and rng.random() < 0.6:
            ref = utr(rng, date)
            rows.append((rng.choice(["Bank Ref No", "Bank Reference No."]), ref, (BANK_RANK, ref)))
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    p.pair(rng.choice(["Payment Status", "Status", "Transaction Status"]),
           rng.choice({"success": ["Success", "SUCCESS", "Paid"], "failed": ["Failed", "FAILURE"],
                       "pending": ["Pending", "Awaited", "In Process"]}[status]), status=status)
    p.accent(colour(status))
    if status == "failed":
        p.add("small", "Fee not received. Amount, if debited, will be refunded by the payment gateway.")
    if status == "pending":
        p.add("small", "The receipt will be confirmed once the bank settles the payment. Do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["This is a computer generated receipt and does not require a signature.",
                               f"Powered by {erp}", "Fee once paid is not refundable or transferable."]))
    return p.done()


# ---------------------------------------------------------------- 3. a fee-collection gateway's result page


GATEWAYS = ["SBI Collect", "ICICI Eazypay", "Easebuzz", "Razorpay", "PayU", "Paytm PG", "CCAvenue", "Cashfree"]
GW_URLS = {"SBI Collect": "onlinesbi.sbi/sbicollect/payment/showreceipt.htm",
           "ICICI Eazypay": "eazypay.icicibank.com/EazyPGResponse",
           "Easebuzz": "pay.easebuzz.in/response/", "Razorpay": "pages.razorpay.com/pl_",
           "PayU": "secure.payu.in/response", "Paytm PG": "securegw.paytm.in/theia/processTransaction",
           "CCAvenue": "secure.ccavenue.com/transaction/transaction.do", "Cashfree": "payments.cashfree.com/order/#"}
GW_WAYS = ["netbanking", "UPI", "card", "UPI", "card", "UPI", "netbanking", "UPI"]


def fee_gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fee-collection gateway's result page in a browser (SBI Collect's e-receipt, ICICI Eazypay, Easebuzz,
    Razorpay, PayU, Paytm PG, CCAvenue, Cashfree): the institute on top or under Institution Name / Payment to /
    Merchant, the category, the student's details, the outcome, the sum, SB Collect Reference No DU…, Eazypay's
    Transaction ID and ICICI Reference No, Easepay ID and Bank Ref No, Payment ID pay_…, PayU ID and Bank Ref No,
    Order ID and Transaction ID, Tracking ID and Bank Ref. No., CF Payment ID and Bank Reference No; Paid via / Mode /
    Payment Method, the day; a failed and a pending one."""
    k = place("fee_gateway")
    status = outcome(k, failed=(6,), pending=(3,))
    gw = GATEWAYS[k]
    way = GW_WAYS[k]
    no_ref, no_day = k == 2, k == 5
    p = screen(rng, font, "browser", width=rng.choice([660, 700]), size=rng.choice([19, 20]))
    p.style["h106"]["url"] = GW_URLS[gw]
    rs = money(rng, font, 0.6, marks=("₹", "INR", "Rs.", "Rs"))
    date = day26(rng)
    amount = fee(rng, 2500, 250000, 0.7)
    to, _ = school(rng, firm=0.3, caps=0.5 if gw == "SBI Collect" else 0.2)
    p.part = "head"
    if gw == "SBI Collect":
        p.add("title", "State Bank Collect")
        p.add("center", "e-Receipt")
        p.add("rule")
        p.part = "body"
        p.pair("Category", "Educational Institutions")
        p.pair("Institution Name", to, merchant=to)
    else:
        p.add("small", rng.choice(["Payment to", "Paying", "You are paying"]))
        p.add("title", to, merchant=to)
        p.add("center", rng.choice(["School Fee Payment", "Course Fee", "Fee Collection"]))
        p.add("rule")
        p.part = "body"
    status_line(p, {"success": ["Payment Successful", "Transaction Successful", "Your payment was successful",
                                "Payment Received"],
                    "failed": ["Payment Failed", "Transaction Failed", "Payment was not successful"],
                    "pending": ["Payment Pending", "Transaction is pending", "Awaiting confirmation from bank"]},
                status)
    p.pair(rng.choice(["Amount", "Amount Paid", "Total Amount", "Transaction Amount"]) if status == "success"
           else rng.choice(["Amount", "Transaction Amount"]), rs(amount), amount=amount)
    p.pair(rng.choice(["Student Name", "Name of the Student"]), rng.choice(STUDENTS))
    if not no_ref:
        p.pair(rng.choice(["Enrollment No", "Student ID", "Registration No"]), student_no(rng))
    p.pair(rng.choice(["Class", "Course", "Programme"]), rng.choice(CLASSES))
    if not no_ref:
        rows = []
        if gw == "SBI Collect":
            ref = "DU" + digits(rng, 8)
            rows.append(("SB Collect Reference No", ref, (BANK_RANK, ref)))
        elif gw == "ICICI Eazypay":
            tid = digits(rng, 10)
            rows.append(("Eazypay Transaction ID", tid, (TXN_RANK, tid)))
            if status == "success":
                ref = utr(rng, date)
                rows.append(("ICICI Reference No", ref, (BANK_RANK, ref)))
        elif gw == "Easebuzz":
            eid = "E" + digits(rng, 9) + code(rng, 5, UPPER)
            rows.append(("Easepay ID", eid, (TXN_RANK, eid)))
        elif gw == "Razorpay":
            pid = "pay_" + code(rng, 14, ALNUM)
            rows.append(("Payment ID", pid, (TXN_RANK, pid)))
        elif gw == "PayU":
            pid = digits(rng, 11)
            rows.append(("PayU ID", pid, (TXN_RANK, pid)))
            if status == "success":
                ref = digits(rng, 12)
                rows.append(("Bank Ref No", ref, (BANK_RANK, ref)))
        elif gw == "Paytm PG":
            oid = f"FEE{date:%y%m%d}{digits(rng, 6)}"
            tid = f"2026{date:%m%d}{digits(rng, 16)}"
            rows.append(("Order ID", oid, (ORDER_RANK, oid)))
            rows.append(("Transaction ID", tid, (TXN_RANK, tid)))
        elif gw == "CCAvenue":
            tid = digits(rng, 12)
            rows.append(("Tracking ID", tid, (TXN_RANK, tid)))
            if status == "success":
                ref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                rows.append(("Bank Ref. No.", ref, (BANK_RANK, ref)))
        else:
            cf = digits(rng, 10)
            rows.append(("CF Payment ID", cf, (TXN_RANK, cf)))
            if status == "success":
                ref = utr(rng, date)
                rows.append(("Bank Reference No", ref, (BANK_RANK, ref)))
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    how = {"UPI": rng.choice(["UPI", "UPI - QR", "UPI (PhonePe)", "UPI Intent"]),
           "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['Debit', 'Credit'])} Card "
                   f"{masked(rng, font)}",
           "netbanking": f"Net Banking - {rng.choice(['SBI', 'Canara Bank', 'Punjab National Bank', 'HDFC Bank'])}"}
    p.pair(rng.choice(["Paid via", "Payment Mode", "Mode", "Payment Method"]), how[way], method=way)
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Date", "Payment Date", "Date & Time"]),
               stamp(rng, date, twelve=rng.random() < 0.5), date=date)
    p.pair(rng.choice(["Mobile", "Mobile No."]), f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}")
    if status == "failed":
        p.add("small", "If money was deducted, it will be refunded to the source within 5-7 working days.")
    if status == "pending":
        p.add("small", "Please check the status after 2 hours before paying again.")
    p.part = "foot"
    p.add("gap")
    p.add("center", {"success": "Print receipt", "failed": "Try again", "pending": "Check status"}[status])
    p.add("small", rng.choice([f"Secured by {gw}", f"Powered by {gw}"]) if gw != "SBI Collect"
          else "State Bank of India. All rights reserved.")
    return p.done()


# ---------------------------------------------------------------- 4. an education loan's disbursement advice


LENDERS = [("State Bank of India", "SBI Scholar Loan", "SBIN", "sbi.co.in"),
           ("HDFC Credila", "Education Loan", "HDFC", "hdfccredila.com"),
           ("Avanse Financial Services", "Education Loan", "UTIB", "avanse.com"),
           ("Bank of Baroda", "Baroda Vidya", "BARB", "bankofbaroda.co.in"),
           ("Canara Bank", "Vidya Turant", "CNRB", "canarabank.com"),
           ("Punjab National Bank", "PNB Saraswati", "PUNB", "pnb.co.in"),
           ("Auxilo Finserve", "Education Loan", "ICIC", "auxilo.com"),
           ("Union Bank of India", "Union Education", "UBIN", "unionbankofindia.co.in")]


def loan_disbursal(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An education loan's disbursement advice, as the lender's e-mail (four) or its letter printed and
    photographed (four): Disbursement Advice, the student, the course, Disbursed to / Institution / Beneficiary (the
    institute), Sanctioned Amount, Amount Disbursed / Disbursement Amount / This Disbursement, Total disbursed till
    date, Mode NEFT / RTGS to the institution's account, UTR, Date of Disbursement / Disbursement Date / Value
    Date, Loan Account No, the rate and moratorium; a failed and a pending one."""
    k = place("loan_disbursal")
    status = outcome(k, failed=(5,), pending=(2,))
    lender, scheme, ifsc_head, domain = LENDERS[k]
    no_ref, no_day = k == 4, k == 7
    mail = k in (0, 2, 5, 7)
    date = day26(rng)
    amount = fee(rng, 45000, 250000, 0.95)
    sanction = float(rng.choice([400000, 600000, 750000, 1000000, 1500000]))
    to, _ = school(rng, firm=0.4, caps=0.5)
    mode = "RTGS" if amount >= 200000 and rng.random() < 0.7 else "NEFT"
    rs = money(rng, font, 0.85, marks=("Rs.", "INR", "Rs", "₹"))
    student = rng.choice(STUDENTS)
    if mail:
        p = screen(rng, font, "mail", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        subject = {"success": f"Disbursement of your {scheme} - {student}",
                   "failed": "Disbursement returned - action required",
                   "pending": "Disbursement initiated for your education loan"}[status]
        p.style["h106"].update({"from": f"{lender} <loans@{domain}>", "subject": subject, "sent": hhmm(rng)})
        p.part = "body"
        p.add("left", rng.choice([f"Dear {student},", f"Dear {rng.choice(PARENTS)},", "Dear Customer,"]))
        p.add("gap")
    else:
        p = screen(rng, font, width=rng.choice([600, 640]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        p.add("title", lender)
        p.add("center", rng.choice([f"{CITIES[k][0]} Branch", "Education Loan Centre", "Retail Assets Hub"]))
        p.add("center", rng.choice(["DISBURSEMENT ADVICE", "Disbursement Advice", "LOAN DISBURSEMENT INTIMATION"]))
        p.add("rule")
        p.part = "body"
        if not no_ref:
            p.add("left", f"Ref: EL/{code(rng, 3, UPPER)}/{rng.randrange(100, 999)}")
    sentence = {"success": rng.choice(["We are pleased to inform you that the following disbursement has been "
                                       "made directly to your institution.",
                                       "The amount below has been disbursed to the institution towards your fees."]),
                "failed": "The disbursement below was returned by the beneficiary bank as the account details did "
                          "not match. Please ask the institution to confirm its bank details.",
                "pending": "The disbursement below has been initiated and is awaiting credit confirmation from the "
                           "institution's bank."}[status]
    p.add("left", sentence, status=status)
    p.add("gap")
    if not no_ref:
        p.pair(rng.choice(["Loan Account No", "Loan A/c No."]), f"{code(rng, 2, UPPER)}{digits(rng, 12)}")
    p.pair(rng.choice(["Student Name", "Borrower"]), student)
    p.pair("Course", rng.choice(["B.Tech (CSE) - Year 1", "JEE Coaching (2 yr)", "MBBS Coaching - NEET",
                                 "Class XI-XII Integrated", "BBA - Semester 1"]))
    p.pair(rng.choice(["Disbursed to", "Institution", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Sanctioned Amount", "Loan Sanctioned"]), rs(sanction))
    p.pair(rng.choice(["Amount Disbursed", "Disbursement Amount", "This Disbursement"]) if status == "success"
           else "Disbursement Amount", rs(amount), amount=amount)
    if status == "success" and rng.random() < 0.6:
        p.pair(rng.choice(["Total disbursed till date", "Cumulative Disbursement"]),
               rs(amount + float(rng.choice([0, 0, 120000, 85000]))) if rng.random() < 0.5 else rs(amount))
    p.pair(rng.choice(["Mode", "Mode of Disbursement", "Payment Mode"]), f"{mode} to institution's account",
           method="netbanking")
    p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)} ({ifsc(rng)})")
    if not no_ref and status != "failed":
        ref = neft_utr(ifsc_head, rng, date) if mode == "NEFT" else rtgs_utr(ifsc_head, rng, date)
        p.pair(rng.choice(["UTR No", "UTR", "UTR Number"]), ref, txn=(UTR_RANK, ref))
    if not no_ref and status == "failed":
        ref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        p.pair("Transaction Reference No", ref, txn=(BANK_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Date of Disbursement", "Disbursement Date", "Value Date"]),
               when(date, rng.choice(SLIP_PATS if not mail else PATS)), date=date)
    p.pair(rng.choice(["Rate of Interest", "ROI"]), f"{rng.choice(['8.65', '9.15', '10.25', '11.50'])}% p.a.")
    p.pair("Moratorium", rng.choice(["Course period + 1 year", "Course period + 6 months"]))
    p.add("small", "Interest during the moratorium is charged on the amount disbursed only.")
    p.part = "foot"
    if mail:
        p.add("small", f"Warm regards, {lender}")
        p.add("small", "This is a system-generated e-mail. Please do not reply.")
    else:
        p.add("right", "Branch Manager")
        p.add("small", "This advice is computer generated and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 5. instalment plans: one instalment paid


PLAN_APPS = ["Pinnacle Student App", "GrayQuest", "Aryabhatt Learning App", "Propelld", "Classplus",
             "Eduvanz", "Teachmint", "Jodo"]
FINANCERS = {"GrayQuest", "Propelld", "Eduvanz", "Jodo"}
OWN_APPS = {"Pinnacle Student App": 0, "Aryabhatt Learning App": 5}


def instalment_plan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An instalment plan's receipt for a course fee (an institute's student app, Classplus, Teachmint; the fee
    financiers GrayQuest, Propelld, Eduvanz, Jodo with 0% plans): Instalment 1 of 3 (or 2 of 4) paid, the sum, Paid
    to / Institute, the student, the course, Total course fee, Paid now / Instalment amount / Amount paid, Paid till
    date, Balance outstanding, Next instalment with its due day, Payment mode, the provider's Transaction ID or
    Receipt No and a UPI reference on some, Paid on; a failed and a pending one."""
    k = place("instalment_plan")
    status = outcome(k, failed=(1,), pending=(7,))
    app = PLAN_APPS[k]
    no_ref, no_day = k == 3, k == 6
    financier = app in FINANCERS
    dark = rng.random() < 0.25
    browser = k in (2, 5)
    if browser:
        p = screen(rng, font, "browser", width=rng.choice([640, 680]), size=rng.choice([19, 20]))
        slug = app.split()[0].lower()
        p.style["h106"]["url"] = f"{slug}.in/fees/plan/receipt" if no_ref else f"{slug}.in/fees/{code(rng, 8, ALNUM)}"
    else:
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Fee details", "Payments"]),
                   buttons=rng.choice([("Download receipt",), ("Done",), ()]))
        if rng.random() < 0.4:
            ios(p)
        else:
            android(p, banner=k == 4)
    rs = money(rng, font, 0.8)
    date = day26(rng)
    parts = rng.choice([3, 3, 4, 2])
    nth = rng.randrange(1, parts)
    total = float(rng.choice([96000, 135000, 168000, 210000, 54000, 72000, 245000, 120000]))
    amount = float(round(total / parts))
    to, _ = school(rng, firm=0.3 if financier else 0.1)
    if app in OWN_APPS:  # an institute's own app pays that institute
        to = SCHOOLS[OWN_APPS[app]][0]
        to = to.upper() if rng.random() < 0.3 else to
    p.part = "head"
    p.add("title", app)
    p.add("small", rng.choice(["Fee plan", "0% EMI fee plan" if financier else "Instalment plan", "Course fee"]))
    p.part = "body"
    words = {"success": [f"Instalment {nth} of {parts} paid", "Payment Successful", f"EMI {nth} of {parts} paid"],
             "failed": ["Payment Failed", f"Instalment {nth} payment failed"],
             "pending": ["Payment Pending", f"Instalment {nth} payment processing"]}
    status_line(p, words, status)
    p.add("big", rs(amount), amount=amount)
    p.pair(rng.choice(["Paid to", "Institute", "Institute Name"]) if status == "success"
           else rng.choice(["Institute", "Paying to"]), to, merchant=to)
    p.pair(rng.choice(["Student", "Student Name"]), rng.choice(STUDENTS))
    p.pair(rng.choice(["Course", "Batch"]), rng.choice(CLASSES))
    p.add("rule")
    p.pair(rng.choice(["Total course fee", "Total fee", "Plan amount"]), rs(total))
    p.pair(rng.choice(["Instalment amount", "This instalment"]), rs(amount))
    if status == "success":
        p.pair(rng.choice(["Paid till date", "Total paid"]), rs(amount * nth))
        p.pair(rng.choice(["Balance outstanding", "Remaining"]), rs(total - amount * nth))
    nxt = rs(amount) if nth < parts - 1 else rs(total - amount * (parts - 1))
    if not no_day:
        due = date + dt.timedelta(days=rng.choice([30, 45, 60, 90]))
        p.pair(rng.choice(["Next instalment due", "Next due date", "Next EMI on"]),
               f"{when(due, rng.choice(PATS[:7]))} ({nxt})" if rng.random() < 0.5 else when(due, rng.choice(PATS[:7])))
    else:
        p.pair("Next instalment", nxt)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"]) if not financier else rng.choice(["UPI", "netbanking"])
    how = {"UPI": rng.choice(["UPI", "UPI - Google Pay", "UPI AutoPay"]) if not financier else "UPI",
           "card": f"Debit card {masked(rng, font)}", "netbanking": rng.choice(["Net Banking", "e-NACH (Net Banking)"])}
    p.pair(rng.choice(["Payment mode", "Paid via", "Payment method"]), how[way], method=way)
    if not no_ref:
        rows = []
        own = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 12)}", digits(rng, 15)])
        rows.append((rng.choice(["Transaction ID", "Payment ID"]), own, (TXN_RANK, own)))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            ref = utr(rng, date)
            rows.append((rng.choice(["UPI Ref No", "UTR"]), ref, (UTR_RANK, ref)))
        if not financier and rng.random() < 0.5:
            number = f"FR/{date.year}/{rng.randrange(1000, 99999)}"
            rows.append(("Receipt No", number, (INVOICE_RANK, number)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date"]), stamp(rng, date), date=date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    if financier:
        p.add("small", f"{app} has paid the institute on your behalf. No interest is charged on this plan.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Need help? Chat with us", "Auto-debit is set up for the next instalment."]))
    return p.done()


# ---------------------------------------------------------------- 6. the school's counter receipt, scholarship adjusted


SCHOLARSHIPS = ["Less: Merit Scholarship (25%)", "Less: Post-Matric Scholarship (State)",
                "Less: Sibling Concession", "Less: Staff Ward Concession", "Less: Scholarship adjusted",
                "Less: Talent Search Scholarship", "Less: EWS Fee Waiver", "Less: Sports Quota Concession"]
COUNTER_WAYS = ["cash", "UPI", "cheque", "cash", "card", "cheque", "UPI", "cash"]


def scholarship_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school's printed counter fee receipt, photographed (paper, a serif face): the school in capitals, its
    address and phone, FEE RECEIPT / MONEY RECEIPT, Receipt No, Date, the student, class, admission number, the fee
    heads, Gross Fee, Less: a scholarship or concession adjusted, Net Fee Payable, Amount Received, Balance Due on
    some, Mode of Payment (Cash, UPI with its reference, Cheque / DD with its number, Card), the outcome, the
    cashier; a cheque dishonoured (failed) and a DD awaiting realisation (pending)."""
    k = place("scholarship_receipt")
    status = outcome(k, failed=(5,), pending=(2,))
    no_ref, no_day = k == 4, k == 1
    p = screen(rng, font, width=rng.choice([580, 620]), size=rng.choice([18, 19]))
    paper(p, rng)
    date = day26(rng)
    i = k
    name = SCHOOLS[i][0].upper()
    city, pin, street, _ = CITIES[i]
    rs = money(rng, font, 0.9, marks=("₹", "Rs.", "Rs"))
    gross = float(rng.choice([24000, 36500, 48000, 62000, 85000, 112000, 18600, 150000]))
    waiver = float(round(gross * rng.choice([0.1, 0.25, 0.5, 0.15]) / 10) * 10)
    net = gross - waiver
    part = rng.random() < 0.3 and status == "success"
    amount = float(round(net * 0.5 / 100) * 100) if part else net
    way = COUNTER_WAYS[k]
    p.part = "head"
    p.add("title", name, merchant=name)
    p.add("center", f"{street}, {city} - {pin}")
    p.add("center", f"Ph: 0{rng.randrange(100, 999)}-{digits(rng, 7)}")
    p.add("center", rng.choice(["FEE RECEIPT", "MONEY RECEIPT", "FEE RECEIPT (OFFICE COPY)"]))
    p.add("rule")
    p.part = "body"
    if not no_ref:
        number = rng.choice([str(rng.randrange(1000, 99999)), f"FR-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Receipt No.", "Receipt No:", "Sl. No."]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Date:", "Dated:", "Date"]), when(date, rng.choice(SLIP_PATS)), date=date)
    p.pair(rng.choice(["Student:", "Name:"]), rng.choice(STUDENTS))
    p.pair(rng.choice(["Class:", "Class & Sec:"]), rng.choice(CLASSES[:7]))
    if not no_ref:
        p.pair(rng.choice(["Adm. No:", "S.R. No:"]), student_no(rng))
    p.add("rule")
    for label, value in heads(rng, gross):
        p.pair(label, rs(value))
    p.pair(rng.choice(["Gross Fee", "Total Fee"]), rs(gross))
    p.pair(SCHOLARSHIPS[k], rs(waiver))
    p.pair(rng.choice(["Net Fee Payable", "Net Payable"]), rs(net))
    p.pair(rng.choice(["Amount Received", "Received"]) if status == "success" else "Amount", rs(amount),
           amount=amount)
    if part:
        p.pair(rng.choice(["Balance Due", "Balance"]), rs(net - amount))
    words = f"Rupees {words_in_rupees(amount)}"
    if glyphs(font, words) and rng.random() < 0.6:
        p.add("left", words)
    how = {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (School QR)", "PhonePe UPI"]),
           "card": "Debit Card (POS)",
           "cheque": rng.choice([f"Cheque No. {rng.randrange(100000, 999999)}",
                                 f"DD No. {rng.randrange(100000, 999999)}"])}[way]
    p.pair(rng.choice(["Mode of Payment", "Payment Mode", "Paid by"]), how,
           **({} if way == "cheque" else {"method": way}))
    if way == "cheque":
        p.pair("Drawn on", rng.choice(PSB + PVT))
    if not no_ref and way == "UPI" and status == "success":
        ref = utr(rng, date)
        p.pair(rng.choice(["UPI Ref No", "UTR No"]), ref, txn=(UTR_RANK, ref))
    p.add("rule")
    line = {"success": ["Received with thanks", "PAID", "FEE RECEIVED - THANK YOU"],
            "failed": ["CHEQUE DISHONOURED - RECEIPT CANCELLED"],
            "pending": ["Subject to realisation of DD / cheque", "PROVISIONAL - SUBJECT TO REALISATION"]}[status]
    p.add("center", rng.choice(line), status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Fee once paid will not be refunded.", "Please keep this receipt till the end of the session."]))
    p.add("right", rng.choice(["Cashier", "Accountant", "Authorised Signatory"]))
    return p.done()


# ---------------------------------------------------------------- 7. a bank's fee challan, stamped at the branch


CHALLAN_BANKS = ["STATE BANK OF INDIA", "CANARA BANK", "PUNJAB NATIONAL BANK", "UNION BANK OF INDIA",
                 "BANK OF BARODA", "INDIAN BANK", "HDFC BANK", "PUNJAB & SIND BANK"]
CHALLAN_WAYS = ["cash", "cash", "cheque", "cash", "cash", "cheque", "cash", "cash"]


def bank_challan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank's fee-collection challan (the student's or parent's copy), filled in print and stamped at the branch,
    photographed (paper, a monospace or serif face): the bank, FEE COLLECTION CHALLAN, the institution to credit and
    its account, Challan No, the student, father's name, class and roll number, the fee heads, TOTAL, the sum in
    words, Deposited by, Mode CASH or a cheque's number, Journal No / Txn Ref No, the cashier, and the branch's
    rubber stamp (the branch, the day, CASH RECEIVED / PAID; a cheque returned; a cheque for collection); a failed
    and a pending one."""
    k = place("bank_challan")
    status = outcome(k, failed=(2,), pending=(5,))
    no_ref, no_day = k == 6, k == 3
    bank = CHALLAN_BANKS[k]
    way = CHALLAN_WAYS[k]
    p = screen(rng, font, width=rng.choice([540, 580]), size=rng.choice([18, 19]))
    paper(p, rng)
    date = day26(rng)
    i = rng.randrange(len(SCHOOLS))
    to = (SCHOOLS[i][0] if rng.random() < 0.6 else SCHOOLS[i][1]).upper()
    city = CITIES[i][0].upper()
    amount = float(rng.choice([1500, 2400, 3850, 6200, 9750, 12500, 18000, 24600, 31250, 45000]))
    if way == "cash":
        amount = min(amount, 45000.0)
    p.part = "head"
    p.add("center", bank)
    p.add("center", rng.choice(["FEE COLLECTION CHALLAN", "FEE DEPOSIT CHALLAN", "CHALLAN - SCHOOL FEE"]))
    p.add("center", rng.choice(["STUDENT COPY", "DEPOSITOR'S COPY", "PARENT COPY"]))
    p.add("rule")
    p.part = "body"
    if not no_ref:
        number = f"{rng.randrange(2026, 2028)}{rng.randrange(100000, 999999)}"
        p.pair(rng.choice(["CHALLAN NO:", "CHALLAN NO."]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["DATE:", "DATE OF DEPOSIT:"]), when(date, rng.choice(SLIP_PATS), upper=True), date=date)
    p.pair(rng.choice(["CREDIT TO:", "INSTITUTION:", "NAME OF INSTITUTION:"]), to[:28].strip(), merchant=to[:28].strip())
    p.pair(rng.choice(["A/C NO:", "COLLECTION A/C:"]), f"{digits(rng, 3)}XXXXXX{digits(rng, 4)}")
    p.pair("STUDENT:", rng.choice(STUDENTS).upper())
    p.pair("FATHER'S NAME:", rng.choice(PARENTS).upper())
    p.pair(rng.choice(["CLASS:", "COURSE:"]), rng.choice(CLASSES[:7]).upper())
    p.pair("ROLL NO:", str(rng.randrange(1, 120)))
    p.add("rule")
    for label, value in heads(rng, amount):
        p.pair(label.upper() + ":", f"{value:,.2f}")
    p.pair(rng.choice(["TOTAL:", "TOTAL RS.:", "TOTAL AMOUNT:"]), slip_sum(rng, amount), amount=amount)
    words = words_in_rupees(amount).upper()
    if glyphs(font, words):
        p.add("left", f"(RUPEES {words})" if not words.startswith("RUPEES") else f"({words})")
    p.pair(rng.choice(["DEPOSITED BY:", "DEPOSITOR:"]), rng.choice(PARENTS).upper())
    if way == "cash":
        p.pair(rng.choice(["MODE:", "PAID IN:"]), "CASH", method="cash")
    else:
        p.pair(rng.choice(["CHQ NO:", "CHEQUE NO:"]), str(rng.randrange(100000, 999999)))
        p.pair("DRAWN ON:", rng.choice(PSB + PVT).upper())
    if not no_ref:
        own = rng.choice([digits(rng, 6), f"{code(rng, 1, UPPER)}{digits(rng, 7)}", digits(rng, 9)])
        p.pair(rng.choice(["JOURNAL NO:", "TXN REF NO:", "SCROLL NO:"]), own, txn=(BANK_RANK, own))
    p.add("rule")
    line = {"success": ["RECEIVED", "CASH RECEIVED - FEE CREDITED", "PAID"],
            "failed": ["CHEQUE RETURNED UNPAID - CHALLAN CANCELLED"],
            "pending": ["CHEQUE ACCEPTED FOR COLLECTION - SUBJECT TO REALISATION"]}[status]
    p.add("center", rng.choice(line), status=status)
    p.part = "foot"
    p.pair(rng.choice(["CASHIER:", "OFFICER:"]), f"{code(rng, 1, UPPER)}{rng.randrange(10, 99)}")
    p.add("small", "FEE ONCE DEPOSITED WILL NOT BE REFUNDED")
    seal = {"success": "CASH RECEIVED" if way == "cash" else "PAID", "failed": "RETURNED",
            "pending": "FOR COLLECTION"}[status]
    lines = [bank, f"{city} BRANCH"] + ([when(date, "%d %b %Y", upper=True)] if not no_day else []) + [seal]
    for text in lines:
        assert glyphs(font, text), (font, text)
    p.style["h121"] = {"stamp": {"lines": lines, "angle": rng.uniform(-18, 18), "at": (rng.uniform(0.5, 0.72),
                                                                                       rng.uniform(0.8, 0.92))}}
    return p.done()


# ---------------------------------------------------------------- 8. a parent's bank SMS


SENDERS = ["MAHABK", "IOBCHN", "UCOBNK", "CBoIIN", "FEDBNK", "KBLBNK", "PSBANK", "IDFCFB"]


def parent_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One alert from a parent's bank in a messages app: Bank of Maharashtra's "debited by Rs.X on <day> for UPI to
    <NAME> Ref No …", Indian Overseas Bank's NEFT narration "NEFT-<UTR>-<NAME>", UCO Bank's failed UPI, Central Bank
    of India's IMPS with no day (the divider says Today or Yesterday), Federal Bank's UPI to a handle (no name),
    Karnataka Bank's NEFT with its UTR, Punjab & Sind Bank's IMPS "is under process", IDFC FIRST's credit card
    spent at the school (no reference); the balance after on some."""
    k = place("parent_sms")
    status = outcome(k, failed=(2,), pending=(6,))
    no_day = k == 3
    date = day26(rng)
    amount = fee(rng, 1500, 180000, 0.8)
    acct = digits(rng, 4)
    to, _ = school(rng, firm=0.35, caps=1.0)
    named: str | None = to[:26].strip()
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    sum_text = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}",
                                  Rs(rng, "dejavu/DejaVuSans.ttf", marks=("Rs.",), groupings=("indian",)).bare(amount)])
    bal = f"{rng.choice(['Avl Bal', 'Avl bal:', 'Bal'])} {mark}{other_sum(rng, amount, 5000, 400000):,.2f}"
    method, txn = "netbanking", None
    if k == 0:
        ref = utr(rng, date)
        txn, method = (UTR_RANK, ref), "UPI"
        text = (f"Your A/c XXXXXX{acct} debited by {sum_text} on {when(date, '%d-%m-%Y')} for UPI to {named} Ref No "
                f"{ref}. Not you? Call 18002334526 -Bank of Maharashtra")
    elif k == 1:
        ref = neft_utr("IOBA", rng, date)
        txn = (UTR_RANK, ref)
        named = named[:20].strip()
        text = (f"Dear Customer, {sum_text} is debited from your A/c XX{acct[1:]} on {when(date, '%d-%b-%y', True)} "
                f"towards NEFT-{ref}-{named}. {bal} -IOB")
    elif k == 2:
        ref = utr(rng, date)
        txn, method = (UTR_RANK, ref), "UPI"
        text = (f"Your UPI txn of {sum_text} to {named} on {when(date, '%d/%m/%y')} from A/c XX{acct} has failed. "
                f"UPI Ref {ref}. Amount if debited will be refunded. -UCO Bank")
    elif k == 3:
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        text = (f"{sum_text} debited from A/c XX{acct} for IMPS to {named}. IMPS Ref {ref}. {bal} "
                f"-Central Bank of India")
    elif k == 4:
        named = None
        ref = utr(rng, date)
        txn, method = (UTR_RANK, ref), "UPI"
        vpa = handle(rng, to, ["icici", "hdfcbank", "axisbank", "sbi"])
        text = (f"{sum_text} sent via UPI from your A/c XX{acct} to VPA {vpa} on {when(date, '%d-%m-%Y')}. UPI Ref: "
                f"{ref}. If not done by you, call 18004251199 -Federal Bank")
    elif k == 5:
        ref = neft_utr("KARB", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your a/c no. XXXXX{acct} is debited for {sum_text} on {when(date, '%d-%m-%Y')} towards NEFT to "
                f"{named}, UTR {ref}. {bal} -Karnataka Bank")
    elif k == 6:
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your IMPS request of {sum_text} to {named} from A/c XX{acct} on {when(date, '%d-%m-%Y')} is under "
                f"process. Ref No {ref}. Please do not repeat the transfer. -Punjab & Sind Bank")
    else:
        method = "card"
        text = (f"{sum_text} spent on your IDFC FIRST Bank Credit Card ending XX{acct} at {named} on "
                f"{when(date, '%d-%b-%Y', True)}. Avl Limit: {mark}{other_sum(rng, amount, 20000, 300000):,.2f}. "
                f"Not you? Call 18001081888")
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD', 'JM'])}-{SENDERS[k]}-S"
    if no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice([when(date, "%A, {d} %B"), when(date, "{d} %b %Y"), when(date, "%a, {d} %b")])
    p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts = {"amount": amount, "method": method, "status": status}
    if not no_day:
        facts["date"] = date
    if txn:
        facts["txn"] = txn
    p.add("left", text, merchant=named, **facts)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- 9. the office counter's card charge slip


TERMINALS = ["Pine Labs", "Ezetap", "Paytm Card Machine", "Mswipe", "BharatPe Swipe", "Worldline",
             "PhonePe Smart POS", "Innoviti"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fee office's card terminal's charge slip (customer copy), photographed (paper, monospace): the vendor,
    the school in capitals, its road and city with the PIN code, SALE / CHARGE SLIP, DATE and TIME, MID, TID, BATCH
    NO, INVOICE NO / BILL NO, the scheme and CHIP / TAP, the masked card, AMOUNT / TOTAL / SALE AMOUNT, APPR CODE /
    AUTH CODE and RRN on approved slips, APPROVED, DECLINED with its response code, or a timed-out one pending; a
    failed and a pending one."""
    k = place("card_slip")
    status = outcome(k, failed=(3,), pending=(7,))
    no_ref, no_day = k == 1, k == 5
    p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([18, 19]))
    paper(p, rng)
    date = day26(rng)
    amount = fee(rng, 1500, 200000, 0.9)
    i = rng.randrange(len(SCHOOLS))
    store = SCHOOLS[i][0].upper()
    city, pin, street, _ = CITIES[i]
    p.part = "head"
    p.add("center", TERMINALS[k].upper() if rng.random() < 0.5 else TERMINALS[k])
    p.add("center", store, merchant=store)
    p.add("center", f"{street.upper()}, {city.upper()} {pin}")
    p.add("center", rng.choice(["SALE", "CHARGE SLIP", "CARD SALE", "SALE - CUSTOMER COPY"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=True)
    if not no_day:
        text = when(date, rng.choice(SLIP_PATS), upper=True)
        if rng.random() < 0.5:
            p.pair("DATE:", text, date=date)
            p.pair("TIME:", clock)
        else:
            p.add("left", f"DATE: {text}  TIME: {clock}", date=date)
    else:
        p.pair("TIME:", clock)
    p.pair(rng.choice(["MID:", "MID :"]), digits(rng, 15))
    p.pair(rng.choice(["TID:", "TID :"]), digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    p.pair(f"{scheme} {rng.choice(['CREDIT', 'DEBIT'])}", rng.choice(["CHIP", "TAP", "CONTACTLESS"]))
    p.add("left", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair(rng.choice(["CARD HOLDER:", "NAME:"]), rng.choice(PARENTS).upper())
    mark = rng.choice(["INR ", "Rs.", "RS.", "INR:"])
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMOUNT:", "BASE AMOUNT:"]), f"{mark}{amount:,.2f}", amount=amount)
    p.add("rule")
    if status == "success":
        if not no_ref:
            appr = f"{code(rng, 1, UPPER)}{digits(rng, 5)}" if rng.random() < 0.4 else digits(rng, 6)
            rows = [(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, (APPR_RANK, appr))]
            if rng.random() < 0.75:
                rrn = utr(rng, date)
                rows.append((rng.choice(["RRN:", "RRN NO:"]), rrn, (UTR_RANK, rrn)))
            rng.shuffle(rows)
            for label, value, txn in rows:
                p.pair(label, value, txn=txn)
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - PIN VERIFIED"]), status=status)
    elif status == "failed":
        p.add("center", rng.choice(["DECLINED", "TRANSACTION DECLINED"]), status=status)
        p.add("center", rng.choice(["RESP CODE 55: INCORRECT PIN", "RESP CODE 61: EXCEEDS WITHDRAWAL LIMIT"]))
    else:
        p.add("center", rng.choice(["TRANSACTION PENDING", "TXN STATUS: PENDING"]), status=status)
        p.add("center", "HOST NOT RESPONDING - DO NOT RETRY. CHECK WITH BANK")
    p.part = "foot"
    p.add("center", "CUSTOMER COPY")
    p.add("small", rng.choice(["I AGREE TO PAY AS PER CARD ISSUER AGREEMENT", f"POWERED BY {TERMINALS[k].upper()}"]))
    return p.done()


# ---------------------------------------------------------------- 10. a screenshot forwarded in a parents' group chat


GROUPS = ["Class 8-B Parents 2026-27", "JEE 2028 Parents - Pinnacle", "LKG Rose Parents", "Class 10-C Parents Grp",
          "NEET Repeaters Parents", "Class 6-A (Official)", "XI PCM Parents Group", "Class 9 B Parents"]
GROUP_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "PhonePe", "Google Pay", "Amazon Pay", "CRED"]
GROUP_TEXT = ["Has anyone paid the Term 2 fee?", "Which account is the fee going to this time?",
              "Sharing so others know the school ID", "Paid through the app, see below",
              "Fee portal not opening, paid by UPI", "Office said send the screenshot here",
              "Good morning all", "Is the late fee waived this time?"]
GROUP_REPLY = ["Thanks ji", "Received, will update the ledger", "Ok noted", "Same UPI ID for transport fee?",
               "Thank you for sharing"]


def group_chat(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A WhatsApp group of a class's parents (the group's name, its members on the header line, a day divider, texts
    from other parents with their names in their bubbles, one parent's forwarded UPI screenshot, the school
    office's or another parent's reply; no sum written and no other day in any text): the UPI screen inside
    (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay, CRED) as ``upi_fee``'s rows; a failed and a pending one."""
    k = place("group_chat")
    status = outcome(k, failed=(6,), pending=(2,))
    app = GROUP_APPS[k]
    name, band, handles, _ = IAPPS[app]
    dark = app == "CRED" or rng.random() < 0.3
    u = Pay(rng, status, no_ref=k == 5, no_day=k == 1)
    rs = money(rng, font, 0.75)
    p = screen(rng, font, "crop", dark=dark, width=600)
    head(p, name, band, dark, ["UPI payment"])
    upi_rows(p, u, rs, handles, own_id(rng, app, u.date),
             (rng.choice(["Debited from", "From"]), f"{rng.choice(PSB[:4] + PVT[:4])} {masked(rng, font)}"))
    if k in (3, 7):
        p.keep({"outcome", "amount", "payee", "ref", "tail"})
        p.style.pop("band", None)  # the sender cropped the app's band off before forwarding
    people = rng.sample(PARENTS, 3)
    bubbles = []
    if rng.random() < 0.8:
        bubbles.append(("in", people[0], rng.choice(GROUP_TEXT)))
    bubbles.append(("image", people[1], rng.choice(["", "Paid", "Done for Term 1", "Fee paid just now"])))
    if rng.random() < 0.7:
        bubbles.append(("in", rng.choice([people[2], "School Office"]), rng.choice(GROUP_REPLY)))
    for _, who, text in bubbles:
        assert glyphs(font, who + text), (font, who, text)
    divider = rng.choice(["Today", "Yesterday"]) if u.no_day or rng.random() < 0.4 else when(u.date, "{d} %B %Y")
    members = ", ".join(rng.sample([w.split()[0] for w in PARENTS], 3)) + ", You"
    assert glyphs(font, GROUPS[k] + members + divider)
    p.style["h121"] = {"group": {"name": GROUPS[k], "members": members, "divider": divider, "bubbles": bubbles,
                                 "times": chat_times(rng, len(bubbles)), "dark": rng.random() < 0.35}}
    return p.done()


# ---------------------------------------------------------------- 11. an education fee through Bharat BillPay


BBPS_APPS = ["PhonePe", "Paytm", "Google Pay", "Amazon Pay", "bob World", "Airtel Thanks", "MobiKwik", "CRED"]
BBPS_BANDS = {"bob World": (232, 96, 30), "Airtel Thanks": (228, 0, 43), "MobiKwik": (30, 60, 170)}
BBPS_WAYS = ["UPI", "UPI", "UPI", "wallet", "netbanking", "UPI", "wallet", "card"]


def bbps_education(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An education fee paid through Bharat BillPay in an app (PhonePe, Paytm, Google Pay, Amazon Pay, bob World,
    Airtel Thanks, MobiKwik, CRED; dark on some): Education Fees, the outcome, the sum, Biller Name / Biller /
    Institute (the school), Student ID / Enrollment No, the student's name, B-Connect Txn ID / BBPS Transaction ID /
    Bharat BillPay Ref No and a UPI Ref No on some, Paid via (UPI, a wallet, net banking, a card), the day; a failed
    and a pending one."""
    k = place("bbps_education")
    status = outcome(k, failed=(0,), pending=(5,))
    app = BBPS_APPS[k]
    no_ref, no_day = k == 2, k == 4
    dark = app == "CRED" or rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Education Fees", "Bill details"]),
               buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
    if rng.random() < 0.4:
        ios(p)
    else:
        android(p, banner=k == 6)
    rs = money(rng, font, 0.7)
    date = day26(rng)
    amount = fee(rng, 1500, 95000, 0.8)
    to, _ = school(rng, firm=0.15, caps=0.5)
    title, band = (IAPPS[app][0], IAPPS[app][1]) if app in IAPPS else (app, BBPS_BANDS[app])
    head(p, title, band, dark, ["Education Fees", "Pay school / college fee", "Bill payment"])
    p.part = "body"
    words = {"success": ["Payment Successful", "Fee paid successfully", "Bill paid successfully"],
             "failed": ["Payment Failed", "Bill payment failed"],
             "pending": ["Payment Pending", "Payment in progress", "Awaiting confirmation from biller"]}
    status_line(p, words, status)
    p.add("big", rs(amount), amount=amount)
    p.pair(rng.choice(["Biller Name", "Biller", "Institute"]), to, merchant=to)
    p.pair(rng.choice(["Category", "Bill type"]), "Education Fees")
    if not no_ref:
        p.pair(rng.choice(["Student ID", "Enrollment No", "Admission Number"]), student_no(rng))
    p.pair(rng.choice(["Student Name", "Name"]), rng.choice(STUDENTS))
    if not no_ref:
        rows = []
        bref = f"{rng.choice(['PP', 'PT', 'GP', 'AM', 'BB', 'AT', 'MK', 'CC'])}{rng.randrange(1, 10):02d}" \
               f"{date.year % 10}{date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        rows.append((rng.choice(["B-Connect Txn ID", "BBPS Transaction ID", "Bharat BillPay Ref No"]), bref,
                     (BANK_RANK, bref)))
        if BBPS_WAYS[k] == "UPI" and status == "success" and rng.random() < 0.6:
            ref = utr(rng, date)
            rows.append((rng.choice(["UPI Ref No", "UTR"]), ref, (UTR_RANK, ref)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    way = BBPS_WAYS[k]
    how = {"UPI": f"UPI - {rng.choice(PSB[:4] + PVT[:4])} {masked(rng, font)}",
           "wallet": {"Amazon Pay": "Amazon Pay Balance", "MobiKwik": "MobiKwik Wallet"}.get(app, "Wallet"),
           "netbanking": "Net Banking - Bank of Baroda", "card": f"HDFC Bank Credit Card {masked(rng, font)}"}[way]
    p.pair(rng.choice(["Paid via", "Payment mode", "Paid using"]), how, method=way)
    if not no_day:
        labelled(p, rng.choice(["Paid on", "Date & Time", "Transaction Date"]), stamp(rng, date), date=date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", "The biller will confirm within 2 working days. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Bharat BillPay  |  Secured by NPCI BBPS", "Powered by Bharat Connect"]))
    return p.done()


# ---------------------------------------------------------------- 12. a bank app's transfer to the institute's account


XFER_APPS = [("Kotak", (220, 30, 40), "IMPS"), ("IDFC FIRST Bank", (157, 29, 39), "NEFT"),
             ("IndusInd Bank", (130, 40, 40), "IMPS"), ("FedMobile", (0, 70, 140), "NEFT"),
             ("AU 0101", (104, 36, 128), "IMPS"), ("BOI Mobile", (240, 120, 20), "NEFT"),
             ("IndOASIS", (0, 82, 160), "IMPS"), ("IOB Mobile", (0, 70, 130), "RTGS")]


def bank_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A parent's bank app after a transfer to the institute's fee collection account (Kotak, IDFC FIRST, IndusInd,
    FedMobile, AU 0101, BOI Mobile, IndOASIS, IOB Mobile; dark on some, iOS on some): the outcome, the sum, Sent to /
    Beneficiary / Payee name (the institute's account name), the account (a virtual account on some) and IFSC,
    Transfer type / Mode IMPS, NEFT or RTGS, IMPS Ref No / UTR / Reference ID and the bank's own Transaction ID on
    some, the day, From account, Remarks, the balance after on some; a failed and a pending one."""
    k = place("bank_transfer")
    status = outcome(k, failed=(7,), pending=(4,))
    title, band, mode = XFER_APPS[k]
    no_ref, no_day = k == 0, k == 2
    dark = rng.random() < 0.35
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Transfer status", "Money transfer"]),
               buttons=rng.choice([("Share", "Done"), ("Download",), ("Home",), ()]))
    if rng.random() < 0.45:
        ios(p)
    else:
        android(p, banner=k == 3)
    rs = money(rng, font, 0.75)
    date = day26(rng)
    amount = fee(rng, 200000, 250000, 0.9) if mode == "RTGS" else fee(rng, 5000, 199000, 0.85)
    to, _ = school(rng, firm=0.6, caps=0.6)
    head(p, title, band, dark, ["Transfer", f"{mode} transfer", "Pay to account"])
    p.part = "body"
    status_line(p, {"success": ["Transfer Successful", "Money sent successfully", f"{mode} transfer successful"],
                    "failed": ["Transfer Failed", "Transaction unsuccessful", f"{mode} transfer rejected"],
                    "pending": ["Transfer in process", "Transaction under process", "Pending at beneficiary bank"]},
                status)
    p.add("big", rs(amount), amount=amount)
    p.pair(rng.choice(["Sent to", "Beneficiary", "Payee name"]), to, merchant=to)
    virtual = rng.random() < 0.5
    p.pair(rng.choice(["Account No.", "A/c No", "To account"]),
           f"{code(rng, 4, UPPER)}XXXXXX{digits(rng, 4)}" if virtual else masked(rng, font))
    p.pair(rng.choice(["IFSC", "IFSC Code"]), ifsc(rng))
    p.pair(rng.choice(["Transfer type", "Mode", "Payment mode"]), mode, method="netbanking")
    if not no_ref:
        rows = []
        if status != "failed" or rng.random() < 0.5:
            ref = utr(rng, date) if mode == "IMPS" else (neft_utr(rng.choice(["ICIC", "HDFC", "YESB"]), rng, date)
                                                          if mode == "NEFT" else rtgs_utr("ICIC", rng, date))
            lab = (["IMPS Ref No", "Reference ID (RRN)", "IMPS Reference"] if mode == "IMPS"
                   else ["UTR", "UTR No.", "UTR Reference"])
            rows.append((rng.choice(lab), ref, (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            own = rng.choice([digits(rng, 11), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
            label = rng.choice(["Transaction ID", "Txn ID", "Reference No."])
            rows.append((label, own, (BANK_RANK if label == "Reference No." else TXN_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not no_day:
        labelled(p, rng.choice(["Date & Time", "Transferred on", "Date"]), stamp(rng, date), date=date)
    p.pair(rng.choice(["From A/c", "From account", "Debited from"]), masked(rng, font))
    p.pair(rng.choice(["Remarks", "Purpose"]), rng.choice(NOTES))
    if status == "success" and rng.random() < 0.5:
        p.pair(rng.choice(["Available Balance", "Bal after txn"]), rs(other_sum(rng, amount, 2000, 500000)))
    if status == "failed":
        p.add("small", "Beneficiary account is inactive. Amount, if debited, will be reversed within 2 days.")
    if status == "pending":
        p.add("small", "Please check the status after 30 minutes. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add to favourites  |  Repeat", "Never share your MPIN or OTP with anyone"]))
    return p.done()


# ---------------------------------------------------------------- drawing


def _stamp(image: Image.Image, font: str, seal: dict) -> Image.Image:
    """A branch's rubber stamp in violet ink: an oval frame round its lines, tilted, a little faded."""
    bold = font.replace("-Regular", "-Bold").replace("Mono.ttf", "Mono-Bold.ttf")
    try:
        face = load_font(bold, 20)
    except OSError:
        face = load_font(font, 20)
    lines = seal["lines"]
    w = int(max(face.getlength(text) for text in lines)) + 60
    h = 28 * len(lines) + 36
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    ink = (92, 52, 160, 190)
    draw.rounded_rectangle((3, 3, w - 4, h - 4), radius=26, outline=ink, width=3)
    y = 18
    for text in lines:
        draw.text(((w - face.getlength(text)) / 2, y), text, font=face, fill=ink)
        y += 28
    layer = layer.rotate(seal["angle"], expand=True, resample=Image.BICUBIC)
    out = image.convert("RGBA")
    x = int(out.width * seal["at"][0] - layer.width / 2)
    y = int(out.height * seal["at"][1] - layer.height / 2)
    out.alpha_composite(layer, (max(0, min(x, out.width - layer.width)), max(0, min(y, out.height - layer.height))))
    return out.convert("RGB")


NAME_INKS = [(214, 80, 120), (40, 150, 90), (200, 110, 20), (60, 110, 200), (150, 70, 190)]


def _group(body: Image.Image, font: str, style: dict) -> Image.Image:
    """A WhatsApp group chat: its header (back arrow, the group's avatar, its name and members), a day divider, the
    bubbles with each sender's name in its colour over its text, the screenshot as a forwarded image in one, each
    closed by its hour, the input bar."""
    g = style["h121"]["group"]
    dark = g["dark"]
    w = 760
    wall = (11, 20, 26) if dark else (236, 229, 221)
    bar = (31, 44, 52) if dark else (0, 94, 84)
    bin_ = (32, 44, 51) if dark else (255, 255, 255)
    ink = (233, 237, 239) if dark else (17, 27, 33)
    soft = (134, 150, 160) if dark else (102, 119, 129)
    face, small = load_font(font, 21), load_font(font, 15)
    image = body.resize((480, int(body.height * 480 / body.width)))
    heights = [image.height + 74 + (30 if text else 0) if kind == "image" else 92 for kind, _, text in g["bubbles"]]
    top = 124
    height = top + 70 + sum(h + 14 for h in heights) + 90
    canvas = Image.new("RGB", (w, height), wall)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, w, top), fill=bar)
    white = (240, 242, 244)
    draw.text((24, 8), g["times"][-1].split()[0], font=load_font("dejavu/DejaVuSans-Bold.ttf", 16), fill=white)
    draw.rounded_rectangle((w - 70, 12, w - 36, 26), radius=4, outline=white, width=2)
    draw.line((38, 72, 28, 82, 38, 92), fill=white, width=3)
    draw.ellipse((52, 58, 100, 106), fill=(96, 125, 139))
    draw.text((116, 56), g["name"], font=load_font(font, 23), fill=white)
    draw.text((116, 88), g["members"], font=small, fill=(200, 210, 214))
    y = top + 20
    pill = small.getlength(g["divider"]) + 28
    draw.rounded_rectangle(((w - pill) / 2, y, (w + pill) / 2, y + 30), radius=8,
                           fill=(24, 34, 40) if dark else (255, 255, 255))
    draw.text(((w - pill) / 2 + 14, y + 6), g["divider"], font=small, fill=soft)
    y += 50
    for n, ((kind, who, text), h, hour) in enumerate(zip(g["bubbles"], heights, g["times"])):
        name_ink = NAME_INKS[(len(who) + n) % len(NAME_INKS)]
        x0 = 24
        if kind == "image":
            bw = image.width + 16
            draw.rounded_rectangle((x0, y, x0 + bw, y + h), radius=12, fill=bin_)
            draw.text((x0 + 10, y + 8), who, font=load_font(font, 17), fill=name_ink)
            draw.text((x0 + 10, y + 32), "Forwarded", font=small, fill=soft)
            canvas.paste(image, (x0 + 8, y + 56))
            if text:
                draw.text((x0 + 12, y + 62 + image.height), text, font=face, fill=ink)
            draw.text((x0 + bw - small.getlength(hour) - 12, y + h - 22), hour, font=small, fill=soft)
        else:
            bw = max(face.getlength(text), load_font(font, 17).getlength(who)) + small.getlength(hour) + 48
            draw.rounded_rectangle((x0, y, x0 + bw, y + h), radius=12, fill=bin_)
            draw.text((x0 + 14, y + 8), who, font=load_font(font, 17), fill=name_ink)
            draw.text((x0 + 14, y + 38), text, font=face, fill=ink)
            draw.text((x0 + bw - small.getlength(hour) - 12, y + h - 24), hour, font=small, fill=soft)
        y += h + 14
    draw.rounded_rectangle((14, height - 70, w - 84, height - 20), radius=25, fill=bin_)
    draw.text((60, height - 57), "Message", font=load_font(font, 19), fill=soft)
    draw.ellipse((w - 72, height - 72, w - 18, height - 18), fill=(0, 168, 132))
    return canvas


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout119's frames and marks (heldout118's and heldout117's over heldout106's), then this set's own: a
    bank's rubber stamp over a challan; a WhatsApp group chat round the rows drawn as a forwarded screenshot."""
    extra = style.get("h121") or {}
    if extra.get("group"):
        return _group(PLAIN(rows, font, style), font, style)
    image = compose119(rows, font, style)
    if extra.get("stamp"):
        image = _stamp(image, font, extra["stamp"])
    return image

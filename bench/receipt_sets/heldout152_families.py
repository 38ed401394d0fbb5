"""The twelve heldout152 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a music and dance academy's day in 2026 (one studio in each of Coimbatore, Nagpur,
Udaipur, Mangaluru, Guwahati, Dehradun, Vijayawada and Surat, a trade name and the trust or firm that runs it), told
by the proofs of payment it receives and makes: students' and parents' UPI for monthly and term fees (a UPI AutoPay
mandate's monthly debit on some), parents' bank transfers, partner schools' payment advices for in-school music
classes net of TDS and the school-fee apps' receipts, the front desk's card slips (a card surcharge on some, a
dynamic UPI QR), the ticketing platforms' concert tickets and payouts, the academy's own fee receipts cum invoices
and instrument rental deposit receipts (cheque, cash and an eNACH debit on some), the studio landlords' rent invoices
and receipts and the academy's bank transfers of the visiting teachers' honorariums, electricity through Bharat
Connect and the internet providers' own receipts, the instrument dealers', piano tuners', sound and lighting
vendors' and auditoriums' bills, the academy's software (in dollars, pounds and euros on some), refunds of fees, the
music exam boards' and universities' registration and exam fees, and GST and TDS challans. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, plans, batches, courses, grades, students' and parents' names and ids, mandate limits, validity and
next-debit days, UMNs and UMRNs, invoice numbers and days under an advice or a refund, gross invoice values, GST, TDS
and TCS lines, commissions, fees and gateway charges, concert days and venues, ticket codes, lessors' PANs, areas and
rates, rent months, consumer and account numbers, bill months, loads, units, plans, bill invoice numbers, original
payment ids, enrolment, centre and roll numbers, exam sessions, financial and assessment years, tax periods, BSR
codes and challan serials, GSTIN, IFSC, account numbers, MID, TID, batch, TC, TVR and the payer's own details carry
no fact. ``compose`` is heldout121's (heldout119's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import APPS as UPI_APP_STYLES
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, method_of, paper_page, phone_page, slip_page

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"
HEX = "0123456789ABCDEF"

# town, PIN code, locality, state, GST state code
TOWNS = [("Coimbatore", "641018", "R.S. Puram", "Tamil Nadu", "33"),
         ("Nagpur", "440010", "Dharampeth", "Maharashtra", "27"),
         ("Udaipur", "313001", "Fatehpura", "Rajasthan", "08"),
         ("Mangaluru", "575003", "Kadri", "Karnataka", "29"),
         ("Guwahati", "781005", "Zoo Road", "Assam", "18"),
         ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05"),
         ("Vijayawada", "520010", "Benz Circle", "Andhra Pradesh", "37"),
         ("Surat", "395007", "Vesu", "Gujarat", "24")]
# the academy's studio in each town: its trade name, the trust or firm that runs it
TRADE, FIRM = range(2)
SPACES = [("Swaralaya School of Music & Dance", "Swaralaya Fine Arts Trust"),
          ("Taal Tarang Academy", "Taal Tarang Performing Arts LLP"),
          ("Mewar Sangeet Kala Kendra", "Mewar Kala Sanskriti Trust"),
          ("Nritya Dhwani Studio", "Dhwani Arts Foundation"),
          ("Brahmaputra Music Academy", "Luit Cultural Trust"),
          ("Doon Keys & Strings", "Doon Performing Arts Pvt Ltd"),
          ("Krishnaveni Nritya Niketan", "Krishnaveni Kala Samithi"),
          ("Tapi Rhythm House", "Rhythm House Music Academy LLP")]
SLUGS = ["swaralaya", "taaltarang", "mewarsangeet", "nrityadhwani", "brahmaputramusic", "doonkeys",
         "krishnaveni", "tapirhythm"]
CODES = ["SSM", "TTA", "MSK", "NDS", "BMA", "DKS", "KNN", "TRH"]
BUILDINGS = ["Diwan Bahadur Road Complex", "Shankar Nagar Square", "Saheli Marg Plaza", "Kadri Hills Arcade",
             "GS Road Trade Centre", "Astley Hall Complex", "Benz Circle Towers", "Vesu Business Hub"]
# a partner school in each town (its in-school music classes) and its mail domain
MEMBERS = ["Kovai Vidya Mandir", "Dharampeth Public School", "Lakecity International School",
           "St. Aloysius Convent School", "Assam Valley Day School", "Doon Heritage School",
           "Sri Chaitanya Vidyalaya (Benz Circle)", "Surat Global School"]
MEMBER_SLUGS = ["kovaividya", "dharampethps", "lakecityis", "aloysiusconvent", "avds", "doonheritage",
                "scvbenz", "suratglobal"]
PEOPLE = ["Ananya Raghavan", "Shreya Deshpande", "Vihaan Mehta", "Prarthana Shetty", "Rupjyoti Baruah",
          "Aarav Negi", "Lasya Priya Kondapalli", "Dhruvi Patel", "Meenakshi Iyer", "Kabir Sahni", "Ira Kulkarni",
          "Nikhil Bhuyan"]
TEACHERS = ["Pt. Raghunandan Joshi", "Vidushi Kalyani Menon", "Ustad Imran Khan", "Sreelakshmi Rao",
            "Joydeep Borthakur", "Clara D'Souza", "Venkata Ramana Murthy", "Hetal Trivedi"]
BANK_HEADS = [("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("State Bank of India", "SBIN"), ("Axis Bank", "UTIB"),
              ("Kotak Mahindra Bank", "KKBK"), ("Canara Bank", "CNRB")]
BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Federal Bank", "IDFC FIRST Bank", "Punjab National Bank"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. Show this screen at the front desk."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%y", "%Y-%m-%d"]
EVENTS = ["Monsoon Ragas - Students' Recital", "Nritya Sandhya 2026", "Annual Day - Strings & Keys",
          "Guru Purnima Sangeet Utsav", "Kathak & Bharatanatyam Showcase", "Winter Piano Recital",
          "Tabla Tarang Evening", "Rock Band Night - Junior Batch"]


def space(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.2) -> str:
    """The academy as a payee: its trade name, its trust's or firm's on some, in capitals on some."""
    name = SPACES[i][FIRM] if rng.random() < firm else SPACES[i][TRADE]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 150000, p_round: float = 0.7, firm: float = 0.25, caps: float = 0.2,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(SPACES)) if town is None else town
        self.to = space(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, an event's, a validity's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's, a service's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True,
               gst: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", f"{rng.choice(['Shop', 'Unit', 'Plot', 'Office'])} {rng.randrange(2, 120)}, {city[2]}, "
                   f"{city[0]} - {city[1]}")
    if gst:
        p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mob. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def rail_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference instead on
    a page without a day: both UTRs spell the day), an approval code and an RRN for a card; none for cash or a
    cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Bank Ref. No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
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
    return {"cash": rng.choice(["Cash", "By cash"]), "UPI": rng.choice(["UPI", "UPI (QR at reception)", "BHIM UPI"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    """The README's way: a cheque is "cheque", a NACH debit "netbanking" (a bank account debited, heldout110)."""
    return {"cheque": "cheque", "NACH": "netbanking"}.get(way, method_of(way))


def vpa_base(name: str) -> str:
    """A handle's head made from a name: its longest word, lower case."""
    return max(("".join(c for c in word if c.isalpha()) for word in name.split()), key=len).lower()[:10]


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


def fx(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: its sign where the face draws it, or its code; western grouping."""
    mark = {"USD": rng.choice(["$", "US$ ", "USD "]),
            "GBP": sign(font, "\u00a3", "GBP ") if rng.random() < 0.7 else "GBP ",
            "EUR": sign(font, "\u20ac", "EUR ") if rng.random() < 0.7 else "EUR "}[cur]

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


# ---------------------------------------------------------------- 1. a student's or parent's UPI for a fee


UPI_ORDER = ["Google Pay", "Paytm", "PhonePe", "BHIM", "Amazon Pay", "Paytm", "Navi", "Google Pay"]
AUTOPAY = (2, 5, 7)
DESK_NOTES = ["Keyboard fee - March", "Kathak term 2 fee", "Guitar class fee", "Tabla monthly fee",
              "Bharatanatyam fee Apr", "Piano Grade 3 fee", "Vocal (Hindustani) fee", "Violin + theory",
              "Drums - 8 classes", "Ananya dance fee"]
MANDATES = ["Monthly tuition - Piano", "Kathak - monthly fee", "Guitar (weekend batch)", "Carnatic vocal - monthly",
            "Western vocal - 8 classes a month"]


def autopay_screen(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """A UPI AutoPay mandate's monthly debit in the payer's app: the outcome, the sum large, Merchant / Mandate to /
    Paid to (the payee), Mandate name / Purpose / Mandate for, Frequency, Max amount / Mandate limit / Debit up to (no
    fact), Payment method UPI AutoPay, Reason on a failure, UPI Ref No. / UPI Reference ID / UTR and the mandate's UMN
    (never the id), Debited on / Executed on / Paid on / Attempted on / Initiated on, Valid till (no fact), Debited
    from, Next debit on (no fact)."""
    p = phone_page(rng, font, k, ["", "AutoPay", "Mandate details"])
    dark = p.style["h106"]["dark"]
    title, band, handles = UPI_APP_STYLES[app][:3]
    head(p, title, band, dark, ["UPI AutoPay", "AutoPay & mandates", "Recurring payments"])
    rs = money(rng, font, 0.5)
    p.part = "body"
    outcome_row(p, j.status, {"success": ["AutoPay payment successful", "Monthly payment done", "Mandate executed"],
                              "failed": ["AutoPay payment failed", "Mandate execution failed"],
                              "pending": ["AutoPay payment in progress"]})
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Merchant", "Mandate to", "Paid to"] if j.status == "success"
                            else ["Merchant", "Mandate to"]), j.to, merchant=j.to)
    wrap_pair(p, rng.choice(["Mandate name", "Purpose", "Mandate for"]), rng.choice(MANDATES))
    p.pair("Frequency", rng.choice(["Monthly", "Every month", "As presented"]))
    limit = whole(j.amount * rng.uniform(1.3, 2.2), 1000)
    p.pair(rng.choice(["Max amount", "Mandate limit", "Debit up to"]), rs(limit))
    p.pair(rng.choice(["Payment method", "Paid via"]), "UPI AutoPay", method="UPI")
    if j.status == "failed":
        p.pair("Reason", rng.choice(["Insufficient balance", "Mandate paused by payer", "Bank server unavailable"]))
    if not j.no_ref:
        labelled(p, rng.choice(["UPI Ref No.", "UPI Reference ID", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair("UMN", f"{code(rng, 22, '0123456789abcdef')}@{rng.choice(handles)}")
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Debited on", "Executed on", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[j.status], stamp(rng, j.date, PATS), date=j.date)
        p.pair(rng.choice(["Valid till", "Mandate valid till"]),
               when(j.date + dt.timedelta(days=rng.randrange(200, 700)), rng.choice(DAY_PATS)))
    p.pair(rng.choice(["Debited from", "Paid from"]), f"{rng.choice(BANKS[:6])} {masked(rng, font)}")
    if j.status == "success" and not j.no_day:
        nxt = (j.date.replace(day=1) + dt.timedelta(days=32)).replace(day=min(j.date.day, 28))
        p.add("small", f"Next debit on {when(nxt, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}")
    elif j.status == "failed":
        p.add("small", "The merchant may retry the debit. Keep enough balance in your account.")
    p.part = "foot"
    p.add("small", "Pause or cancel this mandate anytime from AutoPay settings")
    return p.done()


def fee_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A student's or parent's UPI app paying the academy a monthly or term fee (Google Pay, Paytm, BHIM, Amazon Pay,
    Navi; dark on some): heldout125's result screen, the academy (its trust or firm on some) under Paid to / To / Sent
    to (Paying to / Payment to on a wait), the app's own id on some, a Note / Message / For / Remarks (Kathak term 2
    fee, Tabla monthly fee) on most; or a UPI AutoPay mandate's monthly fee debit (PhonePe, Paytm, Google Pay) with the
    trust or firm under Merchant / Mandate to / Paid to, Max amount / Mandate limit and the UMN; Payment Successful /
    Paid successfully / Transaction Successful / Money sent / AutoPay payment successful / Monthly payment done /
    Mandate executed / AutoPay payment failed / Mandate execution failed / Payment Pending / Payment processing /
    Transaction pending."""
    k = place("fee_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=600, high=28000, p_round=0.85, firm=0.2)
    app = UPI_ORDER[k]
    if k in AUTOPAY:
        j.to = SPACES[j.town][FIRM].upper() if rng.random() < 0.35 else SPACES[j.town][FIRM]
        j.amount = float(rng.choice([1800, 2200, 2500, 2950, 3200, 3540, 4000, 4720, 5900]))
        return autopay_screen(rng, font, k, app, j)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([1500, 1800, 2000, 2400, 3000, 3600, 6000, 7500, 9000, 10500]))
    p = upi_result(rng, font, k, app, status, j, SPACES[j.town][TRADE], WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "For", "Remarks"]), rng.choice(DESK_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. parents' transfers, schools' advices, fee apps


XFER = {0: ("HDFC Bank NetBanking", None, "web", "NEFT", "HDFC"),
        1: ("iMobile Pay by ICICI Bank", (150, 36, 28), "app", "IMPS", "ICIC"),
        3: ("Kotak Net Banking", None, "web", "NEFT", "KKBK"),
        6: ("YONO SBI", (40, 0, 113), "app", "IMPS", "SBIN")}
XFER_URLS = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/fundtransfer/confirmation",
             "Kotak Net Banking": "netbanking.kotak.com/payments/neft/status"}
XFER_NOTES = ["Term fee - Kathak (Jan-Mar)", "Piano fee Q1 - Vihaan", "Annual fee - vocal", "Dance fee 2 kids",
              "Guitar + theory term fee", "Admission + first term"]
ADVICE_MODES = {2: "NEFT", 4: "IMPS"}
# the school-fee app: its name, frame, site, the way
FEE_APPS = {5: ("Teachmint", "phone", "teachmint.com", "UPI"), 7: ("Classplus", "mail", "classplusapp.com", "card")}
COURSES = ["Hindustani vocal - Prarambhik", "Kathak - Junior batch", "Piano (Trinity Grade 2 track)",
           "Acoustic guitar - weekend", "Bharatanatyam - Senior batch", "Tabla - Madhyama", "Western drums - Level 1",
           "Carnatic violin - beginners"]


def fee_app(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A school-fee app's receipt to a parent (Teachmint's app screen, Classplus's e-mail): the app on top (never the
    payee), Fee paid / Payment successful, Institute / Paid to / Academy the academy (the payee), Student name,
    Student ID / Enrolment ID (no id), Course / Batch, Fee for (Term 2, Jan - Mar 2026: no fact), Instalment n of 4,
    Tuition fee, Late fee on some, Convenience fee and GST on it on some, Total paid / Amount paid (the sum, large on
    the app), Payment mode, Receipt No., Transaction ID, UPI Ref No. / Auth code, Paid on / Payment date; Payment
    status Paid / Successful."""
    app, frame, site, way = FEE_APPS[k]
    j = Job(rng, status, no_ref=False, no_day=False, town=k, firm=0.2)
    words = {"success": ["Fee paid successfully", "Payment successful", "Fee payment received"]}
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Fee receipt", "Payment details"])
        rs = money(rng, font, 0.5)
        head(p, app, (106, 61, 232), p.style["h106"]["dark"], ["Fees", "Fee payments"])
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p = mail_page(rng, font, f"{app} <{rng.choice(['fees', 'noreply'])}@{site}>",
                      ["Fee payment receipt", "Your fee payment was successful", "Receipt for your payment"])
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("small", rng.choice(["Fee collection for institutes", "Online fees & receipts"]))
        p.add("rule")
        p.part = "body"
        p.add("center", rng.choice(words["success"]), status="success")
    tuition = float(rng.choice([4500, 6000, 7500, 9000, 10500, 12000, 13500]))
    lines = [("Tuition fee", tuition)]
    if rng.random() < 0.3:
        lines.append(("Late fee", float(rng.choice([100, 200, 250]))))
    if rng.random() < 0.5:
        fee = round(tuition * rng.choice([0.01, 0.015, 0.02]), 2)
        lines += [("Convenience fee", fee), ("GST on convenience fee", round(fee * 0.18, 2))]
    total = round(sum(v for _, v in lines), 2)
    j.amount = total
    if frame == "phone":
        p.add("big", rs(total), amount=total)
    wrap_pair(p, rng.choice(["Institute", "Paid to", "Academy"]), j.to, merchant=j.to)
    wrap_pair(p, "Student name", rng.choice(PEOPLE))
    p.pair(rng.choice(["Student ID", "Enrolment ID"]), f"{CODES[k]}{digits(rng, 5)}")
    wrap_pair(p, rng.choice(["Course", "Batch"]), rng.choice(COURSES))
    p.pair("Fee for", f"Term {rng.randint(1, 4)} ({rng.choice(['Jan - Mar', 'Apr - Jun', 'Jul - Sep', 'Oct - Dec'])})")
    p.pair("Instalment", f"{rng.randint(1, 4)} of 4")
    for label, value in lines:
        p.pair(label, rs(value))
    if frame != "phone":
        p.pair(rng.choice(["Total paid", "Amount paid"]), rs(total), amount=total)
    p.pair(rng.choice(["Payment mode", "Paid via"]),
           {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}"}[way],
           method=way)
    rno = f"{CODES[k]}/FR/{rng.randrange(1000, 9999)}"
    labelled(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
    labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    if way == "UPI":
        labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    else:
        appr = digits(rng, 6)
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    labelled(p, rng.choice(["Paid on", "Payment date"]), stamp(rng, j.date, PATS), date=j.date)
    if frame == "mail":
        p.pair("Payment status", rng.choice(["Paid", "Successful"]))
    p.part = "foot"
    p.add("small", "This receipt is issued on behalf of the institute. For fee queries, contact the institute.")
    return p.done()


def payment_advice(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A partner school's accounts office's PAYMENT ADVICE / Remittance Advice / Vendor Payment Advice e-mail for the
    academy's in-school music and dance classes: the school on top (the payer), Vendor / Payee / Paid to the academy's
    trust or firm (the payee), Vendor code / Supplier code, the invoices paid with their numbers and days (no id), Gross
    invoice value, Less: TDS u/s 194J(b) @ 10% or u/s 194C @ 2%, Net amount paid / Amount remitted / Net payment (the
    sum), Payment mode, Credited to and IFSC, UTR No. / UTR / IMPS Ref No. and Payment doc No. / Payment voucher No.,
    Payment date / Value date, Status Paid / Processed / Remitted."""
    mode = ADVICE_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=False, town=k, firm=0.8, caps=0.3)
    payer = MEMBERS[k]
    p = mail_page(rng, font, f"{payer.split(' (')[0]} Accounts <"
                             f"{rng.choice(['accounts', 'bursar', 'office'])}@{MEMBER_SLUGS[k]}.edu.in>",
                  ["Payment advice", "Remittance advice - vendor payment", "Payment intimation"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts office", "Bursar's office"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance Advice", "Vendor Payment Advice"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam,")
    p.add("left", rng.choice(["We have released the payment below to your bank account.",
                              "Please find below the details of our payment to you."]))
    wrap_pair(p, rng.choice(["Vendor", "Payee", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP'])}{digits(rng, 5)}")
    p.add("rule")
    bases = [whole(rng.uniform(18000, 140000) / 1.18, 100) for _ in range(rng.choice([1, 1, 2]))]
    gross = 0.0
    for base in bases:
        value = round(base * 1.18, 2)
        gross += value
        if j.no_ref:
            label = f"In-school {rng.choice(['music classes', 'dance classes', 'choir training'])} (term)"
        else:
            billed = j.date - dt.timedelta(days=rng.randrange(3, 40))
            label = f"Inv {CODES[k]}/{fy(billed)}/{rng.randrange(100, 999):03d} dt {when(billed, rng.choice(DAY_PATS))}"
        wrap_pair(p, label, rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross invoice value", "Total invoice amount"]), rs(gross))
    rate, section = rng.choice([(0.10, "194J(b) @ 10%"), (0.02, "194C @ 2%")])
    tds = round(sum(bases) * rate, 2)
    p.pair(f"Less: TDS u/s {section}", rs(tds))
    net = round(gross - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount remitted", "Net payment"]), rs(net), amount=net)
    p.pair(rng.choice(["Payment mode", "Mode"]), mode, method="netbanking")
    bank, head4 = rng.choice(BANK_HEADS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{head4}0{digits(rng, 6)}")
    if not j.no_ref:
        heads = ["HDFC", "ICIC", "UTIB", "SBIN"]
        ref = neft_utr(rng.choice(heads), rng, j.date) if mode == "NEFT" else j.ref
        p.pair("IMPS Ref No." if mode == "IMPS" else rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PV', 'BP'])}{digits(rng, 7)}"
        p.pair(rng.choice(["Payment doc No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Payment date", "Value date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Paid", "Processed", "Remitted"]), status="success")
    p.add("small", "TDS certificate in Form 16A will be shared after the quarter's TDS return is filed.")
    p.part = "foot"
    p.add("small", "System generated advice - please do not reply to this mail.")
    return p.done()


def fee_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Parents paying a term's fees by bank transfer (HDFC Bank NetBanking, iMobile Pay, Kotak Net Banking, YONO SBI;
    heldout124's page, the academy or its trust under Beneficiary / Payee / Pay to / Credit to, the account and IFSC,
    the mode, UTR / IMPS Ref No / RRN and the bank's Bank Ref No. / Reference No. / Transaction ID on some, the day,
    the debit account, Remarks / Narration (Term fee - Kathak (Jan-Mar)), Remitter on the web pages), partner schools'
    payment advices for in-school classes (two, ``payment_advice``) and the school-fee apps' receipts (two,
    ``fee_app``)."""
    k = place("fee_transfer")
    status = outcome(k, failed=(3,), pending=(6,))
    if k in FEE_APPS:
        return fee_app(rng, font, k, status)
    if k not in XFER:
        return payment_advice(rng, font, k, status)
    row = XFER[k]
    mode = row[3]
    j = Job(rng, status, no_ref=False, no_day=k == 1, low=4000, high=60000, p_round=0.8, firm=0.5, caps=0.4, town=k)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay to payee", payee_labels=["Beneficiary", "Payee", "Pay to", "Credit to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
                  txn_label="Transaction ID")
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), rng.choice(XFER_NOTES))
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Remitter", "Debit account name"]), rng.choice(PEOPLE).upper())
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 3. the front desk's card terminal slips


MAKERS = ["PINE LABS", "RAZORPAY POS", "AXIS BANK", "BHARATPE SWIPE", "KOTAK BANK", "INNOVITI", "YES BANK",
          "SBI PAYMENTS"]
CARD_ITEMS = ["TERM FEE - PIANO", "KATHAK FEE {n} MONTHS", "GUITAR STRINGS X{n}", "UKULELE (SOPRANO)",
              "ADMISSION + TERM 1", "TABLA PAIR - RENT", "GHUNGROO {n} LINES", "METRONOME + STAND"]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y", "%d.%m.%y"]


def desk_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The front desk's card terminal slip for a term fee, an instrument or its rent (Pine Labs, Razorpay POS,
    Axis Bank, BharatPe Swipe, Kotak Bank, Innoviti, Yes Bank, SBI Payments; monospace): the maker on top on some, the
    academy in capitals (its trust or firm on some; the payee), its locality and town, SALE / CARD SALE / CONTACTLESS SALE /
    UPI QR SALE, DATE <day>  TIME <hour> on one row, TXN DATE: and TXN TIME: or DATE/TIME:, MERCHANT ID / MID,
    TERMINAL ID / TID, BATCH, ROC / INVOICE / BILL NO, ITEM / DESC (DAY PASS X3), CARD NUM, EXP **/**, APP, ENTRY, TC
    and TVR and CARDHOLDER on some, APPR CODE / AUTH NO, RRN / REF NUM, or MODE UPI - DYNAMIC QR, PAYER VPA and QR TXN
    ID; BASE AMT, CONV FEE n% / SURCHARGE and TOTAL AMT / TOTAL on two, AMOUNT / SALE AMOUNT / TOTAL on the rest (INR,
    RS., Rs or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED with its RC / PAYMENT PENDING
    (CHECK DASHBOARD BEFORE ISSUING RECEIPT)."""
    k = place("desk_card")
    status = outcome(k, failed=(2,), pending=(6,))
    upi = status == "pending"
    surcharge = k in (1, 5)
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=350, high=24000, p_round=0.5, town=k)
    p = slip_page(rng, font)
    name = (SPACES[k][FIRM] if rng.random() < 0.25 else SPACES[k][TRADE]).upper()
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add("center", "UPI QR SALE" if upi else rng.choice(["SALE", "CARD SALE", "CONTACTLESS SALE"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TXN TIME:"]), clock)
    else:
        text = when(j.date, rng.choice(CARD_DAYS), upper=True)
        form = rng.random()
        one = f"DATE {text}  TIME {clock}"
        if form < 0.4 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.75:
            p.pair("TXN DATE:", text, date=j.date)
            p.pair("TXN TIME:", clock)
        else:
            p.pair("DATE/TIME:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MERCHANT ID:", "MID:"]), digits(rng, 15))
    p.pair(rng.choice(["TERMINAL ID:", "TID:"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH:", f"{rng.randrange(1, 999):03d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["ROC:", "INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair(rng.choice(["ITEM:", "DESC:"]), rng.choice(CARD_ITEMS).format(n=rng.randint(2, 4)))
    if upi:
        p.pair("MODE:", "UPI - DYNAMIC QR", method="UPI")
        p.pair("PAYER VPA:", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'ptsbi'])}")
        if not j.no_ref:
            qid = f"QR{digits(rng, 14)}"
            p.pair("QR TXN ID:", qid, txn=(TXN_RANK, qid))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        first = {"VISA": "4", "MASTERCARD": "5", "RUPAY": "6"}[net] + digits(rng, 3)
        card = f"XXXX XXXX XXXX {digits(rng, 4)}" if rng.random() < 0.5 else f"{first} XXXX XXXX {digits(rng, 4)}"
        p.pair(rng.choice(["CARD NUM:", "CARD:"]), card, method="card")
        p.pair("EXP:", "**/**")
        p.pair("APP:", f"{net} {rng.choice(['DEBIT', 'CREDIT', 'BUSINESS'])}")
        p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "SWIPE"]))
        if rng.random() < 0.5:
            p.pair("TC:", code(rng, 16, HEX))
        if rng.random() < 0.4:
            p.pair("TVR:", rng.choice(["0000000000", "0000008000", "0080008000"]))
        if rng.random() < 0.35:
            p.pair("CARDHOLDER:", rng.choice(PEOPLE).upper())
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "REF NUM:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if surcharge:
        pct = rng.choice([1.5, 1.8, 2.0])
        base = j.amount
        fee = round(base * pct / 100, 2)
        total = round(base + fee, 2)
        j.amount = total
        p.pair(rng.choice(["BASE AMT:", "BASE AMOUNT:"]), amt(base))
        p.pair(rng.choice([f"CONV FEE {pct:g}%:", "SURCHARGE:"]), amt(fee))
        p.pair(rng.choice(["TOTAL AMT:", "TOTAL:"]), amt(total), amount=total)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "DECLINED",
                     "pending": "PAYMENT PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["RC 55 - INCORRECT PIN", "RC 51 - INSUFFICIENT FUNDS", "RC 05 - DO NOT HONOUR",
                                    "RC 54 - EXPIRED CARD"]))
    elif status == "pending":
        p.add("small", "CHECK DASHBOARD BEFORE ISSUING RECEIPT")
    p.part = "foot"
    if status == "success" and not upi:
        p.add("small", rng.choice(["PIN VERIFIED - NO SIGNATURE REQUIRED", "TAP & GO - NO PIN REQUIRED"]))
    p.add("small", rng.choice(["** CUSTOMER COPY **", "MERCHANT COPY", "THANK YOU - KEEP PRACTISING"]))
    if rng.random() < 0.5:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 4. concert tickets and the platforms' payouts


# platform, its site, frame, kind (payout, ticket, events), its app's band
PLATFORMS = [("BookMyShow", "bookmyshow.com", "mail", "payout", None),
             ("District", "district.in", "browser", "payout", None),
             ("Townscript", "townscript.com", "mail", "ticket", None),
             ("Skillboxes", "skillboxes.com", "app", "payout", (233, 30, 99)),
             ("BookMyShow", "bookmyshow.com", "browser", "payout", None),
             ("Ticketkhidakee", "ticketkhidakee.com", "mail", "ticket", None),
             ("District", "district.in", "browser", "payout", None),
             ("Townscript", "townscript.com", "browser", "events", None)]
# the hall in each town where the academy holds its recitals
AUDITORIA = ["Kikani Hall", "Vasantrao Deshpande Sabhagruh", "Shilpgram Auditorium", "Town Hall Mangaluru",
             "Rabindra Bhawan", "Nagar Nigam Auditorium", "Siddhartha Auditorium", "Sanjeev Kumar Auditorium"]
TIERS = ["Platinum", "Gold", "Silver", "Balcony", "Early bird", "General", "Student"]


def ticket_mail(rng: random.Random, font: str, k: int, j: Job, platform: str, site: str) -> tuple[list, dict, dict]:
    """An attendee's ticket confirmation from a ticketing platform (Townscript, Ticketkhidakee) for the academy's
    recital: the platform on top (never the payee), Booking confirmed, Organised by / Organiser / Hosted by the academy
    (the payee), Event, Event date / When (no fact), Venue (no fact), the tickets (Gold x 2), Booking fee, GST on
    booking fee, Total paid / Amount paid / Order total (the sum), Payment method / Paid via, Order ID / Booking ID and
    Payment ID, Ticket code (no id), Booked on / Order date / Paid on, Payment status Paid / Successful / Confirmed."""
    town = j.town
    event = rng.choice(EVENTS)
    p = mail_page(rng, font, f"{platform} <{rng.choice(['tickets', 'noreply'])}@{site}>",
                  ["Your tickets are confirmed", "Booking confirmed - see you there", "Order confirmation"])
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, platform)
    p.add("small", rng.choice(["Tickets & registrations", "Event ticketing platform"]))
    p.add("rule")
    p.part = "body"
    p.add("center", rng.choice(["Booking confirmed", "Your order is confirmed", "You're registered!"]))
    p.add("left", f"Hi {rng.choice(PEOPLE).split()[0]}, here are your tickets.")
    wrap_pair(p, rng.choice(["Organised by", "Organiser", "Hosted by"]), j.to, merchant=j.to)
    wrap_pair(p, "Event", event)
    if not j.no_day:
        p.pair(rng.choice(["Event date", "When"]), f"{j.other_day(rng, 3, 30)}, {hhmm(rng)}")
    wrap_pair(p, "Venue", f"{AUDITORIA[town]}, {TOWNS[town][0]}")
    qty, price = rng.randint(1, 4), float(rng.choice([150, 200, 250, 300, 500, 750]))
    tier = rng.choice(TIERS)
    wrap_pair(p, f"{tier} x {qty}", rs(qty * price))
    fee = round(qty * price * rng.choice([0.025, 0.03, 0.04]), 2)
    gst = round(fee * 0.18, 2)
    p.pair("Booking fee", rs(fee))
    p.pair("GST on booking fee", rs(gst))
    total = round(qty * price + fee + gst, 2)
    j.amount = total
    p.pair(rng.choice(["Total paid", "Amount paid", "Order total"]), rs(total), amount=total)
    way = rng.choice(["UPI", "card", "netbanking"])
    p.pair(rng.choice(["Payment method", "Paid via"]),
           {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        oid = f"{platform[:2].upper()}{digits(rng, 8)}"
        p.pair(rng.choice(["Order ID", "Booking ID"]), oid, txn=(ORDER_RANK, oid))
        pid = f"pay_{code(rng, 14, MIXED)}"
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        p.pair("Ticket code", code(rng, 8, ALNUM))
    if not j.no_day:
        labelled(p, rng.choice(["Booked on", "Order date", "Paid on"]), stamp(rng, j.date, PATS), date=j.date)
    p.pair("Payment status", rng.choice(["Paid", "Successful", "Confirmed"]), status="success")
    p.part = "foot"
    p.add("small", "Show the QR code in your ticket at the venue entry. Tickets are non-transferable.")
    return p.done()


def concert_tickets(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The ticketing platforms paying the academy its recitals' ticket sales (BookMyShow, District, Skillboxes; an
    e-mail, the organiser dashboard in a browser or the organiser app), Townscript paying it an event's ticket sales,
    and attendees' ticket confirmations for its recitals (Townscript, Ticketkhidakee: see ``ticket_mail``): the
    platform on top (never the payee), Payout summary / Partner payout advice / Settlement statement, Organiser / Paid
    to / Partner / Payee or Organiser / Payout to the academy (the payee), Organiser ID / Partner ID (no id), Event (no
    fact), Sales between / Settlement period / Show dates (no fact), the tiers sold (Gold (n x 750)), Less: Convenience
    & platform fee (n%), Less: GST @ 18% on fee, Less: TDS u/s 194-O (0.1%), Less: TCS u/s 52 (0.5%) on some, or
    Tickets sold - <event> (n x price), Less: Townscript fee
    (2%), Less: GST on fee @ 18%, Less: Payment gateway charges (1.99%); Net payout / Amount payable to partner /
    Payout amount / Net amount transferred (the sum, large on the app), Bank account, Mode, Payout ID (po_..., PO...),
    UTR / IMPS Ref No., Credited on / Paid on / Settled on / Failed on / Scheduled for / Expected on; Paid / Payout
    credited / Settled / Payout failed - bank account could not be verified / Payout scheduled / In process."""
    k = place("concert_tickets")
    status = outcome(k, failed=(4,), pending=(3,))
    platform, site, frame, kind, band = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.3)
    if kind == "ticket":
        return ticket_mail(rng, font, k, j, platform, site)
    if kind == "events":
        event = rng.choice(EVENTS)
        n, price = rng.randint(40, 220), rng.choice([200, 300, 500, 750])
        gross = float(n * price)
        lines = [(f"Tickets sold - {event} ({n} x {price})", gross)]
        fee = round(gross * 0.02, 2)
        cuts = [("Less: Townscript fee (2%)", fee), ("Less: GST on fee @ 18%", round(fee * 0.18, 2)),
                ("Less: Payment gateway charges (1.99%)", round(gross * 0.0199, 2))]
    else:
        event = rng.choice(EVENTS)
        lines = []
        for i in sorted(rng.sample(range(4), rng.randint(1, 3))):
            n, price = rng.randint(20, 160), [1000, 750, 500, 300][i]
            lines.append((f"{TIERS[i]} ({n} x {price})", float(n * price)))
        gross = sum(v for _, v in lines)
        pct = rng.choice([8, 10, 12, 15])
        comm = round(gross * pct / 100, 2)
        cuts = [(f"Less: Convenience & platform fee ({pct}%)", comm), ("Less: GST @ 18% on fee",
                                                               round(comm * 0.18, 2)),
                ("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2))]
        if rng.random() < 0.4:
            cuts.append(("Less: TCS u/s 52 (0.5%)", round(gross * 0.005, 2)))
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    if frame == "mail":
        p = mail_page(rng, font, f"{platform} Organiser Payments <payouts@{site}>",
                      ["Your payout has been processed", "Partner payout statement", "Settlement advice"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"partners.{site}/{rng.choice(['payouts', 'settlements', 'finance/payouts'])}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Payouts", "Payout details"])
        rs = money(rng, font, 0.3)
    words = {"success": ["Paid", "Payout credited", "Settled"],
             "failed": ["Payout failed - bank account could not be verified"],
             "pending": ["Payout scheduled", "In process"]}
    if frame == "app":
        head(p, platform, band, p.style["h106"]["dark"], ["Organiser app", "Event payouts"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    else:
        p.part = "head"
        top(p, platform)
        p.add("small", rng.choice(["Organiser payouts", "Event partner dashboard", "For organisers"]) if kind != "events"
              else "Organiser dashboard")
        p.add("center", rng.choice(["Payout summary", "Partner payout advice", "Settlement statement"]))
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
    payee_labels = ["Organiser", "Payout to"] if kind == "events" else ["Organiser", "Paid to", "Partner", "Payee"]
    wrap_pair(p, rng.choice(payee_labels), j.to, merchant=j.to)
    p.pair(rng.choice(["Organiser ID", "Partner ID"]) if kind != "events" else "Event ID",
           f"{code(rng, 2, UPPER)}{digits(rng, 5)}")
    if kind != "events":
        wrap_pair(p, "Event", f"{event}, {AUDITORIA[j.town]}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.choice([7, 14, 30]) + rng.randrange(2, 6))
        end = j.date - dt.timedelta(days=rng.randrange(2, 5))
        p.pair(rng.choice(["Sales between", "Settlement period", "Show dates"]) if kind != "events"
               else "Event held on", f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}" if kind != "events"
               else when(end, rng.choice(DAY_PATS)))
    for label, value in lines + cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        p.pair(rng.choice(["Net payout", "Amount payable to organiser", "Payout amount"]) if kind != "events"
               else "Net amount transferred", rs(net), amount=net)
    else:
        p.pair("Net payout", rs(net))
    wrap_pair(p, rng.choice(["Bank account", "Settled to"]), f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}")
    mode = "IMPS" if j.no_day else rng.choice(["NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        pid = rng.choice([f"po_{code(rng, 14, MIXED)}", f"PO{digits(rng, 10)}"])
        labelled(p, "Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, j.date)
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Credited on", "Paid on", "Settled on"]), "failed": "Failed on",
                     "pending": rng.choice(["Scheduled for", "Expected on"])}[status],
                 stamp(rng, j.date, PATS, hour=status != "pending"), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Update your bank details under Settings > Payouts to receive this payout.")
    elif status == "pending":
        p.add("small", "Payouts are processed in the next settlement cycle.")
    p.part = "foot"
    p.add("small", rng.choice(["Questions about a payout? Write to partners support.",
                               "This statement is generated automatically."]))
    return p.done()


# ---------------------------------------------------------------- 5. the academy's fee receipts and rental deposits


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind: P a person, F a firm, C a company): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


def fy_of(date: dt.date) -> str:
    return f"20{fy(date)}"


def ay_of(date: dt.date) -> str:
    """The assessment year of the financial year ``date`` falls in (2026-27 for FY 2025-26)."""
    y = int(fy(date)[:2]) + 1
    return f"20{y}-{y + 1}"


# the way, the page (a fee receipt cum invoice or an instrument rental deposit receipt)
INVOICE_PAGES = [("UPI", "invoice"), ("NEFT", "invoice"), ("cheque", "deposit"), ("NACH", "invoice"),
                 ("card", "invoice"), ("cheque", "invoice"), ("cash", "deposit"), ("IMPS", "deposit")]
# item, quantity range, rates
SEATS = [("Tuition fee - Piano (months)", (1, 3), [2500, 3000, 3500]),
         ("Tuition fee - Kathak (term)", (1, 1), [7500, 9000]),
         ("Tuition fee - Guitar (months)", (1, 3), [2200, 2800]),
         ("In-school music classes (students)", (20, 60), [450, 500, 600]),
         ("Tuition fee - Hindustani vocal (term)", (1, 1), [6000, 7200])]
EXTRAS = [("Admission fee", (1, 1), [1500, 2000]), ("Exam preparation classes", (4, 8), [400, 500]),
          ("Theory workbook", (1, 2), [450, 650]), ("Guitar strings set (D'Addario)", (1, 3), [750, 950]),
          ("Recital participation fee", (1, 1), [1000, 1500])]
CABINS = ["Yamaha PSR-E373 keyboard", "Tabla pair (Kolkata make)", "Student violin 4/4 with case",
          "Harmonium (scale changer)", "Yamaha C40 classical guitar"]
SPACE_SUB = ["Music | Dance | Exam preparation | Recitals", "Hindustani, Carnatic & Western music; Kathak & Bharatanatyam",
             "Keyboard, guitar, vocals, tabla & classical dance"]


def deposit_receipt(p: Screen, rs, k: int, j: Job, way: str, member: str, company: bool) -> tuple[list, dict, dict]:
    """The academy's INSTRUMENT RENTAL - DEPOSIT RECEIPT / REFUNDABLE DEPOSIT RECEIPT (the academy on top, the payee):
    Receipt No. / Rcpt. No., Date, "Received with thanks from <student or parent> the sum of <words> towards the
    interest-free refundable security deposit for <instrument> on rent, as per the rental agreement dated <day>" (no
    fact), Monthly instrument rent (no fact), Deposit amount / Amount received / Security deposit (n months) (the sum),
    the way and its reference; RECEIVED WITH THANKS / DEPOSIT RECEIVED."""
    rng = p.rng
    letterhead(p, k, j.to, ["INSTRUMENT RENTAL - DEPOSIT RECEIPT", "REFUNDABLE DEPOSIT RECEIPT"],
               sub=rng.choice(SPACE_SUB))
    if not j.no_ref:
        rno = f"DEP/{j.year()}{rng.randrange(1, 300):03d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    months = rng.choice([3, 4, 6])
    monthly = whole(rng.uniform(600, 2500), 100)
    deposit = float(monthly * months)
    j.amount = deposit
    payer = f"M/s {member}" if company else member
    p.add("left", f"Received with thanks from {payer} the sum of {words_in_rupees(deposit)} towards the "
                  f"interest-free refundable security deposit for {rng.choice(CABINS)} on rent"
                  + ("." if j.no_day else f", as per the rental agreement dated {j.other_day(rng, -20, 0)}."))
    p.add("rule")
    p.pair("Monthly instrument rent", rs(monthly))
    p.pair(rng.choice(["Deposit amount", "Amount received", f"Security deposit ({months} month"
                                                             f"{'s' if months > 1 else ''})"]), rs(deposit),
           amount=deposit)
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -4, 0))
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Mode", "Received by"]), way_text(rng, way, p.font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB", "SBIN"])
    word = rng.choice(["RECEIVED WITH THANKS", "DEPOSIT RECEIVED"])
    p.add("center", word, status="success")
    p.part = "foot"
    p.add("small", "Refundable when the instrument is returned in good condition, after adjusting rent dues and "
                   "repairs, if any. No interest is payable on the deposit.")
    right(p, f"For {SPACES[k][TRADE]}")
    right(p, "Authorised signatory")
    seal(p, SPACES[k][TRADE], "ACCOUNTS", None if j.no_day else j.date, "DEPOSIT RECEIVED")
    return p.done()


def academy_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy's own paper (serif): five FEE RECEIPT CUM TAX INVOICE / FEE RECEIPT / INVOICE & RECEIPT (the
    academy on top, its trust or firm on some; the payee): Receipt No. / Rcpt. No. / Bill No., Date / Receipt date,
    Student / Received from / Bill to (a student or parent, or M/s a partner school), Student ID / Roll No., GSTIN of
    school, Fee for / Term (no fact), Studio, the courses (Tuition fee - Piano (months) n x 3,000, Tuition fee - Kathak
    (term), In-school music classes (students) n x 500) and extras (Admission fee, Exam preparation classes, Theory
    workbook, Guitar strings set, Recital participation fee), Taxable value / Sub total, CGST 9% and SGST 9% or IGST
    18%, Invoice total / Total fee / Grand total, Less: TDS u/s 194J(b) @ 10% on a school's, Net amount received /
    Received (net of TDS) / Amount received / Received, or Cheque amount on a returned cheque, or Amount presented /
    NACH debit amount on an eNACH debit, the sum in words, Mode / Received by and its reference, or Cheque No. / Chq.
    No. with its day and bank, or eNACH with its UMRN and Presented on; PAID / FEE RECEIVED / RECEIVED WITH THANKS /
    CHEQUE RETURNED UNPAID - CLASSES ON HOLD (Return reason) / eNACH DEBIT PRESENTED - AWAITING CLEARANCE in a row and
    in the academy's rubber stamp; and three instrument rental deposit receipts (``deposit_receipt``)."""
    k = place("academy_receipt")
    status = outcome(k, failed=(5,), pending=(3,))
    way, page = INVOICE_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, firm=0.3)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    company = page == "invoice" and way in ("NEFT", "cheque") and rng.random() < 0.6
    member = MEMBERS[k] if company else rng.choice(PEOPLE)
    if page == "deposit":
        return deposit_receipt(p, rs, k, j, way, member, company)
    letterhead(p, k, j.to, ["FEE RECEIPT CUM TAX INVOICE", "FEE RECEIPT", "INVOICE & RECEIPT"],
               sub=rng.choice(SPACE_SUB))
    if not j.no_ref:
        ino = f"{CODES[k]}/{j.year()}{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "Bill No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Receipt date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Student", "Received from", "Bill to"]), f"M/s {member}" if company else member)
    p.pair(rng.choice(["Student ID", "Roll No."]), f"{CODES[k]}-S{rng.randrange(100, 999)}")
    if company:
        p.pair("GSTIN of school", gstin(rng, TOWNS[k][4]))
    if not j.no_day:
        p.pair(rng.choice(["Fee for", "Term"]), j.month())
    p.pair("Studio", f"{TOWNS[k][2]}, {TOWNS[k][0]}")
    p.add("rule")
    sub = 0.0
    picks = [SEATS[3] if company else rng.choice(SEATS[:3] + SEATS[4:])] + rng.sample(EXTRAS, rng.randint(0, 2))
    for item, (qlo, qhi), rates in picks:
        qty, rate = rng.randint(qlo, qhi), float(rng.choice(rates))
        line = qty * rate
        sub += line
        wrap_pair(p, f"{item} {qty} x {rate:g}" if qty > 1 else item, rs(line))
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    tax = round(sub * 0.18, 2)
    if rng.random() < 0.8:
        p.pair("CGST @ 9%", rs(tax / 2))
        p.pair("SGST @ 9%", rs(tax / 2))
    else:
        p.pair("IGST @ 18%", rs(tax))
    total = round(sub + tax, 2)
    p.pair(rng.choice(["Invoice total", "Total fee", "Grand total"]), rs(total))
    tds = round(sub * 0.10, 2) if company and way != "NACH" and rng.random() < 0.75 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194J(b) @ 10%", "Less: TDS 194J (10%)"]), rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    if status == "success":
        label = rng.choice(["Net amount received", "Received (net of TDS)"]) if tds else \
            rng.choice(["Amount received", "Received"])
    elif status == "failed":
        label = "Cheque amount"
    else:
        label = rng.choice(["Amount presented", "NACH debit amount"])
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    bank = rng.choice(BANKS)
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -6, 0))
        wrap_pair(p, "Drawn on", f"{bank}, {TOWNS[k][0]}")
    elif way == "NACH":
        p.pair("Mode", rng.choice(["eNACH (auto-debit)", "NACH debit"]), method="netbanking")
        p.pair("UMRN", f"{rng.choice(['HDFC', 'ICIC', 'UTIB'])}7{digits(rng, 15)}")
        p.pair("Presented on", j.day(rng), date=j.date)
        wrap_pair(p, "Debit from", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    else:
        p.pair(rng.choice(["Mode", "Received by", "Payment mode"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB", "KKBK", "SBIN"])
    word = {"success": rng.choice(["PAID", "FEE RECEIVED", "RECEIVED WITH THANKS"]),
            "failed": "CHEQUE RETURNED UNPAID - CLASSES ON HOLD",
            "pending": "eNACH DEBIT PRESENTED - AWAITING CLEARANCE"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair("Return reason", rng.choice(["Funds insufficient", "Payment stopped by drawer", "Signature differs"]))
        p.add("small", "Cheque return charges of Rs 500 will be added to the next fee.")
    elif status == "pending":
        p.add("small", "This receipt is valid on a successful debit from the payer's bank account.")
    p.part = "foot"
    p.add("small", rng.choice(["Fees once paid are adjusted, not refunded, except as per the refund policy.",
                               "Keep practising! E. & O.E."]))
    right(p, f"For {SPACES[k][TRADE]}")
    right(p, "Authorised signatory")
    seal(p, SPACES[k][TRADE], rng.choice(["FEE COUNTER", "ACCOUNTS"]),
         None if j.no_day or status != "success" else j.date,
         {"success": "PAID", "failed": "CHEQUE RETURNED", "pending": "NACH PRESENTED"}[status])
    return p.done()


# ---------------------------------------------------------------- 6. the studios' rent and the teachers' honorariums


LEASE_PAGES = ["invoice", "bank", "receipt", "invoice", "bank", "receipt", "bank", "invoice"]
LEASE_WAYS = ["NEFT", "NEFT", "cheque", "RTGS", "IMPS", "IMPS", "NEFT", "cheque"]
LESSORS = ["Sree Annapoorna Estates Pvt Ltd", "Vasant Rao Khobragade", "Lakshmi Narayan Paliwal",
           "Kadri Realty & Developers LLP", "Bora Properties Pvt Ltd", "Harish Chandra Uniyal", "Sai Tirumala Towers LLP",
           "Vesu Infraspace Pvt Ltd"]
LEASE_BANKS = {1: ("Canara ai1 Corporate", None, "web", "NEFT", "CNRB"),
               4: ("IDFC FIRST Bank Business", (155, 30, 35), "app", "IMPS", "IDFB"),
               6: ("Union Bank Corporate Net Banking", None, "web", "NEFT", "UBIN")}
LEASE_URLS = {"Canara ai1 Corporate": "corp.canarabank.com/neft/acknowledgement",
              "Union Bank Corporate Net Banking": "corp.unionbankonline.co.in/payments/neft/ack"}
HONORARIA = ["Honorarium Feb - Kathak 24 classes", "Visiting faculty - tabla (Mar) less TDS",
             "Honorarium - piano Grade classes", "Recital choreography fee less TDS 194J",
             "Guest workshop - Carnatic vocal", "Honorarium - guitar batch (weekend)"]
FLOORS = ["Ground", "1st", "2nd", "3rd", "4th", "3rd & 4th", "5th"]


def lease_invoice(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A landlord company's TAX INVOICE - LEASE RENTAL / RENT INVOICE / INVOICE (LEASE RENT & CAM) with the payment
    received on it (the landlord on top, the payee): Invoice No., Date / Invoice date, Lessee / Tenant / Bill to M/s the
    academy's trust or firm, Premises, Leasable area, Rent for / Rent period (no fact), Lease rent n sq ft x rate, CAM charges
    n sq ft x rate, Taxable value, CGST and SGST @ 9%, Invoice total / Total amount, Less: TDS u/s 194-I(b) @ 10%, Amount
    received / Net amount received (the sum), the sum in words, the way and its reference; PAYMENT RECEIVED / PAID /
    RECEIVED WITH THANKS."""
    name = LESSORS[k]
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, k, name, ["TAX INVOICE - LEASE RENTAL", "RENT INVOICE", "INVOICE (LEASE RENT & CAM)"],
               sub="Commercial premises - leasing & maintenance")
    if not j.no_ref:
        ino = f"{rng.choice(['LR', 'RENT', 'INV'])}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Lessee", "Tenant", "Bill to"]), f"M/s {SPACES[k][FIRM]}")
    wrap_pair(p, "Premises", f"{rng.choice(FLOORS)} floor, {BUILDINGS[k]}, {TOWNS[k][2]}, {TOWNS[k][0]}")
    area = rng.randrange(12, 40) * 100
    p.pair("Leasable area", f"{area:,} sq ft")
    if not j.no_day:
        p.pair(rng.choice(["Rent for", "Rent period"]), j.month())
    p.add("rule")
    rate, cam = rng.choice([42, 48, 55, 62, 70]), rng.choice([6, 8, 9.5, 12])
    rent = float(area * rate)
    wrap_pair(p, f"Lease rent {area:,} sq ft x {rate}", rs(rent))
    upkeep = round(area * cam, 2) if rng.random() < 0.7 else 0.0
    if upkeep:
        wrap_pair(p, f"CAM charges {area:,} sq ft x {cam:g}", rs(upkeep))
    taxable = rent + upkeep
    p.pair("Taxable value", rs(taxable))
    half = round(taxable * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    total = round(taxable + 2 * half, 2)
    p.pair(rng.choice(["Invoice total", "Total amount"]), rs(total))
    tds = round(taxable * 0.10, 2)
    p.pair(rng.choice(["Less: TDS u/s 194-I(b) @ 10%", "Less: TDS 194-I(b) (10% of taxable value)"]), rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Amount received", "Net amount received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Received by cheque No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Received by", "Mode"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "UTIB", "FDRL"])
    p.add("center", rng.choice(["PAYMENT RECEIVED", "PAID", "RECEIVED WITH THANKS"]), status="success")
    p.part = "foot"
    p.add("small", f"Subject to {TOWNS[k][0]} jurisdiction. TDS certificate (Form 16A) to be issued quarterly.")
    right(p, f"For {name}")
    right(p, "Authorised signatory")
    return p.done()


def lease_receipt(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A landlord's RENT RECEIPT / LEASE RENT RECEIPT for the academy's floor (paper): Receipt No. / No., Date, "Received
    from the Lessee, M/s <the academy's company> (<the academy>), the monthly lease rent for the premises at <building>
    for <month>" (no fact), Monthly lease rent, Less: TDS u/s 194-I(b) @ 10%, Net amount received / Amount received
    (the sum), the sum in words, the way and its reference, RECEIVED WITH THANKS, Lessor / Landlord / Owner (the payee;
    Shri on some), PAN of lessor, the revenue stamp."""
    name = LESSORS[k]
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "LEASE RENT RECEIPT"]))
    p.add("small", "(Studio premises - monthly lease rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"LR-{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.add("left", f"Received from the Lessee, M/s {SPACES[k][FIRM]} ({SPACES[k][TRADE]}), the monthly lease rent for "
                  f"the premises at {BUILDINGS[k]}, {TOWNS[k][2]}, {TOWNS[k][0]}"
                  + ("." if j.no_day else f" for {j.month()}."))
    p.add("rule")
    rent = whole(rng.uniform(25000, 120000), 500)
    p.pair(rng.choice(["Monthly lease rent", "Rent"]), rs(rent))
    tds = round(rent * 0.10, 2)
    p.pair(rng.choice(["Less: TDS u/s 194-I(b) @ 10%", "Less: TDS 194-I (10%)"]), rs(tds))
    net = round(rent - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount received", "Amount received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["Paid by", "Mode of payment"]), chq if j.no_day else f"{chq} dt {j.other_day(rng, -5, 0)}",
               method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode of payment"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "IDFB"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    shown = f"Shri {name}" if rng.random() < 0.35 else name
    wrap_pair(p, rng.choice(["Lessor", "Landlord", "Owner"]), shown, merchant=name)
    p.pair("PAN of lessor", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Lessee's copy", "Signature of lessor")
    return p.done()


def rent_honorarium(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy paying its studio's landlord and its visiting teachers: the landlord company's lease-rent invoice
    with the payment received (three, ``lease_invoice``), a landlord's rent receipt (two, ``lease_receipt``), or the
    academy's own bank after the NEFT or IMPS of a teacher's honorarium (Canara ai1 Corporate, IDFC FIRST Bank
    Business, Union Bank Corporate Net Banking; heldout124's page, the teacher under Beneficiary / Payee / Vendor /
    Beneficiary name, the account and IFSC, the mode, UTR / IMPS Ref No and Bank Ref No. / Txn Ref No. / Transaction ID
    on some, the day, the debit account, Remarks / Narration (Honorarium Feb - Kathak 24 classes), Debit account name,
    Created by / Approved by on the web pages; Transaction Successful / Funds transferred successfully / Returned by
    beneficiary bank / Transaction Failed / <mode> under process / Transaction in process)."""
    k = place("rent_honorarium")
    status = outcome(k, failed=(1,), pending=(4,))
    frame, way = LEASE_PAGES[k], LEASE_WAYS[k]
    low, high = {"IMPS": (60000, 450000), "NEFT": (80000, 600000), "RTGS": (200000, 900000)}.get(way, (60000, 400000))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=low, high=high, p_round=0.6, town=k)
    if frame == "bank":
        j.amount = rupees(rng, 6000, 85000, 0.6)
    if frame == "invoice":
        return lease_invoice(rng, font, k, j, way)
    if frame == "receipt":
        return lease_receipt(rng, font, k, j, way)
    row = LEASE_BANKS[k]
    j.to = TEACHERS[k].upper() if rng.random() < 0.35 else TEACHERS[k]
    p, _ = transfer_ack(rng, font, k, row, status, j, url=LEASE_URLS.get(row[0]), widths=[700, 740],
                        third_head="Vendor payments", payee_labels=["Beneficiary", "Payee", "Vendor",
                                                                    "Beneficiary name"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Txn Ref No.", "Transaction ID"],
                  txn_label="Transaction ID")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), rng.choice(HONORARIA))
    if row[2] == "web":
        wrap_pair(p, "Debit account name", SPACES[k][FIRM])
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["accounts.exec", "fin_ops1", "admin.payables"]))
        p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["director.fin", "cfo_approver", "md.office"]))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 7. electricity and internet


# the board in a town: long name, short name, its number's label and length
POWER = {0: ("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL", "Service No.", 12),
         1: ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "Consumer No.", 12),
         3: ("Mangalore Electricity Supply Company Ltd", "MESCOM", "Account ID", 10),
         4: ("Assam Power Distribution Company Ltd", "APDCL", "Consumer No.", 11),
         6: ("A.P. Central Power Distribution Corporation Ltd", "APCPDCL", "USC No.", 9)}
# the app or net banking (band), its frame, the way
POWER_APPS = {0: ("Airtel Thanks", (228, 0, 43), "phone", "UPI"),
              1: ("IDFC FIRST Bank Business", None, "browser", "netbanking"),
              3: ("BHIM", (0, 98, 65), "phone", "UPI"),
              4: ("CRED", (18, 18, 20), "phone", "card"),
              6: ("Bajaj Finserv", (0, 100, 170), "phone", "wallet")}
# the internet provider: name, frame, url, company line, the way
ISPS = {2: ("Spectra", "browser", "my.spectra.co/payments/receipt", "Shyam Spectra Pvt Ltd", "netbanking"),
        5: ("JioBusiness", "phone", None, "Reliance Jio Infocomm Ltd", "UPI"),
        7: ("Airtel Business", "mail", None, "Bharti Airtel Ltd", "card")}
ISP_PLANS = ["Business Fibre 200 Mbps - monthly", "Broadband 300 Mbps - quarterly", "SME Fibre 150 Mbps + static IP",
             "Fibre 100 Mbps - half yearly"]


def isp_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """An internet provider's own receipt for the academy's line (Spectra's payment receipt in a browser, JioBusiness's
    app screen, Airtel Business's e-mail): the provider on top (the payee) and its company line, Payment successful /
    Payment received / Thank you for your payment, Account name / Customer name the academy's company, CAN ID / Account
    No. / Service ID / Customer ID, Plan, Invoice No. (the bill's, no id), Bill period (no fact), Amount paid / Amount
    received or the sum large, Payment mode, Receipt No., Transaction ID, Bank Ref No. or Auth code, Payment date /
    Paid on / Received on, Payment status."""
    name, frame, url, company, way = ISPS[k]
    j.amount = float(rng.choice([1179, 1769, 2359, 3539, 4719, 7079]))
    status = j.status
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "phone":
        p = phone_page(rng, font, k, ["", "Pay bill", "Payment status"])
        rs = money(rng, font, 0.5)
    else:
        p = mail_page(rng, font, f"{name} <noreply@airtel.com>", ["Thank you for your payment",
                                                                  "Payment received for your account"])
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", company)
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Payment received", "Thank you for your payment"]})
    if frame == "phone":
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Account name", "Customer name"]), SPACES[k][FIRM])
    p.pair(rng.choice(["CAN ID", "Account No.", "Service ID", "Customer ID"]), digits(rng, rng.choice([8, 9, 10])))
    wrap_pair(p, "Plan", rng.choice(ISP_PLANS))
    if not j.no_ref:
        p.pair("Invoice No.", f"{code(rng, 2, UPPER)}{digits(rng, 9)}")
    if not j.no_day:
        start = j.date.replace(day=1)
        p.pair("Bill period", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=27), '%d %b %Y')}")
    if frame != "phone":
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
    vpa = f"{SLUGS[k][:9]}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}"
    p.pair(rng.choice(["Payment mode", "Paid using"]),
           {"UPI": f"UPI ({vpa})", "card": f"{rng.choice(['Visa', 'Mastercard'])} credit card {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        rno = f"{name[0]}R{digits(rng, 10)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "netbanking":
            bref = digits(rng, 12)
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Payment date", "Paid on", "Received on"]), stamp(rng, j.date, PATS), date=j.date)
    if frame != "browser":
        p.pair("Payment status", rng.choice(["Successful", "Received"]))
    p.part = "foot"
    p.add("small", rng.choice(["The payment will reflect in your account within 2 hours.",
                               "For any query, call the business helpline."]))
    return p.done()


def power_internet(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy's electricity through Bharat Connect (Airtel Thanks, BHIM, CRED and Bajaj Finserv on a phone, IDFC
    FIRST Bank Business's bill payment receipt in a browser; the outcome and the sum large on a phone): Biller name /
    Electricity board / Billed by the board (TNPDCL, MSEDCL, MESCOM, APDCL, APCPDCL or its long name; the payee),
    Service No. / Consumer No. / Account ID / USC No., Customer name / Consumer name the
    company, Tariff, Sanctioned load, Units consumed, Bill month and Due date (no fact), Bill amount, Digital payment
    rebate and Amount paid on some, Paid using / Payment mode (UPI, a current account, a credit card, Bajaj Pay
    Wallet), B-Connect Txn ID / Bharat Connect Txn Ref / BBPS Txn ID, UPI Ref No., Order ID / Transaction ID, Paid on /
    Payment date / Attempted on / Initiated on; Bill payment done / Paid to biller / Bill paid successfully / Bill
    payment failed / Payment could not be completed / Bill payment pending / Biller confirmation pending; or the
    internet provider's own receipt (three, ``isp_receipt``)."""
    k = place("power_internet")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=2500, high=38000, p_round=0.3, town=k)
    if k in ISPS:
        return isp_receipt(rng, font, k, j)
    long, short, number, size = POWER[k]
    app, band, frame, way = POWER_APPS[k]
    bill = j.amount
    rebate = round(bill * 0.01, 2) if status == "success" and rng.random() < 0.45 else 0.0
    j.amount = round(bill - rebate, 2)
    words = {"success": ["Bill payment done", "Paid to biller", "Bill paid successfully"],
             "failed": ["Bill payment failed", "Payment could not be completed"],
             "pending": ["Bill payment pending", "Biller confirmation pending"]}
    if frame == "browser":
        p = browser_page(rng, font, "business.idfcfirstbank.com/billpay/receipt")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill Payments - Payment Receipt", "Bharat Connect - Transaction Receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment status", "Status"]), rng.choice(words[status]), status=status)
    else:
        p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
        rs = money(rng, font, 0.3)
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Pay bills"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Electricity board {long}     ") else short
    wrap_pair(p, rng.choice(["Biller name", "Electricity board", "Billed by"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), SPACES[k][FIRM].upper())
    p.pair("Tariff", rng.choice(["LT-2 Non-domestic", "LT Commercial", "NDS - Non-domestic"]))
    p.pair("Sanctioned load", f"{rng.randrange(5, 25)} kW")
    p.pair("Units consumed", f"{rng.randrange(300, 3800):,} kWh")
    if not j.no_day:
        p.pair(rng.choice(["Bill month", "Billing month"]), j.month(1))
        p.pair("Due date", j.other_day(rng, 2, 14))
    if rebate:
        p.pair("Bill amount", rs(bill))
        p.pair("Digital payment rebate", f"-{rs(rebate)}")
        p.pair("Amount paid", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "netbanking": f"Current A/c {masked(rng, font)}", "card": f"Credit card {masked(rng, font)}",
            "wallet": "Bajaj Pay Wallet"}[way], method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "Bharat Connect Txn Ref", "BBPS Txn ID"]), bref,
                 txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            label = rng.choice(["Order ID", "Transaction ID"])
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Payment date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The board will confirm within 48 hours. Please do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


# ---------------------------------------------------------------- 8. instrument dealers, tuners, sound, halls


VENDORS = [("Coimbatore Music House", "hk", "NEFT"), ("Soundwave Audio & Lights", "cafe", "UPI"),
           ("Venkatesh Piano Services", "water", "cash"), ("Town Hall Mangaluru", "pest", "cheque"),
           ("Guwahati Musical Stores", "hk", "UPI"), ("Shruti Tuning & Repairs", "water", "UPI"),
           ("Pulse Stage Sound & Lighting", "cafe", "NEFT"), ("Surat Sangeet Bhandar", "hk", "NEFT")]
VENDOR_SUBS = {"hk": "Musical instruments, accessories & sheet music - dealers",
               "cafe": "Sound, lights, stage & LED walls on hire",
               "water": "Piano tuning, regulation & instrument repairs",
               "pest": "Auditorium - 450 seats, air conditioned"}
VENDOR_KINDS = {"hk": ["TAX INVOICE", "RETAIL INVOICE"], "cafe": ["TAX INVOICE", "HIRE BILL"],
                "water": ["CASH MEMO", "SERVICE BILL"], "pest": ["HALL HIRE BILL", "BOOKING RECEIPT"]}
# item, quantity range, rate range
VENDOR_ITEMS = {"hk": [("Yamaha PSR-E383 keyboard", (1, 4), (15500, 17500)),
                       ("Guitar strings set", (6, 24), (450, 950)), ("Tabla pair (Kolkata make)", (1, 2), (9500, 14000)),
                       ("Music stand (folding)", (4, 12), (650, 900)), ("Trinity theory workbooks", (10, 30), (420, 560))],
                "cafe": [("Line array PA system - 2 shows", (1, 1), (18000, 32000)),
                         ("Stage lights - par cans & moving heads", (1, 1), (9000, 16000)),
                         ("Cordless mics", (4, 10), (600, 900)), ("Sound engineer & crew", (2, 4), (2500, 3500))],
                "water": [("Piano tuning (upright)", (1, 3), (2500, 3200)), ("Harmonium reed tuning", (1, 4), (900, 1400)),
                          ("Guitar set-up & restringing", (1, 6), (400, 600))],
                "pest": [("Hall hire - full day", (1, 1), (28000, 45000)), ("AC charges (hours)", (6, 10), (1200, 1800)),
                         ("Green room & stage lights", (1, 1), (4000, 7000)),
                         ("Cleaning & security charges", (1, 1), (2500, 4000))]}
VENDOR_GST = {"hk": 0.18, "cafe": 0.18, "water": 0.0, "pest": 0.18}


def music_vendors(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy's vendors' paper (the vendor on top, the payee): the instrument dealers' TAX INVOICE / RETAIL
    INVOICE (Yamaha PSR-E383 keyboard n x rate, Guitar strings set, Tabla pair, Music stand, Trinity theory workbooks),
    the sound and lighting firms' TAX INVOICE / HIRE BILL (Line array PA system - 2 shows, Stage lights, Cordless mics,
    Sound engineer & crew, Transport & loading @ 10% of crew on some), the piano tuners' CASH MEMO / SERVICE BILL (no
    GST), the auditorium's HALL HIRE BILL / BOOKING RECEIPT (Hall hire - full day, AC charges (hours), Green room & stage
    lights, Cleaning & security charges): Bill No. / Invoice No. / Memo No., Date / Bill date, To / Bill to / Client
    M/s the academy, Event date / Show date and Event (no fact) on the hire bills, the lines, Taxable value / Sub total,
    CGST and SGST @ 9%, Round off, Total / Bill total / Net payable, Less: TDS u/s 194C @ 2% on some, Amount received
    (net of TDS) / Received (after
    TDS) / Amount received / Received / Paid, Mode / Paid by and its reference, or Amount due / Balance payable with
    Payment attempted UPI - declined, or Cheque received with its number and bank; PAID / RECEIVED WITH THANKS /
    PAYMENT RECEIVED - THANK YOU / UPI DECLINED - BILL UNPAID / CHEQUE DEPOSITED - AWAITING CLEARANCE."""
    k = place("music_vendors")
    status = outcome(k, failed=(4,), pending=(3,))
    name, kind, way = VENDORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    to = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, k, to, VENDOR_KINDS[kind], sub=VENDOR_SUBS[kind], gst=kind != "water")
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Bill No.", "Invoice No.", "Memo No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["To", "Bill to", "Client"]), f"M/s {SPACES[k][rng.choice([TRADE, FIRM])]}")
    if kind in ("pest", "cafe") and not j.no_day:
        p.pair(rng.choice(["Event date", "Show date"]), j.other_day(rng, 1, 20))
        wrap_pair(p, "Event", rng.choice(EVENTS))
    p.add("rule")
    items = VENDOR_ITEMS[kind]
    picks = [items[0]] + rng.sample(items[1:], rng.randint(1, len(items) - 1))
    sub = manpower = 0.0
    for item, (qlo, qhi), (rlo, rhi) in picks:
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 50 if rhi > 5000 else 1))
        line = qty * rate
        sub += line
        if kind == "cafe" and "crew" in item:
            manpower += line
        wrap_pair(p, f"{item} {qty:,} x {rate:g}" if qty > 1 else item, rs(line))
    if manpower and rng.random() < 0.5:
        charge = round(manpower * 0.10, 2)
        p.pair("Transport & loading @ 10% of crew", rs(charge))
        sub += charge
    p.add("rule")
    rate = VENDOR_GST[kind]
    gross = sub
    if rate:
        p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
        half = round(sub * rate / 2, 2)
        pct = f"{rate * 50:g}%"
        p.pair(f"CGST @ {pct}", rs(half))
        p.pair(f"SGST @ {pct}", rs(half))
        gross = sub + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Total", "Bill total", "Net payable"]), rs(total))
    tds = round(sub * 0.02, 2) if kind == "cafe" and way == "NEFT" and rng.random() < 0.8 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    if status == "success":
        label = rng.choice(["Amount received (net of TDS)", "Received (after TDS)"]) if tds else \
            rng.choice(["Amount received", "Received", "Paid"])
        p.pair(label, rs(net), amount=net)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "ICIC", "UTIB"])
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(net), amount=net)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
    else:
        p.pair("Cheque received", rs(net), amount=net)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED - THANK YOU"]),
            "failed": "UPI DECLINED - BILL UNPAID", "pending": "CHEQUE DEPOSITED - AWAITING CLEARANCE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Subject to {TOWNS[k][0]} jurisdiction. E. & O.E.")
    p.add("pair", "Receiver's sign", "For the vendor")
    return p.done()


# ---------------------------------------------------------------- 9. the academy's software


# product, its site, frame, company line, the way, the currency
SAAS = [("Charanga", "charanga.com", "mail", "Charanga Ltd", "card", "GBP"),
        ("Zoom Workplace", "zoom.us", "browser", "Zoom Communications Inc.", "card", "USD"),
        ("Flat for Education", "flat.io", "mail", "Tutteo SAS", "card", "EUR"),
        ("Canva Pro", "canva.com", "phone", "Canva Pty Ltd", "UPI", "INR"),
        ("Google Workspace", "workspace.google.com", "browser", "Google Cloud India Pvt Ltd", "card", "INR"),
        ("My Music Staff", "mymusicstaff.com", "mail", "My Music Staff Inc.", "card", "USD"),
        ("Zoho Books", "zoho.in", "browser", "Zoho Corporation Pvt Ltd", "netbanking", "INR"),
        ("TallyPrime", "tallysolutions.com", "phone", "Tally Solutions Pvt Ltd", "UPI", "INR")]
# the plan, its lines (label, quantity, rate), days to the next charge
SAAS_PLANS = {"Charanga": ("Musical School - 1 site (annual)", [("Musical School licence", 1, 420.0),
                                                                   ("Teacher seats", 3, 25.0)], 365),
              "Zoom Workplace": ("Pro - monthly", [("Pro licences", 3, 15.99)], 30),
              "Flat for Education": ("Flat for Education - 60 students (annual)", [("Students", 60, 2.5)], 365),
              "Canva Pro": ("Canva Pro - annual", [("Canva Pro (annual)", 1, 3999.0)], 365),
              "Google Workspace": ("Business Starter - Flexible plan", [("Users", 6, 136.0)], 30),
              "My Music Staff": ("Studio - up to 10 teachers (monthly)", [("Studio plan", 1, 29.95),
                                                                           ("Extra teachers", 4, 4.95)], 30),
              "Zoho Books": ("Standard - annual", [("Standard plan (annual)", 1, 8388.0), ("Additional users", 2,
                                                                                           1200.0)], 365),
              "TallyPrime": ("TallyPrime Silver - renewal (TSS)", [("TSS renewal - Silver (1 year)", 1, 4500.0)], 365)}
TAGLINES = {"Charanga": "Music teaching resources for schools", "Zoom Workplace": "Meetings, webinars & chat",
            "Flat for Education": "Music notation for classrooms", "My Music Staff": "Music studio management",
            "Canva Pro": "Design for posters, brochures & social media"}


def music_saas(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy's teaching, studio-management and office software (Charanga billed in pounds, Zoom Workplace and My
    Music Staff in US dollars, Flat for Education in euros, Canva Pro, Google Workspace, Zoho Books and TallyPrime in
    rupees; the vendor's e-mail, its billing page in a browser or an app's result screen): the product on top (the
    payee) and its tagline or company line, Payment receipt / Invoice paid / Billing - transaction details / Receipt,
    Bill to / Account / Customer the academy's trust or firm, GSTIN, Account ID / Workspace ID / Customer ID (no id),
    Plan, Billing period (no fact), the lines (Teacher seats 3 x 25.00, Pro licences 3 x 15.99, Users 6 x 136), IGST @
    18% / GST @ 18% or Tax / VAT (0%) 0.00 with the reverse-charge note, Amount paid / Total charged / Total / Amount
    due or the sum large, Payment method / Paid with (Visa ending n, UPI AutoPay (<vpa>), Net banking - <bank>),
    Invoice # / Invoice No., Payment ID (pay_..., ch_...) / Transaction ID, Bank Ref No., Auth code, UPI Ref No,
    Charged on / Payment date / Paid on / Attempted on / Initiated on, Next charge on (no fact); Paid / Payment
    successful / Charge failed - card declined / Payment processing - awaiting bank confirmation."""
    k = place("music_saas")
    status = outcome(k, failed=(1,), pending=(3,))
    name, site, frame, company, way, cur = SAAS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, town=k)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Billing", "Payment status"])
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <{rng.choice(['billing', 'invoices', 'no-reply'])}@{site}>",
                      [f"Your {name} receipt", "Payment received - thank you", "Invoice paid"])
    else:
        url = "admin.google.com/ac/billing/transactions" if name == "Google Workspace" else \
            f"app.{site}/{rng.choice(['billing', 'settings/billing', 'subscription/invoices'])}"
        p = browser_page(rng, font, url)
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {"success": ["Paid", "Payment successful"], "failed": ["Charge failed - card declined"],
             "pending": ["Payment processing - awaiting bank confirmation"]}
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", TAGLINES.get(name) or company)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add("center", rng.choice(["Payment receipt", "Invoice paid", "Billing - transaction details", "Receipt"])
              if status == "success" else rng.choice(["Billing - transaction details", "Payment status"]))
        p.add("rule")
        p.part = "body"
    plan, lines, days = SAAS_PLANS[name]
    wrap_pair(p, rng.choice(["Bill to", "Account", "Customer"]), SPACES[k][FIRM])
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    p.pair(rng.choice(["Account ID", "Workspace ID", "Customer ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        line = qty * rate
        sub += line
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(line))
    sub = round(sub, 2)
    p.pair(rng.choice(["Subtotal", "Sub total"]), show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair(rng.choice(["Tax", "VAT (0%)"]), show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(["Amount paid", "Total charged", "Total"] if status == "success" else
                           ["Amount due", "Total"])
        p.pair(label, show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: the customer accounts for IGST on this import of services.")
    vpa = f"{SLUGS[k][:9]}@{rng.choice(['okhdfcbank', 'ybl', 'icici', 'oksbi'])}"
    p.pair(rng.choice(["Payment method", "Paid with"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}", "UPI": f"UPI AutoPay ({vpa})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        if status == "success":
            inv = f"{code(rng, 4, UPPER)}-{rng.randrange(1000, 9999)}" if cur != "INR" else \
                f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            labelled(p, rng.choice(["Invoice #", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
        if name == "Google Workspace":
            pid = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
        elif cur != "INR":
            pid = f"ch_{code(rng, 16, MIXED)}"
        else:
            pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
        labelled(p, "Payment ID" if pid[:3] in ("pay", "ch_") else "Transaction ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "netbanking":
            bref = digits(rng, 10)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Charged on", "Payment date", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair("Next charge on", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will retry the charge in 3 days. Update your card to avoid suspension.")
    elif status == "pending":
        p.add("small", "Your plan stays active while the bank confirms the AutoPay debit.")
    p.part = "foot"
    p.add("small", rng.choice(["Manage billing under Settings > Billing.", "Questions? Reply to this message."]))
    return p.done()


# ---------------------------------------------------------------- 10. refunds of fees


# frame, the way
REFUND_PAGES = [("paper", "NEFT"), ("app", "IMPS"), ("mail", "UPI"), ("gateway", "card"), ("app", "NEFT"),
                ("paper", "cheque"), ("mail", "NEFT"), ("gateway", "UPI")]
REFUND_APPS = {1: ("Kotak Biz", (237, 28, 36)), 4: ("BOB World Business", (241, 101, 33))}
GATEWAYS = {3: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
            7: ("Cashfree Payments", "merchant.cashfree.com/pg/refunds")}
ROOMS = ["Summer camp - Kathak (10 days)", "Guitar bootcamp (4 days)", "Bollywood dance workshop",
         "Voice culture masterclass", "Drum circle workshop", "Keyboard crash course (2 weeks)"]


def deduction_rows(rng: random.Random, k: int, j: Job, held: float) -> list[tuple[str, float]]:
    """What the academy keeps from a term's fee paid in advance: the classes attended, the admission fee, books,
    a processing charge."""
    cuts: list[tuple[str, float]] = []
    if rng.random() < 0.7:
        n = rng.randint(2, 8)
        tail = "" if j.no_ref or j.no_day else f" (Rcpt {CODES[k]}/{fy(j.date)}/{rng.randrange(100, 2999):04d})"
        cuts.append((f"Less: Classes attended ({n} of 24){tail}", float(round(held / 24 * n))))
    if rng.random() < 0.5:
        cuts.append(("Less: Admission fee (non-refundable)", float(rng.choice([1000, 1500, 2000]))))
    if rng.random() < 0.35:
        cuts.append(("Less: Books & practice kit issued", float(rng.choice([450, 650, 900]))))
    if rng.random() < 0.4:
        cuts.append(("Less: Processing charge", float(rng.choice([200, 250, 500]))))
    return cuts


def fee_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy refunding a term's fee to a student who discontinued (less the classes attended) or a cancelled
    workshop's registration: its FEE REFUND VOUCHER / REFUND OF FEES - SETTLEMENT (paper, the academy on top, the
    payer: Voucher No., Date, Refund to / Student / Payee the student or parent (the payee), Discontinued from (no
    fact), Course, Term fee paid, Less: Classes attended (n of 24) (Rcpt ...), Less: Admission fee (non-refundable),
    Less: Books & practice kit issued, Less: Processing charge, Net refund / Amount refunded (the sum), the way and its
    reference; REFUNDED / REFUND PAID), its e-mail to the parent (Refunded to / Beneficiary, the same lines, Amount
    refunded, Mode, To account, UTR / UPI Ref No., Refunded on, Status Refund processed), its business banking app
    (Kotak Biz, BOB World Business: Paid to / Beneficiary, Remarks Fee refund, IMPS Ref No / UTR and Transaction ID,
    Date & Time / Attempted on; Transfer successful / Money sent / Transfer failed - beneficiary account closed) or its
    gateway's refund page for a cancelled workshop (Razorpay, Cashfree Payments: the trust or firm | Live under it,
    Refund details, the refund large, Customer / Refunded to, Workshop, Payment amount, Cancellation charge (n%), Refund
    to Source - card / UPI, Refund ID, ARN / RRN, the original Payment ID (no id), Processed on / Refunded on /
    Initiated on; Refund processed / Refunded / Refund in progress)."""
    k = place("fee_refund")
    status = outcome(k, failed=(4,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    client = rng.choice(PEOPLE)
    client = client.upper() if rng.random() < 0.2 else client
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        paid = float(rng.choice([1500, 2000, 2500, 3500, 4999, 6000]))
        pct = rng.choice([0, 25, 50])
        charge = round(paid * pct / 100, 2)
        refund = round(paid - charge, 2)
        j.amount = refund
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{SPACES[k][FIRM]}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund processed", "Refunded"], "pending": ["Refund in progress"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), client, merchant=client)
        wrap_pair(p, "Workshop", rng.choice(ROOMS))
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        p.pair(f"Cancellation charge ({pct}%)", rs(charge))
        p.pair("Refund to", {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}" if gw == "Razorpay" else f"CF{digits(rng, 11)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "RRN", arn, txn=(UTR_RANK, arn))
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else digits(rng, 10))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Processed on", "Refunded on"]), "pending": "Initiated on"}[status],
                     stamp(rng, j.date, PATS), date=j.date)
        if status == "pending":
            p.add("small", "Refunds reach the customer's card in 5-7 working days.")
        p.part = "foot"
        p.add("small", "Refunds cannot be cancelled once initiated.")
        return p.done()
    held = float(whole(rng.uniform(6000, 36000), 500))
    cuts = deduction_rows(rng, k, j, held)
    refund = round(held - sum(v for _, v in cuts), 2)
    j.amount = refund
    if frame == "paper":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, SPACES[k][TRADE], ["FEE REFUND VOUCHER", "REFUND OF FEES - SETTLEMENT"],
                   sub=rng.choice(SPACE_SUB), merchant=False)
        if not j.no_ref:
            vno = f"RV/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair(rng.choice(["Voucher No.", "Refund voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Student", "Payee"]), client, merchant=client)
        if not j.no_day:
            p.pair("Discontinued from", j.other_day(rng, -40, -5))
        wrap_pair(p, "Course", rng.choice(COURSES))
        p.add("rule")
        p.pair("Term fee paid", rs(held))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))
        p.pair(rng.choice(["Net refund", "Amount refunded"]), rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        if way == "cheque":
            p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["HDFC", "KKBK", "UTIB"])
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement of the fees paid.")
        p.add("pair", "Parent's signature", "For the academy")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, f"{SPACES[k][TRADE]} Accounts <accounts@{SLUGS[k]}.in>",
                      ["Refund of fees", "Fee refund processed", "Your refund request - settled"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, SPACES[k][TRADE])
        p.add("small", rng.choice(SPACE_SUB))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {client.split()[0].title()}, as requested we have refunded the unused part of the "
                      f"term's fee as below.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
        p.pair("Term fee paid", rs(held))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))
        p.pair("Amount refunded", rs(refund), amount=refund)
        p.pair("Mode", way, method=method_of(way))
        p.pair("To account", f"XXXXXX{digits(rng, 4)}" if way != "UPI" else
               f"{vpa_base(client)}{rng.randrange(10, 99)}@oksbi")
        if not j.no_ref:
            if way == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "KKBK", "UTIB"]), rng, j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", f"Thank you for learning with {SPACES[k][TRADE]}. We hope to see you again.")
        return p.done()
    app, band = REFUND_APPS[k]
    p = phone_page(rng, font, k, ["", "Transaction details"])
    head(p, app, band, p.style["h106"]["dark"], ["Pay vendors & others", f"{way} transfer"])
    rs = money(rng, font, 0.5)
    p.part = "body"
    outcome_row(p, status, {"success": ["Transfer successful", "Money sent"],
                            "failed": ["Transfer failed - beneficiary account closed"]})
    p.add("big", rs(refund), amount=refund)
    wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), client, merchant=client)
    p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.pair("Mode", way, method=method_of(way))
    wrap_pair(p, "Remarks", rng.choice(["Fee refund - discontinued", "Term fee refund", "Refund of excess fee"]))
    if not j.no_ref:
        if way == "IMPS":
            labelled(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        elif status == "success":
            ref = neft_utr(rng.choice(["KKBK", "BARB"]), rng, j.date)
            labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
        own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": "Date & Time", "failed": "Attempted on"}[status], stamp(rng, j.date, PATS),
                 date=j.date)
    p.pair("Debited from", f"Current A/c {masked(rng, font)}")
    if status == "failed":
        p.add("small", "The beneficiary's account is closed. The amount has been reversed to your account.")
    return p.done()


# ---------------------------------------------------------------- 11. exam boards' entry fees


# the board (the payee, on top), its line under, frame, the way, the url, the grades it examines
BOARDS = [("Trinity College London", "Music & drama exams - India", "browser", "netbanking",
           "trinitycollege.com/online-entry/payment/receipt", ["Piano Grade 3", "Piano Grade 5", "Theory Grade 4"]),
          ("Akhil Bharatiya Gandharva Mahavidyalaya Mandal", "Miraj - music & dance examinations", "paper", "UPI", None,
           ["Praveshika Pratham (vocal)", "Madhyama Purna (tabla)", "Visharad Pratham (Kathak)"]),
          ("ABRSM", "Associated Board of the Royal Schools of Music", "browser", "card",
           "gateway.abrsm.org/entries/payment", ["Grade 2 Violin", "Grade 5 Music Theory", "Grade 4 Piano"]),
          ("Prayag Sangeet Samiti", "Prayagraj - examinations in music & dance", "paper", "netbanking", None,
           ["Junior Diploma (guitar)", "Senior Diploma (vocal)", "Sangeet Prabhakar (Kathak)"]),
          ("Indira Kala Sangit Vishwavidyalaya", "Khairagarh - examination branch", "browser", "UPI",
           "iksvv.ac.in/exam/fee/receipt", ["Prarambhik (Bharatanatyam)", "Madhyama (sitar)", "Visharad (vocal)"]),
          ("Rockschool (RSL Awards)", "Graded music exams - India centres", "browser", "card",
           "rslawards.com/entries/checkout/receipt", ["Drums Grade 3", "Electric Guitar Grade 2", "Vocals Debut"]),
          ("Bhatkhande Sanskriti Vishwavidyalaya", "Lucknow - examination fee", "paper", "UPI", None,
           ["Madhyama Pratham (tabla)", "Visharad Pratham (vocal)", "Praveshika (Kathak)"]),
          ("London College of Music Examinations", "University of West London", "browser", "netbanking",
           "lcme.uwl.ac.uk/entries/payment/receipt", ["Piano Grade 6", "Music Theatre Grade 3", "Theory Grade 5"])]


def exam_boards(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy entering its students for graded exams (the board's online entry page in a browser or its fee
    receipt printed): Trinity College London, ABRSM, Rockschool (RSL Awards) and London College of Music Examinations
    for Western music, Akhil Bharatiya Gandharva Mahavidyalaya Mandal, Prayag Sangeet Samiti and the music universities
    at Khairagarh and Lucknow for Hindustani music and dance: the board on top (the payee) and its line under it,
    Online entry - payment receipt / Examination fee receipt, Applicant / Centre / Entered by the academy, Centre code /
    Applicant ID / Affiliation No. (no id), Exam session / Examination (no fact), the grades entered (Piano Grade 5 x 3
    candidates @ 4,650), Registration fee, Late entry fee on some, Centre fee, Convenience fee on a card, Total / Amount
    paid / Total amount / Amount payable (the sum), Payment mode / Mode of payment, Receipt No. / Entry reference No.,
    Transaction ID / Payment ref, Bank Ref No. / UPI Ref No. / Auth code, Payment date / Paid on / Attempted on /
    Initiated on; Payment successful / Paid / Fee received / Payment failed / Payment pending - awaiting bank
    confirmation."""
    k = place("exam_boards")
    status = outcome(k, failed=(2,), pending=(4,))
    board, line, frame, way, url, grades = BOARDS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, town=k)
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.3)
    to = board.upper() if frame == "paper" and rng.random() < 0.4 else board
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    p.add("center", rng.choice(["Online entry - payment receipt", "Examination fee receipt", "Exam entry - payment"])
          if frame == "browser" else rng.choice(["EXAMINATION FEE RECEIPT", "RECEIPT - EXAM REGISTRATION"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Payment successful", "Paid", "Fee received"], "failed": ["Payment failed"],
             "pending": ["Payment pending - awaiting bank confirmation"]}
    if frame == "browser":
        outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Applicant", "Centre", "Entered by"]), SPACES[k][TRADE])
    p.pair(rng.choice(["Centre code", "Applicant ID", "Affiliation No."]), f"{code(rng, 2, UPPER)}{digits(rng, 5)}")
    if not j.no_day:
        season = rng.choice(["Summer", "Winter", "Spring", "Autumn"]) if frame == "browser" else \
            rng.choice(["April - May", "November - December"])
        p.pair(rng.choice(["Exam session", "Examination"]), f"{season} {j.date.year}")
    p.add("rule")
    heads = []
    for grade in rng.sample(grades, rng.randint(1, 3)):
        n, fee = rng.randint(2, 12), float(rng.choice([850, 1200, 1650, 2400, 3350, 4650, 5900]))
        heads.append((f"{grade} x {n} @ {fee:,.0f}", n * fee))
    heads.append(("Registration fee", float(rng.choice([200, 300, 500]))))
    if status != "success" or rng.random() < 0.3:
        heads.append(("Late entry fee", float(rng.choice([500, 1000, 1500]))))
    if rng.random() < 0.4:
        heads.append(("Centre fee", float(rng.choice([1000, 1500, 2500]))))
    if way == "card":
        heads.append(("Convenience fee", round(sum(v for _, v in heads) * 0.012, 2)))
    for label, value in heads:
        wrap_pair(p, label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Amount paid", "Total amount"]) if status == "success" else
           rng.choice(["Total", "Amount payable"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": "Net Banking", "UPI": "UPI", "card": rng.choice(["Debit card", "Credit card"])}[way],
           method=way)
    if not j.no_ref:
        if status == "success":
            rno = f"{board[:2].upper()}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No.", "Entry reference No."]), rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        p.pair(rng.choice(["Transaction ID", "Payment ref"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payment date", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS) if frame == "browser" else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Entries are confirmed once the bank confirms the payment. Do not pay again.")
    p.part = "foot"
    p.add("small", rng.choice(["Admission letters are sent to the academy two weeks before the exam.",
                               "Exam fees are not refundable or transferable."]))
    return p.done()


# ---------------------------------------------------------------- 12. GST and TDS challans


# tax, frame, the way
TAX_PAGES = [("gst", "browser", "netbanking"), ("tds", "browser", "netbanking"), ("tds", "bank", "netbanking"),
             ("gst", "browser", "neft"), ("tds", "app", "UPI"), ("gst", "paper", "card"), ("tds", "paper", "netbanking"),
             ("gst", "browser", "UPI")]
TDS_NATURE = [("194-I(b)", "Rent on land, building or furniture"), ("194C", "Payment to contractors"),
              ("194J(b)", "Fees for professional services"), ("194J(b)", "Fees for professional services"),
              ("192", "Salary")]


def gst_challan(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The GST portal's Payment Receipt - Form GST PMT-06 / Challan Payment Receipt / e-Payment Receipt (PMT-06) in a
    browser or printed (no payee): CPIN and Challan generated on (no fact), GSTIN, Legal name / Name of taxpayer, Trade
    name, Return period / Tax period (no fact), CGST (0005) / SGST (0006) / UTGST (0007) / IGST (0008) Tax, Interest and
    Late fee, Total challan amount / Total amount (the sum), Mode (E-Payment (Net Banking), NEFT / RTGS, Credit / Debit
    Card, UPI), Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date and Time,
    Attempted on / Initiated on; Paid / Payment successful / Awaiting credit from RBI - NEFT / RTGS."""
    town = k
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["Payment Receipt - Form GST PMT-06", "Challan Payment Receipt",
                                "e-Payment Receipt (PMT-06)"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Paid", "Payment successful"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]}
    if frame == "browser":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Challan generated on", j.other_day(rng, -4, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
    wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), SPACES[town][FIRM].upper())
    wrap_pair(p, "Trade name", SPACES[town][TRADE])
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair(rng.choice(["Return period", "Tax period"]), when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(18000, 420000), 1))
    state = "UTGST (0007)" if TOWNS[town][3] == "Chandigarh" else "SGST (0006)"
    if rng.random() < 0.8:
        heads = [("CGST (0005) Tax", tax), (f"{state} Tax", tax)]
        if rng.random() < 0.3:
            heads.append(("CGST (0005) Interest", float(rng.randrange(80, 4000))))
            heads.append((f"{state} Interest", heads[-1][1]))
        if rng.random() < 0.25:
            heads += [("CGST (0005) Late fee", 500.0), (f"{state} Late fee", 500.0)]
    else:
        heads = [("IGST (0008) Tax", 2 * tax)]
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": "E-Payment (Net Banking)", "neft": "NEFT / RTGS", "card": "Credit / Debit Card",
            "UPI": "UPI"}[way], method={"neft": "netbanking"}.get(way, way))
    p.pair(rng.choice(["Bank", "Bank name"]), rng.choice(BANKS[:8]))
    if j.status == "success" and not j.no_ref:
        if not j.no_day:
            cin = f"{rng.choice(['HDFC', 'ICIC', 'UTIB', 'SBIN'])}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
        p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if j.status == "success":
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Payment date"]), j.day(rng), date=j.date)
        p.pair(rng.choice(["Time", "Deposit time"]), hhmm(rng, twelve=False, seconds=True))
    elif not j.no_day:
        p.pair("Initiated on", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Payment status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add("small", "Mandate form generated. Remit the amount by NEFT / RTGS from your bank within the challan's "
                       "validity; the receipt is issued once RBI reports the credit.")
    p.part = "foot"
    p.add("small", "Note: This is a system generated receipt.")
    return p.done()


def tds_challan(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """A TDS challan (ITNS 281) for the rent, contractors', professionals' or salary TDS the academy deducted: the
    e-filing portal's e-Pay Tax - Challan Receipt (a browser or printed: Income Tax Department on top, no payee), Bank
    of Baroda's Direct Tax (ITNS 281) - Taxpayer's Counterfoil in a browser or FedMobile's e-Pay Tax screen (the sum
    large): TAN, Name, Assessment Year (no fact), Major Head, Minor Head (200) TDS/TCS Payable by Taxpayer, Nature of
    Payment (194-I(b), 194C, 194J(b), 192), Amount (in Rs.), CRN and CRN valid till (no fact), Payment mode / Paid
    from, Bank, BSR Code and Challan Sr. No. (no id), CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit /
    Paid on / Attempted on, the Tax Breakup (Tax, Surcharge, Cess, Interest, Penalty, Fee u/s 234E, Total); Payment
    Successful / Challan paid / Tax payment failed."""
    holder = SPACES[k][FIRM].upper()
    tan = f"{TOWNS[k][0][:3].upper()}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"
    major = "(0020) Corporation Tax" if holder.endswith("PVT LTD") else "(0021) Income Tax (Other than Companies)"
    section, nature = rng.choice(TDS_NATURE)
    tax = float(rng.randrange(20, 900) * 100)
    parts = [("Tax", tax), ("Surcharge", 0.0), ("Cess", 0.0)]
    interest = float(rng.randrange(2, 60) * 25) if rng.random() < 0.35 else 0.0
    parts.append(("Interest", interest))
    parts.append(("Penalty", 0.0))
    parts.append(("Fee u/s 234E", float(rng.randrange(2, 20) * 200) if rng.random() < 0.25 else 0.0))
    total = round(sum(v for _, v in parts), 2)
    j.amount = total
    crn = f"{rng.choice('13579')}{digits(rng, 13)}"
    bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
    brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
    words = {"success": ["Payment Successful", "Challan paid"], "failed": ["Tax payment failed"]}
    if frame == "app":
        p = phone_page(rng, font, k, ["", "e-Pay Tax", "Direct tax"])
        rs = money(rng, font, 0.5)
        head(p, "FedMobile", (0, 70, 140), p.style["h106"]["dark"], ["e-Pay Tax (ITNS 281)", "Direct tax payment"])
        p.part = "body"
        outcome_row(p, j.status, words)
        p.add("big", rs(total), amount=total)
    else:
        if frame == "bank":
            p = browser_page(rng, font, "feba.bobibanking.com/corp/eTax/counterfoil")
            rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
            p.part = "head"
            top(p, "Bank of Baroda")
            p.add("center", "Direct Tax (ITNS 281) - Taxpayer's Counterfoil")
        else:
            p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt") \
                if frame == "browser" else paper_page(rng, font, [700, 740])
            rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR")) if frame == "browser" else \
                counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
            p.part = "head"
            top(p, "Income Tax Department")
            p.add("small", "Government of India")
            p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
        p.add("rule")
        p.part = "body"
        if frame != "paper":
            outcome_row(p, j.status, words)
    p.pair("TAN", tan)
    wrap_pair(p, "Name", holder)
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Major Head", major)
    wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
    wrap_pair(p, "Nature of Payment", f"{section} - {nature}")
    if frame != "app":
        p.pair("Amount (in Rs.)", rs(total), amount=total)
        p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
        if not j.no_day:
            p.pair("CRN valid till", j.other_day(rng, 8, 15))
    if way == "UPI":
        p.pair("Paid using", "UPI (FedMobile)", method="UPI")
    else:
        p.pair(rng.choice(["Payment mode", "Paid from"]), rng.choice(["Net Banking", "Current A/c " + masked(rng, font)]),
               method="netbanking")
    p.pair("Bank", "Bank of Baroda" if frame == "bank" else ("Federal Bank" if frame == "app" else
                                                              rng.choice(BANKS[:8])))
    if j.status == "success":
        p.pair("BSR Code", bsr)
        if not j.no_ref:
            p.pair("Challan Sr. No.", serial)
            if not j.no_day:
                cin = f"{bsr}{j.date:%d%m%Y}{serial}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
            p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Paid on"]), j.day(rng), date=j.date)
    elif not j.no_day:
        labelled(p, "Attempted on", stamp(rng, j.date, PATS), date=j.date)
    if frame != "app":
        p.add("rule")
        p.add("left", "Tax Breakup Details (Amount in Rs.)")
        for letter, (label, value) in zip("ABCDEF", parts):
            p.pair(f"{letter}  {label}", rs(value))
        p.pair("Total (A+B+C+D+E+F)", rs(total))
    if frame == "paper":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "failed":
        p.add("small", "Challan not paid. Any amount debited will be reversed. Use the same CRN to pay again.")
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


def gst_tds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The academy's GST (``gst_challan``: four) and the TDS it deducted on rent, contractors, teachers' honorariums
    and salaries (``tds_challan``: four)."""
    k = place("gst_tds")
    status = outcome(k, failed=(4,), pending=(3,))
    tax, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, town=k)
    if tax == "gst":
        return gst_challan(rng, font, k, j, frame, way)
    return tds_challan(rng, font, k, j, frame, way)


compose = compose121

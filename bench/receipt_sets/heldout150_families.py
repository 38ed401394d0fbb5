"""The twelve heldout150 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a driving school and two-wheeler / car training centre's day in 2026 (branches in
Ludhiana, Nanded, Tiruchirappalli, Hubballi, Ranchi, Dehradun, Guwahati and Visakhapatnam, one trade name and the
company that runs it), told by the proofs of payment it receives and makes: learners' UPI for course fees and the
payment links it sends them, the branches' card terminal slips (card EMI on some, a UPI QR), its own fee receipts
and invoices (instalments, cash, cheques, card EMI), the RTO learner's and driving licence fees on the Sarathi
portal and two state transport portals, corporate clients' driver-training contracts paid by NEFT / RTGS / IMPS
and their payment advices net of TDS, fuel for the training cars at petrol pumps (bank cards, fleet cards, UPI),
the training cars' insurance premiums and their EMIs to lenders, the workshops' service bills, FASTag recharges,
the instructors' salaries and fuel reimbursements and refunds of cancelled courses, the branches' rent,
electricity and software, and GST and TDS challans. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, courses, vehicle classes, batch
slots, instructors, enrolment and learner ids, application, licence and LL numbers, fee heads, balances and
instalments paid earlier, invoice numbers and days under an advice, vendor codes, TDS lines, vehicle and
registration numbers, odometer readings, products, rates and volumes, fleet card balances, policy and loan numbers,
periods of insurance, EMI months, job card numbers, parts and labour lines, tag and wallet ids, employee codes,
wage heads, pay months, consumer numbers, bill months and due days, plans, billing periods, financial and
assessment years, tax periods, BSR codes and challan serials, GSTIN, IFSC, account numbers, MID, TID, batch, TC and
the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and marks, heldout129's
rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
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

# town, PIN code, locality, state, GST state code, the licensing office, the registration series
TOWNS = [("Ludhiana", "141001", "Ferozepur Road", "Punjab", "03", "RTA Ludhiana", "PB10"),
         ("Nanded", "431601", "Vazirabad", "Maharashtra", "27", "RTO Nanded", "MH26"),
         ("Tiruchirappalli", "620017", "Thillai Nagar", "Tamil Nadu", "33", "RTO Tiruchirappalli (West)", "TN45"),
         ("Hubballi", "580029", "Vidyanagar", "Karnataka", "29", "RTO Hubballi", "KA25"),
         ("Ranchi", "834001", "Lalpur", "Jharkhand", "20", "DTO Ranchi", "JH01"),
         ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05", "RTO Dehradun", "UK07"),
         ("Guwahati", "781005", "Zoo Road", "Assam", "18", "DTO Kamrup (Metro)", "AS01"),
         ("Visakhapatnam", "530016", "Dwaraka Nagar", "Andhra Pradesh", "37", "RTA Visakhapatnam", "AP39")]
TRADE = "Sure Steer Motor Driving School"
FIRM = "Sure Steer Driver Training Pvt Ltd"
SHORT = "Sure Steer"
SLUG = "suresteer"
BRANCH = ["LDH", "NED", "TPJ", "HBL", "RNC", "DDN", "GHY", "VSP"]
LEARNERS = ["Harpreet Kaur", "Gurjot Singh", "Sneha Kulkarni", "Omkar Deshmukh", "Kavya Rajendran", "Arun Prakash",
            "Pooja Hiremath", "Vinayak Patil", "Ritika Kumari", "Aman Oraon", "Nikita Rawat", "Devansh Bisht",
            "Pranjal Deka", "Ankita Baruah", "Sai Teja Reddy", "Lakshmi Prasanna"]
INSTRUCTORS = ["Baljit Singh", "Sandeep Kamble", "R. Murugesan", "Basavaraj Angadi", "Sunil Mahto", "Rakesh Negi",
               "Dipankar Kalita", "K. Srinivasa Rao"]
# a corporate client in each town and its mail domain
CLIENTS = ["Doaba Roadlines Pvt Ltd", "Marathwada Agro Foods Ltd", "Cauvery Cabs & Travels Pvt Ltd",
           "Hubli Logistics Park LLP", "Chotanagpur Mining Services Ltd", "Doon Valley School Transport Society",
           "Brahmaputra Tea Carriers Pvt Ltd", "Vizag Port Haulage Pvt Ltd"]
CLIENT_SLUGS = ["doabaroadlines", "marathwadaagro", "cauverycabs", "hublilogistics", "chotanagpurmining",
                "doonschooltransport", "btcarriers", "vizagporthaulage"]
COURSES = ["LMV (car) - manual, 21 days", "LMV (car) - automatic, 15 days", "Two-wheeler (MCWG) - 10 days",
           "Refresher course - 7 days", "Women's batch - LMV, 21 days", "Highway & night driving - 5 sessions",
           "Scooty for beginners - 12 days", "LMV + MCWG combo - 30 days"]
NOTES = ["Course fee", "LMV course fee", "2 wheeler classes", "Driving class fees", "Car training balance",
         "Refresher 7 days", "Scooty class", "Admission fee", "Simulator + LMV", "Fees 2nd instalment"]
BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Punjab National Bank", "Union Bank of India", "IDFC FIRST Bank"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. The school will confirm your seat once it is received."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%y", "%Y-%m-%d"]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y", "%d.%m.%Y"]
CARS = ["Maruti Suzuki Swift VXi (dual control)", "Hyundai Grand i10 Nios (dual control)",
        "Maruti Suzuki Dzire LXi (dual control)", "Tata Tiago XE (dual control)", "Honda Activa 6G",
        "Maruti Suzuki WagonR LXi (dual control)", "TVS Jupiter", "Hyundai Aura S (dual control)"]


def school(rng: random.Random, *, firm: float = 0.25, caps: float = 0.2) -> str:
    """The school as a payee: its trade name, its company's on some, in capitals on some."""
    name = FIRM if rng.random() < firm else TRADE
    return name.upper() if rng.random() < caps else name


def reg_no(rng: random.Random, town: int) -> str:
    """A training vehicle's registration number (no fact)."""
    series = TOWNS[town][6]
    return f"{series[:2]} {series[2:]} {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 60000, p_round: float = 0.7, firm: float = 0.25, caps: float = 0.2,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = school(rng, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a cheque's, a validity's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))

    def month(self, back: int = 0, pattern: str = "%B %Y") -> str:
        """A month (a salary's, a bill's, a rent's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, pattern)


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True,
               gst: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", f"{rng.choice(['Shop', 'Plot', 'Unit', 'Site'])} {rng.randrange(2, 160)}, {city[2]}, "
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
    return {"cash": rng.choice(["Cash", "By cash"]), "UPI": rng.choice(["UPI", "UPI (QR at counter)", "BHIM UPI"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    """The README's way: a cheque is "cheque", a NACH debit "netbanking" (a bank account debited, heldout110)."""
    return {"cheque": "cheque", "NACH": "netbanking"}.get(way, method_of(way))


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


# ---------------------------------------------------------------- 1. a learner's UPI for a course fee


UPI_ORDER = ["Google Pay", "PhonePe", None, "BHIM", "Paytm", "Amazon Pay", None, "Navi"]
LINKS = {2: ("Razorpay", "mail"), 6: ("Cashfree Payments", "browser")}


def link_page(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The payment link the school sends a learner, paid (Razorpay's receipt e-mail) or waiting (Cashfree's status
    page in a browser): the school on top (the payee; the gateway only in the sender and the foot), Payment
    successful / Paid / Payment pending / Payment processing, Amount paid / Amount / Order amount (the sum), Purpose /
    Description (the course), Learner / Customer, Payment method / Paid via, Payment ID (pay_...) or Order ID and CF
    Payment ID, Paid on / Initiated on."""
    gateway, frame = LINKS[k]
    if frame == "mail":
        p = mail_page(rng, font, "Razorpay <no-reply@razorpay.com>", ["Payment receipt", "Your payment was successful",
                                                                      "Payment confirmation"])
    else:
        p = browser_page(rng, font, f"payments.cashfree.com/links/{code(rng, 10, MIXED)}")
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    name = TRADE.upper() if rng.random() < 0.2 else TRADE
    j.to = name
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", rng.choice(["Payment link - course fee", f"{TOWNS[j.town][2]}, {TOWNS[j.town][0]}"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Payment successful", "Paid"],
                              "pending": ["Payment pending", "Payment processing"]})
    p.pair(rng.choice(["Amount paid", "Amount"] if j.status == "success" else ["Order amount", "Amount"]),
           rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Purpose", "Description"]), f"Course fee - {rng.choice(COURSES)}")
    wrap_pair(p, rng.choice(["Learner", "Customer"]), rng.choice(LEARNERS))
    p.pair("Mobile", f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
    way = "UPI" if j.status == "pending" else rng.choice(["UPI", "card", "netbanking"])
    p.pair(rng.choice(["Payment method", "Paid via"]),
           {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
            "netbanking": f"Netbanking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        if frame == "mail":
            pid = f"pay_{code(rng, 14, MIXED)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        else:
            oid = f"SS{BRANCH[j.town]}{digits(rng, 8)}"
            labelled(p, "Order ID", oid, txn=(ORDER_RANK, oid))
            cf = digits(rng, 10)
            labelled(p, "CF Payment ID", cf, txn=(TXN_RANK, cf))
    if not j.no_day:
        labelled(p, "Paid on" if j.status == "success" else "Initiated on", stamp(rng, j.date, PATS), date=j.date)
    if j.status == "pending":
        p.add("small", "Do not pay again. The school will confirm your seat once your bank responds.")
    p.part = "foot"
    p.add("small", f"Secured by {gateway}" if frame == "browser" else
          f"You paid {TRADE} through Razorpay. For course queries contact the branch.")
    return p.done()


def learner_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A learner's UPI app paying the school a course fee (Google Pay, PhonePe, BHIM, Paytm, Amazon Pay, Navi; dark on
    some): heldout125's result screen, the school (its company on some) under Paid to / To / Sent to (Paying to /
    Payment to on a wait or a failure), the app's own id on some, a Note / Message / For / Remarks (Course fee, 2
    wheeler classes, Fees 2nd instalment) on most; or the school's payment link (``link_page``: Razorpay's receipt
    e-mail, Cashfree's status page)."""
    k = place("learner_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=800, high=18000, p_round=0.85)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000, 3500, 4500, 5000, 6500, 7500, 8850]))
    if k in LINKS:
        return link_page(rng, font, k, j)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, TRADE, WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "For", "Remarks"]), rng.choice(NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. the branch's card terminal slips


MAKERS = ["PINE LABS", "PAYTM EDC", "HDFC BANK", "MSWIPE", "ICICI BANK", "EZETAP", "WORLDLINE", "AXIS BANK"]
CARD_ITEMS = ["LMV MANUAL 21D", "LMV AUTO 15D", "MCWG 10D", "REFRESHER 7D", "SIMULATOR {n} SESSIONS",
              "LMV+MCWG COMBO", "HIGHWAY DRIVING {n} SESSIONS", "SCOOTY 12D"]
EMI_SLIPS = (1, 6)


def counter_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The branch's card terminal slip for a course fee (Pine Labs, Paytm EDC, HDFC Bank, Mswipe, ICICI Bank, Ezetap,
    Worldline, Axis Bank; monospace): the maker on top on some, the school in capitals (its company on some; the
    payee), the branch's locality and town, SALE / CARD SALE / EMI SALE / UPI QR SALE, DATE <day>  TIME <hour> on one
    row, TXN DATE: and TXN TIME: or DATE/TIME:, MID / TID / BATCH, INVOICE NO: / ROC: / BILL NO:, COURSE: (LMV MANUAL
    21D), ENROL NO: (no id), CARD NUM: / CARD:, EXP, APP, ENTRY, TC on some, APPR CODE: / AUTH NO:, RRN: / REF NUM:,
    or MODE: UPI - DYNAMIC QR, PAYER VPA: and QR TXN ID:; on the two EMI slips ISSUER, TENURE: n MONTHS, INTEREST RATE
    n% P.A., MONTHLY EMI / EMI AMOUNT and TOTAL PAYABLE BY CARDHOLDER (no fact), SALE AMOUNT: / TXN AMOUNT: / AMOUNT:
    (the sum: INR, RS., Rs or none); APPROVED / TXN APPROVED / DECLINED with RC 55 - INCORRECT PIN / RC 51 -
    INSUFFICIENT FUNDS / RC 91 - ISSUER UNAVAILABLE / PAYMENT PENDING with CONFIRM ON MERCHANT APP BEFORE ENROLMENT."""
    k = place("counter_card")
    status = outcome(k, failed=(3,), pending=(5,))
    upi = status == "pending"
    emi = k in EMI_SLIPS
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1500, high=32000, p_round=0.8, town=k)
    if emi:
        j.amount = float(rng.choice([9440, 11800, 14160, 16520, 21240, 25960]))
    p = slip_page(rng, font)
    name = TRADE.upper()
    if rng.random() < 0.25 and fits(p, "center", FIRM.upper()):
        name = FIRM.upper()
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add("center", "UPI QR SALE" if upi else "EMI SALE" if emi else rng.choice(["SALE", "CARD SALE"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TXN TIME:"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
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
        p.pair(rng.choice(["INVOICE NO:", "ROC:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair("COURSE:", rng.choice(CARD_ITEMS).format(n=rng.randint(3, 8)))
    p.pair("ENROL NO:", f"{BRANCH[k]}-{rng.randrange(3000, 9999)}")
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
        p.pair("APP:", f"{net} {'CREDIT' if emi else rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "SWIPE"]))
        if rng.random() < 0.5:
            p.pair("TC:", code(rng, 16, HEX))
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

    if emi:
        months = rng.choice([3, 6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0])
        monthly = round(j.amount * (1 + rate / 100 * months / 24) / months, 2)
        p.pair("ISSUER:", rng.choice(["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK"]))
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair("INTEREST RATE:", f"{rate:.2f}% P.A.")
        p.pair(rng.choice(["SALE AMOUNT:", "TXN AMOUNT:"]), amt(j.amount), amount=j.amount)
        p.pair(rng.choice(["MONTHLY EMI:", "EMI AMOUNT:"]), amt(monthly))
        p.add("left", "TOTAL PAYABLE BY CARDHOLDER")
        p.add("right" if fits(p, "right", amt(monthly * months)) else "left", amt(round(monthly * months, 2)))
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT:", "TXN AMOUNT:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "DECLINED",
                     "pending": "PAYMENT PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["RC 55 - INCORRECT PIN", "RC 51 - INSUFFICIENT FUNDS",
                                    "RC 91 - ISSUER UNAVAILABLE"]))
    elif status == "pending":
        p.add("small", "CONFIRM ON MERCHANT APP BEFORE ENROLMENT")
    p.part = "foot"
    if emi and status == "success":
        p.add("small", "EMI CONVERSION SUBJECT TO ISSUER T&C. INTEREST CHARGED BY THE BANK ON YOUR STATEMENT.")
    elif status == "success" and not upi:
        p.add("small", rng.choice(["PIN VERIFIED - NO SIGNATURE REQUIRED", "TAP & GO - NO PIN REQUIRED"]))
    p.add("small", rng.choice(["** CUSTOMER COPY **", "MERCHANT COPY", "DRIVE SAFE - WEAR YOUR HELMET"]))
    return p.done()


# ---------------------------------------------------------------- 3. the school's own fee receipts


FEE_WAYS = ["cash", "UPI", "card", "cheque", "NEFT", "cash", "card", "cheque"]
SCHOOL_SUB = ["Car & two-wheeler driving training | RTO licence assistance", "Motor driving training school - "
              "LMV, MCWG & simulator", "Learn to drive with certified instructors"]
# extra lines: label, quantity range, rate
FEE_EXTRAS = [("Simulator sessions", (2, 6), 150.0), ("Study kit & LL mock tests", (1, 1), 350.0),
              ("Pick-up & drop", (1, 1), 1200.0), ("Extra practice hours", (2, 5), 400.0),
              ("Road signs workshop", (1, 1), 250.0)]
COURSE_FEES = [4500.0, 5500.0, 6000.0, 6500.0, 7500.0, 8500.0, 9500.0]


def fee_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school's own COURSE FEE RECEIPT / FEE RECEIPT / TAX INVOICE CUM RECEIPT (serif; the school on top, its
    company on some; the payee): Receipt No. / Rcpt. No. / Invoice No., Date, Received from / Learner, Enrolment No. /
    Learner ID (no id), Course, Vehicle class, Batch slot, Instructor, Course fee and extras (Simulator sessions n x
    150, Study kit & LL mock tests, Pick-up & drop), CGST @ 9% and SGST @ 9%, RTO fees - LL & DL (as pure agent, at
    actuals), Total fee / Total, Less: Paid earlier (an instalment's; no fact), Amount received / Received now /
    Received this instalment (the sum), Balance payable before test (no fact), or Cheque amount on the dishonoured and
    the deposited cheque; the sum in words, Mode / Received by (Cash, UPI, card, Card EMI - <bank> (n months), NEFT)
    and its reference, or Cheque No. / Chq. No. with its day and bank; RECEIVED WITH THANKS / FEE RECEIVED / PAID /
    CHEQUE DISHONOURED - TRAINING ON HOLD (Reason) / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row and in the
    school's rubber stamp."""
    k = place("fee_receipt")
    status = outcome(k, failed=(3,), pending=(7,))
    way = FEE_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, town=k, firm=0.3, caps=0.15)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, k, j.to, ["COURSE FEE RECEIPT", "FEE RECEIPT", "TAX INVOICE CUM RECEIPT"], sub=rng.choice(SCHOOL_SUB))
    p.add("small", f"Branch: {TOWNS[k][2]}, {TOWNS[k][0]}")
    if not j.no_ref:
        rno = f"{BRANCH[k]}/{j.year()}{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "Invoice No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    learner = rng.choice(LEARNERS)
    wrap_pair(p, rng.choice(["Received from", "Learner", "Name of learner"]), learner)
    p.pair(rng.choice(["Enrolment No.", "Learner ID"]), f"{BRANCH[k]}-{rng.randrange(3000, 9999)}")
    course = rng.choice(COURSES)
    wrap_pair(p, "Course", course)
    p.pair("Vehicle class", "MCWG" if "wheeler" in course or "Scooty" in course else
           "LMV + MCWG" if "combo" in course else "LMV")
    p.pair(rng.choice(["Batch slot", "Timing"]), rng.choice(["6:30 - 7:00 AM", "7:00 - 7:30 AM", "5:30 - 6:00 PM",
                                                             "4:00 - 4:30 PM"]))
    p.pair("Instructor", INSTRUCTORS[k])
    p.add("rule")
    fee = rng.choice(COURSE_FEES)
    p.pair("Course fee", rs(fee))
    sub = fee
    for item, (qlo, qhi), rate in rng.sample(FEE_EXTRAS, rng.randint(0, 2)):
        qty = rng.randint(qlo, qhi)
        sub += qty * rate
        wrap_pair(p, f"{item} {qty} x {rate:g}" if qty > 1 else item, rs(qty * rate))
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    half = round(sub * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    total = round(sub + 2 * half, 2)
    if rng.random() < 0.4:
        rto = float(rng.choice([750, 1050, 1350, 1550]))
        wrap_pair(p, "RTO fees - LL & DL (pure agent, at actuals)", rs(rto))
        total = round(total + rto, 2)
    p.pair(rng.choice(["Total fee", "Total"]), rs(total))
    earlier = 0.0
    if status == "success" and rng.random() < 0.45:
        earlier = float(whole(total * rng.uniform(0.3, 0.6), 500))
        p.pair("Less: Paid earlier", rs(earlier))
    part = float(whole((total - earlier) * rng.uniform(0.5, 0.8), 500)) if status == "success" and \
        rng.random() < 0.3 else round(total - earlier, 2)
    j.amount = part
    if status == "success":
        label = rng.choice(["Amount received", "Received now", "Received this instalment"])
    else:
        label = "Cheque amount"
    p.pair(label, rs(part), amount=part)
    p.add("small", f"({words_in_rupees(part)})")
    balance = round(total - earlier - part, 2)
    if balance > 0:
        p.pair("Balance payable before test", rs(balance))
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -3, 1))
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    elif way == "card" and k == 6:
        months = rng.choice([3, 6, 9])
        p.pair(rng.choice(["Mode", "Received by"]), f"Card EMI - {rng.choice(BANKS[:4])} ({months} months)",
               method="card")
        if not j.no_ref:
            rail_ref(p, j, way, [])
    else:
        p.pair(rng.choice(["Mode", "Received by", "Payment mode"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "SBIN", "PUNB"])
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "FEE RECEIVED", "PAID"]),
            "failed": "CHEQUE DISHONOURED - TRAINING ON HOLD",
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair("Reason", rng.choice(["Funds insufficient", "Payment stopped by drawer", "Signature differs"]))
        p.add("small", "Cheque return charges of Rs 500 are payable with the fee.")
    elif status == "pending":
        p.add("small", "This receipt is valid on realisation of the cheque. Training starts after clearance.")
    p.part = "foot"
    p.add("small", rng.choice(["Fees once paid are refundable only as per the school's refund policy.",
                               "Carry your learner's licence in every class. E. & O.E."]))
    right(p, f"For {TRADE}")
    right(p, "Authorised signatory")
    seal(p, SHORT, f"{TOWNS[k][0].upper()} BRANCH" if len(TOWNS[k][0]) < 14 else "ACCOUNTS",
         None if j.no_day or status != "success" else j.date,
         {"success": "FEE RECEIVED", "failed": "CHEQUE RETURNED", "pending": "CHEQUE IN CLEARING"}[status])
    return p.done()


# ---------------------------------------------------------------- 4. RTO licence fees


# the portal on top, its sub line, frame, the way, url
RTO_PAGES = [("Punjab Transport Department", "e-Services - Driving Licence", "browser", "netbanking",
              "punjabtransport.org/dl/feepayment/receipt"),
             ("Sarathi Parivahan", "Ministry of Road Transport & Highways", "paper", "UPI", None),
             ("Sarathi Parivahan", "Ministry of Road Transport & Highways", "browser", "card",
              "sarathi.parivahan.gov.in/sarathiservice/feeReceipt.do"),
             ("Sarathi Parivahan", "Ministry of Road Transport & Highways", "browser", "UPI",
              "sarathi.parivahan.gov.in/sarathiservice/paymentReceipt.do"),
             ("Sarathi Parivahan", "Ministry of Road Transport & Highways", "paper", "netbanking", None),
             ("Sarathi Parivahan", "Ministry of Road Transport & Highways", "browser", "netbanking",
              "sarathi.parivahan.gov.in/sarathiservice/verifyPayment.do"),
             ("Sarathi Parivahan", "Ministry of Road Transport & Highways", "browser", "UPI",
              "sarathi.parivahan.gov.in/sarathiservice/feeReceipt.do"),
             ("AP Transport - Citizen Services", "Transport Department, Government of Andhra Pradesh", "browser",
              "card", "aptransport.org/citizen/dl/e-receipt")]
# service, fee heads
SERVICES = [("Issue of Learner's Licence", [("Learner licence fee", 150.0), ("LL test fee", 50.0)]),
            ("Issue of Driving Licence", [("DL test fee", 300.0), ("DL issue fee", 200.0),
                                          ("Smart card fee", 200.0)]),
            ("Addition of class of vehicle", [("LL fee (addition)", 150.0), ("DL test fee", 300.0)]),
            ("Retest - Driving Licence", [("Retest fee", 300.0)])]


def rto_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The learner's licence and driving licence fees the school pays for its learners (or they pay) to the licensing
    office (a portal in a browser or its receipt printed: Sarathi Parivahan (Ministry of Road Transport & Highways
    under it), the Punjab Transport Department's e-Services, AP Transport - Citizen Services): the portal on top, Fee
    Receipt / e-Payment Receipt / Payment Acknowledgement, State, RTO / Licensing authority / Office (the payee),
    Application No. (no id), Applicant name, Service, Class of vehicle, the fee heads (Learner licence fee 150, LL test
    fee 50, DL test fee 300, Smart card fee 200, Service / user charges), Total / Total amount / Amount paid (the sum),
    Payment mode / Payment gateway (Net Banking - SBI ePay, UPI, Debit card), Transaction No. / Transaction ID, Bank
    Ref No. / Bank Reference No., Receipt No., Transaction date / Payment date / Paid on / Initiated on; Payment
    Successful / Success / Transaction successful / Transaction failed / Payment status pending - verify after 30
    minutes."""
    k = place("rto_fees")
    status = outcome(k, failed=(2,), pending=(5,))
    portal, sub, frame, way, url = RTO_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, town=k)
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.3)
    p.part = "head"
    top(p, portal)
    p.add("small", sub)
    p.add("center", rng.choice(["Fee Receipt", "e-Payment Receipt", "Payment Acknowledgement"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Payment Successful", "Success", "Transaction successful"],
             "failed": ["Transaction failed"], "pending": ["Payment status pending - verify after 30 minutes"]}
    if frame == "browser":
        outcome_row(p, status, words)
    p.pair("State", TOWNS[k][3])
    office = TOWNS[k][5]
    wrap_pair(p, rng.choice(["RTO", "Licensing authority", "Office"]), office, merchant=office)
    p.pair("Application No.", f"{rng.choice('1234')}{digits(rng, rng.choice([6, 9]))}")
    wrap_pair(p, "Applicant name", rng.choice(LEARNERS).upper())
    service, heads = rng.choice(SERVICES)
    wrap_pair(p, "Service", service)
    p.pair("Class of vehicle", rng.choice(["LMV", "MCWG", "LMV, MCWG", "MCWOG"]))
    p.add("rule")
    heads = list(heads)
    n = rng.randint(1, 3) if rng.random() < 0.35 else 1
    if rng.random() < 0.5:
        heads.append((rng.choice(["Service charges", "User charges"]), 50.0))
    for label, value in heads:
        p.pair(f"{label} x {n}" if n > 1 else label, rs(value * n))
    total = round(sum(v for _, v in heads) * n, 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Total amount", "Amount paid"]) if status == "success" else
           rng.choice(["Total", "Total amount"]), rs(total), amount=total)
    p.pair(rng.choice(["Payment mode", "Payment gateway"]),
           {"netbanking": rng.choice(["Net Banking - SBI ePay", "Net Banking"]), "UPI": "UPI",
            "card": rng.choice(["Debit card", "Credit card"])}[way], method=way)
    if not j.no_ref:
        tid = rng.choice([f"{TOWNS[k][6][:2]}{digits(rng, 13)}", f"SEP{digits(rng, 12)}"])
        labelled(p, rng.choice(["Transaction No.", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            bref = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
            if way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                labelled(p, rng.choice(["Bank Ref No.", "Bank Reference No."]), bref, txn=(BANK_RANK, bref))
            rno = f"{TOWNS[k][6]}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Transaction date", "Payment date", "Paid on"]),
                     "failed": "Transaction date", "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS) if frame == "browser" else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Use Verify Payment after 30 minutes. Do not pay the fee again for this application.")
    else:
        p.add("small", "Book the slot for your test from the portal. Carry this receipt and the originals.")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 5. corporate driver-training contracts


XFER = {1: ("ICICI InstaBIZ", (150, 36, 28), "app", "IMPS", "ICIC"),
        3: ("SBI CINB - Corporate Internet Banking", None, "web", "NEFT", "SBIN"),
        5: ("Axis neo for business", (151, 20, 77), "app", "NEFT", "UTIB"),
        6: ("Kotak FYN", None, "web", "RTGS", "KKBK")}
XFER_URLS = {"SBI CINB - Corporate Internet Banking": "corp.onlinesbi.sbi/corporate/neft/acknowledgement",
             "Kotak FYN": "fyn.kotak.com/payments/rtgs/status"}
TRAINING_NOTES = ["Driver training - batch 3", "Defensive driving programme", "HMV refresher - 12 drivers",
                  "Driver induction training", "School bus drivers training", "Forklift & LMV training"]
ADVICE_MODES = {0: "NEFT", 2: "RTGS", 4: "NEFT", 7: "IMPS"}
PROGRAMMES = ["Defensive driving - {n} drivers", "HMV refresher - {n} drivers", "Driver induction - {n} trainees",
              "Night & highway driving - {n} drivers", "Eco-driving workshop - {n} drivers"]


def payment_advice(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A corporate client's accounts team's PAYMENT ADVICE / Remittance intimation / Vendor Payment Advice e-mail: the
    client on top (the payer), Vendor / Supplier name / Paid to the school's company (the payee), Vendor code /
    Supplier code, the invoices paid (Inv <number> dt <day> - <programme>, or the programme alone; no id), Gross
    amount / Total of invoices, Less: TDS u/s 194C @ 2% or u/s 194J @ 10%, Net amount paid / Amount remitted / Net
    amount transferred (the sum), Payment mode, Beneficiary bank and IFSC, UTR No. / UTR / IMPS Ref No. and Payment
    doc No. / Our voucher No., Payment date / Value date, Status Paid / Processed / Remitted."""
    mode = ADVICE_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=False, town=k, firm=0.8, caps=0.35)
    payer = CLIENTS[k]
    p = mail_page(rng, font, f"{payer.split(' Pvt')[0].split(' Ltd')[0].split(' LLP')[0]} Accounts <"
                             f"{rng.choice(['ap', 'payables', 'accounts'])}@{CLIENT_SLUGS[k]}.in>",
                  ["Payment advice", "Remittance intimation", "Vendor payment released"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts payable", "Finance & accounts", "Vendor payments desk"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance intimation", "Vendor Payment Advice"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam,")
    p.add("left", rng.choice(["We have released the following payment to your account.",
                              "Please find below the details of the payment made to you."]))
    wrap_pair(p, rng.choice(["Vendor", "Supplier name", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP', 'VN'])}{digits(rng, 6)}")
    p.add("rule")
    low, high = (220000, 480000) if mode == "RTGS" else (18000, 180000)
    bases = [whole(rng.uniform(low, high) / 1.18, 100) for _ in range(rng.choice([1, 1, 2]))]
    gross = 0.0
    for base in bases:
        value = round(base * 1.18, 2)
        gross += value
        prog = rng.choice(PROGRAMMES).format(n=rng.randint(6, 40))
        if j.no_ref:
            label = prog
        else:
            billed = j.date - dt.timedelta(days=rng.randrange(5, 45))
            label = f"Inv {BRANCH[k]}/{fy(billed)}/{rng.randrange(10, 999):03d} dt {when(billed, rng.choice(DAY_PATS))}"
        wrap_pair(p, label, rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross amount", "Total of invoices"]), rs(gross))
    rate, section = rng.choice([(0.02, "194C @ 2%"), (0.10, "194J @ 10%")])
    tds = round(sum(bases) * rate, 2)
    p.pair(f"Less: TDS u/s {section}", rs(tds))
    net = round(gross - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount remitted", "Net amount transferred"]), rs(net), amount=net)
    p.pair(rng.choice(["Payment mode", "Mode"]), mode, method="netbanking")
    bank = rng.choice(BANKS[:5])
    wrap_pair(p, "Beneficiary bank", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    if not j.no_ref:
        heads = ["HDFC", "ICIC", "UTIB", "SBIN"]
        ref = {"NEFT": neft_utr(rng.choice(heads), rng, j.date), "RTGS": rtgs_utr(rng.choice(heads), rng, j.date),
               "IMPS": j.ref}[mode]
        p.pair("IMPS Ref No." if mode == "IMPS" else rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '19', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment doc No.", "Our voucher No."]), doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Payment date", "Value date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Paid", "Processed", "Remitted"]), status="success")
    p.add("small", "TDS certificate (Form 16A) will follow after the quarterly TDS return.")
    p.part = "foot"
    p.add("small", "This is a system generated advice. Please do not reply to this mail.")
    return p.done()


def corporate_training(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate client paying the school for a driver-training contract: its bank after an NEFT, RTGS or IMPS
    (ICICI InstaBIZ, SBI CINB, Axis neo for business, Kotak FYN; heldout124's page, the school's company under
    Beneficiary / Supplier name / Pay to / Credit to, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and the
    bank's Bank Ref No. / Reference No. / Transaction ID on some, the day, the debit account, Remarks / Narration /
    Purpose (Driver training - batch 3, "Inv LDH/25-26/041 less TDS"), Debit account name / Remitter, Maker and
    Checker on the web pages) or its accounts team's payment advice e-mail (four, ``payment_advice``); Transaction
    Successful / Funds transferred successfully / <mode> transfer successful / Returned by beneficiary bank /
    Transaction Failed / <mode> under process / Transaction in process."""
    k = place("corporate_training")
    status = outcome(k, failed=(3,), pending=(6,))
    if k not in XFER:
        return payment_advice(rng, font, k, status)
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (12000, 180000), "NEFT": (20000, 420000), "RTGS": (200000, 800000)}[mode]
    j = Job(rng, status, no_ref=False, no_day=k == 1, low=low, high=high, p_round=0.6, firm=0.75, caps=0.4, town=k)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Vendor payment", payee_labels=["Beneficiary", "Supplier name", "Pay to",
                                                                   "Credit to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
                  txn_label="Transaction ID")
    note = rng.choice(TRAINING_NOTES)
    if not j.no_day and rng.random() < 0.4:
        note = f"Inv {BRANCH[k]}/{fy(j.date)}/{rng.randrange(10, 999):03d} less TDS"
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), note)
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Debit account name", "Remitter"]), CLIENTS[k])
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["ap.exec02", "fin_ops1", "k.verma.acc"]))
        p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["cfo.approve", "fin_head", "gm.admin"]))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 6. fuel for the training cars


# the outlet in capitals, its oil company's line, the terminal maker
PUMPS = [("GILL FILLING STATION", "INDIANOIL", "HDFC BANK"),
         ("SHREE GURU GOBIND SINGHJI FUELS", "HP", "SBI PAYMENTS"),
         ("SRI RANGA SERVICE STATION", "BHARAT PETROLEUM", "PINE LABS"),
         ("SIDDHARUDHA PETROLEUM", "INDIANOIL", "ICICI BANK"),
         ("KANKE ROAD FUEL POINT", "HP", "AXIS BANK"),
         ("DOON AUTO FUELS", "BHARAT PETROLEUM", "WORLDLINE"),
         ("DISPUR SERVICE CENTRE", "INDIANOIL", "PINE LABS"),
         ("SEETHAMMADHARA FILLING STATION", "HP", "HDFC BANK")]
FLEETS = {"INDIANOIL": "XTRAPOWER FLEET CARD", "HP": "HP DRIVETRACK PLUS", "BHARAT PETROLEUM": "SMARTFLEET"}
PRODUCTS = {"INDIANOIL": ["PETROL", "XP95", "DIESEL"], "HP": ["PETROL", "POWER 95", "DIESEL"],
            "BHARAT PETROLEUM": ["PETROL", "SPEED", "DIESEL"]}
FLEET_SLIPS = (1, 4)


def fuel_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The petrol pump's slip for a training car's fuel (monospace): the terminal maker on top on some, the oil
    company's line (INDIANOIL, HP, BHARAT PETROLEUM; never the payee), the outlet in capitals (the payee), its town,
    RO CODE, SALE / FUEL SALE / UPI QR SALE / FLEET CARD SALE, the day and hour, MID / TID / BATCH, BILL NO: / INV
    NO: / ROC:, PRODUCT (PETROL, XP95, POWER 95, SPEED, DIESEL), RATE (Rs/L), VOLUME (L), VEHICLE NO (the training
    car) and ODOMETER, the card and APPR CODE / AUTH NO and RRN; on the two fleet-card slips (XTRAPOWER FLEET CARD, HP
    DRIVETRACK PLUS, SMARTFLEET) CARD NO, CUST ID, TXN ID and CARD BAL (no fact); UPI - CUST VPA and QR TXN REF on the
    wait; AMOUNT / SALE AMOUNT (RS) / NET AMOUNT (the sum); APPROVED / SALE COMPLETE / DECLINED with its reason /
    STATUS : AWAITED."""
    k = place("fuel_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    fleet = k in FLEET_SLIPS
    upi = status == "pending"
    outlet, omc, maker = PUMPS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=500, high=4500, p_round=0.8, town=k)
    j.to = outlet
    rate = round(rng.uniform(94.0, 108.0), 2)
    product = rng.choice(PRODUCTS[omc][:2]) if rng.random() < 0.85 else PRODUCTS[omc][2]
    if product == "DIESEL":
        rate = round(rate - rng.uniform(7, 11), 2)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000]))
    volume = round(j.amount / rate, 2)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", maker)
    p.add("center", omc)
    p.add("center", outlet, merchant=outlet)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.pair("RO CODE:", digits(rng, 6))
    p.add("center", "UPI QR SALE" if upi else "FLEET CARD SALE" if fleet else rng.choice(["SALE", "FUEL SALE"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TM:"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        if rng.random() < 0.5:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
        else:
            p.pair("DATE/TIME:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair(rng.choice(["TID:", "TERMINAL ID:"]), digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        bill = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["BILL NO:", "INV NO:", "ROC:"]), bill, txn=(INVOICE_RANK, bill))
    p.pair("PRODUCT:", product)
    p.pair("RATE (RS/L):", f"{rate:.2f}")
    p.pair("VOLUME (L):", f"{volume:.2f}")
    p.pair("VEHICLE NO:", reg_no(rng, k).replace(" ", ""))
    if rng.random() < 0.6:
        p.pair("ODOMETER:", f"{rng.randrange(12000, 160000)} KM")
    mark = rng.choice(["RS.", "RS ", "INR ", ""])
    if fleet:
        p.pair("CARD:", FLEETS[omc] if fits(p, "pair", f"CARD: {FLEETS[omc]}   ") else "FLEET CARD", method="wallet")
        p.pair("CARD NO:", f"{digits(rng, 4)}XXXXXXXX{digits(rng, 4)}")
        p.pair("CUST ID:", digits(rng, 10))
        if not j.no_ref:
            tid = digits(rng, 12)
            p.pair(rng.choice(["TXN ID:", "TRANS ID:"]), tid, txn=(TXN_RANK, tid))
    elif upi:
        p.pair("MODE:", "UPI", method="UPI")
        p.pair("CUST VPA:", f"{SLUG}{rng.randrange(1, 99)}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}")
        if not j.no_ref:
            qid = digits(rng, 12)
            p.pair("QR TXN REF:", qid, txn=(TXN_RANK, qid))
    else:
        p.pair("CARD:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("APP:", rng.choice(["VISA DEBIT", "RUPAY DEBIT", "MASTERCARD", "VISA CREDIT"]))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT (RS):", "NET AMOUNT:"]), f"{mark}{j.amount:.2f}", amount=j.amount)
    if fleet and status == "success":
        p.pair("CARD BAL:", f"{mark}{rng.uniform(2000, 60000):.2f}")
    p.add("rule")
    word = {"success": rng.choice(["APPROVED", "SALE COMPLETE"]), "failed": "DECLINED",
            "pending": "STATUS : AWAITED"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("center", rng.choice(["RC 51 - INSUFFICIENT FUNDS", "RC 55 - INCORRECT PIN", "CARD EXPIRED"]))
    elif status == "pending":
        p.add("small", "CHECK PAYMENT ON QR APP BEFORE RELEASING VEHICLE")
    p.part = "foot"
    p.add("small", rng.choice(["THANK YOU. VISIT AGAIN", "SAVE FUEL - SAVE MONEY", "** CUSTOMER COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 7. insurance premiums and car EMIs


# the insurer or lender (the payee), frame, kind, the way, the sender's or portal's site
FINANCE = [("ICICI Lombard General Insurance Co. Ltd", "mail", "policy", "card", "icicilombard.com"),
           ("Go Digit General Insurance Ltd", "browser", "policy", "UPI", "godigit.com"),
           ("Mahindra & Mahindra Financial Services Ltd", "paper", "emi", "cash", None),
           ("Cholamandalam Investment and Finance Co. Ltd", "mail", "nach", "NACH", "chola.murugappa.com"),
           ("Shriram Finance Ltd", "app", "emi", "UPI", None),
           ("HDFC ERGO General Insurance Co. Ltd", "mail", "aggregator", "netbanking", "policybazaar.com"),
           ("Sundaram Finance Ltd", "bbps", "emi", "UPI", None),
           ("The New India Assurance Co. Ltd", "paper", "policy", "cheque", None)]
SHORT_NAMES = {"ICICI Lombard General Insurance Co. Ltd": "ICICI Lombard", "Go Digit General Insurance Ltd": "Digit",
               "Mahindra & Mahindra Financial Services Ltd": "Mahindra Finance",
               "Cholamandalam Investment and Finance Co. Ltd": "Chola", "Shriram Finance Ltd": "Shriram One",
               "HDFC ERGO General Insurance Co. Ltd": "HDFC ERGO", "Sundaram Finance Ltd": "Sundaram Finance",
               "The New India Assurance Co. Ltd": "New India Assurance"}
POLICIES = ["Private car package policy (driving school use)", "Motor - commercial (driving school vehicle)",
            "Two-wheeler package policy (training vehicle)"]


def policy_rows(p: Screen, rs, j: Job, k: int) -> float:
    """A motor policy's insured, vehicle, policy number, period (no fact) and premium lines; the total premium."""
    rng = p.rng
    wrap_pair(p, rng.choice(["Insured", "Proposer", "Policy holder"]), FIRM)
    policy = rng.choice(POLICIES)
    wrap_pair(p, "Product", policy)
    car = rng.choice(CARS[4:5] + CARS[6:7]) if "Two-wheeler" in policy else rng.choice(
        [c for c in CARS if "dual" in c])
    wrap_pair(p, "Vehicle", car)
    p.pair("Registration No.", reg_no(rng, k))
    p.pair("Policy No.", f"{rng.choice(['3001', '2311', 'D', 'P'])}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000")
    if not j.no_day:
        end = j.date + dt.timedelta(days=364)
        p.pair(rng.choice(["Period of insurance", "Policy period"]),
               f"{when(j.date, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    two = "Two-wheeler" in policy
    idv = float(whole(rng.uniform(45000, 90000) if two else rng.uniform(320000, 620000), 1000))
    p.pair("IDV", rs(idv))
    own = round(idv * rng.uniform(0.012, 0.025), 2)
    third = 1366.0 if two else rng.choice([3416.0, 7897.0])
    lines = [("Own damage premium", own), ("Third party premium (liability)", third)]
    if not two and rng.random() < 0.6:
        lines.append(("Zero depreciation cover", round(idv * 0.004, 2)))
    if rng.random() < 0.5:
        lines.append(("PA cover - paid driver", 50.0))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    net = round(sum(v for _, v in lines), 2)
    p.pair("Net premium", rs(net))
    gst = round(net * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    return round(net + gst, 2)


def vehicle_finance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The training vehicles' insurance premiums and car EMIs: an insurer's premium receipt e-mail (ICICI Lombard),
    its payment page in a browser (Go Digit) or its printed premium receipt (New India Assurance), an insurance
    marketplace's policy e-mail (Policybazaar: HDFC ERGO under Insurer), a lender's EMI receipt (Mahindra Finance,
    paper), its NACH return e-mail (Cholamandalam: EMI presentation returned unpaid), its app (Shriram One: Payment
    under process) and a Bharat Connect loan repayment (Sundaram Finance under Biller name): the insurer or lender on
    top or under Insurer / Biller name / Paid to (the payee), Insured / Proposer, Product, Vehicle, Registration No.,
    Policy No. (no id), Period of insurance (no fact), IDV, Own damage premium, Third party premium, Net premium, GST @
    18%, Total premium / Premium paid / Amount paid (the sum); Loan A/c No. (no id), EMI for (no fact), EMI amount,
    Late payment charges, Total received / Amount paid / EMI presented (the sum); Payment mode, Transaction ID /
    Payment reference / B-Connect Txn ID / UPI Ref No. / Reference No., Receipt No., Paid on / Date / Presented on /
    Initiated on; Payment successful / Premium received / Policy issued / RECEIVED WITH THANKS / EMI returned unpaid
    / Payment under process."""
    k = place("vehicle_finance")
    status = outcome(k, failed=(3,), pending=(4,))
    name, frame, kind, way, site = FINANCE[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 1, town=k)
    j.to = name
    short = SHORT_NAMES[name]
    if frame == "mail":
        sender = (f"Policybazaar <policy@{site}>" if kind == "aggregator" else
                  f"{short} <{rng.choice(['customercare', 'noreply', 'collections'])}@{site}>")
        p = mail_page(rng, font, sender, {"policy": ["Premium receipt", "Payment received - motor policy"],
                                          "aggregator": ["Your policy is issued", "Payment successful - policy"],
                                          "nach": ["EMI presentation returned", "NACH debit unsuccessful"]}[kind])
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"www.{site}/motor/payment/success")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "paper":
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    else:
        p = phone_page(rng, font, k, ["", "Pay EMI", "Payment status"])
        rs = money(rng, font, 0.5)
    if frame in ("app", "bbps"):
        app, band = (short, (0, 84, 166)) if frame == "app" else ("Paytm", (0, 40, 110))
        head(p, app, band, p.style["h106"]["dark"], ["Pay EMI", "Loans"] if frame == "app" else
             ["Bharat Connect - Loan repayment", "Pay loan EMI"])
        p.part = "body"
        outcome_row(p, status, {"success": ["Loan EMI paid", "Payment successful"],
                                "pending": ["Payment under process", "Awaiting confirmation from bank"]})
        emi = float(rng.choice([11850, 13420, 14999, 16275, 18640, 21310]))
        j.amount = emi
        p.add("big", rs(emi), amount=emi)
        wrap_pair(p, "Paid to" if frame == "app" else rng.choice(["Biller name", "Lender"]), name, merchant=name)
        p.pair(rng.choice(["Loan A/c No.", "Agreement No."]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
        wrap_pair(p, "Customer name", FIRM.upper())
        if not j.no_day:
            p.pair("EMI for", j.month(0, "%b %Y"))
        p.pair(rng.choice(["Paid via", "Paid using"]), "UPI", method="UPI")
        if not j.no_ref:
            if frame == "bbps":
                bref = f"PT0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
                labelled(p, rng.choice(["B-Connect Txn ID", "Bharat Connect Txn Ref"]), bref, txn=(BANK_RANK, bref))
                if status == "success":
                    labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                tid = f"SF{digits(rng, 12)}"
                labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            labelled(p, "Paid on" if status == "success" else "Initiated on", stamp(rng, j.date, PATS), date=j.date)
        if status == "pending":
            p.add("small", "Do not pay again. The EMI will be updated in your loan account once the bank confirms.")
        p.part = "foot"
        p.add("small", "Powered by Bharat Connect" if frame == "bbps" else "EMI receipts are sent by e-mail.")
        return p.done()
    p.part = "head"
    if kind == "aggregator":
        top(p, "policybazaar")
        p.add("small", "Insurance marketplace - motor insurance")
    else:
        top(p, name, merchant=name)
        p.add("small", {"policy": "Motor insurance", "emi": "Vehicle finance", "nach": "Vehicle finance - "
                                                                                      "collections"}[kind])
    if frame == "paper":
        p.add("small", f"Branch: {TOWNS[k][0]}")
        p.add("center", "PREMIUM RECEIPT" if kind == "policy" else rng.choice(["EMI RECEIPT", "PAYMENT RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment successful", "Policy issued"]})
    if kind == "nach":
        p.add("left", "Dear Customer, the EMI presented through NACH on your loan was returned unpaid by your bank.")
        p.pair("Loan A/c No.", f"{code(rng, 2, UPPER)}{digits(rng, 11)}")
        wrap_pair(p, "Customer name", FIRM)
        wrap_pair(p, "Asset", rng.choice([c for c in CARS if "dual" in c]))
        emi = float(rng.choice([12480, 14260, 15890, 17350, 19820]))
        j.amount = emi
        p.pair(rng.choice(["EMI presented", "EMI amount"]), rs(emi), amount=emi)
        p.pair("Mode", "NACH (auto-debit)", method="netbanking")
        p.pair("UMRN", f"UTIB7{digits(rng, 15)}")
        ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        p.pair("Reference No.", ref, txn=(BANK_RANK, ref))
        p.pair("Presented on", j.day(rng), date=j.date)
        p.pair("Status", "EMI returned unpaid", status="failed")
        p.pair("Return reason", rng.choice(["Insufficient funds", "Balance insufficient", "Account blocked"]))
        p.add("small", "Bounce charges of Rs 590 (incl. GST) apply. Pay the EMI today from the app to avoid "
                       "penal interest.")
        p.part = "foot"
        p.add("small", "This is an auto-generated e-mail.")
        return p.done()
    if kind == "emi":
        if not j.no_ref:
            rno = f"RCPT{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        p.pair(rng.choice(["Loan A/c No.", "Agreement No."]), f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
        wrap_pair(p, rng.choice(["Received from", "Customer"]), f"M/s {FIRM}")
        wrap_pair(p, "Asset", f"{rng.choice([c for c in CARS if 'dual' in c])}, {reg_no(rng, k)}")
        if not j.no_day:
            p.pair("EMI for", j.month())
        emi = float(rng.choice([12480, 14260, 15890, 17350]))
        p.pair("EMI amount", rs(emi))
        total = emi
        if rng.random() < 0.5:
            late = float(rng.choice([250, 500, 750]))
            p.pair("Late payment charges", rs(late))
            total += late
        j.amount = total
        p.pair(rng.choice(["Total received", "Amount received"]), rs(total), amount=total)
        p.add("small", f"({words_in_rupees(total)})")
        p.pair("Mode", way_text(rng, way, font), method=method_for(way))
        p.add("center", "RECEIVED WITH THANKS", status="success")
        p.part = "foot"
        p.add("small", "Subject to realisation. Please insist on a computer generated receipt for cash payments.")
        right(p, "Branch cashier")
        return p.done()
    if kind == "aggregator":
        p.add("left", "Congratulations! Your motor policy is issued. Your premium has been paid to the insurer.")
        wrap_pair(p, "Insurer", name, merchant=name)
        outcome_row(p, status, {"success": ["Payment successful"]})
    total = policy_rows(p, rs, j, k)
    j.amount = total
    p.pair(rng.choice(["Total premium", "Premium paid", "Amount paid"]), rs(total), amount=total)
    if frame == "paper":
        p.add("small", f"({words_in_rupees(total)})")
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Payment mode", "Paid using"]),
               {"card": f"Credit card {masked(rng, font)}", "UPI": "UPI",
                "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        if way != "cheque":
            tid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"{code(rng, 3, UPPER)}{digits(rng, 11)}"])
            labelled(p, rng.choice(["Transaction ID", "Payment reference"]), tid, txn=(TXN_RANK, tid))
        if way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        rno = f"{rng.choice(['PR', 'RC', 'RCT'])}{digits(rng, 10)}"
        p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Payment date", "Receipt date"]),
                 j.day(rng) if frame == "paper" else stamp(rng, j.date, PATS), date=j.date)
    if frame in ("paper", "mail") and kind == "policy":
        p.add("center" if frame == "paper" else "left", rng.choice(["PREMIUM RECEIVED", "Premium received"]),
              status="success")
    p.part = "foot"
    p.add("small", "The policy schedule is attached. Keep a copy in each training vehicle.")
    return p.done()


# ---------------------------------------------------------------- 8. the workshops' service bills


WORKSHOPS = [("Doaba Motors Pvt Ltd", "Maruti Suzuki Arena - authorised workshop", "car", "NEFT"),
             ("Sai Siddhi Autowheels Pvt Ltd", "Authorised Hyundai service centre", "car", "UPI"),
             ("Rockfort Honda", "Honda two-wheelers - sales & service", "bike", "card"),
             ("Unnati Autocraft LLP", "Authorised Tata Motors service", "car", "cheque"),
             ("Jharkhand Auto Care", "Bosch Car Service - multi-brand workshop", "car", "card"),
             ("Negi Tyres & Alignment", "Tyres, wheel alignment & balancing", "tyre", "cash"),
             ("Kalita Dual Control Fitments", "Dual brake & clutch fitting for driving schools", "dual", "UPI"),
             ("Vizag Auto Electricals", "Auto electricals, AC & batteries", "elec", "NEFT")]
# labour and parts: label, rate range; GST rate
WORK_LINES = {"car": ([("Periodic maintenance service", (1800, 3200)), ("Clutch overhaul (labour)", (1500, 2500)),
                       ("Wheel alignment & balancing", (700, 1100)), ("Brake bleeding & adjustment", (400, 700))],
                      [("Clutch plate & pressure plate", (4200, 6800)), ("Engine oil 3.5 L", (1650, 2400)),
                       ("Oil filter", (220, 380)), ("Brake pads (front)", (1400, 2600)), ("Air filter", (350, 600))],
                      0.18),
              "bike": ([("General service", (450, 750)), ("Clutch & brake adjustment", (150, 300))],
                       [("Engine oil 0.8 L", (330, 420)), ("Brake shoe set", (280, 450)), ("Spark plug", (120, 180))],
                       0.18),
              "tyre": ([("Wheel alignment", (500, 700)), ("Wheel balancing (4 wheels)", (400, 600))],
                       [("Tyre 165/80 R14 {n} nos", (3600, 4800)), ("Tube / valve", (80, 150))], 0.28),
              "dual": ([("Dual control brake fitting", (2800, 3800)), ("Dual clutch cable replacement", (900, 1400))],
                       [("Dual control kit (brake + clutch)", (6500, 9500)), ("Cable set", (650, 950))], 0.18),
              "elec": ([("AC service & gas top-up", (1800, 2800)), ("Wiring check", (400, 700))],
                       [("Battery 35 Ah (exchange)", (4200, 5600)), ("Horn relay", (180, 320))], 0.18)}


def workshop_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshops' paper for the training vehicles (the workshop on top, the payee; its brand line under it, never
    the payee): TAX INVOICE - SERVICE / REPAIR ORDER INVOICE / JOB CARD BILL / CASH BILL, Invoice No. / Bill No.,
    Date / Bill date, Job card No. (no id), Customer / Bill to M/s the school, Reg. No., Model, Odometer, Service
    advisor, the labour and parts lines, Taxable value / Sub total, CGST and SGST @ 9% (@ 14% on tyres), Round off,
    Total / Bill amount / Net payable, Amount received / Received / Paid (the sum), Mode and its reference, or Amount
    due with Payment attempted: card - declined, or Cheque received with its number and bank; PAID / RECEIVED WITH
    THANKS / VEHICLE DELIVERED - PAID / CARD DECLINED - AMOUNT DUE / CHEQUE RECEIVED - SUBJECT TO REALISATION."""
    k = place("workshop_bills")
    status = outcome(k, failed=(4,), pending=(3,))
    name, sub, kind, way = WORKSHOPS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    to = name.upper() if rng.random() < 0.2 else name
    j.to = to
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, k, to, ["TAX INVOICE - SERVICE", "REPAIR ORDER INVOICE", "JOB CARD BILL"] if kind != "tyre"
               else ["TAX INVOICE", "CASH BILL"], sub=sub)
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Invoice No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date"]), j.day(rng), date=j.date)
    p.pair("Job card No.", f"JC-{rng.randrange(10000, 99999)}")
    wrap_pair(p, rng.choice(["Customer", "Bill to"]), f"M/s {rng.choice([TRADE, FIRM])}")
    p.pair("Reg. No.", reg_no(rng, k))
    car = rng.choice(CARS[4:5] + CARS[6:7]) if kind == "bike" else rng.choice([c for c in CARS if "dual" in c])
    wrap_pair(p, "Model", car)
    p.pair("Odometer", f"{rng.randrange(8000, 150000):,} km")
    p.pair("Service advisor", rng.choice(["Manpreet", "Yogesh", "Senthil", "Prakash", "Ravi", "Ankit", "Bhaskar",
                                          "Naidu"]))
    p.add("rule")
    labour, parts, rate = WORK_LINES[kind]
    sub_total = 0.0
    for label, (lo, hi) in rng.sample(labour, rng.randint(1, len(labour))) + rng.sample(parts, rng.randint(1, 3)
                                                                                           if len(parts) > 2 else 1):
        n = rng.randint(2, 4) if "{n}" in label else 1
        value = float(whole(rng.uniform(lo, hi), 10)) * n
        sub_total += value
        wrap_pair(p, label.format(n=n), rs(value))
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub_total))
    half = round(sub_total * rate / 2, 2)
    p.pair(f"CGST @ {rate * 50:g}%", rs(half))
    p.pair(f"SGST @ {rate * 50:g}%", rs(half))
    gross = sub_total + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Total", "Bill amount", "Net payable"]), rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "ICIC", "UTIB"])
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=total)
        p.pair("Payment attempted", "Card - declined", method="card")
    else:
        p.pair("Cheque received", rs(total), amount=total)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "VEHICLE DELIVERED - PAID"]),
            "failed": "CARD DECLINED - AMOUNT DUE", "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Warranty on parts as per manufacturer. Labour warranty 30 days.",
                               f"Subject to {TOWNS[k][0]} jurisdiction. E. & O.E."]))
    p.add("pair", "Customer's sign", "For the workshop")
    return p.done()


# ---------------------------------------------------------------- 9. FASTag recharges


# the app or the issuer's portal, its band, frame, the issuer (the payee; None on its own portal), the way
FASTAGS = [("Google Pay", None, "phone", "IDFC FIRST Bank FASTag", "UPI"),
           ("PhonePe", (95, 37, 159), "phone", "ICICI Bank FASTag", "UPI"),
           ("Paytm", (0, 40, 110), "phone", "Axis Bank FASTag", "UPI"),
           ("IDFC FIRST Bank FASTag", None, "browser", None, "netbanking"),
           ("Amazon Pay", (35, 47, 62), "phone", "Kotak Mahindra Bank - FASTag", "card"),
           ("BHIM", (0, 98, 65), "phone", "Bank of Baroda FASTag", "UPI"),
           ("ICICI Bank FASTag", None, "browser", None, "card"),
           ("Airtel Thanks", (228, 0, 43), "phone", "Airtel Payments Bank FASTag", "UPI")]
FASTAG_URLS = {"IDFC FIRST Bank FASTag": "fastag.idfcfirstbank.com/customer/recharge/receipt",
               "ICICI Bank FASTag": "fastag.icicibank.com/CustomerPortal/RechargeHistory"}


def fastag_recharge(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The training cars' FASTag recharges: Bharat Connect's FASTag category in an app (Google Pay, PhonePe, Paytm,
    Amazon Pay, BHIM, Airtel Thanks; the outcome and the sum large) or the issuer's own customer portal in a browser
    (IDFC FIRST Bank FASTag, ICICI Bank FASTag; the issuer on top): Biller name / FASTag issuer / Issuer bank (the
    payee; never the app or Bharat Connect), Vehicle No. / Vehicle registration No., Customer name, Wallet ID /
    Customer ID and Tags linked (no id), Recharge amount / Amount, Paid using / Payment mode, B-Connect Txn ID /
    Bharat Connect Txn Ref, UPI Ref No., Transaction ID / Order ID, Txn Ref No. / Bank Ref No. on the portals,
    Recharged on / Paid on / Attempted on / Initiated on; Recharge successful / FASTag recharged / Payment successful
    / Recharge failed / Recharge pending - awaiting issuer confirmation."""
    k = place("fastag_recharge")
    status = outcome(k, failed=(5,), pending=(2,))
    app, band, frame, issuer, way = FASTAGS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, town=k)
    j.amount = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000]))
    words = {"success": ["Recharge successful", "FASTag recharged", "Payment successful"],
             "failed": ["Recharge failed"], "pending": ["Recharge pending - awaiting issuer confirmation"]}
    if frame == "browser":
        p = browser_page(rng, font, FASTAG_URLS[app])
        rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
        name = app
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "FASTag customer portal")
        p.add("center", rng.choice(["Recharge receipt", "Wallet recharge - transaction details"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        wrap_pair(p, "Customer name", FIRM)
        p.pair(rng.choice(["Wallet ID", "Customer ID"]), digits(rng, 10))
        p.pair("Tags linked", str(rng.randint(4, 9)))
        p.pair(rng.choice(["Recharge amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", {"netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
                                "card": f"Debit card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, rng.choice(["Txn Ref No.", "Bank Ref No."]), bref, txn=(BANK_RANK, bref))
            tid = f"FT{digits(rng, 14)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            labelled(p, "Recharged on", stamp(rng, j.date, PATS), date=j.date)
        p.add("small", "The amount is added to the tag wallet shared by all tags under this customer ID.")
        p.part = "foot"
        p.add("small", "FASTag is issued under the NETC programme of NPCI.")
        return p.done()
    p = phone_page(rng, font, k, ["", "FASTag recharge", "Transaction details"])
    rs = money(rng, font, 0.6)
    head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - FASTag", "Recharge FASTag"])
    p.part = "body"
    outcome_row(p, status, words)
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Biller name", "FASTag issuer", "Issuer bank"]), issuer, merchant=issuer)
    p.pair(rng.choice(["Vehicle No.", "Vehicle registration No."]), reg_no(rng, k).replace(" ", ""))
    wrap_pair(p, "Customer name", FIRM.upper())
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "card": f"Credit card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "Bharat Connect Txn Ref"]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            label = rng.choice(["Order ID", "Transaction ID"])
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Recharged on", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The issuer will update the tag balance within 30 minutes. Do not recharge again.")
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


# ---------------------------------------------------------------- 10. salaries, fuel reimbursements and refunds


# kind, frame, the way
PAYOUTS = [("salary", "app", "IMPS"), ("fuel", "paper", "cash"), ("refund", "paper", "NEFT"),
           ("refund", "gateway", "card"), ("salary", "mail", "NEFT"), ("fuel", "upi", "UPI"),
           ("refund", "mail", "UPI"), ("salary", "web", "NEFT")]
PAY_APPS = {0: ("Kotak Biz", (237, 28, 36)), 5: ("PhonePe", None)}
PAY_BANK = ("Canara Bank Corporate Net Banking", None, "web", "NEFT", "CNRB")
REASONS = ["Course cancelled by learner before start", "Batch cancelled - instructor unavailable",
           "Relocated to another city", "Medical reasons - course discontinued"]


def salary_lines(rng: random.Random) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """An instructor's earnings and deductions (EPF 12% of basic, ESI 0.75% under the limit, professional tax,
    an advance recovered)."""
    basic = float(whole(rng.uniform(9000, 15000), 100))
    earn = [("Basic + DA", basic), ("HRA", float(whole(basic * 0.4, 10))),
            ("Conveyance", float(rng.choice([800, 1000, 1200]))),
            ("Incentive - learners passed", float(rng.choice([0, 500, 1000, 1500])))]
    earn = [(label, value) for label, value in earn if value]
    gross = sum(v for _, v in earn)
    cuts = [("EPF (12%)", round(basic * 0.12)), ("ESI (0.75%)", float(round(gross * 0.0075)) if gross <= 21000
                                                  else 0.0),
            ("Professional tax", float(rng.choice([0, 150, 200]))),
            ("Salary advance recovered", float(rng.choice([0, 0, 1000, 2000])))]
    return earn, [(label, float(value)) for label, value in cuts if value]


def staff_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school paying people: instructors' salaries (its business app, Kotak Biz; its bank's net banking, Canara
    Bank; a payslip-cum-payment advice e-mail), instructors' fuel reimbursements (a FUEL REIMBURSEMENT VOUCHER on
    paper, a PhonePe transfer) and refunds for cancelled courses (a REFUND VOUCHER, Razorpay's refund page, a refund
    e-mail): the instructor or the learner under Paid to / Beneficiary / Pay to / Employee / Refund to / Learner /
    Customer / Refunded to (the payee; never the school on top), Employee code / Enrolment No. (no id), Pay month /
    Salary for (no fact), the earnings and deductions, Net pay / Net salary credited (the sum); Km run, litres and
    bills claimed, Claimed, Less: disallowed, Amount approved / Amount paid (the sum); Course fee paid, Less:
    Admission & registration (non-refundable), Less: classes attended, Net refund / Amount refunded or the refund
    large (the sum); Mode, IMPS Ref No / UTR / UPI Ref No. / ARN, Transaction ID / Refund ID, Voucher No., Date /
    Date & Time / Credited on / Refunded on / Initiated on / Attempted on; Transfer successful / Money sent / Salary
    credited / PAID / REFUNDED / Refund processed / Refund in progress / Payment Failed."""
    k = place("staff_refunds")
    status = outcome(k, failed=(5,), pending=(3,))
    kind, frame, way = PAYOUTS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, town=k)
    person = INSTRUCTORS[k] if kind != "refund" else rng.choice(LEARNERS)
    shown = person.upper() if rng.random() < 0.2 else person
    j.to = shown
    if kind == "salary":
        earn, cuts = salary_lines(rng)
        gross = sum(v for _, v in earn)
        net = round(gross - sum(v for _, v in cuts), 2)
    elif kind == "fuel":
        km = rng.randrange(300, 1400)
        claimed = round(km / rng.choice([40, 45, 50]) * rng.uniform(96, 106), 2)
        disallowed = float(rng.choice([0, 0, 120, 250])) if claimed > 600 else 0.0
        net = round(claimed - disallowed, 2)
    else:
        paid = float(rng.choice([5900, 7080, 8260, 9440, 10620]))
        adm = float(rng.choice([500, 1000]))
        classes = rng.choice([0, 0, 2, 4, 6])
        used = round(paid / 21 * classes, 2)
        net = round(paid - adm - used, 2)
    j.amount = net
    if frame in ("app", "upi", "web"):
        if frame == "upi":
            p = upi_result(rng, font, k, "PhonePe", status, j, person, WAIT)
            p.pair(rng.choice(["Message", "Note"]), rng.choice(["Fuel reimbursement", "Petrol claim", "Fuel bills"]))
            p.part = "foot"
            p.add("small", rng.choice(["Share  |  Done", "Pay again  |  View history"]))
            return p.done()
        if frame == "web":
            p, _ = transfer_ack(rng, font, k, PAY_BANK, status, j, url="canarabank.bank.in/corporate/neft/ack",
                                widths=[700, 740], third_head="Salary payment",
                                payee_labels=["Beneficiary", "Pay to", "Beneficiary name"])
            transfer_rows(p, rng, j.date, kind="web", mode="NEFT", head4="CNRB", status=status, no_ref=j.no_ref,
                          no_day=j.no_day, own_labels=["Bank Ref No.", "Transaction ID"], txn_label="Transaction ID")
            wrap_pair(p, rng.choice(["Remarks", "Narration"]), f"Salary {j.month(1, '%b-%y')}")
            wrap_pair(p, "Debit account name", FIRM)
            p.part = "foot"
            p.add("small", "This is a computer generated advice")
            return p.done()
        app, band = PAY_APPS[k]
        p = phone_page(rng, font, k, ["", "Transaction details"])
        head(p, app, band, p.style["h106"]["dark"], ["Pay vendors & staff", "IMPS transfer"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        outcome_row(p, status, {"success": ["Transfer successful", "Money sent"]})
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), shown, merchant=shown)
        p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", ifsc(rng))
        p.pair("Mode", way, method=method_of(way))
        wrap_pair(p, "Remarks", f"Salary {j.month(1, '%b %Y')}" if not j.no_day else "Salary")
        if not j.no_ref:
            labelled(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
        if not j.no_day:
            labelled(p, "Date & Time", stamp(rng, j.date, PATS), date=j.date)
        p.pair("Debited from", f"Current A/c {masked(rng, font)}")
        return p.done()
    if frame == "gateway":
        p = browser_page(rng, font, "dashboard.razorpay.com/app/refunds")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Razorpay")
        p.add("small", f"{FIRM}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund processed", "Refunded"], "pending": ["Refund in progress"]})
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), shown, merchant=shown)
        wrap_pair(p, "Course", rng.choice(COURSES))
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        p.pair("Admission fee (non-refundable)", rs(adm))
        if used:
            p.pair(f"Classes attended ({classes})", rs(used))
        p.pair("Refund to", f"Source - card {masked(rng, font)}", method="card")
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}")
        if not j.no_day:
            labelled(p, "Initiated on", stamp(rng, j.date, PATS), date=j.date)
        p.add("small", "Refunds reach the customer's card in 5-7 working days.")
        p.part = "foot"
        p.add("small", "Refunds cannot be cancelled once initiated.")
        return p.done()
    if frame == "mail":
        who = TRADE if kind == "refund" else f"{SHORT} HR & Payroll"
        p = mail_page(rng, font, f"{who} <{'accounts' if kind == 'refund' else 'payroll'}@{SLUG}.in>",
                      ["Refund of your course fee", "Refund processed"] if kind == "refund" else
                      ["Payslip and salary credit", "Salary credited - payslip attached"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, TRADE)
        p.add("small", rng.choice(SCHOOL_SUB))
        p.add("rule")
        p.part = "body"
        if kind == "refund":
            p.add("left", f"Dear {person.split()[0]}, we have refunded your course fee as below.")
            wrap_pair(p, rng.choice(["Refunded to", "Learner"]), shown, merchant=shown)
            wrap_pair(p, "Reason", rng.choice(REASONS))
            p.pair("Course fee paid", rs(paid))
            p.pair("Less: Admission & registration", rs(adm))
            if used:
                p.pair(f"Less: Classes attended ({classes})", rs(used))
            p.pair(rng.choice(["Net refund", "Amount refunded"]), rs(net), amount=net)
            p.pair("Mode", way, method=method_of(way))
            p.pair("To", f"{person.split()[0].lower()}{rng.randrange(10, 99)}@oksbi")
            if not j.no_ref:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            if not j.no_day:
                p.pair("Refunded on", j.day(rng), date=j.date)
            p.pair("Status", "Refund processed", status="success")
        else:
            p.add("left", f"Dear {person.split()[-1] if person[1] == '.' else person.split()[0]}, your salary "
                          f"{'for ' + j.month(1) + ' ' if not j.no_day else ''}has been credited.")
            wrap_pair(p, rng.choice(["Employee", "Pay to"]), shown, merchant=shown)
            p.pair("Employee code", f"SS{BRANCH[k]}{rng.randrange(10, 99)}")
            p.pair("Designation", "Driving instructor")
            if not j.no_day:
                p.pair(rng.choice(["Pay month", "Salary for"]), j.month(1))
            for label, value in earn:
                wrap_pair(p, label, rs(value))
            p.pair("Gross earnings", rs(sum(v for _, v in earn)))
            for label, value in cuts:
                wrap_pair(p, f"Less: {label}", rs(value))
            p.pair(rng.choice(["Net pay", "Net salary credited"]), rs(net), amount=net)
            p.pair("Mode", f"{way} to A/c XXXXXX{digits(rng, 4)}", method=method_of(way))
            if not j.no_ref:
                ref = neft_utr(rng.choice(["HDFC", "CNRB"]), rng, j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            if not j.no_day:
                p.pair("Credited on", j.day(rng), date=j.date)
            p.pair("Status", "Salary credited", status="success")
        p.part = "foot"
        p.add("small", "This is a system generated mail.")
        return p.done()
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, k, TRADE, ["FUEL REIMBURSEMENT VOUCHER", "CONVEYANCE / FUEL CLAIM VOUCHER"] if kind == "fuel"
               else ["REFUND VOUCHER", "COURSE FEE REFUND VOUCHER"], sub=rng.choice(SCHOOL_SUB), merchant=False)
    if not j.no_ref:
        vno = f"{'FV' if kind == 'fuel' else 'RV'}/{BRANCH[k]}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    if kind == "fuel":
        wrap_pair(p, rng.choice(["Paid to", "Employee"]), shown, merchant=shown)
        p.pair("Designation", "Driving instructor")
        p.pair("Vehicle", reg_no(rng, k))
        p.pair("Km run (log book)", f"{km:,} km")
        p.pair("Fuel bills attached", str(rng.randint(3, 9)))
        p.pair("Claimed", rs(claimed))
        if disallowed:
            p.pair("Less: disallowed (no bill)", rs(disallowed))
        p.pair(rng.choice(["Amount approved", "Amount paid"]), rs(net), amount=net)
    else:
        wrap_pair(p, rng.choice(["Refund to", "Learner"]), shown, merchant=shown)
        p.pair("Enrolment No.", f"{BRANCH[k]}-{rng.randrange(3000, 9999)}")
        wrap_pair(p, "Reason", rng.choice(REASONS))
        p.pair("Course fee paid", rs(paid))
        p.pair("Less: Admission & registration", rs(adm))
        if used:
            p.pair(f"Less: Classes attended ({classes})", rs(used))
        p.pair(rng.choice(["Net refund", "Amount refunded"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "CNRB", "UTIB"])
    p.add("center", rng.choice(["PAID", "REFUNDED"] if kind == "refund" else ["PAID", "PAID IN CASH"]),
          status="success")
    p.part = "foot"
    p.add("pair", "Receiver's signature", "Branch manager")
    return p.done()


# ---------------------------------------------------------------- 11. rent, electricity and software


OVERHEADS = ["rent", "power", "rent_bank", "saas", "rent", "power", "saas", "saas"]
LANDLORDS = {0: "Jaswinder Singh Gill", 2: "K. Natarajan", 4: "Ramesh Prasad Sahu"}
RENT_WAYS = {0: "cash", 4: "IMPS"}
# the board in a town: long name, short name, its number's label and length; the app or bank (band), frame, way
POWER = {1: ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "Consumer No.", 12,
             ("PhonePe", (95, 37, 159), "phone", "UPI")),
         5: ("Uttarakhand Power Corporation Ltd", "UPCL", "Service Connection No.", 10,
             ("Bank of Baroda - bob World", None, "browser", "netbanking"))}
# product, frame, company line, plan, lines (label, quantity, rate), the way
SAAS = {3: ("Fleetx", "phone", "Fleetx Technologies Pvt Ltd", "GPS tracking - training fleet (monthly)",
            [("Vehicles tracked", 8, 499.0), ("Driver behaviour add-on", 8, 150.0)], "UPI"),
        6: ("Zoho Books", "browser", "Zoho Corporation Pvt Ltd", "Professional - annual",
            [("Professional plan (annual)", 1, 17880.0), ("Additional users", 4, 1800.0)], "card"),
        7: ("LeadSquared", "mail", "MarketXpander Services Pvt Ltd", "Lead management - Standard (quarterly)",
            [("Users", 6, 2250.0)], "card")}


def rent_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A landlord's RENT RECEIPT for a branch's office and practice ground (paper): Receipt No. / No., Date,
    "Received from M/s <company> (<school>) the rent of the premises at <locality> for <month>" (no fact), Monthly
    rent, Less: TDS u/s 194-I(b) @ 10% on some, Net amount received / Amount received (the sum), the way, RECEIVED
    WITH THANKS, Landlord / Owner / Lessor (the payee; Shri on some), PAN of landlord, the revenue stamp."""
    name = LANDLORDS[k]
    way = RENT_WAYS[k]
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, "RENT RECEIPT")
    p.add("small", "(Branch office & practice ground - monthly rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"RR-{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.add("left", f"Received from M/s {FIRM} ({TRADE}) the rent of the office and practice ground at "
                  f"{TOWNS[k][2]}, {TOWNS[k][0]}" + ("." if j.no_day else f" for {j.month()}."))
    p.add("rule")
    rent = float(whole(rng.uniform(18000, 85000), 500))
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    net = rent
    if rent >= 50000:
        tds = round(rent * 0.10, 2)
        p.pair(rng.choice(["Less: TDS u/s 194-I(b) @ 10%", "Less: TDS 194-I (10%)"]), rs(tds))
        net = round(rent - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount received", "Amount received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Paid by", "Mode of payment"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "ICIC"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    shown = f"Shri {name}" if rng.random() < 0.35 else name
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=name)
    p.pair("PAN of landlord", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def power_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A branch's electricity through Bharat Connect (PhonePe on a phone, the sum large; Bank of Baroda's bob World
    bill payment receipt in a browser): Biller name / Electricity board / Billed by (the board: MSEDCL, UPCL or its
    long name; the payee), Consumer No. / Service Connection No., Consumer name, Tariff, Bill month and Due date (no
    fact), Bill amount (the sum), Paid using / Payment mode, B-Connect Txn ID / BBPS Txn Ref, UPI Ref No., Paid on /
    Attempted on; Bill payment successful / Paid to biller / Bill payment failed."""
    long, short, number, size, (app, band, frame, way) = POWER[k]
    words = {"success": ["Bill payment successful", "Paid to biller"], "failed": ["Bill payment failed"],
             "pending": ["Bill payment pending"]}
    if frame == "browser":
        p = browser_page(rng, font, "bobworld.bankofbaroda.in/corporate/billpay/receipt")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill Payment - Receipt", "Bharat Connect - Transaction Receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment status", "Status"]), rng.choice(words[j.status]), status=j.status)
    else:
        p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
        rs = money(rng, font, 0.3)
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Pay bills"])
        p.part = "body"
        outcome_row(p, j.status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Electricity board {long}     ") else short
    wrap_pair(p, rng.choice(["Biller name", "Electricity board", "Billed by"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, "Consumer name", FIRM.upper())
    p.pair("Tariff", rng.choice(["LT-II Commercial", "Non-domestic (LT)", "LT-2 (B) Commercial"]))
    if not j.no_day:
        p.pair(rng.choice(["Bill month", "Billing month"]), j.month(1))
        p.pair("Due date", j.other_day(rng, 2, 14))
    p.pair("Bill amount", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "netbanking": f"Current A/c {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "BBPS Txn Ref"]), bref, txn=(BANK_RANK, bref))
        if j.status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, "Paid on" if j.status == "success" else "Attempted on", stamp(rng, j.date, PATS), date=j.date)
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


def saas_page(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The school's software (Fleetx's GPS tracking for the training cars in its app, Zoho Books' billing page in a
    browser, LeadSquared's receipt e-mail): the product on top (the payee) and its company line, Payment receipt /
    Invoice paid / Subscription payment, Bill to / Account / Customer the company, GSTIN, Account ID / Org ID (no
    id), Plan, Billing period (no fact), the lines (Vehicles tracked 8 x 499), Subtotal, IGST @ 18%, Amount paid /
    Total charged / Total / Amount due (the sum) or the sum large, Payment method (UPI AutoPay, Visa ending n),
    Invoice No., Payment ID / Transaction ID, UPI Ref No., Auth code, Paid on / Charged on / Initiated on, Next
    renewal on (no fact); Paid / Payment successful / Payment processing - awaiting bank confirmation."""
    name, frame, company, plan, lines, way = SAAS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Billing", "Payment status"])
        rs = money(rng, font, 0.3)
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} Billing <billing@leadsquared.com>", ["Payment receipt", "Invoice paid"])
    else:
        p = browser_page(rng, font, "books.zoho.in/app#/settings/subscription/payments")
    words = {"success": ["Paid", "Payment successful"], "pending": ["Payment processing - awaiting bank confirmation"]}
    to = name.upper() if rng.random() < 0.15 else name
    j.to = to
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", company)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, j.status, words)
    else:
        p.add("center", rng.choice(["Payment receipt", "Invoice paid", "Subscription payment"]))
        p.add("rule")
        p.part = "body"
    wrap_pair(p, rng.choice(["Bill to", "Account", "Customer"]), FIRM)
    p.pair("GSTIN", gstin(rng, TOWNS[0][4]))
    p.pair(rng.choice(["Account ID", "Org ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
    wrap_pair(p, "Plan", plan)
    days = 365 if "annual" in plan else 91 if "quarterly" in plan else 30
    if not j.no_day:
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(j.date + dt.timedelta(days=days - 1), '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        sub += qty * rate
        wrap_pair(p, f"{label} {qty} x {rate:g}" if qty > 1 else label, rs(qty * rate))
    p.pair(rng.choice(["Subtotal", "Sub total"]), rs(sub))
    tax = round(sub * 0.18, 2)
    p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), rs(tax))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", rs(total), amount=total)
    else:
        p.pair(rng.choice(["Amount paid", "Total charged", "Total"] if j.status == "success" else
                          ["Amount due", "Total"]), rs(total), amount=total)
    vpa = f"{SLUG}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}"
    p.pair(rng.choice(["Payment method", "Paid with"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}",
            "UPI": f"UPI AutoPay ({vpa})"}[way], method=way)
    if not j.no_ref:
        if j.status == "success":
            inv = f"{code(rng, 3, UPPER)}-{digits(rng, 6)}"
            labelled(p, "Invoice No.", inv, txn=(INVOICE_RANK, inv))
        pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
        labelled(p, "Payment ID" if pid.startswith("pay") else "Transaction ID", pid, txn=(TXN_RANK, pid))
        if j.status == "success" and way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        if j.status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Charged on"]), "pending": "Initiated on"}[j.status],
                 stamp(rng, j.date, PATS), date=j.date)
        if j.status == "success":
            p.pair("Next renewal on", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add("small", "Tracking stays active while the bank confirms the AutoPay debit.")
    p.part = "foot"
    p.add("small", rng.choice(["Manage billing under Settings > Billing.", "Questions? Reply to this message."]))
    return p.done()


def branch_overheads(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A branch's premises and the school's software: a landlord's rent receipt (two, ``rent_receipt``), the school's
    bank after the NEFT to a landlord (Union Bank's net banking; heldout124's page, the landlord under Beneficiary /
    Payee / Beneficiary name, Remarks Rent <month> less TDS, Debit account name, Maker and Checker), electricity
    through Bharat Connect (two, ``power_bill``) and the software subscriptions (three, ``saas_page``)."""
    k = place("branch_overheads")
    status = outcome(k, failed=(5,), pending=(3,))
    kind = OVERHEADS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2500, high=24000, p_round=0.3, town=k)
    if kind == "rent":
        return rent_receipt(rng, font, k, j)
    if kind == "power":
        return power_bill(rng, font, k, j)
    if kind == "saas":
        return saas_page(rng, font, k, j)
    row = ("Union Bank of India - Corporate Net Banking", None, "web", "NEFT", "UBIN")
    name = LANDLORDS[k]
    j.to = name.upper() if rng.random() < 0.35 else name
    j.amount = float(whole(rng.uniform(18000, 45000), 500))
    p, _ = transfer_ack(rng, font, k, row, status, j, url="unionbankonline.in/corp/neft/acknowledgement",
                        widths=[700, 740], third_head="Third party transfer",
                        payee_labels=["Beneficiary", "Payee", "Beneficiary name"])
    transfer_rows(p, rng, j.date, kind="web", mode="NEFT", head4="UBIN", status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Txn Ref No.", "Transaction ID"],
                  txn_label="Transaction ID")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), f"Rent {j.month(0, '%b-%y')} {TOWNS[k][0]} branch")
    wrap_pair(p, "Debit account name", FIRM)
    p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["accounts.exec", "branch.admin2"]))
    p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["director.fin", "md.office"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 12. GST and TDS challans


# tax, frame, the way
TAX_PAGES = [("gst", "browser", "netbanking"), ("tds", "browser", "netbanking"), ("tds", "bank", "netbanking"),
             ("gst", "browser", "neft"), ("tds", "app", "UPI"), ("gst", "paper", "card"), ("tds", "paper", "netbanking"),
             ("gst", "browser", "UPI")]
TDS_NATURE = [("192", "Salary"), ("194C", "Payment to contractors"), ("194-I(b)", "Rent on land, building or "
                                                                                 "furniture"),
              ("194J(b)", "Fees for professional services")]


def ay_of(date: dt.date) -> str:
    """The assessment year of the financial year ``date`` falls in (2026-27 for FY 2025-26)."""
    y = int(fy(date)[:2]) + 1
    return f"20{y}-{y + 1}"


def gst_challan(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The GST portal's Payment Receipt - Form GST PMT-06 / Challan Payment Receipt in a browser or printed (no
    payee): CPIN and Challan generated on (no fact), GSTIN, Legal name, Trade name, Return period (no fact), CGST
    (0005) / SGST (0006) / IGST (0008) Tax, Interest, Late fee, Total challan amount / Total amount (the sum), Mode
    (E-Payment (Net Banking), NEFT / RTGS, Credit / Debit Card, UPI), Bank, CIN, BRN, UPI Ref No., Date of deposit /
    Payment date and Time, Initiated on; Paid / Payment successful / Awaiting credit from RBI - NEFT / RTGS."""
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["Payment Receipt - Form GST PMT-06", "Challan Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Paid", "Payment successful"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]}
    if frame == "browser":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[k][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Challan generated on", j.other_day(rng, -4, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), FIRM.upper())
    wrap_pair(p, "Trade name", TRADE)
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair(rng.choice(["Return period", "Tax period"]), when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(9000, 140000), 1))
    if rng.random() < 0.8:
        heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
        if rng.random() < 0.3:
            heads.append(("CGST (0005) Interest", float(rng.randrange(60, 2500))))
            heads.append(("SGST (0006) Interest", heads[-1][1]))
        if rng.random() < 0.25:
            heads += [("CGST (0005) Late fee", 250.0), ("SGST (0006) Late fee", 250.0)]
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
            cin = f"{rng.choice(['HDFC', 'ICIC', 'UTIB', 'SBIN'])}{j.date:%y}{TOWNS[k][4]}{digits(rng, 12)}"
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
    """A TDS challan (ITNS 281) for the instructors' salaries, the workshops' and contractors', the branches' rent or
    the professionals' TDS the school deducted: the e-filing portal's e-Pay Tax - Challan Receipt (a browser or
    printed: Income Tax Department on top, no payee), Punjab National Bank's Direct Tax (ITNS 281) - Taxpayer's
    Counterfoil in a browser or Indian Bank's IndOASIS e-Pay Tax screen (the sum large): TAN, Name, Assessment Year
    (no fact), Major Head, Minor Head (200) TDS/TCS Payable by Taxpayer, Nature of Payment (192, 194C, 194-I(b),
    194J(b)), Amount (in Rs.), CRN and CRN valid till (no fact), Payment mode / Paid from / Paid using, Bank, BSR Code
    and Challan Sr. No. (no id), CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit / Paid on / Attempted
    on, the Tax Breakup (Tax, Surcharge, Cess, Interest, Penalty, Fee u/s 234E, Total); Payment Successful / Challan
    paid / Tax payment failed."""
    holder = FIRM.upper()
    tan = f"{TOWNS[k][0][:3].upper()}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"
    section, nature = rng.choice(TDS_NATURE)
    tax = float(rng.randrange(15, 600) * 100)
    parts = [("Tax", tax), ("Surcharge", 0.0), ("Cess", 0.0),
             ("Interest", float(rng.randrange(2, 60) * 25) if rng.random() < 0.35 else 0.0), ("Penalty", 0.0),
             ("Fee u/s 234E", float(rng.randrange(2, 20) * 200) if rng.random() < 0.25 else 0.0)]
    total = round(sum(v for _, v in parts), 2)
    j.amount = total
    crn = f"{rng.choice('13579')}{digits(rng, 13)}"
    bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
    brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
    words = {"success": ["Payment Successful", "Challan paid"], "failed": ["Tax payment failed"]}
    if frame == "app":
        p = phone_page(rng, font, k, ["", "e-Pay Tax", "Direct tax"])
        rs = money(rng, font, 0.5)
        head(p, "IndOASIS", (0, 70, 140), p.style["h106"]["dark"], ["e-Pay Tax (ITNS 281)", "Direct tax payment"])
        p.part = "body"
        outcome_row(p, j.status, words)
        p.add("big", rs(total), amount=total)
    else:
        if frame == "bank":
            p = browser_page(rng, font, "netbanking.pnb.bank.in/corp/eTax/counterfoil")
            rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
            p.part = "head"
            top(p, "Punjab National Bank")
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
    wrap_pair(p, "Major Head", "(0020) Corporation Tax")
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
        p.pair("Paid using", "UPI (IndOASIS)", method="UPI")
    else:
        p.pair(rng.choice(["Payment mode", "Paid from"]), rng.choice(["Net Banking", "Current A/c " + masked(rng, font)]),
               method="netbanking")
    p.pair("Bank", "Punjab National Bank" if frame == "bank" else ("Indian Bank" if frame == "app" else
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
    """The school's GST (``gst_challan``: four) and the TDS it deducted on salaries, contractors, rent and
    professionals (``tds_challan``: four)."""
    k = place("gst_tds")
    status = outcome(k, failed=(4,), pending=(3,))
    tax, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, town=k)
    if tax == "gst":
        return gst_challan(rng, font, k, j, frame, way)
    return tds_challan(rng, font, k, j, frame, way)


compose = compose121

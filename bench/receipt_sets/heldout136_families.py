"""The twelve heldout136 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a rooftop-solar installer's day (in Rajkot, Aurangabad, Hubballi, Bareilly, Thrissur,
Raipur, Karnal and Madurai) in 2026, told by the proofs of payment that pass through it: homeowners' booking tokens
by UPI, homeowners' and small businesses' NEFT, RTGS and IMPS for a project's milestones, the installer's milestone
invoices cum receipts (paid, part paid, due), the electricity distribution company's net-metering, registration
and meter-testing fees (its portal's e-receipt or its cash counter's receipt), the installer's payments to module,
inverter and cable distributors and structure fabricators (their receipts), the experience centre's card slips
(card EMI on some), a bank's disbursement advice paying the installer a customer's solar loan, the central
subsidy (CFA) credited to a customer (a bank SMS, the national portal's status page, its e-mail), AMC renewals
through a payment link, cheques collected by the installer's bank, refunds of cancelled bookings and a finance
company's EMI receipts for a customer's solar loan. Every row is added to heldout113's ``Screen`` with the facts
it prints and the truth is read back from the rows the page keeps. Headings, footers, system sizes (kW, kWp, Wp),
module and inverter counts, contract values, milestone schedules, amounts received earlier, balances, project
costs, margin money, sanctioned loans, eligible subsidy lines, GST notes and lines, fee heads, booking amounts
beside a refund, card EMI instalments and interest, principal outstanding, overdue lines beside a total, return
charges, consumer, application, service-connection, meter, loan account, agreement, UMRN, plant, partner and
employee numbers, cheque (instrument) numbers and dates, GSTIN, account numbers, IFSC, MID, TID and batch, the
payer's own details and every other day (installation, inspection, commissioning, sanction, booking, AMC validity,
next EMI, instrument date) carry no fact. ``compose`` is heldout121's (heldout119's frames and marks, heldout106's
SMS screen, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import glyphs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import masked, money, way_text
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout133_families import instamojo_ids

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code, the state's letters on a portal application number
CITIES = [("Rajkot", "360005", "Kalawad Road", "Gujarat", "24", "GJ"),
          ("Aurangabad", "431005", "Jalna Road", "Maharashtra", "27", "MH"),
          ("Hubballi", "580029", "Vidyanagar", "Karnataka", "29", "KA"),
          ("Bareilly", "243122", "Civil Lines", "Uttar Pradesh", "09", "UP"),
          ("Thrissur", "680020", "Poothole", "Kerala", "32", "KL"),
          ("Raipur", "492001", "Shankar Nagar", "Chhattisgarh", "22", "CG"),
          ("Karnal", "132001", "Sector 12", "Haryana", "06", "HR"),
          ("Madurai", "625020", "Anna Nagar", "Tamil Nadu", "33", "TN")]
# the installer in each town: its trade name, its company, its service (AMC) desk
TRADE, FIRM, CARE = range(3)
INSTALLERS = [("Suryoday Rooftop Solar", "Suryoday Green Energy Pvt Ltd", "Suryoday Solar Care"),
              ("Deccan Sun Power Solutions", "Deccan Sunpower Systems Pvt Ltd", "Deccan Sun O&M Services"),
              ("Chalukya Solar Systems", "Chalukya Renewables LLP", "Chalukya Solar Service Desk"),
              ("Ramganga Solar Energy", "Ramganga Greentech Pvt Ltd", "Ramganga Solar Care"),
              ("Pooram Solar Solutions", "Pooram Renewable Energy Pvt Ltd", "Pooram Solar AMC Cell"),
              ("Mahanadi Solar Tech", "Mahanadi Urja Solutions LLP", "Mahanadi Solar Care"),
              ("Karna Rooftop Energy", "Karna Greenpower Pvt Ltd", "Karna Solar Service"),
              ("Meenakshi Sun Energy", "Meenakshi Solar Systems Pvt Ltd", "Meenakshi Solar Care")]
SLUGS = ["suryodaysolar", "deccansunpower", "chalukyasolar", "ramgangasolar", "pooramsolar", "mahanadisolar",
         "karnarooftop", "meenakshisun"]
# the town's electricity distribution company: its short name, its name, its portal
DISCOMS = [("PGVCL", "Paschim Gujarat Vij Company Ltd", "pgvcl.com"),
           ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "wss.mahadiscom.in"),
           ("HESCOM", "Hubli Electricity Supply Company Ltd", "hescom.karnataka.gov.in"),
           ("MVVNL", "Madhyanchal Vidyut Vitran Nigam Ltd", "mvvnl.in"),
           ("KSEB", "Kerala State Electricity Board Ltd", "wss.kseb.in"),
           ("CSPDCL", "Chhattisgarh State Power Distribution Co. Ltd", "cspdcl.co.in"),
           ("UHBVN", "Uttar Haryana Bijli Vitran Nigam Ltd", "uhbvn.org.in"),
           ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "tnpdcl.org")]
# homeowners and small businesses who buy a rooftop system
HOMES = ["Jignesh Kotecha", "Vaishali Deshmukh", "Basavaraj Hiremath", "Anil Kumar Saxena", "Jose Thomas K.",
         "Pramod Sahu", "Rajbir Singh Kadian", "M. Senthil Kumar", "Hetal Parmar", "Sunanda Kulkarni",
         "Mohd. Arif Khan", "Lissy Varghese"]
BUSINESSES = ["Shree Hari Cold Storage", "Annapurna Rice Mill", "Sai Baba Hospital & Nursing Home",
              "Kaveri Public School", "Balaji Cotton Ginning", "Green Leaf Resort", "Shiv Shakti Dairy",
              "Vasantham Textiles"]
INSTALLER_SUBS = ["Rooftop solar - design, supply, installation & net metering",
                  "MNRE-registered vendor, PM Surya Ghar: Muft Bijli Yojana",
                  "On-grid | Hybrid | Solar pumps | AMC"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from the bank. Show this screen to the installer's team."]
# paper's ways of writing a day: dd/mm/yyyy, d Month yyyy, dd-mm-yy, ISO, dd.mm.yyyy, Mon d, yyyy and the like
DAY_PATS = ["%d/%m/%Y", "{d} %B %Y", "%d-%m-%y", "%Y-%m-%d", "%d.%m.%Y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%y"]
SYSTEMS = [2.0, 3.0, 3.24, 4.32, 5.0, 5.4, 6.48, 8.1, 10.0]


def installer(rng: random.Random, i: int, unit: int = TRADE, *, firm: float = 0.2, caps: float = 0.25) -> str:
    """The installer (or its service desk) as a payee, its company's name on some, in capitals on some."""
    name = INSTALLERS[i][FIRM] if rng.random() < firm else INSTALLERS[i][unit]
    return name.upper() if rng.random() < caps else name


def kw_text(kw: float) -> str:
    return f"{kw:g} kWp"


def app_no(rng: random.Random, town: int) -> str:
    """A national-portal application number: never an id."""
    return f"NP-{CITIES[town][5]}{rng.randrange(10, 99)}-{digits(rng, 7)}"


def consumer_no(rng: random.Random) -> str:
    """An electricity consumer's number: never an id."""
    return rng.choice([digits(rng, 11), digits(rng, 12), f"{digits(rng, 3)}-{digits(rng, 6)}"])


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 300000, p_round: float = 0.7, unit: int = TRADE, firm: float = 0.2,
                 caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(INSTALLERS))
        self.to = installer(rng, self.town, unit, firm=firm, caps=caps)
        self.buyer = rng.choice(HOMES)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (installation, sanction, validity): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind; the
    payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or INSTALLER_SUBS))
    p.add("small", f"{rng.randrange(2, 180)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ref_rows(p: Screen, j: Job, way: str, *, heads: list[str]) -> None:
    """A paid page's reference for its way: UPI Ref / UTR for UPI, an NEFT or RTGS UTR, an IMPS reference, an
    approval code and an RRN for a card; nothing for cash."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref", "UPI Txn No.", "UPI UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("netbanking", "NEFT"):
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["UTR", "NEFT Ref", "UTR Number"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["UTR", "RTGS UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Approval No.", "Auth Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def mode_text(rng: random.Random, way: str) -> str:
    return {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)", "BHIM UPI"]), "netbanking": "NEFT", "NEFT": "NEFT",
            "RTGS": "RTGS", "IMPS": "IMPS", "card": rng.choice(["Debit card", "Credit card"])}[way]


def method_of(way: str) -> str:
    return "netbanking" if way in ("NEFT", "RTGS", "IMPS", "NACH") else way


# ---------------------------------------------------------------- 1. a homeowner's booking token by UPI


UPI_ORDER = ["Google Pay", "super.money", "PhonePe", "WhatsApp", "Paytm", "BHIM", "Amazon Pay", "CRED"]
BOOK_NOTES = ["Solar booking token", "3 kW rooftop booking", "Site survey fee", "Booking - 5kW on-grid",
              "Token for PM Surya Ghar", "Solar advance", "Rooftop solar booking amt", "Survey + design"]


def booking_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A homeowner's UPI app paying the installer a booking token or a site-survey fee (Google Pay, super.money,
    PhonePe, WhatsApp, Paytm, BHIM, Amazon Pay, CRED; dark on CRED and some others): heldout125's result screen, the
    installer (its company on some) under Paid to / To / Sent to, a note of what it paid for on most."""
    k = place("booking_upi")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=1000, high=25000, p_round=0.9, firm=0.15)
    if rng.random() < 0.6:
        j.amount = float(rng.choice([1100, 2100, 2500, 5000, 5100, 10000, 11000, 21000]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, INSTALLERS[j.town][TRADE], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(BOOK_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Need help?  |  Report a problem"]))
    return p.done()


# ---------------------------------------------------------------- 2. a customer's transfer for a milestone


XFER = [("Kotak Mobile Banking", (237, 28, 36), "app", "NEFT", "KKBK"),
        ("FedMobile", (0, 70, 140), "app", "IMPS", "FDRL"),
        ("IDFC FIRST Bank NetBanking", None, "web", "RTGS", "IDFB"),
        ("IndusInd Mobile", (140, 30, 40), "app", "NEFT", "INDB"),
        ("OnlineSBI Corporate", None, "web", "NEFT", "SBIN"),
        ("KBL Mobile Plus", (160, 20, 60), "app", "IMPS", "KARB"),
        ("SIBerNet", None, "web", "RTGS", "SIBL"),
        ("Yes Bank IRIS", (0, 60, 130), "app", "NEFT", "YESB")]
XFER_URLS = {"IDFC FIRST Bank NetBanking": "my.idfcfirstbank.com/corporate/payments/rtgs/status",
             "OnlineSBI Corporate": "corp.onlinesbi.sbi/saral/neftack.htm",
             "SIBerNet": "sibernet.southindianbank.com/corp/RTGS/Ack"}
XFER_NOTES = ["Solar 2nd instalment", "Balance on commissioning", "Rooftop solar - material", "Advance 30% - 5kWp",
              "Solar plant final payment", "Net metering + balance", "10 kW rooftop - 60%", "Solar milestone 2"]


def milestone_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A homeowner's or a small business's bank app or net banking after an NEFT, RTGS or IMPS to the installer for a
    project's milestone (Kotak, FedMobile, IDFC FIRST Bank, IndusInd, OnlineSBI Corporate, KBL Mobile Plus, South
    Indian Bank's SIBerNet, Yes Bank IRIS; heldout124's page): the outcome, the sum, the installer under Beneficiary
    / Credited to / Payee Name, the account and IFSC, the mode, UTR / IMPS Ref No and the bank's Bank Reference No.
    / Txn No. on some, the day, the debit account, Purpose / Remarks."""
    k = place("milestone_transfer")
    status = outcome(k, failed=(3,), pending=(6,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (10000, 190000), "NEFT": (40000, 450000), "RTGS": (205000, 1500000)}[mode]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=low, high=high, p_round=0.85, firm=0.45, caps=0.4)
    if rng.random() < 0.6:
        j.amount = whole(j.amount, 1000)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay a beneficiary", payee_labels=["Beneficiary", "Credited to", "Payee Name"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Reference No.", "Txn No.", "Reference ID"], txn_label="Txn No.")
    p.pair(rng.choice(["Purpose", "Remarks", "Narration"]), rng.choice(XFER_NOTES))
    if status == "failed":
        p.add("small", "Credit to the beneficiary failed. The amount will be reversed to your account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Save as favourite  |  Repeat transfer", "Bank never asks for your OTP or PIN"]))
    return p.done()


# ---------------------------------------------------------------- 3. the installer's milestone invoice cum receipt


INV_WAYS = ["netbanking", "UPI", "netbanking", "cash", "UPI", "UPI", "netbanking", "card"]
MILESTONES = [[("Advance with order", 30), ("On delivery of material", 60), ("On commissioning", 10)],
              [("Booking advance", 20), ("On structure & panel installation", 70), ("After net metering", 10)],
              [("Advance", 40), ("On material at site", 50), ("On commissioning", 10)]]
INVERTERS = ["Growatt", "Sungrow", "Solis", "Havells", "Polycab", "Luminous", "Goodwe"]


def milestone_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The installer's TAX INVOICE CUM MILESTONE RECEIPT / MILESTONE INVOICE - ROOFTOP SOLAR / RECEIPT - PROJECT
    MILESTONE (paper): the installer on top (the payee), Invoice / Receipt No., Invoice Dt. / Receipt Date / Dated,
    the customer, Consumer No. and Application No. (never ids), the site, the system in kWp and its modules and
    inverter, Contract value, the three milestones with their shares and sums, Received earlier, This milestone,
    Amount received (a part with Balance of this milestone on two: PART PAID), Balance contract value, cash / UPI /
    NEFT / card and its reference; PAID / MILESTONE PAID / PART PAID / <way> FAILED - MILESTONE UNPAID / PAYMENT DUE
    - <milestone> in a row and the installer's rubber stamp."""
    k = place("milestone_invoice")
    status = outcome(k, failed=(5,), pending=(2,))
    way = INV_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, firm=0.35)
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.45)
    letterhead(p, j, j.to, ["TAX INVOICE CUM MILESTONE RECEIPT", "MILESTONE INVOICE - ROOFTOP SOLAR",
                            "RECEIPT - PROJECT MILESTONE"])
    if not j.no_ref:
        inv = rng.choice([f"RTS/{j.year()}{rng.randrange(1, 999):03d}", f"MS-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Invoice No.", "Receipt No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Dt.", "Receipt Date", "Dated"]), j.day(rng), date=j.date)
    customer = rng.choice([j.buyer, j.buyer, f"M/s {rng.choice(BUSINESSES)}"])
    wrap_pair(p, rng.choice(["Customer", "Client", "Billed to"]), customer)
    p.pair(rng.choice(["Consumer No.", "Service Conn. No."]), consumer_no(rng))
    p.pair("Application No.", app_no(rng, j.town))
    kw = rng.choice(SYSTEMS[:7] if customer == j.buyer else SYSTEMS[4:])
    wp = rng.choice([540, 545, 550, 580])
    n = max(2, round(kw * 1000 / wp))
    kw = round(n * wp / 1000, 2)
    wrap_pair(p, "System", f"{kw_text(kw)} on-grid, {n} x {wp} Wp modules")
    size = min([3, 4, 5, 6, 8, 10], key=lambda s: abs(s - kw))
    wrap_pair(p, "Inverter", f"{rng.choice(INVERTERS)} {size} kW {'3-ph ' if size >= 6 else ''}on-grid")
    p.add("rule")
    contract = whole(kw * rng.uniform(52000, 68000), 100)
    p.pair(rng.choice(["Contract value (incl. GST)", "Project value"]), rs(contract))
    plan = rng.choice(MILESTONES)
    stage = rng.randrange(3)
    shares = [round(contract * pct / 100) for _, pct in plan]
    shares[-1] = contract - sum(shares[:-1])
    for i, ((name, pct), share) in enumerate(zip(plan, shares)):
        p.pair(f"{i + 1}. {name} ({pct}%)", rs(share))
    earlier = float(sum(shares[:stage]))
    due = float(shares[stage])
    if earlier:
        p.pair(rng.choice(["Received earlier", "Less: received till date"]), rs(earlier))
    part = status == "success" and k in (1, 6)
    if way == "UPI" and due > 100000:
        way = "netbanking"
    if way == "cash" and due > 190000:
        way = "netbanking"
    if status == "success":
        p.pair(rng.choice(["This milestone", f"Milestone {stage + 1} value"]), rs(due))
        paid = whole(due * rng.uniform(0.4, 0.7), 1000) if part else due
        j.amount = paid
        p.pair(rng.choice(["Amount received", "Received now", "Paid"]), rs(paid), amount=paid)
        if part:
            p.pair(rng.choice(["Balance of this milestone", "Milestone balance"]), rs(round(due - paid, 2)))
        p.pair(rng.choice(["Balance contract value", "Balance payable"]), rs(round(contract - earlier - paid, 2)))
    else:
        j.amount = due
        p.pair(rng.choice(["Amount due", f"Milestone {stage + 1} payable"]), rs(due), amount=due)
        p.pair(rng.choice(["Balance contract value", "Balance payable"]), rs(round(contract - earlier, 2)))
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(j.amount)})")
    p.add("small", "Prices include GST @ 8.9% (composite: 70% goods @ 5%, 30% services @ 18%).")
    if status != "pending":
        p.pair(rng.choice(["Payment mode", "Received by", "Mode"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (company QR)", "GPay / UPI"]),
                "netbanking": rng.choice(["NEFT", "RTGS / NEFT", "Bank transfer (NEFT)"]),
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "BARB", "CNRB", "HDFC", "KKBK"])
    tried = {"UPI": "UPI", "card": "CARD", "cash": "UPI", "netbanking": "NEFT"}[way]
    word = {"success": "PART PAID" if part else rng.choice(["PAID", "MILESTONE PAID", "RECEIVED WITH THANKS"]),
            "failed": f"{tried} FAILED - MILESTONE UNPAID" if tried != "NEFT" else "NEFT RETURNED - MILESTONE UNPAID",
            "pending": rng.choice([f"PAYMENT DUE - {plan[stage][0].upper()}", "PAYMENT DUE"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Subject to net-metering approval by the DISCOM. Module warranty 25 years, workmanship 5 years.")
    p.add("pair", "Customer's signature", "Authorised signatory")
    name = INSTALLERS[j.town][TRADE]
    p.add("gap")
    p.add("gap")
    seal(p, name if len(name) < 26 else " ".join(name.split()[:2]), "ACCOUNTS",
         None if j.no_day or status != "success" else j.date, word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. the DISCOM's fee receipt


DISCOM_FRAMES = ["browser", "paper", "browser", "paper", "browser", "browser", "paper", "browser"]
DISCOM_GATES = ["BillDesk", "", "SBIePay", "", "PayU", "BillDesk", "", "Razorpay"]
DISCOM_WAYS = ["netbanking", "cash", "UPI", "UPI", "card", "UPI", "cash", "netbanking"]
FEES = [("Net metering application fee", (500, 5000)), ("Rooftop solar registration fee", (500, 2500)),
        ("Bi-directional meter testing fee", (300, 1800)), ("Bi-directional meter cost (1-ph)", (2800, 6500)),
        ("Feasibility / processing fee", (1000, 5000)), ("Grid connectivity charges", (1500, 15000)),
        ("Meter change charges", (400, 1200))]


def gate_ids(rng: random.Random, gate: str) -> list[tuple[str, str, float]]:
    """A DISCOM portal's gateway ids: (label, value, rank); none carries a day."""
    if gate == "BillDesk":
        return [(rng.choice(["BillDesk Txn ID", "Transaction Ref No."]), f"{code(rng, 3, UPPER)}{digits(rng, 9)}",
                 TXN_RANK)]
    if gate == "SBIePay":
        return [("SBIePay Ref ID", digits(rng, 10), TXN_RANK)]
    if gate == "PayU":
        return [("PayU ID", digits(rng, 11), TXN_RANK)]
    return [("Payment ID", f"pay_{code(rng, 14, MIXED)}", TXN_RANK)]


def discom_fee(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The electricity distribution company's receipt for a rooftop system's fees the installer pays on a consumer's
    behalf (PGVCL, MSEDCL, HESCOM, MVVNL, KSEB, CSPDCL, UHBVN, TNPDCL): its portal's ONLINE PAYMENT RECEIPT /
    e-RECEIPT - ROOFTOP SOLAR FEES (a browser: BillDesk, SBIePay, PayU, Razorpay ids, Bank Ref. No. on some) or its
    sub-division's cash counter's CASH RECEIPT (paper): the DISCOM on top (the payee), Receipt No., Application No.,
    Consumer No. and Consumer Name, Paid by the installer (never the payee), the fee heads, GST @ 18% on some, Total
    Amount Paid, the way, Payment Date / Txn Date / Receipt Date; Payment Successful / Transaction Failed / Payment
    Pending - status will be updated."""
    k = place("discom_fee")
    status = outcome(k, failed=(4,), pending=(7,))
    frame, gate, way = DISCOM_FRAMES[k], DISCOM_GATES[k], DISCOM_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 2)
    short, name, host = DISCOMS[j.town]
    j.to = rng.choice([name, name, short, name.upper()])
    city = CITIES[j.town]
    if frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"{host}/{rng.choice(['rts/payment/receipt', 'RTSolar/PayStatus', 'ncs/epay/ack'])}"
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([600, 640]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    if j.to != name:
        p.add("small", short if j.to != short else name)
    p.add("small", f"O/o Executive Engineer, {city[2]} Sub-Division, {city[0]}")
    p.add("center", rng.choice(["ONLINE PAYMENT RECEIPT", "e-RECEIPT - ROOFTOP SOLAR FEES", "Payment Acknowledgement"])
          if frame == "browser" else rng.choice(["CASH RECEIPT", "MONEY RECEIPT - RTS", "RECEIPT (CONSUMER COPY)"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment Successful", "Transaction Successful"],
                                "failed": ["Transaction Failed", "Payment Failed"],
                                "pending": ["Payment Pending - status will be updated", "Transaction Pending"]})
    if not j.no_ref:
        rno = rng.choice([f"{short}/RTS/{digits(rng, 6)}", digits(rng, 10)])
        if status == "success" or frame == "paper":
            p.pair(rng.choice(["Receipt No.", "Receipt Number", "e-Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Application No.", "RTS Application No."]), app_no(rng, j.town))
    p.pair(rng.choice(["Consumer No.", "Service No.", "Consumer Number"]), consumer_no(rng))
    wrap_pair(p, "Consumer Name", rng.choice(HOMES).upper())
    wrap_pair(p, rng.choice(["Paid by", "Vendor"]), f"{INSTALLERS[j.town][TRADE]} (vendor)")
    p.add("rule")
    heads = rng.sample(FEES, rng.randint(1, 2))
    total = 0.0
    for fee_name, (low, high) in heads:
        value = float(round(rng.uniform(low, high) / 50) * 50)
        wrap_pair(p, fee_name, rs(value))
        total += value
    if rng.random() < 0.5:
        gst = round(total * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total = round(total + gst, 2)
    j.amount = total
    p.pair(rng.choice(["Total Amount Paid", "Amount Paid", "Total"]) if status == "success"
           else rng.choice(["Amount", "Total Amount"]), rs(total), amount=total)
    if frame == "browser":
        p.pair(rng.choice(["Payment Mode", "Paid through"]), way_text(rng, font, way), method=way)
        p.pair("Gateway", gate)
        if not j.no_ref:
            for label, value, rank in gate_ids(rng, gate):
                labelled(p, label, value, txn=(rank, value))
            if status == "success" and way != "UPI" and rng.random() < 0.6:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair(rng.choice(["Bank Ref. No.", "Bank Reference"]), bref, txn=(BANK_RANK, bref))
            if status == "success" and way == "UPI":
                labelled(p, rng.choice(["UPI Ref No", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, rng.choice(["Payment Date", "Txn Date", "Date & Time"]) if status != "failed"
                     else rng.choice(["Txn Date", "Attempted on"]), stamp(rng, j.date, PATS), date=j.date)
    else:
        if not j.no_day:
            p.pair(rng.choice(["Receipt Date", "Date"]), j.day(rng), date=j.date)
        p.pair(rng.choice(["Mode", "Paid by"]), mode_text(rng, way), method=way)
        if not j.no_ref and way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["Cashier", "Counter"]), f"{rng.choice(['C', 'CSC-'])}{rng.randrange(1, 12)}")
        p.add("center", rng.choice(["PAID", "RECEIVED"]), status="success")
    if status == "failed":
        p.add("small", "Amount debited, if any, will be refunded by the bank within 7 working days.")
    elif status == "pending":
        p.add("small", "Do not pay again. The receipt will be generated once the bank confirms.")
    p.part = "foot"
    p.add("small", "Fees once paid are not refundable. Keep this receipt for the net-metering agreement.")
    return p.done()


# ---------------------------------------------------------------- 5. the installer paying a supplier


SUPPLIERS = [("Waaree Energies Ltd", "waaree.com", "modules"), ("Vikram Solar Ltd", "vikramsolar.com", "modules"),
             ("Shree Balaji GI Structures", "", "structure"), ("Premier Energies Ltd", "premierenergies.com",
                                                               "modules"),
             ("Sungrow India Pvt Ltd", "sungrowpower.com", "inverter"), ("Polycab Solar Distributors", "",
                                                                         "cable"),
             ("Vishwakarma Fabrication Works", "", "structure"), ("Havells India Ltd", "havells.com", "inverter")]
SUPPLY_FRAMES = ["mail", "browser", "paper", "mail", "browser", "paper", "paper", "browser"]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "RTGS", "NEFT", "IMPS", "cash", "NEFT"]
GOODS = {"modules": ["540 Wp mono PERC modules x 60 nos", "Bifacial 580 Wp modules x 36 nos",
                     "TOPCon 550 Wp modules x 120 nos", "DCR 545 Wp modules x 48 nos"],
         "inverter": ["5 kW on-grid inverters x 4", "3 kW on-grid inverters x 6", "10 kW 3-ph inverter x 2"],
         "structure": ["GI elevated structure - 4 sites", "HDG mounting structure 6.48 kWp", "Structure + walkway"],
         "cable": ["4 sq mm DC cable - 6 drums", "AC cable & earthing kits", "DC cable + MC4 connectors"]}
RANGES = {"modules": (180000, 1200000), "inverter": (60000, 400000), "structure": (20000, 180000),
          "cable": (15000, 150000)}


def supplier_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A module, inverter or cable supplier's or a structure fabricator's receipt for the installer's payment (Waaree,
    Vikram Solar, Premier Energies, Sungrow, Havells, a cable distributor, two fabricators; e-mail, partner portal in
    a browser, or paper): the supplier on top (the payee), PAYMENT RECEIPT / RECEIPT VOUCHER / PARTNER PAYMENT
    ACKNOWLEDGEMENT, Receipt / Voucher / Collection No., Against PO No. / Sales Order No. (the order's number),
    Received from M/s the installer (the payer), Partner Code (never an id), Towards, Amount, RTGS / NEFT / IMPS / UPI
    / cash and its reference, Value date / Received on / Date, Outstanding (no fact); Payment received / Credited
    to partner account / <mode> returned - not credited / Under reconciliation."""
    k = place("supplier_payment")
    status = outcome(k, failed=(1,), pending=(4,))
    maker, site, kind = SUPPLIERS[k]
    frame, way = SUPPLY_FRAMES[k], SUPPLY_WAYS[k]
    low, high = RANGES[kind]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=low, high=high, p_round=0.6)
    j.to = maker.upper() if rng.random() < 0.3 else maker
    if way == "RTGS" and (j.amount < 200000 or j.no_day):
        way = "NEFT"
    if way == "cash":
        j.amount = min(j.amount, 185000.0)
    if way == "UPI":
        j.amount = min(j.amount, 100000.0)
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{maker} <receivables@{site}>", rng.choice(["Payment receipt - channel partner",
                                                                   "We have received your payment"]))
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"partners.{site}/finance/receipts"
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    if frame == "paper":
        letterhead(p, j, j.to, ["RECEIPT VOUCHER", "PAYMENT RECEIPT", "MONEY RECEIPT"],
                   sub=["Fabrication - GI / HDG solar mounting structures", "Solar cables, connectors & BOS"]
                   if kind in ("structure", "cable") else None)
    else:
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", rng.choice(["Channel Partner Finance", "Distributor & installer network"]))
        p.add("center", rng.choice(["PAYMENT RECEIPT", "PARTNER PAYMENT ACKNOWLEDGEMENT", "RECEIPT VOUCHER"]))
        p.add("rule")
        p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"RV/{j.year()}{digits(rng, 5)}", f"{rng.choice(['19', '21'])}{digits(rng, 8)}",
                          f"COL-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Receipt No.", "Voucher No.", "Collection No."]), rno, txn=(INVOICE_RANK, rno))
        po = rng.choice([f"PO/{SLUGS[j.town][:4].upper()}/{rng.randrange(100, 999)}", f"SO{digits(rng, 7)}"])
        p.pair(rng.choice(["Against PO No.", "Sales Order No."]), po, txn=(ORDER_RANK, po))
    wrap_pair(p, rng.choice(["Received from", "Partner", "Party"]),
              f"M/s {INSTALLERS[j.town][rng.choice([TRADE, FIRM])]}")
    if frame != "paper":
        p.pair(rng.choice(["Partner Code", "Customer Code"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, "Towards", rng.choice(GOODS[kind]))
    p.pair(rng.choice(["Amount received", "Amount"]) if status == "success" else "Amount", rs(j.amount),
           amount=j.amount)
    if frame == "paper" and rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(j.amount)})")
    p.pair(rng.choice(["Mode", "Payment mode"]), mode_text(rng, way), method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"])
    elif not j.no_ref and status == "failed" and way in ("NEFT", "RTGS"):
        ref_rows(p, j, way, heads=["HDFC", "SBIN"])
    if not j.no_day:
        p.pair({"success": rng.choice(["Value date", "Received on", "Date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    if frame != "paper":
        p.pair(rng.choice(["Outstanding after this receipt", "Balance outstanding"]) if status == "success"
               else "Balance outstanding",
               rs(whole(j.amount * rng.uniform(0.2, 1.5), 100)))
    word = {"success": rng.choice(["Payment received", "Credited to partner account", "RECEIVED WITH THANKS"]),
            "failed": f"{way} returned - not credited", "pending": "Under reconciliation - credit awaited"}[status]
    if frame == "paper":
        p.add("center", word.upper(), status=status)
    else:
        p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", "Subject to realisation. This is a system generated receipt." if frame != "paper"
          else "Received the above amount with thanks. E.&O.E.")
    if frame == "paper":
        p.add("right", "For the supplier")
    return p.done()


# ---------------------------------------------------------------- 6. the experience centre's card slip


SLIP_HEADS = ["RAZORPAY POS", "EZETAP", "BHARATPE", "KOTAK BANK", "FEDERAL BANK", "YES BANK", "IDFC FIRST BANK",
              "PINE LABS"]
ISSUERS = ["HDFC BANK", "SBI CARD", "ICICI BANK", "AXIS BANK", "KOTAK BANK", "BOB CARD", "IDFC FIRST", "AU BANK"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The installer's experience centre's card terminal slip (Razorpay POS, Ezetap, BharatPe, Kotak, Federal Bank,
    Yes Bank, IDFC FIRST Bank, Pine Labs; monospace): the terminal's name, the installer in capitals, its town, MERCHANT
    ID, TERMINAL ID, DATE/TIME or DT and TM, BATCH#, INV# / BILL#, SALE or EMI SALE (TENURE, INTEREST and a monthly EMI
    AMT on an EMI slip: no facts), TXN AMOUNT / SALE AMT, the card, APPROVAL CODE, RRN / REF#; APPROVED / DECLINED /
    PENDING (NO RESPONSE FROM HOST)."""
    k = place("card_slip")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=4000, high=320000, p_round=0.8, firm=0.0, caps=1.0)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    mark = rng.choice(["RS ", "INR", "Rs.", ""])
    grouped = rng.random() < 0.5

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to, " ".join(j.to.split()[:2]), "SOLAR CENTRE") if fits(p, "center", n))
    j.to = name
    p.part = "head"
    p.add("center", SLIP_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", CITIES[j.town][0].upper())
    p.part = "body"
    p.pair("MERCHANT ID:" if fits(p, "pair", f"MERCHANT ID: {'0' * 12}  ") else "MID:", digits(rng, 12))
    p.pair("TERMINAL ID:" if fits(p, "pair", f"TERMINAL ID: {'0' * 8}  ") else "TID:", digits(rng, 8))
    clock = hhmm(rng, twelve=False, seconds=True)
    if not j.no_day:
        day_text = when(j.date, rng.choice(["%d/%m/%y", "%d%b%y", "%b %d,%Y", "%d-%m-%Y"]), upper=True)
        if rng.random() < 0.5 and fits(p, "pair", f"DATE/TIME: {day_text} {clock}  "):
            p.pair("DATE/TIME:", f"{day_text} {clock}", date=j.date)
        else:
            p.pair("DT:", day_text, date=j.date)
            p.pair("TM:", clock)
    else:
        p.pair("TM:", clock)
    p.pair("BATCH#:", f"{rng.randrange(1, 999):04d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["INV#:", "BILL#:"]), inv, txn=(INVOICE_RANK, inv))
    emi = j.amount >= 20000 and rng.random() < 0.5
    p.add("center", "EMI SALE" if emi else "SALE")
    p.add("left", f"{rng.choice(ISSUERS)} {rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])}")
    p.add("left", f"{rng.choice(['XXXX', '****'])} {digits(rng, 4)}  {rng.choice(['CHIP', 'TAP', 'CHIP+PIN'])}",
          method="card")
    p.pair(rng.choice(["TXN AMOUNT:", "SALE AMT:", "AMOUNT:"]), sale(j.amount), amount=j.amount)
    if emi:
        months = rng.choice([6, 9, 12, 18, 24])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0])
        r = rate / 1200
        each = round(j.amount * r * (1 + r) ** months / ((1 + r) ** months - 1), 2)
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair("INTEREST:", f"{rate:.2f}% P.A.")
        p.pair("EMI AMT:", sale(each))
    if not j.no_ref and status == "success":
        appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPROVAL CODE:", "APPR:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "REF#:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TRANSACTION APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TRANSACTION DECLINED"]), "pending": "PENDING"}[status],
          status=status)
    if status == "failed":
        p.add("center", rng.choice(["55-INCORRECT PIN", "51-INSUFFICIENT FUNDS"]))
    elif status == "pending":
        p.add("center", "NO RESPONSE FROM HOST")
    p.part = "foot"
    p.add("small", "PIN VERIFIED. SIGNATURE NOT REQUIRED" if status == "success"
          else "PLEASE RETAIN THIS SLIP.")
    p.add("center", rng.choice(["-- CUSTOMER COPY --", "-- MERCHANT COPY --"]))
    return p.done()


# ---------------------------------------------------------------- 7. a bank's loan disbursement to the installer


LENDERS = [("State Bank of India", "SBIN"), ("Bank of Baroda", "BARB"), ("Canara Bank", "CNRB"),
           ("Punjab National Bank", "PUNB"), ("Union Bank of India", "UBIN"), ("Indian Bank", "IDIB"),
           ("Bank of India", "BKID"), ("Central Bank of India", "CBIN")]
LOAN_FRAMES = ["paper", "mail", "paper", "paper", "mail", "paper", "mail", "paper"]


def loan_disbursement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank's LOAN DISBURSEMENT ADVICE / ADVICE OF DISBURSEMENT - ROOFTOP SOLAR LOAN / PAYMENT ADVICE TO VENDOR (paper
    or e-mail) paying the installer a customer's solar loan: the bank and branch on top (never the payee), Advice No.,
    the borrower (never the payee), Loan A/c No. and Application No. (never ids), the scheme, Project cost, Margin paid
    by borrower, Loan sanctioned and Sanctioned on (no facts), Disbursed earlier on a second tranche, Amount disbursed
    to vendor (the sum), Vendor / Dealer / Beneficiary the installer (the payee), its account and IFSC, NEFT / RTGS
    with UTR and Journal No. on some, Date of disbursement / Value date / Returned on / Initiated on; DISBURSED -
    CREDITED TO VENDOR A/C / DISBURSEMENT RETURNED - A/C NAME MISMATCH / DISBURSEMENT UNDER PROCESS."""
    k = place("loan_disbursement")
    status = outcome(k, failed=(4,), pending=(1,))
    frame = LOAN_FRAMES[k]
    bank, head4 = LENDERS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, firm=0.4)
    city = CITIES[j.town]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{bank} <loans.{head4.lower()}@alerts.bank.in>",
                   rng.choice(["Disbursement advice - rooftop solar loan", "Payment advice to vendor"]))
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, bank.upper() if rng.random() < 0.4 else bank)
    p.add("small", f"{city[2]} Branch, {city[0]} - {city[1]}")
    p.add("center", rng.choice(["LOAN DISBURSEMENT ADVICE", "ADVICE OF DISBURSEMENT - ROOFTOP SOLAR LOAN",
                                "PAYMENT ADVICE TO VENDOR"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        adv = rng.choice([f"DA/{j.year()}{digits(rng, 5)}", f"ADV{digits(rng, 8)}"])
        p.pair(rng.choice(["Advice No.", "Ref. No."]), adv, txn=(INVOICE_RANK, adv))
    wrap_pair(p, rng.choice(["Borrower", "Name of borrower"]), j.buyer)
    p.pair(rng.choice(["Loan A/c No.", "Loan Account"]), digits(rng, rng.choice([11, 14, 17])))
    p.pair("Application No.", app_no(rng, j.town))
    wrap_pair(p, "Scheme", rng.choice(["Rooftop Solar Loan (PM Surya Ghar)", "Surya Ghar Loan - up to 3 kW",
                                       "Green Energy Home Loan - Solar"]))
    kw = rng.choice(SYSTEMS[:6])
    cost = whole(kw * rng.uniform(55000, 66000), 100)
    margin = whole(cost * 0.1, 100)
    loan = cost - margin
    p.pair("System", kw_text(kw))
    p.add("rule")
    p.pair(rng.choice(["Project cost", "Cost of system"]), rs(cost))
    p.pair(rng.choice(["Margin paid by borrower", "Borrower's margin (10%)"]), rs(margin))
    p.pair(rng.choice(["Loan sanctioned", "Sanctioned limit"]), rs(loan))
    if not j.no_day:
        p.pair(rng.choice(["Sanctioned on", "Sanction date"]), j.other_day(rng, -40, -6))
    tranche = rng.random() < 0.4
    paid = whole(loan * 0.7, 100) if tranche else loan
    if tranche and rng.random() < 0.5:
        paid = loan - paid
        p.pair("Disbursed earlier", rs(loan - paid))
    mode = "RTGS" if paid >= 200000 and not j.no_day else "NEFT"
    j.amount = paid
    p.pair(rng.choice(["Amount disbursed to vendor", "Disbursement amount", "Amount released"])
           if status == "success" else rng.choice(["Disbursement amount", "Amount"]), rs(paid), amount=paid)
    wrap_pair(p, rng.choice(["Vendor", "Dealer", "Beneficiary"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor A/c", "Credit A/c"]), f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{rng.choice(['HDFC', 'ICIC', 'KKBK', 'UTIB'])}0{digits(rng, 6)}")
    p.pair(rng.choice(["Mode", "Mode of credit"]), mode, method="netbanking")
    if not j.no_ref and status != "pending":
        ref = rtgs_utr(head4, rng, j.date) if mode == "RTGS" else neft_utr(head4, rng, j.date)
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_ref and rng.random() < 0.5:
        jno = f"{code(rng, 1, 'JT')}{digits(rng, 8)}"
        p.pair(rng.choice(["Journal No.", "Txn Journal"]), jno, txn=(BANK_RANK, jno))
    if not j.no_day:
        p.pair({"success": rng.choice(["Date of disbursement", "Value date", "Disbursed on"]),
                "failed": "Returned on", "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    word = {"success": rng.choice(["DISBURSED - CREDITED TO VENDOR A/C", "DISBURSED", "CREDITED TO VENDOR"]),
            "failed": rng.choice(["DISBURSEMENT RETURNED - A/C NAME MISMATCH", "RETURNED BY BENEFICIARY BANK"]),
            "pending": rng.choice(["DISBURSEMENT UNDER PROCESS", "PENDING - AWAITING INSPECTION REPORT"])}[status]
    p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", "The borrower's EMI starts from the month after the final disbursement. Computer generated advice.")
    if frame == "paper":
        p.add("right", rng.choice(["Branch Manager", "Credit Officer"]))
    return p.done()


# ---------------------------------------------------------------- 8. the central subsidy credited to a customer


SUB_FRAMES = ["sms", "browser", "mail", "sms", "browser", "mail", "sms", "browser"]
SUB_BANKS = [("SBI", "SBIINB", "SBIN"), ("Bank of Baroda", "BOBTXN", "BARB"), ("PNB", "PNBSMS", "PUNB"),
             ("Canara Bank", "CANBNK", "CNRB"), ("Union Bank", "UNIONB", "UBIN"), ("HDFC Bank", "HDFCBK", "HDFC"),
             ("ICICI Bank", "ICICIT", "ICIC"), ("Axis Bank", "AXISBK", "UTIB")]


def cfa(kw: float) -> float:
    """The central subsidy for a home's system: 30,000 a kW for the first two, 18,000 for the third, none above."""
    return float(30000 * min(kw, 2) + 18000 * max(0.0, min(kw, 3) - 2))


def subsidy_credit(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The central subsidy (CFA) for a home's rooftop system credited to the homeowner: the homeowner's bank's SMS
    ("Dear <NAME>, your A/c XX1234 is credited with Rs.78,000.00 on 14-05-26 by NEFT from PFMS-MNRE towards PM
    Surya Ghar CFA. UTR …"), the national portal's Subsidy Status page (a browser) or its e-mail: Application No.,
    Consumer No. and DISCOM (never ids or payees), Beneficiary Name / Name of applicant the homeowner (the payee), the
    installer under Vendor (never the payee), Capacity, Installed on and Inspected on (no facts), Project cost (no
    fact), CFA amount released, UTR and PFMS Txn ID, the account credited, Credited on / Released on / Returned on /
    Initiated on; Credited / Subsidy released / Payment failed - account validation failed / Sent to bank for
    payment."""
    k = place("subsidy_credit")
    status = outcome(k, failed=(7,), pending=(2,))
    frame = SUB_FRAMES[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4)
    kw = rng.choice([1.0, 2.0, 2.0, 3.0, 3.0, 3.24, 4.0, 5.0])
    j.amount = cfa(kw)
    bank, sender, head4 = SUB_BANKS[rng.randrange(len(SUB_BANKS))]
    j.to = j.buyer.upper() if frame == "sms" or rng.random() < 0.3 else j.buyer
    acct = digits(rng, 4)
    ref = neft_utr(rng.choice(["SBIN", "RBIS"]), rng, j.date)
    pfms = f"{code(rng, 2, 'EPM')}{digits(rng, 10)}"
    if frame == "sms":
        mark = rng.choice(["Rs.", "Rs ", "INR "])
        sum_text = mark + rng.choice([f"{j.amount:,.2f}", f"{j.amount:.2f}"])
        short = when(j.date, rng.choice(["%d-%m-%y", "%d/%m/%y", "%d%b%y", "%d-%b-%Y"]))
        bal = f"{rng.choice(['Avl Bal', 'Bal', 'Avl. Bal:'])} {mark}{rupees(rng, 80000, 400000):,.2f}"
        text = (f"Dear {j.to}, your A/c XX{acct} is credited with {sum_text} on {short} by NEFT from PFMS-MNRE "
                f"towards PM Surya Ghar CFA." + ("" if j.no_ref else f" UTR {ref}.") + f" {bal} -{bank}")
        assert glyphs(font, text), (font, text)
        p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
        p.style["h106"].update({"sender": f"{rng.choice(['VM', 'AD', 'JD', 'BP', 'AX'])}-{sender}-S",
                                "divider": rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y")]),
                                "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)})
        facts = {"merchant": j.to, "amount": j.amount, "method": "netbanking", "status": "success", "date": j.date}
        if not j.no_ref:
            facts["txn"] = (UTR_RANK, ref)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, "National Portal for Rooftop Solar <noreply@pmsuryaghar.gov.in>",
                   rng.choice(["Subsidy released for your rooftop solar", "Status of your CFA claim"]))
    else:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = rng.choice(["pmsuryaghar.gov.in/consumer/subsidyStatus",
                                             "solarrooftop.gov.in/applicant/track"])
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    p.add("title", rng.choice(["PM Surya Ghar", "National Portal for Rooftop Solar"]))
    p.add("small", "Ministry of New and Renewable Energy")
    p.add("center", rng.choice(["Subsidy Status", "CFA Release Details", "Track Application - Subsidy"]))
    p.add("rule")
    p.part = "body"
    p.pair("Application No.", app_no(rng, j.town))
    p.pair(rng.choice(["Consumer No.", "Consumer Account No."]), consumer_no(rng))
    p.pair("DISCOM", DISCOMS[j.town][0])
    wrap_pair(p, rng.choice(["Beneficiary Name", "Name of applicant"]), j.to, merchant=j.to)
    wrap_pair(p, rng.choice(["Vendor", "Installed by"]), INSTALLERS[j.town][rng.choice([TRADE, FIRM])])
    p.pair(rng.choice(["Capacity", "Installed capacity"]), f"{kw:g} kW")
    if not j.no_day:
        p.pair(rng.choice(["Installed on", "Commissioned on"]), j.other_day(rng, -70, -30))
        p.pair(rng.choice(["Inspected on", "DISCOM inspection"]), j.other_day(rng, -28, -8))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Project cost (vendor invoice)", "System cost"]),
               rs(whole(kw * rng.uniform(55000, 68000), 100)))
    p.add("rule")
    p.pair(rng.choice(["CFA amount released", "Subsidy amount", "CFA credited"]) if status == "success"
           else rng.choice(["CFA amount", "Subsidy amount"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Credited to", "Bank A/c"]), f"{bank} XXXXXX{acct}")
    p.pair(rng.choice(["Mode", "Payment through"]), rng.choice(["DBT - NEFT (PFMS)", "PFMS / NEFT"]),
           method="netbanking")
    if not j.no_ref:
        if status == "success":
            p.pair(rng.choice(["UTR No.", "UTR", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
        if status != "success" or rng.random() < 0.7:
            p.pair(rng.choice(["PFMS Txn ID", "EPS No."]), pfms, txn=(TXN_RANK, pfms))
    if not j.no_day:
        p.pair({"success": rng.choice(["Credited on", "Released on", "Date of credit"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair(rng.choice(["Status", "Subsidy status"]),
           {"success": rng.choice(["Credited", "Subsidy released - credited", "Released to beneficiary"]),
            "failed": rng.choice(["Payment failed - account validation failed", "Rejected by bank - name mismatch"]),
            "pending": rng.choice(["Sent to bank for payment", "Under process at PFMS"])}[status], status=status)
    if status == "failed":
        p.add("small", "Update your bank details on the portal. The subsidy will be released again.")
    p.part = "foot"
    p.add("small", "Helpline 15555. Do not share your OTP with anyone claiming to release your subsidy.")
    return p.done()


# ---------------------------------------------------------------- 9. an AMC renewal through a payment link


LINKS = ["Cashfree", "PayU", "Razorpay", "Easebuzz", "CCAvenue", "Instamojo", "Paytm Payment Links", "PhonePe PG"]
LINK_WAYS = ["UPI", "card", "UPI", "netbanking", "card", "UPI", "UPI", "wallet"]
AMC_ITEMS = [("Comprehensive AMC - 1 year", (2500, 9000)), ("Panel cleaning - 4 visits", (1200, 3600)),
             ("Inverter extended warranty (2 yr)", (3500, 8500)), ("Remote monitoring (Wi-Fi dongle)", (900, 2200)),
             ("Earthing & SPD check", (600, 1500))]


def amc_gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A homeowner renewing a rooftop system's AMC through the installer's payment link (Cashfree, PayU, Razorpay,
    Easebuzz, CCAvenue, Instamojo, Paytm Payment Links, PhonePe PG; browser or phone, dark on some): the installer's
    service desk on top (Merchant / Pay to on some), the outcome, the sum large, Plant ID and the system (never ids),
    the plan's lines, GST @ 18%, Total payable, AMC valid till (no fact), the way, the gateway's ids, a UPI Ref No /
    Bank Ref No on some, the day."""
    k = place("amc_gateway")
    status = outcome(k, failed=(6,), pending=(1,))
    gw, way = LINKS[k], LINK_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, unit=CARE, firm=0.15, caps=0.2)
    lines = rng.sample(AMC_ITEMS, rng.randint(1, 3))
    values = [float(round(rng.uniform(low, high) / 50) * 50) for _, (low, high) in lines]
    base = sum(values)
    gst = round(base * 0.18, 2)
    total = round(base + gst, 2)
    j.amount = total
    if k % 2 == 0:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Cashfree": f"payments.cashfree.com/links/{code(rng, 10, MIXED)}",
                                  "Razorpay": f"rzp.io/l/{code(rng, 8, MIXED)}",
                                  "CCAvenue": "secure.ccavenue.com/transaction/status",
                                  "Paytm Payment Links": f"paytm.me/{code(rng, 3, MIXED)}-{code(rng, 4, MIXED)}"}[gw]
    else:
        p = screen(rng, font, "phone", dark=rng.random() < 0.35, width=620, title="",
                   buttons=rng.choice([("Done",), ("Download receipt",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.3)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Merchant", "Pay to"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice(["AMC renewal - rooftop solar", "Annual maintenance contract", f"www.{SLUGS[j.town]}.in"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "AMC renewed - payment received", "Payment successful"],
                            "failed": ["Payment Failed", "Payment failed - AMC not renewed"],
                            "pending": ["Payment Pending", "Payment in progress"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    p.pair(rng.choice(["Plant ID", "Site ID"]), f"{CITIES[j.town][5]}{code(rng, 2, UPPER)}{digits(rng, 5)}")
    p.pair("System", f"{rng.choice(SYSTEMS):g} kW on-grid")
    for (name, _), value in zip(lines, values):
        wrap_pair(p, name, rs(value))
    p.pair("GST @ 18%", rs(gst))
    p.pair(rng.choice(["Total payable", "Total"]), rs(total))
    if not j.no_day:
        p.pair(rng.choice(["AMC valid till", "Cover up to"]), j.other_day(rng, 360, 370))
    p.pair(rng.choice(["Payment method", "Paid using", "Mode"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        ids = instamojo_ids(rng, j.date) if gw == "Instamojo" else gateway_ids(rng, gw, j.date)
        for label, value_text, rank in ids:
            labelled(p, label, value_text, txn=(rank, value_text))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "UPI RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Payment date", "Date & Time"] if status == "success"
                               else ["Date & Time", "Attempted on"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    else:
        p.add("small", "Our technician will call you to fix the first cleaning visit.")
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Payments secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 10. a cheque collected by the installer's bank


CHQ_BANKS = ["Rajkot Nagarik Sahakari Bank", "Deogiri Nagari Sahakari Bank", "Karnataka Bank", "Bank of India",
             "Dhanlaxmi Bank", "Chhattisgarh Rajya Gramin Bank", "Punjab National Bank", "Karur Vysya Bank"]
CHQ_SITES = ["rnsbindia.com", "deogiribank.com", "karnatakabank.com", "bankofindia.co.in", "dhanbank.com",
             "cgbank.in", "pnbibanking.in", "kvb.co.in"]
CHQ_FRAMES = ["paper", "paper", "browser", "paper", "browser", "paper", "paper", "paper"]


def cheque_collection(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's cheque the installer's bank collected: OUTWARD CLEARING - CREDIT ADVICE / INSTRUMENT REALISATION
    ADVICE (paper), RETURNED INSTRUMENT ADVICE (bounced), INSTRUMENT LODGED FOR CLEARING (waiting), or its net
    banking's Outward Cheque Status (a browser): the bank on top (never the payee), Beneficiary A/c Name / Credited to
    the installer (the payee), Remitter / Drawer the customer, Instrument No. and Instrument Dt. (never the id or the
    day), Drawn on, Instrument Amount, Clearing: CTS, Credit Txn ID / Journal Ref, Lodgement No. on some, Value Date /
    Realised on / Return Date / Lodged on; REALISED / CREDITED / RETURNED - SIGNATURE DIFFERS / RETURNED - PAYMENT
    STOPPED BY DRAWER / IN CLEARING / AWAITING REALISATION; never a way to pay."""
    k = place("cheque_collection")
    status = outcome(k, failed=(5,), pending=(2,))
    frame = CHQ_FRAMES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=40000, high=1200000, p_round=0.85, firm=0.5, caps=0.5)
    bank, site = CHQ_BANKS[j.town], CHQ_SITES[j.town]
    drawer = rng.choice(BUSINESSES + [j.buyer])
    if frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"{site}/corp/{rng.choice(['OutwardChequeStatus', 'clearing/outward'])}"
        rs = money(rng, font, 0.5, marks=("Rs.", "INR", "\u20b9"))
    else:
        p = screen(rng, font, width=rng.choice([600, 640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "INR", "Rs", "\u20b9"], p_slash=0.3)
    city = CITIES[j.town]
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", f"{city[2]} Branch, {city[0]}")
    title = {"success": rng.choice(["OUTWARD CLEARING - CREDIT ADVICE", "INSTRUMENT REALISATION ADVICE"]),
             "failed": "RETURNED INSTRUMENT ADVICE", "pending": "INSTRUMENT LODGED FOR CLEARING"}[status]
    p.add("center", "Outward Cheque Status" if frame == "browser" else title)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        p.pair({"success": rng.choice(["Value Date", "Realised on"]),
                "failed": rng.choice(["Return Date", "Returned on"]),
                "pending": rng.choice(["Lodged on", "Presented on"])}[status], j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Beneficiary A/c Name", "Credited to", "Customer"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Account No.", "Beneficiary A/c"]), f"{digits(rng, 4)}XXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Drawer", "Issued by"]), drawer)
    p.pair(rng.choice(["Instrument No.", "Instr. No."]), f"{rng.randrange(1, 999999):06d}")
    if not j.no_day:
        p.pair(rng.choice(["Instrument Dt.", "Instr. Date"]), j.other_day(rng, -10, -1))
    p.pair(rng.choice(["Drawn on", "Drawee"]), rng.choice(["State Bank of India", "HDFC Bank", "Canara Bank",
                                                           "Bank of Baroda", "ICICI Bank", "Axis Bank"]))
    p.pair(rng.choice(["Clearing", "Clearing type"]), rng.choice(["CTS", "CTS - Grid", "Outward CTS"]))
    if not j.no_ref and (status == "pending" or rng.random() < 0.5):
        lodg = f"{rng.randrange(10000, 999999)}"
        p.pair(rng.choice(["Lodgement No.", "Slip No."]), lodg, txn=(INVOICE_RANK, lodg))
    p.pair(rng.choice(["Instrument Amount", "Amount"]), rs(j.amount), amount=j.amount)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(j.amount)})")
    if not j.no_ref and status != "pending":
        own = rng.choice([digits(rng, 10), f"{code(rng, 1, 'SJ')}{digits(rng, 9)}"])
        p.pair(rng.choice(["Credit Txn ID", "Journal Ref"]) if status == "success" else "Journal Ref", own,
               txn=(BANK_RANK, own))
    word = {"success": rng.choice(["REALISED", "CREDITED", "STATUS: REALISED - CREDITED"]),
            "failed": rng.choice(["RETURNED - SIGNATURE DIFFERS", "RETURNED - PAYMENT STOPPED BY DRAWER"]),
            "pending": rng.choice(["IN CLEARING", "AWAITING REALISATION"])}[status]
    if frame == "browser":
        p.pair(rng.choice(["Status", "Instrument status"]), word, status=status)
    else:
        p.add("rule")
        p.add("center", word, status=status)
    if status == "failed":
        p.pair(rng.choice(["Return charges (incl. GST)", "Cheque return charges"]),
               rs(float(rng.choice([236, 354, 590]))))
    elif status == "pending":
        p.add("small", "Proceeds will be credited on realisation.")
    p.part = "foot"
    p.add("small", rng.choice(["This is a system generated advice and needs no signature.", "BENEFICIARY COPY"]))
    return p.done()


# ---------------------------------------------------------------- 11. a refund for a cancelled booking


REFUND_FRAMES = ["paper", "mail", "paper", "mail", "paper", "paper", "mail", "paper"]
REFUND_WAYS = ["UPI", "netbanking", "UPI", "card", "netbanking", "cash", "UPI", "IMPS"]
CANCEL_WHY = ["Roof not suitable (shade)", "Customer shifted house", "Sanctioned load issue",
              "Opted for another vendor", "Loan not sanctioned", "Building ownership dispute"]


def refund_voucher(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The installer refunding a cancelled booking (paper or e-mail): BOOKING CANCELLATION - REFUND VOUCHER / REFUND
    ADVICE - CANCELLED ORDER, the installer on top (the payer), Voucher No. and Refund Ref on the e-mail, Date /
    Refunded on / Attempted on / Initiated on, Refund to / Payee the customer (the payee), Booking Ref (another
    document's number: never the id) and Booked on (no fact), the reason, Booking amount paid, Less: site survey and
    design charges, DISCOM fee already paid, cancellation charges, Net refund, UPI / NEFT / IMPS / reversal to card /
    cash with its reference; REFUNDED / REFUND FAILED - ACCOUNT CLOSED / REFUND UNDER PROCESS."""
    k = place("refund_voucher")
    status = outcome(k, failed=(2,), pending=(6,))
    frame, way = REFUND_FRAMES[k], REFUND_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, firm=0.3)
    payer = INSTALLERS[j.town][rng.choice([TRADE, FIRM])]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{INSTALLERS[j.town][TRADE]} <accounts@{SLUGS[j.town]}.in>",
                   rng.choice(["Refund of your booking amount", "Booking cancelled - refund details"]))
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.45)
    letterhead(p, j, payer, ["BOOKING CANCELLATION - REFUND VOUCHER", "REFUND ADVICE - CANCELLED ORDER",
                             "REFUND VOUCHER"], merchant=False)
    if not j.no_ref:
        no = rng.choice([f"RF/{j.year()}{rng.randrange(1, 999):03d}", f"RFV-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Voucher No.", "Refund Voucher No."]), no, txn=(INVOICE_RANK, no))
        if frame == "mail":
            rid = f"REF{digits(rng, 10)}"
            labelled(p, rng.choice(["Refund Ref", "Refund Reference"]), rid, txn=(TXN_RANK, rid))
    if not j.no_day:
        p.pair({"success": rng.choice(["Date", "Refunded on"]), "failed": "Attempted on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    to = rng.choice([j.buyer, j.buyer, j.buyer.upper()])
    wrap_pair(p, rng.choice(["Refund to", "Payee", "Customer"]), to, merchant=to)
    p.pair(rng.choice(["Booking Ref", "Booking receipt No."]), f"BK-{rng.randrange(1000, 99999)}")
    if not j.no_day:
        p.pair(rng.choice(["Booked on", "Booking date"]), j.other_day(rng, -60, -10))
    wrap_pair(p, rng.choice(["Reason", "Cancelled due to"]), rng.choice(CANCEL_WHY))
    p.add("rule")
    booked = float(rng.choice([5000, 10000, 11000, 15000, 21000, 25000, 30000, 51000]))
    p.pair(rng.choice(["Booking amount paid", "Amount received at booking"]), rs(booked))
    cuts = []
    if rng.random() < 0.6:
        cuts.append((rng.choice(["Less: Site survey & design", "Less: Survey charges"]),
                     float(rng.choice([1000, 1500, 2000, 2500]))))
    if rng.random() < 0.5:
        cuts.append(("Less: DISCOM fee already paid", float(rng.choice([500, 1000, 1180, 2360]))))
    if not cuts or rng.random() < 0.3:
        cuts.append(("Less: Cancellation charges (5%)", round(booked * 0.05, 2)))
    for label, value in cuts:
        p.pair(label, rs(value))
    refund = round(booked - sum(value for _, value in cuts), 2)
    j.amount = refund
    p.pair(rng.choice(["Net refund", "Refund amount"]) if status == "success" else "Refund amount", rs(refund),
           amount=refund)
    if frame == "paper" and rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(refund)})")
    p.pair(rng.choice(["Refund mode", "Paid by"]),
           {"UPI": rng.choice(["UPI", "UPI to customer"]), "card": f"Reversal to card {masked(rng, font)}",
            "netbanking": "NEFT", "IMPS": "IMPS", "cash": "Cash"}[way], method=method_of(way))
    if not j.no_ref and status == "success":
        if way == "card":
            p.pair(rng.choice(["ARN", "Reversal RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        else:
            ref_rows(p, j, way, heads=["HDFC", "SBIN", "ICIC"])
    word = {"success": rng.choice(["REFUNDED", "REFUND PAID", "Refund completed"]),
            "failed": rng.choice(["REFUND FAILED - ACCOUNT CLOSED", "REFUND FAILED - INVALID UPI ID"]),
            "pending": rng.choice(["REFUND UNDER PROCESS", "REFUND INITIATED - CREDIT IN 5-7 DAYS"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Booking amounts are refundable less survey and statutory charges, as per the booking terms.")
    if frame == "paper":
        p.add("pair", "Received by (customer)", "For the installer")
    return p.done()


# ---------------------------------------------------------------- 12. a finance company's EMI receipt


LENDS = [("Bajaj Finance Ltd", "bajajfinserv.in"), ("Tata Capital Ltd", "tatacapital.com"),
         ("Ecofy Finance Pvt Ltd", "ecofy.co.in"), ("L&T Finance Ltd", "ltfs.com"),
         ("Cholamandalam Investment and Finance Co. Ltd", "cholamandalam.com"), ("Shriram Finance Ltd",
                                                                                  "shriramfinance.in"),
         ("HDB Financial Services Ltd", "hdbfs.com"), ("IIFL Finance Ltd", "iifl.com")]
EMI_FRAMES = ["phone", "paper", "mail", "phone", "paper", "mail", "phone", "paper"]
EMI_WAYS = ["UPI", "cash", "NACH", "UPI", "cash", "NEFT", "card", "NACH"]


def emi_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A finance company's receipt for a homeowner's solar loan EMI (Bajaj Finance, Tata Capital, Ecofy, L&T Finance,
    Cholamandalam, Shriram Finance, HDB Financial Services, IIFL; its app, its field officer's collection receipt on
    paper, or its e-mail): the company on top (the payee), EMI PAYMENT RECEIPT / INSTALMENT RECEIPT / REPAYMENT
    ACKNOWLEDGEMENT / COLLECTION RECEIPT, Receipt No., Loan No. / Agreement No. and UMRN (never ids), Customer the
    borrower (never the payee), Product (a rooftop solar loan), EMI n of 36, EMI amount, Overdue / bounce charges and
    Total paid on some, UPI / NACH / NEFT / debit card / cash with its reference, Principal outstanding and Next due
    date (no facts), Paid on / Collected on / Presented on; EMI received / Paid / UPI payment failed / NACH presented
    - awaiting clearance."""
    k = place("emi_receipt")
    status = outcome(k, failed=(3,), pending=(7,))
    frame, way = EMI_FRAMES[k], EMI_WAYS[k]
    maker, site = LENDS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5)
    j.to = maker.upper() if rng.random() < 0.25 else maker
    if frame == "phone":
        p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620,
                   title=rng.choice(["", "Payment receipt", "Loan payment"]),
                   buttons=rng.choice([("Download receipt",), ("Done",), ()]))
        phone_frame(p, k)
        rs = money(rng, font, 0.3)
    elif frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{maker.split(' Ltd')[0]} <customercare@{site}>",
                   rng.choice(["Payment received for your loan", "Your EMI receipt"]))
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([560, 600]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    if frame == "paper":
        p.add("small", f"Branch: {CITIES[j.town][0]}  |  Toll free 1800 {digits(rng, 3)} {digits(rng, 4)}")
    p.add("center", rng.choice(["COLLECTION RECEIPT", "EMI PAYMENT RECEIPT"]) if frame == "paper"
          else rng.choice(["EMI Payment Receipt", "Instalment Receipt", "Repayment Acknowledgement"]))
    p.add("rule")
    p.part = "body"
    if frame == "phone":
        outcome_row(p, status, {"success": ["Payment Successful", "EMI paid successfully"],
                                "failed": ["Payment Failed", "UPI payment failed"],
                                "pending": ["Payment Pending", "Payment processing"]})
    emi = float(rng.choice([2150, 2875, 3340, 3990, 4425, 5160, 6280, 7415]))
    late = float(rng.choice([350, 500, 590])) if rng.random() < 0.35 and way != "NACH" else 0.0
    total = emi + late
    j.amount = total
    if frame == "phone":
        p.add("big", rs(total), amount=total)
    if not j.no_ref:
        rno = rng.choice([f"RCPT{digits(rng, 9)}", f"CR/{j.year()}{digits(rng, 6)}"])
        p.pair(rng.choice(["Receipt No.", "Receipt Number"]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Loan No.", "Agreement No.", "Loan A/c"]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    wrap_pair(p, rng.choice(["Customer", "Borrower", "Customer Name"]), j.buyer)
    wrap_pair(p, "Product", rng.choice(["Rooftop Solar Loan", "Solar Home System Loan", "Green Energy Loan - Solar"]))
    p.pair(rng.choice(["EMI No.", "Instalment"]), f"{rng.randint(2, 35)} of 36")
    if late:
        p.pair(rng.choice(["EMI amount", "Instalment due"]), rs(emi))
        p.pair(rng.choice(["Overdue charges", "Bounce charges (earlier)"]), rs(late))
        p.pair(rng.choice(["Total paid", "Total received"]) if status == "success" else "Total", rs(total),
               amount=total)
    elif frame != "phone":
        p.pair(rng.choice(["EMI amount", "Amount received"]) if status == "success" else "EMI amount", rs(total),
               amount=total)
    else:
        p.pair(rng.choice(["EMI amount", "Instalment"]), rs(emi))
    p.pair(rng.choice(["Mode", "Payment mode", "Paid via"]),
           {"UPI": rng.choice(["UPI", "UPI (app)"]), "cash": "Cash", "NACH": rng.choice(["NACH", "e-NACH auto-debit"]),
            "NEFT": "NEFT", "card": f"Debit card {masked(rng, font)}"}[way], method=method_of(way))
    if way == "NACH":
        p.pair("UMRN", f"{code(rng, 4, UPPER)}{digits(rng, 16)}")
    if not j.no_ref and status == "success":
        if way == "NACH":
            ref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Debit Ref", "NACH Ref No."]), ref, txn=(BANK_RANK, ref))
        elif way == "card":
            ref_rows(p, j, "card", heads=["HDFC"])
        elif way != "cash":
            ref_rows(p, j, way, heads=["SBIN", "HDFC", "ICIC", "BARB"])
    if way == "cash":
        p.pair(rng.choice(["Collected by", "Field officer"]), f"{rng.choice(HOMES[6:])} ({code(rng, 1, 'EF')}"
               f"{digits(rng, 5)})")
    if not j.no_day:
        p.pair({"success": rng.choice(["Paid on", "Received on", "Collected on" if way == "cash" else "Date"]),
                "failed": rng.choice(["Attempted on", "Date"]),
                "pending": "Presented on" if way == "NACH" else "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair(rng.choice(["Principal outstanding", "Loan balance"]), rs(whole(emi * rng.uniform(5, 30), 1)))
    if not j.no_day:
        p.pair(rng.choice(["Next due date", "Next EMI on"]), j.other_day(rng, 27, 32))
    word = {"success": rng.choice(["EMI received", "Paid", "Received with thanks"]),
            "failed": "UPI payment failed" if way == "UPI" else "Payment failed",
            "pending": "NACH presented - awaiting clearance" if way == "NACH" else "Payment under process"}[status]
    if frame == "phone":
        p.add("small", rng.choice(REFUND) if status == "failed" else "Receipt sent to your registered e-mail.")
    else:
        p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", "Pay only to the company's account or its authorised collection officers against a receipt.")
    return p.done()


compose = compose121

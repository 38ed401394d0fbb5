"""The twelve heldout144 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a chartered accountant's practice's day in 2026 (one practice in each of Belagavi,
Solapur, Jamnagar, Bhagalpur, Tirupati, Kannur, Ujjain and Haldwani, a partnership's name and its registered LLP),
told by the proofs of payment it receives and makes: clients' UPI for professional fees, a corporate client's NEFT
/ RTGS / IMPS for an audit fee or a retainer, the practice's own fee receipt net of the client's TDS, the office's
card slips at the computer, DSC and stationery shops, the stationers', the copier and computer servicers' bills and
the landlord's rent receipt, the office's electricity and broadband through Bharat Connect, the tax, accounting and
DSC software's renewals, ICAI's membership and the branches' CPE fees, income-tax challans (ITNS 280 and 281) for
advance tax, self-assessment tax and TDS, GST and professional tax for the practice and for its clients, staff
salaries and articled assistants' stipends, and refunds of excess retainers. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers,
FRNs, membership numbers, PAN and TAN, assessment and financial years, heads of account, BSR codes, challan serials,
CRN creation and validity days, services and periods, gross fees, GST, TDS and rebates, invoice numbers in remarks,
licence and serial numbers, plans and validity, consumer and account numbers, bill and due days, event days,
registration numbers, employee codes, batch ids, file names, original payment ids, GSTIN, IFSC, account numbers,
MID, TID, batch and the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and
marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, screen
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, method_of, paper_page, phone_page, slip_page

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, locality, state, GST state code, ICAI regional council
TOWNS = [("Belagavi", "590006", "Tilakwadi", "Karnataka", "29", "SIRC"),
         ("Solapur", "413001", "Railway Lines", "Maharashtra", "27", "WIRC"),
         ("Jamnagar", "361008", "Patel Colony", "Gujarat", "24", "WIRC"),
         ("Bhagalpur", "812001", "Khalifabagh", "Bihar", "10", "EIRC"),
         ("Tirupati", "517501", "Balaji Colony", "Andhra Pradesh", "37", "SIRC"),
         ("Kannur", "670002", "Thavakkara", "Kerala", "32", "SIRC"),
         ("Ujjain", "456010", "Freeganj", "Madhya Pradesh", "23", "CIRC"),
         ("Haldwani", "263139", "Nainital Road", "Uttarakhand", "05", "CIRC")]
# the practice in each town: its partnership's name, its registered LLP
TRADE, FIRM = range(2)
PRACTICES = [("Hiremath & Associates", "Hiremath Jadhav & Co LLP"),
             ("Kale Bhosale & Co.", "KBC Tax Advisors LLP"),
             ("Mehta Vora & Associates", "Mehta Vora & Co LLP"),
             ("Sinha Jha & Co.", "Sinha Jha Associates LLP"),
             ("Reddy Naidu & Associates", "RNA Tax & Advisory LLP"),
             ("Nambiar & Varghese", "N V Associates LLP"),
             ("Agrawal Jain & Co.", "AJC Assurance LLP"),
             ("Bisht Joshi & Associates", "BJA Audit & Tax LLP")]
FRNS = ["011842S", "124907W", "131566W", "006213E", "009874S", "014420S", "002716C", "019305C"]
PARTNERS = ["Ravindra S. Hiremath", "Sunil Kale", "Nirav Mehta", "Abhishek Sinha", "K. Venkata Reddy",
            "Jijo Varghese", "Ankit Agrawal", "Deepak Bisht"]
SLUGS = ["hiremathca", "kalebhosale", "mehtavora", "sinhajhaco", "rnatax", "nvassociates", "agrawaljain",
         "bishtjoshi"]
CODES = ["HJA", "KBC", "MVA", "SJC", "RNA", "NVA", "AJC", "BJA"]
# a corporate client in each town (the payer of an audit fee)
COMPANIES = ["Angadi Agro Processors Pvt Ltd", "Siddheshwar Handloom Textiles", "Navnit Brass Components Pvt Ltd",
             "Vikramshila Silk Weavers Co-op Society", "Sri Padmavathi Granites Pvt Ltd", "Malabar Cashew Exports",
             "Mahakal Pharma Distributors", "Kumaon Agro Foods Pvt Ltd"]
PEOPLE = ["Basavaraj Angadi", "Vaishali Kulkarni", "Hitesh Nanda", "Ritu Jha", "P. Lakshmi Devi", "Shameer K. P.",
          "Anil Parmar", "Neha Pant", "Mahesh Chougule", "Farida Shaikh", "Ramesh Bhandari", "Sreeja Nair"]
BRANCHES = ["Belagavi Branch of SIRC of ICAI", "Solapur Branch of WIRC of ICAI", "Jamnagar Branch of WIRC of ICAI",
            "Bhagalpur Branch of EIRC of ICAI", "Tirupati Branch of SIRC of ICAI", "Kannur Branch of SIRC of ICAI",
            "Ujjain Branch of CIRC of ICAI", "Haldwani Branch of CIRC of ICAI"]
BANKS_DRAWN = ["State Bank of India", "Canara Bank", "Bank of Baroda", "HDFC Bank", "ICICI Bank", "Union Bank of India",
               "Federal Bank", "Punjab National Bank", "Karnataka Bank", "Bank of India"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from the bank. Do not retry this payment."]
DAY_PATS = ["%d/%m/%Y", "%d.%m.%Y", "{d} %B, %Y", "%d-%m-%y", "%d-%b-%Y", "%B {d}, %Y", "{d} %b %Y", "%Y-%m-%d"]
QUARTERS = ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"]


def practice(rng: random.Random, i: int, *, registered: float = 0.25, caps: float = 0.25) -> str:
    """The practice as a payee: its partnership's name, its LLP's on some, in capitals on some."""
    name = PRACTICES[i][FIRM] if rng.random() < registered else PRACTICES[i][TRADE]
    return name.upper() if rng.random() < caps else name


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind: P a person, F a firm, C a company): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


def tan(rng: random.Random, town: int) -> str:
    return f"{TOWNS[town][0][:3].upper()}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"


def ay_of(date: dt.date) -> str:
    """The assessment year of the financial year ``date`` falls in (2026-27 for FY 2025-26)."""
    y = int(fy(date)[:2]) + 1
    return f"20{y}-{y + 1}"


def fy_of(date: dt.date) -> str:
    return f"20{fy(date)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 150000, p_round: float = 0.8, registered: float = 0.25, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(PRACTICES)) if town is None else town
        self.to = practice(rng, self.town, registered=registered, caps=caps)
        self.client = rng.choice(PEOPLE)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a cheque's, a bill's, an event's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))

    def month(self, back: int = 1) -> str:
        """A month before the payment's (a retainer's, a salary's, a bill's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def practice_head(p: Screen, town: int, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The practice on top of its own paper: Chartered Accountants, its FRN, its address, GSTIN, the kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("center", "CHARTERED ACCOUNTANTS" if rng.random() < 0.5 else "Chartered Accountants")
    p.add("small", f"FRN {FRNS[town]}  |  {rng.randrange(1, 60)}, {rng.choice(['1st', '2nd', '3rd'])} floor, "
                   f"{city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def shop_head(p: Screen, town: int, name: str, sub: str, kinds: list[str]) -> None:
    """A supplier on top of its own paper (the payee): what it does, its address, GSTIN, the kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", sub)
    p.add("small", f"{rng.choice(['Shop No.', 'Door No.', 'Unit'])} {rng.randrange(2, 90)}, {city[2]}, {city[0]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def rail_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI reference, an IMPS reference, an NEFT or RTGS UTR (a bank
    reference instead on a page without a day: both UTRs spell the day), an approval code; nothing for cash or a
    cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Transaction Ref.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Bank Ref. No.", "Bank Reference No."]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT UTR No.", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["RTGS UTR No.", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {"cash": rng.choice(["Cash", "By cash"]), "UPI": rng.choice(["UPI", "UPI (GPay)", "BHIM UPI", "UPI - QR"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['RuPay', 'Visa', 'Mastercard'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    return "cheque" if way == "cheque" else method_of(way)


def vpa_base(name: str) -> str:
    """A handle's head made from a person's name: its longest word, lower case."""
    return max(("".join(c for c in word if c.isalpha()) for word in name.split()), key=len).lower()[:10]


def greeting(name: str) -> str:
    first = name.split()[0]
    return first if not first.endswith(".") else f"Mr / Ms {name.split()[-1]}"


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


# ---------------------------------------------------------------- 1. a client's UPI for professional fees


UPI_ORDER = ["Paytm", "Google Pay", "BHIM", "WhatsApp", "PhonePe", "super.money", "CRED", "Amazon Pay"]
FEE_NOTES = ["ITR filing fee", "GST returns - quarterly fee", "Tax audit advance", "Reply to 143(1) notice",
             "TDS return fee Q3", "Accounts writing - 3 months", "Form 15CA / 15CB fee", "Capital gains working",
             "Retainer fee", "Project report for loan", "GST registration", "Net worth certificate", "CA fees"]


def client_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's UPI app paying the practice a professional fee (Paytm, Google Pay, BHIM, WhatsApp Pay, PhonePe,
    super.money, CRED, Amazon Pay; dark on CRED and some others): heldout125's result screen, the practice (its LLP
    on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some,
    a note (ITR filing fee, Reply to 143(1) notice, Form 15CA / 15CB fee) on most."""
    k = place("client_upi")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=1500, high=60000, p_round=0.9, registered=0.2)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([2500, 3000, 3540, 5000, 5900, 7500, 11800, 15000, 23600]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, PRACTICES[j.town][TRADE], WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Purpose", "Message", "Added note"]), rng.choice(FEE_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Check balance  |  Pay again"]))
    return p.done()


# ---------------------------------------------------------------- 2. a corporate client's bank transfer


XFER = [("OnlineSBI Corporate", None, "web", "RTGS", "SBIN"),
        ("BOI Omni Neo", (240, 120, 0), "app", "IMPS", "BKID"),
        ("SIBerNet", None, "web", "NEFT", "SIBL"),
        ("UCO mBanking Plus", (0, 70, 140), "app", "NEFT", "UCBA"),
        ("Equitas Corporate Banking", None, "web", "RTGS", "ESFB"),
        ("IDBI GO Mobile+", (0, 120, 100), "app", "NEFT", "IBKL"),
        ("PSB UnIC", (0, 100, 60), "app", "IMPS", "PSIB"),
        ("J&K Bank Corporate Net Banking", None, "web", "NEFT", "JAKA")]
XFER_URLS = {"OnlineSBI Corporate": "corp.onlinesbi.sbi/corporate/rtgs_acknowledgement.htm",
             "SIBerNet": "sibernet.southindianbank.com/corp/neft/confirm",
             "Equitas Corporate Banking": "corporate.equitasbank.com/payments/rtgs/status",
             "J&K Bank Corporate Net Banking": "corp.jkbankonline.com/neft/acknowledgement"}
XFER_NOTES = ["Statutory audit fee", "Tax audit fee (44AB)", "Retainership - quarterly", "GSTR-9 & 9C fee",
              "Internal audit - 2nd instalment", "ROC annual filing fee", "Stock audit - bank", "CA fees - net of TDS"]
CHECKERS = ["accounts.head", "cfo.approve", "md.office", "fin_mgr2", "director1"]


def client_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate client's bank after an NEFT, RTGS or IMPS to the practice for an audit fee or a retainer
    (OnlineSBI Corporate, BOI Omni Neo, SIBerNet, UCO mBanking Plus, Equitas Corporate Banking, IDBI GO Mobile+, PSB
    UnIC, J&K Bank Corporate Net Banking): heldout124's page, the practice under Beneficiary / Payee Name / Credit to
    / Transfer to, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and the bank's Bank Ref No. / Host Ref No.
    / Transaction No. on some, the day, the debit account, Remarks / Payment narration / Purpose of payment
    (Statutory audit fee, or "Inv HJA/25-26/412 less TDS"), Remitter / Ordering customer and Entered by / Released by
    on the web pages."""
    k = place("client_transfer")
    status = outcome(k, failed=(5,), pending=(2,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (8000, 250000), "NEFT": (15000, 600000), "RTGS": (200000, 1500000)}[mode]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=low, high=high, p_round=0.7, registered=0.6, caps=0.4)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Vendor payment", payee_labels=["Beneficiary", "Payee Name", "Credit to",
                                                                   "Transfer to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Host Ref No.", "Transaction No."],
                  txn_label="Transaction No.")
    note = rng.choice(XFER_NOTES)
    if not j.no_ref and not j.no_day and rng.random() < 0.4:
        note = f"Inv {CODES[j.town]}/{fy(j.date)}/{rng.randrange(100, 999)} less TDS"
    wrap_pair(p, rng.choice(["Remarks", "Payment narration", "Purpose of payment"]), note)
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), COMPANIES[j.town])
        p.pair(rng.choice(["Entered by", "Initiator"]), rng.choice(["accts.exec1", "payables02", "s.patil.acc"]))
        p.pair(rng.choice(["Released by", "Authoriser"]), rng.choice(CHECKERS))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status later.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 3. the practice's own fee receipt


RECEIPT_WAYS = ["cheque", "NEFT", "UPI", "cheque", "cash", "RTGS", "UPI", "cheque"]
# a service, the period it names (fy, ay, quarter, month or none)
SERVICES = [("Tax audit u/s 44AB", "fy"), ("Statutory audit", "fy"), ("Filing of income tax return", "ay"),
            ("GST returns (GSTR-1 & GSTR-3B)", "quarter"), ("Retainership fee", "month"),
            ("TDS returns (24Q & 26Q)", "quarter"), ("Project report & CMA data for bank loan", None),
            ("Reply to GST notice (ASMT-10)", None), ("Certificate in Form 15CB", None),
            ("Accounting & bookkeeping", "month")]


def period_text(j: Job, per: str | None) -> str:
    if per == "fy":
        return f" for FY {fy_of(j.date)}"
    if per == "ay":
        return f" for AY {ay_of(j.date)}"
    if per == "quarter":
        q = ((j.date.month - 4) % 12) // 3
        return f" for the quarter {QUARTERS[(q - 1) % 4]} {j.date.year - 1 if q == 3 else j.date.year}"
    if per == "month":
        return f" for {j.month()}"
    return ""


def fee_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The practice's RECEIPT / FEE RECEIPT / PROFESSIONAL FEE RECEIPT / MONEY RECEIPT (paper, serif): the practice
    on top (the payee), CHARTERED ACCOUNTANTS, its FRN and address, GSTIN, Receipt No. / Rcpt. No. / R. No., Date /
    Dated, Received with thanks from / Received from / Client M/s the company or the person, the client's PAN on
    some, Towards (Tax audit u/s 44AB for FY 2025-26, Retainership fee for March 2026), Against invoice (its day) on
    some, Professional fees (SAC 998221), CGST @ 9% and SGST @ 9% or IGST @ 18%, Reimbursement of ROC fees / Out-of-
    pocket expenses, Invoice value / Total fees / Bill amount, Less: TDS u/s 194J @ 10%, Net amount received /
    Amount received / Received (net of TDS) (the sum), the sum in words, by Cheque No. with its day and bank or Mode
    and its reference, the partner's signature with his membership number; RECEIVED WITH THANKS / RECEIVED / CHEQUE
    DISHONOURED - FEES OUTSTANDING / POST-DATED CHEQUE - SUBJECT TO REALISATION in a row and in the practice's
    rubber stamp."""
    k = place("fee_receipt")
    status = outcome(k, failed=(3,), pending=(7,))
    way = RECEIPT_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, registered=0.3)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    practice_head(p, j.town, j.to, ["RECEIPT", "FEE RECEIPT", "PROFESSIONAL FEE RECEIPT", "MONEY RECEIPT"])
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 999):03d}", f"{CODES[j.town]}/R/{j.year()}{rng.randrange(10, 999):03d}",
                          f"R-{rng.randrange(100, 2999)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "R. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    company = way != "cash" and rng.random() < 0.65
    payer = f"M/s {COMPANIES[j.town]}" if company else \
        f"{rng.choice(['Mr.', 'Mrs.', 'Shri', 'Smt.', 'Dr.'])} {rng.choice(PEOPLE)}"
    wrap_pair(p, rng.choice(["Received with thanks from", "Received from", "Client"]), payer)
    if rng.random() < 0.5:
        p.pair("PAN", pan(rng, rng.choice("CF") if company else "P"))
    service, per = rng.choice(SERVICES)
    wrap_pair(p, "Towards", service + ("" if j.no_day else period_text(j, per)))
    if not j.no_ref and not j.no_day and rng.random() < 0.5:
        inv = f"{CODES[j.town]}/{fy(j.date)}/{rng.randrange(100, 999)}"
        wrap_pair(p, "Against invoice", f"{inv} dt {j.other_day(rng, -75, -7)}")
    p.add("rule")
    lo, hi = {"cash": (2500, 30000), "UPI": (3000, 60000)}.get(way, (15000, 240000))
    fee = whole(rng.uniform(lo, hi), 500)
    p.pair(rng.choice(["Professional fees (SAC 998221)", "Professional fees", "Fees for services"]), rs(fee))
    gst = round(fee * 0.18, 2)
    if rng.random() < 0.8:
        p.pair("CGST @ 9%", rs(gst / 2))
        p.pair("SGST @ 9%", rs(gst / 2))
    else:
        p.pair("IGST @ 18%", rs(gst))
    reimb = 0.0
    if rng.random() < 0.3:
        reimb = float(rng.choice([600, 1200, 1800, 2500, 4300]))
        p.pair(rng.choice(["Reimbursement of ROC fees", "Out-of-pocket expenses"]), rs(reimb))
    total = round(fee + gst + reimb, 2)
    p.pair(rng.choice(["Invoice value", "Total fees", "Bill amount"]), rs(total))
    tds = round(fee * 0.10, 2) if company and rng.random() < 0.8 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194J @ 10%", "Less: TDS 194J (10%)"]), rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    if status == "success":
        label = rng.choice(["Net amount received", "Received (net of TDS)"]) if tds else \
            rng.choice(["Amount received", "Received"])
    else:
        label = rng.choice(["Cheque amount", "Amount"])
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"{rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["by Cheque No.", "Chq. No."]), chq, method="cheque")
        p.pair(rng.choice(["dated", "Chq. date"]), j.other_day(rng, 4, 25) if status == "pending"
               else j.other_day(rng, -6, 0))
        wrap_pair(p, "drawn on", f"{rng.choice(BANKS_DRAWN)}, {TOWNS[j.town][0]}")
    else:
        p.pair(rng.choice(["Mode", "by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "CNRB", "BARB", "UTIB", "KARB"])
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
            "failed": "CHEQUE DISHONOURED - FEES OUTSTANDING",
            "pending": "POST-DATED CHEQUE - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair("Return reason", rng.choice(["Funds insufficient", "Drawer's signature differs"]))
    p.part = "foot"
    p.add("small", "Receipt valid subject to realisation of the cheque." if way == "cheque" else
          "TDS certificate in Form 16A may please be sent after the quarter.")
    right(p, f"For {PRACTICES[j.town][TRADE]}")
    right(p, f"CA {PARTNERS[j.town]}, Partner (M. No. {rng.randrange(100000, 260000)})")
    seal(p, PRACTICES[j.town][TRADE], "CHARTERED ACCOUNTANTS", None if j.no_day or status != "success" else j.date,
         {"success": word, "failed": "CHEQUE DISHONOURED", "pending": "SUBJECT TO REALISATION"}[status])
    return p.done()


# ---------------------------------------------------------------- 4. the office's card slips


TERMINALS = ["PAYTM EDC", "MSWIPE", "HDFC BANK", "ICICI MERCHANT SERVICES", "PHONEPE POS", "WORLDLINE", "EZETAP",
             "BANK OF BARODA"]
# the shop in each practice's town (the payee)
SHOPS = ["SAI COMPUTERS & DSC CENTRE", "OM SAI OFFICE SYSTEMS", "SHREE KRISHNA STATIONERS", "ANGA DIGITAL WORLD",
         "TIRUMALA LAPTOP HUB", "MALABAR XEROX & BINDING", "MAHAKAL COMPUTERS", "KUMAON INFOTECH"]
SLIP_DAYS = ["%d/%m/%y", "%d-%b-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %y"]


def office_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's card (or a Bharat QR) at the computer, DSC-token and stationery shops (Paytm EDC, Mswipe, HDFC
    Bank, ICICI Merchant Services, PhonePe POS, Worldline, Ezetap, Bank of Baroda; monospace): the maker, CHARGE
    SLIP / SALE SLIP / CUSTOMER COPY, the shop in capitals (the payee), its locality and town, DATE:.. TIME:.. on one
    row, DATE : and TIME : or DT:, M.ID / MID, T.ID / TID, BATCH NO, INVOICE NO / TXN NO / BILL NO, TXN TYPE : SALE or
    UPI, CARD NO, CARD TYPE, ENTRY, AID and the cardholder's NAME (the practice) on some, or PAYER VPA and MODE :
    BHARAT QR, AUTH ID / APPR CODE / AUTH CODE and RRN / REF NO, SALE AMT / TOTAL / AMOUNT / TXN AMT (INR, RS, Rs. or
    none; western or plain); APPROVED / TXN SUCCESSFUL / SALE APPROVED / DECLINED / TXN DECLINED with its REASON /
    UPI TXN PENDING (CHECK STATUS ON TERMINAL BEFORE RETRY)."""
    k = place("office_card")
    status = outcome(k, failed=(1,), pending=(5,))
    upi = status == "pending"
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=450, high=85000, p_round=0.4, town=k)
    p = slip_page(rng, font)
    name = SHOPS[k]
    p.part = "head"
    p.add("center", TERMINALS[k])
    p.add("center", rng.choice(["CHARGE SLIP", "SALE SLIP", "CUSTOMER COPY"]))
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2].upper()}, {TOWNS[k][0].upper()}")
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair("TIME :", clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        form = rng.random()
        if form < 0.4 and fits(p, "left", f"DATE:{text}  TIME:{clock}"):
            p.add("left", f"DATE:{text}  TIME:{clock}", date=j.date)
        elif form < 0.75:
            p.pair("DATE :", text, date=j.date)
            p.pair("TIME :", clock)
        else:
            p.pair("DT:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["M.ID :", "MID :"]), digits(rng, 15))
    p.pair(rng.choice(["T.ID :", "TID :"]), digits(rng, 8))
    p.pair("BATCH NO :", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["INVOICE NO :", "TXN NO :", "BILL NO :"]), inv, txn=(INVOICE_RANK, inv))
    p.pair("TXN TYPE :", "UPI" if upi else "SALE")
    if upi:
        vpa = f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okicici', 'ybl', 'oksbi', 'paytm'])}"
        p.pair("MODE :", "BHARAT QR")
        if fits(p, "left", f"PAYER VPA:{vpa}"):
            p.add("left", f"PAYER VPA:{vpa}", method="UPI")
        else:
            p.add("left", "PAYER VPA:")
            p.add("left", vpa, method="UPI")
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        first = {"VISA": "4", "MASTERCARD": "5", "RUPAY": "6"}[net] + digits(rng, 3)
        card = f"XXXX XXXX XXXX {digits(rng, 4)}" if rng.random() < 0.5 else f"{first}XXXXXXXX{digits(rng, 4)}"
        p.pair("CARD NO :", card, method="card")
        p.pair("CARD TYPE :", f"{net} {rng.choice(['CREDIT', 'DEBIT', 'CORPORATE'])}")
        p.pair("ENTRY :", rng.choice(["CHIP", "CONTACTLESS", "SWIPE"]))
        if rng.random() < 0.5:
            p.pair("AID :", rng.choice(["A0000000031010", "A0000000041010", "A0000005241010"]))
        if rng.random() < 0.4:
            p.pair("NAME :", PRACTICES[k][TRADE].upper()[:20].strip())
    if not j.no_ref and status == "success":
        appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
        p.pair(rng.choice(["AUTH ID :", "APPR CODE :", "AUTH CODE :"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN :", "REF NO :"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    text = f"{mark}{j.amount:,.2f}" if rng.random() < 0.5 else f"{mark}{j.amount:.2f}"
    p.pair(rng.choice(["SALE AMT :", "TOTAL :", "AMOUNT :", "TXN AMT :"]), text, amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN SUCCESSFUL", "SALE APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]),
                     "pending": "UPI TXN PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["REASON: 05 DO NOT HONOUR", "REASON: 51 INSUFFICIENT FUNDS",
                                    "REASON: 91 ISSUER NOT AVAILABLE"]))
    elif status == "pending":
        p.add("small", "CHECK STATUS ON TERMINAL BEFORE RETRY")
    p.part = "foot"
    if not upi and status == "success":
        p.add("small", rng.choice(["PIN VERIFIED OK. SIGNATURE NOT REQUIRED", "I AGREE TO PAY AS PER CARD ISSUER "
                                                                             "AGREEMENT"]))
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "THANK YOU. VISIT AGAIN", "GOODS ONCE SOLD NOT RETURNABLE"]))
    return p.done()


# ---------------------------------------------------------------- 5. the stationers', servicers' bills and the rent


BILL_PAGES = [("supply", "NEFT"), ("rent", "NEFT"), ("supply", "cheque"), ("supply", "UPI"), ("rent", "cheque"),
              ("supply", "cash"), ("supply", "UPI"), ("rent", "UPI")]
SUPPLIERS = {0: ("Shree Datta Stationers & Printers", "stationery"), 2: ("Copier Care Services", "amc"),
             3: ("Tirumala Computer Services", "it"), 5: ("Malabar Stationery Mart", "stationery"),
             6: ("Mahakal Xerox Solutions", "amc")}
SUPPLY_SUBS = {"stationery": "Office stationery, audit files, letterheads & rubber stamps",
               "amc": "Photocopiers & printers - sales, service, toner refills",
               "it": "Computers, networking & UPS - sales and AMC"}
# item, quantity range, rate range
SUPPLY_ITEMS = {"stationery": [("Box file with firm name", (20, 80), (75, 110)),
                               ("Letterheads 100 gsm (printing, per 100)", (5, 20), (180, 260)),
                               ("A4 copier paper JK (ream)", (10, 40), (245, 290)),
                               ("Self-inking stamp - firm seal", (1, 3), (450, 650)),
                               ("Working paper file (audit)", (25, 100), (38, 60)),
                               ("Envelopes 10x12 printed (per 100)", (2, 10), (320, 450))],
                "amc": [("Toner TK-1178 (Kyocera)", (1, 4), (2200, 2750)),
                        ("Copier AMC - 6 months (M2040dn)", (1, 1), (4500, 6500)),
                        ("Drum unit replacement", (1, 1), (3200, 4200)),
                        ("Service visit charges", (1, 2), (350, 600))],
                "it": [("RAM 8 GB DDR4 (Tally server)", (1, 2), (1900, 2600)),
                       ("UPS battery 12V 7Ah", (2, 6), (950, 1250)),
                       ("Annual maintenance - desktops", (4, 10), (900, 1500)),
                       ("Windows reinstall & data backup", (1, 3), (600, 900)),
                       ("Wi-Fi router (dual band)", (1, 1), (2400, 3600))]}
LANDLORDS = ["Shobha Patil", "Sadashiv Kshirsagar", "Jayesh Lalwani", "Manoj Kumar Singh", "B. Chandrasekhar",
             "Rasheed Kunhi", "Rajendra Bhatnagar", "Harish Chandra Pandey"]
BUILDINGS = ["Shree Complex", "Siddheshwar Chambers", "Shalibhadra Arcade", "Anand Plaza", "Balaji Towers",
             "Pearl Arcade", "Madhav Chambers", "Kumaon Trade Centre"]


def rent_receipt(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """The landlord's RENT RECEIPT for the office (paper): Receipt No. / No., Date, Received with thanks from M/s
    the practice (the tenant), towards the rent of the premises for the month (no fact), Monthly rent, Add:
    Maintenance charges on some, Less: TDS u/s 194-I @ 10% over Rs 50,000 a month, Amount received / Net amount
    received (the sum), the sum in words, Mode of payment / Paid by (NEFT, UPI, cheque) and its reference, Landlord
    / Name of landlord / Owner (the payee; Shri / Smt. on some), PAN of landlord, the revenue stamp."""
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "Rent Receipt"]))
    p.add("small", rng.choice(["Office premises - monthly rent", "(Commercial premises)"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"R/{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    tenant = PRACTICES[k][rng.choice([TRADE, FIRM])]
    p.add("left", f"Received with thanks from M/s {tenant}, Chartered Accountants,", status="success")
    place_text = f"Office No. {rng.randrange(1, 40)}, {rng.choice(['1st', '2nd', '3rd'])} floor, {BUILDINGS[k]}, " \
                 f"{TOWNS[k][2]}, {TOWNS[k][0]}"
    p.add("left", f"towards rent of the premises at {place_text}"
                  + ("." if j.no_day else f" for the month of {j.month(0)}."))
    p.add("rule")
    rent = whole(rng.uniform(15000, 80000), 500)
    p.pair("Monthly rent", rs(rent))
    net = rent
    if rng.random() < 0.35:
        upkeep = float(rng.choice([1500, 2000, 2500, 3000]))
        p.pair("Add: Maintenance charges", rs(upkeep))
        net += upkeep
    if rent >= 50000:
        tds = round(rent * 0.10, 2)
        p.pair(rng.choice(["Less: TDS u/s 194-I @ 10%", "Less: TDS 194-I (10%)"]), rs(tds))
        net -= tds
    net = round(net, 2)
    j.amount = net
    p.pair(rng.choice(["Amount received", "Net amount received"]) if net != rent else "Amount received", rs(net),
           amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["Paid by", "Mode of payment"]), chq if j.no_day else f"{chq} dt {j.other_day(rng, -4, 0)}",
               method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS_DRAWN)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode of payment"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "ICIC", "BARB"])
    p.add("rule")
    name = LANDLORDS[k]
    shown = f"{rng.choice(['Shri', 'Smt.' if k == 0 else 'Shri'])} {name}" if rng.random() < 0.3 else name
    wrap_pair(p, rng.choice(["Landlord", "Name of landlord", "Owner"]), shown, merchant=name)
    p.pair("PAN of landlord", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def office_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's paper from its suppliers (the stationer and printer, the copier servicer, the computer
    servicer: the supplier on top (the payee), TAX INVOICE / BILL / CASH MEMO, Bill No. / Inv. No. / Memo No.,
    Date / Bill date, To / Party / Buyer M/s the practice, Machine on a copier's bill, the items (Box file with firm
    name n x 95, Toner TK-1178 (Kyocera) n x 2450), Sub total, CGST and SGST @ 9%, Round off, Bill total / Grand total
    / Net payable, Amount received / Received, or Balance due / Amount due after a failed UPI (Payment tried: UPI -
    failed), or Cheque received with its number; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED - THANK YOU / UPI
    PAYMENT FAILED - BALANCE DUE / CHEQUE SUBJECT TO REALISATION) and the landlord's rent receipt (three)."""
    k = place("office_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    frame, way = BILL_PAGES[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, town=k)
    if frame == "rent":
        return rent_receipt(rng, font, k, j, way)
    name, kind = SUPPLIERS[k]
    to = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    kinds = ["CASH MEMO", "TAX INVOICE"] if way == "cash" else ["TAX INVOICE", "BILL", "INVOICE"]
    shop_head(p, k, to, SUPPLY_SUBS[kind], kinds)
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Bill No.", "Inv. No.", "Memo No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["To", "Party", "Buyer"]), f"M/s {PRACTICES[k][rng.choice([TRADE, FIRM])]}")
    if kind == "amc":
        p.pair("Machine", f"Kyocera Ecosys M2040dn (Sr. {code(rng, 3, UPPER)}{digits(rng, 6)})")
    p.add("rule")
    sub = 0.0
    for item, (qlo, qhi), (rlo, rhi) in rng.sample(SUPPLY_ITEMS[kind], rng.randint(1, 3)):
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 5))
        line = qty * rate
        sub += line
        wrap_pair(p, f"{item} {qty} x {rate:g}", rs(line))
    p.add("rule")
    p.pair(rng.choice(["Sub total", "Taxable value"]), rs(sub))
    half = round(sub * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    gross = sub + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Bill total", "Grand total", "Net payable"]), rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "CNRB", "HDFC", "BARB"])
    elif status == "failed":
        p.pair(rng.choice(["Balance due", "Amount due"]), rs(total), amount=total)
        p.pair("Payment tried", "UPI - failed", method="UPI")
    else:
        p.pair("Cheque received", rs(total), amount=total)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS_DRAWN)}, {TOWNS[k][0]}")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED - THANK YOU"]),
            "failed": "UPI PAYMENT FAILED - BALANCE DUE", "pending": "CHEQUE SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Goods once sold will not be taken back. E. & O.E.",
                               "Service warranty as per AMC terms. Subject to local jurisdiction."]))
    p.add("pair", "Customer's sign", "For the supplier")
    return p.done()


# ---------------------------------------------------------------- 6. electricity and broadband through Bharat Connect


# the biller in each practice's town (long name, short name, kind)
BILLERS = [("Atria Convergence Technologies Ltd", "ACT Fibernet", "broadband"),
           ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "power"),
           ("Paschim Gujarat Vij Company Ltd", "PGVCL", "power"),
           ("Bharat Sanchar Nigam Ltd", "BSNL", "broadband"),
           ("Southern Power Distribution Co. of A.P. Ltd", "APSPDCL", "power"),
           ("Kerala State Electricity Board Ltd", "KSEB", "power"),
           ("M.P. Paschim Kshetra Vidyut Vitaran Co. Ltd", "MPPKVVCL", "power"),
           ("Bharti Airtel Ltd", "Airtel Broadband", "broadband")]
# the app or net banking (band), its frame, the way
UTIL_FRAMES = [("Jupiter", (234, 92, 60), "phone", "UPI"), ("Kotak Net Banking", None, "browser", "netbanking"),
               ("Freecharge", (240, 100, 30), "phone", "wallet"), ("YONO SBI", (40, 0, 110), "phone", "netbanking"),
               ("PhonePe", (95, 37, 159), "phone", "UPI"), ("FedNet", None, "browser", "netbanking"),
               ("MobiKwik", (30, 60, 170), "phone", "card"), ("Amazon Pay", (35, 47, 62), "phone", "UPI")]
UTIL_URLS = {"Kotak Net Banking": "netbanking.kotak.com/knb2/billpay/receipt",
             "FedNet": "fednetbank.com/corp/BBPS/paymentstatus"}


def office_utility(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's electricity or broadband bill through Bharat Connect: an app (Jupiter, Freecharge, YONO SBI,
    PhonePe, MobiKwik, Amazon Pay; the app on top, the outcome, the sum large) or net banking's bill payment receipt
    in a browser (Kotak Net Banking, FedNet; Status): Biller / Service provider / Paid to the biller (ACT Fibernet,
    MSEDCL, PGVCL, BSNL, APSPDCL, KSEB, MPPKVVCL, Airtel Broadband or its long name; the payee), Category, Consumer
    No. / Service Connection No. / BP No. or Account No. / Customer ID / Relationship No., Registered name (the
    practice's LLP), Bill period, Bill date, Due date, Units billed or Plan, Bill amount, Prompt payment rebate on
    some, Amount paid / Total paid (the sum), Paid via / Payment mode (UPI, the wallet, an account, a card),
    Bharat Connect Ref / B-Connect ID / BBPS Ref No., UPI RRN, Order ID / Transaction ID / Bank Ref No., Paid on /
    Payment date & time / Attempted on / Initiated on; Bill payment successful / Payment complete / Your bill is
    paid / Bill payment failed / Payment unsuccessful / Payment in progress / Awaiting biller confirmation."""
    k = place("office_utility")
    status = outcome(k, failed=(3,), pending=(6,))
    app, band, frame, way = UTIL_FRAMES[k]
    long, short, kind = BILLERS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=700, high=26000, p_round=0.3, town=k)
    if kind == "broadband":
        j.amount = float(rng.choice([1179, 1416, 2359, 3538, 4129, 7079]))
    bill = j.amount
    rebate = 0.0
    if kind == "power" and status == "success" and rng.random() < 0.5:
        rebate = round(bill * 0.01, 2)
        j.amount = round(bill - rebate, 2)
    if frame == "browser":
        p = browser_page(rng, font, UTIL_URLS[app])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill Payment - Transaction Receipt", "Bharat Connect - Payment Receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Status", "Transaction status"]),
               {"success": rng.choice(["Successful", "Bill paid"]), "failed": "Failed",
                "pending": "In progress - awaiting biller confirmation"}[status], status=status)
    else:
        dark = rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Bill payment", "Receipt"]),
                   buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
        phone_frame(p, k)
        rs = money(rng, font, 0.2)
        head(p, app, band, dark, ["Bharat Connect - " + ("Electricity" if kind == "power" else "Broadband"),
                                  "Recharge & pay bills"])
        p.part = "body"
        outcome_row(p, status, {"success": ["Bill payment successful", "Payment complete", "Your bill is paid"],
                                "failed": ["Bill payment failed", "Payment unsuccessful"],
                                "pending": ["Payment in progress", "Awaiting biller confirmation"]})
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Service provider {long}    ") else short
    wrap_pair(p, rng.choice(["Biller", "Service provider", "Paid to"]), biller, merchant=biller)
    p.pair("Category", "Electricity" if kind == "power" else rng.choice(["Broadband Postpaid", "Landline / FTTH"]))
    if kind == "power":
        p.pair(rng.choice(["Consumer No.", "Service Connection No.", "BP No."]), digits(rng, rng.choice([10, 12, 13])))
    else:
        p.pair(rng.choice(["Account No.", "Customer ID", "Relationship No."]), digits(rng, rng.choice([9, 10, 11])))
    wrap_pair(p, rng.choice(["Registered name", "Customer name"]), PRACTICES[k][FIRM].upper())
    if not j.no_day:
        start = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Bill period", f"{when(start.replace(day=1), '%d %b')} - {when(start, '%d %b %Y')}")
        if rng.random() < 0.5:
            p.pair("Bill date", j.other_day(rng, -14, -4))
        p.pair("Due date", j.other_day(rng, 2, 15))
    if kind == "power":
        p.pair("Units billed", f"{rng.randrange(180, 1400)} kWh")
    else:
        p.pair("Plan", rng.choice(["300 Mbps - monthly", "Fibre Basic 150 Mbps", "Business 500 Mbps - quarterly"]))
    if rebate:
        p.pair("Bill amount", rs(bill))
        p.pair("Prompt payment rebate", f"-{rs(rebate)}")
        p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount),
               **({"amount": j.amount} if frame == "browser" else {}))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid via", "Payment mode"]),
           {"UPI": "UPI", "wallet": "Freecharge balance", "netbanking": f"A/c {masked(rng, font)}",
            "card": f"Credit card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        bref = f"{rng.choice(['JP', 'KK', 'FC', 'SB', 'PP', 'FD', 'MK', 'AP'])}{digits(rng, 2)}" \
               f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        labelled(p, rng.choice(["Bharat Connect Ref", "B-Connect ID", "BBPS Ref No."]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, rng.choice(["UPI RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
        if frame == "browser":
            own = digits(rng, 12)
            p.pair("Bank Ref No.", own, txn=(BANK_RANK, own))
        elif rng.random() < 0.5:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            label = rng.choice(["Order ID", "Transaction ID"])
            labelled(p, label, own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Payment date & time"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller will confirm within 2 working days. Please do not pay again.")
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


# ---------------------------------------------------------------- 7. the practice's software and DSC renewals


# product, its site, frame, company line (None: a tagline), the way, the currency
SOFT = [("TallyPrime", "tallysolutions.com", "browser", "Tally Solutions Pvt Ltd", "netbanking", "INR"),
        ("ClearTax", "cleartax.in", "mail", "Defmacro Software Pvt Ltd", "card", "INR"),
        ("Winman CA-ERP", "winman.in", "mail", "Winman Software India LLP", "UPI", "INR"),
        ("Saral TaxOffice", "saraltaxoffice.com", "browser", "Relyon Softech Ltd", "card", "INR"),
        ("Genius", "saginfotech.com", "phone", "SAG Infotech Pvt Ltd", "UPI", "INR"),
        ("Calendly", "calendly.com", "mail", None, "card", "USD"),
        ("Taxmann", "taxmann.com", "browser", "Taxmann Allied Services Pvt Ltd", "netbanking", "INR"),
        ("eMudhra", "emudhra.com", "phone", "eMudhra Ltd", "UPI", "INR")]
# the plan, its lines (label, quantity, rate), validity in days
SOFT_PLANS = {"TallyPrime": ("TallyPrime Gold - TSS renewal (12 months)", [("TSS Gold (multi-user)", 1, 12960)], 365),
              "ClearTax": ("ClearTax GST - CA Pro (50 GSTINs)", [("Annual subscription", 1, 14999)], 365),
              "Winman CA-ERP": ("CA-ERP Professional - annual update", [("AMC / update charges", 1, 9500)], 365),
              "Saral TaxOffice": ("Saral TaxOffice (ITR + TDS + Audit)", [("Annual renewal", 1, 16500),
                                                                         ("Additional node", 2, 2500)], 365),
              "Genius": ("Genius Gold - renewal", [("Genius Gold (per node)", 3, 2700)], 365),
              "Calendly": ("Standard - annual", [("Seats", 2, 120)], 365),
              "Taxmann": ("Taxmann Practice - 1 year", [("Research + journals", 1, 18000)], 365),
              "eMudhra": ("Class 3 DSC - individual signing", [("DSC Class 3 - 2 years", 4, 1350),
                                                              ("FIPS USB token", 4, 450)], 730)}


def practice_software(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The practice's tax, accounting and DSC software and its scheduling tool (TallyPrime, ClearTax, Winman CA-ERP,
    Saral TaxOffice, Genius, Calendly billed in US dollars, Taxmann, eMudhra; its billing page in a browser, its
    e-mail or a phone's payment screen): the product on top (the payee) and its company or a tagline under it,
    Licence renewed / Order confirmation / Payment receipt / Subscription invoice, Licensee / Billed to the practice's
    LLP, GSTIN, Licence / Serial No. (masked), Edition / Plan, the lines (TSS Gold (multi-user), Additional node n x
    rate, DSC Class 3 - 2 years n x rate, FIPS USB token), Sub total, CGST 9% + SGST 9% / IGST @ 18% / Tax 0.00,
    Total / Amount paid / Order total / Amount due (the sum large on a phone), Payment mode (a card, UPI, net
    banking), Order No. / Invoice No., Payment ID (pay_..., ch_...) / Transaction ID, Bank Ref No., Auth code, UPI
    Ref No, Paid on / Order date / Attempted on / Initiated on, Valid till / Renewal due (no fact); Paid / Payment
    received / Payment failed - bank declined / Payment pending confirmation."""
    k = place("practice_software")
    status = outcome(k, failed=(4,), pending=(1,))
    name, site, frame, company, way, cur = SOFT[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, town=k)
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Payment", "Order status"])
        rs = money(rng, font, 0.5)
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <{rng.choice(['billing', 'accounts', 'renewals'])}@{site}>",
                      ["Your licence has been renewed", f"{name} - payment receipt", "Order confirmation"]
                      if cur == "INR" else ["Your receipt from Calendly", "Calendly: payment received"])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = browser_page(rng, font, f"{rng.choice(['shop', 'my', 'store'])}.{site}/"
                                    f"{rng.choice(['account/orders', 'renewal/status', 'billing'])}")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))

    dollar = rng.choice(["$", "US$ "])

    def usd(value: float) -> str:
        return f"{dollar}{value:,.2f}"

    show = usd if cur == "USD" else rs
    to = name.upper() if rng.random() < 0.15 else name
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", company or "Scheduling automation for professionals")
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment received", "Order placed - payment successful"],
                                "failed": ["Payment failed - bank declined"],
                                "pending": ["Payment pending confirmation"]})
    else:
        p.add("center", rng.choice(["Licence renewed", "Order confirmation", "Payment receipt",
                                    "Subscription invoice"]))
        p.add("rule")
        p.part = "body"
    plan, lines, days = SOFT_PLANS[name]
    wrap_pair(p, rng.choice(["Licensee", "Billed to"]), PRACTICES[k][FIRM])
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    if name in ("TallyPrime", "Saral TaxOffice", "Genius", "Winman CA-ERP"):
        p.pair(rng.choice(["Licence / Serial No.", "Serial No."]), f"{digits(rng, 3)}XXXX{digits(rng, 2)}")
    wrap_pair(p, rng.choice(["Edition", "Plan"]), plan)
    sub = 0.0
    for label, qty, rate in lines:
        line = qty * rate
        sub += line
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(line))
    disc = 0.0
    if cur == "INR" and rng.random() < 0.25:
        disc = round(sub * 0.1, 2)
        p.pair(rng.choice(["Loyalty discount (10%)", "Early renewal -10%"]), f"-{show(disc)}")
    base = round(sub - disc, 2)
    p.pair(rng.choice(["Sub total", "Taxable amount"]), show(base))
    if cur == "USD":
        tax = 0.0
        p.pair("Tax", show(0.0))
    else:
        tax = round(base * 0.18, 2)
        p.pair("CGST 9% + SGST 9%" if rng.random() < 0.5 else "IGST @ 18%", show(tax))
    total = round(base + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(["Amount paid", "Order total", "Total"] if status == "success" else ["Total", "Amount due"])
        p.pair(label, show(total), amount=total, cur=cur)
    vpa = f"{SLUGS[k][:8]}@{rng.choice(['okhdfcbank', 'ybl', 'icici', 'oksbi'])}"
    p.pair(rng.choice(["Payment mode", "Paid with"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}", "UPI": f"UPI ({vpa})",
            "netbanking": f"Net banking - {rng.choice(['HDFC Bank', 'SBI', 'Canara Bank', 'Axis Bank'])}"}[way],
           method=way)
    if not j.no_ref:
        if status == "success":
            inv = rng.choice([f"{CODES[k][:1]}{digits(rng, 9)}", f"SO/{j.year()}{digits(rng, 6)}"]) if cur == "INR" \
                else f"{code(rng, 8, ALNUM)}-{rng.randrange(1000, 9999)}"
            labelled(p, rng.choice(["Order No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
        pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"]) if cur == "INR" \
            else f"ch_{code(rng, 16, MIXED)}"
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
        labelled(p, {"success": rng.choice(["Paid on", "Order date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair(rng.choice(["Valid till", "Renewal due"]),
                   when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", {"success": rng.choice(["Paid", "Payment received"]),
                          "failed": "Payment failed - bank declined",
                          "pending": "Payment pending confirmation"}[status], status=status)
    if status == "failed":
        p.add("small", "Your licence stays active for 15 days. Please retry with another payment method.")
    elif status == "pending":
        p.add("small", "We will e-mail the invoice once your bank confirms the payment.")
    p.part = "foot"
    p.add("small", rng.choice(["Need help? Write to support", "Invoices are available under My Account > Orders."]))
    return p.done()


# ---------------------------------------------------------------- 8. ICAI membership and CPE fees


# frame, the payee's kind (institute, branch, council), the way
ICAI_PAGES = [("ssp", "institute", "netbanking"), ("mail", "branch", "UPI"), ("ssp", "institute", "card"),
              ("paper", "branch", "cash"), ("course", "institute", "card"), ("ssp", "institute", "UPI"),
              ("mail", "branch", "netbanking"), ("mail", "council", "UPI")]
ICAI = "The Institute of Chartered Accountants of India"
COUNCILS = {"SIRC": "Southern India Regional Council of ICAI", "WIRC": "Western India Regional Council of ICAI",
            "EIRC": "Eastern India Regional Council of ICAI", "CIRC": "Central India Regional Council of ICAI"}
SEMINARS = ["Seminar on GST Audit & Annual Return", "Workshop on Tax Audit (Form 3CD)",
            "Seminar on Faceless Assessment & Appeals", "Conference on Bank Branch Audit",
            "Workshop on Ind AS for MSMEs", "Residential Refresher Course on Direct Taxes"]


def icai_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The partner's fees to ICAI: the Self-Service Portal's Fee Receipt / Payment Acknowledgement for the annual
    membership and the Certificate of Practice (a browser: the Institute on top, the payee; Member name, Membership
    No., Region, Annual membership fee (FCA), Certificate of Practice fee, Total; Receipt No., Gateway Ref No.,
    Bank Ref No. or UPI Ref No., Payment date), a certificate course's fee on the Digital Learning Hub (the
    Institute), a branch's or a regional council's CPE registration e-mail (the branch or the council on top, the
    payee; Registration No. (no id), Programme, Programme date (no fact), CPE hours, Delegate fee, GST @ 18%, Amount
    paid, Payment ID, UPI Ref No.) or a branch's printed study-circle receipt with its rubber stamp; Payment Success /
    Fee paid / Transaction Failed / Awaiting confirmation from bank - do not pay again."""
    k = place("icai_fees")
    status = outcome(k, failed=(2,), pending=(5,))
    frame, kind, way = ICAI_PAGES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, town=k)
    partner = PARTNERS[k]
    mno = f"{rng.randrange(100000, 260000)}"
    payee = {"institute": ICAI, "branch": BRANCHES[k], "council": COUNCILS[TOWNS[k][5]]}[kind]
    if frame == "paper":
        p = paper_page(rng, font, [640, 680])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.6)
        p.part = "head"
        top(p, payee, merchant=payee)
        p.add("small", f"(Set up by an Act of Parliament)  |  {TOWNS[k][2]}, {TOWNS[k][0]}")
        p.add("center", "RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"{rng.randrange(100, 2999)}"
            p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Received from", f"CA {partner} (M. No. {mno})")
        wrap_pair(p, "Towards", "Study circle membership" + ("" if j.no_day else f" {fy_of(j.date)}"))
        fee = float(rng.choice([500, 1000, 1500]))
        gst = round(fee * 0.18, 2)
        p.pair("Subscription", rs(fee))
        p.pair("GST @ 18%", rs(gst))
        total = round(fee + gst, 2)
        j.amount = total
        p.pair("Total received", rs(total), amount=total)
        p.add("small", f"({words_in_rupees(total)})")
        p.pair("Mode", way_text(rng, way, font), method=method_for(way))
        p.add("center", "RECEIVED WITH THANKS", status="success")
        p.part = "foot"
        right(p, "Branch Secretary / Office")
        seal(p, BRANCHES[k].split(" of ")[0], "ICAI", None if j.no_day else j.date, "RECEIVED")
        return p.done()
    if frame in ("ssp", "course"):
        url = "eservices.icai.org/ssp/payment/receipt" if frame == "ssp" else "learning.icai.org/course/payment"
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, ICAI, merchant=ICAI)
        p.add("small", "Self-Service Portal (SSP)" if frame == "ssp" else "Digital Learning Hub - Certificate courses")
        p.add("center", rng.choice(["Fee Receipt", "Payment Acknowledgement"]) if status == "success"
              else "Payment Status")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment Success", "Fee paid"], "failed": ["Transaction Failed"],
                                "pending": ["Awaiting confirmation from bank - do not pay again"]})
        p.pair("Member name", f"CA {partner}".upper() if rng.random() < 0.4 else f"CA {partner}")
        p.pair("Membership No.", mno)
        p.pair("Region", TOWNS[k][5])
        if frame == "ssp":
            lines = [(f"Annual membership fee ({rng.choice(['FCA', 'ACA'])})", float(rng.choice([1500, 3000]))),
                     ("Certificate of Practice fee", float(rng.choice([2000, 2500])))]
            if rng.random() < 0.4:
                lines.append(("CABF contribution (voluntary)", float(rng.choice([500, 1000]))))
            if not j.no_day:
                p.pair("Fee for", f"Year {fy_of(j.date)}" if j.date.month >= 4 else f"Year {ay_of(j.date)}")
        else:
            course = rng.choice(["Certificate Course on Forensic Accounting & Fraud Detection",
                                 "Certificate Course on Concurrent Audit of Banks", "Post Qualification Course in "
                                                                                   "Information Systems Audit"])
            wrap_pair(p, "Course", course)
            fee = float(rng.choice([15000, 20000, 25000]))
            lines = [("Course fee", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        total = round(sum(v for _, v in lines), 2)
        j.amount = total
        p.pair(rng.choice(["Total", "Total amount"]) if status != "success" else rng.choice(["Total paid", "Total"]),
               rs(total), amount=total)
        p.pair(rng.choice(["Payment mode", "Mode of payment"]),
               {"netbanking": "Net banking (BillDesk)", "card": f"Credit card {masked(rng, font)}",
                "UPI": "UPI (SBI ePay)"}[way], method=way)
        if not j.no_ref:
            if status == "success":
                rno = f"{TOWNS[k][5][0]}{digits(rng, 9)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            gref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            labelled(p, rng.choice(["Gateway Ref No.", "BillDesk Txn Ref."]), gref, txn=(TXN_RANK, gref))
            if status == "success":
                if way == "UPI":
                    labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                    labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Payment date", "Paid on"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        elif status == "pending":
            p.add("small", "The status will be updated within 48 hours of the bank's confirmation.")
        p.part = "foot"
        p.add("small", "This is a system generated receipt.")
        return p.done()
    sender = BRANCHES[k] if kind == "branch" else COUNCILS[TOWNS[k][5]]
    short = sender.split(" of ")[0].split()[0].lower()
    p = mail_page(rng, font, f"{sender.split(' of ')[0]} <{short}@icai.org>",
                  ["Registration confirmed", "CPE programme - payment received", "Your registration & receipt"])
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payee, merchant=payee)
    p.add("small", "Continuing Professional Education (CPE)")
    p.add("center", rng.choice(["Registration & Payment Receipt", "Delegate Registration"]))
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear CA {partner.split()[-1]}, thank you for registering.")
    wrap_pair(p, "Programme", rng.choice(SEMINARS))
    if not j.no_day:
        p.pair(rng.choice(["Programme date", "Event on"]), j.other_day(rng, 3, 40))
    p.pair("CPE hours", rng.choice(["4", "6", "12 (structured)"]))
    p.pair("Delegate", f"CA {partner} (M. No. {mno})")
    if not j.no_ref:
        p.pair("Registration No.", f"{TOWNS[k][0][:3].upper()}-{rng.randrange(100, 999)}")
    fee = float(rng.choice([800, 1000, 1500, 2500, 6500]))
    p.pair("Delegate fee", rs(fee))
    gst = round(fee * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    total = round(fee + gst, 2)
    j.amount = total
    p.pair(rng.choice(["Amount paid", "Total received"]), rs(total), amount=total)
    p.pair("Payment mode", {"UPI": "UPI", "netbanking": "Net banking"}[way], method=way)
    if not j.no_ref:
        pid = f"pay_{code(rng, 14, MIXED)}"
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair(rng.choice(["Paid on", "Payment date"]), j.day(rng), date=j.date)
    p.pair("Payment status", rng.choice(["Paid", "Success"]), status="success")
    p.part = "foot"
    p.add("small", "Please carry your ICAI ID card. CPE hours will be credited within 15 days.")
    return p.done()


# ---------------------------------------------------------------- 9. income-tax challans


# frame, the form (280 or 281), the way
TAX_PAGES = [("portal", "280", "netbanking"), ("app", "280", "netbanking"), ("bank", "281", "netbanking"),
             ("portal", "281", "counter"), ("paper", "280", "card"), ("app", "281", "UPI"),
             ("bank", "280", "netbanking"), ("paper", "281", "UPI")]
MINOR = {"280": [("Advance Tax", "100"), ("Self-Assessment Tax", "300")],
         "281": [("TDS/TCS Payable by Taxpayer", "200"), ("TDS/TCS Regular Assessment", "400")]}
TAX_APPS = {1: ("YONO SBI", (40, 0, 110)), 5: ("iMobile Pay", (174, 40, 30))}
TAX_BANKS = {2: ("Canara Bank", "netbanking.canarabank.in/entry/etax/acknowledgement", "0240"),
             6: ("Union Bank of India", "unionbankonline.co.in/corp/eTax/challanReceipt", "0290")}


def it_challan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An income-tax challan for the practice or for a client (ITNS 280: advance or self-assessment tax; ITNS 281:
    TDS): the e-filing portal's e-Pay Tax Challan Receipt / Payment Status (a browser or printed: Income Tax
    Department on top, no payee; ITNS No., PAN / TAN, Name, Assessment Year, Financial Year, Major Head, Minor Head,
    Nature of Payment (194J, 194C, 192), Amount (in Rs.), Amount (in words), CRN with CRN Created on and Valid till,
    Mode of Payment, Bank Name, BSR Code, Challan No., CIN, Bank Reference Number, Date of Deposit, the Tax Breakup:
    A Tax, B Surcharge, C Cess, D Interest, E Penalty, F Fee under section 234E, Total (A+B+C+D+E+F)); a bank's
    net-banking Direct Tax Payment - e-Receipt (Canara Bank, Union Bank of India); or a bank app's tax payment
    screen (YONO SBI, iMobile Pay; the sum large, no year); Payment Successful / Challan paid / Tax paid
    successfully / Payment Failed / Tax payment failed / Pending - awaiting confirmation from bank / Payment under
    process."""
    k = place("it_challan")
    status = outcome(k, failed=(5,), pending=(3,))
    frame, form, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    minor, mcode = rng.choice(MINOR[form])
    own = rng.random() < 0.4
    if form == "280":
        holder = PRACTICES[k][FIRM].upper() if own else (COMPANIES[k] if rng.random() < 0.4 else rng.choice(PEOPLE))
        ident = pan(rng, "F" if own else ("C" if holder in COMPANIES else "P"))
        major = "(0020) Corporation Tax" if "Pvt Ltd" in holder else "(0021) Income Tax (Other than Companies)"
    else:
        holder = (PRACTICES[k][FIRM] if own else COMPANIES[k]).upper()
        ident = tan(rng, k)
        major = "(0021) Income Tax (Other than Companies)" if not holder.endswith("PVT LTD") else \
            "(0020) Corporation Tax"
    tax = float(rng.randrange(8, 600) * 250)
    parts = [("A  Tax", tax)]
    if form == "280":
        if rng.random() < 0.3:
            parts.append(("B  Surcharge", round(tax * 0.1)))
        parts.append(("C  Cess", float(round(sum(v for _, v in parts) * 0.04))))
    if rng.random() < 0.35:
        parts.append(("D  Interest", float(rng.randrange(2, 80) * 50)))
    if form == "281" and rng.random() < 0.3:
        parts.append(("F  Fee under section 234E", float(rng.randrange(2, 30) * 200)))
    total = round(sum(v for _, v in parts), 2)
    j.amount = total
    bsr = digits(rng, 7)
    serial = f"{rng.randrange(1, 99999):05d}"
    crn = f"{rng.choice('13579')}{digits(rng, 13)}"
    brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
    way_words = {"netbanking": "Net Banking", "card": "Payment Gateway (Debit Card)", "UPI": "UPI",
                 "counter": "Pay at Bank Counter (Cheque)"}[way]
    method = "cheque" if way == "counter" else way
    if frame == "app":
        app, band = TAX_APPS[k]
        p = phone_page(rng, font, k, ["", "e-Pay Tax", "Direct Tax Payment"])
        dark = p.style["h106"]["dark"]
        rs = money(rng, font, 0.5)
        head(p, app, band, dark, ["Direct Tax Payment", "e-Pay Tax (ITNS " + form + ")"])
        p.part = "body"
        outcome_row(p, status, {"success": ["Tax paid successfully", "Payment successful"],
                                "failed": ["Tax payment failed"], "pending": ["Payment under process"]})
        p.add("big", rs(total), amount=total)
        p.pair("PAN" if form == "280" else "TAN", ident)
        wrap_pair(p, "Name", holder)
        wrap_pair(p, rng.choice(["Tax applicable", "Major head"]), major)
        p.pair(rng.choice(["Type of payment", "Minor head"]), f"({mcode}) {minor}")
        if not j.no_day:
            p.pair("Assessment year", fy_of(j.date) if mcode == "300" else ay_of(j.date))
        if way == "UPI":
            p.pair("Paid using", f"UPI ({app})", method="UPI")
        else:
            p.pair(rng.choice(["Paid from", "Debit account"]), f"{rng.choice(['Current A/c', 'Savings A/c'])} "
                                                               f"{masked(rng, font)}", method=method)
        if not j.no_ref:
            labelled(p, "CRN", crn, txn=(INVOICE_RANK, crn))
            if status == "success":
                labelled(p, rng.choice(["Bank Reference No.", "BRN"]), brn, txn=(BANK_RANK, brn))
                if way == "UPI":
                    labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, {"success": "Paid on", "failed": "Attempted on", "pending": "Initiated on"}[status],
                     stamp(rng, j.date, PATS), date=j.date)
        if status == "failed":
            p.add("small", "Challan not paid. Any amount debited will be reversed. Use the same CRN to pay again.")
        elif status == "pending":
            p.add("small", "The challan will be updated on the e-filing portal once the bank confirms.")
        return p.done()
    if frame == "bank":
        bank, url, _ = TAX_BANKS[k]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, bank)
        p.add("center", rng.choice(["Direct Tax Payment - e-Receipt", "e-Tax - Taxpayer's Counterfoil"]))
        p.add("rule")
        p.part = "body"
    else:
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/paymentReceipt") \
            if frame == "portal" else paper_page(rng, font, [700, 740])
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR")) if frame == "portal" else \
            counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "Challan Receipt" if status == "success" else "e-Pay Tax - Payment Status")
        p.add("rule")
        p.part = "body"
    if frame != "paper":
        outcome_row(p, status, {"success": ["Payment Successful", "Challan paid"],
                                "failed": ["Payment Failed"],
                                "pending": ["Pending - awaiting confirmation from bank"]})
    p.pair("ITNS No.", form)
    p.pair("PAN" if form == "280" else "TAN", ident)
    wrap_pair(p, "Name", holder)
    if not j.no_day:
        p.pair("Assessment Year", fy_of(j.date) if mcode == "300" else ay_of(j.date))
        p.pair("Financial Year", fy_of(j.date - dt.timedelta(days=365)) if mcode == "300" else fy_of(j.date))
    wrap_pair(p, "Major Head", major)
    wrap_pair(p, "Minor Head", f"({mcode}) {minor}")
    if form == "281":
        p.pair("Nature of Payment", rng.choice(["194J", "194C", "192", "194-I(b)", "194Q"]))
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
        if not j.no_day:
            made = j.date - dt.timedelta(days=rng.randrange(0, 4))
            p.pair("CRN Created on", when(made, rng.choice(DAY_PATS)))
            p.pair("CRN Valid till", when(made + dt.timedelta(days=15), rng.choice(DAY_PATS)))
    p.pair(rng.choice(["Mode of Payment", "Payment Mode"]), way_words, method=method)
    p.pair("Bank Name", TAX_BANKS[k][0] if frame == "bank" else rng.choice(BANKS_DRAWN[:8]))
    if status == "success":
        p.pair("BSR Code", bsr)
        if not j.no_ref:
            p.pair("Challan No.", serial)
            cin = f"{bsr}{j.date:%d%m%Y}{serial}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            p.pair(rng.choice(["Bank Reference Number", "BRN"]), brn, txn=(BANK_RANK, brn))
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair(rng.choice(["Date of Deposit", "Payment Realisation Date"]), j.day(rng), date=j.date)
    elif not j.no_day:
        p.pair({"failed": "Attempted on", "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    p.add("rule")
    p.add("left", "Tax Breakup Details (Amount in Rs.)")
    for letter, word in [("A", "Tax"), ("B", "Surcharge"), ("C", "Cess"), ("D", "Interest"), ("E", "Penalty"),
                         ("F", "Fee under section 234E")]:
        value = next((v for label, v in parts if label[0] == letter), 0.0)
        p.pair(f"{letter}  {word}", rs(value))
    p.pair("Total (A+B+C+D+E+F)", rs(total))
    if frame == "paper":
        p.pair("Status", {"success": "Paid", "failed": "Payment Failed",
                          "pending": "Pending - awaiting confirmation from bank"}[status], status=status)
    if status == "pending" and way == "counter":
        p.add("small", "Present the challan with the cheque at the bank within the CRN's validity.")
    p.part = "foot"
    p.add("small", "The payment is credited to the taxpayer's account once the bank reports it.")
    return p.done()


# ---------------------------------------------------------------- 10. GST and professional tax


# kind, town, frame, way
GOV_PAGES = [("pt_ka", 0, "browser", "netbanking"), ("gst", 3, "browser", "netbanking"),
             ("pt_jmc", 2, "paper", "UPI"), ("gst", 4, "browser", "card"), ("gst_bank", 6, "paper", "netbanking"),
             ("pt_kl", 5, "browser", "UPI"), ("gst", 7, "browser", "cheque"), ("pt_mh", 1, "paper", "netbanking")]
PT_PAYEES = {"pt_ka": ("Professional Tax - e-Payment", "Department", "Commercial Taxes Department, Karnataka",
                       "pt.kar.nic.in/ptax/ackn"),
             "pt_jmc": ("Jamnagar e-Nagar Seva", "Municipal Corporation", "Jamnagar Municipal Corporation", None),
             "pt_kl": ("K-SMART - Local Self Government Dept.", "Local body", "Kannur Municipal Corporation",
                       "ksmart.lsgkerala.gov.in/payments/receipt"),
             "pt_mh": ("GRAS - Government Receipt Accounting System", "Department",
                       "Goods and Services Tax Department, Maharashtra", None)}


def gst_pt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """GST for the practice or a client and the practice's professional tax: the GST portal's Form GST PMT-06 -
    Challan Receipt / e-Challan Receipt (a browser: no payee; Payment Status, CPIN, GSTIN, Name (Legal), Trade name,
    Reason for challan, Return period, the heads CGST - Tax / Interest / Late fee, SGST - Tax, IGST - Tax, Total
    Challan Amount, Mode of Payment (E-Payment - Net Banking, Credit / Debit Card, Over the Counter (Cheque)), Bank
    name, CIN, BRN / Bank Reference No. (BRN), Deposit Date / Date of Deposit and Deposit Time) or a bank's GST
    e-Payment counterfoil (Union Bank of India; Transaction Ref No.); or professional tax (Karnataka's PT e-Payment
    acknowledgement, Jamnagar Municipal Corporation's PT receipt, K-SMART's profession tax receipt for Kannur, GRAS's
    e-Challan for Maharashtra: the portal on top, Department / Municipal Corporation / Local body the payee, EC / RC
    / PTEC / PTRC No., Employer, Tax period / Half year, Employees n x 200, Tax, Interest, Total / Amount paid,
    Challan No. / GRN / Receipt No., Bank Ref. No., Payment date / Paid on); Paid / Payment Successful / Success /
    Payment Failed / Awaiting payment confirmation from bank."""
    k = place("gst_pt")
    status = outcome(k, failed=(3,), pending=(6,))
    kind, town, frame, way = GOV_PAGES[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 1, town=town)
    if frame == "browser":
        url = "payment.gst.gov.in/payment/challanreceipt" if kind == "gst" else PT_PAYEES[kind][3]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    way_words = {"netbanking": rng.choice(["E-Payment - Net Banking", "Net Banking"]), "UPI": "UPI",
                 "card": "Credit / Debit Card", "cheque": "Over the Counter (Cheque)"}[way]
    if kind.startswith("gst"):
        own = rng.random() < 0.4
        legal = (PRACTICES[town][FIRM] if own else COMPANIES[town]).upper()
        p.part = "head"
        if kind == "gst_bank":
            top(p, "Union Bank of India")
            p.add("center", "GST e-Payment - Counterfoil")
        else:
            top(p, "Goods and Services Tax")
            p.add("small", "Government of India, States and Union Territories")
            p.add("center", rng.choice(["Form GST PMT-06 - Challan Receipt", "e-Challan Receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair("Payment Status", {"success": rng.choice(["Paid", "Success"]), "failed": "Payment Failed",
                                  "pending": "Awaiting payment confirmation from bank"}[status], status=status)
        if not j.no_ref and not j.no_day:
            cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
        wrap_pair(p, rng.choice(["Name (Legal)", "Legal name"]), legal)
        if kind != "gst_bank":
            p.pair("Reason for challan", rng.choice(["Monthly payment for quarterly return", "Any other payment"]))
            if not j.no_day:
                period = j.date.replace(day=1) - dt.timedelta(days=1)
                p.pair("Return period", when(period, rng.choice(["%B %Y", "%m-%Y", "%b %Y"])))
        p.add("rule")
        tax = float(whole(rng.uniform(4000, 180000), 1))
        if rng.random() < 0.7:
            heads = [("CGST - Tax", tax), ("SGST - Tax", tax)]
            if rng.random() < 0.3:
                late = float(rng.choice([250, 500, 1000]))
                heads += [("CGST - Late fee", late), ("SGST - Late fee", late)]
            if rng.random() < 0.3:
                heads.append(("CGST - Interest", float(rng.randrange(60, 1800))))
        else:
            heads = [("IGST - Tax", 2 * tax)]
        for label, value in heads:
            p.pair(label, rs(value))
        total = round(sum(v for _, v in heads), 2)
        j.amount = total
        p.pair(rng.choice(["Total Challan Amount", "Total Amount"]), rs(total), amount=total)
        p.add("small", f"({words_in_rupees(total)})")
        p.pair("Mode of Payment", way_words, method=way)
        p.pair("Bank", "Union Bank of India" if kind == "gst_bank" else rng.choice(BANKS_DRAWN[:8]))
        if status == "success" and not j.no_ref:
            if not j.no_day:
                cin = f"{rng.choice(['UBIN', 'SBIN', 'HDFC', 'BARB'])}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
            p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]) if kind != "gst_bank" else "Transaction Ref No.",
                   brn, txn=(BANK_RANK, brn))
        if not j.no_day:
            if status == "success":
                p.pair(rng.choice(["Deposit Date", "Date of Deposit"]), j.day(rng), date=j.date)
                p.pair("Deposit Time", hhmm(rng, twelve=False, seconds=True))
            else:
                p.pair("Attempted on" if status == "failed" else "Initiated on", j.day(rng), date=j.date)
        if status == "pending":
            p.add("small", "The challan will show as paid once the bank realises the cheque and reports it.")
        elif status == "failed":
            p.add("small", "The bank did not confirm the payment. Generate a fresh challan or retry.")
        p.part = "foot"
        p.add("small", "Note: This is a system generated receipt.")
        return p.done()
    portal, label, payee, _ = PT_PAYEES[kind]
    p.part = "head"
    top(p, portal)
    wrap_pair(p, label, payee, merchant=payee)
    p.add("center", rng.choice(["Payment Acknowledgement", "Professional Tax Receipt", "e-Challan"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment Successful", "Success"], "failed": ["Payment Failed"],
                                "pending": ["Awaiting payment confirmation from bank"]})
    employer = PRACTICES[town][FIRM]
    if kind in ("pt_mh", "pt_ka") and rng.random() < 0.5:
        p.pair(rng.choice(["PTEC No.", "EC No."]), digits(rng, 11))
        wrap_pair(p, "Name", employer)
        heads = [("Enrolment tax (professional)", 2500.0)]
        if not j.no_day:
            p.pair("Period", f"{fy_of(j.date)}")
    else:
        p.pair("Assessment No." if kind == "pt_kl" else rng.choice(["PTRC No.", "RC No."]), digits(rng, 11))
        wrap_pair(p, "Employer", employer)
        if not j.no_day:
            if kind == "pt_kl":
                half = "Apr-Sep" if j.date.month in (8, 9, 10, 11, 12, 1) else "Oct-Mar"
                p.pair("Half year", f"{half} {fy_of(j.date)}")
            else:
                p.pair("Tax period", j.month())
        staff = rng.randint(4, 18)
        rate = 200.0 if kind != "pt_kl" else float(rng.choice([600, 900, 1200]))
        heads = [(f"Employees {staff} x {rate:g}", staff * rate)]
        if rng.random() < 0.3:
            heads.append(("Interest", float(rng.randrange(20, 400))))
    for label_, value in heads:
        p.pair(label_, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Amount paid"]) if status == "success" else "Total", rs(total), amount=total)
    p.pair("Mode of payment", way_words, method=way)
    if not j.no_ref:
        if kind == "pt_mh":
            grn = f"MH{digits(rng, 12)}"
            p.pair("GRN", grn, txn=(TXN_RANK, grn))
        elif kind == "pt_jmc":
            rno = f"PT/{rng.randrange(1000, 99999)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        else:
            cno = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Challan No.", cno, txn=(TXN_RANK, cno))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair(rng.choice(["Bank Ref. No.", "Bank Reference"]), bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payment date", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS) if frame == "browser"
                 else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", {"success": rng.choice(["Paid", "Success"]), "failed": "Payment Failed",
                          "pending": "Awaiting payment confirmation from bank"}[status], status=status)
    p.part = "foot"
    p.add("small", "Computer generated receipt. No signature required.")
    return p.done()


# ---------------------------------------------------------------- 11. staff salaries and articles' stipends


# frame (app, voucher, bulk), the bank, its band, the way, salary or stipend
PAYOUTS = [("app", "YONO Business", (40, 0, 110), "NEFT", "salary"),
           ("voucher", None, None, "cheque", "stipend"),
           ("app", "AU 0101 Business", (236, 112, 38), "IMPS", "salary"),
           ("voucher", None, None, "UPI", "stipend"),
           ("bulk", "ICICI Bank CIB", None, "NEFT", "salary"),
           ("voucher", None, None, "cash", "stipend"),
           ("app", "IndusMobile Business", (140, 30, 40), "UPI", "stipend"),
           ("bulk", "Axis Bank Corporate iConnect", None, "NEFT", "salary")]
STAFF = [("Vinayak Kumbar", "Audit Executive"), ("Pooja Mane", "Accounts Assistant"),
         ("Dhaval Pandya", "GST Executive"), ("Rakesh Ranjan", "Office Manager"),
         ("Sai Kiran Ch.", "Audit Senior"), ("Anjana Raghavan", "Tax Assistant"),
         ("Sourabh Vyas", "Accounts Executive"), ("Kavita Bisht", "Audit Assistant")]
ARTICLES = ["Prajwal Patil", "Shruti Gaikwad", "Kunal Dave", "Aman Kumar Jha", "N. Harsha Vardhan",
            "Aswathy Menon", "Yash Malviya", "Ritika Negi"]
BULK_URLS = {"ICICI Bank CIB": "cib.icicibank.com/corp/BulkUpload/recordDetails",
             "Axis Bank Corporate iConnect": "corporate.axisbank.co.in/bulk/salary/record"}


def staff_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The practice paying its people: an articled assistant's STIPEND VOUCHER / PAYMENT VOUCHER - ARTICLED
    ASSISTANT (paper, the practice on top, the payer): V. No. / Voucher No., Date, Paid to / Articled assistant /
    Name of article (the payee), ICAI Regn. No., Year of training, Month (no fact), Stipend as per ICAI norms, Add:
    Conveyance - audit visits, Less: Leave without pay, Net stipend paid (the sum), the way and its reference, a
    revenue stamp; PAID. A staff member's salary (or a stipend) from a business banking app (YONO Business, AU 0101
    Business, IndusMobile Business: Paid to / Beneficiary the employee, Employee code (no id), Remarks Salary <month>,
    UTR / IMPS Ref No / UPI Ref No and Transaction ID, Date & Time, Debited from) or a bulk salary upload's record in
    corporate net banking (ICICI Bank CIB, Axis Bank Corporate iConnect: File name, Batch ID (no id), Record n of m,
    Beneficiary name, Account, IFSC, Amount, Payment type NEFT, Customer Ref No. (no id), UTR, Status Processed /
    Rejected by beneficiary bank - account closed / Pending authorisation (checker), Processed on / Rejected on /
    Initiated on)."""
    k = place("staff_payout")
    status = outcome(k, failed=(4,), pending=(7,))
    frame, bank, band, way, kind = PAYOUTS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, town=k)
    name = ARTICLES[k] if kind == "stipend" else STAFF[k][0]
    shown = name.upper() if rng.random() < 0.25 else name
    if kind == "stipend":
        base = float(rng.choice([5000, 6000, 7500, 9000, 10000, 12500]))
        lines = [("Stipend as per ICAI norms", base)]
        if rng.random() < 0.5:
            n = rng.randint(2, 9)
            lines.append((f"Add: Conveyance - audit visits ({n} days x 150)", n * 150.0))
        if rng.random() < 0.35:
            n = rng.randint(1, 3)
            lines.append((f"Less: Leave without pay ({n} days)", -round(base * n / 30)))
        net = round(sum(v for _, v in lines), 2)
    else:
        net = float(whole(rng.uniform(14000, 62000), 10))
        lines = []
    j.amount = net
    if frame == "voucher":
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
        practice_head(p, k, PRACTICES[k][TRADE], ["STIPEND VOUCHER", "PAYMENT VOUCHER - ARTICLED ASSISTANT"],
                      merchant=False)
        if not j.no_ref:
            vno = rng.choice([f"{rng.randrange(1, 999):03d}", f"SV/{j.year()}{rng.randrange(1, 99):02d}"])
            p.pair(rng.choice(["V. No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Paid to", "Articled assistant", "Name of article"]), shown, merchant=shown)
        p.pair("ICAI Regn. No.", f"{TOWNS[k][5][0]}RO{digits(rng, 7)}")
        p.pair("Year of training", rng.choice(["1st year", "2nd year", "3rd year"]))
        if not j.no_day:
            p.pair("Month", j.month())
        p.add("rule")
        for label, value in lines:
            wrap_pair(p, label, rs(abs(value)))
        p.pair(rng.choice(["Net stipend paid", "Net amount paid"]), rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        if way == "cheque":
            p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["SBIN", "HDFC"])
        p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY ARTICLE"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above stipend for the month.")
        if net > 5000:
            p.add("small", "[ Revenue stamp ]")
        p.add("pair", "Signature of article", "Partner")
        return p.done()
    month = j.month()
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
        dark = p.style["h106"]["dark"]
        head(p, bank, band, dark, ["Pay staff", f"{way} transfer", "Salary & payroll"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        outcome_row(p, status, {"success": ["Money transferred", "Transfer successful"],
                                "failed": ["Transfer failed"], "pending": ["Transfer scheduled", "Under process"]})
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), shown, merchant=shown)
        if way == "UPI":
            p.pair("UPI ID", f"{''.join(c for c in name.lower() if c.isalpha())[:10]}@{rng.choice(['oksbi', 'ybl'])}")
        else:
            p.pair("A/c No.", f"XXXXXX{digits(rng, 4)}")
            p.pair("IFSC", ifsc(rng))
        p.pair("Mode", way, method=method_of(way))
        if kind == "salary":
            p.pair("Employee code", f"{CODES[k]}-{rng.randrange(1, 40):03d}")
        wrap_pair(p, "Remarks", ("Salary" if kind == "salary" else "Stipend") + ("" if j.no_day else f" {month}"))
        if not j.no_ref:
            if status == "success":
                if way == "NEFT":
                    ref = neft_utr(rng.choice(["SBIN", "AUBL"]), rng, j.date)
                    labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
                else:
                    labelled(p, "IMPS Ref No" if way == "IMPS" else "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            own = f"{code(rng, 1, UPPER)}{digits(rng, 11)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Date & Time", "Transferred on"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        own = PRACTICES[k][FIRM]
        own = own if fits(p, "pair", f"Debited from {own} XXXX1234   ") else "Current A/c"
        p.pair("Debited from", f"{own} {masked(rng, font)}")
        return p.done()
    p = browser_page(rng, font, BULK_URLS[bank])
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, bank)
    p.add("center", rng.choice(["Bulk Payments - Record Details", "Salary upload - Transaction details"]))
    p.add("rule")
    p.part = "body"
    p.pair("Corporate", PRACTICES[k][FIRM])
    p.pair("File name", f"SAL_{when(j.date.replace(day=1) - dt.timedelta(days=1), '%b%y').upper()}_{rng.randint(1, 3)}"
                        f".csv")
    p.pair("Batch ID", digits(rng, 7))
    total = rng.randint(6, 16)
    p.pair("Record", f"{rng.randint(1, total)} of {total}")
    wrap_pair(p, rng.choice(["Beneficiary name", "Employee name"]), shown, merchant=shown)
    p.pair("Account No.", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.pair("Amount", rs(net), amount=net)
    p.pair("Payment type", way, method=method_of(way))
    p.pair("Customer Ref No.", f"SAL{digits(rng, 6)}")
    if not j.no_ref:
        host = digits(rng, 10)
        p.pair(rng.choice(["Host Ref No.", "Transaction Ref No."]), host, txn=(BANK_RANK, host))
        if status != "pending":
            ref = neft_utr(rng.choice(["ICIC", "UTIB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.pair("Status", {"success": "Processed", "failed": "Rejected by beneficiary bank - account closed",
                      "pending": "Pending authorisation (checker)"}[status], status=status)
    if not j.no_day:
        p.pair({"success": "Processed on", "failed": "Rejected on", "pending": "Initiated on"}[status],
               stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", "Rejected records are credited back to the debit account.")
    return p.done()


# ---------------------------------------------------------------- 12. refunds of excess retainers


# frame, the way, the gateway where one
REFUND_PAGES = [("paper", "NEFT"), ("app", "IMPS"), ("mail", "UPI"), ("paper", "cheque"), ("gateway", "UPI"),
                ("app", "UPI"), ("mail", "NEFT"), ("gateway", "card")]
GATEWAYS = {4: ("Instamojo", "dashboard.instamojo.com/refunds"), 7: ("CCAvenue", "dashboard.ccavenue.com/refunds")}
REFUND_APPS = {1: ("Canara ai1 Business", (0, 90, 160)), 5: ("bob World Business", (240, 90, 40))}
REFUND_WHY = ["Excess retainer - engagement closed", "Advance for audit - engagement withdrawn",
              "Duplicate payment of fees", "Excess over final bill", "Assignment cancelled by client"]


def retainer_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The practice refunding a client's excess retainer or fee advance (a closed engagement, a withdrawn audit, a
    duplicate payment): its CREDIT NOTE CUM REFUND VOUCHER (paper, the practice on top, the payer: Credit note No.,
    Date, Client / Refunded to the client, Original invoice (its number and day), Reason, Fees reversed, CGST / SGST
    reversed, Amount refunded (the sum), the way and its reference); its e-mail to the client (Refund of excess
    retainer: Refunded to / Beneficiary, Advance held, Adjusted against fees, Amount refunded, Mode, UTR / UPI Ref
    No., Refunded on); its business banking app (Canara ai1 Business, bob World Business: Paid to the client,
    Remarks Refund - excess retainer, IMPS Ref / UPI Ref, Transaction ID); or its gateway's refund page (Instamojo,
    CCAvenue: Refund amount large, Customer / Buyer, Original payment (its id, no id), Refund ID, ARN / RRN,
    Processed on / Initiated on); Refund processed / Refunded / Transfer failed - account frozen / Refund initiated."""
    k = place("retainer_refund")
    status = outcome(k, failed=(1,), pending=(4,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=k)
    company = frame in ("paper", "mail") and rng.random() < 0.5
    client = COMPANIES[k] if company else j.client
    client = client.upper() if rng.random() < 0.2 else client
    held = float(rng.choice([10000, 15000, 25000, 30000, 50000, 75000]))
    used = float(whole(held * rng.uniform(0.2, 0.8), 500)) if rng.random() < 0.7 else 0.0
    refund = round(held - used, 2)
    j.amount = refund
    if frame == "paper":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        practice_head(p, k, PRACTICES[k][TRADE], ["CREDIT NOTE CUM REFUND VOUCHER", "REFUND VOUCHER"],
                      merchant=False)
        if not j.no_ref:
            cno = f"CN/{j.year()}{rng.randrange(1, 40):03d}"
            p.pair(rng.choice(["Credit note No.", "Voucher No."]), cno, txn=(INVOICE_RANK, cno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Client", "Refunded to"]), f"M/s {client}" if company else client, merchant=client)
        if not j.no_ref and not j.no_day:
            wrap_pair(p, "Original invoice", f"{CODES[k]}/{fy(j.date)}/{rng.randrange(100, 999)} dt "
                                             f"{j.other_day(rng, -150, -20)}")
        wrap_pair(p, "Reason", rng.choice(REFUND_WHY))
        p.add("rule")
        fees = round(refund / 1.18, 2)
        gst = round(refund - fees, 2)
        p.pair("Fees reversed", rs(fees))
        p.pair("CGST @ 9% reversed", rs(round(gst / 2, 2)))
        p.pair("SGST @ 9% reversed", rs(round(gst - round(gst / 2, 2), 2)))
        p.pair(rng.choice(["Amount refunded", "Total refund"]), rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        if way == "cheque":
            p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Drawn on", f"{rng.choice(BANKS_DRAWN)}, {TOWNS[k][0]}")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["SBIN", "KARB", "HDFC"])
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement.")
        p.add("pair", "Client's signature", "For the firm")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, f"{PRACTICES[k][TRADE]} <accounts@{SLUGS[k]}.in>",
                      ["Refund of excess retainer", "Refund processed - fees advance", "Your refund"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, PRACTICES[k][TRADE])
        p.add("small", f"Chartered Accountants  |  FRN {FRNS[k]}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {'Sir / Madam' if company else greeting(client)}, we have refunded the balance of "
                      f"your advance as below.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
        p.pair("Advance held", rs(held))
        if used:
            p.pair(rng.choice(["Adjusted against fees", "Less: Fees for work done"]), rs(used))
        p.pair("Amount refunded", rs(refund), amount=refund)
        p.pair("Mode", way, method=method_of(way))
        p.pair("To account", f"XXXXXX{digits(rng, 4)}" if way != "UPI" else
               f"{vpa_base(client)}{rng.randrange(10, 99)}@oksbi")
        if not j.no_ref:
            if way == "NEFT":
                ref = neft_utr(rng.choice(["SBIN", "CNRB", "KKBK"]), rng, j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", f"Regards, Accounts team, {PRACTICES[k][TRADE]}")
        return p.done()
    if frame == "app":
        app, band = REFUND_APPS[k]
        p = phone_page(rng, font, k, ["", "Transaction details"])
        dark = p.style["h106"]["dark"]
        head(p, app, band, dark, ["Pay vendors & others", f"{way} transfer"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        outcome_row(p, status, {"success": ["Transfer successful", "Money sent"],
                                "failed": ["Transfer failed - account frozen"], "pending": ["Transfer pending"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), client, merchant=client)
        if way == "UPI":
            p.pair("UPI ID", f"{vpa_base(client)}{rng.randrange(10, 99)}@{rng.choice(['oksbi', 'ybl'])}")
        else:
            p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
            p.pair("IFSC", ifsc(rng))
        p.pair("Mode", way, method=method_of(way))
        wrap_pair(p, "Remarks", rng.choice(["Refund - excess retainer", "Refund of fees advance"]))
        if not j.no_ref:
            if status == "success" or way == "IMPS":
                labelled(p, "IMPS Ref No" if way == "IMPS" else "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
        if not j.no_day:
            labelled(p, {"success": "Date & Time", "failed": "Attempted on", "pending": "Initiated on"}[status],
                     stamp(rng, j.date, PATS), date=j.date)
        p.pair("Debited from", f"Current A/c {masked(rng, font)}")
        if status == "failed":
            p.add("small", "The beneficiary's account is frozen. The amount has been reversed.")
        return p.done()
    gw, url = GATEWAYS[k]
    p = browser_page(rng, font, url)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, gw)
    p.add("small", f"{PRACTICES[k][FIRM]}  |  Live")
    p.add("center", rng.choice(["Refund details", "Refund status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Refund processed", "Refunded"], "failed": ["Refund failed"],
                            "pending": ["Refund initiated"]})
    p.add("big", rs(refund), amount=refund)
    wrap_pair(p, rng.choice(["Customer", "Buyer"]), client, merchant=client)
    p.pair(rng.choice(["Original payment", "Payment amount"]), rs(held))
    p.pair("Reason", rng.choice(REFUND_WHY))
    p.pair("Refund to", {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        rid = f"{code(rng, 2, UPPER)}{digits(rng, 10)}" if gw == "CCAvenue" else f"MOJO{code(rng, 10, ALNUM)}"
        labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
        if status == "success":
            arn = digits(rng, 23) if way == "card" else j.ref
            labelled(p, "ARN" if way == "card" else "RRN", arn, txn=(UTR_RANK, arn))
        p.pair("Payment ID", f"MOJO{code(rng, 10, ALNUM)}" if gw == "Instamojo" else digits(rng, 12))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Processed on", "Refunded on"]), "failed": "Failed on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "pending":
        p.add("small", "Refunds reach the customer's source account in 5-7 working days.")
    p.part = "foot"
    p.add("small", "Refunds cannot be cancelled once initiated.")
    return p.done()


compose = compose121

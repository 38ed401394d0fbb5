"""The twelve heldout141 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a gym and fitness studio chain's day in 2026 (one club of Kinetic Republic in each of
Bengaluru, Pune, Hyderabad, Chennai, Gurugram, Kolkata, Ahmedabad and Kochi, a trade name and the company or
franchisee firm that runs it), told by the proofs of payment it receives and makes: members' UPI for plans,
personal training and supplements (some forwarded to the club's WhatsApp), a corporate wellness client's bank
transfer, the front desk's terminal slips (a card sale, a bank or brand EMI on an annual plan, a dynamic-QR UPI
sale), the club's own membership receipt (a part payment on some), the supplements counter's till receipt, the
equipment, flooring and repair suppliers' bills and payment receipts, electricity and broadband through Bharat
Connect (BBPS; one at an agent outlet in cash), the gym-management and other software's subscriptions (two billed in
US dollars), the freelance trainers' payouts, the class-booking and corporate-wellness platforms' settlements to the
club, refunds of cancelled memberships (one as the member's bank SMS), and the municipal trade licence fee and GST.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, member ids, plans and their validity, trainers named on a receipt, items, MRP,
discounts, GST lines, cash tendered and change, savings and loyalty points, EMI tenure, monthly EMI and total
payable, EMV data (AID, TC, TVR), invoice and PO numbers inside a supplier's receipt, bill numbers and periods,
subscription ids, order ids and original payment ids, centre, partner and trainer codes, PAN, check-ins and rates,
platform fees and TDS, application and licence numbers, wards, account numbers, IFSC, MID, TID and batch, the
remitter and the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and marks,
heldout118's WhatsApp chat, heldout106's messages screen, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import glyphs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, screen
from bench.receipt_sets.heldout118_families import chat_times, head, masked, money
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
from bench.receipt_sets.heldout140_families import (
    browser_page,
    mail_page,
    method_of,
    paper_page,
    phone_page,
    slip_page,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"
HEX = "0123456789ABCDEF"

# city, PIN code, locality, state, GST state code
CITIES = [("Bengaluru", "560038", "Indiranagar", "Karnataka", "29"),
          ("Pune", "411045", "Baner", "Maharashtra", "27"),
          ("Hyderabad", "500033", "Jubilee Hills", "Telangana", "36"),
          ("Chennai", "600040", "Anna Nagar", "Tamil Nadu", "33"),
          ("Gurugram", "122009", "DLF Phase 4", "Haryana", "06"),
          ("Kolkata", "700091", "Salt Lake", "West Bengal", "19"),
          ("Ahmedabad", "380015", "Prahlad Nagar", "Gujarat", "24"),
          ("Kochi", "682036", "Panampilly Nagar", "Kerala", "32")]
ROADS = ["100 Feet Road", "Baner Road", "Road No. 36", "2nd Avenue", "Galleria Market", "Sector V, Block EP",
         "100 Feet Road, Anandnagar", "Panampilly Avenue"]
# the club in each city: its trade name, the company or franchisee firm that runs it
TRADE, FIRM = range(2)
CLUBS = [("Kinetic Republic Indiranagar", "Kinetic Republic Fitness Pvt Ltd"),
         ("Kinetic Republic Baner", "Baner Fitness Ventures LLP"),
         ("Kinetic Republic Jubilee Hills", "Deccan Strength Studios Pvt Ltd"),
         ("Kinetic Republic Anna Nagar", "Kinetic Republic Fitness Pvt Ltd"),
         ("Kinetic Republic Galleria", "Aravalli Wellness LLP"),
         ("Kinetic Republic Salt Lake", "Eastern Fitness Clubs Pvt Ltd"),
         ("Kinetic Republic Prahlad Nagar", "Sabarmati Active Life LLP"),
         ("Kinetic Republic Panampilly", "Malabar Fitness Studios Pvt Ltd")]
CODES = ["IND", "BNR", "JBH", "ANN", "GLR", "SLK", "PRN", "PNP"]
MEMBERS = ["Aditi Rao", "Karan Malhotra", "Sneha Pillai", "Rohit Kulkarni", "Farah Sheikh", "Vivek Menon",
           "Ishita Ghosh", "Manav Shah", "Pooja Iyer", "Siddharth Jain", "Nandini Reddy", "Arjun Bhatia",
           "Lakshmi Narayanan", "Devansh Agarwal", "Riya Sen", "Abhishek Thomas"]
TRAINERS = ["Rohan Desai", "Shalini Nair", "Imran Qureshi", "Kavya Reddy", "Vikram Chauhan", "Ankita Bose",
            "Harsh Patel", "Joseph Mathew"]
CLUB_SUBS = ["Gym | Strength & conditioning | Group classes | Steam", "Functional training - Yoga - Pilates - HIIT",
             "Fitness centre & personal training studio", "Gym, CrossFit box and recovery lounge"]
PLANS = [("Monthly - Gym", 1, 2999.0), ("Quarterly - Gym", 3, 7999.0), ("Half-yearly - Gym + Classes", 6, 14999.0),
         ("Annual - Gold", 12, 24999.0), ("Annual - Platinum (all clubs)", 12, 34999.0),
         ("Couple - Quarterly", 3, 13999.0)]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Waiting for your bank to confirm. Show this screen at the front desk."]
DAY_PATS = ["%d/%m/%y", "{d} %b %Y", "%d-%m-%Y", "%d.%m.%Y", "%B {d}, %Y", "%d-%b-%y", "%d %B %Y", "%Y-%m-%d"]


def club(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.25) -> str:
    """The club as a payee: its trade name, its firm's on some, in capitals on some."""
    name = CLUBS[i][FIRM] if rng.random() < firm else CLUBS[i][TRADE]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 50000, p_round: float = 0.6, firm: float = 0.25, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(CLUBS)) if town is None else town
        self.to = club(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)
        self.member = rng.choice(MEMBERS)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a plan's start, a bill's, a period's, a cancellation's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def member_id(rng: random.Random, town: int) -> str:
    return rng.choice([f"KR{CODES[town]}{digits(rng, 5)}", f"M-{digits(rng, 6)}", f"KR/{CODES[town]}/{digits(rng, 4)}"])


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: list[str], merchant: bool = True) -> None:
    """A business on top of its own paper: what it does, its floor and road, GSTIN (never an id), the document."""
    rng = p.rng
    city = CITIES[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub))
    p.add("small", f"{rng.choice(['Ground Floor', '1st Floor', '2nd Floor'])}, {rng.randrange(2, 240)}, "
                   f"{rng.choice([ROADS[town], city[2]])}, {city[0]} {city[1]}")
    p.add("small", rng.choice([f"GSTIN: {gstin(rng, city[4])}", f"GST No. {gstin(rng, city[4])}  |  "
                                                                 f"+91 {rng.choice('6789')}{digits(rng, 9)}"]))
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def pay_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: UPI's reference, an NEFT UTR (a bank reference on a page without a day:
    the UTR spells the year and the day's number), an RTGS UTR (never on a page without a day), an IMPS reference, an
    approval code (and an RRN on some) for a card; nothing for cash or a cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref", "UPI RRN", "UTR (UPI)"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and j.no_day:
        ref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Bank Ref No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        assert not j.no_day
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["RTGS UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code", "Appr. Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def way_words(rng: random.Random, way: str, font: str) -> str:
    return {"cash": rng.choice(["Cash", "Cash at desk"]), "UPI": rng.choice(["UPI", "UPI (QR at desk)", "GPay / UPI"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS", "cheque": "Cheque",
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard', 'Amex'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    return {"cheque": "cheque"}.get(way, method_of(way))


def cheque_rows(p: Screen, j: Job) -> None:
    """A cheque's number, its own day (never the payment's) and the bank it is drawn on: no fact."""
    rng = p.rng
    p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}")
    if not j.no_day:
        p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -3, 1))
    p.pair(rng.choice(["Drawn on", "Bank"]), rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India",
                                                        "Kotak Mahindra Bank", "Axis Bank"]))


# ---------------------------------------------------------------- 1. a member's UPI for a plan, PT or supplements


UPI_ORDER = ["super.money", "PhonePe", "WhatsApp", "Google Pay", "Paytm", "CRED", "BHIM", "Navi"]
GYM_NOTES = ["Quarterly renewal", "PT 12 sessions", "Annual plan - 2nd instalment", "Zumba + yoga monthly",
             "Day pass", "Whey 2 lb", "Locker rent 3 months", "Membership freeze fee", "Couple plan advance",
             "HIIT batch fee", "Transformation challenge entry"]
CHAT_IN = ["Hi, renewed my plan. Please activate", "Paid for the PT sessions", "Sending the screenshot as asked",
           "Done, please update my membership", "Paid for the protein, please keep it aside"]
CHAT_OUT = {"success": ["Received, thanks! Plan updated", "Noted. See you at the club", "Thanks, locker is booked"],
            "failed": ["It shows failed on our side, please retry", "Not received. Can you pay at the desk?"],
            "pending": ["Not reflecting yet, will confirm once it comes", "Checking with accounts, will update"]}
CHAT_FOOTS = ["Share  |  Done", "Powered by UPI  |  NPCI", "Need help?  |  Raise a dispute", "Split  |  Pay again"]


def member_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A member's UPI app paying the club for a plan, personal training, a day pass or supplements (super.money,
    PhonePe, WhatsApp Pay, Google Pay, Paytm, CRED, BHIM, Navi): heldout125's result screen, the club (its firm on
    some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), a note (Quarterly renewal, PT 12
    sessions) on most; three forwarded to the club's WhatsApp as an image in a chat with the member (heldout118's
    chat: the member's text, the image, the desk's reply; no sum and no day in any text)."""
    k = place("member_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=400, high=36000, p_round=0.9, firm=0.2)
    if rng.random() < 0.55:
        j.amount = float(rng.choice([500, 1500, 2999, 4500, 7999, 9600, 14999, 24999]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, CLUBS[j.town][TRADE], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Add a note", "Purpose"]), rng.choice(GYM_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(CHAT_FOOTS))
    if k in (1, 3, 7):
        p.style["h106"]["frame"] = "crop"
        p.style.pop("h117", None)
        bubbles = []
        if rng.random() < 0.8:
            bubbles.append(("in", rng.choice(CHAT_IN)))
        bubbles.append(("image", ""))
        bubbles.append(("out", rng.choice(CHAT_OUT[status])))
        for _, text in bubbles:
            assert glyphs(font, text), (font, text)
        divider = rng.choice(["Today", "Yesterday"]) if j.no_day or rng.random() < 0.4 else when(j.date, "{d} %B %Y")
        p.style["h118"] = {"chat": {"contact": j.member, "divider": divider, "bubbles": bubbles,
                                    "times": chat_times(rng, len(bubbles)), "dark": rng.random() < 0.3,
                                    "last_seen": rng.choice(["online", "typing...", "tap here for contact info"])}}
    return p.done()


# ---------------------------------------------------------------- 2. a corporate wellness client's bank transfer


XFER = [("HDFC Bank NetBanking", None, "web", "NEFT", "HDFC"),
        ("bob World", (232, 96, 30), "app", "IMPS", "BARB"),
        ("Axis Bank corporate iConnect", None, "web", "RTGS", "UTIB"),
        ("FedNet", None, "web", "NEFT", "FDRL"),
        ("RBL MoBank", (30, 60, 150), "app", "IMPS", "RATN"),
        ("DBS IDEAL", None, "web", "RTGS", "DBSS"),
        ("AU 0101", (108, 40, 140), "app", "NEFT", "AUBL"),
        ("KVB DLite", (0, 100, 60), "app", "IMPS", "KVBL")]
XFER_URLS = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/entry/neftack",
             "Axis Bank corporate iConnect": "corporate.axisbank.co.in/iConnect/rtgs/confirmation",
             "FedNet": "fednetbank.com/corp/NEFT/TransferStatus",
             "DBS IDEAL": "ideal.dbs.com/payments/rtgs/ack"}
CORPORATES = ["Zentrix Software Pvt Ltd", "Nimbus Analytics India Pvt Ltd", "Orbit Pharma Ltd",
              "Crestline Logistics Pvt Ltd", "Helix Biotech Pvt Ltd", "Quantum Retail Ventures Ltd",
              "Silverleaf Consulting LLP", "Aurora Fintech Pvt Ltd"]
WELLNESS_NOTES = ["Corporate wellness - Q2 memberships", "Employee gym memberships (42 staff)",
                  "Wellness tie-up - group classes", "Fitness programme - 3 months", "Onsite yoga sessions - invoice",
                  "Employee wellness plan renewal"]


def corporate_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate wellness client's bank after an NEFT, RTGS or IMPS to the club for its employees' memberships
    (HDFC Bank NetBanking, bob World, Axis Bank corporate iConnect, FedNet, RBL MoBank, DBS IDEAL, AU 0101, KVB
    DLite): heldout124's page, the club (its firm on most) under Pay to / Beneficiary A/c Name / Transferred to, the
    account and IFSC, the mode, UTR / IMPS Ref No and the bank's Host Ref No. / Bank Reference No. / Transaction ID on
    some, the day, the debit account, the Remitter (the client), a web page's Transaction charges and Total debit
    amount (never the sum), Payment remarks / Narration (an invoice less TDS inside it names the bill, not the
    payment)."""
    k = place("corporate_transfer")
    status = outcome(k, failed=(2,), pending=(6,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (6000, 190000), "NEFT": (20000, 450000), "RTGS": (210000, 1200000)}[mode]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high, p_round=0.45, firm=0.6, caps=0.35)
    p, rs = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                         third_head="Pay a vendor", payee_labels=["Pay to", "Beneficiary A/c Name", "Transferred to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Host Ref No.", "Bank Reference No.", "Transaction ID"],
                  txn_label="Transaction ID")
    wrap_pair(p, "Remitter", rng.choice(CORPORATES))
    if row[2] == "web":
        fee = {"NEFT": 5.0, "RTGS": 25.0, "IMPS": 5.0}[mode] * rng.choice([0, 1, 1])
        tax = round(fee * 0.18, 2)
        p.pair("Transaction charges", f"{rs(fee)} + GST {rs(tax)}")
        p.pair("Total debit amount", rs(j.amount + fee + tax))
    note = rng.choice(WELLNESS_NOTES)
    if not j.no_ref and not j.no_day and rng.random() < 0.5:
        note = f"Inv KR/{fy(j.date)}/{rng.randrange(100, 999)} less TDS 2%"
    wrap_pair(p, rng.choice(["Payment remarks", "Narration", "Purpose of payment"]), note)
    if status == "failed":
        p.add("small", "The credit was returned by the beneficiary bank. The amount will be reversed to your account.")
    elif status == "pending":
        p.add("small", "Your request has been sent to the beneficiary bank. Check the status after 2 hours.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["The bank never asks for your password or OTP.", "Save as template  |  New transfer"]))
    return p.done()


# ---------------------------------------------------------------- 3. the front desk's terminal slip


TERMINALS = ["RAZORPAY POS", "PINE LABS", "BHARATPE", "MOSAMBEE", "INNOVITI", "YES BANK", "SBI PAYMENTS", "PAYTM EDC"]
SLIP_KINDS = ["card", "emi", "upi", "card", "card", "emi", "upi", "card"]
ISSUERS = ["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK", "KOTAK BANK"]


def slip_name(p: Screen, town: int) -> str:
    """The club in capitals as its slip prints it: its trade name or its firm, short enough for the roll."""
    rng = p.rng
    for name in ([CLUBS[town][FIRM].upper()] if rng.random() < 0.35 else []) + [CLUBS[town][TRADE].upper()]:
        for cut in (name, name.replace(" PVT LTD", "").replace(" LLP", "")):
            if fits(p, "center", cut):
                return cut
    return f"KINETIC REPUBLIC {CITIES[town][2].upper()}"


def desk_terminal(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The front desk's terminal slip (Razorpay POS, Pine Labs, BharatPe, Mosambee, Innoviti, Yes Bank, SBI Payments,
    Paytm EDC; monospace): the maker, the club in capitals (the payee), its locality and city; a CARD SALE / SALE with
    the card, APPR CODE and RRN and EMV lines (AID, TC, TVR: no fact); a BANK EMI / BRAND EMI - NO COST on an annual
    plan with the issuer, TENURE, ROI, PLAN PRICE, INSTANT DISC, TXN AMOUNT (the sum), EMI AMT and TOTAL PAYABLE; or a
    UPI SALE - DYNAMIC QR with the payer's VPA, UPI RRN and TXN ID; DATE/TIME or DATE and TIME, MID, TID, BATCH,
    INVOICE / BILL NO / TXN NO; APPROVED / TXN SUCCESSFUL / APPROVED - EMI BOOKED / PAYMENT RECEIVED / DECLINED with
    its RESP CODE / STATUS: PENDING (CHECK STATUS BEFORE RETRYING)."""
    k = place("desk_terminal")
    status = outcome(k, failed=(4,), pending=(6,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=600, high=36000, p_round=0.75)
    price, disc = 0.0, 0.0
    if kind == "emi":
        price = rng.choice(PLANS[3:5])[2] + float(rng.choice([0, 6000, 9600]))
        disc = float(rng.choice([0, 1000, 1500, 2500]))
        j.amount = price - disc
    p = slip_page(rng, font)
    name = slip_name(p, j.town)
    p.part = "head"
    p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}")
    p.add("center", {"card": rng.choice(["CARD SALE", "SALE"]),
                     "emi": rng.choice(["BANK EMI", "BRAND EMI - NO COST"]),
                     "upi": rng.choice(["UPI SALE - DYNAMIC QR", "BHARAT QR - UPI SALE"])}[kind])
    p.part = "body"
    t = hhmm(rng, twelve=False, seconds=True)
    if j.no_day:
        p.pair("TIME:", t)
    else:
        text = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d%b%Y", "%Y/%m/%d"]), upper=True)
        if rng.random() < 0.5:
            p.pair(rng.choice(["DATE/TIME:", "DT:"]), f"{text} {t}", date=j.date)
        else:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", t)
    p.pair("MID:", rng.choice([digits(rng, 15), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"]))
    p.pair("TID:", rng.choice([digits(rng, 8), f"{code(rng, 2, UPPER)}{digits(rng, 6)}"]))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "BILL NO:", "TXN NO:"]), inv, txn=(INVOICE_RANK, inv))
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouping = rng.choice(["western", "plain"])

    def amt(value: float) -> str:
        return f"{mark}{num(value, grouping)}"

    if kind == "upi":
        vpa = "".join(ch for ch in j.member.lower() if ch.isalpha())[:9]
        p.pair(rng.choice(["PAYER VPA:", "CUST VPA:"]), f"{vpa}@{rng.choice(['okicici', 'ybl', 'oksbi', 'axl'])}")
        p.add("left", rng.choice(["MODE: UPI", "PAYMENT MODE: UPI"]), method="UPI")
        if not j.no_ref:
            if status == "success":
                p.pair(rng.choice(["UPI RRN:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 14)}"
            p.pair("TXN ID:", tid, txn=(TXN_RANK, tid))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "VISA DEBIT", "RUPAY DEBIT", "AMEX"] if kind == "card"
                         else ["VISA CREDIT", "MASTERCARD CREDIT", "RUPAY CREDIT"])
        if kind == "emi":
            p.pair("ISSUER:", rng.choice(ISSUERS))
        p.add("left", f"{net}  {rng.choice(['CHIP', 'TAP', 'SWIPE', 'CONTACTLESS'])}")
        p.add("left", rng.choice([f"CARD: XXXX XXXX XXXX {digits(rng, 4)}", f"************{digits(rng, 4)}",
                                  f"{digits(rng, 4)} XXXX XXXX {digits(rng, 4)}"]), method="card")
        if rng.random() < 0.6:
            p.pair("AID:", rng.choice(["A0000000031010", "A0000000041010", "A0000005241010"]))
            p.pair("TC:", code(rng, 16, HEX))
            if rng.random() < 0.5:
                p.pair("TVR:", code(rng, 10, HEX))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    if kind == "emi":
        months = rng.choice([3, 6, 9, 12])
        no_cost = rng.random() < 0.5
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair("ROI:", "0.00% (NO COST)" if no_cost else f"{rng.choice(['14.00', '15.00', '16.00'])}% P.A.")
        p.pair(rng.choice(["PLAN PRICE:", "PRODUCT AMT:"]), amt(price))
        if disc:
            p.pair("INSTANT DISC:", amt(disc))
        p.pair("TXN AMOUNT:", amt(j.amount), amount=j.amount)
        emi = round(j.amount / months * (1.0 if no_cost else 1.0 + 0.0125 * months), 2)
        p.pair("EMI AMT:", amt(emi))
        p.pair("TOTAL PAYABLE:", amt(round(emi * months, 2)))
        p.add("small", "PROCESSING FEE OF RS 199 + GST WILL BE BILLED BY THE ISSUER")
    else:
        p.pair(rng.choice(["TOTAL:", "AMOUNT:", "SALE AMT:"]) if kind == "card" else "AMOUNT:", amt(j.amount),
               amount=j.amount)
    p.add("rule")
    word = {"card": {"success": rng.choice(["APPROVED", "TXN SUCCESSFUL"]), "failed": "DECLINED"},
            "emi": {"success": "APPROVED - EMI BOOKED"},
            "upi": {"success": rng.choice(["PAYMENT RECEIVED", "UPI TXN SUCCESS"]),
                    "pending": "STATUS: PENDING"}}[kind][status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 91 ISSUER NOT AVAILABLE",
                                    "RESP CODE: 55 INCORRECT PIN"]))
    elif status == "pending":
        p.add("center", "CHECK STATUS BEFORE RETRYING")
    p.part = "foot"
    p.add("small", f"MEMBER ID: {member_id(rng, j.town)}" if rng.random() < 0.5 else "PIN VERIFIED - NO SIGN REQD")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "CUSTOMER COPY - STAY STRONG!", "MERCHANT COPY"]))
    return p.done()


# ---------------------------------------------------------------- 4. the club's own membership receipt


RECEIPT_WAYS = ["UPI", "card", "cheque", "cash", "UPI", "link", "NEFT", "UPI"]
OFFERS = ["New Year offer", "Festive offer", "Corporate tie-up", "Referral discount", "Early bird"]


def membership_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The club's MEMBERSHIP RECEIPT / FEE RECEIPT / TAX INVOICE CUM RECEIPT / ENROLMENT RECEIPT (paper, serif): the
    club on top (the payee), Receipt / Rcpt. / Invoice No., Date, Member and Member ID, the plan, Valid from / Start
    date and Valid till / Expiry (no fact), Fitness consultant (no fact), Admission fee, Membership fee, Less: an offer,
    Add-on locker or PT sessions, Taxable value, CGST / SGST @ 9%, Total, then Amount received (the Total) or Paid now -
    instalment 1 of 2 with Balance payable by <a later day> on some (the part paid), or Amount payable; the way and
    its reference (a cheque's number and day no fact); PAID / RECEIVED WITH THANKS / PART PAYMENT RECEIVED / CHEQUE
    RETURNED - MEMBERSHIP ON HOLD / PAYMENT LINK SENT - ACTIVATION ON RECEIPT in a row and the desk's rubber stamp."""
    k = place("membership_receipt")
    status = outcome(k, failed=(2,), pending=(5,))
    way = RECEIPT_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, firm=0.15, caps=0.2)
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.45)
    letterhead(p, j.town, j.to, ["MEMBERSHIP RECEIPT", "FEE RECEIPT", "TAX INVOICE CUM RECEIPT", "ENROLMENT RECEIPT"],
               sub=CLUB_SUBS)
    if not j.no_ref:
        no = rng.choice([f"{CODES[j.town]}/{j.year()}{rng.randrange(1, 9999):05d}", f"MR-{digits(rng, 6)}",
                         f"KR{CODES[j.town][0]}{digits(rng, 5)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "Invoice No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Receipt date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Member", "Member name", "Received from"]), j.member)
    p.pair("Member ID", member_id(rng, j.town))
    plan, months, fee = rng.choice(PLANS)
    wrap_pair(p, "Plan", f"{plan} ({months} month{'s' if months > 1 else ''})")
    if not j.no_day:
        start = rng.randrange(0, 4)
        p.pair(rng.choice(["Valid from", "Start date"]), j.other_day(rng, start, start + 1))
        p.pair(rng.choice(["Valid till", "Expiry"]), j.other_day(rng, months * 30 + start, months * 30 + start + 2))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Fitness consultant", "Sales by"]), rng.choice(TRAINERS))
    p.add("rule")
    lines: list[tuple[str, float]] = []
    if rng.random() < 0.5:
        lines.append(("Admission fee", float(rng.choice([999, 1499, 1999]))))
    lines.append(("Membership fee", fee))
    pct = rng.choice([0, 0, 10, 15, 20])
    if pct:
        lines.append((f"Less: {rng.choice(OFFERS)} {pct}%", -round(fee * pct / 100, 2)))
    if rng.random() < 0.35:
        lines.append((f"Add-on: Locker {months} month{'s' if months > 1 else ''}", float(300 * months)))
    if rng.random() < 0.3:
        n = rng.choice([8, 12, 24])
        rate = float(rng.choice([600, 750, 900]))
        lines.append((f"Add-on: PT {n} sessions x {rate:g}", n * rate))
    for label, value in lines:
        wrap_pair(p, label, rs(abs(value)))
    taxable = round(sum(value for _, value in lines), 2)
    p.pair("Taxable value", rs(taxable))
    half = round(taxable * 0.09, 2)
    if rng.random() < 0.5:
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
    else:
        p.pair("CGST 9% + SGST 9%", rs(2 * half))
    total = round(taxable + 2 * half, 2)
    p.pair(rng.choice(["Total", "Grand total", "Invoice total"]), rs(total))
    part = status == "success" and total > 9000 and rng.random() < 0.5
    if part:
        paid = float(whole(total * rng.uniform(0.4, 0.6), 500))
        j.amount = paid
        p.pair(rng.choice(["Paid now - instalment 1 of 2", "Amount received (part)"]), rs(paid), amount=paid)
        p.pair(f"Balance payable by {j.other_day(rng, 20, 35)}" if not j.no_day else "Balance payable",
               rs(round(total - paid, 2)))
    elif status == "success":
        j.amount = total
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
    else:
        j.amount = total
        p.pair(rng.choice(["Amount payable", "Amount due"]), rs(total), amount=total)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(j.amount)})")
    if way != "link":
        p.pair(rng.choice(["Paid by", "Mode of payment", "Payment mode"]), way_words(rng, way, font),
               method=method_for(way))
        if way == "cheque":
            cheque_rows(p, j)
    if not j.no_ref and status == "success":
        pay_ref(p, j, way, ["HDFC", "ICIC", "SBIN", "UTIB"])
    word = {"success": "PART PAYMENT RECEIVED" if part else rng.choice(["PAID", "RECEIVED WITH THANKS"]),
            "failed": "CHEQUE RETURNED - MEMBERSHIP ON HOLD",
            "pending": "PAYMENT LINK SENT - ACTIVATION ON RECEIPT"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Fees are non-transferable. Refunds only as per the cancellation policy.",
                               "Carry your member card or app QR for entry. Freeze allowed once a year."]))
    p.add("pair", "Member's signature", "For the club")
    p.add("gap")
    seal(p, CLUBS[j.town][TRADE], "FRONT DESK", None if j.no_day or status != "success" else j.date,
         word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. the supplements counter's till receipt


TILL_WAYS = ["cash", "UPI", "card", "UPI", "cash", "UPI", "tab", "card"]
SUPPS = [("ON Gold Std Whey 2 lb", 3299, 4299), ("MuscleBlaze Creatine 250g", 799, 1099),
         ("Protein bar (box of 6)", 540, 720), ("BCAA 30 servings", 1299, 1899), ("Shaker 700 ml", 299, 449),
         ("Electrolyte sachet x10", 250, 399), ("Peanut butter 1 kg", 399, 549), ("Pre-workout 30 serv", 1799, 2499),
         ("Multivitamin 60 tabs", 549, 899), ("Gym gloves (pair)", 399, 699), ("Cold coffee protein shake", 149, 199),
         ("Resistance band set", 699, 999)]
CASHIERS = ["Neha", "Suresh", "Priya", "Arun", "Fatima", "Ravi"]


def supplement_till(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The club's supplements counter's till receipt (FUEL BAR; paper): the club on top (the payee), the counter's
    name and its firm under it, TAX INVOICE / RETAIL INVOICE / CASH MEMO, Bill / Inv No., Date and Time, Cashier and
    Counter, Member (an id) or Walk-in, the items (qty x MRP), Total MRP, Member disc 10%, Round off, NET AMOUNT / TO
    PAY / BILL AMOUNT (the sum), the GST included in it, Cash tendered and Change on cash, UPI with its reference, a
    card with its approval code, or the member's tab; You saved and points (no fact); PAID / THANK YOU - PAID / UPI
    FAILED - ITEMS NOT RELEASED / ADDED TO MEMBER TAB - PAY BY MONTH END."""
    k = place("supplement_till")
    status = outcome(k, failed=(1,), pending=(6,))
    way = TILL_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, firm=0.0, caps=0.5)
    p = paper_page(rng, font, [540, 580, 620])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.0)
    name = j.to if fits(p, "title", j.to) or fits(p, "center", j.to) else CLUBS[j.town][TRADE]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", rng.choice(["FUEL BAR - Supplements & Nutrition", "Fuel Bar | Supplements counter"]))
    p.add("small", f"{CLUBS[j.town][FIRM]}, {CITIES[j.town][2]}, {CITIES[j.town][0]}")
    p.add("small", f"GSTIN {gstin(rng, CITIES[j.town][4])}")
    p.add("center", rng.choice(["TAX INVOICE", "RETAIL INVOICE", "CASH MEMO"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        no = rng.choice([f"FB{CODES[j.town]}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(1, 9999):04d}"])
        p.pair(rng.choice(["Bill No:", "Inv No:"]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date:", j.day(rng, ["%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d-%b-%y"]), date=j.date)
    p.pair("Time:", hhmm(rng, twelve=rng.random() < 0.5))
    p.pair("Cashier:", f"{rng.choice(CASHIERS)}  Counter: FB-{rng.randint(1, 2)}")
    p.pair("Member:", member_id(rng, j.town) if way == "tab" or rng.random() < 0.6 else "Walk-in")
    p.add("rule")
    gross = 0.0
    for item, lo, hi in rng.sample(SUPPS, rng.randint(1, 4)):
        qty = rng.choice([1, 1, 1, 2, 3])
        mrp = float(rng.randrange(lo, hi) // 10 * 10 - 1)
        gross += qty * mrp
        p.add("left", item)
        p.pair(f"   {qty} x {mrp:.2f}", f"{qty * mrp:.2f}")
    p.add("rule")
    p.pair("Total MRP", rs(gross))
    disc = round(gross * 0.10, 2) if rng.random() < 0.6 else 0.0
    if disc:
        p.pair("Member disc 10%", f"-{rs(disc)}")
    net = float(round(gross - disc))
    off = round(net - (gross - disc), 2)
    if abs(off) > 0.001:
        p.pair("Round off", f"{off:+.2f}")
    j.amount = net
    p.pair(rng.choice(["NET AMOUNT", "TO PAY", "BILL AMOUNT"]), rs(net), amount=net)
    gst = round(net * 18 / 118 / 2, 2)
    p.add("small", f"(Incl. GST 18%: CGST {gst:.2f} + SGST {gst:.2f})")
    if way == "cash":
        tendered = float(-(-net // 500) * 500)
        tendered = tendered if tendered > net else tendered + 500
        p.pair("Paid by", "Cash", method="cash")
        p.pair(rng.choice(["Cash tendered", "Tendered"]), rs(tendered))
        p.pair(rng.choice(["Change", "Change returned"]), rs(tendered - net))
    elif way == "tab":
        p.pair("Charged to", "Member tab")
    else:
        p.pair("Paid by", "UPI" if way == "UPI" else f"Card {masked(rng, font)}", method=way)
        if not j.no_ref and status == "success":
            pay_ref(p, j, way, ["HDFC"])
    if disc and status == "success":
        p.add("small", f"You saved {rs(disc)} today!")
    if status == "success" and rng.random() < 0.6:
        p.add("small", f"Points earned: {int(net // 100)}  |  Points balance: {rng.randrange(120, 2400)}")
    word = {"success": rng.choice(["PAID", "THANK YOU - PAID"]), "failed": "UPI FAILED - ITEMS NOT RELEASED",
            "pending": "ADDED TO MEMBER TAB - PAY BY MONTH END"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["No returns on opened supplements.", "Consult your trainer before using supplements."]))
    return p.done()


# ---------------------------------------------------------------- 6. the equipment, flooring and repair suppliers


# supplier, what it supplies, GST (False: a composition dealer's bill of supply)
VENDORS = [("Titan Strength Equipments", "equip", True), ("FlexMat Flooring Solutions", "floor", True),
           ("Cardio Care Services", "amc", True), ("Olympia Barbell Works", "equip", True),
           ("Powerline Fitness Systems", "equip", True), ("ProGrip Rubber Floors", "floor", True),
           ("Sai Ganesh Gym Repairs", "repair", False), ("Apex Gym Equipment Co.", "equip", True)]
KIT = {"equip": [("Commercial treadmill T-900 (3 HP AC)", 185000, 265000), ("Adjustable bench", 14500, 22000),
                 ("Olympic barbell 20 kg", 11500, 16500), ("Bumper plates set 100 kg", 28000, 42000),
                 ("Cable crossover station", 145000, 210000), ("Spin bike S-300", 38000, 56000),
                 ("Dumbbell rack 10 pair", 18500, 26000)],
       "floor": [("Rubber flooring 15 mm (sq ft)", 85, 120), ("Interlocking tiles 20 mm (sq ft)", 110, 160),
                 ("Turf track 12 m (sq ft)", 140, 210)],
       "amc": [("Quarterly AMC - 12 cardio machines", 18000, 36000), ("Treadmill belt & deck replacement", 9500,
                                                                      16000), ("Motor controller board", 12000, 22000)],
       "repair": [("Cable replacement - lat pulldown", 1800, 3200), ("Upholstery - benches", 1200, 2400),
                  ("Welding & painting - rack", 2200, 4500), ("Pulley bearings", 450, 900)]}
SUPPLY_SUBS = {"equip": "Manufacturers & suppliers of commercial gym equipment",
               "floor": "Gym flooring - supply & installation",
               "amc": "Service, AMC and spares for cardio equipment",
               "repair": "Repairs, welding and upholstery of gym equipment"}
EQUIP_WAYS = ["cheque", "NEFT", "NEFT", "cheque", "UPI", "RTGS", "cash", "RTGS"]
RECEIPT_FORM = [False, True, False, False, True, False, False, True]


def equipment_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An equipment, flooring or repair supplier's paper to the club: its TAX INVOICE / INVOICE CUM RECEIPT / SERVICE
    INVOICE / BILL OF SUPPLY (a composition dealer's) with the payment at its foot, or its PAYMENT RECEIPT / MONEY
    RECEIPT against an invoice: the supplier on top (the payee), Invoice / Bill / Receipt No., Date, Buyer / Billed to
    / Received from M/s the club's firm, PO No., the items (qty x rate), Installation, Freight, Taxable value, CGST /
    SGST @ 9% or IGST @ 18%, Invoice total, Less: Advance paid with the PO, Less: TDS u/s 194C @ 2%, Balance received
    / Net received / Amount received or Balance outstanding; a receipt's Against Invoice No. n dt <its day> and Invoice
    amount (no fact); the way and its UTR / bank reference (a cheque's number no fact); PAID / RECEIVED WITH THANKS /
    FULL & FINAL PAYMENT RECEIVED / CHEQUE DISHONOURED - AMOUNT OUTSTANDING / CHEQUE DEPOSITED - UNDER CLEARING."""
    k = place("equipment_bill")
    status = outcome(k, failed=(3,), pending=(0,))
    name, kind, taxed = VENDORS[k]
    way = EQUIP_WAYS[k]
    receipt = RECEIPT_FORM[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, town=k)
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "/-", "INR"], p_slash=0.35)
    kinds = (["PAYMENT RECEIPT", "MONEY RECEIPT"] if receipt else
             ["BILL OF SUPPLY"] if not taxed else
             ["SERVICE INVOICE"] if kind == "amc" else ["TAX INVOICE", "INVOICE CUM RECEIPT"])
    home = CITIES[(k + 3) % 8] if rng.random() < 0.4 else CITIES[j.town]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", SUPPLY_SUBS[kind])
    p.add("small", f"{rng.choice(['Plot', 'Unit', 'Shed'])} {rng.randrange(3, 180)}, Industrial Area, {home[0]} "
                   f"{home[1]}")
    if taxed:
        p.add("small", f"GSTIN: {gstin(rng, home[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        no = rng.choice([f"{name[:2].upper()}/{j.year()}{rng.randrange(1, 999):03d}", f"{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]) if receipt else rng.choice(["Invoice No.", "Bill No."]), no,
               txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]) if receipt else rng.choice(["Invoice Date", "Date"]), j.day(rng),
               date=j.date)
    wrap_pair(p, "Received from" if receipt else rng.choice(["Buyer", "Billed to"]),
              f"M/s {CLUBS[j.town][FIRM]}")
    if not receipt:
        p.pair("Site", f"{CLUBS[j.town][TRADE]}")
        if kind != "repair":
            p.pair(rng.choice(["PO No.", "Your order"]), f"KR/PO/{rng.randrange(100, 999)}")
    lines: list[tuple[str, float]] = []
    for item, lo, hi in rng.sample(KIT[kind], min(len(KIT[kind]), rng.randint(1, 3))):
        qty = rng.randint(300, 1800) if kind == "floor" else rng.randint(1, 4)
        rate = float(whole(rng.uniform(lo, hi), 5 if kind == "floor" else 100))
        lines.append((f"{item} {qty} x {rate:,.0f}", qty * rate))
    if kind in ("equip", "floor") and rng.random() < 0.6:
        lines.append(("Installation & commissioning", float(rng.choice([2500, 5000, 8500, 12000]))))
    if kind == "equip" and rng.random() < 0.5:
        lines.append(("Freight & handling", float(rng.choice([1800, 3500, 6000]))))
    taxable = round(sum(value for _, value in lines), 2)
    tax = round(taxable * 0.18, 2) if taxed else 0.0
    total = round(taxable + tax, 2)
    advance = float(whole(total * rng.uniform(0.3, 0.5), 1000)) if kind in ("equip", "floor") and \
        rng.random() < 0.6 else 0.0
    tds = round(taxable * 0.02, 2) if kind in ("amc", "floor") and rng.random() < 0.6 else 0.0
    net = round(total - advance - tds, 2)
    j.amount = net
    if receipt:
        inv = f"{name[:2].upper()}/{rng.randrange(100, 999)}"
        p.pair(rng.choice(["Against Invoice No.", "Towards Inv."]),
               inv if j.no_day else f"{inv} dt {j.other_day(rng, -40, -5)}")
        p.pair("Invoice amount", rs(total))
    else:
        p.add("rule")
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        if taxed:
            p.pair("Taxable value", rs(taxable))
            if home[4] == CITIES[j.town][4]:
                p.pair("CGST @ 9% + SGST @ 9%", rs(tax))
            else:
                p.pair("IGST @ 18%", rs(tax))
        p.pair(rng.choice(["Invoice total", "Total"]), rs(total))
    if advance:
        p.pair("Less: Advance paid with PO" if not j.no_day else "Less: Advance paid",
               rs(advance))
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    if status == "success":
        p.pair(rng.choice(["Balance received", "Net received"]) if advance or tds else "Amount received", rs(net),
               amount=net)
    else:
        p.pair(rng.choice(["Balance outstanding", "Amount due"]), rs(net), amount=net)
    if receipt or rng.random() < 0.4:
        p.add("small", f"(Rupees {words_in_rupees(net)[7:]})")
    p.pair(rng.choice(["Mode", "Paid by", "By"]), way_words(rng, way, font), method=method_for(way))
    if way == "cheque":
        cheque_rows(p, j)
    if not j.no_ref and status == "success":
        pay_ref(p, j, way, ["HDFC", "ICIC", "KKBK"])
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "FULL & FINAL PAYMENT RECEIVED"]),
            "failed": "CHEQUE DISHONOURED - AMOUNT OUTSTANDING",
            "pending": "CHEQUE DEPOSITED - UNDER CLEARING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    if kind == "equip":
        p.add("small", rng.choice(["Warranty: 5 years on frame, 2 years on motor, 6 months on belt.",
                                   "Goods once delivered and installed will not be taken back."]))
    elif not taxed:
        p.add("small", "Composition taxable person, not eligible to collect tax on supplies.")
    else:
        p.add("small", "Subject to local jurisdiction. E. & O.E.")
    p.add("pair", "Receiver's sign", "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 7. electricity and broadband through Bharat Connect


# the biller's long name, its short one, its category, its consumer number's label and length
BILLERS = [("Bangalore Electricity Supply Co. Ltd", "BESCOM", "Electricity", "Account ID", 10),
           ("Maharashtra State Electricity Distbn Co Ltd", "MSEDCL", "Electricity", "Consumer Number", 12),
           ("Southern Power Distribution Co of Telangana", "TGSPDCL", "Electricity", "Unique Service No.", 9),
           ("ACT Fibernet", "ACT Fibernet", "Broadband Postpaid", "Account Number", 9),
           ("Dakshin Haryana Bijli Vitran Nigam", "DHBVN", "Electricity", "Account Number", 10),
           ("CESC Limited", "CESC", "Electricity", "Customer ID", 11),
           ("Torrent Power - Ahmedabad", "Torrent Power", "Electricity", "Service Number", 7),
           ("Airtel Broadband", "Airtel Xstream Fiber", "Broadband Postpaid", "Account No.", 10)]
# app or site, band, frame, way
BBPS_FRAMES = [("HDFC SmartHub Vyapar", (0, 56, 130), "phone", "netbanking"),
               ("Bajaj Finserv", (0, 115, 190), "phone", "UPI"),
               ("ICICI Bank Corporate Internet Banking", None, "browser", "netbanking"),
               ("Axis neo for business", (151, 20, 77), "phone", "card"),
               ("Kotak Net Banking", None, "browser", "netbanking"),
               ("Airtel Thanks", (228, 0, 43), "phone", "wallet"),
               ("YONO Business", (40, 0, 110), "phone", "netbanking"),
               ("Bharat Connect", None, "paper", "cash")]
BBPS_URLS = {"ICICI Bank Corporate Internet Banking": "cib.icicibank.com/corp/BillPay/Receipt",
             "Kotak Net Banking": "netbanking.kotak.com/knb2/billpay/receipt"}


def power_bbps(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The club's electricity or broadband bill through Bharat Connect (BBPS): a business banking app (HDFC SmartHub
    Vyapar, Bajaj Finserv, Axis neo for business, Airtel Thanks, YONO Business), a bank's net banking in a browser
    (ICICI, Kotak), or the Bharat Connect transaction receipt printed at an agent outlet for cash: the app or bank on
    top, the outcome, the sum large on a phone, Biller Name / Biller / Service provider (BESCOM, MSEDCL, TGSPDCL, ACT
    Fibernet, DHBVN, CESC, Torrent Power, Airtel Xstream Fiber; long or short), Category, the account's number,
    Customer Name / Registered name the club's firm, Bill Number, Bill Date, Due Date, Bill Period (no fact), Bill
    Amount, Customer Convenience Fee and Total Amount on some (the total is the sum), Payment Channel and Agent ID,
    Payment Mode (account, UPI, business credit card, wallet, cash), B-Connect Txn ID / Bharat Connect Txn ID,
    Approval Ref No, UPI Ref No, Transaction Date & Time / Paid on; Successful / Bill paid / Payment failed / Awaiting
    biller confirmation."""
    k = place("power_bbps")
    status = outcome(k, failed=(4,), pending=(2,))
    app, band, frame, way = BBPS_FRAMES[k]
    long, short, category, id_label, id_len = BILLERS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=1500, high=95000, p_round=0.2, town=k)
    if category != "Electricity":
        j.amount = float(rng.choice([1178.82, 2359.82, 3539.82, 4719.82, 5899.82]))
    dark = False
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Bill payment receipt", "Payment details"])
        dark = p.style["h106"]["dark"]
        head(p, app, band, dark, ["Bill Payments - Bharat Connect", "Pay bills & recharge"])
        rs = money(rng, font, 0.2)
    elif frame == "browser":
        p = browser_page(rng, font, BBPS_URLS[app])
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill Payment Receipt", "Bharat Connect - Payment Acknowledgement"]))
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [600, 640])
        p.part = "head"
        top(p, "Bharat Connect")
        p.add("small", rng.choice(["Bharat BillPay - an NPCI service", "Powered by NPCI Bharat BillPay Ltd"]))
        p.add("center", rng.choice(["Transaction Receipt", "Customer Receipt"]))
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "body"
    ccf = float(rng.choice([0, 5.9, 11.8, 20])) if way in ("card", "wallet", "cash") else 0.0
    bill = j.amount
    total = round(bill + ccf, 2)
    j.amount = total
    biller = long if rng.random() < 0.45 and fits(p, "pair", f"Biller Name {long}     ") else short
    if frame != "paper":
        outcome_row(p, status, {"success": ["Successful", "Bill paid", "Payment successful"],
                                "failed": ["Payment failed", "Bill payment unsuccessful"],
                                "pending": ["Awaiting biller confirmation", "Payment in progress"]})
    if frame == "phone":
        p.add("big", rs(total), amount=total)
    wrap_pair(p, rng.choice(["Biller Name", "Biller", "Service provider"]), biller, merchant=biller)
    p.pair(rng.choice(["Category", "Biller category"]), category)
    p.pair(id_label, digits(rng, id_len))
    wrap_pair(p, rng.choice(["Customer Name", "Registered name"]), CLUBS[j.town][FIRM].upper())
    if rng.random() < 0.6:
        p.pair(rng.choice(["Bill Number", "Bill No."]), digits(rng, rng.choice([8, 10, 12])))
    if not j.no_day:
        if rng.random() < 0.5:
            p.pair("Bill Date", j.other_day(rng, -24, -10))
            p.pair("Due Date", j.other_day(rng, 2, 14))
        else:
            start = j.date - dt.timedelta(days=rng.randrange(40, 60))
            end = start + dt.timedelta(days=29)
            p.pair("Bill Period", f"{when(start, '%d/%m/%Y')} - {when(end, '%d/%m/%Y')}")
    if ccf or frame != "phone":
        p.pair("Bill Amount", rs(bill), **({} if ccf else {"amount": total}))
    if ccf:
        p.pair(rng.choice(["Customer Convenience Fee", "CCF (incl. GST)"]), rs(ccf))
        p.pair(rng.choice(["Total Amount", "Total Paid"]), rs(total), amount=total)
    if frame == "paper":
        p.pair("Payment Channel", "AGT (Agent outlet)")
        p.pair("Agent ID", f"{code(rng, 2, UPPER)}{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 8)}")
    else:
        p.pair("Payment Channel", rng.choice(["MOB (Mobile)", "INT (Internet)"]))
    p.pair(rng.choice(["Payment Mode", "Paid using"]),
           {"netbanking": f"Current A/c {masked(rng, font)}", "UPI": "UPI", "cash": "Cash",
            "card": f"Business credit card {masked(rng, font)}", "wallet": "Airtel Payments Bank wallet"}[way],
           method=way)
    if not j.no_ref:
        bref = f"{rng.choice(['HD', 'BJ', 'IC', 'AX', 'KK', 'AT', 'SB', 'CU'])}{digits(rng, 2)}" \
               f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "Bharat Connect Txn ID"]), bref, txn=(BANK_RANK, bref))
        if status == "success":
            if rng.random() < 0.6:
                appr = digits(rng, 10)
                p.pair(rng.choice(["Approval Ref No", "Biller Approval No."]), appr, txn=(APPR_RANK, appr))
            if way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        label = {"success": rng.choice(["Transaction Date & Time", "Paid on"]), "failed": "Attempted on",
                 "pending": "Initiated on"}[status]
        labelled(p, label, stamp(rng, j.date, PATS) if frame != "paper" else
                 f"{j.day(rng)} {hhmm(rng, twelve=False, seconds=True)}", date=j.date)
    if frame == "paper":
        p.pair("Status", {"success": "Successful", "failed": "Failed", "pending": "Pending"}[status], status=status)
        p.add("small", "Keep this receipt. For a complaint, quote the B-Connect Txn ID at the agent outlet.")
    elif status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller will confirm within 72 hours. Please do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Bharat Connect  |  Secure bill payments by NPCI")
    return p.done()


# ---------------------------------------------------------------- 8. software subscriptions


# product, site, company, currency, form
SAAS = [("FitnessForce", "fitnessforce.com", "Fitness Force Technologies Pvt Ltd", "INR", "autopay"),
        ("Mindbody", "mindbodyonline.com", "Mindbody, Inc.", "USD", "stripe"),
        ("Interakt", "interakt.shop", "Interakt WhatsApp Business Solutions", "INR", "invoice"),
        ("Zenoti", "zenoti.com", "Zenoti Technologies India Pvt Ltd", "INR", "autopay"),
        ("Trainerize", "trainerize.com", "ABC Trainerize Inc.", "USD", "stripe"),
        ("TallyPrime", "tallysolutions.com", "Tally Solutions Pvt Ltd", "INR", "invoice"),
        ("Canva", "canva.com", "Canva Pty Ltd", "INR", "stripe"),
        ("Microsoft 365", "microsoft.com", "Microsoft Corporation (India) Pvt Ltd", "INR", "invoice")]
SAAS_PLANS = {"FitnessForce": ["Club Pro - 2 locations, monthly", "Enterprise - 8 clubs, quarterly"],
              "Mindbody": ["Starter plan", "Accelerate plan"],
              "Interakt": ["Growth plan - annual", "Advanced plan - quarterly"],
              "Zenoti": ["Fitness Suite - 4 centres", "Core - monthly"],
              "Trainerize": ["Studio plan - 30 clients", "Studio Plus"],
              "TallyPrime": ["TallyPrime Gold - renewal (TSS 1 year)", "TallyPrime Silver - renewal"],
              "Canva": ["Canva Teams - 5 people, yearly", "Canva Pro - yearly"],
              "Microsoft 365": ["Microsoft 365 Business Basic x 12", "Microsoft 365 Business Standard x 8"]}
SAAS_WAYS = ["card", "card", "UPI", "UPI", "card", "netbanking", "card", "card"]


def software_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A software subscription paid by the chain (FitnessForce and Zenoti by UPI AutoPay or card mandate, Mindbody
    and Trainerize billed in US dollars, Interakt, TallyPrime, Canva, Microsoft 365): a Stripe-style receipt e-mail
    (Receipt from <company>, the sum large, Paid <day>, Receipt number, Invoice number, Payment method, the plan and
    its period, Amount paid / Amount due), a mandate charge e-mail (Subscription charged / Payment failed / Payment
    pending - awaiting bank authorisation: Subscription ID (no fact), Payment ID, Amount, Method, Charged on, Next
    charge on) or a billing portal's invoice in a browser (Invoice No., Bill to the firm, line items, IGST / CGST +
    SGST, Total, Paid via, Transaction ID, Payment date, Status). The vendor's product name on top is the payee."""
    k = place("software_receipt")
    status = outcome(k, failed=(6,), pending=(3,))
    name, site, company, cur, form = SAAS[k]
    way = SAAS_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, town=rng.choice([0, 3, 5]))
    to = name.upper() if rng.random() < 0.15 else name
    firm = CLUBS[j.town][FIRM]
    if cur == "USD":
        base = float(rng.choice([129, 159, 199, 249, 299]))
        mark = rng.choice(["$", "US$ ", "USD "])

        def rs(value: float) -> str:
            return f"{mark}{value:,.2f}"
    else:
        base = float(rng.choice([2499, 3999, 5999, 8999, 14999, 23999]))
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    period = "" if j.no_day else (f" ({when(j.date, '%b {d}')} - "
                                  f"{when(j.date + dt.timedelta(days=rng.choice([30, 90, 365]) - 1), '%b {d}, %Y')})")
    lines = [(rng.choice(SAAS_PLANS[name]), base)]
    if rng.random() < 0.4:
        lines.append((rng.choice(["Add-on: extra seat", "Add-on: extra user", "Add-on: storage"]),
                      float(rng.choice([15, 29, 49]) if cur == "USD" else rng.choice([499, 999, 1500]))))
    sub = round(sum(value for _, value in lines), 2)
    tax = 0.0 if cur == "USD" else round(sub * 0.18, 2)
    total = round(sub + tax, 2)
    j.amount = total
    facts = {"amount": total, **({"cur": "USD"} if cur == "USD" else {})}
    if form == "stripe":
        p = mail_page(rng, font, f"{name} <invoice+statements@{site}>",
                      [f"Your {name} payment failed", f"Action needed: your {name} payment failed"]
                      if status == "failed" else [f"Your receipt from {name}", f"Receipt for your {name} plan"])
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", f"Receipt from {company}" if status == "success" else f"Invoice from {company}")
        p.part = "body"
        p.add("big", rs(total), **facts)
        if status == "success":
            p.add("center", "Paid" if j.no_day else f"Paid {when(j.date, rng.choice(['%B {d}, %Y', '{d} %B %Y']))}",
                  status="success", **({} if j.no_day else {"date": j.date}))
        else:
            outcome_row(p, status, {"failed": ["Payment failed", "Your card was declined"],
                                    "pending": ["Payment processing"]})
            if not j.no_day:
                p.add("small", f"Attempted on {when(j.date, '%B {d}, %Y')}", date=j.date)
        p.add("rule")
        if not j.no_ref:
            rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
            if status == "success":
                p.pair(rng.choice(["Receipt number", "Receipt #"]), rno, txn=(INVOICE_RANK, rno))
            ino = f"{code(rng, 8, ALNUM)}-{rng.randrange(1, 99):04d}"
            p.pair(rng.choice(["Invoice number", "Invoice #"]), ino, txn=(INVOICE_RANK, ino))
        p.pair("Payment method", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} - {digits(rng, 4)}", method="card")
        p.add("small", "SUMMARY")
        for i, (label, value) in enumerate(lines):
            wrap_pair(p, f"{label}{period if i == 0 else ''}", rs(value))
        if cur == "USD":
            p.add("small", "Reverse charge applies - recipient to pay IGST")
        else:
            p.pair("IGST 18%", rs(tax))
        p.pair("Amount paid" if status == "success" else "Amount due", rs(total))
        p.part = "foot"
        p.add("small", f"Questions? Visit support.{site} or reply to this e-mail.")
        return p.done()
    if form == "autopay":
        p = mail_page(rng, font, f"{name} Billing <billing@{site}>",
                      {"success": ["Subscription charged", "Payment successful for your subscription"],
                       "failed": ["Payment failed for your subscription"],
                       "pending": ["Payment pending for your subscription"]}[status])
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", company)
        p.add("center", {"success": "Subscription charged", "failed": "Payment failed",
                         "pending": "Payment pending - awaiting bank authorisation"}[status], status=status)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {firm},")
        p.pair("Plan", lines[0][0])
        p.pair("Subscription ID", f"sub_{code(rng, 14, MIXED)}")
        for label, value in lines[1:]:
            wrap_pair(p, label, rs(value))
        p.pair("GST @ 18%", rs(tax))
        p.pair(rng.choice(["Amount", "Amount charged"]) if status == "success" else "Amount", rs(total), **facts)
        p.pair("Method", "UPI AutoPay" if way == "UPI" else f"Card mandate {masked(rng, font)}", method=way)
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, MIXED)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
            if status == "success" and way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, {"success": "Charged on", "failed": "Attempted on", "pending": "Initiated on"}[status],
                     stamp(rng, j.date, PATS), date=j.date)
            p.pair("Next charge on", j.other_day(rng, 28, 33))
        if status == "pending":
            p.add("small", "Approve the mandate request in your UPI app to avoid an interruption.")
        p.part = "foot"
        p.add("small", "Cancel or change your plan any time from Settings > Billing.")
        return p.done()
    p = browser_page(rng, font, f"billing.{site}/invoices" + ("" if j.no_ref else f"/{code(rng, 8, MIXED)}"))
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", company)
    p.add("center", rng.choice(["Tax Invoice", "Invoice & payment"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Paid", "Payment received"], "failed": ["Overdue - payment failed"],
                            "pending": ["Payment processing"]})
    if not j.no_ref:
        ino = f"{name[:3].upper()}/{j.year()}{digits(rng, 6)}"
        p.pair("Invoice No.", ino, txn=(INVOICE_RANK, ino))
    wrap_pair(p, "Bill to", firm)
    p.pair("GSTIN", gstin(rng, CITIES[j.town][4]))
    p.add("rule")
    for i, (label, value) in enumerate(lines):
        wrap_pair(p, f"{label}{period if i == 0 else ''}", rs(value))
    p.pair("Taxable value", rs(sub))
    if rng.random() < 0.5:
        p.pair("IGST @ 18%", rs(tax))
    else:
        p.pair("CGST 9% + SGST 9%", rs(tax))
    p.pair(rng.choice(["Total", "Total (INR)"]), rs(total), **facts)
    p.pair("Paid via" if status == "success" else "Payment method",
           {"card": f"Card {masked(rng, font)}", "UPI": "UPI", "netbanking": "Net banking"}[way], method=way)
    if not j.no_ref:
        tid = f"TXN{digits(rng, 12)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    if not j.no_day:
        labelled(p, {"success": "Payment date", "failed": "Attempted on", "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", "This is a computer generated invoice.")
    return p.done()


# ---------------------------------------------------------------- 9. the freelance trainers' payouts


# frame, the bank or platform (None: the chain's own e-mail), band
PAYOUT_FRAMES = [("mail", None, None), ("phone", "ICICI InstaBIZ", (174, 40, 30)), ("browser", "RazorpayX", None),
                 ("mail", None, None), ("phone", "IDFC FIRST Business", (150, 30, 40)),
                 ("browser", "Cashfree Payouts", None), ("mail", None, None), ("phone", "Kotak FYN", (237, 28, 36))]
PAYOUT_MODES = ["IMPS", "IMPS", "NEFT", "NEFT", "UPI", "IMPS", "NEFT", "UPI"]


def trainer_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying a freelance trainer his or her month's fee: the chain's payout statement e-mail (Trainer
    payout statement / Professional fee advice: Payee / Trainer / Paid to the trainer, Trainer code, PAN, Club, For the
    month, PT sessions n x rate, PT revenue share 40% of packages, Group classes, Incentive, Gross fee, Less: TDS u/s
    194J @ 10%, Less: Advance recovered, Net payable / Net amount paid, the account, the mode, UTR / IMPS Ref, Paid on,
    Status), a business banking app (ICICI InstaBIZ, IDFC FIRST Business, Kotak FYN: Beneficiary / Paid to, the
    account or UPI ID, Remarks, refs, Debited from the club's firm) or a payouts dashboard (RazorpayX, Cashfree
    Payouts: Contact / Beneficiary, Fund account, Purpose, Narration, Payout ID / Transfer ID, UTR, Fees + GST (no
    fact), Processed at / Failed at / Queued at); Paid / Processed / Failed - account closed / Queued / Processing."""
    k = place("trainer_payout")
    status = outcome(k, failed=(2,), pending=(7,))
    frame, bank, band = PAYOUT_FRAMES[k]
    mode = PAYOUT_MODES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, town=k)
    trainer = TRAINERS[k].upper() if rng.random() < 0.2 else TRAINERS[k]
    sessions, rate = rng.randint(18, 64), float(rng.choice([400, 450, 500, 600]))
    lines = [(f"PT sessions {sessions} x {rate:g}", sessions * rate)]
    if rng.random() < 0.6:
        sold = float(rng.choice([18000, 24000, 36000, 54000]))
        lines.append((f"PT revenue share 40% of {sold:,.0f}", sold * 0.4))
    if rng.random() < 0.5:
        n = rng.randint(6, 20)
        lines.append((f"Group classes {n} x 600", n * 600.0))
    if rng.random() < 0.3:
        lines.append(("Incentive - transformation challenge", float(rng.choice([2000, 3000, 5000]))))
    gross = round(sum(value for _, value in lines), 2)
    tds = round(gross * 0.10, 2)
    advance = float(rng.choice([0, 0, 2000, 5000]))
    net = round(gross - tds - advance, 2)
    j.amount = net
    month = when(j.date.replace(day=1) - dt.timedelta(days=1), "%B %Y")
    acct = f"XXXX{digits(rng, 4)}"
    head4 = rng.choice(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK"])
    vpa = f"{''.join(ch for ch in TRAINERS[k].lower() if ch.isalpha())[:10]}@{rng.choice(['okhdfcbank', 'ybl'])}"

    def refs(pid_label: str | None) -> None:
        if j.no_ref:
            return
        if pid_label:
            pid = rng.choice([f"pout_{code(rng, 14, MIXED)}", f"TRF{digits(rng, 11)}"]) if frame == "browser" else \
                f"{code(rng, 1, UPPER)}{digits(rng, 11)}"
            labelled(p, pid_label, pid, txn=(TXN_RANK, pid))
        if status == "success":
            if mode == "NEFT":
                ref = neft_utr(head4, rng, j.date)
                labelled(p, rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
            else:
                labelled(p, {"IMPS": rng.choice(["IMPS Ref", "RRN"]), "UPI": "UPI Ref No"}[mode], j.ref,
                         txn=(UTR_RANK, j.ref))

    if frame == "mail":
        p = mail_page(rng, font, "Kinetic Republic Payroll <payouts@kineticrepublic.in>",
                      ["Your payout statement", "Professional fee - payment advice"] if j.no_day
                      else [f"Your payout for {month}", "Your payout statement"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Kinetic Republic")
        p.add("small", CLUBS[0][FIRM])
        p.add("center", rng.choice(["Trainer payout statement", "Professional fee advice"]))
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Payee", "Trainer", "Paid to"]), trainer, merchant=trainer)
        p.pair("Trainer code", f"KRT-{digits(rng, 4)}")
        p.pair("PAN", f"XXXXX{digits(rng, 4)}{code(rng, 1, UPPER)}")
        p.pair("Club", CLUBS[j.town][TRADE])
        if not j.no_day:
            p.pair(rng.choice(["For the month", "Cycle"]), month)
        p.add("rule")
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        p.pair("Gross fee", rs(gross))
        p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
        if advance:
            p.pair("Less: Advance recovered", rs(advance))
        p.pair(rng.choice(["Net payable", "Net amount paid"]), rs(net), amount=net)
        p.pair("Bank account", f"{acct} / {ifsc(rng)}" if mode != "UPI" else vpa)
        p.pair("Mode", mode, method=method_of(mode))
        refs(None)
        if not j.no_day:
            p.pair({"success": rng.choice(["Paid on", "Credited on"]), "failed": "Failed on",
                    "pending": "Initiated on"}[status], j.day(rng), date=j.date)
        p.pair("Status", {"success": "Paid", "failed": "Failed - account closed", "pending": "Processing"}[status],
               status=status)
        p.part = "foot"
        p.add("small", "TDS certificate (Form 16A) for the quarter will be shared by e-mail.")
        return p.done()
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
        dark = p.style["h106"]["dark"]
        head(p, bank, band, dark, ["Pay vendors & staff", f"{mode} transfer"])
        rs = money(rng, font, 0.4)
        p.part = "body"
        outcome_row(p, status, {"success": ["Transfer successful", "Payment sent"], "failed": ["Transfer failed"],
                                "pending": ["Transfer pending", "Under process"]})
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to"]), trainer, merchant=trainer)
        if mode == "UPI":
            p.pair("UPI ID", vpa)
        else:
            p.pair("A/c No.", acct)
            p.pair("IFSC", ifsc(rng))
        p.pair("Mode", mode, method=method_of(mode))
        wrap_pair(p, "Remarks", f"PT fee {sessions} sess" if j.no_day else f"PT fee {month[:3]} - {sessions} sess")
        refs("Transaction ID" if status != "success" or rng.random() < 0.5 else None)
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Date & Time", "Paid on"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        own = CLUBS[j.town][FIRM]
        own = own if fits(p, "pair", f"Debited from {own} XXXX1234   ") else "Current A/c"
        p.pair("Debited from", f"{own} {masked(rng, font)}")
        if status == "failed":
            p.add("small", "Beneficiary account is closed. The amount has been reversed.")
        elif status == "pending":
            p.add("small", "Awaiting confirmation from the beneficiary bank.")
        return p.done()
    host = "x.razorpay.com" if bank == "RazorpayX" else "payouts.cashfree.com"
    p = browser_page(rng, font, f"{host}/payouts" + ("" if j.no_ref else f"/{code(rng, 10, MIXED)}"))
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, bank)
    p.add("small", f"{CLUBS[j.town][FIRM]}  |  Current A/c XXXX{digits(rng, 4)}")
    p.add("center", rng.choice(["Payout details", "Transfer details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Processed", "Success"], "failed": ["Failed - account closed", "Reversed"],
                            "pending": ["Queued", "Processing"]})
    p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Contact", "Beneficiary"]), trainer, merchant=trainer)
    p.pair("Fund account", f"{acct} ({ifsc(rng)})" if mode != "UPI" else vpa)
    p.pair("Mode", mode, method=method_of(mode))
    p.pair("Purpose", rng.choice(["payout", "vendor bill", "professional fee"]))
    p.pair("Narration", "KR PT FEE")
    p.pair("Fees", f"{rs(3.0)} + GST {rs(0.54)}")
    refs(rng.choice(["Payout ID", "Transfer ID"]))
    if not j.no_day:
        labelled(p, {"success": "Processed at", "failed": "Failed at", "pending": "Queued at"}[status],
                 stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", "Payouts are processed from your current account balance.")
    return p.done()


# ---------------------------------------------------------------- 10. the class-booking platforms' settlements


AGGS = [("cult.fit", "cult.fit", "mail", None), ("FITPASS", "fitpass.co.in", "phone", (230, 30, 90)),
        ("ClassPass", "classpass.com", "browser", None), ("Fitternity", "fitternity.com", "mail", None),
        ("Wellhub", "wellhub.com", "browser", None), ("Gympik", "gympik.com", "phone", (0, 150, 136)),
        ("Playo", "playo.co", "mail", None), ("Hudle", "hudle.in", "browser", None)]


def booking_settlement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A class-booking or corporate-wellness platform settling a cycle's visits to the club (cult.fit, FITPASS,
    ClassPass, Fitternity, Wellhub, Gympik, Playo, Hudle; its e-mail, its partner app or its partner portal): the
    platform on top (the payer), Settlement advice / Partner settlement / Payout statement, Partner / Centre / Settled
    to the club (the payee), Centre ID / Partner code / Venue ID, Settlement cycle / Visits between (no fact),
    Check-ins / Visits / Sessions attended, Rate per check-in, class bookings and a no-show share on some, Gross
    earnings, Less: Platform fee n%, GST @ 18% on the fee, TDS u/s 194-O, TCS under GST on some, Net settlement /
    Amount credited / Net payable, the account, NEFT / IMPS, Settlement ID, UTR / IMPS Ref / Bank Ref, Settled on /
    Credited on / Failed on / Initiated on; Settled / Credited / Failed - bank account inactive / In process."""
    k = place("booking_settlement")
    status = outcome(k, failed=(5,), pending=(1,))
    name, site, frame, band = AGGS[k]
    mode = rng.choice(["NEFT", "IMPS"])
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, firm=0.45, caps=0.2)
    visits = rng.randint(40, 420)
    rate = float(rng.choice([120, 150, 180, 220, 250]))
    lines = [(f"{rng.choice(['Check-ins', 'Visits', 'Sessions attended'])} {visits} x {rate:g}", visits * rate)]
    if rng.random() < 0.4:
        n = rng.randint(10, 80)
        lines.append((f"Class bookings {n} x 300", n * 300.0))
    if rng.random() < 0.3:
        lines.append(("No-show fee share", float(rng.choice([450, 900, 1350]))))
    gross = round(sum(value for _, value in lines), 2)
    pct = rng.choice([10, 12, 15, 18, 20])
    fee = round(gross * pct / 100, 2)
    gst = round(fee * 0.18, 2)
    tds = round(gross * 0.001, 2)
    tcs = round(gross * 0.005, 2) if rng.random() < 0.5 else 0.0
    net = round(gross - fee - gst - tds - tcs, 2)
    j.amount = net
    subjects = ["Settlement advice", "Your partner payout", "Payout statement"]
    if frame == "mail":
        p = mail_page(rng, font, f"{name} Partner Payments <settlements@{site}>", subjects)
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "phone":
        p = phone_page(rng, font, k, ["", "Settlements", "Payout details"])
        dark = p.style["h106"]["dark"]
        head(p, f"{name} Partner", band, dark, ["Partner app", "Settlements"])
        rs = money(rng, font, 0.2)
    else:
        p = browser_page(rng, font, f"partners.{site}/settlements" + ("" if j.no_ref else f"/{digits(rng, 7)}"))
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    if frame != "phone":
        top(p, name)
    p.add("center", rng.choice(["Settlement advice", "Partner settlement", "Payout statement"]))
    p.add("rule")
    p.part = "body"
    if frame == "phone":
        outcome_row(p, status, {"success": ["Settled", "Credited"], "failed": ["Failed - bank account inactive"],
                                "pending": ["In process"]})
        p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Partner", "Centre", "Settled to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Centre ID", "Partner code", "Venue ID"]), rng.choice([digits(rng, 6), f"P{digits(rng, 5)}"]))
    if not j.no_day:
        end = j.date - dt.timedelta(days=rng.randrange(3, 8))
        start = end - dt.timedelta(days=rng.choice([6, 13, 14]))
        p.pair(rng.choice(["Settlement cycle", "Visits between"]),
               f"{when(start, '{d} %b')} - {when(end, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}")
    p.add("rule")
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    p.pair("Gross earnings", rs(gross))
    p.pair(f"Less: Platform fee {pct}%", rs(fee))
    p.pair("Less: GST @ 18% on fee", rs(gst))
    p.pair("Less: TDS u/s 194-O", rs(tds))
    if tcs:
        p.pair("Less: TCS under GST", rs(tcs))
    label = {"success": rng.choice(["Net settlement", "Amount credited"]), "failed": "Net payable",
             "pending": rng.choice(["Net payable", "Net settlement"])}[status]
    p.pair(label, rs(net), **({} if frame == "phone" else {"amount": net}))
    p.pair(rng.choice(["Bank account", "Settled to A/c"]), f"{rng.choice(['HDFC Bank', 'ICICI Bank', 'Axis Bank'])} "
                                                           f"XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Mode", "Transfer mode"]), mode, method="netbanking")
    if not j.no_ref:
        sid = rng.choice([f"STL{digits(rng, 10)}", f"SET-{code(rng, 8, ALNUM)}"])
        labelled(p, rng.choice(["Settlement ID", "Payout ref"]), sid, txn=(TXN_RANK, sid))
        if status == "success":
            if mode == "IMPS":
                labelled(p, rng.choice(["IMPS Ref", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif j.no_day:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                labelled(p, "Bank Ref", bref, txn=(BANK_RANK, bref))
            else:
                ref = neft_utr(rng.choice(["YESB", "ICIC", "HDFC", "CITI"]), rng, j.date)
                labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Settled on", "Credited on"]), "failed": "Failed on",
                     "pending": "Initiated on"}[status], j.day(rng) if frame == "mail" else stamp(rng, j.date, PATS),
                 date=j.date)
    if frame != "phone":
        p.pair("Status", {"success": rng.choice(["Settled", "Credited"]), "failed": "Failed - bank account inactive",
                          "pending": "In process"}[status], status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Visit-wise details are in the partner dashboard under Settlements.",
                               "TDS certificates are issued quarterly. Raise disputes within 7 days."]))
    return p.done()


# ---------------------------------------------------------------- 11. a cancelled membership's refund


REFUND_FRAMES = ["mail", "browser", "browser", "mail", "sms", "browser", "mail", "browser"]
REFUND_WAYS = ["card", "UPI", "netbanking", "UPI", "IMPS", "card", "IMPS", "UPI"]
GATEWAYS = {1: "Easebuzz", 2: "PayU", 5: "CCAvenue", 7: "PhonePe PG"}
GATEWAY_URLS = {"Easebuzz": "dashboard.easebuzz.in/refunds", "PayU": "onepayu.payu.in/transactions/refunds",
                "CCAvenue": "dashboard.ccavenue.com/refund/status", "PhonePe PG": "business.phonepe.com/refunds"}
SMS_BANKS = [("Federal Bank", "FEDBNK"), ("Canara Bank", "CANBNK"), ("Kotak Bank", "KOTAKB")]


def membership_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The club refunding a cancelled membership, pro rata: the chain's member-care e-mail (Membership cancellation
    - refund: Member / Refund to / Member name the member, Member ID, Plan, Plan start and Cancelled on (no fact), Fee
    paid, months used, Less: usage pro rata, Less: Cancellation fee, Refund amount, Refund mode, Refund Ref No., ARN /
    RRN / IMPS Ref, Refunded on / Failed on / Initiated on, Status), its payment gateway's refund page in a browser
    (Easebuzz, PayU, CCAvenue, PhonePe PG: Customer the member, Order ID and Original payment ID (no fact), Refund type
    Partial / Full, Refund ID, ARN / Bank RRN), or the member's bank SMS of the IMPS credit ("Dear Customer, A/c XX1234
    credited with Rs... by IMPS from KINETIC REPUBLIC..."; it names no payee); Refund processed / Refunded / Refund
    failed / Failed / Refund initiated / Pending."""
    k = place("membership_refund")
    status = outcome(k, failed=(0,), pending=(6,))
    frame, way = REFUND_FRAMES[k], REFUND_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    member = j.member.upper() if rng.random() < 0.15 else j.member
    plan, months, fee = rng.choice(PLANS[2:])
    paid = round(fee * 1.18, 2)
    used = rng.randint(1, months - 1)
    usage = round(paid * used / months, 2)
    cancel = float(rng.choice([0, 500, 1000, 1500]))
    refund = round(paid - usage - cancel, 2)
    j.amount = refund
    if frame == "sms":
        bank, sender = rng.choice(SMS_BANKS)
        text = (f"Dear Customer, A/c XX{digits(rng, 4)} credited with Rs.{refund:,.2f} on "
                f"{when(j.date, rng.choice(['%d-%m-%y', '%d/%m/%Y', '%d%b%y']))} by IMPS from "
                f"{CLUBS[j.town][FIRM].upper()[:22].strip()} (refund). IMPS Ref No {j.ref}. "
                f"Avl Bal Rs.{rupees(rng, 2000, 90000, 0.0):,.2f} -{bank}")
        assert glyphs(font, text), (font, text)
        p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
        p.style["h106"].update({"sender": f"{rng.choice(['VM', 'AD', 'JD'])}-{sender}-S",
                                "divider": rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y")]),
                                "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)})
        p.add("left", text, amount=refund, method="netbanking", status="success", date=j.date,
              txn=(UTR_RANK, j.ref))
        return p.done()
    refund_of = {"card": f"Original card {masked(rng, font)}", "UPI": "Source UPI account",
                 "netbanking": "Source - net banking", "IMPS": f"IMPS to A/c XXXX{digits(rng, 4)}"}[way]
    method = method_of(way) if way != "IMPS" else "netbanking"
    if frame == "mail":
        p = mail_page(rng, font, "Kinetic Republic Member Care <care@kineticrepublic.in>",
                      ["Your membership refund", "Membership cancellation - refund update"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, CLUBS[j.town][TRADE])
        p.add("center", rng.choice(["Membership cancellation - refund", "Refund statement"]))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {member.split()[0].title()}, we are sorry to see you go.")
        wrap_pair(p, rng.choice(["Member", "Refund to", "Member name"]), member, merchant=member)
    else:
        gw = GATEWAYS[k]
        p = browser_page(rng, font, GATEWAY_URLS[gw] + ("" if j.no_ref else f"/{digits(rng, 9)}"))
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{CLUBS[j.town][FIRM]} - merchant dashboard")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refunded", "Refund processed"], "failed": ["Failed"],
                                "pending": ["Pending", "Refund initiated"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Customer name"]), member, merchant=member)
        if not j.no_ref:
            p.pair("Order ID", f"KR{CODES[j.town]}{digits(rng, 7)}")
    p.pair("Member ID", member_id(rng, j.town))
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        p.pair(rng.choice(["Plan start", "Joined on"]), j.other_day(rng, -(used * 30 + 20), -(used * 30)))
        p.pair("Cancelled on", j.other_day(rng, -9, -2))
    p.pair("Fee paid", rs(paid))
    p.pair(f"Less: usage {used} of {months} months", rs(usage))
    if cancel:
        p.pair("Less: Cancellation fee", rs(cancel))
    if frame == "mail":
        p.pair(rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
    else:
        p.pair("Refund type", "Partial")
    p.pair(rng.choice(["Refund mode", "Refunded to"]), refund_of, method=method)
    if not j.no_ref:
        rid = {"mail": f"RF{CODES[j.town]}{digits(rng, 7)}", "Easebuzz": f"R{digits(rng, 12)}",
               "PayU": digits(rng, 11), "CCAvenue": digits(rng, 12),
               "PhonePe PG": f"OMR{digits(rng, 18)}"}[frame if frame == "mail" else GATEWAYS[k]]
        labelled(p, rng.choice(["Refund Ref No.", "Refund ID"]), rid, txn=(TXN_RANK, rid))
        if status == "success":
            if way == "card":
                arn = digits(rng, 23)
                labelled(p, "ARN", arn, txn=(UTR_RANK, arn))
            else:
                labelled(p, {"UPI": "RRN", "netbanking": "Bank Ref No", "IMPS": "IMPS Ref No"}[way], j.ref,
                         txn=(UTR_RANK, j.ref))
        if frame == "browser" and rng.random() < 0.6:
            p.pair("Original payment ID", digits(rng, 12))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Refunded on", "Processed on"]), "failed": "Failed on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if frame == "mail":
        p.pair("Status", {"success": "Refund processed", "failed": "Refund failed",
                          "pending": "Refund initiated"}[status], status=status)
        if status == "failed":
            p.add("small", "Your card issuer could not accept the refund. Please share your bank details.")
        else:
            p.add("small", "Card refunds reach your account in 5-7 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["We hope to see you back on the floor soon.",
                               "Refunds are pro rata as per the membership terms."]))
    return p.done()


# ---------------------------------------------------------------- 12. the municipal trade licence fee and GST


# the corporation (None: GST), its short name, the form, the frame, the city
GOV = [("Bruhat Bengaluru Mahanagara Palike", "BBMP", "licence", "browser", 0),
       ("Greater Hyderabad Municipal Corporation", "GHMC", "licence", "paper", 2),
       (None, None, "bank", "browser", 1),
       ("Greater Chennai Corporation", "GCC", "licence", "paper", 3),
       ("Kolkata Municipal Corporation", "KMC", "licence", "browser", 5),
       (None, None, "portal", "paper", 4),
       ("Amdavad Municipal Corporation", "AMC", "licence", "browser", 6),
       (None, None, "bank", "browser", 7)]
GOV_WAYS = ["netbanking", "UPI", "netbanking", "card", "netbanking", "netbanking", "UPI", "netbanking"]
GST_BANKS = {2: ("HDFC Bank NetBanking", "netbanking.hdfcbank.com/netbanking/gst/counterfoil", "HDFC"),
             5: ("State Bank of India", "", "SBIN"),
             7: ("Kotak Net Banking", "netbanking.kotak.com/knb2/taxpayment/gstack", "KKBK")}
WARDS = ["Ward 88 - HAL Airport", "Circle 18 - Jubilee Hills", "", "Zone 8 - Anna Nagar", "Borough II - Ward 32",
         "", "Ward 23 - Jodhpur", ""]


def licence_gst(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The club's municipal trade licence fee (BBMP, GHMC, Greater Chennai Corporation, Kolkata Municipal
    Corporation, Amdavad Municipal Corporation; its portal in a browser or printed) or its GST (a bank's e-payment
    counterfoil in net banking, the GST portal's Payment Receipt printed): the corporation on top (the payee; its
    department under it), Trade Licence - Payment Receipt / e-Receipt, Receipt No., Application No., Trade Licence
    No., Trade name, Licensee, Trade category (Gymnasium / Fitness centre), Ward / Circle / Zone, Licence year / Valid
    upto (no fact), Trade licence fee, SWM cess, Signboard fee, Penalty, Total / Amount paid, Payment gateway (no
    fact), Mode, Transaction ID, Bank Ref No., UPI Ref No, Payment date / Paid on / Attempted on / Initiated on; or the
    bank on top, e-Payment of GST - Challan counterfoil, GSTIN, Taxpayer name, CPIN, CGST / SGST (Tax, Interest),
    Total amount, Debit account, Bank Reference No. / CIN, Payment date; Success / Payment successful / Failed - CPIN
    expired / Pending - awaiting confirmation from GSTN / Transaction failed."""
    k = place("licence_gst")
    status = outcome(k, failed=(7,), pending=(2,))
    corp, short, form, frame, town = GOV[k]
    way = GOV_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, town=town)
    if frame == "browser":
        url = f"{short.lower()}.gov.in/tradelicence/payment/receipt" if form == "licence" else GST_BANKS[k][1]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    lines: list[tuple[str, float]] = []
    if form == "licence":
        name = corp if rng.random() < 0.7 else short
        top(p, name, merchant=name)
        p.add("small", rng.choice(["Health Department - Trade Licence", "Revenue Department - Trade Licence Section"]))
        p.add("center", rng.choice(["Trade Licence - Payment Receipt", "e-Receipt", "Trade Licence Renewal - Receipt"]))
    elif form == "bank":
        top(p, GST_BANKS[k][0])
        p.add("center", rng.choice(["e-Payment of GST - Challan counterfoil", "GST payment acknowledgement"]))
    else:
        top(p, "Goods and Services Tax")
        p.add("small", "Government of India / State Governments")
        p.add("center", "Payment Receipt")
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment successful", "Success"],
                                "failed": ["Failed - CPIN expired", "Transaction failed"],
                                "pending": ["Pending - awaiting confirmation from GSTN"]})
    if form == "licence":
        if not j.no_ref:
            rno = f"{short}/TL/{j.year()}{digits(rng, 7)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        p.pair("Application No.", f"{short}{digits(rng, 9)}")
        p.pair(rng.choice(["Trade Licence No.", "Licence No."]), f"{code(rng, 2, UPPER)}/{digits(rng, 6)}")
        wrap_pair(p, rng.choice(["Trade name", "Name of trade"]), CLUBS[town][TRADE])
        wrap_pair(p, rng.choice(["Licensee", "Name of licensee"]), CLUBS[town][FIRM])
        p.pair(rng.choice(["Trade category", "Trade type"]), rng.choice(["Gymnasium / Fitness centre",
                                                                          "Health club & gym",
                                                                          "Physical fitness centre"]))
        if WARDS[k]:
            p.pair(rng.choice(["Ward", "Ward / Zone"]), WARDS[k])
        if not j.no_day:
            year = j.date.year if j.date.month >= 4 else j.date.year - 1
            if rng.random() < 0.5:
                p.pair("Licence year", f"{year}-{(year + 1) % 100:02d}")
            else:
                p.pair("Valid upto", when(dt.date(year + 1, 3, 31), rng.choice(DAY_PATS)))
        lines.append((rng.choice(["Trade licence fee", "Licence fee"]), float(rng.choice([5000, 7500, 12000, 18000]))))
        if short == "BBMP":
            lines.append(("SWM cess", float(rng.choice([600, 1200]))))
        if rng.random() < 0.4:
            lines.append(("Signboard fee", float(rng.choice([1000, 2500]))))
        if rng.random() < 0.35:
            lines.append(("Penalty (late renewal)", float(rng.choice([500, 1250, 2500]))))
    else:
        p.pair("GSTIN", gstin(rng, CITIES[town][4]))
        wrap_pair(p, rng.choice(["Taxpayer name", "Legal name"]), CLUBS[town][FIRM].upper())
        if not j.no_ref:
            cpin = f"{j.date:%y}{j.date.month:02d}{CITIES[town][4]}{digits(rng, 8)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        tax = float(whole(rng.uniform(12000, 160000), 1))
        lines = [("CGST - Tax", tax), ("SGST - Tax", tax)]
        if rng.random() < 0.3:
            lines.append(("CGST - Interest", float(rng.randrange(60, 1800))))
            lines.append(("SGST - Interest", lines[-1][1]))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = round(sum(value for _, value in lines), 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Amount paid"]) if form == "licence" else
           rng.choice(["Total amount", "Total challan amount"]), rs(total), amount=total)
    if form == "licence":
        p.pair("Payment gateway", rng.choice(["SBIePay", "BillDesk", "PayU"]))
        p.pair(rng.choice(["Mode", "Payment mode"]), {"netbanking": "Net banking", "UPI": "UPI",
                                                      "card": "Debit card"}[way], method=way)
    elif form == "bank":
        p.pair("Debit account", f"Current A/c {masked(rng, font)}", method="netbanking")
    else:
        p.pair("Mode of payment", "E-Payment (net banking)", method="netbanking")
        p.pair("Bank name", GST_BANKS[k][0])
    if not j.no_ref:
        if form == "licence":
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 11)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                if way == "UPI":
                    labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                    labelled(p, rng.choice(["Bank Ref No.", "Bank Txn No."]), bref, txn=(BANK_RANK, bref))
        elif status == "success":
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, rng.choice(["Bank Reference No.", "BRN"]), bref, txn=(BANK_RANK, bref))
            cin = f"{GST_BANKS[k][2]}{j.date:%y}{digits(rng, 14)}"
            labelled(p, "CIN", cin, txn=(TXN_RANK, cin))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payment date", "Paid on", "Date of deposit"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS) if frame == "browser"
                 else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", {"success": rng.choice(["Success", "Paid"]), "failed": "Failed",
                          "pending": "Pending"}[status], status=status)
    if status == "pending":
        p.add("small", "Do not pay again. The CPIN will be updated once the bank confirms.")
    p.part = "foot"
    p.add("small", "Display the licence at the premises." if form == "licence"
          else "This is a system generated acknowledgement and needs no signature.")
    return p.done()


compose = compose121

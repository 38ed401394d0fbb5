"""The twelve heldout146 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a co-working space operator's day in 2026 (one centre in each of Indore, Kochi,
Jaipur, Chandigarh, Bhubaneswar, Vadodara, Mysuru and Nashik, a trade name and the company or LLP that runs it),
told by the proofs of payment it receives and makes: members' UPI for desks, cabins, day passes and meeting rooms
(a UPI AutoPay mandate's monthly debit on some), member companies' NEFT / RTGS / IMPS for cabin rent and their
accounts teams' payment advices net of TDS, the reception's card terminal slips (a card surcharge on some, a dynamic
UPI QR), the booking platforms' payouts for day passes and meeting-room hours and the ticketing platforms' event
tickets and payouts, the operator's own membership invoices cum receipts and security deposit receipts (an eNACH
debit on one), the landlords' lease-rent invoices and receipts and the operator's bank transfers to them, electricity
through Bharat Connect and the internet providers' own receipts, the housekeeping, cafe, water, pest-control and
plant-rental vendors' bills, the space-management and office software's subscriptions (in pounds, dollars and euros
on some), refunds of members' security deposits and of cancelled bookings, property tax, trade and signboard
licences, and GST and TDS challans. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, plans, seats, cabins, items, members' names and
ids, mandate limits, validity and next-debit days, UMNs and UMRNs, invoice numbers and days under an advice or a
refund, gross invoice values, GST, TDS and TCS lines, commissions, fees and gateway charges, booking periods, event
days and venues, ticket codes, lessors' PANs, areas and rates, rent months, consumer and account numbers, bill
months, loads, units, plans, bill invoice numbers, original payment ids, property ids, licence numbers, wards,
financial and assessment years, tax periods, BSR codes and challan serials, GSTIN, IFSC, account numbers, MID, TID,
batch, TC, TVR and the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and
marks, heldout129's rubber stamp).
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
TOWNS = [("Indore", "452010", "Vijay Nagar", "Madhya Pradesh", "23"),
         ("Kochi", "682020", "Kadavanthra", "Kerala", "32"),
         ("Jaipur", "302017", "Malviya Nagar", "Rajasthan", "08"),
         ("Chandigarh", "160022", "Sector 34", "Chandigarh", "04"),
         ("Bhubaneswar", "751024", "Patia", "Odisha", "21"),
         ("Vadodara", "390007", "Alkapuri", "Gujarat", "24"),
         ("Mysuru", "570017", "Vijayanagar", "Karnataka", "29"),
         ("Nashik", "422005", "College Road", "Maharashtra", "27")]
# the centre in each town: its trade name, the company or LLP that runs it
TRADE, FIRM = range(2)
SPACES = [("DeskNest Cowork", "DeskNest Workspaces Pvt Ltd"),
          ("The Backwater Hub", "Kayal Flexi Spaces LLP"),
          ("Pink City Desks", "Haveli Workspaces Pvt Ltd"),
          ("Plaza 34 Coworks", "Tricity Cowork Pvt Ltd"),
          ("Kalinga Co-Lab", "Kalinga Colab Spaces LLP"),
          ("Baroda Commons", "Sayaji Workspace Solutions Pvt Ltd"),
          ("Chamundi Workhub", "Mysore Flexi Offices LLP"),
          ("Godavari Coworks", "Vineyard Workspaces Pvt Ltd")]
SLUGS = ["desknest", "backwaterhub", "pinkcitydesks", "plaza34", "kalingacolab", "barodacommons", "chamundihub",
         "godavaricoworks"]
CODES = ["DNC", "TBH", "PCD", "PTC", "KCL", "BCM", "CWH", "GCW"]
BUILDINGS = ["Apollo Square", "Kadavanthra Trade Centre", "Ganpati Plaza", "SCO 112-113", "Infocity Arcade",
             "Race Course Towers", "Kamakshi Chambers", "Thatte Nagar Business Park"]
# a member company in each town and its mail domain
MEMBERS = ["Zestbyte Labs Pvt Ltd", "Tideline Analytics LLP", "Kothi Crafts Pvt Ltd", "Fieldloop Technologies Pvt Ltd",
           "Odisha Agritech Solutions Pvt Ltd", "Navrang Design Studio LLP", "Silkroute Software Pvt Ltd",
           "Grapevine Media LLP"]
MEMBER_SLUGS = ["zestbyte", "tideline", "kothicrafts", "fieldloop", "odishaagritech", "navrangdesign", "silkroute",
                "grapevinemedia"]
PEOPLE = ["Aditi Khandelwal", "Rohan Menon", "Ishita Saxena", "Gurpreet Kaur", "Subhashree Mohanty", "Parth Desai",
          "Karthik Gowda", "Sayali Joshi", "Mohit Bansal", "Neeraj Pillai", "Tanmay Rath", "Fatima Sheikh"]
BANK_HEADS = [("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("State Bank of India", "SBIN"), ("Axis Bank", "UTIB"),
              ("Kotak Mahindra Bank", "KKBK"), ("Canara Bank", "CNRB")]
BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Federal Bank", "IDFC FIRST Bank", "Punjab National Bank"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. Show this screen at the reception."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%y", "%Y-%m-%d"]
EVENTS = ["Founders' Friday Mixer", "Product Teardown Night", "Women in Tech Breakfast", "Startup Legal 101 Workshop",
          "Open Mic & Pizza Night", "Pitch Practice Evening", "Design Sprint Bootcamp", "Investor Office Hours"]


def space(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.2) -> str:
    """The centre as a payee: its trade name, its company's on some, in capitals on some."""
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


# ---------------------------------------------------------------- 1. a member's UPI for a desk, a cabin or a pass


UPI_ORDER = ["Google Pay", "Paytm", "PhonePe", "BHIM", "Amazon Pay", "Paytm", "Navi", "Google Pay"]
AUTOPAY = (2, 5, 7)
DESK_NOTES = ["Day pass", "Hot desk - 10 day pack", "Dedicated desk rent", "Cabin rent", "Meeting room 2 hrs",
              "Virtual office plan", "Desk + locker", "Boardroom booking", "Podcast studio 1 hr", "Team room - 4 seats"]
MANDATES = ["Dedicated desk - monthly", "Hot desk plan", "Private cabin (4 seats)", "Virtual office - business address",
            "Flexi pass - 12 days a month"]


def autopay_screen(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """A UPI AutoPay mandate's monthly debit in the member's app: the outcome, the sum large, Merchant / Mandate to /
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
        p.pair("Reason", rng.choice(["Insufficient balance", "Mandate paused by bank", "Daily debit limit exceeded"]))
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


def desk_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A member's UPI app paying the centre for a desk, a cabin, a day pass or a meeting room (Google Pay, Paytm, BHIM,
    Amazon Pay, Navi; dark on some): heldout125's result screen, the centre (its company on some) under Paid to / To /
    Sent to (Paying to / Payment to on a wait), the app's own id on some, a Note / Message / For / Remarks (Day pass,
    Hot desk - 10 day pack, Meeting room 2 hrs) on most; or a UPI AutoPay mandate's monthly debit for the desk plan
    (PhonePe, Paytm, Google Pay) with the company under Merchant / Mandate to / Paid to, Max amount / Mandate limit and
    the UMN; Payment Successful / Paid successfully / Transaction Successful / Money sent / AutoPay payment successful /
    Monthly payment done / Mandate executed / AutoPay payment failed / Mandate execution failed / Payment Pending /
    Payment processing / Transaction pending."""
    k = place("desk_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=450, high=45000, p_round=0.85, firm=0.2)
    app = UPI_ORDER[k]
    if k in AUTOPAY:
        j.to = SPACES[j.town][FIRM].upper() if rng.random() < 0.35 else SPACES[j.town][FIRM]
        j.amount = float(rng.choice([4720, 5900, 7080, 8850, 10620, 11800, 14160, 17700, 23600]))
        return autopay_screen(rng, font, k, app, j)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([500, 590, 1180, 1500, 2360, 4500, 5900, 8850, 12000]))
    p = upi_result(rng, font, k, app, status, j, SPACES[j.town][TRADE], WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "For", "Remarks"]), rng.choice(DESK_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. a member company's transfer and payment advice


XFER = {0: ("HDFC Bank Corporate NetBanking", None, "web", "NEFT", "HDFC"),
        1: ("ICICI InstaBIZ", (150, 36, 28), "app", "IMPS", "ICIC"),
        3: ("Kotak FYN", None, "web", "RTGS", "KKBK"),
        5: ("Axis neo for business", (151, 20, 77), "app", "NEFT", "UTIB"),
        6: ("RBL MoBank", (33, 64, 154), "app", "IMPS", "RATN")}
XFER_URLS = {"HDFC Bank Corporate NetBanking": "corp.hdfcbank.com/ebanking/neft/acknowledgement",
             "Kotak FYN": "fyn.kotak.com/payments/rtgs/status"}
XFER_NOTES = ["Desk rent - 6 seats", "Cabin rent + meeting credits", "Membership fee", "Security deposit - cabin",
              "Virtual office - annual", "Team room rent"]
ADVICE_MODES = {2: "NEFT", 4: "IMPS", 7: "RTGS"}


def payment_advice(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A member company's accounts team's PAYMENT ADVICE / Remittance Advice / Vendor Payment Advice e-mail: the
    member on top (the payer), Vendor / Payee / Paid to the centre's company (the payee), Vendor code / Supplier code,
    the invoices paid with their numbers and days (no id), Gross invoice value, Less: TDS u/s 194-I(b) @ 10% or u/s
    194C @ 2%, Net amount paid / Amount remitted / Net payment (the sum), Payment mode, Credited to and IFSC, UTR No. /
    UTR / IMPS Ref No. and Payment doc No. / Payment voucher No., Payment date / Value date, Status Paid / Processed /
    Remitted."""
    mode = ADVICE_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=False, town=k, firm=0.8, caps=0.3)
    payer = MEMBERS[k]
    p = mail_page(rng, font, f"{payer.split(' Pvt')[0].split(' LLP')[0]} Accounts <"
                             f"{rng.choice(['ap', 'payables', 'accounts'])}@{MEMBER_SLUGS[k]}.in>",
                  ["Payment advice", "Remittance advice - vendor payment", "Payment intimation"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts payable", "Finance & accounts"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance Advice", "Vendor Payment Advice"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam,")
    p.add("left", rng.choice(["We have released the payment below to your bank account.",
                              "Please find below the details of our payment to you."]))
    wrap_pair(p, rng.choice(["Vendor", "Payee", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP'])}{digits(rng, 6)}")
    p.add("rule")
    low, high = (220000, 520000) if mode == "RTGS" else (9000, 160000)
    bases = [whole(rng.uniform(low, high) / 1.18, 100) for _ in range(rng.choice([1, 1, 2]))]
    gross = 0.0
    for base in bases:
        value = round(base * 1.18, 2)
        gross += value
        if j.no_ref:
            label = f"Membership invoice ({rng.choice(['desks', 'cabin', 'meeting credits'])})"
        else:
            billed = j.date - dt.timedelta(days=rng.randrange(3, 40))
            label = f"Inv {CODES[k]}/{fy(billed)}/{rng.randrange(100, 2999):04d} dt {when(billed, rng.choice(DAY_PATS))}"
        wrap_pair(p, label, rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross invoice value", "Total invoice amount"]), rs(gross))
    rate, section = rng.choice([(0.10, "194-I(b) @ 10%"), (0.02, "194C @ 2%")])
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
        ref = {"NEFT": neft_utr(rng.choice(heads), rng, j.date), "RTGS": rtgs_utr(rng.choice(heads), rng, j.date),
               "IMPS": j.ref}[mode]
        p.pair("IMPS Ref No." if mode == "IMPS" else rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment doc No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Payment date", "Value date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Paid", "Processed", "Remitted"]), status="success")
    p.add("small", "TDS certificate in Form 16A will be shared after the quarter's TDS return is filed.")
    p.part = "foot"
    p.add("small", "System generated advice - please do not reply to this mail.")
    return p.done()


def tenant_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A member company paying the centre for its cabin or desks: its bank after an NEFT, RTGS or IMPS (HDFC Bank
    Corporate NetBanking, ICICI InstaBIZ, Kotak FYN, Axis neo for business, RBL MoBank; heldout124's page, the centre's
    company under Beneficiary / Vendor name / Pay to / Credit to, the account and IFSC, the mode, UTR / IMPS Ref No /
    RRN and the bank's Bank Ref No. / Reference No. / Transaction ID on some, the day, the debit account, Remarks /
    Narration / Purpose, Debit account name / Remitter and Created by / Maker, Approved by / Checker on the web pages)
    or its accounts team's payment advice e-mail (three)."""
    k = place("tenant_transfer")
    status = outcome(k, failed=(3,), pending=(6,))
    if k not in XFER:
        return payment_advice(rng, font, k, status)
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (6000, 200000), "NEFT": (15000, 480000), "RTGS": (200000, 900000)}[mode]
    j = Job(rng, status, no_ref=False, no_day=k == 1, low=low, high=high, p_round=0.7, firm=0.6, caps=0.4, town=k)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay vendor", payee_labels=["Beneficiary", "Vendor name", "Pay to", "Credit to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
                  txn_label="Transaction ID")
    note = rng.choice(XFER_NOTES)
    if not j.no_day and rng.random() < 0.4:
        note = f"Inv {CODES[k]}/{fy(j.date)}/{rng.randrange(100, 2999):04d} less TDS"
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), note)
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Debit account name", "Remitter"]), MEMBERS[k])
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["fin.exec01", "ap_team2", "r.sharma.acc"]))
        p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["cfo.approve", "founder1", "fin_head"]))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 3. the reception's card terminal slips


MAKERS = ["PINE LABS", "RAZORPAY POS", "AXIS BANK", "BHARATPE SWIPE", "KOTAK BANK", "INNOVITI", "YES BANK",
          "SBI PAYMENTS"]
CARD_ITEMS = ["DAY PASS X{n}", "MEETING ROOM {n} HRS", "HOT DESK 10-DAY PACK", "BOARDROOM HALF DAY",
              "PRINT CREDITS {n}00", "EVENT HALL 4 HRS", "PODCAST ROOM {n} HRS", "LOCKER - QUARTERLY"]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y", "%d.%m.%y"]


def reception_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The reception's card terminal slip for a day pass, a meeting room or print credits (Pine Labs, Razorpay POS,
    Axis Bank, BharatPe Swipe, Kotak Bank, Innoviti, Yes Bank, SBI Payments; monospace): the maker on top on some, the
    centre in capitals (its company on some; the payee), its locality and town, SALE / CARD SALE / CONTACTLESS SALE /
    UPI QR SALE, DATE <day>  TIME <hour> on one row, TXN DATE: and TXN TIME: or DATE/TIME:, MERCHANT ID / MID,
    TERMINAL ID / TID, BATCH, ROC / INVOICE / BILL NO, ITEM / DESC (DAY PASS X3), CARD NUM, EXP **/**, APP, ENTRY, TC
    and TVR and CARDHOLDER on some, APPR CODE / AUTH NO, RRN / REF NUM, or MODE UPI - DYNAMIC QR, PAYER VPA and QR TXN
    ID; BASE AMT, CONV FEE n% / SURCHARGE and TOTAL AMT / TOTAL on two, AMOUNT / SALE AMOUNT / TOTAL on the rest (INR,
    RS., Rs or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED with its RC / PAYMENT PENDING
    (VERIFY ON DASHBOARD BEFORE ISSUING PASS)."""
    k = place("reception_card")
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
        p.add("small", "VERIFY ON DASHBOARD BEFORE ISSUING PASS")
    p.part = "foot"
    if status == "success" and not upi:
        p.add("small", rng.choice(["PIN VERIFIED - NO SIGNATURE REQUIRED", "TAP & GO - NO PIN REQUIRED"]))
    p.add("small", rng.choice(["** CUSTOMER COPY **", "MERCHANT COPY", "THANK YOU - HAPPY COWORKING"]))
    if rng.random() < 0.5:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 4. booking platforms' payouts and event tickets


# platform, its site, frame, kind (payout, ticket, events), its app's band
PLATFORMS = [("myHQ", "myhq.in", "mail", "payout", None), ("GoFloaters", "gofloaters.com", "browser", "payout", None),
             ("Townscript", "townscript.com", "mail", "ticket", None),
             ("Stylework", "stylework.city", "app", "payout", (255, 102, 0)),
             ("Qdesq", "qdesq.com", "browser", "payout", None), ("KonfHub", "konfhub.com", "mail", "ticket", None),
             ("myHQ", "myhq.in", "browser", "payout", None), ("Townscript", "townscript.com", "browser", "events", None)]


def ticket_mail(rng: random.Random, font: str, k: int, j: Job, platform: str, site: str) -> tuple[list, dict, dict]:
    """An attendee's ticket confirmation from a ticketing platform (Townscript, KonfHub) for the centre's community
    event: the platform on top (never the payee), Booking confirmed, Organised by / Organiser / Hosted by the centre
    (the payee), Event, Event date / When (no fact), Venue (no fact), the tickets (Early bird x 2), Booking fee, GST on
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
    wrap_pair(p, "Venue", f"{SPACES[town][TRADE]}, {TOWNS[town][2]}, {TOWNS[town][0]}")
    qty, price = rng.randint(1, 4), float(rng.choice([299, 349, 499, 599, 799]))
    tier = rng.choice(["Early bird", "General", "Founder pass", "Student"])
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


def booking_platforms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The booking platforms paying the centre for day passes and meeting-room hours sold on them (myHQ, GoFloaters,
    Stylework, Qdesq; an e-mail, the partner dashboard in a browser or the partner app), Townscript paying it an
    event's ticket sales, and attendees' ticket confirmations for its community events (Townscript, KonfHub: see
    ``ticket_mail``): the platform on top (never the payee), Payout summary / Partner payout advice / Settlement
    statement, Partner / Space / Paid to / Centre or Organiser / Payout to the centre (the payee), Space ID / Partner ID
    / Listing ID (no id), Bookings between / Settlement period / Usage period (no fact), Day passes (n x rate), Meeting
    room hours (n x rate), Gross booking value, Less: Platform commission (n%), Less: GST @ 18% on commission, Less: TDS
    u/s 194-O (0.1%), Less: TCS u/s 52 (0.5%) on some, or Tickets sold - <event> (n x price), Less: Townscript fee
    (2%), Less: GST on fee @ 18%, Less: Payment gateway charges (1.99%); Net payout / Amount payable to partner /
    Payout amount / Net amount transferred (the sum, large on the app), Bank account, Mode, Payout ID (po_..., PO...),
    UTR / IMPS Ref No., Credited on / Paid on / Settled on / Failed on / Scheduled for / Expected on; Paid / Payout
    credited / Settled / Payout failed - bank account could not be verified / Payout scheduled / In process."""
    k = place("booking_platforms")
    status = outcome(k, failed=(4,), pending=(3,))
    platform, site, frame, kind, band = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.3)
    if kind == "ticket":
        return ticket_mail(rng, font, k, j, platform, site)
    if kind == "events":
        event = rng.choice(EVENTS)
        n, price = rng.randint(25, 120), rng.choice([299, 499, 799, 999])
        gross = float(n * price)
        lines = [(f"Tickets sold - {event} ({n} x {price})", gross)]
        fee = round(gross * 0.02, 2)
        cuts = [("Less: Townscript fee (2%)", fee), ("Less: GST on fee @ 18%", round(fee * 0.18, 2)),
                ("Less: Payment gateway charges (1.99%)", round(gross * 0.0199, 2))]
    else:
        passes, prate = rng.randint(12, 140), rng.choice([299, 349, 399, 499, 599])
        hours, hrate = rng.randint(6, 80), rng.choice([400, 500, 650, 800, 1200])
        lines = [(f"Day passes ({passes} x {prate})", float(passes * prate)),
                 (f"Meeting room hours ({hours} x {hrate})", float(hours * hrate))]
        gross = sum(v for _, v in lines)
        pct = rng.choice([15, 18, 20, 25])
        comm = round(gross * pct / 100, 2)
        cuts = [(f"Less: Platform commission ({pct}%)", comm), ("Less: GST @ 18% on commission",
                                                               round(comm * 0.18, 2)),
                ("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2))]
        if rng.random() < 0.4:
            cuts.append(("Less: TCS u/s 52 (0.5%)", round(gross * 0.005, 2)))
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    if frame == "mail":
        p = mail_page(rng, font, f"{platform} Partners <payouts@{site}>",
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
        head(p, platform, band, p.style["h106"]["dark"], ["Space partner app", "Partner payouts"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    else:
        p.part = "head"
        top(p, platform)
        p.add("small", rng.choice(["Space partner programme", "Partner payouts", "Workspace partners"]) if kind != "events"
              else "Organiser dashboard")
        p.add("center", rng.choice(["Payout summary", "Partner payout advice", "Settlement statement"]))
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
    payee_labels = ["Organiser", "Payout to"] if kind == "events" else ["Partner", "Space", "Paid to", "Centre"]
    wrap_pair(p, rng.choice(payee_labels), j.to, merchant=j.to)
    p.pair(rng.choice(["Space ID", "Partner ID", "Listing ID"]) if kind != "events" else "Event ID",
           f"{code(rng, 2, UPPER)}{digits(rng, 5)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.choice([7, 14, 30]) + rng.randrange(2, 6))
        end = j.date - dt.timedelta(days=rng.randrange(2, 5))
        p.pair(rng.choice(["Bookings between", "Settlement period", "Usage period"]) if kind != "events"
               else "Event held on", f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}" if kind != "events"
               else when(end, rng.choice(DAY_PATS)))
    for label, value in lines + cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        p.pair(rng.choice(["Net payout", "Amount payable to partner", "Payout amount"]) if kind != "events"
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


# ---------------------------------------------------------------- 5. the centre's own invoices and deposit receipts


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind: P a person, F a firm, C a company): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


def fy_of(date: dt.date) -> str:
    return f"20{fy(date)}"


def ay_of(date: dt.date) -> str:
    """The assessment year of the financial year ``date`` falls in (2026-27 for FY 2025-26)."""
    y = int(fy(date)[:2]) + 1
    return f"20{y}-{y + 1}"


# the way, the page (a membership invoice cum receipt or a security deposit receipt)
INVOICE_PAGES = [("UPI", "invoice"), ("NEFT", "invoice"), ("cheque", "deposit"), ("NACH", "invoice"),
                 ("card", "invoice"), ("cheque", "invoice"), ("cash", "deposit"), ("IMPS", "deposit")]
# item, quantity range, rates
SEATS = [("Dedicated desk (open bay)", (2, 8), [6500, 7000, 7500, 8500]),
         ("Private cabin - 4 seater", (1, 1), [28000, 32000, 36000]),
         ("Private cabin - 8 seater", (1, 1), [52000, 58000, 64000]),
         ("Hot desk - flexi 20 days", (1, 5), [4500, 5000, 5500]),
         ("Virtual office - business address", (1, 1), [1500, 2000, 2500])]
EXTRAS = [("Meeting room overage (hrs)", (2, 12), [400, 500, 600]), ("Printing overage (pages)", (80, 600), [2, 3]),
          ("Locker", (1, 2), [600, 800]), ("Car parking slot", (1, 3), [1500, 2000]),
          ("Additional access card", (1, 3), [500])]
CABINS = ["Private cabin C-12 (6 seats)", "4 dedicated desks, Bay B", "Team room T-3 (8 seats)", "Manager cabin M-2",
          "2 dedicated desks, Bay D"]
SPACE_SUB = ["Coworking | Private cabins | Meeting rooms | Virtual office", "Managed offices & flexible workspaces",
             "Desks, cabins, meeting rooms & event space"]


def deposit_receipt(p: Screen, rs, k: int, j: Job, way: str, member: str, company: bool) -> tuple[list, dict, dict]:
    """The centre's SECURITY DEPOSIT RECEIPT / REFUNDABLE DEPOSIT RECEIPT (the centre on top, the payee): Receipt No.
    / Rcpt. No., Date, "Received with thanks from <member> the sum of <words> towards the interest-free refundable
    security deposit for <cabin>, as per the membership agreement dated <day>" (no fact), Monthly membership fee (no
    fact), Deposit amount / Amount received / Security deposit (n months) (the sum), the way and its reference;
    RECEIVED WITH THANKS / DEPOSIT RECEIVED."""
    rng = p.rng
    letterhead(p, k, j.to, ["SECURITY DEPOSIT RECEIPT", "REFUNDABLE DEPOSIT RECEIPT"], sub=rng.choice(SPACE_SUB))
    if not j.no_ref:
        rno = f"DEP/{j.year()}{rng.randrange(1, 300):03d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    months = rng.choice([1, 2, 3])
    monthly = whole(rng.uniform(12000, 60000), 500)
    deposit = float(monthly * months)
    j.amount = deposit
    payer = f"M/s {member}" if company else member
    p.add("left", f"Received with thanks from {payer} the sum of {words_in_rupees(deposit)} towards the "
                  f"interest-free refundable security deposit for {rng.choice(CABINS)}"
                  + ("." if j.no_day else f", as per the membership agreement dated {j.other_day(rng, -20, 0)}."))
    p.add("rule")
    p.pair("Monthly membership fee", rs(monthly))
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
    p.add("small", "Refundable within 30 days of exit after adjusting dues, access cards and damages, if any. "
                   "No interest is payable on the deposit.")
    right(p, f"For {SPACES[k][TRADE]}")
    right(p, "Authorised signatory")
    seal(p, SPACES[k][TRADE], "ACCOUNTS", None if j.no_day else j.date, "DEPOSIT RECEIVED")
    return p.done()


def space_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre's own paper (serif): five TAX INVOICE CUM RECEIPT / MEMBERSHIP INVOICE - PAID / INVOICE & RECEIPT
    (the centre on top, its company on some; the payee): Invoice No. / Inv. No. / Bill No., Date / Invoice date, Member
    / Billed to / Bill to (M/s the member company or a person), Member ID / Account ID, GSTIN of member, Period /
    Membership month (no fact), Centre, the seats (Dedicated desk (open bay) n x 7,500, Private cabin - 4 seater) and
    extras (Meeting room overage (hrs) n x 500, Printing overage (pages), Locker, Car parking slot), Taxable value /
    Sub total, CGST 9% and SGST 9% or IGST 18%, Invoice total / Total invoice value / Grand total, Less: TDS u/s
    194-I(b) @ 10% on a company's, Net amount received / Received (net of TDS) / Amount received / Received, or Cheque
    amount on a returned cheque, or Amount presented / NACH debit amount on an eNACH debit, the sum in words, Mode /
    Received by and its reference, or Cheque No. / Chq. No. with its day and bank, or eNACH with its UMRN and Presented
    on; PAID / PAYMENT RECEIVED / RECEIVED WITH THANKS / CHEQUE RETURNED UNPAID - MEMBERSHIP ON HOLD (Return reason) /
    eNACH DEBIT PRESENTED - AWAITING CLEARANCE in a row and in the centre's rubber stamp; and three security deposit
    receipts (``deposit_receipt``)."""
    k = place("space_invoice")
    status = outcome(k, failed=(5,), pending=(3,))
    way, page = INVOICE_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, firm=0.3)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    company = way != "cash" and rng.random() < 0.7
    member = rng.choice(MEMBERS) if company else rng.choice(PEOPLE)
    if page == "deposit":
        return deposit_receipt(p, rs, k, j, way, member, company)
    letterhead(p, k, j.to, ["TAX INVOICE CUM RECEIPT", "MEMBERSHIP INVOICE - PAID", "INVOICE & RECEIPT"],
               sub=rng.choice(SPACE_SUB))
    if not j.no_ref:
        ino = f"{CODES[k]}/{j.year()}{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No.", "Bill No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Member", "Billed to", "Bill to"]), f"M/s {member}" if company else member)
    p.pair(rng.choice(["Member ID", "Account ID"]), f"{CODES[k]}-M{rng.randrange(100, 999)}")
    if company:
        p.pair("GSTIN of member", gstin(rng, TOWNS[k][4]))
    if not j.no_day:
        p.pair(rng.choice(["Period", "Membership month"]), j.month())
    p.pair("Centre", f"{TOWNS[k][2]}, {TOWNS[k][0]}")
    p.add("rule")
    sub = 0.0
    picks = [rng.choice(SEATS)] + rng.sample(EXTRAS, rng.randint(0, 2))
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
    p.pair(rng.choice(["Invoice total", "Total invoice value", "Grand total"]), rs(total))
    tds = round(sub * 0.10, 2) if company and way != "NACH" and rng.random() < 0.75 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194-I(b) @ 10%", "Less: TDS 194-I (10%)"]), rs(tds))
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
    word = {"success": rng.choice(["PAID", "PAYMENT RECEIVED", "RECEIVED WITH THANKS"]),
            "failed": "CHEQUE RETURNED UNPAID - MEMBERSHIP ON HOLD",
            "pending": "eNACH DEBIT PRESENTED - AWAITING CLEARANCE"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair("Return reason", rng.choice(["Funds insufficient", "Payment stopped by drawer", "Signature differs"]))
        p.add("small", "Cheque return charges of Rs 590 will be added to the next invoice.")
    elif status == "pending":
        p.add("small", "This receipt is valid on a successful debit from the member's bank account.")
    p.part = "foot"
    p.add("small", rng.choice(["Thank you for working with us!", "Membership terms as per the agreement. E. & O.E."]))
    right(p, f"For {SPACES[k][TRADE]}")
    right(p, "Authorised signatory")
    seal(p, SPACES[k][TRADE], rng.choice(["MEMBER SERVICES", "ACCOUNTS"]),
         None if j.no_day or status != "success" else j.date,
         {"success": "PAID", "failed": "CHEQUE RETURNED", "pending": "NACH PRESENTED"}[status])
    return p.done()


# ---------------------------------------------------------------- 6. the landlords' lease rent


LEASE_PAGES = ["invoice", "bank", "receipt", "invoice", "bank", "receipt", "bank", "invoice"]
LEASE_WAYS = ["NEFT", "RTGS", "cheque", "RTGS", "IMPS", "IMPS", "NEFT", "cheque"]
LESSORS = ["Sai Infracity Developers Pvt Ltd", "Thomas Kurian", "Vijay Singh Shekhawat", "Sukhmani Realtors Pvt Ltd",
           "Patnaik Builders & Developers", "Hemant Amin", "Chamaraja Estates LLP", "Thatte Constructions Pvt Ltd"]
LEASE_BANKS = {1: ("FedNet Corporate", None, "web", "RTGS", "FDRL"),
               4: ("IDFC FIRST Bank Business", (155, 30, 35), "app", "IMPS", "IDFB"),
               6: ("PNB Corporate Internet Banking", None, "web", "NEFT", "PUNB")}
LEASE_URLS = {"FedNet Corporate": "fednetbank.com/corp/rtgs/acknowledgement",
              "PNB Corporate Internet Banking": "pnbibanking.in/corp/neft/acknowledgement"}
FLOORS = ["Ground", "1st", "2nd", "3rd", "4th", "3rd & 4th", "5th"]


def lease_invoice(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A landlord company's TAX INVOICE - LEASE RENTAL / RENT INVOICE / INVOICE (LEASE RENT & CAM) with the payment
    received on it (the landlord on top, the payee): Invoice No., Date / Invoice date, Lessee / Tenant / Bill to M/s the
    centre's company, Premises, Leasable area, Rent for / Rent period (no fact), Lease rent n sq ft x rate, CAM charges
    n sq ft x rate, Taxable value, CGST and SGST @ 9%, Invoice total / Total amount, Less: TDS u/s 194-I(b) @ 10%, Amount
    received / Net amount received (the sum), the sum in words, the way and its reference; PAYMENT RECEIVED / PAID /
    RECEIVED WITH THANKS."""
    name = LESSORS[k]
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, k, name, ["TAX INVOICE - LEASE RENTAL", "RENT INVOICE", "INVOICE (LEASE RENT & CAM)"],
               sub="Commercial properties - leasing & maintenance")
    if not j.no_ref:
        ino = f"{rng.choice(['LR', 'RENT', 'INV'])}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Lessee", "Tenant", "Bill to"]), f"M/s {SPACES[k][FIRM]}")
    wrap_pair(p, "Premises", f"{rng.choice(FLOORS)} floor, {BUILDINGS[k]}, {TOWNS[k][2]}, {TOWNS[k][0]}")
    area = rng.randrange(40, 160) * 100
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
    """A landlord's RENT RECEIPT / LEASE RENT RECEIPT for the centre's floor (paper): Receipt No. / No., Date, "Received
    from the Lessee, M/s <the centre's company> (<the centre>), the monthly lease rent for the premises at <building>
    for <month>" (no fact), Monthly lease rent, Less: TDS u/s 194-I(b) @ 10%, Net amount received / Amount received
    (the sum), the sum in words, the way and its reference, RECEIVED WITH THANKS, Lessor / Landlord / Owner (the payee;
    Shri on some), PAN of lessor, the revenue stamp."""
    name = LESSORS[k]
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "LEASE RENT RECEIPT"]))
    p.add("small", "(Commercial premises - monthly lease rent)")
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
    rent = whole(rng.uniform(60000, 240000), 500)
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


def lease_rent(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre paying its landlord the floor's lease rent: the landlord company's lease-rent invoice with the payment
    received (three, ``lease_invoice``), a landlord's rent receipt (two, ``lease_receipt``), or the centre's own bank
    after the NEFT, RTGS or IMPS to the landlord (FedNet Corporate, IDFC FIRST Bank Business, PNB Corporate Internet
    Banking; heldout124's page, the landlord under Beneficiary / Payee / Vendor / Beneficiary name, the account and
    IFSC, the mode, UTR / IMPS Ref No and Bank Ref No. / Txn Ref No. / Transaction ID on some, the day, the debit
    account, Remarks / Narration (Lease rent Mar-26 less TDS), Debit account name, Created by / Approved by on the web
    pages;
    Transaction Successful / Funds transferred successfully / Returned by beneficiary bank / Transaction Failed /
    <mode> under process / Transaction in process)."""
    k = place("lease_rent")
    status = outcome(k, failed=(1,), pending=(4,))
    frame, way = LEASE_PAGES[k], LEASE_WAYS[k]
    low, high = {"IMPS": (60000, 450000), "NEFT": (80000, 600000), "RTGS": (200000, 900000)}.get(way, (60000, 400000))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=low, high=high, p_round=0.6, town=k)
    if frame == "invoice":
        return lease_invoice(rng, font, k, j, way)
    if frame == "receipt":
        return lease_receipt(rng, font, k, j, way)
    row = LEASE_BANKS[k]
    j.to = LESSORS[k].upper() if rng.random() < 0.35 else LESSORS[k]
    p, _ = transfer_ack(rng, font, k, row, status, j, url=LEASE_URLS.get(row[0]), widths=[700, 740],
                        third_head="Vendor payments", payee_labels=["Beneficiary", "Payee", "Vendor",
                                                                    "Beneficiary name"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Txn Ref No.", "Transaction ID"],
                  txn_label="Transaction ID")
    note = rng.choice(["Lease rent less TDS", "Rent & CAM - net of TDS", "Lease rental - floor"])
    if not j.no_day and rng.random() < 0.5:
        note = f"Lease rent {when(j.date, '%b-%y')} less TDS"
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
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
POWER = {0: ("M.P. Paschim Kshetra Vidyut Vitaran Co. Ltd", "MPPKVVCL", "IVRS No.", 12),
         1: ("Kerala State Electricity Board Ltd", "KSEB", "Consumer No.", 13),
         3: ("Chandigarh Power Distribution Ltd", "CPDL", "Account No.", 10),
         4: ("TP Central Odisha Distribution Ltd", "TPCODL", "Consumer Account No.", 11),
         6: ("Chamundeshwari Electricity Supply Corp. Ltd", "CESC Mysore", "Account ID", 10)}
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
ISP_PLANS = ["ILL 200 Mbps (1:1) - monthly", "Business Fibre 500 Mbps - monthly", "Broadband 1 Gbps - quarterly",
             "Leased line 100 Mbps + static IP"]


def isp_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """An internet provider's own receipt for the centre's line (Spectra's payment receipt in a browser, JioBusiness's
    app screen, Airtel Business's e-mail): the provider on top (the payee) and its company line, Payment successful /
    Payment received / Thank you for your payment, Account name / Customer name the centre's company, CAN ID / Account
    No. / Service ID / Customer ID, Plan, Invoice No. (the bill's, no id), Bill period (no fact), Amount paid / Amount
    received or the sum large, Payment mode, Receipt No., Transaction ID, Bank Ref No. or Auth code, Payment date /
    Paid on / Received on, Payment status."""
    name, frame, url, company, way = ISPS[k]
    j.amount = float(rng.choice([5899, 8259, 11799, 17699, 23599, 35399]))
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
    """The centre's electricity through Bharat Connect (Airtel Thanks, BHIM, CRED and Bajaj Finserv on a phone, IDFC
    FIRST Bank Business's bill payment receipt in a browser; the outcome and the sum large on a phone): Biller name /
    Electricity board / Billed by the board (MPPKVVCL, KSEB, CPDL, TPCODL, CESC Mysore or its long name; the payee),
    IVRS No. / Consumer No. / Account No. / Consumer Account No. / Account ID, Customer name / Consumer name the
    company, Tariff, Sanctioned load, Units consumed, Bill month and Due date (no fact), Bill amount, Digital payment
    rebate and Amount paid on some, Paid using / Payment mode (UPI, a current account, a credit card, Bajaj Pay
    Wallet), B-Connect Txn ID / Bharat Connect Txn Ref / BBPS Txn ID, UPI Ref No., Order ID / Transaction ID, Paid on /
    Payment date / Attempted on / Initiated on; Bill payment done / Paid to biller / Bill paid successfully / Bill
    payment failed / Payment could not be completed / Bill payment pending / Biller confirmation pending; or the
    internet provider's own receipt (three, ``isp_receipt``)."""
    k = place("power_internet")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=4000, high=95000, p_round=0.3, town=k)
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
    p.pair("Sanctioned load", f"{rng.randrange(20, 90)} kW")
    p.pair("Units consumed", f"{rng.randrange(1800, 14000):,} kWh")
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


# ---------------------------------------------------------------- 8. housekeeping, cafe and other vendors


VENDORS = [("Swachh Facility Services", "hk", "NEFT"), ("Kaapi Corner Cafe Supplies", "cafe", "UPI"),
           ("Aqua Pure Water Suppliers", "water", "cash"), ("Sparkle Facility Management", "hk", "cheque"),
           ("Brew & Bite Cafe Partners", "cafe", "UPI"), ("PestGuard Services", "pest", "UPI"),
           ("Green Leaf Plant Rentals", "plants", "NEFT"), ("Crystal Housekeeping Services", "hk", "NEFT")]
VENDOR_SUBS = {"hk": "Housekeeping, pantry & facility manpower", "cafe": "Tea, coffee, snacks & event catering",
               "water": "Packaged drinking water - 20 L jars & dispensers",
               "pest": "Pest & termite control - licensed operator", "plants": "Indoor plants on rent for offices"}
VENDOR_KINDS = {"hk": ["TAX INVOICE", "SERVICE INVOICE"], "cafe": ["TAX INVOICE", "MONTHLY BILL"],
                "water": ["CASH MEMO", "DELIVERY CUM CASH BILL"], "pest": ["TAX INVOICE", "SERVICE BILL"],
                "plants": ["TAX INVOICE", "RENTAL BILL"]}
# item, quantity range, rate range
VENDOR_ITEMS = {"hk": [("Housekeeping staff (26 days)", (2, 6), (15500, 19500)), ("Supervisor", (1, 1), (22000, 26000)),
                       ("Pantry boy", (1, 2), (13000, 15500)),
                       ("Consumables (Taski R1-R7, garbage bags)", (1, 1), (4500, 9000))],
                "cafe": [("Coffee - vending (cups)", (900, 3200), (8, 12)), ("Tea - vending (cups)", (600, 2400), (6, 9)),
                         ("Cookies & snacks (packets)", (100, 400), (10, 20)),
                         ("Event catering (pax)", (30, 90), (180, 260))],
                "water": [("20 L jar", (30, 90), (35, 45)), ("Dispenser rent", (1, 3), (150, 150))],
                "pest": [("General pest control - monthly", (1, 1), (2800, 3600)),
                         ("Rodent bait stations", (8, 16), (80, 95)), ("Termite spot treatment", (1, 1), (1500, 2200))],
                "plants": [("Indoor plants on rent (pots)", (24, 60), (120, 180)), ("Maintenance visits", (4, 4),
                                                                                     (350, 350)),
                           ("Replacement plants", (2, 6), (250, 400))]}
VENDOR_GST = {"hk": 0.18, "cafe": 0.05, "water": 0.0, "pest": 0.18, "plants": 0.18}


def service_vendors(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre's vendors' paper (the vendor on top, the payee): the housekeeping agencies' TAX INVOICE / SERVICE
    INVOICE (Housekeeping staff (26 days) n x rate, Supervisor, Pantry boy, Consumables, Service charges @ 8% on
    manpower on some), the cafe partners' TAX INVOICE / MONTHLY BILL (Coffee - vending (cups) n x rate, Cookies & snacks,
    Event catering (pax)), the water supplier's CASH MEMO / DELIVERY CUM CASH BILL, the pest-control and plant-rental
    firms' bills: Bill No. / Invoice No. / Memo No., Date / Bill date, To / Bill to / Client M/s the centre, Service
    month / For the month of (no fact), the lines, Taxable value / Sub total, CGST and SGST @ 9% or @ 2.5%, Round off,
    Total / Bill total / Net payable, Less: TDS u/s 194C @ 2% on some, Amount received (net of TDS) / Received (after
    TDS) / Amount received / Received / Paid, Mode / Paid by and its reference, or Amount due / Balance payable with
    Payment attempted UPI - declined, or Cheque received with its number and bank; PAID / RECEIVED WITH THANKS /
    PAYMENT RECEIVED - THANK YOU / UPI DECLINED - BILL UNPAID / CHEQUE DEPOSITED - AWAITING CLEARANCE."""
    k = place("service_vendors")
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
    if kind in ("hk", "pest", "plants", "cafe") and not j.no_day:
        p.pair(rng.choice(["Service month", "For the month of"]), j.month(1))
    p.add("rule")
    items = VENDOR_ITEMS[kind]
    picks = [items[0]] + rng.sample(items[1:], rng.randint(1, len(items) - 1))
    sub = manpower = 0.0
    for item, (qlo, qhi), (rlo, rhi) in picks:
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 50 if rhi > 5000 else 1))
        line = qty * rate
        sub += line
        if kind == "hk" and "Consumables" not in item:
            manpower += line
        wrap_pair(p, f"{item} {qty:,} x {rate:g}" if qty > 1 else item, rs(line))
    if kind == "hk" and rng.random() < 0.5:
        charge = round(manpower * 0.08, 2)
        p.pair("Service charges @ 8% on manpower", rs(charge))
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
    tds = round(sub * 0.02, 2) if kind == "hk" and way == "NEFT" and rng.random() < 0.8 else 0.0
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


# ---------------------------------------------------------------- 9. space-management and office software


# product, its site, frame, company line, the way, the currency
SAAS = [("Nexudus", "nexudus.com", "mail", "Nexudus Ltd", "card", "GBP"),
        ("OfficeRnD", "officernd.com", "browser", "OfficeRnD Ltd", "card", "USD"),
        ("Cobot", "cobot.me", "mail", "Cobot GmbH", "card", "EUR"),
        ("Spacebasic", "spacebasic.com", "phone", "Spacebasic Technologies Pvt Ltd", "UPI", "INR"),
        ("Google Workspace", "workspace.google.com", "browser", "Google Cloud India Pvt Ltd", "card", "INR"),
        ("Kisi", "getkisi.com", "mail", "Kisi Inc.", "card", "USD"),
        ("Zoho Books", "zoho.in", "browser", "Zoho Corporation Pvt Ltd", "netbanking", "INR"),
        ("Refrens", "refrens.com", "phone", "Refrens Internet Pvt Ltd", "UPI", "INR")]
# the plan, its lines (label, quantity, rate), days to the next charge
SAAS_PLANS = {"Nexudus": ("Business - 1 location (monthly)", [("Platform fee", 1, 165.0), ("Admin users", 2, 15.0)], 30),
              "OfficeRnD": ("Flex - Pro (annual)", [("Pro plan - up to 250 members", 1, 2388.0),
                                                    ("Hybrid add-on", 1, 480.0)], 365),
              "Cobot": ("Cobot Pro (monthly)", [("Up to 150 members", 1, 129.0), ("Extra space", 1, 29.0)], 30),
              "Spacebasic": ("Growth - 3 centres (monthly)", [("Centres", 3, 2500.0)], 30),
              "Google Workspace": ("Business Standard - Flexible plan", [("Users", 14, 864.0)], 30),
              "Kisi": ("Kisi Pro - 4 doors (annual)", [("Door licences", 4, 299.0), ("Mobile credentials pack", 1,
                                                                                     120.0)], 365),
              "Zoho Books": ("Premium - annual", [("Premium plan (annual)", 1, 35880.0), ("Additional users", 3,
                                                                                          1800.0)], 365),
              "Refrens": ("Business - annual", [("Business plan (annual)", 1, 9999.0)], 365)}
TAGLINES = {"Nexudus": "Coworking & flex space management", "OfficeRnD": "Flex workspace software",
            "Cobot": "Coworking management software", "Kisi": "Access control for modern spaces",
            "Spacebasic": "Coworking & hostel management"}


def workspace_saas(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre's space-management, access-control and office software (Nexudus billed in pounds, OfficeRnD and Kisi
    in US dollars, Cobot in euros, Spacebasic, Google Workspace, Zoho Books, Refrens in rupees; the vendor's e-mail,
    its billing page in a browser or an app's result screen): the product on top (the payee) and its tagline or
    company line, Payment receipt / Invoice paid / Billing - transaction details / Receipt, Bill to / Account /
    Customer the centre's company, GSTIN, Account ID / Workspace ID / Customer ID (no id), Plan, Billing period (no
    fact), the lines (Platform fee, Admin users 2 x 15.00, Users 14 x 864, Door licences 4 x 299.00), Subtotal, IGST @
    18% / GST @ 18% or Tax / VAT (0%) 0.00 with the reverse-charge note, Amount paid / Total charged / Total / Amount
    due or the sum large, Payment method / Paid with (Visa ending n, UPI AutoPay (<vpa>), Net banking - <bank>),
    Invoice # / Invoice No., Payment ID (pay_..., ch_...) / Transaction ID, Bank Ref No., Auth code, UPI Ref No,
    Charged on / Payment date / Paid on / Attempted on / Initiated on, Next charge on (no fact); Paid / Payment
    successful / Charge failed - card declined / Payment processing - awaiting bank confirmation."""
    k = place("workspace_saas")
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


# ---------------------------------------------------------------- 10. refunds of deposits and bookings


# frame, the way
REFUND_PAGES = [("paper", "NEFT"), ("app", "IMPS"), ("mail", "UPI"), ("gateway", "card"), ("app", "NEFT"),
                ("paper", "cheque"), ("mail", "NEFT"), ("gateway", "UPI")]
REFUND_APPS = {1: ("Kotak Biz", (237, 28, 36)), 4: ("YES BIZ", (0, 82, 156))}
GATEWAYS = {3: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
            7: ("Cashfree Payments", "merchant.cashfree.com/pg/refunds")}
ROOMS = ["Hampi", "Konark", "Periyar", "Sanchi", "Ajanta", "Kabini", "Chilika", "Gir"]


def deduction_rows(rng: random.Random, k: int, j: Job, held: float) -> list[tuple[str, float]]:
    """What the centre keeps from a deposit at exit: an unpaid invoice, access cards, a notice shortfall, repairs."""
    cuts: list[tuple[str, float]] = []
    if rng.random() < 0.5:
        tail = "" if j.no_ref or j.no_day else f" (Inv {CODES[k]}/{fy(j.date)}/{rng.randrange(100, 2999):04d})"
        cuts.append((f"Less: Outstanding membership fee{tail}", float(whole(held * rng.uniform(0.1, 0.3), 10))))
    if rng.random() < 0.5:
        n = rng.randint(1, 3)
        cuts.append((f"Less: Access cards not returned ({n} x 500)", float(n * 500)))
    if rng.random() < 0.35:
        n = rng.randint(5, 15)
        cuts.append((f"Less: Notice period shortfall ({n} days)", float(round(held / 60 * n))))
    if rng.random() < 0.3:
        cuts.append(("Less: Repairs - damaged whiteboard & chair", float(rng.choice([1800, 2500, 3500]))))
    return cuts


def deposit_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre refunding a member's security deposit at exit (less dues) or a cancelled booking: its DEPOSIT REFUND
    VOUCHER / FULL & FINAL SETTLEMENT - DEPOSIT REFUND (paper, the centre on top, the payer: Voucher No., Date, Refund
    to / Member / Payee the member (the payee), Membership ended on (no fact), Cabin / desks, Security deposit held,
    Less: Outstanding membership fee (Inv ...), Less: Access cards not returned (n x 500), Less: Notice period shortfall
    (n days), Less: Repairs, Net refund / Amount refunded (the sum), the way and its reference; REFUNDED / REFUND PAID),
    its e-mail to the member (Refunded to / Beneficiary, the same lines, Amount refunded, Mode, To account, UTR / UPI
    Ref No., Refunded on, Status Refund processed), its business banking app (Kotak Biz, YES BIZ: Paid to /
    Beneficiary, Remarks Deposit refund, IMPS Ref No / UTR and Transaction ID, Date & Time / Attempted on; Transfer
    successful / Money sent / Transfer failed - beneficiary account closed) or its gateway's refund page for a cancelled
    meeting-room booking (Razorpay, Cashfree Payments: the company | Live under it, Refund details, the refund large,
    Customer / Refunded to, Booking (Meeting room 'Hampi' - 3 hrs), Payment amount, Cancellation charge (n%), Refund to
    Source - card / UPI, Refund ID, ARN / RRN, the original Payment ID (no id), Processed on / Refunded on / Initiated
    on; Refund processed / Refunded / Refund in progress)."""
    k = place("deposit_refund")
    status = outcome(k, failed=(4,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    company = frame in ("paper", "mail") and rng.random() < 0.5
    client = rng.choice(MEMBERS) if company else rng.choice(PEOPLE)
    client = client.upper() if rng.random() < 0.2 else client
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        paid = float(rng.choice([1180, 1770, 2360, 3540, 5900, 9440]))
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
        wrap_pair(p, "Booking", f"Meeting room '{rng.choice(ROOMS)}' - {rng.randint(1, 4)} hrs")
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
    held = float(whole(rng.uniform(15000, 150000), 500))
    cuts = deduction_rows(rng, k, j, held)
    refund = round(held - sum(v for _, v in cuts), 2)
    j.amount = refund
    if frame == "paper":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, SPACES[k][TRADE], ["DEPOSIT REFUND VOUCHER", "FULL & FINAL SETTLEMENT - DEPOSIT REFUND"],
                   sub=rng.choice(SPACE_SUB), merchant=False)
        if not j.no_ref:
            vno = f"RV/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair(rng.choice(["Voucher No.", "Refund voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Member", "Payee"]), f"M/s {client}" if company else client,
                  merchant=client)
        if not j.no_day:
            p.pair("Membership ended on", j.other_day(rng, -40, -5))
        wrap_pair(p, "Cabin / desks", rng.choice(CABINS))
        p.add("rule")
        p.pair("Security deposit held", rs(held))
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
        p.add("small", "Received the above refund in full and final settlement of the deposit.")
        p.add("pair", "Member's signature", "For the centre")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, f"{SPACES[k][TRADE]} Accounts <accounts@{SLUGS[k]}.in>",
                      ["Refund of your security deposit", "Deposit refund processed", "Full & final settlement"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, SPACES[k][TRADE])
        p.add("small", rng.choice(SPACE_SUB))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {'Sir / Madam' if company else client.split()[0].title()}, your membership has ended "
                      f"and we have refunded your deposit as below.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
        p.pair("Security deposit held", rs(held))
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
        p.add("small", f"Thank you for being part of {SPACES[k][TRADE]}. We hope to host you again.")
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
    wrap_pair(p, "Remarks", rng.choice(["Deposit refund - exit", "Security deposit refund", "F&F deposit refund"]))
    if not j.no_ref:
        if way == "IMPS":
            labelled(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        elif status == "success":
            ref = neft_utr(rng.choice(["KKBK", "YESB"]), rng, j.date)
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


# ---------------------------------------------------------------- 11. property tax, trade and signboard licences


# kind, the portal on top, the local body (the payee), frame, the way, the url
CIVIC = [("property", "e-Nagarpalika - UADD, Madhya Pradesh", "Indore Municipal Corporation", "browser", "netbanking",
          "enagarpalika.mp.gov.in/citizen/propertytax/receipt"),
         ("trade", "K-SMART - Local Self Government Dept.", "Kochi Municipal Corporation", "paper", "UPI", None),
         ("property", "LSG Rajasthan - Online Services", "Jaipur Municipal Corporation Greater", "browser", "UPI",
          "lsg.urban.rajasthan.gov.in/udtax/payment"),
         ("property", "MC Chandigarh - e-Services", "Municipal Corporation Chandigarh", "browser", "card",
          "mcchandigarh.gov.in/propertytax/receipt"),
         ("trade", "SUJOG - e-Municipality, Odisha", "Bhubaneswar Municipal Corporation", "browser", "netbanking",
          "sujog.odisha.gov.in/tradelicence/payment"),
         ("property", "VMC Online Services", "Vadodara Municipal Corporation", "paper", "card", None),
         ("trade", "Karnataka Municipal Data Society", "Mysuru City Corporation", "browser", "UPI",
          "mrc.gov.in/tradelicence/receipt"),
         ("sign", "NMC e-Services", "Nashik Municipal Corporation", "browser", "netbanking",
          "nmc.gov.in/advertisement/payment")]
CIVIC_TITLES = {"property": ["Property Tax - Payment Receipt", "Property tax e-Receipt"],
                "trade": ["Trade Licence - Fee Receipt", "Trade licence renewal - Payment Acknowledgement"],
                "sign": ["Advertisement / Signboard Licence - e-Receipt"]}
CIVIC_EXTRA = {0: ("Samekit kar", 0.12), 2: ("Urban development cess", 0.05), 3: ("Fire cess", 0.02),
               5: ("Education cess", 0.10)}


def civic_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre's dues to the city (a municipal portal in a browser or its receipt printed): property tax (Indore on
    e-Nagarpalika, Jaipur's UD tax on LSG Rajasthan, Chandigarh, Vadodara: Property ID / Assessment No. / UPIC,
    Occupier / Name of owner / Taxpayer, Ward / Zone, Usage, Built-up area, Financial year / Tax year (no fact),
    Property tax, Samekit kar / Urban development cess / Fire cess / Education cess, Penalty / interest, Rebate - early
    payment (5%)), a trade licence's renewal (Kochi on K-SMART, Bhubaneswar on SUJOG, Mysuru: Licence No. / TL No.,
    Establishment, Licensee, Trade, Valid upto (no fact), Trade licence fee, Sanitation charges, Late fee) or the
    signboard's advertisement licence (Nashik: Location, Size, Licence fee n sq ft x rate): the portal on top, Local
    body / ULB / Municipal Corporation / Payable to the corporation (the payee), Total / Amount paid / Total amount /
    Amount payable, Mode of payment / Payment mode, Receipt No. / e-Receipt No., Transaction ID / Challan No., Bank
    Ref No., UPI Ref No., Auth code, Payment date / Paid on / Receipt date / Attempted on / Initiated on; Payment
    Successful / Paid / Transaction successful / Payment unsuccessful / Payment pending - awaiting bank
    confirmation."""
    k = place("civic_fees")
    status = outcome(k, failed=(2,), pending=(4,))
    kind, portal, payee, frame, way, url = CIVIC[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, town=k)
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    p.part = "head"
    top(p, portal)
    wrap_pair(p, rng.choice(["Local body", "ULB", "Municipal Corporation", "Payable to"]), payee, merchant=payee)
    p.add("center", rng.choice(CIVIC_TITLES[kind]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Payment Successful", "Paid", "Transaction successful"], "failed": ["Payment unsuccessful"],
             "pending": ["Payment pending - awaiting bank confirmation"]}
    if frame == "browser":
        outcome_row(p, status, words)
    if kind == "property":
        p.pair(rng.choice(["Property ID", "Assessment No.", "UPIC"]), f"{rng.randrange(10, 99)}-{digits(rng, 8)}")
        wrap_pair(p, rng.choice(["Occupier", "Name of owner", "Taxpayer"]), SPACES[k][FIRM])
        p.pair("Ward / Zone", f"Ward {rng.randrange(1, 85)} / Zone {rng.randrange(1, 19)}")
        p.pair("Usage", rng.choice(["Non-residential - commercial office", "Commercial - business centre"]))
        area = rng.randrange(30, 140) * 100
        p.pair("Built-up area", f"{area:,} sq ft")
        if not j.no_day:
            p.pair(rng.choice(["Financial year", "Tax year"]), fy_of(j.date))
        base = float(whole(area * rng.uniform(8, 22), 10))
        heads = [("Property tax", base)]
        name, share = CIVIC_EXTRA[k]
        heads.append((name, float(round(base * share))))
        if status != "success" or rng.random() < 0.3:
            heads.append(("Penalty / interest", float(rng.randrange(4, 60) * 50)))
        elif rng.random() < 0.6:
            heads.append(("Rebate - early payment (5%)", -float(round(base * 0.05))))
    elif kind == "trade":
        p.pair(rng.choice(["Licence No.", "TL No."]), f"{TOWNS[k][0][:3].upper()}/TL/{digits(rng, 6)}")
        wrap_pair(p, "Establishment", SPACES[k][TRADE])
        wrap_pair(p, "Licensee", SPACES[k][FIRM])
        wrap_pair(p, "Trade", rng.choice(["Business centre / shared office space", "Co-working space (commercial)"]))
        if not j.no_day:
            p.pair(rng.choice(["Valid upto", "Licence valid till"]),
                   when(j.date + dt.timedelta(days=rng.randrange(300, 380)), rng.choice(DAY_PATS)))
        heads = [("Trade licence fee", float(rng.choice([2500, 3500, 5000, 7500, 12000]))),
                 ("Sanitation charges", float(rng.choice([600, 1200, 1800])))]
        if status != "success" or rng.random() < 0.3:
            heads.append(("Late fee", float(rng.choice([250, 500, 1000]))))
    else:
        p.pair("Licence No.", f"ADV/{digits(rng, 5)}")
        wrap_pair(p, "Location", f"{BUILDINGS[k]}, {TOWNS[k][2]} (facade)")
        w, h = rng.choice([(12, 4), (16, 5), (20, 6), (10, 3)])
        p.pair("Size", f"{w} ft x {h} ft (illuminated)")
        rate = rng.choice([90, 120, 150])
        heads = [(f"Licence fee {w * h} sq ft x {rate}", float(w * h * rate))]
        if rng.random() < 0.5:
            heads.append(("Processing fee", 500.0))
    for label, value in heads:
        p.pair(label, f"-{rs(-value)}" if value < 0 else rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Amount paid", "Total amount"]) if status == "success" else
           rng.choice(["Total", "Amount payable"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": "Net Banking", "UPI": "UPI", "card": rng.choice(["Debit card", "Credit card"])
            + (" (POS at civic centre)" if frame == "paper" else "")}[way], method=way)
    if not j.no_ref:
        if status == "success":
            rno = f"{TOWNS[k][0][:3].upper()}{digits(rng, 9)}"
            p.pair(rng.choice(["Receipt No.", "e-Receipt No."]), rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ID", "Challan No."]), tid, txn=(TXN_RANK, tid))
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
        labelled(p, {"success": rng.choice(["Payment date", "Paid on", "Receipt date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS) if frame == "browser" else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", rng.choice(words["success"]) if status == "success" else rng.choice(words[status]),
               status=status)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The receipt will be issued once the bank confirms the payment. Do not pay again.")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 12. GST and TDS challans


# tax, frame, the way
TAX_PAGES = [("gst", "browser", "netbanking"), ("tds", "browser", "netbanking"), ("tds", "bank", "netbanking"),
             ("gst", "browser", "neft"), ("tds", "app", "UPI"), ("gst", "paper", "card"), ("tds", "paper", "netbanking"),
             ("gst", "browser", "UPI")]
TDS_NATURE = [("194-I(b)", "Rent on land, building or furniture"), ("194C", "Payment to contractors"),
              ("194J(b)", "Fees for professional services"), ("192", "Salary")]


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
    """A TDS challan (ITNS 281) for the rent, contractors', professionals' or salary TDS the centre deducted: the
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
    """The centre's GST (``gst_challan``: four) and the TDS it deducted on rent, contractors, professionals and
    salaries (``tds_challan``: four)."""
    k = place("gst_tds")
    status = outcome(k, failed=(4,), pending=(3,))
    tax, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, town=k)
    if tax == "gst":
        return gst_challan(rng, font, k, j, frame, way)
    return tds_challan(rng, font, k, j, frame, way)


compose = compose121

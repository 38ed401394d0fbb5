"""The twelve heldout135 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a random day's proofs of payment, as an event management and wedding planning company
(in Jaipur, Udaipur, Kochi, Indore, Mysuru, Dehradun, Guwahati and Surat) receives them from its clients in 2026 and
pays its own vendors, and refunds its clients: clients' UPI screens and NEFT, RTGS and IMPS from their bank apps for a
wedding's booking advance or a milestone, the company's milestone receipts against a wedding package (paid, part paid,
due), a banquet hall's booking receipt for an advance, a caterer's bill with its plates counted, a card slip at a
resort's or a hall's front desk, vendor payouts from the company's corporate banking (the bank's bulk-payment page or
the company's payment advice with TDS), online ticket pages for its ticketed events, a tent house's money receipt,
refunds of cancelled bookings, a venue's refundable security-deposit receipt and wallet payments to makeup artists,
mehendi artists and cab drivers. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth
is read back from the rows the page keeps. Headings, footers, package and contract values, milestone schedules, sums
received earlier, balances payable, estimated bills, per-plate tariffs and plate counts, guest counts, GST, TDS, gross
invoice values, cancellation charges and vendor deductions, booking fees on a ticket's lines, wallet balances and
cashback, event, function and due days, GSTINs, PAN, account numbers, IFSC codes, mobile numbers, batch and file
references, the vendor's own invoice number, the cancelled booking's number, MID, TID and batch numbers carry no fact.
A booking's Booking ID / Booking Ref / Contract No. is the order's number (heldout106's ``ORDER_RANK``). ``compose``
is heldout121's (heldout119's frames and marks, its rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import head, masked, money, way_text
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout133_families import instamojo_ids
from bench.receipt_sets.heldout134_families import short, stamped

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code
CITIES = [("Jaipur", "302001", "C-Scheme", "Rajasthan", "08"),
          ("Udaipur", "313004", "Fatehpura", "Rajasthan", "08"),
          ("Kochi", "682036", "Panampilly Nagar", "Kerala", "32"),
          ("Indore", "452010", "Vijay Nagar", "Madhya Pradesh", "23"),
          ("Mysuru", "570009", "Saraswathipuram", "Karnataka", "29"),
          ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05"),
          ("Guwahati", "781005", "G.S. Road", "Assam", "18"),
          ("Surat", "395007", "Vesu", "Gujarat", "24")]
# the company in each city: its trade name, its registered company, its weddings desk
TRADE, FIRM, WEDDINGS = range(3)
FIRMS = [("Rangmahal Events", "Rangmahal Event Management Pvt Ltd", "Rangmahal Weddings"),
         ("Lakeside Celebrations", "Lakeside Celebrations LLP", "Lakeside Destination Weddings"),
         ("Malabar Event Co.", "Malabar Events & Promotions Pvt Ltd", "Malabar Wedding Planners"),
         ("Shubh Aarambh Events", "Shubh Aarambh Eventz Pvt Ltd", "Shubh Aarambh Weddings"),
         ("Chamundi Events & Decor", "Chamundi Event Solutions Pvt Ltd", "Chamundi Wedding Studio"),
         ("Doon Valley Events", "Doon Valley Event Planners LLP", "Doon Weddings & Co."),
         ("Brahmaputra Event Works", "Brahmaputra Eventcraft Pvt Ltd", "Kamrup Wedding Planners"),
         ("Tapi Utsav Events", "Tapi Utsav Event Management Pvt Ltd", "Tapi Utsav Weddings")]
SLUGS = ["rangmahalevents", "lakesidecelebrations", "malabareventco", "shubhaarambh", "chamundievents",
         "doonvalleyevents", "brahmaputraevents", "tapiutsav"]
# clients: the families of a bride or a groom, and companies with an offsite, a dealer meet or an annual day
CLIENTS = ["Rajendra Singh Shekhawat", "Ananya Mehta", "Thomas Kurian", "Priyanka Jain", "Nagaraj Gowda",
           "Ritika Negi", "Bhaskar Jyoti Bora", "Hetal Desai", "Vikram Rathore", "Sneha Menon", "Alok Khandelwal",
           "Deepa Hegde"]
CORPORATES = ["Zenith Pharma Ltd", "Kaveri Software Services Pvt Ltd", "Mewar Marbles Pvt Ltd",
              "Assam Tea Traders Association", "Surat Diamond Exporters LLP", "Himgiri Motors Pvt Ltd"]
COUPLES = ["Aditi & Karan", "Meera & Arjun", "Anna & Joel", "Riya & Siddharth", "Kavya & Rohan", "Ishita & Nikhil",
           "Pallavi & Dhruba", "Khushi & Parth"]
FUNCTIONS = ["Wedding", "Reception", "Sangeet", "Mehendi & Haldi", "Engagement", "Cocktail night"]
CORP_EVENTS = ["Annual day", "Dealer meet", "Product launch", "Leadership offsite", "Awards night"]
# the halls, lawns and resorts of each city
VENUES = ["Amer Vilas Banquets & Lawns", "Jheel Mahal Heritage Resort", "Kayal Convention Centre",
          "Royal Orchid Gardens & Banquets", "Chamundi Hill View Convention Hall", "Doon Regency Banquets",
          "Kamakhya Grand Convention Hall", "Tapi Riverfront Party Plot"]
HALLS = ["Darbar Hall", "Sheesh Mahal Lawn", "Lakeview Terrace", "Crystal Ballroom", "Poolside Lawn", "Grand Hall",
         "Rooftop Deck"]
CATERERS = ["Annapurna Caterers", "Shree Rajbhog Caterers", "Kerala Sadya Caterers", "Chappan Bhog Caterers",
            "Mysore Udupi Caterers", "Garhwal Rasoi Caterers", "Assam Rasoighar Caterers", "Surti Swad Caterers"]
TENTS = ["Shyam Tent House", "Mewar Tent & Light House", "St. Antony's Pandal Works", "Maa Ahilya Tent House",
         "Sri Chamundeshwari Shamiana", "Uttarakhand Tent & Decorators", "Jai Maa Kamakhya Tent House",
         "Ambika Mandap Service"]
# vendors the company pays through its bank: name, what they do, what the payment is for
VENDORS = [("Petals & Drapes Decor", "decor", "Mandap & stage decor"),
           ("Gulmohar Florists", "flowers", "Fresh flowers - varmala & entrance"),
           ("Pixel Tales Photography", "photo", "Wedding photography & film"),
           ("Candid Frames Studio", "photo", "Candid photography - 2 days"),
           ("DJ Beatbox Sound & Lights", "sound", "DJ, line array & moving heads"),
           ("Lumen Stage Lighting", "sound", "Truss, LED wall & lights"),
           ("Glam by Ruchika (Makeup Artist)", "makeup", "Bridal makeup & draping"),
           ("Royal Wheels Car Rentals", "cars", "Guest cabs - 6 Innova, 2 days")]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IndusInd Bank", "Federal Bank"]
SUBS = ["Weddings | Destination weddings | Corporate events | Decor",
        "Event management, wedding planning & hospitality",
        "Concept - decor - artists - logistics"]
WAIT = ["Your bank has not confirmed this payment yet. Please do not pay again.",
        "We will update you once the bank confirms. No need to retry."]
# paper's ways of writing a day
DAY_PATS = ["%d/%m/%Y", "%d-%b-%Y", "{d} %B %Y", "%d.%m.%Y", "%d-%m-%y", "%b {d}, %Y", "%d %b %Y",
            "%A, {d} %B %Y"]


def firm_name(rng: random.Random, i: int, unit: int, *, firm: float = 0.2, caps: float = 0.2) -> str:
    """The company (or its weddings desk) as a payee, its registered name on some, in capitals on some."""
    name = FIRMS[i][FIRM] if rng.random() < firm else FIRMS[i][unit]
    return name.upper() if rng.random() < caps else name


def client(rng: random.Random, corporate: float = 0.25) -> str:
    return rng.choice(CORPORATES) if rng.random() < corporate else rng.choice(CLIENTS)


def event_name(rng: random.Random, town: int, who: str = "") -> str:
    """A wedding function for a family, a company's event for a company (either where the payer is not said)."""
    corporate = who in CORPORATES if who else rng.random() < 0.3
    if not corporate:
        return f"{rng.choice(FUNCTIONS)} - {COUPLES[(town + rng.randrange(3)) % len(COUPLES)]}"
    return f"{rng.choice(CORP_EVENTS)} - {rng.choice(['all India', 'west zone', 'key clients', 'team of 120'])}"


def other_day(rng: random.Random, date: dt.date, low: int, high: int) -> dt.date:
    """Another day ``low`` to ``high`` days off the day paid (negative: before it): never the payment's day."""
    step = rng.randint(low, high)
    return date + dt.timedelta(days=step or 1)


def mobile(rng: random.Random) -> str:
    return f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 5000,
                 high: float = 250000, p_round: float = 0.7, unit: int = TRADE, firm: float = 0.2,
                 caps: float = 0.2):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(FIRMS))
        self.unit = unit
        self.to = firm_name(rng, self.town, unit, firm=firm, caps=caps)
        self.client = client(rng)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None, extra: str = "") -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), an ``extra`` line, the
    document's kind; the payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or SUBS))
    p.add("small", f"{rng.randrange(2, 180)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", rng.choice([f"GSTIN: {gstin(rng, city[4])}", f"GSTIN {gstin(rng, city[4])}  |  Ph {mobile(rng)}"]))
    if extra:
        p.add("small", extra)
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ref_rows(p: Screen, j: Job, way: str, *, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI reference for UPI, an NEFT UTR (an RTGS UTR where the page
    prints its day and the sum is large) or an IMPS reference for a transfer, an approval code (and an RRN on some)
    for a card; nothing for cash."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref. No.", "UPI Txn Ref", "UTR / UPI Ref"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("netbanking", "RTGS"):
        if way == "RTGS" and not j.no_day:
            ref = rtgs_utr(rng.choice(heads), rng, j.date)
        else:
            ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["UTR", "UTR No.", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Approval Code", "Auth Code", "Appr. No."]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def mode_text(rng: random.Random, font: str, way: str) -> str:
    return {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (GPay)", "UPI - QR at office"]),
            "netbanking": rng.choice(["NEFT", "Bank transfer (NEFT)"]), "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[way]


def method_of(way: str) -> str:
    return "netbanking" if way in ("RTGS", "IMPS") else way


# ---------------------------------------------------------------- 1. a client's UPI app paying the company


UPI_ORDER = ["Google Pay", "PhonePe", "Paytm", "WhatsApp", "CRED", "BHIM", "super.money", "Amazon Pay"]
UPI_NOTES = ["Wedding booking advance", "Sangeet decor - 2nd instalment", "Haldi setup balance", "Token amount",
             "Milestone 2 - Dec wedding", "Engagement decor", "Photography add-on", "Mehendi artist booking"]


def client_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's UPI app paying the company (Google Pay, PhonePe, Paytm, WhatsApp Pay, CRED, BHIM, super.money,
    Amazon Pay; dark on CRED and some others): heldout125's result screen, the company or its weddings desk (its
    registered name on some) under Paid to / To / Sent to, a note of what it paid for on most."""
    k = place("client_upi")
    status = outcome(k, failed=(1,), pending=(6,))
    unit = rng.choice([TRADE, TRADE, WEDDINGS])
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=2000, high=100000, p_round=0.85, unit=unit)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, FIRMS[j.town][unit], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Add a note"]), rng.choice(UPI_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "Need help?  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. a client's bank transfer to the company


XFER = [("Kotak Mobile Banking", (0, 40, 100), "app", "IMPS", "KKBK"),
        ("IDFC FIRST Bank", (156, 29, 39), "app", "NEFT", "IDFB"),
        ("FedMobile", (0, 70, 140), "app", "IMPS", "FDRL"),
        ("ICICI Bank Corporate Internet Banking", None, "web", "RTGS", "ICIC"),
        ("SIB Mirror+", (140, 20, 30), "app", "NEFT", "SIBL"),
        ("AU 0101", (230, 90, 30), "app", "IMPS", "AUBL"),
        ("SBI Corporate Internet Banking", None, "web", "RTGS", "SBIN"),
        ("BOI Mobile Omni Neo", (230, 110, 0), "app", "NEFT", "BKID")]
XFER_URLS = {"ICICI Bank Corporate Internet Banking": "cib.icicibank.com/corp/BANKAWAY/rtgs/status",
             "SBI Corporate Internet Banking": "corp.onlinesbi.sbi/corporate/rtgs_ack.htm"}
XFER_NOTES = ["Wedding package - milestone 2", "Booking advance - reception", "Annual day event advance",
              "Dealer meet - final payment", "Decor & venue balance", "Destination wedding advance",
              "Event management fee", "Sangeet night - 2nd part"]


def client_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's bank app or corporate net banking after an NEFT, RTGS or IMPS to the company (Kotak, IDFC FIRST,
    FedMobile, ICICI CIB, SIB Mirror+, AU 0101, SBI corporate, BOI Mobile; heldout124's page): the outcome, the sum,
    the company (its registered name on many) under Payee Name / Transfer to / Beneficiary Name, the account and
    IFSC, the mode, UTR / IMPS reference and the bank's Bank Ref No. / Reference ID / Transaction Reference on some,
    the day, the debit account, Purpose / Remarks."""
    k = place("client_transfer")
    status = outcome(k, failed=(3,), pending=(0,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (10000, 450000), "NEFT": (25000, 900000), "RTGS": (250000, 3500000)}[mode]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=low, high=high, p_round=0.85, firm=0.5)
    if rng.random() < 0.5:
        j.amount = whole(j.amount, 1000)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Transfer to saved payee",
                        payee_labels=["Payee Name", "Transfer to", "Beneficiary Name"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Reference ID", "Transaction Reference"],
                  txn_label="Transaction Reference")
    p.pair(rng.choice(["Purpose", "Remarks", "Narration"]), rng.choice(XFER_NOTES))
    if status == "failed":
        p.add("small", "Any amount debited will be reversed to your account.")
    elif status == "pending":
        p.add("small", "Credit to the beneficiary is awaited from the beneficiary bank.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Save as template  |  Share", "Bank never asks for your OTP or PIN"]))
    return p.done()


# ---------------------------------------------------------------- 3. the company's milestone receipt


SCHEDULES = [[("Booking advance", 25), ("Pre-event (30 days before)", 50), ("Final - on event day", 25)],
             [("Booking", 20), ("Venue & vendor confirmation", 40), ("Pre-event", 30), ("Post-event settlement", 10)],
             [("Signing amount", 30), ("Second instalment", 40), ("Balance before event", 30)]]
MILESTONE_WAYS = ["netbanking", "UPI", "due", "card", "RTGS", "card", "UPI", "cash"]


def milestone_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's MILESTONE PAYMENT RECEIPT / TAX INVOICE CUM RECEIPT / PAYMENT RECEIPT - WEDDING PACKAGE (paper):
    the company on top (the payee), Receipt / Rcpt. / Document No., Contract No. / Booking ID (the order's number),
    Date of receipt / Payment date, Client, Event, Event date and Venue (no facts), the package's value, GST @ 18%
    and Contract value, the milestone schedule, Received earlier, the milestone's sum, Amount received (a part with
    Balance of this milestone on two: PART PAID), Balance payable on the contract, the way and its reference; PAID /
    PART PAID / PAYMENT FAILED / PAYMENT DUE in a row and the company's rubber stamp."""
    k = place("milestone_receipt")
    status = outcome(k, failed=(5,), pending=(2,))
    way = MILESTONE_WAYS[k]
    unit = rng.choice([TRADE, WEDDINGS])
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, unit=unit, firm=0.3)
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4)
    letterhead(p, j, j.to, ["MILESTONE PAYMENT RECEIPT", "TAX INVOICE CUM RECEIPT",
                            "PAYMENT RECEIPT - WEDDING PACKAGE"])
    if not j.no_ref:
        rno = rng.choice([f"RCT/{j.year()}{rng.randrange(1, 999):03d}", f"MR-{rng.randrange(1000, 9999)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "Document No."]), rno, txn=(INVOICE_RANK, rno))
        contract = rng.choice([f"EVT-{code(rng, 2, UPPER)}-{rng.randrange(100, 999)}", f"BK{digits(rng, 5)}"])
        p.pair(rng.choice(["Contract No.", "Booking ID"]), contract, txn=(ORDER_RANK, contract))
    if not j.no_day:
        label = {"success": rng.choice(["Date of receipt", "Payment date", "Received on"]),
                 "failed": rng.choice(["Date", "Attempted on"]), "pending": rng.choice(["Date", "Raised on"])}[status]
        p.pair(label, j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Client", "Received from", "Client name"]) if status == "success"
              else rng.choice(["Client", "Client name"]), j.client)
    wrap_pair(p, "Event", event_name(rng, j.town, j.client))
    if not j.no_day:
        p.pair(rng.choice(["Event date", "Function date"]), when(other_day(rng, j.date, 12, 160),
                                                                 rng.choice(DAY_PATS)))
    wrap_pair(p, "Venue", f"{VENUES[j.town]}, {CITIES[j.town][0]}")
    p.add("rule")
    low, high = {"UPI": (80000, 160000), "cash": (150000, 300000)}.get(way, (400000, 2600000))
    value = whole(rupees(rng, low, high), 5000)
    gst = round(value * 0.18, 2)
    contract_value = round(value + gst, 2)
    p.pair(rng.choice(["Package value", "Event package (taxable)"]), rs(value))
    p.pair("GST @ 18%", rs(gst))
    p.pair(rng.choice(["Contract value", "Total package (incl. GST)"]), rs(contract_value))
    plan = rng.choice(SCHEDULES)
    n = rng.randrange(1, len(plan))
    earlier = sum(whole(contract_value * pct / 100, 100) for _, pct in plan[:n])
    name, pct = plan[n]
    due = whole(contract_value * pct / 100, 100) if n < len(plan) - 1 else round(contract_value - earlier, 2)
    if (way == "UPI" and due > 100000) or (way == "cash" and due > 190000) or (way == "RTGS" and due < 200000):
        way = "netbanking"
    p.add("left", "Payment schedule")
    for i, (step, share) in enumerate(plan):
        mark = "received" if i < n else ("this receipt" if status == "success" else "due now") if i == n \
            else "due later"
        p.pair(f"  {i + 1}. {step} ({share}%)", mark)
    p.add("rule")
    p.pair(rng.choice(["Received earlier", "Less: Received till date"]), rs(earlier))
    part = status == "success" and k in (3, 7)
    if status == "success":
        paid = whole(due * rng.uniform(0.4, 0.7), 1000) if part else due
        if part or rng.random() < 0.5:
            p.pair(f"Milestone {n + 1} due", rs(due))
        p.pair(rng.choice(["Amount received", "Received now", "Paid today"]), rs(paid), amount=paid)
        if rng.random() < 0.4:
            p.add("small", f"({words_in_rupees(paid)})")
        if part:
            p.pair(rng.choice(["Balance of this milestone", "Milestone balance"]), rs(round(due - paid, 2)))
        p.pair(rng.choice(["Balance payable", "Contract balance"]), rs(round(contract_value - earlier - paid, 2)))
    else:
        paid = due
        p.pair(rng.choice([f"Milestone {n + 1} amount", "Amount due" if status == "pending" else "Amount"]),
               rs(due), amount=due)
        p.pair(rng.choice(["Balance payable", "Contract balance"]), rs(round(contract_value - earlier, 2)))
    j.amount = paid
    if way == "due":
        p.pair(rng.choice(["Due by", "Payable before"]), when(other_day(rng, j.date, 5, 20), rng.choice(DAY_PATS)))
    else:
        p.pair(rng.choice(["Mode", "Received by", "Payment via"]), mode_text(rng, font, way), method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["HDFC", "ICIC", "SBIN", "KKBK", "UTIB"])
    word = {"success": "PART PAID" if part else rng.choice(["PAID", "RECEIVED WITH THANKS", "MILESTONE PAID"]),
            "failed": rng.choice(["CARD DECLINED - MILESTONE UNPAID", "PAYMENT FAILED"]),
            "pending": rng.choice(["PAYMENT DUE", "MILESTONE RAISED - PAYMENT DUE"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Cancellation as per clause 9 of the contract. Advances are adjusted against the final bill.")
    p.add("right", "Authorised signatory")
    stamped(p, j, short(FIRMS[j.town][TRADE]), "ACCOUNTS", word)
    return p.done()


# ---------------------------------------------------------------- 4. a banquet hall's booking receipt


BANQUET_WAYS = ["netbanking", "card", "UPI", "netbanking", "RTGS", "UPI", "card", "netbanking"]
BANQUET_FRAMES = ["paper", "mail", "paper", "browser", "paper", "mail", "paper", "browser"]


def banquet_booking(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A banquet hall's, lawn's or resort's BOOKING CONFIRMATION & ADVANCE RECEIPT / BANQUET BOOKING RECEIPT / HALL
    BOOKING SLIP for the company (paper, e-mail or the venue's booking portal): the venue on top (the payee), Booking
    Ref / Booking No. (the order's number), Receipt No., Paid on / Receipt date, Booked by M/s the company (the payer),
    On behalf of the client, the function, its day and session (no facts), the hall, Guaranteed pax, Per plate and
    Hall rent, Estimated bill, Advance received (the sum), Balance payable; BOOKING CONFIRMED / NEFT RETURNED - DATE
    NOT BLOCKED / DATE ON HOLD - ADVANCE AWAITED."""
    k = place("banquet_booking")
    status = outcome(k, failed=(7,), pending=(4,))
    way, frame = BANQUET_WAYS[k], BANQUET_FRAMES[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1)
    venue = VENUES[j.town]
    j.to = venue.upper() if rng.random() < 0.25 else venue
    slug = "".join(ch for ch in venue.lower().split()[0] if ch.isalpha())
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{venue} <banquets@{slug}venues.in>",
                   rng.choice(["Your booking is confirmed", "Banquet booking - advance receipt"]))
    elif frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"book.{slug}venues.in/bookings/receipt"
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR", "Rs"))
    letterhead(p, j, j.to, ["BOOKING CONFIRMATION & ADVANCE RECEIPT", "BANQUET BOOKING RECEIPT", "HALL BOOKING SLIP"],
               sub=["Banquets | Lawns | Rooms | In-house catering", "Weddings, receptions & conferences"])
    if not j.no_ref:
        bk = rng.choice([f"BQ/{code(rng, 2, UPPER)}/{rng.randrange(1000, 9999)}", f"BKG{digits(rng, 6)}"])
        labelled(p, rng.choice(["Booking Ref", "Booking No."]), bk, txn=(ORDER_RANK, bk))
        if rng.random() < 0.7:
            rno = f"{rng.randrange(10000, 99999)}"
            p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair({"success": rng.choice(["Paid on", "Receipt date", "Date"]), "failed": "Returned on",
                "pending": rng.choice(["Date", "Held on"])}[status], j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Booked by", "Booking party"]), f"M/s {FIRMS[j.town][rng.choice([TRADE, FIRM])]}")
    wrap_pair(p, "On behalf of", j.client)
    wrap_pair(p, "Function", event_name(rng, j.town, j.client))
    if not j.no_day:
        p.pair(rng.choice(["Function date", "Event on"]), when(other_day(rng, j.date, 15, 200), rng.choice(DAY_PATS)))
    p.pair(rng.choice(["Session", "Timing"]), rng.choice(["Evening 7 PM - 11:30 PM", "Lunch 12 - 4 PM",
                                                          "Full day"]))
    p.pair(rng.choice(["Hall", "Venue area"]), rng.choice(HALLS))
    p.add("rule")
    pax = rng.choice([150, 200, 250, 300, 400, 500, 650])
    plate = float(rng.choice([950, 1150, 1350, 1600, 1850, 2200]))
    rent = float(rng.choice([0, 25000, 50000, 75000, 100000]))
    p.pair(rng.choice(["Guaranteed pax", "Minimum guarantee"]), f"{pax} guests")
    p.pair(rng.choice(["Per plate (veg)", "Tariff per cover"]), rs(plate))
    if rent:
        p.pair(rng.choice(["Hall rent", "Lawn charges"]), rs(rent))
    estimate = round((pax * plate + rent) * 1.18, 2)
    p.pair(rng.choice(["Estimated bill (incl. GST)", "Approx. total"]), rs(estimate))
    advance = whole(estimate * rng.choice([0.2, 0.25, 0.3, 0.5]), 1000)
    if way == "UPI":
        advance = min(advance, float(rng.choice([50000, 75000, 100000])))
    if way == "RTGS" and advance < 200000:
        way = "netbanking"
    j.amount = advance
    p.pair(rng.choice(["Advance received", "Advance paid"]) if status == "success" else "Advance", rs(advance),
           amount=advance)
    p.pair(rng.choice(["Balance payable", "Balance (before function)"]), rs(round(max(estimate - advance, 0), 2)))
    p.pair(rng.choice(["Mode", "Paid by"]), mode_text(rng, font, way), method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["HDFC", "UTIB", "SBIN", "KKBK"])
    word = {"success": rng.choice(["BOOKING CONFIRMED", "BOOKING CONFIRMED - ADVANCE RECEIVED", "CONFIRMED"]),
            "failed": f"{'CARD DECLINED' if way == 'card' else 'UPI FAILED' if way == 'UPI' else 'NEFT RETURNED'}"
                      " - DATE NOT BLOCKED",
            "pending": rng.choice(["DATE ON HOLD - ADVANCE AWAITED", "TENTATIVE - PAYMENT UNDER VERIFICATION"])}[status]
    if frame == "paper":
        p.add("center", word, status=status)
    else:
        p.pair(rng.choice(["Status", "Booking status"]), word, status=status)
    p.part = "foot"
    p.add("small", "Advance is non-refundable within 60 days of the function. Final pax to be given 72 hours before.")
    if frame == "paper":
        p.add("right", "Banquet manager")
    return p.done()


# ---------------------------------------------------------------- 5. a caterer's bill with its plates


MENUS = [("Veg Deluxe menu", (550, 900)), ("Rajasthani thali", (650, 1000)), ("Kerala sadya (leaf)", (450, 750)),
         ("North Indian buffet", (600, 950)), ("Jain menu", (600, 900)), ("Non-veg buffet", (850, 1300)),
         ("Hi-tea & snacks", (250, 420))]
CATER_WAYS = ["UPI", "netbanking", "UPI", "cash", "IMPS", "netbanking", "UPI", "cash"]


def caterer_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A caterer's CATERING BILL / BILL CUM RECEIPT / FINAL BILL - OUTDOOR CATERING to the company (paper): the
    caterer on top (the payee), Bill No. / Sr. No., Bill date, Party M/s the company, the function, its day (no fact)
    and venue, plates by the menu (n plates x rate), extra plates over the guarantee, live counters and service staff,
    Sub total, CGST / SGST @ 2.5%, Grand total, Less: Advance paid at booking, Balance payable, Amount paid / Received
    now (the sum), the way and its reference; PAID / RECEIVED / UPI FAILED - BALANCE UNPAID / PAYMENT PENDING in a
    row and the caterer's stamp."""
    k = place("caterer_bill")
    status = outcome(k, failed=(2,), pending=(6,))
    way = CATER_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    caterer = CATERERS[j.town]
    j.to = caterer.upper() if rng.random() < 0.4 else caterer
    p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    bare = counter_rs(rng, font, [""], p_slash=0.0)
    letterhead(p, j, j.to, ["CATERING BILL", "BILL CUM RECEIPT", "FINAL BILL - OUTDOOR CATERING"],
               sub=["Outdoor & wedding catering - veg / Jain / non-veg", "Pure veg caterers since 1994"])
    if not j.no_ref:
        bno = rng.choice([f"{rng.randrange(100, 2999)}", f"CB/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Bill No.", "Sr. No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date", "Dated"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Party", "M/s", "Bill to"]), FIRMS[j.town][rng.choice([TRADE, FIRM])])
    wrap_pair(p, "Function", event_name(rng, j.town))
    if not j.no_day:
        p.pair(rng.choice(["Function date", "Served on"]), when(other_day(rng, j.date, -6, -1), rng.choice(DAY_PATS)))
    wrap_pair(p, "Venue", VENUES[j.town])
    p.add("rule")
    total = 0.0
    guarantee = rng.choice([200, 250, 300, 350, 400, 500])
    for name, (low, high) in rng.sample(MENUS, rng.randint(1, 2)):
        plates = guarantee if total == 0 else rng.choice([30, 40, 60, 80])
        rate = float(round(rng.uniform(low, high) / 10) * 10)
        p.add("left", name)
        p.pair(f"  {plates} plates x {bare(rate).strip()}", bare(plates * rate).strip())
        total += plates * rate
        if total and rng.random() < 0.5 and plates == guarantee:
            extra = rng.choice([12, 18, 25, 35])
            p.pair(f"  Extra plates over guarantee {extra} x {bare(rate).strip()}", bare(extra * rate).strip())
            total += extra * rate
    if rng.random() < 0.6:
        n = rng.randint(1, 3)
        rate = float(rng.choice([9000, 12000, 15000, 18000]))
        p.pair(f"Live counters {n} x {bare(rate).strip()}", bare(n * rate).strip())
        total += n * rate
    staff = rng.choice([8, 12, 16, 20])
    wage = float(rng.choice([700, 800, 900]))
    p.pair(f"Service staff {staff} x {bare(wage).strip()}", bare(staff * wage).strip())
    total += staff * wage
    p.add("rule")
    p.pair(rng.choice(["Sub total", "Total"]), rs(total))
    half = round(total * 0.025, 2)
    p.pair("CGST @ 2.5%", bare(half).strip())
    p.pair("SGST @ 2.5%", bare(half).strip())
    grand = float(round(total + 2 * half))
    p.pair(rng.choice(["Grand total", "Bill amount"]), rs(grand))
    advance = whole(grand * rng.uniform(0.25, 0.5), 5000)
    p.pair(rng.choice(["Less: Advance paid at booking", "Less: Advance received"]), rs(advance))
    balance = round(grand - advance, 2)
    if way == "UPI":
        balance = min(balance, float(rng.choice([60000, 85000, 100000])))
    if way == "cash":
        balance = min(balance, float(rng.choice([50000, 90000, 150000])))
    p.pair(rng.choice(["Balance payable", "Net payable"]), rs(round(grand - advance, 2)))
    if status == "success":
        p.pair(rng.choice(["Amount paid", "Received now", "Received"]), rs(balance), amount=balance)
        if balance < round(grand - advance, 2):
            p.pair(rng.choice(["Balance due", "Still due"]), rs(round(grand - advance - balance, 2)))
    else:
        p.pair(rng.choice(["Amount", "Payment of"]), rs(balance), amount=balance)
    j.amount = balance
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(balance)})")
    p.pair(rng.choice(["Mode", "Paid by"]), mode_text(rng, font, way), method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "BARB", "CNRB", "HDFC"])
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "BILL SETTLED"]),
            "failed": "UPI FAILED - BALANCE UNPAID",
            "pending": rng.choice(["PAYMENT PENDING", "PAYMENT PENDING - TO BE CONFIRMED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Plates counted at the venue in the presence of the party's representative. E.&O.E.")
    p.add("pair", "Party's signature", "For the caterer")
    stamped(p, j, short(caterer), "KITCHEN OFFICE", word)
    return p.done()


# ---------------------------------------------------------------- 6. a card slip at a venue's front desk


SLIP_HEADS = ["EZETAP", "RAZORPAY POS", "BHARATPE", "YES BANK", "KOTAK MAHINDRA BANK", "FEDERAL BANK",
              "INDUSIND BANK", "PHONEPE SMART POS"]
SLIP_DAYS = ["%d-%m-%Y", "%Y-%m-%d", "%d %b %y", "%d/%m/%y", "%d.%m.%Y"]


def venue_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's corporate card at a venue's front desk (a resort, a hall, a rental): the terminal's slip
    (Ezetap, Razorpay POS, BharatPe, a bank's, PhonePe Smart POS; monospace): the terminal's name, the venue in
    capitals under it (the payee), its city, MID, TID, DT / DATE, TM / TIME, BATCH NO, TRACE NO / ROC / INV#, SALE with
    a TIP on some (BASE AMT, TIP AMT, TOTAL: the sum), the card masked, CARD HOLDER the company (the payer), AUTH NO
    / APPROVAL, RRN / REF#; APPROVED / TRANSACTION APPROVED / DECLINED / TIMEOUT - REVERSAL PENDING."""
    k = place("venue_slip")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=3000, high=240000, p_round=0.6)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    mark = rng.choice(["RS.", "INR ", "Rs ", "", "RS "])
    grouped = rng.random() < 0.5

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    venue = VENUES[j.town].upper()
    name = next(n for n in (venue, " ".join(venue.split()[:3]), " ".join(venue.split()[:2])) if fits(p, "center", n))
    j.to = name
    p.part = "head"
    p.add("center", SLIP_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", CITIES[j.town][0].upper())
    p.part = "body"
    if not j.no_day:
        p.pair(rng.choice(["DATE:", "DT:"]), when(j.date, rng.choice(SLIP_DAYS), upper=True), date=j.date)
    p.pair(rng.choice(["TIME:", "TM:"]), hhmm(rng, twelve=False, seconds=rng.random() < 0.5))
    p.pair("MID:", digits(rng, 15) if fits(p, "pair", f"MID: {'0' * 15}  ") else digits(rng, 10))
    p.pair("TID:", f"{code(rng, 2, UPPER)}{digits(rng, 6)}" if rng.random() < 0.4 else digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH#:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        trace = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["TRACE NO:", "ROC:", "INV#:"]), trace, txn=(INVOICE_RANK, trace))
    p.add("center", rng.choice(["SALE", "PURCHASE"]))
    p.add("left", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'])} {rng.choice(['CORP', 'BUSINESS', 'CREDIT'])}")
    p.add("left", f"CARD NO: {rng.choice(['XXXX XXXX XXXX ', '**** **** **** '])}{digits(rng, 4)}", method="card")
    holder = FIRMS[j.town][TRADE].upper()
    if fits(p, "left", f"NAME: {holder}"):
        p.add("left", f"{rng.choice(['NAME:', 'CARD HOLDER:'])} {holder}"
              if fits(p, "left", f"CARD HOLDER: {holder}") else f"NAME: {holder}")
    p.add("left", rng.choice(["EMV CHIP", "CONTACTLESS", "CHIP & PIN"]))
    if rng.random() < 0.4 and status == "success":
        base = j.amount
        tip = float(rng.choice([500, 1000, 2000, 2500]))
        j.amount = round(base + tip, 2)
        p.pair(rng.choice(["BASE AMT:", "AMOUNT:"]), sale(base))
        p.pair(rng.choice(["TIP AMT:", "TIP:"]), sale(tip))
        p.pair(rng.choice(["TOTAL:", "TOTAL AMT:"]), sale(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["AMOUNT:", "TXN AMT:", "TOTAL:"]), sale(j.amount), amount=j.amount)
    if not j.no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["AUTH NO:", "APPROVAL:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "REF#:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TRANSACTION APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TRANSACTION DECLINED"]),
                     "pending": "TIMEOUT - REVERSAL PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["05-DO NOT HONOUR", "65-EXCEEDS FREQUENCY LIMIT"]))
    elif status == "pending":
        p.add("center", "PLEASE CHECK WITH YOUR BANK")
    p.part = "foot"
    p.add("small", "SIGNATURE NOT REQUIRED" if status == "success" else "NO AMOUNT TO BE COLLECTED ON THIS SLIP")
    p.add("center", rng.choice(["-- CUSTOMER COPY --", "-- MERCHANT COPY --"]))
    return p.done()


# ---------------------------------------------------------------- 7. a vendor payout from the company's bank


PAYOUT_BANKS = [("Kotak FYN", "KKBK", "fyn.kotak.com/payments/bulk/status"),
                ("YES CONNECT", "YESB", "yesconnect.yesbank.in/corp/bulkpay/detail"),
                ("IDFC FIRST Corporate Banking", "IDFB", "corporate.idfcfirstbank.com/bulk/txn"),
                ("Axis neo for business", "UTIB", "neo.axisbank.com/payouts/txn-details")]
PAYOUT_FRAMES = ["browser", "mail", "browser", "mail", "browser", "mail", "browser", "mail"]
PAYOUT_MODES = ["NEFT", "RTGS", "IMPS", "NEFT", "RTGS", "IMPS", "NEFT", "NEFT"]
TDS = {"decor": ("194C", 2), "flowers": ("194C", 1), "photo": ("194J", 10), "sound": ("194C", 2),
       "makeup": ("194J", 10), "cars": ("194C", 1)}


def vendor_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying a decorator, florist, photographer, sound and light company, makeup artist or car rental:
    its corporate banking's bulk-payment transaction page (Kotak FYN, YES CONNECT, IDFC FIRST, Axis neo; a browser:
    Batch ID / File Reference (no fact), Payee Name / Beneficiary (the payee), Payee Code, the account and IFSC, the
    sum, the mode, UTR, Customer Ref No. (the document's number), Value Date / Processed on; Paid / Rejected /
    Pending for authorisation) or the company's PAYMENT ADVICE e-mail to the vendor (Payment Advice No., the vendor's
    own Invoice No. and its day (no facts), Gross amount, Less: TDS u/s 194C / 194J, Net amount paid: the sum)."""
    k = place("vendor_payout")
    status = outcome(k, failed=(0,), pending=(5,))
    frame, mode = PAYOUT_FRAMES[k], PAYOUT_MODES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    vendor, kind, purpose = VENDORS[(k + rng.randrange(2)) % len(VENDORS)]
    j.to = vendor.upper() if rng.random() < 0.3 else vendor
    low = 210000 if mode == "RTGS" else 15000
    gross = whole(rupees(rng, low * 1.15, low * 6, 0.8), 100)
    section, pct = TDS[kind]
    tds = round(gross * pct / 100, 2)
    net = round(gross - tds, 2)
    j.amount = net
    payer = FIRMS[j.town][FIRM]
    head4 = rng.choice(["HDFC", "SBIN", "KKBK", "YESB", "UTIB"])
    ref = None
    if not j.no_ref and status != "pending" and not (status == "failed" and mode == "IMPS"):
        ref = (rtgs_utr(head4, rng, j.date) if mode == "RTGS" else neft_utr(head4, rng, j.date) if mode == "NEFT"
               else j.ref)
    if frame == "browser":
        bank, _, url = PAYOUT_BANKS[k // 2]
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = url
        rs = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs."))
        p.part = "head"
        top(p, bank)
        p.add("small", f"{payer}  |  Corp ID {code(rng, 3, UPPER)}{digits(rng, 5)}")
        p.add("center", rng.choice(["Bulk Payment - Transaction Details", "Payout details", "Vendor Payments"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Batch ID", "File Reference"]), f"{code(rng, 3, UPPER)}{digits(rng, 7)}")
        wrap_pair(p, rng.choice(["Payee Name", "Beneficiary"]), j.to, merchant=j.to)
        p.pair(rng.choice(["Payee Code", "Vendor Code"]), f"V{digits(rng, 5)}")
        p.pair(rng.choice(["Account No.", "Credit A/c"]), f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{rng.choice(['SBIN', 'HDFC', 'ICIC', 'BARB', 'PUNB'])}0{digits(rng, 6)}")
        p.pair(rng.choice(["Amount", "Payment Amount"]), rs(net), amount=net)
        p.pair(rng.choice(["Payment Mode", "Product"]), mode, method="netbanking")
        if not j.no_ref:
            if ref:
                p.pair(rng.choice(["UTR", "UTR No.", "Bank Reference (UTR)"]), ref, txn=(UTR_RANK, ref))
            cust = f"{SLUGS[j.town][:3].upper()}{digits(rng, 6)}"
            p.pair(rng.choice(["Customer Ref No.", "Payment Ref"]), cust, txn=(INVOICE_RANK, cust))
        if not j.no_day:
            p.pair({"success": rng.choice(["Value Date", "Processed on"]), "failed": "Rejected on",
                    "pending": "Uploaded on"}[status], stamp(rng, j.date, PATS, twelve=False), date=j.date)
        p.pair(rng.choice(["Remarks", "Narration"]), purpose)
        p.pair("Status", {"success": rng.choice(["Paid", "Processed - credited to beneficiary", "SUCCESS"]),
                          "failed": rng.choice(["Rejected - invalid beneficiary account", "Returned - account closed"]),
                          "pending": rng.choice(["Pending for authorisation", "Sent to bank - awaiting UTR"])}[status],
               status=status)
        p.part = "foot"
        p.add("small", "Maker: accounts1  |  Checker: director")
        return p.done()
    p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    mail_frame(p, f"{FIRMS[j.town][TRADE]} Accounts <accounts@{SLUGS[j.town]}.com>",
               rng.choice(["Payment advice", "Payment released against your invoice", "Remittance advice"]))
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, payer)
    p.add("center", rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE"]))
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {vendor.split(' (')[0]},")
    p.add("small", {"success": "We have released the payment below to your bank account.",
                    "failed": "The payment below could not be credited to your account.",
                    "pending": "The payment below has been sent to our bank for processing."}[status])
    if not j.no_ref:
        adv = f"PA/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Payment Advice No.", "Advice No."]), adv, txn=(INVOICE_RANK, adv))
    wrap_pair(p, rng.choice(["Vendor", "Paid to", "Payee"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor PAN", "PAN"]), f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    inv = f"{code(rng, 2, UPPER)}-{rng.randrange(10, 999)}"
    p.pair(rng.choice(["Your Invoice No.", "Against invoice"]), inv)
    if not j.no_day:
        p.pair(rng.choice(["Invoice date", "Your bill dated"]), when(other_day(rng, j.date, -40, -4),
                                                                     rng.choice(DAY_PATS)))
    wrap_pair(p, "Towards", purpose)
    p.pair(rng.choice(["Gross amount", "Invoice value"]), rs(gross))
    p.pair(f"Less: TDS u/s {section} @ {pct}%", rs(tds))
    p.pair(rng.choice(["Net amount paid", "Net payable", "Amount remitted"]) if status == "success"
           else "Net amount", rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Paid by"]), f"{mode} to A/c XXXX{digits(rng, 4)}", method="netbanking")
    if ref:
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Payment date", "Value date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair("Status", {"success": rng.choice(["Paid", "Credited"]), "failed": f"{mode} returned - not credited",
                      "pending": "Under process at bank"}[status], status=status)
    p.part = "foot"
    p.add("small", "TDS certificate (Form 16A) will be issued quarterly. Please share your bill for the balance.")
    return p.done()


# ---------------------------------------------------------------- 8. a ticket page for a ticketed event


TICKET_GWS = ["Razorpay", "PayU", "Cashfree", "Instamojo", "Easebuzz", "CCAvenue", "PayU", "PhonePe PG"]
TICKET_WAYS = ["UPI", "card", "UPI", "UPI", "netbanking", "card", "UPI", "wallet"]
SHOWS = ["Sufi Night by the Lake", "Starlight Gala Night", "Garba Raas Night", "Monsoon Food & Music Fest",
         "Bollywood Retro Night", "Stand-up Comedy Evening", "Navratri Dandiya Utsav", "Winter Carnival"]
PASSES = [("Silver pass", 499.0), ("Gold pass", 999.0), ("Platinum pass", 1499.0), ("Couple entry", 1799.0),
          ("VIP table (4 pax)", 9999.0), ("Early bird", 399.0)]


def ticket_gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A ticket buyer paying for the company's ticketed event through a payment page (Razorpay, PayU, Cashfree,
    Instamojo, Easebuzz, CCAvenue, PhonePe PG; browser or phone, dark on some): the company (the organiser) on top or
    under Organised by / Paying, the outcome, the sum large, Booking ID (the order's number), the show, its day and
    gates (no facts), passes with count x price, Booking fee and GST on it, Total, the way, the gateway's ids, a UPI
    Ref No / Bank Ref No on some, the day."""
    k = place("ticket_gateway")
    status = outcome(k, failed=(4,), pending=(1,))
    gw, way = TICKET_GWS[k], TICKET_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, firm=0.15)
    show = rng.choice(SHOWS)
    lines = []
    for name, price in rng.sample(PASSES, rng.randint(1, 2)):
        n = 1 if price > 5000 else rng.randint(1, 4)
        lines.append((f"{name} x {n}", round(price * n, 2)))
    base = round(sum(value for _, value in lines), 2)
    fee = round(base * rng.choice([0.02, 0.03, 0.05]), 2)
    gst = round(fee * 0.18, 2)
    total = round(base + fee + gst, 2)
    j.amount = total
    if k % 2 == 0:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"pages.razorpay.com/{SLUGS[j.town]}",
                                  "Cashfree": f"payments.cashfree.com/forms/{code(rng, 8, MIXED)}",
                                  "Easebuzz": f"pay.easebuzz.in/link/{code(rng, 10, MIXED)}",
                                  "PayU": "payu.in/pay/status",
                                  "PhonePe PG": "mercury.phonepe.com/transact/pg"}[gw]
    else:
        p = screen(rng, font, "phone", dark=rng.random() < 0.35, width=620, title="",
                   buttons=rng.choice([("Download ticket",), ("Done",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.4)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Organised by", "Paying"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice([f"Tickets - {show}", f"www.{SLUGS[j.town]}.com/events"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Booking confirmed", "Tickets booked"],
                            "failed": ["Payment Failed", "Payment failed - tickets not booked"],
                            "pending": ["Payment Pending", "Awaiting payment confirmation"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if not j.no_ref:
        bid = rng.choice([f"TKT{digits(rng, 7)}", f"{code(rng, 3, UPPER)}-{digits(rng, 6)}"])
        labelled(p, rng.choice(["Booking ID", "Ticket booking no."]), bid, txn=(ORDER_RANK, bid))
    wrap_pair(p, "Event", show)
    if not j.no_day:
        p.pair(rng.choice(["Show on", "Event date"]), when(other_day(rng, j.date, 3, 60), rng.choice(
            ["%a, {d} %b", "{d} %b %Y", "%d/%m/%Y"])) + rng.choice([", 7 PM", "  |  Gates 6:30 PM", ""]))
    wrap_pair(p, "Venue", f"{VENUES[j.town]}, {CITIES[j.town][0]}")
    for name, value in lines:
        wrap_pair(p, name, rs(value))
    p.pair(rng.choice(["Booking fee", "Convenience fee"]), rs(fee))
    p.pair(rng.choice(["GST on fee (18%)", "IGST @ 18%"]), rs(gst))
    p.pair(rng.choice(["Total", "Total paid"]) if status == "success" else "Total", rs(total))
    p.pair(rng.choice(["Paid via", "Payment method", "Pay mode"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        ids = instamojo_ids(rng, j.date) if gw == "Instamojo" else gateway_ids(rng, gw, j.date)
        for label, value_text, rank in ids:
            labelled(p, label, value_text, txn=(rank, value_text))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "UPI RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Booked on", "Date & Time"] if status == "success"
                               else ["Date & Time", "Attempted on"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", "If money was debited, it will be refunded to your account in 5-7 working days.")
    elif status == "pending":
        p.add("small", "Your tickets will be e-mailed once the bank confirms the payment.")
    else:
        p.add("small", "Show the QR code in your e-mail at the gate. Tickets are non-refundable.")
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Payments secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 9. a tent house's money receipt


TENT_ITEMS = [("Shamiana 40 x 80 ft", (18000, 35000)), ("Chairs with covers", (25, 45)),
              ("Round tables with linen", (250, 450)), ("Stage 16 x 24 ft with carpet", (8000, 15000)),
              ("Gen-set 62.5 kVA (8 hrs)", (9000, 14000)), ("Coolers / heaters", (600, 1200)),
              ("German hanger 60 x 100 ft", (45000, 90000)), ("Mattress & gadda set", (80, 150))]
TENT_WAYS = ["cash", "UPI", "UPI", "netbanking", "cash", "IMPS", "UPI", "netbanking"]


def tent_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A tent house's MONEY RECEIPT / ADVANCE RECEIPT / RECEIPT (paper, a receipt book's page): the tent house on top
    (the payee), No. (the receipt book's), Date, Received with thanks from M/s the company, the sum in words, by cash /
    UPI / NEFT / IMPS and its reference, Towards the order (shamiana, chairs, stage, gen-set with count x rate), Total
    order, Received earlier, Balance; the sum in a box (Rs. n/-); RECEIVED / UPI FAILED - NOT RECEIVED / PAYMENT
    PENDING - TO BE CONFIRMED, the tent house's stamp."""
    k = place("tent_receipt")
    status = outcome(k, failed=(6,), pending=(3,))
    way = TENT_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4)
    tent = TENTS[j.town]
    j.to = tent.upper() if rng.random() < 0.5 else tent
    p = screen(rng, font, width=rng.choice([600, 640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.8)
    bare = counter_rs(rng, font, [""], p_slash=0.0)
    letterhead(p, j, j.to, ["MONEY RECEIPT", "ADVANCE RECEIPT", "RECEIPT"],
               sub=["Tent, shamiana, light, sound & catering items on hire", "All types of tent & decoration work"])
    if not j.no_ref:
        no = f"{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["No.", "Receipt No.", "Sl. No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    p.add("rule")
    lines, order = [], 0.0
    for name, (low, high) in rng.sample(TENT_ITEMS, rng.randint(3, 4)):
        n = rng.choice([100, 150, 200, 300, 400]) if high < 500 else rng.randint(1, 3)
        rate = float(round(rng.uniform(low, high) / 5) * 5)
        lines.append((f"{name}  {n} x {bare(rate).strip()}", n * rate))
        order += n * rate
    earlier = whole(order * rng.uniform(0.0, 0.4), 1000) if rng.random() < 0.6 else 0.0
    paid = whole((order - earlier) * rng.uniform(0.4, 1.0), 500)
    if way == "cash":
        paid = min(paid, float(rng.choice([40000, 75000, 150000])))
    if way == "UPI":
        paid = min(paid, float(rng.choice([50000, 80000, 100000])))
    j.amount = paid
    who = FIRMS[j.town][rng.choice([TRADE, FIRM])]
    verb = "Received with thanks from" if status == "success" else "Payment from"
    p.add("left", f"{verb} M/s {who}")
    p.add("left", f"the sum of {words_in_rupees(paid)}")
    p.pair(rng.choice(["by", "Mode"]), mode_text(rng, font, way), method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "PUNB", "BARB", "UCBA"])
    wrap_pair(p, "Towards", rng.choice(["tent & furniture on hire", "advance for the booking below",
                                        "part payment - tent order"]) + f" ({event_name(rng, j.town)})")
    if not j.no_day:
        start = other_day(rng, j.date, 4, 90)
        p.pair(rng.choice(["Booking for", "Set-up on"]), f"{when(start, '%d/%m')} - "
               f"{when(start + dt.timedelta(days=rng.randint(1, 3)), '%d/%m/%Y')}")
    for text, value in lines:
        wrap_pair(p, text, bare(value).strip())
    p.add("rule")
    p.pair(rng.choice(["Total order", "Total hire charges"]), rs(order))
    if earlier:
        p.pair(rng.choice(["Received earlier", "Advance earlier"]), rs(earlier))
    p.pair(rng.choice(["Balance", "Balance due"]), rs(round(order - earlier - (paid if status == "success" else 0), 2)))
    p.add("big", rs(paid), amount=paid)
    word = {"success": rng.choice(["RECEIVED", "PAID", "RECEIVED WITH THANKS"]),
            "failed": "UPI FAILED - NOT RECEIVED",
            "pending": rng.choice(["PAYMENT PENDING - TO BE CONFIRMED", "PENDING - CREDIT NOT SEEN"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Damage or loss of hired items will be charged extra. Subject to local jurisdiction.")
    p.add("pair", "Receiver's sign", "Proprietor")
    stamped(p, j, short(tent), "PROPRIETOR", word)
    return p.done()


# ---------------------------------------------------------------- 10. a refund for a cancelled booking


REFUND_FRAMES = ["paper", "mail", "paper", "browser", "mail", "paper", "mail", "paper"]
REFUND_WAYS = ["netbanking", "UPI", "netbanking", "card", "netbanking", "UPI", "netbanking", "IMPS"]


def cancel_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company refunding a client whose booking was cancelled (paper voucher, e-mail or the client portal in a
    browser): CANCELLATION & REFUND NOTE / REFUND VOUCHER - BOOKING CANCELLED / CANCELLATION SETTLEMENT, the company on
    top (the payer), Refund Voucher / Cancellation Note No., Refund Txn ID on some, Refund date / Processed on /
    Attempted on / Initiated on, Refund to / Payee / Client the client (the payee), the cancelled booking's Booking No.
    and event day (no facts), Amount received till date, Less: Cancellation charges (n% as per clause 9), Less:
    Non-refundable vendor advances, Refund amount (the sum), NEFT / UPI / IMPS / reversal to card with UTR / UPI
    Ref / ARN; REFUNDED / REFUND FAILED - ACCOUNT DETAILS INVALID / REFUND UNDER PROCESS."""
    k = place("cancel_refund")
    status = outcome(k, failed=(5,), pending=(0,))
    frame, way = REFUND_FRAMES[k], REFUND_WAYS[k]
    unit = rng.choice([TRADE, WEDDINGS])
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, unit=unit)
    payer = FIRMS[j.town][unit]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{payer} <care@{SLUGS[j.town]}.com>",
                   rng.choice(["Refund against your cancelled booking", "Cancellation settlement"]))
    elif frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"clients.{SLUGS[j.town]}.com/bookings/refund"
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4 if frame == "paper" else 0.0)
    letterhead(p, j, payer, ["CANCELLATION & REFUND NOTE", "REFUND VOUCHER - BOOKING CANCELLED",
                             "CANCELLATION SETTLEMENT"], merchant=False)
    if not j.no_ref:
        no = rng.choice([f"RF/{j.year()}{rng.randrange(1, 999):03d}", f"CXL-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Refund Voucher No.", "Cancellation Note No."]), no, txn=(INVOICE_RANK, no))
        if frame != "paper" and status != "pending":
            rid = f"RFN{digits(rng, 10)}"
            labelled(p, rng.choice(["Refund Txn ID", "Refund Reference"]), rid, txn=(TXN_RANK, rid))
    if not j.no_day:
        p.pair({"success": rng.choice(["Refund date", "Processed on", "Date"]), "failed": "Attempted on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    to = j.client.upper() if rng.random() < 0.25 else j.client
    wrap_pair(p, rng.choice(["Refund to", "Payee", "Client"]), to, merchant=to)
    p.pair(rng.choice(["Cancelled booking", "Booking No."]), f"BK{digits(rng, 5)}")
    wrap_pair(p, "Event", event_name(rng, j.town, j.client))
    if not j.no_day:
        p.pair(rng.choice(["Was scheduled for", "Original event date"]), when(other_day(rng, j.date, 20, 150),
                                                                         rng.choice(DAY_PATS)))
    p.add("rule")
    received = whole(rupees(rng, 50000, 800000), 1000)
    pct = rng.choice([10, 25, 50])
    cut = round(received * pct / 100, 2)
    p.pair(rng.choice(["Amount received till date", "Total advances received"]), rs(received))
    p.pair(f"Less: Cancellation charges ({pct}% as per clause 9)", rs(cut))
    vendor = 0.0
    if rng.random() < 0.5:
        vendor = whole(received * rng.uniform(0.05, 0.2), 500)
        p.pair(rng.choice(["Less: Non-refundable venue advance", "Less: Vendor advances (non-refundable)"]),
               rs(vendor))
    refund = round(received - cut - vendor, 2)
    if way == "UPI":
        refund = min(refund, float(rng.choice([60000, 90000, 100000])))
    if way == "card":
        refund = min(refund, 150000.0)
    j.amount = refund
    p.pair(rng.choice(["Refund amount", "Net refund", "Amount refunded"]) if status == "success"
           else rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
    if refund < round(received - cut - vendor, 2):
        p.add("small", "Balance refund will follow in a second transfer.")
    if rng.random() < 0.35:
        p.add("small", f"({words_in_rupees(refund)})")
    p.pair(rng.choice(["Refund mode", "Refunded by", "Mode"]),
           {"UPI": rng.choice(["UPI", "UPI to client"]), "card": f"Reversal to card {masked(rng, font)}",
            "netbanking": "NEFT", "IMPS": "IMPS"}[way], method=method_of(way))
    if not j.no_ref and status == "success":
        if way == "card":
            arn = f"7{digits(rng, 22)}"
            p.pair(rng.choice(["ARN", "Acquirer Ref (ARN)"]), arn, txn=(UTR_RANK, arn))
        else:
            ref_rows(p, j, way, heads=["HDFC", "ICIC", "KKBK"])
    word = {"success": rng.choice(["REFUNDED", "REFUND PROCESSED", "Refund credited"]),
            "failed": rng.choice(["REFUND FAILED - ACCOUNT DETAILS INVALID", "REFUND FAILED"]),
            "pending": rng.choice(["REFUND UNDER PROCESS - CREDIT IN 5-7 WORKING DAYS", "Refund initiated"])}[status]
    if frame == "paper":
        p.add("center", word, status=status)
    else:
        p.pair(rng.choice(["Status", "Refund status"]), word, status=status)
    p.part = "foot"
    p.add("small", "Cancellation charges as agreed in the event contract. GST on the charges is not refundable.")
    if frame == "paper":
        p.add("pair", "Client's signature", "For the company")
    return p.done()


# ---------------------------------------------------------------- 11. a venue's security-deposit receipt


DEPOSIT_FRAMES = ["paper", "paper", "mail", "browser", "paper", "mail", "paper", "browser"]
DEPOSIT_WAYS = ["netbanking", "card", "UPI", "netbanking", "cash", "IMPS", "card", "UPI"]


def security_deposit(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A venue's SECURITY DEPOSIT RECEIPT / REFUNDABLE CAUTION MONEY RECEIPT / DAMAGE DEPOSIT - ACKNOWLEDGEMENT for
    the company (paper, e-mail or the venue's portal): the venue on top (the payee), SD Receipt / Deposit Receipt No.,
    Booking ID (the order's number), Deposit date / Received on, Received from M/s the company (the payer), the
    function and its day (no fact), the hall, Hall rent (paid on another receipt: no fact), Security deposit (the
    sum), Refundable within n working days after the event (no fact), the way and its reference; DEPOSIT RECEIVED /
    CARD DECLINED - DEPOSIT NOT RECEIVED / DEPOSIT PENDING - CREDIT AWAITED."""
    k = place("security_deposit")
    status = outcome(k, failed=(1,), pending=(2,))
    frame, way = DEPOSIT_FRAMES[k], DEPOSIT_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    venue = VENUES[(j.town + 3) % len(VENUES)] if rng.random() < 0.3 else VENUES[j.town]
    j.to = venue.upper() if rng.random() < 0.25 else venue
    slug = "".join(ch for ch in venue.lower().split()[0] if ch.isalpha())
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{venue} <accounts@{slug}venues.in>",
                   rng.choice(["Security deposit received", "Caution money - receipt"]))
    elif frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"book.{slug}venues.in/deposit/receipt"
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.4 if frame == "paper" else 0.0)
    letterhead(p, j, j.to, ["SECURITY DEPOSIT RECEIPT", "REFUNDABLE CAUTION MONEY RECEIPT",
                            "DAMAGE DEPOSIT - ACKNOWLEDGEMENT"],
               sub=["Banquets & lawns - weddings, receptions, conferences", "Heritage venue & gardens"])
    if not j.no_ref:
        sd = rng.choice([f"SD/{j.year()}{rng.randrange(1, 999):03d}", f"DEP{rng.randrange(10000, 99999)}"])
        p.pair(rng.choice(["SD Receipt No.", "Deposit Receipt No."]), sd, txn=(INVOICE_RANK, sd))
        bk = f"BKG{digits(rng, 6)}"
        p.pair(rng.choice(["Booking ID", "Against booking"]), bk, txn=(ORDER_RANK, bk))
    if not j.no_day:
        p.pair({"success": rng.choice(["Deposit date", "Received on", "Date"]), "failed": "Date",
                "pending": rng.choice(["Date", "Initiated on"])}[status], j.day(rng), date=j.date)
    wrap_pair(p, "Received from" if status == "success" else "Depositor",
              f"M/s {FIRMS[j.town][rng.choice([TRADE, FIRM])]}")
    wrap_pair(p, "Function", event_name(rng, j.town))
    if not j.no_day:
        p.pair(rng.choice(["Function date", "Event on"]), when(other_day(rng, j.date, 2, 45), rng.choice(DAY_PATS)))
    p.pair(rng.choice(["Hall", "Area booked"]), rng.choice(HALLS))
    p.add("rule")
    rent = float(rng.choice([75000, 125000, 150000, 225000, 300000]))
    p.pair(rng.choice(["Hall rent (paid vide separate receipt)", "Venue rent (receipted separately)"]), rs(rent))
    deposit = float(rng.choice([25000, 50000, 75000, 100000, 150000, 200000]))
    if way == "cash":
        deposit = min(deposit, 100000.0)
    if way == "UPI":
        deposit = min(deposit, 100000.0)
    j.amount = deposit
    p.pair(rng.choice(["Security deposit (refundable)", "Caution money", "Damage deposit"]), rs(deposit),
           amount=deposit)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(deposit)})")
    p.pair(rng.choice(["Mode", "Received by", "Paid by"]), mode_text(rng, font, way), method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["HDFC", "SBIN", "ICIC", "BARB"])
    p.add("small", f"Refundable within {rng.choice([7, 10, 15])} working days after the event, less damages, "
                   "overtime and excess electricity, if any.")
    word = {"success": rng.choice(["DEPOSIT RECEIVED", "RECEIVED - REFUNDABLE"]),
            "failed": f"{'CARD DECLINED' if way == 'card' else 'PAYMENT FAILED'} - DEPOSIT NOT RECEIVED",
            "pending": rng.choice(["DEPOSIT PENDING - CREDIT AWAITED", "PENDING VERIFICATION"])}[status]
    if frame == "paper":
        p.add("center", word, status=status)
    else:
        p.pair("Status", word, status=status)
    p.part = "foot"
    if frame == "paper":
        p.add("pair", "Depositor", "Cashier / Manager")
    else:
        p.add("small", "This is a system generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 12. a wallet payment to an artist or a driver


WALLETS = [("Paytm", (0, 40, 110), "Paytm Wallet"), ("MobiKwik", (30, 60, 170), "MobiKwik Wallet"),
           ("amazon pay", (35, 47, 62), "Amazon Pay Balance"), ("PhonePe", (95, 37, 159), "PhonePe Wallet"),
           ("Freecharge", (230, 80, 40), "Freecharge Wallet"), ("Airtel Thanks", (220, 20, 40),
                                                                "Airtel Payments Bank Wallet"),
           ("Paytm", (0, 40, 110), "Paytm Wallet"), ("MobiKwik", (30, 60, 170), "MobiKwik Wallet")]
ARTISTS = ["Glam by Ruchika", "Mehendi by Shabnam", "Kavita Makeovers", "Rohit Cabs (Innova)", "Dhol by Bunty",
           "Anchor Priya Sharma", "Pandit Ramesh Joshi", "Safa & Pagdi by Rathore"]
# what each of them is paid for (the note the coordinator types)
WALLET_NOTES = [["Bridal makeup - advance", "Makeup trial"], ["Mehendi - 2 hands", "Mehendi for 12 guests"],
                ["Party makeup x 3", "Saree draping"], ["Cab - airport pick-up", "Innova - 2 trips"],
                ["Dhol for baraat", "Dhol - haldi"], ["Anchoring - sangeet", "Emcee fee - advance"],
                ["Puja samagri", "Pooja dakshina"], ["Safa for 40 guests", "Safa tying - baraat"]]


def wallet_id(rng: random.Random, app: str, date: dt.date) -> tuple[str, str, float]:
    """The wallet's own number: (label, value, rank)."""
    if app == "Paytm":
        label = rng.choice(["Wallet Txn ID", "Order ID"])
        return (label, digits(rng, 11), ORDER_RANK if label == "Order ID" else TXN_RANK)
    if app == "MobiKwik":
        return ("Txn ID", f"MBK{digits(rng, 12)}", TXN_RANK)
    if app == "amazon pay":
        return ("Transaction ID", f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}", TXN_RANK)
    if app == "PhonePe":
        return ("Transaction ID", f"T{date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 12)}", TXN_RANK)
    if app == "Freecharge":
        return ("Transaction ID", f"FC{code(rng, 4, UPPER)}{digits(rng, 10)}", TXN_RANK)
    return ("Txn ID", digits(rng, 12), TXN_RANK)


def wallet_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's coordinator paying a makeup artist, mehendi artist, cab driver, dhol player or anchor from a
    wallet (Paytm, MobiKwik, Amazon Pay balance, PhonePe Wallet, Freecharge, Airtel Payments Bank; a phone, dark on
    some): the outcome, the sum large, Sent to / Paid to the artist (the payee) with a masked mobile number, Paid from
    the wallet, the wallet's balance after and a cashback card (no facts), Wallet Txn ID / Txn ID / Transaction ID /
    Order ID, the day, a note."""
    k = place("wallet_payment")
    status = outcome(k, failed=(7,), pending=(3,))
    app, band, source = WALLETS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=500, high=9500, p_round=0.8)
    who = (j.town + k) % len(ARTISTS)
    artist = ARTISTS[who]
    j.to = artist
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment details"]), buttons=rng.choice([("Share", "Done"), ("Done",), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.6)
    head(p, app, band, dark, ["Wallet", "Pay to mobile number", "Send money"])
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Paid successfully", "Money sent"],
                            "failed": ["Payment Failed", "Payment failed - insufficient balance"],
                            "pending": ["Payment Pending", "Payment in progress"]})
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    lab = rng.choice(["Sent to", "Paid to"] if status == "success" else ["To", "Paying to"])
    if fits(p, "center", f"{lab} {artist}") and rng.random() < 0.5:
        p.add("center", f"{lab} {artist}", merchant=artist)
    else:
        p.add("small", lab)
        p.add("center", artist, merchant=artist)
    p.add("small", mobile(rng))
    p.add("rule")
    p.pair(rng.choice(["Paid from", "Payment source"]), source, method="wallet")
    if status == "success":
        p.pair(rng.choice(["Wallet balance", "Balance left"]), rs(rupees(rng, 50, 4000, 0.3)))
    if not j.no_ref:
        label, value, rank = wallet_id(rng, app, j.date)
        labelled(p, label, value, txn=(rank, value))
    if not j.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Date"]), stamp(rng, j.date, PATS), date=j.date)
    if rng.random() < 0.7:
        p.pair(rng.choice(["Note", "Message"]), rng.choice(WALLET_NOTES[who]))
    if status == "success" and rng.random() < 0.5:
        p.add("small", f"You won {rs(float(rng.choice([5, 10, 25, 50])))} cashback on this payment!")
    elif status == "failed":
        p.add("small", "Add money to your wallet and try again. No money was deducted.")
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Need help with this payment?", "Pay again  |  Share"]))
    return p.done()


compose = compose121

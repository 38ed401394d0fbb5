"""The twelve heldout142 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a small building contractor and construction firm's day in 2026 (one firm in each
of Hubballi, Nanded, Bhilai, Karimnagar, Tiruppur, Udaipur, Kottayam and Bareilly, a trade name and its registered
firm), told by the proofs of payment it receives and makes: homeowners' UPI for stage payments, an institutional
client's NEFT / RTGS / IMPS for a running-account bill or a mobilisation advance, a client's payment advice for a
running-account bill net of retention, TDS and labour cess or for the retention money released after the defects
liability period, the firm's own stage-payment receipt, a builders-merchant's card slip, the cement, steel and sand
suppliers' bills, the equipment owners' hire paid from a business banking app, the labour contractors' wage
vouchers and the bank's alerts for daily wages, the site's temporary electricity connection through Bharat Connect,
the estimating, accounting and site-management software's subscriptions, refunds of clients' advances, and the
municipal building permission fee, the construction workers' welfare cess and GST. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, work orders, RA bill numbers, projects, stages, contract values, sums received till date,
gross bills, retention, TDS, cess and advance recoveries, agreement, cheque, bill, due, muster and defects days,
vendor codes, e-way bills, lorry numbers, log sheets, machine numbers, consumer numbers, units, plans, seats,
application and registration numbers, original payment ids, GSTIN, IFSC, account numbers, MID, TID, STAN, batch,
the cardholder's name and the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames
and marks, heldout129's rubber stamp, heldout106's messages screen for the bank's alerts).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import glyphs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
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

# town, PIN code, locality, state, GST state code, vehicle registration prefix
TOWNS = [("Hubballi", "580031", "Vidyanagar", "Karnataka", "29", "KA-25"),
         ("Nanded", "431602", "Vazirabad", "Maharashtra", "27", "MH-26"),
         ("Bhilai", "490020", "Nehru Nagar", "Chhattisgarh", "22", "CG-07"),
         ("Karimnagar", "505001", "Mukarampura", "Telangana", "36", "TG-02"),
         ("Tiruppur", "641604", "Kumaran Road", "Tamil Nadu", "33", "TN-39"),
         ("Udaipur", "313001", "Hiran Magri", "Rajasthan", "08", "RJ-27"),
         ("Kottayam", "686001", "Nagampadam", "Kerala", "32", "KL-05"),
         ("Bareilly", "243001", "Civil Lines", "Uttar Pradesh", "09", "UP-25")]
# the firm in each town: its trade name, its registered firm
TRADE, FIRM = range(2)
FIRMS = [("Shivashakti Constructions", "Shivashakti Infra Projects Pvt Ltd"),
         ("Godavari Builders & Developers", "Godavari Buildcon LLP"),
         ("Steel City Civil Works", "Steel City Infracon Pvt Ltd"),
         ("Sri Rama Constructions", "Sri Rama Infra Engineers Pvt Ltd"),
         ("Noyyal Builders", "Noyyal Construction Company"),
         ("Aravali Buildwell", "Mewar Infrastructure LLP"),
         ("Meenachil Builders", "Meenachil Constructions Pvt Ltd"),
         ("Ramganga Construction Co.", "Ramganga Infratech Pvt Ltd")]
SLUGS = ["shivashakti", "godavaribuild", "steelcitycw", "sriramacons", "noyyalbuild", "aravalibw", "meenachil",
         "ramganga"]
SUBS = ["Civil contractors & builders | Class I Contractor (PWD)", "Residential & commercial construction",
        "Design & build - houses, schools, factory sheds", "Building contractors - RCC, masonry, finishing"]
HOMEOWNERS = ["Mallikarjun S. Hiremath", "Prakash Deshmukh", "Rekha Agrawal", "K. Srinivas Reddy",
              "P. Senthil Kumar", "Bhavana Paliwal", "Thomas Kurian", "Anjali Saxena", "Girish Kulkarni",
              "Savita Rathod", "Manoj Tiwari", "Lissy Mathew"]
LAYOUTS = ["Gokul Road extn.", "Shivaji Nagar", "Smriti Nagar", "Bhagyanagar", "Anna Nagar", "Sector 14",
           "Kanjikuzhy", "Rajendra Nagar"]
STAGES = ["Excavation & footing", "Plinth beam", "Ground floor slab", "Brickwork - ground floor",
          "First floor roof slab", "Plastering (internal)", "Flooring & tiling", "Painting & finishing",
          "Compound wall & sump", "Handover - final stage"]
BANKS_DRAWN = ["State Bank of India", "Canara Bank", "Bank of Baroda", "HDFC Bank", "ICICI Bank", "Union Bank",
               "Federal Bank", "Punjab National Bank"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from the bank. Do not retry this payment."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d-%b-%y", "%B {d}, %Y", "%d %b %Y", "%Y-%m-%d"]


def firm(rng: random.Random, i: int, *, registered: float = 0.25, caps: float = 0.25) -> str:
    """The firm as a payee: its trade name, its registered firm's on some, in capitals on some."""
    name = FIRMS[i][FIRM] if rng.random() < registered else FIRMS[i][TRADE]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 5000,
                 high: float = 200000, p_round: float = 0.7, registered: float = 0.25, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(FIRMS)) if town is None else town
        self.to = firm(rng, self.town, registered=registered, caps=caps)
        self.client = rng.choice(HOMEOWNERS)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an agreement's, a cheque's, a bill's, a period's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: list[str], merchant: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub))
    p.add("small", f"{rng.choice(['Plot', 'Door No.', 'Shop No.'])} {rng.randrange(2, 240)}, {city[2]}, "
                   f"{city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def rail_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI reference, an IMPS reference, an NEFT or RTGS UTR (a bank
    reference instead on a page without a day: both UTRs spell the day), an approval code; nothing for cash or a
    cheque."""
    rng = p.rng
    if way == "UPI":
        labelled(p, rng.choice(["UPI Ref No.", "UPI RRN", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        labelled(p, rng.choice(["Bank Ref No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        labelled(p, rng.choice(["NEFT UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        labelled(p, rng.choice(["RTGS UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        labelled(p, rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)", "BHIM UPI"]), "NEFT": "NEFT", "RTGS": "RTGS",
            "IMPS": "IMPS", "cheque": "Cheque",
            "card": f"{rng.choice(['RuPay', 'Visa'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    return "cheque" if way == "cheque" else method_of(way)


# ---------------------------------------------------------------- 1. a homeowner's UPI for a stage payment


UPI_ORDER = ["BHIM", "Google Pay", "PhonePe", "Paytm", "CRED", "Amazon Pay", "Navi", "MobiKwik"]
SITE_NOTES = ["Plinth beam advance", "Slab casting 1st floor", "Brickwork stage 3", "Plastering labour",
              "Tiles work advance", "Compound wall balance", "Sump & septic tank", "Terrace waterproofing",
              "Stage 4 payment", "Centring advance", "Extra work - staircase"]


def client_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A homeowner's UPI app paying the firm a stage payment or an advance (BHIM, Google Pay, PhonePe, Paytm, CRED,
    Amazon Pay, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the firm (its registered
    firm on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on
    some, a note (Slab casting 1st floor, Plinth beam advance) on most."""
    k = place("client_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=5000, high=100000, p_round=0.9, registered=0.2)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([10000, 15000, 20000, 25000, 40000, 50000, 75000, 100000]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, FIRMS[j.town][TRADE], WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "Remarks", "Add a note"]), rng.choice(SITE_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Need help?  |  Raise a dispute"]))
    return p.done()


# ---------------------------------------------------------------- 2. an institutional client's transfer


XFER = [("bob World", (240, 90, 40), "app", "IMPS", "BARB"),
        ("HDFC Bank NetBanking", None, "web", "RTGS", "HDFC"),
        ("KBL Mobile Plus", (150, 30, 60), "app", "NEFT", "KARB"),
        ("Saraswat Bank NetBanking", None, "web", "NEFT", "SRCB"),
        ("IndOASIS", (0, 90, 160), "app", "IMPS", "IDIB"),
        ("Axis Bank Corporate iConnect", None, "web", "RTGS", "UTIB"),
        ("Cent Mobile", (200, 40, 40), "app", "IMPS", "CBIN"),
        ("ICICI Bank CIB", None, "web", "NEFT", "ICIC")]
XFER_URLS = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/rtgsack",
             "Saraswat Bank NetBanking": "netbanking.saraswatbank.com/corp/neft/confirm",
             "Axis Bank Corporate iConnect": "corporate.axisbank.co.in/payments/rtgs/acknowledgement",
             "ICICI Bank CIB": "cib.icicibank.com/corp/BANKAWAY?fldTxn=NEFTACK"}
XFER_NOTES = ["RA Bill 4 - Hostel block", "Mobilisation advance 10%", "Final bill - godown shed",
              "Stage 5 - roof slab", "Running bill 7 (civil)", "Advance - compound wall", "Extra items - approved",
              "RA bill 2 - OPD wing"]
MAKERS = ["accts.suresh", "fin_priya", "a.kulkarni", "ramesh.acc", "finance01"]


def client_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An institutional client's (a school trust's, a hospital's, a factory's) bank after an NEFT, RTGS or IMPS to
    the firm for a running-account bill or a mobilisation advance (bob World, HDFC Bank NetBanking, KBL Mobile Plus,
    Saraswat Bank NetBanking, IndOASIS, Axis Bank Corporate iConnect, Cent Mobile, ICICI Bank CIB): heldout124's
    page, the firm under Beneficiary Name, Vendor / Payee or Pay to, the account and IFSC, the mode, UTR / IMPS Ref No
    / RRN and the bank's Reference No. / Txn Ref No. / Transaction ID on some, the day, the debit account, Purpose /
    Remarks / Narration (RA Bill 4 - Hostel block, Mobilisation advance 10%), a maker and a checker on the corporate
    pages."""
    k = place("client_transfer")
    status = outcome(k, failed=(3,), pending=(5,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (25000, 480000), "NEFT": (50000, 1450000), "RTGS": (220000, 3800000)}[mode]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=low, high=high, p_round=0.6, registered=0.6, caps=0.4)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay to vendor", payee_labels=["Beneficiary Name", "Vendor / Payee", "Pay to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Reference No.", "Txn Ref No.", "Transaction ID"],
                  txn_label="Transaction ID")
    p.pair(rng.choice(["Purpose", "Remarks", "Narration"]), rng.choice(XFER_NOTES))
    if row[2] == "web":
        p.pair("Maker", rng.choice(MAKERS))
        p.pair(rng.choice(["Checker", "Authorised by"]), rng.choice(["cfo.office", "md.approve", "director2"]))
    if status == "failed":
        p.add("small", "Returned by the beneficiary bank. The amount will be credited back to the debit account.")
    elif status == "pending":
        p.add("small", "The transfer is under process. Check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Bank never asks for your OTP or PIN", "This is a system generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 3. a client's payment advice: an RA bill or retention


# the client in each town (the payer), its mail domain, the project
OWNERS = [("St. Joseph's Education Society", "sjes.org.in", "Girls' hostel - G+3"),
          ("Nanded Sahakari Dudh Sangh Ltd", "nandeddudh.coop", "Chilling plant shed & office"),
          ("Nehru Memorial Hospital Trust", "nmhbhilai.org", "OPD wing - ground + 2"),
          ("Vignana Bharathi Educational Society", "vbes.edu.in", "School building - Phase 2"),
          ("Kumaran Knit Exports Pvt Ltd", "kumaranknit.com", "Factory shed & stores (PEB civil)"),
          ("Mewar Agro Foods Pvt Ltd", "mewaragro.in", "Cold storage - civil works"),
          ("CSI Madhya Kerala Diocese", "csimkd.org", "Community hall & parsonage"),
          ("Rohilkhand Co-op Bank Ltd", "rohilkhandbank.in", "Branch building - 2nd floor")]
ADV_FRAMES = ["mail", "paper", "mail", "paper", "paper", "mail", "paper", "mail"]
ADV_KINDS = ["ra", "ra", "retention", "ra", "retention", "ra", "ra", "retention"]
ADV_MODES = ["RTGS", "NEFT", "NEFT", "NEFT", "RTGS", "RTGS", "NEFT", "RTGS"]


def ra_advice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's PAYMENT ADVICE / CONTRACTOR PAYMENT ADVICE for a running-account bill, or its RETENTION RELEASE
    ADVICE after the defects liability period (its accounts office's e-mail or a printed voucher): the client on top
    (the payer), Contractor / Payee / Pay to M/s the firm (the payee), Vendor code, Work order, Project, RA Bill No.
    (and its day), Gross value of work, Less: Retention @ 5% / 10%, Less: TDS u/s 194C @ 2%, Less: BOCW labour cess
    @ 1%, Less: Mobilisation advance recovery, Less: Cement issued; or Retention held (RA 1 to RA n), the defects
    liability period, Less: Rectification of defects; Net amount paid / Net payable / Retention released (the sum),
    RTGS / NEFT, the account and IFSC, Payment Voucher No. / Doc No., UTR, Payment date / Value date / Returned on /
    Initiated on; Paid / Remitted / Released / Returned - beneficiary name mismatch / Approved - awaiting bank
    release."""
    k = place("ra_advice")
    status = outcome(k, failed=(6,), pending=(1,))
    frame, kind, mode = ADV_FRAMES[k], ADV_KINDS[k], ADV_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, town=k, registered=0.5, caps=0.3)
    owner, domain, project = OWNERS[k]
    if frame == "mail":
        p = mail_page(rng, font, f"Accounts <accounts@{domain}>",
                      ["Payment advice" if kind == "ra" else "Release of retention money",
                       "Payment released - contractor", f"Payment advice - {FIRMS[k][TRADE]}"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    p.part = "head"
    top(p, owner)
    p.add("small", f"Accounts Department, {TOWNS[k][2]}, {TOWNS[k][0]} - {TOWNS[k][1]}")
    p.add("center", rng.choice(["PAYMENT ADVICE", "CONTRACTOR PAYMENT ADVICE"]) if kind == "ra"
          else "RETENTION RELEASE ADVICE")
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Contractor", "Payee", "Pay to"]), f"M/s {j.to}", merchant=j.to)
    p.pair("Vendor code", f"{rng.choice(['V', 'C', 'CN'])}{digits(rng, 5)}")
    wo = f"WO/{code(rng, 3, UPPER)}/{rng.randrange(10, 400)}"
    p.pair(rng.choice(["Work order", "W.O. No."]), wo if j.no_day else f"{wo} dt {j.other_day(rng, -420, -90)}")
    wrap_pair(p, rng.choice(["Project", "Name of work"]), project)
    if not j.no_ref:
        doc = rng.choice([f"PV/{j.year()}{rng.randrange(100, 9999)}", f"{rng.choice(['BP', 'JV'])}{digits(rng, 7)}"])
        p.pair(rng.choice(["Payment Voucher No.", "Doc No."]), doc, txn=(INVOICE_RANK, doc))
    p.add("rule")
    lines: list[tuple[str, float]] = []
    if kind == "ra":
        n = rng.randint(2, 11)
        bill = f"RA Bill No. {n}" if j.no_day else f"RA Bill No. {n} dt {j.other_day(rng, -35, -6)}"
        p.add("left", bill)
        gross = float(whole(rng.uniform(180000, 2400000), 10))
        p.pair(rng.choice(["Gross value of work", "Gross bill amount", "Work done this bill"]), rs(gross))
        ret = rng.choice([5, 10])
        lines.append((f"Less: Retention @ {ret}%", round(gross * ret / 100, 2)))
        lines.append((rng.choice(["Less: TDS u/s 194C @ 2%", "Less: TDS 194C (2%)"]), round(gross * 0.02, 2)))
        if rng.random() < 0.7:
            lines.append((rng.choice(["Less: BOCW labour cess @ 1%", "Less: Labour welfare cess 1%"]),
                          round(gross * 0.01, 2)))
        if rng.random() < 0.5:
            lines.append(("Less: Mobilisation advance recovery", float(whole(gross * rng.uniform(0.05, 0.1), 100))))
        if rng.random() < 0.35:
            bags = rng.randrange(80, 600)
            lines.append((f"Less: Cement issued ({bags} bags)", float(bags * rng.choice([370, 385, 395]))))
        top_sum = gross
    else:
        n = rng.randint(6, 14)
        held = float(whole(rng.uniform(120000, 900000), 10))
        p.pair(f"Retention held (RA 1 to RA {n})", rs(held))
        if not j.no_day:
            p.pair(rng.choice(["DLP ended on", "Defects liability ended"]), j.other_day(rng, -40, -3))
        else:
            p.pair("Defects liability period", "12 months - completed")
        if rng.random() < 0.6:
            lines.append((rng.choice(["Less: Rectification of defects", "Less: Seepage repairs done by owner"]),
                          float(whole(held * rng.uniform(0.02, 0.12), 10))))
        top_sum = held
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    net = round(top_sum - sum(value for _, value in lines), 2)
    j.amount = net
    p.add("rule")
    if kind == "ra":
        label = rng.choice(["Net amount paid", "Net paid"]) if status == "success" else "Net payable"
    else:
        label = rng.choice(["Retention released", "Net amount released"]) if status == "success" \
            else "Retention to be released"
    p.pair(label, rs(net), amount=net)
    p.pair("Mode", mode, method="netbanking")
    p.pair(rng.choice(["Credit A/c", "Beneficiary A/c"]), f"XXXXXX{digits(rng, 4)} / {ifsc(rng)}")
    if not j.no_ref and status == "success":
        rail_ref(p, j, mode, ["SBIN", "HDFC", "CNRB", "UTIB"])
    if not j.no_day:
        p.pair({"success": rng.choice(["Payment date", "Value date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair("Status", {"success": rng.choice(["Paid", "Remitted"]) if kind == "ra" else rng.choice(["Released", "Paid"]),
                      "failed": "Returned - beneficiary name mismatch",
                      "pending": "Approved - awaiting bank release"}[status], status=status)
    p.part = "foot"
    p.add("small", rng.choice(["TDS certificate (Form 16A) will be issued for the quarter.",
                               "Kindly acknowledge receipt and submit the next RA bill with measurements.",
                               "This advice is computer generated and needs no signature."]))
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own stage-payment receipt


RECEIPT_WAYS = ["cheque", "UPI", "NEFT", "cash", "cheque", "RTGS", "UPI", "cheque"]


def stage_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's MONEY RECEIPT / STAGE PAYMENT RECEIPT / ADVANCE RECEIPT (paper, serif): the firm on top (the
    payee), Receipt No. / Rcpt. No. / No., Date, Received from Sri / Smt the homeowner, Site (plot, layout, town),
    Towards (Stage n of 10 - First floor roof slab), Agreement dated (no fact), the sum in words, Cheque No., Chq.
    date and Drawn on or the way and its reference, Amount / Rs., Contract value, Received till date and Balance as
    per agreement (no fact); RECEIVED WITH THANKS / RECEIVED / CHEQUE BOUNCED - AMOUNT OUTSTANDING / SUBJECT TO
    REALISATION OF CHEQUE in a row and in the firm's rubber stamp."""
    k = place("stage_receipt")
    status = outcome(k, failed=(4,), pending=(7,))
    way = RECEIPT_WAYS[k]
    high = {"cash": 190000, "RTGS": 1400000, "UPI": 100000}.get(way, 600000)
    low = 260000 if way == "RTGS" else 15000
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=low, high=high, p_round=0.9, registered=0.3)
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    letterhead(p, j.town, j.to, ["MONEY RECEIPT", "STAGE PAYMENT RECEIPT", "ADVANCE RECEIPT", "RECEIPT"], sub=SUBS)
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 9999):04d}", f"MR/{j.year()}{rng.randrange(10, 999):03d}",
                          f"{SLUGS[j.town][:2].upper()}-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Received with thanks from", "Received from"]),
              f"{rng.choice(['Sri', 'Smt.', 'Mr.', 'Mrs.'])} {j.client}")
    wrap_pair(p, "Site", f"Plot No. {rng.randrange(1, 240)}, {LAYOUTS[j.town]}, {TOWNS[j.town][0]}")
    n = rng.randrange(len(STAGES))
    wrap_pair(p, "Towards", f"Stage {n + 1} of {len(STAGES)} - {STAGES[n]}")
    if not j.no_day:
        p.pair(rng.choice(["Agreement dated", "As per agreement dt."]), j.other_day(rng, -330, -40))
    p.add("left", f"the sum of {words_in_rupees(j.amount)}")
    if way == "cheque":
        p.pair(rng.choice(["by Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Chq. date", "dated"]), j.other_day(rng, 0, 12) if status == "pending"
                   else j.other_day(rng, -5, 0))
        wrap_pair(p, rng.choice(["Drawn on", "Bank"]), f"{rng.choice(BANKS_DRAWN)}, {TOWNS[j.town][0]}")
    else:
        p.pair(rng.choice(["by", "Mode"]), way_text(rng, way, font), method=method_for(way))
        if status == "success" and not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "CNRB", "BARB", "HDFC"])
    p.add("rule")
    p.pair(rng.choice(["Amount", "Rs."]), rs(j.amount), amount=j.amount)
    contract = float(whole(j.amount * rng.uniform(6, 14), 1000))
    p.pair(rng.choice(["Contract value", "Agreement value"]), rs(contract))
    if status == "success":
        till = float(whole(contract * (n + 1) / len(STAGES), 10))
        till = max(till, j.amount)
        p.pair("Received till date", rs(till))
        p.pair(rng.choice(["Balance as per agreement", "Balance"]), rs(contract - till))
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
            "failed": "CHEQUE BOUNCED - AMOUNT OUTSTANDING",
            "pending": "SUBJECT TO REALISATION OF CHEQUE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Cheques subject to realisation. Extra works billed separately.",
                               "Stage payments as per the payment schedule in the agreement."]))
    p.add("pair", "Client's signature", "For the firm")
    seal(p, FIRMS[j.town][TRADE], "ACCOUNTS", None if j.no_day or status != "success" else j.date,
         {"success": word, "failed": "CHEQUE BOUNCED", "pending": "SUBJECT TO REALISATION"}[status])
    return p.done()


# ---------------------------------------------------------------- 5. a builders-merchant's card slip


TERMINALS = ["BHARATPE SWIPE", "RAZORPAY POS", "GETEPAY", "SBI PAYMENTS", "AXIS BANK", "KOTAK MAHINDRA BANK",
             "INNOVITI", "PINE LABS PLUTUS"]
# the builders-merchant in each firm's town (the payee)
MERCHANTS = ["VIDYANAGAR HARDWARE & SANITARY", "NANDED BUILDING MATERIALS CO", "BHILAI TILES & BATH STUDIO",
             "SRI LAXMI PLYWOOD & HARDWARE", "KONGU ELECTRICALS & PIPES", "MEWAR BUILDMART",
             "MEENACHIL STEEL & HARDWARES", "BAREILLY PAINT & HARDWARE HOUSE"]


def merchant_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A builders-merchant's card terminal slip for the firm's purchase of fittings, tiles, pipes or paint
    (BharatPe Swipe, Razorpay POS, Getepay, SBI Payments, Axis Bank, Kotak, Innoviti, Pine Labs Plutus; monospace):
    the maker, the merchant in capitals (the payee), its locality and town, GSTIN on some, SALE / DEBIT SALE / CREDIT
    SALE or UPI SALE / BHARAT QR - UPI, DATE/TIME / TXN DATE / DATE, MID / MERCHANT ID, TID / TERMINAL ID, BATCH, STAN,
    INVOICE NO / BILL NO / ROC, the card, CARD TYPE, ENTRY, EXP **/**, the cardholder's NAME (the firm: the payer),
    APPR CODE / AUTH NO / APPROVAL and RRN / REF NO, AMT / SALE AMOUNT / TOTAL AMOUNT / NET AMT (INR, Rs, none);
    APPROVED / TRANSACTION APPROVED / DECLINED with its response code / UPI PAYMENT PENDING (AWAITING BANK
    CONFIRMATION - DO NOT RETRY)."""
    k = place("merchant_card")
    status = outcome(k, failed=(2,), pending=(6,))
    upi = status == "pending"
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=800, high=95000, p_round=0.35, town=k)
    p = slip_page(rng, font)
    name = MERCHANTS[k]
    p.part = "head"
    p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2].upper()}, {TOWNS[k][0].upper()}")
    if rng.random() < 0.5:
        p.add("small", f"GSTIN:{gstin(rng, TOWNS[k][4])}")
    p.add("center", rng.choice(["UPI SALE", "BHARAT QR - UPI"]) if upi else rng.choice(["SALE", "DEBIT SALE",
                                                                                          "CREDIT SALE"]))
    p.part = "body"
    if not j.no_day:
        pat = rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y"])
        text = when(j.date, pat, upper=True)
        if rng.random() < 0.5:
            p.pair("DATE/TIME:", f"{text} {hhmm(rng, twelve=False)}", date=j.date)
        else:
            p.pair(rng.choice(["DATE:", "TXN DATE:"]), text, date=j.date)
            p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    else:
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair(rng.choice(["TID:", "TERMINAL ID:"]), digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "ROC:"]), inv, txn=(INVOICE_RANK, inv))
    if upi:
        vpa = f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'ybl', 'oksbi'])}"
        p.add("left", f"PAYER VPA: {vpa}", method="UPI")
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.add("left", f"CARD: XXXXXXXXXXXX{digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", f"{net} {rng.choice(['DEBIT', 'CREDIT', 'BUSINESS'])}")
        p.pair("ENTRY:", rng.choice(["CHIP", "CTLS", "SWIPE", "TAP"]))
        p.pair("EXP:", "**/**")
        if rng.random() < 0.5:
            holder = FIRMS[j.town][FIRM].upper()[:22].strip()
            p.pair("NAME:", holder)
    if not j.no_ref and status == "success":
        appr = digits(rng, 6) if rng.random() < 0.5 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:", "APPROVAL:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "Rs ", "RS.", ""])
    text = f"{mark}{j.amount:,.2f}" if rng.random() < 0.5 else f"{mark}{j.amount:.2f}"
    p.pair(rng.choice(["AMT:", "SALE AMOUNT:", "TOTAL AMOUNT:", "NET AMT:"]), text, amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TRANSACTION APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]),
                     "pending": "UPI PAYMENT PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["RESP CODE 51 - INSUFFICIENT FUNDS", "RESP CODE 55 - INCORRECT PIN",
                                    "RESP CODE 61 - EXCEEDS LIMIT"]))
    elif status == "pending":
        p.add("center", "AWAITING BANK CONFIRMATION - DO NOT RETRY")
    p.part = "foot"
    if not upi:
        p.add("small", "PIN VERIFIED OK" if rng.random() < 0.6 else "SIGN: ______________")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "CUSTOMER COPY", "THANK YOU - VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 6. the cement, steel or sand supplier's bill


SUPPLIERS = [("Sri Basaveshwar Cement Agencies", "cement"), ("Maharashtra Steel Traders", "steel"),
             ("Durg Sand & Aggregates Supply", "sand"), ("Venkateshwara Cement Stockists", "cement"),
             ("Kongu TMT & Steels", "steel"), ("Banas Sand & Grit Suppliers", "sand"),
             ("Malanadu Cement Distributors", "cement"), ("Rohilkhand Iron & Steel Co.", "steel")]
SUPPLY_SUBS = {"cement": "Authorised stockist - UltraTech | ACC | Ramco | Dalmia",
               "steel": "TMT bars, binding wire, structural steel - wholesale",
               "sand": "River sand, M-sand, P-sand, jelly & grit - site delivery"}
# item, unit, rate range, HSN
GOODS = {"cement": [("OPC 53 Gr - UltraTech (50 kg)", "bags", (375, 420), "2523"),
                    ("PPC - ACC Suraksha (50 kg)", "bags", (345, 385), "2523"),
                    ("PPC - Dalmia DSP (50 kg)", "bags", (350, 395), "2523"),
                    ("OPC 43 Gr - Ramco (50 kg)", "bags", (360, 400), "2523")],
         "steel": [("TMT Fe 500D 8 mm", "kg", (56, 63), "7214"), ("TMT Fe 500D 10 mm", "kg", (55, 62), "7214"),
                   ("TMT Fe 500D 12 mm", "kg", (54, 61), "7214"), ("TMT Fe 550D 16 mm", "kg", (55, 62), "7214"),
                   ("Binding wire 18 SWG", "kg", (78, 92), "7217")],
         "sand": [("River sand", "brass", (6500, 9500), "2505"), ("M-sand", "ton", (900, 1300), "2517"),
                  ("P-sand (plastering)", "ton", (1100, 1500), "2517"), ("20 mm jelly", "ton", (800, 1100), "2517")]}
GST_RATE = {"cement": 28, "steel": 18, "sand": 5}
SUPPLY_WAYS = ["NEFT", "UPI", "cash", "NEFT", "UPI", "cash", "cheque", "RTGS"]


def material_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cement stockist's, the steel trader's or the sand and aggregate supplier's bill for a site delivery
    (paper): the supplier on top (the payee), TAX INVOICE / DELIVERY CHALLAN CUM BILL / CASH BILL / CREDIT BILL,
    Invoice / Bill No., Date, Buyer / Consignee / Billed to M/s the firm, Deliver at / Site, Vehicle No., E-way bill
    (no fact), the items with HSN (qty x rate), Unloading / Hamali, Freight, Taxable value, CGST and SGST (28% on
    cement, 18% on steel, 5% on sand), Round off, Invoice total / Grand total / Net amount, Amount received /
    Payment received or Amount due / Balance payable, the way (NEFT, UPI, cash, cheque, RTGS) and its reference;
    PAID / PAYMENT RECEIVED / RECEIVED WITH THANKS / UPI TXN FAILED - AMOUNT OUTSTANDING / CREDIT - PAYABLE WITHIN 15
    DAYS in a row."""
    k = place("material_bill")
    status = outcome(k, failed=(4,), pending=(7,))
    name, kind = SUPPLIERS[k]
    way = SUPPLY_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, town=k)
    to = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    kinds = {"success": ["TAX INVOICE", "DELIVERY CHALLAN CUM BILL"], "failed": ["TAX INVOICE", "BILL"],
             "pending": ["CREDIT BILL", "TAX INVOICE"]}[status]
    letterhead(p, k, to, ["CASH BILL", "TAX INVOICE"] if way == "cash" else kinds, sub=[SUPPLY_SUBS[kind]])
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Invoice No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice Date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Buyer", "Consignee", "Billed to"]), f"M/s {FIRMS[k][rng.choice([TRADE, FIRM])]}")
    wrap_pair(p, rng.choice(["Deliver at", "Site"]), f"{OWNERS[k][2].split(' - ')[0]}, {TOWNS[k][0]}")
    p.pair("Vehicle No.", f"{TOWNS[k][5]}-{code(rng, rng.choice([1, 2]), UPPER)}-{rng.randrange(1000, 9999)}")
    p.add("rule")
    taxable = 0.0
    few = way in ("cash", "UPI")
    picks = rng.sample(GOODS[kind], rng.randint(1, 2) if few else rng.randint(1, 3) if kind != "steel" else
                       rng.randint(2, 4))
    for item, unit, (lo, hi), hsn in picks:
        if unit == "bags":
            qty = rng.randrange(20, 90) if few else rng.randrange(50, 400)
        elif unit == "kg":
            qty = rng.randrange(40, 180) if "wire" in item else rng.randrange(150, 600) if few else \
                rng.randrange(250, 2400)
        elif unit == "brass":
            qty = rng.randint(1, 3)
        else:
            qty = rng.randint(4, 24)
        rate = float(rng.randint(lo, hi))
        line = qty * rate
        taxable += line
        wrap_pair(p, f"{item} (HSN {hsn}) {qty} {unit} x {rate:g}", rs(line))
    if rng.random() < 0.6:
        extra = float(rng.choice([300, 500, 800, 1200, 1500]))
        taxable += extra
        p.pair(rng.choice(["Unloading / hamali", "Freight to site", "Transport charges"]), rs(extra))
    p.add("rule")
    p.pair("Taxable value", rs(taxable))
    rate = GST_RATE[kind]
    half = round(taxable * rate / 200, 2)
    p.pair(f"CGST @ {rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {rate / 2:g}%", rs(half))
    gross = taxable + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    if total > 50000 and not j.no_day:
        p.pair("E-way bill No.", digits(rng, 12))
    p.pair(rng.choice(["Invoice total", "Grand total", "Net amount"]), rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Payment received"]), rs(total), amount=total)
        if way == "cheque":
            p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Drawn on", f"{rng.choice(BANKS_DRAWN)}, {TOWNS[k][0]}")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "CNRB", "HDFC", "BARB"])
    else:
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=total)
        if status == "failed":
            p.pair("Tried", "UPI", method="UPI")
        else:
            p.pair("Terms", "15 days credit")
    word = {"success": rng.choice(["PAID", "PAYMENT RECEIVED", "RECEIVED WITH THANKS"]),
            "failed": "UPI TXN FAILED - AMOUNT OUTSTANDING", "pending": "CREDIT - PAYABLE WITHIN 15 DAYS"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Goods once delivered at site will not be taken back.",
                               "Interest @ 18% p.a. on bills unpaid after the credit period.",
                               "Weight as per weighbridge slip. Subject to local jurisdiction."]))
    p.add("pair", "Receiver's sign", "For the supplier")
    return p.done()


# ---------------------------------------------------------------- 7. an equipment owner's hire paid from a business app


# the owner (the payee), what it hires out
HIRERS = [("Manjunath Earthmovers", "jcb"), ("Sai Concrete Mixer Hire", "mixer"), ("Bhilai Crane Service", "crane"),
          ("Sri Sai Shuttering & Scaffolding", "scaffold"), ("Kongu Earth Movers", "jcb"),
          ("Mewar Tipper & Tractor Supply", "tipper"), ("St. George Scaffolding Works", "scaffold"),
          ("Ramganga Hydra Crane Service", "crane")]
BIZ_APPS = [("SmartHub Vyapar", (0, 56, 130), "IMPS"), ("neo for Business", (151, 20, 77), "NEFT"),
            ("IDFC FIRST Bank Business", (156, 29, 38), "IMPS"), ("Mahamobile Plus", (0, 80, 150), "UPI"),
            ("IOB Mobile", (0, 60, 140), "NEFT"), ("mBandhan", (200, 40, 60), "IMPS"),
            ("RBL MoBank", (30, 60, 140), "UPI"), ("YES BUSINESS", (0, 80, 160), "NEFT")]


def hire_lines(rng: random.Random, kind: str, reg: str) -> tuple[str, list[tuple[str, float]]]:
    """The machine and the hire's heads (label, sum) as the owner's log sheet bills them."""
    if kind == "jcb":
        hrs, rate = rng.choice([18.5, 24, 31.5, 38, 42.5, 56]), float(rng.choice([950, 1050, 1150, 1250]))
        lines = [(f"Hours (log sheet) {hrs:g} x {rate:,.0f}", hrs * rate)]
        if rng.random() < 0.6:
            lines.append(("Shifting / mobilisation", float(rng.choice([1500, 2500, 3000]))))
        return f"JCB 3DX - {reg}", lines
    if kind == "mixer":
        days = rng.randint(4, 14)
        lines = [(f"Mixer with lift {days} days x 1,800", days * 1800.0)]
        if rng.random() < 0.7:
            lines.append((f"Needle vibrator {days} days x 450", days * 450.0))
        lines.append(("Operator bata", float(days * rng.choice([300, 400]))))
        return "10/7 mixer with hopper lift", lines
    if kind == "crane":
        hrs, rate = rng.choice([6, 8, 12, 16]), float(rng.choice([1800, 2200, 2600]))
        lines = [(f"Hydra 14 T {hrs} hrs x {rate:,.0f}", hrs * rate)]
        if rng.random() < 0.5:
            lines.append(("Night halt / bata", float(rng.choice([800, 1200]))))
        return f"Hydra crane - {reg}", lines
    if kind == "scaffold":
        days = rng.choice([30, 45, 60])
        props, plates = rng.randrange(150, 600), rng.randrange(100, 500)
        lines = [(f"Cuplock / props {props} nos x {days} d x 1.20", round(props * days * 1.2, 2)),
                 (f"Shuttering plates {plates} x {days} d x 1.80", round(plates * days * 1.8, 2))]
        if rng.random() < 0.5:
            lines.append(("Loading / unloading", float(rng.choice([1200, 2000]))))
        return "Shuttering & scaffolding material", lines
    trips = rng.randint(6, 22)
    lines = [(f"Tipper trips (debris) {trips} x 1,400", trips * 1400.0)]
    if rng.random() < 0.6:
        days = rng.randint(2, 6)
        lines.append((f"Tractor trolley {days} days x 2,500", days * 2500.0))
    return f"Tipper - {reg}", lines


def equipment_hire(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying an equipment owner's hire (a JCB's hours, a mixer's days, a hydra crane's hours, shuttering
    and scaffolding, tipper trips) from its business banking app (SmartHub Vyapar, neo for Business, IDFC FIRST Bank
    Business, Mahamobile Plus, IOB Mobile, mBandhan, RBL MoBank, YES BUSINESS; dark on some): the app on top, Vendor
    payment / Pay vendor, the outcome, the sum large, Paid to / Vendor / Beneficiary the owner (the payee), the UPI ID
    or the account and IFSC, Mode, Hire details: the machine and its number, the log sheet's heads (Hours (log sheet)
    38 x 1,150, Mixer with lift 9 days x 1,800, Shuttering plates n x 45 d x 1.80), Gross hire, Less: TDS u/s 194C @
    1%, Net paid (the sum), UPI Ref No / IMPS Ref No / UTR and the bank's Transaction ID / Txn Ref No. / Reference
    No. on some, Paid on / Date & Time / Attempted on / Initiated on, From / Debited from the firm's current
    account."""
    k = place("equipment_hire")
    status = outcome(k, failed=(1,), pending=(4,))
    app, band, mode = BIZ_APPS[k]
    owner, kind = HIRERS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=k)
    dark = rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=620,
               title=rng.choice(["", "Transaction details", "Vendor payment"]),
               buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.3)
    head(p, app, band, dark, ["Vendor payment", "Pay vendor", f"{mode} transfer"])
    p.part = "body"
    reg = f"{TOWNS[k][5]} {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}"
    machine, lines = hire_lines(rng, kind, reg)
    gross = round(sum(v for _, v in lines), 2)
    tds = round(gross * 0.01, 2) if rng.random() < 0.7 else 0.0
    net = round(gross - tds, 2)
    j.amount = net
    outcome_row(p, status, {"success": ["Payment successful", "Vendor payment successful", "Paid"],
                            "failed": ["Payment failed", "Vendor payment failed"],
                            "pending": ["Payment in process", "Awaiting bank confirmation"]})
    p.add("big", rs(net), amount=net)
    to = owner.upper() if rng.random() < 0.2 else owner
    wrap_pair(p, rng.choice(["Paid to", "Vendor", "Beneficiary"]), to, merchant=to)
    if mode == "UPI":
        base = "".join(c for c in owner.lower() if c.isalpha())[:10]
        p.pair("UPI ID", f"{base}@{rng.choice(['okaxis', 'ybl', 'oksbi'])}")
    else:
        p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", ifsc(rng))
    p.pair("Mode", mode, method=method_of(mode))
    p.add("rule")
    p.add("small", rng.choice(["Hire details", "Bill details (log sheet)"]))
    wrap_pair(p, "Machine", machine)
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    if tds:
        p.pair("Gross hire", rs(gross))
        p.pair(rng.choice(["Less: TDS u/s 194C @ 1%", "Less: TDS 1%"]), rs(tds))
    p.pair(rng.choice(["Net paid", "Net payable"]) if status == "success" else "Net payable", rs(net))
    p.add("rule")
    if not j.no_ref:
        rows = []
        if status == "success" or mode == "IMPS":
            ref = neft_utr(rng.choice(["HDFC", "UTIB", "IOBA", "YESB"]), rng, j.date) if mode == "NEFT" else j.ref
            rows.append(({"IMPS": "IMPS Ref No", "UPI": "UPI Ref No", "NEFT": "UTR"}[mode], ref, (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            label = rng.choice(["Transaction ID", "Txn Ref No.", "Reference No."])
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            rows.append((label, own, (TXN_RANK if label == "Transaction ID" else BANK_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Date & Time"]) if status == "success" else
                 ("Attempted on" if status == "failed" else "Initiated on"), stamp(rng, j.date, PATS), date=j.date)
    own = FIRMS[k][TRADE]
    own = own if fits(p, "pair", f"Debited from {own} Current A/c XXXX1234   ") else "Current A/c"
    p.pair(rng.choice(["From", "Debited from"]), f"{own} {masked(rng, font)}")
    if status == "failed":
        p.add("small", "Beneficiary bank declined the credit. Any amount debited will be reversed.")
    elif status == "pending":
        p.add("small", "Awaiting response from the beneficiary bank. Do not pay again.")
    return p.done()


# ---------------------------------------------------------------- 8. labour contractors' vouchers and wage alerts


# the labour contractor or the daily wager (the payee), the gang or trade
LABOUR = [("Yallappa H. Talawar", "Masonry gang"), ("Shankar Lamani", "Mason (daily)"),
          ("Ramesh Sahu", "Bar bending gang"), ("Mallesham Gandla", "Centring gang"),
          ("Muthu Pandian", "Mason (daily)"), ("Kailash Meena", "Plaster gang"),
          ("Sabu Varghese", "Tiling gang"), ("Nanhe Lal", "Helper (daily)")]
# trade, rate range per day
TRADES = [("Mason", (850, 1000)), ("Male helper", (600, 700)), ("Female helper", (500, 600)),
          ("Bar bender", (800, 950)), ("Carpenter (centring)", (850, 1000)), ("Tile layer", (900, 1100))]
# frame, way
WAGE_PAGES = [("paper", "NEFT"), ("sms", "UPI"), ("paper", "UPI"), ("paper", "cheque"), ("sms", "IMPS"),
              ("paper", "UPI"), ("sms", "IMPS"), ("paper", "cash")]
WAGE_BANKS = {1: ("Canara Bank", "CANBNK"), 4: ("Union Bank of India", "UNIONB"), 6: ("Bank of Baroda", "BOBTXN")}


def wage_sms(rng: random.Random, font: str, k: int, j: Job, name: str) -> tuple[list, dict, dict]:
    """The firm's bank's alert for a daily wager's or a labour contractor's wages (heldout106's messages screen):
    Canara's "An amount of INR n has been DEBITED to your account XXX1234 on <day> towards UPI to <NAME>", Bank of
    Baroda's "Rs.n transferred from A/c ...1234 to:IMPS/<ref>/<NAME>" and Union Bank's failure; each with its
    balance (no fact)."""
    bank, sender = WAGE_BANKS[k]
    acct = digits(rng, 4)
    bal = f"{rupees(rng, 40000, 900000, 0.3):,.2f}"
    who = name.upper()
    ref = j.ref
    if j.status == "failed":
        text = (f"Your IMPS transfer of Rs {j.amount:,.2f} to {who} (A/c XX{digits(rng, 4)}) on "
                f"{when(j.date, '%d-%m-%Y')} has failed. Amount debited, if any, will be reversed. Ref {ref} -{bank}")
        method = "netbanking"
    elif k == 1:
        on = "" if j.no_day else f" on {when(j.date, rng.choice(['%d/%m/%Y', '%d-%b-%y']))}"
        text = (f"An amount of INR {j.amount:,.2f} has been DEBITED to your account XXX{acct}{on} towards UPI to "
                f"{who}. UPI Ref {ref}. Total Avail.bal INR {bal}. - {bank}")
        method = "UPI"
    else:
        text = (f"Rs.{j.amount:.2f} transferred from A/c ...{acct} to:IMPS/{ref}/{who}. Total Bal:Rs.{bal}CR. "
                f"({when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False, seconds=True)}) - {bank}")
        method = "netbanking"
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    divider = "Today" if j.no_day else rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y"), "Today"])
    p.style["h106"].update({"sender": f"{rng.choice(['VM', 'AD', 'JD', 'BP'])}-{sender}", "divider": divider,
                            "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts = {"merchant": who, "amount": j.amount, "method": method, "status": j.status, "txn": (UTR_RANK, ref)}
    if not j.no_day:
        facts["date"] = j.date
    p.add("left", text, **facts)
    return p.done()


def wage_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its labour: a labour contractor's weekly LABOUR PAYMENT VOUCHER / WAGES VOUCHER / DEBIT
    VOUCHER - LABOUR from the site office (paper; the firm on top, the payer): Voucher No., Date, Site, Paid to /
    Labour contractor / Name of payee (the payee), Gang / Trade, Muster period (no fact), the trades (Mason 6 x 6 days
    @ 950, Male helper, Female helper), Overtime, Gross wages, Less: Advance paid mid-week, Less: Rations / room
    advance, Net paid / Net payable (the sum), the way (NEFT, UPI, cheque, cash) and its reference, the receiver's
    signature over a revenue stamp; PAID / PAID IN FULL / APPROVED - PAYMENT PENDING. Or the firm's bank's alert for
    a daily wager's wages (three: Canara's UPI debit, Bank of Baroda's IMPS transfer, Union Bank's failed IMPS)."""
    k = place("wage_payout")
    status = outcome(k, failed=(4,), pending=(2,))
    frame, way = WAGE_PAGES[k]
    name, gang = LABOUR[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, town=k)
    if frame == "sms":
        j.amount = float(whole(rng.uniform(3500, 42000), 50))
        return wage_sms(rng, font, k, j, name)
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, k, FIRMS[k][TRADE], ["LABOUR PAYMENT VOUCHER", "WAGES VOUCHER", "DEBIT VOUCHER - LABOUR"],
               sub=["Site office - " + OWNERS[k][2].split(" - ")[0]], merchant=False)
    if not j.no_ref:
        vno = rng.choice([f"{rng.randrange(1, 9999):04d}", f"LV/{j.year()}{rng.randrange(10, 999):03d}"])
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Paid to", "Labour contractor", "Name of payee"]), name, merchant=name)
    p.pair(rng.choice(["Gang", "Trade"]), gang)
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.randrange(7, 10))
        p.pair(rng.choice(["Muster period", "Week"]),
               f"{when(start, '%d/%m')} to {when(start + dt.timedelta(days=6), '%d/%m/%Y')}")
    p.add("rule")
    days = rng.choice([6, 6, 7])
    gross = 0.0
    small = way == "cash"
    for trade, (lo, hi) in rng.sample(TRADES, 2 if small else rng.randint(2, 4)):
        heads = 1 if small else rng.randint(2, 9)
        rate = float(whole(rng.uniform(lo, hi), 50))
        line = heads * days * rate
        gross += line
        wrap_pair(p, f"{trade} {heads} x {days} days @ {rate:g}", rs(line))
    if rng.random() < 0.4 and not small:
        ot = rng.randrange(6, 30)
        gross += ot * 120.0
        p.pair(f"Overtime {ot} hrs @ 120", rs(ot * 120.0))
    p.pair("Gross wages", rs(gross))
    net = gross
    if rng.random() < 0.6:
        adv = float(whole(gross * rng.uniform(0.1, 0.3), 100))
        net -= adv
        p.pair(rng.choice(["Less: Advance paid mid-week", "Less: Advance (Wednesday)"]), rs(adv))
    if rng.random() < 0.3:
        food = float(rng.choice([500, 800, 1200]))
        net -= food
        p.pair("Less: Rations / room advance", rs(food))
    net = round(net, 2)
    j.amount = net
    p.add("rule")
    p.pair(rng.choice(["Net paid", "Net amount paid"]) if status == "success" else "Net payable", rs(net), amount=net)
    if status == "success":
        if way == "cheque":
            p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "CNRB", "HDFC"])
    p.add("small", f"({words_in_rupees(net)})")
    word = {"success": rng.choice(["PAID", "PAID IN FULL"]), "pending": "APPROVED - PAYMENT PENDING",
            "failed": "PAYMENT FAILED"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    if status == "success":
        p.add("small", "Received the above amount in full towards wages of my gang for the period.")
    else:
        p.add("small", "Passed for payment. To be paid on release of funds by head office.")
    if net > 5000 and status == "success":
        p.add("small", "[ Revenue stamp ]")
    p.add("pair", "Receiver's signature", "Site engineer")
    p.add("pair", "Checked by", "Approved by")
    return p.done()


# ---------------------------------------------------------------- 9. the site's temporary electricity connection


# the board in each firm's town (long, short)
BOARDS = [("Hubli Electricity Supply Company Ltd", "HESCOM"),
          ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL"),
          ("Chhattisgarh State Power Distribution Co. Ltd", "CSPDCL"),
          ("Northern Power Distribution Co. of Telangana Ltd", "TGNPDCL"),
          ("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL"),
          ("Ajmer Vidyut Vitran Nigam Ltd", "AVVNL"),
          ("Kerala State Electricity Board Ltd", "KSEBL"),
          ("Madhyanchal Vidyut Vitran Nigam Ltd", "MVVNL")]
# app (band) or an agent outlet, the way
POWER_PAGES = [("Bajaj Finserv", (0, 114, 188), "UPI"), ("Airtel Thanks", (220, 20, 30), "wallet"),
               ("agent", None, "cash"), ("Kotak 811", (220, 30, 40), "netbanking"), ("agent", None, "cash"),
               ("BHIM", (0, 98, 65), "UPI"), ("super.money", (40, 40, 40), "UPI"), ("agent", None, "UPI")]
AGENTS = ["Sri Renuka Xerox & Online Centre", "Spice Money - Jai Bhavani Mobiles", "PayNearby - Sai Digital Seva",
          "Fino Point - Akshaya e-Centre", "CSC - Vasundhara e-Mitra"]
TARIFFS = ["LT-7 Temporary (construction)", "LT Temporary - building construction", "LT-VI Temporary supply",
           "Temporary connection - construction purpose"]


def site_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The site's temporary electricity connection's bill paid through Bharat Connect: in an app (Bajaj Finserv,
    Airtel Thanks, Kotak 811, BHIM, super.money; the app on top, the outcome, the sum large) or at an agent outlet's
    counter (a printed Bharat Connect - Bill Payment Receipt: the outlet on top, Agent ID, Txn date & time or Time):
    Biller / Electricity board / Paid to the board (HESCOM, MSEDCL, CSPDCL, TGNPDCL, TNPDCL, AVVNL, KSEBL, MVVNL or
    its long name; the payee), Service No. / Consumer No. / Account ID, Consumer name (the homeowner, C/o the firm),
    Tariff (temporary - construction), Sanctioned load, Bill month and Due date (no fact), Units, Bill amount, Amount
    paid, Paid using / Payment mode (UPI, wallet, net banking, cash), B-Connect Txn ID / Bharat Connect Ref No., UPI
    Ref No., the app's or the agent's Transaction ID on some, Paid on / Date & Time / Attempted on / Initiated on;
    Bill paid / Payment successful / Payment failed / Pending - awaiting biller confirmation."""
    k = place("site_power")
    status = outcome(k, failed=(5,), pending=(2,))
    app, band, way = POWER_PAGES[k]
    long, short = BOARDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=1200, high=42000, p_round=0.2, town=k)
    agent = app == "agent"
    if agent:
        p = paper_page(rng, font, [520, 560])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
        p.part = "head"
        top(p, rng.choice(AGENTS))
        p.add("small", f"{TOWNS[k][2]}, {TOWNS[k][0]}  |  Agent ID {code(rng, 2, UPPER)}{digits(rng, 2)}"
                       f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
        p.add("center", "Bharat Connect - Bill Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.pair("Status", {"success": "Success", "failed": "Failed",
                          "pending": "Pending - awaiting biller confirmation"}[status], status=status)
    else:
        dark = rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Bill payment", "Receipt"]),
                   buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
        phone_frame(p, k)
        rs = money(rng, font, 0.2)
        head(p, app, band, dark, ["Bharat Connect - Electricity", "Pay bills"])
        p.part = "body"
        outcome_row(p, status, {"success": ["Bill paid", "Payment successful"],
                                "failed": ["Payment failed", "Bill payment failed"],
                                "pending": ["Pending - awaiting biller confirmation", "Payment pending"]})
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.5 and fits(p, "pair", f"Electricity board {long}    ") else short
    wrap_pair(p, rng.choice(["Biller", "Electricity board", "Paid to"]), biller, merchant=biller)
    p.pair(rng.choice(["Service No.", "Consumer No.", "Account ID"]), digits(rng, rng.choice([10, 11, 12])))
    wrap_pair(p, "Consumer name", f"{j.client.upper()} C/O {FIRMS[k][TRADE].upper()}"
              if fits(p, "pair", f"Consumer name {j.client} C/O {FIRMS[k][TRADE]}     ") else j.client.upper())
    wrap_pair(p, "Tariff", rng.choice(TARIFFS))
    p.pair("Sanctioned load", f"{rng.choice([5, 7.5, 10, 15, 20]):g} kW")
    if not j.no_day:
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Bill month", when(month, "%b %Y"))
        p.pair("Due date", j.other_day(rng, 2, 12))
    p.pair("Units", f"{rng.randrange(120, 2600)} kWh")
    if agent:
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Amount received"]) if status == "success" else "Amount", rs(j.amount),
               amount=j.amount)
    else:
        p.pair("Bill amount", rs(j.amount))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "wallet": f"{app} wallet", "netbanking": "Net banking", "cash": "Cash"}[way], method=way)
    if not j.no_ref:
        bref = f"{rng.choice(['CC', 'AT', 'BF', 'KM', 'SM'])}{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "Bharat Connect Ref No."]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if agent or rng.random() < 0.5:
            tid = f"{code(rng, 1, UPPER)}{digits(rng, 14)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Date & Time"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status],
                 stamp(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], twelve=False) if agent else stamp(rng, j.date, PATS),
                 date=j.date)
    elif agent:
        p.pair("Time", hhmm(rng, twelve=False, seconds=True))
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller will confirm within 48 hours. Please do not pay again.")
    p.part = "foot"
    p.add("small", "Bharat Connect  |  Safe & secure bill payments")
    if agent:
        p.add("small", "Keep this receipt till the payment shows in the next bill.")
    return p.done()


# ---------------------------------------------------------------- 10. software subscriptions


# product, its site, frame, company line (None: a tagline), the way, the currency
SOFT = [("Powerplay", "powerplay.today", "phone", None, "UPI", "INR"),
        ("Onsite", "onsiteteams.com", "mail", None, "card", "INR"),
        ("TallyPrime", "tallysolutions.com", "browser", "Tally Solutions Pvt Ltd", "netbanking", "INR"),
        ("Autodesk", "autodesk.com", "mail", "Autodesk India Pvt Ltd", "card", "INR"),
        ("SketchUp", "sketchup.com", "browser", None, "card", "USD"),
        ("Google Workspace", "google.com", "mail", None, "card", "INR"),
        ("Microsoft 365", "microsoft.com", "browser", None, "card", "INR"),
        ("Vyapar", "vyaparapp.in", "phone", None, "UPI", "INR")]
SOFT_TAGS = {"Powerplay": "Site & project management app", "Onsite": "Construction management software",
             "SketchUp": "3D modelling for architecture & construction", "Google Workspace": "Business Starter",
             "Microsoft 365": "Microsoft 365 admin center", "Vyapar": "GST billing & accounting"}
SOFT_PLANS = {"Powerplay": ("Business plan - annual", 5, (1999, 2499)),
              "Onsite": ("Onsite Business - yearly", 4, (3999, 4999)),
              "TallyPrime": ("TSS renewal - Silver (12 months)", 1, (4500, 4500)),
              "Autodesk": ("AutoCAD LT - annual", 1, (20000, 24500)),
              "SketchUp": ("SketchUp Pro - annual", 1, (349, 349)),
              "Google Workspace": ("Business Starter - monthly", 6, (136.8, 160.8)),
              "Microsoft 365": ("Business Basic - annual", 5, (1740, 1740)),
              "Vyapar": ("Gold - 1 year (desktop + mobile)", 1, (3399, 3999))}


def software_plan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's site-management, estimating, drafting or accounting software (Powerplay, Onsite, TallyPrime,
    Autodesk AutoCAD LT, SketchUp Pro in US dollars, Google Workspace, Microsoft 365, Vyapar; an app's result screen,
    the vendor's e-mail or its billing page in a browser): the product on top (the payee) and its company or a
    tagline under it, Receipt / Tax invoice & receipt / Order summary / Payment confirmation, Billed to / Account the
    firm's registered firm and its GSTIN, Plan, Users / Seats (n x rate), Coupon on some, Subtotal, CGST 9% + SGST 9%
    / IGST 18% / Tax 0.00 (reverse charge), Total / Amount paid / Amount due, Payment method (a card, UPI AutoPay,
    net banking), Receipt # / Invoice number, Payment ID / Transaction ID, Auth code / UPI Ref No on some,
    Subscription ID / Customer ID (no fact), Renews on (no fact), Paid on / Payment date / Date / Attempted on /
    Initiated on; Paid / Payment successful / Payment failed - card declined by issuer / Processing - awaiting
    confirmation from your bank."""
    k = place("software_plan")
    status = outcome(k, failed=(3,), pending=(7,))
    name, site, frame, company, way, cur = SOFT[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Payment", "Subscription"])
        rs = money(rng, font, 0.5)
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <billing@{site}>", ["Your receipt", f"Payment receipt - {name}",
                                                              "Your subscription has been renewed"])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = browser_page(rng, font, f"{rng.choice(['billing', 'accounts', 'admin'])}.{site}/billing/"
                                    f"{code(rng, 10, MIXED)}")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))

    def usd(value: float) -> str:
        return f"USD {value:,.2f}" if k % 2 == 0 else f"${value:,.2f} USD"

    show = usd if cur == "USD" else rs
    to = name.upper() if rng.random() < 0.15 else name
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", company or SOFT_TAGS[name])
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Subscription activated"],
                                "failed": ["Payment failed"],
                                "pending": ["Processing - awaiting confirmation from your bank"]})
    else:
        p.add("center", rng.choice(["Receipt", "Tax invoice & receipt", "Order summary", "Payment confirmation"]))
        p.add("rule")
        p.part = "body"
    plan, seats, (lo, hi) = SOFT_PLANS[name]
    unit = round(rng.uniform(lo, hi), 2) if lo != hi else float(lo)
    unit = float(round(unit)) if unit > 300 else unit
    sub = round(unit * seats, 2)
    wrap_pair(p, rng.choice(["Billed to", "Account"]), FIRMS[k][FIRM])
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    wrap_pair(p, "Plan", plan)
    if seats > 1:
        p.pair(f"{rng.choice(['Users', 'Seats'])} {seats} x {show(unit)}", show(sub))
    disc = 0.0
    if rng.random() < 0.3 and cur == "INR":
        disc = round(sub * 0.1, 2)
        p.pair("Coupon BUILD10 (-10%)", f"-{show(disc)}")
    base = round(sub - disc, 2)
    p.pair("Subtotal", show(base))
    if cur == "USD":
        tax = 0.0
        p.pair("Tax", "0.00 (reverse charge)")
    else:
        tax = round(base * 0.18, 2)
        if rng.random() < 0.5:
            p.pair("CGST 9% + SGST 9%", show(tax))
        else:
            p.pair("IGST 18%", show(tax))
    total = round(base + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(["Amount paid", "Total paid"] if status == "success" else ["Total", "Amount due"])
        p.pair(label, show(total), amount=total, cur=cur)
    vpa = f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}"
    p.pair("Payment method", {"card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
                              "UPI": f"UPI AutoPay ({vpa})",
                              "netbanking": f"Net banking - {rng.choice(['HDFC Bank', 'SBI', 'Canara Bank'])}"}[way],
           method=way)
    p.pair(rng.choice(["Subscription ID", "Customer ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        if status == "success":
            inv = rng.choice([f"{digits(rng, 10)}", f"IN{j.year().replace('/', '-')}{digits(rng, 6)}"])
            inv = inv if cur == "INR" else f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
            labelled(p, rng.choice(["Receipt #", "Invoice number"]), inv, txn=(INVOICE_RANK, inv))
        pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"]) if cur == "INR" \
            else f"ch_{code(rng, 24, MIXED)}"
        if pid.startswith("ch_") and not fits(p, "pair", f"Transaction ID {pid}   "):
            pid = pid[:18]
        labelled(p, "Payment ID" if pid.startswith("pay_") else "Transaction ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "card" and rng.random() < 0.5:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Payment date", "Date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            days = 365 if ("annual" in plan or "year" in plan or "12 months" in plan) else 30
            p.pair("Renews on", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", {"success": rng.choice(["Paid", "Payment successful"]),
                          "failed": "Payment failed - card declined by issuer",
                          "pending": "Processing - awaiting confirmation from your bank"}[status], status=status)
    if status == "failed":
        p.add("small", "Update your payment method within 7 days to avoid losing access.")
    p.part = "foot"
    p.add("small", "Manage billing, seats and invoices under Settings > Billing.")
    return p.done()


# ---------------------------------------------------------------- 11. refunds of clients' advances


# frame: a gateway's refund page or the firm's printed refund voucher
REFUND_FRAMES = ["Razorpay", "paper", "Cashfree", "Easebuzz", "paper", "PayU", "Razorpay", "paper"]
REFUND_WAYS = ["UPI", "NEFT", "card", "netbanking", "cheque", "UPI", "card", "UPI"]
REASONS = ["Work order cancelled by customer", "Excess advance - final bill settled", "Duplicate payment",
           "Scope reduced - compound wall dropped", "Project deferred by owner"]


def advance_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm refunding a client's advance (a cancelled work order, an excess over the final bill, a duplicate
    payment): its payment gateway's refund page in a browser (Razorpay, Cashfree, Easebuzz, PayU; the firm's
    registered firm under it) or its printed REFUND VOUCHER / ADVANCE REFUND VOUCHER (the firm on top, the payer):
    Refund details, the outcome and the refund large on a gateway, Customer / Refunded to / Paid to the client (the
    payee), Payment link / Payment for (no fact), Payment amount / Advance received, Less: Soil test & drawings /
    Site survey charges, Refund amount / Amount refunded (the sum), Reason, Refund type, Refund ID (rfnd_...,
    digits, CF..., EZ...), ARN on a card, RRN / UTR otherwise, the original Payment ID / Receipt No. (no id),
    Processed on / Failed on / Created on or the voucher's Date; Processed / Refund processed / Failed / Pending /
    Refund pending; the voucher's REFUNDED / PAID and the client's acknowledgement."""
    k = place("advance_refund")
    status = outcome(k, failed=(5,), pending=(2,))
    frame, way = REFUND_FRAMES[k], REFUND_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, town=k)
    client = j.client.upper() if rng.random() < 0.2 else j.client
    reason = rng.choice(REASONS)
    paid = float(rng.choice([25000, 50000, 75000, 100000, 150000, 200000]))
    if reason == "Duplicate payment":
        charge = 0.0
    elif "Excess" in reason:
        charge = float(whole(paid * rng.uniform(0.4, 0.9), 10))
    else:
        charge = float(rng.choice([0, 5000, 8500, 12000]))
    refund = round(paid - charge, 2)
    j.amount = refund
    if frame == "paper":
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, FIRMS[k][TRADE], ["REFUND VOUCHER", "ADVANCE REFUND VOUCHER"], sub=SUBS, merchant=False)
        if not j.no_ref:
            vno = f"RV/{j.year()}{rng.randrange(1, 99):02d}"
            p.pair(rng.choice(["Voucher No.", "Refund Voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refunded to", "Paid to"]), f"{rng.choice(['Sri', 'Smt.', 'Mr.'])} {client}",
                  merchant=client)
        wrap_pair(p, "Site", f"Plot No. {rng.randrange(1, 240)}, {LAYOUTS[k]}, {TOWNS[k][0]}")
        rec = f"Receipt No. {rng.randrange(100, 999)}"
        p.pair("Against", rec if j.no_day else f"{rec} dt {j.other_day(rng, -200, -20)}")
        wrap_pair(p, "Reason", reason)
        p.add("rule")
        p.pair("Advance received", rs(paid))
        if charge:
            p.pair("Less: Value of work done" if "Excess" in reason else
                   rng.choice(["Less: Soil test & drawings", "Less: Site survey charges"]), rs(charge))
        p.pair(rng.choice(["Amount refunded", "Refund amount"]), rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        if way == "cheque":
            p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Drawn on", f"{rng.choice(BANKS_DRAWN)}, {TOWNS[k][0]}")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["SBIN", "CNRB", "HDFC"])
        word = rng.choice(["REFUNDED", "PAID"])
        p.add("center", word, status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement of my advance.")
        p.add("pair", "Client's signature", "For the firm")
        return p.done()
    site = {"Razorpay": "dashboard.razorpay.com/app/refunds", "Cashfree": "merchant.cashfree.com/pg/refunds",
            "Easebuzz": "dashboard.easebuzz.in/refunds", "PayU": "onepayu.payu.in/refunds"}[frame]
    p = browser_page(rng, font, f"{site}/{code(rng, 10, MIXED)}")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, frame)
    p.add("small", f"{FIRMS[k][FIRM]} - Live mode")
    p.add("center", rng.choice(["Refund details", "Refund summary"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Processed", "Refund processed"], "failed": ["Failed"],
                            "pending": ["Pending", "Refund pending"]})
    p.add("big", rs(refund), amount=refund)
    wrap_pair(p, rng.choice(["Customer", "Refunded to"]), client, merchant=client)
    mail = f"{j.client.split()[-1].lower()}{rng.randrange(10, 99)}@gmail.com"
    p.pair(rng.choice(["Email", "Contact"]), rng.choice([mail, f"+91 {rng.choice('6789')}{digits(rng, 9)}"]))
    wrap_pair(p, rng.choice(["Payment link", "Payment for"]), rng.choice(["Advance - house construction",
                                                                            "Booking advance - renovation",
                                                                            "Stage payment"]))
    p.pair(rng.choice(["Payment amount", "Amount paid"]), rs(paid))
    if charge:
        p.pair("Retained (work done)" if "Excess" in reason else rng.choice(["Less: Survey & drawings",
                                                                             "Less: Soil test charges"]), rs(charge))
    p.pair("Refund amount", rs(refund))
    p.pair("Refund type", "Full" if not charge else "Partial")
    wrap_pair(p, "Reason", reason)
    p.pair(rng.choice(["Refund to", "Source"]),
           {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}",
            "netbanking": "Source - net banking"}[way], method=way)
    if not j.no_ref:
        rid = {"Razorpay": f"rfnd_{code(rng, 14, MIXED)}", "Cashfree": f"CF{digits(rng, 10)}",
               "Easebuzz": f"EZ{code(rng, 12, UPPER + '0123456789')}", "PayU": digits(rng, 10)}[frame]
        labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
        if status == "success":
            arn = digits(rng, 23) if way == "card" else j.ref
            labelled(p, "ARN" if way == "card" else rng.choice(["RRN", "UTR"]), arn, txn=(UTR_RANK, arn))
        if rng.random() < 0.6:
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if frame == "Razorpay" else digits(rng, 11))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Processed on", "Refunded on"]), "failed": "Failed on",
                     "pending": "Created on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", "The source account could not accept the refund. Retry with the customer's bank details.")
    elif status == "pending":
        p.add("small", "Refunds are processed in 5-7 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["Need help? Contact support", "Refunds cannot be cancelled once processed."]))
    return p.done()


# ---------------------------------------------------------------- 12. the building permission fee, labour cess and GST


# portal, the payee (None on a GST challan), kind
GOV = [("Online Building Plan Approval System", "Hubballi-Dharwad Municipal Corporation", "permit"),
       ("BPMS - Building Plan Management System", "Nanded Waghala City Municipal Corporation", "permit"),
       ("GST", None, "gst"),
       ("TG-bPASS", "Karimnagar Municipal Corporation", "permit"),
       ("TN Construction Workers Welfare Board", "Tamil Nadu Construction Workers Welfare Board", "cess"),
       ("GST", None, "gst"),
       ("IBPMS - Building Permit", "Kottayam Municipality", "permit"),
       ("UP BOCW Welfare Board - Cess", "U.P. Building & Other Construction Workers Welfare Board", "cess")]
GOV_WAYS = ["netbanking", "UPI", "netbanking", "card", "netbanking", "UPI", "UPI", "netbanking"]
GOV_URLS = ["obpas.hdmc.gov.in/payment/e-receipt", "bpms.nwcmc.gov.in/payment/receipt",
            "payment.gst.gov.in/payment/trackpayment", "tgbpass.telangana.gov.in/payment/receipt",
            "tncwwb.tn.gov.in/cess/challan", "payment.gst.gov.in/payment/trackpayment",
            "ibpms.lsgkerala.gov.in/fee/receipt", "upbocw.in/cess/echallan"]


def permit_cess(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's payments to government: a municipal building permission fee on the town's online building
    permission portal (Hubballi-Dharwad, Nanded Waghala, Karimnagar through TG-bPASS, Kottayam through IBPMS), the
    construction workers' welfare cess to a state's BOCW welfare board (Tamil Nadu, Uttar Pradesh), or GST on the GST
    portal's Payment Receipt / Challan Receipt (GST PMT-06) (a browser or printed): the portal on top, Authority /
    Municipal Corporation / Welfare Board (the payee), Fee Payment Receipt / e-Receipt / Cess Payment Receipt,
    Application No. / File No., Applicant / Owner, Plot / Survey No., Built-up area, Building use, Scrutiny fee,
    Building permit fee, Development charges, Betterment fee, Labour cess (1%) in a permit; or Establishment
    registration No., Employer, Project, Estimated cost of construction, Cess @ 1%, Less: cess paid earlier,
    Interest; or CPIN, GSTIN, Legal name, Return period, CGST (0005) and SGST (0006); Total / Amount paid / Total
    challan amount, Mode of payment, Challan No. / Challan Ref No. / Receipt No., CIN, Bank Ref No / BRN / UPI Ref
    No, Paid on / Date of payment / Attempted on / Initiated on; Payment Successful / Success / Paid / Payment
    Failed / Pending for verification with bank."""
    k = place("permit_cess")
    status = outcome(k, failed=(1,), pending=(6,))
    portal, payee, kind = GOV[k]
    way = GOV_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, town=k)
    frame = rng.choice(["browser", "paper"])
    if frame == "browser":
        url = GOV_URLS[k]
        p = browser_page(rng, font, url)
    else:
        p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    if kind == "gst":
        top(p, "Goods and Services Tax")
        p.add("center", rng.choice(["Payment Receipt", "Challan Receipt (GST PMT-06)"]))
    else:
        top(p, portal)
        if kind == "cess":
            label = "Welfare Board"
        else:
            label = rng.choice(["Authority", "Municipal Corporation"]) if "Corporation" in payee else "Authority"
        wrap_pair(p, label, payee, merchant=payee)
        p.add("center", {"permit": rng.choice(["Fee Payment Receipt", "e-Receipt"]),
                         "cess": rng.choice(["Cess Payment Receipt", "e-Challan - Cess"])}[kind])
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment Successful", "Success"], "failed": ["Payment Failed"],
                                "pending": ["Pending for verification with bank"]})
    lines: list[tuple[str, float]] = []
    if kind == "gst":
        if not j.no_ref:
            cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[k][4]}{digits(rng, 8)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
        wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), FIRMS[k][FIRM].upper())
        if not j.no_day:
            period = j.date.replace(day=1) - dt.timedelta(days=1)
            p.pair(rng.choice(["Return period", "Tax period"]), when(period, "%b %Y"))
        tax = float(whole(rng.uniform(18000, 240000), 10))
        lines = [("CGST (0005) - Tax", tax), ("SGST (0006) - Tax", tax)]
        if rng.random() < 0.3:
            lines.append(("SGST (0006) - Interest", float(rng.randrange(150, 2400))))
    elif kind == "permit":
        appno = f"BP/{code(rng, 3, UPPER)}/{j.date.year}/{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Application No.", "File No."]), appno)
        wrap_pair(p, rng.choice(["Applicant", "Owner"]), j.client)
        p.pair(rng.choice(["Plot No.", "Survey No."]), f"{rng.randrange(1, 400)}/{rng.randrange(1, 9)}")
        area = rng.randrange(1200, 6800)
        p.pair("Built-up area", f"{area:,} sq ft")
        p.pair("Building use", rng.choice(["Residential G+1", "Residential G+2", "Commercial G+1", "Mixed use G+3"]))
        rate = rng.choice([4, 6, 8, 10])
        lines = [("Scrutiny fee", float(rng.choice([1000, 2500, 5000]))),
                 (f"Building permit fee ({area} x {rate})", float(area * rate))]
        if rng.random() < 0.6:
            lines.append(("Development charges", float(whole(area * rng.uniform(8, 20), 10))))
        if rng.random() < 0.4:
            lines.append(("Betterment fee", float(whole(area * rng.uniform(2, 6), 10))))
        if rng.random() < 0.5:
            lines.append(("Labour cess (1%)", float(whole(area * 1800 * 0.01, 10))))
    else:
        p.pair("Establishment regn. No.", f"BOCW/{code(rng, 3, UPPER)}/{rng.randrange(100, 9999)}")
        wrap_pair(p, "Employer", FIRMS[k][FIRM])
        wrap_pair(p, "Project", f"{OWNERS[k][2]}, {TOWNS[k][0]}")
        cost = float(whole(rng.uniform(4000000, 60000000), 1000))
        p.pair("Estimated cost of construction", rs(cost))
        cess = round(cost * 0.01, 2)
        p.pair("Cess @ 1%", rs(cess))
        earlier = float(whole(cess * rng.uniform(0.2, 0.6), 10)) if rng.random() < 0.5 else 0.0
        if earlier:
            p.pair("Less: cess paid earlier", rs(earlier))
        lines = [("Cess payable", round(cess - earlier, 2))]
        if rng.random() < 0.3:
            lines.append(("Interest @ 2% p.m.", float(whole((cess - earlier) * 0.02, 1))))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = round(sum(value for _, value in lines), 2)
    j.amount = total
    p.pair(rng.choice(["Total challan amount", "Total amount"]) if kind == "gst" else
           rng.choice(["Total", "Amount paid"]) if status == "success" else "Total", rs(total), amount=total)
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": f"Net banking - {rng.choice(['SBI', 'Canara Bank', 'Bank of Baroda'])}", "UPI": "UPI",
            "card": "Debit card"}[way], method=way)
    if not j.no_ref:
        if kind == "gst":
            if status == "success":
                cin = f"{rng.choice(['SBIN', 'CNRB', 'BARB'])}{j.date:%y}{digits(rng, 14)}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
        elif kind == "permit":
            cno = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, "Challan No.", cno, txn=(TXN_RANK, cno))
            if status == "success" and rng.random() < 0.5:
                rno = f"{rng.randrange(1, 99999):05d}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        else:
            cno = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            labelled(p, rng.choice(["Challan Ref No.", "Challan No."]), cno, txn=(TXN_RANK, cno))
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                labelled(p, rng.choice(["Bank Ref No", "BRN"]), bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Date of payment", "Payment date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS) if frame == "browser"
                 else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", {"success": rng.choice(["Paid", "Success"]), "failed": "Payment Failed",
                          "pending": "Pending for verification with bank"}[status], status=status)
    if status == "pending":
        p.add("small", "Do not pay again. The receipt will be final once the bank confirms.")
    elif status == "failed":
        p.add("small", "The bank did not confirm this payment. Any amount debited will be refunded.")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


compose = compose121

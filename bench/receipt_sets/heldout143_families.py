"""The twelve heldout143 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a beauty salon and spa chain's day in 2026 (one salon in each of Lucknow,
Visakhapatnam, Nagpur, Coimbatore, Bhopal, Guwahati, Mangaluru and Jalandhar, a trade name and the franchisee firm
that runs it), told by the proofs of payment it receives and makes: walk-in clients' UPI, a bride's family's or an
event company's NEFT / IMPS / RTGS for a bridal or a show booking, the front desk's card slips with a tip, the
salon's own service bills (the retail counter's products on them, a gift voucher or the membership wallet taking
part of the bill) and its gift voucher and prepaid membership card sales, its bridal booking advance receipts, the
beauty-product distributors' invoices and their salesmen's collection receipts, electricity through Bharat Connect
and the shop's rent through a rent-payment platform, the salon software's and the marketing tools' subscriptions,
the stylists' commission payouts (paper vouchers, business banking apps and the bank's alerts), the booking
platforms' settlements, refunds of cancelled bridal bookings, and the shop and establishment registration fee,
professional tax and GST. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, guests' and brides' names, stylists and artists,
services, products, memberships, vouchers and their values, event days and venues, package values, earlier
receipts, balances, discounts, GST lines, schemes, outlets, salesmen, invoices adjusted, consumer numbers, bill
periods, rent months, platform fees, plans, seats and add-ons, employee codes, sales and commission heads, advances,
booking ids, cancellation days, registration numbers, tax periods, GSTIN, IFSC, account numbers, MID, TID, batch,
the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and marks, heldout129's
rubber stamp, heldout106's messages screen for the bank's alerts).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import glyphs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
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

# town, PIN code, locality, state, GST state code
TOWNS = [("Lucknow", "226001", "Hazratganj", "Uttar Pradesh", "09"),
         ("Visakhapatnam", "530016", "Dwaraka Nagar", "Andhra Pradesh", "37"),
         ("Nagpur", "440010", "Dharampeth", "Maharashtra", "27"),
         ("Coimbatore", "641002", "R.S. Puram", "Tamil Nadu", "33"),
         ("Bhopal", "462016", "Arera Colony", "Madhya Pradesh", "23"),
         ("Guwahati", "781005", "Zoo Road", "Assam", "18"),
         ("Mangaluru", "575003", "Kadri", "Karnataka", "29"),
         ("Jalandhar", "144001", "Model Town", "Punjab", "03")]
# the salon in each town: its trade name, the franchisee firm that runs it
TRADE, FIRM = range(2)
SALONS = [("Kesari Salon & Spa", "Kesari Beauty Ventures Pvt Ltd"),
          ("Vanitha Bridal Studio & Spa", "Sri Vanitha Wellness LLP"),
          ("Orange Blossom Unisex Salon", "Blossom Grooming Pvt Ltd"),
          ("Malli Poo Beauty Lounge", "Kovai Glow Studios LLP"),
          ("Glamour Nest Salon", "Nest Salons & Spas Pvt Ltd"),
          ("Xewali Salon & Spa", "Brahmaputra Beauty Pvt Ltd"),
          ("Kadri Hills Family Salon", "Coastal Grace Wellness LLP"),
          ("Phulkari Bridal Lounge", "Doaba Beauty & Wellness Pvt Ltd")]
SLUGS = ["kesarisalon", "vanithabridal", "orangeblossom", "mallipoo", "glamournest", "xewalisalon", "kadrihills",
         "phulkaribridal"]
CODES = ["KSS", "VBS", "OBS", "MPL", "GNS", "XSS", "KHS", "PBL"]
SUBS = ["Hair | Skin | Nails | Bridal | Spa", "Unisex salon - hair, skin, makeup & spa",
        "Bridal & party makeup - hair spa - nail studio", "Salon | Spa | Academy"]
CLIENTS = ["Ananya Srivastava", "Harika Reddy", "Pallavi Deshpande", "Keerthana Subramanian", "Nidhi Chouhan",
           "Priyanka Baruah", "Shreya Shetty", "Simran Kaur", "Ritika Agarwal", "Divya Lakshmi", "Rohit Bhalla",
           "Arjun Naidu", "Megha Wankhede", "Sangeeta Das"]
BRIDES = ["Aishwarya Tripathi", "Sravani Varma", "Sakshi Thakre", "Nivedha Ramasamy", "Shivani Raghuvanshi",
          "Bornali Kalita", "Ashwitha Poojary", "Harleen Sandhu"]
FATHERS = ["Rakesh Tripathi", "V. Satyanarayana Varma", "Suresh Thakre", "K. Ramasamy", "Mahendra Raghuvanshi",
           "Dilip Kalita", "Sadashiva Poojary", "Gurpreet Singh Sandhu"]
STYLISTS = ["Ritu", "Salma", "Joseph", "Kavya", "Deepa", "Imran", "Mary", "Pooja", "Rekha", "Ankit"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Show this screen at the reception. The bank is yet to confirm the payment."]
DAY_PATS = ["%d/%m/%Y", "{d}-%b-%Y", "%d %B %Y", "%d.%m.%Y", "%b {d}, %Y", "%d-%m-%y", "%a, %d %b %Y", "%Y-%m-%d"]


def salon(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.25) -> str:
    """The salon as a payee: its trade name, its franchisee firm's on some, in capitals on some."""
    name = SALONS[i][FIRM] if rng.random() < firm else SALONS[i][TRADE]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 300,
                 high: float = 20000, p_round: float = 0.7, firm: float = 0.25, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(SALONS)) if town is None else town
        self.to = salon(rng, self.town, firm=firm, caps=caps)
        self.client = rng.choice(CLIENTS)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an event's, a validity's, an invoice's, a cancellation's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: list[str], merchant: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub))
    p.add("small", f"{rng.choice(['Shop No.', 'First floor,', 'No.', 'Plot'])} {rng.randrange(2, 180)}, {city[2]}, "
                   f"{city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def pay_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI reference, an IMPS reference, an NEFT or RTGS UTR (a bank
    reference instead on a page without a day: both UTRs spell the day), an approval code and an RRN for a card;
    nothing for cash or a cheque."""
    rng = p.rng
    if way == "UPI":
        labelled(p, rng.choice(["UPI Ref No.", "UPI Txn ID", "UPI Ref", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        labelled(p, rng.choice(["Bank Ref No.", "Bank Txn Ref"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        labelled(p, rng.choice(["NEFT UTR", "UTR No.", "UTR Ref"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        labelled(p, rng.choice(["RTGS UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        labelled(p, rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
        p.pair(rng.choice(["Auth Code", "Approval No."]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.4:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR at desk)", "GPay / PhonePe (UPI)"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS", "cheque": "Cheque",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    return "cheque" if way == "cheque" else method_of(way)


def cheque_rows(p: Screen, j: Job, *, pdc: bool = False) -> None:
    """A cheque's number, its own day (never the payment's; none on a page without a day) and its bank."""
    rng = p.rng
    p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
    if not j.no_day:
        p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, 5, 40) if pdc else j.other_day(rng, -4, 0))
    wrap_pair(p, rng.choice(["Drawn on", "Bank"]), f"{rng.choice(BANKS_DRAWN)}, {TOWNS[j.town][0]}")


BANKS_DRAWN = ["State Bank of India", "Punjab National Bank", "Bank of Baroda", "HDFC Bank", "ICICI Bank",
               "Canara Bank", "Union Bank of India", "Indian Overseas Bank", "Karnataka Bank", "UCO Bank"]


# ---------------------------------------------------------------- 1. a walk-in client's UPI


UPI_ORDER = ["WhatsApp", "Google Pay", "Paytm", "CRED", "PhonePe", "MobiKwik", "Amazon Pay", "BHIM"]
SALON_NOTES = ["Haircut + beard", "Hair spa & blow dry", "Global colour", "Threading + upper lip",
               "Pedicure & manicure", "O3+ facial", "Keratin - balance", "Nail extensions", "Kids haircut x2",
               "Party makeup", "Root touch-up", "Serum + shampoo (retail)"]


def walkin_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A walk-in client's UPI app paying the salon at the reception (WhatsApp Pay, Google Pay, Paytm, CRED,
    PhonePe, MobiKwik, Amazon Pay, BHIM; dark on CRED and some others): heldout125's result screen, the salon (its
    franchisee firm on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the
    app's own id on some, a Note / Message / Add a note / For (Hair spa & blow dry, Root touch-up) on most."""
    k = place("walkin_upi")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=250, high=9000, p_round=0.85, firm=0.15)
    if rng.random() < 0.45:
        j.amount = float(rng.choice([350, 499, 650, 899, 1200, 1499, 2360, 3999, 5900]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, SALONS[j.town][TRADE], WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "Add a note", "For"]), rng.choice(SALON_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Split  |  Pay again",
                               "Rate your experience"]))
    return p.done()


# ---------------------------------------------------------------- 2. a bride's family's or an event company's transfer


XFER = [("iMobile Pay", (174, 40, 30), "app", "IMPS", "ICIC"),
        ("IDBI Bank Internet Banking", None, "web", "NEFT", "IBKL"),
        ("BOI Mobile Omni Neo", (240, 110, 20), "app", "NEFT", "BKID"),
        ("UCO mBanking Plus", (0, 70, 150), "app", "IMPS", "UCBA"),
        ("Kotak Net Banking", None, "web", "RTGS", "KKBK"),
        ("IndusMobile", (150, 30, 40), "app", "IMPS", "INDB"),
        ("Punjab & Sind Bank e-Banking", None, "web", "NEFT", "PSIB"),
        ("J&K Bank mPay Delight+", (200, 30, 40), "app", "NEFT", "JAKA")]
XFER_URLS = {"IDBI Bank Internet Banking": "inet.idbibank.co.in/corp/neft/transferack",
             "Kotak Net Banking": "netbanking.kotak.com/knb2/rtgs/confirmation",
             "Punjab & Sind Bank e-Banking": "www.psbonline.co.in/corp/interbank/neftack"}
BOOKING_NOTES = ["Bridal package advance", "Bridal makeup - balance", "Engagement makeup 6 guests",
                 "Sangeet + wedding makeup", "Show makeup - 14 models", "Pre-bridal package",
                 "Family makeup - reception", "Mehendi artist booking"]
EVENT_PAYERS = ["Showstopper Events & Weddings", "Tanishq Wedding Planners", "Hotel Royal Orchid - Banquets",
                "Rangrez Fashion Week Pvt Ltd"]


def booking_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bride's family's or an event company's bank after an NEFT, RTGS or IMPS to the salon for a bridal package
    or a show's makeup (iMobile Pay, IDBI Bank Internet Banking, BOI Mobile Omni Neo, UCO mBanking Plus, Kotak Net
    Banking, IndusMobile, Punjab & Sind Bank e-Banking, J&K Bank mPay Delight+): heldout124's page, the salon (its
    franchisee firm on many) under Beneficiary / Payee Name / Credit to, the account and IFSC, the mode, UTR / IMPS
    Ref No / RRN and the bank's Reference No. / Txn Ref No / Transaction ID on some, the day, the debit account,
    Remitter / Sender (the payer: no fact) on some, Remarks / Purpose of transfer / Description (Bridal package
    advance, Show makeup - 14 models)."""
    k = place("booking_transfer")
    status = outcome(k, failed=(2,), pending=(7,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (5000, 190000), "NEFT": (15000, 350000), "RTGS": (210000, 650000)}[mode]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=low, high=high, p_round=0.85, firm=0.5, caps=0.35)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay beneficiary", payee_labels=["Beneficiary", "Payee Name", "Credit to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Reference No.", "Txn Ref No", "Transaction ID"],
                  txn_label="Transaction ID")
    if rng.random() < 0.5:
        payer = rng.choice([FATHERS[j.town], BRIDES[j.town], rng.choice(EVENT_PAYERS)])
        wrap_pair(p, rng.choice(["Remitter", "Sender"]), payer.upper() if rng.random() < 0.5 else payer)
    p.pair(rng.choice(["Remarks", "Purpose of transfer", "Description"]), rng.choice(BOOKING_NOTES))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the transfer. The amount is credited back to your account.")
    elif status == "pending":
        p.add("small", "Your request is being processed. Please check the status before sending again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a system generated acknowledgement"]))
    return p.done()


# ---------------------------------------------------------------- 3. the front desk's card slips (a tip on some)


TERMINALS = ["MSWIPE", "WORLDLINE", "PHONEPE SMART POS", "EZETAP BY RAZORPAY", "HDFC BANK", "PAYTM CARD MACHINE",
             "ICICI MERCHANT SERVICES", "FISERV"]
SLIP_KINDS = ["tip", "sale", "tip", "sale", "tap", "upi", "tip", "sale"]
DECLINES = ["RESP: 05 DO NOT HONOUR", "RESP: 51 INSUFFICIENT FUNDS", "RESP: 55 INCORRECT PIN",
            "RESP: 54 EXPIRED CARD"]


def slip_name(rng: random.Random, town: int) -> str:
    """The salon as its terminal prints it: the trade name in capitals, the firm's on some."""
    return (SALONS[town][FIRM] if rng.random() < 0.25 else SALONS[town][TRADE]).upper()


def desk_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The front desk's card terminal slip (Mswipe, Worldline, PhonePe Smart POS, Ezetap by Razorpay, HDFC Bank,
    Paytm card machine, ICICI Merchant Services, Fiserv; monospace): the maker, the salon in capitals (the payee),
    its locality and town; SALE WITH TIP / SALE + TIP slips (BASE AMT, TIP AMT / TIP, TOTAL / TOTAL AMT: the sum), SALE
    / CARD SALE slips, a CONTACTLESS SALE (NO PIN REQUIRED), a UPI - DYNAMIC QR slip (PAYER VPA, TXN ID, STATUS:
    PENDING - VERIFY IN MERCHANT APP BEFORE RETRY); DT / DATE and TM / TIME on one row or two, MID and TID (on one
    row on some), BATCH NO, INV# / BILL# / INVOICE, the card and its kind, AUTH# / AUTH ID / APPR and RRN# / RRN,
    AMOUNT / SALE AMT (INR, RS or none; western grouping or plain); APPROVED / TXN APPROVED - THANK YOU / DECLINED with
    its RESP code."""
    k = place("desk_slip")
    status = outcome(k, failed=(3,), pending=(5,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=400, high=24000, p_round=0.6, town=k)
    p = slip_page(rng, font)
    name = slip_name(rng, k)
    p.part = "head"
    p.add("center", TERMINALS[k])
    if fits(p, "center", name):
        p.add("center", name, merchant=name)
    else:
        p.add("left", name, merchant=name)
    p.add("center", f"{TOWNS[k][2].upper()}, {TOWNS[k][0].upper()}")
    p.add("center", {"tip": rng.choice(["SALE WITH TIP", "SALE + TIP"]), "sale": rng.choice(["SALE", "CARD SALE"]),
                     "tap": "CONTACTLESS SALE", "upi": "UPI - DYNAMIC QR"}[kind])
    p.part = "body"
    t = hhmm(rng, twelve=False, seconds=True)
    if not j.no_day:
        text = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%Y"]), upper=True)
        one = f"DT:{text}  TM:{t}"
        if rng.random() < 0.5 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        else:
            p.pair(rng.choice(["DATE:", "DT:"]), text, date=j.date)
            p.pair(rng.choice(["TIME:", "TM:"]), t)
    else:
        p.pair(rng.choice(["TIME:", "TM:"]), t)
    mid, tid = digits(rng, 15), digits(rng, 8)
    both = f"MID:{mid} TID:{tid}"
    if rng.random() < 0.5 and fits(p, "left", both):
        p.add("left", both)
    else:
        p.pair(rng.choice(["MID:", "M.ID:"]), mid)
        p.pair(rng.choice(["TID:", "T.ID:"]), tid)
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV#:", "BILL#:", "INVOICE:"]), inv, txn=(INVOICE_RANK, inv))
    if kind == "upi":
        vpa = f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okicici', 'paytm', 'axl'])}"
        p.add("left", f"PAYER VPA: {vpa}", method="UPI")
        if not j.no_ref:
            tx = f"{code(rng, 3, UPPER)}{digits(rng, 13)}"
            p.pair("TXN ID:", tx, txn=(TXN_RANK, tx))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"])
        p.add("left", f"CARD: {rng.choice(['XXXX XXXX XXXX ', '************'])}{digits(rng, 4)}", method="card")
        grade = rng.choice(["CREDIT", "PLATINUM"] if net == "AMEX" else ["DEBIT", "CREDIT", "PLATINUM"])
        p.pair(rng.choice(["CARD TYPE:", "APP:"]), f"{net} {grade}")
        p.pair("ENTRY:", "CONTACTLESS" if kind == "tap" else rng.choice(["CHIP", "CHIP", "SWIPE"]))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.5 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["AUTH#:", "AUTH ID:", "APPR:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN#:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", ""])
    comma = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if comma else f"{mark}{value:.2f}"

    if kind == "tip":
        base = j.amount
        tip = float(rng.choice([50, 100, 150, 200, 250, 300])) if rng.random() < 0.6 else whole(base * 0.1, 10)
        total = round(base + tip, 2)
        j.amount = total
        p.pair(rng.choice(["BASE AMT:", "BASE AMOUNT:"]), amt(base))
        p.pair(rng.choice(["TIP AMT:", "TIP:"]), amt(tip))
        p.pair(rng.choice(["TOTAL:", "TOTAL AMT:"]), amt(total), amount=total)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED - THANK YOU"]), status="success")
        if kind == "tap":
            p.add("small", "CONTACTLESS - NO PIN REQUIRED")
        elif rng.random() < 0.6:
            p.add("small", "PIN VERIFIED OK")
    elif status == "failed":
        p.add("center", rng.choice(["DECLINED", "NOT APPROVED"]), status="failed")
        p.add("center", rng.choice(DECLINES))
    else:
        p.add("center", "STATUS: PENDING", status="pending")
        p.add("small", "VERIFY IN MERCHANT APP BEFORE RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "CUSTOMER COPY - THANK YOU", "VISIT AGAIN - STAY GORGEOUS"]))
    return p.done()


# ---------------------------------------------------------------- 4. the salon's own bills, vouchers and cards


BILL_KINDS = ["service", "voucher", "service", "service", "card", "service", "voucher", "service"]
BILL_WAYS = ["UPI", "card", "cash", "UPI", "UPI", "card", "link", "cash"]
# service, price range
SERVICES = [("Haircut - Sr. stylist", (450, 900)), ("Haircut & beard styling (men)", (300, 550)),
            ("Blow dry / ironing", (400, 750)), ("Hair spa - L'Oreal", (1100, 1800)),
            ("Global colour - Inoa", (2800, 4800)), ("Root touch-up", (1200, 1900)),
            ("Keratin treatment (medium)", (4500, 7500)), ("O3+ whitening facial", (2200, 3200)),
            ("Cleanup - fruit", (650, 950)), ("Threading - eyebrows", (60, 100)),
            ("Rica wax - full arms", (450, 700)), ("Pedicure - spa", (800, 1300)),
            ("Manicure - classic", (450, 700)), ("Gel polish (hands)", (900, 1400)),
            ("Head massage - 20 min", (350, 550)), ("Swedish massage - 60 min", (2200, 3200))]
RETAIL = [("Kerastase Bain Satin 250 ml", 2950.0), ("L'Oreal Serie Expert shampoo 300 ml", 850.0),
          ("Matrix Biolage conditioner 200 g", 720.0), ("Moroccanoil treatment 25 ml", 1450.0),
          ("O3+ sunscreen SPF 50", 1190.0), ("Cheryl's face wash 100 ml", 425.0)]
MEMBER_TIERS = [("Silver", 10), ("Gold", 15), ("Platinum", 20)]
CARDS = [("Gold prepaid card", 10000.0, 12500.0), ("Platinum prepaid card", 20000.0, 26000.0),
         ("Silver prepaid card", 5000.0, 6000.0)]


def salon_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The salon's own paper at its reception (a thermal printer's roll; PAPER_FACES): five service bills (TAX
    INVOICE / SERVICE INVOICE / BILL: Inv No. / Bill No., Date and Time on one row or two, Guest / Client, Mob,
    Stylist / Therapist (no fact), the services and the retail counter's products (qty x price), Sub total, Less:
    Membership disc (Gold 15%), Taxable value, CGST 9% and SGST 9%, Round off, Net payable / Bill amount / Grand
    total, on some Less: Gift voucher GV-... redeemed or Less: Paid from prepaid card (wallet), then Amount paid /
    Paid by <way> / Balance paid (UPI) (the sum), Cash tendered and Change on cash, UPI Ref / Auth Code; PAID / PAYMENT
    RECEIVED / CARD DECLINED - BILL UNPAID) and three sales of a gift voucher or a prepaid membership card (GIFT VOUCHER
    - SALE RECEIPT / PREPAID MEMBERSHIP CARD - RECEIPT: Receipt No., Purchased by, For (the recipient), Voucher No. /
    Card No., Voucher value / Value credited (Pay 10,000 get 12,500), Valid till, Amount paid / Amount payable;
    VOUCHER ISSUED / CARD ACTIVATED / PAYMENT LINK SENT - VOUCHER ACTIVATES ON PAYMENT)."""
    k = place("salon_bill")
    status = outcome(k, failed=(5,), pending=(6,))
    kind, way = BILL_KINDS[k], BILL_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, town=k)
    p = paper_page(rng, font, [540, 580, 620])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.2)
    letterhead(p, k, j.to, {"service": ["TAX INVOICE", "SERVICE INVOICE", "BILL"],
                            "voucher": ["GIFT VOUCHER - SALE RECEIPT", "GIFT CARD RECEIPT"],
                            "card": ["PREPAID MEMBERSHIP CARD - RECEIPT", "MEMBERSHIP CARD SALE"]}[kind], sub=SUBS)
    if not j.no_ref:
        no = rng.choice([f"{CODES[k]}/{j.year()}{rng.randrange(1, 9999):04d}", f"{rng.randrange(10000, 99999)}",
                         f"{CODES[k]}{digits(rng, 6)}"])
        if kind == "service":
            label = rng.choice(["Inv No.", "Bill No."])
        else:
            label = rng.choice(["Receipt No.", "Rcpt No."])
        p.pair(label, no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        day, t = j.day(rng, ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "{d}-%b-%Y"]), hhmm(rng, lower=rng.random() < 0.5)
        if rng.random() < 0.5 and fits(p, "left", f"Date: {day}   Time: {t}"):
            p.add("left", f"Date: {day}   Time: {t}", date=j.date)
        else:
            p.pair("Date", day, date=j.date)
            p.pair("Time", t)
    else:
        p.pair("Time", hhmm(rng))
    client = j.client
    mob = f"{rng.choice('6789')}{digits(rng, 1)}XXXXX{digits(rng, 3)}"
    if kind == "service":
        wrap_pair(p, rng.choice(["Guest", "Client"]), client)
        p.pair("Mob", mob)
        p.pair(rng.choice(["Stylist", "Served by"]), rng.choice(STYLISTS))
        p.add("rule")
        sub = 0.0
        services = rng.sample(SERVICES, rng.randint(1, 4))
        service_sum = 0.0
        for name, (lo, hi) in services:
            price = float(whole(rng.uniform(lo, hi), 10))
            qty = 2 if "Kids" in name else 1
            service_sum += price * qty
            wrap_pair(p, f"{name} x{qty}", rs(price * qty))
        sub += service_sum
        if rng.random() < 0.5:
            item, price = rng.choice(RETAIL)
            qty = rng.choice([1, 1, 2])
            sub += price * qty
            wrap_pair(p, f"Retail: {item} x{qty}", rs(price * qty))
        p.add("rule")
        p.pair("Sub total", rs(sub))
        disc = 0.0
        if rng.random() < 0.55:
            tier, pct = rng.choice(MEMBER_TIERS)
            disc = round(service_sum * pct / 100, 2)
            wrap_pair(p, f"Less: Membership disc ({tier} {pct}%)", f"-{rs(disc)}")
        taxable = round(sub - disc, 2)
        p.pair("Taxable value", rs(taxable))
        half = round(taxable * 0.09, 2)
        p.pair("CGST 9%", rs(half))
        p.pair("SGST 9%", rs(half))
        gross = taxable + 2 * half
        net = float(round(gross))
        if abs(net - gross) > 0.001:
            p.pair("Round off", f"{net - gross:+.2f}")
        p.pair(rng.choice(["Net payable", "Bill amount", "Grand total"]), rs(net))
        paid = net
        if status == "success" and way != "cash" and rng.random() < 0.6:
            if rng.random() < 0.5:
                gv = float(rng.choice([500, 1000, 1500, 2000]))
                gv = min(gv, float(whole(net * 0.5, 100)))
                wrap_pair(p, f"Less: Gift voucher GV-{code(rng, 4, ALNUM)} redeemed", f"-{rs(gv)}")
            else:
                gv = float(whole(net * rng.uniform(0.2, 0.6), 10))
                wrap_pair(p, "Less: Paid from prepaid card (wallet)", f"-{rs(gv)}")
            paid = round(net - gv, 2)
        j.amount = paid
        if status == "success":
            if way == "cash":
                tendered = float(whole(paid + rng.choice([0, 50, 100, 200, 500]), 100)) if paid > 100 else paid
                tendered = max(tendered, paid)
                p.pair(rng.choice(["Amount paid", "Paid (cash)"]), rs(paid), amount=paid, method="cash")
                if tendered > paid:
                    p.pair("Cash tendered", rs(tendered))
                    p.pair("Change", rs(round(tendered - paid, 2)))
            else:
                label = rng.choice(["Amount paid", f"Paid by {'UPI' if way == 'UPI' else 'card'}"])
                if paid != net:
                    label = rng.choice(["Amount paid", f"Balance paid ({'UPI' if way == 'UPI' else 'card'})"])
                p.pair(label, rs(paid), amount=paid)
                p.pair(rng.choice(["Mode", "Payment"]), way_text(rng, way, font), method=method_for(way))
                if not j.no_ref:
                    pay_ref(p, j, way, [])
            word = rng.choice(["PAID", "PAYMENT RECEIVED", "PAID - THANK YOU"])
        else:
            p.pair("Balance due", rs(paid), amount=paid)
            p.pair("Tried", way_text(rng, way, font), method=method_for(way))
            word = "CARD DECLINED - BILL UNPAID"
        p.add("center", word, status=status)
        p.part = "foot"
        p.add("small", rng.choice([f"Loyalty points earned: {rng.randrange(20, 400)}",
                                   "Services once rendered are not refundable.",
                                   "Loved your look? Rate us on Google!"]))
        return p.done()
    # a gift voucher or a prepaid membership card
    wrap_pair(p, rng.choice(["Purchased by", "Bought by"]), client)
    p.pair("Mob", mob)
    if kind == "voucher":
        value = float(rng.choice([1000, 2000, 2500, 3000, 5000]))
        price = value
        wrap_pair(p, rng.choice(["For", "Gift to"]), rng.choice(CLIENTS))
        p.pair(rng.choice(["Voucher No.", "Card No."]), f"GV-{code(rng, 4, ALNUM)}-{digits(rng, 4)}")
        p.pair("Voucher value", rs(value))
        p.pair("Valid on", rng.choice(["All services", "Services & retail", "Spa services only"]))
    else:
        name, price, value = rng.choice(CARDS)
        wrap_pair(p, "Card", f"{name} - Pay {price:,.0f} get {value:,.0f}")
        p.pair("Card No.", f"{CODES[k]}-{digits(rng, 6)}")
        p.pair("Value credited", rs(value))
        p.pair("Discount on services", "10% over and above")
    if not j.no_day:
        p.pair(rng.choice(["Valid till", "Expiry"]), j.other_day(rng, 180, 370))
    p.add("rule")
    j.amount = price
    if status == "success":
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(price), amount=price)
        p.add("small", f"({words_in_rupees(price)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            pay_ref(p, j, way, [])
        word = "VOUCHER ISSUED" if kind == "voucher" else "CARD ACTIVATED"
    else:
        p.pair("Amount payable", rs(price), amount=price)
        p.pair("Payment link sent to", f"+91 {mob}")
        word = "PAYMENT LINK SENT - VOUCHER ACTIVATES ON PAYMENT"
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Vouchers are non-refundable and cannot be exchanged for cash." if kind == "voucher"
          else "Card value is non-transferable. GST charged on redemption.")
    return p.done()


# ---------------------------------------------------------------- 5. the salon's bridal booking advance receipts


BRIDAL_WAYS = ["cash", "UPI", "cheque", "NEFT", "cheque", "UPI", "cash", "IMPS"]
PACKAGES = [("Royal Bridal (HD) + 3 pre-bridal sittings", (45000, 95000)),
            ("Airbrush bridal makeup - wedding & reception", (38000, 75000)),
            ("Bridal makeup + hair + saree draping", (18000, 40000)),
            ("Engagement + wedding combo (HD)", (30000, 60000)),
            ("Bride + 5 family members (party makeup)", (25000, 48000)),
            ("Mehendi + sangeet + wedding looks", (42000, 85000))]
EVENTS = ["Wedding", "Wedding & reception", "Engagement", "Reception", "Haldi & wedding", "Sangeet & wedding"]
OWN_EVENTS = {3: "Muhurtham & reception", 5: "Biya (wedding)", 7: "Anand Karaj & reception"}
VENUES = ["Hotel Clarks Awadh", "The Park", "Radisson Blu", "Le Meridien", "Jehan Numa Palace", "Vivanta",
          "Goldfinch Hotel", "Radisson Jalandhar", "Sri Krishna Kalyana Mandapam", "Own residence"]
ARTISTS = ["Kavya (senior artist)", "Salma (HD specialist)", "Team Ritu", "Deepa & team", "Pooja (airbrush)"]


def bridal_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The salon's BRIDAL BOOKING RECEIPT / ADVANCE RECEIPT - BRIDAL PACKAGE / BOOKING RECEIPT (paper, serif): the
    salon on top (the payee), Receipt No. / No. / Sl. No., Date, Received from (the bride or her father: no fact),
    Bride, Package (Royal Bridal (HD) + 3 pre-bridal sittings), Function, Event date (never the day), Venue, Artist,
    Package value, Received earlier, This payment / Amount received now / Advance received (the sum), Balance
    payable on event day, the sum in words, Mode (cash, UPI, NEFT, IMPS, a cheque with its number, its own day and its
    bank) and its reference; RECEIVED WITH THANKS / BOOKING CONFIRMED / ADVANCE RECEIVED - DATE BLOCKED / CHEQUE
    DISHONOURED - SLOT RELEASED / PDC RECEIVED - BOOKING CONFIRMED ON CLEARANCE in a row and in the salon's rubber
    stamp."""
    k = place("bridal_receipt")
    status = outcome(k, failed=(2,), pending=(4,))
    way = BRIDAL_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, town=k, firm=0.2)
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    letterhead(p, k, j.to, ["BRIDAL BOOKING RECEIPT", "ADVANCE RECEIPT - BRIDAL PACKAGE", "BOOKING RECEIPT"],
               sub=["Bridal & party makeup | Pre-bridal | Hair & draping", "Bridal studio - makeup, hair, mehendi"])
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(1, 999):03d}", f"BR/{j.year()}{rng.randrange(10, 999):03d}",
                         f"{CODES[k]}-B{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Receipt No.", "No.", "Sl. No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    bride = BRIDES[k]
    if rng.random() < 0.5:
        wrap_pair(p, "Received from", f"{rng.choice(['Shri', 'Mr.'])} {FATHERS[k]}")
        wrap_pair(p, "Bride", f"{rng.choice(['Ms.', 'Miss'])} {bride}")
    else:
        wrap_pair(p, rng.choice(["Received from", "Received with thanks from"]), f"Ms. {bride} (bride)")
    package, (lo, hi) = rng.choice(PACKAGES)
    wrap_pair(p, "Package", package)
    p.pair("Function", OWN_EVENTS[k] if k in OWN_EVENTS and rng.random() < 0.6 else rng.choice(EVENTS))
    if not j.no_day:
        p.pair("Event date", j.other_day(rng, 20, 200))
    wrap_pair(p, "Venue", f"{rng.choice(VENUES)}, {TOWNS[k][0]}")
    wrap_pair(p, rng.choice(["Artist", "Makeup artist"]), rng.choice(ARTISTS))
    p.add("rule")
    value = float(whole(rng.uniform(lo, hi), 500))
    earlier = float(whole(value * rng.uniform(0.1, 0.3), 500)) if rng.random() < 0.4 else 0.0
    now = float(whole((value - earlier) * rng.uniform(0.25, 0.6), 500))
    if way == "cash":
        now = min(now, 150000.0)
    j.amount = now
    p.pair(rng.choice(["Package value", "Total package"]), rs(value))
    if earlier:
        p.pair("Received earlier", rs(earlier))
    p.pair(rng.choice(["This payment", "Amount received now", "Advance received"]), rs(now), amount=now)
    p.pair(rng.choice(["Balance payable on event day", "Balance (on the day)"]), rs(value - earlier - now))
    p.add("left", f"{rng.choice(['Rupees', 'The sum of Rupees'])} {words_in_rupees(now).replace('Rupees ', '')}")
    if way == "cheque":
        cheque_rows(p, j, pdc=status == "pending")
    else:
        p.pair(rng.choice(["Mode", "By"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            pay_ref(p, j, way, ["SBIN", "PUNB", "BARB", "HDFC", "ICIC"])
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "BOOKING CONFIRMED", "ADVANCE RECEIVED - DATE BLOCKED"]),
            "failed": "CHEQUE DISHONOURED - SLOT RELEASED",
            "pending": "PDC RECEIVED - BOOKING CONFIRMED ON CLEARANCE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Advance is non-refundable within 30 days of the event.",
                               "Travel outside the city and early-morning slots are charged extra."]))
    p.add("pair", "Client's signature", "For the salon")
    seal(p, SALONS[k][TRADE], "BRIDAL DESK", None if j.no_day or status != "success" else j.date,
         {"success": "RECEIVED", "failed": "CHEQUE DISHONOURED", "pending": "PDC - ON CLEARANCE"}[status])
    return p.done()


# ---------------------------------------------------------------- 6. the beauty-product distributors


DISTRIBUTORS = [("Awadh Cosmetics Distributors", "Authorised distributor - L'Oreal Professionnel | Kerastase"),
                ("Sri Sai Lakshmi Beauty Agencies", "Lakme Salon Pro | Cheryl's | O3+ - stockist"),
                ("Orange City Salon Supplies", "Matrix | Biolage | Schwarzkopf Professional"),
                ("Kovai Professional Beauty Traders", "O3+ | VLCC Pro | Raaga Professional"),
                ("Bhopal Cosmo Marketing", "Wella Professionals | Streax Pro | Rica"),
                ("North East Beauty Distributors", "Schwarzkopf Professional | Lotus Professional"),
                ("Karavali Salon Mart", "Salon consumables, furniture & professional products"),
                ("Doaba Cosmetics & Salon Needs", "L'Oreal Professionnel | Ikonic | Rica - C&F")]
# item, unit, rate range, HSN
STOCK = [("L'Oreal Majirel 6.0 (50 g)", "tube", (380, 450), "3305"),
         ("Matrix SoColor 5N (90 ml)", "tube", (420, 520), "3305"),
         ("Schwarzkopf Igora Royal 7-1 (60 ml)", "tube", (520, 640), "3305"),
         ("Wella Koleston Perfect 6/0 (60 ml)", "tube", (450, 560), "3305"),
         ("Developer 6% (1 L)", "btl", (320, 420), "3305"),
         ("Xtenso Care shampoo 1.5 L", "btl", (1500, 1900), "3305"),
         ("O3+ Bridal facial kit", "kit", (900, 1300), "3304"),
         ("Cheryl's Glovite facial kit", "kit", (650, 850), "3304"),
         ("Rica Liposoluble wax 800 ml", "tin", (850, 1100), "3307"),
         ("Raaga Pro chocolate wax 600 g", "tin", (350, 480), "3307"),
         ("Lotus Professional massage cream 1 kg", "jar", (650, 900), "3304"),
         ("Disposable neck strips (5 x 100)", "pack", (120, 180), "4818"),
         ("Nitrile gloves (box of 100)", "box", (280, 380), "4015")]
SALESMEN = ["Anil", "Prakash", "Suresh K.", "Ramesh", "Vinod", "Manoj", "Nitin", "Faizal"]
DIST_KINDS = ["invoice", "collect", "invoice", "invoice", "collect", "invoice", "invoice", "collect"]
DIST_WAYS = ["NEFT", "cash", "UPI", "cheque", "UPI", "cash", "NEFT", "cheque"]


def distributor_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A beauty-product distributor's paper to the salon: five TAX INVOICEs with the payment at their foot (the
    distributor on top (the payee), the brands it carries, Inv No. / Invoice No., Inv Date / Date, Order No.,
    Salesman, Bill to / Buyer M/s the salon's firm, Ship to the salon, the items with HSN (qty x rate), Scheme:
    Buy 10 get 1 free (free goods, no value), Gross value, Less: Trade discount n%, Taxable value, CGST 9% and SGST
    9%, Round off, Invoice value / Net amount, Received / Amount received or Amount outstanding / Due, Mode / Paid by
    (NEFT, UPI, cash, a cheque) and its reference, Terms; PAID / PAYMENT RECEIVED WITH THANKS / CHEQUE RETURNED -
    AMOUNT OUTSTANDING) and three salesmen's COLLECTION RECEIPT / PAYMENT COLLECTION SLIP from a handheld printer
    (Receipt # / Rcpt No., Date & time, Outlet / Retailer the salon, Outlet code, Collected by, Bills adjusted (the
    invoices and their sums), Amount collected / Total collected (the sum), Mode and its reference or a cheque,
    Outstanding after this; COLLECTED / RECEIVED / CHEQUE COLLECTED - SUBJECT TO CLEARANCE)."""
    k = place("distributor_bill")
    status = outcome(k, failed=(3,), pending=(7,))
    kind, way = DIST_KINDS[k], DIST_WAYS[k]
    name, line = DISTRIBUTORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    to = name.upper() if rng.random() < 0.2 else name
    if kind == "collect":
        p = paper_page(rng, font, [460, 500])
        rs = counter_rs(rng, font, ["Rs.", "Rs", "INR"], p_slash=0.0)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", f"{TOWNS[k][2]}, {TOWNS[k][0]}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", rng.choice(["COLLECTION RECEIPT", "PAYMENT COLLECTION SLIP"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            no = f"{rng.choice(['CR', 'COL', 'MR'])}{rng.randrange(10000, 99999)}"
            p.pair(rng.choice(["Receipt #", "Rcpt No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair(rng.choice(["Date & time", "Date"]), f"{j.day(rng, ['%d/%m/%Y', '%d-%m-%Y', '%d.%m.%y'])} "
                                                        f"{hhmm(rng, twelve=False)}", date=j.date)
        else:
            p.pair("Time", hhmm(rng, twelve=False))
        wrap_pair(p, rng.choice(["Outlet", "Retailer"]), SALONS[k][TRADE])
        p.pair("Outlet code", f"R{digits(rng, 5)}")
        p.pair(rng.choice(["Collected by", "Salesman"]), rng.choice(SALESMEN))
        p.add("left", "Bills adjusted:")
        total = 0.0
        for _ in range(rng.randint(1, 3)):
            bill = float(rupees(rng, 2500, 28000, 0.2))
            total += bill
            inv = f"INV-{rng.randrange(1000, 9999)}"
            label = inv if j.no_day else f"{inv} dt {j.other_day(rng, -45, -7)}"
            wrap_pair(p, label, rs(bill))
        total = round(total, 2)
        j.amount = total
        p.add("rule")
        p.pair(rng.choice(["Amount collected", "Total collected"]), rs(total), amount=total)
        if way == "cheque":
            cheque_rows(p, j, pdc=status == "pending")
        else:
            p.pair("Mode", way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                pay_ref(p, j, way, [])
        p.pair("Outstanding after this", rs(float(whole(rng.uniform(0, 30000), 10))))
        word = {"success": rng.choice(["COLLECTED", "RECEIVED"]), "failed": "CHEQUE RETURNED",
                "pending": "CHEQUE COLLECTED - SUBJECT TO CLEARANCE"}[status]
        p.add("center", word, status=status)
        p.part = "foot"
        p.add("small", "Get a printed receipt for every payment made to our salesman.")
        p.add("pair", "Retailer sign", "Salesman sign")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.2)
    letterhead(p, k, to, ["TAX INVOICE"], sub=[line])
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(1000, 9999)}",
                         f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Inv No.", "Invoice No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Inv Date", "Date"]), j.day(rng), date=j.date)
    p.pair(rng.choice(["Beat", "Route"]), f"{TOWNS[k][2]} - {rng.choice(['Main Road', 'Market', 'Colony'])}")
    p.pair("Salesman", rng.choice(SALESMEN))
    wrap_pair(p, rng.choice(["Bill to", "Buyer"]), f"M/s {SALONS[k][FIRM]}")
    wrap_pair(p, "Ship to", f"{SALONS[k][TRADE]}, {TOWNS[k][2]}")
    p.add("rule")
    gross, tubes = 0.0, 0
    for item, unit, (lo, hi), hsn in rng.sample(STOCK, rng.randint(2, 5)):
        qty = rng.randrange(2, 13) if unit in ("btl", "kit", "tin", "jar", "box") else rng.randrange(10, 61)
        rate = float(rng.randint(lo, hi))
        gross += qty * rate
        tubes += qty if unit == "tube" else 0
        wrap_pair(p, f"{item} [{hsn}] {qty} {unit} x {rate:g}", rs(qty * rate))
    if tubes >= 10 and rng.random() < 0.6:
        p.add("small", f"Scheme: Buy 10 get 1 free - {tubes // 10} tube(s) free (no charge)")
    p.add("rule")
    p.pair("Gross value", rs(gross))
    disc = 0.0
    if rng.random() < 0.6:
        pct = rng.choice([5, 8, 10, 12])
        disc = round(gross * pct / 100, 2)
        p.pair(f"Less: Trade discount {pct}%", rs(disc))
    taxable = round(gross - disc, 2)
    p.pair("Taxable value", rs(taxable))
    half = round(taxable * 0.09, 2)
    p.pair("CGST 9%", rs(half))
    p.pair("SGST 9%", rs(half))
    exact = taxable + 2 * half
    total = float(round(exact))
    if abs(total - exact) > 0.001:
        p.pair("Round off", f"{total - exact:+.2f}")
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Invoice value", "Net amount"]), rs(total))
        p.pair(rng.choice(["Received", "Amount received"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            pay_ref(p, j, way, ["SBIN", "HDFC", "PUNB", "CNRB"])
        word = rng.choice(["PAID", "PAYMENT RECEIVED WITH THANKS"])
    else:
        p.pair(rng.choice(["Amount outstanding", "Due"]), rs(total), amount=total)
        cheque_rows(p, j)
        p.pair("Return reason", rng.choice(["Funds insufficient", "Signature differs", "Exceeds arrangement"]))
        word = "CHEQUE RETURNED - AMOUNT OUTSTANDING"
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Goods once sold will not be taken back. Expired stock replaced only under scheme.",
                               "Interest @ 18% p.a. charged on bills unpaid beyond 21 days."]))
    p.add("pair", "Receiver's sign", "For the distributor")
    return p.done()


# ---------------------------------------------------------------- 7. electricity through Bharat Connect and the rent


# the board in each town: long name, short name, its number's label
BOARDS = [("Madhyanchal Vidyut Vitran Nigam Ltd", "MVVNL", "Account No."),
          ("Eastern Power Distribution Co. of AP Ltd", "APEPDCL", "Service No."),
          ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "Consumer No."),
          ("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL", "Service No."),
          ("M.P. Madhya Kshetra Vidyut Vitaran Co. Ltd", "MPMKVVCL", "IVRS No."),
          ("Assam Power Distribution Company Ltd", "APDCL", "Consumer No."),
          ("Mangalore Electricity Supply Co. Ltd", "MESCOM", "Account ID"),
          ("Punjab State Power Corporation Ltd", "PSPCL", "Account No.")]
# kind, frame (app or a rent platform), band, the way
UTIL_PAGES = [("power", "Freecharge", (240, 90, 40), "UPI"), ("power", "HDFC Bank NetBanking", None, "netbanking"),
              ("rent", "CRED", (18, 18, 20), "card"), ("power", "Amazon Pay", (35, 47, 62), "wallet"),
              ("power", "bob World", (240, 90, 40), "netbanking"), ("rent", "NoBroker Pay", (220, 60, 60), "card"),
              ("power", "MobiKwik", (30, 60, 170), "UPI"), ("rent", "Housing.com", None, "UPI")]
LANDLORDS = ["Rajendra Prasad Srivastava", "G. Venkata Ramana", "Vijay Deshmukh", "S. Palanisamy",
             "Kailash Narayan Dubey", "Nirmal Chandra Bora", "Ramesh Kamath", "Harjinder Singh Bains"]
TARIFF = ["LT Commercial (LMV-2)", "LT-II Non-domestic", "LT-II Commercial", "LT Tariff V - commercial",
          "NDS - non-domestic", "Commercial - LT"]


def rent_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The salon's electricity bill through Bharat Connect (five: Freecharge, HDFC Bank NetBanking's BillPay, Amazon
    Pay with its balance, bob World, MobiKwik; the outcome, the sum large on an app): Biller / Electricity provider
    / Board the board (MVVNL, APEPDCL, MSEDCL, TNPDCL, MPMKVVCL, APDCL, MESCOM, PSPCL or its long name; the payee), its
    number (Account No., Service No., Consumer No., IVRS No., Account ID), Registered name the salon's firm, Connection
    type, Bill period and Due date, Bill amount, Convenience fee (Rs 0), Amount paid / Total, Paid using, Bharat
    Connect Ref / BBPS Txn Ref, UPI RRN, Order ID / Transaction ID on some, Paid on / Date & time / Attempted on /
    Initiated on. Or the shop's rent through a rent-payment platform (three: CRED, NoBroker Pay, Housing.com; a card
    or UPI): Rent paid to / Landlord / Owner name (the payee), the shop, Rent for (a month), the landlord's account
    and IFSC or UPI ID, Rent amount, Platform fee n% and GST on fee, Total paid / Amount charged (the sum), Paid
    using, Payment ID / Transaction ID, Landlord credit UTR, Paid on; Rent paid / Payment received - transfer to
    landlord in progress / Payment failed."""
    k = place("rent_power")
    status = outcome(k, failed=(4,), pending=(5,))
    kind, frame, band, way = UTIL_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2500, high=48000, p_round=0.2, town=k)
    rs = money(rng, font, 0.3)
    web = band is None
    if web:
        site = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/billpay/receipt",
                "Housing.com": "housing.com/rent-pay/transactions"}[frame]
        p = browser_page(rng, font, f"{site}/{code(rng, 8, MIXED)}")
        p.part = "head"
        top(p, frame)
        p.add("small", "Bharat Connect - Bill Payment" if kind == "power" else "Pay rent | Deposit | Maintenance")
        p.add("rule")
    else:
        dark = frame == "CRED" or rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Payment details", "Receipt"]),
                   buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
        phone_frame(p, k)
        head(p, frame, band, dark, ["Electricity bill", "Bharat Connect"] if kind == "power" else ["Rent payment"])
    p.part = "body"
    if kind == "power":
        outcome_row(p, status, {"success": ["Bill paid", "Payment successful", "Electricity bill paid"],
                                "failed": ["Payment failed", "Bill payment failed"],
                                "pending": ["Awaiting confirmation from biller", "Payment pending"]})
        if not web:
            p.add("big", rs(j.amount), amount=j.amount)
        long, short, idl = BOARDS[k]
        biller = long if rng.random() < 0.5 and fits(p, "pair", f"Electricity provider {long}    ") else short
        wrap_pair(p, rng.choice(["Biller", "Electricity provider", "Board"]), biller, merchant=biller)
        p.pair(idl, digits(rng, rng.choice([10, 11, 12])))
        wrap_pair(p, rng.choice(["Registered name", "Consumer name"]), SALONS[k][FIRM].upper())
        wrap_pair(p, "Connection type", rng.choice(TARIFF))
        if not j.no_day:
            start = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            p.pair("Bill period", f"{when(start, '%b %Y')}")
            p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Convenience fee", "CCF"]), rs(0.0))
        if web:
            p.pair(rng.choice(["Amount paid", "Total"]), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Paid using", "Payment mode"]),
               {"UPI": "UPI", "wallet": "Amazon Pay balance", "netbanking": "Savings / current account"}[way],
               method=way)
        if not j.no_ref:
            bref = f"{rng.choice(['FC', 'HD', 'AM', 'BB', 'MK'])}0{rng.randrange(1, 9)}{code(rng, 4, UPPER)}" \
                   f"{digits(rng, 8)}"
            labelled(p, rng.choice(["Bharat Connect Ref", "BBPS Txn Ref"]), bref, txn=(BANK_RANK, bref))
            if status == "success" and way == "UPI":
                labelled(p, "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            if rng.random() < 0.5:
                label = rng.choice(["Order ID", "Transaction ID"])
                own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
                labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Paid on", "Date & time"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        elif status == "pending":
            p.add("small", "The biller will confirm within 2 working days. Please do not pay again.")
        p.part = "foot"
        p.add("small", "Bharat Connect  |  Bill payments you can trust")
        return p.done()
    # the shop's rent
    landlord = LANDLORDS[k]
    rent = float(whole(rng.uniform(25000, 140000), 500))
    fee_pct = 0.0 if way == "UPI" else rng.choice([1.0, 1.25, 1.5])
    fee = round(rent * fee_pct / 100, 2)
    gst = round(fee * 0.18, 2)
    total = round(rent + fee + gst, 2)
    j.amount = total
    outcome_row(p, status, {"success": ["Rent paid", "Rent paid successfully"], "failed": ["Payment failed"],
                            "pending": ["Payment received - transfer to landlord in progress"]})
    if not web:
        p.add("big", rs(total), amount=total)
    who = landlord.upper() if rng.random() < 0.3 else landlord
    wrap_pair(p, rng.choice(["Rent paid to", "Landlord", "Owner name"]), who, merchant=who)
    wrap_pair(p, "Property", f"Shop {rng.randrange(1, 30)}, {TOWNS[k][2]}, {TOWNS[k][0]}")
    if not j.no_day:
        p.pair("Rent for", when(j.date, "%B %Y"))
    if way == "UPI":
        p.pair("Landlord UPI ID", f"{landlord.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@okaxis")
    else:
        p.pair("Landlord A/c", f"XXXXXX{digits(rng, 4)}")
        p.pair("IFSC", ifsc(rng))
    p.pair("Rent amount", rs(rent))
    if fee:
        p.pair(f"Platform fee ({fee_pct:g}%)", rs(fee))
        p.pair("GST on fee (18%)", rs(gst))
    if web:
        p.pair(rng.choice(["Total paid", "Amount charged"]), rs(total), amount=total)
    p.pair(rng.choice(["Paid using", "Payment method"]),
           "UPI" if way == "UPI" else f"{rng.choice(['HDFC', 'Axis', 'SBI', 'ICICI'])} credit card "
                                      f"{masked(rng, font)}", method=way)
    if not j.no_ref:
        pid = f"{ {'CRED': 'CRD', 'NoBroker Pay': 'NBP', 'Housing.com': 'HSG'}[frame]}{digits(rng, 12)}"
        labelled(p, rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            utr_ref = j.ref if way == "UPI" or j.no_day else neft_utr(rng.choice(["YESB", "ICIC", "UTIB"]), rng,
                                                                       j.date)
            labelled(p, rng.choice(["Landlord credit UTR", "UTR (to landlord)"]), utr_ref, txn=(UTR_RANK, utr_ref))
    if not j.no_day:
        labelled(p, {"success": "Paid on", "failed": "Attempted on", "pending": "Paid on"}[status],
                 stamp(rng, j.date, PATS), date=j.date)
    if status == "pending":
        p.add("small", "Your card is charged. The landlord is credited within 1 working day.")
    elif status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add("small", "Rent receipts for this payment are available under Transactions.")
    return p.done()


# ---------------------------------------------------------------- 8. the salon software and marketing tools


# product, site, frame, company or tagline, the way, the currency
SOFT = [("Zenoti", "zenoti.com", "browser", "Salon & spa management platform", "card", "INR"),
        ("MioSalon", "miosalon.com", "phone", "Salon & spa software", "UPI", "INR"),
        ("Salonist", "salonist.io", "mail", "Salon & spa software", "card", "INR"),
        ("Invoay", "invoay.com", "mail", "Salon billing & CRM", "netbanking", "INR"),
        ("Mailchimp", "mailchimp.com", "mail", "Intuit Mailchimp", "card", "USD"),
        ("Canva", "canva.com", "browser", "Canva Pro", "card", "INR"),
        ("Adobe", "adobe.com", "mail", "Creative Cloud", "card", "INR"),
        ("Squarespace", "squarespace.com", "browser", "Website & online booking", "card", "USD")]
# plan, count and its word, unit price range, an add-on (label, price) or None
SOFT_PLANS = {"Zenoti": ("Growth - monthly", 2, "Centres", (6500, 8500), ("SMS pack 10,000", 1800.0)),
              "MioSalon": ("Premium - quarterly", 2, "Outlets", (3600, 4500), ("WhatsApp reminders", 900.0)),
              "Salonist": ("Pro - annual", 3, "Locations", (9999, 12999), None),
              "Invoay": ("Business - 12 months", 1, "Outlets", (14999, 17999), ("Loyalty module", 2999.0)),
              "Mailchimp": ("Standard - 1,500 contacts", 1, "Audience", (20, 20), None),
              "Canva": ("Canva Pro - yearly", 3, "People", (1300, 1667), None),
              "Adobe": ("Photography plan (20GB) - annual", 1, "Licence", (9468, 9468), None),
              "Squarespace": ("Business - annual", 1, "Site", (276, 276), ("Acuity Scheduling", 192.0))}


def salon_software(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's software and marketing tools (Zenoti, MioSalon, Salonist, Invoay, Mailchimp and Squarespace billed
    in US dollars, Canva, Adobe; the vendor's billing page in a browser, its e-mail or an app's result screen): the
    product on top (the payee) and its tagline or company line, Invoice paid / Payment receipt / Thanks for your
    payment, Bill to / Customer / Account holder the salon's firm, GSTIN, Plan, Centres / Outlets / Locations / People
    n x rate, an add-on (SMS pack 10,000, WhatsApp reminders, Acuity Scheduling), Taxable amount / Subtotal, IGST @ 18%
    / GST 18% / Sales tax 0.00 (reverse charge), Amount paid / Total charged / Total / Amount due or the sum large,
    Paid with / Payment method (a card, UPI AutoPay, net banking), Invoice # / Order # / Invoice no., Transaction
    reference / Payment ID / Transaction ID, Auth code on some, UPI Ref No, Payment date / Charged on / Attempted on /
    Initiated on, Next billing date; Paid / Payment successful / Payment failed - card declined / Mandate execution
    in progress."""
    k = place("salon_software")
    status = outcome(k, failed=(4,), pending=(1,))
    name, site, frame, line, way, cur = SOFT[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=rng.randrange(len(SALONS)))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Subscription", "Billing"])
        rs = money(rng, font, 0.5)
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} Billing <billing@{site}>",
                      ["Thanks for your payment", f"Your {name} invoice is paid", f"{name}: payment receipt",
                       "Payment confirmation"])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = browser_page(rng, font, f"{rng.choice(['app', 'account', 'billing'])}.{site}/invoices/"
                                    f"{code(rng, 10, MIXED)}")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))

    dollar = rng.choice(["US${:,.2f}", "${:,.2f} USD", "USD {:,.2f}"])

    def usd(value: float) -> str:
        return dollar.format(value)

    show = usd if cur == "USD" else rs
    to = name.upper() if rng.random() < 0.15 else name
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Plan renewed"], "failed": ["Payment failed"],
                                "pending": ["Mandate execution in progress"]})
    else:
        p.add("center", {"success": rng.choice(["Invoice paid", "Payment receipt", "Thanks for your payment"]),
                         "failed": "We couldn't process your payment",
                         "pending": "Payment in progress"}[status])
        p.add("rule")
        p.part = "body"
    plan, count, word, (lo, hi), addon = SOFT_PLANS[name]
    unit = float(rng.randint(lo, hi)) if lo != hi else float(lo)
    sub = round(unit * count, 2)
    wrap_pair(p, rng.choice(["Bill to", "Customer", "Account holder"]), SALONS[j.town][FIRM])
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[j.town][4]))
    wrap_pair(p, "Plan", plan)
    if count > 1:
        p.pair(f"{word} {count} x {show(unit)}", show(sub))
    else:
        p.pair(rng.choice(["Subscription", "Plan charge"]), show(sub))
    if addon and rng.random() < 0.7:
        p.pair(addon[0], show(addon[1]))
        sub = round(sub + addon[1], 2)
    p.pair(rng.choice(["Taxable amount", "Subtotal"]), show(sub))
    if cur == "USD":
        tax = 0.0
        p.pair("Sales tax", "0.00 (reverse charge)")
    else:
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["IGST @ 18%", "GST 18%"]), show(tax))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(["Amount paid", "Total charged"] if status == "success" else ["Total", "Amount due"])
        p.pair(label, show(total), amount=total, cur=cur)
    vpa = f"{SLUGS[j.town]}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}"
    p.pair(rng.choice(["Paid with", "Payment method"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}",
            "UPI": f"UPI AutoPay ({vpa})",
            "netbanking": f"Net banking - {rng.choice(['Kotak', 'SBI', 'Axis Bank'])}"}[way], method=way)
    if not j.no_ref:
        if status == "success":
            inv = rng.choice([f"INV-{digits(rng, 6)}", f"{code(rng, 2, UPPER)}{digits(rng, 8)}"])
            labelled(p, rng.choice(["Invoice #", "Receipt #", "Invoice no."]), inv, txn=(INVOICE_RANK, inv))
        if cur == "USD":
            pid = f"ch_{code(rng, 16, MIXED)}"
        else:
            pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}", digits(rng, 14)])
        label = rng.choice(["Payment ID", "Transaction ID"] if pid.startswith(("pay_", "ch_"))
                           else ["Transaction reference", "Transaction ID"])
        labelled(p, label, pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "card" and rng.random() < 0.5:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payment date", "Charged on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            days = 30 if "monthly" in plan else 90 if "quarterly" in plan else 365
            p.pair("Next billing date", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", {"success": rng.choice(["Paid", "Payment successful"]),
                          "failed": "Payment failed - card declined",
                          "pending": "Mandate execution in progress"}[status], status=status)
    if status == "failed":
        p.add("small", "Update your card within 7 days to keep your account active.")
    elif status == "pending":
        p.add("small", "Your bank is processing the AutoPay debit. No action is needed.")
    p.part = "foot"
    p.add("small", "Manage plans, invoices and payment methods under Settings > Billing.")
    return p.done()


# ---------------------------------------------------------------- 9. the stylists' commission payouts


# the stylist paid in each town, the role
STAFF = [("Ritu Verma", "Senior stylist"), ("P. Kavya Sri", "Makeup artist"), ("Sameer Shaikh", "Hair stylist"),
         ("M. Deepa", "Beauty therapist"), ("Imran Khan", "Hair colour expert"), ("Rimpi Deka", "Nail technician"),
         ("Mary D'Souza", "Spa therapist"), ("Pooja Rani", "Freelance makeup artist")]
# frame, the way (an app's: title, band)
PAYOUT_PAGES = [("paper", "NEFT", None), ("app", "IMPS", ("CUB All in One", (140, 20, 40))), ("sms", "UPI", None),
                ("paper", "UPI", None), ("app", "NEFT", ("DCB Business", (20, 60, 120))), ("paper", "cash", None),
                ("sms", "UPI", None), ("app", "UPI", ("Ujjivan Business", (0, 110, 80)))]


def payout_sms(rng: random.Random, font: str, k: int, j: Job, name: str) -> tuple[list, dict, dict]:
    """The salon's bank's alert for a stylist's commission sent by UPI (heldout106's messages screen): HDFC Bank's
    "Sent Rs.n / From HDFC Bank A/C *1234 / To <NAME> / On dd/mm/yy / Ref n" and SBI's "Dear SBI User, your A/c
    X1234-debited by Rsn on ddMonyy transfer to <NAME> Ref No n."."""
    who = name.upper()
    acct = digits(rng, 4)
    if k == 2:
        lines = [f"Sent Rs.{j.amount:.2f}", f"From HDFC Bank A/C *{acct}", f"To {who}"]
        if not j.no_day:
            lines.append(f"On {when(j.date, '%d/%m/%y')}")
        lines += [f"Ref {j.ref}", "Not You?", "Call 18002586161/SMS BLOCK UPI to 7308080808"]
        text, sender = "\n".join(lines), "HDFCBK"
    else:
        on = "" if j.no_day else f" on {when(j.date, '%d%b%y')}"
        text = (f"Dear SBI User, your A/c X{acct}-debited by Rs{j.amount:.2f}{on} transfer to {who} Ref No "
                f"{j.ref}. If not done by you, call 1800111109. -SBI")
        sender = "SBIUPI"
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    divider = "Today" if j.no_day else rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y"), "Today"])
    p.style["h106"].update({"sender": f"{rng.choice(['VM', 'AD', 'JD', 'BX'])}-{sender}", "divider": divider,
                            "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts = {"merchant": who, "amount": j.amount, "method": "UPI", "status": j.status, "txn": (UTR_RANK, j.ref)}
    if not j.no_day:
        facts["date"] = j.date
    p.add("left", text.replace("\n", " "), **facts)
    return p.done()


def stylist_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying a stylist the month's commission: three STAFF COMMISSION PAYOUT SLIP / INCENTIVE PAYMENT
    VOUCHER / COMMISSION VOUCHER papers (the salon on top, the payer: Slip No. / Voucher No., Date, Paid to / Stylist /
    Payee (the payee), Emp. code, Designation, For the month, Service sales (ex-GST), Commission @ n% on services,
    Retail sales and Retail incentive @ 5%, Card tips passed on, Less: Salary advance, Less: Product over-use recovery,
    Net commission paid / Net payable (the sum), Mode and its reference; PAID / PAID - RECEIVED BY STAFF / APPROVED -
    CREDIT WITH MONTH-END RUN), three business banking apps (CUB All in One, DCB Business, Ujjivan Business: the
    outcome, the sum large, Paid to / Beneficiary / Sent to, the account and IFSC or UPI ID, Mode, Remarks (Commission
    & tips), Less: TDS u/s 194J on the freelancer's, IMPS Ref No / UTR / UPI Ref No and Transaction ID / Txn Ref No.,
    Date & Time / Attempted on, Debited from) and two bank alerts (HDFC Bank's and SBI's UPI debits)."""
    k = place("stylist_payout")
    status = outcome(k, failed=(4,), pending=(0,))
    frame, way, app = PAYOUT_PAGES[k]
    name, role = STAFF[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, town=k)
    if frame == "sms":
        j.amount = float(whole(rng.uniform(6000, 42000), 50)) if rng.random() < 0.6 else rupees(rng, 6000, 42000, 0)
        return payout_sms(rng, font, k, j, name)
    sales = float(whole(rng.uniform(80000, 320000), 10))
    pct = rng.choice([8, 10, 12, 15])
    heads = [(f"Commission @ {pct}% on services", round(sales * pct / 100, 2))]
    retail = float(whole(rng.uniform(8000, 60000), 10)) if rng.random() < 0.6 else 0.0
    if retail:
        heads.append(("Retail incentive @ 5%", round(retail * 0.05, 2)))
    if rng.random() < 0.5:
        heads.append(("Card tips passed on", float(whole(rng.uniform(400, 3500), 10))))
    gross = round(sum(v for _, v in heads), 2)
    less: list[tuple[str, float]] = []
    if rng.random() < 0.5:
        less.append(("Less: Salary advance", float(rng.choice([2000, 3000, 5000]))))
    if rng.random() < 0.3:
        less.append(("Less: Product over-use recovery", float(whole(rng.uniform(200, 1500), 10))))
    if "Freelance" in role:
        less.append(("Less: TDS u/s 194J @ 10%", round(gross * 0.10, 2)))
    net = round(gross - sum(v for _, v in less), 2)
    j.amount = net
    if frame == "paper":
        p = paper_page(rng, font, [640, 680])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
        letterhead(p, k, SALONS[k][TRADE], ["STAFF COMMISSION PAYOUT SLIP", "INCENTIVE PAYMENT VOUCHER",
                                            "COMMISSION VOUCHER"], sub=SUBS, merchant=False)
        if not j.no_ref:
            no = rng.choice([f"{rng.randrange(1, 999):03d}", f"CV/{j.year()}{rng.randrange(10, 999):03d}"])
            p.pair(rng.choice(["Slip No.", "Voucher No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Paid to", "Stylist", "Payee"]), name, merchant=name)
        p.pair("Emp. code", f"{CODES[k]}-{rng.randrange(10, 99)}")
        p.pair("Designation", role)
        if not j.no_day:
            month = j.date.replace(day=1) - dt.timedelta(days=1)
            p.pair("For the month", when(month, rng.choice(["%B %Y", "%b-%y"])))
        p.add("rule")
        p.pair("Service sales (ex-GST)", rs(sales))
        if retail:
            p.pair("Retail sales", rs(retail))
        for label, value in heads + less:
            wrap_pair(p, label, rs(value))
        p.add("rule")
        p.pair(rng.choice(["Net commission paid", "Net paid"]) if status == "success" else "Net payable", rs(net),
               amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        if status == "success":
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                pay_ref(p, j, way, ["SBIN", "UTIB", "HDFC"])
        word = {"success": rng.choice(["PAID", "PAID - RECEIVED BY STAFF"]),
                "pending": "APPROVED - CREDIT WITH MONTH-END RUN", "failed": "PAYMENT FAILED"}[status]
        p.add("center", word, status=status)
        p.part = "foot"
        p.add("small", "Commission as per the salon's incentive policy on net service sales.")
        p.add("pair", "Staff signature", "Manager")
        return p.done()
    title, band = app
    dark = rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Transaction details", "Payout"]),
               buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.3)
    head(p, title, band, dark, ["Staff payout", "Transfer to payee", f"{way} transfer"])
    p.part = "body"
    outcome_row(p, status, {"success": ["Transfer successful", "Money sent", "Payout successful"],
                            "failed": ["Transfer failed", "Payout failed"],
                            "pending": ["Transfer in process"]})
    p.add("big", rs(net), amount=net)
    to = name.upper() if rng.random() < 0.3 else name
    wrap_pair(p, rng.choice(["Paid to", "Beneficiary", "Sent to"]), to, merchant=to)
    if way == "UPI":
        base = "".join(c for c in name.lower() if c.isalpha())[:10]
        p.pair("UPI ID", f"{base}@{rng.choice(['okaxis', 'ybl', 'oksbi'])}")
    else:
        p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", ifsc(rng))
    p.pair("Mode", way, method=method_of(way))
    p.pair("Remarks", rng.choice(["Commission & tips", "Staff incentive", "Commission payout"]))
    for label, value in less:
        if "TDS" in label:
            p.pair("Gross fee", rs(gross))
            p.pair(label, rs(value))
    if not j.no_ref:
        rows = []
        if status == "success" or way == "IMPS":
            ref = neft_utr(rng.choice(["DCBL", "HDFC"]), rng, j.date) if way == "NEFT" else j.ref
            rows.append(({"IMPS": "IMPS Ref No", "UPI": "UPI Ref No", "NEFT": "UTR"}[way], ref, (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            label = rng.choice(["Transaction ID", "Txn Ref No."])
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            rows.append((label, own, (TXN_RANK if label == "Transaction ID" else BANK_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on"]) if status == "success" else
                 ("Attempted on" if status == "failed" else "Initiated on"), stamp(rng, j.date, PATS), date=j.date)
    own = SALONS[k][FIRM]
    own = own if fits(p, "pair", f"Debited from {own} A/c XXXX1234   ") else "Current A/c"
    p.pair(rng.choice(["Debited from", "From"]), f"{own} {masked(rng, font)}")
    if status == "failed":
        p.add("small", "The beneficiary bank rejected the credit. The amount will be reversed to your account.")
    return p.done()


# ---------------------------------------------------------------- 10. the booking platforms' settlements


SETTLE_PAGES = [("Fresha", "browser", "NEFT"), ("magicpin", "mail", "IMPS"), ("nearbuy", "mail", "NEFT"),
                ("Zoylee", "browser", "IMPS"), ("Fresha", "mail", "NEFT"), ("magicpin", "phone", "IMPS"),
                ("nearbuy", "browser", "NEFT"), ("Zoylee", "mail", "NEFT")]
PLATFORM_LINES = {"Fresha": "Fresha for business", "magicpin": "magicpin for Business",
                  "nearbuy": "nearbuy merchant centre", "Zoylee": "Zoylee Partner Payouts"}
PLATFORM_SITES = {"Fresha": "partners.fresha.com/payouts", "magicpin": "business.magicpin.in/settlements",
                  "nearbuy": "merchant.nearbuy.com/payments", "Zoylee": "partner.zoylee.com/payouts"}


def booking_settlement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A booking or deals platform settling a cycle's online bookings, bills and vouchers to the salon (Fresha,
    magicpin, nearbuy, Zoylee; its e-mail, its partner page in a browser or its business app): the platform on top,
    Payout / Settlement advice / Merchant share statement / Partner payout, Paid to / Business / Merchant / Outlet /
    Merchant name / Partner / Salon the salon (the payee; its firm on many), Location ID / Merchant ID / Outlet code /
    Partner ID, Sales period / Bills between / Redemptions between / Bookings between; Fresha's Online sales (n
    appointments), Less: Payment processing fees, Less: New client fee (20% on n first visits), Less: GST 18% on
    fees, Payout amount; magicpin's magicPay bills (n), Less: magicpin commission n%, Less: GST @ 18% on commission,
    Add: magicpin-funded cashback, Less: TCS u/s 52 (0.5%), Net settlement; nearbuy's Vouchers redeemed n x deal
    price, Merchant share n%, Less: TDS u/s 194-O (0.1%), Less: TCS (0.5%), Net payable; Zoylee's Bookings completed
    (n), Booking value, Less: Zoylee fee 15%, Less: GST on fee, Less: Cancellation adjustment, Amount transferred;
    Settled to A/c, Mode, Payout ID / Settlement ID / Payment ref no. / Transfer ID, UTR / IMPS Ref / Bank reference,
    Paid out on / Settled on / Credited on / Expected on / Failed on; Paid / Settled / Credited / In transit / Failed
    - bank account details invalid."""
    k = place("booking_settlement")
    status = outcome(k, failed=(6,), pending=(2,))
    platform, frame, mode = SETTLE_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, town=k, firm=0.5, caps=0.3)
    if frame == "mail":
        p = mail_page(rng, font, f"{platform} <payouts@{platform.lower()}.com>",
                      [f"Your {platform} payout", "Settlement advice", f"{platform}: payment sent to your bank",
                       "Partner payout statement"])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"{PLATFORM_SITES[platform]}/{code(rng, 10, MIXED)}")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Settlement", "Payments"])
        rs = money(rng, font, 0.3)
    p.part = "head"
    top(p, platform)
    p.add("small", PLATFORM_LINES[platform])
    p.add("center", {"Fresha": "Payout", "magicpin": "Settlement advice", "nearbuy": "Merchant share statement",
                     "Zoylee": "Partner payout"}[platform])
    p.add("rule")
    p.part = "body"
    if frame == "phone":
        outcome_row(p, status, {"success": ["Settled", "Credited to your bank"], "failed": ["Settlement failed"],
                                "pending": ["In transit"]})
    labels = {"Fresha": ["Paid to", "Business"], "magicpin": ["Merchant", "Outlet"],
              "nearbuy": ["Merchant name", "Outlet"], "Zoylee": ["Partner", "Salon"]}[platform]
    wrap_pair(p, rng.choice(labels), j.to, merchant=j.to)
    p.pair({"Fresha": "Location ID", "magicpin": "Merchant ID", "nearbuy": "Outlet code",
            "Zoylee": "Partner ID"}[platform], f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.randrange(8, 16))
        period = f"{when(start, '{d} %b')} - {when(start + dt.timedelta(days=6), '{d} %b %Y')}"
        p.pair({"Fresha": "Sales period", "magicpin": "Bills between", "nearbuy": "Redemptions between",
                "Zoylee": "Bookings between"}[platform], period)
    p.add("rule")
    lines: list[tuple[str, float]] = []
    if platform == "Fresha":
        n = rng.randrange(18, 120)
        gross = float(whole(n * rng.uniform(900, 2200), 1))
        p.pair(f"Online sales ({n} appointments)", rs(gross))
        proc = round(gross * 0.0229, 2)
        fresh_n = rng.randrange(2, 15)
        newfee = float(whole(fresh_n * rng.uniform(250, 500), 1))
        lines = [("Less: Payment processing fees", proc), (f"Less: New client fee (20% on {fresh_n} first visits)",
                                                           newfee)]
        lines.append(("Less: GST 18% on fees", round((proc + newfee) * 0.18, 2)))
        net = round(gross - sum(v for _, v in lines), 2)
        last = "Payout amount"
    elif platform == "magicpin":
        n = rng.randrange(25, 160)
        gross = float(whole(n * rng.uniform(700, 1800), 1))
        p.pair(f"magicPay bills ({n})", rs(gross))
        pct = rng.choice([8, 10, 12])
        comm = round(gross * pct / 100, 2)
        lines = [(f"Less: magicpin commission {pct}%", comm), ("Less: GST @ 18% on commission", round(comm * 0.18, 2))]
        cashback = float(whole(gross * rng.uniform(0.01, 0.04), 1)) if rng.random() < 0.6 else 0.0
        tcs = round(gross * 0.005, 2)
        lines.append(("Less: TCS u/s 52 (0.5%)", tcs))
        net = round(gross - sum(v for _, v in lines) + cashback, 2)
        if cashback:
            lines.append(("Add: magicpin-funded cashback", cashback))
        last = "Net settlement"
    elif platform == "nearbuy":
        n = rng.randrange(10, 90)
        price = float(rng.choice([499, 799, 999, 1499, 1999]))
        gross = n * price
        p.pair(f"Vouchers redeemed {n} x {price:,.0f}", rs(gross))
        share = rng.choice([70, 75, 80])
        mshare = round(gross * share / 100, 2)
        p.pair(f"Merchant share {share}%", rs(mshare))
        lines = [("Less: TDS u/s 194-O (0.1%)", round(mshare * 0.001, 2)),
                 ("Less: TCS (0.5%)", round(mshare * 0.005, 2))]
        net = round(mshare - sum(v for _, v in lines), 2)
        last = "Net payable"
    else:
        n = rng.randrange(12, 80)
        gross = float(whole(n * rng.uniform(800, 2600), 1))
        p.pair(f"Booking value ({n} bookings)", rs(gross))
        fee = round(gross * 0.15, 2)
        lines = [("Less: Zoylee fee 15%", fee), ("Less: GST on fee", round(fee * 0.18, 2))]
        if rng.random() < 0.5:
            lines.append(("Less: Cancellation adjustment", float(whole(rng.uniform(300, 2500), 1))))
        net = round(gross - sum(v for _, v in lines), 2)
        last = "Amount transferred" if status == "success" else "Amount to transfer"
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    j.amount = net
    p.add("rule")
    if frame == "phone":
        p.add("big", rs(net), amount=net)
    else:
        p.pair(last, rs(net), amount=net)
    p.pair(rng.choice(["Settled to A/c", "Bank account"]), f"XXXXXXXX{digits(rng, 4)} / {ifsc(rng)}")
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        sid = {"Fresha": f"po_{code(rng, 12, MIXED)}", "magicpin": f"STL{digits(rng, 10)}",
               "nearbuy": f"NB{digits(rng, 9)}", "Zoylee": f"ZTR{digits(rng, 8)}"}[platform]
        labelled(p, {"Fresha": "Payout ID", "magicpin": "Settlement ID", "nearbuy": "Payment ref no.",
                     "Zoylee": "Transfer ID"}[platform], sid, txn=(TXN_RANK, sid))
        if status == "success":
            if mode == "IMPS":
                labelled(p, rng.choice(["IMPS Ref", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif j.no_day:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                labelled(p, "Bank reference", bref, txn=(BANK_RANK, bref))
            else:
                ref = neft_utr(rng.choice(["HDFC", "YESB", "ICIC", "UTIB"]), rng, j.date)
                labelled(p, rng.choice(["UTR", "Bank reference (UTR)"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        lab = {"success": rng.choice(["Paid out on", "Settled on", "Credited on"]), "failed": "Failed on",
               "pending": "Expected on"}[status]
        labelled(p, lab, stamp(rng, j.date, PATS) if frame != "mail" else j.day(rng), date=j.date)
    if frame != "phone":
        p.pair("Status", {"success": rng.choice(["Paid", "Settled", "Credited"]), "pending": "In transit",
                          "failed": "Failed - bank account details invalid"}[status], status=status)
    if status == "failed":
        p.add("small", "Update your bank details in the partner app. The amount will be paid in the next cycle.")
    elif status == "pending":
        p.add("small", "Payouts usually reach your bank within 1-2 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["Questions about this payout? Write to partner support.",
                               "A detailed statement is available in the partner dashboard."]))
    return p.done()


# ---------------------------------------------------------------- 11. refunds of cancelled bridal bookings


# frame (paper, mail or a gateway), the way
REFUND_PAGES = [("paper", "NEFT"), ("Instamojo", "UPI"), ("mail", "IMPS"), ("CCAvenue", "card"), ("paper", "cheque"),
                ("PhonePe PG", "UPI"), ("mail", "NEFT"), ("Paytm PG", "netbanking")]
GATEWAY_SITES = {"Instamojo": "www.instamojo.com/dashboard/refunds", "CCAvenue": "dashboard.ccavenue.com/refunds",
                 "PhonePe PG": "business.phonepe.com/pg/refunds", "Paytm PG": "dashboard.paytm.com/next/refunds"}
CANCEL_WHY = ["Wedding postponed by the family", "Wedding called off", "Venue changed to another city",
              "Booked another artist", "Date clash - function advanced", "Bride unwell - function cancelled"]


def bridal_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The salon refunding a cancelled bridal booking's advance in full or in part: its printed REFUND VOUCHER -
    BRIDAL BOOKING / CANCELLATION & REFUND NOTE (two; the salon on top, the payer), its refund e-mail (two; the salon
    on top) or its gateway's refund page in a browser (Instamojo, CCAvenue, PhonePe PG, Paytm PG; the salon's firm -
    merchant dashboard under it): Refund to / Payee / Refunded to / Customer the bride or her father (the payee; an
    honorific is no part of the name), Booking No. / Booking ID, Event date (cancelled) and Cancelled on (never the
    day), Reason, Advance received / Advance paid / Payment amount, Less: Cancellation charge (n%), Less: Trial
    makeup availed, Net refund / Refund amount (the sum), the way (NEFT, IMPS, a cheque, Source - UPI / card / net
    banking) and its reference, Voucher No. / Ref No., Refund reference, Refund ID, ARN on a card, RRN / UTR / IMPS
    Ref No. / Bank Ref No otherwise, Order ID (the booking's payment, no id), Refunded on / Processed on / Failed on /
    Initiated on or the voucher's Date; REFUNDED / REFUND PAID / Refund processed / Refunded / Refund successful /
    Refund failed / Refund initiated / Processing."""
    k = place("bridal_refund")
    status = outcome(k, failed=(3,), pending=(5,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, town=k)
    who = rng.choice([BRIDES[k], FATHERS[k]])
    honour = "Ms." if who == BRIDES[k] else rng.choice(["Shri", "Mr."])
    shown = who.upper() if rng.random() < 0.2 else who
    paid = float(rng.choice([5000, 10000, 11000, 15000, 20000, 21000, 25000, 30000, 51000]))
    pct = rng.choice([0, 10, 20, 25, 50])
    charge = round(paid * pct / 100, 2)
    trial = float(rng.choice([1500, 2000, 2500])) if pct and rng.random() < 0.4 else 0.0
    refund = round(paid - charge - trial, 2)
    j.amount = refund
    booking = f"{CODES[k]}-BB{rng.randrange(100, 9999)}"
    if frame in ("paper", "mail"):
        if frame == "paper":
            p = paper_page(rng, font, [660, 700])
            rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
            letterhead(p, k, SALONS[k][TRADE], ["REFUND VOUCHER - BRIDAL BOOKING", "CANCELLATION & REFUND NOTE"],
                       sub=SUBS, merchant=False)
        else:
            p = mail_page(rng, font, f"{SALONS[k][TRADE]} <bookings@{SLUGS[k]}.in>",
                          ["Refund for your bridal booking", "Your booking is cancelled - refund processed",
                           f"Refund processed - booking {booking}"])
            rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
            p.part = "head"
            top(p, SALONS[k][TRADE])
            p.add("small", "Bridal desk")
            p.add("rule")
            p.part = "body"
            p.add("left", f"Dear {honour} {who.split()[-1] if honour != 'Ms.' else who.split()[0]},")
            p.add("left", "As requested, we have cancelled your booking and refunded the advance as below.")
        if not j.no_ref and frame == "paper":
            no = rng.choice([f"RV-{rng.randrange(10, 999):03d}", f"CR/{j.year()}{rng.randrange(1, 99):02d}"])
            p.pair(rng.choice(["Voucher No.", "Ref No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day and frame == "paper":
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Payee", "Refunded to"]), f"{honour} {shown}", merchant=shown)
        p.pair(rng.choice(["Booking No.", "Booking ID"]), booking)
        if not j.no_day:
            p.pair("Event date (cancelled)", j.other_day(rng, 15, 160))
            p.pair("Cancelled on", j.other_day(rng, -20, -1))
        wrap_pair(p, "Reason", rng.choice(CANCEL_WHY))
        p.add("rule")
        p.pair(rng.choice(["Advance received", "Advance paid"]), rs(paid))
        if charge:
            wrap_pair(p, f"Less: Cancellation charge ({pct}%)", rs(charge))
        if trial:
            p.pair("Less: Trial makeup availed", rs(trial))
        p.pair(rng.choice(["Net refund", "Refund amount"]), rs(refund), amount=refund)
        if frame == "paper":
            p.add("small", f"({words_in_rupees(refund)})")
        if way == "cheque":
            cheque_rows(p, j)
        else:
            p.pair(rng.choice(["Mode", "Refunded via"]), f"{way} to A/c XXXX{digits(rng, 4)}", method=method_of(way))
            if not j.no_ref:
                if frame == "mail":
                    rf = f"RF{digits(rng, 8)}"
                    labelled(p, "Refund reference", rf, txn=(TXN_RANK, rf))
                pay_ref(p, j, way, ["HDFC", "ICIC", "SBIN", "UTIB"])
        if frame == "mail":
            if not j.no_day:
                p.pair("Processed on", j.day(rng), date=j.date)
            p.pair("Status", "Refund processed", status="success")
            p.part = "foot"
            p.add("small", "The amount should reflect in your account within 1-2 working days.")
            p.add("small", f"Warm regards, Bridal desk, {SALONS[k][TRADE]}")
            return p.done()
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement of my booking.")
        p.add("pair", "Client's signature", "For the salon")
        return p.done()
    p = browser_page(rng, font, f"{GATEWAY_SITES[frame]}/{code(rng, 10, MIXED)}")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, frame)
    p.add("small", f"{SALONS[k][FIRM]} - merchant dashboard")
    p.add("center", rng.choice(["Refund details", "Refund"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Refunded", "Refund successful"], "failed": ["Refund failed"],
                            "pending": ["Refund initiated", "Processing"]})
    p.add("big", rs(refund), amount=refund)
    wrap_pair(p, rng.choice(["Customer", "Refund to"]), shown, merchant=shown)
    if rng.random() < 0.5:
        first, last = who.split()[0].lower().strip("."), who.split()[-1].lower()
        p.pair("Email", f"{last}.{first}{rng.randrange(10, 99)}@gmail.com")
    else:
        p.pair("Phone", f"+91 {rng.choice('6789')}{digits(rng, 9)}")
    wrap_pair(p, "Description", f"Bridal booking advance - {booking}")
    p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
    if charge or trial:
        p.pair("Cancellation charge", rs(round(charge + trial, 2)))
    p.pair("Refund type", "Partial" if charge or trial else "Full")
    p.pair("Refund mode", {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}",
                           "netbanking": "Source - net banking"}[way], method=way)
    if not j.no_ref:
        rid = {"Instamojo": f"MOJO{code(rng, 10, ALNUM)}", "CCAvenue": digits(rng, 12),
               "PhonePe PG": f"R{digits(rng, 15)}", "Paytm PG": f"{digits(rng, 8)}RF{digits(rng, 6)}"}[frame]
        labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
        if status == "success":
            if way == "card":
                arn = digits(rng, 23)
                labelled(p, "ARN", arn, txn=(UTR_RANK, arn))
            elif way == "UPI":
                labelled(p, rng.choice(["RRN", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                labelled(p, "Bank Ref No", bref, txn=(BANK_RANK, bref))
        if rng.random() < 0.6:
            p.pair(rng.choice(["Order ID", "Original transaction ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 10)}")
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Refunded on", "Processed on"]), "failed": "Failed on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", "The customer's bank rejected the refund. Retry or refund by bank transfer.")
    elif status == "pending":
        p.add("small", "Refunds reach the customer in 5-7 working days.")
    p.part = "foot"
    p.add("small", "Refunds once initiated cannot be cancelled.")
    return p.done()


# ---------------------------------------------------------------- 12. the shop and establishment fee, PT, GST


# portal, the payee (None on a GST challan), kind
GOV = [("Shram Vibhag UP - Online Services", "Labour Department, Uttar Pradesh", "shop"),
       ("CFMS - Government of Andhra Pradesh", "Commercial Taxes Department, Andhra Pradesh", "pt"),
       ("GST", None, "gst"),
       ("TN Urban e-Sevai", "Coimbatore City Municipal Corporation", "ptlocal"),
       ("MP Cyber Treasury", "Commercial Tax Department, Madhya Pradesh", "pt"),
       ("GST", None, "gst"),
       ("e-Karmika - Labour Department", "Labour Department, Government of Karnataka", "shop"),
       ("Punjab e-Payment - PSDT", "Excise and Taxation Department, Punjab", "psdt")]
GOV_URLS = ["uplabour.gov.in/shops/payment/receipt", "cfms.ap.gov.in/challan/ereceipt",
            "payment.gst.gov.in/payment/trackpayment", "tnurbanepay.tn.gov.in/professionaltax/receipt",
            "mptreasury.gov.in/cybertreasury/challan", "payment.gst.gov.in/payment/trackpayment",
            "ekarmika.karnataka.gov.in/shops/feereceipt", "pextax.punjab.gov.in/psdt/epayment"]
GOV_WAYS = ["netbanking", "UPI", "netbanking", "card", "netbanking", "UPI", "UPI", "netbanking"]


def govt_dues(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The salon's dues to government (a portal in a browser or its receipt printed): the shop and establishment
    registration's renewal fee (Uttar Pradesh's labour department, Karnataka's through e-Karmika: Registration No.,
    Establishment, Employer, Category (Shop - beauty parlour & spa), Workers, Renewal fee / Registration fee, Late
    fee, Valid up to), professional tax (Andhra Pradesh through CFMS, Madhya Pradesh through the cyber treasury:
    PT Regn No., Tax period, Employees liable n x 200 / 208, Employer's own (PTEC), Interest; Coimbatore's half-yearly
    tax through TN Urban e-Sevai: Assessment No., Half-year, Employees n x 690 / 1,025; Punjab's State Development Tax:
    PSDT Regn No., Period, Employees n x 200 x 12, Employer 200 x 12) or GST (GST PMT-06: CPIN, GSTIN, Legal name, Tax
    period, CGST (0005) and SGST (0006) Tax and Interest): the portal on top, Department / Payable to / Paid to /
    Local body (the payee; none on a GST challan), Total / Amount paid / Total amount / Total challan amount, Mode of
    payment / Payment mode, Challan No. / GRN / CFMS Challan ID, Receipt No., CIN, Bank Ref No / BRN / UPI Ref No,
    Paid on / Date of payment / Payment date / Attempted on / Initiated on; Payment Successful / Challan paid / Success
    / Payment Failed / Transaction declined by bank / Pending - bank confirmation awaited."""
    k = place("govt_dues")
    status = outcome(k, failed=(4,), pending=(1,))
    portal, payee, kind = GOV[k]
    way = GOV_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, town=k)
    frame = rng.choice(["browser", "paper"])
    p = browser_page(rng, font, GOV_URLS[k]) if frame == "browser" else paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    if kind == "gst":
        top(p, "Goods and Services Tax")
        p.add("center", rng.choice(["Payment Receipt", "Challan Receipt (GST PMT-06)"]))
    else:
        top(p, portal)
        label = {"shop": ["Department", "Payable to"], "pt": ["Department", "Paid to"],
                 "ptlocal": ["Local body", "Payable to"], "psdt": ["Department", "Payable to"]}[kind]
        wrap_pair(p, rng.choice(label), payee, merchant=payee)
        p.add("center", {"shop": rng.choice(["Shops & Establishments - Fee Receipt", "Renewal fee - e-Receipt"]),
                         "pt": rng.choice(["Professional Tax - e-Challan", "Professional Tax Payment Receipt"]),
                         "ptlocal": "Professional Tax - Payment Receipt",
                         "psdt": "PSDT - e-Payment Receipt"}[kind])
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment Successful", "Challan paid", "Success"],
                                "failed": ["Payment Failed", "Transaction declined by bank"],
                                "pending": ["Pending - bank confirmation awaited"]})
    firm = SALONS[k][FIRM]
    lines: list[tuple[str, float]] = []
    if kind == "gst":
        if not j.no_ref:
            cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[k][4]}{digits(rng, 8)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
        wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), firm.upper())
        if not j.no_day:
            period = j.date.replace(day=1) - dt.timedelta(days=1)
            p.pair(rng.choice(["Tax period", "Return period"]), when(period, "%b %Y"))
        tax = float(whole(rng.uniform(8000, 90000), 10))
        lines = [("CGST (0005) - Tax", tax), ("SGST (0006) - Tax", tax)]
        if rng.random() < 0.3:
            lines.append(("CGST (0005) - Interest", float(rng.randrange(120, 1800))))
            lines.append(("SGST (0006) - Interest", lines[-1][1]))
    elif kind == "shop":
        p.pair("Registration No.", f"UPSE{digits(rng, 9)}" if k == 0 else f"KA/SE/{rng.randrange(1, 40):02d}/"
                                   f"{digits(rng, 6)}")
        wrap_pair(p, "Establishment", SALONS[k][TRADE])
        wrap_pair(p, "Employer", firm)
        wrap_pair(p, "Category", "Shop - beauty parlour & spa")
        workers = rng.randrange(6, 25)
        p.pair("Workers", str(workers))
        band = "10-19" if 10 <= workers < 20 else "1-9" if workers < 10 else "20-49"
        lines = [(f"{rng.choice(['Renewal fee', 'Registration fee'])} ({band} workers)",
                  float({"1-9": 1000, "10-19": 2500, "20-49": 5000}[band]))]
        if rng.random() < 0.4:
            lines.append(("Late fee", float(rng.choice([250, 500, 1000]))))
        if not j.no_day:
            p.pair("Valid up to", j.other_day(rng, 330, 1800))
    elif kind == "pt":
        p.pair(rng.choice(["PT Regn No.", "PTRC No."]), f"{rng.choice(['PT', 'RC'])}{digits(rng, 11)}")
        wrap_pair(p, rng.choice(["Employer", "Dealer name"]), firm)
        if not j.no_day:
            period = j.date.replace(day=1) - dt.timedelta(days=1)
            p.pair("Tax period", when(period, "%B %Y"))
        n = rng.randrange(5, 22)
        rate = 200 if TOWNS[k][0] == "Visakhapatnam" else 208
        lines = [(f"Employees liable {n} x {rate}", float(n * rate))]
        if rng.random() < 0.4:
            lines.append(("Employer's own (PTEC)", 2500.0))
        if rng.random() < 0.25:
            lines.append(("Interest", float(rng.randrange(20, 300))))
    elif kind == "ptlocal":
        p.pair("Assessment No.", f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}")
        wrap_pair(p, "Name of institution", f"{SALONS[k][TRADE]} ({firm})")
        if not j.no_day:
            half = ("Oct 2025 - Mar 2026" if j.date.month < 4 else "Apr - Sep 2026" if j.date.month < 10
                    else "Oct 2026 - Mar 2027")
            p.pair("Half-year", half)
        a, b = rng.randrange(2, 10), rng.randrange(0, 5)
        lines = [(f"Employees {a} x 690", float(a * 690))]
        if b:
            lines.append((f"Employees {b} x 1,025", float(b * 1025)))
    else:
        p.pair("PSDT Regn No.", f"PSDT{digits(rng, 8)}")
        wrap_pair(p, "Employer", firm)
        if not j.no_day:
            start = j.date.year - (1 if j.date.month < 4 else 0)
            p.pair("Period", f"Apr {start} - Mar {start + 1}")
        n = rng.randrange(4, 16)
        lines = [(f"Employees {n} x 200 x 12", float(n * 2400)), ("Employer 200 x 12", 2400.0)]
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = round(sum(value for _, value in lines), 2)
    j.amount = total
    if kind == "gst":
        label = rng.choice(["Total challan amount", "Total amount"])
    else:
        label = rng.choice(["Total", "Amount paid", "Total amount"]) if status == "success" else "Total"
    p.pair(label, rs(total), amount=total)
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": f"Net banking - {rng.choice(['SBI', 'Punjab National Bank', 'Bank of Baroda', 'Canara'])}",
            "UPI": "UPI", "card": "Debit card"}[way], method=way)
    if not j.no_ref:
        if kind == "gst":
            if status == "success":
                cin = f"{rng.choice(['SBIN', 'PUNB', 'BARB'])}{j.date:%y}{digits(rng, 14)}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
        else:
            cno = {"shop": f"{code(rng, 2, UPPER)}{digits(rng, 10)}", "pt": f"{digits(rng, 14)}",
                   "ptlocal": f"TNU{digits(rng, 12)}", "psdt": f"PB{digits(rng, 12)}"}[kind]
            clabel = {"shop": "Challan No.", "pt": rng.choice(["CFMS Challan ID", "GRN"]) if k == 1 else "GRN",
                      "ptlocal": "Challan No.", "psdt": "GRN"}[kind]
            labelled(p, clabel, cno, txn=(TXN_RANK, cno))
            if status == "success" and rng.random() < 0.5:
                rno = f"{rng.randrange(1, 999999):06d}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
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
        p.pair("Status", {"success": rng.choice(["Success", "Paid"]), "failed": "Payment Failed",
                          "pending": "Pending - bank confirmation awaited"}[status], status=status)
    if status == "pending":
        p.add("small", "Do not pay again. The challan is updated once the bank confirms the payment.")
    elif status == "failed":
        p.add("small", "The bank declined this payment. Any amount debited will be refunded.")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


compose = compose121

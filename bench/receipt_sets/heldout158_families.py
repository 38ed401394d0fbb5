"""The twelve heldout158 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a dental clinic chain's day in 2026 (Smile Sutra Dental Clinic, one clinic in each of
Gwalior, Kakinada, Bhavnagar, Shillong, Thanjavur, Cuttack, Bathinda and Alappuzha; Smile Sutra Healthcare LLP runs
five of them and Sutra Oral Care Pvt Ltd the Shillong, Cuttack and Alappuzha clinics), told by the proofs of payment
it receives and makes: patients' UPI and the clinic's payment links, the chairside card terminals' slips (a bank EMI
and a no-cost EMI on two), treatment lenders' disbursements for patients' EMIs and patients' bank transfers, TPAs',
insurers' and OPD benefit platforms' cashless settlements and Practo's payout, the clinic's own receipts (part
payments against a treatment plan, advances, a dental camp's bill net of TDS, a whitening invoice with GST), the
dental labs', implant distributors', consumables dealers' and service engineers' bills, the equipment lenders' EMI
receipts and the equipment dealers' receipts, the visiting consultants' fees (their bills and the clinic's
transfers) and the rent, electricity through Bharat Connect and the board's own page, the biomedical waste
operators' and the broadband provider's receipts, the practice software (in euros, pounds and US dollars on some),
refunds to patients, and GST, TDS and the pollution control boards' authorisation fees. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, patients' names, ids, ages and teeth, treating dentists, treatment plans and estimates, sums paid earlier
and balances, loan, claim, pre-auth, policy, member and provider numbers, link ids, subventions, deductions, co-pays,
TDS and GST lines, principal and interest, outstanding, asset and EMI lines, bounce charges, periods, consumer and
account numbers, bill and due days, plans, original payment ids, authorisation and file numbers, assessment years,
BSR codes and challan serials, GSTIN, IFSC, PAN, TAN, MID, TID, batch, AID and the payer's own details carry no
fact. ``compose`` is heldout156's (heldout121's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
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
from bench.receipt_sets.heldout152_families import ay_of, fx, method_for, pan, rail_ref, right, vpa_base
from bench.receipt_sets.heldout153_families import emi
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout156_families import compose as compose156

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"
HEX = "0123456789ABCDEF"

# town, PIN code, locality, state, GST state code
TOWNS = [
    ("Gwalior", "474009", "City Centre", "Madhya Pradesh", "23"),
    ("Kakinada", "533003", "Bhanugudi Junction", "Andhra Pradesh", "37"),
    ("Bhavnagar", "364002", "Waghawadi Road", "Gujarat", "24"),
    ("Shillong", "793001", "Police Bazar", "Meghalaya", "17"),
    ("Thanjavur", "613007", "Medical College Road", "Tamil Nadu", "33"),
    ("Cuttack", "753001", "Buxi Bazar", "Odisha", "21"),
    ("Bathinda", "151001", "Ajit Road", "Punjab", "03"),
    ("Alappuzha", "688011", "Mullakkal", "Kerala", "32"),
]
TRADE = "Smile Sutra Dental Clinic"
LLP = "Smile Sutra Healthcare LLP"
COMPANY = "Sutra Oral Care Pvt Ltd"
# the firm that runs the clinic in each town
FIRMS = [LLP, LLP, LLP, COMPANY, LLP, COMPANY, LLP, COMPANY]
CODES = ["GWL", "KKD", "BVN", "SHL", "TNJ", "CTC", "BTI", "ALP"]
SLUG = "smilesutra"
# each clinic's lead dentist (no fact)
DENTISTS = [
    "Dr. Ritika Bhadauria",
    "Dr. Venkata Ramana Kolli",
    "Dr. Foram Dave",
    "Dr. Iohbha Kharkongor",
    "Dr. Senthil Murugan",
    "Dr. Sasmita Behera",
    "Dr. Amandeep Gill",
    "Dr. Reshma Varghese",
]
# the visiting consultant in each town: name, qualification, council
CONSULTANTS = [
    ("Dr. Anirudh Saxena", "MDS (Conservative Dentistry & Endodontics)", "MPDC"),
    ("Dr. Sravani Koneru", "MDS (Orthodontics & Dentofacial Orthopaedics)", "APSDC"),
    ("Dr. Parth Trivedi", "MDS (Oral & Maxillofacial Surgery)", "GSDC"),
    ("Dr. Banteilang Marbaniang", "MDS (Periodontology)", "MDC"),
    ("Dr. Karthikeyan Ramalingam", "MDS (Prosthodontics & Crown and Bridge)", "TNSDC"),
    ("Dr. Lopamudra Das", "MDS (Paediatric & Preventive Dentistry)", "ODC"),
    ("Dr. Gurkirat Sidhu", "MDS (Oral Implantology)", "PDC"),
    ("Dr. Neethu Thomas", "MDS (Orthodontics)", "KDC"),
]
PATIENTS = [
    "Rekha Tomar",
    "Durga Prasad Chintalapudi",
    "Jigar Vaghela",
    "Ibasuklang Syiem",
    "Meenakshi Sundaram",
    "Subhashree Mohanty",
    "Harjinder Kaur Brar",
    "Aswathy Nair",
    "Kunal Bhadauria",
    "Hetal Raval",
    "Wanphrang Lyngdoh",
    "Sai Lakshmi Pappu",
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Canara Bank",
    "Bank of Baroda",
    "Punjab National Bank",
    "Union Bank of India",
    "Indian Bank",
    "Federal Bank",
]
REFUND = [
    "If your account was debited, the money comes back within 3-5 working days.",
    "Any amount debited will be reversed to your bank account automatically.",
]
WAIT = [
    "Your bank is yet to confirm. Please do not pay the clinic again.",
    "Waiting for bank confirmation. The front desk will see it once confirmed.",
]
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
]
CLINIC_SUB = [
    "Root canals | Implants | Aligners & braces | Kids' dentistry",
    "Multi-speciality dental clinic & implant centre",
    "Family dentistry, orthodontics, implants & smile design",
]
TEETH = ["16", "26", "36", "46", "37", "47", "38", "48", "11", "21", "14", "24"]


def ours(rng: random.Random, town: int, *, firm: float = 0.2, branch: float = 0.35, caps: float = 0.2) -> str:
    """A clinic as a payee: the trade name, the clinic's (trade name - locality) on some, the firm that runs it on
    some, in capitals on some."""
    r = rng.random()
    name = FIRMS[town] if r < firm else f"{TRADE} - {TOWNS[town][2]}" if r < firm + branch else TRADE
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 500,
        high: float = 40000,
        p_round: float = 0.6,
        firm: float = 0.2,
        branch: float = 0.35,
        caps: float = 0.2,
        town: int | None = None,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = ours(rng, self.town, firm=firm, branch=branch, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a treatment's, a cheque's, a due day, an EMI's): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's, a consultant's visits): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(
    p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True, gst: bool = True
) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN and phone (never an id), the document's
    kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add(
        "small",
        f"{rng.choice(['Shop No.', 'First floor,', 'Door No.', 'Plot'])} {rng.randrange(2, 160)}, {city[2]}, "
        f"{city[0]} - {city[1]}",
    )
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  Tel. {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mobile {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def way_text(rng: random.Random, way: str, font: str, *, ours: bool = True) -> str:
    """The way as a receipt prints it (``ours``: the clinic receiving at its own desk, else the clinic paying)."""
    return {
        "cash": rng.choice(["Cash", "Cash at front desk"] if ours else ["Cash", "By cash"]),
        "UPI": rng.choice(
            ["UPI", "UPI (clinic QR)", "UPI - PhonePe"] if ours else ["UPI", "UPI - Google Pay", "BHIM UPI"]
        ),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
    }[way]


def vpa_of(rng: random.Random, name: str) -> str:
    return rng.choice(
        [
            f"{vpa_base(name)}{rng.randrange(10, 999)}@{rng.choice(['oksbi', 'okaxis', 'ybl', 'ibl'])}",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'paytm', 'okhdfcbank', 'axl'])}",
        ]
    )


def stamp_date(j: Job) -> dt.date | None:
    return None if j.no_day else j.date


IFSC_HEADS = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "Union Bank of India": "UBIN",
}


def bank_acct(rng: random.Random) -> str:
    return f"{rng.choice(BANKS[:8])} A/c XXXXXX{digits(rng, 4)}"


def acct_ifsc(rng: random.Random) -> tuple[str, str]:
    """An account (bank and last digits) and an IFSC of the same bank."""
    bank = rng.choice(BANKS[:8])
    return f"{bank} A/c XXXXXX{digits(rng, 4)}", f"{IFSC_HEADS[bank]}0{digits(rng, 6)}"


# ---------------------------------------------------------------- 1. patients' UPI and the clinic's payment links


# whose page (the patient's UPI app or the clinic's payment link) and which app or gateway
UPI_FRAMES = [
    ("patient", "Google Pay"),
    ("link", "Razorpay"),
    ("patient", "WhatsApp"),
    ("patient", "CRED"),
    ("link", "PayU"),
    ("patient", "PhonePe"),
    ("patient", "MobiKwik"),
    ("link", "Cashfree Payments"),
]
# the gateway: the link's address, its footer
LINKS = {
    "Razorpay": ("rzp.io/rzp/", "Secured by Razorpay"),
    "PayU": ("u.payu.in/", "Payments powered by PayU"),
    "Cashfree Payments": ("payments.cashfree.com/links/", "Secure payments by Cashfree Payments"),
}
CHAIR_NOTES = [
    "RCT 2nd sitting",
    "Aligner instalment 3",
    "Scaling for Amma",
    "Crown balance",
    "Implant advance",
    "Kids filling - Aarav",
    "Braces monthly review",
    "Wisdom tooth extraction",
    "Whitening session",
    "OPG + consultation",
]
LINK_PURPOSES = [
    "Clear aligners - booking amount",
    "Implant (stage 2) - balance",
    "Braces - instalment 2 of 4",
    "Full mouth rehab - advance",
    "Smile design - mock-up fee",
    "Crown & bridge - balance",
]


def link_page(rng: random.Random, font: str, gateway: str, j: Job) -> tuple[list, dict, dict]:
    """The clinic's payment link after a patient paid it (Razorpay, PayU, Cashfree Payments; in a browser): the clinic
    on top (the payee) and its locality, Payment successful / Paid / Thank you! Your payment is complete, the sum
    large, Payment for / Purpose / Description, Paid by / Customer / Name, Mobile, Link ID / Invoice ID (no id),
    Payment method (UPI or a card), Payment ID / Transaction ID / PayU ID, UPI Ref No / UTR / RRN or Auth code, Paid on
    / Date / Payment date, the gateway's footer (never the payee)."""
    url, foot = LINKS[gateway]
    p = browser_page(rng, font, url + code(rng, 8, MIXED))
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, j.to, merchant=j.to)
    city = TOWNS[j.town]
    p.add("small", f"{city[0]} - {city[1]}" if " - " in j.to else f"{city[2]}, {city[0]}")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p, "success", {"success": ["Payment successful", "Paid", "Thank you! Your payment is complete"]}
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Payment for", "Purpose", "Description"]), rng.choice(LINK_PURPOSES))
    wrap_pair(p, rng.choice(["Paid by", "Customer", "Name"]), rng.choice(PATIENTS))
    p.pair(rng.choice(["Mobile", "Phone"]), f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}")
    if not j.no_ref:
        link = {
            "Razorpay": f"plink_{code(rng, 14, MIXED)}",
            "PayU": f"INV{digits(rng, 9)}",
            "Cashfree Payments": f"{CODES[j.town]}{digits(rng, 8)}",
        }[gateway]
        p.pair("Invoice ID" if gateway == "PayU" else "Link ID", link)
    way = "UPI" if rng.random() < 0.6 else "card"
    p.pair(
        rng.choice(["Payment method", "Paid using"]),
        "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
        method=way,
    )
    if not j.no_ref:
        if gateway == "Razorpay":
            pid, label = f"pay_{code(rng, 14, MIXED)}", "Payment ID"
        elif gateway == "PayU":
            pid, label = digits(rng, 11), rng.choice(["PayU ID", "Transaction ID"])
        else:
            pid, label = digits(rng, 10), "Transaction ID"
        labelled(p, label, pid, txn=(TXN_RANK, pid))
        if way == "UPI" and rng.random() < 0.75:
            labelled(p, rng.choice(["UPI Ref No", "UTR", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Auth code", "Approval code"]), appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date"]), stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", "A receipt has been sent to your e-mail and WhatsApp.")
    p.add("small", foot)
    return p.done()


def patient_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A patient paying a clinic: five of the patient's UPI app (Google Pay, WhatsApp Pay, CRED, PhonePe, MobiKwik;
    heldout125's result screen, the clinic (the trade name, the clinic's with its locality or the firm that runs it,
    in capitals on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own
    id on some, a Note / Message / For (RCT 2nd sitting, Aligner instalment 3) on most) and three of the clinic's
    payment links (``link_page``)."""
    k = place("patient_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=300, high=30000, p_round=0.85)
    if side == "link":
        j.amount = float(rng.choice([5000, 7500, 10000, 15000, 20000, 25000, 35000, 48000]))
        return link_page(rng, font, app, j)
    if rng.random() < 0.45:
        j.amount = float(rng.choice([300, 500, 800, 1200, 1500, 2500, 3500, 4500, 6500, 8000]))
    p = upi_result(rng, font, k, app, status, j, TRADE, WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "For"]), rng.choice(CHAIR_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "View history  |  Pay again"]))
    return p.done()


# ---------------------------------------------------------------- 2. the chairside card terminals


MAKERS = [
    "MOSAMBEE",
    "HDFC BANK",
    "WORLDLINE",
    "ICICI BANK",
    "GETEPAY",
    "PINE LABS",
    "BANK OF BARODA",
    "EZETAP",
]
CARD_KINDS = ["chip", "bankemi", "tap", "chip", "qr", "nocost", "swipe", "chip"]
# the treatment, its price range (per unit where it has X{n})
CARD_ITEMS = [
    ("RCT - MOLAR ({t})", 6500, 9500),
    ("ZIRCONIA CROWN X{n}", 11000, 16000),
    ("SCALING + POLISHING", 1200, 1800),
    ("IMPLANT - STAGE 1 ({t})", 26000, 38000),
    ("COMPOSITE FILLING X{n}", 1200, 2200),
    ("EXTRACTION ({t})", 1500, 6500),
    ("OPG + CONSULTATION", 800, 1200),
    ("NIGHT GUARD", 3500, 5000),
    ("BRACES - MONTHLY REVIEW", 1000, 2500),
    ("TEETH WHITENING", 8000, 14000),
]
EMI_ITEMS = ["CLEAR ALIGNERS - FULL ARCH", "IMPLANT + CROWN", "CERAMIC BRACES", "FULL MOUTH REHAB"]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y", "%d%b%y"]
DECLINES = ["51 INSUFFICIENT FUNDS", "55 INCORRECT PIN", "05 DO NOT HONOUR", "61 EXCEEDS LIMIT"]
ISSUERS = [
    "HDFC BANK CREDIT CARD",
    "ICICI BANK CREDIT CARD",
    "SBI CARD",
    "AXIS BANK CREDIT CARD",
    "KOTAK CREDIT CARD",
]


def chair_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic's card terminal slip at the front desk (Mosambee, HDFC Bank, Worldline, ICICI Bank, Getepay, Pine
    Labs, Bank of Baroda, Ezetap; monospace): the maker on top on some, the clinic in capitals (the trade name, the
    trade name and town, or the firm), its locality and town, SALE / CARD SALE / BANK EMI SALE / NO COST EMI SALE / UPI
    QR SALE, DT: <day> TM: <hour> on one row or DATE: and TIME: or TXN DT/TM:, MID: / MERCHANT ID:, TID:, BATCH NO:,
    INV NO: / RECEIPT NO:, PROC: / TREATMENT: (RCT - MOLAR (36), ZIRCONIA CROWN X2, priced as such; CLEAR ALIGNERS -
    FULL ARCH, CERAMIC BRACES on the EMI slips), PATIENT ID: on some, CARD NO:,
    CARD TYPE:, EXPIRY: XX/XX, ENTRY: CHIP / CONTACTLESS / MAG STRIPE, AID: on some, APPROVAL CODE: / AUTH CODE:,
    RRN: / RET REF NO:, or MODE: UPI - DYNAMIC QR with VPA: and QR TXN REF:; on the bank EMI slip ISSUER:, TENURE:,
    ROI:, TXN AMOUNT:, MONTHLY EMI:, TOTAL WITH INTEREST: and "PROCESSING FEE RS 199 + GST BILLED BY BANK"; on the no
    cost EMI slip TREATMENT PRICE:, NO COST EMI DISCOUNT:, TXN AMOUNT:, TENURE:, ROI:, MONTHLY EMI:, TOTAL PAYABLE TO
    BANK:; AMOUNT: / SALE AMT: / TOTAL: on the rest (INR, RS, Rs. or none; western grouping or plain); APPROVED / TXN
    APPROVED / DECLINED with RESP CODE: 51 INSUFFICIENT FUNDS / TXN PENDING with AWAITING PAYER CONFIRMATION - DO NOT
    RETRY; CARDHOLDER SIGNATURE on the swiped slip."""
    k = place("chair_card")
    status = outcome(k, failed=(3,), pending=(4,))
    kind = CARD_KINDS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=500, high=45000, p_round=0.6, town=k)
    p = slip_page(rng, font)
    roll = rng.random()
    name = (FIRMS[k] if roll < 0.2 else f"{TRADE} {TOWNS[k][0]}" if roll < 0.5 else TRADE).upper()
    if not fits(p, "center", name):
        name = TRADE.upper()
    p.part = "head"
    if rng.random() < 0.55:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    place_line = f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper()
    p.add("center", place_line if fits(p, "center", place_line) else TOWNS[k][0].upper())
    p.add(
        "center",
        {"bankemi": "BANK EMI SALE", "nocost": "NO COST EMI SALE", "qr": "UPI QR SALE"}.get(
            kind, rng.choice(["SALE", "CARD SALE"])
        ),
    )
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TM:"]), clock)
    else:
        text = when(j.date, rng.choice(CARD_DAYS), upper=True)
        one = f"DT:{text}  TM:{clock}"
        form = rng.random()
        if form < 0.4 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.75:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
        else:
            p.pair("TXN DT/TM:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair("TID:", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    emi_kind = kind in ("bankemi", "nocost")
    if emi_kind:
        item = rng.choice(EMI_ITEMS)
    else:
        item, lo, hi = rng.choice(CARD_ITEMS)
        n = rng.randint(2, 4)
        j.amount = float(whole(rng.uniform(lo, hi), 50)) * (n if "{n}" in item else 1)
        item = item.format(n=n, t=rng.choice(TEETH))
    p.pair(rng.choice(["PROC:", "TREATMENT:"]), item)
    if rng.random() < 0.4:
        p.pair("PATIENT ID:", f"{CODES[k]}{digits(rng, 5)}")
    if kind == "qr":
        p.pair("MODE:", "UPI - DYNAMIC QR", method="UPI")
        p.pair("VPA:", vpa_of(rng, rng.choice(PATIENTS)))
        if not j.no_ref:
            qid = f"QR{digits(rng, 14)}"
            p.pair("QR TXN REF:", qid, txn=(TXN_RANK, qid))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", f"{net} {rng.choice(['CREDIT', 'DEBIT'] if not emi_kind else ['CREDIT'])}")
        p.pair("EXPIRY:", "XX/XX")
        p.pair("ENTRY:", {"tap": "CONTACTLESS", "swipe": "MAG STRIPE"}.get(kind, "CHIP"))
        if rng.random() < 0.4:
            p.pair("AID:", rng.choice(["A0000000031010", "A0000000041010", "A0000005241010"]))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPROVAL CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if kind == "bankemi":
        j.amount = float(rng.choice([36000, 48000, 65000, 85000, 120000, 145000]))
        tenure, rate = rng.choice([6, 9, 12, 18]), rng.choice([14.0, 15.0, 16.0])
        monthly = emi(j.amount, rate, tenure)
        p.pair("ISSUER:", rng.choice(ISSUERS))
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("ROI:", f"{rate:.2f}% P.A.")
        p.pair("TXN AMOUNT:", amt(j.amount), amount=j.amount)
        p.pair("MONTHLY EMI:", amt(monthly))
        p.pair("TOTAL WITH INTEREST:", amt(round(monthly * tenure, 2)))
        p.add("small", "PROCESSING FEE RS 199 + GST BILLED BY BANK")
    elif kind == "nocost":
        price = float(rng.choice([45000, 60000, 72000, 90000, 110000]))
        tenure, rate = rng.choice([3, 6, 9]), rng.choice([13.0, 14.0, 15.0])
        r = rate / 1200
        principal = round(price / tenure * ((1 + r) ** tenure - 1) / (r * (1 + r) ** tenure), 2)
        j.amount = principal
        monthly = emi(principal, rate, tenure)
        p.pair("ISSUER:", rng.choice(ISSUERS))
        p.pair("TREATMENT PRICE:", amt(price))
        p.pair("NO COST EMI DISCOUNT:", f"-{amt(round(price - principal, 2))}")
        p.pair("TXN AMOUNT:", amt(principal), amount=principal)
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("ROI:", f"{rate:.2f}% P.A.")
        p.pair("MONTHLY EMI:", amt(monthly))
        p.pair("TOTAL PAYABLE TO BANK:", amt(round(monthly * tenure, 2)))
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    p.add(
        "center",
        {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "DECLINED", "pending": "TXN PENDING"}[
            status
        ],
        status=status,
    )
    if status == "failed":
        p.add("center", f"RESP CODE: {rng.choice(DECLINES)}")
    elif status == "pending":
        p.add("small", "AWAITING PAYER CONFIRMATION - DO NOT RETRY")
    p.part = "foot"
    if status == "success" and kind == "swipe":
        p.add("small", "CARDHOLDER SIGNATURE ______________")
    elif status == "success" and kind != "qr":
        p.add("small", rng.choice(["PIN VERIFIED OK - SIGNATURE NOT REQUIRED", "NO SIGNATURE REQUIRED"]))
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "MERCHANT COPY", "KEEP SMILING - THANK YOU"]))
    return p.done()


# ---------------------------------------------------------------- 3. treatment lenders' disbursements, transfers


# the page: a lender's disbursement (lender, its line, frame, mode) or a patient's transfer (title, band, kind, mode)
FIN_PAGES = [
    ("lender", "Bajaj Finance Ltd", "Health EMI Network - partner payments", "mail", "NEFT"),
    ("xfer", "mahaMobile Plus", (0, 84, 150), "app", "IMPS"),
    ("lender", "SaveIN", "Treatment now, pay in easy EMIs - provider dashboard", "browser", "NEFT"),
    ("lender", "Arogya Finance", "Healthcare loans - provider desk", "mail", "IMPS"),
    ("xfer", "IndusNet", None, "web", "NEFT"),
    ("lender", "Fibe", "Fibe for healthcare - partner portal", "browser", "NEFT"),
    ("lender", "QubeHealth", "Healthcare payments & EMIs for providers", "mail", "NEFT"),
    ("xfer", "KVB DLite", (0, 102, 70), "app", "NEFT"),
]
LENDER_SITES = {
    "Bajaj Finance Ltd": "bajajfinserv.in",
    "SaveIN": "savein.money",
    "Arogya Finance": "arogyafinance.com",
    "Fibe": "fibe.in",
    "QubeHealth": "qubehealth.com",
}
XFER_HEADS = {1: "MAHB", 4: "INDB", 7: "KVBL"}
XFER_URLS = {"IndusNet": "indusnet.indusind.com/corp/BANKAWAY/fundtransfer/status"}
LOAN_TREATMENTS = [
    "Clear aligners - upper & lower arch",
    "Implant (36) with zirconia crown",
    "Ceramic braces - full treatment",
    "Full mouth rehabilitation",
    "Two implants + bridge (lower left)",
    "Smile makeover - 8 veneers",
]
XFER_NOTES = [
    "Aligner treatment - 2nd instalment",
    "Implant balance - Rekha",
    "Braces fee Q2",
    "Crown + RCT balance",
    "Dental treatment - Amma",
    "Smile design advance",
]


def disbursal(rng: random.Random, font: str, k: int, j: Job, lender: str, line: str, frame: str, mode: str):
    """A treatment lender's disbursement to the clinic for a patient's dental loan (Bajaj Finance's, Arogya Finance's
    and QubeHealth's e-mails, SaveIN's and Fibe's provider dashboards in a browser): the lender on top and its line,
    Provider disbursement advice / Loan disbursal - payment to clinic / Partner payout - treatment loan, Disbursed /
    Credited to provider / Disbursal failed - beneficiary name mismatch / Disbursal initiated - UTR awaited, Provider /
    Clinic / Paid to clinic / Beneficiary (the payee), Provider code / Partner ID / Clinic ID (no id), Patient /
    Borrower, Loan ID / Application No. (no id), Treatment, Treatment cost, Down payment (paid at clinic), Loan amount,
    EMI (n x sum), First EMI on (no fact), Less: Subvention (n%), Less: GST @ 18% on subvention, Net disbursal / Amount
    disbursed to clinic / Net amount credited (the sum), Mode, Credited to, UTR / IMPS Ref No. and Disbursal ID /
    Payment ref, Disbursed on / Value date / Credited on / Failed on / Initiated on, Status on the mails."""
    site = LENDER_SITES[lender]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{lender} Partner Payments <{rng.choice(['partnerpay', 'provider.payouts', 'disbursals'])}@{site}>",
            ["Disbursement advice - treatment loan", "Loan amount credited to your clinic", "Payment advice"],
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = browser_page(rng, font, f"{rng.choice(['partners', 'provider', 'clinic'])}.{site}/disbursals")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    words = {
        "success": ["Disbursed", "Credited to provider"],
        "failed": ["Disbursal failed - beneficiary name mismatch"],
        "pending": ["Disbursal initiated - UTR awaited"],
    }
    p.part = "head"
    top(p, lender)
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "Provider disbursement advice",
                "Loan disbursal - payment to clinic",
                "Partner payout - treatment loan",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, words)
    wrap_pair(p, rng.choice(["Provider", "Clinic", "Paid to clinic", "Beneficiary"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Provider code", "Partner ID", "Clinic ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 5)}")
    wrap_pair(p, rng.choice(["Patient", "Borrower"]), rng.choice(PATIENTS))
    p.pair(rng.choice(["Loan ID", "Application No."]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    wrap_pair(p, "Treatment", rng.choice(LOAN_TREATMENTS))
    cost = float(whole(rng.uniform(45000, 240000), 500))
    down = float(whole(cost * rng.uniform(0.0, 0.25), 500)) if rng.random() < 0.7 else 0.0
    loan = cost - down
    tenure = rng.choice([6, 9, 12, 18, 24])
    p.pair(rng.choice(["Treatment cost", "Invoice value"]), rs(cost))
    if down:
        p.pair("Down payment (paid at clinic)", rs(down))
    p.pair("Loan amount", rs(loan))
    p.pair("EMI", f"{tenure} x {rs(round(loan / tenure, 2))}")
    if not j.no_day:
        p.pair("First EMI on", j.other_day(rng, 20, 45))
    pct = rng.choice([4, 5, 6, 7.5, 8])
    sub = round(loan * pct / 100, 2)
    gst = round(sub * 0.18, 2)
    wrap_pair(p, f"Less: Subvention ({pct:g}%)", rs(sub))
    p.pair("Less: GST @ 18% on subvention", rs(gst))
    net = round(loan - sub - gst, 2)
    j.amount = net
    p.pair(
        rng.choice(["Net disbursal", "Amount disbursed to clinic", "Net amount credited"]),
        rs(net),
        amount=net,
    )
    p.pair("Mode", mode, method="netbanking")
    wrap_pair(p, "Credited to", bank_acct(rng))
    if not j.no_ref:
        did = rng.choice([f"DSB{digits(rng, 10)}", f"{code(rng, 4, UPPER)}{digits(rng, 8)}"])
        labelled(p, rng.choice(["Disbursal ID", "Payment ref"]), did, txn=(TXN_RANK, did))
        if j.status == "success":
            ref = (
                j.ref
                if mode == "IMPS"
                else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "KKBK"]), rng, j.date)
            )
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Disbursed on", "Value date", "Credited on"]),
                "failed": "Failed on",
                "pending": "Initiated on",
            }[j.status],
            stamp(rng, j.date, PATS, hour=frame == "browser"),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "failed":
        p.add(
            "small", "The name on the clinic's bank account did not match our records. Update it to be paid."
        )
    elif j.status == "pending":
        p.add("small", "The UTR is shared once the bank confirms the credit, usually within 4 working hours.")
    p.part = "foot"
    p.add(
        "small", rng.choice(["This is a system generated advice.", "For queries write to provider support."])
    )
    return p.done()


def treatment_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A patient's treatment paid to a clinic through a dental loan (five lenders' disbursements, ``disbursal``) or
    by the patient's own bank transfer (three: mahaMobile Plus by Bank of Maharashtra and KVB DLite on a phone,
    IndusInd Bank's IndusNet in a browser; heldout124's page, the clinic under Beneficiary / Payee / Pay to /
    Transferred to, the account and IFSC, the mode, IMPS Ref No / RRN / UTR and Reference No. / Transaction ID on
    some, the day, the debit account, Remarks / Narration / Purpose (Aligner treatment - 2nd instalment), Remitter on
    the web page; Transaction Successful / Funds transferred successfully / <mode> transfer successful)."""
    k = place("treatment_emi")
    status = outcome(k, failed=(5,), pending=(2,))
    kind, name, line, frame, mode = FIN_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=8000, high=90000, p_round=0.8, town=k, firm=0.4)
    if kind == "lender":
        return disbursal(rng, font, k, j, name, line, frame, mode)
    row = (name, line, frame, mode, XFER_HEADS[k])
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=XFER_URLS.get(name),
        widths=[700, 740],
        third_head="Send to beneficiary",
        payee_labels=["Beneficiary", "Payee", "Pay to", "Transferred to"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=frame,
        mode=mode,
        head4=XFER_HEADS[k],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), rng.choice(XFER_NOTES))
    if frame == "web":
        wrap_pair(p, rng.choice(["Remitter", "Remitter name"]), rng.choice(PATIENTS).upper())
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["Do not share your OTP or MPIN with anyone", "This is a computer generated advice"]),
    )
    return p.done()


# ---------------------------------------------------------------- 4. cashless claims and platform payouts


# the payer: its kind, name, its line, its site, frame
CLAIM_PAGES = [
    (
        "tpa",
        "Medi Assist Insurance TPA Pvt Ltd",
        "Provider network - claims payments",
        "mediassist.in",
        "mail",
    ),
    (
        "tpa",
        "Star Health and Allied Insurance Co. Ltd",
        "Provider portal - cashless settlements",
        "starhealth.in",
        "browser",
    ),
    (
        "tpa",
        "Vidal Health Insurance TPA Pvt Ltd",
        "Claims department - provider payments",
        "vidalhealthtpa.com",
        "paper",
    ),
    ("opd", "Plum", "Group health insurance & OPD benefits", "plumhq.com", "mail"),
    ("tpa", "Family Health Plan Insurance TPA Ltd", "Hospital / provider payments", "fhpl.net", "browser"),
    ("practo", "Practo", "Practo Ray - clinic payouts", "practo.com", "mail"),
    (
        "tpa",
        "Heritage Health Insurance TPA Pvt Ltd",
        "Network provider settlements",
        "heritagehealthtpa.in",
        "paper",
    ),
    ("opd", "Onsurity", "Employee healthcare memberships", "onsurity.com", "app"),
]
INSURERS = [
    "Niva Bupa Health Insurance Co. Ltd",
    "The Oriental Insurance Co. Ltd",
    "Care Health Insurance Ltd",
    "HDFC ERGO General Insurance Co. Ltd",
    "National Insurance Co. Ltd",
]
GROUPS = [
    "Deccan Agro Chem Ltd - employees",
    "Coromandel Shipping staff",
    "Malwa Spinning Mills - staff",
    "Kalinga Steel Works employees",
    "Self (retail policy)",
]
PROCEDURES = [
    "RCT (36) + zirconia crown",
    "Surgical extraction (38, 48)",
    "Flap surgery - lower anterior",
    "RCT (46) with post & core",
    "Scaling + 4 composite fillings",
    "Pulpectomy (75) + SS crown",
    "Fracture fixation - mandible (day care)",
]


def claim_advice(rng: random.Random, font: str, k: int, j: Job, payer: str, line: str, site: str, frame: str):
    """A TPA's or an insurer's settlement of a dental cashless claim to the clinic (Medi Assist's e-mail, Star
    Health's and FHPL's provider portals in a browser, Vidal Health's and Heritage Health's printed letters): the
    payer on top and its line, CASHLESS CLAIM - PAYMENT ADVICE / Provider settlement letter / Claim payment intimation
    - dental, Paid / Settled - payment released / Payment processed / Payment returned - provider account inactive,
    Provider name / Network provider / Payee (the payee), Provider ID / Provider code, Claim No. / CCN, Pre-auth No. /
    Authorisation No., Insurer, Policy No., Group, Patient / Insured member, Member ID / E-card No. (none an id),
    Date of treatment (no fact), Procedure, Amount claimed, Less: Non-admissible items, Less: Co-payment (10%), Less:
    Discount as per agreed tariff, Amount admitted, Less: TDS u/s 194J @ 10%, Net amount released / Amount
    transferred to provider / Net payable to provider (the sum; the last on the returned and the waiting one),
    Payment mode NEFT, Bank account, IFSC, UTR or Bank Ref.
    No. and Payment voucher No. / Payment batch No., Released on / Payment date / Transfer date / Returned on, Status
    on the letters and the mail."""
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split(' Insurance')[0]} Claims <{rng.choice(['providerpayments', 'claims.settlement'])}@{site}>",
            [
                "Cashless claim - payment advice",
                "Claim settled - payment details",
                "Provider payment intimation",
            ],
        )
    elif frame == "browser":
        p = browser_page(
            rng, font, f"{rng.choice(['provider', 'hospitalportal', 'nwp'])}.{site}/claims/payment"
        )
    else:
        p = paper_page(rng, font, [700, 740])
    rs = (
        money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        if frame != "paper"
        else counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    )
    words = {
        "success": ["Paid", "Settled - payment released", "Payment processed"],
        "failed": ["Payment returned - provider account inactive"],
        "pending": ["Approved - payment under process"],
    }
    p.part = "head"
    top(p, payer)
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "CASHLESS CLAIM - PAYMENT ADVICE",
                "Provider settlement letter",
                "Claim payment intimation - dental",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, words)
    if frame == "paper":
        p.add("left", f"To, The Administrator, {TRADE}, {TOWNS[k][0]}")
    wrap_pair(p, rng.choice(["Provider name", "Network provider", "Payee"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Provider ID", "Provider code"]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    p.pair(rng.choice(["Claim No.", "CCN"]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    p.pair(rng.choice(["Pre-auth No.", "Authorisation No."]), f"PA{digits(rng, 9)}")
    insurer = rng.choice(INSURERS)
    if not payer.startswith("Star Health"):
        wrap_pair(p, "Insurer", insurer)
    p.pair("Policy No.", f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(0, 99):02d}/{digits(rng, 3)}")
    wrap_pair(p, "Group", rng.choice(GROUPS))
    wrap_pair(p, rng.choice(["Patient", "Insured member"]), rng.choice(PATIENTS))
    p.pair(rng.choice(["Member ID", "E-card No."]), f"{code(rng, 3, UPPER)}{digits(rng, 8)}")
    if not j.no_day:
        p.pair(rng.choice(["Date of treatment", "Treatment date"]), j.other_day(rng, -40, -6))
    wrap_pair(p, "Procedure", rng.choice(PROCEDURES))
    p.add("rule")
    claimed = float(whole(rng.uniform(9000, 85000), 50))
    cuts = [("Less: Non-admissible items", float(whole(claimed * rng.uniform(0.02, 0.08), 10)))]
    if rng.random() < 0.5:
        cuts.append(("Less: Co-payment (10%)", round(claimed * 0.10, 2)))
    if rng.random() < 0.5:
        cuts.append(
            ("Less: Discount as per agreed tariff", float(whole(claimed * rng.uniform(0.03, 0.1), 10)))
        )
    admitted = round(claimed - sum(v for _, v in cuts), 2)
    tds = round(admitted * 0.10, 2)
    net = round(admitted - tds, 2)
    j.amount = net
    p.pair("Amount claimed", rs(claimed))
    for label, value in cuts:
        wrap_pair(p, label, rs(value))
    p.pair("Amount admitted", rs(admitted))
    p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
    p.pair(
        rng.choice(["Net amount released", "Amount transferred to provider", "Net payable to provider"])
        if j.status == "success"
        else "Net payable to provider",
        rs(net),
        amount=net,
    )
    p.pair("Payment mode", "NEFT", method="netbanking")
    acct, code_ = acct_ifsc(rng)
    wrap_pair(p, "Bank account", acct)
    p.pair("IFSC", code_)
    if not j.no_ref:
        if j.status == "success" and not j.no_day:
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "SBIN", "UTIB"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        elif j.status != "pending":
            ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref. No.", ref, txn=(BANK_RANK, ref))
        doc = f"{rng.choice(['PV', 'PB'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment voucher No.", "Payment batch No."]), doc, txn=(INVOICE_RANK, doc))
    if not j.no_day:
        label = {
            "success": rng.choice(["Released on", "Payment date", "Transfer date"]),
            "failed": "Returned on",
            "pending": "Initiated on",
        }[j.status]
        p.pair(label, j.day(rng), date=j.date)
    if frame != "browser":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    p.add(
        "small",
        "Please do not collect the admitted amount from the insured member. TDS certificate: Form 16A.",
    )
    p.part = "foot"
    if frame == "paper":
        right(p, f"For {payer}")
        right(p, "Authorised signatory")
    else:
        p.add("small", "This is a system generated communication and needs no signature.")
    return p.done()


def platform_payout(
    rng: random.Random, font: str, k: int, j: Job, kind: str, payer: str, line: str, site: str, frame: str
):
    """An OPD benefits platform's settlement of its members' dental OPD claims to the clinic (Plum's e-mail,
    Onsurity's partner app) or Practo's payout of the prepaid appointments booked through it (an e-mail): the platform
    on top and its line, OPD claims - partner settlement / Network partner payout / Payout statement, Partner clinic /
    Paid to / Network partner / Practice / Payout to (the payee), Partner code / Clinic ID / Practice ID (no id),
    Settlement cycle / Claims period or Practo's Payout period (no fact), Dental OPD claims (n) or Prepaid
    appointments (n x rate), Less: Network fee (n%) / Less: Practo service fee (n%), Less: GST @ 18% on fee, Less: TDS
    u/s 194J @ 10% / Less: TDS u/s 194-O (0.1%), Net settlement / Amount credited / Payout amount / Net payout (the
    sum, large on the app), Bank account, Mode NEFT / IMPS, Settlement ID / Payout ID, UTR / IMPS Ref No., Credited
    on / Settled on / Scheduled for, Status on the mails; Paid / Settled / Payout credited / Payout scheduled."""
    words = {"success": ["Paid", "Settled", "Payout credited"], "pending": ["Payout scheduled"]}
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer} Payouts <{rng.choice(['payouts', 'partners', 'settlements'])}@{site}>",
            ["Your payout statement", "Settlement advice - network partner", "Payout processed"],
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, payer)
        p.add("small", line)
        p.add(
            "center",
            "Payout statement"
            if kind == "practo"
            else rng.choice(["OPD claims - partner settlement", "Network partner payout"]),
        )
        p.add("rule")
        p.part = "body"
    else:
        p = phone_page(rng, font, k, ["", "Payouts", "Settlement details"])
        rs = money(rng, font, 0.4)
        head(p, payer, (80, 40, 200), p.style["h106"]["dark"], ["Partner app", "Clinic payouts"])
        p.part = "body"
        outcome_row(p, j.status, words)
    if kind == "practo":
        payee_labels, id_label = ["Practice", "Payout to"], "Practice ID"
        n, rate = rng.randint(12, 90), float(rng.choice([300, 400, 500, 600]))
        gross = n * rate
        pct = rng.choice([8, 10, 12])
        fee = round(gross * pct / 100, 2)
        lines = [(f"Prepaid appointments ({n} x {rate:,.0f})", gross)]
        cuts = [
            (f"Less: Practo service fee ({pct}%)", fee),
            ("Less: GST @ 18% on fee", round(fee * 0.18, 2)),
            ("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2)),
        ]
    else:
        payee_labels, id_label = (
            ["Partner clinic", "Paid to", "Network partner"],
            rng.choice(["Partner code", "Clinic ID"]),
        )
        n = rng.randint(4, 40)
        gross = float(whole(n * rng.uniform(900, 3500), 10))
        pct = rng.choice([5, 7.5, 10])
        fee = round(gross * pct / 100, 2)
        lines = [(f"Dental OPD claims ({n})", gross)]
        cuts = [
            (f"Less: Network fee ({pct:g}%)", fee),
            ("Less: GST @ 18% on fee", round(fee * 0.18, 2)),
            ("Less: TDS u/s 194J @ 10%", round((gross - fee) * 0.10, 2)),
        ]
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    if frame == "app":
        p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(payee_labels), j.to, merchant=j.to)
    p.pair(id_label, f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.choice([14, 15, 30]) + rng.randrange(3, 6))
        end = j.date - dt.timedelta(days=rng.randrange(2, 5))
        p.pair(
            "Payout period" if kind == "practo" else rng.choice(["Settlement cycle", "Claims period"]),
            f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}",
        )
    for label, value in lines + cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        labels = (
            ["Net payout", "Payout amount"] if kind == "practo" else ["Net settlement", "Amount credited"]
        )
        p.pair(rng.choice(labels) if j.status == "success" else labels[0], rs(net), amount=net)
    else:
        p.pair("Net settlement", rs(net))
    wrap_pair(p, rng.choice(["Bank account", "Settled to"]), bank_acct(rng))
    mode = "IMPS" if j.no_day else rng.choice(["NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        sid = rng.choice([f"STL{digits(rng, 10)}", f"po_{code(rng, 14, MIXED)}"])
        labelled(p, "Payout ID" if kind == "practo" else "Settlement ID", sid, txn=(TXN_RANK, sid))
        if j.status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "YESB"]), rng, j.date)
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Credited on", "Settled on"]) if j.status == "success" else "Scheduled for",
            stamp(rng, j.date, PATS, hour=j.status == "success"),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add("small", "Payouts are released in the next settlement run after the bank's cut-off.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Questions about this payout? Reach partner support.", "Generated automatically."]),
    )
    return p.done()


def cashless_claims(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Insurers, TPAs and platforms paying the clinic for patients' treatment: five TPAs' or an insurer's cashless
    claim settlements (``claim_advice``), two OPD benefits platforms' settlements and Practo's payout of prepaid
    appointments (``platform_payout``)."""
    k = place("cashless_claims")
    status = outcome(k, failed=(4,), pending=(3,))
    kind, payer, line, site, frame = CLAIM_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.5, branch=0.3, caps=0.3)
    if kind == "tpa":
        return claim_advice(rng, font, k, j, payer, line, site, frame)
    return platform_payout(rng, font, k, j, kind, payer, line, site, frame)


# ---------------------------------------------------------------- 5. the clinic's own receipts


# the page and the way paid
CLINIC_PAGES = [
    ("treatment", "UPI"),
    ("part", "card"),
    ("advance", "NEFT"),
    ("opd", "cash"),
    ("instalment", "cheque"),
    ("cosmetic", "card"),
    ("camp", "NEFT"),
    ("advance", "cheque"),
]
# procedure, fee range
PROCEDURE_FEES = [
    ("Consultation", (300, 500)),
    ("IOPA X-ray", (150, 250)),
    ("Scaling & polishing", (1200, 1800)),
    ("Composite filling ({t})", (1200, 2200)),
    ("RCT - molar ({t}), rotary", (6500, 9000)),
    ("RCT - anterior ({t})", (4500, 6000)),
    ("Zirconia crown ({t})", (11000, 16000)),
    ("PFM crown ({t})", (5500, 7500)),
    ("Surgical extraction ({t})", (4500, 7000)),
    ("Pulpectomy (child)", (3000, 4000)),
    ("Night guard (hard)", (3500, 5000)),
]
PLANS = [
    ("Clear aligners - full arch (24 sets)", (145000, 210000)),
    ("Implant (36) + zirconia crown", (38000, 52000)),
    ("Ceramic braces - 18 months", (55000, 75000)),
    ("Full mouth rehabilitation", (180000, 260000)),
    ("RCT (46, 47) + two zirconia crowns", (32000, 42000)),
]
CAMP_LINES = [
    ("Dental check-up camp (employees)", (60, 220), (250, 350)),
    ("OPG for referred employees", (10, 40), (450, 600)),
    ("Oral hygiene talk & kits", (1, 1), (5000, 9000)),
]
CORPORATES = [
    "JK Tyre & Industries Ltd, Gwalior plant",
    "Godavari Fertilisers & Chemicals Ltd",
    "Alang Ship Recycling Association",
    "Meghalaya Rural Bank",
    "Thanjavur Co-op Sugar Mills Ltd",
    "Paradeep Phosphates Ltd - Cuttack office",
    "Bathinda Refinery Township Society",
    "Kerala State Coir Corporation Ltd",
]


def clinic_paper(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic's own paper (serif; the clinic, the clinic with its locality or the firm on top, the payee, its
    line, address and GSTIN): a TREATMENT RECEIPT / PAYMENT RECEIPT (Receipt No. / Rcpt. No., Date, Patient /
    Received from, Patient ID / Case No., Treating dentist, the procedures with teeth (Composite filling (36)), Total,
    "GST: Exempt - healthcare services by a clinical establishment", Amount received), a PART PAYMENT RECEIPT / PAYMENT
    RECEIPT - TREATMENT PLAN (Treatment plan, Plan estimate, Paid earlier, Received now / Amount received this visit,
    Balance payable), two ADVANCE RECEIPT / ADVANCE RECEIPT - IMPLANT / ADVANCE RECEIPT - BRACES ("Received with thanks
    from <patient> the sum of <words> as advance towards <plan>", Estimated cost, Advance received, or Cheque amount
    with Cheque No., Cheque date and Drawn on), an OPD BILL CUM RECEIPT / CONSULTATION RECEIPT (Consultation, IOPA
    X-ray, Amount paid, cash), an INSTALMENT RECEIPT - CLEAR ALIGNERS (Instalment n of 6, Cheque amount, Return reason),
    a TAX INVOICE CUM RECEIPT for teeth whitening (SAC 999722, Taxable value, CGST @ 9%, SGST @ 9%, Invoice total,
    Amount received) and an INVOICE CUM RECEIPT to a company for a dental check-up camp (Bill to M/s, GSTIN of client,
    the lines, Total, Less: TDS u/s 194J(b) @ 10%, Net amount received): the sum in words, Mode / Received by / Paid by
    and its reference; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE RETURNED UNPAID - NEXT ALIGNER SET ON
    HOLD / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row and in the clinic's rubber stamp."""
    k = place("clinic_paper")
    status = outcome(k, failed=(4,), pending=(7,))
    page, way = CLINIC_PAGES[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, town=k, firm=0.3, branch=0.4, caps=0.15)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = {
        "treatment": ["TREATMENT RECEIPT", "PAYMENT RECEIPT"],
        "part": ["PART PAYMENT RECEIPT", "PAYMENT RECEIPT - TREATMENT PLAN"],
        "advance": ["ADVANCE RECEIPT", "ADVANCE RECEIPT - IMPLANT" if k == 2 else "ADVANCE RECEIPT - BRACES"],
        "opd": ["OPD BILL CUM RECEIPT", "CONSULTATION RECEIPT"],
        "instalment": ["INSTALMENT RECEIPT - CLEAR ALIGNERS"],
        "cosmetic": ["TAX INVOICE CUM RECEIPT"],
        "camp": ["INVOICE CUM RECEIPT", "BILL CUM RECEIPT"],
    }[page]
    letterhead(p, k, j.to, kinds, sub=rng.choice(CLINIC_SUB))
    if not j.no_ref:
        prefix = {"cosmetic": "INV", "camp": "INV"}.get(page, rng.choice(["RC", "RCPT"]))
        rno = f"{CODES[k]}/{prefix}/{j.year()}{rng.randrange(1, 4999):04d}"
        label = ["Invoice No.", "Inv. No."] if page in ("cosmetic", "camp") else ["Receipt No.", "Rcpt. No."]
        p.pair(rng.choice(label), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    company = page == "camp"
    patient = rng.choice(PATIENTS)
    if company:
        wrap_pair(p, rng.choice(["Bill to", "Client"]), f"M/s {CORPORATES[k]}")
        p.pair("GSTIN of client", gstin(rng, TOWNS[k][4]))
    else:
        wrap_pair(p, rng.choice(["Patient", "Received from"]), patient)
        p.pair(rng.choice(["Patient ID", "Case No."]), f"{CODES[k]}-{rng.randrange(1000, 99999)}")
        if page != "advance":
            wrap_pair(
                p, rng.choice(["Treating dentist", "Doctor"]), rng.choice([DENTISTS[k], CONSULTANTS[k][0]])
            )
    p.add("rule")
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "failed": "CHEQUE RETURNED UNPAID - NEXT ALIGNER SET ON HOLD",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    if page in ("treatment", "opd"):
        pool = PROCEDURE_FEES[:2] if page == "opd" else PROCEDURE_FEES[2:]
        picks = rng.sample(pool, 2) if page == "opd" else rng.sample(pool, rng.randint(1, 3))
        if page == "opd" and rng.random() < 0.5:
            picks.append(("OPG", (500, 700)))
        total = 0.0
        for item, (lo, hi) in picks:
            fee = float(whole(rng.uniform(lo, hi), 50))
            total += fee
            wrap_pair(p, item.format(t=rng.choice(TEETH)), rs(fee))
        p.add("rule")
        p.pair("Total", rs(total))
        p.add("small", "GST: Exempt - healthcare services by a clinical establishment")
        j.amount = total
        p.pair(rng.choice(["Amount received", "Amount paid"]), rs(total), amount=total)
    elif page == "part":
        plan, (lo, hi) = rng.choice(PLANS)
        estimate = float(whole(rng.uniform(lo, hi), 500))
        earlier = float(whole(estimate * rng.uniform(0.15, 0.5), 500))
        now = float(whole((estimate - earlier) * rng.uniform(0.2, 0.6), 500))
        j.amount = now
        wrap_pair(p, "Treatment plan", plan)
        p.pair(rng.choice(["Plan estimate", "Treatment estimate"]), rs(estimate))
        p.pair("Paid earlier", rs(earlier))
        p.pair(rng.choice(["Received now", "Amount received this visit"]), rs(now), amount=now)
        p.pair("Balance payable", rs(estimate - earlier - now))
    elif page == "advance":
        plan, (lo, hi) = PLANS[1] if k == 2 else PLANS[2]
        estimate = float(whole(rng.uniform(lo, hi), 500))
        advance = float(whole(estimate * rng.uniform(0.25, 0.5), 1000))
        j.amount = advance
        p.add(
            "left",
            f"Received with thanks from {patient} the sum of {words_in_rupees(advance)} as advance towards "
            f"{plan.lower()}.",
        )
        p.pair(rng.choice(["Estimated cost", "Treatment estimate"]), rs(estimate))
        p.pair("Cheque amount" if way == "cheque" else "Advance received", rs(advance), amount=advance)
    elif page == "instalment":
        n = rng.randint(2, 5)
        inst = float(rng.choice([18000, 22500, 25000, 30000, 35000]))
        j.amount = inst
        wrap_pair(
            p, "Treatment", rng.choice(["Clear aligners - upper & lower", "Clear aligners - upper arch"])
        )
        p.pair("Instalment", f"{n} of 6")
        p.pair("Cheque amount", rs(inst), amount=inst)
    elif page == "cosmetic":
        base = float(whole(rng.uniform(7000, 14000), 500))
        lines = [("Teeth whitening (in-office, 2 sittings)", base)]
        if rng.random() < 0.5:
            lines.append(("Take-home whitening kit", float(rng.choice([2500, 3000, 3500]))))
        for item, value in lines:
            wrap_pair(p, item, rs(value))
        p.add("small", "SAC 999722 - cosmetic treatment, taxable")
        sub = sum(v for _, v in lines)
        half = round(sub * 0.09, 2)
        p.pair("Taxable value", rs(sub))
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(sub + 2 * half, 2)
        p.pair("Invoice total", rs(total))
        j.amount = total
        p.pair("Amount received", rs(total), amount=total)
    else:
        sub = 0.0
        for item, (qlo, qhi), (rlo, rhi) in rng.sample(CAMP_LINES, rng.randint(2, 3)):
            qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 50))
            sub += qty * rate
            item_row(p, item, f"{qty} x {rate:,.0f}" if qty > 1 else "", rs(qty * rate))
        p.add("rule")
        p.pair("Total", rs(sub))
        p.add("small", "GST: Exempt - health check-up by a clinical establishment")
        tds = round(sub * 0.10, 2)
        p.pair(rng.choice(["Less: TDS u/s 194J(b) @ 10%", "Less: TDS 194J (10%)"]), rs(tds))
        net = round(sub - tds, 2)
        j.amount = net
        p.pair(rng.choice(["Net amount received", "Received (net of TDS)"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -3, 4))
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(
            rng.choice(["Mode", "Received by", "Paid by"]), way_text(rng, way, font), method=method_for(way)
        )
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "UTIB", "CNRB"])
    p.add("center", word, status=status)
    if status == "failed":
        p.pair(
            "Return reason", rng.choice(["Funds insufficient", "Payment stopped by drawer", "Account closed"])
        )
        p.add("small", "Cheque return charges of Rs 500 are added to the next instalment.")
    elif status == "pending":
        p.add("small", "This receipt is valid subject to realisation of the cheque.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Next appointment by SMS. Brush twice, floss daily!",
                "E. & O.E. Fees once paid are adjusted against the treatment plan.",
            ]
        ),
    )
    right(p, f"For {TRADE}")
    right(p, "Front desk")
    seal(
        p,
        TRADE,
        rng.choice(["FRONT DESK", "ACCOUNTS"]),
        None if j.no_day or status != "success" else j.date,
        {"success": "PAID", "failed": "CHEQUE RETURNED", "pending": "SUBJECT TO REALISATION"}[status],
    )
    return p.done()


# ---------------------------------------------------------------- 6. dental labs, implant and consumables suppliers


# the vendor, its kind, the way the clinic paid
VENDORS = [
    ("Scindia Dental Depot", "depot", "UPI"),
    ("Godavari Dental Lab", "lab", "NEFT"),
    ("Implantex Surgicals", "implant", "NEFT"),
    ("Khasi Hills Dental Supplies", "depot", "cheque"),
    ("Cauvery Dental Ceramics", "lab", "UPI"),
    ("Utkal Dental & X-ray Services", "service", "NEFT"),
    ("Malwa Aligner Lab", "aligner", "NEFT"),
    ("Lakeside Dental Traders", "depot", "UPI"),
]
VENDOR_SUBS = {
    "depot": "Dental materials, instruments & small equipment - authorised dealers",
    "lab": "Crown & bridge, CAD/CAM zirconia and dentures",
    "implant": "Authorised distributor - dental implants & surgical kits",
    "service": "Dental chair, X-ray, RVG & autoclave service engineers",
    "aligner": "3D printed models, clear aligner trays & retainers",
}
VENDOR_KINDS = {
    "depot": ["TAX INVOICE", "INVOICE CUM RECEIPT"],
    "lab": ["DELIVERY CHALLAN CUM BILL", "LAB BILL"],
    "implant": ["TAX INVOICE"],
    "service": ["SERVICE BILL", "SERVICE REPORT CUM BILL"],
    "aligner": ["TAX INVOICE", "LAB INVOICE"],
}
# item, quantity range, rate range
VENDOR_ITEMS = {
    "depot": [
        ("3M Filtek Z350 XT syringe", (2, 10), (1900, 2600)),
        ("GC Fuji IX GIC pack", (1, 4), (2800, 3600)),
        ("Rotary files (ProTaper Gold) pack", (2, 8), (1850, 2400)),
        ("Alginate impression material 450 g", (4, 12), (380, 520)),
        ("Nitrile gloves (box of 100)", (10, 40), (320, 420)),
        ("Disposable suction tips (pack)", (5, 20), (180, 260)),
    ],
    "lab": [
        ("Zirconia crown (unit {t})", (1, 6), (2200, 3800)),
        ("PFM crown (unit {t})", (1, 4), (1100, 1600)),
        ("Temporary crown - PMMA", (1, 4), (350, 600)),
        ("Hard night guard", (1, 2), (1200, 1800)),
        ("Complete denture - upper", (1, 1), (4500, 6500)),
    ],
    "implant": [
        ("Osstem TS III SA implant", (2, 8), (6500, 8200)),
        ("Straight abutment", (2, 8), (1800, 2600)),
        ("Healing abutment", (2, 8), (650, 900)),
        ("Bone graft (0.5 cc)", (1, 4), (3200, 4500)),
        ("Collagen membrane 15x20", (1, 3), (3800, 5200)),
    ],
    "service": [
        ("Dental chair service visit", (1, 3), (1500, 2500)),
        ("RVG sensor cable replacement", (1, 1), (6500, 9500)),
        ("Autoclave gasket & valve change", (1, 2), (1800, 2800)),
        ("Compressor oil & filter service", (1, 2), (1200, 1800)),
    ],
    "aligner": [
        ("Aligner trays (upper + lower) - stage", (4, 12), (1800, 2600)),
        ("3D printed study models", (2, 6), (450, 700)),
        ("Vivera-style retainers (pair)", (1, 2), (3500, 4800)),
        ("Digital set-up & treatment plan", (1, 1), (3000, 5000)),
    ],
}
VENDOR_GST = {"depot": 5, "lab": 5, "implant": 5, "service": 18, "aligner": 5}


def lab_supplies(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic's suppliers' paper (the supplier on top, in capitals on some, the payee): the dental depots'
    TAX INVOICE / INVOICE CUM RECEIPT (3M Filtek Z350 XT syringe n x rate, rotary files, gloves), the dental labs'
    DELIVERY CHALLAN CUM BILL / LAB BILL (Zirconia crown (unit 36), PFM crown, PMMA temporaries; Patient ref and Case
    No. on some, no fact), the implant distributor's TAX INVOICE (Osstem TS III SA implant, abutments, bone graft,
    membrane), the service engineers' SERVICE BILL / SERVICE REPORT CUM BILL (chair service, RVG sensor cable, GST @
    18%) and the aligner lab's TAX INVOICE / LAB INVOICE: Invoice No. / Bill No. / Challan No., Date / Inv. date, Bill
    to / Buyer M/s <firm> (<clinic>) or, on the labs', Doctor <dentist>, <clinic>, the lines, Taxable value, CGST and
    SGST @ 2.5% or 9%, Round off, Invoice total / Bill total / Total, Less: TDS u/s 194C @ 2% on the service bill on
    some, Amount received / Received / Paid (net of TDS where deducted), Mode / Paid by and its reference, or Amount
    due / Balance payable with Payment attempted UPI - declined, or Cheque received with Cheque No. and Bank; PAID /
    RECEIVED WITH THANKS / PAYMENT
    RECEIVED / UPI DECLINED - AMOUNT DUE / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE."""
    k = place("lab_supplies")
    status = outcome(k, failed=(4,), pending=(3,))
    name, kind, way = VENDORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    to = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, k, to, VENDOR_KINDS[kind], sub=VENDOR_SUBS[kind])
    if not j.no_ref:
        no = rng.choice(
            [f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"]
        )
        label = ["Challan No.", "Bill No."] if kind == "lab" else ["Invoice No.", "Bill No."]
        p.pair(rng.choice(label), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Inv. date"]), j.day(rng), date=j.date)
    if kind in ("lab", "aligner"):
        wrap_pair(p, "Doctor", f"{DENTISTS[k]}, {TRADE}")
    else:
        buyer = rng.choice([f"M/s {FIRMS[k]} ({TRADE})", f"M/s {TRADE}, {TOWNS[k][2]}"])
        wrap_pair(p, rng.choice(["Bill to", "Buyer"]), buyer)
    if kind in ("lab", "aligner"):
        p.pair(
            rng.choice(["Patient ref", "Case No."]),
            f"{rng.choice(PATIENTS).split()[0]}-{rng.randrange(100, 999)}",
        )
    p.add("rule")
    items = VENDOR_ITEMS[kind]
    picks = rng.sample(items, rng.randint(2, min(4, len(items))))
    sub = 0.0
    for item, (qlo, qhi), (rlo, rhi) in picks:
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 10))
        sub += qty * rate
        item_row(
            p, item.format(t=rng.choice(TEETH)), f"{qty} x {rate:,.0f}" if qty > 1 else "", rs(qty * rate)
        )
    p.add("rule")
    rate = VENDOR_GST[kind]
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    half = round(sub * rate / 200, 2)
    p.pair(f"CGST @ {rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {rate / 2:g}%", rs(half))
    gross = sub + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Bill total", "Total"]), rs(total))
    tds = round(sub * 0.02, 2) if kind == "service" and way != "cash" and rng.random() < 0.8 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    if status == "success":
        label = "Received (net of TDS)" if tds else rng.choice(["Amount received", "Received", "Paid"])
        p.pair(label, rs(net), amount=net)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font, ours=False), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "ICIC", "IOBA"])
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(net), amount=net)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
    else:
        p.pair("Cheque received", rs(net), amount=net)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    p.add(
        "center",
        {
            "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
            "failed": "UPI DECLINED - AMOUNT DUE",
            "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        }[status],
        status=status,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "lab": "Remakes free within 30 days for lab errors.",
            "aligner": "Refinements within the treatment plan are free.",
            "service": "Parts replaced carry a 90-day warranty.",
        }.get(kind, "Goods once sold will not be taken back.")
        + f" Subject to {TOWNS[k][0]} jurisdiction.",
    )
    p.add(
        "pair",
        "Receiver's signature",
        f"For {name}" if fits(p, "pair", f"Receiver's signature  For {name}   ") else "Authorised signatory",
    )
    return p.done()


# ---------------------------------------------------------------- 7. equipment loans and dealers


# the payee, its kind, frame, the asset or service
EQUIP_PAGES = [
    ("Tata Capital Ltd", "emi", "mail", "Dental chair - Confident Crystal Plus (2 units)"),
    ("HDFC Bank", "emi", "browser", "Doctor's equipment loan - CBCT unit"),
    ("Dentcare Equipments & Solutions", "dealer", "paper", "Intraoral scanner - down payment"),
    ("Bajaj Finance Ltd", "emi", "app", "Professional loan for doctors"),
    ("Poonawalla Fincorp Ltd", "bounce", "mail", "Medical equipment loan - RVG & autoclave"),
    ("Confident Dental Equipments Ltd", "amc", "paper", "Annual maintenance - dental chairs"),
    ("Aditya Birla Capital Ltd", "emi", "mail", "Equipment finance - dental laser"),
    ("Kotak Mahindra Bank", "emi", "app", "Business loan - clinic fit-out"),
]
EQUIP_SITES = {
    "Tata Capital Ltd": "tatacapital.com",
    "HDFC Bank": "hdfcbank.com",
    "Bajaj Finance Ltd": "bajajfinserv.in",
    "Poonawalla Fincorp Ltd": "poonawallafincorp.com",
    "Aditya Birla Capital Ltd": "adityabirlacapital.com",
    "Kotak Mahindra Bank": "kotak.com",
}
EQUIP_BANDS = {"Bajaj Finance Ltd": (0, 93, 170), "Kotak Mahindra Bank": (237, 28, 36)}


def loan_emi(rng: random.Random, font: str, k: int, j: Job, lender: str, kind: str, frame: str, asset: str):
    """An equipment lender's EMI receipt to the clinic's firm (Tata Capital's, Poonawalla Fincorp's and Aditya Birla
    Capital's e-mails, HDFC Bank's loan page in a browser, the Bajaj Finserv and Kotak apps): the lender on top (the
    payee; Paid to / Lender on the apps), EMI receipt / Loan repayment - acknowledgement / EMI payment successful /
    EMI received / Payment under process / EMI presentation returned unpaid, Borrower (the firm), Loan A/c No. /
    Agreement No. (no id), Asset / Product, EMI No. n of 36 / Instalment, EMI amount (the sum), Principal component and
    Interest component, Outstanding principal, Bounce charges (incl. GST) on the returned one (no fact), Amount
    received / Amount paid / Amount presented (the sum), Mode NACH / Net banking / UPI, UMRN (no id), Receipt No.,
    Transaction ref / Payment ID, Bank Ref No. / UPI Ref No., Received on / Paid on / Presented on / Initiated on."""
    site = EQUIP_SITES[lender]
    words = {
        "success": ["EMI received", "EMI payment successful", "Payment received"],
        "failed": ["EMI presentation returned unpaid"],
        "pending": ["Payment under process"],
    }
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Loan details", "Payment status"])
        rs = money(rng, font, 0.3)
        title = "Bajaj Finserv" if lender.startswith("Bajaj") else "Kotak Mobile Banking"
        head(p, title, EQUIP_BANDS[lender], p.style["h106"]["dark"], ["My loans", "Loans - pay EMI"])
        p.part = "body"
        outcome_row(p, j.status, words)
    else:
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{lender} <{rng.choice(['customercare', 'loanservices', 'noreply'])}@{site}>",
                ["EMI receipt for your loan", "Your EMI has been received", "Loan account - payment status"]
                if j.status == "success"
                else ["EMI bounce intimation", "Loan account - EMI unpaid"],
            )
        else:
            p = browser_page(rng, font, f"loans.{site}/repayment/acknowledgement")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, lender, merchant=lender)
        p.add("small", rng.choice(["Loan servicing", "Business & professional loans"]))
        p.add(
            "center",
            rng.choice(["EMI receipt", "Loan repayment - acknowledgement"])
            if j.status != "failed"
            else "EMI presentation - intimation",
        )
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, j.status, words)
    loan = float(whole(rng.uniform(400000, 2800000), 10000))
    tenure = rng.choice([36, 48, 60])
    rate = rng.choice([11.5, 12.25, 13.0, 14.5])
    amount = emi(loan, rate, tenure)
    j.amount = amount
    n = rng.randint(3, tenure - 5)
    if frame == "app":
        p.add("big", rs(amount), amount=amount)
        wrap_pair(p, rng.choice(["Paid to", "Lender"]), lender, merchant=lender)
    wrap_pair(p, "Borrower", FIRMS[k].upper() if rng.random() < 0.5 else FIRMS[k])
    p.pair(rng.choice(["Loan A/c No.", "Agreement No."]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    wrap_pair(p, rng.choice(["Asset", "Product"]), asset)
    p.pair(rng.choice(["EMI No.", "Instalment"]), f"{n} of {tenure}")
    balance = loan
    r = rate / 1200
    for _ in range(n - 1):
        balance -= amount - balance * r
    interest = round(balance * r, 2)
    p.pair("EMI amount", rs(amount))
    p.pair("Principal component", rs(round(amount - interest, 2)))
    p.pair("Interest component", rs(interest))
    p.pair("Outstanding principal", rs(round(balance - (amount - interest), 2)))
    if kind == "bounce":
        p.pair("Bounce charges (incl. GST)", rs(590.0))
    if frame != "app":
        label = {
            "success": rng.choice(["Amount received", "Amount paid"]),
            "failed": "Amount presented",
            "pending": "Amount paid",
        }[j.status]
        p.pair(label, rs(amount), amount=amount)
    way = {"mail": "NACH", "browser": "netbanking", "app": rng.choice(["UPI", "netbanking"])}[frame]
    p.pair(
        rng.choice(["Mode", "Payment mode"]),
        {"NACH": "NACH auto-debit", "netbanking": f"Net banking - {rng.choice(BANKS[:5])}", "UPI": "UPI"}[
            way
        ],
        method=method_for(way),
    )
    if way == "NACH":
        p.pair("UMRN", f"{rng.choice(['HDFC', 'UTIB', 'SBIN'])}70{digits(rng, 16)}")
    if not j.no_ref:
        if j.status == "success":
            rno = f"RCP{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 11)}", digits(rng, 14)])
        labelled(p, rng.choice(["Transaction ref", "Payment ID"]), tid, txn=(TXN_RANK, tid))
        if j.status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif j.status == "success" and way == "netbanking":
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        label = {
            "success": rng.choice(["Received on", "Paid on"]) if way != "NACH" else "Presented on",
            "failed": "Presented on",
            "pending": "Initiated on",
        }[j.status]
        labelled(p, label, stamp(rng, j.date, PATS, hour=frame != "mail"), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "failed":
        p.pair("Return reason", rng.choice(["Funds insufficient", "Mandate not registered at bank"]))
        p.add(
            "small",
            "Please pay the EMI and bounce charges today to avoid penal interest and a credit bureau report.",
        )
    elif j.status == "pending":
        p.add("small", "The EMI is marked paid once your bank confirms the debit.")
    p.part = "foot"
    p.add("small", rng.choice(["This is a computer generated receipt.", "Thank you for banking with us."]))
    return p.done()


def dealer_receipt(rng: random.Random, font: str, k: int, j: Job, dealer: str, kind: str, asset: str):
    """An equipment dealer's paper (the dealer on top, the payee): a DOWN PAYMENT RECEIPT / ADVANCE RECEIPT for an
    intraoral scanner financed by a lender (Received from M/s <firm>, Equipment (Medit i700 intraoral scanner), Total
    price, Financed by (a lender), Down payment, Cheque amount, Cheque No., Drawn on; CHEQUE RECEIVED - SUBJECT TO
    REALISATION) or a manufacturer's AMC RECEIPT / SERVICE CONTRACT - RECEIPT (Contract No. on some, Equipment (dental
    chair x n), Coverage period (no fact), AMC charges, GST @ 18%, Total, Amount received, NEFT and its reference)."""
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    to = dealer.upper() if rng.random() < 0.2 else dealer
    if kind == "dealer":
        letterhead(
            p, k, to, ["DOWN PAYMENT RECEIPT", "ADVANCE RECEIPT"], sub="Dental equipment, imaging & CAD/CAM"
        )
    else:
        letterhead(
            p,
            k,
            to,
            ["AMC RECEIPT", "SERVICE CONTRACT - RECEIPT"],
            sub="Manufacturers of dental chairs & clinic equipment - service division",
        )
    if not j.no_ref:
        rno = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "Received from", f"M/s {FIRMS[k]} ({TRADE}, {TOWNS[k][0]})")
    p.add("rule")
    if kind == "dealer":
        price = float(rng.choice([890000, 1150000, 1325000, 1475000]))
        lender = rng.choice(["Tata Capital Ltd", "SIDBI", "HDFC Bank", "Aditya Birla Capital Ltd"])
        down = float(whole(price * rng.uniform(0.1, 0.25), 5000))
        j.amount = down
        wrap_pair(
            p, "Equipment", rng.choice(["Medit i700 intraoral scanner", "3Shape TRIOS 3 intraoral scanner"])
        )
        p.pair("Total price (incl. GST)", rs(price))
        wrap_pair(p, "Financed by", lender)
        p.pair("Down payment", rs(down))
        p.pair("Cheque amount", rs(down), amount=down)
        p.add("small", f"({words_in_rupees(down)})")
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        word = "CHEQUE RECEIVED - SUBJECT TO REALISATION" if j.status == "pending" else "RECEIVED WITH THANKS"
    else:
        units = rng.randint(2, 4)
        rate = float(rng.choice([9500, 11000, 12500]))
        if not j.no_ref:
            p.pair("Contract No.", f"AMC-{digits(rng, 6)}")
        wrap_pair(p, "Equipment", f"Dental chair (electric) x {units}")
        if not j.no_day:
            p.pair(
                "Coverage period",
                f"{when(j.date, '%b %Y')} - {when(j.date + dt.timedelta(days=364), '%b %Y')}",
            )
        sub = units * rate
        p.pair(f"AMC charges {units} x {rate:,.0f}", rs(sub))
        half = round(sub * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(sub + 2 * half, 2)
        p.pair("Total", rs(total))
        j.amount = total
        p.pair("Amount received", rs(total), amount=total)
        p.add("small", f"({words_in_rupees(total)})")
        p.pair(rng.choice(["Mode", "Paid by"]), "NEFT", method="netbanking")
        if not j.no_ref:
            rail_ref(p, j, "NEFT", ["HDFC", "ICIC", "CNRB"])
        word = rng.choice(["RECEIVED WITH THANKS", "PAID"])
    p.add("center", word, status=j.status)
    p.part = "foot"
    p.add(
        "small",
        "Subject to realisation of cheques. E. & O.E."
        if kind == "dealer"
        else "Breakdown calls: 24 x 7 helpline. Consumables and handpieces are outside the AMC.",
    )
    right(p, f"For {dealer}")
    right(p, "Authorised signatory")
    return p.done()


def equipment_loans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic paying for its equipment: six lenders' EMI pages (``loan_emi``: the chairs, the CBCT, the dental
    laser, a professional loan, a business loan; a NACH presentation returned unpaid), an equipment dealer's down
    payment receipt and a chair maker's AMC receipt (``dealer_receipt``)."""
    k = place("equipment_loans")
    status = outcome(k, failed=(4,), pending=(2,))
    payee, kind, frame, asset = EQUIP_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, town=k)
    if kind in ("dealer", "amc"):
        return dealer_receipt(rng, font, k, j, payee, kind, asset)
    return loan_emi(rng, font, k, j, payee, kind, frame, asset)


# ---------------------------------------------------------------- 8. consultants' fees and rent


FEE_PAGES = ["bank", "bill", "receipt", "bank", "invoice", "bank", "bill", "receipt"]
FEE_BANKS = {
    0: ("DBS IDEAL", None, "web", "NEFT", "DBSS"),
    3: ("RBL MyBank Business", (33, 64, 154), "app", "IMPS", "RATN"),
    5: ("SIBerNet Corporate", None, "web", "NEFT", "SIBL"),
}
FEE_URLS = {
    "DBS IDEAL": "ideal.dbs.com/payments/single/acknowledgement",
    "SIBerNet Corporate": "sibernet.southindianbank.com/corp/fundtransfer/ack",
}
LANDLORDS = {
    2: "Jayantilal Mohanlal Shah",
    4: "Sri Brihadeeswara Estates Pvt Ltd",
    7: "Thomas Kurian Puthenpurackal",
}
FEE_NOTES = {
    0: ["Consultant fee - endo cases", "Endo visits - fee less TDS"],
    3: ["Visiting perio - fee less TDS 194J", "Flap surgeries - consultant fee"],
    5: ["Paedo visits - fee less TDS", "Consultant fee - kids' cases"],
}
CASES = {
    0: [("RCT - molar (rotary)", 2200, 3000), ("Re-RCT", 3000, 4000), ("Apicectomy", 4500, 6000)],
    1: [("Braces bonding", 6000, 8000), ("Monthly review", 500, 800), ("Aligner attachments", 2500, 3500)],
    2: [
        ("Surgical extraction (3rd molar)", 2000, 3000),
        ("Alveoloplasty", 3000, 4500),
        ("Biopsy", 2500, 3500),
    ],
    3: [("Flap surgery (per quadrant)", 3500, 5000), ("Gingival depigmentation", 3000, 4000)],
    4: [("Crown prep & impression", 800, 1200), ("Full denture (per arch)", 3000, 4000)],
    5: [("Pulpectomy", 1200, 1800), ("Space maintainer", 1500, 2200)],
    6: [("Implant placement", 7000, 10000), ("Sinus lift", 12000, 16000), ("Bone graft", 3000, 4500)],
    7: [("Braces bonding", 6000, 8000), ("Monthly review", 500, 800), ("Debonding & retainers", 2500, 3500)],
}


def consultant_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A visiting consultant's PROFESSIONAL FEE BILL / BILL FOR PROFESSIONAL SERVICES cum receipt (paper; the
    consultant on top with "Dr.", the payee, the qualification and council registration under it): Bill No., Date,
    To M/s <firm> (<clinic>, <locality>), Visits (the month, no fact), the cases (RCT - molar (rotary) n x rate), Total
    professional fee, "GST: Not applicable - healthcare services", Less: TDS u/s 194J(b) @ 10%, Net amount received
    (the sum), the sum in words, NEFT or UPI and its reference, RECEIVED WITH THANKS, PAN."""
    name, degree, council = CONSULTANTS[k]
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", degree)
    p.add(
        "small",
        f"{council} Reg. No. A-{rng.randrange(1000, 29999)}  |  Mob. {rng.choice('6789')}{digits(rng, 9)}",
    )
    p.add("center", rng.choice(["PROFESSIONAL FEE BILL", "BILL FOR PROFESSIONAL SERVICES"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        bno = f"{name.split()[-1][:3].upper()}/{j.year()}{rng.randrange(1, 99):02d}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "To", f"M/s {FIRMS[k]} ({TRADE}, {TOWNS[k][2]})")
    if not j.no_day:
        p.pair("Visits", j.month(1))
    p.add("rule")
    sub = 0.0
    for case, lo, hi in rng.sample(CASES[k], rng.randint(2, len(CASES[k]))):
        qty, rate = rng.randint(1, 8), float(whole(rng.uniform(lo, hi), 100))
        sub += qty * rate
        item_row(p, case, f"{qty} x {rate:,.0f}" if qty > 1 else "", rs(qty * rate))
    p.add("rule")
    p.pair("Total professional fee", rs(sub))
    p.add("small", "GST: Not applicable - healthcare services")
    tds = round(sub * 0.10, 2)
    p.pair("Less: TDS u/s 194J(b) @ 10%", rs(tds))
    net = round(sub - tds, 2)
    j.amount = net
    p.pair("Net amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    way = rng.choice(["NEFT", "UPI"]) if not j.no_day else "UPI"
    p.pair(rng.choice(["Received by", "Mode"]), way_text(rng, way, font, ours=False), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.part = "foot"
    p.pair("PAN", pan(rng))
    right(p, name)
    return p.done()


def rent_paper(rng: random.Random, font: str, k: int, j: Job, kind: str) -> tuple[list, dict, dict]:
    """A landlord's CLINIC RENT RECEIPT / RENT RECEIPT (Receipt No. / No., Date, "Received with thanks from M/s <firm>
    (<clinic>) the rent of the clinic premises at <locality>, <town> for <month>", Monthly rent, Less: TDS u/s
    194-I(b) @ 10% on rents over Rs 50,000, Amount received / Net amount received, the way and its reference, Landlord
    / Owner / Lessor (Shri on some: the payee), PAN, [ Revenue stamp ]) or a landlord company's RENT INVOICE CUM RECEIPT
    (the company on top, the payee: Invoice No., Date, Tenant M/s <firm>, Premises, Rent for (no fact), Rent, CGST and
    SGST @ 9%, Invoice total, Less: TDS u/s 194-I(b) @ 10%, Net amount received, RTGS / NEFT and its UTR)."""
    name = LANDLORDS[k]
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    way = rng.choice(["NEFT", "RTGS"]) if kind == "invoice" else rng.choice(["NEFT", "cheque", "UPI"])
    if j.no_day and way in ("NEFT", "RTGS"):
        way = "IMPS"
    if kind == "invoice":
        letterhead(
            p,
            k,
            name,
            ["RENT INVOICE CUM RECEIPT", "TAX INVOICE - RENT"],
            sub="Commercial complexes - leasing & maintenance",
        )
        if not j.no_ref:
            ino = f"RNT/{j.year()}{rng.randrange(1, 400):03d}"
            p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Tenant", f"M/s {FIRMS[k]}")
        wrap_pair(
            p, "Premises", f"{rng.choice(['Ground', '1st', '2nd'])} floor, {TOWNS[k][2]}, {TOWNS[k][0]}"
        )
        if not j.no_day:
            p.pair("Rent for", j.month())
        p.add("rule")
        rent = float(whole(rng.uniform(60000, 140000), 500))
        p.pair("Rent", rs(rent))
        half = round(rent * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(rent + 2 * half, 2)
        p.pair("Invoice total", rs(total))
        tds = round(rent * 0.10, 2)
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
        net = round(total - tds, 2)
    else:
        p.part = "head"
        top(p, rng.choice(["CLINIC RENT RECEIPT", "RENT RECEIPT"]))
        p.add("small", "(Clinic premises - monthly rent)")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"RR-{rng.randrange(100, 400)}"])
            p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        p.add(
            "left",
            f"Received with thanks from M/s {FIRMS[k]} ({TRADE}) the rent of the clinic premises at {TOWNS[k][2]}, "
            f"{TOWNS[k][0]}" + ("." if j.no_day else f" for {j.month()}."),
        )
        p.add("rule")
        rent = float(whole(rng.uniform(28000, 95000), 500))
        p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
        tds = round(rent * 0.10, 2) if rent > 50000 else 0.0
        if tds:
            p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
        net = round(rent - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount received", "Amount received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(
            rng.choice(["Paid by", "Mode"]),
            chq if j.no_day else f"{chq} dt {j.other_day(rng, -5, 0)}",
            method="cheque",
        )
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode"]), way_text(rng, way, font, ours=False), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "IOBA", "FDRL"])
    p.add("center", rng.choice(["RECEIVED WITH THANKS", "RENT RECEIVED"]), status="success")
    p.part = "foot"
    if kind == "invoice":
        p.add("small", f"Subject to {TOWNS[k][0]} jurisdiction. Form 16A to be issued quarterly.")
        right(p, f"For {name}")
        right(p, "Authorised signatory")
    else:
        p.add("rule")
        shown = f"Shri {name}" if rng.random() < 0.35 else name
        wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=name)
        p.pair("PAN", pan(rng))
        p.add("gap")
        p.add("left", "[ Revenue stamp ]")
        p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def fees_rent(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic paying its visiting consultants and its landlords: three transfers of a consultant's fee from its
    business banking (DBS IDEAL and SIBerNet Corporate in a browser, RBL MyBank Business on a phone; heldout124's page,
    the consultant (Dr. on some, as printed) under Beneficiary / Payee / Beneficiary name / Vendor, the account and
    IFSC, the mode, UTR / IMPS Ref No and Bank Ref No. / Transaction ID on some, the day, the debit account, Remarks /
    Narration (Consultant fee - endo cases (Mar)), Debit account name, Maker and Checker on the web pages; Transaction
    Successful / Funds transferred successfully / <mode> transfer successful / Returned by beneficiary bank /
    Transaction Failed / <mode> transfer failed / <mode> under process / Transaction in process), two consultants'
    fee bills (``consultant_bill``) and three landlords' receipts (``rent_paper``)."""
    k = place("fees_rent")
    status = outcome(k, failed=(5,), pending=(3,))
    frame = FEE_PAGES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, town=k)
    if frame == "bill":
        return consultant_bill(rng, font, k, j)
    if frame in ("receipt", "invoice"):
        return rent_paper(rng, font, k, j, frame)
    row = FEE_BANKS[k]
    name = CONSULTANTS[k][0]
    j.to = rng.choice([name, name.upper(), name.replace("Dr. ", "").upper()])
    j.amount = float(whole(rng.uniform(12000, 90000), 10))
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=FEE_URLS.get(row[0]),
        widths=[700, 740],
        third_head="Pay vendors",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name", "Vendor"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=row[2],
        mode=row[3],
        head4=row[4],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Bank Ref No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), rng.choice(FEE_NOTES[k]))
    if row[2] == "web":
        wrap_pair(p, "Debit account name", FIRMS[k].upper())
        p.pair("Maker", rng.choice(["accounts.exec", "ops.payables", "frontoffice.acc"]))
        p.pair("Checker", rng.choice(["partner.finance", "cfo.approver", "director.ops"]))
    if status == "failed":
        p.add(
            "small", "The beneficiary bank returned the credit. The amount is reversed to the debit account."
        )
    elif status == "pending":
        p.add("small", "The transfer is being processed. Check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 9. electricity, biomedical waste, broadband


# the page: a Bharat Connect payment (board long and short name, its number's label and length, the app, its band,
# the way), a biomedical waste operator's receipt, the broadband provider's, the board's own page
POWER_PAGES = [
    (
        "bbps",
        "Madhya Pradesh Madhya Kshetra Vidyut Vitaran Co. Ltd",
        "MPMKVVCL",
        "IVRS No.",
        10,
        "Paytm",
        (0, 40, 110),
        "UPI",
    ),
    (
        "bbps",
        "Eastern Power Distribution Co. of A.P. Ltd",
        "APEPDCL",
        "Service No.",
        13,
        "PhonePe",
        (95, 37, 159),
        "UPI",
    ),
    (
        "waste",
        "Saurashtra Enviro Care Pvt Ltd",
        "GPCB",
        "browser",
        "bmw.saurashtraenviro.in/hcf/payments/receipt",
    ),
    (
        "bbps",
        "Meghalaya Power Distribution Corporation Ltd",
        "MePDCL",
        "Consumer ID",
        10,
        "Freecharge",
        (235, 90, 40),
        "card",
    ),
    ("isp", "ACT Fibernet", "Atria Convergence Technologies Ltd"),
    ("waste", "Kalinga Biomedical Waste Management Pvt Ltd", "SPCB Odisha", "mail", "kalingabmw.com"),
    (
        "bbps",
        "Punjab State Power Corporation Ltd",
        "PSPCL",
        "Account No.",
        10,
        "iMobile",
        (174, 40, 30),
        "netbanking",
    ),
    (
        "board",
        "Kerala State Electricity Board Ltd",
        "KSEB",
        "Consumer No.",
        13,
        "wss.kseb.in/selfservices/quickpay",
    ),
]
TARIFFS = [
    "LV-2 Non-domestic",
    "Commercial LT-II",
    "NDS (non-domestic)",
    "LT-VII A Commercial",
    "LT Commercial",
]


def bbps_power(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A clinic's electricity on Bharat Connect in a payments or bank app (Paytm for MPMKVVCL, PhonePe for APEPDCL,
    Freecharge for MePDCL, ICICI Bank's iMobile for PSPCL; the outcome and the sum large): Bill paid to biller /
    Electricity bill payment successful / Bill payment declined by bank / Awaiting biller confirmation, Biller /
    Electricity distributor / Paid to the board (its short or long name: the payee), IVRS No. / Service No. / Consumer
    ID / Account No., Consumer name (the firm), Tariff, Connected load, Bill date and Due date (no fact), Bill amount,
    Prompt payment rebate and Amount paid on some, Payment source / Paid via (UPI, a credit card, a current account),
    Bharat Connect Ref. No. / B-Connect Txn No. / BBPS Ref ID, UPI Ref No., Order No. on some, Paid on / Transaction
    date / Attempted on / Initiated on."""
    _, long, short, number, size, app, band, way = POWER_PAGES[k]
    p = phone_page(rng, font, k, ["", "Electricity", "Bill payment"])
    rs = money(rng, font, 0.3)
    head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Recharge & pay bills"])
    p.part = "body"
    bill = j.amount
    rebate = (
        round(bill * rng.choice([0.005, 0.01]), 2) if j.status == "success" and rng.random() < 0.5 else 0.0
    )
    j.amount = round(bill - rebate, 2)
    outcome_row(
        p,
        j.status,
        {
            "success": ["Bill paid to biller", "Electricity bill payment successful"],
            "failed": ["Bill payment declined by bank", "Payment failed"],
            "pending": ["Awaiting biller confirmation", "Bill payment in process"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    biller = (
        long if rng.random() < 0.35 and fits(p, "pair", f"Electricity distributor {long}     ") else short
    )
    wrap_pair(p, rng.choice(["Biller", "Electricity distributor", "Paid to"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, "Consumer name", FIRMS[k].upper())
    p.pair("Tariff", rng.choice(TARIFFS))
    p.pair("Connected load", f"{rng.randrange(4, 20)} kW")
    if not j.no_day:
        p.pair("Bill date", j.other_day(rng, -20, -4))
        p.pair("Due date", j.other_day(rng, 2, 12))
    p.pair("Bill amount", rs(bill))
    if rebate:
        p.pair("Prompt payment rebate", f"-{rs(rebate)}")
        p.pair("Amount paid", rs(j.amount))
    p.pair(
        rng.choice(["Payment source", "Paid via"]),
        {
            "UPI": f"UPI - {rng.choice(BANKS[:5])} {masked(rng, font)}",
            "card": f"Credit card {masked(rng, font)}",
            "netbanking": f"Current A/c {masked(rng, font)}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(
            p,
            rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn No.", "BBPS Ref ID"]),
            bref,
            txn=(BANK_RANK, bref),
        )
        if j.status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            oid = f"{digits(rng, 11)}"
            labelled(p, "Order No.", oid, txn=(ORDER_RANK, oid))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Transaction date"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[j.status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", "The board confirms within 48 hours. Please do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


def board_page(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The board's own Quick Pay receipt in a browser (KSEB for the Alappuzha clinic): the board on top (the payee)
    and its line, Payment Receipt, Payment successful / Transaction successful, Consumer No., Consumer name, Section
    office, Bill No. (the bill's: no id), Bill date and Due date (no fact), Amount paid (the sum), Payment mode, Receipt
    No., Transaction ID, Bank Ref No. or Auth code, Payment date."""
    _, long, short, number, size, url = POWER_PAGES[k]
    p = browser_page(rng, font, f"{url}/receipt")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    name = long if rng.random() < 0.6 else short
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Quick Pay - online bill payment")
    p.add("center", "Payment Receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment successful", "Transaction successful"]})
    p.pair(number, digits(rng, size))
    wrap_pair(p, "Consumer name", FIRMS[k].upper())
    p.pair("Section office", f"Electrical Section, {TOWNS[k][0]} Town")
    if not j.no_ref:
        p.pair("Bill No.", f"{digits(rng, 4)}{code(rng, 1, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        p.pair("Bill date", j.other_day(rng, -20, -4))
        p.pair("Due date", j.other_day(rng, 2, 12))
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "card"])
    p.pair(
        "Payment mode",
        "Net banking" if way == "netbanking" else f"Debit card {masked(rng, font)}",
        method=way,
    )
    if not j.no_ref:
        rno = f"{digits(rng, 12)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"KSEB{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "netbanking":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        else:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        p.pair("Payment date", stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", "Payment will be updated in the consumer's account within 24 hours.")
    return p.done()


def waste_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A common biomedical waste treatment facility's receipt for the clinic's collection charges (Saurashtra Enviro
    Care's payment page in a browser, Kalinga Biomedical Waste Management's e-mail): the operator on top (the payee)
    and its CBWTF line, Payment receipt / Online payment - receipt, Payment successful / Paid, Health care facility
    (the clinic), HCF code / Member ID (no id), Category (Dental clinic - n chairs, non-bedded), Service period (no
    fact), Annual collection & disposal charges, Yellow / red bag supply on some, "GST: Exempt - CBWTF services to a
    clinical establishment", Amount paid / Total paid (the sum), Payment mode, Receipt No., Transaction ID, Bank Ref No.
    / UPI Ref No., Payment date / Paid on, Status on the mail."""
    _, name, board, frame, where = POWER_PAGES[k]
    if frame == "browser":
        p = browser_page(rng, font, where)
    else:
        p = mail_page(
            rng,
            font,
            f"{name.split(' Pvt')[0]} <accounts@{where}>",
            ["Payment receipt - BMW collection charges", "Thank you for your payment"],
        )
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    to = name.upper() if rng.random() < 0.2 else name
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", f"Common Bio-medical Waste Treatment Facility - authorised by {board}")
    p.add("center", rng.choice(["Payment receipt", "Online payment - receipt"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, "success", {"success": ["Payment successful", "Paid"]})
    wrap_pair(p, "Health care facility", f"{TRADE} - {TOWNS[k][2]}")
    p.pair(rng.choice(["HCF code", "Member ID"]), f"{CODES[k]}/HCF/{rng.randrange(100, 9999)}")
    p.pair("Category", f"Dental clinic - {rng.randint(2, 5)} chairs (non-bedded)")
    if not j.no_day:
        start = j.date.replace(day=1)
        p.pair("Service period", f"{when(start, '%b %Y')} - {when(start + dt.timedelta(days=360), '%b %Y')}")
    charges = float(rng.choice([3600, 4200, 4800, 6000, 7200]))
    lines = [("Annual collection & disposal charges", charges)]
    if rng.random() < 0.5:
        lines.append(("Yellow / red bag supply", float(rng.choice([450, 600, 900]))))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    p.add("small", "GST: Exempt - CBWTF services to a clinical establishment")
    total = sum(v for _, v in lines)
    j.amount = total
    p.pair(rng.choice(["Amount paid", "Total paid"]), rs(total), amount=total)
    way = rng.choice(["UPI", "netbanking"])
    p.pair("Payment mode", "UPI" if way == "UPI" else "Net banking", method=way)
    if not j.no_ref:
        rno = f"BMW/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            bref = digits(rng, 12)
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        p.pair(rng.choice(["Payment date", "Paid on"]), j.day(rng), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(["Paid", "Received"]), status="success")
    p.part = "foot"
    p.add("small", "Segregate waste in colour-coded bags as per the Bio-Medical Waste Management Rules.")
    return p.done()


def isp_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The broadband provider's e-mailed receipt (ACT Fibernet for the Thanjavur clinic): the provider on top (the
    payee) and its company line, Payment received / Thank you for your payment, Account name (the firm), User ID /
    Account No. (no id), Plan, Invoice No. (the bill's: no id), Amount paid (the sum), Payment mode, Receipt No.,
    Transaction ID, Auth code, Paid on, Payment status."""
    _, name, company = POWER_PAGES[k]
    p = mail_page(
        rng, font, f"{name} <noreply@actcorp.in>", ["Payment received - thank you", "Your payment receipt"]
    )
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", company)
    p.add("rule")
    p.part = "body"
    p.add("center", rng.choice(["Payment received", "Thank you for your payment"]), status="success")
    wrap_pair(p, "Account name", FIRMS[k])
    p.pair(rng.choice(["User ID", "Account No."]), digits(rng, 9))
    wrap_pair(
        p, "Plan", rng.choice(["ACT Business 200 Mbps - quarterly", "ACT Blaze 150 Mbps - half yearly"])
    )
    if not j.no_ref:
        p.pair("Invoice No.", f"TN{digits(rng, 10)}")
    j.amount = float(rng.choice([3537, 4716, 7074, 8847]))
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    p.pair(
        "Payment mode", f"{rng.choice(['Visa', 'Mastercard'])} credit card {masked(rng, font)}", method="card"
    )
    if not j.no_ref:
        rno = f"ACT{digits(rng, 10)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        appr = digits(rng, 6)
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, "Paid on", stamp(rng, j.date, PATS), date=j.date)
    p.pair("Payment status", "Successful")
    p.part = "foot"
    p.add("small", "Your plan stays active without interruption. This is an auto-generated e-mail.")
    return p.done()


def power_waste(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinics' electricity (four on Bharat Connect, ``bbps_power``; KSEB's own page, ``board_page``), their
    biomedical waste collection charges (``waste_receipt``: two) and the broadband (``isp_receipt``)."""
    k = place("power_waste")
    status = outcome(k, failed=(3,), pending=(6,))
    kind = POWER_PAGES[k][0]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=2500, high=32000, p_round=0.3, town=k)
    if kind == "bbps":
        return bbps_power(rng, font, k, j)
    if kind == "board":
        return board_page(rng, font, k, j)
    if kind == "waste":
        return waste_receipt(rng, font, k, j)
    return isp_receipt(rng, font, k, j)


# ---------------------------------------------------------------- 10. the clinics' software


# product, its site, frame, company line, the way, the currency
SOFTWARE = [
    ("Practo Ray", "practo.com", "phone", "Practo Technologies Pvt Ltd", "UPI", "INR"),
    ("exocad", "exocad.com", "mail", "exocad GmbH", "card", "EUR"),
    ("Blue Sky Plan", "blueskybio.com", "browser", "Blue Sky Bio, LLC", "card", "USD"),
    ("Interakt", "interakt.shop", "browser", "Jio Haptik Technologies Ltd", "netbanking", "INR"),
    ("Dentally", "dentally.com", "mail", "Henry Schein One UK Ltd", "card", "GBP"),
    ("SmileFy", "smilefy.com", "mail", "SmileFy Inc.", "card", "USD"),
    (
        "Microsoft 365 Business Basic",
        "microsoft.com",
        "browser",
        "Microsoft Corporation (India) Pvt Ltd",
        "card",
        "INR",
    ),
    ("Zoho Payroll", "zoho.in", "phone", "Zoho Corporation Pvt Ltd", "UPI", "INR"),
]
# the plan, its lines (label, quantity, rate), days to the next charge
SOFT_PLANS = {
    "Practo Ray": ("Ray Pro - 3 doctors (annual)", [("Ray Pro licence (doctors)", 3, 9999.0)], 365),
    "exocad": ("DentalCAD - annual upgrade contract", [("Upgrade contract (1 seat)", 1, 1190.0)], 365),
    "Blue Sky Plan": ("Blue Sky Plan - export credits", [("Guide export credits", 10, 19.0)], 30),
    "Interakt": (
        "Growth - quarterly",
        [("Growth plan (quarter)", 1, 8277.0), ("WhatsApp conversations", 1200, 0.78)],
        90,
    ),
    "Dentally": (
        "Dentally Practice - 3 chairs (monthly)",
        [("Chairs", 3, 79.0), ("SMS bundle", 1, 15.0)],
        30,
    ),
    "SmileFy": ("SmileFy Pro - monthly", [("Pro plan", 1, 149.0), ("Extra users", 2, 25.0)], 30),
    "Microsoft 365 Business Basic": ("Business Basic - annual, paid monthly", [("Licences", 9, 145.0)], 30),
    "Zoho Payroll": ("Standard - 25 employees (annual)", [("Standard plan (annual)", 1, 9480.0)], 365),
}
SOFT_LINES = {
    "Practo Ray": "Practice management for doctors",
    "exocad": "Dental CAD/CAM software",
    "Blue Sky Plan": "Implant planning & surgical guides",
    "Interakt": "WhatsApp reminders & patient messaging",
    "Dentally": "Cloud dental practice software",
    "SmileFy": "Digital smile design",
}


def clinic_software(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinics' software (Practo Ray, Interakt, Microsoft 365 Business Basic and Zoho Payroll in rupees, exocad in
    euros, Blue Sky Plan and SmileFy in US dollars, Dentally in pounds; the vendor's e-mail, its billing page in a
    browser or an app's result screen): the product on top (the payee; in capitals on some) and its line or company,
    Receipt / Payment confirmation / Subscription - billing history / Invoice paid, Billed to / Organisation / Customer
    the firm, GSTIN on the rupee pages, Organisation ID / Customer No. / Account ID (no id), Plan, Subscription period
    (no fact), the lines (Chairs 3 x GBP 79.00), Subtotal, IGST @ 18% / GST @ 18% or VAT 0.00 / Tax 0.00 with "Reverse
    charge: the recipient pays IGST on this import of services.", Amount paid / Total charged / Total / Amount due or
    the sum large, Paid with / Payment method, Invoice # / Invoice number, Payment ID / Charge ID / Transaction ID,
    Bank Ref No., Auth code, UPI Ref No, Paid on / Charged on / Payment date / Declined on / Initiated on, Renews on
    (no fact), Status; Paid / Payment successful / Payment declined - card expired / Payment pending - awaiting bank
    confirmation."""
    k = place("clinic_software")
    status = outcome(k, failed=(1,), pending=(3,))
    name, site, frame, company, way, cur = SOFTWARE[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, town=k)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Subscription", "Payment status"])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} <{rng.choice(['billing', 'accounts', 'no-reply'])}@{site}>",
            ["We could not process your payment", "Action needed: payment declined"]
            if status == "failed"
            else [f"Your {name} receipt", "Payment confirmation", "Invoice paid - thank you"],
        )
    else:
        url = (
            "admin.microsoft.com/billing/payments"
            if name.startswith("Microsoft")
            else f"app.{site}/{rng.choice(['billing', 'settings/billing', 'account/invoices'])}"
        )
        p = browser_page(rng, font, url)
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 and name != "exocad" else name
    words = {
        "success": ["Paid", "Payment successful"],
        "failed": ["Payment declined - card expired"],
        "pending": ["Payment pending - awaiting bank confirmation"],
    }
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", SOFT_LINES.get(name) or company)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add(
            "center",
            rng.choice(["Receipt", "Payment confirmation", "Invoice paid"])
            if status == "success"
            else "Subscription - billing history",
        )
        p.add("rule")
        p.part = "body"
    plan, lines, days = SOFT_PLANS[name]
    wrap_pair(p, rng.choice(["Billed to", "Organisation", "Customer"]), FIRMS[k])
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    p.pair(
        rng.choice(["Organisation ID", "Customer No.", "Account ID"]),
        f"{code(rng, 2, UPPER)}{digits(rng, 7)}",
    )
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Subscription period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        line = round(qty * rate, 2)
        sub += line
        item_row(p, label, f"{qty:,} x {show(rate)}" if qty > 1 else "", show(line))
    sub = round(sub, 2)
    p.pair(rng.choice(["Subtotal", "Sub total"]), show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair(rng.choice(["VAT", "Tax"]), show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(
            ["Amount paid", "Total charged", "Total"] if status == "success" else ["Amount due", "Total"]
        )
        p.pair(label, show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: the recipient pays IGST on this import of services.")
    vpa = f"{SLUG}{CODES[k].lower()}@{rng.choice(['okhdfcbank', 'ybl', 'okicici', 'oksbi'])}"
    p.pair(
        rng.choice(["Paid with", "Payment method"]),
        {
            "card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}",
            "UPI": f"UPI ({vpa})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success":
            inv = (
                f"{code(rng, 3, UPPER)}-{rng.randrange(10000, 99999)}"
                if cur != "INR"
                else f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            )
            labelled(p, rng.choice(["Invoice #", "Invoice number"]), inv, txn=(INVOICE_RANK, inv))
        if name.startswith("Microsoft"):
            pid, label = f"{digits(rng, 10)}", "Transaction ID"
        elif cur != "INR":
            pid, label = f"ch_{code(rng, 16, MIXED)}", rng.choice(["Payment ID", "Charge ID"])
        else:
            pid, label = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"]), "Payment ID"
        labelled(p, label, pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "netbanking":
            bref = digits(rng, 10)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Charged on", "Payment date"]),
                "failed": "Declined on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if status == "success":
            p.pair("Renews on", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Update your card within 7 days to keep your subscription active.")
    elif status == "pending":
        p.add("small", "Your plan stays active while the bank confirms the payment.")
    p.part = "foot"
    p.add(
        "small",
        "Questions? Reply to this mail."
        if frame == "mail"
        else "Manage your subscription under Settings > Billing.",
    )
    return p.done()


# ---------------------------------------------------------------- 11. refunds to patients


REFUND_PAGES = [
    ("paper", "NEFT"),
    ("gateway", "UPI"),
    ("app", "IMPS"),
    ("mail", "NEFT"),
    ("gateway", "card"),
    ("credit", "cheque"),
    ("web", "NEFT"),
    ("mail", "UPI"),
]
REFUND_BANKS = {
    2: ("InstaBIZ", (174, 40, 30), "app", "IMPS", "ICIC"),
    6: ("Axis Bank Corporate Internet Banking", None, "web", "NEFT", "UTIB"),
}
REFUND_URLS = {"Axis Bank Corporate Internet Banking": "cib.axisbank.co.in/payments/single/status"}
GATEWAYS = {
    1: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
    4: ("PayU", "onepayu.payu.in/refunds/details"),
}
REFUND_REASONS = [
    "Aligner treatment discontinued after set 4",
    "Implant plan changed to bridge",
    "Braces treatment transferred to another city",
    "Excess collected - insurer paid cashless",
    "Duplicate payment on payment link",
]


def refund_cuts(rng: random.Random) -> tuple[float, list[tuple[str, float]]]:
    """A plan's sum paid in advance and what the clinic keeps from it: treatment done, lab charges, a processing
    charge."""
    held = float(whole(rng.uniform(15000, 90000), 500))
    cuts = [("Less: Treatment done (as per case sheet)", float(whole(held * rng.uniform(0.15, 0.45), 100)))]
    if rng.random() < 0.6:
        cuts.append(("Less: Lab charges incurred", float(rng.choice([2500, 4000, 6500, 8000]))))
    if rng.random() < 0.4:
        cuts.append(("Less: Processing charge", float(rng.choice([250, 500]))))
    return held, cuts


def patient_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic refunding patients: its REFUND VOUCHER / TREATMENT REFUND VOUCHER (paper, the clinic on top, the
    payer: Voucher No., Date, Refund to / Patient / Payee (the payee), Reason, Advance paid, Less: Treatment done (as
    per case sheet), Less: Lab charges incurred, Less: Processing charge, Refund amount / Net refund, the way; REFUNDED
    / REFUND PAID), its CREDIT NOTE CUM REFUND for a bill the insurer later paid cashless (Credit note No., Against
    receipt, Amount collected from patient, Less: Patient's share (co-pay), Amount refunded, cheque), its e-mail (Smile
    Sutra Dental Clinic - <locality> on top, Refunded to / Beneficiary, the same lines, Amount refunded, Mode, To
    account, UTR / UPI Ref No., Refunded on, Status Refund completed), its business banking (ICICI Bank's InstaBIZ app
    after an IMPS, Axis Bank Corporate Internet Banking after an NEFT; heldout124's page, the patient under Beneficiary
    / Payee / Beneficiary name, Remarks (Refund - aligner discontinued); Funds transferred successfully / Transaction
    Failed / Returned by beneficiary bank / IMPS transfer failed) or its gateway's refund page (Razorpay, PayU: the
    firm | Live, Refund details / Refund status, Refund processed / Refunded / Refund initiated, the refund large,
    Customer / Refunded to, Reason, Payment amount / Original amount, Refund to Source - UPI / Source - card, Refund
    ID, RRN / ARN, the original Payment ID (no id), Refunded on / Processed on / Initiated on)."""
    k = place("patient_refunds")
    status = outcome(k, failed=(2,), pending=(4,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    client = rng.choice(PATIENTS)
    client = client.upper() if rng.random() < 0.2 else client
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        paid = float(rng.choice([5000, 7500, 10000, 15000, 20000, 25000]))
        refund = paid if rng.random() < 0.5 else float(whole(paid * rng.uniform(0.4, 0.9), 500))
        j.amount = refund
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{FIRMS[k]}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund processed", "Refunded"], "pending": ["Refund initiated"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), client, merchant=client)
        wrap_pair(p, "Reason", rng.choice(REFUND_REASONS[3:] if refund == paid else REFUND_REASONS[:3]))
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        p.pair(
            "Refund to",
            {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way],
            method=way,
        )
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}" if gw == "Razorpay" else f"{digits(rng, 12)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "RRN", arn, txn=(UTR_RANK, arn))
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else digits(rng, 11))
        if not j.no_day:
            labelled(
                p,
                {"success": rng.choice(["Refunded on", "Processed on"]), "pending": "Initiated on"}[status],
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        if status == "pending":
            p.add("small", "Card refunds reach the customer in 5-7 working days.")
        p.part = "foot"
        p.add("small", "A refund cannot be cancelled once initiated.")
        return p.done()
    if frame in ("app", "web"):
        row = REFUND_BANKS[k]
        j.to = client
        j.amount = float(whole(rng.uniform(4000, 60000), 50))
        p, _ = transfer_ack(
            rng,
            font,
            k,
            row,
            status,
            j,
            url=REFUND_URLS.get(row[0]),
            widths=[700, 740],
            third_head="Refunds & payouts",
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
        )
        transfer_rows(
            p,
            rng,
            j.date,
            kind=row[2],
            mode=row[3],
            head4=row[4],
            status=status,
            no_ref=j.no_ref,
            no_day=j.no_day,
            own_labels=["Bank Ref No.", "Transaction ID"],
            txn_label="Transaction ID",
        )
        wrap_pair(
            p,
            rng.choice(["Remarks", "Narration"]),
            rng.choice(["Refund - aligner discontinued", "Patient refund - excess paid", "Treatment refund"]),
        )
        if row[2] == "web":
            wrap_pair(p, "Debit account name", FIRMS[k].upper())
        if status == "failed":
            p.add(
                "small", "The beneficiary's bank returned the credit. The amount is reversed to your account."
            )
        p.part = "foot"
        p.add("gap")
        p.add(
            "small", rng.choice(["Never share your OTP or password", "This is a computer generated advice"])
        )
        return p.done()
    if frame == "credit":
        collected = float(whole(rng.uniform(12000, 60000), 50))
        share = round(collected * rng.choice([0.1, 0.2]), 2)
        refund = round(collected - share, 2)
        j.amount = refund
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(
            p,
            k,
            ours(rng, k, caps=0.0),
            ["CREDIT NOTE CUM REFUND", "CREDIT NOTE - REFUND"],
            sub=rng.choice(CLINIC_SUB),
            merchant=False,
        )
        if not j.no_ref:
            cno = f"CN/{j.year()}{rng.randrange(1, 300):03d}"
            p.pair("Credit note No.", cno, txn=(INVOICE_RANK, cno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Patient"]), client, merchant=client)
        wrap_pair(p, "Reason", "Cashless claim approved by the insurer")
        p.add("rule")
        p.pair("Amount collected from patient", rs(collected))
        p.pair("Less: Patient's share (co-pay)", rs(share))
        p.pair("Amount refunded", rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        p.add("center", "REFUND PAID", status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement.")
        p.add("pair", "Patient's signature", "For the clinic")
        return p.done()
    held, cuts = refund_cuts(rng)
    refund = round(held - sum(v for _, v in cuts), 2)
    j.amount = refund
    if frame == "paper":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(
            p,
            k,
            ours(rng, k, caps=0.0),
            ["REFUND VOUCHER", "TREATMENT REFUND VOUCHER"],
            sub=rng.choice(CLINIC_SUB),
            merchant=False,
        )
        if not j.no_ref:
            vno = f"RV/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair(rng.choice(["Voucher No.", "Refund voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Patient", "Payee"]), client, merchant=client)
        wrap_pair(p, "Reason", rng.choice(REFUND_REASONS[:3]))
        p.add("rule")
        p.pair("Advance paid", rs(held))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))
        p.pair(rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font, ours=False), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "UTIB"])
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement of the advance paid.")
        p.add("pair", "Patient's signature", "For the clinic")
        return p.done()
    branch = f"{TRADE} - {TOWNS[k][2]}"
    p = mail_page(
        rng,
        font,
        f"{TRADE} Accounts <accounts@{SLUG}.in>",
        ["Your refund has been processed", "Refund of treatment advance", "Refund completed"],
    )
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, branch)
    p.add("small", f"A unit of {FIRMS[k]}")
    p.add("rule")
    p.part = "body"
    p.add(
        "left",
        f"Dear {client.split()[0].title()}, we have refunded the unused part of your treatment advance.",
    )
    wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
    wrap_pair(p, "Reason", rng.choice(REFUND_REASONS[:3]))
    p.pair("Advance paid", rs(held))
    for label, value in cuts:
        wrap_pair(p, label, rs(value))
    p.pair("Amount refunded", rs(refund), amount=refund)
    p.pair("Mode", way, method=method_of(way))
    p.pair("To account", f"XXXXXX{digits(rng, 4)}" if way != "UPI" else vpa_of(rng, client))
    if not j.no_ref:
        if way == "NEFT":
            ref = neft_utr(rng.choice(["HDFC", "SBIN", "UTIB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair("Refunded on", j.day(rng), date=j.date)
    p.pair("Status", "Refund completed", status="success")
    p.part = "foot"
    p.add("small", "Wishing you healthy smiles. For any query, reply to this e-mail.")
    return p.done()


# ---------------------------------------------------------------- 12. GST, TDS and the pollution boards' fees


# tax, frame, the way
TAX_PAGES = [
    ("gst", "browser", "netbanking"),
    ("tds", "browser", "netbanking"),
    ("pcb", "browser", "netbanking"),
    ("gst", "paper", "neft"),
    ("tds", "bank", "netbanking"),
    ("pcb", "paper", "UPI"),
    ("gst", "browser", "UPI"),
    ("tds", "app", "netbanking"),
]
TDS_NATURE = [
    ("194J(b)", "Fees for professional services"),
    ("194-I(b)", "Rent on land, building or furniture"),
    ("194C", "Payment to contractors"),
    ("192", "Salary"),
]
PCBS = {
    2: (
        "Gujarat Pollution Control Board",
        "XGN - Xtended Green Node",
        "gpcb.gujarat.gov.in/xgn/payment/receipt",
    ),
    5: (
        "State Pollution Control Board, Odisha",
        "OCMMS - Online Consent Management & Monitoring System",
        None,
    ),
}


def gst_receipt(
    rng: random.Random, font: str, k: int, j: Job, frame: str, way: str
) -> tuple[list, dict, dict]:
    """The GST portal's receipt for the tax on the clinics' cosmetic treatments (in a browser or printed; no payee):
    GST PMT-06 - Payment Receipt / Challan Payment Receipt (GST PMT-06), CPIN and Challan created on (no fact),
    GSTIN, Name of taxpayer / Legal name (the firm), Trade name, Tax period (no fact), CGST (0005) Tax, SGST (0006) Tax
    or IGST (0008) Tax, Interest on some, Total challan amount / Total amount (the sum), Mode of payment (E-Payment (Net
    Banking), NEFT / RTGS, UPI), Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date
    and Time or Initiated on; Payment successful / Paid / Awaiting credit from RBI - NEFT / RTGS."""
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["GST PMT-06 - Payment Receipt", "Challan Payment Receipt (GST PMT-06)"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Payment successful", "Paid"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]}
    if frame == "browser":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[k][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Challan created on", j.other_day(rng, -4, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    wrap_pair(p, rng.choice(["Name of taxpayer", "Legal name"]), FIRMS[k].upper())
    wrap_pair(p, "Trade name", TRADE)
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Tax period", when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(2500, 30000), 1))
    if rng.random() < 0.8:
        heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
        if rng.random() < 0.3:
            interest = float(rng.randrange(40, 900))
            heads += [("CGST (0005) Interest", interest), ("SGST (0006) Interest", interest)]
    else:
        heads = [("IGST (0008) Tax", 2 * tax)]
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(
        "Mode of payment",
        {"netbanking": "E-Payment (Net Banking)", "neft": "NEFT / RTGS", "UPI": "UPI"}[way],
        method={"neft": "netbanking"}.get(way, way),
    )
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
        p.pair("Time", hhmm(rng, twelve=False, seconds=True))
    elif not j.no_day:
        p.pair("Initiated on", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Payment status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add(
            "small",
            "Remit by NEFT / RTGS with the mandate form; the receipt follows once RBI reports the credit.",
        )
    p.part = "foot"
    p.add("small", "Note: This is a system generated receipt.")
    return p.done()


def tds_receipt(rng: random.Random, font: str, k: int, j: Job, frame: str) -> tuple[list, dict, dict]:
    """A TDS challan (ITNS 281) for the consultants' fees, rent, service contracts or salaries (no payee): the e-filing
    portal's e-Pay Tax - Challan Receipt in a browser (Income Tax Department on top), Indian Bank's Direct Tax
    (ITNS 281) - Challan Counterfoil in a browser, SBI's YONO Business e-Tax screen (the sum large): TAN, Name of
    deductor, Assessment Year (no fact), Major Head, Minor Head (200) TDS/TCS Payable by Taxpayer, Nature of Payment,
    Amount (in Rs.), CRN, Payment mode / Paid through, Bank, BSR Code and Challan No. (no id), CIN, BRN / Bank
    Reference Number, Date of deposit / Tender date / Attempted on, the Tax Breakup A to F; Payment Successful /
    Challan paid / Challan payment failed."""
    holder = FIRMS[k].upper()
    tan = f"{TOWNS[k][0][:3].upper()}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"
    major = (
        "(0020) Corporation Tax" if holder.endswith("PVT LTD") else "(0021) Income Tax (Other than Companies)"
    )
    section, nature = rng.choice(TDS_NATURE)
    tax = float(rng.randrange(10, 600) * 100)
    parts = [("Tax", tax), ("Surcharge", 0.0), ("Cess", 0.0)]
    parts.append(("Interest", float(rng.randrange(2, 40) * 25) if rng.random() < 0.35 else 0.0))
    parts.append(("Penalty", 0.0))
    parts.append(("Fee u/s 234E", float(rng.randrange(2, 10) * 200) if rng.random() < 0.2 else 0.0))
    total = round(sum(v for _, v in parts), 2)
    j.amount = total
    words = {"success": ["Payment Successful", "Challan paid"], "failed": ["Challan payment failed"]}
    if frame == "app":
        p = phone_page(rng, font, k, ["", "e-Tax", "Direct tax"])
        rs = money(rng, font, 0.5)
        head(p, "YONO Business", (40, 0, 113), p.style["h106"]["dark"], ["e-Tax (ITNS 281)", "Taxes - TDS"])
        p.part = "body"
        outcome_row(p, j.status, words)
        p.add("big", rs(total), amount=total)
    else:
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        if frame == "bank":
            p = browser_page(rng, font, "www.indianbank.net.in/jsp/directtax/counterfoil")
            p.part = "head"
            top(p, "Indian Bank")
            p.add("center", "Direct Tax (ITNS 281) - Challan Counterfoil")
        else:
            p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
            p.part = "head"
            top(p, "Income Tax Department")
            p.add("small", "Government of India")
            p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
        p.add("rule")
        p.part = "body"
        outcome_row(p, j.status, words)
    p.pair("TAN", tan)
    wrap_pair(p, "Name of deductor", holder)
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Major Head", major)
    wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
    wrap_pair(p, "Nature of Payment", f"{section} - {nature}")
    if frame != "app":
        p.pair("Amount (in Rs.)", rs(total), amount=total)
        p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('13579')}{digits(rng, 13)}"
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
    p.pair(
        rng.choice(["Payment mode", "Paid through"]),
        rng.choice(["Net Banking", f"Current A/c {masked(rng, font)}"]),
        method="netbanking",
    )
    p.pair("Bank", {"bank": "Indian Bank", "app": "State Bank of India"}.get(frame, rng.choice(BANKS[:8])))
    if j.status == "success":
        bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
        p.pair("BSR Code", bsr)
        if not j.no_ref:
            p.pair("Challan No.", serial)
            if not j.no_day:
                cin = f"{bsr}{j.date:%d%m%Y}{serial}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
            p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Tender date"]), j.day(rng), date=j.date)
    elif not j.no_day:
        labelled(p, "Attempted on", stamp(rng, j.date, PATS), date=j.date)
    if frame != "app":
        p.add("rule")
        p.add("left", "Tax Breakup Details (Amount in Rs.)")
        for letter, (label, value) in zip("ABCDEF", parts):
            p.pair(f"{letter}  {label}", rs(value))
        p.pair("Total (A+B+C+D+E+F)", rs(total))
    if j.status == "failed":
        p.add(
            "small",
            "The bank did not confirm the debit. Any amount debited will be reversed; pay again with the "
            "same CRN.",
        )
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


def pcb_receipt(
    rng: random.Random, font: str, k: int, j: Job, frame: str, way: str
) -> tuple[list, dict, dict]:
    """A state pollution control board's receipt for the clinic's authorisation fee under the Bio-Medical Waste
    Management Rules (the Gujarat board's XGN page in a browser, the Odisha board's OCMMS receipt printed): the board
    on top (the payee) and its portal's line under it, Fee payment - receipt / e-Payment receipt, Payment successful /
    Paid, Applicant / Occupier (the firm), Health care facility (the clinic), Application No. / Unit ID (no id),
    Application for (Authorisation - Bio-Medical Waste Management Rules (2016 on the pages with a day)), Category (HCF -
    dental clinic, non-bedded), Authorisation fee, Processing fee, Total / Amount paid (the sum), Payment mode, Receipt
    No. / Challan No., Transaction ID, Bank Ref No. / UPI Ref No., Payment date / Paid on, Status on the paper."""
    board, line, url = PCBS[k]
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    to = board.upper() if frame == "paper" and rng.random() < 0.4 else board
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    p.add("center", rng.choice(["Fee payment - receipt", "e-Payment receipt"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, {"success": ["Payment successful", "Paid"]})
    wrap_pair(p, rng.choice(["Applicant", "Occupier"]), FIRMS[k])
    wrap_pair(p, "Health care facility", f"{TRADE} - {TOWNS[k][2]}, {TOWNS[k][0]}")
    p.pair(rng.choice(["Application No.", "Unit ID"]), f"{digits(rng, 6)}")
    rules = "Bio-Medical Waste Management Rules" + ("" if j.no_day else ", 2016")
    wrap_pair(p, "Application for", f"Authorisation - {rules}")
    p.pair("Category", "HCF - dental clinic (non-bedded)")
    fee = float(rng.choice([2000, 3000, 5000, 7500]))
    heads = [("Authorisation fee", fee)]
    if rng.random() < 0.6:
        heads.append(("Processing fee", float(rng.choice([500, 1000]))))
    for label, value in heads:
        p.pair(label, rs(value))
    total = sum(v for _, v in heads)
    j.amount = total
    p.pair(rng.choice(["Total", "Amount paid"]), rs(total), amount=total)
    p.pair("Payment mode", {"netbanking": "Net Banking", "UPI": "UPI"}[way], method=way)
    if not j.no_ref:
        rno = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
        p.pair(rng.choice(["Receipt No.", "Challan No."]), rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        p.pair(rng.choice(["Payment date", "Paid on"]), j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", rng.choice(["Paid", "Success"]), status="success")
    p.part = "foot"
    p.add(
        "small",
        "The authorisation is issued after scrutiny of the application. Fee once paid is not refundable.",
    )
    return p.done()


def tax_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinics' GST (``gst_receipt``: three), the TDS they deducted (``tds_receipt``: three) and two pollution
    control boards' biomedical waste authorisation fees (``pcb_receipt``)."""
    k = place("tax_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    tax, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, town=k)
    if tax == "gst":
        return gst_receipt(rng, font, k, j, frame, way)
    if tax == "tds":
        return tds_receipt(rng, font, k, j, frame)
    return pcb_receipt(rng, font, k, j, frame, way)


compose = compose156

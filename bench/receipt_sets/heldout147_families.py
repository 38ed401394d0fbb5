"""The twelve heldout147 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an optician and eyewear store chain's day in 2026 (one store in each of Nagpur,
Coimbatore, Lucknow, Surat, Guwahati, Dehradun, Vijayawada and Ranchi under one trade name, Nayantara Opticals, run by
Nayantara Eyecare Retail Pvt Ltd), told by the proofs of payment it receives and makes: customers' UPI for
spectacles, contact lenses and eye tests, the counters' card slips (a card EMI on some, a no-cost EMI's instant
discount, a dynamic UPI QR), the insurers' and TPAs' settlements of vision claims to the store, the store's own tax
invoices cum receipts and its advance receipts for frames on order, the lens labs' and frame distributors' bills,
the landlords' rent receipts and invoices and the company's transfers to them, electricity through Bharat Connect and
the broadband providers' receipts, the store software's subscriptions (in US dollars on two), the couriers', staff
reimbursements, refunds to customers, and GST and TDS challans. Every row is added to heldout113's ``Screen`` with
the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, prescriptions, frames
and lenses, job and order numbers, claim numbers, policy numbers, provider ids, patients' and members' names, EMI
tenures, EMI sums and totals payable with interest, product prices before an instant discount, invoice numbers and
days under an advance or a claim, delivery days, GST, TDS and discounts, AWB and consignment numbers, employee codes,
expense lines, consumer and account numbers, bill months, plans, original payment ids, financial and assessment
years, tax periods, BSR codes and challan serials, GSTIN, IFSC, account numbers, MID, TID, batch, TC, TVR and the
payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and marks, heldout129's rubber
stamp).
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

# town, PIN code, locality, state, GST state code
TOWNS = [("Nagpur", "440010", "Dharampeth", "Maharashtra", "27"),
         ("Coimbatore", "641002", "RS Puram", "Tamil Nadu", "33"),
         ("Lucknow", "226001", "Hazratganj", "Uttar Pradesh", "09"),
         ("Surat", "395007", "Vesu", "Gujarat", "24"),
         ("Guwahati", "781005", "Zoo Road", "Assam", "18"),
         ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05"),
         ("Vijayawada", "520010", "Benz Circle", "Andhra Pradesh", "37"),
         ("Ranchi", "834001", "Main Road", "Jharkhand", "20")]
TRADE = "Nayantara Opticals"
FIRM = "Nayantara Eyecare Retail Pvt Ltd"
SLUG = "nayantaraopticals"
CODES = ["NGP", "CBE", "LKO", "SRT", "GAU", "DDN", "VJA", "RNC"]
PEOPLE = ["Anjali Deshmukh", "Karthik Subramanian", "Shweta Srivastava", "Hetal Patel", "Pranjal Baruah",
          "Ritika Negi", "Venkata Ramana", "Abhishek Oraon", "Meera Iyer", "Farhan Siddiqui", "Pooja Agarwal",
          "Suresh Naidu"]
STAFF = ["Rahul Wankhede", "Divya Krishnan", "Aman Tripathi", "Jignesh Shah", "Bikash Kalita", "Neha Rawat",
         "Srinivas Rao", "Priya Munda"]
BANK_HEADS = [("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("State Bank of India", "SBIN"), ("Axis Bank", "UTIB"),
              ("Kotak Mahindra Bank", "KKBK"), ("Bank of Baroda", "BARB")]
BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Union Bank of India", "IDFC FIRST Bank", "Punjab National Bank"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. Show this screen at the counter."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%y", "%Y-%m-%d"]
FRAMES = ["Ray-Ban RX5154 Clubmaster", "Titan TW1021 metal full-rim", "Vincent Chase VC E13245 acetate",
          "Oakley OX8046 Airdrop", "Fastrack FT1287 TR90", "Carrera CA8850 rimless", "John Jacobs JJ E1234 titanium",
          "Crizal kids flexi frame"]
LENSES = [("Zeiss SmartLife Progressive 1.6 (pair)", 14500, 26500), ("Essilor Varilux Comfort Max 1.6 (pair)",
                                                                          16000, 28000),
          ("Hoya BlueControl SV 1.56 (pair)", 3200, 5200), ("Crizal Prevencia SV 1.6 (pair)", 4200, 7800),
          ("Kodak Digital Bifocal 1.56 (pair)", 4800, 8200), ("Photochromic SV 1.56 HMC (pair)", 2600, 4400)]
CONTACTS = [("Acuvue Oasys 6 pack", 2400, 2900), ("Bausch & Lomb SofLens 59 (6 lens)", 1200, 1600),
            ("Air Optix Aqua 6 pack", 2600, 3100), ("Dailies AquaComfort Plus 30 pack", 1600, 1900)]


def store(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.2) -> str:
    """The store as a payee: the trade name, with its locality on some, the company's on some, in capitals on some."""
    roll = rng.random()
    name = FIRM if roll < firm else (f"{TRADE} - {TOWNS[i][2]}" if roll < firm + 0.3 else TRADE)
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 60000, p_round: float = 0.7, firm: float = 0.25, caps: float = 0.2,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = store(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a bill's, an order's, a delivery's, a validity's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's): never the day."""
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
    p.add("small", f"{rng.choice(['Shop', 'Unit', 'Plot', 'Gala', 'Office'])} {rng.randrange(2, 120)}, {city[2]}, "
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
    return {"cash": rng.choice(["Cash", "By cash"]), "UPI": rng.choice(["UPI", "UPI (store QR)", "BHIM UPI"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    return {"cheque": "cheque"}.get(way, method_of(way))


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


def rx_line(rng: random.Random) -> str:
    """A spectacle prescription's short form (no fact)."""
    def sph() -> str:
        return f"{rng.choice(['-', '+'])}{rng.choice([0.5, 0.75, 1.0, 1.25, 1.75, 2.25, 3.0]):.2f}"
    cyl = f" / -{rng.choice([0.25, 0.5, 0.75]):.2f} x {rng.choice([10, 90, 175, 180])}"
    text = f"Rx R {sph()}{cyl if rng.random() < 0.6 else ' DS'}  L {sph()} DS"
    return text + (f"  Add +{rng.choice([1.25, 1.5, 1.75, 2.0, 2.5]):.2f}" if rng.random() < 0.4 else "")


# ---------------------------------------------------------------- 1. a customer's UPI for spectacles or an eye test


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "BHIM", "CRED", "Amazon Pay", "super.money", "MobiKwik"]
UPI_NOTES = ["Specs balance", "Progressive lenses - advance", "Eye test", "Acuvue 6 pack", "Frame advance",
             "Sunglasses", "Contact lens solution", "Kids specs", "Lens replacement", "Job 4417 balance"]


def customer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app paying the store for spectacles, contact lenses or an eye test (PhonePe, Google Pay,
    Paytm, BHIM, CRED, Amazon Pay, super.money, MobiKwik; dark on some): heldout125's result screen, the store (the
    trade name, with its locality on some, the company on some) under Paid to / To / Sent to (Paying to / Payment to
    on a wait), the UPI reference and the app's own id on some, the day, the account debited, a Note / Message / For
    (Specs balance, Eye test, Acuvue 6 pack) on most."""
    k = place("customer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=200, high=38000, p_round=0.85, firm=0.2)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([300, 450, 1500, 2400, 2899, 3500, 5000, 7990, 12500]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, SLUG, WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "For"]), rng.choice(UPI_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. the counters' card slips (EMI on some)


MAKERS = ["PINE LABS", "PAYTM EDC", "RAZORPAY POS", "MSWIPE", "HDFC BANK", "ICICI BANK", "WORLDLINE", "PHONEPE POS"]
CARD_ITEMS = ["SPECTACLES (FRAME+LENS)", "PROGRESSIVE LENSES", "CONTACT LENS X{n}", "EYE TEST", "SUNGLASSES",
              "FRAME ONLY", "LENS REPLACEMENT"]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y", "%d.%m.%y"]
EMI_BANKS = ["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK", "KOTAK BANK"]


def counter_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The counter's card terminal slip (Pine Labs, Paytm EDC, Razorpay POS, Mswipe, HDFC Bank, ICICI Bank,
    Worldline, PhonePe POS; monospace): the maker on top or POWERED BY it at the foot on some, the store in capitals,
    its locality and town, SALE / CARD SALE / CONTACTLESS SALE / EMI SALE / BRAND EMI SALE / UPI QR SALE, the day and
    hour, MID, TID, BATCH, INVOICE / ROC, ITEM, the card's rows or the QR's; on a card EMI: ISSUER, TENURE, ROI / INT
    RATE, EMI AMT and TOTAL PAYABLE (interest added; no fact), on a brand EMI: PRODUCT AMT and INSTANT DISCOUNT (no
    fact) over TXN AMT; AMOUNT / SALE AMOUNT / TXN AMT / TOTAL (the sum); APPROVED / DECLINED with its RC / PAYMENT
    PENDING."""
    k = place("counter_card")
    status = outcome(k, failed=(2,), pending=(6,))
    upi = status == "pending"
    emi = {1: "bank", 5: "brand", 3: "bank"}.get(k)
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=400, high=32000, p_round=0.5, town=k)
    if emi:
        j.amount = rupees(rng, 9000, 48000, 0.7)
    p = slip_page(rng, font)
    name = (FIRM if rng.random() < 0.25 else TRADE).upper()
    p.part = "head"
    maker_top = rng.random() < 0.5
    if maker_top:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    kind = "UPI QR SALE" if upi else {"bank": "EMI SALE", "brand": "BRAND EMI SALE"}.get(
        emi or "", rng.choice(["SALE", "CARD SALE", "CONTACTLESS SALE"]))
    p.add("center", kind)
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
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
        else:
            p.pair("DATE/TIME:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair(rng.choice(["TID:", "TERMINAL ID:"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH:", f"{rng.randrange(1, 999):03d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "ROC:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair(rng.choice(["ITEM:", "DESC:"]), rng.choice(CARD_ITEMS).format(n=rng.randint(2, 4)))
    if upi:
        p.pair("MODE:", "UPI - DYNAMIC QR", method="UPI")
        p.pair("PAYER VPA:", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okicici', 'paytm'])}")
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
        p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "SWIPE"]) if not emi else "CHIP")
        if rng.random() < 0.5:
            p.pair("TC:", code(rng, 16, HEX))
        if rng.random() < 0.4:
            p.pair("TVR:", rng.choice(["0000000000", "0000008000", "0080008000"]))
        if rng.random() < 0.35:
            p.pair("CARDHOLDER:", rng.choice(PEOPLE).upper())
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if emi == "brand":
        pct = rng.choice([5, 7.5, 10])
        disc = round(j.amount * pct / 100, 2)
        p.pair(rng.choice(["PRODUCT AMT:", "INVOICE AMT:"]), amt(j.amount))
        p.pair("INSTANT DISCOUNT:", amt(disc))
        j.amount = round(j.amount - disc, 2)
        p.pair(rng.choice(["TXN AMT:", "CARD TXN AMT:"]), amt(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL:"]) if not emi else rng.choice(["TXN AMT:", "AMOUNT:"]),
               amt(j.amount), amount=j.amount)
    if emi:
        p.add("rule")
        p.pair("ISSUER:", rng.choice(EMI_BANKS))
        months = rng.choice([3, 6, 9, 12])
        rate = 0.0 if emi == "brand" else rng.choice([13.0, 14.0, 15.0, 16.0])
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair(rng.choice(["ROI:", "INT RATE:"]), f"{rate:.2f}% P.A." if rate else "0.00% (NO COST)")
        r = rate / 1200
        emi_amt = round(j.amount * r / (1 - (1 + r) ** -months), 2) if r else round(j.amount / months, 2)
        p.pair("EMI AMT:", amt(emi_amt))
        p.pair(rng.choice(["TOTAL PAYABLE:", "TOTAL AMT WITH INT:"]), amt(round(emi_amt * months, 2)))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "DECLINED",
                     "pending": "PAYMENT PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["RC 55 - INCORRECT PIN", "RC 51 - INSUFFICIENT FUNDS", "RC 05 - DO NOT HONOUR"]))
    elif status == "pending":
        p.add("small", "CHECK STATUS BEFORE HANDING OVER SPECTACLES")
    p.part = "foot"
    if emi:
        p.add("small", "EMI CONVERSION SUBJECT TO ISSUER APPROVAL. INTEREST BY ISSUER.")
    if status == "success" and not upi:
        p.add("small", rng.choice(["PIN VERIFIED - NO SIGNATURE REQUIRED", "TAP & GO - NO PIN REQUIRED"]))
    p.add("small", rng.choice(["** CUSTOMER COPY **", "MERCHANT COPY", "THANK YOU - SEE CLEARLY"]))
    if not maker_top and rng.random() < 0.6:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 3. insurers' and TPAs' settlements to the store


# the payer on top, its site, frame, its kind of page
INSURERS = [("Medi Assist Insurance TPA Pvt Ltd", "mediassist.in", "mail"),
            ("Star Health and Allied Insurance Co. Ltd", "starhealth.in", "browser"),
            ("MDIndia Health Insurance TPA Pvt Ltd", "mdindiaonline.com", "mail"),
            ("Paramount Health Services & Insurance TPA", "paramounttpa.com", "mail"),
            ("Niva Bupa Health Insurance", "nivabupa.com", "browser"),
            ("Health India Insurance TPA Services", "healthindiatpa.com", "paper"),
            ("Plum Benefits", "plumhq.com", "mail"),
            ("ICICI Lombard General Insurance", "icicilombard.com", "browser")]
CORPORATES = ["Infosys Ltd", "Tata Steel Ltd", "HCL Technologies", "Central Coalfields Ltd", "NTPC Ltd",
              "Bajaj Auto Ltd", "Wipro Ltd", "Reliance Retail"]
BENEFITS = ["OPD - Vision (spectacles)", "Vision care - lenses & frame", "Optical benefit",
            "OPD wallet - eye care", "Spectacles reimbursement (network)"]


def insurer_settle(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An insurer's or a TPA's settlement of a member's vision claim to the store as a network provider (Medi Assist,
    MDIndia, Paramount, Plum by e-mail; Star Health, Niva Bupa, ICICI Lombard provider portals in a browser; Health
    India's printed letter): the payer on top (never the payee), Claim settlement advice / Payment advice - network
    provider / Settlement letter, Payee / Provider name / Paid to / Beneficiary the store's company or name (the
    payee), Provider ID (no id), Claim No. / Claim ID / CCN (no id), Patient / Member name, Policy No., Corporate,
    Benefit, Bill No. and Bill date (no fact), Claimed amount, Less: Non-payable (frame above limit), Less: Co-pay
    (10%), Approved amount, Less: TDS u/s 194J @ 10% on some, Net amount paid / Amount transferred / Settled amount
    (the sum), Mode NEFT, UTR / NEFT UTR (a bank reference without a day), Payment ref / Transaction ID on some,
    Payment date / Transferred on / Settlement date / Returned on / Initiated on; Paid / Settled / Claim settled -
    payment released / Payment returned - beneficiary account details mismatch / Approved - payment under process."""
    k = place("insurer_settle")
    status = outcome(k, failed=(4,), pending=(7,))
    payer, site, frame = INSURERS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, town=k, firm=0.6, caps=0.3)
    if frame == "mail":
        p = mail_page(rng, font, f"{payer.split(' Insurance')[0].split(' Pvt')[0]} Claims <"
                                 f"{rng.choice(['claims', 'settlement', 'provider.payments'])}@{site}>",
                      ["Claim settlement advice", "Payment released against your claim", "Settlement intimation"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"provider.{site}/{rng.choice(['claims/payment-status', 'settlements'])}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    words = {"success": ["Paid", "Settled", "Claim settled - payment released"],
             "failed": ["Payment returned - beneficiary account details mismatch"],
             "pending": ["Approved - payment under process"]}
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Provider network - claims", "Cashless & reimbursement claims", "Network providers"]))
    p.add("center", rng.choice(["Claim settlement advice", "Payment advice - network provider", "Settlement letter"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, words)
    if frame != "browser":
        p.add("left", "Dear Provider,")
        p.add("left", rng.choice(["We have settled the claim below.", "Please find the settlement details below."]))
    wrap_pair(p, rng.choice(["Payee", "Provider name", "Paid to", "Beneficiary"]), j.to, merchant=j.to)
    p.pair("Provider ID", f"{rng.choice(['PRV', 'NP', 'HOS'])}{digits(rng, 6)}")
    p.pair(rng.choice(["Claim No.", "Claim ID", "CCN"]), f"{rng.choice(['CL', 'RC', ''])}{digits(rng, 10)}")
    wrap_pair(p, rng.choice(["Patient", "Member name", "Insured"]), rng.choice(PEOPLE))
    p.pair("Policy No.", f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000")
    if rng.random() < 0.6:
        wrap_pair(p, "Corporate", rng.choice(CORPORATES))
    wrap_pair(p, "Benefit", rng.choice(BENEFITS))
    billed = j.date - dt.timedelta(days=rng.randrange(7, 45))
    if not j.no_ref:
        p.pair("Bill No.", f"{CODES[k]}/{'' if j.no_day else fy(billed) + '/'}{rng.randrange(100, 9999):04d}")
    if not j.no_day:
        p.pair(rng.choice(["Bill date", "Date of purchase"]), when(billed, rng.choice(DAY_PATS)))
    p.add("rule")
    claimed = whole(rng.uniform(3500, 22000), 10)
    cuts = []
    if rng.random() < 0.6:
        cuts.append((rng.choice(["Less: Non-payable (frame above limit)", "Less: Disallowed - sunglasses tint"]),
                     float(whole(claimed * rng.uniform(0.05, 0.25), 10))))
    if rng.random() < 0.5:
        cuts.append(("Less: Co-pay (10%)", round((claimed - sum(v for _, v in cuts)) * 0.10, 2)))
    approved = round(claimed - sum(v for _, v in cuts), 2)
    tds = round(approved * 0.10, 2) if rng.random() < 0.45 else 0.0
    p.pair(rng.choice(["Claimed amount", "Bill amount"]), rs(claimed))
    for label, value in cuts:
        wrap_pair(p, label, rs(value))
    p.pair(rng.choice(["Approved amount", "Admissible amount"]), rs(approved))
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194J @ 10%", "Less: TDS (194J)"]), rs(tds))
    net = round(approved - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount transferred", "Settled amount"]) if status == "success"
           else rng.choice(["Net amount payable", "Amount"]), rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Payment mode"]), "NEFT", method="netbanking")
    bank, head4 = rng.choice(BANK_HEADS)
    wrap_pair(p, rng.choice(["Credited to", "Beneficiary account"]), f"{bank} A/c XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{head4}0{digits(rng, 6)}")
    if not j.no_ref:
        if status != "pending":
            if j.no_day:
                ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
                p.pair(rng.choice(["Bank Ref No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
            else:
                ref = neft_utr(rng.choice(["HDFC", "ICIC", "SBIN", "UTIB", "CITI"]), rng, j.date)
                p.pair(rng.choice(["UTR", "NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        if rng.random() < 0.5 or status == "pending":
            own = f"{rng.choice(['PAY', 'STL', 'PV'])}{digits(rng, 9)}"
            p.pair(rng.choice(["Payment ref", "Transaction ID"]), own, txn=(TXN_RANK, own))
    if not j.no_day:
        label = {"success": rng.choice(["Payment date", "Transferred on", "Settlement date"]),
                 "failed": "Returned on", "pending": "Initiated on"}[status]
        p.pair(label, j.day(rng), date=j.date)
    if frame != "browser":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Please update your bank details on the provider portal; the payment will be re-released.")
    elif status == "pending":
        p.add("small", "The amount will be credited within 3 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["This is a system generated advice and needs no signature.",
                               "For queries quote the claim number."]))
    return p.done()


# ---------------------------------------------------------------- 4. the store's own bills and advance receipts


# the way, the page
BILL_PAGES = [("UPI", "invoice"), ("cash", "advance"), ("card", "invoice"), ("UPI", "invoice"), ("cash", "invoice"),
              ("cheque", "advance"), ("card", "advance"), ("NEFT", "invoice")]
BILL_SUB = ["Spectacles | Contact lenses | Sunglasses | Computerised eye testing",
            "Opticians & optometrists - eyewear for the family", "Eye testing, spectacles & contact lenses"]


def bill_lines(rng: random.Random) -> list[tuple[str, float, float]]:
    """What a customer buys (label, value, GST rate): a frame and lenses, contact lenses and a solution, an eye
    test (exempt), sunglasses (18%)."""
    if rng.random() < 0.75:
        lens, lo, hi = rng.choice(LENSES)
        rows = [(f"Frame - {rng.choice(FRAMES)}", float(whole(rng.uniform(1200, 9500), 10)), 0.05),
                (lens, float(whole(rng.uniform(lo, hi), 10)), 0.05)]
        if rng.random() < 0.5:
            rows.append(("Eye test (optometrist)", float(rng.choice([200, 300, 500])), 0.0))
    else:
        name, lo, hi = rng.choice(CONTACTS)
        n = rng.randint(1, 4)
        rate = float(whole(rng.uniform(lo, hi), 10))
        rows = [(f"{name} x {n}" if n > 1 else name, n * rate, 0.05),
                ("Lens solution 360 ml", float(rng.choice([450, 520, 595])), 0.18)]
    if rng.random() < 0.25:
        rows.append(("Sunglasses - polarised", float(whole(rng.uniform(1500, 6500), 10)), 0.18))
    return rows


def store_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's own paper (serif), the store on top (the payee): five TAX INVOICE CUM RECEIPT / CASH MEMO /
    INVOICE & RECEIPT (Bill No. / Invoice No., Date, Customer / Patient / Name, Mobile, Job No. / Order No. (no id),
    the prescription (no fact), Frame, Lenses, Eye test, contact lenses, a solution, sunglasses, Taxable value, CGST
    and SGST @ 2.5% (9% on a solution or sunglasses), Total / Grand total, Less: Advance received (Rcpt ... dt ...) on
    some, Balance received / Amount received / Received (the sum), the sum in words, the way and its reference, or
    Amount payable with UPI PAYMENT PENDING) and three ADVANCE RECEIPT / ORDER ADVANCE RECEIPT for frames and lenses
    on order (Receipt No., Date, "Received with thanks from <name> ... against order <job> for <frame and lenses>",
    Order value (no fact), Advance received (the sum), Balance on delivery and Expected delivery (no fact), the way,
    or a returned cheque's Cheque amount); PAID / RECEIVED WITH THANKS / ADVANCE RECEIVED / CHEQUE RETURNED - ORDER ON
    HOLD / UPI PAYMENT PENDING - AWAITING CONFIRMATION, and the store's rubber stamp."""
    k = place("store_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    way, page = BILL_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, town=k, firm=0.2)
    j.to = f"{TRADE} - {TOWNS[k][2]}" if rng.random() < 0.3 else (TRADE if rng.random() < 0.8 else TRADE.upper())
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    customer = rng.choice(PEOPLE)
    job = f"{CODES[k]}-J{rng.randrange(1000, 9999)}"
    if page == "advance":
        letterhead(p, k, j.to, ["ADVANCE RECEIPT", "ORDER ADVANCE RECEIPT"], sub=rng.choice(BILL_SUB))
        if not j.no_ref:
            rno = f"ADV/{j.year()}{rng.randrange(1, 999):03d}"
            p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        p.pair(rng.choice(["Job No.", "Order No."]), job)
        lines = bill_lines(rng)
        order = round(sum(v * (1 + g) for _, v, g in lines), 0)
        advance = float(whole(order * rng.uniform(0.3, 0.6), 100))
        j.amount = advance
        what = " and ".join(label.split(" - ")[0].split(" (")[0] for label, _, _ in lines[:2])
        p.add("left", f"Received with thanks from {customer} the sum of {words_in_rupees(advance)} as advance "
                      f"against order {job} for {what}.")
        p.add("small", rx_line(rng))
        p.add("rule")
        p.pair(rng.choice(["Order value", "Estimated order value"]), rs(order))
        p.pair("Cheque amount" if status == "failed" else rng.choice(["Advance received", "Amount received"]),
               rs(advance), amount=advance)
        p.pair(rng.choice(["Balance on delivery", "Balance payable"]), rs(order - advance))
        if not j.no_day:
            p.pair(rng.choice(["Expected delivery", "Ready by"]), j.other_day(rng, 2, 9))
        if way == "cheque":
            p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        else:
            p.pair(rng.choice(["Mode", "Received by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["HDFC", "ICIC", "SBIN"])
        word = "CHEQUE RETURNED - ORDER ON HOLD" if status == "failed" else rng.choice(["ADVANCE RECEIVED",
                                                                                       "RECEIVED WITH THANKS"])
        p.add("center", word, status=status)
        if status == "failed":
            p.pair("Return reason", rng.choice(["Funds insufficient", "Payment stopped by drawer"]))
            p.add("small", "Your order will be placed with the lab once the advance is paid again.")
        p.part = "foot"
        p.add("small", "Please bring this receipt at delivery. Advance is not refundable once lenses are cut.")
        right(p, f"For {TRADE}")
        seal(p, TRADE, "ORDER DESK", None if j.no_day or status != "success" else j.date,
             "CHEQUE RETURNED" if status == "failed" else "ADVANCE RECEIVED")
        return p.done()
    letterhead(p, k, j.to, ["TAX INVOICE CUM RECEIPT", "CASH MEMO", "INVOICE & RECEIPT"], sub=rng.choice(BILL_SUB))
    if not j.no_ref:
        ino = f"{CODES[k]}/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Bill No.", "Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Customer", "Patient", "Name"]), rng.choice(["", "Mr. ", "Ms. "]) + customer)
    p.pair("Mobile", f"{rng.choice('6789')}XXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Job No.", "Order No."]), job)
    p.add("small", rx_line(rng))
    p.add("rule")
    sub = tax = 0.0
    for label, value, rate in bill_lines(rng):
        wrap_pair(p, label, rs(value))
        sub += value
        tax += round(value * rate, 2)
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    p.pair("CGST", rs(round(tax / 2, 2)))
    p.pair("SGST", rs(round(tax / 2, 2)))
    gross = sub + round(tax / 2, 2) * 2
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Total", "Grand total", "Bill amount"]), rs(total))
    advance = float(whole(total * rng.uniform(0.3, 0.5), 100)) if rng.random() < 0.55 else 0.0
    if advance:
        tail = "" if j.no_ref or j.no_day else f" (Rcpt ADV/{fy(j.date)}/{rng.randrange(1, 999):03d} dt " \
                                                f"{j.other_day(rng, -8, -2)})"
        wrap_pair(p, f"Less: Advance received{tail}", rs(advance))
    net = round(total - advance, 2)
    j.amount = net
    if status == "pending":
        label = "Amount payable"
    else:
        label = rng.choice(["Balance received", "Balance paid"]) if advance else \
            rng.choice(["Amount received", "Received"])
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Mode", "Paid by", "Payment mode"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref and status == "success":
        rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB", "SBIN"])
    word = "UPI PAYMENT PENDING - AWAITING CONFIRMATION" if status == "pending" else \
        rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"])
    p.add("center", word, status=status)
    if status == "pending":
        p.add("small", "Spectacles will be handed over once the payment is confirmed.")
    p.part = "foot"
    p.add("small", rng.choice(["Goods once sold will not be taken back. Frame warranty 1 year. E. & O.E.",
                               "Lens power valid for 1 year. Please get your eyes tested every year."]))
    right(p, f"For {TRADE}")
    right(p, "Optometrist / Authorised signatory")
    seal(p, TRADE, TOWNS[k][0].upper(), None if j.no_day or status != "success" else j.date,
         "PAYMENT PENDING" if status == "pending" else "PAID")
    return p.done()


# ---------------------------------------------------------------- 5. lens labs' and frame distributors' bills


# the vendor, its kind, the way
SUPPLIERS = [("Clearview Rx Lens Lab Pvt Ltd", "lab", "NEFT"), ("Framecraft Eyewear Distributors", "frames", "UPI"),
             ("Optimax Surfacing Lab", "lab", "cash"), ("Vogue Line Optical Traders", "frames", "cheque"),
             ("Lenstec Ophthalmic Lab LLP", "lab", "UPI"), ("Eyeline Frames & Sunglasses", "frames", "IMPS"),
             ("Precision Lens Works", "lab", "NEFT"), ("Sightway Contact Lens Distributors", "contacts", "NEFT")]
SUPPLIER_SUBS = {"lab": "Prescription lens surfacing, coating & fitting lab",
                 "frames": "Authorised distributors - optical frames & sunglasses",
                 "contacts": "Contact lenses & solutions - wholesale"}
SUPPLIER_KINDS = {"lab": ["TAX INVOICE", "JOB WORK INVOICE", "LAB BILL"],
                  "frames": ["TAX INVOICE", "CREDIT BILL", "INVOICE CUM DELIVERY CHALLAN"],
                  "contacts": ["TAX INVOICE", "SALES INVOICE"]}
# item, quantity range, rate range, GST rate
SUPPLIER_ITEMS = {"lab": [("SV 1.56 HMC (pair)", (6, 30), (180, 320), 0.05),
                          ("SV 1.6 Blue cut (pair)", (4, 20), (420, 680), 0.05),
                          ("Progressive 1.6 freeform (pair)", (1, 6), (2400, 4200), 0.05),
                          ("Bifocal KT 1.56 (pair)", (2, 8), (380, 560), 0.05),
                          ("Fitting & edging charges", (8, 40), (40, 80), 0.18),
                          ("Tint / photochromic add-on", (1, 6), (150, 300), 0.18)],
                  "frames": [("Acetate frames (assorted) model AC-22", (6, 24), (420, 780), 0.05),
                             ("Metal full-rim frames MF-105", (6, 30), (320, 620), 0.05),
                             ("TR90 kids frames KD-7", (4, 20), (280, 460), 0.05),
                             ("Rimless supra frames RS-3", (4, 12), (520, 900), 0.05),
                             ("Polarised sunglasses SG-40", (3, 12), (650, 1100), 0.18),
                             ("Frame cases & cleaning cloths (sets)", (20, 60), (18, 35), 0.18)],
                  "contacts": [("Monthly disposable 6 pack", (10, 40), (680, 920), 0.05),
                               ("Daily disposable 30 pack", (6, 24), (780, 1050), 0.05),
                               ("Multipurpose solution 360 ml", (12, 48), (220, 310), 0.18),
                               ("Toric monthly 3 pack", (2, 10), (900, 1300), 0.05)]}


def supplier_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The lens labs' and frame and contact-lens distributors' paper (the vendor on top, the payee): TAX INVOICE /
    JOB WORK INVOICE / LAB BILL / CREDIT BILL / INVOICE CUM DELIVERY CHALLAN / SALES INVOICE: Invoice No. / Bill No.,
    Date / Invoice date, Buyer / Bill to / Consignee M/s the store, Store (its town), Job cards / Order ref (no id),
    the lines (SV 1.56 HMC (pair) n x rate, Acetate frames (assorted) n x rate, Monthly disposable 6 pack), Taxable
    value, CGST and SGST (2.5% on lenses and frames, 9% on fitting, sunglasses and solutions), Round off, Invoice total
    / Total / Net payable, Less: Cash discount @ 2% and Less: TDS u/s 194Q @ 0.1% on some, Amount received / Received
    (net of TDS) / Paid (the sum), the way and its reference, or Amount due with Payment attempted UPI - declined, or
    Cheque received with its number and bank; PAID / PAYMENT RECEIVED / RECEIVED WITH THANKS / UPI DECLINED - BILL
    UNPAID / CHEQUE DEPOSITED - AWAITING CLEARANCE."""
    k = place("supplier_bills")
    status = outcome(k, failed=(4,), pending=(3,))
    name, kind, way = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, town=k)
    to = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, (k + 3) % 8, to, SUPPLIER_KINDS[kind], sub=SUPPLIER_SUBS[kind])
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Invoice No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Buyer", "Bill to", "Consignee"]), f"M/s {rng.choice([TRADE, FIRM])}")
    p.pair("Store", f"{TOWNS[k][2]}, {TOWNS[k][0]}")
    if kind == "lab":
        p.pair(rng.choice(["Job cards", "Jobs"]), f"{CODES[k]}-J{rng.randrange(1000, 4999)} to "
                                                   f"{CODES[k]}-J{rng.randrange(5000, 9999)}")
    else:
        p.pair("Order ref", f"PO-{CODES[k]}-{rng.randrange(100, 999)}")
    p.add("rule")
    items = SUPPLIER_ITEMS[kind]
    picks = rng.sample(items, rng.randint(2, 4))
    sub = tax = 0.0
    for item, (qlo, qhi), (rlo, rhi), gst in picks:
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 5))
        line = qty * rate
        sub += line
        tax += line * gst
        wrap_pair(p, f"{item} {qty} x {rate:g}", rs(line))
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    half = round(tax / 2, 2)
    p.pair("CGST", rs(half))
    p.pair("SGST", rs(half))
    gross = sub + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Total", "Net payable"]), rs(total))
    net = total
    if status == "success" and way in ("cash", "UPI", "IMPS") and rng.random() < 0.5:
        disc = round(total * 0.02, 2)
        p.pair("Less: Cash discount @ 2%", rs(disc))
        net = round(net - disc, 2)
    tds = round(sub * 0.001, 2) if way in ("NEFT", "RTGS") and rng.random() < 0.7 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        net = round(net - tds, 2)
    j.amount = net
    if status == "success":
        label = rng.choice(["Received (net of TDS)", "Amount received (after TDS)"]) if tds else \
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
    word = {"success": rng.choice(["PAID", "PAYMENT RECEIVED", "RECEIVED WITH THANKS"]),
            "failed": "UPI DECLINED - BILL UNPAID", "pending": "CHEQUE DEPOSITED - AWAITING CLEARANCE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Goods once fitted will not be taken back. Remakes within 15 days only.",
                               "Subject to local jurisdiction. E. & O.E."]))
    p.add("pair", "Receiver's sign", "For the vendor")
    return p.done()


# ---------------------------------------------------------------- 6. the stores' rent


RENT_PAGES = ["receipt", "bank", "invoice", "receipt", "bank", "invoice", "bank", "receipt"]
RENT_WAYS = ["cheque", "NEFT", "NEFT", "IMPS", "IMPS", "RTGS", "NEFT", "UPI"]
LANDLORDS = ["Prakash Dhoble", "Lakshmi Narayanan", "Awadh Commercial Estates Pvt Ltd", "Kiran Mehta",
             "Brahmaputra Realty Pvt Ltd", "Jaspal Singh Bisht", "Sri Sai Ram Complexes LLP", "Ramesh Kumar Sahu"]
RENT_BANKS = {1: ("ICICI Bank Corporate Internet Banking", None, "web", "NEFT", "ICIC"),
              4: ("HDFC Bank SmartHub Vyapar", (0, 76, 143), "app", "IMPS", "HDFC"),
              6: ("Axis Bank Corporate Internet Banking", None, "web", "NEFT", "UTIB")}
RENT_URLS = {"ICICI Bank Corporate Internet Banking": "cibnext.icicibank.com/corp/fundtransfer/ack",
             "Axis Bank Corporate Internet Banking": "corporate.axisbank.co.in/payments/neft/status"}
COMPLEXES = ["Shriram Shyam Towers", "Kikani Centre", "Sahu Chambers", "Rajhans Plaza", "GS Road Arcade",
             "Astley Hall Complex", "Sri Durga Arcade", "Lalpur Market Complex"]


def rent_receipt(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A landlord's RENT RECEIPT for a store (paper): Receipt No. / No., Date, "Received from M/s <company>
    (<store>) the rent of the shop at <complex> for <month>" (no fact), Monthly rent, Less: TDS u/s 194-I(b) @ 10%
    on some, Net amount received / Amount received (the sum), the way and its reference, RECEIVED WITH THANKS,
    Landlord / Owner / Lessor (the payee; Shri / Smt. on some), PAN of landlord, the revenue stamp."""
    name = LANDLORDS[k]
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "SHOP RENT RECEIPT"]))
    p.add("small", "(Commercial premises - monthly rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"SR-{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.add("left", f"Received from M/s {FIRM} ({TRADE}) the rent of the shop at {COMPLEXES[k]}, {TOWNS[k][2]}, "
                  f"{TOWNS[k][0]}" + ("." if j.no_day else f" for {j.month()}."))
    p.add("rule")
    rent = whole(rng.uniform(35000, 180000), 500)
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    tds = round(rent * 0.10, 2) if rng.random() < 0.7 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194-I(b) @ 10%", "Less: TDS 194-I (10%)"]), rs(tds))
    net = round(rent - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount received", "Amount received"]) if tds else "Amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["Paid by", "Mode of payment"]), chq if j.no_day else f"{chq} dt {j.other_day(rng, -5, 0)}",
               method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode of payment"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    honour = "Smt." if name.split()[0] in ("Lakshmi",) else "Shri"
    shown = f"{honour} {name}" if rng.random() < 0.4 else name
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=name)
    p.pair("PAN of landlord", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def rent_invoice(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A landlord company's TAX INVOICE - RENT / RENT & MAINTENANCE INVOICE with the payment received (the landlord on
    top, the payee): Invoice No., Date, Tenant / Bill to M/s the company (the store), Premises, Carpet area, Rent for
    (no fact), Shop rent, Common area maintenance, Taxable value, CGST and SGST @ 9%, Invoice total, Less: TDS u/s
    194-I(b) @ 10%, Amount received / Net amount received (the sum), the way and its reference; PAYMENT RECEIVED /
    PAID."""
    name = LANDLORDS[k]
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, k, name, ["TAX INVOICE - RENT", "RENT & MAINTENANCE INVOICE"],
               sub="Commercial complexes - leasing & maintenance")
    if not j.no_ref:
        ino = f"{rng.choice(['RENT', 'INV'])}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Tenant", "Bill to"]), f"M/s {FIRM} ({TRADE})")
    wrap_pair(p, "Premises", f"Shop {rng.randrange(1, 40)}, {COMPLEXES[k]}, {TOWNS[k][2]}, {TOWNS[k][0]}")
    area = rng.randrange(4, 18) * 50
    p.pair("Carpet area", f"{area:,} sq ft")
    if not j.no_day:
        p.pair(rng.choice(["Rent for", "Rent period"]), j.month())
    p.add("rule")
    rent = float(whole(area * rng.uniform(90, 220), 100))
    cam = float(whole(area * rng.uniform(8, 20), 10))
    p.pair("Shop rent", rs(rent))
    p.pair("Common area maintenance", rs(cam))
    taxable = rent + cam
    p.pair("Taxable value", rs(taxable))
    half = round(taxable * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    total = round(taxable + 2 * half, 2)
    p.pair(rng.choice(["Invoice total", "Total amount"]), rs(total))
    tds = round(taxable * 0.10, 2)
    p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Amount received", "Net amount received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Received by", "Mode"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "SBIN", "UTIB"])
    p.add("center", rng.choice(["PAYMENT RECEIVED", "PAID"]), status="success")
    p.part = "foot"
    p.add("small", f"Subject to {TOWNS[k][0]} jurisdiction. TDS certificate (Form 16A) to be issued quarterly.")
    right(p, f"For {name}")
    right(p, "Authorised signatory")
    return p.done()


def store_rent(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The stores' rent: a landlord's rent receipt (three, ``rent_receipt``), a landlord company's rent invoice with
    the payment received (two, ``rent_invoice``), or the company's bank after the NEFT or IMPS to the landlord (ICICI
    Bank Corporate Internet Banking, HDFC Bank SmartHub Vyapar, Axis Bank Corporate Internet Banking; heldout124's
    page, the landlord under Beneficiary / Payee / Beneficiary name, the account and IFSC, the mode, UTR / IMPS Ref No
    and Bank Ref No. / Transaction ID on some, the day, the debit account, Remarks (Shop rent Mar-26 - Surat less TDS),
    Debit account name, Maker / Checker on the web pages); Transaction Successful / Funds transferred successfully /
    Transaction Failed / Returned by beneficiary bank / <mode> under process / Transaction in process."""
    k = place("store_rent")
    status = outcome(k, failed=(1,), pending=(4,))
    frame, way = RENT_PAGES[k], RENT_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=30000, high=240000, p_round=0.6, town=k)
    if frame == "receipt":
        return rent_receipt(rng, font, k, j, way)
    if frame == "invoice":
        return rent_invoice(rng, font, k, j, way)
    row = RENT_BANKS[k]
    j.to = LANDLORDS[k].upper() if rng.random() < 0.35 else LANDLORDS[k]
    p, _ = transfer_ack(rng, font, k, row, status, j, url=RENT_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay vendor / landlord", payee_labels=["Beneficiary", "Payee", "Beneficiary name"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Txn Ref No.", "Transaction ID"],
                  txn_label="Transaction ID")
    note = rng.choice(["Shop rent less TDS", "Rent - store", "Shop rent & maintenance"])
    if not j.no_day and rng.random() < 0.5:
        note = f"Shop rent {when(j.date, '%b-%y')} - {TOWNS[k][0]} less TDS"
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if row[2] == "web":
        wrap_pair(p, "Debit account name", FIRM)
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["accts.exec", "store_ops2", "fin.payables"]))
        p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["director.fin", "cfo_approver", "md.nayantara"]))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 7. electricity and broadband


# the board in a town: long name, short name, its number's label and length
POWER = {0: ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "Consumer No.", 12),
         2: ("Madhyanchal Vidyut Vitran Nigam Ltd", "MVVNL (UPPCL)", "Account No.", 10),
         3: ("Dakshin Gujarat Vij Company Ltd", "DGVCL", "Consumer No.", 11),
         5: ("Uttarakhand Power Corporation Ltd", "UPCL", "Service Connection No.", 12),
         7: ("Jharkhand Bijli Vitran Nigam Ltd", "JBVNL", "Consumer No.", 10)}
# the app or net banking (band), its frame, the way
POWER_APPS = {0: ("PhonePe", (95, 37, 159), "phone", "UPI"),
              2: ("Kotak Mahindra Bank - Business", None, "browser", "netbanking"),
              3: ("Paytm", (0, 46, 110), "phone", "wallet"),
              5: ("Google Pay", None, "phone", "UPI"),
              7: ("Amazon Pay", (35, 47, 62), "phone", "card")}
# the broadband provider: name, frame, url, company line, the way
ISPS = {1: ("ACT Fibernet", "browser", "selfcare.actcorp.in/payments/receipt", "Atria Convergence Technologies Ltd",
            "card"),
        4: ("Airtel Xstream Fiber", "phone", None, "Bharti Airtel Ltd", "UPI"),
        6: ("JioFiber", "mail", None, "Reliance Jio Infocomm Ltd", "netbanking")}
ISP_PLANS = ["Business 150 Mbps - monthly", "Fibre 300 Mbps + landline", "Business 100 Mbps - quarterly",
             "Xstream 200 Mbps + OTT"]


def isp_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A broadband provider's receipt for a store's line (ACT Fibernet in a browser, Airtel Xstream Fiber's app,
    JioFiber's e-mail): the provider on top (the payee) and its company line, Payment successful / Payment received /
    Thank you for your payment, Account name / Customer name, Account No. / Customer ID / Service ID, Plan, Invoice No.
    (the bill's, no id), Bill period (no fact), Amount paid or the sum large, Payment mode, Receipt No., Transaction
    ID, Bank Ref No. / Auth code / UPI Ref No., Payment date / Paid on, Payment status."""
    name, frame, url, company, way = ISPS[k]
    j.amount = float(rng.choice([1179, 1415, 1769, 2359, 3539, 4719]))
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "phone":
        p = phone_page(rng, font, k, ["", "Pay bill", "Payment status"])
        rs = money(rng, font, 0.5)
    else:
        p = mail_page(rng, font, f"{name} <noreply@jio.com>", ["Thank you for your payment",
                                                               "Payment received for your JioFiber account"])
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", company)
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Payment successful", "Payment received", "Thank you for your payment"]})
    if frame == "phone":
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Account name", "Customer name"]), rng.choice([FIRM, f"{TRADE} {TOWNS[k][0]}"]))
    p.pair(rng.choice(["Account No.", "Customer ID", "Service ID"]), digits(rng, rng.choice([9, 10, 12])))
    wrap_pair(p, "Plan", rng.choice(ISP_PLANS))
    if not j.no_ref:
        p.pair("Invoice No.", f"{code(rng, 2, UPPER)}{digits(rng, 9)}")
    if not j.no_day:
        start = j.date.replace(day=1)
        p.pair("Bill period", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=27), '%d %b %Y')}")
    if frame != "phone":
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
    vpa = f"nayantara{CODES[k].lower()}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}"
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
                               "For any query, call the customer care."]))
    return p.done()


def power_internet(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A store's electricity through Bharat Connect (PhonePe, Paytm, Google Pay, Amazon Pay on a phone, Kotak's
    business net banking's bill payment receipt in a browser; the outcome and the sum large on a phone): Biller name /
    Electricity board / Billed by the board (MSEDCL, MVVNL (UPPCL), DGVCL, UPCL, JBVNL or its long name; the payee),
    Consumer No. / Account No. / Service Connection No., Consumer name the company in capitals, Tariff, Connected
    load, Units consumed, Bill month and Due date (no fact), Bill amount, Prompt payment rebate and Amount paid on
    some, Paid using / Payment mode (UPI, a current account, a credit card, Paytm Wallet), B-Connect Txn ID / Bharat
    Connect Txn Ref / BBPS Txn ID, UPI Ref No., Order ID / Transaction ID, Paid on / Payment date / Attempted on /
    Initiated on; Bill payment done / Paid to biller / Bill paid successfully / Bill payment failed / Payment could
    not be completed / Bill payment pending / Biller confirmation pending; or the broadband provider's own receipt
    (three, ``isp_receipt``)."""
    k = place("power_internet")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=2500, high=38000, p_round=0.3, town=k)
    if k in ISPS:
        return isp_receipt(rng, font, k, j)
    long, short, number, size = POWER[k]
    app, band, frame, way = POWER_APPS[k]
    bill = j.amount
    rebate = round(bill * 0.01, 2) if status == "success" and rng.random() < 0.5 else 0.0
    j.amount = round(bill - rebate, 2)
    words = {"success": ["Bill payment done", "Paid to biller", "Bill paid successfully"],
             "failed": ["Bill payment failed", "Payment could not be completed"],
             "pending": ["Bill payment pending", "Biller confirmation pending"]}
    if frame == "browser":
        p = browser_page(rng, font, "netbanking.kotak.com/business/billpay/receipt")
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
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Recharge & pay bills"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Electricity board {long}     ") else short
    wrap_pair(p, rng.choice(["Biller name", "Electricity board", "Billed by"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), FIRM.upper())
    p.pair("Tariff", rng.choice(["LT-II Commercial", "LMV-2 Non-domestic", "NRGP - Non-residential"]))
    p.pair("Connected load", f"{rng.randrange(3, 25)} kW")
    p.pair("Units consumed", f"{rng.randrange(300, 4200):,} kWh")
    if not j.no_day:
        p.pair(rng.choice(["Bill month", "Billing month"]), j.month(1))
        p.pair("Due date", j.other_day(rng, 2, 14))
    if rebate:
        p.pair("Bill amount", rs(bill))
        p.pair("Prompt payment rebate", f"-{rs(rebate)}")
        p.pair("Amount paid", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "netbanking": f"Current A/c {masked(rng, font)}", "card": f"Credit card {masked(rng, font)}",
            "wallet": "Paytm Wallet"}[way], method=way)
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


# ---------------------------------------------------------------- 8. the store software


# product, its site, frame, company line, the way, the currency
SAAS = [("Shopify", "shopify.com", "mail", "Shopify Inc.", "card", "USD"),
        ("GoFrugal", "gofrugal.com", "browser", "GoFrugal Technologies Pvt Ltd", "netbanking", "INR"),
        ("Tally Prime", "tallysolutions.com", "mail", "Tally Solutions Pvt Ltd", "card", "INR"),
        ("Canva", "canva.com", "phone", "Canva Pty Ltd", "UPI", "INR"),
        ("Zapier", "zapier.com", "browser", "Zapier Inc.", "card", "USD"),
        ("Microsoft 365", "microsoft.com", "mail", "Microsoft Corporation (India) Pvt Ltd", "card", "INR"),
        ("Interakt", "interakt.shop", "browser", "Jasper Ecommerce Pvt Ltd", "netbanking", "INR"),
        ("Zoho Books", "zoho.in", "phone", "Zoho Corporation Pvt Ltd", "UPI", "INR")]
# the plan, its lines (label, quantity, rate), days to the next charge
SAAS_PLANS = {"Shopify": ("Basic (monthly)", [("Basic plan", 1, 39.0), ("Product reviews app", 1, 9.99)], 30),
              "GoFrugal": ("Optical retail POS - 8 stores (annual)", [("Store licences", 8, 9000.0),
                                                                      ("HQ module", 1, 12000.0)], 365),
              "Tally Prime": ("TSS renewal - Gold (multi-user)", [("TallyPrime Gold - TSS 1 year", 1, 6750.0)], 365),
              "Canva": ("Canva Teams (annual)", [("Canva Teams - 3 people", 1, 7999.0)], 365),
              "Zapier": ("Professional (monthly)", [("Professional - 2K tasks", 1, 49.0)], 30),
              "Microsoft 365": ("Business Basic (annual)", [("Users", 10, 145.0)], 30),
              "Interakt": ("WhatsApp Growth (quarterly)", [("Growth plan", 1, 6897.0), ("Conversation credits", 1,
                                                                                       2500.0)], 90),
              "Zoho Books": ("Professional - annual", [("Professional plan (annual)", 1, 17880.0),
                                                        ("Additional users", 2, 1800.0)], 365)}
TAGLINES = {"Shopify": "Commerce platform", "GoFrugal": "Retail ERP & POS", "Canva": "Design for everyone",
            "Zapier": "Automation for every business", "Interakt": "WhatsApp marketing for businesses"}


def store_software(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's software (Shopify and Zapier in US dollars; GoFrugal's optical POS, Tally Prime's TSS renewal,
    Canva, Microsoft 365, Interakt, Zoho Books in rupees; the vendor's e-mail, its billing page in a browser or an
    app's result screen): the product on top (the payee) and its tagline or company line, Payment receipt / Invoice
    paid / Billing - transaction details / Receipt / Payment status, Bill to / Account / Customer the company, GSTIN,
    Account ID / Customer ID / Store ID (no id), Plan, Billing period (no fact), the lines (Store licences 8 x 9,000,
    Users 10 x 145), Subtotal, IGST @ 18% / GST @ 18% or Tax 0.00 with the reverse-charge note, Amount paid / Total
    charged / Total / Amount due or the sum large, Payment method / Paid with, Invoice # / Invoice No., Payment ID /
    Transaction ID, Bank Ref No., Auth code, UPI Ref No, Charged on / Payment date / Paid on / Attempted on /
    Initiated on, Next charge on (no fact); Paid / Payment successful / Charge failed - card declined / Payment
    processing - awaiting bank confirmation."""
    k = place("store_software")
    status = outcome(k, failed=(4,), pending=(7,))
    name, site, frame, company, way, cur = SAAS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, town=k)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Billing", "Payment status"])
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <{rng.choice(['billing', 'invoices', 'no-reply'])}@{site}>",
                      [f"Your {name} receipt", "Payment received - thank you", "Invoice paid"])
    else:
        p = browser_page(rng, font, f"{rng.choice(['app', 'my', 'admin'])}.{site}/"
                                    f"{rng.choice(['billing', 'settings/billing', 'subscription/invoices'])}")
    if cur == "USD":
        mark = rng.choice(["$", "US$ ", "USD "])

        def show(value: float) -> str:
            return f"{mark}{value:,.2f}"
    else:
        show = rs
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
    wrap_pair(p, rng.choice(["Bill to", "Account", "Customer"]), FIRM)
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[0][4]))
    p.pair(rng.choice(["Account ID", "Customer ID", "Store ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
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
        p.pair("Tax", show(0.0))
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
    vpa = f"{SLUG[:9]}@{rng.choice(['okhdfcbank', 'ybl', 'icici', 'oksbi'])}"
    p.pair(rng.choice(["Payment method", "Paid with"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}", "UPI": f"UPI AutoPay ({vpa})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        if status == "success":
            inv = f"{code(rng, 4, UPPER)}-{rng.randrange(1000, 9999)}" if cur != "INR" else \
                f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            labelled(p, rng.choice(["Invoice #", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
        pid = f"ch_{code(rng, 16, MIXED)}" if cur != "INR" else \
            rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
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


# ---------------------------------------------------------------- 9. couriers


# the courier on top, its frame, the way
COURIERS = [("Blue Dart", "mail", "card"), ("DTDC", "paper", "cash"), ("Shiprocket", "browser", "UPI"),
            ("India Post", "paper", "UPI"), ("Delhivery", "paper", "UPI"), ("Professional Couriers", "paper", "cash"),
            ("Porter", "phone", "UPI"), ("Shree Maruti Courier", "paper", "card")]
COURIER_SUBS = {"Blue Dart": "Blue Dart Express Ltd", "DTDC": "DTDC Express Ltd - franchise counter",
                "India Post": "Department of Posts, Government of India", "Delhivery": "Delhivery Ltd - booking point",
                "Professional Couriers": "The Professional Couriers - franchisee",
                "Shree Maruti Courier": "Shree Maruti Courier Services Pvt Ltd", "Shiprocket": "BigFoot Retail "
                "Solutions Pvt Ltd", "Porter": "SmartShift Logistics Solutions Pvt Ltd"}
DESTS = ["Mumbai", "Chennai", "Hyderabad", "Ahmedabad", "Kolkata", "Delhi", "Bengaluru", "Pune"]
PARCELS = ["Spectacles for fitting - to lab", "Frames (returns) to distributor", "Finished spectacles to customer",
           "Contact lenses - store transfer", "Lens remake job to lab"]


def courier_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The couriers the stores send frames and jobs with (the courier on top, the payee): the counters' CASH RECEIPT
    / BOOKING RECEIPT / CONSIGNMENT NOTE CUM RECEIPT (DTDC, India Post's Speed Post, Delhivery, Professional Couriers,
    Shree Maruti: Receipt No. / Booking No., Date, Sender / Consignor the store, Consignee and its town, AWB No. /
    Consignment No. / Article No. (no id), Contents, Weight, Freight / Postage, Fuel surcharge, Insurance (FOV),
    GST, Total / Amount paid (the sum), the way and its reference), Blue Dart's invoice-paid e-mail, Shiprocket's
    wallet recharge page in a browser (Recharge amount, Wallet balance after (no fact), Transaction ID, UPI Ref No.)
    and Porter's trip payment screen (the sum large, Trip ID (no id), Pickup / Drop); PAID / BOOKED - PAID / Payment
    successful / Recharge successful / Recharge failed / Payment pending."""
    k = place("courier_bills")
    status = outcome(k, failed=(2,), pending=(6,))
    name, frame, way = COURIERS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, town=k)
    to = name.upper() if rng.random() < 0.2 else name
    sender = rng.choice([TRADE, f"{TRADE} - {TOWNS[k][2]}", FIRM])
    if frame == "paper":
        p = paper_page(rng, font, [600, 640, 680])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", COURIER_SUBS[name])
        p.add("small", f"{TOWNS[k][2]}, {TOWNS[k][0]} - {TOWNS[k][1]}")
        p.add("center", rng.choice(["CASH RECEIPT", "BOOKING RECEIPT", "CONSIGNMENT NOTE CUM RECEIPT"])
              if name != "India Post" else rng.choice(["SPEED POST - BOOKING RECEIPT", "Customer Receipt"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"{code(rng, 2, UPPER)}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No.", "Booking No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair(rng.choice(["Date", "Booked on"]), f"{j.day(rng)} {hhmm(rng)}", date=j.date)
        awb = f"E{code(rng, 1, UPPER)}{digits(rng, 9)}IN" if name == "India Post" else digits(rng, rng.choice([9, 11, 12]))
        p.pair(rng.choice(["AWB No.", "Consignment No."]) if name != "India Post" else "Article No.", awb)
        wrap_pair(p, rng.choice(["Sender", "Consignor"]), sender)
        wrap_pair(p, "Consignee", f"{rng.choice(SUPPLIERS)[0].split(' Pvt')[0]}, {rng.choice(DESTS)}")
        p.pair("Contents", rng.choice(PARCELS))
        grams = rng.choice([250, 500, 750, 1000, 1500, 2500])
        p.pair("Weight", f"{grams} g" if grams < 1000 else f"{grams / 1000:g} kg")
        freight = float(rng.randrange(6, 60) * 10)
        rows = [(rng.choice(["Freight", "Postage"]) if name == "India Post" else "Freight", freight)]
        if name != "India Post":
            rows.append(("Fuel surcharge", round(freight * 0.15, 2)))
        if rng.random() < 0.4:
            rows.append(("Insurance (FOV)", float(rng.choice([50, 100, 150]))))
        base = sum(v for _, v in rows)
        rows.append(("GST @ 18%", round(base * 0.18, 2)))
        for label, value in rows:
            p.pair(label, rs(value))
        gross = sum(v for _, v in rows)
        total = float(round(gross))
        if abs(total - gross) > 0.001:
            p.pair("Round off", f"{total - gross:+.2f}")
        j.amount = total
        p.pair(rng.choice(["Total", "Amount paid", "Total amount"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN"])
        p.add("center", rng.choice(["PAID", "BOOKED - PAID"]), status="success")
        p.part = "foot"
        p.add("small", rng.choice(["Track your shipment with the AWB number on our website.",
                                   "Liability limited as per the terms overleaf."]))
        return p.done()
    words = {"success": ["Payment successful", "Recharge successful", "Paid"], "failed": ["Recharge failed"],
             "pending": ["Payment pending"]}
    if frame == "mail":
        p = mail_page(rng, font, "Blue Dart Billing <billing@bluedart.com>", ["Payment received - thank you",
                                                                            "Your invoice is paid"])
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, "app.shiprocket.in/billing/wallet/recharge")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Trip details", "Payment"])
        rs = money(rng, font, 0.5)
    p.part = "head"
    if frame == "phone":
        banded = not p.style["h106"]["dark"]
        if banded:
            p.style["band"], p.style["band_ink"] = (30, 80, 200), (255, 255, 255)
        p.add("title", to, merchant=to)
        p.add("small", rng.choice(["Trip payment", "Porter for Enterprise"]))
        if banded:
            p.add("gap")
    else:
        top(p, to, merchant=to)
        p.add("small", COURIER_SUBS[name])
        p.add("center", "Wallet recharge" if frame == "browser" else "Payment receipt")
        p.add("rule")
    p.part = "body"
    outcome_row(p, status, words if frame != "mail" else {"success": ["Payment received", "Paid"]})
    if frame == "browser":
        amount = float(rng.choice([2000, 5000, 10000, 15000, 25000]))
        j.amount = amount
        p.add("big", rs(amount), amount=amount)
        wrap_pair(p, rng.choice(["Company", "Account"]), FIRM)
        p.pair(rng.choice(["Seller ID", "Company ID"]), digits(rng, 7))
        p.pair("Recharge amount", rs(amount))
        if status == "success":
            p.pair("Wallet balance after", rs(amount + float(rng.randrange(0, 400000)) / 100))
        p.pair(rng.choice(["Payment method", "Paid via"]), "UPI", method="UPI")
        if not j.no_ref:
            tid = f"SR{digits(rng, 12)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            labelled(p, "Attempted on" if status == "failed" else "Recharged on", stamp(rng, j.date, PATS),
                     date=j.date)
        if status == "failed":
            p.add("small", rng.choice(REFUND))
    elif frame == "phone":
        fare = float(rng.randrange(9, 60) * 10)
        j.amount = fare
        p.add("big", rs(fare), amount=fare)
        p.pair("Trip ID", f"CRN{digits(rng, 10)}")
        wrap_pair(p, "Pickup", f"{TRADE}, {TOWNS[k][2]}")
        wrap_pair(p, "Drop", f"{rng.choice(['Sector 12', 'Benz Circle', 'Gandhi Nagar', 'Civil Lines'])}, "
                             f"{TOWNS[k][0]}")
        p.pair("Vehicle", rng.choice(["2 Wheeler", "3 Wheeler"]))
        p.pair("Paid via", "UPI", method="UPI")
        if not j.no_ref:
            oid = f"PTR{digits(rng, 11)}"
            labelled(p, rng.choice(["Payment ID", "Transaction ID"]), oid, txn=(TXN_RANK, oid))
        if not j.no_ref and status == "success":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, "Initiated on" if status == "pending" else "Paid on", stamp(rng, j.date, PATS), date=j.date)
        if status == "pending":
            p.add("small", rng.choice(WAIT))
    else:
        amount = float(whole(rng.uniform(2200, 18000), 1))
        j.amount = amount
        wrap_pair(p, rng.choice(["Customer", "Account name"]), FIRM)
        p.pair("Customer code", f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
        if not j.no_ref:
            p.pair("Invoice No.", f"BD{digits(rng, 10)}")
        if not j.no_day:
            p.pair("Invoice period", f"{j.month(1)}")
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(amount), amount=amount)
        p.pair("Payment mode", f"{rng.choice(['Visa', 'Mastercard'])} credit card {masked(rng, font)}", method="card")
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, MIXED)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if not j.no_day:
            labelled(p, rng.choice(["Payment date", "Paid on"]), stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", rng.choice(["This is a system generated receipt.", "Thank you for shipping with us."]))
    return p.done()


# ---------------------------------------------------------------- 10. staff reimbursements


# frame, the way
CLAIM_PAGES = [("paper", "cash"), ("zoho", "IMPS"), ("bankapp", "IMPS"), ("paper", "UPI"), ("payout", "IMPS"),
               ("paper", "cash"), ("bankweb", "NEFT"), ("zoho", "NEFT")]
CLAIM_BANKS = {2: ("Kotak Biz", (237, 28, 36), "app", "IMPS", "KKBK"),
               6: ("ICICI Bank Corporate Internet Banking", None, "web", "NEFT", "ICIC")}
ROLES = ["Optometrist", "Sales associate", "Store manager", "Optical fitter", "Area manager"]
EXPENSES = [("Conveyance - home delivery of spectacles ({n} trips)", (120, 90)),
            ("Auto fare - frames to lab and back", (180, 60)), ("Eye camp at {place} - refreshments", (1800, 900)),
            ("Eye camp - banner & printing", (1200, 600)), ("Bus fare - training at {town}", (900, 700)),
            ("Mobile recharge (store phone)", (399, 0)), ("Courier to lab paid in cash", (160, 90)),
            ("Tea & snacks - stock audit", (450, 250)), ("Stationery - job cards & bags", (650, 300))]
CAMPS = ["Govt school", "Rotary Club", "Senior citizens' home", "Tata Motors plant", "housing society"]


def expense_lines(rng: random.Random, k: int) -> list[tuple[str, float]]:
    rows = []
    for label, (base, spread) in rng.sample(EXPENSES, rng.randint(2, 4)):
        text = label.format(n=rng.randint(2, 6), place=rng.choice(CAMPS), town=TOWNS[(k + 1) % 8][0])
        rows.append((text, float(whole(base + rng.uniform(0, spread), 10))))
    return rows


def staff_claims(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company reimbursing its staff (the employee is the payee): a store's EXPENSE REIMBURSEMENT VOUCHER / PETTY
    CASH VOUCHER / CONVEYANCE REIMBURSEMENT (three: the store on top, the payer; Voucher No., Date, Paid to / Payee /
    Employee the employee, Emp. code, Designation, the expenses, Total claimed, Less: Advance given on some, Net paid /
    Amount paid, the way; PAID / REIMBURSED), Zoho Expense's reimbursement page in a browser (two: Report (ER-...),
    Reimbursed to / Employee / Submitted by, Employee ID, the expenses, Total reimbursable, Less: Advance applied,
    Amount reimbursed, Paid through, Reference No. (UTR) / IMPS Ref No., Reimbursed on; Reimbursed / Reimbursement
    in process), RazorpayX's payout page (one: the sum large, Contact / Beneficiary, Fund account, Mode, Purpose
    reimbursement, Payout ID (pout_...), UTR, Created on / Reversed on; Processed / Reversed - beneficiary bank
    rejected) or the company's bank after the IMPS or NEFT (two: Kotak Biz, ICICI Bank Corporate Internet Banking;
    heldout124's page, the employee under Beneficiary / Payee / Paid to, Remarks (Expense reimbursement - <month>))."""
    k = place("staff_claims")
    status = outcome(k, failed=(4,), pending=(7,))
    frame, way = CLAIM_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    person = STAFF[k]
    j.to = person.upper() if rng.random() < 0.2 else person
    rows = expense_lines(rng, k)
    claimed = sum(v for _, v in rows)
    advance = float(whole(claimed * rng.uniform(0.2, 0.5), 100)) if rng.random() < 0.35 else 0.0
    net = round(claimed - advance, 2)
    j.amount = net
    if frame == "paper":
        p = paper_page(rng, font, [640, 680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, f"{TRADE} - {TOWNS[k][2]}" if rng.random() < 0.5 else TRADE,
                   ["EXPENSE REIMBURSEMENT VOUCHER", "PETTY CASH VOUCHER", "CONVEYANCE REIMBURSEMENT"],
                   sub=FIRM, merchant=False)
        if not j.no_ref:
            vno = f"PCV/{CODES[k]}/{j.year()}{rng.randrange(1, 400):03d}"
            p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Paid to", "Payee", "Employee"]), j.to, merchant=j.to)
        p.pair(rng.choice(["Emp. code", "Employee code"]), f"NEC{rng.randrange(100, 999)}")
        p.pair("Designation", rng.choice(ROLES))
        p.add("rule")
        for label, value in rows:
            wrap_pair(p, label, rs(value))
        p.add("rule")
        p.pair("Total claimed", rs(claimed))
        if advance:
            p.pair("Less: Advance given", rs(advance))
        p.pair(rng.choice(["Net paid", "Amount paid"]), rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC"])
        p.add("center", rng.choice(["PAID", "REIMBURSED"]), status="success")
        p.part = "foot"
        p.add("small", "Bills attached. Approved by the store manager.")
        p.add("pair", "Receiver's signature", "Authorised by")
        return p.done()
    if frame == "zoho":
        p = browser_page(rng, font, f"expense.zoho.in/app#/reports/{digits(rng, 18)}")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Zoho Expense")
        p.add("small", f"{FIRM}  |  Reimbursements")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Reimbursed"], "pending": ["Reimbursement in process"]})
        p.pair("Report", f"ER-{rng.randrange(100, 9999):05d}")
        wrap_pair(p, rng.choice(["Reimbursed to", "Employee", "Submitted by"]), j.to, merchant=j.to)
        p.pair("Employee ID", f"NEC{rng.randrange(100, 999)}")
        wrap_pair(p, "Store", f"{TRADE} - {TOWNS[k][2]}, {TOWNS[k][0]}")
        for label, value in rows:
            wrap_pair(p, label, rs(value))
        p.pair("Total reimbursable", rs(claimed))
        if advance:
            p.pair("Less: Advance applied", rs(advance))
        p.pair(rng.choice(["Amount reimbursed", "Net reimbursement"]) if status == "success" else
               "Amount to reimburse", rs(net), amount=net)
        p.pair("Paid through", f"Bank transfer ({way})", method="netbanking")
        if not j.no_ref:
            rno = f"RMB-{rng.randrange(1, 9999):05d}"
            p.pair(rng.choice(["Reimbursement #", "Payment #"]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_ref and status == "success":
            if way == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "ICIC"]), rng, j.date)
                p.pair(rng.choice(["Reference No. (UTR)", "UTR"]), ref, txn=(UTR_RANK, ref))
            else:
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, "Reimbursed on" if status == "success" else "Initiated on", stamp(rng, j.date, PATS),
                     date=j.date)
        if status == "pending":
            p.add("small", "The bank transfer has been initiated. Credit usually reaches the employee in a day.")
        p.part = "foot"
        p.add("small", "Policy: Store expenses v3 - approvals by the area manager.")
        return p.done()
    if frame == "payout":
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{FIRM}  |  Current account")
        p.add("center", "Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed"], "failed": ["Reversed - beneficiary bank rejected"]})
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary"]), j.to, merchant=j.to)
        p.pair("Fund account", f"A/c XXXXXX{digits(rng, 4)} / {ifsc(rng)}")
        p.pair("Mode", way, method="netbanking")
        p.pair("Purpose", "reimbursement")
        wrap_pair(p, "Narration", "Expense claim - store")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}"
            labelled(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                labelled(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, "Processed on" if status == "success" else "Reversed on", stamp(rng, j.date, PATS),
                     date=j.date)
        if status == "failed":
            p.add("small", "The amount has been returned to your RazorpayX balance.")
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX current account.")
        return p.done()
    row = CLAIM_BANKS[k]
    p, _ = transfer_ack(rng, font, k, row, status, j, url="infinity.icicibank.com/corp/neft/ack"
                        if row[2] == "web" else None, widths=[700, 740], third_head="Pay employee",
                        payee_labels=["Beneficiary", "Payee", "Paid to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Transaction ID"], txn_label="Transaction ID")
    note = "Expense reimbursement" if j.no_day else f"Expense reimbursement - {when(j.date, '%b %Y')}"
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if row[2] == "web":
        wrap_pair(p, "Debit account name", FIRM)
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["hr.payroll", "accts.exec"]))
    if status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 11. refunds to customers


# frame, the way
REFUND_PAGES = [("paper", "cash"), ("gateway", "card"), ("mail", "UPI"), ("gateway", "UPI"), ("app", "IMPS"),
                ("paper", "UPI"), ("mail", "NEFT"), ("gateway", "card")]
GATEWAYS = {1: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
            3: ("PayU", "onboarding.payu.in/app/refunds"),
            7: ("Razorpay", "dashboard.razorpay.com/app/refunds")}
REASONS = ["Order cancelled - frame out of stock", "Lens remake not possible - refund", "Contact lenses returned "
           "unopened", "Excess advance collected", "Progressive lenses not adapted - refund as per policy",
           "Duplicate payment"]


def customer_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store refunding a customer (the customer is the payee): its REFUND VOUCHER / ADVANCE REFUND VOUCHER (two,
    the store on top, the payer: Voucher No., Date, Refund to / Customer / Payee, Against (the advance receipt and its
    day; no fact), Reason, Advance received / Amount paid by customer, Less: Lens cutting charges / Cancellation
    charges on some, Net refund / Amount refunded (the sum), the way; REFUNDED / REFUND PAID), its gateway's refund
    page for an online order (three: Razorpay, PayU; the company | Live under it, Refund details, the refund large,
    Customer / Refunded to, Order, Payment amount (no fact), Refund type, Refund to Source - card / UPI, Refund ID,
    ARN / RRN, the original Payment ID (no id), Processed on / Refunded on / Initiated on; Refund processed / Refunded /
    Refund in progress), its e-mail to the customer (two: Refunded to, Order No., Amount refunded, Mode, To account /
    To UPI ID, UTR / UPI Ref No., Refunded on, Status Refund processed) or its bank app after the IMPS (one: Kotak Biz;
    Paid to / Beneficiary, Remarks, IMPS Ref No and Transaction ID, Attempted on; Transfer failed - beneficiary
    account closed)."""
    k = place("customer_refunds")
    status = outcome(k, failed=(4,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, town=k)
    client = rng.choice(PEOPLE)
    client = client.upper() if rng.random() < 0.2 else client
    j.to = client
    paid = float(whole(rng.uniform(1200, 24000), 10))
    charge = float(whole(paid * rng.choice([0.0, 0.0, 0.1, 0.2]), 10))
    refund = round(paid - charge, 2)
    j.amount = refund
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{FIRM}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund processed", "Refunded"], "pending": ["Refund in progress"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), client, merchant=client)
        p.pair("Order", f"Online order #{rng.randrange(10000, 99999)}")
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        p.pair("Refund type", "Full" if not charge else "Partial")
        p.pair("Refund to", {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}" if gw == "Razorpay" else f"{digits(rng, 11)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "RRN", arn, txn=(UTR_RANK, arn))
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else digits(rng, 10))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Processed on", "Refunded on"]), "pending": "Initiated on"}[status],
                     stamp(rng, j.date, PATS), date=j.date)
        if status == "pending":
            p.add("small", "Refunds reach the customer's account in 5-7 working days.")
        p.part = "foot"
        p.add("small", "Refunds cannot be cancelled once initiated.")
        return p.done()
    reason = rng.choice(REASONS)
    if frame == "paper":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, TRADE, ["REFUND VOUCHER", "ADVANCE REFUND VOUCHER"], sub=rng.choice(BILL_SUB),
                   merchant=False)
        if not j.no_ref:
            vno = f"RF/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair(rng.choice(["Voucher No.", "Refund voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Customer", "Payee"]), client, merchant=client)
        if not j.no_ref and not j.no_day:
            p.pair("Against", f"ADV/{fy(j.date)}/{rng.randrange(1, 999):03d} dt {j.other_day(rng, -20, -2)}")
        wrap_pair(p, "Reason", reason)
        p.add("rule")
        p.pair(rng.choice(["Advance received", "Amount paid by customer"]), rs(paid))
        if charge:
            p.pair(rng.choice(["Less: Lens cutting charges", "Less: Cancellation charges"]), rs(charge))
        p.pair(rng.choice(["Net refund", "Amount refunded"]), rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC"])
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement.")
        p.add("pair", "Customer's signature", "For the store")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, f"{TRADE} <care@{SLUG}.in>", ["Your refund has been processed", "Refund update"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, TRADE)
        p.add("small", rng.choice(BILL_SUB))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {client.split()[0].title()}, we have refunded your payment as below.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
        p.pair("Order No.", f"{CODES[k]}-J{rng.randrange(1000, 9999)}")
        wrap_pair(p, "Reason", reason)
        p.pair("Amount paid", rs(paid))
        if charge:
            p.pair("Less: Cancellation charges", rs(charge))
        p.pair("Amount refunded", rs(refund), amount=refund)
        p.pair("Mode", way, method=method_of(way))
        p.pair("To account" if way != "UPI" else "To UPI ID", f"XXXXXX{digits(rng, 4)}" if way != "UPI" else
               f"{client.split()[0].lower()}{rng.randrange(10, 99)}@okaxis")
        if not j.no_ref:
            if way == "NEFT" and j.no_day:
                ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Reference", ref, txn=(BANK_RANK, ref))
            elif way == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "ICIC"]), rng, j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", f"We're sorry it didn't work out. Visit {TRADE} again for a free eye test.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details"])
    head(p, "Kotak Biz", (237, 28, 36), p.style["h106"]["dark"], ["Pay vendors & others", "IMPS transfer"])
    rs = money(rng, font, 0.5)
    p.part = "body"
    outcome_row(p, status, {"success": ["Transfer successful", "Money sent"],
                            "failed": ["Transfer failed - beneficiary account closed"]})
    p.add("big", rs(refund), amount=refund)
    wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), client, merchant=client)
    p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.pair("Mode", way, method=method_of(way))
    wrap_pair(p, "Remarks", rng.choice(["Customer refund - order cancelled", "Advance refund", "Refund - lens"]))
    if not j.no_ref:
        labelled(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": "Date & Time", "failed": "Attempted on"}[status], stamp(rng, j.date, PATS),
                 date=j.date)
    p.pair("Debited from", f"Current A/c {masked(rng, font)}")
    if status == "failed":
        p.add("small", "The beneficiary's account is closed. The amount has been reversed to your account.")
    return p.done()


# ---------------------------------------------------------------- 12. GST and TDS challans


# tax, frame, the way
TAX_PAGES = [("gst", "browser", "netbanking"), ("tds", "app", "UPI"), ("gst", "paper", "card"),
             ("tds", "browser", "netbanking"), ("gst", "browser", "neft"), ("tds", "bank", "netbanking"),
             ("gst", "browser", "UPI"), ("tds", "paper", "netbanking")]
TDS_NATURE = [("194-I(b)", "Rent on land, building or furniture"), ("194C", "Payment to contractors"),
              ("194J(b)", "Fees for professional services"), ("192", "Salary"),
              ("194Q", "Purchase of goods")]


def ay_of(date: dt.date) -> str:
    """The assessment year of the financial year ``date`` falls in (2026-27 for FY 2025-26)."""
    y = int(fy(date)[:2]) + 1
    return f"20{y}-{y + 1}"


def gst_challan(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The GST portal's Payment Receipt - Form GST PMT-06 / Challan Payment Receipt / e-Payment Receipt (PMT-06) in a
    browser or printed (no payee): CPIN and Challan generated on (no fact), GSTIN, Legal name / Name of taxpayer, Trade
    name, Return period / Tax period (no fact), CGST (0005) / SGST (0006) / IGST (0008) Tax, Interest and Late fee,
    Total challan amount / Total amount (the sum), Mode (E-Payment (Net Banking), NEFT / RTGS, Credit / Debit Card,
    UPI), Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date and Time, Initiated on;
    Paid / Payment successful / Awaiting credit from RBI - NEFT / RTGS."""
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
    wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), FIRM.upper())
    wrap_pair(p, "Trade name", TRADE)
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair(rng.choice(["Return period", "Tax period"]), when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(6000, 140000), 1))
    if rng.random() < 0.8:
        heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
        if rng.random() < 0.3:
            heads.append(("CGST (0005) Interest", float(rng.randrange(40, 2000))))
            heads.append(("SGST (0006) Interest", heads[-1][1]))
        if rng.random() < 0.25:
            heads += [("CGST (0005) Late fee", 500.0), ("SGST (0006) Late fee", 500.0)]
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
    """A TDS challan (ITNS 281) for the rent, contractors', professionals', salary or purchase TDS the company
    deducted: the e-filing portal's e-Pay Tax - Challan Receipt (a browser or printed: Income Tax Department on top, no
    payee), Union Bank of India's Direct Tax (ITNS 281) - Taxpayer's Counterfoil in a browser or iMobile Pay's e-Pay
    Tax screen (the sum large): TAN, Name, Assessment Year (no fact), Major Head, Minor Head (200), Nature of Payment,
    Amount (in Rs.), CRN and CRN valid till (no fact), Payment mode / Paid from, Bank, BSR Code and Challan Sr. No. (no
    id), CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit / Paid on / Attempted on, the Tax Breakup;
    Payment Successful / Challan paid / Tax payment failed."""
    holder = FIRM.upper()
    tan = f"NGP{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"
    section, nature = rng.choice(TDS_NATURE)
    tax = float(rng.randrange(10, 600) * 100)
    parts = [("Tax", tax), ("Surcharge", 0.0), ("Cess", 0.0)]
    parts.append(("Interest", float(rng.randrange(2, 60) * 25) if rng.random() < 0.35 else 0.0))
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
        head(p, "iMobile Pay", (174, 40, 46), p.style["h106"]["dark"], ["e-Pay Tax (ITNS 281)", "Direct tax payment"])
        p.part = "body"
        outcome_row(p, j.status, words)
        p.add("big", rs(total), amount=total)
    else:
        if frame == "bank":
            p = browser_page(rng, font, "unionbankonline.co.in/corp/eTax/counterfoil")
            rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
            p.part = "head"
            top(p, "Union Bank of India")
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
        p.pair("Paid using", "UPI (iMobile Pay)", method="UPI")
    else:
        p.pair(rng.choice(["Payment mode", "Paid from"]), rng.choice(["Net Banking", "Current A/c " + masked(rng, font)]),
               method="netbanking")
    p.pair("Bank", "Union Bank of India" if frame == "bank" else ("ICICI Bank" if frame == "app" else
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
    """The company's GST (``gst_challan``: four) and the TDS it deducted on rent, contractors, professionals,
    salaries and purchases (``tds_challan``: four)."""
    k = place("gst_tds")
    status = outcome(k, failed=(5,), pending=(4,))
    tax, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 2, town=k)
    if tax == "gst":
        return gst_challan(rng, font, k, j, frame, way)
    return tds_challan(rng, font, k, j, frame, way)


compose = compose121

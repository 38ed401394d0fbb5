"""The twelve heldout151 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a pest-control and facility hygiene services company's day in 2026 (branches in
Nagpur, Coimbatore, Lucknow, Visakhapatnam, Ludhiana, Rajkot, Guwahati and Dehradun; the trade name SafeNest Pest
Control and Suraksha Environmental Hygiene Services Pvt Ltd that runs it), told by the proofs of payment it receives
(households' UPI for treatments, the technicians' card terminals, its own cash, cheque and AMC receipts, housing
societies' and offices' NEFT / RTGS / IMPS and their payment advices net of TDS, restaurants' and hospitals' monthly
service invoices and their payment links) and those it makes (chemical, equipment and PPE suppliers, fuel and
two-wheeler servicing, technicians' wages and incentives, branch rent and electricity, software, refunds of cancelled
services, the agriculture department's licence and registration fees, GST and TDS). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, notes, items, flats and societies, warranties and next-service days, invoice numbers and days under an
advice, a link or a refund, gross values, GST, TDS, PF and ESI lines, incentives and deductions, vehicle and job
numbers, consumer numbers, bill months, licence and application numbers, periods, BSR codes and challan serials,
GSTIN, IFSC, PAN, TAN, account numbers, MID, TID, batch, TC and the payer's own details carry no fact. ``compose`` is
heldout121's (heldout119's frames and marks, heldout129's rubber stamp).
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

# town, PIN code, locality, state, GST state code, the branch's vehicle registration prefix
TOWNS = [("Nagpur", "440010", "Dharampeth", "Maharashtra", "27", "MH31"),
         ("Coimbatore", "641018", "R.S. Puram", "Tamil Nadu", "33", "TN37"),
         ("Lucknow", "226010", "Gomti Nagar", "Uttar Pradesh", "09", "UP32"),
         ("Visakhapatnam", "530017", "MVP Colony", "Andhra Pradesh", "37", "AP39"),
         ("Ludhiana", "141001", "Sarabha Nagar", "Punjab", "03", "PB10"),
         ("Rajkot", "360005", "Kalavad Road", "Gujarat", "24", "GJ03"),
         ("Guwahati", "781006", "Zoo Road", "Assam", "18", "AS01"),
         ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05", "UK07")]
TRADE = "SafeNest Pest Control"
FIRM = "Suraksha Environmental Hygiene Services Pvt Ltd"
SLUG = "safenestpest"
CODES = ["NGP", "CBE", "LKO", "VSP", "LDH", "RJT", "GAU", "DDN"]
PEOPLE = ["Shweta Deshpande", "Arun Kumar Subramaniam", "Pankaj Srivastava", "Lakshmi Prasanna", "Harpreet Singh Gill",
          "Nirali Patel", "Bikash Kalita", "Anjali Rawat", "Vivek Mishra", "Meenakshi Sundaram", "Rupinder Kaur",
          "Dhruv Joshi"]
TECHS = ["Ramesh Wankhede", "Senthil Murugan", "Sanjay Yadav", "Appala Naidu K", "Gurdeep Singh", "Bhavesh Solanki",
         "Dipankar Das", "Manoj Bisht", "Imran Qureshi", "Sunil Thakur"]
SOCIETIES = ["Shivneri Co-operative Housing Society Ltd", "Kovai Gardens Apartment Owners Association",
             "Eldeco Greens Residents Welfare Association", "Sea Breeze Apartments Welfare Society",
             "Sunview Enclave Residents Welfare Society", "Shivalik Heights Co-op Housing Society",
             "Brahmaputra Residency Owners Association", "Doon Vihar Residents Welfare Society"]
OFFICES = ["Orange City Logistics Pvt Ltd", "Kovai Precision Castings Ltd", "Awadh Software Labs Pvt Ltd",
           "Vizag Marine Exports Pvt Ltd", "Hosiery Hub Exports LLP", "Saurashtra Bearings Pvt Ltd",
           "Northeast Agro Foods Pvt Ltd", "Himgiri Pharma Pvt Ltd"]
OFFICE_SLUGS = ["orangecitylogistics", "kovaiprecision", "awadhsoft", "vizagmarine", "hosieryhub", "saurashtrabearings",
                "neagrofoods", "himgiripharma"]
EATERIES = ["Haldiram's Dharampeth Outlet", "Annapoorna Gowrishankar Restaurant", "Tunday Kababi (Gomti Nagar)",
            "Sea Inn Family Restaurant", "Baba Chicken Sarabha Nagar", "Jalaram Thali House", "Paradise Biryani Guwahati",
            "Kalsang Cafe Rajpur Road"]
HOSPITALS = ["Orange City Hospital & Research Institute", "KMCH Speciality Clinic", "Sahara Multispeciality Hospital",
             "Seven Hills Nursing Home", "Deep Hospital", "Sterling Care Hospital", "Nemcare Superspeciality Hospital",
             "Doon Valley Children's Hospital"]
BANK_HEADS = [("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("State Bank of India", "SBIN"), ("Axis Bank", "UTIB"),
              ("Kotak Mahindra Bank", "KKBK"), ("Punjab National Bank", "PUNB")]
BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Union Bank of India", "Punjab National Bank", "IndusInd Bank"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. Show this screen to the technician."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%y", "%Y-%m-%d"]
TREATMENTS = ["Cockroach gel - 2BHK", "General pest control - 3BHK", "Anti-termite drill-fill-seal",
              "Bed bug treatment - 2 visits", "Mosquito fogging - villa", "Rodent control - 3 visits",
              "Wood borer treatment", "Sofa & mattress sanitisation", "Ant & lizard control - 1BHK",
              "Herbal pest control - kitchen"]


def nest(rng: random.Random, *, firm: float = 0.25, caps: float = 0.2) -> str:
    """The company as a payee: its trade name, its company's on some, in capitals on some."""
    name = FIRM if rng.random() < firm else TRADE
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 800,
                 high: float = 90000, p_round: float = 0.7, firm: float = 0.25, caps: float = 0.2,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = nest(rng, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a cheque's, a next service's, a validity's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a service's, a bill's, a wage's, a rent's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def address(rng: random.Random, town: int) -> str:
    city = TOWNS[town]
    return f"{rng.choice(['Shop', 'Unit', 'Plot', 'Office'])} {rng.randrange(2, 120)}, {city[2]}, {city[0]} - {city[1]}"


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True,
               gst: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", address(rng, town))
    if gst:
        p.add("small", f"GSTIN {gstin(rng, TOWNS[town][4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
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
    return {"cash": rng.choice(["Cash", "By cash"]), "UPI": rng.choice(["UPI", "UPI (QR on technician's phone)",
                                                                         "BHIM UPI"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    return {"cheque": "cheque"}.get(way, method_of(way))


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


def fx(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: its sign where the face draws it, or its code; western grouping."""
    mark = {"USD": rng.choice(["$", "US$ ", "USD "]),
            "AUD": rng.choice(["A$", "AU$ ", "AUD "])}[cur]

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


def gst_lines(p: Screen, rs, sub: float, rate: float = 0.18) -> float:
    """CGST and SGST (IGST on some) on ``sub``; the tax."""
    rng = p.rng
    tax = round(sub * rate, 2)
    if rng.random() < 0.85:
        half = round(tax / 2, 2)
        p.pair(f"CGST @ {rate * 50:g}%", rs(half))
        p.pair(f"SGST @ {rate * 50:g}%", rs(half))
        return round(2 * half, 2)
    p.pair(f"IGST @ {rate * 100:g}%", rs(tax))
    return tax


# ---------------------------------------------------------------- 1. a household's UPI for a treatment


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "BHIM", "CRED", "Amazon Pay", "Navi", "super.money"]


def home_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A household's UPI app paying the company after a treatment (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay,
    Navi, super.money; heldout125's result screen): the company (trade name, its company's on some) under Paid to / To
    / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a Note / Message / For /
    Remarks (Cockroach gel - 2BHK, Anti-termite drill-fill-seal) on most; Payment Successful / Paid successfully /
    Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined / Payment Pending /
    Payment processing / Transaction pending."""
    k = place("home_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=499, high=18000, p_round=0.85, firm=0.2)
    if rng.random() < 0.6:
        j.amount = float(rng.choice([499, 799, 999, 1199, 1499, 1799, 2360, 2999, 3540, 4500, 6800, 12500]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, TRADE, WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "For", "Remarks"]), rng.choice(TREATMENTS))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. societies' and offices' AMC transfers and advices


XFER = {0: ("SBI CINB - Corporate Internet Banking", None, "web", "NEFT", "SBIN"),
        1: ("Union Bank Vyom", (200, 30, 45), "app", "IMPS", "UBIN"),
        3: ("Bank of Baroda - bob World Business", None, "web", "RTGS", "BARB"),
        5: ("YES BIZ", (0, 82, 156), "app", "NEFT", "YESB"),
        6: ("Canara ai1 Business", (0, 112, 184), "app", "IMPS", "CNRB")}
XFER_URLS = {"SBI CINB - Corporate Internet Banking": "corp.onlinesbi.sbi/corp/neft/acknowledgement",
             "Bank of Baroda - bob World Business": "feba.bobibanking.com/corp/rtgs/confirmation"}
XFER_NOTES = ["AMC Q1 instalment - pest control", "AMC 2026-27 - rodent & termite", "Pest control AMC - society",
              "Quarterly AMC - common areas", "Termite AMC renewal", "Mosquito fogging - monsoon"]
ADVICE_MODES = {2: "NEFT", 4: "IMPS", 7: "RTGS"}


def payment_advice(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """An office's accounts team's PAYMENT ADVICE / Remittance Advice / Vendor Payment Intimation e-mail: the office
    on top (the payer), Vendor / Payee / Beneficiary the company (the payee), Vendor code, the AMC invoices paid with
    their numbers and days (no id), Gross amount, Less: TDS u/s 194C @ 2% (or @ 1% on some), Net amount paid / Amount
    remitted / Net payment (the sum), Payment mode, Credited to and IFSC, UTR / IMPS Ref No. and Payment doc No.,
    Payment date / Value date, Status Paid / Processed / Remitted."""
    mode = ADVICE_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=False, town=k, firm=0.7, caps=0.3)
    payer = OFFICES[k]
    p = mail_page(rng, font, f"{payer.split(' Pvt')[0].split(' LLP')[0].split(' Ltd')[0]} Accounts <"
                             f"{rng.choice(['ap', 'payables', 'accounts'])}@{OFFICE_SLUGS[k]}.com>",
                  ["Payment advice", "Remittance advice - vendor payment", "Payment intimation"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts payable", "Finance & accounts", "Admin & facilities"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance Advice", "Vendor Payment Intimation"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam,")
    p.add("left", rng.choice(["We have released the payment below to your bank account.",
                              "Please find below the details of our payment against your AMC bills."]))
    wrap_pair(p, rng.choice(["Vendor", "Payee", "Beneficiary"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP', '40'])}{digits(rng, 6)}")
    p.add("rule")
    low, high = (180000, 420000) if mode == "RTGS" else (8000, 120000)
    bases = [whole(rng.uniform(low, high) / 1.18, 100) for _ in range(rng.choice([1, 1, 2]))]
    gross = 0.0
    for base in bases:
        value = round(base * 1.18, 2)
        gross += value
        if j.no_ref:
            label = f"AMC bill ({rng.choice(['pest control', 'rodent management', 'termite'])})"
        else:
            billed = j.date - dt.timedelta(days=rng.randrange(3, 40))
            label = f"Inv SN/{CODES[k]}/{fy(billed)}/{rng.randrange(100, 2999):04d} dt {when(billed, rng.choice(DAY_PATS))}"
        wrap_pair(p, label, rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross amount", "Total invoice amount"]), rs(gross))
    rate, section = rng.choice([(0.02, "194C @ 2%"), (0.02, "194C @ 2%"), (0.01, "194C @ 1%")])
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
    p.add("small", "TDS certificate in Form 16A will be issued after the quarterly TDS return is filed.")
    p.part = "foot"
    p.add("small", "System generated advice - please do not reply to this mail.")
    return p.done()


def amc_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A housing society or an office paying the company's annual maintenance contract: its bank after an NEFT, RTGS or
    IMPS (SBI CINB, Union Bank Vyom, bob World Business, YES BIZ, Canara ai1 Business; heldout124's page, the company
    under Beneficiary / Vendor name / Pay to / Credit to, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and
    the bank's Bank Ref No. / Reference No. / Transaction ID on some, the day, the debit account, Remarks / Narration /
    Purpose, Debit account name / Remitter and Maker / Checker on the web pages) or an office's payment advice e-mail
    (three, ``payment_advice``)."""
    k = place("amc_transfer")
    status = outcome(k, failed=(3,), pending=(6,))
    if k not in XFER:
        return payment_advice(rng, font, k, status)
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (5000, 150000), "NEFT": (12000, 350000), "RTGS": (200000, 650000)}[mode]
    j = Job(rng, status, no_ref=False, no_day=k == 1, low=low, high=high, p_round=0.6, firm=0.6, caps=0.4, town=k)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay vendor", payee_labels=["Beneficiary", "Vendor name", "Pay to", "Credit to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
                  txn_label="Transaction ID")
    note = rng.choice(XFER_NOTES)
    if not j.no_day and rng.random() < 0.4:
        note = f"SN/{CODES[k]}/{fy(j.date)}/{rng.randrange(100, 2999):04d} less TDS"
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), note)
    if row[2] == "web":
        payer = SOCIETIES[k] if rng.random() < 0.5 else OFFICES[k]
        wrap_pair(p, rng.choice(["Debit account name", "Remitter"]), payer)
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["treasurer01", "sec.admin", "acc_exec2"]))
        p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["chairman.mc", "fin_head", "auth2"]))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 3. the technicians' card terminals


MAKERS = ["MOSAMBEE", "EZETAP", "PAYTM CARD MACHINE", "PHONEPE SMART POS", "MSWIPE", "HDFC BANK", "ICICI BANK",
          "WORLDLINE"]
CARD_ITEMS = ["GEN PEST CONTROL {n}BHK", "COCKROACH GEL {n}BHK", "TERMITE TREATMENT", "BED BUG {n} VISITS",
              "RODENT CONTROL", "MOSQUITO FOGGING", "DISINFECTION {n}000 SQFT", "WOOD BORER TREATMENT"]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y", "%d.%m.%y"]


def field_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The technician's mobile card terminal at a customer's door (Mosambee, Ezetap, Paytm, PhonePe Smart POS, Mswipe,
    HDFC Bank, ICICI Bank, Worldline; monospace): the maker on top on some and POWERED BY <maker> at the foot on some,
    the company in capitals (its trade name or company; the payee), the branch's town, SALE / CARD SALE / CONTACTLESS
    SALE / UPI QR SALE, DATE <day>  TIME <hour> on one row, TXN DATE and TXN TIME or DATE/TIME, MID / TID, BATCH, ROC /
    INVOICE / BILL NO, JOB / SERVICE (COCKROACH GEL 2BHK), CARD NUM, EXP, APP, ENTRY, TC and CARDHOLDER on some, APPR
    CODE / AUTH NO, RRN / REF NUM, or MODE UPI - DYNAMIC QR, PAYER VPA and QR TXN ID; BASE AMT, CONV FEE n% /
    SURCHARGE and TOTAL AMT / TOTAL on two, AMOUNT / SALE AMOUNT / TOTAL on the rest; APPROVED / TXN APPROVED /
    DECLINED with its RC / PAYMENT PENDING (CONFIRM ON APP BEFORE CLOSING JOB)."""
    k = place("field_card")
    status = outcome(k, failed=(2,), pending=(6,))
    upi = status == "pending"
    surcharge = k in (1, 5)
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=450, high=28000, p_round=0.5, town=k)
    p = slip_page(rng, font)
    name = (FIRM if rng.random() < 0.3 else TRADE).upper()
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
    p.pair(rng.choice(["JOB:", "SERVICE:"]), rng.choice(CARD_ITEMS).format(n=rng.randint(1, 4)))
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
        p.pair("APP:", f"{net} {rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "SWIPE"]))
        if rng.random() < 0.5:
            p.pair("TC:", code(rng, 16, HEX))
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
        p.add("center", rng.choice(["RC 55 - INCORRECT PIN", "RC 51 - INSUFFICIENT FUNDS", "RC 05 - DO NOT HONOUR"]))
    elif status == "pending":
        p.add("small", "CONFIRM ON APP BEFORE CLOSING JOB")
    p.part = "foot"
    if status == "success" and not upi:
        p.add("small", rng.choice(["PIN VERIFIED - NO SIGNATURE REQUIRED", "TAP & GO - NO PIN REQUIRED"]))
    p.add("small", rng.choice(["** CUSTOMER COPY **", "MERCHANT COPY", "THANK YOU - STAY PEST FREE"]))
    if rng.random() < 0.5:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own service and AMC receipts


# the way, the page (a household's service receipt or a society's AMC receipt)
RECEIPT_PAGES = [("cash", "home"), ("UPI", "home"), ("cheque", "amc"), ("cheque", "amc"), ("NEFT", "amc"),
                 ("cheque", "amc"), ("cash", "home"), ("card", "home")]
HOME_ITEMS = [("General pest control - {b}BHK", [999, 1299, 1599, 1899]), ("Herbal cockroach gel - {b}BHK",
                                                                            [799, 999, 1199]),
              ("Bed bug treatment (2 visits) - {b}BHK", [2499, 2999, 3499]),
              ("Anti-termite treatment - {b}BHK", [4500, 5500, 6500]), ("Mosquito fogging", [899, 1199]),
              ("Rodent control (3 visits)", [1499, 1899]), ("Wood borer treatment (per item)", [650, 850])]
AMC_SCOPES = ["General pest control & rodent management - common areas, basement & pump room",
              "Anti-termite & general pest control - clubhouse and 6 towers",
              "Mosquito fogging (weekly) & larvicide in drains", "Rodent & cockroach management - society premises"]
NEST_SUB = ["Pest control | Termite | Bed bugs | Disinfection | AMC",
            "Licensed pest control operator - Insecticides Act, 1968", "Pest management & facility hygiene services"]


def service_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own paper (serif): a household's SERVICE RECEIPT / CASH RECEIPT / MONEY RECEIPT (the company on
    top, the payee: Receipt No., Date, Customer name, Address (flat and society), Technician, the treatments (General
    pest control - 2BHK), Sub total, CGST and SGST @ 9%, Less: Discount on some, Amount received / Total received,
    Mode / Paid by and its reference, Warranty, Next service due (no fact); PAID / RECEIVED WITH THANKS) or a
    society's AMC RECEIPT / MONEY RECEIPT ("Received with thanks from <society> the sum of <words> by cheque / NEFT
    towards the annual maintenance contract for <scope>, instalment n of 4", AMC value, Less: TDS u/s 194C @ 2% on
    some, Amount received / Net amount received (the sum), or Cheque amount on a dishonoured or an uncleared cheque,
    Cheque No. and its day and bank; RECEIVED WITH THANKS / CHEQUE DISHONOURED - AMC SERVICES ON HOLD / CHEQUE
    RECEIVED - SUBJECT TO REALISATION in a row and in the rubber stamp)."""
    k = place("service_receipt")
    status = outcome(k, failed=(5,), pending=(3,))
    way, page = RECEIPT_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, firm=0.3)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = ["SERVICE RECEIPT", "CASH RECEIPT", "MONEY RECEIPT"] if page == "home" else ["AMC RECEIPT",
                                                                                          "MONEY RECEIPT"]
    if way != "cash" and page == "home":
        kinds = ["SERVICE RECEIPT", "PAYMENT RECEIPT"]
    letterhead(p, k, j.to, kinds, sub=rng.choice(NEST_SUB))
    if not j.no_ref:
        rno = f"{CODES[k]}/{j.year()}{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    if page == "home":
        cust = rng.choice(PEOPLE)
        wrap_pair(p, rng.choice(["Customer name", "Customer", "Name"]), cust)
        wrap_pair(p, "Address", f"Flat {rng.randrange(101, 1204)}, {SOCIETIES[k].split(' Co-')[0].split(' Res')[0]}"
                                f", {TOWNS[k][0]}")
        p.pair("Technician", rng.choice(TECHS))
        p.add("rule")
        sub = 0.0
        for item, rates in rng.sample(HOME_ITEMS, rng.randint(1, 2)):
            value = float(rng.choice(rates))
            sub += value
            wrap_pair(p, item.format(b=rng.randint(1, 4)), rs(value))
        p.pair(rng.choice(["Sub total", "Service charges"]), rs(sub))
        tax = gst_lines(p, rs, sub)
        total = round(sub + tax, 2)
        disc = float(whole(total * rng.choice([0.05, 0.1]), 10)) if rng.random() < 0.35 else 0.0
        if disc:
            p.pair(rng.choice(["Less: Discount", "Less: Festive offer"]), rs(disc))
        net = round(total - disc, 2)
        j.amount = net
        p.pair(rng.choice(["Amount received", "Total received", "Total paid"]), rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN"])
        p.pair("Warranty", rng.choice(["90 days", "3 months", "1 year (termite)", "30 days"]))
        if not j.no_day:
            p.pair(rng.choice(["Next service due", "Follow-up visit on"]), j.other_day(rng, 14, 90))
        word = rng.choice(["PAID", "RECEIVED WITH THANKS"])
        p.add("center", word, status="success")
        stamp_word = "PAID"
    else:
        payer = SOCIETIES[k] if rng.random() < 0.7 else OFFICES[k]
        amc = float(whole(rng.uniform(18000, 240000), 500))
        inst = rng.choice([1, 2, 4])
        value = round(amc / inst, 2)
        tds = round(value / 1.18 * 0.02, 2) if way == "NEFT" and rng.random() < 0.8 else 0.0
        net = round(value - tds, 2)
        j.amount = net
        how = {"cheque": "by cheque", "NEFT": "by NEFT"}[way]
        part = "" if inst == 1 else f", instalment {rng.randint(1, inst)} of {inst}"
        p.add("left", f"Received with thanks from M/s {payer} the sum of {words_in_rupees(net)} {how} towards the "
                      f"annual maintenance contract for {rng.choice(AMC_SCOPES)}{part}.")
        if not j.no_day:
            p.pair("Contract period", f"{when(j.date.replace(day=1), '%b %Y')} - "
                                      f"{when(j.date.replace(day=1) + dt.timedelta(days=360), '%b %Y')}")
        p.add("rule")
        p.pair(rng.choice(["AMC value (incl. GST)", "Contract value"]), rs(amc))
        if inst > 1:
            p.pair("Instalment due", rs(value))
        if tds:
            p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        label = {"success": rng.choice(["Net amount received", "Amount received"]) if tds else
                 rng.choice(["Amount received", "Received"]), "failed": "Cheque amount",
                 "pending": rng.choice(["Cheque amount", "Amount (subject to realisation)"])}[status]
        p.pair(label, rs(net), amount=net)
        if way == "cheque":
            p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
            if not j.no_day:
                p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -6, 0))
            wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        else:
            p.pair(rng.choice(["Mode", "Received by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["HDFC", "ICIC", "SBIN"])
        word = {"success": rng.choice(["RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
                "failed": "CHEQUE DISHONOURED - AMC SERVICES ON HOLD",
                "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
        p.add("center", word, status=status)
        if status == "failed":
            p.pair("Return reason", rng.choice(["Funds insufficient", "Payment stopped by drawer",
                                                "Signature differs"]))
            p.add("small", "Cheque return charges of Rs 500 are payable with the replacement cheque.")
        stamp_word = {"success": "RECEIVED", "failed": "CHEQUE RETURNED", "pending": "SUBJECT TO REALISATION"}[status]
    p.part = "foot"
    p.add("small", rng.choice(["Chemicals used are CIB&RC approved. Keep children and pets away for 2 hours.",
                               "Thank you for choosing us. E. & O.E."]))
    right(p, f"For {TRADE}")
    right(p, "Authorised signatory")
    seal(p, TRADE, TOWNS[k][0].upper() + " BRANCH", None if j.no_day or status != "success" else j.date, stamp_word)
    return p.done()


# ---------------------------------------------------------------- 5. restaurants' and hospitals' monthly invoices


LINKS = {1: ("Razorpay", "rzp.io/l/"), 3: ("Cashfree Payments", "payments.cashfree.com/links/"),
         5: ("PayU", "u.payu.in/")}
EATERY_LINES = [("Monthly pest management - kitchen & dining (4 visits)", (1, 1), [3500, 4500, 6000]),
                ("Rodent bait stations", (6, 20), [90, 120]), ("Fly catcher machine - rental", (2, 6), [350, 450]),
                ("Glue pads replacement", (10, 40), [25, 35]), ("FSSAI audit pest log & documentation", (1, 1),
                                                                 [500, 750])]
HOSPITAL_LINES = [("Integrated pest management - wards & OT (monthly)", (1, 1), [12000, 18000, 24000]),
                  ("Disinfection fogging - OT & ICU", (4, 8), [1500, 2200]),
                  ("Rodent bait stations", (20, 60), [90, 120]), ("Mosquito larvicide - campus drains", (1, 1),
                                                                   [2500, 4000])]


def monthly_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A restaurant's or a hospital's monthly service invoice: five of the company's TAX INVOICE - PAID / SERVICE
    INVOICE CUM RECEIPT (paper: the company on top, the payee; Invoice No., Date, Bill to M/s the client, Service
    month (no fact), the lines, Taxable value, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194C @ 2% on a
    hospital's, Amount received / Net received (the sum), Mode and its reference; PAID) and three of its payment link
    paid by the client (Razorpay, Cashfree Payments, PayU in a browser: the company on top (the payee, never the
    gateway at the foot), Payment for Invoice SN/..., Customer / Billed to the client, the sum large, Payment ID,
    UPI RRN / Bank Ref No. / Auth code, Paid on / Attempted on / Initiated on; Payment successful / Payment failed /
    Payment processing)."""
    k = place("monthly_invoice")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, town=k, firm=0.35)
    hospital = k in (2, 5, 7) or (k == 3 and rng.random() < 0.5)
    client = HOSPITALS[k] if hospital else EATERIES[k]
    lines = HOSPITAL_LINES if hospital else EATERY_LINES
    sub = 0.0
    rows = []
    for item, (qlo, qhi), rates in [lines[0]] + rng.sample(lines[1:], rng.randint(1, 2)):
        qty, rate = rng.randint(qlo, qhi), float(rng.choice(rates))
        sub += qty * rate
        rows.append((f"{item} {qty} x {rate:g}" if qty > 1 else item, qty * rate))
    tax = round(sub * 0.18, 2)
    total = round(sub + tax, 2)
    ino = f"SN/{CODES[k]}/{fy(j.date)}/{rng.randrange(100, 2999):04d}"
    if k in LINKS:
        gw, url = LINKS[k]
        j.amount = total
        p = browser_page(rng, font, f"{url}{code(rng, 8, MIXED)}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", rng.choice(["Pest control & hygiene services", f"{TOWNS[k][0]} branch"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid"], "failed": ["Payment failed"],
                                "pending": ["Payment processing"]})
        p.add("big", rs(total), amount=total)
        wrap_pair(p, rng.choice(["Payment for", "Purpose"]), f"Invoice {ino} - {j.month(1)} service")
        wrap_pair(p, rng.choice(["Customer", "Billed to"]), client)
        way = rng.choice(["UPI", "card", "netbanking"])
        p.pair(rng.choice(["Paid via", "Payment method"]),
               {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard'])} {masked(rng, font)}",
                "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else (f"{digits(rng, 10)}" if gw == "PayU"
                                                                           else f"CF{digits(rng, 12)}")
            labelled(p, rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
            if status == "success":
                if way == "UPI":
                    labelled(p, "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
                elif way == "netbanking":
                    bref = digits(rng, 12)
                    labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
                else:
                    appr = digits(rng, 6)
                    p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        labelled(p, {"success": rng.choice(["Paid on", "Payment date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        elif status == "pending":
            p.add("small", "We are waiting for your bank to confirm. Do not pay this link again.")
        p.part = "foot"
        p.add("small", f"Powered by {gw}")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, k, j.to, ["TAX INVOICE - PAID", "SERVICE INVOICE CUM RECEIPT", "TAX INVOICE"],
               sub=rng.choice(NEST_SUB))
    if not j.no_ref:
        if j.no_day:
            ino = f"SN/{CODES[k]}/{rng.randrange(100, 2999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Client", "Billed to"]), f"M/s {client}")
    p.pair("GSTIN of client", gstin(rng, TOWNS[k][4]))
    if not j.no_day:
        p.pair(rng.choice(["Service month", "For the month of"]), j.month(1))
    p.add("rule")
    for label, value in rows:
        wrap_pair(p, label, rs(value))
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    tax = gst_lines(p, rs, sub)
    total = round(sub + tax, 2)
    p.pair(rng.choice(["Invoice total", "Total"]), rs(total))
    tds = round(sub * 0.02, 2) if hospital else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net received", "Amount received (net of TDS)"]) if tds else
           rng.choice(["Amount received", "Received"]), rs(net), amount=net)
    way = rng.choice(["NEFT", "UPI", "IMPS"])
    p.pair(rng.choice(["Mode", "Payment mode"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB"])
    p.add("center", rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU"]), status="success")
    p.part = "foot"
    p.add("small", "Service reports and pest activity logs are on the client portal.")
    right(p, f"For {TRADE}")
    seal(p, TRADE, "ACCOUNTS", None if j.no_day else j.date, "PAID")
    return p.done()


# ---------------------------------------------------------------- 6. chemical, equipment and PPE suppliers


SUPPLIERS = [("Vidarbha Agro Chemicals", "chem", "NEFT"), ("Kovai Spray Equipments", "equip", "UPI"),
             ("Moglix", "online", "card"), ("Awadh Agri Inputs & Pesticides", "chem", "cheque"),
             ("Coastal Safety Traders", "ppe", "NEFT"), ("Industrybuying", "online", "UPI"),
             ("Punjab Pest Chem Distributors", "chem", "cash"), ("Doon Safety & PPE House", "ppe", "UPI")]
SUPPLY_SUBS = {"chem": "Authorised distributor - public health insecticides (CIB&RC registered)",
               "equip": "Sprayers, foggers & pest control equipment", "ppe": "PPE, safety shoes & respirators"}
SUPPLY_ITEMS = {"chem": [("Imidacloprid 30.5% SC (1 L)", (2, 12), [1450, 1650]),
                         ("Fipronil 0.05% gel (30 g x 10)", (3, 20), [820, 960]),
                         ("Deltamethrin 2.5% WP (500 g)", (4, 24), [540, 620]),
                         ("Cypermethrin 10% EC (1 L)", (5, 20), [480, 560]),
                         ("Bromadiolone 0.005% wax blocks (1 kg)", (5, 30), [390, 450]),
                         ("Temephos 50% EC (1 L)", (2, 10), [1150, 1300])],
                "equip": [("Knapsack sprayer 16 L", (2, 6), [2400, 2850]), ("Thermal fogging machine", (1, 2),
                                                                             [18500, 22000]),
                          ("Cold ULV fogger", (1, 2), [14500, 16800]), ("Gel applicator gun", (5, 15), [650, 780]),
                          ("Tamper-proof rodent bait station", (20, 80), [145, 180])],
                "ppe": [("PPE kit (coverall, goggles, gloves, mask)", (10, 40), [380, 450]),
                        ("Half-face respirator with cartridges", (5, 20), [1150, 1400]),
                        ("Nitrile gloves (box of 100)", (5, 20), [520, 640]), ("Chemical splash goggles", (10, 30),
                                                                                 [160, 210]),
                        ("Safety shoes (pair)", (5, 15), [980, 1250])]}


def chem_ppe(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's chemical, equipment and PPE suppliers: six TAX INVOICE / CREDIT BILL / BILL OF SUPPLY on paper (the
    supplier on top, the payee: Invoice No. / Bill No., Date, Buyer / Bill to M/s the company (never the payee), its
    Pesticide licence No. (no id), the lines (Imidacloprid 30.5% SC (1 L) n x rate, Knapsack sprayer 16 L, PPE kit),
    Taxable value, CGST and SGST @ 9%, Round off, Total, Amount received / Paid, Mode and its reference, or Cheque
    received (PDC) with its number; PAID / RECEIVED WITH THANKS / PDC RECEIVED - PAYMENT ON CLEARANCE) and two online
    B2B orders (Moglix's e-mail, Industrybuying's order page: the store on top, the payee; Order total / Amount paid,
    Order ID, Payment ID / Transaction ID, UPI Ref No. / Auth code, Paid on / Attempted on; Payment received / Payment
    failed)."""
    k = place("chem_ppe")
    status = outcome(k, failed=(5,), pending=(3,))
    name, kind, way = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    if kind == "online":
        items = SUPPLY_ITEMS[rng.choice(["ppe", "equip"])]
        picks = rng.sample(items, rng.randint(1, 3))
        if k == 2:
            p = mail_page(rng, font, "Moglix <orders@moglix.com>", ["Payment received for your order",
                                                                     "Order confirmed"])
        else:
            p = browser_page(rng, font, f"www.industrybuying.com/my-account/orders/{digits(rng, 8)}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        to = name.upper() if rng.random() < 0.2 else name
        top(p, to, merchant=to)
        p.add("small", "Industrial supplies for business" if k == 2 else "B2B marketplace for industrial tools")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment received", "Order confirmed - paid"],
                                "failed": ["Payment failed - order not placed"]})
        wrap_pair(p, rng.choice(["Ship to", "Delivery address"]), f"{FIRM}, {TOWNS[k][2]}, {TOWNS[k][0]}")
        sub = 0.0
        for item, (qlo, qhi), rates in picks:
            qty, rate = rng.randint(qlo, qhi), float(rng.choice(rates))
            sub += qty * rate
            wrap_pair(p, f"{item} x {qty}", rs(qty * rate))
        p.pair("Sub total", rs(sub))
        tax = round(sub * 0.18, 2)
        p.pair("GST (18%)", rs(tax))
        ship = float(rng.choice([0, 0, 99, 149]))
        p.pair("Shipping", rs(ship) if ship else "FREE")
        total = round(sub + tax + ship, 2)
        j.amount = total
        p.pair(rng.choice(["Order total", "Amount paid"]) if status == "success" else "Order total", rs(total),
               amount=total)
        p.pair(rng.choice(["Payment method", "Paid via"]),
               {"UPI": "UPI", "card": f"Credit card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref:
            oid = f"{'MOG' if k == 2 else 'IB'}{digits(rng, 9)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            labelled(p, rng.choice(["Payment ID", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
            if status == "success":
                if way == "UPI":
                    labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    appr = digits(rng, 6)
                    p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if not j.no_day:
            labelled(p, "Paid on" if status == "success" else "Attempted on", stamp(rng, j.date, PATS),
                     date=j.date)
            if status == "success":
                p.pair("Expected delivery", j.other_day(rng, 3, 9))
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        p.part = "foot"
        p.add("small", "GST invoice will be e-mailed on dispatch.")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    to = name.upper() if rng.random() < 0.2 else name
    letterhead(p, k, to, ["TAX INVOICE", "CREDIT BILL", "INVOICE"], sub=SUPPLY_SUBS[kind])
    if not j.no_ref:
        no = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 1999):04d}"
        p.pair(rng.choice(["Invoice No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Buyer", "Bill to"]), f"M/s {FIRM}")
    if kind == "chem":
        p.pair("Buyer's PCO licence No.", f"{TOWNS[k][3][:2].upper()}/PCO/{digits(rng, 4)}")
    p.add("rule")
    sub = 0.0
    for item, (qlo, qhi), rates in rng.sample(SUPPLY_ITEMS[kind], rng.randint(2, 3)):
        qty, rate = rng.randint(qlo, qhi), float(rng.choice(rates))
        sub += qty * rate
        wrap_pair(p, f"{item} {qty} x {rate:g}", rs(qty * rate))
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    gross = sub + gst_lines(p, rs, sub)
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Total", "Bill total", "Grand total"]), rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "ICIC"])
    else:
        p.pair("Cheque received (PDC)", rs(total), amount=total)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, 10, 30))
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
            "pending": "PDC RECEIVED - PAYMENT ON CLEARANCE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    if kind == "chem":
        p.add("small", "Insecticides sold to licensed pest control operators only. Read the label before use.")
    p.add("small", f"Subject to {TOWNS[k][0]} jurisdiction. E. & O.E.")
    return p.done()


# ---------------------------------------------------------------- 7. fuel and two-wheeler servicing


OUTLETS = [("INDIANOIL", "M/S SHREE SAI FUELS"), ("HP", "M/S KOVAI AUTO SERVICE STATION"),
           ("BHARAT PETROLEUM", "M/S AWADH FILLING STATION"), ("INDIANOIL", "M/S SRI VENKATESWARA FUELS"),
           ("HP", "M/S GILL SERVICE STATION"), None, ("BHARAT PETROLEUM", "M/S JAI AMBE PETROLEUM"), None]
WORKSHOPS = {5: ("Saurashtra Honda", "Authorised dealer - Honda Motorcycle & Scooter India", "Activa 6G"),
             7: ("Doon TVS Motors", "Authorised dealer - TVS Motor Company", "TVS Jupiter 125")}
FLEET = {1: "HP DRIVETRACK PLUS", 3: "XTRAPOWER FLEET CARD"}


def fleet_fuel(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The technicians' two-wheelers and vans (monospace): six fuel station slips (the oil company's brand on top (no
    payee), the outlet under it, M/S ..., the payee; DATE / TIME, TXN NO / BILL NO, PRODUCT, RATE /L, VOLUME, VEHICLE
    NO (no id), MODE CARD / FLEET CARD (HP DriveTrack Plus, XTRAPOWER) / UPI, APPR CODE, RRN, AMOUNT; APPROVED /
    DECLINED / PAYMENT PENDING) and two authorised dealers' service invoices (the dealer on top, the payee: INVOICE NO,
    JOB CARD NO (no id), REG NO, MODEL, KMS, Labour - periodic service, parts, CGST and SGST, NET AMOUNT, PAID BY;
    PAID)."""
    k = place("fleet_fuel")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=150, high=2500, p_round=0.8, town=k)
    p = slip_page(rng, font)
    veh = f"{TOWNS[k][5]}{code(rng, 2, UPPER)}{digits(rng, 4)}"
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
    if k in WORKSHOPS:
        name, sub, model = WORKSHOPS[k]
        to = name.upper()
        p.part = "head"
        p.add("center", to, merchant=to)
        p.add("small", sub)
        p.add("small", f"{TOWNS[k][2]}, {TOWNS[k][0]}")
        p.add("center", "SERVICE INVOICE")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = f"SI{digits(rng, 7)}"
            p.pair("INVOICE NO:", inv, txn=(INVOICE_RANK, inv))
        if not j.no_day:
            p.pair("DATE:", when(j.date, rng.choice(CARD_DAYS), upper=True), date=j.date)
        p.pair("JOB CARD NO:", f"JC{digits(rng, 6)}")
        p.pair("REG NO:", veh)
        p.pair("MODEL:", model.upper())
        p.pair("KMS:", f"{rng.randrange(8000, 60000):,}")
        p.pair("CUSTOMER:", FIRM.upper()[:30])
        p.add("rule")
        parts = [("LABOUR - PERIODIC SERVICE", float(rng.choice([350, 450, 550]))),
                 ("ENGINE OIL 0.8 L", float(rng.choice([380, 420]))), ("AIR FILTER", float(rng.choice([210, 260]))),
                 ("BRAKE SHOE SET", float(rng.choice([340, 420]))), ("WASH & POLISH", 100.0)]
        picks = parts[:2] + rng.sample(parts[2:], rng.randint(1, 3))
        sub = sum(v for _, v in picks)
        for label, value in picks:
            p.pair(label, f"{value:.2f}")
        p.pair("TAXABLE:", f"{sub:.2f}")
        half = round(sub * 0.09, 2)
        p.pair("CGST 9%:", f"{half:.2f}")
        p.pair("SGST 9%:", f"{half:.2f}")
        total = float(round(sub + 2 * half))
        j.amount = total
        p.pair(rng.choice(["NET AMOUNT:", "TOTAL:"]), f"{rng.choice(['RS.', 'INR ', ''])}{total:.2f}", amount=total)
        way = rng.choice(["UPI", "card", "cash"])
        p.pair("PAID BY:", {"UPI": "UPI", "card": "CARD", "cash": "CASH"}[way], method=way)
        if not j.no_ref and way == "UPI":
            p.pair("UPI REF:", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAID", status="success")
        p.part = "foot"
        p.add("small", f"NEXT SERVICE AT {rng.randrange(9, 70) * 1000:,} KMS")
        return p.done()
    brand, outlet = OUTLETS[k]
    p.part = "head"
    p.add("center", brand)
    p.add("center", outlet, merchant=outlet)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add("center", rng.choice(["WELCOME", "SALE"]))
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(CARD_DAYS), upper=True), date=j.date)
    p.pair("TIME:", clock)
    if not j.no_ref:
        bill = f"{rng.randrange(1, 99999):05d}"
        p.pair(rng.choice(["BILL NO:", "TXN NO:"]), bill, txn=(INVOICE_RANK, bill))
    product = rng.choice(["PETROL", "PETROL", "DIESEL", "XP95"])
    rate = {"PETROL": 94.72, "DIESEL": 87.62, "XP95": 101.9}[product] + rng.choice([0, 0.5, 1.3, 2.1])
    volume = round(j.amount / rate, 2)
    p.pair("PRODUCT:", product)
    p.pair("RATE:", f"{rate:.2f}/L")
    p.pair("VOLUME:", f"{volume:.2f} L")
    p.pair("VEHICLE NO:", veh)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    if status == "pending":
        p.pair("MODE:", "UPI QR", method="UPI")
        if not j.no_ref:
            qid = f"QR{digits(rng, 14)}"
            p.pair("QR TXN ID:", qid, txn=(TXN_RANK, qid))
    else:
        p.pair("MODE:", FLEET.get(k, "CARD"), method="card")
        p.pair("CARD:", f"XXXX XXXX XXXX {digits(rng, 4)}")
        if not j.no_ref:
            if status == "success":
                appr = digits(rng, 6)
                p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
            p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.pair(rng.choice(["AMOUNT:", "SALE AMT:"]), f"{rng.choice(['RS.', 'INR ', ''])}{j.amount:.2f}", amount=j.amount)
    p.add("center", {"success": "APPROVED", "failed": "DECLINED", "pending": "PAYMENT PENDING"}[status],
          status=status)
    if status == "failed":
        p.add("center", rng.choice(["RC 51 - INSUFFICIENT FUNDS", "RC 61 - LIMIT EXCEEDED"]))
    elif status == "pending":
        p.add("small", "CHECK WITH CASHIER BEFORE LEAVING")
    p.part = "foot"
    p.add("small", "THANK YOU. VISIT AGAIN")
    return p.done()


# ---------------------------------------------------------------- 8. technicians' wages and incentives


WAGE_PAGES = ["razorpayx", "bank", "voucher", "razorpayx", "bank", "mail", "voucher", "mail"]
WAGE_BANKS = {1: ("HDFC Bank SmartHub Vyapar", (0, 76, 143), "app", "IMPS", "HDFC"),
              4: ("ICICI InstaBIZ", (150, 36, 28), "app", "IMPS", "ICIC")}


def wage_lines(rng: random.Random) -> tuple[list[tuple[str, float]], float]:
    days = rng.randint(22, 27)
    basic = float(whole(rng.uniform(12500, 19500), 50))
    amc, termite = rng.randint(2, 12), rng.randint(0, 6)
    lines = [(f"Basic wages ({days} days)", basic), (f"Incentive - AMC renewals ({amc} x 250)", amc * 250.0)]
    if termite:
        lines.append((f"Incentive - termite jobs ({termite} x 400)", termite * 400.0))
    km = rng.randrange(300, 1100)
    lines.append((f"Fuel allowance ({km} km x 3.5)", round(km * 3.5, 2)))
    cuts = [("Less: PF (12% of basic)", round(basic * 0.12, 2)), ("Less: ESI (0.75%)", round(basic * 0.0075, 2))]
    if rng.random() < 0.4:
        cuts.append(("Less: Advance recovered", float(rng.choice([1000, 1500, 2000]))))
    net = round(sum(v for _, v in lines) - sum(v for _, v in cuts), 2)
    return lines + cuts, net


def wages_incentives(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its technicians' wages and incentives (the technician the payee): RazorpayX payouts in a
    browser (Payout to / Beneficiary, Fund account, Mode, Purpose salary, Payout ID pout_..., UTR, Processed at /
    Created at; Processed / Queued / Reversed), the business banking app's IMPS (HDFC SmartHub Vyapar, ICICI
    InstaBIZ), the branch's WAGES & INCENTIVE PAYMENT VOUCHER paid in cash (Voucher No., Date, Paid to, Employee code,
    Wage month (no fact), Basic wages (n days), Incentive - AMC renewals (n x 250), Incentive - termite jobs, Fuel
    allowance (km x 3.5), Less: PF, ESI, Advance recovered, Net paid (the sum); PAID and the receiver's signature)
    and the payslip e-mail with Net pay credited (the sum)."""
    k = place("wages_incentives")
    status = outcome(k, failed=(4,), pending=(0,))
    frame = WAGE_PAGES[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, town=k)
    tech = rng.choice(TECHS)
    j.to = tech.upper() if rng.random() < 0.2 else tech
    rows, net = wage_lines(rng)
    j.amount = net
    if frame == "bank":
        row = WAGE_BANKS[k]
        p, _ = transfer_ack(rng, font, k, row, status, j, url=None, widths=[700], third_head="Salary",
                            payee_labels=["Beneficiary", "Paid to", "To"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Reference No.", "Transaction ID"], txn_label="Transaction ID")
        wrap_pair(p, rng.choice(["Remarks", "Narration"]), rng.choice(["Salary + incentive", "Wages & incentive",
                                                                       "Tech payout"]) +
                  ("" if j.no_day else f" {when(j.date.replace(day=1) - dt.timedelta(days=1), '%b-%y')}"))
        if status == "failed":
            p.add("small", "Beneficiary account is frozen / inoperative. The amount is reversed to your account.")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password")
        return p.done()
    if frame == "razorpayx":
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{FIRM}  |  Current account")
        p.add("center", "Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed", "Payout processed"], "pending": ["Queued", "Processing"]})
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Payout to", "Beneficiary", "Contact"]), j.to, merchant=j.to)
        way = rng.choice(["IMPS", "UPI", "NEFT"])
        p.pair("Fund account", f"A/c XXXX{digits(rng, 4)}" if way != "UPI" else
               f"{j.to.split()[0].lower()}{digits(rng, 2)}@ybl")
        p.pair("Mode", way, method=method_of(way))
        p.pair("Purpose", rng.choice(["salary", "payout", "incentive"]))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}"
            labelled(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                ref = neft_utr("RATN", rng, j.date) if way == "NEFT" else j.ref
                labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
        if not j.no_day:
            labelled(p, "Processed at" if status == "success" else "Created at", stamp(rng, j.date, PATS),
                     date=j.date)
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX current account.")
        return p.done()
    if frame == "voucher":
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, TRADE, ["WAGES & INCENTIVE PAYMENT VOUCHER", "CASH PAYMENT VOUCHER"],
                   sub=f"{TOWNS[k][0]} branch", merchant=False)
        if not j.no_ref:
            vno = f"CPV/{j.year()}{rng.randrange(1, 400):03d}"
            p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Paid to", j.to, merchant=j.to)
    else:
        p = mail_page(rng, font, f"{TRADE} HR <payroll@{SLUG}.in>", ["Your payslip and incentive",
                                                                       "Salary credited"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, TRADE)
        p.add("small", FIRM)
        p.add("center", "PAYSLIP & PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Employee", "Paid to"]), j.to, merchant=j.to)
    p.pair("Employee code", f"SN{CODES[k]}{rng.randrange(10, 300):03d}")
    p.pair("Designation", rng.choice(["Pest control technician", "Senior technician", "Termite specialist"]))
    if not j.no_day:
        p.pair(rng.choice(["Wage month", "Pay period"]), j.month(1))
    p.add("rule")
    for label, value in rows:
        wrap_pair(p, label, rs(value))
    if frame == "voucher":
        p.pair(rng.choice(["Net paid", "Amount paid"]), rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        p.pair("Mode", "Cash", method="cash")
        p.add("center", "PAID", status="success")
        p.part = "foot"
        p.add("pair", "Receiver's signature", "Branch manager")
        return p.done()
    p.pair(rng.choice(["Net pay credited", "Net pay"]), rs(net), amount=net)
    p.pair("Credited to", f"{rng.choice(BANKS[:6])} A/c XXXX{digits(rng, 4)}")
    p.pair("Mode", "NEFT", method="netbanking")
    if not j.no_ref:
        rail_ref(p, j, "NEFT", ["HDFC", "ICIC"])
    if not j.no_day:
        p.pair(rng.choice(["Credited on", "Payment date"]), j.day(rng), date=j.date)
    p.pair("Status", "Credited", status="success")
    p.part = "foot"
    p.add("small", "This is a system generated payslip and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 9. branch rent and electricity


LANDLORDS = ["Prakash Ganpatrao Deshmukh", None, None, "Sushila Devi Agarwal", None, "Rathod Estates LLP", None, None]
# board (long, short), the consumer number's label and size
BOARDS = [("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "Consumer No.", 12),
          ("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL", "Service No.", 11),
          ("Madhyanchal Vidyut Vitran Nigam Ltd", "MVVNL", "Account No.", 10),
          ("Eastern Power Distribution Co. of AP Ltd", "APEPDCL", "Service No.", 13),
          ("Punjab State Power Corporation Ltd", "PSPCL", "Account No.", 10),
          ("Paschim Gujarat Vij Company Ltd", "PGVCL", "Consumer No.", 11),
          ("Assam Power Distribution Company Ltd", "APDCL", "Consumer No.", 12),
          ("Uttarakhand Power Corporation Ltd", "UPCL", "Service Connection No.", 12)]
POWER_APPS = {1: ("PhonePe", (95, 37, 159), "phone", "UPI"), 2: ("Paytm", (0, 46, 110), "phone", "wallet"),
              4: ("Kotak Biz", None, "browser", "netbanking"), 6: ("Google Pay", (26, 115, 232), "phone", "UPI"),
              7: ("CRED", (18, 18, 20), "phone", "card")}


def rent_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The branch's rent and electricity: two landlords' RENT RECEIPTs (Receipt No., Date, "Received from M/s <company>
    the monthly rent for the branch office & chemical store at <address> for <month>", Monthly rent, Less: TDS u/s
    194-I(b) @ 10% on some, Net amount received, Paid by; the landlord under Landlord / Owner / Lessor, the payee),
    one transfer to a landlord in the business app (Axis neo: the landlord under Beneficiary), and five Bharat Connect
    electricity payments (PhonePe, Paytm wallet, Google Pay, CRED on a phone, Kotak Biz's Bill payment receipt in a
    browser): the board under Biller / Electricity board / Billed by (the payee), the consumer number, Consumer name
    the company, Bill month and Due date (no fact), Bill amount, Paid using, B-Connect Txn ID / BBPS Ref No., UPI Ref
    No., Paid on / Attempted on / Initiated on; Bill paid / Payment successful / Bill payment failed / Biller
    confirmation pending."""
    k = place("rent_power")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=3500, high=60000, p_round=0.3, town=k)
    if k == 5:
        j.amount = float(whole(rng.uniform(18000, 45000), 500))
        j.to = LANDLORDS[k]
        row = ("Axis neo for business", (151, 20, 77), "app", "IMPS", "UTIB")
        p, _ = transfer_ack(rng, font, k, row, status, j, url=None, widths=[700], third_head="Pay rent",
                            payee_labels=["Beneficiary", "Pay to"])
        transfer_rows(p, rng, j.date, kind="app", mode="IMPS", head4="UTIB", status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Transaction ID"], txn_label="Transaction ID")
        wrap_pair(p, "Remarks", f"Branch rent {j.month()[:3]}-{j.date:%y}")
        p.part = "foot"
        p.add("small", "This is a computer generated advice")
        return p.done()
    if LANDLORDS[k]:
        lord = LANDLORDS[k]
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        p.part = "head"
        p.add("title", rng.choice(["RENT RECEIPT", "RECEIPT"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"{rng.randrange(1, 60)}"
            p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        rent = float(whole(rng.uniform(22000, 85000), 500))
        tds = round(rent * 0.10, 2) if rent >= 50000 else 0.0
        net = round(rent - tds, 2)
        j.amount = net
        month = "" if j.no_day else f" for {j.month()}"
        p.add("left", f"Received from M/s {FIRM} ({TRADE}) the sum of {words_in_rupees(net)} towards the monthly "
                      f"rent of the branch office & chemical store at {address(rng, k)}{month}.")
        p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
        if tds:
            p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
        p.pair(rng.choice(["Net amount received", "Amount received"]), rs(net), amount=net)
        way = rng.choice(["NEFT", "cheque", "UPI"])
        if way == "cheque":
            p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
        else:
            p.pair(rng.choice(["Paid by", "Mode of payment"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["HDFC", "SBIN"])
        p.add("center", "RECEIVED WITH THANKS", status="success")
        p.part = "foot"
        p.add("left", "[ Revenue stamp ]")
        label = rng.choice(["Landlord", "Owner", "Lessor"])
        if fits(p, "pair", f"{label}  {lord}    "):
            p.pair(label, lord, merchant=lord)
        else:
            p.add("left", label)
            p.add("left", lord, merchant=lord)
        p.pair(rng.choice(["PAN of landlord", "PAN"]), pan(rng, "F" if "LLP" in lord else "P"))
        return p.done()
    long, short, number, size = BOARDS[k]
    app, band, frame, way = POWER_APPS[k]
    words = {"success": ["Bill paid", "Payment successful", "Paid to biller"], "failed": ["Bill payment failed"],
             "pending": ["Biller confirmation pending", "Bill payment pending"]}
    if frame == "browser":
        p = browser_page(rng, font, "bizbanking.kotak.com/billpay/receipt")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill payment receipt", "Bharat Connect - Transaction receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair("Status", rng.choice(words[status]), status=status)
    else:
        p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
        rs = money(rng, font, 0.3)
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Recharge & bills"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Electricity board {long}     ") else short
    wrap_pair(p, rng.choice(["Biller", "Electricity board", "Billed by"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, rng.choice(["Consumer name", "Customer name"]), FIRM.upper())
    if not j.no_day:
        p.pair(rng.choice(["Bill month", "Billing month"]), j.month(1))
        p.pair("Due date", j.other_day(rng, 2, 14))
    p.pair("Bill amount", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "netbanking": f"Current A/c {masked(rng, font)}", "card": f"Credit card {masked(rng, font)}",
            "wallet": "Paytm Wallet"}[way], method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "BBPS Ref No."]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
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


# ---------------------------------------------------------------- 10. software


SAAS = [("Jobber", "getjobber.com", "mail", "Octopusapp Inc.", "card", "USD"),
        ("ServiceM8", "servicem8.com", "browser", "ServiceM8 Pty Ltd", "card", "AUD"),
        ("Zoho FSM", "zoho.in", "browser", "Zoho Corporation Pvt Ltd", "netbanking", "INR"),
        ("TallyPrime", "tallysolutions.com", "phone", "Tally Solutions Pvt Ltd", "UPI", "INR"),
        ("Google Workspace", "workspace.google.com", "browser", "Google Cloud India Pvt Ltd", "card", "INR"),
        ("Exotel", "exotel.com", "mail", "Exotel Techcom Pvt Ltd", "netbanking", "INR"),
        ("Interakt", "interakt.shop", "phone", "Jio Haptik Technologies Ltd", "UPI", "INR"),
        ("Fieldproxy", "fieldproxy.com", "mail", "Fieldproxy Technologies Pvt Ltd", "card", "INR")]
SAAS_PLANS = {"Jobber": ("Connect - 5 users (monthly)", [("Connect plan", 1, 169.0), ("Additional users", 2, 29.0)], 30),
              "ServiceM8": ("Growing plan (monthly)", [("Growing plan - 500 jobs", 1, 149.0)], 30),
              "Zoho FSM": ("Premium - annual", [("Technician licences", 12, 1800.0)], 365),
              "TallyPrime": ("TSS renewal - Silver (annual)", [("TallyPrime Silver - TSS 12 months", 1, 4500.0)], 365),
              "Google Workspace": ("Business Starter - Flexible plan", [("Users", 18, 136.0)], 30),
              "Exotel": ("Call tracking - 10 numbers", [("Virtual numbers", 10, 499.0), ("Call credits", 1, 5000.0)], 30),
              "Interakt": ("Growth - quarterly", [("WhatsApp API - Growth plan", 1, 6899.0)], 90),
              "Fieldproxy": ("Standard - 20 field users", [("Field users", 20, 399.0)], 30)}


def software_subs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's software (Jobber billed in US dollars, ServiceM8 in Australian dollars; Zoho FSM, TallyPrime's
    TSS, Google Workspace, Exotel, Interakt and Fieldproxy in rupees; an e-mail, a billing page or an app's screen):
    the product on top (the payee) and its company line, Bill to / Account the company, Account ID (no id), Plan,
    Billing period (no fact), the lines, Subtotal, GST @ 18% or Tax 0.00 with the reverse-charge note, Amount paid /
    Total charged / Total / Amount due or the sum large, Paid with, Invoice # / Invoice No., Payment ID / Transaction
    ID, Bank Ref No., Auth code, UPI Ref No, Charged on / Paid on / Attempted on / Initiated on, Next charge on (no
    fact); Paid / Payment successful / Charge failed - card declined / Payment processing - awaiting bank
    confirmation."""
    k = place("software_subs")
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
            f"{'fsm.' if name == 'Zoho FSM' else 'go.'}{site}/{rng.choice(['billing', 'settings/billing'])}"
        p = browser_page(rng, font, url)
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {"success": ["Paid", "Payment successful"], "failed": ["Charge failed - card declined"],
             "pending": ["Payment processing - awaiting bank confirmation"]}
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", company)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add("center", rng.choice(["Payment receipt", "Invoice paid", "Receipt"]) if status == "success" else
              rng.choice(["Billing - transaction details", "Payment status"]))
        p.add("rule")
        p.part = "body"
    plan, lines, days = SAAS_PLANS[name]
    wrap_pair(p, rng.choice(["Bill to", "Account", "Customer"]), FIRM)
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[0][4]))
    p.pair(rng.choice(["Account ID", "Customer ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        sub += qty * rate
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(qty * rate))
    sub = round(sub, 2)
    p.pair(rng.choice(["Subtotal", "Sub total"]), show(sub))
    tax = round(sub * 0.18, 2) if cur == "INR" else 0.0
    p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]) if cur == "INR" else "Tax", show(tax))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        p.pair(rng.choice(["Amount paid", "Total charged", "Total"] if status == "success" else ["Amount due", "Total"]),
               show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: the customer accounts for IGST on this import of services.")
    vpa = f"{SLUG}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}"
    p.pair(rng.choice(["Payment method", "Paid with"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}", "UPI": f"UPI AutoPay ({vpa})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        if status == "success":
            inv = f"{code(rng, 4, UPPER)}-{rng.randrange(1000, 9999)}"
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
        labelled(p, {"success": rng.choice(["Charged on", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair("Next charge on", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will retry the charge in 3 days. Update your card to avoid suspension.")
    p.part = "foot"
    p.add("small", rng.choice(["Manage billing under Settings > Billing.", "Questions? Reply to this message."]))
    return p.done()


# ---------------------------------------------------------------- 11. refunds for cancelled services


REFUND_PAGES = [("paper", "cash"), ("app", "IMPS"), ("mail", "UPI"), ("gateway", "card"), ("app", "UPI"),
                ("paper", "UPI"), ("mail", "NEFT"), ("gateway", "UPI")]
REFUND_APPS = {1: ("Kotak Biz", (237, 28, 36)), 4: ("HDFC Bank SmartHub Vyapar", (0, 76, 143))}
GATEWAYS = {3: ("Razorpay", "dashboard.razorpay.com/app/refunds"), 7: ("PayU", "onepayu.payu.in/refunds")}
CANCELLED = ["Termite treatment - 3BHK (cancelled by customer)", "Bed bug treatment - visit not required",
             "Deep disinfection - booking cancelled", "AMC advance - society withdrew", "Mosquito fogging - rained out",
             "General pest control - duplicate booking"]


def cancel_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company refunding a cancelled service (the customer the payee): its REFUND VOUCHER (paper, the company on
    top: Voucher No., Date, Refund to / Customer, Booking, Advance paid, Less: Visit / inspection charge, Refund
    amount (the sum), Paid by; REFUNDED), its e-mail (Refunded to, Amount refunded, Mode, UTR / UPI Ref No., Refunded
    on; Refund processed), its business banking app (Kotak Biz, HDFC SmartHub Vyapar: Paid to / Beneficiary, Remarks,
    IMPS Ref No / UPI Ref No and Transaction ID; Transfer successful / Transfer failed - beneficiary account closed)
    or its gateway's refund page (Razorpay, PayU: Customer / Refunded to, Payment amount, Cancellation charge (n%),
    Refund ID, ARN / RRN, the original Payment ID (no id), Processed on / Initiated on; Refund processed / Refund in
    progress)."""
    k = place("cancel_refund")
    status = outcome(k, failed=(4,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    client = rng.choice(SOCIETIES) if k == 6 else rng.choice(PEOPLE)
    client = client.upper() if rng.random() < 0.2 else client
    paid = float(rng.choice([999, 1499, 2360, 3540, 4999, 6500, 11800]))
    pct = rng.choice([0, 10, 20])
    charge = round(paid * pct / 100, 2)
    refund = round(paid - charge, 2)
    j.amount = refund
    job = rng.choice(CANCELLED)
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
        wrap_pair(p, "Booking", job)
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        p.pair(f"Cancellation charge ({pct}%)", rs(charge))
        p.pair("Refund to", {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}" if gw == "Razorpay" else f"{digits(rng, 11)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "RRN", arn, txn=(UTR_RANK, arn))
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else digits(rng, 10))
        labelled(p, {"success": rng.choice(["Processed on", "Refunded on"]), "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS), date=j.date)
        if status == "pending":
            p.add("small", "Refunds reach the customer's card in 5-7 working days.")
        p.part = "foot"
        p.add("small", "Refunds cannot be cancelled once initiated.")
        return p.done()
    if frame == "app":
        app, band = REFUND_APPS[k]
        p = phone_page(rng, font, k, ["", "Transaction details"])
        head(p, app, band, p.style["h106"]["dark"], ["Pay vendors & others", f"{way} transfer"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        outcome_row(p, status, {"success": ["Transfer successful", "Money sent"],
                                "failed": ["Transfer failed - beneficiary account closed"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), client, merchant=client)
        if way == "UPI":
            p.pair("UPI ID", f"{client.split()[0].lower()}{rng.randrange(10, 99)}@oksbi")
        else:
            p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
            p.pair("IFSC", ifsc(rng))
        p.pair("Mode", way, method=method_of(way))
        wrap_pair(p, "Remarks", rng.choice(["Refund - cancelled service", "Booking refund", "Advance refund"]))
        if not j.no_ref:
            if status == "success":
                labelled(p, "IMPS Ref No" if way == "IMPS" else "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
        if not j.no_day:
            labelled(p, "Date & Time" if status == "success" else "Attempted on", stamp(rng, j.date, PATS),
                     date=j.date)
        p.pair("Debited from", f"Current A/c {masked(rng, font)}")
        if status == "failed":
            p.add("small", "The amount has been reversed to your account.")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password")
        return p.done()
    if frame == "paper":
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, TRADE, ["REFUND VOUCHER", "CANCELLATION REFUND VOUCHER"], sub=rng.choice(NEST_SUB),
                   merchant=False)
        if not j.no_ref:
            vno = f"RF/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair(rng.choice(["Voucher No.", "Refund voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Customer"]), client, merchant=client)
    else:
        p = mail_page(rng, font, f"{TRADE} <care@{SLUG}.in>", ["Your refund has been processed",
                                                                "Refund for your cancelled service"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, TRADE)
        p.add("small", rng.choice(NEST_SUB))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {client.split()[0].title()}, we have refunded your payment for the cancelled service.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
    wrap_pair(p, "Booking", job)
    p.pair(rng.choice(["Advance paid", "Amount paid"]), rs(paid))
    if charge:
        p.pair(rng.choice(["Less: Visit charge", "Less: Inspection charge"]), rs(charge))
    p.pair(rng.choice(["Refund amount", "Amount refunded"]), rs(refund), amount=refund)
    p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "KKBK"])
    if frame == "mail":
        p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", "We hope to serve you again.")
    else:
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("pair", "Customer's signature", "For the company")
    return p.done()


# ---------------------------------------------------------------- 12. licence fees, GST and TDS


# the state's treasury portal, its department, the challan number's label
LICENCE = {0: ("GRAS - Government Receipt Accounting System, Maharashtra", "Commissionerate of Agriculture, Maharashtra",
               "GRN"),
           2: ("e-Kosh Uttar Pradesh - Online Challan", "Directorate of Agriculture, Uttar Pradesh", "GRN"),
           4: ("AP CFMS - Citizen Challan", "Commissionerate of Agriculture, Andhra Pradesh", "Challan No."),
           6: ("eGRAS Assam", "Directorate of Agriculture, Assam", "GRN")}
TAX_PAGES = {1: ("gst", "browser", "neft"), 3: ("tds", "browser", "netbanking"), 5: ("gst", "paper", "netbanking"),
             7: ("tds", "paper", "UPI")}


def govt_tax(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's dues to government: four licence and pesticide registration fees to the state agriculture
    department on its treasury's e-challan (Maharashtra's GRAS, UP's e-Kosh, AP's CFMS, eGRAS Assam: the portal on
    top (no payee), Department / Payable to the department (the payee), Office, Purpose (Licence for commercial pest
    control operations - Insecticides Rules, 1971 / Renewal / Additional premises), Application No. and Licence No.
    (no id), Head of account, Fee, Late fee, Total (the sum), Payment mode, GRN / Challan No., Bank CIN, Bank Ref No.,
    Payment date / Attempted on; Success / Payment failed), two GST challans (PMT-06; no payee) and two TDS challans
    (ITNS 281; no payee); Paid / Awaiting credit from RBI - NEFT / RTGS / Payment Successful."""
    k = place("govt_tax")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, town=k)
    if k in LICENCE:
        portal, dept, label = LICENCE[k]
        p = browser_page(rng, font, {0: "gras.mahakosh.gov.in/echallan/receipt", 2: "ekosh.up.gov.in/challan",
                                     4: "cfms.ap.gov.in/citizenchallan", 6: "egras.assam.gov.in/receipt"}[k])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, portal.split(" - ")[0])
        p.add("small", portal.split(" - ")[1] if " - " in portal else "Online challan receipt")
        p.add("center", rng.choice(["e-Challan Receipt", "Challan Payment Status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Success", "Payment successful"], "failed": ["Payment failed"]})
        wrap_pair(p, rng.choice(["Department", "Payable to"]), dept, merchant=dept)
        wrap_pair(p, "Office", f"District Agriculture Officer, {TOWNS[k][0]}")
        wrap_pair(p, rng.choice(["Remitter", "Name of the party"]), FIRM.upper())
        wrap_pair(p, "Purpose", rng.choice(["Licence for commercial pest control operations (Insecticides Rules, "
                                            "1971)", "Renewal of pest control operator licence",
                                            "Additional premises - insecticide storage", "Pesticide stock licence fee"]))
        p.pair("Application No.", f"AGR{digits(rng, 9)}")
        p.pair("Licence No.", f"{TOWNS[k][3][:3].upper()}/PCO/{digits(rng, 4)}")
        p.pair("Head of account", f"0401-00-{rng.choice(['800', '103'])}-{digits(rng, 2)}")
        heads = [("Licence fee", float(rng.choice([1500, 3000, 5000, 7500])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([500, 1000]))))
        for lab, value in heads:
            p.pair(lab, rs(value))
        total = sum(v for _, v in heads)
        j.amount = total
        p.pair(rng.choice(["Total", "Total amount"]), rs(total), amount=total)
        way = rng.choice(["netbanking", "UPI", "card"])
        p.pair("Payment mode", {"netbanking": "Net Banking", "UPI": "UPI", "card": "Debit card"}[way], method=way)
        p.pair("Bank", rng.choice(BANKS[:6]))
        if not j.no_ref:
            grn = f"{TOWNS[k][3][:2].upper()}{digits(rng, 12)}"
            p.pair(label, grn, txn=(TXN_RANK, grn))
            if status == "success":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        labelled(p, "Payment date" if status == "success" else "Attempted on", stamp(rng, j.date, PATS),
                 date=j.date)
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        p.part = "foot"
        p.add("small", "Submit this receipt with the licence application on the department's portal.")
        return p.done()
    tax, frame, way = TAX_PAGES[k]
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt" if tax == "gst" else
                         "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    if tax == "gst":
        top(p, "Goods and Services Tax")
        p.add("small", "Government of India, States and Union Territories")
        p.add("center", rng.choice(["Payment Receipt - Form GST PMT-06", "Challan Payment Receipt"]))
    else:
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
    p.add("rule")
    p.part = "body"
    words = {"success": ["Paid", "Payment Successful"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]}
    if frame == "browser":
        outcome_row(p, status, words)
    if tax == "gst":
        if not j.no_ref and not j.no_day:
            cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[0][4]}{digits(rng, 8)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("GSTIN", gstin(rng, TOWNS[0][4]))
        wrap_pair(p, "Legal name", FIRM.upper())
        wrap_pair(p, "Trade name", TRADE)
        if not j.no_day:
            period = j.date.replace(day=1) - dt.timedelta(days=1)
            p.pair(rng.choice(["Return period", "Tax period"]), when(period, rng.choice(["%m/%Y", "%b-%Y"])))
        base = float(whole(rng.uniform(25000, 260000), 1))
        heads = [("CGST (0005) Tax", base), ("SGST (0006) Tax", base)]
        if rng.random() < 0.4:
            heads.append(("IGST (0008) Tax", float(whole(rng.uniform(2000, 40000), 1))))
    else:
        p.pair("TAN", f"NGP{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
        wrap_pair(p, "Name", FIRM.upper())
        if not j.no_day:
            y = int(fy(j.date)[:2]) + 1
            p.pair("Assessment Year", f"20{y}-{y + 1}")
        wrap_pair(p, "Major Head", "(0020) Corporation Tax")
        wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
        wrap_pair(p, "Nature of Payment", rng.choice(["194C - Payment to contractors",
                                                       "194-I(b) - Rent on land, building or furniture",
                                                       "192 - Salary"]))
        heads = [("Tax", float(rng.randrange(20, 600) * 100))]
        if rng.random() < 0.35:
            heads.append(("Interest", float(rng.randrange(2, 60) * 25)))
    for lab, value in heads:
        p.pair(lab, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair("Total challan amount" if tax == "gst" else "Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair("Payment mode", {"neft": "NEFT / RTGS", "netbanking": "E-Payment (Net Banking)", "UPI": "UPI"}[way],
           method={"neft": "netbanking"}.get(way, way))
    bank = rng.choice(BANKS[:6])
    p.pair("Bank", bank)
    if status == "success" and not j.no_ref:
        brn = digits(rng, 12)
        if tax == "tds":
            crn = f"{rng.choice('13579')}{digits(rng, 13)}"
            p.pair("CRN", crn, txn=(INVOICE_RANK, crn))
            bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
            p.pair("BSR Code", bsr)
            p.pair("Challan Sr. No.", serial)
            if not j.no_day:
                cin = f"{bsr}{j.date:%d%m%Y}{serial}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
        elif not j.no_day:
            cin = f"{rng.choice(['HDFC', 'ICIC', 'SBIN'])}{j.date:%y}{TOWNS[0][4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair("Date of deposit" if status == "success" else "Initiated on", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "pending":
        p.add("small", "Mandate form generated. Remit by NEFT / RTGS from your bank; the receipt is issued once RBI "
                       "reports the credit.")
    p.part = "foot"
    p.add("small", "Note: This is a system generated receipt.")
    return p.done()


compose = compose121

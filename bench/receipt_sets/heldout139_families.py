"""The twelve heldout139 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a dairy cooperative and milk-products distributor's day in 2026 (a district milk
union in each of Anand, Kolar, Karnal, Erode, Bhilwara, Sangli, Hajipur and Ongole, a trade name and its registered
union), told by the proofs of payment that pass through it: retailers and sweet shops paying for milk, curd, paneer
and ghee by UPI, hotels and sweet shops paying a month's bill by NEFT, RTGS or IMPS, the route salesman's money
receipts for cash and cheques, a milk booth's handheld collection slip, the ten-day milk bills paid to member farmers
(litres x a fat / SNF rate; an SMS on some), the union's payment advices to its cattle-feed plant and its packaging
film supplier, a veterinary camp's fee receipt, a bulk milk cooler's electricity bill paid to the power company, a
tanker transporter's freight bill, a chiller's or a tractor's loan instalment, the cattle insurance premium and the
refunds of retailers' crate deposits. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, litres, fat and SNF percentages, rates per
litre, milk values, deductions for feed, mineral mixture, share capital and loans, member, society, booth, route,
consumer, vendor and agent codes, crates, balances and dues, tanker numbers, km, shortages, TDS lines, invoice
numbers and days in a table, cheque numbers and cheque dates, ear tags, sums insured, policy and loan numbers, UMRN,
GSTIN, account numbers, IFSC, the payer's own details and every other day (a payment cycle's, a camp's, a bill's
month, a due day, a policy period, a next EMI) carry no fact. ``compose`` is heldout121's (heldout119's frames and
marks, heldout106's SMS screen, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import glyphs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import masked, money
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
from bench.receipt_sets.heldout138_families import browser_page, mail_page, method_of, paper_page, phone_page

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# town, PIN code, locality, state, GST state code
CITIES = [("Anand", "388001", "Vidyanagar Road", "Gujarat", "24"),
          ("Kolar", "563101", "Doddapet", "Karnataka", "29"),
          ("Karnal", "132001", "Sector 32", "Haryana", "06"),
          ("Erode", "638001", "Perundurai Road", "Tamil Nadu", "33"),
          ("Bhilwara", "311001", "Pur Road", "Rajasthan", "08"),
          ("Sangli", "416416", "Miraj Road", "Maharashtra", "27"),
          ("Hajipur", "844101", "Industrial Area", "Bihar", "10"),
          ("Ongole", "523001", "Kurnool Road", "Andhra Pradesh", "37")]
# the milk union in each town: its trade name, its registered union
TRADE, FIRM = range(2)
UNIONS = [("Charotar Dairy", "Charotar District Co-op. Milk Producers' Union Ltd"),
          ("Kolar Ksheera Dairy", "Kolar Milk Producers' Co-operative Union Ltd"),
          ("Karna Dairy", "Karnal Zila Dugdh Utpadak Sahkari Sangh Ltd"),
          ("Kongu Dairy", "Erode District Co-op. Milk Producers' Union Ltd"),
          ("Mewar Dairy", "Bhilwara Zila Dugdh Utpadak Sahkari Sangh Ltd"),
          ("Krishna Valley Dairy", "Krishna Valley Sahakari Dudh Sangh Ltd"),
          ("Vaishali Dairy", "Vaishali Patliputra Dugdh Utpadak Sahkari Sangh"),
          ("Prakasam Dairy", "Prakasam District Milk Producers' Co-op. Union")]
SLUGS = ["charotardairy", "kolardairy", "karnadairy", "kongudairy", "mewardairy", "kvdairy", "vaishalidairy",
         "prakasamdairy"]
VILLAGES = [["Boriavi", "Karamsad", "Sojitra", "Petlad"], ["Malur", "Bangarpet", "Mulbagal", "Srinivasapur"],
            ["Nilokheri", "Gharaunda", "Indri", "Assandh"], ["Bhavani", "Gobichettipalayam", "Perundurai", "Kodumudi"],
            ["Mandal", "Asind", "Shahpura", "Gangapur"], ["Miraj", "Tasgaon", "Islampur", "Kavathe Mahankal"],
            ["Lalganj", "Mahnar", "Bidupur", "Raghopur"], ["Kandukur", "Addanki", "Chirala", "Darsi"]]
SHOPS = [["Jalaram Sweets", "Hotel Sardar Palace", "Shree Khodiyar Dairy Parlour", "Anand Farsan House"],
         ["Sri Venkateshwara Sweets", "Hotel Kolar Residency", "Ganesh Milk Centre", "Annapoorna Tiffins"],
         ["Bikaner Mishthan Bhandar", "Hotel Noor Mahal", "Aggarwal Sweets Corner", "Karnal Haveli Dhaba"],
         ["Sri Krishna Sweets", "Hotel Brindavan Erode", "Kongu Bakery", "Velan Milk Depot"],
         ["Jodhpur Mishthan Grih", "Hotel Shri Mewar", "Laxmi Dairy Booth", "Kamal Namkeen"],
         ["Mahalaxmi Sweets", "Hotel Sangli Inn", "Patil Dudh Dairy", "Ganesh Bhel & Lassi"],
         ["Vaishali Sweets", "Hotel Hajipur Regency", "Maa Tara Dugdh Bhandar", "Jha Lassi Corner"],
         ["Sri Lakshmi Sweets", "Hotel Ongole Grand", "Balaji Milk Point", "Sai Ram Tiffin Centre"]]
FARMERS = [["Ramanbhai Patel", "Jashodaben Parmar", "Kanubhai Solanki"], ["M. Narayanappa", "Gowramma K.", "Venkatesh R."],
           ["Balwan Singh", "Santosh Devi", "Rajbir Kadian"], ["K. Palanisamy", "R. Selvi", "M. Kandasamy"],
           ["Bhanwar Lal Gurjar", "Kamla Devi Jat", "Ramesh Chandra Sen"], ["Dattatray Jadhav", "Sunita Mane",
                                                                           "Shivaji Pawar"],
           ["Ram Pravesh Rai", "Sudama Devi", "Umesh Paswan"], ["P. Venkata Reddy", "K. Lakshmamma", "B. Srinivasulu"]]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. Show this screen to the delivery boy."]
# paper's ways of writing a day (other than heldout138's)
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d-%b-%y", "%B {d}, %Y", "%d %b %Y", "%Y-%m-%d"]


def union(rng: random.Random, i: int, *, firm: float = 0.3, caps: float = 0.25) -> str:
    """The milk union as a payee: its trade name, its registered union's on some, in capitals on some."""
    name = UNIONS[i][FIRM] if rng.random() < firm else UNIONS[i][TRADE]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 50000, p_round: float = 0.6, firm: float = 0.3, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(UNIONS)) if town is None else town
        self.to = union(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)
        self.shop = rng.choice(SHOPS[self.town])
        self.village = rng.choice(VILLAGES[self.town])

    def year(self) -> str:
        """The financial year a document's number carries, none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a cycle's, a cheque's, a due day): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def head_of(p: Screen, j: Job, name: str, kinds: list[str], sub: str, *, merchant: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", f"{rng.choice(['Plot', 'Survey No.', 'Door No.'])} {rng.randrange(2, 240)}, {city[2]}, "
                   f"{city[0]} - {city[1]}")
    if rng.random() < 0.7:
        p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ref_for(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: UPI Ref, an NEFT UTR (a bank reference instead on a page without a day:
    the UTR spells the year and the day's number), an RTGS UTR (never on a page without a day), an approval code;
    nothing for cash or a cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI RRN", "UPI Txn No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and j.no_day:
        ref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Bank Ref No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        assert not j.no_day
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["RTGS UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))


def way_label(rng: random.Random, way: str, font: str) -> str:
    return {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)", "BHIM UPI"]), "NEFT": "NEFT", "RTGS": "RTGS",
            "IMPS": "IMPS", "cheque": "Cheque",
            "card": f"{rng.choice(['RuPay', 'Visa'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    return {"cheque": "cheque"}.get(way, method_of(way))


# ---------------------------------------------------------------- 1. a retailer's UPI payment for milk and paneer


UPI_ORDER = ["BHIM", "Google Pay", "Paytm", "PhonePe", "Amazon Pay", "CRED", "Navi", "MobiKwik"]
SHOP_NOTES = ["Paneer 12 kg", "Curd 60 cups", "Milk dues", "Ghee 15 kg tin", "Dahi + lassi", "Khoa 20 kg",
              "Milk bill booth", "Butter 40 pkt", "Shrikhand order", "Tea milk crates"]


def retailer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A retailer's or a sweet shop's UPI app paying the union for milk, curd, paneer or ghee (BHIM, Google Pay,
    Paytm, PhonePe, Amazon Pay, CRED, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the
    union (its registered name on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait),
    a note (Paneer 12 kg, Ghee 15 kg tin) on most."""
    k = place("retailer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=350, high=38000, p_round=0.8, firm=0.2)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, UNIONS[j.town][TRADE], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOP_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "Need help?  |  Raise a dispute"]))
    return p.done()


# ---------------------------------------------------------------- 2. a hotel's or a sweet shop's transfer for a month's bill


XFER = [("Canara ai1", (0, 90, 160), "app", "IMPS", "CNRB"),
        ("PNB ONE", (160, 20, 40), "app", "NEFT", "PUNB"),
        ("Union Bank Vyom", (200, 20, 30), "app", "NEFT", "UBIN"),
        ("Kotak Net Banking", None, "web", "RTGS", "KKBK"),
        ("IDBI Go Mobile+", (0, 120, 100), "app", "IMPS", "IBKL"),
        ("BOI Star Connect", None, "web", "NEFT", "BKID"),
        ("IndusInd Net Banking", None, "web", "RTGS", "INDB"),
        ("SIBerNet", None, "web", "IMPS", "SIBL")]
XFER_URLS = {"Kotak Net Banking": "netbanking.kotak.com/knb2/fundtransfer/rtgsack",
             "BOI Star Connect": "starconnectcbs.bankofindia.com/BankAwayRetail/neft/confirm",
             "IndusInd Net Banking": "indusnet.indusind.com/corp/Payments/RTGS/Ack",
             "SIBerNet": "sibernet.southindianbank.com/corp/IMPS/status"}
XFER_NOTES = ["Milk & paneer bill", "Dairy bill - hotel kitchen", "Ghee and khoa supply", "Monthly milk bill",
              "Curd and butter dues", "Sweets raw material - dairy"]


def trade_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A hotel's or a sweet shop's bank app or net banking (Canara ai1, PNB ONE, Union Bank Vyom, Kotak Net Banking,
    IDBI Go Mobile+, BOI Star Connect, IndusInd Net Banking, SIBerNet) after an NEFT, RTGS or IMPS paying the union's
    monthly bill: heldout124's page, the union under Beneficiary / Payee Name / Credit to, the account and IFSC, the
    mode, UTR / IMPS Ref No and the bank's Reference No. / Transaction ID on some, the day, the debit account,
    Remarks / Narration (a bill number inside the remark names the bill, never the payment)."""
    k = place("trade_transfer")
    status = outcome(k, failed=(5,), pending=(1,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (4000, 180000), "NEFT": (12000, 380000), "RTGS": (205000, 950000)}[mode]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=low, high=high, p_round=0.5, firm=0.5, caps=0.35)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay supplier", payee_labels=["Beneficiary", "Payee Name", "Credit to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Reference No.", "Transaction ID", "Txn Ref No"],
                  txn_label="Transaction ID")
    note = rng.choice(XFER_NOTES)
    if not j.no_ref and rng.random() < 0.5:
        note = f"Bill {SLUGS[j.town][:2].upper()}/{rng.randrange(100, 9999)} {j.shop.split()[0]}"
    p.pair(rng.choice(["Remarks", "Narration"]), note)
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount will be reversed to your account.")
    elif status == "pending":
        p.add("small", "Your request is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password.", "Add as a favourite payee  |  Home"]))
    return p.done()


# ---------------------------------------------------------------- 3. the route salesman's money receipt


COLLECT_WAYS = ["cash", "cheque", "cheque", "UPI", "cash", "cheque", "NEFT", "cheque"]
BANKS_DRAWN = ["State Bank of India", "Bank of Baroda", "Canara Bank", "HDFC Bank", "Central Bank of India",
               "Bank of Maharashtra", "Indian Bank", "Union Bank of India"]


def collection_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The union's MONEY RECEIPT / COLLECTION RECEIPT / RECEIPT (a route salesman's receipt book, paper): the union on
    top (the payee), No. / Rcpt No. / Receipt No., Date, Received with thanks from M/s a sweet shop or a hotel, the
    sum in words, by cash / cheque No. n dated <the cheque's own day> drawn on <bank> / UPI / NEFT, against bills
    (numbers, no fact), Route and Salesman, Rs. in a box, Balance outstanding; RECEIVED WITH THANKS / CHEQUE
    RETURNED UNPAID - <reason> / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row and the union's rubber stamp."""
    k = place("collection_receipt")
    status = outcome(k, failed=(2,), pending=(5,))
    way = COLLECT_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=1500, high=145000, p_round=0.85, firm=0.35)
    p = paper_page(rng, font, [640, 680])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    head_of(p, j, j.to, ["MONEY RECEIPT", "COLLECTION RECEIPT", "RECEIPT"],
            rng.choice(["Milk & Milk Products - Marketing Division", "Marketing Office - Milk, Curd, Paneer, Ghee"]))
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 99999):05d}", f"MR/{j.year()}{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["No.", "Rcpt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Received with thanks from", "Received from"]), f"M/s {j.shop}")
    p.add("left", f"the sum of {words_in_rupees(j.amount)}")
    if way == "cheque":
        p.pair(rng.choice(["by Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["dated", "Chq. Date"]), j.other_day(rng, -6, 0))
        wrap_pair(p, rng.choice(["drawn on", "Bank"]), f"{rng.choice(BANKS_DRAWN)}, {CITIES[j.town][0]}")
    else:
        p.pair(rng.choice(["by", "Mode"]), way_label(rng, way, font), method=method_for(way))
    bills = ", ".join(f"{rng.randrange(1000, 9999)}" for _ in range(rng.randint(1, 3)))
    wrap_pair(p, rng.choice(["against Bill No(s).", "towards Bills"]), bills)
    p.pair("Route", f"R-{rng.randrange(1, 40):02d} {j.village}")
    if status == "success" and not j.no_ref:
        ref_for(p, j, way, ["SBIN", "BARB", "CNRB"])
    p.add("rule")
    p.pair(rng.choice(["Rs.", "Amount"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Balance outstanding", "Balance due"]), rs(whole(j.amount * rng.uniform(0.1, 1.4), 10)))
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
            "failed": rng.choice(["CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT",
                                  "CHEQUE RETURNED UNPAID - REFER TO DRAWER"]),
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Please insist on a printed receipt. Pay only to the union's authorised salesman.")
    p.pair(rng.choice(["Salesman", "Collected by"]), rng.choice(["N. Rathod", "S. Kumar", "R. Jat", "P. Naidu"]))
    seal(p, UNIONS[j.town][TRADE], "MARKETING", None if j.no_day or status != "success" else j.date,
         word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. a milk booth's handheld collection slip


BOOTH_WAYS = ["cash", "UPI", "cash", "UPI", "cash", "cash", "UPI", "cash"]
PACKS = [("FULL CREAM 500ML", 34.0), ("TONED 500ML", 27.0), ("DOUBLE TONED 500ML", 25.0), ("CURD 400G CUP", 30.0),
         ("BUTTERMILK 200ML", 8.0), ("TONED 1L", 54.0), ("PANEER 200G", 90.0), ("LASSI 200ML", 15.0)]


def booth_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A milk booth's morning settlement on the union's route handheld (printed slip, monospace): the union in
    capitals on top (the payee), BOOTH COLLECTION RECEIPT / PARLOUR SETTLEMENT SLIP / DAILY CASH COLLECTION, DEVICE
    ID, SLIP NO / RCPT NO, DATE and TIME, ROUTE, BOOTH / AGENT (the payer) and its code, the packs supplied (crates x
    packs x rate), CRATES OUT / IN, PREV DUE, TODAY SUPPLY, TOTAL DUE, CASH RECEIVED / UPI RECEIVED / AMOUNT (the
    sum), BALANCE; COLLECTED / RECEIVED / UPI FAILED - COLLECT CASH / UPI PENDING - AWAITING CONFIRMATION."""
    k = place("booth_slip")
    status = outcome(k, failed=(3,), pending=(6,))
    way = BOOTH_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18]))
    paper(p, rng)
    name = UNIONS[j.town][TRADE].upper()
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[j.town][0].upper()} - MILK MARKETING")
    p.add("center", rng.choice(["BOOTH COLLECTION RECEIPT", "PARLOUR SETTLEMENT SLIP", "DAILY CASH COLLECTION"]))
    p.part = "body"
    p.pair("DEVICE ID:", f"HH{digits(rng, 6)}")
    if not j.no_ref:
        sno = f"{rng.randrange(1, 99999):05d}"
        p.pair(rng.choice(["SLIP NO:", "RCPT NO:"]), sno, txn=(INVOICE_RANK, sno))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d%b%Y", "%d.%m.%Y"]), upper=True),
               date=j.date)
    p.pair("TIME:", hhmm(rng, twelve=False))
    p.pair("ROUTE:", f"{rng.randrange(1, 40):02d}-{j.village.split()[0].upper()[:10]}")
    p.pair(rng.choice(["BOOTH:", "AGENT:"]), f"{rng.choice(['B', 'P', 'A'])}{rng.randrange(100, 999)}")
    p.add("left", j.shop.upper()[:26])
    p.add("rule")
    supply = 0.0
    for label, rate in rng.sample(PACKS, rng.randint(2, 4)):
        crates = rng.randint(1, 12)
        packs = crates * rng.choice([12, 20, 24])
        value = packs * rate
        supply += value
        p.add("left", f"{label[:18]}")
        p.pair(f"  {packs} x {rate:.2f}", f"{value:.2f}")
    p.add("rule")
    out = rng.randint(6, 40)
    p.pair("CRATES OUT/IN:", f"{out}/{out - rng.randint(0, 4)}")
    prev = float(rng.choice([0, 0, rupees(rng, 200, 9000, 0.8)]))
    p.pair("PREV DUE:", f"{prev:.2f}")
    p.pair("TODAY SUPPLY:", f"{supply:.2f}")
    due = round(prev + supply, 2)
    p.pair("TOTAL DUE:", f"{due:.2f}")
    paid = due if rng.random() < 0.5 else float(whole(due * rng.uniform(0.6, 0.95), 10))
    j.amount = paid
    label = {"cash": rng.choice(["CASH RECEIVED:", "CASH RCVD:"]), "UPI": rng.choice(["UPI RECEIVED:", "UPI AMT:"])}[way]
    p.pair(label if status == "success" else "AMOUNT:", f"{paid:.2f}", amount=paid)
    p.pair("BALANCE:", f"{due - paid:.2f}" if status == "success" else f"{due:.2f}")
    p.add("rule")
    p.add("left", "MODE: CASH" if way == "cash" else "MODE: UPI (DYNAMIC QR)", method=way)
    if way == "UPI" and status == "success" and not j.no_ref:
        p.pair(rng.choice(["UPI RRN:", "UPI REF:"]), j.ref, txn=(UTR_RANK, j.ref))
    word = {"success": rng.choice(["COLLECTED", "RECEIVED"]), "failed": "UPI FAILED - COLLECT CASH",
            "pending": "UPI PENDING"}[status]
    p.add("center", word, status=status)
    if status == "pending":
        p.add("center", "AWAITING CONFIRMATION")
    p.part = "foot"
    p.add("small", rng.choice(["RETURN EMPTY CRATES DAILY", "KEEP MILK BELOW 4 DEG C", "THANK YOU"]))
    return p.done()


# ---------------------------------------------------------------- 5. a member farmer's ten-day milk bill


FARM_KINDS = ["slip", "sms", "slip", "slip", "sms", "slip", "slip", "sms"]
FARM_WAYS = ["NEFT", "NEFT", "NEFT", "cash", "NEFT", "NEFT", "NEFT", "NEFT"]
SOCIETY = ["{v} Dudh Utpadak Sahakari Mandali Ltd", "{v} Milk Producers' Co-op Society Ltd",
           "{v} Dugdh Utpadak Sahkari Samiti Ltd", "{v} Ksheera Utpadakara Sahakara Sangha"]


def cycle(date: dt.date, rng: random.Random) -> tuple[dt.date, dt.date]:
    """The last ten-day cycle (1-10, 11-20, 21 to the month's end) that closed two days or more before the payment."""
    d = date - dt.timedelta(days=rng.randrange(2, 6))
    if d.day >= 20:
        return d.replace(day=11), d.replace(day=20)
    if d.day >= 10:
        return d.replace(day=1), d.replace(day=10)
    end = d.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=21), end


def farmer_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A member's ten-day milk bill from the village society (MEMBER MILK BILL / TEN-DAY PAYMENT SLIP / DUDH BILL,
    paper) or the union's SMS: the society on top (the payer) and the union under it, Bill / Slip No., Member code /
    Producer No., Member / Producer / Name (the payee), the cycle (no fact), Cow / Buffalo, shifts, litres, average FAT
    and SNF %, rate per litre, milk value, Add: incentive, Less: cattle feed, mineral mixture, share capital, loan
    instalment, NET PAYABLE / Net amount (the sum), NEFT to the member's account or cash at the society, UTR / Bank
    Ref, Payment date / Credited on / Paid on / Returned on / Initiated on; CREDITED / PAID / NEFT RETURNED - ACCOUNT
    DORMANT / PAYMENT UNDER PROCESS. The SMS: "Dear Ramanbhai Patel (member 0452), milk bill 01-10/06: 312.5 L, FAT 6.8, Rs.14,260.50
    credited to A/c XX4411 on 12-06-26. UTR ... -Charotar Dairy"."""
    k = place("farmer_bill")
    status = outcome(k, failed=(2,), pending=(6,))
    kind, way = FARM_KINDS[k], FARM_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    farmer = rng.choice(FARMERS[j.town])
    buffalo = rng.random() < 0.5
    litres = round(rng.uniform(40, 420), 1)
    fat = round(rng.uniform(5.8, 8.2) if buffalo else rng.uniform(3.4, 4.8), 1)
    snf = round(rng.uniform(8.6, 9.4) if buffalo else rng.uniform(8.1, 8.8), 1)
    rate = round((fat * rng.uniform(7.2, 8.4)) + (snf * rng.uniform(0.9, 1.4)) if buffalo
                 else fat * rng.uniform(6.8, 7.6) + snf * rng.uniform(0.8, 1.2), 2)
    value = round(litres * rate, 2)
    start, end = cycle(j.date, rng)
    member = f"{rng.randrange(1, 999):04d}"
    short = UNIONS[j.town][TRADE]
    if kind == "sms":
        net = value
        j.amount = net
        ref = neft_utr(rng.choice(["SBIN", "BARB", "CNRB"]), rng, j.date)
        text = (f"Dear {farmer} (member {member}), milk bill {start.day:02d}-{end.day:02d}/{end.month:02d}: {litres} L, FAT {fat},"
                f" Rs.{net:,.2f} credited to A/c XX{digits(rng, 4)} on {when(j.date, rng.choice(['%d-%m-%y', '%d/%m/%Y', '%d%b%y']))}"
                f". UTR {ref}. -{short}")
        assert glyphs(font, text), (font, text)
        p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
        p.style["h106"].update({"sender": f"{rng.choice(['VM', 'AD', 'JD', 'BP'])}-{SLUGS[j.town][:6].upper()}-S",
                                "divider": rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y")]),
                                "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)})
        p.add("left", text, merchant=farmer, amount=net, method="netbanking", status="success", date=j.date,
              txn=(UTR_RANK, ref))
        return p.done()
    p = paper_page(rng, font, [600, 640])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.3)
    society = rng.choice(SOCIETY).format(v=j.village)
    p.part = "head"
    top(p, society)
    p.add("small", f"Affiliated to {UNIONS[j.town][FIRM]}")
    p.add("small", f"Society code {rng.randrange(100, 2999)}  |  {j.village}, {CITIES[j.town][0]}")
    p.add("center", rng.choice(["MEMBER MILK BILL", "TEN-DAY PAYMENT SLIP", "DUDH BILL"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        bno = f"{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Bill No.", "Slip No."]), bno, txn=(INVOICE_RANK, bno))
    p.pair(rng.choice(["Member code", "Producer No."]), member)
    wrap_pair(p, rng.choice(["Member", "Producer", "Name"]), farmer, merchant=farmer)
    if not j.no_day:
        p.pair(rng.choice(["Cycle", "Period", "Bill period"]),
               f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    p.pair("Milk", f"{'Buffalo' if buffalo else 'Cow'}  (M + E, {rng.randint(14, 20)} shifts)")
    p.pair(rng.choice(["Litres", "Total qty (L)"]), f"{litres:.1f}")
    p.pair(rng.choice(["Avg FAT %", "FAT %"]), f"{fat:.1f}")
    p.pair(rng.choice(["Avg SNF %", "SNF %"]), f"{snf:.1f}")
    p.pair(rng.choice(["Rate / L", "Avg rate"]), f"{rate:.2f}")
    p.pair(rng.choice(["Milk value", "Value of milk"]), rs(value))
    lines = []
    if rng.random() < 0.6:
        bonus = rng.choice([0.5, 1.0, 1.5])
        lines.append((f"Add: Incentive {bonus}/L", round(litres * bonus, 2)))
    if rng.random() < 0.7:
        bags, bag_rate = rng.randint(1, 6), float(rng.choice([1180, 1250, 1320]))
        lines.append((f"Less: Cattle feed {bags} bag x {bag_rate:g}", -bags * bag_rate))
    if rng.random() < 0.4:
        lines.append(("Less: Mineral mixture", -float(rng.choice([90, 180, 270]))))
    if rng.random() < 0.4:
        lines.append(("Less: Share capital", -float(rng.choice([50, 100]))))
    if rng.random() < 0.3:
        lines.append(("Less: Loan instalment", -float(rng.choice([500, 1000, 1500]))))
    net = value
    for label, v in lines:
        if net + v < 100:
            continue
        net = round(net + v, 2)
        wrap_pair(p, label, rs(abs(v)))
    j.amount = net
    p.add("rule")
    p.pair(rng.choice(["NET PAYABLE", "Net amount"]), rs(net), amount=net)
    if way == "cash":
        p.pair(rng.choice(["Paid", "Mode"]), "Cash at society", method="cash")
    else:
        p.pair(rng.choice(["Paid by", "Mode"]), f"NEFT to A/c XX{digits(rng, 4)} ({rng.choice(PSB)})",
               method="netbanking")
    if not j.no_ref and status == "success" and way == "NEFT":
        if rng.random() < 0.6:
            ref_for(p, j, "NEFT", ["SBIN", "BARB", "CNRB"])
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Payment date", "Credited on" if way == "NEFT" else "Paid on"]),
                "failed": "Returned on", "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    word = {"success": "PAID" if way == "cash" else rng.choice(["CREDITED", "PAID"]),
            "failed": "NEFT RETURNED - ACCOUNT DORMANT", "pending": "PAYMENT UNDER PROCESS"}[status]
    p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Pour clean milk. Rate as per the union's fat-SNF chart.",
                               "Cattle feed and mineral mixture available at the society."]))
    p.add("pair", "Secretary", "Member's sign")
    return p.done()


# ---------------------------------------------------------------- 6. the union's payment advice to a supplier


SUPPLIERS = [("Sabar Pashu Aahar Plant", "feed"), ("Uflex Ltd - Packaging Films", "film"),
             ("Karnataka Cattle Feed Industries", "feed"), ("Cosmo Films Ltd", "film"),
             ("Godrej Agrovet Ltd - Animal Feeds", "feed"), ("Hindustan Poly Pack Pvt Ltd", "film"),
             ("Kamdhenu Cattle Feed Plant", "feed"), ("Jindal Poly Films Ltd", "film")]
ADV_FRAMES = ["mail", "paper", "mail", "mail", "paper", "mail", "paper", "mail"]
ADV_MODES = ["RTGS", "NEFT", "NEFT", "RTGS", "NEFT", "RTGS", "NEFT", "NEFT"]


def supplier_advice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The union's PAYMENT ADVICE / REMITTANCE ADVICE to its cattle-feed plant or its packaging film supplier (its
    accounts office's e-mail or a printed advice): the union on top (the payer), To / Vendor / Payee M/s the supplier
    (the payee), Vendor code, Payment Voucher No. / Doc No., the invoices paid (number, day, sum: no fact), Less: TDS
    u/s 194Q / 194C, Less: Debit note (short weight, rejected rolls), Net amount paid / Net remitted (the sum), RTGS /
    NEFT, UTR, Payment date / Value date / Returned on / Initiated on; Remitted / Paid / Returned by beneficiary bank
    - name mismatch / Under process - awaiting bank confirmation."""
    k = place("supplier_advice")
    status = outcome(k, failed=(5,), pending=(2,))
    supplier, kind = SUPPLIERS[k]
    frame, mode = ADV_FRAMES[k], ADV_MODES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4)
    j.to = supplier.upper() if rng.random() < 0.25 else supplier
    if frame == "mail":
        p = mail_page(rng, font, f"Accounts <accounts@{SLUGS[j.town]}.coop>", ["Payment advice", "Remittance advice",
                                                                             "Payment released against invoices"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    p.part = "head"
    top(p, UNIONS[j.town][FIRM] if fits(p, "title", UNIONS[j.town][FIRM]) else UNIONS[j.town][TRADE])
    p.add("small", f"Accounts Section, Dairy Plant, {CITIES[j.town][2]}, {CITIES[j.town][0]}")
    p.add("center", rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE"]))
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["To", "Vendor", "Payee"]), f"M/s {j.to}", merchant=j.to)
    p.pair("Vendor code", f"{rng.choice(['V', 'S'])}{digits(rng, 6)}")
    if not j.no_ref:
        doc = f"PV/{j.year()}{rng.randrange(100, 99999)}"
        p.pair(rng.choice(["Payment Voucher No.", "Doc No."]), doc, txn=(INVOICE_RANK, doc))
    p.add("left", "Invoices paid:" if status == "success" else "Invoices:")
    gross = 0.0
    for _ in range(rng.randint(1, 3)):
        inv_amt = rupees(rng, 40000, 480000, 0.3)
        gross += inv_amt
        inv = f"{code(rng, 2, UPPER)}{digits(rng, 5)}"
        if j.no_day:
            p.pair(f"  Inv {inv}", rs(inv_amt))
        else:
            p.pair(f"  Inv {inv} dt {j.other_day(rng, -40, -8)}", rs(inv_amt))
    gross = round(gross, 2)
    p.pair("Gross", rs(gross))
    tds = round(gross * (0.001 if kind == "feed" else 0.02), 2)
    p.pair("Less: TDS u/s 194Q (0.1%)" if kind == "feed" else "Less: TDS u/s 194C (2%)", rs(tds))
    debit = float(rng.choice([0, 0, rupees(rng, 800, 12000, 0.5)]))
    if debit:
        p.pair(rng.choice(["Less: Debit note (short weight)" if kind == "feed" else "Less: Debit note (rejected rolls)"]),
               rs(debit))
    net = round(gross - tds - debit, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Net remitted"]) if status == "success" else "Net amount", rs(net),
           amount=net)
    p.pair("Mode", mode, method="netbanking")
    p.pair(rng.choice(["Credit A/c", "Beneficiary A/c"]), f"XXXXXX{digits(rng, 4)} / {ifsc(rng)}")
    if not j.no_ref and status == "success":
        ref_for(p, j, mode, ["SBIN", "BARB", "HDFC"])
    if not j.no_day:
        p.pair({"success": rng.choice(["Payment date", "Value date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair("Status", {"success": rng.choice(["Remitted", "Paid"]),
                      "failed": "Returned by beneficiary bank - name mismatch",
                      "pending": "Under process - awaiting bank confirmation"}[status], status=status)
    p.part = "foot"
    p.add("small", "Please acknowledge and send the TDS certificate request to the accounts section.")
    return p.done()


# ---------------------------------------------------------------- 7. a veterinary camp's fee receipt


VETS = [("Dr. Hitesh Patel Veterinary Clinic", "B.V.Sc. & A.H."), ("Sri Kamadhenu Pet & Livestock Clinic",
                                                                     "Dr. R. Manjunath, M.V.Sc."),
        ("Pashu Seva Kendra", "Dr. Sandeep Malik, B.V.Sc."), ("Kongu Veterinary Hospital", "Dr. S. Senthil, M.V.Sc."),
        ("Gau Seva Pashu Chikitsalaya", "Dr. Naresh Sharma, B.V.Sc."), ("Krishna Animal Care Centre",
                                                                         "Dr. A. B. Kulkarni, M.V.Sc."),
        ("Vaishali Pashu Aspatal", "Dr. Anil Kumar Singh, B.V.Sc."), ("Sri Sai Veterinary Clinic",
                                                                      "Dr. K. Ramana Reddy, B.V.Sc.")]
VET_WAYS = ["UPI", "cash", "cheque", "NEFT", "UPI", "cash", "UPI", "cheque"]


def vet_camp(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A private veterinarian's FEE RECEIPT / BILL CUM RECEIPT / RECEIPT for a camp held for the union's members
    (paper): the clinic on top (the payee) and the doctor under it with the council's Reg. No., Rcpt No. / Receipt
    No., Date, Received from the union or its village society (the payer), Camp at and Camp held on (no fact),
    animals examined, A.I. done, pregnancy diagnosis, deworming, FMD vaccination, infertility medicines (n x rate),
    Total / Total fee, cash / UPI / cheque / NEFT and UPI Ref / UTR; PAID / RECEIVED / UPI FAILED - FEE DUE / CHEQUE
    RECEIVED - SUBJECT TO REALISATION."""
    k = place("vet_camp")
    status = outcome(k, failed=(4,), pending=(7,))
    way = VET_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    clinic, doctor = VETS[k]
    j.to = clinic.upper() if rng.random() < 0.2 else clinic
    p = paper_page(rng, font, [600, 640])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    head_of(p, j, j.to, ["FEE RECEIPT", "BILL CUM RECEIPT", "RECEIPT"],
            f"{doctor}  |  Reg. No. {code(rng, 2, UPPER)}/{rng.randrange(1000, 9999)}")
    if not j.no_ref:
        rno = f"{rng.randrange(1, 999):03d}"
        p.pair(rng.choice(["Rcpt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "Received from", rng.choice([UNIONS[j.town][FIRM], f"{j.village} Milk Society, c/o {UNIONS[j.town][TRADE]}"]))
    wrap_pair(p, "Camp at", f"{j.village} society yard")
    if not j.no_day:
        p.pair("Camp held on", j.other_day(rng, -9, -1))
    p.add("rule")
    items = [("Animals examined", rng.randint(40, 160), float(rng.choice([20, 30, 50]))),
             ("A.I. done", rng.randint(8, 40), float(rng.choice([100, 150]))),
             ("Pregnancy diagnosis", rng.randint(5, 30), float(rng.choice([50, 75]))),
             ("Deworming doses", rng.randint(20, 120), float(rng.choice([12, 15, 18]))),
             ("Infertility treatment", rng.randint(3, 15), float(rng.choice([250, 300, 400])))]
    total = 0.0
    for label, n, rate in rng.sample(items, rng.randint(3, 5)):
        total += n * rate
        wrap_pair(p, f"{label} {n} x {rate:g}", rs(n * rate))
    if rng.random() < 0.5:
        travel = float(rng.choice([500, 800, 1000]))
        p.pair("Travel (camp)", rs(travel))
        total += travel
    total = round(total, 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Total fee"]), rs(total), amount=total)
    p.pair(rng.choice(["Paid by", "Mode"]) if status == "success" else "Mode", way_label(rng, way, font),
           method=method_for(way))
    if way == "cheque":
        p.pair("Chq. No.", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref and status == "success":
        ref_for(p, j, way, ["SBIN", "CNRB", "BARB"])
    word = {"success": rng.choice(["PAID", "RECEIVED"]), "failed": "UPI FAILED - FEE DUE",
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Vaccines and semen straws supplied by the union are not charged.")
    p.add("pair", "", "Signature")
    return p.done()


# ---------------------------------------------------------------- 8. a bulk milk cooler's electricity bill


DISCOMS = [("Madhya Gujarat Vij Company Ltd", "MGVCL", "browser", "mgvcl.com/consumer/paybill/receipt"),
           ("BESCOM", "BESCOM", "phone", None),
           ("Uttar Haryana Bijli Vitran Nigam", "UHBVN", "browser", "epayment.uhbvn.org.in/receipt"),
           ("Tamil Nadu Power Distribution Corpn Ltd", "TNPDCL", "browser", "tnebnet.org/awp/receipt"),
           ("Ajmer Vidyut Vitran Nigam Ltd", "AVVNL", "phone", None),
           ("Mahavitaran (MSEDCL)", "MSEDCL", "browser", "wss.mahadiscom.in/wss/wss?uiActionName=receipt"),
           ("North Bihar Power Distribution Co. Ltd", "NBPDCL", "phone", None),
           ("APSPDCL", "APSPDCL", "browser", "www.apspdcl.in/ConsumerDashboard/receipt")]
POWER_WAYS = ["netbanking", "UPI", "card", "UPI", "netbanking", "UPI", "card", "UPI"]


def cooler_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A village society's bulk milk cooler's electricity bill paid online to the state's power company (MGVCL,
    BESCOM, UHBVN, TNPDCL, AVVNL, MSEDCL, NBPDCL, APSPDCL; its portal in a browser or its app): the power company on
    top (the payee), Bill payment receipt / Payment receipt / e-Receipt, the outcome, the sum large on the app,
    Consumer No. / Service No. / Account ID and Consumer name (the society's BMC; never ids or the payee), Tariff,
    Bill month, Units, Due date (no fact), Bill amount, Amount paid (the sum), net banking / UPI / card, Transaction ID
    / Txn ID, Bank Ref No / UPI Ref No, Receipt No. on some, Payment date / Paid on / Attempted on / Initiated on;
    Payment Successful / Success / Payment Failed / Payment pending - verification with bank."""
    k = place("cooler_power")
    status = outcome(k, failed=(0,), pending=(5,))
    full, short, frame, url = DISCOMS[k]
    way = POWER_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2500, high=68000, p_round=0.7, town=k)
    j.to = rng.choice([full, short]) if full != short else full
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
        rs = money(rng, font, 0.6)
    else:
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("center", rng.choice(["Bill payment receipt", "Payment receipt", "e-Receipt"]))
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment Successful", "Success"], "failed": ["Payment Failed"],
                            "pending": ["Payment pending - verification with bank"]})
    if frame == "phone":
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.pair(rng.choice(["Consumer No.", "Service No.", "Account ID"]), digits(rng, rng.choice([10, 11, 12])))
    wrap_pair(p, "Consumer name", f"{j.village} Milk Society BMC")
    p.pair("Tariff", rng.choice(["LT-V Agri allied", "LT Commercial", "LT-IV (B)", "NDS-II"]))
    if not j.no_day:
        p.pair("Bill month", when(j.date - dt.timedelta(days=rng.randrange(12, 26)), "%b-%Y"))
        p.pair("Due date", j.other_day(rng, 2, 12))
    p.pair("Units", f"{rng.randrange(900, 9800):,} kWh")
    bill = j.amount
    if rng.random() < 0.3:
        p.pair("Bill amount", rs(bill))
    if frame != "phone":
        p.pair(rng.choice(["Amount paid", "Amount"]) if status == "success" else "Amount", rs(j.amount),
               amount=j.amount)
    p.pair(rng.choice(["Payment mode", "Paid via"]), {"netbanking": "Net Banking", "UPI": "UPI",
                                                      "card": f"Debit card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        tid = rng.choice([f"{short[:2]}{digits(rng, 12)}", digits(rng, 14)])
        labelled(p, rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                labelled(p, "Bank Ref No", bref, txn=(BANK_RANK, bref))
            if rng.random() < 0.5:
                rno = digits(rng, 9)
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payment date", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Do not pay again. The status will be updated within 48 hours.")
    p.part = "foot"
    p.add("small", rng.choice(["Save electricity. Switch off the cooler's lights when not in use.",
                               "This is a computer generated receipt."]))
    return p.done()


# ---------------------------------------------------------------- 9. a tanker transporter's freight bill


CARRIERS = ["Amul Roadlines", "Sri Balaji Milk Tankers", "Haryana Dairy Carriers", "Kongu Milk Transport",
            "Mewar Tanker Services", "Sangli Cold Chain Logistics", "Vaishali Roadways", "Prakasam Milk Carriers"]
TANKER_WAYS = ["NEFT", "RTGS", "cheque", "NEFT", "NEFT", "RTGS", "cheque", "NEFT"]


def tanker_freight(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A milk tanker transporter's FREIGHT BILL CUM RECEIPT / TANKER HIRE BILL / TRANSPORT BILL - RECEIPT (paper):
    the transporter on top (the payee), Bill No., Date / Bill Date, Billed to M/s the union (the payer), Tanker No.
    and capacity, Route (chilling centre - dairy plant), Trip period (no fact), trips x km x rate per km, Detention,
    Less: milk shortage n L x rate, Less: TDS u/s 194C, Net received / Amount received (the sum after TDS; never the
    freight), NEFT / RTGS / cheque and UTR; RECEIVED WITH THANKS / NEFT RETURNED - BALANCE DUE / CHEQUE RECEIVED -
    SUBJECT TO REALISATION."""
    k = place("tanker_freight")
    status = outcome(k, failed=(3,), pending=(6,))
    way = TANKER_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    j.to = CARRIERS[j.town].upper() if rng.random() < 0.3 else CARRIERS[j.town]
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4)
    head_of(p, j, j.to, ["FREIGHT BILL CUM RECEIPT", "TANKER HIRE BILL", "TRANSPORT BILL - RECEIPT"],
            "Insulated milk tankers - fleet owners & transport contractors")
    if not j.no_ref:
        bno = f"{CARRIERS[j.town][:2].upper()}/{j.year()}{rng.randrange(10, 999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill Date"]), j.day(rng), date=j.date)
    wrap_pair(p, "Billed to", f"M/s {UNIONS[j.town][FIRM]}")
    state = ["GJ", "KA", "HR", "TN", "RJ", "MH", "BR", "AP"][j.town]
    p.pair("Tanker No.", f"{state}{rng.randrange(1, 40):02d}{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}"
                         f" ({rng.choice([10, 15, 20, 25])} KL)")
    wrap_pair(p, "Route", f"{j.village} BMC - {CITIES[j.town][0]} dairy plant")
    if not j.no_day:
        p.pair(rng.choice(["Trip period", "Trips from"]), f"{j.other_day(rng, -16, -9)} to {j.other_day(rng, -8, -2)}")
    p.add("rule")
    trips = rng.randint(10, 62)
    km = rng.randrange(38, 160)
    rate = float(rng.choice([32, 36, 38, 42, 45, 48]))
    freight = trips * km * 2 * rate
    wrap_pair(p, f"{trips} trips x {km * 2} km x {rate:g}/km", rs(freight))
    gross = freight
    if rng.random() < 0.5:
        det = float(rng.choice([500, 1000, 1500]))
        p.pair("Detention", rs(det))
        gross += det
    short_l = rng.randint(0, 60)
    short_v = round(short_l * rng.choice([38.5, 42.0, 44.5]), 2)
    if short_l:
        wrap_pair(p, f"Less: Milk shortage {short_l} L", rs(short_v))
        gross -= short_v
    tds_pct = rng.choice([1, 2])
    tds = round(gross * tds_pct / 100, 2)
    p.pair(f"Less: TDS u/s 194C ({tds_pct}%)", rs(tds))
    net = round(gross - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net received", "Amount received"]) if status == "success" else "Net payable", rs(net),
           amount=net)
    p.pair(rng.choice(["Mode", "By"]), way_label(rng, way, font), method=method_for(way))
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref and status == "success":
        ref_for(p, j, way, ["SBIN", "HDFC", "BARB"])
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "PAID"]), "failed": "NEFT RETURNED - BALANCE DUE",
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "GST on GTA services payable by the recipient under reverse charge.")
    p.add("gap")
    seal(p, CARRIERS[j.town], "PROPRIETOR", None if j.no_day or status != "success" else j.date,
         word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 10. a chiller's or a tractor's loan instalment


LENDERS = [("NABKISAN Finance Ltd", "phone", "nabkisan.org"), ("Bank of Baroda", "mail", "bankofbaroda.co.in"),
           ("Mahindra Finance", "paper", "mahindrafinance.com"), ("Kotak Mahindra Bank", "phone", "kotak.com"),
           ("SIDBI", "mail", "sidbi.in"), ("Tata Capital", "paper", "tatacapital.com"),
           ("HDFC Bank", "mail", "hdfcbank.com"), ("Sarva Haryana Gramin Bank", "paper", "shgb.co.in")]
LOAN_WAYS = ["UPI", "NACH", "cash", "NACH", "NEFT", "NACH", "NACH", "cash"]
ASSETS = ["Bulk Milk Cooler 5000 L", "Milk Chilling Plant 20 KLPD", "Tractor Mahindra 575 DI XP Plus",
          "Insulated Milk Tanker 15 KL", "Tractor Swaraj 744 FE", "Solar BMC 2000 L"]


def chiller_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A lender's receipt for the union's (or a society's) chiller or tractor loan instalment (NABKISAN, Bank of
    Baroda, Mahindra Finance, Kotak, SIDBI, Tata Capital, HDFC Bank, Sarva Haryana Gramin Bank; its app, its e-mail
    or its branch's paper): the lender on top (the payee), Instalment receipt / Repayment acknowledgement / Loan
    repayment advice, Acknowledgement No. / Receipt Ref., Loan No. / Facility, Borrower the union or society (the
    payer), the asset, Instalment n of 60, Instalment, Overdue interest and Total on some, UPI / NACH / NEFT / cash,
    UMRN, NACH Ref / UPI Ref / UTR, Paid on / Debited on / Attempted on / Presented on, Next due (no fact); Instalment
    received / Payment failed / NACH presented - awaiting clearance."""
    k = place("chiller_emi")
    status = outcome(k, failed=(1,), pending=(4,))
    name, frame, site = LENDERS[k]
    way = LOAN_WAYS[k]
    if status == "pending":
        way = "NACH"
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    j.to = name.upper() if rng.random() < 0.2 else name
    emi = float(whole(rng.uniform(9000, 185000), 1))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Loan repayment", "Receipt"])
        rs = money(rng, font, 0.5)
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <loans@{site}>", ["Instalment received - your term loan",
                                                            "Loan repayment advice"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [600, 640])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    if frame == "paper":
        p.add("small", f"{CITIES[j.town][0]} Branch  |  Agri & Dairy Loans")
    p.add("center", rng.choice(["Instalment receipt", "Repayment acknowledgement", "Loan repayment advice"]))
    p.add("rule")
    p.part = "body"
    extra = float(rng.choice([250, 480, 1200])) if rng.random() < 0.35 and way != "NACH" else 0.0
    total = emi + extra
    j.amount = total
    if frame == "phone":
        outcome_row(p, status, {"success": ["Instalment received", "Payment successful"],
                                "failed": ["Payment failed"], "pending": ["NACH presented"]})
        p.add("big", rs(total), amount=total)
    if not j.no_ref:
        rno = rng.choice([f"ACK{digits(rng, 9)}", f"RR/{j.year()}{digits(rng, 6)}"])
        p.pair(rng.choice(["Acknowledgement No.", "Receipt Ref."]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Loan No.", "Facility"]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    wrap_pair(p, "Borrower", rng.choice([UNIONS[j.town][FIRM], f"{j.village} Milk Producers' Co-op Society"]))
    wrap_pair(p, "Asset", rng.choice(ASSETS))
    p.pair("Instalment", f"{rng.randint(2, 58)} of 60")
    if extra:
        p.pair("Instalment amount", rs(emi))
        p.pair("Overdue interest", rs(extra))
        p.pair("Total" if status != "success" else rng.choice(["Total received", "Total paid"]), rs(total),
               amount=total)
    elif frame != "phone":
        p.pair(rng.choice(["Instalment amount", "Amount"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode", "Repaid through"]), {"UPI": "UPI", "cash": "Cash at branch", "NEFT": "NEFT",
                                                     "NACH": rng.choice(["NACH", "e-NACH"])}[way],
           method=method_of(way))
    if way == "NACH":
        p.pair("UMRN", f"{code(rng, 4, UPPER)}{digits(rng, 16)}")
    if not j.no_ref and status == "success":
        if way == "NACH":
            ref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("NACH Ref", ref, txn=(BANK_RANK, ref))
        elif way != "cash":
            ref_for(p, j, way, ["HDFC", "BARB", "SBIN"])
    if not j.no_day:
        p.pair({"success": rng.choice(["Paid on", "Debited on" if way == "NACH" else "Received on"]),
                "failed": "Attempted on", "pending": "Presented on"}[status], j.day(rng), date=j.date)
        p.pair("Next due", j.other_day(rng, 26, 33))
    p.pair("Principal outstanding", rs(whole(emi * rng.uniform(4, 50), 1)))
    word = {"success": "Instalment received", "failed": "Payment failed",
            "pending": "NACH presented - awaiting clearance"}[status]
    if frame == "phone":
        p.add("small", rng.choice(REFUND) if status == "failed" else "A receipt has been sent to your e-mail.")
    else:
        p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", "Repay on time to keep your interest subvention.")
    return p.done()


# ---------------------------------------------------------------- 11. the cattle insurance premium


INSURERS = [("National Insurance Co. Ltd", "paper", "nationalinsurance.nic.co.in"),
            ("The Oriental Insurance Co. Ltd", "mail", "orientalinsurance.org.in"),
            ("United India Insurance Co. Ltd", "browser", "uiic.co.in"),
            ("The New India Assurance Co. Ltd", "paper", "newindia.co.in"),
            ("IFFCO-Tokio General Insurance", "mail", "iffcotokio.co.in"),
            ("HDFC ERGO General Insurance", "browser", "hdfcergo.com"),
            ("Universal Sompo General Insurance", "paper", "universalsompo.com"),
            ("Agriculture Insurance Co. of India", "mail", "aicofindia.com")]
INS_WAYS = ["cheque", "NEFT", "UPI", "NEFT", "UPI", "card", "cheque", "NEFT"]


def cattle_insurance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An insurer's premium receipt for the members' cattle under the union's group policy (National, Oriental,
    United India, New India, IFFCO-Tokio, HDFC ERGO, Universal Sompo, AIC; paper, e-mail or its portal in a browser):
    the insurer on top (the payee), PREMIUM RECEIPT / Cattle insurance - premium acknowledgement, Receipt No. /
    Collection No., Policy No. / Proposal No. (never ids), Insured / Proposer the union (the payer), Cattle
    (Pashudhan) Insurance, animals, ear tags, sum insured, premium rate, Premium, Less: state subsidy, Premium paid /
    Net premium payable (the sum), cheque / NEFT / UPI / card, Transaction ID, UPI Ref / UTR / Auth Code, Period of
    insurance (no fact), Date of receipt / Paid on / Attempted on / Initiated on; Premium received / Payment failed -
    policy not issued / Cheque under realisation - cover on realisation."""
    k = place("cattle_insurance")
    status = outcome(k, failed=(6,), pending=(3,))
    name, frame, site = INSURERS[k]
    way = INS_WAYS[k]
    if status == "pending":
        way = "cheque"
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    j.to = name.upper() if rng.random() < 0.2 else name
    if frame == "mail":
        p = mail_page(rng, font, f"Rural Insurance <noreply@{site}>", ["Premium receipt",
                                                                        "Your premium has been received"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"portal.{site}/rural/premium/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [640, 680])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.3)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"IRDAI Reg. No. {rng.randrange(100, 199)}  |  Rural & Agri Business, {CITIES[j.town][0]}")
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Cattle insurance - premium acknowledgement"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Premium received"], "failed": ["Payment failed - policy not issued"],
                                "pending": ["Cheque under realisation - cover on realisation"]})
    if not j.no_ref:
        rno = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
        p.pair(rng.choice(["Receipt No.", "Collection No."]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Policy No.", "Proposal No."]), f"{digits(rng, 6)}/{rng.choice(['47', '48'])}/"
                                                       f"{digits(rng, 8)}")
    wrap_pair(p, rng.choice(["Insured", "Proposer"]), UNIONS[j.town][FIRM])
    p.pair("Product", rng.choice(["Cattle Insurance", "Pashudhan Bima (Group)", "Livestock - Milch Cattle"]))
    animals = rng.randint(6, 80)
    each = float(rng.choice([40000, 50000, 60000, 75000]))
    p.pair(rng.choice(["Animals", "No. of cattle"]), f"{animals} (cows & buffaloes)")
    p.pair("Ear tags", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} ...")
    p.pair("Sum insured", rs(animals * each))
    pct = rng.choice([2.5, 3.0, 3.5, 4.0])
    premium = round(animals * each * pct / 100, 2)
    p.pair(f"Premium @ {pct}%", rs(premium))
    sub = round(premium * rng.choice([0.0, 0.5, 0.7]), 2)
    if sub:
        p.pair(rng.choice(["Less: State subsidy", "Less: Govt share"]), rs(sub))
    net = float(round(premium - sub))
    j.amount = net
    p.pair(rng.choice(["Premium paid", "Amount"]) if status == "success" else "Net premium payable", rs(net),
           amount=net)
    p.pair(rng.choice(["Payment mode", "Paid by"]), way_label(rng, way, font), method=method_for(way))
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref and status == "success" and way != "cheque":
        if rng.random() < 0.5:
            tid = f"TXN{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        ref_for(p, j, way, ["SBIN", "BARB", "PUNB"])
    if not j.no_day:
        start = j.date + dt.timedelta(days=1)
        p.pair(rng.choice(["Period of insurance", "Cover period"]),
               f"{when(start, '%d/%m/%Y')} to {when(start.replace(year=start.year + 1) - dt.timedelta(days=1), '%d/%m/%Y')}")
        p.pair({"success": rng.choice(["Date of receipt", "Paid on"]), "failed": "Attempted on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    if frame != "browser":
        p.pair("Status", {"success": "Premium received", "failed": "Payment failed - policy not issued",
                          "pending": "Cheque under realisation"}[status], status=status)
    p.part = "foot"
    p.add("small", "Claims need the ear tag and a veterinary certificate. Tag loss must be reported at once.")
    return p.done()


# ---------------------------------------------------------------- 12. a crate deposit's refund


PAYOUTS = [("RazorpayX", "browser"), ("Bank of Baroda bob World Business", "phone"), ("Cashfree Payouts", "browser"),
           ("ICICI Bank InstaBIZ", "phone"), ("Open", "browser"), ("YONO Business", "phone"),
           ("RazorpayX", "browser"), ("Kotak FYN", "phone")]
REFUND_MODES = ["IMPS", "IMPS", "UPI", "IMPS", "NEFT", "IMPS", "UPI", "IMPS"]


def crate_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The union's refund of a retailer's crate deposit when its agency closed (a payouts dashboard in a browser or
    the union's business banking app): the platform or bank on top and the union and its account under it (the
    payer), Refund details / Payout details, Processed / Success / Reversed / Failed - invalid account / Queued /
    Processing, the sum large, Beneficiary / Payee / Agent the retailer (the payee), account / UPI ID, Mode, Agent
    code, Crates deposited n x rate, Less: crates short, Less: dues adjusted, Refund amount (the sum), Payout ID /
    Transfer ID, UTR / IMPS Ref, Processed on / Created on / Reversed on."""
    k = place("crate_refund")
    status = outcome(k, failed=(7,), pending=(0,))
    platform, frame = PAYOUTS[k]
    mode = REFUND_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6)
    j.to = j.shop.upper() if rng.random() < 0.2 else j.shop
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Transfer details", "Payment status"])
        rs = money(rng, font, 0.5)
    else:
        host = "x.razorpay.com" if "Razorpay" in platform else f"payouts.{platform.split()[0].lower()}.in"
        p = browser_page(rng, font, f"{host}/payouts/{code(rng, 10, MIXED)}")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, platform)
    p.add("small", f"{UNIONS[j.town][TRADE]}  |  Current A/c XXXX{digits(rng, 4)}")
    p.add("center", rng.choice(["Refund details", "Payout details", "Transfer details"]))
    p.add("rule")
    p.part = "body"
    crates = rng.randint(10, 80)
    rate = float(rng.choice([120, 150, 180, 200]))
    deposit = crates * rate
    short = rng.randint(0, 5)
    dues = float(rng.choice([0, 0, rupees(rng, 100, deposit * 0.3, 0.6)]))
    net = round(deposit - short * rate * 1.2 - dues, 2)
    j.amount = net
    outcome_row(p, status, {"success": ["Processed", "Success"],
                            "failed": ["Reversed", "Failed - invalid account"],
                            "pending": ["Queued", "Processing"]})
    p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Beneficiary", "Payee", "Agent"]), j.to, merchant=j.to)
    if mode == "UPI":
        p.pair("UPI ID", f"{''.join(c for c in j.shop.lower() if c.isalpha())[:10]}@{rng.choice(['okaxis', 'ybl', 'oksbi'])}")
    else:
        p.pair(rng.choice(["Account", "Bank account"]), f"XXXXXXX{digits(rng, 4)} / {ifsc(rng)}")
    p.pair("Mode", mode, method="UPI" if mode == "UPI" else "netbanking")
    p.pair("Agent code", f"AG{digits(rng, 5)}")
    p.add("rule")
    p.pair(f"Crates deposited {crates} x {rate:g}", rs(deposit))
    if short:
        p.pair(f"Less: Crates short {short} x {rate * 1.2:g}", rs(short * rate * 1.2))
    if dues:
        p.pair("Less: Dues adjusted", rs(dues))
    p.pair("Refund amount", rs(net))
    p.pair("Purpose", rng.choice(["Crate deposit refund", "Agency closed - deposit refund", "Refund"]))
    if not j.no_ref:
        pid = rng.choice([f"pout_{code(rng, 14, MIXED)}", f"TRF{digits(rng, 11)}"])
        labelled(p, rng.choice(["Payout ID", "Transfer ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if mode == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, j.date)
                labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
            else:
                labelled(p, "UTR" if mode == "UPI" else rng.choice(["UTR", "IMPS Ref"]), j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Processed on", "Processed at"]),
                     "failed": rng.choice(["Reversed on", "Failed on"]),
                     "pending": rng.choice(["Created on", "Initiated on"])}[status], stamp(rng, j.date, PATS),
                 date=j.date)
    if status == "failed":
        p.add("small", "The beneficiary bank rejected the credit. The amount is back in your account.")
    p.part = "foot"
    p.add("small", rng.choice(["Narration: CRATE DEP REFUND", "Need help? Contact support"]))
    return p.done()


compose = compose121

"""The twelve heldout134 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a seventeenth+3 random day's proofs of payment, as a hardware and building-materials
store (cement, TMT steel, tiles, sanitaryware, paint, plywood, electricals; in Nagpur, Jodhpur, Tiruppur, Kolhapur,
Bhubaneswar, Vijayawada, Ludhiana and Siliguri) receives them from contractors, builders and homeowners in 2026 and
pays its own manufacturers, transporters and paint company: customers' UPI screens at the counter, contractors' NEFT,
RTGS and IMPS from their bank apps and net banking, the store's GST tax invoices for cement bags, TMT by the tonne,
tiles and sanitaryware with loading and delivery charges (paid, part paid, on credit), the counter terminal's card
charge slips, the store's bank's cheque collection advices, return memos and deposit acknowledgements, the store's
payments to a cement or steel company (its RTGS, or the company's dealer-portal receipt), transporters' freight
receipts for a lorry of cement or steel, a paint company's tinting-machine EMI receipts, builders' advances for a
bulk order against a proforma, online orders paid through a payment link, contractors' credit-account settlements,
and refunds for returned tiles and excess material. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, HSN and SAC codes, quantities,
rates and line values, taxable values and GST, invoice totals beside a part received, balances on credit, opening,
outstanding and closing balances, credit limits, estimated totals and balances on delivery, freight lines, advances
paid to a driver, return charges, cheque numbers and cheque dates, drawee banks and MICR codes, dealer, party and
customer codes, ledger account numbers, machine serial, agreement and mandate (UMRN) numbers, vehicle numbers, the
original bill a return is against, the payer's own details and every later or earlier day (cheque date, delivery
schedule, next EMI due, bill date of the original sale, a delivery slot) carry no fact. A builder's Work Order / PO
No., a web order's Order No. and a lorry's LR / GR / Bilty No. are the order's number (heldout106's ``ORDER_RANK``).
``compose`` is heldout121's (heldout119's frames and marks, its rubber stamp).
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
from bench.receipt_sets.heldout118_families import masked, money, way_text
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout133_families import instamojo_ids

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code, the state's vehicle letters and an RTO's number
CITIES = [("Nagpur", "440008", "Wardhaman Nagar", "Maharashtra", "27", "MH", "49"),
          ("Jodhpur", "342003", "Paota", "Rajasthan", "08", "RJ", "19"),
          ("Tiruppur", "641604", "Avinashi Road", "Tamil Nadu", "33", "TN", "39"),
          ("Kolhapur", "416012", "Shahupuri", "Maharashtra", "27", "MH", "09"),
          ("Bhubaneswar", "751010", "Rasulgarh", "Odisha", "21", "OD", "02"),
          ("Vijayawada", "520010", "Benz Circle", "Andhra Pradesh", "37", "AP", "16"),
          ("Ludhiana", "141003", "Gill Road", "Punjab", "03", "PB", "10"),
          ("Siliguri", "734001", "Sevoke Road", "West Bengal", "19", "WB", "74")]
# the store in each town: its trade name, its company, its tiles and sanitaryware showroom
STORE, FIRM, TILES = range(3)
STORES = [("Wardhaman Hardware & Cement", "Wardhaman Buildcon Traders Pvt Ltd", "Wardhaman Tiles & Sanitary"),
          ("Marudhar Building Materials", "Marudhar Buildmart LLP", "Marudhar Tiles & Bath"),
          ("Sri Vinayaga Hardwares", "Sri Vinayaga Traders Pvt Ltd", "Vinayaga Tiles & Sanitaryware"),
          ("Panchganga Steel & Cement", "Panchganga Build Supplies Pvt Ltd", "Panchganga Tiles Gallery"),
          ("Utkal Hardware Mart", "Utkal Construction Supply Co.", "Utkal Tiles & Sanitary"),
          ("Krishna Cement & Steel Traders", "Sri Krishna Buildmart Pvt Ltd", "Krishna Tile World"),
          ("Punjab Hardware Store", "Gill Road Building Materials LLP", "Punjab Sanitary & Tiles"),
          ("Himalaya Hardware & Paints", "Himalaya Build Mart Pvt Ltd", "Himalaya Tiles & Bath")]
SLUGS = ["wardhamanhardware", "marudharbuild", "vinayagahardwares", "panchgangasteel", "utkalhardware",
         "krishnacement", "punjabhardware", "himalayahardware"]
# contractors, masons and homeowners who pay at the counter
CUSTOMERS = ["Sanjay Wankhede", "Mahendra Singh Bhati", "R. Palanisamy", "Suresh Patil", "Bijay Kumar Sahoo",
             "K. Venkata Rao", "Gurdeep Singh Gill", "Prosenjit Roy", "Dinesh Choudhary", "Meena Raut",
             "S. Karthikeyan", "Amarjeet Kaur"]
# builders who order in bulk
BUILDERS = ["Shree Ganesh Developers", "Sunrise Infra Projects", "Skyline Builders & Developers",
            "Green Valley Constructions", "Sai Krupa Housing Pvt Ltd", "Royal Homes Infra LLP", "Omkar Realtors",
            "Everest Buildwell Pvt Ltd"]
PROJECTS = ["Ganesh Residency, Phase 2", "Sunrise Heights (G+7)", "Skyline Enclave - Tower B", "Green Valley Villas",
            "Sai Krupa Apartments", "Royal Palms Row Houses", "Omkar Plaza (commercial)", "Everest Greens - Block C"]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IndusInd Bank", "Federal Bank"]
SUBS = ["Cement | TMT Steel | Tiles | Sanitaryware | Paints | Hardware",
        "Dealers in building materials, plywood and electricals",
        "Authorised stockist - cement, steel, tiles, pipes & fittings"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "The bank has not confirmed yet. Please show this screen at the billing counter."]
# paper's ways of writing a day: dd/mm/yyyy, dd-Mon-yyyy, Mon dd, yyyy, dd.mm.yy and the like
DAY_PATS = ["%d/%m/%Y", "%d-%b-%Y", "%b %d, %Y", "%d.%m.%y", "%d-%m-%Y", "%d %b %Y", "%d.%m.%Y"]


def store_name(rng: random.Random, i: int, unit: int, *, firm: float = 0.2, caps: float = 0.25) -> str:
    """The store (or its tiles showroom) as a payee, its company's name on some, in capitals on some."""
    name = STORES[i][FIRM] if rng.random() < firm else STORES[i][unit]
    return name.upper() if rng.random() < caps else name


def vehicle(rng: random.Random, town: int) -> str:
    """A lorry's registration number: never an id."""
    city = CITIES[town]
    return f"{city[5]} {city[6]} {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 90000, p_round: float = 0.6, unit: int = STORE, firm: float = 0.2,
                 caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(STORES))
        self.unit = unit
        self.to = store_name(rng, self.town, unit, firm=firm, caps=caps)
        self.buyer = rng.choice(CUSTOMERS)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None, extra: str = "") -> None:
    """A business on top of its own paper: what it deals in, its address, GSTIN (never an id), an ``extra`` line,
    the document's kind; the payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or SUBS))
    p.add("small", f"{rng.randrange(2, 220)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    if extra:
        p.add("small", extra)
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def stamped(p: Screen, j: Job, name: str, role: str, word: str) -> None:
    """heldout129's rubber stamp at the foot, two more lines of room above it: the day on a paid page that prints
    one."""
    p.add("gap")
    p.add("gap")
    seal(p, name, role, None if j.no_day or j.status != "success" else j.date, word)


def short(name: str) -> str:
    """A stamp's first line: the name, or its first three words where it is long."""
    return name if len(name) < 26 else " ".join(name.split()[:3])


def ref_rows(p: Screen, j: Job, way: str, *, heads: list[str], labels=None) -> None:
    """A paid page's reference for its way: UPI Ref No. / UTR for UPI, an NEFT UTR or an IMPS reference for a
    transfer, an approval code (and an RRN on some) for a card; nothing for cash."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(labels or ["UPI Ref No.", "UTR", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "netbanking":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["UTR", "UTR No.", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


# ---------------------------------------------------------------- 1. a customer's UPI app at the counter


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "BHIM", "CRED", "Amazon Pay", "Navi", "MobiKwik"]
UPI_NOTES = ["50 bags cement", "Tiles balance", "TMT 8mm advance", "Plumbing material", "Paint & putty",
             "Sanitary fittings", "Site delivery", "Plywood 18mm", "Wires & switches", "Cement + sand"]


def customer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app paying the store's QR at the counter (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon
    Pay, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the store or its tiles showroom
    (its company on some) under Paid to / To / Sent to, a note of what it paid for on most."""
    k = place("customer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    unit = rng.choice([STORE, STORE, TILES])
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=350, high=95000, p_round=0.8, unit=unit)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, STORES[j.town][unit], WAIT)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(UPI_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. a contractor's bank transfer to the store


XFER = [("YONO SBI", (118, 36, 132), "app", "NEFT", "SBIN"), ("iMobile Pay", (174, 40, 46), "app", "IMPS", "ICIC"),
        ("HDFC Bank NetBanking", None, "web", "RTGS", "HDFC"), ("PNB ONE", (160, 30, 50), "app", "IMPS", "PUNB"),
        ("Canara ai1", (0, 110, 180), "app", "NEFT", "CNRB"),
        ("Axis Bank Internet Banking", None, "web", "NEFT", "UTIB"),
        ("bob World", (240, 100, 30), "app", "IMPS", "BARB"), ("Union Vyom", (200, 30, 40), "app", "NEFT", "UBIN")]
XFER_URLS = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/rtgs/txnack",
             "Axis Bank Internet Banking": "omni.axisbank.co.in/axisretailbanking/neft/ack"}
XFER_NOTES = ["Cement & steel - site Wadi", "Tiles bill payment", "TMT advance", "Material bill March",
              "Against bill - sanitary", "Plywood & hardware", "Bulk cement order", "Balance payment"]


def contractor_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A contractor's bank app or net banking after an NEFT, RTGS or IMPS to the store (YONO SBI, iMobile Pay, HDFC
    NetBanking, PNB ONE, Canara ai1, Axis, bob World, Union Vyom; heldout124's page): the outcome, the sum, the
    store (its company on many) under Beneficiary Name / Payee / Beneficiary, the account and IFSC, the mode, UTR /
    IMPS reference and the bank's Reference No. / Transaction ID on some, the day, the debit account, Remarks."""
    k = place("contractor_transfer")
    status = outcome(k, failed=(4,), pending=(7,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (8000, 480000), "NEFT": (10000, 900000), "RTGS": (210000, 2500000)}[mode]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=low, high=high, p_round=0.8, firm=0.5)
    if rng.random() < 0.5:
        j.amount = whole(j.amount, 500)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[680, 720],
                        third_head="Pay to payee", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Reference No.", "Transaction ID", "Txn Ref No"],
                  txn_label="Transaction ID")
    p.pair(rng.choice(["Purpose", "Remarks"]), rng.choice(XFER_NOTES))
    if status == "failed":
        p.add("small", "The amount will be credited back to your account if it was debited.")
    elif status == "pending":
        p.add("small", "The beneficiary bank will credit the amount in the next settlement batch.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add to favourites  |  Repeat", "Never share your MPIN or OTP with anyone"]))
    return p.done()


# ---------------------------------------------------------------- 3. the store's GST tax invoice


# an item: its name, the unit it is sold in, the rate's range, the HSN code
MATERIALS = [("UltraTech OPC 53 Grade Cement 50kg", "bags", (370, 420), "2523"),
             ("Ambuja PPC Cement 50kg", "bags", (350, 395), "2523"),
             ("ACC Suraksha PPC 50kg", "bags", (345, 390), "2523"),
             ("TMT Bar Fe 550D 12mm", "MT", (56000, 63000), "7214"),
             ("TMT Bar Fe 500D 8mm", "MT", (57500, 64500), "7214"),
             ("Binding wire 20kg", "bdl", (1650, 1900), "7217"),
             ("Vitrified tiles 600x600 (4 pcs/box)", "box", (760, 1150), "6907"),
             ("Ceramic wall tiles 300x450", "box", (420, 560), "6907"),
             ("EWC floor mounted - Hindware", "pcs", (4200, 7800), "6910"),
             ("Wash basin with pedestal", "pcs", (1900, 3600), "6910"),
             ("Tractor Emulsion 20 L", "bkt", (3200, 3900), "3209"),
             ("Birla White wall putty 40kg", "bags", (850, 980), "3214"),
             ("BWP plywood 18mm 8x4", "sheet", (2100, 2900), "4412"),
             ("FR wire 1.5 sq mm (90 m)", "coil", (1350, 1650), "8544"),
             ("PVC pipe 4 inch (6 m)", "length", (820, 1100), "3917")]
INVOICE_WAYS = ["UPI", "netbanking", "cash", "card", "UPI", "UPI", "netbanking", "cash"]


def quantity(rng: random.Random, unit: str) -> float:
    """How much of an item a contractor takes: bags by the score, steel by the tonne (three decimals)."""
    if unit == "bags":
        return float(rng.choice([10, 20, 25, 40, 50, 60, 80, 100, 120, 150, 200]))
    if unit == "MT":
        return round(rng.uniform(0.5, 4.5), 3)
    if unit == "box":
        return float(rng.randint(8, 60))
    return float(rng.randint(1, 8))


def qty_text(value: float, unit: str) -> str:
    return f"{value:.3f} {unit}" if unit == "MT" else f"{value:.0f} {unit}"


def material_lines(p: Screen, rng: random.Random, bare, n: int) -> float:
    """Item lines (name; HSN, quantity x rate and value under it): the taxable value of the goods."""
    total = 0.0
    for name, unit, (low, high), hsn in rng.sample(MATERIALS, n):
        qty = quantity(rng, unit)
        rate = float(round(rng.uniform(low, high) / (100 if unit == "MT" else 5)) * (100 if unit == "MT" else 5))
        value = round(qty * rate, 2)
        p.add("left", name)
        p.pair(f"  HSN {hsn}  {qty_text(qty, unit)} x {bare(rate).strip()}", bare(value).strip())
        total += value
    return round(total, 2)


def gst_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's GST TAX INVOICE (paper): the store on top (the payee, its company on some), GSTIN, Invoice / Bill
    No., Invoice Date, the buyer and site, each item with HSN, quantity x rate (cement by the bag, TMT by the tonne)
    and value, Loading / unloading (hamali) and Delivery charges, Taxable value, CGST / SGST @ 9%, Round off, Invoice
    Total, Amount received (a part with Balance on credit on two: PART PAID), cash / UPI / card / NEFT and its
    reference; PAID / PART PAID / CARD DECLINED / CREDIT - PAYMENT DUE / PAYMENT PENDING in a row and the store's
    rubber stamp."""
    k = place("gst_invoice")
    status = outcome(k, failed=(3,), pending=(5,))
    way = INVOICE_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, firm=0.3)
    credit = status == "pending" and rng.random() < 0.5
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4)
    bare = counter_rs(rng, font, [""], p_slash=0.0)
    letterhead(p, j, j.to, ["TAX INVOICE", "GST TAX INVOICE", "TAX INVOICE - CASH / CREDIT"])
    if not j.no_ref:
        inv = rng.choice([f"HW/{j.year()}{rng.randrange(1, 9999):04d}", f"GST-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Date", "Date", "Bill Date"]), j.day(rng), date=j.date)
    buyer = rng.choice([j.buyer, f"M/s {rng.choice(BUILDERS)}"])
    wrap_pair(p, rng.choice(["Buyer", "Bill to", "Customer"]), buyer)
    wrap_pair(p, rng.choice(["Site", "Ship to", "Delivery at"]), f"{rng.choice(['Plot', 'Survey No.', 'House No.'])} "
              f"{rng.randrange(3, 480)}, {CITIES[j.town][0]}")
    p.add("rule")
    taxable = material_lines(p, rng, bare, rng.randint(2, 4))
    if rng.random() < 0.7:
        hamali = float(rng.choice([250, 400, 600, 800, 1200]))
        p.pair(rng.choice(["Loading / unloading (hamali)", "Loading & unloading", "Hamali charges"]),
               bare(hamali).strip())
        taxable += hamali
    if rng.random() < 0.7:
        carry = float(rng.choice([500, 800, 1200, 1500, 2500]))
        p.pair(rng.choice(["Delivery charges (tempo)", "Transport to site", "Delivery charges"]), bare(carry).strip())
        taxable += carry
    taxable = round(taxable, 2)
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(taxable))
    half = round(taxable * 0.09, 2)
    p.pair("CGST @ 9%", bare(half).strip())
    p.pair("SGST @ 9%", bare(half).strip())
    gross = round(taxable + 2 * half, 2)
    total = float(round(gross))
    if abs(total - gross) >= 0.005:
        p.pair("Round off", f"{total - gross:+.2f}")
    if way == "cash" and total > 190000:
        way = "netbanking"
    if way == "UPI" and total > 100000:
        way = "netbanking"
    part = status == "success" and k in (1, 6)
    if status != "success":
        j.amount = total
        p.pair(rng.choice(["Invoice Total", "Grand Total", "TOTAL"]), rs(total), amount=total)
    else:
        p.pair(rng.choice(["Invoice Total", "Grand Total", "TOTAL"]), rs(total))
        paid = whole(total * rng.uniform(0.4, 0.7), 1000) if part else total
        j.amount = paid
        p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(paid), amount=paid)
        if part:
            p.pair(rng.choice(["Balance (on credit)", "Balance due", "Credit balance"]), rs(round(total - paid, 2)))
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(total)})")
    if credit:
        p.pair(rng.choice(["Terms", "Payment terms"]), rng.choice(["Credit 30 days", "Credit - 15 days"]))
    else:
        p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (store QR)", "PhonePe / UPI"]),
                "netbanking": rng.choice(["NEFT", "RTGS / NEFT"]),
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "HDFC", "UTIB", "BARB", "MAHB"])
    word = {"success": "PART PAID" if part else rng.choice(["PAID", "PAID - THANK YOU", "RECEIVED WITH THANKS"]),
            "failed": rng.choice(["CARD DECLINED - NOT PAID", "CARD DECLINED"]) if way == "card"
            else "UPI PAYMENT FAILED - GOODS ON HOLD",
            "pending": "CREDIT - PAYMENT DUE" if credit
            else rng.choice(["PAYMENT PENDING", "PAYMENT PENDING - CREDIT AWAITED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods once sold will not be taken back. Cement bags to be checked at unloading. E.&O.E.")
    p.add("pair", "Receiver's signature", "For the store")
    stamped(p, j, short(STORES[j.town][STORE]), "BILLING COUNTER", word)
    return p.done()


# ---------------------------------------------------------------- 4. the counter terminal's card charge slip


SLIP_HEADS = ["PINE LABS", "HDFC BANK", "ICICI BANK", "PAYTM EDC", "AXIS BANK", "MSWIPE", "SBI PAYMENTS",
              "WORLDLINE"]
ISSUERS = ["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK", "KOTAK BANK", "BOB CARD", "IDFC FIRST", "RBL BANK"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The billing counter's card terminal slip (Pine Labs, a bank's, Paytm EDC, Mswipe, SBI Payments, Worldline;
    monospace): the terminal's name, the store (or its tiles showroom) in capitals under it, MID, TID, DATE, TIME,
    BATCH, INVOICE NO, SALE / CARD SALE with a card surcharge on some (BASE AMOUNT, SURCHARGE / CONV FEE, TOTAL
    AMOUNT: the sum charged), the card masked, APPR CODE, RRN; APPROVED / DECLINED / TXN PENDING."""
    k = place("card_slip")
    status = outcome(k, failed=(6,), pending=(1,))
    unit = rng.choice([STORE, STORE, TILES])
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=1500, high=180000, p_round=0.7, unit=unit,
            firm=0.0, caps=1.0)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    mark = rng.choice(["RS.", "Rs.", "INR ", "RS ", ""])
    grouped = rng.random() < 0.4

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to, " ".join(j.to.split()[:2]), "HARDWARE STORE") if fits(p, "center", n))
    j.to = name
    p.part = "head"
    p.add("center", SLIP_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}")
    p.part = "body"
    p.pair("MID:", digits(rng, 15) if fits(p, "pair", f"MID: {'0' * 15}  ") else digits(rng, 10))
    p.pair("TID:", digits(rng, 8))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y", "%b %d,%Y",
                                                  "%d.%m.%y"]), upper=True), date=j.date)
    p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CARD SALE"]))
    p.add("left", f"{rng.choice(ISSUERS)} {rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} "
                  f"{rng.choice(['CREDIT', 'DEBIT'])}")
    p.add("left", f"CARD: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.add("left", rng.choice(["CHIP  PIN", "TAP (CONTACTLESS)", "CHIP"]))
    if rng.random() < 0.45:
        pct = rng.choice([1.0, 1.5, 2.0])
        base = j.amount
        fee = round(base * pct / 100, 2)
        j.amount = round(base + fee, 2)
        p.pair(rng.choice(["BASE AMOUNT:", "BASE AMT:"]), sale(base))
        p.pair(rng.choice([f"SURCHARGE {pct:.2f}%:", f"CONV FEE {pct:.1f}%:"]), sale(fee))
        p.pair(rng.choice(["TOTAL AMOUNT:", "TOTAL AMT:"]), sale(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["SALE AMOUNT:", "AMOUNT:", "TOTAL:"]), sale(j.amount), amount=j.amount)
    if not j.no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.7 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]), "pending": "TXN PENDING"}[status],
          status=status)
    if status == "failed":
        p.add("center", rng.choice(["51-INSUFFICIENT FUNDS", "61-EXCEEDS LIMIT"]))
    elif status == "pending":
        p.add("center", "HOST TIMEOUT - DO NOT RETRY")
    p.part = "foot"
    p.add("small", "PIN VERIFIED OK. NO SIGNATURE REQUIRED" if status == "success"
          else "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT.")
    p.add("center", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 5. the store's bank: a cheque paid in


# the store's bank in each town: its name, IFSC head, net banking's address
CHQ_BANKS = [("Bank of Maharashtra", "MAHB", "www.mahaconnect.in"), ("Bank of Baroda", "BARB", "bobibanking.com"),
             ("Indian Overseas Bank", "IOBA", "www.iobnet.co.in"), ("Saraswat Co-op Bank", "SRCB",
                                                                     "netbanking.saraswatbank.com"),
             ("UCO Bank", "UCBA", "www.ucoebanking.com"), ("Union Bank of India", "UBIN", "www.unionbankonline.co.in"),
             ("Punjab & Sind Bank", "PSIB", "www.psbnetbanking.in"), ("Central Bank of India", "CBIN",
                                                                      "www.centralbank.net.in")]
CHQ_FRAMES = ["paper", "paper", "browser", "paper", "paper", "browser", "paper", "paper"]


def cheque_deposit(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's cheque the store paid into its bank: the bank's CREDIT ADVICE - CHEQUE REALISED / CHEQUE
    COLLECTION RECEIPT (paper), its net banking's deposited-cheque status (a browser), a CHEQUE RETURN MEMO (bounced)
    or a CHEQUE DEPOSIT ACKNOWLEDGEMENT (under clearing): the bank on top (never the payee), Credit to / A/c Name /
    Account Holder the store (the payee), Drawer / Cheque from the customer, Cheque No. and Cheque Date (never the id
    or the day), Drawee Bank, MICR (no fact), Amount, Clearing Ref No. / Journal No. / Tran ID, Pay-in-slip No. on
    some, Credited on / Returned on / Deposited on; CLEARED / BOUNCED / UNDER CLEARING; never a way to pay."""
    k = place("cheque_deposit")
    status = outcome(k, failed=(3,), pending=(6,))
    frame = CHQ_FRAMES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=15000, high=900000, p_round=0.8, firm=0.5, caps=0.5)
    bank, bank_code, site = CHQ_BANKS[j.town]
    drawer = rng.choice([j.buyer, rng.choice(BUILDERS)])
    chq = f"{rng.randrange(1, 999999):06d}"
    chq_day = j.date - dt.timedelta(days=rng.randrange(2, 9))
    if frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"{site}/corp/{rng.choice(['ChequeStatus', 'chq/inward', 'DepositedCheques'])}"
    else:
        p = screen(rng, font, width=rng.choice([600, 640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = money(rng, font, 0.6, marks=("Rs.", "INR", "Rs", "\u20b9"))
    city = CITIES[j.town]
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", f"{city[2]} Branch, {city[0]}  |  IFSC {bank_code}0{digits(rng, 6)}")
    title = {"success": rng.choice(["CREDIT ADVICE - CHEQUE REALISED", "CHEQUE COLLECTION RECEIPT"]),
             "failed": "CHEQUE RETURN MEMO", "pending": "CHEQUE DEPOSIT ACKNOWLEDGEMENT"}[status]
    p.add("center", "Deposited Cheque Status" if frame == "browser" else title)
    p.add("rule")
    p.part = "body"
    if not j.no_ref and rng.random() < 0.5:
        slip = f"{rng.randrange(100000, 999999)}"
        p.pair(rng.choice(["Pay-in-slip No.", "Counterfoil No."]), slip, txn=(INVOICE_RANK, slip))
    if not j.no_day:
        p.pair({"success": rng.choice(["Credited on", "Realised on", "Credit Date", "Cleared on"]),
                "failed": rng.choice(["Returned on", "Date of return"]),
                "pending": rng.choice(["Deposited on", "Date of deposit"])}[status], j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Credit to", "A/c Name", "Account Holder"]), j.to, merchant=j.to)
    p.pair(rng.choice(["A/c No.", "Account No."]), f"{digits(rng, 3)}XXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Drawer", "Cheque from", "Drawn by"]), drawer)
    p.pair(rng.choice(["Cheque No.", "Chq No."]), chq)
    if not j.no_day:
        p.pair(rng.choice(["Cheque Date", "Chq Date"]), when(chq_day, rng.choice(DAY_PATS)))
    p.pair(rng.choice(["Drawee Bank", "Drawn on"]), rng.choice(PSB + PVT))
    if rng.random() < 0.5:
        p.pair("MICR", f"{rng.randrange(110, 855)}{digits(rng, 6)}")
    p.pair(rng.choice(["Amount", "Cheque Amount"]), rs(j.amount), amount=j.amount)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(j.amount)})")
    if not j.no_ref:
        own = rng.choice([digits(rng, 9), f"{code(rng, 2, UPPER)}{digits(rng, 8)}"])
        p.pair(rng.choice(["Clearing Ref No.", "Journal No.", "Tran ID"]), own, txn=(BANK_RANK, own))
    word = {"success": rng.choice(["CLEARED", "CHEQUE REALISED - CREDITED", "STATUS: CLEARED"]),
            "failed": rng.choice(["BOUNCED - FUNDS INSUFFICIENT", "RETURNED UNPAID - EXCEEDS ARRANGEMENT"]),
            "pending": rng.choice(["UNDER CLEARING", "SENT FOR CLEARING - CTS"])}[status]
    if frame == "browser":
        p.pair(rng.choice(["Status", "Cheque Status"]), word, status=status)
    else:
        p.add("rule")
        p.add("center", word, status=status)
    if status == "failed":
        p.pair(rng.choice(["Return charges", "Cheque return charges"]), rs(float(rng.choice([354, 590, 236]))))
    elif status == "pending":
        p.add("small", "Credit subject to realisation. Funds will be available after clearing.")
    p.part = "foot"
    p.add("small", rng.choice(["This is a computer generated advice.", "CUSTOMER COPY"]))
    return p.done()


# ---------------------------------------------------------------- 6. the store paying a cement or steel company


MAKERS = [("UltraTech Cement Ltd", "cement", "ultratechcement.com"), ("JSW Steel Ltd", "steel", "jsw.in"),
          ("ACC Limited", "cement", "acclimited.com"), ("Tata Steel Ltd", "steel", "tatasteel.com"),
          ("Shree Cement Ltd", "cement", "shreecement.com"), ("Dalmia Cement (Bharat) Ltd", "cement",
                                                              "dalmiacement.com"),
          ("Kamdhenu Ltd", "steel", "kamdhenulimited.com"), ("Ambuja Cements Ltd", "cement", "ambujacement.com")]
DEALER_BANKS = {1: ("HDFC Bank NetBanking", None, "web", "RTGS", "HDFC"),
                4: ("Kotak Mahindra Bank", (0, 40, 100), "app", "NEFT", "KKBK"),
                6: ("ICICI Bank CIB", None, "web", "RTGS", "ICIC")}
DEALER_URLS = {1: "netbanking.hdfcbank.com/netbanking/rtgs/txnack", 6: "cib.icicibank.com/corp/payments/rtgs/ack"}
DISPATCH = {"cement": ["Advance against dispatch - OPC 53, 1,200 bags", "Cement rake - PPC 2,000 bags",
                       "Against invoices - PPC, 30 MT", "Advance - 3 trucks OPC 43"],
            "steel": ["TMT Fe 550D - 25 MT", "Against invoices - TMT 8/10/12mm", "Advance - 40 MT TMT",
                      "Binding wire + TMT 12 MT"]}


def dealer_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store, a dealer, paying a cement or steel company: its bank's acknowledgement (HDFC NetBanking, Kotak's
    app, ICICI CIB: heldout124's page, the company under Beneficiary Name / Payee / Beneficiary) or the company's
    dealer-portal PAYMENT RECEIPT / COLLECTION RECEIPT (a browser or an e-mail: the company on top, the payee; SAP Doc
    No. / Receipt No., Dealer Code and Sales Office (never ids), Dealer Name M/s the store, Towards, Amount, RTGS /
    NEFT, UTR, Value date / Credited on; Payment received / Credited / Under reconciliation)."""
    k = place("dealer_payment")
    status = outcome(k, failed=(4,), pending=(2,))
    maker, kind, site = MAKERS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=150000, high=2500000, p_round=0.7)
    j.to = maker.upper() if rng.random() < 0.3 else maker
    if k in DEALER_BANKS:
        row = DEALER_BANKS[k]
        if row[3] == "RTGS":
            j.amount = max(j.amount, 215000.0)
        p, _ = transfer_ack(rng, font, k, row, status, j, url=DEALER_URLS.get(k), widths=[720, 760],
                            third_head="Vendor payment", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Reference No.", "Transaction ID"], txn_label="Transaction ID")
        p.pair("Remarks", rng.choice(["Cement payment", "TMT steel payment", "Dealer advance"]))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Never share your OTP or password with anyone.")
        return p.done()
    mail = k in (2, 5)
    if mail:
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{maker.split(' (')[0]} <dealer.receipts@{site}>",
                   rng.choice(["Payment received - dealer account", "Collection receipt"]))
    else:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"dealers.{site}/portal/payments/receipt"
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", rng.choice(["Dealer Portal - Sales & Collections", "Channel partner services"]))
    p.add("center", rng.choice(["PAYMENT RECEIPT", "COLLECTION RECEIPT", "DEALER PAYMENT ACKNOWLEDGEMENT"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        doc = f"{rng.choice(['14', '15', '18'])}{digits(rng, 8)}"
        p.pair(rng.choice(["SAP Doc No.", "Receipt No.", "Doc No."]), doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Dealer Code", "Customer Code", "Sold-to Code"]), f"{rng.randrange(10, 99)}{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Dealer Name", "Dealer", "Received from"]), f"M/s {STORES[j.town][rng.choice([0, 1])]}")
    p.pair("Sales Office", f"{CITIES[j.town][0]} {rng.choice(['SO', 'Depot', 'Region'])}")
    wrap_pair(p, "Towards", rng.choice(DISPATCH[kind]))
    p.pair(rng.choice(["Amount", "Amount received", "Collection amount"]) if status == "success" else "Amount",
           rs(j.amount), amount=j.amount)
    mode = "RTGS" if j.amount >= 200000 and not j.no_day else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    if not j.no_ref and status != "pending":
        head4 = rng.choice(["SBIN", "HDFC", "ICIC", "UTIB"])
        ref = rtgs_utr(head4, rng, j.date) if mode == "RTGS" else neft_utr(head4, rng, j.date)
        p.pair(rng.choice(["UTR", "UTR No.", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Value date", "Credited on", "Posting date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair(rng.choice(["Credit limit available", "Available credit"]), rs(whole(j.amount * rng.uniform(1.2, 3), 10000)))
    p.pair("Status", {"success": rng.choice(["Payment received", "Credited to dealer account"]),
                      "failed": f"{mode} returned - not credited",
                      "pending": "Under reconciliation - credit awaited"}[status], status=status)
    p.part = "foot"
    p.add("small", "Credit is given against realised funds only. This is a system generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 7. a transporter's freight receipt


TRANSPORTERS = ["Vidarbha Roadlines", "Marwar Transport Co.", "KPN Roadways", "Shri Mahalaxmi Transport",
                "Kalinga Road Carriers", "Sri Durga Lorry Service", "Punjab Goods Carrier", "North Bengal Roadways"]
# the plant a lorry came from in each town's lane: its company, its place, what it carries
PLANTS = [("UltraTech Cement Ltd", "Awarpur", "cement"), ("Shree Cement Ltd", "Beawar", "cement"),
          ("Dalmia Cement (Bharat) Ltd", "Ariyalur", "cement"), ("JSW Steel Ltd", "Dolvi", "steel"),
          ("ACC Limited", "Bargarh", "cement"), ("The Ramco Cements Ltd", "Jaggayyapeta", "cement"),
          ("Kamdhenu Ltd", "Mandi Gobindgarh", "steel"), ("Ambuja Cements Ltd", "Farakka", "cement")]
FREIGHT_WAYS = ["UPI", "UPI", "netbanking", "cash", "IMPS", "UPI", "cash", "netbanking"]


def freight_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transporter's FREIGHT RECEIPT / MONEY RECEIPT / FREIGHT BILL CUM RECEIPT for a lorry the store received
    (paper): the transporter on top (the payee), M.R. / Receipt No., LR / GR / Bilty No. (the consignment's: the
    order's number), Date, Vehicle No. (never an id), From the plant To the town, Consignor, Consignee M/s the store
    (the payer), the goods and weight, Freight n MT x rate, Unloading / Detention on some, Total freight, Less:
    Advance paid to driver on some, Balance received, cash / UPI / NEFT / IMPS and its reference; FREIGHT PAID /
    RECEIVED WITH THANKS / UPI PAYMENT FAILED / PAYMENT PENDING, the transporter's stamp."""
    k = place("freight_receipt")
    status = outcome(k, failed=(5,), pending=(1,))
    way = FREIGHT_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    transporter = TRANSPORTERS[j.town]
    j.to = transporter.upper() if rng.random() < 0.35 else transporter
    maker, site, goods = PLANTS[j.town]
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, j, j.to, ["FREIGHT RECEIPT", "MONEY RECEIPT", "FREIGHT BILL CUM RECEIPT"],
               sub=["Fleet owners & transport contractors", "Transport contractors - cement, steel, clinker"])
    if not j.no_ref:
        mr = rng.choice([f"MR/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["M.R. No.", "Receipt No.", "Money Rcpt No."]), mr, txn=(INVOICE_RANK, mr))
        lr = str(rng.randrange(1000, 99999))
        p.pair(rng.choice(["LR No.", "GR No.", "Bilty No."]), lr, txn=(ORDER_RANK, lr))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    p.pair(rng.choice(["Vehicle No.", "Truck No.", "Lorry No."]), vehicle(rng, j.town))
    wrap_pair(p, "From - To", f"{site} - {CITIES[j.town][0]}")
    wrap_pair(p, "Consignor", rng.choice([maker, f"{maker}, {site} Works"]))
    wrap_pair(p, "Consignee", f"M/s {STORES[j.town][rng.choice([STORE, FIRM])]}")
    tonnes = float(rng.choice([10, 15, 20, 25, 30, 35]))
    wrap_pair(p, "Goods", f"{'Cement, ' + str(int(tonnes * 20)) + ' bags' if goods == 'cement' else 'TMT bars'}, "
              f"{tonnes:.0f} MT")
    p.add("rule")
    rate = float(rng.choice([650, 780, 900, 1100, 1350, 1600, 1850]))
    freight = tonnes * rate
    p.pair(f"Freight {tonnes:.0f} MT x {rate:.0f}", rs(freight))
    total = freight
    if rng.random() < 0.5:
        unload = float(rng.choice([400, 600, 800, 1000]))
        p.pair(rng.choice(["Unloading", "Hamali"]), rs(unload))
        total += unload
    if rng.random() < 0.3:
        halt = float(rng.choice([1000, 1500, 2000]))
        p.pair(rng.choice(["Detention (1 day)", "Halting charges"]), rs(halt))
        total += halt
    p.pair(rng.choice(["Total freight", "Total"]), rs(total))
    paid = total
    if rng.random() < 0.5:
        advance = whole(total * rng.uniform(0.15, 0.4), 500)
        p.pair(rng.choice(["Less: Advance paid to driver", "Less: Advance at loading"]), rs(advance))
        paid = total - advance
    j.amount = paid
    p.pair(rng.choice(["Balance received", "Amount received", "Received"]) if status == "success"
           else rng.choice(["Balance", "Amount"]), rs(paid), amount=paid)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(paid)})")
    p.pair(rng.choice(["Mode", "Paid by"]), {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (PhonePe)"]),
                                             "netbanking": "NEFT", "IMPS": "IMPS"}[way],
           method="netbanking" if way == "IMPS" else way)
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "PUNB", "CNRB", "HDFC"])
    p.add("small", "GST on freight payable by the consignee under reverse charge.")
    word = {"success": rng.choice(["FREIGHT PAID", "RECEIVED WITH THANKS"]),
            "failed": "UPI PAYMENT FAILED - FREIGHT NOT RECEIVED",
            "pending": rng.choice(["PAYMENT PENDING", "FREIGHT PENDING - CREDIT AWAITED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("pair", "Driver", "For the transporter")
    stamped(p, j, short(transporter), "BOOKING OFFICE", word)
    return p.done()


# ---------------------------------------------------------------- 8. a paint company's tinting-machine EMI


PAINTS = ["Asian Paints Ltd", "Berger Paints India Ltd", "Kansai Nerolac Paints Ltd", "Indigo Paints Ltd",
          "JSW Paints Pvt Ltd", "Akzo Nobel India Ltd", "Nippon Paint (India) Pvt Ltd", "Shalimar Paints Ltd"]
PAINT_SITES = ["asianpaints.com", "bergerpaints.com", "nerolac.com", "indigopaints.com", "jswpaints.in",
               "akzonobel.co.in", "nipponpaint.co.in", "shalimarpaints.com"]
PAINT_FRAMES = ["paper", "mail", "browser", "paper", "mail", "browser", "paper", "mail"]
PAINT_WAYS = ["NACH", "netbanking", "UPI", "NACH", "IMPS", "netbanking", "NACH", "UPI"]
MACHINES = ["Tinting machine TS-24 + gyro shaker", "Automatic colour dispenser CD-16", "Colour bank tinting system",
            "Tint-on-shop machine (16 canisters)"]


def tinting_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A paint company's receipt for the store's tinting-machine EMI (paper, e-mail or the dealer portal in a
    browser): the paint company on top (the payee), TINTING MACHINE EMI - RECEIPT / INSTALMENT RECEIPT - TINTING
    SYSTEM, Receipt No., Date / Paid on, Dealer M/s the store, Dealer Code, the machine, Machine Sr. No. and
    Agreement No. (never ids), EMI No. n of 24, the EMI, Add: Late payment charges and Total received on some, NACH
    auto-debit (UMRN never an id; the Debit Ref No.) / NEFT / IMPS / UPI and its reference, Next EMI due (no fact);
    EMI RECEIVED / NACH BOUNCED / NACH PRESENTED - AWAITING CONFIRMATION."""
    k = place("tinting_emi")
    status = outcome(k, failed=(3,), pending=(6,))
    frame, way = PAINT_FRAMES[k], PAINT_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    maker = PAINTS[k]
    j.to = maker.upper() if rng.random() < 0.25 else maker
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{maker.split(' (')[0]} <dealer.finance@{PAINT_SITES[k]}>",
                   rng.choice(["EMI receipt - tinting machine", "Your instalment has been received"]))
    elif frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"dealerconnect.{PAINT_SITES[k]}/machines/emi/receipt"
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR", "Rs"))
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", rng.choice(["Dealer Services - Tinting Machine Scheme", "Colour solutions - dealer finance"]))
    p.add("center", rng.choice(["TINTING MACHINE EMI - RECEIPT", "INSTALMENT RECEIPT - TINTING SYSTEM",
                                "MACHINE EMI ACKNOWLEDGEMENT"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"TM/{j.year()}{digits(rng, 6)}", f"EMI{digits(rng, 8)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        tried = ["Date", "Presented on"] if way == "NACH" else ["Date", "Initiated on"]
        p.pair(rng.choice(["Date", "Paid on", "Received on"] if status == "success" else tried), j.day(rng),
               date=j.date)
    wrap_pair(p, rng.choice(["Dealer", "Dealer Name"]), f"M/s {STORES[j.town][rng.choice([STORE, FIRM])]}")
    p.pair(rng.choice(["Dealer Code", "Shop Code"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, "Machine", rng.choice(MACHINES))
    p.pair(rng.choice(["Machine Sr. No.", "Serial No."]), f"{code(rng, 3, UPPER)}{digits(rng, 7)}")
    p.pair("Agreement No.", f"AGR{digits(rng, 7)}")
    n = rng.randint(2, 23)
    p.pair(rng.choice(["EMI No.", "Instalment"]), f"{n} of 24")
    emi = float(rng.choice([2850, 3400, 4150, 5600, 6250, 7800, 9450]))
    p.pair(rng.choice(["EMI amount", "Monthly instalment"]), rs(emi))
    amount = emi
    if rng.random() < 0.35 and way != "NACH":
        late = float(rng.choice([150, 250, 500]))
        p.pair(rng.choice(["Add: Late payment charges", "Add: Delay charges"]), rs(late))
        amount += late
        p.pair(rng.choice(["Total received", "Total"]) if status == "success" else "Total", rs(amount),
               amount=amount)
    else:
        p.pair(rng.choice(["Amount received", "Amount"]) if status == "success" else "Amount", rs(amount),
               amount=amount)
    j.amount = amount
    p.pair(rng.choice(["Mode", "Payment mode"]),
           {"NACH": rng.choice(["NACH auto-debit", "NACH / e-mandate"]), "netbanking": "NEFT", "IMPS": "IMPS",
            "UPI": rng.choice(["UPI", "UPI AutoPay"])}[way], method="UPI" if way == "UPI" else "netbanking")
    if way == "NACH":
        p.pair("UMRN", f"{code(rng, 4, UPPER)}{digits(rng, 16)}")
    if not j.no_ref and status == "success":
        if way == "NACH":
            ref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair(rng.choice(["Debit Ref No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
        else:
            ref_rows(p, j, way, heads=["SBIN", "HDFC", "MAHB", "BARB"])
    if not j.no_day and status == "success":
        p.pair(rng.choice(["Next EMI due", "Next instalment on"]),
               when(j.date + dt.timedelta(days=rng.choice([28, 30, 31])), rng.choice(DAY_PATS)))
    nach = way == "NACH"
    p.pair("Status", {"success": rng.choice(["EMI RECEIVED", "PAID", "Instalment received"]),
                      "failed": "NACH BOUNCED - INSUFFICIENT FUNDS" if nach else "EMI NOT RECEIVED - RETURNED",
                      "pending": "NACH PRESENTED - AWAITING CONFIRMATION" if nach else "Payment under process"}[status],
           status=status)
    p.part = "foot"
    p.add("small", "Machine ownership passes to the dealer on payment of all instalments. System generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 9. a builder's advance for a bulk order


BULK = [("OPC 53 Grade Cement 50kg", "bags", (365, 410)), ("PPC Cement 50kg", "bags", (345, 390)),
        ("TMT Fe 550D 8-25mm", "MT", (56000, 63000)), ("TMT Fe 500D 10mm", "MT", (57000, 62000)),
        ("Vitrified tiles 800x800", "box", (1150, 1650)), ("AAC blocks 600x200x150", "m3", (3600, 4400)),
        ("CPVC pipes & fittings (lot)", "lot", (45000, 120000))]
BULK_WAYS = ["netbanking", "UPI", "netbanking", "netbanking", "RTGS", "netbanking", "RTGS", "UPI"]
BULK_FRAMES = ["paper", "mail", "paper", "paper", "mail", "paper", "mail", "paper"]


def bulk_advance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's PROFORMA INVOICE CUM ADVANCE RECEIPT / ADVANCE RECEIPT - BULK ORDER for a builder's project (paper
    or e-mail): the store on top (the payee), Proforma / Receipt No., Work Order / PO No. (the builder's order: the
    order's number), Date, Buyer M/s the builder, Site, each item with quantity x rate, GST @ 18%, Estimated total
    (no fact), Advance received n% (the sum), Balance on delivery (no fact), Delivery schedule (no fact), RTGS / NEFT
    / UPI and its reference; ADVANCE RECEIVED / RTGS RETURNED - ORDER NOT CONFIRMED / ADVANCE PENDING."""
    k = place("bulk_advance")
    status = outcome(k, failed=(6,), pending=(3,))
    way, frame = BULK_WAYS[k], BULK_FRAMES[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, firm=0.3)
    builder = BUILDERS[j.town]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{STORES[j.town][STORE]} <orders@{SLUGS[j.town]}.in>",
                   rng.choice(["Advance received - bulk order", "Proforma & advance receipt"]))
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.0 if frame == "mail" else 0.4)
    bare = counter_rs(rng, font, [""], p_slash=0.0)
    letterhead(p, j, j.to, ["PROFORMA INVOICE CUM ADVANCE RECEIPT", "ADVANCE RECEIPT - BULK ORDER",
                            "ORDER CONFIRMATION & ADVANCE RECEIPT"])
    if not j.no_ref:
        pno = rng.choice([f"PI/{j.year()}{rng.randrange(1, 999):03d}", f"ADV-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Proforma No.", "Receipt No.", "PI No."]), pno, txn=(INVOICE_RANK, pno))
        po = rng.choice([f"WO/{code(rng, 3, UPPER)}/{rng.randrange(10, 999)}", f"PO-{digits(rng, 6)}"])
        p.pair(rng.choice(["Work Order No.", "PO No.", "Your PO No."]), po, txn=(ORDER_RANK, po))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated", "Advance received on"]) if status == "success" else "Date", j.day(rng),
               date=j.date)
    wrap_pair(p, rng.choice(["Buyer", "Customer", "Bill to"]), f"M/s {builder}")
    wrap_pair(p, rng.choice(["Site", "Project"]), f"{PROJECTS[j.town]}, {CITIES[j.town][0]}")
    p.add("rule")
    total = 0.0
    for name, unit, (low, high) in rng.sample(BULK, rng.randint(2, 3)):
        if unit == "lot":
            qty, rate = 1.0, float(round(rng.uniform(low, high), -3))
        elif unit == "MT":
            qty, rate = float(rng.choice([10, 15, 20, 25, 40])), float(round(rng.uniform(low, high), -2))
        elif unit == "bags":
            qty, rate = float(rng.choice([500, 800, 1000, 1500, 2000])), float(round(rng.uniform(low, high) / 5) * 5)
        else:
            qty, rate = float(rng.choice([40, 60, 100, 150])), float(round(rng.uniform(low, high) / 10) * 10)
        value = qty * rate
        p.add("left", name)
        p.pair(f"  {qty:.0f} {unit} x {bare(rate).strip()}", bare(value).strip())
        total += value
    gst = round(total * 0.18, 2)
    p.pair("GST @ 18%", bare(gst).strip())
    total = round(total + gst, 2)
    p.add("rule")
    p.pair(rng.choice(["Estimated total", "Order value (incl. GST)"]), rs(total))
    pct = rng.choice([20, 25, 30, 50])
    advance = whole(total * pct / 100, 1000)
    if way == "UPI":
        advance = min(advance, float(rng.choice([50000, 75000, 100000])))
    if way == "RTGS" and (advance < 200000 or j.no_day):
        way = "netbanking"
    j.amount = advance
    p.pair(rng.choice(["Advance received", "Advance paid"]) + (f" ({pct}%)" if way != "UPI" else "")
           if status == "success" else "Advance", rs(advance), amount=advance)
    p.pair(rng.choice(["Balance on delivery", "Balance payable on dispatch"]), rs(round(total - advance, 2)))
    if not j.no_day:
        p.pair(rng.choice(["Delivery schedule", "Dispatch from"]),
               when(j.date + dt.timedelta(days=rng.randrange(5, 40)), rng.choice(DAY_PATS)))
    p.pair(rng.choice(["Mode", "Received by"]), {"netbanking": "NEFT", "RTGS": "RTGS", "UPI": "UPI"}[way],
           method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref and status == "success":
        if way == "RTGS":
            ref = rtgs_utr(rng.choice(["HDFC", "ICIC", "SBIN"]), rng, j.date)
            p.pair(rng.choice(["UTR", "RTGS UTR"]), ref, txn=(UTR_RANK, ref))
        else:
            ref_rows(p, j, way, heads=["HDFC", "ICIC", "SBIN", "KKBK"])
    word = {"success": rng.choice(["ADVANCE RECEIVED", "RECEIVED WITH THANKS"]),
            "failed": f"{'RTGS' if way == 'RTGS' else 'NEFT' if way == 'netbanking' else 'UPI'} RETURNED - ORDER "
                      "NOT CONFIRMED",
            "pending": "ADVANCE PENDING - CREDIT AWAITED"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Rates valid for 7 days from the advance. Price variation on steel as per the day's rate.")
    if frame == "paper":
        p.add("right", "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 10. an online order through a payment link


LINKS = ["Razorpay", "PayU", "Cashfree", "Instamojo", "CCAvenue", "Easebuzz", "PhonePe PG", "Razorpay"]
LINK_WAYS = ["UPI", "card", "UPI", "UPI", "netbanking", "card", "UPI", "wallet"]
WEB_ITEMS = [("Cement OPC 53 (10 bags)", 3950.0), ("Wall putty 40kg (2 bags)", 1840.0),
             ("Exterior emulsion 10 L", 3450.0), ("CPVC pipe 1 inch (10 nos)", 2650.0),
             ("Modular switches (20 pcs)", 1580.0), ("Ceramic floor tiles (10 boxes)", 4800.0),
             ("Kitchen sink SS 24x18", 3299.0), ("Waterproofing 20 kg", 4150.0), ("Door hinges & locks kit", 1290.0)]


def order_gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer paying the store's online order through a payment link (Razorpay, PayU, Cashfree, Instamojo,
    CCAvenue, Easebuzz, PhonePe PG; browser or phone, dark on some): the store on top (Paying / Payment to on
    some), the outcome, the sum large, the store's Order No. (the order's number), the items, Delivery charges, a
    card's convenience fee and Total on some, Delivery by (no fact), the way, the gateway's ids, a UPI Ref No / Bank
    Ref No on some, the day."""
    k = place("order_gateway")
    status = outcome(k, failed=(5,), pending=(2,))
    gw, way = LINKS[k], LINK_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, firm=0.15, caps=0.2)
    items = rng.sample(WEB_ITEMS, rng.randint(1, 3))
    base = round(sum(value for _, value in items), 2)
    carry = float(rng.choice([0, 199, 299, 499]))
    fee = round((base + carry) * 0.02, 2) if way == "card" and rng.random() < 0.6 else 0.0
    total = round(base + carry + fee, 2)
    j.amount = total
    if k % 2 == 0:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"rzp.io/l/{code(rng, 8, MIXED)}",
                                  "Cashfree": f"payments.cashfree.com/links/{code(rng, 10, MIXED)}",
                                  "PhonePe PG": "mercury.phonepe.com/transact/pg",
                                  "CCAvenue": "secure.ccavenue.com/transaction/status"}[gw]
    else:
        p = screen(rng, font, "phone", dark=rng.random() < 0.35, width=620, title="",
                   buttons=rng.choice([("Done",), ("Back to store",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.4)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Paying", "Payment to"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice(["Online order - home delivery", "Order on WhatsApp - payment link",
                               f"www.{SLUGS[j.town]}.in"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Order confirmed - paid", "Payment successful"],
                            "failed": ["Payment Failed", "Payment failed - order not placed"],
                            "pending": ["Payment Pending", "Payment processing"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if not j.no_ref:
        oid = rng.choice([f"WEB{digits(rng, 6)}", f"ORD-{code(rng, 2, UPPER)}{digits(rng, 5)}"])
        labelled(p, rng.choice(["Order No", "Store Order ID", "Order #"]), oid, txn=(ORDER_RANK, oid))
    for name, value in items:
        wrap_pair(p, name, rs(value))
    p.pair(rng.choice(["Delivery charges", "Delivery"]), rs(carry) if carry else "Free")
    if fee:
        p.pair(rng.choice(["Convenience fee", "Card processing fee"]), rs(fee))
        p.pair(rng.choice(["Total paid", "Total"]) if status == "success" else "Total", rs(total))
    if not j.no_day:
        p.pair(rng.choice(["Delivery by", "Expected delivery"]),
               when(j.date + dt.timedelta(days=rng.randrange(1, 4)), rng.choice(["%a, {d} %b", "%d %b"])))
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        ids = instamojo_ids(rng, j.date) if gw == "Instamojo" else gateway_ids(rng, gw, j.date)
        for label, value_text, rank in ids:
            labelled(p, label, value_text, txn=(rank, value_text))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "Bank RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date", "Date & Time"] if status == "success"
                               else ["Date", "Date & Time", "Attempted on"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    else:
        p.add("small", "Unloading at site is the customer's responsibility. Keep the order number for delivery.")
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 11. a contractor's credit account settlement


LEDGER_WAYS = ["UPI", "netbanking", "cash", "IMPS", "netbanking", "UPI", "cash", "netbanking"]


def ledger_settlement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's PAYMENT RECEIPT - CREDIT ACCOUNT / PARTY LEDGER - PAYMENT ACKNOWLEDGEMENT for a contractor who
    buys on credit (counter paper, thermal or serif): the store on top (the payee), Receipt No., Date, Party the
    contractor, Party Code / Ledger A/c (never ids), Opening balance, Add: bills since the last payment, Total
    outstanding, Less: Payment received (the sum), Closing balance and Credit limit (no facts), cash / UPI / NEFT /
    IMPS and its reference; RECEIVED WITH THANKS / ACCOUNT SETTLED / NEFT RETURNED - NOT POSTED / UNDER
    VERIFICATION."""
    k = place("ledger_settlement")
    status = outcome(k, failed=(4,), pending=(5,))
    way = LEDGER_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, firm=0.25, caps=0.3)
    p = screen(rng, font, width=rng.choice([600, 640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.5)
    letterhead(p, j, j.to, ["PAYMENT RECEIPT - CREDIT ACCOUNT", "PARTY LEDGER - PAYMENT ACKNOWLEDGEMENT",
                            "ACCOUNT SETTLEMENT RECEIPT"])
    if not j.no_ref:
        rno = rng.choice([f"CR/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(1000, 99999))])
        p.pair(rng.choice(["Receipt No.", "Rcpt No.", "Voucher No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Received on"]) if status == "success" else "Date", j.day(rng), date=j.date)
    role = rng.choice(["Contractor", "Mason", "Builder"])
    wrap_pair(p, rng.choice(["Party", "Party name", "Contractor"]), f"{j.buyer} ({role})")
    p.pair(rng.choice(["Party Code", "Ledger A/c", "Customer ID"]), f"{code(rng, 1, 'CDP')}-{rng.randrange(100, 9999)}")
    p.add("rule")
    opening = rupees(rng, 20000, 400000, p_round=0.3)
    bills = rupees(rng, 15000, 300000, p_round=0.3)
    n = rng.randint(2, 9)
    due = round(opening + bills, 2)
    p.pair(rng.choice(["Opening balance (Dr)", "Previous balance"]), rs(opening))
    p.pair(f"Add: {n} bills since last payment", rs(bills))
    p.pair(rng.choice(["Total outstanding", "Total due"]), rs(due))
    settle = rng.random() < 0.3 and status == "success"
    paid = due if settle else whole(due * rng.uniform(0.3, 0.8), 1000)
    if way == "cash":
        paid = min(paid, float(rng.choice([50000, 90000, 150000])))
    if way == "UPI":
        paid = min(paid, float(rng.choice([40000, 75000, 100000])))
    settle = settle and paid == due
    j.amount = paid
    p.pair(rng.choice(["Less: Payment received", "Amount received", "Paid today"]) if status == "success"
           else rng.choice(["Payment", "Amount"]), rs(paid), amount=paid)
    if status == "success":
        p.pair(rng.choice(["Closing balance (Dr)", "Balance outstanding"]),
               "Nil" if settle else rs(round(due - paid, 2)))
    else:
        p.pair(rng.choice(["Balance outstanding", "Closing balance (Dr)"]), rs(due))
    p.pair(rng.choice(["Credit limit", "Credit limit sanctioned"]), rs(whole(due * rng.uniform(1.1, 1.8), 100000)))
    p.pair(rng.choice(["Mode", "Paid by", "Received by"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (GPay)"]), "netbanking": "NEFT", "IMPS": "IMPS"}[way],
           method="netbanking" if way == "IMPS" else way)
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "BARB", "UBIN", "HDFC", "PSIB"])
    word = {"success": "ACCOUNT SETTLED" if settle else rng.choice(["RECEIVED WITH THANKS",
                                                                    "PAYMENT RECEIVED - LEDGER UPDATED"]),
            "failed": {"UPI": "UPI PAYMENT FAILED - NOT POSTED", "IMPS": "IMPS FAILED - NOT POSTED"}.get(
                way, "NEFT RETURNED - NOT POSTED TO LEDGER"),
            "pending": "UNDER VERIFICATION - WILL BE POSTED ON CREDIT"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Interest @ 18% p.a. on bills outstanding beyond 30 days. Please verify your balance.")
    p.add("right", rng.choice(["Accountant", "Cashier"]))
    return p.done()


# ---------------------------------------------------------------- 12. a refund for returned material


RETURNS = [("Vitrified tiles 600x600", "boxes", (780, 1150)), ("Ceramic wall tiles 300x450", "boxes", (420, 560)),
           ("Cement PPC 50kg (unopened)", "bags", (350, 395)), ("Wall putty 40kg", "bags", (850, 980)),
           ("Wash basin (wrong model)", "pcs", (1900, 3600)), ("TMT Fe 500D 8mm (excess)", "kg", (58, 64)),
           ("PVC pipe 4 inch (6 m)", "lengths", (820, 1100)), ("Interior emulsion 20 L", "buckets", (2600, 3400))]
RETURN_FRAMES = ["paper", "mail", "paper", "paper", "mail", "paper", "paper", "mail"]
RETURN_WAYS = ["UPI", "netbanking", "cash", "card", "UPI", "netbanking", "UPI", "UPI"]


def return_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store or its tiles showroom refunding returned tiles or excess material (paper or e-mail): CREDIT NOTE
    CUM REFUND VOUCHER / SALES RETURN - REFUND VOUCHER, the store on top (the payer), Credit Note / Refund Voucher
    No., Refund ID on the e-mail, Date / Refund date, Refund to / Paid to / Customer the customer (the payee),
    Against Bill No. and its day (never the id or the day), the goods returned, quantity x rate, Less: handling or
    breakage, Refund amount, UPI / NEFT / cash / reversal to card with UPI Ref No. / UTR / ARN; REFUNDED / REFUND
    FAILED / REFUND INITIATED."""
    k = place("return_refund")
    status = outcome(k, failed=(4,), pending=(0,))
    frame, way = RETURN_FRAMES[k], RETURN_WAYS[k]
    unit = rng.choice([STORE, TILES])
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, unit=unit)
    payer = STORES[j.town][unit]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{payer} <accounts@{SLUGS[j.town]}.in>",
                   rng.choice(["Refund for returned material", "Your sales return refund"]))
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4 if frame == "paper" else 0.0)
    letterhead(p, j, payer, ["CREDIT NOTE CUM REFUND VOUCHER", "SALES RETURN - REFUND VOUCHER",
                             "REFUND VOUCHER - RETURNED MATERIAL"], merchant=False)
    if not j.no_ref:
        no = rng.choice([f"CN/{j.year()}{rng.randrange(1, 999):03d}", f"RV{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Credit Note No.", "Refund Voucher No.", "Voucher No."]), no, txn=(INVOICE_RANK, no))
        if frame == "mail":
            rid = f"RFD{digits(rng, 9)}"
            labelled(p, rng.choice(["Refund ID", "Refund Ref No."]), rid, txn=(TXN_RANK, rid))
    if not j.no_day:
        p.pair({"success": rng.choice(["Date", "Refund date", "Refunded on"]), "failed": "Attempted on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    to = rng.choice([j.buyer, j.buyer, j.buyer.upper()])
    wrap_pair(p, rng.choice(["Refund to", "Paid to", "Customer"]), to, merchant=to)
    bill = f"{rng.choice(['HW', 'TS', 'GST'])}-{rng.randrange(1000, 99999)}"
    p.pair(rng.choice(["Against Bill No.", "Original bill"]), bill)
    if not j.no_day:
        p.pair(rng.choice(["Bill date", "Sold on"]), when(j.date - dt.timedelta(days=rng.randrange(3, 25)),
                                                          rng.choice(DAY_PATS)))
    p.add("rule")
    name, unit_name, (low, high) = rng.choice(RETURNS)
    qty = {"kg": rng.choice([120, 250, 380]), "pcs": 1}.get(unit_name, rng.randint(2, 18))
    rate = float(round(rng.uniform(low, high)))
    value = round(qty * rate, 2)
    wrap_pair(p, "Goods returned", name)
    p.pair(f"{qty} {unit_name} x {rate:.0f} (incl. GST)", rs(value))
    cut = 0.0
    if rng.random() < 0.6:
        cut = round(value * rng.choice([0.05, 0.1]), 2)
        p.pair(rng.choice(["Less: Handling charges", "Less: Restocking charges", "Less: Breakage / damage"]),
               rs(cut))
    refund = round(value - cut, 2)
    if way == "card":
        way = "card" if refund > 1000 else "UPI"
    j.amount = refund
    p.pair(rng.choice(["Refund amount", "Amount refunded", "Net refund"]) if status == "success"
           else rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(refund)})")
    p.pair(rng.choice(["Refund mode", "Mode", "Refunded by"]),
           {"UPI": rng.choice(["UPI", "UPI to customer"]), "card": f"Reversal to card {masked(rng, font)}",
            "netbanking": "NEFT", "cash": "Cash"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "card":
            p.pair(rng.choice(["ARN", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        else:
            ref_rows(p, j, way, heads=["HDFC", "SBIN", "UTIB"])
    word = {"success": rng.choice(["REFUNDED", "REFUND PAID", "Refund processed"]),
            "failed": rng.choice(["REFUND FAILED - UPI ID INACTIVE", "REFUND FAILED"]),
            "pending": rng.choice(["REFUND INITIATED - CREDIT IN 2-3 WORKING DAYS", "Refund pending"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Returns accepted within 15 days in unopened boxes / bags with the original bill.")
    if frame == "paper":
        p.add("pair", "Customer's signature", "For the store")
    return p.done()


compose = compose121

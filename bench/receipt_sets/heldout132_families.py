"""The twelve heldout132 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a seventeenth+1 random day's proofs of payment, as a jewellery shop with a
gold-savings scheme and a gold-loan desk (in Thrissur, Coimbatore, Rajkot, Madurai, Nashik, Belagavi, Guntur and
Cuttack) receives them from customers in 2026 and pays its own bullion suppliers, hallmarking centre, karigars and
customers: customers' UPI screens at the counter, the gold-savings scheme's instalment receipts, the shop's GST
invoices for hallmarked ornaments (gold rate, weights, making charges, stones, an old-gold exchange), the counter
terminal's card and card-EMI charge slips, old-gold purchase vouchers, the gold-loan desk's interest receipts and
disbursement vouchers, the shop's payments to its bullion dealer, a BIS hallmarking centre's invoices, karigars'
labour vouchers, a gold-rate booking or digital-gold purchase through a payment gateway, customers' bank transfers
for wedding orders, and refunds of cancelled rate bookings. Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, gold rates, weights,
purities, HUIDs, BIS licence and registration numbers, scheme, member and card numbers, instalment counts, totals
paid so far, loan, pledge and licence numbers, principal outstanding, appraised values, invoice totals beside a part
received, old-gold values beside the sum paid, monthly EMIs, the total payable with interest, base sums before a
card surcharge, bookings' advances beside a refund, the payer's own details and every later or earlier day (next
due, loan date, booked on) carry no fact. A hallmarking Request No. and a rate booking's Booking No. are the order's
number (heldout106's ``ORDER_RANK``). ``compose`` is heldout121's (heldout119's frames and marks, its rubber stamp).
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
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code
CITIES = [("Thrissur", "680001", "Round South", "Kerala", "32"),
          ("Coimbatore", "641001", "Big Bazaar Street", "Tamil Nadu", "33"),
          ("Rajkot", "360001", "Soni Bazar", "Gujarat", "24"),
          ("Madurai", "625001", "South Avani Moola Street", "Tamil Nadu", "33"),
          ("Nashik", "422001", "Saraf Bazar", "Maharashtra", "27"),
          ("Belagavi", "590002", "Kadolkar Galli", "Karnataka", "29"),
          ("Guntur", "522002", "Brodipet", "Andhra Pradesh", "37"),
          ("Cuttack", "753001", "Nayasarak", "Odisha", "21")]
# the shop in each town: its trade name, its company, its gold-loan desk
SHOPS = [("Poovathingal Jewellers", "Poovathingal Gold & Diamonds Pvt Ltd", "Poovathingal Gold Loans"),
         ("Sri Annapoorna Thanga Maaligai", "Annapoorna Jewels LLP", "Annapoorna Gold Loan Centre"),
         ("Harilal Soni Jewellers", "Harilal Soni & Sons LLP", "Harilal Gold Loan Desk"),
         ("Meenakshi Thangam Jewellers", "Meenakshi Thangam Pvt Ltd", "Meenakshi Gold Finance"),
         ("Kulkarni Saraf & Sons", "Kulkarni Saraf Jewellers Pvt Ltd", "Kulkarni Saraf Gold Loan"),
         ("Belgaum Gold Palace", "Gold Palace Jewellers LLP", "Gold Palace Loan Counter"),
         ("SLV Jewellers", "Sri Lakshmi Venkateswara Jewellers Pvt Ltd", "SLV Gold Loans"),
         ("Tarakasi Jewellers", "Cuttack Tarakasi Gold House Pvt Ltd", "Tarakasi Gold Loan Desk")]
SLUGS = ["poovathingal", "annapoorna", "harilalsoni", "meenakshithangam", "kulkarnisaraf", "goldpalace",
         "slvjewellers", "tarakasi"]
SCHEMES = ["Swarnanidhi 11+1", "Thanga Mazhai Scheme", "Suvarna Bachat Yojana", "Thanga Kalasam Savings",
           "Swarna Laxmi Yojana", "Bangarada Habba Scheme", "Bangaru Podupu Scheme", "Suna Sanchaya Yojana"]
CUSTOMERS = ["Anju Varghese", "K. Saravanan", "Hetal Parmar", "Lakshmi Narayanan", "Swapnil Deshmukh",
             "Shilpa Kulkarni", "Venkata Ramana Rao", "Sasmita Pradhan", "Rinku Thomas", "Bhavesh Rathod", "P. Selvi",
             "Manjunath Angadi"]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Federal Bank", "South Indian Bank"]
SUBS = ["BIS Hallmarked 916 Gold | Diamonds | Silver", "Gold, Diamond & Silver Jewellery",
        "Manufacturers & Retailers of Hallmarked Jewellery"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "The bank has not confirmed yet. Please show this screen at the counter."]


def shop(rng: random.Random, i: int, *, firm: float = 0.25, desk: float = 0.0, caps: float = 0.25) -> str:
    """The shop as a payee: its trade name, its company's or its gold-loan desk's on some, in capitals on some."""
    roll = rng.random()
    name = SHOPS[i][2] if roll < desk else SHOPS[i][1] if roll < desk + firm else SHOPS[i][0]
    return name.upper() if rng.random() < caps else name


def rate22(rng: random.Random) -> float:
    """A day's 22K (916) selling rate per gram in 2026."""
    return float(rng.randrange(10800, 12600, 5))


def grams(value: float) -> str:
    return f"{value:.3f} g"


def huid(rng: random.Random) -> str:
    """A hallmarked article's HUID (six characters): never an id."""
    return code(rng, 6, ALNUM)


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 150000, p_round: float = 0.6, firm: float = 0.25, desk: float = 0.0,
                 caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(SHOPS))
        self.to = shop(rng, self.town, firm=firm, desk=desk, caps=caps)
        self.customer = rng.choice(CUSTOMERS)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind; the
    payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or SUBS))
    p.add("small", f"{rng.randrange(2, 220)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def per_gram(rs, value: float) -> str:
    """A rate per gram in the page's money."""
    return f"{rs(value)} per g"


def stamped(p: Screen, j: Job, role: str, word: str) -> None:
    """heldout129's rubber stamp of the shop at the foot, two more lines of room above it: the day on a paid page
    that prints one."""
    name = SHOPS[j.town][0]
    p.add("gap")
    p.add("gap")
    seal(p, name if len(name) < 28 else SHOPS[j.town][2], role, None if j.no_day or j.status != "success" else j.date,
         word)


# ---------------------------------------------------------------- 1. a customer's UPI app at the counter


UPI_ORDER = ["Google Pay", "PhonePe", "super.money", "Paytm", "WhatsApp", "BHIM", "CRED", "MobiKwik"]
JEWEL_NOTES = ["Chain balance", "Scheme inst", "Ring advance", "Gold coin 2g", "Jhumka", "Bangle order advance",
               "Old gold difference", "Silver anklet", "Thali chain", "Wedding set advance"]


def customer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app paying the shop's QR at the counter (Google Pay, PhonePe, super.money, Paytm, WhatsApp,
    BHIM, CRED, MobiKwik; dark on CRED and some others): heldout125's result screen, the shop (its company on some)
    under Paid to / To / Sent to, a note of what it paid for on most."""
    k = place("customer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=500, high=98000, p_round=0.8, firm=0.2)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, SHOPS[j.town][0], WAIT)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(JEWEL_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. a gold-savings scheme's instalment receipt


SCHEME_KINDS = ["paper", "mail", "paper", "browser", "paper", "paper", "mail", "browser"]
SCHEME_WAYS = ["cash", "UPI", "card", "UPI", "UPI", "cash", "UPI", "netbanking"]
INSTALMENTS = [1000.0, 2000.0, 2500.0, 3000.0, 5000.0, 5000.0, 10000.0, 15000.0, 20000.0, 25000.0]


def scheme_instalment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A gold-savings scheme's monthly instalment receipt (the counter's paper, an e-mail, the scheme's portal): the
    shop on top (the payee), the scheme, Member No. / Card No. / Scheme A/c No. (never ids), the member, Instalment
    No. x of 11, the instalment, a late fee and Total received on some, the day's gold rate and the gold it books,
    the total paid so far, cash / UPI / card / net banking, Receipt No., the portal's Transaction ID and Bank Ref
    No., the next due day (no fact); INSTALMENT RECEIVED / UPI PAYMENT FAILED / PAYMENT PENDING."""
    k = place("scheme_instalment")
    status = outcome(k, failed=(3,), pending=(6,))
    kind, way = SCHEME_KINDS[k], SCHEME_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, firm=0.2, caps=0.2)
    inst = rng.choice(INSTALMENTS)
    late = float(rng.choice([50, 100, 150])) if kind == "paper" and rng.random() < 0.4 else 0.0
    total = inst + late
    j.amount = total
    slug = SLUGS[j.town]
    if kind == "paper":
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    else:
        p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        if kind == "mail":
            mail_frame(p, f"{SHOPS[j.town][0]} <scheme@{slug}.in>",
                       rng.choice(["Instalment receipt", "Your scheme payment", "Gold scheme - payment status"]))
        else:
            p.style["h106"]["url"] = f"www.{slug}.in/gold-scheme/pay/status"
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4 if kind == "paper" else 0.0)
    letterhead(p, j, j.to, ["GOLD SAVINGS SCHEME - INSTALMENT RECEIPT", "SCHEME PAYMENT RECEIPT",
                            "MONTHLY INSTALMENT RECEIPT"])
    if not j.no_ref and status == "success" and kind != "browser":
        rno = rng.choice([f"GS/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(1000, 99999))])
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        label = rng.choice(["Date", "Paid on", "Received on"]) if status == "success" else "Attempted on"
        p.pair(label, when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Scheme", SCHEMES[j.town])
    p.pair(rng.choice(["Member No.", "Card No.", "Scheme A/c No."]),
           rng.choice([f"{code(rng, 2, UPPER)}/{rng.randrange(100, 9999)}", f"GS{digits(rng, 6)}"]))
    wrap_pair(p, rng.choice(["Member name", "Customer", "Name"]), j.customer)
    n = rng.randint(1, 11)
    p.pair(rng.choice(["Instalment No.", "Inst. No.", "Instalment"]), f"{n} of 11")
    p.pair(rng.choice(["Monthly instalment", "Instalment amount", "Monthly amount"]), rs(inst))
    if late:
        p.pair("Add: Late fee", rs(late))
        p.pair("Total received", rs(total), amount=total)
    else:
        p.pair(rng.choice(["Amount received", "Amount paid"]) if status == "success" else "Amount", rs(total),
               amount=total)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(total)})")
    rate = rate22(rng)
    p.pair(rng.choice(["Gold rate today (22K)", "Board rate 22K"]), per_gram(rs, rate))
    if status == "success":
        p.pair(rng.choice(["Gold booked (this inst.)", "Weight credited"]), grams(inst / rate))
        p.pair(rng.choice(["Total paid so far", "Paid till date"]), rs(inst * n))
    way_words = {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)", "GPay / UPI"]),
                 "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
                 "netbanking": f"Net Banking - {rng.choice(PVT[:3] + PSB[:2])}"}
    p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]), way_words[way], method=way)
    if not j.no_ref:
        if kind != "paper":
            tid = rng.choice([f"GSP{digits(rng, 10)}", f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
            p.pair(rng.choice(["Transaction ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UTR", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
            elif way == "netbanking":
                ref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair(rng.choice(["Bank Ref No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    if not j.no_day and status == "success" and n < 11:
        p.pair(rng.choice(["Next due on", "Next instalment due"]),
               when(j.date + dt.timedelta(days=30), rng.choice(SLIP_PATS)))
    elif n == 11 and status == "success":
        p.add("small", "Scheme complete: redeem for jewellery with the bonus instalment within 30 days.")
    word = {"success": rng.choice(["INSTALMENT RECEIVED", "PAID", "Payment received"]),
            "failed": rng.choice(["UPI PAYMENT FAILED - NOT CREDITED TO SCHEME", "Payment failed"]),
            "pending": rng.choice(["PAYMENT PENDING - WILL BE CREDITED ON CONFIRMATION", "Payment pending"])}[status]
    if kind == "paper":
        p.add("center", word, status=status)
    else:
        p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", "Scheme amount is redeemable only for jewellery, not for cash or coins.")
    if kind == "paper":
        p.add("right", "Cashier")
    return p.done()


# ---------------------------------------------------------------- 3. the shop's jewellery tax invoice


ORNAMENTS = [("Gold chain (Singapore link)", False, 6, 24), ("Bangles (2 nos)", False, 14, 32),
             ("Necklace with kemp stones", True, 18, 45), ("Jhumka earrings", True, 5, 14),
             ("Ladies ring with CZ", True, 2, 6), ("Mangalsutra chain", False, 8, 22), ("Gents ring", False, 4, 9),
             ("Kada (plain)", False, 12, 28), ("Temple haram", True, 30, 60), ("Baby bangles (2 nos)", False, 3, 7)]
INVOICE_WAYS = ["card", "netbanking", "UPI", "cash", "netbanking", "UPI", "card", "UPI"]


def jewellery_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's TAX INVOICE for hallmarked ornaments (paper): the shop on top (the payee), GSTIN, Invoice No.,
    Date, the customer (PAN on large bills: never an id), the 22K rate per gram, each ornament with its HUID (never
    an id), gross and net weight, gold value, making charges, stone value, taxable value, CGST / SGST @ 1.5%, the
    invoice total, Less: old gold exchange on some, Net payable, Amount received (a part with Balance due on two),
    cash / UPI / card / NEFT and its reference; PAID / PART PAID / UPI PAYMENT FAILED / PAYMENT PENDING in a row and
    in the shop's rubber stamp."""
    k = place("jewellery_invoice")
    status = outcome(k, failed=(5,), pending=(1,))
    way = INVOICE_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, firm=0.4)
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.3)
    letterhead(p, j, j.to, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "RETAIL INVOICE - GOLD ORNAMENTS"])
    if not j.no_ref:
        inv = rng.choice([f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}",
                          str(rng.randrange(1000, 99999))])
        p.pair(rng.choice(["Invoice No.", "Inv No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice Date", "Dated"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    wrap_pair(p, rng.choice(["Customer", "Bill to", "Buyer"]), j.customer)
    p.pair("Mobile", f"{rng.choice('6789')}{digits(rng, 9)}")
    rate = rate22(rng)
    p.pair(rng.choice(["Gold rate 22K (916)", "Rate / g (22K)", "Today's rate 22K"]), per_gram(rs, rate))
    p.add("rule")
    taxable = 0.0
    for name, stone, low, high in rng.sample(ORNAMENTS, rng.choice([1, 1, 2])):
        net = round(rng.uniform(low, high), 3)
        gross = round(net + (rng.uniform(0.2, 1.8) if stone else 0.0), 3)
        value = round(net * rate, 2)
        wrap_pair(p, "Item", f"{name} 22K")
        p.pair("HUID", huid(rng))
        p.pair(rng.choice(["Gross / Net wt", "Gr. wt / Net wt"]), f"{gross:.3f} / {net:.3f} g")
        p.pair("Gold value", rs(value))
        if rng.random() < 0.6:
            pct = rng.choice([8, 10, 12, 14, 16, 18])
            making = round(value * pct / 100, 2)
            p.pair(rng.choice([f"Making charges ({pct}%)", f"VA ({pct}%)"]), rs(making))
        else:
            per = rng.choice([350, 400, 450, 550, 650])
            making = round(net * per, 2)
            p.pair(f"Making @ {per}/g", rs(making))
        stones = float(rng.randrange(1500, 25000, 50)) if stone else 0.0
        if stones:
            p.pair("Stone value", rs(stones))
        taxable += value + making + stones
    taxable = round(taxable, 2)
    cgst = round(taxable * 0.015, 2)
    total = float(round(taxable + 2 * cgst))
    p.add("rule")
    p.pair("Taxable value", rs(taxable))
    p.pair("CGST @ 1.5%", rs(cgst))
    p.pair("SGST @ 1.5%", rs(cgst))
    if abs(total - taxable - 2 * cgst) >= 0.005:
        p.pair("Round off", f"{total - taxable - 2 * cgst:+.2f}")
    p.pair(rng.choice(["Invoice total", "Total", "Grand Total"]), rs(total))
    net_pay = total
    if rng.random() < 0.45:
        share = rate * rng.uniform(0.9, 0.96)
        og = round(min(rng.uniform(3, 15), total * 0.6 / share), 3)
        og_value = float(round(og * share))
        p.pair(f"Less: Old gold exchange ({og:.3f} g)", rs(og_value))
        net_pay = round(total - og_value, 2)
        p.pair(rng.choice(["Net payable", "Balance payable"]), rs(net_pay))
    if way == "cash" and net_pay >= 199000:
        way = "card"
    if way == "UPI" and net_pay > 200000 and status != "failed":
        way = "netbanking"
    part = status == "success" and k in (2, 6)
    paid = whole(net_pay * rng.uniform(0.3, 0.7), 1000) if part else net_pay
    j.amount = paid
    p.pair(rng.choice(["Amount received", "Received", "Paid amount"]) if status == "success" else "Amount",
           rs(paid), amount=paid)
    if part:
        p.pair(rng.choice(["Balance due", "Balance to pay at delivery"]), rs(round(net_pay - paid, 2)))
    mode = "RTGS" if paid >= 200000 else "NEFT"
    p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (shop QR)", "GPay / UPI"]), "netbanking": mode,
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way], method=way)
    if total >= 200000:
        p.pair("Customer PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UTR", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
            if rng.random() < 0.4:
                p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            ref = (neft_utr if mode == "NEFT" else rtgs_utr)(rng.choice(["SBIN", "HDFC", "FDRL", "CNRB"]), rng,
                                                             j.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {"success": "PART PAID" if part else rng.choice(["PAID", "PAID - THANK YOU"]),
            "failed": "UPI PAYMENT FAILED",
            "pending": rng.choice(["PAYMENT PENDING", f"PAYMENT PENDING - {mode} CREDIT AWAITED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Hallmarked as per BIS. Old gold exchanged at the day's rate less melting loss.")
    p.add("right", "Authorised Signatory")
    stamped(p, j, "SALES", word)
    return p.done()


# ---------------------------------------------------------------- 4. the counter terminal's card charge slip


SLIP_HEADS = ["PINE LABS", "HDFC BANK", "ICICI BANK", "AXIS BANK", "SBI PAYMENTS", "PAYTM EDC", "MSWIPE", "WORLDLINE"]
SLIP_KINDS = ["sale", "emi", "sale", "sale", "emi", "sale", "sale", "emi"]
ISSUERS = ["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK", "KOTAK BANK", "BOB CARD", "FEDERAL BANK", "RBL BANK"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The counter terminal's charge slip (Pine Labs, a bank's, SBI Payments, Paytm EDC, Mswipe, Worldline;
    monospace): the terminal's name, the shop in capitals under it, MID, TID, DATE, BATCH, INVOICE NO, SALE with a
    card surcharge on some (BASE AMOUNT, SURCHARGE, TOTAL AMOUNT: the sum charged) or EMI SALE (TXN AMOUNT, TENURE,
    ROI, EMI AMOUNT, TOTAL PAYABLE), the card masked, APPR CODE, RRN; APPROVED / DECLINED / TXN PENDING."""
    k = place("card_slip")
    status = outcome(k, failed=(4,), pending=(1,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=8000, high=350000, p_round=0.7, caps=1.0)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    mark = rng.choice(["RS.", "Rs.", "INR ", "RS ", ""])
    grouped = rng.random() < 0.4

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to, SHOPS[j.town][0].upper(), "JEWELLERY SHOWROOM") if fits(p, "center", n))
    p.part = "head"
    p.add("center", SLIP_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", CITIES[j.town][0].upper())
    p.part = "body"
    p.pair("MID:", digits(rng, 15) if fits(p, "pair", f"MID: {'0' * 15}  ") else digits(rng, 10))
    p.pair("TID:", digits(rng, 8))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y", "%b %d,%Y"]),
                             upper=True), date=j.date)
    p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CARD SALE"]) if kind == "sale" else rng.choice(["EMI SALE", "BANK EMI"]))
    p.add("left", f"{rng.choice(ISSUERS)} {rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} "
                  f"{'CREDIT' if kind == 'emi' else rng.choice(['CREDIT', 'DEBIT'])}")
    p.add("left", f"CARD: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.add("left", rng.choice(["CHIP  PIN", "TAP (CONTACTLESS)", "CHIP"]))
    if kind == "sale":
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
    else:
        p.add("left", "PRODUCT: GOLD JEWELLERY")
        p.pair(rng.choice(["TXN AMOUNT:", "EMI TXN AMT:", "AMOUNT:"]), sale(j.amount), amount=j.amount)
        months = rng.choice([3, 6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0])
        monthly = round(j.amount * (rate / 1200) / (1 - (1 + rate / 1200) ** -months), 2)
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair(rng.choice(["INTEREST RATE:", "ROI (P.A.):"]), f"{rate:.2f}%")
        p.pair(rng.choice(["EMI AMOUNT:", "MONTHLY EMI:"]), sale(monthly))
        p.pair(rng.choice(["TOTAL PAYABLE:", "TOTAL AMT WITH INT:"]), sale(round(monthly * months, 2)))
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
        p.add("center", "HOST NOT RESPONDING - DO NOT RETRY")
    p.part = "foot"
    p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT.")
    p.add("center", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 5. an old-gold purchase voucher


OLD_WAYS = ["netbanking", "UPI", "cash", "netbanking", "UPI", "netbanking", "cash", "UPI"]
OLD_ITEMS = ["Old chain (broken)", "Old bangles (2 nos)", "Old ring", "Old ear studs (1 pair)", "Old necklace",
             "Old gold coin", "Old kada", "Old mangalsutra"]
PURITIES = [("91.6% (22K)", 0.916), ("91.6% (22K)", 0.916), ("87.5% (21K)", 0.875), ("75.0% (18K)", 0.75),
            ("83.3% (20K)", 0.833)]


def old_gold_voucher(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop buying a customer's old gold (paper): OLD GOLD PURCHASE VOUCHER / URD PURCHASE VOUCHER, the shop on
    top (the payer), Voucher No., Date, Paid to / Seller / Payee the customer (the payee), ID proof, the old
    ornament, gross weight, less stones and dust, net weight, purity tested, fine gold, the 24K buying rate, its
    value, Less: melting loss, Amount paid (the sum moved), IMPS / NEFT / UPI / cash and its reference; PAID / UPI
    PAYOUT FAILED / PAYOUT PENDING, the shop's stamp."""
    k = place("old_gold_voucher")
    status = outcome(k, failed=(1,), pending=(5,))
    way = OLD_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.5)
    letterhead(p, j, SHOPS[j.town][rng.choice([0, 1])], ["OLD GOLD PURCHASE VOUCHER", "PURCHASE VOUCHER - OLD GOLD",
                                                         "URD PURCHASE VOUCHER"], merchant=False)
    if not j.no_ref:
        vno = rng.choice([f"OG/{j.year()}{rng.randrange(1, 999):03d}", f"URD{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Voucher No.", "URD Voucher No.", "Purchase No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    seller = rng.choice([j.customer, j.customer.upper()])
    wrap_pair(p, rng.choice(["Paid to", "Seller", "Payee"]), seller, merchant=seller)
    pan = f"PAN {code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"
    p.pair(rng.choice(["ID proof", "KYC"]), rng.choice([f"Aadhaar XXXX XXXX {digits(rng, 4)}", pan]))
    wrap_pair(p, rng.choice(["Description", "Ornament"]), rng.choice(OLD_ITEMS))
    purity_text, purity = rng.choice(PURITIES)
    rate24 = float(rng.randrange(12600, 13900, 10))
    net = round(rng.uniform(*{"cash": (1.0, 1.35), "UPI": (2.0, 7.0), "netbanking": (3.0, 38.0)}[way]), 3)
    less = round(rng.uniform(0.05, 0.6), 3) if rng.random() < 0.6 else 0.0
    p.pair(rng.choice(["Gross weight", "Gross wt"]), grams(net + less))
    if less:
        p.pair(rng.choice(["Less: stones / dust", "Less: stone wt"]), grams(less))
    p.pair(rng.choice(["Net weight", "Net wt"]), grams(net))
    p.pair(rng.choice(["Purity (tested)", "Touch (XRF)"]), purity_text)
    fine = round(net * purity, 3)
    p.pair(rng.choice(["Fine gold", "Pure gold wt"]), grams(fine))
    p.pair(rng.choice(["Rate (24K buying)", "Buying rate 999"]), per_gram(rs, rate24))
    value = round(fine * rate24, 2)
    p.pair(rng.choice(["Value", "Gold value"]), rs(value))
    pct = rng.choice([1.0, 1.5, 2.0, 2.5])
    cut = round(value * pct / 100, 2)
    p.pair(f"Less: Melting loss ({pct:g}%)", rs(cut))
    paid = float(round(value - cut))
    j.amount = paid
    p.add("rule")
    p.pair(rng.choice(["Amount paid", "Net amount paid"]) if status == "success" else "Amount payable", rs(paid),
           amount=paid)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(paid)})")
    rail = rng.choice(["IMPS", "NEFT"])
    p.pair(rng.choice(["Paid by", "Mode"]), {"UPI": rng.choice(["UPI", "UPI to seller's VPA"]), "cash": "Cash",
                                             "netbanking": f"{rail} to seller's a/c"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            ref = j.ref if rail == "IMPS" else neft_utr(rng.choice(["SBIN", "FDRL", "HDFC"]), rng, j.date)
            p.pair(rng.choice(["IMPS Ref No.", "UTR"]) if rail == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    word = {"success": "PAID", "failed": "UPI PAYOUT FAILED",
            "pending": f"PAYOUT PENDING - {rail} IN PROCESS"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "I declare the gold sold is my own and free of any pledge, loan or dispute.")
    p.add("pair", "Seller's signature", "For the Shop")
    stamped(p, j, "OLD GOLD DESK", word)
    return p.done()


# ---------------------------------------------------------------- 6. the gold-loan desk


LOAN_KINDS = ["repay", "disburse", "repay", "repay", "disburse", "repay", "disburse", "repay"]
LOAN_WAYS = ["cash", "netbanking", "UPI", "card", "netbanking", "UPI", "cash", "netbanking"]
LOAN_MAIL = (5, 7)
PLEDGES = ["Chain, 2 bangles", "Necklace, ear studs", "4 bangles", "Thali chain, ring", "Haram", "2 chains, 1 ring"]


def gold_loan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's gold-loan desk (a licensed pawn broker; paper or e-mail): an interest / repayment receipt (the desk
    on top, the payee; Receipt No., Date, Loan No. / Pledge No. (never ids), the borrower, the loan's date (no
    fact), the ornaments pledged, principal, the rate, interest for n days, Principal repaid on some, Total
    received, Principal outstanding; RECEIVED / LOAN CLOSED / UPI NOT CONFIRMED) or a disbursement voucher (the
    desk on top, the payer; Voucher No., Paid to / Borrower the customer (the payee), the ornaments, net weight,
    appraised value, Loan sanctioned, Less: processing fee, Net amount paid, IMPS / cash; DISBURSED / IMPS FAILED)."""
    k = place("gold_loan")
    status = outcome(k, failed=(4,), pending=(2,))
    kind, way = LOAN_KINDS[k], LOAN_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, firm=0.0, desk=1.0, caps=0.25)
    desk = j.to
    mail = k in LOAN_MAIL
    if mail:
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{SHOPS[j.town][2]} <goldloan@{SLUGS[j.town]}.in>",
                   rng.choice(["Payment received - gold loan", "Gold loan receipt"]))
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.0 if mail else 0.4)
    licence = f"{code(rng, 2, UPPER)}/{rng.randrange(10, 999)}/{rng.randrange(2005, 2024)}"
    sub = [f"Licensed Pawn Broker - Lic. No. {licence}",
           f"A unit of {SHOPS[j.town][0]}"]
    loan_no = rng.choice([f"GL{digits(rng, 7)}", f"{code(rng, 2, UPPER)}/{rng.randrange(1000, 99999)}"])
    if kind == "repay":
        letterhead(p, j, desk, ["GOLD LOAN RECEIPT", "INTEREST / REPAYMENT RECEIPT", "PLEDGE LOAN - PAYMENT RECEIPT"],
                   sub=sub)
        if not j.no_ref:
            rno = rng.choice([f"GLR/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(10000, 99999))])
            p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair(rng.choice(["Date", "Paid on"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
        p.pair(rng.choice(["Loan No.", "Pledge No.", "Loan A/c No."]), loan_no)
        wrap_pair(p, rng.choice(["Borrower", "Customer", "Name"]), j.customer)
        days = rng.randrange(28, 330)
        if not j.no_day:
            p.pair(rng.choice(["Loan date", "Pledged on"]),
                   when(j.date - dt.timedelta(days=days), rng.choice(SLIP_PATS)))
        principal = float(rng.randrange(20000, 400000, 1000))
        gross = principal / (rate22(rng) * 0.75) * rng.uniform(1.05, 1.25)
        wrap_pair(p, "Ornaments", f"{rng.choice(PLEDGES)} ({grams(gross)} gross)")
        pm = rng.choice([0.9, 1.0, 1.25, 1.5])
        p.pair(rng.choice(["Principal", "Loan amount"]), rs(principal))
        p.pair(rng.choice(["Interest rate", "Rate of interest"]), f"{pm:g}% p.m.")
        interest = float(round(principal * pm / 100 * 12 / 365 * days))
        p.pair(f"Interest ({days} days)", rs(interest))
        close = rng.random() < 0.3 and status == "success"
        part = 0.0 if close else (whole(principal * rng.uniform(0.1, 0.4), 1000) if rng.random() < 0.5 else 0.0)
        if close:
            part = principal
        if part:
            p.pair(rng.choice(["Principal repaid", "Add: Principal"]), rs(part))
        total = round(interest + part, 2)
        if way == "cash" and total >= 19000:
            way = "UPI"
        j.amount = total
        p.pair(rng.choice(["Total received", "Amount paid"]) if status == "success" else "Amount", rs(total),
               amount=total)
        if not close:
            p.pair(rng.choice(["Principal outstanding", "Balance loan"]), rs(principal - part))
        p.pair(rng.choice(["Mode", "Paid by"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)"]), "card": f"Debit card {masked(rng, font)}",
                "netbanking": "NEFT"}[way], method=way)
        if not j.no_ref and status == "success":
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
            elif way == "netbanking":
                ref = neft_utr(rng.choice(["SBIN", "CNRB", "FDRL", "ICIC"]), rng, j.date)
                p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
        word = {"success": "LOAN CLOSED - ORNAMENTS RELEASED" if close else rng.choice(["RECEIVED", "INTEREST PAID"]),
                "failed": "UPI PAYMENT FAILED", "pending": "UPI NOT CONFIRMED - PENDING"}[status]
        p.add("center", word, status=status)
        p.part = "foot"
        p.add("small", "Interest is charged for a minimum of 7 days. Ornaments are released on full repayment.")
        if not mail:
            p.add("pair", "Borrower's signature", "Cashier")
        return p.done()
    letterhead(p, j, desk, ["GOLD LOAN DISBURSEMENT VOUCHER", "LOAN PAYMENT VOUCHER",
                            "PLEDGE LOAN - DISBURSAL VOUCHER"], merchant=False, sub=sub)
    if not j.no_ref:
        vno = rng.choice([f"GLD/{j.year()}{rng.randrange(1, 9999):04d}", f"DV{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Voucher No.", "Disbursal Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Disbursed on"]) if status == "success" else "Date",
               when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    payee = rng.choice([j.customer, j.customer.upper()])
    wrap_pair(p, rng.choice(["Paid to", "Borrower", "Payee Name"]), payee, merchant=payee)
    p.pair(rng.choice(["Loan No.", "Pledge No."]), loan_no)
    wrap_pair(p, "Ornaments pledged", rng.choice(PLEDGES))
    rate = rate22(rng)
    if way == "cash":
        loan = float(rng.randrange(8000, 19000, 500))
    else:
        loan = float(rng.randrange(40000, 450000, 1000))
    net_wt = round(loan / (rate * 0.75) * rng.uniform(1.0, 1.08), 3)
    p.pair(rng.choice(["Net weight", "Net wt (22K)"]), grams(net_wt))
    p.pair(rng.choice(["Appraised value", "Market value"]), rs(round(net_wt * rate, 2)))
    p.pair(rng.choice(["Loan sanctioned (75% LTV)", "Loan amount"]), rs(loan))
    fee = float(rng.choice([0, 118, 236, 354, 590]))
    if fee:
        p.pair(rng.choice(["Less: Processing fee + GST", "Less: Appraisal charges"]), rs(fee))
    paid = round(loan - fee, 2)
    j.amount = paid
    p.add("rule")
    p.pair(rng.choice(["Net amount paid", "Amount disbursed"]) if status == "success" else "Net amount", rs(paid),
           amount=paid)
    p.pair(rng.choice(["Mode", "Paid by"]), {"cash": "Cash", "netbanking": "IMPS to borrower's a/c"}[way], method=way)
    if not j.no_ref and status == "success" and way == "netbanking":
        p.pair(rng.choice(["IMPS Ref No.", "RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    word = {"success": rng.choice(["DISBURSED", "PAID"]), "failed": "IMPS FAILED - LOAN NOT DISBURSED",
            "pending": "DISBURSAL PENDING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Received the above loan amount against the pledge of the ornaments listed.")
    p.add("pair", "Borrower's signature", "Manager")
    return p.done()


# ---------------------------------------------------------------- 7. the shop's payment to its bullion dealer


DEALERS = ["Ashtalakshmi Bullion LLP", "Kovai Bullion Traders", "Saurashtra Bullion Pvt Ltd", "Pandian Bullion Co.",
           "Godavari Bullion & Refinery", "Kittur Bullion Traders", "Krishna Bullion House", "Utkal Bullion & Coins"]
BULLION_BANKS = {1: ("ICICI Bank CIB", None, "web", "RTGS", "ICIC"),
                 4: ("Axis Bank", (151, 20, 77), "app", "RTGS", "UTIB"),
                 6: ("OnlineSBI - Corporate", None, "web", "RTGS", "SBIN")}
BULLION_URLS = {1: "cib.icicibank.com/corp/payments/rtgs/ack", 6: "corp.onlinesbi.sbi/corporate/fundstransfer/ack"}
BARS = ["Gold bar 999.9 - 100 g", "Gold bar 999.9 - 50 g (2 nos)", "Fine gold 995 - 250 g", "Gold bar 999.9 - 1 kg",
        "Silver bar 999 - 30 kg", "Gold coins 24K (8 g x 25)"]


def bullion_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop paying its bullion dealer by RTGS / NEFT: its bank's acknowledgement (ICICI corporate, Axis's app,
    OnlineSBI corporate: heldout124's page, the dealer under Beneficiary Name / Payee) or the dealer's receipt (paper
    or e-mail: the dealer on top, the payee; Receipt No., Received from M/s the shop, towards the bars, Outstanding
    before (no fact), Amount received, RTGS / NEFT, UTR, Credited on; Payment received / Credit awaited)."""
    k = place("bullion_payment")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=250000, high=4500000, p_round=0.8)
    dealer = DEALERS[j.town]
    j.to = dealer.upper() if rng.random() < 0.3 else dealer
    if k in BULLION_BANKS:
        row = BULLION_BANKS[k]
        p, _ = transfer_ack(rng, font, k, row, status, j, url=BULLION_URLS.get(k), widths=[720, 760],
                            third_head="Vendor payment", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Reference No.", "Transaction ID"], txn_label="Transaction ID")
        p.pair("Remarks", rng.choice(["Bullion purchase", "Gold bar payment", "Against bullion bill"]))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Never share your OTP or password with anyone.")
        return p.done()
    kind = "mail" if k in (2, 5) else "paper"
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{dealer.split(' Pvt')[0]} <accounts@{dealer.split()[0].lower()}bullion.in>",
                   rng.choice(["Payment received - thank you", "Receipt for your RTGS"]))
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.3 if kind == "paper" else 0.0)
    letterhead(p, j, j.to, ["RECEIPT", "PAYMENT RECEIPT", "RECEIPT VOUCHER"],
               sub=["Bullion dealers - gold & silver bars and coins", "Dealers in fine gold 999.9 and silver"])
    if not j.no_ref:
        rno = rng.choice([f"BR/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["Receipt No.", "Voucher No."]), rno, txn=(INVOICE_RANK, rno))
    wrap_pair(p, rng.choice(["Received from", "Received with thanks from"]),
              f"M/s {SHOPS[j.town][rng.choice([0, 1])]}")
    wrap_pair(p, "Towards", rng.choice(BARS))
    p.pair(rng.choice(["Outstanding before", "Due before payment"]), rs(round(j.amount * rng.uniform(1.1, 1.8), -2)))
    p.pair(rng.choice(["Amount received", "Amount"]) if status == "success" else "Amount", rs(j.amount),
           amount=j.amount)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(j.amount)})")
    mode = "RTGS" if j.amount >= 200000 and rng.random() < 0.8 else "NEFT"
    p.pair(rng.choice(["Mode", "Received by"]), mode, method="netbanking")
    if not j.no_ref and status == "success":
        ref = (neft_utr if mode == "NEFT" else rtgs_utr)(rng.choice(["SBIN", "HDFC", "ICIC", "FDRL"]), rng, j.date)
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Credited on", f"{mode} received on", "Date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Payment received", "Credited"]),
                      "failed": f"{mode} returned - credit not received",
                      "pending": "Credit awaited - under verification"}[status], status=status)
    p.part = "foot"
    p.add("small", "Subject to realisation. Metal is released only against cleared funds.")
    p.add("right", "For Accounts")
    return p.done()


# ---------------------------------------------------------------- 8. a BIS hallmarking centre's invoice


AHCS = ["Thrissur Assay & Hallmarking Centre", "Kovai Hallmarking Centre Pvt Ltd",
        "Saurashtra Assaying & Hallmarking", "Madurai Hallmark Testing Centre", "Nashik Gold Assay & Hallmarking",
        "Belgaum Hallmarking Centre", "Amaravati Assay & Hallmarking", "Utkal Hallmarking Centre"]
HALL_WAYS = ["UPI", "UPI", "netbanking", "cash", "UPI", "card", "netbanking", "UPI"]


def hallmark_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A BIS-recognised assaying and hallmarking centre's invoice for the shop's consignment (paper or its billing
    page in a browser): the centre on top (the payee), BIS Recognition No. (never an id), TAX INVOICE, Request No. /
    Job No. (the order's number), Invoice No., Date, Jeweller the shop (the payer) and its BIS registration, articles
    x the per-article charge, the HUIDs issued (never ids), CGST / SGST @ 9%, Total, UPI / NEFT / cash / card and its
    reference; Paid / Payment failed / Payment pending."""
    k = place("hallmark_invoice")
    status = outcome(k, failed=(1,), pending=(4,))
    way = HALL_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    centre = AHCS[j.town]
    j.to = centre.upper() if rng.random() < 0.3 else centre
    if k % 2:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"billing.{centre.split()[0].lower()}hallmark.in/invoice/print"
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    city = CITIES[j.town]
    p.part = "head"
    p.add("small", "BIS Recognised Assaying & Hallmarking Centre")
    top(p, j.to, merchant=j.to)
    p.add("small", f"{rng.randrange(2, 120)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  BIS Recognition No. HM/C-{digits(rng, 7)}")
    p.add("center", rng.choice(["TAX INVOICE", "HALLMARKING INVOICE", "INVOICE - ASSAYING & HALLMARKING"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        req = rng.choice([f"REQ{digits(rng, 8)}", f"HR-{rng.randrange(10000, 999999)}", f"{digits(rng, 10)}"])
        p.pair(rng.choice(["Request No.", "Job No.", "Consignment No."]), req, txn=(ORDER_RANK, req))
        inv = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Date", "Date"]), stamp(rng, j.date, SLIP_PATS, hour=k % 2 == 1), date=j.date)
    wrap_pair(p, rng.choice(["Jeweller", "Customer", "Billed to"]), SHOPS[j.town][rng.choice([0, 1])])
    p.pair("BIS Regn No.", f"HM/R-{digits(rng, 7)}")
    p.add("rule")
    n_gold = rng.randrange(8, 260)
    total = 0.0
    line = round(n_gold * 45.0, 2)
    p.pair(f"Gold articles {n_gold} x 45.00", rs(line))
    total += line
    if rng.random() < 0.4:
        n_silver = rng.randrange(10, 120)
        line = round(n_silver * 35.0, 2)
        p.pair(f"Silver articles {n_silver} x 35.00", rs(line))
        total += line
    if rng.random() < 0.3:
        p.pair("XRF testing charges", rs(200.0))
        total += 200.0
    codes = ", ".join(huid(rng) for _ in range(3))
    p.add("small", f"HUIDs issued: {codes} ... ({n_gold} in all)")
    p.pair("Taxable value", rs(total))
    tax = round(total * 0.09, 2)
    p.pair("CGST @ 9%", rs(tax))
    p.pair("SGST @ 9%", rs(tax))
    total = round(total + 2 * tax, 2)
    j.amount = total
    p.add("rule")
    p.pair(rng.choice(["Total Amount", "Grand Total", "Net Payable"]), rs(total), amount=total)
    p.pair(rng.choice(["Payment Mode", "Paid by", "Mode of payment"]),
           {"UPI": rng.choice(["UPI", "UPI (Bharat QR)"]), "cash": "Cash", "netbanking": "NEFT",
            "card": way_text(rng, font, "card")}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UPI Transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "HDFC", "FDRL", "UBIN"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
    p.pair(rng.choice(["Payment Status", "Status"]),
           {"success": rng.choice(["Paid", "Payment received"]), "failed": "Payment failed",
            "pending": rng.choice(["Payment pending", "Awaiting confirmation"])}[status], status=status)
    p.part = "foot"
    p.add("small", "Articles are released after payment. Verify HUIDs on the BIS CARE app.")
    return p.done()


# ---------------------------------------------------------------- 9. a karigar's labour payment voucher


KARIGARS = ["Subrata Pal", "Tapan Karmakar", "Ashok Soni", "M. Murugesan", "Sheikh Rafiq", "Gopal Maity",
            "Rajesh Sonar", "Bapi Dolui", "Pal Ornament Works", "Bengal Chain Works"]
WORKS = ["Jhumka earrings (6 pairs)", "Temple necklace (2 nos)", "Machine-cut chains (10 nos)",
         "Kerala design bangles (8 nos)", "CZ rings - setting (15 nos)", "Mangalsutra pendants (12 nos)",
         "Filigree brooches (tarakasi, 5 nos)"]
KARIGAR_WAYS = ["cash", "UPI", "netbanking", "UPI", "cash", "UPI", "netbanking", "UPI"]


def karigar_voucher(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop paying a karigar (artisan) for job work (paper): KARIGAR / LABOUR / JOB WORK PAYMENT VOUCHER, the shop
    on top (the payer), Voucher No., Date, Paid to / Karigar / Payee (the payee), the work, gold issued, ornaments
    received, wastage allowed, labour per gram, labour charges, Less: TDS u/s 194C on large bills, Net paid (the sum
    moved), cash / UPI / IMPS and its reference; PAID / UPI PAYMENT FAILED / IMPS PENDING, the shop's stamp."""
    k = place("karigar_voucher")
    status = outcome(k, failed=(3,), pending=(6,))
    way = KARIGAR_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, j, SHOPS[j.town][rng.choice([0, 1])], ["KARIGAR PAYMENT VOUCHER", "LABOUR PAYMENT VOUCHER",
                                                         "JOB WORK PAYMENT VOUCHER"], merchant=False)
    if not j.no_ref:
        vno = rng.choice([f"KV/{j.year()}{rng.randrange(1, 999):03d}", f"LV{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    karigar = rng.choice(KARIGARS)
    karigar = karigar.upper() if rng.random() < 0.25 else karigar
    wrap_pair(p, rng.choice(["Paid to", "Karigar", "Payee"]), karigar, merchant=karigar)
    wrap_pair(p, rng.choice(["Work", "Job work"]), rng.choice(WORKS))
    per = float(rng.choice([180, 220, 260, 320, 380, 450, 520, 650]))
    if way == "cash":
        received = round(rng.uniform(8.0, 9800.0 / per), 3)
    else:
        received = round(rng.uniform(40.0, 420.0), 3)
    wastage = rng.choice([2.0, 2.5, 3.0, 4.0])
    issued = round(received * (1 + wastage / 100) + rng.uniform(0, 0.5), 3)
    p.pair(rng.choice(["Gold issued (22K)", "Metal issued"]), grams(issued))
    p.pair(rng.choice(["Ornaments received", "Net wt received"]), grams(received))
    p.pair(f"Wastage allowed ({wastage:g}%)", grams(received * wastage / 100))
    p.pair(rng.choice(["Labour rate", "Majuri rate"]), per_gram(rs, per))
    labour = float(round(received * per))
    p.pair(rng.choice(["Labour charges", "Making charges"]), rs(labour))
    tds = round(labour * 0.01, 2) if labour > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    paid = round(labour - tds, 2)
    j.amount = paid
    p.add("rule")
    p.pair(rng.choice(["Net paid", "Amount paid"]) if status == "success" else "Net payable", rs(paid), amount=paid)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(paid)})")
    p.pair(rng.choice(["Paid by", "Mode"]), {"cash": "Cash", "UPI": rng.choice(["UPI", "PhonePe UPI"]),
                                             "netbanking": "IMPS"}[way], method=way)
    if not j.no_ref and status == "success" and way != "cash":
        p.pair(rng.choice(["UPI Ref No.", "UTR"]) if way == "UPI" else rng.choice(["IMPS Ref No.", "RRN"]), j.ref,
               txn=(UTR_RANK, j.ref))
    word = {"success": rng.choice(["PAID", "LABOUR PAID"]), "failed": "UPI PAYMENT FAILED",
            "pending": "IMPS PENDING - CREDIT AWAITED"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Received the above labour in full for the ornaments delivered.")
    p.add("pair", "Karigar's signature", "For the Shop")
    stamped(p, j, "WORKSHOP", word)
    return p.done()


# ---------------------------------------------------------------- 10. a rate booking or digital gold by a gateway


LINKS = ["Razorpay", "PayU", "Cashfree", "CCAvenue", "Easebuzz", "PhonePe PG", "Razorpay", "PayU"]
LINK_WAYS = ["UPI", "card", "UPI", "netbanking", "UPI", "UPI", "card", "wallet"]


def gold_gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's online payment to the shop's web store through a gateway (Razorpay, PayU, Cashfree, CCAvenue,
    Easebuzz, PhonePe PG; browser or phone): a gold-rate booking advance (grams at a locked rate, the advance) or a
    digital-gold purchase (grams, value, GST @ 3%); the shop on top (the payee), the outcome, the sum large (with a
    card's convenience fee: the total moved), the way, the gateway's ids, a UPI or bank reference on some, the day."""
    k = place("gold_gateway")
    status = outcome(k, failed=(5,), pending=(2,))
    gw, way = LINKS[k], LINK_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, firm=0.3)
    booking = rng.random() < 0.5
    rate = rate22(rng) if booking else float(rng.randrange(11800, 13700, 5))
    if booking:
        gms = rng.choice([20, 30, 40, 50, 80, 100])
        base = float(rng.choice([5000, 10000, 15000, 25000, 50000]))
    else:
        gms = round(rng.uniform(0.5, 6.0), 3)
        value = round(gms * rate, 2)
        base = round(value * 1.03, 2)
    fee = round(base * 0.0118, 2) if way == "card" and rng.random() < 0.6 else 0.0
    total = round(base + fee, 2)
    j.amount = total
    if k % 2 == 0:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"rzp.io/l/{code(rng, 8, MIXED)}",
                                  "Cashfree": f"payments.cashfree.com/links/{code(rng, 10, MIXED)}",
                                  "Easebuzz": f"pay.easebuzz.in/pay/{code(rng, 8, MIXED)}",
                                  "PhonePe PG": "mercury.phonepe.com/transact/pg",
                                  "PayU": f"u.payu.in/{code(rng, 8, MIXED)}",
                                  "CCAvenue": "secure.ccavenue.com/transaction/status"}[gw]
    else:
        p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620, title="",
                   buttons=rng.choice([("Done",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.5)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Paying", "Payment to"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice(["Gold rate booking - advance", "Rate lock advance"]) if booking
          else rng.choice(["Digital gold purchase", "Buy gold online - 24K"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Paid", "Payment successful"],
                            "failed": ["Payment Failed", "Payment failed"],
                            "pending": ["Payment Pending", "Payment processing"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if booking:
        p.pair(rng.choice(["Rate locked (22K)", "Booked rate"]), per_gram(rs, rate))
        p.pair(rng.choice(["Grams booked", "Weight booked"]), f"{gms} g")
        p.pair(rng.choice(["Advance", "Booking advance"]), rs(base))
    else:
        p.pair("Gold (24K 999)", grams(gms))
        p.pair("Rate", per_gram(rs, rate))
        p.pair("Value", rs(value))
        p.pair("GST @ 3%", rs(round(base - value, 2)))
    if fee:
        p.pair(rng.choice(["Convenience fee", "Platform fee"]), rs(fee))
        p.pair(rng.choice(["Total paid", "Total"]) if status == "success" else "Total", rs(total))
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        for label, value_text, rank in gateway_ids(rng, gw, j.date):
            labelled(p, label, value_text, txn=(rank, value_text))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "Bank RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date", "Date & Time"] if status == "success"
                               else ["Date", "Date & Time", "Attempted on"]), stamp(rng, j.date, PATS), date=j.date)
    p.pair("Mobile", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    elif booking:
        p.add("small", "Collect the jewellery at the booked rate within 90 days of booking.")
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 11. a customer's bank transfer for an order


XFER = [("FedMobile", (0, 70, 140), "app", "IMPS", "FDRL"), ("YONO SBI", (118, 36, 132), "app", "NEFT", "SBIN"),
        ("HDFC Bank NetBanking", None, "web", "RTGS", "HDFC"), ("Canara ai1", (0, 110, 180), "app", "IMPS", "CNRB"),
        ("iMobile Pay", (174, 40, 46), "app", "NEFT", "ICIC"),
        ("Axis Bank Internet Banking", None, "web", "NEFT", "UTIB"),
        ("Karnataka Bank Moby", (150, 30, 40), "app", "IMPS", "KARB"),
        ("SIB Mirror+", (180, 30, 40), "app", "IMPS", "SIBL")]
XFER_URLS = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/rtgs/txnack",
             "Axis Bank Internet Banking": "omni.axisbank.co.in/axisretailbanking/neft/ack"}
ORDER_NOTES = ["Wedding jewellery advance", "Necklace order balance", "Bridal set booking", "Gold bangles order",
               "Order advance - haram", "Balance for chain"]


def customer_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's bank app or net banking after an IMPS, NEFT or RTGS to the shop for a wedding order (FedMobile,
    YONO SBI, HDFC NetBanking, Canara ai1, iMobile Pay, Axis, Karnataka Bank, SIB Mirror+; heldout124's page): the
    outcome, the sum, the shop (its company on many) under Beneficiary Name / Payee / Beneficiary, the account and
    IFSC, the mode, UTR / IMPS reference and the bank's Reference No. / Transaction ID on some, the day, the debit
    account, Purpose and Remarks; a returned one and one pending."""
    k = place("customer_transfer")
    status = outcome(k, failed=(6,), pending=(1,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (20000, 495000), "NEFT": (25000, 900000), "RTGS": (200000, 1500000)}[mode]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=low, high=high, p_round=0.9, firm=0.5)
    if rng.random() < 0.6:
        j.amount = whole(j.amount, 1000)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[680, 720],
                        third_head="Pay to payee", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Reference No.", "Transaction ID", "Txn Ref No"],
                  txn_label="Transaction ID")
    p.pair(rng.choice(["Purpose", "Remarks"]), rng.choice(ORDER_NOTES))
    if status == "failed":
        p.add("small", "The amount will be credited back to your account if it was debited.")
    elif status == "pending":
        p.add("small", "The beneficiary bank will credit the amount in the next settlement batch.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add to favourites  |  Repeat", "Never share your MPIN or OTP with anyone"]))
    return p.done()


# ---------------------------------------------------------------- 12. a cancelled rate booking's refund


REFUND_WAYS = ["netbanking", "UPI", "card", "UPI", "cash", "netbanking", "UPI", "card"]
CANCEL_WHY = ["Customer cancelled - wedding postponed", "Booking cancelled by customer", "Design not available",
              "Cancelled after rate lock - rate difference deducted"]


def booking_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop refunding a cancelled gold-rate booking (paper or e-mail): REFUND VOUCHER / ADVANCE BOOKING
    CANCELLATION - REFUND, the shop on top (the payer), Refund Voucher No., Date / Refund date, Refund to / Paid to /
    Payee Name the customer (the payee), Booking No. (the order's number), the day booked (no fact), the rate and
    grams booked, Advance paid, Less: cancellation charges, Refund amount (the sum moved), NEFT / UPI / card reversal
    / cash and its UTR / UPI Ref No. / ARN; REFUNDED / REFUND FAILED / REFUND INITIATED."""
    k = place("booking_refund")
    status = outcome(k, failed=(3,), pending=(5,))
    way = REFUND_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    mail = k in (0, 5)
    payer = SHOPS[j.town][rng.choice([0, 1])]
    if mail:
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{SHOPS[j.town][0]} <accounts@{SLUGS[j.town]}.in>",
                   rng.choice(["Your booking refund", "Refund for your cancelled booking"]))
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.0 if mail else 0.4)
    letterhead(p, j, payer, ["REFUND VOUCHER", "ADVANCE BOOKING CANCELLATION - REFUND",
                             "BOOKING CANCELLATION VOUCHER"], merchant=False)
    if not j.no_ref:
        no = rng.choice([f"RV/{j.year()}{rng.randrange(1, 999):03d}", f"RF{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Refund Voucher No.", "Voucher No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Refund date"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    to = rng.choice([j.customer, j.customer, j.customer.upper()])
    wrap_pair(p, rng.choice(["Refund to", "Paid to", "Payee Name"]), to, merchant=to)
    booked = j.date - dt.timedelta(days=rng.randrange(10, 80))
    if not j.no_ref:
        year = "" if j.no_day else f"{fy(booked)}/"
        bno = rng.choice([f"BK{digits(rng, 6)}", f"RB/{year}{rng.randrange(1, 9999):04d}"])
        p.pair(rng.choice(["Booking No.", "Rate Booking No."]), bno, txn=(ORDER_RANK, bno))
    if not j.no_day:
        p.pair("Booked on", when(booked, rng.choice(SLIP_PATS)))
    rate = rate22(rng)
    gms = rng.choice([20, 25, 40, 50, 80, 100])
    p.pair(rng.choice(["Rate booked (22K)", "Locked rate"]), per_gram(rs, rate))
    p.pair(rng.choice(["Grams booked", "Weight"]), f"{gms} g")
    advance = float(rng.choice([5000, 10000, 20000, 25000, 50000, 100000]))
    if way == "cash":
        advance = float(rng.choice([5000, 10000, 15000]))
    cut = round(advance * rng.choice([0.0, 0.01, 0.02, 0.05]), 2)
    wrap_pair(p, "Reason", rng.choice(CANCEL_WHY if cut else CANCEL_WHY[:3]))
    p.pair(rng.choice(["Advance paid", "Booking advance"]), rs(advance))
    if cut:
        p.pair(rng.choice(["Less: Cancellation charges", "Less: Rate difference"]), rs(cut))
    refund = round(advance - cut, 2)
    j.amount = refund
    p.pair(rng.choice(["Refund amount", "Amount refunded", "Net refund"]), rs(refund), amount=refund)
    p.pair(rng.choice(["Refund mode", "Mode", "Paid by"]),
           {"UPI": "UPI", "card": f"Reversal to card {masked(rng, font)}", "netbanking": "NEFT",
            "cash": "Cash"}[way], method=way)
    if not j.no_ref and status == "success":
        if way in ("UPI", "card"):
            p.pair(rng.choice(["UPI Ref No.", "UTR"]) if way == "UPI" else rng.choice(["ARN", "RRN"]), j.ref,
                   txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            ref = neft_utr(rng.choice(["HDFC", "SBIN", "FDRL"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {"success": rng.choice(["REFUNDED", "REFUND PAID"]),
            "failed": rng.choice(["REFUND FAILED - UPI ID INACTIVE", "Refund failed"]),
            "pending": rng.choice(["REFUND INITIATED - CREDIT IN 2-3 DAYS", "Refund pending"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Received the above refund in full settlement of the cancelled booking.")
    if not mail:
        p.add("pair", "Customer's signature", "For the Shop")
    return p.done()


compose = compose121

"""The twelve heldout130 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a sixteenth random day's proofs of payment, as a restaurant with a cloud kitchen (a
family restaurant with a banquet hall and its own delivery-only brands, in Kolkata, Bhubaneswar, Visakhapatnam,
Mysuru, Madurai, Dehradun, Raipur and Thiruvananthapuram) receives them from guests, food aggregators and corporate
clients in 2026 and pays its own suppliers: guests' UPI screens at the table (a tip on some), the restaurant's own
POS bills (KOT, table, covers, service charge, CGST / SGST, round off, Settled by), card slips at the counter with
a tip line or a tip adjust, an aggregator's weekly payout advice, a corporate client's catering advance by NEFT /
RTGS, the banquet's advance receipts and a cancelled party's refund voucher, a wholesale market's cash memos, a
commercial LPG distributor's cash memos, a dairy's monthly bulk bill, a beverage distributor's invoices paid by
cheque, FSSAI and municipal trade-licence fee e-receipts and guests' wallet and pay-later screens. Every row is added
to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, menus, KOTs' places, covers, tables, subtotals, service charges and taxes apart from the total,
commissions, TDS, TCS, package totals, balances payable on the day of an event, cancellation charges, bills and
their months, cylinder, consumer, licence, application, restaurant, vendor and customer numbers, wallet balances,
pay-later due days and the payer's own details carry no fact; a KOT number ranks below every other id (heldout128's
``LR_RANK``: it names the kitchen's ticket, not the payment). ``compose`` is heldout121's (heldout119's frames and
marks, its rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, payee_pair, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout128_families import LR_RANK
from bench.receipt_sets.heldout129_families import seal, slash

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
# *settled*: a KOT (kitchen order ticket) number names the kitchen's ticket, not the payment: below every other id
KOT_RANK = LR_RANK

# city, PIN code, locality, state, GST state code
CITIES = [("Kolkata", "700019", "Ballygunge", "West Bengal", "19"),
          ("Bhubaneswar", "751007", "Saheed Nagar", "Odisha", "21"),
          ("Visakhapatnam", "530016", "Dwaraka Nagar", "Andhra Pradesh", "37"),
          ("Mysuru", "570009", "Saraswathipuram", "Karnataka", "29"),
          ("Madurai", "625020", "K.K. Nagar", "Tamil Nadu", "33"),
          ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05"),
          ("Raipur", "492007", "Shankar Nagar", "Chhattisgarh", "22"),
          ("Thiruvananthapuram", "695014", "Vazhuthacaud", "Kerala", "32")]
# the restaurant in each city: its trade name, its company, its delivery-only (cloud kitchen) brand
RESTAURANTS = [("Kasundi Kitchen & Bar", "Kasundi Hospitality Pvt Ltd", "Roll Rolla Cloud Kitchen"),
               ("Dalma Darbar Family Restaurant", "Dalma Foods LLP", "Pakhala Box"),
               ("Sea Shell Andhra Bhojanam", "Sea Shell Hospitality Pvt Ltd", "Vizag Biryani Cloud"),
               ("Chamundi Tiffin Room", "Chamundi Foods & Caterers", "Mylari Dosa Express"),
               ("Meenakshi Bhavan Veg Restaurant", "Meenakshi Bhavan Foods Pvt Ltd", "Parotta Point Madurai"),
               ("Doon Valley Kitchen", "Doon Valley Hospitality LLP", "Momo Mountain Cloud Kitchen"),
               ("Chhattisgarhi Rasoi", "Rasoi Hospitality Pvt Ltd", "Fara & Chila Co."),
               ("Padmanabha Sadya House", "Padmanabha Caterers Pvt Ltd", "Kappa & Curry Kitchen")]
GUESTS = ["Sourav Banerjee", "Priyanka Mohanty", "Ravi Teja Varma", "Nandini Urs", "S. Karthikeyan", "Ankita Rawat",
          "Deepak Sahu", "Anjali Nair", "Arindam Ghosh", "Sneha Patnaik", "Lakshmi Prasanna", "Manish Agrawal"]
MENU = [("Kosha Mangsho", 420.0), ("Chicken Rezala", 360.0), ("Mutton Biryani", 380.0), ("Dalma", 180.0),
        ("Chhena Poda", 120.0), ("Andhra Chicken Fry", 320.0), ("Gongura Mutton", 440.0), ("Ghee Roast Dosa", 140.0),
        ("Mysore Masala Dosa", 120.0), ("Kothu Parotta", 190.0), ("Jigarthanda", 90.0), ("Paneer Butter Masala", 290.0),
        ("Steamed Momos (8)", 160.0), ("Aloo ke Gutke", 150.0), ("Chila Platter", 170.0), ("Veg Sadya", 350.0),
        ("Appam with Stew", 240.0), ("Karimeen Pollichathu", 520.0), ("Fresh Lime Soda", 80.0), ("Butter Naan", 60.0),
        ("Steamed Rice", 110.0), ("Fish Fry (Bhetki)", 340.0)]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India",
       "Indian Bank"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Federal Bank", "South Indian Bank"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "The bank has not confirmed yet. Please show this screen at the counter."]


def restaurant(rng: random.Random, i: int, *, firm: float = 0.25, brand: float = 0.0, caps: float = 0.25) -> str:
    """The restaurant as a payee: its trade name, its company's or its cloud kitchen's on some, in capitals on
    some."""
    roll = rng.random()
    name = RESTAURANTS[i][2] if roll < brand else RESTAURANTS[i][1] if roll < brand + firm else RESTAURANTS[i][0]
    return name.upper() if rng.random() < caps else name


def marks(font: str, options: list[str]) -> list[str]:
    """``options`` without the rupee sign where the face does not draw it."""
    return [mark for mark in options if glyphs(font, mark)] or ["Rs."]


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 300,
                 high: float = 60000, p_round: float = 0.6, firm: float = 0.25, brand: float = 0.0,
                 caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(RESTAURANTS))
        self.to = restaurant(rng, self.town, firm=firm, brand=brand, caps=caps)
        self.guest = rng.choice(GUESTS)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None, fssai: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN and FSSAI licence (never an id), the
    document's kind; the payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or ["Multi-cuisine Restaurant | Banquets | Outdoor Catering",
                                      "Family Restaurant & Party Hall - Cloud Kitchen",
                                      "Restaurant | Cloud Kitchen | Catering"]))
    p.add("small", f"{rng.randrange(2, 220)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    if fssai and rng.random() < 0.7:
        p.add("small", f"FSSAI Lic. No. {rng.choice('12')}{digits(rng, 13)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def like(text: str) -> Rs:
    """A formatter printing sums the way ``text`` (an app's large sum) prints its own: the same mark, gap, grouping
    and paise."""
    first = next(i for i, ch in enumerate(text) if ch.isdigit())
    rs = Rs.__new__(Rs)
    head_ = text[:first]
    rs.mark, rs.gap = head_.rstrip(), head_[len(head_.rstrip()):]
    body = text[first:]
    rs.grouping = "indian" if "," in body or len(body.split(".")[0]) < 4 else "plain"
    rs.whole = "." not in body
    return rs


def bill_lines(p: Screen, rng: random.Random, fmt, low: int = 2, high: int = 5) -> float:
    """Menu lines (name, quantity, sum) from ``MENU``; their total."""
    total = 0.0
    for name, price in rng.sample(MENU, rng.randint(low, high)):
        qty = rng.randint(1, 3)
        total += qty * price
        p.pair(f"{name} x{qty}" if rng.random() < 0.5 else f"{qty} {name}", fmt(qty * price))
    return round(total, 2)


# ---------------------------------------------------------------- 1. a guest's UPI app at the table


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "CRED", "BHIM", "Amazon Pay", "Navi", "super.money"]
DINE_NOTES = ["Dinner T-12", "Lunch bill", "Birthday dinner", "Table 7", "Family lunch", "Biryani party",
              "Sunday brunch", "Office lunch"]


def tip_rows(p: Screen, bill: float, tip: float) -> None:
    """The app's breakdown under its large sum: Bill amount, Tip (in the large sum's format; no facts)."""
    rng = p.rng
    at = next(i for i, (_, facts) in enumerate(p.tags) if "amount" in facts)
    rs = like(p.rows[at][1])
    rows = [("pair", rng.choice(["Bill amount", "Bill"]), rs(bill)),
            ("pair", rng.choice(["Tip", "Tip for staff", "Tip added"]), rs(tip))]
    p.rows[at + 1:at + 1] = rows
    p.tags[at + 1:at + 1] = [("amount", {}) for _ in rows]


def guest_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A guest's UPI app paying the restaurant at the table by its QR (PhonePe, Google Pay, Paytm, CRED, BHIM,
    Amazon Pay, Navi, super.money; dark on CRED and some others): heldout125's result screen, the restaurant under
    Paid to / To / Sent to, on some successes the bill and a tip under the large sum (the large sum is what moved);
    a note on most."""
    k = place("guest_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=180, high=9000, p_round=0.85, firm=0.15)
    tipped = status == "success" and rng.random() < 0.55
    bill = whole(j.amount, 1)
    tip = float(rng.choice([20, 30, 50, 100, 150, 200])) if tipped else 0.0
    if tipped:
        j.amount = bill + tip
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, RESTAURANTS[j.town][0], WAIT)
    if tipped:
        tip_rows(p, bill, tip)
    if rng.random() < 0.7:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(DINE_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. the restaurant's own POS bill


POS_WAYS = ["card", "UPI", "cash", "UPI", "card", "cash", "UPI", "card"]
POS_SOFT = ["Powered by Petpooja", "Posist POS", "Billed on DotPe", "GoFrugal Restaurant POS", "Restroworks POS"]
STEWARDS = ["Bapi", "Ramesh", "Suresh K", "Manoj", "Abhishek", "Biju", "Santosh", "Rahul"]


def pos_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The restaurant's POS bill from its thermal printer (monospace): the restaurant in capitals, its address,
    GSTIN, FSSAI licence, TAX INVOICE, Bill No / Inv No, KOT No(s), Table, Covers / PAX, Steward, Date, the dishes,
    Sub Total, Service Charge @ 5% (optional, on some), CGST and SGST @ 2.5%, Round Off, Grand Total, Settled by /
    Payment Mode / Paid by (card with its approval code, UPI with its reference, cash with the change), PAID /
    SETTLED; a UPI that failed or is not yet confirmed at the counter."""
    k = place("pos_bill")
    status = outcome(k, failed=(3,), pending=(6,))
    way = POS_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, caps=1.0)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    grouped = rng.random() < 0.4

    def amt(value: float) -> str:
        return f"{value:,.2f}" if grouped else f"{value:.2f}"

    name = next(n for n in (j.to, RESTAURANTS[j.town][0].upper(), RESTAURANTS[j.town][1].upper(),
                            "THE RESTAURANT") if fits(p, "center", n))
    city = CITIES[j.town]
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("center", f"{city[2].upper()}, {city[0].upper()}")
    p.add("center", f"GSTIN {gstin(rng, city[4])}")
    if rng.random() < 0.6:
        p.add("center", f"FSSAI {rng.choice('12')}{digits(rng, 13)}")
    p.add("center", rng.choice(["TAX INVOICE", "BILL", "TAX INVOICE - DINE IN"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        bill = rng.choice([f"{rng.randrange(1, 9999)}", f"{city[0][:2].upper()}/{j.year()}{rng.randrange(1, 99999)}",
                           f"INV{digits(rng, 6)}"])
        p.pair(rng.choice(["Bill No:", "Inv No:", "Bill #"]), bill, txn=(INVOICE_RANK, bill))
        kots = ", ".join(str(rng.randrange(1, 400)) for _ in range(rng.randint(1, 3)))
        p.pair(rng.choice(["KOT No:", "KOT:"]), kots, txn=(KOT_RANK, kots))
    p.pair(rng.choice(["Table:", "Table No:"]), rng.choice([f"T-{rng.randrange(1, 30)}", f"{rng.randrange(1, 30)}",
                                                         f"F{rng.randrange(1, 12)} (Family)"]))
    p.pair(rng.choice(["Covers:", "PAX:", "Guests:"]), str(rng.randint(1, 9)))
    p.pair(rng.choice(["Steward:", "Captain:", "Server:"]), rng.choice(STEWARDS))
    if not j.no_day:
        p.pair("Date:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y"]), upper=True),
               date=j.date)
        p.pair("Time:", hhmm(rng, twelve=rng.random() < 0.5))
    p.add("rule")
    sub = bill_lines(p, rng, amt, 2, 6)
    p.add("rule")
    p.pair("Sub Total", amt(sub))
    charge = round(sub * 0.05, 2) if rng.random() < 0.5 else 0.0
    if charge:
        p.pair(rng.choice(["Service Charge @5%", "S.Charge 5% (optional)"]), amt(charge))
    taxable = round(sub + charge, 2)
    cgst = round(taxable * 0.025, 2)
    p.pair("CGST @2.5%", amt(cgst))
    p.pair("SGST @2.5%", amt(cgst))
    gross = round(taxable + 2 * cgst, 2)
    total = float(round(gross))
    off = round(total - gross, 2)
    if abs(off) > 0.001:
        p.pair("Round Off", f"{off:+.2f}")
    j.amount = total
    p.add("rule")
    mark = rng.choice(["", "Rs.", "INR "])
    p.pair(rng.choice(["GRAND TOTAL", "Grand Total", "NET PAYABLE", "Total Amount"]), f"{mark}{amt(total)}",
           amount=total)
    p.add("rule")
    way_text = {"card": f"CARD ({rng.choice(['VISA', 'MASTER', 'RUPAY'])} {masked(rng, font)})",
                "UPI": rng.choice(["UPI", "UPI (QR)", "PHONEPE QR"]), "cash": "CASH"}[way]
    p.pair(rng.choice(["Settled by:", "Payment Mode:", "Paid by:"] if status == "success" else ["Payment Mode:"]),
           way_text, method=way)
    if way == "cash":
        tendered = float(max(total, whole(total + rng.choice([0, 40, 100, 300, 500]), 100)))
        p.pair("Cash Tendered:", amt(tendered))
        p.pair("Change:", amt(round(tendered - total, 2)))
    elif not j.no_ref and way == "card" and status == "success":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Appr Code:", "Auth Code:"]), appr, txn=(APPR_RANK, appr))
    elif not j.no_ref and way == "UPI" and status == "success":
        p.pair(rng.choice(["UPI Ref:", "UPI Ref No:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    word = {"success": rng.choice(["** PAID **", "SETTLED", "PAID - THANK YOU"]),
            "failed": rng.choice(["UPI PAYMENT FAILED", "PAYMENT FAILED - NOT SETTLED"]),
            "pending": rng.choice(["PAYMENT PENDING", "UPI PENDING - NOT CONFIRMED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Thank you! Visit again.", "Service charge is optional. Thank you!",
                               "Order online: " + RESTAURANTS[j.town][2]]))
    p.add("small", rng.choice(POS_SOFT))
    return p.done()


# ---------------------------------------------------------------- 3. a card slip at the counter, with a tip


SLIP_HEADS = ["HDFC BANK", "PINE LABS", "ICICI BANK", "AXIS BANK", "WORLDLINE", "PAYTM EDC", "MSWIPE", "EZETAP"]
TIP_KINDS = ["tip", "blank", "plain", "adjust", "tip", "plain", "blank", "adjust"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The counter terminal's charge slip (a bank's, Pine Labs', Worldline's, Paytm EDC's, Mswipe's, Ezetap's;
    monospace): the terminal's name, the restaurant in capitals under it and its locality, MID, TID, DATE / TIME,
    BATCH, INVOICE NO, SALE / SALE + TIP / TIP ADJUST, the card masked, CHIP / TAP, APPR CODE, RRN, then AMOUNT
    alone, BASE AMT / TIP / TOTAL filled in (the TOTAL is what moved), or TIP and TOTAL left blank for the guest's
    pen (the AMOUNT is what moved), APPROVED / DECLINED / TXN PENDING."""
    k = place("card_slip")
    status = outcome(k, failed=(2,), pending=(5,))
    kind = TIP_KINDS[k] if status == "success" else "plain"
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=350, high=14000, p_round=0.3, caps=1.0)
    p = screen(rng, font, width=rng.choice([440, 480, 520]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    mark = rng.choice(["RS.", "Rs.", "INR ", "RS "])
    grouped = rng.random() < 0.4

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to, RESTAURANTS[j.town][0].upper(), RESTAURANTS[j.town][1].upper(), "RESTAURANT")
                if fits(p, "center", n))
    p.part = "head"
    p.add("center", SLIP_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}"
          if fits(p, "center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}")
          else CITIES[j.town][0].upper())
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
    p.add("center", {"tip": "SALE + TIP", "blank": "SALE", "plain": rng.choice(["SALE", "CARD SALE"]),
                     "adjust": "TIP ADJUST"}[kind])
    p.add("left", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'])} {rng.choice(['DEBIT', 'CREDIT'])}")
    p.add("left", f"CARD: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.add("left", rng.choice(["CHIP", "TAP (CONTACTLESS)", "CHIP  PIN"]))
    if not j.no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.7 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    base = j.amount
    if kind in ("tip", "adjust"):
        tip = float(rng.choice([50, 100, 150, 200, 250, 500])) if rng.random() < 0.6 else whole(base * 0.1, 10)
        total = round(base + tip, 2)
        j.amount = total
        p.pair(rng.choice(["BASE AMT:", "BASE AMOUNT:", "SALE AMT:"]), sale(base))
        p.pair(rng.choice(["TIP:", "TIP AMT:"]), sale(tip))
        p.pair(rng.choice(["TOTAL:", "TOTAL AMT:"]), sale(total), amount=total)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "BASE AMOUNT:"]), sale(base), amount=base)
        if kind == "blank":
            p.pair("TIP:", "________")
            p.pair("TOTAL:", "________")
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]), "pending": "TXN PENDING"}[status],
          status=status)
    if status == "success":
        p.add("center", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", rng.choice(["05-DO NOT HONOUR", "51-INSUFFICIENT FUNDS", "55-INCORRECT PIN"]))
    else:
        p.add("center", "HOST NOT RESPONDING - CHECK STATUS")
    p.part = "foot"
    p.add("center", "*** CUSTOMER COPY ***")
    p.add("small", rng.choice(["THANK YOU. VISIT AGAIN", "TIPS GO TO OUR STAFF. THANK YOU"]))
    return p.done()


# ---------------------------------------------------------------- 4. a food aggregator's weekly payout


AGGREGATORS = [("Swiggy", "mail", "swiggy.in", None), ("Zomato", "browser", "zomato.com", None),
               ("magicpin", "mail", "magicpin.in", None), ("Swiggy Partner", "app", None, (252, 128, 25)),
               ("Zomato", "mail", "zomato.com", None), ("DotPe ONDC Seller", "browser", "dotpe.in", None),
               ("Zomato Restaurant Partner", "app", None, (203, 32, 45)), ("Swiggy", "mail", "swiggy.in", None)]


def aggregator_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A food aggregator's weekly payout advice to the restaurant (Swiggy, Zomato, magicpin, an ONDC seller app;
    its e-mail, partner dashboard or partner app): the platform on top (the payer), Payout Advice / Weekly Payout
    Statement, the restaurant or its cloud kitchen under Restaurant / Outlet / Paid to / Beneficiary Name, its
    Restaurant ID, the payout cycle, orders delivered, order value, commission, GST on commission, TDS u/s 194-O,
    TCS under GST, restaurant-funded discounts, Net payout, NEFT / IMPS, UTR, Payout ID / Settlement ID, Payout date
    / Settled on (Attempted on, Initiated on on the failure and the wait; a week's number on the page with no
    day)."""
    k = place("aggregator_payout")
    status = outcome(k, failed=(4,), pending=(1,))
    platform, kind, domain, band = AGGREGATORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=25000, high=480000, p_round=0.0, firm=0.1, brand=0.5,
            caps=0.2)
    value = j.amount
    rate = rng.choice([18, 20, 22, 25])
    commission = round(value * rate / 100, 2)
    gst = round(commission * 0.18, 2)
    tds = round(value * 0.001, 2)
    tcs = round(value * 0.005, 2)
    disc = round(value * rng.uniform(0.02, 0.07), 2) if rng.random() < 0.6 else 0.0
    net = round(value - commission - gst - tds - tcs - disc, 2)
    start = j.date - dt.timedelta(days=rng.randrange(3, 9))
    cycle = (f"{when(start - dt.timedelta(days=6), '%d %b')} - {when(start, '%d %b %Y')}" if not j.no_day
             else f"Week {rng.randrange(2, 50)}")
    if kind == "app":
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
                   buttons=rng.choice([("Download statement",), ("Done",), ()]))
        phone_frame(p, k)
        head(p, platform, band, dark, ["Payouts", "Finance - Payouts"])
    else:
        p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        if kind == "mail":
            mail_frame(p, f"{platform} Partner Payouts <payouts@{domain}>",
                       rng.choice(["Payout advice for your outlet", "Your weekly payout is here",
                                   "Weekly payout statement"]))
        else:
            p.style["h106"]["url"] = f"partner.{domain}/finance/payouts/detail"
        p.part = "head"
        top(p, platform)
        p.add("center", rng.choice(["Payout Advice", "Weekly Payout Statement", "Settlement Summary"]))
    rs = money(rng, font, 0.0)
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payout settled", "Paid", "Payout processed", "Settled"],
                            "failed": ["Payout failed - bank account inactive", "Payout reversed by bank"],
                            "pending": ["Payout on hold", "Payout in process"]})
    if kind == "app":
        p.add("big", rs(net), amount=net)
    p.part = "body"
    payee_pair(p, ["Restaurant", "Outlet", "Paid to", "Beneficiary Name"], j.to)
    p.pair(rng.choice(["Restaurant ID", "Res ID", "Outlet ID"]), digits(rng, rng.choice([6, 7])))
    p.pair(rng.choice(["Payout cycle", "Cycle", "Week"]), cycle)
    p.pair("Orders delivered", str(rng.randrange(60, 1400)))
    p.pair(rng.choice(["Total order value", "Customer payable", "Gross order value"]), rs(value))
    p.pair(f"Less: Commission ({rate}%)", rs(commission))
    p.pair("Less: GST on commission @18%", rs(gst))
    if disc:
        p.pair("Less: Discounts (restaurant funded)", rs(disc))
    p.pair("Less: TDS u/s 194-O", rs(tds))
    p.pair("Less: TCS under GST", rs(tcs))
    p.add("rule")
    if kind != "app":
        p.pair(rng.choice(["Net payout", "Net amount payable", "Payout amount"]), rs(net), amount=net)
    mode = rng.choice(["NEFT", "IMPS", "Bank transfer (NEFT)"])
    p.pair(rng.choice(["Mode", "Payout mode", "Transfer"]), mode, method="netbanking")
    p.pair("Bank A/c", f"{rng.choice(PVT + PSB)} {masked(rng, font)}")
    if not j.no_ref:
        pid = rng.choice([f"PO{digits(rng, 10)}", f"{code(rng, 3, UPPER)}{digits(rng, 9)}", digits(rng, 12)])
        labelled(p, rng.choice(["Payout ID", "Settlement ID", "Payout reference"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "YESB"]), rng, j.date)
            labelled(p, rng.choice(["UTR", "UTR No.", "Bank UTR"] if mode != "IMPS" else ["IMPS Ref No", "UTR"]), ref,
                     txn=(UTR_RANK, ref))
    if not j.no_day:
        label = {"success": rng.choice(["Payout date", "Settled on", "Paid on"]), "failed": "Attempted on",
                 "pending": "Initiated on"}[status]
        labelled(p, label, stamp(rng, j.date, PATS, hour=rng.random() < 0.5), date=j.date)
    if status == "failed":
        p.add("small", "Please update your bank details in the partner app. The payout will be retried.")
    elif status == "pending":
        p.add("small", "Payouts on hold are released once the pending documents are verified.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a system generated statement. Invoices for commission are in the partner portal.")
    return p.done()


# ---------------------------------------------------------------- 5. a corporate client's catering advance


CLIENTS = [("Hooghly Infotech Pvt Ltd", "hooghlyinfotech.com"), ("Kalinga Alloys Ltd", "kalingaalloys.in"),
           ("Coastal Port Logistics Ltd", "coastalport.co.in"), ("Chamundi Software Park Pvt Ltd", "chamundisoft.com"),
           ("Vaigai Textiles Ltd", "vaigaitex.com"), ("Himgiri Pharma Ltd", "himgiripharma.com"),
           ("Mahanadi Power Ltd", "mahanadipower.in"), ("Technopark Systems Pvt Ltd", "tpsystems.in")]
EVENTS = ["Annual Day lunch (250 pax)", "Diwali dinner (180 pax)", "Board meeting high tea (40 pax)",
          "Training lunch x 3 days (60 pax)", "Town hall buffet (300 pax)", "Onam sadya for staff (150 pax)"]
CORP_BANKS = {0: ("SBI CINB", None, "web", "NEFT", "SBIN"), 3: ("ICICI Bank CIB", None, "web", "RTGS", "ICIC"),
              6: ("Axis Bank neo", (151, 20, 77), "app", "IMPS", "UTIB")}
CORP_URLS = {0: "www.onlinesbi.sbi/corporate/fundstransfer/ack", 3: "cib.icicibank.com/corp/payments/ack"}


def catering_advance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate client's advance for catering an event, by NEFT / RTGS / IMPS: its corporate net banking's or
    app's acknowledgement (SBI CINB, ICICI CIB, Axis neo: heldout124's page, the restaurant under Beneficiary Name /
    Payee / Beneficiary) or its accounts payable team's Payment Advice (an e-mail or a PDF in a browser: the client
    on top, the payer; Vendor Name / Payee Name / Paid to over the restaurant, Vendor Code, the event, Quotation
    value, Advance @ 50%, Less: TDS u/s 194C, Net amount paid, NEFT / RTGS, UTR, Payment Doc No., Value Date /
    Payment date)."""
    k = place("catering_advance")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=15000, high=650000, p_round=0.9, firm=0.5, caps=0.3)
    client, domain = CLIENTS[rng.randrange(len(CLIENTS))]
    event = rng.choice(EVENTS)
    if k in CORP_BANKS:
        row = CORP_BANKS[k]
        p, _ = transfer_ack(rng, font, k, row, status, j, url=CORP_URLS.get(k), widths=[720, 760],
                            third_head="Vendor payment", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Reference No.", "Transaction ID"], txn_label="Transaction ID")
        p.pair("Remarks", rng.choice(["Catering advance", "Event catering adv", "Advance - annual day"]))
        if status == "pending":
            p.add("small", "Pending for authorisation by the second approver. Do not repeat the transfer.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Never share your OTP or password with anyone.")
        return p.done()
    kind = "mail" if k in (1, 4, 5) else "browser"
    p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    if kind == "mail":
        mail_frame(p, f"{client.split(' Pvt')[0].split(' Ltd')[0]} Accounts Payable <ap@{domain}>",
                   rng.choice(["Payment advice", "Remittance advice - catering advance", "Vendor payment advice"]))
    else:
        p.style["h106"]["url"] = f"vendors.{domain}/ap/payment-advice/view"
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, client)
    p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance Advice", "Vendor Payment Advice"]))
    p.part = "body"
    payee_pair(p, ["Vendor Name", "Payee Name", "Paid to"], j.to)
    p.pair(rng.choice(["Vendor Code", "Supplier Code"]), f"V{digits(rng, 6)}")
    wrap_pair(p, "Particulars", f"Advance for catering - {event}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Event date", when(j.date + dt.timedelta(days=rng.randrange(5, 40)), rng.choice(SLIP_PATS)))
    quote = round(j.amount / 0.49, -2)
    advance = round(quote * 0.5, 2)
    tds = round(advance * 0.02, 2) if rng.random() < 0.6 else 0.0
    paid = round(advance - tds, 2)
    j.amount = paid
    p.pair("Quotation value", rs(quote))
    p.pair("Advance @ 50%", rs(advance))
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    p.pair(rng.choice(["Net amount paid", "Amount remitted", "Net payable"]), rs(paid), amount=paid)
    mode = rng.choice(["NEFT", "RTGS"])
    p.pair(rng.choice(["Payment mode", "Mode"]), mode, method="netbanking")
    p.pair("Bank A/c credited", f"XXXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status != "pending":
            ref = (neft_utr if mode == "NEFT" else rtgs_utr)(rng.choice(["SBIN", "HDFC", "ICIC", "UTIB"]), rng,
                                                            j.date)
            p.pair(rng.choice(["UTR", "UTR No.", "UTR Number"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PV', 'PAY', '15'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment Doc No.", "Payment Voucher No."]), doc, txn=(INVOICE_RANK, doc))
    if not j.no_day:
        p.pair(rng.choice(["Value Date", "Payment date"]) if status != "failed" else "Payment attempted on",
               when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Paid", "Processed"]),
                      "failed": "Returned - beneficiary a/c closed", "pending": "Awaiting bank confirmation"}[status],
           status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Please send the tax invoice against this advance to our accounts payable team.")
    return p.done()


# ---------------------------------------------------------------- 6. the banquet's advance receipt or refund


BANQUET_WAYS = ["cash", "UPI", "cheque", "refund", "card", "cheque", "UPI", "refund"]
OCCASIONS = ["Birthday party", "Annaprashan", "Engagement lunch", "Office get-together", "Anniversary dinner",
             "Kitty party", "Retirement party", "Naming ceremony"]
HALLS = ["Terrace Hall", "Banquet Hall (1st floor)", "Private Dining Room", "Garden Lawn"]


def banquet_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banquet desk's paper: an ADVANCE RECEIPT for a party booking (the restaurant on top, the payee; Receipt
    No., Booking No. on some, Date, Received with thanks from the guest, the occasion, Date of event, the hall, pax
    and menu rate, Package amount, Advance received, Balance payable on the day of event, cash / UPI / card / a
    cheque; RECEIVED / CHEQUE BOUNCED / CHEQUE UNDER CLEARING, the banquet desk's stamp), or on two a REFUND
    VOUCHER for a cancelled booking (the restaurant on top is the payer: Refund to / Paid to / Payee Name the guest,
    the advance taken earlier, Less: cancellation charges, Refund amount, NEFT / UPI / cash, REFUNDED / PAID)."""
    k = place("banquet_receipt")
    status = outcome(k, failed=(5,), pending=(2,))
    way = BANQUET_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=5000, high=120000, p_round=1.0, firm=0.3)
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    mark = rng.choice(marks(font, ["Rs.", "\u20b9", "INR", "Rs"]))
    grouping = rng.choice(["indian", "indian", "plain"])
    slashed = rng.random() < 0.5

    def rs(value: float) -> str:
        return slash(value, mark, grouping) if slashed else f"{mark} {num(value, grouping)}"

    occasion = rng.choice(OCCASIONS)
    pax = rng.randrange(25, 300)
    plate = float(rng.choice([450, 550, 650, 750, 900, 1200]))
    package = round(pax * plate, 2)
    if way == "refund":
        letterhead(p, j, j.to, ["REFUND VOUCHER", "PAYMENT VOUCHER - BOOKING CANCELLATION"], merchant=False)
        if not j.no_ref:
            vno = rng.choice([f"RV/{j.year()}{rng.randrange(1, 999):03d}", str(rng.randrange(100, 9999))])
            p.pair(rng.choice(["Voucher No.", "Refund Voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
        guest = rng.choice([j.guest, j.guest, j.guest.upper()])
        wrap_pair(p, rng.choice(["Refund to", "Paid to", "Payee Name"]), guest, merchant=guest)
        p.pair("Booking for", f"{occasion} (cancelled)")
        advance = whole(package * rng.uniform(0.2, 0.4), 500)
        rate = rng.choice([10, 20, 25])
        charges = round(advance * rate / 100, 2)
        refund = round(advance - charges, 2)
        j.amount = refund
        p.pair("Advance received earlier", rs(advance))
        p.pair(f"Less: Cancellation charges ({rate}%)", rs(charges))
        p.pair(rng.choice(["Refund amount", "Amount refunded", "Net refund"]), rs(refund), amount=refund)
        if rng.random() < 0.5:
            p.add("small", f"({words_in_rupees(refund)})")
        rway = rng.choice(["netbanking", "UPI", "cash"])
        p.pair(rng.choice(["Mode", "Paid by"]), {"netbanking": "NEFT", "UPI": "UPI", "cash": "Cash"}[rway],
               method=rway)
        if not j.no_ref and rway == "netbanking":
            ref = neft_utr(rng.choice(["HDFC", "SBIN", "UTIB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        elif not j.no_ref and rway == "UPI":
            p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        word = rng.choice(["REFUNDED", "PAID"])
        p.add("center", word, status=status)
        p.part = "foot"
        p.add("small", "Received the above refund in full and final settlement of the booking.")
        p.add("pair", "Receiver's signature", "For the Restaurant")
        return p.done()
    letterhead(p, j, j.to, ["ADVANCE RECEIPT", "RECEIPT VOUCHER - PARTY BOOKING", "BANQUET BOOKING - ADVANCE RECEIPT"])
    received = j.date - dt.timedelta(days=rng.randrange(2, 12)) if status == "failed" else j.date
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(100, 9999)}", f"BQ/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Receipt No.", "Receipt No"]), rno, txn=(INVOICE_RANK, rno))
        if rng.random() < 0.4:
            bno = f"BK{digits(rng, 5)}"
            p.pair(rng.choice(["Booking No.", "Booking ID"]), bno, txn=(ORDER_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), when(received, rng.choice(SLIP_PATS)),
               **({"date": j.date} if status != "failed" else {}))
    wrap_pair(p, rng.choice(["Received with thanks from", "Received from"]), rng.choice([j.guest, f"Shri {j.guest}",
                                                                                          f"Smt. {j.guest}"]))
    p.pair("Occasion", occasion)
    if not j.no_day:
        p.pair(rng.choice(["Date of event", "Event date"]),
               when(j.date + dt.timedelta(days=rng.randrange(7, 60)), rng.choice(SLIP_PATS)))
    p.pair("Venue", rng.choice(HALLS))
    p.pair("Guests (pax) x rate", f"{pax} x {rs(plate)}")
    p.add("rule")
    advance = whole(package * rng.uniform(0.2, 0.5), 500)
    j.amount = advance
    p.pair(rng.choice(["Package amount", "Total package"]), rs(package))
    p.pair(rng.choice(["Advance received", "Amount received"]) if status != "failed" else "Cheque amount",
           rs(advance), amount=advance)
    p.pair(rng.choice(["Balance payable on the day of event", "Balance payable on event day"]),
           rs(round(package - advance, 2)))
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(advance)})")
    if way == "cheque":
        p.pair("Mode", "Cheque")
        p.pair("Cheque No. / Bank", f"{rng.randrange(0, 999999):06d} / {rng.choice(PSB + PVT)}")
        if status == "failed" and not j.no_day:
            p.pair(rng.choice(["Cheque deposited on", "Deposited on"]), when(j.date, rng.choice(SLIP_PATS)),
                   date=j.date)
    else:
        p.pair(rng.choice(["Mode", "Payment mode", "Paid by"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)"]), "card": f"Card {masked(rng, font)}"}[way],
               method=way)
        if not j.no_ref and way == "UPI":
            p.pair(rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
    word = {"success": rng.choice(["RECEIVED", "RECEIVED WITH THANKS"]), "failed": "CHEQUE BOUNCED",
            "pending": "CHEQUE UNDER CLEARING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Advance is non-refundable within 7 days of the event. Final pax to be confirmed 48 hours before.")
    p.add("right", "Banquet Manager")
    seal(p, RESTAURANTS[j.town][0] if len(RESTAURANTS[j.town][0]) < 30 else RESTAURANTS[j.town][2], "BANQUET DESK",
         None if j.no_day or status == "failed" else j.date, word)
    return p.done()


# ---------------------------------------------------------------- 7. a wholesale market's cash memo


# each city's wholesaler: name, market, kind
WHOLESALERS = [("Maa Tara Fish Suppliers", "Howrah Fish Market", "fish"),
               ("Jagannath Vegetable Traders", "Unit-1 Daily Market", "veg"),
               ("Sri Venkateswara Chicken Centre", "Poorna Market", "meat"),
               ("Devaraja Vegetable Mandi Agency", "Devaraja Market", "veg"),
               ("Pandian Mutton Stall (Wholesale)", "Mattuthavani Market", "meat"),
               ("Doon Fresh Sabzi Traders", "Niranjanpur Mandi", "veg"),
               ("Shri Ram Poultry Traders", "Shastri Market", "meat"),
               ("Chalai Fish & Provision Stores", "Chalai Market", "fish")]
GOODS = {"veg": [("Onion", 28.0, "kg"), ("Tomato", 24.0, "kg"), ("Potato", 18.0, "kg"), ("Green chilli", 60.0, "kg"),
                 ("Coriander leaves", 80.0, "kg"), ("Ginger", 120.0, "kg"), ("Garlic", 160.0, "kg"),
                 ("Capsicum", 55.0, "kg"), ("Cabbage", 20.0, "kg")],
         "meat": [("Chicken (broiler, dressed)", 210.0, "kg"), ("Mutton (curry cut)", 780.0, "kg"),
                  ("Chicken boneless", 320.0, "kg"), ("Eggs (tray of 30)", 180.0, "tray")],
         "fish": [("Rohu (2 kg up)", 240.0, "kg"), ("Bhetki fillet", 650.0, "kg"), ("Prawns (Bagda)", 720.0, "kg"),
                  ("Seer fish (Neymeen)", 900.0, "kg"), ("Pomfret", 560.0, "kg"), ("Sardine (Mathi)", 180.0, "kg")]}
MARKET_WAYS = ["cash", "UPI", "cash", "cheque", "UPI", "cash", "cheque", "UPI"]


def market_memo(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A wholesale vegetable, meat or fish trader's cash memo to the restaurant's kitchen (paper): the trader on top
    (the payee) and its market stall, CASH MEMO / BILL / ESTIMATE, No., Date, M/s the restaurant, the goods with
    weight and rate, Total (with /- on some), the sum in words, Cash / UPI and its reference / a cheque, the word in
    a row and in the trader's rubber stamp: PAID / PAID BY UPI / CHEQUE RETURNED / CHEQUE UNDER CLEARING."""
    k = place("market_memo")
    status = outcome(k, failed=(6,), pending=(3,))
    way = MARKET_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    trader, market, kind = WHOLESALERS[j.town]
    payee = trader.upper() if rng.random() < 0.3 else trader
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    mark = rng.choice(marks(font, ["Rs.", "Rs", "\u20b9"]))
    grouping = rng.choice(["indian", "plain"])
    slashed = rng.random() < 0.5

    def rs(value: float) -> str:
        return slash(value, mark, grouping) if slashed else f"{mark}{num(value, grouping)}"

    p.part = "head"
    top(p, payee, merchant=payee)
    p.add("small", rng.choice([f"Wholesale dealers - {market}", f"Stall {rng.randrange(1, 200)}, {market}",
                               f"Commission agent & supplier, {market}"]))
    p.add("small", f"{CITIES[j.town][0]}  |  Mob. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(["CASH MEMO", "BILL", "CASH MEMO / BILL"]))
    p.add("rule")
    p.part = "body"
    issued = j.date - dt.timedelta(days=rng.randrange(1, 10)) if status == "failed" else j.date
    if not j.no_ref:
        no = rng.choice([str(rng.randrange(1, 9999)), f"{code(rng, 1, 'ABCM')}-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["No.", "Memo No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date", when(issued, rng.choice(SLIP_PATS)), **({"date": j.date} if status != "failed" else {}))
    p.pair(rng.choice(["M/s", "Party", "Name"]), RESTAURANTS[j.town][0] if rng.random() < 0.6
           else f"{RESTAURANTS[j.town][0]} (Kitchen)")
    p.add("rule")
    total = 0.0
    for name, price, unit in rng.sample(GOODS[kind], rng.randint(2, 4)):
        qty = rng.choice([2, 3, 5, 8, 10, 12, 15, 20, 25, 40, 50])
        price = round(price * rng.uniform(0.85, 1.15), 0)
        line = round(qty * price, 2)
        total += line
        p.pair(f"{name} {qty} {unit} @ {num(price, 'plain', 0)}", rs(line))
    total = round(total, 2)
    j.amount = total
    p.add("rule")
    p.pair(rng.choice(["Total", "Grand Total", "Net Amount"]), rs(total),
           **({"amount": total} if status != "failed" else {}))
    if rng.random() < 0.5:
        p.add("small", words_in_rupees(total))
    if way == "cheque":
        p.pair("Payment", "Cheque")
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d} ({rng.choice(PSB + PVT)})")
        if status == "failed":
            p.pair("Cheque amount", rs(total), amount=total)
            if not j.no_day:
                p.pair(rng.choice(["Cheque deposited on", "Deposited on"]), when(j.date, rng.choice(SLIP_PATS)),
                       date=j.date)
    else:
        p.pair(rng.choice(["Paid by", "Payment", "Mode"]),
               {"cash": rng.choice(["Cash", "CASH"]), "UPI": rng.choice(["UPI", "GPay / UPI", "PhonePe (UPI)"])}[way],
               method=way)
        if not j.no_ref and way == "UPI":
            p.pair(rng.choice(["UPI Ref", "Txn Ref (UPI)", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    word = {"success": "PAID" if way == "cash" else rng.choice(["PAID", "PAID BY UPI"]),
            "failed": "CHEQUE RETURNED", "pending": "CHEQUE UNDER CLEARING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods once sold will not be taken back. Weight checked at the time of delivery.")
    seal(p, trader if len(trader) < 30 else market, kind.upper() if kind != "veg" else "VEGETABLES",
         None if j.no_day or status == "failed" else j.date, word)
    return p.done()


# ---------------------------------------------------------------- 8. a commercial LPG distributor's cash memo


# each city's distributor: the oil company's brand it sells, the distributor
LPG = [("Indane (IndianOil)", "Bhowanipore Gas Service"), ("HP GAS", "Utkal Gas Agency"),
       ("Bharatgas (BPCL)", "Sri Sai Gas Agencies"), ("Indane (IndianOil)", "Chamundeshwari Gas Agency"),
       ("HP GAS", "Meenakshi Gas Service"), ("Bharatgas (BPCL)", "Doon Gas Service"),
       ("Indane (IndianOil)", "Raipur Gas Agency"), ("HP GAS", "Anantha Gas Agencies")]
LPG_WAYS = ["cash", "UPI", "card", "cash", "UPI", "UPI", "cash", "netbanking"]


def lpg_memo(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A commercial LPG distributor's cash memo for 19 kg cylinders delivered to the kitchen (paper): the oil
    company's brand on top (not the payee), the distributor under it (the payee), Distributor Code, its address and
    GSTIN, TAX INVOICE CUM CASH MEMO (COMMERCIAL), Cash Memo No., Order Ref No. on some, Date, Consumer No. and LPG
    ID (never ids), the restaurant, cylinders with the rate incl. GST, taxable value, CGST / SGST @ 9%, Total,
    Amount paid, cash / UPI / card / NEFT, PAID / DELIVERED - PAID / PAYMENT FAILED / PAYMENT AWAITED."""
    k = place("lpg_memo")
    status = outcome(k, failed=(4,), pending=(7,))
    way = LPG_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    brand, distributor = LPG[j.town]
    payee = distributor.upper() if rng.random() < 0.35 else distributor
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    mark = rng.choice(marks(font, ["Rs.", "\u20b9", "INR"]))
    grouping = rng.choice(["indian", "indian", "plain"])

    def rs(value: float) -> str:
        return f"{mark} {num(value, grouping)}"

    city = CITIES[j.town]
    p.part = "head"
    p.add("center", brand)
    top(p, payee, merchant=payee)
    p.add("small", f"{rng.choice(['LPG Distributor', 'Authorised LPG Distributor'])} - Code "
                   f"{digits(rng, 6)}")
    p.add("small", f"{rng.randrange(2, 120)}, {city[2]}, {city[0]} - {city[1]}  GSTIN {gstin(rng, city[4])}")
    p.add("center", rng.choice(["TAX INVOICE CUM CASH MEMO (COMMERCIAL)", "CASH MEMO - NON DOMESTIC (NDNE)",
                                "COMMERCIAL LPG - CASH MEMO"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        memo = rng.choice([digits(rng, 7), f"CM{digits(rng, 8)}"])
        p.pair(rng.choice(["Cash Memo No.", "Invoice No.", "CM No."]), memo, txn=(INVOICE_RANK, memo))
        if rng.random() < 0.5:
            order = digits(rng, 10)
            p.pair(rng.choice(["Order Ref No.", "Booking Ref No."]), order, txn=(ORDER_RANK, order))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Cash Memo Date"] + (["Delivered & paid on"] if status == "success" else [])),
               when(j.date, rng.choice(SLIP_PATS)),
               date=j.date)
    p.pair("Consumer No.", digits(rng, rng.choice([6, 8])))
    if rng.random() < 0.5:
        p.pair("LPG ID", digits(rng, 17))
    wrap_pair(p, rng.choice(["Consumer Name", "Customer"]), RESTAURANTS[j.town][rng.choice([0, 1])])
    p.add("rule")
    qty = rng.randint(2, 8)
    rate = round(rng.uniform(1720, 1960), 2)
    cyl = round(qty * rate, 2)
    total = cyl
    p.pair(f"19 Kg Comm. Cylinder x {qty} @ {num(rate, 'plain')}", rs(cyl))
    if rng.random() < 0.4:
        five = rng.randint(1, 3)
        five_rate = round(rng.uniform(480, 560), 2)
        total += round(five * five_rate, 2)
        p.pair(f"5 Kg FTL Cylinder x {five}", rs(round(five * five_rate, 2)))
    total = round(total, 2)
    taxable = round(total / 1.18, 2)
    tax = round((total - taxable) / 2, 2)
    p.pair("Taxable value", rs(taxable))
    p.pair("CGST @ 9%", rs(tax))
    p.pair("SGST @ 9%", rs(round(total - taxable - tax, 2)))
    p.add("rule")
    j.amount = total
    p.pair(rng.choice(["Total (incl. GST)", "Total Amount", "Net Payable"]), rs(total), amount=total)
    if status == "success" and rng.random() < 0.5:
        p.pair("Amount paid", rs(total))
    p.pair(rng.choice(["Payment Mode", "Mode of payment", "Paid by"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR at delivery)"]), "card": f"Card {masked(rng, font)}",
            "netbanking": "NEFT"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Approval Code", appr, txn=(APPR_RANK, appr))
    p.add("center", {"success": rng.choice(["PAID", "DELIVERED - PAID"]),
                     "failed": rng.choice(["UPI PAYMENT FAILED", "PAYMENT FAILED"]),
                     "pending": rng.choice(["PAYMENT AWAITED", "NEFT AWAITED - CREDIT PENDING"])}[status],
          status=status)
    p.part = "foot"
    p.add("small", "Check the seal and weight of the cylinder before accepting. Emergency: 1906.")
    p.add("right", f"For {distributor}" if fits(p, "right", f"For {distributor}") else "Distributor")
    return p.done()


# ---------------------------------------------------------------- 9. a dairy's monthly bulk bill, paid by UPI


DAIRIES = ["Mother Dairy Calcutta", "OMFED Bulk Sales", "Visakha Dairy", "Mysore Milk Union (Nandini)",
           "Aavin - Madurai Milk Union", "Aanchal Dugdh Sangh, Dehradun", "Devbhog Dairy", "Milma (TRCMPU)"]
DAIRY_ITEMS = [("Toned milk", 48.0, "L"), ("Full cream milk", 62.0, "L"), ("Curd", 60.0, "kg"),
               ("Paneer", 380.0, "kg"), ("Butter (500 g)", 275.0, "pkt"), ("Ghee (1 L)", 640.0, "tin"),
               ("Fresh cream", 220.0, "L")]
DAIRY_KINDS = ["paper", "paper", "portal", "paper", "portal", "paper", "paper", "portal"]
DAIRY_WAYS = ["UPI", "UPI", "UPI", "cash", "UPI", "UPI", "netbanking", "UPI"]


def dairy_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A dairy's (or its union's bulk-sales desk's) monthly bill for the restaurant's milk, curd, paneer and ghee,
    paid by UPI: its bill cum receipt on paper (the dairy on top, the payee; Bill No., Customer Code, Bill for the
    month, Bill Date and Due Date, the items, Bill Amount, Amount Paid (a part of the bill on some), Paid via UPI,
    UPI Ref No, Paid on, PAID / PART PAID) or its bulk-customer portal's payment receipt (Transaction ID, Bank Ref
    No, Payment Date, Payment Successful / Failed / Pending)."""
    k = place("dairy_bill")
    status = outcome(k, failed=(2,), pending=(5,))
    kind = DAIRY_KINDS[k]
    way = DAIRY_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    dairy = DAIRIES[j.town]
    payee = dairy.upper() if rng.random() < 0.25 else dairy
    month = j.date.replace(day=1) - dt.timedelta(days=1)
    if kind == "paper":
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    else:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = rng.choice(["bulk.milma.com/customer/pay/receipt", "portal.aavin.in/bulk/receipt",
                                             "orders.nandini.coop/bulk/payment-status"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    p.part = "head"
    top(p, payee, merchant=payee)
    p.add("center", rng.choice(["Monthly Bill - Bulk Supply", "Bill cum Receipt", "Institutional Supply - Bill"])
          if kind == "paper" else rng.choice(["Online Payment Receipt", "Bulk customer - Payment status"]))
    p.part = "body"
    if kind == "portal":
        status_line(p, {"success": ["Payment Successful", "Payment received"], "failed": ["Payment Failed"],
                        "pending": ["Payment Pending", "Awaiting confirmation from bank"]}, status)
    if not j.no_ref and kind == "paper":
        bno = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Bill No.", "Bill No"]), bno, txn=(INVOICE_RANK, bno))
    p.pair(rng.choice(["Customer Code", "Institution Code"]), f"B{digits(rng, 5)}")
    wrap_pair(p, rng.choice(["Customer", "Institution"]), RESTAURANTS[j.town][rng.choice([0, 1])])
    p.pair(rng.choice(["Bill for", "Bill month"]), when(month, "%B %Y"))
    if not j.no_day:
        p.pair("Bill Date", when(month + dt.timedelta(days=1), "%d/%m/%Y"))
        p.pair("Due Date", when(month + dt.timedelta(days=rng.randrange(10, 16)), "%d/%m/%Y"))
    p.add("rule")
    total = 0.0
    for name, price, unit in rng.sample(DAIRY_ITEMS, rng.randint(2, 4)):
        qty = rng.choice([20, 30, 45, 60, 90, 120, 180, 240, 300])
        total += qty * price
        p.pair(f"{name}  {qty} {unit} @ {num(price, 'plain', 0)}", rs(qty * price))
    total = round(total, 2)
    p.add("rule")
    p.pair("Bill Amount", rs(total))
    paid = whole(total * rng.uniform(0.4, 0.8), 1000) if status == "success" and rng.random() < 0.3 else total
    j.amount = paid
    p.pair(rng.choice(["Amount Paid", "Paid Amount"]) if status == "success" else "Amount", rs(paid), amount=paid)
    if paid < total:
        p.pair("Balance carried forward", rs(round(total - paid, 2)))
    p.pair(rng.choice(["Paid via", "Payment Mode", "Mode"]),
           {"UPI": rng.choice(["UPI", "UPI (BHIM)", "UPI - QR on bill"]), "cash": "Cash at depot",
            "netbanking": "Net Banking"}[way], method=way)
    if not j.no_ref:
        if kind == "portal":
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            labelled(p, rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
            if status == "success":
                labelled(p, "Bank Ref No", j.ref, txn=(BANK_RANK, j.ref))
        elif way == "UPI" and status != "pending":
            p.pair(rng.choice(["UPI Ref No", "UPI Txn ID", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Payment Date"]) if status == "success" else "Attempted on",
                 stamp(rng, j.date, PATS, hour=kind == "portal"), date=j.date)
    if kind == "paper":
        word = {"success": "PART PAID" if paid < total else rng.choice(["PAID", "PAID WITH THANKS"]),
                "failed": "UPI PAYMENT FAILED", "pending": "PAYMENT PENDING"}[status]
        p.add("center", word, status=status)
    elif status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Please pay by the due date to continue uninterrupted supply.")
    return p.done()


# ---------------------------------------------------------------- 10. a beverage distributor's invoice, by cheque


BEV_VENDORS = ["Kolkata Beverage Distributors", "Odisha Soft Drinks Agencies", "Coastal Bottlers & Distributors",
               "Mysore Aqua & Beverages", "Pandian Beverages Agency", "Doon Cold Drinks Suppliers",
               "Chhattisgarh Beverages Traders", "Travancore Beverage Agencies"]
DRINKS = [("Coca-Cola 300 ml RGB (24)", 480.0), ("Thums Up 750 ml PET (24)", 864.0), ("Kinley Water 1 L (12)", 180.0),
          ("Sprite 250 ml Can (24)", 720.0), ("Bisleri Soda 750 ml (24)", 360.0), ("Maaza 600 ml (24)", 840.0),
          ("Kingfisher Premium 650 ml (12)", 2160.0), ("Tuborg Strong 650 ml (12)", 2280.0),
          ("Red Bull 250 ml (24)", 2400.0)]


def beverage_cheque(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A beverage distributor's tax invoice to the restaurant's bar (soft drinks, water, beer; paper) paid by the
    restaurant's cheque: the distributor on top (the payee), TAX INVOICE, Invoice No., Invoice Date, Buyer the
    restaurant, the crates, Total (rates with GST and cess), the payment block: Cheque No., Drawn on, Cheque Date,
    Cheque Amount (the invoice or a part of it), Realised on / Deposited on, CHEQUE REALISED / PAID BY CHEQUE -
    CLEARED / CHEQUE BOUNCED (and its bank's charges) / CHEQUE UNDER CLEARING."""
    k = place("beverage_cheque")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    vendor = BEV_VENDORS[j.town]
    payee = vendor.upper() if rng.random() < 0.3 else vendor
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    mark = rng.choice(marks(font, ["Rs.", "\u20b9", "INR", "Rs"]))
    grouping = rng.choice(["indian", "indian", "western", "plain"])

    def rs(value: float) -> str:
        return f"{mark} {num(value, grouping)}"

    city = CITIES[j.town]
    letterhead(p, j, payee, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)"],
               sub=["Distributors of soft drinks, packaged water and beer", "Beverage wholesale & bar supplies"],
               fssai=False)
    issued = j.date - dt.timedelta(days=rng.randrange(5, 25))
    if not j.no_ref:
        inv = rng.choice([f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}", digits(rng, 6)])
        p.pair(rng.choice(["Invoice No.", "Inv No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair("Invoice Date", when(issued, rng.choice(SLIP_PATS)))
    wrap_pair(p, rng.choice(["Buyer", "Billed to"]), f"{RESTAURANTS[j.town][1]}, {city[0]}")
    p.pair("Buyer GSTIN", gstin(rng, city[4]))
    p.add("rule")
    total = 0.0
    for name, price in rng.sample(DRINKS, rng.randint(2, 4)):
        qty = rng.randint(2, 30)
        total += qty * price
        p.pair(f"{name} x {qty}", rs(qty * price))
    total = round(total, 2)
    p.add("rule")
    p.pair(rng.choice(["Total", "Invoice Total", "Grand Total"]), rs(total))
    p.add("small", "Rates inclusive of GST @ 28% and compensation cess; beer under state excise / VAT.")
    cheque = total if rng.random() < 0.6 else whole(total * rng.uniform(0.4, 0.8), 1000)
    j.amount = cheque
    p.add("left", rng.choice(["Payment details", "Payment received"]))
    p.pair("Mode", "Cheque")
    p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
    p.pair("Drawn on", rng.choice(PSB + PVT))
    if not j.no_day:
        p.pair("Cheque Date", when(j.date - dt.timedelta(days=rng.randrange(1, 4)), rng.choice(SLIP_PATS)))
    p.pair("Cheque Amount", rs(cheque), amount=cheque)
    if cheque < total:
        p.pair("Balance due", rs(round(total - cheque, 2)))
    if not j.no_day:
        if status == "success":
            p.pair(rng.choice(["Realised on", "Cleared on"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
        else:
            p.pair(rng.choice(["Deposited on", "Cheque deposited on"]), when(j.date, rng.choice(SLIP_PATS)),
                   date=j.date)
    word = {"success": rng.choice(["CHEQUE REALISED", "PAID BY CHEQUE - CLEARED"]),
            "failed": rng.choice(["CHEQUE BOUNCED", "CHEQUE RETURNED UNPAID"]),
            "pending": "CHEQUE UNDER CLEARING"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair("Return reason", rng.choice(["Funds insufficient", "Signature differs", "Exceeds arrangement"]))
        p.pair("Bank charges (to be paid)", rs(float(rng.choice([300, 500, 590]))))
    p.part = "foot"
    p.add("small", "Empties to be returned in good condition. Subject to local jurisdiction.")
    p.add("right", "Authorised Signatory")
    seal(p, vendor if len(vendor) < 30 else vendor.split(" &")[0], "ACCOUNTS",
         None if j.no_day or status != "success" else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 11. an FSSAI or trade licence fee e-receipt


CORPORATIONS = ["Kolkata Municipal Corporation", "Bhubaneswar Municipal Corporation",
                "Greater Visakhapatnam Municipal Corporation", "Mysuru City Corporation", "Madurai Corporation",
                "Dehradun Nagar Nigam", "Raipur Municipal Corporation", "Thiruvananthapuram Corporation"]
CORP_URLS_MUNI = ["www.kmcgov.in/KMCPortal/TradeLicence/Receipt", "www.bmc.gov.in/trade-license/receipt",
                  "gvmc.gov.in/tradelicence/payment", "mysurucitycorporation.co.in/trade/receipt",
                  "maduraicorporation.co.in/tl/receipt", "nagarnigamdehradun.com/trade/receipt",
                  "rmcraipur.gov.in/tradelicence/receipt", "smart.tvmcorporation.gov.in/dando/receipt"]
LICENCE_KINDS = ["fssai", "trade", "trade", "fssai", "trade", "trade", "fssai", "trade"]
LICENCE_WAYS = ["netbanking", "UPI", "card", "UPI", "netbanking", "UPI", "card", "netbanking"]


def licence_fee(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A licence fee paid online (browser): FSSAI's FoSCoS receipt for the State licence's renewal (Food Safety and
    Standards Authority of India on top, the payee; Application Reference No. and the licence number, never ids, the
    kind of business, years, fee, Transaction ID, Bank Reference No., Payment Date) or a municipal corporation's
    trade licence / D&O licence / Certificate of Enlistment renewal e-receipt (the corporation on top, the payee;
    Trade Licence No., ward, the trade, the year, licence fee and late fee, Total amount paid, Transaction ID or a
    treasury's GRN, Bank Ref No, Receipt No., Payment Date, Valid upto)."""
    k = place("licence_fee")
    status = outcome(k, failed=(4,), pending=(1,))
    kind = LICENCE_KINDS[k]
    way = LICENCE_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, firm=0.6)
    p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    if kind == "fssai":
        p.style["h106"]["url"] = "foscos.fssai.gov.in/payment/receipt"
        authority = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        top(p, authority, merchant=authority)
        p.add("center", rng.choice(["FoSCoS - Online Payment Receipt", "Licence Renewal - Payment Acknowledgement"]))
    else:
        p.style["h106"]["url"] = CORP_URLS_MUNI[j.town]
        authority = CORPORATIONS[j.town]
        authority = authority.upper() if rng.random() < 0.2 else authority
        top(p, authority, merchant=authority)
        p.add("center", {0: "Certificate of Enlistment - Online Payment Receipt",
                         7: "D&O Licence Renewal - e-Receipt"}.get(j.town, "Trade Licence Renewal - e-Receipt"))
    p.part = "body"
    status_line(p, {"success": ["Payment Successful", "Transaction Successful", "Fee paid successfully"],
                    "failed": ["Payment Failed", "Transaction failed at bank"],
                    "pending": ["Payment Pending", "Payment status awaited from bank"]}, status)
    wrap_pair(p, rng.choice(["Name of Establishment", "Business Name", "Trade Name"]), j.to)
    if kind == "fssai":
        p.pair(rng.choice(["Application Reference No.", "Application No."]), f"{rng.randrange(10, 40)}"
                                                                             f"{digits(rng, 12)}")
        p.pair("Licence No.", f"1{digits(rng, 13)}")
        p.pair("Kind of Business", rng.choice(["Restaurant", "Food Service - Restaurant / Cloud Kitchen"]))
        years = rng.randint(1, 5)
        per = float(rng.choice([2000, 3000, 5000]))
        fee = per * years
        p.pair("Licence type / Years", f"State Licence / {years}")
        p.pair("Fee per year", rs(per))
        late = 0.0
    else:
        p.pair(rng.choice(["Trade Licence No.", "Licence No.", "Enlistment No."]),
               f"{code(rng, 2, UPPER)}/{digits(rng, 6)}")
        p.pair("Ward No.", str(rng.randrange(1, 100)))
        p.pair("Trade", rng.choice(["Restaurant / Eating house", "Hotel & restaurant (with bar)", "Food service"]))
        p.pair("Licence year", f"20{fy(j.date)}" if not j.no_day else "Renewal - 1 year")
        fee = float(rng.choice([3500, 5000, 7500, 12000, 18500, 25000]))
        late = round(fee * rng.choice([0, 0, 0.1, 0.25]), 2)
        p.pair("Licence fee", rs(fee))
        if late:
            p.pair("Late fee / penalty", rs(late))
    total = round(fee + late, 2)
    j.amount = total
    p.pair(rng.choice(["Total amount paid", "Amount paid", "Total Amount"]) if status == "success"
           else "Amount", rs(total), amount=total)
    p.pair(rng.choice(["Payment Mode", "Paid via", "Mode"]),
           {"netbanking": f"Net Banking - {rng.choice(PSB[:3] + PVT[:2])}", "UPI": "UPI",
            "card": f"Debit Card {masked(rng, font)}"}[way], method=way)
    p.pair("Gateway", rng.choice(["SBI ePay", "BillDesk", "Razorpay", "PayU"]))
    if not j.no_ref:
        if kind == "trade" and j.town in (1, 5):
            # *settled*: a treasury's GRN is its number for the payment: a transaction id
            grn = f"{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 10)}"
            labelled(p, rng.choice(["GRN", "GRN No."]), grn, txn=(TXN_RANK, grn))
        else:
            tid = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 12)}", digits(rng, 14)])
            labelled(p, rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            bank = rng.choice([digits(rng, 11), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"]) if way != "UPI" else j.ref
            labelled(p, rng.choice(["Bank Ref No", "Bank Reference No."]), bank, txn=(BANK_RANK, bank))
            if kind == "trade":
                rec = f"{code(rng, 2, UPPER)}{j.year().replace('-', '').strip('/')}{digits(rng, 6)}"
                p.pair("Receipt No.", rec, txn=(INVOICE_RANK, rec))
    if not j.no_day:
        labelled(p, rng.choice(["Payment Date", "Transaction Date", "Paid on"]) if status == "success"
                 else "Initiated on", stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair(rng.choice(["Valid upto", "Licence valid till"]),
                   when(dt.date(j.date.year + (1 if j.date.month > 3 else 0), 3, 31), "%d-%m-%Y"))
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Do not pay again. The application is forwarded once the bank confirms the fee.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 12. a guest's wallet or pay-later


WALLET_APPS = [("Paytm", (0, 40, 110), "Paytm Wallet"), ("Amazon Pay", (35, 47, 62), "Amazon Pay Balance"),
               ("Simpl", (0, 150, 136), "Simpl Pay Later"), ("LazyPay", (220, 50, 80), "LazyPay (Pay Later)"),
               ("MobiKwik", (30, 60, 170), "MobiKwik Wallet"), ("Paytm", (0, 40, 110), "Paytm Postpaid"),
               ("Amazon Pay", (35, 47, 62), "Amazon Pay Later"), ("Freecharge", (255, 102, 0), "Freecharge Balance")]


def wallet_id(rng: random.Random, app: str, date: dt.date) -> tuple[str, str, float]:
    """The app's own id: (label, value, rank)."""
    if app == "Paytm":
        return rng.choice(["Wallet Txn ID", "Transaction ID"]), digits(rng, 20), TXN_RANK
    if app == "Amazon Pay":
        return "Transaction ID", f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}", TXN_RANK
    if app == "Simpl":
        return "Order ID", f"SMPL{date:%y%m%d}{code(rng, 8, UPPER + '0123456789')}", ORDER_RANK
    if app == "LazyPay":
        return "Transaction ID", f"LP{digits(rng, 16)}", TXN_RANK
    return rng.choice(["Txn ID", "Transaction ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 14)}", TXN_RANK


def guest_wallet(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A guest paying the restaurant's QR from a wallet balance or a pay-later line (Paytm Wallet, Amazon Pay
    Balance, Simpl, LazyPay, MobiKwik, Paytm Postpaid, Amazon Pay Later, Freecharge; dark on some): the app on its
    band, the outcome, the sum large, Paid to / To the restaurant, Paid using / Payment source the wallet or the
    pay-later, the app's id, the day, the wallet's balance after it or the pay-later bill's due day on some; a
    failure for want of balance or limit, a wait."""
    k = place("guest_wallet")
    status = outcome(k, failed=(5,), pending=(2,))
    app, band, source = WALLET_APPS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=150, high=6500, p_round=0.8, firm=0.1)
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment details"]), buttons=rng.choice([("Share", "Done"), ("Done",), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.6)
    head(p, app, band, dark, ["Scan & Pay", "Pay at store", "Pay Later" if "Later" in source else "Wallet"])
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Paid successfully", "Payment complete"],
                            "failed": ["Payment Failed", "Payment declined"],
                            "pending": ["Payment Pending", "Payment processing"]})
    p.part = "amount"
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To"] if status == "success" else ["To", "Paying to"])
    if fits(p, "center", f"{lab} {j.to}") and rng.random() < 0.5:
        p.add("center", f"{lab} {j.to}", merchant=j.to)
    else:
        p.add("small", lab)
        p.add("center", j.to, merchant=j.to)
    if status == "failed":
        p.add("small", rng.choice(["Insufficient wallet balance. Add money and try again.",
                                   "Your Pay Later limit is not enough for this payment."]))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.pair(rng.choice(["Paid using", "Payment source", "Paid from"]), source, method="wallet")
    if not j.no_ref:
        label, value, rank = wallet_id(rng, app, j.date)
        labelled(p, label, value, txn=(rank, value))
    p.part = "tail"
    if not j.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Date"]), stamp(rng, j.date), date=j.date)
    if status == "success" and rng.random() < 0.6:
        if "Later" in source or "Postpaid" in source:
            if not j.no_day:
                due = (j.date.replace(day=1) + dt.timedelta(days=40)).replace(day=rng.choice([3, 5, 15]))
                p.pair(rng.choice(["Bill due on", "Pay by"]), when(due, "%d %b %Y"))
        else:
            p.pair(rng.choice(["Wallet balance", "Balance left"]), rs(round(rupees(rng, 20, 4000, 0.3), 2)))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Need help? Contact support", "View all payments", "Secured by the RBI-licensed PPI"]))
    return p.done()


compose = compose121

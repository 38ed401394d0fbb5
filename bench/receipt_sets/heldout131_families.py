"""The twelve heldout131 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a seventeenth random day's proofs of payment, as a mobile phone and electronics shop
with a repair counter (in Siliguri, Jamshedpur, Ajmer, Kolhapur, Tirunelveli, Hubli, Bareilly and Kottayam) receives
them from customers and lenders in 2026 and pays its own distributors: customers' UPI screens at the counter, a
consumer-durable lender's disbursement advice to the dealer, card EMI charge slips, the shop's GST invoices for a
phone with its IMEI numbers, repair job sheets (an advance, or the balance at delivery), a brand's authorised service
centre's invoices for the shop's warranty-out repairs, the shop's payments to its distributors by NEFT / RTGS, buyback
vouchers for customers' old phones, prepaid and DTH recharges from the shop's retailer app, device-protection plans,
pickup-and-drop charges paid by a payment link and refunds for returned phones. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers,
IMEI and serial numbers, loan, agreement, customer, dealer, policy and membership numbers, monthly EMIs and the
total payable with interest, invoice values beside a lender's net disbursal, estimates, balances payable on delivery,
expected delivery days, quoted buyback prices and their deductions, a retailer's margin and wallet balance, plan
validity, a returned phone's bill value and restocking fee, and the payer's own details carry no fact. A repair job
number or a service request number is the order's number (heldout106's ``ORDER_RANK``). ``compose`` is heldout121's
(heldout119's frames and marks, its rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import head, masked, money, way_text
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, payee_pair, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal, slash
from bench.receipt_sets.heldout130_families import marks

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code
CITIES = [("Siliguri", "734001", "Sevoke Road", "West Bengal", "19"),
          ("Jamshedpur", "831001", "Bistupur", "Jharkhand", "20"),
          ("Ajmer", "305001", "Naya Bazar", "Rajasthan", "08"),
          ("Kolhapur", "416001", "Rajarampuri", "Maharashtra", "27"),
          ("Tirunelveli", "627002", "Palayamkottai", "Tamil Nadu", "33"),
          ("Hubli", "580020", "Koppikar Road", "Karnataka", "29"),
          ("Bareilly", "243001", "Civil Lines", "Uttar Pradesh", "09"),
          ("Kottayam", "686001", "K.K. Road", "Kerala", "32")]
# the shop in each town: its trade name, its company, its repair counter
SHOPS = [("Himalaya Mobiles & Electronics", "Himalaya Telecom Pvt Ltd", "Himalaya Mobile Care"),
         ("Steel City Mobile Point", "Steel City Telecom LLP", "Steel City Repair Hub"),
         ("Ajmer Digital Mobiles", "Ajmer Digital Retail Pvt Ltd", "Digital Mobile Clinic"),
         ("Kolhapur Mobile Gallery", "Gallery Electronics Pvt Ltd", "Gallery Phone Care"),
         ("Nellai Cell World", "Nellai Cell World Enterprises", "Nellai Cell Service Centre"),
         ("Hubli Smart Mobiles", "Smart Mobiles & Electronics LLP", "Smart Fix Hubli"),
         ("Bareilly Mobile House", "Mobile House Retail Pvt Ltd", "Mobile House Care"),
         ("Kottayam Phone Park", "Phone Park Electronics Pvt Ltd", "Phone Park Service Point")]
CUSTOMERS = ["Rupam Sarkar", "Sunita Mahato", "Imran Qureshi", "Sachin Patil", "M. Muthukumar", "Basavaraj Hiremath",
             "Faizan Ali", "Jiji Thomas", "Pooja Kumari", "Vikram Singh Rathore", "Snehal Jadhav", "Anitha Joseph"]
PHONES = [("Samsung Galaxy A35 5G 8/128", 30999.0), ("Redmi Note 13 5G 8/256", 20999.0),
          ("vivo T3 5G 8/128", 19999.0), ("OPPO A3 Pro 5G 8/128", 17999.0), ("realme 12 Pro 5G 8/256", 25999.0),
          ("iPhone 15 128GB Black", 69900.0), ("OnePlus Nord CE4 8/128", 24999.0), ("Samsung Galaxy M15 6/128", 13499.0),
          ("Motorola g85 5G 8/128", 17999.0), ("iQOO Z9 5G 8/128", 19999.0), ("Nothing Phone (2a) 8/256", 25999.0),
          ("POCO X6 Pro 12/512", 26999.0)]
ACCESSORIES = [("Tempered glass (fitted)", 299.0), ("Back cover", 249.0), ("boAt Airdopes 141", 1299.0),
               ("25W Type-C charger", 999.0), ("Type-C cable 1m", 299.0), ("Power bank 10000 mAh", 1499.0)]
FAULTS = [("Display broken - replace combo", 4200.0), ("Charging port not working", 650.0),
          ("Battery draining fast - new battery", 1600.0), ("Water damage - board cleaning", 900.0),
          ("Back glass cracked", 1800.0), ("Speaker low volume", 450.0), ("Dead - no power (board repair)", 2500.0),
          ("Camera glass broken", 550.0), ("Software - FRP / flashing", 500.0)]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Federal Bank", "IndusInd Bank"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "The bank has not confirmed yet. Please show this screen at the counter."]


def shop(rng: random.Random, i: int, *, firm: float = 0.25, repair: float = 0.0, caps: float = 0.25) -> str:
    """The shop as a payee: its trade name, its company's or its repair counter's on some, in capitals on some."""
    roll = rng.random()
    name = SHOPS[i][2] if roll < repair else SHOPS[i][1] if roll < repair + firm else SHOPS[i][0]
    return name.upper() if rng.random() < caps else name


def imei(rng: random.Random) -> str:
    """A handset's IMEI (fifteen digits): never an id."""
    return f"35{digits(rng, 13)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 300,
                 high: float = 60000, p_round: float = 0.6, firm: float = 0.25, repair: float = 0.0,
                 caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(SHOPS))
        self.to = shop(rng, self.town, firm=firm, repair=repair, caps=caps)
        self.customer = rng.choice(CUSTOMERS)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None) -> None:
    """The shop (or another business) on top of its own paper: what it does, its address, GSTIN (never an id), the
    document's kind; the payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or ["Mobiles | Accessories | Electronics | Repairs",
                                      "Authorised multi-brand mobile store & service",
                                      "Smartphones, Tablets, Smart TVs - Sales & Service"]))
    p.add("small", f"{rng.randrange(2, 220)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def counter_rs(rng: random.Random, font: str, options: list[str], *, p_slash: float = 0.4):
    """A counter's way of writing a sum: a mark the face draws, lakh grouping or plain, ``/-`` on some."""
    mark = rng.choice(marks(font, options))
    grouping = rng.choice(["indian", "indian", "plain", "western"])
    slashed = rng.random() < p_slash

    def rs(value: float) -> str:
        return slash(value, mark, grouping) if slashed else f"{mark} {num(value, grouping)}"

    return rs


# ---------------------------------------------------------------- 1. a customer's UPI app at the counter


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "CRED", "BHIM", "Amazon Pay", "Navi", "MobiKwik"]
SHOP_NOTES = ["Redmi Note 13 balance", "Phone advance", "Screen guard + cover", "Display repair", "Earbuds",
              "Charger", "Battery change", "Samsung A35 down payment"]


def customer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app paying the shop's QR at the counter (PhonePe, Google Pay, Paytm, CRED, BHIM, Amazon Pay,
    Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the shop (its repair counter on some)
    under Paid to / To / Sent to, a note of what it paid for on most."""
    k = place("customer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=199, high=32000, p_round=0.8, firm=0.15, repair=0.2)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, SHOPS[j.town][0], WAIT)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOP_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. a consumer-durable lender's disbursal advice


LENDERS = [("Bajaj Finserv", "mail", "dealer.payments@bajajfinserv.in"), ("HDB Financial Services", "browser", None),
           ("Home Credit India", "mail", "dealer.support@homecredit.co.in"), ("TVS Credit", "paper", None),
           ("IDFC FIRST Bank - Consumer Durable Loans", "browser", None),
           ("Bajaj Finserv", "browser", None), ("HDB Financial Services", "mail", "disbursal@hdbfs.com"),
           ("Home Credit India", "paper", None)]
LENDER_URLS = {"HDB Financial Services": "dealerconnect.hdbfs.com/disbursal/advice",
               "IDFC FIRST Bank - Consumer Durable Loans": "dealer.idfcfirstbank.com/cd/disbursement",
               "Bajaj Finserv": "partner.bajajfinserv.in/dealer/disbursement-advice"}


def finance_disbursal(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A consumer-durable lender's disbursement advice to the dealer for a phone bought on a no-cost or low-cost EMI
    loan (Bajaj Finserv, HDB, Home Credit, TVS Credit, IDFC FIRST; e-mail, dealer portal or a printed advice): the
    lender on top (the payer), Dealer Name / Paid to / Beneficiary Name the shop, Dealer Code, the customer and the
    loan's number (never ids), the product and its invoice value, Less: down payment collected by the dealer, Less:
    dealer subvention and processing fee, Net disbursed amount, NEFT, UTR, Disbursement Ref No., Disbursement Date;
    Status Disbursed / Credited to dealer, Returned, In process."""
    k = place("finance_disbursal")
    status = outcome(k, failed=(5,), pending=(2,))
    lender, kind, sender = LENDERS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, firm=0.5, caps=0.35)
    model, price = rng.choice(PHONES)
    value = round(price * rng.uniform(0.97, 1.0), 0)
    down = whole(value * rng.choice([0.0, 0.1, 0.2, 0.25]), 100) if rng.random() < 0.8 else 0.0
    down = min(down, value / 2)
    subv = round((value - down) * rng.choice([0.0, 0.03, 0.05, 0.0725]), 2)
    fee = float(rng.choice([0, 0, 199, 499])) if rng.random() < 0.5 else 0.0
    net = round(value - down - subv - fee, 2)
    j.amount = net
    if kind == "paper":
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    else:
        p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        if kind == "mail":
            mail_frame(p, f"{lender.split(' - ')[0]} <{sender}>",
                       rng.choice(["Disbursement advice", "Loan disbursed - dealer payment", "Dealer payment advice"]))
        else:
            p.style["h106"]["url"] = LENDER_URLS[lender]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    p.part = "head"
    top(p, lender)
    p.add("center", rng.choice(["DISBURSEMENT ADVICE", "Dealer Payment Advice", "Disbursal Intimation"]))
    p.part = "body"
    payee_pair(p, ["Dealer Name", "Paid to", "Beneficiary Name"], j.to)
    p.pair(rng.choice(["Dealer Code", "Dealer ID", "Supplier Code"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair(rng.choice(["Customer Name", "Borrower"]), j.customer)
    p.pair(rng.choice(["Loan A/c No.", "Agreement No.", "Loan No."]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    wrap_pair(p, rng.choice(["Product", "Asset"]), model)
    p.pair("Scheme", rng.choice(["No Cost EMI 6/0", "9 EMI (1 advance)", "Zero down payment 8/0",
                                 "12 months low cost EMI"]))
    p.pair(rng.choice(["Invoice value", "Asset cost"]), rs(value))
    if down:
        p.pair(rng.choice(["Less: Down payment (collected by dealer)", "Less: Down payment"]), rs(down))
    if subv:
        p.pair(rng.choice(["Less: Dealer subvention", "Less: Subvention (dealer)"]), rs(subv))
    if fee:
        p.pair("Less: Processing fee", rs(fee))
    p.add("rule")
    p.pair(rng.choice(["Net disbursed amount", "Amount disbursed", "Net amount paid to dealer"]), rs(net), amount=net)
    mode = rng.choice(["NEFT", "NEFT", "RTGS"]) if net >= 200000 else "NEFT"
    p.pair(rng.choice(["Payment mode", "Mode"]), mode, method="netbanking")
    p.pair("Dealer A/c", f"{rng.choice(PSB + PVT)} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        own = f"{rng.choice(['DB', 'DIS', 'PAY'])}{digits(rng, 9)}"
        p.pair(rng.choice(["Disbursement Ref No.", "Disbursal ID", "Disbursement ID"]), own, txn=(TXN_RANK, own))
        if status == "success":
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "KKBK"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No.", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Disbursement Date", "Disbursed on", "Value Date"]),
                "failed": "Attempted on", "pending": "Initiated on"}[status],
               when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Disbursed", "Credited to dealer", "Paid"]),
                      "failed": "Returned - dealer a/c details mismatch",
                      "pending": rng.choice(["In process", "Disbursal in process"])}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Deliver the product only after the customer's KYC and the delivery order are complete.")
    if kind == "paper":
        p.add("right", "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 3. a card EMI charge slip


EMI_HEADS = ["PINE LABS", "HDFC BANK", "ICICI BANK", "SBI PAYMENTS", "AXIS BANK", "MSWIPE", "WORLDLINE", "EZETAP"]
EMI_BANKS = ["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK", "KOTAK BANK", "BOB CARD", "IDFC FIRST", "RBL BANK"]


def emi_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The counter terminal's card EMI charge slip (Pine Labs, a bank's, SBI Payments, Mswipe, Worldline, Ezetap;
    monospace): the terminal's name, the shop in capitals under it, MID, TID, DATE, BATCH, INVOICE NO, EMI SALE /
    BRAND EMI, the issuer and the card masked, the product, TXN AMOUNT (less an instant discount on some: the sum
    charged), TENURE, INTEREST RATE p.a., EMI AMOUNT, TOTAL PAYABLE WITH INTEREST, APPR CODE, RRN; APPROVED /
    DECLINED / TXN PENDING."""
    k = place("emi_slip")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, caps=1.0)
    model, price = rng.choice(PHONES)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    mark = rng.choice(["RS.", "Rs.", "INR ", "RS "])
    grouped = rng.random() < 0.4

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to, SHOPS[j.town][0].upper(), SHOPS[j.town][1].upper(), "MOBILE STORE")
                if fits(p, "center", n))
    p.part = "head"
    p.add("center", EMI_HEADS[k])
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
    scheme = rng.choice(["EMI SALE", "BANK EMI", "BRAND EMI"])
    p.add("center", scheme)
    p.add("left", f"{EMI_BANKS[rng.randrange(len(EMI_BANKS))]} {rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} CREDIT")
    p.add("left", f"CARD: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.add("left", rng.choice(["CHIP  PIN", "TAP (CONTACTLESS)", "CHIP"]))
    short = model.upper()[:24].strip()
    p.add("left", f"PRODUCT: {short}" if fits(p, "left", f"PRODUCT: {short}") else short)
    price = round(price * rng.uniform(0.95, 1.0), 0)
    disc = float(rng.choice([1000, 1500, 2000, 3000])) if rng.random() < 0.45 else 0.0
    charged = round(price - disc, 2)
    j.amount = charged
    if disc:
        p.pair(rng.choice(["ITEM PRICE:", "PRODUCT AMT:"]), sale(price))
        p.pair(rng.choice(["INSTANT DISC:", "CASHBACK (INSTANT):"]), sale(disc))
    p.pair(rng.choice(["TXN AMOUNT:", "EMI TXN AMT:", "AMOUNT:"]), sale(charged), amount=charged)
    months = rng.choice([3, 6, 9, 12, 18])
    rate = rng.choice([0.0, 13.0, 14.0, 15.0, 16.0]) if scheme != "BRAND EMI" else 0.0
    monthly = round(charged / months if rate == 0 else charged * (rate / 1200) / (1 - (1 + rate / 1200) ** -months), 2)
    p.pair("TENURE:", f"{months} MONTHS")
    p.pair(rng.choice(["INTEREST RATE:", "ROI (P.A.):"]), f"{rate:.2f}%")
    p.pair(rng.choice(["EMI AMOUNT:", "MONTHLY EMI:"]), sale(monthly))
    p.pair(rng.choice(["TOTAL PAYABLE:", "TOTAL AMT WITH INT:"]), sale(charged if rate == 0 else round(monthly * months, 2)))
    if not j.no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.7 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "EMI APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]), "pending": "TXN PENDING"}[status],
          status=status)
    if status == "failed":
        p.add("center", rng.choice(["51-INSUFFICIENT LIMIT", "05-DO NOT HONOUR"]))
    elif status == "pending":
        p.add("center", "HOST NOT RESPONDING - CHECK STATUS")
    p.part = "foot"
    p.add("small", "EMI CONVERSION SUBJECT TO ISSUER'S T&C. INTEREST CHARGED BY THE ISSUER.")
    p.add("center", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 4. the shop's GST invoice for a phone


INVOICE_WAYS = ["UPI", "card", "cash", "UPI", "card", "UPI", "cash", "card"]


def phone_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's TAX INVOICE for a phone (and accessories on some): the shop on top (the payee), GSTIN, Invoice No.,
    Date, Bill to the customer, the phone with IMEI 1 / IMEI 2 and its serial number (never ids), HSN 8517, taxable
    value, CGST / SGST @ 9%, Total, Amount received (a part on a PART PAID bill, Balance due), cash / UPI and its
    reference / a card and its approval code, PAID / PART PAID / PAYMENT PENDING / UPI PAYMENT FAILED in a row and in
    the shop's rubber stamp."""
    k = place("phone_invoice")
    status = outcome(k, failed=(2,), pending=(7,))
    way = INVOICE_WAYS[k] if status != "failed" else "UPI"
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, firm=0.4)
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.3)
    letterhead(p, j, j.to, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "RETAIL INVOICE"])
    if not j.no_ref:
        inv = rng.choice([f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["Invoice No.", "Inv No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice Date", "Dated"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Customer", "Buyer"]), j.customer)
    p.pair("Mobile", f"{rng.choice('6789')}{digits(rng, 9)}")
    p.add("rule")
    model, price = rng.choice(PHONES)
    total = price
    wrap_pair(p, "Item", f"{model} (HSN 8517)")
    p.pair("IMEI 1", imei(rng))
    if rng.random() < 0.7:
        p.pair("IMEI 2", imei(rng))
    if rng.random() < 0.4:
        p.pair("Serial No.", code(rng, 11, UPPER + "0123456789"))
    p.pair("Price (incl. GST)", rs(price))
    for name, acc in rng.sample(ACCESSORIES, rng.randint(0, 2)):
        p.pair(name, rs(acc))
        total += acc
    total = round(total, 2)
    taxable = round(total / 1.18, 2)
    tax = round((total - taxable) / 2, 2)
    p.add("rule")
    p.pair("Taxable value", rs(taxable))
    p.pair("CGST @ 9%", rs(tax))
    p.pair("SGST @ 9%", rs(round(total - taxable - tax, 2)))
    p.pair(rng.choice(["Total", "Invoice Total", "Grand Total"]), rs(total))
    if rng.random() < 0.5:
        p.add("small", words_in_rupees(total))
    part = status == "success" and k in (3, 5)
    paid = whole(total * rng.uniform(0.3, 0.7), 500) if part else total
    j.amount = paid
    p.pair(rng.choice(["Amount received", "Received", "Paid amount"]) if status == "success" else "Amount",
           rs(paid), amount=paid)
    if part:
        p.pair(rng.choice(["Balance due", "Balance payable"]), rs(round(total - paid, 2)))
    p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (PhonePe QR)", "GPay / UPI"]),
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UTR", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
    word = {"success": "PART PAID" if part else rng.choice(["PAID", "PAID - THANK YOU"]),
            "failed": "UPI PAYMENT FAILED", "pending": "PAYMENT PENDING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Warranty by the brand's service centre only. Goods once sold will not be taken back.")
    p.add("right", "Authorised Signatory")
    head_line = SHOPS[j.town][0] if len(SHOPS[j.town][0]) < 30 else SHOPS[j.town][2]
    seal(p, head_line, "SALES", None if j.no_day or status != "success" else j.date, word)
    return p.done()


# ---------------------------------------------------------------- 5. the repair counter's job sheet


JOB_KINDS = ["advance", "delivery", "advance", "delivery", "advance", "delivery", "advance", "delivery"]
JOB_WAYS = ["cash", "UPI", "UPI", "cash", "UPI", "card", "cash", "UPI"]


def job_sheet(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The repair counter's job sheet: the shop's repair counter (or the shop) on top (the payee), JOB SHEET /
    SERVICE RECEIPT, Job No. (the order's number), Date, the customer and mobile, the device, its IMEI (never an id),
    the fault, the estimate, then either Advance paid (Balance on delivery and the expected delivery day are no
    facts) or, at delivery, the final bill, Less: advance paid earlier and Balance received; cash / UPI / card;
    ADVANCE RECEIVED / PAID - DELIVERED / UPI FAILED / UPI NOT CONFIRMED."""
    k = place("job_sheet")
    status = outcome(k, failed=(6,), pending=(1,))
    kind, way = JOB_KINDS[k], JOB_WAYS[k]
    if status != "success":
        way = "UPI"
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, firm=0.0, repair=0.6, caps=0.3)
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, j, j.to, ["JOB SHEET", "SERVICE JOB CARD - CUSTOMER COPY"] if kind == "advance"
               else ["SERVICE RECEIPT", "DELIVERY RECEIPT - REPAIR"],
               sub=["Mobile & Tablet Repairs - Chip level service", "All brands mobile service centre"])
    if not j.no_ref:
        job = rng.choice([f"JS-{rng.randrange(1000, 99999)}", f"{code(rng, 1, 'RJS')}{j.year().replace('-', '')}"
                          f"{rng.randrange(100, 9999)}", str(rng.randrange(1000, 9999))])
        p.pair(rng.choice(["Job No.", "Job Sheet No.", "Job ID"]), job, txn=(ORDER_RANK, job))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Received on"] if kind == "advance" else ["Date", "Delivered on"]),
               when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    wrap_pair(p, rng.choice(["Customer", "Name"]), j.customer)
    p.pair(rng.choice(["Mobile", "Contact"]), f"{rng.choice('6789')}{digits(rng, 9)}")
    model = rng.choice(PHONES)[0].rsplit(" ", 1)[0]
    wrap_pair(p, rng.choice(["Device", "Model"]), model)
    p.pair("IMEI", imei(rng))
    faults = rng.sample(FAULTS, rng.randint(1, 2))
    for fault, _ in faults:
        wrap_pair(p, rng.choice(["Fault", "Problem"]), fault)
    estimate = round(sum(cost for _, cost in faults) * rng.uniform(0.9, 1.3), -1)
    p.pair(rng.choice(["Estimate", "Estimated charges"]), rs(estimate))
    if kind == "advance":
        advance = whole(estimate * rng.uniform(0.3, 0.6), 100)
        j.amount = advance
        p.pair(rng.choice(["Advance paid", "Advance received", "Advance"]) if status == "success" else "Advance",
               rs(advance), amount=advance)
        p.pair(rng.choice(["Balance on delivery", "Balance payable at delivery"]), rs(round(estimate - advance, 2)))
        if not j.no_day:
            p.pair(rng.choice(["Expected delivery", "Ready by"]),
                   when(j.date + dt.timedelta(days=rng.randrange(1, 5)), rng.choice(SLIP_PATS)))
    else:
        final = round(estimate * rng.uniform(0.95, 1.1), -1)
        advance = whole(estimate * rng.uniform(0.2, 0.5), 100)
        balance = round(final - advance, 2)
        j.amount = balance
        p.pair(rng.choice(["Final bill", "Total charges"]), rs(final))
        p.pair("Less: Advance paid earlier", rs(advance))
        p.pair(rng.choice(["Balance received", "Balance paid"]) if status == "success" else "Balance",
               rs(balance), amount=balance)
    p.pair(rng.choice(["Paid by", "Mode", "Payment"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)"]), "card": f"Card {masked(rng, font)}"}[way],
           method=way)
    if not j.no_ref and status == "success" and way == "UPI":
        p.pair(rng.choice(["UPI Ref", "UTR", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
    word = {"success": rng.choice(["ADVANCE RECEIVED", "RECEIVED"]) if kind == "advance"
            else rng.choice(["PAID - DELIVERED", "PAID"]),
            "failed": "UPI PAYMENT FAILED", "pending": "UPI NOT CONFIRMED - PENDING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Not responsible for data loss. Devices not collected within 60 days will be disposed.")
    p.add("right", "Service Engineer")
    return p.done()


# ---------------------------------------------------------------- 6. a brand's authorised service centre invoice


# each town's authorised service centre: the brand, the centre's business name
ASCS = [("Samsung Service", "Sevoke Digital Care"), ("Xiaomi Service", "Tata Nagar Mi Care Centre"),
        ("Apple Authorised Service Provider", "Unicorn Infosolutions Ajmer"), ("OnePlus Service Centre",
                                                                             "Shahupuri Tech Services"),
        ("vivo Service Centre", "Nellai Mobile Solutions"), ("Samsung Service", "Vidyanagar Electronics Care"),
        ("Xiaomi Service", "Rohilkhand Digital Service"), ("Apple Authorised Service Provider",
                                                          "Meenachil Infotech Services")]
ASC_WAYS = ["card", "UPI", "card", "UPI", "UPI", "card", "UPI", "card"]
PARTS = [("Display assembly (OLED)", 7800.0), ("Battery", 1900.0), ("Sub PBA / charging board", 850.0),
         ("Back glass", 2400.0), ("Rear camera module", 3600.0), ("Speaker module", 700.0)]


def service_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A brand's authorised service centre's invoice for an out-of-warranty repair the shop took there for a customer
    (Samsung, Xiaomi, Apple authorised, OnePlus, vivo; a browser's PDF or paper): the brand's service name on top (not
    the payee), the centre's business under it (the payee), its GSTIN, Service Request No. / Job No. (the order's
    number), Invoice No., Invoice Date, Customer the shop (the payer), the model and IMEI / serial (never ids), parts,
    labour, CGST / SGST @ 9%, Total, card (approval code, RRN) or UPI (UPI reference); PAID / PAYMENT RECEIVED,
    Payment failed, Payment pending."""
    k = place("service_invoice")
    status = outcome(k, failed=(1,), pending=(4,))
    way = ASC_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    brand, centre = ASCS[j.town]
    payee = centre.upper() if rng.random() < 0.3 else centre
    city = CITIES[j.town]
    if k % 2:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = rng.choice(["gspn.samsungcsportal.com/invoice/print", "service.mi.com/in/invoice",
                                             "gsx2.apple.com/repairs/invoice", "asc.portal/invoice/view"])
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    p.add("center", brand)
    top(p, payee, merchant=payee)
    p.add("small", f"{rng.randrange(2, 120)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(["TAX INVOICE", "SERVICE INVOICE", "REPAIR INVOICE"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        sr = rng.choice([f"4{digits(rng, 9)}", f"SR{digits(rng, 8)}", f"R{digits(rng, 9)}"])
        p.pair(rng.choice(["Service Request No.", "Job No.", "SR No."]), sr, txn=(ORDER_RANK, sr))
        inv = f"{code(rng, 3, UPPER)}{j.year().replace('-', '').strip('/')}{digits(rng, 6)}"
        p.pair(rng.choice(["Invoice No.", "Inv No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Date", "Date", "Payment Date"]), stamp(rng, j.date, SLIP_PATS, hour=k % 2 == 1),
               date=j.date)
    wrap_pair(p, rng.choice(["Customer", "Customer Name"]), SHOPS[j.town][rng.choice([0, 1])])
    model = rng.choice(PHONES)[0]
    wrap_pair(p, "Model", model)
    p.pair(rng.choice(["IMEI", "IMEI / Serial"]), imei(rng))
    p.pair("Warranty", "Out of warranty")
    p.add("rule")
    total = 0.0
    for name, price in rng.sample(PARTS, rng.randint(1, 2)):
        price = round(price * rng.uniform(0.8, 1.25), 0)
        p.pair(name, rs(price))
        total += price
    labour = float(rng.choice([300, 450, 600, 850]))
    p.pair(rng.choice(["Labour / service charge", "Service charge"]), rs(labour))
    total = round(total + labour, 2)
    taxable = round(total / 1.18, 2)
    tax = round((total - taxable) / 2, 2)
    p.pair("Taxable value", rs(taxable))
    p.pair("CGST @ 9%", rs(tax))
    p.pair("SGST @ 9%", rs(round(total - taxable - tax, 2)))
    p.add("rule")
    j.amount = total
    p.pair(rng.choice(["Total Amount", "Grand Total", "Net Payable"]), rs(total), amount=total)
    p.pair(rng.choice(["Payment Mode", "Paid by", "Mode of payment"]),
           way_text(rng, font, way) if way == "card" else rng.choice(["UPI", "UPI (Bharat QR)"]), method=way)
    if not j.no_ref and status == "success":
        if way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
            if rng.random() < 0.5:
                p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        else:
            p.pair(rng.choice(["UPI Ref No.", "UPI Transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
    p.pair(rng.choice(["Payment Status", "Status"]),
           {"success": rng.choice(["Paid", "Payment received"]), "failed": "Payment failed",
            "pending": rng.choice(["Payment pending", "Awaiting confirmation"])}[status], status=status)
    p.part = "foot"
    p.add("small", "Repaired parts carry 90 days' warranty. Keep this invoice for any claim.")
    return p.done()


# ---------------------------------------------------------------- 7. the shop's payment to its distributor


DISTRIBUTORS = ["Shree Ganesh Telecom Distributors", "Eastern Mobile Distribution Co.", "Rajputana Telelinks Pvt Ltd",
                "Sahyadri Mobile Distributors", "Tamirabarani Telecom Agencies", "Karnataka Cellular Distributors",
                "Rohilkhand Telecom Pvt Ltd", "Malabar Mobiles Distribution LLP"]
SHOP_BANKS = {0: ("HDFC Bank NetBanking", None, "web", "NEFT", "HDFC"), 3: ("Kotak Mahindra Bank", (220, 30, 40),
                                                                            "app", "IMPS", "KKBK"),
              6: ("OnlineSBI - Corporate", None, "web", "RTGS", "SBIN")}
SHOP_URLS = {0: "netbanking.hdfcbank.com/netbanking/txnack", 6: "corp.onlinesbi.sbi/corporate/fundstransfer/ack"}
STOCK = ["Samsung Galaxy A-series (24 pcs)", "Redmi Note 13 series (40 pcs)", "vivo T3 / Y-series (30 pcs)",
         "Accessories - chargers and cables", "realme 12 series (18 pcs)", "OPPO A-series (20 pcs)"]


def distributor_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop paying its distributor for stock by NEFT / RTGS / IMPS: its bank's acknowledgement (HDFC NetBanking,
    Kotak's app, OnlineSBI corporate: heldout124's page, the distributor under Beneficiary Name / Payee) or the
    distributor's payment receipt (paper or e-mail: the distributor on top, the payee; Receipt No., Received from
    the shop, towards stock, Amount received, the rail, UTR, Credited on; Outstanding before and after are no
    facts); Payment received / NEFT returned / Credit awaited."""
    k = place("distributor_payment")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=40000, high=900000, p_round=0.5)
    dist = DISTRIBUTORS[j.town]
    j.to = dist.upper() if rng.random() < 0.3 else dist
    if k in SHOP_BANKS:
        row = SHOP_BANKS[k]
        p, _ = transfer_ack(rng, font, k, row, status, j, url=SHOP_URLS.get(k), widths=[720, 760],
                            third_head="Supplier payment", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Reference No.", "Transaction ID"], txn_label="Transaction ID")
        p.pair("Remarks", rng.choice(["Stock payment", "Bill payment - mobiles", "Purchase ac"]))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Never share your OTP or password with anyone.")
        return p.done()
    kind = "mail" if k in (2, 7) else "paper"
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{dist.split(' Pvt')[0]} Accounts <accounts@{dist.split()[0].lower()}telecom.in>",
                   rng.choice(["Payment received - thank you", "Receipt for your payment"]))
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.3 if kind == "paper" else 0.0)
    letterhead(p, j, j.to, ["PAYMENT RECEIPT", "RECEIPT VOUCHER", "ACKNOWLEDGEMENT OF PAYMENT"],
               sub=["Authorised distributor - mobiles & accessories", "Super stockist - smartphones and tablets"])
    if not j.no_ref:
        rno = rng.choice([f"RV/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["Receipt No.", "Voucher No."]), rno, txn=(INVOICE_RANK, rno))
    wrap_pair(p, rng.choice(["Received from", "Received with thanks from"]), f"M/s {SHOPS[j.town][rng.choice([0, 1])]}")
    wrap_pair(p, "Towards", rng.choice(STOCK))
    p.pair(rng.choice(["Outstanding before", "Due before payment"]), rs(round(j.amount * rng.uniform(1.1, 1.8), -2)))
    p.pair(rng.choice(["Amount received", "Amount"]) if status == "success" else "Amount", rs(j.amount),
           amount=j.amount)
    mode = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Mode", "Received by"]), mode, method="netbanking")
    if not j.no_ref and status == "success":
        ref = (neft_utr if mode == "NEFT" else rtgs_utr)(rng.choice(["SBIN", "HDFC", "ICIC", "KKBK"]), rng, j.date)
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Credited on", f"{mode} received on", "Date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Payment received", "Credited"]),
                      "failed": f"{mode} returned - credit not received",
                      "pending": "Credit awaited - under verification"}[status], status=status)
    p.part = "foot"
    p.add("small", "Subject to realisation. Please quote the receipt number in all correspondence.")
    p.add("right", "For Accounts")
    return p.done()


# ---------------------------------------------------------------- 8. a buyback voucher for an old phone


BUYBACK_WAYS = ["UPI", "cash", "netbanking", "UPI", "cash", "UPI", "netbanking", "UPI"]
DEDUCTIONS = [("Screen scratches", 500.0), ("Back panel dent", 300.0), ("Battery health below 80%", 700.0),
              ("Charger / box not given", 200.0), ("Face ID not working", 2500.0), ("Camera spot", 600.0)]


def buyback_voucher(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop buying a customer's old phone (paper): BUYBACK / OLD PHONE PURCHASE VOUCHER, the shop on top (the
    payer), Voucher No., Date, Paid to / Payee / Seller the customer (the payee), the old phone and its IMEI (never an
    id), ID proof, the quoted price, Less: deductions for its condition, Amount paid (the sum moved), UPI and its
    reference / NEFT and its UTR / cash; PAID / UPI PAYOUT FAILED / PAYOUT PENDING, the shop's stamp."""
    k = place("buyback_voucher")
    status = outcome(k, failed=(3,), pending=(5,))
    way = BUYBACK_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.5)
    letterhead(p, j, SHOPS[j.town][rng.choice([0, 1])], ["BUYBACK VOUCHER", "OLD PHONE PURCHASE VOUCHER",
                                                         "EXCHANGE / BUYBACK PAYMENT VOUCHER"], merchant=False)
    if not j.no_ref:
        vno = rng.choice([f"BB/{j.year()}{rng.randrange(1, 999):03d}", str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["Voucher No.", "Buyback No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    seller = rng.choice([j.customer, j.customer.upper()])
    wrap_pair(p, rng.choice(["Paid to", "Payee", "Seller name"]), seller, merchant=seller)
    p.pair(rng.choice(["ID proof", "KYC"]), rng.choice([f"Aadhaar XXXX XXXX {digits(rng, 4)}",
                                                        f"DL {code(rng, 2, UPPER)}{digits(rng, 11)}"]))
    wrap_pair(p, rng.choice(["Old device", "Handset purchased"]), rng.choice(PHONES)[0].rsplit(" ", 1)[0])
    p.pair("IMEI", imei(rng))
    quote = float(rng.choice(range(3000, 42000, 500)))
    p.pair(rng.choice(["Quoted price", "Buyback value (quoted)"]), rs(quote))
    less = rng.sample(DEDUCTIONS, rng.randint(0, 2))
    for name, cut in less:
        p.pair(f"Less: {name}", rs(cut))
    paid = round(quote - sum(cut for _, cut in less), 2)
    j.amount = paid
    p.add("rule")
    p.pair(rng.choice(["Amount paid", "Net amount paid", "Buyback amount paid"]) if status == "success"
           else "Amount payable", rs(paid), amount=paid)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(paid)})")
    p.pair(rng.choice(["Paid by", "Mode"]), {"UPI": rng.choice(["UPI", "UPI to seller's VPA"]), "cash": "Cash",
                                             "netbanking": "IMPS"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            p.pair(rng.choice(["IMPS Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    word = {"success": "PAID", "failed": "UPI PAYOUT FAILED", "pending": "PAYOUT PENDING"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "I declare the handset is my own and free of any dispute or finance.")
    p.add("pair", "Seller's signature", "For the Shop")
    head_line = SHOPS[j.town][0] if len(SHOPS[j.town][0]) < 30 else SHOPS[j.town][2]
    seal(p, head_line, "BUYBACK DESK", None if j.no_day or status != "success" else j.date, word)
    return p.done()


# ---------------------------------------------------------------- 9. a recharge from the retailer app


RETAILER_APPS = [("PayNearby", (0, 102, 204)), ("Spice Money", (230, 60, 30)), ("Airtel Mitra", (220, 0, 0)),
                 ("Jio POS Plus", (15, 60, 200)), ("Roinet Xpresso", (0, 130, 90)), ("Vi Smart Connect", (230, 0, 90)),
                 ("PayNearby", (0, 102, 204)), ("Spice Money", (230, 60, 30))]
OPERATORS = [("Airtel Prepaid", "mobile"), ("Jio Prepaid", "mobile"), ("Vi Prepaid", "mobile"),
             ("BSNL Prepaid", "mobile"), ("Tata Play", "dth"), ("Airtel Digital TV", "dth"), ("Dish TV", "dth"),
             ("Sun Direct", "dth")]
PLANS = [199.0, 249.0, 299.0, 349.0, 399.0, 449.0, 666.0, 719.0, 859.0, 1799.0, 2999.0, 3599.0]


def recharge_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A prepaid mobile or DTH recharge done at the counter from the shop's retailer app (PayNearby, Spice Money,
    Airtel Mitra, Jio POS Plus, Roinet, Vi Smart Connect; dark on some): the app on its band, the outcome, the sum
    large, Operator / Biller the operator (the payee), the customer's mobile or subscriber number (never ids), the
    plan, Paid from the app's balance, Txn ID and the operator's reference, the day, the retailer's margin and
    balance (no facts)."""
    k = place("recharge_receipt")
    status = outcome(k, failed=(2,), pending=(5,))
    app, band = RETAILER_APPS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    operator, kind = rng.choice(OPERATORS)
    if app == "Airtel Mitra":
        operator, kind = rng.choice([("Airtel Prepaid", "mobile"), ("Airtel Digital TV", "dth")])
    elif app == "Jio POS Plus":
        operator, kind = "Jio Prepaid", "mobile"
    elif app == "Vi Smart Connect":
        operator, kind = "Vi Prepaid", "mobile"
    j.to = operator
    j.amount = rng.choice(PLANS)
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Recharge status", "Receipt"]), buttons=rng.choice([("Share", "Print"), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.9)
    head(p, app, band, dark, ["Retailer", "Recharge", "Mobile & DTH Recharge"])
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Recharge Successful", "Transaction Successful", "Recharge done"],
                            "failed": ["Recharge Failed", "Transaction Failed"],
                            "pending": ["Recharge Pending", "Transaction in process"]})
    p.part = "amount"
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "body"
    p.pair(rng.choice(["Operator", "Biller"]), operator, merchant=operator)
    if kind == "mobile":
        p.pair(rng.choice(["Mobile No.", "Customer Mobile"]), f"{rng.choice('6789')}{digits(rng, 9)}")
        p.pair("Plan", rng.choice(["28 days, 1.5GB/day", "84 days, 2GB/day", "Unlimited calls, 56 days",
                                   "365 days, 2.5GB/day"]))
    else:
        p.pair(rng.choice(["Subscriber ID", "Customer ID", "VC No."]), digits(rng, rng.choice([10, 11])))
        p.pair("Pack", rng.choice(["Hindi Basic HD (1 month)", "Family Pack (3 months)", "Value Sports (1 month)"]))
    p.pair(rng.choice(["Paid from", "Debited from", "Payment mode"]), rng.choice(["Main wallet", f"{app} wallet",
                                                                                 "Retailer balance"]),
           method="wallet")
    if not j.no_ref:
        tid = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 12)}", digits(rng, 14)])
        labelled(p, rng.choice(["Txn ID", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            opref = rng.choice([digits(rng, 10), f"{code(rng, 2, UPPER)}{digits(rng, 9)}"])
            labelled(p, rng.choice(["Operator Ref No.", "Operator Txn ID"]), opref, txn=(BANK_RANK, opref))
    if not j.no_day:
        labelled(p, rng.choice(["Date & Time", "Date", "Recharged on"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "success":
        p.pair(rng.choice(["Your margin", "Commission earned"]), rs(round(j.amount * rng.choice([0.02, 0.03]), 2)))
    elif status == "failed":
        p.add("small", "The amount has been refunded to your wallet.")
    else:
        p.add("small", "Do not recharge again. The operator has not confirmed yet.")
    p.pair(rng.choice(["Wallet balance", "Closing balance"]), rs(round(rupees(rng, 500, 25000, 0.2), 2)))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Customer care: call the operator for plan-related queries.")
    return p.done()


# ---------------------------------------------------------------- 10. a device-protection plan


PROVIDERS = [("Onsitego", "mail", "support@onsitego.com"), ("OneAssist", "phone", None),
             ("Servify Care", "mail", "care@servify.in"), ("Acko General Insurance", "browser", None),
             ("ICICI Lombard General Insurance", "mail", "customersupport@icicilombard.com"), ("Onsitego", "phone", None),
             ("Digit Insurance", "browser", None), ("OneAssist", "mail", "care@oneassist.in")]
PLAN_WAYS = ["card", "UPI", "UPI", "card", "UPI", "card", "UPI", "card"]
PLAN_KINDS = ["Extended Warranty (1 year)", "Screen Protection (1 year)", "Total Damage Protection",
              "Mobile Protection Plan - Accidental & Liquid Damage", "Extended Warranty + Screen Protection"]


def protection_plan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's device-protection or extended-warranty plan bought at the counter (Onsitego, OneAssist, Servify,
    Acko, ICICI Lombard, Digit; e-mail, phone or browser): the provider on top (the payee), the plan, the phone and
    its IMEI, Policy / Membership No. (never ids), plan price, GST @ 18%, Amount paid, card / UPI, Order ID,
    Transaction ID, a bank reference on some, Payment date, valid from / till (no facts); Plan activated, Payment
    failed, Payment pending."""
    k = place("protection_plan")
    status = outcome(k, failed=(6,), pending=(3,))
    provider, kind, sender = PROVIDERS[k]
    way = PLAN_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2)
    j.to = provider
    model, price = rng.choice(PHONES)
    base = whole(price * rng.uniform(0.05, 0.1), 10) - 1
    gst = round(base * 0.18, 2)
    total = round(base + gst, 2)
    j.amount = total
    if kind == "phone":
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]), buttons=rng.choice([("Done",), ()]))
        phone_frame(p, k)
        head(p, provider, (255, 120, 0) if provider == "OneAssist" else (0, 150, 136), dark, ["My plans"])
    else:
        p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        if kind == "mail":
            mail_frame(p, f"{provider} <{sender}>", rng.choice(["Your plan is active", "Payment receipt",
                                                                 "Order confirmation - device protection"]))
        else:
            p.style["h106"]["url"] = {"Acko General Insurance": "www.acko.com/gi/device/receipt",
                                      "Digit Insurance": "www.godigit.com/mobile-insurance/payment"}[provider]
    rs = money(rng, font, 0.1)
    p.part = "head"
    if kind != "phone":
        top(p, provider, merchant=provider)
    else:
        at = next(i for i, row in enumerate(p.rows) if row[0] == "title")
        p.tags[at] = ("head", {"merchant": provider})  # the app's own name on its band is the provider paid
    p.add("center", rng.choice(["Payment Receipt", "Plan Purchase Confirmation", "Receipt"]))
    p.part = "body"
    status_line(p, {"success": ["Plan activated - payment received", "Payment Successful", "Premium received"],
                    "failed": ["Payment Failed", "Payment declined"],
                    "pending": ["Payment Pending", "Payment pending - plan not yet active"]}, status)
    wrap_pair(p, "Plan", rng.choice(PLAN_KINDS))
    wrap_pair(p, "Device", model)
    p.pair("IMEI", imei(rng))
    p.pair(rng.choice(["Customer", "Customer Name"]), j.customer)
    p.pair(rng.choice(["Policy No.", "Membership No."]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    bought = SHOPS[j.town][0] if fits(p, "pair", f"Purchased at {SHOPS[j.town][0]}   ") else CITIES[j.town][0]
    p.pair("Purchased at", bought)
    p.pair("Plan price", rs(base))
    p.pair("GST @ 18%", rs(gst))
    p.pair(rng.choice(["Amount paid", "Total paid", "Total Amount"]) if status == "success" else "Amount",
           rs(total), amount=total)
    p.pair(rng.choice(["Paid via", "Payment mode"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        oid = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
        labelled(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        tid = rng.choice([f"pay_{code(rng, 14, MIXED)}", digits(rng, 16)])
        labelled(p, rng.choice(["Transaction ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success" and rng.random() < 0.6:
            labelled(p, rng.choice(["Bank Ref No.", "UPI Ref No."]) if way == "UPI" else "Bank Ref No.", j.ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Payment date", "Paid on", "Transaction date"]) if status == "success"
                 else "Attempted on", stamp(rng, j.date, PATS, hour=rng.random() < 0.5), date=j.date)
        if status == "success":
            p.pair("Valid till", when(j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1), "%d %b %Y"))
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Your plan starts once the bank confirms the payment.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Claims: raise a request in the app with this policy number.")
    return p.done()


# ---------------------------------------------------------------- 11. a pickup-and-drop charge by a payment link


LINKS = ["Razorpay", "PayU", "Cashfree", "Easebuzz", "PhonePe PG", "Razorpay", "CCAvenue", "Cashfree"]
LINK_WAYS = ["UPI", "card", "UPI", "netbanking", "UPI", "wallet", "card", "UPI"]
PICKUPS = ["Doorstep pickup & drop - repair", "Pickup charges (display repair)", "Pickup & drop + diagnosis",
           "Courier to brand service centre", "Home pickup - battery replacement"]


def pickup_link(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer paying the repair counter's pickup-and-drop charge (a diagnosis fee on some) by a payment link the
    shop sent on WhatsApp (Razorpay, PayU, Cashfree, Easebuzz, PhonePe PG, CCAvenue; browser or phone): Paying /
    Payment to the shop (the payee), what it is for, the outcome, the sum large (Amount, Convenience fee and Total
    paid on a card: the total moved), the way, the gateway's ids, a bank or UPI reference on some, the day."""
    k = place("pickup_link")
    status = outcome(k, failed=(1,), pending=(6,))
    gw, way = LINKS[k], LINK_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=99, high=1200, p_round=0.9, firm=0.2, repair=0.4)
    fee = round(j.amount * 0.02, 2) if way == "card" and rng.random() < 0.6 else 0.0
    total = round(j.amount + fee, 2)
    if k % 2 == 0:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"rzp.io/l/{code(rng, 8, MIXED)}",
                                  "Cashfree": f"payments.cashfree.com/links/{code(rng, 10, MIXED)}",
                                  "Easebuzz": f"pay.easebuzz.in/link/{code(rng, 8, MIXED)}",
                                  "PhonePe PG": "mercury.phonepe.com/transact/pg",
                                  "PayU": f"u.payu.in/{code(rng, 8, MIXED)}",
                                  "CCAvenue": "secure.ccavenue.com/transaction/status"}[gw]
        dark = False
    else:
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title="", buttons=rng.choice([("Done",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.7)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Paying", "Payment to"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice(PICKUPS))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Paid", "Payment successful"],
                            "failed": ["Payment Failed", "Payment failed"],
                            "pending": ["Payment Pending", "Payment processing"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if fee:
        p.pair("Amount", rs(j.amount))
        p.pair(rng.choice(["Convenience fee", "Platform fee"]), rs(fee))
        p.pair(rng.choice(["Total paid", "Total"]) if status == "success" else "Total", rs(total))
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        for label, value, rank in gateway_ids(rng, gw, j.date):
            labelled(p, label, value, txn=(rank, value))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "Bank RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date", "Date & Time"]), stamp(rng, j.date, PATS),
                 date=j.date)
        if rng.random() < 0.5:
            p.pair(rng.choice(["Pickup slot", "Pickup on"]), when(j.date + dt.timedelta(days=1), "%d %b") +
                   rng.choice([", 10-12 AM", ", 4-6 PM"]))
    p.pair("Mobile", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 12. a refund for a returned phone


REFUND_WAYS = ["UPI", "card", "netbanking", "cash", "UPI", "card", "UPI", "netbanking"]
RETURN_WHY = ["Dead on arrival (DOA) - replaced by brand", "Customer returned within 7 days - unopened",
              "Display defect - DOA certificate", "Wrong variant billed"]


def return_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop refunding a returned phone (paper or e-mail): REFUND VOUCHER / CREDIT NOTE - REFUND, the shop on top
    (the payer), Refund Voucher No. / Credit Note No., Date, Refund to / Paid to / Payee Name the customer (the
    payee), the phone and its IMEI, why it came back, Bill value, Less: restocking fee or a missing accessory, Refund
    amount (the sum moved), UPI / card reversal / NEFT / cash and its reference; REFUNDED / Refund failed / Refund
    initiated."""
    k = place("return_refund")
    status = outcome(k, failed=(4,), pending=(1,))
    way = REFUND_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    mail = k in (2, 6)
    payer = SHOPS[j.town][rng.choice([0, 1])]
    if mail:
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{SHOPS[j.town][0]} <billing@{SHOPS[j.town][0].split()[0].lower()}mobiles.in>",
                   rng.choice(["Your refund", "Refund processed for your return"]))
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.0 if mail else 0.4)
    letterhead(p, j, payer, ["REFUND VOUCHER", "CREDIT NOTE - REFUND", "SALES RETURN - REFUND VOUCHER"],
               merchant=False)
    if not j.no_ref:
        no = rng.choice([f"CN/{j.year()}{rng.randrange(1, 999):03d}", f"RF{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Refund Voucher No.", "Credit Note No.", "Voucher No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Refund date"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    to = rng.choice([j.customer, j.customer, j.customer.upper()])
    wrap_pair(p, rng.choice(["Refund to", "Paid to", "Payee Name"]), to, merchant=to)
    model, price = rng.choice(PHONES)
    wrap_pair(p, "Item returned", model)
    p.pair("IMEI", imei(rng))
    wrap_pair(p, "Reason", rng.choice(RETURN_WHY))
    p.pair(rng.choice(["Bill value", "Original bill amount"]), rs(price))
    cut = float(rng.choice([0, 0, 500, 999, 1500]))
    if cut:
        p.pair(rng.choice(["Less: Restocking fee", "Less: Earphones not returned"]), rs(cut))
    refund = round(price - cut, 2)
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
            ref = neft_utr(rng.choice(["HDFC", "SBIN", "ICIC"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {"success": rng.choice(["REFUNDED", "REFUND PAID"]),
            "failed": rng.choice(["REFUND FAILED - UPI ID INACTIVE", "Refund failed"]),
            "pending": rng.choice(["REFUND INITIATED - CREDIT IN 5-7 DAYS", "Refund pending"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Received the above refund in full and final settlement of the return.")
    if not mail:
        p.add("pair", "Customer's signature", "For the Shop")
    return p.done()


compose = compose121

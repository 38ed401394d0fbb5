"""The twelve heldout140 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a homestay and small hotel's day in 2026 (one property in each of Munnar, Madikeri,
Kasauli, Gokarna, Darjeeling, Ooty, Rishikesh and Varkala, a trade name and its registered firm), told by the proofs
of payment it receives and makes: guests' UPI for room advances and balances, a corporate guest's or a tour group's
bank transfer, the front desk's card slips (a pre-auth at check-in), a foreign guest's card slip with or without
currency conversion, an online travel agency's monthly settlement net of commission, the property's own guest folio
cum receipt, the laundry and linen vendor's and the grocery wholesaler's bills, electricity and water bills through
Bharat Connect (BBPS), the property-management software's subscription charged to a card, the taxi partner's
payout, refunds of cancelled stays (full and partial), and the tourism licence fee and GST challans. Every row is
added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, room numbers, nights, check-in and check-out days, tariffs, meal plans, advances, booking and
reservation ids, property ids, commissions, GST, TCS and TDS lines, GSTIN, consumer numbers, units, bill and due
days, billing periods, plans, original payment ids, licence numbers, account numbers, IFSC, MID, TID and batch, the
exchange rate and the local sale on a converted slip, and the payer's own details carry no fact. ``compose`` is
heldout121's (heldout119's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# town, PIN code, locality, state, GST state code
TOWNS = [("Munnar", "685612", "Chithirapuram", "Kerala", "32"),
         ("Madikeri", "571201", "Galibeedu Road", "Karnataka", "29"),
         ("Kasauli", "173204", "Garkhal", "Himachal Pradesh", "02"),
         ("Gokarna", "581326", "Kudle Beach Road", "Karnataka", "29"),
         ("Darjeeling", "734101", "Gandhi Road", "West Bengal", "19"),
         ("Ooty", "643001", "Fern Hill", "Tamil Nadu", "33"),
         ("Rishikesh", "249137", "Tapovan", "Uttarakhand", "05"),
         ("Varkala", "695141", "North Cliff", "Kerala", "32")]
# the property in each town: its trade name, its firm
TRADE, FIRM = range(2)
STAYS = [("Tea Valley Homestay", "Tea Valley Hospitality LLP"),
         ("Coffee Bean Homestay", "Kodagu Nest Stays Pvt Ltd"),
         ("Pinecrest Cottage", "Pinecrest Hotels & Resorts Pvt Ltd"),
         ("Om Shanti Beach Stay", "Shanti Coastal Hospitality LLP"),
         ("Kanchenjunga View Homestay", "Himalayan Heritage Stays Pvt Ltd"),
         ("Nilgiri Mist Inn", "Nilgiri Mist Hotels Pvt Ltd"),
         ("Ganga Kinare Guest House", "Ganga Kinare Hospitality Pvt Ltd"),
         ("Cliffside Sea View Hotel", "Cliffside Resorts LLP")]
SLUGS = ["teavalley", "coffeebean", "pinecrest", "omshanti", "kanchenview", "nilgirimist", "gangakinare",
         "cliffside"]
GUESTS = ["Ananya Iyer", "Rahul Mehta", "Sneha Reddy", "Arjun Nair", "Priya Banerjee", "Kunal Kapoor",
          "Divya Menon", "Siddharth Rao", "Meera Joshi", "Aakash Gupta", "Tanvi Shah", "Nikhil Verma"]
FOREIGNERS = ["Emma Schultz", "James Whitaker", "Lucas Moreau", "Sofia Rossi", "Hannah Becker", "Daniel Cooper",
              "Elena Garcia", "Oliver Bennett"]
ROOMS = ["Deluxe Double", "Valley View Room", "Garden Cottage", "Family Suite", "Sea View Room", "Standard Twin",
         "Attic Room", "Tree House"]
STAY_SUBS = ["Homestay | Cottages | Plantation walks", "Rooms - Cafe - Treks & sightseeing",
             "Approved homestay - Dept. of Tourism", "Boutique stay with home-cooked meals"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from the bank. Show this screen at the front desk."]
DAY_PATS = ["%d/%m/%Y", "%d-%b-%Y", "{d} %B %Y", "%d.%m.%Y", "%b %d, %Y", "%d-%m-%Y", "%d %b %y", "%Y-%m-%d"]


def stay(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.25) -> str:
    """The property as a payee: its trade name, its firm's on some, in capitals on some."""
    name = STAYS[i][FIRM] if rng.random() < firm else STAYS[i][TRADE]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 50000, p_round: float = 0.6, firm: float = 0.25, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(STAYS)) if town is None else town
        self.to = stay(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a stay's, a bill's, a period's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: list[str], merchant: bool = True) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub))
    p.add("small", f"{rng.randrange(2, 240)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ref_rows(p: Screen, j: Job, way: str) -> None:
    """A paid page's reference for its way: UPI Ref for UPI, an NEFT UTR, an approval code and an RRN for a card."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(["SBIN", "CNRB", "FDRL", "KARB"]), rng, j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def method_of(way: str) -> str:
    return "netbanking" if way in ("NEFT", "RTGS", "IMPS") else way


def phone_page(rng: random.Random, font: str, k: int, titles: list[str]) -> Screen:
    p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620, title=rng.choice(titles),
               buttons=rng.choice([("Download receipt",), ("Done",), ("Share", "Done"), ()]))
    phone_frame(p, k)
    return p


def mail_page(rng: random.Random, font: str, sender: str, subjects: list[str]) -> Screen:
    p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    mail_frame(p, sender, rng.choice(subjects))
    return p


def browser_page(rng: random.Random, font: str, url: str) -> Screen:
    p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    p.style["h106"]["url"] = url
    return p


def paper_page(rng: random.Random, font: str, widths: list[int]) -> Screen:
    p = screen(rng, font, width=rng.choice(widths), size=rng.choice([17, 18]))
    paper(p, rng)
    return p


def slip_page(rng: random.Random, font: str) -> Screen:
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    return p


# ---------------------------------------------------------------- 1. a guest's UPI for a room advance or balance


UPI_ORDER = ["Google Pay", "PhonePe", "Paytm", "BHIM", "Amazon Pay", "CRED", "Navi", "MobiKwik"]
STAY_NOTES = ["Room advance", "Booking advance 2N", "Balance at checkout", "Cottage advance", "Room 4 balance",
              "Stay + breakfast", "Advance for 3 rooms", "Checkout payment", "Homestay booking"]


def guest_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A guest's UPI app paying the property a room advance or the balance at checkout (Google Pay, PhonePe, Paytm,
    BHIM, Amazon Pay, CRED, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the property
    (its firm on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), a note (Room
    advance, Balance at checkout) on most."""
    k = place("guest_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=900, high=28000, p_round=0.9, firm=0.15)
    if rng.random() < 0.4:
        j.amount = float(rng.choice([1500, 2000, 2500, 3000, 4500, 5000, 7500, 10000]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, STAYS[j.town][TRADE], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(STAY_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Need help?  |  Raise a dispute"]))
    return p.done()


# ---------------------------------------------------------------- 2. a corporate guest's or a tour group's transfer


XFER = [("OnlineSBI", None, "web", "NEFT", "SBIN"),
        ("Canara ai1", (0, 120, 190), "app", "IMPS", "CNRB"),
        ("PNB ONE", (160, 20, 50), "app", "NEFT", "PUNB"),
        ("IDFC FIRST Bank Corporate", None, "web", "RTGS", "IDFB"),
        ("Union Bank Vyom", (200, 30, 40), "app", "IMPS", "UBIN"),
        ("YES CONNECT", None, "web", "NEFT", "YESB"),
        ("Indus Direct", None, "web", "RTGS", "INDB"),
        ("Kotak Mobile Banking", (237, 28, 36), "app", "NEFT", "KKBK")]
XFER_URLS = {"OnlineSBI": "retail.onlinesbi.sbi/retail/neftinterbankconfirm.htm",
             "IDFC FIRST Bank Corporate": "corporate.idfcfirstbank.com/payments/rtgs/ack",
             "YES CONNECT": "yesconnect.yesbank.co.in/corp/neft/status",
             "Indus Direct": "indusdirect.indusind.com/corp/RTGSAck"}
XFER_NOTES = ["Tour group advance - 18 pax", "Offsite stay - 6 rooms", "Room charges - corporate guest",
              "Team retreat advance", "Trek group booking advance", "Accommodation bill - Feb"]


def guest_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate guest's or a tour group's bank after an NEFT, RTGS or IMPS to the property (OnlineSBI, Canara ai1,
    PNB ONE, IDFC FIRST Bank Corporate, Union Bank Vyom, YES CONNECT, Indus Direct, Kotak Mobile Banking): heldout124's
    page, the property under Beneficiary Name / Payee / Credited to, the account and IFSC, the mode, UTR / IMPS Ref No
    and the bank's Reference No. / Transaction ID on some, the day, the debit account, Purpose / Remarks (a tour
    group's advance, an offsite's rooms)."""
    k = place("guest_transfer")
    status = outcome(k, failed=(6,), pending=(3,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (6000, 150000), "NEFT": (12000, 380000), "RTGS": (200000, 900000)}[mode]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=low, high=high, p_round=0.7, firm=0.55, caps=0.35)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay to beneficiary", payee_labels=["Beneficiary Name", "Payee", "Credited to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Reference No.", "Transaction ID", "Bank Ref."],
                  txn_label="Transaction ID")
    p.pair(rng.choice(["Purpose", "Remarks"]), rng.choice(XFER_NOTES))
    if status == "failed":
        p.add("small", "Returned by the beneficiary bank. The amount will be credited back to the debit account.")
    elif status == "pending":
        p.add("small", "The transfer is under process. Check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Bank never asks for your OTP or PIN", "This is a system generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 3. the front desk's card slip


TERMINALS = ["PINE LABS", "EZETAP BY RAZORPAY", "MSWIPE", "PAYTM EDC", "HDFC BANK", "ICICI MERCHANT SERVICES",
             "WORLDLINE", "PHONEPE POS"]


def slip_head(p: Screen, j: Job, term: str, kinds: list[str]) -> str:
    """The terminal's maker, the property in capitals (the payee), its locality and town, the slip's kind."""
    rng = p.rng
    name = STAYS[j.town][TRADE].upper() if rng.random() < 0.7 else STAYS[j.town][FIRM].upper()
    if not fits(p, "center", name):
        name = name.replace(" PVT LTD", "").replace(" LLP", "")
    p.part = "head"
    p.add("center", term)
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[j.town][2].upper()}, {TOWNS[j.town][0].upper()}")
    p.add("center", rng.choice(kinds))
    p.part = "body"
    return name


def desk_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The front desk's card terminal slip (Pine Labs, Ezetap, Mswipe, Paytm EDC, HDFC Bank, ICICI Merchant
    Services, Worldline, PhonePe POS; monospace): the maker, the property in capitals (the payee), SALE / CHARGE
    SLIP or PRE-AUTH at check-in, DATE and TIME, MID, TID, BATCH, INV NO / ROC NO, ROOM NO on some, the card, APPR
    CODE and RRN, TOTAL / SALE AMT / BASE AMT; APPROVED / DECLINED with its code / PRE-AUTH APPROVED (a hold)."""
    k = place("desk_card")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=1800, high=62000, p_round=0.55)
    p = slip_page(rng, font)
    slip_head(p, j, TERMINALS[k], ["PRE-AUTH", "AUTH ONLY - PRE-AUTH"] if status == "pending"
              else ["SALE", "CHARGE SLIP", "CARD SALE"])
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y"]), upper=True),
               date=j.date)
    p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", f"{code(rng, 4, UPPER)}{digits(rng, 8)}" if rng.random() < 0.5 else digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "ROC NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    if rng.random() < 0.5:
        p.pair("ROOM NO:", str(rng.choice([101, 102, 104, 201, 203, 7, 12, 3])))
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "VISA DEBIT", "RUPAY DEBIT"])
    p.add("left", f"{net}  {rng.choice(['CHIP', 'TAP', 'SWIPE', 'CONTACTLESS'])}")
    p.add("left", rng.choice([f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", f"************{digits(rng, 4)}"]),
          method="card")
    if not j.no_ref and status != "failed":
        appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "Rs.", "RS.", "INR:", ""])
    text = f"{mark}{j.amount:,.2f}" if rng.random() < 0.5 else f"{mark}{j.amount:.2f}"
    p.pair(rng.choice(["PRE-AUTH AMT:", "AUTH AMOUNT:"]) if status == "pending"
           else rng.choice(["TOTAL:", "SALE AMT:", "BASE AMT:", "AMOUNT:"]), text, amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED", "APPROVED 00"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]),
                     "pending": "PRE-AUTH APPROVED"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["51 - INSUFFICIENT FUNDS", "55 - INCORRECT PIN", "05 - DO NOT HONOUR"]))
    elif status == "pending":
        p.add("center", "AMOUNT BLOCKED - TO BE COMPLETED AT CHECKOUT")
    p.part = "foot"
    p.add("small", "PIN VERIFIED OK. SIGNATURE NOT REQUIRED" if rng.random() < 0.5 else "SIGN: ______________")
    p.add("small", rng.choice(["CUSTOMER COPY", "*** CUSTOMER COPY ***", "THANK YOU, HAPPY STAY"]))
    return p.done()


# ---------------------------------------------------------------- 4. a foreign guest's card slip


# terminal, the card's currency (None: the guest declined conversion and paid in INR), the rate's range
FOREIGN = [("PINE LABS", "USD", (83.2, 86.4)), ("WORLDLINE", "EUR", (90.1, 94.6)), ("HDFC BANK", None, (83.2, 86.4)),
           ("EZETAP BY RAZORPAY", "USD", (83.2, 86.4)), ("ICICI MERCHANT SERVICES", "EUR", (90.1, 94.6)),
           ("MSWIPE", None, (90.1, 94.6)), ("AXIS BANK", "USD", (83.2, 86.4)), ("WORLDLINE", None, (83.2, 86.4))]


def foreign_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A foreign guest's card at the front desk (Visa, Mastercard, Amex issued abroad; monospace): the terminal
    maker, the property in capitals (the payee), SALE - DCC / CURRENCY CONVERSION SALE or SALE, the day and hour,
    MID, TID, BATCH, INV NO, the card, APPR CODE and RRN; on a converted slip the local BASE AMOUNT in INR, the
    EXCHANGE RATE, the MARGIN over the wholesale rate and TRANSACTION CURRENCY with TOTAL in USD or EUR and the
    cardholder's acceptance; on the others the TOTAL in INR and "DCC DECLINED BY CARDHOLDER" or "CARD CURRENCY USD -
    BILLED IN INR"; APPROVED / DECLINED / PRE-AUTH APPROVED."""
    k = place("foreign_card")
    status = outcome(k, failed=(4,), pending=(7,))
    term, cur, (lo, hi) = FOREIGN[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=3500, high=85000, p_round=0.4)
    p = slip_page(rng, font)
    slip_head(p, j, term, ["PRE-AUTH"] if status == "pending" else
              (["SALE - DCC", "CURRENCY CONVERSION SALE"] if cur else ["SALE", "CHARGE SLIP"]))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%d%b%Y"]), upper=True), date=j.date)
    p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "INVOICE:"]), inv, txn=(INVOICE_RANK, inv))
    net = rng.choice(["VISA CREDIT", "MASTERCARD", "AMEX"])
    p.add("left", f"{net}  {rng.choice(['CHIP', 'TAP', 'CONTACTLESS'])}")
    p.add("left", f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    countries = ["DEU", "FRA", "ITA", "ESP", "NLD"] if cur == "EUR" else ["USA", "GBR", "AUS", "CAN"]
    p.add("left", f"ISSUER COUNTRY: {rng.choice(countries)}")
    if not j.no_ref and status != "failed":
        appr = code(rng, 6, UPPER + "0123456789")
        p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    rate = round(rng.uniform(lo, hi), 4)
    label = "PRE-AUTH AMT:" if status == "pending" else rng.choice(["TOTAL:", "TOTAL AMOUNT:"])
    if cur:
        p.pair(rng.choice(["BASE AMOUNT:", "LOCAL AMOUNT:"]), f"INR {j.amount:,.2f}")
        p.pair("EXCHANGE RATE:", f"1 {cur} = {rate:.4f} INR")
        p.pair(rng.choice(["MARGIN:", "MARK-UP:"]), f"{rng.choice(['3.00', '3.50', '4.00'])}% OVER ECB" if cur == "EUR"
               else f"{rng.choice(['3.00', '3.50', '4.00'])}% OVER REUTERS")
        p.pair("TRANSACTION CURRENCY:", cur)
        sum_ = round(j.amount / rate, 2)
        p.pair(label, f"{cur} {sum_:,.2f}", amount=sum_, cur=cur)
        p.add("small", f"I ACCEPT THAT I HAVE BEEN OFFERED A CHOICE OF CURRENCY AND MY CHOICE IS {cur}")
    else:
        p.pair(label, f"INR {j.amount:,.2f}", amount=j.amount, cur="INR")
        p.add("small", rng.choice(["DCC DECLINED BY CARDHOLDER", "CARD CURRENCY USD - BILLED IN INR"]))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "AUTHORISED"]), "failed": "DECLINED",
                     "pending": "PRE-AUTH APPROVED"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["05 - DO NOT HONOUR", "62 - RESTRICTED CARD"]))
    elif status == "pending":
        p.add("center", "HOLD ONLY - FINAL CHARGE AT CHECKOUT")
    p.part = "foot"
    p.add("small", "CARDHOLDER COPY - PLEASE RETAIN")
    return p.done()


# ---------------------------------------------------------------- 5. an online travel agency's settlement


OTAS = [("Booking.com", "booking.com", "mail"), ("Agoda", "agoda.com", "browser"),
        ("MakeMyTrip", "makemytrip.com", "mail"), ("Goibibo", "goibibo.com", "browser"),
        ("Airbnb", "airbnb.co.in", "mail"), ("Expedia Partner Central", "expediapartnercentral.com", "browser"),
        ("Cleartrip", "cleartrip.com", "mail"), ("EaseMyTrip", "easemytrip.com", "browser")]


def ota_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An online travel agency's settlement of the month's prepaid bookings to the property (Booking.com, Agoda,
    MakeMyTrip, Goibibo, Airbnb, Expedia Partner Central, Cleartrip, EaseMyTrip; its e-mail or its extranet in a
    browser): the agency on top (the payer), Payment advice / Remittance advice / Payout summary, Property / Hotel /
    Listing the property (the payee), Property ID / Hotel code / Listing ID, the month's check-outs (no fact), the
    reservations (each its number), Gross booking value / Room revenue, Less: Commission (n%), GST on commission @ 18%,
    TCS under GST (1%), TDS u/s 194-O, Net payable / Net payout / Amount remitted, the account, NEFT / bank transfer,
    UTR, Payment / Remittance / Payout ID, Paid on / Remitted on / Attempted on / Scheduled for; Paid / Remitted /
    Payment returned - invalid account / Processing."""
    k = place("ota_payout")
    status = outcome(k, failed=(5,), pending=(2,))
    name, site, frame = OTAS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, firm=0.4, caps=0.2)
    if frame == "mail":
        p = mail_page(rng, font, f"{name} <payments@{site}>", ["Payment advice for your property",
                                                               "Your payout has been sent", "Remittance advice"])
    else:
        p = browser_page(rng, font, f"partners.{site}/finance/payouts/{code(rng, 8, MIXED)}")
    rs = money(rng, font, 0.1, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name)
    p.add("center", rng.choice(["Payment advice", "Remittance advice", "Payout summary"]))
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Property", "Hotel", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Property ID", "Hotel code", "Listing ID"]), digits(rng, rng.choice([7, 8, 9])))
    if not j.no_day:
        month = (j.date.replace(day=1) - dt.timedelta(days=1))
        p.pair(rng.choice(["Check-outs in", "Statement period", "Stay month"]), when(month, "%B %Y"))
    n = rng.randrange(6, 38)
    p.pair(rng.choice(["Reservations", "Bookings", "Stays"]), str(n))
    for _ in range(rng.randint(1, 3)):
        p.pair(rng.choice(["Reservation", "Booking"]) + f" {digits(rng, 10)}",
               f"{rng.randint(1, 4)} night(s)")
    gross = round(n * rng.uniform(2600, 9800), 2)
    pct = rng.choice([15, 17, 18, 20, 22])
    comm = round(gross * pct / 100, 2)
    gst = round(comm * 0.18, 2)
    tcs = round(gross / 1.05 * 0.01, 2)
    tds = round(gross * 0.001, 2)
    net = round(gross - comm - gst - tcs - tds, 2)
    j.amount = net
    p.add("rule")
    p.pair(rng.choice(["Gross booking value", "Room revenue"]), rs(gross))
    p.pair(f"Less: Commission ({pct}%)", rs(comm))
    p.pair(rng.choice(["Less: GST on commission @ 18%", "Less: IGST @ 18%"]), rs(gst))
    p.pair(rng.choice(["Less: TCS under GST (1%)", "Less: TCS u/s 52"]), rs(tcs))
    p.pair(rng.choice(["Less: TDS u/s 194-O", "Less: TDS 0.1%"]), rs(tds))
    p.pair({"success": rng.choice(["Net payable", "Amount remitted", "Net payout"]), "failed": "Net payable",
            "pending": rng.choice(["Net payable", "Net payout"])}[status], rs(net), amount=net)
    p.pair(rng.choice(["Bank account", "Remitted to"]), f"{rng.choice(['Federal Bank', 'Canara Bank', 'SBI'])} "
                                                        f"XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Mode", "Payment method"]), rng.choice(["NEFT", "Bank transfer"]), method="netbanking")
    if not j.no_ref:
        pid = rng.choice([f"PAY-{digits(rng, 10)}", f"RM{code(rng, 10, UPPER + '0123456789')}"])
        labelled(p, rng.choice(["Payment ID", "Remittance ID", "Payout ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = neft_utr(rng.choice(["CITI", "HSBC", "DEUT", "HDFC"]), rng, j.date)
            labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Remitted on", "Payment date"]), "failed": "Attempted on",
                     "pending": "Scheduled for"}[status], j.day(rng) if frame == "mail" else stamp(rng, j.date, PATS),
                 date=j.date)
    p.pair("Status", {"success": rng.choice(["Paid", "Remitted"]), "failed": "Payment returned - invalid account",
                      "pending": "Processing"}[status], status=status)
    p.part = "foot"
    p.add("small", "Commission invoice and TCS / TDS certificates are in the Finance section of the extranet.")
    return p.done()


# ---------------------------------------------------------------- 6. the property's guest folio cum receipt


FOLIO_WAYS = ["UPI", "card", "cash", "UPI", "NEFT", "card", "UPI", "cash"]


def guest_folio(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The property's GUEST FOLIO / TAX INVOICE CUM RECEIPT / BILL OF STAY (paper): the property on top (the payee),
    Folio / Bill / Invoice No., Date / Bill Date, Guest, Room No. and type, Check-in and Check-out (no fact), Nights,
    Pax, the tariff x nights, extra bed, meals (breakfast, MAP), bonfire, GST @ 5%, Total, Less: Advance received on
    some, Balance received / Amount received (the sum), the way and its reference; PAID / RECEIVED WITH THANKS /
    CARD DECLINED - BALANCE DUE / BILL TO COMPANY - PAYMENT DUE in a row and the property's rubber stamp."""
    k = place("guest_folio")
    status = outcome(k, failed=(5,), pending=(4,))
    way = FOLIO_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 2, firm=0.3)
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.5)
    letterhead(p, j.town, j.to, ["GUEST FOLIO", "TAX INVOICE CUM RECEIPT", "BILL OF STAY"], sub=STAY_SUBS)
    if not j.no_ref:
        folio = rng.choice([f"F/{j.year()}{rng.randrange(1, 9999):04d}", f"BL-{rng.randrange(1000, 99999)}",
                            f"{SLUGS[j.town][:2].upper()}{digits(rng, 5)}"])
        p.pair(rng.choice(["Folio No.", "Bill No.", "Invoice No."]), folio, txn=(INVOICE_RANK, folio))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill Date"]), j.day(rng), date=j.date)
    firms = ["Infosys Ltd", "Wipro Ltd", "Nature Trails Pvt Ltd"]
    wrap_pair(p, "Guest", rng.choice(GUESTS) if rng.random() < 0.75 else f"M/s {rng.choice(firms)}")
    nights = rng.randint(1, 4)
    p.pair(rng.choice(["Room No.", "Room"]), f"{rng.choice([1, 2, 3, 4, 101, 102, 201, 202])} - {rng.choice(ROOMS)}")
    if not j.no_day:
        inn = j.date - dt.timedelta(days=nights)
        p.pair("Check-in", when(inn, rng.choice(DAY_PATS)))
        p.pair("Check-out", when(j.date, rng.choice(DAY_PATS)) if rng.random() < 0.5 else j.day(rng))
    p.pair(rng.choice(["Nights", "No. of nights"]), str(nights))
    p.pair("Pax", f"{rng.randint(1, 3)} Adults" + rng.choice(["", " + 1 Child"]))
    p.add("rule")
    tariff = float(rng.choice([1800, 2200, 2500, 2800, 3200, 3800, 4500, 5500]))
    lines = [(f"Room tariff {tariff:,.0f} x {nights} night(s)", tariff * nights)]
    if rng.random() < 0.4:
        lines.append((f"Extra bed x {nights}", float(rng.choice([500, 700, 800]) * nights)))
    if rng.random() < 0.7:
        lines.append((rng.choice(["Breakfast", "Meals (MAP)", "Dinner - home style"]),
                      float(rng.choice([250, 350, 450, 600]) * nights * rng.randint(1, 3))))
    if rng.random() < 0.3:
        lines.append((rng.choice(["Bonfire", "Plantation walk", "Jeep safari"]), float(rng.choice([500, 800, 1500]))))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    sub = sum(value for _, value in lines)
    gst = round(sub * 0.05, 2)
    p.pair(rng.choice(["GST @ 5%", "CGST 2.5% + SGST 2.5%"]), rs(gst))
    total = round(sub + gst, 2)
    p.pair(rng.choice(["Total", "Grand Total", "Bill amount"]), rs(total))
    advance = float(whole(total * rng.uniform(0.25, 0.5), 500)) if rng.random() < 0.6 else 0.0
    if advance:
        p.pair(rng.choice(["Less: Advance received", "Less: Advance (UPI)"]), rs(advance))
    due = round(total - advance, 2)
    j.amount = due
    if status == "success":
        p.pair(rng.choice(["Balance received", "Amount received"]) if advance else "Amount received", rs(due),
               amount=due)
    else:
        p.pair(rng.choice(["Balance due", "Balance payable"]) if advance else "Amount payable", rs(due), amount=due)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(due)})")
    if status != "pending":
        p.pair(rng.choice(["Paid by", "Payment mode", "Settled by"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR at desk)", "GPay / UPI"]), "NEFT": "NEFT",
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way],
               method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way)
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAID - THANK YOU"]),
            "failed": "CARD DECLINED - BALANCE DUE" if way == "card" else "UPI FAILED - BALANCE DUE",
            "pending": "BILL TO COMPANY - PAYMENT DUE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Checkout 11 AM. Thank you for staying with us - do leave us a review!")
    p.add("pair", "Guest's signature", "For the property")
    p.add("gap")
    seal(p, STAYS[j.town][TRADE], "FRONT OFFICE", None if j.no_day or status != "success" else j.date,
         word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. the laundry's or the grocery wholesaler's bill


# vendor, what it supplies, its items (name, unit, rate range)
VENDORS = [("Sparkle Linen & Laundry", "laundry"), ("Sree Murugan Wholesale Stores", "grocery"),
           ("Himalayan Linen Services", "laundry"), ("Konkan Provisions & Wholesale", "grocery"),
           ("Snow White Dry Cleaners", "laundry"), ("Nilgiris Wholesale Mart", "grocery"),
           ("Ganga Laundry Services", "laundry"), ("Kerala Traders - Wholesale", "grocery")]
ITEMS = {"laundry": [("Bedsheet (double)", "pcs", (14, 22)), ("Pillow cover", "pcs", (5, 8)),
                     ("Bath towel", "pcs", (9, 14)), ("Hand towel", "pcs", (5, 8)), ("Duvet cover", "pcs", (35, 60)),
                     ("Blanket dry clean", "pcs", (120, 180)), ("Curtain (pair)", "pcs", (60, 90))],
         "grocery": [("Basmati rice 25 kg", "bag", (1650, 2300)), ("Sunflower oil 15 L", "tin", (1900, 2400)),
                     ("Toor dal", "kg", (140, 175)), ("Atta 10 kg", "bag", (420, 520)), ("Sugar", "kg", (44, 52)),
                     ("Tea dust 1 kg", "pkt", (380, 560)), ("Eggs (tray of 30)", "tray", (180, 230)),
                     ("Milk 1 L", "ltr", (52, 60))]}
SUPPLY_WAYS = ["UPI", "cash", "UPI", "NEFT", "UPI", "cash", "UPI", "NEFT"]


def supplier_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laundry and linen vendor's or the grocery wholesaler's bill to the property (paper): the vendor on top
    (the payee), CASH / CREDIT BILL / LAUNDRY BILL / ESTIMATE CUM RECEIPT, Bill / Memo No., Date, To / Party M/s the
    property, the lot's pickup and delivery days (no fact) on laundry, the items (qty x rate = amount), Total, Round
    off, Net amount, Amount received / Paid (the sum), the way and its reference; PAID / RECEIVED / UPI FAILED - DUE /
    ON CREDIT - PAYMENT DUE in a row."""
    k = place("supplier_bill")
    status = outcome(k, failed=(3,), pending=(6,))
    name, kind = VENDORS[k]
    way = SUPPLY_WAYS[k]
    town = [0, 5, 2, 3, 4, 5, 6, 7][k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, town=town)
    p = paper_page(rng, font, [620, 660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "/-"], p_slash=0.4)
    sub = ["Linen hire | Laundry | Dry cleaning - hotels & homestays"] if kind == "laundry" else \
        ["Wholesale dealers in rice, pulses, oil & provisions"]
    letterhead(p, j.town, name, ["LAUNDRY BILL", "CASH BILL", "CREDIT BILL"] if kind == "laundry"
               else ["CASH / CREDIT BILL", "ESTIMATE CUM RECEIPT", "INVOICE"], sub=sub)
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"LB/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Bill No.", "Memo No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["To", "Party", "Bill to"]), f"M/s {STAYS[j.town][rng.choice([TRADE, FIRM])]}")
    if kind == "laundry" and not j.no_day:
        p.pair("Lot picked up", j.other_day(rng, -4, -1))
    p.add("rule")
    total = 0.0
    for item, unit, (lo, hi) in rng.sample(ITEMS[kind], rng.randint(3, 5)):
        qty = rng.randrange(10, 80) if kind == "laundry" else rng.randint(1, 12)
        rate = float(rng.randint(lo, hi))
        line = qty * rate
        total += line
        wrap_pair(p, f"{item} {qty} {unit} x {rate:g}", rs(line))
    p.add("rule")
    p.pair("Total", rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Paid", "Received"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), {"UPI": "UPI", "cash": "Cash", "NEFT": "NEFT"}[way],
               method=method_of(way))
        if not j.no_ref:
            ref_rows(p, j, way)
    else:
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=total)
        if status == "failed":
            p.pair("Tried", "UPI", method="UPI")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS"]), "failed": "UPI FAILED - AMOUNT DUE",
            "pending": "ON CREDIT - PAYMENT DUE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods once sold will not be taken back." if kind == "grocery"
          else "Not responsible for colour fastness or shrinkage.")
    p.add("pair", "Receiver's sign", "For the vendor")
    return p.done()


# ---------------------------------------------------------------- 8. electricity and water bills through BBPS


# app, band, biller (long or short), consumer no. label, water?
BILLERS = [("Kerala State Electricity Board", "KSEB", False),
           ("Chamundeshwari Electricity Supply Corp", "CESC Mysore", False),
           ("Himachal Pradesh State Electricity Board", "HPSEBL", False),
           ("Hubli Electricity Supply Company", "HESCOM", False),
           ("West Bengal State Electricity Distribution Co", "WBSEDCL", False),
           ("Tamil Nadu Power Distribution Corporation", "TNPDCL", False),
           ("Uttarakhand Jal Sansthan", "Uttarakhand Jal Sansthan", True),
           ("Kerala Water Authority", "KWA", True)]
BBPS_APPS = [("iMobile Pay", (174, 40, 30)), ("PhonePe", (95, 37, 159)), ("YONO SBI", (40, 0, 110)),
             ("Paytm", (0, 46, 110)), ("FedMobile", (0, 70, 140)), ("Axis Mobile", (151, 20, 77)),
             ("Amazon Pay", (35, 47, 62)), ("Google Pay", None)]
BBPS_WAYS = ["netbanking", "UPI", "netbanking", "wallet", "UPI", "card", "wallet", "UPI"]


def utility_bbps(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The property's electricity or water bill paid through Bharat Connect (BBPS) in an app (iMobile Pay, PhonePe,
    YONO SBI, Paytm, FedMobile, Axis Mobile, Amazon Pay, Google Pay): the app on top, the outcome, the sum large, the
    board (KSEB, CESC Mysore, HPSEBL, HESCOM, WBSEDCL, TNPDCL, Uttarakhand Jal Sansthan, Kerala Water Authority; its
    long or short name) under Biller / Board / Paid to (the payee), Consumer No. / Connection ID, Consumer name the
    property's firm, Tariff (LT VII commercial / homestay), Bill No., Bill date and Due date (no fact), Units, Bill
    amount, Paid using (account, UPI, card, the app's wallet), Bharat Connect Ref ID / B-Connect Txn Ref, UPI RRN
    and the app's Transaction ID on some, Paid on / Attempted on / Initiated on; Bill paid / Payment successful /
    Payment failed / Awaiting confirmation from biller."""
    k = place("utility_bbps")
    status = outcome(k, failed=(6,), pending=(1,))
    app, band = BBPS_APPS[k]
    way = BBPS_WAYS[k]
    long, short, water = BILLERS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=700, high=38000, p_round=0.3, town=k)
    dark = rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Bill payment", "Receipt"]),
               buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.2)
    head(p, app, band, dark, ["Bharat Connect - Bill payments", "Electricity & water bills"])
    biller = long if rng.random() < 0.5 and fits(p, "pair", f"Biller {long}    ") else short
    p.part = "body"
    outcome_row(p, status, {"success": ["Bill paid successfully", "Payment successful", "Paid to biller"],
                            "failed": ["Payment failed", "Bill payment failed"],
                            "pending": ["Awaiting confirmation from biller", "Payment pending"]})
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Biller", "Board", "Paid to"]), biller, merchant=biller)
    p.pair(rng.choice(["Consumer No.", "Connection ID", "Service No."]), digits(rng, rng.choice([10, 11, 13])))
    wrap_pair(p, rng.choice(["Consumer name", "Name"]), STAYS[j.town][FIRM].upper())
    p.pair("Tariff", "Non-domestic" if water else rng.choice(["LT VII A commercial", "LT-2 Commercial",
                                                               "Homestay (commercial)"]))
    p.pair(rng.choice(["Bill No.", "Bill number"]), digits(rng, rng.choice([9, 12])))
    if not j.no_day:
        p.pair(rng.choice(["Bill date", "Bill generated on"]), j.other_day(rng, -25, -8))
        p.pair("Due date", j.other_day(rng, 2, 12))
    p.pair("Units consumed" if not water else "Consumption", f"{rng.randrange(180, 2400)} " +
           ("kWh" if not water else "KL"))
    p.pair("Bill amount", rs(j.amount))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"netbanking": f"A/c {masked(rng, font)}", "UPI": "UPI", "card": f"Credit card {masked(rng, font)}",
            "wallet": f"{app} wallet"}[way], method=way)
    if not j.no_ref:
        bref = f"{rng.choice(['IC', 'PP', 'SB', 'PT', 'FD'])}{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        labelled(p, rng.choice(["Bharat Connect Ref ID", "B-Connect Txn Ref"]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.5:
            tid = f"T{digits(rng, 15)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Date & Time"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller will confirm within 48 hours. Please do not pay again.")
    p.part = "foot"
    p.add("small", "Bharat Connect  |  Safe & secure bill payments")
    return p.done()


# ---------------------------------------------------------------- 9. the property-management software's subscription


PMS = [("eZee Absolute", "ezeeabsolute.com", "Yanolja Cloud Solution Pvt Ltd"),
       ("Hotelogix", "hotelogix.com", "Hotelogix Systems India Pvt Ltd"),
       ("Djubo", "djubo.com", "Djubo Technologies Pvt Ltd"),
       ("STAAH", "staah.com", "STAAH India Pvt Ltd"),
       ("AxisRooms", "axisrooms.com", "AxisRooms Travel Technologies Pvt Ltd"),
       ("Cloudbeds", "cloudbeds.com", "Cloudbeds India Pvt Ltd"),
       ("IDS Next", "idsnext.com", "IDS Next Business Solutions Pvt Ltd"),
       ("Zoho Books", "zoho.in", "Zoho Corporation Pvt Ltd")]
PLANS = ["Professional - 8 rooms, annual", "Starter - up to 10 rooms, monthly", "Channel manager - 6 OTAs, quarterly",
         "PMS + booking engine, annual", "Standard - monthly"]


def pms_subscription(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The property-management or channel-manager software's subscription charged to the property's card (eZee
    Absolute, Hotelogix, Djubo, STAAH, AxisRooms, Cloudbeds, IDS Next, Zoho Books; its e-mail or its billing page in
    a browser): the vendor on top (the payee; its company under it), Payment receipt / Invoice - paid / Subscription
    renewed, Billed to the property's firm, Plan, Billing period (no fact), Subscription, Add-on, IGST / GST @ 18%,
    Amount charged / Total paid, the card, Invoice No., Payment ID (pay_...) / Transaction ID, Auth code on some, Paid
    on / Attempted on / Initiated on; Paid / Payment failed - card declined / Payment pending - awaiting 3-D Secure."""
    k = place("pms_subscription")
    status = outcome(k, failed=(2,), pending=(6,))
    name, site, company = PMS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    if k % 2 == 0:
        p = mail_page(rng, font, f"{name} Billing <billing@{site}>", ["Payment receipt", "Your subscription",
                                                                       "Invoice for your subscription"])
    else:
        p = browser_page(rng, font, f"billing.{site}/account/invoices/{code(rng, 8, MIXED)}")
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    to = name.upper() if rng.random() < 0.2 else name
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", company)
    p.add("center", rng.choice(["Payment receipt", "Invoice - paid", "Subscription renewed"]) if status == "success"
          else rng.choice(["Payment receipt", "Subscription payment"]))
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Billed to", "Customer"]), STAYS[j.town][FIRM])
    wrap_pair(p, "Plan", rng.choice(PLANS))
    if not j.no_day:
        p.pair(rng.choice(["Billing period", "Period"]), f"{j.other_day(rng, 0, 2)} - {j.other_day(rng, 29, 33)}")
    base = float(rng.choice([1499, 2499, 3999, 5999, 11999, 18000, 24999]))
    lines = [("Subscription", base)]
    if rng.random() < 0.4:
        lines.append((rng.choice(["Add-on: WhatsApp guest messaging", "Add-on: extra user", "Booking engine"]),
                      float(rng.choice([499, 799, 1200]))))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    sub = sum(value for _, value in lines)
    gst = round(sub * 0.18, 2)
    p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), rs(gst))
    total = round(sub + gst, 2)
    j.amount = total
    p.pair(rng.choice(["Amount charged", "Total paid"]) if status == "success" else "Total", rs(total), amount=total)
    p.pair(rng.choice(["Card", "Payment method"]),
           f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['credit', 'business'])} card "
           f"{masked(rng, font)}", method="card")
    if not j.no_ref:
        if status == "success":
            inv = f"INV-{j.year().replace('/', '-')}{digits(rng, 6)}"
            labelled(p, "Invoice No.", inv, txn=(INVOICE_RANK, inv))
        pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
        labelled(p, "Payment ID" if pid.startswith("pay_") else "Transaction ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and rng.random() < 0.5:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Payment date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    p.pair("Status", {"success": "Paid", "failed": "Payment failed - card declined",
                      "pending": "Payment pending - awaiting 3-D Secure"}[status], status=status)
    if status == "failed":
        p.add("small", "Update your card within 7 days to keep your property live on the channels.")
    p.part = "foot"
    p.add("small", "Auto-renewal is on. Manage your subscription under Account > Billing.")
    return p.done()


# ---------------------------------------------------------------- 10. the taxi partner's payout


TAXI = ["Biju K. (Munnar Tours & Taxi)", "Kaveri Cabs - Ganesh", "Pahadi Taxi Service", "Gokarna Beach Cabs",
        "Tenzing Sherpa (Hill Cart Taxi)", "Blue Hills Travels", "Shiv Shakti Taxi Union", "Anil Kumar (Cliff Cabs)"]
TAXI_BANKS = [("FedMobile", (0, 70, 140), "IMPS"), ("Canara ai1", (0, 120, 190), "UPI"),
              ("HDFC Bank MobileBanking", (0, 56, 130), "IMPS"), ("BHIM SBI Pay", (40, 0, 110), "UPI"),
              ("ICICI iMobile", (174, 40, 30), "NEFT"), ("Kotak Mobile Banking", (237, 28, 36), "UPI"),
              ("Axis Mobile", (151, 20, 77), "IMPS"), ("South Indian Bank SIB Mirror+", (150, 20, 30), "UPI")]


def taxi_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The property paying its taxi partner for a fortnight's guest pickups and sightseeing (FedMobile, Canara ai1,
    HDFC Bank MobileBanking, BHIM SBI Pay, ICICI iMobile, Kotak Mobile Banking, Axis Mobile, SIB Mirror+): the bank
    on top, the outcome, the sum large, Paid to / Beneficiary / Transferred to the partner (the payee), the account
    and IFSC or the VPA, the mode, a payout note (trips, fares collected from guests, Less: the property's commission
    10%, Net to partner), IMPS Ref No / UPI Ref No / UTR and the bank's Transaction ID on some, the day, From account;
    Transfer successful / Money sent / Transfer failed / Transfer pending."""
    k = place("taxi_payout")
    status = outcome(k, failed=(0,), pending=(5,))
    bank, band, mode = TAXI_BANKS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, town=k)
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Repeat payment",), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.4)
    head(p, bank, band, dark, ["Fund transfer", "Send money", f"{mode} transfer"])
    p.part = "body"
    trips = rng.randint(4, 18)
    fares = float(trips * rng.choice([900, 1200, 1500, 1800, 2200]))
    comm = round(fares * 0.10, 2)
    net = round(fares - comm, 2)
    j.amount = net
    outcome_row(p, status, {"success": ["Transfer successful", "Money sent"], "failed": ["Transfer failed"],
                            "pending": ["Transfer pending", "Transaction in process"]})
    p.add("big", rs(net), amount=net)
    partner = TAXI[k].upper() if rng.random() < 0.2 else TAXI[k]
    wrap_pair(p, rng.choice(["Paid to", "Beneficiary", "Transferred to"]), partner, merchant=partner)
    if mode == "UPI":
        p.pair("UPI ID", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'upi', 'sbi'])}")
    else:
        p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{rng.choice(['FDRL', 'CNRB', 'SBIN', 'KARB'])}0{digits(rng, 6)}")
    p.pair("Mode", mode, method=method_of(mode))
    p.add("rule")
    p.add("small", rng.choice(["Payout note", "Remarks"]))
    p.pair(f"Trips ({trips})", rs(fares))
    p.pair("Less: commission 10%", rs(comm))
    p.pair("Net to partner", rs(net))
    p.add("rule")
    if not j.no_ref:
        rows = []
        if status == "success" or mode == "IMPS":
            ref = j.ref if mode != "NEFT" else neft_utr("ICIC", rng, j.date)
            rows.append(({"IMPS": "IMPS Ref No", "UPI": "UPI Ref No", "NEFT": "UTR"}[mode], ref, (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            tid = f"{code(rng, 1, UPPER)}{digits(rng, 11)}"
            rows.append(("Transaction ID", tid, (TXN_RANK, tid)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Date & Time", "Transferred on"]) if status == "success" else
                 ("Attempted on" if status == "failed" else "Initiated on"), stamp(rng, j.date, PATS), date=j.date)
    own = STAYS[j.town][TRADE]
    own = own if fits(p, "pair", f"Debited from {own} XXXX1234   ") else "Current A/c"
    p.pair(rng.choice(["From", "Debited from"]), f"{own} {masked(rng, font)}")
    if status == "failed":
        p.add("small", "Beneficiary bank declined. Any amount debited will be reversed.")
    elif status == "pending":
        p.add("small", "Awaiting response from the beneficiary bank.")
    return p.done()


# ---------------------------------------------------------------- 11. a cancelled stay's refund


GATEWAYS = ["Razorpay", "Cashfree", "PayU", "Razorpay", "mail", "Cashfree", "PayU", "mail"]


def stay_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The property refunding a cancelled stay, in full or in part: its payment gateway's refund page in a browser
    (Razorpay, Cashfree, PayU) or the property's own refund e-mail: Refund details / Refund processed / Your refund,
    Refunded to / Guest / Customer the guest (the payee), Booking ID and the stay's days (no fact), Amount paid at
    booking, Cancellation charge (n%, none within the free window), Refund amount (the sum), Refund to source (UPI, a
    card, net banking), Refund ID (rfnd_... / CF refund id / PayU refund id), ARN / RRN / UTR on a processed one, the
    original Payment ID (no id), Processed on / Failed on / Initiated on; Processed / Refund processed / Failed /
    Pending / Initiated."""
    k = place("stay_refund")
    status = outcome(k, failed=(7,), pending=(3,))
    gw = GATEWAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 2)
    guest = rng.choice(GUESTS + FOREIGNERS[:2])
    way = rng.choice(["UPI", "card", "netbanking"])
    if gw == "mail":
        p = mail_page(rng, font, f"{STAYS[j.town][TRADE]} <reservations@{SLUGS[j.town]}.in>",
                      ["Refund for your cancelled booking", "Your refund has been processed"])
        p.part = "head"
        top(p, STAYS[j.town][TRADE])
    else:
        site = {"Razorpay": "dashboard.razorpay.com/app/refunds", "Cashfree": "merchant.cashfree.com/pg/refunds",
                "PayU": "onepayu.payu.in/refunds"}[gw]
        p = browser_page(rng, font, f"{site}/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, gw)
        p.add("small", f"{STAYS[j.town][FIRM]} - Live mode")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.add("center", rng.choice(["Refund details", "Refund summary"]) if gw != "mail" else "Your refund")
    p.add("rule")
    p.part = "body"
    nights = rng.randint(1, 4)
    paid = float(rng.choice([2500, 3500, 4800, 6000, 7500, 9600, 12000, 16500]) * max(1, nights // 2))
    pct = rng.choice([0, 0, 25, 50]) if k not in (1, 5) else rng.choice([25, 50])
    charge = round(paid * pct / 100, 2)
    refund = round(paid - charge, 2)
    j.amount = refund
    if gw != "mail":
        outcome_row(p, status, {"success": ["Processed", "Refund processed"], "failed": ["Failed"],
                                "pending": ["Pending", "Initiated"]})
        p.add("big", rs(refund), amount=refund)
    else:
        p.add("left", f"Dear {guest.split()[0]}, we are sorry you had to cancel.")
    wrap_pair(p, rng.choice(["Refunded to", "Guest", "Customer"]), guest, merchant=guest)
    p.pair(rng.choice(["Booking ID", "Reservation No."]), f"{SLUGS[j.town][:3].upper()}{digits(rng, 6)}")
    if not j.no_day:
        p.pair(rng.choice(["Stay", "Check-in"]), j.other_day(rng, 5, 60))
    p.pair(rng.choice(["Nights", "Rooms x nights"]), f"{nights}" if rng.random() < 0.5 else f"1 x {nights}")
    p.pair(rng.choice(["Amount paid at booking", "Booking amount"]), rs(paid))
    p.pair(f"Cancellation charge ({pct}%)" if pct else "Cancellation charge (free window)", rs(charge))
    if gw == "mail":
        p.pair(rng.choice(["Refund amount", "Amount refunded"]), rs(refund), amount=refund)
    else:
        p.pair("Refund amount", rs(refund))
    p.pair(rng.choice(["Refund to", "Refunded via"]),
           {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}", "netbanking": "Source - net banking"}[way],
           method=way)
    if not j.no_ref:
        rid = {"Razorpay": f"rfnd_{code(rng, 14, MIXED)}", "Cashfree": f"refund_{digits(rng, 8)}",
               "PayU": digits(rng, 10), "mail": f"RF{digits(rng, 9)}"}[gw]
        labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
        if status == "success":
            arn = digits(rng, 23) if way == "card" else j.ref
            labelled(p, "ARN" if way == "card" else rng.choice(["RRN", "UTR"]), arn, txn=(UTR_RANK, arn))
        if gw != "mail" and rng.random() < 0.6:
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else digits(rng, 11))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Processed on", "Refunded on"]), "failed": "Failed on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if gw == "mail":
        p.pair("Status", {"success": "Refund processed", "failed": "Refund failed",
                          "pending": "Refund initiated"}[status], status=status)
        p.add("small", "Refunds reach the source account in 5-7 working days.")
    if status == "failed":
        p.add("small", "The source account could not accept the refund. We will contact you for bank details.")
    p.part = "foot"
    p.add("small", rng.choice(["Hope to host you another time.", "Refund policy: free cancellation up to 7 days."]))
    return p.done()


# ---------------------------------------------------------------- 12. the tourism licence fee and GST challans


# portal, department (the payee; None on a GST challan), kind
GOV = [("Kerala Tourism - eTreasury", "Department of Tourism, Kerala", "licence"),
       ("Khajane-II", "Department of Tourism, Karnataka", "licence"),
       ("GST", None, "gst"),
       ("HIMKOSH - e-Payment", "Department of Tourism & Civil Aviation, HP", "licence"),
       ("GRIPS - West Bengal", "Tourism Department, Govt. of West Bengal", "licence"),
       ("GST", None, "gst"),
       ("Uttarakhand e-Treasury", "Uttarakhand Tourism Development Board", "licence"),
       ("GST", None, "gst")]
GOV_WAYS = ["netbanking", "UPI", "netbanking", "card", "netbanking", "UPI", "UPI", "netbanking"]


def govt_fee(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The property's homestay licence or registration fee on a state treasury's portal (Kerala's eTreasury,
    Karnataka's Khajane-II, HP's HIMKOSH, West Bengal's GRIPS, Uttarakhand's e-Treasury; a browser or printed) or its
    GST on the GST portal's Payment Receipt (GST PMT-06): the portal on top, the department under it (the payee),
    e-Receipt / Challan Receipt, the licence or registration number and category (Classified homestay - Silver /
    Gold / Diamond, Bed & Breakfast) and its validity (no fact), Head of account, Fee / Licence fee, Late fee, Total;
    or CPIN, GSTIN, the name, Return period (no fact), CGST / SGST rows, Total challan amount; the way, GRN / CIN,
    Bank Ref No / BRN, UPI Ref No, Paid on / Date of deposit / Attempted on / Initiated on; Success / Paid /
    Payment failed / Pending with bank."""
    k = place("govt_fee")
    status = outcome(k, failed=(3,), pending=(5,))
    portal, dept, kind = GOV[k]
    way = GOV_WAYS[k]
    town = [0, 1, 3, 2, 4, 5, 6, 7][k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, town=town)
    frame = rng.choice(["browser", "paper"])
    if frame == "browser":
        url = "payment.gst.gov.in/payment/trackpayment" if kind == "gst" else \
            f"{portal.split()[0].lower().replace('-', '')}.gov.in/echallan/receipt"
        p = browser_page(rng, font, url)
    else:
        p = paper_page(rng, font, [680, 720])
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    if kind == "gst":
        top(p, "Goods and Services Tax")
        p.add("center", rng.choice(["Payment Receipt", "Challan Receipt (GST PMT-06)"]))
    else:
        top(p, portal)
        wrap_pair(p, "Department", dept, merchant=dept)
        p.add("center", rng.choice(["e-Receipt", "Challan Receipt", "Payment Acknowledgement"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment Successful", "Success"], "failed": ["Payment Failed"],
                                "pending": ["Pending with bank"]})
    lines: list[tuple[str, float]] = []
    if kind == "gst":
        if not j.no_ref:
            cpin = f"{TOWNS[town][4]}{digits(rng, 12)}" if j.no_day else \
                f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
        wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), STAYS[town][FIRM].upper())
        if not j.no_day:
            period = j.date.replace(day=1) - dt.timedelta(days=1)
            p.pair(rng.choice(["Return period", "Tax period"]), when(period, "%b %Y"))
        tax = float(whole(rng.uniform(6000, 90000), 10))
        lines = [("CGST (0005) - Tax", tax), ("SGST (0006) - Tax", tax)]
        if rng.random() < 0.3:
            lines.append(("CGST (0005) - Interest", float(rng.randrange(40, 900))))
    else:
        p.pair(rng.choice(["Licence No.", "Registration No."]),
               f"{rng.choice(['HS', 'HMS', 'BNB'])}/{TOWNS[town][0][:3].upper()}/{rng.randrange(10, 999)}")
        wrap_pair(p, rng.choice(["Establishment", "Unit name"]), STAYS[town][TRADE])
        p.pair("Category", rng.choice(["Classified homestay - Silver", "Classified homestay - Gold",
                                       "Bed & Breakfast", "Homestay (4 rooms)"]))
        if not j.no_day:
            p.pair(rng.choice(["Valid upto", "Renewal upto"]), j.other_day(rng, 700, 740))
        p.pair("Head of account", f"1452-{rng.randrange(10, 99)}-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}")
        lines = [(rng.choice(["Licence fee", "Registration / renewal fee", "Classification fee"]),
                  float(rng.choice([1000, 2000, 3000, 5000, 7500])))]
        if rng.random() < 0.4:
            lines.append(("Late fee", float(rng.choice([250, 500, 1000]))))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = sum(value for _, value in lines)
    j.amount = total
    p.pair(rng.choice(["Total challan amount", "Total amount"]) if kind == "gst" else
           rng.choice(["Total", "Amount paid"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": f"Net banking - {rng.choice(['SBI', 'Federal Bank', 'Canara Bank'])}", "UPI": "UPI",
            "card": "Debit card"}[way], method=way)
    if not j.no_ref:
        if kind == "gst":
            if status == "success":
                cin = f"{rng.choice(['SBIN', 'CNRB', 'FDRL'])}{digits(rng, 2) if j.no_day else f'{j.date:%y}'}"
                cin += digits(rng, 14)
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
        else:
            grn = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            labelled(p, rng.choice(["GRN", "Challan Ref No."]), grn, txn=(TXN_RANK, grn))
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                labelled(p, rng.choice(["Bank Ref No", "BRN"]), bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Date of deposit", "Paid on", "Payment date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS) if frame == "browser"
                 else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", {"success": rng.choice(["Paid", "Success"]), "failed": "Payment failed",
                          "pending": "Pending with bank"}[status], status=status)
    if status == "pending":
        p.add("small", "Do not pay again. The receipt will be final once the bank confirms.")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


compose = compose121

"""The twelve heldout127 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a thirteenth random day's proofs of payment, as a small digital design and software
agency in Indian cities (Bengaluru, Pune, Hyderabad, Kochi, Jaipur, Ahmedabad, Gurugram, Chennai) receives them from
its clients in India and abroad in 2026, and pays its own vendors: clients' UPI screens and bank transfers, the
agency's bank's inward remittance advices (the foreign sum, the rate, the rupees credited), clients' PayPal, Wise,
Stripe and Payoneer receipts, the agency's GST tax invoices stamped paid and its receipt vouchers, SaaS invoices it
paid by card (USD, EUR, INR), co-working and office rent receipts, payouts it made to freelancers, payment-link
pages, a client's transfer tracked while it fails or waits, and clients' payment advices net of TDS. Every row is
added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
``compose`` is heldout121's (heldout119's frames and marks).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import handle, head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import APPS as UPI_APP_STYLES
from bench.receipt_sets.heldout123_families import fits, fy, place, upi_id
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, payee_pair, phone_frame, whole

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CAPS = UPPER + "23456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"

# city, PIN code, locality, state, GST state code
CITIES = [("Bengaluru", "560038", "Indiranagar", "Karnataka", "29"),
          ("Pune", "411045", "Baner", "Maharashtra", "27"),
          ("Hyderabad", "500081", "Madhapur", "Telangana", "36"),
          ("Kochi", "682030", "Kakkanad", "Kerala", "32"),
          ("Jaipur", "302001", "C-Scheme", "Rajasthan", "08"),
          ("Ahmedabad", "380054", "Bodakdev", "Gujarat", "24"),
          ("Gurugram", "122003", "Sector 44", "Haryana", "06"),
          ("Chennai", "600034", "Nungambakkam", "Tamil Nadu", "33")]
# the agency of each city: its trade name and its company
AGENCIES = [("Pixelkraft Studio", "Pixelkraft Design Labs Pvt Ltd"),
            ("Sahyadri Digital", "Sahyadri Digital Solutions LLP"),
            ("Charminar Creative", "Charminar Creative Works Pvt Ltd"),
            ("Backwater Bytes", "Backwater Bytes Technologies Pvt Ltd"),
            ("Gulabi Pixels", "Gulabi Pixels Design Studio LLP"),
            ("Kankaria Labs", "Kankaria Software Labs Pvt Ltd"),
            ("Aravali Interactive", "Aravali Interactive Pvt Ltd"),
            ("Marina Motion", "Marina Motion Design Pvt Ltd")]
CLIENTS = ["Zestmart Retail Pvt Ltd", "Kaveri Organics", "Nimbus Fintech Pvt Ltd", "Shree Balaji Textiles",
           "UrbanNest Realty", "Tiffin Tales Foods LLP", "Medisure Diagnostics", "Lakshya Edtech Pvt Ltd"]
ABROAD = [("Northwind Labs Inc.", "USD", "United States", "CHASUS33"),
          ("Brightline Media Ltd", "GBP", "United Kingdom", "BARCGB22"),
          ("Kestrel Analytics GmbH", "EUR", "Germany", "COBADEFF"),
          ("Harbourview Studios Pty Ltd", "AUD", "Australia", "NATAAU3M"),
          ("Lumen & Co. B.V.", "EUR", "Netherlands", "INGBNL2A"),
          ("Saltwater Apps LLC", "USD", "United States", "BOFAUS3N"),
          ("Orchard Retail Pte Ltd", "SGD", "Singapore", "DBSSSGSG"),
          ("Fjordline Digital AS", "USD", "Norway", "DNBANOKK")]
RATES = {"USD": (84.6, 88.4), "EUR": (91.8, 97.2), "GBP": (107.9, 114.6), "AUD": (54.2, 58.9), "SGD": (63.1, 67.4)}
FREELANCERS = ["Ananya Rao", "Kabir Sethi", "Meghna Pillai", "Tanvir Ahmed", "Ishaan Verma", "Ritika Das",
               "Nandini Iyer", "Arjun Bhattacharya"]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IDFC FIRST Bank", "Yes Bank", "Federal Bank"]
WORK = ["UI/UX design - mobile app", "Website redesign", "Brand identity and logo", "Shopify store build",
        "Monthly design retainer", "Landing page and SEO", "React dashboard sprint", "Motion graphics explainer"]
NOTES = ["Website advance", "Design retainer Apr", "Logo final payment", "App UI milestone 2", "Invoice 041",
         "Sprint 3 payment", "Brand kit balance", "SEO March"]
US_PATS = ["%b {d}, %Y", "%B {d}, %Y", "%m/%d/%Y", "%a, %b {d}, %Y"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you shortly."]


def agency(rng: random.Random, i: int, *, firm: float = 0.4, caps: float = 0.25) -> str:
    """The agency as a payee: its trade name, or its company's on some, in capitals on some."""
    name = AGENCIES[i][1] if rng.random() < firm else AGENCIES[i][0]
    return name.upper() if rng.random() < caps else name


def gstin(rng: random.Random, state: str) -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 5000,
                 high: float = 250000, p_round: float = 0.6, firm: float = 0.4, caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(AGENCIES))
        self.to = agency(rng, self.town, firm=firm, caps=caps)
        self.client = rng.choice(CLIENTS)
        self.ref = utr(rng, self.date)


class Cur:
    """A sum in a currency as one page prints it: its sign or code (before or after), its grouping."""

    def __init__(self, rng: random.Random, font: str, cur: str, *, after: bool | None = None):
        signs = {"USD": ["USD ", "US$", "$"], "EUR": ["EUR ", sign(font, "\u20ac", "EUR ")],
                 "GBP": ["GBP ", sign(font, "\u00a3", "GBP ")], "AUD": ["AUD ", "A$"], "SGD": ["SGD ", "S$"],
                 "INR": ["INR ", "Rs.", sign(font, "\u20b9", "Rs.")]}[cur]
        self.cur, self.mark = cur, rng.choice(signs)
        self.after = rng.random() < 0.35 if after is None else after
        self.grouping = "indian" if cur == "INR" and rng.random() < 0.7 else "western"

    def __call__(self, value: float) -> str:
        body = num(value, self.grouping)
        if self.after:
            return f"{body} {self.cur}"
        return f"{self.mark}{body}"


def day_us(rng: random.Random, date: dt.date, cur: str) -> str:
    """A day as a page in ``cur`` prints it: month first in dollars, day first elsewhere."""
    if cur == "USD":
        return when(date, rng.choice(US_PATS))
    return when(date, rng.choice(["%d %b %Y", "{d} %B %Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]))


def fx_rate(rng: random.Random, cur: str) -> float:
    lo, hi = RATES[cur]
    return round(rng.uniform(lo, hi), 4)


def wrap_pair(p: Screen, label: str, value: str, **facts) -> None:
    """A pair, or its label over its value where the row would not fit."""
    if fits(p, "pair", f"{label} {value}     "):
        p.pair(label, value, **facts)
    else:
        p.add("small", label)
        p.add("left", value, **facts)


def agency_head(p: Screen, j: Job, name: str, kinds: list[str]) -> None:
    """The agency (the payee) on top of its own paper: what it does, its address, GSTIN, the document's kind."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", rng.choice(["Design | Web | Mobile | Brand", "Digital design and software studio",
                               "UI/UX, web and app development"]))
    p.add("small", f"{rng.randrange(2, 900)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


# ---------------------------------------------------------------- 1. a client's UPI screen paying the agency


UPI_ORDER = ["Google Pay", "PhonePe", "Paytm", "BHIM", "CRED", "Amazon Pay", "WhatsApp", "Navi"]


def client_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's UPI app paying the agency (Google Pay, PhonePe, Paytm, BHIM, CRED, Amazon Pay, WhatsApp Pay, Navi;
    dark on some): the outcome, the sum large, To / Paid to / Sent to over the agency and its handle, UPI Ref No /
    UPI transaction ID / UTR and the app's own id on some, the day, the account debited, a note."""
    k = place("client_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    app = UPI_ORDER[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=2000, high=95000, p_round=0.8)
    dark = app in ("CRED", "Navi") or rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Transaction details", "Payment receipt"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ()]))
    phone_frame(p, k, banner_at=4)
    rs = money(rng, font, 0.6)
    name, band, handles = UPI_APP_STYLES[app][:3]
    head(p, name, band, dark, ["UPI payment", "Pay to business", "Bank transfer"])
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Paid successfully", "Money sent",
                                        "Transaction Successful"],
                            "failed": ["Payment Failed", "Transaction failed", "Payment declined"],
                            "pending": ["Payment Pending", "Payment processing", "Awaiting bank confirmation"]})
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    p.add("small", lab)
    p.add("center", j.to, merchant=j.to)
    vpa = handle(rng, AGENCIES[j.town][0], handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}"]), method="UPI")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    if not j.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI transaction ID", "UTR", "UPI Reference Number"]), j.ref,
                 (UTR_RANK, j.ref))]
        own = upi_id(rng, app, j.date)
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Completed on"]),
                 stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(PSB[:2] + PVT[:4])} {masked(rng, font)}")
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Powered by UPI  |  NPCI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. a client's bank transfer to the agency


XFER = [("HDFC Bank NetBanking", None, "web", "NEFT", "HDFC", "netbanking.hdfcbank.com/netbanking/txnack"),
        ("ICICI Corporate Internet Banking", None, "web", "RTGS", "ICIC", "cib.icicibank.com/corp/Finacle"),
        ("SBI YONO Business", (40, 0, 110), "app", "IMPS", "SBIN", None),
        ("Axis Bank neo for Corp", None, "web", "NEFT", "UTIB", "neo.axisbank.co.in/payments/ack"),
        ("Kotak Mobile Banking", (220, 30, 40), "app", "IMPS", "KKBK", None),
        ("Yes Bank YES CONNECT", None, "web", "RTGS", "YESB", "yesconnect.yesbank.co.in/transfer/confirm"),
        ("Federal Bank FedMobile", (0, 70, 140), "app", "NEFT", "FDRL", None),
        ("Canara ai1", (0, 100, 160), "app", "IMPS", "CNRB", None)]


def client_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's bank (net banking or app) after a NEFT, RTGS or IMPS to the agency's current account: the outcome,
    Amount / Transfer Amount, Beneficiary Name / Payee / Beneficiary over the agency, account and IFSC, the rail, UTR
    / IMPS Ref No and the bank's Reference No. / Txn Ref No on some, the day, Remarks, Charges + GST and Total Amount
    Debited on some NEFT and RTGS pages; one returned, one pending."""
    k = place("client_transfer")
    status = outcome(k, failed=(4,), pending=(1,))
    title, band, kind, mode, head4, url = XFER[k]
    no_ref, no_day = k == 6, k == 2
    j = Job(rng, status, no_ref=no_ref, no_day=no_day, low=200000 if mode == "RTGS" else 9000,
            high=1500000 if mode == "RTGS" else 180000, p_round=0.8)
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = url
        dark = False
    else:
        dark = rng.random() < 0.4
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Transfer status"]),
                   buttons=rng.choice([("Share", "Done"), ("Download",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.5)
    head(p, title if fits(p, "title", title) else title.rsplit(" ", 1)[0], band if kind == "app" else None, dark,
         ["Fund Transfer", f"{mode} - Other bank", "Payments"])
    p.part = "body"
    status_line(p, {"success": ["Transaction Successful", f"{mode} transfer successful",
                                "Funds transferred successfully"],
                    "failed": ["Returned by beneficiary bank", "Transaction Failed"],
                    "pending": [f"{mode} under process", "Pending at beneficiary bank", "Transaction in process"]},
                status)
    if kind == "app":
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    payee_pair(p, ["Beneficiary Name", "Payee", "Beneficiary", "Payee Name"], j.to)
    p.pair(rng.choice(["Beneficiary A/c", "To Account", "Account No."]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["IFSC", "IFSC Code"]), ifsc(rng))
    p.pair(rng.choice(["Transfer Mode", "Payment Type", "Mode"]), mode, method="netbanking")
    if not no_ref:
        if status != "pending" or mode == "IMPS":
            ref = j.ref if mode == "IMPS" else (neft_utr(head4, rng, j.date) if mode == "NEFT"
                                                else rtgs_utr(head4, rng, j.date))
            lab = ["IMPS Ref No", "RRN"] if mode == "IMPS" else ["UTR", "UTR No.", "UTR Number"]
            labelled(p, rng.choice(lab), ref, txn=(UTR_RANK, ref))
        if status == "pending" and mode != "IMPS" or rng.random() < 0.5:
            own = rng.choice([digits(rng, 11), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
            labelled(p, rng.choice(["Reference No.", "Txn Ref No", "Transaction Reference No."]), own,
                     txn=(BANK_RANK, own))
    if not no_day:
        labelled(p, rng.choice(["Transaction Date", "Value Date", "Date & Time", "Transferred on"]),
                 stamp(rng, j.date, PATS, twelve=rng.random() < 0.5), date=j.date)
    p.pair(rng.choice(["Debit Account", "From A/c"]), f"XXXXXX{digits(rng, 4)}")
    if rng.random() < 0.8:
        p.pair("Remarks", rng.choice(NOTES))
    if mode != "IMPS" and rng.random() < 0.7:
        fee = float(rng.choice([2.5, 5.0, 24.5, 49.5]))
        gst = round(fee * 0.18, 2)
        p.pair("Charges", rs(fee))
        p.pair("GST on Charges", rs(gst))
        p.pair(rng.choice(["Total Amount Debited", "Total Debit Amount"]), rs(round(j.amount + fee + gst, 2)))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the transfer: invalid account. The amount is credited back.")
    elif status == "pending":
        p.add("small", "Please check the status after some time. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP or password with anyone.", "Add to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 3. an inward remittance advice from the agency's bank


ADVICE_BANKS = [("HDFC Bank", "mail", "inward.remittance@hdfcbank.net"), ("ICICI Bank", "paper", None),
                ("Kotak Mahindra Bank", "browser", None), ("Axis Bank", "mail", "forex.advice@axisbank.com"),
                ("State Bank of India", "paper", None), ("Yes Bank", "browser", None),
                ("IDFC FIRST Bank", "mail", "trade.services@idfcfirstbank.com"), ("Federal Bank", "paper", None)]
PURPOSES = [("P0802", "Software consultancy / implementation"), ("P1006", "Business and management consultancy"),
            ("P0803", "Data base, data processing charges"), ("P1007", "Advertising, trade fair service")]


def swift_advice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The agency's bank's advice of a foreign client's SWIFT payment credited to its account (FIRC-style; e-mail,
    paper or net banking's PDF): the bank on top, Inward Remittance Credit Advice / Foreign Inward Remittance
    Advice, Beneficiary Name / Beneficiary / Account Name over the agency, the remitter and its bank's BIC, the
    foreign sum, the rate, the INR equivalent, bank charges and GST on currency conversion on some, Net amount
    credited / Amount credited (INR), purpose code, Transaction Ref No / Reference No., a FIRC No. on some, Value
    Date / Date of credit; one returned to the remitter, one on hold for the purpose declaration."""
    k = place("swift_advice")
    status = outcome(k, failed=(5,), pending=(2,))
    bank, kind, sender = ADVICE_BANKS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, caps=0.5)
    remitter, cur, country, bic = ABROAD[k]
    foreign = whole(rupees(rng, 800, 24000, 0.6), rng.choice([1, 50, 100]))
    rate = fx_rate(rng, cur)
    inr = round(foreign * rate, 2)
    charges = float(rng.choice([0, 0, 500, 750, 1000])) if status == "success" else 0.0
    gst_fx = round(min(max(inr * 0.0018, 45.0), 10800.0) if charges else 0.0, 2)
    net = round(inr - charges - gst_fx - (round(charges * 0.18, 2) if charges else 0.0), 2)
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        mail_frame(p, f"{bank} <{sender}>", rng.choice(["Inward remittance credited", "Foreign inward remittance"]))
    elif kind == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = rng.choice(["netbanking.kotak.com/trade/inward/advice",
                                             "corporate.yesbank.in/trade/irm/advice"])
    else:
        p = screen(rng, font, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        paper(p, rng)
    fc = Cur(rng, font, cur, after=False)
    rs = Cur(rng, font, "INR", after=rng.random() < 0.3)
    p.part = "head"
    top(p, bank)
    p.add("small", rng.choice(["Trade Finance & Forex Services", "Treasury Operations - Inward Remittances",
                               f"Branch: {CITIES[j.town][2]}, {CITIES[j.town][0]}"]))
    p.add("center", rng.choice(["INWARD REMITTANCE CREDIT ADVICE", "Foreign Inward Remittance Advice",
                                "Credit Advice - SWIFT Inward"]))
    p.add("rule")
    p.part = "body"
    payee_pair(p, ["Beneficiary Name", "Beneficiary", "Beneficiary Customer"], j.to)
    p.pair(rng.choice(["Account No.", "Credit Account"]), f"{digits(rng, 4)}XXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Ordering Customer", "Remitter Name"]), remitter)
    p.pair(rng.choice(["Remitter Country", "Country"]), country)
    p.pair(rng.choice(["Remitting Bank BIC", "Sender BIC"]), f"{bic}XXX" if rng.random() < 0.4 else bic)
    p.pair("Message Type", "MT103")
    p.add("rule")
    p.pair(rng.choice(["Remittance Amount", "Foreign Currency Amount", f"Amount ({cur})"]), fc(foreign))
    p.pair(rng.choice(["Exchange Rate", "Conversion Rate", "Rate applied"]), f"{rate:.4f}")
    if charges:
        p.pair("INR Equivalent", rs(inr))
        p.pair(rng.choice(["Bank Charges", "Processing charges"]), rs(charges))
        p.pair("GST on charges", rs(round(charges * 0.18, 2)))
        p.pair("GST on currency conversion", rs(gst_fx))
    lab = rng.choice(["Net Amount Credited", "Amount Credited (INR)", "Net Credit"]) if status == "success" else \
        rng.choice(["INR Equivalent", "Amount (INR)"])
    p.pair(lab, rs(net if charges else inr), amount=net if charges else inr)
    code_, text = rng.choice(PURPOSES)
    wrap_pair(p, "Purpose Code", f"{code_} - {text}")
    if not j.no_ref:
        ref = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 12)}", f"IRM{digits(rng, 13)}",
                          f"{digits(rng, 4)}IR{digits(rng, 8)}"])
        labelled(p, rng.choice(["Transaction Ref No", "Reference No.", "Transaction Reference"]), ref,
                 txn=(BANK_RANK, ref))
        if status == "success" and rng.random() < 0.5:
            firc = f"FIRC/{fy(j.date)}/{digits(rng, 6)}"
            p.pair("FIRC No.", firc, txn=(INVOICE_RANK, firc))
    if not j.no_day:
        labelled(p, rng.choice(["Value Date", "Date of Credit", "Credit Date"]),
                 when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y", "%d-%b-%Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Credited", "Completed", "Processed"]),
                      "failed": rng.choice(["Returned to remitter", "Rejected - name mismatch"]),
                      "pending": rng.choice(["On hold - purpose declaration awaited", "Pending - documents awaited"])
                      }[status], status=status)
    p.pair(rng.choice(["Mode", "Channel"]), "SWIFT transfer", method="netbanking")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["This is a system generated advice and does not require a signature.",
                               "Please submit the purpose declaration within 15 days for export of services."]))
    return p.done()


# ---------------------------------------------------------------- 4. a client's PayPal, Wise, Stripe or Payoneer receipt


PLATFORMS = ["PayPal", "Wise", "Stripe", "Payoneer", "PayPal", "Wise", "Stripe", "Payoneer"]


def platform_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A foreign client's receipt for paying the agency through a platform: PayPal's "You sent a payment" e-mail
    (PayPal balance), Wise's transfer receipt (the client's dollars or pounds, the fee, the rate, Recipient gets in
    rupees), Stripe's card receipt for the agency's invoice, Payoneer's paid payment request: the agency under Sent
    to / Recipient / Paid to or as the receipt's sender, the sum, Transaction ID / Transfer ID / Payment ID, a
    Receipt # on Stripe's, the day (month first in dollars); one failed, one pending."""
    k = place("platform_receipt")
    status = outcome(k, failed=(6,), pending=(5,))
    plat = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, caps=0.0)
    remitter, cur, _, _ = ABROAD[(k + 3) % 8]
    cur = "USD" if cur in ("AUD", "SGD") and plat in ("PayPal", "Payoneer") else cur
    sent = whole(rupees(rng, 300, 9000, 0.6), rng.choice([1, 10, 50]))
    fc = Cur(rng, font, cur)
    p = screen(rng, font, "mail" if plat in ("PayPal", "Stripe") else "browser",
               width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    day = day_us(rng, j.date, cur)
    p.part = "head"
    if plat == "PayPal":
        mail_frame(p, "PayPal <service@paypal.com>", "Receipt for your payment")
        top(p, "PayPal")
        p.part = "outcome"
        word = {"success": "You sent a payment", "pending": "Payment pending", "failed": "Payment failed"}[status]
        p.add("center", word, **({"status": status} if status != "success" else {}))
        p.part = "body"
        verb = "You sent" if status == "success" else "Payment of"
        shown = fc(sent)
        line = f"{verb} {shown}{'' if cur in shown else ' ' + cur} to"
        p.add("left", line)
        p.add("left", j.to, merchant=j.to)
        if status == "success":
            p.pair("Status", rng.choice(["Completed", "Payment sent"]), status=status)
        p.pair(rng.choice(["Amount", "Total", "You paid"]), fc(sent), amount=sent, cur=cur)
        p.pair(rng.choice(["Paid with", "Funding source"]), "PayPal balance", method="wallet")
        if not j.no_ref:
            tid = f"{rng.randrange(1, 9)}{code(rng, 16, CAPS)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
            if rng.random() < 0.5:
                inv = f"INV-{rng.randrange(2026001, 2026099)}"
                p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        if not j.no_day:
            labelled(p, rng.choice(["Transaction date", "Date"]), day, date=j.date)
        p.pair("Note", rng.choice(NOTES))
    elif plat == "Wise":
        p.style["h106"]["url"] = "wise.com/transactions/activities/by-resource/TRANSFER"
        top(p, "Wise")
        p.add("center", rng.choice(["Transfer receipt", "Your transfer"]))
        p.part = "outcome"
        outcome_row(p, status, {"success": ["Transfer complete", "Delivered"],
                                "pending": ["Your money is on its way", "Processing"],
                                "failed": ["Transfer failed - money returned"]})
        p.part = "body"
        rate = fx_rate(rng, cur)
        fee = round(sent * rng.uniform(0.004, 0.009), 2)
        got = round(sent * rate, 2)
        payee_pair(p, ["Recipient", "Sent to", "To"], j.to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)} - {rng.choice(PVT[:4])}")
        p.pair("You sent", fc(round(sent + fee, 2)))
        p.pair(rng.choice(["Fee", "Wise fee"]), fc(fee))
        p.pair("Amount converted", fc(sent))
        p.pair("Exchange rate", f"1 {cur} = {rate:.4f} INR")
        inr = Cur(rng, font, "INR", after=True)
        p.pair(rng.choice(["Recipient gets", "They receive"]), inr(got), amount=got, cur="INR")
        p.pair("Paid with", rng.choice(["Bank transfer (ACH)", "Bank transfer"]), method="netbanking")
        if not j.no_ref:
            tid = digits(rng, 9)
            labelled(p, rng.choice(["Transfer ID", "Transfer #"]), tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            labelled(p, rng.choice(["Created", "Sent on", "Date"]), day, date=j.date)
    elif plat == "Stripe":
        mail_frame(p, f"{AGENCIES[j.town][0]} <invoice+statements@stripe.com>",
                   f"Your receipt from {AGENCIES[j.town][0]}")
        top(p, j.to, merchant=j.to)
        p.add("center", rng.choice(["Receipt", f"Receipt from {j.to}"]) if fits(p, "center", f"Receipt from {j.to}")
              else "Receipt")
        p.part = "outcome"
        outcome_row(p, status, {"success": ["Payment successful", "Paid"], "failed": ["Payment failed - card declined"],
                                "pending": ["Payment processing"]})
        p.part = "body"
        p.pair(rng.choice(["Amount paid", "Amount"]) if status == "success" else "Amount due", fc(sent),
               amount=sent, cur=cur)
        if not j.no_day:
            p.pair("Date paid" if status == "success" else "Date", day, date=j.date)
        card = rng.choice(["Visa", "Mastercard", "Amex"])
        p.pair("Payment method", f"{card} - {digits(rng, 4)}", method="card")
        if not j.no_ref:
            rec = f"{digits(rng, 4)}-{digits(rng, 4)}"
            p.pair(rng.choice(["Receipt #", "Receipt No"]), rec, txn=(INVOICE_RANK, rec))
        p.add("rule")
        p.pair(rng.choice(WORK), fc(sent))
        p.add("small", f"Questions? Contact {AGENCIES[j.town][0]} at billing@"
                       f"{AGENCIES[j.town][0].split()[0].lower()}.in")
    else:
        p.style["h106"]["url"] = "myaccount.payoneer.com/ma/payment-requests/details"
        top(p, "Payoneer")
        p.part = "outcome"
        outcome_row(p, status, {"success": ["Payment request paid", "Payment complete"],
                                "pending": ["Payment pending"], "failed": ["Payment failed"]})
        p.part = "body"
        payee_pair(p, ["Paid to", "Payee"], j.to)
        p.pair("Amount", fc(sent), amount=sent, cur=cur)
        p.pair("Description", rng.choice(WORK) if fits(p, "pair", f"Description {WORK[0]}   ") else "Design work")
        way = rng.choice(["card", "netbanking"])
        p.pair("Paid with", f"Credit card {masked(rng, font)}" if way == "card" else "ACH bank debit", method=way)
        if not j.no_ref:
            pid = digits(rng, 10)
            labelled(p, rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if not j.no_day:
            labelled(p, rng.choice(["Payment date", "Date"]), day, date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Keep this receipt for your records.", "This is an automated message."]))
    return p.done()


# ---------------------------------------------------------------- 5. the agency's GST tax invoice stamped paid


INV_WAYS = ["netbanking", "UPI", "card", "netbanking", "cheque", "UPI", "netbanking", "card"]


def tax_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The agency's own TAX INVOICE (paper or its billing tool's PDF) stamped paid: the agency on top with GSTIN,
    Invoice No, Invoice Date, Due Date, Bill To the client with its GSTIN, services with SAC 998314 / 998361,
    Taxable value, CGST + SGST or IGST @ 18% (an export under LUT, zero-rated, in dollars on one), Total invoice
    value, Amount received / Paid, Payment received on, the way and its reference, PAID / PAYMENT RECEIVED /
    UNPAID - OVERDUE / CHEQUE RETURNED UNPAID."""
    k = place("tax_invoice")
    status = outcome(k, failed=(4,), pending=(6,))
    way = INV_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=15000, high=600000, firm=0.7)
    export = k == 3
    if k in (1, 5):
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = rng.choice(["books.vyapar.in/invoice/view", "app.mybillbook.in/invoice/pdf"])
    else:
        p = screen(rng, font, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        paper(p, rng)
    cur = "USD" if export else "INR"
    rs = Cur(rng, font, cur)
    agency_head(p, j, j.to, ["TAX INVOICE", "Tax Invoice", "TAX INVOICE (Original for Recipient)"
                             if fits(p, "center", "TAX INVOICE (Original for Recipient)") else "TAX INVOICE"])
    number = rng.choice([f"{AGENCIES[j.town][0][:2].upper()}/{fy(j.date)}/{rng.randrange(1, 400):03d}",
                         f"INV-{j.date:%Y}-{rng.randrange(1, 999):04d}", f"{code(rng, 3, UPPER)}{digits(rng, 5)}"])
    if not j.no_ref:
        p.pair(rng.choice(["Invoice No.", "Invoice No", "Inv No"]), number, txn=(INVOICE_RANK, number))
    issued = j.date - dt.timedelta(days=rng.randrange(5, 40))
    if not j.no_day:
        p.pair("Invoice Date", when(issued, rng.choice(SLIP_PATS)))
    p.pair("Due Date", when(issued + dt.timedelta(days=rng.choice([15, 30, 45])), rng.choice(SLIP_PATS)))
    client = ABROAD[j.town][0] if export else j.client
    p.pair("Bill To", client if fits(p, "pair", f"Bill To {client}   ") else client.split(" ")[0])
    if not export:
        p.pair("Client GSTIN", gstin(rng, rng.choice(CITIES)[4]))
    p.add("rule")
    base = j.amount if export else round(j.amount / 1.18, 2)
    if export:
        base = whole(rupees(rng, 900, 15000, 0.7), 10)
    work = rng.choice(WORK)
    p.pair(f"{work} (SAC 998314)" if fits(p, "pair", f"{work} (SAC 998314) 9,99,999.00  ") else work, rs(base))
    p.pair("Taxable value", rs(base))
    if export:
        p.add("small", "Export of services under LUT without payment of IGST")
        total = base
    else:
        if rng.random() < 0.5:
            half = round(base * 0.09, 2)
            p.pair("CGST @ 9%", rs(half))
            p.pair("SGST @ 9%", rs(half))
            total = round(base + 2 * half, 2)
        else:
            igst = round(base * 0.18, 2)
            p.pair("IGST @ 18%", rs(igst))
            total = round(base + igst, 2)
    p.pair(rng.choice(["Total Invoice Value", "Invoice Total"]), rs(total))
    p.add("rule")
    facts = {"amount": total, "cur": cur}
    p.pair({"success": rng.choice(["Amount Received", "Amount Paid"]), "failed": "Cheque Amount",
            "pending": "Balance Due"}[status], rs(total), **facts)
    if way == "cheque":
        p.pair("Payment Mode", "Cheque")
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
    elif status != "pending":
        p.pair(rng.choice(["Payment Mode", "Paid via", "Received by"]),
               {"netbanking": rng.choice(["NEFT", "RTGS", "Bank transfer", "SWIFT wire"]) if not export else
                "SWIFT wire", "UPI": "UPI", "card": f"Credit card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref and way == "netbanking" and not export:
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, j.date)
            p.pair("UTR No", ref, txn=(UTR_RANK, ref))
        elif not j.no_ref and way == "UPI":
            p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day and status != "pending":
        p.pair(rng.choice(["Payment received on", "Paid on", "Payment Date"]), when(j.date, rng.choice(SLIP_PATS)),
               date=j.date)
    p.add("center", {"success": rng.choice(["PAID", "PAYMENT RECEIVED", "** PAID **"]),
                     "failed": "CHEQUE RETURNED UNPAID", "pending": rng.choice(["UNPAID - OVERDUE", "UNPAID"])}[status],
          status=status)
    p.part = "foot"
    p.add("small", f"Bank: {rng.choice(PVT[:4])}, A/c {digits(rng, 4)}XXXX{digits(rng, 4)}, IFSC {ifsc(rng)}")
    p.add("right", f"For {AGENCIES[j.town][1]}" if fits(p, "right", f"For {AGENCIES[j.town][1]}") else
          "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 6. the agency's receipt voucher


VOUCHER_WAYS = ["netbanking", "cheque", "UPI", "cash", "netbanking", "cheque", "card", "UPI"]


def receipt_voucher(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The agency's RECEIPT VOUCHER (an advance before the work, GST's receipt voucher) or MONEY RECEIPT on its
    receipt book: the agency on top, Voucher No / Receipt No, Date, Received with thanks from M/s <client> the sum
    of Rupees <words>, towards, by NEFT / cheque / UPI / cash and its reference, Rs <sum> in a box, For <agency>
    over Authorised Signatory; a cheque bounced and one under clearing."""
    k = place("receipt_voucher")
    status = outcome(k, failed=(1,), pending=(5,))
    way = VOUCHER_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=10000, high=300000, p_round=0.9)
    j.amount = whole(j.amount, rng.choice([100, 1000]))
    p = screen(rng, font, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    paper(p, rng)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", "INR"))
    agency_head(p, j, j.to, ["RECEIPT VOUCHER", "MONEY RECEIPT", "ADVANCE RECEIPT VOUCHER"
                             if fits(p, "center", "ADVANCE RECEIPT VOUCHER") else "RECEIPT VOUCHER"])
    if not j.no_ref:
        number = rng.choice([f"RV/{fy(j.date)}/{rng.randrange(1, 300):03d}", f"MR-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Voucher No.", "Receipt No.", "Receipt No"]), number, txn=(INVOICE_RANK, number))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), when(j.date, rng.choice(SLIP_PATS + ["%d %B %Y"])), date=j.date)
    p.add("left", f"Received with thanks from M/s {j.client}")
    p.add("left", f"the sum of {rs(j.amount)}")
    p.add("left", f"towards {rng.choice(['advance for', 'milestone payment for', 'final payment for'])} "
                  f"{rng.choice(WORK).lower()}")
    if way == "cheque":
        p.add("left", f"by Cheque No. {rng.randrange(0, 999999):06d} drawn on {rng.choice(PSB + PVT)}")
    else:
        p.pair(rng.choice(["Mode", "Payment Mode"]), {"netbanking": rng.choice(["NEFT", "RTGS", "IMPS"]),
                                                       "UPI": "UPI", "cash": "Cash",
                                                       "card": f"Card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref and way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "HDFC", "KKBK"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        elif not j.no_ref and way == "UPI":
            p.pair(rng.choice(["UPI Ref No", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "card":
            appr = digits(rng, 6)
            p.pair("Approval Code", appr, txn=(APPR_RANK, appr))
    p.add("rule")
    p.pair(rng.choice(["Amount", "Amount Received"]), rs(j.amount), amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["RECEIVED WITH THANKS", "PAID"]),
                     "failed": "CHEQUE BOUNCED - RECEIPT CANCELLED", "pending": "CHEQUE UNDER CLEARING"}[status],
          status=status)
    p.part = "foot"
    p.add("small", "Subject to realisation of cheque." if way == "cheque" else "Thank you for your business.")
    p.add("right", f"For {AGENCIES[j.town][0]}")
    p.add("right", "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 7. a SaaS invoice the agency paid by card


SAAS = [("Figma, Inc.", "USD", "mail", "Figma Professional - 6 editors", "invoices@figma.com"),
        ("Adobe", "INR", "browser", "Creative Cloud All Apps - 4 licences", None),
        ("Amazon Web Services India Pvt Ltd", "INR", "browser", "AWS usage charges", None),
        ("Google Workspace", "INR", "mail", "Business Standard - 12 users", "payments-noreply@google.com"),
        ("Atlassian", "USD", "mail", "Jira Software Standard - 15 users", "noreply@am.atlassian.com"),
        ("Notion Labs, Inc.", "USD", "mail", "Notion Plus - 9 members", "team@makenotion.com"),
        ("GitHub, Inc.", "USD", "browser", "GitHub Team - 10 seats", None),
        ("JetBrains s.r.o.", "EUR", "mail", "All Products Pack - 3 users", "sales@jetbrains.com")]
SAAS_URLS = {"Adobe": "account.adobe.com/orders/billing-history", "Amazon Web Services India Pvt Ltd":
             "console.aws.amazon.com/billing/home#/bills", "GitHub, Inc.": "github.com/organizations/billing/history"}


def saas_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A software subscription the agency paid by card (Figma, Adobe, AWS India, Google Workspace, Atlassian, Notion,
    GitHub, JetBrains; e-mail or the billing page): the vendor on top, Receipt / Invoice, Invoice number / Receipt
    number, the plan and its billing period (a service period, never the day paid), subtotal, tax (IGST 18% on
    rupee bills, VAT reverse charge on euros), Total / Amount paid, Visa / Mastercard ending in …, Date paid /
    Payment date; one declined, one processing."""
    k = place("saas_card")
    status = outcome(k, failed=(2,), pending=(4,))
    vendor, cur, kind, plan, sender = SAAS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    p = screen(rng, font, kind, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    if kind == "mail":
        mail_frame(p, f"{vendor.split(',')[0]} <{sender}>", {"success": "Your receipt", "failed":
                                                              "Payment declined - action needed",
                                                              "pending": "Payment processing"}[status])
    else:
        p.style["h106"]["url"] = SAAS_URLS[vendor]
    fc = Cur(rng, font, cur)
    base = whole(rupees(rng, 1800, 90000, 0.6), 1) if cur == "INR" else round(rng.uniform(45, 900), 2)
    tax = round(base * 0.18, 2) if cur == "INR" else 0.0
    total = round(base + tax, 2)
    p.part = "head"
    top(p, vendor, merchant=vendor)
    p.add("center", rng.choice(["Receipt", "Invoice", "Payment receipt"]) if status == "success" else "Invoice")
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment successful", "Paid", "Payment received"],
                            "failed": ["Payment declined", "Your card was declined"],
                            "pending": ["Payment processing", "Payment pending"]})
    p.part = "body"
    if not j.no_ref:
        inv = rng.choice([f"{code(rng, 8, CAPS)}-{rng.randrange(1, 20):04d}", f"{digits(rng, 10)}",
                          f"IN{j.date:%y}{digits(rng, 8)}"])
        labelled(p, rng.choice(["Invoice number", "Receipt number", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        labelled(p, rng.choice(["Date paid", "Payment date"]) if status == "success" else "Date",
                 day_us(rng, j.date, cur), date=j.date)
    start = j.date.replace(day=1)
    p.pair(rng.choice(["Billing period", "Service period"]),
           f"{when(start, '%b {d}')} - {when(start + dt.timedelta(days=27), '%b {d}, %Y')}")
    p.add("rule")
    wrap_pair(p, plan, fc(base))
    p.pair("Subtotal", fc(base))
    if cur == "INR":
        p.pair("IGST (18%)", fc(tax))
    elif cur == "EUR":
        p.pair("VAT (reverse charge)", fc(0.0))
    else:
        p.pair("Tax", fc(0.0))
    p.pair(rng.choice(["Total", "Amount paid", "Total (incl. tax)"]) if status == "success" else "Amount due",
           fc(total), amount=total, cur=cur)
    net = rng.choice(["Visa", "Mastercard", "Amex", "RuPay"])
    p.pair(rng.choice(["Payment method", "Charged to", "Paid with"]),
           f"{net} ending in {digits(rng, 4)}", method="card")
    if status == "failed":
        p.add("small", "Please update your card. We will retry the charge in 3 days.")
    p.add("rule")
    p.add("small", f"Bill to: {AGENCIES[j.town][1]}, {CITIES[j.town][0]}, India")
    p.part = "foot"
    p.add("small", rng.choice(["Questions? Visit our help centre.", "Thank you for your business."]))
    return p.done()


# ---------------------------------------------------------------- 8. co-working and office rent receipts


COWORK = [("WeWork India", "cowork"), ("91springboard", "cowork"), ("landlord", "rent"), ("Awfis", "cowork"),
          ("IndiQube", "cowork"), ("landlord", "rent"), ("BHIVE Workspace", "cowork"), ("landlord", "rent")]
LANDLORDS = ["Suresh Nair", "Vandana Kulkarni", "Mohd. Iqbal Khan", "R. Venkataraman", "Harpreet Singh Bedi"]
RENT_WAYS = ["card", "netbanking", "netbanking", "UPI", "netbanking", "cheque", "card", "UPI"]


def cowork_rent(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """What the agency paid for its seats or its office: a co-working operator's payment receipt (WeWork India,
    91springboard, Awfis, IndiQube, BHIVE; its member portal or PDF) with Receipt No, the membership, the month,
    the fee, CGST + SGST, Total paid, the way and its reference; or an owner's RENT RECEIPT on paper: Received with
    thanks from <the agency> the rent of <premises> for <month>, Landlord / Landlord's Name over the owner, his PAN,
    the way, a revenue stamp; one declined card, one cheque under clearing."""
    k = place("cowork_rent")
    status = outcome(k, failed=(6,), pending=(5,))
    who, kind = COWORK[k]
    way = RENT_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=18000, high=240000, p_round=0.9)
    month = when(j.date, rng.choice(["%B %Y", "%b %Y"]))
    if kind == "cowork":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"members.{who.split()[0].lower()}.in/billing/receipts"
        rs = money(rng, font, 0.3)
        base = whole(j.amount / 1.18, 10)
        half = round(base * 0.09, 2)
        total = round(base + 2 * half, 2)
        p.part = "head"
        top(p, who, merchant=who)
        p.add("small", f"{CITIES[j.town][2]}, {CITIES[j.town][0]}")
        p.add("center", rng.choice(["Payment Receipt", "Receipt"]))
        p.part = "outcome"
        outcome_row(p, status, {"success": ["Payment received", "Paid"], "failed": ["Payment failed"],
                                "pending": ["Payment pending"]})
        p.part = "body"
        if not j.no_ref:
            rec = f"{code(rng, 2, UPPER)}/{fy(j.date)}/{digits(rng, 5)}"
            p.pair(rng.choice(["Receipt No", "Receipt No."]), rec, txn=(INVOICE_RANK, rec))
        wrap_pair(p, "Member", AGENCIES[j.town][1])
        desks = rng.randint(4, 14)
        wrap_pair(p, rng.choice(["Plan", "Membership"]), f"{desks} dedicated desks - {month}")
        p.pair("Membership fee", rs(base))
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        p.pair(rng.choice(["Total paid", "Amount Paid", "Total Amount"]), rs(total), amount=total)
        p.pair(rng.choice(["Payment mode", "Paid via"]), {"card": f"Corporate card {masked(rng, font)}",
                                                         "netbanking": "NEFT", "UPI": "UPI Autopay"}[way], method=way)
        if not j.no_ref and way == "netbanking":
            ref = neft_utr(rng.choice(["HDFC", "ICIC"]), rng, j.date)
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
        elif not j.no_ref and way == "card" and status == "success":
            tid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            p.pair(rng.choice(["Payment date", "Paid on"]), when(j.date, rng.choice(PATS)), date=j.date)
        p.part = "foot"
        p.add("small", "Security deposit is refundable as per the membership agreement.")
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
        rs = money(rng, font, 0.7, marks=("Rs.", "Rs", "\u20b9"))
        owner = rng.choice(LANDLORDS)
        rent = whole(j.amount, 500)
        p.part = "head"
        p.add("title", "RENT RECEIPT")
        p.part = "body"
        if not j.no_ref:
            rec = f"{rng.randrange(1, 60)}"
            p.pair("Receipt No.", rec, txn=(INVOICE_RANK, rec))
        if not j.no_day:
            p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
        p.add("left", f"Received with thanks from {AGENCIES[j.town][1]}")
        p.add("left", f"the sum of {rs(rent)} towards the rent of office premises at")
        p.add("left", f"{rng.randrange(2, 600)}, {CITIES[j.town][2]}, {CITIES[j.town][0]} for the month of {month}.")
        p.pair(rng.choice(["Landlord's Name", "Name of Landlord", "Landlord"]), owner, merchant=owner)
        p.pair("PAN of Landlord", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
        if way == "cheque":
            p.pair("Mode", "Cheque")
            p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
        else:
            p.pair(rng.choice(["Mode", "Payment Mode"]), {"netbanking": "NEFT", "UPI": "UPI",
                                                           "card": "Card"}[way], method=way)
            if not j.no_ref and way == "UPI":
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["Rent Amount", "Amount"]), rs(rent), amount=rent)
        p.add("center", {"success": rng.choice(["RECEIVED", "PAID"]), "failed": "CHEQUE RETURNED UNPAID",
                         "pending": "CHEQUE UNDER CLEARING"}[status], status=status)
        p.part = "foot"
        p.add("right", "[Revenue stamp]")
        p.add("right", f"Signature of Landlord ({owner})" if fits(p, "right", f"Signature of Landlord ({owner})")
              else "Signature of Landlord")
    return p.done()


# ---------------------------------------------------------------- 9. a payout the agency made to a freelancer


PAYOUTS = [("RazorpayX", "web"), ("Cashfree Payouts", "web"), ("ICICI Bank", "app"), ("Open", "web"),
           ("HDFC Bank", "app"), ("RazorpayX", "web"), ("Kotak Mahindra Bank", "app"), ("Wise Business", "web")]


def freelancer_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payout the agency made to a freelancer (RazorpayX and Cashfree payout details, Open's business account,
    ICICI, HDFC and Kotak apps; Wise Business to a freelancer in Portugal in euros): the platform on top, Payout /
    Transfer details, Beneficiary Name / Payee / Paid to over the freelancer, the fund account, the gross fee, TDS
    u/s 194J @ 10% on some, Amount paid / Net amount / Payout amount, Mode IMPS / NEFT / UPI, UTR and the payout id
    (pout_…), Status Processed / Reversed / Queued, the day; one reversed, one queued."""
    k = place("freelancer_payout")
    status = outcome(k, failed=(5,), pending=(1,))
    plat, kind = PAYOUTS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=6000, high=140000, p_round=0.7)
    who = rng.choice(FREELANCERS) if k != 7 else "Joao Ferreira"
    who = who.upper() if rng.random() < 0.25 else who
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = {"RazorpayX": "x.razorpay.com/payouts", "Cashfree Payouts":
                                  "payouts.cashfree.com/transfers", "Open": "app.open.money/payouts",
                                  "Wise Business": "wise.com/business/transfers"}[plat]
        dark = False
    else:
        dark = rng.random() < 0.4
        p = screen(rng, font, "phone", dark=dark, width=620, title="", buttons=rng.choice([("Share",), ()]))
        phone_frame(p, k)
    eur = plat == "Wise Business"
    rs = Cur(rng, font, "EUR") if eur else money(rng, font, 0.4)
    gross = whole(j.amount, 100) if not eur else whole(rupees(rng, 400, 3000, 0.8), 10)
    tds = round(gross * 0.10, 2) if not eur and rng.random() < 0.6 else 0.0
    net = round(gross - tds, 2)
    head(p, plat, (0, 70, 140) if kind == "app" else None, dark, ["Payout details", "Transfer details"])
    p.part = "body"
    payee_pair(p, ["Beneficiary Name", "Payee", "Paid to", "Transfer to"], who)
    if eur:
        p.pair("IBAN", f"PT50 {digits(rng, 4)} {digits(rng, 4)} XXXX XXXX {digits(rng, 3)}")
    else:
        p.pair(rng.choice(["Fund account", "Account"]), f"XXXXXXX{digits(rng, 4)} / {ifsc(rng)}")
    if tds:
        p.pair(rng.choice(["Gross fee", "Invoice amount"]), rs(gross))
        p.pair("TDS u/s 194J @ 10%", rs(tds))
    p.pair(rng.choice(["Amount paid", "Net amount", "Payout amount"]) if status == "success" else "Amount", rs(net),
           amount=net, **({"cur": "EUR"} if eur else {}))
    mode = "SEPA transfer" if eur else rng.choice(["IMPS", "NEFT", "UPI"])
    p.pair("Mode", mode, method="UPI" if mode == "UPI" else "netbanking")
    if not j.no_ref:
        if status == "success" and not eur:
            ref = j.ref if mode in ("IMPS", "UPI") else neft_utr("YESB", rng, j.date)
            labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
        pid = f"pout_{code(rng, 14, MIXED)}" if plat == "RazorpayX" else digits(rng, rng.choice([9, 10, 14]))
        labelled(p, rng.choice(["Payout ID", "Transfer ID"]) if plat != "RazorpayX" else "Payout ID", pid,
                 txn=(TXN_RANK, pid))
    p.pair("Status", {"success": rng.choice(["Processed", "Completed", "Success"]),
                      "failed": "Reversed - beneficiary account closed"
                      if fits(p, "pair", "Status Reversed - beneficiary account closed  ") else "Reversed",
                      "pending": rng.choice(["Queued", "Pending", "In process"])}[status], status=status)
    if not j.no_day:
        labelled(p, rng.choice(["Processed on", "Created on", "Date"]) if status == "success" else "Created on",
                 stamp(rng, j.date, PATS, twelve=rng.random() < 0.5), date=j.date)
    p.pair(rng.choice(["Purpose", "Narration"]), rng.choice(["Vendor payout", "Freelance design fee",
                                                             "Illustrations - April"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Debited from {AGENCIES[j.town][1]} current account" if fits(
        p, "small", f"Debited from {AGENCIES[j.town][1]} current account") else "Debited from current account")
    return p.done()


# ---------------------------------------------------------------- 10. a payment-link page paying the agency


LINKS = ["Razorpay", "Cashfree", "PayU", "Instamojo", "Stripe", "Easebuzz", "Razorpay", "PhonePe PG"]
LINK_WAYS = ["UPI", "card", "netbanking", "UPI", "card", "wallet", "card", "UPI"]


def payment_link(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's page after paying the agency's payment link (Razorpay, Cashfree, PayU, Instamojo, Stripe in US
    dollars, Easebuzz, Razorpay's international card in dollars, PhonePe PG): the agency on top or after Paying to
    / Payment to, what for, the outcome, the sum large, the way, Payment ID (pay_…) / Transaction ID / Order ID,
    UPI Ref No / Bank RRN on some, the day, Secured by the gateway; one failed, one pending."""
    k = place("payment_link")
    status = outcome(k, failed=(2,), pending=(7,))
    gw, way = LINKS[k], LINK_WAYS[k]
    usd = k in (4, 6)
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=3000, high=150000, caps=0.3)
    amount = round(rng.uniform(150, 4000), 2) if usd else j.amount
    phone = rng.random() < 0.5
    if phone:
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, buttons=rng.choice([("Download receipt",), ()]))
        phone_frame(p, k)
    else:
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = {"Razorpay": "rzp.io/l/", "Cashfree": "payments.cashfree.com/links/",
                                  "PayU": "u.payu.in/", "Instamojo": "imjo.in/", "Stripe": "buy.stripe.com/",
                                  "Easebuzz": "pay.easebuzz.in/", "PhonePe PG": "phon.pe/"}[gw] + code(rng, 8, MIXED)
    fc = Cur(rng, font, "USD") if usd else money(rng, font, 0.5)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Paying to", "Payment to"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice(WORK))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Payment received", "Thank you! Payment done"],
                            "failed": ["Payment Failed", "Payment declined by bank"],
                            "pending": ["Payment processing", "Awaiting confirmation"]})
    p.add("big", fc(amount), amount=amount, **({"cur": "USD"} if usd else {}))
    p.part = "body"
    p.add("rule")
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]),
           {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}",
            "netbanking": f"Net Banking - {rng.choice(PVT[:4])}", "wallet": "Paytm Wallet"}[way], method=way)
    if not j.no_ref:
        rows = []
        pid = f"pay_{code(rng, 14, MIXED)}" if gw in ("Razorpay", "Stripe") else \
            f"MOJO{digits(rng, 6)}{code(rng, 6, CAPS)}" if gw == "Instamojo" else digits(rng, rng.choice([10, 12, 16]))
        if gw == "Stripe":
            pid = f"pi_{code(rng, 24, MIXED)}"
        rows.append((rng.choice(["Payment ID", "Transaction ID"]), pid, (TXN_RANK, pid)))
        if rng.random() < 0.5:
            oid = f"order_{code(rng, 14, MIXED)}" if gw == "Razorpay" else f"ORD{digits(rng, 9)}"
            rows.append(("Order ID", oid, (ORDER_RANK, oid)))
        if status == "success" and way == "UPI" and rng.random() < 0.7:
            rows.append((rng.choice(["UPI Ref No", "Bank RRN"]), j.ref, (UTR_RANK, j.ref)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Date", "Paid on", "Date & Time"]),
                 day_us(rng, j.date, "USD") + f", {hhmm(rng)}" if usd else stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(["Email", "Customer"]), f"accounts@{j.client.split()[0].lower()}.com")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 11. a client's transfer tracked


TRACK_BANKS = [("ICICI Bank", "NEFT", "ICIC"), ("HDFC Bank", "RTGS", "HDFC"), ("Axis Bank", "IMPS", "UTIB"),
               ("State Bank of India", "NEFT", "SBIN"), ("Kotak Mahindra Bank", "IMPS", "KKBK"),
               ("Bank of Baroda", "NEFT", "BARB"), ("IndusInd Bank", "RTGS", "INDB"), ("Yes Bank", "NEFT", "YESB")]


def transfer_status(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client's bank's "Track transaction" page or e-mail for a transfer to the agency, with its steps (Initiated,
    Debited from your account, Sent to beneficiary bank, Credited / Returned / Awaiting credit) and a Current
    status: the bank on top, Payee / Beneficiary, Amount, the rail, UTR / IMPS Ref No and the bank's Transaction
    Reference No. on some, Initiated on, the steps' hours; three pending, two failed."""
    k = place("transfer_status")
    status = outcome(k, failed=(1, 5), pending=(0, 3, 6))
    bank, mode, head4 = TRACK_BANKS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=15000, high=900000 if mode == "RTGS" else 200000)
    mail = k % 2 == 1
    if mail:
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        mail_frame(p, f"{bank} <alerts@{head4.lower()}bank.co.in>", "Status of your fund transfer")
    else:
        dark = rng.random() < 0.4
        p = screen(rng, font, "phone", dark=dark, width=620, title="Track transaction")
        phone_frame(p, k)
    rs = money(rng, font, 0.5)
    p.part = "head"
    top(p, bank)
    p.add("center", rng.choice(["Transaction Status", "Track your transfer"]))
    p.part = "body"
    word = {"success": rng.choice(["Credited to beneficiary", "Completed"]),
            "failed": rng.choice(["Returned by beneficiary bank", "Failed"]),
            "pending": rng.choice(["Awaiting credit by beneficiary bank", "In process"])}[status]
    p.pair(rng.choice(["Current status", "Status"]), word, status=status)
    p.pair("Amount", rs(j.amount), amount=j.amount)
    payee_pair(p, ["Payee", "Beneficiary Name", "Beneficiary"], j.to)
    p.pair("Transfer mode", mode, method="netbanking")
    if not j.no_ref:
        if mode == "IMPS" or status != "pending":
            ref = j.ref if mode == "IMPS" else neft_utr(head4, rng, j.date) if mode == "NEFT" \
                else rtgs_utr(head4, rng, j.date)
            labelled(p, "IMPS Ref No" if mode == "IMPS" else "UTR No", ref, txn=(UTR_RANK, ref))
        if mode != "IMPS" and (status == "pending" or rng.random() < 0.4):
            own = f"{code(rng, 1, UPPER)}{digits(rng, 10)}"
            labelled(p, "Transaction Reference No.", own, txn=(BANK_RANK, own))
    if not j.no_day:
        labelled(p, rng.choice(["Initiated on", "Transaction Date"]), when(j.date, rng.choice(PATS)), date=j.date)
    p.add("rule")
    p.add("left", "Progress")
    steps = ["Initiated", "Debited from your account", f"Sent to beneficiary bank via {mode}"]
    steps.append({"success": "Credited to beneficiary account", "failed": "Returned - amount credited back",
                  "pending": "Awaiting confirmation"}[status])
    tick = sign(font, "\u2713", "-")
    start = rng.randrange(8, 17) * 60 + rng.randrange(60)
    hours = [f"{(start + 7 * n) // 60:02d}:{(start + 7 * n) % 60:02d}" for n in range(4)]
    for n, step in enumerate(steps):
        mark = tick if n < 3 or status == "success" else "o"
        p.add("small", f"{mark} {step}  {hours[n]}" if n < 3 or status != "pending" else
              f"{mark} {step}")
    if status == "failed":
        p.add("small", "Reason: beneficiary account details do not match.")
    elif status == "pending":
        p.add("small", "Transfers are usually credited within 2 hours. Please do not repeat the transfer.")
    p.part = "foot"
    p.add("small", "This is a system generated message.")
    return p.done()


# ---------------------------------------------------------------- 12. a client's payment net of TDS


TDS_KINDS = ["advice", "advice", "receipt", "advice", "receipt", "advice", "advice", "receipt"]


def tds_advice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client paying the agency's invoice net of TDS u/s 194J: the client's PAYMENT ADVICE e-mail or PDF (the
    client on top, Vendor Name / Vendor / Payee over the agency, Invoice No, gross, GST, TDS @ 10% (2% on some), Net
    amount paid, Payment Date / Value Date, Mode NEFT / RTGS, UTR), or the agency's receipt for the net sum with the
    TDS noted: the agency on top, Receipt No, Received from, Invoice value, Less TDS, Amount received."""
    k = place("tds_advice")
    status = outcome(k, pending=(5,))
    kind = TDS_KINDS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=40000, high=900000, p_round=0.9)
    base = whole(j.amount, 100)
    gst = round(base * 0.18, 2)
    rate = rng.choice([10, 10, 2])
    tds = round(base * rate / 100, 2)
    net = round(base + gst - tds, 2)
    rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9", "Rs"))
    mode = rng.choice(["NEFT", "RTGS"])
    inv = f"{AGENCIES[j.town][0][:2].upper()}/{fy(j.date)}/{rng.randrange(1, 400):03d}"
    if kind == "advice":
        mail = rng.random() < 0.5
        p = screen(rng, font, "mail" if mail else "browser", width=rng.choice([720, 760]),
                   size=rng.choice([17, 18]))
        if mail:
            mail_frame(p, f"{j.client} <ap@{j.client.split()[0].lower()}.com>", "Payment advice")
        else:
            p.style["h106"]["url"] = "vendorportal." + j.client.split()[0].lower() + ".com/payments/advice"
        p.part = "head"
        top(p, j.client)
        p.add("center", rng.choice(["PAYMENT ADVICE", "Vendor Payment Advice"]))
        p.part = "body"
        payee_pair(p, ["Vendor Name", "Vendor", "Payee"], j.to)
        p.pair("Vendor Code", f"V{digits(rng, 6)}")
        if not j.no_ref:
            p.pair(rng.choice(["Invoice No.", "Invoice No"]), inv, txn=(INVOICE_RANK, inv))
        p.pair("Invoice amount", rs(base))
        p.pair("GST @ 18%", rs(gst))
        p.pair(f"Less: TDS u/s 194J @ {rate}%", rs(tds))
        p.pair(rng.choice(["Net amount paid", "Net Amount", "Amount paid"]) if status == "success" else
               "Net amount", rs(net), amount=net)
        p.pair("Payment Mode", mode, method="netbanking")
        if not j.no_ref and status == "success":
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "CITI"]), rng, j.date) if mode == "NEFT" else \
                rtgs_utr(rng.choice(["HDFC", "ICIC", "CITI"]), rng, j.date)
            labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        if not j.no_day:
            labelled(p, rng.choice(["Payment Date", "Value Date"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
        p.pair("Status", {"success": rng.choice(["Paid", "Processed"]), "pending": "Payment under process"}[status],
               status=status)
        p.part = "foot"
        p.add("small", "TDS will be reflected in Form 26AS after the quarterly return is filed.")
    else:
        p = screen(rng, font, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        paper(p, rng)
        agency_head(p, j, j.to, ["RECEIPT", "PAYMENT RECEIPT"])
        if not j.no_ref:
            rec = f"RC-{rng.randrange(100, 9999)}"
            p.pair("Receipt No.", rec, txn=(INVOICE_RANK, rec))
        if not j.no_day:
            p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
        wrap_pair(p, "Received from", j.client)
        p.pair("Against Invoice", inv)
        p.pair("Invoice value (incl. GST)", rs(round(base + gst, 2)))
        p.pair(f"Less: TDS @ {rate}%", rs(tds))
        p.pair("Amount received", rs(net), amount=net)
        p.pair("Mode", mode, method="netbanking")
        if not j.no_ref:
            ref = neft_utr("SBIN", rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.add("center", "RECEIVED WITH THANKS", status="success")
        p.part = "foot"
        p.add("small", "TDS certificate (Form 16A) awaited from the client.")
        p.add("right", f"For {AGENCIES[j.town][0]}")
    return p.done()


# ---------------------------------------------------------------- drawing


compose = compose121

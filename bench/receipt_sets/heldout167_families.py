"""The twelve heldout167 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a printing and packaging exporter's day in 2026 (Sivagiri Print & Pack Exports Pvt
Ltd, with its press at Sivakasi and its carton unit at Noida), told by the proofs of payment it receives and makes:
overseas buyers' wires and Wise transfers in US dollars, euros and pounds, domestic brand owners' NEFT payment
advices, the paper mills' and board mills' invoices, the ink and consumables suppliers' UPI and payment links, the
freight forwarders' and customs brokers' bills, export incentive and GST refund credits, the press makers' service
engineers' bills, the staff's card slips at suppliers' counters, electricity through Bharat Connect and the board's
own page, EPF and ESI challans, workers' wage vouchers and the bank's SMS alerts. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers,
invoice lists, exchange rates, INR equivalents, charges, TDS and GST lines, shipping bills, BL and container numbers,
IEC, GSTIN, IFSC, BIC, PAN, UMRN, consumer and establishment numbers, periods, cheque numbers, MID, TID, batch and the
payer's own details carry no fact. ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"

COMPANY = "Sivagiri Print & Pack Exports Pvt Ltd"
COMPANY_CAPS = "SIVAGIRI PRINT & PACK EXPORTS PRIVATE LIMITED"
SHORT = "Sivagiri Print & Pack"
# unit, address, GST state code
UNITS = [
    ("Sivakasi", "SIDCO Industrial Estate, Sivakasi - 626123, Tamil Nadu", "33"),
    ("Noida", "C-48, Sector 63, Noida - 201301, Uttar Pradesh", "09"),
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
    "%Y-%m-%d",
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Indian Bank",
    "Canara Bank",
    "Tamilnad Mercantile Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Indian Bank": "IDIB",
    "Canara Bank": "CNRB",
    "Tamilnad Mercantile Bank": "TMBL",
    "Kotak Mahindra Bank": "KKBK",
}
WORKERS = [
    "Muthupandi K",
    "Selvi Ramasamy",
    "Karuppasamy P",
    "Rajeshwari M",
    "Ganesan Murugan",
    "Pappathi S",
    "Ramesh Kumar Yadav",
    "Sunita Devi",
    "Mohd Arif",
    "Pinky Kumari",
    "Balamurugan R",
    "Anitha Jeyakumar",
]


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 1000,
        high: float = 200000,
        p_round: float = 0.5,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.unit = rng.randrange(2)
        self.ref = utr(rng, self.date)

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a shipping bill's, a cheque's, a due day): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 1) -> str:
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def date_row(
    p: Screen, j: Job, labels: list[str], pats: list[str] | None = None, *, hour: bool = False
) -> None:
    """The payment's day under one of ``labels``, none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = stamp(rng, j.date, pats or PATS) if hour else j.day(rng, pats)
    wrap_pair(p, rng.choice(labels), text, date=j.date)


def neft_ref(rng: random.Random, j: Job, bank: str) -> str:
    """A 16-character NEFT UTR (SBIN426170123456 style) or a 22-character one (HDFCN52026061512345678 style)."""
    head = IFSC.get(bank, "SBIN")
    if rng.random() < 0.5:
        return neft_utr(head, rng, j.date)
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def acct(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(BANKS)
    return f"{bank} A/c XXXXXX{digits(rng, 4)}", f"{IFSC[bank]}0{digits(rng, 6)}"


def letterhead(
    p: Screen, name: str, sub: str, address: str, state: str, kinds: list[str], *, merchant: bool = True
) -> None:
    """A business on top of its paper: its line, address, GSTIN and phone (never an id), the document's kind."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", address)
    p.add("small", f"GSTIN: {gstin(rng, state)}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to / Buyer / Received from: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}"]))


def gst_lines(p: Screen, rs, taxable: float, rate: float, inter: bool) -> float:
    """CGST and SGST (or IGST) on ``taxable``; the rounded invoice total."""
    tax = round(taxable * rate / 100, 2)
    if inter:
        p.pair(f"IGST @ {rate:g}%", rs(tax))
    else:
        half = round(tax / 2, 2)
        p.pair(f"CGST @ {rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {rate / 2:g}%", rs(half))
        tax = 2 * half
    total = float(round(taxable + tax))
    if abs(total - (taxable + tax)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    return total


# ---------------------------------------------------------------- 1. overseas buyers' wires and Wise transfers


BUYERS = [
    ("Northbrook Stationery Inc", "Chicago, IL, USA", "USD", "JPMorgan Chase Bank NA, New York", "CHASUS33"),
    ("Papeterie Lumiere SARL", "Lyon, France", "EUR", "BNP Paribas, Paris", "BNPAFRPP"),
    (
        "Fenwick & Hale Stationers Ltd",
        "Leeds, United Kingdom",
        "GBP",
        "Barclays Bank PLC, London",
        "BARCGB22",
    ),
    ("Oakridge Gift Wrap LLC", "Dallas, TX, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S"),
    ("Kartonage Weber GmbH", "Stuttgart, Germany", "EUR", "Commerzbank AG, Frankfurt", "COBADEFF"),
    ("Bramley Print Buyers Ltd", "Bristol, United Kingdom", "GBP", "Lloyds Bank PLC", "LOYDGB2L"),
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}
# bank or Wise, its frame
WIRE_FRAMES = [
    ("HDFC Bank", "browser"),
    ("Wise", "phone"),
    ("State Bank of India", "paper"),
    ("ICICI Bank", "mail"),
    ("Wise", "mail"),
    ("Axis Bank", "browser"),
    ("Kotak Mahindra Bank", "mail"),
    ("Indian Bank", "paper"),
]


def buyer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An overseas buyer paying for printed books, cartons or gift boxes: six banks' inward remittance advices (HDFC
    Bank's and Axis Bank's pages in a browser, ICICI Bank's and Kotak's e-mails, SBI's and Indian Bank's printed
    advices: the bank on top, Inward Remittance Advice / Foreign Inward Remittance - Credit Advice / Export proceeds
    realised, Beneficiary / Beneficiary name the company, Remitter / Ordering customer the buyer, Remitting bank and
    BIC, Remittance amount / Foreign currency amount in USD, EUR or GBP, Exchange rate, INR equivalent, Less: Bank
    charges, Amount credited (INR), Purpose code P0102, Against invoice, Mode SWIFT inward (MT103), Inward ref No. /
    Our reference, UETR on some, Value date / Credited on / Received on / Returned on) and two of the buyer's Wise
    transfers (Wise's app and e-mail: You sent, Wise fee, Amount converted, Guaranteed rate, Recipient gets (INR), To /
    Recipient the company, Transfer #, Sent on / Arrived on)."""
    k = place("buyer_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    buyer, city, cur, rbank, bic = rng.choice(BUYERS)
    j.amount = (
        round(rng.uniform(4000, 68000), 2) if rng.random() < 0.6 else float(rng.randrange(40, 600) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    inv = f"SPPE/EXP/{fy(j.date)}/{rng.randrange(40, 480):03d}"
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    if bank == "Wise":
        if frame == "phone":
            p = phone_page(rng, font, k, ["Transfer details", "Activity", ""])
            p.part = "head"
            p.add("title", "Wise")
        else:
            p = mail_page(
                rng,
                font,
                "Wise <noreply@wise.com>",
                [f"Your money's on its way to {SHORT}", "Your transfer is complete", "Transfer receipt"],
            )
            p.part = "head"
            p.add("title", "Wise")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Your transfer is complete", "Money sent", "The money has arrived"],
                "pending": ["We're processing your transfer", "Transfer in progress"],
                "failed": ["Transfer cancelled - refund on its way"],
            },
        )
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        fee = round(j.amount * rng.uniform(0.004, 0.007), 2)
        p.pair("You sent", show(j.amount))
        p.pair("Wise fee", show(fee))
        p.pair("Amount converted", show(round(j.amount - fee, 2)))
        p.pair("Guaranteed rate", f"1 {cur} = {rate:.4f} INR")
        p.pair("Recipient gets", f"INR {round((j.amount - fee) * rate, 2):,.2f}")
        wrap_pair(p, rng.choice(["To", "Recipient"]), payee, merchant=payee)
        p.pair("Account", f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}")
        wrap_pair(p, "Reference", f"Inv {inv}")
        wrap_pair(p, "Paid with", "Bank transfer", method="netbanking")
        if not j.no_ref:
            tid = f"#{rng.randrange(1100000000, 1999999999)}"
            p.pair("Transfer", tid, txn=(TXN_RANK, tid))
        labels = {
            "success": ["Arrived on", "Sent on"],
            "pending": ["Sent on", "Created on"],
            "failed": ["Cancelled on"],
        }[status]
        date_row(p, j, labels, WEST_PATS)
        p.part = "foot"
        p.add("small", "Wise Payments Limited is authorised by the Financial Conduct Authority.")
        return p.done()
    if frame == "browser":
        p = browser_page(
            rng,
            font,
            f"{'cbs' if bank == 'Axis Bank' else 'corp'}.{bank.split()[0].lower()}"
            f".co.in/trade/inward/{code(rng, 8, ALNUM)}",
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeadvice@{bank.split()[0].lower()}bank.net>",
            ["Inward remittance credited to your account", "Credit advice - foreign inward remittance"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small", rng.choice(["Trade Finance Centre, Chennai", "Global Trade Services", "Forex Back Office"])
    )
    p.add(
        "center",
        rng.choice(
            [
                "Inward Remittance Advice",
                "Foreign Inward Remittance - Credit Advice",
                "Export proceeds realised - advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Credited", "Credited to your account"],
            "pending": ["Received - pending disposal (purpose code and invoice awaited)"],
            "failed": ["Returned to remitting bank - beneficiary name mismatch"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
    p.pair("Account", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['Current', 'EEFC'])})")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{buyer}, {city}")
    wrap_pair(p, "Remitting bank", rbank)
    p.pair("BIC", bic + rng.choice(["", "XXX"]))
    p.pair(
        rng.choice(["Remittance amount", "Foreign currency amount"]), show(j.amount), amount=j.amount, cur=cur
    )
    inr = round(j.amount * rate, 2)
    charges = float(rng.choice([500, 750, 1000, 1250])) + round(rng.uniform(0, 400), 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Less: Bank charges (incl. GST)", f"{charges:,.2f}")
    if status != "failed":
        p.pair("Amount credited (INR)", f"{inr - charges:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Against invoice", inv)
    p.pair("Mode", rng.choice(["SWIFT inward (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'TF'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward ref No.", "Our reference", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if rng.random() < 0.5:
            uetr = (
                f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-a{code(rng, 3, HEX)}-"
                f"{code(rng, 12, HEX)}"
            )
            wrap_pair(p, "UETR", uetr)
    labels = {
        "success": ["Value date", "Credited on"],
        "pending": ["Received on"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels)
    p.part = "foot"
    p.add("small", "e-BRC will be uploaded to DGFT once the shipping bill is linked.")
    return p.done()


# ---------------------------------------------------------------- 2. domestic brand owners' NEFT payment advices


BRANDS = [
    ("Kesari Foods Pvt Ltd", "accounts.payable@kesarifoods.in", "Folding cartons - Kesari masala 100 g"),
    ("Sampoorna Ayurveda Ltd", "vendorpayments@sampoorna.co.in", "Mono cartons - Triphala churna"),
    ("Nilgiri Valley Tea Co", "ap@nilgirivalleytea.com", "Tea caddy boxes - 250 g"),
    ("Amrutha Sweets & Snacks", "payments@amruthasweets.in", "Sweet boxes - Diwali 1 kg"),
    ("Vyom Pharma Ltd", "payables@vyompharma.com", "Printed leaflets and cartons"),
    ("Greenleaf Home Care Pvt Ltd", "ap.india@greenleafhc.in", "Labels - dishwash 500 ml"),
]
BRAND_FRAMES = ["mail", "sap", "mail", "portal", "mail", "sap", "portal", "mail"]


def brand_neft(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A domestic brand owner paying for its cartons and labels by NEFT / RTGS: its payment advice e-mails (the brand
    on top, the company under Payee / Vendor / Beneficiary, Vendor code, the invoices paid with their sums, Less: TDS
    u/s 194Q / 194C, Less: Debit note, Net amount paid, Payment mode, UTR / UTR No. / RTGS UTR, Payment document,
    Payment date / Value date), a printed SAP remittance advice and its vendor portal page (Payment status Paid /
    Processed / On hold - bank details under verification / Rejected by bank - account closed)."""
    k = place("brand_neft")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=40000, high=900000)
    brand, mail, item = rng.choice(BRANDS)
    frame = BRAND_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{brand} <{mail}>",
            ["Payment advice", "Remittance advice - vendor payment", f"Payment released - {SHORT}"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, brand)
    p.add("small", rng.choice(["Accounts payable", "Vendor payments desk", "Finance - Shared services"]))
    p.add(
        "center",
        {"mail": "Payment Advice", "sap": "REMITTANCE ADVICE", "portal": "Vendor portal - payment"}[frame],
    )
    p.add("rule")
    p.part = "body"
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', '40', 'SUP'])}{digits(rng, 6)}")
    n = rng.randrange(1, 4)
    tds = 0.1 if rng.random() < 0.6 else 2.0
    invoices = []
    for _ in range(n):
        invoices.append((f"SPPE/{fy(j.date)}/{rng.randrange(100, 2999)}", rupees(rng, 20000, 400000, 0.2)))
    gross = sum(v for _, v in invoices)
    p.add("left", rng.choice(["Invoices paid", "Documents settled"]))
    for no, v in invoices:
        p.pair(
            f"{no} ({item.split(' - ')[0]})"
            if fits(p, "pair", f"{no} ({item.split(' - ')[0]}) {v:,.2f}  ")
            else no,
            rs(v),
        )
    cut = round(gross * tds / 100, 2)
    p.pair(f"Less: TDS u/s {'194Q' if tds < 1 else '194C'} @ {tds:g}%", rs(cut))
    debit = float(rng.choice([0, 0, 1850, 4200])) if n > 1 else 0.0
    if debit:
        p.pair("Less: Debit note (short supply)", rs(debit))
    j.amount = round(gross - cut - debit, 2)
    p.pair(rng.choice(["Net amount paid", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = (
                neft_ref(rng, j, bank) if way == "NEFT" else f"{IFSC[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
            )
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document", "Payment No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid", "Status: Processed"],
            "pending": ["On hold - bank details under verification"],
            "failed": ["Rejected by bank - account closed"],
        },
    )
    labels = {
        "success": ["Payment date", "Value date"],
        "pending": ["Scheduled on", "Initiated on"],
        "failed": ["Rejected on"],
    }[status]
    date_row(p, j, labels)
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 3. paper and board mills' invoices


MILLS = [
    (
        "Tamirabharani Paper Mills Ltd",
        "Manufacturers of maplitho and coated art paper",
        "Cheranmahadevi, Tirunelveli - 627414, Tamil Nadu",
        "33",
    ),
    (
        "Kuttanad Board Mills Pvt Ltd",
        "Duplex board | Grey back | FBB",
        "Kumarakom Road, Kottayam - 686563, Kerala",
        "32",
    ),
    (
        "Vindhya Kraft Papers Pvt Ltd",
        "Kraft paper 80 - 200 GSM",
        "Industrial Area, Rewa - 486001, Madhya Pradesh",
        "23",
    ),
    (
        "Shivalik Coated Boards Ltd",
        "SBS and FBB boards for packaging",
        "Kala Amb, Sirmaur - 173030, Himachal Pradesh",
        "02",
    ),
]
PAPERS = [
    ("Maplitho 70 GSM (reels)", 78.5, 96.0),
    ("Art paper 130 GSM gloss", 92.0, 108.0),
    ("Duplex board 300 GSM grey back", 52.0, 64.0),
    ("FBB 350 GSM", 88.0, 104.0),
    ("Kraft paper 150 GSM", 41.0, 49.0),
    ("SBS board 280 GSM", 96.0, 118.0),
]
MILL_WAYS = ["NEFT", "RTGS", "cheque", "NEFT", "RTGS", "NEFT", "cheque", "NEFT"]


def mill_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A paper or board mill's TAX INVOICE / INVOICE CUM RECEIPT for reels and sheets (the mill on top, its line,
    address and GSTIN; Invoice No. / Inv. No., Date / Invoice date, Buyer / Bill to M/s the company, Ship to the
    unit, E-way bill No. and Truck No., the grades with Kg x rate, Freight, Taxable value, CGST and SGST or IGST @ 12%
    / 18%, Round off, Invoice total, then the payment block: Received / Amount received with its NEFT or RTGS UTR,
    or Cheque received with Cheque No. and Drawn on; PAID / RECEIVED WITH THANKS / CHEQUE DEPOSITED - SUBJECT TO
    CLEARANCE / CHEQUE RETURNED - FUNDS INSUFFICIENT - SUPPLY ON HOLD, in the mill's rubber stamp too)."""
    k = place("mill_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    mill, line, addr, state = rng.choice(MILLS)
    name = mill.upper() if rng.random() < 0.3 else mill
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", ""))
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - ORIGINAL"])
    inv = f"{''.join(w[0] for w in mill.split()[:3]).upper()}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    if not j.no_ref:
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Invoice date", "Dated"])
    ours_to(p, ["Buyer", "Bill to"])
    p.pair("Ship to", f"{UNITS[j.unit][0]} unit")
    p.pair("E-way bill No.", digits(rng, 12))
    taxable = 0.0
    for grade, lo, hi in rng.sample(PAPERS, rng.randrange(1, 3)):
        kg = rng.randrange(8, 90) * 100
        rate = round(rng.uniform(lo, hi), 2)
        value = round(kg * rate, 2)
        taxable += value
        p.add("left", grade)
        p.pair(f"  {kg:,} kg x {rate:.2f}", rs(value))
    freight = float(rng.choice([0, 0, 6500, 9800, 12400]))
    if freight:
        p.pair("Freight", rs(freight))
        taxable += freight
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, rng.choice([12, 18]), state != UNITS[j.unit][2])
    p.pair("Invoice total", rs(total))
    j.amount = total
    p.add("rule")
    way = MILL_WAYS[k]
    if status != "success":
        way = "cheque"
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(total),
            amount=total,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
        if status == "failed":
            p.pair("Return reason", "Funds insufficient")
    else:
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            bank = rng.choice(BANKS)
            ref = (
                neft_ref(rng, j, bank) if way == "NEFT" else f"{IFSC[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
            )
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT - SUPPLY ON HOLD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(total)}")
    right(p, f"For {name}")
    seal(
        p,
        mill.split()[0] + " " + mill.split()[1],
        "ACCOUNTS",
        None if j.no_day else j.date,
        word.split(" - ")[0],
    )
    return p.done()


# ---------------------------------------------------------------- 4. ink and consumables suppliers: UPI and links


INKS = [
    "Chromaline Inks Pvt Ltd",
    "Rangoli Printing Inks",
    "Sri Murugan Plate Makers",
    "Kasturi Adhesives",
    "Bharat Blankets & Chemicals",
    "Vel Murugan Die Works",
    "Noida Offset Spares",
    "Annai Lamination Films",
]
INK_APPS = ["Google Pay", "PhonePe", "Paytm", "Razorpay", "BHIM", "Cashfree", "Google Pay", "PhonePe"]
INK_NOTES = [
    "Pantone 485 C - 5 kg",
    "CTP plates 20 nos",
    "Fountain solution",
    "Blanket 1040 x 860",
    "Die for SKU 44",
    "Lamination film roll",
    "Gum for pasting",
    "Process inks CMYK",
]
APP_BANDS = {"Google Pay": None, "PhonePe": (95, 37, 159), "Paytm": (0, 46, 110), "BHIM": (247, 130, 34)}


def ink_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press paying ink, plate, blanket, die and adhesive suppliers: six UPI app screens (Google Pay, PhonePe,
    Paytm, BHIM; the supplier under Paid to / To / Sent to, its UPI ID, the sum large, UPI transaction ID / UPI Ref
    No. / UTR, the app's own id on some, Debited from, a note) and two suppliers' payment links (Razorpay, Cashfree:
    the supplier on top, Payment successful, Amount paid, Paid by the company, Payment ID / Order ID, UPI RRN or
    Auth code, Paid on; the gateway's footer)."""
    k = place("ink_upi")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=450, high=48000, p_round=0.7)
    to = INKS[k] if rng.random() < 0.75 else INKS[k].upper()
    app = INK_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Cashfree"):
        p = browser_page(
            rng,
            font,
            ("rzp.io/l/" if app == "Razorpay" else "payments.cashfree.com/forms/")
            + code(rng, 8, ALNUM.lower()),
        )
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Sivakasi", "Noida, Uttar Pradesh", "Chennai"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), rng.choice([SHORT, COMPANY]))
        way = "UPI" if rng.random() < 0.5 else "card"
        p.pair("Payment method", "UPI" if way == "UPI" else f"Visa card {masked(rng, font)}", method=way)
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, ALNUM)}" if app == "Razorpay" else digits(rng, 10)
            p.pair("Payment ID" if app == "Razorpay" else "Transaction ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by Cashfree Payments")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    p.part = "head"
    band = APP_BANDS[app]
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI", "Google Pay": "Google Pay"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent"],
            "failed": ["Payment Failed", "Transaction declined"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    p.add("small", lab)
    p.add("center", to, merchant=to)
    base = "".join(c for c in to.lower() if c.isalpha())[:10]
    p.add(
        "small", f"UPI ID: {base}@{rng.choice(['okaxis', 'ybl', 'paytm', 'icici', 'hdfcbank'])}", method="UPI"
    )
    if status == "failed":
        p.add("small", "Any money debited will be refunded within 3-5 working days.")
    p.add("rule")
    p.pair("Note", rng.choice(INK_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 5. freight forwarders and customs brokers


FORWARDERS = [
    (
        "Coromandel Freight Forwarders Pvt Ltd",
        "Ocean & air freight | NVOCC",
        "Tuticorin - 628001, Tamil Nadu",
        "33",
    ),
    (
        "Yamuna Logistics & Clearing",
        "Licensed customs broker (CHA) - ICD Tughlakabad",
        "Okhla Phase II, New Delhi - 110020",
        "07",
    ),
    (
        "Seaway Shipping Agencies",
        "Freight forwarding & consolidation",
        "Rajaji Salai, Chennai - 600001",
        "33",
    ),
    (
        "Pragati CFS & Customs Brokers",
        "Customs clearance | CFS handling | Transport",
        "Dadri, Gautam Buddha Nagar - 201311",
        "09",
    ),
]
FF_FRAMES = ["paper", "mail", "paper", "browser", "mail", "paper", "browser", "paper"]


def freight_customs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A freight forwarder's or customs broker's bill the company paid (printed INVOICE CUM RECEIPT / DEBIT NOTE -
    PAID / FREIGHT INVOICE, an e-mail's payment acknowledgement, a forwarder's customer portal page): the forwarder
    on top, Shipper / Client M/s the company, Job No., Shipping bill No., BL No. / HAWB No., Container, Port of
    loading / discharge, Ocean freight (USD n @ rate, billed in rupees), THC, BL fee, Customs clearance charges,
    CFS charges, GST @ 18% on the services, Total, Less: TDS u/s 194C @ 2%, Net received / Received (net of TDS) with
    NEFT / RTGS and its UTR, or Cheque amount; RECEIVED / PAID / PAYMENT UNDER VERIFICATION / CHEQUE RETURNED)."""
    k = place("freight_customs")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    ff, line, addr, state = rng.choice(FORWARDERS)
    name = ff.upper() if rng.random() < 0.25 else ff
    frame = FF_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{ff.split()[0]} Accounts <accounts@{ff.split()[0].lower()}log.in>",
            ["Payment received - thank you", "Receipt against our invoice"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    elif frame == "browser":
        p = browser_page(rng, font, f"my.{ff.split()[0].lower()}.in/customer/receipts/{digits(rng, 7)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Customer portal - receipts")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [700, 740])
        letterhead(
            p, name, line, addr, state, ["INVOICE CUM RECEIPT", "FREIGHT INVOICE - PAID", "DEBIT NOTE - PAID"]
        )
    ours_to(p, ["Shipper", "Client", "Customer"])
    p.pair("Job No.", f"{rng.choice(['EXP', 'SEA', 'JOB'])}/{rng.randrange(1000, 9999)}")
    p.pair("Shipping bill No.", f"{rng.randrange(1000000, 9999999)} dt. {j.other_day(rng, -20, -2)}")
    p.pair(rng.choice(["BL No.", "HBL No."]), f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    p.pair("Container", f"{code(rng, 4, UPPER)}{digits(rng, 7)} (20' GP)")
    usd = float(rng.randrange(9, 40) * 100)
    rate = round(rng.uniform(85.5, 88.8), 2)
    lines = [(f"Ocean freight (USD {usd:,.0f} @ {rate})", round(usd * rate, 2))]
    lines += [
        ("THC", float(rng.choice([11500, 12800, 14200]))),
        ("BL fee", 4500.0),
        ("Customs clearance charges", float(rng.choice([3500, 4500, 6000]))),
        ("CFS handling", float(rng.randrange(40, 120) * 100)),
    ]
    lines = lines[:2] + rng.sample(lines[2:], 2)
    total = 0.0
    for label, value in lines:
        p.pair(label, rs(value)) if fits(p, "pair", f"{label} {value:,.2f}    ") else (
            p.add("left", label),
            p.add("right", rs(value)),
        )
        total += value
    services = total - lines[0][1]
    gst = round(services * 0.18, 2)
    p.pair("GST @ 18% (on services)", rs(gst))
    total = round(total + gst, 2)
    p.pair("Total", rs(total))
    tds = round(services * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    if status == "failed":
        p.pair("Cheque amount", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.add("center", "CHEQUE RETURNED - SIGNATURE MISMATCH", status="failed")
    else:
        p.pair(
            rng.choice(["Net received", "Received (net of TDS)", "Amount received"]),
            rs(j.amount),
            amount=j.amount,
        )
        way = rng.choice(["NEFT", "RTGS"]) if j.amount > 200000 else "NEFT"
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            bank = rng.choice(BANKS)
            ref = (
                neft_ref(rng, j, bank) if way == "NEFT" else f"{IFSC[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
            )
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            rec = f"RCT/{fy(j.date)}/{rng.randrange(100, 9999)}"
            p.pair("Receipt No.", rec, txn=(INVOICE_RANK, rec))
        p.add(
            "center",
            {
                "success": rng.choice(["RECEIVED", "PAID", "Payment received"]),
                "pending": "PAYMENT UNDER VERIFICATION - CREDIT AWAITED",
            }[status],
            status=status,
        )
    date_row(p, j, ["Date", "Received on", "Payment date"] if status != "failed" else ["Returned on"])
    p.part = "foot"
    p.add("small", "Subject to Tuticorin jurisdiction." if "Tuticorin" in addr else "E. & O.E.")
    return p.done()


# ---------------------------------------------------------------- 6. export incentives and GST refunds


INCENTIVE_FRAMES = ["pfms", "gst", "sms", "icegate", "gst", "sms", "pfms", "icegate"]


def refunds_incentives(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Money the government pays the exporter: the duty drawback credited through ICEGATE (a browser page: Drawback
    scroll No., Shipping bill No. and date, Port code, Drawback amount, Credited to, Status Credited / Scroll
    generated - credit awaited), a GST refund's payment order (the GST portal's RFD-05 page: Refund type Export of
    goods with payment of IGST / ITC accumulated due to export without payment of tax, ARN, Refund sanctioned, Less:
    adjusted against demand, Net refund paid, PFMS payment ref / Bank ref / UTR, Payment date / Returned by bank), a
    PFMS e-payment advice for the interest on delayed refund and the bank's SMS of the credit. *settled*: these pay
    the company (the beneficiary credited) as printed under Beneficiary / Credited to / Refund to / Exporter, never the
    department, CBIC, GSTN or the bank."""
    k = place("refunds_incentives")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=8000, high=650000)
    frame = INCENTIVE_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "INR", "\u20b9"))
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    bank = rng.choice(BANKS)
    if frame == "sms":
        p = phone_page(rng, font, k, ["Messages", "AD-" + IFSC[bank] + "BK"])
        p.part = "body"
        assert status == "success" and not j.no_day and not j.no_ref
        ref = neft_ref(rng, j, "SBIN")
        p.add("small", when(j.date, rng.choice(["%d %b %Y", "{d} %B %Y"])), date=j.date)
        p.add("left", f"Dear Customer, A/c XX{digits(rng, 4)} credited with {rs(j.amount)}", amount=j.amount)
        p.add(
            "left",
            f"on {j.day(rng, ['%d-%m-%y', '%d/%m/%Y'])} by NEFT from {rng.choice(['CBIC DRAWBACK', 'CGST REFUND'])}",
            method="netbanking",
        )
        p.add("left", f"to {payee}.", merchant=payee)
        p.add("left", f"UTR {ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Avl Bal {rs(rupees(rng, 100000, 4000000))} -{bank}", status="success")
        return p.done()
    if frame == "icegate":
        p = browser_page(rng, font, "www.icegate.gov.in/Webappl/drawback/scroll_status")
        p.part = "head"
        p.add("title", "ICEGATE")
        p.add("small", "Indian Customs Electronic Gateway - Drawback disbursal status")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Exporter", payee, merchant=payee)
        p.pair("IEC", code(rng, 10, ALNUM))
        p.pair("Port code", rng.choice(["INTUT1", "INMAA1", "INTKD6", "INDER6"]))
        p.pair("Shipping bill No.", str(rng.randrange(1000000, 9999999)))
        p.pair("SB date", j.other_day(rng, -60, -20))
        p.pair("Drawback scroll No.", f"{rng.randrange(100, 999)}/{j.date.year}")
        p.pair("Drawback amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref and status == "success":
            ref = neft_ref(rng, j, bank)
            p.pair("Bank ref / UTR", ref, txn=(UTR_RANK, ref))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Credited"],
                "pending": ["Scroll generated - credit awaited"],
                "failed": ["Credit failed - account not validated in PFMS"],
            },
        )
        date_row(
            p, j, {"success": ["Credited on"], "pending": ["Scroll date"], "failed": ["Failed on"]}[status]
        )
        return p.done()
    if frame == "gst":
        p = browser_page(rng, font, "services.gst.gov.in/services/refund/trackstatus")
        p.part = "head"
        p.add("title", "Goods and Services Tax")
        p.add("small", "Track refund status - RFD-05 Payment order")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Legal name", payee)
        p.pair("GSTIN", gstin(rng, UNITS[j.unit][2]))
        wrap_pair(
            p,
            "Refund type",
            rng.choice(
                ["Export of goods with payment of IGST", "ITC accumulated - export without payment of tax"]
            ),
        )
        p.pair("ARN", f"AA{UNITS[j.unit][2]}{j.date:%m%y}{digits(rng, 7)}")
        sanction = j.amount + (float(rng.choice([0, 12500, 31800])))
        p.pair("Refund sanctioned", rs(sanction))
        p.pair("Less: adjusted against demand", rs(sanction - j.amount))
        p.pair("Net refund paid", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Refund to", f"{payee}", merchant=payee)
        p.pair("Bank", f"{bank} XXXXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            ref = f"{j.date:%y}{digits(rng, 11)}" if status != "success" else neft_ref(rng, j, "SBIN")
            p.pair(
                "PFMS payment ref" if status != "success" else "UTR",
                ref,
                txn=(TXN_RANK if status != "success" else UTR_RANK, ref),
            )
        outcome_row(
            p,
            status,
            {
                "success": ["Refund paid", "Status: Refund disbursed"],
                "pending": ["Payment order issued - disbursal awaited"],
                "failed": ["Returned by bank - account not validated"],
            },
        )
        date_row(
            p, j, {"success": ["Payment date"], "pending": ["Order date"], "failed": ["Returned on"]}[status]
        )
        return p.done()
    p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, "PFMS")
    p.add("small", "Public Financial Management System - e-Payment advice")
    p.add("rule")
    p.part = "body"
    p.pair("Agency", "Commissioner of CGST, Madurai" if j.unit == 0 else "Commissioner of CGST, Noida")
    wrap_pair(p, "Beneficiary", payee, merchant=payee)
    p.pair("Purpose", "Interest on delayed refund u/s 56")
    p.pair("Amount", rs(j.amount), amount=j.amount)
    p.pair("Mode", "e-Payment (NEFT)", method="netbanking")
    if not j.no_ref:
        ref = neft_ref(rng, j, "SBIN")
        p.pair("Bank Ref No. / UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_ref:
        ep = f"EP{j.date:%y}{digits(rng, 9)}"
        p.pair("e-Payment ID", ep, txn=(TXN_RANK, ep))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Success"],
            "pending": ["Status: Sent to bank"],
            "failed": ["Status: Failed - returned"],
        },
    )
    date_row(p, j, ["Payment date", "Credited on"])
    return p.done()


# ---------------------------------------------------------------- 7. card slips at suppliers' counters


COUNTERS = [
    ("SRI VINAYAGA HARDWARES", "SIVAKASI"),
    ("NOIDA PAPER MART", "SECTOR 5 NOIDA"),
    ("MURUGAN FUELS - HPCL DEALER", "VIRUDHUNAGAR RD"),
    ("OFFSET SPARES CENTRE", "CHENNAI"),
    ("KALPANA STATIONERS", "SIVAKASI"),
    ("GANGA PACKAGING STORES", "GHAZIABAD"),
    ("STAR CORRUGATION SUPPLIES", "MADURAI"),
    ("ARIHANT ELECTRICALS", "SECTOR 63 NOIDA"),
]
MAKERS = ["PINE LABS", "HDFC BANK", "WORLDLINE", "ICICI BANK", "MOSAMBEE", "AXIS BANK", "PAYTM EDC", "EZETAP"]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The staff's company card at suppliers' counters (hardware, paper marts, a fuel outlet, spares shops): the
    terminal's slip (PINE LABS, HDFC BANK, WORLDLINE, ICICI BANK, MOSAMBEE, AXIS BANK, PAYTM EDC, EZETAP; monospace):
    the maker on top on some, the counter's name and town in capitals, DATE: / TIME: or DT: TM: on one row, MID:,
    TID:, BATCH NO:, INVOICE NO:, SALE, CARD NO:, CARD TYPE:, ENTRY: CHIP / CONTACTLESS, APPR CODE: / AUTH CODE:,
    RRN:, AMOUNT: / TOTAL: / BASE AMT:; APPROVED / TXN SUCCESSFUL / DECLINED with RESP CODE: 51 / TXN TIMEOUT -
    STATUS UNKNOWN - CHECK BEFORE RETRY."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=350, high=42000)
    name, town = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d, t = (
            when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y"])),
            hhmm(rng, twelve=False, seconds=True),
        )
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    inv = f"{rng.randrange(1, 9999):06d}"
    if not j.no_ref:
        p.pair(rng.choice(["INVOICE NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"]))
    p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP"]))
    if status == "success" and not j.no_ref:
        appr = f"{digits(rng, 6)}"
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        rrn = j.ref
        p.pair(rng.choice(["RRN:", "REF NO:"]), rrn, txn=(UTR_RANK, rrn))
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "BASE AMT:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 55 INCORRECT PIN"]))
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 8. press makers' service engineers


SERVICES = [
    (
        "Heidel Print Services India Pvt Ltd",
        "Offset press service - spares - retrofits",
        "Guindy, Chennai - 600032",
        "33",
    ),
    (
        "Komori Press Care",
        "Authorised service partner - Komori / Ryobi",
        "Okhla Phase I, New Delhi - 110020",
        "07",
    ),
    (
        "Bobst Carton Line Services",
        "Die-cutters and folder-gluers: AMC and breakdown calls",
        "Ambattur, Chennai - 600058",
        "33",
    ),
    (
        "Sri Saravana Engineering Works",
        "Press repairs, roller grinding, electricals",
        "Sattur Road, Sivakasi - 626123",
        "33",
    ),
]
SVC_ITEMS = [
    ("Breakdown visit - Speedmaster SM 74", 6500, 14500),
    ("Gripper bar overhaul", 18000, 42000),
    ("Roller regrinding (6 nos)", 7200, 15600),
    ("AMC charges - quarter", 45000, 90000),
    ("Folder-gluer belt replacement", 9800, 22500),
    ("Engineer's travel and stay", 3500, 9000),
    ("Dampening unit servicing", 8400, 17600),
    ("PLC diagnosis - die-cutter", 12000, 26000),
]
SVC_WAYS = ["NEFT", "cheque", "NEFT", "UPI", "RTGS", "NEFT", "cheque", "UPI"]


def maintenance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A service engineer's or press maker's SERVICE BILL / SERVICE REPORT CUM BILL / TAX INVOICE - SERVICE (serif
    paper): the service firm on top, Bill No. / Invoice No., Date, Customer M/s the company and its unit, Machine /
    Serial No., Call No. / Ticket No., the work done n x rate, Sub total, GST @ 18% (CGST and SGST or IGST), Total,
    Less: TDS u/s 194C @ 2% / 194J @ 10% (on the technical fee), Net received / Amount received, Mode with its UTR,
    UPI Ref No. or Cheque No. and Bank; PAID / RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / UPI DECLINED -
    BALANCE DUE."""
    k = place("maintenance")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    firm, line, addr, state = rng.choice(SERVICES)
    name = firm.upper() if rng.random() < 0.3 else firm
    p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "", "\u20b9"))
    letterhead(
        p, name, line, addr, state, ["SERVICE BILL", "SERVICE REPORT CUM BILL", "TAX INVOICE - SERVICE"]
    )
    bill = f"{rng.choice(['SB', 'SRV', 'INV'])}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
    if not j.no_ref:
        p.pair(rng.choice(["Bill No.", "Invoice No."]), bill, txn=(INVOICE_RANK, bill))
    date_row(p, j, ["Date", "Bill date", "Dated"])
    ours_to(p, ["Customer", "To"])
    p.pair("Unit", UNITS[j.unit][0])
    p.pair(rng.choice(["Call No.", "Ticket No."]), f"{rng.choice(['CL', 'TK'])}{digits(rng, 6)}")
    p.pair("Machine Sr. No.", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    sub = 0.0
    for item, lo, hi in rng.sample(SVC_ITEMS, rng.randrange(2, 4)):
        v = float(round(rng.uniform(lo, hi), -1))
        p.add("left", item)
        right(p, rs(v))
        sub += v
    p.pair("Sub total", rs(sub))
    total = gst_lines(p, rs, sub, 18, state != UNITS[j.unit][2])
    p.pair("Total", rs(total))
    sec = rng.choice(["194C @ 2%", "194J @ 10%"])
    tds = round(sub * (0.02 if "194C" in sec else 0.10))
    p.pair(f"Less: TDS u/s {sec}", rs(float(tds)))
    j.amount = round(total - tds, 2)
    way = SVC_WAYS[k]
    if status == "pending":
        way = "cheque"
    if status == "failed":
        way = "UPI"
    if status == "failed":
        p.pair("Balance due", rs(j.amount), amount=j.amount)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
        word = "UPI DECLINED - BALANCE DUE"
    elif way == "cheque":
        p.pair(
            "Cheque received" if status == "pending" else "Amount received",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
        word = "CHEQUE RECEIVED - SUBJECT TO REALISATION" if status == "pending" else "PAID"
    else:
        p.pair(rng.choice(["Net received", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                bank = rng.choice(BANKS)
                ref = (
                    neft_ref(rng, j, bank)
                    if way == "NEFT"
                    else f"{IFSC[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
                )
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        word = rng.choice(["PAID", "RECEIVED"])
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees {words_in_rupees(j.amount).removeprefix('Rupees ')}")
    right(p, "Service engineer / Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 9. electricity: Bharat Connect and the boards


POWER = [
    ("bbps", "Tamil Nadu Power Distribution Corporation Ltd"),
    ("board", "TNPDCL"),
    ("bbps", "Paschimanchal Vidyut Vitran Nigam Ltd"),
    ("board", "NPCL"),
    ("bbps", "TNPDCL"),
    ("board", "Tamil Nadu Power Distribution Corporation Ltd"),
    ("bbps", "Noida Power Company Ltd"),
    ("board", "PVVNL"),
]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press's and the carton unit's HT electricity: four Bharat Connect pages in the bank's corporate app (the
    app's title, Bill payment successful / Bill payment in process / Payment declined by bank, the sum large, Biller /
    Electricity board the board (short or long as printed), Consumer No. / Service No., Consumer name the company,
    Bill date, Due date, Bill amount, Paid from Current A/c, B-Connect Txn ID / Bharat Connect Ref. No., Transaction
    ID, Paid on) and four of the boards' own payment pages (TNPDCL, NPCL, PVVNL in a browser: the board on top,
    Payment receipt, Service / Consumer No., Receipt No., Bank Ref No., Amount paid, Mode Net banking / UPI, Date of
    payment)."""
    k = place("power_bills")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=38000, high=640000, p_round=0.3)
    kind, board = POWER[k]
    rs = money(rng, font, 0.3)
    bill_amt = j.amount
    if kind == "bbps":
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect"])
        p.part = "head"
        p.add(
            "title",
            rng.choice(["HDFC Bank SmartHub", "ICICI InstaBIZ", "Axis neo for business", "Kotak FYN"]),
        )
        p.add("small", "Bharat Connect - Electricity")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill payment successful"],
                "pending": ["Bill payment in process"],
                "failed": ["Payment declined by bank"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Biller", "Electricity board"]), board, merchant=board)
        p.pair(rng.choice(["Consumer No.", "Service No."]), digits(rng, 12))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "SIVAGIRI PRINT AND PACK EXP"]))
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Bill amount", rs(bill_amt))
        p.pair("Paid from", f"Current A/c XXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref))
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(
            p,
            j,
            ["Paid on", "Date & time"] if status == "success" else ["Initiated on", "Declined on"],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    site = {"TNPDCL": "www.tnpdcl.org", "NPCL": "www.noidapower.com", "PVVNL": "www.pvvnl.org"}.get(
        board, "www.tnpdcl.org"
    )
    p = browser_page(rng, font, f"{site}/QuickPay/receipt?ref={digits(rng, 9)}")
    p.part = "head"
    top(p, board, merchant=board)
    p.add("small", rng.choice(["Online payment receipt", "Quick pay - payment acknowledgement"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful"],
            "failed": ["Payment failed - amount if debited will be refunded"],
            "pending": ["Payment pending"],
        },
    )
    p.pair(
        rng.choice(["Service No.", "Consumer No."]),
        f"{rng.randrange(10, 99)}-{digits(rng, 3)}-{digits(rng, 4)}",
    )
    p.pair("Tariff", rng.choice(["HT IIA - Industrial", "LMV-6 Small & medium power", "HV-2 Industrial"]))
    p.pair("Bill month", j.month(1))
    way = rng.choice(["Net banking", "UPI"])
    p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
    if not j.no_ref:
        rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
        p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        bref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        p.pair(
            "UPI Ref No." if way == "UPI" else "Bank Ref No.",
            bref,
            txn=((UTR_RANK if way == "UPI" else BANK_RANK), bref),
        )
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    date_row(p, j, ["Date of payment", "Payment date"])
    return p.done()


# ---------------------------------------------------------------- 10. EPF and ESI challans


def pf_esi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The month's EPF and ESI: four EPFO ECR challan receipts (the unified portal's page: Employees' Provident Fund
    Organisation on top, TRRN, Establishment ID / name, Wage month, A/c 1, 2, 10, 21, 22 dues, Total amount, Payment
    mode Net banking / Payment confirmation, CRN, Bank Ref No., Paid on / Payment status) and four ESIC challans (the
    ESIC portal's page: Employees' State Insurance Corporation on top, Challan No., Employer code, Contribution
    period, Employees' and Employer's share, Total amount, Transaction No. / Bank Ref No., Challan paid date /
    Challan status)."""
    k = place("pf_esi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    rs = money(rng, font, 0.6, marks=("Rs.", "INR", ""))
    p = browser_page(
        rng,
        font,
        "unifiedportal-emp.epfindia.gov.in/epfo/payment"
        if k % 2 == 0
        else "www.esic.gov.in/EmployerPortal/ChallanStatus",
    )
    p.part = "head"
    if k % 2 == 0:
        payee = rng.choice(
            ["Employees' Provident Fund Organisation", "EMPLOYEES' PROVIDENT FUND ORGANISATION"]
        )
        top(p, payee, merchant=payee)
        p.add("small", "Ministry of Labour & Employment, Government of India")
        p.add("center", "ECR Challan - Payment receipt")
        p.add("rule")
        p.part = "body"
        p.pair("Establishment ID", f"{code(rng, 5, UPPER)}{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", COMPANY_CAPS)
        p.pair("Wage month", j.month(1))
        wages = rupees(rng, 600000, 1800000, 1.0)
        a1, a2 = round(wages * 0.1567), round(wages * 0.005)
        a10, a21, a22 = round(wages * 0.0833), round(wages * 0.005), 0
        for lab, v in [
            ("A/c 1 (EE + ER share)", a1),
            ("A/c 2 (admin charges)", a2),
            ("A/c 10 (EPS)", a10),
            ("A/c 21 (EDLI)", a21),
            ("A/c 22", a22),
        ]:
            p.pair(lab, rs(float(v)))
        j.amount = float(a1 + a2 + a10 + a21 + a22)
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            "Net banking - " + rng.choice(["SBI", "HDFC Bank", "ICICI Bank"]),
            method="netbanking",
        )
        if not j.no_ref:
            trrn = f"{rng.randrange(1, 9)}{digits(rng, 12)}"
            p.pair("TRRN", trrn, txn=(INVOICE_RANK, trrn))
            crn = f"{digits(rng, 13)}"
            p.pair("CRN", crn, txn=(TXN_RANK, crn))
            if status == "success":
                bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        outcome_row(
            p,
            status,
            {
                "success": ["Payment status: Success", "Payment confirmed"],
                "pending": ["Payment status: Awaiting bank confirmation"],
                "failed": ["Payment status: Failed"],
            },
        )
        date_row(p, j, ["Paid on", "Payment date"] if status != "failed" else ["Failed on"], hour=True)
        return p.done()
    payee = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
    top(p, payee, merchant=payee)
    p.add("small", "Ministry of Labour & Employment")
    p.add("center", "Challan - payment status")
    p.add("rule")
    p.part = "body"
    p.pair("Employer code", digits(rng, 17))
    wrap_pair(p, "Employer name", COMPANY_CAPS)
    p.pair("Contribution period", j.month(1))
    wages = rupees(rng, 300000, 900000, 1.0)
    ee, er = round(wages * 0.0075), round(wages * 0.0325)
    p.pair("Employees' share", rs(float(ee)))
    p.pair("Employer's share", rs(float(er)))
    j.amount = float(ee + er)
    p.pair("Total amount", rs(j.amount), amount=j.amount)
    p.pair("Mode", "Net banking", method="netbanking")
    if not j.no_ref:
        ch = f"{digits(rng, 4)}{j.date:%m%Y}{digits(rng, 6)}"
        p.pair("Challan No.", ch, txn=(INVOICE_RANK, ch))
        if status == "success":
            tn = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Transaction No.", "Bank Ref No."]), tn, txn=(BANK_RANK, tn))
    outcome_row(
        p,
        status,
        {
            "success": ["Challan status: Paid", "Challan paid"],
            "pending": ["Challan status: Pending with bank"],
            "failed": ["Challan status: Transaction failed"],
        },
    )
    date_row(p, j, ["Challan paid date", "Paid on"] if status != "failed" else ["Transaction date"])
    return p.done()


# ---------------------------------------------------------------- 11. workers' wages


def wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A worker's wages: five printed WAGE VOUCHER / WAGES PAYMENT VOUCHER / WEEKLY WAGE SLIP CUM RECEIPT (the company
    on top, Voucher No., Date, Paid to / Name of worker, Token No., Department (Cutting, Lamination, Pasting), Days
    worked n x rate or Week ending, Gross wages, Overtime, Less: EPF 12% / ESI 0.75% / Advance, Net wages paid, Mode
    cash / UPI / IMPS with its reference, the worker's signature or thumb impression; PAID / ON HOLD - BANK DETAILS
    WRONG) and three of the bank's bulk payout rows (a corporate banking page: Bulk upload - beneficiary status,
    Beneficiary name the worker, Amount, Mode IMPS, IMPS Ref No., Status Success / Failed - invalid account / In
    process). *settled*: the worker is the payee, never the company on top nor the department."""
    k = place("wages")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=2400, high=22000)
    worker = rng.choice(WORKERS)
    rs = money(rng, font, 0.8, marks=("Rs.", "Rs", "\u20b9", ""))
    if k in (2, 5, 6):
        p = browser_page(
            rng, font, f"corp.{rng.choice(['icicibank', 'hdfcbank', 'axisbank'])}.com/bulk/status"
        )
        p.part = "head"
        p.add("title", rng.choice(["ICICI Bank CIB", "HDFC Bank ENet", "Axis Bank Corporate"]))
        p.add("small", "Bulk upload - beneficiary status")
        p.add("rule")
        p.part = "body"
        p.pair("File", f"WAGES_{j.month(0).replace(' ', '_').upper()}_WK{rng.randrange(1, 5)}.csv")
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        name = worker.upper() if rng.random() < 0.5 else worker
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref and status != "failed":
            p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Success"],
                "failed": ["Failed - invalid account"],
                "pending": ["Status: In process"],
            },
        )
        date_row(p, j, ["Value date", "Processed on"], hour=True)
        return p.done()
    p = paper_page(rng, font, [560, 620, 680])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{UNITS[j.unit][0]} unit",
        UNITS[j.unit][1],
        UNITS[j.unit][2],
        ["WAGE VOUCHER", "WAGES PAYMENT VOUCHER", "WEEKLY WAGE SLIP CUM RECEIPT"],
        merchant=False,
    )
    vno = f"WV/{rng.randrange(100, 9999)}"
    if not j.no_ref:
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on"])
    wrap_pair(p, rng.choice(["Paid to", "Name of worker"]), worker, merchant=worker)
    p.pair("Token No.", str(rng.randrange(100, 999)))
    p.pair("Department", rng.choice(["Cutting", "Lamination", "Pasting", "Press room", "Dispatch"]))
    days, rate = rng.randrange(5, 27), float(rng.choice([520, 560, 610, 650, 700]))
    gross = days * rate
    ot = float(rng.choice([0, 0, 480, 900]))
    p.pair(f"Days worked {days} x {rate:.0f}", rs(gross))
    if ot:
        p.pair("Overtime", rs(ot))
    p.pair("Gross wages", rs(gross + ot))
    epf = round(min(gross, 15000) * 0.12)
    esi = round((gross + ot) * 0.0075)
    adv = float(rng.choice([0, 500, 1000]))
    p.pair("Less: EPF 12%", rs(float(epf)))
    p.pair("Less: ESI 0.75%", rs(float(esi)))
    if adv:
        p.pair("Less: Advance", rs(adv))
    j.amount = round(gross + ot - epf - esi - adv, 2)
    p.pair(rng.choice(["Net wages paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["cash", "UPI"]) if status == "success" else "IMPS"
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "IMPS": "IMPS"}[way],
        method={"cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way],
    )
    if way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add(
        "center",
        {"success": "PAID", "failed": "ON HOLD - BANK DETAILS WRONG", "pending": "IMPS IN PROCESS"}[status],
        status=status,
    )
    p.part = "foot"
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS alerts


ALERT_PAYEES = [
    "TAMIRABHARANI PAPER MIL",
    "CHROMALINE INKS PVT",
    "SEAWAY SHIPPING AGEN",
    "NOIDA POWER COMPANY",
    "KASTURI ADHESIVES",
    "HEIDEL PRINT SERVICES",
    "GANGA PACKAGING",
    "ANNAI LAMINATION",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's SMS alerts on the accounts manager's phone (a messages app: the sender AX-HDFCBK / VM-ICICIT /
    JD-SBIUPI, the day divider, the alert): a NEFT, RTGS, IMPS or UPI debit to a supplier as the bank names it, the
    sum, the account's last digits, the day, UTR / Ref / UPI Ref No, Avl Bal; a failed UPI ("has failed") and one that
    "is pending". *settled*: the payee as the bank sends it (a truncated name counts as printed), never the bank, the
    sender id or the company's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=800, high=380000)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank"])
    sender = {
        "HDFC Bank": "AX-HDFCBK",
        "ICICI Bank": "VM-ICICIT",
        "State Bank of India": "JD-SBIUPI",
        "Axis Bank": "VK-AXISBK",
        "Kotak Mahindra Bank": "AD-KOTAKB",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y"])), date=j.date)
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = "UPI" if j.amount < 100000 and k % 2 == 0 else rng.choice(["NEFT", "IMPS"])
    if status != "success":
        way = "UPI"
    acc = f"A/c XX{digits(rng, 4)}"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    if not j.no_day:
        p.add(
            "left",
            f"on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])} via {way}",
            method="UPI" if way == "UPI" else "netbanking",
        )
    else:
        p.add("left", f"via {way}", method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else neft_ref(rng, j, bank)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 50000, 2500000):,.2f}. Not you? Call 1800 202 6161",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

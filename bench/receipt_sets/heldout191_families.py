"""The twelve heldout191 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a wedding band, sound and light rental company's day in 2026 (Raunaq Band Sound &
Lights Pvt Ltd, its office at Aminabad and its godown at Chinhat, Lucknow), told by the proofs of payment it receives
and makes: event planners' and hotels' payment advices and NRI families' inward wires, wedding families' UPI and
payment links for advances and balances, its own booking receipts, the police's, the municipal corporation's, the
fire service's and the music licensing society's event permission and licence fees, outward wires for imported
line arrays, mixers, wireless microphones, moving heads and drums, Indian makers' invoices for amplifiers, brass
instruments, LED lights and gensets, rental partners' bills for LED walls, carriages, cold pyro and generators and
the transfers to them, musicians' and crew payouts, the trucks' and gensets' diesel and the crews' card slips, mini
trucks and lorries hired to carry the gear, the office's and godown's electricity, gas, broadband, phones and
FASTag through Bharat Connect, and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, event days,
venues, packages, bills listed on an advice, TDS, retention, GST and hamali lines, GSTIN, PAN, IFSC, BIC, IBAN,
UETR, MID, TID, batch, LR, vehicle, permission, application, licence, consumer and file numbers, the maker and the
checker and the payer's own details carry no fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and
``gst_lines`` are heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"

COMPANY = "Raunaq Band Sound & Lights Pvt Ltd"
COMPANY_CAPS = "RAUNAQ BAND SOUND & LIGHTS PVT LTD"
SHORT = "Raunaq Band"
# unit, address, GST state code
UNITS = [
    ("Aminabad office", "22/4, Gwynne Road, Aminabad, Lucknow - 226018, Uttar Pradesh", "09"),
    (
        "Chinhat godown",
        "Plot 31, Industrial Area, Chinhat, Faizabad Road, Lucknow - 226028, Uttar Pradesh",
        "09",
    ),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Bank of Baroda",
    "Punjab National Bank",
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Union Bank of India",
    "Axis Bank",
    "Canara Bank",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
}
VENUES = [
    "Clarks Avadh, Mahatma Gandhi Marg",
    "Ramada Plaza lawns, Hazratganj",
    "Sahara Ganj banquet, Shahnajaf Road",
    "Indira Gandhi Pratishthan, Gomti Nagar",
    "Rajbhawan Colony lawn, Vibhuti Khand",
    "Sheesh Mahal farmhouse, Sultanpur Road",
    "Taj Mahal Lucknow - Durbar lawns",
    "Kanha Upvan banquet, Kanpur Road",
]
OCCASIONS = [
    "Baraat - groom's side",
    "Sangeet night",
    "Mehndi and haldi",
    "Reception",
    "Walima",
    "Engagement (sagai)",
    "Tilak ceremony",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Consignee / Received from / Applicant: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{IFSC.get(bank, 'SBIN')}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{IFSC.get(bank, 'SBIN')}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    return neft_ref(
        rng, j, bank if bank in ("HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank") else "SBIN"
    )


RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


# ---------------------------------------------------------------- 1. planners' and hotels' advices, NRI wires


PLANNERS = [
    ("Marigold Celebrations Pvt Ltd", "accounts@marigoldcelebrations.in"),
    ("Shaadi Sutra Wedding Planners LLP", "payments@shaadisutra.co.in"),
    ("Awadh Regency Hotels Pvt Ltd", "ap.lucknow@awadhregency.com"),
    ("Nawabi Nuptials Events", "finance@nawabinuptials.in"),
    ("Gomti Heritage Resorts Ltd", "vendorpay@gomtiheritage.com"),
    ("Tilak & Toran Event Co", "billing@tilaktoran.in"),
]
NRI_CLIENTS = [
    ("Mr. Sameer Rizvi", "Edison, NJ, USA", "USD", "Bank of America NA"),
    ("Mrs. Nidhi Srivastava", "Leicester, United Kingdom", "GBP", "Barclays Bank UK PLC"),
    ("Dr. Arvind Tandon", "Frankfurt, Germany", "EUR", "Commerzbank AG"),
]
ADVICE_FRAMES = ["mail", "inward", "paper", "portal", "mail", "inward", "paper", "portal"]
SERVICES = [
    "Brass band 31 pcs + ghodi",
    "Line array sound - sangeet",
    "Stage and truss lighting",
    "Roshni (light carriers) 40 pcs",
    "DJ console + LED wall",
    "Cold pyro entry - 6 machines",
]


def planner_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Event planners and hotels paying the company for the bands, sound and lights they booked: a planner's payment
    advice e-mail, printed PAYMENT ADVICE - VENDOR SETTLEMENT / DISBURSEMENT ADVICE and a hotel's vendor portal page
    (the payer on top, Vendor (payee) / In favour of / Remittee the company, Vendor code, Event and Venue, Event date,
    Bills settled with their sums, Less: TDS u/s 194C @ 2%, Less: Retention - late arrival of band, Net amount
    released / Amount disbursed / Net paid, Mode NEFT / RTGS / IMPS, UTR / UTR No. / IMPS Ref No., Disbursement
    advice No. / DA No., Disbursal date / Released on / Value date / Hold placed on / Rejected on; Status: Disbursed /
    Payment status: Released to bank / On hold - awaiting event completion report / Rejected by beneficiary bank -
    account name mismatch) and two banks' inward remittance advices of NRI families' wires (the bank on top,
    Beneficiary customer / Beneficiary the company, Remitter, Remitting bank, Inward amount (FCY) / Remittance
    amount, Rate, INR credited, IRM No. / Inward ref No., UETR, Credit date / Value date; Credited to your account /
    Funds credited)."""
    k = place("planner_advices")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=45000, high=1450000)
    frame = ADVICE_FRAMES[k]
    if frame == "inward":
        payer, city, cur, pbank = NRI_CLIENTS[(k + rng.randrange(2)) % len(NRI_CLIENTS)]
        j.amount = (
            round(rng.uniform(1800, 26000), 2) if rng.random() < 0.5 else float(rng.randrange(18, 260) * 100)
        )
        bank = rng.choice(["Bank of Baroda", "HDFC Bank", "ICICI Bank", "Punjab National Bank"])
        show = fx(rng, font, cur)
        rate = round(rng.uniform(*RATES[cur]), 4)
        slug = (
            "".join(w[0] for w in bank.split()).lower() if len(bank.split()) > 2 else bank.split()[0].lower()
        )
        if k == 1:
            p = mail_page(
                rng,
                font,
                f"{bank} <forex.alerts@{slug}.co.in>",
                ["Inward remittance credited to your account", "Credit advice - inward foreign remittance"],
            )
        else:
            p = browser_page(rng, font, f"trade.{slug}.co.in/irm/{code(rng, 9, ALNUM)}")
        p.part = "head"
        top(p, bank.upper() if rng.random() < 0.3 else bank)
        p.add(
            "small",
            rng.choice(["International Banking Branch, Hazratganj, Lucknow", "Forex Cell - Lucknow Main"]),
        )
        p.add(
            "center",
            rng.choice(["Inward Remittance Credit Advice", "Foreign inward remittance - advice of credit"]),
        )
        p.add("rule")
        p.part = "body"
        p.add("center", rng.choice(["Credited to your account", "Funds credited"]), status="success")
        me = rng.choice([COMPANY, COMPANY_CAPS])
        wrap_pair(p, rng.choice(["Beneficiary customer", "Beneficiary"]), me, merchant=me)
        p.pair("Credit account", f"XXXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{payer}, {city}")
        wrap_pair(p, "Remitting bank", pbank)
        p.pair(
            rng.choice(["Inward amount (FCY)", "Remittance amount"]), show(j.amount), amount=j.amount, cur=cur
        )
        p.pair("Rate", f"1 {cur} = INR {rate}")
        ch = float(rng.choice([250, 500, 590]))
        p.pair("Charges (incl. GST)", f"INR {ch:,.2f}")
        p.pair("INR credited", f"{round(j.amount * rate, 2) - ch:,.2f}")
        wrap_pair(
            p, "Purpose", rng.choice(["P1007 - other services (wedding band and sound)", "Event services"])
        )
        p.pair("Mode", "SWIFT MT103", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['IRM', 'INW'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
            p.pair(rng.choice(["IRM No.", "Inward ref No."]), ref, txn=(BANK_RANK, ref))
            hexa = "0123456789abcdef"
            uetr = f"{code(rng, 8, hexa)}-{code(rng, 4, hexa)}-4{code(rng, 3, hexa)}-a{code(rng, 3, hexa)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, hexa)}")
        date_row(p, j, ["Credit date", "Value date"], ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d"])
        p.part = "foot"
        p.add("small", "FIRC / e-BRC on request. Please quote the IRM number in all correspondence.")
        return p.done()
    planner, mail = PLANNERS[(k + rng.randrange(3)) % len(PLANNERS)]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{planner.split()[0]} Accounts <{mail}>",
            ["Payment advice - band and sound services", f"Payment released - {SHORT}", "Vendor settlement"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, planner.upper() if frame == "paper" and rng.random() < 0.5 else planner)
    p.add(
        "small", rng.choice(["Accounts Payable - Events", "Finance & Vendor Payments", "Accounts Department"])
    )
    p.add(
        "center",
        rng.choice(["PAYMENT ADVICE - VENDOR SETTLEMENT", "DISBURSEMENT ADVICE", "Remittance intimation"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Vendor (payee)", "In favour of", "Remittee"]), payee, merchant=payee)
    p.pair("Vendor code", f"V{rng.choice(['SND', 'EVT', 'BND'])}{digits(rng, 5)}")
    wrap_pair(p, "Event", f"{rng.choice(OCCASIONS)} - {rng.choice(VENUES)}")
    if not j.no_day:
        p.pair("Event date", j.other_day(rng, -20, -2))
    bills = [
        (f"RBS/25-26/{rng.randrange(10, 780):03d}", rupees(rng, 30000, 520000, 0.7))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Bills settled", "Invoices covered"]))
    for no, v in bills:
        p.pair(f"{no} ({rng.choice(SERVICES)})", rs(v))
    gross = sum(v for _, v in bills)
    cut = round(gross / 1.18 * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(cut))
    ret = float(rng.choice([2500, 5000, 10000])) if rng.random() < 0.4 else 0.0
    if ret:
        p.pair("Less: Retention - late arrival of band", rs(ret))
    j.amount = round(gross - cut - ret, 2)
    p.pair(rng.choice(["Net amount released", "Amount disbursed", "Net paid"]), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "NEFT", "IMPS"])
    if way == "IMPS" and j.amount > 500000:
        way = "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Credit to", f"{bank} A/c XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            lab = "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['DA', 'PA', 'VS'])}{j.date:%y}{digits(rng, 7)}"
        p.pair(rng.choice(["Disbursement advice No.", "DA No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Disbursed", "Payment status: Released to bank"],
            "pending": ["On hold - awaiting event completion report"],
            "failed": ["Rejected by beneficiary bank - account name mismatch"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Disbursal date", "Released on", "Value date"],
            "pending": ["Hold placed on"],
            "failed": ["Rejected on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "System generated advice - no signature required. Queries: quote the advice number.")
    return p.done()


# ---------------------------------------------------------------- 2. wedding families' UPI and payment links


CLIENT_APPS = ["PhonePe", "Google Pay", "Instamojo", "Paytm", "BHIM", "MobiKwik", "Easebuzz", "Amazon Pay"]
FAMILIES_PAYING = [
    "Rakesh Kumar Awasthi",
    "Shabana Parveen",
    "Mrs. Kiran Bajpai",
    "Vivek Mishra",
    "Anjali & Rohan Khanna",
    "Syed Faizan Ali",
    "Pankaj Agarwal",
    "Dr. Meenakshi Tripathi",
]
CLIENT_NOTES = [
    "Baraat band advance",
    "Balance - sangeet DJ",
    "Roshni + ghodi booking",
    "Band baaja 31 pcs adv",
    "Lights balance",
    "Walima sound advance",
    "Shehnai party - haldi",
]


def client_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Wedding families paying booking advances and balances: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM,
    MobiKwik, Amazon Pay: the company under Paid to / To / Sent to / Paying to, or MobiKwik's Payment made to, its UPI
    ID, the sum large, UPI transaction ID / UPI Ref No. / UTR, PhonePe's and Paytm's own Transaction ID on some,
    Debited from, Date & time / Paid on / Completed on) and its payment pages (Instamojo, Easebuzz: the company on top,
    Buyer / Paid by the family, Payment ID MOJO... / Easebuzz ID, UPI RRN / Bank Ref Num or Auth code for a card,
    Paid on / Payment date)."""
    k = place("client_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=2100, high=95000, p_round=0.8)
    app = CLIENT_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Instamojo", "Easebuzz"):
        to = ours(rng)
        url = (
            f"www.instamojo.com/@raunaqband/{code(rng, 8, LOWER + '0123456789')}"
            if app == "Instamojo"
            else f"pay.easebuzz.in/link/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Band | Sound | Lights | Ghodi-Bagghi", "Booking payment page"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you! Payment received"],
                "failed": ["Payment declined by bank"],
                "pending": ["Payment under process - awaiting bank confirmation"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Buyer", "Paid by"]), FAMILIES_PAYING[k])
        wrap_pair(p, "Purpose", rng.choice(CLIENT_NOTES))
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair(
            "Payment mode",
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = (
                f"MOJO{j.date:%m%d}{code(rng, 2, ALNUM)}{digits(rng, 8)}"
                if app == "Instamojo"
                else f"E{digits(rng, 12)}"
            )
            p.pair("Payment ID" if app == "Instamojo" else "Easebuzz ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Instamojo" else "Bank Ref Num", j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Instamojo" if app == "Instamojo" else "Secured by Easebuzz")
        return p.done()
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Transaction successful", "Paid"],
            "failed": ["Payment declined by bank", "Transaction Failed"],
            "pending": ["Payment under process", "Awaiting confirmation from bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "MobiKwik":
        labels = ["Payment made to"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: raunaqband{rng.choice(['', '.lko', '09'])}@{rng.choice(['okicici', 'ybl', 'barodampay', 'paytm'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(CLIENT_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the company's own booking receipts


BOOKERS = [
    "Shri Ramesh Chandra Gupta",
    "Smt. Sunita Verma",
    "Mohd. Irfan Qureshi",
    "Shri Devendra Singh Chauhan",
    "Mrs. Rekha Saxena",
    "Shri Alok Pandey",
    "Mr. Imran Khan (Aliganj)",
    "Smt. Pushpa Yadav",
]
PACKAGES = [
    "Royal band 31 pcs + ghodi + 20 roshni",
    "Band 21 pcs + bagghi",
    "Sangeet sound 8 kW + DJ + LED wall",
    "Stage lights + 12 moving heads",
    "Shehnai party + dhol (haldi)",
    "Baraat package - band, lights, cold pyro",
]


def booking_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own BOOKING RECEIPT / ADVANCE BOOKING RECEIPT / MONEY RECEIPT to a wedding family (paper: the
    company on top with its Band | Sound | Lights | Ghodi-Bagghi line, address and GSTIN; Rcpt. No. / Booking receipt
    No., Date / Dated / Receipt date, Received with thanks from / Booked by, Occasion, Event date, Venue, Package,
    Total booking amount, Advance received / Booking amount received / Cash received / By UPI / Cheque for / By NEFT,
    Balance due before the event, Cheque No. and bank, UPI Ref No., UTR; RECEIVED WITH THANKS / BOOKING CONFIRMED /
    CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED UNPAID - BOOKING NOT CONFIRMED, the rubber stamp) and
    its accounts desk's receipt e-mails."""
    k = place("booking_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=5100, high=250000)
    unit = UNITS[0]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    if k in (3, 7):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@raunaqband.in>",
            ["Booking receipt - thank you", "Your advance has been received"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}, Lucknow  |  Accounts desk")
        p.add("center", "Booking receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Band | Sound | Lights | Ghodi-Bagghi | Since 1978",
            unit[1],
            unit[2],
            ["BOOKING RECEIPT", "ADVANCE BOOKING RECEIPT", "MONEY RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['BR', 'MR', 'RB'])}/{rng.randrange(1, 1999):04d}/25-26"
        p.pair(rng.choice(["Rcpt. No.", "Booking receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Booked by"]), BOOKERS[k])
    p.pair("Occasion", rng.choice(OCCASIONS))
    if not j.no_day:
        p.pair("Event date", j.other_day(rng, 12, 120))
    wrap_pair(p, "Venue", rng.choice(VENUES))
    wrap_pair(p, "Package", rng.choice(PACKAGES))
    way = "cheque" if status != "success" else ["UPI", "cash", "-", "NEFT", "cash", "-", "UPI", "NEFT"][k]
    if way == "-":
        way = "cheque" if k == 2 else "UPI"
    if way in ("UPI", "cash") and j.amount > 99000:
        j.amount = rupees(rng, 5100, 99000, 0.8)
    part = k in (0, 3, 4, 6) and status == "success"
    total = round(j.amount * rng.choice([2.0, 3.0, 4.0]), 2) if part else j.amount
    p.pair(rng.choice(["Total booking amount", "Package value"]), rs(total))
    lab = {
        "cash": "Cash received",
        "UPI": "By UPI",
        "cheque": "Cheque for",
        "NEFT": rng.choice(["Advance received", "Booking amount received", "By NEFT"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair(
        rng.choice(["Balance due before the event", "Balance (payable on baraat day)"]), rs(total - j.amount)
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(
            rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"]), "NEFT"
        )
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "BOOKING CONFIRMED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - BOOKING NOT CONFIRMED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Advance is not refundable within 30 days of the event.")
    if k not in (3, 7):
        right(p, "For Raunaq Band - Authorised signatory")
        p.add("gap")
        seal(p, "RAUNAQ BAND", "AMINABAD LKO", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. police, municipal, fire and licence fees


AGENCIES = [
    (
        "Police Commissionerate Lucknow",
        "Sound amplifier / procession permission - fee receipt",
        "lucknowpolice.up.gov.in/eservices",
    ),
    (
        "Lucknow Nagar Nigam",
        "Temporary road use and pandal permission - online payment",
        "lmc.up.nic.in/epay",
    ),
    (
        "Uttar Pradesh Fire and Emergency Services",
        "Temporary fire NOC for events - fee",
        "fireservice.up.gov.in/noc",
    ),
    ("Phonographic Performance Limited", "PPL event licence - payment receipt", "www.pplindia.org/licence"),
]
AGENCY_HEADS = {
    0: [("Sound amplifier permission fee (per day)", 1000.0), ("Baraat procession route permission", 500.0)],
    1: [("Temporary road occupation fee (per day)", 2000.0), ("Pandal / structure permission", 1500.0)],
    2: [("Temporary NOC fee - event", 2500.0), ("Inspection fee", 1000.0)],
    3: [("Event licence - recorded music (up to 500 guests)", 9500.0), ("Additional DJ night", 4500.0)],
}
AGENCY_ORDER = [1, 0, 3, 2, 0, 1, 2, 3]


def permit_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The permissions and licences the company buys for its events: the Police Commissionerate's sound amplifier and
    baraat procession permission fee, Lucknow Nagar Nigam's road use and pandal fee, the fire service's temporary NOC
    fee (the police's and the fire service's through e-GRAS UP) and PPL's event licence (the agency on top with its
    service line, Applicant / Applicant firm / Licensee the company, Application No. / Permission No. / Licence No.,
    Event date and Venue, the heads x days, GST @ 18% on PPL's, Amount deposited / Total fee paid / Amount paid, Paid
    through e-GRAS UP - Net banking / UPI / Debit card, Bank CIN and GRN, Transaction ID and Receipt No., Payment ID
    and Invoice No., Date of deposit / Payment date / Transaction date; Fee deposited successfully / Payment
    successful / Payment status: Pending for reconciliation / Transaction failed - amount, if debited, will be
    refunded)."""
    k = place("permit_fees")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    which = AGENCY_ORDER[k]
    agency, line, host = AGENCIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['receipt', 'payment', 'status'])}/{digits(rng, 8)}")
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    if which in (0, 2):
        p.add("small", "Government of Uttar Pradesh")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Fee deposited successfully", "Payment successful"],
            "pending": ["Payment status: Pending for reconciliation"],
            "failed": ["Transaction failed - amount, if debited, will be refunded"],
        },
    )
    wrap_pair(p, rng.choice(["Applicant", "Applicant firm", "Licensee"]), rng.choice([COMPANY, COMPANY_CAPS]))
    idlab = {0: "Permission No.", 1: "Application No.", 2: "Application No.", 3: "Licence No."}[which]
    p.pair(idlab, f"{['LKO/CP', 'LNN', 'UPFES', 'PPL/EV'][which]}/{j.date:%Y}/{digits(rng, 6)}")
    wrap_pair(p, "Venue", rng.choice(VENUES))
    if not j.no_day:
        p.pair("Event date", j.other_day(rng, 3, 30))
    total = 0.0
    for head, fee in rng.sample(AGENCY_HEADS[which], rng.randrange(1, 3)):
        n = rng.randrange(1, 4)
        p.pair(f"{head} x {n}" if n > 1 else head, rs(fee * n))
        total += fee * n
    if which == 3:
        gst = round(total * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total += gst
    j.amount = round(total, 2)
    p.pair(rng.choice(["Amount deposited", "Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    text = f"e-GRAS UP - {way}" if which in (0, 2) else way
    p.pair(
        rng.choice(["Paid through", "Payment mode"]),
        text,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which in (0, 2):
            if status != "failed":
                cin = f"{digits(rng, 7)}{digits(rng, 8) if j.no_day else f'{j.date:%d%m%Y}'}{digits(rng, 5)}"
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
            grn = f"{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
        else:
            tid = f"{'LNN' if which == 1 else 'PPL'}{digits(rng, 11)}"
            p.pair("Transaction ID" if which == 1 else "Payment ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"{'RCT' if which == 1 else 'INV'}/{digits(rng, 6)}"
                p.pair("Receipt No." if which == 1 else "Invoice No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date of deposit", "Payment date", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add(
        "small",
        "Permission is subject to the noise limits and the 10 pm rule."
        if which in (0, 1)
        else "Keep this receipt at the venue for inspection.",
    )
    return p.done()


# ---------------------------------------------------------------- 5. outward wires for imported gear


MAKERS_ABROAD = [
    ("L-Acoustics SAS", "Marcoussis, France", "EUR", "BNP Paribas SA", "BNPAFRPP", "FR"),
    ("Allen & Heath Ltd", "Penryn, United Kingdom", "GBP", "Barclays Bank UK PLC", "BUKBGB22", "GB"),
    ("Chauvet & Sons LLC", "Sunrise, FL, USA", "USD", "Truist Bank", "BRBTUS33", ""),
    ("ROBE lighting s.r.o.", "Roznov pod Radhostem, Czechia", "EUR", "Komercni banka a.s.", "KOMBCZPP", "CZ"),
    ("Sennheiser electronic SE & Co. KG", "Wedemark, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF", "DE"),
    ("Shure Incorporated", "Niles, IL, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33", ""),
    ("Premier Percussion Ltd", "Leicester, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B", "GB"),
    ("Ayrton SAS", "Paris, France", "EUR", "Societe Generale", "SOGEFRPP", "FR"),
]
GEAR = [
    "K3 line array cabinets and rigging",
    "dLive C1500 mixing surface",
    "Rogue R2X wash moving heads",
    "MegaPointe moving heads (12 units)",
    "EW-DX wireless microphone system",
    "Axient Digital receivers and handhelds",
    "Marching bass drums and snares",
    "Khamsin-S LED profiles",
]


def gear_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying makers abroad for line arrays, mixers, moving heads, wireless microphones and marching
    drums: the bank's outward remittance advice (browser, e-mail, printed: the bank on top, Foreign outward
    remittance - transaction advice / Import remittance - debit note, Beneficiary name / Remit to / Overseas payee
    the maker, Beneficiary bank and BIC, IBAN, Remitter / Applicant the company, IEC, FCY amount remitted / Foreign
    currency amount / Remittance amount in EUR, USD or GBP, Card rate applied, INR equivalent, Commission, SWIFT
    charges, GST on FX conversion, Total amount debited (INR), Purpose code S0101 / S0102, Goods, Supplier invoice
    No., Charges OUR / SHA / BEN, ORM No. / Transaction reference, UETR, Remittance date / Value date / Request date /
    Rejected on; SWIFT sent - account debited / Remittance completed / Awaiting compliance clearance - documents under
    review / Rejected - beneficiary name does not match account)."""
    k = place("gear_wires")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4)
    sup, city, cur, sbank, bic, iban = MAKERS_ABROAD[k]
    j.amount = (
        round(rng.uniform(1500, 145000), 2) if rng.random() < 0.6 else float(rng.randrange(15, 1450) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["Bank of Baroda", "HDFC Bank", "ICICI Bank", "Axis Bank", "Punjab National Bank"])
    slug = "".join(w[0] for w in bank.split()).lower() if len(bank.split()) > 2 else bank.split()[0].lower()
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug}.co.in/orm/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.alerts@{slug}.co.in>",
            ["Outward remittance - transaction advice", "Import payment: debit note"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Trade Finance Centre, Hazratganj, Lucknow", "Forex Branch, Ashok Marg, Lucknow"]),
    )
    p.add(
        "center",
        rng.choice(["Foreign outward remittance - transaction advice", "Import remittance - debit note"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["SWIFT sent - account debited", "Remittance completed"],
            "pending": ["Awaiting compliance clearance - documents under review"],
            "failed": ["Rejected - beneficiary name does not match account"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(p, rng.choice(["Beneficiary name", "Remit to", "Overseas payee"]), payee, merchant=payee)
    p.pair("Beneficiary address", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} ({bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    else:
        p.pair("Account No.", digits(rng, 10))
    wrap_pair(p, rng.choice(["Remitter", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair(
        rng.choice(["FCY amount remitted", "Foreign currency amount", "Remittance amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Card rate applied", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    comm = float(rng.choice([500, 1000, 1250]))
    swift = float(rng.choice([300, 500, 800]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Commission", f"{comm:,.2f}")
    p.pair("SWIFT charges", f"{swift:,.2f}")
    p.pair("GST on FX conversion", f"{gst:,.2f}")
    p.pair("Total amount debited (INR)", f"{inr + comm + swift + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0101 - import settlement", "S0102 - advance against imports"]))
    wrap_pair(p, "Goods", GEAR[k])
    p.pair("Supplier invoice No.", f"{code(rng, 2, UPPER)}-{rng.randrange(10000, 99999)}")
    p.pair("Charges", rng.choice(["OUR", "SHA", "BEN"]))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT transfer"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OWR'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["ORM No.", "Transaction reference"]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            hexa = "0123456789abcdef"
            wrap_pair(
                p,
                "UETR",
                f"{code(rng, 8, hexa)}-{code(rng, 4, hexa)}-4{code(rng, 3, hexa)}-b{code(rng, 3, hexa)}-{code(rng, 12, hexa)}",
            )
    date_row(
        p,
        j,
        {
            "success": ["Remittance date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Rejected on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry against this ORM within the EDPMS time limit.")
    return p.done()


# ---------------------------------------------------------------- 6. Indian makers' invoices


MAKERS = [
    (
        "Sargam Electro-Acoustics Pvt Ltd",
        "PA amplifiers | Line arrays | Mixers",
        "Dada Nagar, Kanpur - 208022, Uttar Pradesh",
        "09",
    ),
    (
        "Jubilee Band Instruments Works",
        "Brass band instruments | Band uniforms | Drums",
        "Jali Kothi, Meerut - 250002, Uttar Pradesh",
        "09",
    ),
    (
        "Roshni LED Systems",
        "LED par cans | Moving heads | Pixel walls",
        "Bhagirath Palace, Chandni Chowk, Delhi - 110006",
        "07",
    ),
    (
        "Awadh Power Gensets",
        "Silent DG sets | Cables | Distribution boxes",
        "Talkatora Industrial Estate, Lucknow - 226011, Uttar Pradesh",
        "09",
    ),
]
ITEMS = {
    "Sargam": [
        ("Power amplifier 2 x 1500 W", "8518", 38000.0, 52000.0),
        ("15 inch full range speaker", "8518", 14500.0, 21000.0),
    ],
    "Jubilee": [
        ("Trumpet, brass lacquer", "9205", 6200.0, 9800.0),
        ("Euphonium, silver plated", "9205", 18500.0, 26000.0),
        ("Side drum with sling", "9206", 3200.0, 4800.0),
    ],
    "Roshni": [
        ("LED par can 54 x 3 W", "9405", 2400.0, 3600.0),
        ("Beam moving head 230 W", "9405", 21000.0, 29500.0),
    ],
    "Awadh": [
        ("Silent DG set 62.5 kVA", "8502", 610000.0, 690000.0),
        ("Armoured cable 4 core, 100 m", "8544", 18500.0, 26500.0),
    ],
}
MAKER_WAYS = ["NEFT", "RTGS", "UPI", "-", "IMPS", "NEFT", "-", "UPI"]


def maker_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Indian makers' TAX INVOICE / TAX INVOICE - PAID for amplifiers and speakers (Kanpur), brass instruments and
    drums (Meerut), LED lights (Delhi) and gensets and cables (Lucknow) (paper: the maker on top, its line, address
    and GSTIN; Invoice No. / Bill No. / Inv. No., Invoice date / Dated, Billed to / Consignee M/s the company,
    Transporter and LR No., the items with HSN and Qty x rate, Taxable value, CGST and SGST or IGST @ 18% (12% on
    the instruments), Round off, Grand total, Less: Advance received and Balance received on some, then Amount
    received / Received against this bill with its UTR, IMPS Ref No. or UPI Ref No., or Cheque deposited with Cheque
    No.; PAID / PAID IN FULL / PAYMENT RECEIVED / CHEQUE DEPOSITED - CREDIT AWAITED / CHEQUE RETURNED - INSUFFICIENT
    FUNDS, in the maker's rubber stamp too)."""
    k = place("maker_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7)
    maker, line, addr, state = MAKERS[k % len(MAKERS)]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE - PAID", "TAX INVOICE (ORIGINAL FOR BUYER)"]
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/25-26"
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated"], PATS_IN)
    ours_to(p, ["Billed to", "Consignee"])
    if rng.random() < 0.6:
        p.pair("Transporter / LR No.", f"{rng.choice(['VRL', 'Gati', 'Shree Maruti'])} / {digits(rng, 7)}")
    taxable = 0.0
    key = maker.split()[0].split("-")[0]
    for item, hsn, lo, hi in rng.sample(ITEMS[key], rng.randrange(1, 3)):
        qty = 1 if lo > 100000 else rng.randrange(2, 13)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 12 if key == "Jubilee" else 18, state != "09")
    p.pair("Grand total", rs(total))
    p.add("rule")
    way = MAKER_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque"
    if way in ("UPI", "IMPS") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -3))
        p.pair(f"Less: Advance received (RV {rng.randrange(10, 400)})", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque deposited", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = "Balance received" if adv else rng.choice(["Amount received", "Received against this bill"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": "PAID" if k == 0 else rng.choice(["PAID", "PAID IN FULL", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE DEPOSITED - CREDIT AWAITED",
        "failed": "CHEQUE RETURNED - INSUFFICIENT FUNDS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Subject to local jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. rental partners' bills and transfers


PARTNERS = [
    ("Glitz LED Wall Rentals", "P3.9 LED walls | Processors | Truss", "glitzledwalls.in"),
    ("Nawab Bagghi & Ghodi Service", "Bagghi | Ghodi | Doli | Palki", "nawabbagghi.com"),
    ("SkyShots Cold Pyro Rentals", "Cold pyro | CO2 jets | Confetti", "skyshotsfx.in"),
    ("Chandni Generator Service", "Silent DG sets on hire 15-250 kVA", "chandnigenset.in"),
]
PARTNER_FRAMES = ["zoho", "netbank", "mybillbook", "netbank", "zoho", "bankmail", "netbank", "mybillbook"]
PARTNER_BANKS = [
    ("Punjab National Bank", "pnbcorp.netpnb.com", "PNB Corporate Internet Banking"),
    ("Axis Bank", "neo.axisbank.co.in", "Axis neo for business"),
    ("Bank of Baroda", "bobworld.bankofbaroda.co.in", "bob World Business"),
]
HIRES = [
    "LED wall 12 x 8 ft, 2 nights",
    "Bagghi with 2 horses - baraat",
    "Cold pyro 6 machines - entry",
    "62.5 kVA DG set - 3 days",
    "LED wall + processor, sangeet",
    "Ghodi + 4 roshni carriers",
]


def partner_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the rental partners whose LED walls, carriages and horses, cold pyro and gensets it hires:
    the partners' Zoho Invoice payment receipt e-mails (the partner on top, PAYMENT RECEIPT, Payment #, Payment date,
    Reference#, Payment mode, Received from the company, Amount received, Payment for Invoice# ...), their myBillBook
    invoice pages (the partner on top, Invoice No., Bill to, the hire, Total, Amount paid / Received amount, Balance
    Rs 0, Payment mode, UPI Ref No.), corporate net banking's transfer acknowledgements (PNB Corporate, Axis neo,
    bob World Business: Payee / Beneficiary name, Payee nickname, Debit account, Transfer amount / Debit amount, NEFT /
    RTGS / IMPS, UTR / IMPS Ref No., Transaction reference No., Maker and Checker, Initiated on / Transaction date;
    Transaction successful / Pending for authorisation - checker approval awaited / Failed - beneficiary bank not
    reachable) and the bank's NEFT/RTGS transaction advice e-mail."""
    k = place("partner_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=8500, high=380000)
    partner, line, host = PARTNERS[(k + rng.randrange(2)) % len(PARTNERS)]
    frame = PARTNER_FRAMES[k]
    rs = money(rng, font, 0.5)
    if frame in ("zoho", "mybillbook"):
        name = partner.upper() if rng.random() < 0.25 else partner
        if frame == "zoho":
            p = mail_page(
                rng,
                font,
                f"{partner} <noreply@zohoinvoice.in>",
                [f"Payment receipt from {partner}", "Thank you for your payment"],
            )
        else:
            p = browser_page(rng, font, f"mybillbook.in/i/{code(rng, 10, ALNUM + LOWER)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add(
            "small",
            f"GSTIN: 09{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{code(rng, 1, ALNUM)}",
        )
        p.add("center", "PAYMENT RECEIPT" if frame == "zoho" else "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        wrap_pair(
            p, rng.choice(["Received from", "Bill to"]), rng.choice([COMPANY, COMPANY_CAPS, f"M/s {SHORT}"])
        )
        wrap_pair(p, "Hire", rng.choice(HIRES))
        way = rng.choice(["NEFT", "UPI", "IMPS"]) if j.amount <= 95000 else rng.choice(["NEFT", "RTGS"])
        if way == "RTGS" and j.amount < 200000:
            way = "NEFT"
        if frame == "zoho":
            if not j.no_ref:
                pno = str(rng.randrange(100, 999))
                p.pair("Payment #", pno, txn=(INVOICE_RANK, pno))
            date_row(p, j, ["Payment date"], PATS_IN)
            if not j.no_ref:
                ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair("Reference#", ref, txn=(UTR_RANK, ref))
            p.pair(
                "Payment mode",
                {
                    "NEFT": "Bank transfer (NEFT)",
                    "RTGS": "Bank transfer (RTGS)",
                    "IMPS": "IMPS",
                    "UPI": "UPI",
                }[way],
                method="UPI" if way == "UPI" else "netbanking",
            )
            p.pair("Amount received", rs(j.amount), amount=j.amount)
            p.pair("Payment for", f"Invoice# INV-{rng.randrange(100, 999):06d}")
            p.add("center", rng.choice(["Payment received", "PAID"]), status="success")
        else:
            if not j.no_ref:
                inv = str(rng.randrange(40, 900))
                p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
            date_row(p, j, ["Invoice date", "Date"], PATS_IN)
            p.pair("Total", rs(j.amount))
            p.pair(rng.choice(["Amount paid", "Received amount"]), rs(j.amount), amount=j.amount)
            p.pair("Balance", rs(0.0))
            p.pair("Payment mode", way, method="UPI" if way == "UPI" else "netbanking")
            if not j.no_ref and way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif not j.no_ref:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            p.add("center", rng.choice(["Paid", "Fully paid"]), status="success")
        p.part = "foot"
        p.add("small", "Made with Zoho Invoice" if frame == "zoho" else "Generated on myBillBook")
        return p.done()
    bank, bhost, brand = PARTNER_BANKS[k % len(PARTNER_BANKS)]
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"])
    if way == "IMPS" and j.amount > 500000:
        way = "NEFT"
    if frame == "bankmail":
        p = mail_page(
            rng,
            font,
            f"{bank} <cbs.alerts@{bhost.split('.')[1]}.co.in>",
            [f"{way} transaction advice", "Funds transfer confirmation"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", f"{way} transaction advice")
    else:
        p = browser_page(rng, font, f"{bhost}/fundstransfer/ack/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        if brand.split()[0] not in bank:
            p.add("small", bank)
        p.add("center", "Funds transfer - acknowledgement")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Success"],
            "pending": ["Pending for authorisation - checker approval awaited"],
            "failed": ["Failed - beneficiary bank not reachable"],
        },
    )
    who = partner.upper() if rng.random() < 0.4 else partner
    if frame != "bankmail":
        p.pair("Payee nickname", f"{partner.split()[0].upper()}{rng.randrange(1, 9)}")
    wrap_pair(p, rng.choice(["Payee", "Beneficiary name"]), who, merchant=who)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Transfer amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    p.pair("Payment type", way, method="netbanking")
    wrap_pair(p, "Remarks", rng.choice(HIRES))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        tno = f"{rng.choice(['S', 'M', 'TR'])}{digits(rng, 10)}"
        p.pair("Transaction reference No.", tno, txn=(BANK_RANK, tno))
    if frame != "bankmail":
        p.pair("Maker / Checker", f"RB.ACCTS1 / {'-' if status == 'pending' else 'RB.DIRECTOR'}")
    date_row(
        p,
        j,
        ["Initiated on", "Transaction date"] if status != "success" else ["Transaction date", "Value date"],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 8. musicians' and crew payouts


CREW = [
    ("Ustad Rafiq Ahmed", "Band master - clarinet"),
    ("Munna Lal Valmiki", "Trumpet"),
    ("Shamim Bano", "Shehnai"),
    ("Raju Kashyap", "Light boy (roshni) - 8 carriers"),
    ("Pintu Rawat", "Generator operator"),
    ("Salman Qureshi", "Dhol and nagada"),
    ("Bablu Sonkar", "Sound engineer"),
    ("Vinod Kumar Dhanuk", "Ghodi wala"),
]
CREW_FRAMES = ["paper", "instabiz", "paper", "bulk", "gpay", "instabiz", "paper", "bulk"]


def crew_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its musicians and crew for the season's events: its printed MUSICIANS' PAYMENT VOUCHER /
    CREW WAGES VOUCHER (the company on top, Voucher No. / Vr. No., Date, Paid to (musician) / Name of artist /
    Payee (crew) the player, Role, Band master, events x rate, Gross payment, Less: Advance taken, Net paid / Amount
    paid in hand, Mode Cash / UPI / IMPS, Received by; PAID / RECEIVED PAYMENT), ICICI InstaBIZ's transfer screens
    (Paid to / Beneficiary, IMPS Ref No., Transaction ID; Transfer successful / IMPS in process - status will be
    updated), a bank's bulk payment record (Beneficiary name, Amount, Record status, UTR, Batch ID; Transfer failed -
    beneficiary account frozen) and Google Pay from the owner's phone."""
    k = place("crew_payouts")
    status = outcome(k, failed=(7,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1800, high=48000, p_round=0.9)
    who, role = CREW[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = CREW_FRAMES[k]
    if frame in ("instabiz", "gpay"):
        p = phone_page(rng, font, k, ["", "Transfer details", "Payment details"])
        p.part = "head"
        p.add("title", "InstaBIZ" if frame == "instabiz" else "Google Pay")
        if frame == "instabiz":
            p.add("small", "ICICI Bank - business banking")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful", "Paid"],
                "pending": ["IMPS in process - status will be updated"],
                "failed": ["Transfer failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"] if status == "success" else ["To"]))
        p.add("center", who, merchant=who)
        way = "IMPS" if frame == "instabiz" else "UPI"
        if way == "IMPS":
            p.pair("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}")
        else:
            p.add("small", f"{who.split()[-1].lower()}{digits(rng, 2)}@okaxis")
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Remarks", f"{role.split(' - ')[0]} - {rng.choice(OCCASIONS).split(' - ')[0]}")
        if not j.no_ref:
            p.pair("IMPS Ref No." if way == "IMPS" else "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            if frame == "instabiz":
                tid = f"{j.date:%y%m%d}{digits(rng, 8)}"
                p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Date & time", "Transferred on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Repeat  |  Done")
        return p.done()
    if frame == "bulk":
        bank = rng.choice(["Kotak Mahindra Bank", "Union Bank of India"])
        brand = "Kotak FYN" if bank.startswith("Kotak") else "Union Digital Business"
        p = browser_page(
            rng,
            font,
            f"{'fyn.kotak.com' if bank.startswith('Kotak') else 'udb.unionbankofindia.co.in'}/bulk/{digits(rng, 8)}",
        )
        p.part = "head"
        top(p, brand)
        p.add("small", bank)
        p.add("center", "Bulk payment - record details")
        p.add("small", f"File: CREWPAY_{code(rng, 4, ALNUM)}.csv  |  Record {rng.randrange(2, 60)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record status: Paid", "Processed successfully"],
                "pending": ["Record status: In process"],
                "failed": ["Transfer failed - beneficiary account frozen"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        p.pair("Batch ID", f"B{digits(rng, 9)}")
        if not j.no_ref and status != "failed":
            p.pair(rng.choice(["UTR", "IMPS Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref:
            tid = f"TXN{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Processed on", "Value date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Failed records are credited back to the debit account.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if rng.random() < 0.6 else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["MUSICIANS' PAYMENT VOUCHER", "CREW WAGES VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['MPV', 'CWV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Paid to (musician)", "Name of artist", "Payee (crew)"]), who, merchant=who)
    p.pair("Role", role)
    if k != 0:
        p.pair("Band master", "Ustad Rafiq Ahmed")
    way = "Cash" if k == 0 else rng.choice(["UPI", "IMPS"])
    if way == "Cash" and j.amount > 19000:
        j.amount = rupees(rng, 1800, 19000, 0.9)
    adv = float(rng.choice([0, 500, 1000, 2000])) if j.amount > 5000 else 0.0
    gross = round(j.amount + adv, 2)
    n = rng.randrange(2, 9)
    p.pair(f"Events: {n} x {rs(round(gross / n, 2))}", rs(gross))
    p.pair("Gross payment", rs(gross))
    if adv:
        p.pair("Less: Advance taken", rs(adv))
    p.pair(rng.choice(["Net paid", "Amount paid in hand"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "RECEIVED PAYMENT"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Received by (signature / thumb)")
    return p.done()


# ---------------------------------------------------------------- 9. diesel, highway and counter card slips


COUNTERS = [
    ("BHARAT PETROLEUM - AGGARWAL FUELS", "KANPUR ROAD, LUCKNOW"),
    ("INDIANOIL - EXPRESSWAY FUEL STN", "KM 212 AGRA-LKO EXPWY"),
    ("HP - SHAHEED PATH COCO", "GOMTI NAGAR EXTN, LKO"),
    ("NEW HIND ELECTRICALS", "NAKA HINDOLA, LUCKNOW"),
    ("JIO-BP MOBILITY STATION", "BARABANKI"),
    ("SHUKLA DHABA & FAMILY REST.", "PURVANCHAL EXPWY, KM 41"),
    ("NAYARA ENERGY - SINGH FILLING", "SITAPUR ROAD, LKO"),
    ("HOTEL SARYU INN", "AYODHYA"),
]
TERMINALS = [
    "PAYTM EDC",
    "PINE LABS",
    "BHARATPE SWIPE",
    "MOSAMBEE",
    "EZETAP",
    "HDFC BANK",
    "WORLDLINE",
    "ICICI BANK",
]


def fuel_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trucks' and gensets' diesel on the Lucknow roads and the expressways, the electricals counter and the crews'
    dhaba and lodge on the company's debit card: terminal slips (monospace: the terminal's brand on top on some, the
    counter's name and place in capitals, TXN DATE: / DATE: and TIME:, MID:, TID:, BATCH NO:, INV NO:, SALE, CARD
    NO:, a fuel slip's PRODUCT:, PRICE/LTR:, VOLUME(LTR): and VEH NO:, AUTH ID:, RRN:, BASE AMT: / TOTAL AMT: / SALE
    TOTAL:; TXN APPROVED / DECLINED - 05 DO NOT HONOUR / NO HOST RESPONSE - TXN PENDING)."""
    k = place("fuel_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=400, high=24000)
    name, town = COUNTERS[k]
    fuel = any(w in name for w in ("PETROLEUM", "INDIANOIL", "HP -", "JIO-BP", "NAYARA"))
    if "DHABA" in name:
        j.amount = rupees(rng, 280, 3400, 0.7)
    elif fuel:
        j.amount = rupees(rng, 2000, 18000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%y", "%d%m%Y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("TXN DATE:", d, date=j.date)
        else:
            p.pair("DATE:", d, date=j.date)
        p.pair("TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INV NO:", inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    p.pair(
        "CARD NO:", f"{rng.choice(['4', '5', '6'])}{digits(rng, 3)} **** **** {digits(rng, 4)}", method="card"
    )
    p.pair("CARD TYPE:", rng.choice(["VISA DEBIT", "RUPAY DEBIT", "MASTERCARD BUSINESS"]))
    if fuel:
        rate = round(rng.uniform(87.2, 96.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "HI-SPEED DIESEL"]))
        p.pair("PRICE/LTR:", f"{rate:.2f}")
        p.pair("VOLUME(LTR):", f"{j.amount / rate:.2f}")
        p.pair("VEH NO:", f"UP32 {code(rng, 2, UPPER)} {digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair("AUTH ID:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["BASE AMT:", "TOTAL AMT:", "SALE TOTAL:"]),
        f"{rng.choice(['INR ', 'RS.', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", "TXN APPROVED", status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 05 DO NOT HONOUR", status="failed")
    else:
        p.add("center", "NO HOST RESPONSE - TXN PENDING", status="pending")
        p.add("small", "PLEASE CHECK WITH YOUR BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 10. mini trucks and lorries for the gear


TRANSPORTERS = [
    (
        "Shree Balaji Roadlines",
        "Fleet owners & transport contractors",
        "Transport Nagar, Kanpur Road, Lucknow - 226012",
    ),
    ("Awadh Goods Carriers", "Tempo | Eicher | 14 ft and 19 ft containers", "Aishbagh, Lucknow - 226004"),
]
TRUCK_FRAMES = ["porter_app", "paper", "porter_mail", "porter_app", "paper", "porter_app", "paper", "paper"]
TRIPS = [
    ("Chinhat godown", "Clarks Avadh, MG Marg"),
    ("Chinhat godown", "Kanha Upvan, Kanpur Road"),
    ("Aminabad office", "Sheesh Mahal farmhouse, Sultanpur Road"),
    ("Chinhat godown", "Ramada Plaza, Hazratganj"),
]
LORRY_TRIPS = [
    "Lucknow - Ayodhya (Saryu ghat wedding)",
    "Lucknow - Kanpur (Z Square lawns)",
    "Lucknow - Varanasi (river-front venue)",
    "Lucknow - Prayagraj (Civil Lines banquet)",
]


def truck_hire(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Mini trucks and lorries that carry the speakers, trusses, gensets and the band's carts: Porter's app trip
    screens and its trip receipt e-mail (Porter on top, Tata Ace / Pickup 8ft, pickup and drop, Trip fare, Toll,
    Discount, Total fare / Amount paid / Trip fare paid, Paid via UPI / card, CRN and Order
    ID, Transaction ID, Paid on / Trip date; Payment successful / Payment failed - retry from the app / Payment
    pending - confirming with your bank) and transporters' printed FREIGHT RECEIPT / FREIGHT BILL - PAID (the
    transporter on top, Freight receipt No. / F.R. No., Date, Consignor M/s the company, LR No., Vehicle No., Date of
    loading, Route, Freight, Hamali (loading / unloading), Detention, Total, Less: Advance paid to driver, Balance
    freight received / Freight received, Mode, UTR / UPI Ref No.; FREIGHT PAID / RECEIVED WITH THANKS)."""
    k = place("truck_hire")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=650, high=4800)
    frame = TRUCK_FRAMES[k]
    if frame.startswith("porter"):
        rs = money(rng, font, 0.8)
        src, dst = rng.choice(TRIPS)
        if frame == "porter_mail":
            p = mail_page(
                rng,
                font,
                "Porter <no-reply@porter.in>",
                ["Your trip receipt", "Trip invoice - thank you for choosing Porter"],
            )
        else:
            p = phone_page(rng, font, k, ["", "Trip details", "Order details"])
        p.part = "head"
        top(p, "Porter", merchant="Porter")
        p.add("small", rng.choice(["Trip receipt", "Intra-city goods transport"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed - retry from the app"],
                "pending": ["Payment pending - confirming with your bank"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair("Vehicle", rng.choice(["Tata Ace", "Pickup 8ft", "Eeco", "Tata 407"]))
        wrap_pair(p, "Pickup", f"{src}, Lucknow")
        wrap_pair(p, "Drop", dst)
        toll = float(rng.choice([0, 0, 55, 110]))
        disc = float(rng.choice([0, 0, 50, 75]))
        p.pair("Trip fare", rs(round(j.amount - toll + disc, 2)))
        if toll:
            p.pair("Toll", rs(toll))
        if disc:
            p.pair("Discount", f"- {rs(disc)}")
        p.pair(rng.choice(["Total fare", "Amount paid", "Trip fare paid"]), rs(j.amount))
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair("Paid via", "UPI" if way == "UPI" else f"Card {masked(rng, font)}", method=way)
        if not j.no_ref:
            crn = f"CRN{digits(rng, 10)}"
            p.pair(rng.choice(["CRN", "Order ID"]), crn, txn=(ORDER_RANK, crn))
            if status != "failed" or rng.random() < 0.5:
                tid = f"PT{j.date:%y%m%d}{digits(rng, 9)}"
                p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Trip date"], hour=True)
        p.part = "foot"
        p.add("small", "GST invoice will be sent to your registered e-mail.")
        return p.done()
    trans, line, addr = TRANSPORTERS[k % 2]
    name = trans.upper() if rng.random() < 0.5 else trans
    j.amount = rupees(rng, 6500, 38000, 0.8)
    rs = money(rng, font, 0.6, marks=("Rs.", "Rs", "\u20b9"))
    p = paper_page(rng, font, [680, 720])
    letterhead(p, name, line, addr, "09", ["FREIGHT RECEIPT", "FREIGHT BILL - PAID"])
    if not j.no_ref:
        fr = f"{rng.choice(['FR', 'SBR', 'AGC'])}-{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Freight receipt No.", "F.R. No."]), fr, txn=(INVOICE_RANK, fr))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    ours_to(p, ["Consignor", "Party"])
    p.pair("LR No.", digits(rng, 5))
    p.pair("Vehicle No.", f"UP{rng.choice(['32', '78', '33'])} {code(rng, 2, UPPER)} {digits(rng, 4)}")
    if not j.no_day:
        p.pair("Date of loading", j.other_day(rng, -6, -1))
    wrap_pair(p, "Route", rng.choice(LORRY_TRIPS))
    wrap_pair(
        p,
        "Goods",
        rng.choice(
            [
                "Speakers, trusses, cables (said to contain)",
                "DG set 62.5 kVA on trailer",
                "Band carts and light carriers",
            ]
        ),
    )
    hamali = float(rng.choice([600, 800, 1200]))
    det = float(rng.choice([0, 0, 1000, 1500]))
    freight = round(j.amount - hamali - det, 2)
    p.pair("Freight", rs(freight))
    p.pair("Hamali (loading / unloading)", rs(hamali))
    if det:
        p.pair("Detention", rs(det))
    p.pair("Total", rs(j.amount))
    adv = float(rng.choice([0, 2000, 5000])) if k != 1 else 0.0
    if adv:
        p.pair("Less: Advance paid to driver", rs(adv))
    j.amount = round(j.amount - adv, 2)
    way = ["-", "cash", "-", "-", "NEFT", "-", "UPI", "UPI"][k]
    p.pair("Balance freight received" if adv else "Freight received", rs(j.amount), amount=j.amount)
    p.pair(
        "Mode",
        {"cash": "Cash", "NEFT": "NEFT", "UPI": "UPI"}[way],
        method={"cash": "cash", "NEFT": "netbanking", "UPI": "UPI"}[way],
    )
    if not j.no_ref and way == "UPI":
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif not j.no_ref and way == "NEFT":
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = rng.choice(["FREIGHT PAID", "RECEIVED WITH THANKS"])
    p.add("center", word, status="success")
    p.part = "foot"
    p.add("small", "Goods carried at owner's risk. Subject to Lucknow jurisdiction.")
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 11. the office's and godown's bills


BILLERS = [
    ("MVVNL", "Madhyanchal Vidyut Vitaran Nigam Ltd", "Account No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Customer ID"),
    ("Green Gas Ltd", "Green Gas Limited", "BP No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("ICICI Bank FASTag", "ICICI Bank - FASTag", "Vehicle No."),
]
BILL_APPS = ["InstaBIZ", "PhonePe", "MVVNL", "Google Pay", "Axis neo for business", "Paytm", "MVVNL", "BHIM"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's and godown's electricity (MVVNL), piped gas for the crew kitchen (Green Gas), broadband (Airtel
    Xstream Fiber), the crew's postpaid phones (Jio) and the trucks' FASTag recharges through Bharat Connect in
    business banking and UPI apps (the app on top, Biller / Operator / Issuer bank as printed, Account No. / Customer
    ID / BP No. / Mobile No. / Vehicle No., Customer name, Bill date, Due date and Bill month on some, the sum large,
    Paid from Current A/c or UPI, BBPS Txn Ref ID / Bharat Connect Txn Ref., Approval Ref No., Transaction ID on the
    failed one, Paid on / Date & time; Bill paid / Transaction successful / Recharge done / Bill payment pending -
    biller yet to confirm / Bill payment failed - amount will be reversed) and MVVNL's own receipt pages (the board on
    top with its A UPPCL company line, Account No., Amount paid, Mode, Bank Ref No., Receipt No., Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=399, high=68000)
    which = [0, 1, 0, 2, 4, 3, 0, 1][k]
    short, long, idlab = BILLERS[which]
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": digits(rng, 10),
        "Customer ID": digits(rng, 11),
        "BP No.": digits(rng, 10),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Vehicle No.": f"UP32 {code(rng, 2, UPPER)} {digits(rng, 4)}",
    }[idlab]
    if which == 4:
        j.amount = float(rng.choice([1000, 2000, 2500, 3000, 5000]))
    app = BILL_APPS[k]
    if app == "MVVNL":
        p = browser_page(rng, font, "www.uppclonline.com/payment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A UPPCL company  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Status: Success"]})
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way])
        if not j.no_ref:
            bref = f"{rng.choice(['IGA', 'CPA', 'BAR'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"MV{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will reflect in your account within 48 hours.")
        return p.done()
    p = phone_page(
        rng, font, k, ["", "Bill payment", "Recharge details" if which == 4 else "Payment receipt"]
    )
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid", "Recharge done" if which == 4 else "Transaction successful"],
            "pending": ["Bill payment pending - biller yet to confirm"],
            "failed": ["Bill payment failed - amount will be reversed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = {4: "Issuer bank", 3: "Operator", 1: "Operator"}.get(which, "Biller")
    wrap_pair(p, rng.choice([lab, "Biller"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if which != 4 and not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['OU', 'CC', 'AX'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["BBPS Txn Ref ID", "Bharat Connect Txn Ref."]), bc, txn=(BANK_RANK, bc))
        if status == "success" and rng.random() < 0.6:
            ap = digits(rng, 10)
            p.pair("Approval Ref No.", ap, txn=(APPR_RANK, ap))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SARGAM ELECTRO ACOUST",
    "JUBILEE BAND INSTRUM",
    "GLITZ LED WALL RENTA",
    "USTAD RAFIQ AHMED",
    "PORTER",
    "ROSHNI LED SYSTEMS",
    "AWADH POWER GENSETS",
    "NAWAB BAGGHI GHODI S",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender AX-BOBTXN / VM-PNBSMS /
    JD-UNIONB / AD-CANBNK, the day divider, "Rs x debited from A/c XX1234 on <day> by NEFT / RTGS / IMPS / UPI to
    <payee as the bank names it>", the reference, Avl Bal; a UPI payment that "has been DECLINED" and one "under
    PROCESS") and two e-mail transaction alerts (Amount debited, Credited to / Beneficiary, Account, Channel, UTR /
    IMPS Ref No., Transaction date, Transaction status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=900, high=650000)
    bank = rng.choice(["Bank of Baroda", "Punjab National Bank", "Union Bank of India", "Canara Bank"])
    to = ALERT_PAYEES[k]
    if k in (3, 4):
        j.amount = rupees(rng, 900, 45000)
    if k in (0, 7):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        slug = (
            "".join(w[0] for w in bank.split()).lower() if len(bank.split()) > 2 else bank.split()[0].lower()
        )
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug}.bank.in>",
            ["Transaction alert - current account", "Your account has been debited"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following transaction has taken place in your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount debited", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Credited to", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Debited", status="success")
        p.part = "foot"
        p.add("small", "If not done by you, call 1800 5700 or block your net banking at once.")
        return p.done()
    sender = {
        "Bank of Baroda": "AX-BOBTXN",
        "Punjab National Bank": "VM-PNBSMS",
        "Union Bank of India": "JD-UNIONB",
        "Canara Bank": "AD-CANBNK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 900, 95000)
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k in (3, 4)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}{day}", amount=j.amount)
        p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your UPI payment of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 25000, 3800000):,.2f}",
        "failed": "has been DECLINED. Amount, if debited, will be reversed.",
        "pending": "is under PROCESS with the beneficiary bank. Do not retry.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

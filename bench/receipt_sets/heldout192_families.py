"""The twelve heldout192 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a printing and packaging press's day in 2026 (Sri Velmurugan Litho Packs Pvt Ltd, its
offset press on Sattur Road and its carton unit at Thiruthangal, Sivakasi), told by the proofs of payment it
receives and makes: FMCG and fireworks clients' vendor payment advices, walk-in customers' UPI and payment links for
wedding cards, calendars and diaries, its own receipts, paper and board mills', ink makers' and film makers'
invoices, outward wires for imported CTP plates, blankets and press spares, transporters' freight bills and the
net-banking transfers to them, machine operators' wage vouchers and payouts, the pollution control board's,
factory inspectorate's, corporation's and legal metrology's fee pages, card terminal slips, the press's
electricity, phones, gas and FASTag through Bharat Connect, the bank's SMS and e-mail alerts and the job-work units'
lamination, foiling and die-cutting bills. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, invoice and dispatch days, wage weeks,
the bills listed on an advice, TDS, debit note, GST, loading and ESI lines, GSTIN, PAN, IFSC, BIC, IBAN, UETR, MID,
TID, batch, trace, GC, lorry, e-way bill, DC, order, consent, licence, registration, service, LPG and file numbers,
the authoriser and the payer's own details carry no fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and
``gst_lines`` are heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
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

COMPANY = "Sri Velmurugan Litho Packs Pvt Ltd"
COMPANY_CAPS = "SRI VELMURUGAN LITHO PACKS PVT LTD"
SHORT = "Velmurugan Litho"
# unit, address, GST state code
UNITS = [
    ("Offset press, Sattur Road", "4/112-B, Sattur Road, Sivakasi - 626123, Tamil Nadu", "33"),
    ("Carton unit, Thiruthangal", "S.F. 218/3, Thiruthangal Road, Sivakasi - 626130, Tamil Nadu", "33"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Tamilnad Mercantile Bank",
    "Indian Overseas Bank",
    "Karur Vysya Bank",
    "City Union Bank",
    "Canara Bank",
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
]
IFSC = {
    "Tamilnad Mercantile Bank": "TMBL",
    "Indian Overseas Bank": "IOBA",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Canara Bank": "CNRB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Federal Bank": "FDRL",
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The press as the other party (Buyer / Consignor / Received from / Occupier: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{IFSC.get(bank, 'SBIN')}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{IFSC.get(bank, 'SBIN')}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way in ("IMPS", "UPI"):
        return j.ref
    return neft_ref(rng, j, bank if bank in ("HDFC Bank", "ICICI Bank", "State Bank of India") else "SBIN")


def slug_of(bank: str) -> str:
    return "".join(w[0] for w in bank.split()).lower() if len(bank.split()) > 2 else bank.split()[0].lower()


RATES = {"USD": (85.6, 89.2), "EUR": (93.4, 98.1), "GBP": (108.5, 114.0)}


# ---------------------------------------------------------------- 1. FMCG and fireworks clients' payment advices


CLIENTS = [
    ("Cauvery Consumer Products Ltd", "vendorpayments@cauveryconsumer.in", "FMCG"),
    ("Vanavil Fireworks Industries", "accounts@vanavilfireworks.com", "fireworks"),
    ("Sunfresh Foods & Beverages Pvt Ltd", "ap.south@sunfreshfoods.co.in", "FMCG"),
    ("Thangamayil Match Works", "office@thangamayilmatch.in", "fireworks"),
    ("Kovai Masala Products Ltd", "payables@kovaimasala.com", "FMCG"),
    ("Jothi Crackers & Sparklers Co", "finance@jothicrackers.in", "fireworks"),
]
ADVICE_FRAMES = ["mail", "paper", "portal", "mail", "paper", "portal", "mail", "paper"]
PACK_JOBS = {
    "FMCG": ["Mono cartons 250 g, 4C + varnish", "Shrink sleeve labels", "Display cartons with window"],
    "fireworks": ["Sparkler box wraps, 6C", "Match box skillets, 2C", "Gift box outers, 5 ply"],
}


def client_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """FMCG and fireworks clients paying the press for cartons, labels and box wraps: a client's vendor payment
    advice e-mail, printed VENDOR PAYMENT ADVICE / REMITTANCE ADVICE and a supplier portal's payment page (the client
    on top, Supplier name / Pay to / Vendor / Payee the press, Vendor code, Invoices paid with Inv. No., date and sum,
    Less: TDS u/s 194Q @ 0.1% or u/s 194C @ 2%, Less: Debit note - shade variation, Net payment / Net amount
    transferred / Total paid, Mode NEFT / RTGS, UTR / UTR No., Payment document No. / Payment voucher No., Payment
    date / Value date / Paid on / Parked on / Returned on; Payment status: Paid / Status: Payment executed / Parked -
    awaiting GRN and quality clearance / Payment returned - beneficiary account inoperative)."""
    k = place("client_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=60000, high=2400000)
    client, mail, trade = CLIENTS[(k + rng.randrange(3)) % len(CLIENTS)]
    frame = ADVICE_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{client.split()[0]} Payables <{mail}>",
            ["Vendor payment advice", f"Payment advice - {SHORT}", "Remittance advice for your invoices"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, client.upper() if frame == "paper" and rng.random() < 0.5 else client)
    p.add(
        "small",
        rng.choice(["Accounts Payable - Packaging Materials", "Finance - Vendor Payments", "Accounts"]),
    )
    p.add(
        "center", rng.choice(["VENDOR PAYMENT ADVICE", "REMITTANCE ADVICE", "Payment intimation to supplier"])
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Supplier name", "Pay to", "Vendor / Payee"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['SV', 'PK', '40'])}{digits(rng, 6)}")
    bills = []
    for _ in range(rng.randrange(1, 4)):
        bills.append((f"VLP/25-26/{rng.randrange(100, 2400):04d}", rupees(rng, 40000, 900000, 0.3)))
    p.add("left", rng.choice(["Invoices paid", "Your invoices covered"]))
    for no, v in bills:
        day = "" if j.no_day else f"  {j.other_day(rng, -60, -10)}"
        wrap_pair(p, f"{no}{day} ({rng.choice(PACK_JOBS[trade])})", rs(v))
    gross = round(sum(v for _, v in bills), 2)
    if trade == "FMCG":
        cut = round(gross / 1.18 * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(cut))
    else:
        cut = round(gross / 1.18 * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(cut))
    dn = float(rng.choice([1800, 4250, 12000])) if rng.random() < 0.4 else 0.0
    if dn:
        p.pair(f"Less: Debit note DN-{rng.randrange(10, 99)} - shade variation", rs(dn))
    j.amount = round(gross - cut - dn, 2)
    labels = (
        ["Net payment", "Net amount transferred", "Total paid"] if status == "success" else ["Net payment"]
    )
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment method"]), way, method="netbanking")
    bank = rng.choice(BANKS[:5])
    wrap_pair(p, "Bank account", f"{bank} XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', 'PV'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid", "Status: Payment executed"],
            "pending": ["Parked - awaiting GRN and quality clearance"],
            "failed": ["Payment returned - beneficiary account inoperative"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Paid on"],
            "pending": ["Parked on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated advice. For queries quote the reference number above.")
    return p.done()


# ---------------------------------------------------------------- 2. walk-in customers' UPI and payment links


WALKIN_APPS = ["Google Pay", "PhonePe", "Razorpay", "Paytm", "BHIM", "Navi", "Cashfree", "super.money"]
WALKINS = [
    "Karthikeyan S",
    "Priya Ramasamy",
    "M. Jeyakumar",
    "Anitha Pandian",
    "Sri Ganesh Traders",
    "R. Muthulakshmi",
    "Fathima Beevi",
    "Balamurugan K",
]
WALKIN_NOTES = [
    "Wedding cards 500 nos",
    "Calendar 2027 advance",
    "Visiting cards + letterhead",
    "Diary printing balance",
    "Notebook wrappers",
    "Temple festival notice",
    "Sweet box printing",
]


def walkin_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Walk-in customers paying for wedding cards, calendars, diaries and sweet boxes: six UPI app screens (Google
    Pay, PhonePe, Paytm, BHIM, Navi, super.money: the press under Paid to / To / Sent to, super.money's Payment to,
    its UPI ID, the sum large, UPI transaction ID / UPI Ref No. / UTR, PhonePe's and Paytm's own Transaction ID on
    some, From / Debited from, Date & time / Paid on / Completed on) and its payment pages (Razorpay, Cashfree: the
    press on top, Customer / Paid by, Payment Id pay_... / CF Payment ID, Bank RRN / Bank reference for UPI, Auth
    code for a card, Paid on / Payment time)."""
    k = place("walkin_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=450, high=68000, p_round=0.8)
    app = WALKIN_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Cashfree"):
        to = ours(rng)
        url = (
            f"pages.razorpay.com/pl_{code(rng, 14, ALNUM + LOWER)}/view"
            if app == "Razorpay"
            else f"payments.cashfree.com/links/{code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Offset printing | Cartons | Wedding cards", "Pay for your print order"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Payment received - thank you"],
                "failed": ["Payment failed", "Payment could not be completed"],
                "pending": ["Payment pending - confirmation from your bank awaited"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Paid by"]), WALKINS[k])
        wrap_pair(p, rng.choice(["Purpose", "Description"]), rng.choice(WALKIN_NOTES))
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair(
            "Method",
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, ALNUM + LOWER)}" if app == "Razorpay" else digits(rng, 10)
            p.pair("Payment Id" if app == "Razorpay" else "CF Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair("Bank RRN" if app == "Razorpay" else "Bank reference", j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment time"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by Cashfree Payments")
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
            "failed": ["Payment failed", "Transaction declined"],
            "pending": ["Payment processing", "Pending - bank yet to confirm"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "super.money":
        labels = ["Payment to"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: vlpsivakasi{rng.choice(['', '1', '.press'])}@{rng.choice(['tmb', 'okaxis', 'ybl', 'iob'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(WALKIN_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the press's own receipts


PAYERS = [
    "M/s Sri Murugan Stores, Virudhunagar",
    "Shri V. Subramanian",
    "M/s Annai Sweets, Sattur",
    "Smt. K. Lakshmi",
    "Arasan Matches Pvt Ltd",
    "M/s Vetri Agencies, Rajapalayam",
    "Shri P. Selvaraj",
    "M/s Kamaraj College Stores",
]
PRINT_JOBS = [
    "2,000 wedding invitations, 4C + gold foil",
    "Daily calendars 2027 - 1,500 nos",
    "Diaries 2027, 5,000 nos, PU cover",
    "Sweet boxes 1 kg, 10,000 nos",
    "Exam answer booklets, 20,000 nos",
    "Notebook wrappers, 50,000 nos",
]


def press_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press's own OFFICIAL RECEIPT / CASH / BANK RECEIPT / ORDER ADVANCE RECEIPT to a customer (paper: the press
    on top with its Offset | Cartons | Labels line, address and GSTIN; Receipt No. / Rcpt No., Date / Receipt date,
    Received from / Customer / Party name, Order No., Job, Order value, Amount received / Advance received against
    order / Received by UPI / Cash received / Cheque amount, Balance payable on delivery, Cheque No. and bank, UPI Ref
    No., UTR; RECEIVED WITH THANKS / AMOUNT RECEIVED / CHEQUE RECEIVED - CREDIT SUBJECT TO CLEARANCE / CHEQUE
    DISHONOURED - ORDER ON HOLD, the rubber stamp) and its accounts desk's receipt e-mails."""
    k = place("press_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=3500, high=420000)
    unit = UNITS[0]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    if k in (2, 7):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@velmuruganlitho.in>",
            ["Payment receipt - thank you", "We have received your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Sattur Road, Sivakasi  |  Accounts desk")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Offset | Cartons | Labels | Calendars | Since 1986",
            unit[1],
            unit[2],
            ["OFFICIAL RECEIPT", "CASH / BANK RECEIPT", "ORDER ADVANCE RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['OR', 'CR', 'AR'])}/{rng.randrange(1, 2999):04d}/25-26"
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Customer", "Party name"]), PAYERS[k])
    p.pair("Order No.", f"JO-{rng.randrange(1000, 9999)}")
    wrap_pair(p, "Job", rng.choice(PRINT_JOBS))
    way = "cheque" if status != "success" else ["RTGS", "UPI", "cash", "-", "UPI", "cash", "-", "NEFT"][k]
    if way in ("UPI", "cash") and j.amount > 95000:
        j.amount = rupees(rng, 3500, 95000, 0.8)
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    part = k in (1, 2, 4, 5) and status == "success"
    total = round(j.amount * rng.choice([2.0, 2.5, 4.0]), 2) if part else j.amount
    p.pair("Order value", rs(total))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "cheque": "Cheque amount",
        "NEFT": rng.choice(["Amount received", "Advance received against order"]),
        "RTGS": "Amount received",
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking"),
    )
    if way in ("NEFT", "RTGS"):
        p.pair("Mode", way)
    p.pair(rng.choice(["Balance payable on delivery", "Balance due"]), rs(total - j.amount))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "AMOUNT RECEIVED"]),
        "pending": "CHEQUE RECEIVED - CREDIT SUBJECT TO CLEARANCE",
        "failed": "CHEQUE DISHONOURED - ORDER ON HOLD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cheques are subject to realisation. Subject to Sivakasi jurisdiction.")
    if k not in (2, 7):
        right(p, f"For {SHORT} - Cashier")
        p.add("gap")
        seal(p, "VELMURUGAN LITHO", "SIVAKASI", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. paper mills', ink makers' and film invoices


MILLS = [
    (
        "Sri Andal Paper & Boards Ltd",
        "Duplex board | Kraft | Grey back",
        "Rajapalayam Road, Srivilliputhur - 626125, Tamil Nadu",
        "33",
    ),
    (
        "Deccan Printing Inks Pvt Ltd",
        "Offset inks | Varnishes | Fountain solution",
        "IDA Jeedimetla, Hyderabad - 500055, Telangana",
        "36",
    ),
    (
        "Kaveri Coated Boards Pvt Ltd",
        "FBB | SBS | Cup stock",
        "SIPCOT Industrial Park, Perundurai, Erode - 638052, Tamil Nadu",
        "33",
    ),
    (
        "Bharat Lamination Films Co",
        "BOPP thermal film | Hot foils | Adhesives",
        "Vasai East, Palghar - 401208, Maharashtra",
        "27",
    ),
]
MILL_ITEMS = {
    "Sri": [
        ("Duplex board 300 gsm, 23 x 36 (kg)", "4810", 62.0, 74.0, (1500, 6000)),
        ("Kraft liner 150 gsm (kg)", "4804", 38.0, 46.0, (2000, 8000)),
    ],
    "Deccan": [
        ("Process ink set CMYK (kg)", "3215", 410.0, 560.0, (40, 240)),
        ("Overprint varnish, gloss (kg)", "3208", 240.0, 320.0, (50, 200)),
    ],
    "Kaveri": [
        ("FBB 350 gsm, 28 x 40 (kg)", "4810", 88.0, 104.0, (1000, 5000)),
        ("SBS 300 gsm (kg)", "4810", 96.0, 118.0, (800, 3000)),
    ],
    "Bharat": [
        ("BOPP thermal film, matt 25 mic (kg)", "3920", 210.0, 260.0, (100, 600)),
        ("Hot stamping foil, gold (roll)", "3212", 1450.0, 2100.0, (10, 60)),
    ],
}
MILL_WAYS = ["-", "RTGS", "NEFT", "UPI", "-", "NEFT", "-", "RTGS"]


def mill_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Paper and board mills (Srivilliputhur, Perundurai), an ink maker (Hyderabad) and a film and foil maker (Vasai)
    billing the press (paper: the supplier on top, its line, address and GSTIN; Invoice No. / Inv. No., Invoice date
    / Date, Buyer (Bill to) / Ship to M/s the press, E-way bill No., Vehicle No., the items with HSN and Qty x rate,
    Taxable value, CGST and SGST or IGST @ 18%, Round off, Invoice total, Less: Advance paid, then Amount received /
    Payment received / Balance received with its UTR or UPI Ref No., or Cheque received with Cheque No.; PAID /
    RECEIVED / SETTLED / CHEQUE UNDER CLEARING / CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS, in the supplier's
    rubber stamp too)."""
    k = place("mill_invoices")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4)
    mill, line, addr, state = MILLS[k % len(MILLS)]
    name = mill.upper() if rng.random() < 0.3 else mill
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in mill.split()[:2]).upper()}{j.date:%y}-{rng.randrange(100, 9999):05d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date"], PATS_IN)
    ours_to(p, ["Buyer (Bill to)", "Ship to"])
    p.pair("E-way bill No.", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")
    p.pair("Vehicle No.", f"TN{rng.choice(['67', '84', '59', '63'])} {code(rng, 2, UPPER)} {digits(rng, 4)}")
    taxable = 0.0
    key = mill.split()[0]
    for item, hsn, lo, hi, (qlo, qhi) in rng.sample(MILL_ITEMS[key], rng.randrange(1, 3)):
        qty = rng.randrange(qlo, qhi)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, state != "33")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = MILL_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -3))
        p.pair(f"Less: Advance paid (PO {rng.randrange(100, 900)})", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = "Balance received" if adv else rng.choice(["Amount received", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED", "SETTLED"]),
        "pending": "CHEQUE UNDER CLEARING",
        "failed": "CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Interest @ 18% p.a. on bills unpaid after 30 days. Subject to local jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(mill.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. outward wires for plates, blankets and spares


MAKERS_ABROAD = [
    ("Agfa Offset BV", "Mortsel, Belgium", "EUR", "KBC Bank NV", "KREDBEBB", "BE"),
    ("Harrowgate Printing Blankets Ltd", "Leeds, United Kingdom", "GBP", "Lloyds Bank plc", "LOYDGB2L", "GB"),
    ("Eastman Kodak Company", "Rochester, NY, USA", "USD", "Citibank NA", "CITIUS33", ""),
    ("Heidelberger Druckmaschinen AG", "Wiesloch, Germany", "EUR", "Commerzbank AG", "COBADEFF", "DE"),
    ("Presstek LLC", "Hudson, NH, USA", "USD", "Bank of America NA", "BOFAUS3N", ""),
    ("Day International UK Ltd", "Dundee, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B", "GB"),
    ("Bobst Lyon SAS", "Villeurbanne, France", "EUR", "BNP Paribas SA", "BNPAFRPP", "FR"),
    ("Baldwin Technology Company Inc", "St. Louis, MO, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33", ""),
]
IMPORTS = [
    "Thermal CTP plates 1030 x 790 mm",
    "Offset blankets 1.95 mm, barred",
    "Processless CTP plates 745 x 605 mm",
    "SM 102 spares - grippers and bearings",
    "Violet CTP plates 510 x 400 mm",
    "Compressible blankets, 20 rolls",
    "Die-cutter spares - cutting plate",
    "Blanket wash system spares",
]


def plate_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press paying makers abroad for CTP plates, blankets and press and die-cutter spares: the bank's outward
    remittance advice (browser, e-mail, printed: the bank on top, Outward remittance advice (Form A1) / Debit advice -
    foreign outward remittance, Name of beneficiary / Beneficiary customer / Payee abroad the maker, its bank and
    BIC, IBAN, Remitter / Remitter / Importer the press, IEC, Amount in FCY / Remittance currency & amount in EUR, USD
    or GBP, Rate applied, INR value, Bank charges, GST on charges, Net debit to account (INR), Purpose code, Goods,
    Proforma invoice No., FX deal No., Charges OUR / SHA, Remittance ref No. / Sender's ref (F20), UETR, Date of
    remittance / Value date / Date of request / Returned on; Remittance effected - MT103 issued / Funds remitted /
    Pending - awaiting Form A1 and invoice copy / Returned - beneficiary bank rejected (account closed))."""
    k = place("plate_wires")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    sup, city, cur, sbank, bic, iban = MAKERS_ABROAD[k]
    j.amount = (
        round(rng.uniform(1200, 98000), 2) if rng.random() < 0.6 else float(rng.randrange(12, 980) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["Indian Overseas Bank", "Tamilnad Mercantile Bank", "Karur Vysya Bank", "HDFC Bank"])
    slug = slug_of(bank)
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"fx.{slug}.co.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.sivakasi@{slug}.co.in>",
            ["Outward remittance - debit advice", "Your import payment has been processed"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small", rng.choice(["Forex Cell, Sivakasi Main Branch", "Authorised Dealer Cat-I Branch, Madurai"])
    )
    p.add(
        "center",
        rng.choice(["Outward remittance advice (Form A1)", "Debit advice - foreign outward remittance"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance effected - MT103 issued", "Funds remitted"],
            "pending": ["Pending - awaiting Form A1 and invoice copy"],
            "failed": ["Returned - beneficiary bank rejected (account closed)"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p, rng.choice(["Name of beneficiary", "Beneficiary customer", "Payee abroad"]), payee, merchant=payee
    )
    p.pair("Address", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} ({bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    else:
        p.pair("A/c No.", digits(rng, 10))
    wrap_pair(p, rng.choice(["Remitter", "Remitter / Importer"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair(
        rng.choice(["Amount in FCY", "Remittance currency & amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Rate applied", f"{cur} 1 = INR {rate}")
    p.pair("INR value", f"{inr:,.2f}")
    chg = float(rng.choice([750, 1000, 1500]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Bank charges", f"{chg:,.2f}")
    p.pair("GST on charges", f"{gst:,.2f}")
    p.pair("Net debit to account (INR)", f"{inr + chg + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0101 - import settlement", "S0102 - advance against imports"]))
    wrap_pair(p, "Goods", IMPORTS[k])
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}{rng.randrange(100000, 999999)}")
    p.pair("FX deal No.", f"FXD{digits(rng, 9)}")
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{IFSC[bank]}{rng.choice(['OR', 'FX'])}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["Remittance ref No.", "Sender's ref (F20)"]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            hexa = "0123456789abcdef"
            uetr = f"{code(rng, 8, hexa)}-{code(rng, 4, hexa)}-4{code(rng, 3, hexa)}-8{code(rng, 3, hexa)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, hexa)}")
    date_row(
        p,
        j,
        {
            "success": ["Date of remittance", "Value date"],
            "pending": ["Date of request"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add(
        "small",
        "Submit the Bill of entry within the time allowed under FEMA; quote the remittance reference.",
    )
    return p.done()


# ---------------------------------------------------------------- 6. transporters' freight bills and transfers


TRANSPORTERS = [
    (
        "Deepam Transport Corporation",
        "Lorry booking | Full load | Part load",
        "Lorry Pettai, Sivakasi - 626123",
    ),
    ("Sri Vinayaga Roadways", "Daily service Sivakasi - Chennai - Bengaluru", "NH 44, Virudhunagar - 626001"),
    (
        "Kumaran Parcel Service",
        "Parcel and part load to all South India",
        "Bus Stand Road, Sivakasi - 626123",
    ),
]
FREIGHT_FRAMES = ["paper", "netbank", "paper", "netbank", "netbank", "paper", "netbank", "paper"]
NET_BANKS = [
    ("Tamilnad Mercantile Bank", "TMB Corporate Net Banking", "corporate.tmb.in"),
    ("Indian Overseas Bank", "IOB Corporate Internet Banking", "www.iobnet.co.in/corp"),
    ("Karur Vysya Bank", "KVB Corporate Internet Banking", "corp.kvb.co.in"),
]
ROUTES = [
    "Sivakasi - Chennai (Ambattur)",
    "Sivakasi - Hosur (SIPCOT)",
    "Sivakasi - Bengaluru (Peenya)",
    "Sivakasi - Coimbatore",
    "Sivakasi - Kochi (Kalamassery)",
]


def freight_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press paying the lorries that carry its cartons to clients' plants: transporters' printed LORRY FREIGHT
    BILL / FREIGHT BILL CUM RECEIPT (the transporter on top, Bill No., Date, Consignor M/s the press, Consignee, GC
    No., Lorry No., Date of dispatch, Route, No. of bundles, Freight, Loading charges, Halting charges, Total, Less:
    Advance paid, Balance freight paid / Freight paid, Mode, UTR / UPI Ref No.; PAID / FREIGHT RECEIVED) and
    corporate net banking's transfer pages (TMB, IOB, KVB: Beneficiary name / Payee account name, Debit account,
    Amount / Transaction amount, NEFT / RTGS / IMPS, UTR / IMPS Ref No., Reference No., Authoriser, Transaction date /
    Value date / Initiated on; Transaction completed successfully / Status: Success / Awaiting authoriser approval /
    Rejected - beneficiary IFSC not valid)."""
    k = place("freight_bills")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=6500, high=145000)
    trans, line, addr = TRANSPORTERS[(k + rng.randrange(2)) % len(TRANSPORTERS)]
    frame = FREIGHT_FRAMES[k]
    if frame == "netbank":
        bank, brand, host = rng.choice(NET_BANKS)
        rs = money(rng, font, 0.5, marks=("INR", "Rs.", "\u20b9"))
        p = browser_page(rng, font, f"{host}/ft/{rng.choice(['ack', 'status'])}/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        if brand.split()[0] not in bank:
            p.add("small", bank)
        p.add("center", rng.choice(["Funds transfer - acknowledgement", "Third party transfer - status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction completed successfully", "Status: Success"],
                "pending": ["Awaiting authoriser approval"],
                "failed": ["Rejected - beneficiary IFSC not valid"],
            },
        )
        who = trans.upper() if rng.random() < 0.4 else trans
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee account name"]), who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair(rng.choice(["Amount", "Transaction amount"]), rs(j.amount), amount=j.amount)
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p.pair("Transfer type", way, method="netbanking")
        wrap_pair(p, "Remarks", f"Freight {rng.choice(ROUTES)}")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
            tno = f"{rng.choice(['FT', 'TP', 'CB'])}{digits(rng, 11)}"
            p.pair("Reference No.", tno, txn=(BANK_RANK, tno))
        p.pair("Authoriser", "-" if status == "pending" else f"VLP.{rng.choice(['MD', 'DIR1', 'FIN'])}")
        date_row(
            p,
            j,
            ["Transaction date", "Value date"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Never share your OTP or login password with anyone, including bank staff.")
        return p.done()
    name = trans.upper() if rng.random() < 0.5 else trans
    rs = money(rng, font, 0.6, marks=("Rs.", "Rs", "\u20b9"))
    j.amount = rupees(rng, 4500, 62000, 0.8)
    p = paper_page(rng, font, [680, 720])
    letterhead(p, name, line, addr, "33", ["LORRY FREIGHT BILL", "FREIGHT BILL CUM RECEIPT"])
    if not j.no_ref:
        bno = f"{rng.choice(['DT', 'SVR', 'KPS'])}/{rng.randrange(100, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Date", "Bill date"], PATS_IN)
    ours_to(p, ["Consignor"])
    wrap_pair(p, "Consignee", rng.choice([c for c, _, _ in CLIENTS]))
    p.pair("GC No.", digits(rng, 6))
    p.pair("Lorry No.", f"TN{rng.choice(['67', '84', '69'])} {code(rng, 2, UPPER)} {digits(rng, 4)}")
    if not j.no_day:
        p.pair("Date of dispatch", j.other_day(rng, -5, -1))
    wrap_pair(p, "Route", rng.choice(ROUTES))
    p.pair("No. of bundles", str(rng.randrange(40, 900)))
    load = float(rng.choice([400, 650, 900]))
    halt = float(rng.choice([0, 0, 1000, 1500]))
    p.pair("Freight", rs(round(j.amount - load - halt, 2)))
    p.pair("Loading charges", rs(load))
    if halt:
        p.pair("Halting charges", rs(halt))
    p.pair("Total", rs(j.amount))
    adv = float(rng.choice([0, 2000, 5000])) if k != 0 else 0.0
    if adv:
        p.pair("Less: Advance paid", rs(adv))
    j.amount = round(j.amount - adv, 2)
    way = ["cash", "-", "NEFT", "-", "-", "UPI", "-", "NEFT"][k]
    p.pair("Balance freight paid" if adv else "Freight paid", rs(j.amount), amount=j.amount)
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
    p.add("center", rng.choice(["PAID", "FREIGHT RECEIVED"]), status="success")
    p.part = "foot"
    p.add("small", "Goods carried at owner's risk. Subject to Sivakasi jurisdiction.")
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 7. machine operators' wages and payouts


OPERATORS = [
    ("S. Pandiarajan", "Heidelberg SM 74 operator"),
    ("M. Karuppasamy", "Die-cutting machine operator"),
    ("R. Veeralakshmi", "Folder gluer helper"),
    ("K. Ramkumar", "CTP and pre-press operator"),
    ("A. Selvi", "Sorting and packing"),
    ("P. Mariappan", "Komori 4-colour operator"),
    ("T. Esakkimuthu", "Lamination machine operator"),
    ("V. Kalaiselvi", "Quality checker"),
]
WAGE_FRAMES = ["paper", "paper", "razorpayx", "razorpayx", "paper", "bulk", "razorpayx", "paper"]


def wage_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press paying its machine operators and helpers: its printed WAGES PAYMENT VOUCHER / WEEKLY WAGES SLIP -
    PAID (the press on top, Voucher No. / Vr. No., Date, Name of employee / Paid to (operator) the worker, Emp. code,
    Designation, Wage period, Days worked x rate, OT hours x rate, Gross wages, Less: ESI (0.75%), Less: Advance
    recovered, Net wages paid / Amount paid, Mode Cash / UPI; PAID / PAID - RECEIVED BY EMPLOYEE), RazorpayX's payout
    pages (Contact / Beneficiary the worker, Fund account, Amount, Mode IMPS / UPI, Payout ID pout_..., UTR, Purpose
    salary, Processed on / Created on / Reversed on; Payout processed / Processing / Reversed - beneficiary bank
    declined) and Federal Bank FedCorp's bulk payment row (Beneficiary name, Amount, Row status: Paid, UTR, File)."""
    k = place("wage_payouts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=2800, high=14000, p_round=0.9)
    who, role = OPERATORS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, ALNUM + LOWER)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{COMPANY}  |  Payouts")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout processed", "Processed"],
                "pending": ["Processing"],
                "failed": ["Reversed - beneficiary bank declined"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair(
                "Fund account",
                f"XXXXXX{digits(rng, 4)} ({rng.choice(list(IFSC.values())[:5])}0{digits(rng, 6)})",
            )
        else:
            p.pair(
                "Fund account",
                f"{who.split()[-1].lower()}{digits(rng, 2)}@{rng.choice(['oksbi', 'ibl', 'ybl'])}",
            )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", "salary")
        wrap_pair(p, "Narration", f"Wages {role.split(' ')[0]} - week {rng.randrange(1, 52)}")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Created on"], "failed": ["Reversed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Reversed payouts are credited back to your RazorpayX balance.")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, f"fedcorp.federalbank.co.in/bulk/{digits(rng, 8)}")
        p.part = "head"
        top(p, "FedCorp")
        p.add("small", "Federal Bank - corporate banking")
        p.add("center", "Bulk payment - row details")
        p.add(
            "small",
            f"File: WAGES_WK{rng.randrange(1, 52):02d}_{code(rng, 4, ALNUM)}.xlsx  |  Row {rng.randrange(2, 90)}",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Row status: Paid", "Executed successfully"]})
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "IMPS Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Executed on", "Value date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Rejected rows are returned to the debit account on the next working day.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if rng.random() < 0.5 else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["WAGES PAYMENT VOUCHER", "WEEKLY WAGES SLIP - PAID"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'WG'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of employee", "Paid to (operator)"]), who, merchant=who)
    p.pair("Emp. code", f"VLP{digits(rng, 3)}")
    wrap_pair(p, "Designation", role)
    if not j.no_day:
        p.pair("Wage period", f"{j.other_day(rng, -8, -6)} to {j.other_day(rng, -2, -1)}")
    days = rng.randrange(5, 7)
    rate = float(rng.choice([520, 600, 650, 720, 780]))
    ot = rng.choice([0, 0, 4, 6, 10])
    adv = float(rng.choice([0, 0, 500, 1000]))
    gross = days * rate + ot * rate / 8
    esi = round(gross * 0.0075, 2)
    if ot:
        p.pair(f"Days worked {days} x {rate:,.0f}", rs(days * rate))
        p.pair(f"OT {ot} hrs x {rate / 8:,.2f}", rs(round(ot * rate / 8, 2)))
    else:
        p.pair(f"Days worked {days} x {rate:,.0f}", rs(days * rate))
    p.pair("Gross wages", rs(round(gross, 2)))
    p.pair("Less: ESI (0.75%)", rs(esi))
    if adv:
        p.pair("Less: Advance recovered", rs(adv))
    j.amount = round(gross - esi - adv, 2)
    p.pair(rng.choice(["Net wages paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if k in (0, 4) else "UPI"
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI"}[way])
    if not j.no_ref and way == "UPI":
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY EMPLOYEE"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / LTI of employee")
    return p.done()


# ---------------------------------------------------------------- 8. pollution, factory, corporation and metrology fees


AUTHORITIES = [
    ("Tamil Nadu Pollution Control Board", "Consent to Operate - renewal fee (OCMMS)", "tnpcb.gov.in/ocmms"),
    (
        "Directorate of Industrial Safety and Health",
        "Factory licence renewal fee - Form 2",
        "dish.tn.gov.in/epayment",
    ),
    (
        "Sivakasi City Municipal Corporation",
        "D&O trade licence fee - online payment",
        "tnurbanepay.tn.gov.in",
    ),
    (
        "Legal Metrology Department, Tamil Nadu",
        "Registration of packers - fee receipt",
        "lmtn.tn.gov.in/fees",
    ),
]
AUTHORITY_HEADS = {
    0: [("CTO renewal fee - Orange category", 15000.0), ("Analysis charges (stack / water)", 2500.0)],
    1: [("Licence renewal fee (up to 150 workers)", 9500.0), ("Amendment fee", 1000.0)],
    2: [("Trade licence fee - printing press", 3500.0), ("Name board fee", 600.0)],
    3: [("Packer registration fee", 5000.0), ("Amendment / addition of commodity", 500.0)],
}
AUTHORITY_ORDER = [0, 1, 2, 3, 1, 0, 3, 2]
AUTHORITY_IDS = {
    0: "Consent order No.",
    1: "Factory licence No.",
    2: "Trade licence No.",
    3: "Registration No.",
}


def authority_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees the press pays to keep running: the Tamil Nadu Pollution Control Board's consent renewal fee
    (OCMMS), the Directorate of Industrial Safety and Health's factory licence renewal fee, Sivakasi City Municipal
    Corporation's D&O trade licence fee and Legal Metrology's packer registration fee (the authority on top with its
    service line, a Government of Tamil Nadu line on some, Occupier / Name of the unit / Applicant the press, Consent
    order No. / Factory licence No. / Trade licence No. / Registration No., Application Ref. No., the heads x years,
    Total amount paid / Amount paid / Fee paid, Payment mode Net banking / UPI / Debit card, Transaction ID, Bank
    reference No. / Bank Ref No., Challan No., Receipt No., e-Receipt No., Payment date / Date of payment /
    Transaction date; Payment success / Fee paid successfully / Payment awaiting bank confirmation - do not pay again /
    Payment unsuccessful - transaction cancelled by bank)."""
    k = place("authority_fees")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    which = AUTHORITY_ORDER[k]
    agency, line, host = AUTHORITIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['receipt', 'payment', 'status'])}/{digits(rng, 8)}")
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    if which in (0, 1, 3) and rng.random() < 0.7:
        p.add("small", "Government of Tamil Nadu")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment success", "Fee paid successfully"],
            "pending": ["Payment awaiting bank confirmation - do not pay again"],
            "failed": ["Payment unsuccessful - transaction cancelled by bank"],
        },
    )
    ours_to(p, ["Occupier", "Name of the unit", "Applicant"])
    p.pair(AUTHORITY_IDS[which], f"{['TNPCB/CTO', 'DISH/VNR', 'SCMC/DO', 'LM/PKR'][which]}/{digits(rng, 5)}")
    p.pair("Application Ref. No.", f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
    total = 0.0
    for head, fee in rng.sample(AUTHORITY_HEADS[which], rng.randrange(1, 3)):
        n = rng.randrange(1, 3)
        p.pair(f"{head} x {n} yr" if n > 1 else head, rs(fee * n))
        total += fee * n
    j.amount = round(total, 2)
    p.pair(rng.choice(["Total amount paid", "Amount paid", "Fee paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(
        "Payment mode",
        way if rng.random() < 0.5 else f"SBI ePay - {way}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which in (0, 2, 3):
            tid = f"{['TNPCB', 'SCMC', 'LMTN'][(0, 2, 3).index(which)]}{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            bref = f"{rng.choice(['IK', 'CP', 'SB'])}{digits(rng, 10)}"
            p.pair("Bank Ref No." if which == 1 else "Bank reference No.", bref, txn=(BANK_RANK, bref))
        if which == 1:
            chl = f"DISH{j.date:%Y}{digits(rng, 6)}"
            p.pair("Challan No.", chl, txn=(INVOICE_RANK, chl))
        elif status == "success" and which in (2, 3):
            rno = f"{'SCMC' if which == 2 else 'LM'}/{digits(rng, 7)}"
            p.pair("Receipt No." if which == 2 else "e-Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Payment date", "Date of payment", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add(
        "small",
        "Display the consent / licence at the factory entrance."
        if which in (0, 1)
        else "This is an electronically generated receipt; no signature is required.",
    )
    return p.done()


# ---------------------------------------------------------------- 9. card terminal slips


COUNTERS = [
    ("INDIANOIL - SRI BALAJI AGENCIES", "SATTUR ROAD, SIVAKASI"),
    ("HP - MURUGAN FUELS", "VIRUDHUNAGAR BYPASS"),
    ("SRI KRISHNA HARDWARES", "MAIN BAZAAR, SIVAKASI"),
    ("MADURAI OFFSET SPARES", "SIMMAKKAL, MADURAI"),
    ("BHARAT PETROLEUM - KAMARAJ FUELS", "NH 44, KOVILPATTI"),
    ("HOTEL TEMPLE CITY", "WEST MASI ST, MADURAI"),
    ("ST COURIER - SIVAKASI BR", "VELAYUDHAM ROAD, SIVAKASI"),
    ("ADYAR ANANDA BHAVAN", "MADURAI-TUTICORIN ROAD"),
]
SLIP_BRANDS = [
    "PINE LABS",
    "WORLDLINE",
    "TMB POS",
    "PAYTM EDC",
    "KVB SMART POS",
    "HDFC BANK",
    "MOSAMBEE",
    "BHARATPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The delivery vans' diesel, the hardware and press-spares counters, a lodge, the courier counter and a
    restaurant on the press's debit card: terminal slips (monospace: the terminal's brand on top on some, the
    counter's name and place in capitals, DATE: / DT: and TIME:, MID:, TID:, BATCH:, BILL NO:, TRACE NO:, SALE, CARD:,
    a fuel slip's PRODUCT:, RATE/LTR:, QTY(LTR): and VEHICLE:, AUTH NO: / APPR CODE:, RRN NO: / RRN:, SALE AMOUNT: /
    NET AMOUNT: / AMOUNT:; APPROVED / TRANSACTION APPROVED / DECLINED - 51 INSUFFICIENT FUNDS / HOST NOT RESPONDING -
    TXN STATUS PENDING)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=350, high=28000)
    name, town = COUNTERS[k]
    fuel = any(w in name for w in ("INDIANOIL", "HP -", "BHARAT PETROLEUM"))
    if fuel:
        j.amount = rupees(rng, 1500, 9500, 0.5)
    elif "BHAVAN" in name or "COURIER" in name:
        j.amount = rupees(rng, 180, 2600, 0.6)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_BRANDS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y", "%Y/%m/%d"]))
        p.pair(rng.choice(["DATE:", "DT:"]), d, date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        bill = f"{rng.randrange(1, 9999):06d}"
        p.pair("BILL NO:", bill, txn=(INVOICE_RANK, bill))
    p.add("center", rng.choice(["SALE", "SALE (CHIP)", "TAP & PAY SALE"]))
    p.pair(
        "CARD:", f"{rng.choice(['4', '5', '6'])}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card"
    )
    p.pair("TYPE:", rng.choice(["VISA DEBIT", "RUPAY DEBIT", "MASTERCARD DEBIT"]))
    if fuel:
        rate = round(rng.uniform(88.5, 95.2), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "TURBOJET DIESEL"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("VEHICLE:", f"TN67 {code(rng, 2, UPPER)} {digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH NO:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMOUNT:", "NET AMOUNT:", "AMOUNT:"]),
        f"{rng.choice(['INR ', 'RS ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - TXN STATUS PENDING", status="pending")
        p.add("small", "DO NOT RETRY - CHECK WITH ISSUER BANK")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 10. electricity, phones, gas and FASTag


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service No."),
    ("BSNL Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Indane Gas", "Indian Oil Corporation Ltd - Indane", "LPG ID"),
    ("IDFC FIRST Bank FASTag", "IDFC FIRST Bank - FASTag", "Vehicle No."),
]
BILL_APPS = ["KVB DLite", "TNPDCL", "Google Pay", "PhonePe", "iMobile Pay", "TNPDCL", "Paytm", "BHIM"]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press's HT and LT electricity (TNPDCL), the office's fibre (BSNL), the managers' postpaid phones
    (Airtel), the canteen's LPG (Indane) and the vans' FASTag through Bharat Connect in business banking and UPI apps
    (the app on top, Biller / Biller name / Operator / Distributor / Issuer bank as printed, Service No. / Account No.
    / Mobile No. / LPG ID / Vehicle No., Customer name, Bill date and Due date on some, the sum large, Paid using
    Current A/c or UPI, BBPS Ref No. / Bharat Connect Ref. No., Approval No., Transaction ID on the failed one, Paid on
    / Date & time; Bill payment successful / Payment successful / Recharge successful / Payment in progress - biller
    confirmation awaited / Payment failed - refund will be initiated) and TNPDCL's own receipt page (the corporation
    on top with its formerly TANGEDCO line, Service No., Amount paid, Payment mode, Transaction No., Receipt No.,
    Payment date)."""
    k = place("power_bills")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=450, high=185000)
    which = [0, 0, 1, 3, 4, 0, 2, 0][k]
    short, long, idlab = BILLERS[which]
    rs = money(rng, font, 0.5)
    ids = {
        "Service No.": f"{rng.randrange(10, 99)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}",
        "Account No.": digits(rng, 10),
        "Mobile No.": f"9{digits(rng, 9)}",
        "LPG ID": digits(rng, 17),
        "Vehicle No.": f"TN67 {code(rng, 2, UPPER)} {digits(rng, 4)}",
    }[idlab]
    if which == 4:
        j.amount = float(rng.choice([1000, 1500, 2000, 3000, 5000]))
    elif which == 3:
        j.amount = round(rng.uniform(1750, 1980), 2)
    elif which in (1, 2):
        j.amount = rupees(rng, 499, 6500, 0.5)
    app = BILL_APPS[k]
    if app == "TNPDCL":
        p = browser_page(rng, font, "www.tnebltd.gov.in/quickpay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "(formerly TANGEDCO)  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Status: Success"]})
        p.pair(idlab, ids)
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Tariff", rng.choice(["LT III-B (industrial)", "HT I-A (industrial)"]))
        p.pair("Assessment month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tno = f"{rng.choice(['TN', 'QP'])}{digits(rng, 12)}"
            p.pair("Transaction No.", tno, txn=(BANK_RANK, tno))
            rno = f"R{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Payment will be updated against the service connection within 24 hours.")
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
            "success": [
                "Bill payment successful",
                "Recharge successful" if which == 4 else "Payment successful",
            ],
            "pending": ["Payment in progress - biller confirmation awaited"],
            "failed": ["Payment failed - refund will be initiated"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = {4: "Issuer bank", 3: "Distributor", 2: "Operator", 1: "Operator"}.get(which, "Biller name")
    wrap_pair(p, rng.choice([lab, "Biller"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if which in (0, 1, 2) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid using",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['KV', 'IC', 'PP'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["BBPS Ref No.", "Bharat Connect Ref. No."]), bc, txn=(BANK_RANK, bc))
        if status == "success" and rng.random() < 0.6:
            ap = digits(rng, 8)
            p.pair("Approval No.", ap, txn=(APPR_RANK, ap))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 11. the bank's SMS and e-mail alerts


SIGN_OFF = {
    "Tamilnad Mercantile Bank": "TMB",
    "Indian Overseas Bank": "IOB",
    "Canara Bank": "Canara Bank",
    "Karur Vysya Bank": "KVB",
}
ALERT_PAYEES = [
    "SRI ANDAL PAPER AND B",
    "DEEPAM TRANSPORT CORP",
    "S PANDIARAJAN",
    "KAVERI COATED BOARDS",
    "TNPDCL",
    "BHARAT LAMINATION FI",
    "DECCAN PRINTING INKS",
    "KOVILPATTI DIE MAKER",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-TMBANK / AD-IOBCHN /
    JM-CANBNK / AX-KVBANK, the day divider, "Your A/c XX1234 is debited for Rs x on <day> towards NEFT / RTGS / IMPS /
    UPI to <payee as the bank names it>", the reference, Avl Bal; a UPI payment that "was UNSUCCESSFUL" and one "is
    AWAITING confirmation") and two e-mail debit alerts (Amount, Beneficiary / Paid to, Account, Channel, UTR / IMPS
    Ref No., Transaction date, Transaction status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=900, high=750000)
    bank = rng.choice(["Tamilnad Mercantile Bank", "Indian Overseas Bank", "Canara Bank", "Karur Vysya Bank"])
    to = ALERT_PAYEES[k]
    if k in (2, 4):
        j.amount = rupees(rng, 900, 42000)
    if k in (3, 6):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug_of(bank)}.bank.in>",
            ["Debit alert - current account", "Transaction alert from your bank"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Successful", status="success")
        p.part = "foot"
        p.add("small", "Not done by you? Call the 24x7 helpline at once to block your account.")
        return p.done()
    sender = {
        "Tamilnad Mercantile Bank": "VM-TMBANK",
        "Indian Overseas Bank": "AD-IOBCHN",
        "Canara Bank": "JM-CANBNK",
        "Karur Vysya Bank": "AX-KVBANK",
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
            if j.amount < 100000 and k in (2, 4)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"Your {acc} is debited for {amt}{day}", amount=j.amount)
        p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"UPI payment of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 40000, 4200000):,.2f}",
        "failed": "was UNSUCCESSFUL. Amount, if debited, will be reversed in 5 days.",
        "pending": "is AWAITING confirmation from the payee bank. Please do not retry.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{SIGN_OFF[bank]}")
    return p.done()


# ---------------------------------------------------------------- 12. job-work units' lamination, foiling and die bills


JOB_UNITS = [
    (
        "Sri Meenakshi Lamination Works",
        "Thermal & wet lamination | UV coating",
        "Viswanatham, Sivakasi - 626189, Tamil Nadu",
    ),
    (
        "Kovilpatti Die Makers",
        "Cutting & creasing dies | Embossing blocks",
        "Ettayapuram Road, Kovilpatti - 628501, Tamil Nadu",
    ),
    ("Ganesh Foil Stamping", "Hot foil | Embossing | Spot UV", "Paraipatti, Sivakasi - 626189, Tamil Nadu"),
    (
        "Selvam Die Cutting & Pasting",
        "Die cutting | Window patching | Folder gluing",
        "Thiruthangal, Sivakasi - 626130, Tamil Nadu",
    ),
]
JOB_WORKS = [
    ("Thermal lamination, matt, 20 x 30", "per 1000 sheets", 950.0, 1400.0, (8, 60)),
    ("Cutting & creasing die, 4-up carton", "per die", 3800.0, 7200.0, (1, 4)),
    ("Hot foil stamping, gold, 1 position", "per 1000 sheets", 650.0, 1100.0, (5, 40)),
    ("Die cutting + pasting, mono carton", "per 1000 nos", 280.0, 420.0, (10, 120)),
]
JOB_FRAMES = ["paper", "paper", "vyapar", "paper", "paper", "vyapar", "paper", "vyapar"]
JOB_WAYS = ["cash", "-", "UPI", "NEFT", "-", "NEFT", "UPI", "UPI"]


def job_work_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Sivakasi's job-work units billing the press for lamination, dies, foil stamping and die cutting and pasting:
    printed JOB WORK BILL / BILL CUM RECEIPT (the unit on top, its line, address and GSTIN; Bill No. / Job work bill
    No., Date / Bill date, To M/s the press, Your DC No., Job, Qty x rate per 1000 sheets, SAC 998912, CGST and SGST @
    9%, Round off, Bill amount, then Amount received / Received / Cheque received with UTR, UPI Ref No. or Cheque No.;
    PAID / RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED - PAYMENT STOPPED BY
    DRAWER, the unit's rubber stamp) and Vyapar's shared invoice pages (the unit on top, Invoice No., Date, Bill To,
    the job, Total, Received, Balance, Payment type)."""
    k = place("job_work_bills")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    which = (k + rng.randrange(2)) % len(JOB_UNITS)
    unit, line, addr = JOB_UNITS[which]
    work, per, lo, hi, (qlo, qhi) = JOB_WORKS[which]
    name = unit.upper() if rng.random() < 0.3 else unit
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", ""))
    qty = rng.randrange(qlo, qhi)
    rate = round(rng.uniform(lo, hi), 2)
    taxable = round(qty * rate, 2)
    way = JOB_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque"
    if JOB_FRAMES[k] == "vyapar":
        p = browser_page(rng, font, f"vyaparapp.in/i/{code(rng, 10, ALNUM + LOWER)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"Ph: {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", rng.choice(["Tax Invoice", "Bill"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = str(rng.randrange(40, 1400))
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Date", "Invoice date"], ["%d/%m/%Y", "%d-%m-%Y"])
        wrap_pair(p, "Bill To", rng.choice([COMPANY, COMPANY_CAPS]))
        wrap_pair(p, f"{work} ({per})", f"{qty} x {rs(rate)}")
        total = gst_lines(p, rs, taxable, 18, False)
        p.pair("Total", rs(total))
        j.amount = total
        p.pair("Received", rs(j.amount), amount=j.amount)
        p.pair("Balance", rs(0.0))
        p.pair(
            "Payment type",
            {"UPI": "UPI", "NEFT": "Bank transfer"}[way],
            method="UPI" if way == "UPI" else "netbanking",
        )
        p.add("center", rng.choice(["PAID", "Payment received"]), status="success")
        p.part = "foot"
        p.add("small", "Thanks for doing business with us!")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    letterhead(p, name, line, addr, "33", ["JOB WORK BILL", "BILL CUM RECEIPT"])
    if not j.no_ref:
        bno = f"{rng.randrange(1, 999):03d}/25-26"
        p.pair(rng.choice(["Bill No.", "Job work bill No."]), bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Date", "Bill date"], PATS_IN)
    ours_to(p, ["To", "Party"])
    p.pair("Your DC No.", f"{rng.randrange(100, 999)}")
    p.add("left", f"{work}  SAC 998912")
    p.pair(f"  {qty} x {rate:,.2f} {per}", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, False)
    p.pair("Bill amount", rs(total))
    p.add("rule")
    j.amount = total
    if way == "cash" and j.amount > 19000:
        way = "UPI"
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    else:
        p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Mode",
            {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT"}[way],
            method={"cash": "cash", "UPI": "UPI", "NEFT": "netbanking"}[way],
        )
        if not j.no_ref and way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "NEFT":
            ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(unit.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


compose = compose158

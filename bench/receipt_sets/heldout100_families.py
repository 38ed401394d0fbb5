"""The twelve heldout100 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the payee's side of a payment, the proofs that
sellers and small merchants upload to a marketplace to show they were paid: a merchant app's payment-received
detail, a soundbox's log of spoken payments with one opened, the merchant bank's credit SMS for a QR payment, a
payment aggregator's dashboard detail in a browser, an aggregator's settlement report, a marketplace's payout
e-mail, a bank statement's credit line, a bank's credit advice on paper, a card terminal's settlement slip, a
"you received a payment" notice abroad, a credit reversed or charged back, and a refund the merchant issued.

Every page is a ``heldout97_families.Sheet`` of rows, each row carrying the facts it prints (the payee, the day,
an id with its rank, a way to pay with its rank, an outcome, the sum: ``keep``); the truth is read from the rows
on the page. Which outcome a family's receipt shows follows the family's pattern of eight (``outcome``).
"""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import BANKS, PAYERS, SHOPS, handle, hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import (
    A4,
    SLIP,
    UPPER,
    WEB,
    Money,
    back,
    look,
    lying_frame,
    price,
    tick,
)
from bench.receipt_sets.heldout97_families import (
    APP,
    BANKREF,
    CURRENCY,
    PATS,
    RRN,
    SAID,
    TXN,
    UPIREF,
    UTR,
    Sheet,
    browser,
    card_end,
    dated,
    ifsc,
    masked_acct,
    purse,
    viewer,
)

# mixed-case ids leave out the letters a face draws alike (l, I, O, o beside 1 and 0)
ALNUM_MIX = "".join(ch for ch in string.ascii_letters + string.digits if ch not in "lIOo01")


def pay_id(rng: random.Random) -> str:
    return "pay_" + "".join(rng.choice(ALNUM_MIX) for _ in range(14))

# each family's eight receipts in turn: s success, p pending, f failed, r a refund (no outcome of the payment)
PATTERNS = {
    "merchant_app": "spsfspss",
    "soundbox": "ssssssss",
    "credit_sms": "ssssssss",
    "dashboard": "spsfsssp",
    "settlement": "spsfspss",
    "payout": "spsfspsp",
    "statement": "ssssssss",
    "credit_advice": "ssfssfss",
    "pos_batch": "ssfsspss",
    "received_abroad": "spssfsps",
    "reversed": "ffffffff",
    "refund": "rrrrrrrr",
}
TURNS: dict[str, int] = {}


def fresh() -> None:
    """Start every family's pattern again (``make_heldout100_set`` calls it before drawing)."""
    TURNS.clear()


def outcome(family: str) -> str:
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return PATTERNS[family][k % 8]


def vpa(rng: random.Random, name: str) -> str:
    return handle(rng, name, ["ybl", "okaxis", "okhdfcbank", "oksbi", "paytm", "ibl", "axl", "okicici"])


def acct_tail(rng: random.Random) -> str:
    return rng.choice(["XX", "XXXX", "xx", "**"]) + digits(rng, 4)


def setl_id(rng: random.Random) -> str:
    return "setl_" + "".join(rng.choice(ALNUM_MIX) for _ in range(14))


def bank_of(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(sorted(BANKS))
    return name, BANKS[name][0]


# ---------------------------------------------------------------- 1 a merchant app's payment received

MERCHANT_APPS = {
    "PhonePe Business": (95, 37, 159),
    "Paytm for Business": (0, 46, 110),
    "BharatPe": (0, 150, 136),
    "Google Pay for Business": (26, 115, 232),
    "Pine Labs One": (120, 40, 140),
}


def merchant_app(rng: random.Random, font: str):
    out = outcome("merchant_app")
    app = rng.choice(sorted(MERCHANT_APPS))
    style = look(rng, MERCHANT_APPS[app], p_dark=0.15)
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    payer = rng.choice(PAYERS)
    amount = rupees(rng, 40, 9500)
    ref = utr(rng, d)
    p.add(("left", f"{back(font)}  {app}"))
    if rng.random() < 0.5:
        p.add(("left", shop), merchant=(1, shop))
        shop_row = None
    else:
        shop_row = rng.choice(["Received in", "Paid to", "Business"])
    words = {
        "s": ["Payment Received", "Received Successfully", "Money received"],
        "p": ["Payment pending", "Payment processing"],
        "f": ["Payment failed", "Transaction failed"],
    }[out]
    mark = tick(font) if out == "s" and tick(font) else ""
    p.add(("title", f"{mark} {rng.choice(words)}".strip()), status={"s": "success", "p": "pending",
                                                                    "f": "failed"}[out])
    p.add(("big", m(amount)), keep=True)
    p.add(("pair", "From", payer))
    p.add(("pair", "Customer UPI ID", vpa(rng, payer)), method=(SAID, "UPI"))
    if shop_row:
        p.add(("pair", shop_row, shop), merchant=(2, shop))
    p.add(("pair", "Date & Time", dated(rng, d, "INR", clock=True)), date=d)
    p.add(("pair", rng.choice(["UPI Ref No.", "UPI Reference Number", "UPI Ref. No"]), ref), txn=(UPIREF, ref))
    if rng.random() < 0.6:  # the app's own id, below the UPI reference
        tid = f"{rng.choice(['T', 'BP', 'PTM'])}{d:%y%m%d}{digits(rng, 10)}"
        p.add(("pair", "Transaction ID", tid), txn=(TXN, tid))
    if out == "p":
        p.para("small", "The bank has not confirmed this payment yet. Do not hand over goods until it is received.")
    elif out == "f":
        p.para("small", "No money was credited. Ask the customer to pay again.")
    else:
        p.para("small", f"Settlement to your bank account {acct_tail(rng)} by next working day.")
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 2 a soundbox's log with one payment opened


def soundbox(rng: random.Random, font: str):
    outcome("soundbox")
    brand = rng.choice(["Paytm Soundbox", "PhonePe SmartSpeaker", "BharatPe Speaker", "Pine Labs Soundbox"])
    style = look(rng, (0, 90, 160), p_dark=0.2)
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    p.add(("left", f"{back(font)}  {brand}"))
    p.add(("pair", "Merchant", shop), merchant=(2, shop))
    p.add(("pair", "Device", f"SB-{digits(rng, 8)}"))
    p.add(("left", rng.choice(["Announcements", "Spoken payments", "Voice alerts"]) + " - " + dated(rng, d, "INR")),
          date=d)
    others = [rupees(rng, 10, 900) for _ in range(rng.randint(2, 3))]
    amount = rupees(rng, 60, 4500)
    opened = rng.randrange(len(others) + 1)
    seq = others[:opened] + [amount] + others[opened:]
    clocks = sorted({hhmm(rng, twelve=False) for _ in seq}, reverse=True)
    while len(clocks) < len(seq):
        clocks.append(clocks[-1])
    for i, value in enumerate(seq):
        h, mm = (int(x) for x in clocks[i].split(":"))
        hh = f"{(h - 1) % 12 + 1:02d}:{mm:02d} {'PM' if h >= 12 else 'AM'}"
        if i == opened:
            p.add(("rule",))
            p.add(("left", f"{hh}  Selected payment"))
            p.add(("big", m(value)), keep=True)
            p.add(("center", rng.choice(["Payment received", "Received successfully"])), status="success")
            payer = rng.choice(PAYERS)
            p.add(("pair", "From", vpa(rng, payer)), method=(SAID, "UPI"))
            ref = utr(rng, d)
            p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
            p.add(("rule",))
        else:
            p.add(("pair", f"{hh}  Announced", m(value)))
    p.para("small", "Tap a payment to see its details.")
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 3 the merchant bank's credit SMS


def credit_sms(rng: random.Random, font: str):
    outcome("credit_sms")
    bank, short = bank_of(rng)
    sender = BANKS[bank][2]
    style = look(rng, (40, 40, 48), p_dark=0.35)
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    amount = rupees(rng, 50, 25000)
    payer = rng.choice(PAYERS)
    tail = acct_tail(rng)
    p.add(("left", f"{back(font)}  {rng.choice(['VM', 'JD', 'AD', 'BZ'])}-{sender}"))
    p.add(("center", dated(rng, d, "INR")), date=d)
    short_date = d.strftime(rng.choice(["%d-%m-%y", "%d%b%y", "%d-%b-%y"])).upper()
    kind = rng.choice(["upi", "upi", "upi", "imps"])
    ref = utr(rng, d)
    if kind == "upi":
        text = rng.choice([
            f"Dear Customer, {m(amount)} credited to a/c {tail} on {short_date} by VPA {vpa(rng, payer)}"
            f" (UPI Ref No {ref}). -{short}",
            f"A/c {tail} credited by {m(amount)} on {short_date} from {vpa(rng, payer)}. UPI Ref {ref}."
            f" Not you? Call 1800{digits(rng, 7)} -{short}",
        ])
        p.para("left", text, keep=True, txn=(UPIREF, ref), method=(SAID, "UPI"), status="success")
    else:
        text = (f"Your a/c {tail} is credited with {m(amount)} on {short_date} by IMPS from {payer.upper()}."
                f" IMPS Ref No {ref}. -{short}")
        p.para("left", text, keep=True, txn=(BANKREF, ref), method=(SAID, "netbanking"), status="success")
    p.add(("small", hhmm(rng)))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 4 an aggregator's dashboard detail


def dashboard(rng: random.Random, font: str):
    out = outcome("dashboard")
    gate = rng.choice(["Razorpay", "Cashfree Payments", "PayU"])
    url = {"Razorpay": "dashboard.razorpay.com/app/payments", "Cashfree Payments": "merchant.cashfree.com/pg/txns",
           "PayU": "onboarding.payu.in/app/transactions"}[gate]
    style = browser(rng, f"{gate} Dashboard", url)
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    amount = rupees(rng, 199, 48000, p_round=0.3)
    pid = pay_id(rng) if gate == "Razorpay" else digits(rng, 10)
    p.add(("left", f"{gate}  |  {shop}"), merchant=(1, shop))
    p.add(("title", "Payment details"))
    word = {"s": "Captured", "p": "Authorized", "f": "Failed"}[out]
    p.add(("pair", "Status", word), status={"s": "success", "p": "pending", "f": "failed"}[out])
    p.add(("pair", "Amount", m(amount)), keep=True)
    upi = rng.random() < 0.55
    p.add(("pair", "Payment ID", pid), txn=(TXN, pid))
    p.add(("pair", "Order ID", f"order_{''.join(rng.choice(ALNUM_MIX) for _ in range(14))}"))
    p.add(("pair", "Created on", dated(rng, d, "INR", clock=True)), date=d)
    fee = round(amount * rng.choice([0.02, 0.018, 0.0125]), 2)
    if out == "s":
        p.add(("pair", "Fee (incl. GST)", m(round(fee * 1.18, 2))))
    if upi:
        p.add(("pair", "Method", "UPI"), method=(SAID, "UPI"))
        p.add(("pair", "Customer VPA", vpa(rng, rng.choice(PAYERS))))
        if out != "f":
            rrn = utr(rng, d)
            p.add(("pair", "RRN", rrn), txn=(RRN, rrn))
    else:
        _, card = card_end(rng)
        p.add(("pair", "Method", f"Card - {card}"), method=(SAID, "card"))
    p.add(("pair", "Customer", f"{rng.choice(PAYERS).split()[0].lower()}@gmail.com"))
    if out == "p":
        p.para("small", "This payment is authorized but not captured yet. It will be auto-captured or refunded.")
    elif out == "f":
        p.para("small", f"Error: {rng.choice(['Payment declined by bank', 'Payment was not completed by the customer'])}")
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 5 an aggregator's settlement report


def settlement(rng: random.Random, font: str):
    out = outcome("settlement")
    gate = rng.choice(["Razorpay", "Cashfree Payments", "PayU", "Paytm Payment Gateway", "Easebuzz"])
    style = viewer(rng, f"settlement_report_{digits(rng, 6)}.pdf") if rng.random() < 0.5 else browser(
        rng, "Settlements", f"{gate.split()[0].lower()}.com/settlements")
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    bank, _ = bank_of(rng)
    gross = rupees(rng, 2500, 380000, p_round=0.1)
    mdr = round(gross * rng.choice([0.0175, 0.019, 0.02, 0.012]), 2)
    gst = round(mdr * 0.18, 2)
    net = round(gross - mdr - gst, 2)
    p.add(("title", gate))
    p.add(("center", "Settlement Report"))
    p.add(("pair", "Merchant Name", shop), merchant=(2, shop))
    p.add(("pair", "Merchant ID", code(rng, 14, UPPER + "0123456789")))
    sid = setl_id(rng) if gate == "Razorpay" else digits(rng, 9)
    p.add(("pair", "Settlement ID", sid), txn=(TXN, sid))
    period = d - dt.timedelta(days=rng.randint(1, 2))
    p.add(("pair", "Transactions of", dated(rng, period, "INR")))
    p.add(("pair", "No. of payments", str(rng.randint(4, 160))))
    p.add(("rule",))
    p.add(("pair", "Gross amount", m(gross)))
    p.add(("pair", "MDR / Fees", m(mdr, "-")))
    p.add(("pair", "GST on fees (18%)", m(gst, "-")))
    p.add(("pair", "Net settled amount" if out != "p" else "Net settlement amount", m(net)), keep=True)
    p.add(("rule",))
    p.add(("pair", "Bank account", f"{bank} {masked_acct(rng)}"))
    if out == "s":
        u = neft_utr(BANKS[bank][1], rng, d) if rng.random() < 0.5 else utr(rng, d)
        p.add(("pair", "Status", rng.choice(["Settled", "Processed", "Credited"])), status="success")
        p.add(("pair", "Settled on", dated(rng, d, "INR")), date=d)
        p.add(("pair", "Settlement UTR", u), txn=(UTR, u))
        if rng.random() < 0.5:
            p.add(("pair", "Mode", rng.choice(["NEFT", "IMPS"])), method=(SAID, "netbanking"))
    elif out == "p":
        p.add(("pair", "Status", rng.choice(["Scheduled", "Pending", "In process"])), status="pending")
        p.add(("pair", "Created on", dated(rng, d, "INR")), date=d)
        p.add(("pair", "Expected settlement", dated(rng, d + dt.timedelta(days=rng.randint(1, 3)), "INR")))
    else:
        p.add(("pair", "Status", "Failed"), status="failed")
        p.add(("pair", "Attempted on", dated(rng, d, "INR")), date=d)
        p.para("small", "Settlement failed: beneficiary account details could not be verified. It will be"
               " retried once the account is updated.")
    return p.out(), p.truth(net, "INR"), style


# ---------------------------------------------------------------- 6 a marketplace's payout e-mail

PAYOUTERS = [
    ("Amazon Seller Central", "IN"),
    ("Flipkart Seller Hub", "IN"),
    ("Meesho Supplier Panel", "IN"),
    ("Swiggy Partner", "IN"),
    ("Etsy", "US"),
    ("Shopify Payments", "UK"),
    ("eBay Seller Hub", "EU"),
]
SELLERS = {
    "IN": ["Sharma Handlooms", "Kaveri Home Decor", "Urban Threads India", "Ganesh Spices Co", "Pixel Cases"],
    "US": ["Maple Candle Studio", "Blue Ridge Leather", "Little Fern Prints"],
    "UK": ["Harbour Tea Co", "Oak & Thistle Crafts", "Northside Vinyl"],
    "EU": ["Atelier Lumen", "Kleine Keramik", "Casa Verde Design"],
}


def payout(rng: random.Random, font: str):
    out = outcome("payout")
    market, where = rng.choice(PAYOUTERS)
    cur = CURRENCY[where]
    style = dict(WEB, width=rng.choice([640, 680]), h93=None)
    p = Sheet(font, style)
    m = purse(rng, font, cur)
    d = day(rng)
    seller = rng.choice(SELLERS[where])
    gross = rupees(rng, 3000, 240000, 0.1) if cur == "INR" else price(rng, 150, 6800, 0.1)
    fees = round(gross * rng.uniform(0.08, 0.22), 2)
    ship = round(gross * rng.uniform(0.0, 0.06), 2)
    net = round(gross - fees - ship, 2)
    p.add(("left", f"From: {market} <payouts@{market.split()[0].lower()}.com>"))
    subjects = ["Subject: Your payout", "Subject: Payout update"] + (["Subject: Payment disbursed"] if out == "s" else [])
    p.add(("left", rng.choice(subjects)))
    p.add(("rule",))
    p.add(("title", market))
    p.add(("pair", "Seller", seller), merchant=(2, seller))
    headline = {"s": ["Your payout has been sent", "Payout successful"],
                "p": ["Your payout is scheduled", "Payout initiated"],
                "f": ["Your payout failed", "Payout unsuccessful"]}[out]
    p.add(("center", rng.choice(headline)), status={"s": "success", "p": "pending", "f": "failed"}[out])
    pid = rng.choice([f"PO{digits(rng, 10)}", f"{code(rng, 3, UPPER)}-{digits(rng, 8)}"])
    p.add(("pair", "Payout ID", pid), txn=(TXN, pid))
    start = d - dt.timedelta(days=rng.choice([7, 14]))
    pat = rng.choice(PATS[cur])
    p.add(("pair", "Period", f"{when(start, pat)} - {when(d - dt.timedelta(days=1), pat)}"))
    p.add(("pair", "Orders", str(rng.randint(3, 240))))
    p.add(("pair", "Gross sales", m(gross)))
    p.add(("pair", "Commission & fees", m(fees, "-")))
    p.add(("pair", "Shipping deductions", m(ship, "-")))
    p.add(("pair", "Net payout", m(net)), keep=True)
    way = {"INR": "NEFT", "USD": "ACH transfer", "GBP": "Faster Payment", "EUR": "SEPA transfer"}[cur]
    p.add(("pair", rng.choice(["Paid to", "Deposited to", "Bank account"]), f"Bank account {masked_acct(rng)}"))
    p.add(("pair", "Transfer method", way), method=(SAID, "netbanking"))
    if out == "s":
        p.add(("pair", "Payout date", dated(rng, d, cur)), date=d)
        if cur == "INR":
            u = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "SBIN"]), rng, d)
            p.add(("pair", "UTR No", u), txn=(UTR, u))
        p.para("small", "Funds usually show in your bank account within one working day.")
    elif out == "p":
        p.add(("pair", "Initiated on", dated(rng, d, cur)), date=d)
        p.para("small", f"Expected to reach your account by {dated(rng, d + dt.timedelta(days=2), cur)}.")
    else:
        p.add(("pair", "Attempted on", dated(rng, d, cur)), date=d)
        p.para("small", "The bank returned the transfer. Update your bank details to receive this payout.")
    return p.out(), p.truth(net, cur), style


# ---------------------------------------------------------------- 7 a bank statement's credit line


def statement(rng: random.Random, font: str):
    outcome("statement")
    bank, short = bank_of(rng)
    style = viewer(rng, f"{short.replace(' ', '_')}_statement.pdf")
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    amount = rupees(rng, 80, 60000)
    payer = rng.choice(PAYERS).upper()
    opening = rupees(rng, 2000, 90000, 0.0)
    p.add(("title", bank))
    p.add(("center", "Statement of Account - Current Account"))
    p.add(("pair", "Account Name", shop.upper()), merchant=(2, shop.upper()))
    p.add(("pair", "Account No.", masked_acct(rng)))
    p.add(("pair", "IFSC", ifsc(rng, bank)))
    p.add(("pair", "Search", f"Credits of {m(amount)}"))
    p.add(("rule",))
    p.add(("left", "Value Date | Narration | Credit | Balance"))
    p.add(("rule",))
    if rng.random() < 0.6:
        ref = utr(rng, d)
        narr = f"UPI/{ref}/CR/{payer[:14]}/{rng.choice(['YBL', 'OKAXIS', 'PAYTM', 'IBL'])}/Payment"
        facts = {"txn": (UPIREF, ref), "method": (SAID, "UPI")}
    else:
        ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "KKBK"]), rng, d)
        narr = f"NEFT CR-{ref}-{payer}"
        facts = {"txn": (UTR, ref), "method": (SAID, "netbanking")}
    p.add(("left", d.strftime(rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"]))), date=d)
    p.para("left", narr, **facts)
    p.add(("pair", "Credit", m.bare(amount) if hasattr(m, "bare") else m(amount)), keep=True)
    p.add(("pair", "Balance", m.bare(round(opening + amount, 2)) if hasattr(m, "bare") else m(opening + amount)))
    p.add(("rule",))
    p.add(("left", "1 transaction found"))
    p.para("small", "This is a computer generated statement and does not require a signature.")
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 8 a bank's credit advice on paper


def credit_advice(rng: random.Random, font: str):
    out = outcome("credit_advice")
    bank, _ = bank_of(rng)
    frame = lying_frame(rng)
    frame["angle"] = rng.uniform(-1.5, 1.5)
    style = dict(A4, width=700, size=rng.choice([17, 18]), h93={"frame": frame})
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    remitter = rng.choice(["Flipkart Internet Pvt Ltd", "Zomato Ltd", "Nykaa E-Retail Pvt Ltd",
                           "Kaveri Traders", "Vardhman Textiles", rng.choice(PAYERS)])
    amount = rupees(rng, 1500, 450000, 0.3)
    p.add(("title", bank))
    p.add(("center", f"{rng.choice(['Koramangala', 'Andheri East', 'Salt Lake', 'Kothrud'])} Branch"))
    if out == "s":
        mode = rng.choice(["NEFT", "RTGS", "IMPS"])
        p.add(("center", "CREDIT ADVICE"))
        p.add(("pair", "Date", dated(rng, d, "INR")), date=d)
        p.add(("pair", "Beneficiary Name", shop), merchant=(2, shop))
        p.add(("pair", "Beneficiary A/c No", masked_acct(rng)))
        p.add(("pair", "Remitter Name", remitter))
        sending = rng.choice(sorted(BANKS))
        p.add(("pair", "Remitting Bank", sending))
        p.add(("pair", "Amount", m(amount)), keep=True)
        p.add(("pair", "Mode", mode), method=(SAID, "netbanking"))
        u = neft_utr(BANKS[sending][1], rng, d) if mode != "IMPS" else utr(rng, d)
        p.add(("pair", "UTR No" if mode != "IMPS" else "IMPS Ref No", u), txn=(UTR if mode != "IMPS" else BANKREF, u))
        p.para("left", f"We have credited the above amount to your account on {dated(rng, d, 'INR')}.",
               status="success", date=d)
    else:
        p.add(("center", "CHEQUE RETURN ADVICE"))
        p.add(("pair", "Date", dated(rng, d, "INR")), date=d)
        p.add(("pair", "Account Name", shop), merchant=(2, shop))
        p.add(("pair", "Account No", masked_acct(rng)))
        p.add(("pair", "Drawer", remitter))
        p.add(("pair", "Cheque No", digits(rng, 6)))
        p.add(("pair", "Amount", m(amount)), keep=True)
        p.add(("pair", "Reason", rng.choice(["Funds insufficient", "Signature differs", "Payment stopped by drawer"])))
        p.para("left", "The cheque deposited by you has been returned unpaid and the amount has not been credited.",
               status="failed")
        p.add(("pair", "Return charges", m(rng.choice([150.0, 250.0, 354.0]))))
    p.add(("gap",))
    p.add(("right", "Authorised Signatory"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 9 a card terminal's settlement slip


def pos_batch(rng: random.Random, font: str):
    out = outcome("pos_batch")
    bank, short = bank_of(rng)
    frame = lying_frame(rng)
    frame["angle"] = rng.uniform(-1.5, 1.5)
    style = dict(SLIP, width=rng.choice([420, 460]), h93={"frame": frame})
    p = Sheet(font, style)
    d = day(rng)
    shop = rng.choice(SHOPS).upper()
    p.add(("title", shop), merchant=(1, shop))
    p.add(("center", rng.choice(["MG ROAD", "SECTOR 18", "STATION ROAD", "T NAGAR"])))
    p.add(("center", f"{short.upper()} - {rng.choice(['PINE LABS', 'WORLDLINE', 'MOSAMBEE'])}"))
    p.add(("pair", "DATE", d.strftime(rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y"]))), date=d)
    p.add(("pair", "TIME", hhmm(rng, twelve=False)))
    p.add(("pair", "MID", digits(rng, 15)))
    p.add(("pair", "TID", digits(rng, 8)))
    p.add(("pair", "BATCH NO", f"{rng.randint(1, 999):06d}"))
    p.add(("center", "SETTLEMENT REPORT"))
    p.add(("rule",))
    total = 0.0
    for net in rng.sample(["VISA", "MASTERCARD", "RUPAY", "AMEX"], rng.randint(2, 3)):
        n, value = rng.randint(1, 14), rupees(rng, 400, 30000, 0.2)
        total += value
        p.add(("pair", f"{net} SALE {n:03d}", f"{value:.2f}"), method=(SAID, "card"))
    refund = rupees(rng, 100, 900) if rng.random() < 0.5 else 0.0
    if refund:
        p.add(("pair", "REFUND 001", f"-{refund:.2f}"))
    total = round(total - refund, 2)
    p.add(("rule",))
    p.add(("pair", "NET TOTAL", f"Rs.{total:.2f}"), keep=True)
    p.add(("rule",))
    if out == "s":
        p.add(("center", "SETTLEMENT SUCCESSFUL"), status="success")
    elif out == "p":
        p.add(("center", "SETTLEMENT PENDING - UPLOAD IN PROGRESS"), status="pending")
    else:
        p.add(("center", "SETTLEMENT FAILED"), status="failed")
        p.add(("center", "PLEASE RETRY"))
    return p.out(), p.truth(total, "INR"), style


# ---------------------------------------------------------------- 10 you received a payment, abroad

ABROAD = {
    "US": ["Brooklyn Roasting Co", "Lone Star Guitar Repair", "Hudson Yoga Loft", "Pine Street Bakery"],
    "UK": ["Camden Bike Works", "The Curry Leaf Leeds", "Bristol Print Shop", "Highland Wool Co"],
    "EU": ["Bäckerei Sonnenschein", "Café de Kroon", "Atelier Lumen Paris", "Fietsenmaker Jansen"],
}


def received_abroad(rng: random.Random, font: str):
    out = outcome("received_abroad")
    where = rng.choice(["US", "UK", "EU"])
    cur = CURRENCY[where]
    service = rng.choice(["PayPal", "Stripe", "Square"])
    style = dict(WEB, width=rng.choice([620, 660]), h93=None)
    p = Sheet(font, style)
    lang = "en"
    m = Money(rng, cur, lang, forms={"USD": ["${n}", "${n} USD"], "GBP": ["£{n}", "£{n} GBP"],
                                     "EUR": ["€{n}", "€{n} EUR"]}[cur])
    d = day(rng)
    biz = rng.choice([b for b in ABROAD[where] if all(ch.isascii() or ch in "äé" for ch in b)])
    payer = rng.choice({"US": ["Jordan Ellis", "Maria Gonzalez"], "UK": ["Sophie Walsh", "Harry Clarke"],
                        "EU": ["Lena Hoffmann", "Daan de Vries"]}[where])
    amount = price(rng, 8, 1800)
    p.add(("title", service), **({"method": (APP, "wallet")} if service == "PayPal" else {}))
    head = {"s": ["You received a payment", "You've got money", "New payment received"],
            "p": ["New payment", "Payment update"], "f": ["Payment update", "New payment"]}[out]
    p.add(("left", rng.choice(head)))
    p.add(("pair", "Recipient", biz), merchant=(2, biz))
    p.add(("pair", "From", payer))
    p.add(("big", m(amount)), keep=True)
    word = {"s": rng.choice(["Completed", "Succeeded", "Paid"]), "p": rng.choice(["Pending", "On hold"]),
            "f": rng.choice(["Failed", "Declined"])}[out]
    p.add(("pair", "Payment status" if service == "PayPal" else "Status", word),
          status={"s": "success", "p": "pending", "f": "failed"}[out])
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    if service == "PayPal":
        tid = f"{digits(rng, 1)}{code(rng, 16, UPPER + '0123456789')}"
        p.add(("pair", "Transaction ID", tid), txn=(TXN, tid))
        p.add(("pair", "Funding source", "PayPal balance"), method=(SAID, "wallet"))
    elif service == "Stripe":
        tid = "pi_" + "".join(rng.choice(ALNUM_MIX) for _ in range(24))
        p.add(("pair", "Payment ID", tid), txn=(TXN, tid))
        _, card = card_end(rng, where)
        p.add(("pair", "Payment method", card), method=(SAID, "card"))
    else:
        tid = code(rng, 22, ALNUM_MIX)
        p.add(("pair", "Payment ID", tid), txn=(TXN, tid))
        _, card = card_end(rng, where)
        p.add(("pair", "Card", card), method=(SAID, "card"))
    if out == "p":
        p.para("small", "The funds will be available in your balance once the hold is released.")
    elif out == "f":
        p.para("small", "The customer's bank declined this payment. No funds were added to your balance.")
    return p.out(), p.truth(amount, cur), style


# ---------------------------------------------------------------- 11 a credit reversed or charged back


def reversed_credit(rng: random.Random, font: str):
    outcome("reversed")
    app = rng.choice(["PhonePe Business", "Paytm for Business", "Razorpay", "BharatPe"])
    style = look(rng, (150, 30, 40), p_dark=0.15)
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    amount = rupees(rng, 120, 22000)
    p.add(("left", f"{back(font)}  {app}"))
    p.add(("pair", "Merchant", shop), merchant=(2, shop))
    chargeback = rng.random() < 0.4
    if chargeback:
        p.add(("title", rng.choice(["Chargeback debited", "Chargeback accepted"])), status="failed")
        p.add(("pair", "Disputed amount", m(amount)), keep=True)
        p.add(("pair", "Case ID", f"CB{digits(rng, 9)}"))
        p.add(("pair", "Reason", rng.choice(["Goods not received", "Duplicate payment", "Fraudulent transaction"])))
        p.add(("pair", "Original payment on", dated(rng, d, "INR")), date=d)
        later_day = d + dt.timedelta(days=rng.randint(12, 40))
        p.add(("pair", "Debited from settlement", dated(rng, later_day, "INR")))
    else:
        p.add(("title", rng.choice(["Payment reversed", "Credit reversed", "Payment failed"])), status="failed")
        p.add(("big", m(amount)), keep=True)
        p.add(("pair", "Date & Time", dated(rng, d, "INR", clock=True)), date=d)
    ref = utr(rng, d)
    p.add(("pair", "RRN" if chargeback else "UPI Ref No", ref), txn=(RRN if chargeback else UPIREF, ref))
    p.add(("pair", "Paid via", "UPI"), method=(SAID, "UPI"))
    p.para("small", "The amount has been returned to the customer and will not be settled to you."
           if not chargeback else "The amount was deducted from your next settlement.")
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 12 a refund the merchant issued


def merchant_refund(rng: random.Random, font: str):
    outcome("refund")
    gate = rng.choice(["Razorpay", "PhonePe Business", "Cashfree Payments", "Paytm for Business"])
    screen = rng.random() < 0.5
    style = look(rng, (30, 90, 180)) if screen else browser(rng, f"{gate} - Refunds", "dashboard/refunds")
    p = Sheet(font, style)
    m = purse(rng, font, "INR")
    d = day(rng)
    shop = rng.choice(SHOPS)
    amount = rupees(rng, 99, 16000)
    p.add(("left", f"{gate}  |  {shop}"), merchant=(1, shop))
    p.add(("title", rng.choice(["Refund processed", "Refund initiated", "Refund successful"])), status="refunded")
    p.add(("pair", "Refund amount", m(amount)), keep=True)
    rid = f"rfnd_{''.join(rng.choice(ALNUM_MIX) for _ in range(14))}" if gate == "Razorpay" else f"RF{digits(rng, 11)}"
    p.add(("pair", "Refund ID", rid))
    p.add(("pair", "Refunded on", dated(rng, d + dt.timedelta(days=rng.randint(1, 6)), "INR")))
    p.add(("pair", "Payment date", dated(rng, d, "INR")), date=d)
    if rng.random() < 0.6:
        ref = utr(rng, d)
        p.add(("pair", "Payment method", "UPI"), method=(SAID, "UPI"))
        p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
    else:
        _, card = card_end(rng)
        ref = pay_id(rng) if gate == "Razorpay" else f"TXN{digits(rng, 12)}"
        p.add(("pair", "Payment method", card), method=(SAID, "card"))
        p.add(("pair", "Payment ID", ref), txn=(TXN, ref))
    p.add(("pair", "Customer", rng.choice(PAYERS)))
    p.para("small", "The customer will receive the amount in 5-7 working days.")
    return p.out(), p.truth(amount, "INR"), style

"""The twelve heldout101 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: money sent across borders, to and from India
and between the US, the UK and the euro area, on pages with two currencies, an exchange rate and fees: an online
transfer service's receipt (a web page), a remittance app's transfer screen, a money-transfer agent's counter
slip (MTCN or reference number), an Indian bank's outward remittance (LRS) advice, an inward remittance credit
advice or FIRC, a bank app's international transfer tracker, a forex card load or reload slip, a travel-money
exchange counter's receipt, a card app's foreign transaction with its mark-up, a PayPal cross-border payment
e-mail, a transfer service's confirmation e-mail with the two sides in columns, and a transfer cancelled or
returned with its refund.

Every page is a ``heldout97_families.Sheet`` of rows, each carrying the facts it prints (the payee, the day, an
id with its rank, a way to pay with its rank, an outcome, the sum: ``keep``); the truth is read from the rows.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import BANKS, PAYERS, hhmm, rupees, when
from bench.receipt_sets.heldout93_families import (
    A4,
    UPPER,
    WEB,
    back,
    look,
    lying_frame,
    price,
    sign,
    tick,
)
from bench.receipt_sets.heldout97_families import PATS, Sheet
from bench.receipt_sets.heldout99_families import purse

# the rank of an id's kind, as README "Receipt fields" orders the families
UTR, UPIREF, RRN, BANKREF, TXN, APPR, ORDER, BILL = 8, 7, 6, 5, 4, 3, 2, 1
SAID = 3

# a rough mid-market rate (units of the second currency per one of the first), varied a little per page
MID = {
    ("USD", "INR"): 84.6,
    ("GBP", "INR"): 108.9,
    ("EUR", "INR"): 93.2,
    ("GBP", "EUR"): 1.17,
    ("EUR", "GBP"): 0.855,
    ("USD", "EUR"): 0.92,
    ("EUR", "USD"): 1.085,
    ("USD", "GBP"): 0.79,
    ("GBP", "USD"): 1.265,
}

TURNS: dict[str, int] = {}


def fresh() -> None:
    """Start every family's count again (``make_heldout101_set`` calls it before drawing)."""
    TURNS.clear()


def nth(family: str) -> int:
    """Which of its family's receipts this is (0 to 7)."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k


def rate(rng: random.Random, src: str, dst: str) -> float:
    if (src, dst) in MID:
        return round(MID[(src, dst)] * rng.uniform(0.975, 1.02), 4)
    return round(1 / MID[(dst, src)] * rng.uniform(0.975, 1.02), 6)


def dated(rng: random.Random, d: dt.date, currency: str, clock: bool = True) -> str:
    text = when(d, rng.choice(PATS[currency]))
    if clock:
        text += rng.choice([", ", "  ", " at "]) + hhmm(rng, twelve=currency in ("INR", "USD"))
    return text


def later(d: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return d + dt.timedelta(days=rng.randint(low, high))


def sum_of(rng: random.Random, cur: str, low: float, high: float) -> float:
    if cur == "INR":
        return rupees(rng, low * 80, high * 80, p_round=0.6)
    return price(rng, low, high, p_round=0.5)


def masked_card(rng: random.Random) -> tuple[str, str]:
    b = rng.choice(["Visa", "Mastercard"])
    return b, rng.choice([f"{b} debit ****{digits(rng, 4)}", f"{b} ending {digits(rng, 4)}", f"{b} •• {digits(rng, 4)}"])


def paper(rng: random.Random, width=(660, 700, 720)) -> dict:
    style = dict(A4, width=rng.choice(width), size=rng.choice([17, 18]))
    if rng.random() < 0.6:
        frame = lying_frame(rng)
        frame["angle"] = rng.uniform(-1.5, 1.5)
        style["h93"] = {"frame": frame}
    return style


def slip(rng: random.Random) -> dict:
    style = {"paper": (250, 249, 243), "ink": (36, 36, 42), "width": rng.choice([440, 460, 480]), "size": 16}
    if rng.random() < 0.5:
        frame = lying_frame(rng)
        frame["angle"] = rng.uniform(-1.5, 1.5)
        style["h93"] = {"frame": frame}
    return style


def browser(rng: random.Random, tab: str, url: str) -> dict:
    return dict(
        WEB, width=rng.choice([660, 700, 720]), h93={"frame": {"kind": "browser", "tab": tab, "url": url}}
    )


def status_bar(rng: random.Random) -> tuple:
    return ("small", f"{hhmm(rng, twelve=False)}        {rng.choice(['4G', '5G', 'LTE'])}   {rng.randrange(9, 100)}%")


RECIPIENTS = {
    "INR": ["Sunita Sharma", "Rakesh Iyer", "Anjali Verma", "Mohammed Irfan", "Kavya Reddy", "Harish Patel"],
    "GBP": ["Emma Lawson", "Daniel Okafor", "Chloe Price", "Aaron Whitfield"],
    "EUR": ["Julia Becker", "Matteo Greco", "Elise Fontaine", "Bram Visser"],
    "USD": ["Kevin Alvarez", "Rachel Kim", "Nathan Cole", "Priya Raman"],
}
SENDERS = {
    "USD": ["Arjun Mehta", "Deepa Nair", "Samir Khan", "Lisa Tran"],
    "GBP": ["Rahul Kapoor", "Nisha Patel", "Tom Hughes", "Imran Ali"],
    "EUR": ["Vikram Rao", "Sara Müller", "Pierre Dubois", "Neha Gupta"],
    "INR": PAYERS,
}
HOME = {"USD": "US", "GBP": "UK", "EUR": "EU", "INR": "IN"}


def corridor(rng: random.Random, to_india: float = 0.6) -> tuple[str, str]:
    """(the sender's currency, the recipient's): most to India, the rest between the US, the UK and the euro area."""
    src = rng.choice(["USD", "GBP", "EUR"])
    if rng.random() < to_india:
        return src, "INR"
    return src, rng.choice([c for c in ("USD", "GBP", "EUR") if c != src])


def fx(font: str, rng: random.Random, src: str, dst: str, r: float) -> str:
    return f"1 {src} = {r:,.4f} {dst}" if r >= 0.5 else f"1 {src} = {r:.6f} {dst}"


def conversion_gst(inr: float) -> float:
    """GST (18 %) on the value India's GST rules give a currency conversion of ``inr`` rupees: 1 % (at least
    Rs 250) up to one lakh, Rs 1,000 + 0.5 % of the rest up to ten lakh, Rs 5,500 + 0.1 % beyond (at most
    Rs 60,000)."""
    if inr <= 100_000:
        value = max(inr * 0.01, 250.0)
    elif inr <= 1_000_000:
        value = 1000 + (inr - 100_000) * 0.005
    else:
        value = min(5500 + (inr - 1_000_000) * 0.001, 60_000.0)
    return round(value * 0.18, 2)


def coded(m, value: float, cur: str) -> str:
    """A sum with its mark and, as PayPal prints it, its code after (once)."""
    text = m(value)
    return text if cur in text else f"{text} {cur}"


def plain(value: float, cur: str) -> str:
    return f"{value:,.2f} {cur}"


# ---------------------------------------------------------------- 1 an online transfer service's receipt (web)


WEB_SERVICES = [
    ("Wise", "wise.com/transfers"),
    ("Remitly", "remitly.com/us/en/transfers"),
    ("WorldRemit", "worldremit.com/en/transfer"),
    ("Xoom", "xoom.com/activity"),
]


def web_receipt(rng: random.Random, font: str):
    src, dst = corridor(rng)
    svc, url = rng.choice(WEB_SERVICES)
    tno = digits(rng, rng.choice([9, 10]))
    # the address names the transfer by its own number, the one printed below
    style = browser(rng, f"{svc} - Transfer receipt", f"https://{url}/{tno}")
    p = Sheet(font, style)
    ms, md = purse(rng, font, src, lang="en"), purse(rng, font, dst, lang="en")
    p.add(("title", svc))
    p.para("center", rng.choice(["Transfer receipt", "Receipt for your transfer", "Transfer details"]))
    p.add(("rule",))
    d = day(rng)
    k = nth("web_receipt")
    status = ["success", "success", "success", "pending", "success", "failed", "success", "pending"][k]
    words = {
        "success": ["Completed", "Transfer completed", "Paid out"],
        "pending": ["In progress", "Processing", "Waiting for your money"],
        "failed": ["Cancelled", "Transfer cancelled"],
    }[status]
    p.add(("pair", "Status", rng.choice(words)), status=status)
    label = rng.choice(["Transfer number", "Transfer #", "Transfer ID"])
    p.add(("pair", label, f"#{tno}" if label == "Transfer number" and rng.random() < 0.5 else tno), txn=(TXN, tno))
    p.add(("pair", rng.choice(["Created on", "Date", "Transfer date"]), dated(rng, d, src)), date=d)
    p.add(("rule",))
    sent = price(rng, 150, 2500, p_round=0.7)
    fee = round(rng.uniform(0.8, 1.2) * (2.5 + sent * 0.0045), 2)
    total = round(sent + fee, 2)
    r = rate(rng, src, dst)
    gets = round(sent * r, 2)
    p.add(("pair", "Amount sent", ms(sent)))
    p.add(("pair", rng.choice(["Transfer fee", "Our fee", "Total fees"]), ms(fee)))
    p.add(("pair", rng.choice(["Total paid", "You paid", "Total amount paid"]), ms(total)), keep=True)
    p.add(("pair", rng.choice(["Exchange rate", "Guaranteed rate"]), fx(font, rng, src, dst, r)))
    p.add(("pair", rng.choice(["Recipient gets", "They receive"]), md(gets)))
    p.add(("rule",))
    who = rng.choice(RECIPIENTS[dst])
    p.add(("pair", "Recipient", who), merchant=(1, who))
    if dst == "INR":
        bank = rng.choice(list(BANKS))
        p.add(("pair", "Bank", f"{bank} ****{digits(rng, 4)}"))
    else:
        p.add(("pair", "Account", f"{rng.choice(['DE', 'NL', 'FR', 'GB'])}** **** {digits(rng, 4)}" if dst != "USD" else f"Checking ****{digits(rng, 4)}"))
    way = rng.choice(["card", "netbanking", "none"])
    if way == "card":
        _, text = masked_card(rng)
        p.add(("pair", "Paid with", text), method=(SAID, "card"))
    elif way == "netbanking":
        words = {"USD": "Bank transfer (ACH)", "GBP": "Bank transfer", "EUR": "SEPA bank transfer"}[src]
        p.add(("pair", "Paid with", words), method=(SAID, "netbanking"))
    if status == "pending":
        p.add(("pair", rng.choice(["Should arrive by", "Estimated arrival"]), when(later(d, rng, 1, 3), "{d} %b %Y")))
    p.para("small", f"Sender: {rng.choice(SENDERS[src])}")
    p.para("small", f"{svc} is authorised to provide money transfer services. Keep this receipt for your records.")
    return p.out(), p.truth(total, src), style


# ---------------------------------------------------------------- 2 a remittance app's transfer screen


APPS = [("Remitly", (33, 55, 120)), ("Wise", (22, 51, 0)), ("WorldRemit", (110, 40, 150)), ("Xoom", (0, 100, 160))]


def app_screen(rng: random.Random, font: str):
    src, dst = corridor(rng, to_india=0.75)
    app, brand = rng.choice(APPS)
    style = look(rng, brand)
    p = Sheet(font, style)
    ms, md = purse(rng, font, src, lang="en"), purse(rng, font, dst, lang="en")
    p.add(status_bar(rng))
    p.add(("left", f"{back(font)}  {app}"))
    p.para("center", "Transfer details")
    k = nth("app_screen")
    status = ["pending", "success", "success", "pending", "success", "failed", "success", "success"][k]
    who = rng.choice(RECIPIENTS[dst])
    first = who.split()[0]
    head = {
        "success": [f"Delivered to {first}", "Money delivered", "Transfer complete"],
        "pending": ["Your transfer is on its way", "Processing your transfer", "Transfer in progress"],
        "failed": ["Transfer failed", "Transfer cancelled"],
    }[status]
    p.big((tick(font) + " " if status == "success" and tick(font) else "") + rng.choice(head), status=status)
    sent = price(rng, 100, 1800, p_round=0.7)
    fee = rng.choice([0.0, 1.99, 2.99, 3.99, 4.99])
    total = round(sent + fee, 2)
    r = rate(rng, src, dst)
    gets = round(sent * r, 2)
    p.add(("pair", "You sent", ms(sent)))
    p.add(("pair", "Transfer fee", ms(fee) if fee else rng.choice(["No fee", ms(0.0)])))
    p.add(("pair", "Total", ms(total)), keep=True)
    p.add(("pair", "Exchange rate", fx(font, rng, src, dst, r)))
    p.add(("pair", "Recipient gets", md(gets)))
    p.add(("rule",))
    p.add(("pair", "Recipient", who), merchant=(1, who))
    if dst == "INR":
        mode = rng.choice(["Bank deposit", "UPI", "Cash pickup"])
        p.add(("pair", "Delivery method", mode))
        if mode == "Bank deposit":
            p.add(("pair", "Bank", f"{rng.choice(list(BANKS))} ****{digits(rng, 4)}"))
        elif mode == "UPI":
            p.add(("pair", "UPI ID", f"{first.lower()}{digits(rng, 2)}@{rng.choice(['okaxis', 'ybl', 'oksbi'])}"))
    else:
        p.add(("pair", "Delivery method", "Bank deposit"))
    _, text = masked_card(rng)
    p.add(("pair", rng.choice(["Paid with", "Payment method"]), text), method=(SAID, "card"))
    d = day(rng)
    p.add(("pair", rng.choice(["Sent on", "Date sent", "Created"]), dated(rng, d, src)), date=d)
    if status == "pending":
        p.add(("pair", "Expected delivery", when(later(d, rng, 1, 3), "%b {d}, %Y" if src == "USD" else "{d} %b %Y")))
    ref = rng.choice([code(rng, 1, UPPER) + digits(rng, 11), digits(rng, 10), f"{code(rng, 2, UPPER)}{digits(rng, 8)}"])
    p.add(("pair", rng.choice(["Reference number", "Tracking number", "Confirmation number"]), ref), txn=(BANKREF, ref))
    if status == "failed":
        p.para("small", f"Your {ms(total)} will be returned to your card in 3-5 business days.")
    return p.out(), p.truth(total, src), style


# ---------------------------------------------------------------- 3 a money-transfer agent's counter slip


AGENTS = {
    "USD": [("Western Union", "Bodega Express Agent, 1420 Broadway, New York, NY 10018"),
            ("MoneyGram", "Walmart 2731, Houston, TX 77057")],
    "GBP": [("Western Union", "Southall Travel & Money, The Broadway, UB1 1JY"),
            ("MoneyGram", "Post Office, Leicester LE1 3RA")],
    "EUR": [("Western Union", "Agenzia Via Nazionale 40, Roma"),
            ("MoneyGram", "Reisebüro Sonne, Kaiserstr. 12, Frankfurt")],
}


def counter_slip(rng: random.Random, font: str):
    src, dst = corridor(rng, to_india=0.8)
    svc, agent = rng.choice(AGENTS[src])
    style = slip(rng)
    p = Sheet(font, style)
    ms, md = purse(rng, font, src, lang="en"), purse(rng, font, dst, lang="en")
    p.add(("title", svc.upper()))
    p.para("center", agent)
    p.para("center", rng.choice(["SEND MONEY RECEIPT", "TO SEND MONEY - CUSTOMER RECEIPT", "SEND RECEIPT"]))
    p.add(("rule",))
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, src)), date=d)
    if svc == "Western Union":
        ref = digits(rng, 10)
        shown = f"{ref[:3]}-{ref[3:6]}-{ref[6:]}" if rng.random() < 0.5 else ref
        p.add(("pair", "MTCN", shown), txn=(BANKREF, shown))
    else:
        shown = digits(rng, 8)
        p.add(("pair", "REFERENCE NUMBER", shown), txn=(BANKREF, shown))
    p.add(("pair", "Operator ID", code(rng, 2, UPPER) + digits(rng, 3)))
    p.add(("rule",))
    sender = rng.choice(SENDERS[src])
    who = rng.choice(RECIPIENTS[dst])
    p.add(("pair", "SENDER", sender.upper()))
    p.add(("pair", "RECEIVER", who.upper()), merchant=(1, who.upper()))
    p.add(("pair", "Destination", {"INR": "INDIA", "GBP": "UNITED KINGDOM", "EUR": rng.choice(["GERMANY", "ITALY", "FRANCE"]), "USD": "UNITED STATES"}[dst]))
    p.add(("rule",))
    sent = price(rng, 80, 1500, p_round=0.8)
    fee = round(rng.choice([4.99, 7.99, 9.99, 12.0, 15.0]), 2)
    total = round(sent + fee, 2)
    r = rate(rng, src, dst)
    gets = round(sent * r, 2)
    p.add(("pair", "Transfer Amount", ms(sent)))
    p.add(("pair", "Transfer Fee", ms(fee)))
    p.add(("pair", rng.choice(["Total", "TOTAL COLLECTED", "Total to pay"]), ms(total)), keep=True)
    p.add(("pair", "Exchange Rate", fx(font, rng, src, dst, r)))
    p.add(("pair", rng.choice(["Total to Receiver", "Payout Amount"]), md(gets)))
    way = rng.choice(["cash", "cash", "card"])
    if way == "cash":
        p.add(("pair", "Payment", "CASH"), method=(SAID, "cash"))
    else:
        p.add(("pair", "Payment", f"DEBIT CARD ****{digits(rng, 4)}"), method=(SAID, "card"))
    p.add(("pair", "Available", when(later(d, rng, 0, 1), "%d/%m/%Y") if src != "USD" else "Within minutes"))
    p.para("small", "Keep this receipt. The receiver will need the tracking number to collect the money.")
    p.para("small", "Customer signature ____________")
    return p.out(), p.truth(total, src), style


# ---------------------------------------------------------------- 4 an Indian bank's outward remittance (LRS) advice


PURPOSES = [
    ("S0305", "Education - tuition fees"),
    ("S1301", "Family maintenance"),
    ("S0306", "Travel for education"),
    ("S1302", "Gift remittance"),
    ("S0304", "Medical treatment abroad"),
]
BENEF_ABROAD = {
    "USD": ["University of Illinois", "Boston University", "Rohan Mehta", "Ananya Iyer"],
    "GBP": ["University of Leeds", "King's College London", "Kabir Shah"],
    "EUR": ["TU Munchen", "Politecnico di Milano", "Meera Joshi"],
}


def lrs_advice(rng: random.Random, font: str):
    fcy = rng.choice(["USD", "USD", "GBP", "EUR"])
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank"])
    style = paper(rng)
    p = Sheet(font, style)
    rs = purse(rng, font, "INR")
    p.add(("title", bank))
    p.para("center", rng.choice(["Outward Remittance Advice", "Debit Advice - Outward Remittance (LRS)", "Foreign Outward Remittance - Customer Advice"]))
    p.add(("rule",))
    d = day(rng)
    p.add(("pair", rng.choice(["Transaction Date", "Date"]), when(d, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%d %B %Y"]))), date=d)
    ref = f"{BANKS[bank][1][:4]}{rng.choice(['OR', 'FX', 'RM'])}{d:%y}{digits(rng, 8)}"
    p.add(("pair", rng.choice(["SWIFT Reference No.", "Transaction Reference No.", "Our Reference"]), ref), txn=(BANKREF, ref))
    p.add(("pair", "Remitter", rng.choice(PAYERS)))
    p.add(("pair", "PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}"[:4] + "XXXXX" + f"{rng.choice(UPPER)}"))
    p.add(("pair", "Debit Account", f"XXXXXXXX{digits(rng, 4)}"))
    who = rng.choice(BENEF_ABROAD[fcy])
    p.add(("pair", "Beneficiary Name", who), merchant=(1, who))
    bname, bic = rng.choice(
        {
            "USD": [("Bank of America NA", "BOFAUS3N"), ("JPMorgan Chase Bank", "CHASUS33")],
            "GBP": [("Barclays Bank UK PLC", "BARCGB22"), ("HSBC UK Bank plc", "HBUKGB4B")],
            "EUR": [("Deutsche Bank AG", "DEUTDEFF"), ("UniCredit SpA", "UNCRITMM")],
        }[fcy]
    )
    p.add(("pair", "Beneficiary Bank", bname))
    p.add(("pair", "SWIFT / BIC", bic))
    pc, pw = rng.choice(PURPOSES)
    p.add(("pair", "Purpose Code", f"{pc} - {pw}"))
    p.add(("rule",))
    amt = float(rng.choice([2500, 4000, 6500, 9800, 12000, 15500])) + rng.choice([0.0, 0.0, 250.0])
    r = round(MID[(fcy, "INR")] * rng.uniform(1.0, 1.015), 2)
    inr = round(amt * r, 2)
    comm = float(rng.choice([500, 750, 1000]))
    gst_conv = conversion_gst(inr)
    gst_comm = round(comm * 0.18, 2)
    education = pc in ("S0305", "S0306")
    tcs = 0.0 if education or inr <= 1_000_000 else round((inr - 1_000_000) * 0.2, 2)
    total = round(inr + comm + gst_comm + gst_conv + tcs, 2)
    p.add(("pair", "Remittance Amount", plain(amt, fcy)))
    p.add(("pair", "Exchange Rate", f"{r:.2f}"))
    p.add(("pair", "INR Equivalent", rs(inr)))
    p.add(("pair", "Commission", rs(comm)))
    p.add(("pair", "GST on Commission", rs(gst_comm)))
    p.add(("pair", "GST on Currency Conversion", rs(gst_conv)))
    p.add(("pair", "TCS u/s 206C(1G)", rs(tcs)))
    p.add(("pair", rng.choice(["Total Amount Debited", "Total Debit to Account"]), rs(total)), keep=True)
    p.add(("rule",))
    k = nth("lrs_advice")
    status = ["success", "success", "pending", "success", "success", "success", "pending", "failed"][k]
    words = {"success": ["Processed", "Remittance sent"], "pending": ["Under process", "Pending - sent for compliance review"],
             "failed": ["Returned - beneficiary account closed", "Rejected"]}[status]
    p.add(("pair", "Status", rng.choice(words)), status=status)
    p.add(("pair", "Mode", rng.choice(["SWIFT wire transfer", "Wire transfer (SWIFT)"])), method=(SAID, "netbanking"))
    p.para("small", "Remitted under the Liberalised Remittance Scheme. Form A2 and declaration on record.")
    p.para("small", "This is a computer generated advice and does not require a signature.")
    return p.out(), p.truth(total, "INR"), style


# ---------------------------------------------------------------- 5 an inward remittance credit advice / FIRC


REMITTERS = {
    "USD": ["Brightline Design LLC", "Upwork Global Inc", "Daniel Foster", "Northwind Analytics Inc"],
    "GBP": ["Harlow Media Ltd", "Oliver Grant", "Kestrel Software Ltd"],
    "EUR": ["Bergmann Consulting GmbH", "Studio Verde Srl", "Claire Dubois"],
}
PURPOSE_IN = [("P0802", "Software consultancy"), ("P1301", "Family maintenance"), ("P0806", "Business services"),
              ("P1006", "Business and management consultancy")]


def inward_advice(rng: random.Random, font: str):
    fcy = rng.choice(["USD", "USD", "GBP", "EUR"])
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "IDFC FIRST Bank", "Yes Bank"])
    style = paper(rng)
    p = Sheet(font, style)
    rs = purse(rng, font, "INR")
    p.add(("title", bank))
    firc = rng.random() < 0.4
    p.para("center", "Foreign Inward Remittance Certificate" if firc else rng.choice(["Inward Remittance Credit Advice", "Credit Advice - Inward Remittance"]))
    p.add(("rule",))
    d = day(rng)
    p.add(("pair", rng.choice(["Credit Date", "Date", "Value Date"]), when(d, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%d %b %Y"]))), date=d)
    who = rng.choice(PAYERS)
    p.add(("pair", "Beneficiary Name", who), merchant=(1, who))
    p.add(("pair", "Account No.", f"XXXXXX{digits(rng, 4)}"))
    p.add(("pair", "Remitter Name", rng.choice(REMITTERS[fcy])))
    p.add(("pair", "Remitting Bank", rng.choice(["Citibank NA New York", "HSBC Bank plc London", "Commerzbank AG Frankfurt", "Wells Fargo Bank NA"])))
    pc, pw = rng.choice(PURPOSE_IN)
    p.add(("pair", "Purpose", f"{pc} {pw}"))
    p.add(("rule",))
    amt = price(rng, 400, 9000, p_round=0.5)
    r = round(MID[(fcy, "INR")] * rng.uniform(0.985, 1.0), 4)
    inr = round(amt * r, 2)
    chg = float(rng.choice([250, 500, 590]))
    gst = conversion_gst(inr)
    net = round(inr - chg - gst, 2)
    p.add(("pair", "Foreign Currency Amount", plain(amt, fcy)))
    p.add(("pair", "Conversion Rate", f"{r:.4f}"))
    p.add(("pair", "INR Amount", rs(inr)))
    p.add(("pair", "Bank Charges", rs(chg)))
    p.add(("pair", "GST on Conversion", rs(gst)))
    p.add(("pair", rng.choice(["Net Amount Credited", "Amount Credited to A/c"]), rs(net)), keep=True)
    p.add(("rule",))
    k = nth("inward_advice")
    ref = f"{code(rng, 4, UPPER)}{d:%y}{digits(rng, 10)}"
    if k % 2 == 0:
        p.add(("pair", "UTR No.", ref), txn=(UTR, ref))
    else:
        p.add(("pair", rng.choice(["Transaction Reference No.", "Remittance Reference"]), ref), txn=(BANKREF, ref))
    if firc:
        p.add(("pair", "FIRC No.", f"FIRC/{d.year}/{digits(rng, 6)}"))
    p.add(("pair", "Mode", "SWIFT inward"), method=(SAID, "netbanking"))
    if k in (3, 6):
        p.add(("pair", "Status", "Credit pending - purpose code awaited"), status="pending")
    else:
        p.add(("pair", "Status", rng.choice(["Credited", "Credited to account"])), status="success")
    p.para("small", "Please quote the reference above for any query on this remittance.")
    return p.out(), p.truth(net, "INR"), style


# ---------------------------------------------------------------- 6 a bank app's international transfer tracker


INTL_BANKS = {
    "GBP": [("Barclays", (0, 174, 239)), ("Monzo", (20, 35, 60)), ("NatWest", (66, 36, 131))],
    "EUR": [("N26", (40, 40, 40)), ("ING", (255, 98, 0)), ("Revolut", (0, 0, 0))],
    "USD": [("Chase", (17, 122, 196)), ("Bank of America", (200, 16, 46))],
}


def bank_tracker(rng: random.Random, font: str):
    src, dst = corridor(rng, to_india=0.5)
    bank, brand = rng.choice(INTL_BANKS[src])
    style = look(rng, brand)
    p = Sheet(font, style)
    ms, md = purse(rng, font, src, lang="en"), purse(rng, font, dst, lang="en")
    p.add(status_bar(rng))
    p.add(("left", f"{back(font)}  {bank}"))
    p.para("center", "International payment")
    k = nth("bank_tracker")
    state = ["completed", "progress", "completed", "returned", "initiated", "completed", "completed", "progress"][k]
    dot, done = sign(font, "\u25cf", "*"), sign(font, "\u25cb", "o")
    steps = ["Initiated", "In progress", "Completed"] if state != "returned" else ["Initiated", "In progress", "Returned"]
    reached = {"initiated": 1, "progress": 2, "completed": 3, "returned": 3}[state]
    for i, s in enumerate(steps):
        p.add(("left", f"{dot if i < reached else done}  {s}"))
    status = {"completed": "success", "progress": "pending", "initiated": "pending", "returned": "failed"}[state]
    word = {"completed": "Completed", "progress": "In progress", "initiated": "Initiated", "returned": "Returned to your account"}[state]
    p.add(("pair", "Status", word), status=status)
    p.add(("rule",))
    who = rng.choice(RECIPIENTS[dst])
    p.add(("pair", "To", who), merchant=(1, who))
    p.add(("pair", "Country", {"INR": "India", "EUR": "Germany", "GBP": "United Kingdom", "USD": "United States"}[dst]))
    sent = price(rng, 200, 5000, p_round=0.7)
    fee = float(rng.choice([0, 5, 9.99, 15, 25]))
    total = round(sent + fee, 2)
    r = rate(rng, src, dst)
    p.add(("pair", "Amount", ms(sent)))
    p.add(("pair", rng.choice(["Fee", "Transfer fee"]), ms(fee)))
    p.add(("pair", rng.choice(["Total debited", "Total taken from account"]), ms(total)), keep=True)
    p.add(("pair", "Rate", fx(font, rng, src, dst, r)))
    p.add(("pair", "They get", md(round(sent * r, 2))))
    d = day(rng)
    p.add(("pair", "Sent", dated(rng, d, src)), date=d)
    p.add(("pair", "Payment type", "International (SWIFT) transfer"), method=(SAID, "netbanking"))
    pid = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
    p.add(("pair", rng.choice(["Payment ID", "Transaction ID"]), pid), txn=(TXN, pid))
    if state == "returned":
        p.para("small", f"The recipient's bank sent this payment back. {ms(total)} has been returned to your account.")
    elif state != "completed":
        p.para("small", "International payments can take 1-4 working days to arrive.")
    return p.out(), p.truth(total, src), style


# ---------------------------------------------------------------- 7 a forex card load or reload slip (India)


FOREX_SELLERS = ["Thomas Cook (India) Ltd", "BookMyForex", "Orient Exchange Pvt Ltd", "EbixCash Forex", "Unimoni Financial Services"]


def forex_load(rng: random.Random, font: str):
    fcy = rng.choice(["USD", "USD", "GBP", "EUR"])
    seller = rng.choice(FOREX_SELLERS)
    style = rng.choice([paper(rng, width=(600, 640)), slip(rng)])
    p = Sheet(font, style)
    rs = purse(rng, font, "INR")
    p.add(("title", seller), merchant=(1, seller))
    p.para("center", rng.choice(["Forex Card Load Receipt", "Forex Card Reload - Customer Copy", "Prepaid Travel Card Load Slip"]))
    p.para("center", rng.choice(["Andheri East, Mumbai 400069", "Connaught Place, New Delhi", "Koramangala, Bengaluru"]))
    p.add(("rule",))
    d = day(rng)
    p.add(("pair", "Date", when(d, rng.choice(["%d/%m/%Y", "%d-%b-%Y"])) + " " + hhmm(rng)), date=d)
    oid = f"{rng.choice(['FX', 'LD', 'TC'])}{digits(rng, 9)}"
    p.add(("pair", rng.choice(["Transaction ID", "Load Txn ID"]), oid), txn=(TXN, oid))
    p.add(("pair", "Card No.", f"4{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}"))
    p.add(("pair", "Card Holder", rng.choice(PAYERS)))
    p.add(("pair", "Type", rng.choice(["Load", "Reload"])))
    amt = float(rng.choice([500, 800, 1000, 1500, 2000, 2500]))
    r = round(MID[(fcy, "INR")] * rng.uniform(1.005, 1.02), 2)
    inr = round(amt * r, 2)
    fee = float(rng.choice([0, 100, 150]))
    gst_conv = conversion_gst(inr)
    total = round(inr + fee + round(fee * 0.18, 2) + gst_conv, 2)
    p.add(("pair", "Currency Loaded", plain(amt, fcy)))
    p.add(("pair", "Rate", f"{r:.2f}"))
    p.add(("pair", "INR Value", rs(inr)))
    p.add(("pair", "Service Charge", rs(fee)))
    p.add(("pair", "GST on Service Charge", rs(round(fee * 0.18, 2))))
    p.add(("pair", "GST on Conversion", rs(gst_conv)))
    p.add(("pair", "TCS", rs(0.0)))
    p.add(("pair", rng.choice(["Total Amount Paid", "Amount Paid", "Total Payable"]), rs(total)), keep=True)
    way = rng.choice(["UPI", "netbanking", "card", "cash"])
    label = rng.choice(["Payment Mode", "Paid by"])
    text = {"UPI": "UPI", "netbanking": rng.choice(["NEFT", "Net Banking"]), "card": f"Debit Card ****{digits(rng, 4)}", "cash": "Cash"}[way]
    p.add(("pair", label, text), method=(SAID, way))
    k = nth("forex_load")
    status = ["success", "success", "success", "pending", "success", "failed", "success", "success"][k]
    line = {"success": rng.choice(["Card loaded successfully", "Load Successful"]),
            "pending": "Load pending - funds awaited", "failed": "Load failed - amount will be refunded"}[status]
    p.para("center", line, status=status)
    p.para("small", "Card valid till 08/2030. Rates subject to RBI guidelines.")
    return p.out(), p.truth(total, "INR"), style


# ---------------------------------------------------------------- 8 a travel-money exchange counter's receipt


BUREAUX = {
    "GBP": [("Travelex", "Heathrow Terminal 5"), ("Eurochange", "Bond Street, Brighton BN1 1RD"), ("ICE", "Manchester Airport T2")],
    "EUR": [("ReiseBank", "Frankfurt Hauptbahnhof"), ("Global Exchange", "Aeropuerto Madrid T4"), ("GWK Travelex", "Schiphol Plaza")],
    "USD": [("Travelex", "JFK Terminal 4, Jamaica, NY 11430"), ("Currency Exchange International", "Orlando, FL 32819")],
}


def fx_counter(rng: random.Random, font: str):
    home = rng.choice(["GBP", "GBP", "EUR", "USD"])
    want = rng.choice([c for c in ("USD", "EUR", "GBP", "INR") if c != home])
    name, place = rng.choice(BUREAUX[home])
    style = slip(rng)
    p = Sheet(font, style)
    mh = purse(rng, font, home, lang="en")
    p.add(("title", name), merchant=(1, name))
    p.para("center", place)
    p.para("center", rng.choice(["WE SELL", "FOREIGN CURRENCY SALE", "BUY CURRENCY"]))
    p.add(("rule",))
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, home, clock=False)), date=d)
    p.add(("pair", "Time", hhmm(rng, twelve=False)))
    rno = f"{rng.choice(['TX', 'R'])}{digits(rng, 7)}"
    label = rng.choice(["Receipt No", "Transaction No"])
    p.add(("pair", label, rno), txn=(BILL if label == "Receipt No" else TXN, rno))
    p.add(("pair", "Cashier", rng.choice(["Amy", "Kofi", "Jas", "Lukas"])))
    p.add(("rule",))
    fam = float(rng.choice([200, 300, 500, 750, 1000])) if want != "INR" else float(rng.choice([10000, 20000, 25000]))
    r = round(1 / MID[(want, home)] * rng.uniform(0.9, 0.95), 4) if (want, home) in MID else round(MID[(home, want)] * rng.uniform(0.9, 0.95), 4)
    cost = round(fam / r, 2)
    comm = float(rng.choice([0, 0, 2.5, 3.95, 4.5]))
    total = round(cost + comm, 2)
    p.add(("pair", "Currency", f"{want} {fam:,.2f}"))
    p.add(("pair", "Rate", fx(font, rng, home, want, r)))
    p.add(("pair", "Value", mh(cost)))
    p.add(("pair", "Commission", mh(comm) if comm else rng.choice(["0% commission", mh(0.0)])))
    p.add(("pair", rng.choice(["TOTAL", "Total paid", "TOTAL TO PAY"]), mh(total)), keep=True)
    way = rng.choice(["cash", "card", "card"])
    if way == "cash":
        p.add(("pair", "Tendered", "CASH"), method=(SAID, "cash"))
    else:
        p.add(("pair", "Tendered", f"{rng.choice(['VISA', 'MASTERCARD'])} ************{digits(rng, 4)}"), method=(SAID, "card"))
    k = nth("fx_counter")
    if k in (2, 5):
        p.para("center", "CARD DECLINED" if way == "card" else "TRANSACTION VOID", status="failed")
    elif k in (0, 3, 6):
        p.para("center", "APPROVED" if way == "card" else "PAID", status="success")
    p.para("small", "Buy-back rate guaranteed for 30 days with this receipt.")
    return p.out(), p.truth(total, home), style


# ---------------------------------------------------------------- 9 a card app's foreign transaction with mark-up


FOREIGN_SHOPS = {
    "USD": ["AIRBNB * HMQ2X8", "APPLE.COM/BILL", "Marriott Times Square", "UDEMY ONLINE COURSES", "Target T-1842"],
    "EUR": ["Hotel Lux Paris", "BOOKING.COM BV", "Trenitalia", "Zalando SE"],
    "GBP": ["Pret A Manger", "Trainline.com", "Harrods Ltd", "TfL Travel Charge"],
}
CARD_APPS = {
    "INR": [("HDFC Bank Cards", (0, 76, 143)), ("ICICI Bank iMobile", (174, 40, 46)), ("SBI Card", (30, 60, 150))],
    "GBP": [("Barclaycard", (0, 120, 190)), ("Amex UK", (0, 111, 207))],
    "USD": [("Capital One", (0, 65, 110)), ("Chase", (17, 122, 196))],
}


def card_foreign(rng: random.Random, font: str):
    home = rng.choice(["INR", "INR", "GBP", "USD"])
    where = rng.choice([c for c in ("USD", "EUR", "GBP") if c != home])
    app, brand = rng.choice(CARD_APPS[home])
    style = look(rng, brand)
    p = Sheet(font, style)
    mh = purse(rng, font, home, lang="en")
    p.add(status_bar(rng))
    p.add(("left", f"{back(font)}  {app}"))
    p.para("center", "Transaction details")
    shop = rng.choice(FOREIGN_SHOPS[where])
    p.add(("pair", "Merchant", shop), merchant=(1, shop))
    famt = price(rng, 8, 600, p_round=0.2)
    r = rate(rng, where, home)
    billed = round(famt * r, 2)
    pct = 3.5 if home == "INR" else rng.choice([2.75, 2.99])
    mark = round(billed * pct / 100, 2)
    gst = round(mark * 0.18, 2) if home == "INR" else 0.0
    total = round(billed + mark + gst, 2)
    p.add(("pair", "Foreign amount", plain(famt, where)))
    p.add(("pair", "Conversion rate", f"{r:,.4f}"))
    p.add(("pair", "Amount", mh(billed)))
    p.add(("pair", f"Forex mark-up ({pct}%)" if home == "INR" else f"Non-sterling fee ({pct}%)" if home == "GBP" else f"Foreign transaction fee ({pct}%)", mh(mark)))
    if gst:
        p.add(("pair", "GST on mark-up (18%)", mh(gst)))
    p.add(("pair", rng.choice(["Total charged", "Total billed"]), mh(total)), keep=True)
    card = f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} card ending {digits(rng, 4)}"
    p.add(("pair", "Card", card), method=(SAID, "card"))
    d = day(rng)
    p.add(("pair", "Transaction date", dated(rng, d, home)), date=d)
    k = nth("card_foreign")
    if k in (1, 4):
        p.add(("pair", "Status", "Pending"), status="pending")
        p.para("small", "Pending transactions may change when the merchant settles them.")
    else:
        p.add(("pair", "Status", rng.choice(["Posted", "Settled"])), status="success")
        p.add(("pair", "Posted on", when(later(d, rng, 1, 3), "{d} %b %Y")))
    if rng.random() < 0.6:
        auth = digits(rng, 6)
        p.add(("pair", "Auth code", auth), txn=(APPR, auth))
    p.para("small", "International transaction. Mark-up is charged on the converted amount.")
    return p.out(), p.truth(total, home), style


# ---------------------------------------------------------------- 10 a PayPal cross-border payment e-mail


PP_PAYEES = {
    "USD": ["Sunrise Vintage Guitars", "Hannah Brooks", "Etsy seller CraftNestUS", "Brookline Audio LLC"],
    "EUR": ["Fotografia Bellini", "Atelier Moreau", "Koch Modellbau GmbH"],
    "GBP": ["Highland Tweed Co", "Ellis Print Studio", "Sam Porter"],
    "INR": ["Jaipur Block Prints", "Kerala Spice Traders", "Anand Handlooms"],
}


def paypal_email(rng: random.Random, font: str):
    home = rng.choice(["GBP", "EUR", "USD", "INR"])
    dst = rng.choice([c for c in ("USD", "EUR", "GBP", "INR") if c != home and not (home == "INR" and c == "INR")])
    style = browser(rng, "Receipt for your payment", "https://mail.example.com/inbox/receipt")
    p = Sheet(font, style)
    mh, md = purse(rng, font, home, lang="en"), purse(rng, font, dst, lang="en")
    p.add(("title", "PayPal"))
    payee = rng.choice(PP_PAYEES[dst])
    sent = sum_of(rng, dst, 15, 900)
    r = round(rate(rng, dst, home) * 1.04, 6)
    charged = round(sent * r, 2)
    k = nth("paypal_email")
    status = ["success", "success", "pending", "success", "success", "success", "failed", "success"][k]
    p.para("left", f"You sent {coded(md, sent, dst)} to {payee}")
    p.add(("rule",))
    p.add(("pair", "Paid to", payee), merchant=(1, payee))
    p.add(("pair", "Amount", coded(md, sent, dst)))
    p.add(("pair", "Conversion rate", f"1 {dst} = {r:.4f} {home}" if r >= 0.5 else f"1 {dst} = {r:.6f} {home}"))
    p.add(("pair", "Includes currency conversion", "Yes"))
    p.add(("pair", "You paid", coded(mh, charged, home)), keep=True)
    tid = code(rng, 17, UPPER + "0123456789")
    p.add(("pair", "Transaction ID", tid), txn=(TXN, tid))
    d = day(rng)
    p.add(("pair", "Transaction date", when(d, rng.choice(PATS[home]))), date=d)
    word = {"success": "Completed", "pending": "Pending", "failed": "Denied"}[status]
    p.add(("pair", "Status", word), status=status)
    if home == "INR":
        p.add(("pair", "Paid with", f"{rng.choice(['Visa', 'Mastercard'])} x-{digits(rng, 4)}"), method=(SAID, "card"))
    else:
        way = rng.choice(["card", "wallet"])
        if way == "card":
            p.add(("pair", "Paid with", f"{rng.choice(['Visa', 'Mastercard'])} x-{digits(rng, 4)}"), method=(SAID, "card"))
        else:
            p.add(("pair", "Paid with", "PayPal balance"), method=(SAID, "wallet"))
    p.para("small", "The conversion rate includes a currency conversion spread set by PayPal.")
    p.para("small", "Questions? Go to the Help Centre at paypal.com/help.")
    return p.out(), p.truth(charged, home), style


# ---------------------------------------------------------------- 11 a transfer confirmation e-mail, the two sides in
# columns ("You send" | "They receive")


MAIL_SERVICES = [("Xoom", "service@xoom.com"), ("Remitly", "no-reply@remitly.com"), ("Ria Money Transfer", "info@riamoneytransfer.com"), ("Skrill Money Transfer", "no-reply@skrill.com")]


def two_column_mail(rng: random.Random, font: str):
    src, dst = corridor(rng, to_india=0.7)
    svc, addr = rng.choice(MAIL_SERVICES)
    style = dict(WEB, width=rng.choice([700, 720]), h93={"frame": {"kind": "viewer", "file": f"{svc.split()[0]}_confirmation.pdf", "zoom": "100 %"}})
    p = Sheet(font, style)
    ms, md = purse(rng, font, src, lang="en"), purse(rng, font, dst, lang="en")
    p.add(("title", svc))
    p.add(("small", f"From: {addr}"))
    who = rng.choice(RECIPIENTS[dst])
    k = nth("two_column_mail")
    status = ["success", "pending", "success", "success", "pending", "success", "success", "failed"][k]
    line = {"success": f"Your money has been delivered to {who}.", "pending": f"We are processing your transfer to {who}.",
            "failed": f"Your transfer to {who} could not be completed."}[status]
    p.para("left", line, status=status)
    p.add(("rule",))
    sent = price(rng, 100, 3000, p_round=0.6)
    fee = rng.choice([0.0, 2.99, 4.99])
    total = round(sent + fee, 2)
    r = rate(rng, src, dst)
    gets = round(sent * r, 2)
    p.add(("pair", "YOU SEND", "THEY RECEIVE"))
    p.add(("pair", ms(sent), md(gets)))
    p.add(("rule",))
    p.add(("pair", "Fee", ms(fee)))
    p.add(("pair", "Total cost", ms(total)), keep=True)
    p.add(("pair", "Exchange rate", fx(font, rng, src, dst, r)))
    p.add(("pair", "Sent to", who), merchant=(1, who))
    p.add(("pair", "Pickup / deposit", rng.choice(["Bank deposit", "Cash pickup", "Mobile wallet"])))
    if rng.random() < 0.5:
        _, text = masked_card(rng)
        p.add(("pair", "Funding source", text), method=(SAID, "card"))
    else:
        p.add(("pair", "Funding source", "Bank account (ACH)" if src == "USD" else "Bank account"), method=(SAID, "netbanking"))
    d = day(rng)
    p.add(("pair", "Order date", dated(rng, d, src)), date=d)
    tn = f"{rng.choice(['XM', 'RM', 'RT', 'SK'])}{digits(rng, 10)}"
    label = rng.choice(["Tracking number", "Transaction number", "Order number"])
    p.add(("pair", label, tn), txn=({"Tracking number": BANKREF, "Transaction number": TXN, "Order number": ORDER}[label], tn))
    if status == "failed":
        p.para("small", f"We have refunded {ms(total)} to your funding source.")
    p.para("small", "Fees and rates shown are those at the time you sent the transfer.")
    return p.out(), p.truth(total, src), style


# ---------------------------------------------------------------- 12 a transfer cancelled or returned, its refund


def cancelled(rng: random.Random, font: str):
    src, dst = corridor(rng, to_india=0.6)
    k = nth("cancelled")
    svc = rng.choice(["Wise", "Remitly", "Western Union", "WorldRemit", "Xoom"])
    style = look(rng, rng.choice([(22, 51, 0), (33, 55, 120), (30, 30, 30)]))
    p = Sheet(font, style)
    ms, md = purse(rng, font, src, lang="en"), purse(rng, font, dst, lang="en")
    p.add(status_bar(rng))
    p.add(("left", f"{back(font)}  {svc}"))
    kind = ["cancelled", "returned", "cancelled", "refund_pending", "returned", "cancelled", "refund_pending", "cancelled"][k]
    head = {"cancelled": ["Transfer cancelled", "You cancelled this transfer"],
            "returned": ["Transfer returned", "Payment returned by recipient bank"],
            "refund_pending": ["Transfer cancelled - refund in progress", "Cancelled. Refund on its way"]}[kind]
    p.big(rng.choice(head), status="failed")
    sent = price(rng, 100, 2000, p_round=0.6)
    fee = rng.choice([0.0, 2.99, 3.99, 7.5])
    total = round(sent + fee, 2)
    r = rate(rng, src, dst)
    who = rng.choice(RECIPIENTS[dst])
    p.add(("pair", "To", who), merchant=(1, who))
    p.add(("pair", "Amount sent", ms(sent)))
    p.add(("pair", "Fee", ms(fee)))
    p.add(("pair", rng.choice(["Total paid", "You paid"]), ms(total)), keep=True)
    p.add(("pair", "Rate at booking", fx(font, rng, src, dst, r)))
    p.add(("pair", "Recipient would have got", md(round(sent * r, 2))))
    d = day(rng)
    p.add(("pair", rng.choice(["Created", "Sent on"]), dated(rng, d, src)), date=d)
    p.add(("pair", "Cancelled on" if kind != "returned" else "Returned on", when(later(d, rng, 1, 5), "{d} %b %Y")))
    ref = rng.choice([digits(rng, 10), f"{code(rng, 1, UPPER)}{digits(rng, 11)}"])
    label = "MTCN" if svc == "Western Union" else rng.choice(["Transfer number", "Reference number"])
    p.add(("pair", label, ref), txn=(BANKREF if label != "Transfer number" else TXN, ref))
    _, text = masked_card(rng)
    p.add(("pair", "Paid with", text), method=(SAID, "card"))
    if kind == "returned":
        p.add(("pair", "Reason", rng.choice(["Account name does not match", "Beneficiary account closed"])))
    refund_line = {
        "refund_pending": f"Your refund of {ms(total)} will reach your card in 5-10 business days.",
        "returned": f"We have refunded {ms(total)} to your card.",
        "cancelled": f"Refunded {ms(total)} to your card.",
    }[kind]
    p.para("small", refund_line)
    return p.out(), p.truth(total, src), style


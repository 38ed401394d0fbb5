"""The twelve heldout81 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts, in countries, currencies and scripts no earlier set
drew: a Cambodian bank or wallet app's KHQR payment screen (US dollars or riel), a Zimbabwean EcoCash merchant
payment SMS (US dollars or ZiG), a Kuwaiti KNET payment gateway's receipt page or a shop's e-mail quoting it (dinars
with three decimals), a Malaysian or Singaporean zakat body's official receipt (bilingual Malay and English), a US
smog check station's invoice, an English-test (IELTS, PTE) booking e-mail in Nepal, Sri Lanka, Kenya, Nigeria or the
UAE, an Icelandic or Finnish public swimming pool's till slip (kronur without decimals, euros with decimal commas), a
Serbian fiscal receipt in Cyrillic or Latin script (dinars), a Uruguayan restaurant's card voucher with the law's VAT
refund taken off and a tip added (pesos or dollars), a pay-as-you-go solar kit's payment SMS (Uganda, Rwanda, Kenya,
Zambia, Nigeria), an orthodontic treatment's instalment receipt (Australia, Canada, New Zealand, Singapore, the UAE)
and a medical laboratory's bill with an insurer's share taken off (Jamaica, Trinidad and Tobago, Barbados, the
Dominican Republic). The helpers below are this set's own (a page's grouping, mark and date pattern chosen once);
``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
"""

from __future__ import annotations

import datetime as dt
import random
import string
import textwrap

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields

UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + "23456789"

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 540, "size": 20}
DARK = {
    "screen": True,
    "paper": (20, 22, 27),
    "ink": (236, 236, 236),
    "accent": (120, 200, 255),
    "label_ink": (168, 170, 178),
    "width": 540,
    "size": 20,
}
SMS = {"screen": True, "paper": (242, 243, 247), "ink": (22, 22, 26), "accent": (40, 90, 170), "width": 520,
       "size": 19}
THERMAL = {"paper": (248, 247, 242), "width": 440, "size": 17}
A4 = {"paper": (255, 255, 255), "width": 760, "size": 18}
EMAIL = {"paper": (255, 255, 255), "width": 680, "size": 19}
ENGLISH_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BANDS = [(0, 84, 140), (10, 110, 90), (150, 30, 50), (70, 50, 140), (30, 30, 30)]


# ---------------------------------------------------------------- values


def num(value: float, grouping: str = "western", places: int = 2) -> str:
    """``value`` with ``places`` decimals: western 1,234.50, european 1.234,50, space 1 234,50, plain 1234.50,
    indian 1,23,456.50."""
    text = f"{value:.{places}f}"
    whole, _, frac = text.partition(".")
    if grouping == "plain":
        body = whole
    elif grouping == "indian":
        head, groups = whole[:-3], [whole[-3:]]
        while head:
            groups.insert(0, head[-2:])
            head = head[:-2]
        body = ",".join(groups)
    else:
        sep = {"western": ",", "european": ".", "space": " "}[grouping]
        body = f"{int(whole):,}".replace(",", sep)
    if not places:
        return body
    point = "," if grouping in ("european", "space") else "."
    return f"{body}{point}{frac}"


def when_text(date: dt.date, pattern: str, months: list[str] | None = None) -> str:
    """``date`` in a strftime ``pattern``; ``{d}`` is the day without a leading zero, ``{mon}`` a month name from
    ``months`` (a language's own)."""
    text = date.strftime(pattern).replace("{d}", str(date.day))
    return text.replace("{mon}", (months or ENGLISH_MONTHS)[date.month - 1])


def later(date: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return date + dt.timedelta(days=rng.randrange(low, high + 1))


def clock(rng: random.Random, twelve: bool = False, seconds: bool = False) -> str:
    hour, minute, second = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    if twelve:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    return f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if seconds else "")


def outcome(rng: random.Random, p_said: float, words: dict[str, list[str]], p_success=0.6, p_failed=0.25):
    """On a share of pages an outcome in the family's words: (status, words) or (None, None)."""
    if rng.random() >= p_said:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
    if not words.get(status):
        status = "success"
    return status, rng.choice(words[status])


def bar(rng: random.Random, twelve: bool = False) -> tuple:
    """A phone's status bar."""
    return ("small", f"{clock(rng, twelve)}      {rng.choice(['4G', 'LTE', '5G', 'Wi-Fi', '3G'])}   "
                     f"{rng.randrange(11, 99)}%")


def wrap(rows: list[tuple], text: str, width: int) -> None:
    """A message's text as left-aligned lines; a sum and its mark (joined by a no-break space) stay on one line."""
    for line in textwrap.wrap(text, width):
        rows.append(("left", line.replace("\u00a0", " ")))


def person(rng: random.Random, names: list[str]) -> str:
    return rng.choice(names)


def done(rows: list[tuple], name: str, total: float, currency: str, txn, dated, method, status):
    return truth_fields(name, round(total, 2), currency, txn, dated, method, status)


# ---------------------------------------------------------------- 1 a Cambodian KHQR payment screen


KH_APPS = {
    "ABA Mobile": ("Paid from", "netbanking"),
    "ACLEDA mobile": ("From account", "netbanking"),
    "Wing Bank": ("Paid with", "wallet"),
}
KH_HANDLES = {"ABA Mobile": "aba", "ACLEDA mobile": "acleda", "Wing Bank": "wing"}
KH_SHOPS = [
    "BROWN COFFEE BKK1",
    "Lucky Supermarket Sihanouk",
    "CHIP MONG 271 MEGA MALL",
    "Khmer Surin Restaurant",
    "TUBE COFFEE TOUL KORK",
    "Thai Huot Market Tuol Kork",
    "Romdeng Restaurant",
    "Kampot Pepper Shop",
    "SOK KHEANG PHONE SHOP",
    "Kiriya Mart Chbar Ampov",
]
KH_PAYERS = ["SOK DARA", "CHAN SOPHEAP", "KEO VIBOL", "LIM SREYNEANG", "HENG RATHA", "MEAS CHANTHOU"]
KH_WORDS = {
    "success": ["Success", "Payment successful", "Paid successfully"],
    "failed": ["Transaction failed", "Payment unsuccessful"],
    "pending": ["Processing", "Transaction pending"],
}


def khqr_payment(rng: random.Random, font: str):
    """A Cambodian bank's or wallet's KHQR payment screen: the app's name on top (never the payee), the shop paid to
    (the payee), the payer and their account (never), a KHQR or Bakong id, a fee and a cashback (never the amount),
    the sum in large type with a minus sign on a share, in US dollars or riel (no decimals; the riel mark is printed
    as KHR or Riel). The payment's reference (Reference # or Trx. ID) is the id where printed, else the approval code
    (APV)."""
    app = rng.choice(sorted(KH_APPS))
    label_from, way = KH_APPS[app]
    style = dict(DARK) if rng.random() < 0.35 else dict(SCREEN, band=rng.choice(BANDS), band_ink=(255, 255, 255))
    rows: list[tuple] = [bar(rng, rng.random() < 0.5)]
    if "band" not in style:  # a coloured band holds only the status bar and the app's name
        rows.append(("left", rng.choice(["<", "<  Back", "X"])))
    rows.append(("title", app))
    status, said = outcome(rng, 0.75, KH_WORDS)
    riel = rng.random() < 0.4
    currency = "KHR" if riel else "USD"
    if riel:
        total = float(rng.randrange(20, 900) * 100)
        shown_sum = f"{num(total, 'western', 0)} {rng.choice(['KHR', 'Riel'])}"
    else:
        total = round(rng.choice([1.5, 2.25, 3.75, 4.5, 6.8, 12.4, 18.9, 27.35, 43.6, 88.0]) * rng.choice([1, 1, 2]), 2)
        shown_sum = rng.choice([f"{num(total)} USD", f"$ {num(total)}", f"USD {num(total)}"])
    if said:
        rows.append(("center", said))
    rows.append(("big", ("-" if rng.random() < 0.5 else "") + shown_sum))
    rows.append(("rule",))
    shop = rng.choice(KH_SHOPS)
    rows.append(("pair", rng.choice(["Paid to", "To", "Merchant name"]), shop))
    if shown(rng, 0.4):
        handle = "".join(c for c in shop.lower() if c.isalpha())[:12]
        rows.append(("pair", rng.choice(["KHQR ID", "Bakong ID"]), f"{handle}@{KH_HANDLES[app]}"))
    method = None
    if shown(rng, 0.2):
        payer = rng.choice(KH_PAYERS)
        account = (
            f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}" if way == "netbanking" else f"0{digits(rng, 8)}"
        )
        where = f"{payer} | {account}" if way == "netbanking" else f"Wing Wallet {account}"
        rows.append(("pair", label_from, where))
        method = way
    if shown(rng, 0.5):
        rows.append(("pair", "Fee", "0.00 USD" if not riel else "0 KHR"))
    if status == "success" and not riel and shown(rng, 0.7):
        rows.append(("pair", "Cashback", f"+{num(round(total * 0.01 + 0.01, 2))} USD"))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Remark", "Purpose"]), rng.choice(["Coffee", "Groceries", "Lunch", "-"])))
    when = day(rng)
    pattern = rng.choice(["%b {d}, %Y", "%d/%m/%Y", "%d-%b-%Y", "%d %b %Y"])
    dated = None
    if shown(rng, 0.15):
        rows.append(
            ("pair", rng.choice(["Transaction date", "Date", "Date & time"]),
             f"{when_text(when, pattern)} {clock(rng, twelve=pattern.startswith('%b'))}")
        )
        dated = when
    txn = None
    ref = rng.choice([("Reference #", f"FT{when:%y%j}{digits(rng, 7)}"), ("Trx. ID", digits(rng, 10))])
    if shown(rng, 0.2):
        rows.append(("pair", *ref))
        txn = ref[1]
    if status != "failed" and shown(rng, 0.5):
        apv = digits(rng, 6)
        rows.append(("pair", "APV", apv))
        txn = txn or apv
    rows.append(("gap",))
    for label in rng.sample(["Share", "Save to gallery", "Done"], rng.choice([1, 2])):
        rows.append(("center", f"[ {label} ]"))
    return rows, done(rows, shop, total, currency, txn, dated, method, status), style


# ---------------------------------------------------------------- 2 a Zimbabwean EcoCash merchant payment SMS


ZW_MERCHANTS = [
    "OK ZIMBABWE BORROWDALE",
    "TM PICK N PAY AVONDALE",
    "SPAR NEWLANDS",
    "CHICKEN INN SAMORA MACHEL",
    "BON MARCHE BELGRAVIA",
    "FOOD WORLD MUTARE",
    "N RICHARDS BULAWAYO",
    "PUMA HILLSIDE SERVICE STN",
    "GREENWOOD PHARMACY",
    "HARARE BOOKSHOP",
]


def ecocash_sms(rng: random.Random, font: str):
    """An EcoCash message after paying a merchant: the sender EcoCash on top (never the payee), the merchant the
    message names after "to" (the payee, as printed), its merchant code, the new wallet balance, a charge and the
    IMTT tax (never the amount), in US dollars or ZiG (ZWG). The message's approval code or Txn ID is the id; a
    failed message prints none. A mobile money message is a wallet."""
    rows: list[tuple] = [bar(rng), ("left", "<"), ("title", rng.choice(["EcoCash", "+263 164"]))]
    rows.append(("small", rng.choice(["Text message", "SMS", "Today"])))
    if shown(rng, 0.6):
        rows.append(("gap",))
        wrap(rows, rng.choice([
            "EcoCash: Dial *151# to check your balance and mini statement. Pay merchants with EcoCash and win!",
            "Did you know? You can buy ZESA tokens and airtime on *151#. EcoCash, moving money made easy.",
        ]), 40)
        rows.append(("small", clock(rng)))
    rows.append(("gap",))
    ccy = rng.choice(["USD", "USD", "ZWG"])
    mark = {"USD": rng.choice(["USD", "US$"]), "ZWG": rng.choice(["ZWG", "ZiG"])}[ccy]
    total = round(rng.uniform(1.5, 85.0) * (1 if ccy == "USD" else 27), 2)
    grouping = rng.choice(["plain", "western"])

    def amt(value):
        return f"{mark}\u00a0{num(value, grouping)}"

    merchant = rng.choice(ZW_MERCHANTS)
    to = merchant.replace(" ", "\u00a0")  # the payee's name stays on one line of the message
    mcode = digits(rng, 6)
    when = day(rng)
    pattern = rng.choice(["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y"])
    stamp = f"{when_text(when, pattern)} {clock(rng)}"
    ref = f"MP{when:%y%m%d}.{rng.randrange(0, 24):02d}{rng.randrange(60):02d}.{rng.choice(UPPER)}{digits(rng, 5)}"
    balance = amt(round(rng.uniform(0.5, 200.0) * (1 if ccy == "USD" else 27), 2))
    fee = amt(round(total * 0.02, 2))
    roll = rng.random()
    status, txn, dated = "success", ref, None
    if roll < 0.2:
        status, txn = "failed", None
        text = rng.choice([
            f"EcoCash: Your payment of {amt(total)} to {to} has failed. Insufficient funds. Your balance is"
            f" {balance}.",
            f"Transaction failed: payment of {amt(total)} to {to} could not be completed. Please try again.",
        ])
    elif roll < 0.32:
        status = "pending"
        text = (
            f"Your payment of {amt(total)} to {to} is being processed. You will receive a confirmation SMS"
            f" shortly. Ref: {ref}"
        )
    elif roll < 0.52:
        status = None
        dated = when
        text = f"EcoCash Merchant Pay {amt(total)} to {to} Code {mcode} Ref {ref} {stamp} Bal {balance}"
    else:
        form = rng.randrange(3)
        if form == 0:
            text = (
                f"Payment Confirmation: You have paid {amt(total)} to {to}. Merchant code: {mcode}. Approval"
                f" Code: {ref}. New wallet balance: {balance}."
            )
        elif form == 1:
            dated = when
            text = (
                f"EcoCash: Payment of {amt(total)} to {to} was successful on {stamp}. Txn ID: {ref}. Charge:"
                f" {fee}. IMTT: {amt(round(total * 0.02, 2))}. New balance: {balance}."
            )
        else:
            dated = when
            text = (
                f"You have successfully paid {amt(total)} to {to} ({mcode}) on {stamp}. Txn ID: {ref}. Your"
                f" EcoCash balance is {balance}."
            )
    wrap(rows, text, 40)
    rows.append(("small", clock(rng)))
    rows.append(("gap",))
    rows.append(("left", "[ Text message                    > ]"))
    return rows, done(rows, merchant, total, ccy, txn, dated, "wallet", status), dict(SMS)


# ---------------------------------------------------------------- 3 a Kuwaiti KNET gateway receipt


KW_MERCHANTS = {
    "Xcite by Alghanim": ("www.xcite.com", "Expected delivery"),
    "Eureka": ("www.eureka.com.kw", "Expected delivery"),
    "The Sultan Center": ("www.sultan-center.com", "Delivery slot"),
    "Jazeera Airways": ("www.jazeeraairways.com", "Flight date"),
    "Cinescape": ("www.cinescape.com.kw", "Show date"),
    "Boutiqaat": ("www.boutiqaat.com", "Expected delivery"),
    "Ooredoo Kuwait": ("www.ooredoo.com.kw", "Next bill date"),
    "Zain Kuwait": ("www.kw.zain.com", "Valid until"),
}
KW_BANKS = ["NBK", "KFH", "Boubyan Bank", "Gulf Bank", "Burgan Bank", "Warba Bank"]


def knet_receipt(rng: random.Random, font: str):
    """A KNET payment gateway's receipt page (a browser's address bar over it) or a shop's e-mail quoting it: the shop
    (the payee) under a Merchant label or on top of the e-mail; the amount in dinars with three decimals (KD, KWD,
    K.D.), a Result of CAPTURED or NOT CAPTURED (success, failed) on the gateway page, a card's bank and masked number
    (a KNET debit card: a card), a customer's mobile and a delivery, flight, show, bill or validity day (never the
    date). The id is the strongest printed: the Reference ID, else the Transaction ID or Payment ID, else the
    Authorization code, else the shop's Track ID or Order number."""
    name = rng.choice(sorted(KW_MERCHANTS))
    site, other_day = KW_MERCHANTS[name]
    email = rng.random() < 0.35
    total = round(rng.choice([3.5, 5.25, 7.75, 12.25, 18.9, 24.5, 36.75, 59.9, 129.5, 214.0]) * rng.choice([1, 1, 2]), 3)
    mark = rng.choice(["KD", "KWD", "K.D."])
    shown_sum = f"{num(total, 'western', 3)} {mark}" if rng.random() < 0.6 else f"{mark} {num(total, 'western', 3)}"
    when = day(rng)
    pattern = rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %b %Y"])
    rows: list[tuple] = []
    status = None
    if email:
        style = dict(EMAIL)
        rows.append(("small", f"From: {name} <no-reply@{site.removeprefix('www.')}>"))
        rows.append(("rule",))
        rows.append(("title", name))
        rows.append(("center", rng.choice(["Thank you for your order", "Payment receipt", "Order confirmation"])))
        if shown(rng, 0.5):
            status = "success"
            rows.append(("center", rng.choice(["Your payment was successful", "Payment successful"])))
    else:
        style = dict(SCREEN, width=600)
        rows.append(("small", f"https://www.kpay.com.kw/kpg/receipt.htm?{code(rng, 6, ALNUM).lower()}"))
        rows.append(("title", "KNET"))
        rows.append(("center", rng.choice(["Payment Receipt", "Transaction Receipt", "Payment Result"])))
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Merchant", "Merchant Name"]), name))
        if shown(rng, 0.5):
            rows.append(("pair", "Website", site))
        roll = rng.random()
        if roll < 0.65:
            status, result = "success", "CAPTURED"
        elif roll < 0.9:
            status, result = "failed", rng.choice(["NOT CAPTURED", "CANCELED"])
        else:
            status, result = None, None
        if result:
            rows.append(("pair", "Result", result))
    rows.append(("pair", rng.choice(["Amount", "Transaction Amount", "Total Amount"]), shown_sum))
    pairs = []
    ranks = []
    if shown(rng, 0.35) and status != "failed":
        pairs.append(("Reference ID" if rng.random() < 0.5 else "Reference No.", digits(rng, 12)))
        ranks.append((0, pairs[-1][1]))
    if shown(rng, 0.3):
        label = rng.choice(["Transaction ID", "Payment ID"])
        value = digits(rng, 15) if label == "Transaction ID" else digits(rng, 18)
        pairs.append((label, value))
        ranks.append((1, value))
    if status != "failed" and shown(rng, 0.5):
        pairs.append((rng.choice(["Authorization", "Auth Code", "Auth ID"]), digits(rng, 6)))
        ranks.append((2, pairs[-1][1]))
    if shown(rng, 0.4):
        pairs.append((rng.choice(["Track ID", "Order No.", "Order number"]), f"{code(rng, 2, UPPER)}{digits(rng, 7)}"))
        ranks.append((3, pairs[-1][1]))
    rng.shuffle(pairs)
    rows.extend(("pair", label, value) for label, value in pairs)
    txn = min(ranks)[1] if ranks else None
    bank = rng.choice(KW_BANKS)
    rows.append(
        ("pair", rng.choice(["Payment Method", "Paid by", "Card"]),
         rng.choice([f"KNET - {bank}", "KNET Debit Card", f"{bank} {digits(rng, 6)}******{digits(rng, 4)}"]))
    )
    dated = None
    if shown(rng, 0.1):
        if rng.random() < 0.5:
            rows.append(("pair", rng.choice(["Date", "Transaction Date", "Payment Date"]), when_text(when, pattern)))
            rows.append(("pair", "Time", clock(rng, seconds=True)))
        else:
            rows.append(("pair", "Date & Time", f"{when_text(when, pattern)} {clock(rng, seconds=True)}"))
        dated = when
    if shown(rng, 0.5):
        rows.append(("pair", "Customer mobile", f"+965 {rng.choice('569')}{digits(rng, 7)}"))
    if shown(rng, 0.5):
        rows.append(("pair", other_day, when_text(later(when, rng, 2, 40), pattern)))
    rows.append(("gap",))
    if email:
        rows.append(("small", "This e-mail was sent from a notification-only address. Please do not reply."))
    else:
        rows.append(("center", rng.choice(["[ Print ]", "[ Back to merchant ]"])))
        rows.append(("small", "KNET - The Shared Electronic Banking Services Co."))
    return rows, done(rows, name, total, "KWD", txn, dated, "card", status), style


# ---------------------------------------------------------------- 4 a zakat body's official receipt


ZAKAT_BODIES = {
    "Lembaga Zakat Selangor": ("MYR", "Menara Lembaga Zakat Selangor, Shah Alam", "LZS"),
    "Pusat Pungutan Zakat-MAIWP": ("MYR", "Wisma PPZ, Jalan Tun Razak, Kuala Lumpur", "PPZ"),
    "Zakat Pulau Pinang": ("MYR", "Bangunan ZPP, Jalan Air Itam, Pulau Pinang", "ZPP"),
    "Majlis Ugama Islam Singapura": ("SGD", "Singapore Islamic Hub, 273 Braddell Road", "MUIS"),
}
MALAY_MONTHS = ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogos", "Sep", "Okt", "Nov", "Dis"]
ZAKAT_WAYS = {
    "MYR": [
        ("FPX - Maybank2u", "netbanking"),
        ("FPX - CIMB Clicks", "netbanking"),
        ("Kad Debit/Kredit (Visa)", "card"),
        ("Tunai / Cash", "cash"),
        ("Touch 'n Go eWallet", "wallet"),
    ],
    "SGD": [("PayNow", "netbanking"), ("eNETS Debit", "netbanking"), ("Visa ****{4}", "card"), ("Cash", "cash")],
}
ZAKAT_PAYERS = ["Nur Aisyah binti Ahmad", "Muhammad Hafiz bin Rosli", "Siti Khadijah binti Omar",
                "Ahmad Faizal bin Ismail", "Nurul Huda binte Salim", "Mohamed Irfan bin Yusof"]


def zakat_receipt(rng: random.Random, font: str):
    """A zakat body's official receipt (Malay and English labels in Malaysia, English in Singapore): the body on top
    (the payee), the payer and their NRIC and payer number (never), the zakat's kind, haul year and period, an annual
    income and the year's zakat due (never the amount; a monthly instalment is the amount where the year's due is
    printed), a tax rebate note, a printed-on day (never the date). The FPX or transaction reference is the id where
    printed, else the receipt's number."""
    name = rng.choice(sorted(ZAKAT_BODIES))
    currency, address, short = ZAKAT_BODIES[name]
    malay = currency == "MYR"
    both = malay and rng.random() < 0.6

    def lab(ms, en):
        return f"{ms} / {en}" if both else (ms if malay and rng.random() < 0.5 else en)

    mark = rng.choice(["RM", "MYR"]) if malay else rng.choice(["S$", "SGD"])
    rows: list[tuple] = [("title", name), ("small", address)]
    rows.append(("center", "RESIT RASMI / OFFICIAL RECEIPT" if malay else rng.choice(["Official Receipt", "Zakat Payment Receipt"])))
    rows.append(("rule",))
    when = day(rng)
    pattern = rng.choice(["%d/%m/%Y", "%d-%m-%Y", "{d} {mon} %Y"])
    months = MALAY_MONTHS if malay else None
    receipt_no = f"{short}{when:%y%m}-{digits(rng, 8)}"
    doc_printed = shown(rng, 0.25)
    if doc_printed:
        rows.append(("pair", lab("No. Resit", "Receipt No."), receipt_no))
    payer = rng.choice(ZAKAT_PAYERS)
    rows.append(("pair", lab("Nama Pembayar", "Payer's Name"), payer))
    if shown(rng, 0.4):
        ic = f"{digits(rng, 6)}-{digits(rng, 2)}-XXXX" if malay else f"S****{digits(rng, 3)}{rng.choice(UPPER)}"
        rows.append(("pair", lab("No. K/P", "NRIC No."), ic))
    if shown(rng, 0.6):
        rows.append(("pair", lab("No. Pembayar", "Payer ID"), f"{short}-{digits(rng, 7)}"))
    kind = rng.choice([("Zakat Pendapatan", "Income"), ("Zakat Simpanan", "Savings"), ("Zakat Perniagaan", "Business")])
    rows.append(("pair", lab("Jenis Zakat", "Zakat Type"), f"{kind[0]} ({kind[1]})" if malay else f"Zakat on {kind[1]}"))
    if shown(rng, 0.4):
        rows.append(("pair", lab("Tahun Haul", "Haul Year"), str(when.year)))
    monthly = kind[0] == "Zakat Pendapatan" and rng.random() < 0.6
    if monthly:
        yearly = round(rng.choice([900.0, 1250.0, 1680.0, 2400.0, 3150.0]), 2)
        total = round(yearly / 12, 2)
        rows.append(("pair", lab("Tempoh", "Period"), f"Jan {when.year} - Dis {when.year}" if malay else f"Jan {when.year} - Dec {when.year}"))
        if shown(rng, 0.5):
            rows.append(("pair", lab("Pendapatan Setahun", "Annual Income"), f"{mark} {num(yearly * 40)}"))
        rows.append(("pair", lab("Zakat Setahun", "Annual Zakat"), f"{mark} {num(yearly)}"))
        rows.append(("pair", lab("Ansuran Bulan Ini", "This Month's Instalment"), f"{mark} {num(total)}"))
    else:
        total = round(rng.choice([150.0, 320.5, 575.0, 1200.0, 2860.4, 4100.0]), 2)
    rows.append(("rule",))
    status, said = outcome(
        rng, 0.45,
        {
            "success": ["Pembayaran Berjaya / Payment Successful", "BERJAYA / SUCCESSFUL"] if malay
            else ["Payment Successful", "Thank you, your zakat has been received"],
            "failed": ["Pembayaran Gagal / Payment Unsuccessful"] if malay else ["Payment Unsuccessful"],
            "pending": ["Dalam Proses / Pending"] if malay else ["Payment Pending"],
        },
        p_success=0.7, p_failed=0.15,
    )
    paid = status in (None, "success")
    if not paid:  # no official receipt for a payment that failed or waits: the gateway's transaction page
        rows[2] = ("center", "STATUS TRANSAKSI / TRANSACTION STATUS" if malay else "Transaction Status")
        rows[:] = [("pair", lab("No. Transaksi", "Transaction No."), row[2]) if row[0] == "pair" and row[2] == receipt_no
                   else row for row in rows]
    rows.append(("pair", lab("Jumlah Dibayar", "Amount Paid") if paid and rng.random() < 0.6 else lab("Amaun", "Amount"),
                 f"{mark} {num(total)}"))
    printed_way, way = rng.choice(ZAKAT_WAYS[currency])
    printed_way = printed_way.replace("{4}", digits(rng, 4))
    method = None
    if shown(rng, 0.1):
        rows.append(("pair", lab("Kaedah Bayaran", "Payment Method"), printed_way))
        method = way
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", lab("Tarikh Bayaran", "Payment Date") if paid else lab("Tarikh", "Date"),
                     when_text(when, pattern, months)))
        dated = when
    txn = receipt_no if doc_printed else None
    if way in ("netbanking", "card", "wallet") and shown(rng, 0.45):
        ref = digits(rng, 16) if "FPX" in printed_way else f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        rows.append(("pair", lab("No. Rujukan FPX", "FPX Ref No.") if "FPX" in printed_way else "Transaction ID", ref))
        txn = ref
    if said:
        rows.append(("pair", "Status", said) if rng.random() < 0.5 else ("center", said))
    if shown(rng, 0.5):
        rows.append(("pair", lab("Dicetak pada", "Printed on"), when_text(later(when, rng, 1, 60), pattern, months)))
    rows.append(("gap",))
    if malay:
        rows.append(("small", "Bayaran zakat layak rebat cukai di bawah Seksyen 6A(3) Akta Cukai Pendapatan 1967."))
        rows.append(("small", "Resit ini cetakan komputer dan tidak memerlukan tandatangan."))
    else:
        rows.append(("small", "May Allah reward you for what you have given. This receipt is computer generated."))
    return rows, done(rows, name, total, currency, txn, dated, method, status), dict(A4)


# ---------------------------------------------------------------- 5 a US smog check station's invoice


SMOG_STATIONS = {
    "Golden State Smog Test Only": ("1420 S Main St, Santa Ana, CA 92707", "CA"),
    "Star Smog & Auto Repair": ("8831 Reseda Blvd, Northridge, CA 91324", "CA"),
    "Valley Test Only Smog": ("215 E Olive Ave, Fresno, CA 93728", "CA"),
    "Desert Emissions Lab": ("2950 E Tropicana Ave, Las Vegas, NV 89121", "NV"),
    "Peachtree Emissions Testing": ("3150 Roswell Rd NE, Atlanta, GA 30305", "GA"),
    "Front Range Emissions Center": ("6200 W 44th Ave, Wheat Ridge, CO 80033", "CO"),
}
CARS = ["2014 Toyota Camry", "2011 Honda Civic", "2017 Ford F-150", "2009 Nissan Altima", "2016 Subaru Outback",
        "2012 Chevrolet Malibu", "2019 Kia Soul", "2008 BMW 328i"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def smog_check(rng: random.Random, font: str):
    """A smog check or emissions testing station's invoice (a till slip or a letter page): the station on top (the
    payee), its licence number, the car, VIN, plate and odometer (never the id), the test fee, the state certificate
    fee, a coupon off; the test result PASS or FAIL (never the payment's status), the certificate number on a pass
    (never the id), a next test or registration day (never the date). Card payments print an AUTH code (the id),
    APPROVED on a share or DECLINED; cash prints tendered and change. Else the invoice's number is the id."""
    name = rng.choice(sorted(SMOG_STATIONS))
    address, state = SMOG_STATIONS[name]
    slip = rng.random() < 0.55
    style = dict(THERMAL) if slip else dict(A4, width=640)
    rows: list[tuple] = [("title", name.upper() if slip else name), ("small", address)]
    rows.append(("small", f"({rng.randrange(201, 989)}) {digits(rng, 3)}-{digits(rng, 4)}"))
    if state == "CA" and shown(rng, 0.4):
        rows.append(("center", f"Station Lic. {rng.choice(['TC', 'TB', 'RC'])}{digits(rng, 6)}"))
    rows.append(("rule",))
    when = day(rng)
    pattern = rng.choice(["%m/%d/%Y", "%m/%d/%y", "%b {d}, %Y", "%m-%d-%Y"])
    invoice = digits(rng, rng.choice([5, 6]))
    inv_shown = shown(rng, 0.15)
    if inv_shown:
        rows.append(("pair", rng.choice(["Invoice #", "INVOICE", "Invoice No."]), invoice))
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Date", "Invoice Date", "Date/Time"]),
                     f"{when_text(when, pattern)} {clock(rng, twelve=True)}"))
        dated = when
    rows.append(("pair", "Vehicle", rng.choice(CARS)))
    rows.append(("pair", "VIN", code(rng, 17, VIN_CHARS)))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Plate", "License"]), f"{digits(rng, 1)}{code(rng, 3, UPPER)}{digits(rng, 3)}"))
    if shown(rng, 0.5):
        rows.append(("pair", "Odometer", f"{num(rng.randrange(30000, 240000), 'western', 0)} mi"))
    rows.append(("rule",))
    test = rng.choice([29.95, 39.95, 44.95, 49.95, 59.95, 69.95])
    items = [(rng.choice(["Smog Inspection (OBD II)", "Smog Check", "Emissions Test"]), test)]
    if state == "CA":
        items.append(("State Certificate Fee", 8.25))
    elif state == "CO":
        items = [("Emissions Test Fee", 25.0)]
    total = 0.0
    for label, value in items:
        rows.append(("pair", label, f"${num(value)}"))
        total += value
    if shown(rng, 0.6):
        off = rng.choice([5.0, 10.0])
        rows.append(("pair", rng.choice(["Online Coupon", "Coupon", "Yelp Discount"]), f"-${num(off)}"))
        total -= off
    total = round(total, 2)
    rows.append(("pair", rng.choice(["TOTAL", "Total", "AMOUNT", "Total Due"]), f"${num(total)}"))
    roll = rng.random()
    status, txn, method = None, (invoice if inv_shown else None), None
    if roll < 0.3:
        method = "cash"
        tendered = float(-(-total // 20) * 20)
        rows.append(("pair", "CASH", f"${num(tendered)}"))
        rows.append(("pair", "CHANGE", f"${num(tendered - total)}"))
    elif roll < 0.92:
        method = "card"
        card = rng.choice(["VISA", "MASTERCARD", "DEBIT", "AMEX", "DISCOVER"])
        rows.append(("pair", f"{card} ****{digits(rng, 4)}", f"${num(total)}"))
        if rng.random() < 0.12:
            status = "failed"
            rows.append(("center", rng.choice(["DECLINED", "CARD DECLINED - please use another form of payment"])))
        else:
            if shown(rng, 0.3):
                auth = digits(rng, 6)
                rows.append(("pair", rng.choice(["AUTH CODE", "Auth #", "APPROVAL"]), auth))
                txn = auth
            if shown(rng, 0.5):
                status = "success"
                rows.append(("center", rng.choice(["APPROVED", "** APPROVED **", "Approved - thank you"])))
    rows.append(("rule",))
    passed = rng.random() < 0.75
    rows.append(("pair", rng.choice(["TEST RESULT", "Overall Result", "Result"]), "PASS" if passed else "FAIL"))
    if passed and state == "CA" and shown(rng, 0.3):
        rows.append(("pair", "Certificate #", f"{code(rng, 2, UPPER)}{digits(rng, 6)}{rng.choice(UPPER)}"))
    if passed and shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Next smog due", "Registration due"]),
                     when_text(later(when, rng, 300, 730), pattern)))
    if not passed:
        rows.append(("small", "Free retest within 30 days with this invoice."))
    rows.append(("small", rng.choice(["Thank you for your business!", "We appreciate your business."])))
    return rows, done(rows, name.upper() if slip else name, total, "USD", txn, dated, method, status), style


# ---------------------------------------------------------------- 6 an English test's booking e-mail


TEST_PROVIDERS = {
    "IDP IELTS": ("ieltsidp.com", ["NPR", "LKR", "KES", "AED"]),
    "British Council": ("britishcouncil.org", ["NGN", "LKR", "AED", "NPR"]),
    "Pearson PTE Academic": ("pearsonpte.com", ["AED", "NGN", "KES", "NPR"]),
}
TEST_FEES = {"NPR": 31500.0, "LKR": 84500.0, "KES": 31200.0, "NGN": 265000.0, "AED": 1235.0}
TEST_MARKS = {"NPR": ["NPR", "Rs."], "LKR": ["LKR", "Rs."], "KES": ["KES", "KSh"], "NGN": ["NGN", "₦"],
              "AED": ["AED", "Dhs"]}
TEST_VENUES = {
    "NPR": ["Kathmandu - Kamaladi", "Kathmandu - Putalisadak", "Pokhara - Lakeside"],
    "LKR": ["Colombo 03 - Alfred House Gardens", "Kandy - Peradeniya Road"],
    "KES": ["Nairobi - Upper Hill", "Mombasa - Nyali"],
    "NGN": ["Lagos - Ikoyi", "Abuja - Wuse II"],
    "AED": ["Dubai - Al Barsha", "Abu Dhabi - Khalifa City"],
}
TEST_WAYS = {
    "NPR": [("eSewa", "wallet"), ("Khalti", "wallet"), ("connectIPS (online banking)", "netbanking"),
            ("Visa ending {4}", "card")],
    "LKR": [("Visa ending {4}", "card"), ("Mastercard ****{4}", "card"), ("Bank transfer", "netbanking")],
    "KES": [("M-PESA", "wallet"), ("Visa ending {4}", "card")],
    "NGN": [("Card (Verve ****{4})", "card"), ("Bank transfer", "netbanking"), ("Mastercard ending {4}", "card")],
    "AED": [("Visa ending {4}", "card"), ("Apple Pay", "wallet"), ("Mastercard ****{4}", "card")],
}
CANDIDATES = ["Aarati Shrestha", "Nimal Perera", "Wanjiru Kamau", "Chinedu Okafor", "Fatima Al Marzouqi",
              "Bishal Gurung", "Tharushi Fernando", "Tunde Adeyemi"]


def english_test_booking(rng: random.Random, font: str):
    """An English test's booking e-mail (IDP IELTS, British Council, Pearson PTE Academic) in Nepal, Sri Lanka,
    Kenya, Nigeria or the UAE: the provider in the From line and on top (the payee), the candidate and their passport
    number (never), the test, its date, the speaking test's slot, the results' day and a transfer deadline (never the
    date), the test fee with a service charge and VAT added in the UAE less a promo. The payment's reference is the id
    where printed, else the booking reference."""
    name = rng.choice(sorted(TEST_PROVIDERS))
    domain, currencies = TEST_PROVIDERS[name]
    currency = rng.choice(currencies)
    mark = rng.choice(TEST_MARKS[currency])
    if mark == "Rs.":
        mark = f"{currency} " if rng.random() < 0.3 else "Rs."
    grouping = "indian" if currency == "NPR" and rng.random() < 0.5 else "western"

    def money_text(value):
        return f"{mark.strip()} {num(value, grouping)}"

    rows: list[tuple] = [("small", f"From: {name} <{rng.choice(['noreply', 'bookings', 'customerservice'])}@{domain}>"),
                         ("small", f"Subject: {rng.choice(['Your test booking', 'Booking confirmation', 'Payment receipt'])}"),
                         ("rule",), ("title", name)]
    status, said = outcome(
        rng, 0.6,
        {
            "success": ["Payment successful - your test is booked", "Your booking is confirmed", "Payment received"],
            "failed": ["Payment unsuccessful - your seat has not been reserved"],
            "pending": ["Payment pending - we will hold your seat for 48 hours"],
        },
    )
    if said and rng.random() < 0.5:
        rows.append(("center", said))
        said = None
    candidate = rng.choice(CANDIDATES)
    rows.append(("left", f"Dear {candidate},"))
    rows.append(("left", "Thank you for booking with us. Your booking details are below."))
    rows.append(("rule",))
    booking = f"{code(rng, 3, UPPER)}-{digits(rng, 7)}"
    doc = shown(rng, 0.3)
    if doc:
        rows.append(("pair", rng.choice(["Booking reference", "Booking ID", "Order number"]), booking))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Passport No.", "ID document"]), f"{rng.choice(UPPER)}{digits(rng, 7)}"))
    test = rng.choice(["IELTS Academic (computer)", "IELTS General Training (paper)", "IELTS for UKVI Academic"]) \
        if "PTE" not in name else rng.choice(["PTE Academic", "PTE Academic UKVI"])
    rows.append(("pair", "Test", test))
    when = day(rng)
    pattern = rng.choice(["{d} %B %Y", "%d/%m/%Y", "%d-%b-%Y", "%A, {d} %B %Y"])
    test_day = later(when, rng, 10, 60)
    rows.append(("pair", "Test date", when_text(test_day, pattern)))
    if "IELTS" in test and shown(rng, 0.4):
        rows.append(("pair", "Speaking test", f"{when_text(later(test_day, rng, 0, 3), pattern)} {clock(rng)}"))
    rows.append(("pair", rng.choice(["Venue", "Test centre"]), rng.choice(TEST_VENUES[currency])))
    rows.append(("rule",))
    fee = TEST_FEES[currency]
    rows.append(("pair", "Test fee", money_text(fee)))
    total = fee
    if shown(rng, 0.5):
        extra = round(fee * rng.choice([0.02, 0.03]), 0)
        rows.append(("pair", rng.choice(["Service charge", "Admin fee", "Late booking fee"]), money_text(extra)))
        total += extra
    if shown(rng, 0.7):
        off = round(fee * 0.1, 0)
        rows.append(("pair", rng.choice(["Promo code", "Discount"]), f"-{money_text(off)}"))
        total -= off
    if currency == "AED":
        vat = round(total * 0.05, 2)
        rows.append(("pair", "VAT (5%)", money_text(vat)))
        total += vat
    total = round(total, 2)
    paid = status in (None, "success")
    rows.append(("pair", rng.choice(["Total paid", "Amount paid", "Total"] if paid else ["Total", "Amount"]),
                 money_text(total)))
    method = None
    if shown(rng, 0.15):
        printed, method = rng.choice(TEST_WAYS[currency])
        rows.append(("pair", rng.choice(["Payment method", "Paid with", "Paid by"]), printed.replace("{4}", digits(rng, 4))))
    dated = None
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(["Payment date", "Paid on", "Date of payment"] if paid else ["Date"]),
                     when_text(when, pattern)))
        dated = when
    txn = booking if doc else None
    if status != "failed" and shown(rng, 0.5):
        ref = rng.choice([f"TXN{digits(rng, 10)}", f"{code(rng, 2, UPPER)}{digits(rng, 12)}"])
        rows.append(("pair", rng.choice(["Transaction ID", "Payment reference"]), ref))
        txn = ref
    if said:
        rows.append(("pair", "Payment status", said))
    if shown(rng, 0.4):
        rows.append(("pair", "Results available", when_text(later(test_day, rng, 3, 13), pattern)))
    if shown(rng, 0.5):
        rows.append(("left", f"Transfers and cancellations close on {when_text(later(test_day, rng, -7, -5), pattern)}."))
    rows.append(("gap",))
    rows.append(("small", "Bring the same passport you used to book. Good luck with your test!"))
    return rows, done(rows, name, total, currency, txn, dated, method, status), dict(EMAIL)


# ---------------------------------------------------------------- 7 a public swimming pool's till slip


POOLS = {
    "Laugardalslaug": ("is", "Sundlaugavegur 30, 105 Reykjavík"),
    "Sundhöllin": ("is", "Barónsstígur 45a, 101 Reykjavík"),
    "Vesturbæjarlaug": ("is", "Hofsvallagata, 107 Reykjavík"),
    "Árbæjarlaug": ("is", "Fylkisvegur 9, 110 Reykjavík"),
    "Yrjönkadun uimahalli": ("fi", "Yrjönkatu 21 b, 00120 Helsinki"),
    "Mäkelänrinteen uimahalli": ("fi", "Mäkelänkatu 49, 00550 Helsinki"),
    "Allas Sea Pool": ("fi", "Katajanokanlaituri 2a, 00160 Helsinki"),
    "Itäkeskuksen uimahalli": ("fi", "Olavinlinnantie 4, 00900 Helsinki"),
}
POOL_ITEMS = {
    "is": [("Fullorðinn", 1330.0), ("Barn 6-17 ára", 220.0), ("Handklæði", 1050.0), ("Sundföt", 1050.0),
           ("Eldri borgari", 330.0)],
    "fi": [("Aikuinen", 6.9), ("Lapsi 7-17 v", 3.4), ("Pyyhe", 4.0), ("Uimapuku vuokra", 5.0), ("Eläkeläinen", 4.6)],
}
POOL_WORDS = {
    "is": {"head": "KVITTUN", "no": ["Kvittun nr.", "Nótunúmer"], "date": "Dags.", "time": "Kl.", "total":
           ["Samtals", "Alls", "Til greiðslu"], "card": "Kort", "cash": "Peningar", "change": "Til baka", "auth":
           "Heimild", "ok": "Samþykkt", "no_ok": "Hafnað", "vat": "Þar af VSK 11%", "till": "Kassi", "id":
           "Kt. 530269-7609", "pass": ("10 miða kort", 8500.0, "Gildir til"), "thanks": "Takk fyrir komuna!"},
    "fi": {"head": "KUITTI", "no": ["Kuitti nro", "Kuittinumero"], "date": "Pvm", "time": "klo", "total":
           ["Yhteensä", "YHTEENSÄ", "Maksettava"], "card": "Pankkikortti", "cash": "Käteinen", "change": "Takaisin",
           "auth": "Arkistointitunnus", "ok": "Hyväksytty", "no_ok": "Hylätty", "vat": "ALV 10 %", "till": "Kassa",
           "id": "Y-tunnus 0201256-6", "pass": ("Sarjalippu 10 krt", 59.0, "Voimassa"), "thanks":
           "Kiitos käynnistä!"},
}


def pool_slip(rng: random.Random, font: str):
    """An Icelandic or Finnish public swimming pool's till slip in the country's own words: the pool on top (the
    payee), the city's or company's id and the till (never), tickets, towel and swimsuit rentals and a ten-visit
    card with its validity (never the date), the VAT included (never the amount), kronur without decimals (1.330
    kr.) or euros with decimal commas. Card payments print an approval word (Samþykkt, Hyväksytty: success; Hafnað,
    Hylätty: failed) on a share and the authorisation (Heimild) or archive number (Arkistointitunnus), the id;
    else the slip's number. Cash prints tendered and change."""
    name = rng.choice(sorted(POOLS))
    lang, address = POOLS[name]
    words = POOL_WORDS[lang]
    currency = "ISK" if lang == "is" else "EUR"
    places = 0 if lang == "is" else 2
    grouping = "european" if lang == "is" else rng.choice(["space", "european"])
    suffix = rng.choice([" kr.", " kr", ""]) if lang == "is" else rng.choice([" €", " EUR", ""])

    def m(value):
        return f"{num(value, grouping, places)}{suffix}"

    rows: list[tuple] = [("title", name), ("small", address), ("small", words["id"])]
    when = day(rng)
    pattern = rng.choice(["%d.%m.%Y", "{d}.%m.%Y", "%d.%m.%y"])
    rows.append(("center", words["head"]))
    slip_no = digits(rng, rng.choice([5, 6]))
    no_shown = shown(rng, 0.2)
    if no_shown:
        rows.append(("pair", rng.choice(words["no"]), slip_no))
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", words["date"], f"{when_text(when, pattern)} {words['time']} {clock(rng)}"))
        dated = when
    rows.append(("pair", words["till"], f"{rng.randrange(1, 5)}  /  {rng.choice(['Anna', 'Jón', 'Sigga'] if lang == 'is' else ['Aino', 'Mikko'])}"))
    rows.append(("rule",))
    total = 0.0
    picks = rng.sample(POOL_ITEMS[lang][:2] + POOL_ITEMS[lang][4:], rng.choice([1, 2]))
    if shown(rng, 0.6):
        picks.append(rng.choice(POOL_ITEMS[lang][2:4]))
    series = rng.random() < 0.25
    if series:
        label, value, valid = words["pass"]
        picks = [(label, value)]
    for label, value in picks:
        count = rng.choice([1, 1, 2]) if not series else 1
        line = round(value * count, 2)
        rows.append(("pair", f"{count} x {label}" if count > 1 else label, m(line)))
        total += line
    total = round(total, 2)
    if series:
        rows.append(("pair", words["pass"][2], when_text(later(when, rng, 180, 365), pattern)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(words["total"]), m(total)))
    rate = 0.11 if lang == "is" else 0.10
    if shown(rng, 0.4):
        rows.append(("pair", words["vat"], m(round(total * rate / (1 + rate), places))))
    status, txn, method = None, (slip_no if no_shown else None), None
    if rng.random() < 0.3:
        method = "cash"
        tendered = float(-(-total // 1000) * 1000) if lang == "is" else float(-(-total // 10) * 10)
        rows.append(("pair", words["cash"], m(tendered)))
        rows.append(("pair", words["change"], m(round(tendered - total, 2))))
    else:
        method = "card"
        rows.append(("pair", f"{words['card']} {rng.choice(['VISA', 'MASTERCARD', 'DEBIT'])} ****{digits(rng, 4)}",
                     m(total)))
        if rng.random() < 0.1:
            status = "failed"
            rows.append(("center", words["no_ok"].upper()))
        else:
            if shown(rng, 0.4):
                auth = digits(rng, 6) if lang == "is" else digits(rng, 12)
                rows.append(("pair", words["auth"], auth))
                txn = auth
            if shown(rng, 0.5):
                status = "success"
                rows.append(("center", words["ok"].upper()))
    rows.append(("gap",))
    rows.append(("small", words["thanks"]))
    return rows, done(rows, name, total, currency, txn, dated, method, status), dict(THERMAL)


# ---------------------------------------------------------------- 8 a Serbian fiscal receipt


RS_SHOPS = {
    "Maxi": "DELHAIZE SERBIA DOO BEOGRAD",
    "IDEA": "MERCATOR-S DOO NOVI SAD",
    "Lilly drogerija": "LILLY DROGERIE DOO BEOGRAD",
    "Univerexport": "UNIVEREXPORT DOO NOVI SAD",
    "DIS": "DIS DOO KRNJEVO",
    "Gomex": "GOMEX DOO ZRENJANIN",
    "Tehnomanija": "TEHNOMANIJA DOO BEOGRAD",
}
RS_ITEMS = [("Хлеб бели 500г", "Hleb beli 500g", 89.99, "Е"), ("Млеко 2,8% 1л", "Mleko 2,8% 1l", 139.99, "Е"),
            ("Јогурт 1кг", "Jogurt 1kg", 164.99, "Е"), ("Кафа 200г", "Kafa 200g", 429.99, "Ђ"),
            ("Шампон 400мл", "Šampon 400ml", 349.99, "Ђ"), ("Детерџент 3кг", "Deterdžent 3kg", 1199.99, "Ђ"),
            ("Чоколада 100г", "Čokolada 100g", 179.99, "Ђ"), ("Јаја 10 ком", "Jaja 10 kom", 299.99, "Е"),
            ("Сок поморанџа 1л", "Sok pomorandža 1l", 219.99, "Ђ"), ("Кеса", "Kesa", 15.0, "Ђ")]
RS_WORDS = {
    "cyr": {"head": "ФИСКАЛНИ РАЧУН", "end": "КРАЈ ФИСКАЛНОГ РАЧУНА", "pib": "ПИБ", "shop": "Место продаје",
            "cashier": "Касир", "esir": "ЕСИР број", "sale": "ПРОМЕТ ПРОДАЈА", "items": "Артикли",
            "cols": "Назив   Цена   Кол.   Укупно", "total": "Укупан износ", "cash": "Готовина", "card":
            "Платна картица", "change": "Повраћај", "taxhead": "Ознака  Име  Стопа  Порез", "taxsum":
            "Укупан износ пореза", "time": "ПФР време", "number": "ПФР број рачуна", "counter": "Бројач рачуна",
            "buyer": "Купац ИД", "din": "дин.", "names": ["Ана", "Марко", "Јелена", "Никола"]},
    "lat": {"head": "FISKALNI RAČUN", "end": "KRAJ FISKALNOG RAČUNA", "pib": "PIB", "shop": "Mesto prodaje",
            "cashier": "Kasir", "esir": "ESIR broj", "sale": "PROMET PRODAJA", "items": "Artikli",
            "cols": "Naziv   Cena   Kol.   Ukupno", "total": "Ukupan iznos", "cash": "Gotovina", "card":
            "Platna kartica", "change": "Povraćaj", "taxhead": "Oznaka  Ime  Stopa  Porez", "taxsum":
            "Ukupan iznos poreza", "time": "PFR vreme", "number": "PFR broj računa", "counter": "Brojač računa",
            "buyer": "Kupac ID", "din": "din.", "names": ["Ana", "Marko", "Jelena", "Nikola"]},
}
RS_TAX = {"Ђ": ("О-ПДВ", "O-PDV", 0.20), "Е": ("П-ПДВ", "P-PDV", 0.10)}


def serbian_fiscal(rng: random.Random, font: str):
    """A Serbian fiscal receipt (ФИСКАЛНИ РАЧУН, or FISKALNI RAČUN in Latin script) in dinars with decimal commas:
    the shop's brand on top (the payee, as printed), the company's name, PIB (tax number) and point of sale (never),
    the cashier and ESIR number, items with their tax labels (Ђ 20%, Е 10%), the total, cash tendered and change or
    a payment card, the tax table (never the amount), the PFR time (the date) and the PFR receipt number (the id) with
    the receipt counter (never). A share of card receipts ends with the bank's POS slip: its approval (ODOBRENO,
    success) and authorisation code (the id)."""
    brand = rng.choice(sorted(RS_SHOPS))
    script = "cyr" if rng.random() < 0.6 else "lat"
    w = RS_WORDS[script]
    rows: list[tuple] = [("title", brand)]
    rows.append(("center", f"{'=' * 6} {w['head']} {'=' * 6}"))
    rows.append(("left", f"{w['pib']}: 1{digits(rng, 8)}"))
    rows.append(("left", RS_SHOPS[brand]))
    rows.append(("left", f"{w['shop']}: {digits(rng, 7)}-{brand} {rng.randrange(2, 400)}"))
    rows.append(("left", rng.choice(["Булевар ослобођења 12, Нови Сад", "Кнез Михаилова 30, Београд"] if script == "cyr"
                                    else ["Bulevar oslobođenja 12, Novi Sad", "Knez Mihailova 30, Beograd"])))
    rows.append(("left", f"{w['cashier']}: {rng.choice(w['names'])}"))
    rows.append(("left", f"{w['esir']}: {rng.randrange(10, 999)}/{rng.choice(['1.0', '2.0', '2.1'])}"))
    if shown(rng, 0.8):
        rows.append(("left", f"{w['buyer']}: 10:{digits(rng, 9)}"))
    rows.append(("center", f"{'-' * 8} {w['sale']} {'-' * 8}"))
    rows.append(("left", w["items"]))
    rows.append(("small", w["cols"]))
    total, taxes = 0.0, {}
    for cyr, lat, unit, mark in rng.sample(RS_ITEMS, rng.randrange(2, 6)):
        count = rng.choice([1, 1, 2, 3])
        line = round(unit * count, 2)
        shown_mark = mark if script == "cyr" else {"Ђ": "Đ", "Е": "E"}[mark]
        rows.append(("left", f"{cyr if script == 'cyr' else lat} ({shown_mark})"))
        rows.append(("right", f"{num(unit, 'european')}   {count}   {num(line, 'european')}"))
        total += line
        taxes[mark] = taxes.get(mark, 0.0) + line
    total = round(total, 2)
    rows.append(("rule",))
    din = rng.choice([" RSD", f" {w['din']}", ""])
    rows.append(("pair", f"{w['total']}:" if din else f"{w['total']} (RSD):", f"{num(total, 'european')}{din}"))
    card = rng.random() < 0.55
    if card:
        rows.append(("pair", f"{w['card']}:", num(total, "european")))
    else:
        tendered = float(-(-total // 500) * 500)
        rows.append(("pair", f"{w['cash']}:", num(tendered, "european")))
        rows.append(("pair", f"{w['change']}:", num(round(tendered - total, 2), "european")))
    rows.append(("rule",))
    rows.append(("small", w["taxhead"]))
    tax_total = 0.0
    for mark, gross in sorted(taxes.items()):
        label = RS_TAX[mark][0 if script == "cyr" else 1]
        rate = RS_TAX[mark][2]
        tax = round(gross * rate / (1 + rate), 2)
        tax_total += tax
        shown_mark = mark if script == "cyr" else {"Ђ": "Đ", "Е": "E"}[mark]
        rows.append(("small", f"{shown_mark}   {label}   {num(rate * 100, 'european')}%   {num(tax, 'european')}"))
    rows.append(("pair", f"{w['taxsum']}:", num(round(tax_total, 2), "european")))
    rows.append(("rule",))
    when = day(rng)
    number = f"{code(rng, 8, UPPER + '0123456789')}-{code(rng, 8, UPPER + '0123456789')}-{rng.randrange(1000, 99999)}"
    dated = None
    if shown(rng, 0.05):
        rows.append(("pair", f"{w['time']}:", f"{when:%d.%m.%Y.} {clock(rng, seconds=True)}"))
        dated = when
    txn = None
    if shown(rng, 0.1):
        rows.append(("left", f"{w['number']}:"))
        rows.append(("right", number))
        txn = number
    if shown(rng, 0.3):
        rows.append(("pair", f"{w['counter']}:", f"{rng.randrange(100, 9999)}/{rng.randrange(10000, 99999)}ПП"
                     if script == "cyr" else f"{rng.randrange(100, 9999)}/{rng.randrange(10000, 99999)}PP"))
    rows.append(("center", "[ QR ]"))
    rows.append(("center", f"{'=' * 4} {w['end']} {'=' * 4}"))
    status = None
    method = "card" if card else "cash"
    if card and rng.random() < 0.45:
        rows.append(("gap",))
        rows.append(("center", rng.choice(["Banca Intesa", "OTP banka", "AIK banka", "Raiffeisen banka"])))
        rows.append(("pair", "TID", digits(rng, 8)))
        rows.append(("pair", rng.choice(["VISA", "MASTERCARD", "DINACARD"]), f"************{digits(rng, 4)}"))
        rows.append(("pair", "IZNOS", f"{num(total, 'european')} RSD"))
        auth = digits(rng, 6)
        rows.append(("pair", rng.choice(["Autorizacioni kod", "AUT. KOD"]), auth))
        txn = auth
        rows.append(("center", rng.choice(["ODOBRENO", "TRANSAKCIJA ODOBRENA"])))
        status = "success"
    return rows, done(rows, brand, total, "RSD", txn, dated, method, status), dict(THERMAL, width=470)


# ---------------------------------------------------------------- 9 a Uruguayan restaurant's card voucher


UY_PLACES = ["LA PULPERIA", "CAFE MISTERIO", "EL PALENQUE MERCADO DEL PUERTO", "FRANCIS PUNTA CARRETAS",
             "BAR TINKAL", "JACINTO RESTAURANTE", "PARRILLA EL FOGON", "ESTRECHO CIUDAD VIEJA"]
UY_ACQUIRERS = ["VISANET", "OCA", "FISERV", "GETNET"]


def uruguay_voucher(rng: random.Random, font: str):
    """A Uruguayan restaurant's card voucher (a monospaced slip): the restaurant on top (the payee), its RUT, the
    acquirer, the merchant (COMERCIO) and terminal numbers, batch (LOTE) and ticket numbers, the card, its
    instalments (CUOTAS), the currency in words or a code (MONEDA: PESOS, UYU, DOLARES; $ on a peso slip is UYU, U$S
    dollars), the sum (IMPORTE), a tip (PROPINA) added and the law's VAT refund (LEY 17934, DEV. IVA) taken off:
    the TOTAL is the amount. APROBADA on a share (success) or RECHAZADA (failed). The approval code (AUT) is the id,
    else the TICKET number."""
    name = rng.choice(UY_PLACES)
    rows: list[tuple] = [("title", name), ("center", f"RUT {digits(rng, 2)} {digits(rng, 6)} 00{digits(rng, 2)}"),
                         ("center", rng.choice(["MONTEVIDEO", "PUNTA DEL ESTE", "COLONIA DEL SACRAMENTO"]))]
    rows.append(("rule",))
    acquirer = rng.choice(UY_ACQUIRERS)
    rows.append(("center", acquirer))
    rows.append(("pair", "COMERCIO:", digits(rng, 7)))
    rows.append(("pair", "TERMINAL:", code(rng, 8, "0123456789")))
    rows.append(("pair", "LOTE:", f"{rng.randrange(1, 400):03d}"))
    ticket = f"{rng.randrange(1, 9999):04d}"
    ticket_shown = shown(rng, 0.2)
    if ticket_shown:
        rows.append(("pair", "TICKET:", ticket))
    when = day(rng)
    pattern = rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%m-%Y"])
    dated = None
    if shown(rng, 0.1):
        rows.append(("left", f"FECHA: {when_text(when, pattern)}  HORA: {clock(rng)}"))
        dated = when
    rows.append(("center", rng.choice(["VENTA", "COMPRA"])))
    card = rng.choice(["VISA", "MASTERCARD", "OCA", "MAESTRO DEBITO", "VISA DEBITO"])
    rows.append(("left", f"{card} ************{digits(rng, 4)}"))
    rows.append(("pair", "CUOTAS:", "1"))
    dollars = rng.random() < 0.2
    currency = "USD" if dollars else "UYU"
    mark = "U$S" if dollars else rng.choice(["$", "$U"])
    rows.append(("pair", "MONEDA:", ("DOLARES" if dollars else rng.choice(["PESOS", "UYU", "PESOS URUGUAYOS"]))))
    base = round(rng.uniform(18, 140), 2) if dollars else round(rng.uniform(480, 6800), 0)
    rows.append(("pair", "IMPORTE:", f"{mark} {num(base, 'european')}"))
    total = base
    if shown(rng, 0.5):
        tip = round(base * 0.1, 2)
        rows.append(("pair", "PROPINA:", f"{mark} {num(tip, 'european')}"))
        total += tip
    refund = round(base * 9 / 122, 2)
    rows.append(("pair", rng.choice(["DESC. LEY 17934:", "DEV. IVA LEY 17934:", "DESCUENTO IVA:"]),
                 f"-{mark} {num(refund, 'european')}"))
    total = round(total - refund, 2)
    rows.append(("pair", "TOTAL:", f"{mark} {num(total, 'european')}"))
    status, txn = None, (ticket if ticket_shown else None)
    if rng.random() < 0.12:
        status = "failed"
        rows.append(("center", rng.choice(["RECHAZADA", "TRANSACCION RECHAZADA", "DENEGADA"])))
    else:
        if shown(rng, 0.3):
            auth = digits(rng, 6)
            rows.append(("pair", rng.choice(["AUT:", "COD. AUT.:", "AUTORIZACION:"]), auth))
            txn = auth
        if shown(rng, 0.5):
            status = "success"
            rows.append(("center", rng.choice(["APROBADA", "TRANSACCION APROBADA"])))
        rows.append(("gap",))
        rows.append(("left", "FIRMA: ______________________"))
        rows.append(("left", "ACLARACION: _________________"))
    rows.append(("center", rng.choice(["COPIA CLIENTE", "*** CLIENTE ***"])))
    return rows, done(rows, name, total, currency, txn, dated, "card", status), dict(THERMAL)


# ---------------------------------------------------------------- 10 a pay-as-you-go solar kit's payment SMS


SOLAR = {
    "Sun King": ["UGX", "NGN", "ZMW", "KES"],
    "M-KOPA": ["KES", "UGX", "NGN"],
    "d.light": ["KES", "UGX", "RWF"],
    "Bboxx": ["RWF", "KES"],
    "Fenix": ["UGX", "ZMW"],
}
SOLAR_CCY = {
    "UGX": (["UGX", "USh"], 0, [5000, 10000, 15000, 30000], ["MTN MoMo", "Airtel Money"]),
    "KES": (["KES", "Ksh"], 0, [50, 100, 350, 1500], ["M-PESA"]),
    "RWF": (["RWF", "Frw"], 0, [1500, 3000, 6000, 12000], ["MTN MoMo", "Airtel Money"]),
    "ZMW": (["ZMW", "K"], 2, [25.0, 60.0, 120.0, 250.0], ["MTN MoMo", "Airtel Money", "Zamtel Kwacha"]),
    "NGN": (["NGN", "₦"], 2, [1500.0, 3000.0, 4500.0, 9000.0], ["OPay", "bank transfer"]),
}
SOLAR_NAMES = ["Okello", "Uwase", "Mwangi", "Banda", "Adaeze", "Nakato", "Mutale", "Kiprono"]


def solar_payg(rng: random.Random, font: str):
    """A pay-as-you-go solar kit's payment message (Sun King, M-KOPA, d.light, Bboxx, Fenix): the company on top and
    in the message (the payee), the customer's account number and the unlock code (never the id), the days added, the
    day the kit runs until and the next payment (never the date), the balance left to own the kit (never the
    amount), in shillings, francs, kwacha or naira. The mobile money reference (Ref, Txn ID, MoMo ID) is the id; way
    paid by a wallet (MTN MoMo, Airtel Money, M-PESA, Zamtel Kwacha, OPay) where named, a bank transfer a netbanking.
    A terse message with only the sum, the code and the balance states no outcome."""
    name = rng.choice(sorted(SOLAR))
    currency = rng.choice(SOLAR[name])
    marks, places, prices, ways = SOLAR_CCY[currency]
    mark = rng.choice(marks)
    total = float(rng.choice(prices))

    def amt(value):
        return f"{mark}\u00a0{num(value, 'western', places)}" if mark not in ("₦", "K") else f"{mark}{num(value, 'western', places)}"

    rows: list[tuple] = [bar(rng), ("left", "<"), ("title", name), ("small", "Text message")]
    rows.append(("gap",))
    when = day(rng)
    pattern = rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%d/%m/%y"])
    account = digits(rng, 8)
    unlock = " ".join(digits(rng, 3) for _ in range(rng.choice([3, 4])))
    days = rng.choice([7, 14, 30])
    until = when_text(later(when, rng, days, days + 2), pattern)
    balance = amt(total * rng.randrange(8, 60))
    printed_way = rng.choice(ways)
    way = "netbanking" if printed_way == "bank transfer" else "wallet"
    ref = rng.choice([code(rng, 10, ALNUM), digits(rng, 11), f"MP{digits(rng, 9)}"])
    roll = rng.random()
    txn, dated, method, status = None, None, None, None
    if roll < 0.15:
        status = "failed"
        text = (
            f"{name}: Your payment of {amt(total)} for account {account} was not successful. Please try again or"
            f" contact us on 0800 {digits(rng, 6)}."
        )
    elif roll < 0.27:
        status, method, txn = "pending", way, ref
        text = (
            f"{name}: We have received your {printed_way} payment request of {amt(total)} for account {account}."
            f" Ref: {ref}. Your code will be sent once the payment is confirmed."
        )
    elif roll < 0.5:
        text = f"{name} Acc {account} Amt {amt(total)} Code {unlock} Exp {until} Bal {balance}"
    else:
        status = "success"
        form = rng.randrange(2)
        if form == 0:
            dated, txn = when, ref
            text = (
                f"{name}: Payment of {amt(total)} received on {when_text(when, pattern)} for account {account}."
                f" Ref: {ref}. Your code is {unlock}. It unlocks your system for {days} days, until {until}."
                f" Balance to own: {balance}."
            )
        else:
            method, txn = way, ref
            text = (
                f"Dear {rng.choice(SOLAR_NAMES)}, we have received your payment of {amt(total)} via {printed_way}"
                f" (Txn ID {ref}). Account {account} is active until {until}. Outstanding balance {balance}."
                f" Thank you for choosing {name}."
            )
    wrap(rows, text, 40)
    rows.append(("small", clock(rng)))
    if status == "success" and shown(rng, 0.5):
        rows.append(("gap",))
        wrap(rows, f"{name}: Next payment due {when_text(later(when, rng, days, days + 3), pattern)}. Pay early to"
                   " keep your lights on!", 40)
    rows.append(("gap",))
    rows.append(("left", "[ Text message                    > ]"))
    return rows, done(rows, name, total, currency, txn, dated, method, status), dict(SMS)


# ---------------------------------------------------------------- 11 an orthodontic instalment receipt


ORTHO = {
    "Harbourside Orthodontics": ("AUD", "Level 2, 45 Alfred St, Milsons Point NSW 2061", "ABN 41 123 456 789"),
    "Southbank Orthodontic Group": ("AUD", "12 Sturt St, Southbank VIC 3006", "ABN 63 987 654 321"),
    "Bloor West Orthodontics": ("CAD", "2290 Bloor St W, Toronto ON M6S 1N9", "HST No. 81234 5678 RT0001"),
    "Kitsilano Orthodontic Centre": ("CAD", "2083 W 4th Ave, Vancouver BC V6J 1N3", "GST No. 79876 5432 RT0001"),
    "Auckland Orthodontic Centre": ("NZD", "120 Remuera Rd, Remuera, Auckland 1050", "GST No. 112-345-678"),
    "Orthodontic Centre @ Novena": ("SGD", "10 Sinaran Drive, #09-12 Novena Medical Center", "UEN 201912345K"),
    "Jumeirah Orthodontic Clinic": ("AED", "Villa 42, Jumeirah Beach Rd, Dubai", "TRN 100234567800003"),
}
ORTHO_MARKS = {"AUD": ["$", "A$", "AUD"], "CAD": ["$", "CA$", "CAD"], "NZD": ["$", "NZ$", "NZD"],
               "SGD": ["S$", "SGD"], "AED": ["AED", "Dhs"]}
ORTHO_WAYS = {
    "AUD": [("EFTPOS", "card"), ("Visa ****{4}", "card"), ("Cash", "cash"), ("Apple Pay", "wallet")],
    "CAD": [("Interac Debit", "card"), ("Mastercard ****{4}", "card"), ("Cash", "cash")],
    "NZD": [("EFTPOS", "card"), ("Visa ****{4}", "card"), ("Internet banking transfer", "netbanking")],
    "SGD": [("NETS", "card"), ("Visa ****{4}", "card"), ("PayNow", "netbanking")],
    "AED": [("Visa ****{4}", "card"), ("Cash", "cash"), ("Apple Pay", "wallet")],
}
ORTHO_PEOPLE = ["Olivia Nguyen", "Liam Chen", "Ava Patel", "Noah Williams", "Mia Tan", "Zayd Hassan"]
ORTHO_DOCTORS = ["Dr Sarah Whitfield", "Dr James Koh", "Dr Priya Raman", "Dr Daniel Okoro", "Dr Hannah Berg"]


def ortho_instalment(rng: random.Random, font: str):
    """An orthodontic practice's receipt for one instalment of a treatment plan (Australia, Canada, New Zealand,
    Singapore, the UAE): the practice on top (the payee), its ABN, GST, HST, UEN or TRN (never), the patient, the
    account holder and the orthodontist (never), a patient or chart number, a health fund's member number (never),
    the treatment, its start, the next instalment's due day (never the date), the treatment's whole fee, the deposit,
    the sum paid to date and the balance left (never the amount); the amount is this instalment with a late fee where
    added. The card's transaction reference is the id where printed, else the receipt's number."""
    name = rng.choice(sorted(ORTHO))
    currency, address, tax_id = ORTHO[name]
    mark = rng.choice(ORTHO_MARKS[currency])

    def m(value):
        return f"{mark}{num(value)}" if mark.endswith("$") else f"{mark} {num(value)}"

    status, said = outcome(
        rng, 0.5,
        {"success": ["PAID - thank you", "Payment received with thanks"],
         "failed": ["Payment declined - please contact reception"], "pending": ["Payment processing"]},
        p_success=0.7, p_failed=0.2,
    )
    paid = status in (None, "success")
    rows: list[tuple] = [("title", name), ("small", address), ("small", tax_id)]
    rows.append(("center", rng.choice(["RECEIPT", "Payment Receipt", "Tax Invoice / Receipt", "Instalment Receipt"]
                                      if paid else ["Payment Advice", "Instalment Notice"])))
    rows.append(("rule",))
    when = day(rng)
    pattern = rng.choice(["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%d-%m-%Y"])
    receipt_no = f"R{digits(rng, 6)}"
    doc = shown(rng, 0.2)
    if doc:
        rows.append(("pair", rng.choice(["Receipt No.", "Receipt #", "Invoice No."] if paid else ["Invoice No."]),
                     receipt_no))
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Date", "Payment date", "Date paid"] if paid else ["Date"]),
                     when_text(when, pattern)))
        dated = when
    patient = rng.choice(ORTHO_PEOPLE)
    rows.append(("pair", "Patient", patient))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Patient ID", "Chart No."]), digits(rng, 6)))
    if shown(rng, 0.5):
        parent = rng.choice([p for p in ORTHO_PEOPLE if p != patient]).split()[0] + " " + patient.split()[1]
        rows.append(("pair", rng.choice(["Account holder", "Responsible party"]), parent))
    rows.append(("pair", rng.choice(["Orthodontist", "Treating practitioner"]), rng.choice(ORTHO_DOCTORS)))
    if currency == "AUD" and shown(rng, 0.5):
        rows.append(("pair", "Health fund", f"{rng.choice(['Bupa', 'Medibank', 'HCF', 'nib'])} - member {digits(rng, 8)}"))
    treatment = rng.choice(["Comprehensive treatment - fixed braces (upper & lower)", "Invisalign Comprehensive",
                            "Phase 1 interceptive treatment", "Clear aligners - moderate"])
    rows.append(("pair", "Treatment", treatment))
    if shown(rng, 0.5):
        rows.append(("pair", "Treatment start", when_text(when - dt.timedelta(days=rng.randrange(60, 500)), pattern)))
    rows.append(("rule",))
    fee = float(rng.choice([5400, 6800, 7200, 8450, 9900])) * (2.5 if currency == "AED" else 1)
    deposit = round(fee * 0.2, 2)
    count = rng.choice([12, 18, 24])
    instalment = round((fee - deposit) / count, 2)
    number = rng.randrange(2, count)
    rows.append(("pair", rng.choice(["Total treatment fee", "Contract fee"]), m(fee)))
    if shown(rng, 0.5):
        rows.append(("pair", "Initial payment (deposit)", m(deposit)))
    rows.append(("pair", f"Instalment {number} of {count}", m(instalment)))
    total = instalment
    if shown(rng, 0.8):
        rows.append(("pair", "Late payment fee", m(25.0)))
        total += 25.0
    total = round(total, 2)
    rows.append(("pair", rng.choice(["Amount paid", "Total paid today", "This payment"] if paid else ["Amount"]),
                 m(total)))
    printed, way = rng.choice(ORTHO_WAYS[currency])
    method = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Payment method", "Paid by", "Tender"]), printed.replace("{4}", digits(rng, 4))))
        method = way
    txn = receipt_no if doc else None
    if way == "card" and status != "failed" and shown(rng, 0.5):
        ref = digits(rng, 12)
        rows.append(("pair", rng.choice(["Transaction ref", "Card ref"]), ref))
        txn = ref
    if said:
        rows.append(("center", said))
    paid_to_date = round(deposit + instalment * number, 2)
    if shown(rng, 0.4):
        rows.append(("pair", "Paid to date", m(paid_to_date)))
    if shown(rng, 0.3):
        rows.append(("pair", "Balance remaining", m(round(fee - paid_to_date, 2))))
    if shown(rng, 0.3):
        rows.append(("pair", "Next instalment due", when_text(later(when, rng, 28, 31), pattern)))
    rows.append(("gap",))
    rows.append(("small", "Please keep this receipt for your records."))
    return rows, done(rows, name, total, currency, txn, dated, method, status), dict(A4)


# ---------------------------------------------------------------- 12 a medical laboratory's bill


LABS = {
    "Microlabs": ("JMD", "en", "5 Hope Rd, Kingston 10", "TRN 000-123-456"),
    "Caledonia Medical Laboratory": ("JMD", "en", "Caledonia Ave, Cross Roads, Kingston 5", "TRN 001-234-567"),
    "St. Clair Medical Laboratory": ("TTD", "en", "18 Elizabeth St, St. Clair, Port of Spain", "VAT Reg. 123456"),
    "Bayview Medical Laboratory": ("BBD", "en", "Beckwith Place, Bridgetown", "VAT Reg. 1000234567"),
    "Laboratorio Clínico Amadita": ("DOP", "es", "Av. Abraham Lincoln 1005, Santo Domingo", "RNC 1-01-12345-6"),
    "Referencia Laboratorio Clínico": ("DOP", "es", "Av. Rómulo Betancourt 1412, Santo Domingo", "RNC 1-30-54321-8"),
}
LAB_TESTS = {
    "en": [("Complete Blood Count (CBC)", 2900.0), ("Lipid Profile", 5200.0), ("HbA1c", 4800.0),
           ("TSH", 5600.0), ("Urinalysis", 1800.0), ("Vitamin D (25-OH)", 9800.0), ("Fasting Glucose", 1500.0)],
    "es": [("Hemograma completo", 650.0), ("Perfil lipídico", 1400.0), ("Hemoglobina glicosilada", 1200.0),
           ("TSH", 1350.0), ("Examen de orina", 450.0), ("Vitamina D", 2900.0), ("Glucosa en ayunas", 350.0)],
}
LAB_SCALE = {"JMD": 1.0, "TTD": 0.045, "BBD": 0.0135, "DOP": 1.0}
LAB_MARKS = {"JMD": ["J$", "JMD"], "TTD": ["TT$", "TTD"], "BBD": ["BDS$", "BBD"], "DOP": ["RD$", "DOP"]}
LAB_INSURERS = {"JMD": ["Sagicor", "Guardian Life", "Canopy"], "TTD": ["Sagicor", "Guardian Life", "Beacon"],
                "BBD": ["Sagicor", "BMI"], "DOP": ["ARS Humano", "ARS Universal", "ARS Palic", "SeNaSa"]}
LAB_PATIENTS = {"en": ["Andre Campbell", "Keisha Thompson", "Ravi Maharaj", "Shanice Clarke", "Marlon Brown"],
                "es": ["María Fernández", "José Rodríguez", "Yokasta Peña", "Luis Almonte", "Carmen Batista"]}


def lab_bill(rng: random.Random, font: str):
    """A medical laboratory's bill (Jamaica, Trinidad and Tobago, Barbados in English; the Dominican Republic in
    Spanish): the laboratory on top (the payee), its TRN, VAT or RNC number and the DR's NCF (never the id), the
    patient, the referring doctor, a record number and the insurer's policy or affiliate number and its coverage
    authorisation (never), the tests, the subtotal and the insurer's share (never the amount); the amount is what the
    patient pays. The results' day is never the date. Cash prints tendered and change. The invoice's or receipt's
    number (Invoice No., Receipt #, Factura No.) is the id."""
    name = rng.choice(sorted(LABS))
    currency, lang, address, tax_id = LABS[name]
    es = lang == "es"
    mark = rng.choice(LAB_MARKS[currency])

    def m(value):
        return f"{mark} {num(value)}"

    def lab(en, sp):
        return sp if es else en

    rows: list[tuple] = [("title", name), ("small", address), ("small", tax_id)]
    if es and shown(rng, 0.3):
        rows.append(("small", f"NCF: B02{digits(rng, 8)}"))
    rows.append(("center", lab(rng.choice(["INVOICE / RECEIPT", "Patient Bill", "RECEIPT"]),
                               rng.choice(["FACTURA", "FACTURA DE CONSUMO", "RECIBO"]))))
    rows.append(("rule",))
    when = day(rng)
    pattern = rng.choice(["%d/%m/%Y", "%d-%b-%Y", "{d} %B %Y"] if not es else ["%d/%m/%Y", "%d-%m-%Y"])
    number = f"{rng.choice(['', 'INV-', 'F-'])}{digits(rng, 7)}"
    doc = shown(rng, 0.1)
    if doc:
        rows.append(("pair", lab(rng.choice(["Invoice No.", "Receipt #", "Bill No."]), rng.choice(["Factura No.", "No. Factura"])), number))
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", lab(rng.choice(["Date", "Bill Date"]), "Fecha"), f"{when_text(when, pattern)} {clock(rng, not es)}"))
        dated = when
    patient = rng.choice(LAB_PATIENTS[lang])
    rows.append(("pair", lab("Patient", "Paciente"), patient))
    if shown(rng, 0.5):
        rows.append(("pair", lab(rng.choice(["Patient ID", "Record No."]), "Expediente"), digits(rng, 7)))
    if shown(rng, 0.4):
        rows.append(("pair", lab("Referring doctor", "Médico referente"),
                     rng.choice(["Dr. A. Morgan", "Dr. K. Ramdass", "Dra. L. Castillo", "Dr. P. Henry"])))
    rows.append(("rule",))
    scale = LAB_SCALE[currency]
    subtotal = 0.0
    for test, value in rng.sample(LAB_TESTS[lang], rng.randrange(2, 5)):
        price = round(value * scale, 0) if scale < 1 else value
        rows.append(("pair", test, m(price)))
        subtotal += price
    subtotal = round(subtotal, 2)
    rows.append(("pair", lab("Sub-total", "Subtotal"), m(subtotal)))
    total = subtotal
    if shown(rng, 0.4):
        insurer = rng.choice(LAB_INSURERS[currency])
        share = rng.choice([0.7, 0.8, 0.9])
        cover = round(subtotal * share, 2)
        rows.append(("pair", lab(f"{insurer} policy no.", f"No. afiliado {insurer}"), digits(rng, 9)))
        if es and shown(rng, 0.4):
            rows.append(("pair", "No. autorización ARS", digits(rng, 8)))
        rows.append(("pair", lab(f"Less {insurer} ({int(share * 100)}%)", f"Cobertura {insurer}"), f"-{m(cover)}"))
        total = round(subtotal - cover, 2)
    rows.append(("pair", lab(rng.choice(["Patient pays", "Amount due from patient", "Total"]),
                             rng.choice(["Diferencia a pagar", "Total a pagar"])), m(total)))
    method, status = None, None
    roll = rng.random()
    if roll < 0.45:
        method = "cash"
        tendered = float(-(-total // 1000) * 1000) if total > 1000 else float(-(-total // 100) * 100)
        rows.append(("pair", lab("Cash tendered", "Efectivo recibido"), m(tendered)))
        rows.append(("pair", lab("Change", "Cambio"), m(round(tendered - total, 2))))
    elif roll < 0.85:
        method = "card"
        rows.append(("pair", lab("Paid by", "Forma de pago"),
                     f"{rng.choice(['Visa', 'Mastercard', lab('Debit card', 'Tarjeta de débito')])} ****{digits(rng, 4)}"))
        if rng.random() < 0.12:
            status = "failed"
            rows.append(("center", lab("Card declined - please pay by another method", "Tarjeta rechazada")))
    if status is None and shown(rng, 0.5):
        status = "success"
        rows.append(("center", lab(rng.choice(["PAID - thank you", "Paid in full"]), rng.choice(["PAGADO", "Pagado - gracias"]))))
    if shown(rng, 0.5):
        rows.append(("pair", lab("Results ready", "Entrega de resultados"), when_text(later(when, rng, 1, 5), pattern)))
    rows.append(("gap",))
    rows.append(("small", lab("Results are also sent to your doctor and by e-mail.", "Resultados disponibles en línea.")))
    return rows, done(rows, name, total, currency, number if doc else None, dated, method, status), dict(A4, width=680)

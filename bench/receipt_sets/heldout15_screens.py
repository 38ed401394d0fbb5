"""heldout15's phone-screen families: PayPay, GrabPay, UPI on a RuPay credit card, JazzCash/Easypaisa, bKash,
Ghana mobile-money SMS and a UK app bank's card-payment detail."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import clock, code, day, digits, money, optional_pair, price, rupee, shown
from bench.receipt_sets.heldout15_values import hexid, later, outcome, spread, when, wrapped

WHITE = (255, 255, 255)
GREY = (105, 108, 115)


def _screen(band: tuple, **extra) -> dict:
    return {"screen": True, "width": 560, "size": 22, "paper": WHITE, "band": band, "band_ink": WHITE,
            "label_ink": GREY, "accent": (20, 20, 25), **extra}


def paypay_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A PayPay (Japan) payment screen in English: yen without decimals, balance or PayPay Card."""
    status = outcome(rng, failed=0.1, pending=0.05)
    merchant = rng.choice([
        "Lawson Shibuya 2-chome", "FamilyMart Ueno Station", "Matsuya Shinjuku", "Don Quijote Namba",
        "Yoshinoya Umeda", "Tsutaya Books Daikanyama", "Sukiya Kyoto Ekimae", "Welcia Pharmacy Sapporo",
    ])
    amount = spread(rng, 120, 48000, 10)
    shown_amount = rng.choice([f"¥{amount:,.0f}", f"{amount:,.0f} yen", f"JPY {amount:,.0f}"])
    date = day(rng)
    heading = {"success": ["Payment completed", "Paid", "Payment Complete"],
               "failed": ["Payment failed", "Payment could not be completed"],
               "pending": ["Processing payment", "Payment processing"]}[status]
    rows: list[tuple] = [
        ("title", "PayPay"), ("center", rng.choice(heading)), ("gap",), ("big", shown_amount), ("gap",),
    ]
    rows.append(("pair", rng.choice(["Store", "Paid to", "Merchant"]), merchant))
    rows.append(("pair", rng.choice(["Date & time", "Payment date", "Date"]),
                 f"{when(date, rng, ['slash_ymd', 'mon_d', 'dmon'])} {clock(rng, rng.random() < 0.4)}"))
    if rng.random() < 0.7:
        method, paid_with = "wallet", rng.choice(["PayPay Balance", "PayPay Money", "PayPay Money Lite"])
    else:
        method, paid_with = "card", f"PayPay Card (credit) ****{digits(rng, 4)}"
    rows.append(("pair", rng.choice(["Payment method", "Paid with"]), paid_with))
    payment_number, order = digits(rng, 20), code(rng, 12, "0123456789")
    transaction = payment_number if optional_pair(
        rng, rows, ["Payment number", "Transaction ID", "Payment ID"], payment_number, 0.15) else None
    if optional_pair(rng, rows, ["Order number", "Store order no."], order, 0.6) and transaction is None:
        transaction = order
    optional_pair(rng, rows, ["Merchant ID", "Store code"], digits(rng, 10), 0.5)
    if status == "success" and shown(rng, 0.4):
        rows.append(("pair", "Points to be granted", f"{max(1, int(amount * 0.005))} pts"))
    if shown(rng, 0.5):
        rows.append(("pair", "Balance after payment", f"¥{rng.randrange(0, 90000):,}"))
    rows += [("gap",), ("small", "Show this screen to the store staff")]
    truth = dict(merchant_name=merchant, amount=f"{amount:.2f}", currency="JPY", transaction_id=transaction,
                 date=date.isoformat(), payment_method=method, status=status)
    return rows, truth, _screen((255, 0, 51))


def grabpay_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Grab e-receipt for paying a shop in Singapore or Malaysia (GrabPay wallet or a linked card)."""
    status = outcome(rng, failed=0.1, pending=0.0)
    singapore = rng.random() < 0.65
    symbol, iso = ("S$", "SGD") if singapore else ("RM", "MYR")
    merchant = rng.choice([
        "Ya Kun Kaya Toast", "Kopi & Toast Tanjong Pagar", "Old Chang Kee", "Uncle Tetsu Bugis", "Mr Bean",
    ] if singapore else [
        "Nasi Kandar Pelita", "Secret Recipe Bangsar", "Kedai Runcit Ah Seng", "Tealive SS15",
    ])
    subtotal = spread(rng, 3.5, 95)
    discount = price(rng, 0.5, 3) if rng.random() < 0.35 else 0.0
    amount = round(subtotal - discount, 2)
    date = day(rng)
    show_symbol = rng.random() < 0.7
    cash = (lambda value: f"{symbol}{value:,.2f}") if show_symbol else (lambda value: f"{iso} {value:,.2f}")
    heading = {"success": ["Thanks for paying with Grab", "Your GrabPay receipt", "Payment successful"],
               "failed": ["Payment unsuccessful", "Your payment did not go through"]}[status]
    rows: list[tuple] = [("title", "Grab"), ("center", rng.choice(heading)), ("gap",)]
    rows.append(("pair", rng.choice(["Paid to", "Merchant", "Store"]), merchant))
    rows.append(("pair", rng.choice(["Date", "Transaction date", "Paid on"]),
                 f"{when(date, rng, ['dmon', 'd_month', 'dmy'])}, {clock(rng, True)}"))
    rows.append(("rule",))
    if discount:
        rows += [("pair", "Subtotal", cash(subtotal)), ("pair", rng.choice(["Promo", "Discount"]),
                                                        f"-{cash(discount)}")]
    rows.append(("pair", rng.choice(["Total", "Total charged", "Amount paid"]) if status == "success"
                 else "Amount", cash(amount)))
    rows.append(("rule",))
    if rng.random() < 0.6:
        method, paid_with = "wallet", rng.choice(["GrabPay Wallet", "GrabPay", "GrabPay Credits"])
    else:
        method, paid_with = "card", f"{rng.choice(['Mastercard', 'Visa'])} ending {digits(rng, 4)}"
    if not optional_pair(rng, rows, ["Payment method", "Paid by"], paid_with, 0.15):
        method = None
    transaction = f"A-{code(rng, 12)}"
    if not optional_pair(rng, rows, ["Transaction ID", "Payment ID", "Receipt ID"], transaction, 0.15):
        transaction = None
    optional_pair(rng, rows, ["Merchant ID", "MID"], digits(rng, 9), 0.5)
    optional_pair(rng, rows, ["Mobile", "Account"], f"+{'65 9' if singapore else '60 12'}{digits(rng, 7)}",
                  0.6)
    if status == "success" and shown(rng, 0.5):
        rows.append(("pair", "GrabRewards points", f"+{int(amount * 2)}"))
    rows += [("gap",), ("small", "This is an electronic receipt. No signature required.")]
    truth = dict(merchant_name=merchant, amount=f"{amount:.2f}", currency=iso, transaction_id=transaction,
                 date=date.isoformat(), payment_method=method, status=status)
    return rows, truth, _screen((0, 177, 79))


def rupay_credit_upi(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A card issuer's app: a UPI payment drawn on a RuPay credit card, with the card's limit and due date."""
    status = outcome(rng)
    issuer = rng.choice(["HDFC Bank", "Axis Bank", "SBI Card", "Kotak Mahindra Bank", "IDFC FIRST Bank",
                         "ICICI Bank"])
    merchant = rng.choice([
        "Sharma General Stores", "Shree Krishna Sweets", "Balaji Medicals", "Anand Tea Stall",
        "Om Sai Vegetables", "Royal Bakers", "Ganesh Hardware", "City Fresh Mart",
    ])
    amount = spread(rng, 40, 28000, rng.choice([1, 0.5, 0.01]))
    grouping = rng.choice(["indian", "indian", "plain"])
    mark = rng.choice([rupee(font), "INR "])
    date = day(rng)
    heading = {"success": ["Payment Successful", "Paid", "Transaction Successful"],
               "failed": ["Payment Failed", "Transaction Declined"],
               "pending": ["Payment Pending", "Awaiting confirmation from bank"]}[status]
    rows: list[tuple] = [("title", issuer), ("center", rng.choice(["UPI on RuPay Credit Card",
                                                                    "RuPay Credit Card - UPI payment"])),
                         ("gap",), ("big", f"{mark}{money(amount, grouping)}"),
                         ("center", rng.choice(heading)), ("rule",)]
    rows.append(("pair", rng.choice(["Paid to", "To", "Merchant"]), merchant))
    optional_pair(rng, rows, ["UPI ID", "VPA"], f"{merchant.split()[0].lower()}{digits(rng, 3)}@ok"
                  f"{rng.choice(['axis', 'sbi', 'hdfcbank', 'icici'])}", 0.3)
    rows.append(("pair", rng.choice(["Date & Time", "Transaction date", "Date"]),
                 f"{when(date, rng, ['dmon', 'dash_dmy', 'dmy', 'dmon_dash'])} {clock(rng, True)}"))
    rows.append(("pair", rng.choice(["From", "Card", "Paid using"]), f"RuPay Credit Card XX{digits(rng, 4)}"))
    utr = digits(rng, 12)
    transaction = utr if optional_pair(rng, rows, ["UPI Ref No.", "UPI Reference No", "UTR", "RRN"], utr,
                                       0.15) else None
    txn_id = f"{rng.choice(['AXB', 'HDF', 'SBC', 'KKB'])}{digits(rng, 9)}"
    if optional_pair(rng, rows, ["Transaction ID", "Txn ID"], txn_id, 0.5) and transaction is None:
        transaction = txn_id
    if shown(rng, 0.4):
        limit = price(rng, 8000, 450000)
        rows.append(("pair", "Available credit limit", f"{mark}{money(limit, grouping)}"))
    if shown(rng, 0.5):
        rows.append(("pair", "Payment due date", when(later(date, rng, 12, 40), rng, ["dmon", "dash_dmy"])))
    optional_pair(rng, rows, ["Reward points earned", "Reward points"], str(int(amount // 100)), 0.6)
    rows += [("gap",), ("small", "Credit card UPI transactions attract no MDR for small merchants")]
    truth = dict(merchant_name=merchant, amount=f"{amount:.2f}", currency="INR", transaction_id=transaction,
                 date=date.isoformat(), payment_method="UPI", status=status)
    return rows, truth, _screen(rng.choice([(0, 76, 143), (151, 20, 77), (22, 60, 120)]))


def jazzcash_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A JazzCash or Easypaisa (Pakistan) wallet receipt for paying a shop or sending money."""
    status = outcome(rng, failed=0.12, pending=0.04)
    brand, band = rng.choice([("JazzCash", (200, 16, 46)), ("easypaisa", (28, 170, 90))])
    merchant = rng.choice([
        "Imtiaz Super Market", "Al-Fatah Store", "Bundu Khan Sweets", "Chase Up Gulshan",
        "Naheed Supermarket", "Ayesha Siddiqui", "Usman Traders", "Kashif Mobile Centre",
    ])
    amount = spread(rng, 100, 60000, rng.choice([1, 10, 0.01]))
    fee = rng.choice([0.0, 0.0, 0.0, price(rng, 10, 60, 1)])
    total = round(amount + fee, 2)
    date = day(rng)
    mark = rng.choice(["Rs. ", "Rs ", "PKR "])
    cash = lambda value: f"{mark}{money(value, 'western')}"  # noqa: E731 - a one-line formatter
    heading = {"success": ["Transaction Successful", "Payment Successful", "Money sent successfully"],
               "failed": ["Transaction Failed", "Transaction Unsuccessful"],
               "pending": ["Transaction in process", "Transaction Pending"]}[status]
    rows: list[tuple] = [("title", brand), ("center", rng.choice(heading)), ("gap",), ("big", cash(total)),
                         ("gap",)]
    rows.append(("pair", rng.choice(["Paid to", "Merchant", "Sent to", "Receiver"]), merchant))
    wallet_number = f"03{digits(rng, 2)}-{digits(rng, 7)}"
    optional_pair(rng, rows, ["Account", "Receiver number", "Till ID"], wallet_number, 0.3)
    transaction = digits(rng, 11)
    if not optional_pair(rng, rows, ["TID", "Transaction ID", "Trx ID"], transaction, 0.12):
        transaction = None
    rows.append(("pair", rng.choice(["Date & Time", "Date/Time", "Date"]),
                 f"{when(date, rng, ['dmon_dash', 'dmy', 'dmon'])} {clock(rng, True)}"))
    rows.append(("pair", "Amount", cash(amount)))
    rows.append(("pair", rng.choice(["Fee", "Charges"]), cash(fee)))
    if fee or shown(rng, 0.5):
        rows.append(("pair", "Total Amount", cash(total)))
    cnic = f"{digits(rng, 5)}-{digits(rng, 7)}-{rng.randrange(10)}"
    optional_pair(rng, rows, ["Sender CNIC", "CNIC"], cnic, 0.7)
    if status == "success" and shown(rng, 0.5):
        rows.append(("pair", "Available Balance", cash(price(rng, 0, 90000))))
    rows += [("gap",), ("small", "Keep this receipt for your records")]
    truth = dict(merchant_name=merchant, amount=f"{total:.2f}", currency="PKR", transaction_id=transaction,
                 date=date.isoformat(), payment_method="wallet", status=status)
    return rows, truth, _screen(band)


def bkash_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A bKash (Bangladesh) payment or send-money confirmation: taka in lakh grouping, a TrxID."""
    status = outcome(rng, failed=0.1, pending=0.0)
    kind = rng.choice(["Payment", "Merchant Payment", "Send Money"])
    merchant = rng.choice([
        "Shwapno Gulshan 2", "Agora Dhanmondi", "Meena Bazar", "Rahman Pharmacy", "Sultan's Dine",
        "Nasrin Akter", "Karim Telecom", "Aarong Uttara",
    ])
    amount = spread(rng, 50, 150000, rng.choice([1, 1, 0.01]))
    mark = rng.choice(["Tk ", "Tk. ", "BDT "])
    cash = lambda value: f"{mark}{money(value, 'indian')}"  # noqa: E731 - a one-line formatter
    date = day(rng)
    title = f"{kind} {'Successful' if status == 'success' else 'Failed'}"
    rows: list[tuple] = [("title", "bKash"), ("center", title), ("gap",), ("big", cash(amount)), ("gap",)]
    # money sent to a number not saved as a contact shows the number alone
    if kind == "Send Money" and rng.random() < 0.4:
        merchant = None
    else:
        label = rng.choice(["Merchant", "To", "Receiver"]) if kind != "Send Money" else "Receiver"
        rows.append(("pair", label, merchant))
    rows.append(("pair", "Account", f"01{rng.choice('3456789')}{digits(rng, 8)}"))
    transaction = code(rng, 10)
    if not optional_pair(rng, rows, ["TrxID", "Transaction ID"], transaction, 0.1):
        transaction = None
    rows.append(("pair", "Time", f"{clock(rng, True).lower().replace(' ', '')} "
                                 f"{when(date, rng, ['dmy_short', 'dmy', 'dmon'])}"))
    note = rng.choice(["rent", "bazar", "March bill", "1", "school"])
    optional_pair(rng, rows, ["Reference", "Ref"], note, 0.5)
    rows.append(("pair", "Charge", cash(0.0)))
    if status == "success" and shown(rng, 0.4):
        rows.append(("pair", "New Balance", cash(price(rng, 0, 80000))))
    rows += [("gap",), ("small", "bKash Helpline 16247")]
    truth = dict(merchant_name=merchant, amount=f"{amount:.2f}", currency="BDT", transaction_id=transaction,
                 date=date.isoformat(), payment_method="wallet", status=status)
    return rows, truth, _screen((226, 19, 110))


def ghana_momo_sms(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Ghana mobile-money SMS (MTN MoMo, Telecel Cash, AT Money); fees and E-levy are charged apart."""
    status = "failed" if rng.random() < 0.12 else "success"
    sender = rng.choice(["MobileMoney", "MTN MoMo", "T-CASH", "AT Money"])
    merchant = rng.choice([
        "KOFI MENSAH ENTERPRISE", "MELCOM ACCRA MALL", "AMA SERWAA CHOP BAR", "KWAME ASANTE",
        "SHOPRITE ACHIMOTA", "ABENA OWUSU", "GOIL KANESHIE", "ECG PREPAID VENDOR 12",
    ])
    amount = spread(rng, 2, 4500, rng.choice([1, 0.5, 0.01]))
    mark = rng.choice(["GHS ", "GHS", "GH¢"])
    date = day(rng)
    stamp = f"{when(date, rng, ['iso', 'dmy', 'dmon'])} {clock(rng, False)}:{rng.randrange(60):02d}"
    transaction = digits(rng, 11)
    id_label = rng.choice(["Transaction ID", "Financial Transaction Id", "Trans. ID"])
    show_date, show_id = shown(rng, 0.3), shown(rng, 0.1)
    if status == "success":
        text = f"Payment made for {mark}{amount:,.2f} to {merchant}"
        text += f" on {stamp}." if show_date else "."
        text += f" Current Balance: {mark}{price(rng, 0, 3000):,.2f}. Available Balance: " \
                f"{mark}{price(rng, 0, 3000):,.2f}."
        text += f" Reference: {rng.choice(['1', 'payment', 'goods', 'fees'])}."
        text += f" {id_label}: {transaction}." if show_id else ""
        text += f" Fee charged: {mark}{amount * 0.01:,.2f}. E-levy charged: {mark}{amount * 0.01:,.2f}."
    else:
        text = f"Your payment of {mark}{amount:,.2f} to {merchant} has failed"
        text += f" on {stamp}." if show_date else "."
        text += f" {id_label}: {transaction}." if show_id else ""
        text += " Reason: Insufficient balance. Dial *170# to check your balance."
    rows: list[tuple] = [("title", sender), ("small", f"Text Message · {rng.choice(['SMS', 'Today'])}"),
                         ("gap",), ("gap",)]
    rows += wrapped(text, rng.randint(34, 40))
    rows += [("gap",), ("small", f"+233 {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}")]
    truth = dict(merchant_name=merchant, amount=f"{amount:.2f}", currency="GHS",
                 transaction_id=transaction if show_id else None,
                 date=date.isoformat() if show_date else None, payment_method="wallet", status=status)
    return rows, truth, _screen((255, 203, 5), band_ink=(20, 20, 25), paper=(236, 236, 240))


def neobank_card_detail(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A UK app bank's (Monzo, Revolut, Starling, N26) detail page for one card payment."""
    status = outcome(rng, failed=0.12, pending=0.12)
    bank, band = rng.choice([("Monzo", (20, 35, 60)), ("Revolut", (25, 25, 30)), ("Starling", (110, 50, 200)),
                             ("N26", (38, 166, 154))])
    merchant = rng.choice([
        "Tesco Express", "Pret A Manger", "Boots", "Sainsbury's Local", "Greggs", "Waterstones", "Co-op Food",
        "Caffè Nero", "Lidl GB", "Deliveroo",
    ])
    symbol, iso, grouping = rng.choice([("£", "GBP", "western")] * 3 + [("€", "EUR", "european"),
                                                                      ("$", "USD", "western")])
    amount = spread(rng, 0.8, 420)
    figure = money(amount, grouping)
    shown_amount = f"-{symbol}{figure}" if symbol != "€" or rng.random() < 0.5 else f"-{figure} €"
    date = day(rng)
    rows: list[tuple] = [("title", bank), ("center", "Transaction"), ("gap",), ("big", merchant),
                         ("big", shown_amount)]
    state = {"success": ["Completed", "Settled", "Payment completed"], "pending": ["Pending"],
             "failed": ["Declined", "Declined - insufficient funds", "Payment declined"]}[status]
    rows.append(("center", f"{when(date, rng, ['d_month', 'dmon', 'dmy'])}, {clock(rng, False)}"))
    rows.append(("rule",))
    rows.append(("pair", "Status", rng.choice(state)))
    rows.append(("pair", rng.choice(["Payment type", "Type"]),
                 rng.choice(["Card payment", "Contactless card payment", "Online card payment"])))
    rows.append(("pair", "Card", f"{rng.choice(['Visa', 'Mastercard'])} **{digits(rng, 4)}"))
    category = rng.choice(["Groceries", "Eating out", "Shopping", "General"])
    optional_pair(rng, rows, ["Category"], category, 0.3)
    transaction = f"{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 12)}"
    if not optional_pair(rng, rows, ["Transaction ID", "Reference"], transaction, 0.55):
        transaction = None
    if shown(rng, 0.5):
        rows.append(("pair", f"Spent at {merchant.split()[0]} this month",
                     f"{symbol}{money(amount + price(rng, 5, 300), grouping)}"))
    if status == "success" and shown(rng, 0.6):
        rows.append(("pair", "Round-up", f"{symbol}{money(price(rng, 0.01, 0.99), grouping)}"))
    rows += [("gap",), ("small", "Something wrong? Get help with this payment")]
    truth = dict(merchant_name=merchant, amount=f"{amount:.2f}", currency=iso, transaction_id=transaction,
                 date=date.isoformat(), payment_method="card", status=status)
    return rows, truth, _screen(band)

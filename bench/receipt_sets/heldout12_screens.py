"""heldout12 families drawn as phone screens: MoMo/ZaloPay, Touch 'n Go/DuitNow, Swish/BLIK, Zelle/Venmo/Cash App,
Nigerian bank-app transfers, SnapScan/Zapper."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout12_values import (UPPER, absent, code, digits, fmt_date, group, hhmm, kv_unless_absent,
                                           money, outcome, pay_date, phone, truth, us_date)

STATUS_WORDS = {
    "success": ["Successful", "Transaction successful", "Completed", "Payment successful", "Sent", "Paid"],
    "failed": ["Failed", "Transaction failed", "Payment declined", "Unsuccessful", "Transfer failed"],
    "pending": ["Pending", "Processing", "In progress", "Awaiting confirmation", "Under review"],
}


def _status_line(rng: random.Random, status: str) -> str:
    return rng.choice(STATUS_WORDS[status])


def _neutral_or(rng: random.Random, status: str) -> tuple[str, str | None]:
    """The headline; in a share of screens it names no outcome and the truth status is None."""
    if absent(rng, 0.12):
        return rng.choice(["Transaction details", "Details", "Receipt", "Payment details"]), None
    return _status_line(rng, status), status


def momo_vn(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A MoMo or ZaloPay e-wallet payment screen in Vietnamese dong."""
    app = rng.choice(["MoMo", "ZaloPay"])
    status = outcome(rng)
    headline, status_truth = _neutral_or(rng, status)
    amount = money(rng, 15000, 4800000, "1000")
    symbol = rng.choice(["đ", "₫", " VND"])
    shown = group(amount, rng.choice(["dot_whole", "comma_whole"])) + symbol
    merchant = rng.choice(["Highlands Coffee", "Circle K Vietnam", "Bach Hoa Xanh", "Phuc Long Tea",
                           "Pho 24 Nguyen Hue", "Nha sach Fahasa", "CGV Vincom"])
    day = pay_date(rng)
    txn = digits(rng, rng.choice([10, 11, 12]))
    rows: list[tuple] = [("center", headline), ("big", shown), ("gap",)]
    show_merchant = kv_unless_absent(rng, rows, ["Merchant", "Pay to", "Recipient", "Service"], merchant)
    rows.append(("kv", "Phone", phone(rng, "+84", 9)))
    show_id = kv_unless_absent(rng, rows, ["Transaction ID", "Trans. code", "Transaction code", "Mã giao dịch"], txn)
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Time", "Date", "Transaction time"]),
                     f"{hhmm(rng)} - {fmt_date(day, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}"))
    if not absent(rng):  # the app's own header names the wallet either way
        rows.append(("kv", rng.choice(["Source", "Payment method", "Paid from"]), f"{app} Wallet"))
    rows.append(("kv", "Fee", "Free" if rng.random() < 0.5 else "0" + symbol))
    rows.append(("kv", "Wallet balance", group(money(rng, 10000, 9000000, "1000"), "dot_whole") + symbol))
    style = {"kind": "screen", "header": app, "accent": (165, 0, 100) if app == "MoMo" else (0, 104, 255),
             "bg": (246, 246, 248)}
    return rows, truth(merchant if show_merchant else None, amount, "VND", txn if show_id else None,
                       day if show_date else None, "wallet", status_truth), style


def tng_my(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Touch 'n Go eWallet payment or a bank app's DuitNow transfer in ringgit."""
    wallet = rng.random() < 0.6
    status = outcome(rng)
    headline, status_truth = _neutral_or(rng, status)
    amount = money(rng, 3, 2400)
    shown = rng.choice(["RM", "RM ", "MYR "]) + group(amount, "comma")
    merchant = rng.choice(["Tealive SS15", "MyNews Bangsar", "KK Super Mart", "Nasi Kandar Pelita",
                           "Aeon Big Mid Valley", "Lotus's Kepong", "Guardian Sunway"])
    day = pay_date(rng)
    ref = digits(rng, 8) + digits(rng, 12) if not wallet else digits(rng, 20)
    rows: list[tuple] = [("center", headline), ("big", shown), ("gap",)]
    show_merchant = kv_unless_absent(rng, rows, ["Merchant", "Recipient", "Paid to", "Recipient name"], merchant)
    if not wallet:
        rows.append(("kv", "Recipient account", digits(rng, 12)))
        rows.append(("kv", "Recipient bank", rng.choice(["Maybank", "CIMB Bank", "Public Bank"])))
    show_id = kv_unless_absent(rng, rows, ["Reference No.", "Transaction No.", "Ref ID", "DuitNow Ref No."], ref)
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Date & time", "Date", "Transaction date"]),
                     f"{fmt_date(day, rng.choice(['%d %b %Y', '%d/%m/%Y']))}, {hhmm(rng)}"))
    method = "wallet" if wallet else None  # the Touch 'n Go header names the wallet even without this row
    if not absent(rng):
        if wallet:
            rows.append(("kv", "Payment method", rng.choice(["eWallet Balance", "Touch 'n Go eWallet"])))
        else:
            rows.append(("kv", "Transfer type", "DuitNow Transfer"))  # an instant transfer: no method of ours
    rows.append(("kv", "Recipient reference", rng.choice(["Lunch", "Payment", "Order " + digits(rng, 4)])))
    if wallet:
        rows.append(("kv", "Balance", "RM" + group(money(rng, 1, 900), "comma")))
    style = {"kind": "screen", "header": "Touch 'n Go eWallet" if wallet else rng.choice(["MAE", "CIMB Clicks"]),
             "accent": (0, 90, 170) if wallet else (230, 170, 0), "bg": (242, 245, 250)}
    return rows, truth(merchant if show_merchant else None, amount, "MYR", ref if show_id else None,
                       day if show_date else None, method, status_truth), style


def swish_blik(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Swish (SEK) or BLIK (PLN) confirmation: neither is a method of the product, so the method is None."""
    swish = rng.random() < 0.5
    status = outcome(rng)
    headline, status_truth = _neutral_or(rng, status)
    amount = money(rng, 20, 6500)
    if swish:
        currency, shown = "SEK", group(amount, rng.choice(["space", "dot"])) + rng.choice([" kr", " SEK"])
        merchant = rng.choice(["Pressbyrån Odenplan", "Lunds Bageri", "IKSU Sport", "Kaffebaren AB",
                               "Stadsmissionen Butik"])
        ref = code(rng, rng.choice([10, 12]), "0123456789ABCDEF")
        id_labels = ["Betalningsreferens", "Payment reference", "Reference", "Ref"]
    else:
        currency, shown = "PLN", group(amount, rng.choice(["space", "dot"])) + rng.choice([" zł", " PLN"])
        merchant = rng.choice(["Allegro.pl", "Żabka Polska", "Empik", "Biedronka 1245", "Rossmann Mokotów"])
        ref = digits(rng, rng.choice([9, 10, 12]))
        id_labels = ["Transaction number", "Nr transakcji", "Transaction Code", "Ref"]
    day = pay_date(rng)
    rows: list[tuple] = [("center", headline), ("big", shown), ("gap",)]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("kv", rng.choice(["To", "Recipient", "Payee", "Mottagare"]), merchant))
    rows.append(("kv", "Number" if swish else "Merchant ID", "123 " + digits(rng, 3) + " " + digits(rng, 2)
                 if swish else digits(rng, 8)))
    if swish:
        rows.append(("kv", "Message", rng.choice(["Fika", "Order " + digits(rng, 5), "Thanks!"])))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(id_labels), ref))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Date", "Datum", "Data"]),
                     f"{fmt_date(day, rng.choice(['%Y-%m-%d', '%d.%m.%Y']))} {hhmm(rng)}"))
    rows.append(("small", "Paid with Swish" if swish else "Płatność BLIK - code 6 digits confirmed in app"))
    style = {"kind": "screen", "header": "Swish" if swish else "BLIK",
             "accent": (0, 150, 120) if swish else (20, 20, 20), "bg": (250, 250, 250)}
    return rows, truth(merchant if show_merchant else None, amount, currency, ref if show_id else None,
                       day if show_date else None, None, status_truth), style


def us_p2p(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Zelle, Venmo or Cash App payment screen in US dollars."""
    app = rng.choice(["Zelle", "Venmo", "Cash App"])
    status = outcome(rng)
    headline, status_truth = _neutral_or(rng, status)
    amount = money(rng, 5, 2400)
    shown = "$" + group(amount, rng.choice(["comma", "plain"]))
    payee = rng.choice(["Maria Gonzalez", "Brooklyn Roasting Co", "Jake's Lawn Care", "Tasha Williams",
                        "Eastside Dog Walkers", "Pho Saigon LLC"])
    day = us_date(rng)
    if app == "Zelle":
        ref, id_labels = code(rng, 9, UPPER + "0123456789"), ["Confirmation", "Confirmation #", "Confirmation number"]
    elif app == "Venmo":
        ref, id_labels = digits(rng, 19), ["Transaction ID", "Payment ID"]
    else:
        ref, id_labels = "#D-" + code(rng, 8, UPPER + "0123456789"), ["Identifier", "Reference"]
    rows: list[tuple] = [("center", headline), ("big", shown)]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("kv", rng.choice(["To", "Sent to", "Paid", "Recipient"]), payee))
    rows.append(("kv", "Phone" if app == "Zelle" else "Username",
                 f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}" if app == "Zelle"
                 else "@" + payee.split()[0].replace("'", "") + "-" + digits(rng, 2)))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Date", "Sent on", "When"]),
                     fmt_date(day, rng.choice(["%b {d}, %Y", "%m/%d/%Y", "%B {d}, %Y"])) + " " + hhmm(rng)))
    method = None
    if app != "Zelle" and not absent(rng, 0.3):
        funded = rng.choice(["balance", "card"])
        if funded == "balance":
            rows.append(("kv", "Paid with", "Venmo balance" if app == "Venmo" else "Cash balance"))
            method = "wallet"
        else:
            rows.append(("kv", "Paid with", f"Visa Debit ••{digits(rng, 4)}"))
            method = "card"
    elif app == "Zelle":
        rows.append(("kv", "From", f"Checking ••{digits(rng, 4)}"))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(id_labels), ref))
    rows.append(("kv", "Note", rng.choice(["rent share", "pizza", "invoice " + digits(rng, 4), "thanks"])))
    style = {"kind": "screen", "header": app,
             "accent": {"Zelle": (110, 30, 200), "Venmo": (0, 140, 255), "Cash App": (0, 190, 80)}[app],
             "bg": (255, 255, 255)}
    return rows, truth(payee if show_merchant else None, amount, "USD", ref.lstrip("#") if show_id else None,
                       day if show_date else None, method, status_truth), style


def ng_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Nigerian bank-app or OPay transfer receipt with a NIP session id."""
    bank = rng.choice(["GTBank", "Access Bank", "Zenith Bank", "OPay", "Kuda"])
    status = outcome(rng)
    headline, status_truth = _neutral_or(rng, status)
    amount = money(rng, 500, 950000)
    shown = rng.choice(["₦", "NGN ", "N"]) + group(amount, "comma")
    beneficiary = rng.choice(["ADEBAYO OLUWASEUN", "CHIOMA NWOSU ENTERPRISES", "SHOPRITE IKEJA",
                              "MUSA IBRAHIM", "JUMIA NIGERIA LTD", "EKO ELECTRICITY"])
    day = pay_date(rng)
    session = "0000" + digits(rng, 2) + day.strftime("%y%m%d") + digits(rng, 6) + digits(rng, 12)
    txn = code(rng, 12, UPPER + "0123456789")
    rows: list[tuple] = [("title", "Transaction Receipt"), ("center", headline), ("big", shown), ("rule",)]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("kv", rng.choice(["Beneficiary", "Recipient", "Beneficiary Name", "Credited to"]), beneficiary))
    rows.append(("kv", "Beneficiary Account", digits(rng, 10)))
    rows.append(("kv", "Beneficiary Bank", rng.choice(["UBA", "First Bank", "Moniepoint MFB", "Wema Bank"])))
    rows.append(("kv", "Sender", "TUNDE BAKARE  " + digits(rng, 3) + "****" + digits(rng, 3)))
    show_session = not absent(rng, 0.25)
    if show_session:
        rows.append(("kv", rng.choice(["Session ID", "Session Id", "NIP Session ID"]), session))
    show_txn = rng.random() < 0.6
    if show_txn:
        rows.append(("kv", rng.choice(["Transaction ID", "Txn ID"]), txn))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Transaction Date", "Date", "Value Date"]),
                     fmt_date(day, rng.choice(["%d-%b-%Y", "%d/%m/%Y", "%A, %d %B %Y"])) + " " + hhmm(rng)))
    rows.append(("kv", "Narration", rng.choice(["Transfer", "school fees", "Payment for goods"])))
    rows.append(("kv", "Fee", "₦" + rng.choice(["10.75", "26.88", "53.75"])))
    method = "wallet" if bank == "OPay" else None  # a NIP transfer is an instant bank transfer: no method of ours
    if bank == "OPay":
        rows.append(("kv", "Payment method", "Wallet"))
    style = {"kind": "screen", "header": bank, "accent": (230, 90, 10) if bank == "GTBank" else (0, 120, 90),
             "bg": (252, 252, 252)}
    ref = session if show_session else txn if show_txn else None
    return rows, truth(beneficiary if show_merchant else None, amount, "NGN", ref,
                       day if show_date else None, method, status_truth), style


def snapscan_za(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A SnapScan or Zapper payment screen in rand, tip shown apart from the bill."""
    app = rng.choice(["SnapScan", "Zapper"])
    status = outcome(rng)
    headline, status_truth = _neutral_or(rng, status)
    bill = money(rng, 25, 3800)
    tip = money(rng, 0, float(bill) * 0.15) if rng.random() < 0.5 else None
    total = bill + (tip or 0)
    merchant = rng.choice(["Vida e Caffè Rosebank", "Ocean Basket Gateway", "Spar Kloof", "The Hussar Grill",
                           "Mugg & Bean Sandton", "Kauai Claremont"])
    day = pay_date(rng)
    ref = code(rng, rng.choice([8, 10]), UPPER + "0123456789")
    grouping = rng.choice(["space", "comma", "plain"])
    rows: list[tuple] = [("center", headline), ("big", "R " + group(total, grouping))]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("kv", rng.choice(["Paid to", "Merchant", "Store"]), merchant))
    rows.append(("kv", "Bill amount", "R " + group(bill, grouping)))
    if tip is not None:
        rows.append(("kv", "Tip", "R " + group(tip, grouping)))
    rows.append(("kv", "Total", "R " + group(total, grouping)))
    show_method = not absent(rng)
    if show_method:
        rows.append(("kv", "Card", f"Mastercard ****{digits(rng, 4)}"))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(["Payment ref", "Reference", "Receipt Ref", "Payment Ref"]), ref))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", "Date", fmt_date(day, rng.choice(["%Y/%m/%d", "%d %B %Y", "%d %b %Y"])) + " " + hhmm(rng)))
    rows.append(("kv", "Table", str(rng.randint(1, 40))))
    style = {"kind": "screen", "header": app, "accent": (0, 120, 200) if app == "SnapScan" else (240, 90, 40),
             "bg": (245, 247, 250)}
    return rows, truth(merchant if show_merchant else None, total, "ZAR", ref if show_id else None,
                       day if show_date else None, "card" if show_method else None, status_truth), style

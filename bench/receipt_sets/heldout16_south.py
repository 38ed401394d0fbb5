"""heldout16 layouts from South Asia and Africa: Airtel Money SMS, eSewa/Khalti screens, a hospital canteen
token and a college hostel mess receipt."""

from __future__ import annotations

import datetime as dt
import random
import string
import textwrap

from bench.receipt_sets.heldout14_values import (
    PEOPLE, clock, code, date_text, day, digits, optional_pair, phone, price, rupee, shown,
)
from bench.receipt_sets.heldout16_values import grouped, later, pick

SCREEN = {"screen": True, "width": 540, "size": 22, "paper": (246, 247, 249), "min_height": 900}


def wrapped(text: str, width: int) -> list[tuple]:
    """``text`` as left-aligned rows of at most ``width`` characters (an SMS bubble's lines)."""
    return [("left", line) for line in textwrap.wrap(text, width)]


def airtel_money_sms(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Airtel Money merchant-payment SMS (Kenya, Uganda or Zambia) on a phone's messages screen."""
    country = pick(rng, "KE", "KE", "UG", "ZM")
    merchant = pick(rng, "NAIVAS SUPERMARKET", "JAVA HOUSE", "MAMA NJERI SHOP", "QUICKMART", "CITY PHARMACY",
                    "KAMAU HARDWARE", "GOODLIFE CHEMIST", "SUNRISE BUTCHERY")
    paid_on = day(rng)
    if country == "UG":
        amount, currency, prefix, grouping = float(rng.randrange(2000, 900000, 500)), "UGX", "UGX ", "nocents"
    elif country == "ZM":
        amount, currency, prefix, grouping = price(rng, 10, 4000), "ZMW", "ZMW ", "western"
    else:
        amount, currency, grouping = price(rng, 20, 45000, 1 if rng.random() < 0.6 else 0.01), "KES", "western"
        prefix = pick(rng, "Ksh", "KES ", "Ksh ", "KSh")

    def cash(value: float) -> str:
        return prefix + (grouped(value, "western", 0) if grouping == "nocents" else grouped(value, "western"))

    status = rng.choices(["success", "failed", "pending"], [6, 1, 1])[0]
    txn = pick(rng, code(rng, 10), f"{code(rng, 2, string.ascii_uppercase)}{paid_on.strftime('%y%m%d')}."
                    f"{digits(rng, 4)}.{code(rng, 1, string.ascii_uppercase)}{digits(rng, 5)}")
    when = date_text(paid_on, pick(rng, "{d}/%m/%Y", "%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"))
    at = clock(rng, rng.random() < 0.6)
    till = digits(rng, 6)
    balance = cash(price(rng, 0, 20000) if grouping != "nocents" else float(rng.randrange(0, 500000, 100)))
    txn_label = pick(rng, "TID:", "Trans ID:", "TXN ID:", "Ref:")
    show_txn = shown(rng, 0.12)
    if status == "success":
        body = pick(rng,
                    f"{txn_label} {txn}. Confirmed. You have paid {cash(amount)} to {merchant} Till {till} on "
                    f"{when} at {at}. Bal: {balance}.",
                    f"Confirmed. {cash(amount)} paid to {merchant} (Till No. {till}) on {when} {at}. "
                    f"{txn_label} {txn}. New balance is {balance}. Cost {prefix}0.",
                    f"Payment of {cash(amount)} to {merchant} was successful on {when} at {at}. "
                    f"{txn_label} {txn}. Your Airtel Money balance is {balance}.")
    elif status == "failed":
        body = pick(rng,
                    f"Transaction failed. You do not have enough money to pay {cash(amount)} to {merchant}. "
                    f"{txn_label} {txn}. {when} {at}. Bal: {balance}.",
                    f"Payment of {cash(amount)} to {merchant} on {when} at {at} FAILED. {txn_label} {txn}. "
                    f"Please try again.")
    else:
        body = (f"Your request to pay {cash(amount)} to {merchant} on {when} at {at} is being processed. "
                f"{txn_label} {txn}. You will receive a confirmation SMS.")
    named = shown(rng, 0.15)
    if not named:  # some SMS name only the till the money went to
        body = body.replace(f"{merchant} Till {till}", f"Till {till}").replace(f"{merchant} (Till No. {till})",
                                                                              f"Till No. {till}")
        body = body.replace(f"to {merchant}", f"to Till {till}")
    if not show_txn:
        body = body.replace(f" {txn_label} {txn}.", "").replace(f"{txn_label} {txn}. ", "")
    rows: list[tuple] = [("title", pick(rng, "AirtelMoney", "Airtel Money", "AIRTELMONEY")),
                         ("small", pick(rng, "Text Message", "SMS", "Messages")), ("gap",),
                         ("small", f"{paid_on.strftime('%a, %d %b')} {at}"), ("gap",)]
    rows += wrapped(body, 38)
    rows += [("gap",), ("small", f"Help: {pick(rng, '100', '*334#', '0733 100 100')}")]
    truth = {"merchant_name": merchant if named else None, "amount": f"{amount:.2f}", "currency": currency,
             "transaction_id": txn if show_txn else None, "date": paid_on.isoformat(),
             "payment_method": "wallet", "status": status}
    style = dict(SCREEN, accent=(220, 0, 20), size=21)
    if rng.random() < 0.3:
        style.update(paper=(22, 22, 26), ink=(235, 235, 240), accent=(255, 80, 80))
    return rows, truth, style


def bikram_sambat(date: dt.date) -> str:
    """Roughly the Nepali (Bikram Sambat) date a Nepali app prints beside the AD one (a distractor date)."""
    year, month, dday = date.year + 56, date.month + 8, date.day + 17
    if dday > 30:
        dday, month = dday - 30, month + 1
    if month > 12:
        month, year = month - 12, year + 1
    return f"{year}-{month:02d}-{dday:02d}"


def nepal_wallet_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Nepali eSewa or Khalti merchant payment screen, rupees with Nepali cues and a BS date beside AD."""
    app = pick(rng, "eSewa", "Khalti", "eSewa", "Khalti by IME")
    merchant = pick(rng, "Bhatbhateni Supermarket", "Himalayan Java Coffee", "Nepal Telecom", "Daraz Nepal",
                    "Kathmandu Book House", "Everest Momo Centre", "Civil Mall Food Court", "Pokhara Cycle Store")
    amount, paid_on = price(rng, 50, 150000, 1 if rng.random() < 0.5 else 0.01), day(rng)
    status = rng.choices(["success", "failed", "pending"], [6, 1, 1])[0]
    symbol = pick(rng, "Rs.", "NPR", "Rs", "NPR")
    grouping = pick(rng, "indian", "western")
    heading = {"success": pick(rng, "Payment Successful", "Transaction Complete", "Paid Successfully"),
               "failed": pick(rng, "Payment Failed", "Transaction Failed"),
               "pending": pick(rng, "Payment Processing", "Transaction Pending")}[status]
    rows: list[tuple] = [("title", app), ("gap",), ("gap",), ("center", heading),
                         ("big", f"{symbol} {grouped(amount, grouping)}"), ("rule",)]
    rows.append(("pair", pick(rng, "Paid To", "Merchant", "Receiver"), merchant))
    optional_pair(rng, rows, ["Merchant ID", "Product Code"], f"NP-ES-{code(rng, 6)}" if app.startswith("eSewa")
                  else f"{digits(rng, 7)}", 0.4)
    txn = code(rng, 7) if app.startswith("eSewa") else code(rng, 22, string.ascii_letters + string.digits)
    txn_shown = optional_pair(rng, rows, ["Transaction Code", "Transaction ID", "Reference ID"], txn, 0.12)
    date_shown = optional_pair(rng, rows, ["Date", "Transaction Date", "Date (AD)"],
                               date_text(paid_on, pick(rng, "%Y-%m-%d", "%Y/%m/%d", "%d %b %Y")) + " "
                               + clock(rng, rng.random() < 0.5), 0.1)
    if date_shown and shown(rng, 0.4):
        rows.append(("pair", pick(rng, "Date (BS)", "Miti"), bikram_sambat(paid_on)))
    rows.append(("pair", pick(rng, "Service Charge", "Charge"), f"{symbol} 0.00"))
    optional_pair(rng, rows, ["Cashback", "Reward Points"], f"{symbol} {price(rng, 1, 50):.2f}", 0.6)
    optional_pair(rng, rows, ["Sent From", "Wallet ID", "Mobile"], f"98{digits(rng, 8)}", 0.3)
    optional_pair(rng, rows, ["Remarks", "Purpose"], pick(rng, "Purchase", "Bill payment", "Personal use"), 0.5)
    rows.append(("small", pick(rng, "Kathmandu, Nepal", "Thank you for using " + app.split()[0])))
    truth = {"merchant_name": merchant, "amount": f"{amount:.2f}", "currency": "NPR",
             "transaction_id": txn if txn_shown else None, "date": paid_on.isoformat() if date_shown else None,
             "payment_method": "wallet", "status": status}
    accent = (65, 161, 40) if app.startswith("eSewa") else (92, 45, 145)
    return rows, truth, dict(SCREEN, accent=accent, band=accent, band_ink=(255, 255, 255))


CANTEEN_ITEMS = [("Tea", 12), ("Coffee", 18), ("Idli (2)", 30), ("Masala Dosa", 55), ("Veg Thali", 90),
                 ("Curd Rice", 45), ("Samosa", 15), ("Lemon Rice", 40), ("Buttermilk", 15), ("Chapati Meal", 70),
                 ("Poori Bhaji", 50), ("Water 1L", 20), ("Veg Sandwich", 40), ("Upma", 35)]


def canteen_token(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Indian hospital canteen's printed token/bill: a few dishes, cash, UPI or card, an employee id."""
    canteen = pick(rng, "Sri Annapoorna Canteen", "Amrut Food Court", "Staff & Visitors Canteen",
                   "Nalapaka Cafeteria", "Green Leaf Canteen")
    hospital = pick(rng, "Lakeview Multispeciality Hospital", "City Care Hospital", "St. Marthas Hospital",
                    "Sahyadri General Hospital", "Govt. District Hospital")
    paid_on = day(rng)
    picked = rng.sample(CANTEEN_ITEMS, rng.randint(1, 4))
    lines = [(name, rate, rng.randint(1, 3)) for name, rate in picked]
    total = float(sum(rate * qty for _, rate, qty in lines))
    mark = rupee(font) if rng.random() < 0.7 else "Rs."
    rows: list[tuple] = [("title", canteen), ("center", f"({hospital})"), ("center", pick(rng, "TOKEN", "CASH BILL",
                                                                                           "BILL")), ("rule",)]
    id_label = pick(rng, "Token No", "Bill No", "KOT No", "Token")
    token = digits(rng, rng.randint(3, 5))
    token_shown = optional_pair(rng, rows, [id_label], token, 0.12)
    rows.append(("pair", "Date", f"{date_text(paid_on, pick(rng, '%d/%m/%y', '%d-%m-%Y', '%d-%b-%Y'))}"
                                 f" {clock(rng, rng.random() < 0.4)}"))
    optional_pair(rng, rows, ["Counter", "Ctr"], str(rng.randint(1, 4)), 0.4)
    optional_pair(rng, rows, ["Emp ID", "Staff ID", "Patient UHID"], f"{pick(rng, 'E', 'S', 'UH')}{digits(rng, 6)}", 0.5)
    rows.append(("rule",))
    for name, rate, qty in lines:
        rows.append(("pair", f"{name} x{qty}", f"{rate * qty:.2f}"))
    rows.append(("rule",))
    currency_shown = rng.random() < 0.8
    rows.append(("pair", pick(rng, "Net Amt", "TOTAL", "Amount"), f"{mark} {total:.2f}" if currency_shown
                 else f"{total:.2f}"))
    method, method_text = pick(rng, ("cash", "Cash"), ("cash", "CASH"), ("UPI", pick(rng, "UPI", "GPay/UPI", "UPI QR")),
                               ("card", "Card"))
    method_shown = optional_pair(rng, rows, ["Paid by", "Mode", "Payment"], method_text, 0.15)
    upi_ref = digits(rng, 12) if method == "UPI" and method_shown and shown(rng, 0.35) else None
    if upi_ref:
        rows.append(("pair", pick(rng, "UPI Ref", "RRN"), upi_ref))
    if method == "cash" and method_shown and shown(rng, 0.5):
        given = float(-(-total // 50) * 50)
        rows.append(("pair", "Tendered", f"{given:.2f}"))
        rows.append(("pair", "Balance", f"{given - total:.2f}"))
    status = "success" if shown(rng, 0.6) else None
    if status:
        rows.append(("center", pick(rng, "** PAID **", "PAID", "Payment Received")))
    rows.append(("small", pick(rng, "Please collect at the counter", "Thank you. Visit again")))
    truth = {"merchant_name": canteen, "amount": f"{total:.2f}",
             "currency": "INR" if currency_shown else None,
             "transaction_id": upi_ref or (token if token_shown else None), "date": paid_on.isoformat(),
             "payment_method": method if method_shown else None, "status": status}
    return rows, truth, {"width": rng.randint(380, 460), "size": 19, "paper": (252, 251, 247)}


def hostel_mess_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A college hostel mess's monthly fee receipt: student, roll and room numbers, the period, heads, total."""
    college = pick(rng, "Vidyanagar Institute of Technology", "Govt. Engineering College, Thrissur",
                   "Sri Krishna Arts & Science College", "National Institute of Pharmacy",
                   "Deccan College of Management")
    paid_on = day(rng)
    period = paid_on.replace(day=1)
    next_month = later(period, rng, 31, 31).replace(day=1)
    heads = [("Mess Charges", price(rng, 2800, 5200, 50))]
    if shown(rng, 0.5):
        heads.append((pick(rng, "Special Dinner", "Extras"), price(rng, 100, 600, 10)))
    if shown(rng, 0.7):
        heads.append(("Establishment", float(pick(rng, 150, 200, 250))))
    if shown(rng, 0.8):
        heads.append(("Late Fine", float(pick(rng, 50, 100))))
    total = round(sum(value for _, value in heads), 2)
    mark = rupee(font)
    grouping = pick(rng, "indian", "plain")
    rows: list[tuple] = [("title", college), ("center", pick(rng, "Hostel Mess", "Boys' Hostel Mess", "Ladies Hostel Mess",
                                                             "Central Mess Committee")),
                         ("center", pick(rng, "MESS FEE RECEIPT", "Receipt", "Mess Bill Receipt")), ("rule",)]
    receipt = f"{pick(rng, 'MESS/', 'HM-', 'R/')}{paid_on.year}/{digits(rng, 4)}"
    receipt_shown = optional_pair(rng, rows, ["Receipt No.", "Rcpt No", "Sl. No."], receipt, 0.12)
    date_shown = optional_pair(rng, rows, ["Date", "Date of Payment", "Paid on"],
                               date_text(paid_on, pick(rng, "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %b %Y")), 0.2)
    rows.append(("pair", "Name", rng.choice(PEOPLE)))
    rows.append(("pair", pick(rng, "Roll No.", "Reg. No.", "Adm. No."), f"{paid_on.year % 100 - 2}{code(rng, 3, string.ascii_uppercase)}{digits(rng, 4)}"))
    optional_pair(rng, rows, ["Room No.", "Room"], f"{pick(rng, 'A', 'B', 'C')}-{rng.randint(101, 420)}", 0.3)
    rows.append(("pair", pick(rng, "Period", "For the period"), f"{period.strftime('%d/%m/%Y')} to "
                                                               f"{later(next_month, rng, -1, -1).strftime('%d/%m/%Y')}"))
    rows.append(("rule",))
    for name, value in heads:
        rows.append(("pair", name, grouped(value, grouping)))
    rows.append(("pair", pick(rng, "Total", "TOTAL", "Total Amount"), f"{mark} {grouped(total, grouping)}"))
    method, method_text = pick(rng, ("cash", "Cash"), ("UPI", "UPI"), ("netbanking", pick(rng, "SBI Collect", "NEFT",
                                                                                         "Net Banking")),
                               ("card", "Debit Card"))
    method_shown = optional_pair(rng, rows, ["Mode of Payment", "Paid by", "Payment Mode"], method_text, 0.15)
    ref = None
    if method in ("UPI", "netbanking", "card") and method_shown and shown(rng, 0.3):
        ref = digits(rng, 12) if method == "UPI" else code(rng, 4, string.ascii_uppercase) + digits(rng, 10)
        rows.append(("pair", {"UPI": "UPI Ref No.", "netbanking": pick(rng, "Transaction Ref", "UTR No."),
                              "card": "Txn ID"}[method], ref))
    optional_pair(rng, rows, ["Mobile", "Ph"], phone(rng), 0.6)
    status = "success" if shown(rng, 0.3) else None
    if status:
        rows.append(("center", pick(rng, "Received with thanks", "PAID", "Amount received")))
    rows += [("gap",), ("right", pick(rng, "Mess Secretary", "Warden", "Accountant"))]
    truth = {"merchant_name": college, "amount": f"{total:.2f}", "currency": "INR",
             "transaction_id": ref or (receipt if receipt_shown else None),
             "date": paid_on.isoformat() if date_shown else None,
             "payment_method": method if method_shown else None, "status": status}
    return rows, truth, {"width": 640, "size": 21, "paper": (250, 248, 240)}

"""The twelve heldout19 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    price,
    rupee,
    shown,
)

# the truth record, the worded outcome, the screen style and the US date patterns are heldout18's
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES
from bench.receipt_sets.heldout18_families import _outcome as outcome
from bench.receipt_sets.heldout18_families import _truth as truth

UPPER = string.ascii_uppercase
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def said(rng: random.Random, success: str, failed: str, pending: str, p_none: float = 0.15):
    """An outcome and its wording (heldout18's draw), each outcome's wordings given in one string split at "|"."""
    return outcome(
        rng,
        {"success": success.split("|"), "failed": failed.split("|"), "pending": pending.split("|")},
        p_none,
    )


def _stamp(rng: random.Random, rows: list[tuple], wordings: list[str], p_absent: float = 0.5) -> str | None:
    """ "success" with one of ``wordings`` stamped centred on the page; None (no stamp) in a share of receipts."""
    if not shown(rng, p_absent):
        return None
    rows.append(("center", rng.choice(wordings)))
    return "success"


def _pick_method(rng: random.Random, labels: dict[str, list[str]], p_none: float = 0.15):
    """A payment method and its printed wording; (None, "") in a share of receipts."""
    if rng.random() < p_none:
        return None, ""
    method = rng.choice(sorted(labels))
    return method, rng.choice(labels[method])


def rent_portal_receipt(rng: random.Random, font: str):
    """A US apartment community's rent-portal payment receipt, printed from the resident's browser."""
    portal = rng.choice(["ResidentPay", "RentPoint Online", "Payments by PropertyNet", "MyLease Portal"])
    community, town = rng.choice(
        [
            ("Maple Court Apartments", "Austin, TX 78704"),
            ("The Residences at Oak Hill", "Charlotte, NC 28203"),
            ("Riverbend Lofts", "Columbus, OH 43215"),
            ("Cedar Park Villas", "Tempe, AZ 85281"),
        ]
    )
    when = day(rng)
    due = (when.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    rent = price(rng, 950, 3400, rng.choice([1, 0.01]))
    charges = [(f"Rent - {due:%B %Y}", rent)]
    for name, value in [
        ("Pet rent", rng.choice([25.0, 35.0, 50.0])),
        ("Parking", rng.choice([40.0, 65.0])),
        ("Utilities (RUBS)", price(rng, 38, 140)),
    ]:
        if shown(rng, 0.55):
            charges.append((name, value))
    subtotal = round(sum(value for _, value in charges), 2)
    method, wording = _pick_method(
        rng,
        {
            "card": [
                f"Visa ending in {digits(rng, 4)}",
                f"Mastercard ****{digits(rng, 4)}",
                "Debit card ****" + digits(rng, 4),
            ],
            "netbanking": [
                f"eCheck (ACH) - Checking ****{digits(rng, 4)}",
                f"Bank account (ACH) x{digits(rng, 4)}",
            ],
        },
    )
    fee = round(subtotal * 0.0295, 2) if method == "card" else rng.choice([0.0, 1.95])
    total = round(subtotal + fee, 2)
    status, words = said(
        rng,
        "Payment successful|Payment complete|Thank you! Your payment was successful",
        "Payment declined|Payment failed",
        "Payment pending|Pending - bank payments take 3-5 business days",
    )
    rows = [("title", portal), ("center", rng.choice(["Payment Receipt", "Payment Confirmation"]))]
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Paid to", "Property", "Community"]), community),
        ("small", town),
        ("pair", "Resident", rng.choice(["Emily Carter", "Jordan Reyes", "Priya Natarajan", "Marcus Bell"])),
        ("pair", "Unit", rng.choice(["Apt ", "Unit ", "#"]) + rng.choice(["3B", "214", "1107", "C-09"])),
        ("pair", rng.choice(["Resident ID", "Account #"]), "t00" + digits(rng, 6)),
    ]
    date_shown = optional_pair(
        rng,
        rows,
        ["Payment date", "Submitted on", "Date paid"],
        date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True),
    )
    txn = rng.choice(["RP", "PMT-", ""]) + digits(rng, rng.choice([9, 10]))
    printed = optional_pair(rng, rows, ["Confirmation #", "Confirmation number", "Payment ID"], txn)
    rows.append(("rule",))
    rows += [("pair", name, f"${value:,.2f}") for name, value in charges]
    rows += [
        ("pair", "Subtotal", f"${subtotal:,.2f}"),
        ("pair", "Convenience fee", f"${fee:,.2f}"),
        (
            "pair",
            rng.choice(
                ["Total paid", "Total"] if status in ("success", None) else ["Payment amount", "Total"]
            ),
            rng.choice(["$", "USD "]) + f"{total:,.2f}",
        ),
    ]
    if method:
        rows.append(("pair", rng.choice(["Payment method", "Paid with"]), wording))
    rows += [
        ("pair", "Next rent due", date_text(due, rng.choice(US_DATES))),
        ("pair", "Balance remaining", "$0.00"),
        ("small", "Leasing office (512) 555-" + digits(rng, 4)),
    ]
    record = truth(
        community, total, "USD", txn if printed else None, when if date_shown else None, method, status
    )
    return rows, record, {"width": 640, "size": 21}


def hmrc_payment_confirmation(rng: random.Random, font: str):
    """A GOV.UK 'pay your tax' confirmation page for a payment to HMRC."""
    payee = rng.choice(["HMRC", "HM Revenue & Customs", "HM Revenue and Customs"])
    tax, ref_label, ref = rng.choice(
        [
            ("Self Assessment", "Self Assessment reference", digits(rng, 10) + "K"),
            (
                "PAYE for employers",
                "Accounts Office reference",
                digits(rng, 3) + "P" + code(rng, 1, UPPER) + digits(rng, 8),
            ),
            ("VAT", "VAT registration number", "GB" + digits(rng, 9)),
        ]
    )
    amount, when = price(rng, 40, 24000, rng.choice([1, 0.01])), day(rng)
    method, wording = _pick_method(
        rng,
        {
            "card": ["Debit card", "Corporate credit card", "Visa debit ending " + digits(rng, 4)],
            "netbanking": ["Approve a payment through your bank account", "Bank account (open banking)"],
        },
    )
    status, words = said(
        rng,
        "Payment received|Payment complete|Your payment has been made",
        "Your payment has been declined|Payment failed",
        "Your payment is being processed",
    )
    fee = (
        round(amount * 0.0195, 2) if wording == "Corporate credit card" else 0.0
    )  # corporate cards pay a fee
    total = round(amount + fee, 2)
    rows = [("title", "GOV.UK"), ("center", "Pay your " + tax), ("gap",)]
    if words:
        rows.append(("big", words) if len(words) < 18 else ("center", words))
    rows += [("rule",), ("pair", rng.choice(["Paid to", "Payee"]), payee), ("pair", ref_label, ref)]
    if tax == "Self Assessment" and shown(rng, 0.5):
        rows.append(("pair", "Tax year", f"{when.year - 1} to {when.year}"))
    if method:
        rows.append(("pair", "Payment method", wording))
    if fee:
        rows += [("pair", "Amount", f"£{amount:,.2f}"), ("pair", "Card fee (non-refundable)", f"£{fee:,.2f}")]
    paid_words = (
        ["Amount paid", "Total paid", "Total amount"] if status in ("success", None) else ["Total amount"]
    )
    rows.append(("pair", rng.choice(paid_words), f"£{total:,.2f}"))
    date_shown = optional_pair(
        rng,
        rows,
        ["Date of payment", "Payment date", "Date"],
        date_text(when, rng.choice(["{d} %B %Y", "%d/%m/%Y", "{d} %b %Y"])),
    )
    txn = code(rng, rng.choice([12, 14]))
    printed = optional_pair(
        rng, rows, ["Transaction reference", "Payment confirmation number", "Reference number"], txn, 0.2
    )
    if tax == "Self Assessment" and shown(rng, 0.5):
        rows.append(
            (
                "small",
                "Pay by " + date_text(dt.date(when.year + 1, 1, 31), "{d} %B %Y") + " to avoid interest",
            )
        )
    rows.append(("small", "Print or save this page for your records"))
    record = truth(
        payee, total, "GBP", txn if printed else None, when if date_shown else None, method, status
    )
    return rows, record, dict(SCREEN, band=(11, 12, 12), width=600)


def lankaqr_slip(rng: random.Random, font: str):
    """A Sri Lankan bank app's LankaQR merchant-payment slip."""
    app = rng.choice(["ComBank Q+", "Sampath Vishwa", "BOC Smart Pay", "HNB SOLO", "NDB NEOS"])
    merchant = rng.choice(["Perera & Sons Bakers", "Nugegoda Pharmacy", "Sithumina Textiles"])
    amount, when = price(rng, 150, 85000, rng.choice([1, 0.01])), day(rng)
    status, words = said(
        rng, "Payment Successful|Transaction Successful", "Transaction Failed", "Transaction Pending"
    )
    unit = rng.choice(["LKR ", "LKR ", "Rs. "])
    rows = [("title", app), ("center", "LankaQR Payment"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", unit + money(amount, "western")),
        ("rule",),
        ("pair", rng.choice(["Merchant", "Paid to", "Merchant name"]), merchant),
        ("pair", "Merchant ID", digits(rng, 15)),
        ("pair", "Terminal ID", digits(rng, 8)),
    ]
    card = rng.random() < 0.25
    rows.append(("pair", "Pay from", ("Credit card ****" if card else "Savings XXXXXXXX") + digits(rng, 4)))
    rows.append(
        (
            "pair",
            "Date & Time",
            date_text(when, rng.choice(["%Y-%m-%d", "%d/%m/%Y", "{d} %b %Y"]))
            + " "
            + clock(rng, rng.random() < 0.5),
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Service charge", unit + "0.00"))
    ref = digits(rng, 12)
    printed = optional_pair(rng, rows, ["Reference No.", "Transaction Ref.", "Txn ID"], ref, 0.1)
    rows.append(("small", "Hotline 011 2" + digits(rng, 6)))
    record = truth(
        merchant, amount, "LKR", ref if printed else None, when, "card" if card else "netbanking", status
    )
    return rows, record, dict(SCREEN, band=(0, 84, 150))


def kplc_token_sms(rng: random.Random, font: str):
    """A Kenyan prepaid-electricity token SMS from the power company (the token is not a transaction id)."""
    sender = rng.choice(["KPLC", "Kenya Power", "KPLC PREPAID"])
    amount = float(rng.choice([100, 200, 250, 500, 1000, 1500, 2000, 2500, 5000]))
    when, meter = day(rng), "142" + digits(rng, 8)
    ksh = rng.choice(["Ksh", "KSh", "KES "])
    ref = rng.choice(UPPER) + code(rng, 9)
    time = clock(rng, False)
    stamp = date_text(when, rng.choice(["%Y%m%d", "%d/%m/%Y"])) + " " + time
    outcome_kind = rng.choices(["token", "failed", "pending"], [0.8, 0.12, 0.08])[0]
    rows = [("title", sender), ("small", "Text message - " + time), ("rule",)]
    if outcome_kind == "token":
        others = round(amount * rng.uniform(0.12, 0.2), 2)
        status = "success" if shown(rng, 0.55) else None
        if status:
            rows.append(("left", rng.choice(["Purchase successful.", "Payment received."])))
        rows += [
            ("left", f"Mtr:{meter}"),
            ("left", "Token:" + "-".join(digits(rng, 4) for _ in range(5))),
            ("left", f"Date:{stamp}"),
            ("left", f"Units:{price(rng, 8, 160, 0.01):.2f}"),
            ("left", f"Amt:{ksh}{amount:.2f}"),
            ("left", f"TknAmt:{amount - others:.2f}"),
            ("left", f"OtherCharges:{others:.2f}"),
        ]
    else:
        status = outcome_kind
        rows += [
            ("left", "Dear customer, your token"),
            ("left", f"purchase of {ksh}{amount:,.2f}"),
            ("left", f"for meter {meter}"),
            ("left", "has failed. Amount will be" if status == "failed" else "is being processed."),
            ("left", "reversed within 24 hrs." if status == "failed" else "Token will be sent shortly."),
            ("left", f"Date:{stamp}"),
        ]
    printed = shown(rng, 0.1)
    if printed:
        rows.append(("left", rng.choice(["Ref:", "MpesaRef:", "TxnID:"]) + ref))
    method = None
    if shown(rng, 0.5):
        method = "wallet"
        rows.append(("left", "Paid via M-PESA"))
    rows.append(("small", "Help: 97771"))
    record = truth(sender, amount, "KES", ref if printed else None, when, method, status)
    return rows, record, dict(SCREEN, paper=(236, 238, 242), width=520)


def bizum_screen(rng: random.Random, font: str):
    """A Spanish bank app's Bizum confirmation (a bank-account-to-account payment)."""
    bank = rng.choice(["CaixaBank", "BBVA", "Banco Santander", "Banco Sabadell", "ING"])
    payee = rng.choice(["Lucia Fernandez", "Bar Casa Paco", "Javier Ortega M.", "Fruteria Hermanos Gil"])
    amount, when = price(rng, 2, 1000, rng.choice([1, 0.5, 0.01])), day(rng)
    status, words = said(
        rng,
        "Bizum enviado|Operacion realizada con exito",
        "Bizum no enviado|Operacion rechazada",
        "Pendiente de aceptar",
    )
    shown_date = rng.choice(
        [
            when.strftime("%d/%m/%Y"),
            f"{when.day} {ES_MONTHS[when.month - 1]} {when.year}",
            when.strftime("%d-%m-%Y"),
        ]
    )
    rows = [("title", bank), ("center", "Bizum"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", money(amount, "european") + rng.choice([" €", " EUR"])),
        ("rule",),
        ("pair", rng.choice(["Destinatario", "Para", "Enviado a"]), payee),
        ("pair", "Telefono", "+34 6** *** " + digits(rng, 3)),
    ]
    if shown(rng, 0.4):
        rows.append(
            ("pair", "Concepto", rng.choice(["Cena viernes", "Clase marzo", "Regalo Ana", "Pedido 12"]))
        )
    rows += [
        ("pair", rng.choice(["Fecha", "Fecha operacion"]), shown_date + " " + clock(rng, False)),
        ("pair", "Cuenta de cargo", "ES** **** **** ** " + digits(rng, 6)),
        ("pair", "Comision", "0,00 €"),
    ]
    ref = rng.choice([digits(rng, 10), "BZ" + code(rng, 10)])
    printed = optional_pair(rng, rows, ["Referencia", "N de operacion", "Codigo de operacion"], ref, 0.2)
    record = truth(payee, amount, "EUR", ref if printed else None, when, "netbanking", status)
    return rows, record, dict(SCREEN, band=(0, 160, 180) if bank != "BBVA" else (7, 33, 70))


def vietqr_transfer(rng: random.Random, font: str):
    """A Vietnamese bank app's VietQR / NAPAS 247 transfer slip (amounts in whole dong)."""
    bank = rng.choice(["Vietcombank", "Techcombank", "MB Bank", "VPBank", "BIDV SmartBanking"])
    payee = rng.choice(
        ["NGUYEN VAN AN", "CONG TY TNHH MAY XANH", "QUAN PHO THIN", "TRAN THI MAI", "CUA HANG TAN PHAT"]
    )
    amount, when = float(price(rng, 20000, 15000000, 1000)), day(rng)
    english = rng.random() < 0.4
    if english:
        status, words = said(rng, "Transfer successful", "Transfer failed", "Processing")
    else:
        status, words = said(
            rng, "Chuyển tiền thành công|Giao dịch thành công", "Giao dịch thất bại", "Đang xử lý"
        )
    digits_text = f"{int(amount):,}".replace(",", rng.choice([".", ","]))
    rows = [("title", bank), ("center", "Chuyển tiền" if not english else "VietQR transfer"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("big", digits_text + rng.choice([" VND", " VND", " đ"])), ("rule",)]
    labels = (
        ["Beneficiary", "Account no.", "Beneficiary bank", "Content", "Time", "Fee"]
        if english
        else ["Tên người nhận", "Số tài khoản", "Ngân hàng nhận", "Nội dung", "Thời gian", "Phí"]
    )
    stamp = rng.choice(
        [
            clock(rng, False) + " " + date_text(when, "%d/%m/%Y"),
            date_text(when, "%d/%m/%Y") + " " + clock(rng, False) + f":{rng.randrange(60):02d}",
        ]
    )
    rows += [
        ("pair", labels[0], payee),
        ("pair", labels[1], digits(rng, rng.choice([10, 12, 13]))),
        ("pair", labels[2], rng.choice(["MB - Quan Doi", "ACB", "Sacombank", "VietinBank"])),
        ("pair", labels[3], payee.split()[-1] + " chuyen tien " + digits(rng, 4)),
        ("pair", labels[4], stamp),
        ("pair", labels[5], rng.choice(["0 VND", "Miễn phí" if not english else "Free"])),
    ]
    ref = "FT" + digits(rng, 5) + code(rng, 5)
    printed = optional_pair(
        rng, rows, ["Transaction ID", "Reference"] if english else ["Mã giao dịch", "Số tham chiếu"], ref, 0.1
    )
    rows.append(("small", "VietQR | NAPAS 247"))
    record = truth(payee, amount, "VND", ref if printed else None, when, "netbanking", status)
    return rows, record, dict(SCREEN, band=(0, 106, 78) if "Vietcombank" in bank else (200, 20, 40))


def fps_transfer(rng: random.Random, font: str):
    """A Hong Kong bank app's FPS (Faster Payment System) transfer confirmation."""
    bank = rng.choice(["HSBC HK", "Hang Seng Bank", "BOC Hong Kong", "Standard Chartered HK"])
    payee = rng.choice(
        ["CHAN Tai Man", "Kam Wah Cafe", "Tin Hau Florist Ltd", "WONG Siu Ming", "Lee Kee Noodles"]
    )
    amount, when = price(rng, 20, 48000, rng.choice([1, 0.1, 0.01])), day(rng)
    status, words = said(rng, "Transfer completed|Successful", "Transfer unsuccessful", "Processing")
    rows = [("title", bank), ("center", rng.choice(["FPS transfer", "Transfer via FPS"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", rng.choice(["HKD ", "HK$"]) + money(amount, "western")),
        ("rule",),
        ("pair", rng.choice(["To", "Payee", "Recipient"]), payee),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "FPS ID", digits(rng, rng.choice([7, 9]))))
    else:
        rows.append(("pair", "Mobile", "+852 " + rng.choice("5679") + digits(rng, 3) + " " + digits(rng, 4)))
    rows += [
        ("pair", "From", "Savings " + digits(rng, 3) + "-" + "*****" + digits(rng, 1) + "-" + digits(rng, 3)),
        (
            "pair",
            rng.choice(["Transfer date", "Date"]),
            date_text(when, rng.choice(["%d/%m/%Y", "{d} %b %Y", "%Y/%m/%d"])) + " " + clock(rng, False),
        ),
    ]
    if shown(rng, 0.4):
        rows.append(("pair", "Remarks", rng.choice(["Rent", "Dinner", "Order 88", "Deposit"])))
    ref = "FRN" + date_text(when, "%Y%m%d") + "PAYC" + digits(rng, 10)
    printed = optional_pair(rng, rows, ["Reference no.", "Transaction reference", "FPS reference"], ref, 0.15)
    record = truth(payee, amount, "HKD", ref if printed else None, when, "netbanking", status)
    return rows, record, dict(SCREEN, band=(219, 0, 17) if "HSBC" in bank else (0, 110, 110))


def instapay_screen(rng: random.Random, font: str):
    """An Egyptian InstaPay instant bank transfer receipt."""
    payee = rng.choice(
        ["Ahmed Mostafa", "Koshary El Tahrir", "Cairo Dental Lab", "Mona Abdelrahman", "Zamalek Books"]
    )
    handle = payee.split()[0].lower() + rng.choice([".m", "_eg", "22"]) + "@instapay"
    amount, when = price(rng, 50, 60000, rng.choice([1, 0.01])), day(rng)
    status, words = said(
        rng, "Transaction Successful|Successful transaction", "Transaction Failed", "Pending"
    )
    style = rng.choice(["EGP ", " EGP", "LE "])
    shown_amount = money(amount, "western")
    shown_amount = shown_amount + style if style == " EGP" else style + shown_amount
    rows = [
        ("title", "InstaPay"),
        ("center", rng.choice(["Transfer receipt", "Transaction details"])),
        ("gap",),
    ]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", shown_amount),
        ("rule",),
        ("pair", rng.choice(["To", "Receiver", "Sent to"]), payee),
        ("pair", "IPA", handle),
        ("pair", "From", rng.choice(["CIB", "Banque Misr", "NBE", "QNB"]) + " ****" + digits(rng, 4)),
        (
            "pair",
            "Date",
            date_text(when, rng.choice(["{d} %b %Y", "%d/%m/%Y", "%Y-%m-%d"])) + " " + clock(rng, True),
        ),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Fees", "0.00 EGP"))
    ref = digits(rng, 12)
    printed = optional_pair(rng, rows, ["Reference Number", "Transaction ID", "Reference"], ref)
    rows.append(("small", "Hotline 16" + digits(rng, 3)))
    record = truth(payee, amount, "EGP", ref if printed else None, when, "netbanking", status)
    return rows, record, dict(SCREEN, band=(90, 30, 110))


def self_storage_receipt(rng: random.Random, font: str):
    """A Canadian self-storage facility's counter receipt (rent, lock, protection plan, GST/HST)."""
    facility = rng.choice(["Maple Leaf Self Storage", "StoreSafe Mississauga", "Northern Lockers Ltd."])
    town, area, tax_name, rate = rng.choice(
        [
            ("Mississauga, ON L5B 2C9", "905", "HST 13%", 0.13),
            ("Calgary, AB T2E 7H7", "403", "GST 5%", 0.05),
            ("Halifax, NS B3K 5M4", "902", "HST 15%", 0.15),
        ]
    )
    when = day(rng)
    receipt_no = "R" + digits(rng, 6)
    rows = [("title", facility), ("center", town), ("center", f"({area}) 555-" + digits(rng, 4))]
    if shown(rng, 0.5):
        rows.append(("center", "GST/HST # " + digits(rng, 9) + " RT0001"))
    rows.append(("rule",))
    receipt_shown = optional_pair(rng, rows, ["Receipt #", "Receipt No."], receipt_no)
    rows += [
        ("pair", "Tenant", rng.choice(["D. Tremblay", "S. Gill", "A. Novak", "K. O'Brien"])),
        ("pair", "Account", digits(rng, 6)),
        (
            "pair",
            "Unit",
            rng.choice(["B-114", "C-07", "A-231"]) + rng.choice([" (5x10)", " (10x10)", " (10x20)"]),
        ),
        ("pair", "Gate code", digits(rng, 4)),
        ("rule",),
    ]
    items = [("Monthly rent", price(rng, 89, 399))]
    if shown(rng, 0.6):
        items.append(("Disc lock", 14.99))
    if shown(rng, 0.5):
        items.append(("Protection plan", rng.choice([9.0, 12.0, 18.0])))
    subtotal = round(sum(value for _, value in items), 2)
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    mark = rng.choice(["CAD ", "CAD ", "$", "$", ""])
    rows += [("pair", name, f"{value:.2f}") for name, value in items]
    rows += [
        ("pair", "Subtotal", f"{subtotal:.2f}"),
        ("pair", tax_name, f"{tax:.2f}"),
        ("pair", rng.choice(["TOTAL", "Amount paid"]), mark + f"{total:,.2f}"),
    ]
    method = rng.choice(["card", "card", "cash", "cheque"])
    auth = digits(rng, 6)
    auth_shown = False
    if method == "card":
        rows.append(("pair", rng.choice(["Visa", "Mastercard", "Interac debit"]), "****" + digits(rng, 4)))
        auth_shown = optional_pair(rng, rows, ["Auth #", "Approval code"], auth, 0.3)
    else:
        rows.append(("pair", "Cash" if method == "cash" else "Cheque #" + digits(rng, 3), f"{total:.2f}"))
    paid_through = (when.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    rows.append(("pair", "Paid through", date_text(paid_through, "%m/%d/%Y")))
    date_shown = optional_pair(
        rng,
        rows,
        ["Date", "Payment date"],
        date_text(when, rng.choice(US_DATES[:3])) + " " + clock(rng, True),
    )
    status = _stamp(rng, rows, ["PAID - THANK YOU", "Payment received"])
    txn = auth if auth_shown else (receipt_no if receipt_shown else None)
    record = truth(
        facility,
        total,
        "CAD" if mark else None,
        txn,
        when if date_shown else None,
        None if method == "cheque" else method,
        status,
    )
    return rows, record, {"width": 540, "size": 20}


def ski_pass_receipt(rng: random.Random, font: str):
    """An Austrian or Swiss ski-lift ticket office receipt (day passes, keycard deposit, validity dates)."""
    company, place, iso, grouping, vat_line, rate = rng.choice(
        [
            ("Schneeberg Bergbahnen AG", "A-5754 Hinterglemm", "EUR", "european", "inkl. 10% MwSt", 0.1),
            ("Alpenarena Skilifte GmbH", "A-6561 Ischgl", "EUR", "european", "inkl. 10% MwSt", 0.1),
            ("Sportbahnen Weisshorn AG", "CH-7050 Arosa", "CHF", "plain", "inkl. 8.1% MWST", 0.081),
        ]
    )
    when = day(rng)
    if 5 <= when.month <= 10:  # the lifts run from December to April
        when = dt.date(when.year, rng.choice([12, 1, 2, 3, 4]), min(when.day, 28))
    start = when + dt.timedelta(days=rng.choice([0, 1]))
    days = rng.choice([1, 2, 3, 6])
    rows = [
        ("title", company),
        ("center", place),
        (
            "center",
            ("UID ATU" + digits(rng, 8))
            if iso == "EUR"
            else ("CHE-" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3) + " MWST"),
        ),
        ("rule",),
        ("pair", rng.choice(["Kasse", "Kassa"]), digits(rng, 2)),
    ]
    beleg = digits(rng, 6)
    beleg_shown = optional_pair(rng, rows, ["Beleg-Nr.", "Bon-Nr."], beleg)
    date_shown = optional_pair(
        rng,
        rows,
        ["Datum", "Verkauf am"],
        date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])) + " " + clock(rng, False),
    )
    adult = {1: 69.5, 2: 134.0, 3: 196.0, 6: 352.0}[days] + (6.0 if iso == "CHF" else 0.0)
    items = [(f"{days}-Tageskarte Erw.", adult, rng.randint(1, 3))]
    if shown(rng, 0.5):
        items.append((f"{days}-Tageskarte Kind", round(adult * 0.55, 1), rng.randint(1, 2)))
    count = sum(qty for _, _, qty in items)
    total = round(sum(each * qty for _, each, qty in items) + 5.0 * count, 2)
    rows.append(("rule",))
    for name, each, qty in items:
        rows.append(("pair", f"{qty} x {name}", money(each * qty, grouping)))
    rows += [
        ("pair", f"{count} x KeyCard Pfand", money(5.0 * count, grouping)),
        (
            "pair",
            "Gueltig",
            date_text(start, "%d.%m.") + " - " + date_text(start + dt.timedelta(days=days - 1), "%d.%m.%Y"),
        ),
        ("rule",),
        ("pair", rng.choice(["SUMME ", "Total "]) + iso, money(total, grouping)),
        ("small", vat_line + " " + money(round(total * rate / (1 + rate), 2), grouping)),
    ]
    method = rng.choice(["card", "card", "cash"])
    status, auth_shown, auth = None, False, digits(rng, 6)
    if method == "card":
        rows += [
            ("pair", "Zahlart", rng.choice(["Bankomat", "Maestro", "Visa", "Mastercard"])),
            ("pair", "Terminal-ID", digits(rng, 8)),
            ("pair", "Karte", "************" + digits(rng, 4)),
        ]
        auth_shown = optional_pair(rng, rows, ["Autorisierung", "Genehmigungs-Nr."], auth, 0.3)
        status, words = said(
            rng, "Zahlung erfolgreich|Transaktion OK", "Zahlung abgelehnt", "Zahlung in Bearbeitung", 0.4
        )
        if words:
            rows.append(("center", words))
    else:
        given = total + rng.choice([0, 10, 20, 50])
        rows += [
            ("pair", "Bar", money(given, grouping)),
            ("pair", "Rueckgeld", money(given - total, grouping)),
        ]
    rows.append(("small", "Danke und schoene Abfahrten!"))
    txn = auth if auth_shown else (beleg if beleg_shown else None)
    record = truth(company, total, iso, txn, when if date_shown else None, method, status)
    return rows, record, {"width": 470, "size": 20}


def mobile_repair_jobsheet(rng: random.Random, font: str):
    """An Indian mobile-phone repair shop's job sheet and bill at delivery (an estimate, an IMEI, a warranty)."""
    shop = rng.choice(["Sai Mobile Care", "Smart Fix Mobiles", "Sri Venkateswara Cell Point"])
    received = day(rng)
    delivered = received + dt.timedelta(days=rng.randint(0, 4))
    mark = rng.choice([rupee(font), "Rs.", "Rs. ", ""])
    parts = rng.choice(
        [
            ("Display combo", 1800, 6500),
            ("Charging port", 250, 650),
            ("Battery", 900, 2400),
            ("Back panel", 400, 1500),
            ("Speaker", 300, 700),
        ]
    )
    part = price(rng, parts[1], parts[2], 10)
    labour = float(rng.choice([150, 200, 300, 500]))
    total = round(part + labour, 2)
    estimate = round(total + rng.choice([0, 200, 500]), 2)
    job_no = rng.choice(["J", "JS-", ""]) + digits(rng, 4)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Shop 12, Ameerpet, Hyderabad", "Main Road, Tambaram, Chennai"])),
        ("center", "Mob: " + rng.choice("6789") + digits(rng, 9)),
    ]
    if shown(rng, 0.5):
        rows.append(
            (
                "center",
                "GSTIN 36"
                + code(rng, 5, UPPER)
                + digits(rng, 4)
                + code(rng, 1, UPPER)
                + "1Z"
                + digits(rng, 1),
            )
        )
    rows.append(("center", rng.choice(["JOB SHEET / BILL", "Service Bill"])))
    job_shown = optional_pair(rng, rows, ["Job No.", "Job Sheet No."], job_no)
    rows += [
        ("pair", "Customer", rng.choice(["Ravi Teja", "Lakshmi P.", "Mohd. Irfan", "Anitha R."])),
        ("pair", "Phone", rng.choice("6789") + digits(rng, 9)),
        ("pair", "Model", rng.choice(["Redmi Note 12", "Samsung A34", "iPhone 11", "Vivo Y21", "Realme 9"])),
        ("pair", "IMEI", digits(rng, 15)),
        ("pair", "Received on", date_text(received, "%d/%m/%Y")),
        ("pair", "Estimate", mark + f"{estimate:,.0f}"),
        ("rule",),
        ("pair", parts[0], mark + f"{part:.2f}"),
        ("pair", "Labour", mark + f"{labour:.2f}"),
        ("pair", rng.choice(["Total", "Net Amount", "Bill Amount"]), mark + f"{total:,.2f}"),
    ]
    date_shown = optional_pair(
        rng,
        rows,
        ["Delivered on", "Bill date", "Date"],
        date_text(delivered, rng.choice(["%d/%m/%Y", "%d-%m-%y", "{d} %b %Y"])),
        0.2,
    )
    method, wording = _pick_method(
        rng, {"cash": ["Cash"], "UPI": ["UPI", "PhonePe", "GPay"], "card": ["Card"]}, 0.2
    )
    if method:
        rows.append(("pair", rng.choice(["Paid by", "Mode"]), wording))
    utr = digits(rng, 12)
    utr_shown = method == "UPI" and optional_pair(rng, rows, ["UPI Ref", "UTR"], utr, 0.4)
    rows.append(
        ("pair", "Warranty till", date_text(delivered + dt.timedelta(days=rng.choice([30, 90])), "%d/%m/%Y"))
    )
    status = _stamp(rng, rows, ["Received with thanks", "PAID"])
    rows.append(("small", "No warranty for water damage / physical damage"))
    txn = utr if utr_shown else (job_no if job_shown else None)
    record = truth(
        shop, total, "INR" if mark else None, txn, delivered if date_shown else None, method, status
    )
    return rows, record, {"width": 560, "size": 20}


def tow_impound_release(rng: random.Random, font: str):
    """A US towing company's impound release receipt (tow, storage days, release fee)."""
    company, town, area = rng.choice(
        [
            ("Metro Towing & Recovery", "Phoenix, AZ 85009", "602"),
            ("A-1 Auto Impound LLC", "Denver, CO 80216", "303"),
            ("Lakeside Towing Inc.", "Milwaukee, WI 53204", "414"),
        ]
    )
    towed = day(rng)
    storage_days = rng.randint(1, 6)
    released = towed + dt.timedelta(days=storage_days)
    tow, daily, release_fee = (
        price(rng, 150, 350, 5),
        float(rng.choice([35, 40, 45, 55])),
        float(rng.choice([50, 75])),
    )
    total = round(tow + daily * storage_days + release_fee, 2)
    invoice = rng.choice(["", "T-", "INV "]) + digits(rng, 6)
    rows = [
        ("title", company),
        ("center", town),
        ("center", f"({area}) 555-" + digits(rng, 4)),
        ("center", rng.choice(["VEHICLE RELEASE RECEIPT", "Impound release"])),
        ("rule",),
    ]
    invoice_shown = optional_pair(rng, rows, ["Invoice #", "Ticket #", "Tow ticket"], invoice)
    rows += [
        ("pair", "Police case #", "PD" + digits(rng, 2) + "-" + digits(rng, 6)),
        ("pair", "Vehicle", rng.choice(["2017 Honda Civic", "2012 Ford F-150", "2020 Toyota RAV4"])),
        ("pair", "Plate", code(rng, 3, UPPER) + digits(rng, 4) + " " + town.split(", ")[1][:2]),
        ("pair", "VIN", code(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        ("pair", "Towed", date_text(towed, "%m/%d/%Y") + " " + clock(rng, True)),
    ]
    date_shown = optional_pair(
        rng,
        rows,
        ["Released", "Release date", "Date paid"],
        date_text(released, rng.choice(US_DATES)) + " " + clock(rng, True),
    )
    rows += [
        ("rule",),
        ("pair", "Tow fee", f"{tow:.2f}"),
        ("pair", f"Storage {storage_days} day(s) @ {daily:.2f}", f"{daily * storage_days:.2f}"),
        ("pair", "Release/admin fee", f"{release_fee:.2f}"),
        (
            "pair",
            rng.choice(["TOTAL", "Total paid", "Amount paid"]),
            rng.choice(["$", "$ ", "USD "]) + f"{total:,.2f}",
        ),
    ]
    method = rng.choice(["cash", "card", "card", "money order"])
    auth = digits(rng, 6)
    auth_shown = False
    if method == "card":
        rows.append(("pair", "Paid by", rng.choice(["VISA", "MC", "AMEX"]) + " xxxx" + digits(rng, 4)))
        auth_shown = optional_pair(rng, rows, ["Approval code", "Auth"], auth, 0.3)
    else:
        rows.append(("pair", "Paid by", "Cash" if method == "cash" else "Money order #" + digits(rng, 8)))
    rows.append(("pair", "Driver lic #", code(rng, 1, UPPER) + digits(rng, 8)))
    status = _stamp(rng, rows, ["PAID IN FULL", "PAID - VEHICLE RELEASED"])
    rows.append(("small", "Owner signature ____________________"))
    txn = auth if auth_shown else (invoice if invoice_shown else None)
    record = truth(
        company,
        total,
        "USD",
        txn,
        released if date_shown else None,
        method if method != "money order" else None,
        status,
    )
    return rows, record, {"width": 580, "size": 20}

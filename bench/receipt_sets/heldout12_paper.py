"""heldout12 families printed on paper: Turkish e-Arşiv invoices, Saudi mada slips, BPAY receipts and remittance
send receipts."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_sets.heldout12_render import PAPER
from bench.receipt_sets.heldout12_values import (UPPER, absent, code, digits, fmt_date, group, hhmm, money,
                                           outcome, pay_date, phone, truth)

CREAM = {**PAPER, "bg": (250, 246, 232)}


def tr_efatura(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Turkish e-Arşiv invoice printed in English; the invoice number (or a card auth code) is the id."""
    seller = rng.choice(["Koçtaş Yapı Market A.Ş.", "Mavi Giyim San. ve Tic. A.Ş.", "Teknosa İç ve Dış Tic. A.Ş.",
                         "D&R Kültür Yayıncılık", "Boyner Büyük Mağazacılık"])
    day = pay_date(rng)
    subtotal = money(rng, 80, 42000)
    vat = (subtotal * Decimal("0.20")).quantize(Decimal("0.01"))
    total = subtotal + vat
    grouping = rng.choice(["dot", "comma"])
    cur = rng.choice(["₺", " TL", " TRY"])

    def tl(v: Decimal) -> str:
        return ("₺" + group(v, grouping)) if cur == "₺" else group(v, grouping) + cur

    invoice_no = rng.choice(["GIB", "EAR", "KTS"]) + str(day.year) + digits(rng, 9)
    rows: list[tuple] = [("title", "e-ARCHIVE INVOICE"), ("center", "e-Arşiv Fatura")]
    show_merchant = not absent(rng)
    rows.append(("text", seller if show_merchant else "Seller: see tax office record"))
    rows.append(("kv", "Tax Office / VKN", f"Maslak / {digits(rng, 10)}"))
    rows.append(("kv", "Mersis No", digits(rng, 16)))
    rows.append(("kv", "Customer TCKN", digits(rng, 11)))
    rows.append(("rule",))
    show_invoice = not absent(rng, 0.2)
    if show_invoice:
        rows.append(("kv", rng.choice(["Invoice No", "Invoice Number", "Fatura No"]), invoice_no))
    rows.append(("kv", "ETTN", f"{code(rng, 8, '0123456789abcdef')}-{code(rng, 4, '0123456789abcdef')}-"
                 f"{code(rng, 4, '0123456789abcdef')}"))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Invoice Date", "Issue Date", "Date"]),
                     fmt_date(day, rng.choice(["%d-%m-%Y", "%d.%m.%Y"])) + " " + hhmm(rng)))
    rows.append(("kv", "Scenario", "EARSIVFATURA"))
    rows.append(("rule",))
    rows.append(("kv", "Goods/Services Total", tl(subtotal)))
    rows.append(("kv", "VAT 20%", tl(vat)))
    rows.append(("kv", rng.choice(["Payable Amount", "Total incl. VAT", "Amount Payable"]), tl(total), "bold"))
    method, auth = None, None
    kind = rng.choice(["card", "cash", "none"])
    if kind == "card":
        auth = digits(rng, 6)
        rows.append(("kv", "Payment", f"Credit Card ****{digits(rng, 4)}  Auth Code {auth}"))
        method = "card"
    elif kind == "cash":
        rows.append(("kv", "Payment", "Cash"))
        method = "cash"
    status = None
    if rng.random() < 0.3:
        rows.append(("stamp", "PAID"))
        status = "success"
    rows.append(("small", "This invoice was issued under the e-Archive invoice scheme."))
    txn = auth or (invoice_no if show_invoice else None)
    return rows, truth(seller if show_merchant else None, total, "TRY", txn, day if show_date else None,
                       method, status), CREAM if rng.random() < 0.4 else PAPER


def mada_sa(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Saudi mada card slip in English: RRN outranks the approval code; TID, MID and STAN are not ids."""
    merchant = rng.choice(["PANDA RETAIL CO", "JARIR BOOKSTORE", "AL BAIK RIYADH", "NAHDI PHARMACY 221",
                           "EXTRA STORES JEDDAH", "DANUBE CO"])
    status = outcome(rng)
    amount = money(rng, 4, 9800)
    day = pay_date(rng)
    rrn, approval = digits(rng, 12), digits(rng, 6)
    rows: list[tuple] = [("title", "mada")]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("center", merchant))
    rows.append(("center", rng.choice(["RIYADH", "JEDDAH", "DAMMAM"]) + "  Tel " + phone(rng, "011", 7)))
    rows += [("kv", "TID", digits(rng, 8)), ("kv", "MID", digits(rng, 15)), ("kv", "STAN", digits(rng, 6))]
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", "DATE", fmt_date(day, rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"]))))
    rows.append(("kv", "TIME", hhmm(rng) + ":" + f"{rng.randint(0, 59):02d}"))
    rows.append(("kv", "CARD", f"{digits(rng, 6)}******{digits(rng, 4)}"))
    rows.append(("kv", "EXP", f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"))
    rows.append(("center", "PURCHASE"))
    rows.append(("kv", rng.choice(["AMOUNT", "PURCHASE AMOUNT", "TOTAL"]),
                 rng.choice(["SAR ", "SR "]) + group(amount, rng.choice(["comma", "plain"])), "bold"))
    status_text = {"success": rng.choice(["APPROVED", "ACCEPTED", "APPROVED 00"]),
                   "failed": rng.choice(["DECLINED", "DECLINED 51", "NOT APPROVED"]),
                   "pending": "TRANSACTION INCOMPLETE - PLEASE CONFIRM"}[status]
    rows.append(("title", status_text))
    show_rrn = not absent(rng, 0.3)
    if show_rrn:
        rows.append(("kv", rng.choice(["RRN", "RETRIEVAL REF NO"]), rrn))
    show_approval = status == "success" and not absent(rng, 0.2)
    if show_approval:
        rows.append(("kv", rng.choice(["APPROVAL CODE", "AUTH", "APPR CODE"]), approval))
    rows.append(("small", "CARDHOLDER VERIFIED BY PIN" if rng.random() < 0.5 else "NO SIGNATURE REQUIRED"))
    txn = rrn if show_rrn else approval if show_approval else None
    return rows, truth(merchant if show_merchant else None, amount, "SAR", txn, day if show_date else None,
                       "card", status), PAPER


def bpay_au(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An Australian BPAY payment receipt: biller code and CRN are customer numbers, the receipt number is the id."""
    biller = rng.choice(["AGL SALES PTY LTD", "TELSTRA", "SYDNEY WATER", "ORIGIN ENERGY", "CITY OF MELBOURNE RATES",
                         "AUSTRALIAN TAXATION OFFICE"])
    status = outcome(rng)
    amount = money(rng, 30, 6500)
    day = pay_date(rng)
    receipt = rng.choice([digits(rng, 9), "N" + digits(rng, 10), code(rng, 10, UPPER + "0123456789")])
    bank = rng.choice(["CommBank NetBank", "Westpac Online Banking", "ANZ Internet Banking", "NAB Internet Banking"])
    rows: list[tuple] = [("title", "BPAY Payment Receipt")]
    show_method = not absent(rng, 0.35)
    rows.append(("center", bank if show_method else "Your payment details"))
    rows.append(("rule",))
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("kv", rng.choice(["Biller name", "Biller", "Paid to"]), biller))
    rows.append(("kv", "Biller code", digits(rng, rng.choice([4, 5, 6]))))
    rows.append(("kv", rng.choice(["Customer reference number", "CRN", "Reference (CRN)"]), digits(rng, 11)))
    rows.append(("kv", "From account", f"Smart Access {digits(rng, 2)}-{digits(rng, 4)} {digits(rng, 8)}"))
    rows.append(("kv", "Amount", "$" + group(amount, "comma"), "bold"))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Payment date", "Date", "Processed"]),
                     fmt_date(day, rng.choice(["%d/%m/%Y", "%d %b %Y", "%A %d %B %Y"]))))
    rows.append(("kv", "Bill due date", fmt_date(day + timedelta(days=rng.randint(2, 20)), "%d/%m/%Y")))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(["Receipt number", "BPAY receipt no.", "Receipt Ref", "Payment Ref"]), receipt))
    words = {"success": ["Payment successful", "Completed"], "failed": ["Payment unsuccessful", "Rejected"],
             "pending": ["Scheduled", "Pending - will be processed next business day"]}
    show_status = not absent(rng, 0.12)
    if show_status:
        rows.append(("kv", "Status", rng.choice(words[status])))
    rows.append(("small", "Keep this receipt number for your records. Registered to BPAY Pty Ltd ABN " +
                 digits(rng, 11)))
    return rows, truth(biller if show_merchant else None, amount, "AUD", receipt if show_id else None,
                       day if show_date else None, "netbanking" if show_method else None,
                       status if show_status else None), PAPER


def remittance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Western Union or Al Ansari style send receipt: the MTCN is the id, the total paid the amount."""
    brand = rng.choice(["Western Union", "Al Ansari Exchange", "MoneyGram", "Lulu Exchange"])
    currency, symbol = rng.choice([("USD", "USD "), ("GBP", "£"), ("AED", "AED "), ("EUR", "EUR ")])
    status = outcome(rng)
    send = money(rng, 50, 4800)
    fee = money(rng, 2, 45)
    total = send + fee
    rate = Decimal(str(round(rng.uniform(3, 330), 4)))
    receive_cur = rng.choice(["INR", "PHP", "PKR", "NGN", "MXN"])
    received = (send * rate).quantize(Decimal("0.01"))
    day = pay_date(rng)
    mtcn = digits(rng, 10)
    mtcn_shown = rng.choice([mtcn, f"{mtcn[:3]}-{mtcn[3:6]}-{mtcn[6:]}"])
    receiver = rng.choice(["RAMESH KUMAR", "MARIA SANTOS", "AHMED RAZA", "JUAN PEREZ", "GRACE OKAFOR"])
    rows: list[tuple] = [("title", brand.upper()), ("center", "MONEY TRANSFER - SEND RECEIPT"), ("rule",)]
    show_id = not absent(rng)
    if show_id:
        label = "MTCN" if brand == "Western Union" else rng.choice(["Reference No", "Transaction Code", "MTCN"])
        rows.append(("kv", label, mtcn_shown, "bold"))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", "Date", fmt_date(day, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%Y-%m-%d"])) + " " + hhmm(rng)))
    rows.append(("kv", "Sender", "S. PATEL  ID " + code(rng, 9, UPPER + "0123456789")))
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("kv", rng.choice(["Receiver", "Beneficiary", "Payee"]), receiver))
    rows.append(("kv", "Destination", {"INR": "India", "PHP": "Philippines", "PKR": "Pakistan", "NGN": "Nigeria",
                                       "MXN": "Mexico"}[receive_cur]))
    rows.append(("rule",))
    rows.append(("kv", "Transfer amount", symbol + group(send, "comma")))
    rows.append(("kv", "Transfer fee", symbol + group(fee, "comma")))
    rows.append(("kv", rng.choice(["Total", "Total to pay", "Total collected"]), symbol + group(total, "comma"), "bold"))
    rows.append(("kv", "Exchange rate", f"1 {currency} = {rate} {receive_cur}"))
    rows.append(("kv", "Amount to receiver", f"{receive_cur} {group(received, 'comma')}"))
    rows.append(("kv", "Expected pickup", fmt_date(day + timedelta(days=rng.randint(0, 2)), "%d/%m/%Y")))
    method = None
    if not absent(rng, 0.3):
        paid = rng.choice(["Cash", "Debit card", "Bank account"])
        rows.append(("kv", "Paid by", paid))
        method = {"Cash": "cash", "Debit card": "card", "Bank account": None}[paid]
    show_status = not absent(rng, 0.15)
    if show_status:
        rows.append(("kv", "Status", {"success": rng.choice(["Completed", "Sent"]),
                                      "failed": rng.choice(["Cancelled - not sent", "Failed"]),
                                      "pending": rng.choice(["On hold - compliance review", "Pending"])}[status]))
    rows.append(("small", "Agent " + digits(rng, 6) + "  Operator " + code(rng, 4, UPPER)))
    return rows, truth(receiver if show_merchant else None, total, currency, mtcn_shown if show_id else None,
                       day if show_date else None, method, status if show_status else None), PAPER

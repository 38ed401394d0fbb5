"""heldout16 layouts from the Americas and Asia: a US money-order stub, a boleto comprovante, a Singapore town
council e-receipt and an EV charging session receipt."""

from __future__ import annotations

import random
import string

from bench.receipt_sets.heldout14_values import (
    clock, code, date_text, day, digits, optional_pair, price, rupee, shown,
)
from bench.receipt_sets.heldout16_values import grouped, later, mark, pick

SCREEN = {"screen": True, "width": 560, "size": 22, "paper": (250, 250, 252), "min_height": 920}


def money_order_stub(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A US check-cashing store's receipt for a money order (face value plus fee), with tender and change."""
    store = pick(rng, "QuickCash Check Cashing", "Liberty Financial Center", "Neighborhood Cash & Go",
                 "Sunbelt Check Express", "Main Street Money Center", "EZ Checks Cashed")
    city = pick(rng, "Houston, TX 77002", "Phoenix, AZ 85004", "Newark, NJ 07102", "Chicago, IL 60616",
                "Tampa, FL 33602", "Fresno, CA 93721")
    face, fee = price(rng, 40, 1000, 1 if rng.random() < 0.6 else 0.01), pick(rng, 0.99, 1.25, 1.49, 1.99, 2.50)
    total, paid_on = round(face + fee, 2), day(rng)
    rows: list[tuple] = [("title", store), ("center", f"Store #{digits(rng, 3)}"),
                         ("center", f"{rng.randint(100, 9999)} {pick(rng, 'W Main St', 'S Central Ave', 'E 35th St', 'Broad St')}"),
                         ("center", city), ("center", f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}"), ("rule",)]
    rows.append(("pair", "Date", f"{date_text(paid_on, pick(rng, '%m/%d/%Y', '%m/%d/%y', '%b %d, %Y'))}"
                                 f" {clock(rng, True)}"))
    rows.append(("pair", pick(rng, "Teller", "Clerk", "Cashier"), f"{pick(rng, 'TM', 'CL')}{digits(rng, 3)}"))
    optional_pair(rng, rows, ["Customer #", "Cust ID"], digits(rng, 8), 0.3)
    txn = digits(rng, 10)
    txn_shown = optional_pair(rng, rows, ["Trans #", "Transaction ID", "Trans No."], txn, 0.3)
    receipt = digits(rng, 6)
    receipt_shown = optional_pair(rng, rows, ["Receipt #", "Receipt No."], receipt, 0.2)
    rows.append(("rule",))
    rows.append(("pair", pick(rng, "MONEY ORDER", "Money Order", "MO Purchase"), f"${grouped(face, 'western')}"))
    if txn_shown:
        optional_pair(rng, rows, ["  Serial #", "  MO Serial"], digits(rng, 11), 0.3)
    rows.append(("pair", pick(rng, "MO Fee", "Service Fee", "Fee"), f"${fee:.2f}"))
    rows.append(("pair", pick(rng, "TOTAL", "Total Due", "AMOUNT DUE"), f"${grouped(total, 'western')}"))
    cash = rng.random() < 0.75
    if cash:
        tendered = float(-(-total // 20) * 20)
        rows.append(("pair", pick(rng, "CASH", "Cash Tendered", "Tender: CASH"), f"${grouped(tendered, 'western')}"))
        rows.append(("pair", "CHANGE", f"${grouped(tendered - total, 'western')}"))
    status = pick(rng, "success", None)
    if status:
        rows.append(("center", pick(rng, "*** COMPLETED ***", "TRANSACTION APPROVED", "PAID")))
    rows.append(("small", pick(rng, "Keep this receipt for your records", "Money orders are non-refundable")))
    truth = {"merchant_name": store, "amount": f"{total:.2f}", "currency": "USD",
             "transaction_id": txn if txn_shown else receipt if receipt_shown else None,
             "date": paid_on.isoformat(), "payment_method": "cash" if cash else None, "status": status}
    return rows, truth, {"width": rng.randint(440, 520), "size": 20, "paper": (251, 250, 244)}


def boleto_comprovante(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Brazilian bank app's boleto payment voucher (comprovante), with due date, barcode line and CNPJ."""
    bank = pick(rng, "Banco Horizonte", "Banco Serra Azul", "Cooperativa Vale Sul", "Banco Atlântico Digital")
    payee = pick(rng, "Condomínio Edifício Jacarandá", "Escola Pequeno Príncipe Ltda", "Claro Fibra S.A.",
                 "Imobiliária Bom Lar", "Academia Corpo Leve", "Distribuidora Sol Nascente Ltda")
    due, status = day(rng), rng.choices(["success", "pending", None], [6, 2, 1])[0]
    paid_on = later(due, rng, -5, 4) if status != "pending" else later(due, rng, -6, 0)
    face = price(rng, 60, 9000)
    late = paid_on > due and rng.random() < 0.7
    extra = round(face * 0.02 + face * 0.00033 * (paid_on - due).days, 2) if late else 0.0
    discount = round(face * 0.05, 2) if not late and rng.random() < 0.25 else 0.0
    paid = round(face + extra - discount, 2)
    rows: list[tuple] = [("title", bank), ("center", pick(rng, "Comprovante de pagamento", "Comprovante de Pagamento de Boleto",
                                                           "Pagamento de boleto")), ("rule",)]
    rows.append(("pair", pick(rng, "Beneficiário", "Favorecido", "Cedente"), payee))
    rows.append(("pair", "CNPJ", f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}"))
    optional_pair(rng, rows, ["Pagador", "Nome do pagador"], pick(rng, "Mariana Souza", "João P. Almeida"), 0.3)
    line = " ".join([f"{digits(rng, 5)}.{digits(rng, 5)}", f"{digits(rng, 5)}.{digits(rng, 6)}",
                     f"{digits(rng, 5)}.{digits(rng, 6)}", digits(rng, 1), digits(rng, 14)])
    rows.append(("left", pick(rng, "Linha digitável:", "Código de barras:")))
    rows.append(("small", line))
    rows.append(("pair", pick(rng, "Data de vencimento", "Vencimento"), due.strftime("%d/%m/%Y")))
    date_label = "Data do agendamento" if status == "pending" else pick(rng, "Data do pagamento", "Pago em",
                                                                          "Data da operação")
    date_shown = optional_pair(rng, rows, [date_label], f"{paid_on.strftime('%d/%m/%Y')}"
                               f"{' - ' + clock(rng, False) if rng.random() < 0.5 else ''}", 0.1)
    real = mark(font, "R$", "BRL")
    rows.append(("pair", pick(rng, "Valor do documento", "Valor nominal"), f"{real} {grouped(face, 'european')}"))
    if extra:
        rows.append(("pair", pick(rng, "Juros/Multa", "Encargos"), f"{real} {grouped(extra, 'european')}"))
    if discount:
        rows.append(("pair", pick(rng, "Desconto", "Abatimento"), f"{real} {grouped(discount, 'european')}"))
    rows.append(("pair", pick(rng, "Valor pago", "Valor total pago", "Valor cobrado") if status != "pending"
                 else "Valor a pagar", f"{real} {grouped(paid, 'european')}"))
    txn = code(rng, 20, string.ascii_uppercase + string.digits)
    txn_shown = optional_pair(rng, rows, ["ID da transação", "Código da transação", "Nº de controle"], txn, 0.3)
    if txn_shown:
        rows.append(("left", "Autenticação:"))
        rows.append(("small", ".".join(code(rng, 4, "0123456789ABCDEF") for _ in range(6))))
    optional_pair(rng, rows, ["Agência/Conta", "Conta debitada"], f"{digits(rng, 4)} / {digits(rng, 6)}-{digits(rng, 1)}", 0.3)
    if status:
        rows.append(("center", {"success": pick(rng, "Pagamento realizado", "Pagamento efetuado com sucesso"),
                                "pending": pick(rng, "Pagamento agendado", "Agendamento confirmado")}[status]))
    truth = {"merchant_name": payee, "amount": f"{paid:.2f}", "currency": "BRL",
             "transaction_id": txn if txn_shown else None,
             "date": paid_on.isoformat() if date_shown and status != "pending" else None,
             "payment_method": None, "status": status}
    style = dict(SCREEN, accent=pick(rng, (236, 112, 0), (0, 70, 150), (120, 30, 140)), label_ink=(95, 95, 100))
    return rows, truth, style


def town_council_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Singapore town council's S&CC payment e-receipt (SGD), with account, unit, bill period and GST number."""
    council = pick(rng, "Ang Mo Kio Town Council", "Tampines Town Council", "Jurong-Clementi Town Council",
                   "Pasir Ris-Changi Town Council", "Marine Parade-Braddell Heights Town Council",
                   "Holland-Bukit Panjang Town Council")
    amount, paid_on = price(rng, 18, 260, 0.05) * pick(rng, 1, 1, 3), day(rng)
    amount = round(amount, 2)
    status = rng.choices(["success", "failed", None], [6, 1, 1])[0]
    rows: list[tuple] = [("title", council), ("center", pick(rng, "Payment Acknowledgement", "e-Receipt",
                                                             "Payment Receipt")), ("rule",)]
    rows.append(("pair", pick(rng, "S&CC Account No.", "Account No."), f"{digits(rng, 8)}-{digits(rng, 1)}"))
    rows.append(("pair", pick(rng, "Address", "Block/Unit"), f"Blk {rng.randint(101, 699)} #{rng.randint(2, 16):02d}-{rng.randint(1, 120):02d}"))
    bill = paid_on.replace(day=1)
    rows.append(("pair", pick(rng, "Bill Period", "Charges for"), bill.strftime("%b %Y")))
    optional_pair(rng, rows, ["Due Date", "Payment Due"], later(bill, rng, 20, 30).strftime("%d %b %Y"), 0.4)
    symbol = pick(rng, "S$", "SGD", "$")
    rows.append(("pair", pick(rng, "Amount Paid", "Payment Amount", "Total Paid"), f"{symbol}{'' if symbol != 'SGD' else ' '}{amount:,.2f}"))
    method, method_text = pick(rng, ("card", pick(rng, "Visa", "Mastercard", "Credit/Debit Card")),
                               ("netbanking", pick(rng, "eNETS Debit", "Internet Banking (DBS)", "eNETS")),
                               ("cash", "Cash (Counter)"))
    rows.append(("pair", pick(rng, "Payment Mode", "Paid via", "Payment Method"), method_text))
    date_shown = optional_pair(rng, rows, ["Payment Date", "Date Paid", "Transaction Date"],
                               date_text(paid_on, pick(rng, "%d %b %Y", "%d/%m/%Y", "%d-%b-%Y")) + pick(rng, "", f" {clock(rng, True)}"), 0.12)
    txn = f"{pick(rng, 'TC', 'PAY', 'TX')}{paid_on.strftime('%y%m%d')}{digits(rng, 6)}"
    txn_shown = optional_pair(rng, rows, ["Transaction Ref", "Reference No.", "Payment Ref"], txn, 0.2)
    receipt = f"R{digits(rng, 9)}"
    receipt_shown = optional_pair(rng, rows, ["Receipt No.", "e-Receipt No."], receipt, 0.4)
    if status:
        rows.append(("pair", "Status", {"success": pick(rng, "Successful", "Paid", "Completed"),
                                        "failed": pick(rng, "Unsuccessful", "Declined")}[status]))
    rows.append(("small", f"GST Reg No. M{digits(rng, 7)}-{digits(rng, 1)}"))
    rows.append(("small", pick(rng, "This is a computer-generated receipt.", "No signature is required.")))
    truth = {"merchant_name": council, "amount": f"{amount:.2f}",
             "currency": "SGD" if symbol != "$" else None,
             "transaction_id": txn if txn_shown else receipt if receipt_shown else None,
             "date": paid_on.isoformat() if date_shown else None, "payment_method": method, "status": status}
    return rows, truth, {"width": 700, "size": 21, "paper": (255, 255, 255), "accent": (0, 90, 60),
                         "label_ink": (70, 70, 80)}


def ev_charging_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An EV charging session receipt (app screen or e-mail): energy, duration, rate, idle fee, tax, total."""
    country = pick(rng, "IN", "UK", "DE", "US", "IN")
    operator = pick(rng, "VoltPark Charging", "ChargeGrid", "Ionway EV", "PlugPoint Networks", "Amp Harbour")
    kwh, paid_on = round(rng.uniform(6, 68), 2), day(rng)
    rate = {"IN": pick(rng, 18.0, 21.5, 24.0), "UK": pick(rng, 0.69, 0.79, 0.85), "DE": pick(rng, 0.59, 0.69, 0.79),
            "US": pick(rng, 0.43, 0.48, 0.56)}[country]
    energy = round(kwh * rate, 2)
    idle = round(rng.choice([0, 0, rate * 5]), 2)
    tax_rate = {"IN": 0.18, "UK": 0.20, "DE": 0.19, "US": 0.0}[country]
    tax = round((energy + idle) * tax_rate, 2)
    total = round(energy + idle + tax, 2)
    currency = {"IN": "INR", "UK": "GBP", "DE": "EUR", "US": "USD"}[country]
    symbol = {"IN": rupee(font), "UK": "£", "DE": "€", "US": "$"}[country]
    grouping = {"IN": "indian", "UK": "western", "DE": "european", "US": "western"}[country]
    iso = rng.random() < 0.3

    def cash(value: float) -> str:
        text = grouped(value, grouping)
        return f"{currency} {text}" if iso else f"{text} {symbol}" if country == "DE" else f"{symbol}{text}"

    status = rng.choices(["success", "failed", "pending"], [6, 1, 1])[0]
    rows: list[tuple] = [("title", operator), ("center", pick(rng, "Charging receipt", "Session summary",
                                                              "Payment receipt")), ("rule",)]
    site = pick(rng, "Phoenix Mall P2", "Highway Plaza Bay 4", "Riverside Car Park", "Station Rd Hub")
    rows.append(("pair", pick(rng, "Location", "Site"), site))
    rows.append(("pair", pick(rng, "Charger ID", "Charge point", "EVSE ID"), f"{code(rng, 2, string.ascii_uppercase)}-{digits(rng, 5)}"))
    optional_pair(rng, rows, ["Connector", "Plug"], pick(rng, "CCS2 #1", "Type 2 #2", "CCS1 #2", "CHAdeMO"), 0.4)
    start = rng.randrange(7 * 60, 21 * 60)
    minutes = rng.randint(18, 95)
    fmt = {"IN": "%d-%m-%Y", "UK": "%d/%m/%Y", "DE": "%d.%m.%Y", "US": "%m/%d/%Y"}[country]
    rows.append(("pair", pick(rng, "Start", "Session start"), f"{paid_on.strftime(fmt)} {start // 60:02d}:{start % 60:02d}"))
    end = start + minutes
    rows.append(("pair", pick(rng, "End", "Session end"), f"{end // 60:02d}:{end % 60:02d}"))
    rows.append(("pair", "Duration", f"{minutes // 60:02d}:{minutes % 60:02d}:{rng.randint(0, 59):02d}"))
    rows.append(("pair", pick(rng, "Energy delivered", "Energy", "Consumed"), f"{kwh:.2f} kWh"))
    rows.append(("pair", "Rate", f"{cash(rate)}/kWh"))
    rows.append(("pair", pick(rng, "Energy cost", "Charging fee"), cash(energy)))
    if idle:
        rows.append(("pair", pick(rng, "Idle fee", "Overstay fee"), cash(idle)))
    if tax:
        rows.append(("pair", {"IN": "GST 18%", "UK": "VAT 20%", "DE": "MwSt. 19%"}[country], cash(tax)))
    rows.append(("pair", pick(rng, "Total", "Amount charged", "Total paid") if status == "success"
                 else "Amount", cash(total)))
    method, method_text = {
        "IN": pick(rng, ("UPI", "UPI"), ("wallet", f"{operator.split()[0]} Wallet"), ("card", "Card")),
        "UK": pick(rng, ("card", "Visa •••• " + digits(rng, 4)), ("card", "Contactless"), ("wallet", "App credit")),
        "DE": pick(rng, ("card", "Kreditkarte"), ("card", "Mastercard"), ("wallet", "App wallet")),
        "US": pick(rng, ("card", "Visa ending " + digits(rng, 4)), ("card", "Credit card"), ("wallet", "Account balance")),
    }[country]
    if "•" in method_text and mark(font, "•", "") != "•":
        method_text = method_text.replace("••••", "ending")
    method_shown = optional_pair(rng, rows, ["Paid with", "Payment method", "Payment"], method_text, 0.12)
    date_labels = ["Paid on", "Payment date"] if status == "success" else ["Payment date", "Attempted on"]
    date_shown = optional_pair(rng, rows, date_labels, paid_on.strftime(fmt), 0.45)
    session = f"{code(rng, 3, string.ascii_uppercase)}{digits(rng, 9)}"
    session_shown = optional_pair(rng, rows, ["Session ID", "Booking ID"], session, 0.25)
    upi_ref = digits(rng, 12) if method == "UPI" and method_shown and status == "success" and shown(rng, 0.25) else None
    if upi_ref:
        rows.append(("pair", pick(rng, "UPI Ref No.", "UTR"), upi_ref))
    payment = f"pay_{code(rng, 14, string.ascii_letters + string.digits)}" if rng.random() < 0.4 else digits(rng, 10)
    payment_shown = optional_pair(rng, rows, ["Payment ID", "Transaction ID"], payment, 0.45)
    if country == "IN":
        optional_pair(rng, rows, ["GSTIN"], f"{digits(rng, 2)}{code(rng, 5, string.ascii_uppercase)}{digits(rng, 4)}"
                      f"{code(rng, 1, string.ascii_uppercase)}1Z{digits(rng, 1)}", 0.4)
    rows.append(("center", {"success": pick(rng, "Payment successful", "Paid"),
                            "failed": pick(rng, "Payment failed", "Payment declined"),
                            "pending": pick(rng, "Payment pending", "Payment processing")}[status]))
    truth = {"merchant_name": operator, "amount": f"{total:.2f}", "currency": currency,
             "transaction_id": upi_ref or (payment if payment_shown else session if session_shown else None),
             "date": paid_on.isoformat() if date_shown else None,
             "payment_method": method if method_shown else None, "status": status}
    if rng.random() < 0.6:
        style = dict(SCREEN, accent=pick(rng, (20, 150, 90), (0, 110, 200)), label_ink=(100, 100, 105))
    else:
        style = {"width": 680, "size": 21, "paper": (255, 255, 255), "accent": (20, 120, 80)}
    return rows, truth, style

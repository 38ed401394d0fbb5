"""Indian heldout13 layouts: UPI Lite SMS, DBT credit SMS, milk-society slip, toll ticket, hospital pharmacy bill."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout13_values import (
    INDIAN_PEOPLE,
    INDIAN_SHOPS,
    chance,
    code,
    digits,
    money,
    pick_date,
    show_date,
    show_time,
    truth_amount,
)


def _rupees(cents: int, rng: random.Random, font: str) -> tuple[str, str | None]:
    """Print rupees with a symbol or code; the ISO code is None when nothing marks the currency."""
    amount = money(cents, rng, rng.choice(["indian", "plain", "western"]))
    marks = ["Rs.", "Rs ", "INR ", "\u20b9", "\u20b9 ", ""]
    if "liberation" in font:  # Liberation fonts have no rupee sign
        marks = ["Rs.", "Rs ", "INR ", "Rs.", ""]
    mark = rng.choice(marks) if chance(rng, 0.85) else ""
    return f"{mark}{amount}", ("INR" if mark else None)


def upi_lite_sms(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A feature-phone SMS after a UPI Lite or UPI 123Pay payment."""
    cents = rng.randint(1, 500) * 100 + rng.choice([0, 0, 50])
    shown, currency = _rupees(cents, rng, font)
    day = pick_date(rng)
    payee = rng.choice(INDIAN_SHOPS) if chance(rng, 0.8) else None
    status = rng.choice(["success"] * 6 + ["failed", "failed", "pending"])
    ref = digits(rng, 12) if chance(rng, 0.8) else None
    channel = rng.choice(["UPI Lite", "UPI 123PAY", "UPI-Lite", "UPI 123Pay IVR"])
    to = f" to {payee}" if payee else ""
    on = f" on {show_date(day, rng, 'dmy')}" if chance(rng, 0.85) else ""
    ref_text = f" {rng.choice(['UPI Ref', 'Ref No', 'RRN', 'UPI Ref No.'])} {ref}." if ref else ""
    balance = money(rng.randint(0, 2000) * 100, rng, "plain")
    outcome = {"success": f"{shown} paid{to} via {channel}{on}.{ref_text} Lite bal {'Rs ' if currency else ''}{balance}.",
               "failed": f"Payment of {shown}{to} via {channel} FAILED{on}.{ref_text} Amount not debited.",
               "pending": f"Payment of {shown}{to} via {channel} is PENDING{on}.{ref_text} Do not retry; status in 48 hrs."}
    body = outcome[status]
    if status != "success" and chance(rng, 0.6):  # short failure notices leave the amount out
        body = body.replace(f"Payment of {shown}", "Payment").replace(" Amount not debited.", "")
        cents, currency = None, None
    sender = rng.choice(["VM-SBIUPI", "AD-HDFCBK", "JD-BOIIND", "VK-NPCIUP"])
    rows = [("l", sender), ("l", f"{show_date(pick_date(rng), rng, 'dmy')} {show_time(rng)}") if chance(rng, 0.3)
            else ("gap",), ("l", body), ("gap",),
            ("l", f"Not you? Call 1800{digits(rng, 7)} or SMS BLOCK to 9{digits(rng, 9)}")]
    if not on:  # the receipt of the SMS is not the payment date
        rows[1] = ("l", f"Recd {show_date(pick_date(rng), rng, 'dmy')}")
    truth = {"merchant_name": payee, "amount": truth_amount(cents) if cents else None, "currency": currency,
             "transaction_id": ref, "date": day.isoformat() if on else None, "payment_method": "UPI",
             "status": status}
    return rows, truth, "sms"


SCHEMES = ["PM-KISAN", "PMKSNY", "LPG PAHAL subsidy", "NSAP old-age pension", "MGNREGA wages", "Ladli Behna DBT"]


def dbt_credit_sms(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A bank SMS saying a government DBT transfer was credited to the beneficiary."""
    cents = rng.choice([200000, 200000, 600000, 25000, 125000, 30000 + rng.randint(0, 90) * 100])
    shown, currency = _rupees(cents, rng, font)
    day = pick_date(rng)
    name = rng.choice(INDIAN_PEOPLE) if chance(rng, 0.8) else None
    scheme = rng.choice(SCHEMES)
    rail = rng.choice(["NEFT", "APBS", "DBT", "NACH"]) if chance(rng, 0.9) else ""
    ref = rng.choice([f"PFMS{digits(rng, 10)}", digits(rng, 12), f"APB{code(rng, 9)}"]) if chance(rng, 0.8) else None
    account = f"XX{digits(rng, 4)}"
    pending = chance(rng, 0.2)
    greet = f"Dear {name}, " if name else ""
    ref_text = f" {rng.choice(['Ref', 'Ref No', 'UTR', 'Txn Ref'])}: {ref}." if ref else ""
    dated = show_date(day, rng, "dmy")
    via = f" via {rail}" if rail else ""
    if pending:
        amount_text = f" of {shown}" if chance(rng, 0.5) else ""
        if not amount_text:  # the advance notice leaves the amount out
            cents, currency = 0, None
        body = (f"{greet}{scheme} instalment{amount_text} for your A/c {account} is under process{via}"
                f" ({dated}).{ref_text} It will be credited in 2-3 working days.")
    else:
        body = (f"{greet}your A/c {account} is credited with {shown} on {dated} by {scheme}{via}.{ref_text}"
                f" Avl Bal: {'INR ' if currency else ''}{money(rng.randint(500, 90000) * 100, rng, 'indian')}")
    rows = [("l", rng.choice(["BZ-SBIINB", "VM-CBSSBI", "AX-PNBSMS", "JM-UCOBNK"])), ("gap",), ("l", body), ("gap",),
            ("l", f"Check status at pmkisan.gov.in or call 155{digits(rng, 3)}")]
    method = "netbanking" if rail == "NEFT" else None
    truth = {"merchant_name": name, "amount": truth_amount(cents) if cents else None, "currency": currency, "transaction_id": ref,
             "date": day.isoformat(), "payment_method": method, "status": "pending" if pending else "success"}
    return rows, truth, "sms"


SOCIETIES = ["Shri Krishna Dugdh Utpadak Sahakari Mandali", "AMUL Village Milk Co-op Soc., Anand",
             "Gokul Dudh Sangh Primary Society", "Nandini Milk Producers Co-op Society", "Sabar Dairy MPCS Vadali"]


def milk_society_slip(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A cooperative milk society's ten-day payment slip to a member farmer."""
    day = pick_date(rng)
    litres = rng.randint(40, 420)
    rate = rng.randint(3200, 5200)
    gross = litres * rate
    deduction = rng.choice([0, 0, rng.randint(50, 800) * 100])
    net = gross - deduction
    farmer = rng.choice(INDIAN_PEOPLE) if chance(rng, 0.8) else None
    slip = digits(rng, rng.randint(4, 6)) if chance(rng, 0.8) else None
    mode = rng.choice(["Cash", "NEFT", "Bank Transfer", "UPI", None])
    rows = [("c", rng.choice(SOCIETIES)), ("c", rng.choice(["PAYMENT SLIP", "Milk Bill / Payment Receipt",
                                                            "DOODH BILL"])), ("rule",)]
    if slip:
        rows.append(("kv", rng.choice(["Slip No.", "Bill No", "Receipt No"]), slip))
    rows.append(("kv", rng.choice(["Member Code", "Producer No."]), digits(rng, 4)))
    if farmer:
        rows.append(("kv", rng.choice(["Member Name", "Producer", "Paid to"]), farmer))
    start = day.replace(day=1) if day.day > 10 else day
    rows.append(("kv", "Period", f"{start.day:02d}-{day.month:02d} to {min(start.day + 9, 28):02d}-{day.month:02d}"))
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", rng.choice(["Payment Date", "Paid on", "Date"]), show_date(day, rng, "dmy")))
    rows += [("rule",), ("kv", "Qty (Ltr)", f"{litres}.{rng.randint(0, 9)}"),
             ("kv", "Avg FAT % / SNF %", f"{rng.uniform(3.5, 7):.1f} / {rng.uniform(8, 9):.1f}"),
             ("kv", "Rate/Ltr", money(rate, rng, "plain")), ("kv", "Milk Amount", money(gross, rng, "indian"))]
    if deduction:
        rows.append(("kv", rng.choice(["Cattle Feed Ded.", "Advance Recovery", "Mineral Mix"]),
                     f"-{money(deduction, rng, 'indian')}"))
    shown, currency = _rupees(net, rng, font)
    rows += [("rule",), ("kv", rng.choice(["NET PAYABLE", "Net Amount Paid", "Total Payment"]), shown)]
    if mode:
        rows.append(("kv", rng.choice(["Mode", "Payment Mode"]), mode))
    rows += [("gap",), ("c", "Secretary signature ______")]
    # a bank transfer is net banking, the product's documented convention (this set's first truth had None)
    method = {"Cash": "cash", "NEFT": "netbanking", "Bank Transfer": "netbanking", "UPI": "UPI"}.get(mode or "")
    truth = {"merchant_name": farmer, "amount": truth_amount(net), "currency": currency, "transaction_id": slip,
             "date": day.isoformat() if dated else None, "payment_method": method, "status": None}
    return rows, truth, "slip"


PLAZAS = [("NH-48 KHED SHIVAPUR TOLL PLAZA", "IRB Pune Satara Tollway Pvt Ltd"),
          ("PANIPAT TOLL PLAZA NH-44", "Panipat Elevated Expressway Ltd"),
          ("KRISHNAGIRI TOLL PLAZA", "L&T Krishnagiri Walajahpet Tollway Ltd"),
          ("VASAD TOLL PLAZA NE-1", "National Highways Authority of India")]


def toll_plaza_ticket(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A thermal toll-plaza ticket: plaza, lane, vehicle, fare, ticket number."""
    plaza, company = rng.choice(PLAZAS)
    day = pick_date(rng)
    cents = rng.choice([6500, 9500, 11000, 15500, 23000, 32500, 49500])
    return_trip = chance(rng, 0.3)
    fare = cents * 3 // 2 if return_trip else cents
    ticket = rng.choice([digits(rng, 10), f"{code(rng, 2, 'ABCDEFGHKLMNPRST')}{digits(rng, 8)}"]) \
        if chance(rng, 0.8) else None
    payee = company if chance(rng, 0.8) else None
    rows = [("c", plaza)] + ([("c", payee)] if payee else []) + [("c", f"GSTIN 27{code(rng, 13)}"), ("rule",)]
    if ticket:
        rows.append(("kv", rng.choice(["Ticket No", "TKT NO.", "Receipt No"]), ticket))
    dated = chance(rng, 0.85)
    rows.append(("kv", "Lane / Booth", f"L{rng.randint(1, 12):02d} / B{rng.randint(1, 20)}"))
    if dated:
        rows.append(("kv", rng.choice(["Date", "Date & Time", "Txn Date"]),
                     f"{show_date(day, rng, 'dmy')} {show_time(rng)}"))
    rows += [("kv", rng.choice(["Vehicle No", "Veh. Reg."]), f"{rng.choice(['MH', 'HR', 'TN', 'GJ'])}"
              f"{rng.randint(1, 48):02d}{code(rng, 2, 'ABCDEFGHKLMNPRST')}{digits(rng, 4)}"),
             ("kv", "Vehicle Class", rng.choice(["CAR/JEEP/VAN", "LCV", "BUS/TRUCK", "3-AXLE"])),
             ("kv", "Journey", "RETURN (valid 24 hrs)" if return_trip else "SINGLE")]
    shown, currency = _rupees(fare, rng, font)
    rows.append(("kv", rng.choice(["Fee", "Toll Amount", "AMOUNT"]), shown))
    mode = rng.choice(["CASH", "Cash", "UPI", "Card", None])
    if mode:
        rows.append(("kv", "Paid by", mode))
    rows += [("rule",), ("c", "Overloaded vehicles pay 10x fee"), ("c", "Emergency 1033 | Ambulance 108")]
    method = {"CASH": "cash", "Cash": "cash", "UPI": "UPI", "Card": "card"}.get(mode or "")
    truth = {"merchant_name": payee, "amount": truth_amount(fare), "currency": currency, "transaction_id": ticket,
             "date": day.isoformat() if dated else None, "payment_method": method, "status": None}
    return rows, truth, "thermal"


HOSPITALS = ["Sahyadri Super Speciality Hospital - IP Pharmacy", "KIMS Hospitals Pharmacy (In-Patient)",
             "Apollo Hospitals IP Pharmacy, Greams Rd", "Manipal Hospital Pharmacy - Ward Supply"]
DRUGS = ["Inj. Ceftriaxone 1g", "Tab. Pantoprazole 40", "IV NS 500ml", "Inj. Paracetamol 1g", "Syringe 5ml x10",
         "Tab. Dolo 650", "Cap. Amoxyclav 625", "Inj. Ondansetron", "Cannula 20G", "Gloves (pair) x20"]


def hospital_pharmacy_bill(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """An in-patient pharmacy bill with UHID, IP number, drugs, GST and a settlement line."""
    day = pick_date(rng)
    payee = rng.choice(HOSPITALS) if chance(rng, 0.8) else None
    bill = f"{rng.choice(['IPPH', 'PB', 'PHR'])}/{digits(rng, 6)}" if chance(rng, 0.8) else None
    rows = ([("c", payee)] if payee else []) + [("c", rng.choice(["PHARMACY BILL", "IP Pharmacy Invoice",
                                                                  "CREDIT/CASH BILL"])), ("rule",)]
    if bill:
        rows.append(("kv", rng.choice(["Bill No", "Invoice No.", "Bill Number"]), bill))
    rows += [("kv", "UHID", f"MRN{digits(rng, 8)}"), ("kv", "IP No", f"IP{digits(rng, 7)}"),
             ("kv", "Patient", rng.choice(INDIAN_PEOPLE)),
             ("kv", "Admitted", show_date(day - dt.timedelta(days=rng.randint(1, 12)), rng, "dmy"))]
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", rng.choice(["Bill Date", "Date", "Dated"]), show_date(day, rng, "dmy")))
    rows.append(("rule",))
    total = 0
    for drug in rng.sample(DRUGS, rng.randint(3, 6)):
        price = rng.randint(20, 1800) * 100 + rng.choice([0, 50, 25])
        total += price
        rows.append(("kv", f"{drug}  Exp {rng.randint(1, 12):02d}/{rng.randint(26, 29)}", money(price, rng, "plain")))
    discount = total // 10 if chance(rng, 0.3) else 0
    grand = total - discount
    rows += [("rule",), ("kv", "Gross", money(total, rng, "indian"))]
    if discount:
        rows.append(("kv", "Discount 10%", money(discount, rng, "indian")))
    rows.append(("kv", "GST incl. (12%)", money(grand * 12 // 112, rng, "indian")))
    shown, currency = _rupees(grand, rng, font)
    rows.append(("kv", rng.choice(["NET PAYABLE", "Grand Total", "Bill Amount"]), shown))
    mode = rng.choice(["card", "card", "cash", "UPI", "credit"])
    txn, status, method = bill, None, None
    if mode == "card":
        auth = digits(rng, 6)
        declined = chance(rng, 0.25)
        rows.append(("kv", "Paid by", f"Card XXXX{digits(rng, 4)}"))
        if not declined:  # a declined card prints no approval code
            rows.append(("kv", rng.choice(["Auth Code", "Appr. Code"]), auth))
        rows.append(("kv", "Status", "DECLINED" if declined else "APPROVED"))
        txn, status, method = bill if declined else auth, "failed" if declined else "success", "card"
    elif mode == "cash":
        rows.append(("kv", "Mode", "Cash"))
        method = "cash"
    elif mode == "UPI":
        utr = digits(rng, 12)
        rows += [("kv", "Mode", "UPI"), ("kv", "UTR", utr)]
        txn, method = utr, "UPI"
    else:
        rows += [("kv", "Mode", "Credit to IP account"), ("kv", "Payment Status", "PENDING - settle at discharge")]
        status = "pending"
    rows += [("gap",), ("c", "Drugs once sold are not taken back"), ("c", f"DL No. MH-PZ3-{digits(rng, 6)}")]
    truth = {"merchant_name": payee, "amount": truth_amount(grand), "currency": currency, "transaction_id": txn,
             "date": day.isoformat() if dated else None, "payment_method": method, "status": status}
    return rows, truth, "thermal"

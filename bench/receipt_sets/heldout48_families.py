"""The twelve heldout48 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; only the shared value helpers of heldout14 are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
"""

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
    truth_fields,
)

UPPER = string.ascii_uppercase
ALNUM = UPPER + string.digits
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 21}


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (success mostly, else failed or pending where the layout has words for it) and its wording."""
    roll = rng.random()
    status = "success" if roll < 0.72 else ("failed" if roll < 0.86 else "pending")
    if status not in words:
        status = "success"
    return status, rng.choice(words[status])


def _inr(rng: random.Random, value: float, font: str, decimals: bool = True) -> str:
    """A rupee sum in lakh grouping, marked with the rupee sign the face can print, Rs. or INR."""
    text = money(value, "indian")
    if not decimals and text.endswith(".00"):
        text = text[:-3]
    return rng.choice([rupee(font), rupee(font) + " ", "Rs. ", "INR "]) + text


# ---------------------------------------------------------------- 1 Flipkart / Myntra order invoice


def ecommerce_invoice(rng: random.Random, font: str):
    """A Flipkart / Myntra tax invoice: Order ID OD..., Invoice No., Order Date, products with HSN and qty, taxable
    value, IGST / CGST+SGST, shipping, Grand Total / Total / Total Amount, Mode of payment in a share."""
    shop = rng.choice(["Flipkart", "Myntra"])
    products = [(rng.choice(["Boat Rockerz 450 Headphones", "Roadster Men Slim Fit Shirt", "Prestige Kettle 1.5 L",
                             "HRX Running Shoes UK 9", "Redmi 13C (Black, 128 GB)", "Bedsheet Double Cotton"]),
                 float(rng.choice([299, 499, 649, 899, 1299, 1799, 8999, 11499]))) for _ in range(rng.randint(1, 3))]
    gross = float(sum(v for _, v in products))
    shipping = float(rng.choice([0, 0, 40, 70]))
    discount = float(rng.choice([0, 0, 100, 150])) if gross > 600 else 0.0
    total = round(gross + shipping - discount, 2)
    r = rupee(font)
    rows = [("title", shop), ("center", rng.choice(["Tax Invoice", "TAX INVOICE / BILL OF SUPPLY"])),
            ("small", "GSTIN: 29" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + code(rng, 1, ALNUM))]
    order = "OD" + digits(rng, 18) if shop == "Flipkart" else digits(rng, 16)
    txn = None
    if optional_pair(rng, rows, ["Order ID", "Order Id:", "Order No."], order, 0.2):
        txn = order
    invoice = rng.choice(["FAAB", "MYN", "IN"]) + digits(rng, 9)
    if optional_pair(rng, rows, ["Invoice No.", "Invoice Number", "Invoice #"], invoice, 0.3) and txn is None:
        txn = invoice
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        text = date_text(when, rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d %b %Y", "%b {d}, %Y"]))
        rows.append(("pair", rng.choice(["Order Date", "Order Date:", "Ordered on"]), text))
    rows.append(("left", "Ship to: " + rng.choice(["Ananya Rao, Koramangala, Bengaluru 560034",
                                                   "Rohan K, Andheri East, Mumbai 400069"])))
    rows.append(("rule",))
    for name, value in products:
        rows.append(("pair", name + "  x1", r + money(value, "indian")))
    rows.append(("small", "HSN " + digits(rng, 8) + "   IGST 18% incl."))
    if shipping:
        rows.append(("pair", rng.choice(["Shipping Charges", "Delivery Charges"]), r + money(shipping, "indian")))
    if discount:
        rows.append(("pair", rng.choice(["Discount", "Coupon Discount"]), "-" + r + money(discount, "indian")))
    rows.append(("pair", rng.choice(["Grand Total", "Total", "Total Amount"]), _inr(rng, total, font)))
    pay, method = rng.choice([("Cash on Delivery", "cash"), ("UPI", "UPI"), ("Credit Card", "card"),
                              ("Debit Card", "card"), ("Net Banking", "netbanking"), ("PhonePe UPI", "UPI")])
    method_printed = optional_pair(rng, rows, ["Mode of Payment", "Payment Method", "Paid by"], pay, 0.35)
    rows.append(("small", "This is a computer generated invoice."))
    truth = truth_fields(shop, total, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 680, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 2 DMart / Big Bazaar till


def indian_supermarket_till(rng: random.Random, font: str):
    """A DMart / Big Bazaar / Reliance Smart till: Bill No, Date, items with MRP and rate, Total Qty, You Saved,
    Net Amount / BILL AMOUNT / Total Payable, tender CASH and Change / CARD / UPI, GST summary."""
    chain, company = rng.choice([("DMart", "Avenue Supermarts Ltd."), ("Big Bazaar", "Future Retail Ltd."),
                                 ("Reliance SMART", "Reliance Retail Ltd.")])
    items = [(rng.choice(["TATA SALT 1KG", "AASHIRVAAD ATTA 5KG", "AMUL BUTTER 500G", "SURF EXCEL 1KG",
                          "FORTUNE OIL 1L", "PARLE-G 800G", "TOOR DAL 1KG"]), float(rng.choice([28, 52, 96, 135, 186, 249, 289])),
              rng.randint(1, 3)) for _ in range(rng.randint(3, 7))]
    total = float(sum(p * q for _, p, q in items))
    saved = float(rng.choice([0, 12, 35, 58]))
    rows = [("title", chain), ("center", company), ("small", rng.choice(["Thane West, Mumbai 400601",
                                                                          "Kukatpally, Hyderabad 500072"])),
            ("small", "GSTIN 27" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1)),
            ("center", rng.choice(["TAX INVOICE", "CASH MEMO / TAX INVOICE"]))]
    bill = rng.choice(["", "B", "T"]) + digits(rng, rng.choice([6, 8]))
    txn = bill if optional_pair(rng, rows, ["Bill No", "BILL NO.", "Inv No"], bill, 0.2) else None
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Bill Dt", "DATE"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y"])) + " " + clock(rng, False)))
    rows.append(("left", "Cashier: " + rng.choice(["SUNITA", "RAMESH K", "POS-04"])))
    rows.append(("rule",))
    for name, price_, qty in items:
        rows.append(("pair", f"{name} {qty}x{price_:.2f}", f"{price_ * qty:.2f}"))
    rows.append(("rule",))
    rows.append(("pair", "Total Qty", str(sum(q for _, _, q in items))))
    if saved:
        rows.append(("pair", "You Saved Rs.", f"{saved:.2f}"))
    rows.append(("pair", rng.choice(["NET AMOUNT", "BILL AMOUNT", "Total Payable", "TOTAL"]), money(total, "indian")))
    tender, method = rng.choice([("CASH", "cash"), ("CASH", "cash"), ("CARD", "card"), ("UPI", "UPI"),
                                 ("PAYTM UPI", "UPI")])
    method_printed = shown(rng, 0.15)
    if method_printed:
        if method == "cash":
            given = float(int(total / 100 + 1) * 100)
            rows.append(("pair", tender, money(given, "indian")))
            rows.append(("pair", rng.choice(["Change", "BALANCE RETURNED"]), f"{given - total:.2f}"))
        else:
            rows.append(("pair", tender, money(total, "indian")))
            if method == "card":
                rows.append(("left", "CARD NO XXXX XXXX XXXX " + digits(rng, 4)))
                appr = digits(rng, 6)
                if optional_pair(rng, rows, ["APPR CODE", "Auth Code"], appr, 0.4):
                    txn = appr
            else:
                rrn = digits(rng, 12)
                if optional_pair(rng, rows, ["UPI Ref No", "RRN"], rrn, 0.4):
                    txn = rrn
    rows.append(("small", "CGST 2.5%  SGST 2.5% included in price"))
    rows.append(("center", rng.choice(["THANK YOU. VISIT AGAIN", "No exchange without bill"])))
    truth = truth_fields(chain, total, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 470, "size": 18, "paper": (250, 250, 244)}


# ---------------------------------------------------------------- 3 Uber / Ola ride receipt


def ride_receipt(rng: random.Random, font: str):
    """An Uber ride e-mail in rupees, dollars or pounds, or an Ola invoice in rupees: Total / Total Fare, trip fare,
    booking fee, tolls, a payment line with the sum, pickup and drop, CRN / Trip ID in a share, date line."""
    app = rng.choice(["Uber", "Ola"])
    currency, mark = ("INR", rupee(font)) if app == "Ola" else rng.choice([("INR", rupee(font)), ("USD", "$"),
                                                                             ("GBP", "£")])
    fare = price(rng, 90, 780) if currency == "INR" else price(rng, 7, 48)
    fee = round(fare * 0.08, 2)
    tolls = float(rng.choice([0, 0, 45])) if currency == "INR" else float(rng.choice([0, 0, 2.5]))
    tip = round(fare * rng.choice([0, 0, 0.15]), 2) if currency == "USD" else 0.0
    total = round(fare + fee + tolls + tip, 2)

    def fmt(value: float) -> str:
        return mark + (money(value, "indian") if currency == "INR" else f"{value:,.2f}")

    when = day(rng)
    dated = shown(rng, 0.2)
    rows = [("title", "Uber" if app == "Uber" else "OLA")]
    if dated:
        rows.append(("center", date_text(when, rng.choice(["%B {d}, %Y", "%a, %b {d}, %Y", "{d} %b %Y"]))
                     + (" " + clock(rng, True) if rng.random() < 0.5 else "")))
    rows.append(("center", rng.choice(["Thanks for riding, Meera", "Here's your receipt for your ride",
                                       "Ride Receipt"]) if app == "Uber" else rng.choice(["Ride Invoice", "Thanks for travelling with us"])))
    rows.append(("big", fmt(total)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Trip fare", "Ride Fare", "Base Fare"]), fmt(fare)))
    rows.append(("pair", rng.choice(["Booking fee", "Access Fee", "Platform fee"]), fmt(fee)))
    if tolls:
        rows.append(("pair", "Tolls", fmt(tolls)))
    if tip:
        rows.append(("pair", "Tip", fmt(tip)))
    rows.append(("pair", rng.choice(["Total", "Total Fare", "Total Bill"]), fmt(total)))
    methods = [("Visa ••••" + digits(rng, 4), "card"), ("Mastercard ••••" + digits(rng, 4), "card"),
               ("Cash", "cash")]
    if currency == "INR":
        methods += [("UPI", "UPI"), ("Paytm Wallet", "wallet"), ("Ola Money" if app == "Ola" else "Uber Cash", "wallet")]
    else:
        methods += [("PayPal", "wallet"), ("Uber Cash", "wallet")]
    pay, method = rng.choice(methods)
    method_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("left", rng.choice(["Payments", "Paid by", "Payment"])))
        rows.append(("pair", pay, fmt(total)))
    places = {"INR": [("Koramangala 5th Block, Bengaluru", "Indiranagar, Bengaluru"),
                      ("Bandra West, Mumbai", "Lower Parel, Mumbai")],
              "USD": [("Market St, San Francisco, CA 94103", "Valencia St, San Francisco, CA 94110"),
                      ("W 34th St, New York, NY 10001", "Broadway, New York, NY 10012")],
              "GBP": [("King's Cross Station, London N1C 4AX", "Camden Town, London NW1 8QL")]}[currency]
    pickup, drop = rng.choice(places)
    rows.append(("small", "Pickup " + clock(rng, True) + "  " + pickup))
    rows.append(("small", "Drop " + clock(rng, True) + "  " + drop))
    rows.append(("small", f"{rng.uniform(2, 24):.2f} {'km' if currency != 'USD' else 'miles'} | {rng.randint(6, 58)} min"))
    txn = None
    if app == "Ola":
        crn = "CRN" + digits(rng, 10)
        txn = crn if optional_pair(rng, rows, ["CRN", "Booking ID"], crn, 0.25) else None
    else:
        trip = code(rng, 8, "0123456789abcdef") + "-" + code(rng, 4, "0123456789abcdef") + "-" + code(rng, 4, "0123456789abcdef")
        txn = trip if optional_pair(rng, rows, ["Trip ID", "Ride ID"], trip, 0.5) else None
    truth = truth_fields("Uber" if app == "Uber" else "OLA", total, currency, txn, when if dated else None,
                   method if method_printed else None, None)
    return rows, truth, dict(SCREEN, width=580, accent=(0, 0, 0) if app == "Uber" else (150, 190, 30),
                             screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 4 BookMyShow ticket


def movie_ticket(rng: random.Random, font: str):
    """A BookMyShow booking confirmation: movie, cinema, show date and time (not the day paid), seats, ticket
    amount, convenience fee with GST, Total Amount / Amount Paid / Order Total, Booking ID, Paid via, Booked on."""
    seats = rng.randint(1, 5)
    price_ = float(rng.choice([150, 180, 220, 250, 320, 450]))
    tickets = price_ * seats
    conv = round(seats * rng.choice([23.6, 29.5, 35.4]), 2)
    food = float(rng.choice([0, 0, 0, 290, 420]))
    total = round(tickets + conv + food, 2)
    rows = [("title", "BookMyShow"), ("center", rng.choice(["Booking Summary", "Order Summary",
                                                            "Ticket Summary"]))]
    status = None
    if shown(rng, 0.65):
        status, words = _outcome(rng, {"success": ["Payment Successful", "Payment Status: Success"],
                                       "failed": ["Payment Failed"], "pending": ["Payment Pending"]})
        rows.append(("center", words))
    rows.append(("left", rng.choice(["Chhaava (UA) Hindi, 2D", "Pushpa 2 (A) Telugu, 2D", "Dune: Part Two (UA) English, IMAX 2D",
                                     "Stree 2 (UA) Hindi, 2D"])))
    rows.append(("left", rng.choice(["PVR: Phoenix Marketcity, Kurla", "INOX: Garuda Mall, Bengaluru",
                                     "Cinepolis: Seasons Mall, Pune"])))
    show = day(rng) + dt.timedelta(days=rng.randint(0, 6))
    rows.append(("pair", rng.choice(["Show Date", "Showtime"]), date_text(show, "%a, %d %b %Y") + " | " + clock(rng, True)))
    rows.append(("pair", "Seats", f"{rng.choice('DEFGHJ')}{rng.randint(1, 12)}" + (f" (+{seats - 1})" if seats > 1 else "")))
    rows.append(("rule",))
    r = rupee(font)
    rows.append(("pair", f"Ticket(s) price ({seats})", r + money(tickets, "indian")))
    rows.append(("pair", rng.choice(["Convenience fees", "Internet handling fees"]), r + f"{conv:.2f}"))
    if food:
        rows.append(("pair", "Food & Beverage", r + money(food, "indian")))
    rows.append(("pair", rng.choice(["Total Amount", "Amount Paid", "Order Total"]), _inr(rng, total, font)))
    booking = code(rng, 3, UPPER) + code(rng, 4, ALNUM)
    txn = booking if optional_pair(rng, rows, ["Booking ID", "BOOKING ID:"], booking, 0.15) else None
    pay, method = rng.choice([("UPI", "UPI"), ("Google Pay UPI", "UPI"), ("Credit Card", "card"),
                              ("ICICI Debit Card", "card"), ("Amazon Pay", "wallet"), ("Net Banking", "netbanking")])
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment Mode", "Payment Type"], pay, 0.3)
    when = None
    if shown(rng, 0.3):
        when = show - dt.timedelta(days=rng.randint(0, 3))
        rows.append(("pair", rng.choice(["Booking Date", "Booked on", "Booking Date & Time"]),
                     date_text(when, rng.choice(["%d %b %Y", "%d/%m/%Y", "%b {d}, %Y"])) + ", " + clock(rng, True)))
    rows.append(("small", "Cancellation not available for this venue"))
    truth = truth_fields("BookMyShow", total, "INR", txn, when, method if method_printed else None, status)
    style = dict(SCREEN, width=600, accent=(220, 53, 69))
    if rng.random() < 0.2:
        style.update(paper=(22, 22, 30), ink=(232, 232, 232))
    return rows, truth, style


# ---------------------------------------------------------------- 5 electricity bill payment receipt


def electricity_payment(rng: random.Random, font: str):
    """A Tata Power / Adani Electricity / BESCOM online bill payment receipt: consumer / CA number, bill month,
    due date (not the day paid), Amount Paid, Transaction ID / Receipt No., Payment Mode, Payment Date."""
    board = rng.choice(["Tata Power", "Adani Electricity", "BESCOM", "MSEDCL"])
    amount = price(rng, 340, 9400) if rng.random() < 0.6 else float(rng.randint(300, 12000))
    rows = [("title", board), ("center", rng.choice(["Payment Receipt", "Online Bill Payment Receipt",
                                                     "Electricity Bill Payment"]))]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(rng, {"success": ["Payment Successful", "Transaction Successful",
                                                   "Thank you! Your payment was successful"],
                                       "failed": ["Payment Failed", "Transaction Failed"],
                                       "pending": ["Payment Pending", "Transaction under process"]})
        if rng.random() < 0.5:
            rows.append(("pair", rng.choice(["Status", "Payment Status"]),
                         rng.choice({"success": ["Success", "Successful"], "failed": ["Failed"],
                                     "pending": ["Pending"]}[status])))
        else:
            rows.append(("center", words))
    rows.append(("pair", rng.choice(["Consumer No.", "CA Number", "Account ID", "Consumer Number"]), digits(rng, 12)))
    rows.append(("pair", "Name", rng.choice(["SURESH PATIL", "MEERA PILLAI", "A K SHARMA"])))
    bill_month = day(rng)
    rows.append(("pair", rng.choice(["Bill Month", "Billing Period"]), date_text(bill_month, "%b-%Y")))
    due = bill_month + dt.timedelta(days=rng.randint(12, 25))
    if shown(rng, 0.4):
        rows.append(("pair", "Due Date", date_text(due, "%d-%m-%Y")))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Amount Paid", "Amount Paid (Rs.)", "Paid Amount", "Total Amount"]),
                 _inr(rng, amount, font)))
    txid = {"Tata Power": "TP", "Adani Electricity": "AEML"}.get(board, "") + digits(rng, rng.choice([10, 14]))
    txn = txid if optional_pair(rng, rows, ["Transaction ID", "Transaction Ref No.", "Txn No."], txid, 0.25) else None
    receipt = "R" + digits(rng, 9)
    if optional_pair(rng, rows, ["Receipt No.", "Receipt Number"], receipt, 0.5) and txn is None:
        txn = receipt
    pay, method = rng.choice([("Net Banking", "netbanking"), ("UPI", "UPI"), ("Debit Card", "card"),
                              ("Credit Card", "card"), ("Wallet - Paytm", "wallet")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment", "Paid Through"], pay, 0.25)
    when = None
    if shown(rng, 0.2):
        when = due - dt.timedelta(days=rng.randint(0, 10))
        rows.append(("pair", rng.choice(["Payment Date", "Transaction Date", "Date of Payment"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"])) + " " + clock(rng, False)))
    rows.append(("small", "Payment will reflect in your account within 48 hours."))
    truth = truth_fields(board, amount, "INR", txn, when, method if method_printed else None, status)
    accent = {"Tata Power": (0, 80, 160), "Adani Electricity": (100, 40, 150), "BESCOM": (0, 110, 60),
              "MSEDCL": (200, 90, 0)}[board]
    return rows, truth, dict(SCREEN, width=640, size=20, accent=accent, screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 6 credit-card bill payment via CRED


def card_bill_payment(rng: random.Random, font: str):
    """A CRED / PhonePe credit-card bill payment: "<bank> Credit Card" paid, the card being paid (never the way to
    pay), amount, paid from a UPI bank or net banking, Transaction ID / UTR, date, outcome words in a share."""
    app = rng.choice(["CRED", "CRED", "PhonePe"])
    bank = rng.choice(["HDFC Bank Credit Card", "ICICI Bank Credit Card", "SBI Card", "Axis Bank Credit Card",
                       "AMEX Credit Card"])
    amount = price(rng, 1200, 185000) if rng.random() < 0.7 else float(rng.randint(2, 90) * 1000)
    rows = [("title", app)]
    status, words = _outcome(rng, {"success": ["payment successful", "Bill paid successfully", "Payment Successful"],
                                   "failed": ["payment failed", "Payment Failed"],
                                   "pending": ["payment in progress", "Payment Processing"]})
    status_printed = shown(rng, 0.1)
    if status_printed:
        rows.append(("center", words))
    rows.append(("big", _inr(rng, amount, font)))
    rows.append(("pair", rng.choice(["Paid to", "Bill paid for"]), bank))
    rows.append(("pair", "Card", "XXXX XXXX XXXX " + digits(rng, 4)))
    rows.append(("rule",))
    bank_from = rng.choice(["HDFC Bank", "Kotak Bank", "SBI", "Axis Bank"])
    pay, method = rng.choice([("UPI - " + bank_from + " XX" + digits(rng, 4), "UPI"),
                              (bank_from + " UPI", "UPI"), ("Net Banking - " + bank_from, "netbanking")])
    method_printed = optional_pair(rng, rows, ["Paid from", "Debited from", "Payment method"], pay, 0.2)
    txn = None
    if method == "UPI" and method_printed:
        utr = digits(rng, 12)
        if optional_pair(rng, rows, ["UTR", "UPI Ref No.", "UTR No."], utr, 0.3):
            txn = utr
    tid = ("CRED" if app == "CRED" else "T") + digits(rng, rng.choice([16, 18]))
    if optional_pair(rng, rows, ["Transaction ID", "Payment ID"], tid, 0.3) and txn is None:
        txn = tid
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        text = rng.choice([date_text(when, "{d} %b %Y"), date_text(when, "%d %B %Y"), date_text(when, "%d/%m/%y")])
        if rng.random() < 0.5:
            rows.append(("pair", rng.choice(["Date", "Paid on", "Transaction Date"]), text + ", " + clock(rng, True)))
        else:
            rows.append(("center", clock(rng, True) + " on " + text))
    rows.append(("small", "It may take up to 2 working days to reflect on your card."))
    truth = truth_fields(bank, amount, "INR", txn, when, method if method_printed else None,
                   status if status_printed else None)
    style = dict(SCREEN, width=540, accent=(240, 240, 240) if app == "CRED" else (95, 37, 159))
    if app == "CRED":
        style.update(paper=(14, 14, 16), ink=(230, 230, 230))
    return rows, truth, style


# ---------------------------------------------------------------- 7 Google Pay / PhonePe money sent


def upi_money_sent(rng: random.Random, font: str):
    """A Google Pay / PhonePe "money sent" screen to a person: the name and UPI ID, the amount, Completed /
    Paid / Sent in a share, UPI transaction ID, Google transaction ID, From bank, date line, note."""
    app = rng.choice(["Google Pay", "PhonePe"])
    person = rng.choice(["Rahul Verma", "Priya Nair", "Mohd Irfan", "Kavya Reddy", "Sanjay Gupta", "Deepa Iyer"])
    handle = person.split()[0].lower() + rng.choice(["@okaxis", "@oksbi", "@ybl", "@ibl", "@okhdfcbank"])
    amount = float(rng.choice([50, 120, 250, 500, 1000, 1500, 2400, 5000, 12000])) if rng.random() < 0.7 \
        else price(rng, 20, 8000)
    rows = [("title", app)]
    status, words = _outcome(rng, {"success": ["Completed", "Payment successful", "Money sent"],
                                   "failed": ["Payment failed", "Failed"],
                                   "pending": ["Processing", "Payment pending"]})
    status_printed = shown(rng, 0.15)
    if status_printed:
        rows.append(("center", words))
    rows.append(("big", _inr(rng, amount, font, decimals=rng.random() < 0.4)))
    rows.append(("pair", rng.choice(["To", "Paid to", "Sent to"]), person))
    rows.append(("small", handle))
    rows.append(("rule",))
    bank = rng.choice(["State Bank of India", "HDFC Bank", "ICICI Bank", "Canara Bank"])
    rows.append(("pair", rng.choice(["From", "Debited from"]), bank + " ••" + digits(rng, 4)))
    utr = digits(rng, 12)
    txn = None
    if optional_pair(rng, rows, ["UPI transaction ID", "UPI Ref. No.", "UTR"], utr, 0.2):
        txn = utr
    if app == "Google Pay":
        gid = "CICAgO" + code(rng, 10, string.ascii_letters + string.digits)
        if optional_pair(rng, rows, ["Google transaction ID"], gid, 0.5) and txn is None:
            txn = gid
    else:
        pid = "T" + digits(rng, 22)
        if optional_pair(rng, rows, ["Transaction ID"], pid, 0.4) and txn is None:
            txn = pid
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Note", "Message"]), rng.choice(["rent share", "dinner", "Diwali gift",
                                                                          "cab"])))
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("center", rng.choice([date_text(when, "{d} %b %Y") + ", " + clock(rng, True),
                                           clock(rng, True) + " on " + date_text(when, "%d %b %Y"),
                                           date_text(when, "%d/%m/%Y") + " " + clock(rng, False)])))
    truth = truth_fields(person, amount, "INR", txn, when, "UPI", status if status_printed else None)
    style = dict(SCREEN, width=520, accent=(26, 115, 232) if app == "Google Pay" else (95, 37, 159))
    if rng.random() < 0.25:
        style.update(paper=(24, 24, 28), ink=(236, 236, 236))
    return rows, truth, style


# ---------------------------------------------------------------- 8 Starbucks / McDonald's till


def coffee_till(rng: random.Random, font: str):
    """A Starbucks / McDonald's till in the US (with the store's state and ZIP) or India (Tata Starbucks,
    Westlife / McDonald's with GSTIN): Order #, items, Subtotal, Tax / CGST+SGST, Total, tender with its sum,
    card slip lines (AUTH / Approval), Change, date line."""
    brand = rng.choice(["STARBUCKS", "McDonald's"])
    india = rng.random() < 0.45
    names = {"STARBUCKS": ["Grande Latte", "Tall Cappuccino", "Venti Cold Brew", "Butter Croissant", "Java Chip Frapp"],
             "McDonald's": ["Big Mac Meal", "McAloo Tikki", "Med Fries", "McChicken", "Coke Lrg", "McFlurry Oreo"]}[brand]
    if india:
        items = [(rng.choice(names), float(rng.choice([119, 169, 249, 315, 385]))) for _ in range(rng.randint(1, 4))]
    else:
        items = [(rng.choice(names), price(rng, 1.89, 7.95)) for _ in range(rng.randint(1, 4))]
    sub = round(sum(v for _, v in items), 2)
    tax = round(sub * (0.05 if india else rng.choice([0.0725, 0.08875, 0.06, 0.1025])), 2)
    total = round(sub + tax, 2)
    if india:
        top = "TATA STARBUCKS PVT LTD" if brand == "STARBUCKS" else "McDonald's"
        rows = [("title", brand), ("small", top if brand == "STARBUCKS" else "Westlife Foodworld Ltd."),
                ("small", rng.choice(["Bandra Kurla Complex, Mumbai", "Connaught Place, New Delhi"])),
                ("small", "GSTIN 27" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1))]
    else:
        rows = [("title", brand), ("small", rng.choice(["1912 Pike Place, Seattle, WA 98101",
                                                        "350 5th Ave, New York, NY 10118",
                                                        "200 S Michigan Ave, Chicago, IL 60604"])),
                ("small", "Store #" + digits(rng, 5))]
    order = digits(rng, rng.choice([3, 4]))
    rows.append(("center", rng.choice(["Order #", "ORDER ", "Check #"]) + order))
    rows.append(("rule",))
    for name, value in items:
        rows.append(("pair", "1 " + name, f"{value:.2f}"))
    rows.append(("pair", "Subtotal", f"{sub:.2f}"))
    if india:
        rows.append(("pair", "CGST 2.5%", f"{tax / 2:.2f}"))
        rows.append(("pair", "SGST 2.5%", f"{tax - round(tax / 2, 2):.2f}"))
    else:
        rows.append(("pair", rng.choice(["Tax", "Sales Tax", "TAX"]), f"{tax:.2f}"))
    mark = "Rs." if india else "$"
    rows.append(("pair", rng.choice(["Total", "TOTAL", "Eat-In Total", "Take-Out Total"]), mark + money(total, "indian" if india else "western")))
    txn = None
    status = None
    methods = [("Visa", "card"), ("Mastercard", "card"), ("Cash", "cash")]
    methods += [("UPI", "UPI"), ("PhonePe UPI", "UPI")] if india else [("Amex", "card"), ("Apple Pay", "wallet")]
    tender, method = rng.choice(methods)
    method_printed = shown(rng, 0.15)
    if method_printed:
        if method == "cash":
            given = float(int(total) + (100 if india else 5))
            rows.append(("pair", "Cash", f"{given:.2f}"))
            rows.append(("pair", "Change", f"{given - total:.2f}"))
        else:
            rows.append(("pair", tender, f"{total:.2f}"))
            if method == "card":
                rows.append(("left", "Card ************" + digits(rng, 4)))
                auth = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
                if optional_pair(rng, rows, ["AUTH CODE", "Approval", "Auth #"], auth, 0.35):
                    txn = auth
                if shown(rng, 0.5):
                    rows.append(("left", rng.choice(["APPROVED", "Approved"])))
                    status = "success"
    else:
        method = None
    txn = txn or order  # the order / check number, printed on every copy, where no approval code is
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        pattern = rng.choice(["%d/%m/%Y", "%d-%b-%Y"]) if india else rng.choice(["%m/%d/%Y", "%m/%d/%y"])
        rows.append(("left", date_text(when, pattern) + "  " + clock(rng, not india)))
    rows.append(("center", rng.choice(["Thank you!", "Tell us how we did", "Have a nice day"])))
    truth = truth_fields(brand, total, "INR" if india else "USD", txn, when, method, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (255, 255, 252)}


# ---------------------------------------------------------------- 9 Walmart / Target till


def us_big_box_till(rng: random.Random, font: str):
    """A Walmart / Target till: ST# OP# TE# TR#, item codes, SUBTOTAL, TAX 1 with its rate, TOTAL, DEBIT / VISA /
    CASH TEND, CHANGE DUE, APPROVAL # / AUTH CODE, REF #, TC#, the store's ZIP, "03/03/26" date line."""
    brand = rng.choice(["Walmart", "TARGET"])
    items = [(rng.choice(["GV 2% MILK", "BANANAS", "TIDE PODS 42", "EGGS 18CT", "GV BREAD", "UP&UP WIPES",
                          "CHEERIOS 18OZ", "PAPER TOWEL"]) + " " + digits(rng, 12), price(rng, 0.98, 24.97))
             for _ in range(rng.randint(3, 8))]
    sub = round(sum(v for _, v in items), 2)
    rate = rng.choice([6.0, 7.0, 8.25, 6.5])
    tax = round(sub * rate / 100, 2)
    total = round(sub + tax, 2)
    if brand == "Walmart":
        rows = [("title", "Walmart"), ("center", "Save money. Live better."),
                ("small", rng.choice(["BENTONVILLE AR 72712", "DALLAS TX 75201", "ORLANDO FL 32801"])),
                ("left", f"ST# {digits(rng, 4)} OP# {digits(rng, 6)} TE# {rng.randint(1, 40)}")]
    else:
        rows = [("title", "TARGET"), ("small", rng.choice(["Minneapolis Nicollet Mall, MN 55403",
                                                           "Brooklyn Atlantic Ave, NY 11217"])),
                ("small", "Expect More. Pay Less.")]
    for name, value in items:
        rows.append(("pair", name, f"{value:.2f} " + rng.choice(["N", "X", "F"])))
    rows.append(("pair", "SUBTOTAL", f"{sub:.2f}"))
    rows.append(("pair", f"TAX 1 {rate:.3f} %", f"{tax:.2f}"))
    rows.append(("pair", "TOTAL", f"{total:,.2f}"))
    tender, method = rng.choice([("DEBIT TEND", "card"), ("VISA TEND", "card"), ("CASH TEND", "cash"),
                                 ("MCARD TEND", "card"), ("DEBIT", "card")])
    method_printed = shown(rng, 0.1)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = float(int(total) + rng.choice([1, 5, 20]))
            rows.append(("pair", tender, f"{given:.2f}"))
            rows.append(("pair", "CHANGE DUE", f"{given - total:.2f}"))
        else:
            rows.append(("pair", tender, f"{total:,.2f}"))
            rows.append(("left", rng.choice(["US DEBIT", "VISA CREDIT", "MASTERCARD"]) + " **** **** **** " + digits(rng, 4) + " I 0"))
            appr = code(rng, 6, ALNUM) if rng.random() < 0.5 else digits(rng, 6)
            if optional_pair(rng, rows, ["APPROVAL #", "AUTH CODE"], appr, 0.25):
                txn = appr
            ref = digits(rng, 12)
            if optional_pair(rng, rows, ["REF #", "REF#"], ref, 0.5) and txn is None:
                txn = ref
            if shown(rng, 0.5):
                rows.append(("left", "TERMINAL # " + code(rng, 8, ALNUM)))
            if shown(rng, 0.6):
                rows.append(("center", rng.choice(["APPROVED", "00 APPROVED", "*** APPROVED ***"])))
                status = "success"
    rows.append(("left", f"# ITEMS SOLD {len(items)}"))
    tc = " ".join(digits(rng, 4) for _ in range(5))
    if brand == "Walmart" and shown(rng, 0.3):
        rows.append(("center", "TC# " + tc))
        txn = txn or tc
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("center", date_text(when, rng.choice(["%m/%d/%y", "%m/%d/%Y"])) + "  " + clock(rng, False)
                     + f":{rng.randrange(60):02d}"))
    rows.append(("small", "Scan with the app to see your receipt" if brand == "Walmart" else "RETURNS WITHIN 90 DAYS"))
    truth = truth_fields(brand, total, "USD", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 500, "size": 18, "paper": (254, 254, 250)}


# ---------------------------------------------------------------- 10 Tesco / Sainsbury's till


def uk_supermarket_till(rng: random.Random, font: str):
    """A Tesco / Sainsbury's till in pounds: items with £, Clubcard / Nectar prices, BALANCE DUE / TOTAL, VISA DEBIT
    / MASTERCARD / CONTACTLESS / CASH and CHANGE, AID, PAN SEQ, AUTH CODE, MERCHANT, card slip outcome, VAT number,
    "03/03/26" date line."""
    chain = rng.choice(["TESCO", "Sainsbury's"])
    items = [(rng.choice(["SEMI SKIMMED MILK 2PT", "BRITISH BEEF MINCE", "HOVIS SOFT WHITE", "PG TIPS 80",
                          "BANANAS LOOSE", "WALKERS CRISPS 6PK", "HEINZ BEANS 4PK"]), price(rng, 0.65, 6.5))
             for _ in range(rng.randint(3, 8))]
    gross = round(sum(v for _, v in items), 2)
    saving = round(rng.choice([0, 0, 0.5, 1.25, 2.0]), 2) if gross > 4 else 0.0
    total = round(gross - saving, 2)
    rows = [("title", chain), ("small", rng.choice(["Kensington Superstore", "Manchester Piccadilly Express",
                                                    "Holborn Circus Local"])),
            ("small", "VAT Number: GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2))]
    for name, value in items:
        rows.append(("pair", name, f"£{value:.2f}"))
    if saving:
        rows.append(("pair", "Clubcard Price Saving" if chain == "TESCO" else "Nectar Price Saving", f"-£{saving:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE", "TOTAL TO PAY"]), f"£{total:,.2f}"))
    tender, method = rng.choice([("VISA DEBIT", "card"), ("MASTERCARD", "card"), ("CONTACTLESS", "card"),
                                 ("CASH", "cash"), ("Visa", "card")])
    method_printed = shown(rng, 0.1)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = float(int(total) + rng.choice([1, 5, 10]))
            rows.append(("pair", tender, f"£{given:.2f}"))
            rows.append(("pair", "CHANGE", f"£{given - total:.2f}"))
        else:
            rows.append(("pair", tender, f"£{total:,.2f}"))
            rows.append(("left", "************" + digits(rng, 4)))
            rows.append(("pair", "AID", "A0000000" + rng.choice(["031010", "041010"])))
            rows.append(("pair", "PAN SEQ NO", "0" + str(rng.randint(0, 3))))
            auth = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            if optional_pair(rng, rows, ["AUTH CODE", "AUTH CODE:", "Auth No"], auth, 0.3):
                txn = auth
            rows.append(("pair", "MERCHANT", digits(rng, 8)))
            if shown(rng, 0.5):
                rows.append(("center", rng.choice(["APPROVED", "AUTHORISED", "PLEASE KEEP THIS RECEIPT"])))
                status = "success" if rows[-1][1] != "PLEASE KEEP THIS RECEIPT" else None
    if shown(rng, 0.5):
        rows.append(("left", f"Clubcard Points: {int(total)}" if chain == "TESCO"
                     else "Nectar card: ************" + digits(rng, 4)))
    when = None
    stamp = ""
    if shown(rng, 0.15):
        when = day(rng)
        stamp = date_text(when, rng.choice(["%d/%m/%y", "%d/%m/%Y"])) + " " + clock(rng, False)
    store = f"{rng.randint(1000, 9999)} {rng.randint(1, 30):02d} {digits(rng, 4)} {digits(rng, 4)}"
    if chain == "TESCO":
        rows.append(("left", (stamp + " " if stamp else "") + store))
    else:
        if stamp:
            rows.append(("left", stamp))
        rows.append(("left", f"S{digits(rng, 4)} R{rng.randint(1, 20)} T{digits(rng, 4)} C{digits(rng, 3)}"))
    rows.append(("center", "Thank you for shopping with us" if chain != "TESCO" else "Every little helps"))
    truth = truth_fields(chain, total, "GBP", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 480, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 11 hospital / clinic payment receipt


def clinic_receipt(rng: random.Random, font: str):
    """A hospital / clinic payment receipt (Apollo / Fortis / a diagnostic centre in rupees, a Dubai clinic in
    dirhams): UHID / MRN, patient, doctor, services with charges, Total / Net Amount / Amount Received, Payment
    Mode, Receipt No. / Bill No., card or UPI reference, Date / Receipt Date, PAID in a share."""
    uae = rng.random() < 0.3
    if uae:
        hospital = rng.choice(["Aster Clinic", "Mediclinic City Hospital", "NMC Royal Hospital"])
        currency = "AED"
    else:
        hospital = rng.choice(["Apollo Hospitals", "Fortis Hospital", "Dr Lal PathLabs", "Manipal Hospital"])
        currency = "INR"
    services = [(rng.choice(["Consultation - General Medicine", "CBC", "Lipid Profile", "X-Ray Chest PA",
                             "Thyroid Profile (T3 T4 TSH)", "ECG", "Registration Charges"]),
                 float(rng.choice([100, 250, 350, 500, 800, 1200])) if not uae else float(rng.choice([150, 220, 300, 450])))
                for _ in range(rng.randint(1, 4))]
    gross = float(sum(v for _, v in services))
    disc = round(gross * 0.1, 2) if rng.random() < 0.25 else 0.0
    vat = round((gross - disc) * 0.05, 2) if uae and rng.random() < 0.5 else 0.0
    total = round(gross - disc + vat, 2)

    def fmt(value: float) -> str:
        return ("AED " + money(value, "western")) if uae else money(value, "indian")

    rows = [("title", hospital), ("center", rng.choice(["Payment Receipt", "OP Bill cum Receipt", "RECEIPT"]))]
    if shown(rng, 0.5):
        rows.append(("small", "TRN 1000" + digits(rng, 11) if uae else "GSTIN 36" + code(rng, 5, UPPER) + digits(rng, 4)
                     + code(rng, 1, UPPER) + "1Z" + digits(rng, 1)))
    rows.append(("pair", rng.choice(["UHID", "MRN", "Patient ID"]), rng.choice(["APHY.", "MRN", ""]) + digits(rng, 9)))
    rows.append(("pair", "Patient Name", rng.choice(["Mr. Arjun Menon", "Mrs. Farah Qureshi", "Ms. Lena Vogt",
                                                     "Master Aarav S"])))
    rows.append(("pair", rng.choice(["Consultant", "Ref. Doctor", "Doctor"]), rng.choice(["Dr. S Krishnan",
                                                                                           "Dr. Anjali Mehta",
                                                                                           "Dr. Omar Haddad"])))
    receipt = rng.choice(["OPR", "RCPT/", "R-"]) + digits(rng, 8)
    txn = receipt if optional_pair(rng, rows, ["Receipt No.", "Bill No.", "Receipt No :"], receipt, 0.2) else None
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Receipt Date", "Bill Date"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%b-%Y", "%d-%m-%Y"])) + " " + clock(rng, True)))
    rows.append(("rule",))
    if not uae:
        rows.append(("pair", "Service", "Amount (Rs.)"))
    for name, value in services:
        rows.append(("pair", name, fmt(value)))
    if disc:
        rows.append(("pair", rng.choice(["Discount", "Concession"]), "-" + fmt(disc)))
    if vat:
        rows.append(("pair", "VAT 5%", fmt(vat)))
    rows.append(("pair", rng.choice(["Net Amount", "Total Amount", "Amount Received", "Total"]), fmt(total)))
    methods = [("Cash", "cash"), ("Card", "card"), ("Credit Card", "card")]
    methods += [("Apple Pay", "wallet")] if uae else [("UPI", "UPI"), ("Debit Card", "card")]
    pay, method = rng.choice(methods)
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment", "Paid By"], pay, 0.2)
    if method_printed and method == "card":
        appr = digits(rng, 6)
        if optional_pair(rng, rows, ["Approval Code", "Card Auth No."], appr, 0.4):
            txn = appr
    if method_printed and method == "UPI":
        ref = digits(rng, 12)
        if optional_pair(rng, rows, ["UPI Ref No.", "Txn Ref"], ref, 0.4):
            txn = ref
    status = None
    if shown(rng, 0.7):
        status = "success"
        rows.append(("center", rng.choice(["PAID", "Payment Received", "** PAID **"])))
    rows.append(("small", "Get well soon. This is a computer generated receipt."))
    truth = truth_fields(hospital, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255), "accent": (0, 90, 130)}


# ---------------------------------------------------------------- 12 school / college fee receipt


def fee_receipt(rng: random.Random, font: str):
    """A school or college fee receipt (an Indian school or university in rupees, a Dubai school in dirhams):
    student, admission / roll / enrolment number, class, term, fee heads, late fee, Total / Total Amount Paid /
    Amount Received, Payment Mode, Receipt No. / Transaction Ref., Date / Receipt Date, amount in words."""
    uae = rng.random() < 0.25
    if uae:
        school = rng.choice(["GEMS Modern Academy", "Delhi Private School Dubai", "Dubai International Academy"])
    else:
        school = rng.choice(["Delhi Public School, R.K. Puram", "Kendriya Vidyalaya No. 2", "St. Xavier's College",
                             "Amity University Noida", "Ryan International School"])
    heads = [("Tuition Fee", float(rng.choice([8500, 12000, 18750, 24000, 45000])) if not uae else float(rng.choice([9800, 14500, 21000]))),
             ("Transport Fee", float(rng.choice([0, 2400, 3600])) if not uae else float(rng.choice([0, 1800]))),
             ("Development Fee", float(rng.choice([0, 1500, 2500])) if not uae else 0.0),
             ("Lab / Activity Fee", float(rng.choice([0, 600, 900])))]
    heads = [(name, value) for name, value in heads if value]
    late = float(rng.choice([0, 0, 0, 100, 250]))
    total = round(sum(v for _, v in heads) + late, 2)

    def fmt(value: float) -> str:
        return money(value, "western" if uae else "indian")

    rows = [("title", school), ("center", rng.choice(["FEE RECEIPT", "Fee Payment Receipt", "Receipt of Fees"])),
            ("small", rng.choice(["(Affiliated to CBSE, New Delhi)", "Session 2025-26", "Academic Year 2025-2026"]))]
    rows.append(("pair", "Student Name", rng.choice(["Aarav Sharma", "Isha Kapoor", "Zaid Khan", "Diya Menon"])))
    rows.append(("pair", rng.choice(["Admission No.", "Roll No.", "Enrolment No.", "Student ID"]),
                 rng.choice(["", "A/", "DPS"]) + digits(rng, rng.choice([5, 7, 10]))))
    rows.append(("pair", rng.choice(["Class", "Course", "Grade"]), rng.choice(["VII-B", "XI Sci-A", "B.Com (Hons) Sem 3",
                                                                               "Grade 5", "B.Tech CSE Sem 5"])))
    rows.append(("pair", rng.choice(["Term", "Fee Period", "Installment"]), rng.choice(["Apr-Jun", "Term 2", "Quarter 3",
                                                                                       "Semester Odd"])))
    receipt = rng.choice(["FR", "", "RC"]) + digits(rng, rng.choice([5, 7]))
    txn = receipt if optional_pair(rng, rows, ["Receipt No.", "Receipt No", "Fee Receipt No."], receipt, 0.15) else None
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Receipt Date", "Date of Payment"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%d.%m.%Y"]))))
    rows.append(("rule",))
    rows.append(("pair", "Particulars", "Amount (AED)" if uae else "Amount (Rs.)"))
    for name, value in heads:
        rows.append(("pair", name, fmt(value)))
    if late:
        rows.append(("pair", rng.choice(["Late Fee", "Fine"]), fmt(late)))
    rows.append(("pair", rng.choice(["Total", "Total Amount Paid", "Amount Received", "Grand Total"]),
                 ("AED " if uae else rng.choice(["", "Rs. ", "INR "])) + fmt(total)))
    pay, method = rng.choice([("Cash", "cash"), ("Online - Net Banking", "netbanking"), ("UPI", "UPI"),
                              ("Debit Card", "card"), ("Credit Card", "card")])
    if uae and method == "UPI":
        pay, method = "Card", "card"
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment", "Paid by"], pay, 0.2)
    if method_printed and method in ("netbanking", "UPI", "card"):
        ref = (digits(rng, 12) if method == "UPI" else code(rng, 4, UPPER) + digits(rng, 10))
        labels = {"UPI": ["UPI Ref No.", "UTR No."], "netbanking": ["Bank Ref No.", "Transaction Ref."],
                  "card": ["Transaction Ref.", "Bank Ref No."]}[method]
        if optional_pair(rng, rows, labels, ref, 0.4):
            txn = ref
    rows.append(("small", "Fee once paid is non-refundable."))
    rows.append(("right", "Authorised Signatory"))
    truth = truth_fields(school, total, "AED" if uae else "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 680, "size": 19, "paper": (253, 252, 247), "accent": (20, 40, 110)}

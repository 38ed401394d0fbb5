"""The twelve heldout28 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits, money, optional_pair, phone, rupee, shown
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _outcome, _truth
from bench.receipt_sets.heldout26_families import ALNUM, EU_DATES, UK_DATES, UPPER, _shown_in

IN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y"]
DATES = {"INR": IN_DATES, "USD": US_DATES, "EUR": EU_DATES, "GBP": UK_DATES}
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def _local_date(when: dt.date, months: list[str]) -> str:
    """``when`` as "7 abr 2026" with a month name in the receipt's language."""
    return f"{when.day} {months[when.month - 1]} {when.year}"


def tyre_dealer_invoice(rng: random.Random, font: str):
    """An Indian tyre dealer's tax invoice: tyres with DOT week codes, alignment, balancing, an odometer reading."""
    shop = rng.choice(["Sai Tyres & Wheel Care", "Apollo Zone - Krishna Motors", "MRF T&S Balaji Tyres", "CEAT Shoppe Royal Wheels"])
    when = day(rng)
    number = rng.choice(["TI/", "INV-", ""]) + str(when.year % 100) + "-" + digits(rng, 4)
    mark = rng.choice([rupee(font), "Rs."])
    rows = [
        ("title", shop),
        ("center", rng.choice(["Opp. Bus Depot, Nashik Road", "NH-48, Hosur Road, Bengaluru", "Ring Road, Surat", "GT Road, Karnal"])),
        ("center", "GSTIN 27" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1)),
        ("center", rng.choice(["TAX INVOICE", "Tax Invoice / Job Card", "INVOICE"])),
        ("rule",),
        ("pair", rng.choice(["Invoice No.", "Inv No", "Bill No."]), number),
        ("pair", rng.choice(["Date", "Inv. Date", "Dt."]), date_text(when, rng.choice(IN_DATES))),
        ("pair", rng.choice(["Vehicle No.", "Regn. No."]), rng.choice(["MH15", "KA03", "GJ05", "HR06"]) + code(rng, 2, UPPER) + digits(rng, 4)),
        ("pair", rng.choice(["Odometer", "KM Reading"]), f"{rng.randint(8000, 140000):,} km"),
        ("pair", rng.choice(["Customer", "Name"]), rng.choice(["Sandeep Kale", "Harpreet Gill", "Nisha Desai", "Mohd. Irfan"])),
        ("rule",),
    ]
    stock = [("145/80 R12 tubeless", 1650, 2300), ("165/80 R14 tubeless", 3400, 4300), ("185/65 R15 88H", 4300, 5600),
             ("215/60 R16 95V", 6400, 8200), ("90/100-10 scooter tyre", 1150, 1550)]
    total = 0.0
    name, low, high = rng.choice(stock)
    qty = rng.choice([1, 2, 2, 4])
    each = float(round(rng.uniform(low, high)))
    total += qty * each
    rows.append(("pair", f"{name} {qty} x {money(each, 'indian')}", money(qty * each, "indian")))
    rows.append(("small", "DOT " + code(rng, 4, UPPER) + " " + f"{rng.randint(1, 52):02d}{(when.year - rng.randint(0, 1)) % 100:02d}"
                 + "  Warranty 5 yrs / 60,000 km"))
    for service, fee in rng.sample([("Wheel alignment (3D)", 450.0), ("Wheel balancing x4", 400.0), ("Nitrogen fill", 100.0),
                                    ("Valve change x" + str(qty), 50.0 * qty), ("Old tyre buy-back", -200.0 * qty)], rng.randint(1, 3)):
        total += fee
        rows.append(("pair", service, ("-" if fee < 0 else "") + money(abs(fee), "indian")))
    total = round(total, 2)
    rows += [("small", "Prices inclusive of GST 28% (tyres) / 18% (services)"), ("rule",),
             ("pair", rng.choice(["Net Payable", "Grand Total", "Total Amt"]), mark + " " + money(total, "indian"))]
    method = rng.choice(["cash", "UPI", "card", None])
    ref, auth = digits(rng, 12), digits(rng, 6)
    txn = number
    if method:
        rows.append(("pair", rng.choice(["Mode of Payment", "Paid by", "Payment"]),
                     {"cash": "Cash", "UPI": rng.choice(["UPI", "GPay", "PhonePe"]), "card": rng.choice(["Card", "HDFC EDC - Card"])}[method]))
        if method == "UPI" and optional_pair(rng, rows, ["UPI Ref No.", "UTR"], ref, 0.4):
            txn = ref
        if method == "card" and optional_pair(rng, rows, ["Appr. Code", "Auth Code"], auth, 0.4):
            txn = auth
    rows.append(("pair", rng.choice(["Next alignment due", "Next rotation at"]),
                 date_text(when + dt.timedelta(days=180), rng.choice(IN_DATES)) if shown(rng, 0.5) else f"{rng.randint(20, 150) * 1000:,} km"))
    rows.append(("small", "Cust. care " + phone(rng) + "  E.&O.E."))
    return (
        rows,
        _truth(shop, total, "INR", txn, when, method, None),
        {"width": 620, "size": 19, "paper": (252, 250, 244)},
    )


def newspaper_hawker_bill(rng: random.Random, font: str):
    """An Indian newspaper agent's monthly delivery bill: papers x days at a daily rate, arrears, a receipt stub."""
    agent = rng.choice(["Ganesh News Agency", "Shree Samachar Vitaran", "Lokmat Paper Stall - Ravi", "New Bharat Newspaper Agency"])
    when = day(rng)
    month = (when.replace(day=1) - dt.timedelta(days=1))
    days_in = (when.replace(day=1) - month.replace(day=1)).days
    mark = rng.choice([rupee(font), "Rs."])
    rows = [
        ("title", agent),
        ("center", rng.choice(["Newspaper & Magazine Distributors", "Home delivery of all dailies"])),
        ("center", "Mob. " + phone(rng)),
        ("rule",),
        ("pair", rng.choice(["Bill for", "Month", "Period"]), month.strftime(rng.choice(["%B %Y", "%b-%Y", "%m/%Y"]))),
        ("pair", rng.choice(["Cust. Code", "Line / Cust No."]), rng.choice(["L", "R", "K"]) + str(rng.randint(1, 9)) + "/" + str(rng.randint(10, 380))),
        ("pair", rng.choice(["Flat", "Address"]), rng.choice(["B-204, Shanti Kunj", "12, Laxmi Niwas", "C wing 7, Sai Dham", "Room 5, Patel Chawl"])),
        ("rule",),
    ]
    papers = [("Times of India", 5.0, 7.0), ("Lokmat", 4.5, 6.0), ("Hindustan Times", 5.0, 6.5), ("Dainik Bhaskar", 4.0, 5.5),
              ("The Hindu", 7.5, 10.0), ("Economic Times", 6.0, 8.0)]
    total = 0.0
    for name, low, high in rng.sample(papers, rng.randint(1, 3)):
        rate = round(rng.uniform(low, high) * 2) / 2
        count = days_in - rng.choice([0, 0, 1, 2])
        total += count * rate
        rows.append(("pair", f"{name} {count} x {rate:.2f}", money(count * rate, "indian")))
    if shown(rng, 0.5):
        magazine, cost = rng.choice([("Grihshobha", 60.0), ("India Today", 100.0), ("Champak", 50.0), ("Competition Success", 75.0)])
        total += cost
        rows.append(("pair", magazine + " (monthly)", money(cost, "indian")))
    service = float(rng.choice([0, 20, 30, 50]))
    if service:
        total += service
        rows.append(("pair", rng.choice(["Delivery charges", "Service chg."]), money(service, "indian")))
    arrears = float(rng.choice([0, 0, 0, rng.randint(8, 40) * 10]))
    if arrears:
        total += arrears
        rows.append(("pair", rng.choice(["Previous balance", "Old due", "Arrears"]), money(arrears, "indian")))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["Total", "Total Payable", "Net Amount"]), mark + " " + money(total, "indian"))]
    status = None
    method = rng.choice(["cash", "cash", "UPI", None])
    ref = digits(rng, 12)
    txn = None
    if shown(rng, 0.3):
        number = str(rng.randint(100, 9999))
        rows.insert(4, ("pair", rng.choice(["Bill No.", "Receipt No."]), number))
        txn = number
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(("pair", rng.choice(["Recd. on", "Paid on", "Date"]), date_text(when, rng.choice(IN_DATES))))
    if method:
        rows.append(("pair", rng.choice(["Paid by", "Mode"]), {"cash": rng.choice(["Cash", "Nagad"]), "UPI": rng.choice(["GPay", "PhonePe UPI", "Paytm"])}[method]))
        if method == "UPI" and optional_pair(rng, rows, ["UPI Ref", "Txn Ref No."], ref, 0.5):
            txn = ref
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["Received with thanks", "PAID - Thank you"])))
            status = "success"
    rows.append(("small", rng.choice(["Please pay by the 7th of every month", "Paper bandh on 4 holidays - not charged"])))
    return (
        rows,
        _truth(agent, total, "INR", txn, when if date_printed else None, method, status),
        {"width": 480, "size": 19, "paper": (246, 243, 232)},
    )


def blood_bank_receipt(rng: random.Random, font: str):
    """An Indian blood centre's processing-charge receipt: blood group, bag and unit numbers, component charges."""
    centre = rng.choice(["Indian Red Cross Society Blood Centre", "Rotary Blood Bank", "Lions Club Blood Centre", "Sankalp Blood Bank"])
    when = day(rng)
    number = rng.choice(["BB/", "R-", ""]) + digits(rng, 5)
    mark = rng.choice([rupee(font), "Rs.", "INR"])
    rows = [
        ("title", centre),
        ("center", "Licence No. " + rng.choice(["KTK/", "MH/", "DL/"]) + digits(rng, 3) + "/BB/" + str(rng.randint(2004, 2019))),
        ("center", rng.choice(["RECEIPT - PROCESSING CHARGES", "Money Receipt", "Blood Issue Receipt"])),
        ("rule",),
        ("pair", rng.choice(["Receipt No.", "Rcpt No", "Bill No."]), number),
        ("pair", rng.choice(["Date", "Issue Date"]), date_text(when, rng.choice(IN_DATES)) + " " + clock(rng, True)),
        ("pair", rng.choice(["Patient", "Patient Name"]), rng.choice(["Kamala Devi", "Suresh Babu", "Baby of Rekha", "Imran Shaikh"])),
        ("pair", rng.choice(["Hospital", "Ward / Hosp."]), rng.choice(["City Care Hospital", "Govt. General Hospital", "Sunrise Nursing Home"])),
        ("pair", rng.choice(["IP No.", "UHID"]), digits(rng, 7)),
        ("pair", "Blood Group", rng.choice(["A +ve", "B +ve", "O -ve", "AB +ve", "O +ve"])),
        ("rule",),
    ]
    total = 0.0
    for component, fee in rng.sample([("PRBC", 1450.0), ("FFP", 400.0), ("Platelet concentrate", 400.0), ("Whole Blood", 1450.0),
                                      ("SDP (apheresis)", 11000.0)], rng.randint(1, 2)):
        units = rng.choice([1, 1, 2])
        total += units * fee
        rows.append(("pair", f"{component} {units} unit{'s' if units > 1 else ''} @ {money(fee, 'indian')}", money(units * fee, "indian")))
        for _ in range(units):
            rows.append(("small", "Bag No. " + str(when.year % 100) + "-" + digits(rng, 5) + "  Coll. " + date_text(
                when - dt.timedelta(days=rng.randint(2, 20)), "%d/%m/%y") + "  Exp. " + date_text(when + dt.timedelta(days=rng.randint(5, 30)), "%d/%m/%y")))
    for extra, fee in rng.sample([("Cross matching", 250.0), ("NAT testing", 1200.0), ("Irradiation", 500.0)], rng.randint(0, 2)):
        total += fee
        rows.append(("pair", extra, money(fee, "indian")))
    if shown(rng, 0.6):
        waiver = round(total * rng.choice([0.1, 0.25]), 0)
        total -= waiver
        rows.append(("pair", rng.choice(["Replacement donor concession", "Less: Donor card"]), "-" + money(waiver, "indian")))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["Amount Received", "Total", "Net Amount"]), mark + " " + money(total, "indian"))]
    method = rng.choice(["cash", "cash", "card", "UPI"])
    rows.append(("pair", rng.choice(["Mode", "Payment mode"]), {"cash": "Cash", "card": rng.choice(["Card", "Debit card"]), "UPI": "UPI"}[method]))
    txn = number
    if method == "card" and optional_pair(rng, rows, ["Approval No.", "Auth Code"], digits(rng, 6), 0.4):
        txn = rows[-1][2]
    if method == "UPI" and optional_pair(rng, rows, ["UPI Ref", "UTR No."], digits(rng, 12), 0.4):
        txn = rows[-1][2]
    rows.append(("small", "Donor helpline " + phone(rng) + ". Blood is not sold; charges are for processing only."))
    return (
        rows,
        _truth(centre, total, "INR", txn, when, method, None),
        {"width": 640, "size": 18, "paper": (250, 250, 250)},
    )


COUNTIES = ["King County Treasury", "Travis County Tax Office", "Cook County Treasurer", "Fulton County Tax Commissioner"]


def county_property_tax(rng: random.Random, font: str):
    """A US county treasurer's online property-tax payment confirmation (card fee or free e-check)."""
    county = rng.choice(COUNTIES)
    when = day(rng)
    assessed = rng.randrange(180, 900) * 1000
    tax = round(assessed * rng.uniform(0.008, 0.021) / rng.choice([1, 2]), 2)
    method = rng.choice(["card", "card", "netbanking"])
    fee = round(tax * 0.0235, 2) if method == "card" else rng.choice([0.0, 0.0, 1.0])
    total = round(tax + fee, 2)
    status, words = _outcome(rng, {"success": ["Payment successful", "Thank you! Your payment was accepted", "Payment Complete"],
                                   "failed": ["Payment declined", "Your payment could not be processed"],
                                   "pending": ["Payment pending - e-checks take 3-5 business days", "Processing"]}, 0.2)
    rows = [("title", county), ("center", rng.choice(["Property Tax Payment", "Payment Receipt", "Online Payments"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Parcel number", "Account / Parcel #", "PIN"]), digits(rng, 2) + "-" + digits(rng, 2) + "-" + digits(rng, 3) + "-" + digits(rng, 3)),
        ("pair", "Tax year", str(when.year - rng.choice([0, 1]))),
        ("pair", rng.choice(["Installment", "Half"]), rng.choice(["1st half", "2nd half", "Full year"])),
        ("pair", rng.choice(["Assessed value", "Taxable value"]), f"${assessed:,.2f}"),
        ("pair", rng.choice(["Due date", "Delinquent after"]), date_text(when + dt.timedelta(days=rng.randint(3, 40)), rng.choice(US_DATES))),
        ("rule",),
        ("pair", rng.choice(["Tax amount", "Amount applied to taxes"]), f"${tax:,.2f}"),
    ]
    if fee or shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Convenience fee", "Service fee (paid to processor)"]), f"${fee:,.2f}"))
    rows.append(("pair", rng.choice(["Total charged", "Total payment", "Total"]), f"${total:,.2f}"))
    rows.append(("pair", rng.choice(["Payment type", "Paid with"]), {"card": rng.choice(["Visa", "Mastercard", "Discover"]) + " x" + digits(rng, 4),
                                                                    "netbanking": rng.choice(["E-Check", "ACH bank debit"]) + " ****" + digits(rng, 4)}[method]))
    date_printed = status != "failed" and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment date", "Date paid", "Submitted"]), date_text(when, rng.choice(US_DATES))))
    ref = code(rng, 3, UPPER) + digits(rng, 9)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Confirmation #", "Confirmation number", "Transaction ID"], ref, 0.3)
    rows.append(("small", "Questions? (206) 263-" + digits(rng, 4) + ". Keep this receipt for your records."))
    return (
        rows,
        _truth(county, total, "USD", ref if ref_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=580, band=(22, 58, 96)),
    )


def animal_shelter_adoption(rng: random.Random, font: str):
    """A US animal shelter's adoption receipt: adoption fee, microchip, county licence, an optional donation."""
    shelter = rng.choice(["Humane Society of Boulder Valley", "Austin Pets Alive!", "Second Chance Animal Shelter", "SPCA of Wake County"])
    when = day(rng)
    kind = rng.choice(["Dog", "Cat", "Puppy", "Kitten"])
    rows = [
        ("title", shelter),
        ("center", rng.choice(["Adoption Receipt", "ADOPTION CONTRACT - RECEIPT", "Sales Receipt"])),
        ("center", "EIN " + digits(rng, 2) + "-" + digits(rng, 7)),
        ("rule",),
        ("pair", rng.choice(["Adoption date", "Date"]), date_text(when, rng.choice(US_DATES))),
        ("pair", rng.choice(["Animal ID", "A#"]), "A" + digits(rng, 7)),
        ("pair", rng.choice(["Name / Species", "Pet"]), rng.choice(["Biscuit", "Luna", "Mochi", "Rex", "Pepper"]) + " / " + kind),
        ("pair", rng.choice(["Kennel", "Run"]), rng.choice(["K", "C", "D"]) + str(rng.randint(1, 48))),
        ("pair", "Microchip", "985" + digits(rng, 12)),
        ("rule",),
    ]
    fee = float(rng.choice([25, 50, 75, 95, 150, 250]) if kind in ("Dog", "Puppy") else rng.choice([15, 25, 50, 75]))
    total = fee
    rows.append(("pair", rng.choice(["Adoption fee", "Adoption fee (spay/neuter incl.)"]), f"${fee:.2f}"))
    if shown(rng, 0.4):
        rows.append(("pair", "Microchip registration", "$0.00" if shown(rng, 0.5) else "$19.99"))
        total += float(rows[-1][2][1:])
    if kind in ("Dog", "Puppy") and shown(rng, 0.4):
        rows.append(("pair", "County pet license", "$" + rng.choice(["15.00", "20.00"])))
        total += float(rows[-1][2][1:])
    if shown(rng, 0.6):
        gift = float(rng.choice([5, 10, 20, 25]))
        total += gift
        rows.append(("pair", rng.choice(["Donation (tax deductible)", "Round-up donation"]), f"${gift:.2f}"))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["TOTAL", "Amount Due", "Total Paid"]), f"${total:.2f}")]
    method = rng.choice(["card", "card", "cash", "wallet"])
    status = None
    auth = code(rng, 6, ALNUM)
    txn = None
    if method == "card":
        rows += [("pair", rng.choice(["VISA", "MASTERCARD", "AMEX"]) + " CHIP", "XXXX" + digits(rng, 4))]
        if optional_pair(rng, rows, ["APPROVAL CODE", "AUTH #"], auth, 0.3):
            txn = auth
        if shown(rng, 0.5):
            rows.append(("center", "APPROVED"))
            status = "success"
    elif method == "wallet":
        rows.append(("pair", "Tender", rng.choice(["Apple Pay", "Google Pay"])))
    else:
        tendered = float(-(-total // 20) * 20)
        rows += [("pair", "Cash", f"${tendered:.2f}"), ("pair", "Change", f"${tendered - total:.2f}")]
    if shown(rng, 0.3):
        number = digits(rng, 6)
        rows.append(("pair", rng.choice(["Receipt #", "Trans #"]), number))
        txn = txn or number
    rows.append(("small", "No goods or services were provided in exchange for the donation. Rabies due "
                 + date_text(when + dt.timedelta(days=365), "%m/%Y")))
    return (
        rows,
        _truth(shelter, total, "USD", txn, when, method, status),
        {"width": 560, "size": 19, "paper": (255, 254, 250)},
    )


BANCONTACT = {
    "nl": {"shops": ["Bakkerij Vermeulen", "Frituur 't Hoekske", "Boekhandel De Rijzende Zon", "Slagerij Peeters"],
           "town": ["Mechelen", "Gent", "Leuven", "Hasselt"], "merchant": ["Handelaar", "Merchant"], "date": "Datum", "amount": "Bedrag", "tip": "Fooi",
           "total": "Totaal", "auth": ["Autorisatiecode", "Aut. code"], "ref": ["Transactie ref.", "Ref."], "sale": "BETALING",
           "ok": ["Transactie aanvaard", "Betaling geslaagd", "AKKOORD"], "ko": ["Geweigerd", "Transactie geweigerd"],
           "copy": "KLANTENTICKET - bewaar dit ticket"},
    "fr": {"shops": ["Boulangerie Dumont", "Friterie Chez Martine", "Librairie du Parc", "Boucherie Lambert"],
           "town": ["Namur", "Liège", "Charleroi", "Mons"], "merchant": ["Commerçant", "Merchant"], "date": "Date", "amount": "Montant", "tip": "Pourboire",
           "total": "Total", "auth": ["Code d'autorisation", "Code autor."], "ref": ["Réf. transaction", "Réf."], "sale": "PAIEMENT",
           "ok": ["Transaction acceptée", "Paiement accepté"], "ko": ["Refusée", "Transaction refusée"],
           "copy": "TICKET CLIENT - à conserver"},
}


def bancontact_slip(rng: random.Random, font: str):
    """A Belgian Bancontact card-terminal customer ticket in Dutch or French, sometimes with a tip line."""
    words = BANCONTACT[rng.choice(["nl", "nl", "fr"])]
    shop = rng.choice(words["shops"])
    when = day(rng)
    amount = round(rng.uniform(2.4, 180), 2)
    tip = round(rng.choice([0, 0, 0, 1, 2, 3.5]), 2)
    total = round(amount + tip, 2)
    status = rng.choices(["success", "failed", None], [0.72, 0.13, 0.15])[0]
    rows = [
        ("title", shop),
        ("center", rng.choice(["Kerkstraat ", "Rue Haute ", "Markt "]) + str(rng.randint(1, 120)) + ", " + rng.choice(words["town"])),
        ("center", "BTW/TVA BE0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3)),
        ("rule",),
        ("center", "BANCONTACT"),
        ("pair", "Terminal", digits(rng, 8)),
        ("pair", rng.choice(words["merchant"]), digits(rng, 10)),
        ("pair", rng.choice(["Kaart", "Carte", "PAN"]), "6703 XXXX XXXX " + digits(rng, 4)),
        ("pair", words["date"], date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d.%m.%Y"])) + " " + clock(rng, False)),
        ("center", words["sale"]),
        ("pair", words["amount"], "EUR " + money(amount, "european")),
    ]
    if tip:
        rows += [("pair", words["tip"], "EUR " + money(tip, "european")), ("pair", words["total"], "EUR " + money(total, "european"))]
    txn = None
    if status != "failed":
        auth = digits(rng, 6)
        if optional_pair(rng, rows, words["auth"], auth, 0.3):
            txn = auth
        ref = digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 4)
        if optional_pair(rng, rows, words["ref"], ref, 0.5):
            txn = txn or ref
    if status:
        rows.append(("center", rng.choice(words["ok"] if status == "success" else words["ko"])))
    rows.append(("pair", "Seq.", digits(rng, 5)))
    rows.append(("small", words["copy"]))
    return (
        rows,
        _truth(shop, total, "EUR", txn, when, "card", status),
        {"width": 440, "size": 19, "paper": (255, 255, 253)},
    )


def itv_inspection(rng: random.Random, font: str):
    """A Spanish ITV (vehicle inspection) station's factura simplificada with the DGT fee and the inspection result."""
    station = rng.choice(["Applus+ ITV Alcobendas", "SGS ITV Sevilla Este", "TÜV Rheinland ITV Valencia", "ITEVELESA Getafe"])
    when = day(rng)
    fee = round(rng.uniform(32, 58), 2)
    dgt = 4.18 if when.year == 2025 else 4.26
    vat = round(fee * 0.21, 2)
    total = round(fee + vat + dgt, 2)
    number = "FS" + str(when.year % 100) + "-" + digits(rng, 6)
    rows = [
        ("title", station),
        ("center", "CIF " + code(rng, 1, "ABB") + digits(rng, 8)),
        ("center", rng.choice(["FACTURA SIMPLIFICADA", "Factura simplificada / Ticket"])),
        ("rule",),
        ("pair", rng.choice(["Nº factura", "Factura Nº", "Núm."]), number),
        ("pair", "Fecha", rng.choice([date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), _local_date(when, ES_MONTHS)])),
        ("pair", "Matrícula", digits(rng, 4) + " " + code(rng, 3, "BCDFGHJKLMNPRSTVWXYZ")),
        ("pair", rng.choice(["Bastidor", "Nº bastidor"]), "VF1" + code(rng, 14, ALNUM)),
        ("pair", rng.choice(["Inspección", "Tipo"]), rng.choice(["Periódica", "Periódica - turismo gasolina", "Segunda inspección"])),
        ("rule",),
        ("pair", rng.choice(["Tarifa ITV", "Base imponible"]), money(fee, "european") + " €"),
        ("pair", "IVA 21%", money(vat, "european") + " €"),
        ("pair", rng.choice(["Tasa DGT (exenta)", "Tasa de Tráfico"]), money(dgt, "european") + " €"),
        ("pair", rng.choice(["TOTAL", "Importe total", "Total a pagar"]), money(total, "european") + " €"),
    ]
    method = rng.choice(["card", "card", "cash", None])
    txn = number
    if method == "card":
        rows.append(("pair", rng.choice(["Forma de pago", "Pago"]), rng.choice(["Tarjeta", "Tarjeta crédito/débito", "Visa"])))
        if optional_pair(rng, rows, ["Nº autorización", "Aut."], digits(rng, 6), 0.4):
            txn = rows[-1][2]
    elif method == "cash":
        tendered = float(-(-total // 10) * 10)
        rows += [("pair", rng.choice(["Forma de pago", "Pago"]), "Efectivo"), ("pair", "Entregado", money(tendered, "european") + " €"),
                 ("pair", "Cambio", money(tendered - total, "european") + " €")]
    rows += [("rule",), ("center", "Resultado: " + rng.choice(["FAVORABLE", "FAVORABLE CON DEFECTOS LEVES", "DESFAVORABLE"])),
             ("pair", rng.choice(["Próxima inspección", "Válida hasta"]), date_text(when.replace(day=1) + dt.timedelta(days=rng.choice([365, 730])), "%m/%Y")),
             ("small", "Conserve este justificante. Cita previa: 91 " + digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2))]
    return (
        rows,
        _truth(station, total, "EUR", txn, when, method, None),
        {"width": 560, "size": 19, "paper": (253, 253, 250)},
    )


def irish_energy_direct_debit(rng: random.Random, font: str):
    """An Irish energy supplier's Direct Debit collection e-mail (MPRN / GPRN, mandate reference, bill and collection dates)."""
    supplier = rng.choice(["Electric Ireland", "Bord Gáis Energy", "SSE Airtricity", "Flogas"])
    bill_date = day(rng)
    when = bill_date + dt.timedelta(days=rng.randint(10, 16))
    gas = shown(rng, 0.5)
    amount = round(rng.uniform(48, 420), 2)
    status = rng.choices(["success", "pending", "failed", None], [0.5, 0.25, 0.1, 0.15])[0]
    headline = {"success": rng.choice(["Your Direct Debit payment has been successfully collected", "Payment received - thank you"]),
                "pending": rng.choice(["Your payment will be collected soon", "Upcoming Direct Debit - payment pending"]),
                "failed": rng.choice(["Your Direct Debit payment was returned unpaid", "Direct Debit failed"]), None: ""}[status]
    rows = [("title", supplier), ("center", rng.choice(["Direct Debit", "Payment confirmation", "Your account"])), ("gap",)]
    if headline:
        rows.append(("center", headline))
    rows += [
        ("pair", rng.choice(["Account number", "Account no."]), digits(rng, 9)),
        ("pair", "GPRN" if gas else "MPRN", digits(rng, 7) if gas else "10" + digits(rng, 9)),
        ("pair", rng.choice(["Bill date", "Bill issued"]), date_text(bill_date, rng.choice(EU_DATES))),
        ("pair", rng.choice(["Bill amount", "Amount of bill"]), "€" + money(amount, "western")),
        ("rule",),
        ("pair", {"success": rng.choice(["Amount collected", "Amount paid"]), "pending": "Amount to be collected"}.get(status, "Amount"),
         "€" + money(amount, "western")),
    ]
    date_printed = False
    if status == "success":
        date_printed = shown(rng, 0.4)
        if date_printed:
            rows.append(("pair", rng.choice(["Collected on", "Payment date"]), date_text(when, rng.choice(EU_DATES))))
    else:
        rows.append(("pair", rng.choice(["Collection date", "Due date"]), date_text(when, rng.choice(EU_DATES))))
    rows += [
        ("pair", "Paid by", "Direct Debit - IBAN IE** " + code(rng, 4, UPPER) + " **** " + digits(rng, 4)),
        ("pair", rng.choice(["Mandate reference (UMR)", "Unique Mandate Ref."]), code(rng, 3, UPPER) + digits(rng, 10)),
        ("pair", "Creditor ID", "IE" + digits(rng, 2) + "ZZZ" + digits(rng, 6)),
    ]
    ref = digits(rng, 10)
    ref_printed = status == "success" and optional_pair(rng, rows, ["Payment reference", "Transaction ref."], ref, 0.6)
    rows.append(("pair", "Balance", "€0.00" if status == "success" else "€" + money(amount, "western")))
    rows.append(("small", "Emergency / gas leak line 1800 20 50 50" if gas else "Networks emergency 1800 372 999"))
    return (
        rows,
        _truth(supplier, amount, "EUR", ref if ref_printed else None, when if date_printed else None, "netbanking", status),
        dict(SCREEN, width=600, band=rng.choice([(0, 94, 88), (60, 20, 110), (0, 120, 60)])),
    )


def bulky_waste_booking(rng: random.Random, font: str):
    """A UK council's bulky waste collection booking and payment confirmation (items, collection day, booking ref)."""
    council = rng.choice(["Leeds City Council", "Camden Council", "Glasgow City Council", "Bristol Waste Company", "Cardiff Council"])
    when = day(rng)
    items = rng.sample(["Sofa (3-seater)", "Fridge freezer", "Mattress (double)", "Wardrobe", "Washing machine", "Armchair",
                        "Bed frame", "Garden furniture set"], rng.randint(1, 5))
    base = float(rng.choice([25, 30, 35, 40]))
    extra = float(rng.choice([5, 8, 10]))
    total = base + extra * max(0, len(items) - 3)
    concession = round(total / 2, 2) if not shown(rng, 0.2) else 0.0
    total = round(total - concession, 2)
    status, words = _outcome(rng, {"success": ["Payment successful", "Your payment has been received", "Booking confirmed and paid"],
                                   "failed": ["Your payment was declined", "Payment unsuccessful - booking not made"],
                                   "pending": ["Payment pending"]}, 0.2)
    rows = [("title", council), ("center", rng.choice(["Bulky waste collection", "Book a bulky item collection", "Special collection"])), ("gap",)]
    if words:
        rows.append(("center", words))
    booking = rng.choice(["BW", "BLK-", "SC"]) + digits(rng, 6)
    booking_printed = status != "failed" and optional_pair(rng, rows, ["Booking reference", "Your reference", "Case number"], booking, 0.2)
    for index, item in enumerate(items, 1):
        rows.append(("pair", f"Item {index}", item))
    rows += [
        ("pair", rng.choice(["Collection date", "We will collect on"]), date_text(when + dt.timedelta(days=rng.randint(4, 21)), rng.choice(UK_DATES))),
        ("pair", rng.choice(["Address", "Collection address"]), rng.choice(["41 Moor Road, LS6 4BB", "Flat 2, 9 Agar Grove, NW1", "12 Dumbarton Rd, G11"])),
        ("rule",),
        ("pair", f"Up to 3 items £{base:.2f}" + (f", then £{extra:.2f} each" if len(items) > 3 else ""), ""),
    ]
    if concession:
        rows.append(("pair", rng.choice(["Concession (50%)", "Council Tax Reduction discount"]), f"-£{concession:.2f}"))
    rows.append(("pair", rng.choice(["Total paid", "Amount", "Total"]) if status != "failed" else "Amount", f"£{total:.2f}"))
    method = rng.choice(["card", "card", "wallet"])
    rows.append(("pair", rng.choice(["Paid with", "Payment method"]), {"card": rng.choice(["Visa", "Mastercard"]) + " ending " + digits(rng, 4),
                                                                      "wallet": rng.choice(["Apple Pay", "Google Pay"])}[method]))
    date_printed = status == "success" and shown(rng, 0.35)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment date", "Date paid"]), date_text(when, rng.choice(UK_DATES))))
    pay_ref = code(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789")[:rng.choice([10, 12])]
    pay_printed = status == "success" and optional_pair(rng, rows, ["Payment reference", "GOV.UK Pay reference"], pay_ref, 0.6)
    rows.append(("small", "Please leave items outside by 7am. Customer services 0113 222 " + digits(rng, 4)))
    txn = pay_ref if pay_printed else (booking if booking_printed else None)
    return (
        rows,
        _truth(council, total, "GBP", txn, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=rng.choice([(11, 12, 12), (0, 94, 165), (120, 20, 60)])),
    )


def bureau_de_change(rng: random.Random, font: str):
    """A UK travel-money counter's till receipt: foreign cash bought at a rate, commission, buy-back cover, paid in pounds."""
    shop = rng.choice(["Post Office Travel Money", "Thomas Exchange Global", "ICE Travel Money", "eurochange"])
    when = day(rng)
    foreign, rate = rng.choice([("EUR", rng.uniform(1.12, 1.19)), ("USD", rng.uniform(1.22, 1.33)), ("TRY", rng.uniform(40, 52)),
                                ("AED", rng.uniform(4.5, 4.9)), ("INR", rng.uniform(104, 114))])
    rate = round(rate, 4)
    bought = float(rng.choice([100, 200, 300, 500, 750, 1000]) * (100 if foreign == "INR" else 40 if foreign == "TRY" else 1))
    sterling = round(bought / rate, 2)
    commission = round(rng.choice([0, 0, 1.5]) / 100 * sterling, 2)
    cover = rng.choice([0.0, 0.0, 4.99, 5.50])
    total = round(sterling + commission + cover, 2)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Branch 2271 Kensington", "Manchester Piccadilly", "Gatwick South Terminal", "Bath Road, Slough"])),
        ("rule",),
        ("pair", date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y"])), clock(rng, False)),
        ("pair", rng.choice(["Clerk", "Cashier"]), str(rng.randint(10, 99))),
        ("center", rng.choice(["WE SELL", "Sale of foreign currency", "CURRENCY PURCHASE"])),
        ("pair", "Currency", foreign + " " + money(bought, "western")),
        ("pair", rng.choice(["Rate", "Exchange rate"]), f"{rate:.4f}"),
        ("pair", rng.choice(["Sterling value", "GBP equiv."]), f"£{sterling:.2f}"),
    ]
    if commission or shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Commission", "Comm."]), f"£{commission:.2f}"))
    if cover:
        rows.append(("pair", rng.choice(["Buy Back Guarantee", "Rebuy cover"]), f"£{cover:.2f}"))
    rows += [("rule",), ("pair", rng.choice(["TOTAL GBP", "Total to pay", "Amount Due"]), f"£{total:.2f}")]
    method = rng.choice(["card", "card", "cash"])
    txn = digits(rng, 6)
    if method == "card":
        rows.append(("pair", rng.choice(["Debit card", "VISA DEBIT", "MAESTRO"]), "**** " + digits(rng, 4)))
        auth = digits(rng, 6)
        txn_auth = auth if optional_pair(rng, rows, ["Auth code", "AUTH"], auth, 0.4) else None
    else:
        tendered = float(-(-total // 20) * 20)
        rows += [("pair", "Cash", f"£{tendered:.2f}"), ("pair", "Change", f"£{tendered - total:.2f}")]
        txn_auth = None
    rows.append(("pair", rng.choice(["Trans No.", "Transaction"]), txn))
    rows.append(("pair", rng.choice(["ID seen", "Passport"]), "*****" + digits(rng, 4)))
    rows.append(("small", "We will buy back up to " + foreign + " " + money(bought, "western") + " until "
                 + date_text(when + dt.timedelta(days=30), "%d/%m/%Y")))
    return (
        rows,
        _truth(shop, total, "GBP", txn_auth or txn, when, method, None),
        {"width": 460, "size": 19, "paper": (255, 255, 255)},
    )


EXAMS = {
    "INR": ("British Council", "IELTS Academic (computer)", 18000.0, "Test fee incl. GST", "Test date"),
    "USD": ("ETS", "TOEFL iBT", 255.0, "Registration fee", "Test date"),
    "EUR": ("Alliance Française de Paris", "DELF B2 tout public", 190.0, "Frais d'inscription", "Date de l'examen"),
    "GBP": ("IDP Education", "IELTS for UKVI (General)", 220.0, "Test fee", "Test date"),
}


def exam_registration(rng: random.Random, font: str):
    """A language-exam booking's payment confirmation (INR, USD, EUR in French, GBP): fee, extras, test date, candidate no."""
    currency = rng.choice(sorted(EXAMS))
    body, exam, fee, fee_label, test_label = EXAMS[currency]
    french = currency == "EUR"
    when = day(rng)
    extras = []
    if shown(rng, 0.6):
        extras.append(rng.choice([("Late registration fee", 0.15), ("Additional score report", 0.08), ("Prep material", 0.05)]
                                 if not french else [("Frais de dossier", 0.1), ("Livret de préparation", 0.06)]))
    total = fee + sum(round(fee * share) for _, share in extras)
    status, words = _outcome(rng, {"success": ["Paiement accepté", "Paiement réussi"] if french else ["Payment successful", "Payment Confirmed"],
                                   "failed": ["Paiement refusé"] if french else ["Payment failed"],
                                   "pending": ["Paiement en attente"] if french else ["Payment pending verification"]}, 0.2)

    def show(value: float) -> str:
        return _shown_in(value, currency, font)

    rows = [("title", body), ("center", "Confirmation d'inscription" if french else rng.choice(["Booking confirmation", "Registration receipt"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Examen" if french else "Test", exam),
        ("pair", "N° de candidat" if french else rng.choice(["Candidate number", "Registration no.", "Appointment no."]),
         digits(rng, rng.choice([6, 8, 10]))),
        ("pair", test_label, date_text(when + dt.timedelta(days=rng.randint(10, 70)), rng.choice(DATES[currency]))),
        ("pair", "Centre" if french else "Test centre", rng.choice(["Paris 6e", "Mumbai - Andheri", "Boston - Prometric 4421", "London Stratford"])),
        ("rule",),
        ("pair", fee_label, show(fee)),
    ]
    for label, share in extras:
        rows.append(("pair", label, show(round(fee * share))))
    rows.append(("pair", "Montant payé" if french and status == "success" else ("Total" if french else rng.choice(["Total", "Amount paid"] if status == "success" else ["Total"])),
                 show(total) + rng.choice(["", " " + currency])))
    method = rng.choice(["card", "card", "wallet"] + (["UPI", "netbanking"] if currency == "INR" else []))
    rows.append(("pair", "Moyen de paiement" if french else rng.choice(["Payment method", "Paid by"]),
                 {"card": rng.choice(["Visa", "Mastercard", "Carte bancaire"] if french else ["Visa", "Mastercard", "Amex"]) + " **" + digits(rng, 4),
                  "wallet": "PayPal", "UPI": "UPI", "netbanking": "Net Banking"}[method]))
    date_printed = status == "success" and shown(rng, 0.35)
    if date_printed:
        rows.append(("pair", "Date du paiement" if french else rng.choice(["Payment date", "Booked on"]), date_text(when, rng.choice(DATES[currency]))))
    ref = code(rng, 2, UPPER) + digits(rng, 10)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Référence de transaction", "N° de transaction"] if french
                                                       else ["Transaction ID", "Payment reference"], ref, 0.3)
    rows.append(("small", "Présentez une pièce d'identité le jour de l'examen" if french else "Bring the ID used at booking. Helpline " + digits(rng, 10)))
    return (
        rows,
        _truth(body, total, currency, ref if ref_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=rng.choice([(35, 30, 90), (0, 100, 130), (150, 0, 40)])),
    )


STORAGE = {"INR": ("Bounce", "INR"), "USD": ("Bounce", "USD"), "EUR": ("Radical Storage", "EUR"), "GBP": ("Stasher", "GBP")}


def luggage_storage(rng: random.Random, font: str):
    """A luggage-storage app's booking receipt: bags x days at a rate, service fee, cover amount (EUR in Portuguese)."""
    currency = rng.choice(sorted(STORAGE))
    platform = STORAGE[currency][0]
    portuguese = currency == "EUR"
    rate = {"INR": float(rng.choice([99, 149, 199])), "USD": rng.choice([5.9, 7.0, 8.0]), "EUR": rng.choice([4.5, 5.0, 6.0]),
            "GBP": rng.choice([5.49, 6.0, 6.99])}[currency]
    bags, days = rng.randint(1, 4), rng.choice([1, 1, 2, 3])
    service = {"INR": 49.0, "USD": 2.0, "EUR": 1.95, "GBP": 1.5}[currency] if shown(rng, 0.4) else 0.0
    total = round(bags * days * rate + service, 2)
    when = day(rng)
    drop = when + dt.timedelta(days=rng.randint(0, 20))
    status, words = _outcome(rng, {"success": ["Pagamento concluído", "Pago"] if portuguese else ["Payment successful", "Paid"],
                                   "failed": ["Pagamento recusado"] if portuguese else ["Payment failed"],
                                   "pending": ["Pagamento pendente"] if portuguese else ["Payment processing"]}, 0.2)

    def show(value: float) -> str:
        return _shown_in(value, currency, font)

    spot = {"INR": "Cafe near CSMT Station, Mumbai", "USD": "Deli at 8th Ave & 34th St", "EUR": "Pastelaria perto do Rossio, Lisboa",
            "GBP": "Newsagent by King's Cross"}[currency]
    rows = [("title", platform), ("center", ("Recibo da reserva" if portuguese else rng.choice(["Booking receipt", "Your booking"]))), ("gap",)]
    if words:
        rows.append(("center", words))
    dates = DATES[currency]
    rows += [
        ("pair", "Local" if portuguese else "Location", spot),
        ("pair", "Entrega" if portuguese else "Drop-off", date_text(drop, rng.choice(dates)) + " " + clock(rng, False)),
        ("pair", "Recolha" if portuguese else "Pick-up", date_text(drop + dt.timedelta(days=days - 1), rng.choice(dates)) + " " + clock(rng, False)),
        ("pair", ("Malas" if portuguese else "Bags") + f" {bags} x {days} " + ("dia(s)" if portuguese else "day(s)") + " x " + show(rate), show(bags * days * rate)),
    ]
    if service:
        rows.append(("pair", "Taxa de serviço" if portuguese else "Service fee", show(service)))
    rows.append(("pair", "Total" if portuguese else rng.choice(["Total", "Total charged"]), show(total)))
    rows.append(("pair", "Proteção até" if portuguese else "Protected up to", show({"INR": 10000.0, "USD": 3000.0, "EUR": 3000.0, "GBP": 1000.0}[currency])))
    method = rng.choice(["card", "card", "wallet"] + (["UPI"] if currency == "INR" else []))
    rows.append(("pair", "Pagamento" if portuguese else "Payment", {"card": rng.choice(["Visa", "Mastercard"]) + " •••• " + digits(rng, 4),
                                                                    "wallet": rng.choice(["Apple Pay", "Google Pay", "PayPal"]), "UPI": "UPI"}[method]))
    date_printed = status == "success" and shown(rng, 0.4)
    if date_printed:
        rows.append(("pair", "Reservado em" if portuguese else "Booked on", date_text(when, rng.choice(dates))))
    booking = code(rng, 8, ALNUM)
    booking_printed = status != "failed" and optional_pair(rng, rows, ["Código da reserva"] if portuguese else ["Booking ID", "Booking code"], booking, 0.3)
    rows.append(("small", "Mostre este código ao parceiro" if portuguese else "Show this booking to the host; free cancellation until drop-off"))
    return (
        rows,
        _truth(platform, total, currency, booking if booking_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=580, band=rng.choice([(40, 80, 200), (255, 90, 60), (20, 20, 20)])),
    )

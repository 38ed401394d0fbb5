"""The twelve heldout187 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a drone survey and mapping start-up's day in 2026 (Aakashdrishti Geospatial Pvt Ltd,
its head office at HSR Layout, Bengaluru and its field base at Khapri, Nagpur), told by the proofs of payment it
receives and makes: infrastructure, mining and planning clients' survey fee payment advices and foreign clients'
inward wires, farmers' producer companies' and plot owners' UPI and payment links, its own advance receipts, the
regulators' and data agencies' fee pages (DGCA's DigitalSky, QCI, Survey of India, NRSC), outward wires for LiDAR,
cameras, GNSS receivers and airframes, Indian dealers' invoices for batteries and spares and the express couriers'
duty bills, contract pilots' payouts, software subscriptions, field crews' card slips, field travel bookings, the
offices' electricity, broadband, phones and FASTag through Bharat Connect and the bank's SMS and e-mail alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, work order, LOI, quotation, mission, AWB, BE, IEC, UIN, RPC, UAS operator, PNR, seat,
RR, vehicle, relationship and mandate numbers, invoices listed on an advice, TDS, penalty and GST lines, GSTIN, PAN,
IFSC, BIC, IBAN, UETR, MID, TID, batch, beneficiary nicknames and the payer's own details carry no fact. ``Job``,
``date_row``, ``neft_ref``, ``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

COMPANY = "Aakashdrishti Geospatial Pvt Ltd"
COMPANY_CAPS = "AAKASHDRISHTI GEOSPATIAL PVT LTD"
SHORT = "Aakashdrishti Drones"
# office, address, GST state code
UNITS = [
    ("Bengaluru HQ", "No. 41, 27th Main, HSR Layout Sector 2, Bengaluru - 560102, Karnataka", "29"),
    ("Nagpur field base", "Plot 12, Wardha Road, Khapri, Nagpur - 441108, Maharashtra", "27"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Canara Bank",
    "IDFC FIRST Bank",
    "Yes Bank",
]
IFSC = {
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Canara Bank": "CNRB",
    "IDFC FIRST Bank": "IDFB",
    "Yes Bank": "YESB",
    "IndusInd Bank": "INDB",
}
SITES = [
    "NH-353 corridor, km 42 to 68",
    "Umred open cast mine, stockpiles",
    "Solar park block C, Pavagada",
    "Hebbal lake catchment",
    "Village abadi survey, Hingna taluk",
    "Ring road alignment, Tumakuru",
    "Coal yard volumetrics, Chandrapur",
    "Orchard NDVI mapping, Kolar",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The start-up as the other party (Bill to / Buyer / Importer / Applicant: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{IFSC.get(bank, 'SBIN')}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{IFSC.get(bank, 'SBIN')}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    return neft_ref(
        rng, j, bank if bank in IFSC and IFSC[bank] in ("HDFC", "ICIC", "SBIN", "UTIB") else "SBIN"
    )


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's printing: heldout152's ``fx`` for US dollars, euros and pounds, the code for the rest."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice([f"{cur} ", f"{cur} "]) if cur != "AUD" else rng.choice(["AUD ", "A$"])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


# ---------------------------------------------------------------- 1. clients' survey fee advices and inward wires


CLIENTS = [
    ("Sahyadri Highways EPC Pvt Ltd", "payables@sahyadrihighways.in"),
    ("Godavari Minerals & Mining Ltd", "vendor.payments@godavariminerals.co.in"),
    ("Nandi Solar Parks Pvt Ltd", "ap@nandisolar.in"),
    ("Tungabhadra Urban Development Authority", "accounts@tuda-karnataka.in"),
    ("Kaveri Renewables Ltd", "finance.ops@kaverirenew.com"),
    ("Vidarbha Infra Projects Ltd", "cfo.desk@vidarbhainfra.in"),
]
ABROAD_CLIENTS = [
    ("Geoscan Mapping BV", "Delft, Netherlands", "EUR", "ABN AMRO Bank NV"),
    ("Outback Aerial Surveys Pty Ltd", "Perth, Australia", "AUD", "Westpac Banking Corporation"),
    ("Corridor Analytics LLC", "Denver, CO, USA", "USD", "Wells Fargo Bank NA"),
    ("Fenland Survey Partners Ltd", "Cambridge, United Kingdom", "GBP", "Lloyds Bank plc"),
]
RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "GBP": (108.2, 113.4),
    "AUD": (55.2, 58.9),
    "CHF": (97.5, 103.8),
}
SURVEY_FRAMES = ["mail", "portal", "paper", "inward", "mail", "paper", "inward", "portal"]
WORKS = [
    "LiDAR corridor survey",
    "Topographic survey - DGPS + drone",
    "Stockpile volumetrics - monthly",
    "Orthomosaic and DEM deliverables",
    "Progress monitoring flights",
    "SVAMITVA-style abadi mapping",
]


def survey_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Clients paying the start-up's survey fees: an infrastructure, mining or planning client's payment advice
    e-mail, printed REMITTANCE ADVICE - SERVICE PROVIDER / PAYMENT RELEASE MEMO and its supplier portal page (the
    client on top, Service provider / Payee name / Credited party / Empanelled agency the start-up, Work order No.,
    Site, Invoices adjusted with their sums, Less: TDS u/s 194J @ 2%, Less: Penalty - delayed deliverables, Net
    remitted / Amount credited / Net payable released, Mode NEFT / RTGS, UTR / UTR No., Payment voucher No. / PV No.,
    Settlement date / Credited on / Value date / Scheduled on / Returned on; Status: Settled / Payment status:
    Credited / Held - awaiting DGPS accuracy report / Bounced back - beneficiary account dormant) and two banks'
    inward remittance advices of foreign clients' wires (the bank on top, Beneficiary / Beneficiary name the
    start-up, Ordering customer, Amount in foreign currency, Rate, INR credited, Inward ref No., UETR, Credit date /
    Value date; Credited to your account)."""
    k = place("survey_advices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=60000, high=2400000)
    frame = SURVEY_FRAMES[k]
    if frame == "inward":
        payer, city, cur, pbank = ABROAD_CLIENTS[(k // 3 + rng.randrange(2) * 2) % len(ABROAD_CLIENTS)]
        j.amount = (
            round(rng.uniform(2500, 48000), 2) if rng.random() < 0.6 else float(rng.randrange(25, 480) * 100)
        )
        bank = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "State Bank of India"])
        show = foreign(rng, font, cur)
        rate = round(rng.uniform(*RATES[cur]), 4)
        if k == 3:
            p = mail_page(
                rng,
                font,
                f"{bank} <trade.services@{bank.split()[0].lower()}bank.net>",
                ["Inward remittance credited", "Credit advice - foreign inward remittance"],
            )
        else:
            p = browser_page(rng, font, f"trade.{bank.split()[0].lower()}.co.in/inward/{code(rng, 9, ALNUM)}")
        p.part = "head"
        top(p, bank)
        p.add("small", rng.choice(["Trade Finance Centre, Bengaluru", "Forex Operations - Koramangala"]))
        p.add("center", rng.choice(["Inward Remittance Advice", "Foreign inward remittance - credit advice"]))
        p.add("rule")
        p.part = "body"
        p.add("center", rng.choice(["Credited to your account", "Status: Credited"]), status="success")
        me = rng.choice([COMPANY, COMPANY_CAPS])
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), me, merchant=me)
        p.pair("Credit account", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), f"{payer}, {city}")
        wrap_pair(p, "Remitting bank", pbank)
        p.pair(
            rng.choice(["Amount in foreign currency", "Remittance amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        p.pair("Rate", f"1 {cur} = {rate} INR")
        inr = round(j.amount * rate, 2)
        ch = float(rng.choice([500, 750, 1000]))
        p.pair("Bank charges", f"INR {ch:,.2f}")
        p.pair("INR credited", f"{inr - ch:,.2f}")
        wrap_pair(p, "Purpose", "Aerial survey and mapping services (export)")
        p.pair("Mode", "SWIFT MT103", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{j.date:%y}{digits(rng, 9)}"
            p.pair(rng.choice(["Inward ref No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
            uetr = f"{code(rng, 8, '0123456789abcdef')}-{code(rng, 4, '0123456789abcdef')}-4{code(rng, 3, '0123456789abcdef')}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 4, '89ab')}-{code(rng, 12, '0123456789abcdef')}")
        date_row(p, j, ["Credit date", "Value date"], ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d"])
        p.part = "foot"
        p.add("small", "An e-FIRC for this credit can be downloaded from the trade portal.")
        return p.done()
    client, mail = rng.choice(CLIENTS)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{client.split()[0]} Accounts <{mail}>",
            ["Remittance advice - survey services", f"Payment released to {SHORT}", "Funds transferred"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittances/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, client.upper() if frame == "paper" and rng.random() < 0.5 else client)
    p.add(
        "small", rng.choice(["Accounts Payable - Project Finance", "Treasury & Payments", "Finance Section"])
    )
    p.add(
        "center",
        rng.choice(["REMITTANCE ADVICE - SERVICE PROVIDER", "PAYMENT RELEASE MEMO", "Remittance details"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(
        p,
        rng.choice(["Service provider", "Payee name", "Credited party", "Empanelled agency"]),
        payee,
        merchant=payee,
    )
    p.pair("Work order No.", f"WO/{rng.choice(['SRV', 'GIS', 'MIN'])}/{rng.randrange(100, 999)}/25-26")
    wrap_pair(p, "Site", rng.choice(SITES))
    bills = [
        (f"AGP/25-26/{rng.randrange(10, 480):03d}", rupees(rng, 40000, 900000, 0.6))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Invoices adjusted", "Bills covered by this payment"]))
    for no, v in bills:
        p.pair(f"{no} ({rng.choice(WORKS)})", rs(v))
    gross = sum(v for _, v in bills)
    fee = round(gross / 1.18, 2)
    cut = round(fee * 0.02, 2)
    p.pair("Less: TDS u/s 194J @ 2%", rs(cut))
    pen = float(rng.choice([5000, 7500, 12000])) if rng.random() < 0.35 else 0.0
    if pen:
        p.pair("Less: Penalty - delayed deliverables", rs(pen))
    j.amount = round(gross - cut - pen, 2)
    p.pair(
        rng.choice(["Net remitted", "Amount credited", "Net payable released"]), rs(j.amount), amount=j.amount
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Mode", "Transfer mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "To account", f"{bank} A/c XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PV', '19', 'BPV'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment voucher No.", "PV No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Settled", "Payment status: Credited"],
            "pending": ["Held - awaiting DGPS accuracy report"],
            "failed": ["Bounced back - beneficiary account dormant"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Settlement date", "Credited on", "Value date"],
            "pending": ["Scheduled on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 2. growers' and plot owners' UPI and links


CLIENT_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "BHIM", "CRED", "PayU", "Navi"]
PAYERS = [
    "Kolar Mango Growers FPC Ltd",
    "Shivakumar Reddy",
    "Hingna Kisan Producer Co",
    "Priyanka Wankhede",
    "Raghavendra Layout Owners",
    "Dr. Suresh Hegde",
    "Mohammed Ismail Khan",
    "Vasundhara Agro FPO",
]
CLIENT_NOTES = [
    "Plot contour survey",
    "NDVI crop health map",
    "Drone spraying trial",
    "Boundary survey 4 acres",
    "Farm pond DEM",
    "Layout survey advance",
]


def client_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Farmers' producer companies and plot owners paying for surveys and crop maps: six UPI app screens (PhonePe,
    Google Pay, Paytm, BHIM, CRED, Navi: the start-up under Paid to / To / Sent to / Payment to, its UPI ID, the sum
    large, UPI transaction ID / UPI Ref No. / UTR, the app's own Transaction ID on some, Debited from, Date & time /
    Paid on / Completed) and its payment pages (Razorpay, PayU: the start-up on top, Paid by / Payer the client,
    Payment ID pay_... / PayU ID, Bank RRN / UPI RRN or Auth code for a card, Paid on / Payment date)."""
    k = place("client_upi")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=1800, high=90000, p_round=0.7)
    app = CLIENT_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "PayU"):
        to = ours(rng)
        url = (
            f"pages.razorpay.com/aakash-{code(rng, 5, ALNUM.lower())}"
            if app == "Razorpay"
            else f"u.payu.in/{code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Drone survey | GIS | Crop analytics", "Survey fee payment page"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Payment complete"],
                "failed": ["Payment failed - amount not debited"],
                "pending": ["Payment pending - awaiting bank update"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Payer"]), PAYERS[k])
        wrap_pair(p, "For", rng.choice(CLIENT_NOTES))
        way = "UPI" if rng.random() < 0.55 else "card"
        p.pair(
            "Method",
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = (
                f"pay_{code(rng, 14, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
                if app == "Razorpay"
                else digits(rng, 11)
            )
            p.pair("Payment ID" if app == "Razorpay" else "PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["Bank RRN", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Secured by PayU")
        return p.done()
    to = rng.choice([COMPANY, SHORT])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Navi": "Navi UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent"],
            "failed": ["Payment Failed", "Transaction declined"],
            "pending": ["Payment Pending", "Processing - do not retry"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = {"CRED": ["payment to"], "Navi": ["Payment to"]}.get(
        app, ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    )
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: aakashdrishti{rng.choice(['', '.geo', '.pay'])}@{rng.choice(['okhdfcbank', 'ybl', 'icici', 'axl'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Remarks"]), rng.choice(CLIENT_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "CRED") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "CRED": f"CRD{code(rng, 12, ALNUM)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the start-up's own advance receipts


RECEIPT_PARTIES = [
    "Mr. Nagesh Rao",
    "Shree Balaji Developers",
    "Hingna Gram Panchayat",
    "Mrs. Lata Deshpande",
    "Kolar Mango Growers FPC Ltd",
    "Ms. Farah Siddiqui",
    "Ranade Infra Consultants",
    "Mr. Joseph Mathew",
]


def advance_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The start-up's own ADVANCE RECEIPT / PAYMENT ACKNOWLEDGEMENT / RECEIPT VOUCHER to a client (paper, the start-up
    on top with its Drone survey | GIS | LiDAR line and its DGCA UAS operator line; Ack. No. / Receipt Sl. No. / RV
    No., Date / Dated / Receipt date, Received with thanks from / Customer, Quotation No., Survey job, Quoted fee
    (incl. GST), Advance received / Amount received / Cash received / By UPI / Cheque for (part of the quoted fee on
    some), Balance payable on delivery, Cheque No. and bank, UPI Ref No., UTR; RECEIVED WITH THANKS / ACKNOWLEDGED /
    CHEQUE ACCEPTED - SUBJECT TO CLEARANCE / CHEQUE DISHONOURED - REFER TO DRAWER, the rubber stamp) and its finance
    desk's receipt e-mails."""
    k = place("advance_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=8000, high=380000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    me = ours(rng)
    if k in (1, 6):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Finance <finance@aakashdrishti.in>",
            ["Payment acknowledgement", "We have received your advance"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}  |  Finance desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Drone survey | GIS | LiDAR | Crop analytics",
            unit[1],
            unit[2],
            ["ADVANCE RECEIPT", "PAYMENT ACKNOWLEDGEMENT", "RECEIPT VOUCHER"],
        )
        p.add("small", f"DGCA UAS Operator: UA-OP-{digits(rng, 6)}")
    if not j.no_ref:
        rno = f"{rng.choice(['ADV', 'ACK', 'RV'])}/{rng.randrange(10, 999):03d}/26"
        p.pair(rng.choice(["Ack. No.", "Receipt Sl. No.", "RV No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Customer"]), RECEIPT_PARTIES[k])
    p.pair("Quotation No.", f"Q/26/{rng.randrange(100, 999)}")
    wrap_pair(p, "Survey job", rng.choice(SITES))
    way = "cheque" if status != "success" else ["UPI", "cash", "NEFT", "-", "UPI", "-", "NEFT", "cheque"][k]
    if way in ("UPI", "cash") and j.amount > 95000:
        j.amount = rupees(rng, 5000, 95000, 0.6)
    part = k in (0, 4, 6) and status == "success"
    quote = round(j.amount * rng.choice([2.0, 2.5, 4.0]), 2) if part else j.amount
    p.pair(rng.choice(["Quoted fee (incl. GST)", "Job value (incl. GST)"]), rs(quote))
    lab = {
        "cash": "Cash received",
        "UPI": "By UPI",
        "cheque": "Cheque for",
        "NEFT": rng.choice(["Advance received", "Amount received"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair("Balance payable on delivery", rs(quote - j.amount))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = neft_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"]))
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "ACKNOWLEDGED"]),
        "pending": "CHEQUE ACCEPTED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE DISHONOURED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (1, 6):
        right(p, "Authorised signatory")
        p.add("gap")
        seal(
            p, "AAKASHDRISHTI", unit[0].split()[0].upper(), None if j.no_day else j.date, word.split(" - ")[0]
        )
    return p.done()


# ---------------------------------------------------------------- 4. regulators' and data agencies' fee pages


AGENCIES = [
    (
        "Directorate General of Civil Aviation",
        "DigitalSky Platform - fee payment acknowledgement",
        "digitalsky.dgca.gov.in",
    ),
    ("Quality Council of India", "Certification Scheme for Unmanned Aircraft Systems", "cs-uas.qcin.org"),
    (
        "Survey of India",
        "Geospatial data and CORS services - online payment",
        "onlinemaps.surveyofindia.gov.in",
    ),
    ("National Remote Sensing Centre", "Bhoonidhi - satellite data sale receipt", "bhoonidhi.nrsc.gov.in"),
]
AGENCY_HEADS = {
    0: [
        ("UIN registration fee", 100.0),
        ("Remote pilot certificate fee", 100.0),
        ("Transfer of UIN fee", 100.0),
    ],
    1: [
        ("Application fee", 25000.0),
        ("Type certification audit fee", 150000.0),
        ("Surveillance audit fee", 60000.0),
    ],
    2: [
        ("CORS subscription - annual", 30000.0),
        ("Topographic data sheet", 1200.0),
        ("GCP coordinates", 900.0),
    ],
    3: [("Cartosat-3 scene (archived)", 22000.0), ("Resourcesat-2A LISS-IV scene", 8500.0)],
}
AGENCY_ORDER = [0, 1, 2, 3, 0, 2, 1, 3]


def regulator_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees the start-up pays the regulators and data agencies: DGCA's DigitalSky fee acknowledgement (UIN
    registration and remote pilot certificate fees), the Quality Council of India's UAS certification fee receipt,
    Survey of India's CORS and data order payment and NRSC's Bhoonidhi satellite data receipt (the agency on top with
    the platform line under it, Operator / Applicant / Ordered by the start-up, UAS Operator ID, UIN, RPC No.,
    Application No. / Order No., the fee heads x count, GST @ 18% where charged, Total fee remitted / Amount paid /
    Fee amount paid, Payment through Bharatkosh - Net banking / UPI / Debit card, Bank transaction No. / Bank Ref. No.,
    e-Receipt No. / Acknowledgement No., Payment date / Fee paid on / Transaction date & time; Fee received / Payment
    successful / Payment status: Awaiting bank response / Payment aborted - no amount debited)."""
    k = place("regulator_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=100, high=1000)
    which = AGENCY_ORDER[k]
    agency, line, host = AGENCIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['payment', 'fee', 'receipt'])}/{digits(rng, 8)}")
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Fee received", "Payment successful"],
            "pending": ["Payment status: Awaiting bank response"],
            "failed": ["Payment aborted - no amount debited"],
        },
    )
    wrap_pair(p, rng.choice(["Operator", "Applicant", "Ordered by"]), rng.choice([COMPANY, COMPANY_CAPS]))
    if which in (0, 1):
        p.pair("UAS Operator ID", f"UA-OP-{digits(rng, 6)}")
    p.pair(
        rng.choice(["Application No.", "Order No."]),
        f"{rng.choice(['DS', 'APP', 'ORD'])}{digits(rng, 4)}{digits(rng, 5)}",
    )
    heads = rng.sample(AGENCY_HEADS[which], rng.randrange(1, len(AGENCY_HEADS[which]) + 1))
    total = 0.0
    for head, fee in heads:
        n = rng.randrange(1, 9) if fee < 5000 else 1
        if which == 0 and head.startswith("UIN"):
            p.pair("UIN", f"UA00{digits(rng, 3)}{code(rng, 2, UPPER)}" + ("" if n == 1 else f" (+{n - 1})"))
        if which == 0 and head.startswith("Remote"):
            p.pair("RPC No.", f"DGCA-RPC-{digits(rng, 5)}" + ("" if n == 1 else f" (+{n - 1})"))
        p.pair(f"{head} x {n}" if n > 1 else head, rs(fee * n))
        total += fee * n
    if which != 0:
        gst = round(total * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total += gst
    j.amount = round(total, 2)
    p.pair(
        rng.choice(["Total fee remitted", "Amount paid", "Fee amount paid"]), rs(j.amount), amount=j.amount
    )
    way = rng.choice(
        ["Net banking", "UPI", "Debit card"] if j.amount <= 100000 else ["Net banking", "Debit card"]
    )
    text = f"Bharatkosh - {way}" if which == 0 and rng.random() < 0.6 else way
    p.pair(
        rng.choice(["Payment through", "Mode"]),
        text,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            bref = f"{rng.choice(['SBI', 'HDF', 'IGA', 'CPA'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Bank transaction No.", "Bank Ref. No."]), bref, txn=(BANK_RANK, bref))
        rno = f"{rng.choice(['ER', 'ACK', 'RCPT'])}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["e-Receipt No.", "Acknowledgement No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Payment date", "Fee paid on", "Transaction date & time"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Fees once paid are not refundable. Keep this acknowledgement for your records.")
    return p.done()


# ---------------------------------------------------------------- 5. outward wires for sensors and airframes


MAKERS_ABROAD = [
    (
        "Riegl Laser Measurement Systems GmbH",
        "Horn, Austria",
        "EUR",
        "Raiffeisen Bank International AG",
        "RZBAATWW",
        "AT",
    ),
    ("YellowScan SAS", "Montferrier-sur-Lez, France", "EUR", "Credit Agricole SA", "AGRIFRPP", "FR"),
    ("MicaSense Inc", "Seattle, WA, USA", "USD", "Bank of America NA", "BOFAUS3N", ""),
    ("Wingtra AG", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", "UBSWCHZH", "CH"),
    ("Septentrio NV", "Leuven, Belgium", "EUR", "KBC Bank NV", "KREDBEBB", "BE"),
    ("Skyline Drone Parts Ltd", "Reading, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B", "GB"),
    ("Phase One A/S", "Frederiksberg, Denmark", "EUR", "Danske Bank A/S", "DABADKKK", "DK"),
    ("Freefly Systems Inc", "Woodinville, WA, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33", ""),
]
GEAR = [
    "miniVUX-3UAV LiDAR sensor",
    "Mapper+ LiDAR with IMU",
    "RedEdge-P multispectral camera",
    "WingtraOne GEN II airframe",
    "mosaic-X5 GNSS receiver boards",
    "Spare propellers and motors",
    "iXM-100 aerial camera",
    "Alta X heavy-lift airframe",
]


def sensor_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The start-up paying makers abroad for LiDAR, cameras, GNSS boards, airframes and spares: the bank's outward
    remittance advice (browser, e-mail, printed: the bank on top, Outward remittance - debit advice / Import payment
    advice, Beneficiary name / Foreign beneficiary / Pay to (beneficiary) the maker, Beneficiary bank and BIC, IBAN,
    Applicant / Remitter the start-up, IEC, Amount in FCY / Transfer amount (FCY) / Remittance amount in EUR, USD,
    GBP or CHF, Rate applied, INR value, Commission, SWIFT charges, GST on currency conversion, Total INR debited,
    Purpose code S0102 / S0101, Goods, Proforma invoice No., FX deal No., Charges OUR / SHA, Our ref No. / Transaction
    reference, Execution date / Value date / Request date / Returned on; Remittance executed - MT103 released /
    Payment sent to beneficiary bank / Pending - awaiting Form A1 and invoice copy / Returned - beneficiary bank could
    not apply funds)."""
    k = place("sensor_wires")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    sup, city, cur, sbank, bic, iban = MAKERS_ABROAD[k]
    j.amount = (
        round(rng.uniform(1200, 90000), 2) if rng.random() < 0.6 else float(rng.randrange(12, 900) * 100)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Yes Bank"])
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{bank.split()[0].lower()}.co.in/orm/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <import.payments@{bank.split()[0].lower()}bank.net>",
            ["Import payment executed", "Outward remittance - debit advice"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Trade Services, MG Road, Bengaluru", "Forex Desk, Dharampeth, Nagpur"]))
    p.add("center", rng.choice(["Outward remittance - debit advice", "Import payment advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance executed - MT103 released", "Payment sent to beneficiary bank"],
            "pending": ["Pending - awaiting Form A1 and invoice copy"],
            "failed": ["Returned - beneficiary bank could not apply funds"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Foreign beneficiary", "Pay to (beneficiary)"]),
        payee,
        merchant=payee,
    )
    p.pair("Country", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} ({bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Applicant", "Remitter"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair(
        rng.choice(["Amount in FCY", "Transfer amount (FCY)", "Remittance amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Rate applied", f"{rate} INR per {cur}")
    p.pair("INR value", f"{inr:,.2f}")
    comm = float(rng.choice([500, 1000, 1500]))
    swift = float(rng.choice([350, 500, 750]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Commission", f"{comm:,.2f}")
    p.pair("SWIFT charges", f"{swift:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total INR debited", f"{inr + comm + swift + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0102 - advance against imports", "S0101 - import settlement"]))
    wrap_pair(p, "Goods", GEAR[k])
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}{rng.randrange(1000, 99999)}")
    if rng.random() < 0.5:
        p.pair("FX deal No.", f"DL{digits(rng, 10)}")
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT wire transfer"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OWR', 'IMP', 'TFO'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(rng.choice(["Our ref No.", "Transaction reference"]), ref, txn=(BANK_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Execution date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Please submit the Bill of entry within 180 days of this remittance.")
    return p.done()


# ---------------------------------------------------------------- 6. dealers' invoices and couriers' duty bills


DEALERS = [
    (
        "Vayu Power Cells",
        "LiPo and Li-ion packs | Chargers",
        "Peenya 2nd Stage, Bengaluru - 560058, Karnataka",
        "29",
    ),
    (
        "Geomatrix Survey Instruments",
        "GNSS rovers | Total stations | DGPS",
        "Shivajinagar, Pune - 411005, Maharashtra",
        "27",
    ),
    (
        "Propcraft Aero Components",
        "Propellers | Motors | ESCs | Frames",
        "Balanagar, Hyderabad - 500037, Telangana",
        "36",
    ),
    (
        "Nakshatra Aviation Spares",
        "Drone spares | Payload mounts",
        "Guindy Industrial Estate, Chennai - 600032, Tamil Nadu",
        "33",
    ),
]
PARTS = {
    "Vayu Power Cells": [
        ("LiPo 6S 22000 mAh pack", 18500.0, 26500.0),
        ("Smart charger 4-channel", 21000.0, 29000.0),
    ],
    "Geomatrix Survey Instruments": [
        ("GNSS rover RTK kit", 185000.0, 260000.0),
        ("Survey tripod and bipod", 6500.0, 9800.0),
    ],
    "Propcraft Aero Components": [
        ("Carbon propeller 28 inch (pair)", 5200.0, 7400.0),
        ("BLDC motor 6215", 9800.0, 13500.0),
    ],
    "Nakshatra Aviation Spares": [
        ("Gimbal damper set", 950.0, 1600.0),
        ("Landing gear assembly", 7800.0, 11200.0),
    ],
}
HSN = {
    "LiPo": "8507",
    "Smart": "8504",
    "GNSS": "9015",
    "Survey": "9015",
    "Carbon": "8807",
    "BLDC": "8501",
    "Gimbal": "8807",
    "Landing": "8807",
}
COURIERS = [
    (
        "Swiftwing Express Logistics Pvt Ltd",
        "International express | Import duty and taxes",
        "Sahar Road, Andheri East, Mumbai - 400099",
        "27",
    ),
    (
        "Skylane Air Couriers India Pvt Ltd",
        "Door-to-door import clearance",
        "Devanahalli, Bengaluru - 562110",
        "29",
    ),
]
DEALER_WAYS = ["NEFT", "UPI", "-", "RTGS", "IMPS", "-", "NEFT", "UPI"]


def gear_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Indian dealers' TAX INVOICE / INVOICE - PAID for batteries, GNSS rovers, propellers and spares
    (paper: the dealer on top, its line, address and GSTIN; Invoice No. / Inv. No., Invoice date / Date, Buyer / Ship
    to M/s the start-up, E-way bill No., the parts with HSN and Qty x rate, Taxable value, CGST and SGST or IGST @
    18%, Round off, Invoice total, Less: Advance adjusted and Balance settled on some, then Payment received / Amount
    received with its UTR, IMPS Ref No. or UPI Ref No., or Cheque lodged with Cheque No.; PAID / FULLY PAID / PAYMENT
    RECEIVED - THANK YOU / CHEQUE LODGED - AWAITING CLEARANCE / CHEQUE BOUNCED - PAYMENT STOPPED BY DRAWER, in the
    dealer's rubber stamp too) and two express couriers' DUTY AND TAX INVOICE - PAID for imported parts (AWB No., BE
    No., Importer, Customs duty advanced (BCD + SWS), IGST advanced, Disbursement fee, GST on disbursement fee, Total
    paid, UPI Ref No. / Bank Ref No., Duty invoice No.)."""
    k = place("gear_bills")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=3000, high=180000)
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    if k in (1, 5):
        firm, line, addr, state = COURIERS[k // 4]
        name = firm.upper() if rng.random() < 0.3 else firm
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, line, addr, state, ["DUTY AND TAX INVOICE - PAID", "IMPORT DUTY RECEIPT"])
        if not j.no_ref:
            inv = f"DT{j.date:%y}{digits(rng, 8)}"
            p.pair("Duty invoice No.", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Date", "Invoice date"], PATS_IN)
        p.pair("AWB No.", f"{digits(rng, 10)}")
        p.pair("BE No.", digits(rng, 7))
        ours_to(p, ["Importer", "Consignee"])
        p.pair("Contents", rng.choice(["Drone spare parts", "Camera gimbal", "GNSS antenna"]))
        duty = round(rng.uniform(2500, 40000), 2)
        igst = round(duty * rng.uniform(1.2, 1.8), 2)
        fee = float(rng.choice([500, 750, 1000]))
        p.pair("Customs duty advanced (BCD + SWS)", rs(duty))
        p.pair("IGST advanced", rs(igst))
        p.pair("Disbursement fee", rs(fee))
        p.pair("GST on disbursement fee", rs(round(fee * 0.18, 2)))
        j.amount = round(duty + igst + fee * 1.18, 2)
        p.pair("Total paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "Net banking"])
        p.pair("Paid by", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{rng.choice(['IGA', 'HDF'])}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        word = rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU"])
        p.add("center", word, status="success")
        p.part = "foot"
        p.add("small", "Duty and taxes are paid to Customs on the importer's behalf.")
        right(p, f"For {name}")
        return p.done()
    dealer, line, addr, state = DEALERS[k % len(DEALERS)]
    name = dealer.upper() if rng.random() < 0.3 else dealer
    p = paper_page(rng, font, [700, 740, 780])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "INVOICE - PAID", "TAX INVOICE - ORIGINAL FOR RECIPIENT"]
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in dealer.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/25-26"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date"], PATS_IN)
    ours_to(p, ["Buyer", "Ship to"])
    if rng.random() < 0.6:
        p.pair("E-way bill No.", digits(rng, 12))
    taxable = 0.0
    for part, lo, hi in rng.sample(PARTS[dealer], rng.randrange(1, 3)):
        qty = rng.randrange(1, 6) if lo > 50000 else rng.randrange(2, 12)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{part}  HSN {HSN[part.split()[0]]}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, state != UNITS[j.unit][2])
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = DEALER_WAYS[k] if status == "success" else "cheque"
    if way in ("UPI", "-") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    if way == "-":
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.5]), -2))
        p.pair("Less: Advance adjusted", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque lodged", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = "Balance settled" if adv else rng.choice(["Payment received", "Amount received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "FULLY PAID", "PAYMENT RECEIVED - THANK YOU"]),
        "pending": "CHEQUE LODGED - AWAITING CLEARANCE",
        "failed": "CHEQUE BOUNCED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(dealer.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. contract pilots' payouts


PILOTS = [
    "Rahul Thimmaiah",
    "Sana Qureshi",
    "Pradeep Gowda",
    "Ankit Meshram",
    "Deepa Iyer",
    "Irfan Shaikh",
    "Lokesh Naidu",
    "Meghna Bhattacharya",
]
MISSIONS = [
    ("Corridor mapping - NH-353", "Flying days"),
    ("Stockpile volumetrics - Umred", "Flying days"),
    ("Crop spraying trial - Kolar", "Acres sprayed"),
    ("Solar park thermography", "Flying days"),
    ("Abadi mapping - Hingna", "Villages flown"),
]
PAYOUT_FRAMES = ["paper", "cashfree", "paper", "netbank", "bulk", "paper", "cashfree", "netbank"]
NETBANKS = [
    ("Yes Bank", "yesconnect.yesbank.in", "YES CONNECT"),
    ("IndusInd Bank", "indusdirect.indusind.com", "INDUS Direct Corporate"),
    ("IDFC FIRST Bank", "business.idfcfirstbank.com", "IDFC FIRST Business"),
]


def pilot_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The start-up paying its contract remote pilots: its printed CONTRACT PILOT PAYMENT VOUCHER / FIELD PAYOUT
    VOUCHER (the start-up on top, Voucher No. / V. No., Date, Pay to (remote pilot) / Pilot name the pilot, RPC No.,
    Mission, days or acres x rate, Gross fee, Less: TDS u/s 194C @ 1%, Less: Fuel advance, Net disbursed / Amount
    handed over, Mode Cash / UPI / IMPS; Approved by; PAID / DISBURSED), Cashfree Payments' payout page (Beneficiary
    name / Bene name, Bene VPA or account, Transfer amount, Reference ID, UTR, Transfer successful / Transfer pending -
    queued with bank), corporate net banking's fund transfer acknowledgement (YES CONNECT, INDUS Direct, IDFC FIRST
    Business: Beneficiary nickname, Beneficiary name, Amount transferred, IMPS Ref. No. / RRN, Transaction No.) and a
    bulk upload's failed row (Failed - account number and name mismatch)."""
    k = place("pilot_payouts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=2500, high=95000, p_round=0.8)
    who = PILOTS[k]
    mission, unit_word = rng.choice(MISSIONS)
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs", "INR"))
    frame = PAYOUT_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts  |  {COMPANY}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful"],
                "pending": ["Transfer pending - queued with bank"],
                "failed": ["Reversed"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Bene name"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"] if j.amount <= 95000 else ["IMPS"])
        p.pair(
            "Bene VPA" if way == "UPI" else "Bene account",
            f"{who.split()[0].lower()}.{digits(rng, 3)}@okaxis"
            if way == "UPI"
            else f"XXXXXXX{digits(rng, 4)}",
        )
        p.pair("Transfer amount", rs(j.amount), amount=j.amount)
        p.pair("Transfer mode", way, method="netbanking" if way == "IMPS" else "UPI")
        if not j.no_ref:
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        wrap_pair(p, "Remarks", f"Pilot fee - {mission}")
        date_row(p, j, ["Processed on", "Added on"], hour=True)
        p.part = "foot"
        p.add("small", "Cashfree Payments India Pvt Ltd")
        return p.done()
    if frame in ("netbank", "bulk"):
        bank, host, brand = NETBANKS[k % len(NETBANKS)]
        p = browser_page(rng, font, f"{host}/{'bulk/file' if frame == 'bulk' else 'ft/ack'}/{digits(rng, 8)}")
        p.part = "head"
        top(p, brand)
        if brand.split()[0] not in bank:
            p.add("small", bank)
        p.add("center", "Bulk upload - row status" if frame == "bulk" else "Fund transfer - acknowledgement")
        if frame == "bulk":
            p.add("small", f"File: PILOTFEES_{code(rng, 5, ALNUM)}.xlsx  |  Row {rng.randrange(2, 40)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer completed", "Status: Completed"],
                "pending": ["Status: In progress"],
                "failed": ["Failed - account number and name mismatch"],
            },
        )
        p.pair("Beneficiary nickname", f"PILOT-{who.split()[0].upper()}")
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair(rng.choice(["Amount transferred", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        if not j.no_ref:
            if status != "failed":
                p.pair(rng.choice(["IMPS Ref. No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            tno = f"{rng.choice(['FT', 'IB', 'TX'])}{digits(rng, 11)}"
            p.pair("Transaction No.", tno, txn=(BANK_RANK, tno))
        wrap_pair(p, "Narration", f"Pilot fee {mission.split(' - ')[0]}")
        date_row(p, j, ["Transaction date", "Processed on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Never share your OTP or login credentials with anyone.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if rng.random() < 0.6 else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["CONTRACT PILOT PAYMENT VOUCHER", "FIELD PAYOUT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['CPV', 'FPV'])}-{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Pay to (remote pilot)", "Pilot name"]), who, merchant=who)
    p.pair("RPC No.", f"DGCA-RPC-{digits(rng, 5)}")
    wrap_pair(p, "Mission", mission)
    way = "Cash" if k == 0 else rng.choice(["UPI", "IMPS"] if j.amount <= 95000 else ["IMPS"])
    if way == "Cash" and j.amount > 19000:
        j.amount = rupees(rng, 2500, 19000, 0.9)
    adv = float(rng.choice([0, 1000, 2000])) if j.amount > 8000 else 0.0
    gross = round((j.amount + adv) / 0.99, 2) if way != "Cash" else round(j.amount + adv, 2)
    tds = round(gross - j.amount - adv, 2)
    n = rng.randrange(2, 9)
    p.pair(f"{unit_word}: {n} x {rs(round(gross / n, 2))}", rs(gross))
    p.pair("Gross fee", rs(gross))
    if tds > 0:
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    if adv:
        p.pair("Less: Fuel advance", rs(adv))
    p.pair(rng.choice(["Net disbursed", "Amount handed over"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Approved by", rng.choice(["Capt. Vinay Rao (Ops)", "Nisha Kulkarni (Accounts)"]))
    p.add("center", rng.choice(["PAID", "DISBURSED"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature of pilot")
    return p.done()


# ---------------------------------------------------------------- 8. software subscriptions


SAAS = [
    ("DroneDeploy, Inc.", "USD", "card", "Explorer plan - annual"),
    ("Pix4D SA", "EUR", "card", "PIX4Dmatic - yearly licence"),
    ("Esri India Technologies Pvt Ltd", "INR", "netbanking", "ArcGIS Pro Standard - term licence"),
    ("Agisoft LLC", "USD", "card", "Metashape Professional - node upgrade"),
    ("Zoho Corporation Pvt Ltd", "INR", "UPI", "Zoho Books Premium - 12 users"),
    ("Amazon Web Services India Pvt Ltd", "INR", "card", "S3 and EC2 usage - monthly"),
    ("Blue Marble Geographics", "USD", "card", "Global Mapper Pro - maintenance"),
    ("Virtual Surveyor NV", "EUR", "card", "Virtual Surveyor Ranger - subscription"),
]


def software_subs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The start-up's software: card receipts e-mailed by photogrammetry and GIS vendors abroad (DroneDeploy, Pix4D,
    Agisoft, Blue Marble, Virtual Surveyor: the vendor on top, Receipt #, Plan, Billing period, Workspace ID,
    Subtotal, Tax, Amount paid / Total charged (Amount due on the failed and the pending one) in US dollars or euros,
    Payment method Visa / Mastercard ending, Charge ID ch_..., Receipt # (Invoice # on the failed and the pending
    one), Date paid / Paid on / Payment date (Attempted on / Date on the failed and the pending one); Paid / Payment failed - your card was declined / Payment processing - awaiting bank confirmation) and
    Indian vendors' payment pages (Esri India's receipt with Bank Ref No., Zoho's UPI AutoPay receipt with UMN and UPI
    Ref No., AWS India's payment confirmation with Payment ID; Amount paid / Total charged, Paid on / Payment date,
    Next renewal on)."""
    k = place("software_subs")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=240000)
    vendor, cur, way, plan = SAAS[k]
    if cur != "INR":
        j.amount = (
            round(rng.uniform(49, 8500), 2) if rng.random() < 0.5 else float(rng.randrange(5, 90) * 100 - 1)
        )
        show = foreign(rng, font, cur)
    else:
        if way == "UPI":
            j.amount = rupees(rng, 1500, 14000, 0.8)
        show = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    slug = vendor.split()[0].lower().strip(",")
    if k in (2, 5):
        p = browser_page(
            rng,
            font,
            f"{'my.esri.in/billing' if k == 2 else 'console.aws.amazon.com/billing/home#/paymenthistory'}",
        )
    else:
        p = mail_page(
            rng,
            font,
            f"{vendor.split(',')[0]} <billing@{slug}.com>",
            [f"Your receipt from {vendor}", "Payment confirmation", "Receipt for your subscription"]
            if status == "success"
            else ["Action needed: subscription payment", f"About your {vendor.split(',')[0]} payment"],
        )
    p.part = "head"
    name = vendor.upper() if rng.random() < 0.2 else vendor
    top(p, name, merchant=name)
    p.add(
        "small",
        rng.choice(
            ["Billing", "Subscription receipt", "Payment confirmation"]
            if status == "success"
            else ["Billing"]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Paid", "Payment successful"],
            "failed": ["Payment failed - your card was declined"],
            "pending": ["Payment processing - awaiting bank confirmation"],
        },
    )
    if cur != "INR" and not j.no_ref:
        rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
        p.pair("Receipt #" if status == "success" else "Invoice #", rno, txn=(INVOICE_RANK, rno))
    wrap_pair(p, "Plan", plan)
    p.pair(rng.choice(["Workspace ID", "Account ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 7)}")
    wrap_pair(p, "Billed to", rng.choice([COMPANY, COMPANY_CAPS]))
    if cur != "INR":
        p.pair("Subtotal", show(j.amount))
        p.pair("Tax", show(0.0))
    else:
        base = round(j.amount / 1.18, 2)
        p.pair("Subtotal", show(base))
        p.pair("IGST @ 18%" if k != 4 else "CGST + SGST @ 18%", show(round(j.amount - base, 2)))
    p.pair(
        rng.choice(["Amount paid", "Total charged"] if status == "success" else ["Amount due"]),
        show(j.amount),
        amount=j.amount,
        **({"cur": cur} if cur != "INR" else {}),
    )
    if way == "card":
        p.pair(
            "Payment method", f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}", method="card"
        )
    elif way == "UPI":
        p.pair("Payment method", "UPI AutoPay", method="UPI")
        p.pair("UMN", f"{code(rng, 12, ALNUM)}@{rng.choice(['okhdfcbank', 'ybl'])}")
    else:
        p.pair("Payment method", "Net banking", method="netbanking")
    if not j.no_ref:
        if k == 2:
            bref = f"{rng.choice(['HDF', 'IGA'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            inv = f"EI/{rng.randrange(1000, 9999)}/25-26"
            p.pair("Receipt No.", inv, txn=(INVOICE_RANK, inv))
        elif k == 4:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif k == 5:
            pid = f"{digits(rng, 12)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        elif status == "success" and rng.random() < 0.6:
            ch = f"ch_{code(rng, 24, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
            wrap_pair(p, "Charge ID", ch, txn=(TXN_RANK, ch))
    date_row(
        p,
        j,
        ["Date paid", "Paid on", "Payment date"] if status == "success" else ["Attempted on", "Date"],
        hour=rng.random() < 0.3,
    )
    if status == "success" and not j.no_day:
        p.pair("Next renewal on", j.other_day(rng, 28, 370))
    p.part = "foot"
    p.add("small", "Questions? Reply to this e-mail or visit the billing help centre.")
    return p.done()


# ---------------------------------------------------------------- 9. field crews' card slips


FIELD_COUNTERS = [
    ("HP AUTO CARE - HPCL", "KHAPRI NAGPUR"),
    ("HOTEL SURABHI RESIDENCY", "CHANDRAPUR"),
    ("SRI VINAYAKA BATTERIES", "HOSUR"),
    ("IOCL COCO RING ROAD", "HUBBALLI"),
    ("ELECTRO HUB COMPONENTS", "SP ROAD BENGALURU"),
    ("ANNAPOORNA DARSHINI", "TUMAKURU"),
    ("SAI RAM TYRES & SERVICE", "WARDHA"),
    ("KAMAT FAMILY RESTAURANT", "KARWAR"),
]
FIELD_MAKERS = [
    "WORLDLINE",
    "PINE LABS",
    "SBI POS",
    "RAZORPAY POS",
    "BHARATPE SWIPE",
    "ICICI BANK",
    "KOTAK POS",
    "HDFC BANK",
]


def field_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Field crews' company cards at fuel outlets, lodges, battery and component shops, tyre shops and restaurants:
    terminal slips (monospace: the maker on top on some, the counter's name and town in capitals, DATE/TIME: or TXN
    DT:, MERCHANT ID:, TERMINAL ID:, BATCH:, ROC:, SALE / CONTACTLESS SALE, CARD:, EXP: **/**, APPROVAL NO:, REF NO:,
    a fuel slip's FUEL:, RATE/L: and QTY(L):, SALE AMOUNT: / AMT INR: / NET AMT:; APPROVED - THANK YOU / TRANSACTION
    DECLINED with RESP: / RESPONSE TIMED OUT - STATUS AWAITED)."""
    k = place("field_slips")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=300, high=26000)
    name, town = FIELD_COUNTERS[k]
    if "RESTAURANT" in name or "DARSHINI" in name:
        j.amount = rupees(rng, 240, 3800, 0.6)
    elif "HPCL" in name or "IOCL" in name:
        j.amount = rupees(rng, 1500, 9500, 0.4)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", FIELD_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y", "%Y/%m/%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        else:
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        roc = f"{rng.randrange(1, 9999):06d}"
        p.pair("ROC:", roc, txn=(INVOICE_RANK, roc))
    p.add("center", rng.choice(["SALE", "CONTACTLESS SALE"]))
    p.pair(
        "CARD:", f"{rng.choice(['4', '5', '6'])}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card"
    )
    p.pair("EXP:", "**/**")
    if "HPCL" in name or "IOCL" in name:
        rate = round(rng.uniform(89.5, 108.4), 2)
        p.pair("FUEL:", rng.choice(["HSD", "MS", "POWER"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair("APPROVAL NO:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("REF NO:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMOUNT:", "AMT INR:", "NET AMT:"]),
        f"{rng.choice(['INR ', 'RS ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", "APPROVED - THANK YOU", status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "TRANSACTION DECLINED", status="failed")
        p.add("center", rng.choice(["RESP: 51 INSUFFICIENT FUNDS", "RESP: 61 LIMIT EXCEEDED"]))
    else:
        p.add("center", "RESPONSE TIMED OUT - STATUS AWAITED", status="pending")
        p.add("small", "DO NOT RETRY - CHECK WITH ISSUER")
    p.part = "foot"
    p.add("small", "** MERCHANT COPY **" if rng.random() < 0.3 else "** CUSTOMER COPY **")
    return p.done()


# ---------------------------------------------------------------- 10. field travel bookings


TRAVEL = [
    ("IndiGo", "mail", "BLR - NAG", "flight"),
    ("IRCTC", "browser", "SBC - NGP (12650 Karnataka Sampark Kranti)", "train"),
    (
        "Karnataka State Road Transport Corporation",
        "phone",
        "Bengaluru - Hubballi (Airavat Club Class)",
        "bus",
    ),
    ("MakeMyTrip", "mail", "Hotel Centre Point, Nagpur - 2 rooms, 3 nights", "hotel"),
    ("Zoomcar", "phone", "Mahindra Scorpio-N, 4 days, Chandrapur", "car"),
    ("Air India Express", "browser", "NAG - BLR", "flight"),
    ("redBus", "phone", "Nagpur - Chandrapur (VRL Travels sleeper)", "bus"),
    ("Treebo Hotels", "mail", "Treebo Trend Sai Palace, Karwar - 3 nights", "hotel"),
]


def travel_bookings(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The field crews' travel: flights (IndiGo's e-mail, Air India Express's page), IRCTC's e-ticket page, KSRTC's and
    redBus's app bookings, MakeMyTrip's and Treebo's hotel vouchers, Zoomcar's self-drive booking (the seller on top,
    PNR / Ticket No. / Trip ID, Journey / Check-in day, Traveller / Guest, Base fare, Taxes and fees, Convenience
    fee, Total fare paid / Amount paid / Total paid, Paid by UPI / card / net banking, Payment ID / Transaction ID,
    Booking ID, Booked on / Booking date / Payment date; Booking confirmed / Booking failed - refund initiated /
    Booking pending - payment confirmation awaited)."""
    k = place("travel_bookings")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=600, high=62000)
    seller, frame, what, kind = TRAVEL[k]
    low, high = {
        "flight": (3500, 28000),
        "train": (600, 9000),
        "bus": (500, 6000),
        "hotel": (4000, 36000),
    }.get(kind, (6000, 24000))
    j.amount = rupees(rng, low, high, 0.5)
    rs = money(rng, font, 0.5)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{seller} <{'bookings' if kind != 'flight' else 'itinerary'}@{seller.lower().replace(' ', '')}.com>",
            [
                "Your booking is confirmed" if status == "success" else "Your booking status",
                "Booking and payment details",
            ],
        )
    elif frame == "browser":
        p = browser_page(
            rng,
            font,
            "www.irctc.co.in/nget/booking/ers"
            if seller == "IRCTC"
            else "www.airindiaexpress.com/manage-booking",
        )
    else:
        p = phone_page(rng, font, k, ["", "My bookings", "Booking details"])
    p.part = "head"
    name = "KSRTC" if seller.startswith("Karnataka") and rng.random() < 0.4 else seller
    top(p, name, merchant=name)
    p.add(
        "small",
        {"train": "Electronic Reservation Slip", "hotel": "Hotel voucher", "car": "Self-drive booking"}.get(
            kind, "Booking details"
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Booking confirmed", "Confirmed"],
            "failed": ["Booking failed - refund initiated"],
            "pending": ["Booking pending - payment confirmation awaited"],
        },
    )
    wrap_pair(p, {"hotel": "Stay", "car": "Vehicle"}.get(kind, "Journey"), what)
    if kind in ("flight", "train", "bus"):
        p.pair(
            {"flight": "PNR", "train": "PNR No.", "bus": "Ticket No."}[kind],
            code(rng, 6, UPPER) if kind == "flight" else digits(rng, 10),
        )
    else:
        p.pair("Trip ID" if kind == "car" else "Hotel confirmation No.", code(rng, 8, ALNUM))
    p.pair({"hotel": "Check-in", "car": "Pick-up"}.get(kind, "Journey date"), j.other_day(rng, 1, 20))
    wrap_pair(
        p, rng.choice(["Traveller", "Guest", "Booked for"]), rng.choice(PILOTS[:5] + ["Capt. Vinay Rao"])
    )
    base = round(j.amount * rng.uniform(0.78, 0.88), 2)
    conv = float(rng.choice([0, 99, 149, 236])) if j.amount > 3000 else 0.0
    p.pair("Base fare" if kind in ("flight", "train", "bus") else "Room / rental charges", rs(base))
    p.pair("Taxes and fees", rs(round(j.amount - base - conv, 2)))
    if conv:
        p.pair("Convenience fee", rs(conv))
    p.pair(rng.choice(["Total fare paid", "Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["UPI", "card", "netbanking"])
    p.pair(
        "Paid by",
        {"UPI": "UPI", "card": f"Corporate card {masked(rng, font)}", "netbanking": "Net banking"}[way],
        method=way,
    )
    if not j.no_ref:
        pid = f"{rng.choice(['PAY', 'TXN', ''])}{digits(rng, 12)}"
        p.pair(rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        bid = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
        p.pair("Booking ID", bid, txn=(ORDER_RANK, bid))
    date_row(p, j, ["Booked on", "Booking date", "Payment date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add(
        "small",
        "Carry a government photo ID while travelling."
        if kind != "hotel"
        else "Early check-in subject to availability.",
    )
    return p.done()


# ---------------------------------------------------------------- 11. the offices' electricity, broadband, phones, FASTag


BILLERS = [
    ("BESCOM", "Bangalore Electricity Supply Company Ltd", "RR Number"),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Account No."),
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "Consumer No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Relationship No."),
    ("IDFC FIRST Bank FASTag", "IDFC FIRST Bank - FASTag", "Vehicle No."),
]
BILL_APPS = [
    "YONO Business",
    "IDFC FIRST Bank",
    "Amazon Pay",
    "CRED",
    "PhonePe",
    "BHIM",
    "Kotak Biz",
    "Paytm",
]


def office_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The offices' electricity (BESCOM, MSEDCL), broadband (ACT Fibernet), the crews' postpaid phones (Airtel) and the
    field vehicles' FASTag recharges through Bharat Connect in business banking and UPI apps (the app on top, Biller /
    Operator / Issuer bank as printed, RR Number / Account No. / Relationship No. / Vehicle No., Customer name, Bill
    date and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Txn Ref. / B-Connect Txn
    ID, Approval Ref No., Paid on / Date & time; Bill payment successful / Awaiting biller confirmation / Bill payment
    unsuccessful) and two billers' own receipt pages (the biller on top, Amount paid, Mode, Bank Ref No., Receipt No.,
    Date of payment)."""
    k = place("office_bills")
    status = outcome(k, failed=(7,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=499, high=42000)
    which = [0, 1, 2, 3, 4, 0, 1, 3][k]
    short, long, idlab = BILLERS[which]
    rs = money(rng, font, 0.5)
    ids = {
        "RR Number": f"{code(rng, 2, UPPER)}{digits(rng, 5)}",
        "Account No.": digits(rng, 9),
        "Consumer No.": digits(rng, 12),
        "Relationship No.": digits(rng, 10),
        "Vehicle No.": f"KA 51 {code(rng, 2, UPPER)} {digits(rng, 4)}",
    }[idlab]
    if k in (2, 5):
        host = {0: "bescom.karnataka.gov.in", 2: "wss.mahadiscom.in"}[which]
        p = browser_page(rng, font, f"{host}/onlinepay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Status: Success"],
                "pending": ["Pending with bank"],
                "failed": ["Payment failed"],
            },
        )
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['IGA', 'CPA', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2].upper()}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "This payment will reflect in your next bill.")
        return p.done()
    app = BILL_APPS[k]
    p = phone_page(
        rng, font, k, ["", "Bill payment", "Recharge details" if which == 4 else "Payment receipt"]
    )
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill payment successful", "Recharge successful" if which == 4 else "Paid"],
            "pending": ["Awaiting biller confirmation"],
            "failed": ["Bill payment unsuccessful"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = {4: "Issuer bank", 3: "Operator", 1: "Operator"}.get(which, "Biller")
    wrap_pair(p, rng.choice([lab, "Biller"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if which != 4 and not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = (
        "UPI"
        if app in ("PhonePe", "BHIM", "CRED", "Amazon Pay", "Paytm")
        else rng.choice(["Current A/c", "UPI"])
    )
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Txn Ref.", "B-Connect Txn ID"]), bc, txn=(BANK_RANK, bc))
        if status == "success" and rng.random() < 0.6:
            ap = digits(rng, 10)
            p.pair("Approval Ref No.", ap, txn=(APPR_RANK, ap))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "VAYU POWER CELLS",
    "GEOMATRIX SURVEY INST",
    "PROPCRAFT AERO COMPON",
    "RAHUL THIMMAIAH",
    "NAKSHATRA AVIATION S",
    "ZOHO CORPORATION PRI",
    "SWIFTWING EXPRESS LO",
    "ACT FIBERNET",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender AD-YESBNK / JD-IDFCFB /
    BP-INDUSB / VM-SBIINB, the day divider, the alert: "INR x has been debited from A/c XX1234 on <day> towards NEFT /
    RTGS / IMPS / UPI to <payee as the bank names it>", the reference, Avl Bal; a UPI AutoPay "executed" alert; a UPI
    payment that "has FAILED" and one that "is PENDING with the beneficiary bank") and two e-mail debit advices (Debit
    amount, Paid to / Beneficiary, Account, Channel, UTR / IMPS Ref No., Value date, Status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=700, high=700000)
    bank = rng.choice(["Yes Bank", "IDFC FIRST Bank", "IndusInd Bank", "State Bank of India"])
    to = ALERT_PAYEES[k]
    if k in (3, 5, 7):
        j.amount = rupees(rng, 1200, 60000)
    if k in (2, 4):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{bank.split()[0].lower()}bank.in>",
            ["Debit advice for your current account", "Funds transfer - debit alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Debit amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Value date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add("small", "Not done by you? Report it at once on 1800 419 2332.")
        return p.done()
    sender = {
        "Yes Bank": "AD-YESBNK",
        "IDFC FIRST Bank": "JD-IDFCFB",
        "IndusInd Bank": "BP-INDUSB",
        "State Bank of India": "VM-SBIINB",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    autopay = k == 5
    if autopay or status != "success":
        way = "UPI"
        j.amount = rupees(rng, 700, 95000)
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k in (0, 3)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if autopay:
        p.add("left", f"UPI AutoPay of {amt} to {to}", amount=j.amount, merchant=to, method=method)
        p.add("left", f"executed from {acc}{day}.")
    elif status == "success":
        p.add("left", f"{amt} has been debited from {acc}{day}", amount=j.amount)
        p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"UPI txn of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal INR {rupees(rng, 40000, 5200000):,.2f}.",
        "failed": "has FAILED. Debited amount, if any, will be reversed.",
        "pending": "is PENDING with the beneficiary bank. Do not retry.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab}: {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout215 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an apple orchard and packhouse with a controlled-atmosphere store near Kotkhai in
2026 (Giriganga Orchards & Cold Chain Pvt Ltd, its orchard at Village Kiari, its packhouse and CA store, Giriganga CA
Store, and its farm shop, Giriganga Farm Shop, at Gumma on the Theog-Hatkoti road, Shimla district, Himachal
Pradesh), told by the proofs of payment it receives and makes: buyers' and growers' UPI screens and the online
shop's payment pages, the commission agents' sale pattis from Azadpur, Parala, Bhattakuffar, Bengaluru and
Ahmedabad, a retail chain's and HPMC's payment advices, importers' inward wires in dirhams, US dollars, Singapore
dollars, riyals and pounds and two nurseries' refunds in New Zealand dollars and euros, its own CA rent, grading,
gate sale, chamber booking and farm shop receipts, the carton, tray, CA plant, crate, spray and nursery suppliers'
tax invoices and bills of supply, the net-banking transfers to the truckers, the beekeeper, the refrigeration
mechanics, the electrician, the reefer carrier, the road builder, the hail net installers and the labour supplier,
the pickers', graders' and packers' wage vouchers and payouts, the APMC's, the pollution board's, the labour
department's, legal metrology's, HIMKOSH's, the Nagar Panchayat's, the fire service's and the transport department's
fee pages, the insurers' premium receipts, card terminal slips, HPSEBL's power and the phone, water and broadband
bills and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, the "A unit of" line, lots sold on a
patti, auction days, truck, bilty, grower, vendor, PO, inward, chamber, gate pass, card, worker, licence,
registration, property, vehicle, consumer, policy, proposal and application numbers, boxes, crates, trays, kilos,
plants, days, hours, rates, commissions, palledari, freight, advances, TDS, subsidies, GST lines, sums insured, IDV,
areas, limits, bill months, periods, due days, GSTIN, IFSC, UETR, purpose codes, heads of account, MID, TID, batch,
STAN, pump, vehicle and room numbers, beneficiary nicknames, the maker and the authoriser and the payer's own details
carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and
``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Giriganga Orchards & Cold Chain Pvt Ltd"
COMPANY_CAPS = "GIRIGANGA ORCHARDS & COLD CHAIN PVT LTD"
SHORT = "Giriganga Orchards"
STORE = "Giriganga CA Store"
SHOP = "Giriganga Farm Shop"
# unit, address, GST state code
UNITS = [
    (
        "Orchard - Royal Delicious, Gala and Scarlet Spur",
        "Village Kiari, P.O. Kotkhai, Tehsil Kotkhai, Distt. Shimla - 171202 (H.P.)",
        "02",
    ),
    (
        "Packhouse and CA store - 1,200 MT",
        "Gumma, Theog-Hatkoti Road (NH-705), Tehsil Kotkhai, Distt. Shimla - 171202 (H.P.)",
        "02",
    ),
    ("Farm shop", "NH-705, near Gumma bus stand, Kotkhai, Distt. Shimla - 171202 (H.P.)", "02"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "UCO Bank",
    "Punjab National Bank",
    "State Bank of India",
    "The H.P. State Co-operative Bank Ltd",
    "The Jammu & Kashmir Bank Ltd",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Yes Bank",
    "Bank of Baroda",
]
IFSC = {
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "The H.P. State Co-operative Bank Ltd": "HPSC",
    "The Jammu & Kashmir Bank Ltd": "JAKA",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Yes Bank": "YESB",
    "Bank of Baroda": "BARB",
}
DOMAINS = {
    "UCO Bank": "ucobank.com",
    "Punjab National Bank": "pnb.bank.in",
    "State Bank of India": "sbi.co.in",
    "The H.P. State Co-operative Bank Ltd": "hpscb.com",
    "The Jammu & Kashmir Bank Ltd": "jkbank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Yes Bank": "yesbank.in",
}
VARIETIES = [
    "Royal Delicious",
    "Gala Redlum",
    "Scarlet Spur II",
    "Red Velox",
    "Golden Delicious",
    "Rich-a-Red",
]
GRADES = ["ELL", "EL", "L", "M", "S", "ES", "Pittu"]
TRUCKS = ["HP-10", "HP-63", "HP-95", "HP-08"]


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Consignee (ship to) / Bill to party / Buyer / Details of recipient)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "UCBA")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def truck(rng: random.Random) -> str:
    return f"{rng.choice(TRUCKS)}-{code(rng, 1, 'ABCDEFGH')}-{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. buyers and growers: UPI screens and pages


BUYER_APPS = ["Google Pay", "PhonePe", "CCAvenue", "Paytm", "Amazon Pay", "YONO SBI", "Easebuzz", "Navi"]
SHOP_AT = (0, 3, 7)
SHOP_NOTES = [
    "2 boxes Royal Delicious",
    "Apple box 10 kg - Gala",
    "Apple juice x 6",
    "Cider vinegar + chutney",
    "3 boxes for Delhi",
    "Gift box - Golden",
]
STORE_NOTES = [
    "CA rent - 300 crates",
    "Grading charges lot 14",
    "Chamber booking advance",
    "Storage rent - 2 months",
    "Packing line charges",
]
ORDERS = [
    ("Mr. Kunal Bhatia", "2 x 10 kg Royal Delicious (AA) - delivery Gurugram"),
    ("Ms. Shreya Iyer", "Gift box 5 kg Gala + 1 L juice - delivery Bengaluru"),
    ("Dr. Amit Verma", "4 x 10 kg Scarlet Spur - delivery Chandigarh"),
    ("Ms. Pooja Nair", "1 x 20 kg mixed box - delivery Noida"),
]
BUYER_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Amazon Pay": ["UPI Ref No.", "UTR"],
    "YONO SBI": ["UPI Ref. No.", "UTR No."],
    "Navi": ["UPI transaction ID", "UTR"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists and buyers paying the farm shop for boxes of apples, juice and vinegar, growers paying the CA store
    for rent and grading: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon Pay, YONO SBI, Navi: the shop, the
    store or the company under Paid to / To / Sent to / Paying to / YONO SBI's Payee name, its UPI ID, a Banking
    name line on some, the sum large, a note, UPI transaction ID / UTR / UPI Ref. No. / UPI Reference No. / UPI Ref
    No. / UTR No., PhonePe's and Amazon Pay's own Transaction ID and Google Pay's Google transaction ID on some,
    Debited from / From / Paid from / Bank account, Date & time / Paid on / Completed on / Initiated on; Payment in
    progress - we will update you within 2 hours / Transaction failed - UPI daily limit exceeded) and two of the
    online shop's payment pages (CCAvenue, Easebuzz: the orchard or the company on top, Billing name / Customer name
    / Name, Order details, Payment mode, CCAvenue's Tracking ID and Order No. / Easebuzz ID and Order ID, Bank Ref
    No. or Auth code, Paid on / Transaction date / Payment date; Order status: Success / Thank you, your order is
    confirmed / Payment successful / Transaction successful)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=3500, high=65000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("CCAvenue", "Easebuzz"):
        j.amount = rupees(rng, 1400, 9800, 0.7)
        to = rng.choice([SHORT, SHORT, COMPANY])
        who, what = ORDERS[(k + rng.randrange(2)) % len(ORDERS)]
        url = (
            f"secure.ccavenue.com/transaction/receipt?ref={code(rng, 10, ALNUM)}"
            if app == "CCAvenue"
            else f"pay.easebuzz.in/receipt/{code(rng, 12, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Fresh from the orchard at Kotkhai", "Apples packed at Gumma, Shimla hills"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Order status: Success", "Thank you, your order is confirmed"]
                if app == "CCAvenue"
                else ["Payment successful", "Transaction successful"]
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Billing name" if app == "CCAvenue" else rng.choice(["Customer name", "Name"]), who)
        wrap_pair(p, "Order details", what)
        way = rng.choice(["UPI", "UPI", "card", "Net banking"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            {
                "UPI": "UPI",
                "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
                "Net banking": f"Net banking - {rng.choice(BANKS[:3])}",
            }[way],
            method={"UPI": "UPI", "card": "card", "Net banking": "netbanking"}[way],
        )
        if not j.no_ref:
            if app == "CCAvenue":
                tid = digits(rng, 12)
                p.pair("Tracking ID", tid, txn=(TXN_RANK, tid))
                oid = f"GCO{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
            else:
                eid = f"E{digits(rng, 13)}"
                p.pair("Easebuzz ID", eid, txn=(TXN_RANK, eid))
                oid = f"GO{digits(rng, 9)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Transaction date", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by CCAvenue" if app == "CCAvenue" else "Secured by Easebuzz")
        return p.done()
    shop = k in SHOP_AT
    if shop:
        j.amount = rupees(rng, 350, 9200, 0.85)
        to = rng.choice([SHOP, SHOP.upper()])
        handle = f"girigangafarmshop{rng.choice(['', '1'])}@{rng.choice(['ybl', 'paytm', 'pnb', 'sbi'])}"
    else:
        to = rng.choice([STORE, STORE.upper(), COMPANY_CAPS])
        handle = (
            f"girigangaca{rng.choice(['', '.ktk', '2'])}@{rng.choice(['uco', 'pnb', 'ybl', 'okhdfcbank'])}"
        )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent", "Transaction successful"],
            "pending": ["Payment in progress - we will update you within 2 hours"],
            "failed": ["Transaction failed - UPI daily limit exceeded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "YONO SBI":
        wrap_pair(p, "Payee name", to, merchant=to)
    else:
        p.add(
            "small",
            rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]),
        )
        p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOP_NOTES if shop else STORE_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Amazon Pay") and rng.random() < 0.7:
            own = (
                f"T{j.date:%y%m%d}{digits(rng, 16)}"
                if app == "PhonePe"
                else f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
            )
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from", "Bank account"]
            if status == "success"
            else ["From", "Bank account"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Report a problem"]))
    return p.done()


# ---------------------------------------------------------------- 2. commission agents' pattis and buyers' advices


# payer, its address line, frame, kind
PAYERS = [
    (
        "Bhagat Ram Ashok Kumar & Co.",
        "Shop C-112, New Fruit Market, Azadpur, Delhi - 110033",
        "mail",
        "agent",
    ),
    ("Sharma Fruit Commission Co.", "Shop B-47, Fruit Market, Azadpur, Delhi - 110033", "paper", "agent"),
    (
        "Negi & Sons Fruit Commission Agents",
        "Fruit Market Yard, Parala, Tehsil Theog, Distt. Shimla (H.P.)",
        "paper",
        "agent",
    ),
    (
        "Northfield Fresh Retail Pvt Ltd",
        "Vendor payments, Udyog Vihar Phase IV, Gurugram",
        "portal",
        "retail",
    ),
    ("Himalayan Fruit Co. (Regd.)", "Fruit Mandi, Bhattakuffar, Shimla - 171006", "mail", "agent"),
    (
        "Sri Lakshmi Venkateswara Fruit Merchants",
        "Fruit Market, APMC Yard, Yeshwanthpur, Bengaluru - 560022",
        "mail",
        "agent",
    ),
    (
        "H.P. Horticultural Produce Marketing & Processing Corpn. Ltd",
        "Regd. office: Nigam Vihar, Shimla - 171002",
        "paper",
        "hpmc",
    ),
    ("Shree Ambica Fruit Co.", "Fruit Market, Jamalpur, Ahmedabad - 380022", "mail", "agent"),
]
PAYER_MAILS = {
    "Bhagat Ram Ashok Kumar & Co.": "bhagatramashok.azadpur@gmail.com",
    "Himalayan Fruit Co. (Regd.)": "himalayanfruitco.shimla@gmail.com",
    "Sri Lakshmi Venkateswara Fruit Merchants": "accounts@slvfruits.in",
    "Shree Ambica Fruit Co.": "ambicafruit.jamalpur@gmail.com",
}


def mandi_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The commission agents who sell the orchard's boxes at auction in Azadpur, Parala, Bhattakuffar, Bengaluru and
    Ahmedabad, a retail chain's vendor portal and HPMC's market intervention procurement paying the company: SALE
    PATTI / BIKRI PATTI (ACCOUNT SALES) / Sale account - apples (e-mail, printed: the agent on top with its shop in
    the mandi, Consignor (grower) / Sold on account of / Grower the company, Grower code, Truck No., Bilty / GR No.,
    Auction date / Sold on, the lots sold with their variety, grade, boxes and rate, Gross sale value / Total sale,
    Less: Commission @ n%, Less: Palledari and unloading @ Rs n per box, Less: Truck bhada advanced, Less: Advance
    (peshgi) adjusted, Net amount remitted / Net proceeds paid / Net payable to consignor, Net amount payable on the
    hold and Net amount on the return, Mode of payment NEFT / RTGS / IMPS, Credited to A/c / Bank A/c / Beneficiary
    bank A/c, UTR / UTR No. / NEFT UTR / RTGS UTR No. / IMPS Ref No., Patti No. / Sale patti No., Remitted on /
    Payment date / Date of remittance / Patti date / Date of patti / Returned on / Date of return; Status: Remitted
    / Sale proceeds sent to your bank / On hold - buyer's payment for the lots not yet received / Payment returned -
    beneficiary account dormant), the retail chain's payment advice (Vendor name / Supplier (grower), Vendor code,
    PO No., inwards, Bills total, Less: TDS u/s 194Q @ 0.1%, Less: Quality rejection (debit note), Net amount paid /
    Amount credited to vendor, Payment advice No. / Payment document No.) and HPMC's PAYMENT ADVICE - MIS
    PROCUREMENT (Name of grower / Grower, Grower card No., Collection centre, Culled apples accepted n kg x rate,
    Amount paid to grower / Amount payable, Advice No.)."""
    k = place("mandi_payouts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    payer, addr, frame, kind = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split(' (')[0]} <{PAYER_MAILS[payer]}>",
            ["Sale patti and payment", "Bikri patti - your consignment", "Payment for your apples"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.northfieldfresh.in/payments/advice/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 780])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and kind == "agent" and rng.random() < 0.5 else payer)
    p.add("small", addr)
    if kind == "agent":
        p.add("small", rng.choice(["Commission agents - apples and stone fruit", "Fruit commission agents"]))
        title = ["SALE PATTI", "BIKRI PATTI (ACCOUNT SALES)", "Sale account - apples"]
    elif kind == "retail":
        p.add("small", "Fresh produce - fruits  |  Accounts payable")
        title = ["Payment advice", "Vendor payment advice"]
    else:
        p.add("small", "Market Intervention Scheme - apple (culled fruit)")
        title = ["PAYMENT ADVICE - MIS PROCUREMENT", "MIS PAYMENT ADVICE"]
    p.add("center", rng.choice(title))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Remitted", "Sale proceeds sent to your bank"],
            "pending": ["On hold - buyer's payment for the lots not yet received"],
            "failed": ["Payment returned - beneficiary account dormant"],
        },
    )
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    labels = {
        "agent": ["Consignor (grower)", "Sold on account of", "Grower"],
        "retail": ["Vendor name", "Supplier (grower)"],
        "hpmc": ["Name of grower", "Grower"],
    }[kind]
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    gross = 0.0
    boxes_all = 0
    if kind == "agent":
        p.pair(rng.choice(["Grower code", "Party code"]), f"KTK-{digits(rng, 3)}")
        p.pair("Truck No.", truck(rng))
        p.pair(rng.choice(["Bilty No.", "GR No."]), digits(rng, 5))
        if not j.no_day:
            p.pair(rng.choice(["Auction date", "Sold on"]), when(earlier(rng, j, 2, 9), rng.choice(PATS_IN)))
        p.add("left", rng.choice(["Lots sold", "Details of sale"]))
        for _ in range(rng.randrange(2, 5)):
            boxes = rng.randrange(40, 320)
            rate = float(rng.randrange(700, 2900, 10))
            value = boxes * rate
            gross += value
            boxes_all += boxes
            p.pair(
                f"{rng.choice(VARIETIES)} {rng.choice(GRADES)}  {boxes} boxes x {rate:,.0f}",
                rs(value),
            )
        gross = round(gross, 2)
        p.pair(rng.choice(["Gross sale value", "Total sale"]), rs(gross))
        pct = rng.choice([5, 6]) if k in (0, 1) else rng.choice([4, 5, 6])
        comm = round(gross * pct / 100, 2)
        p.pair(f"Less: Commission @ {pct}%", rs(comm))
        per = float(rng.choice([6, 8, 10]))
        labour = boxes_all * per
        p.pair(f"Less: Palledari and unloading @ Rs {per:.0f} per box", rs(labour))
        cut = comm + labour
        if rng.random() < 0.5:
            freight = float(boxes_all * rng.choice([45, 55, 65, 80]))
            p.pair("Less: Truck bhada advanced", rs(freight))
            cut += freight
        if rng.random() < 0.35:
            adv = float(rng.choice([25000, 50000, 75000]))
            if adv < gross - cut - 10000:
                p.pair("Less: Advance (peshgi) adjusted", rs(adv))
                cut += adv
        j.amount = round(gross - cut, 2)
        net = {
            "success": ["Net amount remitted", "Net proceeds paid", "Net payable to consignor"],
            "pending": ["Net amount payable"],
            "failed": ["Net amount"],
        }[status]
    elif kind == "retail":
        p.pair("Vendor code", f"V{digits(rng, 6)}")
        p.pair("PO No.", f"NFR/PO/{digits(rng, 7)}")
        p.add("left", rng.choice(["Inwards paid", "Against your deliveries"]))
        for _ in range(rng.randrange(1, 4)):
            boxes = rng.randrange(120, 600)
            value = round(boxes * rng.randrange(1100, 2400, 10), 2)
            gross += value
            p.pair(f"Inward {digits(rng, 7)}  {boxes} boxes", rs(value))
        gross = round(gross, 2)
        p.pair("Bills total", rs(gross))
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        cut = tds
        if rng.random() < 0.5:
            rej = float(rng.randrange(8, 40) * rng.randrange(1100, 2000, 10))
            p.pair("Less: Quality rejection (debit note)", rs(rej))
            cut += rej
        j.amount = round(gross - cut, 2)
        net = ["Net amount paid", "Amount credited to vendor"]
    else:
        p.pair("Grower card No.", f"HPMC/MIS/{digits(rng, 6)}")
        p.pair("Collection centre", rng.choice(["Kharapathar", "Gumma", "Kotkhai"]))
        kg = rng.randrange(1800, 14000)
        rate = 12.0
        j.amount = round(kg * rate, 2)
        p.pair(f"Culled apples accepted  {kg:,} kg x {rate:.2f}", rs(j.amount))
        net = ["Amount paid to grower", "Amount payable"] if status == "success" else ["Amount payable"]
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode of payment", "Payment mode"]), way, method="netbanking")
    wrap_pair(
        p,
        rng.choice(
            ["Credited to A/c", "Bank A/c"] if status == "success" else ["Bank A/c", "Beneficiary bank A/c"]
        ),
        account(rng, BANKS[:6]),
    )
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {
                "IMPS": ["IMPS Ref No."],
                "RTGS": ["UTR", "RTGS UTR No."],
                "NEFT": ["UTR No.", "NEFT UTR"],
            }[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        if kind == "agent":
            doc = f"{rng.randrange(100, 9999)}"
            p.pair(rng.choice(["Patti No.", "Sale patti No."]), doc, txn=(INVOICE_RANK, doc))
        elif kind == "retail":
            doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
            p.pair(rng.choice(["Payment advice No.", "Payment document No."]), doc, txn=(INVOICE_RANK, doc))
        else:
            doc = f"MIS/{digits(rng, 6)}"
            p.pair("Advice No.", doc, txn=(INVOICE_RANK, doc))
    date_row(
        p,
        j,
        {
            "success": ["Remitted on", "Payment date", "Date of remittance"],
            "pending": ["Patti date", "Date of patti"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Mandi rates are as per the day's auction. Report any difference in the patti within 7 days."
        if kind == "agent"
        else "This advice is system generated and needs no signature.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' wires and nurseries' refunds


# remitter, city, currency, its bank, sum (low, high), why
REMITTERS = [
    ("Al Fawakeh Fresh Trading LLC", "Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 20000, 240000, "export"),
    (
        "Padma Fresh Fruits Import Ltd",
        "Dhaka, Bangladesh",
        "USD",
        "Dutch-Bangla Bank PLC",
        6000,
        68000,
        "export",
    ),
    (
        "Orchard Lane Nurseries Ltd",
        "Hastings, New Zealand",
        "NZD",
        "ANZ Bank New Zealand Ltd",
        2500,
        28000,
        "refund",
    ),
    ("Little India Provisions Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 4000, 46000, "export"),
    (
        "Al Sahra Fruits & Vegetables Co.",
        "Riyadh, Saudi Arabia",
        "SAR",
        "Al Rajhi Bank",
        20000,
        220000,
        "export",
    ),
    (
        "Vivai Val di Non SRL",
        "Cles, Trentino, Italy",
        "EUR",
        "Cassa Rurale Val di Non",
        1500,
        18000,
        "refund",
    ),
    (
        "Male Island Provisions Pvt Ltd",
        "Male, Maldives",
        "USD",
        "Bank of Maldives PLC",
        3000,
        32000,
        "export",
    ),
    (
        "Himalayan Harvest Foods Ltd",
        "Leicester, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        2500,
        26000,
        "export",
    ),
]
WIRE_FRAMES = [
    ("UCO Bank", "mail"),
    ("State Bank of India", "browser"),
    ("Punjab National Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("The Jammu & Kashmir Bank Ltd", "mail"),
    ("Axis Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Yes Bank", "mail"),
]
WIRE_RATES = {
    "AED": (23.2, 24.3),
    "USD": (85.6, 88.8),
    "NZD": (49.2, 53.4),
    "SGD": (64.8, 68.2),
    "SAR": (22.7, 23.7),
    "EUR": (94.0, 99.5),
    "GBP": (109.5, 116.0),
}
INTERMEDIARY = {
    "USD": "JPMorgan Chase Bank NA, New York",
    "EUR": "Deutsche Bank AG, Frankfurt",
    "GBP": "Barclays Bank PLC, London",
    "AED": "Mashreqbank PSC, Dubai",
}
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; dirhams and riyals by their
    code before or after the figure, New Zealand and Singapore dollars by their code or NZ$ / S$."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur in ("AED", "SAR"):
        after = rng.random() < 0.4

        def show_code(value: float) -> str:
            return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

        return show_code
    mark = rng.choice({"NZD": ["NZD ", "NZ$", "NZD "], "SGD": ["SGD ", "S$", "SGD "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Fruit importers in Dubai, Dhaka, Singapore, Riyadh, Male and Leicester paying for reefer loads of apples,
    dried apple rings and chutney, and a New Zealand and an Italian nursery refunding advances for plants they could
    not ship: the banks' inward remittance advices (browser, e-mail, printed INWARD REMITTANCE ADVICE / Advice of
    foreign inward remittance / SWIFT inward credit - advice: the bank on top with its forex desk, Beneficiary name
    / Beneficiary customer / Name of beneficiary the company, Beneficiary A/c, Remitter / Ordering customer /
    Remitting party, Remitting bank / Ordering institution / Remitter's bank, Intermediary bank, Remitted amount
    (FCY) / Instructed amount / FCY amount received in AED, USD, NZD, SGD, SAR, EUR or GBP, Charges, Exchange rate,
    INR equivalent / Rupee value, Less: Bank charges incl. GST, Net credited (INR), Purpose code, Details of
    payment, Shipping bill No., Mode, Inward ref. No. / IRM No. / Our reference, UETR, Value date / Credited on /
    Date of credit / Received on / Held since / Returned on / Date of return; Inward remittance processed - credited
    to beneficiary / Status: Funds credited / On hold - sanctions screening of remitter in progress / Returned to
    remitting bank - beneficiary name does not match account)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    payer, city, cur, pbank, lo, hi, why = REMITTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank.replace('The ', '')} <forex.shimla@{slug(bank)}>",
            ["Inward remittance advice", "Foreign inward remittance received", "SWIFT inward credit"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, The Mall, Shimla",
                "International Banking Division, Cart Road, Shimla",
                "Trade Finance Centre, Sector 17, Chandigarh",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE",
                "Advice of foreign inward remittance",
                "SWIFT inward credit - advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Inward remittance processed - credited to beneficiary", "Status: Funds credited"],
            "pending": ["On hold - sanctions screening of remitter in progress"],
            "failed": ["Returned to remitting bank - beneficiary name does not match account"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Beneficiary customer", "Name of beneficiary"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer", "Remitting party"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Ordering institution", "Remitter's bank"]), pbank)
    if cur in INTERMEDIARY and rng.random() < 0.6:
        wrap_pair(p, "Intermediary bank", INTERMEDIARY[cur])
    p.pair(
        rng.choice(["Remitted amount (FCY)", "Instructed amount", "FCY amount received"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR equivalent", "Rupee value"]), f"{inr:,.2f}")
    if status != "failed":
        chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Bank charges incl. GST", f"{chg:,.2f}")
        if status == "success":
            p.pair("Net credited (INR)", f"{inr - chg:,.2f}")
    if why == "export":
        p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
        wrap_pair(
            p,
            rng.choice(["Details of payment", "Remittance information"]),
            rng.choice(
                [
                    f"Invoice GCO/EXP/{rng.randrange(1, 90):03d} - fresh apples, 1 x 40 ft reefer",
                    "Royal Delicious apples - 1,950 cartons",
                    "Dried apple rings and apple chutney",
                    "Gala and Red Delicious - air freight",
                ]
            ),
        )
        if rng.random() < 0.5:
            p.pair("Shipping bill No.", digits(rng, 7))
    else:
        p.pair("Purpose code", "P0014 - refunds / rebates on imports")
        wrap_pair(
            p,
            rng.choice(["Details of payment", "Remittance information"]),
            rng.choice(
                [
                    "Refund of advance - M9 rootstock plants not shipped",
                    "Refund - cancelled order of feathered apple plants",
                ]
            ),
        )
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "IRM No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        if status == "success" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credited on", "Date of credit"],
            "pending": ["Received on", "Held since"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "Submit the purpose of remittance within 7 days; the e-FIRC is issued on request."
        if status != "failed"
        else "The remitter's bank has been advised of the return. No charges are recovered on returns.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the store's, orchard's and shop's receipts


# kind, way, the party
OWN = [
    ("rent", "cheque", "Sh. Devinder Chauhan, Village Kiari"),
    ("gate", "NEFT", "Kapoor Fruit Traders, Sector 26, Chandigarh"),
    ("shop", "cash", "Mrs. Ritu Malhotra, Panchkula"),
    ("grading", "UPI", "Sh. Mohan Lal Jhaita, Ratnari"),
    ("booking", "card", "Sh. Rajat Negi, Baghi"),
    ("rent", "UPI", "Smt. Kaushalya Rathore, Kharapathar"),
    ("gate", "cheque", "Punjab Fruit Suppliers, Ludhiana"),
    ("shop", "card", "Mr. Arjun Sen, Kolkata"),
]
SHOP_GOODS = [
    ("Royal Delicious (AA) 10 kg box", 950, 1400, False),
    ("Gala Redlum 5 kg gift box", 650, 900, False),
    ("Apple juice 1 L", 140, 190, True),
    ("Apple cider vinegar 500 ml", 210, 280, True),
    ("Apple chutney 400 g", 160, 220, True),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The CA store's CA STORAGE RENT RECEIPT / GRADING & PACKING CHARGES RECEIPT / ADVANCE RECEIPT - CA CHAMBER
    BOOKING to the growers who store and pack their fruit there, the orchard's RECEIPT - ORCHARD GATE SALE / MONEY
    RECEIPT to traders who lift its boxes, and the farm shop's CASH MEMO (paper: the store, the orchard or the shop
    on top with the "A unit of" line, address and GSTIN; Receipt No. / Rcpt. No. / M.R. No. / Memo No. / Cash memo
    No., Date / Dated / Receipt date, Received from / Depositor (grower) / Grower / Buyer / Customer / Name (no
    fact), Chamber No., Gate pass No., Stored from, crates x months @ rate, boxes x rate, the shop's goods, GST:
    Exempt (storage of agricultural produce) / GST @ 5% on cartons / on juice, Total rent / Total charges / Bill
    amount / Total / Estimated rent for the season, Less: Advance paid at booking, Rent received / Balance received
    / Advance received / Cash received / Received in cash / Received by UPI / Amount received (UPI) / Received by
    NEFT / Received through bank (NEFT) / Paid by card (EDC) / Received by card / Cheque amount / Cheque for,
    Balance due on lifting / Balance payable at release of crates, Mode, UPI Ref. No. / UTR / Card and Approval
    code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / RENT RECEIVED - GATE PASS ISSUED / CHARGES
    RECEIVED - LOT PACKED / RECEIVED - THANK YOU, VISIT AGAIN / ADVANCE RECEIVED - CHAMBER BOOKED / CHEQUE RECEIVED
    - CRATES RELEASED ON CLEARANCE / CHEQUE DISHONOURED - LIFTING STOPPED, the rubber stamp) and two of the accounts
    desk's receipt e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    kind, way, party = OWN[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if kind == "shop":
        me = rng.choice([SHOP, SHOP.upper()])
        unit = UNITS[2]
    elif kind == "gate":
        me = rng.choice([SHORT, SHORT.upper(), COMPANY])
        unit = UNITS[0]
    else:
        me = rng.choice([STORE, STORE, STORE.upper()])
        unit = UNITS[1]
    sub = f"A unit of {COMPANY}" if me not in (COMPANY, SHORT.upper(), SHORT) else unit[0]
    mail = k in (1, 5)
    if mail:
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@girigangaorchards.in>",
            ["Payment received - thank you", "Your receipt", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{sub}  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        kinds = {
            "rent": ["CA STORAGE RENT RECEIPT", "RECEIPT - CA STORAGE CHARGES"],
            "grading": ["GRADING & PACKING CHARGES RECEIPT", "RECEIPT"],
            "booking": ["ADVANCE RECEIPT - CA CHAMBER BOOKING"],
            "gate": ["RECEIPT - ORCHARD GATE SALE", "MONEY RECEIPT"],
            "shop": ["CASH MEMO", "CASH MEMO - FARM SHOP"],
        }[kind]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(p, me, sub, unit[1], unit[2], kinds)
    if not j.no_ref:
        head = {"shop": "FS", "gate": "GO"}.get(kind, "CA")
        rno = f"{head}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(
            rng.choice(
                ["Memo No.", "Cash memo No."] if kind == "shop" else ["Receipt No.", "Rcpt. No.", "M.R. No."]
            ),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(
            {
                "shop": ["Customer", "Name"],
                "gate": ["Received from", "Buyer"],
            }.get(kind, ["Received from", "Depositor (grower)", "Grower"])
        ),
        party,
    )
    lab = None
    balance_label = None
    if kind in ("rent", "booking"):
        p.pair("Chamber No.", f"CA-{rng.randrange(1, 7)}")
        crates = rng.randrange(180, 1400)
        rate = float(rng.choice([22, 25, 28, 30, 32]))
        months = rng.randrange(2, 6)
        if kind == "rent":
            p.pair("Gate pass No.", f"GP/{rng.randrange(100, 4999)}")
            if not j.no_day:
                p.pair(
                    "Stored from", when(earlier(rng, j, 30 * months - 20, 30 * months), rng.choice(PATS_IN))
                )
        total = crates * months * rate
        p.pair(f"{crates} crates x {months} months @ {rate:.2f}", rs(total))
        p.add("small", "GST: Exempt (storage of agricultural produce)")
        if kind == "booking":
            p.pair("Estimated rent for the season", rs(total))
            j.amount = float(round(total * rng.choice([0.2, 0.25, 0.3]), -2))
            lab = "Advance received"
            balance_label = "Balance payable at release of crates"
        else:
            p.pair("Total rent", rs(total))
            j.amount = total
            if rng.random() < 0.5 and way != "cheque":
                adv = float(round(total * 0.25, -2))
                p.pair("Less: Advance paid at booking", rs(adv))
                j.amount = round(total - adv, 2)
                lab = "Balance received"
            elif way != "cheque" and rng.random() < 0.5:
                lab = "Rent received"
    elif kind == "grading":
        boxes = rng.randrange(200, 1800)
        rate = float(rng.choice([14, 16, 18, 20]))
        charges = boxes * rate
        p.pair(f"Grading and packing - {boxes} boxes @ {rate:.2f}", rs(charges))
        sets = float(rng.choice([58, 62, 66, 72]))
        cartons = boxes * sets
        p.pair(f"Cartons and trays supplied - {boxes} sets @ {sets:.2f}", rs(cartons))
        gst = round(cartons * 0.05, 2)
        p.pair("GST @ 5% on cartons", rs(gst))
        j.amount = round(charges + cartons + gst, 2)
        p.pair("Total charges", rs(j.amount))
    elif kind == "gate":
        total = 0.0
        for _ in range(rng.randrange(1, 3)):
            boxes = rng.randrange(40, 260)
            rate = float(rng.randrange(900, 2600, 10))
            total += boxes * rate
            p.pair(
                f"{rng.choice(VARIETIES)} {rng.choice(GRADES[:4])}  {boxes} boxes x {rate:,.0f}",
                rs(boxes * rate),
            )
        p.pair(rng.choice(["Bill amount", "Total"]), rs(total))
        if way == "cheque" or rng.random() < 0.5:
            j.amount = float(round(total * rng.choice([0.3, 0.4, 0.5]), -3))
            balance_label = rng.choice(["Balance due on lifting", "Balance due"])
        else:
            j.amount = total
    else:
        total = 0.0
        taxed = 0.0
        for item, lo, hi, gst in rng.sample(SHOP_GOODS, rng.randrange(1, 4)):
            n = rng.randrange(1, 5)
            price = float(rng.randrange(lo, hi, 10))
            total += n * price
            taxed += n * price if gst else 0.0
            p.pair(f"{item} x {n} @ {price:,.0f}", rs(n * price))
        if taxed:
            gst = round(taxed * 0.05, 2)
            p.pair("GST @ 5% on juice and preserves", rs(gst))
            total = round(total + gst, 2)
        j.amount = round(total, 2)
        p.pair("Total", rs(j.amount))
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque for"])
    elif lab is None:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Received by UPI", "Amount received (UPI)"]),
            "NEFT": rng.choice(["Received by NEFT", "Received through bank (NEFT)"]),
            "card": rng.choice(["Paid by card (EDC)", "Received by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if balance_label:
        p.pair(balance_label, rs(round(total - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"] + {
        "rent": ["RENT RECEIVED - GATE PASS ISSUED"],
        "grading": ["CHARGES RECEIVED - LOT PACKED"],
        "shop": ["RECEIVED - THANK YOU, VISIT AGAIN"],
        "booking": ["ADVANCE RECEIVED - CHAMBER BOOKED"],
        "gate": [],
    }[kind]
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - CRATES RELEASED ON CLEARANCE",
        "failed": "CHEQUE DISHONOURED - LIFTING STOPPED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Goods once sold are not taken back."
        if kind in ("shop", "gate")
        else "Crates are released against the gate pass only. Cheques are subject to realisation.",
    )
    if not mail:
        right(p, f"For {SHOP if kind == 'shop' else SHORT if kind == 'gate' else STORE} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            SHOP if kind == "shop" else SHORT if kind == "gate" else STORE,
            "GUMMA, KOTKHAI" if kind != "gate" else "KIARI, KOTKHAI",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. cartons, trays, CA plant, crates, plants


SUPPLIERS = [
    (
        "Shivalik Corrugators Pvt Ltd",
        "Corrugated boxes | Apple telescopic cartons",
        "Plot 41, Sector 2, Industrial Area, Parwanoo - 173220 (H.P.)",
        "02",
        "SCP",
    ),
    (
        "Baddi Moulded Pulp Industries",
        "Moulded pulp apple trays | Separators",
        "Village Bhud, Baddi - 173205, Distt. Solan (H.P.)",
        "02",
        "BMP",
    ),
    (
        "Alpine CA Systems Pvt Ltd",
        "Controlled atmosphere - nitrogen generators, scrubbers, analysers",
        "Plot 118, Phase 8-B, Industrial Area, Mohali - 160071, Punjab",
        "03",
        "ACS",
    ),
    (
        "Nalagarh Polymers",
        "Plastic field crates and bulk bins",
        "Dhabota Road, Nalagarh - 174101, Distt. Solan (H.P.)",
        "02",
        "NLP",
    ),
    (
        "Kotkhai Krishi Seva Kendra",
        "Fertilisers | Fungicides | Spray equipment",
        "Main Bazar, Kotkhai - 171202, Distt. Shimla (H.P.)",
        "02",
        "KKS",
    ),
    (
        "Jubbal Fruit Plant Nursery (Regd.)",
        "Apple plants on clonal rootstocks",
        "Village Ranwan, Jubbal - 171205, Distt. Shimla (H.P.)",
        "02",
        "JFN",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SCP": [
        ("Telescopic carton 5 ply - 20 kg apple, printed", "4819", "pcs", 38, 56, 5, 2000, 16000),
        ("Gift box 10 kg - lid and base set", "4819", "sets", 26, 40, 5, 1000, 6000),
    ],
    "BMP": [
        ("Moulded pulp tray - count 80/88/100", "4823", "pcs", 3.2, 5.6, 5, 8000, 60000),
        ("Separator sheet - kraft", "4823", "pcs", 1.1, 2.0, 5, 4000, 30000),
    ],
    "ACS": [
        ("AMC - nitrogen generator and CO2 scrubber (quarter)", "998719", "job", 42000, 68000, 18, 1, 2),
        ("Gas analyser calibration - O2 / CO2", "998719", "job", 6000, 12000, 18, 1, 3),
    ],
    "NLP": [
        ("Plastic field crate 20 kg - ventilated", "3923", "pcs", 165, 240, 18, 200, 1500),
        ("Bulk bin 300 kg - foldable", "3923", "pcs", 3800, 5200, 18, 4, 30),
    ],
    "KKS": [
        ("Fungicide - captan 50 WP (1 kg)", "3808", "pkt", 420, 620, 18, 10, 80),
        ("Horticultural mineral oil (20 L)", "2710", "can", 2800, 3600, 18, 2, 12),
        ("Calcium nitrate (25 kg bag)", "3102", "bag", 1350, 1800, 5, 4, 40),
        ("NPK 12:32:16 (50 kg bag)", "3105", "bag", 1450, 1700, 5, 4, 30),
    ],
    "JFN": [
        ("Apple plant Gala Redlum on M9 rootstock", "0602", "plants", 180, 320, 0, 100, 900),
        ("Apple plant Scarlet Spur II on MM106", "0602", "plants", 160, 260, 0, 100, 800),
    ],
}
SUPPLY_ORDER = [0, 4, 1, 3, 2, 5, 0, 1]
SUPPLY_WAYS = ["RTGS", "UPI", "cheque", "NEFT", "NEFT", "NEFT", "cheque", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The carton maker, the pulp tray maker, the CA plant's service firm, the crate maker, the spray and fertiliser
    shop and the plant nursery billing the company (paper: the supplier on top, its line, address and GSTIN; TAX
    INVOICE / TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM RECEIPT or the nursery's BILL OF SUPPLY / BILL
    OF SUPPLY (EXEMPT GOODS), Invoice No. / Inv. No. / Tax Invoice No. / Bill of Supply No. / Bill No., Invoice date
    / Dated / Date of invoice, Consignee (ship to) / Bill to party / Buyer / Details of recipient the company, Ship
    to, Place of supply, PO No., E-way bill No. and Vehicle No. or AMC contract No., the cartons, trays, crates,
    sprays, service or plants with HSN or SAC, pieces, sets, packets, cans, bags, jobs or plants x rate, Taxable
    value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total or Total value (GST exempt), Less: Advance
    received against PO and Balance received by RTGS / NEFT on some, else Received by RTGS / NEFT / Amount received
    through RTGS / NEFT / Amount credited via RTGS / NEFT / Payment received by UPI / Received through UPI QR with
    UTR / UTR No. / UPI Ref. No., or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY RTGS / NEFT /
    UPI / PAYMENT RECEIVED - BALANCE NIL / CHEQUE LODGED - CREDIT AWAITED / CHEQUE DISHONOURED - REFER TO DRAWER, in
    the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    exempt = tag == "JFN"
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["BILL OF SUPPLY", "BILL OF SUPPLY (EXEMPT GOODS)"]
        if exempt
        else ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE CUM RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(
            rng.choice(
                ["Bill of Supply No.", "Bill No."]
                if exempt
                else ["Invoice No.", "Inv. No.", "Tax Invoice No."]
            ),
            inv,
            txn=(INVOICE_RANK, inv),
        )
    date_row(p, j, ["Invoice date", "Dated", "Date of invoice"], PATS_IN)
    ours_to(p, ["Consignee (ship to)", "Bill to party", "Buyer", "Details of recipient"])
    wrap_pair(
        p,
        "Ship to",
        "Orchard, Village Kiari, Kotkhai" if tag in ("KKS", "JFN") else "Packhouse, Gumma (NH-705), Kotkhai",
    )
    p.pair("Place of supply", "Himachal Pradesh (02)")
    p.pair("PO No.", f"GCO/PO/{rng.randrange(10, 480):03d}")
    if tag == "ACS":
        p.pair("AMC contract No.", f"ACS/AMC/{digits(rng, 4)}")
    else:
        p.pair("Vehicle No.", truck(rng))
        if rng.random() < 0.5:
            p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    items = SUPPLY_ITEMS[tag]
    first = rng.choice(items)
    same = [item for item in items if item[5] == first[5]]
    picked = [first] + rng.sample([item for item in same if item is not first], rng.randrange(0, len(same)))
    taxable = 0.0
    gst_rate = first[5]
    for item, hsn, unit, lo, hi, _, qlo, qhi in picked:
        if unit == "job":
            rate = float(rng.randrange(lo, hi, 500))
        elif hi >= 100:
            rate = float(rng.randrange(lo, hi, 5))
        else:
            rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        units = unit if qty > 1 or unit in ("pcs", "plants") else unit.rstrip("s")
        if unit in ("pkt", "can", "bag", "job") and qty > 1:
            units = f"{unit}s"
        p.pair(f"  {qty:,} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    if exempt:
        total = float(round(taxable))
        p.pair("Total value (GST exempt)", rs(total))
    else:
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, gst_rate, state != "02")
        p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag not in ("KKS", "ACS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance received against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Payment received by UPI", "Received through UPI QR"])
        else:
            lab = rng.choice(
                [f"Received by {way}", f"Amount received through {way}", f"Amount credited via {way}"]
            )
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - BALANCE NIL"]),
        "pending": "CHEQUE LODGED - CREDIT AWAITED",
        "failed": "CHEQUE DISHONOURED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        {
            "JFN": f"Plants once dispatched are not taken back. Subject to {town} jurisdiction.",
            "ACS": f"Service charges as per the AMC schedule. Subject to {town} jurisdiction.",
        }.get(tag, f"Goods once sold will not be taken back. Subject to {town} jurisdiction."),
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. truckers and contractors by net banking


# payee, remarks, the sum (low, high)
CONTRACTORS = [
    ("Kotkhai Apple Truck Operators Union", "Freight - 4 trucks Gumma to Azadpur", 60000, 180000),
    ("Thakur Bee Keeping Centre", "Bee colonies on hire - bloom, 40 boxes", 12000, 40000),
    ("Frostline Refrigeration Services", "AMC - CA chambers ammonia plant, Q2", 45000, 160000),
    ("Rana Electricals & Generators", "DG set service and cabling - packhouse", 8000, 45000),
    ("Snowline Reefer Carriers", "Reefer truck Gumma to Bengaluru - 1 x 20 MT", 90000, 210000),
    ("Jhaita Construction Co.", "Orchard link road - retaining wall", 80000, 420000),
    ("Himgiri Hail Net Installers", "Anti-hail net installation - 3.5 acres", 60000, 300000),
    ("Sherpa Labour Suppliers", "Picking gang - 22 workers, 9 days", 70000, 190000),
]
CORP_PORTALS = [
    ("UCO Corporate eBanking", "UCO Bank", "corporate.ucoebanking.in/corp/fundtransfer/view"),
    ("HPSCB CorpNet", "The H.P. State Co-operative Bank Ltd", "corpnet.hpscb.com/payments/status"),
    (
        "J&K Bank Corporate Internet Banking",
        "The Jammu & Kashmir Bank Ltd",
        "corporate.jkbank.com/txn/details",
    ),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the truck union, the beekeeper, the refrigeration mechanics, the electrician, the reefer
    carrier, the road builder, the hail net installers and the labour supplier: corporate net banking's transaction
    pages (UCO Corporate eBanking, HPSCB CorpNet, J&K Bank Corporate Internet Banking: the portal on top and the
    bank's line, Beneficiary name / Pay to (beneficiary) / Credit account name, Beneficiary nickname, Beneficiary
    A/c and IFSC, Debit account the company, Amount transferred (INR) / Transfer amount / Amount debited / Amount
    (INR), Transfer type / Payment mode NEFT / RTGS / IMPS, Remarks / Narration, UTR / UTR No. / IMPS Ref No., Host
    reference No. / CBS reference No., Maker / Authoriser, Executed on / Value date / Transaction date / Entered on
    / Initiated on / Failed on / Rejected on; Transaction successful - amount sent to beneficiary bank / Status:
    Success - credited / Saved - pending for release by authoriser / Failed - beneficiary account does not exist).
    """
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Transfer status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Transaction successful - amount sent to beneficiary bank",
                "Status: Success - credited",
            ],
            "pending": ["Saved - pending for release by authoriser"],
            "failed": ["Failed - beneficiary account does not exist"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Pay to (beneficiary)", "Credit account name"]), who, merchant=who
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KTK")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(
            ["Amount transferred (INR)", "Transfer amount", "Amount debited"]
            if status == "success"
            else ["Transfer amount", "Amount (INR)"]
        ),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Transfer type", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Host reference No.", "CBS reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Authoriser", f"GCOACC01 / {'-' if status == 'pending' else 'GCODIR02'}")
    date_row(
        p,
        j,
        {
            "success": ["Executed on", "Value date", "Transaction date"],
            "pending": ["Entered on", "Initiated on"],
            "failed": ["Failed on", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "A transfer saved by the maker is sent only after the authoriser releases it.")
    return p.done()


# ---------------------------------------------------------------- 7. pickers', graders' and packers' pay


# worker, work, how paid
WORKERS = [
    ("Bir Bahadur Thapa", "Picker - gang mate", "daily"),
    ("Man Bahadur Gurung", "Picker", "daily"),
    ("Sunita Devi", "Grader - packhouse", "piece"),
    ("Ram Lal Chauhan", "Munshi (orchard supervisor)", "daily"),
    ("Tek Bahadur Rai", "Loader - CA store", "daily"),
    ("Dil Kumari Tamang", "Packer - packhouse", "piece"),
    ("Kamla Thakur", "Sorter - packhouse", "piece"),
    ("Chandan Singh Negi", "Spray worker - orchard", "daily"),
]
PAY_FRAMES = ["paper", "payouts", "paper", "phonepe", "payouts", "paper", "yono", "paper"]


def picker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its Nepali picking gangs, its graders, sorters and packers, the CA store's loader, the
    orchard's munshi and its spray worker: its printed PICKING WAGES - PAYMENT VOUCHER / DAILY WAGES VOUCHER -
    ORCHARD LABOUR / GRADING & PACKING - PIECE RATE VOUCHER / PACKHOUSE LABOUR PAYMENT VOUCHER (the company on top,
    Voucher No. / Vr. No., Date / Voucher date, Paid to (worker) / Name of worker / Labourer's name / Received by,
    Worker ID, Gang, Native place, Work, Days worked n x rate, Add: Overtime n h x rate, Add: Ration allowance or
    Boxes graded and packed n x rate, Add: Night shift allowance, Gross wages, Less: Advance (peshgi) recovered /
    Less: Labour quarter electricity, Net wages paid / Amount paid to worker / Net amount paid, Mode Cash / UPI /
    IMPS; PAID / PAID - RECEIVED BY WORKER / WAGES PAID - THUMB IMPRESSION TAKEN), Paytm Payouts' pages (Paytm for
    Business on top and Payouts - the company under it, the sum large, Beneficiary name / Bene name, Bank account /
    VPA, Payout mode, Purpose, Remarks, Payout ID, Order ID, UTR, Processed on / Initiated on; Payout successful /
    SUCCESS / Payout in process - bank response awaited), a PhonePe screen (Payment failed - receiver's bank not
    reachable) and a YONO SBI screen."""
    k = place("picker_pay")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=1500, high=32000, p_round=0.9)
    who, work, how = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = PAY_FRAMES[k]
    if frame == "payouts":
        p = browser_page(rng, font, f"dashboard.paytm.com/next/payouts/{digits(rng, 10)}")
        p.part = "head"
        top(p, "Paytm for Business")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout successful", "SUCCESS"],
                "pending": ["Payout in process - bank response awaited"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Bene name"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bank account" if way == "IMPS" else "VPA",
            f"{rng.choice(['PUNB', 'SBIN', 'UCBA'])}0{digits(rng, 6)} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@ptyes",
        )
        p.pair("Payout mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Wages", "Salary / wages"]))
        p.pair(
            "Remarks", rng.choice(["Picking wages - week 2", "Packhouse wages", "Loading wages - CA store"])
        )
        if not j.no_ref:
            pid = digits(rng, 20)
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            oid = f"GCO-WG-{digits(rng, 6)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on"] if status == "success" else ["Initiated on"], hour=True)
        p.part = "foot"
        p.add("small", "Payouts are made from your Paytm for Business payout balance.")
        return p.done()
    if frame in ("phonepe", "yono"):
        app = "PhonePe" if frame == "phonepe" else "YONO SBI"
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", app)
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful", "Paid"],
                "failed": ["Payment failed - receiver's bank not reachable"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        if app == "YONO SBI":
            wrap_pair(p, "Payee name", who, merchant=who)
        else:
            p.add("small", rng.choice(["Paid to", "To"] if status == "success" else ["To", "Paying to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'sbi', 'okaxis'])}",
            method="UPI",
        )
        p.pair(
            rng.choice(["Message", "Remarks"]),
            rng.choice(
                ["Munshi salary advance", "Salary - munshi"]
                if "Munshi" in work
                else ["Sorting wages", "Wages - packhouse"]
            ),
        )
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            if app == "PhonePe":
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(
            rng.choice(["Debited from", "From"] if status == "success" else ["From"]),
            f"{rng.choice(BANKS[:3])} XX{digits(rng, 4)}",
        )
        date_row(p, j, ["Date & time", "Paid on"] if status == "success" else ["Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[0] if how == "daily" else UNITS[1]
    kinds = (
        ["PICKING WAGES - PAYMENT VOUCHER", "DAILY WAGES VOUCHER - ORCHARD LABOUR"]
        if how == "daily"
        else ["GRADING & PACKING - PIECE RATE VOUCHER", "PACKHOUSE LABOUR PAYMENT VOUCHER"]
    )
    letterhead(p, rng.choice([COMPANY, COMPANY_CAPS]), unit[0], unit[1], unit[2], kinds, merchant=False)
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'PR', 'LV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(["Paid to (worker)", "Name of worker", "Labourer's name", "Received by"]),
        who,
        merchant=who,
    )
    p.pair("Worker ID", f"GCO/{rng.randrange(100, 999)}")
    if "Picker" in work:
        p.pair("Gang", f"{rng.choice(['Thapa', 'Gurung', 'Rai'])} gang - {rng.randrange(8, 24)} workers")
        p.pair("Native place", rng.choice(["Surkhet, Nepal", "Salyan, Nepal", "Rolpa, Nepal"]))
    p.pair("Work", work)
    way = "Cash" if k == 0 else rng.choice(["UPI", "IMPS", "Cash"])
    if how == "daily":
        days = rng.randrange(6, 27)
        rate = float(rng.choice([650, 700, 750, 800, 850]))
        gross = round(days * rate, 2)
        p.pair(f"Days worked: {days} x {rate:,.2f}", rs(gross))
        if rng.random() < 0.5:
            hours = rng.randrange(4, 24)
            ot = round(hours * rate / 8 * 1.5, 2)
            p.pair(f"Add: Overtime {hours} h x {rate / 8 * 1.5:,.2f}", rs(ot))
            gross = round(gross + ot, 2)
        if rng.random() < 0.4:
            ration = float(rng.choice([300, 500, 750]))
            p.pair("Add: Ration allowance", rs(ration))
            gross = round(gross + ration, 2)
    else:
        boxes = rng.randrange(300, 2400)
        rate = rng.choice([3.5, 4.0, 4.5, 5.0, 5.5])
        gross = round(boxes * rate, 2)
        p.pair(f"Boxes graded and packed: {boxes:,} x {rate:.2f}", rs(gross))
        if rng.random() < 0.5:
            night = float(rng.choice([200, 400, 600]))
            p.pair("Add: Night shift allowance", rs(night))
            gross = round(gross + night, 2)
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if gross > 5000 and rng.random() < 0.6:
        cut = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair(rng.choice(["Less: Advance (peshgi) recovered", "Less: Labour quarter electricity"]), rs(cut))
    j.amount = round(gross - cut, 2)
    p.pair(
        rng.choice(["Net wages paid", "Amount paid to worker", "Net amount paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED BY WORKER"] + (
        ["WAGES PAID - THUMB IMPRESSION TAKEN"] if way == "Cash" else []
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 8. APMC, HPSPCB, labour, metrology, HIMKOSH ...


FEE_FRAMES = ["apmc", "hpspcb", "labour", "metrology", "himkosh", "panchayat", "fire", "transport"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of an orchard, packhouse and CA store in Shimla district: the APMC's licence renewal (Agricultural
    Produce Market Committee, Shimla & Kinnaur / APMC SHIMLA & KINNAUR on top and the State Agricultural Marketing
    Board line, Name of licensee, Firm name, Licence No., Market yard, Licence renewal fee, Late fee, Total fee paid
    / Amount received, Transaction ID, Bank Ref No., Receipt No.), the Himachal Pradesh State Pollution Control
    Board's consent fee page (the Board / HP State Pollution Control Board on top and the OCMMS line, Name of the
    industry, Category, Application ID, the Water Act and Air Act fees, Total consent fee paid, Transaction ref.
    No., Bank Ref No.), the Labour & Employment Department's registration under the Inter-State Migrant Workmen Act
    (the department on top, Name of establishment, Registration No., Migrant workmen, Registration fee, Amount paid,
    Transaction ID, Receipt No.), Legal Metrology's verification fee page (Legal Metrology Department, Himachal
    Pradesh on top and the Food, Civil Supplies line, Name of user, the scales and the weighbridge, Total
    verification fee, Transaction ID, Receipt No.), HIMKOSH's e-challan for the nursery registration renewal
    (Department of Horticulture, Himachal Pradesh on top and the HIMKOSH line, Depositor's name, Office, Head of
    account, Purpose, Fee, Total amount, Bank CIN, e-Challan No.; Challan status: Pending - payment not yet
    confirmed by bank), Nagar Panchayat Kotkhai's property tax page (the Nagar Panchayat on top and the Urban
    Development line, Owner name, Property ID, the heads, Less: Rebate @ 10% (paid by 30 June), Total amount paid /
    Net amount paid, Transaction ID, Bank Ref No., Receipt No.; Tax received - receipt generated), the Fire
    Services' NOC renewal (Himachal Pradesh Fire Services on top and the Directorate line, Name of premises,
    Occupier, the fees, Total amount paid, Challan No.) and the Transport Department's token tax page (Transport
    Department, Himachal Pradesh on top and the Vahan line, Registered owner, Vehicle No., Vehicle class, Token tax,
    Service charge, Total amount / Amount, Transaction ID, Bank Ref No.; Transaction failed - tax not credited to
    Government account)."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = ["Payment successful", "Fee received", "Payment received - receipt generated"]
    if frame == "apmc":
        p = browser_page(rng, font, f"hpsamb.nic.in/apmc/licence/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Agricultural Produce Market Committee, Shimla & Kinnaur", "APMC SHIMLA & KINNAUR"]
        )
        top(p, name, merchant=name)
        p.add("small", "H.P. State Agricultural Marketing Board  |  Licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of licensee", firm)
        wrap_pair(p, "Firm name", rng.choice([STORE, f"{STORE} (packhouse)"]))
        p.pair("Licence No.", f"APMC/SK/{digits(rng, 5)}")
        p.pair("Market yard", rng.choice(["Parala", "Dhalli", "Bhattakuffar"]))
        heads = [("Licence renewal fee - trader / packhouse", float(rng.choice([5000, 7500, 10000])))]
        if rng.random() < 0.5:
            heads.append(("Late fee", float(rng.choice([500, 1000]))))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = float(sum(fee for _, fee in heads))
        p.pair(rng.choice(["Total fee paid", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"APMC{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"SK/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Keep the licence displayed at the packhouse and at the market yard."
    elif frame == "hpspcb":
        p = browser_page(rng, font, f"ocmms.nic.in/OCMMS_HP/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "Himachal Pradesh State Pollution Control Board",
                "HP State Pollution Control Board",
                "HIMACHAL PRADESH STATE POLLUTION CONTROL BOARD",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Online Consent Management & Monitoring System (OCMMS)  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the industry", f"{STORE} ({firm})")
        p.pair(
            "Category", rng.choice(["Orange - cold storage (ammonia)", "Green - fruit grading and packing"])
        )
        p.pair("Application ID", digits(rng, 8))
        water = float(rng.choice([2000, 3000, 5000]))
        air = float(rng.choice([2000, 3000, 4000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total consent fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"HPPCB{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent to operate is issued after inspection by the regional office, Shimla."
    elif frame == "labour":
        p = browser_page(rng, font, f"labour.hp.gov.in/ismw/registration/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(
            ["Labour & Employment Department, Himachal Pradesh", "Department of Labour and Employment, H.P."]
        )
        top(p, name, merchant=name)
        p.add("small", "Inter-State Migrant Workmen Act, 1979  |  Registration of principal employer")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of establishment", rng.choice([SHORT, STORE, firm]))
        p.pair("Registration No.", f"ISMW/SML/{digits(rng, 4)}")
        p.pair("Migrant workmen", str(rng.randrange(20, 90)))
        j.amount = float(rng.choice([500, 1000, 1500, 2500]))
        p.pair("Registration fee", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LEHP{digits(rng, 10)}"),
                ("Receipt No.", INVOICE_RANK, f"ISMW/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Keep the register of migrant workmen at the orchard for inspection."
    elif frame == "metrology":
        p = browser_page(rng, font, f"lmhp.nic.in/verification/feereceipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Legal Metrology Department, Himachal Pradesh", "LEGAL METROLOGY, HIMACHAL PRADESH"]
        )
        top(p, name, merchant=name)
        p.add("small", "Department of Food, Civil Supplies & Consumer Affairs  |  Verification fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{STORE}, Gumma")
        scales = rng.randrange(2, 6)
        per = float(rng.choice([300, 400, 500]))
        p.pair(f"Platform scales 300 kg - {scales} x {per:.0f}", rs(scales * per))
        bridge = float(rng.choice([3000, 4000, 5000]))
        p.pair("Weighbridge 40 t - 1", rs(bridge))
        j.amount = scales * per + bridge
        p.pair("Total verification fee", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LM{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"LM/SML/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The instruments are stamped after verification at the premises."
    elif frame == "himkosh":
        p = browser_page(rng, font, "himkosh.nic.in/eChallan/ChallanStatus")
        p.part = "head"
        name = rng.choice(
            ["Department of Horticulture, Himachal Pradesh", "DEPARTMENT OF HORTICULTURE, H.P."]
        )
        top(p, name, merchant=name)
        p.add("small", "HIMKOSH - e-Challan, Treasuries, Accounts & Lotteries, Himachal Pradesh")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan status: Success", "Payment successful"],
                "pending": ["Challan status: Pending - payment not yet confirmed by bank"],
            },
        )
        wrap_pair(p, "Depositor's name", firm)
        wrap_pair(p, "Office", "Deputy Director of Horticulture, Shimla")
        p.pair("Head of account", f"0401-00-{rng.randrange(101, 800)}-01")
        wrap_pair(p, "Purpose", "Renewal of fruit plant nursery registration")
        fee = float(rng.choice([1000, 1500, 2000, 3000]))
        p.pair("Registration renewal fee", rs(fee))
        j.amount = fee
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        refs = [("e-Challan No.", INVOICE_RANK, f"HK{digits(rng, 10)}")]
        if status == "success":
            refs.append(("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Challan date", "Payment date"] if status == "success" else ["Initiated on"], pats)
        foot = "Do not deposit the challan again while its status is pending."
    elif frame == "panchayat":
        p = browser_page(rng, font, f"ulbhp.gov.in/propertytax/kotkhai/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Nagar Panchayat Kotkhai", "NAGAR PANCHAYAT KOTKHAI"])
        top(p, name, merchant=name)
        p.add("small", "Urban Development Department, Himachal Pradesh  |  Property tax")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Tax received - receipt generated"]})
        wrap_pair(p, "Owner name", firm)
        p.pair("Property ID", f"NPK/{rng.randrange(1, 9)}/{digits(rng, 4)}")
        heads = [
            ("Property tax (commercial)", 6800.0, 18400.0),
            ("Garbage collection charges", 1200.0, 2400.0),
        ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if j.date.month <= 6 and rng.random() < 0.7:
            rebate = round(total * 0.10, 2)
            p.pair("Less: Rebate @ 10% (paid by 30 June)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(rng.choice(["Total amount paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"NPK{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"PT/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], hour=rng.random() < 0.5)
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "fire":
        p = browser_page(rng, font, f"hpfireservices.nic.in/noc/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Himachal Pradesh Fire Services", "HP FIRE SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Directorate of Fire Services, Shimla  |  Fire NOC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of premises", f"{STORE}, Gumma")
        wrap_pair(p, "Occupier", firm)
        renew = float(rng.choice([2500, 3500, 5000]))
        visit = float(rng.choice([500, 1000, 1500]))
        p.pair("Fire NOC renewal fee - cold storage", rs(renew))
        p.pair("Inspection charges", rs(visit))
        j.amount = renew + visit
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"HPFS{digits(rng, 10)}"),
                ("Challan No.", INVOICE_RANK, f"FS/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Challan date"], pats)
        foot = "The NOC is renewed after the inspection of the ammonia plant and the fire systems."
    else:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/payment/receipt")
        p.part = "head"
        name = rng.choice(["Transport Department, Himachal Pradesh", "HIMACHAL PRADESH TRANSPORT DEPARTMENT"])
        top(p, name, merchant=name)
        p.add("small", "Vahan citizen services  |  Token tax")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction failed - tax not credited to Government account"]},
        )
        wrap_pair(p, "Registered owner", firm)
        p.pair("Vehicle No.", truck(rng))
        p.pair("Vehicle class", rng.choice(["Goods carrier (LMV)", "Pick-up van (LGV)"]))
        tax = float(rng.choice([3000, 4500, 6000, 7500]))
        svc = float(rng.choice([100, 150, 200]))
        p.pair("Token tax (annual)", rs(tax))
        p.pair("Service charge", rs(svc))
        j.amount = tax + svc
        p.pair(rng.choice(["Total amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"HP{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Transaction date"] if status != "success" else ["Payment date"], hour=True)
        foot = (
            "Carry the token tax receipt in the vehicle."
            if status == "success"
            else "An amount debited for a failed transaction is refunded to the source in 7 working days."
        )
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
COVERS = [
    (
        "Agriculture Insurance Company of India Ltd",
        "aicofindia.com",
        "Restructured Weather Based Crop Insurance Scheme - apple, Shimla",
        "browser",
        "crop",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Bharat Laghu Udyam Suraksha - packhouse, CA store and stock of apples",
        "mail",
        "stock",
    ),
    (
        "IFFCO Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Machinery breakdown - CA refrigeration plant and nitrogen generator",
        "browser",
        "machinery",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Marine inland transit (open policy) - apples by road to the mandis",
        "paper",
        "marine",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Group personal accident - seasonal pickers and packers",
        "mail",
        "gpa",
    ),
    (
        "Zurich Kotak General Insurance Co. (India) Ltd",
        "zurichkotak.com",
        "Employees' compensation - packhouse and CA store staff",
        "browser",
        "wc",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Goods carrying vehicle - package policy (pick-up van)",
        "paper",
        "motor",
    ),
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Money insurance - pickers' wages in transit and cash in safe",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its apple crop against hail and frost, its packhouse, CA store and the apples in it, its
    refrigeration plant, its boxes on the road to the mandis, its seasonal pickers and packers, its staff, its
    pick-up van and the wages it carries: the insurers' premium receipts (browser, e-mail, printed at the branch:
    the insurer on top, the product line, PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT, Name of
    proposer / Insured name / Name of insured / Farmer / grower (insured), Policy No., Proposal No. / Application
    No., Area insured and Sum insured per hectare, Premium subsidy (Centre + State), Sum insured (building, plant
    and stock), Sum insured (machinery), Annual turnover in transit, Lives covered, Estimated annual wages, Vehicle
    No. and IDV, Money in transit limit, Period of insurance, Basic premium or Own damage premium and Third party
    premium, an add-on, GST @ 18%, Total premium received / Premium collected (incl. GST) / Total premium paid /
    Grower's share of premium paid / Cheque amount / Premium payable / Grower's share payable, Payment mode,
    Transaction ref. No. / Payment ID, UPI Ref No. / Bank Ref. No., Receipt No. / Premium receipt No., Cheque No.,
    Receipt date / Premium paid on / Date of receipt / Cheque received on / Transaction date / Attempted on; Premium
    received - policy issued and e-mailed / Payment successful - policy schedule generated / CHEQUE RECEIVED - RISK
    COVERED FROM REALISATION / Payment unsuccessful - premium not received, policy not issued)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    ins, host, product, frame, kind = COVERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng, font, f"{short} <noreply@{host}>", ["Premium receipt", "Premium payment acknowledgement"]
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, The Mall, Shimla", "Divisional Office, Cart Road, Shimla"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium received - policy issued and e-mailed",
                "Payment successful - policy schedule generated",
            ],
            "pending": ["CHEQUE RECEIVED - RISK COVERED FROM REALISATION"],
            "failed": ["Payment unsuccessful - premium not received, policy not issued"],
        },
    )
    wrap_pair(
        p,
        "Farmer / grower (insured)"
        if kind == "crop"
        else rng.choice(["Name of proposer", "Insured name", "Name of insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '48'])}/2026/{digits(rng, 4)}")
    if kind == "crop":
        p.pair("Application No.", f"0402{digits(rng, 12)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 10)}")
    addon = None
    gst_on = True
    if kind == "crop":
        area = round(rng.uniform(2.5, 6.5), 2)
        per_ha = float(rng.choice([140000, 150000, 160000]))
        p.pair("Area insured (ha)", f"{area:.2f}")
        p.pair("Sum insured per hectare", rs(per_ha))
        basic = round(area * per_ha * 0.05, 2)
        p.pair("Premium subsidy (Centre + State)", rs(round(area * per_ha * rng.uniform(0.04, 0.08), 2)))
        p.pair("Grower's share @ 5%", rs(basic))
        gst_on = False
    elif kind == "stock":
        insured = float(rng.randrange(40000000, 180000000, 100000))
        p.pair("Sum insured (building, plant and stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("Earthquake, STFI and landslide cover", round(insured * 0.0001, 2))
    elif kind == "machinery":
        insured = float(rng.randrange(6000000, 24000000, 10000))
        p.pair("Sum insured (machinery)", rs(insured))
        basic = round(insured * rng.uniform(0.0025, 0.004), 2)
        addon = ("Deterioration of stock in CA chambers", round(insured * 0.0004, 2))
    elif kind == "marine":
        turnover = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Annual turnover in transit", rs(turnover))
        basic = round(turnover * rng.uniform(0.0006, 0.001), 2)
        addon = ("Landslide and road blockage extension", round(turnover * 0.00005, 2))
    elif kind == "gpa":
        lives = rng.randrange(30, 90)
        p.pair("Lives covered", f"{lives} workers x Rs 5,00,000")
        basic = round(lives * rng.uniform(280, 460), 2)
        addon = ("Medical expenses extension", round(lives * 60.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(2400000, 7200000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.003, 0.005), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    elif kind == "motor":
        p.pair("Vehicle No.", truck(rng))
        idv = float(rng.randrange(450000, 900000, 5000))
        p.pair("IDV", rs(idv))
        basic = round(idv * rng.uniform(0.012, 0.018), 2)
        addon = ("Third party premium", float(rng.choice([7267, 7897, 16049])))
    else:
        limit = float(rng.choice([500000, 800000, 1000000]))
        p.pair("Money in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe cover", round(rng.uniform(800, 2200), 2))
    if not j.no_day and kind not in ("crop",):
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    if kind != "crop":
        p.pair("Own damage premium" if kind == "motor" else "Basic premium", rs(basic))
    taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed += addon[1]
    gst = round(taxed * 0.18, 2) if gst_on else 0.0
    if gst_on:
        p.pair("GST @ 18%", rs(gst))
    else:
        p.add("small", "No GST on crop insurance premium.")
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    if kind == "crop":
        labels = {
            "success": ["Grower's share of premium paid"],
            "pending": ["Cheque amount"],
            "failed": ["Grower's share payable"],
        }[status]
    else:
        labels = {
            "success": ["Total premium received", "Premium collected (incl. GST)", "Total premium paid"],
            "pending": ["Cheque amount", "Premium collected (incl. GST)"],
            "failed": ["Premium payable", "Total premium due"],
        }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif j.amount > 100000:
        pay = "Net banking"
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "paper" and status == "success" and rng.random() < 0.5:
        pay = "Net banking"
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Receipt date", "Cheque received on"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("GIRIGANGA FARM SHOP", "NH-705, GUMMA, KOTKHAI", "own"),
    ("THEOG SERVICE STATION", "NH-5, THEOG, DISTT SHIMLA", "fuel"),
    ("GIRIGANGA CA STORE", "GUMMA, DISTT SHIMLA HP", "own"),
    ("HOTEL AZADPUR RESIDENCY", "GT KARNAL ROAD, DELHI", "hotel"),
    ("KOTKHAI HARDWARE & SANITARY", "MAIN BAZAR, KOTKHAI", "shop"),
    ("GIRIGANGA ORCHARDS", "KIARI, KOTKHAI HP", "own"),
    ("ROHRU AGRO CHEMICALS", "NEAR BUS STAND, ROHRU", "shop"),
    ("DHALLI TYRES & BATTERIES", "DHALLI, SHIMLA", "shop"),
]
TERMINALS = ["UCO BANK", "INDIANOIL", "PNB", "SBI", "EZETAP", "HDFC BANK", "J&K BANK", "PAYTM EDC"]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists' and growers' cards on the farm shop's, the CA store's and the orchard office's terminals, and the
    company's card at a filling station at Theog, a hotel near Azadpur mandi, a hardware shop, an agro-chemical shop
    and a tyre shop: terminal slips (monospace: the terminal's bank or brand on top on some, the counter's name and
    place in capitals, DATE: and TIME: / DT: and TM: / DATE/TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL
    NO: / INV NO:, SALE, CARD:, a fuel sale's PRODUCT:, RATE:, VOLUME(L):, PUMP NO: and VEHICLE NO:, a hotel's ROOM
    NO:, APPR CODE: / AUTH CODE: / AUTH ID:, RRN: / RRN NO: / REF NO:, AMT: / TOTAL AMOUNT: / SALE AMT:; APPROVED /
    TXN APPROVED / SALE APPROVED / DECLINED - 61 EXCEEDS WITHDRAWAL LIMIT / HOST NOT REACHABLE - CONFIRM WITH BANK
    BEFORE NEW SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1500, high=68000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 8500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 600, 24000, 0.5)
    elif k == 0:
        j.amount = rupees(rng, 450, 9500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(93.5, 96.8), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "HSD", "XTRAPREMIUM"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", truck(rng).replace("-", ""))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMT:", "TOTAL AMOUNT:", "SALE AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "SALE APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 61 EXCEEDS WITHDRAWAL LIMIT", status="failed")
    else:
        p.add("center", "HOST NOT REACHABLE - CONFIRM WITH BANK BEFORE NEW SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, phone, water and broadband bills


BILLERS = [
    ("HPSEBL", "Himachal Pradesh State Electricity Board Ltd", "Consumer ID"),
    ("BSNL FTTH", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Jal Shakti Vibhag HP", "Jal Shakti Vibhag, Himachal Pradesh", "Consumer No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
]
BILL_APPS = [
    "HPSEBL",
    "PNB ONE",
    "PhonePe",
    "Paytm",
    "UCO mBanking Plus",
    "HPSEBL",
    "Amazon Pay",
    "Google Pay",
]
BILL_WHICH = [0, 0, 1, 2, 0, 0, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The CA store's, the packhouse's and the orchard pump's electricity (HPSEBL), the office's fibre line (BSNL),
    the packhouse's water (Jal Shakti Vibhag) and the directors' postpaid phones (Airtel) through Bharat Connect in
    banking and UPI apps (the app on top, Biller / Biller name / Utility / Operator / Service provider as printed,
    Consumer ID / Telephone No. / Consumer No. / Mobile No., Customer name / Consumer name, Bill date and Due date
    on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID, UPI Ref No.,
    Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid successfully / Payment successful
    / Bill paid / Payment pending - biller confirmation awaited (up to 48 hrs) / Bill payment failed - debited
    amount will be auto-reversed) and HPSEBL's own receipt page (the company on top with its Government of Himachal
    Pradesh line, Consumer ID, Electrical sub-division, Consumer name, Bill month, Amount paid / Paid amount,
    Payment mode, Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2500, high=240000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1200, 9800, 0.5)
    elif which == 3:
        j.amount = rupees(rng, 499, 2499, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer ID": f"100{digits(rng, 9)}",
        "Telephone No.": f"01783{digits(rng, 6)}",
        "Consumer No.": f"JSV/KTK/{digits(rng, 5)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "HPSEBL":
        p = browser_page(rng, font, "hpseb.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Himachal Pradesh undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair("Electrical sub-division", rng.choice(["Kotkhai", "Theog", "Kharapathar"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"HPSEB{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the consumer account within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful", "Bill paid"],
            "pending": ["Payment pending - biller confirmation awaited (up to 48 hrs)"],
            "failed": ["Bill payment failed - debited amount will be auto-reversed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        rng.choice(["Operator", "Service provider"])
        if which in (1, 3)
        else rng.choice(["Biller", "Biller name", "Utility"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name"]),
        rng.choice([COMPANY_CAPS, STORE.upper(), "GIRIGANGA ORCHARDS"]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -20, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("PNB ONE", "UCO mBanking Plus") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "Amazon Pay": "AM",
                "PNB ONE": "PN",
            }.get(app, "UC")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID"]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Transaction date & time"] if status == "success" else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SHIVALIK CORRUGATORS",
    "FROSTLINE REFRIGERAT",
    "BIR BAHADUR THAPA",
    "SNOWLINE REEFER CARR",
    "HPSEBL KOTKHAI",
    "NALAGARH POLYMERS",
    "THAKUR BEE KEEPING C",
    "NAGAR PANCHAYAT KOTK",
]
SENDERS = {
    "Punjab National Bank": "VM-PNBSMS",
    "UCO Bank": "VK-UCOBNK",
    "State Bank of India": "BP-SBIUPI",
    "The Jammu & Kashmir Bank Ltd": "JM-JKBANK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-PNBSMS / VK-UCOBNK
    / BP-SBIUPI / JM-JKBANK, the day divider, each bank's own wording: "A/c XX1234 debited INR x on <day> / thru
    <way> to <payee>.", "Rs x debited from a/c no. XX1234 on <day> / via <way>, beneficiary <payee>.", SBI's UPI
    "Dear UPI user A/C X1234 debited by Rs x on date <day> / trf to <payee> / Refno <ref>.", "Your a/c XXXX1234 has
    been debited with INR x on <day> / for <way> payment to <payee>."; a transfer that "has been REVERSED by the
    beneficiary bank; amount restored to your A/c" and one that "is under PROCESS at the beneficiary bank - please
    do not repeat the transfer") and two e-mail debit alerts (Debited amount / Amount debited, Payee (beneficiary) /
    Beneficiary name, Account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Transaction status:
    Success / Status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=2500, high=420000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 1500, 24000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 12000, 180000)
    elif k == 7:
        j.amount = rupees(rng, 4000, 26000)
    if k in (0, 6):
        bank = rng.choice(["Punjab National Bank", "UCO Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert - current account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert - current account")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Debited amount", "Amount debited"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payee (beneficiary)", "Beneficiary name"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Transaction status: Success", "Status: Debited"]), status="success")
        p.part = "foot"
        p.add("small", "The bank never asks for your OTP, PIN or password by phone, SMS or e-mail.")
        return p.done()
    if status == "success" and k in (2, 4):
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # SBI's "Dear UPI user ... trf to" is its UPI wording: the other transfers come from the other banks
    bank = (
        "State Bank of India"
        if way == "UPI"
        else rng.choice(["Punjab National Bank", "UCO Bank", "The Jammu & Kashmir Bank Ltd"])
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"thru {way} to {to}.", merchant=to, method=method)
        elif bank == "UCO Bank":
            p.add("left", f"Rs {amt} debited from a/c no. XX{tail}{on}", amount=j.amount)
            p.add("left", f"via {way}, beneficiary {to}.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add(
                "left",
                f"Dear UPI user A/C X{tail} debited by Rs {amt}{' on date ' + day if day else ''}",
                amount=j.amount,
                method=method,
            )
            p.add("left", f"trf to {to}", merchant=to)
        else:
            p.add("left", f"Your a/c XXXX{tail} has been debited with INR {amt}{on}", amount=j.amount)
            p.add("left", f"for {way} payment to {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has been REVERSED by the beneficiary bank; amount restored to your A/c.",
            "pending": "is under PROCESS at the beneficiary bank - please do not repeat the transfer.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "State Bank of India":
            p.add("left", f"Refno {ref}.", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "State Bank of India":
            p.add("small", "If not u? call 1800111109.", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2400000):,.2f}", status="success")
            p.add("small", rng.choice(["Not done by you? Call the bank at once", "Report fraud on 1930"]))
    p.add(
        "small",
        {
            "Punjab National Bank": "-PNB",
            "UCO Bank": "-UCO Bank",
            "State Bank of India": "-SBI",
        }.get(bank, "-J&K Bank"),
    )
    return p.done()


compose = compose158

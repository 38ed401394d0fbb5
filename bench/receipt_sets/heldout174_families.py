"""The twelve heldout174 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a cold-storage and warehousing operator's day in 2026 (Sheetal Agro Cold Chain Pvt
Ltd, with its potato cold store Sheetal Cold Storage at Etmadpur near Agra and its onion, grape and raisin store
Sheetal Cold Storage & Warehouse at Lasalgaon near Nashik), told by the proofs of payment it receives and makes:
farmers' and traders' storage rent by UPI, payment links and bank transfers, its own printed rent receipts, banks'
and an NBFC's payments of warehouse charges on stock pledged under warehouse receipts (and the e-NWR repositories'
and WDRA's fees), card slips at its gate counters and at suppliers' counters, the ammonia refrigeration contractors'
and the ammonia gas supplier's bills, the forklift lessors' rentals (NACH collections among them), electricity
through Bharat Connect and the boards' own pages, hamali contractors' bills, wage vouchers and bulk payouts, licence
and tax fees, imported refrigeration spares paid by SWIFT, and the bank's alerts. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, lot,
rack, chamber and gate-pass numbers, bags and quintals, seasons and periods, loan accounts, e-NWR numbers, drawing
power, agreement numbers, UMRNs, machine serial numbers, invoice lists, exchange rates, INR equivalents, charges,
TDS and GST lines, IEC, GSTIN, IFSC, BIC, IBAN, licence, consumer and property numbers, MID, TID, batch and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's,
``by_bank`` and ``doc_no`` heldout171's, ``compose`` heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout171_families import by_bank, doc_no

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"

COMPANY = "Sheetal Agro Cold Chain Pvt Ltd"
COMPANY_CAPS = "SHEETAL AGRO COLD CHAIN PRIVATE LIMITED"
# town, the store's trade name, address, GST state code, district
UNITS = [
    (
        "Etmadpur",
        "Sheetal Cold Storage",
        "Khandauli Road, Etmadpur, Agra - 283202, Uttar Pradesh",
        "09",
        "Agra",
    ),
    (
        "Lasalgaon",
        "Sheetal Cold Storage & Warehouse",
        "Vinchur Road, Lasalgaon, Nashik - 422306, Maharashtra",
        "27",
        "Nashik",
    ),
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y"]
BANKS = [
    "State Bank of India",
    "Bank of Baroda",
    "Punjab National Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Union Bank of India",
    "Bank of Maharashtra",
    "Axis Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Union Bank of India": "UBIN",
    "Bank of Maharashtra": "MAHB",
    "Axis Bank": "UTIB",
}
# farmers and traders who store at each unit
DEPOSITORS = [
    [
        "Ramveer Singh Baghel",
        "Kallu Ram Kushwaha",
        "Dinesh Chandra Yadav",
        "Munna Lal Nishad",
        "Omvati Devi",
        "Agrawal Aloo Bhandar",
        "Shree Radhe Potato Company",
        "Maa Durga Beej Bhandar",
    ],
    [
        "Sandip Shinde",
        "Balasaheb Gaikwad",
        "Sunanda Holkar",
        "Nitin Jadhav",
        "Holkar Onion Traders",
        "Vinchur Agro Exports",
        "Jain Kishmish Traders",
        "Sahyadri Grape Growers Co-op",
    ],
]
# what each unit stores: commodity, the unit it is counted in, the season's rent per unit (low, high)
STORED = [
    [
        ("Potato (Kufri Bahar)", "packet", (118, 148)),
        ("Potato (Chipsona-3)", "packet", (124, 152)),
        ("Seed potato (Kufri Pukhraj)", "packet", (135, 165)),
    ],
    [
        ("Onion (summer crop)", "bag", (88, 126)),
        ("Raisins (kishmish)", "box", (64, 92)),
        ("Grapes - pre-cooling & storage", "crate", (38, 56)),
    ],
]


def ours(rng: random.Random, unit: int, *, firm: float = 0.2, caps: float = 0.25, town: float = 0.3) -> str:
    """The store as a page names it: its trade name (with its town on some) or its company's."""
    if rng.random() < firm:
        return rng.choice([COMPANY, COMPANY_CAPS, "SHEETAL AGRO COLD CHAIN PVT LTD"])
    name = UNITS[unit][1]
    if rng.random() < town:
        name = f"{name}, {UNITS[unit][0]}"
    return name.upper() if rng.random() < caps else name


def one_line(p: Screen, name: str, kind: str = "left") -> str:
    """The store's name as a page prints it on one row: without its town, or its trade name alone, where the row is
    too narrow for it."""
    for town, trade, *_ in UNITS:
        if fits(p, kind, name):
            return name
        for tail in (f", {town}", f", {town.upper()}"):
            name = name.removesuffix(tail)
    return name


def ours_to(p: Screen, labels: list[str], unit: int) -> None:
    """The store as the other party on a vendor's paper (Customer / Bill to / Lessee: no fact)."""
    rng = p.rng
    wrap_pair(
        p,
        rng.choice(labels),
        rng.choice(
            [f"M/s {COMPANY}", COMPANY, f"M/s {UNITS[unit][1]}", f"{UNITS[unit][1]}, {UNITS[unit][0]}"]
        ),
    )


def rail_ref(rng: random.Random, j: Job, way: str, bank: str | None = None) -> str:
    """A NEFT UTR (16 or 22 characters), an RTGS UTR, or an IMPS / UPI reference (RRN)."""
    head = IFSC.get(bank or "", rng.choice(list(IFSC.values())))
    if way == "NEFT":
        if rng.random() < 0.5:
            return neft_utr(head, rng, j.date)
        return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "RTGS":
        return rtgs_utr(head, rng, j.date)
    return j.ref


def rail_label(rng: random.Random, way: str) -> str:
    if way == "IMPS":
        return rng.choice(["IMPS Ref No.", "RRN", "IMPS RRN"])
    if way == "UPI":
        return rng.choice(["UPI Ref No.", "UPI RRN", "UPI Reference No."])
    return rng.choice(["UTR", "UTR No.", f"{way} UTR"])


def rail_for(j: Job, way: str) -> str:
    """RTGS only from two lakh; NEFT and RTGS references spell the day, so a page without one moves by IMPS."""
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    return by_bank(j, way)


def upi_cap(j: Job, way: str, other: str = "NEFT") -> str:
    """UPI up to a lakh; a larger sum moves by ``other`` (IMPS on a page that prints no day)."""
    if way == "UPI" and j.amount > 100000:
        return rail_for(j, other)
    return way


def plural(word: str, n: int) -> str:
    return word if n == 1 else word + ("es" if word.endswith(("x", "s", "ch")) else "s")


def method_of(way: str) -> str:
    return {"UPI": "UPI", "card": "card", "cash": "cash", "cheque": "cheque"}.get(way, "netbanking")


def vpa(rng: random.Random, unit: int) -> str:
    base = rng.choice(["sheetalcold", "sheetalcs", "sheetalagro", "sheetal.cs"]) + (
        "" if unit == 0 else "nsk"
    )
    return f"{base}@{rng.choice(['sbi', 'barodampay', 'hdfcbank', 'icici', 'ybl', 'axisbank'])}"


def masked_ac(rng: random.Random) -> str:
    return rng.choice(["XXXXXXXX", "XXXXXX", "******"]) + digits(rng, 4)


def stored(rng: random.Random, unit: int) -> tuple[str, str, int, int]:
    """A lot: the commodity, its unit, how many, the season's rent per unit."""
    item, each, (lo, hi) = rng.choice(STORED[unit])
    return item, each, rng.randrange(40, 1400), rng.randrange(lo, hi)


# ---------------------------------------------------------------- 1. farmers' and traders' UPI and payment links


FARMER_APPS = ["PhonePe", "Google Pay", "PayU", "Paytm", "BHIM", "YONO SBI", "Instamojo", "bob World"]
# band, the app's own id label
APP_LOOK = {
    "PhonePe": ((95, 37, 159), "Transaction ID"),
    "Google Pay": (None, "Google transaction ID"),
    "Paytm": ((0, 46, 110), "Transaction ID"),
    "BHIM": ((247, 130, 34), None),
    "YONO SBI": ((34, 48, 120), "Transaction ID"),
    "bob World": ((240, 100, 30), "Txn ID"),
}
FARM_NOTES = [
    "Aloo kiraya lot {lot}",
    "Rent {n} bags",
    "Cold storage rent",
    "Kiraya bakaya",
    "Onion storage advance",
    "Seed potato rent lot {lot}",
    "Rent + hamali",
    "Grape pre-cooling",
]


def farmer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A farmer or a trader paying storage rent: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, YONO SBI,
    bob World; dark on some; the store (its town or its company on some) under Paid to / To / Sent to / Payment to /
    Paying to on the wallets' screens, Payee name / Beneficiary name with Payee VPA on the banks' apps, its UPI ID,
    the sum large, Note / Message / Remarks (Aloo kiraya lot 412, Rent 120 bags), UPI transaction ID / UPI Ref No. /
    UTR / UPI Reference No., the app's own Transaction ID / Google transaction ID / Txn ID on some, Debited from /
    From / Paid from, Date & time / Paid on / Completed / Attempted on) and the store's two payment pages (PayU's
    and Instamojo's: the store on top, Storage rent - online payment / Kiraya jama - online, the outcome, the sum
    large, Depositor name / Farmer name / Paid by, Lot No., Bags, Commodity, Payment mode / Paid via UPI / card /
    Net banking, PayU ID or Payment ID MOJO..., UPI Ref No. / Auth code / Bank Ref No., Paid on / Payment date /
    Transaction date; the gateway's footer)."""
    k = place("farmer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=1800, high=96000, p_round=0.8)
    payer = rng.choice(DEPOSITORS[j.unit])
    to = ours(rng, j.unit)
    app = FARMER_APPS[k]
    rs = money(rng, font, 0.6)
    item, each, n, _ = stored(rng, j.unit)
    lot = str(rng.randrange(100, 2999))
    if app in ("PayU", "Instamojo"):
        url = (
            f"u.payu.in/PAYUMN/{code(rng, 10, MIXED)}"
            if app == "PayU"
            else f"www.instamojo.com/@sheetalcold/{code(rng, 12, HEX)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        to = one_line(p, to, "center")
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Storage rent - online payment", "Kiraya jama - online", "Pay your rent online"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you! Payment received", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Depositor name", "Farmer name", "Paid by"]), payer)
        p.pair("Lot No.", lot)
        p.pair("Bags", f"{n} {plural(each, n)}")
        wrap_pair(p, "Commodity", item)
        way = rng.choice(["UPI", "UPI", "card", "netbanking"])
        shown = {
            "UPI": "UPI",
            "card": f"{rng.choice(['Debit', 'Credit'])} card {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS)}",
        }[way]
        wrap_pair(p, rng.choice(["Payment mode", "Paid via"]), shown, method=way)
        if not j.no_ref:
            if app == "PayU":
                pid = digits(rng, 11)
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = f"MOJO{j.date:%y%m}{code(rng, 2, UPPER)}{digits(rng, 8)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by PayU" if app == "PayU" else "Powered by Instamojo")
        return p.done()
    band, own_label = APP_LOOK[app]
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status", "History"])
    p.part = "head"
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI", "YONO SBI": "YONO SBI - UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent", "Transaction Successful"],
            "failed": ["Payment Failed", "Transaction declined by bank"],
            "pending": ["Transaction pending", "Payment under process - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    handle = vpa(rng, j.unit)
    to = one_line(p, to, "center")
    if app in ("YONO SBI", "bob World"):
        p.add("rule")
        wrap_pair(p, rng.choice(["Payee name", "Beneficiary name"]), to, merchant=to)
        p.pair(rng.choice(["Payee VPA", "UPI ID"]), handle, method="UPI")
    else:
        labels = ["Paid to", "To", "Sent to", "Payment to"] if status == "success" else ["To", "Paying to"]
        p.add("small", rng.choice(labels))
        p.add("center", to, merchant=to)
        p.add("small", f"UPI ID: {handle}", method="UPI")
    if status == "failed":
        p.add("small", "Any amount debited will be refunded to your account in 3-5 working days.")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(FARM_NOTES).format(lot=lot, n=n))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR", "UPI Reference No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if own_label and rng.random() < 0.75:
            own = {
                "Google Pay": f"CICAg{code(rng, 9, MIXED)}",
                "PhonePe": f"T{digits(rng, 21)}" if j.no_day else f"T{j.date:%y%m%d}{digits(rng, 15)}",
                "Paytm": digits(rng, 20),
                "YONO SBI": f"{digits(rng, 12)}",
                "bob World": f"BOBW{digits(rng, 14)}",
            }[app]
            wrap_pair(p, own_label, own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From", "Paid from"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    labels = (
        ["Date & time", "Paid on", "Completed"] if status == "success" else ["Attempted on", "Date & time"]
    )
    date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Check balance  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 2. traders' bank transfers


NET_BANKS = {
    "sbi": ("OnlineSBI", "State Bank of India", "retail.onlinesbi.sbi/retail/interbanktransfer.htm"),
    "hdfc": ("HDFC Bank NetBanking", "HDFC Bank", "netbanking.hdfcbank.com/netbanking/entry"),
    "pnb": ("PNB Internet Banking", "Punjab National Bank", "netpnb.com/corp/BANKAWAY"),
    "mahb": ("Bank of Maharashtra - MahaNet", "Bank of Maharashtra", "www.mahaconnect.in/jsp/index.html"),
}
APP_BANKS = {
    "bob": ("bob World", "Bank of Baroda", (240, 100, 30)),
    "vyom": ("Vyom - Union Bank", "Union Bank of India", (200, 30, 40)),
}
TRANSFER_FRAMES = ["sbi", "bob", "hdfc", "mail", "pnb", "vyom", "mahb", "mail"]
# trader, its accounts e-mail
TRADER_MAILS = [
    ("Agrawal Aloo Bhandar", "accounts@agrawalaloo.in", 0),
    ("Shree Radhe Potato Company", "radhepotato.accts@gmail.com", 0),
    ("Holkar Onion Traders", "payments@holkaronion.com", 1),
    ("Vinchur Agro Exports", "finance@vinchuragro.in", 1),
]


def trader_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A trader paying the season's storage rent for its lots from its bank: four net-banking acknowledgements in a
    browser (OnlineSBI, HDFC Bank NetBanking, PNB Internet Banking, Bank of Maharashtra - MahaNet: the portal on
    top, Funds transfer - acknowledgement / Transaction receipt / Interbank transfer status, Remitter name / Debit
    account holder / From the trader, Debit account, Beneficiary name / Payee / Credit to / Beneficiary / Transfer
    to the store or its company, Beneficiary account, IFSC, Amount / Transfer amount / Amount (INR) / Amount (Rs.),
    Charges (incl. GST) and Total debit on some, Remarks / Narration / Purpose of payment, Mode / Transfer type /
    Payment type NEFT / RTGS / IMPS, UTR / UTR No. / IMPS Ref No. / RRN and the bank's Reference No. / Txn Ref No.,
    Transaction date / Value date / Date & time / Transferred on / Initiated on / Failed on; Transaction Successful
    / Funds transferred successfully / <mode> transaction successful / Transaction in process - awaiting credit
    confirmation / Transaction failed - beneficiary account frozen / Transaction failed - invalid account), two
    mobile banking apps' IMPS screens (bob World, Vyom - Union Bank: Transfer successful / IMPS transfer successful
    / IMPS transfer pending / Transaction under process / Transfer failed, the sum large, To / Beneficiary, A/c No.,
    IFSC, Mode IMPS, IMPS Ref No. / RRN, Txn ID / Transaction ID, Remarks, Date & time / Transferred on / Initiated
    on) and two traders' payment advice e-mails (the trader on top, Payment advice, Paid to / Payee / Beneficiary
    the store, Bank A/c, the storage bills settled, Less: TDS u/s 194C @ 1%, Net amount paid / Amount transferred,
    Mode, UTR / UTR No., Payment voucher No., Status: Paid / Payment released, Payment date / Value date)."""
    k = place("trader_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=25000, high=850000, p_round=0.6)
    frame = TRANSFER_FRAMES[k]
    payee = ours(rng, j.unit, firm=0.35, town=0.2)
    rs = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs.", "Rs"))
    item, each, n, _ = stored(rng, j.unit)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"])
    if j.amount > 500000:
        way = rng.choice(["NEFT", "RTGS"])
    way = by_bank(j, way)
    if way == "IMPS" and j.amount > 500000:
        j.amount = rupees(rng, 60000, 480000, 0.6)
    remark = rng.choice(
        [
            f"Cold storage rent lot {rng.randrange(100, 2999)}",
            f"Storage rent {n} {plural(each, n)}",
            "Kiraya - season",
        ]
    )
    if frame == "mail":
        trader, mail, unit = rng.choice(TRADER_MAILS)
        j.unit = unit
        payee = ours(rng, unit, firm=0.35, town=0.2)
        p = mail_page(
            rng,
            font,
            f"{trader} <{mail}>",
            ["Payment advice", "Storage rent paid - advice", f"Payment released - {UNITS[unit][1]}"],
        )
        p.part = "head"
        top(p, trader)
        p.add("small", rng.choice(["Accounts department", "Commission agents & cold store traders"]))
        p.add("center", "Payment Advice")
        p.add("rule")
        p.part = "body"
        p.add("small", "Dear Sir, we have transferred the amount below towards storage charges.")
        payee = one_line(p, payee)
        wrap_pair(p, rng.choice(["Paid to", "Payee", "Beneficiary"]), payee, merchant=payee)
        p.pair("Bank A/c", f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}")
        bills = []
        for _ in range(rng.randrange(1, 4)):
            bills.append((doc_no(rng, "SCS" if unit == 0 else "SCW", j), rupees(rng, 30000, 260000, 0.5)))
        gross = sum(v for _, v in bills)
        p.add("left", rng.choice(["Bills settled", "Storage bills paid"]))
        for no, v in bills:
            p.pair(f"Storage bill {no}" if fits(p, "pair", f"Storage bill {no} {v:,.2f}    ") else no, rs(v))
        tds = round(gross * 0.01, 2)
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
        j.amount = round(gross - tds, 2)
        p.pair(rng.choice(["Net amount paid", "Amount transferred"]), rs(j.amount), amount=j.amount)
        way = by_bank(j, "RTGS" if j.amount >= 200000 else "NEFT")
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = rail_ref(rng, j, way)
            p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
            pv = doc_no(rng, "PV", j)
            p.pair("Payment voucher No.", pv, txn=(INVOICE_RANK, pv))
        p.pair("Status", rng.choice(["Paid", "Payment released"]), status="success")
        date_row(p, j, ["Payment date", "Value date"])
        p.part = "foot"
        p.add("small", "Kindly acknowledge receipt and release the gate pass.")
        return p.done()
    if frame in APP_BANKS:
        title, bank, band = APP_BANKS[frame]
        way = "IMPS"
        if j.amount > 500000:
            j.amount = rupees(rng, 30000, 480000, 0.6)
        p = phone_page(rng, font, k, ["Fund transfer", "Transaction status", ""])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
        p.add("title", title)
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful", "IMPS transfer successful"],
                "pending": ["IMPS transfer pending", "Transaction under process"],
                "failed": ["Transfer failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        payee = one_line(p, payee)
        wrap_pair(p, rng.choice(["To", "Beneficiary"]), payee, merchant=payee)
        p.pair("A/c No.", masked_ac(rng))
        p.pair("IFSC", f"{rng.choice(list(IFSC.values()))}0{digits(rng, 6)}")
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair(rng.choice(["IMPS Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            p.pair(rng.choice(["Txn ID", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
        wrap_pair(p, "Remarks", remark)
        date_row(
            p, j, ["Date & time", "Transferred on"] if status == "success" else ["Initiated on"], hour=True
        )
        p.part = "foot"
        p.add("small", rng.choice(["Share  |  Repeat transfer", "Add to favourites"]))
        return p.done()
    title, bank, url = NET_BANKS[frame]
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, title)
    p.add(
        "small",
        rng.choice(["Funds transfer - acknowledgement", "Transaction receipt", "Interbank transfer status"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Transaction Successful",
                "Funds transferred successfully",
                f"{way} transaction successful",
            ],
            "failed": [
                "Transaction failed - beneficiary account frozen",
                "Transaction failed - invalid account",
            ],
            "pending": ["Transaction in process - awaiting credit confirmation"],
        },
    )
    trader = rng.choice(DEPOSITORS[j.unit])
    wrap_pair(p, rng.choice(["Remitter name", "Debit account holder", "From"]), trader.upper())
    p.pair("Debit account", masked_ac(rng))
    payee = one_line(p, payee)
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Payee", "Credit to", "Beneficiary", "Transfer to"]),
        payee,
        merchant=payee,
    )
    p.pair("Beneficiary account", masked_ac(rng))
    to_bank = rng.choice(["State Bank of India", "Bank of Baroda", "HDFC Bank", "Bank of Maharashtra"])
    p.pair("IFSC", f"{IFSC[to_bank]}0{digits(rng, 6)}")
    p.pair(
        rng.choice(["Amount", "Transfer amount", "Amount (INR)", "Amount (Rs.)"]),
        rs(j.amount),
        amount=j.amount,
    )
    if rng.random() < 0.5:
        fee = {"NEFT": 5.90, "IMPS": 5.90, "RTGS": 29.50}[way]
        p.pair("Charges (incl. GST)", rs(fee))
        if rng.random() < 0.5:
            p.pair("Total debit", rs(round(j.amount + fee, 2)))
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose of payment"]), remark)
    p.pair(rng.choice(["Mode", "Transfer type", "Payment type"]), way, method="netbanking")
    if not j.no_ref:
        own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        if status != "failed":
            ref = rail_ref(rng, j, way, to_bank)
            p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
            if rng.random() < 0.5:
                p.pair(rng.choice(["Reference No.", "Txn Ref No."]), own, txn=(BANK_RANK, own))
        else:
            p.pair(rng.choice(["Reference No.", "Txn Ref No."]), own, txn=(BANK_RANK, own))
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date", "Date & time", "Transferred on"],
            "pending": ["Initiated on"],
            "failed": ["Transaction date", "Failed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated acknowledgement and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 3. the store's printed rent receipts


RENT_WAYS = ["cash", "UPI", "cheque", "NEFT", "UPI", "cheque", "RTGS", "cash"]


def rent_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's own STORAGE RENT RECEIPT / MONEY RECEIPT / BILL OF SUPPLY CUM RECEIPT (serif paper): the store on
    top (capitals or its town on some), "A unit of Sheetal Agro Cold Chain Pvt Ltd", address, GSTIN; Receipt No. /
    Rcpt. No., Date / Receipt date / Dated, Received from / Depositor / Party name the farmer or trader, Village /
    Address, Lot No. / Rack No. / Chamber No., Gate pass No., Season, Storage rent n packets / bags / boxes / crates
    x rate, Hamali (loading / unloading) n x rate, Bardana (empty bags) and Stock insurance on some, Total, Less:
    Advance received (on its day on some), Balance received / Amount received / Net received or Cheque received /
    Cheque amount, Mode Cash / UPI / NEFT / RTGS / Cheque with its UPI Ref No. / UTR or Cheque No. and Drawn on, the
    sum in words; RECEIVED WITH THANKS / PAID / RECEIVED / CHEQUE RECEIVED - STOCK RELEASE AFTER CLEARANCE / CHEQUE
    RETURNED - STOCK RELEASE STOPPED with its Return reason; For <store>, the store's rubber stamp)."""
    k = place("rent_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    town, trade, address, state, _ = UNITS[j.unit]
    name = rng.choice([trade, trade.upper(), f"{trade}, {town}", trade])
    p = paper_page(rng, font, [660, 700, 740])
    rs = money(rng, font, 0.5, marks=("Rs.", "Rs", "\u20b9", ""))
    name = one_line(p, name, "center")
    letterhead(
        p,
        name,
        f"A unit of {COMPANY}",
        address,
        state,
        ["STORAGE RENT RECEIPT", "MONEY RECEIPT", "BILL OF SUPPLY CUM RECEIPT"],
    )
    if not j.no_ref:
        rct = doc_no(rng, rng.choice(["SR", "RCT", "CS"]), j)
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rct, txn=(INVOICE_RANK, rct))
    date_row(p, j, ["Date", "Receipt date", "Dated"])
    payer = rng.choice(DEPOSITORS[j.unit])
    wrap_pair(p, rng.choice(["Received from", "Depositor", "Party name"]), payer)
    p.pair(
        rng.choice(["Village", "Address"]),
        rng.choice(
            ["Khandauli", "Barhan", "Tundla", "Shikohabad"]
            if j.unit == 0
            else ["Vinchur", "Niphad", "Pimpalgaon"]
        ),
    )
    p.pair(
        rng.choice(["Lot No.", "Rack No.", "Chamber No."]), f"{rng.randrange(1, 9)}/{rng.randrange(10, 999)}"
    )
    p.pair("Gate pass No.", str(rng.randrange(1000, 9999)))
    if not j.no_day:
        p.pair("Season", f"{j.date.year}" if j.unit == 0 else f"Rabi {j.date.year}")
    item, each, n, rate = stored(rng, j.unit)
    p.add("left", item)
    rent = float(n * rate)
    p.pair(f"  Storage rent {n} {plural(each, n)} x {rate}", rs(rent))
    hamali_rate = rng.choice([4.5, 5.0, 6.0, 7.5])
    hamali = round(n * hamali_rate, 2)
    p.pair(f"  Hamali {n} x {hamali_rate:g}", rs(hamali))
    total = rent + hamali
    if j.unit == 0 and rng.random() < 0.5:
        bags = rng.randrange(20, 200)
        bardana = float(bags * rng.choice([18, 20, 22]))
        p.pair(f"  Bardana (empty bags) {bags} nos", rs(bardana))
        total += bardana
    if rng.random() < 0.4:
        ins = round(rent * 0.01, 2)
        p.pair("  Stock insurance", rs(ins))
        total += ins
    total = round(total, 2)
    p.pair("Total", rs(total))
    adv = float(rng.choice([0, 0, 2000, 5000, 10000])) if total > 15000 else 0.0
    if adv:
        if not j.no_day and rng.random() < 0.5:
            p.pair(f"Less: Advance received on {j.other_day(rng, -120, -20)}", rs(adv))
        else:
            p.pair("Less: Advance received", rs(adv))
    j.amount = round(total - adv, 2)
    way = RENT_WAYS[k]
    p.add("rule")
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
        if status == "failed":
            p.pair("Return reason", rng.choice(["Funds insufficient", "Account closed"]))
    else:
        p.pair(
            rng.choice(["Balance received", "Amount received", "Net received"]), rs(j.amount), amount=j.amount
        )
        way = upi_cap(j, rail_for(j, way))
        p.pair("Mode", {"cash": "Cash", "UPI": "UPI"}.get(way, way), method=method_of(way))
        if not j.no_ref and way not in ("cash",):
            ref = rail_ref(rng, j, way)
            p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID", "RECEIVED"]),
        "pending": "CHEQUE RECEIVED - STOCK RELEASE AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED - STOCK RELEASE STOPPED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"({words_in_rupees(j.amount)})")
    right(p, f"For {trade}")
    seal(p, "SHEETAL COLD", "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. pledged stock: lenders, repositories and WDRA


# lender, its line, frame, sender or site
LENDERS = {
    0: ("State Bank of India", "Agri Business Branch, {district}", "mail", "sbi.agri{k}@sbi.co.in"),
    2: ("HDFC Bank", "Agri - Warehouse receipt finance", "portal", "wrf.hdfcbank.com/advice"),
    3: ("Bank of Baroda", "Branch: {district} main", "paper", ""),
    5: ("Kisan Dhan Agri Finance Ltd", "Commodity finance (NBFC)", "mail", "ops@kisandhanfin.in"),
    7: ("Punjab National Bank", "Agri Finance Centre, {district}", "paper", ""),
}
REPOS = {
    4: ("National E-Repository Limited", "NERL", "nerlindia.com/participant/billing"),
    6: ("CDSL Commodity Repository Ltd", "CCRL", "ccrl.co.in/wsp/payments"),
}


def pledge_finance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Stock pledged under the store's e-NWRs (electronic negotiable warehouse receipts): five lenders' payments of
    the warehouse charges on a depositor's pledged lot (State Bank of India's and Kisan Dhan Agri Finance's e-mails,
    HDFC Bank's warehouse receipt finance portal, Bank of Baroda's and Punjab National Bank's printed advices: the
    lender on top and its branch, Payment advice - warehouse charges / Release order cum payment advice / Advice of
    payment to warehouse, Borrower / Depositor / Pledgor, Loan account No., e-NWR No., Commodity, Drawing power,
    Warehouse / Warehouse service provider / Beneficiary / Pay to the store, WDRA Regn. No., Charges from, Storage
    charges n qtl x rate, Handling & insurance, Total charges, Amount paid to warehouse / Net amount paid / Amount
    released, Debited to, Mode, UTR / UTR No. / IMPS Ref No., Our ref. / Payment ref. No., Payment date / Value date
    / Initiated on; Status: Paid / Payment processed / Payment initiated - pending checker approval), two e-NWR
    repositories' billing pages the store pays (National E-Repository Limited, CDSL Commodity Repository Ltd: the
    repository on top, Participant billing - payment receipt, Participant / Client name the store, Participant ID,
    Invoice No., e-NWR issuance n x rate, Annual participant fee, GST @ 18%, Amount paid / Total, Paid via,
    Transaction ID, Bank Ref No. / UPI Ref No., Paid on / Payment date; Payment successful / Payment failed - amount
    if debited will be refunded) and Bharatkosh's e-Receipt for WDRA's registration renewal fee (Bharatkosh - Non
    Tax Receipt Portal on top, Ministry, Department Warehousing Development and Regulatory Authority, PAO / DDO,
    Purpose, Depositor name, Amount, Payment mode, Transaction Ref. No., Bank Ref. No., Date of payment)."""
    k = place("pledge_finance")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=18000, high=420000)
    rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9"))
    store = ours(rng, j.unit, firm=0.3, town=0.4)
    district = UNITS[j.unit][4]
    if k == 1:
        p = browser_page(rng, font, "bharatkosh.gov.in/NTRPHome/PaymentReceipt")
        p.part = "head"
        top(p, rng.choice(["Bharatkosh", "BHARATKOSH"]))
        p.add("small", "Non Tax Receipt Portal - e-Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction successful", "Payment successful"]})
        wrap_pair(p, "Ministry", "Consumer Affairs, Food & Public Distribution")
        dept = rng.choice(["Warehousing Development and Regulatory Authority", "WDRA"])
        wrap_pair(p, "Department", dept, merchant=dept)
        wrap_pair(p, "PAO / DDO", "PAO (Food), New Delhi / DDO WDRA")
        wrap_pair(
            p,
            "Purpose",
            rng.choice(["Registration fee - renewal of warehouse", "Warehouse registration fee"]),
        )
        wrap_pair(p, "Depositor name", rng.choice([COMPANY, COMPANY_CAPS]))
        j.amount = float(rng.choice([10000, 15000, 20000, 25000]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", f"Net banking - {rng.choice(BANKS)}", method="netbanking")
        if not j.no_ref:
            tref = f"{j.date:%d%m}{digits(rng, 12)}"
            p.pair("Transaction Ref. No.", tref, txn=(TXN_RANK, tref))
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Date of payment", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "This is a computer generated e-Receipt.")
        return p.done()
    if k in REPOS:
        full, short, site = REPOS[k]
        j.amount = 0.0
        p = browser_page(rng, font, f"{site}/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice([full, short])
        top(p, name, merchant=name)
        p.add("small", rng.choice(["Participant billing - payment receipt", "e-NWR services - fee payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed - amount if debited will be refunded"],
            },
        )
        wrap_pair(p, rng.choice(["Participant", "Client name"]), one_line(p, store))
        p.pair("Participant ID", f"{short}WSP{digits(rng, 6)}")
        if not j.no_ref and status == "success":
            inv = doc_no(rng, f"{short}INV", j)
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        n = rng.randrange(40, 420)
        rate = rng.choice([50, 60, 75])
        lines = [(f"e-NWR issuance {n} x {rate}", float(n * rate))]
        if rng.random() < 0.5:
            lines.append(("Annual participant fee", float(rng.choice([5000, 10000]))))
        sub = sum(v for _, v in lines)
        for lab, v in lines:
            p.pair(lab, rs(v))
        gst = round(sub * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(sub + gst, 2)
        p.pair(rng.choice(["Amount paid", "Total"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["netbanking", "UPI"])
        p.pair("Paid via", "Net banking" if way == "netbanking" else "UPI", method=way)
        if not j.no_ref:
            tid = f"{short}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                if way == "UPI":
                    p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                    p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Payment date"] if status == "success" else ["Attempted on"], hour=True)
        return p.done()
    lender, line, frame, where = LENDERS[k]
    line = line.format(district=district)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{lender} <{where.format(k=digits(rng, 4))}>",
            ["Payment advice - warehouse charges", "Warehouse charges paid on pledged stock"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"{where}/{digits(rng, 9)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, lender.upper() if frame == "paper" and rng.random() < 0.4 else lender)
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "Payment Advice - Warehouse Charges",
                "Release Order cum Payment Advice",
                "Advice of payment to warehouse",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame != "paper":
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Paid", "Payment processed"],
                "pending": ["Payment initiated - pending checker approval"],
            },
        )
    depositor = rng.choice(DEPOSITORS[j.unit])
    wrap_pair(p, rng.choice(["Borrower", "Depositor", "Pledgor"]), depositor)
    p.pair("Loan account No.", masked_ac(rng))
    p.pair("e-NWR No.", f"{rng.choice(['NERL', 'CCRL'])}{digits(rng, 14)}")
    item, each, n, _ = stored(rng, j.unit)
    qtl = round(n * (0.5 if each == "packet" else 0.4), 1)
    wrap_pair(p, "Commodity", f"{item} - {n} {plural(each, n)} ({qtl:g} qtl)")
    store = one_line(p, store)
    p.pair("Drawing power", rs(float(round(qtl * rng.uniform(900, 1500), -2))))
    wrap_pair(
        p,
        rng.choice(["Warehouse", "Warehouse service provider", "Beneficiary", "Pay to"]),
        store,
        merchant=store,
    )
    p.pair("WDRA Regn. No.", f"WDRA/{'UP' if j.unit == 0 else 'MH'}/{rng.randrange(1000, 9999)}")
    if not j.no_day:
        p.pair("Charges from", f"{j.other_day(rng, -200, -60)}")
    months = rng.randrange(2, 8)
    rate = rng.choice([8.5, 9.0, 10.0, 12.0])
    charge = round(qtl * rate * months, 2)
    p.pair(f"Storage charges {qtl:g} qtl x {rate:g} x {months} m", rs(charge))
    handling = round(qtl * rng.choice([3.0, 4.0, 5.0]), 2)
    p.pair("Handling & insurance", rs(handling))
    j.amount = round(charge + handling, 2)
    if rng.random() < 0.5:
        p.pair("Total charges", rs(j.amount))
    p.pair(
        rng.choice(["Amount paid to warehouse", "Net amount paid", "Amount released"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Debited to", "Borrower's loan account")
    way = by_bank(j, "RTGS" if j.amount >= 200000 else "NEFT")
    p.pair("Mode", way, method="netbanking")
    if not j.no_ref:
        if status == "success":
            ref = rail_ref(rng, j, way, lender if lender in IFSC else None)
            p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
        own = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        p.pair(rng.choice(["Our ref.", "Payment ref. No."]), own, txn=(BANK_RANK, own))
    if frame == "paper":
        p.pair("Status", rng.choice(["Paid", "Payment processed"]), status="success")
    date_row(p, j, ["Payment date", "Value date"] if status == "success" else ["Initiated on"])
    p.part = "foot"
    p.add("small", "The stock stays under pledge; release only against the bank's release order.")
    return p.done()


# ---------------------------------------------------------------- 5. card slips at the gate counters and suppliers


# counter, area, what the slip sells
COUNTERS = [
    ("SHEETAL COLD STORAGE", "ETMADPUR AGRA", "rent"),
    ("KHANDAULI FILLING STATION", "HPCL DEALER - AGRA", "fuel"),
    ("SHEETAL COLD STORAGE & WH", "LASALGAON NASHIK", "rent"),
    ("AGRA GUNNY BAG TRADERS", "BELANGANJ AGRA", "goods"),
    ("NASHIK REFRIGERATION STORES", "SATPUR MIDC NASHIK", "goods"),
    ("SHEETAL COLD STORAGE", "KHANDAULI ROAD ETMADPUR", "rent"),
    ("SHEETAL AGRO COLD CHAIN", "LASALGAON", "upi"),
    ("VINCHUR AUTO & HARDWARE", "VINCHUR NASHIK", "fuel"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "HDFC BANK",
    "WORLDLINE",
    "SBI PAYMENTS",
    "EZETAP",
    "MOSAMBEE",
    "PAYTM EDC",
    "ICICI BANK",
]
GOODS = {
    3: "JUTE BAGS 50 KG X {n}",
    4: "AMMONIA VALVE 25 NB X {n}",
}


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Card terminal slips (monospace; PINE LABS, HDFC BANK, WORLDLINE, SBI PAYMENTS, EZETAP, MOSAMBEE, PAYTM EDC,
    ICICI BANK, the maker on top on some): a trader's card at the store's gate counters (the store's name line in
    capitals as the slip prints it, LOT NO:, BAGS:, GATE PASS NO:), the staff's card at a filling station (diesel
    for the DG sets and forklifts: PRODUCT: HSD, VOLUME(L):, RATE(RS/L):, VEHICLE NO: / FOR:), a gunny bag trader's
    and a refrigeration stores' counters (ITEM:), and a UPI QR sale at the store (MODE: UPI - DYNAMIC QR, PAYER
    VPA:, UPI REF NO:); DATE: / TIME: on one row, DT: TM: or TXN DATE:, MID: / MERCHANT ID:, TID: / TERMINAL ID:,
    BATCH NO: / BATCH:, INVOICE NO: / INV NO: / BILL NO:, SALE, CARD NO:, CARD TYPE:, ENTRY: CHIP / CONTACTLESS /
    SWIPE, APPR CODE: / AUTH CODE: / AUTH NO:, RRN: / REF NO:, AMOUNT: / TOTAL: / SALE AMT: / BASE AMT:; APPROVED /
    TXN APPROVED / SALE SUCCESSFUL / DECLINED with RESP CODE: 51 INSUFFICIENT FUNDS / UPI TXN PENDING - DO NOT ISSUE
    GATE PASS TILL CREDIT."""
    k = place("counter_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=900, high=68000, p_round=0.6)
    name, area, kind = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 and kind != "upi":
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", area)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%b%y", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        shape = rng.randrange(3)
        if shape == 0:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        elif shape == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("TXN DATE:", f"{d} {t[:5]}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair(rng.choice(["TID:", "TERMINAL ID:"]), digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "UPI SALE" if kind == "upi" else rng.choice(["SALE", "CARD SALE"]))
    if kind in ("rent", "upi"):
        p.pair("LOT NO:", f"{rng.randrange(1, 9)}/{rng.randrange(10, 999)}")
        p.pair("BAGS:", str(rng.randrange(40, 900)))
        if kind == "rent":
            p.pair("GATE PASS NO:", str(rng.randrange(1000, 9999)))
    elif kind == "fuel":
        rate = round(rng.uniform(87.2, 94.8), 2)
        vol = round(max(j.amount, 2000) / rate, 2)
        j.amount = round(vol * rate, 2)
        p.pair("PRODUCT:", "HSD")
        p.pair("VOLUME(L):", f"{vol:.2f}")
        p.pair("RATE(RS/L):", f"{rate:.2f}")
        if rng.random() < 0.5:
            p.pair(
                "VEHICLE NO:", f"{'UP80' if 'AGRA' in area else 'MH15'}{code(rng, 2, UPPER)}{digits(rng, 4)}"
            )
        else:
            p.pair("FOR:", rng.choice(["DG SET 500 KVA", "FORKLIFT FL-3"]))
    else:
        p.pair("ITEM:", GOODS[k].format(n=rng.randrange(4, 400)))
    if kind == "upi":
        p.pair("MODE:", "UPI - DYNAMIC QR", method="UPI")
        p.pair("PAYER VPA:", f"{rng.choice(['holkar.onion', 'vinchuragro', 'sjadhav'])}{digits(rng, 2)}@ybl")
    else:
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "RUPAY DEBIT", "VISA CREDIT"]))
        p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP", "SWIPE"]))
    if not j.no_ref:
        if status == "success" and kind != "upi":
            appr = digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
        if kind == "upi":
            p.pair("UPI REF NO:", j.ref, txn=(UTR_RANK, j.ref))
        elif status != "failed" or rng.random() < 0.5:
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:", "BASE AMT:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "SALE SUCCESSFUL"]), status="success")
        if kind != "upi":
            p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", "RESP CODE: 51 INSUFFICIENT FUNDS")
    else:
        p.add("center", "UPI TXN PENDING", status="pending")
        p.add("small", "DO NOT ISSUE GATE PASS TILL CREDIT")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** MERCHANT COPY **", "THANK YOU - VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 6. ammonia refrigeration contractors and gas


AMMONIA_FIRMS = [
    (
        "Frostline Refrigeration Engineers",
        "Ammonia refrigeration - erection, service, AMC",
        "Transport Nagar, Agra - 282007",
        "09",
        False,
    ),
    (
        "Kirti Ammonia Gas Suppliers",
        "Anhydrous liquid ammonia - cylinders & tonners",
        "Industrial Area, Firozabad - 283203",
        "09",
        True,
    ),
    (
        "Coolwell Industrial Refrigeration Pvt Ltd",
        "Compressors | condensers | ammonia plant AMC",
        "Satpur MIDC, Nashik - 422007",
        "27",
        False,
    ),
    (
        "Shivam Compressor Rebuilders",
        "Reciprocating and screw compressor overhauls",
        "Bhosari MIDC, Pune - 411026",
        "27",
        False,
    ),
]
AMMONIA_WORK = [
    ("Compressor overhaul - KC-4 (6 cyl)", 38000, 96000),
    ("Evaporative condenser descaling", 14000, 36000),
    ("Ammonia leak detection & valve replacement", 6500, 18500),
    ("Oil change & filter replacement (3 compressors)", 4800, 11500),
    ("AMC - quarterly visit", 22000, 48000),
    ("Night breakdown call - chamber 3", 4500, 9500),
    ("Ammonia sensor calibration (6 nos)", 5400, 9600),
    ("Auto purger servicing", 7200, 15800),
]
AMMONIA_FRAMES = ["paper", "paper", "mail", "paper", "paper", "mail", "paper", "paper"]
AMMONIA_WAYS = ["NEFT", "RTGS", "NEFT", "cheque", "UPI", "IMPS", "cheque", "NEFT"]


def ammonia_service(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's ammonia refrigeration: service contractors' SERVICE INVOICE / TAX INVOICE - SERVICE / AMC BILL
    CUM RECEIPT and the gas supplier's TAX INVOICE / INVOICE CUM RECEIPT (paper, monospace or serif: the firm on
    top, its line, address, GSTIN; Invoice No. / Bill No. / Inv. No., Date / Invoice date / Bill date, Customer /
    Buyer / Site / To M/s the store or its company, Job card No. / Cylinder Nos., the work or the gas (Anhydrous
    ammonia 99.9% n kg x rate, Cylinder rent), Sub total / Taxable value, CGST and SGST or IGST @ 18%, Round off,
    Total / Invoice total, Less: TDS u/s 194C @ 2% (services only), Net received / Amount received / Received (net
    of TDS) / Cheque received / Cheque amount, Mode and its UTR / UPI Ref No. / IMPS Ref No. or Cheque No. and Bank,
    Return reason; PAID / RECEIVED / PAYMENT RECEIVED - THANK YOU / CHEQUE RECEIVED - SUBJECT TO REALISATION /
    CHEQUE DISHONOURED - AMOUNT OUTSTANDING; the sum in words, the firm's stamp on some) and two contractors'
    e-mails acknowledging payment (Payment acknowledgement, Received from M/s the store, Against invoice, Invoice
    value, Less: TDS, Amount received, Mode, UTR / IMPS Ref No., Receipt No., Received on, Status: Received /
    Payment received with thanks)."""
    k = place("ammonia_service")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    firm, line, addr, state, gas = rng.choice(AMMONIA_FIRMS)
    name = firm.upper() if rng.random() < 0.3 else firm
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "INR", ""))
    inter = state != UNITS[j.unit][3]
    lines: list[tuple[str, float]] = []
    if gas:
        kg = rng.randrange(3, 24) * 50
        rate = round(rng.uniform(68, 84), 2)
        lines.append((f"Anhydrous ammonia 99.9% {kg} kg x {rate:.2f}", round(kg * rate, 2)))
        if rng.random() < 0.5:
            lines.append((f"Cylinder rent ({rng.randrange(2, 9)} cyl)", float(rng.randrange(6, 30) * 100)))
    else:
        for work, lo, hi in rng.sample(AMMONIA_WORK, rng.randrange(1, 4)):
            lines.append((work, float(round(rng.uniform(lo, hi), -1))))
    sub = round(sum(v for _, v in lines), 2)
    inv = doc_no(rng, "".join(w[0] for w in firm.split()[:3]).upper() + rng.choice(["", "/SI"]), j)
    frame = AMMONIA_FRAMES[k]
    if frame == "mail":
        tax = round(sub * 0.18, 2)
        total = float(round(sub + tax))
        tds = 0.0 if gas else round(sub * 0.02)
        j.amount = round(total - tds, 2)
        way = rail_for(j, AMMONIA_WAYS[k])
        p = mail_page(
            rng,
            font,
            f"{firm.split()[0]} Accounts <accounts@{firm.split()[0].lower()}ref.in>",
            ["Payment received - thank you", "Payment acknowledgement"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
        ours_to(p, ["Received from", "Customer"], j.unit)
        p.pair("Against invoice", inv)
        p.pair("Invoice value", rs(total))
        if tds:
            p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        p.pair("Amount received", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=method_of(way))
        if not j.no_ref:
            ref = rail_ref(rng, j, way)
            p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
            rct = doc_no(rng, "RCT", j)
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        p.pair("Status", rng.choice(["Received", "Payment received with thanks"]), status="success")
        date_row(p, j, ["Received on", "Payment date"])
        p.part = "foot"
        p.add("small", f"Regards, Accounts - {firm}")
        return p.done()
    p = paper_page(rng, font, [700, 740, 780])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE", "INVOICE CUM RECEIPT"]
        if gas
        else ["SERVICE INVOICE", "TAX INVOICE - SERVICE", "AMC BILL CUM RECEIPT"],
    )
    if not j.no_ref:
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Invoice date", "Bill date"])
    ours_to(p, ["Customer", "Buyer", "Site", "To"], j.unit)
    if gas:
        p.pair("Cylinder Nos.", ", ".join(f"KA{digits(rng, 4)}" for _ in range(rng.randrange(1, 4))))
    else:
        p.pair("Job card No.", f"JC{digits(rng, 5)}")
    for lab, v in lines:
        if fits(p, "pair", f"{lab} {rs(v)}    "):
            p.pair(lab, rs(v))
        else:
            p.add("left", lab)
            right(p, rs(v))
    p.pair(rng.choice(["Sub total", "Taxable value"]), rs(sub))
    total = gst_lines(p, rs, sub, 18, inter)
    p.pair(rng.choice(["Total", "Invoice total"]), rs(total))
    tds = 0.0
    if not gas:
        tds = float(round(sub * 0.02))
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    way = upi_cap(j, rail_for(j, AMMONIA_WAYS[k]))
    p.add("rule")
    if way == "cheque":
        p.pair(
            "Cheque received" if status == "pending" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
        if status == "failed":
            p.pair("Return reason", rng.choice(["Drawer's signature differs", "Funds insufficient"]))
        word = {
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
            "failed": "CHEQUE DISHONOURED - AMOUNT OUTSTANDING",
        }.get(status, "PAID")
    else:
        label = (
            ["Net received", "Amount received", "Received (net of TDS)"]
            if tds
            else ["Amount received", "Received"]
        )
        p.pair(rng.choice(label), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=method_of(way))
        if not j.no_ref:
            ref = rail_ref(rng, j, way)
            p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
        word = rng.choice(["PAID", "RECEIVED", "PAYMENT RECEIVED - THANK YOU"])
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees {words_in_rupees(j.amount).removeprefix('Rupees ')}")
    right(p, f"For {name}" if fits(p, "right", f"For {name}") else "Authorised signatory")
    if rng.random() < 0.5:
        seal(p, " ".join(firm.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. forklift leases


LESSORS = [
    (
        "Liftwell Equipment Rentals Pvt Ltd",
        "Forklift and reach truck rentals | AMC",
        "Sikandra Industrial Area, Agra - 282007",
        "09",
        "liftwell",
    ),
    (
        "Stackmax Material Handling LLP",
        "Electric forklifts on lease - pan Maharashtra",
        "Ambad MIDC, Nashik - 422010",
        "27",
        "stackmax",
    ),
    (
        "Godavari Forklifts & Cranes",
        "Diesel and electric forklifts on hire",
        "Satpur MIDC, Nashik - 422007",
        "27",
        "godavarilift",
    ),
    (
        "Yamuna Lift Leasing Co",
        "Forklifts, pallet trucks and stackers",
        "Kuberpur, Agra - 283202",
        "09",
        "yamunalift",
    ),
]
MACHINES = [
    "2.5 T electric forklift (cold store spec)",
    "3 T diesel forklift",
    "1.6 T reach truck",
    "2 T electric pallet stacker",
]
FORK_FRAMES = ["paper", "nach_mail", "portal", "paper", "nach_mail", "portal", "paper", "portal"]


def forklift_leases(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The forklifts and stackers the store leases: three lessors' LEASE RENTAL INVOICE CUM RECEIPT / RENTAL INVOICE
    - PAID / HIRE CHARGES BILL (paper: the lessor on top, its line, address, GSTIN; Invoice No. / Bill No., Date /
    Invoice date, Lessee / Customer / Bill to M/s the store or its company, Agreement No., Equipment, Sr. No.,
    Rental for <month>, Monthly rental n units x rate, Extra hours, CGST and SGST or IGST @ 18%, Invoice total,
    Less: TDS u/s 194-I @ 2%, Amount received / Net received / Received (net of TDS), Mode and its UTR / UPI Ref No.
    or Cheque No.; PAID / RECEIVED; the lessor's stamp on some), two lessors' NACH collection e-mails (NACH debit -
    rental collection, Lessee, Agreement No., UMRN, Rental for, Monthly rental, GST @ 18%, Amount collected / NACH
    amount / Debit amount, Debit bank, Mode NACH (e-mandate), NACH Txn Ref / Bank reference, Debit date / Presented
    on / Returned on; Status: Collected / Rental collected successfully / NACH presented - awaiting bank
    confirmation / NACH returned - insufficient funds with the bounce charges) and three lessors' customer portal
    receipts (Customer portal - payment receipt, Customer, Agreement No., Paid against, Amount paid, Payment mode
    UPI / Net banking / Debit card, Transaction ID, UPI Ref No. / Bank Ref No. / Auth code, Receipt No., Paid on /
    Payment date)."""
    k = place("forklift_leases")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    lessor, line, addr, state, slug = rng.choice(LESSORS)
    name = lessor.upper() if rng.random() < 0.25 else lessor
    rs = money(rng, font, 0.4, marks=("Rs.", "INR", "\u20b9", ""))
    units = rng.randrange(1, 5)
    rate = float(rng.choice([38000, 42500, 46000, 52000, 58500, 64000]))
    machine = rng.choice(MACHINES)
    agreement = f"{slug[:3].upper()}/LA/{rng.randrange(100, 999)}"
    rental = units * rate
    frame = FORK_FRAMES[k]
    if frame == "nach_mail":
        p = mail_page(
            rng,
            font,
            f"{lessor.split()[0]} Collections <collections@{slug}.in>",
            ["NACH debit - monthly rental", "Your lease rental collection", "Rental collection status"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("center", "NACH debit - rental collection")
        p.add("rule")
        p.part = "body"
        p.add("small", "We have presented your monthly lease rental for collection through NACH.")
        ours_to(p, ["Lessee", "Customer"], j.unit)
        p.pair("Agreement No.", agreement)
        p.pair("UMRN", f"{rng.choice(['HDFC', 'ICIC', 'UTIB'])}7{digits(rng, 15)}")
        p.pair("Rental for", j.month(0))
        p.pair("Monthly rental", rs(rental))
        gst = round(rental * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(rental + gst, 2)
        p.pair(rng.choice(["Amount collected", "NACH amount", "Debit amount"]), rs(j.amount), amount=j.amount)
        p.pair("Debit bank", f"{rng.choice(BANKS)} A/c XXXX{digits(rng, 4)}")
        p.pair("Mode", "NACH (e-mandate)", method="netbanking")
        if not j.no_ref:
            ref = f"NACH{j.date:%y%m%d}{digits(rng, 8)}"
            p.pair(rng.choice(["NACH Txn Ref", "Bank reference"]), ref, txn=(BANK_RANK, ref))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Collected", "Rental collected successfully"],
                "pending": ["NACH presented - awaiting bank confirmation"],
                "failed": ["NACH returned - insufficient funds"],
            },
        )
        if status == "failed":
            p.add("small", "Bounce charges of Rs 590 (incl. GST) will be added to your next invoice.")
        date_row(
            p,
            j,
            {
                "success": ["Debit date", "Collected on"],
                "pending": ["Presented on"],
                "failed": ["Returned on"],
            }[status],
        )
        p.part = "foot"
        p.add("small", f"Team Collections, {lessor}")
        return p.done()
    if frame == "portal":
        p = browser_page(rng, font, f"my.{slug}.in/customer/payments/{digits(rng, 7)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Customer portal - payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Processing"],
            },
        )
        ours_to(p, ["Customer", "Lessee"], j.unit)
        p.pair("Agreement No.", agreement)
        p.pair("Paid against", doc_no(rng, "RI", j))
        gst = round(rental * 0.18, 2)
        tds = round(rental * 0.02, 2)
        j.amount = round(rental + gst - tds, 2) if rng.random() < 0.5 else round(rental + gst, 2)
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "netbanking", "card"]) if not j.no_day else "UPI"
        way = upi_cap(j, way, "netbanking")
        p.pair(
            "Payment mode",
            {"UPI": "UPI", "netbanking": "Net banking", "card": f"Debit card {masked(rng, font)}"}[way],
            method=way,
        )
        if not j.no_ref:
            tid = f"{slug[:2].upper()}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            rct = doc_no(rng, "RCP", j)
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        return p.done()
    p = paper_page(rng, font, [700, 740])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["LEASE RENTAL INVOICE CUM RECEIPT", "RENTAL INVOICE - PAID", "HIRE CHARGES BILL"],
    )
    if not j.no_ref:
        inv = doc_no(rng, "RI", j)
        p.pair(rng.choice(["Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Invoice date"])
    ours_to(p, ["Lessee", "Customer", "Bill to"], j.unit)
    p.pair("Agreement No.", agreement)
    wrap_pair(p, "Equipment", machine)
    p.pair("Sr. No.", f"{code(rng, 3, UPPER)}{digits(rng, 7)}")
    p.pair("Rental for", j.month(1))
    p.pair(f"Monthly rental {units} x {rate:,.0f}", rs(rental))
    extra = 0.0
    if rng.random() < 0.5:
        hours = rng.randrange(10, 60)
        extra = float(hours * rng.choice([350, 400, 450]))
        p.pair(f"Extra hours {hours}", rs(extra))
    taxable = rental + extra
    total = gst_lines(p, rs, taxable, 18, state != UNITS[j.unit][3])
    p.pair("Invoice total", rs(total))
    tds = round(taxable * 0.02, 2)
    p.pair("Less: TDS u/s 194-I @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    way = upi_cap(j, rail_for(j, rng.choice(["NEFT", "RTGS", "cheque", "UPI"])))
    p.pair(
        rng.choice(["Amount received", "Net received", "Received (net of TDS)"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", "Cheque" if way == "cheque" else way, method=method_of(way))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
    elif not j.no_ref:
        ref = rail_ref(rng, j, way)
        p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
    word = rng.choice(["PAID", "RECEIVED"])
    p.add("center", word, status="success")
    p.part = "foot"
    right(p, "Authorised signatory")
    if rng.random() < 0.5:
        seal(p, " ".join(lessor.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word)
    return p.done()


# ---------------------------------------------------------------- 8. electricity


POWER = [
    ("bbps", "Dakshinanchal Vidyut Vitran Nigam Ltd", 0),
    ("board", "DVVNL", 0),
    ("bbps", "MSEDCL", 1),
    ("board", "Maharashtra State Electricity Distribution Co. Ltd", 1),
    ("bbps", "DVVNL", 0),
    ("board", "MSEDCL", 1),
    ("bbps", "Maharashtra State Electricity Distribution Co. Ltd", 1),
    ("sms", "MSEDCL", 1),
]
BIZ_APPS = ["SBI yono BUSINESS", "bob World Business", "HDFC Bank SmartHub", "ICICI InstaBIZ", "Kotak FYN"]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The two stores' HT electricity (the compressors run day and night): four Bharat Connect pages in business
    banking apps (SBI yono BUSINESS, bob World Business, HDFC Bank SmartHub, ICICI InstaBIZ, Kotak FYN: Bharat
    Connect - Electricity, Bill payment successful / Payment successful / Bill payment in process / Payment declined
    by bank, the sum large, Biller / Electricity board / Biller name the board (short or long as printed), Consumer
    No. / Account No., Consumer name the company, Bill date, Due date, Bill amount, Paid from Current A/c, B-Connect
    Txn ID / Bharat Connect Ref. No., Transaction ID, Paid on / Date & time / Initiated on), three of the boards'
    own receipt pages (DVVNL, Maharashtra State Electricity Distribution Co. Ltd, MSEDCL in a browser: the board on
    top, Online bill payment - receipt / Quick pay - payment acknowledgement, Consumer No. / Account No., BU,
    Consumer name, Tariff, Bill month, Bill amount, Less: Prompt payment discount, Amount paid, Mode Net banking /
    UPI, Receipt No., Transaction ID / Txn ID, Bank Ref No. / UPI Ref No., Date of payment / Payment date /
    Attempted on; Payment successful / Transaction successful / Payment failed - amount if debited will be refunded)
    and MSEDCL's SMS acknowledging the payment (sender VM-MSEDCL: Payment of Rs. X received against Consumer No ...
    on <day> through Net Banking, Receipt No / Txn ID, "- MSEDCL")."""
    k = place("power_bills")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=68000, high=890000, p_round=0.3)
    kind, board, unit = POWER[k]
    j.unit = unit
    rs = money(rng, font, 0.3)
    consumer = digits(rng, 12) if unit == 1 else digits(rng, 10)
    if kind == "sms":
        p = phone_page(rng, font, k, ["VM-MSEDCL"])
        p.part = "body"
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%A, {d} %b"])), date=j.date)
        p.add("left", "Dear Consumer,")
        p.add("left", f"Payment of Rs.{j.amount:,.2f} received", amount=j.amount)
        p.add("left", f"against Consumer No {consumer} on {j.day(rng, ['%d-%m-%Y', '%d/%m/%y'])}")
        p.add("left", "through Net Banking.", method="netbanking")
        if not j.no_ref:
            rct = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
            p.add("left", f"Receipt No {rct}.", txn=(INVOICE_RANK, rct))
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.add("left", f"Txn ID {tid}.", txn=(TXN_RANK, tid))
        p.add("left", "Thank you for the payment.", status="success")
        p.add("left", f"- {board}", merchant=board)
        return p.done()
    bill_amt = j.amount
    if kind == "bbps":
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect"])
        p.part = "head"
        p.add("title", rng.choice(BIZ_APPS))
        p.add("small", "Bharat Connect - Electricity")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill payment successful", "Payment successful"],
                "pending": ["Bill payment in process"],
                "failed": ["Payment declined by bank"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        if not fits(p, "left", board):
            board = "MSEDCL" if unit == 1 else "DVVNL"
        wrap_pair(p, rng.choice(["Biller", "Electricity board", "Biller name"]), board, merchant=board)
        p.pair(rng.choice(["Consumer No.", "Account No."]), consumer)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "SHEETAL AGRO COLD CHAIN P LTD"]))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -25, -5))
            p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Bill amount", rs(bill_amt))
        p.pair("Paid from", f"Current A/c XXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref))
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(
            p,
            j,
            ["Paid on", "Date & time"] if status == "success" else ["Initiated on"],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    site = "www.uppclonline.com/dispatch/Portal/appmanager" if unit == 0 else "wss.mahadiscom.in/wss/wss"
    p = browser_page(rng, font, f"{site}?receipt={digits(rng, 9)}")
    p.part = "head"
    top(p, board, merchant=board)
    p.add("small", rng.choice(["Online bill payment - receipt", "Quick pay - payment acknowledgement"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful"],
            "failed": ["Payment failed - amount if debited will be refunded"],
        },
    )
    p.pair(rng.choice(["Consumer No.", "Account No."]), consumer)
    if unit == 1:
        p.pair("BU", str(rng.randrange(4000, 4999)))
    wrap_pair(p, "Consumer name", COMPANY_CAPS)
    p.pair("Tariff", "HV-2 Industrial" if unit == 0 else "HT I (A) - Industry")
    if not j.no_day:
        p.pair("Bill month", j.month(1))
    if rng.random() < 0.5 and status == "success":
        bill_amt = round(j.amount / 0.99, 2)
        p.pair("Bill amount", rs(bill_amt))
        p.pair("Less: Prompt payment discount", rs(round(bill_amt - j.amount, 2)))
    else:
        p.pair("Bill amount", rs(bill_amt))
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = upi_cap(j, rng.choice(["netbanking", "netbanking", "UPI"]), "netbanking")
    p.pair(
        "Mode",
        {"netbanking": "Net banking", "UPI": "UPI", "card": "Debit card"}[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success":
            rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        tid = f"{'UP' if unit == 0 else 'MS'}{digits(rng, 13)}"
        p.pair(rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    date_row(
        p, j, ["Date of payment", "Payment date"] if status == "success" else ["Attempted on"], hour=True
    )
    return p.done()


# ---------------------------------------------------------------- 9. hamali contractors, wages and bulk payouts


CONTRACTORS = [
    (
        "Ramesh Chand Hamali Contractor",
        "Loading, unloading & grading labour",
        "Etmadpur, Agra - 283202",
        "09",
        0,
    ),
    (
        "Shri Ganesh Mathadi Kamgar Services",
        "Mathadi & hamal labour supply",
        "Lasalgaon, Nashik - 422306",
        "27",
        1,
    ),
    (
        "Bhure Lal & Sons Labour Suppliers",
        "Cold store labour - sorting, stacking",
        "Tundla, Firozabad - 283204",
        "09",
        0,
    ),
    ("Sai Hamal Mandal", "Loading & unloading contractors", "Niphad, Nashik - 422303", "27", 1),
]
LABOUR = [
    ("Unloading (inward)", 3.5, 5.5),
    ("Loading (outward)", 4.0, 6.0),
    ("Sorting & grading", 2.5, 4.0),
    ("Stacking in chamber", 1.5, 2.5),
    ("Palletising", 2.0, 3.0),
]
STAFF = [
    ("Pappu Kushwaha", "Chamber operator"),
    ("Shyam Sundar Sharma", "Ammonia plant operator"),
    ("Rajendra Singh", "Security guard"),
    ("Vitthal Pawar", "Forklift driver"),
    ("Santosh Gaikwad", "Electrician"),
    ("Mahesh Jadhav", "Store keeper"),
]
HAMALI_FRAMES = ["bill", "voucher", "voucher", "bulk", "bill", "bulk", "voucher", "bill"]


def hamali_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hands that load, sort and run the store: three hamali (head-load) contractors' HAMALI BILL CUM RECEIPT /
    LABOUR BILL / MATHADI LABOUR BILL (paper: the contractor on top, its line and address; Bill No., Date, To M/s
    the store, Period, Unloading (inward) n bags x rate, Loading (outward), Sorting & grading, Stacking in chamber,
    Palletising, Total, Less: TDS u/s 194C @ 1%, Net received / Amount received, Mode NEFT / IMPS / Cash and its
    reference; RECEIVED / RECEIVED WITH THANKS; Contractor's signature), three of the company's WAGES VOUCHER /
    PAYMENT VOUCHER - WAGES / SALARY CUM WAGE VOUCHER (the company on top with the unit: Voucher No., Date, Paid to
    / Name of employee, Designation, Days present n x rate, Night shift allowance, Gross wages, Less: EPF 12% / ESI
    0.75% / Advance, Net wages paid / Net amount paid, Mode Cash / UPI / IMPS with its reference; PAID / IMPS IN
    PROCESS; Signature of employee) and two corporate banking bulk payout pages (SBI yono BUSINESS, HDFC Bank ENet,
    ICICI Bank CIB, Kotak FYN: Bulk payment - beneficiary status, File, Debit account name the company, Beneficiary
    name, Account, Amount, Mode IMPS / NEFT, IMPS Ref No. / RRN / UTR, Reference No. / Record ref., Status: Success
    / Processed / Failed - beneficiary name mismatch, Value date / Processed on)."""
    k = place("hamali_wages")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=6000, high=26000)
    frame = HAMALI_FRAMES[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "Rs", "\u20b9", ""))
    if frame == "bulk":
        worker, _ = rng.choice(STAFF)
        p = browser_page(
            rng, font, f"corp.{rng.choice(['onlinesbi.sbi', 'hdfcbank.com', 'icicibank.com'])}/bulk/status"
        )
        p.part = "head"
        p.add("title", rng.choice(["SBI yono BUSINESS", "HDFC Bank ENet", "ICICI Bank CIB", "Kotak FYN"]))
        p.add("small", rng.choice(["Bulk payment - beneficiary status", "Salary upload - record status"]))
        p.add("rule")
        p.part = "body"
        tag = "" if j.no_day else f"_{j.month(0).replace(' ', '_').upper()}"
        p.pair("File", f"WAGES{tag}_B{rng.randrange(1, 40)}.csv")
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        name = worker.upper() if rng.random() < 0.5 else worker
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        p.pair("Account", masked_ac(rng))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = by_bank(j, rng.choice(["IMPS", "NEFT"]))
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            if status == "success":
                ref = rail_ref(rng, j, way)
                p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair(rng.choice(["Reference No.", "Record ref."]), own, txn=(BANK_RANK, own))
        outcome_row(
            p,
            status,
            {"success": ["Status: Success", "Processed"], "failed": ["Failed - beneficiary name mismatch"]},
        )
        date_row(p, j, ["Value date", "Processed on"], hour=True)
        return p.done()
    if frame == "bill":
        firm, line, addr, state, unit = rng.choice(CONTRACTORS)
        j.unit = unit
        name = firm.upper() if rng.random() < 0.3 else firm
        p = paper_page(rng, font, [660, 700, 740])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"{addr}  |  Mob. {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", rng.choice(["HAMALI BILL CUM RECEIPT", "LABOUR BILL", "MATHADI LABOUR BILL"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            bill = doc_no(rng, "HB", j)
            p.pair("Bill No.", bill, txn=(INVOICE_RANK, bill))
        date_row(p, j, ["Date", "Bill date"])
        ours_to(p, ["To", "Party"], j.unit)
        if not j.no_day:
            pat = rng.choice(["%d/%m/%Y", "%d.%m.%Y", "{d} %b", "%d-%m-%y"])
            start, end = (
                j.date - dt.timedelta(days=rng.randrange(9, 16)),
                j.date - dt.timedelta(days=rng.randrange(1, 8)),
            )
            p.pair("Period", f"{when(start, pat)} to {when(end, pat)}")
        total = 0.0
        for lab, lo, hi in rng.sample(LABOUR, rng.randrange(2, 4)):
            n = rng.randrange(300, 6000)
            rate = round(rng.uniform(lo, hi) * 2) / 2
            v = round(n * rate, 2)
            total += v
            p.pair(f"{lab} {n:,} x {rate:g}", rs(v))
        total = round(total, 2)
        p.pair("Total", rs(total))
        tds = float(round(total * 0.01))
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
        j.amount = round(total - tds, 2)
        p.pair(rng.choice(["Net received", "Amount received"]), rs(j.amount), amount=j.amount)
        way = by_bank(j, rng.choice(["NEFT", "IMPS", "cash"]))
        p.pair("Mode", "Cash" if way == "cash" else way, method=method_of(way))
        if not j.no_ref and way != "cash":
            ref = rail_ref(rng, j, way)
            p.pair(rail_label(rng, way), ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["RECEIVED", "RECEIVED WITH THANKS"]), status="success")
        p.part = "foot"
        p.add("small", f"({words_in_rupees(j.amount)})")
        right(p, "Contractor's signature")
        return p.done()
    worker, role = rng.choice(STAFF)
    p = paper_page(rng, font, [560, 620, 680])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"Unit: {UNITS[j.unit][1]}",
        UNITS[j.unit][2],
        UNITS[j.unit][3],
        ["WAGES VOUCHER", "PAYMENT VOUCHER - WAGES", "SALARY CUM WAGE VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = doc_no(rng, "WV", j)
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on"])
    wrap_pair(p, rng.choice(["Paid to", "Name of employee"]), worker, merchant=worker)
    p.pair("Designation", role)
    days, rate = rng.randrange(20, 31), float(rng.choice([480, 520, 560, 610, 680]))
    gross = days * rate
    night = float(rng.choice([0, 0, 600, 1200]))
    p.pair(f"Days present {days} x {rate:.0f}", rs(gross))
    if night:
        p.pair("Night shift allowance", rs(night))
    p.pair("Gross wages", rs(gross + night))
    epf = float(round(min(gross, 15000) * 0.12))
    esi = float(round((gross + night) * 0.0075))
    adv = float(rng.choice([0, 500, 1000, 2000]))
    p.pair("Less: EPF 12%", rs(epf))
    p.pair("Less: ESI 0.75%", rs(esi))
    if adv:
        p.pair("Less: Advance", rs(adv))
    j.amount = round(gross + night - epf - esi - adv, 2)
    p.pair(rng.choice(["Net wages paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["cash", "UPI"]) if status == "success" else "IMPS"
    p.pair("Mode", {"cash": "Cash", "UPI": "UPI", "IMPS": "IMPS"}[way], method=method_of(way))
    if way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", {"success": "PAID", "pending": "IMPS IN PROCESS"}[status], status=status)
    p.part = "foot"
    right(p, "Signature of employee")
    return p.done()


# ---------------------------------------------------------------- 10. licences and local taxes


def licence_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The licences and local taxes a cold store pays, each page with the authority on top and its line under it
    (Payment successful / Success / Payment received, Licensee / Applicant / Industry name / Establishment the store
    or its company, the heads, Total amount / Total / Amount paid, Payment mode / Paid via Net banking - <bank> or
    UPI, Transaction ID, Bank Ref No. / UPI Ref No., Payment date / Paid on / Date of payment): FSSAI's licence
    renewal on FoSCoS (Food Safety and Standards Authority of India or FSSAI, FoSCoS - licence renewal - payment
    receipt: Licence No., Kind of business, Renewal for, Licence fee, Late fee), the U.P. horticulture directorate's
    cold storage licence renewal (Cold storage licence No., District, Capacity, Licence fee, Paid through e-GRAS -
    net banking, GRN, Bank CIN, Date of payment), the Maharashtra Pollution Control Board's consent fee (Consent
    type, Application ID, Consent fee, SBIePay Ref ID), the Legal Metrology Organisation's weighbridge verification
    fee (Instrument, Application No., Verification fee; Payment pending - awaiting bank confirmation, Initiated on),
    the Uttar Pradesh Fire and Emergency Services' e-mailed NOC renewal fee receipt (NOC application No., Premises,
    Fee, UPI), the Directorate of Industrial Safety and Health's factory licence renewal (Factory licence No.,
    Workers, Licence renewal fee), the U.P. Labour Department's contract labour registration fee (Principal
    employer, Contract labour, Registration fee; Transaction failed - declined by bank, Attempted on) and NAGAR
    PANCHAYAT ETMADPUR's printed PROPERTY TAX RECEIPT / HOUSE TAX & WATER TAX RECEIPT (Date / Receipt date, Owner /
    Occupier / Assessee, Property ID / Holding No., Financial year, House tax, Water tax, Total, Amount received /
    Received, Mode Cash or Cheque No.; RECEIVED / PAID; Tax collector / Executive officer)."""
    k = place("licence_fees")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2000, high=60000, p_round=0.9)
    j.unit = [1, 0, 1, 1, 0, 0, 1, 0][k]
    rs = money(rng, font, 0.5, marks=("Rs.", "INR", "\u20b9", "Rs"))
    licensee = rng.choice([COMPANY, COMPANY_CAPS, UNITS[j.unit][1]])
    if k == 4:
        p = paper_page(rng, font, [620, 680])
        p.part = "head"
        top(p, "NAGAR PANCHAYAT ETMADPUR", merchant="NAGAR PANCHAYAT ETMADPUR")
        p.add("small", "District Agra, Uttar Pradesh")
        p.add("center", rng.choice(["PROPERTY TAX RECEIPT", "HOUSE TAX & WATER TAX RECEIPT"]))
        p.add("rule")
        p.part = "body"
        date_row(p, j, ["Date", "Receipt date"])
        wrap_pair(p, rng.choice(["Owner / Occupier", "Assessee"]), licensee)
        p.pair(
            rng.choice(["Property ID", "Holding No."]),
            f"ETM/W{rng.randrange(1, 15)}/{rng.randrange(100, 999)}",
        )
        p.pair("Financial year", f"20{fy(j.date)}")
        house = float(rng.randrange(60, 240) * 100)
        water = float(rng.randrange(10, 40) * 100)
        p.pair("House tax", rs(house))
        p.pair("Water tax", rs(water))
        j.amount = house + water
        p.pair("Total", rs(j.amount))
        p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["cash", "cheque"])
        p.pair("Mode", "Cash" if way == "cash" else f"Cheque No. {digits(rng, 6)}", method=way)
        p.add("center", rng.choice(["RECEIVED", "PAID"]), status="success")
        p.part = "foot"
        right(p, "Tax collector / Executive officer")
        return p.done()
    # payee on top, its line, the site, the purpose
    heads = {
        0: (
            rng.choice(["Food Safety and Standards Authority of India", "FSSAI"]),
            "FoSCoS - licence renewal - payment receipt",
            "foscos.fssai.gov.in/payment/receipt",
        ),
        1: (
            "Directorate of Horticulture & Food Processing, U.P.",
            "Cold storage licence - renewal fee",
            "uphorticulture.gov.in/coldstorage/payment",
        ),
        2: (
            "Maharashtra Pollution Control Board",
            "Consent management - fee payment receipt",
            "ecmpcb.in/consent/payment",
        ),
        3: (
            "Legal Metrology Organisation, Maharashtra",
            "Verification fee - weighing instruments",
            "lmo.maharashtra.gov.in/pay",
        ),
        5: (
            "Uttar Pradesh Fire and Emergency Services",
            "Fire NOC - renewal fee receipt",
            "",
        ),
        6: (
            "Directorate of Industrial Safety and Health",
            "Factory licence renewal - online payment",
            "mahadish.gov.in/payment",
        ),
        7: (
            "Labour Department, Uttar Pradesh",
            "Contract labour (R&A) Act - registration fee",
            "uplabour.gov.in/clra/payment",
        ),
    }
    payee, line, site = heads[k]
    if k == 5:
        p = mail_page(
            rng, font, "UP Fire Service <noreply@upfireservice.gov.in>", ["Fire NOC renewal - fee received"]
        )
    else:
        p = browser_page(rng, font, f"{site}/{digits(rng, 8)}")
    p.part = "head"
    top(p, payee, merchant=payee)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Success", "Payment received"],
            "pending": ["Payment pending - awaiting bank confirmation"],
            "failed": ["Transaction failed - declined by bank"],
        },
    )
    wrap_pair(p, rng.choice(["Licensee", "Applicant", "Industry name", "Establishment"]), licensee)
    heads_paid: list[tuple[str, float]] = []
    if k == 0:
        p.pair("Licence No.", f"1{digits(rng, 13)}")
        wrap_pair(p, "Kind of business", "Storage - cold / refrigerated")
        years = rng.choice([1, 2, 3, 5])
        p.pair("Renewal for", f"{years} year{'s' if years > 1 else ''}")
        heads_paid.append(("Licence fee", float(years * 5000)))
        if rng.random() < 0.4:
            heads_paid.append(("Late fee", float(rng.randrange(3, 30) * 100)))
    elif k == 1:
        p.pair("Cold storage licence No.", f"CS/AGR/{rng.randrange(100, 999)}")
        p.pair("District", "Agra")
        p.pair("Capacity", f"{rng.randrange(60, 140) * 100:,} MT")
        heads_paid.append(("Licence fee", float(rng.choice([10000, 15000, 20000]))))
    elif k == 2:
        wrap_pair(p, "Consent type", "Consent to Operate - renewal (Orange)")
        p.pair("Application ID", f"MPCB-CONSENT-{digits(rng, 7)}")
        heads_paid.append(("Consent fee", float(rng.randrange(25, 90) * 1000)))
    elif k == 3:
        wrap_pair(p, "Instrument", "Weighbridge 60 t (electronic)")
        p.pair("Application No.", f"LM{digits(rng, 8)}")
        heads_paid.append(("Verification fee", float(rng.choice([6000, 7500, 9000]))))
    elif k == 5:
        p.pair("NOC application No.", f"UPFS/{rng.randrange(10000, 99999)}")
        wrap_pair(p, "Premises", f"Cold storage, {UNITS[0][0]}, Agra")
        heads_paid.append(("Fee", float(rng.randrange(20, 80) * 500)))
    elif k == 6:
        p.pair("Factory licence No.", f"NSK/{rng.randrange(10000, 99999)}")
        p.pair("Workers", str(rng.randrange(20, 90)))
        heads_paid.append(("Licence renewal fee", float(rng.randrange(8, 40) * 1000)))
    else:
        p.pair("Principal employer", "Yes")
        p.pair("Contract labour", str(rng.randrange(40, 180)))
        heads_paid.append(("Registration fee", float(rng.choice([2000, 5000, 10000]))))
    for lab, v in heads_paid:
        p.pair(lab, rs(v))
    j.amount = round(sum(v for _, v in heads_paid), 2)
    p.pair(rng.choice(["Total amount", "Total", "Amount paid"]), rs(j.amount), amount=j.amount)
    if k == 1:
        p.pair("Paid through", "e-GRAS - net banking", method="netbanking")
        if not j.no_ref:
            grn = f"{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
            p.pair("Bank CIN", cin, txn=(TXN_RANK, cin))
        date_row(p, j, ["Date of payment"], hour=True)
        return p.done()
    way = {0: rng.choice(["netbanking", "UPI"]), 2: "netbanking", 3: "netbanking", 5: "UPI"}.get(
        k, "netbanking"
    )
    p.pair(
        rng.choice(["Payment mode", "Paid via"]),
        {"netbanking": f"Net banking - {rng.choice(BANKS)}", "UPI": "UPI"}[way],
        method=way,
    )
    if not j.no_ref:
        if k == 2:
            tid = f"{digits(rng, 10)}{code(rng, 2, UPPER)}"
            p.pair("SBIePay Ref ID", tid, txn=(TXN_RANK, tid))
        else:
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    labels = {
        "success": ["Payment date", "Paid on", "Date of payment"],
        "pending": ["Initiated on"],
        "failed": ["Attempted on"],
    }[status]
    date_row(p, j, labels, hour=True)
    if status == "pending":
        p.add("small", "The receipt will be issued once the bank confirms the payment.")
    return p.done()


# ---------------------------------------------------------------- 11. imported refrigeration spares by SWIFT


# supplier, city, currency, its bank, BIC, the goods
SUPPLIERS = [
    (
        "Polarwerk Kaeltetechnik GmbH",
        "Hamburg, Germany",
        "EUR",
        "Deutsche Bank AG, Hamburg",
        "DEUTDEHH",
        "Screw compressor rotor set",
    ),
    (
        "Frigotherm S.p.A.",
        "Bologna, Italy",
        "EUR",
        "UniCredit S.p.A., Milano",
        "UNCRITMM",
        "Ammonia evaporator coils",
    ),
    (
        "Coldcore Controls Inc",
        "Milwaukee, WI, USA",
        "USD",
        "JPMorgan Chase Bank NA",
        "CHASUS33",
        "Ammonia leak sensors and PLC panel",
    ),
    (
        "Hartwell Pumps Ltd",
        "Sheffield, United Kingdom",
        "GBP",
        "Barclays Bank PLC",
        "BARCGB22",
        "Ammonia recirculation pumps",
    ),
    (
        "Danvik Refrigeration A/S",
        "Aarhus, Denmark",
        "EUR",
        "Danske Bank A/S",
        "DABADKKK",
        "Plate heat exchanger",
    ),
    (
        "Everlift Forklift Parts Co Ltd",
        "Xiamen, China",
        "USD",
        "Bank of China, Xiamen",
        "BKCHCNBJ",
        "Forklift traction batteries",
    ),
]
FX_RATES = {"USD": (85.6, 88.9), "EUR": (93.4, 97.8), "GBP": (108.6, 113.6)}
IMPORT_FRAMES = [
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "browser"),
    ("State Bank of India", "paper"),
    ("", "supplier"),
    ("Axis Bank", "mail"),
    ("Kotak Mahindra Bank", "browser"),
    ("Bank of Baroda", "paper"),
    ("", "supplier"),
]


def equipment_imports(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Refrigeration spares and equipment bought abroad: six of the company's banks' outward remittance advices
    (HDFC Bank's and Axis Bank's e-mails, ICICI Bank's and Kotak's trade portals in a browser, SBI's and Bank of
    Baroda's printed advices: the bank on top and its trade desk, Outward Remittance - Debit Advice / Import payment
    - transaction status / Foreign outward remittance advice, Remitter / Applicant / Ordering customer the company,
    IEC, Beneficiary / Beneficiary name the supplier abroad, Beneficiary bank, SWIFT / BIC, IBAN / A/c No.,
    Remittance amount / Amount remitted / Foreign currency amount in EUR, USD or GBP, Exchange rate, INR equivalent,
    Bank charges (incl. GST), GST on currency conversion, Total debit (INR) / Amount debited (INR), Debited from,
    Purpose code S0102 / S0101, Against invoice / Proforma invoice, Bill of entry No. on some, Charges OUR / SHA,
    Mode SWIFT outward (MT103), Transaction reference / Our reference / Outward ref No., UETR on some, Value date /
    Remitted on / Debited on / Initiated on / Returned on; Status: Processed / Remitted / Funds remitted - MT103
    sent / Pending - awaiting Form A2 and invoice verification / Returned by correspondent bank - beneficiary IBAN
    invalid) and two suppliers' e-mails confirming the payment (the supplier on top, Accounts receivable, Payment
    confirmation, Customer the company, Customer No., Against invoice, Amount received, Bank charges deducted (SHA),
    Paid by Bank transfer (SWIFT), Bank reference, Receipt No., Status: Paid in full / Payment received, Received on
    / Value date)."""
    k = place("equipment_imports")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7)
    supplier, city, cur, sbank, bic, goods = rng.choice(SUPPLIERS)
    j.amount = (
        round(rng.uniform(3800, 86000), 2) if rng.random() < 0.6 else float(rng.randrange(40, 860) * 100)
    )
    show = fx(rng, font, cur)
    bank, frame = IMPORT_FRAMES[k]
    inv = (
        f"{code(rng, 2, UPPER)}-{rng.randrange(10000, 99999)}"
        if j.no_day
        else f"{code(rng, 2, UPPER)}-{j.date.year}-{rng.randrange(1000, 9999)}"
    )
    if frame == "supplier":
        short = supplier.split()[0]
        p = mail_page(
            rng,
            font,
            f"{short} Accounts <ar@{short.lower()}.com>",
            ["Payment received - thank you", "Payment confirmation", f"Remittance received - invoice {inv}"],
        )
        p.part = "head"
        top(p, supplier, merchant=supplier)
        p.add("small", f"Accounts receivable - {city}")
        p.add("center", rng.choice(["Payment confirmation", "Remittance received"]))
        p.add("rule")
        p.part = "body"
        p.add("small", "Dear Customer, we confirm receipt of your payment below. Thank you.")
        wrap_pair(p, "Customer", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Customer No.", f"C{digits(rng, 6)}")
        p.pair("Against invoice", inv)
        p.pair("Amount received", show(j.amount), amount=j.amount, cur=cur)
        if rng.random() < 0.5:
            p.pair("Bank charges deducted (SHA)", show(float(rng.choice([15, 20, 25, 35]))))
        p.pair("Paid by", "Bank transfer (SWIFT)", method="netbanking")
        if not j.no_ref:
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
            rct = f"RC-{rng.randrange(100000, 999999)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        p.pair("Status", rng.choice(["Paid in full", "Payment received"]), status="success")
        date_row(p, j, ["Received on", "Value date"], WEST_PATS)
        p.part = "foot"
        p.add("small", f"Kind regards, {supplier}")
        return p.done()
    rate = round(rng.uniform(*FX_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    if frame == "browser":
        p = browser_page(
            rng, font, f"trade.{bank.split()[0].lower()}bank.com/outward/status/{code(rng, 10, ALNUM)}"
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{bank.split()[0].lower()}bank.net>",
            ["Outward remittance - debit advice", "Import payment processed"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Trade Finance Centre, Agra", "Trade & forex services, Nashik", "Global Trade Services"]),
    )
    p.add(
        "center",
        rng.choice(
            [
                "Outward Remittance - Debit Advice",
                "Import payment - transaction status",
                "Foreign outward remittance advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Processed", "Remitted", "Funds remitted - MT103 sent"],
            "pending": ["Pending - awaiting Form A2 and invoice verification"],
            "failed": ["Returned by correspondent bank - beneficiary IBAN invalid"],
        },
    )
    wrap_pair(
        p, rng.choice(["Remitter", "Applicant", "Ordering customer"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    p.pair("IEC", code(rng, 10, ALNUM))
    payee = supplier.upper() if rng.random() < 0.3 else supplier
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
    wrap_pair(p, "Beneficiary bank", sbank)
    p.pair("SWIFT / BIC", bic)
    p.pair(
        "IBAN / A/c No." if cur != "USD" else "A/c No.",
        f"{bic[4:6]}{digits(rng, 2)} XXXX XXXX {digits(rng, 4)}"
        if cur != "USD"
        else f"XXXXXX{digits(rng, 4)}",
    )
    p.pair(
        rng.choice(["Remittance amount", "Amount remitted", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    charges = float(rng.choice([500, 1000, 1500])) * 1.18
    gst_conv = round(min(max(inr * 0.0018, 250), 10000), 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Bank charges (incl. GST)", f"{charges:,.2f}")
    p.pair("GST on currency conversion", f"{gst_conv:,.2f}")
    p.pair(rng.choice(["Total debit (INR)", "Amount debited (INR)"]), f"{inr + charges + gst_conv:,.2f}")
    p.pair("Debited from", f"Current A/c XXXXXX{digits(rng, 4)}")
    advance = rng.random() < 0.4
    p.pair(
        "Purpose code", "S0101 - advance against imports" if advance else "S0102 - import payment (invoice)"
    )
    wrap_pair(p, "Proforma invoice" if advance else "Against invoice", f"{inv} ({goods})")
    if not advance and rng.random() < 0.6:
        p.pair("Bill of entry No.", str(rng.randrange(1000000, 9999999)))
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    p.pair("Mode", rng.choice(["SWIFT outward (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OWR', 'TF'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Transaction reference", "Our reference", "Outward ref No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status == "success" and rng.random() < 0.6:
            uetr = (
                f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-9{code(rng, 3, HEX)}-"
                f"{code(rng, 12, HEX)}"
            )
            wrap_pair(p, "UETR", uetr)
    labels = {
        "success": ["Value date", "Remitted on", "Debited on"],
        "pending": ["Initiated on"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels)
    p.part = "foot"
    p.add(
        "small",
        "Submit the bill of entry within 90 days of the remittance (EDPMS)."
        if advance
        else "The bill of entry will be matched to this remittance in EDPMS.",
    )
    return p.done()


# ---------------------------------------------------------------- 12. the bank's alerts


ALERT_PAYEES = [
    "DVVNL AGRA",
    "FROSTLINE REFRIGERATIO",
    "KIRTI AMMONIA GAS SUP",
    "LIFTWELL EQUIPMENT REN",
    "RAMESH CHAND HAMALI",
    "NATIONAL E REPOSITORY",
    "COOLWELL INDUSTRIAL R",
    "KHANDAULI FILLING STN",
]
ALERT_FRAMES = ["sms", "sms", "mail", "ach", "sms", "mail", "sms", "sms"]
# bank, its SMS sender, its alert e-mail sender, how it signs
ALERT_BANKS = [
    ("State Bank of India", "JD-SBIINB", "SBI Alerts <donotreply.sbiatm@alerts.sbi.co.in>", "-SBI"),
    ("HDFC Bank", "AX-HDFCBK", "HDFC Bank InstaAlerts <alerts@hdfcbank.net>", "-HDFC Bank"),
    ("Bank of Baroda", "VM-BOBTXN", "Bank of Baroda <alerts@bankofbaroda.co.in>", "-Bank of Baroda"),
    ("ICICI Bank", "VM-ICICIT", "ICICI Bank <credit_cards@icicibank.com>", "-ICICI Bank"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the accountant's phone and mailbox: five SMS (a messages app: the sender JD-SBIINB /
    AX-HDFCBK / VM-BOBTXN / VM-ICICIT, the day divider, the alert), an ACH debit SMS for a forklift lease (ACH D-
    <lessor>, UMRN, Txn Ref) and two e-mail alerts (Dear Customer, the sum debited from the account to a payee as
    the bank names it (the board, the ammonia contractors and gas supplier, the lessor, the hamali contractor, the
    repository, the filling station), on <day> via NEFT / RTGS / IMPS / UPI, UTR / IMPS Ref No / UPI Ref No / "Your
    UPI transaction reference number is", Avl Bal / Available balance; a UPI that "has failed" and an IMPS that "is
    pending"). *settled*: the payee as the bank sends it (a truncated name counts as printed), never the bank, the
    sender id, the UMRN or the company's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=1500, high=420000)
    bank, sms, sender, sign_off = rng.choice(ALERT_BANKS)
    frame = ALERT_FRAMES[k]
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = "UPI" if j.amount < 100000 and k % 2 == 0 else rng.choice(["NEFT", "IMPS", "RTGS"])
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if way == "IMPS" and j.amount > 500000:
        way = "NEFT"
    if status == "failed":
        way = "UPI"
        j.amount = rupees(rng, 1500, 90000)
        amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    if status == "pending":
        way = "IMPS"
        j.amount = rupees(rng, 8000, 400000)
        amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = by_bank(j, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acc = f"A/c XX{digits(rng, 4)}"
    day = j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y"])
    if frame == "mail":
        p = mail_page(rng, font, sender, ["Debit alert", "Transaction alert", "Account update for your A/c"])
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add("left", f"{amt} has been debited from your {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
        if not j.no_day:
            p.add("left", f"on {day} via {way}.", date=j.date, method=method)
        else:
            p.add("left", f"via {way}.", method=method)
        if not j.no_ref:
            ref = rail_ref(rng, j, way)
            lab = {
                "UPI": "Your UPI transaction reference number is",
                "IMPS": "IMPS Ref No",
                "NEFT": "UTR",
                "RTGS": "UTR",
            }[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Available balance: Rs.{rupees(rng, 80000, 3600000):,.2f}", status="success")
        p.part = "foot"
        p.add("small", f"Warm regards, {bank}")
        return p.done()
    p = phone_page(rng, font, k, [sms])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%A, {d} %b %Y"])), date=j.date)
    if frame == "ach":
        j.amount = float(rng.randrange(40, 260) * 590)
        amt = f"{rng.choice(['Rs.', 'INR '])}{j.amount:,.2f}"
        p.add("left", f"{acc} debited with {amt} on {day}", amount=j.amount)
        p.add("left", f"towards ACH D- {to}", merchant=to, method="netbanking")
        p.add("left", f"UMRN {rng.choice(['HDFC', 'SBIN', 'BARB'])}7{digits(rng, 15)}.")
        if not j.no_ref:
            tref = digits(rng, 10)
            p.add("left", f"Txn Ref {tref}.", txn=(BANK_RANK, tref))
        p.add("left", f"Avl Bal Rs.{rupees(rng, 80000, 3600000):,.2f}", status="success")
        p.add("small", sign_off)
        return p.done()
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your {way} payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    p.add("left", f"on {day} via {way}" if not j.no_day else f"via {way}", method=method)
    if not j.no_ref:
        ref = rail_ref(rng, j, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 80000, 3600000):,.2f}. Not you? Call 1800 1234",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", sign_off)
    return p.done()


compose = compose158

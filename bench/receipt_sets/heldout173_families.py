"""The twelve heldout173 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an ayurvedic products maker and direct-to-consumer brand's day in 2026 (Amritvela
Herbals Pvt Ltd, selling as Amritvela Ayurveda, with its plant at SIDCUL Haridwar and its office, warehouse and
experience store at Kochi), told by the proofs of payment it receives and makes: herb collectors, farmers' producer
companies and mandi traders paid by UPI, payment links and on their printed bills, contract manufacturers paid from
corporate net banking, marketplace and courier settlements, refunds to its website's customers, influencers' payouts,
FSSAI, AYUSH, treasury, legal metrology and trade mark fees, the stores' and suppliers' card slips, testing labs'
bills, export buyers' wires and Wise transfers and its own outward remittances to certifiers abroad, electricity,
water, phone and broadband, and the bank's alerts. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, lot, vehicle, e-way bill,
application, licence, order, sample and ULR numbers, invoice lists, settlement periods, fees, TCS, TDS and GST lines,
exchange rates, INR equivalents, charges, IFSC, GSTIN, BIC, PAN, handles, consumer and account numbers, MID, TID,
batch and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's, ``by_bank`` and ``doc_no`` heldout171's, ``compose`` heldout158's.
"""

from __future__ import annotations

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
from bench.receipt_sets.heldout123_families import fy, place
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

COMPANY = "Amritvela Herbals Pvt Ltd"
COMPANY_CAPS = "AMRITVELA HERBALS PRIVATE LIMITED"
BRAND = "Amritvela Ayurveda"
BRAND_CAPS = "AMRITVELA AYURVEDA"
SLUG = "amritvela"
# unit, address, GST state code
UNITS = [
    ("Haridwar", "Plot 27, Sector 6A, SIDCUL, Haridwar - 249403, Uttarakhand", "05"),
    ("Kochi", "4/112, Seaport-Airport Road, Kakkanad, Kochi - 682030, Kerala", "32"),
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Federal Bank",
    "Punjab National Bank",
    "Kotak Mahindra Bank",
    "South Indian Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Federal Bank": "FDRL",
    "Punjab National Bank": "PUNB",
    "Kotak Mahindra Bank": "KKBK",
    "South Indian Bank": "SIBL",
}


def ours(rng: random.Random, *, brand: float = 0.25) -> str:
    """The company as a page names it: its legal name (capitals on some) or its brand."""
    if rng.random() < brand:
        return rng.choice([BRAND, BRAND_CAPS])
    return rng.choice([COMPANY, COMPANY_CAPS, "AMRITVELA HERBALS PVT LTD"])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party on a seller's paper (Buyer / Bill to / Customer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {COMPANY_CAPS}"]))


def bank_ref(rng: random.Random, j: Job, way: str, bank: str | None = None) -> str:
    """A NEFT UTR (16 or 22 characters), an RTGS UTR, or an IMPS / UPI reference (RRN)."""
    head = IFSC.get(bank or "", rng.choice(list(IFSC.values())))
    if way == "NEFT":
        if rng.random() < 0.5:
            return neft_utr(head, rng, j.date)
        return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "RTGS":
        return rtgs_utr(head, rng, j.date)
    return j.ref


def ifsc(rng: random.Random, bank: str | None = None) -> str:
    return f"{IFSC.get(bank or '', rng.choice(list(IFSC.values())))}0{digits(rng, 6)}"


def ref_label(rng: random.Random, way: str) -> str:
    return {
        "NEFT": rng.choice(["UTR", "UTR No.", "NEFT UTR"]),
        "RTGS": rng.choice(["UTR", "RTGS UTR No.", "UTR No."]),
        "IMPS": rng.choice(["IMPS Ref No.", "IMPS RRN"]),
        "UPI": rng.choice(["UPI Ref No.", "UPI RRN", "UPI transaction ID"]),
    }[way]


def pan(rng: random.Random) -> str:
    return f"{code(rng, 3, UPPER)}P{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


# ---------------------------------------------------------------- 1. herb collectors and FPOs: UPI and links


HERB_SELLERS = [
    "Malwa Ashwagandha Farmers Producer Co",
    "Devbhoomi Jadi Buti Bhandar",
    "Sahyadri Organic Herbs FPO",
    "Kumaon Van Aushadhi Sangh",
    "Wayanad Tribal Herb Collectives",
    "Shri Ram Aushadhi Traders",
    "Bhagirathi Giloy Growers",
    "Neemuch Herbal Agro",
]
HERB_APPS = ["Google Pay", "PhonePe", "PayU", "BHIM", "Instamojo", "iMobile Pay", "Paytm", "Navi"]
HERB_NOTES = [
    "Ashwagandha root 40 kg",
    "Giloy stems lot 7",
    "Brahmi dry herb 25 kg",
    "Shatavari root advance",
    "Amla dry 2 qtl",
    "Tulsi leaves - Feb lot",
    "Harad 3 bags",
    "Arjun chhal balance",
    "Guggulu 15 kg",
]
# band, the app's own id label (None: the app prints the UPI reference only)
UPI_LOOK = {
    "Google Pay": (None, "Google transaction ID"),
    "PhonePe": ((95, 37, 159), "Transaction ID"),
    "BHIM": ((0, 98, 65), None),
    "iMobile Pay": ((174, 40, 46), "Transaction ID"),
    "Paytm": ((0, 46, 110), "Transaction ID"),
    "Navi": ((22, 36, 74), None),
}


def herb_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's buyers paying herb collectors, farmers' producer companies and jadi-buti traders: six UPI app
    screens (Google Pay, PhonePe, BHIM, iMobile Pay, Paytm, Navi: the app's title, Payment successful / Paid /
    Sent successfully / Payment failed / Payment pending - awaiting bank confirmation, the sum large, Paid to / To /
    Sent to / Payment to (To / Paying to on a failure or a wait) over the seller, UPI ID / VPA, Note / Message /
    Remarks (Ashwagandha root 40 kg), UPI transaction ID / UPI Ref. No. / UTR / UPI RRN / RRN, the app's own
    Google transaction ID / Transaction ID on some, Debited from / From / Bank account,
    Paid on / Date & time / Completed on / Transaction date) and two sellers' payment links (PayU, Instamojo: the
    seller on top, Payment successful / Thank you! Payment received / Transaction failed, the sum large, Paid by /
    Customer / Payer the company, Purpose / For / Description, Payment mode / Paid via UPI, net banking or a debit
    card, PayU ID / Payment ID, UPI Ref No. / UTR, Bank Ref No. or Auth code, Paid on / Attempted on; the gateway's
    footer)."""
    k = place("herb_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=600, high=95000, p_round=0.7)
    seller = HERB_SELLERS[k]
    to = seller.upper() if rng.random() < 0.25 else seller
    app = HERB_APPS[k]
    rs = money(rng, font, 0.6)
    note = rng.choice(HERB_NOTES)
    if app in ("PayU", "Instamojo"):
        host = "u.payu.in/PAYUMN/" if app == "PayU" else "www.instamojo.com/@"
        tail = (
            code(rng, 6, MIXED) if app == "PayU" else "".join(c for c in seller.lower() if c.isalpha())[:12]
        )
        p = browser_page(rng, font, host + tail)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Dry herbs and raw drugs", "Jadi-buti wholesale", "Farm-gate herb supply"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you! Payment received"],
                "failed": ["Transaction failed", "Payment unsuccessful"],
                "pending": ["Payment under process"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer", "Payer"]), rng.choice([COMPANY, BRAND]))
        wrap_pair(p, rng.choice(["Purpose", "For", "Description"]), note)
        way = rng.choice(["UPI", "netbanking", "card"])
        bank = rng.choice(BANKS)
        text = {
            "UPI": "UPI",
            "netbanking": f"Net banking - {bank}",
            "card": f"Debit card {masked(rng, font)}",
        }
        p.pair(rng.choice(["Payment mode", "Paid via"]), text[way], method=way)
        if not j.no_ref:
            if app == "PayU":
                pid = f"{rng.randrange(1, 3)}{digits(rng, 10)}"
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = f"MOJO{j.date:%y%m}{code(rng, 1, UPPER)}{digits(rng, 2)}A{digits(rng, 8)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if status == "success" and way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success" and way == "netbanking":
                bref = f"{IFSC[bank]}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(
            p,
            j,
            ["Paid on", "Transaction date", "Date & time"] if status == "success" else ["Attempted on"],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Payments secured by PayU" if app == "PayU" else "Powered by Instamojo")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt", "History"])
    p.part = "head"
    band, own = UPI_LOOK[app]
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", "BHIM UPI" if app == "BHIM" else app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid", "Sent successfully"],
            "failed": ["Payment failed", "Payment failed - declined by bank"],
            "pending": ["Payment pending - awaiting bank confirmation", "Payment pending"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    caption = rng.choice(
        ["Paid to", "To", "Sent to", "Payment to"] if status == "success" else ["To", "Paying to"]
    )
    p.add("small", caption)
    p.add("center", to, merchant=to)
    base = "".join(c for c in seller.lower() if c.isalpha())[:11]
    vpa = (
        f"{base}{rng.choice(['', str(rng.randrange(1, 99))])}@{rng.choice(['okaxis', 'ybl', 'oksbi', 'ibl'])}"
    )
    p.add("small", f"{rng.choice(['UPI ID', 'VPA'])}: {vpa}", method="UPI")
    if status == "failed":
        p.add("small", "If money was debited, it will be refunded in 3-5 working days.")
    if status == "pending":
        p.add("small", "Please do not pay again. We will update you in 48 hours.")
    p.add("rule")
    wrap_pair(p, rng.choice(["Note", "Message", "Remarks"]), note)
    if not j.no_ref:
        lab = rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR", "UPI RRN", "RRN"])
        p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        if own and rng.random() < 0.8:
            tid = {
                "Google Pay": f"CICAgO{code(rng, 14, MIXED)}",
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "iMobile Pay": f"{digits(rng, 12)}",
                "Paytm": f"{j.date:%Y%m%d}{digits(rng, 9)}",
            }[app]
            wrap_pair(p, own, tid, txn=(TXN_RANK, tid))
    bank = rng.choice(BANKS)
    p.pair(rng.choice(["Debited from", "From", "Bank account"]), f"{bank} XX{digits(rng, 4)}")
    date_row(
        p,
        j,
        ["Paid on", "Date & time", "Completed on", "Transaction date"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 2. mandi traders' and raw drug dealers' bills


TRADERS = [
    (
        "Neemuch Jadi Buti Traders",
        "Commission agents - Krishi Upaj Mandi, Neemuch",
        "Mandi Gate No. 2, Neemuch - 458441, Madhya Pradesh",
        "23",
    ),
    (
        "Khari Baoli Aushadh Bhandar",
        "Wholesale dealers in jadi-buti and dry herbs",
        "1843, Khari Baoli, Delhi - 110006",
        "07",
    ),
    (
        "Kerala Forest Produce Agencies",
        "Authorised buyers of minor forest produce",
        "Market Road, Kalpetta, Wayanad - 673121, Kerala",
        "32",
    ),
    (
        "Haldwani Himalayan Herbs Co",
        "Dealers in Himalayan herbs and roots",
        "Mandi Parisar, Haldwani - 263139, Uttarakhand",
        "05",
    ),
    (
        "Sri Dhanvantari Raw Drugs Co",
        "Raw drugs for Ayurveda, Siddha and Unani",
        "Big Bazaar Road, Kozhikode - 673001, Kerala",
        "32",
    ),
]
HERBS = [
    ("Ashwagandha root (Withania somnifera)", 210, 320),
    ("Shatavari root, dry", 380, 520),
    ("Giloy stem (Tinospora), cut", 60, 110),
    ("Arjuna bark", 90, 150),
    ("Brahmi whole plant, dry", 140, 220),
    ("Mulethi root (licorice)", 160, 240),
    ("Haritaki fruit (harad)", 120, 180),
    ("Guggulu gum, cleaned", 520, 780),
    ("Amla dry (Emblica)", 110, 170),
    ("Safed musli", 900, 1400),
]
HERB_WAYS = ["RTGS", "cheque", "NEFT", "UPI", "NEFT", "cheque", "cash", "NEFT"]


def herb_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A mandi commission agent's or raw drug dealer's paper for the plant's herbs (the seller on top with its line,
    address, GSTIN and phone; TAX INVOICE / TAX INVOICE CUM RECEIPT / SALE BILL, or BILL OF SUPPLY for unprocessed
    herbs with "exempt supply, no GST charged"): Bill No. / Invoice No. / Inv. No., Date / Bill date / Invoice date /
    Dated, Buyer / Bill to / Sold to M/s the company, Lot No., E-way bill No., Vehicle No., the herbs in kg x rate,
    Bardana (gunny bags), Hammali / loading, Taxable value, CGST and SGST or IGST @ 5%, Round off, Invoice total /
    Bill amount / Grand total (or Total on a bill of supply), Less: TDS u/s 194Q @ 0.1% on some, then the payment
    block: Amount received / Received / Payment received / Net received with the way and its UTR, IMPS or UPI
    reference, Cash received, Cheque received or Cheque amount with Cheque No. and Drawn on; PAID / RECEIVED WITH
    THANKS / PAYMENT RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE BOUNCED - BALANCE OUTSTANDING, in
    the seller's rubber stamp too)."""
    k = place("herb_invoices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    name, line, addr, state = rng.choice(TRADERS)
    shown = name.upper() if rng.random() < 0.3 else name
    way = by_bank(j, HERB_WAYS[k])
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", ""))
    supply = rng.random() < 0.4
    kinds = ["BILL OF SUPPLY"] if supply else ["TAX INVOICE", "TAX INVOICE CUM RECEIPT", "SALE BILL"]
    letterhead(p, shown, line, addr, state, kinds)
    if not j.no_ref:
        bill = doc_no(rng, "".join(w[0] for w in name.split()[:3]).upper(), j)
        p.pair(rng.choice(["Bill No.", "Invoice No.", "Inv. No."]), bill, txn=(INVOICE_RANK, bill))
    date_row(p, j, ["Date", "Bill date", "Invoice date", "Dated"])
    ours_to(p, ["Buyer", "Bill to", "Sold to"])
    p.pair("Lot No.", f"{rng.choice(['L', 'LOT-', 'N'])}{rng.randrange(100, 9999)}")
    if not supply:
        p.pair("E-way bill No.", digits(rng, 12))
    p.pair(
        "Vehicle No.",
        f"{rng.choice(['MP44', 'UK07', 'KL12', 'DL1L', 'UK04'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
    )
    herbs = [h for h in HERBS if h[2] <= 250] if way == "cash" else HERBS
    taxable, bags = 0.0, 0
    for herb, lo, hi in rng.sample(herbs, 1 if way == "cash" else rng.randrange(1, 4)):
        kg = rng.randrange(8, 30) if way == "cash" else rng.randrange(4, 90) * 10
        rate = round(rng.uniform(lo, hi), rng.choice([0, 2]))
        value = round(kg * rate, 2)
        taxable += value
        bags += max(1, kg // 40)
        p.add("left", herb)
        p.pair(f"  {kg:,} kg x {rate:,.2f}", rs(value))
    p.pair(f"Bardana (gunny bags) {bags} x 35", rs(bags * 35.0))
    loading = float(rng.choice([150, 300, 450])) if way == "cash" else float(rng.randrange(4, 30) * 50)
    p.pair(rng.choice(["Hammali / loading", "Loading charges"]), rs(loading))
    taxable = round(taxable + bags * 35.0 + loading, 2)
    if supply:
        total = float(round(taxable))
        if abs(total - taxable) >= 0.01:
            p.pair("Round off", f"{total - taxable:+.2f}")
        p.pair("Total", rs(total))
        p.add("small", "Unprocessed herbs - exempt supply, no GST charged")
    else:
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, 5, state != UNITS[j.unit][2])
        p.pair(rng.choice(["Invoice total", "Bill amount", "Grand total"]), rs(total))
    j.amount = total
    net = rng.choice(["Amount received", "Received", "Payment received"])
    if total > 50000 and way not in ("cash", "cheque") and rng.random() < 0.5:
        cut = round(total * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(cut))
        j.amount = round(total - cut, 2)
        net = "Net received"
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
            p.pair("Return reason", rng.choice(["Funds insufficient", "Exceeds arrangement"]))
    elif way == "cash":
        p.pair(
            rng.choice(["Cash received", "Received in cash"]), rs(j.amount), amount=j.amount, method="cash"
        )
    else:
        p.pair(net, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way, rng.choice(BANKS))
            p.pair(ref_label(rng, way), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - BALANCE OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {shown}")
    seal(p, " ".join(name.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 3. contract manufacturers


CMOS = [
    (
        "Shivalik Herbal Formulations Pvt Ltd",
        "Loan licence manufacturing - tablets, capsules, churna",
        "Plot 112, Industrial Area, Baddi - 173205, Himachal Pradesh",
        "02",
    ),
    (
        "Himgiri Ayurvedic Pharmacy",
        "Third-party manufacturing - asava, arishta, syrups",
        "Dhalwala, Rishikesh - 249201, Uttarakhand",
        "05",
    ),
    (
        "Vedika Softgels & Nutraceuticals LLP",
        "Softgels, gummies and herbal extracts",
        "Selaqui Industrial Area, Dehradun - 248011, Uttarakhand",
        "05",
    ),
    (
        "Malabar Thailam Works",
        "Medicated oils (thailam), ghritam and lehyam",
        "Ollur, Thrissur - 680306, Kerala",
        "32",
    ),
    (
        "Ganga Lehyam & Chyawanprash Udyog",
        "Chyawanprash, avaleha and granules",
        "Bahadrabad, Haridwar - 249402, Uttarakhand",
        "05",
    ),
]
CMO_ITEMS = [
    "Ashwagandha capsules 60s",
    "Kumkumadi tailam 30 ml",
    "Chyawanprash 1 kg",
    "Triphala churna 100 g",
    "Bhringraj hair oil 200 ml",
    "Brahmi vati 40s",
    "Dashmularishta 450 ml",
    "Shatavari granules 200 g",
]
CIB = [
    ("ICICI Bank CIB", "cib.icicibank.com/corp/BANKAWAY"),
    ("HDFC Bank ENet", "enet.hdfcbank.com/corp/payments/status"),
    ("Federal Bank FedCorp", "fedcorp.federalbank.co.in/transfer/ack"),
    ("SBI Corporate Internet Banking", "corp.onlinesbi.sbi/corporate/payment_ack.htm"),
    ("Axis Bank CIB", "cib.axisbank.co.in/payments/single"),
]
CMO_FRAMES = ["cib", "mail", "advice", "cib", "cib", "mail", "advice", "cib"]


def contract_mfg(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The brand paying its contract and loan-licence manufacturers for batches of capsules, oils, chyawanprash and
    syrups: four corporate net-banking acknowledgements (ICICI Bank CIB, HDFC Bank ENet, Federal Bank FedCorp, SBI
    Corporate Internet Banking, Axis Bank CIB: the bank on top, Fund transfer - acknowledgement / Single payment -
    status, Debit account name / Remitter the company, Beneficiary name / Beneficiary / Payee name / Credit account
    name the manufacturer, Account, IFSC, Amount / Transfer amount / Amount (INR), Transaction type / Payment mode /
    Mode RTGS, NEFT or IMPS, Remarks / Narration (PO and batch), UTR / UTR No. / RTGS UTR No. / IMPS Ref No., Host ref
    No. / Transaction reference No. / Ref. No., Maker / Checker, Value date / Transaction date / Initiated on / Failed
    on; Transaction successful / Funds transferred successfully / Returned by beneficiary bank - account frozen /
    Transaction in process - pending at beneficiary bank), two manufacturers' e-mails acknowledging the money (the
    manufacturer on top, Payment received / Receipt against our invoices, Received from M/s the company, Against
    invoices, Amount received / Received, Mode, UTR, Receipt No., Received on) and two of the brand's printed VENDOR
    PAYMENT ADVICE / PAYMENT ADVICE / REMITTANCE ADVICE (the company on top, Pay to / Vendor / Payee the
    manufacturer, Vendor code, the invoices with their sums, Less: TDS u/s 194C @ 2% / @ 1%, Less: QC rejection debit
    note, Net amount paid / Amount paid / Net payment, Mode, UTR or IMPS Ref No., Payment voucher No. / Payment No.,
    Payment date / Value date; Paid / Status: Processed)."""
    k = place("contract_mfg")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=120000, high=2400000, p_round=0.3)
    cmo, line, addr, state = rng.choice(CMOS)
    payee = cmo.upper() if rng.random() < 0.3 else cmo
    item = rng.choice(CMO_ITEMS)
    batch = f"{code(rng, 2, UPPER)}{rng.randrange(2601, 2699)}"
    frame = CMO_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "cib":
        bank, url = CIB[[0, 3, 1, 4][k // 2]] if rng.random() < 0.8 else rng.choice(CIB)
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, bank)
        p.add(
            "small",
            rng.choice(["Fund transfer - acknowledgement", "Single payment - status", "Transaction details"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction successful", "Funds transferred successfully"],
                "failed": ["Returned by beneficiary bank - account frozen"],
                "pending": ["Transaction in process - pending at beneficiary bank"],
            },
        )
        wrap_pair(p, rng.choice(["Debit account name", "Remitter"]), rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
        label = rng.choice(["Beneficiary name", "Beneficiary", "Payee name", "Credit account name"])
        wrap_pair(p, label, payee, merchant=payee)
        to_bank = rng.choice(BANKS)
        p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", ifsc(rng, to_bank))
        p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        way = by_bank(j, "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT")
        p.pair(rng.choice(["Transaction type", "Payment mode", "Mode"]), way, method="netbanking")
        wrap_pair(
            p, rng.choice(["Remarks", "Narration"]), f"PO {rng.randrange(1200, 4999)} - {item} batch {batch}"
        )
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, way, to_bank)
                p.pair(ref_label(rng, way), ref, txn=(UTR_RANK, ref))
            own = f"{code(rng, rng.choice([2, 3]), UPPER)}{digits(rng, 10)}"
            p.pair(
                rng.choice(["Host ref No.", "Transaction reference No.", "Ref. No."]),
                own,
                txn=(BANK_RANK, own),
            )
        p.pair(
            "Maker / Checker",
            rng.choice(["accounts.hdw / cfo.av", "s.rawat / m.nair", "purchase1 / finhead"]),
        )
        date_row(
            p,
            j,
            {
                "success": ["Value date", "Transaction date"],
                "pending": ["Initiated on"],
                "failed": ["Failed on"],
            }[status],
            hour=True,
        )
        return p.done()
    if frame == "mail":
        dom = "".join(c for c in cmo.split()[0].lower() if c.isalpha())
        p = mail_page(
            rng,
            font,
            f"{cmo.split()[0]} Accounts <accounts@{dom}pharma.in>",
            ["Payment received - thank you", "Receipt against our invoices", "Payment acknowledgement"],
        )
        p.part = "head"
        top(p, payee, merchant=payee)
        p.add("small", line)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir / Madam,")
        p.add("left", "We acknowledge with thanks the payment below.")
        outcome_row(p, status, {"success": ["Payment received", "Status: Received"]})
        wrap_pair(p, "Received from", rng.choice([f"M/s {COMPANY}", COMPANY_CAPS]))
        invs = [
            doc_no(rng, "".join(w[0] for w in cmo.split()[:2]).upper(), j) for _ in range(rng.randrange(1, 4))
        ]
        wrap_pair(p, rng.choice(["Against invoices", "Invoices settled"]), ", ".join(invs))
        p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
        way = by_bank(j, "RTGS" if j.amount >= 200000 else "NEFT")
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(ref_label(rng, way), ref, txn=(UTR_RANK, ref))
            rct = doc_no(rng, "RCT", j)
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        date_row(p, j, ["Received on", "Credited on", "Date of receipt"])
        p.part = "foot"
        p.add("small", f"Regards, Accounts - {cmo}")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    unit, uaddr, ustate = UNITS[j.unit]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit} {'plant' if j.unit == 0 else 'office'} - Accounts payable",
        uaddr,
        ustate,
        ["VENDOR PAYMENT ADVICE", "PAYMENT ADVICE", "REMITTANCE ADVICE"],
        merchant=False,
    )
    wrap_pair(p, rng.choice(["Pay to", "Vendor", "Payee"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', 'CM', '30'])}{digits(rng, 5)}")
    p.add("left", rng.choice(["Invoices paid", "Bills settled"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        inv = doc_no(rng, "".join(w[0] for w in cmo.split()[:2]).upper(), j)
        v = rupees(rng, 90000, 900000, 0.2)
        gross += v
        p.pair(f"{inv} ({item.split()[0]})", rs(v))
    rate = rng.choice([2.0, 1.0])
    cut = round(gross * rate / 100, 2)
    p.pair(f"Less: TDS u/s 194C @ {rate:g}%", rs(cut))
    debit = float(rng.choice([0, 0, 6400, 11800]))
    if debit:
        p.pair("Less: QC rejection debit note", rs(debit))
    j.amount = round(gross - cut - debit, 2)
    p.pair(rng.choice(["Net amount paid", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
    way = by_bank(j, "RTGS" if j.amount >= 200000 else "NEFT")
    p.pair("Mode", way, method="netbanking")
    wrap_pair(p, "Credited to", f"{rng.choice(BANKS)} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        ref = bank_ref(rng, j, way)
        p.pair(ref_label(rng, way), ref, txn=(UTR_RANK, ref))
        pv = doc_no(rng, "PV", j)
        p.pair(rng.choice(["Payment voucher No.", "Payment No."]), pv, txn=(INVOICE_RANK, pv))
    date_row(p, j, ["Payment date", "Value date"])
    p.add("center", rng.choice(["Paid", "Status: Processed"]), status=status)
    p.part = "foot"
    p.add("small", "This is a computer generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 4. marketplace and courier settlements


MARKET_FRAMES = [
    "amazon",
    "flipkart",
    "razorpay",
    "shiprocket",
    "nykaa",
    "tata1mg",
    "amazon_mail",
    "delhivery",
]


def settle_lines(p: Screen, rs, lines: list[tuple[str, float]]) -> float:
    """The gross first, then its deductions (each printed as a minus); the net."""
    net = 0.0
    for i, (label, value) in enumerate(lines):
        if i == 0:
            p.pair(label, rs(value))
            net = value
        else:
            p.pair(label, rs(value, "-"))
            net -= value
    return round(net, 2)


def market_lines(rng: random.Random, frame: str, gross: float) -> list[tuple[str, float]]:
    def part(lo: float, hi: float) -> float:
        return round(gross * rng.uniform(lo, hi), 2)

    if frame in ("amazon", "amazon_mail"):
        return [
            ("Product charges", gross),
            ("Promo rebates", part(0.01, 0.04)),
            ("Amazon fees (referral, closing, Easy Ship)", part(0.14, 0.22)),
            ("Refunds", part(0.0, 0.03)),
            ("TCS (GST) @ 0.5%", round(gross * 0.005, 2)),
            ("TDS u/s 194-O @ 0.1%", round(gross * 0.001, 2)),
        ]
    if frame == "flipkart":
        return [
            ("Sale amount", gross),
            ("Commission fee", part(0.08, 0.14)),
            ("Collection and fixed fee", part(0.02, 0.04)),
            ("Shipping fee", part(0.04, 0.08)),
            ("GST on fees @ 18%", part(0.025, 0.045)),
            ("TCS @ 0.5%", round(gross * 0.005, 2)),
            ("TDS @ 0.1%", round(gross * 0.001, 2)),
        ]
    if frame == "razorpay":
        fee = part(0.018, 0.02)
        return [("Payments captured", gross), ("Fees", fee), ("Tax (GST on fees)", round(fee * 0.18, 2))]
    if frame in ("shiprocket", "delhivery"):
        return [
            ("COD collected", gross),
            ("Freight and RTO charges", part(0.06, 0.12)),
            ("COD handling fee", part(0.015, 0.025)),
        ]
    if frame == "nykaa":
        return [
            ("Invoices raised", gross),
            ("Debit note - damaged units", part(0.005, 0.02)),
            ("TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2)),
        ]
    return [
        ("Gross sales", gross),
        ("Commission", part(0.12, 0.18)),
        ("Payment gateway fee", part(0.015, 0.02)),
        ("GST on fees", part(0.025, 0.035)),
        ("TDS u/s 194-O @ 0.1%", round(gross * 0.001, 2)),
    ]


def marketplace_settlements(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """What the marketplaces, the website's gateway and the couriers pay the brand: Amazon Seller Central's
    disbursement page (Payments - disbursement details, Seller / Legal name, Settlement period, Product charges, Promo
    rebates, Amazon fees, Refunds, TCS (GST) @ 0.5%, TDS u/s 194-O @ 0.1%, Total disbursed / Net proceeds, Transfer
    method NEFT, UTR / Trace ID, Settlement ID, Deposit date / Disbursed on) and its e-mail of a failed disbursement
    (Disbursement amount, Attempted on), Flipkart Seller Hub's settled payment (Seller name / Business name, Sale
    amount, Commission fee, Collection and fixed fee, Shipping fee, GST on fees, TCS, TDS, Bank settlement value /
    Settlement amount, NEFT ID, Settlement date), Razorpay's settlement page (Business the brand, Payments captured,
    Fees, Tax, Amount settled, Settlement ID setl_..., UTR, Settled on), Shiprocket's and Delhivery's COD remittances
    (e-mail and page: Remitted to / Client name, COD collected, freight and RTO, COD handling fee, Remittance amount /
    Net remitted, Remittance ID / CRF ID, UTR / Bank ref, Remittance date / Remitted on / Initiated on), Nykaa's vendor
    payment advice e-mail (Vendor / Payee, Invoices raised, debit note, TDS u/s 194Q, Net amount paid, UTR No., Payment
    document No., Payment date) and Tata 1mg's payout e-mail (Seller, Gross sales, Commission, gateway fee, GST, TDS,
    Net payout, Payout ID, IMPS Ref No.); Disbursed / Settled / Processed / Remitted / Paid / Payout processed,
    Remittance initiated - will be credited within 24 hours, Disbursement failed - bank account details invalid."""
    k = place("marketplace_settlements")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=40000, high=1800000)
    frame = MARKET_FRAMES[k]
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR", "Rs"))
    payee = ours(rng, brand=0.3 if frame in ("razorpay", "shiprocket", "delhivery") else 0.0)
    gross = rupees(rng, 60000, 2200000, 0.0)
    lines = market_lines(rng, frame, gross)
    bank = rng.choice(BANKS)
    if frame in ("amazon_mail", "shiprocket", "nykaa", "tata1mg"):
        sender, subjects, head, sub = {
            "amazon_mail": (
                "Amazon Seller Services <seller-notification@amazon.in>",
                ["Action required: we could not transfer your funds", "Disbursement update"],
                "amazon seller central",
                "Payments - disbursement",
            ),
            "shiprocket": (
                "Shiprocket <remittance@shiprocket.in>",
                ["Your COD remittance has been initiated", "COD remittance update"],
                "Shiprocket",
                "COD remittance",
            ),
            "nykaa": (
                "Nykaa Vendor Payments <vendorpayments@nykaa.com>",
                ["Payment advice", "Vendor payment released"],
                "Nykaa",
                "FSN E-Commerce Ventures Ltd - Vendor payment advice",
            ),
            "tata1mg": (
                "Tata 1mg Seller Support <sellerpayouts@1mg.com>",
                ["Your payout is on its way", "Payout processed"],
                "Tata 1mg",
                "Marketplace - seller payout",
            ),
        }[frame]
        p = mail_page(rng, font, sender, subjects)
        p.part = "head"
        top(p, head)
        p.add("small", sub)
        p.add("rule")
        p.part = "body"
    else:
        head, sub, url = {
            "amazon": (
                "amazon seller central",
                "Payments - disbursement details",
                f"sellercentral.amazon.in/payments/disburse/details?groupId={digits(rng, 11)}",
            ),
            "flipkart": (
                "Flipkart Seller Hub",
                "Payments - settled transactions",
                "seller.flipkart.com/index.html#dashboard/payments/settled",
            ),
            "razorpay": (
                "Razorpay",
                "Dashboard - Settlements",
                "dashboard.razorpay.com/app/settlements?tab=processed",
            ),
            "delhivery": (
                "Delhivery One",
                "COD remittance - details",
                "one.delhivery.com/finance/cod-remittance",
            ),
        }[frame]
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, head)
        p.add("small", sub)
        p.add("rule")
        p.part = "body"
    words = {
        "success": {
            "amazon": ["Disbursed", "Status: Transfer successful"],
            "flipkart": ["Settled", "Payment status: Settled"],
            "razorpay": ["Processed", "Settled"],
            "nykaa": ["Status: Paid"],
            "tata1mg": ["Payout processed"],
            "delhivery": ["Remitted", "Status: Remitted"],
        },
        "pending": {"shiprocket": ["Remittance initiated - will be credited within 24 hours"]},
        "failed": {"amazon_mail": ["Disbursement failed - bank account details invalid"]},
    }[status]
    outcome_row(p, status, {status: words[frame]})
    if frame == "shiprocket":
        p.add("left", f"Dear {BRAND} team, your COD remittance is below.")
    label = {
        "amazon": ["Seller", "Legal name"],
        "amazon_mail": ["Seller", "Legal name"],
        "flipkart": ["Seller name", "Business name"],
        "razorpay": ["Business", "Merchant"],
        "shiprocket": ["Remitted to", "Company"],
        "delhivery": ["Client name", "Remitted to"],
        "nykaa": ["Vendor", "Payee"],
        "tata1mg": ["Seller", "Seller name"],
    }[frame]
    wrap_pair(p, rng.choice(label), payee, merchant=payee)
    if frame in ("amazon", "flipkart", "razorpay", "shiprocket", "delhivery") and not j.no_day:
        start = j.date.toordinal() - rng.randrange(8, 16)
        first = j.date.fromordinal(start)
        last = j.date.fromordinal(start + 6)
        lab = rng.choice(["Settlement period", "Transactions of", "Shipments delivered"])
        wrap_pair(p, lab, f"{when(first, '%d %b %Y')} - {when(last, '%d %b %Y')}")
    if frame == "nykaa":
        p.pair("Vendor code", f"NYK{digits(rng, 6)}")
    if frame == "amazon_mail":
        p.add("left", "We could not transfer your disbursement to the bank account on file.")
    net = settle_lines(p, rs, lines)
    j.amount = net
    net_label = {
        "amazon": ["Total disbursed", "Net proceeds"],
        "amazon_mail": ["Disbursement amount"],
        "flipkart": ["Bank settlement value", "Settlement amount"],
        "razorpay": ["Amount settled", "Settled amount"],
        "shiprocket": ["Remittance amount", "COD remitted"],
        "delhivery": ["Net remitted", "Remittance amount"],
        "nykaa": ["Net amount paid"],
        "tata1mg": ["Net payout"],
    }[frame]
    p.pair(rng.choice(net_label), rs(net), amount=net)
    way = by_bank(j, "NEFT")
    p.pair(rng.choice(["Transfer method", "Mode", "Paid via"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Bank account", "Deposited to"]), f"{bank} XXXXXX{digits(rng, 4)}")
    if status == "failed":
        p.pair("Reason", "Account closed - update your deposit method")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, way, bank)
            lab = {
                "amazon": "UTR / Trace ID",
                "flipkart": "NEFT ID",
                "nykaa": "UTR No.",
                "tata1mg": "IMPS Ref No.",
                "delhivery": "Bank ref / UTR",
            }.get(frame, "UTR")
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        sid = {
            "amazon": digits(rng, 11),
            "amazon_mail": digits(rng, 11),
            "flipkart": f"NFT-{code(rng, 4, UPPER)}{digits(rng, 8)}",
            "razorpay": f"setl_{code(rng, 14, MIXED)}",
            "shiprocket": f"CRF{digits(rng, 8)}",
            "delhivery": f"REM{digits(rng, 9)}",
            "nykaa": f"{rng.choice(['15', '20'])}{digits(rng, 8)}",
            "tata1mg": f"PO-{digits(rng, 10)}",
        }[frame]
        sid_label = {
            "amazon": "Settlement ID",
            "amazon_mail": "Settlement ID",
            "flipkart": "Payment ref",
            "razorpay": "Settlement ID",
            "shiprocket": rng.choice(["Remittance ID", "CRF ID"]),
            "delhivery": "Remittance ID",
            "nykaa": "Payment document No.",
            "tata1mg": "Payout ID",
        }[frame]
        p.pair(sid_label, sid, txn=(INVOICE_RANK if frame == "nykaa" else TXN_RANK, sid))
    date_labels = {
        "amazon": ["Deposit date", "Disbursed on"],
        "amazon_mail": ["Attempted on"],
        "flipkart": ["Settlement date", "Payment date"],
        "razorpay": ["Settled on"],
        "shiprocket": ["Initiated on"],
        "delhivery": ["Remitted on", "Remittance date"],
        "nykaa": ["Payment date"],
        "tata1mg": ["Paid on"],
    }[frame]
    date_row(p, j, date_labels)
    p.part = "foot"
    p.add("small", rng.choice(["Amounts in INR.", "For queries write to the payments team."]))
    return p.done()


# ---------------------------------------------------------------- 5. refunds to the website's customers


CUSTOMERS = [
    "Priya Menon",
    "Ankit Verma",
    "Shalini Iyer",
    "Rohan Deshmukh",
    "Meera Pillai",
    "Gurpreet Kaur",
    "Sandeep Rawat",
    "Farah Khan",
    "Deepa Nair",
    "Vikram Chauhan",
]
PRODUCTS = [
    ("Kumkumadi Tailam 30 ml", 1450),
    ("Ashwagandha capsules x 60", 699),
    ("Chyawanprash 1 kg", 549),
    ("Bhringraj hair oil 200 ml", 425),
    ("Triphala churna 250 g", 240),
    ("Brahmi vati x 40", 380),
    ("Neem-tulsi face wash 100 ml", 299),
    ("Shatavari granules 200 g", 460),
]
REASONS = [
    "Damaged in transit",
    "Wrong item delivered",
    "Cancelled before dispatch",
    "Leaking bottle",
    "Not delivered - returned to origin",
]
REFUND_FRAMES = ["razorpay", "mail", "app", "razorpay", "mail", "cashfree", "app", "mail"]


def customer_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The brand refunding its website's customers for damaged, wrong or undelivered orders: two Razorpay refund
    pages (Dashboard - Refunds: Refund ID rfnd_..., Refund amount, Customer / Refund to the customer, Contact, Order
    No. (#AV-...), Method UPI with the customer's VPA, RRN / UTR, Created on / Processed on; Processed / Refund
    processed / Pending), a Cashfree refund page (Refund ID, Customer name, Refund amount, Refund mode card or UPI,
    Processed at; SUCCESS), three of the brand's e-mails to the customer (the brand on top, Hi <name>, Order, the
    product, Reason, Order value, Less: shipping (non-refundable), Refund amount / Amount refunded / Net refund,
    Refunded to, Refund mode, Refund ref. / UPI Ref No., Refunded on / Initiated on; Your refund has been processed /
    Refund failed - UPI ID inactive / Refund initiated - will be credited in 5-7 working days) and two business banking
    app screens for COD orders (ICICI InstaBIZ, HDFC SmartHub Vyapar, Kotak FYN: Paid to / Beneficiary the customer,
    the sum large, Remarks (Refund order AV-...), Mode IMPS, IMPS Ref No., Transaction ID, Date & time; Transfer
    successful / Transfer in process)."""
    k = place("customer_refunds")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    cust = rng.choice(CUSTOMERS)
    payee = cust.upper() if rng.random() < 0.2 else cust
    prod, price = rng.choice(PRODUCTS)
    qty = rng.randrange(1, 4)
    value = float(price * qty)
    ship = float(rng.choice([0, 49, 79]))
    j.amount = value - ship
    order = f"#AV-{rng.randrange(10200, 98999)}"
    frame = REFUND_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    vpa = f"{cust.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(['okhdfcbank', 'ybl', 'paytm', 'okicici'])}"
    if frame in ("razorpay", "cashfree"):
        p = browser_page(
            rng,
            font,
            "dashboard.razorpay.com/app/refunds?status=all"
            if frame == "razorpay"
            else "merchant.cashfree.com/merchants/pg/refunds/details",
        )
        p.part = "head"
        top(p, "Razorpay" if frame == "razorpay" else "Cashfree Payments")
        p.add("small", f"{BRAND} - Refunds" if frame == "razorpay" else "Refund details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed", "Refund processed"]
                if frame == "razorpay"
                else ["SUCCESS", "Refund successful"],
                "pending": ["Pending"],
            },
        )
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}" if frame == "razorpay" else f"{digits(rng, 9)}"
            p.pair("Refund ID", rid, txn=(TXN_RANK, rid))
        p.pair(rng.choice(["Refund amount", "Amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Refund to", "Customer name"]), payee, merchant=payee)
        p.pair("Contact", f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
        p.pair("Order No.", order)
        way = "UPI" if frame == "razorpay" or rng.random() < 0.5 else "card"
        if way == "UPI":
            wrap_pair(p, rng.choice(["Method", "Refund mode"]), f"UPI - {vpa}", method="UPI")
            if not j.no_ref and status == "success":
                p.pair(rng.choice(["RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        else:
            p.pair("Refund mode", f"Card - Mastercard {masked(rng, font)}", method="card")
        wrap_pair(p, "Reason", rng.choice(REASONS))
        date_row(
            p,
            j,
            ["Processed on", "Processed at"] if status == "success" else ["Created on"],
            hour=True,
        )
        return p.done()
    if frame == "app":
        p = phone_page(rng, font, k, ["Transaction details", "Payments", "Fund transfer"])
        p.part = "head"
        p.add("title", rng.choice(["ICICI InstaBIZ", "SmartHub Vyapar", "Kotak FYN"]))
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful", "Money sent"],
                "pending": ["Transfer in process", "IMPS pending at beneficiary bank"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), payee, merchant=payee)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Remarks", f"Refund order {order[1:]} (COD)")
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Date & time"], hour=True)
        return p.done()
    p = mail_page(
        rng,
        font,
        f"{BRAND} <care@{SLUG}ayurveda.com>",
        ["Your refund has been processed", f"Refund for order {order}", "About your refund"],
    )
    p.part = "head"
    top(p, rng.choice([BRAND, BRAND_CAPS]))
    p.add("small", "Customer care - refunds")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Your refund has been processed", "Refund processed"],
            "failed": ["Refund failed - UPI ID inactive"],
            "pending": ["Refund initiated - will be credited in 5-7 working days"],
        },
    )
    p.add("left", f"Hi {cust.split()[0]}, here are the details of your refund.")
    p.pair("Order", order)
    wrap_pair(p, "Product", f"{prod} x {qty}")
    wrap_pair(p, "Reason", rng.choice(REASONS))
    p.pair("Order value", rs(value))
    if ship:
        p.pair("Less: shipping (non-refundable)", rs(ship))
    p.pair(rng.choice(["Refund amount", "Amount refunded", "Net refund"]), rs(j.amount), amount=j.amount)
    wrap_pair(p, "Refunded to", payee, merchant=payee)
    way = rng.choice(["UPI", "IMPS"]) if status != "failed" else "UPI"
    if way == "UPI":
        wrap_pair(p, "Refund mode", f"UPI - {vpa}", method="UPI")
    else:
        p.pair("Refund mode", f"Bank transfer (IMPS) - A/c XXXX{digits(rng, 4)}", method="netbanking")
    if not j.no_ref:
        rid = f"RF{digits(rng, 10)}"
        p.pair(rng.choice(["Refund ref.", "Refund ID"]), rid, txn=(TXN_RANK, rid))
        if status == "success":
            p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    date_row(p, j, {"success": ["Refunded on"], "pending": ["Initiated on"], "failed": ["Failed on"]}[status])
    if status == "failed":
        p.add("left", "Please reply with your bank account details and we will send it again.")
    p.part = "foot"
    p.add("small", f"Team {BRAND}")
    return p.done()


# ---------------------------------------------------------------- 6. influencers' and creators' payouts


CREATORS = [
    ("Ritika Sharma", "@ritikaglowsnatural"),
    ("Arjun Nambiar", "@fitwitharjun"),
    ("Sneha Kulkarni", "@snehaskincarediaries"),
    ("Kavya Reddy", "@kavyas.ayurvedalife"),
    ("Mohit Bisht", "@pahadi.wellness"),
    ("Ayesha Siddiqui", "@ayeshahaircare"),
    ("Nikhil Joshi", "@nikhilcooksclean"),
    ("Tanya Kapoor", "@tanyatalksbeauty"),
]
CAMPAIGNS = [
    "Kumkumadi launch - 2 reels + 3 stories",
    "Hair oil review - 1 reel, 1 YouTube short",
    "Chyawanprash winter campaign - 3 reels",
    "Ashwagandha 30-day challenge - 4 stories",
    "Face wash unboxing - 1 reel",
]
PAYOUT_FRAMES = ["rzpx", "voucher", "cashfree", "rzpx", "voucher", "cashfree", "voucher", "rzpx"]


def influencer_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The brand paying creators for reels and stories: three RazorpayX payout pages (Payouts - payout details: the
    outcome, the sum large, Contact / Beneficiary name the creator, Contact type Influencer, Fund account UPI or bank
    account, Mode UPI / IMPS / NEFT, Purpose (campaign), Fees, Tax, Payout ID pout_..., UTR, Processed at / Created at
    / Reversed at; Processed / Processing / Reversed - beneficiary bank declined), two Cashfree Payouts transfer pages
    (Beneficiary name, Beneficiary ID, Transfer amount, Transfer mode, Reference ID, UTR, Processed on / SUCCESS) and
    three of the brand's printed CREATOR PAYMENT VOUCHER / PROFESSIONAL FEE VOUCHER / PAYMENT VOUCHER - CONTENT FEE
    (Voucher No., Date, Paid to / Creator / Name of payee, Handle, PAN, Campaign, Content fee, Less: TDS u/s 194J @
    10% or 194C @ 1%, Net amount paid, Mode with its reference, PAID, the creator's signature)."""
    k = place("influencer_payouts")
    status = outcome(k, failed=(3,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=6000, high=180000, p_round=0.8)
    name, handle = CREATORS[k]
    payee = name.upper() if rng.random() < 0.25 else name
    campaign = rng.choice(CAMPAIGNS)
    frame = PAYOUT_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    if frame == "voucher":
        p = paper_page(rng, font, [660, 700])
        unit, uaddr, ustate = UNITS[j.unit]
        letterhead(
            p,
            rng.choice([COMPANY, COMPANY_CAPS]),
            f"{BRAND} - Brand & digital marketing",
            uaddr,
            ustate,
            ["CREATOR PAYMENT VOUCHER", "PROFESSIONAL FEE VOUCHER", "PAYMENT VOUCHER - CONTENT FEE"],
            merchant=False,
        )
        if not j.no_ref:
            vno = doc_no(rng, "CPV", j)
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
        date_row(p, j, ["Date", "Paid on"])
        wrap_pair(p, rng.choice(["Paid to", "Creator", "Name of payee"]), payee, merchant=payee)
        p.pair(rng.choice(["Handle", "Instagram"]), handle)
        p.pair("PAN", pan(rng))
        wrap_pair(p, "Campaign", campaign)
        gross = float(rng.randrange(8, 160) * 1000)
        sec, rate = rng.choice([("194J", 10.0), ("194C", 1.0)])
        tds = round(gross * rate / 100, 2)
        p.pair(rng.choice(["Content fee", "Gross fee"]), rs(gross))
        p.pair(f"Less: TDS u/s {sec} @ {rate:g}%", rs(tds))
        j.amount = round(gross - tds, 2)
        p.pair("Net amount paid", rs(j.amount), amount=j.amount)
        way = by_bank(j, rng.choice(["UPI", "NEFT", "IMPS"]))
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(ref_label(rng, way), ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["PAID", "PAYMENT RELEASED"]), status=status)
        p.part = "foot"
        right(p, "Received - signature of creator")
        return p.done()
    if frame == "rzpx":
        p = browser_page(rng, font, "x.razorpay.com/payouts?tab=all")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", "Payouts - payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed", "Payout processed"],
                "pending": ["Processing", "Queued - will be processed shortly"],
                "failed": ["Reversed - beneficiary bank declined"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary name"]), payee, merchant=payee)
        p.pair("Contact type", "Influencer")
        way = rng.choice(["UPI", "IMPS", "NEFT"]) if status != "failed" else "IMPS"
        if way == "UPI":
            vpa = f"{name.split()[0].lower()}{rng.randrange(1, 99)}@{rng.choice(['okaxis', 'ybl', 'oksbi'])}"
            wrap_pair(p, "Fund account", f"UPI - {vpa}")
        else:
            p.pair("Fund account", f"A/c XXXXXX{digits(rng, 4)}")
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        wrap_pair(p, "Purpose", f"Influencer payout - {campaign.split(' - ')[0]}")
        fee = float(rng.choice([3, 5, 10]))
        p.pair("Fees", rs(fee))
        p.pair("Tax", rs(round(fee * 0.18, 2)))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                ref = bank_ref(rng, j, way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            {"success": ["Processed at"], "pending": ["Created at"], "failed": ["Reversed at"]}[status],
            hour=True,
        )
        return p.done()
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers/details")
    p.part = "head"
    top(p, "Cashfree Payouts")
    p.add("small", "Transfers - transfer details")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["SUCCESS", "Transfer successful"]})
    wrap_pair(p, "Beneficiary name", payee, merchant=payee)
    p.pair("Beneficiary ID", f"INF_{name.split()[0].upper()}{rng.randrange(1, 40):02d}")
    p.pair(rng.choice(["Transfer amount", "Amount"]), rs(j.amount), amount=j.amount)
    way = by_bank(j, rng.choice(["IMPS", "UPI"]))
    p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
    wrap_pair(p, "Remarks", campaign)
    if not j.no_ref:
        cid = digits(rng, 9)
        p.pair("Reference ID", cid, txn=(TXN_RANK, cid))
        p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
    date_row(p, j, ["Processed on", "Transfer date"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 7. FSSAI, AYUSH and other licence fees


LICENCE_FRAMES = [
    "foscos",
    "aushadhi",
    "uk_challan",
    "foscos",
    "metrology",
    "kl_treasury",
    "aushadhi",
    "trademark",
]


def licence_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The licences a maker of ayurvedic products and nutraceuticals pays for: FSSAI's FoSCoS payment receipts (Food
    Safety and Standards Authority of India / FSSAI on top, FoSCoS - Food Safety Compliance System, Application /
    Reference No., FBO name the company, Kind of business, Licence type, Licence fee n years x 7,500, Late fee, Total
    amount / Amount paid, Payment mode, Transaction ID, Bank Ref No., Payment date / Paid on), e-Aushadhi's licence fee
    pages (Ministry of Ayush - e-Aushadhi on top, Licensing authority / Fee payable to the State Licensing Authority,
    Applicant the company, Form 24-D / 25-D, Licence fee, Inspection fee, Additional items n x 200, Total fee,
    Transaction ID, Bank Ref No., Paid on / Failed on; Payment failed - amount not received by the treasury),
    Uttarakhand's and Kerala's treasury e-challans (e-Challan - Government of Uttarakhand / e-Treasury Kerala on top,
    Department the department paid, Office, Remitter / Depositor name the company, Head of account, Purpose, Amount /
    Total, GRN, Bank CIN / Bank Ref No., Date of payment / Date of remittance / Payment initiated on; Challan status:
    Pending - awaiting bank scroll / Success - credited to Government account), the Legal Metrology Department's
    packer registration fee (Applicant, Application No., Registration fee, Amount paid, UPI, UPI Ref No., Transaction
    ID) and the Trade Marks Registry's e-filing receipt (Office of the CGPDTM, CBR No., Date, Applicant, Application
    No., Form TM-A, Class, Fee, Total amount, Payment mode, Transaction ID; PAYMENT RECEIVED)."""
    k = place("licence_fees")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4)
    frame = LICENCE_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "Rs", "INR"))
    bank = rng.choice(BANKS[:5])
    applicant = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "trademark":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, "Trade Marks Registry", merchant="Trade Marks Registry")
        p.add("small", "Office of the Controller General of Patents, Designs & Trade Marks")
        p.add("small", "Government of India")
        p.add("center", "E-FILING - FEE RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            cbr = f"{rng.randrange(10000, 99999)}"
            p.pair("CBR No.", cbr, txn=(INVOICE_RANK, cbr))
        date_row(p, j, ["Date", "CBR date"])
        wrap_pair(p, "Applicant", applicant)
        p.pair("Application No.", str(rng.randrange(6800000, 7400000)))
        p.pair("Form", "TM-A (new application)")
        wrap_pair(p, "Mark / Class", f"{BRAND_CAPS} (device) / Class {rng.choice([3, 5, 30])}")
        fee = float(rng.choice([4500, 9000]))
        marks = rng.randrange(1, 3)
        j.amount = fee * marks
        p.pair(f"Fee ({'MSME' if fee == 4500 else 'others'}) x {marks}", rs(j.amount))
        p.pair(rng.choice(["Total amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Online - Net banking", method="netbanking")
        if not j.no_ref:
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.add("center", "PAYMENT RECEIVED", status=status)
        p.part = "foot"
        p.add("small", "This is a computer generated receipt.")
        return p.done()
    url = {
        "foscos": "foscos.fssai.gov.in/payment/receipt",
        "aushadhi": "e-aushadhi.gov.in/ayush/fee/payment_status",
        "uk_challan": "ifms.uk.gov.in/echallan/status",
        "metrology": "lmd.kerala.gov.in/packer/payment",
        "kl_treasury": "etreasury.kerala.gov.in/challan/receipt",
    }[frame]
    p = browser_page(rng, font, url)
    p.part = "head"
    if frame == "foscos":
        payee = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        top(p, payee, merchant=payee)
        p.add("small", "FoSCoS - Food Safety Compliance System")
        p.add("center", "Payment receipt")
    elif frame == "aushadhi":
        top(p, "e-Aushadhi")
        p.add("small", "Ministry of Ayush, Government of India - online licensing")
        p.add("center", "Licence fee - payment status")
    elif frame == "uk_challan":
        top(p, "e-Challan")
        p.add("small", "Directorate of Treasuries, Government of Uttarakhand")
    elif frame == "kl_treasury":
        top(p, "e-Treasury Kerala")
        p.add("small", "Finance Department, Government of Kerala - e-Challan receipt")
    else:
        payee = rng.choice(["Legal Metrology Department, Kerala", "Department of Legal Metrology"])
        top(p, payee, merchant=payee)
        p.add("small", "Registration of packers - Rule 27, LM (Packaged Commodities) Rules")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": {
                "foscos": ["Payment successful", "Transaction successful"],
                "aushadhi": ["Fee paid successfully"],
                "kl_treasury": ["Success - credited to Government account"],
                "metrology": ["Payment successful"],
            }.get(frame, ["Payment successful"]),
            "pending": ["Challan status: Pending - awaiting bank scroll"],
            "failed": ["Payment failed - amount not received by the treasury"],
        },
    )
    if frame == "foscos":
        p.pair(rng.choice(["Application No.", "Reference ID"]), f"{digits(rng, 2)}{digits(rng, 12)}")
        wrap_pair(p, rng.choice(["FBO name", "Name of company"]), applicant)
        wrap_pair(p, "Kind of business", "Manufacturer - Health supplements and nutraceuticals")
        p.pair("Licence type", rng.choice(["Central licence - renewal", "Central licence - modification"]))
        years = rng.randrange(1, 6)
        p.pair(f"Licence fee ({years} yr x 7,500)", rs(7500.0 * years))
        late = float(rng.choice([0, 0, 100 * rng.randrange(2, 30)]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = 7500.0 * years + late
        p.pair(rng.choice(["Total amount", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["netbanking", "UPI", "card"])
        text = {"netbanking": f"Net banking - {bank}", "UPI": "UPI", "card": "Debit card"}[way]
        p.pair("Payment mode", text, method=way)
        if not j.no_ref:
            tid = f"FSS{j.date:%y%m}{digits(rng, 8)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = f"{IFSC[bank]}{digits(rng, 10)}" if way != "UPI" else j.ref
            p.pair(
                "Bank Ref No." if way != "UPI" else "UPI Ref No.",
                bref,
                txn=(BANK_RANK if way != "UPI" else UTR_RANK, bref),
            )
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        return p.done()
    if frame == "aushadhi":
        payee = rng.choice(
            [
                "State Licensing Authority (Ayurveda), Uttarakhand",
                "State Licensing Authority (Ayurved & Unani), Uttarakhand",
                "Drugs Control Department (Ayurveda), Kerala",
            ]
        )
        wrap_pair(p, rng.choice(["Licensing authority", "Fee payable to"]), payee, merchant=payee)
        wrap_pair(p, "Applicant", applicant)
        wrap_pair(
            p,
            "Form",
            rng.choice(
                ["Form 24-D - licence to manufacture Ayurvedic drugs", "Form 25-D - renewal of licence"]
            ),
        )
        items = rng.randrange(4, 40)
        base, inspect = float(rng.choice([3000, 5000])), float(rng.choice([1000, 2000]))
        p.pair("Licence fee", rs(base))
        p.pair("Inspection fee", rs(inspect))
        p.pair(f"Additional items ({items} x 200)", rs(200.0 * items))
        j.amount = base + inspect + 200.0 * items
        p.pair(rng.choice(["Total fee", "Total amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["netbanking", "UPI"])
        p.pair("Payment mode", "Net banking" if way == "netbanking" else "UPI", method=way)
        if not j.no_ref:
            tid = f"AY{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                bref = f"{IFSC[bank]}{digits(rng, 10)}" if way == "netbanking" else j.ref
                lab = "Bank Ref No." if way == "netbanking" else "UPI Ref No."
                p.pair(lab, bref, txn=(BANK_RANK if way == "netbanking" else UTR_RANK, bref))
        date_row(p, j, ["Paid on"] if status == "success" else ["Failed on"], hour=True)
        return p.done()
    if frame in ("uk_challan", "kl_treasury"):
        dept, office, head = (
            (
                rng.choice(
                    ["Ayurvedic and Unani Services, Uttarakhand", "Directorate of Ayurvedic & Unani Services"]
                ),
                "Licensing Authority, Dehradun",
                "0210-04-800-01-00",
            )
            if frame == "uk_challan"
            else (
                "Drugs Control Department",
                "Assistant Drugs Controller (Ayurveda), Ernakulam",
                "0210-04-104-99",
            )
        )
        wrap_pair(p, rng.choice(["Department", "Payee department"]), dept, merchant=dept)
        wrap_pair(p, "Office", office)
        wrap_pair(p, rng.choice(["Remitter name", "Depositor name"]), applicant)
        p.pair("Head of account", head)
        wrap_pair(
            p, "Purpose", rng.choice(["Renewal fee - Form 25-D licence", "Fee for additional products"])
        )
        j.amount = float(rng.randrange(6, 60) * 500)
        p.pair(rng.choice(["Amount", "Total"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", f"Net banking - {bank}", method="netbanking")
        if not j.no_ref:
            grn = f"{rng.choice(['UK', 'KL'])}{digits(rng, 10)}" if rng.random() < 0.5 else digits(rng, 14)
            p.pair(rng.choice(["GRN", "Challan No. (GRN)"]), grn, txn=(INVOICE_RANK, grn))
            if status == "success":
                cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
                p.pair(rng.choice(["Bank CIN", "Bank Ref No."]), cin, txn=(BANK_RANK, cin))
        labels = (
            ["Date of remittance", "Date of payment"] if status == "success" else ["Payment initiated on"]
        )
        date_row(p, j, labels)
        return p.done()
    wrap_pair(p, "Applicant", applicant)
    p.pair("Application No.", f"LMD/PKR/{digits(rng, 5)}")
    j.amount = float(rng.choice([2500, 5000, 7500]))
    p.pair("Registration fee", rs(j.amount))
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    p.pair("Payment mode", "UPI", method="UPI")
    if not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        tid = f"LM{digits(rng, 10)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Payment date"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 8. the stores' and suppliers' card slips


COUNTERS = [
    ("AMRITVELA AYURVEDA", "LULU MALL, EDAPPALLY, KOCHI", True),
    ("GANGA GLASS BOTTLES & CAPS", "BAHADRABAD, HARIDWAR", False),
    ("AMRITVELA AYURVEDA WELLNESS STORE", "JWALAPUR, HARIDWAR", True),
    ("KERALA LAB GLASS & CHEMICALS", "PALARIVATTOM, KOCHI", False),
    ("SHRI HARI PACKAGING MART", "ROSHANABAD, HARIDWAR", False),
    ("AMRITVELA AYURVEDA - AIRPORT KIOSK", "COCHIN INTL AIRPORT", True),
    ("DOON WEIGHING SCALES", "RAJPUR ROAD, DEHRADUN", False),
    ("MALABAR COPPER VESSELS", "ROUND SOUTH, THRISSUR", False),
]
SLIP_MAKERS = [
    "PINE LABS",
    "RAZORPAY POS",
    "PAYTM",
    "BHARATPE",
    "MSWIPE",
    "PHONEPE POS",
    "HDFC BANK",
    "ICICI MERCHANT SERVICES",
]


def store_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Card terminal slips (monospace): the brand's own stores and airport kiosk taking customers' cards and a UPI QR,
    and the staff's card at suppliers' counters (glass bottles, lab glass, packaging, weighing scales, copper
    vessels): the maker on top or POWERED BY <maker> at the foot, the counter's name and area in capitals, DATE: and
    TIME: / DT: and TM: / DATE/TIME:, MID: / MERCHANT ID:, TID: / TERMINAL ID:, BATCH NO: / BATCH:, INVOICE NO: /
    INV: / ROC NO: / BILL NO:, SALE / CARD SALE / UPI QR SALE, CARD NO: / CARD:, CARD TYPE:, EXP: **/**, ENTRY:, APPR
    CODE: / AUTH CODE: / APPROVAL CODE:, RRN: / RRN NO: / REF NO:, or MODE: UPI, PAYER VPA: and UPI REF NO:; AMOUNT: /
    TOTAL: / SALE AMT: / TXN AMT:; APPROVED / TXN SUCCESSFUL / SALE APPROVED / DECLINED with RESP CODE: 05 DO NOT
    HONOUR or 91 ISSUER NOT AVAILABLE / TXN TIMEOUT - STATUS UNKNOWN."""
    k = place("store_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    own_store = COUNTERS[k][2]
    j = Job(
        rng,
        status,
        no_ref=k == 6,
        no_day=k == 3,
        low=450 if own_store else 1800,
        high=9500 if own_store else 48000,
        p_round=0.6 if own_store else 0.4,
    )
    name, area, _ = COUNTERS[k]
    maker = SLIP_MAKERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    maker_on_top = rng.random() < 0.5
    if maker_on_top:
        p.add("center", maker)
    p.add("center", name, merchant=name)
    p.add("center", area)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d.%m.%Y", "%d %b %y"]))
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
        style = rng.randrange(3)
        if style == 0:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        elif style == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 9)}")
    p.pair(rng.choice(["TID:", "TERMINAL ID:"]), digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV:", "ROC NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    qr = k == 5
    if qr:
        p.add("center", "UPI QR SALE")
        p.pair("MODE:", "UPI", method="UPI")
        vpa = f"{rng.choice(['meera', 'arun', 'joseph', 'lakshmi'])}{rng.randrange(1, 99)}@okaxis"
        p.pair("PAYER VPA:", vpa)
        if not j.no_ref:
            p.pair("UPI REF NO:", j.ref, txn=(UTR_RANK, j.ref))
    else:
        p.add("center", rng.choice(["SALE", "CARD SALE"]))
        card = rng.choice(["CARD NO:", "CARD:"])
        p.pair(card, f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "VISA DEBIT", "RUPAY CREDIT"]))
        p.pair("EXP:", "**/**")
        p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "TAP"]))
        if status == "success" and not j.no_ref:
            appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:", "TXN AMT:"]), f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL", "SALE APPROVED"]), status="success")
        if not qr:
            p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 05 DO NOT HONOUR", "RESP CODE: 91 ISSUER NOT AVAILABLE"]))
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "DO NOT RETRY - CHECK WITH BANK")
    p.part = "foot"
    if own_store:
        p.add("small", "THANK YOU - VISIT AGAIN")
    if not maker_on_top:
        p.add("small", f"POWERED BY {maker}")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** MERCHANT COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 9. testing laboratories


LABS = [
    (
        "Doon Analytical & Research Laboratory",
        "NABL accredited (ISO/IEC 17025) | Approved drug testing lab u/r 160-A",
        "Selaqui, Dehradun - 248011, Uttarakhand",
        "05",
    ),
    (
        "Pioneer Analytical Labs Pvt Ltd",
        "Food, nutraceutical and herbal testing - FSSAI notified laboratory",
        "HMT Road, Kalamassery, Kochi - 683104, Kerala",
        "32",
    ),
    (
        "Haridwar Herbal Testing Centre",
        "Heavy metals | Microbiology | HPTLC | Stability",
        "Ranipur More, Haridwar - 249407, Uttarakhand",
        "05",
    ),
    (
        "Sree Chitra Phyto Labs",
        "Phytochemical analysis and standardisation of ASU drugs",
        "Pattom, Thiruvananthapuram - 695004, Kerala",
        "32",
    ),
]
TESTS = [
    ("Heavy metals (Pb, As, Hg, Cd) by ICP-MS", 2800, 4200),
    ("Microbial load (TPC, Y&M, E. coli, Salmonella)", 1800, 2600),
    ("Aflatoxins B1, B2, G1, G2", 2200, 3400),
    ("Pesticide residue (multi-residue)", 5500, 8200),
    ("HPTLC fingerprint", 3000, 4500),
    ("Withanolides assay by HPLC", 3800, 5200),
    ("Stability study - 6 months accelerated", 18000, 28000),
    ("Total ash, acid-insoluble ash, LOD", 900, 1400),
]
LAB_WAYS = ["NEFT", "UPI", "cheque", "IMPS", "card", "NEFT", "cheque", "UPI"]


def testing_labs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A testing laboratory's bill for testing the brand's batches (serif; the lab on top with its accreditation,
    address, GSTIN and phone; TAX INVOICE / INVOICE CUM RECEIPT / BILL FOR TESTING CHARGES): Invoice No. / Bill No.,
    Date / Invoice date / Bill date, Customer / Bill to / Party M/s the company, TRF No., Sample received on, the
    samples (Ashwagandha capsules B.No. ...) and tests with n x rate, Sub total / Taxable value, CGST and SGST or IGST
    @ 18%, Round off, Total / Invoice total, Less: TDS u/s 194J @ 2% on some, then the payment block: Amount received /
    Net received / Received with the way and its UTR, IMPS or UPI reference, card with Auth code, or Cheque received
    / Cheque amount with Cheque No. and Bank; ULR No. of the reports; PAID / PAYMENT RECEIVED / RECEIVED - REPORTS
    RELEASED / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE DISHONOURED - REPORTS WITHHELD, in the lab's rubber
    stamp too."""
    k = place("testing_labs")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    lab, line, addr, state = rng.choice(LABS)
    shown = lab.upper() if rng.random() < 0.3 else lab
    p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "\u20b9", ""))
    letterhead(
        p, shown, line, addr, state, ["TAX INVOICE", "INVOICE CUM RECEIPT", "BILL FOR TESTING CHARGES"]
    )
    if not j.no_ref:
        inv = doc_no(rng, rng.choice(["TI", "LAB", "INV"]), j)
        p.pair(rng.choice(["Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Invoice date", "Bill date"])
    ours_to(p, ["Customer", "Bill to", "Party"])
    p.pair("TRF No.", f"TRF-{rng.randrange(1000, 99999)}")
    if not j.no_day:
        p.pair("Sample received on", j.other_day(rng, -14, -3))
    sub = 0.0
    for _ in range(rng.randrange(1, 3)):
        product = rng.choice(CMO_ITEMS)
        p.add("left", f"Sample: {product} B.No. {code(rng, 2, UPPER)}{rng.randrange(2601, 2699)}")
        for test, lo, hi in rng.sample(TESTS, rng.randrange(1, 3)):
            n = rng.randrange(1, 4)
            rate = float(round(rng.uniform(lo, hi), -2))
            wrap_pair(p, f"  {test} {n} x {rate:,.0f}", rs(n * rate))
            sub += n * rate
    p.pair(rng.choice(["Sub total", "Taxable value"]), rs(sub))
    total = gst_lines(p, rs, sub, 18, state != UNITS[j.unit][2])
    p.pair(rng.choice(["Total", "Invoice total"]), rs(total))
    j.amount = total
    way = by_bank(j, LAB_WAYS[k])
    if status == "failed" or status == "pending":
        way = "cheque"
    net = rng.choice(["Amount received", "Received"])
    if way in ("NEFT", "IMPS") and rng.random() < 0.6:
        tds = float(round(sub * 0.02))
        p.pair("Less: TDS u/s 194J @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
        net = "Net received"
    p.add("rule")
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
        if status == "failed":
            p.pair("Return reason", rng.choice(["Payment stopped by drawer", "Funds insufficient"]))
    elif way == "card":
        p.pair(net, rs(j.amount), amount=j.amount)
        p.pair("Paid by", f"Card - Visa {masked(rng, font)}", method="card")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    else:
        p.pair(net, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(ref_label(rng, way), ref, txn=(UTR_RANK, ref))
    p.pair(
        "ULR No.",
        f"TC{rng.randrange(1000, 9999)}{j.date:%y}{digits(rng, 8)}F"
        if not j.no_day
        else f"TC{digits(rng, 14)}F",
    )
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED", "RECEIVED - REPORTS RELEASED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE DISHONOURED - REPORTS WITHHELD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees {words_in_rupees(j.amount).removeprefix('Rupees ')}")
    right(p, "Authorised signatory - Accounts")
    if rng.random() < 0.6:
        seal(p, " ".join(lab.split()[:2]), "LAB ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 10. export buyers' wires, certifiers abroad


DISTRIBUTORS = [
    ("Sattva Naturals Inc", "Edison, NJ, USA", "USD", "Bank of America NA", "BOFAUS3N"),
    ("Veda Wellness Ltd", "Leicester, United Kingdom", "GBP", "HSBC UK Bank PLC", "HBUKGB4B"),
    ("Ayurhaus GmbH", "Hamburg, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF"),
    ("Lotus Herbal Imports LLC", "Austin, TX, USA", "USD", "Citibank NA, New York", "CITIUS33"),
    ("Maison Ayurvedique SAS", "Nice, France", "EUR", "Societe Generale", "SOGEFRPP"),
    ("Malabar Herb & Spice Co Ltd", "Birmingham, United Kingdom", "GBP", "NatWest Bank", "NWBKGB2L"),
]
CERTIFIERS = [
    (
        "Verdant Organic Certification B.V.",
        "Zwolle, Netherlands",
        "EUR",
        "ING Bank N.V.",
        "INGBNL2A",
        "Organic (EU) certification - annual audit fee",
    ),
    (
        "NutraReg Compliance LLC",
        "Wilmington, DE, USA",
        "USD",
        "JPMorgan Chase Bank NA",
        "CHASUS33",
        "US FDA agent and label review fee",
    ),
    (
        "Halal Assurance Europe Ltd",
        "Manchester, United Kingdom",
        "GBP",
        "Barclays Bank PLC",
        "BARCGB22",
        "Halal certification - product listing fee",
    ),
]
RATES = {"USD": (85.6, 89.2), "EUR": (93.4, 98.1), "GBP": (108.6, 114.0)}
# bank, frame, direction
WIRE_FRAMES = [
    ("HDFC Bank", "browser", "in"),
    ("ICICI Bank", "mail", "in"),
    ("State Bank of India", "paper", "out"),
    ("Federal Bank", "paper", "in"),
    ("Wise", "phone", "in"),
    ("Axis Bank", "browser", "in"),
    ("Kotak Mahindra Bank", "browser", "out"),
    ("South Indian Bank", "mail", "in"),
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Distributors abroad paying for shipments of oils, churnas and capsules, and the brand paying certifiers abroad:
    five banks' inward remittance advices (HDFC Bank's and Axis Bank's pages, ICICI Bank's and South Indian Bank's
    e-mails, Federal Bank's printed advice: the bank on top, Inward Remittance - Credit Advice / FIRC - inward
    remittance advice / Export proceeds - inward credit, Beneficiary / Beneficiary name / Beneficiary customer the
    company, Remitter / Ordering customer / Sender the distributor, Remitting bank / Sender's bank, SWIFT BIC,
    Remittance amount / Foreign currency amount / FCY amount / Instructed amount in USD, EUR or GBP, Conversion rate,
    INR equivalent, Less: charges, Net credit (INR), Purpose P0102, Invoice ref, Mode SWIFT MT103, Inward ref No. / Our
    reference / Transaction reference, UETR on some, Value date / Credited on / Received on / Returned on), a
    distributor's Wise transfer (the app: You sent, Wise fee, Amount converted, Guaranteed rate, Recipient gets (INR),
    To / Recipient the company, Paid with Bank transfer, Transfer #, Arrived on / Sent on) and two outward remittance
    advices to certifiers (SBI's printed and Kotak's page: Outward Remittance - Debit Advice / Foreign Outward
    Remittance - Transaction advice, Remitter / Applicant the company, Beneficiary / Beneficiary name the certifier,
    Beneficiary bank, SWIFT BIC, IBAN / A/c No., Remittance amount / FCY amount, Exchange rate, INR equivalent, Bank
    charges, GST on currency conversion, Total debited (INR), Purpose code S1023, Charges OUR / SHA, Our ref. No. /
    Transaction reference, UETR, Value date / Debited on; Remittance processed - SWIFT sent / Processed)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    bank, frame, direction = WIRE_FRAMES[k]
    if direction == "out":
        party, city, cur, pbank, bic, purpose = CERTIFIERS[k % 3]
        j.amount = (
            round(rng.uniform(900, 9800), 2) if rng.random() < 0.6 else float(rng.randrange(9, 98) * 100)
        )
    else:
        party, city, cur, pbank, bic = DISTRIBUTORS[k % 6]
        j.amount = (
            round(rng.uniform(3500, 72000), 2) if rng.random() < 0.6 else float(rng.randrange(35, 700) * 100)
        )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), rng.choice([2, 4]))
    inv = (
        f"AVH/EXP/{fy(j.date)}/{rng.randrange(10, 240):03d}"
        if not j.no_day
        else f"AVH-EXP-{rng.randrange(100, 999)}"
    )
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    if bank == "Wise":
        p = phone_page(rng, font, k, ["Transfer details", "Activity"])
        p.part = "head"
        p.add("title", "Wise")
        p.part = "body"
        outcome_row(p, status, {"success": ["Your transfer is complete", "The money has arrived"]})
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        fee = round(j.amount * rng.uniform(0.004, 0.007), 2)
        p.pair("You sent", show(j.amount))
        p.pair("Wise fee", show(fee))
        p.pair("Amount converted", show(round(j.amount - fee, 2)))
        p.pair("Guaranteed rate", f"1 {cur} = {rate:.4f} INR")
        p.pair("Recipient gets", f"INR {round((j.amount - fee) * rate, 2):,.2f}")
        wrap_pair(p, rng.choice(["To", "Recipient"]), payee, merchant=payee)
        wrap_pair(p, "Reference", inv)
        wrap_pair(p, "Paid with", "Bank transfer", method="netbanking")
        if not j.no_ref:
            tid = f"#{rng.randrange(1100000000, 1999999999)}"
            p.pair("Transfer", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Arrived on", "Sent on"], WEST_PATS)
        p.part = "foot"
        p.add("small", "Wise Payments Limited is authorised by the Financial Conduct Authority.")
        return p.done()
    short = bank.split()[0].lower()
    if frame == "browser":
        p = browser_page(
            rng,
            font,
            f"corp.{short}bank.com/trade/{'inward' if direction == 'in' else 'outward'}/{code(rng, 8, ALNUM)}",
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forexadvice@{short}bank.co.in>",
            [
                "Inward remittance credited",
                "Credit advice - foreign inward remittance",
                "Inward remittance advice",
            ],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Trade Finance Operations", "International Banking Division", "Forex Centre, Kochi"]),
    )
    if direction == "out":
        p.add(
            "center",
            rng.choice(
                ["Outward Remittance - Debit Advice", "Foreign Outward Remittance - Transaction advice"]
            ),
        )
    else:
        p.add(
            "center",
            rng.choice(
                [
                    "Inward Remittance - Credit Advice",
                    "FIRC - inward remittance advice",
                    "Export proceeds - inward credit",
                ]
            ),
        )
    p.add("rule")
    p.part = "body"
    if direction == "out":
        outcome_row(p, status, {"success": ["Remittance processed - SWIFT sent", "Status: Processed"]})
        wrap_pair(p, rng.choice(["Remitter", "Applicant"]), payee)
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), party, merchant=party)
        wrap_pair(p, "Beneficiary address", city)
        wrap_pair(p, "Beneficiary bank", pbank)
        p.pair("SWIFT BIC", bic)
        p.pair(
            "IBAN / A/c No.",
            f"NL{digits(rng, 2)}INGB{digits(rng, 10)}" if cur == "EUR" else f"XXXXXX{digits(rng, 4)}",
        )
        p.pair(rng.choice(["Remittance amount", "FCY amount"]), show(j.amount), amount=j.amount, cur=cur)
        inr = round(j.amount * rate, 2)
        charges = float(rng.choice([500, 750, 1000]))
        gst = round(min(max(inr * 0.01 * 0.18, 45), 60000), 2)
        p.pair("Exchange rate", f"{rate} INR / {cur}")
        p.pair("INR equivalent", f"{inr:,.2f}")
        p.pair("Bank charges", f"{charges:,.2f}")
        p.pair("GST on currency conversion", f"{gst:,.2f}")
        p.pair("Total debited (INR)", f"{inr + charges + gst:,.2f}")
        wrap_pair(p, "Purpose", f"S1023 - {purpose}")
        p.pair("Charges", rng.choice(["OUR", "SHA"]))
        p.pair("Mode", "SWIFT outward (MT103)", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['ORM', 'OTT', 'FOR'])}{digits(rng, 11)}"
            p.pair(rng.choice(["Our ref. No.", "Transaction reference"]), ref, txn=(BANK_RANK, ref))
        uetr = f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-b{code(rng, 3, HEX)}-{code(rng, 12, HEX)}"
        wrap_pair(p, "UETR", uetr)
        date_row(p, j, ["Value date", "Debited on"])
        p.part = "foot"
        p.add("small", "Form A2 and invoice held on record. Subject to FEMA, 1999.")
        return p.done()
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Credited", "Credited to your account"],
            "pending": ["Received - pending disposal (purpose code and invoice awaited)"],
            "failed": ["Returned to remitting bank - beneficiary name mismatch"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary", "Beneficiary name", "Beneficiary customer"]), payee, merchant=payee
    )
    p.pair("Account", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['Current', 'EEFC'])})")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer", "Sender"]), f"{party}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's bank"]), pbank)
    p.pair("SWIFT BIC", bic + rng.choice(["", "XXX"]))
    p.pair(
        rng.choice(["Remittance amount", "Foreign currency amount", "FCY amount", "Instructed amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    charges = float(rng.choice([500, 750, 1000, 1250])) + round(rng.uniform(0, 400), 2)
    p.pair("Conversion rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Less: charges (incl. GST)", f"{charges:,.2f}")
    if status != "failed":
        p.pair("Net credit (INR)", f"{inr - charges:,.2f}")
    p.pair("Purpose", rng.choice(["P0102 - Export of goods", "P0103 - Advance against exports"]))
    wrap_pair(p, "Invoice ref", inv)
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'IWR'])}{'' if j.no_day else f'{j.date:%y}'}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward ref No.", "Our reference", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if rng.random() < 0.5:
            uetr = f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-a{code(rng, 3, HEX)}-{code(rng, 12, HEX)}"
            wrap_pair(p, "UETR", uetr)
    labels = {
        "success": ["Value date", "Credited on"],
        "pending": ["Received on"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels)
    p.part = "foot"
    p.add("small", "e-BRC will be generated on the DGFT platform once the shipping bill is regularised.")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, phones and broadband


UTILITY_FRAMES = ["bbps", "upcl", "kseb", "paytm", "bbps", "jal", "amazonpay", "broadband"]
BOARDS = [
    ("Uttarakhand Power Corporation Ltd", "UPCL"),
    ("Kerala State Electricity Board Ltd", "KSEB"),
]


def plant_utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's and the office's power, water, phones and broadband: two Bharat Connect pages in a business banking
    app (Federal Bank FedCorp, SmartHub Vyapar, IDFC FIRST Business: the sum large, Biller / Electricity board UPCL or
    KSEB short or long, Consumer No. / Service connection No. / Consumer ID, Consumer name the company, Bill date, Due
    date, Bill amount, Paid from Current A/c, Bharat Connect Ref. No. / B-Connect Txn ID, Transaction ID, Paid on /
    Initiated on; Bill payment successful / Bill payment in process), UPCL's and KSEB's own pages (the board on top,
    Online bill payment - receipt / Quick Pay - payment receipt, Service connection No. / Consumer No., Category,
    Section, Bill month, Mode, Receipt No., Bank Ref No. / UPI Ref No. / Transaction ID, Amount paid, Payment date /
    Paid on), Uttarakhand Jal Sansthan's water bill page (Connection ID, Amount, Mode, Transaction ID, Transaction date;
    Payment failed - amount if debited will be refunded), the fleet's postpaid phones paid from Paytm Wallet and a
    KSEB bill paid from Amazon Pay balance (the app's title, Bill paid successfully / Payment successful, the sum
    large, Paid to / Biller, Mobile No. / Consumer No., Paid using, Transaction ID, Bharat Connect Ref. No., Paid on)
    and ACT Fibernet's receipt (the provider on top, Account No., Account name, Plan, Amount paid, Paid via, Receipt
    No., Transaction ID, Paid on)."""
    k = place("plant_utilities")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=28000, high=560000, p_round=0.3)
    frame = UTILITY_FRAMES[k]
    rs = money(rng, font, 0.4)
    if frame in ("bbps", "amazonpay", "paytm"):
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect", "Payment details"])
        p.part = "head"
        if frame == "bbps":
            p.add("title", rng.choice(["Federal Bank FedCorp", "SmartHub Vyapar", "IDFC FIRST Business"]))
            p.add("small", "Bharat Connect - Electricity")
        else:
            band = (0, 46, 110) if frame == "paytm" else (35, 47, 62)
            if not p.style["h106"]["dark"]:
                p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
            p.add("title", "Paytm" if frame == "paytm" else "Amazon Pay")
        p.add("gap")
        p.part = "body"
        if frame == "paytm":
            j.amount = rupees(rng, 1200, 18000, 0.2)
        if frame == "amazonpay":
            j.amount = rupees(rng, 3000, 45000, 0.3)
        outcome_row(
            p,
            status,
            {
                "success": ["Bill payment successful"]
                if frame == "bbps"
                else ["Bill paid successfully", "Payment successful"],
                "pending": ["Bill payment in process"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        if frame == "paytm":
            biller = rng.choice(["Airtel Postpaid", "Jio Postpaid", "Vi Postpaid"])
            wrap_pair(p, rng.choice(["Paid to", "Biller"]), biller, merchant=biller)
            p.pair("Mobile No.", f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
            p.pair("Plan", "Corporate postpaid - 12 connections")
            p.pair("Paid using", "Paytm Wallet", method="wallet")
        else:
            long, short = BOARDS[j.unit] if frame == "bbps" else BOARDS[1]
            board = rng.choice([long, short])
            wrap_pair(p, rng.choice(["Biller", "Electricity board"]), board, merchant=board)
            p.pair(
                rng.choice(["Consumer No.", "Service connection No.", "Consumer ID"]),
                digits(rng, 13 if j.unit else 12),
            )
            wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "AMRITVELA HERBALS PVT LT"]))
            if not j.no_day:
                p.pair("Bill date", j.other_day(rng, -25, -5))
                p.pair("Due date", j.other_day(rng, 3, 15))
            p.pair("Bill amount", rs(j.amount))
            if frame == "bbps":
                p.pair("Paid from", f"Current A/c XXXX{digits(rng, 4)}", method="netbanking")
            else:
                p.pair("Paid using", "Amazon Pay balance", method="wallet")
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bref, txn=(BANK_RANK, bref))
            tid = (
                digits(rng, 14)
                if frame != "amazonpay"
                else f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}"
            )
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Date & time"] if status == "success" else ["Initiated on"], hour=True)
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment" if frame != "paytm" else "Paytm - bill payments")
        return p.done()
    if frame in ("upcl", "kseb"):
        long, short = BOARDS[0 if frame == "upcl" else 1]
        board = rng.choice([long, short])
        p = browser_page(
            rng,
            font,
            "www.upcl.org/wss/quickpay/receipt"
            if frame == "upcl"
            else "wss.kseb.in/selfservices/quickpay/receipt",
        )
        p.part = "head"
        top(p, board, merchant=board)
        p.add("small", "Online bill payment - receipt" if frame == "upcl" else "Quick Pay - payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Transaction successful"]})
        p.pair(
            "Service connection No." if frame == "upcl" else "Consumer No.",
            digits(rng, 12 if frame == "upcl" else 13),
        )
        p.pair("Category", "LT Industrial (LTIS)" if frame == "upcl" else "LT IV-A Industrial")
        if frame == "kseb":
            p.pair("Section", "Kakkanad")
        p.pair("Bill month", j.month(1))
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                lab = rng.choice(["Bank Ref No.", "Transaction ID"])
                p.pair(lab, bref, txn=(BANK_RANK if lab == "Bank Ref No." else TXN_RANK, bref))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        date_row(p, j, ["Payment date", "Paid on"])
        return p.done()
    if frame == "jal":
        j.amount = rupees(rng, 2400, 26000, 0.5)
        p = browser_page(rng, font, "ujs.uk.gov.in/onlinepayment/status")
        p.part = "head"
        payee = rng.choice(["Uttarakhand Jal Sansthan", "UTTARAKHAND JAL SANSTHAN"])
        top(p, payee, merchant=payee)
        p.add("small", "Water & sewerage bill - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"failed": ["Payment failed - amount if debited will be refunded"]})
        p.pair("Connection ID", f"HDW/{rng.randrange(1000, 9999)}/{digits(rng, 4)}")
        wrap_pair(p, "Consumer name", COMPANY_CAPS)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", "Net banking", method="netbanking")
        if not j.no_ref:
            tid = f"UJS{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Transaction date"], hour=True)
        return p.done()
    j.amount = rupees(rng, 1400, 12000, 0.4)
    p = browser_page(rng, font, "www.actcorp.in/pay-bill/receipt")
    p.part = "head"
    top(p, "ACT Fibernet", merchant="ACT Fibernet")
    p.add("small", "Payment receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
    p.pair(rng.choice(["Account No.", "User ID"]), digits(rng, 9))
    wrap_pair(p, "Account name", rng.choice([COMPANY_CAPS, BRAND]))
    p.pair("Plan", "ACT Business 300 Mbps")
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "UPI", "card"])
    p.pair("Paid via", {"netbanking": "Net banking", "UPI": "UPI", "card": "Debit card"}[way], method=way)
    if not j.no_ref:
        rct = f"R{digits(rng, 9)}"
        p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Payment date"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 12. the bank's alerts


ALERT_PAYEES = [
    "MALWA ASHWAGANDHA FPC",
    "SHIVALIK HERBAL FORMUL",
    "UPCL",
    "RITIKA SHARMA",
    "GANGA GLASS BOTTLES",
    "DOON ANALYTICAL RESEA",
    "SHIPROCKET LIMITED",
    "DEVBHOOMI JADI BUTI",
]
ALERT_FRAMES = ["sms", "mail", "sms", "sms", "mail", "sms", "sms", "mail"]
SENDERS = {
    "Federal Bank": ("AD-FEDBNK", "Federal Bank Alerts <alerts@federalbank.co.in>"),
    "HDFC Bank": ("AX-HDFCBK", "HDFC Bank InstaAlerts <alerts@hdfcbank.net>"),
    "ICICI Bank": ("VM-ICICIT", "ICICI Bank <alert@icicibank.com>"),
    "State Bank of India": ("JD-SBIINB", "SBI Alerts <donotreply.sbiintouch@alerts.sbi.co.in>"),
    "Kotak Mahindra Bank": ("AD-KOTAKB", "Kotak Bank <bankalerts@kotak.com>"),
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the finance manager's phone and mailbox: five SMS (a messages app: the sender AD-FEDBNK /
    AX-HDFCBK / VM-ICICIT / JD-SBIINB / AD-KOTAKB, the day divider, the alert) and three e-mails (Dear Customer, "Your
    A/c XX1234 has been debited for Rs.n on <day> towards NEFT / IMPS / UPI to <payee>", UTR / IMPS Ref No / UPI Ref
    No / RRN, Avl Bal / Available balance; a UPI that "has failed" and an IMPS that "is pending"): payments to a herb
    FPO, a contract manufacturer, the board, a creator, a bottle supplier, a lab, the courier and a herb trader as the
    bank names them. *settled*: the payee as the bank sends it (a truncated name counts as printed), never the bank,
    the sender id or the company's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=900, high=420000)
    bank = rng.choice(list(SENDERS))
    sms, sender = SENDERS[bank]
    frame = ALERT_FRAMES[k]
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = (
        "UPI"
        if j.amount < 100000 and k % 2 == 0
        else rng.choice(["NEFT", "IMPS", "RTGS" if j.amount >= 200000 else "NEFT"])
    )
    if status == "failed":
        way = "UPI"
    if status == "pending":
        way = "IMPS"
    way = by_bank(j, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acc = f"A/c XX{digits(rng, 4)}"
    day = j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%y"])
    lab = {"UPI": rng.choice(["UPI Ref No", "RRN"]), "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
    if frame == "mail":
        p = mail_page(
            rng, font, sender, ["Transaction alert", "Debit alert for your account", "Account update"]
        )
        p.part = "body"
        p.add("left", "Dear Customer,")
        if status == "success":
            p.add("left", f"Your {acc} has been debited for {amt}", amount=j.amount)
        else:
            p.add("left", f"Your {way} payment of {amt} from {acc}", amount=j.amount)
        if not j.no_day:
            p.add("left", f"on {day} towards {way}", date=j.date, method=method)
        else:
            p.add("left", f"towards {way}", method=method)
        p.add("left", f"to {to}.", merchant=to)
        if not j.no_ref:
            ref = bank_ref(rng, j, way, bank)
            p.add("left", f"{lab}: {ref}.", txn=(UTR_RANK, ref))
        word = {
            "success": f"Available balance: Rs.{rupees(rng, 90000, 3200000):,.2f}",
            "pending": "is pending with the beneficiary bank. Please do not retry.",
            "failed": "has failed. Any amount debited will be reversed.",
        }[status]
        p.add("left", word, status=status)
        p.part = "foot"
        p.add("small", f"Regards, {bank}")
        return p.done()
    p = phone_page(rng, font, k, [sms])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%A, {d} %b %Y"])), date=j.date)
    if status == "success":
        p.add("left", f"{acc} debited {amt}", amount=j.amount)
        p.add("left", f"{'on ' + day + ' ' if not j.no_day else ''}via {way}", method=method)
        p.add("left", f"to {to}.", merchant=to)
    else:
        p.add("left", f"Your {way} payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
        p.add("left", f"on {day}" if not j.no_day else "today", method=method)
    if not j.no_ref:
        ref = bank_ref(rng, j, way, bank)
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 90000, 3200000):,.2f}. Not you? Call 1800 425 1199",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

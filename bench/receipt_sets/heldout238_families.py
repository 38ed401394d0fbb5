"""The twelve heldout238 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kolhapuri chappal and leather footwear makers' co-operative's day in 2026 in
Kolhapur, Maharashtra (Panchganga Charmodyog Sahakari Sanstha Maryadit, a society of chappal makers
registered under the Maharashtra Co-operative Societies Act, its karagirs' workshed at Jawahar Nagar,
Panchganga Karagir Workshed, where the vegetable tanned buffalo leather is cut, the uppers hand stitched, the
veni braided by home workers, the soles fitted and the pairs polished and boxed, and its showroom on the
Chappal Line of Mahadwar Road, Panchganga Kolhapuri Chappal Ghar), told by the proofs of payment it receives
and makes: pilgrims', tourists' and boutiques' UPI screens and the showroom's Zaakpay and Airpay pages,
LIDCOM's, LIDKAR's and the Mumbai, Pune, New Delhi, Bengaluru, Goa and Hyderabad footwear shops' payment
advices, importers' inward wires from Austin, Milan, Kyoto, Brighton, Hong Kong, Kuwait, Oslo and Toronto in
US dollars, euros, yen, pounds, Hong Kong dollars, Kuwaiti dinars, Norwegian kroner and Canadian dollars (two
of them through the Xflow and Briskpe export platforms), the showroom's bills, the workshed's receipts for
leather offcuts sold by the kilo and for job work, the society's share capital receipt to a new member, the
tannery's, the tanning bark depot's, the thread mill's, the buckle works' and the shoebox maker's tax
invoices, the corporate net-banking transfers to the parcel carrier, the leather waste lifter, the sewing
machine mechanic, the showroom's landlord, the electrician, the photo studio, the security agency and the
design consultant, the braiders', stitchers', cutters', sole fitters' and polishers' majuri vouchers, their
Instantpay payouts and a Mahamobile Plus and an RBL MoBank transfer, Kolhapur Municipal Corporation's, the
Maharashtra Labour Welfare Board's, the Maharashtra Pollution Control Board's, the Council for Leather
Exports', Legal Metrology's, the Co-operation Department's and the Maharashtra GST Department's pages, the
insurers' premium receipts, card terminal slips, MSEDCL's power and the fibre, water, DTH and postpaid bills
and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on
an advice, supplier codes, purchase orders, MRNs, the society's registration, member, share certificate,
lot, Aadhaar, property, licence, establishment, consent, RCMC, PTEC, policy, proposal, cover note, consumer,
billing unit, connection, customer, subscriber and payee ID numbers, pairs, kilos, square feet, gross, rates,
rejections, rate differences and discounts, security deposits, advances, leather spoilt, share deductions,
TDS, GST and cess lines, rebates and prompt payment discounts, charges and total debits, rupee values on the
wires, exchange rates, intermediary banks, sums insured, limits, members, braiders and turnover declared,
coins and cashback, balances, periods, half-years, due days, shipping bill days, GSTIN, IFSC, UETR, senders'
references, purpose codes, export invoice, challan, E-way bill and LR numbers, MID, TID, batch, trace,
folio, room, table and dispenser numbers and the makers and checkers carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's; ``sign`` heldout93's;
``compose`` is heldout158's (as heldout235's and heldout234's).
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
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

COMPANY = "Panchganga Charmodyog Sahakari Sanstha Maryadit"
COMPANY_CAPS = "PANCHGANGA CHARMODYOG SAHAKARI SANSTHA MARYADIT"
SHORT = "Panchganga Charmodyog"
STORE = "Panchganga Karagir Workshed"
SHOWROOM = "Panchganga Kolhapuri Chappal Ghar"
REGN = "Regd. under the Maharashtra Co-operative Societies Act, 1960 - No. KPR/KLP/IND/(O)/173/1987"
# unit, address, GST state code
UNITS = [
    ("Karagir workshed", "Gat No. 118, Jawahar Nagar, Kolhapur - 416012, Maharashtra", "27"),
    ("Showroom", "Shop No. 14, Chappal Line, Mahadwar Road, Kolhapur - 416012, Maharashtra", "27"),
]
PATS_IN = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%y",
    "{d} %b %Y",
    "%d-%b-%y",
    "%d %b, %Y",
    "%d %B %Y",
    "%A, {d} %b %Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%B {d}, %Y"]
BANKS = [
    "Bank of Maharashtra",
    "RBL Bank",
    "Kolhapur District Central Co-operative Bank",
    "Shri Warana Sahakari Bank",
    "DCB Bank",
    "Cosmos Co-operative Bank",
    "Bank of India",
    "YES Bank",
    "IndusInd Bank",
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Saraswat Co-operative Bank",
]
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "RBL Bank": "RATN",
    "Kolhapur District Central Co-operative Bank": "KDCB",
    "Shri Warana Sahakari Bank": "WSBK",
    "DCB Bank": "DCBL",
    "Cosmos Co-operative Bank": "COSB",
    "Bank of India": "BKID",
    "YES Bank": "YESB",
    "IndusInd Bank": "INDB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Saraswat Co-operative Bank": "SRCB",
}
DOMAINS = {
    "Bank of Maharashtra": "bankofmaharashtra.in",
    "RBL Bank": "rblbank.com",
    "Kolhapur District Central Co-operative Bank": "kdccbank.in",
    "Shri Warana Sahakari Bank": "waranabank.com",
    "DCB Bank": "dcbbank.com",
    "Cosmos Co-operative Bank": "cosmosbank.com",
    "Bank of India": "bankofindia.co.in",
    "YES Bank": "yesbank.in",
    "IndusInd Bank": "indusind.com",
}
# what the society sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "pair": ("Kolhapuri chappal - kapshi, hand stitched, veg. tanned", "pair", 650, 3200, 5),
    "bridal": ("Bridal Kolhapuri - zari veni, made to measure", "pair", 2800, 6400, 18),
    "bulk": ("Kolhapuri chappal, assorted styles - wholesale lot", "pair", 420, 900, 5),
    "offcut": ("Leather offcuts (chindi) - buff, veg. tanned", "kg", 55, 110, 5),
    "jobwork": ("Job work - sole stitching and veni fitting", "pair", 60, 140, 5),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The society as the other party (Sold to / Name of buyer / Buyer's name and address: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "MAHB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


SHORT_BANKS = {
    "Kolhapur District Central Co-operative Bank": "KDCC Bank",
    "Shri Warana Sahakari Bank": "Warana Bank",
    "Cosmos Co-operative Bank": "Cosmos Bank",
    "Saraswat Co-operative Bank": "Saraswat Bank",
}


def bank_short(bank: str) -> str:
    """A bank as an app or a slip shortens it (KDCC Bank, Warana Bank)."""
    return SHORT_BANKS.get(bank, bank)


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} A/c XXXXXX{digits(rng, 4)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    rng = p.rng
    name = rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


# ---------------------------------------------------------------- 1. pilgrims and boutiques: UPI, pages


SHOP_APPS = [
    "Google Pay",
    "POP UPI",
    "Tata Neu",
    "Zaakpay",
    "Mahamobile Plus",
    "JioFinance",
    "Kotak811",
    "Airpay",
]
SHOP_NOTES = [
    "Kapshi chappal size 7",
    "2 pairs - Ambabai darshan",
    "Paytan gents 9 no.",
    "Bakkalnali ladies x 2",
    "Chappal for Aai",
    "Kolhapuri - tan, 8",
    "Pukari pair + polish",
    "Veni chappal for wedding",
]
# the buyer, the order, its sum (low, high)
PAGE_ORDERS = [
    ("Ms. Aditi Kulkarni, Pune", "Kapshi chappal, size 6 - two pairs", 1400, 5200),
    ("Rohan Menon, Kochi", "Gents paytan chappal, tan, size 9", 900, 3400),
    ("Sole Story Boutique, Panaji", "Wholesale lot - 24 pairs assorted", 12000, 42000),
    ("Mrs. Smita Desai, Belagavi", "Bridal Kolhapuri, zari veni - 2 pairs", 6000, 14000),
]
SHOP_UPI_LABELS = {
    "Google Pay": ["UPI reference", "UTR number"],
    "POP UPI": ["UPI ref", "Bank RRN No."],
    "Tata Neu": ["UPI txn ref.", "UTR"],
    "Mahamobile Plus": ["RRN No.", "UPI Ref Number"],
    "JioFinance": ["UPI reference number", "UTR No."],
    "Kotak811": ["UPI Ref.", "RRN number"],
}
SHOP_OWN_IDS = {
    "Google Pay": ("Google transaction ID", "CICAgM", 12),
    "POP UPI": ("POP txn ID", "POP", 13),
    "Tata Neu": ("Neu payment ID", "TNP", 14),
    "Mahamobile Plus": ("Mahamobile txn No.", "MMP", 12),
    "JioFinance": ("JioFinance txn ID", "JFL", 13),
    "Kotak811": ("811 transaction ID", "K811", 12),
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pilgrims, tourists and boutiques paying the showroom or the society: six UPI app screens (Google Pay,
    POP UPI, Tata Neu, Mahamobile Plus, JioFinance, Kotak811) in three orders (the status, the sum and the
    payee; the payee, the sum and the status; or the sum and the payee with the status at the foot under the
    references), the day on top under the app's name on some; the showroom, its capitals, the society's short
    name or its capitals under Paid to / Money sent to / Received by / You paid / Merchant (Sending to /
    Transfer to on the one not yet paid and the one that failed), its UPI ID, a Name as per bank: line on
    some, the sum large, Date & time / Transaction time / Sent on / Time of payment / Attempted on / Requested
    at, Note / Your note / Remark, Paid using / From account / Source, UPI reference / UTR number / UPI ref /
    Bank RRN No. / UPI txn ref. / UTR / RRN No. / UPI Ref Number / UPI reference number / UTR No. / UPI Ref. /
    RRN number, the app's own Google transaction ID / POP txn ID / Neu payment ID / Mahamobile txn No. /
    JioFinance txn ID on some, POP coins earned / NeuCoins earned / Balance after this payment on some;
    Transfer complete - received by the shop / Money reached the seller / Payment done - amount credited to
    the payee / Still processing - your bank has not replied, wait before paying again / Declined - incorrect
    UPI PIN, no money was taken) and the showroom's two payment pages (Zaakpay, Airpay: the showroom or the
    society on top, Zaakpay's status above an Amount paid row, Airpay's sum large above its status, Shopper /
    Paid by (customer), Items / Order details, Ship to, Transaction date / Paid at / Date of transaction,
    Payment mode / Pay mode, Zaakpay's Zaakpay txn ID, Merchant order ID and Bank RRN or Auth ID, Airpay's
    Airpay transaction ID, Order No. and RRN (UPI) or Approval No.; Payment successful - order confirmed /
    Thank you! Your payment is complete / Paid - the shop will dispatch in 2 days)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=650, high=12000, p_round=0.85)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Zaakpay", "Airpay"):
        who, what, low, high = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        j.amount = rupees(rng, low, high, 0.6)
        url = (
            f"api.zaakpay.com/transact/status/{code(rng, 16, HEXA)}"
            if app == "Zaakpay"
            else f"payments.airpay.co.in/pay/receipt.php?ref={code(rng, 12, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        to = rng.choice([SHOWROOM, SHOWROOM.upper(), SHORT, COMPANY])
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Hand stitched Kolhapuri chappals since 1987", "Chappal Line, Mahadwar Road, Kolhapur"]
            ),
        )
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment successful - order confirmed",
                "Thank you! Your payment is complete",
                "Paid - the shop will dispatch in 2 days",
            ]
        }
        if app == "Zaakpay":
            outcome_row(p, status, words)
            p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
        else:
            p.add("big", rs(j.amount), amount=j.amount)
            outcome_row(p, status, words)
        wrap_pair(p, rng.choice(["Shopper", "Paid by (customer)"]), who)
        wrap_pair(p, rng.choice(["Items", "Order details"]), what)
        p.pair("Ship to", who.split(", ")[-1])
        date_row(p, j, ["Transaction date", "Paid at", "Date of transaction"], hour=True)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Pay mode"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Zaakpay":
                pid = f"ZP{digits(rng, 14)}"
                p.pair("Zaakpay txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"PKCG-{j.date:%y%m}-{digits(rng, 5)}"
                p.pair("Merchant order ID", oid, txn=(ORDER_RANK, oid))
            else:
                aid = digits(rng, 9)
                p.pair("Airpay transaction ID", aid, txn=(TXN_RANK, aid))
                oid = f"KCG{digits(rng, 7)}"
                p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("Bank RRN" if app == "Zaakpay" else "RRN (UPI)", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth ID" if app == "Zaakpay" else "Approval No.", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add("small", "Secured by Zaakpay, a MobiKwik company" if app == "Zaakpay" else "Payments by Airpay")
        return p.done()
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction status"])
    to = fit_name(p, "center", [SHOWROOM, SHOWROOM.upper(), SHORT.upper(), SHORT])
    handle = f"panchganga{rng.choice(['', '.chappal', '14'])}@{rng.choice(['mahb', 'rbl', 'okaxis', 'ybl'])}"
    p.part = "head"
    p.add("title", app)
    p.part = "body"
    if rng.random() < 0.35:
        date_row(
            p,
            j,
            ["Date & time", "Transaction time", "Sent on", "Time of payment"]
            if status == "success"
            else ["Attempted on", "Requested at"],
            hour=True,
        )
    else:
        p.add("gap")
    words = {
        "success": [
            "Transfer complete - received by the shop",
            "Money reached the seller",
            "Payment done - amount credited to the payee",
        ],
        "pending": ["Still processing - your bank has not replied, wait before paying again"],
        "failed": ["Declined - incorrect UPI PIN, no money was taken"],
    }
    order = rng.choice(["status", "payee", "sum"])

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "Money sent to", "Received by", "You paid", "Merchant"]
                if status == "success"
                else ["Sending to", "Transfer to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if app in ("Mahamobile Plus", "JioFinance", "Kotak811") and rng.random() < 0.6:
            p.add("small", f"Name as per bank: {COMPANY_CAPS}")

    if order == "status":
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    elif order == "payee":
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    if not any("date" in facts for _, facts in p.tags):
        date_row(
            p,
            j,
            ["Date & time", "Transaction time", "Sent on", "Time of payment"]
            if status == "success"
            else ["Attempted on", "Requested at"],
            hour=True,
        )
    p.pair(rng.choice(["Note", "Your note", "Remark"]), rng.choice(SHOP_NOTES))
    p.pair(
        rng.choice(["Paid using", "From account", "Source"] if status == "success" else ["From account"]),
        f"{bank_short(rng.choice(BANKS[:9]))} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, head, n = SHOP_OWN_IDS[app]
            own = f"{head}{code(rng, n, ALNUM + LOWER)}" if app == "Google Pay" else f"{head}{digits(rng, n)}"
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if status == "success" and rng.random() < 0.6:
        if app == "POP UPI":
            coins = rng.randrange(8, 90)
            p.pair("POP coins earned", f"{coins} (worth {rs(coins / 10)})")
        elif app == "Tata Neu":
            p.pair("NeuCoins earned", str(rng.randrange(6, 120)))
        elif app == "Mahamobile Plus":
            p.pair("Balance after this payment", rs(rupees(rng, 1200, 96000)))
    if order == "sum":
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", rng.choice(["UPI | NPCI", "Report a problem with this payment", "Share receipt"]))
    return p.done()


# ---------------------------------------------------------------- 2. LIDCOM's, LIDKAR's, shops' advices


# payer, its mail, its desk's town, the frame
PAYERS = [
    (
        "Sant Rohidas Charmodyog va Charmakar Vikas Mahamandal (LIDCOM)",
        "footwear.purchase@lidcom.in",
        "Footwear Purchase Section, Bandra (E), Mumbai",
        "paper",
    ),
    (
        "Dr. Babu Jagjivan Ram Leather Industries Dev. Corp. Ltd (LIDKAR)",
        "accounts@lidkar.in",
        "Marketing Division, Rajajinagar, Bengaluru",
        "portal",
    ),
    ("Colaba Causeway Footwear House", "accounts@colabafootwear.in", "Colaba Causeway, Mumbai", "mail"),
    (
        "Koregaon Park Artisan Store LLP",
        "payables@kpartisan.in",
        "North Main Road, Koregaon Park, Pune",
        "portal",
    ),
    ("Hauz Khas Heritage Crafts Pvt Ltd", "ap@hkheritage.in", "Hauz Khas Village, New Delhi", "mail"),
    (
        "Indiranagar Desi Soles Pvt Ltd",
        "finance@desisoles.in",
        "100 Feet Road, Indiranagar, Bengaluru",
        "portal",
    ),
    ("Anjuna Flea Traders", "anjunafleatraders@gmail.com", "Anjuna, Bardez, Goa", "paper"),
    ("Charminar Footwear Emporium", "charminarfootwear@gmail.com", "Laad Bazaar, Hyderabad", "mail"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """LIDCOM, LIDKAR and footwear shops in Mumbai, Pune, New Delhi, Bengaluru, Goa and Hyderabad paying for
    the chappals the society sent them: a payment e-mail, a printed SUPPLIER PAYMENT ADVICE - FOOTWEAR
    PROCUREMENT / PAYMENT RELEASE MEMO TO ARTISAN SOCIETY / Advice of funds transfer to supplier and a
    supplier portal page (the payer on top with its desk line; in one order Supplier code, Purchase order No.
    and MRN No. (no fact), then Supplier name / Payee (supplier) / Paid in favour of / Amount released to the
    society, the payment block and under it the bills; in the other the payee first, the codes, the bills and
    their cuts, then the payment block at the foot: Net amount released / Net sum transferred / Amount paid
    (after deductions) / Amount withheld / Sum on hold / Amount returned / Remittance returned, Transfer
    mode / Paid by NEFT / RTGS / IMPS, Society's bank A/c, NEFT UTR No. / UTR ref. / RTGS UTR / IMPS RRN /
    RRN, Payment advice No. / Voucher ref. / Release memo No., Date of release / Transferred on / Payment
    dt. / Withheld on / Advice date / Returned on / Date of reversal; Released - credited to the society's
    account / Payment processed - funds sent to your bank / Withheld - leather test report (chrome-free)
    awaited from CLRI / Returned by beneficiary bank - name on account does not match; the society's bills
    with their pairs and sums, Gross value of bills / Total billed, Less: TDS u/s 194Q @ 0.1% (the
    corporations', the companies' and the LLP's), Less: Pairs rejected at QC - n (stitching loose) / Less:
    Rate difference - n pairs @ rate / Less: Trade discount @ 2.5% / Less: Security deposit retained @ 5% on
    some)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    buyer, mail, desk, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            [
                "Payment released against your bills",
                f"Funds transferred to {SHORT}",
                "Supplier payment advice",
            ],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}/advice")
    else:
        p = paper_page(rng, font, [740, 780, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.4 else buyer)
    p.add("small", f"{rng.choice(['Finance and Accounts', 'Procurement cell', 'Bills payable'])}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "SUPPLIER PAYMENT ADVICE - FOOTWEAR PROCUREMENT",
                "PAYMENT RELEASE MEMO TO ARTISAN SOCIETY",
                "Advice of funds transfer to supplier",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    if not fits(p, "left", payee):
        payee = SHORT
    # the bills and cuts are drawn first (the net sum)
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = 500.0
    for _ in range(rng.randrange(1, 4)):
        pairs = rng.randrange(12, 96, 6)
        each = float(rng.randrange(450, 1400, 10))
        value = round(pairs * each, 2)
        gross += value
        bills.append((f"PCS/{fy(j.date)}/{rng.randrange(1, 999):04d}  {pairs} pairs", rs(value)))
    gross = round(gross, 2)
    # TDS on purchases only where the buyer is large enough (the corporations, the companies and the LLP)
    tds = round(gross * 0.001, 2) if k in (0, 1, 3, 4, 5) else 0.0
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if "LIDCOM" in buyer or "LIDKAR" in buyer:
        cut = round(gross * 0.05, 2)
        cuts.append(("Less: Security deposit retained @ 5%", rs(cut)))
    elif pick < 0.3:
        back = rng.randrange(1, 5)
        cut = back * each
        cuts.append((f"Less: Pairs rejected at QC - {back} (stitching loose)", rs(cut)))
    elif pick < 0.55:
        many = rng.randrange(6, 30)
        per = float(rng.choice([20, 35, 50, 75]))
        cut = many * per
        cuts.append((f"Less: Rate difference - {many} pairs @ {per:,.0f}", rs(cut)))
    elif pick < 0.75:
        cut = round((gross - tds) * 0.025, 2)
        cuts.append(("Less: Trade discount @ 2.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def codes() -> None:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'KOP'])}{digits(rng, 6)}")
        p.pair("Purchase order No.", f"PO/{fy(j.date)}/{digits(rng, 5)}")
        p.pair("MRN No.", f"MRN-{digits(rng, 6)}")

    def name_row() -> None:
        labels = ["Supplier name", "Payee (supplier)", "Paid in favour of"] + (
            ["Amount released to"] if status == "success" else []
        )
        wrap_pair(p, rng.choice(labels), payee, merchant=payee)

    def bill_rows() -> None:
        p.add("left", rng.choice(["Bills covered", "Against your invoices", "Invoices settled"]))
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Gross value of bills", "Total billed"]), rs(gross))
        if tds:
            p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_rows() -> None:
        p.add("left", rng.choice(["Payment details", "This transfer"]))
        lab = {
            "success": ["Net amount released", "Net sum transferred", "Amount paid (after deductions)"],
            "pending": ["Amount withheld", "Sum on hold"],
            "failed": ["Amount returned", "Remittance returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(
            rng.choice(["Transfer mode", "Paid by"] if status == "success" else ["Transfer mode", "Mode"]),
            way,
            method="netbanking",
        )
        wrap_pair(p, "Society's bank A/c", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
                lab = {
                    "IMPS": ["IMPS RRN", "RRN"],
                    "RTGS": ["RTGS UTR", "UTR ref."],
                    "NEFT": ["NEFT UTR No.", "UTR ref."],
                }
                p.pair(rng.choice(lab[way]), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PA', 'RM', '71'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment advice No.", "Voucher ref.", "Release memo No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        date_row(
            p,
            j,
            {
                "success": ["Date of release", "Transferred on", "Payment dt."],
                "pending": ["Withheld on", "Advice date"],
                "failed": ["Returned on", "Date of reversal"],
            }[status],
            PATS_IN,
        )
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Released - credited to the society's account",
                    "Payment processed - funds sent to your bank",
                ],
                "pending": ["Withheld - leather test report (chrome-free) awaited from CLRI"],
                "failed": ["Returned by beneficiary bank - name on account does not match"],
            },
        )

    if rng.random() < 0.5:
        codes()
        name_row()
        pay_rows()
        p.add("rule")
        bill_rows()
    else:
        name_row()
        codes()
        bill_rows()
        p.add("rule")
        pay_rows()
    p.part = "foot"
    p.add("small", "Computer generated advice; no signature needed. Raise any difference within 15 days.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Barton Creek Sandal Co. LLC", "Austin, Texas, USA", "USD", "Frost Bank", 3000, 52000),
    ("Calzature Artigiane Navigli Srl", "Milan, Italy", "EUR", "Intesa Sanpaolo SpA", 2500, 40000),
    ("Kamogawa Zakka KK", "Kyoto, Japan", "JPY", "MUFG Bank Ltd", 300000, 6500000),
    ("North Laine Leather Goods Ltd", "Brighton, United Kingdom", "GBP", "NatWest Bank plc", 1500, 30000),
    ("Sheung Wan Craft Trading Ltd", "Sheung Wan, Hong Kong", "HKD", "Hang Seng Bank Ltd", 20000, 380000),
    (
        "Salmiya Footwear Trading Co. WLL",
        "Salmiya, Kuwait",
        "KWD",
        "National Bank of Kuwait SAKP",
        700,
        12000,
    ),
    ("Grunerlokka Handverk AS", "Oslo, Norway", "NOK", "DNB Bank ASA", 25000, 420000),
    ("Queen West Sole Studio Inc", "Toronto, Ontario, Canada", "CAD", "Royal Bank of Canada", 3000, 55000),
]
WIRE_BANKS = [
    ("Bank of Maharashtra", "paper"),
    ("Xflow", "platform"),
    ("RBL Bank", "mail"),
    ("Bank of India", "browser"),
    ("Briskpe", "platform"),
    ("YES Bank", "paper"),
    ("IndusInd Bank", "browser"),
    ("DCB Bank", "mail"),
]
WIRE_RATES = {
    "USD": (86.2, 89.4),
    "EUR": (96.8, 101.6),
    "JPY": (0.562, 0.604),
    "GBP": (112.4, 118.2),
    "HKD": (11.05, 11.46),
    "KWD": (281.0, 291.5),
    "NOK": (8.21, 8.86),
    "CAD": (61.2, 64.4),
}
CORRESPONDENT = {
    "USD": "JPMorgan Chase Bank NA, New York",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "CAD": "Bank of Montreal, Toronto",
    "NOK": "Nordea Bank Abp, Oslo branch",
}
SHIPPED = [
    "Kolhapuri chappals, leather, hand made (HSN 64035990)",
    "Leather sandals - veg. tanned, 120 pairs (HSN 64039990)",
    "Braided leather chappals, ladies - 3 cartons by air",
    "Kolhapuri footwear, assorted sizes (HSN 64035990)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds, the euros the Italian
    way (12.345,60 EUR) on some; yen whole (JPY or the yen sign before the sum); Hong Kong and Canadian
    dollars with their code or sign; Kuwaiti dinars with three decimals (KWD or KD before the sum); Norwegian
    kroner with their code before the sum, grouped by spaces with a decimal comma on some."""
    if cur == "EUR" and rng.random() < 0.4:

        def italian(value: float) -> str:
            text = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
            return f"{text} EUR"

        return italian
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY ")])

        def yen(value: float) -> str:
            return f"{mark}{value:,.0f}"

        return yen
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD "])

        def dinar(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return dinar
    if cur == "NOK" and rng.random() < 0.6:

        def krone(value: float) -> str:
            return "NOK " + f"{value:,.2f}".replace(",", " ").replace(".", ",")

        return krone
    mark = rng.choice({"HKD": ["HKD ", "HK$"], "CAD": ["CAD ", "C$"], "NOK": ["NOK "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Austin, Milan, Kyoto, Brighton, Hong Kong, Kuwait, Oslo and Toronto paying for Kolhapuri
    chappals: six banks' inward remittance advices (browser, e-mail, printed INWARD REMITTANCE - CREDIT TO
    EXPORTER / Advice of foreign inward remittance (MT103) / Export proceeds - credit advice: the bank on top
    with its forex desk; in one order Beneficiary customer / In favour of / Exporter name / Account credited,
    the society, with its account, before the remitter's block, in the other the remitter's block first:
    Ordering customer / Remitter name and address / Buyer abroad (remitter), Ordering institution / Remitter's
    bank, Correspondent (intermediary) on some; Inward amount / Foreign currency amount / Amount in FCY /
    Remitted amount in USD, EUR (12.345,60 EUR on some), JPY, GBP, HKD, KWD (three decimals), NOK (45 678,90
    on some) or CAD, Charges borne by, Exchange rate applied, Rupee equivalent, Less: Handling charges + GST,
    Net credit to account (INR), Purpose code, Goods, Invoice ref., Shipping bill No. and date, Channel,
    Sender's ref. (field 20), IRM reference / Inward ref. No. / Bank's reference, UETR; Date of credit / Value
    dt. / Proceeds credited on / Settlement date / Date of receipt / On hold since / Returned on / Date of
    refund to remitter first or at the foot; the status under the heading or at the foot: Credited to the
    exporter's account - IRM generated and reported / Proceeds realised and credited to your current account /
    On hold - remitter KYC and purpose details under review / Returned to the remitting bank - beneficiary
    name does not match the account) and two export platforms' receipts (Xflow, Briskpe: the platform on top,
    Receivables - the society, the foreign sum large, its status, Payment from / Payer, Credited to (your
    account), the exchange rate, the platform's fee, You receive (INR), Xflow payment ID / Briskpe txn ID,
    e-FIRA No., Settlement UTR; Received - settled to your bank account, e-FIRA issued / Payment settled to
    your Indian account)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(
            rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, rng.randrange(1, 999)])
        )
    elif cur == "KWD":
        j.amount = round(rng.uniform(lo, hi), 2)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    inr = round(j.amount * rate, 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    if frame == "platform":
        host = "app.xflowpay.com/receivables" if bank == "Xflow" else "dashboard.briskpe.com/collections"
        p = browser_page(rng, font, f"{host}/{code(rng, 12, LOWER + '0123456789')}")
        if not fits(p, "center", me):
            me = SHORT
        p.part = "head"
        top(p, bank)
        p.add("small", f"Receivables - {SHORT}")
        p.add("rule")
        p.part = "body"
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Received - settled to your bank account, e-FIRA issued",
                    "Payment settled to your Indian account",
                ]
            },
        )
        wrap_pair(p, rng.choice(["Payment from", "Payer"]), f"{payer}, {city}")
        wrap_pair(p, "Credited to (your account)", me, merchant=me)
        p.pair("Settled in", f"{rng.choice(BANKS[:2])} A/c XXXX{digits(rng, 4)}")
        p.pair("Exchange rate", f"1 {cur} = Rs {rate}")
        fee = round(inr * rng.choice([0.003, 0.005, 0.0075]), 2)
        p.pair(f"{bank} fee (incl. GST)", f"Rs {fee:,.2f}")
        p.pair("You receive (INR)", f"Rs {inr - fee:,.2f}")
        p.pair("Invoice", f"PCS/EXP/{rng.randrange(1, 90):03d}/{fy(j.date)}")
        p.pair(
            "Received via",
            {"USD": "ACH - local collection account", "EUR": "SEPA - local collection account"}.get(
                cur, "SWIFT"
            ),
            method="netbanking",
        )
        p.pair("Purpose code", "P0102 - export of goods")
        if not j.no_ref:
            pid = f"{'XF' if bank == 'Xflow' else 'BP'}{code(rng, 12, ALNUM)}"
            p.pair("Xflow payment ID" if bank == "Xflow" else "Briskpe txn ID", pid, txn=(TXN_RANK, pid))
            fira = f"FIRA{digits(rng, 10)}"
            p.pair("e-FIRA No.", fira, txn=(BANK_RANK, fira))
            utr = bank_ref(rng, j, BANKS[0], "NEFT")
            p.pair("Settlement UTR", utr, txn=(UTR_RANK, utr))
        date_row(p, j, ["Settled on", "Received on", "Date of settlement"], WIRE_PATS)
        p.part = "foot"
        p.add("small", "The e-FIRA can be downloaded from Documents for your bank and GST refund.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex Services <fx.kolhapur@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Advice of foreign inward remittance",
                "Export proceeds received - credit advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"corporate.{slug(bank)}/trade/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    if not fits(p, "left", me):
        me = SHORT
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Rajarampuri Branch, Kolhapur",
                "Authorised Dealer Branch, Shahupuri, Kolhapur",
                "Trade Finance Centre, Deccan Gymkhana, Pune",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE - CREDIT TO EXPORTER",
                "Advice of foreign inward remittance (MT103)",
                "Export proceeds - credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited to the exporter's account - IRM generated and reported",
            "Proceeds realised and credited to your current account",
        ],
        "pending": ["On hold - remitter KYC and purpose details under review"],
        "failed": ["Returned to the remitting bank - beneficiary name does not match the account"],
    }
    days = {
        "success": ["Date of credit", "Value dt.", "Proceeds credited on", "Settlement date"],
        "pending": ["Date of receipt", "On hold since"],
        "failed": ["Returned on", "Date of refund to remitter"],
    }[status]
    status_top = rng.random() < 0.4
    day_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    if day_top:
        date_row(p, j, days, WIRE_PATS)

    def ben_rows() -> None:
        wrap_pair(
            p,
            rng.choice(["Beneficiary customer", "In favour of", "Exporter name", "Account credited"]),
            me,
            merchant=me,
        )
        p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")

    def rem_rows() -> None:
        wrap_pair(
            p,
            rng.choice(["Ordering customer", "Remitter name and address", "Buyer abroad (remitter)"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Ordering institution", "Remitter's bank"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Correspondent (intermediary)", CORRESPONDENT[cur])

    if rng.random() < 0.5:
        ben_rows()
        rem_rows()
    else:
        rem_rows()
        ben_rows()
    p.add("rule")
    p.pair(
        rng.choice(["Inward amount", "Foreign currency amount", "Amount in FCY", "Remitted amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
    p.pair("Rupee equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    p.pair("Less: Handling charges + GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credit to account (INR)", f"{inr - chg:,.2f}")
    purpose = rng.choice(
        ["P0102 - export of goods", "P0102 - export of goods", "P0103 - advance against exports"]
    )
    p.pair("Purpose code", purpose)
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Invoice ref.", f"PCS/EXP/{rng.randrange(1, 90):03d}/{fy(j.date)}")
    if not j.no_day and purpose.startswith("P0102") and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 10, 60), rng.choice(WIRE_PATS)))
    p.pair("Channel", rng.choice(["SWIFT MT103", "SWIFT gpi - MT103"]), method="netbanking")
    p.pair("Sender's ref. (field 20)", f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["IRM reference", "Inward ref. No.", "Bank's reference"]), ref, txn=(BANK_RANK, ref)
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_top:
        date_row(p, j, days, WIRE_PATS)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Link this remittance to the shipping bill on EDPMS within the time FEMA allows."
        if status == "success"
        else "Quote the reference above in any reply to the forex cell.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the society's own receipts


# the party, the way it paid, the unit (showroom, store, society, or the accounts desk's mail), the goods
SALES = [
    ("Mr. Aniket Deshpande, Pune", "NEFT", "mail", "bridal"),
    ("Mrs. Sunanda Patil, Sangli", "UPI", "showroom", "pair"),
    ("Ajra Chappal Karagir Gat", "cheque", "store", "jobwork"),
    ("Ms. Elena Rossi, Milan (visitor)", "card", "showroom", "pair"),
    ("Kagal Leather Toys Udyog", "UPI", "store", "offcut"),
    ("Sahyadri Footwear Mart, Satara", "cheque", "showroom", "bulk"),
    ("Shri Maruti Dattu Kamble, Jawahar Nagar", "cash", "society", "share"),
    ("Ms. Tanvi Shetty, Mangaluru", "UPI", "mail", "pair"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's RETAIL TAX INVOICE - KOLHAPURI FOOTWEAR / CHAPPAL LINE COUNTER BILL to a Sangli shopper
    and a visitor from Milan and its WHOLESALE TAX INVOICE - FOOTWEAR to a Satara shop, the workshed's
    PAVATI - LEATHER OFFCUTS SOLD BY WEIGHT / SCRAP SALE RECEIPT - CHINDI to a leather toy maker buying
    offcuts by the kilo and its JOB WORK RECEIPT - SOLE STITCHING / MAJURI RECEIPT - JOB WORK to another
    makers' group, the society's SHARE CAPITAL RECEIPT - NEW MEMBER / PAVATI - SHARE MONEY AND ENTRANCE FEE to
    a new member (paper: the showroom, the workshed or the society on top with its "A unit of" or registration
    line, address and GSTIN; in one order the showroom's Bill No. / Cash bill No. / Invoice Sr. No., the
    workshed's and the society's Pavati No. / Receipt Sr. No. and the e-mail's Acknowledgement No. / Pavati
    No. and Dt. / Bill date / Pavati date / Date first, in the other the party first and the number and the
    day at the foot above the stamp; Name of customer / Buyer / Received with thanks from / Member name, the
    pairs, kilos or shares x rate, CGST and SGST @ 2.5% or @ 9%, Bill total / Grand total / Net bill / Order
    value / Total for the order, Cash received / Amount paid in cash / UPI received / Amount by UPI (QR) /
    Card swiped for / Paid by card (POS) / Cheque received for / Cheque of / Total received, the sum in words
    under it, Mode / Paid by / Payment mode, UPI Ref. / UTR (UPI) / Approval No., Cheque No. and bank, Cheque
    dt., Member No. and Share certificate No. (no fact); RECEIVED WITH THANKS / PAID / PAID - PAIRS FITTED AND
    HANDED OVER / PAID - OFFCUTS WEIGHED AND TAKEN / SHARES ALLOTTED - MONEY RECEIVED / CHEQUE RECEIVED -
    SUBJECT TO REALISATION, JOB CARD ON HOLD / CHEQUE RETURNED - BILL CANCELLED, PAIRS NOT DISPATCHED, the
    rubber stamp) and two of the accounts desk's Payment acknowledgement - with thanks e-mails (a Pune groom's
    family's Advance booked / Booking amount received with the Balance at fitting / To be paid on delivery and
    the NEFT UTR / UTR, a Mangaluru shopper's order by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@panchgangachappal.in>",
            [
                "We have received your payment - Panchganga",
                "Payment receipt for your Kolhapuri order",
                "Thank you for your payment",
            ],
        )
        me = fit_name(p, "title", [COMPANY, COMPANY_CAPS, SHORT])
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Kolhapuri chappals - Chappal Line and Jawahar Nagar, Kolhapur  |  Accounts")
        p.add("center", "Payment acknowledgement - with thanks")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [700, 740, 780])
        if unit == "showroom":
            me = rng.choice([SHOWROOM, SHOWROOM.upper()])
            sub = f"A unit of {COMPANY}"
            where = UNITS[1]
            kinds = (
                ["WHOLESALE TAX INVOICE - FOOTWEAR"]
                if kind == "bulk"
                else ["RETAIL TAX INVOICE - KOLHAPURI FOOTWEAR", "CHAPPAL LINE COUNTER BILL"]
            )
        elif unit == "store":
            me = rng.choice([STORE, STORE.upper()])
            sub = f"A unit of {COMPANY}"
            where = UNITS[0]
            kinds = {
                "offcut": ["PAVATI - LEATHER OFFCUTS SOLD BY WEIGHT", "SCRAP SALE RECEIPT - CHINDI"],
                "jobwork": ["JOB WORK RECEIPT - SOLE STITCHING", "MAJURI RECEIPT - JOB WORK"],
            }[kind]
        else:
            me = rng.choice([COMPANY, COMPANY_CAPS])
            sub = REGN
            where = UNITS[0]
            kinds = ["SHARE CAPITAL RECEIPT - NEW MEMBER", "PAVATI - SHARE MONEY AND ENTRANCE FEE"]
        letterhead(p, me, sub, where[1], where[2], kinds)
    nos_first = unit == "mail" or rng.random() < 0.55

    def nos() -> None:
        if not j.no_ref:
            heads = {
                "showroom": ["KCG", "CL"],
                "store": ["PKW", "JN"],
                "society": ["SH"],
                "mail": ["PCS", "AR"],
            }
            rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
            labels = {
                "showroom": ["Bill No.", "Cash bill No.", "Invoice Sr. No."],
                "store": ["Pavati No.", "Receipt Sr. No."],
                "society": ["Pavati No.", "Receipt Sr. No."],
                "mail": ["Acknowledgement No.", "Pavati No."],
            }[unit]
            p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Dt.", "Bill date", "Pavati date", "Date"], PATS_IN)

    if nos_first:
        nos()
    wrap_pair(
        p,
        rng.choice(
            ["Member name", "Received with thanks from"]
            if kind == "share"
            else ["Name of customer", "Buyer", "Received with thanks from"]
            if status == "success"
            else ["Name of customer", "Buyer"]
        ),
        party,
    )
    advance = kind == "bridal"
    if kind == "share":
        p.pair("Member No.", f"M-{rng.randrange(400, 980)}")
        p.pair("Share certificate No.", f"SC/{rng.randrange(1200, 2400)}")
        shares = rng.choice([5, 10, 20])
        per = 500.0
        fee = float(rng.choice([100, 250]))
        p.pair(f"Share capital - {shares} shares x Rs {per:,.0f}", rs(shares * per))
        p.pair("Entrance fee (non-refundable)", rs(fee))
        bill = shares * per + fee
    else:
        item, per_unit, lo, hi, gst_rate = GOODS[kind]
        p.add("left", item)
        if kind == "offcut":
            qty = round(rng.uniform(25, 180), 1)
            shown = f"{qty:,.1f} kg"
            rate = float(rng.randrange(lo, hi))
        else:
            if kind == "bulk":
                qty = rng.randrange(24, 120, 12)
            elif kind == "jobwork":
                qty = rng.randrange(60, 400, 10)
            elif kind == "bridal":
                qty = rng.randrange(1, 3)
            else:
                qty = rng.randrange(1, 4)
            shown = f"{qty} {'pair' if qty == 1 else 'pairs'}"
            rate = float(rng.randrange(lo, hi, 50 if kind in ("pair", "bridal") else 5))
            if kind == "pair" and rate > 2500:
                gst_rate = 18
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    if kind != "share":
        p.pair(
            rng.choice(
                ["Order value", "Total for the order"]
                if advance
                else ["Bill total", "Grand total", "Net bill"]
            ),
            rs(bill),
        )
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -2)) if advance else bill
    if kind == "share":
        lab = rng.choice(["Total received", "Cash received"])
    elif way == "cheque":
        lab = rng.choice(["Cheque received for", "Cheque of"])
    elif advance:
        lab = rng.choice(["Advance booked", "Booking amount received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Amount paid in cash"]),
            "UPI": rng.choice(["UPI received", "Amount by UPI (QR)"]),
            "card": rng.choice(["Card swiped for", "Paid by card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance at fitting", "To be paid on delivery"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Paid by", "Payment mode"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6]).replace(' Co-operative', ' Co-op.')}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref.", "UTR (UPI)"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[6:12]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval No.", appr, txn=(APPR_RANK, appr))
    if not nos_first:
        p.add("rule")
        nos()
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "offcut":
        words.append("PAID - OFFCUTS WEIGHED AND TAKEN")
    elif kind == "share":
        words = ["RECEIVED WITH THANKS", "SHARES ALLOTTED - MONEY RECEIVED"]
    elif kind == "pair":
        words.append("PAID - PAIRS FITTED AND HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION, JOB CARD ON HOLD",
        "failed": "CHEQUE RETURNED - BILL CANCELLED, PAIRS NOT DISPATCHED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "offcut": "Offcuts are sold as they lie, by weight; no return.",
            "jobwork": "Job work charges are for labour only; the leather is the party's own.",
            "share": "Share money is refundable only as the bye-laws of the Sanstha allow.",
            "bridal": "Final fitting two days before the wedding; the balance is paid at fitting.",
        }.get(
            kind,
            "Real Kolhapuri softens with wear; oil the leather monthly. Exchange in 7 days with this bill.",
        ),
    )
    if unit != "mail":
        sign_off = "Secretary" if unit == "society" else "Cashier"
        right(
            p,
            f"For {me} - {sign_off}"
            if fits(p, "right", f"For {me} - {sign_off}")
            else f"For {SHORT} - {sign_off}",
        )
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "showroom": "PANCHGANGA CHAPPAL GHAR",
                "store": "PANCHGANGA WORKSHED",
                "society": "PANCHGANGA SANSTHA",
            }[unit],
            "CHAPPAL LINE, KOLHAPUR" if unit == "showroom" else "JAWAHAR NAGAR",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. leather, bark, thread, buckles, boxes


SUPPLIERS = [
    (
        "Sangli Vegetable Tannery",
        "Veg. tanned buffalo leather | Sole leather | Upper leather",
        "Plot 22, MIDC Miraj, Sangli - 416410, Maharashtra",
        "27",
        "SVT",
    ),
    (
        "Athani Hirda and Babul Bark Depot",
        "Hirda (myrobalan) | Babul bark | Tanning materials",
        "APMC Yard, Athani, Belagavi - 591304, Karnataka",
        "29",
        "AHB",
    ),
    (
        "Ichalkaranji Waxed Thread Mills",
        "Waxed cotton thread | Nylon stitching thread | Braiding cord",
        "Shahapur Road, Ichalkaranji - 416115, Maharashtra",
        "27",
        "IWT",
    ),
    (
        "Dharavi Brass Buckle Works",
        "Brass buckles | Toe rings | Eyelets and rivets",
        "Kumbharwada, Dharavi, Mumbai - 400017, Maharashtra",
        "27",
        "DBB",
    ),
    (
        "Bhosari Shoebox Packaging Pvt Ltd",
        "Printed shoeboxes | Cloth pouches | Tissue and tags",
        "J-Block, MIDC Bhosari, Pune - 411026, Maharashtra",
        "27",
        "BSP",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SVT": [
        ("Buffalo sole leather - veg. tanned, 5-6 mm", "4107", "kg", 340, 520, 5, 80, 700),
        ("Upper leather - veg. tanned, natural tan", "4107", "sq ft", 85, 140, 5, 300, 2400),
    ],
    "AHB": [
        ("Hirda (myrobalan) - crushed", "1404", "kg", 60, 110, 5, 200, 1500),
        ("Babul bark - dried, crushed", "1404", "kg", 28, 45, 5, 300, 2500),
    ],
    "IWT": [
        ("Waxed cotton stitching thread - 6 ply", "5204", "kg", 420, 640, 5, 20, 160),
        ("Braided cotton cord for veni", "5607", "kg", 260, 420, 5, 20, 150),
    ],
    "DBB": [
        ("Brass buckle - antique finish, 18 mm", "8308", "gross", 650, 1100, 18, 10, 80),
        ("Brass toe ring and rivet set", "8308", "gross", 480, 900, 18, 10, 60),
    ],
    "BSP": [
        ("Printed shoebox - kraft, two-pair size", "4819", "pcs", 18, 34, 5, 500, 4000),
        ("Cotton chappal pouch - printed", "6305", "pcs", 14, 26, 5, 500, 4000),
    ],
}
SUPPLY_ORDER = [0, 2, 4, 1, 3, 0, 2, 4]
SUPPLY_WAYS = ["RTGS", "-", "UPI", "NEFT", "NEFT", "-", "UPI", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sangli vegetable tannery, the Athani tanning bark depot, the Ichalkaranji thread mill, the Dharavi
    buckle works and the Bhosari shoebox maker billing the society (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE - ORIGINAL (RECIPIENT'S COPY) / GST SALE INVOICE / INVOICE CUM RECEIPT; the
    number and the day on one row (Tax invoice No. ... / Dated ...) on some, else Tax invoice No. / Sale bill
    No. / Invoice Sr. No. above Invoice dt. / Dated / Bill date; Sold to / Name of buyer / Buyer's name and
    address the society, Delivery at / Goods sent to the workshed, Buyer's GSTIN, P.O. ref., Challan No.,
    E-way bill No., LR No. or Lorry No.; the leather, bark, thread, cord, buckles, boxes or pouches with HSN,
    kg, sq ft, gross or pcs x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice
    value; Less: Advance received against P.O. and Balance received by RTGS / NEFT on some, else Paid by buyer
    through RTGS / NEFT / Settled by RTGS / NEFT / Paid via UPI QR / UPI amount with UTR / UTR No. / UPI
    Ref. / UPI ref. No., or Cheque received for / Cheque value with Cheque No.; PAYMENT RECEIVED - NO DUES /
    SETTLED BY RTGS / NEFT / UPI / PAID IN FULL - THANK YOU / CHEQUE IN CLEARING - BALANCE OPEN TILL CREDIT /
    CHEQUE RETURNED - FUNDS INSUFFICIENT, PLEASE PAY BY NEFT, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.35 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE - ORIGINAL (RECIPIENT'S COPY)", "GST SALE INVOICE", "INVOICE CUM RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    day = None if j.no_day else j.day(rng, PATS_IN)
    if not j.no_ref and day and rng.random() < 0.5:
        p.add("pair", f"Tax invoice No. {inv}", f"Dated {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:
        if not j.no_ref:
            p.pair(
                rng.choice(["Tax invoice No.", "Sale bill No.", "Invoice Sr. No."]),
                inv,
                txn=(INVOICE_RANK, inv),
            )
        if day:
            wrap_pair(p, rng.choice(["Invoice dt.", "Dated", "Bill date"]), day, date=j.date)
    ours_to(p, ["Sold to", "Name of buyer", "Buyer's name and address"])
    wrap_pair(p, rng.choice(["Delivery at", "Goods sent to"]), f"{STORE}, Jawahar Nagar, Kolhapur")
    p.pair("Buyer's GSTIN", f"27AABAP{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}")
    p.pair("P.O. ref.", f"PCS/PO/{rng.randrange(10, 400):03d}")
    p.pair("Challan No.", f"DC-{digits(rng, 4)}")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("SVT", "AHB"):
        p.pair("Lorry No.", f"{'MH-10' if tag == 'SVT' else 'KA-23'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("LR No.", f"{rng.choice(['VRL', 'MTC', 'SRT'])}{digits(rng, 8)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "27")
    p.pair("Invoice value", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance received against P.O.", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Cheque value"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid via UPI QR", "UPI amount"])
        else:
            lab = rng.choice([f"Paid by buyer through {way}", f"Settled by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref.", "UPI ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAYMENT RECEIVED - NO DUES", f"SETTLED BY {way}", "PAID IN FULL - THANK YOU"]
        ),
        "pending": "CHEQUE IN CLEARING - BALANCE OPEN TILL CREDIT",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT, PLEASE PAY BY NEFT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. after 30 days. Subject to {town} jurisdiction. E. & O. E.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Shree Mahalaxmi Roadways", "Parcels to Pune, Mumbai and Bengaluru - March", 5000, 36000),
    ("Karveer Leather Waste Disposal", "Shavings and trimmings lifted - workshed", 4000, 22000),
    ("Jyotiba Sewing Machine Works", "Two patti sewing machines overhauled", 6000, 28000),
    ("Shri Vasantrao Ganpatrao Jadhav", "Showroom rent - Chappal Line, April", 35000, 85000),
    ("Rankala Electricals & Solar", "Workshed lighting and exhaust fans", 7000, 34000),
    ("Panhala Frames Photo Studio", "Catalogue shoot - 60 pairs, new range", 18000, 65000),
    ("Kolhapur Industrial Security Services", "Night watch - workshed and store, March", 24000, 52000),
    ("Sahyadri Footwear Design Consultants", "New range - lasts and pattern grading", 20000, 90000),
]
CORP_PORTALS = [
    ("Mahabank Corporate Internet Banking", "Bank of Maharashtra", "cib.mahabank.co.in/corp/txn/status"),
    ("DCB Business Net", "DCB Bank", "businessnet.dcbbank.com/payments/view"),
    ("Cosmos e-Corp", "Cosmos Co-operative Bank", "ecorp.cosmosbank.in/ft/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its parcel carrier, the leather waste lifter, the sewing machine mechanic, the
    showroom's landlord, the electrician, the photo studio, the security agency and the design consultant:
    corporate net banking's pages (Mahabank Corporate Internet Banking, DCB Business Net, Cosmos e-Corp: the
    portal on top and the bank's line, Funds transfer - status / Transaction enquiry - detail; in one order
    the status under the heading, the payee block, the sums and the references and the day at the foot, in the
    other the references above the payee and the day and the status at the foot: NEFT UTR / UTR Number / RTGS
    UTR / IMPS RRN / RRN and CBS ref. No. / Host reference (a Request ref. No. alone on the one awaiting its
    second signature), Batch ID on some; Beneficiary account name / Payee / Transfer to / Name of payee, Payee
    ID, Beneficiary A/c and IFSC, Account debited / Debit A/c the society, Txn amount / Payment value / Amount
    transferred (not on the one not yet sent), Charges + GST and Total debit on some, Transfer type / Channel
    NEFT / RTGS / IMPS, Narration / Remarks for payee, Created by / Authorised by; Executed on / Transfer
    date / Value dt. / Created on / Submitted on / Rejected on / Reversed on; Executed - credited to the
    beneficiary's account / Transfer successful - UTR issued / Authorised by Secretary - awaiting Chairman's
    approval / Rejected by beneficiary bank - account frozen, amount reversed)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "Rs.", "\u20b9"))
    p = browser_page(rng, font, f"{host}?txn={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Funds transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Funds transfer - status", "Transaction enquiry - detail"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Executed - credited to the beneficiary's account",
            "Transfer successful - UTR issued",
        ],
        "pending": ["Authorised by Secretary - awaiting Chairman's approval"],
        "failed": ["Rejected by beneficiary bank - account frozen, amount reversed"],
    }
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    refs_first = rng.random() < 0.5

    def ref_rows() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            lab = {
                "NEFT": ["NEFT UTR", "UTR Number"],
                "RTGS": ["RTGS UTR", "UTR Number"],
                "IMPS": ["IMPS RRN", "RRN"],
            }
            p.pair(rng.choice(lab[way]), ref, txn=(UTR_RANK, ref))
        if status == "pending":
            req = f"REQ{digits(rng, 11)}"
            p.pair("Request ref. No.", req, txn=(TXN_RANK, req))
            return
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["CBS ref. No.", "Host reference"]), tr, txn=(BANK_RANK, tr))

    if refs_first:
        ref_rows()
    else:
        outcome_row(p, status, words)
    if rng.random() < 0.4:
        p.pair("Batch ID", f"B{j.date:%y}{digits(rng, 7)}" if not j.no_day else f"B{digits(rng, 9)}")
    payee = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary account name", "Payee", "Transfer to", "Name of payee"]),
        payee,
        merchant=payee,
    )
    p.pair(
        "Payee ID",
        "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + f"{rng.randrange(1, 40):02d}",
    )
    ben = rng.choice(BANKS[:12])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Account debited", "Debit A/c"]), f"{SHORT.upper()} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(
            ["Txn amount", "Payment value", "Amount transferred"]
            if status == "success"
            else ["Txn amount", "Payment value"]
        ),
        rs(j.amount),
        amount=j.amount,
    )
    if way != "NEFT" or rng.random() < 0.5:
        fee = {"NEFT": 2.5, "IMPS": 5.0, "RTGS": 24.5}[way]
        fee = round(fee * 1.18, 2)
        p.pair("Charges + GST", rs(fee))
        p.pair("Total debit", rs(round(j.amount + fee, 2)))
    p.pair(rng.choice(["Transfer type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks for payee"]), note)
    p.pair("Created by / Authorised by", f"SECRETARY / {'-' if status == 'pending' else 'CHAIRMAN'}")
    p.add("rule")
    if not refs_first:
        ref_rows()
    date_row(
        p,
        j,
        {
            "success": ["Executed on", "Transfer date", "Value dt."],
            "pending": ["Created on", "Submitted on"],
            "failed": ["Rejected on", "Reversed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    if refs_first:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "Every transfer needs both the Secretary's and the Chairman's authorisation.")
    return p.done()


# ---------------------------------------------------------------- 7. braiders, stitchers, cutters, fitters


# payee, role, locality, kind, frame
WORKERS = [
    ("Shantabai Dnyanu Kamble", "Veni braider - home work", "Jawahar Nagar", "braid", "paper"),
    ("Sadashiv Maruti Sonavane", "Stitcher - hand stitched uppers", "Subhash Nagar", "stitch", "payout"),
    ("Pandurang Balu Satpute", "Cutter - sole and upper", "Jawahar Nagar", "cut", "paper"),
    ("Laxmi Ramchandra Dhor", "Veni braider - home work", "Kapshi", "braid", "Mahamobile Plus"),
    ("Dattatray Shankar Chavan", "Sole fitter (tala)", "Shiye", "sole", "paper"),
    ("Sunita Prakash Dhor", "Veni braider - home work", "Kagal", "braid", "payout"),
    ("Ashok Vishnu Lokhande", "Polisher - finish and pack", "Jawahar Nagar", "polish", "paper"),
    ("Vandana Suresh Kamble", "Veni braider - home work", "Rajarampuri", "braid", "RBL MoBank"),
]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "braid": (
        ["VENI (BRAID) WORK - HOME WORKER VOUCHER", "VENI VINAI MAJURI PAVATI"],
        ["Name of braider", "Home worker"],
        "Veni braided: {q} pairs x {rate}",
        (18, 40),
        (40, 300),
        ["Net majuri paid", "Amount paid to home worker"],
    ),
    "stitch": (
        ["HAND STITCHING WAGES - PER PAIR", "SHIVAI MAJURI PAVATI"],
        ["Name of stitcher", "Karagir (stitcher)"],
        "Pairs stitched: {q} x {rate}",
        (45, 90),
        (40, 260),
        ["Net majuri paid", "Amount paid to karagir"],
    ),
    "cut": (
        ["CUTTING SECTION - PIECE WAGES", "KATAI MAJURI SLIP"],
        ["Name of cutter", "Karagir (cutter)"],
        "Pairs cut (sole + upper): {q} x {rate}",
        (12, 25),
        (150, 900),
        ["Net majuri paid", "Amount paid to karagir"],
    ),
    "sole": (
        ["SOLE FITTING (TALA) WAGES VOUCHER", "TALA JODNI MAJURI PAVATI"],
        ["Name of sole fitter", "Karagir (sole fitter)"],
        "Soles fitted: {q} pairs x {rate}",
        (25, 55),
        (60, 400),
        ["Net majuri paid", "Take-home paid"],
    ),
    "polish": (
        ["POLISH, FINISH AND PACK - PER PAIR", "POLISH MAJURI SLIP"],
        ["Name of polisher", "Karagir (polisher)"],
        "Pairs finished and boxed: {q} x {rate}",
        (8, 18),
        (200, 1200),
        ["Net majuri paid", "Take-home paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its home veni braiders by the pair and its stitchers, cutters, sole fitters and
    polishers by the pair: its printed VENI (BRAID) WORK - HOME WORKER VOUCHER / VENI VINAI MAJURI PAVATI /
    HAND STITCHING WAGES - PER PAIR / SHIVAI MAJURI PAVATI / CUTTING SECTION - PIECE WAGES / KATAI MAJURI
    SLIP / SOLE FITTING (TALA) WAGES VOUCHER / TALA JODNI MAJURI PAVATI / POLISH, FINISH AND PACK - PER PAIR /
    POLISH MAJURI SLIP (the society on top with the workshed's line, Name of braider / Home worker / Name of
    stitcher / Karagir (stitcher) / Name of cutter / Karagir (cutter) / Name of sole fitter / Karagir (sole
    fitter) / Name of polisher / Karagir (polisher) first, Work, Area, Member No., Aadhaar (last 4) and Lot
    No. (no fact), Majuri pavati No. / Voucher Sr. No., Paid on / Dt. / Date of payment, the pairs x rate,
    Add: Fine (bareek) veni extra / Add: Festival rush extra, Gross majuri, Less: Leather spoilt - n pairs @
    rate / Less: Uchal (advance) recovered / Less: Share capital deduction @ 2%, Net majuri paid / Amount paid
    to home worker / Amount paid to karagir / Take-home paid, Paid by Cash / UPI / NEFT, UPI Ref. No. / NEFT
    UTR; PAID / PAID IN CASH BEFORE WITNESS / PAID - PAIRS RECEIVED IN STORE / PAID - ENTERED IN MEMBER
    LEDGER), Instantpay payout pages for a stitcher and a braider (Instantpay on top and Payouts - the society
    under it, the sum large above the status, Beneficiary name / Paid to, Contact ref., Account No. / VPA,
    Transfer mode, Purpose, Instantpay txn ID, UTR, Client ref. ID, Processed at / Credited at / Queued at /
    Created at / Failed at / Attempted at; Payout successful - credited to beneficiary / Transfer status:
    Success / In queue - awaiting bank confirmation, do not re-initiate / Payout failed - beneficiary bank
    declined (account inactive)), a Mahamobile Plus UPI transfer and an RBL MoBank IMPS transfer to two
    braiders."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=900, high=24000, p_round=0.9)
    who, role, area, kind, frame = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    if frame == "payout":
        j.amount = rupees(rng, 2500, 21000, 0.6)
        tid = f"IPAY{code(rng, 12, ALNUM)}"
        p = browser_page(
            rng, font, "dashboard.instantpay.in/payouts/transactions" + ("" if j.no_ref else f"/{tid}")
        )
        p.part = "head"
        top(p, "Instantpay")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Payout successful - credited to beneficiary", "Transfer status: Success"],
                "pending": ["In queue - awaiting bank confirmation, do not re-initiate"],
                "failed": ["Payout failed - beneficiary bank declined (account inactive)"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid to"]), who, merchant=who)
        p.pair("Contact ref.", f"CT{digits(rng, 8)}")
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair("Account No.", f"{bank_short(rng.choice(BANKS[:4]))} XXXX{digits(rng, 4)}")
        else:
            p.pair("VPA", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@mahb")
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Purpose",
            rng.choice(["Veni majuri - 180 pairs", "Braiding wages - week 14"])
            if kind == "braid"
            else rng.choice(["Shivai majuri - 120 pairs", "Stitching wages - week 14"]),
        )
        if not j.no_ref:
            p.pair("Instantpay txn ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"PCS-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Client ref. ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Processed at", "Credited at"],
                "pending": ["Queued at", "Created at"],
                "failed": ["Failed at", "Attempted at"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "The beneficiary's bank has confirmed the credit.",
                "pending": "Queued payouts go out in the order they were created.",
                "failed": "A failed payout's amount is credited back to your Instantpay wallet.",
            }[status],
        )
        return p.done()
    if frame in ("Mahamobile Plus", "RBL MoBank"):
        j.amount = rupees(rng, 2400, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Transfer details", "Fund transfer"])
        p.part = "head"
        p.add("title", frame)
        p.add("gap")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Transfer successful", "Money sent", "Sent"]})
        p.add("small", rng.choice(["Transferred to", "Beneficiary"]))
        p.add("center", who, merchant=who)
        upi = frame == "Mahamobile Plus"
        if upi:
            p.add(
                "small",
                f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['mahb', 'ybl', 'okaxis'])}",
                method="UPI",
            )
        else:
            p.add("small", f"A/c XXXXXX{digits(rng, 4)}  |  IMPS", method="netbanking")
        date_row(p, j, ["Transferred on", "Date", "Date & time"], hour=True)
        p.pair(rng.choice(["Remarks", "Narration"]), rng.choice(["Veni majuri", "Braiding - 120 pairs"]))
        p.pair("From", f"{'Bank of Maharashtra' if upi else 'RBL Bank'} XX{digits(rng, 4)}")
        if not j.no_ref:
            p.pair(
                rng.choice(["UPI Ref. No.", "UPI RRN No."]) if upi else "IMPS Ref. No.",
                j.ref,
                txn=(UTR_RANK, j.ref),
            )
        p.part = "foot"
        p.add("small", rng.choice(["Add to favourites", "Repeat this transfer"]))
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{STORE} - {'home work (veni)' if kind == 'braid' else 'cutting, stitching, fitting and finishing'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Area", area)
    p.pair("Member No.", f"M-{rng.randrange(40, 380)}")
    if kind == "braid":
        p.pair("Aadhaar (last 4)", f"XXXX XXXX {digits(rng, 4)}")
    p.pair("Lot No.", f"LOT/{rng.randrange(10, 99)}/{rng.randrange(100, 999)}")
    if not j.no_ref:
        vno = f"{kind[:2].upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Majuri pavati No.", "Voucher Sr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Paid on", "Dt.", "Date of payment"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([200, 350, 500, 750]))
        p.pair("Add: Fine (bareek) veni extra" if kind == "braid" else "Add: Festival rush extra", rs(extra))
        gross += extra
    p.pair("Gross majuri", rs(gross))
    cut = 0.0
    if kind in ("cut", "stitch", "sole") and rng.random() < 0.5:
        spoilt = rng.randrange(1, 4)
        per = float(rng.choice([120, 180, 240]))
        cut += spoilt * per
        p.pair(f"Less: Leather spoilt - {spoilt} pairs @ {per:.2f}", rs(spoilt * per))
    if gross > 3500 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Uchal (advance) recovered", rs(adv))
        cut += adv
    if rng.random() < 0.5:
        share = float(round(gross * 0.02))
        p.pair("Less: Share capital deduction @ 2%", rs(share))
        cut += share
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 6 else rng.choice(["UPI", "NEFT", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "NEFT": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        ref = j.ref if way == "UPI" else bank_ref(rng, j, BANKS[0], "NEFT")
        p.pair("UPI Ref. No." if way == "UPI" else "NEFT UTR", ref, txn=(UTR_RANK, ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH BEFORE WITNESS")
    words.append("PAID - PAIRS RECEIVED IN STORE" if kind == "braid" else "PAID - ENTERED IN MEMBER LEDGER")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the karagir")
    return p.done()


# ---------------------------------------------------------------- 8. corporation, boards, CLE, GRAS


FEE_FRAMES = ["property", "welfare", "pollution", "cle", "licence", "metrology", "coop", "ptec"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a chappal makers' society, its workshed at Jawahar Nagar and its showroom on the Chappal
    Line: Kolhapur Municipal Corporation's property tax receipt (the Corporation on top and its Property Tax
    Department line, Property No., Assessee name, Ward, the General tax, Water benefit tax, Tree cess and
    Education cess for the year, Less: Online payment rebate, Total amount paid / Tax collected, Transaction
    No., Bank ref. No., Receipt No.) and its trade licence renewal page (Name of business, Licence No.,
    Licence renewal fee, Late fee, Amount payable / Total payable, Transaction No., Attempted on / Transaction
    date; Transaction failed - amount, if debited, will be reversed by your bank in 5-7 days), the Maharashtra
    Labour Welfare Board's half-yearly contribution (the Board on top and the Labour Department line,
    Establishment name, LWF establishment code, Half-year, Employees' and Employer's contribution, Total
    contribution paid / Amount remitted, Transaction ref. No., Challan No.), the Maharashtra Pollution Control
    Board's consent fee (the Board on top and the ECMPCB line, Name of unit, Category, Consent No., Consent to
    operate - renewal fee, Scrutiny fee, Fee paid / Total fee, ECMPCB payment ID), the Council for Leather
    Exports' membership renewal (Council for Leather Exports / CLE on top and the Ministry of Commerce and
    Industry line, Name of member, RCMC No., Annual subscription, GST @ 18%, Amount received / Total paid
    (incl. GST)), Legal Metrology's verification fee (Legal Metrology, Maharashtra / Controller of Legal
    Metrology, Maharashtra State on top and the GRAS line, Name of user, the platform and counter scales'
    fees, Total fee paid / Fees remitted, GRN (GRAS), Bank CIN), the Co-operation Department's audit fee
    challan (Co-operation Department, Government of Maharashtra / CO-OPERATION DEPARTMENT, MAHARASHTRA on top
    and the District Deputy Registrar's line, Name of society, Regn. No., Audit fee, Challan amount / Amount,
    GRN, Challan date / Submitted on; Challan submitted - awaiting bank scroll, GRN not yet verified) and the
    Maharashtra GST Department's profession tax page (Maharashtra Goods and Services Tax Department /
    MAHARASHTRA GST DEPARTMENT on top and the PTEC line, Name of enrolled person, PTEC No., Profession tax,
    Total amount / Amount paid, GRN, Bank CIN); Mode of payment, Payment date / Paid on / Transaction date /
    Date of challan (the GRAS challans'); Payment successful - e-receipt generated / Paid - receipt sent to
    registered e-mail / Tax received - thank you (the Corporation's property tax and the profession tax) /
    Contribution received - thank you (the Board's contribution) / Subscription received - thank you (CLE's) /
    Fee received - thank you (MPCB's) / Challan paid - GRN verified by the bank (the GRAS challans'), under
    the rule on some pages and at the foot on the rest."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "%Y-%m-%d"]
    gras = frame in ("metrology", "coop", "ptec")
    ok = ["Payment successful - e-receipt generated", "Paid - receipt sent to registered e-mail"]
    ok.append(
        {
            "property": "Tax received - thank you",
            "ptec": "Tax received - thank you",
            "welfare": "Contribution received - thank you",
            "cle": "Subscription received - thank you",
            "pollution": "Fee received - thank you",
        }.get(frame, "Challan paid - GRN verified by the bank")
    )
    if gras:
        ok.append("Challan paid - GRN verified by the bank")
    days = ["Payment date", "Paid on", "Transaction date"] + (["Date of challan"] if gras else [])
    status_top = rng.random() < 0.5
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    words: dict = {"success": ok}
    day_labels = days
    if frame in ("property", "licence"):
        p = browser_page(
            rng, font, f"web.kolhapurcorporation.gov.in/{frame}/epayment/receipt/{digits(rng, 9)}"
        )
        name = rng.choice(["Kolhapur Municipal Corporation", "KOLHAPUR MUNICIPAL CORPORATION"])
        line = (
            "Property Tax Department  |  Online payment"
            if frame == "property"
            else "Licence Department  |  Trade licence renewal 2026-27"
        )
        if frame == "property":
            body = [
                ("Property No.", f"{rng.choice('ABCDE')}/{rng.randrange(1, 40):02d}/{digits(rng, 5)}"),
                ("Assessee name", firm),
                ("Ward", f"{rng.choice('CDE')} Ward - {rng.choice(['Jawahar Nagar', 'Mahadwar Road'])}"),
            ]
            general = float(round(rng.uniform(9000, 26000)))
            heads = [
                ("General tax 2026-27", general),
                ("Water benefit tax", float(round(rng.uniform(800, 2600)))),
                ("Tree cess", float(round(rng.uniform(150, 600)))),
                ("Education cess", float(round(rng.uniform(500, 1800)))),
            ]
            rebate = float(round(general * 0.05))
            totals = ["Total amount paid", "Tax collected"]
            refs = [
                ("Transaction No.", TXN_RANK, f"KMC{digits(rng, 12)}"),
                ("Bank ref. No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 9)}"),
                ("Receipt No.", INVOICE_RANK, f"PT/{fy(j.date)}/{digits(rng, 6)}"),
            ]
        else:
            body = [
                ("Name of business", f"{SHOWROOM} - footwear retail"),
                ("Licence No.", f"KMC/TL/{digits(rng, 6)}"),
            ]
            heads = [
                ("Licence renewal fee", float(rng.choice([1500, 2500, 3500]))),
                ("Late fee", float(rng.choice([200, 500]))),
            ]
            rebate = 0.0
            totals = ["Amount payable", "Total payable"]
            refs = [("Transaction No.", TXN_RANK, f"KMC{digits(rng, 12)}")]
            words = {
                "success": ok,
                "failed": [
                    "Transaction failed - amount, if debited, will be reversed by your bank in 5-7 days"
                ],
            }
            day_labels = ["Attempted on", "Transaction date"]
    elif frame == "welfare":
        p = browser_page(rng, font, f"public.mlwb.in/lwf/contribution/receipt/{digits(rng, 8)}")
        name = rng.choice(["Maharashtra Labour Welfare Board", "MAHARASHTRA LABOUR WELFARE BOARD"])
        line = "Industries, Energy and Labour Department, Government of Maharashtra"
        staff = rng.randrange(22, 70)
        body = [
            ("Establishment name", f"{firm} (workshed and showroom)"),
            ("LWF establishment code", f"KOP/{digits(rng, 6)}"),
            ("Half-year", "January to June 2026" if j.date.month >= 7 else "July to December 2025"),
        ]
        heads = [
            (f"Employees' contribution ({staff} x Rs 12)", float(staff * 12)),
            (f"Employer's contribution ({staff} x Rs 36)", float(staff * 36)),
        ]
        rebate = 0.0
        totals = ["Total contribution paid", "Amount remitted"]
        refs = [
            ("Transaction ref. No.", TXN_RANK, f"MLWB{digits(rng, 12)}"),
            ("Challan No.", INVOICE_RANK, f"LWF/{digits(rng, 7)}"),
        ]
    elif frame == "pollution":
        p = browser_page(rng, font, f"ecmpcb.in/consent/fee/acknowledgement/{digits(rng, 8)}")
        name = rng.choice(["Maharashtra Pollution Control Board", "MAHARASHTRA POLLUTION CONTROL BOARD"])
        line = "ECMPCB - online consent management  |  Fee payment"
        body = [
            ("Name of unit", f"{STORE} ({firm})"),
            ("Category", "Green - footwear making without tanning"),
            ("Consent No.", f"Format1.0/CC/UAN No.{digits(rng, 7)}"),
        ]
        heads = [
            ("Consent to operate - renewal fee", float(rng.choice([5000, 7500, 10000]))),
            ("Scrutiny fee", float(rng.choice([500, 1000]))),
        ]
        rebate = 0.0
        totals = ["Fee paid", "Total fee"]
        refs = [("ECMPCB payment ID", TXN_RANK, f"MPCB{digits(rng, 11)}")]
    elif frame == "cle":
        p = browser_page(rng, font, f"cleindia.in/member/renewal/receipt/{digits(rng, 7)}")
        name = rng.choice(["Council for Leather Exports", "CLE"])
        line = "Ministry of Commerce and Industry, Government of India  |  Membership renewal"
        body = [("Name of member", firm), ("RCMC No.", f"CLE/WR/{digits(rng, 5)}/2026")]
        fee = float(rng.choice([5000, 7500, 10000]))
        heads = [("Annual subscription 2026-27", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        rebate = 0.0
        totals = ["Amount received", "Total paid (incl. GST)"]
        refs = [("Order No.", TXN_RANK, f"CLE{digits(rng, 12)}")]
    elif frame == "metrology":
        p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/legalmetrology/receipt")
        name = rng.choice(
            ["Legal Metrology, Maharashtra", "Controller of Legal Metrology, Maharashtra State"]
        )
        line = "GRAS - Government Receipt Accounting System  |  Verification fee"
        big = rng.randrange(1, 3)
        small = rng.randrange(1, 4)
        body = [("Name of user", f"{STORE} and {SHOWROOM}")]
        heads = [
            (f"Verification - platform scale (leather) x {big}", float(big * rng.choice([600, 900]))),
            (f"Verification - counter scale x {small}", float(small * rng.choice([200, 300]))),
        ]
        rebate = 0.0
        totals = ["Total fee paid", "Fees remitted"]
        refs = [
            ("GRN (GRAS)", TXN_RANK, f"MH{digits(rng, 15)}"),
            ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{digits(rng, 5)}"),
        ]
    elif frame == "coop":
        p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/cooperation/challan")
        name = rng.choice(
            ["Co-operation Department, Government of Maharashtra", "CO-OPERATION DEPARTMENT, MAHARASHTRA"]
        )
        line = "District Deputy Registrar, Co-operative Societies, Kolhapur  |  Audit fee"
        body = [("Name of society", firm), ("Regn. No.", "KPR/KLP/IND/(O)/173/1987")]
        heads = [("Audit fee - accounts of 2025-26", float(rng.choice([3500, 4800, 6200])))]
        rebate = 0.0
        totals = ["Challan amount", "Amount"]
        refs = [("GRN", TXN_RANK, f"MH{digits(rng, 15)}")]
        words = {"success": ok, "pending": ["Challan submitted - awaiting bank scroll, GRN not yet verified"]}
        day_labels = ["Challan date", "Submitted on"]
    else:
        p = browser_page(rng, font, "mahagst.gov.in/ptec/payment/acknowledgement")
        name = rng.choice(["Maharashtra Goods and Services Tax Department", "MAHARASHTRA GST DEPARTMENT"])
        line = "Profession tax - PTEC payment through GRAS"
        body = [("Name of enrolled person", firm), ("PTEC No.", f"99{digits(rng, 9)}P")]
        heads = [("Profession tax 2026-27", 2500.0)]
        rebate = 0.0
        totals = ["Total amount", "Amount paid"]
        refs = [
            ("GRN", TXN_RANK, f"MH{digits(rng, 15)}"),
            ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{digits(rng, 5)}"),
        ]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    if status_top:
        outcome_row(p, status, words)
    for label, value in body:
        wrap_pair(p, label, value)
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    if rebate:
        p.pair("Less: Online payment rebate (5% of general tax)", rs(rebate))
        total -= rebate
    j.amount = round(total, 2)
    p.pair(rng.choice(totals), rs(j.amount), amount=j.amount)
    p.pair("Mode of payment", way, method=way_method(way))
    if status != "success":
        refs = refs[:1]
    fee_refs(p, j, refs)
    date_row(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        {
            "property": "Property tax paid before 30 June earns the online payment rebate.",
            "licence": "Renew the licence before 31 March to avoid the late fee.",
            "welfare": "The contribution falls due on 15 July and 15 January.",
            "pollution": "Run the unit only as the consent's conditions allow.",
            "cle": "The renewed RCMC can be downloaded from the member's login.",
            "metrology": "Bring the scales to the verification camp with this receipt.",
            "coop": "The audit certificate is issued once the GRN is verified.",
            "ptec": "Pay the profession tax for the year before 30 June.",
        }[frame],
    )
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Bharat Laghu Udyam Suraksha - workshed, machines and leather stock",
        "paper",
        "stock",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Shopkeeper's package - Chappal Line showroom",
        "browser",
        "shop",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Inland transit (annual turnover) - parcels to stockists",
        "mail",
        "transit",
    ),
    (
        "ManipalCigna Health Insurance Co. Ltd",
        "manipalcigna.com",
        "Group health - member karagirs and staff",
        "browser",
        "health",
    ),
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Fidelity guarantee - cashier and store keeper",
        "paper",
        "fidelity",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Goods carrying vehicle package - delivery pick-up",
        "mail",
        "vehicle",
    ),
    (
        "Aditya Birla Health Insurance Co. Ltd",
        "adityabirlacapital.com",
        "Group personal accident - home veni braiders",
        "browser",
        "gpa",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Exhibition floater - stall at the leather fair, Chennai",
        "mail",
        "exhibit",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society insuring its workshed, machines and leather stock, the showroom, the parcels to its
    stockists, its karagirs' health, its cashier's and store keeper's fidelity, its delivery pick-up, its home
    braiders and its stall at the Chennai leather fair: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT (INSURED'S COPY) / Premium
    payment acknowledgement / RECEIPT FOR PREMIUM - ORIGINAL, Name of insured / Proposer / Policy holder's
    name, Policy No. / Proposal No. / Cover note No., Sum insured - workshed, machines and leather stock / Sum
    insured - showroom stock and fittings / Annual turnover declared / Members covered / Guarantee limit per
    employee / IDV / Braiders covered / Sum insured - stall stock and fittings, Period of cover on some, Net
    premium or Own damage and Third party premium, an add-on (Earthquake (fire shock) cover, Burglary
    extension, Strike, riot and civil commotion, Hospital daily cash, Second employee's limit, Legal liability
    to paid driver, Temporary total disablement, Transit to and from the fair), CGST @ 9% and SGST @ 9% or
    IGST @ 18%; then, above the sum on some and under it on the rest, the status: Premium realised - policy
    issued / Received - e-policy mailed to the insured / CHEQUE UNDER REALISATION - COVER FROM DATE OF
    CREDIT / Payment declined by the bank - policy not issued, please pay again; Premium paid (incl. GST) /
    Total premium collected / Amount received / Cheque for / Premium due / Amount to be paid; Mode, Cheque
    No., Transaction ref. No. / PG ref. No., UPI ref. No. / Bank txn ref., Premium receipt No. / Receipt Sr.
    No. / Collection No., Date of receipt / Premium paid on / Collected on / Cheque received on / Attempted
    on / Transaction date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <premium.receipts@{host}>",
            ["Premium receipt for your policy", "We have received your premium"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, Station Road, Kolhapur", "Divisional Office, Shahupuri, Kolhapur"]),
        )
    p.add(
        "center",
        rng.choice(
            [
                "PREMIUM RECEIPT (INSURED'S COPY)",
                "Premium payment acknowledgement",
                "RECEIPT FOR PREMIUM - ORIGINAL",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p,
        rng.choice(["Name of insured", "Proposer", "Policy holder's name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 5)}/{rng.choice(['11', '21', '46'])}/{digits(rng, 10)}")
    else:
        doc = rng.choice(
            ["Proposal No.", "Cover note No."] if kind not in ("health", "gpa") else ["Proposal No."]
        )
        p.pair(doc, f"{'PR' if doc.startswith('Proposal') else 'CN'}{digits(rng, 11)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(4000000, 30000000, 100000))
        p.pair("Sum insured - workshed, machines and leather stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Earthquake (fire shock) cover", round(insured * 0.0001, 2))
    elif kind == "shop":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - showroom stock and fittings", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Burglary extension", round(insured * 0.0003, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(5000000, 40000000, 100000))
        p.pair("Annual turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("Strike, riot and civil commotion", round(turnover * 0.00004, 2))
    elif kind == "health":
        members = rng.randrange(18, 60)
        p.pair("Members covered", f"{members} karagirs, staff and families")
        basic = round(members * rng.uniform(6500, 11000), 2)
        addon = ("Hospital daily cash", round(members * 350.0, 2))
    elif kind == "fidelity":
        limit = float(rng.randrange(200000, 1000000, 50000))
        p.pair("Guarantee limit per employee", rs(limit))
        basic = round(limit * rng.uniform(0.006, 0.012), 2)
        addon = ("Second employee's limit", round(limit * 0.003, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(320000, 760000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Vehicle No.", f"MH-09-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.014, 0.022), 2)
        heads = [("Own damage premium", basic), ("Third party premium", float(rng.choice([16049, 27186])))]
        addon = ("Legal liability to paid driver", 50.0)
    elif kind == "gpa":
        braiders = rng.randrange(40, 180)
        p.pair("Braiders covered", f"{braiders} x Rs 1,00,000")
        basic = round(braiders * rng.uniform(180, 320), 2)
        addon = ("Temporary total disablement", round(braiders * 30.0, 2))
    else:
        insured = float(rng.randrange(600000, 3000000, 50000))
        p.pair("Sum insured - stall stock and fittings", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.003), 2)
        addon = ("Transit to and from the fair", round(insured * 0.0004, 2))
    if not j.no_day and rng.random() < 0.7:
        start = j.other_day(rng, 1, 8)
        p.pair("Period of cover", f"{start} for 12 months")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Net premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    if rng.random() < 0.5:
        half = round(taxed * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        gst = 2 * half
    else:
        gst = round(taxed * 0.18, 2)
        p.pair("IGST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium paid (incl. GST)", "Total premium collected", "Amount received"],
        "pending": ["Cheque for"],
        "failed": ["Premium due", "Amount to be paid"],
    }[status]
    words = {
        "success": ["Premium realised - policy issued", "Received - e-policy mailed to the insured"],
        "pending": ["CHEQUE UNDER REALISATION - COVER FROM DATE OF CREDIT"],
        "failed": ["Payment declined by the bank - policy not issued, please pay again"],
    }
    above = rng.random() < 0.5
    if above:
        outcome_row(p, status, words)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if not above:
        outcome_row(p, status, words)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TR', 'OL'])}{digits(rng, 13)}"
            p.pair(rng.choice(["Transaction ref. No.", "PG ref. No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank txn ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{digits(rng, 4)}{rng.choice(['R', 'PR'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Premium receipt No.", "Receipt Sr. No.", "Collection No."]),
                rno,
                txn=(INVOICE_RANK, rno),
            )
    date_row(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium paid on", "Collected on"],
            "pending": ["Cheque received on", "Date of receipt"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover runs only from the day the premium reaches the insurer; read the policy for its terms.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("PANCHGANGA KOLHAPURI CHAPPAL GHAR", "MAHADWAR ROAD, KOLHAPUR", "own"),
    ("SHIROLI FUEL POINT", "NH-48, SHIROLI PULACHI", "fuel"),
    ("PANCHGANGA CHARMODYOG", "JAWAHAR NAGAR KOLHAPUR MH", "own"),
    ("HOTEL MARINA BAY RESIDENCY", "EGMORE, CHENNAI", "hotel"),
    ("PANCHGANGA KARAGIR WORKSHED", "JAWAHAR NAGAR, KOLHAPUR", "own"),
    ("UDYAMNAGAR HARDWARE & TOOLS", "SHIVAJI UDYAMNAGAR, KOLHAPUR", "shop"),
    ("PANCHGANGA KOLHAPURI CHAPPAL GHAR", "KOLHAPUR 416012 MH", "own"),
    ("NAVSHA MARUTI MISAL HOUSE", "RANKALA, KOLHAPUR", "food"),
]
TERMINALS = [
    "BANK OF MAHARASHTRA",
    "INDIANOIL",
    "RBL BANK",
    "ICICI BANK",
    "PAYSWIFF",
    "INNOVITI",
    "GETEPAY",
    "DCB BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers', stockists' and job work clients' cards on the showroom's, the society's and the workshed's
    terminals, and the society's card at a filling station on NH-48, a Chennai hotel in the leather fair week,
    a hardware shop and a misal house: terminal slips (monospace: the terminal's bank or brand on top on some,
    the counter's name and place in capitals, DT : and TM : / DATE and TIME / DATE & TIME:, MERCHANT ID:,
    TERMINAL ID:, BATCH:, TRACE NO:, ROC NO: / INVOICE: / BILL NO:, CARD SALE / SALE - TAP / SALE - CHIP,
    CARD:, SCHEME:, a fuel sale's PRODUCT:, RATE(RS/L):, VOLUME(L):, DISPENSER NO:, VEHICLE NO: and
    XTRAREWARDS PTS:, a hotel's FOLIO: and ROOM:, a misal house's TABLE:, APPROVAL CODE: / AUTH NO:, RRN: /
    RET REF NO:, SALE AMOUNT: / AMT: / NET AMOUNT: / AMOUNT INR:; APPROVED / TXN SUCCESSFUL / APPROVED - THANK
    YOU / DECLINED - 51 INSUFFICIENT FUNDS / NO RESPONSE FROM HOST - CHECK STATUS BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=900, high=62000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 5200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 16800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 480, 9800, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 160, 1400, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DT :", d, date=j.date)
            p.pair("TM :", t)
        elif style == 1:
            p.pair("DATE", d, date=j.date)
            p.pair("TIME", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["ROC NO:", "INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["CARD SALE", "SALE - TAP"] if j.amount <= 5000 else ["CARD SALE", "SALE - CHIP"]),
    )
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} **** **** {digits(rng, 4)}", method="card")
    p.pair("SCHEME:", {"4": "VISA DEBIT", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.6, 95.2), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XP95"]))
        p.pair("RATE(RS/L):", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("DISPENSER NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"MH09{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("FOLIO:", digits(rng, 6))
        p.pair("ROOM:", str(rng.randrange(101, 612)))
    elif kind == "food":
        p.pair("TABLE:", str(rng.randrange(1, 24)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPROVAL CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "AMT:", "NET AMOUNT:", "AMOUNT INR:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        lab,
        f"{'' if lab == 'AMOUNT INR:' else rng.choice(['RS ', 'Rs.', 'INR ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM HOST - CHECK STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "-- CUSTOMER COPY --" if rng.random() < 0.6 else "-- MERCHANT COPY --")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, water, DTH, postpaid


BILLERS = [
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "Consumer No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Customer ID"),
    ("KMC Water Supply", "Kolhapur Municipal Corporation - Water", "Connection No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
]
BILL_APPS = [
    "MSEDCL",
    "Airtel Thanks",
    "Mahamobile Plus",
    "Tata Neu",
    "MSEDCL",
    "Google Pay",
    "JioFinance",
    "CRED",
]
BILL_WHICH = [0, 1, 2, 4, 0, 0, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshed's and the showroom's electricity (MSEDCL), the office fibre (Airtel Xstream Fiber), the
    workshed's water (Kolhapur Municipal Corporation), the showroom's DTH (Tata Play) and the secretary's
    postpaid phone (Jio) through Bharat Connect in Mahamobile Plus and UPI apps (Airtel Thanks, Tata Neu,
    Google Pay, JioFinance, CRED: the app on top, the sum large above the status, Biller / Paid towards /
    Service provider / Utility as printed, Consumer No. / Customer ID / Connection No. / Mobile No. /
    Subscriber ID, BU on MSEDCL's, Consumer name (biller) / Bill in the name of, Bill month and Due by on
    some, Late fee after due date on some, Paid from Current A/c or UPI, B-Connect Txn ID / BBPS ref. No. /
    Bharat Connect ref., UPI ref. No., Order ID on the failed one, Paid on / Transaction date / Date & time;
    Bill payment successful / Biller has confirmed your payment / Awaiting confirmation from the biller -
    please do not pay again / Payment failed - biller did not respond, refund in 3 working days) and MSEDCL's
    own online payment receipt (MSEDCL, Maharashtra State Electricity Distribution Co. Ltd or its capitals on
    top with the Mahavitaran line, Consumer No., BU, PC, Consumer name, Bill month, Bill amount, Less: Prompt
    payment discount, Amount paid / Paid amount, Mode, MSEDCL txn No., Bank ref. No., Receipt No., Payment
    date & time / Receipt date, the status at the foot: Payment successful - thank you for paying on time /
    Receipt generated - amount credited to consumer account)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=3500, high=58000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 900, 6800, 0.5)
    elif which == 3:
        j.amount = rupees(rng, 449, 1999, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 299, 1199, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"2500{digits(rng, 8)}",
        "Customer ID": f"{rng.choice(['1', '2'])}{digits(rng, 9)}",
        "Connection No.": f"W/{rng.choice('ABCDE')}/{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "MSEDCL":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Mahavitaran - a Government of Maharashtra undertaking  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("BU", str(rng.choice([4613, 4615, 4631])))
        p.pair("PC", str(rng.randrange(1, 9)))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, f"{SHOWROOM.upper()} (PCS)"]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        bill = j.amount
        ppd = round(bill * 0.01, 2) if rng.random() < 0.6 else 0.0
        p.pair("Bill amount", rs(bill))
        if ppd:
            p.pair("Less: Prompt payment discount", rs(ppd))
        j.amount = round(bill - ppd, 2)
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MS{digits(rng, 14)}"
            p.pair("MSEDCL txn No.", tid, txn=(TXN_RANK, tid))
            if rng.random() < 0.6:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"{digits(rng, 4)}{digits(rng, 8)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date & time", "Receipt date"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful - thank you for paying on time",
                    "Receipt generated - amount credited to consumer account",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "The payment shows against your consumer number within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": ["Bill payment successful", "Biller has confirmed your payment"],
            "pending": ["Awaiting confirmation from the biller - please do not pay again"],
            "failed": ["Payment failed - biller did not respond, refund in 3 working days"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    wrap_pair(p, rng.choice(["Biller", "Paid towards", "Service provider", "Utility"]), name, merchant=name)
    p.pair(idlab, ids)
    if which == 0:
        p.pair("BU", str(rng.choice([4613, 4615, 4631])))
    wrap_pair(
        p,
        rng.choice(["Consumer name (biller)", "Bill in the name of"]),
        fit_name(p, "left", [COMPANY_CAPS, STORE.upper(), "PANCHGANGA CHARMODYOG S S M"]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due by", j.other_day(rng, 3, 12))
    if which in (0, 2) and rng.random() < 0.5:
        p.pair("Late fee after due date", rs(float(rng.choice([50, 100, 150]))))
    way = "Current A/c" if app == "Mahamobile Plus" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}"
        if way == "Current A/c"
        else f"UPI - {bank_short(rng.choice(BANKS[:6]))}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Google Pay": "GP",
                "Airtel Thanks": "AT",
                "Tata Neu": "TN",
                "JioFinance": "JF",
                "CRED": "CR",
            }
            bc = f"{head.get(app, 'MH')}0{j.date:%y}{code(rng, 10, ALNUM)}"
            p.pair(
                rng.choice(["B-Connect Txn ID", "BBPS ref. No.", "Bharat Connect ref."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            oid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
    date_row(
        p,
        j,
        ["Paid on", "Transaction date", "Date & time"] if status == "success" else ["Transaction date"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "SHREE MAHALAXMI ROAD",
    "KARVEER LEATHER WAST",
    "SANGLI VEGETABLE TAN",
    "ICHALKARANJI WAXED T",
    "JYOTIBA SEWING MACHI",
    "MSEDCL KOLHAPUR URBA",
    "SHANTABAI DNYANU KAM",
    "BHOSARI SHOEBOX PACK",
]
SENDERS = {
    "Bank of Maharashtra": "VM-MAHABK",
    "Kolhapur District Central Co-operative Bank": "BP-KDCCBK",
    "Shri Warana Sahakari Bank": "AX-WARANA",
    "RBL Bank": "JD-RBLBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the secretary's and the chairman's phones and mail: SMS in a messages app (the
    sender VM-MAHABK / BP-KDCCBK / AX-WARANA / JD-RBLBNK, the day divider, each bank's own wording: Bank of
    Maharashtra's "Your A/c XXXX1234 is debited with Rs.x on <day> for <way> to <payee>.", KDCC Bank's "KDCC
    Bank: Rs x debited from CA ...1234 on <day> via <way> in favour of <payee>.", Shri Warana Sahakari Bank's
    "WARANA BANK: A/c XX1234 Dr Rs.x on <day>, <way> Trf to <payee>.", RBL Bank's UPI "Rs x paid from RBL Bank
    A/c XX1234 to <payee> on <day>. UPI Ref No <ref>."; a transfer that "has FAILED; the amount is reversed to
    your A/c." and one that "is PENDING with the beneficiary bank - do not repeat it.", the Bal: / Avl Bal
    INR / Clear Bal Rs line) and two e-mail transfer alerts (DCB Bank, YES Bank: Amount transferred / Sum
    debited, Sent to / Beneficiary account name, Date of transaction / Value date, Debit account, Mode, UTR /
    IMPS RRN, Available balance; Status: Successful - credited to beneficiary / Result: Funds sent to the
    beneficiary bank), the sum above the payee."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=8000, high=320000)
    to = ALERT_PAYEES[k]
    if k == 6:
        j.amount = rupees(rng, 2400, 16000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 9000, 58000)
    elif k == 0:
        j.amount = rupees(rng, 5000, 36000)
    if k in (1, 5):
        bank = rng.choice(["DCB Bank", "YES Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <transaction.alerts@{slug(bank)}>",
            ["Transaction alert - funds transfer", "Debit from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, here are the details of a transfer from your current account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount transferred", "Sum debited"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Sent to", "Beneficiary account name"]), to, merchant=to)
        date_row(
            p, j, ["Date of transaction", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"]
        )
        p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank if bank in IFSC else "YES Bank", way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 50000, 2400000)))
        p.add(
            "left",
            rng.choice(
                ["Status: Successful - credited to beneficiary", "Result: Funds sent to the beneficiary bank"]
            ),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Not done by you? Call the bank at once and block internet banking.")
        return p.done()
    if k == 7:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # RBL Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Bank of Maharashtra",
        2: "Kolhapur District Central Co-operative Bank",
        4: "Shri Warana Sahakari Bank",
        7: "RBL Bank",
    }.get(
        k,
        rng.choice(
            [
                "Bank of Maharashtra",
                "Kolhapur District Central Co-operative Bank",
                "Shri Warana Sahakari Bank",
            ]
        ),
    )
    if k == 7:
        j.amount = rupees(rng, 3000, 90000, 0.7)
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add(
            "small",
            when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%d %b %Y", "%A, {d} %B"])),
            date=j.date,
        )
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%y", "%d.%m.%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "RBL Bank":
            p.add("left", f"Rs {amt} paid from RBL Bank A/c XX{tail}", amount=j.amount)
            p.add("left", f"to {to}{on}.", merchant=to, method=method)
        elif bank == "Bank of Maharashtra":
            p.add("left", f"Your A/c XXXX{tail} is debited with Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        elif bank == "Shri Warana Sahakari Bank":
            p.add("left", f"WARANA BANK: A/c XX{tail} Dr Rs.{amt}{on},", amount=j.amount)
            p.add("left", f"{way} Trf to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"KDCC Bank: Rs {amt} debited from CA ...{tail}", amount=j.amount)
            p.add("left", f"{on.strip()} via {way} in favour of".strip(), method=method)
            p.add("left", f"{to}.", merchant=to)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has FAILED; the amount is reversed to your A/c.",
            "pending": "is PENDING with the beneficiary bank - do not repeat it.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "RBL Bank":
            p.add("left", f"UPI Ref No {ref}. Not you? Call 18004190610", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        bal = rupees(rng, 30000, 2200000)
        if bank == "RBL Bank":
            p.add("small", "-RBL Bank", status="success")
        else:
            p.add(
                "left",
                {
                    "Bank of Maharashtra": f"Bal: Rs.{bal:,.2f}",
                    "Kolhapur District Central Co-operative Bank": f"Avl Bal INR {bal:,.2f}",
                }.get(bank, f"Clear Bal Rs {bal:,.2f}"),
                status="success",
            )
            p.add("small", rng.choice(["Not you? Inform your branch at once", "Never share your OTP or PIN"]))
    if bank != "RBL Bank":
        p.add(
            "small",
            {"Bank of Maharashtra": "-Bank of Maharashtra", "Shri Warana Sahakari Bank": "-Warana Bank"}.get(
                bank, "-KDCC Bank"
            ),
        )
    return p.done()


compose = compose158

"""The twelve heldout221 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a powerloom weaving unit in Bhiwandi in 2026 (Kaneri Weaving Mills Pvt Ltd, its
shed of 72 powerlooms, Kaneri Looms, in Sai Baba Compound, Kaneri, its rapier shed at Kamatghar and its cut
piece counter, Kaneri Cut Piece Centre, on Mandai Road, Nizampura, Bhiwandi, Thane district, Maharashtra),
weaving grey cloth on job work for cloth traders in Mumbai and Surat and on its own account, told by the
proofs of payment it receives and makes: traders' and counter buyers' UPI screens and the unit's payment
pages, Mumbai and Surat traders' and a shirt maker's payment advices for weaving charges and grey cloth,
Bangladeshi, Emirati, Sri Lankan, British, German, Singaporean and Egyptian buyers' inward wires in US
dollars, UAE dirhams, pounds, euros and Singapore dollars, its own job charge, cut piece and yarn waste
receipts, the yarn merchants', the filament yarn maker's, the sizing, warping and loom spares suppliers' tax
invoices, the corporate net-banking transfers to the tempo owner, the process house, the folders, the loom
repairers, the winders, the electrician, the godown owner and the roadlines, the weavers', jobbers', winders'
and menders' weekly wage vouchers and payouts, the Bhiwandi-Nizampur corporation's, MPCB's, GRAS
Maharashtra's, the Labour Welfare Board's and the GST department's fee pages, the insurers' premium receipts,
card terminal slips, Torrent Power's electricity and the fibre and phone bills, and the banks' SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from
the rows the page keeps. Headings, footers, the "A unit of" line, qualities, picks, reeds and counts, beams,
sets, lots, delivery challans and their days, metres, kilos, pirns, shifts, looms, rates, job charges before
deductions, TDS, short-length, damage and shortage debits, advances, GST and cess lines, party, beneficiary,
property, licence, application, registration, PTRC, service, policy, proposal, token and account numbers, wage
periods, bill and contribution months, due days, sums insured and limits, GSTIN, IFSC, BIC, UETR, sender's
references, MID, TID, batch, trace and nozzle numbers, heads of account, the maker and the checker and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is
heldout158's.
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

COMPANY = "Kaneri Weaving Mills Pvt Ltd"
COMPANY_CAPS = "KANERI WEAVING MILLS PVT LTD"
SHORT = "Kaneri Weaving"
SHED = "Kaneri Looms"
DEPOT = "Kaneri Cut Piece Centre"
# unit, address, GST state code
UNITS = [
    (
        "Powerloom shed - 72 looms",
        "Gala 14-19, Sai Baba Compound, Kaneri, Bhiwandi - 421302, Dist. Thane",
        "27",
    ),
    ("Rapier loom shed - 24 looms", "S. No. 86/2, Kamatghar, Bhiwandi - 421305, Dist. Thane", "27"),
    ("Cut piece counter", "Shop 3, Mandai Road, Nizampura, Bhiwandi - 421302", "27"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d/%m/%y", "%d-%m-%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%b-%Y", "%B {d}, %Y"]
BANKS = [
    "Bank of Maharashtra",
    "Saraswat Co-operative Bank",
    "TJSB Sahakari Bank",
    "Union Bank of India",
    "Kotak Mahindra Bank",
    "Cosmos Co-operative Bank",
    "Kalyan Janata Sahakari Bank",
    "HDFC Bank",
    "Bank of India",
    "ICICI Bank",
]
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "Saraswat Co-operative Bank": "SRCB",
    "TJSB Sahakari Bank": "TJSB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
    "Cosmos Co-operative Bank": "COSB",
    "Kalyan Janata Sahakari Bank": "KJSB",
    "HDFC Bank": "HDFC",
    "Bank of India": "BKID",
    "ICICI Bank": "ICIC",
    "Yes Bank": "YESB",
    "State Bank of India": "SBIN",
}
DOMAINS = {
    "Bank of Maharashtra": "mahabank.co.in",
    "Saraswat Co-operative Bank": "saraswatbank.com",
    "TJSB Sahakari Bank": "tjsbbank.co.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "Kotak Mahindra Bank": "kotak.com",
    "HDFC Bank": "hdfcbank.com",
    "Bank of India": "bankofindia.co.in",
    "Yes Bank": "yesbank.in",
}
# a grey cloth quality, its weaving charge per metre on job work (low, high)
QUALITIES = [
    ("Grey poplin 40s x 40s, 132 x 72, 58 in", 6.8, 9.2),
    ("Grey cambric 60s x 60s, 92 x 88, 48 in", 7.5, 10.5),
    ("Grey sheeting 20s x 20s, 60 x 60, 63 in", 5.2, 7.4),
    ("PV suiting grey 2/30s, 58 in", 9.5, 13.5),
    ("Viscose rayon grey 30s, 68 x 64, 44 in", 6.2, 8.6),
    ("Polyester lining grey 75D, 44 in", 4.4, 6.2),
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Invoice to / Name of recipient / Billed to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI
    reference."""
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


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. traders and counter buyers: UPI, pages


PAYER_APPS = ["Google Pay", "PhonePe", "Cashfree", "Paytm", "Amazon Pay", "BHIM", "CCAvenue", "Navi"]
DEPOT_AT = (1, 4)
TRADER_NOTES = [
    "Weaving charges lot 7",
    "Job charges - cambric",
    "Grey poplin 600 m balance",
    "Beam 112 weaving",
    "Advance for 2 beams",
    "Lining grey - 40 than",
]
DEPOT_NOTES = ["Cut piece 40 m", "Poplin fents 25 kg", "Chindi bag", "Sheeting 2 than", "Cut pieces"]
PAYER_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Amazon Pay": ["UPI Ref No.", "Bank reference No. (UTR)"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "Navi": ["UPI Ref. ID", "UTR"],
}
PAGE_PARTIES = [
    ("Shree Ambica Textiles", "Weaving charges - lot 14 (poplin)"),
    ("Sapna Synthetics", "Job charges - 2 beams lining"),
    ("Rajhans Shirtings Pvt Ltd", "Grey cambric 1,200 m - advance"),
    ("Navkar Fabrics", "Weaving charges - PV suiting"),
]


def trader_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cloth traders paying the unit's weaving charges and buyers at the cut piece counter: six UPI screens
    (Google Pay, PhonePe, Paytm, Amazon Pay, BHIM, Navi: the shed, Kaneri Looms, its capitals, the company's
    capitals or short name, or the counter, Kaneri Cut Piece Centre, under Paid to / To / Sent to / Payment to
    / Paying to, its UPI ID, a Banking name / Registered name line on some, the sum large, UTR / UPI Ref. No.
    / UPI Reference No. / UPI transaction ID / UPI Ref No. / UPI Ref No / UPI Ref. ID / Bank reference No.
    (UTR), the app's own Transaction ID / Google transaction ID on some, Debited from / From / Paid from /
    Bank account, Date & time / Paid on / Completed on / Initiated on; Payment successful / Paid successfully
    / Money sent / Payment completed / Payment in progress - waiting for the receiver's bank, do not pay again
    / Payment declined by the bank - please try another account) and two of the unit's payment pages
    (Cashfree, CCAvenue: the shed or the company on top, Customer name / Party name / Billing name, Payment
    for, Payment mode, Cashfree's CF Payment ID, Order ID and Bank reference, CCAvenue's Tracking ID, Order
    No. and Bank Ref. No., or an Auth code, Paid on / Payment date / Transaction time; Payment successful /
    Payment completed / Thank you! Payment received)."""
    k = place("trader_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=8000, high=99000, p_round=0.8)
    app = PAYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Cashfree", "CCAvenue"):
        to = rng.choice([SHED, SHED, COMPANY])
        who, what = PAGE_PARTIES[(k + rng.randrange(2)) % len(PAGE_PARTIES)]
        url = (
            f"payments.cashfree.com/forms/{rng.choice(['kaneriweaving', 'kanerilooms'])}"
            if app == "Cashfree"
            else f"secure.ccavenue.com/transaction/kaneri{code(rng, 6, LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Grey cloth weaving on job work - Bhiwandi", "Powerloom weavers since 1987, Kaneri"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Payment completed", "Thank you! Payment received"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p,
            rng.choice(
                ["Customer name", "Party name"] if app == "Cashfree" else ["Billing name", "Party name"]
            ),
            who,
        )
        wrap_pair(p, "Payment for", what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Cashfree":
                pid = digits(rng, 10)
                p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"KWM{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = digits(rng, 12)
                p.pair("Tracking ID", pid, txn=(TXN_RANK, pid))
                oid = f"KL{digits(rng, 8)}"
                p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair(
                    "Bank reference" if app == "Cashfree" else "Bank Ref. No.", j.ref, txn=(UTR_RANK, j.ref)
                )
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Cashfree Payments" if app == "Cashfree" else "Secured by CCAvenue")
        return p.done()
    depot = k in DEPOT_AT
    if depot:
        j.amount = rupees(rng, 150, 9500, 0.85)
        to = rng.choice([DEPOT, DEPOT.upper()])
        handle = f"{rng.choice(['kanericutpiece', 'kaneridepot'])}@{rng.choice(['ybl', 'okhdfcbank', 'axl'])}"
    else:
        to = rng.choice([SHED, SHED.upper(), COMPANY_CAPS, SHORT])
        handle = (
            f"kanerilooms{rng.choice(['', '.bhw', '27'])}@{rng.choice(['mahb', 'kotak', 'ybl', 'okicici'])}"
        )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Navi": "Navi UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent", "Payment completed"],
            "pending": ["Payment in progress - waiting for the receiver's bank, do not pay again"],
            "failed": ["Payment declined by the bank - please try another account"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Payment to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "BHIM", "Navi") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['Banking name', 'Registered name'])}: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(DEPOT_NOTES if depot else TRADER_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(PAYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay", "Navi") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P04-{digits(rng, 7)}-{digits(rng, 7)}",
                "Navi": f"NAVI{digits(rng, 16)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from", "Bank account"]
            if status == "success"
            else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS)} XX{digits(rng, 4)}",
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
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Raise a query on this payment"]))
    return p.done()


# ---------------------------------------------------------------- 2. traders' and buyers' payment advices


# payer, mail, market, what it pays for (weaving charges on job work or grey cloth bought)
PAYERS = [
    ("Shree Ambica Textiles", "accounts@shreeambicatex.in", "Mulji Jetha Market, Kalbadevi, Mumbai", "job"),
    (
        "Navkar Fabrics Pvt Ltd",
        "payments@navkarfabrics.com",
        "Millennium Textile Market, Ring Road, Surat",
        "job",
    ),
    ("Rajhans Shirtings Pvt Ltd", "vendorpay@rajhansshirtings.in", "MIDC, Andheri East, Mumbai", "grey"),
    ("Sapna Synthetics", "sapnasynthetics@gmail.com", "Hindmata Cloth Market, Dadar, Mumbai", "job"),
    ("Kesariya Creations Pvt Ltd", "ap@kesariyacreations.in", "Salabatpura, Surat", "grey"),
    ("Mangaldas Cloth Syndicate", "mcs.accounts@gmail.com", "Mangaldas Market, Mumbai", "grey"),
    ("Indus Home Linen Exports Pvt Ltd", "purchase@induslinen.in", "Lower Parel, Mumbai", "grey"),
    ("Jai Mata Di Textiles", "jmdtextiles.surat@gmail.com", "Surat Textile Market, Ring Road, Surat", "job"),
]
ADVICE_FRAMES = ["mail", "paper", "portal", "mail", "paper", "portal", "mail", "paper"]


def trader_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Mumbai and Surat cloth traders paying the unit's weaving charges on the beams they sent, and a shirt
    maker, a home linen exporter and traders paying for grey cloth bought: advice e-mails, printed JOB WORK
    PAYMENT ADVICE - WEAVING CHARGES / Remittance advice - weaving job charges / PAYMENT ADVICE - GREY CLOTH /
    Supplier remittance advice and vendor portal pages (the payer on top with its desk line, Weaving party /
    Payee (job weaver) / Party (supplier) / Payee (grey supplier) / Credited to party the company, Party code,
    Beams, the delivery challans with their days, metres x rate, Total weaving charges / Gross job charges /
    Total of bills / Gross amount, Less: TDS u/s 194C @ 2% / Less: TDS u/s 194Q @ 0.1%, Less: Short-length
    debit - n m / Less: Damage debit (fault fabric) - n m / Less: Cash discount @ 1.5% / Less: Rate difference
    (grey) on some, Net amount released to party / Net remitted to party / Net job charges credited / Net
    amount credited / Net amount to be remitted / Net payable to party / Net amount, Payment mode NEFT / RTGS
    / IMPS, Party bank A/c, UTR No. / NEFT UTR / RTGS UTR / IMPS Ref No., Advice No. / PV No., Payment date /
    Remitted on / Settled on / Advice date / Prepared on / Bounced on / Returned on; Payment released -
    credited to party's account / Status: Settled / On hold - folding report from the process house awaited /
    Payment bounced back - party's account is not KYC compliant)."""
    k = place("trader_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    payer, mail, market, kind = PAYERS[k]
    frame = ADVICE_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} {payer.split()[1]} Accounts <{mail}>",
            ["Payment advice", f"Remittance advice - {SHORT}", "Payment details for your bills"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    desk = "Job work - accounts" if kind == "job" else "Grey purchase - accounts"
    p.add(
        "small",
        f"{rng.choice(['Accounts - payments', desk])}, {market}",
    )
    p.add(
        "center",
        rng.choice(
            ["JOB WORK PAYMENT ADVICE - WEAVING CHARGES", "Remittance advice - weaving job charges"]
            if kind == "job"
            else ["PAYMENT ADVICE - GREY CLOTH", "Supplier remittance advice"]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment released - credited to party's account", "Status: Settled"],
            "pending": ["On hold - folding report from the process house awaited"],
            "failed": ["Payment bounced back - party's account is not KYC compliant"],
        },
    )
    payee = ours(rng)
    labels = (
        ["Weaving party", "Payee (job weaver)"]
        if kind == "job"
        else ["Party (supplier)", "Payee (grey supplier)"]
    ) + (["Credited to party"] if status == "success" else [])
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Party code", f"{rng.choice(['BHW', 'KW', 'P'])}{digits(rng, 4)}")
    quality, lo, hi = rng.choice(QUALITIES)
    if kind == "job":
        p.pair("Beams", f"{rng.randrange(100, 180)}, {rng.randrange(180, 260)} (warp supplied by us)")
        rate = round(rng.uniform(lo, hi), 2)
    else:
        rate = round(rng.uniform(lo * 6, hi * 7), 2)
    wrap_pair(p, "Quality", quality)
    p.add("left", rng.choice(["Challans paid", "Against your challans", "Bills covered"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        metres = round(rng.uniform(1800, 9500) if kind == "job" else rng.uniform(600, 4200), 1)
        value = round(metres * rate, 2)
        gross += value
        dc = f"DC {rng.randrange(100, 999)}"
        if not j.no_day:
            dc += f" ({when(earlier(rng, j, 6, 40), '%d %b')})"
        p.pair(f"{dc}  {metres:,.1f} m x {rate:.2f}", rs(value))
    gross = round(gross, 2)
    p.pair(
        rng.choice(
            ["Total weaving charges", "Gross job charges"]
            if kind == "job"
            else ["Total of bills", "Gross amount"]
        ),
        rs(gross),
    )
    if kind == "job":
        tds = round(gross * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    else:
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if kind == "job" and pick < 0.35:
        n = round(rng.uniform(8, 60), 1)
        cut = round(n * rate, 2)
        p.pair(f"Less: Short-length debit - {n} m @ {rate:.2f}", rs(cut))
    elif kind == "job" and pick < 0.6:
        n = round(rng.uniform(5, 40), 1)
        cut = round(n * rate * 4, 2)
        p.pair(f"Less: Damage debit (fault fabric) - {n} m", rs(cut))
    elif kind == "grey" and pick < 0.3:
        cut = round(gross * 0.015, 2)
        p.pair("Less: Cash discount @ 1.5%", rs(cut))
    elif kind == "grey" and pick < 0.5:
        cut = round(gross * rng.uniform(0.004, 0.012), 2)
        p.pair("Less: Rate difference (grey)", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    net = {
        "success": ["Net amount released to party", "Net remitted to party"]
        + (["Net job charges credited"] if kind == "job" else ["Net amount credited"]),
        "pending": ["Net amount to be remitted"],
        "failed": ["Net payable to party", "Net amount"],
    }[status]
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Party bank A/c", account(rng, BANKS[:6]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(["HDFC Bank", "Kotak Mahindra Bank", "ICICI Bank"]), way)
            lab = {
                "IMPS": ["IMPS Ref No."],
                "RTGS": ["RTGS UTR", "UTR No."],
                "NEFT": ["NEFT UTR", "UTR No."],
            }[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PV', 'ADV'])}/{fy(j.date)}/{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Advice No.", "PV No."]), doc, txn=(INVOICE_RANK, doc))
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Remitted on", "Settled on"],
            "pending": ["Advice date", "Prepared on"],
            "failed": ["Bounced on", "Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Check the TDS in your Form 26AS and confirm the ledger balance within 7 days.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: inward wires


BUYERS = [
    ("Meghna Knit Composite Ltd", "Gazipur, Bangladesh", "USD", "Dutch-Bangla Bank PLC"),
    ("Al Noor Textiles LLC", "Deira, Dubai, UAE", "AED", "Emirates NBD Bank PJSC"),
    ("Colombo Garment Makers (Pvt) Ltd", "Katunayake, Sri Lanka", "USD", "Commercial Bank of Ceylon PLC"),
    ("Harrow Linen Supplies Ltd", "Leicester, United Kingdom", "GBP", "Barclays Bank UK PLC"),
    ("Sharjah Fabric Trading Co. LLC", "Sharjah, UAE", "AED", "Mashreq Bank PSC"),
    ("Textil Krause GmbH", "Chemnitz, Germany", "EUR", "Commerzbank AG"),
    ("Straits Textile Trading Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd"),
    ("Nile Delta Garments Co.", "Alexandria, Egypt", "USD", "National Bank of Egypt"),
]
WIRE_FRAMES = [
    ("Saraswat Co-operative Bank", "mail"),
    ("Bank of Maharashtra", "paper"),
    ("Kotak Mahindra Bank", "browser"),
    ("Union Bank of India", "paper"),
    ("Yes Bank", "mail"),
    ("TJSB Sahakari Bank", "browser"),
    ("Bank of India", "mail"),
    ("HDFC Bank", "browser"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "AED": (23.25, 24.2),
    "GBP": (108.2, 113.4),
    "EUR": (93.1, 97.6),
    "SGD": (63.4, 67.6),
}
WIRE_GOODS = [
    "Grey cotton poplin 58 in - 1 x 20 ft",
    "Grey cambric 48 in for shirting",
    "Grey sheeting 63 in - 2 x 40 ft",
    "Polyester viscose grey suiting",
    "Grey rayon 44 in for dyeing",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros, the code before or
    after the figure for UAE dirhams, the code or S$ for Singapore dollars; western grouping."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "SGD":
        mark = rng.choice(["SGD ", "S$", "SGD "])

        def show_sgd(value: float) -> str:
            return f"{mark}{value:,.2f}"

        return show_sgd
    after = rng.random() < 0.4

    def show_aed(value: float) -> str:
        return f"{value:,.2f} AED" if after else f"AED {value:,.2f}"

    return show_aed


def uetr(rng: random.Random) -> str:
    head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}"
    head += f"-{rng.choice('89ab')}{code(rng, 3, HEXA)}"
    return f"{head}-{code(rng, 12, HEXA)}"


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Garment makers in Bangladesh, Sri Lanka and Egypt and fabric traders in Dubai, Sharjah, Britain,
    Germany and Singapore paying for grey cloth: the banks' inward remittance advices (browser, e-mail,
    printed FOREIGN INWARD REMITTANCE - CREDIT ADVICE / Inward remittance advice (SWIFT MT103) / Advice of
    foreign currency inward credit: the bank on top with its trade finance desk, Name of beneficiary /
    Beneficiary (customer) / Credited to (account name) the company, Beneficiary A/c, Remitter name /
    Remitting party / Sender (abroad), Remitting bank / Sender's bank, Intermediary bank, Inward amount (FCY)
    / Remittance received (FCY) / Amount in foreign currency in USD, AED, GBP, EUR or SGD, Charges, Rate
    applied, INR value / Converted amount (INR), Less: Commission and GST, Net credited (INR), Purpose code,
    Goods, Export invoice No., Sender's reference, Mode, Inward ref. No. / IRM No. / Transaction ref., UETR,
    Value date / Credit date / Settled on / Received on / Date of receipt / Returned on / Sent back on;
    Remittance credited to your account / Status: Settled - credited to account / Under compliance review -
    export invoice and shipping bill details to be submitted / Sent back to ordering bank - beneficiary
    account number invalid)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    payer, city, cur, pbank = BUYERS[k]
    lo, hi = {"AED": (9000, 320000), "SGD": (3000, 110000)}.get(cur, (2500, 90000))
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    places = 4 if rng.random() < 0.5 else 2
    rate = round(rng.uniform(*WIRE_RATES[cur]), places)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradefinance@{slug(bank)}>",
            [
                "Foreign inward remittance - credit advice",
                "Inward SWIFT remittance",
                "Your inward remittance",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/forex/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Centre, Fort, Mumbai",
                "Forex Cell, Dhamankar Naka, Bhiwandi",
                "International Banking Division, Thane (West)",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE - CREDIT ADVICE",
                "Inward remittance advice (SWIFT MT103)",
                "Advice of foreign currency inward credit",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance credited to your account", "Status: Settled - credited to account"],
            "pending": ["Under compliance review - export invoice and shipping bill details to be submitted"],
            "failed": ["Sent back to ordering bank - beneficiary account number invalid"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Name of beneficiary", "Beneficiary (customer)", "Credited to (account name)"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter name", "Remitting party", "Sender (abroad)"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's bank"]), pbank)
    if cur == "USD":
        wrap_pair(
            p, "Intermediary bank", rng.choice(["Citibank NA, New York", "JPMorgan Chase Bank NA, New York"])
        )
    p.pair(
        rng.choice(["Inward amount (FCY)", "Remittance received (FCY)", "Amount in foreign currency"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Rate applied", f"1 {cur} = INR {rate:.{places}f}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR value", "Converted amount (INR)"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Commission and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(WIRE_GOODS))
    p.pair("Export invoice No.", f"KWM/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    p.pair("Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "IRM No.", "Transaction ref."]), ref, txn=(BANK_RANK, ref))
        if status == "success" and rng.random() < 0.7:
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Settled on"],
            "pending": ["Received on", "Date of receipt"],
            "failed": ["Returned on", "Sent back on"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add("small", "Map this remittance to the shipping bill on EDPMS; the e-BRC follows on the DGFT portal.")
    return p.done()


# ---------------------------------------------------------------- 4. the shed's and the counter's receipts


RECEIPT_PARTIES = [
    "M/s Shree Ambica Textiles, Kalbadevi",
    "Mrs. Rukhsana Momin, Nizampura",
    "M/s Sapna Synthetics, Dadar",
    "M/s Jai Mata Di Textiles, Surat",
    "Mr. Prakash Mhatre (tailor), Dhamankar Naka",
    "M/s Navkar Fabrics Pvt Ltd, Surat",
    "M/s Gopal Cloth Stores, Kalyan",
    "Faizan Waste Traders, Shanti Nagar",
]
RECEIPT_WAYS = ["RTGS", "cash", "NEFT", "cheque", "card", "NEFT", "cheque", "UPI"]
RECEIPT_KINDS = ["shed", "counter", "mail", "shed", "counter", "mail", "shed", "waste"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shed's own JOB CHARGES RECEIPT / RECEIPT / ADVANCE RECEIPT - WEAVING ORDER / RECEIPT - YARN WASTE
    SALE and the counter's CASH MEMO / RECEIPT - CUT PIECES (paper: Kaneri Looms or Kaneri Cut Piece Centre on
    top with the "A unit of" line, address and GSTIN; Receipt No. / Rcpt. No. / Memo No. / Cash memo No., Date
    / Dated / Receipt date, Received from / Party name / Buyer (no fact), Quality, metres x rate or kilos x
    rate, GST @ 5% (SAC 998821) or CGST and SGST, Bill amount / Total / Order value (incl. GST), Less: Advance
    received earlier, Advance received / Balance received / Amount received through RTGS / Received vide RTGS
    / NEFT credit received / Received vide NEFT / UPI amount received / Received through UPI / Card payment
    (swipe) / Received by card / Cash received / Received in cash / Cheque amount / Cheque for, Balance due on
    delivery, Mode, UTR / UPI Ref. No. / Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS
    / PAID / RECEIVED - JOB BILL SETTLED / ADVANCE RECEIVED - LOOMS BOOKED / PAID - GOODS TAKEN / CHEQUE
    DEPOSITED - RECEIPT VALID ON REALISATION / CHEQUE RETURNED UNPAID - ACCOUNT CLOSED, the rubber stamp) and
    two of the shed's accounts desk's acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    kind = RECEIPT_KINDS[k]
    way = RECEIPT_WAYS[k]
    counter = kind == "counter"
    mode = "full"
    if kind in ("shed", "mail"):
        mode = "advance" if way == "cheque" else rng.choice(["advance", "settle", "full"])
    me = rng.choice([DEPOT, DEPOT.upper()]) if counter else rng.choice([SHED, SHED, SHED.upper()])
    if kind == "mail":
        p = mail_page(
            rng,
            font,
            f"{SHED} Accounts <accounts@kanerilooms.in>",
            ["Payment received - thank you", "Receipt for your payment", "Job charges received"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"A unit of {COMPANY}  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        unit = UNITS[2] if counter else UNITS[rng.randrange(2)]
        kinds = {
            "counter": ["CASH MEMO", "RECEIPT - CUT PIECES"],
            "waste": ["RECEIPT - YARN WASTE SALE", "RECEIPT"],
            "shed": ["JOB CHARGES RECEIPT", "RECEIPT"]
            + (["ADVANCE RECEIPT - WEAVING ORDER"] if mode == "advance" else []),
        }[kind]
        letterhead(p, me, f"A unit of {COMPANY}", unit[1], unit[2], kinds)
    if not j.no_ref:
        rno = f"{'CP' if counter else 'KL'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(
            rng.choice(["Memo No.", "Cash memo No."] if counter else ["Receipt No.", "Rcpt. No."]),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(
            ["Received from", "Buyer"] if counter or kind == "waste" else ["Received from", "Party name"]
        ),
        RECEIPT_PARTIES[k],
    )
    if counter:
        if rng.random() < 0.5:
            kg = rng.randrange(6, 60)
            rate = float(rng.choice([90, 110, 130, 160]))
            base = kg * rate
            p.pair(f"Poplin cut pieces  {kg} kg x {rate:.2f}", rs(base))
        else:
            metres = rng.randrange(20, 160)
            rate = float(rng.choice([38, 45, 52, 64]))
            base = metres * rate
            p.pair(f"Sheeting fents  {metres} m x {rate:.2f}", rs(base))
        bill = gst_lines(p, rs, base, 5, False)
        p.pair(rng.choice(["Total", "Bill amount"]), rs(bill))
    elif kind == "waste":
        kg = rng.randrange(300, 1800)
        rate = round(rng.uniform(18, 34), 2)
        base = round(kg * rate, 2)
        p.pair(f"Cotton yarn waste (hard)  {kg:,} kg x {rate:.2f}", rs(base))
        bill = gst_lines(p, rs, base, 5, False)
        p.pair("Bill amount", rs(bill))
    else:
        quality, lo, hi = rng.choice(QUALITIES)
        wrap_pair(p, "Quality", quality)
        metres = round(rng.uniform(1500, 14000), 1)
        rate = round(rng.uniform(lo, hi), 2)
        base = round(metres * rate, 2)
        p.pair(f"Weaving charges  {metres:,.1f} m x {rate:.2f}", rs(base))
        gst = round(base * 0.05, 2)
        p.pair("GST @ 5% (SAC 998821)", rs(gst))
        bill = round(base + gst, 2)
        if mode == "advance":
            p.pair("Order value (incl. GST)", rs(bill))
        elif mode == "settle":
            p.pair("Bill amount", rs(bill))
        else:
            p.pair(rng.choice(["Total", "Bill amount"]), rs(bill))
    if mode == "advance":
        j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        lab = "Advance received" if way != "cheque" and rng.random() < 0.5 else None
    elif mode == "settle":
        adv = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        p.pair("Less: Advance received earlier", rs(adv))
        j.amount = round(bill - adv, 2)
        lab = "Balance received" if rng.random() < 0.5 else None
    else:
        j.amount = bill
        lab = None
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque for"])
    elif lab is None:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["UPI amount received", "Received through UPI"]),
            "NEFT": rng.choice(["NEFT credit received", "Received vide NEFT"]),
            "RTGS": rng.choice(["Amount received through RTGS", "Received vide RTGS"]),
            "card": rng.choice(["Card payment (swipe)", "Received by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if mode == "advance":
        p.pair("Balance due on delivery", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "card": "card"}.get(
        way, "cheque"
    )
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "RTGS": "RTGS", "card": "Card"}.get(way, "Cheque"),
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if counter:
        words.append("PAID - GOODS TAKEN")
    elif mode == "advance":
        words.append("ADVANCE RECEIVED - LOOMS BOOKED")
    elif kind != "waste":
        words.append("RECEIVED - JOB BILL SETTLED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE DEPOSITED - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - ACCOUNT CLOSED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Goods once sold will not be taken back or exchanged."
        if counter
        else "Waste is sold as is, where is; loading and transport by the buyer."
        if kind == "waste"
        else "Cheques are subject to realisation. Grey is delivered only against cleared payment.",
    )
    if kind != "mail":
        right(p, f"For {DEPOT if counter else SHED} - {'Counter' if counter else 'Accounts'}")
        p.add("gap")
        seal(
            p,
            DEPOT if counter else SHED,
            "MANDAI ROAD, BHIWANDI" if counter else "KANERI, BHIWANDI",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. yarn, sizing, warping, spares invoices


SUPPLIERS = [
    (
        "Kalbadevi Yarn Agency",
        "Cotton and blended yarn merchants",
        "Room 12, Vithalwadi, Kalbadevi Road, Mumbai - 400002",
        "27",
        "KYA",
    ),
    (
        "Suryapur Filaments Pvt Ltd",
        "Polyester FDY and viscose filament yarn",
        "Plot 41, Sachin GIDC, Surat - 394230, Gujarat",
        "24",
        "SFP",
    ),
    (
        "Bhiwandi Beam Sizing Works",
        "Sizing of warp beams on job work",
        "Near Anjurphata, Kalyan Road, Bhiwandi - 421302",
        "27",
        "BBS",
    ),
    (
        "Narpoli Warping Centre",
        "Sectional warping | Beam gaiting | Drawing-in",
        "Gala 7, Narpoli, Bhiwandi - 421302",
        "27",
        "NWC",
    ),
    (
        "Padma Loom Stores",
        "Powerloom spares - reeds, healds, pickers, shuttles",
        "Padmanagar, Bhiwandi - 421302",
        "27",
        "PLS",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KYA": [
        ("Cotton yarn 40s combed - cones", "5205", "kg", 265, 310, 5, 200, 1600),
        ("Cotton yarn 60s combed compact - cones", "5205", "kg", 330, 395, 5, 100, 1000),
        ("Cotton yarn 20s carded - cones", "5205", "kg", 215, 250, 5, 200, 1800),
    ],
    "SFP": [
        ("Polyester FDY 75/36 semi dull", "5402", "kg", 118, 142, 5, 300, 2400),
        ("Viscose filament yarn 120D bright", "5403", "kg", 385, 450, 5, 100, 700),
    ],
    "BBS": [
        ("Sizing charges - 40s cotton warp", "998821", "kg", 16, 24, 5, 400, 2400),
        ("Sizing charges - PV warp 2/30s", "998821", "kg", 14, 20, 5, 400, 2400),
        ("Beam loading and delivery to shed", "998821", "beam", 150, 250, 5, 4, 16),
    ],
    "NWC": [
        ("Sectional warping - 4,800 ends", "998821", "beam", 900, 1400, 5, 4, 18),
        ("Beam gaiting and drawing-in", "998821", "beam", 450, 700, 5, 4, 18),
    ],
    "PLS": [
        ("Picker (leather) 60 mm", "8448", "pcs", 38, 55, 18, 50, 400),
        ("Reed 80s count - 56 in", "8448", "pcs", 1400, 2100, 18, 2, 12),
        ("Shuttle with tip - powerloom", "8448", "pcs", 240, 360, 18, 6, 40),
        ("Heald frame set - 4 shafts", "8448", "set", 1800, 2600, 18, 1, 6),
    ],
}
SUPPLY_ORDER = [0, 2, 1, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "NEFT", "-", "RTGS", "UPI", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yarn merchant in Kalbadevi, the filament yarn maker in Surat, the sizing works, the warping centre
    and the loom spares shop billing the unit (paper: the supplier on top, its line, address and GSTIN; TAX
    INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / TAX INVOICE - JOB WORK CHARGES, Invoice No. / Tax Invoice No.
    / Bill No., Invoice date / Dated / Date, Invoice to / Name of recipient / Billed to the company, Consignee
    (ship to), Place of supply, Delivery challan No. and LR No. or Set No. and Beam Nos., the yarn, sizing,
    warping or spares with HSN or SAC, kg, beams, sets or pieces x rate, Taxable value, CGST and SGST or IGST
    @ 5% or 18%, Round off, Invoice total, Less: Advance adjusted and Balance paid by RTGS / NEFT on some,
    else Paid by RTGS / NEFT / Amount received through RTGS / NEFT / Payment received via UPI / Paid by UPI
    with UTR / UTR No. / UPI Ref. No., or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY RTGS
    / NEFT / UPI / PAYMENT RECEIVED - ACCOUNT SETTLED / CHEQUE IN CLEARING - RECEIPT ON REALISATION / CHEQUE
    RETURNED - REFER TO DRAWER, BILL OUTSTANDING, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    jobwork = tag in ("BBS", "NWC")
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE", "TAX INVOICE - JOB WORK CHARGES"]
        if jobwork
        else ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR BUYER)"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Invoice to", "Name of recipient", "Billed to"])
    wrap_pair(
        p,
        "Consignee (ship to)",
        rng.choice([f"{SHED}, Sai Baba Compound, Kaneri", f"{SHORT} - rapier shed, Kamatghar"]),
    )
    p.pair("Place of supply", "Maharashtra (27)")
    if jobwork:
        p.pair("Set No.", f"S-{rng.randrange(40, 480)}")
        p.pair("Beam Nos.", ", ".join(str(rng.randrange(100, 260)) for _ in range(rng.randrange(2, 4))))
    else:
        p.pair("Delivery challan No.", f"DC/{rng.randrange(100, 9999)}")
        if tag != "PLS":
            p.pair("LR No.", f"{rng.choice(['SRT', 'MUM', 'BHW'])}/{digits(rng, 5)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        units = f"{unit}s" if unit in ("beam", "set") and qty > 1 else unit
        p.pair(f"  {qty:,} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "27")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and not jobwork and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -3))
        p.pair("Less: Advance adjusted", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif way == "UPI":
            lab = rng.choice(["Payment received via UPI", "Paid by UPI"])
        else:
            lab = rng.choice([f"Paid by {way}", f"Amount received through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - ACCOUNT SETTLED"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT ON REALISATION",
        "failed": "CHEQUE RETURNED - REFER TO DRAWER, BILL OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 24% p.a. on bills unpaid after 45 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Shree Sai Tempo Service", "Grey bales to Kalbadevi - 6 trips", 4000, 28000),
    ("Mankoli Textile Processors Pvt Ltd", "Bleaching and finishing - 18,000 m poplin", 60000, 420000),
    ("Padma Folding & Checking Works", "Folding, checking and mending - lot 22", 8000, 45000),
    ("Ansari Loom Repairing Works", "Overhaul of 12 looms - tappets and crank", 15000, 90000),
    ("Rahnal Cone Winding Centre", "Pirn and cone winding - weft", 9000, 52000),
    ("Al-Madina Electricals", "Shed wiring and motor rewinding", 6000, 48000),
    ("Kasheli Warehousing Co.", "Yarn godown rent", 25000, 120000),
    ("Bhiwandi Surat Roadlines", "Bales to Surat - 2 trucks", 18000, 90000),
]
CORP_PORTALS = [
    (
        "Mahabank Corporate Internet Banking",
        "Bank of Maharashtra",
        "corporate.mahabank.co.in/cib/payments/status",
    ),
    ("Saraswat Bank Corporate Net Banking", "Saraswat Co-operative Bank", "corp.saraswatbank.com/ft/txnview"),
    ("TJSB Corporate Net Banking", "TJSB Sahakari Bank", "corpnet.tjsbbank.co.in/fundtransfer/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its tempo owner, process house, folders, loom repairers, winders, electrician,
    godown owner and roadlines: corporate net banking's transaction pages (Mahabank Corporate Internet
    Banking, Saraswat Bank Corporate Net Banking, TJSB Corporate Net Banking: the portal on top and the bank's
    line, Beneficiary title / Credit account name / Payee name, Payee ID, Beneficiary A/c and IFSC, Debit
    account the company, Debited amount / Transfer value (INR) / Amount to debit, Payment channel / Mode of
    transfer NEFT / RTGS / IMPS, Purpose / remarks / Payment details, UTR / UTR No. / IMPS Ref No., Reference
    No. / System ref. No., Maker ID / Checker ID, Value date / Execution date / Transferred on / Created on /
    Keyed on / Rejected on / Returned on; Transfer executed - amount credited to beneficiary / Status:
    Successful (credited) / Pending at checker - awaiting final authorisation / Rejected - beneficiary account
    is dormant)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Funds transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Funds transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Transfer executed - amount credited to beneficiary",
                "Status: Successful (credited)",
            ],
            "pending": ["Pending at checker - awaiting final authorisation"],
            "failed": ["Rejected - beneficiary account is dormant"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary title", "Credit account name", "Payee name"]), who, merchant=who)
    p.pair("Payee ID", f"{''.join(w[0] for w in who.split() if w[0].isalpha()).upper()}{digits(rng, 3)}")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(
            {
                "success": ["Debited amount", "Transfer value (INR)"],
                "pending": ["Amount to debit", "Transfer value (INR)"],
                "failed": ["Transfer value (INR)", "Amount to debit"],
            }[status]
        ),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment channel", "Mode of transfer"]), way, method="netbanking")
    what = note if j.no_day or "rent" not in note else f"{note} - {j.month()}"
    wrap_pair(p, rng.choice(["Purpose / remarks", "Payment details"]), what)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Reference No.", "System ref. No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker ID / Checker ID", f"KWMACC1 / {'-' if status == 'pending' else 'KWMDIR2'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Execution date", "Transferred on"],
            "pending": ["Created on", "Keyed on"],
            "failed": ["Rejected on", "Returned on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small", "A rejected transfer is not debited; verify the beneficiary with the bank before you retry."
    )
    return p.done()


# ---------------------------------------------------------------- 7. the workers' wages and payouts


WORKERS = [
    ("Mohd. Shakeel Ansari", "Weaver - looms 41 to 48", "weaver"),
    ("Srinivas Gajam", "Weaver - rapier looms", "weaver"),
    ("Abdul Rauf Momin", "Loom jobber (fitter)", "jobber"),
    ("Sunil Kamble", "Beam gaiter", "jobber"),
    ("Kalpana Bhoir", "Pirn winder", "winder"),
    ("Irfan Shaikh", "Weaver - night shift", "weaver"),
    ("Vitthal Patil", "Watchman", "jobber"),
    ("Naseem Bano Ansari", "Mender and checker", "checker"),
]
WAGE_FRAMES = ["paper", "cashfree", "paper", "phonepe", "paper", "cashfree", "paytm", "paper"]


def worker_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its weavers by the metre, its loom jobbers by the shift, its pirn winders by the
    kilo and its menders by the metre checked, every week: its printed WEEKLY WAGE SLIP - WEAVER (PER METRE) /
    PRODUCTION WAGES VOUCHER - LOOM SHED / JOBBER PAYMENT VOUCHER - SHIFT BASIS / WEEKLY PAYMENT VOUCHER -
    FITTERS / WEEKLY PAYMENT VOUCHER - WINDING & FOLDING / PRODUCTION WAGES VOUCHER - FOLDING (the company on
    top, Voucher No. / Vr. No. / Wage slip No., Date / Voucher date / Paid on, Name of weaver / Worker name /
    Karigar / Paid to (worker) / Paid to (jobber), Token No., Section, Wage period, metres woven x rate,
    shifts x rate, kilos x rate or metres checked x rate, Add: Night shift allowance / Add: Extra shifts,
    Gross wages, Less: Advance (uchal) recovered / Less: Fabric damage cut - n m, Net payable to worker / Net
    wages paid / Amount handed over, Mode Cash / UPI / IMPS; PAID / PAID - WAGES HANDED OVER / PAID - SIGNED
    BY WORKER), Cashfree Payouts' transfer pages (Cashfree Payments on top and Payouts - the company under it,
    the sum large, Beneficiary name, Beneficiary ID, Bank account / VPA, Transfer mode, Remarks, Transfer ID,
    Reference ID, Initiated on / Reversed on; PENDING - awaiting response from beneficiary bank / REVERSED -
    beneficiary account blocked), a PhonePe and a Paytm screen."""
    k = place("worker_wages")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1500, high=9000, p_round=0.9)
    who, role, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, f"payouts.cashfree.com/transfers/{digits(rng, 9)}")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "pending": ["PENDING - awaiting response from beneficiary bank"],
                "failed": ["REVERSED - beneficiary account blocked"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary ID", f"KWM_{who.split()[-1].lower()}{rng.randrange(10, 99)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bank account / VPA",
            f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}" if way == "IMPS" else f"{digits(rng, 10)}@ybl",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Remarks", rng.choice(["Weekly wages", "Weaving wages - shed A", "Wages and night allowance"]))
        if not j.no_ref:
            tid = f"WAGE{digits(rng, 8)}"
            p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
        date_row(p, j, {"pending": ["Initiated on"], "failed": ["Reversed on"]}[status], hour=True)
        p.part = "foot"
        p.add("small", "Reversed transfers are credited back to your Cashfree Payouts balance.")
        return p.done()
    if frame in ("phonepe", "paytm"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid successfully", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'ptyes', 'paytm'])}",
            method="UPI",
        )
        p.pair(
            rng.choice(["Message", "Note"]), rng.choice(["Uchal - Eid", "Wages advance", "Ganpati advance"])
        )
        if not j.no_ref:
            p.pair(
                rng.choice(
                    ["UTR", "UPI Ref. No."] if frame == "phonepe" else ["UPI Ref. No.", "UPI Reference No."]
                ),
                j.ref,
                txn=(UTR_RANK, j.ref),
            )
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if frame == "phonepe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["Debited from", "From"]), f"Kotak Mahindra Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    kinds = {
        "weaver": ["WEEKLY WAGE SLIP - WEAVER (PER METRE)", "PRODUCTION WAGES VOUCHER - LOOM SHED"],
        "jobber": ["JOBBER PAYMENT VOUCHER - SHIFT BASIS", "WEEKLY PAYMENT VOUCHER - FITTERS"],
        "winder": ["WEEKLY PAYMENT VOUCHER - WINDING & FOLDING"],
        "checker": ["WEEKLY PAYMENT VOUCHER - WINDING & FOLDING", "PRODUCTION WAGES VOUCHER - FOLDING"],
    }[kind]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{SHED}  |  {UNITS[0][0]}",
        UNITS[0][1],
        UNITS[0][2],
        kinds,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WS', 'WV', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    labels = (
        ["Name of weaver", "Worker name", "Karigar"]
        if kind == "weaver"
        else ["Paid to (jobber)", "Worker name"]
        if kind == "jobber"
        else ["Worker name", "Paid to (worker)", "Karigar"]
    )
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    p.pair("Token No.", f"K-{rng.randrange(10, 240)}")
    p.pair("Section", role)
    if not j.no_day:
        p.pair(
            "Wage period",
            f"{when(earlier(rng, j, 8, 10), '%d %b')} to {when(earlier(rng, j, 1, 3), '%d %b %Y')}",
        )
    cut, cut_label = 0.0, ""
    if kind == "weaver":
        metres = round(rng.uniform(1600, 3400), 1)
        rate = round(rng.uniform(1.05, 1.6), 2)
        gross = round(metres * rate, 2)
        p.pair(f"Metres woven: {metres:,.1f} m x {rate:.2f}", rs(gross))
        if rng.random() < 0.5:
            nights = rng.randrange(2, 7)
            allow = float(rng.choice([40, 50, 60]))
            p.pair(f"Add: Night shift allowance {nights} x {allow:.2f}", rs(nights * allow))
            gross = round(gross + nights * allow, 2)
        if rng.random() < 0.4:
            n = rng.randrange(4, 20)
            cut, cut_label = round(n * rate * 3, 2), f"Less: Fabric damage cut - {n} m"
        elif rng.random() < 0.5:
            cut, cut_label = float(rng.choice([300, 500, 1000])), "Less: Advance (uchal) recovered"
    elif kind == "jobber":
        shifts = rng.randrange(5, 8)
        rate = float(rng.choice([650, 700, 750, 820, 900]))
        gross = round(shifts * rate, 2)
        p.pair(f"Shifts: {shifts} x {rate:,.2f}", rs(gross))
        if rng.random() < 0.5:
            extra = rng.randrange(1, 3)
            p.pair(f"Add: Extra shifts {extra} x {rate:,.2f}", rs(extra * rate))
            gross = round(gross + extra * rate, 2)
        if rng.random() < 0.4:
            cut, cut_label = float(rng.choice([500, 1000, 1500])), "Less: Advance (uchal) recovered"
    elif kind == "winder":
        kg = round(rng.uniform(280, 720), 1)
        rate = round(rng.uniform(4.5, 7.0), 2)
        gross = round(kg * rate, 2)
        p.pair(f"Pirns wound: {kg:,.1f} kg x {rate:.2f}", rs(gross))
        if rng.random() < 0.4:
            cut, cut_label = float(rng.choice([200, 300, 500])), "Less: Advance (uchal) recovered"
    else:
        metres = rng.randrange(12000, 30000)
        rate = round(rng.uniform(0.1, 0.18), 2)
        gross = round(metres * rate, 2)
        p.pair(f"Metres checked and mended: {metres:,} m x {rate:.2f}", rs(gross))
        if rng.random() < 0.4:
            cut, cut_label = float(rng.choice([200, 500])), "Less: Advance (uchal) recovered"
    p.pair("Gross wages", rs(gross))
    if cut:
        p.pair(cut_label, rs(cut))
    j.amount = round(gross - cut, 2)
    p.pair(
        rng.choice(["Net payable to worker", "Net wages paid", "Amount handed over"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "Cash" if k == 4 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - SIGNED BY WORKER"] + (["PAID - WAGES HANDED OVER"] if way == "Cash" else [])
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 8. BNCMC, MPCB, GRAS, MLWF, GST department


FEE_FRAMES = ["property", "mpcb", "gras_dish", "mlwf", "licence", "gras_lm", "ptrc", "fire"]
BNCMC = [
    "Bhiwandi Nizampur City Municipal Corporation",
    "BHIWANDI NIZAMPUR CITY MUNICIPAL CORPORATION",
    "Bhiwandi-Nizampur City Municipal Corporation",
]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def heads_total(p: Screen, rs, heads: list[tuple[str, float]]) -> float:
    for head, fee in heads:
        p.pair(head, rs(fee))
    return round(sum(fee for _, fee in heads), 2)


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a powerloom unit in Bhiwandi: Bhiwandi Nizampur City Municipal Corporation's property tax,
    trade licence and fire NOC pages (the corporation on top as printed and its Property tax / Trade licence /
    Fire and Emergency Services line, Prabhag Samiti, Property holder / Name of licensee / Trade name / Name
    of premises / Occupier, Property No. / Licence No., the heads (General tax, Education cess, Employment
    guarantee cess, Tree cess, Less: Rebate @ 2%; the licence fee for the looms and the Signboard fee; the
    Fire service fee and the Scrutiny fee), Total paid / Net amount paid / Total amount / Amount / Total fee
    paid / Amount paid, Transaction ID, Bank Ref No., Receipt No. / Challan No.; Transaction unsuccessful -
    fee not received by BNCMC), the Maharashtra Pollution Control Board's consent fee page (MPCB on top and
    its consent management line, Name of industry, Category, Application ID, Consent fee - CTO renewal, Late
    fee, Total consent fee paid / Amount remitted, Transaction ref. No., Bank Ref No.), GRAS Maharashtra's
    e-challans for the factory licence renewal and the verification of weighing scales (GRAS on top,
    Department: the Directorate of Industrial Safety and Health or the Controller of Legal Metrology, Type of
    payment, Office name, Remitter name, Head of account, the fees, Total amount / Amount, Bank CIN, GRN), the
    Maharashtra Labour Welfare Board's contribution page (the Board on top, Name of establishment,
    Registration No., Contribution for, the employees' and employer's contributions, Total contribution /
    Amount, Transaction ID; Payment status pending - awaiting bank confirmation, do not pay again) and the
    Goods and Services Tax Department's PTRC payment (the department on top, Name of employer, PTRC No.,
    Period, Tax deducted from employees, Interest, Total amount paid / Amount paid, GRN, Bank CIN); Payment
    successful / Payment received by the department / e-Receipt generated / Challan paid."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = ["Payment successful", "Payment received by the department", "e-Receipt generated"]
    if frame in ("property", "licence", "fire"):
        p = browser_page(rng, font, f"bncmc.gov.in/online-services/{frame}/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(BNCMC)
        top(p, name, merchant=name)
        p.add(
            "small",
            {
                "property": "Property tax - online payment",
                "licence": "Trade licence (industrial) - renewal",
                "fire": "Fire and Emergency Services - fire NOC renewal",
            }[frame],
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ok, "failed": ["Transaction unsuccessful - fee not received by BNCMC"]}
        )
        p.pair("Prabhag Samiti", rng.choice(["No. 2 (Kaneri)", "No. 3 (Kamatghar)", "No. 1 (Nizampura)"]))
        if frame == "property":
            wrap_pair(p, "Property holder", firm)
            p.pair("Property No.", f"{rng.choice(['K', 'KM'])}{rng.randrange(1, 9)}/{digits(rng, 5)}")
            if not j.no_day:
                y, mth = j.date.year, j.date.month
                half = (
                    f"April - September {y}"
                    if 4 <= mth <= 9
                    else f"October {y} - March {y + 1}"
                    if mth >= 10
                    else f"October {y - 1} - March {y}"
                )
                p.pair("Half year", half)
            general = float(round(rng.uniform(18000, 62000)))
            heads = [
                ("General tax - half year", general),
                ("Education cess", float(round(general * 0.04))),
                ("Employment guarantee cess", float(round(general * 0.02))),
                ("Tree cess", float(rng.choice([150, 250, 400]))),
            ]
            total = heads_total(p, rs, heads)
            if rng.random() < 0.5:
                rebate = round(total * 0.02, 2)
                p.pair("Less: Early payment rebate @ 2%", rs(rebate))
                total = round(total - rebate, 2)
            j.amount = total
            lab = ["Total paid", "Net amount paid"]
            refs = [
                ("Transaction ID", TXN_RANK, f"BNC{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"PT/{digits(rng, 7)}"),
            ]
            days = ["Payment date", "Receipt date"]
            foot = "This is a computer generated receipt and needs no signature."
        elif frame == "licence":
            wrap_pair(p, "Name of licensee", firm)
            wrap_pair(p, "Trade name", SHED)
            p.pair("Licence No.", f"BNCMC/TL/{digits(rng, 6)}")
            looms = float(rng.choice([72, 96]))
            heads = [
                (f"Trade licence fee - powerloom ({looms:.0f} looms)", looms * float(rng.choice([60, 75]))),
                ("Signboard fee", float(rng.choice([500, 750, 1000]))),
            ]
            j.amount = heads_total(p, rs, heads)
            lab = ["Total amount", "Amount"]
            refs = [("Transaction ID", TXN_RANK, f"BNC{digits(rng, 12)}")]
            days = ["Transaction date"]
            foot = "Failed transactions are reversed by the bank; pay again only after the reversal."
        else:
            wrap_pair(p, "Name of premises", f"{SHED}, Sai Baba Compound, Kaneri")
            wrap_pair(p, "Occupier", firm)
            heads = [
                ("Fire service fee - renewal", float(rng.choice([6000, 7500, 9000]))),
                ("Scrutiny fee", float(rng.choice([1000, 1500]))),
            ]
            j.amount = heads_total(p, rs, heads)
            lab = ["Total fee paid", "Amount paid"]
            refs = [
                ("Transaction ID", TXN_RANK, f"FNOC{digits(rng, 11)}"),
                ("Challan No.", INVOICE_RANK, f"FB/{digits(rng, 6)}"),
            ]
            days = ["Payment date", "Challan date"]
            foot = "The NOC is renewed after the inspection of the extinguishers and hydrant points."
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, refs)
        date_row(p, j, days, hour=rng.random() < 0.5)
    elif frame == "mpcb":
        p = browser_page(rng, font, f"ecmpcb.in/consent/fee/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Maharashtra Pollution Control Board", "MAHARASHTRA POLLUTION CONTROL BOARD", "MPCB"]
        )
        top(p, name, merchant=name)
        p.add("small", "Consent management system  |  Online fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of industry", firm)
        p.pair("Category", rng.choice(["Green - powerloom weaving", "Orange - sizing and weaving"]))
        p.pair("Application ID", f"MPCB-CTO-{digits(rng, 7)}")
        heads = [("Consent fee - CTO renewal", float(rng.choice([10000, 15000, 25000])))]
        if rng.random() < 0.5:
            heads.append(("Late fee", float(rng.choice([2000, 5000]))))
        j.amount = heads_total(p, rs, heads)
        p.pair(rng.choice(["Total consent fee paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"MPCB{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The renewed consent is issued after the regional officer's inspection."
    elif frame in ("gras_dish", "gras_lm"):
        p = browser_page(rng, font, f"gras.mahakosh.gov.in/echallan/print/{digits(rng, 10)}")
        p.part = "head"
        top(p, rng.choice(["GRAS", "GRAS - Government Receipt Accounting System"]))
        p.add("small", "Directorate of Accounts and Treasuries, Government of Maharashtra")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok + ["Challan paid"]})
        dish = frame == "gras_dish"
        dept = rng.choice(
            [
                "Directorate of Industrial Safety and Health",
                "DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH",
            ]
            if dish
            else ["Controller of Legal Metrology, Maharashtra", "LEGAL METROLOGY ORGANISATION, MAHARASHTRA"]
        )
        wrap_pair(p, "Department", dept, merchant=dept)
        wrap_pair(
            p,
            "Type of payment",
            "Factory licence renewal fee" if dish else "Verification and stamping fee - weighing scales",
        )
        wrap_pair(
            p,
            "Office name",
            "Joint Director, Industrial Safety and Health, Thane"
            if dish
            else "Assistant Controller of Legal Metrology, Bhiwandi",
        )
        wrap_pair(p, "Remitter name", firm)
        p.pair("Head of account", f"{rng.choice(['0230', '1475'])}-{digits(rng, 4)}-{digits(rng, 2)}")
        if dish:
            heads = [("Licence renewal fee (51 to 100 workers)", float(rng.choice([9000, 12000, 15000])))]
            if rng.random() < 0.5:
                heads.append(("Late fee", float(rng.choice([900, 1500]))))
        else:
            big, small = rng.randrange(1, 4), rng.randrange(2, 6)
            heads = [
                (f"Platform scale 300 kg x {big}", float(big * rng.choice([600, 800]))),
                (f"Table-top scale 30 kg x {small}", float(small * rng.choice([200, 250]))),
            ]
        j.amount = heads_total(p, rs, heads)
        p.pair(rng.choice(["Total amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}" if not j.no_day else digits(rng, 20)
        fee_refs(
            p,
            j,
            [
                ("Bank CIN", BANK_RANK, cin),
                ("GRN", INVOICE_RANK, f"MH{digits(rng, 15)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Quote the GRN on the renewal application; a defaced challan cannot be used again."
    elif frame == "mlwf":
        p = browser_page(rng, font, f"public.mlwb.in/contribution/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Maharashtra Labour Welfare Board", "MAHARASHTRA LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Government of Maharashtra  |  Labour welfare fund - online contribution")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment status pending - awaiting bank confirmation, do not pay again"],
            },
        )
        wrap_pair(p, "Name of establishment", firm)
        p.pair("Registration No.", f"MLWB/THN/{digits(rng, 5)}")
        if not j.no_day:
            half = f"December {j.date.year - 1}" if j.date.month <= 6 else f"June {j.date.year}"
            p.pair("Contribution for", half)
        staff = rng.randrange(60, 160)
        p.pair("Employees", str(staff))
        ee, er = float(staff * 25), float(staff * 75)
        p.pair(f"Employees' contribution ({staff} x 25)", rs(ee))
        p.pair(f"Employer's contribution ({staff} x 75)", rs(er))
        j.amount = ee + er
        p.pair(rng.choice(["Total contribution", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"MLWB{digits(rng, 11)}")])
        date_row(
            p, j, ["Payment date"] if status == "success" else ["Transaction date", "Initiated on"], pats
        )
        foot = "The contribution for June is due by 15 July and for December by 15 January."
    else:
        p = browser_page(rng, font, "mahagst.gov.in/en/ptrc-payment/acknowledgement")
        p.part = "head"
        name = rng.choice(
            [
                "Goods and Services Tax Department, Maharashtra",
                "GOODS AND SERVICES TAX DEPARTMENT, MAHARASHTRA",
                "Maharashtra GST Department",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Government of Maharashtra  |  Profession tax (PTRC) - MTR-6 e-payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of employer", firm)
        p.pair("PTRC No.", f"27{digits(rng, 9)}P")
        if not j.no_day:
            p.pair("Period", j.month())
        staff = rng.randrange(40, 140)
        tax = float(staff * 200)
        heads = [(f"Tax deducted from employees ({staff} x 200)", tax)]
        if rng.random() < 0.3:
            heads.append(("Interest", float(round(tax * 0.0125))))
        j.amount = heads_total(p, rs, heads)
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
                ("GRN", INVOICE_RANK, f"MH{digits(rng, 15)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "File the PTRC return for the period on the MahaGST portal."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Bharat Laghu Udyam Suraksha - loom shed, looms and stock",
        "browser",
        "fire",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Inland transit (annual turnover) - grey cloth bales",
        "mail",
        "transit",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Employees' compensation - weavers and jobbers",
        "browser",
        "wc",
    ),
    (
        "Future Generali India Insurance Co. Ltd",
        "general.futuregenerali.in",
        "Machinery breakdown - powerlooms and rapier looms",
        "mail",
        "machinery",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Standard fire and special perils - yarn godown, Kasheli",
        "paper",
        "fire",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Burglary and housebreaking - yarn and grey stock",
        "browser",
        "burglary",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Money insurance - weekly wage cash in transit",
        "paper",
        "money",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Group personal accident - loom shed workers",
        "mail",
        "gpa",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its loom shed, looms and stock, the grey bales it sends to Mumbai and Surat, its
    weavers and jobbers, its looms against breakdown, its yarn godown against fire and burglary, the wage cash
    it carries every week and its workers against accidents: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT / Premium payment
    acknowledgement / RECEIPT, Insured name / Name of proposer / Policy issued to, Policy No., Proposal No.,
    Sum insured (building, looms and stock) / Annual turnover declared / Wages declared / Sum insured (looms)
    / Sum insured (stock) / Money in transit limit / Workers covered, Period of insurance, Basic premium, an
    add-on (earthquake and STFI, SRCC, occupational disease, spontaneous combustion, riot and strike, cash in
    safe, medical expenses), GST @ 18%, Premium collected (incl. GST) / Total premium / Gross premium paid /
    Cheque amount / Premium due / Amount payable, Payment mode, Transaction ref. No. / Payment ID, UPI Ref No.
    / Bank Ref. No., Receipt No. / Premium collection No., Cheque No., Receipt date / Premium received on /
    Date of payment / Cheque received on / Transaction date / Attempted on; Premium received - policy schedule
    issued / Payment successful - policy e-mailed / CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION /
    Transaction unsuccessful - premium not received, policy not issued)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'pay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.replace(" Co. Ltd", "").replace(" Ltd", "")
        p = mail_page(
            rng, font, f"{short} <receipts@{host}>", ["Premium receipt", "Premium payment acknowledgement"]
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
            rng.choice(
                ["Branch Office, Kalyan Road, Bhiwandi", "Divisional Office, Ram Maruti Road, Thane (W)"]
            ),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy schedule issued", "Payment successful - policy e-mailed"],
            "pending": ["CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION"],
            "failed": ["Transaction unsuccessful - premium not received, policy not issued"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Insured name", "Name of proposer", "Policy issued to"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '46', '48'])}/2026/{digits(rng, 4)}")
    p.pair("Proposal No.", f"P{digits(rng, 10)}")
    if kind == "fire":
        insured = float(rng.randrange(15000000, 90000000, 100000))
        p.pair(
            "Sum insured (building, looms and stock)" if "looms" in product else "Sum insured (stock)",
            rs(insured),
        )
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(60000000, 250000000, 100000))
        p.pair("Annual turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("SRCC cover", round(turnover * 0.00003, 2))
    elif kind == "wc":
        wages = float(rng.randrange(6000000, 24000000, 10000))
        p.pair("Wages declared (annual)", rs(wages))
        p.pair("Workers covered", str(rng.randrange(80, 220)))
        basic = round(wages * rng.uniform(0.004, 0.007), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    elif kind == "machinery":
        insured = float(rng.randrange(8000000, 42000000, 10000))
        p.pair("Sum insured (looms)", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.003), 2)
        addon = ("Spontaneous combustion (motors)", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(5000000, 30000000, 100000))
        p.pair("Sum insured (stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("Riot and strike extension", round(insured * 0.00005, 2))
    elif kind == "money":
        limit = float(rng.choice([300000, 500000, 800000]))
        p.pair("Money in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.006, 0.009), 2)
        addon = ("Cash in safe cover", round(rng.uniform(800, 2200), 2))
    else:
        workers = rng.randrange(80, 220)
        p.pair("Workers covered", f"{workers} x Rs 2,00,000")
        basic = round(workers * rng.uniform(180, 320), 2)
        addon = ("Medical expenses extension", round(workers * 40.0, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    p.pair("Basic premium", rs(basic))
    wrap_pair(p, addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium collected (incl. GST)", "Total premium", "Gross premium paid"],
        "pending": ["Cheque amount", "Premium collected (incl. GST)"],
        "failed": ["Premium due", "Amount payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        way = "Cheque"
    elif frame == "paper":
        way = rng.choice(["Net banking", "Cheque"])
    else:
        way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", way, method=way_method(way))
    if way == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if way != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'OP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and way != "Cheque":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Receipt No.", "Premium collection No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium received on", "Date of payment"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover attaches only on realisation of the premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("KANERI CUT PIECE CENTRE", "MANDAI ROAD, BHIWANDI", "depot"),
    ("SAI KRUPA PETROLEUM", "NASHIK ROAD, BHIWANDI", "fuel"),
    ("PADMA LOOM STORES", "PADMANAGAR, BHIWANDI", "shop"),
    ("KANERI CUT PIECE CENTRE", "NIZAMPURA BHIWANDI 421302", "depot"),
    ("HOTEL RING ROAD RESIDENCY", "RING ROAD, SURAT", "hotel"),
    ("KANERI WEAVING MILLS", "KANERI, BHIWANDI", "depot"),
    ("ANJURPHATA HARDWARE", "ANJURPHATA, BHIWANDI", "shop"),
    ("SHREE THAKER BHOJANALAY", "KALBADEVI, MUMBAI", "food"),
]
TERMINALS = [
    "BANK OF MAHARASHTRA",
    "BPCL",
    "SARASWAT BANK",
    "PAYTM",
    "HDFC BANK",
    "KOTAK MAHINDRA BANK",
    "EZETAP",
    "YES BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Counter buyers' and a trader's cards on the unit's terminals, and the company's card at a filling
    station, the loom spares shop, a hotel in Surat, a hardware shop and a Kalbadevi bhojanalay: terminal
    slips (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals,
    DATE: and TIME: / DT: and TM: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO:,
    INVOICE NO: / BILL NO: / INV NO:, SALE, CARD:, a fuel sale's PRODUCT:, RATE(RS/L):, VOLUME(L): and NOZZLE
    NO:, a hotel's ROOM NO: and FOLIO NO:, APPR CODE: / AUTH CODE:, RRN: / REF NO: / RRN NO:, SALE AMT: /
    TOTAL AMOUNT: / AMOUNT: / NET AMOUNT:, the bhojanalay's BASE AMOUNT:, TIP: and TOTAL:; APPROVED / SALE
    APPROVED / TRANSACTION APPROVED / DECLINED - 61 EXCEEDS WITHDRAWAL LIMIT / TIMEOUT - TXN STATUS UNCERTAIN,
    DO NOT SWIPE AGAIN)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=2000, high=85000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "food":
        j.amount = rupees(rng, 480, 3200, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 24000, 0.5)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14500, 0.5)
    elif k != 5:
        j.amount = rupees(rng, 600, 18000, 0.5)
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
        style = rng.randrange(4)
        if style == 3:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
        else:
            day_lab, time_lab = [("DATE:", "TIME:"), ("DT:", "TM:"), ("TXN DATE:", "TXN TIME:")][style]
            p.pair(day_lab, d, date=j.date)
            p.pair(time_lab, t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(90.5, 93.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "SPEED"]))
        p.pair("RATE(RS/L):", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
        p.pair("FOLIO NO:", str(rng.randrange(1000, 9999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if kind == "food":
        tip = float(rng.choice([0, 50, 100, 150])) if status == "success" else 0.0
        base = round(j.amount - tip, 2)
        p.pair("BASE AMOUNT:", f"{base:.2f}")
        p.pair("TIP:", f"{tip:.2f}")
        p.pair("TOTAL:", f"{rng.choice(['INR ', 'RS.', ''])}{j.amount:.2f}", amount=j.amount)
    else:
        lab = rng.choice(["SALE AMT:", "TOTAL AMOUNT:", "AMOUNT:", "NET AMOUNT:"])
        body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
        p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "SALE APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 61 EXCEEDS WITHDRAWAL LIMIT", status="failed")
    else:
        p.add("center", "TIMEOUT - TXN STATUS UNCERTAIN, DO NOT SWIPE AGAIN", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, fibre and phone bills


BILLERS = [
    ("Torrent Power", "Torrent Power Ltd", "Service No."),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Jio Number"),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
]
BILL_APPS = ["Amazon Pay", "TORRENT", "Vyom", "Google Pay", "TORRENT", "Paytm", "PhonePe", "Kotak Bank"]
BILL_WHICH = [0, 0, 1, 0, 0, 2, 0, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The sheds' and the counter's electricity (Torrent Power, the Bhiwandi distribution franchisee of
    MSEDCL), the office fibre (JioFiber) and the shed's landline (BSNL) through Bharat Connect in banking and
    UPI apps (the app on top, Biller / Biller name / Electricity board / Operator / Service provider as
    printed, Service No. / Jio Number / Telephone No., Consumer name / Customer name / Name on bill, Bill
    month and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No. /
    B-Connect Txn ID, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill
    paid successfully / Payment successful / Bill paid - receipt sent to registered mobile / Payment pending
    with biller - status in 24 hours / Bill payment failed - money will be credited back to source account)
    and Torrent Power's own receipt page (the company on top with its Bhiwandi franchisee line, Service No.,
    Consumer name, Tariff, Connected load, Bill month, Amount paid / Paid amount, Payment mode, Transaction
    ID, Receipt No., Payment date / Paid on; Payment successful / Payment received - thank you)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=15000, high=390000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 3999, 0.7)
    elif which == 2:
        j.amount = rupees(rng, 450, 1900, 0.6)
    elif k in (0, 6):
        j.amount = rupees(rng, 2500, 24000, 0.5)
    elif k == 3:
        j.amount = rupees(rng, 15000, 99000, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Service No.": f"13{digits(rng, 10)}",
        "Jio Number": f"9{digits(rng, 9)}",
        "Telephone No.": f"02522{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TORRENT":
        p = browser_page(rng, font, "connect.torrentpower.com/tplcp/bhiwandi/payment/receipt")
        p.part = "head"
        name = rng.choice(["Torrent Power Ltd", "TORRENT POWER LIMITED", "Torrent Power"])
        top(p, name, merchant=name)
        p.add("small", "Distribution franchisee of MSEDCL, Bhiwandi  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received - thank you"]})
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Tariff", rng.choice(["LT-V(B) Powerloom", "HT-I Industry"]))
        p.pair("Connected load", f"{rng.choice([96, 120, 150, 180])} HP")
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TPL{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"BHW{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your service number within one working day.")
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
            "success": [
                "Bill paid successfully",
                "Payment successful",
                "Bill paid - receipt sent to registered mobile",
            ],
            "pending": ["Payment pending with biller - status in 24 hours"],
            "failed": ["Bill payment failed - money will be credited back to source account"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        rng.choice(["Operator", "Service provider"])
        if which in (1, 2)
        else rng.choice(["Biller", "Biller name", "Electricity board"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Consumer name", "Customer name", "Name on bill"]),
        rng.choice([COMPANY_CAPS, SHED.upper(), DEPOT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("Vyom", "Kotak Bank") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "Amazon Pay": "AZ", "Vyom": "UB"}.get(
                app, "KK"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bc, txn=(BANK_RANK, bc))
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


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "SURYAPUR FILAMENTS P",
    "BHIWANDI BEAM SIZING",
    "MOHD SHAKEEL ANSARI",
    "MANKOLI TEXTILE PROC",
    "TORRENT POWER LTD",
    "KALBADEVI YARN AGENC",
    "SHREE SAI TEMPO SERV",
    "BNCMC PROPERTY TAX",
]
SENDERS = {
    "Bank of Maharashtra": "VM-MAHABK",
    "Saraswat Co-operative Bank": "AD-SARBNK",
    "TJSB Sahakari Bank": "VK-TJSBBK",
    "Union Bank of India": "JD-UBINSM",
}
SIGNS = {
    "Bank of Maharashtra": "-Bank of Maharashtra",
    "Saraswat Co-operative Bank": "-Saraswat Bank",
    "TJSB Sahakari Bank": "-TJSB Bank",
    "Union Bank of India": "-Union Bank of India",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the partners' phones and mail: SMS in a messages app (the sender VM-MAHABK /
    AD-SARBNK / VK-TJSBBK / JD-UBINSM, the day divider, each bank's own wording: "Rs.x debited from A/c
    XXXXXX1234 on <day> by <way> to <payee>.", "Dear Customer, Rs.x has been debited from your A/c **1234 on
    <day>. Receiver: <payee> (<way>).", "TJSB: A/c XX1234 DR INR x on <day> | <way> | Payee <payee>", "A/c
    *1234 Debited for Rs:x on <day> by <way> favouring <payee>."; a transfer that "has been REJECTED by the
    beneficiary bank; amount reversed to your account" and one that "is AWAITING credit confirmation from the
    beneficiary bank. Please do not repeat.") and two e-mail debit alerts (Amount of transaction / Debited
    amount, Payee (credited) / Beneficiary name / Transferred to, Account, Channel, UTR No. / IMPS Ref No.,
    Transaction date / Value date, Transaction status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=4000, high=420000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 1500, 9000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 40000, 390000)
    elif k == 6:
        j.amount = rupees(rng, 4000, 28000)
    elif k == 7:
        j.amount = rupees(rng, 12000, 90000)
    if k in (3, 5):
        bank = rng.choice(["Saraswat Co-operative Bank", "Bank of Maharashtra"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - current account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a debit has been made from your current account as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount of transaction", "Debited amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payee (credited)", "Beneficiary name", "Transferred to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Successful", status="success")
        p.part = "foot"
        p.add("small", "The bank never asks for your OTP, PIN or password by call, SMS or e-mail.")
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k == 2:
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = rng.choice(list(SENDERS))
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
        if bank == "Bank of Maharashtra":
            p.add("left", f"Rs.{amt} debited from A/c XXXXXX{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        elif bank == "Saraswat Co-operative Bank":
            p.add(
                "left",
                f"Dear Customer, Rs.{amt} has been debited from your A/c **{tail}{on}.",
                amount=j.amount,
            )
            p.add("left", f"Receiver: {to} ({way}).", merchant=to, method=method)
        elif bank == "TJSB Sahakari Bank":
            p.add("left", f"TJSB: A/c XX{tail} DR INR {amt}{on}", amount=j.amount)
            p.add("left", f"| {way} | Payee {to}", merchant=to, method=method)
        else:
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} favouring {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has been REJECTED by the beneficiary bank; amount reversed to your account.",
            "pending": "is AWAITING credit confirmation from the beneficiary bank. Please do not repeat.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2600000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(["Not done by you? Call 1800 233 4526", "Not you? Block your account at once"]),
        )
    p.add("small", SIGNS[bank])
    return p.done()


compose = compose158

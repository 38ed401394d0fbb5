"""The twelve heldout236 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Channapatna wooden lacquer toy and lacquerware maker's day in 2026 in Ramanagara
district, Karnataka (Gombemane Crafts Pvt Ltd, its turning and lacquering workshop at Akkur Hosahalli on the
Kengal road, Gombemane Lacquer Works, where the hale wood (Wrightia tinctoria) is seasoned, sawn, turned on the
lathes, coloured with lac sticks dyed with turmeric, indigo, annatto and catechu, polished with kedige (screw
pine) leaf and painted, and its toy shop on the old Bengaluru-Mysuru road, Gombemane Toy Angadi), told by the
proofs of payment it receives and makes: tourists', parents', schools' and toy shops' UPI screens and the shop's
Airpay and Zaakpay pages, the Karnataka State Handicrafts Development Corporation's, the Central Cottage
Industries Corporation's and the Pune, Mumbai, Chennai, Hyderabad, Kochi and Bengaluru toy and craft stores'
payment advices, toy importers' inward wires from Nuremberg, Kyoto, Portland, Prague, Seoul, Oslo, Hong Kong and
Taipei in euros, yen, US dollars, Czech koruna, won, Norwegian kroner, Hong Kong dollars and New Taiwan dollars,
the shop's and the workshop's bills, the lac sticks sold to a turner, the sawdust sold by the sack to an agarbathi
maker and the turned blanks sold to a painters' co-operative, the accounts desk's acknowledgements of an IT firm's
gift order advance and a Pune shopper's order, the timber depot's, the shellac maker's, the natural colours
maker's, the lathe maker's and the carton maker's tax invoices, the corporate net-banking transfers to the cargo
firm, the toy testing laboratory, the saw mill, the shop's landlady, the dust extraction firm, the photo studio,
the security agency and the electrician, the turners', lacquer finishers', painters' and packers' wage slips,
Bulkpe and Paytm Payouts payouts and KBL Mobile Plus and Ujjivan screens paying two more, the City Municipal
Council's, the Forest Department's, the Commercial Taxes Department's, the Department of Factories', the Bureau of
Indian Standards', the Fire and Emergency Services' and the Stamps and Registration Department's pages, the
insurers' premium receipts, card terminal slips, BESCOM's power and the fibre, DTH and postpaid bills and the
banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth
is read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice and their
days, supplier codes, PO numbers, GSTIN, IEC, BIC, lathe, lot, artisan card, PID, khata, permit, enrolment,
licence, CM/L, IS, occupancy, document, application, policy, proposal, client, intermediary, buyer, account ID,
RR, consumer, subscriber and contact numbers, pieces, sacks, kilos, cubic feet, days, rates, rebates, cesses,
cuts, breakages, rejections, advances, TDS, GST and ESI lines, tips, rewards, cashback and balances, FCY invoice
totals, rupee values and rates on the wires, sums insured and limits, tariff, readings, bill and due days, sums
after the due day, charges and total debits, UETR, AID, TC, TVR, trace, MID, TID, batch numbers, nicknames, the
creator and the releaser and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and
``gst_lines`` are heldout167's; ``neft_way`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right`` heldout152's;
``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``Screen``
heldout113's; ``sign`` heldout93's; ``compose`` is heldout158's (as heldout223's, heldout227's, heldout231's and
heldout235's).
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
from bench.receipt_sets.heldout121_families import stamp
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
from bench.receipt_sets.heldout203_families import neft_way

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Gombemane Crafts Pvt Ltd"
COMPANY_CAPS = "GOMBEMANE CRAFTS PVT LTD"
SHORT = "Gombemane Crafts"
STORE = "Gombemane Lacquer Works"
SHOWROOM = "Gombemane Toy Angadi"
# unit, address, GST state code
UNITS = [
    (
        "Turning and lacquering workshop",
        "No. 16, Akkur Hosahalli, Kengal Road, Channapatna - 562160, Karnataka",
        "29",
    ),
    ("Toy shop", "No. 212, Old B.M. Road, Channapatna - 562160, Karnataka", "29"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "{d} %b %Y", "%d-%b-%y", "%d %B %Y", "%b %d, %Y", "%Y/%m/%d"]
WIRE_PATS = [
    "{d} %b %Y",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%Y/%m/%d",
    "%Y.%m.%d",
]
BANKS = [
    "Canara Bank",
    "Karnataka Bank",
    "State Bank of India",
    "Ujjivan Small Finance Bank",
    "Jana Small Finance Bank",
    "Union Bank of India",
    "Karur Vysya Bank",
    "RBL Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Axis Bank",
    "Yes Bank",
    "IndusInd Bank",
]
IFSC = {
    "Canara Bank": "CNRB",
    "Karnataka Bank": "KARB",
    "State Bank of India": "SBIN",
    "Ujjivan Small Finance Bank": "UJVN",
    "Jana Small Finance Bank": "JSFB",
    "Union Bank of India": "UBIN",
    "Karur Vysya Bank": "KVBL",
    "RBL Bank": "RATN",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Yes Bank": "YESB",
    "IndusInd Bank": "INDB",
}
DOMAINS = {
    "Canara Bank": "canarabank.com",
    "Karnataka Bank": "karnatakabank.com",
    "State Bank of India": "sbi.co.in",
    "Ujjivan Small Finance Bank": "ujjivansfb.in",
    "Jana Small Finance Bank": "janabank.com",
    "Union Bank of India": "unionbankofindia.co.in",
    "Karur Vysya Bank": "kvb.co.in",
    "RBL Bank": "rblbank.com",
    "ICICI Bank": "icicibank.com",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
    "Yes Bank": "yesbank.in",
    "IndusInd Bank": "indusind.com",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "horse": ("Lacquered rocking horse - hale wood, vegetable dyes", "pc", 2200, 7800, 5),
    "set": ("Stacking rings and ring toss set - hale wood", "set", 380, 1450, 5),
    "dolls": ("Dasara gombe set - raja, rani and pattada bombe (9 pcs)", "set", 2400, 9800, 5),
    "gift": ("Lacquered gift box - bangle box and spinning tops", "pc", 650, 1900, 5),
    "lac": ("Coloured lac sticks (aragu) - turmeric yellow and kumkum red", "kg", 900, 1450, 5),
    "dust": ("Hale wood sawdust and lathe shavings - by the sack", "sack", 70, 160, 5),
    "blanks": ("Turned hale wood blanks - unlacquered, for painting", "pc", 18, 65, 5),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "CNRB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXXXX{digits(rng, 4)}"


def pay_method(way: str) -> str:
    """The method of a fee's, a premium's or a bill's Mode of payment."""
    return {
        "Net banking": "netbanking",
        "Internet banking": "netbanking",
        "UPI": "UPI",
        "BHIM UPI": "UPI",
        "Debit card": "card",
        "RuPay debit card": "card",
        "Credit card": "card",
        "Cheque": "cheque",
    }[way]


def gstin_of(rng: random.Random, state: str) -> str:
    """A GSTIN (no fact): the state, a PAN-like body, the entity, Z and a check character."""
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{code(rng, 1, ALNUM)}"


# ---------------------------------------------------------------- 1. tourists, parents, schools: UPI, pay pages


SHOP_APPS = ["Tata Neu", "Fi Money", "Airpay", "Groww", "Kiwi", "POP", "Zaakpay", "Jupiter"]
SHOP_NOTES = [
    "Rocking horse for Advik",
    "Gombe set for Dasara",
    "Ring toss x 2",
    "Kitchen set - Meera",
    "Bangle boxes x 6",
    "Spinning tops (buguri) x 10",
    "Abacus + stacking rings",
    "Return gifts - 25 pcs",
]
PAGE_ORDERS = [
    ("Ms. Deepa Hegde, Basavanagudi, Bengaluru", "Dasara gombe set - 9 dolls, by courier"),
    ("Arjun Menon, Kochi", "Rocking horse and ring toss - gift order"),
    ("Little Sprouts Playschool, Tumakuru", "Stacking toys x 30 - classroom kit"),
    ("Mrs. Vanaja Iyer, Chennai", "Golu set - 11 lacquered dolls"),
]
SHOP_UPI_LABELS = {
    "Tata Neu": ["UPI Ref No.", "NPCI reference"],
    "Fi Money": ["UPI reference number", "UTR"],
    "Groww": ["UPI txn ref.", "RRN No."],
    "Kiwi": ["Bank RRN", "UPI Ref"],
    "POP": ["UTR No.", "UPI reference number"],
    "Jupiter": ["RRN No.", "UPI Ref No."],
}
REWARDS = {
    "Tata Neu": "NeuCoins earned on this payment",
    "Fi Money": "Balance left in your account",
    "Groww": "Cashback credited",
    "Kiwi": "Cashback on your Kiwi card",
    "POP": "POPcoins value earned",
    "Jupiter": "Jewels value earned",
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists on the highway, Bengaluru and Mysuru parents, playschools and toy shops paying the toy shop or the
    company: six UPI app screens (Tata Neu, Fi Money, Groww, Kiwi, POP, Jupiter) in three orders (the day first
    under the app's name with no label, then the status, the sum and the payee; the sum first, then the status and
    the payee; the payee block first, then the sum and the status), the shop, its capitals, the company's capitals
    or its short name under Paid to / Money sent to / Payment to / Transferred to / Merchant (To / Paying to /
    Payment to on one not yet paid), its UPI ID, a Legal name / KYC name line on some, Transaction time / Paid on /
    Sent on / Date & time / Attempted on / Requested on, Remarks / Note to merchant / Purpose, Debit account /
    Paid using / Source, UPI Ref No. / NPCI reference / UPI reference number / UTR / UPI txn ref. / RRN No. / Bank
    RRN / UPI Ref / UTR No., the app's own Neu txn ID / Fi txn ID / Groww order ID / Kiwi ref. ID / POP txn ID /
    Jupiter txn ID on some, a reward, cashback or balance line with its own sum on some successes; Payment
    successful - the shop has been paid / Money sent to the toy shop / Done - amount credited to the merchant /
    Waiting for the bank - status will update in a few minutes, do not pay again / Declined - wrong UPI PIN
    entered, no money deducted) and the shop's two payment pages (Airpay, Zaakpay: the shop or the company on top,
    the status above the sum, Customer (payer) / Paid by / Name, Order description / For, Payment mode / Paid using
    UPI, a card or Net banking - <bank>, Airpay's Airpay txn ID, Merchant order No. and UPI RRN, Auth code or Bank
    ref. No., Zaakpay's Zaakpay txn ID, Order ID and Bank RRN, Auth code or Bank ref. No., the day at the foot:
    Transaction date / Paid at / Date of payment; Transaction successful - the shop has your order / Paid - your
    toys will be packed today / Payment complete)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=450, high=68000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Airpay", "Zaakpay"):
        j.amount = rupees(rng, 2400, 48000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
        to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
        url = (
            f"payments.airpay.co.in/pay/receipt/{code(rng, 16, ALNUM + LOWER)}"
            if app == "Airpay"
            else f"api.zaakpay.com/transaction/response/{code(rng, 18, HEXA)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Handmade Channapatna toys - since 1978", "No. 212, Old B.M. Road, Channapatna - 562160"]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Transaction successful - the shop has your order",
                    "Paid - your toys will be packed today",
                    "Payment complete",
                ]
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        wrap_pair(p, rng.choice(["Customer (payer)", "Paid by", "Name"]), who)
        wrap_pair(p, rng.choice(["Order description", "For"]), what)
        way = rng.choice(["UPI", "UPI", "card", "netbanking"])
        bank = rng.choice(BANKS[:6])
        shown = {
            "UPI": "UPI",
            "card": f"{rng.choice(['RuPay', 'Visa', 'Mastercard'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            "netbanking": f"Net banking - {bank}",
        }[way]
        wrap_pair(p, rng.choice(["Payment mode", "Paid using"]), shown, method=way)
        if not j.no_ref:
            if app == "Airpay":
                pid = digits(rng, 9)
                p.pair("Airpay txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"GTA{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
            else:
                zid = f"ZP{digits(rng, 12)}"
                p.pair("Zaakpay txn ID", zid, txn=(TXN_RANK, zid))
                oid = f"gombemane-{digits(rng, 7)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Airpay" else "Bank RRN", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{IFSC[bank]}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        p.add("rule")
        date_row(p, j, ["Transaction date", "Paid at", "Date of payment"], hour=True)
        p.part = "foot"
        p.add(
            "small",
            "Secured by Airpay Payment Services" if app == "Airpay" else "Payment processed by Zaakpay",
        )
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"gombemane{rng.choice(['', '.toys', '212'])}@{rng.choice(['cnrb', 'kbl', 'ybl', 'paytm'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction status"])
    p.part = "head"
    p.add("title", app)
    order = rng.choice(["day", "sum", "payee"])
    if order == "day" and not j.no_day:
        p.add("small", stamp(rng, j.date, ["{d} %b %Y", "%d %b %Y", "%a, {d} %b %Y"]), date=j.date)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - the shop has been paid",
            "Money sent to the toy shop",
            "Done - amount credited to the merchant",
        ],
        "pending": ["Waiting for the bank - status will update in a few minutes, do not pay again"],
        "failed": ["Declined - wrong UPI PIN entered, no money deducted"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "Money sent to", "Payment to", "Transferred to", "Merchant"]
                if status == "success"
                else ["To", "Paying to", "Payment to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.5:
            p.add("small", f"{rng.choice(['Legal name', 'KYC name'])}: {COMPANY_CAPS}")

    if order == "payee":
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    elif order == "sum":
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        payee_block()
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    if order != "day":
        date_row(
            p,
            j,
            {
                "success": ["Transaction time", "Paid on", "Sent on", "Date & time"],
                "pending": ["Requested on", "Date & time"],
                "failed": ["Attempted on", "Date & time"],
            }[status],
            hour=True,
        )
    p.pair(rng.choice(["Remarks", "Note to merchant", "Purpose"]), rng.choice(SHOP_NOTES))
    p.pair(
        rng.choice(["Debit account", "Paid using", "Source"]),
        f"{rng.choice(BANKS[:7])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, own = {
                "Tata Neu": ("Neu txn ID", f"TN{j.date:%y%m%d}{digits(rng, 12)}"),
                "Fi Money": ("Fi txn ID", f"FI{code(rng, 14, ALNUM)}"),
                "Groww": ("Groww order ID", f"GRW{digits(rng, 14)}"),
                "Kiwi": ("Kiwi ref. ID", f"KW{code(rng, 12, ALNUM)}"),
                "POP": ("POP txn ID", f"POP{digits(rng, 12)}"),
                "Jupiter": ("Jupiter txn ID", f"JUP{code(rng, 12, ALNUM)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if status == "success" and rng.random() < 0.6:
        if app == "Fi Money":
            extra = rupees(rng, 8000, 260000, 0.2)
        else:
            extra = max(1.0, round(j.amount * rng.choice([0.005, 0.01, 0.015]), 2))
        wrap_pair(p, REWARDS[app], rs(extra))
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI", "Share receipt  |  Report a problem", "Need help? Chat with us"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. emporia and toy stores' payment advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Karnataka State Handicrafts Development Corporation Ltd",
        "purchase@cauveryhandicrafts.net",
        "Cauvery Emporium, M.G. Road, Bengaluru",
        "dolls",
        "paper",
    ),
    (
        "Central Cottage Industries Corporation of India Ltd",
        "vendorpay@cottageemporium.in",
        "Janpath, New Delhi",
        "horse",
        "portal",
    ),
    (
        "Little Acorn Montessori Supplies Pvt Ltd",
        "accounts@littleacornmontessori.in",
        "Koregaon Park, Pune",
        "set",
        "mail",
    ),
    ("Bandra Craft Collective LLP", "payables@bandracraft.co", "Hill Road, Bandra, Mumbai", "gift", "portal"),
    ("Mylapore Kolu Bommai Stores", "mylaporekolu@gmail.com", "North Mada Street, Chennai", "dolls", "mail"),
    ("Deccan Design Store", "finance@deccandesignstore.in", "Banjara Hills, Hyderabad", "horse", "paper"),
    ("Fort Kochi Playhouse Toys LLP", "ap@playhousetoys.in", "Princess Street, Fort Kochi", "set", "portal"),
    (
        "Firefly Eco Toys Pvt Ltd",
        "payments@fireflyecotoys.com",
        "100 Feet Road, Indiranagar, Bengaluru",
        "gift",
        "mail",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Karnataka State Handicrafts Development Corporation (Cauvery Emporium), the Central Cottage Industries
    Corporation and toy and craft stores in Pune, Mumbai, Chennai, Hyderabad, Kochi and Bengaluru paying for the
    toys, dolls and gift boxes the firm sent them: a payment e-mail, a printed ADVICE OF PAYMENT TO SUPPLIER -
    HANDICRAFTS / SUPPLIER REMITTANCE STATEMENT / Payment release note - toys and crafts and a supplier portal page
    (the payer on top with its desk line; Advice No. / Payment release No. / Remittance advice No. and PO No. (no
    fact) first; then the company's bills with their days and pieces, Gross bill value / Sum of invoices, Less: TDS
    u/s 194Q @ 0.1%, Less: Breakage in transit - n pcs / Less: Rate difference - n pcs @ rate / Less: Cash
    discount @ 1.5% on some; then Amount released / Net paid to supplier / Net amount credited (Amount withheld /
    Payment held on the hold, Amount returned / Amount (returned unpaid) on the return); then the payee under it:
    Supplier / Payee (supplier) / Credited to supplier / In favour of the company, Supplier code, Supplier GSTIN,
    Bank A/c, Mode / Paid by NEFT / RTGS / IMPS, NEFT ref. No. / UTR reference / RTGS UTR / IMPS RRN / IMPS ref.,
    Released on / Payment date / Credit date / Paid on / Withheld on / Advice date / Returned on / Date of return;
    the status at the foot: Status: Released - credited to the supplier's bank / Paid - funds sent to your account
    / Withheld - breakage claim on the last consignment under review / Returned unpaid - beneficiary name does not
    match the account)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice - toys supplied", f"Your payment from {buyer.split()[0]}", "Remittance details"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts payable', 'Purchase - Toys & Crafts', 'Finance Department'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF PAYMENT TO SUPPLIER - HANDICRAFTS",
                "SUPPLIER REMITTANCE STATEMENT",
                "Payment release note - toys and crafts",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        doc = f"{rng.choice(['PA', 'RN', '71'])}/{fy(j.date)}/{digits(rng, 6)}"
        p.pair(
            rng.choice(["Advice No.", "Payment release No.", "Remittance advice No."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    p.pair("PO No.", f"PO-{desk.split(', ')[-1][:3].upper()}-{digits(rng, 5)}")
    p.add("left", rng.choice(["Bills settled by this payment", "Your invoices", "Invoices covered"]))
    item, unit, lo, hi, _ = GOODS[kind]
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(4, 40) if kind in ("set", "gift") else rng.randrange(2, 14)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        gross += value
        bill = f"GMC/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if not j.no_day:
            bill += f" dt. {when(earlier(rng, j, 12, 75), rng.choice(['%d.%m.%y', '%d/%m/%Y', '{d} %b']))}"
        p.pair(f"{bill}  {qty} {'pcs' if unit == 'pc' else 'sets'}", rs(value))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    p.pair(rng.choice(["Gross bill value", "Sum of invoices"]), rs(gross))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        broke = rng.randrange(1, 4)
        cut = broke * each
        p.pair(f"Less: Breakage in transit - {broke} pc{'s' if broke > 1 else ''}", rs(cut))
    elif pick < 0.55:
        many = rng.randrange(3, 12)
        per = float(rng.choice([40, 75, 120, 200]))
        cut = many * per
        p.pair(f"Less: Rate difference - {many} pcs @ {per:,.0f}", rs(cut))
    elif pick < 0.7:
        cut = round((gross - tds) * 0.015, 2)
        p.pair("Less: Cash discount @ 1.5%", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    p.add("rule")
    lab = {
        "success": ["Amount released", "Net paid to supplier", "Net amount credited"],
        "pending": ["Amount withheld", "Payment held"],
        "failed": ["Amount returned", "Amount (returned unpaid)"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    payee = ours(rng)
    labels = ["Supplier", "Payee (supplier)", "In favour of"] + (
        ["Credited to supplier"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Supplier code", f"{rng.choice(['S', 'VND', 'KA'])}{digits(rng, 6)}")
    p.pair("Supplier GSTIN", gstin_of(rng, "29"))
    wrap_pair(p, "Bank A/c", account(rng, BANKS[:3]))
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode", "Paid by"]), way, method="netbanking")
    if not j.no_ref and status == "success":
        ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
        lab = {
            "IMPS": ["IMPS RRN", "IMPS ref."],
            "RTGS": ["RTGS UTR", "UTR reference"],
            "NEFT": ["NEFT ref. No.", "UTR reference"],
        }[way]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Released on", "Payment date", "Credit date", "Paid on"],
            "pending": ["Withheld on", "Advice date"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.add("rule")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Released - credited to the supplier's bank",
                "Paid - funds sent to your account",
            ],
            "pending": ["Withheld - breakage claim on the last consignment under review"],
            "failed": ["Returned unpaid - beneficiary name does not match the account"],
        },
    )
    p.part = "foot"
    p.add("small", "Computer generated advice, no signature needed. Raise any difference within 15 days.")
    return p.done()


# ---------------------------------------------------------------- 3. toy importers' inward wires


# remitter, town, currency, its bank, its BIC, sum (low, high)
IMPORTERS = [
    ("Holzwerk Spielwaren GmbH", "Nuremberg, Germany", "EUR", "Commerzbank AG", "COBADEFF", 1500, 38000),
    ("Komorebi Mokko Co Ltd", "Kyoto, Japan", "JPY", "MUFG Bank Ltd", "BOTKJPJT", 300000, 5500000),
    ("Rainy Day Wooden Toys LLC", "Portland, Oregon, USA", "USD", "U.S. Bank NA", "USBKUS44", 2000, 45000),
    (
        "Dobra Hracka s.r.o.",
        "Prague, Czech Republic",
        "CZK",
        "Ceska sporitelna a.s.",
        "GIBACZPX",
        40000,
        900000,
    ),
    ("Namu Play Co Ltd", "Mapo-gu, Seoul, Korea", "KRW", "Shinhan Bank", "SHBKKRSE", 2000000, 48000000),
    ("Trefugl Leker AS", "Oslo, Norway", "NOK", "DNB Bank ASA", "DNBANOKK", 15000, 400000),
    (
        "Kowloon Kids Corner Ltd",
        "Mong Kok, Hong Kong",
        "HKD",
        "Hang Seng Bank Ltd",
        "HASEHKHH",
        12000,
        320000,
    ),
    ("Mu Wan Ju Co Ltd", "Da'an District, Taipei", "TWD", "Cathay United Bank", "UWCBTWTP", 50000, 1200000),
]
WIRE_BANKS = [
    ("Canara Bank", "browser"),
    ("Karnataka Bank", "mail"),
    ("State Bank of India", "paper"),
    ("RBL Bank", "browser"),
    ("Union Bank of India", "mail"),
    ("ICICI Bank", "paper"),
    ("Yes Bank", "browser"),
    ("IndusInd Bank", "mail"),
]
WIRE_RATES = {
    "EUR": (93.2, 98.1),
    "JPY": (0.562, 0.611),
    "USD": (86.1, 89.2),
    "CZK": (3.74, 4.06),
    "KRW": (0.0598, 0.0662),
    "NOK": (7.96, 8.71),
    "HKD": (11.02, 11.48),
    "TWD": (2.64, 2.91),
}
# currencies whose sums are printed without decimals
WHOLE = ("JPY", "KRW", "TWD")
CORRESPONDENT = {
    "USD": "JPMorgan Chase Bank NA, New York",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "NOK": "Nordea Bank Abp, Oslo",
    "CZK": "Raiffeisen Bank International AG, Vienna",
}
SHIPPED = [
    "Wooden lacquered toys - stacking and pull-along (HSN 95030030)",
    "Channapatna dolls and figurines (HSN 44201900)",
    "Lacquered wooden rattles and teethers (HSN 95030090)",
    "Wooden kitchen sets and spinning tops - 14 cartons by air",
    "Lacquerware bangle boxes and bowls (HSN 44209090)",
]


def swap(text: str, thousands: str, point: str) -> str:
    """A western-grouped number ("12,345.60") with other marks (12.345,60 or 12 345,60)."""
    return text.translate(str.maketrans({",": thousands, ".": point}))


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars; euros with a code or sign, grouped the
    English or the German way; yen, won and New Taiwan dollars whole; koruna and kroner grouped with spaces and a
    decimal comma on some; Hong Kong dollars with HKD or HK$."""
    if cur == "USD":
        return fx(rng, font, cur)
    style = rng.random()
    if cur == "EUR":
        mark = sign(font, "\u20ac", "EUR ") if rng.random() < 0.5 else "EUR "

        def show_eur(value: float) -> str:
            body = f"{value:,.2f}"
            if style < 0.5:
                return f"{mark}{body}"
            if style < 0.75:
                return f"EUR {swap(body, '.', ',')}"
            return f"{swap(body, '.', ',')} EUR"

        return show_eur
    if cur in WHOLE:
        marks = {
            "JPY": ["JPY ", sign(font, "\u00a5", "JPY ")],
            "KRW": ["KRW ", sign(font, "\u20a9", "KRW ")],
            "TWD": ["TWD ", "NT$"],
        }[cur]
        mark = rng.choice(marks)

        def show_whole(value: float) -> str:
            if style < 0.3:
                return f"{value:,.0f} {cur}"
            return f"{mark}{value:,.0f}"

        return show_whole
    if cur in ("CZK", "NOK"):

        def show_space(value: float) -> str:
            body = f"{value:,.2f}"
            if style < 0.4:
                return f"{cur} {swap(body, ' ', ',')}"
            if style < 0.7:
                return f"{swap(body, ' ', ',')} {cur}"
            return f"{cur} {body}"

        return show_space
    mark = rng.choice(["HKD ", "HK$"])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Toy importers in Nuremberg, Kyoto, Portland, Prague, Seoul, Oslo, Hong Kong and Taipei paying for stacking
    toys, dolls, rattles, kitchen sets and lacquerware: the banks' inward remittance advices (browser, e-mail,
    printed ADVICE OF FOREIGN INWARD REMITTANCE - EXPORT PROCEEDS / Inward SWIFT payment - credit to exporter
    / Export receipt - beneficiary advice: the bank on top with its forex desk; the status first under the
    heading: Funds converted and credited - EDPMS updated / Status: Inward remittance realised / On hold -
    awaiting KYC of the remitter from the correspondent bank / Returned to the ordering bank - beneficiary
    name does not match the account; then Beneficiary customer / Exporter / beneficiary / Credit to / Name of
    beneficiary the company, Beneficiary A/c, IEC; then Foreign currency amount / Amount of remittance (FCY) /
    Inward amount / Instructed amount in EUR, JPY, USD, CZK, KRW, NOK, HKD or TWD, a Proforma invoice total on
    some advances, Charges borne by, Exchange rate applied or Rate (INR per 100 <currency>), Rupee equivalent,
    Less: Processing charges + GST, Net rupees credited; then the remitter's block under it: Remitter (buyer
    abroad) / Ordering customer / Applicant / remitter, Address, Remitter's bank / Ordering institution, BIC
    of remitting bank, Correspondent bank on some; Purpose code (P0103 on an advance, P0102 on goods
    exported), Goods, Proforma invoice No. on an advance or Export invoice No. with the Shipping bill No. and
    date on some, Mode, Sender's reference, Bank's inward ref. / IRM reference / IRM No., UETR; the day at the
    foot: Date of credit / Credited on / Value date / Realised on / Held since / Received on / Returned on /
    Date of return)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, pbank, bic, lo, hi = IMPORTERS[k]
    if cur in WHOLE:
        step = 1000 if cur != "TWD" else 100
        j.amount = float(rng.randrange(lo // step, hi // step) * step)
    elif rng.random() < 0.6:
        j.amount = round(rng.uniform(lo, hi), 2)
    else:
        j.amount = float(rng.randrange(lo // 50, hi // 50) * 50)
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex Services <forex.bengaluru@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Advice of foreign inward remittance",
                "Export proceeds - inward SWIFT",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradefinance.{slug(bank)}/inward/advice/{code(rng, 12, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Channapatna Branch, B.M. Road",
                "Overseas Branch, St. Marks Road, Bengaluru",
                "Trade Finance Centre, Mysuru",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF FOREIGN INWARD REMITTANCE - EXPORT PROCEEDS",
                "Inward SWIFT payment - credit to exporter",
                "Export receipt - beneficiary advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Funds converted and credited - EDPMS updated",
                "Status: Inward remittance realised",
            ],
            "pending": ["On hold - awaiting KYC of the remitter from the correspondent bank"],
            "failed": ["Returned to the ordering bank - beneficiary name does not match the account"],
        },
    )
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(["Beneficiary customer", "Exporter / beneficiary", "Credit to", "Name of beneficiary"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IEC", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.pair(
        rng.choice(
            ["Foreign currency amount", "Amount of remittance (FCY)", "Inward amount", "Instructed amount"]
        ),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    advance = rng.random() < 0.35
    if advance:
        share = rng.choice([0.3, 0.4, 0.5])
        total = round(j.amount / share, 0 if cur in WHOLE else 2)
        p.pair("Proforma invoice total", show(total))
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    if cur in ("JPY", "KRW") and rng.random() < 0.6:
        p.pair(f"Rate (INR per 100 {cur})", f"{rate * 100:.2f}")
    else:
        p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("Rupee equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    p.pair("Less: Processing charges + GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net rupees credited", f"{inr - chg:,.2f}")
    p.add("rule")
    wrap_pair(p, rng.choice(["Remitter (buyer abroad)", "Ordering customer", "Applicant / remitter"]), payer)
    p.pair("Address", city)
    wrap_pair(p, rng.choice(["Remitter's bank", "Ordering institution"]), pbank)
    p.pair("BIC of remitting bank", bic)
    if cur in CORRESPONDENT and rng.random() < 0.7:
        wrap_pair(p, "Correspondent bank", CORRESPONDENT[cur])
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair(
        "Proforma invoice No." if advance else "Export invoice No.",
        f"GMC/{'PI' if advance else 'EXP'}/{rng.randrange(1, 150):03d}/{fy(j.date)}",
    )
    if not advance and not j.no_day and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 10, 80), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["Bank's inward ref.", "IRM reference", "IRM No."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    p.add("rule")
    date_row(
        p,
        j,
        {
            "success": ["Date of credit", "Credited on", "Value date", "Realised on"],
            "pending": ["Held since", "Received on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        ("Quote the IRM reference" if not j.no_ref else "Quote this advice")
        + " when you file the shipping bill against this remittance."
        if status == "success"
        else "Write to the forex cell with the advice above for any question on this remittance.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the shop's and the workshop's bills


# the party, the way it paid, the unit (showroom, store, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. Shalini Gowda, Jayanagar, Bengaluru", "UPI", "showroom", "horse"),
    ("Bodhi Montessori House, Mysuru", "cheque", "showroom", "set"),
    ("Vyoma Softech Pvt Ltd, Whitefield, Bengaluru", "NEFT", "mail", "gift"),
    ("Syed Mansoor (toy turner), Channapatna", "cash", "store", "lac"),
    ("Mr. Raghavendra Bhat, Kuvempunagar, Mysuru", "card", "showroom", "dolls"),
    ("Sri Chamundeshwari Agarbathi Works, Mysuru", "UPI", "store", "dust"),
    ("Kinnal Craft Painters' Co-operative, Koppal", "cheque", "store", "blanks"),
    ("Ms. Ananya Kulkarni, Aundh, Pune", "UPI", "mail", "set"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The toy shop's CASH / CREDIT BILL - TOY SHOP / SALE BILL - CHANNAPATNA TOYS to a Bengaluru family, a Mysuru
    Montessori house and a Mysuru doll buyer, the workshop's CASH BILL - LAC STICKS / SALE BILL - WORKSHOP to a
    turner, its SALE BILL - SAWDUST AND SHAVINGS / WASTE SALE MEMO to an agarbathi maker buying by the sack and its
    SALE BILL - TURNED BLANKS to a painters' co-operative (paper: the shop, the workshop or the company on top with
    its "A unit of" line, address and GSTIN; the party first: Name of buyer / Purchaser / Billed to customer; then
    the toys, sets, kilos, sacks or blanks x rate, CGST @ 2.5% and SGST @ 2.5%, Bill total / Gross total / Net bill
    / Order value, Amount received in cash / By cash / UPI received / Collected by UPI / Swiped on card / Card
    amount / Cheque received for, the sum in words under it, Paid by / Payment mode, UPI RRN / UPI Ref. No. /
    Approval code / Cheque No. and bank, Cheque date; PAID / PAID IN CASH / PAID - TOYS PACKED AND HANDED OVER /
    PAID - LAC STICKS WEIGHED AND GIVEN / PAID - SACKS LOADED ON BUYER'S VEHICLE / CHEQUE IN CLEARING - BLANKS HELD
    AT WORKSHOP / CHEQUE RETURNED UNPAID - BILL STANDS CANCELLED; the Bill No. / Cash bill No. / Receipt No. and
    Bill date / Dt. / Date at the foot, the rubber stamp) and two of the accounts desk's Payment acknowledged -
    with thanks e-mails (a Whitefield IT firm's Advance collected (NEFT) / Advance received for the Diwali gift
    boxes with the Order value and Balance payable on delivery and the UTR No. / NEFT ref., a Pune shopper's order
    by UPI; Ack. No. / Acknowledgement No. and Date of receipt / Received on first)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    advance = k == 2
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@gombemane.in>",
            [
                "Payment received - thank you from Gombemane",
                "Acknowledgement of your payment",
                "Your toy order - payment acknowledged",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Channapatna lacquer toys - Kengal Road and Old B.M. Road  |  Accounts")
        p.add("center", "Payment acknowledged - with thanks")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            ack = f"ACK/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
            p.pair(rng.choice(["Ack. No.", "Acknowledgement No."]), ack, txn=(INVOICE_RANK, ack))
        date_row(p, j, ["Date of receipt", "Received on"], PATS_IN)
    else:
        shop = unit == "showroom"
        me = rng.choice([SHOWROOM, SHOWROOM.upper()] if shop else [STORE, STORE.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Channapatna lacquer toys - hale wood, vegetable dyes",
            where[1],
            where[2],
            ["CASH / CREDIT BILL - TOY SHOP", "SALE BILL - CHANNAPATNA TOYS"]
            if shop
            else {
                "lac": ["CASH BILL - LAC STICKS", "SALE BILL - WORKSHOP"],
                "dust": ["SALE BILL - SAWDUST AND SHAVINGS", "WASTE SALE MEMO"],
                "blanks": ["SALE BILL - TURNED BLANKS", "SALE BILL - WORKSHOP"],
            }[kind],
        )
    wrap_pair(p, rng.choice(["Name of buyer", "Purchaser", "Billed to customer"]), party)
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "lac":
        qty = round(rng.uniform(2, 18), 1)
        shown = f"{qty:.1f} kg"
    elif kind == "dust":
        qty = rng.randrange(20, 160)
        shown = f"{qty} sacks"
    elif kind == "blanks":
        qty = rng.randrange(200, 2400, 50)
        shown = f"{qty:,} pcs"
    else:
        qty = rng.randrange(1, 4) if kind in ("horse", "dolls") else rng.randrange(2, 24 if k == 1 else 6)
        shown = f"{qty} {per if qty == 1 else per + 's'}"
    if advance:
        qty = rng.randrange(60, 400, 10)
        shown = f"{qty} pcs"
    rate = float(rng.randrange(lo, hi, 10 if lo >= 300 else 1))
    base = round(qty * rate, 2)
    p.pair(f"  {shown} x {rate:,.2f}", rs(base))
    half = round(base * gst_rate / 200, 2)
    p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    if not advance and rng.random() < 0.4:
        rounded = float(round(bill))
        if abs(rounded - bill) >= 0.01:
            p.pair("Rounded off", f"{rounded - bill:+.2f}")
            bill = rounded
    p.pair(
        rng.choice(["Order value", "Bill total"] if advance else ["Bill total", "Gross total", "Net bill"]),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = "Cheque received for"
    elif advance:
        lab = rng.choice(["Advance collected (NEFT)", "Advance received"])
    else:
        lab = {
            "cash": rng.choice(["Amount received in cash", "By cash"]),
            "UPI": rng.choice(["UPI received", "Collected by UPI"]),
            "card": rng.choice(["Swiped on card", "Card amount"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance payable on delivery", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Paid by", "Payment mode"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:7])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -9, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI RRN", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[7:]), "NEFT")
        p.pair(rng.choice(["UTR No.", "NEFT ref."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['RuPay', 'Visa', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["PAID"]
    if way == "cash":
        words.append("PAID IN CASH")
    if kind == "lac":
        words.append("PAID - LAC STICKS WEIGHED AND GIVEN")
    elif kind == "dust":
        words.append("PAID - SACKS LOADED ON BUYER'S VEHICLE")
    elif not advance:
        words.append("PAID - TOYS PACKED AND HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE IN CLEARING - BLANKS HELD AT WORKSHOP",
        "failed": "CHEQUE RETURNED UNPAID - BILL STANDS CANCELLED",
    }[status]
    if unit == "mail":
        word = "RECEIVED WITH THANKS" if rng.random() < 0.5 else "PAID"
    p.add("center", word, status=status)
    if unit != "mail":
        p.add("rule")
        if not j.no_ref:
            heads = {"showroom": ["GTA", "CB"], "store": ["GLW", "WS"]}[unit]
            rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
            labels = ["Bill No.", "Receipt No."] + (["Cash bill No."] if way in ("cash", "UPI") else [])
            p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Bill date", "Dt.", "Date"], PATS_IN)
    p.part = "foot"
    p.add(
        "small",
        {
            "dust": "Sawdust is sold as it lies in the yard; the buyer loads it.",
            "lac": "Lac sticks are weighed before the buyer. No return once melted.",
            "blanks": "Blanks are counted before dispatch. Cheques are subject to realisation.",
        }.get(
            kind,
            "Lacquer colours are food safe and lead free. Exchange within 7 days with this bill.",
        ),
    )
    if unit != "mail":
        right(p, f"For {SHOWROOM if unit == 'showroom' else STORE} - Counter")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "GOMBEMANE TOY ANGADI" if unit == "showroom" else "GOMBEMANE LACQUER WORKS",
            "CHANNAPATNA" if unit == "showroom" else "AKKUR, CHANNAPATNA",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. wood, shellac, colours, lathes, cartons


SUPPLIERS = [
    (
        "Kanakapura Timber Depot",
        "Hale (Wrightia) logs | Rubber wood | Sawn sizes for toy makers",
        "Kodihalli Road, Kanakapura - 562117, Karnataka",
        "29",
        "KTD",
    ),
    (
        "Jhalda Shellac Industries",
        "Seedlac | Button lac | Dewaxed shellac flakes",
        "Station Road, Jhalda, Purulia - 723202, West Bengal",
        "19",
        "JSI",
    ),
    (
        "Mysuru Natural Colours",
        "Turmeric | Indigo | Annatto | Catechu - dye grade",
        "Vijayanagar 2nd Stage, Mysuru - 570017, Karnataka",
        "29",
        "MNC",
    ),
    (
        "Hebbal Lathe & Motors",
        "Wood turning lathes | Motors | Chucks and tool rests",
        "Hebbal Industrial Area, Mysuru - 570016, Karnataka",
        "29",
        "HLM",
    ),
    (
        "Peenya Corrugated Boxes",
        "Printed gift boxes | Kraft mailers | Inner partitions",
        "Peenya 2nd Stage, Bengaluru - 560058, Karnataka",
        "29",
        "PNY",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KTD": [
        ("Hale wood logs - seasoned, 6 to 9 in girth", "4403", "cft", 380, 620, 18, 40, 420),
        ("Sawn hale wood planks - 2 in", "4407", "cft", 650, 980, 18, 20, 160),
    ],
    "JSI": [
        ("Seedlac - grade A", "1301", "kg", 420, 640, 5, 50, 400),
        ("Dewaxed shellac flakes - lemon", "1301", "kg", 780, 1150, 5, 20, 150),
    ],
    "MNC": [
        ("Turmeric powder - dye grade", "3203", "kg", 180, 320, 18, 20, 160),
        ("Natural indigo powder", "3203", "kg", 1600, 2400, 18, 5, 40),
        ("Annatto seed extract (kumkum red)", "3203", "kg", 900, 1500, 18, 5, 40),
    ],
    "HLM": [
        ("Wood turning lathe - 1 HP, 36 in bed", "8465", "nos", 38000, 62000, 18, 1, 4),
        ("Lathe chuck and tool rest set", "8466", "set", 2400, 4800, 18, 2, 10),
    ],
    "PNY": [
        ("Printed gift box - rocking horse size", "4819", "pcs", 28, 54, 18, 200, 2000),
        ("Kraft mailer carton - 5 ply", "4819", "pcs", 16, 32, 18, 300, 3000),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 1, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "-", "NEFT", "UPI", "-", "RTGS", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kanakapura timber depot, the Jhalda (Purulia) shellac maker, the Mysuru natural colours maker, the
    Mysuru lathe maker and the Peenya carton maker billing the company (paper: the supplier on top, its line,
    address and GSTIN; GST INVOICE - ORIGINAL / TAX INVOICE (ORIGINAL - BUYER'S COPY) / INVOICE CUM RECEIPT,
    Invoice No. / Inv. No. / Tax invoice No. / Bill No. above Invoice date / Dated / Date of supply / Bill dt., Sold
    to (buyer) / Name of purchaser / Invoice to the company, Delivery at the workshop, Place of supply, Transit
    permit No. on the wood, E-way bill No., LR No. or Vehicle No., PO ref., the logs, planks, seedlac, shellac,
    colours, lathes, chucks, boxes or cartons with HSN, cft, kg, nos, set or pcs x rate, Taxable value, CGST and
    SGST or IGST @ 5% or 18%, Round off, Invoice value, Old balance (previous bills) on some, Less: Advance already
    received and Balance received by RTGS / NEFT on some, else Payment received - NEFT / RTGS, Amount credited via
    NEFT / RTGS, UPI collection / Received through UPI with UTR / UTR No. / UPI RRN / UPI Ref No., or Cheque
    received for / By cheque with Cheque No.; PAID / PAYMENT RECEIVED - THANK YOU / CLEARED - NO DUES / RECEIVED IN
    FULL BY NEFT or RTGS / UPI / CHEQUE IN CLEARING - SUBJECT TO REALISATION / CHEQUE RETURNED - ACCOUNT CLOSED,
    PAY AFRESH, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["GST INVOICE - ORIGINAL", "TAX INVOICE (ORIGINAL - BUYER'S COPY)", "INVOICE CUM RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(
            rng.choice(["Invoice No.", "Inv. No.", "Tax invoice No.", "Bill No."]),
            inv,
            txn=(INVOICE_RANK, inv),
        )
    date_row(p, j, ["Invoice date", "Dated", "Date of supply", "Bill dt."], PATS_IN)
    wrap_pair(
        p,
        rng.choice(["Sold to (buyer)", "Name of purchaser", "Invoice to"]),
        rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]),
    )
    wrap_pair(p, "Delivery at", f"{STORE}, Akkur Hosahalli, Channapatna")
    p.pair("Place of supply", "Karnataka (29)")
    if tag == "KTD":
        p.pair("Transit permit No.", f"RMG/TP/{rng.randrange(1, 999):03d}/{digits(rng, 5)}")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("KTD", "HLM", "MNC"):
        p.pair("Vehicle No.", f"KA-{rng.choice(['42', '09', '41'])}-{code(rng, 1, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("LR No.", f"{rng.choice(['SFC', 'VRL', 'GATI'])}{digits(rng, 8)}")
    p.pair("PO ref.", f"GMC/PO/{rng.randrange(1, 400):03d}")
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "29")
    p.pair("Invoice value", rs(total))
    if rng.random() < 0.3:
        p.pair("Old balance (previous bills)", rs(rupees(rng, 4000, 90000, 0.5)))
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
        p.pair("Less: Advance already received", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "By cheque"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["UPI collection", "Received through UPI"])
        else:
            lab = rng.choice([f"Payment received - {way}", f"Amount credited via {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "PAYMENT RECEIVED - THANK YOU", "CLEARED - NO DUES", f"RECEIVED IN FULL BY {way}"]
        ),
        "pending": "CHEQUE IN CLEARING - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED, PAY AFRESH",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Goods once sold are not taken back. Interest @ 18% p.a. after 30 days. {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Mysuru Road Cargo Movers", "Toy cartons to Bengaluru air cargo - March", 5000, 36000),
    ("Peenya Toy Safety Testing Laboratory", "EN 71-3 and IS 9873 tests - 6 toy models", 18000, 72000),
    ("Kanakapura Saw Mill", "Log sawing and slicing - 40 hale logs", 6000, 28000),
    ("Smt. Lakshmamma K.", "Toy shop rent - Old B.M. Road, April", 35000, 90000),
    ("Kengal Dust Extraction Systems", "Cyclone dust collector service - lathe shed", 8000, 34000),
    ("Thread & Grain Product Photography", "Catalogue photos - 120 toys on white", 20000, 85000),
    ("Ramanagara Guardforce Security Services", "Workshop night watch - 2 guards, March", 30000, 64000),
    ("Channapatna Electricals & Solar", "Lathe shed three-phase wiring", 7000, 30000),
]
CORP_PORTALS = [
    ("KBL Corporate Banking", "Karnataka Bank", "corporate.karnatakabank.com/payments/view"),
    ("HDFC Bank CBX", "HDFC Bank", "cbx.hdfcbank.com/payments/transaction-detail"),
    ("Jana Corporate Banking", "Jana Small Finance Bank", "corporate.janabank.com/fundtransfer/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its cargo firm, the toy testing laboratory, the saw mill, the toy shop's landlady, the
    dust extraction firm, the photo studio, the security agency and the electrician: corporate net banking's
    transfer pages (KBL Corporate Banking, HDFC Bank CBX, Jana Corporate Banking: the portal on top and the bank's
    line, Fund transfer - details / Payment advice; the status first as a banner: Status: Successful - credited to
    beneficiary / Executed - funds with the beneficiary bank / Pending authorisation - second signatory to approve
    / Rejected by beneficiary bank - invalid account, debit reversed; then the payee: Transfer to / Beneficiary
    account name / Vendor (payee) / Credited party, Beneficiary nickname, A/c No. and IFSC; the sum: Amount
    transferred / Amount to beneficiary / Payment value, Charges (incl. GST), Total debit (amount + charges) on
    some; the references under the payee: UTR number / Reference No. (UTR) / IMPS RRN and Transaction ref. No. /
    Host ref. No.; Transfer type / Mode NEFT / RTGS / IMPS, the debit account, Remarks / Purpose of payment,
    Created by / Released by; the day: Execution date / Transferred on / Value date / Created on / Rejected on)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?txn={digits(rng, 11)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payments', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Fund transfer - details", "Payment advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Successful - credited to beneficiary",
                "Executed - funds with the beneficiary bank",
            ],
            "pending": ["Pending authorisation - second signatory to approve"],
            "failed": ["Rejected by beneficiary bank - invalid account, debit reversed"],
        },
    )
    p.add("rule")
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Transfer to", "Beneficiary account name", "Vendor (payee)", "Credited party"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "CPT")
    ben = rng.choice(BANKS[:11])
    p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    p.pair(
        rng.choice(["Amount transferred", "Amount to beneficiary", "Payment value"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if rng.random() < 0.5:
        fee = {"NEFT": 2.5, "IMPS": 5.0, "RTGS": 25.0}[way] * 1.18
        p.pair("Charges (incl. GST)", rs(round(fee, 2)))
        p.pair("Total debit (amount + charges)", rs(round(j.amount + fee, 2)))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR number", "Reference No. (UTR)"]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ref. No.", "Host ref. No."]), tr, txn=(BANK_RANK, tr))
    p.pair(rng.choice(["Transfer type", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remarks", "Purpose of payment"]), note)
    p.pair("Created by / Released by", f"GMCACCTS / {'-' if status == 'pending' else 'GMCMD01'}")
    date_row(
        p,
        j,
        {
            "success": ["Execution date", "Transferred on", "Value date"],
            "pending": ["Created on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice. Rejected transfers come back to the debit account.")
    return p.done()


# ---------------------------------------------------------------- 7. turners, finishers, painters, packers


# payee, role, village, kind
WORKERS = [
    ("Mohammed Ghouse", "Turner - lathe No. 4", "Channapatna", "turn"),
    ("Shanthamma Ningaiah", "Lacquer finisher - home work", "Kengal", "lac"),
    ("Fathima Begum", "Bead stringer - necklaces and abacus", "Kengal", "string"),
    ("Gowramma Siddaraju", "Painter - doll faces and borders", "Byrapatna", "paint"),
    ("Kavitha Ramesh", "Kedige leaf polisher", "Honganur", "polish"),
    ("Narayanappa H.", "Assembler and packer", "Channapatna", "pack"),
    ("Syed Ataulla", "Turner - lathe No. 2", "Akkur", "turn"),
    ("Chikkamma Hanumaiah", "Lacquer finisher - home work", "Mudagere", "lac"),
]
WORK_FRAMES = ["paper", "paper", "bulkpe", "paper", "kbl", "paper", "paytm", "ujjivan"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "turn": (
        ["LATHE TURNING WAGES - PER HUNDRED PIECES", "KUNDE KELASA KOOLI CHEETI (TURNING)"],
        ["Name of turner", "Wages to (turner)"],
        "Pieces turned: {q} @ {rate} per 100",
        (240, 420),
        (600, 4200),
        ["Net wages", "Amount paid to worker"],
    ),
    "lac": (
        ["LACQUERING WAGES - PER PIECE FINISHED", "ARAGU KELASA KOOLI CHEETI (HOME WORK)"],
        ["Name of finisher", "Paid to (lacquer finisher)"],
        "Pieces lacquered: {q} x {rate}",
        (3, 9),
        (150, 900),
        ["Net wages", "Take-home paid"],
    ),
    "paint": (
        ["PAINTING WAGES - DOLL FACES AND BORDERS", "BANNA KELASA KOOLI CHEETI"],
        ["Name of painter", "Wages to (painter)"],
        "Dolls painted: {q} x {rate}",
        (6, 18),
        (80, 500),
        ["Net wages", "Amount paid to worker"],
    ),
    "pack": (
        ["PACKING AND ASSEMBLY - DAILY WAGE VOUCHER", "PACKING SECTION KOOLI CHEETI"],
        ["Name of packer", "Worker (packer)"],
        "Days worked: {q} x {rate}",
        (420, 560),
        (6, 27),
        ["Net wages", "Take-home paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its turners by the hundred pieces, its home lacquer finishers and doll painters by the
    piece and its packers by the day: its printed LATHE TURNING WAGES - PER HUNDRED PIECES / KUNDE KELASA KOOLI
    CHEETI (TURNING) / LACQUERING WAGES - PER PIECE FINISHED / ARAGU KELASA KOOLI CHEETI (HOME WORK) / PAINTING
    WAGES - DOLL FACES AND BORDERS / BANNA KELASA KOOLI CHEETI / PACKING AND ASSEMBLY - DAILY WAGE VOUCHER /
    PACKING SECTION KOOLI CHEETI (the company on top with the workshop's line; Wage slip No. / Kooli cheeti No. and
    Date / Wages paid on / Payment dt. first, then Name of turner / Wages to (turner) / Name of finisher / Paid to
    (lacquer finisher) / Name of painter / Wages to (painter) / Name of packer / Worker (packer), Work, Village,
    Lathe No. / Artisan card No. and Lot No. (no fact), the pieces per hundred, pieces, dolls or days x rate, Add:
    Festival rush bonus / Add: Sunday overtime, Gross earnings, Less: Pieces rejected (cracks) - n @ rate / Less:
    Lac advance recovered / Less: ESI (employee share), Net wages / Amount paid to worker / Take-home paid, Mode of
    payment Cash / UPI / IMPS, UPI RRN / IMPS ref. No.; PAID / PAID IN CASH / PAID - PIECES COUNTED AND ACCEPTED /
    PAID - ENTERED IN KOOLI REGISTER), a Bulkpe payout page for a bead stringer (Bulkpe on top and Payouts - the
    company under it, the payee first: Beneficiary name / Payee, Contact ID, Account / IFSC or VPA, the sum large,
    the status: Transfer successful - credited to the worker / Payout rejected - beneficiary bank not reachable,
    amount back in wallet; Mode, Purpose, Bulkpe txn ID, UTR / Bank RRN, Client ref ID, Processed at / Failed at),
    a Paytm Payouts page for a turner (the sum large first, Payout status: Success / Queued - will be sent in the
    next batch at 6 pm, Beneficiary name / Payee, Beneficiary ID, Paytm payout ID, Bank RRN, Order ID, Processed at
    / Queued at) and a KBL Mobile Plus and an Ujjivan screen paying a polisher and a finisher."""
    k = place("worker_pay")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame in ("bulkpe", "paytm"):
        j.amount = rupees(rng, 3000, 26000, 0.6)
        bulk = frame == "bulkpe"
        tid = f"BPE{code(rng, 14, ALNUM)}" if bulk else f"PTMPO{digits(rng, 14)}"
        url = ("app.bulkpe.in/payouts/transactions/" if bulk else "dashboard.paytm.com/payouts/transfer/") + (
            "" if j.no_ref else tid
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, "Bulkpe" if bulk else "Paytm Payouts")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        words = {
            "success": ["Transfer successful - credited to the worker", "Payout status: Success"],
            "pending": ["Queued - will be sent in the next batch at 6 pm"],
            "failed": ["Payout rejected - beneficiary bank not reachable, amount back in wallet"],
        }

        def payee_rows() -> None:
            wrap_pair(p, rng.choice(["Beneficiary name", "Payee"]), who, merchant=who)
            p.pair("Contact ID" if bulk else "Beneficiary ID", f"{'CT' if bulk else 'BEN'}{digits(rng, 9)}")

        if bulk:
            payee_rows()
            p.add("big", rs(j.amount), amount=j.amount)
            outcome_row(p, status, words)
        else:
            p.add("big", rs(j.amount), amount=j.amount)
            outcome_row(p, status, words)
            payee_rows()
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair("Account / IFSC", f"XXXX{digits(rng, 4)} / {IFSC[rng.choice(BANKS[:5])]}0{digits(rng, 6)}")
        else:
            p.pair(
                "VPA", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(['cnrb', 'kbl', 'ybl'])}"
            )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Purpose",
            rng.choice(["Bead stringing - 40 necklaces", "Abacus stringing wages"])
            if kind == "string"
            else rng.choice(["Turning wages - 2,400 pcs", "Lathe piece wages - week 11"]),
        )
        if not j.no_ref:
            p.pair("Bulkpe txn ID" if bulk else "Paytm payout ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair(rng.choice(["UTR", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            rid = f"GMC-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Client ref ID" if bulk else "Order ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {"success": ["Processed at"], "pending": ["Queued at"], "failed": ["Failed at"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "The beneficiary's bank has confirmed the credit.",
                "pending": "Queued payouts go out in the order they were added.",
                "failed": "A rejected payout's amount is added back to the payout wallet.",
            }[status],
        )
        return p.done()
    if frame in ("kbl", "ujjivan"):
        j.amount = rupees(rng, 2400, 18000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment receipt"])
        p.part = "head"
        p.add("title", "KBL Mobile Plus" if frame == "kbl" else "Ujjivan SFB")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Transaction successful", "Sent successfully"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'kbl', 'ujjivan', 'axl'])}",
            method="UPI",
        )
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.pair(
            rng.choice(["Remarks", "Note"]),
            rng.choice(["Kedige polish kooli", "Polishing - 400 tops"])
            if kind == "polish"
            else rng.choice(["Aragu work - 300 pcs", "Lacquering kooli"]),
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{'Karnataka Bank' if frame == 'kbl' else 'Ujjivan SFB'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            if frame == "kbl" and rng.random() < 0.7:
                own = f"KBL{digits(rng, 13)}"
                p.pair("KBL txn ref.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{STORE} - {'home work' if kind == 'lac' else 'turning, painting and packing'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"KC/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Wage slip No.", "Kooli cheeti No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Wages paid on", "Payment dt."], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Village", village)
    if kind == "turn":
        p.pair("Lathe No.", f"L-{rng.randrange(1, 12):02d}")
    else:
        p.pair("Artisan card No.", f"KA/CPT/{digits(rng, 6)}")
    p.pair("Lot No.", f"LOT-{rng.randrange(100, 999)}")
    rate = float(rng.randrange(rlo, rhi + 1, 10 if kind in ("turn", "pack") else 1))
    q = rng.randrange(qlo, qhi, 10 if kind == "turn" else 1)
    gross = round(q * rate / 100, 2) if kind == "turn" else round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([250, 400, 600, 800]))
        p.pair("Add: Festival rush bonus" if kind != "pack" else "Add: Sunday overtime", rs(extra))
        gross += extra
    p.pair("Gross earnings", rs(gross))
    cut = 0.0
    if kind in ("turn", "lac", "paint") and rng.random() < 0.5:
        bad = rng.randrange(4, 30) if kind == "turn" else rng.randrange(1, 8)
        per = round(rate / 100, 2) if kind == "turn" else rate
        cut = round(bad * per, 2)
        p.pair(f"Less: Pieces rejected (cracks) - {bad} @ {per:.2f}", rs(cut))
    if kind == "pack":
        esi = round(gross * 0.0075, 2)
        p.pair("Less: ESI (employee share)", rs(esi))
        cut += esi
    elif gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Lac advance recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode of payment", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI RRN" if way == "UPI" else "IMPS ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        "PAID - PIECES COUNTED AND ACCEPTED" if kind != "pack" else "PAID - ENTERED IN KOOLI REGISTER"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / left thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. council, forest, taxes, factories, BIS


FEE_FRAMES = ["property", "forest", "ptax", "factory", "trade", "bis", "fire", "kaveri"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def heads_paid(p: Screen, rs, rng: random.Random, heads: list[tuple[str, float, float]]) -> float:
    """Each head with its sum (drawn between its bounds, whole rupees); their total."""
    total = 0.0
    for head, lo, hi in heads:
        fee = float(round(rng.uniform(lo, hi)))
        total += fee
        p.pair(head, rs(fee))
    return round(total, 2)


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a toy workshop and its shop in Channapatna: the City Municipal Council's property tax page (the
    Council on top and the Urban Development Department line, PID No., Khata No., Name of khatedar, Ward, Property
    tax 2026-27, Library cess, Health cess, SWM cess, Less: Rebate @ 5% (paid by 30 April), Total amount paid / Net
    tax paid, Transaction ID, Bank ref. No., Challan No., Paid on / Payment date; Tax paid - SAS receipt generated
    at the foot) and its trade licence page (Trade licence No., Name of trade, Trade name, Trade licence fee,
    Advertisement board fee, SWM user charges, Amount payable / Amount, Transaction ID, Attempted on / Transaction
    date; Payment unsuccessful - not credited to the Council's account, retry after 30 minutes at the foot), the
    Forest Department's timber transit permit fee (the status first, Permit holder, Transit permit No., Species and
    volume, From / to, Permit fee, Forest development tax @ 12%, Total remitted, K2 challan ref. No.), the
    Commercial Taxes Department's professional tax page (the status first, Name of employer, EC No. and RC No.,
    Employer's PT 2026-27, PT deducted from employees (n x Rs 200), Total tax paid, e-Payment ref. No., UPI RRN on
    a UPI payment, else Bank CIN),
    the Department of Factories' licence renewal (Name of factory, Name of occupier, Licence No., HP installed,
    Workers, Licence fee 2026-27, Late fee, Fee paid / Total fee remitted, Transaction No., Bank ref. No.), the
    Bureau of Indian Standards' toy licence fee (the status first, Licensee, CM/L No., Standard IS 9873 (Part 1),
    Annual licence fee, Marking fee (units x rate), GST @ 18%, Total paid (incl. GST), Payment ID, Bank reference),
    the Fire and Emergency Services' fire NOC renewal (Name of occupancy, Occupancy type, Built-up area, Fire NOC
    renewal fee, Inspection fee, Challan amount, Khajane-II challan No., Challan generated on / Generated on;
    Challan generated - awaiting the bank's confirmation to Khajane-II) and the Stamps and Registration
    Department's Kaveri 2.0 page (Document, Sub-registrar office, Application No., Party (lessee) the company,
    Party (lessor) the landlady, Stamp duty, Surcharge on stamp duty, Cess on stamp duty, Registration fee,
    Scanning fee, Total paid / Amount remitted, Kaveri payment ref. No., Bank ref.); Mode / Payment mode; Payment
    successful - e-receipt issued / Remitted successfully - receipt below / Fee received by the department /
    Payment accepted - challan paid."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "Internet banking", "UPI", "BHIM UPI", "RuPay debit card", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "%Y-%m-%d"]
    ok = [
        "Payment successful - e-receipt issued",
        "Remitted successfully - receipt below",
        "Fee received by the department",
        "Payment accepted - challan paid",
    ]
    days = ["Date of payment", "Paid on", "Payment date", "Remitted on"]
    foot_status = True
    if frame in ("property", "trade"):
        p = browser_page(rng, font, f"mrc.karnataka.gov.in/channapatna/{frame}/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Channapatna City Municipal Council", "CHANNAPATNA CITY MUNICIPAL COUNCIL"])
        top(p, name, merchant=name)
        p.add(
            "small",
            "Urban Development Department, Government of Karnataka  |  "
            + ("Property tax (SAS)" if frame == "property" else "Trade licence renewal"),
        )
        p.add("rule")
        p.part = "body"
        if frame == "property":
            p.pair("PID No.", f"{rng.randrange(1, 32)}-{rng.randrange(1, 60)}-{rng.randrange(1, 400)}")
            p.pair("Khata No.", f"{rng.randrange(100, 9999)}/{rng.randrange(1, 40)}")
            wrap_pair(p, "Name of khatedar", firm)
            p.pair("Ward", f"Ward No. {rng.randrange(1, 31)} - Kengal Road")
            tax = float(round(rng.uniform(9000, 26000)))
            p.pair("Property tax 2026-27", rs(tax))
            total = tax + heads_paid(
                p,
                rs,
                rng,
                [
                    ("Library cess", 400.0, 1400.0),
                    ("Health cess", 900.0, 2600.0),
                    ("SWM cess", 600.0, 1800.0),
                ],
            )
            rebate = round(tax * 0.05, 2)
            p.pair("Less: Rebate @ 5% (paid by 30 April)", rs(rebate))
            j.amount = round(total - rebate, 2)
            p.pair(rng.choice(["Total amount paid", "Net tax paid"]), rs(j.amount), amount=j.amount)
            refs = [("Transaction ID", TXN_RANK, f"CMCCPT{digits(rng, 10)}")]
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"))
            refs.append(("Challan No.", INVOICE_RANK, f"CPT/PT/{digits(rng, 7)}"))
            day_labels = ["Paid on", "Payment date"]
            words = {"success": ["Tax paid - SAS receipt generated"]}
        else:
            p.pair("Trade licence No.", f"CMC/CPT/TL/{digits(rng, 5)}")
            wrap_pair(p, "Name of trade", "Sale of wooden toys and handicrafts (retail)")
            wrap_pair(p, "Trade name", SHOWROOM)
            j.amount = heads_paid(
                p,
                rs,
                rng,
                [
                    ("Trade licence fee", 1200.0, 3600.0),
                    ("Advertisement board fee", 500.0, 1500.0),
                    ("SWM user charges", 300.0, 900.0),
                ],
            )
            p.pair(rng.choice(["Amount payable", "Amount"]), rs(j.amount), amount=j.amount)
            refs = [("Transaction ID", TXN_RANK, f"CMCCPT{digits(rng, 10)}")]
            day_labels = ["Attempted on", "Transaction date"]
            words = {
                "failed": [
                    "Payment unsuccessful - not credited to the Council's account, retry after 30 minutes"
                ]
            }
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method=pay_method(way))
        fee_refs(p, j, refs)
        date_row(p, j, day_labels, pats)
        foot = (
            "Keep this receipt; the Council's e-receipt is valid without a seal."
            if status == "success"
            else "Money debited for a failed payment is returned by the bank in 5 to 7 working days."
        )
    elif frame == "forest":
        p = browser_page(rng, font, "aranya.gov.in/transitpermit/payment/acknowledgement")
        p.part = "head"
        name = rng.choice(["Karnataka Forest Department", "KARNATAKA FOREST DEPARTMENT"])
        top(p, name, merchant=name)
        p.add("small", "Ramanagara Division  |  Timber transit permit - fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        foot_status = False
        wrap_pair(p, "Permit holder", f"{firm} (toy workshop)")
        p.pair("Transit permit No.", f"RMG/TP/{rng.randrange(1, 999):03d}/{digits(rng, 5)}")
        cft = round(rng.uniform(40, 420), 1)
        p.pair("Species and volume", f"Hale (Wrightia tinctoria) - {cft} cft")
        wrap_pair(p, "From / to", "Kanakapura depot to Akkur Hosahalli, Channapatna")
        fee = float(round(cft * rng.choice([12, 15, 18])))
        p.pair("Permit fee", rs(fee))
        fdt = round(fee * 0.12, 2)
        p.pair("Forest development tax @ 12%", rs(fdt))
        j.amount = round(fee + fdt, 2)
        p.pair("Total remitted", rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method=pay_method(way))
        fee_refs(p, j, [("K2 challan ref. No.", TXN_RANK, f"CH{digits(rng, 14)}")])
        date_row(p, j, days, pats)
        foot = "Carry the printed permit with the timber; the check post verifies it online."
    elif frame == "ptax":
        p = browser_page(rng, font, "pt.kar.nic.in/ptonline/payment/status")
        p.part = "head"
        name = rng.choice(["Commercial Taxes Department, Karnataka", "Professional Tax, Karnataka"])
        top(p, name, merchant=name)
        p.add("small", "Government of Karnataka  |  Professional tax - e-payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        foot_status = False
        wrap_pair(p, "Name of employer", firm)
        p.pair("EC No.", f"{digits(rng, 10)}")
        p.pair("RC No.", f"{digits(rng, 10)}")
        staff = rng.randrange(12, 48)
        p.pair("Employer's PT 2026-27", rs(2500.0))
        p.pair(f"PT deducted from employees ({staff} x Rs 200)", rs(staff * 200.0))
        j.amount = 2500.0 + staff * 200.0
        p.pair("Total tax paid", rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method=pay_method(way))
        fee_refs(
            p,
            j,
            [
                ("e-Payment ref. No.", TXN_RANK, f"PT{digits(rng, 13)}"),
                ("UPI RRN", UTR_RANK, j.ref)
                if "UPI" in way
                else ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, days, pats)
        foot = "The employer's own tax is due by 30 April; the employees' by the 20th of the next month."
    elif frame == "factory":
        p = browser_page(rng, font, "ekarmika.karnataka.gov.in/factories/licence/renewal/receipt")
        p.part = "head"
        name = rng.choice(
            [
                "Department of Factories, Boilers, Industrial Safety and Health",
                "DEPARTMENT OF FACTORIES, BOILERS, INDUSTRIAL SAFETY AND HEALTH",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Labour Department, Government of Karnataka  |  Factory licence renewal")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Name of factory", STORE)
        wrap_pair(p, "Name of occupier", "Sri K. Puttaswamy, Director")
        p.pair("Licence No.", f"RMG/{digits(rng, 5)}")
        p.pair("HP installed", f"{rng.randrange(18, 60)} HP")
        p.pair("Workers", str(rng.randrange(20, 60)))
        lic = float(rng.choice([4000, 6000, 9000]))
        late = float(rng.choice([0, 0, 500, 1000]))
        p.pair("Licence fee 2026-27", rs(lic))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = lic + late
        p.pair(rng.choice(["Fee paid", "Total fee remitted"]), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method=pay_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"DFB{digits(rng, 12)}"),
                ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, days, pats)
        words = {"success": ok}
        foot = "Display the renewed licence at the workshop's entrance."
    elif frame == "bis":
        p = browser_page(rng, font, "manakonline.in/MANAK/payment/receiptView")
        p.part = "head"
        name = rng.choice(["Bureau of Indian Standards", "BUREAU OF INDIAN STANDARDS"])
        top(p, name, merchant=name)
        p.add("small", "Product certification - toys  |  Bengaluru Branch Office")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        foot_status = False
        wrap_pair(p, "Licensee", f"{firm}, Channapatna")
        p.pair("CM/L No.", f"{digits(rng, 10)}")
        p.pair("Standard", "IS 9873 (Part 1) : 2019")
        lic = 1000.0
        units = rng.randrange(8000, 60000, 500)
        mark = float(round(units * 0.25))
        p.pair("Annual licence fee", rs(lic))
        p.pair(f"Marking fee ({units:,} units x 0.25)", rs(mark))
        gst = round((lic + mark) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(lic + mark + gst, 2)
        p.pair("Total paid (incl. GST)", rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method=pay_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"BIS{digits(rng, 12)}"),
                ("Bank reference", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, days, pats)
        foot = "The licence stays in operation only while the marking fee is paid in time."
    elif frame == "fire":
        p = browser_page(rng, font, "ksfes.karnataka.gov.in/noc/renewal/challan")
        p.part = "head"
        name = rng.choice(
            ["Karnataka State Fire and Emergency Services", "KARNATAKA STATE FIRE AND EMERGENCY SERVICES"]
        )
        top(p, name, merchant=name)
        p.add("small", "Fire NOC renewal  |  Khajane-II e-challan")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Name of occupancy", f"{STORE} (lac melting and turning shed)")
        p.pair("Occupancy type", "Industrial - moderate hazard")
        p.pair("Built-up area", f"{rng.randrange(380, 1400)} sq m")
        renew = float(rng.choice([5000, 7500, 10000]))
        insp = float(rng.choice([1000, 1500, 2000]))
        p.pair("Fire NOC renewal fee", rs(renew))
        p.pair("Inspection fee", rs(insp))
        j.amount = renew + insp
        p.pair("Challan amount", rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method=pay_method(way))
        fee_refs(p, j, [("Khajane-II challan No.", INVOICE_RANK, f"CH{digits(rng, 14)}")])
        date_row(p, j, ["Challan generated on", "Generated on"], pats)
        words = {"pending": ["Challan generated - awaiting the bank's confirmation to Khajane-II"]}
        foot = "The NOC is renewed once the treasury confirms the remittance; check again after 24 hours."
    else:
        p = browser_page(rng, font, "kaveri.karnataka.gov.in/payment/e-receipt")
        p.part = "head"
        name = rng.choice(
            [
                "Department of Stamps and Registration, Karnataka",
                "STAMPS AND REGISTRATION DEPARTMENT, KARNATAKA",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Kaveri 2.0  |  Stamp duty and registration fee")
        p.add("rule")
        p.part = "body"
        p.pair("Document", "Lease deed - toy shop, 5 years")
        p.pair("Sub-registrar office", "Channapatna")
        p.pair("Application No.", f"CPT-{digits(rng, 4)}-{digits(rng, 6)}")
        wrap_pair(p, "Party (lessee)", firm)
        wrap_pair(p, "Party (lessor)", "Smt. Lakshmamma K.")
        duty = float(rng.choice([6000, 9000, 14000, 21000]))
        heads = [
            ("Stamp duty", duty),
            ("Surcharge on stamp duty", round(duty * 0.02)),
            ("Cess on stamp duty", round(duty * 0.10)),
            ("Registration fee", float(rng.choice([1500, 2500, 4000]))),
            ("Scanning fee", float(rng.choice([200, 300]))),
        ]
        for head, value in heads:
            p.pair(head, rs(float(value)))
        j.amount = float(sum(value for _, value in heads))
        p.pair(rng.choice(["Total paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method=pay_method(way))
        fee_refs(
            p,
            j,
            [
                ("Kaveri payment ref. No.", TXN_RANK, f"KV{digits(rng, 14)}"),
                ("Bank ref.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, days, pats)
        words = {"success": ok}
        foot = "Book a slot at the sub-registrar office within 30 days of this payment."
    if foot_status:
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Bharat Laghu Udyam Suraksha - workshop, lathes, lac and wood stock",
        "browser",
        "fire",
    ),
    (
        "Zurich Kotak General Insurance Co. (India) Ltd",
        "zurichkotak.com",
        "Shopkeepers' package - toy shop on the old B.M. road",
        "mail",
        "shop",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Goods in transit (inland) - toy cartons by road and air",
        "paper",
        "transit",
    ),
    (
        "ManipalCigna Health Insurance Co. Ltd",
        "manipalcigna.com",
        "Group health - workshop and shop staff",
        "browser",
        "health",
    ),
    ("ECGC Ltd", "ecgc.in", "Shipments (comprehensive risks) policy - toy exports", "mail", "export"),
    (
        "Acko General Insurance Ltd",
        "acko.com",
        "Commercial vehicle package - delivery van",
        "browser",
        "vehicle",
    ),
    (
        "Aditya Birla Health Insurance Co. Ltd",
        "adityabirlacapital.com",
        "Group personal accident - home finishers and turners",
        "mail",
        "gpa",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Product liability - wooden toys sold in India and abroad",
        "paper",
        "liability",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its workshop, lathes, lac and wood stock, its toy shop, its cartons on the road, its
    staff's health, its exports, its delivery van, its home finishers and turners and its toys' liability: the
    insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line,
    PREMIUM RECEIPT / Receipt of premium - original / ACKNOWLEDGEMENT OF PREMIUM PAID; the status first under the
    heading: Premium accepted - cover confirmed / Receipt issued - policy follows by e-mail / CHEQUE UNDER
    COLLECTION - RISK COVERED ONLY ON CLEARANCE / Premium not collected - card declined by issuer, no cover; then
    Proposer / Insured name / Name of the insured, Client ID, Intermediary code, Policy No. or Proposal No., Sum
    insured - building, lathes and stock / Sum insured - shop stock and fittings / Annual turnover declared /
    Members covered / Maximum liability on buyers / IDV (insured declared value) and Registration No. / Sum
    insured per artisan / Limit of indemnity - any one accident, Cover from, Net premium or OD premium and TP
    premium, an add-on (Earthquake and terrorism cover, Plate glass, Theft in transit, OPD cover, Buyer limit
    fee, Zero depreciation, Weekly compensation, Product recall extension), GST @ 18%; the sum at the bottom:
    Premium collected (incl. GST) / Total amount received / Gross premium paid / Cheque for / Premium due / Amount
    to be paid; Payment mode, Cheque No., Gateway txn No. / Transaction ref., UPI RRN / Bank ref., Receipt No. /
    Official receipt No., Date of receipt / Premium paid on / Collected on / Cheque received on / Attempted on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'customer', 'portal'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Ltd")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Premium receipt for your policy", "We have received your premium"],
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
            rng.choice(["Branch Office, Mysuru Road, Ramanagara", "Divisional Office, Jayanagar, Bengaluru"]),
        )
    p.add(
        "center",
        rng.choice(["PREMIUM RECEIPT", "Receipt of premium - original", "ACKNOWLEDGEMENT OF PREMIUM PAID"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium accepted - cover confirmed", "Receipt issued - policy follows by e-mail"],
            "pending": ["CHEQUE UNDER COLLECTION - RISK COVERED ONLY ON CLEARANCE"],
            "failed": ["Premium not collected - card declined by issuer, no cover"],
        },
    )
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(["Proposer", "Insured name", "Name of the insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    p.pair("Client ID", f"C{digits(rng, 9)}")
    p.pair("Intermediary code", f"{rng.choice(['BR', 'AG', 'DIR'])}{digits(rng, 7)}")
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['OG', 'GP', 'SP'])}-26-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 8)}",
        )
    else:
        p.pair("Proposal No.", f"PR{digits(rng, 12)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(6000000, 45000000, 100000))
        p.pair("Sum insured - building, lathes and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Earthquake and terrorism cover", round(insured * 0.00012, 2))
    elif kind == "shop":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - shop stock and fittings", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Plate glass", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(8000000, 40000000, 100000))
        p.pair("Annual turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Theft in transit", round(turnover * 0.00004, 2))
    elif kind == "health":
        members = rng.randrange(14, 44)
        p.pair("Members covered", f"{members} staff and family")
        basic = round(members * rng.uniform(7000, 11500), 2)
        addon = ("OPD cover", round(members * 650.0, 2))
    elif kind == "export":
        limit = float(rng.randrange(2000000, 12000000, 100000))
        p.pair("Maximum liability on buyers", rs(limit))
        basic = round(limit * rng.uniform(0.0025, 0.004), 2)
        addon = ("Buyer limit fee", float(rng.choice([1000, 1500, 2500])))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 920000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"KA-42-{code(rng, 1, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", float(rng.choice([16049, 27186])))]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "gpa":
        people = rng.randrange(40, 180)
        p.pair("Sum insured per artisan", rs(float(rng.choice([100000, 200000, 300000]))))
        p.pair("Artisans covered", str(people))
        basic = round(people * rng.uniform(180, 360), 2)
        addon = ("Weekly compensation", round(people * 35.0, 2))
    else:
        limit = float(rng.choice([5000000, 10000000, 20000000]))
        p.pair("Limit of indemnity - any one accident", rs(limit))
        basic = round(limit * rng.uniform(0.0015, 0.003), 2)
        addon = ("Product recall extension", round(limit * 0.0002, 2))
    if not j.no_day:
        p.pair("Cover from", f"{j.other_day(rng, 1, 8)} (one year)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Net premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    if status == "pending":
        pay = "Cheque"
    elif status == "failed":
        pay = rng.choice(["Debit card", "Credit card"])
    elif frame == "paper":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card", "Credit card"])
    p.pair("Payment mode", pay, method=pay_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'BD'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Gateway txn No.", "Transaction ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            elif pay == "Net banking":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref.", bref, txn=(BANK_RANK, bref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status != "failed":
            rno = f"{rng.choice(['R', 'OR'])}{digits(rng, 11)}"
            p.pair(rng.choice(["Receipt No.", "Official receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium paid on", "Collected on"],
            "pending": ["Cheque received on"],
            "failed": ["Attempted on"],
        }[status],
        PATS_IN,
    )
    p.add("rule")
    labels = {
        "success": ["Premium collected (incl. GST)", "Total amount received", "Gross premium paid"],
        "pending": ["Cheque for"],
        "failed": ["Premium due", "Amount to be paid"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.part = "foot"
    p.add(
        "small",
        "Cover begins only when the premium reaches the insurer; the policy wording governs the claim.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("GOMBEMANE TOY ANGADI", "OLD B.M. ROAD, CHANNAPATNA", "own"),
    ("SRI KENGAL FUELS (IOCL)", "NH-275, KENGAL", "fuel"),
    ("GOMBEMANE CRAFTS", "CHANNAPATNA 562160 KA", "own"),
    ("HOTEL CHAMUNDI RESIDENCY", "JLB ROAD, MYSURU", "hotel"),
    ("GOMBEMANE LACQUER WORKS", "AKKUR HOSAHALLI, CHANNAPATNA", "own"),
    ("AVENUE ROAD TOOLS & HARDWARE", "AVENUE ROAD, BENGALURU", "shop"),
    ("GOMBEMANE TOY ANGADI", "CHANNAPATNA KA", "own"),
    ("MADDUR VADE CORNER", "NH-275, MADDUR", "food"),
]
TERMINALS = [
    "KARNATAKA BANK",
    "INDIANOIL",
    "CANARA BANK",
    "HDFC BANK",
    "JANA SMALL FINANCE BANK",
    "INNOVITI",
    "YES BANK",
    "PINE LABS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers', schools' and painters' cards on the toy shop's, the company's and the workshop's terminals, and
    the company's card at a filling station on NH-275, a Mysuru hotel in the Dasara week, a tool shop on Avenue
    Road and a vade stall at Maddur: terminal slips (monospace: the terminal's bank or brand on top on some, the
    counter's name and place in capitals, TXN DT: and TM: / DATE TIME: / DT:, MID:, TID:, BATCH:, TRACE NO:, BILL
    NO: / INVOICE NO: / INV NO:, SALE / CARD SALE, the card, CARD:, AID:, TC:, TVR:, a fuel sale's FUEL:, RATE:,
    VOLUME:, NOZZLE:, ODOMETER: and VEH NO:, a hotel's FOLIO: and ROOM:, the sum (SALE AMT: / AMT INR: / SALE
    AMOUNT: / GRAND TOTAL:, or BASE AMT:, TIP: and TOTAL: on a tip), RET REF NO: / RRN:, APPR CODE: / AUTH ID:;
    APPROVED / TXN APPROVED / APPROVED - THANK YOU / SALE SUCCESSFUL / DECLINED - 51 INSUFFICIENT FUNDS / HOST NOT
    RESPONDING - STATUS UNKNOWN, CHECK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=900, high=96000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 18500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 650, 14500, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 160, 1800, 0.5)
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
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TM:", t)
        elif style == 1:
            p.pair("DATE TIME:", f"{d} {t[:5]}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INVOICE NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CARD SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        "CARD NO:" if rng.random() < 0.5 else "PAN:",
        f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair(
        "CARD:",
        {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead] + rng.choice([" CHIP", " CONTACTLESS", ""]),
    )
    p.pair("AID:", {"4": "A0000000031010", "5": "A0000000041010", "6": "A0000005241010"}[lead])
    if status == "success":
        p.pair("TC:", code(rng, 16, "0123456789ABCDEF"))
    p.pair("TVR:", code(rng, 10, "0123456789ABCDEF"))
    if kind == "fuel":
        rate = round(rng.uniform(101.2, 104.9), 2)
        p.pair("FUEL:", rng.choice(["HSD", "DIESEL", "XTRAGREEN"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
        p.pair("NOZZLE:", str(rng.randrange(1, 9)))
        p.pair("ODOMETER:", str(rng.randrange(18000, 160000)))
        p.pair("VEH NO:", f"KA42{code(rng, 1, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO:", digits(rng, 6))
        p.pair("ROOM:", str(rng.randrange(101, 418)))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    if kind == "food" and status == "success" and rng.random() < 0.7:
        tip = float(rng.choice([20, 30, 50, 100]))
        base = round(j.amount - tip, 2)
        p.pair("BASE AMT:", f"{mark}{base:,.2f}")
        p.pair("TIP:", f"{mark}{tip:,.2f}")
        p.pair("TOTAL:", f"{mark}{body}", amount=j.amount)
    else:
        lab = rng.choice(["SALE AMT:", "AMT INR:", "SALE AMOUNT:", "GRAND TOTAL:"])
        p.pair(lab, f"{mark}{body}", amount=j.amount)
    if not j.no_ref:
        p.pair(rng.choice(["RET REF NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU", "SALE SUCCESSFUL"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - STATUS UNKNOWN, CHECK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, DTH, postpaid


BILLERS = [
    ("BESCOM", "Bangalore Electricity Supply Company Ltd", "Account ID"),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Account No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Customer ID"),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
]
BILL_APPS = [
    "BESCOM",
    "Bajaj Finserv",
    "KBL Mobile Plus",
    "Freecharge",
    "BESCOM",
    "Airtel Thanks",
    "POP",
    "super.money",
]
BILL_WHICH = [0, 1, 0, 2, 0, 0, 3, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the shop's electricity (BESCOM), the office fibre (ACT Fibernet, Airtel Xstream Fiber),
    the shop's DTH (Tata Play) and the manager's postpaid phone (Jio) through Bharat Connect in KBL Mobile Plus and
    UPI apps (Bajaj Finserv, Freecharge, Airtel Thanks, POP, super.money: the app on top, the status above the sum
    large, Electricity board / Broadband provider / DTH operator / Mobile operator / Biller / Paid to biller as
    printed, Account ID / Account No. / Customer ID / Subscriber ID / Mobile No., RR No. on the power bills, Bill in
    the name of / Customer name, Bill date, Due date and Amount after due date on some, Paid from Current A/c or
    UPI, BBPS reference ID / Bharat Connect txn ref. / B-Connect Ref. No., UPI RRN, App txn ID on the failed one,
    Paid on / Payment date & time / Completed at / Transaction date & time; Bill paid - biller has confirmed /
    Payment successful - updated with the biller / Pending with the biller - confirmation within 2 working days /
    Failed - could not reach the biller, money will be refunded) and BESCOM's own online payment receipt (BESCOM,
    Bangalore Electricity Supply Company Ltd or its capitals on top with its Government of Karnataka undertaking
    line, the status first: Payment successful / Bill payment received - thank you, Account ID, RR No., Sub
    division, Tariff, Name of consumer, Units consumed, Bill date, Amount paid / Payment received, Paid through,
    Transaction ID, Bank ref. No., Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=3500, high=62000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 699, 3999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 349, 1499, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 399, 1999, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": f"{rng.randrange(1000, 9999)}{digits(rng, 6)}",
        "Account No.": f"{rng.choice(['1', '2'])}{digits(rng, 9)}",
        "Customer ID": f"{digits(rng, 10)}",
        "Subscriber ID": f"{rng.choice(['10', '11', '13'])}{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "BESCOM":
        p = browser_page(rng, font, "bescom.karnataka.gov.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Karnataka undertaking  |  Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment received - thank you"]})
        p.pair(idlab, ids)
        p.pair("RR No.", f"CPT{rng.randrange(1, 40)}{code(rng, 2, UPPER)}{rng.randrange(100, 9999)}")
        p.pair("Sub division", rng.choice(["Channapatna O&M-1", "Channapatna O&M-2 (Kengal)"]))
        p.pair("Tariff", rng.choice(["LT-5 (industrial)", "LT-3 (commercial)"]))
        wrap_pair(p, "Name of consumer", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Units consumed", f"{rng.randrange(400, 6800):,} kWh")
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -22, -6))
        p.pair(rng.choice(["Amount paid", "Payment received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "RuPay debit card"])
        p.pair("Paid through", way, method=pay_method(way))
        if not j.no_ref:
            tid = f"BES{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking":
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = digits(rng, 11)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your account ID within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid - biller has confirmed", "Payment successful - updated with the biller"],
            "pending": ["Pending with the biller - confirmation within 2 working days"],
            "failed": ["Failed - could not reach the biller, money will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = rng.choice(
        [
            {0: "Electricity board", 1: "Broadband provider", 2: "Broadband provider", 3: "DTH operator"}.get(
                which, "Mobile operator"
            ),
            "Biller",
            "Paid to biller",
        ]
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    if which == 0:
        p.pair("RR No.", f"CPT{rng.randrange(1, 40)}{code(rng, 2, UPPER)}{rng.randrange(100, 9999)}")
    wrap_pair(
        p,
        rng.choice(["Bill in the name of", "Customer name"]),
        rng.choice([COMPANY_CAPS, STORE.upper(), SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -20, -4))
        p.pair("Due date", j.other_day(rng, 3, 14))
        if which == 0:
            p.pair("Amount after due date", rs(round(j.amount * 1.0125, 2)))
    way = "Current A/c" if app == "KBL Mobile Plus" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:7])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Bajaj Finserv": "BJ",
                "Freecharge": "FC",
                "Airtel Thanks": "AT",
                "POP": "PO",
                "super.money": "SM",
            }.get(app, "KB")
            bc = f"{head}{j.date:%y}{j.date.timetuple().tm_yday:03d}{code(rng, 8, ALNUM)}"
            p.pair(
                rng.choice(["BBPS reference ID", "Bharat Connect txn ref.", "B-Connect Ref. No."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            p.pair("App txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Completed at"]
        if status == "success"
        else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "KANAKAPURA TIMBER DE",
    "JHALDA SHELLAC INDUS",
    "Peenya Toy Safety Testing Laboratory",
    "MYSURU ROAD CARGO MO",
    "HEBBAL LATHE & MOTOR",
    "MOHAMMED GHOUSE",
    "Mysuru Natural Colours",
    "KENGAL DUST EXTRACTI",
]
SENDERS = {
    "Karnataka Bank": "AX-KBLBNK",
    "State Bank of India": "JD-SBIINB",
    "Ujjivan Small Finance Bank": "VM-UJJIVN",
    "Jana Small Finance Bank": "BP-JANABK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-KBLBNK /
    JD-SBIINB / VM-UJJIVN / BP-JANABK, the day divider, each bank's own wording: Karnataka Bank's "INR x paid from
    A/c XX1234 on <day> via <way> in favour of <payee>.", State Bank of India's "Your A/c X1234 debited by Rs.x on
    <day>, <way> transfer to <payee>.", Ujjivan Small Finance Bank's "A/c ..1234 debited with Rs x on <day> for
    <way> payment to <payee>.", Jana Small Finance Bank's UPI "You paid Rs.x to <payee> from A/c **1234 on <day>
    via UPI."; a transfer that "was RETURNED by the beneficiary bank - amount re-credited to your A/c." and one
    that "is PENDING at the beneficiary bank - do not initiate it again.", the Bal: line) and two e-mail debit
    alerts (Karur Vysya Bank, RBL Bank: the payee first, Beneficiary name / Paid to / Credited to, then Amount
    (INR) / Transferred amount, Date of transaction / Value date, Debit account, Channel, UTR / IMPS RRN,
    Available balance, Transaction status: Success / Outcome: Amount debited and credited to the beneficiary
    bank)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=8000, high=340000)
    to = ALERT_PAYEES[k]
    if k == 5:
        j.amount = rupees(rng, 2400, 18000, 0.8)
    elif k == 3:
        j.amount = rupees(rng, 5000, 36000)
    elif k == 7:
        j.amount = rupees(rng, 8000, 34000)
    if k in (2, 6):
        bank = "Karur Vysya Bank" if k == 2 else "RBL Bank"
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer", "Transaction alert for your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the funds transfer below was made from your current account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid to", "Credited to"]), to, merchant=to)
        p.pair(rng.choice(["Amount (INR)", "Transferred amount"]), rs(j.amount), amount=j.amount)
        date_row(p, j, ["Date of transaction", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Debit account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 60000, 2800000)))
        p.add(
            "left",
            rng.choice(
                [
                    "Transaction status: Success",
                    "Outcome: Amount debited and credited to the beneficiary bank",
                ]
            ),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Not done by you? Call the 24 x 7 helpline and block your internet banking.")
        return p.done()
    if k == 5:
        way = "UPI"
    elif k == 3:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = {
        0: "Karnataka Bank",
        1: "State Bank of India",
        3: "Ujjivan Small Finance Bank",
        5: "Jana Small Finance Bank",
    }.get(k, rng.choice(["Karnataka Bank", "State Bank of India", "Ujjivan Small Finance Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%d %b %Y", "%A"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%y", "%d.%m.%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Jana Small Finance Bank":
            p.add("left", f"You paid Rs.{amt} to {to}", amount=j.amount, merchant=to)
            p.add("left", f"from A/c **{tail}{on} via UPI.", method=method)
        elif bank == "Karnataka Bank":
            p.add("left", f"INR {amt} paid from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"via {way} in favour of {to}.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add("left", f"Your A/c X{tail} debited by Rs.{amt}{on},", amount=j.amount)
            p.add("left", f"{way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"A/c ..{tail} debited with Rs {amt}{on}", amount=j.amount)
            p.add("left", f"for {way} payment to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was RETURNED by the beneficiary bank - amount re-credited to your A/c.",
            "pending": "is PENDING at the beneficiary bank - do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR", "UPI": "UPI Ref"}[way]
        p.add("left", f"{lab}: {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Jana Small Finance Bank":
            p.add("small", "Not you? SMS BLOCK to 9222 - Jana Bank", status="success")
        else:
            p.add("left", f"Bal: Rs {rupees(rng, 40000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["Not done by you? Call the bank at once", "Report a wrong debit at the branch"]),
            )
    p.add(
        "small",
        {
            "Karnataka Bank": "- Karnataka Bank",
            "State Bank of India": "- SBI",
            "Ujjivan Small Finance Bank": "- Ujjivan SFB",
        }.get(bank, "- Jana SFB"),
    )
    return p.done()


compose = compose158

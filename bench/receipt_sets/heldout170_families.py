"""The twelve heldout170 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an electric-vehicle charging network operator's day in 2026 (UrjaGati Charge Networks
Pvt Ltd, trading as UrjaGati Charge, with hubs at Bengaluru, Pune and Jaipur and public chargers at malls, tech parks,
food plazas and highway stops), told by the proofs of payment it receives and makes: drivers paying for charging
sessions from their UPI apps, the stations' merchant apps that hear those payments, the operator's own app and the
wallets drivers pay from, card slips at the staffed hubs, fleet customers' payment advices and virtual-account
credits, payment links for RFID cards and prepaid credits, the charger makers paid by RTGS and by SWIFT, the site
hosts' rent and licence fee receipts, the stations' electricity, the electrical inspectorate's and the cities'
fees, the installers' and civil contractors' bills and the bank's SMS alerts. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers,
session ids, chargers, connectors, vehicles, kWh, tariffs, invoice lists, exchange rates, INR equivalents, charges,
TDS, retention and GST lines, purchase and work orders, virtual accounts, consumer and account ids, heads of account,
application and licence numbers, periods, settlement days, cheque numbers, MID, TID, batch, trace and the payer's
own details carry no fact. ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen, handle
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEX = "0123456789abcdef"

COMPANY = "UrjaGati Charge Networks Pvt Ltd"
COMPANY_CAPS = "URJAGATI CHARGE NETWORKS PRIVATE LIMITED"
BRAND = "UrjaGati Charge"
# hub, address, GST state code
HUBS = [
    ("Bengaluru", "No. 14, 80 Feet Road, Koramangala, Bengaluru - 560034", "29"),
    ("Pune", "Office 6B, Baner-Pashan Link Road, Pune - 411045", "27"),
    ("Jaipur", "G-12, Malviya Industrial Area, Jaipur - 302017", "08"),
]
# station, its hub
STATIONS = [
    ("NH48 Nelamangala", 0),
    ("Whitefield Mall Parking", 0),
    ("Electronic City Phase 1", 0),
    ("Hinjewadi Phase 2", 1),
    ("Khalapur Food Plaza", 1),
    ("Baner Highstreet", 1),
    ("NH48 Shahpura", 2),
    ("Ajmer Road Hub", 2),
]
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
    "%Y-%m-%d",
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Canara Bank",
    "Bank of Baroda",
    "YES Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "YES Bank": "YESB",
}
DRIVERS = [
    "Ravi Kumar",
    "Sneha Kulkarni",
    "Mohammed Irfan",
    "Pooja Sharma",
    "Kiran Hegde",
    "Aditya Deshpande",
    "Neha Rathore",
    "Suresh Babu",
    "Ankit Meena",
    "Divya Shetty",
]
VEHICLES = ["Tata Nexon EV", "MG ZS EV", "Tata Tiago.ev", "Mahindra XUV400", "BYD Atto 3", "Hyundai Creta EV"]
PLATES = {0: "KA", 1: "MH", 2: "RJ"}


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 1000,
        high: float = 200000,
        p_round: float = 0.5,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.hub = rng.randrange(3)
        self.ref = utr(rng, self.date)

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a cheque's, a due or settlement day): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def side(self, p: Screen, label: str, low: int, high: int) -> None:
        """A row with another day on it, left off the page that prints no day at all."""
        if not self.no_day:
            p.pair(label, self.other_day(p.rng, low, high))

    def month(self, back: int = 1) -> str:
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def date_row(
    p: Screen, j: Job, labels: list[str], pats: list[str] | None = None, *, hour: bool = False
) -> None:
    """The payment's day under one of ``labels``, none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = stamp(rng, j.date, pats or PATS) if hour else j.day(rng, pats)
    wrap_pair(p, rng.choice(labels), text, date=j.date)


def neft_ref(rng: random.Random, j: Job, head: str) -> str:
    """A NEFT UTR: 16 characters (SBIN426170123456 style) or 22 spelling the day (never on a page with no day)."""
    if j.no_day or rng.random() < 0.5:
        return neft_utr(head, rng, j.date)
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def rtgs_ref(rng: random.Random, j: Job, head: str) -> str:
    if j.no_day:
        return f"{head}RC{digits(rng, 16)}"
    return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"


def bank_ref(rng: random.Random, j: Job, way: str, bank: str) -> str:
    """The reference a way of paying carries: a NEFT or RTGS UTR, else the 12-digit IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way == "NEFT":
        return neft_ref(rng, j, head)
    if way == "RTGS":
        return rtgs_ref(rng, j, head)
    return j.ref


def letterhead(
    p: Screen, name: str, sub: str, address: str, state: str, kinds: list[str], *, merchant: bool = True
) -> None:
    """A business on top of its paper: its line, address, GSTIN and phone (never an id), the document's kind."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", address)
    p.add("small", f"GSTIN: {gstin(rng, state)}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ours(rng: random.Random) -> str:
    return rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS, f"M/s {BRAND}"])


def station_name(rng: random.Random, k: int) -> str:
    return STATIONS[k % len(STATIONS)][0]


def plate(rng: random.Random, hub: int) -> str:
    return f"{PLATES[hub]} {rng.randrange(1, 54):02d} {code(rng, 2, UPPER)} {digits(rng, 4)}"


def session_id(rng: random.Random, j: Job) -> str:
    return f"CS{digits(rng, 3)}-{code(rng, 6, ALNUM)}"


# ---------------------------------------------------------------- 1. drivers' UPI apps


DRIVER_APPS = ["Google Pay", "PhonePe", "Paytm", "BHIM", "CRED", "Amazon Pay", "Navi", "super.money"]
APP_BANDS = {
    "PhonePe": (95, 37, 159),
    "Paytm": (0, 46, 110),
    "BHIM": (247, 130, 34),
    "CRED": (20, 20, 24),
    "Amazon Pay": (35, 47, 62),
    "Navi": (30, 80, 200),
}
# app: payee labels, UTR-rank labels, its own id's label (or None), its handles
APP_LABELS = {
    "Google Pay": (
        ["To", "Paid to"],
        ["UPI transaction ID"],
        "Google transaction ID",
        ["okaxis", "okhdfcbank"],
    ),
    "PhonePe": (["Paid to", "Paying to"], ["UTR", "UTR No."], "Transaction ID", ["ybl", "ibl"]),
    "Paytm": (["Paid Successfully to", "Paid to"], ["UPI Reference No.", "UPI Ref No"], "Order ID", ["ptys"]),
    "BHIM": (["Payee", "Paid to"], ["UPI Ref. No.", "UPI Ref No"], None, ["upi"]),
    "CRED": (["paid to", "to"], ["UPI transaction ID", "UTR"], "CRED txn ID", ["axisb"]),
    "Amazon Pay": (
        ["Paid to", "Payment to"],
        ["UPI Ref ID", "UPI Reference ID"],
        "Amazon Pay txn ID",
        ["apl"],
    ),
    "Navi": (["Sent to", "Paid to"], ["UPI ref no.", "UTR"], None, ["naviaxis"]),
    "super.money": (["To", "Paid to"], ["UTR number", "UPI Ref No"], "Transaction ID", ["superyes"]),
}


def driver_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A driver paying for a charging session from a UPI app after scanning the charger's QR (Google Pay, PhonePe,
    Paytm, BHIM, CRED, Amazon Pay, Navi, super.money; one app each): the sum large, the station or the operator
    under To / Paid to / Paying to / Paid Successfully to / Payee / paid to / Payment to / Sent to with its UPI ID
    and, on some, Banking name; a note (Charging - <plate> - n kWh / Session CS...); UPI transaction ID / UTR / UTR
    No. / UPI Reference No. / UPI Ref. No. / UPI Ref ID / UPI ref no. / UTR number; the app's own Google transaction
    ID / Transaction ID / Order ID / CRED txn ID / Amazon Pay txn ID on some; Debited from / Paid from; the day
    unlabelled under the sum or under Completed / Paid on / Date & time / Attempted on / Initiated on."""
    k = place("driver_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=90, high=1500, p_round=0.6)
    app = DRIVER_APPS[k]
    payee_labels, ref_labels, own_label, banks = APP_LABELS[app]
    if status != "success":
        payee_labels = ["To", "Paying to"]
    station = station_name(rng, rng.randrange(8))
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    to = rng.choice(
        [BRAND, f"UrjaGati - {station}", "URJAGATI CHARGE NETWORKS PVT LTD", f"UrjaGati {station}"]
    )
    if not fits(p, "center", to):
        to = BRAND
    rs = money(rng, font, 0.6)
    p.part = "head"
    band = APP_BANDS.get(app)
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI", "super.money": "super.money"}.get(app, app))
    p.add("gap")
    p.part = "body"
    words = {
        "success": {
            "Google Pay": ["Completed", "Payment successful"],
            "PhonePe": ["Transaction Successful", "Payment Successful"],
            "Paytm": ["Payment Successful", "Paid Successfully"],
            "BHIM": ["Transaction successful", "Success"],
            "CRED": ["payment successful", "paid successfully"],
            "Amazon Pay": ["Payment successful", "Paid"],
            "Navi": ["Payment successful", "Money sent"],
            "super.money": ["Payment done", "Paid successfully"],
        }[app],
        "failed": ["Payment failed", "Transaction declined - issuer bank unavailable"],
        "pending": ["Payment pending", "Processing - do not pay again", "Awaiting confirmation from bank"],
    }
    if app == "Google Pay":
        p.add("small", rng.choice(payee_labels))
        p.add("center", to, merchant=to)
        p.add("small", f"{handle(rng, to, banks)}", method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        if not j.no_day:
            p.add("small", stamp(rng, j.date, ["{d} %b %Y", "%d %b %Y"]), date=j.date)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        if app == "PhonePe" and not j.no_day:
            p.add("small", stamp(rng, j.date, ["{d} %b %Y", "%d %b %Y"]), date=j.date)
        p.add("small", rng.choice(payee_labels))
        p.add("center", to, merchant=to)
        vpa = handle(rng, to, banks)
        p.add("small", rng.choice([f"UPI ID: {vpa}", vpa, f"VPA {vpa}"]), method="UPI")
    if rng.random() < 0.4:
        p.add("small", "Banking name: URJAGATI CHARGE NETWORKS PVT LTD")
    if status == "failed":
        p.add("small", "Any amount debited will be refunded to your account in 3-5 working days.")
    if status == "pending":
        p.add("small", "Don't start the charger again until this payment is confirmed.")
    p.add("rule")
    kwh = round(j.amount / rng.uniform(17, 24), 2)
    p.pair(
        rng.choice(["Note", "Message", "Remarks"]),
        rng.choice([f"Charging {kwh} kWh", f"{plate(rng, j.hub)} charging", f"Session {session_id(rng, j)}"]),
    )
    if not j.no_ref:
        if status != "failed" or rng.random() < 0.5:
            wrap_pair(p, rng.choice(ref_labels), j.ref, txn=(UTR_RANK, j.ref))
        if own_label and (rng.random() < 0.7 or status == "failed"):
            own = {
                "Google Pay": f"CICAgK{code(rng, 10, ALNUM)}",
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "CRED": f"CR{digits(rng, 14)}",
                "Amazon Pay": f"P0{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
                "super.money": f"SM{digits(rng, 16)}",
            }[app]
            wrap_pair(p, own_label, own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "Paid from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    if app not in ("Google Pay", "PhonePe"):
        labels = {
            "success": ["Completed", "Paid on", "Date & time", "Transaction date"],
            "failed": ["Attempted on"],
            "pending": ["Initiated on"],
        }[status]
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Need help? Raise a query"]))
    return p.done()


# ---------------------------------------------------------------- 2. the stations' merchant apps


MERCHANT_APPS = [
    "PhonePe Business",
    "Paytm for Business",
    "BharatPe",
    "Google Pay for Business",
    "PhonePe Business",
    "HDFC SmartHub Vyapar",
    "Paytm for Business",
    "BharatPe",
]
MERCHANT_BANDS = {
    "PhonePe Business": (95, 37, 159),
    "Paytm for Business": (0, 46, 110),
    "BharatPe": (0, 140, 130),
}


def station_qr(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A driver's payment as the station's merchant app shows it (PhonePe Business, Paytm for Business, BharatPe,
    Google Pay for Business, HDFC SmartHub Vyapar): the store on top or under Store / Outlet / Business name /
    Received in, Today's collection (another sum) on some, Payment received / Received / Money received /
    Payment failed - customer's bank declined / Payment in progress - don't start the session yet, the sum large,
    Received from / From / Customer / Paid by the driver and the driver's UPI ID, the charger (DC-02 CCS2), UPI Ref
    No. / UTR / RRN / Bank RRN, Transaction ID / Order ID / Txn ID, Settlement (instant, T+1 or a later day),
    Received on / Date & time / Paid at."""
    k = place("station_qr")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=120, high=2400, p_round=0.6)
    app = MERCHANT_APPS[k]
    station = station_name(rng, k)
    store = rng.choice([f"UrjaGati - {station}", f"URJAGATI CHARGE {station.upper()}", f"UrjaGati {station}"])
    driver = rng.choice(DRIVERS)
    rs = money(rng, font, 0.6)
    p = phone_page(rng, font, k, ["Payments", "Transaction details", "Payment history", ""])
    p.part = "head"
    band = MERCHANT_BANDS.get(app)
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", app if fits(p, "title", app) else app.split()[0])
    if not fits(p, "center", store):
        store = f"UrjaGati {station}"
    on_top = rng.random() < 0.5
    if on_top:
        p.add("center", store, merchant=store)
    if rng.random() < 0.4:
        p.add("small", f"Today's collection: {rs(rupees(rng, 8000, 60000, 0.3))}")
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received", "Received", "Money received"],
            "failed": ["Payment failed - customer's bank declined"],
            "pending": ["Payment in progress - don't start the session yet"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if not on_top:
        wrap_pair(p, rng.choice(["Store", "Outlet", "Business name", "Received in"]), store, merchant=store)
    wrap_pair(p, rng.choice(["Received from", "From", "Customer", "Paid by"]), driver)
    vpa = handle(rng, driver, ["okicici", "ybl", "paytm", "oksbi", "axl"])
    p.pair(rng.choice(["Customer UPI ID", "Payer VPA", "UPI ID"]), vpa, method="UPI")
    p.pair(
        rng.choice(["Charger", "Device"]),
        f"DC-{rng.randrange(1, 9):02d} {rng.choice(['CCS2', 'CHAdeMO', 'Type 2 AC'])}",
    )
    if not j.no_ref:
        if status != "failed":
            lab = rng.choice(["UPI Ref No.", "UTR", "RRN", "Bank RRN"])
            p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        own = {
            "PhonePe Business": f"T{digits(rng, 22)}" if j.no_day else f"T{j.date:%y%m%d}{digits(rng, 16)}",
            "Paytm for Business": digits(rng, 20),
            "BharatPe": f"BP{digits(rng, 12)}",
            "Google Pay for Business": f"CICAgK{code(rng, 10, ALNUM)}",
            "HDFC SmartHub Vyapar": f"SHV{digits(rng, 12)}",
        }[app]
        wrap_pair(p, rng.choice(["Transaction ID", "Order ID", "Txn ID"]), own, txn=(TXN_RANK, own))
    if status == "success":
        if j.no_day or rng.random() < 0.5:
            p.pair("Settlement", rng.choice(["Instant to bank XX" + digits(rng, 4), "T+1 to bank account"]))
        else:
            j.side(p, rng.choice(["Settlement date", "Settles on"]), 1, 3)
    date_row(
        p,
        j,
        {
            "success": ["Received on", "Date & time", "Paid at"],
            "failed": ["Attempted on", "Date & time"],
            "pending": ["Initiated on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Share receipt  |  Refund", "Soundbox announced this payment", "Help"]))
    return p.done()


# ---------------------------------------------------------------- 3. the operator's app and the wallets


WALLET_FRAMES = ["session", "topup", "wallet", "session", "mail", "wallet", "topup", "wallet"]
WALLETS = {2: "Paytm Wallet", 5: "Amazon Pay balance", 7: "MobiKwik wallet"}


def app_wallet(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A driver's charging paid inside the operator's app or from a wallet: the UrjaGati Charge app's charging
    session receipt (two) and its e-mailed copy (one: the operator on top, Station, Charger and connector, Vehicle,
    Session ID, Started / Stopped hours, Energy delivered n kWh x rate, Idle fee, Sub total, GST @ 18%, Total /
    Amount paid / Amount debited, Paid from UrjaGati wallet or a saved card, Wallet txn ID / Payment ID, Wallet
    balance), a top-up of the operator's wallet (two: Wallet top-up successful / Top-up pending - will reflect in
    30 minutes, the sum large, Added to UrjaGati wallet, Paid via UPI / card / net banking, UPI Ref No. / Payment ID
    / Bank Ref No., New balance) and three wallet apps paying the operator (Paytm Wallet, Amazon Pay balance,
    MobiKwik wallet: Paid to / Payment to, Paid using / Paid from / Source the wallet, Wallet Txn ID / Order ID /
    Transaction ID; Payment failed - insufficient wallet balance)."""
    k = place("app_wallet")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=150, high=2600, p_round=0.3)
    frame = WALLET_FRAMES[k]
    rs = money(rng, font, 0.5)
    station = station_name(rng, rng.randrange(8))
    if frame in ("session", "mail"):
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{BRAND} <receipts@urjagati.in>",
                [
                    f"Your charging receipt - {station}",
                    "Charging session receipt",
                    "Thanks for charging with us",
                ],
            )
        else:
            p = phone_page(rng, font, k, ["Session receipt", "Charging history", "Receipt"])
        p.part = "head"
        name = rng.choice([BRAND, "UrjaGati", BRAND.upper()]) if frame != "mail" else BRAND
        p.add("title", name, merchant=name)
        p.add("small", rng.choice(["Charging session receipt", "Tax invoice - charging service"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Paid", "Session completed - paid"]},
        )
        wrap_pair(p, "Station", f"UrjaGati - {station}")
        p.pair(
            rng.choice(["Charger", "Charge point"]),
            f"DC-{rng.randrange(1, 9):02d} / {rng.choice(['CCS2', 'CCS2 Gun 2', 'Type 2'])}",
        )
        p.pair("Vehicle", f"{rng.choice(VEHICLES)}  {plate(rng, j.hub)}")
        p.pair("Session ID", session_id(rng, j))
        begin = dt.datetime(2026, 1, 1, rng.randrange(6, 21), rng.randrange(60))
        end = begin + dt.timedelta(minutes=rng.randrange(18, 95))
        p.pair("Started / Stopped", f"{begin:%H:%M} - {end:%H:%M}")
        rate = float(rng.choice([18, 19.5, 21, 22, 24]))
        kwh = round(rng.uniform(6, 62), 2)
        energy = round(kwh * rate, 2)
        p.pair(f"Energy {kwh} kWh x {rate:g}", rs(energy))
        idle = float(rng.choice([0, 0, 30, 50]))
        if idle:
            p.pair("Idle fee", rs(idle))
        sub = energy + idle
        gst = round(sub * 0.18, 2)
        p.pair("Sub total", rs(sub))
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(sub + gst, 2)
        p.pair(rng.choice(["Total", "Amount paid", "Amount debited"]), rs(j.amount), amount=j.amount)
        card = frame == "session" and k == 3
        p.pair(
            rng.choice(["Paid from", "Payment mode"]),
            f"Saved card {masked(rng, font)}" if card else "UrjaGati wallet",
            method="card" if card else "wallet",
        )
        if not j.no_ref:
            pid = f"WTX{digits(rng, 12)}" if not card else f"pay_{code(rng, 14, ALNUM)}"
            p.pair("Wallet txn ID" if not card else "Payment ID", pid, txn=(TXN_RANK, pid))
            if card:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if not card:
            p.pair("Wallet balance", rs(rupees(rng, 40, 3000, 0.3)))
        date_row(p, j, ["Date", "Paid on", "Charged on"], hour=True)
        p.part = "foot"
        p.add(
            "small", rng.choice(["Rate this session", "Report a charger issue", "GSTIN on the invoice PDF"])
        )
        return p.done()
    if frame == "topup":
        p = phone_page(rng, font, k, ["Wallet", "Add money", ""])
        p.part = "head"
        name = rng.choice([BRAND, "UrjaGati"])
        p.add("title", name, merchant=name)
        p.add("gap")
        p.part = "body"
        j.amount = float(rng.choice([200, 300, 500, 1000, 1500, 2000, 2500]))
        outcome_row(
            p,
            status,
            {
                "success": ["Wallet top-up successful", "Money added"],
                "pending": ["Top-up pending - will reflect in 30 minutes"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Added to UrjaGati wallet")
        way = rng.choice(["UPI", "card", "netbanking"]) if status == "success" else "UPI"
        p.pair(
            rng.choice(["Paid via", "Payment method"]),
            {"UPI": "UPI", "card": f"Debit card {masked(rng, font)}", "netbanking": "Net banking"}[way],
            method=way,
        )
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            pid = f"pay_{code(rng, 14, ALNUM)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair("New balance", rs(j.amount + rupees(rng, 10, 900, 0.5)))
        date_row(p, j, ["Date & time", "Added on"] if status == "success" else ["Initiated on"], hour=True)
        return p.done()
    wallet = WALLETS[k]
    p = phone_page(rng, font, k, ["", "Payment details", "Passbook"])
    p.part = "head"
    app = wallet.split()[0] if wallet != "Amazon Pay balance" else "Amazon Pay"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully"],
            "failed": ["Payment failed - insufficient wallet balance"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    to = rng.choice([BRAND, f"UrjaGati - {station}"])
    if not fits(p, "center", to):
        to = BRAND
    p.add("small", rng.choice(["Paid to", "Payment to"]))
    p.add("center", to, merchant=to)
    p.pair(rng.choice(["Paid using", "Paid from", "Source"]), wallet, method="wallet")
    if not j.no_ref:
        wid = {2: digits(rng, 11), 5: f"P0{digits(rng, 2)}-{digits(rng, 7)}", 7: f"MBK{digits(rng, 12)}"}[k]
        p.pair(rng.choice(["Wallet Txn ID", "Transaction ID", "Order ID"]), wid, txn=(TXN_RANK, wid))
    p.pair(rng.choice(["Wallet balance", "Balance left"]), rs(rupees(rng, 10, 800, 0.5)))
    date_row(p, j, ["Date & time", "Paid on"] if status == "success" else ["Attempted on"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 4. card slips at the staffed hubs


COUNTERS = [
    ("URJAGATI CHARGE HUB", "NH48 NELAMANGALA"),
    ("URJAGATI CHARGE NETWORKS PVT LTD", "KHALAPUR FOOD PLAZA"),
    ("URJAGATI FAST CHARGE", "NH48 SHAHPURA"),
    ("URJAGATI - HINJEWADI PH 2", "PUNE"),
    ("URJAGATI CHARGE LOUNGE", "WHITEFIELD BENGALURU"),
    ("UGC AJMER ROAD HUB", "JAIPUR"),
    ("URJAGATI CHARGE HUB", "ELECTRONIC CITY"),
    ("URJAGATI EV POINT", "BANER PUNE"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "MSWIPE",
    "WORLDLINE",
    "ICICI MERCHANT SERVICES",
    "EZETAP",
    "HDFC BANK",
    "PAYTM EDC",
    "AXIS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Drivers paying at a staffed hub's counter: the terminal's slip (PINE LABS, MSWIPE, WORLDLINE, ICICI MERCHANT
    SERVICES, EZETAP, HDFC BANK, PAYTM EDC, AXIS; monospace): the maker on top on some, the hub's name and town in
    capitals, DATE: .. TIME: on one row or DT: / TM:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE NO: / INV NO: /
    BILL NO:, SALE or UPI SALE, CARD NO: / CARD:, CARD TYPE:, PAYER VPA: on the UPI slip, APPR CODE: / AUTH CODE:,
    RRN: / REF NO:, CHARGER: DC-n and KWH: n on some, AMOUNT: / TOTAL: / SALE AMT:; APPROVED / TXN SUCCESSFUL /
    DECLINED with RESP CODE / TXN TIMEOUT - STATUS UNKNOWN."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=180, high=1700, p_round=0.3)
    name, town = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%b%y", "%Y-%m-%d"]), upper=True)
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5 and fits(p, "left", f"DATE: {d}  TIME: {t}"):
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if rng.random() < 0.5:
        p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    inv = f"{rng.randrange(1, 9999):06d}"
    if not j.no_ref:
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    upi = k == 5
    if upi:
        p.add("center", "UPI SALE")
        p.pair("PAYER VPA:", handle(rng, rng.choice(DRIVERS), ["okaxis", "ybl", "oksbi"]), method="UPI")
    else:
        p.add("center", "SALE")
        card_label = rng.choice(["CARD NO:", "CARD:"])
        p.pair(card_label, f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"]))
        p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "TAP"]))
    if status == "success" and not j.no_ref and not upi:
        appr = digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if rng.random() < 0.6:
        p.pair("CHARGER:", f"DC-{rng.randrange(1, 9):02d} GUN-{rng.randrange(1, 3)}")
        p.pair("KWH:", f"{round(j.amount / rng.uniform(19, 26), 2):.2f}")
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", "PIN VERIFIED OK" if not upi else "PAID VIA UPI")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 05 DO NOT HONOUR"]))
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "DO NOT RETRY - CHECK WITH BANK")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** DRIVER COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 5. fleet customers


FLEETS = [
    ("Zoomride Electric Cabs Pvt Ltd", "ap@zoomride.in"),
    ("Ekam Last Mile Logistics Pvt Ltd", "payables@ekamlogistics.com"),
    ("Sahyadri eBus Operations Pvt Ltd", "accounts@sahyadriebus.in"),
    ("GreenKart Deliveries LLP", "vendorpay@greenkart.co.in"),
    ("Metroline Airport Cabs", "finance@metrolinecabs.in"),
    ("Pink City eRickshaw Fleet Pvt Ltd", "ap@pinkcityerick.in"),
]
FLEET_FRAMES = ["mail", "va", "portal", "mail", "va", "sap", "mail", "va"]
VA_BANKS = [
    ("ICICI Bank", "eCollect"),
    ("HDFC Bank", "e-Collect"),
    ("YES Bank", "Smart Collect"),
    ("Axis Bank", "VAN"),
]


def fleet_payments(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Fleet customers paying for their cars', vans' and buses' charging: their payment advices (e-mails, a vendor
    portal page, a printed SAP REMITTANCE ADVICE: the fleet on top, the operator under Payee / Vendor / Beneficiary,
    Vendor code, the operator's charging invoices (kWh, month), Less: TDS u/s 194C @ 2% / 194Q @ 0.1%, Less: Downtime
    credit note, Net amount paid / Amount paid / Net payment, Payment mode NEFT / RTGS / IMPS, UTR / UTR No. / RTGS
    UTR, Payment document / Payment No., Payment date / Value date / Scheduled on / Rejected on) and the bank's
    virtual-account credit advices (ICICI eCollect, HDFC e-Collect, YES Smart Collect, Axis VAN; a browser or an
    e-mail: Beneficiary / Beneficiary name the operator, Virtual account No., Remitter / Remitter name the fleet,
    Remitter A/c, Amount / Amount credited, Mode, UTR / IMPS Ref No., Transaction reference, Credited on / Value date
    / Received on / Returned on)."""
    k = place("fleet_payments")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=60000, high=1400000)
    fleet, mail = rng.choice(FLEETS)
    frame = FLEET_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    payee = rng.choice([COMPANY, COMPANY_CAPS, BRAND])
    if frame == "va":
        bank, product = VA_BANKS[rng.randrange(4)]
        if rng.random() < 0.5:
            p = browser_page(
                rng, font, f"cib.{bank.split()[0].lower()}bank.com/collect/credits/{digits(rng, 9)}"
            )
        else:
            p = mail_page(
                rng,
                font,
                f"{bank} <{product.lower().replace(' ', '').replace('-', '')}@{bank.split()[0].lower()}bank.com>",
                ["Credit received in your virtual account", "Collection credit advice"],
            )
        p.part = "head"
        top(p, bank)
        p.add("small", f"{product} - virtual account collections")
        p.add("center", rng.choice(["Credit advice", "Virtual account credit advice", "Collection credit"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Credited", "Credited to your account"],
                "pending": ["Credit held - remitter not whitelisted"],
                "failed": ["Returned to remitter - invalid virtual account"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        p.pair("Virtual account No.", f"URJA{code(rng, 4, UPPER)}{digits(rng, 8)}")
        wrap_pair(
            p, rng.choice(["Remitter", "Remitter name"]), fleet.upper() if rng.random() < 0.5 else fleet
        )
        rbank = rng.choice(BANKS)
        p.pair("Remitter A/c", f"XXXXXX{digits(rng, 4)} ({IFSC[rbank]}0{digits(rng, 6)})")
        way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"])
        if way == "IMPS" and j.amount > 500000:
            way = "NEFT"
        p.pair(rng.choice(["Amount", "Amount credited"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way, rbank)
            p.pair(
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref)
            )
            if rng.random() < 0.5:
                tref = f"{code(rng, 2, UPPER)}{digits(rng, 11)}"
                p.pair("Transaction reference", tref, txn=(BANK_RANK, tref))
        date_row(
            p,
            j,
            {
                "success": ["Credited on", "Value date"],
                "pending": ["Received on"],
                "failed": ["Returned on"],
            }[status],
        )
        p.part = "foot"
        p.add("small", "Reconcile against the invoice numbers in the remitter's narration.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{fleet} <{mail}>",
            ["Payment advice", f"Payment released - {BRAND}", "Remittance advice - charging invoices"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, fleet)
    p.add("small", rng.choice(["Accounts payable", "Vendor payments", "Finance & accounts"]))
    p.add(
        "center",
        {"mail": "Payment Advice", "sap": "REMITTANCE ADVICE", "portal": "Supplier portal - payment details"}[
            frame
        ],
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', '30', 'SUP'])}{digits(rng, 6)}")
    p.add("left", rng.choice(["Invoices paid", "Documents settled"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        v = rupees(rng, 30000, 500000, 0.2)
        hub = HUBS[rng.randrange(3)][0][:3].upper()
        no = (
            f"UGC/{hub}/{fy(j.date)}/{rng.randrange(100, 2999)}"
            if not j.no_day
            else f"UGC/{hub}/{rng.randrange(10000, 99999)}"
        )
        kwh = f"{rng.randrange(2000, 40000):,} kWh"
        p.pair(f"{no} ({kwh})" if fits(p, "pair", f"{no} ({kwh}) {v:,.2f}    ") else no, rs(v))
        gross += v
    tds = 2.0 if rng.random() < 0.6 else 0.1
    cut = round(gross * tds / 100, 2)
    p.pair(f"Less: TDS u/s {'194C' if tds > 1 else '194Q'} @ {tds:g}%", rs(cut))
    credit = float(rng.choice([0, 0, 2400, 5600]))
    if credit:
        p.pair("Less: Downtime credit note", rs(credit))
    j.amount = round(gross - cut - credit, 2)
    p.pair(rng.choice(["Net amount paid", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, way, bank)
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', '47'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document", "Payment No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid", "Status: Processed"],
            "pending": ["On hold - bank details under verification"],
            "failed": ["Rejected by bank - account closed"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date"],
            "pending": ["Scheduled on", "Initiated on"],
            "failed": ["Rejected on"],
        }[status],
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 6. payment links


GATEWAYS = [
    "Razorpay",
    "Cashfree",
    "PayU",
    "CCAvenue",
    "Easebuzz",
    "Instamojo",
    "Razorpay mail",
    "PhonePe PG",
]
LINK_ITEMS = [
    ("RFID charging cards x {n}", 250, 400),
    ("Fleet prepaid credits - {n},000 kWh", 17000, 21000),
    ("Monthly charging pass - {n}00 kWh", 1900, 2300),
    ("Home charger site survey", 1200, 1200),
    ("Charging credits top-up ({n} vehicles)", 3000, 5200),
]


def payment_links(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Drivers and small fleets paying the operator through payment links and checkout pages (Razorpay, Cashfree,
    PayU, CCAvenue, Easebuzz, Instamojo, PhonePe PG; one Razorpay e-mail receipt): the operator on top or under
    Paying to, RFID cards / prepaid credits / a monthly pass / a site survey, Paid by / Customer / Billed to / Name
    the payer, Amount paid / Total / the sum large, Payment method UPI / card / net banking / wallet, Payment ID
    (pay_...) / CF Payment ID / PayU ID / Tracking ID / Easebuzz ID / Transaction ID, Order ID / Order No., UPI RRN
    / UTR, Bank Ref No. / Bank Ref., Auth code, Paid on / Payment date / Transaction date; Payment successful / Paid /
    Payment received / Payment failed - bank declined / Payment pending confirmation."""
    k = place("payment_links")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    gw = GATEWAYS[k]
    rs = money(rng, font, 0.5)
    item, lo, hi = rng.choice(LINK_ITEMS)
    n = rng.randrange(2, 9)
    j.amount = round(n * rng.uniform(lo, hi) * (1.18 if "survey" not in item else 1.0), 2)
    if rng.random() < 0.5:
        j.amount = float(round(j.amount))
    label_item = item.format(n=n)
    payer = rng.choice(DRIVERS + [f.split(" Pvt")[0] for f, _ in FLEETS])
    if gw == "Razorpay mail":
        p = mail_page(
            rng,
            font,
            f"{BRAND} via Razorpay <no-reply@razorpay.com>",
            [f"Payment failed - {BRAND}"]
            if status == "failed"
            else [f"Payment successful for {BRAND}", "Your receipt"],
        )
    else:
        url = {
            "Razorpay": "rzp.io/rzp/",
            "Cashfree": "payments.cashfree.com/links/",
            "PayU": "u.payu.in/",
            "CCAvenue": "secure.ccavenue.com/transaction/",
            "Easebuzz": "pay.easebuzz.in/link/",
            "Instamojo": "imjo.in/",
            "PhonePe PG": "mercury.phonepe.com/transact/",
        }[gw]
        p = browser_page(rng, font, url + code(rng, 8, LOWER))
    p.part = "head"
    name = rng.choice([BRAND, COMPANY, "UrjaGati Charge Networks"])
    if rng.random() < 0.3 and gw != "Razorpay mail":
        p.add("small", "Paying to")
    top(p, name, merchant=name)
    p.add(
        "small",
        rng.choice([f"{HUBS[j.hub][0]} | support@urjagati.in", "EV charging network", HUBS[j.hub][0]]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid", "Payment received"],
            "failed": ["Payment failed - bank declined"],
            "pending": ["Payment pending confirmation"],
        },
    )
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Purpose", "Description", "For"]), label_item)
    wrap_pair(p, rng.choice(["Paid by", "Customer", "Billed to", "Name"]), payer)
    p.pair(rng.choice(["Amount paid", "Total", "Amount"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["UPI", "card", "netbanking", "UPI", "wallet"])
    if gw == "PhonePe PG":
        way = "UPI"
    if gw == "PayU":
        way = rng.choice(["wallet", "card"])
    p.pair(
        rng.choice(["Payment method", "Paid via", "Mode"]),
        {
            "UPI": rng.choice(["UPI", f"UPI ({handle(rng, payer, ['okaxis', 'ybl'])})"]),
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS)}",
            "wallet": rng.choice(["Paytm Wallet", "Mobikwik wallet", "Amazon Pay wallet"]),
        }[way],
        method=way,
    )
    if not j.no_ref:
        own_label, own = {
            "Razorpay": ("Payment ID", f"pay_{code(rng, 14, ALNUM + LOWER)}"),
            "Razorpay mail": ("Payment ID", f"pay_{code(rng, 14, ALNUM + LOWER)}"),
            "Cashfree": ("CF Payment ID", digits(rng, 10)),
            "PayU": ("PayU ID", digits(rng, 11)),
            "CCAvenue": ("Tracking ID", digits(rng, 12)),
            "Easebuzz": ("Easebuzz ID", f"E{digits(rng, 9)}{code(rng, 4, UPPER)}"),
            "Instamojo": ("Payment ID", f"MOJO{digits(rng, 4)}{code(rng, 6, UPPER)}{digits(rng, 5)}"),
            "PhonePe PG": ("Transaction ID", f"OM{digits(rng, 20)}"),
        }[gw]
        wrap_pair(p, own_label, own, txn=(TXN_RANK, own))
        if rng.random() < 0.6:
            oid = f"UGC{digits(rng, 8)}" if gw != "Razorpay" else f"order_{code(rng, 14, ALNUM + LOWER)}"
            wrap_pair(p, rng.choice(["Order ID", "Order No."]), oid, txn=(ORDER_RANK, oid))
        if status != "failed":
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UTR", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                p.pair(rng.choice(["Bank Ref No.", "Bank Ref."]), bref, txn=(BANK_RANK, bref))
            elif way == "card" and status == "success":
                appr = digits(rng, 6)
                p.pair(rng.choice(["Auth code", "Approval code"]), appr, txn=(APPR_RANK, appr))
    date_row(
        p,
        j,
        {
            "success": ["Paid on", "Payment date", "Transaction date"],
            "failed": ["Attempted on", "Transaction date"],
            "pending": ["Initiated on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "Razorpay": "Secured by Razorpay",
            "Razorpay mail": "Razorpay Software Pvt Ltd, Bengaluru",
            "Cashfree": "Powered by Cashfree Payments",
            "PayU": "Payments by PayU",
            "CCAvenue": "CCAvenue - Infibeam Avenues Ltd",
            "Easebuzz": "Powered by Easebuzz",
            "Instamojo": "Instamojo | Secure payments",
            "PhonePe PG": "PhonePe Payment Gateway",
        }[gw],
    )
    return p.done()


# ---------------------------------------------------------------- 7. charger makers: RTGS and SWIFT


MAKERS = [
    "Vidyutra Power Electronics Pvt Ltd",
    "Tejas Chargetech LLP",
    "Chakra EV Systems Pvt Ltd",
    "Kavach Cables & Connectors",
    "Surya Transformers & Switchgear Pvt Ltd",
]
FOREIGN = [
    ("Nordlys Charging Systems Oy", "Espoo, Finland", "EUR", "Nordea Bank Abp, Helsinki", "NDEAFIHH"),
    ("Ampline Power Ltd", "Coventry, United Kingdom", "GBP", "HSBC UK Bank PLC", "HBUKGB4B"),
    ("Westgrid Charging Inc", "Austin, TX, USA", "USD", "Bank of America NA", "BOFAUS3N"),
    ("Rheinstrom Ladetechnik GmbH", "Cologne, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF"),
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}
PORTALS = [
    ("HDFC Bank ENet", "enet.hdfcbank.com/corp/fundtransfer/status"),
    ("ICICI Bank CIB", "cib.icicibank.com/corp/Payments/Status"),
    ("Axis Bank iConnect", "iconnect.axisbank.co.in/payments/ack"),
    ("Kotak FYN", "fyn.kotak.com/payments/details"),
    ("YES CONNECT", "yesconnect.yesbank.co.in/corp/rtgs/status"),
    ("SBI CINB", "corp.onlinesbi.sbi/corp/payments/ack"),
]
MAKER_FRAMES = ["ack", "ack", "wire", "ack", "ack", "wire", "ack", "wire"]
MAKER_GOODS = [
    "120 kW DC chargers (2 nos)",
    "60 kW DC charger - dual gun",
    "22 kW AC chargers (6 nos)",
    "CCS2 guns and cables - spares",
    "630 kVA transformer and LT panel",
    "Charger firmware licences",
]


def charger_makers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The operator paying for chargers, guns, cables and transformers: five corporate net-banking acknowledgements
    (HDFC Bank ENet, ICICI Bank CIB, Axis Bank iConnect, Kotak FYN, YES CONNECT, SBI CINB in a browser: Transaction
    acknowledgement / Payment status / Fund transfer - details, Debit account and Debit account name the operator,
    Beneficiary name / Payee / Transfer to the maker, its account and IFSC, Amount (INR) / Transfer amount / Amount,
    Transfer type RTGS / NEFT / IMPS, Remarks with the PO number, Customer Ref No., Host Ref No. / Reference No.,
    UTR / UTR No. / IMPS Ref No., Transaction successful / Processed / Pending authorisation (checker) / Rejected by
    beneficiary bank - account closed, Transaction date / Value date / Processed on / Initiated on / Rejected on)
    and three SWIFT outward remittance advices to foreign makers in EUR, GBP or USD (browser, e-mail, printed: the
    bank on top, Outward Remittance Advice / Debit advice - import payment, Remitter the operator, Beneficiary /
    Beneficiary name the maker abroad, Beneficiary bank and SWIFT / BIC, Remittance amount / Foreign currency amount
    / Amount remitted, Exchange rate, INR equivalent, Bank charges, GST on currency conversion, Total debited (INR),
    Purpose code S0101 / S0102, Against invoice / Against proforma invoice, Bill of entry No. on some, Charges
    OUR / SHA, Mode SWIFT (MT103), Outward ref No. / Our reference / Transaction reference, UETR beside it on
    some, Value date / Remitted on / Date of remittance; Status: Remitted / Remittance processed / Funds sent -
    MT103 released)."""
    k = place("charger_makers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=180000, high=6500000, p_round=0.4)
    frame = MAKER_FRAMES[k]
    if frame == "wire":
        maker, city, cur, fbank, bic = {
            2: rng.choice([FOREIGN[0], FOREIGN[3]]),
            5: FOREIGN[1],
            7: FOREIGN[2],
        }[k]
        j.amount = (
            round(rng.uniform(18000, 240000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(20, 300) * 1000)
        )
        show = fx(rng, font, cur)
        rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
        bank = rng.choice(
            ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "State Bank of India"]
        )
        kind = rng.choice(["browser", "mail", "paper"])
        if kind == "browser":
            p = browser_page(
                rng, font, f"trade.{bank.split()[0].lower()}bank.com/outward/advice/{code(rng, 8, ALNUM)}"
            )
        elif kind == "mail":
            p = mail_page(
                rng,
                font,
                f"{bank} Trade Services <tradeservices@{bank.split()[0].lower()}bank.net>",
                ["Outward remittance processed", "Debit advice - foreign outward remittance"],
            )
        else:
            p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, bank.upper() if kind == "paper" and rng.random() < 0.5 else bank)
        p.add("small", rng.choice(["Trade Services - Bengaluru", "Trade Finance Hub", "Forex operations"]))
        p.add("center", rng.choice(["Outward Remittance Advice", "Debit advice - import payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Status: Remitted", "Remittance processed", "Funds sent - MT103 released"]},
        )
        wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), maker, merchant=maker)
        p.pair("Address", city)
        wrap_pair(p, "Beneficiary bank", fbank)
        p.pair(rng.choice(["SWIFT", "BIC"]), bic + rng.choice(["", "XXX"]))
        p.pair(
            rng.choice(["Remittance amount", "Foreign currency amount", "Amount remitted"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        inr = round(j.amount * rate, 2)
        charges = float(rng.choice([500, 1000, 1500])) + round(rng.uniform(0, 300), 2)
        gst = round(min(180 + max(inr - 100000, 0) * 0.0009, 10800), 2)
        p.pair("Exchange rate", f"{rate} INR / {cur}")
        p.pair("INR equivalent", f"{inr:,.2f}")
        p.pair("Bank charges", f"{charges:,.2f}")
        p.pair("GST on currency conversion", f"{gst:,.2f}")
        p.pair("Total debited (INR)", f"{inr + charges + gst:,.2f}")
        p.pair(
            "Purpose code",
            rng.choice(["S0101 - advance payment against imports", "S0102 - import bill settlement"]),
        )
        inv = f"{rng.choice(['PI', 'INV', 'PF'])}-{rng.randrange(2400, 9999)}"
        p.pair(rng.choice(["Against invoice", "Against proforma invoice"]), inv)
        if rng.random() < 0.5:
            p.pair("Bill of entry No.", str(rng.randrange(1000000, 9999999)))
        p.pair("Charges", rng.choice(["OUR", "SHA"]))
        p.pair("Mode", rng.choice(["SWIFT (MT103)", "SWIFT - MT103"]), method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['ORM', 'OWR', 'TF'])}{j.date:%y}{digits(rng, 9)}"
            p.pair(
                rng.choice(["Outward ref No.", "Our reference", "Transaction reference"]),
                ref,
                txn=(BANK_RANK, ref),
            )
        if not j.no_ref and rng.random() < 0.6:
            uetr = (
                f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-a{code(rng, 3, HEX)}-"
                f"{code(rng, 12, HEX)}"
            )
            wrap_pair(p, "UETR", uetr)
        date_row(p, j, ["Value date", "Remitted on", "Date of remittance"], WEST_PATS + DAY_PATS[:3])
        p.part = "foot"
        p.add("small", "Submit the bill of entry within the FEMA time limit to close this remittance.")
        return p.done()
    portal, url = PORTALS[k % len(PORTALS)]
    maker = rng.choice(MAKERS)
    payee = maker.upper() if rng.random() < 0.35 else maker
    rs = money(rng, font, 0.4, marks=("INR", "Rs.", "\u20b9", ""))
    p = browser_page(rng, font, url)
    p.part = "head"
    p.add("title", portal)
    p.add("small", rng.choice(["Transaction acknowledgement", "Payment status", "Fund transfer - details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Processed"],
            "pending": ["Pending authorisation (checker)"],
            "failed": ["Rejected by beneficiary bank - account closed"],
        },
    )
    p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, "Debit account name", COMPANY_CAPS)
    wrap_pair(p, rng.choice(["Beneficiary name", "Payee", "Transfer to"]), payee, merchant=payee)
    bank = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[bank]}0{digits(rng, 6)}")
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.75 else rng.choice(["NEFT", "IMPS"])
    if way == "IMPS" and j.amount > 500000:
        way = "NEFT"
    p.pair(rng.choice(["Amount (INR)", "Transfer amount", "Amount"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Transfer type", "Payment mode"]), way, method="netbanking")
    po = f"UGC/PO/{fy(j.date) + '/' if not j.no_day else ''}{rng.randrange(10, 480):03d}"
    wrap_pair(p, "Remarks", f"{po} - {rng.choice(MAKER_GOODS)}")
    p.pair("Customer Ref No.", f"CR{digits(rng, 8)}")
    if not j.no_ref:
        host = f"{rng.choice(['HR', 'TR', 'P'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Host Ref No.", "Reference No."]), host, txn=(BANK_RANK, host))
        if status == "success":
            ref = bank_ref(rng, j, way, bank)
            lab = "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No.", f"{way} UTR"])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date", "Processed on"],
            "pending": ["Initiated on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    if status == "failed":
        p.add("small", "The amount has been credited back to the debit account.")
    p.part = "foot"
    p.add("small", rng.choice(["Print  |  Download PDF", "Maker: finance.ops2  |  Checker: cfo.ugc"]))
    return p.done()


# ---------------------------------------------------------------- 8. site hosts' rent and licence fees


LANDLORDS = [("Ramesh Gowda", "Shri"), ("Sunanda Patil", "Smt."), ("Mahendra Singh Shekhawat", "Shri")]
HOSTS = [
    (
        "Khalapur Food Plaza Pvt Ltd",
        "Restaurants | Fuel | EV charging - Mumbai-Pune Expressway",
        "Km 38, Khalapur, Raigad - 410202",
        "27",
    ),
    ("Hotel Aravali Highway Inn", "Rooms - Restaurant - Parking, NH48", "Shahpura, Jaipur - 303103", "08"),
    (
        "Greenwood Tech Park Owners' Association",
        "Facility management office",
        "Outer Ring Road, Bellandur, Bengaluru - 560103",
        "29",
    ),
    ("Sri Balaji Fuel Station", "IndianOil dealer - COCO/DODO", "Tumkur Road, Nelamangala - 562123", "29"),
    ("Baner Highstreet Mall Management", "Leasing & accounts", "Baner Road, Pune - 411045", "27"),
]
RENT_FRAMES = ["landlord", "host", "mail", "landlord", "host", "share", "mail", "landlord"]
RENT_WAYS = ["NEFT", "RTGS", "NEFT", "cheque", "UPI", "NEFT", "NEFT", "IMPS"]


def site_rent(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The operator paying the sites that host its chargers: a landlord's printed RENT RECEIPT / LICENCE FEE
    RECEIPT (three: Receipt No., Date, Received with thanks from M/s the operator, towards licence fee for n EV
    charging bays at the site for <month>, Licence fee, Less: TDS u/s 194-I @ 10%, Net received, the way and its
    UTR or cheque, Landlord / Name of landlord / Owner with Shri / Smt., the revenue stamp), a host business's MONEY
    RECEIPT / RECEIPT - LICENCE FEE on its letterhead (two: the host on top, Received from, Space, Licence fee for
    <month>, CGST and SGST @ 9%, Total, Less: TDS, Amount received, its rubber stamp), a host's e-mail (two: the host
    on top, Payment received - EV bay licence fee, Licensee, Period, Amount received, UTR, Received on; NEFT returned
    - account dormant - licence fee outstanding) and a revenue share statement cum receipt (one: Units sold, Gross
    charging revenue, Host share @ n%, Amount received)."""
    k = place("site_rent")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=12000, high=90000, p_round=0.9)
    frame = RENT_FRAMES[k]
    way = RENT_WAYS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "Rs", "\u20b9", "INR"))
    month = j.month(rng.randrange(0, 2))
    bays = rng.randrange(2, 7)
    station = station_name(rng, rng.randrange(8))
    gross = float(rng.randrange(12, 90) * 1000)

    def pay_block(p: Screen, net: float, label: str) -> None:
        p.pair(label, rs(net), amount=net, **({"method": "cheque"} if way == "cheque" else {}))
        if way == "cheque":
            bank = rng.choice(BANKS)
            cheque = (
                f"{digits(rng, 6)} ({bank})"
                if j.no_day
                else f"{digits(rng, 6)} dt. {j.other_day(rng, -6, -1)}"
            )
            p.pair("Cheque No.", cheque)
            return
        p.pair(rng.choice(["Mode", "Paid by"]), way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way, rng.choice(BANKS))
            lab = {"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No."}.get(way, rng.choice(["UTR", "UTR No."]))
            p.pair(lab, ref, txn=(UTR_RANK, ref))

    if frame == "landlord":
        landlord, title = LANDLORDS[rng.randrange(3)]
        p = paper_page(rng, font, [620, 680, 720])
        p.part = "head"
        p.add("title", rng.choice(["RENT RECEIPT", "LICENCE FEE RECEIPT"]))
        p.add("rule")
        p.part = "body"
        rno = str(rng.randrange(3, 60))
        if not j.no_ref:
            p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date", "Dated"])
        p.add(
            "left",
            f"Received with thanks from {ours(rng)}",
            **({"status": "success"} if status == "success" else {}),
        )
        when_text = f" for {month}" if not j.no_day else ""
        p.add("left", f"towards licence fee for {bays} EV charging bays at {station}{when_text}.")
        p.pair(
            f"Licence fee{when_text}"
            if fits(p, "pair", f"Licence fee{when_text} 99,999.00   ")
            else "Licence fee",
            rs(gross),
        )
        tds = round(gross * 0.10, 2)
        p.pair("Less: TDS u/s 194-I @ 10%", rs(tds))
        j.amount = round(gross - tds, 2)
        pay_block(p, j.amount, rng.choice(["Net received", "Amount received"]))
        p.add("left", f"(Rupees {words_in_rupees(j.amount).removeprefix('Rupees ')})")
        if status == "pending":
            p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status="pending")
        p.add("gap")
        right(p, "[ Revenue stamp ]")
        wrap_pair(
            p, rng.choice(["Landlord", "Name of landlord", "Owner"]), f"{title} {landlord}", merchant=landlord
        )
        p.pair("PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
        return p.done()
    host, line, addr, state = HOSTS[rng.randrange(len(HOSTS))]
    name = host.upper() if rng.random() < 0.3 else host
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{host.split()[0]} Accounts <accounts@{host.split()[0].lower()}.co.in>",
            ["Payment received - EV bay licence fee", "Licence fee receipt", "Licence fee - payment status"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Licensee", "Received from", "Tenant"]), ours(rng))
        if not j.no_day:
            p.pair("Period", month)
        p.pair("Space", f"{bays} EV charging bays")
        tax = round(gross * 0.18, 2)
        p.pair("Licence fee", rs(gross))
        p.pair("GST @ 18%", rs(tax))
        tds = round(gross * 0.10, 2)
        p.pair("Less: TDS u/s 194-I @ 10%", rs(tds))
        j.amount = round(gross + tax - tds, 2)
        pay_block(
            p, j.amount, rng.choice(["Amount received", "Net received"]) if status == "success" else "Amount"
        )
        if not j.no_ref and status == "success":
            rct = f"RCPT/{rng.randrange(100, 9999)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        word = {
            "success": rng.choice(["Payment received", "Received - thank you"]),
            "failed": "NEFT returned - account dormant - licence fee outstanding",
        }[status]
        wrap_pair(p, "Status", word, status=status)
        date_row(p, j, ["Received on", "Date"] if status == "success" else ["Returned on"])
        return p.done()
    p = paper_page(rng, font, [700, 740])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["MONEY RECEIPT", "RECEIPT - LICENCE FEE"]
        if frame == "host"
        else ["REVENUE SHARE STATEMENT CUM RECEIPT"],
    )
    rct = f"{rng.choice(['MR', 'LF', 'RS'])}/{rng.randrange(10, 999)}"
    if not j.no_ref:
        p.pair(rng.choice(["Receipt No.", "No."]), rct, txn=(INVOICE_RANK, rct))
    date_row(p, j, ["Date", "Dated", "Receipt date"])
    wrap_pair(p, rng.choice(["Received from", "Licensee"]), ours(rng))
    if frame == "share":
        if not j.no_day:
            p.pair("Period", month)
        units = rng.randrange(2500, 16000)
        revenue = round(units * rng.uniform(19, 23), 2)
        share = rng.choice([8, 10, 12, 15])
        p.pair("Units sold", f"{units:,} kWh")
        p.pair("Gross charging revenue", rs(revenue))
        j.amount = round(revenue * share / 100, 2)
        p.pair(f"Host share @ {share}%", rs(j.amount))
        pay_block(p, j.amount, rng.choice(["Amount received", "Received"]))
    else:
        p.pair(
            "Space", f"{bays} EV bays, {rng.choice(['basement P2', 'front forecourt', 'visitor parking'])}"
        )
        p.pair(f"Licence fee for {month}" if not j.no_day else "Licence fee", rs(gross))
        inter = state != HUBS[j.hub][2]
        tax = round(gross * 0.18, 2)
        if inter:
            p.pair("IGST @ 18%", rs(tax))
        else:
            p.pair("CGST @ 9%", rs(round(tax / 2, 2)))
            p.pair("SGST @ 9%", rs(round(tax / 2, 2)))
        p.pair("Total", rs(gross + tax))
        tds = round(gross * 0.10, 2)
        p.pair("Less: TDS u/s 194-I @ 10%", rs(tds))
        j.amount = round(gross + tax - tds, 2)
        pay_block(p, j.amount, rng.choice(["Amount received", "Received"]))
    word = rng.choice(["RECEIVED WITH THANKS", "PAID"])
    p.add("center", word, status="success")
    p.part = "foot"
    right(p, f"For {name}" if fits(p, "right", f"For {name}") else "Authorised signatory")
    seal(p, " ".join(host.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word)
    return p.done()


# ---------------------------------------------------------------- 9. the stations' electricity


POWER = [
    ("board", "BESCOM"),
    ("app", "Maharashtra State Electricity Distribution Co. Ltd"),
    ("board", "JVVNL"),
    ("receipt", "Bangalore Electricity Supply Company Ltd"),
    ("board", "MSEDCL"),
    ("app", "Jaipur Vidyut Vitran Nigam Ltd"),
    ("receipt", "MSEDCL"),
    ("board", "Bangalore Electricity Supply Company Ltd"),
]
BOARD_SITES = {
    "BESCOM": ("bescom.karnataka.gov.in/online-payment/receipt", "Account ID", "LT-6(c) EV charging station"),
    "Bangalore Electricity Supply Company Ltd": (
        "bescom.karnataka.gov.in/online-payment/receipt",
        "RR No.",
        "HT-2(b) EV public charging",
    ),
    "JVVNL": ("energybill.jvvnl.org/payment/ack", "K No.", "NDS - EV charging station"),
    "MSEDCL": ("wss.mahadiscom.in/wss/receipt", "Consumer No.", "LT-X(C) Public EV charging"),
}


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The stations' electricity: four of the boards' own payment pages (BESCOM, JVVNL, MSEDCL in a browser: the
    board on top, short or long, Online payment receipt / Bill payment acknowledgement, Account ID / RR No. / K No. /
    Consumer No., Tariff (EV charging), Bill month, Bill amount, Amount paid, Payment mode, Receipt No., Transaction
    ID, Bank Ref No. or UPI Ref No., Date of payment / Payment date / Paid on), two Bharat Connect pages in business
    banking apps (ICICI InstaBIZ, HDFC SmartHub, Kotak FYN, Axis neo: the sum large, Biller / Biller name / Paid to,
    Consumer number, Customer name the operator, Due date, Paid from, B-Connect Txn ID / Bharat Connect Ref ID /
    BBPS Ref No., Transaction ID, Date & time) and two Bharat Connect payment receipts (a browser: Biller name,
    Payment mode, the same ids); Awaiting biller confirmation pending, Payment failed - amount will be reversed
    failed."""
    k = place("power_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=24000, high=420000, p_round=0.3)
    kind, board = POWER[k]
    rs = money(rng, font, 0.3)
    if kind == "board":
        site, acct_label, tariff = BOARD_SITES[board]
        p = browser_page(rng, font, f"{site}?txn={digits(rng, 9)}")
        p.part = "head"
        top(p, board, merchant=board)
        p.add("small", rng.choice(["Online payment receipt", "Bill payment acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful"],
                "failed": ["Payment failed - amount will be reversed"],
                "pending": ["Awaiting biller confirmation"],
            },
        )
        p.pair(
            acct_label,
            digits(rng, 10) if acct_label != "RR No." else f"{code(rng, 3, UPPER)}{digits(rng, 6)}",
        )
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, "URJAGATI CHARGE NETWORKS PVT LTD"]))
        wrap_pair(p, "Tariff", tariff)
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Bill amount", rs(j.amount))
        way = rng.choice(["Net banking", "UPI", "Debit card"]) if status != "failed" else "Net banking"
        p.pair(
            rng.choice(["Payment mode", "Mode"]),
            way,
            method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
        )
        if not j.no_ref:
            rct = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                if way == "UPI":
                    p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                    p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        p.pair(
            rng.choice(["Amount paid", "Paid amount"]) if status == "success" else "Amount",
            rs(j.amount),
            amount=j.amount,
        )
        date_row(
            p,
            j,
            {
                "success": ["Date of payment", "Payment date", "Paid on"],
                "pending": ["Initiated on"],
                "failed": ["Attempted on", "Transaction date"],
            }[status],
            hour=rng.random() < 0.5,
        )
        return p.done()
    if kind == "app":
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect"])
        p.part = "head"
        p.add("title", rng.choice(["ICICI InstaBIZ", "HDFC SmartHub", "Kotak FYN", "Axis neo"]))
        p.add("small", "Bharat Connect - Electricity")
        p.add("gap")
        p.part = "body"
    else:
        p = browser_page(
            rng, font, f"bharatconnect.{rng.choice(['icicibank', 'hdfcbank', 'kotak'])}.com/receipt"
        )
        p.part = "head"
        p.add("title", "Bharat Connect")
        p.add("small", rng.choice(["Payment receipt", "Bill payment receipt"]))
        p.add("rule")
        p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful"],
            "pending": ["Awaiting biller confirmation"],
            "failed": ["Payment failed - amount will be reversed"],
        },
    )
    if kind == "app":
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Biller", "Biller name", "Paid to"]), board, merchant=board)
    p.pair(rng.choice(["Consumer number", "Consumer No."]), digits(rng, 12))
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), COMPANY_CAPS)
    j.side(p, "Due date", 3, 15)
    if kind != "app":
        p.pair("Amount", rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "UPI"]) if kind != "app" else "netbanking"
    if kind == "app":
        p.pair("Paid from", f"Current A/c XXXX{digits(rng, 4)}", method=way)
    else:
        p.pair("Payment mode", "Net banking" if way == "netbanking" else "UPI", method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
        p.pair(
            rng.choice(["B-Connect Txn ID", "Bharat Connect Ref ID", "BBPS Ref No."]),
            bref,
            txn=(BANK_RANK, bref),
        )
        tid = digits(rng, 14)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        {"success": ["Date & time", "Paid on"], "pending": ["Initiated on"], "failed": ["Attempted on"]}[
            status
        ],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | B-assured payment")
    return p.done()


# ---------------------------------------------------------------- 10. the inspectorate's and the cities' fees


# portal on top, the payee, the kind, the purpose
GOV = [
    (
        "Khajane-II",
        "Electrical Inspectorate, Karnataka",
        "treasury",
        "Inspection fee - EV charging station (HT)",
    ),
    ("Bruhat Bengaluru Mahanagara Palike", None, "city", "Trade licence fee - EV charging station"),
    (
        "GRAS - Government Receipt Accounting System",
        "Industries, Energy and Labour Department (Electrical Inspection)",
        "treasury",
        "Electrical installation inspection fee",
    ),
    ("Pune Municipal Corporation", None, "city", "Sky sign / advertisement licence fee"),
    (
        "eGRAS Rajasthan",
        "Electrical Inspectorate, Rajasthan",
        "treasury",
        "Approval of drawings - EV charger",
    ),
    ("Jaipur Municipal Corporation Greater", None, "city", "Trade licence - EV charging"),
    (
        "Karnataka Udyog Mitra - Single Window",
        "Karnataka State Fire and Emergency Services",
        "window",
        "Fire NOC fee - EV charging station",
    ),
    ("MAITRI - Maharashtra Single Window", "Maharashtra Fire Services", "window", "Fire NOC scrutiny fee"),
]


WARDS = {
    "Bruhat": ["Bellandur", "HSR Layout", "Hagadur"],
    "Pune": ["Baner", "Aundh", "Hinjewadi"],
    "Jaipur": ["Malviya Nagar", "Mansarovar", "Vaishali Nagar"],
}


def gov_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The operator's fees to the state and the cities: three state treasury e-challans for the electrical
    inspectorate's inspection and drawing approval fees (Khajane-II, GRAS, eGRAS: the portal on top, e-Challan /
    Payment receipt, Department the inspectorate, Remitter name the operator, Purpose, Head of account, Application
    No., Amount / Total amount, Mode of payment, GRN / Challan Ref No., Bank Ref No. / BRN, Date of deposit / Paid on
    / Payment date), three cities' own pages (BBMP, Pune Municipal Corporation, Jaipur Municipal Corporation Greater:
    the corporation on top, Trade licence / Sky sign licence, Application No. / Licence No., Ward, Trade name /
    Applicant the operator, Licence period, the fee lines, Total, Receipt No., Transaction ID, Bank Ref No. / UPI
    Ref No., Paid on) and two single-window portals' fire NOC fee pages (Karnataka Udyog Mitra, MAITRI: Department,
    Application ID, Service, Fee, Transaction ID, Bank Ref No.); Payment Successful / Success / Paid / Pending with
    bank / Payment Failed."""
    k = place("gov_fees")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    portal, dept, kind, purpose = GOV[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "INR", "\u20b9", ""))
    url = {
        "treasury": f"{portal.split()[0].lower().replace('-', '')}.gov.in/echallan/receipt",
        "city": {
            "Bruhat Bengaluru Mahanagara Palike": "bbmp.gov.in/tradelicence/payment",
            "Pune Municipal Corporation": "propertytax.punecorporation.org/skysign/receipt",
            "Jaipur Municipal Corporation Greater": "jmcgreater.rajasthan.gov.in/tl/receipt",
        }.get(portal, "city.gov.in"),
        "window": f"{portal.split()[0].lower()}.gov.in/service/payment/{digits(rng, 7)}",
    }[kind]
    if kind == "treasury" and rng.random() < 0.35:
        p = paper_page(rng, font, [700, 740])
    else:
        p = browser_page(rng, font, url)
    p.part = "head"
    if kind == "city":
        name = portal.upper() if rng.random() < 0.3 else portal
        top(p, name, merchant=name)
        p.add("small", rng.choice(["Online payment receipt", "Licence fee - payment acknowledgement"]))
    else:
        top(p, portal)
        p.add(
            "small",
            rng.choice(["e-Challan - payment receipt", "Payment acknowledgement"])
            if kind == "treasury"
            else "Online services - fee payment",
        )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Success", "Paid"],
            "pending": ["Pending with bank"],
            "failed": ["Payment Failed"],
        },
    )
    if dept:
        wrap_pair(p, "Department", dept, merchant=dept)
    if kind == "city":
        p.pair(rng.choice(["Application No.", "Licence No."]), f"{code(rng, 3, UPPER)}/{digits(rng, 7)}")
        p.pair("Ward", f"{rng.randrange(1, 198)} - {rng.choice(WARDS[portal.split()[0]])}")
        wrap_pair(
            p,
            rng.choice(["Trade name", "Applicant"]),
            rng.choice([COMPANY, f"{BRAND} - {station_name(rng, k)}"]),
        )
        if not j.no_day:
            p.pair("Licence period", "20" + fy(j.date).replace("-", "-20"))
    else:
        wrap_pair(p, rng.choice(["Remitter name", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
        if kind == "treasury":
            p.pair(
                "Head of account",
                f"0043-{rng.randrange(10, 99)}-{rng.randrange(100, 999)}-0-{rng.randrange(10, 99)}",
            )
        p.pair(rng.choice(["Application No.", "Application ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 9)}")
    wrap_pair(p, rng.choice(["Purpose", "Service"]) if kind != "city" else "Fee for", purpose)
    fee = float(rng.choice([2500, 5000, 7500, 10000, 12000, 15000, 25000]))
    lines = [(rng.choice(["Fee", "Licence fee"]) if kind == "city" else "Fee", fee)]
    if rng.random() < 0.5:
        lines.append(
            (rng.choice(["Processing fee", "Scrutiny fee", "Late fee"]), float(rng.choice([100, 250, 500])))
        )
    if kind == "city" and rng.random() < 0.5:
        lines.append(("Solid waste cess", float(rng.choice([300, 600, 900]))))
    for label, value in lines:
        p.pair(label, rs(value))
    j.amount = sum(v for _, v in lines)
    p.pair(rng.choice(["Total", "Total amount", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "netbanking", "UPI", "card"]) if status != "failed" else "netbanking"
    p.pair(
        rng.choice(["Mode of payment", "Payment mode"]),
        {
            "netbanking": f"Net banking - {rng.choice(['SBI', 'HDFC Bank', 'Canara Bank', 'ICICI Bank'])}",
            "UPI": "UPI",
            "card": "Debit card",
        }[way],
        method=way,
    )
    if not j.no_ref:
        if kind == "treasury":
            grn = (
                f"{'CR' if 'Khajane' in portal else 'RJ' if 'Rajasthan' in portal else 'MH'}{digits(rng, 13)}"
            )
            p.pair(rng.choice(["GRN", "Challan Ref No."]), grn, txn=(TXN_RANK, grn))
        elif kind == "city":
            rct = f"{rng.randrange(10, 99)}/{digits(rng, 7)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        else:
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair(rng.choice(["Bank Ref No.", "BRN"]), bref, txn=(BANK_RANK, bref))
    date_row(
        p,
        j,
        {
            "success": ["Date of deposit", "Paid on", "Payment date"],
            "pending": ["Initiated on"],
            "failed": ["Attempted on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 11. installers' and contractors' bills


CONTRACTORS = [
    (
        "Shakti Electricals & Contractors",
        "Class I electrical contractor - HT / LT installations",
        "Peenya 2nd Stage, Bengaluru - 560058",
        "29",
    ),
    ("Sahyadri Civil Works", "Foundations, canopies, paving and signage", "Chakan MIDC, Pune - 410501", "27"),
    (
        "Marudhar Transformer Services",
        "Transformer erection, testing and AMC",
        "VKI Area, Jaipur - 302013",
        "08",
    ),
    (
        "Kaveri EV Infra Services Pvt Ltd",
        "Charger installation, commissioning and AMC",
        "Hosur Road, Bengaluru - 560068",
        "29",
    ),
]
WORKS = [
    ("Cabling 3.5C x 240 sq mm (metres)", 1450, 1900),
    ("Charger plinth and bollards", 18000, 42000),
    ("Canopy structure with signage", 65000, 140000),
    ("Earthing pits (nos)", 6500, 9500),
    ("Transformer testing and commissioning", 22000, 48000),
    ("Charger installation and commissioning", 15000, 36000),
    ("Quarterly AMC - DC chargers", 28000, 64000),
    ("Meter panel and MCCB", 18500, 41000),
]
WORK_WAYS = ["RTGS", "NEFT", "cheque", "UPI", "NEFT", "cheque", "RTGS", "IMPS"]


def contractor_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The electrical, civil, transformer and installation contractors' bills the operator paid (printed: RA BILL
    / TAX INVOICE / AMC INVOICE / INSTALLATION & COMMISSIONING BILL; the contractor on top, its line, address and
    GSTIN; RA Bill No. / Bill No. / Invoice No., Date / Bill date / Dated, Client / To / Bill to M/s the operator,
    Site, Work order No., the work n x rate, Sub total, CGST and SGST or IGST @ 18%, Total, Less: TDS u/s 194C @ 2%,
    Less: Retention @ 5% on a running bill, then the payment block: Net received / Amount received / Received /
    Cheque received / Cheque amount with RTGS, NEFT, IMPS or UPI and its reference, or Cheque No. and bank; PAID /
    RECEIVED WITH THANKS / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE / CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS,
    the contractor's rubber stamp)."""
    k = place("contractor_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    firm, line, addr, state = rng.choice(CONTRACTORS)
    name = firm.upper() if rng.random() < 0.3 else firm
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "", "\u20b9", "INR"))
    running = rng.random() < 0.35
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["RA BILL (RUNNING ACCOUNT)"]
        if running
        else ["TAX INVOICE", "AMC INVOICE", "INSTALLATION & COMMISSIONING BILL"],
    )
    year = f"{fy(j.date)}/" if not j.no_day else ""
    bill = f"{''.join(w[0] for w in firm.split()[:2]).upper()}/{year}{rng.randrange(10, 999):03d}"
    if not j.no_ref:
        p.pair(
            "RA Bill No." if running else rng.choice(["Bill No.", "Invoice No."]),
            bill,
            txn=(INVOICE_RANK, bill),
        )
    date_row(p, j, ["Date", "Bill date", "Dated"])
    wrap_pair(p, rng.choice(["Client", "To", "Bill to"]), ours(rng))
    wrap_pair(p, "Site", f"UrjaGati - {station_name(rng, rng.randrange(8))}")
    p.pair("Work order No.", f"WO/UGC/{rng.randrange(100, 999)}")
    sub = 0.0
    for work, lo, hi in rng.sample(WORKS, rng.randrange(2, 4)):
        if "metres" in work or "(nos)" in work:
            qty = rng.randrange(4, 120) if "metres" in work else rng.randrange(2, 6)
            rate = (
                float(round(rng.uniform(lo, hi), -1))
                if "metres" not in work
                else float(rng.randrange(lo, hi))
            )
            value = round(qty * rate, 2)
            label = f"{work.split(' (')[0]} {qty} x {rate:,.0f}"
        else:
            value = float(round(rng.uniform(lo, hi), -2))
            label = work
        if fits(p, "pair", f"{label} {value:,.2f}     "):
            p.pair(label, rs(value))
        else:
            p.add("left", label)
            right(p, rs(value))
        sub += value
    p.pair("Sub total", rs(sub))
    tax = round(sub * 0.18, 2)
    if state != HUBS[j.hub][2]:
        p.pair("IGST @ 18%", rs(tax))
    else:
        p.pair("CGST @ 9%", rs(round(tax / 2, 2)))
        p.pair("SGST @ 9%", rs(round(tax / 2, 2)))
        tax = 2 * round(tax / 2, 2)
    total = float(round(sub + tax))
    if abs(total - sub - tax) >= 0.01:
        p.pair("Round off", f"{total - sub - tax:+.2f}")
    p.pair("Total", rs(total))
    tds = round(sub * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    net = total - tds
    if running:
        ret = round(sub * 0.05, 2)
        p.pair("Less: Retention @ 5%", rs(ret))
        net -= ret
    j.amount = round(net, 2)
    p.add("rule")
    way = WORK_WAYS[k]
    if way == "UPI" and j.amount > 100000:
        way = "IMPS"
    if way == "cheque":
        p.pair(
            "Cheque amount" if status == "failed" else rng.choice(["Cheque received", "Amount received"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
    else:
        p.pair(rng.choice(["Net received", "Amount received", "Received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way, rng.choice(BANKS))
            lab = {"UPI": rng.choice(["UPI Ref No.", "UPI RRN"]), "IMPS": "IMPS Ref No."}.get(
                way, rng.choice(["UTR", "UTR No.", f"{way} UTR"])
            )
            p.pair(lab, ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}" if fits(p, "right", f"For {name}") else "Authorised signatory")
    seal(p, " ".join(firm.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS alerts


ALERT_PAYEES = [
    "KAVACH CABLES & CONN",
    "RAMESH GOWDA",
    "BESCOM",
    "SHAKTI ELECTRICALS",
    "VIDYUTRA POWER ELEC",
    "KHALAPUR FOOD PLAZA",
    "SAHYADRI CIVIL WORK",
    "MARUDHAR TRANSFORMER",
]
SENDERS = {
    "HDFC Bank": "AX-HDFCBK",
    "ICICI Bank": "VM-ICICIT",
    "State Bank of India": "JD-SBIINB",
    "Axis Bank": "VK-AXISBK",
    "Kotak Mahindra Bank": "AD-KOTAKB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's SMS alerts on the finance head's phone (a messages app: the sender AX-HDFCBK / VM-ICICIT /
    JD-SBIINB / VK-AXISBK / AD-KOTAKB, the day divider, the alert in that bank's own words): "Sent Rs.n From HDFC
    Bank A/C *1234 To <payee> On dd/mm/yy Ref n", "ICICI Bank Acct XX123 debited for Rs n on dd-Mon-yy; <payee>
    credited. UPI:n", "INR n debited from A/c XX1234 on ddMonyy to <payee> via NEFT. UTR n", "INR n debited A/c no.
    XX1234 dd-mm-yy NEFT/<UTR>/<payee>", "Sent Rs.n from Kotak Bank AC X1234 to <payee> on dd-mm-yy. UPI Ref n"; a
    UPI payment that "has failed" and one that "is pending". *settled*: the payee as the bank sends it (a truncated
    name counts as printed), never the bank, the sender id or the operator's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=900, high=480000)
    bank = rng.choice(list(SENDERS))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, {d} %b %Y"])), date=j.date)
    to = ALERT_PAYEES[k]
    way = "UPI" if j.amount < 100000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"])
    if way == "IMPS" and j.amount > 500000:
        way = "NEFT"
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 900, 95000)
    amt = (
        f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}" if rng.random() < 0.7 else f"Rs.{j.amount:.2f}"
    )
    acc = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    ref = j.ref if way != "NEFT" else neft_ref(rng, j, IFSC[bank])
    day = j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"]) if not j.no_day else ""
    ref_lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR"}[way]
    if status != "success":
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount, method="UPI")
        p.add("left", f"to {to} from A/c XX{acc}", merchant=to)
        if day:
            p.add("left", f"on {day}")
        if not j.no_ref:
            p.add("left", f"(Ref {ref})", txn=(UTR_RANK, ref))
        p.add(
            "left",
            {
                "failed": "has failed. Any amount debited will be reversed.",
                "pending": "is pending. Please check status before retrying.",
            }[status],
            status=status,
        )
    elif bank == "HDFC Bank":
        p.add("left", f"Sent {amt}", amount=j.amount, status="success")
        p.add("left", f"From HDFC Bank A/C *{acc}")
        p.add("left", f"To {to}", merchant=to)
        if day:
            p.add("left", f"On {day}")
        if not j.no_ref:
            p.add("left", f"Ref {ref}", txn=(UTR_RANK, ref))
        p.add("left", f"via {way}", method=method)
        p.add("left", "Not You? Call 18002586161")
    elif bank == "ICICI Bank":
        p.add("left", f"ICICI Bank Acct XX{acc[1:]} debited for", status="success")
        p.add("left", f"{amt}{' on ' + day if day else ''};", amount=j.amount)
        p.add("left", f"{to} credited.", merchant=to)
        if not j.no_ref:
            p.add("left", f"{way}:{ref}.", txn=(UTR_RANK, ref), method=method)
        else:
            p.add("left", f"Mode {way}.", method=method)
        p.add("left", "Call 18002662 for dispute.")
    elif bank == "Axis Bank":
        p.add("left", f"{amt} debited", amount=j.amount, status="success")
        p.add("left", f"A/c no. XX{acc}")
        if day:
            p.add("left", f"{day}, {hhmm(rng, twelve=False, seconds=True)}")
        if not j.no_ref:
            p.add("left", f"{way}/{ref}/", txn=(UTR_RANK, ref), method=method)
        else:
            p.add("left", f"{way}/", method=method)
        p.add("left", to, merchant=to)
        p.add("left", "Not you? SMS BLOCKALL to 919951860002")
    elif bank == "Kotak Mahindra Bank":
        p.add("left", f"Sent {amt} from Kotak Bank AC X{acc}", amount=j.amount, status="success")
        p.add("left", f"to {to}{' on ' + day if day else ''}.", merchant=to)
        if not j.no_ref:
            p.add("left", f"{ref_lab} {ref}.", txn=(UTR_RANK, ref), method=method)
        else:
            p.add("left", f"Paid via {way}.", method=method)
        p.add("left", "Not you? kotak.com/fraud")
    else:
        p.add("left", f"Dear Customer, {amt} debited from", amount=j.amount, status="success")
        p.add("left", f"A/c XX{acc}{' on ' + day if day else ''}")
        p.add("left", f"to {to}", merchant=to)
        p.add("left", f"via {way}.", method=method)
        if not j.no_ref:
            p.add("left", f"{ref_lab} {ref}.", txn=(UTR_RANK, ref))
        p.add("left", "If not done by you, call 1800111109 -SBI")
    if status == "success" and rng.random() < 0.6:
        p.add("small", f"Avl Bal Rs.{rupees(rng, 200000, 9000000):,.2f}")
    return p.done()


compose = compose158

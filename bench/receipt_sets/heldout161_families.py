"""The twelve heldout161 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a seafood exporter's and its cold-storage unit's day in 2026 (Tarangini Seafoods Pvt
Ltd, with processing plants at Aroor (Kerala), Veraval (Gujarat) and Visakhapatnam (Andhra Pradesh), and Tarangini
Cold Chain LLP, whose Tarangini Cold Storage runs frozen stores at Aroor and Thoothukudi (Tamil Nadu)), told by the
proofs of payment it makes and receives: the harbour buyers' UPI to boat owners, ice plants and loading workers, the
fish auction agents' bills and the boat owners' catch receipts (some of them photographed into a WhatsApp chat), the
harbour diesel bunks' and ice plants' card and QR slips, the foreign buyers' wires in US dollars and euros (the
banks' inward remittance advices and the buyers' own remittance advices), the company's corporate net banking paying
boat owners, agents and contractors, the export inspection agency's, MPEDA's, the port authorities', the terminal's,
the shipping line's (through ODeX) and the customs broker's fees, the reefer transporters' freight bills and the
reefer trucks' FASTag recharges, the packing material suppliers' invoices, e-mails and payment link, the workers'
wage vouchers, the labour contractors' bills and the EPFO and ESIC challans, the banks' SMS alerts, the plants' and
stores' electricity and water, and the cold store's own rent invoices, advance receipts, domestic sales and the
payments it collects (payment links and the banks' collection apps). Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, boats and their
registration numbers, lots, species, weights and rates, gross values, commissions, advances adjusted, exchange rates,
INR equivalents, bank charges, invoice lists and claims, GSTIN, IFSC, PAN, IEC, MID, TID, batch numbers, UMRNs,
consumer, establishment, employer, vehicle, container and shipping bill numbers, wage weeks and months, contribution
periods, bill and due days and the payer's own details carry no fact. ``compose`` is heldout158's (heldout156's:
heldout121's frames and marks, heldout129's rubber stamp, heldout118's WhatsApp chat round a photographed paper).
"""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, screen
from bench.receipt_sets.heldout118_families import chat_times, head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout158_families import compose as compose158

compose = compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"

# town, PIN code, locality, state, GST state code, the fishing boats' registration district, the harbour
UNITS = [
    ("Aroor", "688534", "Chandiroor", "Kerala", "32", "KL-07", "Munambam"),
    ("Veraval", "362266", "GIDC Estate", "Gujarat", "24", "GJ-32", "Veraval Bunder"),
    (
        "Visakhapatnam",
        "530001",
        "Fishing Harbour Road",
        "Andhra Pradesh",
        "37",
        "AP-31",
        "Visakhapatnam Fishing Harbour",
    ),
    ("Thoothukudi", "628004", "Harbour Estate", "Tamil Nadu", "33", "TN-13", "Thoothukudi Fishing Harbour"),
]
EXPORTER = "Tarangini Seafoods Pvt Ltd"
EXPORTER_LONG = "TARANGINI SEAFOODS PRIVATE LIMITED"
COLD_FIRM = "Tarangini Cold Chain LLP"
COLD = "Tarangini Cold Storage"
UNIT_CODES = ["ARR", "VRL", "VSP", "TUT"]
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
    "%d %b, %Y",
]
WEST_PATS = ["%B {d}, %Y", "{d} %B %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    ("State Bank of India", "SBIN"),
    ("Federal Bank", "FDRL"),
    ("HDFC Bank", "HDFC"),
    ("ICICI Bank", "ICIC"),
    ("Canara Bank", "CNRB"),
    ("South Indian Bank", "SIBL"),
    ("Indian Overseas Bank", "IOBA"),
    ("Bank of Baroda", "BARB"),
    ("Axis Bank", "UTIB"),
    ("Union Bank of India", "UBIN"),
]
BOATS = [
    "St. Antony",
    "Velankanni Matha",
    "Jai Bhavani",
    "Sea Queen",
    "Sri Venkateswara",
    "Holy Family",
    "Gangaputra",
    "Mathsyagandhi",
    "Darya Sagar",
    "Little Flower",
]
# the boat owners at each harbour
OWNERS = {
    0: ["Joseph Xavier", "Thomas Fernandez", "K. P. Abdul Rasheed", "Shaji Antony"],
    1: ["Rameshbhai Solanki", "Jethabhai Kotiyan", "Bhagwanji Fofandi", "Kanubhai Tandel"],
    2: ["Kollu Satyanarayana", "Marupilla Appanna", "Vasupalli Ramu", "Mylapalli Polayya"],
    3: ["Antony Raj Fernando", "Selvam Michael", "Jebastin Paravar", "Rayappan Lobo"],
}
WORKERS = [
    "Sindhu Mol K. S.",
    "Bindu Prakash",
    "Ammini Thankappan",
    "Laxmi Bariki",
    "Kumari Behera",
    "Santhi Muthuraj",
    "Reshma Begum",
    "Mary Lissy",
]


class Deal:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 1000,
        high: float = 90000,
        p_round: float = 0.6,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.ref = utr(rng, self.date)

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int, pats: list[str] | None = None) -> str:
        """Another day (a cheque's, a bill's, an advance's, a landing's): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(pats or DAY_PATS))

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def month(self, back: int = 1) -> str:
        """A month (a wage month, a bill month, a storage month): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def neft_ref(rng: random.Random, bank: str, date: dt.date) -> str:
    """An NEFT UTR: 22 characters (HDFCN52026061512345678), 16 (FDRLN26166123456) or SBI's (SBIN426170123456)."""
    roll = rng.random()
    if bank == "SBIN" and roll < 0.5:
        return f"SBIN{rng.choice('2345')}{date:%y}{date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    if roll < 0.55:
        return f"{bank}N{rng.choice('2345')}{date:%Y%m%d}{digits(rng, 8)}"
    return f"{bank}N{date:%y}{date.timetuple().tm_yday:03d}{digits(rng, 6)}"


def rtgs_ref(rng: random.Random, bank: str, date: dt.date) -> str:
    return f"{bank}R{rng.choice('56')}{date:%Y%m%d}{digits(rng, 8)}"


def bank_ref(rng: random.Random) -> str:
    return rng.choice([f"{code(rng, 4, UPPER)}{digits(rng, 10)}", digits(rng, 12), f"BR{digits(rng, 11)}"])


def method_of(way: str) -> str:
    """The README's way: NEFT, RTGS and IMPS are "netbanking"."""
    return "netbanking" if way in ("NEFT", "RTGS", "IMPS", "netbanking") else way


def ifsc(rng: random.Random, head4: str | None = None) -> str:
    return f"{head4 or rng.choice(BANKS)[1]}0{digits(rng, 6)}"


def acct(rng: random.Random, n: int = 4) -> str:
    return f"XXXXXXX{digits(rng, n)}"


def reference(p: Screen, j: Deal, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference instead on
    a page without a day: a UTR spells the day), an approval code and an RRN for a card; none for cash or a cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Ref", "UPI RRN", "UPI Txn No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = bank_ref(rng)
        p.pair(rng.choice(["Bank Ref. No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_ref(rng, rng.choice(heads), j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_ref(rng, rng.choice(heads), j.date)
        p.pair(rng.choice(["RTGS UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {
        "cash": rng.choice(["Cash", "By cash"]),
        "UPI": rng.choice(["UPI", "UPI - Google Pay", "UPI (PhonePe)", "BHIM UPI"]),
        "NEFT": rng.choice(["NEFT", "Bank transfer (NEFT)"]),
        "RTGS": rng.choice(["RTGS", "Bank transfer (RTGS)"]),
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
        "cheque": "Cheque",
    }[way]


def cheque_rows(p: Screen, j: Deal, town: int) -> None:
    """A cheque's number, its day (never the payment's) and its bank."""
    rng = p.rng
    p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
    if not j.no_day:
        p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -4, 3))
    wrap_pair(p, rng.choice(["Drawn on", "Bank"]), f"{rng.choice(BANKS)[0]}, {UNITS[town][0]}")


def heading(
    p: Screen, name: str, sub: str, address: str, contact: str, kinds: list[str], *, merchant: bool = True
) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN or phone (never an id), the document's
    kind."""
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", address)
    p.add("small", contact)
    p.add("center", p.rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def initials(name: str) -> str:
    """A business's initials as its documents' numbers carry them (Malabar Reefer Logistics: MRL)."""
    return "".join(word[0] for word in name.replace("&", " ").split() if word[0].isalpha()).upper()[:4]


def phone_no(rng: random.Random) -> str:
    return f"{rng.choice('6789')}{digits(rng, 9)}"


def chat(p: Screen, contact: str, ins: list[str], outs: list[str]) -> None:
    """The page photographed and sent in a WhatsApp chat (heldout118's frame): the sender's line, the photo, a reply;
    the day divider never prints a day."""
    rng = p.rng
    bubbles = []
    if rng.random() < 0.7:
        bubbles.append(("in", rng.choice(ins)))
    bubbles.append(("image", ""))
    if rng.random() < 0.7:
        bubbles.append(("out", rng.choice(outs)))
    for _, text in bubbles:
        assert glyphs(p.font, text), (p.font, text)
    p.style["screen"] = True
    p.style["h118"] = {
        "chat": {
            "contact": contact,
            "divider": rng.choice(["Today", "Yesterday"]),
            "bubbles": bubbles,
            "times": chat_times(rng, len(bubbles)),
            "dark": rng.random() < 0.3,
            "last_seen": rng.choice(["online", "last seen today at " + hhmm(rng, lower=True)]),
        }
    }


# ---------------------------------------------------------------- 1. the harbour buyers' UPI


# the app, its band, its handles, its layout (A: payee first; B: outcome first, payee and sum on one row; C: a
# bank app's table)
UPI_APPS = [
    ("Google Pay", None, ["okaxis", "okhdfcbank", "oksbi", "okicici"], "A"),
    ("PhonePe", (95, 37, 159), ["ybl", "ibl", "axl"], "B"),
    ("Paytm", (0, 41, 107), ["paytm", "ptyes", "pthdfc", "ptsbi"], "B"),
    ("BHIM", (0, 98, 145), ["upi"], "A"),
    ("FedMobile", (0, 51, 102), ["fbl", "federal"], "C"),
    ("Amazon Pay", (35, 47, 62), ["apl", "yapl", "rapl"], "C"),
    ("YONO SBI", (40, 10, 110), ["sbi"], "B"),
    ("Navi", (18, 18, 24), ["naviaxis"], "A"),
]
# the payees at each harbour: the name, a person ("p") or a business ("m")
BOAT_NOTES = [
    "Catch payment - trip 14",
    "Squid 62 kg",
    "Cuttlefish lot balance",
    "Diesel advance - next trip",
    "Ribbon fish 4 boxes",
    "Prawn lot - PD grade",
]
ICE_NOTES = ["Ice 40 blocks", "Ice for reefer truck", "Crushed ice 2 tonnes", "Block ice - 2 boats"]
LOADING_NOTES = ["Unloading 2 boats", "Loading - 3 trucks", "Hamali - squid lots"]
HARBOUR_PAYEES = {
    0: [
        ("Joseph Xavier", "p", BOAT_NOTES),
        ("Kairali Ice Plant", "m", ICE_NOTES),
        ("Munambam Harbour Loading Workers", "m", LOADING_NOTES),
        ("St. Antony Boat Works", "m", ["Hull repair - St. Antony", "Propeller work"]),
        ("Thomas Fernandez", "p", BOAT_NOTES),
    ],
    1: [
        ("Rameshbhai Solanki", "p", BOAT_NOTES),
        ("Bhidiya Ice Factory", "m", ICE_NOTES),
        ("Shree Bhidiya Fish Traders", "m", ["Ribbon fish lot", "Auction balance"]),
        ("Jethabhai Kotiyan", "p", BOAT_NOTES),
    ],
    2: [
        ("Kollu Satyanarayana", "p", BOAT_NOTES),
        ("Sri Durga Ice Factory", "m", ICE_NOTES),
        ("Visakha Harbour Hamali Sangham", "m", LOADING_NOTES),
        ("Marupilla Appanna", "p", BOAT_NOTES),
    ],
    3: [
        ("Antony Raj Fernando", "p", BOAT_NOTES),
        ("Pearl City Ice Works", "m", ICE_NOTES),
        ("Selvam Michael", "p", BOAT_NOTES),
        ("Tharuvaikulam Net Menders", "m", ["Net repair", "Trawl net mending - 2 boats"]),
    ],
}


def upi_id(rng: random.Random, app: str, date: dt.date, no_day: bool) -> tuple[str, str, float] | None:
    """The app's own id (label, value, rank), none where it would spell the day on a page that prints none."""
    if app == "Google Pay":
        return "Google transaction ID", "CICAgO" + code(rng, 14, MIXED), TXN_RANK
    if app in ("PhonePe", "YONO SBI"):
        if no_day:
            return None
        own = (
            f"T{date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
            if app == "PhonePe"
            else (f"IF{date:%y%m%d}{digits(rng, 10)}")
        )
        return "Transaction ID", own, TXN_RANK
    if app == "Paytm":
        return "Order ID", digits(rng, 20), ORDER_RANK
    if app == "FedMobile":
        return "Txn Ref No.", f"FED{digits(rng, 11)}", TXN_RANK
    if app == "Amazon Pay":
        return (
            "Amazon Pay transaction ID",
            f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}",
            TXN_RANK,
        )
    if app == "Navi":
        return "Navi transaction ID", f"NAVI{code(rng, 4, UPPER)}{digits(rng, 12)}", TXN_RANK
    return None


def harbour_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The exporter's harbour buyers paying by UPI (Google Pay, PhonePe, Paytm, BHIM, FedMobile, Amazon Pay, YONO
    SBI, Navi; dark on some): a boat owner, an ice plant, the loading workers, a boat works or an agent (in capitals
    on some) under To / Paid to / Sent to / Paying to, the handle under it, the sum large, Payment successful /
    Completed / Transaction Successful / Money sent / Payment failed / Transaction Failed / Payment pending /
    Transaction pending / Transaction under process, a note (Ice 40 blocks, Catch payment - trip 14), UPI
    transaction ID / UTR / UPI Ref No. and the app's own id (Google transaction ID, PhonePe's and YONO's Transaction
    ID, Paytm's Order ID, Txn Ref No., Amazon Pay transaction ID, Navi transaction ID) on some, the day, the account
    debited."""
    k = place("harbour_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Deal(rng, status, no_ref=k == 2, no_day=k == 5, low=800, high=95000, p_round=0.8)
    app, band, handles, layout = UPI_APPS[k]
    town = k % 4
    to, kind, notes = rng.choice(HARBOUR_PAYEES[town])
    if kind == "m" and rng.random() < 0.3:
        to = to.upper()
    if kind == "m" and rng.random() < 0.6:
        j.amount = float(rng.choice([1800, 2400, 3600, 4400, 4800, 6000, 7200, 9600]))
    p = phone_page(rng, font, k, ["", "Payment status", "Transaction details"])
    dark = p.style["h106"]["dark"]
    rs = money(rng, font, 0.6)
    vpa_head = "".join(ch for ch in to.lower() if ch.isalpha())[:14]
    vpa = rng.choice([f"{vpa_head}@{rng.choice(handles)}", f"{phone_no(rng)}@{rng.choice(handles)}"])
    own = upi_id(rng, app, j.date, j.no_day)
    words = {
        "A": {
            "success": ["Payment successful", "Completed", "Money sent"],
            "failed": ["Payment failed"],
            "pending": ["Payment pending", "Processing"],
        },
        "B": {
            "success": ["Transaction Successful", "Paid Successfully"],
            "failed": ["Transaction Failed"],
            "pending": ["Transaction Pending"],
        },
        "C": {
            "success": ["Transaction successful", "Payment successful"],
            "failed": ["Transaction failed"],
            "pending": ["Transaction under process"],
        },
    }[layout]
    head(p, app, band, dark, ["UPI payment", "Scan & Pay", "Pay to contact"])
    when_text = None if j.no_day else stamp(rng, j.date, PATS)
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    if layout == "A":
        p.part = "outcome"
        if fits(p, "center", f"To {to}") and rng.random() < 0.6:
            p.add("center", f"To {to}", merchant=to)
        else:
            p.add("small", "To")
            p.add("center", to, merchant=to)
        p.add("small", vpa, method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        if when_text:
            p.add("small", when_text, date=j.date)
    elif layout == "B":
        p.part = "outcome"
        outcome_row(p, status, words)
        if when_text:
            p.add("small", when_text, date=j.date)
        p.part = "body"
        p.add("gap")
        p.add("left", lab)
        if fits(p, "pair", f"{to}     {rs(j.amount)}"):
            p.add("pair", to, rs(j.amount), merchant=to, amount=j.amount)
        else:
            p.add("left", to, merchant=to)
            p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", vpa, method="UPI")
    else:
        p.part = "outcome"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.part = "body"
        p.add("rule")
        wrap_pair(p, lab, to, merchant=to)
        wrap_pair(p, rng.choice(["UPI ID", "VPA"]), vpa, method="UPI")
    if status == "failed":
        p.add(
            "small",
            rng.choice(
                [
                    "Money debited, if any, will be refunded in 3-5 working days.",
                    "The receiver's bank did not respond. No money was debited.",
                ]
            ),
        )
    elif status == "pending":
        p.add(
            "small",
            rng.choice(
                [
                    "Awaiting confirmation from the receiver's bank. Do not pay again.",
                    "We will update the status within 48 hours.",
                ]
            ),
        )
    if rng.random() < 0.85:
        wrap_pair(p, rng.choice(["Note", "Message", "Remarks"]), rng.choice(notes))
    p.part = "ref"
    p.add("rule")
    if not j.no_ref:
        rows = [
            (
                rng.choice(["UPI transaction ID", "UTR", "UPI Ref No.", "UPI Reference No."]),
                j.ref,
                (UTR_RANK, j.ref),
            )
        ]
        if own and rng.random() < 0.7:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if layout == "C" and when_text:
        labelled(p, rng.choice(["Date & Time", "Transaction date", "Paid on"]), when_text, date=j.date)
    bank = rng.choice(BANKS)[0]
    p.pair(rng.choice(["Debited from", "From", "Paid from"]), f"{bank} {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. auction agents' bills, boat owners' receipts


# the issuer (an agent's bill or a boat owner's receipt), its harbour, the way paid, a photo in a chat
AUCTION_PAGES = [
    ("agent", 0, "UPI", True),
    ("owner", 1, "cash", False),
    ("agent", 2, "NEFT", False),
    ("owner", 3, "cheque", False),
    ("agent", 1, "RTGS", True),
    ("agent", 0, "cheque", False),
    ("owner", 0, "UPI", True),
    ("agent", 3, "IMPS", False),
]
AGENTS = {
    0: "Munambam Fish Merchants & Commission Agents",
    1: "Shree Bhidiya Fish Traders",
    2: "Visakha Fishing Harbour Traders",
    3: "Tharuvaikulam Fish Auction Agency",
    5: "Chellanam Sea Foods Auction Agency",
}
AGENT_SUBS = [
    "Fish auctioneers & commission agents",
    "Licensed auctioneers - fishing harbour",
    "Fresh fish auction, commission agents & exporters' suppliers",
]
# the species landed at each harbour, with their rate per kg
SPECIES = {
    0: [
        ("Karikkadi shrimp", 180, 260),
        ("Poovalan prawn", 320, 450),
        ("Squid (Kanava)", 170, 240),
        ("Cuttlefish (Kallan kanava)", 220, 310),
        ("Ribbon fish (Thalayan)", 70, 110),
        ("Reef cod (Kalava)", 260, 380),
    ],
    1: [
        ("Ribbon fish", 60, 100),
        ("Pomfret (Paplet)", 450, 800),
        ("Squid", 160, 230),
        ("Cuttlefish", 200, 290),
        ("Croaker (Dhoma)", 80, 130),
        ("Lobster", 1400, 2200),
    ],
    2: [
        ("Tiger prawn", 550, 800),
        ("Seer fish (Vanjaram)", 600, 900),
        ("Squid", 170, 240),
        ("Ribbon fish", 70, 110),
        ("Flower prawn", 380, 520),
    ],
    3: [
        ("Squid", 180, 250),
        ("Cuttlefish", 230, 320),
        ("Blue swimmer crab", 300, 450),
        ("Seer fish (Vanjiram)", 650, 950),
        ("Octopus", 220, 300),
    ],
}
CHAT_CONTACTS = {
    0: "Biju Munambam",
    1: "Hasmukh Bhidiya",
    2: "Appa Rao Harbour",
    3: "Jebaraj Tharuvai",
    5: "Sunny Chellanam",
}


def lots(
    rng: random.Random, town: int, n: int, cap: float, floor: float = 0.0
) -> list[tuple[str, float, float, float]]:
    """The lots bought: a species, its weight (less of the dear ones) and rate, its value; their sum between
    ``floor`` and ``cap``."""
    while True:
        rows = []
        for name, lo, hi in rng.sample(SPECIES[town], n):
            top_kg = 420 if hi < 300 else 160 if hi < 1000 else 45
            kg = round(rng.uniform(8, top_kg) * 2) / 2
            rate = float(whole(rng.uniform(lo, hi), 5))
            rows.append((name, kg, rate, round(kg * rate, 2)))
        if floor <= sum(v for *_, v in rows) < cap:
            return rows


def show_lots(p: Screen, rs, rows: list[tuple[str, float, float, float]]) -> float:
    """The lots on the page (no fact); their gross value."""
    for name, kg, rate, value in rows:
        item_row(p, name, f"{kg:g} kg x {rate:,.0f}", rs(value))
    return round(sum(v for *_, v in rows), 2)


def auction_patti(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fish the exporter buys at the harbours, on the sellers' own paper (monospace or serif; three photographed
    into a WhatsApp chat): five commission agents' AUCTION PURCHASE BILL / FISH AUCTION BILL / PATTI - BUYER'S COPY
    (the agent on top, its line, address, GSTIN: Bill No. / Patti No., Date, Buyer M/s Tarangini Seafoods Pvt Ltd,
    Boat (name and IND-KL-07-MM-4521), the lots (Poovalan prawn 62.5 kg x 380), Gross value, Add: Commission @ 2%,
    Add: GST @ 18% on commission, Add: Loading & icing (hamali), Total / Net payable, Amount received / Received,
    words, the way and its reference, or Cheque No., Cheque date, Drawn on) and three boat owners' CATCH SALE RECEIPT
    / RECEIPT (the owner on top, Owner - fishing boat <boat> (<registration>), No., Date, "Received from M/s Tarangini
    Seafoods Pvt Ltd ... towards the catch of <boat> landed at <harbour>", the lots, Total value, Less: Advance taken
    (diesel & ice), Balance received); RECEIVED / PAID / RECEIVED WITH THANKS / CHEQUE RETURNED - FUNDS INSUFFICIENT /
    CHEQUE RECEIVED - SUBJECT TO REALISATION, the seller's rubber stamp on some."""
    k = place("auction_patti")
    status = outcome(k, failed=(5,), pending=(3,))
    kind, town, way, photo = AUCTION_PAGES[k]
    j = Deal(rng, status, no_ref=k == 6, no_day=k == 2)
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    city = UNITS[town]
    boat = rng.choice(BOATS)
    reg = f"IND-{city[5]}-MM-{rng.randrange(3000, 9999)}"
    if kind == "agent":
        name = AGENTS[5 if k == 5 else town]
        if rng.random() < 0.3:
            name = name.upper()
        hall = "Chellanam Fishing Harbour, Kochi - 682008" if k == 5 else f"{city[6]}, {city[0]} - {city[1]}"
        heading(
            p,
            name,
            rng.choice(AGENT_SUBS),
            f"Auction hall, {hall}",
            f"GSTIN: {gstin(rng, city[4])}  |  Ph. {phone_no(rng)}",
            ["AUCTION PURCHASE BILL", "FISH AUCTION BILL", "PATTI - BUYER'S COPY"],
        )
        if not j.no_ref:
            no = (
                f"{rng.randrange(1, 9999):04d}"
                if rng.random() < 0.5
                else f"{j.year()}{rng.randrange(1, 9999):04d}"
            )
            p.pair(rng.choice(["Bill No.", "Patti No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair(rng.choice(["Date", "Auction date"]), j.day(rng), date=j.date)
        wrap_pair(p, "Buyer", f"M/s {EXPORTER}")
        wrap_pair(p, "Boat", f"{boat} ({reg})")
        p.add("rule")
        gross = show_lots(
            p,
            rs,
            lots(
                rng,
                town,
                rng.randint(2, 4),
                95000 if way == "UPI" else 900000,
                210000 if way == "RTGS" else 0.0,
            ),
        )
        p.add("rule")
        p.pair("Gross value", rs(gross))
        comm = round(gross * 0.02, 2)
        gst = round(comm * 0.18, 2)
        hamali = float(rng.choice([350, 450, 600, 750, 900]))
        p.pair("Add: Commission @ 2%", rs(comm))
        p.pair("Add: GST @ 18% on commission", rs(gst))
        p.pair("Add: Loading & icing (hamali)", rs(hamali))
        total = round(gross + comm + gst + hamali, 2)
        j.amount = total
        p.pair(rng.choice(["Total", "Net payable"]), rs(total))
        p.pair(
            rng.choice(["Amount received", "Received"]) if way != "cheque" else "Cheque amount",
            rs(total),
            amount=total,
        )
    else:
        owner = rng.choice(OWNERS[town])
        shown = owner.upper() if rng.random() < 0.5 else owner
        heading(
            p,
            shown,
            f"Owner - fishing boat {boat} ({reg})",
            f"{city[6]}, {city[0]}",
            f"Mob. {phone_no(rng)}",
            ["CATCH SALE RECEIPT", "RECEIPT"],
        )
        if not j.no_ref:
            no = f"{rng.randrange(1, 999):03d}"
            p.pair("No.", no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        p.add("rule")
        cap = {"UPI": 120000, "cash": 230000}.get(way, 900000)
        gross = show_lots(p, rs, lots(rng, town, rng.randint(2, 3), cap))
        p.add("rule")
        p.pair("Total value", rs(gross))
        advance = float(whole(gross * rng.uniform(0.15, 0.4), 500))
        if way in ("UPI", "cash"):
            advance = max(advance, float(whole(gross - (99000 if way == "UPI" else 195000), 500)) + 500)
        label = "Less: Advance taken (diesel & ice)"
        if not j.no_day and rng.random() < 0.5:
            label = f"Less: Advance taken on {j.other_day(rng, -12, -2, ['%d/%m', '{d} %b'])}"
        p.pair(label, rs(advance))
        j.amount = round(gross - advance, 2)
        p.pair(
            "Cheque amount" if way == "cheque" else rng.choice(["Balance received", "Balance paid to me"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.add(
            "left",
            f"Received from M/s {EXPORTER}, {city[0]} the sum of {words_in_rupees(j.amount)} towards "
            f"the catch of {boat} landed at {city[6]}.",
        )
    if kind == "agent":
        p.add("small", f"({words_in_rupees(j.amount)})")
    if way == "cheque":
        cheque_rows(p, j, town)
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            reference(p, j, way, ["FDRL", "SBIN", "SIBL", "CNRB"])
    word = {
        "success": rng.choice(["RECEIVED", "PAID", "RECEIVED WITH THANKS"]),
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add(
            "small", "Cheque return charges Rs 350 to be paid with the balance. Next lots only against cash."
        )
    p.part = "foot"
    if kind == "owner":
        right(p, rng.choice(["Signature of boat owner", "Received - boat owner"]))
    else:
        right(p, "For the auctioneers")
        if not photo and rng.random() < 0.6:
            seal(
                p,
                AGENTS[5 if k == 5 else town],
                "ACCOUNTS",
                None,
                {"success": "PAID", "failed": "CHEQUE RETURNED", "pending": "SUBJECT TO REALISATION"}[status],
            )
    if photo:
        chat(
            p,
            CHAT_CONTACTS[5 if k == 5 else town],
            ["Bill for today's lots", "Patti attached", "Please check"],
            ["Ok noted", "Received, thanks", "Checked. Ok"],
        )
    return p.done()


# ---------------------------------------------------------------- 3. harbour diesel bunks' and ice plants' slips


# the outlet (its name line), the oil company's or plant's line above it, its town, the terminal's maker, the kind
BUNKS = [
    ("MATSYAFED FUEL BUNK", "", 0, "PINE LABS", "hsd"),
    ("BHIDIYA MARINE FUELS", "INDIANOIL", 1, "WORLDLINE", "fleet"),
    ("HARBOUR FILLING STATION", "HINDUSTAN PETROLEUM", 2, "HDFC BANK", "hsd"),
    ("PEARL CITY ICE WORKS", "", 3, "EZETAP", "iceqr"),
    ("NEW HARBOUR FUEL POINT", "BHARAT PETROLEUM", 3, "SBI", "hsd"),
    ("KAIRALI ICE PLANT", "", 0, "PAYTM", "ice"),
    ("SAGAR KINARA FUELS", "NAYARA ENERGY", 1, "ICICI BANK", "hsd"),
    ("SRI DURGA ICE FACTORY", "", 2, "MOSAMBEE", "iceqr"),
]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y", "%d%b%y"]
DECLINE_CODES = ["51 INSUFFICIENT FUNDS", "55 INCORRECT PIN", "05 DO NOT HONOUR", "61 EXCEEDS AMOUNT LIMIT"]


def bunk_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The harbour's card terminal slips (monospace; Pine Labs, Worldline, HDFC Bank, Ezetap, SBI, Paytm, ICICI Bank,
    Mosambee): five diesel bunks (MATSYAFED FUEL BUNK, IndianOil's, HP's, Bharat Petroleum's and Nayara Energy's
    dealers: the oil company's line on top on most, the outlet's name, the harbour and town) selling HSD to the boats
    and the reefer trucks (PRODUCT: HSD, NOZZLE:, BOAT NO: IND-KL-07-MM-4521 / VEHICLE NO:, VOLUME(L):, RATE(RS/L):,
    AMOUNT: / SALE AMT:; XTRAPOWER FLEET CARD on one) and three ice plants (ICE BLOCKS 50 KG X n @ rate, CRUSHED ICE
    (TONNE), or MODE: UPI - DYNAMIC QR with PAYER VPA: and QR TXN ID:): DATE: / TIME: or DT: TM: on one row or TXN
    DT/TM:, MID:, TID:, BATCH NO:, INVOICE NO: / BILL NO:, CARD NO:, CARD TYPE:, ENTRY:, APPR CODE: / AUTH CODE:,
    RRN: / REF NO:; APPROVED / TXN APPROVED / SALE SUCCESSFUL / DECLINED with RESP CODE / UPI TXN PENDING with CHECK
    STATUS BEFORE RELEASING ICE."""
    k = place("bunk_slips")
    status = outcome(k, failed=(2,), pending=(3,))
    name, brand, town, maker, kind = BUNKS[k]
    j = Deal(rng, status, no_ref=k == 6, no_day=k == 1)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", maker)
    if brand:
        p.add("center", brand)
    p.add("center", name, merchant=name)
    line = f"{UNITS[town][6]}, {UNITS[town][0]}".upper()
    p.add("center", line if fits(p, "center", line) else UNITS[town][0].upper())
    p.add("center", rng.choice(["SALE", "CARD SALE"]) if kind not in ("iceqr",) else "UPI QR SALE")
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TM:"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        one = f"DT:{text}  TM:{clock}"
        form = rng.random()
        if form < 0.4 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.75:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
        else:
            p.pair("TXN DT/TM:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair("TID:", f"{code(rng, 2, UPPER)}{digits(rng, 6)}" if rng.random() < 0.5 else digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("rule")
    if kind in ("hsd", "fleet"):
        rate = round(rng.uniform(89.2, 95.8), 2)
        boat = rng.random() < 0.6 and kind != "fleet"
        litres = round(rng.uniform(300, 1900) if boat else rng.uniform(120, 400), 2)
        j.amount = round(litres * rate, 2)
        p.pair("PRODUCT:", "HSD")
        p.pair("NOZZLE:", str(rng.randint(1, 6)))
        if boat:
            p.pair("BOAT NO:", f"IND-{UNITS[town][5]}-MM-{rng.randrange(3000, 9999)}")
        else:
            st = UNITS[town][5].split("-")[0]
            p.pair(
                "VEHICLE NO:",
                f"{st}-{rng.randrange(1, 99):02d}-{code(rng, 2, UPPER)}-{rng.randrange(1000, 9999)}",
            )
        p.pair("VOLUME(L):", f"{litres:,.2f}")
        p.pair("RATE(RS/L):", f"{rate:.2f}")
    elif kind in ("ice", "iceqr"):
        if rng.random() < 0.6:
            blocks, rate = rng.randint(10, 80), float(rng.choice([95, 105, 110, 120, 130]))
            j.amount = blocks * rate
            p.pair("ITEM:", "ICE BLOCKS 50 KG")
            p.pair("QTY:", f"{blocks} X {rate:.2f}")
        else:
            tonnes, rate = rng.choice([1, 1.5, 2, 2.5, 3, 4]), float(rng.choice([2200, 2400, 2600, 2800]))
            j.amount = tonnes * rate
            p.pair("ITEM:", "CRUSHED ICE (TONNE)")
            p.pair("QTY:", f"{tonnes:g} X {rate:.2f}")
    if kind == "iceqr":
        p.pair("MODE:", "UPI - DYNAMIC QR", method="UPI")
        p.pair("PAYER VPA:", f"{phone_no(rng)}@{rng.choice(['ybl', 'okaxis', 'fbl', 'sbi'])}")
        if not j.no_ref:
            qid = f"QR{digits(rng, 14)}"
            p.pair("QR TXN ID:", qid, txn=(TXN_RANK, qid))
            if status == "success":
                p.pair(rng.choice(["RRN:", "UPI REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair(
            "CARD TYPE:", "XTRAPOWER FLEET" if kind == "fleet" else f"{net} {rng.choice(['DEBIT', 'CREDIT'])}"
        )
        p.pair("ENTRY:", "SWIPE" if k == 2 else "CONTACTLESS" if j.amount <= 5000 else "CHIP")
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouped = rng.random() < 0.5
    value = f"{mark}{j.amount:,.2f}" if grouped else f"{mark}{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), value, amount=j.amount)
    p.add("rule")
    word = {
        "success": rng.choice(["APPROVED", "TXN APPROVED", "SALE SUCCESSFUL"]),
        "failed": "DECLINED",
        "pending": "UPI TXN PENDING",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("center", f"RESP CODE: {rng.choice(DECLINE_CODES)}")
    elif status == "pending":
        p.add("small", "CHECK STATUS BEFORE RELEASING ICE")
    p.part = "foot"
    if status == "success" and kind not in ("iceqr",):
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "MERCHANT COPY", "THANK YOU - VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 4. the foreign buyers' wires


# whose page (the exporter's bank or the buyer), the bank or the buyer, the frame, the currency
WIRE_PAGES = [
    ("bank", "HDFC Bank", "mail", "USD"),
    ("bank", "State Bank of India", "browser", "EUR"),
    ("buyer", "Pacific Harvest Seafood Inc.", "mail", "USD"),
    ("bank", "Federal Bank", "paper", "USD"),
    ("bank", "ICICI Bank", "browser", "EUR"),
    ("buyer", "Pescados Atlantico S.L.", "mail", "EUR"),
    ("bank", "Axis Bank", "mail", "USD"),
    ("buyer", "Noordzee Visimport B.V.", "mail", "EUR"),
]
# the buyer remitting to a bank's page: name, country, remitting bank, its BIC
REMITTERS = {
    0: (
        "Al Bahar Foodstuff Trading LLC",
        "United Arab Emirates",
        "Emirates NBD Bank PJSC, Dubai",
        "EBILAEAD",
    ),
    1: ("Frigorificos Vigo Mar S.A.", "Spain", "Banco de Sabadell S.A., Vigo", "BSABESBB"),
    3: ("Yamato Suisan Co., Ltd.", "Japan", "MUFG Bank, Ltd., Tokyo", "BOTKJPJT"),
    4: ("Zeeland Vis B.V.", "Netherlands", "ING Bank N.V., Amsterdam", "INGBNL2A"),
    6: ("Saigon Ocean Foods JSC", "Vietnam", "Vietcombank, Ho Chi Minh City", "BFTVVNVX"),
}
# a buyer's own advice: its address, its domain, its bank
BUYERS = {
    2: (
        "1200 Harbor Blvd, Los Angeles, CA 90021, USA",
        "pacificharvestseafood.com",
        "Wells Fargo Bank, N.A.",
    ),
    5: (
        "Puerto Pesquero, Muelle de Bouzas, 36208 Vigo, Spain",
        "pescadosatlantico.es",
        "Banco Santander S.A.",
    ),
    7: ("Havenkade 14, 1976 DS IJmuiden, Netherlands", "noordzeevis.nl", "ABN AMRO Bank N.V."),
}
WIRE_SITES = {
    "State Bank of India": "trade.onlinesbi.sbi/inward-remittance/advice",
    "ICICI Bank": "tradeonline.icicibank.com/irm/status",
}
WIRE_SENDERS = {
    "HDFC Bank": "HDFC Bank Trade Services <tradeservices@hdfcbank.net>",
    "Axis Bank": "Axis Bank Forex <forex.alerts@axisbank.com>",
}
GOODS = [
    "Frozen Vannamei shrimp HLSO 31/40",
    "Frozen squid rings IQF",
    "Frozen cuttlefish whole cleaned",
    "Frozen ribbon fish (block)",
    "Frozen PUD shrimp 100/200",
    "Frozen seer fish steaks",
]


def uetr(rng: random.Random) -> str:
    """A SWIFT gpi end-to-end reference (a UUID)."""
    parts = [
        code(rng, 8, HEX),
        code(rng, 4, HEX),
        "4" + code(rng, 3, HEX),
        rng.choice("89ab") + code(rng, 3, HEX),
        code(rng, 12, HEX),
    ]
    return "-".join(parts)


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Foreign buyers paying the exporter for its containers in US dollars and euros: five of the exporter's banks'
    inward remittance advices (HDFC Bank's and Axis Bank's e-mails, State Bank of India's and ICICI Bank's trade
    portals in a browser, Federal Bank's printed advice: the bank on top and its line, Inward Remittance - Credit
    Advice / Foreign Inward Remittance Advice / Advice of credit - export proceeds, Beneficiary name / Beneficiary
    (the company, in capitals on some), Beneficiary account, IEC, Remitter / Ordering customer, Remitter's country,
    Remitting bank and its BIC, Purpose code P0102 / P0103, Goods, Export invoice, Remittance amount / Foreign
    currency amount, Exchange rate, INR equivalent, Less: Bank charges (incl. GST), Less: GST on currency conversion,
    Amount credited (INR), or Credited to EEFC account, Mode SWIFT inward (MT103), Inward ref No. / Transaction
    reference / Our reference, UETR on some, Value date / Credited on / Received on / Returned on, Status; Credited /
    Credited to your account / Returned to remitting bank - beneficiary name mismatch / Received - pending disposal
    (purpose code and invoice awaited)) and three buyers' own remittance advices by e-mail (a Los Angeles importer in
    dollars, a Vigo and an IJmuiden importer in euros: the buyer on top and its address, REMITTANCE ADVICE / PAYMENT
    ADVICE, Payee / Beneficiary / Supplier, Beneficiary bank, SWIFT / BIC, Account, Payment No. / Payment document,
    Payment date / Value date, the invoices paid (Invoice TS/EXP/26-27/041), Less: Quality claim on some, Total
    remitted / Amount remitted, Charges OUR / SHA, Our bank, Bank reference / SWIFT ref (MT103), UETR on some, Status
    Paid / Released / Executed)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(3,))
    side, who, frame, cur = WIRE_PAGES[k]
    j = Deal(rng, status, no_ref=k == 6, no_day=k == 7)
    show = fx(rng, font, cur)
    rate = round(rng.uniform(85.6, 89.4), 4) if cur == "USD" else round(rng.uniform(96.2, 102.8), 4)
    payee = EXPORTER if rng.random() < 0.5 else EXPORTER_LONG
    inv_head = "TS/EXP/" + ("" if j.no_day else f"{fy(j.date)}/")
    if side == "bank":
        buyer, country, rbank, bic = REMITTERS[k]
        j.amount = (
            float(whole(rng.uniform(18000, 96000), 50))
            if rng.random() < 0.6
            else round(rng.uniform(18000, 96000), 2)
        )
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                WIRE_SENDERS[who],
                [
                    "Inward remittance credited to your account",
                    "Credit advice - inward remittance",
                    "Export proceeds received",
                ],
            )
        elif frame == "browser":
            p = browser_page(rng, font, WIRE_SITES[who])
        else:
            p = paper_page(rng, font, [700, 740, 760])
        p.part = "head"
        top(p, who)
        p.add(
            "small",
            rng.choice(
                [
                    "Trade & Forex Services",
                    "Global Trade Services - Kochi",
                    "International Banking - export remittances",
                ]
            ),
        )
        p.add(
            "center",
            rng.choice(
                [
                    "Inward Remittance - Credit Advice",
                    "Foreign Inward Remittance Advice",
                    "Advice of credit - export proceeds",
                ]
            ),
        )
        p.add("rule")
        p.part = "body"
        words = {
            "success": ["Credited", "Credited to your account"],
            "failed": ["Returned to remitting bank - beneficiary name mismatch"],
            "pending": ["Received - pending disposal (purpose code and invoice awaited)"],
        }
        if frame == "browser":
            outcome_row(p, status, words)
        wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), payee, merchant=payee)
        eefc = status == "success" and rng.random() < 0.3
        p.pair("Beneficiary account", f"{'EEFC' if eefc else 'Current'} A/c {acct(rng)}")
        p.pair("IEC", code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER))
        wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), buyer)
        p.pair("Remitter's country", country)
        wrap_pair(p, rng.choice(["Remitting bank", "Sender's bank"]), rbank)
        p.pair("BIC", bic)
        wrap_pair(
            p,
            "Purpose code",
            rng.choice(["P0102 - Realisation of export bills", "P0103 - Advance against exports"]),
        )
        wrap_pair(p, "Goods", rng.choice(GOODS))
        p.pair("Export invoice", f"{inv_head}{rng.randrange(1, 400):03d}")
        p.pair(
            rng.choice(["Remittance amount", "Foreign currency amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        if status == "success" and not eefc:
            inr = round(j.amount * rate, 2)
            charges = float(rng.choice([500, 750, 1000, 1500])) * 1.18
            conv = round(min(max(inr * 0.0001 * 1.0, 250), 10000) * 0.18, 2) if rng.random() < 0.7 else 0.0
            rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
            p.pair("Exchange rate", f"1 {cur} = INR {rate:.4f}")
            p.pair("INR equivalent", rs(inr))
            p.pair("Less: Bank charges (incl. GST)", rs(round(charges, 2)))
            if conv:
                p.pair("Less: GST on currency conversion", rs(conv))
            p.pair("Amount credited (INR)", rs(round(inr - round(charges, 2) - conv, 2)))
        elif eefc:
            p.pair("Credited to", f"EEFC account in {cur}")
        p.pair("Mode", "SWIFT inward (MT103)", method="netbanking")
        if not j.no_ref:
            ref = {
                "HDFC Bank": f"{digits(rng, 4)}IRM{j.date:%y}{digits(rng, 7)}",
                "State Bank of India": f"SBINIR{digits(rng, 10)}",
                "Federal Bank": f"FBIW{j.date:%y}{digits(rng, 8)}",
                "ICICI Bank": f"IRM{code(rng, 3, UPPER)}{digits(rng, 9)}",
                "Axis Bank": f"AXIR{digits(rng, 11)}",
            }[who]
            labelled(
                p,
                rng.choice(["Inward ref No.", "Transaction reference", "Our reference"]),
                ref,
                txn=(BANK_RANK, ref),
            )
            if rng.random() < 0.5:
                u = uetr(rng)
                wrap_pair(p, "UETR", u, txn=(TXN_RANK, u))
        if not j.no_day:
            lab = {
                "success": rng.choice(["Value date", "Credited on"]),
                "failed": "Returned on",
                "pending": "Received on",
            }[status]
            p.pair(lab, when(j.date, rng.choice(DAY_PATS)), date=j.date)
        if frame != "browser":
            p.pair("Status", rng.choice(words[status]), status=status)
        if status == "pending":
            p.add("small", "Upload the export invoice and confirm the purpose code to credit the funds.")
        elif status == "failed":
            p.add(
                "small",
                "The funds were returned to the remitter's bank. Ask your buyer to resend with the "
                "beneficiary name as per our records.",
            )
        else:
            p.add("small", "The e-BRC will be available on the DGFT portal once the remittance is realised.")
        p.part = "foot"
        p.add(
            "small",
            rng.choice(
                [
                    "This is a system generated advice and needs no signature.",
                    "For queries contact your relationship manager.",
                ]
            ),
        )
        return p.done()
    address, domain, obank = BUYERS[k]
    p = mail_page(
        rng,
        font,
        f"Accounts Payable <{rng.choice(['ap', 'accounts', 'payments'])}@{domain}>",
        [f"Remittance advice - {EXPORTER}", "Payment advice", "Payment released - your invoices"],
    )
    p.part = "head"
    top(p, who)
    p.add("small", address)
    p.add("center", rng.choice(["REMITTANCE ADVICE", "PAYMENT ADVICE"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam, we have remitted the amount below to your account today.")
    wrap_pair(p, rng.choice(["Payee", "Beneficiary", "Supplier"]), payee, merchant=payee)
    bank_line, bic = rng.choice(
        [("Federal Bank Ltd, Kochi, India", "FDRLINBBIBD"), ("HDFC Bank Ltd, Kochi, India", "HDFCINBBXXX")]
    )
    wrap_pair(p, "Beneficiary bank", bank_line)
    p.pair("SWIFT / BIC", bic)
    p.pair("Account", acct(rng))
    if not j.no_ref:
        doc = (
            f"PV{digits(rng, 7)}" if rng.random() < 0.5 else f"{rng.choice(['PAY', 'PMT'])}-{digits(rng, 6)}"
        )
        p.pair(rng.choice(["Payment No.", "Payment document"]), doc, txn=(INVOICE_RANK, doc))
    if not j.no_day:
        p.pair(rng.choice(["Payment date", "Value date"]), when(j.date, rng.choice(WEST_PATS)), date=j.date)
    p.add("rule")
    total = 0.0
    for _ in range(rng.randint(1, 3)):
        value = (
            float(whole(rng.uniform(14000, 52000), 10))
            if rng.random() < 0.7
            else round(rng.uniform(14000, 52000), 2)
        )
        total += value
        p.pair(f"Invoice {inv_head}{rng.randrange(1, 400):03d}", show(value))
    if rng.random() < 0.6:
        claim = round(rng.uniform(250, 2600), 2)
        wrap_pair(
            p,
            rng.choice(["Less: Quality claim (broken pieces)", "Less: Claim - glaze shortfall"]),
            f"-{show(claim)}",
        )
        total -= claim
    j.amount = round(total, 2)
    p.add("rule")
    p.pair(rng.choice(["Total remitted", "Amount remitted"]), show(j.amount), amount=j.amount, cur=cur)
    p.pair("Charges", rng.choice(["OUR (all charges ours)", "SHA (shared)"]), method="netbanking")
    wrap_pair(p, "Our bank", obank)
    if not j.no_ref:
        ref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Bank reference", "SWIFT ref (MT103)"]), ref, txn=(BANK_RANK, ref))
        if rng.random() < 0.5:
            u = uetr(rng)
            wrap_pair(p, "UETR", u, txn=(TXN_RANK, u))
    p.pair(
        rng.choice(["Status", "Payment status"]),
        rng.choice(["Paid", "Released", "Executed"]),
        status="success",
    )
    p.part = "foot"
    p.add("small", "Please apply the payment against the invoices listed. Kind regards, Accounts Payable")
    return p.done()


# ---------------------------------------------------------------- 5. the company's corporate net banking


# the product, its bank, its IFSC head, web page or app, the mode, the page's address
CORP_PAGES = [
    ("FedCorp", "Federal Bank", "FDRL", "web", "NEFT", "fedcorp.federalbank.co.in/corp/fundtransfer/ack"),
    ("CSB Corporate", "CSB Bank", "CSBK", "web", "RTGS", "corporate.csb.co.in/payments/status"),
    (
        "yono BUSINESS",
        "State Bank of India",
        "SBIN",
        "web",
        "NEFT",
        "yonobusiness.sbi/payments/transaction-status",
    ),
    ("IOB Corporate", "Indian Overseas Bank", "IOBA", "web", "IMPS", "www.iobnet.co.in/corp/transfer/ack"),
    ("bob World Business", "Bank of Baroda", "BARB", "app", "IMPS", ""),
    ("Kotak FYN", "Kotak Mahindra Bank", "KKBK", "web", "RTGS", "fyn.kotak.com/payments/acknowledgement"),
    ("neo by Axis Bank", "Axis Bank", "UTIB", "app", "NEFT", ""),
    ("Dhanlaxmi Corporate", "Dhanlaxmi Bank", "DLXB", "web", "NEFT", "corporate.dhanbank.com/transfer/ack"),
]
CORP_BANDS = {"bob World Business": (240, 90, 40), "neo by Axis Bank": (151, 20, 77)}
# the beneficiaries at each plant: the name as the bank prints it, the remark
PAYEES_NB = {
    0: [
        ("JOSEPH XAVIER", "Catch payment - St. Antony"),
        ("SREE NARAYANA PEELING SHED", "Peeling charges - wk 24"),
        ("Munambam Fish Merchants & Commission Agents", "Auction bills - squid lots"),
        ("KAIRALI ICE PLANT", "Ice supply"),
    ],
    1: [
        ("SHREE BHIDIYA FISH TRADERS", "Ribbon fish lots"),
        ("RAMESHBHAI SOLANKI", "Catch payment - Jai Bhavani"),
        ("Saurashtra Marine Peeling Works", "Peeling & grading charges"),
    ],
    2: [
        ("VISAKHA FISHING HARBOUR TRADERS", "Prawn lots - harbour"),
        ("KOLLU SATYANARAYANA", "Catch balance"),
        ("Sri Durga Ice Factory", "Crushed ice supply"),
    ],
    3: [
        ("ANTONY RAJ FERNANDO", "Catch payment - Little Flower"),
        ("Tharuvaikulam Fish Auction Agency", "Squid lots"),
        ("PEARL CITY ICE WORKS", "Ice - reefer loading"),
    ],
}


def boat_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying boat owners, auction agents, peeling sheds and ice plants from its corporate net banking
    (Federal Bank's FedCorp, CSB Bank's, SBI's yono BUSINESS, Indian Overseas Bank's, Kotak FYN and Dhanlaxmi Bank's
    in a browser; bob World Business and neo by Axis Bank on a phone): the bank on top and the product, Fund Transfer
    - Acknowledgement / Transaction Status / Payment Acknowledgement, Transaction successful / Payment processed
    successfully / <mode> transfer successful / Transaction failed - beneficiary account closed / <mode> transfer
    failed / Pending authorisation - checker / Awaiting approval by authoriser, Reference No. / Transaction Ref. No.,
    Debit account and Debit account name (the company), Beneficiary name / Beneficiary / Pay to (as the bank prints
    it, in capitals on most), Beneficiary account, IFSC, Beneficiary bank, Amount / Transfer amount or the sum large,
    Charges (incl. GST), Total debit, Payment mode, UTR / UTR No. / IMPS Ref No. / RRN, Remarks, Maker and Checker,
    Value date / Transaction date / Processed on / Failed on / Initiated on."""
    k = place("boat_transfers")
    status = outcome(k, failed=(4,), pending=(2,))
    product, bank, head4, kind, mode, url = CORP_PAGES[k]
    lo, hi = {"NEFT": (15000, 450000), "RTGS": (210000, 950000), "IMPS": (5000, 490000)}[mode]
    j = Deal(rng, status, no_ref=k == 6, no_day=k == 3, low=lo, high=hi, p_round=0.7)
    to, remark = rng.choice(PAYEES_NB[k % 4])
    payer = rng.choice([EXPORTER, EXPORTER_LONG])
    charge = {
        "NEFT": rng.choice([2.95, 5.90, 14.75, 17.70]),
        "RTGS": rng.choice([29.50, 59.00]),
        "IMPS": rng.choice([5.90, 11.80, 17.70]),
    }[mode]
    rs = money(rng, font, 0.3)
    words = {
        "success": [
            "Transaction successful",
            "Payment processed successfully",
            f"{mode} transfer successful",
        ],
        "failed": ["Transaction failed - beneficiary account closed", f"{mode} transfer failed"],
        "pending": ["Pending authorisation - checker", "Awaiting approval by authoriser"],
    }
    if kind == "web":
        p = browser_page(rng, font, url)
    else:
        p = phone_page(rng, font, k, ["", "Transfer status", "Payments"])
    dark = p.style["h106"]["dark"]
    if kind == "web":
        p.part = "head"
        top(p, bank)
        p.add("small", product if product != bank else "Corporate Internet Banking")
        p.add(
            "center",
            rng.choice(["Fund Transfer - Acknowledgement", "Transaction Status", "Payment Acknowledgement"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
    else:
        head(p, product, CORP_BANDS[product], dark, ["Payments", f"{mode} - other bank"])
        p.part = "outcome"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        p.part = "body"
    own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}" if rng.random() < 0.5 else digits(rng, 12)
    if not j.no_ref:
        labelled(p, rng.choice(["Reference No.", "Transaction Ref. No."]), own, txn=(BANK_RANK, own))
    if kind == "web":
        p.pair(rng.choice(["Debit account", "From account"]), acct(rng))
        wrap_pair(p, "Debit account name", payer)
    wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary", "Pay to"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary account", "Account No."]), acct(rng, 5))
    bhead = rng.choice(BANKS)
    p.pair("IFSC", ifsc(rng, bhead[1]))
    p.pair("Beneficiary bank", bhead[0])
    if kind == "web":
        p.pair(rng.choice(["Amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
        if status != "pending" and rng.random() < 0.6:
            p.pair("Charges (incl. GST)", rs(charge))
            p.pair("Total debit", rs(round(j.amount + charge, 2)))
    p.pair(rng.choice(["Payment mode", "Transfer type"]), mode, method="netbanking")
    if not j.no_ref and status != "pending":
        if mode == "IMPS":
            ref, labs = j.ref, ["IMPS Ref No.", "RRN"]
        elif j.no_day:
            ref, labs = None, []
        else:
            ref = neft_ref(rng, head4, j.date) if mode == "NEFT" else rtgs_ref(rng, head4, j.date)
            labs = ["UTR", "UTR No."]
        if ref:
            labelled(p, rng.choice(labs), ref, txn=(UTR_RANK, ref))
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), remark)
    if kind == "web":
        p.pair("Maker", f"{rng.choice(['anil', 'rekha', 'faisal', 'deepa'])}.{rng.choice(['acc', 'fin'])}")
        if status != "pending":
            p.pair(rng.choice(["Checker", "Authoriser"]), f"{rng.choice(['thomas', 'meera', 'vinod'])}.md")
    if not j.no_day:
        lab = {
            "success": ["Value date", "Transaction date", "Processed on"],
            "failed": ["Failed on", "Transaction date"],
            "pending": ["Initiated on", "Created on"],
        }[status]
        labelled(p, rng.choice(lab), stamp(rng, j.date, PATS, twelve=rng.random() < 0.5), date=j.date)
    if kind == "app":
        p.pair(rng.choice(["From", "Debited from"]), f"{payer[:18].strip()} {masked(rng, font)}")
    if status == "failed":
        p.add("small", "The amount has been credited back to the debit account.")
    elif status == "pending":
        p.add("small", "The transfer is sent to the bank once the authoriser approves it.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "This is a computer generated acknowledgement.",
                "Never share your OTP, password or token with anyone.",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 6. inspection, MPEDA, ports, terminal, broker


# the page, the unit's town, the frame
PORT_PAGES = [
    ("eia", 0, "browser"),
    ("mpeda", 1, "browser"),
    ("cpa", 0, "paper"),
    ("voc", 3, "browser"),
    ("odex", 2, "browser"),
    ("dpw", 0, "mail"),
    ("cha", 2, "paper"),
    ("eialab", 3, "mail"),
]


def fee_lines(p: Screen, rs, lines: list[tuple[str, float]]) -> float:
    total = 0.0
    for label, value in lines:
        wrap_pair(p, label, rs(value))
        total += value
    return round(total, 2)


def port_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The export's fees: the Export Inspection Agency-Kochi's certification fee (its e-payment page: the agency on
    top, under the Export Inspection Council of India line, Exporter, Establishment approval No., Application No.,
    Consignment, Destination, Health certificate fee, Inspection & sampling fee, Lab testing fee, Total amount,
    Payment mode, Transaction ID, Bank Ref No., Payment date), MPEDA's RCMC renewal through SBIePay (The Marine
    Products Export Development Authority on top, Registration No., Renewal fee, GST @ 18%, Total, SBIePay Ref ID,
    Bank Ref No.; Payment pending - awaiting confirmation from bank), the Cochin Port Authority's printed MONEY
    RECEIPT for an auction hall stall at the Cochin Fisheries Harbour (Receipt No., Date, Received from, Towards,
    Period, Licence fee, GST @ 18%, Total, NEFT and its UTR), the V.O. Chidambaranar Port Authority's e-payment of
    wharfage (Shipping bill No., Cargo, Wharfage (n TEU x rate), Total), ODeX's payment to a shipping line (the line
    under Paid to / Shipping line: CMA CGM Agencies (India) Pvt Ltd, BL No., Invoice No., Ocean freight, THC, BL fee,
    Seal charges, GST on local charges, Total paid, ODeX Txn ID, Bank Ref No.; Payment failed - declined by bank),
    DP World Cochin's e-mailed payment receipt (India Gateway Terminal Pvt Ltd - ICTT Vallarpadam under it, Customer
    code, Container, Reefer monitoring & plug-in, Lift on / lift off, GST, Amount paid, Receipt No., Transaction ID),
    a customs broker's BILL CUM RECEIPT (Agency charges, Documentation & EDI filing, EIA sample drawing & liaison, GST
    @ 18%, Total, Less: TDS u/s 194C @ 2%, Net received) and the Export Inspection Agency-Chennai's e-mailed lab fee
    receipt (Sample No., Tests, fees, Amount paid, UPI Ref No., Receipt No.)."""
    k = place("port_fees")
    status = outcome(k, failed=(4,), pending=(1,))
    page, town, frame = PORT_PAGES[k]
    j = Deal(rng, status, no_ref=k == 3, no_day=k == 6)
    city = UNITS[town]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    payer = EXPORTER if page not in ("voc",) else rng.choice([EXPORTER, EXPORTER_LONG])
    if frame == "browser":
        url = {
            "eia": "eicindia.gov.in/epayment/receipt",
            "mpeda": "mpeda.gov.in/rcmc/payment/status",
            "voc": "vocport.gov.in/epay/receipt",
            "odex": "odexglobal.com/payments/receipt",
        }[page]
        p = browser_page(rng, font, url)
    elif frame == "mail":
        sender = {
            "dpw": "DP World Cochin e-billing <ebilling.cochin@dpworld.com>",
            "eialab": "EIA Chennai - Lab <lab.tuticorin@eicindia.gov.in>",
        }[page]
        p = mail_page(
            rng,
            font,
            sender,
            ["Payment receipt", "Your payment has been received", "e-Receipt for your payment"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    way = "netbanking"
    if page in ("eia", "eialab"):
        name = "Export Inspection Agency-Kochi" if page == "eia" else "Export Inspection Agency-Chennai"
        top(p, name, merchant=name)
        p.add("small", "Export Inspection Council of India, Ministry of Commerce & Industry")
        p.add(
            "center", "e-Payment Receipt - certification fee" if page == "eia" else "Laboratory fee - receipt"
        )
    elif page == "mpeda":
        name = "The Marine Products Export Development Authority"
        top(p, name, merchant=name)
        p.add("small", "Ministry of Commerce & Industry, Government of India")
        p.add("center", "Online payment - RCMC renewal")
    elif page == "cpa":
        name = "Cochin Port Authority"
        top(p, name, merchant=name)
        p.add("small", "Willingdon Island, Kochi - 682009")
        p.add("center", "MONEY RECEIPT - FISHERIES HARBOUR")
    elif page == "voc":
        name = "V.O. Chidambaranar Port Authority"
        top(p, name, merchant=name)
        p.add("small", "Thoothukudi - 628004, Tamil Nadu")
        p.add("center", "e-Payment receipt - wharfage")
    elif page == "odex":
        name = "CMA CGM Agencies (India) Pvt Ltd"
        top(p, "ODeX")
        p.add("small", "Online documentation & payments for shipping lines")
        p.add("center", "Payment receipt")
    elif page == "dpw":
        name = "DP World Cochin"
        top(p, name, merchant=name)
        p.add("small", "India Gateway Terminal Pvt Ltd - ICTT Vallarpadam")
        p.add("center", "Payment receipt")
    else:
        name = "Seagate Shipping & Clearing Agency"
        if rng.random() < 0.4:
            name = name.upper()
        top(p, name, merchant=name)
        p.add("small", "Licensed customs broker - exports of frozen seafood")
        p.add("small", f"Port Area, {city[0]} - {city[1]}  |  GSTIN: {gstin(rng, city[4])}")
        p.add("center", rng.choice(["BILL CUM RECEIPT", "INVOICE CUM RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed - declined by bank"],
                "pending": ["Payment pending - awaiting confirmation from bank"],
            },
        )
    if page == "odex":
        wrap_pair(p, rng.choice(["Paid to", "Shipping line"]), name, merchant=name)
        p.pair("Location", city[0])
    if page != "cpa":
        wrap_pair(p, rng.choice(["Exporter", "Customer", "Payer"]) if page != "cha" else "Client", payer)
    if page == "eia":
        p.pair("Establishment approval No.", f"{rng.randrange(1000, 2999)}")
        p.pair("Application No.", f"EIA/KOC/{digits(rng, 6)}")
        wrap_pair(p, "Consignment", f"{rng.choice(GOODS)} - 1 x 40' reefer")
        p.pair("Destination", rng.choice(["USA", "Spain", "Japan", "Vietnam", "UAE", "Netherlands"]))
        total = fee_lines(
            p,
            rs,
            [
                ("Health certificate fee", float(rng.choice([500, 750, 1000]))),
                ("Inspection & sampling fee", float(rng.choice([1500, 2000, 2500]))),
                ("Lab testing fee (residues)", float(rng.choice([3500, 4200, 5800]))),
            ],
        )
        p.pair("Total amount", rs(total), amount=total)
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(['Federal Bank', 'SBI', 'HDFC Bank'])}",
            method="netbanking",
        )
    elif page == "mpeda":
        p.pair("Registration No.", f"{rng.choice(['KL', 'GJ', 'AP'])}/{rng.randrange(100, 999)}/MPEDA")
        p.pair("Category", "Manufacturer exporter")
        fee = float(rng.choice([5000, 10000]))
        total = fee_lines(p, rs, [("Renewal fee (5 years)", fee), ("GST @ 18%", round(fee * 0.18, 2))])
        p.pair("Total", rs(total), amount=total)
        way = "UPI"
        p.pair("Paid through", "SBIePay - UPI", method="UPI")
    elif page == "cpa":
        if not j.no_ref:
            no = f"CPA/FH/{j.year()}{rng.randrange(100, 9999)}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Received from", f"M/s {payer}")
        p.add(
            "left",
            f"Towards: Licence fee - auction hall stall No. {rng.randrange(3, 40)}, Cochin Fisheries "
            f"Harbour, Thoppumpady",
        )
        if not j.no_day:
            start = j.date.replace(day=1)
            end = (start + dt.timedelta(days=62)).replace(day=1)
            p.pair("Period", f"{when(start, '%b %Y')} to {when(end, '%b %Y')}")
        fee = float(rng.choice([18000, 24000, 30000, 36000]))
        total = fee_lines(p, rs, [("Licence fee", fee), ("GST @ 18%", round(fee * 0.18, 2))])
        p.pair("Total", rs(total), amount=total)
        way = "NEFT"
        p.pair("Mode", "Online (NEFT)", method="netbanking")
    elif page == "voc":
        p.pair("Shipping bill No.", digits(rng, 7))
        wrap_pair(p, "Cargo", "Frozen squid & cuttlefish - 2 x 40' reefer")
        rate = float(rng.choice([1450, 1600, 1725]))
        total = fee_lines(
            p, rs, [(f"Wharfage (4 TEU x {rate:,.0f})", 4 * rate), ("GST @ 18%", round(4 * rate * 0.18, 2))]
        )
        p.pair("Total", rs(total), amount=total)
        p.pair("Payment mode", "Net banking - Indian Bank", method="netbanking")
    elif page == "odex":
        p.pair("BL No.", f"CMDU{code(rng, 3, UPPER)}{digits(rng, 7)}")
        p.pair("Invoice No.", f"VZG{digits(rng, 8)}")
        usd, fxr = float(rng.choice([2450, 2850, 3100, 3600])), round(rng.uniform(86.5, 88.9), 2)
        freight = round(usd * fxr, 2)
        local = float(rng.choice([14500, 16800, 18200])) + 4500 + 550
        total = fee_lines(
            p,
            rs,
            [
                (f"Ocean freight (USD {usd:,.0f} @ {fxr:.2f})", freight),
                ("Terminal handling charges", local - 5050),
                ("BL fee", 4500.0),
                ("Seal charges", 550.0),
                ("GST @ 18% on local charges", round(local * 0.18, 2)),
            ],
        )
        p.pair("Total paid" if status == "success" else "Total", rs(total), amount=total)
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(['HDFC Bank', 'ICICI Bank', 'Axis Bank'])}",
            method="netbanking",
        )
    elif page == "dpw":
        p.pair("Customer code", f"IGT{digits(rng, 6)}")
        p.pair(
            "Container",
            f"{rng.choice(['MSCU', 'CMAU', 'MAEU', 'HLXU'])} {digits(rng, 6)}-{rng.randrange(10)} (40' RF)",
        )
        days = rng.randint(2, 5)
        plug = float(rng.choice([1850, 2100, 2400]))
        lolo = float(rng.choice([3200, 3650]))
        total = fee_lines(
            p,
            rs,
            [
                (f"Reefer monitoring & plug-in ({days} days)", days * plug),
                ("Lift on / lift off", lolo),
                ("GST @ 18%", round((days * plug + lolo) * 0.18, 2)),
            ],
        )
        p.pair("Amount paid", rs(total), amount=total)
        way = rng.choice(["UPI", "netbanking"])
        p.pair("Payment mode", "UPI" if way == "UPI" else "Net banking", method=way)
    elif page == "cha":
        if not j.no_ref:
            no = f"SSC/{j.year()}{rng.randrange(100, 1999)}"
            p.pair(rng.choice(["Bill No.", "Invoice No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        p.pair("Shipping bill No.", digits(rng, 7))
        sub = fee_lines(
            p,
            rs,
            [
                ("Agency charges", float(rng.choice([4500, 6000, 7500]))),
                ("Documentation & EDI filing", float(rng.choice([1500, 2000]))),
                ("EIA sample drawing & liaison", float(rng.choice([2500, 3000]))),
            ],
        )
        gst = round(sub * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        p.pair("Total", rs(round(sub + gst, 2)))
        tds = round(sub * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        total = round(sub + gst - tds, 2)
        p.pair(rng.choice(["Net received", "Received (net of TDS)"]), rs(total), amount=total)
        p.add("small", f"({words_in_rupees(total)})")
        way = "NEFT"
        p.pair("Mode", "NEFT", method="netbanking")
    else:
        p.pair("Sample No.", f"TUT/{rng.randrange(100, 999)}/{rng.randrange(1, 99)}")
        total = fee_lines(
            p,
            rs,
            [
                ("Antibiotic residues (LC-MS/MS)", float(rng.choice([4200, 4800]))),
                ("Heavy metals (Pb, Cd, Hg)", float(rng.choice([2400, 2800]))),
                ("Microbiology panel", float(rng.choice([1600, 1900]))),
            ],
        )
        p.pair("Amount paid", rs(total), amount=total)
        way = "UPI"
        p.pair("Paid via", "UPI", method="UPI")
    j.amount = total
    if not j.no_ref:
        if page == "eia":
            tid = f"EIC{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            b = bank_ref(rng)
            p.pair("Bank Ref No.", b, txn=(BANK_RANK, b))
        elif page == "mpeda":
            sid = f"{digits(rng, 10)}{code(rng, 2, UPPER)}"
            p.pair("SBIePay Ref ID", sid, txn=(TXN_RANK, sid))
        elif page == "voc":
            tid = f"VOC{digits(rng, 9)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        elif page == "odex":
            oid = f"ODX{digits(rng, 10)}"
            p.pair("ODeX Txn ID", oid, txn=(TXN_RANK, oid))
            if status == "success":
                b = bank_ref(rng)
                p.pair("Bank Ref No.", b, txn=(BANK_RANK, b))
        elif page == "dpw":
            no = f"IGT/RCP/{digits(rng, 7)}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
            tid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif page == "eialab":
            no = f"EIAC/TUT/{rng.randrange(1000, 9999)}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            reference(p, j, way, ["FDRL", "SBIN", "HDFC"] if page == "cha" else ["SBIN", "FDRL"])
    if not j.no_day and page not in ("cpa", "cha"):
        lab = {
            "success": rng.choice(["Payment date", "Paid on", "Date"]),
            "failed": "Failed on",
            "pending": "Initiated on",
        }[status]
        labelled(p, lab, stamp(rng, j.date, PATS, hour=frame != "paper"), date=j.date)
    if frame in ("mail", "paper"):
        p.pair("Status", rng.choice(["Paid", "Received"]), status=status)
    if status == "pending":
        p.add("small", "Do not pay again. The receipt is issued once the bank confirms.")
    elif status == "failed":
        p.add("small", "No amount was collected. Please retry with another account.")
    p.part = "foot"
    if page == "cha":
        right(p, f"For {name}")
        if rng.random() < 0.6:
            seal(p, name, "ACCOUNTS", None, "PAID")
    else:
        p.add("small", rng.choice(["This is a computer generated receipt.", "No signature is required."]))
    return p.done()


# ---------------------------------------------------------------- 7. reefer transporters and FASTag


# the page, the unit's town, the way paid
FREIGHT_PAGES = [
    ("bill", 0, "NEFT"),
    ("fastag", 0, "UPI"),
    ("bill", 1, "cheque"),
    ("mail", 2, "NEFT"),
    ("tagportal", 3, "netbanking"),
    ("bill", 3, "UPI"),
    ("bill", 2, "IMPS"),
    ("fastag", 2, "UPI"),
]
# each page's transporter: name, the trip, the freight's range
CARRIERS = {
    0: ("Malabar Reefer Logistics", "Aroor plant to ICTT Vallarpadam, Kochi", (14000, 22000)),
    2: ("Saurashtra Cold Chain Carriers", "Veraval plant to Pipavav Port", (26000, 38000)),
    3: ("Coastal Frozen Express", "Visakhapatnam plant to Chennai Port", (52000, 68000)),
    5: ("Pearl Coast Reefer Movers", "Thoothukudi cold store to VOC Port", (9000, 15000)),
    6: (
        "Godavari Reefer Carriers",
        "Visakhapatnam plant to Kolkata (Syama Prasad Mookerjee Port)",
        (98000, 135000),
    ),
}
# a FASTag recharge: the issuer, the app (or the issuer's own portal), its band
TAGS = {
    1: ("IDFC FIRST Bank FASTag", "PhonePe", (95, 37, 159)),
    4: ("ICICI Bank FASTag", "", None),
    7: ("HDFC Bank FASTag", "Paytm", (0, 41, 107)),
}


def truck_no(rng: random.Random, town: int) -> str:
    st = UNITS[town][5].split("-")[0]
    return f"{st}-{rng.randrange(1, 99):02d}-{code(rng, 2, UPPER)}-{rng.randrange(1000, 9999)}"


def reefer_freight(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cold chain's trucks: four reefer transporters' FREIGHT BILL CUM RECEIPT / LORRY RECEIPT CUM BILL /
    TRANSPORT BILL (paper; the transporter on top and its line, address, GSTIN: Bill No., Date, Consignor M/s <firm>,
    LR No., Vehicle No., Container, From / To, Set temperature, Freight, Genset / reefer running, Detention (n days x
    rate), Toll & parking (at actuals), Total, "GST payable by the recipient under reverse charge (GTA)", Less: TDS
    u/s 194C @ 2%, Net amount received / Received (net of TDS), the way and its reference or the cheque; RECEIVED /
    PAID / CHEQUE RECEIVED - SUBJECT TO REALISATION), a transporter's e-mail acknowledging payment (Received from, the
    bills paid, Less: TDS, Amount received, Mode, Bank Ref No., Receipt No., Status Received) and three FASTag
    recharges of the LLP's reefer trucks (IDFC FIRST Bank FASTag on Bharat Connect in PhonePe, HDFC Bank FASTag in
    Paytm: the issuer under Biller / FASTag issuer, Vehicle number, Customer name, the sum large, Bharat Connect Ref.
    No. / B-Connect Txn ID, UPI Ref No., Paid on; ICICI Bank FASTag's own portal: the issuer on top, Vehicle No., Tag
    ID, Wallet ID, Recharge amount, Payment mode, Transaction ID, Failed on; Recharge successful / Recharge failed -
    payment declined by bank)."""
    k = place("reefer_freight")
    status = outcome(k, failed=(4,), pending=(2,))
    page, town, way = FREIGHT_PAGES[k]
    j = Deal(rng, status, no_ref=k == 5, no_day=k == 3)
    city = UNITS[town]
    rs = money(rng, font, 0.4)
    if page in ("fastag", "tagportal"):
        issuer, app, band = TAGS[k]
        j.amount = float(rng.choice([2000, 2500, 3000, 5000, 7500, 10000, 15000]))
        vehicle = truck_no(rng, town)
        if page == "fastag":
            p = phone_page(rng, font, k, ["", "FASTag Recharge", "Bill payment"])
            head(p, app, band, p.style["h106"]["dark"], ["Recharge & Pay Bills", "FASTag recharge"])
            p.part = "outcome"
            outcome_row(
                p,
                status,
                {
                    "success": ["Recharge successful", "Payment successful"],
                    "failed": ["Recharge failed"],
                    "pending": ["Recharge pending"],
                },
            )
            p.add("big", rs(j.amount), amount=j.amount)
            p.part = "body"
            wrap_pair(p, rng.choice(["Biller", "FASTag issuer"]), issuer, merchant=issuer)
            p.pair(rng.choice(["Vehicle number", "Vehicle No."]), vehicle)
            wrap_pair(p, "Customer name", COLD_FIRM.upper())
            p.pair("Paid via", "UPI", method="UPI")
            if not j.no_ref:
                bref = (
                    f"CC0{digits(rng, 1)}{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}"
                    f"{digits(rng, 8)}"
                )
                labelled(
                    p,
                    rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]),
                    bref,
                    txn=(BANK_RANK, bref),
                )
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            if not j.no_day:
                labelled(p, "Paid on", stamp(rng, j.date, PATS), date=j.date)
            p.part = "foot"
            p.add("small", "Bharat Connect  |  The balance is updated on the tag within 15 minutes.")
            return p.done()
        p = browser_page(rng, font, "fastag.icicibank.com/recharge/status")
        p.part = "head"
        top(p, issuer, merchant=issuer)
        p.add("small", "Recharge your tag wallet")
        p.add("center", "Recharge - payment status")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Recharge successful"],
                "failed": ["Recharge failed - payment declined by bank"],
                "pending": ["Recharge pending"],
            },
        )
        p.pair("Vehicle No.", vehicle)
        p.pair("Tag ID", f"34161FA82032{code(rng, 6, '0123456789ABCDEF')}")
        p.pair("Wallet ID", digits(rng, 10))
        p.pair("Recharge amount", rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(['Federal Bank', 'SBI', 'Canara Bank'])}",
            method="netbanking",
        )
        if not j.no_ref:
            tid = f"ICFT{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            p.pair(
                {"success": "Paid on", "failed": "Failed on", "pending": "Initiated on"}[status],
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        if status == "failed":
            p.add("small", "No money was added to the tag. Any amount debited will be refunded by your bank.")
        p.part = "foot"
        p.add("small", "Recharge is subject to the NHAI / NETC FASTag terms.")
        return p.done()
    name, trip, (lo, hi) = CARRIERS[k]
    if rng.random() < 0.3:
        name = name.upper()
    freight = float(whole(rng.uniform(lo, hi), 500))
    lines = [("Freight (1 trip)", freight)]
    if rng.random() < 0.6:
        lines.append(("Genset / reefer running", float(rng.choice([1500, 2000, 2500, 3000]))))
    if rng.random() < 0.5:
        days = rng.randint(1, 3)
        lines.append((f"Detention ({days} day{'s' if days > 1 else ''} x 2,500)", days * 2500.0))
    if rng.random() < 0.5:
        lines.append(("Toll & parking (at actuals)", float(rng.choice([640, 1180, 1755, 2390]))))
    total = round(sum(v for _, v in lines), 2)
    tds = round(total * 0.02, 2)
    net = round(total - tds, 2)
    j.amount = net
    if page == "mail":
        p = mail_page(
            rng,
            font,
            f"Accounts <accounts@{name.lower().replace(' ', '')}.in>",
            ["Payment received - thank you", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Reefer trucks & containers - frozen cargo")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir, we acknowledge with thanks your payment as below.")
        wrap_pair(p, "Received from", f"{EXPORTER} - {city[0]} unit")
        wrap_pair(p, "Against bill", f"CFE/{rng.randrange(100, 999)} - {trip}")
        p.pair("Bill amount", rs(total))
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        p.pair("Amount received", rs(net), amount=net)
        p.pair("Mode", way, method=method_of(way))
        if not j.no_ref:
            reference(p, j, way, ["SBIN", "FDRL"])
            no = f"CFE/RCPT/{rng.randrange(100, 999)}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Received on", j.day(rng), date=j.date)
        p.pair("Status", "Received", status=status)
        p.part = "foot"
        p.add("small", "Thank you for your business. Regards, Accounts")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    heading(
        p,
        name,
        "Reefer trucks & containers - frozen cargo, -18 C to -25 C",
        f"{rng.choice(['NH 66', 'Port Road', 'Transport Nagar'])}, {city[0]} - {city[1]}",
        f"GSTIN: {gstin(rng, city[4])}  |  Ph. {phone_no(rng)}",
        ["FREIGHT BILL CUM RECEIPT", "LORRY RECEIPT CUM BILL", "TRANSPORT BILL"],
    )
    if not j.no_ref:
        no = f"{initials(name)}/{j.year()}{rng.randrange(10, 999):03d}"
        p.pair("Bill No.", no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "Consignor", f"M/s {rng.choice([EXPORTER, COLD_FIRM])}")
    p.pair("LR No.", str(rng.randrange(1000, 9999)))
    p.pair("Vehicle No.", truck_no(rng, town))
    if rng.random() < 0.6:
        p.pair(
            "Container",
            f"{rng.choice(['CMAU', 'MSCU', 'SEGU', 'TRIU'])} {digits(rng, 6)}-{rng.randrange(10)}",
        )
    wrap_pair(p, "From / To", trip)
    p.pair("Set temperature", rng.choice(["-18 C", "-20 C", "-22 C"]))
    p.add("rule")
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    p.add("rule")
    p.pair("Total", rs(total))
    p.add("small", "GST payable by the recipient under reverse charge (GTA).")
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    p.pair(
        "Cheque amount" if way == "cheque" else rng.choice(["Net amount received", "Received (net of TDS)"]),
        rs(net),
        amount=net,
    )
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        cheque_rows(p, j, town)
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            reference(p, j, way, ["FDRL", "SBIN", "HDFC", "UTIB"])
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAID"]),
            "failed": "CHEQUE RETURNED",
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        }[status],
        status=status,
    )
    p.part = "foot"
    right(p, f"For {name}")
    if rng.random() < 0.5:
        seal(
            p,
            name,
            "ACCOUNTS",
            None,
            {"success": "PAID", "failed": "RETURNED", "pending": "SUBJECT TO REALISATION"}[status],
        )
    return p.done()


# ---------------------------------------------------------------- 8. packing materials


# the page, the supplier, the plant it supplies, the way, the goods
PACK_PAGES = [
    ("invoice", "Kuttanad Corrugated Boxes", 0, "NEFT", "carton"),
    ("invoice", "Saurashtra Polypack", 1, "UPI", "poly"),
    ("mail", "Sri Sai Labels & Printers", 2, "NEFT", "label"),
    ("link", "Coastal Packaging Solutions", 0, "card", "tray"),
    ("invoice", "Sivakasi Offset Printers", 0, "cheque", "duplex"),
    ("invoice", "Kochi Strapping Industries", 0, "cheque", "strap"),
    ("invoice", "Vizag Thermocol Products", 2, "IMPS", "eps"),
    ("mail", "Shree Ganesh Flexi Pack", 1, "RTGS", "pouch"),
]
# the supplier's town and GST state code, its line
SUPPLIERS = {
    "Kuttanad Corrugated Boxes": ("Changanassery - 686101", "32", "Corrugated boxes & export cartons"),
    "Saurashtra Polypack": ("Shapar, Rajkot - 360024", "24", "LDPE & HM bags, liners for seafood"),
    "Sri Sai Labels & Printers": ("Ambattur, Chennai - 600058", "33", "Labels, stickers & barcodes"),
    "Coastal Packaging Solutions": (
        "Kakkanad, Ernakulam - 682030",
        "32",
        "Food-grade PET trays & containers",
    ),
    "Sivakasi Offset Printers": ("Sivakasi - 626123", "33", "Printed duplex cartons for frozen foods"),
    "Kochi Strapping Industries": ("Kalamassery - 683104", "32", "PP strapping & BOPP tapes"),
    "Vizag Thermocol Products": ("Autonagar, Visakhapatnam - 530012", "37", "EPS boxes for fish & seafood"),
    "Shree Ganesh Flexi Pack": ("Vasai East, Palghar - 401208", "27", "Printed pouches & laminates"),
}
# the goods: (line, HSN, GST rate, quantity range, rate range, unit)
GOODS_LINES = {
    "carton": [
        ("5-ply master carton (printed)", "4819", 5, (1500, 6000), (38, 62), "nos"),
        ("Top & bottom pads", "4819", 5, (1500, 6000), (4, 7), "nos"),
    ],
    "poly": [
        ("LDPE inner bags 10x14 (80 mic)", "3923", 18, (200, 800), (160, 210), "kg"),
        ("HM liners for master cartons", "3923", 18, (150, 500), (170, 220), "kg"),
    ],
    "label": [
        ("Export labels (chromo 100x150)", "4821", 18, (20000, 80000), (0.45, 0.9), "nos"),
        ("Barcode stickers", "4821", 18, (10000, 40000), (0.25, 0.4), "nos"),
    ],
    "tray": [("PET trays 250 g with lids", "3923", 18, (5000, 20000), (4.5, 7.0), "nos")],
    "duplex": [
        ("Printed duplex inner cartons 1 kg", "4819", 5, (10000, 40000), (6.5, 11), "nos"),
        ("Printed duplex cartons 2 kg", "4819", 5, (4000, 15000), (9, 14), "nos"),
    ],
    "strap": [
        ("PP box strapping roll 12 mm", "3920", 18, (40, 200), (650, 950), "rolls"),
        ("BOPP tape 72 mm x 65 m", "3919", 18, (200, 800), (38, 55), "nos"),
    ],
    "eps": [("EPS (thermocol) boxes 20 kg", "3923", 18, (200, 1000), (85, 140), "nos")],
    "pouch": [("Printed stand-up pouches 1 kg (zip)", "3923", 18, (20000, 80000), (3.2, 5.8), "nos")],
}


def goods(p: Screen, rng: random.Random, rs, kind: str, cap: float = 1.0) -> tuple[float, int]:
    """The lines supplied (no fact), their quantities scaled by ``cap``: their taxable value and GST rate."""
    sub, rate_pct = 0.0, 18
    pool = GOODS_LINES[kind]
    for line, hsn, pct, (qlo, qhi), (rlo, rhi), unit in pool[: rng.randint(1, len(pool))]:
        qty = whole(rng.uniform(qlo, qhi) * cap, 50 if qhi > 1000 else 5)
        rate = round(rng.uniform(rlo, rhi), 2)
        value = round(qty * rate, 2)
        sub += value
        rate_pct = pct
        item_row(p, f"{line} (HSN {hsn})", f"{qty:,.0f} {unit} x {rate:g}", rs(value))
    return round(sub, 2), rate_pct


def packing_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The packing materials bought for the plants: five suppliers' TAX INVOICE / TAX INVOICE CUM RECEIPT / INVOICE
    CUM RECEIPT (paper; the supplier on top, its line, address, GSTIN: Invoice No. / Inv. No., Date / Invoice date,
    Buyer M/s <company> (<town> plant), GSTIN of buyer, Place of supply, the lines with HSN (5-ply master carton, LDPE
    inner bags, printed duplex inner cartons, PP strapping, EPS boxes), Taxable value, CGST and SGST @ 2.5% or 9% or
    IGST @ 5%, Round off, Invoice total, Amount received / Received / Paid, or Cheque amount with Cheque No., Cheque
    date and Drawn on; PAID / RECEIVED WITH THANKS / CHEQUE RETURNED UNPAID - SUPPLY ON HOLD / CHEQUE RECEIVED -
    SUBJECT TO CLEARANCE), two suppliers' e-mails acknowledging payment (Received from, Against invoice(s), Invoice
    value, Amount received, Mode, UTR / Bank Ref. No., Receipt No., Received on, Balance outstanding Nil, Status
    Received) and a supplier's Razorpay payment page paid by card (the supplier on top, Payment successful / Paid, the
    sum large, Purpose, Paid by, Payment method, Payment ID, Auth code, Paid on, Secured by Razorpay)."""
    k = place("packing_invoices")
    status = outcome(k, failed=(5,), pending=(4,))
    page, name, town, way, kind = PACK_PAGES[k]
    j = Deal(rng, status, no_ref=k == 6, no_day=k == 2)
    city = UNITS[town]
    where, state, line = SUPPLIERS[name]
    shown = name.upper() if rng.random() < 0.3 else name
    if page == "link":
        p = browser_page(rng, font, f"rzp.io/rzp/{code(rng, 8, MIXED)}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, shown, merchant=shown)
        p.add("small", where)
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment processing"],
            },
        )
        qty = whole(rng.uniform(5000, 20000), 500)
        rate = round(rng.uniform(4.5, 7.0), 2)
        j.amount = round(qty * rate * 1.18)
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Purpose", "Payment for"]), f"PET trays - {qty:,.0f} nos (incl. GST)")
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), EXPORTER)
        p.pair("Payment method", way_text(rng, "card", font), method="card")
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, MIXED)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
            appr = digits(rng, 6)
            p.pair(rng.choice(["Auth code", "Approval code"]), appr, txn=(APPR_RANK, appr))
        if not j.no_day:
            labelled(p, rng.choice(["Paid on", "Payment date"]), stamp(rng, j.date, PATS), date=j.date)
        p.part = "foot"
        p.add("small", "Secured by Razorpay")
        return p.done()
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.3)
    if page == "mail":
        p = mail_page(
            rng,
            font,
            f"Accounts - {name} <accounts@{name.split()[0].lower()}{name.split()[1].lower()}.in>",
            ["Payment received - thank you", "Receipt for your payment", "Payment acknowledgement"],
        )
        p.part = "head"
        top(p, shown, merchant=shown)
        p.add("small", f"{line} | {where}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir, we acknowledge with thanks the payment below.")
        wrap_pair(p, "Received from", f"{EXPORTER} - {city[0]} plant")
        bills = ", ".join(f"{initials(name)}/{rng.randrange(100, 999)}" for _ in range(rng.randint(1, 3)))
        wrap_pair(p, "Against invoice(s)", bills)
        j.amount = float(whole(rng.uniform(210000 if way == "RTGS" else 45000, 480000), 1))
        p.pair("Invoice value", rs(j.amount))
        p.pair("Amount received", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=method_of(way))
        if not j.no_ref:
            reference(p, j, way, ["SBIN", "HDFC", "FDRL"])
            no = f"RCPT/{j.year()}{rng.randrange(10, 999):03d}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Received on", j.day(rng), date=j.date)
        p.pair("Balance outstanding", "Nil")
        p.pair("Status", "Received", status=status)
        p.part = "foot"
        p.add("small", f"Regards, Accounts - {name}")
        return p.done()
    p = paper_page(rng, font, [700, 740, 780])
    heading(
        p,
        shown,
        line,
        where,
        f"GSTIN: {gstin(rng, state)}  |  Ph. {phone_no(rng)}",
        ["TAX INVOICE", "TAX INVOICE CUM RECEIPT", "INVOICE CUM RECEIPT"],
    )
    if not j.no_ref:
        no = f"{initials(name)}/{j.year()}{rng.randrange(10, 2999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, "Buyer", f"M/s {EXPORTER} ({city[0]} plant)")
    p.pair("GSTIN of buyer", gstin(rng, city[4]))
    p.pair("Place of supply", city[3])
    p.add("rule")
    sub, pct = goods(p, rng, rs, kind, 0.3 if way == "UPI" else 1.0)
    p.add("rule")
    p.pair("Taxable value", rs(sub))
    if state == city[4]:
        half = round(sub * pct / 200, 2)
        p.pair(f"CGST @ {pct / 2:g}%", rs(half))
        p.pair(f"SGST @ {pct / 2:g}%", rs(half))
        gross = round(sub + 2 * half, 2)
    else:
        igst = round(sub * pct / 100, 2)
        p.pair(f"IGST @ {pct}%", rs(igst))
        gross = round(sub + igst, 2)
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair("Invoice total", rs(total))
    j.amount = total
    p.pair(
        "Cheque amount" if way == "cheque" else rng.choice(["Amount received", "Received", "Paid"]),
        rs(total),
        amount=total,
    )
    p.add("small", f"({words_in_rupees(total)})")
    if way == "cheque":
        cheque_rows(p, j, town)
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            reference(p, j, way, ["FDRL", "SBIN", "ICIC"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "failed": "CHEQUE RETURNED UNPAID - SUPPLY ON HOLD",
        "pending": "CHEQUE RECEIVED - SUBJECT TO CLEARANCE",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair(
            "Return reason",
            rng.choice(["Funds insufficient", "Signature differs", "Payment stopped by drawer"]),
        )
    p.part = "foot"
    p.add("small", "E. & O.E. Goods once sold will not be taken back. Subject to local jurisdiction.")
    right(p, f"For {name}")
    if rng.random() < 0.6:
        seal(
            p,
            name,
            "ACCOUNTS",
            None if j.no_day or status != "success" else j.date,
            {"success": "PAID", "failed": "CHEQUE RETURNED", "pending": "SUBJECT TO CLEARANCE"}[status],
        )
    return p.done()


# ---------------------------------------------------------------- 9. wages, contractors, EPFO and ESIC


WAGE_PAGES = [
    ("voucher", 0, "cash"),
    ("epfo", 0, "netbanking"),
    ("contractor", 1, "NEFT"),
    ("voucher", 2, "UPI"),
    ("esic", 2, "netbanking"),
    ("contractor", 3, "IMPS"),
    ("epfo", 1, "netbanking"),
    ("voucher", 0, "cash"),
]
CONTRACTORS = {
    2: ("Maa Ashapura Labour Contractors", "Peeling, grading & packing labour - GIDC Veraval"),
    5: ("Pearl Coast Loading & Unloading Contractors", "Loading & unloading - cold store & port"),
}
SECTIONS = ["Peeling shed", "Freezing & packing", "Grading hall", "Ice plant"]


def wage_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plants' wages: the company's own WAGES PAYMENT VOUCHER / WAGE SLIP CUM VOUCHER (paper, the company on top:
    Voucher No., Date, Paid to / Name of worker, Token No., Section, Week ending / Wage month, Days worked n x rate,
    Overtime n hrs x rate, Gross wages, Less: EPF (12%), Less: ESI (0.75%), Less: Advance, Net wages paid, words, Mode
    Cash / UPI and its UPI Ref No., "Signature / thumb impression of worker", PAID), two labour contractors' BILL CUM
    RECEIPT / LABOUR BILL (the contractor on top: Bill No., Date, Peeling n kg x rate, Grading & packing n cartons x
    rate, Loading / unloading n tonnes x rate, Total, Less: TDS u/s 194C @ 1%, Net received, the way and its
    reference; RECEIVED), two EPFO ECR challan payment receipts (Employees' Provident Fund Organisation on top: TRRN,
    Establishment ID, Establishment name, Wage month, Members, A/c 01, 02, 10 and 21, Total amount, Payment mode, Bank
    Ref No., Payment date / Failed on; Payment successful / Payment failed - transaction declined by bank) and an
    ESIC e-challan (Employees' State Insurance Corporation on top: Employer code, Employer name, Contribution period,
    Challan No., Employees' and Employer's contribution, Total amount, Payment mode, Transaction No., Initiated on;
    Payment pending - awaiting bank confirmation)."""
    k = place("wage_vouchers")
    status = outcome(k, failed=(6,), pending=(4,))
    page, town, way = WAGE_PAGES[k]
    j = Deal(rng, status, no_ref=k == 7, no_day=k == 2)
    city = UNITS[town]
    if page in ("epfo", "esic"):
        rs = money(rng, font, 0.8, marks=("\u20b9", "Rs.", "INR"))
        if page == "epfo":
            p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/ecrPaymentReceipt")
            name = "Employees' Provident Fund Organisation"
        else:
            p = browser_page(rng, font, "portal.esic.gov.in/EmployerPortal/ChallanStatus")
            name = "Employees' State Insurance Corporation"
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India")
        p.add("center", "ECR - challan payment receipt" if page == "epfo" else "e-Challan - payment status")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful"],
                "failed": ["Payment failed - transaction declined by bank"],
                "pending": ["Payment pending - awaiting bank confirmation"],
            },
        )
        members = rng.randint(40, 260)
        wages = float(members * whole(rng.uniform(9500, 14800), 10))
        if page == "epfo":
            if not j.no_ref:
                trrn = digits(rng, 13)
                p.pair("TRRN", trrn, txn=(INVOICE_RANK, trrn))
            p.pair("Establishment ID", f"{rng.choice(['KRKCH', 'GJAHD', 'APVSP'])}{digits(rng, 7)}000")
            wrap_pair(p, "Establishment name", EXPORTER_LONG)
            p.pair("Wage month", j.month(1))
            p.pair("Members", str(members))
            a1 = round(wages * 0.12) + round(wages * 0.0367)
            a10 = round(wages * 0.0833)
            a21 = round(wages * 0.005)
            a2 = max(500, round(wages * 0.005))
            for label, value in (
                ("A/c 01 (EE + ER share)", a1),
                ("A/c 02 (admin charges)", a2),
                ("A/c 10 (EPS)", a10),
                ("A/c 21 (EDLI)", a21),
            ):
                p.pair(label, rs(float(value)))
            j.amount = float(a1 + a2 + a10 + a21)
        else:
            p.pair("Employer code", digits(rng, 17))
            wrap_pair(p, "Employer name", EXPORTER_LONG)
            p.pair("Contribution period", j.month(1))
            if not j.no_ref:
                chl = f"{digits(rng, 16)}"
                p.pair("Challan No.", chl, txn=(INVOICE_RANK, chl))
            ee = float(round(wages * 1.25 * 0.0075))
            er = float(round(wages * 1.25 * 0.0325))
            p.pair("Employees' contribution (0.75%)", rs(ee))
            p.pair("Employer's contribution (3.25%)", rs(er))
            j.amount = ee + er
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(['State Bank of India', 'Canara Bank', 'Federal Bank'])}",
            method="netbanking",
        )
        if not j.no_ref:
            if status == "success":
                b = bank_ref(rng)
                p.pair("Bank Ref No.", b, txn=(BANK_RANK, b))
            if page == "esic":
                tid = f"ESIC{digits(rng, 12)}"
                p.pair("Transaction No.", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            p.pair(
                {"success": "Payment date", "failed": "Failed on", "pending": "Initiated on"}[status],
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        p.part = "foot"
        p.add("small", "This is a system generated receipt.")
        return p.done()
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    p = paper_page(rng, font, [660, 700, 740])
    if page == "contractor":
        name, line = CONTRACTORS[k]
        shown = name.upper() if rng.random() < 0.4 else name
        heading(
            p,
            shown,
            line,
            f"{city[2]}, {city[0]} - {city[1]}",
            f"Labour licence No. {rng.randrange(100, 999)}/{rng.randrange(10, 99)}  |  Ph. {phone_no(rng)}",
            ["BILL CUM RECEIPT", "LABOUR BILL"],
        )
        if not j.no_ref:
            no = f"{rng.randrange(10, 999)}"
            p.pair("Bill No.", no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "To", f"M/s {EXPORTER}, {city[0]}" if k == 2 else f"M/s {COLD_FIRM}, {city[0]}")
        p.add("rule")
        sub = 0.0
        if k == 2:
            rows = [
                ("Peeling", "kg", (3500, 9000), (11, 16)),
                ("Grading & packing", "cartons", (600, 1800), (5, 8)),
            ]
        else:
            rows = [
                ("Loading / unloading", "tonnes", (40, 160), (180, 260)),
                ("Reefer stuffing", "containers", (2, 8), (1800, 2600)),
            ]
        for label, unit, (qlo, qhi), (rlo, rhi) in rows:
            qty = rng.randint(qlo, qhi)
            rate = float(whole(rng.uniform(rlo, rhi), 1 if rhi < 100 else 10))
            sub += qty * rate
            item_row(p, label, f"{qty:,} {unit} x {rate:g}", rs(qty * rate))
        p.add("rule")
        p.pair("Total", rs(sub))
        tds = round(sub * 0.01, 2)
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
        j.amount = round(sub - tds, 2)
        p.pair(rng.choice(["Net received", "Amount received"]), rs(j.amount), amount=j.amount)
        p.add("small", f"({words_in_rupees(j.amount)})")
        p.pair("Mode", way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            reference(p, j, way, ["SBIN", "BARB", "IOBA"])
        p.add("center", rng.choice(["RECEIVED", "RECEIVED WITH THANKS"]), status=status)
        p.part = "foot"
        right(p, "Contractor's signature")
        return p.done()
    heading(
        p,
        rng.choice([EXPORTER, EXPORTER_LONG]),
        f"{rng.choice(SECTIONS[:3]) if k != 7 else 'Ice plant'} - {city[0]} unit",
        f"{city[2]}, {city[0]} - {city[1]}",
        f"GSTIN: {gstin(rng, city[4])}",
        ["WAGES PAYMENT VOUCHER", "WAGE SLIP CUM VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        no = f"WV/{UNIT_CODES[town]}/{rng.randrange(100, 9999)}"
        p.pair("Voucher No.", no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    worker = rng.choice(WORKERS)
    wrap_pair(p, rng.choice(["Paid to", "Name of worker"]), worker, merchant=worker)
    p.pair("Token No.", f"{UNIT_CODES[town]}-{rng.randrange(100, 999)}")
    monthly = k == 7
    if not j.no_day:
        if monthly:
            p.pair("Wage month", j.month(1))
        else:
            p.pair("Week ending", j.other_day(rng, -3, 0))
    p.add("rule")
    rate = float(rng.choice([720, 760, 790, 825, 850]))
    days = rng.randint(24, 27) if monthly else rng.randint(5, 7)
    gross = days * rate
    item_row(p, "Days worked", f"{days} x {rate:g}", rs(gross))
    if rng.random() < 0.6:
        hours, ot = rng.randint(4, 18), round(rate / 8 * 2, 2)
        gross += round(hours * ot, 2)
        item_row(p, "Overtime", f"{hours} hrs x {ot:g}", rs(round(hours * ot, 2)))
    gross = round(gross, 2)
    p.pair("Gross wages", rs(gross))
    pf = round(days * rate * 0.12, 2)
    esi = float(math.ceil(gross * 0.0075)) if gross <= 21000 else 0.0
    p.pair("Less: EPF (12%)", rs(pf))
    if esi:
        p.pair("Less: ESI (0.75%)", rs(esi))
    advance = float(rng.choice([0, 0, 500, 1000, 1500]))
    if advance:
        p.pair("Less: Advance", rs(advance))
    j.amount = round(gross - pf - esi - advance, 2)
    p.pair(rng.choice(["Net wages paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.pair("Mode", way_text(rng, way, font), method=method_of(way))
    if way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", "PAID", status=status)
    p.part = "foot"
    right(p, "Signature / thumb impression of worker")
    right(p, "Passed by: Unit accountant")
    return p.done()


# ---------------------------------------------------------------- 10. the banks' SMS alerts


# the bank's sender, the way, the unit's town
SMS_PAGES = [
    ("VM-FEDBNK-S", "UPI", 0),
    ("AD-SBIINB-S", "NEFT", 0),
    ("JD-AXISBK-S", "card", 0),
    ("VK-ICICIT-S", "IMPS", 3),
    ("BP-CANBNK-S", "UPI", 3),
    ("AX-SIBSMS-S", "NACH", 3),
    ("VM-UNIONB-S", "RTGS", 1),
    ("JM-KOTAKB-S", "UPI", 0),
]
SMS_PAYEES = {
    0: ["JOSEPH XAVIER", "KAIRALI ICE PLANT", "SREE NARAYANA PEELING SHED", "THOMAS FERNANDEZ"],
    1: ["SHREE BHIDIYA FISH TRADERS", "RAMESHBHAI SOLANKI", "BHIDIYA ICE FACTORY"],
    3: ["PEARL CITY ICE WORKS", "JEBASTIN PARAVAR", "SELVAM MICHAEL", "TUTICORIN NET WORKS"],
}


def sms_money(rng: random.Random, value: float) -> str:
    mark = rng.choice(["Rs ", "Rs.", "INR ", "Rs:"])
    return f"{mark}{value:,.2f}" if rng.random() < 0.3 else f"{mark}{whole_indian(value)}"


def whole_indian(value: float) -> str:
    """A sum in lakh grouping with paise."""
    rupees_part, paise = divmod(round(value * 100), 100)
    s = str(rupees_part)
    if len(s) > 3:
        head_part, tail = s[:-3], s[-3:]
        groups = []
        while len(head_part) > 2:
            groups.insert(0, head_part[-2:])
            head_part = head_part[:-2]
        if head_part:
            groups.insert(0, head_part)
        s = ",".join(groups + [tail])
    return f"{s}.{paise:02d}"


def bank_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's banks' SMS alerts (a messages app): Federal Bank's UPI debit, SBI's NEFT debit with its UTR and
    balance, Axis Bank's card spend at a diesel bunk (no reference), ICICI Bank's failed IMPS, Canara Bank's pending
    UPI, South Indian Bank's NACH debit for a reefer truck's EMI (ACH DR TATA CAPITAL LTD, UMRN, Txn Ref), Union
    Bank's RTGS debit with its UTR and Kotak's UPI without a day; the payee as the bank sends it (in capitals), Avl
    Bal / Avl Limit on some, the day in the bank's own style (15-06-2026, 15Jun26, 15-Jun-26, 2026-06-15)."""
    k = place("bank_sms")
    status = outcome(k, failed=(3,), pending=(4,))
    sender, way, town = SMS_PAGES[k]
    j = Deal(rng, status, no_ref=k == 2, no_day=k == 7, low=2000, high=95000, p_round=0.5)
    to = rng.choice(SMS_PAYEES[town])
    ac = digits(rng, 4)
    if way == "card":
        to = rng.choice(["MATSYAFED FUEL BUNK", "KAIRALI ICE PLANT"])
        j.amount = round(rng.uniform(24000, 160000), 2)
    elif way == "RTGS":
        j.amount = float(whole(rng.uniform(210000, 880000), 1000))
    elif way == "NACH":
        to = "TATA CAPITAL LTD"
        j.amount = round(rng.uniform(42000, 68000), 2)
    elif way == "NEFT":
        j.amount = float(whole(rng.uniform(40000, 420000), 10))
    sums = sms_money(rng, j.amount)
    clock = hhmm(rng, twelve=False, seconds=True)
    hour, minute = int(clock[:2]), clock[3:5]
    bubble = f"{(hour - 1) % 12 + 1:02d}:{minute} {'PM' if hour >= 12 else 'AM'}"
    bal = f"Avl Bal {sms_money(rng, rupees(rng, 150000, 4800000))}"
    d = j.date
    facts: dict = {
        "amount": j.amount,
        "method": method_of("netbanking" if way == "NACH" else way),
        "status": status,
    }
    ref = None
    if k == 0:
        text = (
            f"{sums} debited from your A/c XX{ac} on {when(d, '%d-%m-%Y')} {clock}"
            f" via UPI to {to}. UPI Ref No {j.ref}. Not you? Call 18004251199 - Federal Bank"
        )
        ref = (UTR_RANK, j.ref)
    elif k == 1:
        utr_ = neft_ref(rng, "SBIN", d)
        text = (
            f"Dear Customer, {sums} debited from A/c X{ac} on {when(d, '%d%b%y')} towards NEFT to {to}, UTR "
            f"{utr_}. {bal} -SBI"
        )
        ref = (UTR_RANK, utr_)
    elif k == 2:
        text = (
            f"{sums} spent on Axis Bank Card no. XX{ac} at {to} on {when(d, '%d-%m-%y')} "
            f"{clock} IST. Avl Limit: {sms_money(rng, rupees(rng, 200000, 900000))}"
            f". Not you? SMS BLOCK {ac} to 919951860002"
        )
    elif k == 3:
        text = (
            f"Dear Customer, IMPS transaction of {sums} from A/c XX{ac} to {to} has failed on "
            f"{when(d, '%d-%b-%y')}. IMPS Ref No {j.ref}. Amount debited, if any, will be reversed within 1 "
            f"working day - ICICI Bank"
        )
        ref = (UTR_RANK, j.ref)
    elif k == 4:
        text = (
            f"Your UPI txn of {sums} to {to} on {when(d, '%d-%m-%Y')} is pending. UPI Ref {j.ref}. Final status "
            f"will be sent shortly. Do not retry. -Canara Bank"
        )
        ref = (UTR_RANK, j.ref)
    elif k == 5:
        tref = digits(rng, 10)
        text = (
            f"Your A/c XX{ac} is debited with {sums} on {when(d, '%d-%m-%Y')} towards ACH DR {to}, UMRN "
            f"SIBL{digits(rng, 16)}. Txn Ref {tref}. {bal} - South Indian Bank"
        )
        ref = (BANK_RANK, tref)
    elif k == 6:
        utr_ = rtgs_ref(rng, "UBIN", d)
        text = (
            f"A/c *{ac} Debited for {sums} on {when(d, '%d-%m-%Y')} {clock} by "
            f"RTGS to {to} UTR {utr_}. {bal} -Union Bank of India"
        )
        ref = (UTR_RANK, utr_)
    else:
        text = f"Sent {sums} from Kotak Bank AC X{ac} to {to}. UPI Ref {j.ref}. Not you, kotak.com/fraud"
        ref = (UTR_RANK, j.ref)
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    if j.no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice([when(d, "%A, {d} %B"), when(d, "{d} %b %Y"), "Today"])
    p.style["h106"].update(
        {
            "sender": sender,
            "divider": divider,
            "text": text,
            "time": bubble.lower() if rng.random() < 0.3 else bubble,
        }
    )
    if not j.no_day:
        facts["date"] = d
    if ref:
        facts["txn"] = ref
    p.add("left", text, merchant=to, **facts)
    return p.done()


# ---------------------------------------------------------------- 11. the plants' power and water


# the page (the board's own or Bharat Connect in an app), the biller, the unit's town, the way
POWER_PAGES = [
    ("board", "KSEB", 0, "netbanking"),
    ("board", "PGVCL", 1, "netbanking"),
    ("board", "APEPDCL", 2, "netbanking"),
    ("bbps", "TNPDCL", 3, "netbanking"),
    ("board", "KWA", 0, "UPI"),
    ("bbps", "GVMC", 2, "UPI"),
    ("bbps", "KSEB", 0, "netbanking"),
    ("board", "GIDC", 1, "netbanking"),
]
# the biller's short and long names, its site, what it bills (HT power, LT power, water)
BILLERS = {
    "KSEB": ("KSEB", "Kerala State Electricity Board Ltd", "wss.kseb.in/selfservices/quickpay", "HT"),
    "PGVCL": ("PGVCL", "Paschim Gujarat Vij Company Ltd", "www.pgvcl.com/consumer/payment/receipt", "HT"),
    "APEPDCL": (
        "APEPDCL",
        "Eastern Power Distribution Company of AP Ltd",
        "www.apeasternpower.com/payment/status",
        "HT",
    ),
    "TNPDCL": ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "", "HT"),
    "KWA": ("KWA", "Kerala Water Authority", "epay.kwa.kerala.gov.in/quickpay/receipt", "water"),
    "GVMC": ("GVMC", "Greater Visakhapatnam Municipal Corporation", "", "water"),
    "GIDC": (
        "GIDC",
        "Gujarat Industrial Development Corporation",
        "gidc.gujarat.gov.in/epayment/receipt",
        "water",
    ),
}
POWER_APPS = {3: ("ICICI InstaBIZ", (177, 62, 20)), 5: ("Google Pay", None), 6: ("FedMobile", (0, 51, 102))}


def plant_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plants', the ice plant's and the cold stores' power and water: the boards' own pages (KSEB's Quick Pay,
    PGVCL's, APEPDCL's: the board on top in its short or long name, HT consumer - quick pay / Online payment receipt,
    Consumer No. / Service No., Consumer name, Tariff HT-1A Industrial / HTP-I, Contract demand, Bill month, Bill No.,
    Bill date, Due date, Bill amount, Amount paid, Payment mode, Receipt No., Transaction ID, Bank Ref No., Payment
    date; Payment successful / Payment failed), the Kerala Water Authority's quick pay e-receipt, GIDC's water charges
    e-payment receipt (Estate, Plot No., Allottee, Water charges, Drainage cess) and three bills on Bharat Connect
    (TNPDCL in ICICI InstaBIZ, GVMC's water in Google Pay, KSEB in FedMobile: the app on its band, Bill paid
    successfully / Awaiting biller confirmation, the sum large, Biller, Consumer number / Service number, Consumer
    name, Bill date, Due date, Bill amount, Paid from, Bharat Connect Ref. No. / B-Connect Txn ID, UPI Ref No.,
    Transaction ID, Paid on / Initiated on)."""
    k = place("plant_power")
    status = outcome(k, failed=(2,), pending=(3,))
    page, biller, town, way = POWER_PAGES[k]
    j = Deal(rng, status, no_ref=k == 6, no_day=k == 7)
    short, long, site, kind = BILLERS[biller]
    shown = rng.choice([short, long]) if biller not in ("KWA", "GIDC", "GVMC") else long
    city = UNITS[town]
    consumer = COLD_FIRM if (town == 3 or k == 6) else EXPORTER
    if kind == "HT":
        j.amount = rupees(rng, 180000, 950000, 0.2) if k != 6 else rupees(rng, 42000, 180000, 0.2)
    else:
        j.amount = rupees(rng, 8000, 95000, 0.3)
    rebate = round(j.amount * 0.01, 2) if kind == "HT" and rng.random() < 0.3 and status == "success" else 0.0
    bill_amt = round(j.amount + rebate, 2)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    if page == "bbps":
        app, band = POWER_APPS[k]
        p = phone_page(rng, font, k, ["", "Bill payment", "Pay bills"])
        head(p, app, band, p.style["h106"]["dark"], ["Bill payments", "Electricity & water"])
        p.part = "outcome"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill paid successfully", "Payment successful"],
                "failed": ["Bill payment failed"],
                "pending": ["Awaiting biller confirmation"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.part = "body"
        wrap_pair(p, rng.choice(["Biller", "Paid to"]), shown, merchant=shown)
        p.pair(rng.choice(["Consumer number", "Service number"]), digits(rng, rng.choice([9, 11, 12])))
        wrap_pair(p, "Consumer name", consumer.upper())
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -20, -6))
            p.pair("Due date", j.other_day(rng, 2, 12))
        p.pair("Bill amount", rs(bill_amt))
        if way == "UPI":
            p.pair("Paid from", f"UPI - {rng.choice(BANKS)[0]} {masked(rng, font)}", method="UPI")
        else:
            p.pair("Paid from", f"Current A/c {masked(rng, font)}", method="netbanking")
        if not j.no_ref:
            bref = (
                f"{rng.choice(['IC', 'GP', 'FB'])}0{rng.randrange(1, 10)}{j.date.year % 10}"
                f"{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
            )
            labelled(
                p, rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bref, txn=(BANK_RANK, bref)
            )
            if way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif rng.random() < 0.5:
                tid = digits(rng, 12)
                labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            labelled(
                p, "Initiated on" if status == "pending" else "Paid on", stamp(rng, j.date, PATS), date=j.date
            )
        if status == "pending":
            p.add("small", "The biller has not confirmed yet. Please do not pay again.")
        p.part = "foot"
        p.add("small", "Bharat Connect - bill payments you can trust")
        return p.done()
    p = browser_page(rng, font, site)
    p.part = "head"
    top(p, shown, merchant=shown)
    p.add(
        "small",
        {
            "HT": rng.choice(["HT consumer - quick pay", "Online bill payment"]),
            "water": "Quick Pay - e-Receipt" if biller == "KWA" else "Water charges - e-payment",
        }[kind],
    )
    p.add("center", rng.choice(["Payment Receipt", "Online payment receipt"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful"],
            "failed": ["Payment failed"],
            "pending": ["Payment pending"],
        },
    )
    if biller == "GIDC":
        p.pair("Estate", f"{city[0]} ({city[2]})")
        p.pair("Plot No.", f"{rng.choice('ABCD')}-{rng.randrange(1, 9)}/{rng.randrange(1, 60)}")
        wrap_pair(p, "Allottee", consumer)
        water = round(j.amount * 0.85, 2)
        lines = [("Water charges", water), ("Drainage cess", round(j.amount - water, 2))]
    else:
        p.pair(
            rng.choice(["Consumer No.", "Service No."]) if kind == "HT" else "Consumer No.",
            f"{rng.randrange(10, 99)}{digits(rng, 11)}" if biller != "KWA" else f"ARR/{digits(rng, 5)}/I",
        )
        wrap_pair(p, "Consumer name", consumer.upper() if rng.random() < 0.5 else consumer)
        if kind == "HT":
            p.pair(
                "Tariff",
                {"KSEB": "HT-1A Industrial", "PGVCL": "HTP-I", "APEPDCL": "HT-I(A) Industrial"}[biller],
            )
            p.pair("Contract demand", f"{rng.choice([300, 450, 600, 750])} kVA")
        else:
            p.pair("Category", "Industrial")
        lines = []
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Bill No.", digits(rng, 10))
        if not j.no_day:
            p.pair("Due date", j.other_day(rng, 3, 15))
    for label, value in lines:
        p.pair(label, rs(value))
    p.pair("Bill amount" if not lines else "Total", rs(bill_amt))
    if rebate:
        p.pair("Prompt payment rebate (1%)", f"-{rs(rebate)}")
    p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
    bank_name = rng.choice(["Federal Bank", "SBI", "Bank of Baroda"])
    p.pair("Payment mode", "UPI" if way == "UPI" else f"Net banking - {bank_name}", method=way)
    if not j.no_ref:
        if status == "success":
            no = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        tid = digits(rng, 14)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "UPI" and status == "success":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif status == "success":
            b = bank_ref(rng)
            p.pair("Bank Ref No.", b, txn=(BANK_RANK, b))
    if not j.no_day:
        p.pair(
            {"success": "Payment date", "failed": "Failed on", "pending": "Initiated on"}[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if status == "failed":
        p.add("small", "The bank declined the payment. The bill remains unpaid.")
    p.part = "foot"
    p.add("small", "Keep this receipt for your records.")
    return p.done()


# ---------------------------------------------------------------- 12. the cold store's own billing and collections


STORE_PAGES = [
    ("rent", 3, "NEFT"),
    ("link", 0, "UPI"),
    ("collect", 3, "UPI"),
    ("advance", 0, "cheque"),
    ("rent", 0, "cheque"),
    ("link", 1, "card"),
    ("sale", 2, "RTGS"),
    ("collect", 0, "UPI"),
]
CLIENTS = {
    0: ["Kochi Frozen Foods", "Al-Ameen Fish Traders", "Malabar Marine Products", "Chellanam Fisheries"],
    1: ["Veraval Marine Foods", "Sagar Seafoods Trading Co."],
    2: ["Andhra Fish Mart Wholesale", "Visakha Marine Traders"],
    3: ["Tuticorin Marine Foods", "Jaya Fisheries", "Sea Gold Traders", "Marina Dry Fish Co."],
}
DOMESTIC_BUYERS = [
    "Malabar Catering Services",
    "Hotel Sea Pearl",
    "Coastal Kitchens Pvt Ltd",
    "Fresh Catch Retail",
    "Gir Hospitality LLP",
]
COLLECT_APPS = {2: ("ICICI Bank InstaBIZ", (177, 62, 20)), 7: ("HDFC Bank SmartHub Vyapar", (0, 76, 143))}


def store_name(rng: random.Random, town: int) -> str:
    """The cold store as its paper prints it: the trade name, the trade name with its town, or the LLP."""
    r = rng.random()
    name = COLD_FIRM if r < 0.2 else f"{COLD} - {UNITS[town][0]}" if r < 0.6 else COLD
    return name.upper() if rng.random() < 0.2 else name


def cold_store_billing(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """What the cold store and the exporter collect: the cold store's TAX INVOICE CUM RECEIPT / STORAGE INVOICE CUM
    RECEIPT (paper; the cold store, the cold store with its town or the LLP on top: Invoice No., Date, Client M/s
    <trader>, Client GSTIN, Storage month, Frozen storage n pallets x 1 month @ rate, Handling in / out n tonnes x
    rate, Blast freezing, Taxable value, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194C @ 2%, Amount received
    (net of TDS) or Cheque amount; RECEIVED WITH THANKS / CHEQUE RETURNED UNPAID - RELEASE OF STOCK ON HOLD), its
    ADVANCE RECEIPT - CHAMBER BOOKING ("Received with thanks from M/s <trader> the sum of <words> as advance for n
    pallet positions ...", Estimated storage charges, Cheque amount, Cheque No., Cheque date, Drawn on; CHEQUE
    RECEIVED - SUBJECT TO REALISATION), the exporter's TAX INVOICE for frozen fish sold at home (HSN 0303 / 0307, CGST
    and SGST @ 2.5%, Invoice total, Amount received, RTGS UTR), two payment links the domestic buyers paid (Razorpay
    in UPI, Cashfree Payments by card: the seller on top, Payment successful / Paid, the sum large, Payment for, Paid
    by / Customer, Payment method, Payment ID / Transaction ID, UPI Ref No. / Auth code, Paid on) and two banks'
    collection apps (ICICI Bank InstaBIZ, HDFC Bank SmartHub Vyapar: Payment received / Amount credited, the sum
    large, Received in / Credited to (the cold store or the company), From / Payer, Mode UPI - QR, RRN / UPI Ref No.,
    Txn ID, Received on, Settled to)."""
    k = place("cold_store_billing")
    status = outcome(k, failed=(4,), pending=(3,))
    page, town, way = STORE_PAGES[k]
    j = Deal(rng, status, no_ref=k == 5, no_day=k == 2)
    city = UNITS[town]
    if page == "collect":
        app, band = COLLECT_APPS[k]
        p = phone_page(rng, font, k, ["", "Collections", "Transaction details"])
        rs = money(rng, font, 0.6)
        head(p, app, band, p.style["h106"]["dark"], ["Collections", "UPI - QR payments"])
        j.amount = rupees(rng, 3000, 95000, 0.7)
        p.part = "outcome"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Amount credited"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.part = "body"
        payee = store_name(rng, town) if town == 3 else rng.choice([EXPORTER, EXPORTER_LONG])
        wrap_pair(p, rng.choice(["Received in", "Credited to"]), payee, merchant=payee)
        payer = rng.choice(
            CLIENTS[town] if payee.startswith(("Tarangini Cold", "TARANGINI COLD")) else DOMESTIC_BUYERS
        )
        p.pair(
            rng.choice(["From", "Payer"]),
            payer.upper() if fits(p, "pair", f"Payer {payer.upper()}  ") else f"{phone_no(rng)}@ybl",
        )
        p.pair("Mode", "UPI - QR", method="UPI")
        if not j.no_ref:
            labelled(p, rng.choice(["RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            if rng.random() < 0.6:
                tid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
                labelled(p, "Txn ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            labelled(p, rng.choice(["Received on", "Date & time"]), stamp(rng, j.date, PATS), date=j.date)
        p.pair("Settled to", f"Current A/c {masked(rng, font)}")
        p.part = "foot"
        p.add(
            "small",
            rng.choice(["Settlement to your account on T+0.", "Download the statement from Reports."]),
        )
        return p.done()
    if page == "link":
        gateway = "Razorpay" if way == "UPI" else "Cashfree Payments"
        url = (
            f"rzp.io/rzp/{code(rng, 8, MIXED)}"
            if gateway == "Razorpay"
            else f"payments.cashfree.com/links/{code(rng, 10, MIXED)}"
        )
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        seller = rng.choice([EXPORTER, "Tarangini Seafoods"])
        p.part = "head"
        top(p, seller, merchant=seller)
        p.add("small", f"{city[2]}, {city[0]}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment processing"],
            },
        )
        packs = rng.choice([120, 160, 200, 240, 300] if way != "UPI" else [80, 100, 120, 150, 180])
        price = float(rng.choice([285, 320, 360, 410, 450]))
        j.amount = round(packs * price * 1.05, 2)
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p,
            rng.choice(["Payment for", "Description"]),
            f"{rng.choice(['Frozen squid rings', 'Frozen PUD shrimp', 'Seer fish steaks'])} 1 kg x {packs} "
            f"(incl. GST)",
        )
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), rng.choice(DOMESTIC_BUYERS))
        p.pair("Payment method", "UPI" if way == "UPI" else way_text(rng, "card", font), method=way)
        if not j.no_ref:
            if gateway == "Razorpay":
                pid = f"pay_{code(rng, 14, MIXED)}"
                labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = digits(rng, 10)
                labelled(p, "Transaction ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                labelled(p, rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if not j.no_day:
            labelled(p, rng.choice(["Paid on", "Payment date"]), stamp(rng, j.date, PATS), date=j.date)
        p.part = "foot"
        p.add(
            "small",
            "Secured by Razorpay" if gateway == "Razorpay" else "Secure payments by Cashfree Payments",
        )
        return p.done()
    p = paper_page(rng, font, [700, 740, 780])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    client = rng.choice(CLIENTS[town])
    if page == "sale":
        seller = rng.choice([EXPORTER, EXPORTER_LONG])
        heading(
            p,
            seller,
            "Processors & exporters of frozen seafood - MPEDA registered",
            f"{city[2]}, {city[0]} - {city[1]}",
            f"GSTIN: {gstin(rng, city[4])}  |  IEC {code(rng, 10, ALNUM)}",
            ["TAX INVOICE", "TAX INVOICE CUM RECEIPT"],
        )
    else:
        seller = store_name(rng, town)
        heading(
            p,
            seller,
            "Frozen storage -18 C to -25 C | Blast freezing | Reefer plug-in",
            f"{city[2]}, {city[0]} - {city[1]}",
            f"GSTIN: {gstin(rng, city[4])}  |  Ph. {phone_no(rng)}",
            ["ADVANCE RECEIPT - CHAMBER BOOKING"]
            if page == "advance"
            else ["TAX INVOICE CUM RECEIPT", "STORAGE INVOICE CUM RECEIPT"],
        )
    if not j.no_ref:
        prefix = "ADV" if page == "advance" else "INV"
        no = f"{UNIT_CODES[town]}/{prefix}/{j.year()}{rng.randrange(10, 999):03d}"
        p.pair(
            "Receipt No." if page == "advance" else rng.choice(["Invoice No.", "Inv. No."]),
            no,
            txn=(INVOICE_RANK, no),
        )
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(
        p,
        rng.choice(["Received from", "Client"] if page == "advance" else ["Client", "Buyer", "Billed to"]),
        f"M/s {client}",
    )
    if page != "advance":
        p.pair("Client GSTIN" if page == "rent" else "GSTIN of buyer", gstin(rng, city[4]))
    p.add("rule")
    if page == "advance":
        pallets = rng.choice([20, 30, 40, 60, 80])
        est = float(pallets * 2400 * 3)
        j.amount = float(whole(est * rng.uniform(0.25, 0.4), 1000))
        p.add(
            "left",
            f"Received with thanks from M/s {client} the sum of {words_in_rupees(j.amount)} as advance "
            f"for {pallets} pallet positions in chamber {rng.randrange(1, 6)} for the coming season.",
        )
        p.pair("Estimated storage charges (3 months)", rs(est))
        p.pair("Cheque amount", rs(j.amount), amount=j.amount)
    else:
        if page == "rent":
            if not j.no_day:
                p.pair("Storage month", j.month(1))
            pallets, rate = rng.randint(12, 90), float(rng.choice([2200, 2400, 2650, 2800]))
            tonnes, hrate = rng.randint(8, 60), float(rng.choice([300, 350, 400]))
            rows = [
                ("Frozen storage", f"{pallets} pallets x 1 month @ {rate:,.0f}", pallets * rate),
                ("Handling in / out", f"{tonnes} t x {hrate:g}", tonnes * hrate),
            ]
            if rng.random() < 0.5:
                bt = rng.randint(2, 12)
                rows.append(("Blast freezing", f"{bt} t x 4,500", bt * 4500.0))
            pct = 18
        else:
            rows = []
            for item, hsn, lo, hi in rng.sample(
                [
                    ("Frozen ribbon fish (block 10 kg)", "0303", 900, 1300),
                    ("Frozen squid whole (export rejects)", "0307", 1500, 2100),
                    ("Frozen croaker (block 10 kg)", "0303", 800, 1100),
                ],
                2,
            ):
                cartons, rate = rng.randint(80, 600), float(whole(rng.uniform(lo, hi), 10))
                rows.append((f"{item} HSN {hsn}", f"{cartons} ctn x {rate:,.0f}", cartons * rate))
            pct = 5
        sub = 0.0
        for item, qty, value in rows:
            item_row(p, item, qty, rs(value))
            sub += value
        sub = round(sub, 2)
        p.add("rule")
        p.pair("Taxable value", rs(sub))
        half = round(sub * pct / 200, 2)
        p.pair(f"CGST @ {pct / 2:g}%", rs(half))
        p.pair(f"SGST @ {pct / 2:g}%", rs(half))
        total = round(sub + 2 * half, 2)
        p.pair("Invoice total", rs(total))
        if page == "rent" and way != "cheque" and rng.random() < 0.7:
            tds = round(sub * 0.02, 2)
            p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
            j.amount = round(total - tds, 2)
            p.pair(
                rng.choice(["Amount received (net of TDS)", "Received (net of TDS)"]),
                rs(j.amount),
                amount=j.amount,
            )
        else:
            j.amount = total
            p.pair("Cheque amount" if way == "cheque" else "Amount received", rs(total), amount=total)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if way == "cheque":
        cheque_rows(p, j, town)
    else:
        p.pair(rng.choice(["Mode", "Received by"]), way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            reference(p, j, way, ["CNRB", "SBIN", "IOBA", "TMBL"])
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID"]),
        "failed": "CHEQUE RETURNED UNPAID - RELEASE OF STOCK ON HOLD",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair("Return reason", rng.choice(["Funds insufficient", "Exceeds arrangement"]))
    p.part = "foot"
    right(p, f"For {seller}" if fits(p, "right", f"For {seller}") else "For the cold store")
    if rng.random() < 0.6:
        seal(
            p,
            COLD if page != "sale" else EXPORTER,
            "ACCOUNTS",
            None if j.no_day or status != "success" else j.date,
            {"success": "RECEIVED", "failed": "CHEQUE RETURNED", "pending": "SUBJECT TO REALISATION"}[status],
        )
    return p.done()

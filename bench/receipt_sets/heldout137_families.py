"""The twelve heldout137 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a printing press and signage shop's day (offset and digital printing, flex banners,
visiting and wedding cards, election and festival posters, school diaries, packaging cartons; in Sivakasi, Meerut,
Kottayam, Belagavi, Jalandhar, Nanded, Cuttack and Bhilai) in 2026, told by the proofs of payment that pass through
it: customers' advances and balances by UPI, corporate clients', schools' and a party committee's remittance
advices against purchase and work orders, the press's own job cards cum receipts (an estimate against an advance,
a balance against the delivery), the counter's card slips, its paper merchants', ink and plate suppliers' bills cum
receipts, the offset machine's finance EMI receipts, the electricity bill paid through Bharat Connect, the courier
counter's booking receipts for dispatch, a freelance designer's payout from a payouts dashboard, the GST challan,
online design-and-print orders paid through payment links and refunds of cancelled jobs. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, quantities, rates, reams, GSM, sizes, plates, design and die charges, estimates and job values beside an
advance, advances received earlier, balances due, TDS and gross amounts beside a net payment, bill amounts beside a
fee, declared values, weights, units consumed, payout fees, job, job card, vendor, consumer, bill, AWB, loan
agreement, UMRN, machine serial and advance-receipt numbers, the customer's own invoice numbers, GSTIN, HSN, IFSC,
account numbers, MID, TID, batch, the payer's own details and every other day (delivery, ready-by, bill, due,
invoice, proof, instalment due, next instalment, tax period, challan generation, advance) carry no fact.
``compose`` is heldout121's (heldout119's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import head, masked, money, way_text
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout133_families import instamojo_ids

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code
CITIES = [("Sivakasi", "626123", "Thiruthangal Road", "Tamil Nadu", "33"),
          ("Meerut", "250002", "Abu Lane", "Uttar Pradesh", "09"),
          ("Kottayam", "686001", "Baker Junction", "Kerala", "32"),
          ("Belagavi", "590002", "Khade Bazar", "Karnataka", "29"),
          ("Jalandhar", "144008", "Industrial Area", "Punjab", "03"),
          ("Nanded", "431601", "Vazirabad", "Maharashtra", "27"),
          ("Cuttack", "753001", "Buxi Bazar", "Odisha", "21"),
          ("Bhilai", "490006", "Supela", "Chhattisgarh", "22")]
# the press in each town: its trade name, its firm, its online print desk
TRADE, FIRM, ONLINE = range(3)
PRESSES = [("Sri Kaliswari Offset Printers", "Kaliswari Print Packs Pvt Ltd", "Kaliswari Print Online"),
           ("Meerut Flex & Offset", "MFO Printing Solutions LLP", "MFO Print Desk"),
           ("Akshara Offset Printers", "Akshara Printers & Publishers Pvt Ltd", "Akshara PrintShop"),
           ("Kittur Rani Printers", "Kittur Rani Graphics Pvt Ltd", "KR Print Hub"),
           ("Doaba Printing Press", "Doaba Print N Pack LLP", "Doaba Print Studio"),
           ("Godavari Mudran", "Godavari Mudran & Signages Pvt Ltd", "Godavari Print Online"),
           ("Utkal Offset & Flex", "Utkal Graphic Arts Pvt Ltd", "Utkal PrintKart"),
           ("Steel City Printers", "Steel City Imaging LLP", "Steel City Sign Studio")]
SLUGS = ["kaliswarioffset", "meerutflex", "aksharaoffset", "kitturraniprinters", "doabaprint", "godavarimudran",
         "utkaloffset", "steelcityprinters"]
# people who order wedding cards, visiting cards and banners
PEOPLE = ["Muthukumar S.", "Anjali Tyagi", "Jobin Mathew", "Shrinivas Patil", "Gurdeep Singh Randhawa",
          "Sachin Kadam", "Subhashree Mohanty", "Rakesh Sahu", "Priya Chandran", "Imran Qureshi",
          "Lakshmi Narayanan", "Pooja Rawat"]
# parties' committees, festival committees, schools and businesses who order in bulk
ORGS = ["Jan Vikas Morcha - District Unit", "Lok Shakti Party (Ward Committee)", "Sarvajanik Ganeshotsav Mandal",
        "Durga Puja Committee, Buxi Bazar", "Little Flower English School", "Gurukul Public School",
        "Sri Vinayaga Fireworks", "Malabar Spices & Foods", "Ram Navami Utsav Samiti", "St. Mary's Higher Sec. School"]
PRESS_SUBS = ["Offset | Digital | Flex | Screen printing", "Wedding cards, visiting cards, posters & packaging",
              "Multi-colour offset printing & signage", "Printing since 1987  |  Flex & vinyl  |  Boxes"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from the bank. Show this screen at the press counter."]
# paper's ways of writing a day
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "{d} %B %Y", "%d-%b-%Y", "%b {d}, %Y", "%Y-%m-%d", "%d/%m/%y",
            "%A, {d} %B %Y"]


def press(rng: random.Random, i: int, unit: int = TRADE, *, firm: float = 0.2, caps: float = 0.25) -> str:
    """The press (or its online desk) as a payee, its firm's name on some, in capitals on some."""
    name = PRESSES[i][FIRM] if rng.random() < firm else PRESSES[i][unit]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 200000, p_round: float = 0.7, unit: int = TRADE, firm: float = 0.2,
                 caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(PRESSES))
        self.to = press(rng, self.town, unit, firm=firm, caps=caps)
        self.buyer = rng.choice(PEOPLE)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (delivery, bill, due): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind; the
    payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or PRESS_SUBS))
    p.add("small", f"{rng.randrange(2, 180)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  Mob. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ref_rows(p: Screen, j: Job, way: str, *, heads: list[str]) -> None:
    """A paid page's reference for its way: UPI Txn Ref / RRN for UPI, an NEFT or RTGS UTR, an IMPS RRN, an auth code
    and an RRN for a card; nothing for cash."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Txn Ref", "UPI RRN", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("netbanking", "NEFT"):
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["UTR No.", "NEFT UTR", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["UTR No.", "RTGS UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS RRN", "IMPS Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def method_of(way: str) -> str:
    return "netbanking" if way in ("NEFT", "RTGS", "IMPS", "NACH") else way


def item(p: Screen, rs, desc: str, qty: float, unit: str, rate: float) -> float:
    """One line of a bill: what it is, then quantity x rate and the value (no facts)."""
    value = round(qty * rate, 2)
    p.add("left", desc)
    qty_text = f"{qty:g} {unit}".strip()
    p.pair(f"    {qty_text} x {rate:,.2f}", rs(value))
    return value


# ---------------------------------------------------------------- 1. a customer's advance or balance by UPI


UPI_ORDER = ["PhonePe", "Google Pay", "Navi", "Paytm", "MobiKwik", "BHIM", "WhatsApp", "Amazon Pay"]
UPI_NOTES = ["Wedding card advance", "Visiting cards 5 box", "Flex banner balance", "Poster printing adv",
             "Invitation cards - balance", "Sticker labels", "Banner for shop opening", "Printing advance"]


def advance_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app paying the press an advance or a balance for a print job (PhonePe, Google Pay, Navi,
    Paytm, MobiKwik, BHIM, WhatsApp Pay, Amazon Pay; dark on Navi and some others): heldout125's result screen, the
    press (its firm on some) under Paid to / To / Sent to, a note of what it paid for on most."""
    k = place("advance_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=300, high=60000, p_round=0.85, firm=0.15)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000, 10000, 15000, 20000]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, PRESSES[j.town][TRADE], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Added note"]), rng.choice(UPI_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Need help with this payment?"]))
    return p.done()


# ---------------------------------------------------------------- 2. a client's remittance advice


PAYERS = [("Sri Vinayaga Fireworks Pvt Ltd", "vinayagafireworks.com", "Printing of cracker box labels", "corp"),
          ("Westpoint Sugar Mills Ltd", "westpointsugar.in", "Calendars and diaries", "corp"),
          ("Little Flower English School", "lfes.edu.in", "School diaries and ID cards", "school"),
          ("Malabar Spices & Foods Pvt Ltd", "malabarspices.co.in", "Product cartons, 4 colour", "corp"),
          ("Jan Vikas Morcha - District Unit", "janvikasmorcha.org", "Election posters and flex banners", "party"),
          ("Marathwada Agro Processors Ltd", "marathwadaagro.com", "Pouch labels and leaflets", "corp"),
          ("Kalinga Institute Hospital", "kalingahospital.in", "Patient files and letterheads", "corp"),
          ("Bhilai Steel Ancillary Works", "bsaw.co.in", "Dealer meet flex hoardings", "corp")]
ADV_FRAMES = ["mail", "paper", "mail", "mail", "paper", "mail", "paper", "mail"]
ADV_MODES = ["NEFT", "RTGS", "NEFT", "NEFT", "IMPS", "RTGS", "NEFT", "NEFT"]
ADV_BANKS = ["State Bank of India", "HDFC Bank", "Canara Bank", "Federal Bank", "Punjab National Bank",
             "Bank of Maharashtra", "ICICI Bank", "Axis Bank"]
HEAD4 = {"State Bank of India": "SBIN", "HDFC Bank": "HDFC", "Canara Bank": "CNRB", "Federal Bank": "FDRL",
         "Punjab National Bank": "PUNB", "Bank of Maharashtra": "MAHB", "ICICI Bank": "ICIC", "Axis Bank": "UTIB"}


def po_remittance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate client's, a school's or a party committee's PAYMENT ADVICE / REMITTANCE ADVICE / VENDOR PAYMENT
    INTIMATION to the press (its accounts desk's e-mail or a printed advice): the payer on top (never the payee),
    Payment Doc No. / Advice No. / Document No., the press under Vendor / Payee / Beneficiary / Paid to (the payee),
    Vendor Code (never an id), PO No. / Purchase Order / Work Order No. (the order's number), the press's own invoice
    number and date (no facts), Towards, Invoice amount, Less: TDS u/s 194C @ 2% on most, Net amount paid (the sum),
    NEFT / RTGS / IMPS with its UTR or RRN, Payment date / Value date / Returned on / Initiated on; Paid / Remitted /
    Returned - beneficiary account invalid / Under process with bank."""
    k = place("po_remittance")
    status = outcome(k, failed=(5,), pending=(2,))
    payer, site, towards, kind = PAYERS[k]
    frame, mode = ADV_FRAMES[k], ADV_MODES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=8000, high=650000, p_round=0.8, firm=0.5, caps=0.3)
    gross = whole(j.amount, 1) if rng.random() < 0.6 else j.amount
    tds = round(gross * 0.02) if kind != "party" and rng.random() < 0.8 else 0.0
    net = round(gross - tds, 2)
    j.amount = net
    if (mode == "RTGS" and (net < 200000 or j.no_day)) or (mode == "IMPS" and net > 490000):
        mode = "NEFT"
    bank = ADV_BANKS[(k + j.town) % len(ADV_BANKS)]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"Accounts Payable <ap@{site}>", rng.choice(["Payment advice", "Remittance intimation",
                                                                     "Payment released against your bill"]))
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    city = CITIES[j.town]
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.4 else payer)
    p.add("small", f"{rng.choice(['Accounts Department', 'Finance & Accounts', 'Office of the Treasurer'])}, "
                   f"{city[0]}")
    p.add("center", rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE", "VENDOR PAYMENT INTIMATION"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        doc = rng.choice([f"PA/{j.year()}{digits(rng, 5)}", f"15{digits(rng, 8)}", f"ADV-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Payment Doc No.", "Advice No.", "Document No."]), doc, txn=(INVOICE_RANK, doc))
    wrap_pair(p, rng.choice(["Vendor", "Payee", "Beneficiary", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor Code", "Supplier Code"]), f"{rng.choice(['V', 'S', 'VN'])}{digits(rng, 6)}")
    if not j.no_ref and rng.random() < 0.8:
        po = rng.choice([f"45{digits(rng, 8)}", f"PO/{code(rng, 3, UPPER)}/{rng.randrange(100, 9999)}",
                         f"WO-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["PO No.", "Purchase Order", "Work Order No."]), po, txn=(ORDER_RANK, po))
    initials = "".join(word[0] for word in PRESSES[j.town][TRADE].split()[:3] if word[0].isalpha()).upper()
    p.pair(rng.choice(["Your Invoice No.", "Your Bill No.", "Vendor Invoice"]),
           f"{initials}/{j.year()}{rng.randrange(10, 999)}")
    if not j.no_day:
        p.pair(rng.choice(["Invoice date", "Bill Dt."]), j.other_day(rng, -45, -6))
    wrap_pair(p, "Towards", towards)
    p.add("rule")
    p.pair(rng.choice(["Invoice amount", "Gross amount", "Bill amount"]), rs(gross))
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194C @ 2%", "TDS 194C (2%)"]), rs(tds))
    p.pair(rng.choice(["Net amount paid", "Amount remitted", "Net paid"]) if status == "success"
           else rng.choice(["Net amount", "Net payable"]), rs(net), amount=net)
    if frame == "paper" and rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Mode of payment", "Payment mode"]), mode, method="netbanking")
    p.pair(rng.choice(["Debited from", "Our bank"]), f"{bank} A/c XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Beneficiary A/c", "Credited to A/c"]), f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{rng.choice(['SBIN', 'CNRB', 'HDFC', 'KKBK', 'IOBA'])}0{digits(rng, 6)}")
    if not j.no_ref and status != "pending":
        ref = (j.ref if mode == "IMPS" else rtgs_utr(HEAD4[bank], rng, j.date) if mode == "RTGS"
               else neft_utr(HEAD4[bank], rng, j.date))
        p.pair("IMPS RRN" if mode == "IMPS" else rng.choice(["UTR", "UTR No.", "UTR Ref"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Payment date", "Value date", "Credit date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair(rng.choice(["Status", "Payment status"]),
           {"success": rng.choice(["Paid", "Remitted", "Credited to beneficiary"]),
            "failed": rng.choice(["Returned - beneficiary account invalid", f"{mode} returned - name mismatch"]),
            "pending": rng.choice(["Under process with bank", "Sent to bank - awaiting UTR"])}[status],
           status=status)
    if status == "failed":
        p.add("small", "Please confirm your bank details; the payment will be released again.")
    p.part = "foot"
    p.add("small", rng.choice(["This is a computer generated advice and needs no signature.",
                               "Kindly acknowledge and adjust against the bill(s) above."]))
    return p.done()


# ---------------------------------------------------------------- 3. the press's job card cum receipt


JOB_WAYS = ["cash", "UPI", "UPI", "card", "card", "UPI", "netbanking", "cash"]
WORK = {"wedding": [("Wedding cards with envelope", (200, 1200), (14, 95), "nos"),
                    ("Reception invitation, 2 colour", (150, 800), (9, 40), "nos")],
        "visiting": [("Visiting cards 350 GSM, matt lam.", (2, 20), (250, 650), "box"),
                     ("Letterheads A4 100 GSM", (500, 3000), (1.4, 3.2), "nos")],
        "poster": [("Posters 18x23 in, 4 colour", (2000, 20000), (1.6, 4.2), "nos"),
                   ("Festival posters 20x30 in", (500, 5000), (3.5, 9.0), "nos")],
        "flex": [("Star flex banner", (60, 900), (10, 26), "sq ft"),
                 ("Vinyl on sunboard", (20, 200), (45, 110), "sq ft")],
        "school": [("School diaries 160 pp", (300, 2500), (48, 95), "nos"),
                   ("PVC ID cards with lanyard", (200, 2000), (28, 60), "nos")],
        "carton": [("Mono cartons 350 GSM duplex", (2000, 25000), (2.2, 8.5), "nos")]}
EXTRAS = {"wedding": [("Design & proof charges", (500, 2500)), ("Gold foil stamping", (800, 4000))],
          "visiting": [("Design charges", (200, 800))],
          "poster": [("CTP plates (4 colour)", (1800, 3600)), ("Design charges", (500, 3000))],
          "flex": [("Eyelets & rope", (150, 900)), ("Framing & fitting at site", (800, 6000))],
          "school": [("Plates & setting", (2500, 6000)), ("Lamination", (1000, 6000))],
          "carton": [("Die making", (1500, 6000)), ("CTP plates (4 colour)", (1800, 3600))]}


def job_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press's JOB CARD CUM RECEIPT / ESTIMATE & ADVANCE RECEIPT / CASH MEMO - PRINTING (paper): the press on top
    (the payee), Job No. / Job Card No. (the shop floor's docket: never an id), Receipt No. / Rcpt. No., Date / Dt.,
    Customer / Party / Ordered by (a person, a party's committee, a festival committee, a school or a business), the
    work with quantity x rate, plates, design, foil, die or fitting charges, Sub total, CGST / SGST @ 9% on some,
    Job value / Estimate / Total (no facts beside an advance), Advance received (n%) and Balance on delivery, or Less:
    Advance received earlier and Balance received now, or Amount received; Advance payable on a wait and a failure;
    Delivery on / Ready by (no facts), cash / UPI / card / NEFT and its reference; PAID / ADVANCE RECEIVED / FULL &
    FINAL RECEIVED / UPI FAILED - JOB ON HOLD / CARD DECLINED - JOB ON HOLD / ADVANCE AWAITED - JOB NOT STARTED in a
    row and in the press's rubber stamp."""
    k = place("job_card")
    status = outcome(k, failed=(4,), pending=(1,))
    way = JOB_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, firm=0.3)
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, j.town, j.to, ["JOB CARD CUM RECEIPT", "ESTIMATE & ADVANCE RECEIPT", "CASH MEMO - PRINTING"])
    kind = rng.choice(list(WORK))
    customer = (rng.choice(PEOPLE) if kind in ("wedding", "visiting", "flex")
                else rng.choice(ORGS[:4] + ORGS[8:9]) if kind == "poster"
                else rng.choice(ORGS[4:6] + ORGS[9:]) if kind == "school" else rng.choice(ORGS[6:8]))
    p.pair(rng.choice(["Job No.", "Job Card No."]), f"{rng.choice(['J', 'JC-', ''])}{rng.randrange(1000, 9999)}")
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(100, 9999)}", f"R/{j.year()}{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dt."]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Customer", "Party", "Ordered by"]), customer)
    p.pair(rng.choice(["Mob.", "Phone"]), f"{rng.choice('6789')}{digits(rng, 9)}")
    p.add("rule")
    desc, (qlo, qhi), (rlo, rhi), unit = rng.choice(WORK[kind])
    qty = float(rng.randrange(qlo, qhi + 1))
    if unit == "nos" and qty >= 1000:
        qty = whole(qty, 100)
    rate = round(rng.uniform(rlo, rhi), 2 if rhi < 10 else 0)
    sub = item(p, rs, desc, qty, unit, rate)
    for name, (low, high) in rng.sample(EXTRAS[kind], rng.randint(1, len(EXTRAS[kind]))):
        value = whole(rng.uniform(low, high), 50)
        p.pair(name, rs(value))
        sub += value
    sub = round(sub, 2)
    total = sub
    if rng.random() < 0.5:
        half = round(sub * 0.09, 2)
        p.pair("Sub total", rs(sub))
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(sub + 2 * half, 2)
    total = float(round(total))
    style = rng.choice(["advance", "final", "full"]) if status == "success" else "advance"
    if style == "advance" or status != "success":
        pct = rng.choice([30, 40, 50, 60])
        adv = whole(total * pct / 100, 100)
        p.pair(rng.choice(["Job value", "Estimate", "Estimated amount"]), rs(total))
        if status == "success":
            p.pair(rng.choice([f"Advance received ({pct}%)", "Advance received", "Advance paid"]), rs(adv),
                   amount=adv)
        else:
            p.pair(rng.choice([f"Advance payable ({pct}%)", "Advance payable"]), rs(adv), amount=adv)
        p.pair(rng.choice(["Balance on delivery", "Balance due"]), rs(total - adv))
        j.amount = adv
    elif style == "final":
        adv = whole(total * rng.choice([0.3, 0.4, 0.5]), 100)
        bal = total - adv
        p.pair(rng.choice(["Total", "Job value"]), rs(total))
        p.pair(rng.choice(["Less: Advance received", "Less: Advance (earlier)"]), rs(adv))
        p.pair(rng.choice(["Balance received now", "Paid now", "Balance paid"]), rs(bal), amount=bal)
        p.pair("Balance due", rng.choice(["Nil", rs(0.0)]))
        j.amount = bal
    else:
        p.pair(rng.choice(["Total", "Net amount"]), rs(total))
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        j.amount = total
    if way == "cash" and j.amount > 190000:
        way = "netbanking"
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(j.amount)})")
    if not j.no_day:
        p.pair(rng.choice(["Delivery on", "Ready by"]), j.other_day(rng, 3, 20))
    if status != "pending":
        p.pair(rng.choice(["Paid by", "Mode"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (shop QR)", "PhonePe / UPI"]),
                "netbanking": rng.choice(["NEFT", "Bank transfer (NEFT)"]),
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "CNRB", "IOBA", "PUNB", "FDRL"])
    word = {"success": {"advance": rng.choice(["ADVANCE RECEIVED", "RECEIVED WITH THANKS"]),
                        "final": rng.choice(["FULL & FINAL RECEIVED", "PAID"]),
                        "full": rng.choice(["PAID", "RECEIVED WITH THANKS"])}[style],
            "failed": "CARD DECLINED - JOB ON HOLD" if way == "card" else "UPI FAILED - JOB ON HOLD",
            "pending": rng.choice(["ADVANCE AWAITED - JOB NOT STARTED", "PAYMENT AWAITED - PROOF APPROVED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods once printed will not be taken back. Proof errors approved by the customer are not ours.")
    p.add("pair", "Customer's signature", "For the press")
    name = PRESSES[j.town][TRADE]
    seal(p, name if len(name) < 26 else " ".join(name.split()[:2]), rng.choice(["CASH COUNTER", "JOB ACCOUNTS"]),
         None if j.no_day or status != "success" else j.date, word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. the counter's card slip


SLIP_HEADS = ["AXIS BANK", "BANK OF BARODA", "CANARA BANK", "INDUSIND BANK", "AU SMALL FINANCE BANK",
              "PHONEPE SMART POS", "GETEPAY", "INNOVITI"]
CARD_BANKS = ["SBI CARD", "HDFC BANK", "ICICI BANK", "AXIS BANK", "CANARA BANK", "BOB CARD", "FEDERAL BANK", "PNB"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press counter's card terminal slip (Axis Bank, Bank of Baroda, Canara Bank, IndusInd Bank, AU Small
    Finance Bank, PhonePe Smart POS, Getepay, Innoviti; monospace): the terminal's name, the press in capitals, its
    town, MER ID / M.ID, TER ID / T.ID, DATE and TIME or TXN DATE, BATCH NO, ROC NO / TRACE NO / INVOICE, SALE, CARD
    TYPE and CARD NO masked, AMOUNT / SALE AMOUNT / TOTAL AMT, AUTH ID / APPR NO, RET REF NO / RREF; APPROVED /
    DECLINED / TRANSACTION PENDING (HOST NOT REACHABLE)."""
    k = place("card_slip")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=800, high=150000, p_round=0.8, firm=0.0, caps=1.0)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to, " ".join(j.to.split()[:2]), "PRINTERS") if fits(p, "center", n))
    j.to = name
    p.part = "head"
    p.add("center", SLIP_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}"
          if fits(p, "center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}")
          else CITIES[j.town][0].upper())
    p.part = "body"
    p.pair(rng.choice(["MER ID:", "M.ID:"]), digits(rng, rng.choice([10, 15])))
    p.pair(rng.choice(["TER ID:", "T.ID:"]), code(rng, 8, "0123456789ABCDEF"))
    clock = hhmm(rng, twelve=False, seconds=True)
    if not j.no_day:
        day_text = when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%y", "%Y-%m-%d", "%d.%m.%Y"]), upper=True)
        if rng.random() < 0.5:
            p.pair("DATE:", day_text, date=j.date)
            p.pair("TIME:", clock)
        else:
            p.pair("TXN DATE:", day_text, date=j.date)
            p.pair("TXN TIME:", clock)
    else:
        p.pair("TIME:", clock)
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        roc = f"{rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["ROC NO:", "TRACE NO:", "INVOICE:"]), roc, txn=(INVOICE_RANK, roc))
    p.add("center", rng.choice(["SALE", "SALE TRANSACTION"]))
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "MAESTRO"]))
    p.pair("CARD NO:", f"{rng.choice(['XXXX', '****'])}{digits(rng, 4)}", method="card")
    p.add("left", f"{rng.choice(CARD_BANKS)}  {rng.choice(['CHIP', 'CONTACTLESS', 'CHIP & PIN'])}")
    p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL AMT:"]), sale(j.amount), amount=j.amount)
    if not j.no_ref and status == "success":
        appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["AUTH ID:", "APPR NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RET REF NO:", "RREF:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]),
                     "pending": "TRANSACTION PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["05-DO NOT HONOUR", "61-EXCEEDS LIMIT"]))
    elif status == "pending":
        p.add("center", "HOST NOT REACHABLE")
    p.part = "foot"
    p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT" if status == "success"
          else "PLEASE RETAIN THIS SLIP.")
    p.add("center", rng.choice(["** CUSTOMER COPY **", "** MERCHANT COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 5. a paper merchant's or ink / plate supplier's bill


SUPPLIERS = [("Sri Murugan Paper Mart", "paper"), ("Chromatic Printing Inks", "ink"),
             ("Kerala Paper Traders", "paper"), ("Plateline CTP Plates Co.", "plate"),
             ("Doaba Paper House", "board"), ("Sree Ayyappa Paper Mills Ltd", "paper"),
             ("Kalinga Paper Agencies", "board"), ("Inkwell Printing Supplies", "ink")]
SUPPLIER_SUBS = {"paper": ["Dealers in maplitho, art paper & board", "Paper merchants & commission agents"],
                 "board": ["Duplex board, kraft & grey board", "Board merchants"],
                 "ink": ["Offset inks, varnish & pressroom chemicals"],
                 "plate": ["CTP plates, blankets & processing chemicals"]}
STOCK = {"paper": [("Maplitho 70 GSM 58.5x91 cm", (10, 120), (1650, 2400), "reams", "4802"),
                   ("Art paper 130 GSM 23x36 in", (5, 80), (2800, 4200), "reams", "4810"),
                   ("Chromo 90 GSM 20x30 in", (5, 60), (1300, 1900), "reams", "4810")],
         "board": [("Duplex board 350 GSM", (200, 2500), (58, 78), "kg", "4810"),
                   ("Grey board 1.2 mm", (100, 1200), (32, 48), "kg", "4805")],
         "ink": [("Process ink - Cyan", (5, 60), (420, 780), "kg", "3215"),
                 ("Process ink - Magenta", (5, 60), (430, 800), "kg", "3215"),
                 ("Overprint varnish", (5, 40), (260, 420), "kg", "3208")],
         "plate": [("CTP plates 0.30 mm 745x605", (50, 600), (210, 340), "nos", "3701"),
                   ("Blanket 1.95 mm, cut & barred", (1, 8), (2400, 4800), "nos", "4010")]}
SUPPLY_WAYS = ["NEFT", "UPI", "RTGS", "cash", "NEFT", "IMPS", "UPI", "NEFT"]


def supplier_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A paper merchant's, paper mill's, board merchant's, ink or plate supplier's TAX INVOICE CUM RECEIPT / BILL CUM
    PAYMENT RECEIPT / CASH & CREDIT MEMO for the press (paper): the supplier on top (the payee), Bill / Invoice No.,
    Bill Date / Inv. Date, Buyer / Bill to / Sold to M/s the press (the payer), the press's GSTIN, each line with HSN,
    reams, kg or nos x rate (GSM and sizes in the names), Taxable value, GST @ 12% or 18% (CGST / SGST, or IGST),
    Freight / Cartage on some, Bill total / Grand total, Amount received / Received (a part with Balance on credit on
    one), Amount payable on the failure and on the credit bill waiting, cash / UPI / NEFT / RTGS / IMPS and its
    reference; RECEIVED WITH THANKS / PAID / PART PAYMENT RECEIVED / NEFT RETURNED - BILL UNPAID / ON CREDIT -
    PAYMENT DUE in a row and in the supplier's stamp."""
    k = place("supplier_bill")
    status = outcome(k, failed=(6,), pending=(3,))
    name, kind = SUPPLIERS[k]
    way = SUPPLY_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    j.to = name.upper() if rng.random() < 0.3 else name
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4)
    letterhead(p, j.town, j.to, ["TAX INVOICE CUM RECEIPT", "BILL CUM PAYMENT RECEIPT", "CASH & CREDIT MEMO"],
               sub=SUPPLIER_SUBS[kind])
    if not j.no_ref:
        bno = rng.choice([f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 9999):04d}",
                          f"{rng.randrange(100, 99999)}"])
        p.pair(rng.choice(["Bill No.", "Invoice No.", "Inv. No."]), bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Bill Date", "Inv. Date", "Dated"]), j.day(rng), date=j.date)
    buyer = PRESSES[j.town][rng.choice([TRADE, FIRM])]
    wrap_pair(p, rng.choice(["Buyer", "Bill to", "Sold to"]), f"M/s {buyer}")
    p.pair("Buyer GSTIN", gstin(rng, CITIES[j.town][4]))
    p.add("rule")
    taxable = 0.0
    for desc, (qlo, qhi), (rlo, rhi), unit, hsn in rng.sample(STOCK[kind], rng.randint(1, min(2, len(STOCK[kind])))):
        qty = float(rng.randrange(qlo, qhi + 1))
        rate = float(round(rng.uniform(rlo, rhi)))
        taxable += item(p, rs, f"{desc}  (HSN {hsn})", qty, unit, rate)
    taxable = round(taxable, 2)
    if taxable > {"cash": 150000.0, "UPI": 90000.0}.get(way, taxable):
        way = "NEFT"
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(taxable))
    rate_gst = 12 if kind in ("paper", "board") else 18
    if rng.random() < 0.3:
        gst = round(taxable * rate_gst / 100, 2)
        p.pair(f"IGST @ {rate_gst}%", rs(gst))
    else:
        half = round(taxable * rate_gst / 200, 2)
        p.pair(f"CGST @ {rate_gst / 2:g}%", rs(half))
        p.pair(f"SGST @ {rate_gst / 2:g}%", rs(half))
        gst = 2 * half
    total = round(taxable + gst, 2)
    if rng.random() < 0.4:
        cart = float(rng.choice([150, 250, 400, 600]))
        p.pair(rng.choice(["Freight / cartage", "Cartage"]), rs(cart))
        total += cart
    total = float(round(total))
    p.pair(rng.choice(["Bill total", "Grand total", "Total (rounded)"]), rs(total))
    part = status == "success" and k == 2
    if way == "RTGS" and (total < 200000 or j.no_day):
        way = "NEFT"
    if status == "success":
        paid = whole(total * rng.uniform(0.4, 0.7), 1000) if part else total
        p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(paid), amount=paid)
        if part:
            p.pair(rng.choice(["Balance on credit", "Balance due"]), rs(round(total - paid, 2)))
        j.amount = paid
    else:
        p.pair(rng.choice(["Amount payable", "Net payable"]), rs(total), amount=total)
        j.amount = total
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(j.amount)})")
    if status == "pending":
        p.pair("Terms", rng.choice(["Credit 30 days", "Payable within 21 days"]))
    else:
        p.pair(rng.choice(["Payment mode", "Mode"]), {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "RTGS": "RTGS",
                                                       "IMPS": "IMPS"}[way], method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "HDFC", "CNRB", "PUNB", "KKBK"])
    word = {"success": "PART PAYMENT RECEIVED" if part else rng.choice(["RECEIVED WITH THANKS", "PAID"]),
            "failed": f"{way} RETURNED - BILL UNPAID" if way in ("NEFT", "IMPS", "RTGS")
            else "UPI FAILED - BILL UNPAID",
            "pending": "ON CREDIT - PAYMENT DUE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Interest @ 18% p.a. on bills unpaid after the credit period. Subject to local jurisdiction.")
    p.add("right", "For the supplier")
    seal(p, j.to if len(j.to) < 26 else " ".join(j.to.split()[:2]), "ACCOUNTS",
         None if j.no_day or status != "success" else j.date, word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. the machine's finance EMI receipt


FINANCIERS = [("Sundaram Finance Ltd", "sundaramfinance.in"),
              ("Hinduja Leyland Finance Ltd", "hindujaleylandfinance.com"),
              ("Poonawalla Fincorp Ltd", "poonawallafincorp.com"),
              ("SMFG India Credit Co. Ltd", "smfgindiacredit.com"),
              ("Aditya Birla Finance Ltd", "adityabirlacapital.com"),
              ("IndoStar Capital Finance Ltd", "indostarcapital.com"),
              ("Kotak Mahindra Bank Ltd", "kotak.com"), ("Clix Capital Services Pvt Ltd", "clix.capital")]
MACHINES = ["Heidelberg SM 52-4 offset press", "Komori L-528 offset press", "Ryobi 524 HX offset press",
            "Konica Minolta AccurioPress C4080", "10 ft solvent flex printer", "Automatic die-cutter 1060",
            "Polar 92 paper cutter", "CTP machine (thermal, 4-up)"]
EMI_FRAMES = ["mail", "paper", "phone", "paper", "mail", "phone", "paper", "mail"]
EMI_WAYS = ["UPI", "cash", "NACH", "NEFT", "UPI", "NACH", "card", "NACH"]


def machine_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A finance company's receipt for the press's equipment loan instalment (Sundaram Finance, Hinduja Leyland
    Finance, Poonawalla Fincorp, SMFG India Credit, Aditya Birla Finance, IndoStar, Kotak Mahindra Bank, Clix Capital;
    its e-mail, its branch's receipt on paper or its app): the financier on top (the payee), INSTALMENT RECEIPT -
    EQUIPMENT LOAN / EMI COLLECTION RECEIPT / Repayment receipt, Receipt No. / Rcpt No., Agreement No. / Contract No.
    (never an id), Borrower / Hirer M/s the press (never the payee), Asset financed / Equipment and its Machine Sr. No.
    (no facts), Instalment no. n / 48, EMI amount, Add: Delayed payment charges and Total received on some, NACH with
    its UMRN and NACH Txn Ref / Presentation Ref, UPI / NEFT / card / cash and its reference, Receipt date / Credited on
    / Collected on / Bounced on / Presented on, Instalment due on and Next instalment on (no facts), Principal
    outstanding (no fact); EMI received / Paid / NACH bounced - insufficient funds / NACH presented - awaiting
    confirmation."""
    k = place("machine_emi")
    status = outcome(k, failed=(2,), pending=(5,))
    frame, way = EMI_FRAMES[k], EMI_WAYS[k]
    lender, site = FINANCIERS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    j.to = lender.upper() if rng.random() < 0.25 else lender
    if frame == "phone":
        p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620,
                   title=rng.choice(["", "Repayment receipt", "Loan details"]),
                   buttons=rng.choice([("Download receipt",), ("Done",), ()]))
        phone_frame(p, k)
        rs = money(rng, font, 0.3)
    elif frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{lender.split(' Ltd')[0]} <collections@{site}>",
                   rng.choice(["Receipt for your instalment", "Equipment loan - payment received"]))
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([580, 620]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    if frame == "paper":
        p.add("small", f"{CITIES[j.town][0]} Branch  |  Customer care 1800 {digits(rng, 3)} {digits(rng, 4)}")
    p.add("center", rng.choice(["INSTALMENT RECEIPT - EQUIPMENT LOAN", "EMI COLLECTION RECEIPT"])
          if frame == "paper" else rng.choice(["Repayment receipt", "Instalment receipt - equipment finance"]))
    p.add("rule")
    p.part = "body"
    if frame == "phone":
        outcome_row(p, status, {"success": ["Payment received", "EMI paid"],
                                "failed": ["NACH bounced", "Payment failed"],
                                "pending": ["Payment under process", "NACH presented"]})
    emi = float(rng.choice([18450, 23990, 27600, 31275, 36840, 42115, 48900, 56320]))
    late = float(rng.choice([590, 885, 1180])) if rng.random() < 0.35 and way != "NACH" else 0.0
    total = emi + late
    j.amount = total
    if frame == "phone":
        p.add("big", rs(total), amount=total)
    if not j.no_ref:
        rno = rng.choice([f"RCT{digits(rng, 10)}", f"{code(rng, 3, UPPER)}/{j.year()}{digits(rng, 6)}"])
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Agreement No.", "Contract No.", "Loan A/c"]), f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
    wrap_pair(p, rng.choice(["Borrower", "Hirer", "Customer"]), f"M/s {PRESSES[j.town][rng.choice([TRADE, FIRM])]}")
    wrap_pair(p, rng.choice(["Asset financed", "Equipment"]), rng.choice(MACHINES))
    p.pair("Machine Sr. No.", f"{code(rng, 2, UPPER)}{digits(rng, 7)}")
    p.pair(rng.choice(["Instalment no.", "EMI no."]), f"{rng.randint(2, 47)} / 48")
    if late:
        p.pair(rng.choice(["EMI amount", "Instalment"]), rs(emi))
        p.pair(rng.choice(["Add: Delayed payment charges", "Add: Overdue charges"]), rs(late))
        p.pair(rng.choice(["Total received", "Total paid"]) if status == "success" else "Total", rs(total),
               amount=total)
    elif frame != "phone":
        p.pair(rng.choice(["EMI amount", "Amount received"]) if status == "success" else "EMI amount", rs(total),
               amount=total)
    else:
        p.pair(rng.choice(["EMI amount", "Instalment"]), rs(emi))
    p.pair(rng.choice(["Payment mode", "Mode", "Paid by"]),
           {"UPI": "UPI", "cash": "Cash", "NACH": rng.choice(["NACH", "e-NACH debit"]), "NEFT": "NEFT",
            "card": f"Debit card {masked(rng, font)}"}[way], method=method_of(way))
    if way == "NACH":
        p.pair("UMRN", f"{code(rng, 4, UPPER)}{digits(rng, 16)}")
    if not j.no_ref and status == "success":
        if way == "NACH":
            ref = f"N{digits(rng, 11)}"
            p.pair(rng.choice(["NACH Txn Ref", "Presentation Ref"]), ref, txn=(BANK_RANK, ref))
        elif way != "cash":
            ref_rows(p, j, way, heads=["SBIN", "HDFC", "ICIC", "BARB"])
    if way == "cash":
        p.pair(rng.choice(["Collected by", "Executive"]), f"{rng.choice(PEOPLE[6:])} ({digits(rng, 5)})")
    if not j.no_day:
        p.pair({"success": rng.choice(["Receipt date", "Credited on", "Collected on" if way == "cash" else "Date"]),
                "failed": "Bounced on" if way == "NACH" else "Attempted on",
                "pending": "Presented on" if way == "NACH" else "Initiated on"}[status], j.day(rng), date=j.date)
        if rng.random() < 0.5:
            p.pair(rng.choice(["Instalment due on", "EMI due date"]), j.other_day(rng, -6, 0))
    p.pair(rng.choice(["Principal outstanding", "Loan balance"]), rs(whole(emi * rng.uniform(4, 40), 1)))
    if not j.no_day:
        p.pair(rng.choice(["Next instalment on", "Next EMI due"]), j.other_day(rng, 27, 32))
    word = {"success": rng.choice(["EMI received", "Paid", "Received with thanks"]),
            "failed": "NACH bounced - insufficient funds",
            "pending": "NACH presented - awaiting confirmation" if way == "NACH" else "Payment under process"}[status]
    if frame == "phone":
        p.add("small", "Bounce charges and penal interest apply." if status == "failed"
              else "Receipt sent to your registered e-mail.")
    else:
        p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", "Pay only into the company's account or to its authorised executives against a printed receipt.")
    return p.done()


# ---------------------------------------------------------------- 7. the electricity bill through Bharat Connect


AGENTS = [("PhonePe", (95, 37, 159)), ("Paytm", (0, 40, 110)), ("amazon pay", (35, 47, 62)), ("Google Pay", None),
          ("bob World", (240, 100, 30)), ("Airtel Thanks", (220, 20, 40)), ("CRED", (18, 18, 20)),
          ("MobiKwik", (30, 60, 170))]
BBPS_WAYS = ["UPI", "wallet", "UPI", "UPI", "netbanking", "card", "UPI", "wallet"]
DISCOMS = [("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL"),
           ("Paschimanchal Vidyut Vitran Nigam Ltd", "PVVNL"), ("Kerala State Electricity Board Ltd", "KSEB"),
           ("Hubli Electricity Supply Company Ltd", "HESCOM"), ("Punjab State Power Corporation Ltd", "PSPCL"),
           ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL"), ("TP Central Odisha Distribution Ltd",
                                                                              "TPCODL"),
           ("Chhattisgarh State Power Distribution Co. Ltd", "CSPDCL")]


def power_bbps(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press's electricity bill paid through Bharat Connect (BBPS) in an app (PhonePe, Paytm, Amazon Pay, Google
    Pay, bob World, Airtel Thanks, CRED, MobiKwik; dark on CRED and some others): the app on top, Electricity, the
    outcome, the sum large, the DISCOM under Biller / Biller name / Paid to / Board (the payee; its short name on
    some), Consumer No. / Service Connection No. / Account ID (never an id), Consumer name the press's firm (never the
    payee), Tariff (LT commercial / industrial), Bill No. (the bill's number: never an id), Bill date and Due date
    (no facts), Units consumed, Bill amount, Convenience fee and Total debited on some, the way, Bharat Connect Ref.
    ID / B-Connect Txn Ref, UPI RRN and the app's Transaction ID on some, Paid on / Payment date / Attempted on."""
    k = place("power_bbps")
    status = outcome(k, failed=(4,), pending=(1,))
    app, band = AGENTS[k]
    way = BBPS_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=4000, high=95000, p_round=0.3)
    name, short = DISCOMS[j.town]
    j.to = rng.choice([name, name, short])
    dark = app == "CRED" or rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]), size=rng.choice([20, 21, 22]),
               title=rng.choice(["", "Bill payment", "Electricity"]),
               buttons=rng.choice([("Share",), ("Download", "Share"), ()]))
    phone_frame(p, k)
    rs = money(rng, font, 0.3)
    head(p, app, band, dark, ["Electricity bill", "Recharge & pay bills"])
    p.add("small", rng.choice(["Bharat Connect", "B  Bharat Connect  |  BBPS", "Secured by Bharat BillPay"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Bill paid successfully", "Payment Successful", "Paid to biller"],
                            "failed": ["Payment Failed", "Bill payment failed"],
                            "pending": ["Payment Pending", "Awaiting confirmation from biller"]})
    fee = float(rng.choice([0, 0, 0, 5, 9, 12])) if way != "wallet" else 0.0
    bill = j.amount
    total = round(bill + fee, 2)
    j.amount = total
    p.part = "amount"
    p.add("big", rs(total), amount=total)
    p.part = "body"
    label = rng.choice(["Biller", "Biller name", "Paid to", "Board"])
    wrap_pair(p, label, j.to, merchant=j.to)
    p.pair(rng.choice(["Consumer No.", "Service Connection No.", "Account ID"]),
           rng.choice([digits(rng, 10), digits(rng, 12), f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 5)}"]))
    wrap_pair(p, rng.choice(["Consumer name", "Name"]), PRESSES[j.town][FIRM].upper())
    p.pair("Tariff", rng.choice(["LT Commercial", "LT Industrial", "LT-IV (Industry)", "LMV-6"]))
    p.pair(rng.choice(["Bill No.", "Bill number"]), digits(rng, rng.choice([9, 11, 12])))
    if not j.no_day:
        p.pair(rng.choice(["Bill date", "Bill generated on"]), j.other_day(rng, -20, -5))
        p.pair("Due date", j.other_day(rng, 1, 12))
    p.pair("Units consumed", f"{rng.randrange(400, 9000):,} kWh")
    if fee:
        p.pair("Bill amount", rs(bill))
        p.pair(rng.choice(["Convenience fee", "Platform fee"]), rs(fee))
        p.pair(rng.choice(["Total debited", "Total amount"]), rs(total))
    p.pair(rng.choice(["Paid via", "Payment mode", "Paid using"]),
           f"{app} Wallet" if way == "wallet" else way_text(rng, font, way), method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{rng.randrange(1, 10)}{code(rng, 4, UPPER)}{digits(rng, 10)}"
        labelled(p, rng.choice(["Bharat Connect Ref. ID", "B-Connect Txn Ref", "BBPS Reference No."]), bref,
                 txn=(BANK_RANK, bref))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            labelled(p, rng.choice(["UPI RRN", "UPI Ref No"]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.5:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 16)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Payment date"]), "failed": "Attempted on",
                     "pending": rng.choice(["Initiated on", "Date & Time"])}[status], stamp(rng, j.date, PATS),
                 date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller has not confirmed this payment yet. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Raise a complaint with the Bharat Connect Ref. ID.", "Set up AutoPay for this bill"]))
    return p.done()


# ---------------------------------------------------------------- 8. the courier counter's booking receipt


COURIERS = ["DTDC Express Ltd", "Professional Couriers", "Shree Maruti Courier Services", "Blue Dart Express Ltd",
            "Delhivery Ltd", "Trackon Couriers Pvt Ltd", "Shree Anjani Courier", "Tirupati Courier Service"]
COURIER_WAYS = ["UPI", "UPI", "cash", "card", "cash", "UPI", "UPI", "cash"]
DESTS = [("Chennai", "600001"), ("Delhi", "110006"), ("Bengaluru", "560002"), ("Pune", "411002"),
         ("Ludhiana", "141008"), ("Hyderabad", "500003"), ("Bhubaneswar", "751001"), ("Raipur", "492001"),
         ("Kolkata", "700001"), ("Ahmedabad", "380001")]
CONTENTS = ["Printed wedding cards", "Printed posters", "Printed cartons", "Visiting cards", "Flex banners (rolled)",
            "School diaries", "Printed labels"]


def courier_booking(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A courier's counter BOOKING RECEIPT / CONSIGNMENT BOOKING - CASH RECEIPT / CUSTOMER COPY for the press's
    dispatch (DTDC, Professional Couriers, Shree Maruti, Blue Dart, Delhivery, Trackon, Shree Anjani, Tirupati;
    paper): the courier on top (the payee) and its franchisee's counter, AWB No. / Consignment No. / Docket No. (the
    parcel's tracking number: never an id), Receipt No. / Bill No., Booking date / Date, Sender the press (the
    payer), Consignee and destination with its PIN, Contents, Pcs, Actual and Chargeable weight, Declared value (no
    fact), Freight, Fuel surcharge, Docket / FOV charges, GST @ 18%, Total / Net amount (the sum), cash / UPI / card
    and its reference, Expected delivery (no fact); PAID / BOOKED - PAID / UPI FAILED - NOT BOOKED / UPI PENDING -
    HOLD DISPATCH."""
    k = place("courier_booking")
    status = outcome(k, failed=(1,), pending=(5,))
    way = COURIER_WAYS[k]
    courier = COURIERS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    j.to = courier.upper() if rng.random() < 0.5 else courier
    p = screen(rng, font, width=rng.choice([500, 540, 580]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.3)
    city = CITIES[j.town]
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"Franchisee: {city[2]}, {city[0]}" if fits(p, "small", f"Franchisee: {city[2]}, {city[0]}")
          else city[0])
    p.add("center", rng.choice(["BOOKING RECEIPT", "CASH RECEIPT - BOOKING", "CUSTOMER COPY"]))
    p.add("rule")
    p.part = "body"
    awb = rng.choice([f"{code(rng, 1, 'DZPX')}{digits(rng, 8)}", digits(rng, 11), digits(rng, 14)])
    p.pair(rng.choice(["AWB No.", "Consignment No.", "Docket No."]), awb)
    if not j.no_ref:
        rno = f"{rng.randrange(1, 99999):05d}"
        p.pair(rng.choice(["Receipt No.", "Bill No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair(rng.choice(["Booking date", "Date"]), j.day(rng, ["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d.%m.%Y"]),
               date=j.date)
    wrap_pair(p, rng.choice(["Sender", "Consignor"]), PRESSES[j.town][TRADE])
    dest, pin = rng.choice(DESTS)
    wrap_pair(p, rng.choice(["Consignee", "Receiver"]), rng.choice(PEOPLE + ORGS[6:8]))
    p.pair(rng.choice(["Destination", "To"]), f"{dest} - {pin}")
    wrap_pair(p, "Contents", rng.choice(CONTENTS))
    pcs = rng.randint(1, 12)
    actual = round(rng.uniform(0.5, 4.0) * pcs, 1)
    charged = max(actual, float(round(actual + rng.uniform(0, 3))))
    p.pair("Pcs", str(pcs))
    p.pair(rng.choice(["Actual wt.", "Weight"]), f"{actual:g} kg")
    p.pair(rng.choice(["Chargeable wt.", "Charged wt."]), f"{charged:g} kg")
    p.pair(rng.choice(["Declared value", "Invoice value"]), rs(whole(rng.uniform(2000, 60000), 100)))
    p.add("rule")
    freight = whole(charged * rng.uniform(45, 160), 1)
    fuel = round(freight * rng.choice([0.1, 0.15, 0.2]), 2)
    docket = float(rng.choice([30, 50, 75, 100]))
    base = round(freight + fuel + docket, 2)
    gst = round(base * 0.18, 2)
    total = float(round(base + gst))
    j.amount = total
    p.pair("Freight", rs(freight))
    p.pair(rng.choice(["Fuel surcharge", "FSC"]), rs(fuel))
    p.pair(rng.choice(["Docket charges", "FOV / docket"]), rs(docket))
    p.pair("GST @ 18%", rs(gst))
    p.pair(rng.choice(["Total", "Net amount", "Total (rounded)"]), rs(total), amount=total)
    p.pair(rng.choice(["Paid by", "Mode"]), {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI QR"]),
                                             "card": f"Card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success" and way != "cash":
        ref_rows(p, j, way, heads=["SBIN"])
    if not j.no_day:
        p.pair(rng.choice(["Expected delivery", "EDD"]), j.other_day(rng, 2, 7))
    p.add("rule")
    p.add("center", {"success": rng.choice(["PAID", "BOOKED - PAID"]),
                     "failed": "UPI FAILED - NOT BOOKED", "pending": "UPI PENDING - HOLD DISPATCH"}[status],
          status=status)
    p.part = "foot"
    p.add("small", "Liability limited as per the terms on the consignment note. Track with the AWB number.")
    return p.done()


# ---------------------------------------------------------------- 9. a freelance designer's payout


PAYOUTS = [("RazorpayX", "x.razorpay.com/payouts"), ("Cashfree Payouts", "payouts.cashfree.com/transfers"),
           ("Open", "app.open.money/payouts"), ("RazorpayX", "x.razorpay.com/payouts"),
           ("Zwitch", "dashboard.zwitch.io/transfers"), ("Cashfree Payouts", "payouts.cashfree.com/transfers"),
           ("Open", "app.open.money/payouts"), ("Easebuzz Payouts", "dashboard.easebuzz.in/payouts")]
PAYOUT_FRAMES = ["browser", "browser", "mail", "browser", "browser", "mail", "browser", "browser"]
PAYOUT_MODES = ["IMPS", "UPI", "NEFT", "IMPS", "UPI", "IMPS", "NEFT", "UPI"]
DESIGNERS = ["Karthik Raja", "Ayesha Siddiqui", "Nithin Jose", "Vinayak Hegde", "Harman Bedi", "Pranali Deshmukh",
             "Soumya Ranjan Das", "Deepika Verma"]
DESIGN_WORK = ["Wedding card layouts (6 designs)", "Poster series - 4 designs", "Carton dieline & artwork",
               "Logo + visiting card design", "Diary cover & inner pages", "Flex hoarding artwork"]


def payout_id(rng: random.Random, provider: str) -> tuple[str, str]:
    """The provider's own id for the payout (never carrying a day)."""
    if provider == "RazorpayX":
        return "Payout ID", f"pout_{code(rng, 14, MIXED)}"
    if provider == "Cashfree Payouts":
        return "CF Reference ID", digits(rng, 9)
    if provider == "Open":
        return "Payout ID", f"OPN{digits(rng, 12)}"
    if provider == "Zwitch":
        return "Transfer ID", f"tr_{code(rng, 20, MIXED)}"
    return "Payout ID", f"EBP{code(rng, 10, UPPER + '0123456789')}"


def design_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press paying a freelance designer from a payouts dashboard (RazorpayX, Cashfree Payouts, Open, Zwitch,
    Easebuzz Payouts; a browser) or the provider's payout e-mail: the provider on top (never the payee), Payout
    details, the state, Amount, the designer under Beneficiary / Contact / Payee (the payee), Fund account (account
    and IFSC, or a VPA), Mode IMPS / NEFT / UPI, Purpose and Narration, Gross fee and TDS u/s 194J @ 10% on some,
    Fees and GST on fees (no facts), Payout ID / CF Reference ID / Transfer ID, UTR on a processed one, Processed at /
    Reversed at / Failed at / Created at; Processed / Reversed / Failed / Queued / Processing."""
    k = place("design_payout")
    status = outcome(k, failed=(6,), pending=(3,))
    provider, url = PAYOUTS[k]
    frame, mode = PAYOUT_FRAMES[k], PAYOUT_MODES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=80000, p_round=0.9)
    j.to = DESIGNERS[(k + j.town) % len(DESIGNERS)]
    if rng.random() < 0.3:
        j.to = j.to.upper()
    gross = whole(j.amount, 100)
    tds = round(gross * 0.1, 2) if rng.random() < 0.5 else 0.0
    net = round(gross - tds, 2)
    j.amount = net
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{provider} <no-reply@{url.split('/')[0].split('.', 1)[-1]}>",
                   rng.choice(["Payout update", f"Payout to {j.to}"]))
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = url
        rs = money(rng, font, 0.3, marks=("\u20b9", "INR"))
    p.part = "head"
    p.add("title", provider)
    p.add("small", f"{PRESSES[j.town][FIRM]}  |  {rng.choice(['Current account', 'Payouts balance'])}")
    p.add("center", rng.choice(["Payout details", "Transfer details", "Payout summary"]))
    p.add("rule")
    p.part = "body"
    word = {"success": rng.choice(["Processed", "Success"]), "failed": rng.choice(["Reversed", "Failed"]),
            "pending": rng.choice(["Queued", "Processing", "Pending"])}[status]
    p.pair(rng.choice(["Status", "State"]), word, status=status)
    p.pair(rng.choice(["Amount", "Payout amount", "Transfer amount"]), rs(net), amount=net)
    wrap_pair(p, rng.choice(["Beneficiary", "Contact", "Payee"]), j.to, merchant=j.to)
    if mode == "UPI":
        vpa = f"{''.join(ch for ch in j.to.lower() if ch.isalpha())[:10]}@{rng.choice(['okicici', 'ybl', 'oksbi'])}"
        p.pair(rng.choice(["Fund account", "VPA"]), vpa)
    else:
        p.pair(rng.choice(["Fund account", "Bank account"]), f"XXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{rng.choice(['SBIN', 'HDFC', 'FDRL', 'KKBK', 'UTIB'])}0{digits(rng, 6)}")
    p.pair(rng.choice(["Mode", "Transfer mode"]), mode, method=method_of(mode))
    p.pair("Purpose", rng.choice(["vendor bill", "payout", "professional fees"]))
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), rng.choice(DESIGN_WORK))
    if tds:
        p.pair(rng.choice(["Gross fee", "Invoice amount"]), rs(gross))
        p.pair(rng.choice(["TDS u/s 194J @ 10%", "TDS (194J)"]), rs(tds))
    fee = float(rng.choice([3, 5, 6, 10]))
    p.pair(rng.choice(["Fees", "Payout fee"]), rs(fee))
    p.pair(rng.choice(["GST on fees", "Tax"]), rs(round(fee * 0.18, 2)))
    if not j.no_ref:
        label, own = payout_id(rng, provider)
        labelled(p, label, own, txn=(TXN_RANK, own))
        if status == "success":
            ref = j.ref if mode in ("IMPS", "UPI") else neft_utr(rng.choice(["YESB", "ICIC", "UTIB"]), rng, j.date)
            labelled(p, rng.choice(["UTR", "Bank reference (UTR)"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": "Processed at", "failed": rng.choice(["Reversed at", "Failed at"]),
                     "pending": "Created at"}[status], stamp(rng, j.date, PATS, twelve=rng.random() < 0.5),
                 date=j.date)
    if status == "failed":
        p.add("small", "Invalid VPA. The amount has been reversed to your balance." if mode == "UPI"
              else "Beneficiary bank rejected the transfer: account closed. Amount reversed.")
    elif status == "pending":
        p.add("small", "The payout is queued with the bank and will be processed shortly.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Payouts are processed by our partner banks.", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 10. the GST challan


GST_FRAMES = ["portal", "bank", "portal", "bank", "portal", "portal", "bank", "portal"]
GST_WAYS = ["netbanking", "netbanking", "UPI", "netbanking", "card", "NEFT", "netbanking", "netbanking"]
GST_BANKS = [("Indian Overseas Bank", "IOBA", "www.iobnet.co.in/ibanking/gstpay"),
             ("Bank of Baroda", "BARB", "feba.bobibanking.com/corp/GST/receipt"),
             ("Canara Bank", "CNRB", "netbanking.canarabank.in/gst/challan"),
             ("Union Bank of India", "UBIN", "www.unionbankonline.co.in/gst/ack")]


def gst_challan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press paying its GST: the GST portal's Payment Receipt / Challan Receipt (GST PMT-06) (a browser: CPIN,
    GSTIN, Legal name, Tax period (no fact), the tax heads CGST / SGST / IGST (Tax, Interest), Total Challan Amount,
    Mode of Payment E-Payment / NEFT/RTGS, Bank, BRN / Bank Reference No., CIN, Date of Deposit / Payment Date /
    Payment attempted on / Payment initiated on, Challan generated on (no fact), Payment Status) or its bank's GST
    e-payment receipt (the bank on top, Challan Identification Number, CPIN, Transaction Reference / Bank Ref No,
    the amount, the debit account, the status); one failed, one awaiting the bank. The payee (the Centre and the
    state) is printed nowhere; the bank and the portal are not payees."""
    k = place("gst_challan")
    status = outcome(k, failed=(2,), pending=(7,))
    frame, way = GST_FRAMES[k], GST_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=5000, high=400000, p_round=1.0)
    bank, b4, url = GST_BANKS[(k + j.town) % len(GST_BANKS)]
    city = CITIES[j.town]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    # a CPIN and a CIN carry the year: the page with no day prints the bank's reference alone
    cpin = f"{j.date:%y}{city[4]}{digits(rng, 10)}"
    cin = f"{b4}{cpin}"
    igst = rng.random() < 0.3
    tax = whole(j.amount, 1)
    interest = float(round(tax * rng.uniform(0.003, 0.012))) if rng.random() < 0.3 else 0.0
    total = round(tax + interest, 2)
    j.amount = total
    p.part = "head"
    if frame == "portal":
        p.style["h106"]["url"] = "payment.gst.gov.in/payment/challanreceipt"
        top(p, rng.choice(["Goods and Services Tax", "GST - Government of India"]))
        p.add("center", rng.choice(["Payment Receipt", "Challan Receipt (GST PMT-06)"]))
    else:
        p.style["h106"]["url"] = url
        top(p, bank)
        p.add("center", rng.choice(["GST e-Payment Receipt", "Tax Payment - GST Challan"]))
    p.add("rule")
    p.part = "body"
    if frame == "bank":
        outcome_row(p, status, {"success": ["Payment successful", "Transaction completed"],
                                "failed": ["Transaction failed"], "pending": ["Transaction under process"]})
    if not j.no_ref and not j.no_day:
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
    p.pair("GSTIN", gstin(rng, city[4]))
    wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), PRESSES[j.town][FIRM])
    if not j.no_day and frame == "portal":
        p.pair(rng.choice(["Tax period", "Return period"]), when(j.date - dt.timedelta(days=20), "%b-%Y"))
    if frame == "portal":
        p.add("rule")
        if igst:
            p.pair("IGST (0008) - Tax", rs(tax))
        else:
            half = round(tax / 2, 2)
            p.pair("CGST (0005) - Tax", rs(half))
            p.pair("SGST (0006) - Tax", rs(round(tax - half, 2)))
        if interest:
            p.pair("IGST - Interest" if igst else "CGST - Interest", rs(interest))
    p.pair(rng.choice(["Total Challan Amount", "Total amount", "Challan amount"]), rs(total), amount=total)
    if frame == "portal" and rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(total)})")
    mode = {"netbanking": "E-Payment (Net Banking)", "NEFT": "NEFT/RTGS", "card": "E-Payment (Debit Card)",
            "UPI": "E-Payment (UPI)"}[way]
    p.pair(rng.choice(["Mode of Payment", "Payment mode"]), mode if frame == "portal"
           else mode.replace("E-Payment ", "").strip("()"), method=method_of(way))
    p.pair("Bank" if frame == "portal" else "Debit account", bank if frame == "portal" else f"XXXXXXX{digits(rng, 4)}")
    if not j.no_ref and status == "success":
        brn = digits(rng, 10) if rng.random() < 0.5 else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        p.pair(rng.choice(["BRN", "Bank Reference No.", "Transaction Reference"]), brn, txn=(BANK_RANK, brn))
        if not j.no_day:
            p.pair(rng.choice(["CIN", "Challan Identification Number"]) if frame == "bank" else "CIN", cin,
                   txn=(TXN_RANK, cin))
        if way == "NEFT":
            ref = neft_utr(rng.choice(["IOBA", "CNRB", "SBIN"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        made = j.date - dt.timedelta(days=rng.randrange(0, 3))
        if frame == "portal" and made != j.date:
            p.pair(rng.choice(["Challan generated on"] + ([] if j.no_ref else ["CPIN created on"])),
                   when(made, "%d/%m/%Y"))
        labelled(p, {"success": rng.choice(["Date of Deposit", "Payment Date"]), "failed": "Payment attempted on",
                     "pending": "Payment initiated on"}[status],
                 stamp(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%Y-%m-%d"], twelve=False), date=j.date)
    if frame == "portal":
        p.pair(rng.choice(["Payment Status", "Status"]), {"success": rng.choice(["Paid", "Success"]),
                                                          "failed": rng.choice(["Failed", "Payment Failed"]),
                                                          "pending": "Awaiting Bank Confirmation"}[status],
               status=status)
    if status == "pending":
        p.add("small", "Do not pay again. The electronic cash ledger is credited once the bank reports the CIN.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["This is a system generated receipt.", "Keep this receipt for your records."]))
    return p.done()


# ---------------------------------------------------------------- 11. an online design-and-print order


LINKS = ["Razorpay", "Instamojo", "PayU", "Cashfree", "Easebuzz", "CCAvenue", "PhonePe PG", "Paytm Payment Links"]
LINK_WAYS = ["UPI", "UPI", "card", "wallet", "netbanking", "card", "UPI", "UPI"]
PRODUCTS = [("Visiting cards 350 GSM matt (500 nos)", (450, 1400)), ("Custom sticker labels (1000 nos)", (900, 3200)),
            ("Certificates A4, 300 GSM (100 nos)", (1200, 3500)), ("Roll-up standee 6x2.5 ft", (1400, 3800)),
            ("Vinyl banner 6x3 ft with eyelets", (600, 1800)), ("Wedding cards (300 nos) + e-invite", (6000, 24000)),
            ("Letterheads A4 (1000 nos)", (1600, 3800)), ("Photo calendar, table top (50 nos)", (4000, 9000))]


def print_link(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer paying the press's online design-and-print order through a payment link (Razorpay, Instamojo, PayU,
    Cashfree, Easebuzz, CCAvenue, PhonePe PG, Paytm Payment Links; browser or phone, dark on some): the press's
    online desk on top or under Paying to / Merchant (the payee), the outcome, the sum large, Order # / Your order no.
    (the press's order number), the products, Design charges on some, Shipping, GST @ 18%, Total, Dispatch by /
    Expected delivery (no facts), the way (a wallet on one), the gateway's ids, UPI Ref No / Bank Ref No on some,
    the day."""
    k = place("print_link")
    status = outcome(k, failed=(5,), pending=(2,))
    gw, way = LINKS[k], LINK_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, unit=ONLINE, firm=0.1, caps=0.2)
    lines = rng.sample(PRODUCTS, rng.randint(1, 2))
    values = [float(round(rng.uniform(low, high) / 10) * 10) for _, (low, high) in lines]
    extra = float(rng.choice([0, 0, 250, 500])) if rng.random() < 0.5 else 0.0
    ship = float(rng.choice([0, 60, 80, 120, 150]))
    base = sum(values) + extra + ship
    gst = round(base * 0.18, 2)
    total = round(base + gst, 2)
    j.amount = total
    if k % 2 == 0:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"pages.razorpay.com/{SLUGS[j.town]}",
                                  "PayU": f"u.payu.in/{code(rng, 8, MIXED)}",
                                  "Easebuzz": f"pay.easebuzz.in/link/{code(rng, 10, MIXED)}",
                                  "PhonePe PG": "mercury.phonepe.com/transact/status"}[gw]
    else:
        p = screen(rng, font, "phone", dark=rng.random() < 0.35, width=620, title="",
                   buttons=rng.choice([("Done",), ("Download invoice",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.3)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Paying to", "Merchant"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice(["Design online, we print & ship", f"www.{SLUGS[j.town]}.in", "Online print orders"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Order placed - payment received", "Paid"],
                            "failed": ["Payment Failed", "Payment failed - order not placed"],
                            "pending": ["Payment Pending", "Confirming your payment"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if not j.no_ref:
        order = f"{code(rng, 2, UPPER)}{rng.randrange(10000, 999999)}"
        p.pair(rng.choice(["Order #", "Your order no."]), order, txn=(ORDER_RANK, order))
    for (name, _), value in zip(lines, values):
        wrap_pair(p, name, rs(value))
    if extra:
        p.pair("Design charges", rs(extra))
    p.pair(rng.choice(["Shipping", "Delivery"]), rs(ship) if ship else "Free")
    p.pair("GST @ 18%", rs(gst))
    p.pair(rng.choice(["Total", "Amount payable"]), rs(total))
    if not j.no_day:
        p.pair(rng.choice(["Dispatch by", "Expected delivery"]), j.other_day(rng, 3, 9))
    p.pair(rng.choice(["Payment method", "Paid using", "Mode"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        ids = instamojo_ids(rng, j.date) if gw == "Instamojo" else gateway_ids(rng, gw, j.date)
        for label, value_text, rank in ids:
            labelled(p, label, value_text, txn=(rank, value_text))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "UPI RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Payment date", "Date & Time"] if status == "success"
                               else ["Date & Time", "Attempted on"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    else:
        p.add("small", "Your proof will be mailed for approval before printing.")
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Payments secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 12. a refund for a cancelled job


REFUND_FRAMES = ["paper", "mail", "paper", "paper", "mail", "paper", "mail", "paper"]
REFUND_WAYS = ["UPI", "NEFT", "cash", "UPI", "IMPS", "card", "UPI", "NEFT"]
CANCEL_WHY = ["Function postponed", "Election candidate changed", "Design not approved", "Order placed twice",
              "Customer shifted to e-invites", "School event cancelled", "Festival programme called off"]


def refund_voucher(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The press refunding a cancelled print job's advance (paper or e-mail): JOB CANCELLATION - REFUND VOUCHER /
    REFUND NOTE - CANCELLED PRINT ORDER / ADVANCE REFUND VOUCHER, the press on top (the payer), RV No. / Refund
    Voucher No., Refund Txn ID / Refund ID on the e-mail, Refund date / Paid on / Attempted on / Initiated on, the
    customer under Refunded to / Pay to / Customer (the payee), Job No. and Advance Rcpt No. (other documents'
    numbers: never ids), Advance paid on (no fact), Reason for cancellation, Advance received, Less: Design & proof
    charges, Plates made, Paper already cut, Refund amount / Net refund, UPI / NEFT / IMPS / reversal to card / cash
    with its reference; REFUNDED / REFUND PAID / REFUND FAILED - A/C FROZEN (UPI ID NOT FOUND on a UPI refund) /
    REFUND IN PROCESS / REFUND INITIATED - CREDIT IN 3-5 DAYS."""
    k = place("refund_voucher")
    status = outcome(k, failed=(4,), pending=(1,))
    frame, way = REFUND_FRAMES[k], REFUND_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, firm=0.3)
    payer = PRESSES[j.town][rng.choice([TRADE, FIRM])]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{PRESSES[j.town][TRADE]} <orders@{SLUGS[j.town]}.in>",
                   rng.choice(["Refund of your advance", "Order cancelled - refund processed"]))
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.45)
    letterhead(p, j.town, payer, ["JOB CANCELLATION - REFUND VOUCHER", "REFUND NOTE - CANCELLED PRINT ORDER",
                                  "ADVANCE REFUND VOUCHER"], merchant=False)
    if not j.no_ref:
        no = rng.choice([f"RV/{j.year()}{rng.randrange(1, 999):03d}", f"RV-{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["RV No.", "Refund Voucher No."]), no, txn=(INVOICE_RANK, no))
        if frame == "mail":
            rid = f"RFD{digits(rng, 11)}"
            labelled(p, rng.choice(["Refund Txn ID", "Refund ID"]), rid, txn=(TXN_RANK, rid))
    if not j.no_day:
        p.pair({"success": rng.choice(["Refund date", "Paid on", "Date"]), "failed": "Attempted on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    to = rng.choice([j.buyer, j.buyer, j.buyer.upper(), rng.choice(ORGS)])
    wrap_pair(p, rng.choice(["Refunded to", "Pay to", "Customer"]), to, merchant=to)
    p.pair(rng.choice(["Job No.", "Job Card No."]), f"J{rng.randrange(1000, 9999)}")
    p.pair(rng.choice(["Advance Rcpt No.", "Against receipt"]), f"{rng.randrange(100, 9999)}")
    if not j.no_day:
        p.pair(rng.choice(["Advance paid on", "Order date"]), j.other_day(rng, -40, -5))
    wrap_pair(p, rng.choice(["Reason for cancellation", "Reason"]), rng.choice(CANCEL_WHY))
    p.add("rule")
    advance = float(rng.choice([2000, 3000, 5000, 7500, 10000, 15000, 20000, 25000, 40000]))
    p.pair(rng.choice(["Advance received", "Amount paid as advance"]), rs(advance))
    cuts = []
    if rng.random() < 0.6:
        cuts.append((rng.choice(["Less: Design & proof charges", "Less: Design charges"]),
                     float(rng.choice([300, 500, 800, 1200]))))
    if rng.random() < 0.4:
        cuts.append((rng.choice(["Less: Plates made", "Less: CTP plates"]), float(rng.choice([900, 1800, 2400]))))
    if rng.random() < 0.3:
        cuts.append(("Less: Paper already cut", float(rng.choice([500, 1000, 1500]))))
    for label, value in cuts:
        p.pair(label, rs(value))
    refund = round(advance - sum(value for _, value in cuts), 2)
    j.amount = refund
    p.pair(rng.choice(["Net refund", "Refund amount"]) if status == "success" else "Refund amount", rs(refund),
           amount=refund)
    if frame == "paper" and rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(refund)})")
    p.pair(rng.choice(["Refund mode", "Paid by"]),
           {"UPI": rng.choice(["UPI", "UPI to customer"]), "card": f"Reversal to card {masked(rng, font)}",
            "NEFT": "NEFT", "IMPS": "IMPS", "cash": "Cash"}[way], method=method_of(way))
    if not j.no_ref and status == "success":
        if way == "card":
            p.pair(rng.choice(["ARN", "Reversal RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way != "cash":
            ref_rows(p, j, way, heads=["CNRB", "SBIN", "PUNB"])
    word = {"success": rng.choice(["REFUNDED", "REFUND PAID"]),
            "failed": "REFUND FAILED - UPI ID NOT FOUND" if way == "UPI" else "REFUND FAILED - A/C FROZEN",
            "pending": rng.choice(["REFUND IN PROCESS", "REFUND INITIATED - CREDIT IN 3-5 DAYS"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Advances are refundable less design, plate and paper costs already incurred.")
    if frame == "paper":
        p.add("pair", "Receiver's signature", "For the press")
    return p.done()


compose = compose121

"""The twelve heldout177 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a mobile-app game studio's day in 2026 (Neelgiri Pixel Studios Pvt Ltd, its studio
at Koramangala, Bengaluru and its art team at Baner, Pune), told by the proofs of payment it receives and makes: the
app stores' payouts and the ad networks' payouts in US dollars and euros, outward remittances to freelance artists
and composers abroad, domestic artists' UPI and payment links, cloud and tools bills, office rent, GST, TDS and
professional tax challans, the staff's card slips at counters, electricity, broadband and postpaid bills through
Bharat Connect and wallets, vendors' invoices with a payment block, contractors' payouts by IMPS, and the bank's
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, earnings periods, exchange rates, INR equivalents, charges, TDS and GST
lines, Form 15CA numbers, purpose codes, account, billing account, subscription, consumer and contact ids, PAN,
TAN, GSTIN, IFSC, SWIFT / BIC, IBAN, MID, TID, batch and the payer's own details carry no fact. ``compose`` is
heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import IFSC, Job, date_row, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"

COMPANY = "Neelgiri Pixel Studios Pvt Ltd"
COMPANY_CAPS = "NEELGIRI PIXEL STUDIOS PRIVATE LIMITED"
SHORT = "Neelgiri Pixel Studios"
# unit, address, GST state code
UNITS = [
    ("Bengaluru", "4th Floor, 80 Feet Road, Koramangala, Bengaluru - 560034", "29"),
    ("Pune", "Office 702, Baner Road, Baner, Pune - 411045", "27"),
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d", "%B {d}, %Y", "%m/%d/%Y"]
BANKS = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "State Bank of India", "Canara Bank"]
GAMES = ["Chhota Kart Racers", "Ludo Mahal", "Tiny Tank Siege", "Rangoli Match 3", "Cricket Clash Pro"]


def payee_name(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def rs_for(rng: random.Random, font: str, p_whole: float = 0.4) -> object:
    return money(rng, font, p_whole, marks=("\u20b9", "\u20b9", "Rs.", "Rs", "INR"))


def foreign(rng: random.Random, low: float, high: float) -> float:
    return (
        round(rng.uniform(low, high), 2) if rng.random() < 0.7 else float(rng.randrange(int(low), int(high)))
    )


def head_block(p: Screen, name: str, lines: list[str], kind: str | None, *, merchant: bool) -> None:
    """A name on top (the payee's where ``merchant``), its small lines, the document's kind, a rule."""
    p.part = "head"
    if merchant:
        top(p, name, merchant=name)
    else:
        top(p, name)
    for line in lines:
        p.add("small", line)
    if kind:
        p.add("center", kind)
    p.add("rule")
    p.part = "body"


def uetr(rng: random.Random) -> str:
    return f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-a{code(rng, 3, HEX)}-{code(rng, 12, HEX)}"


# ---------------------------------------------------------------- 1. app stores' payouts


STORES = [
    ("Google Asia Pacific Pte. Ltd.", "Singapore", "CITISGSG", "Citibank NA, Singapore"),
    ("Google Commerce Limited", "Dublin, Ireland", "CITIIE2X", "Citibank Europe PLC"),
    ("Apple Distribution International Ltd", "Cork, Ireland", "BOFAIE3X", "Bank of America, Dublin"),
    ("Apple Inc.", "Cupertino, CA, USA", "BOFAUS3N", "Bank of America NA, New York"),
]
# bank, frame; "play" and "apple" are the stores' own payout pages
STORE_FRAMES = [
    ("ICICI Bank", "browser"),
    ("play", "browser"),
    ("HDFC Bank", "mail"),
    ("State Bank of India", "paper"),
    ("Kotak Mahindra Bank", "mail"),
    ("apple", "browser"),
    ("Axis Bank", "browser"),
    ("Canara Bank", "paper"),
]


def store_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The app stores paying the studio its proceeds: six banks' inward remittance advices (ICICI Bank's and Axis
    Bank's pages in a browser, HDFC Bank's and Kotak's e-mails, SBI's and Canara Bank's printed advices: the bank on
    top, Inward Remittance Advice / Foreign Inward Remittance Advice (FIRA) / e-FIRA, Beneficiary / Beneficiary name /
    Beneficiary customer the studio, Remitter / Ordering customer / Remitter name Google or Apple, Remitting bank and
    BIC, Remittance amount / Foreign currency amount / Inward amount in USD, Exchange rate, INR equivalent, Less:
    Bank charges, Amount credited (INR), Purpose code P0807 / P0802, Remittance info, Inward ref No. / Our reference /
    Transaction reference / FIRA No., UETR on some, Value date / Credited on / Received on / Returned on) and two of
    the stores' own payout pages (Google Play Console's Payouts / Payment details: Payments profile / Payee the
    studio, Earnings period, Payment amount, Payment method Wire transfer, Payment reference / Payment ID, Issued on
    / Payment date; App Store Connect's Payments and Financial Reports: Paid to, Proceeds, Amount paid, Bank
    account, Payment ID, Paid on)."""
    k = place("store_payouts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    j.amount = foreign(rng, 1800, 96000)
    cur = "USD" if rng.random() < 0.8 else "EUR"
    show = fx(rng, font, cur)
    bank, frame = STORE_FRAMES[k]
    payee = payee_name(rng)
    period = j.month()
    if bank in ("play", "apple"):
        play = bank == "play"
        p = browser_page(
            rng,
            font,
            "play.google.com/console/u/0/developers/payments/payouts"
            if play
            else "appstoreconnect.apple.com/itc/payments_and_financial_reports",
        )
        p.part = "head"
        p.add("title", "Google Play Console" if play else "App Store Connect")
        p.add("small", "Payouts - payment details" if play else "Payments and Financial Reports")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Paid", "Payment sent"],
                "pending": ["Payment in progress"],
                "failed": ["Payment failed"],
            },
        )
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        wrap_pair(p, rng.choice(["Payments profile", "Payee"]) if play else "Paid to", payee, merchant=payee)
        p.pair("Earnings period" if play else "Proceeds for", period)
        p.pair("Payment amount" if play else "Amount paid", show(j.amount))
        wrap_pair(
            p,
            "Payment method" if play else "Bank account",
            f"Wire transfer - {rng.choice(BANKS)} ..{digits(rng, 4)}",
            method="netbanking",
        )
        if not j.no_ref:
            ref = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}" if play else f"{digits(rng, 10)}"
            p.pair(
                rng.choice(["Payment reference", "Payment ID"]) if play else "Payment ID",
                ref,
                txn=(TXN_RANK, ref),
            )
        date_row(p, j, ["Issued on", "Payment date"] if play else ["Paid on", "Payment date"], WEST_PATS)
        p.part = "foot"
        p.add("small", "Google Payment Corp." if play else "Apple Distribution International Ltd.")
        return p.done()
    store, city, bic, rbank = rng.choice(STORES)
    if frame == "browser":
        p = browser_page(rng, font, f"cib.{bank.split()[0].lower()}.co.in/trade/inward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <fxadvice@{bank.split()[0].lower()}bank.net>",
            [
                "Inward remittance credited",
                "e-FIRA for your inward remittance",
                "Foreign remittance received",
            ],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    head_block(
        p,
        bank.upper() if frame == "paper" and rng.random() < 0.5 else bank,
        [rng.choice(["Trade & Forex Services, Bengaluru", "Global Trade Services", "Forex Operations"])],
        rng.choice(
            ["Inward Remittance Advice", "Foreign Inward Remittance Advice (FIRA)", "e-FIRA - credit advice"]
        ),
        merchant=False,
    )
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
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer", "Remitter name"]), f"{store}, {city}")
    wrap_pair(p, "Remitting bank", rbank)
    p.pair("BIC", bic)
    p.pair(
        rng.choice(["Remittance amount", "Foreign currency amount", "Inward amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    rate = round(rng.uniform(85.2, 88.9) if cur == "USD" else rng.uniform(93.0, 97.5), 4)
    inr = round(j.amount * rate, 2)
    charges = float(rng.choice([500, 750, 1000])) + round(rng.uniform(0, 300), 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Less: Bank charges (incl. GST)", f"{charges:,.2f}")
    if status != "failed":
        p.pair("Amount credited (INR)", f"{inr - charges:,.2f}")
    p.pair("Purpose code", rng.choice(["P0807 - software services", "P0802 - software consultancy"]))
    wrap_pair(p, "Remittance info", f"{rng.choice(['GOOGLE PLAY', 'APP STORE'])} PROCEEDS {period.upper()}")
    p.pair("Mode", rng.choice(["SWIFT inward (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIRA', 'IW'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward ref No.", "Our reference", "Transaction reference", "FIRA No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if rng.random() < 0.5:
            wrap_pair(p, "UETR", uetr(rng))
    labels = {"success": ["Value date", "Credited on"], "pending": ["Received on"], "failed": ["Returned on"]}
    date_row(p, j, labels[status])
    p.part = "foot"
    p.add("small", "This advice may be used as proof of inward remittance for export of services.")
    return p.done()


# ---------------------------------------------------------------- 2. ad networks' payouts


NETWORKS = [
    ("Google AdMob", "Google Asia Pacific Pte. Ltd.", "admob.google.com/v2/payments", "USD"),
    ("AppLovin", "AppLovin Corporation", "dash.applovin.com/o/payouts", "USD"),
    ("Unity Ads", "Unity Technologies SF", "dashboard.unity3d.com/monetization/payouts", "USD"),
    ("Mintegral", "Mintegral International Ltd", "dev.mintegral.com/finance/payments", "USD"),
    ("InMobi", "InMobi Technologies Pvt Ltd", "publisher.inmobi.com/payments", "INR"),
    ("Liftoff Monetize", "Liftoff Mobile Inc", "publisher.liftoff.io/payments", "USD"),
    ("Pangle", "Bytedance Pte. Ltd.", "www.pangleglobal.com/finance/payment", "USD"),
    ("Yandex Ads", "Yandex Europe AG", "partner.yandex.com/payments", "EUR"),
]
NET_FRAMES = ["mail", "browser", "paper", "browser", "mail", "browser", "paper", "mail"]


def adnet_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The ad networks paying the studio for its in-game ad inventory: payment e-mails (Google AdMob's "Your payment
    is on its way", InMobi's payment advice, Yandex Ads'), publisher dashboards in a browser (AppLovin, Mintegral,
    Liftoff Monetize) and printed remittance advices (Unity Ads, Pangle): the network on top (its company line
    small), Payee / Publisher / Beneficiary / Pay to the studio, Earnings for / Earnings period, Earnings,
    Adjustments (invalid traffic), Withholding tax on some, Payment amount / Net payout / Amount paid in USD or EUR
    (InMobi's in rupees less TDS u/s 194J with its UTR), Payment method Wire transfer / NEFT, Payment ID / Payout ID
    / Remittance ID / Bank reference, Payment date / Sent on / Issued on / Returned on; Paid / Payment sent /
    Processing - expected in 3-5 business days / Returned by bank - SWIFT code invalid)."""
    k = place("adnet_payouts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    brand, company, url, cur = NETWORKS[k]
    frame = NET_FRAMES[k]
    inr = cur == "INR"
    show = rs_for(rng, font, 0.2) if inr else fx(rng, font, cur)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{brand} <payments-noreply@{url.split('/')[0].split('.', 1)[1]}>",
            ["Your payment is on its way", f"Payment advice - {SHORT}", "Payout sent"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, url + f"/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    head_block(
        p,
        brand,
        [company],
        rng.choice(["Payment details", "Publisher payout", "Remittance advice"]),
        merchant=False,
    )
    payee = payee_name(rng)
    wrap_pair(p, rng.choice(["Payee", "Publisher", "Beneficiary", "Pay to"]), payee, merchant=payee)
    p.pair(rng.choice(["Earnings for", "Earnings period"]), j.month())
    earn = foreign(rng, 900, 42000) if not inr else rupees(rng, 60000, 900000, 0.3)
    adj = round(earn * rng.uniform(0.005, 0.03), 2)
    p.pair("Earnings", show(earn))
    p.pair("Adjustments (invalid traffic)", "-" + show(adj))
    net = round(earn - adj, 2)
    if inr:
        tds = round(net * 0.10, 2)
        p.pair("Less: TDS u/s 194J @ 10%", show(tds))
        net = round(net - tds, 2)
    j.amount = net
    p.pair(
        rng.choice(["Payment amount", "Net payout", "Amount paid"]),
        show(net),
        amount=net,
        **({} if inr else {"cur": cur}),
    )
    wrap_pair(
        p,
        "Payment method",
        "NEFT" if inr else f"Wire transfer ({rng.choice(BANKS)} ..{digits(rng, 4)})",
        method="netbanking",
    )
    if not j.no_ref:
        own = f"{rng.choice(['PAY', 'PO', 'RM'])}-{j.date:%y%m}-{digits(rng, 7)}"
        p.pair(rng.choice(["Payment ID", "Payout ID", "Remittance ID"]), own, txn=(TXN_RANK, own))
        if inr and status == "success":
            ref = neft_ref(rng, j, "HDFC Bank")
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        elif rng.random() < 0.4 and status == "success":
            ref = f"FT{j.date:%y}{digits(rng, 10)}"
            p.pair("Bank reference", ref, txn=(BANK_RANK, ref))
    outcome_row(
        p,
        status,
        {
            "success": ["Paid", "Payment sent", "Status: Paid"],
            "pending": ["Processing - expected in 3-5 business days"],
            "failed": ["Returned by bank - SWIFT code invalid"],
        },
    )
    labels = {
        "success": ["Payment date", "Sent on", "Issued on"],
        "pending": ["Initiated on"],
        "failed": ["Returned on"],
    }
    date_row(p, j, labels[status], WEST_PATS)
    p.part = "foot"
    p.add("small", "Payments are made net of bank charges levied by intermediary banks.")
    return p.done()


# ---------------------------------------------------------------- 3. outward remittances to artists abroad


ARTISTS = [
    ("Marta Kowalczyk", "Krakow, Poland", "EUR", "PL61 1090 1014 0000 0712 1981 2874"),
    ("Oliver Pennington", "Brighton, United Kingdom", "GBP", "GB29 NWBK 6016 1331 9268 19"),
    ("Lukas Brenner Sounddesign", "Leipzig, Germany", "EUR", "DE89 3704 0044 0532 0130 00"),
    ("Aiko Tanaka Illustration LLC", "Portland, OR, USA", "USD", "ACH 026009593 / 4471"),
    ("Pixel Forge Art Ltd", "Dundee, United Kingdom", "GBP", "GB33 BUKB 2020 1555 5555 55"),
    ("Nikolai Petrov", "Tallinn, Estonia", "EUR", "EE38 2200 2210 2014 5685"),
]
OUT_FRAMES = [
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Kotak Mahindra Bank", "browser"),
    ("Axis Bank", "paper"),
    ("State Bank of India", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
]


def artist_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio paying freelance concept artists, animators and composers abroad: banks' outward remittance
    advices (HDFC Bank's, Kotak's and ICICI Bank's pages in a browser, ICICI Bank's, SBI's and Axis Bank's e-mails,
    Axis Bank's and HDFC Bank's printed debit advices: the bank on top, Outward Remittance - Debit Advice / Foreign
    Outward Remittance Advice, Remitter / Applicant the studio, Beneficiary / Beneficiary name / Payee the artist,
    IBAN / Account, Beneficiary bank, Remittance amount / Amount remitted / Foreign currency amount in EUR, GBP or
    USD, Exchange rate, INR equivalent, Commission and SWIFT charges, GST on currency conversion, Total debited
    (INR), Purpose code S0802 / S1023, Form 15CA ack No., Our reference / Remittance ref No. / Transaction
    reference, UETR on some, Remittance date / Debited on / Request date / Returned on)."""
    k = place("artist_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    artist, city, cur, iban = rng.choice(ARTISTS)
    name = artist.upper() if rng.random() < 0.25 else artist
    j.amount = foreign(rng, 350, 9800)
    show = fx(rng, font, cur)
    bank, frame = OUT_FRAMES[k]
    if frame == "browser":
        p = browser_page(
            rng, font, f"cbx.{bank.split()[0].lower()}.co.in/forex/outward/{code(rng, 8, ALNUM)}"
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <outward.remittance@{bank.split()[0].lower()}bank.net>",
            ["Your outward remittance has been processed", "Outward remittance - debit advice"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    head_block(
        p,
        bank,
        [rng.choice(["Forex & Trade Services", "Outward Remittance Cell", "Treasury Operations"])],
        rng.choice(["Outward Remittance - Debit Advice", "Foreign Outward Remittance Advice"]),
        merchant=False,
    )
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance processed - MT103 sent", "Status: Remitted"],
            "pending": ["Under process - Form 15CA / 15CB awaited"],
            "failed": ["Returned by beneficiary bank - IBAN invalid"],
        },
    )
    wrap_pair(p, rng.choice(["Remitter", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Payee"]), name, merchant=name)
    p.pair("Country", city.split(", ")[-1])
    wrap_pair(p, "IBAN / Account", iban)
    p.pair(
        rng.choice(["Remittance amount", "Amount remitted", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    rate = round({"USD": 86.9, "EUR": 96.1, "GBP": 112.4}[cur] + rng.uniform(-1.5, 1.5), 4)
    inr = round(j.amount * rate, 2)
    fee = float(rng.choice([500, 750, 1000, 1500]))
    gst = round(max(inr * 0.01, 250) * 0.18, 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Commission and SWIFT charges", f"{fee:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total debited (INR)", f"{inr + fee + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0802 - software consultancy", "S1023 - other technical services"]))
    p.pair("Form 15CA ack No.", digits(rng, 15))
    p.pair("Mode", "SWIFT (MT103)", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OWR', 'FX'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Our reference", "Remittance ref No.", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status == "success" and rng.random() < 0.5:
            wrap_pair(p, "UETR", uetr(rng))
    labels = {
        "success": ["Remittance date", "Debited on"],
        "pending": ["Request date"],
        "failed": ["Returned on"],
    }
    date_row(p, j, labels[status])
    p.part = "foot"
    p.add("small", "Remitted under LRS / current account transactions as per FEMA.")
    return p.done()


# ---------------------------------------------------------------- 4. domestic artists: UPI and payment links


FREELANCERS = [
    "Aditi Kulkarni",
    "Kabir Sound Works",
    "Meghna Rao Art",
    "Tenzin Animation Studio",
    "Rahul Gaikwad",
    "Sneha Iyer Illustrations",
    "Pixelwala Creative",
    "Arjun Menon Music",
]
ART_APPS = ["Google Pay", "PhonePe", "Paytm", "BHIM", "Razorpay", "CRED", "Instamojo", "Amazon Pay"]
ART_NOTES = [
    "Character sheet - 3 poses",
    "SFX pack 40 clips",
    "Icon set 24 nos",
    "Menu theme loop",
    "Splash art - Diwali event",
    "Sprite sheet rework",
    "Trailer VO Hindi",
    "Store screenshots x8",
]
APP_BANDS = {"PhonePe": (95, 37, 159), "Paytm": (0, 46, 110), "BHIM": (247, 130, 34), "CRED": (20, 20, 20)}


def artist_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio paying Indian freelance artists, animators and musicians: six UPI app screens (Google Pay,
    PhonePe, Paytm, BHIM, CRED, Amazon Pay; the artist under Paid to / To / Sent to / Paying to, its UPI ID, the sum
    large, UPI transaction ID / UPI Ref No. / UTR / UPI reference number, the app's own id on some, Debited from /
    From / Paid using, a note) and two artists' payment links (Razorpay, Instamojo: the artist on top, Payment
    successful, Amount paid, Paid by / Customer the studio, Payment ID / Transaction ID, UPI RRN or Auth code, Paid
    on / Date; the gateway's footer)."""
    k = place("artist_upi")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=800, high=85000, p_round=0.7)
    to = FREELANCERS[k] if rng.random() < 0.75 else FREELANCERS[k].upper()
    app = ART_APPS[k]
    rs = rs_for(rng, font, 0.6)
    if app in ("Razorpay", "Instamojo"):
        p = browser_page(
            rng,
            font,
            ("rzp.io/l/" if app == "Razorpay" else "imjo.in/") + code(rng, 8, ALNUM.lower()),
        )
        head_block(p, to, [rng.choice(["Bengaluru", "Pune", "Mumbai", "Kochi"])], None, merchant=True)
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair("Amount paid", rs(j.amount))
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), rng.choice([SHORT, COMPANY]))
        p.pair("Purpose", rng.choice(ART_NOTES))
        way = "UPI" if rng.random() < 0.5 else "card"
        p.pair("Payment method", "UPI" if way == "UPI" else f"Mastercard {masked(rng, font)}", method=way)
        if not j.no_ref:
            pid = (
                f"pay_{code(rng, 14, ALNUM)}"
                if app == "Razorpay"
                else f"MOJO{j.date:%y%m}{code(rng, 8, ALNUM)}"
            )
            p.pair("Payment ID" if app == "Razorpay" else "Transaction ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by Instamojo")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    p.part = "head"
    band = APP_BANDS.get(app)
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI", "Amazon Pay": "amazon pay"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent", "Transfer successful"],
            "failed": ["Payment Failed", "Transaction declined by bank"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    base = "".join(c for c in to.lower() if c.isalpha())[:10]
    p.add(
        "small", f"{base}@{rng.choice(['okaxis', 'ybl', 'paytm', 'okhdfcbank', 'axl', 'apl'])}", method="UPI"
    )
    if status == "failed":
        p.add("small", "Any money debited will be refunded within 3-5 working days.")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), ART_NOTES[k])
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR", "UPI reference number"]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm", "CRED", "Amazon Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "CRED": f"CRD{code(rng, 12, ALNUM)}",
                "Amazon Pay": f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
            }[app]
            wrap_pair(
                p,
                rng.choice(["Transaction ID", "Order ID"]) if app == "Amazon Pay" else "Transaction ID",
                own,
                txn=(TXN_RANK, own),
            )
    p.pair(rng.choice(["Debited from", "From", "Paid using"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 5. cloud and tools bills


CLOUDS = [
    ("Amazon Web Services India Private Limited", "aws", "INR"),
    ("Google Cloud India Private Limited", "gcp", "INR"),
    ("Microsoft Corporation (India) Pvt Ltd", "azure", "INR"),
    ("DigitalOcean, LLC", "do", "USD"),
    ("Unity Technologies ApS", "unity", "USD"),
    ("GitHub, Inc.", "github", "USD"),
    ("Photon Engine (Exit Games GmbH)", "photon", "EUR"),
    ("Amazon Web Services India Private Limited", "aws", "INR"),
]
CLOUD_FRAMES = ["paper", "browser", "mail", "browser", "mail", "paper", "browser", "mail"]
CLOUD_ITEMS = [
    "EC2 instances - game servers",
    "Cloud Storage - asset bundles",
    "Firebase Blaze plan",
    "Droplets and load balancer",
    "Unity Pro - 6 seats (annual)",
    "GitHub Team - 14 seats",
    "Photon Fusion 2,000 CCU",
    "CloudFront data transfer",
]


def cloud_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's cloud and tools bills paid online: AWS India's TAX INVOICE with its payment block (printed PDF)
    and payment confirmation e-mail, Google Cloud India's payment page, Microsoft's Azure payment receipt e-mail,
    DigitalOcean's and Photon's billing pages, Unity's receipt e-mail and GitHub's printed receipt: the provider on
    top, Billed to / Bill to / Customer the studio, Account ID / Billing account ID / Subscription ID, Billing period
    / Service period, the services, Subtotal, IGST @ 18% on Indian bills, Credits applied, Total / Amount paid /
    Total paid / Amount charged, Payment method card ending / Net banking / UPI AutoPay, Payment ID / Transaction ID
    / Charge ID, Auth code, Invoice No. / Invoice number / Receipt number, Payment date / Date paid / Charged on;
    Paid / Payment successful / Payment processing - awaiting bank authorisation (e-mandate) / Payment failed - card
    declined)."""
    k = place("cloud_bills")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    vendor, kind, cur = CLOUDS[k]
    frame = CLOUD_FRAMES[k]
    show = rs_for(rng, font, 0.2) if cur == "INR" else fx(rng, font, cur)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{vendor.split(',')[0].split(' (')[0]} Billing <billing@{kind}.example-billing.com>".replace(
                "example-billing.com",
                {
                    "aws": "aws.com",
                    "azure": "microsoft.com",
                    "unity": "unity3d.com",
                    "do": "digitalocean.com",
                    "gcp": "google.com",
                    "github": "github.com",
                    "photon": "photonengine.com",
                }[kind],
            ),
            ["Payment received - thank you", "Your receipt", "Payment confirmation"],
        )
    elif frame == "browser":
        p = browser_page(
            rng,
            font,
            {
                "gcp": "console.cloud.google.com/billing/payments",
                "do": "cloud.digitalocean.com/account/billing",
                "photon": "dashboard.photonengine.com/account/billing",
                "aws": "console.aws.amazon.com/billing/home#/paymenthistory",
            }[kind],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    name = vendor.upper() if frame == "paper" and rng.random() < 0.3 else vendor
    head_block(
        p,
        name,
        ["Bengaluru, Karnataka" if cur == "INR" else rng.choice(["United States", "Europe"])],
        rng.choice(
            ["TAX INVOICE", "Payment receipt", "Receipt"] if cur == "INR" else ["Receipt", "Payment receipt"]
        ),
        merchant=True,
    )
    wrap_pair(p, rng.choice(["Billed to", "Bill to", "Customer"]), rng.choice([COMPANY, SHORT]))
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, UNITS[j.unit][2]))
    p.pair(
        rng.choice(["Account ID", "Billing account ID", "Subscription ID"]),
        f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
    )
    p.pair(rng.choice(["Billing period", "Service period"]), j.month())
    sub = 0.0
    for item in rng.sample(CLOUD_ITEMS, rng.randrange(1, 3)):
        v = rupees(rng, 9000, 260000, 0.2) if cur == "INR" else foreign(rng, 40, 1900)
        wrap_pair(p, item, show(v))
        sub += v
    p.pair("Subtotal", show(round(sub, 2)))
    total = sub
    if cur == "INR":
        gst = round(sub * 0.18, 2)
        p.pair("IGST @ 18%", show(gst))
        total = round(sub + gst, 2)
    credit = round(total * 0.05, 2) if rng.random() < 0.3 else 0.0
    if credit:
        p.pair("Credits applied", "-" + show(credit))
    j.amount = round(total - credit, 2)
    facts = {} if cur == "INR" else {"cur": cur}
    lab = {
        "success": ["Amount paid", "Total paid", "Amount charged"],
        "pending": ["Amount due", "Total"],
        "failed": ["Amount due", "Total"],
    }[status]
    p.pair(rng.choice(lab), show(j.amount), amount=j.amount, **facts)
    way = rng.choice(["card", "card", "netbanking", "UPI"]) if cur == "INR" else "card"
    if status == "failed":
        way = "card"
    text = {
        "card": f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} ending {digits(rng, 4)}",
        "netbanking": "Net banking",
        "UPI": "UPI AutoPay",
    }[way]
    p.pair("Payment method", text, method=way)
    if not j.no_ref:
        pid = f"{rng.choice(['ch_', 'PAY-', 'TXN'])}{code(rng, 14, ALNUM)}"
        p.pair(rng.choice(["Payment ID", "Transaction ID", "Charge ID"]), pid, txn=(TXN_RANK, pid))
        if way == "card" and status == "success" and rng.random() < 0.5:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        inv = f"{rng.choice(['IN', 'INV', 'RCPT'])}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["Invoice No.", "Invoice number", "Receipt number"]), inv, txn=(INVOICE_RANK, inv))
    outcome_row(
        p,
        status,
        {
            "success": ["Paid", "Payment successful", "Status: Paid"],
            "pending": ["Payment processing - awaiting bank authorisation (e-mandate)"],
            "failed": ["Payment failed - card declined"],
        },
    )
    labels = {
        "success": ["Payment date", "Date paid", "Charged on"],
        "pending": ["Attempted on"],
        "failed": ["Attempted on", "Failed on"],
    }
    date_row(p, j, labels[status], WEST_PATS if cur != "INR" else None)
    p.part = "foot"
    p.add(
        "small", "This is a computer generated document." if cur == "INR" else "Thank you for your business."
    )
    return p.done()


# ---------------------------------------------------------------- 6. office rent


LANDLORDS = [
    ("Ramaiah Properties LLP", "Koramangala"),
    ("Smt. Lakshmamma Reddy", "Koramangala"),
    ("Baner Heights Realty Pvt Ltd", "Baner"),
    ("Shri Prakash Deshpande", "Baner"),
    ("Sarjapur Tech Spaces", "Koramangala"),
]
RENT_FRAMES = ["icici", "receipt", "hdfc", "receipt", "axis", "mail", "kotak", "receipt"]
CIB = {
    "icici": ("ICICI Bank", "ICICI Bank Corporate Internet Banking", "cib.icicibank.com/corp/transactions"),
    "hdfc": ("HDFC Bank", "HDFC Bank ENet", "enet.hdfcbank.com/payments/ack"),
    "axis": ("Axis Bank", "Axis Bank Corporate - Payments", "corporate.axisbank.co.in/pay/ack"),
    "kotak": ("Kotak Mahindra Bank", "Kotak FYN", "fyn.kotak.com/payments/status"),
}


def bare(name: str) -> str:
    """A landlord's name without Shri / Smt. (no part of the name, heldout142)."""
    return name.removeprefix("Smt. ").removeprefix("Shri ")


def rent_neft(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office rent for the Koramangala studio and the Baner floor: corporate banking acknowledgements (ICICI Bank
    CIB, HDFC Bank ENet, Axis Bank corporate, Kotak FYN: the portal on top, Transaction acknowledgement, Debit
    account the studio, Beneficiary name / Payee name / Credit to the landlord, Amount / Transfer amount, Payment
    mode NEFT / RTGS, UTR / UTR No., Reference No. / Txn Ref No., Remarks rent month, Maker / Checker, Value date /
    Initiated on / Failed on), the landlord's printed RENT RECEIPT / RECEIPT FOR RENT (Landlord / Name of landlord /
    Owner, Received from M/s the studio, Premises, Monthly rent, Maintenance, Less: TDS u/s 194-I @ 10%, Amount
    received / Net amount received, by NEFT with UTR or by cheque, Receipt No., Date, a revenue stamp) and a property
    manager's e-mail (Rent received)."""
    k = place("rent_neft")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7)
    landlord, area = LANDLORDS[k % len(LANDLORDS)]
    frame = RENT_FRAMES[k]
    rs = rs_for(rng, font, 0.5)
    rent = float(rng.randrange(180, 900) * 1000)
    upkeep = float(rng.choice([0, 18000, 24500, 32000]))
    tds = round(rent * 0.10)
    j.amount = float(rent + upkeep - tds)
    month = j.month(0)
    if frame in CIB:
        bank, portal, url = CIB[frame]
        p = browser_page(rng, font, url + f"/{digits(rng, 9)}")
        head_block(
            p, portal, [], rng.choice(["Transaction acknowledgement", "Payment status"]), merchant=False
        )
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction successful", "Status: Processed"],
                "pending": ["Pending for checker approval"],
                "failed": ["Transaction failed - beneficiary account closed"],
            },
        )
        wrap_pair(p, "Debit account", f"{rng.choice([COMPANY, SHORT])} - XXXX{digits(rng, 4)}")
        name = bare(landlord)
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee name", "Credit to"]), name, merchant=name)
        p.pair("Beneficiary IFSC", f"{rng.choice(list(IFSC.values()))}0{digits(rng, 6)}")
        p.pair(rng.choice(["Amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
        way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
        p.pair("Payment mode", way, method="netbanking")
        if not j.no_ref:
            txr = f"{rng.choice(['CIB', 'ENT', 'TRF'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Reference No.", "Txn Ref No."]), txr, txn=(BANK_RANK, txr))
            if status == "success":
                ref = (
                    neft_ref(rng, j, bank)
                    if way == "NEFT"
                    else f"{IFSC[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
                )
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        wrap_pair(p, "Remarks", f"Office rent {month} {area}")
        p.pair("Maker / Checker", f"{code(rng, 6, UPPER)} / {code(rng, 6, UPPER)}")
        labels = {
            "success": ["Value date", "Transaction date"],
            "pending": ["Initiated on"],
            "failed": ["Failed on"],
        }
        date_row(p, j, labels[status], hour=rng.random() < 0.5)
        return p.done()
    name = bare(landlord)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} Accounts <accounts@{name.split()[0].lower()}.in>",
            [f"Rent received - {month}", "Rent receipt"],
        )
        head_block(p, name, [f"{area} premises"], "Rent receipt", merchant=True)
    else:
        p = paper_page(rng, font, [620, 680, 740])
        head_block(p, rng.choice(["RENT RECEIPT", "RECEIPT FOR RENT"]), [], None, merchant=False)
        wrap_pair(p, rng.choice(["Landlord", "Name of landlord", "Owner"]), landlord, merchant=name)
    rec = f"{rng.choice(['RR', 'R'])}/{fy(j.date)}/{rng.randrange(1, 99):02d}"
    cheque = j.no_ref
    if not j.no_ref:
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rec, txn=(INVOICE_RANK, rec))
    date_row(p, j, ["Date", "Received on"])
    wrap_pair(p, "Received from", f"M/s {rng.choice([COMPANY, SHORT])}")
    wrap_pair(p, "Premises", f"{UNITS[0 if area == 'Koramangala' else 1][1].split(',')[0]}, {area}")
    p.pair(f"Monthly rent ({month})", rs(rent))
    if upkeep:
        p.pair("Maintenance", rs(upkeep))
    p.pair("Less: TDS u/s 194-I @ 10%", rs(float(tds)))
    p.pair(rng.choice(["Amount received", "Net amount received"]), rs(j.amount), amount=j.amount)
    if cheque:
        p.pair("Mode", "Cheque", method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
    else:
        p.pair("Mode", "NEFT", method="netbanking")
        ref = neft_ref(rng, j, rng.choice(BANKS))
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    p.add("center", rng.choice(["RECEIVED WITH THANKS", "PAID"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature of landlord (revenue stamp affixed)")
    return p.done()


# ---------------------------------------------------------------- 7. GST, TDS and professional tax


TAX_FRAMES = ["gst", "itns", "pt", "gst_bank", "itns", "gst", "itns_bank", "pt"]


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's taxes: the GST portal's Form GST PMT-06 - Challan Receipt (Goods and Services Tax on top,
    Payment Status, CPIN, GSTIN, Name (Legal), Reason for challan, Return period, CGST / SGST / IGST - Tax,
    Interest, Total Challan Amount, Mode of Payment E-Payment - Net Banking, Bank, CIN, BRN / Bank Reference No.
    (BRN), Deposit Date / Date of Deposit) and a bank's GST e-Payment counterfoil; the e-filing portal's e-Pay Tax
    Challan Receipt for TDS (ITNS 281: Income Tax Department, Government of India on top, TAN, Name, Assessment
    Year, Major Head, Minor Head (200) TDS payable by taxpayer, Nature of Payment 192 / 194J / 195, Amount (in Rs.),
    Total (A+B+C+D+E+F), CRN, CIN, Bank Reference Number, BSR Code, Challan No., Date of Deposit / Payment
    Realisation Date) and a bank's Direct Tax e-Receipt; Karnataka's professional tax page (Commercial Taxes
    Department, Karnataka under Department; PTEC No., Amount paid, GRN, Bank ref No., Paid on)."""
    k = place("tax_challans")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=15000, high=1400000)
    frame = TAX_FRAMES[k]
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "Rs", ""))
    if frame == "pt":
        p = browser_page(rng, font, "pt.kar.nic.in/ptec/payment/status")
        head_block(p, "Professional Tax - Karnataka", ["e-Payment of PT (PTEC / PTRC)"], None, merchant=False)
        dept = "Commercial Taxes Department, Karnataka"
        wrap_pair(p, "Department", dept, merchant=dept)
        wrap_pair(p, "Name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair(rng.choice(["PTEC No.", "PTRC No."]), f"{digits(rng, 11)}")
        p.pair("Period", f"{j.month()}")
        j.amount = float(rng.choice([2500, 200 * rng.randrange(20, 140)]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Mode", "Net banking", method="netbanking")
        if not j.no_ref:
            grn = f"KA{j.date:%y}{digits(rng, 10)}"
            p.pair("GRN", grn, txn=(TXN_RANK, grn))
            if status == "success":
                bref = digits(rng, 12)
                p.pair("Bank ref No.", bref, txn=(BANK_RANK, bref))
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Challan paid"],
                "pending": ["Payment under process"],
                "failed": ["Payment failed"],
            },
        )
        labels = {
            "success": ["Paid on", "Date of payment"],
            "pending": ["Initiated on"],
            "failed": ["Attempted on"],
        }
        date_row(p, j, labels[status])
        return p.done()
    gst = frame.startswith("gst")
    bankside = frame.endswith("bank")
    tax_bank = rng.choice(["State Bank of India", "HDFC Bank", "ICICI Bank", "Axis Bank"])
    if bankside:
        p = paper_page(rng, font, [700, 740])
        head_block(
            p,
            tax_bank,
            ["GST e-Payment - Counterfoil" if gst else "Direct Tax Payment - e-Receipt"],
            None,
            merchant=False,
        )
    elif gst:
        p = browser_page(rng, font, "payment.gst.gov.in/payment/challan/receipt")
        head_block(p, "Goods and Services Tax", ["Form GST PMT-06"], "Challan Receipt", merchant=False)
    else:
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax")
        head_block(
            p, "Income Tax Department", ["Government of India"], "Challan Receipt (ITNS 281)", merchant=False
        )
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Status: Success", "Challan paid", "Tax paid successfully"],
            "pending": ["Pending - awaiting confirmation from bank", "Payment under process"],
            "failed": ["Payment Failed", "Tax payment failed"],
        },
    )
    if gst:
        cpin = f"26{UNITS[j.unit][2]}{digits(rng, 10)}"
        if not j.no_ref:
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("GSTIN", gstin(rng, UNITS[j.unit][2]))
        wrap_pair(p, rng.choice(["Name (Legal)", "Legal name"]), COMPANY_CAPS)
        p.pair(
            "Reason for challan",
            "Monthly payment for quarterly return" if rng.random() < 0.3 else "Any other payment",
        )
        p.pair("Return period", j.month())
        igst = rupees(rng, 10000, 600000, 0.5)
        half = rupees(rng, 5000, 200000, 0.5)
        p.pair("IGST - Tax", rs(igst))
        p.pair("CGST - Tax", rs(half))
        p.pair("SGST - Tax", rs(half))
        interest = float(rng.choice([0, 0, 1240, 3875]))
        if interest:
            p.pair("IGST - Interest", rs(interest))
        j.amount = round(igst + 2 * half + interest, 2)
        p.pair(rng.choice(["Total Challan Amount", "Total Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Mode of Payment", "E-Payment - Net Banking", method="netbanking")
        p.pair("Bank", tax_bank)
        if not j.no_ref and status != "pending":
            cin = f"{IFSC.get(tax_bank, 'SBIN')}{j.date:%y}{digits(rng, 9)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        if not j.no_ref and status == "success":
            brn = digits(rng, rng.choice([10, 12]))
            p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
        labels = {
            "success": ["Deposit Date", "Date of Deposit"],
            "pending": ["Initiated on"],
            "failed": ["Attempted on"],
        }
        date_row(p, j, labels[status])
        p.part = "foot"
        p.add("small", "Goods and Services Tax Network")
        return p.done()
    p.pair("ITNS No.", "281")
    p.pair("TAN", f"BLR{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
    wrap_pair(p, "Name", COMPANY_CAPS)
    ay = j.date.year + (1 if j.date.month >= 4 else 0)
    p.pair("Assessment Year", f"{ay}-{(ay + 1) % 100:02d}")
    p.pair("Major Head", "Corporation Tax (0020)")
    wrap_pair(p, "Minor Head", "TDS/TCS payable by taxpayer (200)")
    p.pair(
        "Nature of Payment",
        rng.choice(
            ["192 - Salary", "194J - Fees for professional services", "195 - Payments to non-residents"]
        ),
    )
    j.amount = float(rupees(rng, 20000, 900000, 0.8))
    p.pair("A Tax", rs(j.amount))
    for head in "BCDEF":
        p.pair(
            f"{head} {['Surcharge', 'Cess', 'Interest', 'Penalty', 'Fee u/s 234E'][ord(head) - 66]}", rs(0.0)
        )
    p.pair(rng.choice(["Amount (in Rs.)", "Total (A+B+C+D+E+F)"]), rs(j.amount), amount=j.amount)
    p.pair("Mode of payment", "Net Banking", method="netbanking")
    p.pair("Bank name", tax_bank)
    if not j.no_ref:
        crn = f"{j.date:%y}{digits(rng, 8)}{rng.randrange(100, 999)}"
        p.pair("CRN", crn, txn=(INVOICE_RANK, crn))
        if status == "success":
            bsr = digits(rng, 7)
            p.pair("BSR Code", bsr)
            cin = f"{bsr}{j.date:%d%m%y}{digits(rng, 5)}" if not j.no_day else f"{bsr}{digits(rng, 11)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            p.pair("Challan No.", digits(rng, 5))
            brn = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Reference Number", brn, txn=(BANK_RANK, brn))
    labels = {
        "success": ["Date of Deposit", "Payment Realisation Date"],
        "pending": ["Initiated on"],
        "failed": ["Attempted on"],
    }
    date_row(p, j, labels[status])
    p.part = "foot"
    p.add("small", "Taxpayers are advised to verify the challan status on the e-filing portal.")
    return p.done()


# ---------------------------------------------------------------- 8. card slips at counters


COUNTERS = [
    ("CROMA - KORAMANGALA", "BENGALURU"),
    ("SANGEETHA MOBILES PVT LTD", "HSR LAYOUT BLR"),
    ("THIRD WAVE COFFEE ROASTERS", "KORAMANGALA 5TH BLK"),
    ("RELIANCE DIGITAL", "PHOENIX MARKETCITY PUNE"),
    ("BLUE DART EXPRESS LTD", "BANER PUNE"),
    ("IMAGINE - APPLE PREMIUM RESELLER", "FORUM MALL BLR"),
    ("SP ROAD COMPUTER HUB", "BENGALURU"),
    ("TRUFFLES", "ST MARKS ROAD BLR"),
]
MAKERS = [
    "PINE LABS",
    "HDFC BANK",
    "WORLDLINE",
    "ICICI BANK",
    "MOSAMBEE",
    "AXIS BANK",
    "PAYTM EDC",
    "RAZORPAY POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The staff's company card at counters (test phones and tablets, a courier, a cafe for a team lunch, computer
    parts): the terminal's slip (PINE LABS, HDFC BANK, WORLDLINE, ICICI BANK, MOSAMBEE, AXIS BANK, PAYTM EDC,
    RAZORPAY POS; monospace): the maker on top on some, the counter's name and town in capitals, DATE: / TIME: or
    DT: TM: on one row, MID:, TID:, BATCH NO:, INVOICE NO: / ROC NO:, SALE, CARD NO:, CARD TYPE:, ENTRY:, APPR CODE:
    / AUTH CODE:, RRN: / REF NO:, AMOUNT: / TOTAL: / SALE AMT: / NET AMT:; APPROVED / TXN SUCCESSFUL / DECLINED with
    RESP CODE / TXN TIMEOUT - STATUS UNKNOWN."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=240, high=168000)
    name, town = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%b%y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "ROC NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"]))
    p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP", "SWIPE"]))
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:", "NET AMT:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 65 LIMIT EXCEEDED"]))
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 9. electricity, broadband, postpaid and wallets


BILLERS = [
    ("PhonePe", "Bangalore Electricity Supply Company (BESCOM)", "UPI"),
    ("act", "ACT Fibernet", "card"),
    ("Paytm", "Airtel Postpaid", "wallet"),
    ("CRED", "BESCOM", "card"),
    ("MobiKwik", "Jio Postpaid", "wallet"),
    ("mahadiscom", "Maharashtra State Electricity Distribution Co. Ltd", "netbanking"),
    ("Amazon Pay", "Bangalore Water Supply and Sewerage Board", "UPI"),
    ("Paytm", "Tata Play Fiber", "wallet"),
]


def utility_wallets(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Electricity, broadband, postpaid and water for the studio: Bharat Connect bill payments in apps (PhonePe,
    CRED, Amazon Pay; Biller / Paid to / Operator the provider, Consumer No. / Account ID / RR No., Bill date, Due
    date, Bill amount, the sum large, Bharat Connect Ref. No. / B-Connect Txn ID, UPI Ref No., Transaction ID, Paid
    on), wallet bill payments (Paytm Wallet, MobiKwik Wallet: Wallet Txn ID, Paid from Wallet), ACT Fibernet's own
    payment page and MSEDCL's (the provider on top, Account No. / Consumer No., Amount paid, Payment mode, Receipt
    No., Transaction ID, Paid on)."""
    k = place("utility_wallets")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=900, high=64000)
    app, biller, way = BILLERS[k]
    rs = rs_for(rng, font, 0.3)
    consumer = rng.choice(["Consumer No.", "Account ID", "RR No.", "Customer ID", "Mobile No."])
    if app in ("act", "mahadiscom"):
        p = browser_page(
            rng,
            font,
            "www.actcorp.in/pay-bill/receipt" if app == "act" else "wss.mahadiscom.in/wss/payment/receipt",
        )
        head_block(p, biller, [rng.choice(["Online bill payment", "Payment receipt"])], None, merchant=True)
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you! Payment received"],
                "pending": ["Payment pending - awaiting confirmation from bank"],
                "failed": ["Payment failed"],
            },
        )
        wrap_pair(p, rng.choice(["Account No.", "Consumer No."]), digits(rng, 12))
        wrap_pair(p, rng.choice(["Name", "Consumer name"]), rng.choice([COMPANY_CAPS, SHORT]))
        p.pair(rng.choice(["Amount paid", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", {"card": "Credit card", "netbanking": "Net banking"}[way], method=way)
        if not j.no_ref:
            tid = f"{rng.choice(['ACT', 'MSE', 'BD'])}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        return p.done()
    p = phone_page(rng, font, k, ["Bill payment", "Transaction details", ""])
    p.part = "head"
    p.add("title", {"Amazon Pay": "amazon pay"}.get(app, app))
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful", "Recharge successful"],
            "pending": ["Bill payment in process"],
            "failed": ["Bill payment failed - money will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Biller", "Paid to", "Operator"]), biller, merchant=biller)
    wrap_pair(p, consumer, digits(rng, 10))
    if not j.no_day:
        p.pair("Bill date", j.other_day(rng, -24, -6))
        p.pair("Due date", j.other_day(rng, 3, 15))
    p.pair("Bill amount", rs(j.amount))
    text = {
        "UPI": f"UPI - {rng.choice(BANKS)} XX{digits(rng, 4)}",
        "card": f"Credit card {masked(rng, font)}",
        "wallet": f"{app} Wallet",
    }[way]
    wrap_pair(p, rng.choice(["Paid from", "Payment mode"]), text, method=way)
    if not j.no_ref:
        if status == "success" or rng.random() < 0.5:
            bref = f"{rng.choice(['CC', 'PP', 'OU'])}01{code(rng, 4, ALNUM)}{digits(rng, 8)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bref, txn=(BANK_RANK, bref))
        if way == "wallet":
            wid = digits(rng, 12)
            p.pair("Wallet Txn ID", wid, txn=(TXN_RANK, wid))
        elif way == "UPI" and status == "success":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            tid = f"{rng.choice(['T', 'CR'])}{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p, j, ["Paid on", "Date & time", "Attempted on" if status == "failed" else "Completed"], hour=True
    )
    p.part = "foot"
    p.add("small", "Bharat Connect - a BBPS service by NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 10. vendors' invoices with a payment block


VENDORS = [
    (
        "Lingua Loop Localisation LLP",
        "Game localisation - 14 languages",
        "Indiranagar, Bengaluru - 560038",
        "29",
    ),
    ("Dhwani Voice & Audio Studio", "Voice-over | Foley | Mixing", "Andheri West, Mumbai - 400053", "27"),
    ("QA Sprint Testing Services", "Functional and compatibility testing", "Kharadi, Pune - 411014", "27"),
    ("MoCap Yard Studios Pvt Ltd", "Motion capture and cleanup", "Film Nagar, Hyderabad - 500096", "36"),
    ("Koramangala Device Lab", "Test device rental - Android / iOS", "Koramangala, Bengaluru - 560095", "29"),
    ("Kshitij & Rao Associates", "Chartered Accountants", "Jayanagar, Bengaluru - 560011", "29"),
]
VENDOR_ITEMS = [
    ("Localisation - 18,400 words", 42000, 96000),
    ("Hindi / Tamil VO - 3 hrs studio", 18000, 45000),
    ("Regression test cycle - build 2.14", 55000, 140000),
    ("Mocap session - 1 day + cleanup", 90000, 210000),
    ("Device rental - 22 devices x 30 days", 26000, 58000),
    ("Statutory audit fee FY 2025-26", 60000, 150000),
    ("LQA pass - store listings", 9000, 24000),
    ("Sound mix and mastering", 12000, 30000),
]
VENDOR_WAYS = ["NEFT", "UPI", "cheque", "NEFT", "RTGS", "UPI", "NEFT", "cheque"]


def vendor_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Studio vendors' bills the studio paid (serif paper): localisation, voice-over, QA testing, motion capture,
    device rental, the auditors: the vendor on top with its line, address and GSTIN, TAX INVOICE / INVOICE CUM
    RECEIPT / BILL OF SUPPLY, Invoice No. / Bill No. / Inv. No., Date / Invoice date / Dated, Client / Bill to / To M/s
    the studio, Project / PO No., the work, Sub total, CGST and SGST or IGST @ 18%, Total / Invoice value, Less: TDS
    u/s 194J @ 10% / 194C @ 2%, Net received / Amount received / Cheque received / Balance due, Mode with its UTR,
    UPI Ref No. or Cheque No.; PAID / RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION / UPI DECLINED
    - BALANCE DUE, the vendor's rubber stamp on some)."""
    k = place("vendor_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    firm, line, addr, state = rng.choice(VENDORS)
    name = firm.upper() if rng.random() < 0.3 else firm
    p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "", "\u20b9", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("small", addr)
    p.add("small", f"GSTIN: {gstin(rng, state)}")
    p.add("center", rng.choice(["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - PAID"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        bill = f"{''.join(w[0] for w in firm.split()[:2]).upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv. No."]), bill, txn=(INVOICE_RANK, bill))
    date_row(p, j, ["Date", "Invoice date", "Dated"])
    wrap_pair(p, rng.choice(["Client", "Bill to", "To"]), f"M/s {rng.choice([COMPANY, SHORT])}")
    p.pair(
        rng.choice(["Project", "PO No."]), rng.choice(GAMES) if rng.random() < 0.5 else f"PO-{digits(rng, 5)}"
    )
    sub = 0.0
    for item, lo, hi in rng.sample(VENDOR_ITEMS, rng.randrange(1, 3)):
        v = float(round(rng.uniform(lo, hi), -2))
        p.add("left", item)
        right(p, rs(v))
        sub += v
    p.pair("Sub total", rs(sub))
    if state == UNITS[j.unit][2]:
        half = round(sub * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(sub + 2 * half)
    else:
        p.pair("IGST @ 18%", rs(round(sub * 0.18, 2)))
        total = round(sub * 1.18)
    p.pair(rng.choice(["Total", "Invoice value"]), rs(float(total)))
    sec = "194J @ 10%" if rng.random() < 0.6 else "194C @ 2%"
    tds = round(sub * (0.10 if "194J" in sec else 0.02))
    p.pair(f"Less: TDS u/s {sec}", rs(float(tds)))
    j.amount = float(total - tds)
    way = VENDOR_WAYS[k]
    if status == "pending":
        way = "cheque"
    if status == "failed":
        way = "UPI"
    if status == "failed":
        p.pair("Balance due", rs(j.amount), amount=j.amount)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
        word = "UPI DECLINED - BALANCE DUE"
    elif way == "cheque":
        p.pair(
            "Cheque received" if status == "pending" else "Amount received",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
        word = "CHEQUE RECEIVED - SUBJECT TO REALISATION" if status == "pending" else "PAID"
    else:
        p.pair(rng.choice(["Net received", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                bank = rng.choice(BANKS)
                ref = (
                    neft_ref(rng, j, bank)
                    if way == "NEFT"
                    else f"{IFSC[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
                )
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        word = rng.choice(["PAID", "RECEIVED WITH THANKS"])
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    if rng.random() < 0.5:
        seal(p, " ".join(firm.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 11. contractors' payouts


CONTRACTORS = [
    "Vikram Shetty",
    "Farhan Qureshi",
    "Pooja Deshmukh",
    "Nitin Bhat",
    "Sahana Gowda",
    "Rohan Kapadia",
    "Ishita Banerjee",
    "Manoj Patil",
]
PAYOUT_FRAMES = ["razorpayx", "hdfc", "cashfree", "imobile", "razorpayx", "icici", "cashfree", "yono"]


def contractor_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio paying its contract developers, QA testers and community moderators by IMPS: RazorpayX payout
    pages (Payout details: Contact / Beneficiary, Fund account ID, Payout amount, Fees, Tax on fees, Mode IMPS, UTR,
    Payout ID pout_..., Created at / Processed at; Processed / Processing / Reversed), Cashfree Payouts' transfer
    pages (Beneficiary name, Bene ID, Transfer amount, Transfer ID, Reference ID, UTR), HDFC Bank's and ICICI Bank's
    net banking IMPS acknowledgements (Payee name / Beneficiary name, Amount, IMPS Ref No. / RRN, Transaction ID,
    Transaction date) and iMobile Pay's and YONO SBI's IMPS screens (Transferred to, the sum large, IMPS Ref No.,
    Completed)."""
    k = place("contractor_payouts")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=6000, high=180000, p_round=0.8)
    who = CONTRACTORS[k]
    name = who.upper() if rng.random() < 0.25 else who
    frame = PAYOUT_FRAMES[k]
    rs = rs_for(rng, font, 0.6)
    words = {
        "success": ["Processed", "Transaction successful", "Payout processed"],
        "pending": ["Processing", "Transaction in process - awaiting beneficiary bank confirmation"],
        "failed": ["Reversed - beneficiary bank declined", "Transaction failed - invalid account"],
    }
    if frame in ("imobile", "yono"):
        p = phone_page(rng, font, k, ["IMPS", "Fund transfer", ""])
        p.part = "head"
        p.add("title", "iMobile Pay" if frame == "imobile" else "YONO SBI")
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Transferred to", "To"]))
        p.add("center", name, merchant=name)
        p.add("small", f"A/c XXXXXX{digits(rng, 4)}  |  {rng.choice(list(IFSC.values()))}0{digits(rng, 6)}")
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref:
            p.pair(rng.choice(["IMPS Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Remarks", rng.choice(["Contract fee", "QA sprint fee", "Moderation fee", "Dev milestone 3"]))
        date_row(p, j, ["Completed", "Date & time"], hour=True)
        return p.done()
    if frame in ("razorpayx", "cashfree"):
        rzp = frame == "razorpayx"
        p = browser_page(
            rng, font, "x.razorpay.com/payouts/" if rzp else "merchant.cashfree.com/payouts/transfers/"
        )
        head_block(
            p,
            "RazorpayX" if rzp else "Cashfree Payments",
            [],
            "Payout details" if rzp else "Transfer details",
            merchant=False,
        )
        outcome_row(p, status, words)
        wrap_pair(
            p, rng.choice(["Contact", "Beneficiary"]) if rzp else "Beneficiary name", name, merchant=name
        )
        p.pair(
            "Fund account ID" if rzp else "Bene ID",
            f"fa_{code(rng, 14, ALNUM)}" if rzp else f"BEN{digits(rng, 7)}",
        )
        p.pair("Payout amount" if rzp else "Transfer amount", rs(j.amount), amount=j.amount)
        if rzp:
            fee = float(rng.choice([5, 10, 15]))
            p.pair("Fees", rs(fee))
            p.pair("Tax on fees", rs(round(fee * 0.18, 2)))
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM)}" if rzp else f"TRF{digits(rng, 9)}"
            p.pair("Payout ID" if rzp else "Transfer ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair(
                    rng.choice(["UTR", "Reference ID"]) if not rzp else "UTR", j.ref, txn=(UTR_RANK, j.ref)
                )
        date_row(
            p, j, ["Processed at", "Created at"] if rzp else ["Processed on", "Transfer date"], hour=True
        )
        return p.done()
    bank = "HDFC Bank" if frame == "hdfc" else "ICICI Bank"
    p = browser_page(rng, font, f"netbanking.{bank.split()[0].lower()}bank.com/imps/ack")
    head_block(p, bank, ["Net Banking - IMPS"], "Transaction acknowledgement", merchant=False)
    outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Payee name", "Beneficiary name"]), name, merchant=name)
    p.pair("Account", f"XXXXXX{digits(rng, 4)}")
    p.pair("Amount", rs(j.amount), amount=j.amount)
    p.pair("Mode", "IMPS", method="netbanking")
    if not j.no_ref:
        tid = digits(rng, 11)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            p.pair(rng.choice(["IMPS Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    date_row(p, j, ["Transaction date", "Processed on"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 12. the bank's alerts


ALERT_PAYEES = [
    "LINGUA LOOP LOCALISAT",
    "MEGHNA RAO ART",
    "AMAZON WEB SERVICES",
    "RAMAIAH PROPERTIES",
    "DHWANI VOICE AUDIO",
    "QA SPRINT TESTING",
    "BESCOM",
    "ACT FIBERNET",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's SMS alerts on the finance lead's phone (a messages app: the sender AX-HDFCBK / VM-ICICIT /
    JD-SBIUPI / VK-AXISBK, the day divider, the alert) and its e-mail alerts (the bank in the sender line, Dear
    Customer, the debit "to <payee>", the sign-off): a NEFT, IMPS or UPI debit to a supplier as the bank names it,
    the sum, the account's last digits, the day, UTR / IMPS Ref No / UPI Ref No, Avl Bal; a failed UPI ("has failed")
    and one that "is pending"."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=700, high=420000)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"])
    sender = {
        "HDFC Bank": "AX-HDFCBK",
        "ICICI Bank": "VM-ICICIT",
        "State Bank of India": "JD-SBIUPI",
        "Axis Bank": "VK-AXISBK",
    }[bank]
    mail = k in (1, 5)
    if mail:
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{bank.split()[0].lower()}bank.net>",
            ["Transaction alert", "You have done a transaction", "Debit alert"],
        )
        p.add("left", "Dear Customer,")
    else:
        p = phone_page(rng, font, k, [sender])
        p.part = "body"
        if not j.no_day:
            p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = "UPI" if j.amount < 100000 and k % 2 == 1 else rng.choice(["NEFT", "IMPS"])
    if status != "success":
        way = "UPI"
    acc = f"A/c XX{digits(rng, 4)}"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    via = {"method": "UPI" if way == "UPI" else "netbanking"}
    if not j.no_day:
        if mail:
            via["date"] = j.date
        p.add("left", f"on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])} via {way}", **via)
    else:
        p.add("left", f"via {way}", **via)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else neft_ref(rng, j, bank)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 50000, 4500000):,.2f}. Not you? Call 1800 202 6161",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}" if not mail else f"Warm regards, {bank}")
    return p.done()


compose = compose158

"""The twelve heldout169 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a software-as-a-service startup's day in 2026 (Tarangini Labs Pvt Ltd of Koramangala,
Bengaluru, which sells Ledgerline, a GST invoicing and bookkeeping service for small businesses), told by the proofs
of payment it receives and makes: its cloud and software bills charged to the company's card in rupees, dollars and
euros, its customers' subscription payments through payment gateways (Razorpay, Cashfree, PayU, Stripe), enterprise
customers' NEFT / RTGS payment advices, foreign customers' remittances (Skydo, Payoneer, Wise, the banks' inward
advices and FIRA), the office's UPI payments, salaries and reimbursements, the office rent, the co-working floor and
the building's maintenance, GST, TDS, professional tax and the trade licence, the team's card slips at Bengaluru
counters, its contractors abroad paid by outward remittance, electricity, water and broadband, and the bank's alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, plan and usage lines, seats, billing periods, GST, TDS and fee lines, exchange rates,
INR equivalents, settlement sums, customer, account, workspace, subscription and order ids, invoice lists, purpose
codes, UETR, Form 15CA numbers, GSTIN, TAN, PAN, IFSC, BIC, consumer and RR numbers, MID, TID, batch and the payer's
own details carry no fact. ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, dots, labelled
from bench.receipt_sets.heldout118_families import head, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import DAY_PATS, WEST_PATS, Job, date_row, gst_lines

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"

COMPANY = "Tarangini Labs Pvt Ltd"
COMPANY_CAPS = "TARANGINI LABS PRIVATE LIMITED"
SHORT = "Tarangini Labs"
PRODUCT = "Ledgerline"
OFFICE = "4th Floor, 19 Hosur Road, Koramangala, Bengaluru - 560095"
STATE = "29"
HEADS = {
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "Yes Bank": "YESB",
    "IDFC FIRST Bank": "IDFB",
}
BANKS = list(HEADS)
STAFF = [
    "Aditya Raghavan",
    "Sneha Kulkarni",
    "Mohammed Irfan",
    "Divya Hegde",
    "Karthik Subramanian",
    "Pooja Shetty",
    "Rohan D'Souza",
    "Nandini Gowda",
    "Vikram Joshi",
    "Ayesha Khan",
    "Siddharth Menon",
    "Lavanya Rao",
]


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """The reference a transfer prints: a NEFT UTR (16 or 22 characters), an RTGS UTR, else the 12-digit RRN."""
    head_ = HEADS.get(bank, "SBIN")
    if way == "NEFT":
        if rng.random() < 0.5:
            return neft_utr(head_, rng, j.date)
        return f"{head_}N5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "RTGS":
        return rtgs_utr(head_, rng, j.date)
    return j.ref


def letterhead(p: Screen, name: str, lines: list[str], kinds: list[str], *, merchant: bool = True) -> None:
    """A business on top of its paper: its name, its lines (address, GSTIN: never an id), the document's kind."""
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    for line in lines:
        p.add("small", line)
    p.add("center", p.rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def card_text(rng: random.Random, font: str) -> str:
    brand = rng.choice(["Visa", "Mastercard", "Visa Corporate", "Amex"])
    last = digits(rng, 4)
    return rng.choice(
        [
            f"{brand} ending in {last}",
            f"{brand} - {last}",
            f"{brand} {dots(font)} {last}",
            f"{brand} XX{last}",
        ]
    )


def west_or_in(cur: str) -> list[str]:
    return WEST_PATS if cur != "INR" else DAY_PATS


# ---------------------------------------------------------------- 1. cloud and software bills on the company's card


CLOUD = [
    # the product on top, the company line under it, currency, frame, URL or sender
    (
        "Amazon Web Services",
        "Amazon Web Services India Private Limited",
        "INR",
        "browser",
        "console.aws.amazon.com/billing/home#/paymentsv2",
    ),
    ("GitHub", "GitHub, Inc., San Francisco, CA", "USD", "mail", "GitHub <noreply@github.com>"),
    (
        "Google Cloud",
        "Google Cloud India Private Limited",
        "INR",
        "browser",
        "console.cloud.google.com/billing/payment-history",
    ),
    (
        "Atlassian",
        "Atlassian Pty Ltd, Sydney NSW 2000, Australia",
        "USD",
        "mail",
        "Atlassian <noreply@am.atlassian.com>",
    ),
    ("Figma", "Figma, Inc., 760 Market St, San Francisco", "USD", "mail", "Figma <receipts@figma.com>"),
    ("Slack", "Slack Technologies, LLC", "USD", "browser", "tarangini-labs.slack.com/admin/billing/history"),
    (
        "Datadog",
        "Datadog, Inc., New York, NY 10001",
        "USD",
        "mail",
        "Datadog Billing <billing@datadoghq.com>",
    ),
    (
        "Hetzner",
        "Hetzner Online GmbH, 91710 Gunzenhausen, Germany",
        "EUR",
        "mail",
        "Hetzner Online <billing@hetzner.com>",
    ),
]
CLOUD_LINES = {
    "Amazon Web Services": [
        ("Amazon Elastic Compute Cloud", 22000, 140000),
        ("Amazon Relational Database Service", 9000, 60000),
        ("Amazon Simple Storage Service", 1200, 9000),
        ("Data Transfer", 2500, 18000),
    ],
    "Google Cloud": [
        ("Compute Engine", 15000, 90000),
        ("Cloud SQL", 6000, 40000),
        ("BigQuery", 1500, 12000),
        ("Cloud Storage", 800, 6000),
    ],
    "GitHub": [("GitHub Team", 4.0, 8, 30), ("GitHub Copilot Business", 19.0, 4, 20)],
    "Atlassian": [("Jira Standard", 7.53, 10, 40), ("Confluence Standard", 5.16, 10, 40)],
    "Figma": [("Professional - full seat", 16.0, 3, 9), ("Dev Mode seat", 12.0, 4, 12)],
    "Slack": [("Slack Pro", 8.75, 12, 45)],
    "Datadog": [("Infrastructure Pro hosts", 15.0, 6, 40), ("APM hosts", 31.0, 2, 12)],
    "Hetzner": [
        ("CCX33 dedicated vCPU", 62.49, 1, 4),
        ("Storage Box BX21", 10.9, 1, 2),
        ("Snapshots", 2.4, 1, 6),
    ],
}


def cloud_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cloud and software the startup runs on, charged to its card: AWS's and Google Cloud's pages in a browser
    (in rupees with IGST @ 18%: the product on top, its Indian company under it, Payment details / Receipt / Payment
    receipt, Paid / Payment received / Payment successful / Status: Succeeded, Account ID / Billing account, Bill to
    / Billed to / Account the company, Billing period / Period, the services, Subtotal / Charges, IGST @ 18%, Total
    amount / Payment amount / Amount, Payment method / Charged to / Paid with / Card, Invoice ID, Payment ID, Date
    paid / Paid on / Payment date / Date), GitHub's, Atlassian's, Figma's, Datadog's and Hetzner's e-mails and
    Slack's billing page (in US dollars or euros: the product on top and its company line, the seats n x rate,
    Subtotal, Tax 0.00 / VAT 0% (reverse charge), Total / Amount paid / Amount charged, Transaction ID, Receipt
    number / Receipt # over Invoice number / Invoice #, Invoice no., Customer number, Workspace; Slack's Payment
    failed - your card was declined with Amount due, Card on file and Attempted on / Failed on; Datadog's Payment
    pending - awaiting e-mandate approval from your bank with Amount / Amount due and Initiated on / Created on)."""
    k = place("cloud_bills")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 0)
    brand, line, cur, frame, where = CLOUD[k]
    if frame == "browser":
        p = browser_page(rng, font, where)
    else:
        subjects = {
            "GitHub": ["[GitHub] Payment receipt for tarangini-labs", "[GitHub] Your receipt"],
            "Atlassian": ["Payment received - thank you", "Your Atlassian invoice is paid"],
            "Figma": ["Your receipt from Figma", "Figma payment receipt"],
            "Datadog": ["Action needed: payment pending", "Your Datadog invoice"],
            "Hetzner": ["Payment confirmation", "Your payment has been received"],
        }[brand]
        p = mail_page(rng, font, where, subjects)
    p.part = "head"
    top(p, brand, merchant=brand)
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            {
                "success": ["Payment receipt", "Receipt", "Payment details"],
                "failed": ["Billing - payment history", "Payment details"],
                "pending": ["Invoice status", "Payment details"],
            }[status]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Paid", "Payment received", "Payment successful", "Status: Succeeded"],
            "failed": ["Payment failed - your card was declined"],
            "pending": ["Payment pending - awaiting e-mandate approval from your bank"],
        },
    )
    if cur == "INR":
        rs = money(rng, font, 0.0, marks=("\u20b9", "INR", "Rs."))
        show = rs
    else:
        show = fx(rng, font, cur)
    if brand == "Amazon Web Services":
        p.pair("Account ID", digits(rng, 12))
    elif brand == "Google Cloud":
        p.pair("Billing account", f"{code(rng, 6, ALNUM)}-{code(rng, 6, ALNUM)}-{code(rng, 6, ALNUM)}")
    elif brand == "Hetzner":
        p.pair("Customer number", f"K{digits(rng, 10)}")
    elif brand == "Slack":
        p.pair("Workspace", "tarangini-labs.slack.com")
    wrap_pair(p, rng.choice(["Bill to", "Billed to", "Account"]), rng.choice([COMPANY, COMPANY_CAPS]))
    start = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    end = j.date.replace(day=1) - dt.timedelta(days=1)
    p.pair(
        rng.choice(["Billing period", "Period"]),
        f"{when(start, '%b {d}')} - {when(end, '%b {d}, %Y')}",
    )
    total = 0.0
    if cur == "INR":
        for item, lo, hi in rng.sample(CLOUD_LINES[brand], rng.randrange(2, 5)):
            v = round(rng.uniform(lo, hi), 2)
            total += v
            p.pair(item, show(v)) if fits(p, "pair", f"{item} {show(v)}    ") else (
                p.add("left", item),
                right(p, show(v)),
            )
        total = round(total, 2)
        p.pair(rng.choice(["Subtotal", "Charges"]), show(total))
        tax = round(total * 0.18, 2)
        p.pair("IGST @ 18%", show(tax))
        total = round(total + tax, 2)
        p.pair(rng.choice(["Total amount", "Payment amount", "Amount"]), show(total), amount=total)
    else:
        for item, price, lo, hi in CLOUD_LINES[brand]:
            n = rng.randrange(lo, hi + 1)
            v = round(n * price, 2)
            total += v
            text = f"{item} ({n} x {show(price)})"
            if fits(p, "pair", f"{text} {show(v)}    "):
                p.pair(text, show(v))
            else:
                p.add("left", text)
                right(p, show(v))
        total = round(total, 2)
        p.pair("Subtotal", show(total))
        p.pair("VAT 0% (reverse charge)" if cur == "EUR" else "Tax", show(0.0))
        label = {
            "success": ["Total", "Amount paid", "Amount charged"],
            "failed": ["Amount due"],
            "pending": ["Amount", "Amount due"],
        }[status]
        p.pair(rng.choice(label), show(total), amount=total, cur=cur)
    labels = (
        ["Payment method", "Charged to", "Paid with", "Card"]
        if status == "success"
        else ["Payment method", "Card on file"]
    )
    p.pair(rng.choice(labels), card_text(rng, font), method="card")
    if not j.no_ref:
        if brand == "Amazon Web Services":
            inv = f"IN{j.date:%y}{digits(rng, 8)}"
            p.pair("Invoice ID", inv, txn=(INVOICE_RANK, inv))
            pid = f"{code(rng, 4, ALNUM)}-{code(rng, 4, ALNUM)}-{code(rng, 4, ALNUM)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        elif brand == "GitHub":
            tid = code(rng, 8, "0123456789ABCDEF")
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        elif brand == "Figma":
            rec = f"{digits(rng, 4)}-{digits(rng, 4)}"
            p.pair(rng.choice(["Receipt number", "Receipt #"]), rec, txn=(INVOICE_RANK, rec))
            inv = f"{code(rng, 8, ALNUM)}-{rng.randrange(1, 40):04d}"
            p.pair(rng.choice(["Invoice number", "Invoice #"]), inv, txn=(INVOICE_RANK, inv))
        elif brand == "Hetzner":
            inv = f"R00{digits(rng, 8)}"
            p.pair(rng.choice(["Invoice no.", "Invoice number"]), inv, txn=(INVOICE_RANK, inv))
        else:
            inv = {
                "Atlassian": f"AT-{digits(rng, 9)}",
                "Slack": f"SBI-{digits(rng, 7)}",
                "Datadog": f"{digits(rng, 7)}",
            }[brand]
            p.pair(rng.choice(["Invoice number", "Invoice #"]), inv, txn=(INVOICE_RANK, inv))
    labels = {
        "success": ["Date paid", "Paid on", "Payment date", "Date"],
        "failed": ["Attempted on", "Failed on"],
        "pending": ["Initiated on", "Created on"],
    }[status]
    date_row(p, j, labels, west_or_in(cur))
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Questions? Contact billing support.",
                "This receipt was generated automatically.",
                "Manage billing in your account settings.",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. customers' subscriptions through gateways


CUSTOMERS = [
    ("Sri Lakshmi Agencies", "accounts@srilakshmiagencies.in"),
    ("Mehta Auto Components", "mehta.autocomp@gmail.com"),
    ("Greenfield Clinics LLP", "finance@greenfieldclinics.in"),
    ("Annapoorna Caterers", "annapoorna.caterers@yahoo.co.in"),
    ("Coastal Marine Exports", "ca@coastalmarine.co.in"),
    ("Vruksha Organics", "hello@vruksha.in"),
    ("Pinnacle Tutorials", "office@pinnacletutorials.com"),
    ("Hoysala Distributors", "hoysala.dist@gmail.com"),
]
FX_CUSTOMERS = {
    "USD": ("Brightwave Accounting LLC", "billing@brightwave.us"),
    "GBP": ("Harbour & Finch Ltd", "accounts@harbourfinch.co.uk"),
}
PLANS = [
    ("Ledgerline Starter - monthly", 1499, 2999),
    ("Ledgerline Growth - annual, 5 users", 29990, 59990),
    ("Ledgerline Pro - annual, 15 users", 89990, 149990),
    ("e-Invoicing add-on - 2,000 IRNs", 4999, 9999),
]
FX_PLANS = [("Ledgerline Global - annual", 900, 2400), ("Ledgerline Global - monthly", 79, 240)]
GATEWAY_FRAMES = ["rzp_mail", "rzp_dash", "cf_link", "stripe", "payu", "rzp_mail", "cf_link", "stripe"]


def customer_gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers paying for Ledgerline: Razorpay's e-mails to the customer (the company on top, Payment receipt /
    Payment attempt, Payment successful / Paid successfully / Payment failed, the sum large, Paid for / Description,
    Customer, Method UPI or a card, "Reason: card declined by the issuing bank", UPI Ref No. / UPI RRN, Payment ID
    pay_..., Paid on / Date / Attempted on), Razorpay's dashboard in a browser (Razorpay Dashboard, Merchant /
    Account name the company, Payment details, Captured / Status: Captured, Amount, Fee, GST on fee, Customer,
    Method, Payment ID, Order ID order_..., RRN or Bank reference, Created on / Captured on), Cashfree's payment link
    pages (the company on top, Payment received / Payment successful / Payment pending - waiting for confirmation
    from your bank, Link purpose, Amount paid / Amount, Paid by, Payment mode Net banking - <bank> / UPI, CF Payment
    ID, Paid on / Payment time / Initiated on; Powered by Cashfree Payments), PayU's screen on the customer's phone
    (PayU, Transaction successful / Payment successful, the sum large, Merchant / Paid to the company, Payment mode,
    Bank Ref No., PayU ID, Date & time / Date) and two Stripe receipts to customers abroad (the company on top,
    Receipt, Paid / Payment received, the sum large in US dollars or pounds, Receipt number / Receipt # and Invoice
    number / Invoice #, Date paid, Payment method, the plan, Amount paid, Billed to the customer)."""
    k = place("customer_gateway")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    frame = GATEWAY_FRAMES[k]
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    if frame == "stripe":
        cur = "USD" if k == 3 else "GBP"
        payer, mail = FX_CUSTOMERS[cur]
        plan, lo, hi = rng.choice(FX_PLANS)
        j.amount = float(rng.randrange(lo, hi))
        show = fx(rng, font, cur)
        p = mail_page(
            rng,
            font,
            f"{SHORT} <invoice+statements@stripe.com>",
            [f"Your receipt from {SHORT}", f"Your {PRODUCT} receipt"],
        )
        p.part = "head"
        top(p, payee, merchant=payee)
        p.add("center", "Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment received"]})
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        if not j.no_ref:
            rec = f"{digits(rng, 4)}-{digits(rng, 4)}"
            p.pair(rng.choice(["Receipt number", "Receipt #"]), rec, txn=(INVOICE_RANK, rec))
            inv = f"{code(rng, 8, ALNUM)}-{rng.randrange(1, 60):04d}"
            p.pair(rng.choice(["Invoice number", "Invoice #"]), inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Date paid"], WEST_PATS)
        p.pair("Payment method", card_text(rng, font), method="card")
        p.add("rule")
        p.pair(plan, show(j.amount))
        p.pair("Amount paid", show(j.amount))
        wrap_pair(p, "Billed to", payer)
        p.part = "foot"
        p.add("small", f"Questions? Contact {SHORT} at billing@ledgerline.in")
        return p.done()
    payer, mail = rng.choice(CUSTOMERS)
    plan, lo, hi = rng.choice(PLANS)
    base = float(rng.randrange(lo, hi))
    j.amount = round(base * 1.18, 2)
    rs = money(rng, font, 0.5)
    if frame == "rzp_mail":
        p = mail_page(
            rng,
            font,
            "Razorpay <no-reply@razorpay.com>",
            {
                "success": [f"Payment successful for {SHORT}", "Your payment was successful"],
                "failed": ["Payment failed", f"Payment to {SHORT} failed"],
                "pending": ["Payment pending"],
            }[status],
        )
        p.part = "head"
        top(p, payee, merchant=payee)
        p.add("small", "Payment receipt" if status == "success" else "Payment attempt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Paid successfully"], "failed": ["Payment failed"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid for", "Description"]), plan)
        p.pair("Customer", mail)
        way = "UPI" if status == "success" else "card"
        p.pair("Method", "UPI" if way == "UPI" else card_text(rng, font), method=way)
        if status == "failed":
            p.add("small", "Reason: card declined by the issuing bank. No money was debited.")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            pid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        date_row(p, j, ["Paid on", "Date"] if status == "success" else ["Attempted on"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay")
        return p.done()
    if frame == "rzp_dash":
        pid = f"pay_{code(rng, 14, MIXED)}"
        p = browser_page(rng, font, f"dashboard.razorpay.com/app/payments/{pid}")
        p.part = "head"
        p.add("title", "Razorpay Dashboard")
        wrap_pair(p, rng.choice(["Merchant", "Account name"]), payee, merchant=payee)
        p.add("center", "Payment details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Captured", "Status: Captured"]})
        p.pair("Amount", rs(j.amount), amount=j.amount)
        fee = round(j.amount * 0.02, 2)
        p.pair("Fee", rs(fee))
        p.pair("GST on fee", rs(round(fee * 0.18, 2)))
        p.pair("Customer", mail)
        way = rng.choice(["card", "netbanking"])
        p.pair(
            "Method",
            card_text(rng, font) if way == "card" else f"Netbanking - {rng.choice(BANKS)}",
            method=way,
        )
        if not j.no_ref:
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            p.pair("Order ID", f"order_{code(rng, 14, MIXED)}")
            if way == "card":
                p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = digits(rng, 10)
                p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Created on", "Captured on"], hour=True)
        return p.done()
    if frame == "cf_link":
        p = browser_page(rng, font, f"payments.cashfree.com/links/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, payee, merchant=payee)
        p.add("small", rng.choice(["Koramangala, Bengaluru", "GST invoicing for small business"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Payment successful"],
                "pending": ["Payment pending - waiting for confirmation from your bank"],
            },
        )
        wrap_pair(p, "Link purpose", plan)
        p.pair(rng.choice(["Amount paid", "Amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, "Paid by", payer)
        way = "UPI" if status == "pending" else rng.choice(["netbanking", "UPI"])
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(BANKS)}" if way == "netbanking" else "UPI",
            method=way,
        )
        if not j.no_ref:
            cf = digits(rng, 10)
            p.pair("CF Payment ID", cf, txn=(TXN_RANK, cf))
        date_row(p, j, ["Paid on", "Payment time"] if status == "success" else ["Initiated on"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Cashfree Payments")
        return p.done()
    # PayU on the customer's phone
    p = phone_page(rng, font, k, ["PayU", "Transaction status"])
    head(p, "PayU", (23, 160, 80), p.style["h106"]["dark"], ["Payment receipt"])
    p.part = "body"
    outcome_row(p, status, {"success": ["Transaction successful", "Payment successful"]})
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Merchant", "Paid to"]), payee, merchant=payee)
    way = rng.choice(["netbanking", "card"])
    p.pair(
        "Payment mode",
        "Net banking" if way == "netbanking" else rng.choice(["Debit card", "Credit card"]),
        method=way,
    )
    if not j.no_ref:
        bref = digits(rng, rng.choice([10, 12]))
        p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        puid = digits(rng, 11)
        p.pair("PayU ID", puid, txn=(TXN_RANK, puid))
    date_row(p, j, ["Date & time", "Date"], hour=True)
    p.part = "foot"
    p.add("small", "A receipt has been e-mailed to you")
    return p.done()


# ---------------------------------------------------------------- 3. enterprise customers' NEFT / RTGS advices


PAYERS = [
    ("Vistara Retail Pvt Ltd", "ap@vistararetail.in"),
    ("Kaveri Logistics Ltd", "vendor.payments@kaverilogistics.com"),
    ("Sahyadri Co-operative Bank Ltd", "accounts@sahyadribank.coop"),
    ("Meridian Healthcare Pvt Ltd", "payables@meridianhc.in"),
    ("Deccan Agro Foods Ltd", "ap.team@deccanagro.co.in"),
    ("Bharatiya Tiles & Sanitaryware Ltd", "finance@btsl.in"),
]
SERVICES = [
    "Ledgerline Enterprise licence - FY 2026-27",
    "Implementation services - milestone 2",
    "API usage overage - Q4",
    "Annual support and maintenance",
    "Data migration - 14 branches",
]
ADVICE_FRAMES = ["mail", "sap", "bank", "portal", "mail", "bank", "portal", "sap"]


def enterprise_advice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Enterprise customers paying Ledgerline's invoices by NEFT / RTGS: their payment advice e-mails (the customer
    on top, Payment Advice / Remittance advice, Payee / Vendor / Beneficiary / Supplier the company, Vendor code /
    Supplier ID, the invoices settled with their sums, Less: TDS u/s 194J @ 10% / 194J(a) @ 2%, Less: Credit note,
    Net amount paid / Amount paid / Net payment / Amount remitted, Payment mode / Mode, UTR / UTR No. / RTGS UTR,
    Payment document / Clearing document / Payment No., Payment date / Value date / Rejected on), a printed SAP
    REMITTANCE ADVICE, a supplier portal page (Supplier portal - payment status: Paid / Executed / On hold - bank
    details under verification, Scheduled on) and the company's bank's credit advice e-mail (the bank on top, Credit
    advice - NEFT / RTGS inward, Beneficiary / Beneficiary name the company, Remitter name / Sender the customer,
    Amount credited, Mode, UTR No., Sender to receiver info with the invoice, Credited on / Value date)."""
    k = place("enterprise_advice")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=60000, high=2400000)
    payer, mail = rng.choice(PAYERS)
    frame = ADVICE_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    bank = rng.choice(BANKS)
    if frame == "bank":
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{bank.split()[0].lower()}bank.net>",
            ["Credit advice - funds received", "Your account has been credited"],
        )
        way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
        p.part = "head"
        top(p, bank)
        p.add("center", f"Credit advice - {way} inward")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Status: Credited", "Credited to your account"]})
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)} (Current)")
        wrap_pair(p, rng.choice(["Remitter name", "Sender"]), payer.upper())
        p.pair("Amount credited", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        wrap_pair(p, "Sender to receiver info", f"TL/{fy(j.date)}/{rng.randrange(100, 999):04d}")
        date_row(p, j, ["Credited on", "Value date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Never share your OTP or password with anyone.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer} <{mail}>",
            ["Payment advice", "Remittance advice - vendor payment", f"Payment released - {SHORT}"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts payable", "Finance - Shared services centre", "Vendor payments"]))
    p.add(
        "center",
        {"mail": "Payment Advice", "sap": "REMITTANCE ADVICE", "portal": "Supplier portal - payment status"}[
            frame
        ],
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary", "Supplier"]), payee, merchant=payee)
    p.pair(rng.choice(["Vendor code", "Supplier ID"]), f"{rng.choice(['V', '30', 'SUP'])}{digits(rng, 6)}")
    n = rng.randrange(1, 4)
    tds = rng.choice([10.0, 2.0])
    bills = [
        (f"TL/{fy(j.date)}/{rng.randrange(100, 999):04d}", rupees(rng, 40000, 900000, 0.3)) for _ in range(n)
    ]
    gross = sum(v for _, v in bills)
    p.add("left", rng.choice(["Invoices settled", "Documents paid"]))
    for no, v in bills:
        item = rng.choice(SERVICES).split(" - ")[0]
        text = f"{no} ({item})"
        p.pair(text if fits(p, "pair", f"{text} {rs(v)}   ") else no, rs(v))
    base = round(gross / 1.18, 2)
    cut = round(base * tds / 100, 2)
    p.pair(f"Less: TDS u/s 194J @ {tds:g}%" if tds > 5 else "Less: TDS u/s 194J(a) @ 2%", rs(cut))
    credit = float(rng.choice([0, 0, 4500, 11800])) if n > 1 else 0.0
    if credit:
        p.pair("Less: Credit note", rs(credit))
    j.amount = round(gross - cut - credit, 2)
    p.pair(
        rng.choice(["Net amount paid", "Amount paid", "Net payment", "Amount remitted"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', '47'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Payment document", "Clearing document", "Payment No."]), doc, txn=(INVOICE_RANK, doc)
        )
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid", "Status: Processed", "Status: Executed"],
            "pending": ["On hold - bank details under verification"],
            "failed": ["Rejected by bank - account closed"],
        },
    )
    labels = {
        "success": ["Payment date", "Value date"],
        "pending": ["Scheduled on", "Initiated on"],
        "failed": ["Rejected on"],
    }[status]
    date_row(p, j, labels)
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 4. foreign customers' remittances


FOREIGN = [
    ("Brightwave Accounting LLC", "Austin, TX, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33"),
    ("Harbour & Finch Ltd", "Manchester, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B"),
    ("Kontor Nord GmbH", "Hamburg, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF"),
    ("Sunbelt Dental Group PLLC", "Phoenix, AZ, USA", "USD", "Bank of America NA", "BOFAUS3N"),
    ("Boekhouding Plus BV", "Utrecht, Netherlands", "EUR", "ING Bank NV", "INGBNL2A"),
    ("Thistle Accountancy Ltd", "Edinburgh, United Kingdom", "GBP", "Royal Bank of Scotland plc", "RBOSGB2L"),
]
RATES = {"USD": (85.6, 89.4), "EUR": (93.0, 98.2), "GBP": (108.5, 114.0)}
FIRA_FRAMES = [
    ("Skydo", "mail"),
    ("HDFC Bank", "browser"),
    ("Payoneer", "mail"),
    ("ICICI Bank", "paper"),
    ("Wise", "phone"),
    ("Kotak Mahindra Bank", "mail"),
    ("Skydo", "browser"),
    ("Axis Bank", "paper"),
]


def export_fira(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Foreign customers paying for Ledgerline in US dollars, euros or pounds: Skydo's e-mail and dashboard (Skydo on
    top, Payment received / Settled to your bank account / Returned to payer - invoice not matched, From / Payer the
    customer, To / Account holder the company, Amount received / Amount, Skydo fee, FX rate, INR settled, Purpose
    code P0802, Paid via Local bank transfer (ACH) / SEPA / Faster Payments, Payment ID, FIRA reference, Received on
    / Settled on / Date / Returned on), Payoneer's e-mail (You've received a payment / Payment received, From /
    Payer, Recipient / Received by, Amount received / Amount, Description, Paid via, Received on / Date), the
    customer's Wise transfer on a phone (We're processing your transfer / Transfer in progress, the sum large, You
    sent, Wise fee, Amount converted, Recipient gets (INR), To / Recipient, Reference, Paid with Bank transfer,
    Transfer #, Sent on / Created on), HDFC Bank's and Kotak's inward remittance advices (browser, e-mail) and ICICI
    Bank's and Axis Bank's printed FOREIGN INWARD REMITTANCE ADVICE (FIRA) (FIRA No., Status: Credited / Credited to
    your account, Beneficiary / Beneficiary name, Remitter / Ordering customer, Remitting bank, BIC, Remittance
    amount / Foreign currency amount, Exchange rate, INR amount / INR equivalent, Less: Bank charges, Amount credited
    (INR), Purpose code, Mode SWIFT inward (MT103), Inward ref No. / Our reference, UETR on some, Date of credit /
    Value date / Credited on)."""
    k = place("export_fira")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    payer, city, cur, rbank, bic = FOREIGN[k % len(FOREIGN)]
    j.amount = round(rng.uniform(600, 26000), 2) if rng.random() < 0.6 else float(rng.randrange(6, 260) * 100)
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    inv = f"TL/EXP/{fy(j.date)}/{rng.randrange(10, 480):03d}"
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    who, frame = FIRA_FRAMES[k]
    if who == "Wise":
        p = phone_page(rng, font, k, ["Transfer details", "Activity"])
        p.part = "head"
        p.add("title", "Wise")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"pending": ["We're processing your transfer", "Transfer in progress"]},
        )
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        fee = round(j.amount * rng.uniform(0.004, 0.007), 2)
        p.pair("You sent", show(j.amount))
        p.pair("Wise fee", show(fee))
        p.pair("Amount converted", show(round(j.amount - fee, 2)))
        p.pair("Recipient gets", f"INR {round((j.amount - fee) * rate, 2):,.2f}")
        wrap_pair(p, rng.choice(["To", "Recipient"]), payee, merchant=payee)
        wrap_pair(p, "Reference", f"Inv {inv}")
        p.pair("Paid with", "Bank transfer", method="netbanking")
        tid = f"#{rng.randrange(1100000000, 1999999999)}"
        p.pair("Transfer", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Sent on", "Created on"], WEST_PATS)
        return p.done()
    if who in ("Skydo", "Payoneer"):
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{who} <payments@{who.lower()}.com>",
                [f"Payment received from {payer}", "You've received a payment"],
            )
        else:
            p = browser_page(rng, font, f"app.skydo.com/payments/{code(rng, 10, ALNUM)}")
        p.part = "head"
        p.add("title", who)
        p.add("small", "Receive international payments" if who == "Skydo" else "Payment notification")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Settled to your bank account"]
                if who == "Skydo"
                else ["You've received a payment", "Payment received"],
                "failed": ["Returned to payer - invoice not matched"],
            },
        )
        wrap_pair(p, rng.choice(["From", "Payer"]), f"{payer}, {city}")
        wrap_pair(
            p,
            rng.choice(["To", "Account holder"] if who == "Skydo" else ["Recipient", "Received by"]),
            payee,
            merchant=payee,
        )
        p.pair(rng.choice(["Amount received", "Amount"]), show(j.amount), amount=j.amount, cur=cur)
        if who == "Skydo":
            fee = float(rng.choice([19, 29, 49]))
            p.pair("Skydo fee", show(fee))
            p.pair("FX rate", f"1 {cur} = {rate} INR")
            if status == "success":
                p.pair("INR settled", f"INR {round((j.amount - fee) * rate, 2):,.2f}")
            p.pair("Purpose code", "P0802 - Software consultancy / SaaS")
        else:
            p.pair("Description", f"Invoice {inv}")
        p.pair(
            "Paid via",
            "Local bank transfer (ACH)" if cur == "USD" else "SEPA / Faster Payments",
            method="netbanking",
        )
        if not j.no_ref:
            pid = f"{'SKD' if who == 'Skydo' else ''}{digits(rng, 10)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if who == "Skydo" and status == "success":
                fira = f"FIRA/{j.date:%y}/{digits(rng, 7)}"
                p.pair("FIRA reference", fira, txn=(INVOICE_RANK, fira))
        labels = {"success": ["Received on", "Settled on", "Date"], "failed": ["Returned on"]}[status]
        date_row(p, j, labels, WEST_PATS)
        return p.done()
    if frame == "browser":
        p = browser_page(
            rng, font, f"corp.{who.split()[0].lower()}bank.com/trade/inward/{code(rng, 8, ALNUM)}"
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{who} <tradeservices@{who.split()[0].lower()}bank.com>",
            ["Inward remittance credited", "FIRA - inward remittance advice"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, who.upper() if frame == "paper" and rng.random() < 0.5 else who)
    p.add("small", rng.choice(["Trade Finance Centre, Bengaluru", "Global Trade Services"]))
    p.add(
        "center",
        "FOREIGN INWARD REMITTANCE ADVICE (FIRA)"
        if frame == "paper"
        else rng.choice(["Inward Remittance Advice", "Foreign Inward Remittance - Credit Advice"]),
    )
    p.add("rule")
    p.part = "body"
    if frame == "paper" and not j.no_ref:
        fira = f"{HEADS[who]}FIRA{j.date:%y}{digits(rng, 6)}"
        p.pair("FIRA No.", fira, txn=(INVOICE_RANK, fira))
    outcome_row(p, status, {"success": ["Status: Credited", "Credited to your account"]})
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
    p.pair("Account", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['Current', 'EEFC'])})")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", rbank)
    p.pair("BIC", bic + rng.choice(["", "XXX"]))
    p.pair(
        rng.choice(["Remittance amount", "Foreign currency amount"]), show(j.amount), amount=j.amount, cur=cur
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR amount" if frame == "paper" else "INR equivalent", f"{inr:,.2f}")
    charges = float(rng.choice([500, 750, 1000])) + round(rng.uniform(0, 300), 2)
    p.pair("Less: Bank charges (incl. GST)", f"{charges:,.2f}")
    p.pair("Amount credited (INR)", f"{inr - charges:,.2f}")
    p.pair("Purpose code", rng.choice(["P0802 - Software consultancy", "P0807 - Off-site software exports"]))
    p.pair("Mode", rng.choice(["SWIFT inward (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'TF'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(rng.choice(["Inward ref No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        if rng.random() < 0.5:
            uetr = (
                f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-a{code(rng, 3, HEX)}-"
                f"{code(rng, 12, HEX)}"
            )
            wrap_pair(p, "UETR", uetr)
    date_row(p, j, ["Date of credit", "Value date", "Credited on"])
    p.part = "foot"
    p.add("small", "Please quote the FIRA number in your softex / e-BRC records.")
    return p.done()


# ---------------------------------------------------------------- 5. the office's UPI payments


UPI_APPS = [
    ("Google Pay", None, ["okaxis", "okhdfcbank", "oksbi"]),
    ("PhonePe", (95, 37, 159), ["ybl", "ibl", "axl"]),
    ("Paytm", (0, 46, 110), ["paytm", "ptyes", "pthdfc"]),
    ("BHIM", (247, 130, 34), ["upi"]),
    ("CRED", (24, 24, 24), ["axisb", "yescred"]),
    ("Amazon Pay", (35, 47, 62), ["apl", "yapl"]),
    ("Navi", (16, 82, 200), ["naviaxis"]),
    ("super.money", (92, 60, 200), ["superyes"]),
]
OFFICE_PAYEES = [
    ("Namma Oota Caterers", "Team lunch - sprint demo", 4000, 28000),
    ("Brewbay Coffee Roasters", "Coffee beans 5 kg", 1800, 9000),
    ("Sri Manjunatha Tea Stall", "Tea and snacks - month", 300, 4500),
    ("Swiftline Couriers", "Courier - laptops to Pune", 250, 3800),
    ("Greenleaf Plant Rentals", "Office plants - monthly", 1500, 6500),
    ("Vinayaka Xerox & Printers", "Visiting cards 12 boxes", 400, 5200),
    ("Ramesh Electricals", "UPS battery replacement", 1200, 14000),
    ("Koramangala Aqua Suppliers", "Water cans 40 nos", 600, 3600),
]
BANKING_NAMES = ["MANJUNATH S", "RAMESH K", "SHWETHA N", "IMRAN PASHA", "GIRISH B R", "LATHA M"]


def office_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office manager's UPI payments from the company's current account: eight UPI apps (Google Pay, PhonePe,
    Paytm, BHIM, CRED, Amazon Pay, Navi, super.money; dark on some): Payment successful / Paid / Money sent /
    Transaction successful / Payment failed / Transaction declined / Payment pending / Awaiting bank confirmation,
    the sum large, Paid to / To / Sent to / Paying to the caterer, coffee roaster, tea stall, courier, plant rental,
    printer, electrician or water supplier (in capitals on some), its UPI ID, Banking name on some, Note / Message,
    UPI transaction ID / UPI Ref No. / UTR / UPI Reference No. (on its row, stacked or after a colon), the app's own
    Transaction ID on some, Debited from / From / Paid from, Date & time / Paid on / Completed on / Initiated on."""
    k = place("office_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=180, high=38000, p_round=0.7)
    app, band, handles = UPI_APPS[k]
    to, note, low, high = OFFICE_PAYEES[k]
    j.amount = rupees(rng, low, high, 0.7)
    to = to.upper() if rng.random() < 0.25 else to
    rs = money(rng, font, 0.6)
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    head(p, app, band, p.style["h106"]["dark"], ["UPI payment", "Payment receipt"])
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid", "Money sent", "Transaction successful"],
            "failed": ["Payment failed", "Transaction declined"],
            "pending": ["Payment pending", "Awaiting bank confirmation"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    p.add("small", lab)
    p.add("center", to, merchant=to)
    slug = "".join(c for c in to.lower() if c.isalpha())[:12]
    p.add("small", f"UPI ID: {slug}@{rng.choice(handles)}", method="UPI")
    if rng.random() < 0.4:
        p.add("small", f"Banking name: {rng.choice(BANKING_NAMES)}")
    if status == "failed":
        p.add("small", "Money debited, if any, will be refunded in 3-5 working days.")
    if status == "pending":
        p.add("small", "Please do not pay again until the bank confirms.")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), note) if fits(p, "pair", f"Message {note}   ") else p.add(
        "left", note
    )
    if not j.no_ref:
        labelled(
            p,
            rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR", "UPI Reference No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm", "Navi") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 14)}" if app == "PhonePe" else digits(rng, 18)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    bank = rng.choice(BANKS)
    p.pair(rng.choice(["Debited from", "From", "Paid from"]), f"{bank} XX{digits(rng, 4)}")
    labels = (
        ["Date & time", "Paid on", "Completed on"] if status == "success" else ["Date & time", "Initiated on"]
    )
    date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 6. salaries and reimbursements


PAYROLL_FRAMES = ["payouts", "bulk", "voucher", "payouts", "bulk", "voucher", "payouts", "bulk"]
CLAIMS = [
    ("Client visit - cab fares", 400, 3200),
    ("AWS certification exam fee", 9000, 13000),
    ("Team offsite - snacks", 1200, 6500),
    ("Internet allowance - {month}", 1000, 1500),
    ("Conference pass - PyCon India", 2500, 7500),
    ("Laptop repair", 1800, 9800),
]


def payroll(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Salaries and reimbursements: RazorpayX's payout pages in a browser (RazorpayX on top, "Payouts | <company>",
    Payout details, Processed / Payout processed / Queued - low balance / Pending, the sum large, Contact /
    Beneficiary / Paid to the employee, Fund account, Mode IMPS / NEFT, Purpose Salary - <month>, Payout ID pout_...,
    UTR, Fees (incl. GST), Processed at / Processed on / Queued at), the bank's bulk salary upload status page (ICICI
    Bank CIB, HDFC Bank ENet, Axis Bank Corporate, Kotak FYN: Bulk upload - beneficiary status / Salary upload - file
    status, File name, Debit account name the company, Beneficiary name the employee, Account, Amount, Mode, UTR /
    IMPS Ref No. or Bank Ref No. on the failure, Status: Success / Status: Paid / Failed - invalid account, Value
    date / Processed on) and two printed EXPENSE REIMBURSEMENT VOUCHER / PAYMENT VOUCHER (the company on top, Voucher
    No., Date / Dated, Paid to / Pay to / Name of employee, Employee ID, the claims, Total / Amount paid, the sum in
    words, Mode Cash / UPI with UPI Ref No., Approved by, Receiver's signature; PAID)."""
    k = place("payroll")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=28000, high=240000, p_round=0.6)
    person = rng.choice(STAFF)
    frame = PAYROLL_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    month = j.month(1)
    if frame == "payouts":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, MIXED)}")
        p.part = "head"
        p.add("title", "RazorpayX")
        p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
        p.add("center", "Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Processed", "Payout processed"], "pending": ["Queued - low balance", "Pending"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        name = person.upper() if rng.random() < 0.3 else person
        wrap_pair(p, rng.choice(["Contact", "Beneficiary", "Paid to"]), name, merchant=name)
        p.pair("Fund account", f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}")
        way = rng.choice(["IMPS", "NEFT"])
        p.pair("Mode", way, method="netbanking")
        p.pair("Purpose", rng.choice([f"Salary - {month}", "Salary", f"Salary and arrears - {month}"]))
        if not j.no_ref:
            pout = f"pout_{code(rng, 14, MIXED)}"
            p.pair("Payout ID", pout, txn=(TXN_RANK, pout))
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Fees (incl. GST)", rs(5.90 if way == "IMPS" else 2.36))
        date_row(p, j, ["Processed at", "Processed on"] if status == "success" else ["Queued at"], hour=True)
        return p.done()
    if frame == "bulk":
        bank = rng.choice(["ICICI Bank", "HDFC Bank", "Axis Bank", "Kotak Mahindra Bank"])
        p = browser_page(rng, font, f"cib.{bank.split()[0].lower()}bank.com/bulk/status/{digits(rng, 9)}")
        p.part = "head"
        p.add(
            "title",
            {
                "ICICI Bank": "ICICI Bank CIB",
                "HDFC Bank": "HDFC Bank ENet",
                "Axis Bank": "Axis Bank Corporate",
                "Kotak Mahindra Bank": "Kotak FYN",
            }[bank],
        )
        p.add("small", rng.choice(["Bulk upload - beneficiary status", "Salary upload - file status"]))
        p.add("rule")
        p.part = "body"
        p.pair("File name", f"SAL_{j.date:%b%y}_{rng.randrange(1, 4)}.csv".upper())
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        name = person.upper() if rng.random() < 0.6 else person
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["NEFT", "IMPS"])
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                p.pair("UTR" if way == "NEFT" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
            else:
                bref = f"{HEADS[bank]}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        outcome_row(
            p,
            status,
            {"success": ["Status: Success", "Status: Paid"], "failed": ["Failed - invalid account"]},
        )
        date_row(p, j, ["Value date", "Processed on"])
        return p.done()
    p = paper_page(rng, font, [600, 660, 700])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        [OFFICE],
        ["EXPENSE REIMBURSEMENT VOUCHER", "PAYMENT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"TL/PV/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Dated"])
    wrap_pair(p, rng.choice(["Paid to", "Pay to", "Name of employee"]), person, merchant=person)
    p.pair("Employee ID", f"TL{rng.randrange(10, 140):04d}")
    total = 0.0
    for item, lo, hi in rng.sample(CLAIMS, rng.randrange(1, 4)):
        item = item.format(month=month.split()[0])
        v = float(rng.randrange(lo, hi))
        total += v
        p.pair(item, rs(v)) if fits(p, "pair", f"{item} {rs(v)}    ") else (
            p.add("left", item),
            right(p, rs(v)),
        )
    j.amount = total
    p.pair(rng.choice(["Total", "Amount paid"]), rs(total), amount=total)
    p.add("small", words_in_rupees(total))
    way = "cash" if k == 5 else "UPI"
    p.pair("Mode", "Cash" if way == "cash" else "UPI", method=way)
    if way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Approved by", rng.choice(["CFO", "Head - People Ops", "Founder"]))
    p.add("center", "PAID", status=status)
    p.part = "foot"
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 7. rent, the co-working floor and maintenance


LANDLORDS = [
    ("Smt.", "Vasantha Narayanaswamy"),
    ("Shri", "B. Ramachandra Reddy"),
    ("", "Farida Begum"),
    ("Shri", "Suresh Babu K"),
    ("", "Anil Shenoy"),
]
COWORKS = [
    (
        "Kora Works Coworking LLP",
        "Managed offices and desks",
        "80 Feet Road, Koramangala 4th Block, Bengaluru - 560034",
    ),
    ("Sarjapur Cowork Hub LLP", "Flexible workspace", "Outer Ring Road, Bellandur, Bengaluru - 560103"),
]
ASSOCIATIONS = [
    ("Koramangala Tech Park Owners' Association", "Regd. under the Karnataka Societies Registration Act"),
    ("Hosur Road Business Centre Maintenance Society", "Regd. No. BNG-S-1184/2011"),
]
RENT_FRAMES = ["rent", "cowork", "assoc", "rent", "cowork", "rent", "assoc", "rent"]


def rent_office(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's premises (serif): four landlords' RENT RECEIPT / Rent Receipt (Receipt No. / No., Date / Dated,
    "Received with thanks from M/s <company>" / "Received from M/s ...", the sum in words, towards rent for the month
    of <month>, Premises, Monthly rent, Less: TDS u/s 194-I(b) @ 10%, Net amount received / Amount received / Cheque
    amount, Mode NEFT / RTGS / UPI with UTR / UPI Ref No., or Cheque No. and Drawn on, Landlord / Owner / Lessor
    <name> with Shri / Smt. on some; RENT RECEIVED / CHEQUE RETURNED - INSUFFICIENT FUNDS), two co-working operators'
    TAX INVOICE CUM RECEIPT / TAX INVOICE - PAID (the operator on top, Invoice No. / Inv. No., Invoice date / Date,
    Bill to M/s the company, Dedicated desks n x rate, Meeting room credits, Taxable value, CGST and SGST @ 9%,
    Invoice total, Less: TDS u/s 194-I(b) @ 10% / 194C @ 2%, Net received / Amount received, Mode, UTR / UPI Ref No.;
    PAID / PAYMENT RECEIVED) and two of the building association's MAINTENANCE RECEIPT / RECEIPT (the association on
    top, Receipt No., Date / Receipt date, Received from M/s the company, Unit No., Maintenance for Q<n> (<months>)
    FY <yy-yy>, Area sq ft x rate x 3 months, Sinking fund, Total received / Amount received or Cheque received,
    Mode, UTR / UPI Ref No. / Cheque No.; RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION; the association's
    rubber stamp)."""
    k = place("rent_office")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    frame = RENT_FRAMES[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "Rs", "\u20b9", ""))
    p = paper_page(rng, font, [680, 720])
    way = "cheque" if status != "success" else rng.choice(["NEFT", "NEFT", "RTGS", "UPI"])
    if frame == "rent":
        title, landlord = rng.choice(LANDLORDS)
        p.part = "head"
        p.add("title", rng.choice(["RENT RECEIPT", "Rent Receipt"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = str(rng.randrange(11, 240))
            p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date", "Dated"])
        p.add(
            "left",
            rng.choice([f"Received with thanks from M/s {COMPANY}", f"Received from M/s {COMPANY_CAPS}"]),
        )
        rent = float(rng.randrange(18, 64) * 5000)
        tds = round(rent * 0.10)
        j.amount = rent - tds
        p.add("left", f"the sum of {words_in_rupees(j.amount)}")
        p.add("left", f"towards rent for the month of {j.month(0)}")
        wrap_pair(p, "Premises", OFFICE.split(", Bengaluru")[0])
        p.pair("Monthly rent", rs(rent))
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(float(tds)))
        if way == "cheque":
            p.pair("Cheque amount", rs(j.amount), amount=j.amount, method="cheque")
            p.pair("Cheque No.", digits(rng, 6))
            p.pair("Drawn on", rng.choice(BANKS))
        else:
            p.pair(rng.choice(["Net amount received", "Amount received"]), rs(j.amount), amount=j.amount)
            p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
            if not j.no_ref:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair("UPI Ref No." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
        word = "RENT RECEIVED" if status == "success" else "CHEQUE RETURNED - INSUFFICIENT FUNDS"
        p.add("center", word, status=status)
        p.part = "foot"
        p.add("gap")
        lab = rng.choice(["Landlord", "Owner", "Lessor"])
        shown = f"{title} {landlord}".strip()
        p.add("small", lab)
        p.add("left", shown, merchant=landlord)
        return p.done()
    if frame == "cowork":
        name, line, addr = rng.choice(COWORKS)
        name = name.upper() if rng.random() < 0.3 else name
        letterhead(
            p,
            name,
            [line, addr, f"GSTIN: {gstin(rng, STATE)}"],
            ["TAX INVOICE CUM RECEIPT", "TAX INVOICE - PAID"],
        )
        if not j.no_ref:
            inv = f"{''.join(w[0] for w in name.split()[:2]).upper()}/{fy(j.date)}/{rng.randrange(100, 2999)}"
            p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Invoice date", "Date"])
        wrap_pair(p, "Bill to", f"M/s {rng.choice([COMPANY, COMPANY_CAPS])}")
        seats, rate = rng.randrange(12, 40), float(rng.choice([8500, 9500, 11000, 12500]))
        p.pair(f"Dedicated desks {seats} x {rate:,.0f}", rs(seats * rate))
        credits = float(rng.choice([0, 6000, 12000]))
        if credits:
            p.pair("Meeting room credits", rs(credits))
        taxable = seats * rate + credits
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, 18, False)
        p.pair("Invoice total", rs(total))
        sec = rng.choice(["194-I(b) @ 10%", "194C @ 2%"])
        tds = round(taxable * (0.10 if "194-I" in sec else 0.02))
        p.pair(f"Less: TDS u/s {sec}", rs(float(tds)))
        j.amount = round(total - tds, 2)
        p.pair(rng.choice(["Net received", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UPI Ref No." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["PAID", "PAYMENT RECEIVED"]), status=status)
        p.part = "foot"
        right(p, f"For {name}")
        return p.done()
    name, line = rng.choice(ASSOCIATIONS)
    letterhead(
        p, name, [line, "Hosur Road, Koramangala, Bengaluru - 560095"], ["MAINTENANCE RECEIPT", "RECEIPT"]
    )
    if not j.no_ref:
        rno = f"MR/{fy(j.date)}/{rng.randrange(100, 999)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date"])
    wrap_pair(p, "Received from", f"M/s {COMPANY}")
    p.pair("Unit No.", "4A, 4th Floor")
    q = (j.date.month - 4) % 12 // 3
    quarter = f"Q{q + 1} ({['Apr - Jun', 'Jul - Sep', 'Oct - Dec', 'Jan - Mar'][q]}) FY {fy(j.date)}"
    p.pair("Maintenance for", quarter)
    area, rate = rng.choice([3800, 4200, 4650]), rng.choice([5.5, 6.0, 6.5])
    cam = round(area * rate * 3, 2)
    p.pair(f"Area {area:,} sq ft x {rate:.2f} x 3 months", rs(cam))
    sink = float(rng.choice([2500, 5000]))
    p.pair("Sinking fund", rs(sink))
    j.amount = round(cam + sink, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
        word = "CHEQUE RECEIVED - SUBJECT TO REALISATION"
    else:
        p.pair(rng.choice(["Total received", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UPI Ref No." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
        word = "RECEIVED"
    p.add("center", word, status=status)
    p.part = "foot"
    right(p, "Hon. Treasurer")
    seal(
        p,
        name.split("'")[0].split(" Maintenance")[0],
        "OFFICE",
        None if j.no_day else j.date,
        word.split(" - ")[0],
    )
    return p.done()


# ---------------------------------------------------------------- 8. GST, TDS, professional tax, trade licence


TAX_FRAMES = ["gst", "tds", "pt", "gst", "tds", "bbmp", "gst", "tds"]


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's taxes and licence in a browser: three GST portal payment receipts (Goods and Services Tax,
    Payment Receipt / Challan (GST PMT-06) - payment receipt, GSTIN, Legal name, Tax period, CGST (Tax) / SGST (Tax)
    / IGST (Tax), Total challan amount / Total amount, Mode of payment E-Payment (Net banking) / NEFT/RTGS, CPIN,
    CIN, BRN, Date of deposit / Payment date / Initiated on; Paid / Payment successful / Awaiting credit from RBI -
    NEFT), three income-tax e-Pay Tax challan receipts for TDS (Challan Receipt, ITNS 281, TAN, Name, Assessment
    Year, Nature of payment 192 / 194J / 195, Amount (in Rs.), Tax / Surcharge / Cess / Interest breakup, CRN, CIN,
    BSR code, Bank Reference Number, Mode of payment Net Banking, Payment date / Date of deposit / Failed on; Payment
    successful / Payment failed), Karnataka's professional tax e-payment receipt (Enrolment No. (PTRC), Employer,
    Return month, n employees x 200, Amount, Payment mode, Payment date; Payment successful) and BBMP's trade licence
    renewal receipt (Bruhat Bengaluru Mahanagara Palike on top, Trade licence No., Trade name, Licence year, Licence
    fee, Penalty, Total amount paid, Mode UPI, Receipt No., Transaction ID, Payment date)."""
    k = place("tax_challans")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3)
    frame = TAX_FRAMES[k]
    rs = money(rng, font, 0.9, marks=("\u20b9", "Rs.", ""))
    bank = rng.choice(BANKS)
    if frame == "gst":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
        p.part = "head"
        p.add("title", "Goods and Services Tax")
        p.add("small", rng.choice(["Payment Receipt", "Challan (GST PMT-06) - payment receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair("GSTIN", gstin(rng, STATE))
        wrap_pair(p, rng.choice(["Legal name", "Name (Legal)"]), COMPANY_CAPS)
        p.pair("Tax period", j.month(1))
        cgst = float(rng.randrange(40000, 420000))
        igst = float(rng.randrange(20000, 900000))
        lines = [("CGST (Tax)", cgst), ("SGST (Tax)", cgst), ("IGST (Tax)", igst)]
        for lab, v in lines:
            p.pair(lab, rs(v))
        j.amount = cgst + cgst + igst
        p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(j.amount), amount=j.amount)
        mode = "NEFT/RTGS" if status == "pending" else f"E-Payment (Net banking) - {bank}"
        wrap_pair(p, "Mode of payment", mode, method="netbanking")
        if not j.no_ref:
            cpin = f"{j.date:%y}{STATE}{digits(rng, 10)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
            if status == "success":
                cin = f"{HEADS[bank]}{j.date:%y}{STATE}{digits(rng, 10)}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
                brn = digits(rng, rng.choice([10, 12]))
                p.pair("BRN", brn, txn=(BANK_RANK, brn))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Paid", "Payment successful"],
                "pending": ["Awaiting credit from RBI - NEFT"],
            },
        )
        date_row(
            p, j, ["Date of deposit", "Payment date"] if status == "success" else ["Initiated on"], hour=True
        )
        return p.done()
    if frame == "tds":
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/payment-history")
        p.part = "head"
        p.add("title", "e-Pay Tax")
        p.add("small", "Challan Receipt - ITNS 281 (TDS / TCS)")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful"], "failed": ["Payment failed"]})
        p.pair("TAN", f"BLR{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
        wrap_pair(p, "Name", COMPANY_CAPS)
        p.pair("Assessment Year", "2027-28" if j.date.month >= 4 else "2026-27")
        nature = rng.choice(
            ["192 - Salaries", "194J - Fees for professional services", "195 - Non-resident payments"]
        )
        wrap_pair(p, "Nature of payment", nature)
        tax = float(rng.randrange(18000, 650000))
        interest = float(rng.choice([0, 0, 0, 1450, 3200]))
        j.amount = tax + interest
        p.pair("Amount (in Rs.)", rs(j.amount), amount=j.amount)
        for lab, v in [("A  Tax", tax), ("B  Surcharge", 0.0), ("C  Cess", 0.0), ("D  Interest", interest)]:
            p.pair(lab, rs(v))
        p.pair("Mode of payment", f"Net Banking ({bank})", method="netbanking")
        if not j.no_ref:
            crn = f"{j.date:%y}{digits(rng, 10)}"
            p.pair("CRN", crn, txn=(INVOICE_RANK, crn))
            if status == "success":
                bsr = digits(rng, 7)
                p.pair("BSR code", bsr)
                cin = f"{bsr}{j.date:%d%m%y}{digits(rng, 5)}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
                bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Reference Number", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Payment date", "Date of deposit"] if status == "success" else ["Failed on"])
        return p.done()
    if frame == "pt":
        p = browser_page(rng, font, "pt.kar.nic.in/ePayment/Receipt.aspx")
        p.part = "head"
        p.add("title", "Professional Tax")
        p.add("small", "Commercial Taxes Department, Government of Karnataka - e-Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Status: Success"]})
        p.pair("Enrolment No. (PTRC)", f"{digits(rng, 9)}")
        wrap_pair(p, "Employer", COMPANY_CAPS)
        p.pair("Return month", j.month(1))
        n = rng.randrange(18, 64)
        p.pair(f"{n} employees x 200", rs(n * 200.0))
        j.amount = n * 200.0
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", f"Net banking - {bank}", method="netbanking")
        date_row(p, j, ["Payment date", "Date of payment"])
        return p.done()
    p = browser_page(rng, font, "bbmp.gov.in/tradelicence/renewal/receipt")
    p.part = "head"
    payee = rng.choice(["Bruhat Bengaluru Mahanagara Palike", "BBMP"])
    top(p, payee, merchant=payee)
    p.add("small", "Health Department - Trade licence renewal")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Renewal fee paid"]})
    p.pair("Trade licence No.", f"TL/{rng.randrange(100, 199)}/{digits(rng, 6)}")
    wrap_pair(p, "Trade name", COMPANY_CAPS)
    p.pair("Licence year", "2026-27")
    fee, penalty = float(rng.choice([3500, 5000, 7500])), float(rng.choice([0, 0, 500]))
    p.pair("Licence fee", rs(fee))
    p.pair("Penalty", rs(penalty))
    j.amount = fee + penalty
    p.pair("Total amount paid", rs(j.amount), amount=j.amount)
    p.pair("Mode", "UPI", method="UPI")
    if not j.no_ref:
        rno = f"BBMP{j.date:%y}{digits(rng, 8)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = digits(rng, 14)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Payment date", "Paid on"])
    return p.done()


# ---------------------------------------------------------------- 9. card slips at Bengaluru counters


COUNTERS = [
    ("DIGIWORLD ELECTRONICS", "80 FEET RD KORAMANGALA", "BENGALURU", 1500, 96000),
    ("SAI OFFICE SUPPLIES", "HSR LAYOUT SECTOR 2", "BANGALORE", 400, 18000),
    ("BREWBAY COFFEE ROASTERS", "ST MARKS ROAD", "BENGALURU", 350, 4800),
    ("NAMMA MESS & GRILL", "100 FT RD INDIRANAGAR", "BENGALURU", 3500, 24000),
    ("BOOKNOOK STORES", "CHURCH STREET", "BENGALURU", 600, 9000),
    ("HOSUR ROAD HARDWARE", "BOMMANAHALLI", "BENGALURU", 300, 12000),
    ("PRINTHAUS DIGITAL", "JAYANAGAR 4TH BLOCK", "BANGALORE", 800, 22000),
    ("GREENCART SUPERMARKET", "KORAMANGALA 5TH BLOCK", "BENGALURU", 400, 7000),
]
MAKERS = ["PINE LABS", "PAYTM EDC", "HDFC BANK", "WORLDLINE", "ICICI BANK", "MSWIPE", "EZETAP", "AXIS BANK"]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The team's company card at Bengaluru counters (electronics, office supplies, coffee, a team dinner, books,
    hardware, printing, groceries): the terminal's slip in monospace (PINE LABS, PAYTM EDC, HDFC BANK, WORLDLINE,
    ICICI BANK, MSWIPE, EZETAP, AXIS BANK on top on some), the counter in capitals, its street and town, DATE: /
    TIME: on one row or DT: and TM:, MID:, TID:, BATCH NO: / BATCH:, INVOICE NO: / INV NO: / BILL NO:, SALE / CARD
    SALE, CARD NO:, CARD TYPE: VISA CORPORATE / MASTERCARD BUSINESS / RUPAY, ENTRY: CHIP / TAP, APPR CODE: / AUTH
    CODE: / APPROVAL CODE:, RRN: / RET REF NO:, AMOUNT: / SALE AMOUNT: / TOTAL AMT: (BASE AMT:, TIP AMT: and TOTAL:
    on the dinner); APPROVED / TXN APPROVED / DECLINED with RESP CODE: 05 DO NOT HONOUR / HOST NOT RESPONDING -
    STATUS UNKNOWN."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    name, street, town, low, high = COUNTERS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", street)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d %b %y"])).upper()
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CARD SALE"]))
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA CORPORATE", "MASTERCARD BUSINESS", "RUPAY"]))
    p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "CHIP"]))
    if status == "success" and not j.no_ref:
        appr = f"{digits(rng, 6)}"
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def amt(v: float) -> str:
        return f"{sep}{v:,.2f}" if grouped else f"{sep}{v:.2f}"

    if name == "NAMMA MESS & GRILL":
        base = j.amount
        tip = float(round(base * rng.choice([0.05, 0.08, 0.1])))
        j.amount = round(base + tip, 2)
        p.pair("BASE AMT:", amt(base))
        p.pair("TIP AMT:", amt(tip))
        p.pair("TOTAL:", amt(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL AMT:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED"]), status="success")
        p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 05 DO NOT HONOUR", "RESP CODE: 51 INSUFFICIENT FUNDS"]))
    else:
        p.add("center", "HOST NOT RESPONDING", status="pending")
        p.add("center", "STATUS UNKNOWN - CHECK BEFORE RETRY")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 10. contractors abroad: outward remittances


CONTRACTORS = [
    ("Mateus Oliveira", "Lisbon, Portugal", "EUR", "Millennium BCP", "BCOMPTPL", "PT50"),
    ("Daniel Hughes", "Cardiff, United Kingdom", "GBP", "Monzo Bank Ltd", "MONZGB2L", "GB29"),
    ("Priya Raman Design LLC", "Seattle, WA, USA", "USD", "Bank of America NA", "BOFAUS3N", ""),
    ("Olena Kovalenko", "Krakow, Poland", "EUR", "mBank SA", "BREXPLPW", "PL61"),
    ("Kestrel UX Studio Ltd", "Bristol, United Kingdom", "GBP", "Barclays Bank PLC", "BARCGB22", "GB82"),
    ("Nimbus QA LLC", "Austin, TX, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S", ""),
    ("Andres Castillo", "Valencia, Spain", "EUR", "CaixaBank SA", "CAIXESBB", "ES91"),
    ("Hannah Fischer", "Berlin, Germany", "EUR", "Commerzbank AG", "COBADEFF", "DE89"),
]
WIRE_BANKS = [
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Kotak Mahindra Bank", "paper"),
    ("Axis Bank", "phone"),
    ("State Bank of India", "browser"),
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "paper"),
    ("Yes Bank", "phone"),
]
WIRE_APPS = {"Axis Bank": "Axis neo for business", "Yes Bank": "YES BUSINESS"}


def contractor_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The startup paying its contractors abroad (designers, QA, developers in Europe, the UK and the US) by outward
    SWIFT remittance: the banks' pages in a browser, e-mails, printed debit advices and business apps (Axis neo for
    business, YES BUSINESS): the bank or app on top, Outward Remittance - Debit Advice / Foreign outward remittance -
    transaction details / Import of services - remittance advice, Status: Remitted / Processed - funds sent /
    Completed / Pending - awaiting Form 15CA/15CB / Returned by beneficiary bank - account closed, Remitter the
    company, Beneficiary / Beneficiary name / Payee the contractor, Beneficiary bank, SWIFT / BIC, IBAN / Account,
    Remittance amount / Amount remitted / Foreign currency amount in EUR, GBP or USD, Exchange rate, INR equivalent,
    Bank charges, GST on currency conversion, Total debit (INR), Charges OUR / SHA, Mode SWIFT (MT103), Purpose code
    S0802, Invoice ref, Form 15CA ack. No., Transaction reference / Our reference / Remittance ref No., UETR on some,
    Value date / Remitted on / Debited on / Initiated on / Returned on."""
    k = place("contractor_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    person, city, cur, bbank, bic, iban = rng.choice(CONTRACTORS)
    j.amount = round(rng.uniform(800, 9800), 2) if rng.random() < 0.5 else float(rng.randrange(8, 98) * 100)
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 2)
    bank, frame = WIRE_BANKS[k]
    slug = bank.split()[0].lower()
    if frame == "browser":
        p = browser_page(rng, font, f"cbx.{slug}bank.com/forex/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.services@{slug}bank.net>",
            ["Outward remittance processed", "Debit advice - foreign outward remittance"],
        )
    elif frame == "phone":
        p = phone_page(rng, font, k, ["Forex transfer", "Transaction status"])
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    if frame == "phone":
        p.add("title", WIRE_APPS[bank])
    else:
        top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "center",
        rng.choice(
            [
                "Outward Remittance - Debit Advice",
                "Foreign outward remittance - transaction details",
                "Import of services - remittance advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Remitted", "Processed - funds sent", "Completed"],
            "pending": ["Pending - awaiting Form 15CA/15CB"],
            "failed": ["Returned by beneficiary bank - account closed"],
        },
    )
    wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
    name = person.upper() if rng.random() < 0.3 else person
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Payee"]), name, merchant=name)
    wrap_pair(p, "Beneficiary bank", f"{bbank}, {city.split(',')[-1].strip()}")
    p.pair("SWIFT / BIC", bic)
    if iban:
        p.pair("IBAN", f"{iban} XXXX XXXX {digits(rng, 4)}")
    else:
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Remittance amount", "Amount remitted", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    charges = float(rng.choice([500, 750, 1000, 1500]))
    gst = round(min(max(inr * 0.01 * 0.18, 45), 10800), 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Bank charges", f"{charges:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total debit (INR)", f"{inr + charges + gst:,.2f}")
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    p.pair("Mode", "SWIFT (MT103)", method="netbanking")
    wrap_pair(p, "Purpose code", "S0802 - Software consultancy / implementation")
    p.pair("Invoice ref", f"{''.join(w[0] for w in person.split()).upper()}-2026-{rng.randrange(1, 40):03d}")
    if status != "pending":
        p.pair("Form 15CA ack. No.", digits(rng, 15))
    if not j.no_ref:
        ref = f"{HEADS[bank]}{rng.choice(['OR', 'FX', 'OTT'])}{j.date:%y}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Transaction reference", "Our reference", "Remittance ref No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status == "success" and rng.random() < 0.6:
            uetr = (
                f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-b{code(rng, 3, HEX)}-"
                f"{code(rng, 12, HEX)}"
            )
            wrap_pair(p, "UETR", uetr)
    labels = {
        "success": ["Value date", "Remitted on", "Debited on"],
        "pending": ["Initiated on"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels)
    if frame != "phone":
        p.part = "foot"
        p.add("small", "Retain this advice for your records; Form 15CA / 15CB filed where required.")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, water and broadband


UTILITY = [
    ("bbps", "Bangalore Electricity Supply Company Ltd"),
    ("bescom", "BESCOM"),
    ("act", "ACT Fibernet"),
    ("airtel", "Airtel Business"),
    ("bbps", "Bangalore Water Supply and Sewerage Board"),
    ("bbps", "BESCOM"),
    ("jio", "JioFiber"),
    ("bwssb", "BWSSB"),
]
BIZ_APPS = [
    ("HDFC Bank SmartHub Vyapar", (0, 76, 143)),
    ("ICICI InstaBIZ", (174, 40, 30)),
    ("Kotak FYN", (237, 28, 36)),
    ("PhonePe Business", (95, 37, 159)),
]


def utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's electricity, water and broadband: three Bharat Connect bill payments in business banking apps
    (HDFC Bank SmartHub Vyapar, ICICI InstaBIZ, Kotak FYN, PhonePe Business: Bharat Connect - Electricity / Water,
    Bill payment successful / Bill payment in process / Payment failed - amount will be refunded, the sum large,
    Biller / Biller name BESCOM or BWSSB (short or long as printed), RR No. / Account ID, Consumer name the company,
    Bill date, Due date, Bill amount, Paid from Current A/c, B-Connect Txn ID / Bharat Connect Ref. No., Transaction
    ID, Paid on / Date & time / Initiated on), BESCOM's and BWSSB's own payment pages (the board on top, Online
    payment receipt / Quick pay - payment acknowledgement, Account ID / RR No., Name, Bill month, Mode, Receipt No.,
    Bank Ref No. / UPI Ref No., Amount paid, Date of payment / Payment date), ACT Fibernet's receipt e-mail and
    JioFiber's receipt page (the provider on top, its company line, Payment successful / Thank you! Payment received,
    Account ID / User ID / Service ID, Plan, Amount paid / Total paid, Payment mode, Transaction ID, Receipt No.,
    Payment date / Paid on) and Airtel's business app (Airtel Business, Thanks for Business, Payment successful /
    Payment received, the sum large, Broadband number / Postpaid number, Plan, Paid via UPI, UPI Ref No., Transaction
    ID, Date / Paid on)."""
    k = place("utilities")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=1800, high=96000, p_round=0.4)
    kind, payee = UTILITY[k]
    if kind in ("act", "jio", "airtel"):
        j.amount = rupees(rng, 1200, 15000, 0.5)
    elif "Water" in payee or kind == "bwssb":
        j.amount = rupees(rng, 1500, 18000, 0.5)
    rs = money(rng, font, 0.4)
    if kind == "bbps":
        app, band = rng.choice(BIZ_APPS)
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect"])
        head(
            p,
            app,
            band,
            p.style["h106"]["dark"],
            [
                "Bharat Connect - Electricity"
                if "Electricity" in payee or payee == "BESCOM"
                else "Bharat Connect - Water"
            ],
        )
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill payment successful"],
                "pending": ["Bill payment in process"],
                "failed": ["Payment failed - amount will be refunded"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Biller", "Biller name"]), payee, merchant=payee)
        p.pair("RR No." if rng.random() < 0.5 else "Account ID", f"{code(rng, 1, 'CES')}{digits(rng, 9)}")
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "TARANGINI LABS PVT LTD"]))
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Bill amount", rs(j.amount))
        p.pair("Paid from", f"Current A/c XXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            if status != "failed":
                bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
                p.pair(
                    rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref)
                )
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Date & time"] if status == "success" else ["Initiated on"], hour=True)
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    if kind in ("bescom", "bwssb"):
        url = (
            "bescom.karnataka.gov.in/quickpay/receipt"
            if kind == "bescom"
            else "bwssb.karnataka.gov.in/payment/receipt"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, payee, merchant=payee)
        p.add(
            "small", rng.choice(["A Government of Karnataka undertaking", "Online services - bill payment"])
        )
        p.add("center", rng.choice(["Online payment receipt", "Quick pay - payment acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Transaction successful"]})
        p.pair("Account ID" if kind == "bescom" else "RR No.", digits(rng, 10))
        wrap_pair(p, "Name", COMPANY_CAPS)
        p.pair("Bill month", j.month(1))
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            bref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(
                "UPI Ref No." if way == "UPI" else "Bank Ref No.",
                bref,
                txn=((UTR_RANK if way == "UPI" else BANK_RANK), bref),
            )
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        date_row(p, j, ["Date of payment", "Payment date"])
        return p.done()
    if kind == "airtel":
        p = phone_page(rng, font, k, ["Payments", "Payment status"])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = (228, 0, 0), (255, 255, 255)
        p.add("title", payee, merchant=payee)
        p.add("small", "Thanks for Business")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Broadband number", "Postpaid number"]), f"080-{digits(rng, 8)}")
        p.pair("Plan", rng.choice(["Xstream Fiber Business 1 Gbps", "Business Postpaid 12 connections"]))
        p.pair("Paid via", "UPI", method="UPI")
        if not j.no_ref:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Date", "Paid on"], hour=True)
        return p.done()
    if kind == "act":
        p = mail_page(
            rng,
            font,
            "ACT Fibernet <noreply@actcorp.in>",
            ["Payment received - thank you", "Your ACT payment receipt"],
        )
    else:
        p = browser_page(rng, font, f"www.jio.com/selfcare/paybill/receipt/{digits(rng, 10)}")
    p.part = "head"
    top(p, payee, merchant=payee)
    p.add("small", "Atria Convergence Technologies Ltd" if kind == "act" else "Reliance Jio Infocomm Ltd")
    p.add("center", "Payment receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Thank you! Payment received"]})
    p.pair(rng.choice(["Account ID", "User ID", "Service ID"]), digits(rng, 10))
    p.pair("Plan", rng.choice(["Business 500 Mbps - quarterly", "Business Fiber 1 Gbps - monthly"]))
    p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["card", "netbanking", "UPI"])
    p.pair(
        "Payment mode",
        {"card": card_text(rng, font), "netbanking": "Net banking", "UPI": "UPI"}[way],
        method=way,
    )
    if not j.no_ref:
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        rct = f"{'ACT' if kind == 'act' else 'JF'}{digits(rng, 9)}"
        p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
    date_row(p, j, ["Payment date", "Paid on"], hour=rng.random() < 0.5)
    return p.done()


# ---------------------------------------------------------------- 12. the bank's alerts


CARD_ALERTS = {
    0: ("AMAZON WEB SERVICES", "USD", "success"),
    2: ("HETZNER ONLINE GMBH", "EUR", "success"),
    4: ("OPENAI *CHATGPT SUBSCR", "USD", "failed"),
    7: ("DIGIWORLD ELECTRONICS", "INR", "success"),
}
SMS_PAYEES = {
    1: ("BREWBAY COFFEE ROAST", 800, 6000),
    3: ("KORA WORKS COWORKING", 150000, 480000),
    5: ("NAMMA OOTA CATERERS", 3000, 28000),
    6: ("SWIFTLINE COURIERS", 400, 5000),
}
SMS_BANKS = {
    "HDFC Bank": "AX-HDFCBK",
    "ICICI Bank": "VM-ICICIT",
    "State Bank of India": "JD-SBIUPI",
    "Axis Bank": "VK-AXISBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the finance lead's phone and mailbox: four card transaction e-mails (the bank on top,
    Transaction alert - <bank> Corporate Credit Card, Merchant / Merchant name as the card network sends it,
    Transaction amount in USD, EUR or INR, Approx. INR equivalent and Forex markup on some, Card ending, Date & time,
    Authorisation code / Approval code or Txn reference, Status: Approved / Declined - international usage limit
    exceeded) and four SMS alerts in a messages app (the sender AX-HDFCBK / VM-ICICIT / JD-SBIUPI / VK-AXISBK, the
    day divider): "Sent Rs.<sum> / From HDFC Bank A/C x<n> / To <PAYEE> / On <day> / Ref <n>", "NEFT of INR <sum> to
    <PAYEE> / from A/c XX<n> on <day>.", "Dear UPI user A/C X<n> debited by <sum> / trf to <PAYEE> Refno <n>." and
    "Your IMPS txn of INR <sum> to <PAYEE> / from A/c XX<n> on <day> / is under process. / Ref <n>."; the payee in
    capitals and cut short as the bank sends it."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=350, high=180000)
    if k in CARD_ALERTS:
        merchant, cur, _ = CARD_ALERTS[k]
        bank = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{bank.split()[0].lower()}bank.net>",
            [f"Transaction alert - {bank} Corporate Credit Card", "You have done a transaction on your card"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", f"{bank} Corporate Credit Card - transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            "A transaction has been made on your card. Details below:"
            if status == "success"
            else "A transaction on your card could not be completed:",
        )
        wrap_pair(p, rng.choice(["Merchant", "Merchant name"]), merchant, merchant=merchant)
        if cur == "INR":
            rs = money(rng, font, 0.3, marks=("INR", "Rs.", "\u20b9"))
            j.amount = rupees(rng, 2500, 96000, 0.4)
            p.pair("Transaction amount", rs(j.amount), amount=j.amount)
        else:
            j.amount = round(rng.uniform(20, 1800), 2)
            text = f"{cur} {j.amount:,.2f}"
            p.pair("Transaction amount", text, amount=j.amount, cur=cur)
            rate = round(rng.uniform(*RATES[cur]), 2)
            p.pair("Approx. INR equivalent", f"INR {j.amount * rate:,.2f}")
            p.pair("Forex markup (2%)", f"INR {j.amount * rate * 0.02:,.2f}")
        last = digits(rng, 4)
        p.pair(
            rng.choice(["Card", "Card ending"]),
            rng.choice([f"XX{last}", last, f"xxxx {last}"]),
            method="card",
        )
        date_row(p, j, ["Date & time", "Transaction date"], hour=True)
        if status == "success":
            if not j.no_ref:
                appr = digits(rng, 6)
                p.pair(rng.choice(["Authorisation code", "Approval code"]), appr, txn=(APPR_RANK, appr))
            p.add("left", "Status: Approved", status="success")
        else:
            if not j.no_ref:
                ref = digits(rng, 12)
                p.pair("Txn reference", ref, txn=(TXN_RANK, ref))
            p.add("left", "Status: Declined - international usage limit exceeded", status="failed")
        p.part = "foot"
        p.add("small", "If you did not make this transaction, call 1800 266 4332 to block your card.")
        return p.done()
    bank = {1: "HDFC Bank", 3: "ICICI Bank", 5: "State Bank of India", 6: "Axis Bank"}[k]
    sender = SMS_BANKS[bank]
    p = phone_page(rng, font, k, [sender])
    p.style["h106"]["buttons"] = []  # a messages app: no receipt buttons under the thread
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, {d} %b"])), date=j.date)
    to, low, high = SMS_PAYEES[k]
    j.amount = rupees(rng, low, high, 0.5)
    acc = digits(rng, 4)
    amt = f"{j.amount:,.2f}" if rng.random() < 0.6 else f"{j.amount:.2f}"
    if k == 1:
        p.add("left", f"Sent Rs.{amt}", amount=j.amount, status="success")
        p.add("left", f"From HDFC Bank A/C x{acc}")
        p.add("left", f"To {to}", merchant=to)
        p.add("left", f"On {j.day(rng, ['%d/%m/%y'])}")
        p.add("left", f"Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
        p.add("left", "Not You? Call 18002586161/SMS BLOCK UPI to 7308080808")
    elif k == 3:
        p.add("left", f"NEFT of INR {amt} to {to}", amount=j.amount, merchant=to, status="success")
        p.add("left", f"from A/c XX{acc} on {j.day(rng, ['%d-%b-%y', '%d-%m-%Y'])}.", method="netbanking")
        p.add("left", "Call 18002662 if not done by you. -ICICI Bank")
    elif k == 5:
        p.add(
            "left", f"Dear UPI user A/C X{acc} debited by {j.amount:.2f}", amount=j.amount, status="success"
        )
        p.add("left", f"trf to {to} Refno {j.ref}.", merchant=to, txn=(UTR_RANK, j.ref), method="UPI")
        p.add("left", "If not u? call 1800111109. -SBI")
    else:
        p.add("left", f"Your IMPS txn of INR {amt} to {to}", amount=j.amount, merchant=to)
        p.add("left", f"from A/c XX{acc} on {j.day(rng, ['%d-%m-%y', '%d%b%y'])}", method="netbanking")
        p.add("left", "is under process.", status="pending")
        p.add("left", f"Ref {j.ref}. - Axis Bank", txn=(UTR_RANK, j.ref))
    return p.done()


compose = compose158

"""heldout127: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a thirteenth random day's proofs of payment, as a small digital design and software
agency in Indian cities (Bengaluru, Pune, Hyderabad, Kochi, Jaipur, Ahmedabad, Gurugram, Chennai) receives them from
clients in India and abroad in 2026 and pays its own vendors. One payment per page, no lists or threads.

* ``client_upi``: a client's UPI app (Google Pay, PhonePe, Paytm, BHIM, CRED, Amazon Pay, WhatsApp Pay, Navi; dark on
  some) paying the agency: outcome, sum large, Paid to / To / Sent to / Paying to over the agency, its handle, UPI
  Ref No / UTR and the app's own id on some, the day, Debited from, a note.
* ``client_transfer``: a client's net banking or bank app after a NEFT / RTGS / IMPS to the agency: Beneficiary Name
  / Payee, account, IFSC, mode, UTR / IMPS Ref No and the bank's reference on some, Charges + GST + Total Amount
  Debited on some.
* ``swift_advice``: the agency's bank's inward remittance credit advice (HDFC, ICICI, Kotak, Axis, SBI, Yes, IDFC
  FIRST, Federal; e-mail, paper, net banking): Beneficiary Name over the agency, the foreign remitter and its BIC,
  the foreign sum, the rate, INR equivalent, charges and GST on conversion on some, Net Amount Credited, purpose
  code, Transaction Ref No / Reference No., FIRC No. on some, Value Date / Credit Date, Status.
* ``platform_receipt``: a foreign client's PayPal "You sent" e-mail, Wise transfer receipt (USD/GBP/EUR to INR),
  Stripe receipt from the agency, Payoneer paid payment request.
* ``tax_invoice``: the agency's GST TAX INVOICE stamped PAID / UNPAID / CHEQUE RETURNED UNPAID (an export under LUT in
  dollars on one): Invoice No, Invoice Date, Due Date, SAC, CGST+SGST or IGST, Amount Received, Paid on, UTR.
* ``receipt_voucher``: the agency's RECEIPT VOUCHER / MONEY RECEIPT: Received with thanks from M/s …, the way, the
  stamp (a cheque bounced, one under clearing), For <agency>.
* ``saas_card``: SaaS bills the agency paid by card (Figma, Adobe, AWS India, Google Workspace, Atlassian, Notion,
  GitHub, JetBrains; USD, INR, EUR): vendor on top, Invoice / Receipt number, Date paid, billing period, tax, Total.
* ``cowork_rent``: co-working receipts (WeWork India, 91springboard, Awfis, IndiQube, BHIVE) and landlords' RENT
  RECEIPTs (Landlord's Name over the owner).
* ``freelancer_payout``: payouts the agency made (RazorpayX, Cashfree Payouts, Open, ICICI, HDFC, Kotak, Wise
  Business in euros): Beneficiary Name / Payee over the freelancer, gross, TDS u/s 194J on some, net, UTR, Payout ID.
* ``payment_link``: a client's page after paying the agency's link (Razorpay, Cashfree, PayU, Instamojo, Stripe in
  dollars, Easebuzz, PhonePe PG): Payment ID / Order ID / UPI Ref No, the day.
* ``transfer_status``: a client's bank's "Track transaction" screen or e-mail with its steps and Current status
  (three pending, two failed).
* ``tds_advice``: a client's PAYMENT ADVICE net of TDS (Vendor Name over the agency, Invoice No, gross, GST, Less TDS,
  Net amount paid, UTR) or the agency's receipt for the net sum.

Outcomes: a failed and a pending page in most families. Absent fields: each family leaves out the id on one page
and the day on one. Faces: heldout119's lists. Frames: heldout121's ``compose``. Seeds ``heldout127-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the agency on its clients' pages, its bank's advice (Beneficiary), its
  own invoices and vouchers (on top), Stripe's receipt; the vendor on top of a SaaS bill or co-working receipt; the
  landlord under Landlord's Name; the freelancer on a payout. Never a bank, app, gateway, platform or the payer.
* amount / currency: the sum this payment moved. *settled*: a cross-currency payment's amount is what the payee
  gets in its currency (an advice's Net Amount Credited in INR after charges deducted from it, Wise's Recipient
  gets in INR); never the foreign sum, a rate or the Total Amount Debited with a transfer's charges. A TDS payment
  is the net sum paid; a payout is the net after TDS; an invoice the total with GST.
* status: as printed (Credited / Completed / Processed / PAID / RECEIVED success; Returned, Reversed, DECLINED,
  CHEQUE RETURNED UNPAID / BOUNCED failed; On hold, Queued, In process, UNPAID, CHEQUE UNDER CLEARING pending).
* date: the day paid or credited (Paid on, Date paid, Value Date, Credit Date, Initiated on, Processed on); never an
  invoice's or due day, a billing period, a step's hour. An unpaid invoice carries none.
* payment_method: UPI, card, wallet (PayPal balance, Paytm Wallet); *settled*: "netbanking" for NEFT / RTGS / IMPS,
  SWIFT wires, ACH and SEPA transfers; a cheque is None.
* transaction_id: the highest family printed: UPI reference / UTR / RRN, then a bank reference (Transaction Ref
  No), then a transaction / payment / payout / transfer id (pay_…, pi_…, pout_…), then an approval code, an order
  id, then a document's own number (Invoice / Receipt / Voucher / FIRC No.).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout127_families import (
    client_transfer,
    client_upi,
    compose,
    cowork_rent,
    freelancer_payout,
    payment_link,
    platform_receipt,
    receipt_voucher,
    saas_card,
    swift_advice,
    tax_invoice,
    tds_advice,
    transfer_status,
)

SPLIT = "heldout127"

FAMILIES: list[Family] = [
    ("client_upi", client_upi, SCREEN_FACES),
    ("client_transfer", client_transfer, SCREEN_FACES),
    ("swift_advice", swift_advice, PAGE_FACES),
    ("platform_receipt", platform_receipt, PAGE_FACES),
    ("tax_invoice", tax_invoice, BILL_FACES),
    ("receipt_voucher", receipt_voucher, BILL_FACES + SLIP_FACES[:2]),
    ("saas_card", saas_card, PAGE_FACES),
    ("cowork_rent", cowork_rent, PAGE_FACES),
    ("freelancer_payout", freelancer_payout, SCREEN_FACES),
    ("payment_link", payment_link, SCREEN_FACES),
    ("transfer_status", transfer_status, SCREEN_FACES),
    ("tds_advice", tds_advice, PAGE_FACES),
]


def make_heldout127_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout127 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

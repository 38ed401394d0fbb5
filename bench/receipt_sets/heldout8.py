"""heldout8: an independent held-out set of payment documents, written apart from the parser, scored once.

Eighteen layout families (``FAMILIES``), cycled over the indices so any 96 receipts hold every family
five or more times: PhonePe-, GPay-, Paytm- and BHIM-like UPI screens, a bank app's transfer receipt, a
net-banking NEFT/IMPS/RTGS acknowledgement, a wallet top-up or wallet payment, a Bharat BillPay receipt,
a refund notice, a thermal POS slip, a card-terminal (EDC) slip, an online-store tax invoice, a
food-delivery order summary, a bank-statement debit, a ride receipt, a pharmacy bill, a hotel folio and
a US / UK / euro-area card receipt. Each receipt is drawn in a DejaVu face (Sans, Sans Condensed, Serif,
Serif Condensed; Sans Mono for slips) and comes as a ``clean`` render and a ``degraded`` copy with one to
three of JPEG q20-60, blur, rotation up to 6 degrees, perspective, low contrast, noise, uneven light and a
photo of a screen (``degradations`` says which, with their strengths). Receipt ``i`` depends only on
``i`` (seed ``SEED + i``), so the set is the same on every run and for every ``n``.

Truth conventions (the product's spec):

- ``amount``: the amount paid, the grand total after tax, fees, tips and discounts ("1234.50"); for a
  failed or pending payment the amount attempted; for a refund notice the amount refunded. For a
  transfer, the amount transferred (a bank's separate charge is not paid to the payee).
  ``currency``: the ISO code of that amount (INR, USD, EUR, GBP); INR on Indian slips that print no sign.
- ``date``: the payment / transaction date as ISO "YYYY-MM-DD"; an order date counts (an online or
  food order is paid when placed), a refund's date is its refund date. None when only other dates are
  printed: bill and due dates, invoice dates, delivery dates, arrival and departure, statement period.
- ``payment_method``: "UPI", "card", "netbanking", "wallet" or "cash", only as printed (a UPI id, a
  "UPI Ref", "Paid via UPI", a card brand or masked card, "Net Banking" / "NETBANK", a wallet, cash);
  None when not printed or none of these ("original payment method"). IMPS from a bank app is
  "netbanking", the product's convention (this set first had None for it, before that was written down).
- ``status``: "success", "failed" or "pending" when the document states an outcome ("Completed",
  "Processed", "APPROVED", "*** PAID ***", "Payment Status: Paid", "Paid to X via UPI", "Settled on",
  "DECLINED", "Rejected", "In Process", "Refund initiated" ...); None when it states none: a line that
  only names the tender ("Payment Mode: Cash", "Tender: CARD"), a bill, a statement line, a ride receipt.
- ``transaction_id``: exactly as printed. Where several references are printed the strongest kind wins:
  UTR / UPI reference > card RRN > bank / transaction reference number > transaction id / payment id /
  refund id > approval / auth code > order / booking / ride id > invoice / bill / folio / slip number;
  never a terminal, merchant, customer, consumer, account, card, batch, GST, licence or phone number.
  None when none is printed.
- ``merchant_name``: the payee as printed: the shop, the person paid, the biller, the platform that
  collects a food order, the wallet for a top-up, the merchant issuing a refund, the name in a
  statement narration. None when no payee is printed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.receipt_sets import heldout8_notices as notices
from bench.receipt_sets import heldout8_paper as paper
from bench.receipt_sets import heldout8_screens as screens
from bench.receipt_sets import heldout8_services as services
from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout8_imaging import degrade, render
from bench.receipt_sets.heldout8_screens import Doc

SPLIT = "heldout8"
SEED = 880_800

FAMILIES: dict[str, Callable[[random.Random], Doc]] = {
    "upi_violet": screens.upi_violet,
    "thermal_pos": paper.thermal,
    "netbanking_ack": notices.netbanking,
    "upi_centered": screens.upi_centered,
    "edc_slip": paper.edc,
    "ecommerce_invoice": paper.ecommerce,
    "upi_blue": screens.upi_blue,
    "bbps_bill": notices.bbps,
    "bank_statement": services.statement,
    "upi_bhim": screens.upi_bhim,
    "food_delivery": paper.food_delivery,
    "intl_card": services.intl_card,
    "bank_app": screens.bank_app,
    "ride_receipt": services.ride,
    "pharmacy_bill": services.pharmacy,
    "wallet": screens.wallet,
    "hotel_folio": services.hotel,
    "refund_notice": notices.refund,
}


def make_heldout8_receipt(index: int) -> EvalReceipt:
    """Receipt ``index`` of heldout8: its family, drawing, truth and degraded copy."""
    names = list(FAMILIES)
    family = names[index % len(names)]
    r = random.Random(SEED + index)
    doc = FAMILIES[family](r)
    clean = render(doc.rows, font=doc.font, size=doc.size, width=doc.width, theme=doc.theme)
    degraded, degradations = degrade(clean, r)
    return EvalReceipt(
        split=SPLIT,
        index=index,
        family=family,
        font=doc.font,
        truth=doc.truth,
        clean=clean,
        degraded=degraded,
        degradations=degradations,
        meta={"size": doc.size, **doc.meta},
    )


def make_heldout8_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout8 (deterministic)."""
    return [make_heldout8_receipt(i) for i in range(n)]

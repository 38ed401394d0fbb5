"""The eleventh independent held-out receipt set: sixteen kinds of payment document none of the earlier sets drew.

Written before the parser is changed and scored once. Families: a Brazilian Pix *comprovante*, a Kenyan
M-Pesa confirmation (SMS or app card), a Philippine GCash/Maya receipt, an Indonesian QRIS slip, a PayPal
receipt e-mail, a Stripe-hosted receipt, a holiday-rental payment receipt, an airline EMD for excess
baggage, an Indian income-tax challan (ITNS 280), a mutual-fund SIP confirmation, a jeweller's tax
invoice, a railway Electronic Reservation Slip, a laundromat pay-station slip, a Mexican store ticket
(OXXO, ferretería), a US restaurant card slip with its tip line, and a Korean or Thai receipt in English.
Each draws its own label vocabularies (Portuguese, Bahasa, Spanish and English), fonts (DejaVu,
Liberation, FreeFont, Noto), currencies (BRL, KES, PHP, IDR, MXN, KRW, THB, SGD, AUD, CAD, ₹/$/€/£),
groupings (Indian, Western, continental), date forms, distractor numbers and outcomes; the degraded copy
has one to three of blur, rotation up to ±6°, perspective, low contrast, noise, uneven light and a photo
of a screen, then JPEG q20–60.

Truth conventions (the product's):

* ``amount``: the amount paid — the grand total (with tip, fees and taxes; after an old-gold exchange);
  for a failed or pending payment the amount attempted — as ``"1234.50"``. ``currency``: its ISO code,
  ``None`` if none is printed or it cannot be told.
* ``date``: the payment date, ISO ``YYYY-MM-DD``; ``None`` when only other dates (check-in, journey,
  flight, NAV, challan generation, next instalment) are printed.
* ``payment_method``: ``UPI``, ``card``, ``netbanking`` (NEFT/IMPS/RTGS/internet banking), ``wallet``
  (M-Pesa, GCash, Maya, PayPal balance, Link, app and store wallets) or ``cash``; ``None`` when not printed
  or none of these (Pix, cheque, a bank account of unknown kind, a mandate, SEPA direct debit, QRIS alone).
* ``status``: ``success``, ``failed`` or ``pending``; ``None`` when the document states no outcome
  (a booking status such as CNF/WL is not a payment outcome).
* ``transaction_id``: as printed (without a leading ``#`` or ``No.``; spaces kept), the strongest kind
  printed: UTR / UPI reference > card RRN > bank or transaction reference > transaction / payment id
  (an E2E id, an M-Pesa code) > approval / auth code > order / booking id (PNR, confirmation code) >
  invoice / bill / receipt / ticket / folio / EMD number; never a terminal, merchant, customer, account,
  card, folio (mutual-fund account), PAN, BSR, tax or phone number. ``None`` when none is printed.
* ``merchant_name``: the payee as printed (the shop, the app's recipient, the fund house, the tax
  department, the railway); ``None`` when no payee is printed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout11_counters import kr_th_receipt, laundromat_kiosk, mx_ticket, us_tip_slip
from bench.receipt_sets.heldout11_india import itns280_challan, jewellery_bill, rail_ers, sip_confirmation
from bench.receipt_sets.heldout11_online import airline_emd, holiday_rental, paypal_email, stripe_page
from bench.receipt_sets.heldout11_render import MONO, SANS, SERIF, degrade, render
from bench.receipt_sets.heldout11_wallets import gcash_receipt, mpesa_confirmation, pix_comprovante, qris_slip

SPLIT = "heldout11"

FAMILIES: list[tuple[str, Callable, list[str]]] = [
    ("pix_comprovante", pix_comprovante, SANS),
    ("mpesa_confirmation", mpesa_confirmation, SANS),
    ("gcash_maya", gcash_receipt, SANS),
    ("qris_slip", qris_slip, SANS),
    ("paypal_email", paypal_email, SANS + SERIF[:2]),
    ("stripe_receipt", stripe_page, SANS),
    ("holiday_rental", holiday_rental, SANS + SERIF),
    ("airline_emd", airline_emd, SERIF + MONO[:2]),
    ("itns280_challan", itns280_challan, SERIF + SANS[:2]),
    ("sip_confirmation", sip_confirmation, SANS + SERIF[:1]),
    ("jewellery_bill", jewellery_bill, SERIF + SANS[:2]),
    ("rail_ers", rail_ers, SANS + MONO[:1]),
    ("laundromat_kiosk", laundromat_kiosk, MONO),
    ("mx_store_ticket", mx_ticket, MONO),
    ("us_tip_slip", us_tip_slip, MONO),
    ("kr_th_receipt", kr_th_receipt, MONO + SANS[:1]),
]


def make_heldout11_receipt(index: int) -> EvalReceipt:
    """Receipt ``index`` of heldout11 (seeded: the same receipt every time)."""
    rng = random.Random(f"{SPLIT}-{index}")
    family, build, fonts = FAMILIES[index % len(FAMILIES)]
    font = rng.choice(fonts)
    rows, truth, style = build(rng, font)
    clean = render(rows, font, style, rng)
    degraded, params = degrade(clean, rng, screen_like=style == "screen")
    return EvalReceipt(
        SPLIT, index, family, font, ReceiptTruth(**truth), clean, degraded, params, meta={"style": style}
    )


def make_heldout11_set(n: int = 96) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout11 (96 by default: six of each family)."""
    return [make_heldout11_receipt(i) for i in range(n)]

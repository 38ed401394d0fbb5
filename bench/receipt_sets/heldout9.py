"""``heldout9``: a held-out receipt set written apart from the parser, scored once.

Seventeen layout families, none of them kinds earlier sets used: a gym membership receipt, a coaching
fee receipt, an LPG refill booking screen, a FASTag recharge screen, a housing-society maintenance
receipt, a loan EMI acknowledgement, a hospital OPD / lab bill-cum-receipt, a bus e-ticket, an
electricity-board counter receipt with a rubber stamp, a kirana shop's printed estimate, a
subscription receipt e-mail (USD/EUR/GBP), a money-transfer confirmation, a Canadian till with
GST/PST, an Australian tax invoice, a Spanish factura simplificada, an Italian documento
commerciale, and a salon POS bill. Each family uses its own label vocabulary, several fonts
(Liberation, FreeFont, Noto, DejaVu; monospace for slips), several wordings per field, Indian
and Western grouping and continental decimals, several date styles, fields left off in a share
of receipts, and distractor numbers (consumer, member, loan, UHID, tag, terminal ids; GSTIN, PAN,
ABN, NIF, P.IVA; phones; due, validity, delivery, journey and renewal dates; subtotals, taxes,
discounts, cash tendered and change).

Each receipt has a clean render and a degraded copy with one to three faults (JPEG at quality
20-60 always, plus blur, rotation up to ±6°, perspective, low contrast, noise, uneven light,
crumpled and folded paper, or a photo of a screen); ``degradations`` records them.

Truth conventions (the product's spec):

- ``amount``: the amount paid (the grand total; for a failed or pending payment, the amount
  attempted), as "1234.50"; ``currency``: its ISO code (INR, USD, EUR, GBP, CAD, AUD).
- ``date``: the payment/transaction date, ISO "YYYY-MM-DD"; None when only other dates (due
  date, delivery, validity, period, journey, renewal) are printed.
- ``payment_method``: "UPI", "card", "netbanking", "wallet" or "cash"; None when not printed or
  none of these (cheque, demand draft, NACH).
- ``status``: "success", "failed" or "pending"; None when the document states no outcome (a
  "PAID" stamp or an "APPROVED" card line is a success).
- ``transaction_id``: exactly as printed. Where several references are printed the strongest
  kind wins: UTR / UPI reference > card RRN > bank/transaction reference number > transaction
  id / payment id > approval / auth code > order / booking id > invoice / bill / receipt / slip
  number; never a terminal, merchant, customer, consumer, account, card, batch, policy,
  GST/PAN/VAT or phone number. None when none is printed.
- ``merchant_name``: the payee (who received the money) as printed; None when no payee is printed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout9_counters import (
    bus_eticket,
    hospital_receipt,
    kirana_estimate,
    loan_emi,
    power_counter,
    society_maintenance,
)
from bench.receipt_sets.heldout9_imaging import degrade
from bench.receipt_sets.heldout9_india import Family, fastag_recharge, gym_membership, lpg_booking, tuition_fee
from bench.receipt_sets.heldout9_tills import australia_tax_invoice, italy_scontrino, salon_pos, spain_factura
from bench.receipt_sets.heldout9_world import canada_till, subscription_email, transfer_confirmation

SPLIT = "heldout9"
_SEED = 909_919

FAMILIES: dict[str, Callable[[random.Random], Family]] = {
    "gym_membership": gym_membership,
    "tuition_fee": tuition_fee,
    "lpg_booking": lpg_booking,
    "fastag_recharge": fastag_recharge,
    "society_maintenance": society_maintenance,
    "loan_emi": loan_emi,
    "hospital_receipt": hospital_receipt,
    "bus_eticket": bus_eticket,
    "power_counter": power_counter,
    "kirana_estimate": kirana_estimate,
    "subscription_email": subscription_email,
    "transfer_confirmation": transfer_confirmation,
    "canada_till": canada_till,
    "australia_tax_invoice": australia_tax_invoice,
    "spain_factura": spain_factura,
    "italy_scontrino": italy_scontrino,
    "salon_pos": salon_pos,
}
_ORDER = list(FAMILIES)


def make_heldout9_receipt(index: int) -> EvalReceipt:
    """Receipt ``index`` of ``heldout9`` (seeded by its index alone: the same receipt every time)."""
    rng = random.Random(_SEED * 1_000_003 + index)
    family = _ORDER[index % len(_ORDER)]
    clean, truth, font_name, screen = FAMILIES[family](rng)
    degraded, faults = degrade(clean, rng, screen)
    return EvalReceipt(split=SPLIT, index=index, family=family, font=font_name, truth=truth, clean=clean,
                       degraded=degraded, degradations=faults, meta={"screen": screen})


def make_heldout9_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of ``heldout9``."""
    return [make_heldout9_receipt(i) for i in range(n)]

"""Held-out receipt set ``heldout10``: fourteen layout families written apart from the parser.

Families: traffic e-challan payment, municipal water-bill receipt, university exam-fee
acknowledgement, car-workshop GST invoice, stock-broker fund-add screen, crypto-exchange INR
deposit, card EMI-conversion slip (``bench/receipt_sets/heldout10_india.py``); veterinary clinic bill,
ferry e-ticket, museum/zoo admission ticket, NZ/Irish/Dutch/Swiss tills, Japanese konbini receipt
in English, US pharmacy receipt with insurance copay, UK order-confirmation e-mail
(``bench/receipt_sets/heldout10_world.py``). Each is drawn on a slip, a page or an app screen in one of
twelve Liberation, FreeFont, Noto and DejaVu faces (monospace for slips), with INR, USD, GBP, EUR,
NZD, AUD, CHF and JPY amounts in Indian, Western, continental, Swiss and yen groupings, several date
styles, fields left off in a share of receipts, and distractor numbers (challan, vehicle, consumer,
meter, client, enrolment, job-card, patient, terminal, merchant, batch, card, Rx and tax numbers,
subtotals, taxes, fees, EMI and change lines, offence, departure, delivery and due dates). The
degraded copy has one to three of blur, rotation up to ±6°, perspective, low contrast, noise,
uneven light and (for screens) a photo of a screen, then JPEG at q20–60
(``bench/receipt_sets/heldout10_render.py``).

Truth conventions:

* ``amount``: the amount paid (the grand total; for a failed or pending payment, the amount
  attempted), as "1234.50"; ``currency``: its ISO code.
* ``date``: the payment/transaction date, ISO "YYYY-MM-DD"; None when only other dates are printed.
* ``payment_method``: "UPI", "card", "netbanking" (NEFT/IMPS/RTGS/internet banking count as
  netbanking), "wallet" or "cash"; None when not printed or none of these (cheque, "Online").
* ``status``: "success", "failed" or "pending"; None when the document states no outcome.
* ``transaction_id``: exactly as printed (without a leading "#" or "No."), the strongest kind
  printed: UTR / UPI reference > card RRN > bank/transaction reference number > transaction id /
  payment id > approval / auth code > order / booking id > invoice / bill / receipt / ticket
  number; never a terminal, merchant, customer, consumer, account, card, batch, policy, vehicle,
  tax or phone number. None when none is printed.
* ``merchant_name``: the payee (who received the money) as printed; None when no payee is printed.

Receipt ``i`` depends only on ``i`` (its own seeded generator); family ``i % 14``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout10_india import (broker_funds, card_emi, crypto_deposit, echallan, exam_fee, water_bill,
                                           workshop)
from bench.receipt_sets.heldout10_render import MONO, PROPORTIONAL, degrade, render
from bench.receipt_sets.heldout10_world import (euro_till, ferry, konbini, museum_zoo, uk_order_email, us_pharmacy,
                                           vet_clinic)

SPLIT = "heldout10"
# name -> (builder, fonts it may be drawn in)
FAMILIES: list[tuple[str, Callable, list[str]]] = [
    ("echallan", echallan, PROPORTIONAL),
    ("water_bill", water_bill, MONO + PROPORTIONAL),
    ("exam_fee", exam_fee, PROPORTIONAL),
    ("car_workshop", workshop, MONO + PROPORTIONAL),
    ("broker_funds", broker_funds, PROPORTIONAL),
    ("crypto_deposit", crypto_deposit, PROPORTIONAL),
    ("card_emi_slip", card_emi, MONO),
    ("vet_clinic", vet_clinic, MONO + PROPORTIONAL),
    ("ferry_ticket", ferry, PROPORTIONAL),
    ("museum_zoo", museum_zoo, MONO),
    ("euro_till", euro_till, MONO),
    ("konbini", konbini, MONO),
    ("us_pharmacy", us_pharmacy, MONO),
    ("uk_order_email", uk_order_email, PROPORTIONAL),
]


def make_heldout10_receipt(index: int) -> EvalReceipt:
    """Receipt ``index`` of the set, drawn from its own generator."""
    rng = random.Random(f"{SPLIT}-{index}")
    family, build, fonts = FAMILIES[index % len(FAMILIES)]
    font = rng.choice(fonts)
    rows, truth, style = build(rng, font)
    clean = render(rows, font, style, rng)
    degraded, params = degrade(clean, rng, screen_like=style == "screen")
    return EvalReceipt(SPLIT, index, family, font, truth, clean, degraded, params, meta={"style": style})


def make_heldout10_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of ``heldout10``."""
    return [make_heldout10_receipt(i) for i in range(n)]

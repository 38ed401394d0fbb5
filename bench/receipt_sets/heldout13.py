"""Held-out receipt set ``heldout13``: payment documents of twelve new layout families, written apart from the parser.

Families (eight receipts each in the default 96): a UPI Lite / UPI 123Pay feature-phone SMS, a government DBT
credit SMS, a cooperative milk-society payment slip, an Indian toll-plaza ticket, a hospital in-patient pharmacy
bill, a US parking-garage exit ticket, a US grocery self-checkout receipt, a Canadian Interac e-Transfer
confirmation, a Chilean Webpay voucher, a Colombian Nequi screen, a Hong Kong Octopus payment slip and an Egyptian
Fawry receipt. Each is drawn with PIL and photographed by ``bench/receipt_sets/heldout13_render.py``.

Truth conventions (the product's):
* amount: the amount paid (the grand total; for a failed or pending payment, the amount attempted), as
  "1234.50"; currency: its ISO code, None when no currency is printed or it cannot be told.
* date: the payment/transaction date, ISO "YYYY-MM-DD"; None when only other dates are printed.
* payment_method: "UPI", "card", "netbanking" (NEFT/IMPS/RTGS/internet banking), "wallet" (app wallets,
  stored-value cards like Octopus, Nequi) or "cash"; None when not printed or none of these (cheque, Interac
  e-Transfer, DBT/APBS/NACH credits). A "Bank Transfer" is "netbanking", the product's documented convention
  (bank, wire, SEPA, BACS, ACH transfers); this set first had None for it, from a spec that said otherwise.
* status: "success", "failed" or "pending"; None when the document states no outcome.
* transaction_id: exactly as printed (no leading "#" or "No."), the strongest kind printed: UTR / UPI reference >
  card RRN > bank/transaction reference number > transaction id / payment id > approval / auth code > order /
  booking id > invoice / bill / receipt / ticket number; never a terminal, merchant, customer, account, card,
  vehicle, tax or phone number. None when none is printed.
* merchant_name: the payee (who received the money) as printed (the beneficiary of a DBT credit, the member
  farmer of a milk-society slip); None when no payee is printed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout13_americas import (
    interac_etransfer,
    nequi_screen,
    us_parking_ticket,
    us_self_checkout,
    webpay_voucher,
)
from bench.receipt_sets.heldout13_india import (
    dbt_credit_sms,
    hospital_pharmacy_bill,
    milk_society_slip,
    toll_plaza_ticket,
    upi_lite_sms,
)
from bench.receipt_sets.heldout13_overseas import fawry_receipt, octopus_slip
from bench.receipt_sets.heldout13_render import degrade, render_rows

SPLIT = "heldout13"
SANS = ["dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf",
        "noto/NotoSans-Regular.ttf"]
MONO = ["dejavu/DejaVuSansMono.ttf", "liberation/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf",
        "noto/NotoSansMono-Regular.ttf"]
SERIF = ["dejavu/DejaVuSerif.ttf", "liberation/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf",
         "noto/NotoSerif-Regular.ttf"]
ACCENTS = [(0, 94, 184), (210, 0, 110), (0, 128, 96), (30, 30, 30), (230, 80, 0)]

FAMILIES: list[tuple[str, Callable, list[str]]] = [
    ("upi_lite_sms", upi_lite_sms, SANS),
    ("dbt_credit_sms", dbt_credit_sms, SANS + ["liberation/LiberationSansNarrow-Regular.ttf"]),
    ("milk_society_slip", milk_society_slip, SERIF + SANS[:2]),
    ("toll_plaza_ticket", toll_plaza_ticket, MONO),
    ("hospital_pharmacy_bill", hospital_pharmacy_bill, MONO + ["dejavu/DejaVuSansCondensed.ttf"]),
    ("us_parking_ticket", us_parking_ticket, MONO),
    ("us_self_checkout", us_self_checkout, MONO),
    ("interac_etransfer", interac_etransfer, SANS),
    ("webpay_voucher", webpay_voucher, SANS),
    ("nequi_screen", nequi_screen, SANS),
    ("octopus_slip", octopus_slip, MONO + SANS[:1]),
    ("fawry_receipt", fawry_receipt, MONO + SANS[2:]),
]


def make_heldout13_receipt(index: int) -> EvalReceipt:
    """Build, draw and degrade receipt ``index`` of the set."""
    rng = random.Random(f"{SPLIT}-{index}")
    family, build, fonts = FAMILIES[index % len(FAMILIES)]
    font = rng.choice(fonts)
    rows, truth, style = build(rng, font)
    clean = render_rows(rows, style, font, rng.choice(ACCENTS))
    degraded, params = degrade(clean, rng, screen=style == "screen")
    return EvalReceipt(SPLIT, index, family, font, ReceiptTruth(**truth), clean, degraded, params,
                       meta={"style": style})


def make_heldout13_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of the set."""
    return [make_heldout13_receipt(i) for i in range(n)]

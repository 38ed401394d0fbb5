"""heldout12: an independent held-out receipt set of payment documents the other sets do not draw.

Sixteen layout families: Vietnamese MoMo/ZaloPay screens, Malaysian Touch 'n Go / DuitNow screens, Swedish Swish
and Polish BLIK confirmations, US Zelle/Venmo/Cash App screens, Nigerian bank-app transfers (NIP session id),
South African SnapScan/Zapper screens, Turkish e-Arşiv invoices in English, Saudi mada slips, Australian BPAY
receipts, remittance send receipts (MTCN), car-rental final invoices, E-ZPass payment receipts, Indian hardware
cash memos, vending-kiosk slips, university library fine receipts and marriage-hall advance receipts. Each
receipt has a clean render and a degraded copy (one to three of blur, rotation up to ±6°, perspective, low
contrast, noise, uneven light; screens are also photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total; for a failed or pending payment the amount attempted) as "1234.50";
  a tip is part of the total, a transfer fee is part of what the sender paid, an advance is what was paid now.
* currency: the ISO code of that amount (None when none is printed or it cannot be told).
* date: the payment/transaction date as "YYYY-MM-DD"; None when only other dates (due, pickup, return, event,
  toll lines) are printed.
* payment_method: "UPI", "card", "netbanking" (NEFT/IMPS/RTGS/internet banking), "wallet" (MoMo, ZaloPay,
  Touch 'n Go, Venmo/Cash App balance, OPay) or "cash"; None when not printed or none of these (cheque, DuitNow
  or NIP transfer, Swish, BLIK, Zelle, a bank account debit of unknown kind).
* status: "success", "failed" or "pending"; None when the document states no outcome.
* transaction_id: as printed (without a leading "#"), the strongest kind printed: UTR / UPI reference > card RRN
  > bank/transaction reference (session id, MTCN) > transaction / payment id > approval / auth code > order /
  booking / agreement number > invoice / memo / receipt number; never a terminal, merchant, kiosk, customer,
  patron, account, tag, card, tax or phone number. None when none is printed.
* merchant_name: the payee as printed; None when no payee is printed.
"""

from __future__ import annotations

import random
from typing import Callable

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout12_counter import (
    car_rental,
    ezpass_us,
    hardware_memo_in,
    library_fine,
    marriage_hall,
    vending_kiosk,
)
from bench.receipt_sets.heldout12_paper import bpay_au, mada_sa, remittance, tr_efatura
from bench.receipt_sets.heldout12_render import MONO_FONTS, SANS_FONTS, SERIF_FONTS, WIDE_FONTS, degrade, render
from bench.receipt_sets.heldout12_screens import momo_vn, ng_transfer, snapscan_za, swish_blik, tng_my, us_p2p

SPLIT = "heldout12"

FAMILIES: list[tuple[str, Callable, list[str]]] = [
    ("momo_zalopay_vn", momo_vn, ["NotoSans", "DejaVuSans", "FreeSans", "LiberationSans"]),
    ("tng_duitnow_my", tng_my, SANS_FONTS),
    ("swish_blik", swish_blik, ["NotoSans", "DejaVuSans", "LiberationSans", "FreeSans"]),
    ("zelle_venmo_cashapp_us", us_p2p, SANS_FONTS),
    ("ng_bank_transfer", ng_transfer, ["DejaVuSans", "NotoSans", "FreeSans", "LiberationSans"]),
    ("snapscan_zapper_za", snapscan_za, SANS_FONTS),
    ("tr_earsiv_invoice", tr_efatura, WIDE_FONTS),
    ("mada_slip_sa", mada_sa, MONO_FONTS),
    ("bpay_receipt_au", bpay_au, SANS_FONTS + SERIF_FONTS),
    ("remittance_send", remittance, MONO_FONTS + ["LiberationSans", "NotoSans"]),
    ("car_rental_invoice", car_rental, SANS_FONTS + SERIF_FONTS),
    ("ezpass_payment_us", ezpass_us, SANS_FONTS + ["LiberationSerif"]),
    ("hardware_cash_memo_in", hardware_memo_in, ["DejaVuSerif", "NotoSerif", "DejaVuSans", "NotoSans",
                                                 "FreeSerif", "DejaVuSansMono"]),
    ("vending_kiosk_slip", vending_kiosk, MONO_FONTS),
    ("library_fine", library_fine, SANS_FONTS + SERIF_FONTS),
    ("marriage_hall_advance", marriage_hall, ["DejaVuSerif", "NotoSerif", "FreeSerif", "DejaVuSans", "NotoSans"]),
]


def make_heldout12_receipt(index: int) -> EvalReceipt:
    """The ``index``-th receipt of heldout12 (a family by turn, everything else from its own seed)."""
    rng = random.Random(f"{SPLIT}-{index}")
    family, build, fonts = FAMILIES[index % len(FAMILIES)]
    font = rng.choice(fonts)
    rows, truth, style = build(rng, font)
    clean = render(rows, style, font)
    degraded, params = degrade(clean, rng, screen=style.get("kind") == "screen")
    return EvalReceipt(SPLIT, index, family, font, ReceiptTruth(**truth), clean, degraded, params,
                       meta={"style": style.get("kind", "paper")})


def make_heldout12_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout12."""
    return [make_heldout12_receipt(i) for i in range(n)]

"""heldout18: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout18).

Families (8 receipts each): a Thai PromptPay mobile-banking transfer slip, a Turkish Papara wallet receipt,
a Moroccan CMI card-terminal slip, an Israeli Bit payment screen, a Saudi STC Pay screen, an Argentine
Mercado Pago comprobante, a Peruvian Yape screen, a US farmers'-co-op feed store ticket, a UK NHS dental
band-charge receipt, a German rail ticket-machine payment slip, a weighbridge weighing-charge slip and a
camera-rental receipt with a refundable deposit. Each receipt is drawn clean and degraded with heldout14's
steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; screens are always
photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total, a refundable deposit included; for a failed or pending payment
  the amount attempted), as "1234.50"; currency: its ISO code, None when no currency is printed or it cannot
  be told. "$" on a Mercado Pago comprobante is ARS, "$" at a US feed store is USD, "S/" is PEN, "DH" MAD,
  "SR" SAR, "NIS" ILS, "TL" TRY, "Baht" THB.
* date: the payment date, ISO "YYYY-MM-DD"; None when only other dates (course start, validity, pick-up,
  return, next delivery) are printed.
* payment_method: "UPI", "card", "netbanking" (any bank transfer, PromptPay included), "wallet" (Papara, Bit,
  STC Pay, Yape, Mercado Pago balance) or "cash"; None when not printed or none of these (a cheque).
* status: "success", "failed" or "pending" only where the text states it in words; None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id > approval / auth code >
  order / booking id > invoice / bill / receipt / ticket / slip number; never a terminal, merchant,
  customer, account, patient, vehicle, card or phone number. None when none is printed.
* merchant_name: the payee as printed; None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout18_families import (
    bit_screen, camera_rental_deposit, cmi_card_slip, db_ticket_machine, feed_store_ticket,
    mercadopago_comprobante, nhs_dental_receipt, papara_screen, promptpay_slip, stcpay_screen, weighbridge_slip,
    yape_screen,
)

SPLIT = "heldout18"

FAMILIES: list[Family] = [
    ("promptpay_slip", promptpay_slip, SCREEN_FONTS),
    ("papara_screen", papara_screen, SCREEN_FONTS),
    ("cmi_card_slip", cmi_card_slip, MONO),
    ("bit_screen", bit_screen, SCREEN_FONTS),
    ("stcpay_screen", stcpay_screen, SCREEN_FONTS),
    ("mercadopago_comprobante", mercadopago_comprobante, SANS),
    ("yape_screen", yape_screen, SCREEN_FONTS),
    ("feed_store_ticket", feed_store_ticket, MONO + SERIF[:1]),
    ("nhs_dental_receipt", nhs_dental_receipt, SERIF + SANS[:2]),
    ("db_ticket_machine", db_ticket_machine, MONO),
    ("weighbridge_slip", weighbridge_slip, MONO + SANS[1:3]),
    ("camera_rental_deposit", camera_rental_deposit, SANS + SERIF[:1]),
]


def make_heldout18_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout18 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

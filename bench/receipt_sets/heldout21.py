"""heldout21: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout21).

Families (8 receipts each): a Turkish bank's FAST transfer dekont, a Chilean bank-app transfer voucher
(comprobante de transferencia), a South African EFT proof of payment, a Jordanian CliQ instant-payment screen,
an Indonesian ATM transfer slip, a Malaysian FPX online-banking receipt, a Colombian PSE payment voucher,
a Bahraini BenefitPay wallet screen, a Nigerian POS agent's card-terminal slip, a US self-serve car-wash pay
station receipt, a UK driving instructor's lesson receipt and an Indian water-purifier (RO) service receipt.
Each receipt is drawn clean and degraded with heldout14's steps (one to three of blur, rotation,
perspective, low contrast, noise, uneven light; screens are always photographed off the display; then JPEG
q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total; for a failed or pending payment the amount attempted), as
  "1234.50"; a transfer's fee printed apart (an ATM's BIAYA) is not part of it, nor is the balance left
  (SALDO). currency: its ISO code, None when no currency is printed or it cannot be told. "$" on a Chilean
  bank's voucher is CLP, "$" on a PSE voucher COP, "$" at a US car wash USD, "R" ZAR, "Rp" IDR, "RM" MYR,
  "JD" JOD, "BD" BHD, "TL" TRY, "₦" NGN; dinars are printed with three decimals ("12.350" is "12.35").
* date: the payment date, ISO "YYYY-MM-DD"; None when only other dates (a proof of payment's print date,
  the next lesson, a wash code's expiry, an AMC's validity, the next service) are printed.
* payment_method: "UPI", "card", "netbanking" (any bank transfer: FAST, CliQ, EFT, FPX, PSE, an ATM transfer),
  "wallet" (BenefitPay) or "cash"; None when not printed or none of these.
* status: "success", "failed" or "pending" only where the text states it in words (APPROVED, DECLINED,
  Aprobada, Pending Authorisation, TRANSAKSI BERHASIL, Received with thanks, ...); None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id > approval / auth code >
  order / booking id > invoice / bill / receipt / ticket / slip number; never a terminal, merchant,
  customer, account, IBAN, card, phone, tax (NIT, RUT, GSTIN, VKN) or wash-code number. A PSE voucher's CUS
  beats its order number; an FPX Transaction ID beats the seller order number; a POS slip's RRN beats its
  auth code, which beats its trace number (STAN); an ATM's reference beats its slip number. A payer's note
  ("Pago factura 7854", "INV 2210") carries a number only where the bank's reference is printed too, so it
  never decides. None when none is printed.
* merchant_name: the payee as printed (the beneficiary of a transfer, the agent's business on a POS slip);
  None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SCRIPT, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout21_families import (
    atm_transfer_slip,
    benefitpay_screen,
    car_wash_kiosk,
    chile_transferencia,
    cliq_transfer,
    driving_lesson_receipt,
    fast_dekont,
    fpx_receipt,
    ng_pos_slip,
    pse_comprobante,
    ro_service_receipt,
    za_eft_pop,
)

SPLIT = "heldout21"

FAMILIES: list[Family] = [
    ("fast_dekont", fast_dekont, SANS + SERIF[:1]),
    ("chile_transferencia", chile_transferencia, SCREEN_FONTS),
    ("za_eft_pop", za_eft_pop, SANS + SERIF[1:2]),
    ("cliq_transfer", cliq_transfer, SCREEN_FONTS),
    ("atm_transfer_slip", atm_transfer_slip, MONO),
    ("fpx_receipt", fpx_receipt, SCREEN_FONTS),
    ("pse_comprobante", pse_comprobante, SCREEN_FONTS),
    ("benefitpay_screen", benefitpay_screen, SCREEN_FONTS),
    ("ng_pos_slip", ng_pos_slip, MONO),
    ("car_wash_kiosk", car_wash_kiosk, MONO + SANS[2:3]),
    ("driving_lesson_receipt", driving_lesson_receipt, SCRIPT + SERIF[:1]),
    ("ro_service_receipt", ro_service_receipt, SERIF + SANS[:2]),
]


def make_heldout21_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout21 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

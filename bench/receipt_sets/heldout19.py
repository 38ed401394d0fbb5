"""heldout19: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout19).

Families (8 receipts each): a US apartment rent-portal payment receipt (convenience fee, next-due date), a
GOV.UK payment confirmation for a tax paid to HMRC, a Sri Lankan bank app's LankaQR merchant-payment slip,
a Kenyan prepaid-electricity token SMS, a Spanish Bizum confirmation, a Vietnamese VietQR / NAPAS 247
transfer slip, a Hong Kong FPS transfer confirmation, an Egyptian InstaPay transfer receipt, a Canadian
self-storage counter receipt, an Austrian or Swiss ski-lift ticket office receipt, an Indian mobile-phone
repair job sheet billed at delivery and a US towing company's impound release receipt. Each receipt is drawn
clean and degraded with heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise,
uneven light; screens are always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total: fees, tax and a keycard deposit included; for a failed or
  pending payment the amount attempted), as "1234.50"; dong are whole ("1250000.00"). The token amount,
  units and other charges of a power token, an estimate, a subtotal and the tax are never the amount.
  currency: its ISO code, None when no currency is printed or it cannot be told. "Rs." on a LankaQR slip is
  LKR, "Ksh" KES, "LE" EGP, "đ" VND, "HK$" HKD, "$" on a rent portal or tow receipt USD, "$" on the
  Canadian self-storage receipt (a Canadian address and GST/HST) CAD.
* date: the payment date, ISO "YYYY-MM-DD" ("20250314" on a token SMS is 2025-03-14); None when only other
  dates (rent due, paid-through, validity, towed, received, warranty, tax due) are printed.
* payment_method: "UPI", "card", "netbanking" (any bank transfer: ACH, open banking, LankaQR from a bank
  account, Bizum, VietQR, FPS, InstaPay), "wallet" (a power token paid via M-PESA) or "cash"; None when not
  printed or none of these (a cheque, a money order).
* status: "success", "failed" or "pending" only where the text states it in words; None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id > approval / auth code >
  order / booking id > invoice / bill / receipt / ticket / job / slip number; never a terminal, merchant,
  customer, account, tenant, resident, taxpayer (Self Assessment, Accounts Office, VAT registration), meter,
  IMEI, police case, vehicle, plate, VIN, card or phone number, FPS ID or payment address, nor a prepaid
  power token. None when none is printed.
* merchant_name: the payee as printed (the community on a rent portal, HMRC as printed, the power company as
  the SMS names it); None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout19_families import (
    bizum_screen,
    fps_transfer,
    hmrc_payment_confirmation,
    instapay_screen,
    kplc_token_sms,
    lankaqr_slip,
    mobile_repair_jobsheet,
    rent_portal_receipt,
    self_storage_receipt,
    ski_pass_receipt,
    tow_impound_release,
    vietqr_transfer,
)

SPLIT = "heldout19"

FAMILIES: list[Family] = [
    ("rent_portal_receipt", rent_portal_receipt, SANS),
    ("hmrc_payment_confirmation", hmrc_payment_confirmation, SANS[:2] + SCREEN_FONTS[3:]),
    ("lankaqr_slip", lankaqr_slip, SCREEN_FONTS),
    ("kplc_token_sms", kplc_token_sms, SCREEN_FONTS),
    ("bizum_screen", bizum_screen, SCREEN_FONTS),
    ("vietqr_transfer", vietqr_transfer, SCREEN_FONTS[:2] + SCREEN_FONTS[3:]),  # faces with Vietnamese marks
    ("fps_transfer", fps_transfer, SCREEN_FONTS),
    ("instapay_screen", instapay_screen, SCREEN_FONTS),
    ("self_storage_receipt", self_storage_receipt, MONO + SANS[1:2]),
    ("ski_pass_receipt", ski_pass_receipt, MONO),
    ("mobile_repair_jobsheet", mobile_repair_jobsheet, SERIF + MONO[:2]),
    ("tow_impound_release", tow_impound_release, SANS[1:] + MONO[1:2]),
]


def make_heldout19_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout19 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

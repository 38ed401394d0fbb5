"""heldout20: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout20).

Families (8 receipts each): an Egyptian InstaPay transfer screen, a Pakistani Raast instant-payment receipt
(sometimes in dark mode), a WeChat Pay or Alipay bill screen in English, a Vietnamese bank app's VietQR
transfer receipt, a Norwegian Vipps screen, an Australian Osko / PayID payment receipt, a Tokyo taxi meter
receipt, a Brazilian NFC-e consumer invoice, an Indian railway-station prepaid auto-rickshaw booth slip, an
Indian phone-repair shop's delivery bill, an Alpine ski-lift ticket office receipt with key-card deposits and
a golf club pro-shop green-fee receipt (UK, US or South Africa). Each receipt is drawn clean and degraded with
heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; screens are
always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total, key-card deposits and booth charges included; for a failed or
  pending payment the amount attempted), as "1234.50" (a minus sign on a wallet bill is not part of it);
  currency: its ISO code, None when no currency is printed or it cannot be told. "¥" on a WeChat Pay or
  Alipay screen is CNY (a bare "-128.00" there has no currency), "¥" or "yen" on a Tokyo taxi is JPY, "LE"
  EGP, "Rs." on a Raast receipt PKR, "đ" VND, "kr" NOK, "$" on an Australian bank app AUD, "R" at a South
  African club ZAR, "R$" BRL.
* date: the payment date, ISO "YYYY-MM-DD" (a Reiwa-era "R7.03.12" is 2025-03-12; an NFC-e's issue date is
  its payment date); None when only other dates (tee time, pass validity, job booked on) are printed.
* payment_method: "UPI", "card" (a wallet bill paid from a linked bank card included), "netbanking" (any
  bank transfer: InstaPay, Raast, VietQR, Osko, Pix), "wallet" (WeChat Pay / Alipay balance, Vipps, a QR
  wallet in a taxi) or "cash"; None when not printed.
* status: "success", "failed" or "pending" only where the text states it in words ("Paid", "Bezahlt",
  "Received with thanks", "APPROVED", "FARE PAID"); None otherwise.
* transaction_id: as printed without a leading "#" or "No." (leading zeros kept), the strongest kind
  printed: UTR / UPI reference > card RRN > bank/transaction reference > transaction or payment id >
  approval / auth code > order / booking id > invoice / bill / receipt / ticket / slip / job number (an
  NFC-e's number); never a terminal, merchant, customer, member, account, IMEI, vehicle, card, tax-id,
  access-key or phone number. None when none is printed.
* merchant_name: the payee as printed (the traffic police on a prepaid auto slip); None when no payee is
  printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout20_families import (
    auto_prepaid_slip,
    china_wallet_screen,
    golf_green_fee,
    instapay_screen,
    japan_taxi_receipt,
    nfce_cupom,
    osko_payid_receipt,
    phone_repair_jobcard,
    raast_transfer,
    ski_pass_receipt,
    vietqr_transfer,
    vipps_screen,
)

SPLIT = "heldout20"

FAMILIES: list[Family] = [
    ("instapay_screen", instapay_screen, SCREEN_FONTS),
    ("japan_taxi_receipt", japan_taxi_receipt, MONO),
    ("raast_transfer", raast_transfer, SCREEN_FONTS),
    ("nfce_cupom", nfce_cupom, MONO),
    ("china_wallet_screen", china_wallet_screen, SCREEN_FONTS),
    ("auto_prepaid_slip", auto_prepaid_slip, MONO + SERIF[:1]),
    ("vietqr_transfer", vietqr_transfer, SCREEN_FONTS),
    ("phone_repair_jobcard", phone_repair_jobcard, SANS + SERIF),
    ("vipps_screen", vipps_screen, SCREEN_FONTS),
    ("ski_pass_receipt", ski_pass_receipt, MONO + SANS[:2]),
    ("osko_payid_receipt", osko_payid_receipt, SCREEN_FONTS),
    ("golf_green_fee", golf_green_fee, SANS + SERIF[:2]),
]


def make_heldout20_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout20 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

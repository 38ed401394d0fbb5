"""heldout16: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout16).

Families (8 receipts each): a US check-cashing store's money-order receipt, a German girocard terminal slip,
French Lydia/Paylib payment screens, a Polish Przelewy24 confirmation, a Czech or Hungarian bank's transfer
confirmation, a Brazilian boleto payment comprovante, a Singapore town council S&CC e-receipt, an EV charging
session receipt (India, UK, Germany, US), an Airtel Money merchant-payment SMS (Kenya, Uganda, Zambia), a
Nepali eSewa/Khalti payment screen, an Indian hospital canteen token and a college hostel mess fee receipt.
Each receipt is drawn clean and degraded (one to three of blur, rotation up to ±6°, perspective, low
contrast, noise, uneven light; screens are always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total: a money order's face value plus its fee, a boleto's amount paid
  with interest or discount; for a failed or pending payment the amount attempted), as "1234.50";
  currency: its ISO code, None when no currency is printed or it cannot be told. "$" on the US store's page is
  USD; a bare "$" on a Singapore page is None (S$ or SGD is SGD); "Rs" on an eSewa/Khalti screen is NPR;
  "Ksh" is KES, "Kč" CZK, "Ft" HUF, "zł" PLN, "R$" BRL.
* date: the payment date, ISO "YYYY-MM-DD"; None when only other dates (a charging session's start, a bill
  period, a due date, a scheduled boleto's date, a print date, a Nepali BS date) are printed.
* payment_method: "UPI", "card", "netbanking" (any bank transfer, eNETS, SBI Collect), "wallet" (Lydia,
  Paylib, Airtel Money, eSewa, Khalti, an app's wallet or credit) or "cash"; None when not printed or none of
  these (a money order bought without a printed tender, a boleto).
* status: "success", "failed" or "pending"; None when the document states no outcome.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id > approval / auth code >
  order / session / booking id > invoice / bill / receipt / token number; never a terminal, charger, till,
  merchant, customer, account, roll, employee, card or phone number, a barcode line or a tax id. None when none
  is printed.
* merchant_name: the payee as printed; None when no payee is printed (an SMS naming only the till paid).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SERIF
from bench.receipt_sets.heldout14 import SCREEN_FONTS as SCREEN_FONTS_14
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout16_europe import cz_hu_transfer, girocard_slip, lydia_screen, przelewy24_confirmation
from bench.receipt_sets.heldout16_south import airtel_money_sms, canteen_token, hostel_mess_receipt, nepal_wallet_screen
from bench.receipt_sets.heldout16_world import (
    boleto_comprovante, ev_charging_receipt, money_order_stub, town_council_receipt,
)

SPLIT = "heldout16"

SCREEN_FONTS = [*SCREEN_FONTS_14, "freefont/FreeSans.ttf"]

FAMILIES: list[Family] = [
    ("money_order_stub", money_order_stub, MONO),
    ("girocard_slip", girocard_slip, MONO),
    ("lydia_paylib_screen", lydia_screen, SCREEN_FONTS),
    ("przelewy24_confirmation", przelewy24_confirmation, SANS + SERIF[:1]),
    ("cz_hu_bank_transfer", cz_hu_transfer, SANS + SERIF),
    ("boleto_comprovante", boleto_comprovante, SCREEN_FONTS),
    ("town_council_receipt", town_council_receipt, SANS + SERIF[1:]),
    ("ev_charging_receipt", ev_charging_receipt, SCREEN_FONTS),
    ("airtel_money_sms", airtel_money_sms, SCREEN_FONTS),
    ("nepal_wallet_screen", nepal_wallet_screen, SCREEN_FONTS),
    ("hospital_canteen_token", canteen_token, MONO),
    ("hostel_mess_receipt", hostel_mess_receipt, SERIF + SANS[:2]),
]


def make_heldout16_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout16 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

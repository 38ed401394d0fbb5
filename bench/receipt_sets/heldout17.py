"""heldout17: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout17).

Families (8 receipts each): an Irish motor-tax online receipt, an NHS prescription prepayment certificate
purchase, a US college housing-portal payment, a US DMV registration renewal, a Canadian transit-card reload
slip, a Mexican SPEI transfer proof, a Japanese Suica/PASMO charge slip, a South Korean KakaoPay screen, a
Philippine Meralco bill payment, an Indian gold-loan interest receipt, a chit-fund instalment receipt and a
dine-out bill paid in a food app. Each receipt is drawn clean and degraded (one to three of blur, rotation up
to ±6°, perspective, low contrast, noise, uneven light; screens are always photographed off the display; then
JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total; for a failed or pending payment the amount attempted; after a
  discount or a chit dividend the net paid), as "1234.50"; currency: its ISO code, None when no currency is
  printed or it cannot be told. A bare "$" is USD only on the US pages; on Canadian and Mexican pages it
  cannot be told. "¥" on a Japanese slip is JPY, "₩" KRW, "₱" PHP.
* date: the payment date, ISO "YYYY-MM-DD"; None when only other dates (due, validity, expiry, billing
  period, loan, auction) are printed.
* payment_method: "UPI", "card", "netbanking" (NEFT/IMPS/RTGS/internet banking, ACH eCheck, SPEI),
  "wallet" (app wallets, KakaoPay Money, Maya) or "cash"; None when not printed or none of these (a cheque).
* status: "success", "failed" or "pending"; None when the document states no outcome.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference (SPEI clave de rastreo) > transaction or payment id /
  confirmation number > approval / auth code > order / booking id > invoice / bill / receipt / OR number;
  never a terminal, machine, merchant, customer, account, student, certificate, loan, subscriber, card or
  phone number. None when none is printed.
* merchant_name: the payee as printed; None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout17_east import (
    chit_instalment,
    dineout_payment,
    gold_loan_interest,
    kakaopay_screen,
    meralco_payment,
    suica_charge,
)
from bench.receipt_sets.heldout17_west import (
    college_housing,
    dmv_renewal,
    irish_motor_tax,
    nhs_prepayment,
    spei_transfer,
    transit_reload,
)

SPLIT = "heldout17"


FAMILIES: list[Family] = [
    ("irish_motor_tax", irish_motor_tax, SANS + SERIF[:1]),
    ("suica_charge_slip", suica_charge, MONO),
    ("college_housing_portal", college_housing, SANS),
    ("kakaopay_screen", kakaopay_screen, SCREEN_FONTS),
    ("nhs_prepayment_certificate", nhs_prepayment, SANS + SERIF[1:2]),
    ("gold_loan_interest", gold_loan_interest, SERIF + MONO[:2]),
    ("transit_card_reload", transit_reload, MONO),
    ("meralco_bill_payment", meralco_payment, SANS),
    ("chit_fund_instalment", chit_instalment, SERIF + SANS[:2]),
    ("dmv_renewal", dmv_renewal, SANS + SERIF),
    ("spei_transfer", spei_transfer, SCREEN_FONTS),
    ("dineout_app_payment", dineout_payment, SCREEN_FONTS),
]


def make_heldout17_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout17 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

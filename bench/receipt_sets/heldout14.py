"""heldout14: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout14).

Families (8 receipts each): a school's fee e-receipt on a payment gateway's hosted page, a bank's demand-draft
issue advice, an LPG cylinder home-delivery cash memo, a stationery shop's handwritten-style bill, a tailoring
order receipt with an advance, a bicycle repair job slip, an online course checkout confirmation (card, USD,
EUR or GBP), a farmers'-market card-reader e-mail receipt, and Swiss TWINT, Dutch iDEAL, Belgian Payconiq and
Danish MobilePay confirmation screens. Each receipt is drawn clean and degraded (one to three of blur,
rotation up to ±6°, perspective, low contrast, noise, uneven light; screens are always photographed off the
display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total; for a failed or pending payment the amount attempted; for a
  tailoring advance the advance paid), as "1234.50"; currency: its ISO code, None when no currency is printed
  or it cannot be told. "$" on these US-priced pages is USD, "kr." on MobilePay is DKK, "Fr." on TWINT is
  CHF.
* date: the payment date, ISO "YYYY-MM-DD" (on a cash memo or job slip settled at delivery, the delivery or
  bill date); None when only other dates (due, trial, validity, booking, received, cohort start) are printed.
* payment_method: "UPI", "card", "netbanking" (NEFT/IMPS/RTGS/internet banking, iDEAL), "wallet" (app wallets,
  TWINT, MobilePay, Payconiq) or "cash"; None when not printed or none of these (a demand draft).
* status: "success" ("Paid", "Issued", "Received with thanks"), "failed" or "pending"; None when the document
  states no outcome.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id > approval / auth code >
  order / booking id > invoice / bill / receipt / memo / job / draft number; never a terminal, merchant,
  customer, consumer, admission, account, card or phone number. A draft's number stands in as the bank's
  reference only when the advice prints no transaction reference. None when none is printed.
* merchant_name: the payee as printed; None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_india import (
    bicycle_repair_slip, demand_draft_advice, gas_cylinder_cash_memo, school_fee_gateway, stationery_bill,
    tailoring_advance,
)
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout14_world import (
    course_checkout, ideal_confirmation, market_card_email, mobilepay_screen, payconiq_screen, twint_screen,
)

SPLIT = "heldout14"

SANS = [
    "dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
SERIF = ["dejavu/DejaVuSerif.ttf", "liberation/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf"]
MONO = [
    "dejavu/DejaVuSansMono.ttf", "liberation/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SCRIPT = [
    "dejavu/DejaVuSerif-Italic.ttf", "freefont/FreeSerifItalic.ttf", "liberation/LiberationSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
]
SCREEN_FONTS = [
    "dejavu/DejaVuSans.ttf", "noto/NotoSans-Regular.ttf", "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]

FAMILIES: list[Family] = [
    ("school_fee_gateway", school_fee_gateway, SANS),
    ("demand_draft_advice", demand_draft_advice, SERIF + MONO[:2]),
    ("gas_cylinder_cash_memo", gas_cylinder_cash_memo, MONO + SERIF[:1]),
    ("stationery_handwritten", stationery_bill, SCRIPT),
    ("twint_screen", twint_screen, SCREEN_FONTS),
    ("course_checkout", course_checkout, SANS + SERIF[:1]),
    ("tailoring_advance", tailoring_advance, SERIF + SANS[:2]),
    ("ideal_confirmation", ideal_confirmation, SCREEN_FONTS),
    ("bicycle_repair_slip", bicycle_repair_slip, MONO + SANS[2:]),
    ("market_card_email", market_card_email, SANS),
    ("payconiq_screen", payconiq_screen, SCREEN_FONTS),
    ("mobilepay_screen", mobilepay_screen, SCREEN_FONTS),
]


def make_heldout14_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout14 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

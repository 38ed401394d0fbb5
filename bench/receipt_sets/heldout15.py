"""heldout15: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout15).

Families (8 receipts each): a Japanese PayPay payment screen in English, a Grab e-receipt for paying a shop
in Singapore or Malaysia, a card issuer's app showing a UPI payment drawn on a RuPay credit card, a Pakistani
JazzCash/Easypaisa wallet receipt, a Bangladeshi bKash confirmation, a Ghana mobile-money SMS, a UK app
bank's card-payment detail page (Monzo, Revolut, Starling, N26), an Apple / Google Play purchase receipt
e-mail, an Australian dental HICAPS claim slip with the gap paid by EFTPOS or cash, a theatre box-office sale
receipt, an Indian post-office / courier counter booking receipt and an Indian government portal's fee
e-receipt. Each receipt is drawn clean and degraded (one to three of blur, rotation up to ±6°, perspective,
low contrast, noise, uneven light; screens are always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total; for a failed or pending payment the amount attempted; on a
  HICAPS slip the gap the patient paid, not the claim or the fund's benefit; a mobile-money SMS's fee and
  E-levy are charged apart and not part of it), as "1234.50"; currency: its ISO code, None when no currency
  is printed or it cannot be told. "¥" / "yen" on PayPay is JPY, "S$" SGD, "RM" MYR, "Rs" on
  JazzCash/Easypaisa PKR, "Tk" BDT, "GH¢" GHS, "$" on an Australian slip AUD and on a US store's or
  theatre's receipt USD, "A$" AUD.
* date: the payment date, ISO "YYYY-MM-DD" (the sale, order or booking-counter date); None when only other
  dates (performance, renewal, card due, appointment) are printed.
* payment_method: "UPI", "card", "netbanking" (NEFT/IMPS/RTGS/internet banking), "wallet" (PayPay balance,
  GrabPay, JazzCash, Easypaisa, bKash, mobile money) or "cash"; None when not printed or none of these (a
  gift card).
* status: "success" ("Paid", "Completed", "Settled", "APPROVED", "Payment made"), "failed" ("Declined")
  or "pending"; None when the document states no outcome.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id (PayPay's payment number,
  bKash's TrxID) > approval / auth code > order / booking id > invoice / bill / receipt / document / GRN /
  ticket number; never a terminal, merchant, provider, member, application, article/consignment, account,
  card, CNIC or phone number. None when none is printed.
* merchant_name: the payee as printed (the shop, the receiver of sent money, the app store, the practice,
  the venue, the postal or courier company, the government department); None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout15_paper import (
    app_store_receipt, box_office_receipt, dental_hicaps_slip, govt_portal_ereceipt, postal_counter_receipt,
)
from bench.receipt_sets.heldout15_screens import (
    bkash_screen, ghana_momo_sms, grabpay_receipt, jazzcash_receipt, neobank_card_detail, paypay_screen,
    rupay_credit_upi,
)

SPLIT = "heldout15"

SANS = [
    "dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
SERIF = ["dejavu/DejaVuSerif.ttf", "liberation/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf",
         "noto/NotoSerif-Regular.ttf"]
MONO = [
    "dejavu/DejaVuSansMono.ttf", "liberation/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SCREEN_FONTS = [
    "dejavu/DejaVuSans.ttf", "noto/NotoSans-Regular.ttf", "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf", "liberation/LiberationSansNarrow-Regular.ttf",
]

FAMILIES: list[Family] = [
    ("paypay_screen", paypay_screen, SCREEN_FONTS),
    ("app_store_receipt", app_store_receipt, SANS + SERIF[:1]),
    ("rupay_credit_upi", rupay_credit_upi, SCREEN_FONTS),
    ("dental_hicaps_slip", dental_hicaps_slip, MONO),
    ("jazzcash_receipt", jazzcash_receipt, SCREEN_FONTS),
    ("box_office_receipt", box_office_receipt, SERIF + MONO[:2]),
    ("bkash_screen", bkash_screen, SCREEN_FONTS),
    ("postal_counter_receipt", postal_counter_receipt, MONO + SANS[:1]),
    ("ghana_momo_sms", ghana_momo_sms, SCREEN_FONTS),
    ("govt_portal_ereceipt", govt_portal_ereceipt, SANS + SERIF[:2]),
    ("grabpay_receipt", grabpay_receipt, SANS),
    ("neobank_card_detail", neobank_card_detail, SCREEN_FONTS),
]


def make_heldout15_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout15 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

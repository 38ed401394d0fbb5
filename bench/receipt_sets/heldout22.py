"""heldout22: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout22).

Families (8 receipts each): a Greek bank app's IRIS instant-payment confirmation, an Ecuadorian bank transfer
voucher (comprobante de transferencia, US dollars), a Tanzanian Tigo Pesa merchant-payment SMS, an Indian
pet-grooming salon bill, a Kazakh Kaspi QR purchase screen, a Bangladeshi Nagad merchant-payment screen, a
Croatian fiscalised kayak/scooter rental receipt, an Ethiopian telebirr receipt screen, a US mobile
locksmith's service invoice, a Costa Rican SINPE Movil transfer screen, an Indian pest-control tax invoice and
a Canadian moving company's final bill. Each receipt is drawn clean and degraded with heldout14's steps (one
to three of blur, rotation, perspective, low contrast, noise, uneven light; screens and the SMS are always
photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total, taxes included; for a failed or pending payment the amount
  attempted), as "1234.50"; currency: its ISO code, None when no currency is printed or it cannot be told.
  "$" on an Ecuadorian voucher is USD, "$"/"C$" on the Canadian bill CAD, "Tsh" TZS, "tg" KZT, "Tk" BDT,
  "Birr" ETB, "Colones" CRC, "₹"/"Rs." INR; a Croatian receipt whose total and its label carry no currency
  has currency None.
* date: the payment date, ISO "YYYY-MM-DD" (the invoice date on the pest-control invoice, the move date on
  the moving bill, the service date on the locksmith invoice); None when only other dates (next visit,
  estimate validity, warranty) are printed.
* payment_method: "UPI", "card", "netbanking" (any bank transfer: IRIS, SINPE Movil, NEFT), "wallet" (Tigo
  Pesa, Nagad, telebirr) or "cash"; a Kaspi QR purchase paid from a Kaspi Gold card is "card"; None when not
  printed or none of these (a cheque).
* status: "success", "failed" or "pending" only where the text states it in words ("PAID IN FULL" and
  "APPROVED" count as success); None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id > approval / auth code >
  order / booking id > invoice / bill / receipt / ticket / slip number; never a terminal, merchant,
  customer, account, tax (OIB, GSTIN, BIN, ZKI), licence, short code, card or phone number. A UTR printed
  after its "UTR " label is the digits alone. None when none is printed.
* merchant_name: the payee as printed; None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout22_families import (
    croatian_rental_receipt,
    iris_screen,
    kaspi_qr_receipt,
    locksmith_invoice,
    moving_company_receipt,
    nagad_screen,
    pest_control_invoice,
    pet_grooming_bill,
    pichincha_voucher,
    sinpe_movil_screen,
    telebirr_screen,
    tigopesa_sms,
)

SPLIT = "heldout22"

FAMILIES: list[Family] = [
    ("iris_screen", iris_screen, SCREEN_FONTS),
    ("pichincha_voucher", pichincha_voucher, SANS),
    ("tigopesa_sms", tigopesa_sms, SCREEN_FONTS),
    ("pet_grooming_bill", pet_grooming_bill, SANS + SERIF[:2]),
    ("kaspi_qr_receipt", kaspi_qr_receipt, SCREEN_FONTS),
    ("nagad_screen", nagad_screen, SCREEN_FONTS),
    ("croatian_rental_receipt", croatian_rental_receipt, MONO),
    ("telebirr_screen", telebirr_screen, SCREEN_FONTS),
    ("locksmith_invoice", locksmith_invoice, SANS + SERIF),
    ("sinpe_movil_screen", sinpe_movil_screen, SCREEN_FONTS),
    ("pest_control_invoice", pest_control_invoice, SERIF + SANS[:2] + MONO[:1]),
    ("moving_company_receipt", moving_company_receipt, SANS + MONO[1:3]),
]


def make_heldout22_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout22 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

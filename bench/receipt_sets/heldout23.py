"""heldout23: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout23).

Families (8 receipts each): an Indian optical store's spectacles invoice, an Indian city-gas company's piped
natural gas (PNG) bill payment receipt page, an Indian sweet shop's (mithai) thermal counter bill, a Taiwanese
LINE Pay payment screen, a West African Orange Money merchant-payment SMS in French, an Uzbek Payme payment
check screen, a South African bank's card-purchase notification SMS, a Polish fiscal till receipt (paragon
fiskalny), a Turkish bank's card-terminal sale slip, a Peruvian boleta de venta electrónica, a US dry
cleaner's prepaid drop-off ticket and a UK garage's MOT test invoice. Each receipt is drawn clean and degraded
with heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light;
screens and the SMS are always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total, taxes included; for a failed or pending payment the amount
  attempted), as "1234.50"; currency: its ISO code, None when no currency is printed or it cannot be told.
  "₹"/"Rs." is INR, "NT$"/"TWD" TWD, "FCFA"/"F CFA"/"XOF" XOF, "so'm"/"UZS" UZS, "R" on a South African
  bank's SMS ZAR, "SUMA PLN" PLN, "TL"/"TRY" TRY, "S/"/"PEN" PEN, "$" on the US ticket USD, "£"/"GBP" GBP.
  The sweet shop's total is the rounded-off net amount.
* date: the payment date, ISO "YYYY-MM-DD" (the bill date on the optical invoice, the drop-off date on the
  prepaid dry-cleaning ticket, the invoice date on the MOT invoice); None when only other dates (delivery,
  next check-up, bill due, ready-by, next MOT due) are printed.
* payment_method: "UPI", "card", "netbanking" (any bank transfer: net banking, BACS), "wallet" (Orange
  Money, LINE Pay Money, Yape, Plin) or "cash"; a LINE Pay payment from a linked card and a Payme payment
  from an Uzcard/HUMO card are "card"; None when not printed or none of these ("Contado" on a boleta).
* status: "success", "failed" or "pending" only where the text states it in words ("PAID", "PREPAID",
  "PAID WITH THANKS", "approved", "İŞLEM ONAYLANDI", "effectue avec succes" count as success; "declined",
  "İŞLEM REDDEDİLDİ", "Echec" as failed); None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id > approval / auth code >
  order / booking id > invoice / bill / receipt / ticket / slip number (a boleta's series-number, a
  paragon's "nr wydr." printout number); never a terminal, merchant, customer, account, tax (GSTIN, NIP,
  RUC, TIN, VAT reg, fiscal sign), licence (FSSAI), BP/CA, prescription, MOT test, vehicle, card or phone
  number. None when none is printed.
* merchant_name: the payee as printed; None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout23_families import (
    dry_cleaner_ticket,
    linepay_screen,
    mithai_shop_bill,
    optician_invoice,
    orange_money_sms,
    payme_screen,
    peru_boleta,
    png_gas_screen,
    polish_paragon,
    sa_card_sms,
    turkish_pos_slip,
    uk_mot_invoice,
)

SPLIT = "heldout23"

FAMILIES: list[Family] = [
    ("optician_invoice", optician_invoice, SANS + SERIF[:2]),
    ("png_gas_screen", png_gas_screen, SCREEN_FONTS),
    ("mithai_shop_bill", mithai_shop_bill, MONO),
    ("linepay_screen", linepay_screen, SCREEN_FONTS),
    ("orange_money_sms", orange_money_sms, SCREEN_FONTS),
    ("payme_screen", payme_screen, SCREEN_FONTS),
    ("sa_card_sms", sa_card_sms, SCREEN_FONTS),
    ("polish_paragon", polish_paragon, MONO),
    ("turkish_pos_slip", turkish_pos_slip, MONO),
    ("peru_boleta", peru_boleta, SANS + MONO[:2]),
    ("dry_cleaner_ticket", dry_cleaner_ticket, MONO + SANS[:1]),
    ("uk_mot_invoice", uk_mot_invoice, SANS + SERIF),
]


def make_heldout23_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout23 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

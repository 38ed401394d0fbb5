"""heldout26: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout26).

Families (8 receipts each), all in the four currencies the product takes, many of them documents a
marketplace's sellers and buyers upload: an Indian packaging-material wholesaler's cash memo, an Indian trade-fair
organiser's stall-booking money receipt (advance or full), an Indian GST portal's challan (GST PMT-06) payment
receipt, a US pack-and-ship store's retail receipt, a US print-and-copy centre's kiosk receipt, a German parcel
shop's postage receipt (Einlieferungsbeleg / Quittung), a Spanish second-hand marketplace app's purchase screen
(Wallapop-style, "Pago completado"), an Italian post office's bollettino postale receipt (ricevuta di versamento),
a UK second-hand clothing app's purchase receipt with a Buyer Protection fee (Vinted-style), a UK garage's MOT
and repairs invoice, a craft marketplace's monthly seller-fee statement (Etsy-style; INR, USD, EUR or GBP) and a
courier's import duty and tax receipt for releasing an overseas parcel (INR, USD, EUR or GBP). Faces are ones
earlier sets draw least (Noto Sans Display, Noto Serif Display, Noto Sans Mono Bold, Liberation Sans Narrow
Bold, Liberation 2 Sans and Mono, FreeSerif Bold). Each receipt is drawn clean and degraded with heldout14's
steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; screens are always
photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total, taxes, fees, postage and protection fees included, discounts,
  credits and round-offs taken off; for a failed or pending payment the amount attempted), as "1234.50";
  currency: its ISO code. "₹"/"Rs." is INR, "$" USD, "€"/"EUR" EUR, "£"/"GBP" GBP. A stall-booking receipt's
  amount is the amount received (the 50% advance where one is taken, not the gross); a bollettino's is the total
  with the post office's fee; cash tendered and change are not the amount; a declared / customs value is not.
* date: the payment date, ISO "YYYY-MM-DD" (the memo / receipt / invoice / slip date on a counter memo, a
  money receipt, a till or parcel-shop receipt, a bollettino or a garage invoice; the purchase or payment date on
  a screen); None when only other dates (challan creation, event dates, statement month, delivery, MOT expiry,
  send-by date) are printed.
* payment_method: "UPI" (UPI AutoPay, GPay/PhonePe at a counter), "card" (girocard, POSTAMAT, debit card),
  "netbanking" (NEFT/RTGS, GST E-Payment by net banking, bank transfer) , "wallet" (PayPal, Apple Pay, Google
  Pay, Vinted Balance) or "cash" (Nagad, CONTANTI, Bar); None when not printed.
* status: "success", "failed" or "pending" only where the text states it in words ("Payment Successful",
  "Challan paid successfully", "APPROVED", "Pago completado", "¡Compra realizada!", "OPERAZIONE ESEGUITA",
  "Purchase successful", "Payment confirmed", "You've bought this item", "PAID - thank you", "Payment received",
  "Your bill has been paid" count as success; "failed", "DECLINED", "rechazado", "ha fallado", "unsuccessful",
  "could not be taken" as failed; "pending", "pendiente", "Procesando", "Awaiting bank confirmation" as
  pending); None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI reference >
  card RRN / Ref # > bank reference (a GST BRN, then its CIN) > transaction / payment id or reference >
  approval / auth code (Genehmigungs-Nr.) > order / job / purchase id > receipt / memo / invoice / sale / Beleg
  number, a bollettino's N. operazione, a GST CPIN; never a GSTIN, VAT number, conto corrente number, VCY code,
  stall, station, vehicle registration, waybill / tracking / Sendungsnummer, card or phone number. None when
  none is printed.
* merchant_name: the payee as printed (the shop, organiser, garage, courier or app; "Goods and Services Tax" on
  a GST challan; the bollettino's beneficiary (Intestato a), not Poste Italiane).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout26_families import (
    bollettino_postale,
    copy_shop_receipt,
    dhl_parcel_shop,
    gst_challan,
    import_duty_receipt,
    mot_garage_invoice,
    packaging_cash_memo,
    resale_app_purchase,
    seller_fee_bill,
    shipping_store_receipt,
    trade_fair_stall,
    vinted_purchase,
)

SPLIT = "heldout26"

MONO = ["noto/NotoSansMono-Bold.ttf", "liberation2/LiberationMono-Regular.ttf", "noto/NotoSansMono-Regular.ttf"]
SANS = ["noto/NotoSansDisplay-Regular.ttf", "noto/NotoSansDisplay-Bold.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
        "liberation2/LiberationSans-Regular.ttf"]
SERIF = ["noto/NotoSerifDisplay-Regular.ttf", "noto/NotoSerifDisplay-Bold.ttf", "freefont/FreeSerifBold.ttf"]

FAMILIES: list[Family] = [
    ("packaging_cash_memo", packaging_cash_memo, SERIF + MONO[:1]),
    ("trade_fair_stall", trade_fair_stall, SERIF + SANS[:2]),
    ("gst_challan", gst_challan, SANS),
    ("shipping_store_receipt", shipping_store_receipt, MONO),
    ("copy_shop_receipt", copy_shop_receipt, MONO + SANS[2:3]),
    ("dhl_parcel_shop", dhl_parcel_shop, MONO + SANS[3:]),
    ("resale_app_purchase", resale_app_purchase, SANS),
    ("bollettino_postale", bollettino_postale, MONO + SERIF[:1]),
    ("vinted_purchase", vinted_purchase, SANS),
    ("mot_garage_invoice", mot_garage_invoice, SERIF + SANS[2:]),
    ("seller_fee_bill", seller_fee_bill, SANS),
    ("import_duty_receipt", import_duty_receipt, SANS),
]


def make_heldout26_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout26 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

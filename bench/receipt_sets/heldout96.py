"""heldout96: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout96).

Families (8 receipts each), drawn away from heldout2 to heldout95's layouts: paper receipts from Indian shops and
services, photographed with a phone as proof of a UPI or card payment: a small shop's printed GST tax invoice
(GSTIN, Invoice No., Invoice Date, Place of Supply, items with HSN codes, Taxable Value, CGST / SGST, Round Off,
Grand Total, "Paid via UPI", a UPI Txn ID printed or written in by pen; a PAID, ADVANCE or CANCELLED stamp; an
advance received against a balance due), a supermarket's or pharmacy's thermal till slip (D-Mart, More, Reliance
Smart, Apollo Pharmacy, MedPlus: GSTIN, FSSAI or drug licence, Bill No, Till and Cashier, MRP and quantities,
batch numbers and expiry months, MRP Total, Discount, Round Off, NET AMOUNT, a Tender Details line of UPI, CARD
or CASH with cash given and change, a card mask and Appr Code, a UPI Ref No, "You saved", a next refill day), a
restaurant bill (GSTIN, FSSAI, Bill No, Table, Covers, KOT, Sub Total, CGST / SGST 2.5 %, Round Off, Grand
Total) with a PAID stamp and the card terminal's slip stapled beside it (the acquirer, the restaurant in
capitals, TID, MID, BATCH, INVOICE, a card mask, RRN, APPR CODE or a UPI SALE's UPI REF NO, APPROVED or
DECLINED with its reason), a fuel station's bill (the dealer M/s …, its brand's dealer line, Receipt No, FCC
ID, Nozzle, Product, Density, Rate/Ltr, Volume, Amount, Vehicle No, Mobile No) with the pump's card or UPI slip,
a handwritten kachcha bill on a printed pad (ESTIMATE, the shop, the proprietor's mobile, the pad's Bill No.,
items and the total in pen, "PAID by GPay", a UPI Ref in pen, an advance and the balance due, or an UNPAID
stamp), a courier booking receipt (AWB No, Receipt No, Booking Date, the destination's PIN, Weight, Declared
Value, Exp. Delivery, Freight, Fuel Surcharge, GST 18 %, Total Amount, Payment Mode, a UPI Ref), a clinic's or
lab's cash memo (the doctor's registration, Memo No, UHID, patient and age, services, Discount, Net Amount in
pen, "Paid by PhonePe" and a UPI Ref No. written in, a next visit or report day; PAID or CANCELLED stamps), an
auto workshop's final bill on its job card (Job Card No, Invoice No, Bill Date, Vehicle No, KM reading, parts
with HSN codes, Labour, Parts Total, CGST / SGST 9 %, Grand Total, Less: Advance and Amount Received, Payment
Mode, Txn Ref No, Next Service Due, Payment Status), a hardware or electrical shop's bill with a Paytm QR
sticker and the soundbox's printed slip stapled beside it (Payment Received / Payment Pending, From, UPI Ref No,
Order ID, the slip's own day and time), a school's or coaching class's fee receipt book counterfoil
(Affiliation No., Receipt No., Student, Class / Batch, Adm. No, the months paid for, Tuition and Late Fee, Mode,
UPI Ref, Next due date, a FEE RECEIVED stamp), a tailor's or laundry's token (Token No., Date, Delivery,
work and prices in pen, Total, Advance by GPay, Balance, PAID or ADVANCE stamps), and a temple's or trust's 80G
donation receipt (Regd. No., the trust's PAN, 80G Approval No., Receipt No, Date, the donor and the donor's PAN,
Towards, Amount, Mode of Payment, UPI Transaction ID, the trust's seal).

Sums: rupees as ₹ (only in faces that draw it), Rs., Rs or INR, lakh grouping on most pages; handwritten sums
as plain rupees (``1250/-``); POS slips INR 1234.00. Dates: printed 14/03/2025, 14-03-2025, 14-Mar-2025,
14.03.2025, 14/03/25, slips 14Mar25 too; written in pen 4/3/25, 4/03/2025, 4-03-25, 4.03.25. Faces: the
project's sans and serif faces on printed pages, its monospaced faces on thermal slips, handwriting in an
italic pen face in blue or black ink (the set's ``pen`` rows). The photo (``heldout96_families.photo``): the
page curled or crumpled, thermal print faded on a share, a translucent rubber stamp over the item rows, a
stapled slip overlapping the page's margin, a QR sticker, the sheet lying on wood or stone, the phone's or a
hand's shadow over a corner; then heldout94's degradations (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* merchant_name: the shop, clinic, workshop, school or trust in large type on top (the page's title), as
  printed. Never a proprietor, patient, student, donor, consignee, cashier, service advisor, acquiring bank, a
  company's legal name printed under a store's brand (Avenue Supermarts Ltd under D-Mart), the brand's dealer
  line under a pump's dealer (HP Dealer), Paytm for Business on the soundbox slip. *settled*: a stapled
  terminal or soundbox slip printing the same business in capitals (the dealer without its M/s) names the same
  payee; the truth is the title's spelling.
* amount: the sum paid: Grand Total / NET AMOUNT / Total Amount / Net Amount / Amount / Total, the slip's AMOUNT
  (the same sum). Never a subtotal, Taxable Value, MRP Total, CGST / SGST, a discount or savings, round off, cash
  tendered or change, Declared Value, a balance. *settled*: where only part is paid now (Advance Received (UPI),
  Advance … by GPay, a token's Advance, a job card's Amount Received after Less: Advance), the sum paid now is
  the amount, never the invoice's total or the balance due (heldout84); an UNPAID bill's amount is its total.
* date: the day of the bill (Invoice Date, Date, Bill Date, Booking Date, the pad's Date in pen, the till's
  Date line, the slip's DATE, which is the same day). Never Exp. Delivery / Delivery, Next visit / Report on /
  Review after, Next Service Due, Next due date, Next refill, a batch's expiry month. *settled*: a job card's
  Bill Date is the day paid (the page prints no due date, only Next Service Due, another event).
* payment_method: the way a line names: upi (Paid via UPI, UPI on the tender line, Advance Received (UPI), PAID
  by GPay / PhonePe / Paytm in India, Payment Mode UPI …, UPI SALE, the soundbox slip's UPI Ref No), card (CARD
  on the tender line, Card / Debit Card / Credit Card, a terminal slip's CARD NO), cash (CASH, Cash, Mode Cash);
  a hardware bill's Paytm QR sticker text and UPI handle are keywords for upi. *settled*: an UNPAID kachcha
  bill names no way: None.
* status: only where words state the outcome: success (a PAID or FEE RECEIVED stamp, APPROVED / TXN APPROVED /
  SUCCESS on a slip, Payment Received on the soundbox slip, Payment Status PAID), failed (DECLINED / TXN
  DECLINED, a CANCELLED stamp: a cancelled bill took no money, heldout93's convention), pending (Payment Pending
  on the soundbox slip). *settled*: "Paid via UPI", "PAID by GPay", "Paid by PhonePe" and "Paid Paytm" are ways
  to pay, not outcomes (README: a method's "Paid by Visa" states none): None without a stamp or slip; an
  ADVANCE stamp states none; an UNPAID stamp is pending (nothing paid yet, the bill still to be paid); a
  trust's round seal states none; "Received with thanks from" is a donor label, no outcome.
* transaction_id: at most one, the highest kind printed: a UPI reference (UPI Txn ID, UPI Ref No, UPI REF NO, a
  UPI Ref written in pen, UPI Transaction ID), then an RRN, then a bank's reference (Txn Ref No), then an
  approval code (Appr Code, APPR CODE), then a bill's own number (Invoice No., Bill No, Receipt No, Memo No,
  the pad's Bill No.). *settled*: an approval code beside the slip's RRN loses to the RRN (the ranks of
  heldout93 to heldout95); the soundbox slip's Order ID is Paytm's, printed only beside its UPI Ref No (never
  the id). Never an AWB number, a token number, a job card number, a KOT, a UHID, an admission number, GSTIN,
  FSSAI, a drug licence, an affiliation, registration, PAN or 80G approval number, TID, MID, BATCH, the slip's
  INVOICE, an FCC ID, a batch number, a vehicle or phone number, a PIN code, a card mask.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout96_families import (
    clinic,
    courier,
    donation,
    fee_receipt,
    fuel,
    gst_invoice,
    hardware,
    job_card,
    kachcha,
    photo,
    restaurant,
    till_slip,
    token,
)

SPLIT = "heldout96"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): printed pages in sans or serif
# faces, thermal slips in monospaced or narrow faces; ₹ is printed only in faces that draw it.
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
THERMAL_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("gst_invoice", gst_invoice, PAPER_FACES),
    ("till_slip", till_slip, THERMAL_FACES),
    ("restaurant", restaurant, THERMAL_FACES),
    ("fuel", fuel, THERMAL_FACES),
    ("kachcha", kachcha, PAPER_FACES),
    ("courier", courier, PAPER_FACES[3:] + THERMAL_FACES[:2]),
    ("clinic", clinic, PAPER_FACES),
    ("job_card", job_card, PAPER_FACES),
    ("hardware", hardware, PAPER_FACES),
    ("fee_receipt", fee_receipt, PAPER_FACES),
    ("token", token, PAPER_FACES),
    ("donation", donation, PAPER_FACES),
]


def make_heldout96_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout96 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n, draw=photo)

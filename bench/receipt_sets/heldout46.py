"""heldout46: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout46).

Families (8 receipts each), drawn away from heldout44 and heldout45, in rupees, dollars, pounds and euros: a Paytm
merchant QR payment screen (Paid Successfully / Payment Successful / Payment Failed / Payment Pending, big amount often
without paise, To / Paid to, From / Paid from a Paytm UPI bank, a UPI bank or the Paytm Wallet, UPI Ref No / UPI
Reference No., Order ID / Paytm Order ID, an unlabelled "10:42 PM, 3 Mar 2026" line, a dark screen in a share), an
HDFC NetBanking / OnlineSBI NEFT acknowledgement (Debit / From Account, Beneficiary / Payee Name, IFSC, Amount /
Transfer Amount / Amount (INR) in lakh grouping, UTR No. / UTR Number, Reference No. / Transaction Ref No, Remarks,
Transaction Date / Date & Time, outcome words in a share), a Reliance Digital / Croma tax invoice (GSTIN, Invoice No /
Inv. No., Invoice Date / Date, products with HSN and serial numbers, Instant Discount, Taxable Value, CGST / SGST 9%,
Invoice Value / Net Amount / TOTAL (INR), Tender / Payment Details: CARD / HDFC CC EMI / UPI / CASH, Appr Code /
Approval Code, RRN / UPI RRN), a Zepto / Blinkit order summary (Item total, Delivery fee FREE, Handling charge, Bill
total / To Pay / Grand total, Order ID, Paid via / Payment: UPI (GPay), Paytm UPI, a credit card, Cash on delivery,
Zepto Cash / Blinkit Money, Placed on / Order placed "Tue, 3 Mar'26, 7:41 PM", Deliver to), an LIC premium receipt
(Policy No., Plan / Term, Due / Mode "03/2026 / Yly", Premium, Late Fee, GST, Total Amount / Total Premium Paid /
Amount Received, Transaction ID / Txn. No., Receipt No., Payment Mode, Date of Payment / Receipt Date, "Premium
received with thanks" in a share), a Dutch Albert Heijn till (decimal commas, BONUS, TOTAAL / Totaal / TE BETALEN,
PINNEN / BETAALD MET PIN / CONTACTLOOS / CONTANT and TERUG, Klantticket, Autorisatiecode, Akkoord / Betaling geslaagd
in a share, BTW, "3 mrt 2026"), an Italian Esselunga documento commerciale (P.IVA, IVA column, TOTALE COMPLESSIVO, di
cui IVA, Pagamento elettronico / contante, Resto, Cod. Aut. / AUT., TRANSAZIONE / PAGAMENTO ESEGUITO in a share,
DOCUMENTO N., "03 MAR 2026"), a US Costco warehouse till (Member number, item numbers, SUBTOTAL, TAX, **** TOTAL, CHIP
Read, AUTH#: / APPROVAL CODE, Visa / Citi Visa / Debit tender, APPROVED - Purchase in a share, Whse / Trm / Trn), a Lyft
ride receipt (Pickup / Drop-off times, Lyft fare with miles, Service fee, Tip, a card or wallet line with the sum,
Total / Total charged, Payment processed / failed / pending in a share, Ride ID of 19 digits), a UK Trainline booking
e-mail (journey, Outward date, Ticket type, Railcard, Tickets, Booking fee, Total paid / Total / Amount paid, Booking /
Collection reference or Transaction ID, Paid with / Payment method, Order date / Purchased on), a Revolut / Wise card
payment screen in euros (the shop on top, "-€1 234.56", Transaction / Payment details, Status Completed / Payment complete / Declined /
Reverted / Pending in a share, Card / Paid with, Category, a lower-case hexadecimal Transaction ID / Reference) and a
RingGo / PayByPhone parking receipt in pounds (Payment successful / confirmed / failed in a share, Location code,
Vehicle, Duration, Parking, Convenience fee / Service charge, Total / Total cost / Amount charged, Payment card / Paid
with, Session ID / Transaction ref, Date / Paid on).
Faces: two thirds of the families are drawn in the faces the project installs besides DejaVu (``make system-deps``):
the Paytm screen in Noto Sans and FreeSans, the NEFT page in Noto Serif and FreeSerif, the Albert Heijn till in
Liberation Mono, the Esselunga till in FreeMono, the Costco till in Noto Sans Mono, the Lyft e-mail in Liberation Sans,
the Trainline e-mail in Liberation Serif and FreeSerif, the Revolut / Wise screen in Noto Sans and Liberation Sans; the
electronics invoice (DejaVu Sans Mono), the quick-commerce order (DejaVu Sans), the LIC receipt (DejaVu Serif) and the
parking app (DejaVu Sans) keep DejaVu. The rupee families print ₹ only in faces that hold it (``heldout14_values.rupee``:
Liberation and FreeFont print "Rs."); a face missing from the machine stops the set with its package named.
Degradations as heldout45 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens).

Truth conventions (heldout45's, with each family's specifics):

* amount: the amount paid, fees, taxes and rounding included, as "1234.50"; currency its ISO code. Paytm's big amount;
  the NEFT Amount; the invoice's Invoice Value / Net Amount / TOTAL after the discount (never Taxable Value); the
  order's Bill total / To Pay / Grand total (never Item total); LIC's Total Amount (never the Premium alone); the
  tills' TOTAAL / TOTALE COMPLESSIVO / **** TOTAL (never CONTANT given, TERUG, Resto, CHANGE, BTW, IVA or TAX); Lyft's
  Total (never the fare); Trainline's Total paid (never Tickets when a fee is added); the card app's amount without
  its minus; the parking Total (never Parking alone). For a failed or pending payment the amount attempted.
* date: the payment date, ISO, only where printed: Paytm's time-and-date line; the NEFT Transaction Date; the
  invoice's date; the order's Placed on; LIC's Date of Payment / Receipt Date (never the Due month); the tills' date
  line; Lyft's date line (never the pickup time); Trainline's Order date / Purchased on (never the Outward travel
  date); the card app's Date / Time; the parking Date / Paid on.
* payment_method: "UPI" (Paytm UPI, UPI - bank, UPI (GPay), UPI tender), "card" (CARD, HDFC CC EMI, Debit / Credit
  Card, PINNEN, BETAALD MET PIN, CONTACTLOOS, Pagamento elettronico, Visa / Debit on the Costco slip, a card with its
  last four, Virtual card), "wallet" (Paytm Wallet, Zepto Cash, Blinkit Money, Apple Pay, Google Pay, PayPal),
  "netbanking" (every NEFT page: its header names NetBanking / Internet Banking; LIC's Net Banking), "cash" (CASH,
  Cash on delivery, CONTANT, Pagamento contante); None where no method line is printed.
* status: only where words state the outcome. Success: Paid Successfully, Payment Successful, Transaction Successful,
  Your funds transfer request has been completed, Payment successful, Paid, Premium received with thanks, Akkoord,
  Betaling geslaagd, TRANSAZIONE ESEGUITA, PAGAMENTO ESEGUITO, APPROVED - Purchase, Approved, Payment processed,
  Completed, Payment complete, Payment confirmed. Failed: Payment Failed, Transaction Failed, Payment failed - please
  update your card, Declined, Reverted. Pending: Payment Pending, Transaction is in process, Request submitted -
  awaiting settlement, Payment pending, Pending. None otherwise (the invoice and Trainline never print one;
  "Your booking is confirmed" is the booking's state, not a payment outcome).
* transaction_id: as printed, the strongest printed: UPI Ref No / UTR / RRN > card approval (Appr Code / Approval Code,
  Autorisatiecode, Cod. Aut. / AUT., AUTH# / APPROVAL CODE) > transaction reference (LIC's Transaction ID / Txn. No.,
  the NEFT Reference No., the card app's Transaction ID / Reference in its lower case, the parking Session ID /
  Transaction ref, Trainline's Transaction ID) > order, ride, booking, invoice, receipt and document numbers (Paytm's
  Order ID, the invoice's Invoice No, the order's Order ID, LIC's Receipt No., DOCUMENTO N., Costco's Trn, Lyft's Ride
  ID, Trainline's Booking / Collection reference). Never a policy, member, account, IFSC, GSTIN, P.IVA, terminal,
  location, vehicle, item or serial number, a masked card or a UPI handle. None when none is printed.
* merchant_name: who was paid, as printed: the shop under To / Paid to (not Paytm), the NEFT beneficiary (not the
  bank), the store on top of the invoice, the app (Zepto / Blinkit), "Life Insurance Corporation of India", "Albert
  Heijn", "Esselunga", "COSTCO WHOLESALE", "Lyft" (printed as the "lyft" logo), "Trainline", the shop on top of the
  card app's screen (not Revolut / Wise), the parking app (RingGo / PayByPhone, not the council).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout46_families import (
    albert_heijn_till,
    card_app_payment,
    costco_till,
    electronics_invoice,
    esselunga_scontrino,
    lic_premium,
    lyft_ride,
    neft_acknowledgement,
    parking_app,
    paytm_qr_payment,
    quick_commerce_order,
    trainline_ticket,
)

SPLIT = "heldout46"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
DEJAVU_SANS = ["dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSansCondensed.ttf"]
DEJAVU_MONO = ["dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"]
DEJAVU_SERIF = ["dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerifCondensed.ttf"]
PAYTM_SANS = ["noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf", "freefont/FreeSans.ttf"]
NEFT_SERIF = ["noto/NotoSerif-Regular.ttf", "freefont/FreeSerif.ttf"]
LIBERATION_MONO = ["liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"]
FREE_MONO = ["freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf"]
NOTO_MONO = ["noto/NotoSansMono-Regular.ttf", "noto/NotoSansMono-Bold.ttf"]
LYFT_SANS = ["liberation2/LiberationSans-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf"]
TRAINLINE_SERIF = ["liberation2/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf"]
CARD_APP_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"]
FAMILIES: list[Family] = [
    ("paytm_qr_payment", paytm_qr_payment, PAYTM_SANS),
    ("neft_acknowledgement", neft_acknowledgement, NEFT_SERIF),
    ("electronics_invoice", electronics_invoice, DEJAVU_MONO),
    ("quick_commerce_order", quick_commerce_order, DEJAVU_SANS),
    ("lic_premium", lic_premium, DEJAVU_SERIF),
    ("albert_heijn_till", albert_heijn_till, LIBERATION_MONO),
    ("esselunga_scontrino", esselunga_scontrino, FREE_MONO),
    ("costco_till", costco_till, NOTO_MONO),
    ("lyft_ride", lyft_ride, LYFT_SANS),
    ("trainline_ticket", trainline_ticket, TRAINLINE_SERIF),
    ("card_app_payment", card_app_payment, CARD_APP_SANS),
    ("parking_app", parking_app, DEJAVU_SANS),
]


def make_heldout46_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout46 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

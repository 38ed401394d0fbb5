"""heldout51: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout51).

Families (8 receipts each), drawn away from heldout49 and heldout50, in rupees, euros, pounds, US and Singapore
dollars: a Tanishq / Kalyan Jewellers / Malabar Gold & Diamonds / CaratLane tax invoice (GSTIN, TAX INVOICE, Date /
Invoice Date / Bill Date day first, each piece's net weight at the day's gold rate and making charges, Taxable Value,
CGST 1.5% and SGST 1.5%, a discount on the making charges in a share, Net Amount Payable / Total Amount / Grand Total /
Amount Paid in lakh grouping, Payment Mode / Mode of Payment / Paid by, Invoice No. / Bill No., PAID in a share), a Dr
Lal PathLabs / Thyrocare / Metropolis Healthcare / Agilus Diagnostics bill (Patient Name, Age / Sex, Referred By, Bill
Date / Date / Receipt Date day first, tests, home collection charges, Gross Amount and a discount in a share, Net Amount
/ Amount Paid / Net Payable, Payment Mode / Mode of Payment / Paid By, Bill No. / Receipt No.), a piped-gas bill
payment on Indraprastha Gas / Mahanagar Gas / Gujarat Gas / Adani Total Gas's portal (an outcome in a share, BP
Number / CA Number / Consumer No., Due Date (never the day paid) in a share, Amount Paid / Payment Amount, Payment Mode
/ Paid via / Payment Method, Transaction ID / Transaction Reference No. / Payment Reference, Payment Date / Transaction
Date / Date & Time), an Urban Company / Housejoy home-service invoice (services, Visiting Charges, Taxes and Fee, Total
/ Total Amount Paid / Amount Paid / Grand Total, Payment Mode / Paid via / Paid using with UPI, a card, cash or Amazon
Pay Balance, Booking ID / Order ID / Invoice No., Invoice Date / Date / Paid on, Payment successful / Paid in a share),
an IKEA till in Germany, the UK, the US or India (SUMME / Zu zahlen, MwSt; TOTAL, VAT included; SUBTOTAL, SALES TAX,
TOTAL; Total / Net Amount, CGST and SGST; Girocard / Visa / Bar and Rückgeld, Visa Debit / Mastercard / CASH, VISA /
MASTERCARD / CASH, UPI / Card / Cash; Genehmigungs-Nr. / AUTH CODE / Approval Code with a card and Zahlung erfolgreich /
AUTHORISED / APPROVED in a share, else Bon-Nr. / Belegnummer / Receipt No. / Receipt # / Bill No.), a DECATHLON bill in
India, France or the UK (Total Amount / Net Amount, TOTAL TTC / Montant TTC with dont TVA 20 %, TOTAL; UPI / Card /
Cash, CB / ESPÈCES and Rendu, Card / Cash; Approval Code / Code autorisation / Auth Code with a card, else Bill No. /
Invoice No. / Ticket n° / Receipt number), an H&M / ZARA / UNIQLO till in the UK, Ireland, the US or India (garments
with their size, a member or student discount, Subtotal and Sales Tax in the US, TOTAL / Total / AMOUNT DUE, VAT or GST
included, VISA / MASTERCARD / CONTACTLESS / CASH or UPI / CARD / CASH, AUTH CODE / Auth code / APPROVAL CODE and
APPROVED in a share, else Receipt no. / Trans no. / Bill No.), a Best Buy (US) / Currys (UK) / MediaMarkt (Germany)
receipt (gadgets, a protection plan in a share, SUBTOTAL and SALES TAX, TOTAL / Total to pay / SUMME / Gesamtbetrag,
VAT or MwSt included, a card or cash, AUTH CODE / Auth code / Genehmigungs-Nr. and APPROVED / AUTHORISED / Zahlung
erfolgreich in a share, else Receipt # / Receipt No. / Beleg-Nr.), a FlixBus / Megabus / Greyhound trip receipt e-mail
(Booking number / Order number / Booking reference, the route, Departure (never the day paid), Passengers, fare, Seat
reservation / Service fee, Total / Total price / Amount paid, Paid with / Payment method with a card, PayPal, Apple Pay
or Google Pay, Booked on / Booking date / Payment date, Payment successful / Paid in a share), a Delhaize / Colruyt /
Spar ticket in Belgium in Dutch or French (BTW / TVA number, TOTAAL / Te betalen / TOTAL / À PAYER as "12,34 EUR" or
"€ 12,34", Bancontact / Maestro / Visa with a masked card or Contant / Espèces with Terug / Rendu, Ticketnr. /
Ticketnummer / N° ticket / Ticket n°, a loyalty line), an NTUC FairPrice / Cold Storage / Sheng Siong / Giant till in
Singapore dollars (GST Reg No, a date with the month named or year first, MEMBER SAVINGS, TOTAL / TOTAL AMOUNT / NETT
TOTAL as S$ or SGD, GST 9% incl., VISA / MASTERCARD / APPLE PAY with APPR CODE / APPROVAL CODE and APPROVED in a share,
or CASH and CHANGE, else Receipt No / Trans No, LinkPoints) and a bookshop till (Crossword / Sapna Book House in
rupees with books GST exempt and a member discount, Waterstones in pounds, Barnes & Noble in dollars with sales tax:
Net Amount / Total / TOTAL, UPI / Card / Contactless / VISA / AMEX / Cash, AUTH CODE / Auth code with a card abroad,
else Bill No. / Receipt No. / Receipt #).
Faces: every family is drawn, at least in part, in the faces the project installs besides DejaVu (``make
system-deps``: fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the
jewellery invoice in Noto Serif, Liberation Serif and FreeSerif, the lab bill in Liberation Sans, Noto Sans and DejaVu
Sans, the gas payment in Noto Sans, FreeSans and Liberation Sans Bold, the home-service invoice in Noto Sans,
Liberation Sans Narrow and DejaVu Sans, the IKEA till in Liberation Mono, Noto Sans Mono and FreeMono, the Decathlon
bill in Noto Sans Bold, FreeSans and Liberation Sans, the fashion till in FreeSans, Liberation Sans Narrow and Noto Sans
Mono, the electronics receipt in Noto Sans Mono Bold, FreeMono Bold and Liberation Mono Bold, the coach receipt in Noto
Sans, Liberation Sans and FreeSans Bold, the Belgian till in DejaVu Sans Mono, Liberation Mono and Noto Sans Mono, the
Singapore till in FreeMono, Noto Sans Mono Bold and Liberation Mono, the bookshop till in Liberation Serif, Noto Serif
and DejaVu Serif. The rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR);
a face missing from the machine stops the set with its package named, never a fallback.
Degradations as heldout50 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, making and collection charges included, discounts (a jeweller's off the
  making charges) and member savings taken off, as "1234.50"; currency its ISO code (a Singapore till's "S$" SGD, a Best Buy,
  Barnes & Noble, IKEA US, H&M / ZARA / UNIQLO US or Greyhound / FlixBus US "$" USD, each US page printing a state
  and ZIP or a US city). The tills' TOTAL / SUMME / TOTAAL / À PAYER / Net Amount (never a Subtotal, a tax line, a
  discount, the cash handed over or the change); the invoices' Net Amount Payable / Net Amount / Total (never the
  Taxable Value, the Gross Amount or a line); the gas payment's Amount Paid / Payment Amount; the trip's Total (never
  the fare line or a fee). For a failed or pending gas payment the amount attempted.
* date: the payment date, ISO, only where printed: the tills' date line, the invoices' and bills' Date / Invoice
  Date / Bill Date / Receipt Date (no page prints a due date beside them), the gas payment's Payment Date /
  Transaction Date / Date & Time (never the Due Date), the home-service Invoice Date / Date / Paid on, the trip's
  Booked on / Booking date / Payment date (never the Departure). Day first on Indian, UK, Irish, German, French and
  Belgian pages, month first on US pages; the Singapore tills print the month's name or the year first (never a
  numeric date that reads both ways).
* payment_method: "card" (a card scheme, Girocard, Visa Debit, CB, Bancontact or Maestro with a masked card, Card,
  Debit / Credit Card, CONTACTLESS, a card ending in digits), "wallet" (PayPal, Apple Pay, Google Pay on a page in
  euros, pounds or dollars, Amazon Pay Balance), "UPI", "netbanking" (Net Banking), "cash" (Cash, CASH, Bar,
  ESPÈCES, Espèces, Contant); None where no tender or method line is printed.
* status: only where words state the outcome. Success: PAID, Paid, Payment Successful / successful, Transaction
  Successful, Status Success, APPROVED, AUTHORISED, Zahlung erfolgreich. Failed: Payment Failed, Transaction Failed,
  Status Failed. Pending: Payment Pending, Status Pending. None otherwise (no page prints a thank-you sentence about
  the payment, and the advice and footer lines name no way to pay and no outcome).
* transaction_id: as printed; each receipt prints at most one: a card approval (AUTH CODE, Auth code, Approval Code,
  APPR CODE, APPROVAL CODE, Genehmigungs-Nr., Code autorisation), a reference (Transaction ID, Transaction Reference
  No., Payment Reference), or the document's own number (Invoice No., Bill No., Receipt No., Receipt #, Receipt no.,
  Trans no., Trans No, Bon-Nr., Belegnummer, Beleg-Nr., Ticketnr., Ticketnummer, N° ticket, Ticket n°, Receipt
  number, Booking ID, Order ID, Booking number, Order number, Booking reference). Never a GSTIN, USt-IdNr., BTW / TVA
  number, GST Reg No, BP / CA / Consumer number, a masked card, a store or till number. None when none is printed.
* merchant_name: who was paid, as printed on top: the jeweller, the lab chain, the gas company, the home-service
  company, "IKEA", "DECATHLON", the fashion chain, the electronics chain, the coach operator, the supermarket, the
  bookshop; no page names another party as payee (no marketplace, platform, seller or legal-entity line).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout51_families import (
    be_supermarket_till,
    bookshop_till,
    coach_ticket,
    decathlon_bill,
    electronics_receipt,
    fashion_till,
    home_service_invoice,
    ikea_till,
    jewellery_invoice,
    lab_test_bill,
    piped_gas_payment,
    sg_supermarket_till,
)

SPLIT = "heldout51"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
JEWELLERY_SERIF = ["noto/NotoSerif-Regular.ttf", "liberation2/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf"]
LAB_SANS = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf", "dejavu/DejaVuSans.ttf"]
GAS_SANS = ["noto/NotoSans-Regular.ttf", "freefont/FreeSans.ttf", "liberation2/LiberationSans-Bold.ttf"]
HOME_SANS = ["noto/NotoSans-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf", "dejavu/DejaVuSans.ttf"]
IKEA_MONO = ["liberation2/LiberationMono-Regular.ttf", "noto/NotoSansMono-Regular.ttf", "freefont/FreeMono.ttf"]
DECATHLON_SANS = ["noto/NotoSans-Bold.ttf", "freefont/FreeSans.ttf", "liberation2/LiberationSans-Regular.ttf"]
FASHION_FACES = ["freefont/FreeSans.ttf", "liberation/LiberationSansNarrow-Regular.ttf", "noto/NotoSansMono-Regular.ttf"]
ELECTRONICS_MONO = ["noto/NotoSansMono-Bold.ttf", "freefont/FreeMonoBold.ttf", "liberation2/LiberationMono-Bold.ttf"]
COACH_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSansBold.ttf"]
BE_TILL_MONO = ["dejavu/DejaVuSansMono.ttf", "liberation2/LiberationMono-Regular.ttf", "noto/NotoSansMono-Regular.ttf"]
SG_TILL_MONO = ["freefont/FreeMono.ttf", "noto/NotoSansMono-Bold.ttf", "liberation2/LiberationMono-Regular.ttf"]
BOOKSHOP_SERIF = ["liberation2/LiberationSerif-Regular.ttf", "noto/NotoSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf"]
FAMILIES: list[Family] = [
    ("jewellery_invoice", jewellery_invoice, JEWELLERY_SERIF),
    ("lab_test_bill", lab_test_bill, LAB_SANS),
    ("piped_gas_payment", piped_gas_payment, GAS_SANS),
    ("home_service_invoice", home_service_invoice, HOME_SANS),
    ("ikea_till", ikea_till, IKEA_MONO),
    ("decathlon_bill", decathlon_bill, DECATHLON_SANS),
    ("fashion_till", fashion_till, FASHION_FACES),
    ("electronics_receipt", electronics_receipt, ELECTRONICS_MONO),
    ("coach_ticket", coach_ticket, COACH_SANS),
    ("be_supermarket_till", be_supermarket_till, BE_TILL_MONO),
    ("sg_supermarket_till", sg_supermarket_till, SG_TILL_MONO),
    ("bookshop_till", bookshop_till, BOOKSHOP_SERIF),
]


def make_heldout51_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout51 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

"""heldout35: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout35).

Families (8 receipts each), ordinary payment documents a marketplace's users upload that earlier sets drew least:
an Indian shop's card-terminal charge slip (Pine Labs / Ingenico / Paytm EDC / HDFC Bank POS; shop and city, MID,
TID, BATCH NO, INVOICE NO / INV NO / BILL NO, DATE and TIME, SALE, the card network with the masked number, ENTRY
CHIP / CONTACTLESS / SWIPE, RRN / REF NO, APPR CODE / AUTH CODE, AMOUNT / BASE AMOUNT / TOTAL AMT, APPROVED /
DECLINED with a response code, CUSTOMER COPY), an Indian supermarket till (DMart, Reliance SMART, More, Star Bazaar,
Spencer's; GSTIN, Bill No / Inv No / Receipt No, date, counter and cashier, items with quantities, Total Qty, MRP
Total and You Saved, Net Amt / NET AMOUNT / Net Payable / Bill Amount, Tender: CASH / CARD / UPI with the cash
handed over and Change / Bal Returned, CGST and SGST, customer care number), an LPG-cylinder or broadband bill paid
in an Indian bank app (HDFC / ICICI iMobile / SBI YONO / Axis; Indane, HP Gas, Bharatgas, ACT Fibernet, Airtel
Xstream, Hathway; big amount, status words, LPG ID / Consumer No / User ID / Account No, Bill Amount, Due Date,
Debited from / Paid from, Transaction Ref No / Reference No / Bank Ref No / Txn ID, BBPS Ref ID / B-Connect Txn ID,
date, Available Balance), an Indian hospital or clinic OPD receipt (Receipt No / Bill No / Rcpt No., UHID / MRN /
Reg. No, patient, consultant, Token No, Consultation Fee, Registration Charges, a test, Gross Amount, Discount, Net
Amount / Amount Received / Total Paid / Net Payable, Payment Mode, Date / Bill Date / Visit Date, Valid till), a US
big-box till (Walmart, Target, Costco, Home Depot; phone, ST# OP# TE#, items with UPC digits and tax flags,
SUBTOTAL, TAX 1, TOTAL, VISA / DEBIT TEND and ACCOUNT #, APPROVAL # / APPR CODE / AUTH #, REF # / REFERENCE #,
TERMINAL #, APPROVED, or CASH TEND and CHANGE DUE, date line, TC# / TRANS ID / RECEIPT #, items sold), a Canadian
or Australian shop receipt (Tim Hortons, Shoppers Drug Mart, Canadian Tire, London Drugs, Loblaws; Woolworths,
Coles, Bunnings, Chemist Warehouse, JB Hi-Fi; ABN, items, Subtotal, HST / GST / PST, TOTAL with C$ / A$ / "CAD $"
/ "AUD" or "TOTAL CAD" / "TOTAL AUD" over a bare "$", Includes GST, Interac Debit / EFTPOS / VISA / Mastercard or
Cash with Change, Auth # / Approval Code / AUTH NO, APPROVED, Trans # / Receipt No / Txn, date, GST/HST Reg #), a
UK transit receipt (TfL Oyster top-up at a station: Oyster card no., Previous balance, Top-up / Pay as you go added
/ Amount, New balance; or a Northern / Stagecoach / Southern ticket machine: Ticket, Travel date, Total / Amount /
Total charged; Paid by / Payment / Card type, Auth code / AUTH, APPROVED / Payment accepted / DECLINED / Card
declined, Transaction no. / Trans. No / Receipt no., Machine, date line), an eBay or Etsy order receipt e-mail
(seller or shop, Order number / Order # / Order no., item, Item number, Item total / Subtotal, Shop discount,
Postage / Shipping, Sales tax, Order total / Total / Total paid in $ or £, Paid with / Payment method, Order date /
Paid on / Date paid, Estimated delivery), an airline e-ticket or payment receipt (Ryanair, easyJet, Air India,
Lufthansa, Delta, Vistara; Booking reference / PNR / Confirmation code, Ticket number, route and flight, Departure,
Base fare, Taxes, a seat or bag, Total amount / Amount charged / Total paid / Grand Total in the airline's currency,
Payment successful / confirmed / declined / unsuccessful / pending, Form of payment, Payment reference /
Transaction ID, Date of issue / Payment date / Booking date), a Zelle (in a bank app) or Cash App payment screen
(To the payee, big dollar amount, Completed / Payment sent / Sent / Payment completed, Failed / Payment failed /
Payment declined, Pending / Processing, Sent to phone or e-mail or the $cashtag, From / Payment source / Paid with,
Memo, Date / Sent on / Date sent, Confirmation / Confirmation number / Transaction number or Identifier /
Transaction ID, Expected by, Available balance), a charity donation receipt (British Red Cross, Oxfam GB, Cancer
Research UK with Gift Aid; American Red Cross, St. Jude with EIN / Tax ID; Akshaya Patra, CRY with PAN and 80G;
Receipt number / Receipt No / Donation ID, Donation amount / Amount donated / Gift amount, Gift Aid reclaimed,
Frequency, Payment method, Transaction ID / Payment reference, Date of donation / Donation date / Date received) and
a European mobile-wallet payment screen in euros (Bizum in Spanish, Satispay in Italian, Lydia in French; payee,
big "-" amount, Enviado / Pago realizado / Rechazado / Operación fallida / Pendiente, Pagamento riuscito /
Completato / Pagamento non riuscito / Rifiutato / In attesa, Paiement effectué / Payé / Paiement refusé / Échec du
paiement / En attente; Teléfono, Concepto / Messaggio / Motif, Referencia / Nº operación / ID transazione / Codice
operazione / Référence / N° de transaction, Fecha / Data / Data e ora / Le, Saldo disponible / Budget disponibile
/ Solde). Faces are ones earlier sets drew least: FreeMono Bold Oblique, Liberation Mono Italic (liberation),
Liberation Mono Bold Italic (liberation2) and DejaVu Sans Mono Bold Oblique for slips and tills; DejaVu Sans
ExtraLight, Liberation Sans Italic (liberation), Noto Sans Italic, Noto Sans Display Italic and Noto Sans Display
Bold for screens and e-mails; Liberation Serif Italic (liberation2 and liberation), Noto Serif Italic, Noto Serif
Display Italic and DejaVu Serif Condensed Italic for receipts and e-mails. Liberation and FreeFont faces print "Rs."
for the rupee (no ₹ glyph); no layout prints ●, • or →. Each receipt is drawn clean and degraded with heldout14's
steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; app screens are always
photographed off the display; then JPEG q20–60).

Truth conventions (heldout34's, with each family's specifics):

* amount: the amount paid on this document (taxes, fees included, discounts off; for a failed or pending payment the
  amount attempted), as "1234.50"; currency its ISO code ("₹"/"Rs."/"INR" INR, "$"/"USD" USD, "€"/"EUR" EUR,
  "£"/"GBP" GBP, "C$"/"CAD" CAD, "A$"/"AUD" AUD). A terminal slip's AMOUNT / BASE AMOUNT / TOTAL AMT; a till's Net
  Amt / NET AMOUNT / Net Payable / Bill Amount (never the MRP Total, You Saved, cash tendered, change or GST lines);
  a bank app's big amount (equal to any Bill Amount printed; never the Available Balance); an OPD receipt's Net
  Amount / Amount Received / Total Paid / Net Payable (never a charge line or the Gross Amount); a big-box TOTAL
  (never SUBTOTAL, TAX, CASH TEND or CHANGE DUE); a Canadian / Australian TOTAL (never Subtotal, HST / GST, Includes
  GST, cash or change); an Oyster Top-up / Pay as you go added / Amount (never the Previous or New balance) or a
  ticket machine's Total; an eBay / Etsy Order total (never Item total, discount, postage or tax); an airline's Total
  amount / Amount charged / Total paid / Grand Total (never the fare, taxes or extras); a Zelle / Cash App big
  amount (never the Available balance); a Donation amount (never the Gift Aid reclaimed); a wallet screen's big
  amount without its minus (never the balance).
* date: the payment date, ISO, only where printed as it: a slip's DATE, a till's Date / date line, a bank app's Date
  & Time / Paid on / Date (never the Due Date), an OPD Date / Bill Date / Visit Date (never Valid till), a big-box or
  Canadian / Australian date line, a transit receipt's date line (never the Travel date), an Order date / Paid on /
  Date paid (never Estimated delivery), an airline's Date of issue / Payment date / Booking date (never Departure), a
  Zelle / Cash App Date / Sent on / Date sent (never Expected by), a Date of donation / Donation date / Date
  received, a wallet's Fecha / Data / Data e ora / Le / Date. None when only those other dates are printed; formats
  include dd/mm/yyyy, dd-mm-yyyy, dd-Mon-yyyy, dd-Mon-yy, dd.mm.yy, dd.mm.yyyy, dd/mm/yy, "05 Mar 2025", "5 March
  2025", "Mar 5, 2025", "March 5, 2025", mm/dd/yyyy, mm/dd/yy, mm-dd-yy, yyyy-mm-dd, "5 Mar 2025".
* payment_method: "card" (every terminal slip; CARD, Card, Debit Card, Credit Card XX1234, VISA / MASTERCARD /
  DISCOVER / AMEX / DEBIT TEND, Interac Debit, EFTPOS, Visa contactless, Visa ending / Mastercard ****, Visa Debit,
  Cash Card), "cash" (CASH, Cash, CASH TEND), "UPI" (UPI, PAYTM UPI), "netbanking" (a bank account: A/c XXXXXX1234,
  Savings A/c, a Zelle checking account, Net Banking, Direct Debit), "wallet" (Apple Pay, Google Pay, PayPal, Cash
  balance, and every Bizum / Satispay / Lydia screen); None when no mode is printed (a bank app, OPD receipt, transit
  receipt, e-mail, airline receipt, Zelle / Cash App screen or donation receipt that leaves it off). A till, big-box
  or Canadian / Australian receipt always prints its tender.
* status: only where words state it. Success: "APPROVED", "TXN APPROVED", "00 - APPROVED - THANK YOU", "Payment
  accepted", "Payment Successful", "Bill paid successfully", "Transaction Successful", "Payment successful",
  "Payment confirmed", "Completed", "Payment sent", "Sent", "Payment completed", "Enviado", "Pago realizado",
  "Pagamento riuscito", "Completato", "Paiement effectué", "Payé". Failed: "DECLINED", "TXN DECLINED", "Card
  declined", "Payment Failed", "Transaction Failed", "Payment declined", "Payment unsuccessful", "Failed", "Payment
  failed", "Rechazado", "Operación fallida", "Pagamento non riuscito", "Rifiutato", "Paiement refusé", "Échec du
  paiement". Pending: "Payment Pending", "Transaction under process", "Payment pending", "Pending", "Processing",
  "Pendiente", "In attesa", "En attente". None otherwise: supermarket tills, OPD receipts, eBay / Etsy e-mails and
  donation receipts carry no outcome words, nor does a slip, till or transit receipt that prints no verdict; a cash
  transit purchase prints none.
* transaction_id: as printed, the strongest kind printed: UPI reference (a bank app's Transaction Ref No when paid by
  UPI) > card approval (APPR CODE / AUTH CODE, APPROVAL # / AUTH #, Auth # / Approval Code / AUTH NO, Auth code /
  AUTH) > payment / transaction reference (RRN / REF NO, a bank app's Transaction Ref No / Reference No / Bank Ref No
  / Txn ID, else its BBPS Ref ID / B-Connect Txn ID; a big-box REF # / REFERENCE #; an airline's Payment reference /
  Transaction ID; a Zelle Confirmation / Confirmation number / Transaction number; a Cash App Identifier /
  Transaction ID with its "#"; a donation's Transaction ID / Payment reference; a wallet's Referencia / Nº operación
  / ID transazione / Codice operazione / Référence / N° de transaction) > receipt / order / booking numbers (a slip's
  INVOICE NO / INV NO / BILL NO, a till's Bill No / Inv No / Receipt No, an OPD Receipt No / Bill No / Rcpt No., a
  big-box TC# / TRANS ID / RECEIPT # with its spaces, a Trans # / Receipt No / Txn, a transit Transaction no. /
  Trans. No / Receipt no., an eBay / Etsy Order number, an airline Booking reference / PNR / Confirmation code, a
  donation Receipt number / Receipt No / Donation ID). Never MID, TID, BATCH NO, a card or account ending, GSTIN,
  counter / cashier, LPG ID / Consumer No / User ID / Account No, UHID / MRN / Reg. No, Token No, ST# / OP# / TE#,
  TERMINAL #, UPC digits, ABN, GST/HST Reg #, Oyster card no., Machine, eBay Item number, airline Ticket number or
  flight number, phone numbers, EIN / Tax ID / PAN / charity number / 80G Reg. No. None when none is printed (a
  declined slip prints no approval; a failed bank-app, Zelle / Cash App, airline or wallet payment prints no
  reference).
* merchant_name: the payee as printed: the shop at a slip's top (not Pine Labs / Ingenico / the bank), the
  supermarket, the biller in a bank app (not the bank), the hospital or clinic (not the doctor), the big-box store,
  the Canadian / Australian shop, the transit operator ("Transport for London" / "TfL" / Northern / Stagecoach /
  Southern, not the station), "eBay" or "Etsy" (not the seller), the airline, the Zelle / Cash App payee (not Zelle /
  Cash App), the charity, the wallet screen's payee (not Bizum / Satispay / Lydia).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout35_families import (
    airline_payment_receipt,
    bank_app_bill_in,
    ca_au_receipt,
    donation_receipt,
    eu_wallet_payment,
    marketplace_order_email,
    opd_receipt_in,
    p2p_us_screen,
    pos_terminal_slip_in,
    supermarket_till_in,
    uk_transit_receipt,
    us_bigbox_till,
)

SPLIT = "heldout35"

MONO = [
    "freefont/FreeMonoBoldOblique.ttf",
    "liberation/LiberationMono-Italic.ttf",
    "liberation2/LiberationMono-BoldItalic.ttf",
    "dejavu/DejaVuSansMono-BoldOblique.ttf",
]
SANS = [
    "dejavu/DejaVuSans-ExtraLight.ttf",
    "liberation/LiberationSans-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
    "noto/NotoSansDisplay-Bold.ttf",
]
SERIF = [
    "liberation2/LiberationSerif-Italic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
]

FAMILIES: list[Family] = [
    ("pos_terminal_slip_in", pos_terminal_slip_in, MONO),
    ("supermarket_till_in", supermarket_till_in, MONO),
    ("bank_app_bill_in", bank_app_bill_in, SANS),
    ("opd_receipt_in", opd_receipt_in, SERIF + SANS[1:2]),
    ("us_bigbox_till", us_bigbox_till, MONO),
    ("ca_au_receipt", ca_au_receipt, MONO + SANS[2:3]),
    ("uk_transit_receipt", uk_transit_receipt, MONO + SANS[3:4]),
    ("marketplace_order_email", marketplace_order_email, SANS + SERIF[2:3]),
    ("airline_payment_receipt", airline_payment_receipt, SERIF + SANS[4:5]),
    ("p2p_us_screen", p2p_us_screen, SANS),
    ("donation_receipt", donation_receipt, SERIF),
    ("eu_wallet_payment", eu_wallet_payment, SANS),
]


def make_heldout35_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout35 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

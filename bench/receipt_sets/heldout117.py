"""heldout117: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a third random day's proofs of payment for one order each, as a seller in a smaller
Indian town receives them in 2026: mostly UPI (PhonePe, Google Pay, Paytm, BHIM and the public-sector banks' apps
SBI YONO, Bank of Baroda's bob World, Canara ai1, PNB ONE, Union Bank Vyom, Indian Bank IndOASIS, Central Bank Cent
Mobile) screenshotted on budget Android phones, cropped or photographed off another phone's screen; bank SMS
alerts from public-sector banks; Bharat BillPay receipts; an India Post Payments Bank receipt; a co-operative
bank's NEFT slip; a kirana shop's printed bill marked PAID by UPI; a courier's COD remittance. One payment per
page, no lists or threads.

* ``upi_app``: a UPI app's result screen (PhonePe, Google Pay, Paytm, BHIM, twice each; dark on some) under a
  phone's status bar (clock, 4G / 5G / LTE / Vo LTE, signal bars, battery) and app bar, a navigation bar (three
  keys or a gesture pill) at the bottom on seven: the outcome (Payment Successful, Paid successfully, Money sent,
  Payment done, Sent successfully …, a tick on some), the sum, Paid to / To / Sent to / Paid to: (Paying to /
  Payment to on a failure or a wait) and the payee, its handle (bare, "UPI ID: …", "VPA: …"), Transaction details
  / Payment details (UPI Ref No, UPI Reference No., UTR, UTR No, UPI Transaction ID, RRN, UPI Ref. No., Bank
  Reference No; PhonePe's Transaction ID T…, Google transaction ID CICAgO…, Paytm's Order ID on some), Date & Time
  / Paid on / Transaction Date / Txn Date & Time / On / Date, Debited from / From / Bank account / Paid from A/c,
  a Note on some, an offer on some successes, buttons; a failed and a pending one.
* ``upi_bank``: the same screens in SBI YONO, bob World, Canara ai1, PNB ONE, Union Bank Vyom, IndOASIS, Cent
  Mobile and YONO again, a notification banner (WhatsApp, Messages, Instagram, Truecaller …, no fact) dropped over
  the status and app bars on four, the navigation bar; a failed and a pending one.
* ``upi_cropped``: screens of Google Pay, PhonePe, Canara ai1, Paytm, PNB ONE, IndOASIS, BHIM and Union Bank Vyom
  cropped by the buyer: at the top on two (the app's name gone; on one the outcome too), at the bottom on two (the
  day and the account gone; on one the reference too); a failed and a pending one.
* ``upi_photo``: a UPI screen (PhonePe, Cent Mobile, Google Pay, bob World, Paytm, YONO, BHIM, PNB ONE)
  photographed with a second phone: the handset's black bezel with rounded corners and its camera dot on a table,
  the status and navigation bars inside; a banner on one; a failed and a pending one.
* ``bank_transfer``: a public-sector bank app's IMPS (five) or NEFT (three) transfer to the seller's account (YONO
  SBI, PNB ONE, Canara ai1, Union Bank Vyom, IndOASIS, Cent Mobile, bob World, BOI Mobile): the outcome ("IMPS
  transaction successful", Funds transferred successfully, Transaction completed; Transaction failed; Transaction
  in process, Sent to beneficiary bank), the sum, Beneficiary Name / Payee Name / Transferred to / Beneficiary, the
  account masked, IFSC, Mode / Transfer Mode / Payment Mode / Txn Type, IMPS Ref No / RRN / Reference No. / IMPS
  Ref. No. or UTR / UTR No. / NEFT UTR / UTR Number, the day, the account debited, Remarks, the balance after on
  some; a failed and a pending one.
* ``bank_sms``: one debit alert from a public-sector bank in a messages app: SBI "Dear UPI user A/C X1234 debited
  by 250.0 on date 12Mar26 trf to <NAME> Refno …" (no currency mark), PNB "debited INR X on … for UPI to <NAME>"
  (no reference), Bank of Baroda "Rs.X debited from A/c ...1234 to <NAME> via UPI on … UPI Ref …", Canara "An
  amount of INR X has been DEBITED … towards UPI/P2M/<ref>/<NAME>", Union Bank's failure naming the payee, Indian
  Bank's with no day, Central Bank's "is under process" naming only the handle, Bank of India's IMPS with no
  reference; the balance after on some.
* ``bbps_power``: an electricity bill paid through Bharat BillPay in an agent app (PhonePe, Paytm, Google Pay,
  BHIM, YONO, bob World, PNB ONE, Canara ai1; a phone or a crop): the board (MSEDCL, UPPCL, TNPDCL, BESCOM, JVVNL,
  PSPCL, WBSEDCL, MPMKVVCL) under Biller / Biller Name / Paid to / Operator, Consumer Number / Consumer No. / CA
  Number / Service Connection No, the consumer's name, a Due Date on some (only beside the day paid), Bill Amount
  with a Convenience / Platform Fee / CCF and Total Amount / Total Paid / Amount Debited on some, Payment Mode /
  Paid via / Paid using (UPI, Paytm Wallet, Debit Card, Net Banking), BBPS Ref No / Bharat BillPay Ref / B-Connect
  Txn ID / BBPS Txn Ref No and a UPI Ref No / UTR / UPI Ref on some, the day, the outcome on top or in a status row;
  a failed and a pending one.
* ``bbps_recharge``: a prepaid mobile recharge (Jio, Airtel, Vi, BSNL) or DTH recharge (Tata Play, Airtel Digital
  TV, Dish TV, Sun Direct) through Bharat BillPay: the operator under Operator / Biller / Paid to / Biller Name,
  the mobile number or Subscriber ID / Customer ID / VC Number / Smart Card Number, a plan and its validity in
  days on some, Recharge Amount / Amount Paid with a fee and a total on some, the way paid, the references as
  above, the day, the outcome; a failed and a pending one.
* ``ippb_receipt``: an India Post Payments Bank receipt printed at a post office (S.O. / H.O. / B.O.) or by the
  postman's device: FUND TRANSFER RECEIPT / IMPS TRANSACTION SLIP / CUSTOMER RECEIPT, DATE / TXN DATE and TIME, TXN
  TYPE / SERVICE IMPS, REMITTER / CUSTOMER (the buyer), BENEFICIARY NAME / PAYEE NAME / BENE NAME, its account,
  IFSC, IMPS REF NO / RRN / UTR and the IPPB TXN ID / TRANSACTION ID on some, AMOUNT / TXN AMOUNT / AMT, STATUS
  SUCCESS / FAILED / DECLINED / PENDING / IN PROCESS, AGENT ID / POSTMAN ID, the helpline 155299; a failed and a
  pending one.
* ``coop_neft_slip``: a co-operative bank's NEFT acknowledgement from the branch (Sangli Urban, Rajkot Nagarik,
  Kalupur Commercial, Jalgaon Janata, Kangra, Nagar Urban, Mehsana Urban, Varachha): DATE, REMITTER (the buyer)
  and its account, BENEFICIARY NAME / BENE NAME / NAME OF BENEFICIARY, its account, IFSC, MODE NEFT, AMOUNT /
  AMOUNT (RS.) / AMT and the sum in words, a COMMISSION / CHARGES on some successes (no total), UTR / UTR NO / NEFT
  UTR NO, STATUS PROCESSED / CREDITED TO BENE / RETURNED / REJECTED - INVALID A/C / PENDING / QUEUED FOR
  SETTLEMENT, TELLER / USER ID; a failed and a pending one.
* ``kirana_bill``: a kirana shop's printed cash memo (printed faces only, no handwriting): the shop in capitals on
  top, its bazaar and town, Prop. and a mobile number, a GSTIN on some, CASH MEMO / BILL / ESTIMATE / BILL, Bill
  No. / Memo No / Bill #, Date / Dt. with an hour on some, the items (quantity, price), Total / Net Amount / Grand
  Total / Total Rs., the paid line "PAID - UPI" / "** PAID BY UPI **" / "PAID via <app> (UPI)", a UPI Ref No / UTR
  on some; a failed one ("UPI PAYMENT FAILED", "UPI TXN FAILED - NOT RECEIVED") and a pending one ("PAYMENT
  PENDING - UPI", "UPI PAYMENT PENDING").
* ``cod_remittance``: a courier's cash-on-delivery remittance to the seller for one order (Delhivery, Ecom Express,
  Xpressbees, Shadowfax, DTDC, Shiprocket, India Post, Blue Dart) on its seller panel in a browser or in an e-mail:
  Remittance ID / Remittance No., Remittance Date / Remitted on, Beneficiary Name / Account Name (the seller), the
  account and IFSC, the AWB No. with its Delivered on day and COD Amount, Less: COD charges & freight, Net Amount
  Remitted / Net Payable / Amount Remitted / Net Amount, Mode / Payment Mode NEFT or IMPS, UTR / UTR No. / Bank Ref
  (UTR) when remitted, Status Remitted / Credited / Failed - bank account details invalid / Scheduled / In process;
  a failed and a pending one.

Outcomes: one failed and one pending in every family. Absent fields: each family leaves the id out on one or two
pages (nothing of any id family is printed there: no reference, no app's, bank's, wallet's or IPPB's id, no
order, bill, memo or remittance number) and the day on one (no date anywhere on that page: an SMS divider says
Today or Yesterday, an e-mail's header gives an hour only, a slip prints only its TIME, no due, validity or
delivered day); ``upi_cropped`` loses besides the day on its two bottom crops, the reference on one of them and the
outcome on one top crop. Sums: rupees as ₹ (only in faces that draw it), Rs., Rs, RS., INR or no mark (SBI's SMS,
a slip's bare AMOUNT, a kirana bill's bare total), lakh grouping mostly and western on some, whole rupees on a
share of app screens and on recharges. Days: 05 Mar 2026, 5 Mar 2026, 05-03-2026, 05/03/2026, 5 March 2026,
05-Mar-2026, 05.03.2026, Thu, 5 Mar 2026, Mar 5, 2026 and 05 Mar, 2026, with an hour on most pages; 05-03-26,
05/03/26, 05Mar26 and 05-Mar-26 in SMS alerts; DD/MM/YYYY, DD-MM-YYYY, DD-MON-YYYY, DD/MM/YY and DD.MM.YYYY on
slips and bills. Faces: Noto Sans and Sans Display, DejaVu Sans and Sans Condensed, Liberation Sans, FreeSans for
screens, pages and e-mails; DejaVu Sans Mono, Liberation Mono, FreeMono, Noto Sans Mono for the two slips; DejaVu
Serif, Liberation Serif, FreeSerif, Noto Serif and two monospace faces for the kirana bill; every text checked
glyph by glyph. Frames are heldout106's (``heldout106_families.compose``) with this set's marks on a phone
(``heldout117_families.compose``): a navigation bar, a notification banner over the status and app bars, the bezel
of the phone photographed; the rows alone (a crop, a slip, a bill), a messages app, an e-mail client, a browser.
Degraded copies by ``heldout14_render.degrade``: every screen is photographed off the display; the IPPB receipt,
the co-operative slip and the kirana bill are paper.

Truth conventions (README "Receipt fields"; heldout116's, heldout115's, heldout114's, heldout113's, heldout108's
and heldout106's where the README is silent; those this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a UPI screen's large sum, a transfer's
  Amount, an alert's sum debited, a slip's AMOUNT; where a fee is added (a Bharat BillPay convenience or platform
  fee) the Total Amount / Total Paid / Amount Debited (heldout113, heldout114); a NEFT slip's Amount, never its
  Commission (heldout114); a COD remittance's Net Amount Remitted / Net Payable, never the COD Amount of the AWB or
  the charges (heldout108), on a failed or pending remittance too. Never a balance after paying, an offer, a fee,
  a plan's validity, an item. *settled*: a kirana bill's amount is its Total / Net Amount / Grand Total, never an
  item's price; SBI's "debited by 250.0" is the sum though it prints no mark.
* currency: INR on every page.
* status: the outcome as printed: the outcome line, a Status / Payment Status / Transaction Status / STATUS row,
  an alert's sentence (debited: success; has failed: failed; is under process: pending). A failed page's refund
  "if debited" leaves it failed; "please do not pay again" leaves a pending page pending (heldout106, heldout113);
  a top crop that cut the outcome line states none (None, heldout113); "Sent to beneficiary bank" is pending
  (heldout115); "Returned" is failed (README); a COD remittance's Remitted / Credited is a success, Failed - bank
  account details invalid a failure, Scheduled / In process pending (heldout108). *settled*: a kirana bill's
  "PAID - UPI" / "** PAID BY UPI **" / "PAID via <app> (UPI)" is a success, "UPI PAYMENT FAILED" / "UPI TXN FAILED
  - NOT RECEIVED" a failure, "PAYMENT PENDING - UPI" pending; a slip's "CREDITED TO BENE" and "PROCESSED" are
  successes, "REJECTED - INVALID A/C" a failure, "QUEUED FOR SETTLEMENT" pending; "Transaction completed", "Recharge
  done" and "Bill paid successfully" are successes.
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy. Never an SMS divider's Today /
  Yesterday or a weekday (the divider's day, where printed, is the alert's own), an e-mail header's sent hour, the
  status bar's clock, a bill's Due Date (printed only beside the day paid), a COD AWB's Delivered on (heldout108:
  the Remittance Date is the payment's). *settled*: a notification banner over the top prints no day; a kirana
  bill's Date is the day paid (it is marked PAID on the spot); an IPPB or co-operative slip's DATE / TXN DATE is
  the transfer's day.
* merchant_name: the payee as printed: after Paid to / To / Sent to / Paying to / Payment to (on its line or over
  it), under Beneficiary Name / Payee Name / Beneficiary / Transferred to / BENE NAME / NAME OF BENEFICIARY, an
  SMS's "trf to <NAME>", "for UPI to <NAME>", "to <NAME> via UPI", "for IMPS to <NAME>", "to <NAME> on", a
  narration's last part "UPI/P2M/<ref>/<NAME>" (truncated as printed); the biller or operator under Biller / Biller
  Name / Paid to / Operator; the shop on top of a kirana bill; a COD remittance's Beneficiary Name / Account Name
  (the seller, heldout108: the courier passes the buyers' money on). Never the app, bank, post office, courier
  (but as a remittance's payee it is not), Bharat BillPay, the payer (Remitter, Customer, Consumer Name, From),
  the shop's proprietor, a handle: an alert that names the payee only by its handle has None (heldout106).
* payment_method: "UPI" on every UPI page (a handle, a UPI reference), a UPI alert, a Bharat BillPay payment paid by
  UPI, a kirana bill PAID by UPI (on its failed and pending copies too: the way tried); "netbanking" for an IMPS or
  NEFT transfer (a bank app's, an IMPS alert's, an IPPB IMPS receipt, a co-operative bank's NEFT slip, a COD
  remittance by NEFT / IMPS, heldout108) and Net Banking under Payment Mode; "card" for a Debit Card under Payment
  Mode; "wallet" for a Bharat BillPay payment from a Wallet. The buyer's bank account under Debited from / From on a
  UPI page names no card (heldout115).
* transaction_id: at most one, as printed, the highest family printed (README): a UPI reference, UTR, RRN, IMPS Ref
  No or an alert's Refno / UPI Ref / Ref no / narration reference (twelve digits) and a NEFT UTR, then a bank's
  reference (BBPS Ref No, Bharat BillPay Ref, B-Connect Txn ID, BBPS Txn Ref No), then a transaction id (the app's
  own id, PhonePe's Transaction ID, Google transaction ID, the IPPB TXN ID), then an order's number (Paytm's Order
  ID), then a document's own (a kirana Bill No. / Memo No / Bill #). *settled*: a COD remittance's Remittance ID /
  Remittance No. stands where no UTR is printed (heldout108) and loses to the UTR beside it; a kirana bill's Bill
  No. loses to the UPI Ref No printed under its PAID line. Never an account, consumer, CA, service connection,
  mobile, subscriber, VC or smart card number, an AWB, an agent's or postman's id, a teller, IFSC, GSTIN, a handle,
  a helpline.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout117_families import (
    bank_sms,
    bank_transfer,
    bbps_power,
    bbps_recharge,
    cod_remittance,
    compose,
    coop_neft_slip,
    fresh,
    ippb_receipt,
    kirana_bill,
    upi_app,
    upi_bank,
    upi_cropped,
    upi_photo,
)

SPLIT = "heldout117"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); ₹, • and the ticks are printed only
# in faces that draw them, and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
BILL_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("upi_app", upi_app, SCREEN_FACES),
    ("upi_bank", upi_bank, SCREEN_FACES),
    ("upi_cropped", upi_cropped, SCREEN_FACES),
    ("upi_photo", upi_photo, SCREEN_FACES),
    ("bank_transfer", bank_transfer, SCREEN_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("bbps_power", bbps_power, SCREEN_FACES),
    ("bbps_recharge", bbps_recharge, SCREEN_FACES),
    ("ippb_receipt", ippb_receipt, SLIP_FACES),
    ("coop_neft_slip", coop_neft_slip, SLIP_FACES),
    ("kirana_bill", kirana_bill, BILL_FACES),
    ("cod_remittance", cod_remittance, SCREEN_FACES),
]


def make_heldout117_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout117 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

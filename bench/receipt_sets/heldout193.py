"""heldout193: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a marble and granite processing unit's day in 2026 (Sangemarmar Stone Industries Pvt Ltd,
its gang-saw unit in the RIICO Marble Area and its slab yard and showroom on the NH-48 bypass at Madanganj,
Kishangarh, Rajasthan), told by the proofs of payment it receives (builders' and marble dealers' NEFT / RTGS payment
advices, foreign buyers' inward wires in US dollars and pounds, homeowners' UPI and payment links for slabs and
tiles, its own money receipts) and those it makes (block quarries' and abrasives and diamond-tool makers' invoices,
outward wires for Italian, American and Chinese gang-saw and polishing-line spares in euros and US dollars, the
Department of Mines and Geology's royalty, RIICO's, Nagar Parishad Kishangarh's and the pollution control board's
fee pages, corporate net banking's transfers to suppliers, labour contractors' vouchers and payouts, the trailers'
and trucks' freight bills, the highway's card slips, the unit's power, water, broadband, landline and FASTag bills,
the bank's debit alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints
no transaction id and one no day (truth None for those fields).

* ``dealer_advices``: builders' and dealers' payment advice e-mails, printed PAYMENT ADVICE / VENDOR PAYMENT ADVICE
  and supplier portal pages, and two banks' inward remittance advices (e-mail, browser). ``buyer_upi``: six UPI app
  screens (PhonePe, Google Pay, Paytm, YONO SBI, super.money, iMobile Pay) paying the unit and two of its payment
  pages (CCAvenue, Cashfree). ``own_receipts``: the unit's own MONEY RECEIPT / PAYMENT RECEIPT / RECEIPT (paper,
  rubber stamp) and its accounts desk's receipt e-mails. ``authority_fees``: the Department of Mines and Geology's
  royalty challan (e-GRAS), RIICO's, Nagar Parishad Kishangarh's and the Rajasthan State Pollution Control Board's
  payment pages (browser). ``spares_wires``: outward remittance advices (browser, e-mail, printed).
  ``supplier_invoices``: quarries' and makers' TAX INVOICE / TAX INVOICE - PAID with the payment block and a rubber
  stamp (paper). ``supplier_transfers``: corporate net banking's transfer acknowledgements (SBI Corporate Internet
  Banking, HDFC Bank ENet, ICICI Bank Corporate Internet Banking, AU Corporate NetBanking) and the bank's beneficiary
  payment advice e-mail. ``labour_payouts``: printed CONTRACTOR PAYMENT VOUCHER / DEBIT VOUCHER - LABOUR, RazorpayX
  payout pages and YONO Business transfer screens. ``highway_slips``: card terminal slips (monospace).
  ``freight_bills``: transporters' printed FREIGHT BILL / BHADA RASEED (FREIGHT RECEIPT) / LORRY HIRE RECEIPT and
  their Vyapar invoices. ``power_bills``: Bharat Connect in business banking and UPI apps and AVVNL's own receipt
  page. ``bank_alerts``: the bank's SMS debit alerts and two e-mail debit advices. The families' docstrings list each
  layout's labels.

Truth conventions (heldout191's, heldout187's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187, heldout191): a payer's payment advice (here a builder's or dealer's) pays the
  unit under its payee label, *settled* (new here) Supplier (beneficiary) / Vendor name / Pay to, never the payer on
  top, the Project / Site or the Vendor code. *settled* (heldout155, heldout161, heldout167, heldout187,
  heldout191): a bank's inward remittance advice pays the unit under Beneficiary, *settled* (new here) or Name of
  beneficiary, never the bank on top, the Remitter or *settled* (new here) the Remitter's bank. A UPI screen's payee
  under Paid to / To / Sent to / Paying to, *settled* (new here) or YONO SBI's Payee name (here the unit), never the
  UPI ID or the app; a payment page's payee on top (here the unit), never *settled* (new here) CCAvenue's Billing
  name, Cashfree's Customer name or the gateway's footer. *settled* (heldout175, heldout179, heldout183, heldout187,
  heldout191): the unit's own receipt pays the unit on top (its full, capital or short name as printed), never the
  party under Received with thanks from / *settled* (new here) Party name; its accounts desk's receipt e-mail
  likewise. *settled* (new here): a royalty, plot, municipal or consent fee page pays the authority on top
  (Department of Mines and Geology, RIICO Ltd or Rajasthan State Industrial Development & Investment Corporation Ltd
  as printed, Nagar Parishad Kishangarh, Rajasthan State Pollution Control Board; capitals where so printed), never
  the Government of Rajasthan line, e-GRAS or the Lessee / Firm name / Allottee / Assessee name / Unit name.
  *settled* (heldout175, heldout187, heldout191): a bank's outward remittance advice pays the maker abroad under
  Beneficiary name, *settled* (new here) or Name of beneficiary / Foreign supplier, never the bank on top, the
  Ordering customer / Remitter, the Beneficiary bank or *settled* (new here) the Intermediary bank. A quarry's,
  maker's or transporter's name on top of its own paper or invoice page, never M/s the unit under Buyer / Consignee
  / Consignor / Party / *settled* (new here) Bill To. *settled* (heldout179, heldout191): a corporate banking page or
  the bank's payment advice pays the supplier under Payee name / *settled* (new here) Beneficiary account name,
  never the portal or bank on top, the Debit account or *settled* (new here) the Beneficiary ID / Corporate ID.
  *settled* (heldout150, heldout161, heldout179, heldout183, heldout187, heldout191): a voucher pays the payee,
  *settled* (new here) a contractor's voucher the contractor under Pay to (contractor) / Name of thekedar, never the
  unit on top; *settled* (new here) RazorpayX's payout page the Contact, never RazorpayX on top or the unit under
  it; a YONO Business transfer screen the Beneficiary name. A slip's counter name line in capitals, never the
  terminal's brand or the place line. A Bharat Connect page's biller under Biller / *settled* (new here) Service
  provider / Issuer bank (short or long as printed), never the app, Bharat Connect or the Consumer name; a discom's
  own page the discom on top (AVVNL, short, long or capital as printed), *settled* (new here) never its Government
  of Rajasthan undertaking line. An SMS alert's payee as the bank sends it ("to SURYA ABRASIVES RESIN": *settled*,
  the truncated name as printed), never the bank or the sender id; the bank's e-mail debit advice the Beneficiary
  name / Paid to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187, heldout191): a
  payment advice's net sum, *settled* (new here) Net amount transferred / Net payment / Amount remitted (after TDS
  u/s 194Q @ 0.1% and a Debit note - breakage in transit), never an invoice's sum. *settled* (heldout167,
  heldout187, heldout191): an inward wire's foreign sum, *settled* (new here) Amount of remittance / Remittance
  amount, never the INR credited or the Bank charges + GST. A UPI screen's and a payment page's sum large.
  *settled* (heldout175, heldout179, heldout183, heldout187, heldout191): a receipt counts the sum received even
  where it is part of the bill, *settled* (new here) Amount received / Received by NEFT / Received by RTGS /
  Received by UPI / Cash received / Cheque amount, never the Bill amount or the Balance outstanding. *settled*
  (heldout187, heldout191): a fee page's total (the heads and GST), *settled* (new here) Total amount deposited /
  Challan amount / Amount paid, never a head (Royalty, DMFT @ 10%, RSMET @ 2%, Service charges, Economic rent, Urban
  development tax, Trade licence fee, CTO fee, Late fee). *settled* (heldout175, heldout183, heldout187,
  heldout191): an outward remittance counts the remittance in its currency, *settled* (new here) Remittance amount
  (FCY) / Amount in foreign currency / FCY amount, never the INR equivalent, the Commission, SWIFT / cable charges,
  GST on forex conversion or the Total debit (INR). A quarry's or maker's Paid amount / Payment received vide NEFT /
  RTGS / Received amount (the rounded Invoice total with GST), *settled* (heldout187, heldout191) where an advance is
  taken off (Less: Advance adjusted) the Balance paid, or the Cheque amount, never the Taxable value. A banking
  page's *settled* (new here) Payment amount / Amount (INR) / Transaction amount. *settled* (new here): a
  contractor's voucher's Net paid / Net amount paid, never the Gross bill, the workers x days line, Less: TDS u/s
  194C @ 1% or Less: Advance (peshgi); a payout page's or transfer screen's sum large. A slip's *settled* (new here)
  AMOUNT: / NET AMOUNT: / TOTAL:, never the RATE/LTR: or the QTY(LTR):. *settled* (heldout191): a freight receipt's
  Freight received or, after *settled* (new here) Less: Advance paid at loading, the Balance freight received, or a
  Cheque amount, never the Freight @ rate per MT, Loading by crane, Toll and RTO or the Total; *settled* (new here)
  a Vyapar invoice's Received, never the Total or the Balance. A Bharat Connect page's sum large; a discom's Amount
  paid. An alert's sum debited, never the Avl Bal; the e-mail's Transaction amount. Currency INR but on the wires.
* status: as printed. *settled* (new here): Payment status: Executed and Status: Paid to vendor successes on a
  payer's advice, Parked - awaiting site receipt (GRN) pending (a payer's hold), Payment returned - invalid account
  number failed; Remittance credited / Credited to your account on an inward advice a success. *settled*
  (heldout167, heldout179, heldout191): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE RECEIVED - SUBJECT TO CLEARANCE and CHEQUE UNDER CLEARING pending, CHEQUE DISHONOURED -
  RECEIPT CANCELLED, CHEQUE BOUNCED - EXCEEDS ARRANGEMENT and CHEQUE RETURNED - ACCOUNT CLOSED failed; RECEIVED WITH
  THANKS, PAYMENT RECEIVED, PAID, *settled* (new here) FULL PAYMENT RECEIVED, PAYMENT MADE, FREIGHT RECEIVED
  successes. *settled* (new here): CCAvenue's Order status: Success / Failure / Awaiting a success, a failure and a
  wait; Cashfree's Payment is being processed pending; UPI's Payment pending / Transaction in progress pending;
  Payment successful / Challan status: Success successes, Challan status: Pending - bank confirmation awaited
  pending, Transaction failed - challan cancelled failed; Processed - MT103 sent to beneficiary bank and Outward
  remittance executed successes, Pending - Form A2 and proforma invoice under scrutiny pending, Returned by
  correspondent bank - incorrect IBAN failed; Transaction processed successfully / Status: Executed successes,
  Awaiting authoriser approval pending (as heldout191's checker approval), Unsuccessful - NEFT returned: account
  does not exist failed; RazorpayX's Processed success, Processing pending, Reversed failed (the payout went back to
  the balance); YONO Business's Transaction under process pending; a slip's APPROVED success, DECLINED - 51
  INSUFFICIENT FUNDS failed, NO RESPONSE FROM HOST - STATUS UNKNOWN pending (as heldout179's TXN TIMEOUT); a
  Vyapar invoice's Paid success; Bill paid successfully / Recharge completed / Payment status: Success successes,
  Payment awaited from biller - do not pay again pending, Payment unsuccessful - money will be refunded in 3-5 days
  failed (the payment failed, whatever the refund). An SMS that says the payment "was UNSUCCESSFUL" failed, "is
  AWAITING beneficiary bank confirmation" pending (*settled*, new here, as heldout191's "has been DECLINED" and "is
  under PROCESS"), a debit alert a success; Transaction status: Successful a success.
* date: the day paid (Payment date, Executed on, Value date, Parked on / Returned on on a payer's advice, Credit
  date, Date & time, Paid on, Completed on, Transaction date, a receipt's, invoice's, bill's or voucher's Date /
  *settled* (new here) Dt. / Dated / Invoice date / Voucher date, Date of deposit, Date of remittance, *settled*
  (heldout175, heldout187, heldout191) the pending wire's Request date, Returned on, Initiated on, *settled* (new
  here) RazorpayX's Processed on / Created on (the pending one) / Reversed on, a slip's DATE: / *settled* (new here)
  TRANS DATE:, the SMS's day). *settled*: never a Bill month, a Bill date, a Due date or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a discom paid by Net banking (*settled* (new here) e-GRAS - Net banking), a payout
  by IMPS / NEFT, a Vyapar invoice's Bank (NEFT) or IMPS; UPI for UPI apps, a payment page's UPI, a fee's (e-GRAS -
  UPI), a bill's, a receipt's, an invoice's, a voucher's, a payout's or a freight bill's UPI; card on slips, a
  payment page's debit card, a fee or a discom paid by Debit card; cheque for a cheque received, under clearing,
  dishonoured, bounced or returned; cash for a cash receipt, voucher or freight receipt.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183,
  heldout187 and heldout191): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UTR,
  UTR No., IMPS Ref No., a slip's RRN:, an SMS's UTR / UPI Ref No / IMPS Ref No, *settled* (new here) CCAvenue's
  Bank Ref No. and Cashfree's Bank reference number where they hold the UPI RRN, a Vyapar invoice's Ref. No.
  holding the transfer's UTR or RRN), then a bank reference (an inward advice's Inward ref No. / *settled* (new
  here) Inward remittance No., an outward advice's *settled* (new here) Outward ref No. / OTT reference No., Bank
  CIN, Bank Ref No., *settled* (new here) AVVNL's Bank Txn ID, a banking page's or YONO Business's Reference No.,
  *settled* (new here) Bharat Connect Ref ID / BBPS Ref No.), then a transaction / payment id (*settled* (new here)
  CCAvenue's Tracking ID, Cashfree's Transaction ID, RazorpayX's Payout ID pout_..., RIICO's Transaction ID,
  PhonePe's and Paytm's own Transaction ID, a failed fee's or Bharat Connect page's Transaction ID), then an approval
  code (Auth code, *settled* (new here) a slip's APPR CODE:, Bharat Connect's Approval No.), then an order's number
  (*settled* (new here) CCAvenue's Order No. and Cashfree's Order ID), then a document's own number (Advice No. /
  Payment advice No. on a payer's advice, Receipt No. / *settled* (new here) Sr. No., GRN, e-Receipt No., Invoice No.
  / Bill No., Voucher No. / V. No., Freight bill No., a slip's *settled* (new here) BILL NO:, a discom's Receipt
  No.). *settled*: never a UETR, the bills listed on an advice, Vendor code, IEC, MID, TID, BATCH, a card, account
  or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC, a cheque number, a consumer number (here K No., Consumer No.,
  Account No., Telephone No.), a Vehicle No. / Truck No., Maker / Checker, a Supplier invoice No. on a wire.
  *settled* (new here): never a PO No., a Shipping bill No. on an inward advice, Against Bill No. on a receipt, an
  E-way bill No. or Rawanna No. (the mining transit pass), a Proforma invoice No. on a wire, ML No. / Plot No. /
  Property ID / Consent application No. on a fee page, a Beneficiary ID, Corporate ID or Initiator / Authoriser, a
  Bilty No., a slip's STAN:, or a RazorpayX Fund account.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout193_families import (
    authority_fees,
    bank_alerts,
    buyer_upi,
    compose,
    dealer_advices,
    freight_bills,
    highway_slips,
    labour_payouts,
    own_receipts,
    power_bills,
    spares_wires,
    supplier_invoices,
    supplier_transfers,
)

SPLIT = "heldout193"

FAMILIES: list[Family] = [
    ("dealer_advices", dealer_advices, PAGE_FACES),
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("authority_fees", authority_fees, PAGE_FACES),
    ("spares_wires", spares_wires, PAGE_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("supplier_transfers", supplier_transfers, PAGE_FACES),
    ("labour_payouts", labour_payouts, PAPER_FACES),
    ("highway_slips", highway_slips, SLIP_FACES),
    ("freight_bills", freight_bills, PAPER_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout193_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout193 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout192: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a printing and packaging press's day in 2026 (Sri Velmurugan Litho Packs Pvt Ltd, its
offset press on Sattur Road and its carton unit at Thiruthangal, Sivakasi, Tamil Nadu), told by the proofs of payment
it receives (FMCG and fireworks clients' NEFT / RTGS vendor payment advices, walk-in customers' UPI and payment links
for wedding cards, calendars, diaries and sweet boxes, its own receipts) and those it makes (paper and board mills',
ink makers' and film makers' invoices, outward wires for imported CTP plates, blankets and press spares in euros, US
dollars and pounds, transporters' freight bills and the net-banking transfers to them, machine operators' wages and
payouts, the pollution control board's, factory inspectorate's, corporation's and legal metrology's fees, card slips
at fuel, hardware, spares, lodge, courier and restaurant counters, the press's electricity, fibre, phones, LPG and
FASTag, the bank's debit alerts, the job-work units' lamination, die, foiling and die-cutting bills). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

* ``client_advices``: clients' vendor payment advice e-mails, printed VENDOR PAYMENT ADVICE / REMITTANCE ADVICE and
  supplier portal pages. ``walkin_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, Navi, super.money)
  paying the press and two of its payment pages (Razorpay, Cashfree). ``press_receipts``: the press's own OFFICIAL
  RECEIPT / CASH / BANK RECEIPT / ORDER ADVANCE RECEIPT (paper, rubber stamp) and its accounts desk's receipt
  e-mails. ``mill_invoices``: mills' and makers' TAX INVOICE / INVOICE with the payment block and a rubber stamp
  (paper). ``plate_wires``: outward remittance advices (browser, e-mail, printed). ``freight_bills``: transporters'
  printed LORRY FREIGHT BILL / FREIGHT BILL CUM RECEIPT and corporate net banking's transfer pages (TMB, IOB, KVB).
  ``wage_payouts``: printed WAGES PAYMENT VOUCHER / WEEKLY WAGES SLIP - PAID, RazorpayX payout pages and a FedCorp
  bulk payment row. ``authority_fees``: TNPCB's, DISH's, Sivakasi City Municipal Corporation's and Legal Metrology's
  fee pages (browser). ``card_slips``: card terminal slips (monospace). ``power_bills``: Bharat Connect in business
  banking and UPI apps and TNPDCL's own receipt page. ``bank_alerts``: the bank's SMS debit alerts and two e-mail
  debit alerts. ``job_work_bills``: job-work units' printed JOB WORK BILL / BILL CUM RECEIPT (rubber stamp) and
  Vyapar's shared invoice pages. The families' docstrings list each layout's labels.

Truth conventions (heldout191's, heldout187's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187, heldout191): a payer's payment advice (here an FMCG or fireworks client's) pays
  the press under its payee label, *settled* (new here) Supplier name / Pay to / Vendor / Payee, never the client
  (the payer) on top. A UPI screen's payee under Paid to / To / Sent to, *settled* (new here) or super.money's
  Payment to (here the press), never the UPI ID or the app; a payment page's payee on top (here the press), never
  Customer / Paid by or the gateway's footer. *settled* (heldout175, heldout179, heldout187, heldout191): the press's
  own receipt pays the press on top (its full, capital or short name as printed), never the party under Received
  from / *settled* (new here) Customer / Party name; its accounts desk's receipt e-mail likewise. A mill's, maker's,
  transporter's or job-work unit's name on top of its own paper or page, never M/s the press under *settled* (new
  here) Buyer (Bill to) / Ship to / Consignor / To / Party / Bill To, nor the Consignee (the press's client). *settled*
  (heldout175, heldout187, heldout191): a bank's outward remittance advice pays the maker abroad under its beneficiary
  label, *settled* (new here) Name of beneficiary / Beneficiary customer / Payee abroad, never the bank on top, the
  Remitter / Importer or the Beneficiary bank. *settled* (heldout191): a corporate banking page pays the payee under
  Beneficiary name, *settled* (new here) or Payee account name, never the portal or bank on top or the Debit account.
  *settled* (heldout150, heldout161, heldout179): a wage voucher pays the worker, *settled* (new here) under Name of
  employee / Paid to (operator), never the press on top; *settled* (new here) a RazorpayX payout page the Contact /
  Beneficiary, never RazorpayX or the press's name under it; a bulk row the Beneficiary name, never the Debit account.
  *settled* (new here): a fee page pays the authority on top (Tamil Nadu Pollution Control Board, Directorate of
  Industrial Safety and Health, Sivakasi City Municipal Corporation, Legal Metrology Department, Tamil Nadu; capitals
  where so printed), never the Government of Tamil Nadu line, SBI ePay or the Occupier / Name of the unit /
  Applicant. A slip's counter name line in capitals, never the terminal's brand or the place line. A Bharat Connect
  page's biller under Biller / Biller name / Operator / Issuer bank, *settled* (new here) or Distributor (short or
  long as printed), never the app, Bharat Connect or the Customer name; a board's own page the board on top
  (TNPDCL, short, long or capital as printed), *settled* (new here) never its (formerly TANGEDCO) line. An SMS
  alert's payee as the bank sends it ("to SRI ANDAL PAPER AND B": *settled*, the truncated name as printed), never
  the bank or the sender id; the bank's e-mail alert the Beneficiary / Paid to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187, heldout191): a
  payment advice's net sum, *settled* (new here) Net payment / Net amount transferred / Total paid (after TDS u/s
  194Q @ 0.1% or u/s 194C @ 2% and a Debit note), never an invoice's sum. A UPI screen's and a payment page's sum
  large. *settled* (heldout175, heldout179, heldout191): a receipt counts the sum received even where it is part of
  the order, *settled* (new here) Amount received / Advance received against order / Received by UPI / Cash received
  / Cheque amount, never the Order value or the Balance payable on delivery. A mill's Amount received / Payment
  received (the rounded Invoice total with GST), *settled* (heldout187, heldout191) where an advance is taken off the
  Balance received, or the Cheque received, never the Taxable value. *settled* (heldout175, heldout187, heldout191):
  an outward remittance counts the remittance in its currency, *settled* (new here) Amount in FCY / Remittance
  currency & amount, never the INR value, the Bank charges, the GST on charges or the Net debit to account (INR).
  *settled* (new here): a freight bill's Freight paid or, after Less: Advance paid, the Balance freight paid, never
  the Freight, the Loading or Halting charges or the Total; a banking page's Amount / Transaction amount. A wage
  voucher's Net wages paid / Amount paid, never the Gross wages, a Days worked or OT line or Less: ESI; *settled*
  (new here) a RazorpayX payout's sum large; a bulk row's Amount. A fee page's total, *settled* (new here) Total
  amount paid / Amount paid / Fee paid, never a head. *settled* (new here): a slip's SALE AMOUNT: / NET AMOUNT: /
  AMOUNT:, never the RATE/LTR: or the QTY(LTR):. A Bharat Connect page's sum large; a board's Amount paid. An alert's
  sum debited, never the Avl Bal. *settled* (new here): a job-work bill's Amount received / Received / Cheque
  received (the rounded Bill amount with GST), Vyapar's Received, never a job line, a CGST / SGST line or the Balance.
  Currency INR but on the wires.
* status: as printed. *settled* (new here): Payment status: Paid and Status: Payment executed successes on a payer's
  advice, Parked - awaiting GRN and quality clearance pending (a payer's hold), Payment returned - beneficiary account
  inoperative failed. *settled* (heldout167, heldout179, heldout191): a cheque received and not yet cleared pending,
  a cheque returned or dishonoured failed, so *settled* (new here) CHEQUE RECEIVED - CREDIT SUBJECT TO CLEARANCE and
  CHEQUE UNDER CLEARING pending, CHEQUE DISHONOURED - ORDER ON HOLD, CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS
  and CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER failed; RECEIVED WITH THANKS, PAID, *settled* (new here) AMOUNT
  RECEIVED, RECEIVED, SETTLED, FREIGHT RECEIVED and Vyapar's Payment received successes. *settled* (new here):
  Payment could not be completed and Transaction declined failed, Payment pending - confirmation from your bank
  awaited, Payment processing and Pending - bank yet to confirm pending; Remittance effected - MT103 issued and Funds
  remitted successes, Pending - awaiting Form A1 and invoice copy pending, Returned - beneficiary bank rejected
  (account closed) failed; Transaction completed successfully / Status: Success successes, Awaiting authoriser
  approval pending (keyed, not released), Rejected - beneficiary IFSC not valid failed; RazorpayX's Payout processed
  / Processed successes, Processing pending, Reversed - beneficiary bank declined failed (a reversed payout failed);
  Row status: Paid / Executed successfully successes; Payment success / Fee paid successfully successes, Payment
  awaiting bank confirmation - do not pay again pending, Payment unsuccessful - transaction cancelled by bank failed;
  a slip's APPROVED / TRANSACTION APPROVED success, DECLINED - 51 INSUFFICIENT FUNDS failed, HOST NOT RESPONDING -
  TXN STATUS PENDING pending; Bill payment successful / Recharge successful successes, Payment in progress - biller
  confirmation awaited pending, Payment failed - refund will be initiated failed (the payment failed, whatever the
  refund). An SMS that says the payment "was UNSUCCESSFUL" failed, "is AWAITING confirmation" pending (*settled*,
  new here, as heldout191's "has been DECLINED" and "is under PROCESS"), a debit alert a success; Transaction status:
  Successful a success.
* date: the day paid (Payment date, Value date, Paid on, Date & time, Completed on, Payment time, a receipt's,
  invoice's, bill's or voucher's Date / Receipt date / Invoice date / Bill date, Date of remittance, Transaction date,
  Executed on, Processed on, Date of payment, a slip's DATE: / DT:, the SMS's day). *settled* (heldout175, heldout187,
  heldout191): the pending wire's request day, *settled* (new here) Date of request, and Returned on the returned
  one's; *settled* (new here) a parked advice's Parked on, a returned advice's Returned on, a pending transfer's
  Initiated on, RazorpayX's Created on (processing) and Reversed on (reversed). *settled*: never a Bill month, a
  Bill date, a Due date or an e-mail's hour; *settled* (new here) never an invoice's date listed on an advice, a Date
  of dispatch, a Wage period or an Assessment month.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a board paid by Net banking, a RazorpayX or bulk IMPS payout, Vyapar's Bank transfer;
  UPI for UPI apps, a payment page's UPI, a board's, a fee's, a bill's, a receipt's, an invoice's, a voucher's or a
  payout's UPI; card on slips, a payment page's card, a fee or a board paid by Debit card; cheque for a cheque
  received, under clearing, dishonoured or returned; cash for a cash receipt, voucher, freight bill or job-work bill.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout187 and
  heldout191): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UTR, UTR No., IMPS Ref
  No., a slip's RRN: / *settled* (new here) RRN NO:, an SMS's UTR / UPI Ref No / IMPS Ref No, *settled* (new here)
  Razorpay's Bank RRN and Cashfree's Bank reference on a UPI payment), then a bank reference (*settled* (heldout179)
  Remittance ref No., *settled* (new here) Sender's ref (F20) on an outward advice, a banking page's Reference No.,
  Bank Ref No. / Bank reference No. on a fee page, *settled* (heldout167) TNPDCL's Transaction No., *settled* (new
  here) BBPS Ref No. / Bharat Connect Ref. No.), then a transaction / payment id (Razorpay's Payment Id pay_...,
  *settled* (new here) Cashfree's CF Payment ID, RazorpayX's Payout ID pout_..., PhonePe's and Paytm's own
  Transaction ID, a fee page's Transaction ID, the failed Bharat Connect page's Transaction ID), then an approval
  code (Auth code, a slip's APPR CODE: / *settled* (new here) AUTH NO:, *settled* (new here) Bharat Connect's
  Approval No.), then a document's own number (Payment document No. / *settled* (new here) Payment voucher No. on a
  payer's advice, Receipt No. / Rcpt No., Invoice No. / Inv. No., Bill No., *settled* (new here) Job work bill No.,
  Voucher No. / Vr. No., DISH's Challan No., *settled* (new here) e-Receipt No., a slip's *settled* (new here) BILL
  NO:, a board's Receipt No.). *settled*: never a UETR, the invoices listed on an advice, Vendor code, IEC, MID, TID,
  BATCH, a card, account or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC, a cheque number, a consumer number
  (here Service No., Account No.), a Vehicle No., E-way bill No., Emp. code, a bulk File / Row, Application Ref. No.,
  Licence No. *settled* (new here): never a Proforma invoice No. or FX deal No. on a wire, an Order No. on a receipt,
  a GC No. or Lorry No. on a freight bill, Your DC No. on a job-work bill, a slip's TRACE NO:, an LPG ID, an
  Authoriser, a Consent order No., Factory licence No., Trade licence No. or Registration No. on a fee page.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout192_families import (
    authority_fees,
    bank_alerts,
    card_slips,
    client_advices,
    compose,
    freight_bills,
    job_work_bills,
    mill_invoices,
    plate_wires,
    power_bills,
    press_receipts,
    wage_payouts,
    walkin_upi,
)

SPLIT = "heldout192"

FAMILIES: list[Family] = [
    ("client_advices", client_advices, PAGE_FACES),
    ("walkin_upi", walkin_upi, SCREEN_FACES),
    ("press_receipts", press_receipts, PAPER_FACES),
    ("mill_invoices", mill_invoices, BILL_FACES),
    ("plate_wires", plate_wires, PAGE_FACES),
    ("freight_bills", freight_bills, PAGE_FACES),
    ("wage_payouts", wage_payouts, PAPER_FACES),
    ("authority_fees", authority_fees, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
    ("job_work_bills", job_work_bills, BILL_FACES),
]


def make_heldout192_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout192 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

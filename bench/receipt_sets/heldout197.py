"""heldout197: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a co-working space operator's day in 2026 (Chakkara Cowork Spaces Pvt Ltd, trading as
Chakkara Hub, its centres on MG Road, Ernakulam and at Infopark, Kakkanad, Kochi, Kerala), told by the proofs of
payment it receives (member companies' NEFT / RTGS / IMPS vendor payment advices net of TDS, freelancers' UPI screens
and payment links for day passes and hot desks, members' foreign clients' card payments for meeting rooms through
Stripe and PayPal in US dollars, euros and pounds and two inward wires, its own money receipts, paid invoices and
Zoho Books payment receipts) and those it makes (its rent to its landlords net of TDS u/s 194-I, the furniture,
coffee and pantry suppliers' invoices, the housekeeping and security agencies' bills and the corporate net-banking
transfers to them, community staff's expense vouchers and Cashfree payouts, Kochi Municipal Corporation's, the Fire
and Rescue Services', the Electrical Inspectorate's and the Labour Commissionerate's fee pages, the cafe counters'
and staff's card slips, KSEB, water and broadband bills, the bank's SMS and e-mail alerts). One payment per page.
Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``member_advices``: member companies' VENDOR PAYMENT ADVICE e-mails, printed PAYMENT ADVICE - WORKSPACE SERVICES
  and vendor portal remittance pages. ``freelancer_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, CRED,
  Navi, Amazon Pay) paying the company and two payment links (Razorpay Payment Link, Cashfree).
  ``foreign_payments``: Stripe's receipt e-mails and hosted invoice pages, PayPal's payment receipts (cards in USD /
  EUR / GBP) and two banks' ADVICE OF INWARD REMITTANCE with SWIFT field tags (e-mail, printed).
  ``member_receipts``: the company's own MONEY RECEIPT / PAYMENT RECEIPT / TAX INVOICE - PAID (paper, rubber stamp)
  and its Zoho Books PAYMENT RECEIPT e-mails. ``landlord_rent``: the company's RENT PAYMENT ADVICE e-mails, the
  landlords' RENT RECEIPT (paper, revenue stamp) and corporate net banking's transaction pages (IDFC FIRST Bank
  Corporate, CSB Bank Corporate). ``supplier_invoices``: the furniture maker's, coffee roaster's, espresso machine
  dealer's and pantry supplier's TAX INVOICE with the payment block and a rubber stamp (paper). ``agency_bills``:
  housekeeping and security agencies' TAX INVOICE / SERVICE BILL (paper, e-mail) and corporate net banking's
  transaction pages (FedNet Corporate, ICICI Bank CIB). ``staff_vouchers``: printed EXPENSE REIMBURSEMENT VOUCHER /
  PETTY CASH VOUCHER / CASH PAYMENT VOUCHER, Cashfree Payouts' transfer pages and a PhonePe screen.
  ``licence_fees``: Kochi Municipal Corporation's K-SMART page, the Fire and Rescue Services' and the Electrical
  Inspectorate's e-Treasury receipts and the Labour Commissionerate's e-payment page (browser). ``cafe_slips``: card
  terminal slips (monospace), a tip on some. ``utility_bills``: Bharat Connect in iMobile Pay, IDFC FIRST Bank and
  UPI apps and KSEB's own receipt page. ``bank_alerts``: Federal Bank's, HDFC Bank's, SBI's and ICICI Bank's SMS in
  their own wording and two e-mail transaction alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout195's, heldout191's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187, heldout191, heldout195): a payer's payment advice (here a member company's)
  pays the company under its payee label, *settled* (new here) Vendor name / Party name / Payee (vendor), never the
  member (the payer) on top. A UPI screen's payee under Paid to / To / Sent to / Paying to (here the company), never
  the UPI ID or the app; a payment link's payee on top, never Paid by / Customer or the gateway's footer. *settled*
  (new here): Stripe's receipt e-mail and invoice page pay the company on top (never Stripe, the Bill to or the
  client); PayPal's receipt pays the company under Merchant, never PayPal on top or the Hello line's client.
  *settled* (heldout155, heldout161, heldout167, heldout187, heldout191, heldout195): a bank's inward remittance
  advice pays the company under Beneficiary name, *settled* (new here) or 59: Beneficiary customer / Credit to
  (beneficiary), never the bank on top or 50K: Ordering customer / Remitter. *settled* (heldout175, heldout179,
  heldout183, heldout187, heldout191, heldout195): the company's own receipt pays the company on top (its full,
  capital or short name as printed), never the party under Received with thanks from / *settled* (new here) Member /
  Member company; its Zoho Books payment receipt e-mail likewise, never Received from. *settled* (new here): the
  company's own rent payment advice pays the landlord under Lessor / Landlord, never the company on top (the payer)
  or the Premises; a landlord's rent receipt pays the landlord on top, never the company under Received from
  (Lessee) / Lessee. A supplier's or agency's name on top of its own paper or e-mail, never M/s the company under
  Bill to / Buyer / *settled* (new here) Client. *settled* (heldout191, heldout195): a corporate banking page pays
  the payee under Beneficiary name / Payee, *settled* (new here) or Credit account name, never the portal (IDFC FIRST
  Bank Corporate, CSB Bank Corporate, FedNet Corporate, ICICI Bank CIB) on top or the Debit account. *settled*
  (heldout150, heldout161, heldout179, heldout183, heldout187, heldout191, heldout195): a voucher pays the payee,
  *settled* (new here) an expense voucher the employee under Claimant / Name of employee / Paid to, never the company
  on top; Cashfree Payouts' page the Beneficiary name, never Cashfree Payments on top or the Bene ID. *settled*
  (heldout179, heldout191, heldout195, new here for Kochi): a licence or fee page pays the authority on top (Kochi
  Municipal Corporation, Kerala Fire and Rescue Services, Department of Electrical Inspectorate, Labour
  Commissionerate; capitals where so printed), never the Government of Kerala line, e-Treasury Kerala, K-SMART or
  the Name of establishment / Applicant / Licensee. A slip's counter name line in capitals (here the company's own
  cafe counter where a member pays), never the terminal's bank or brand or the place line. A Bharat Connect page's
  biller under Biller / Operator / *settled* (new here) Biller name (short or long as printed), never the app,
  Bharat Connect or the Customer name; KSEB's own page the board on top, never the Section office. An SMS alert's
  payee as the bank sends it (*settled*: the truncated name as printed), *settled* (new here) HDFC Bank's "To
  <payee>" line, SBI's "trf to <payee>" and ICICI Bank's "<payee> credited.", never the bank or the sender id; the
  bank's e-mail alert the Paid to / Beneficiary name, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187, heldout191,
  heldout195): a payment advice's net sum, *settled* (new here) Net amount paid / Amount remitted / Net remittance
  (after TDS u/s 194-I(b) or 194J @ 10% and a Debit note), never the Gross invoice value or an invoice listed.
  *settled* (new here): Stripe's Amount paid / the sum large and PayPal's You paid in the client's currency (USD,
  EUR, GBP), the Summary and Amount charged lines repeating it; on the failed Stripe page the sum large / Amount
  due that was attempted. *settled* (heldout167, heldout187, heldout191,
  heldout195): an inward wire's foreign sum, *settled* (new here) 32B: Instructed amount / Remittance amount (FCY),
  never the INR equivalent or the Charges. A UPI screen's and a payment link's sum large. *settled* (heldout175,
  heldout179, heldout183, heldout187, heldout191, heldout195): a receipt counts the sum received, *settled* (new here)
  Amount received net of TDS deducted by member, Received by UPI, Security deposit received, Cash received, By card,
  Cheque for, never the Invoice value (incl. GST), the TDS or the Refundable security deposit line's restatement;
  Zoho Books' Amount received. *settled* (new here): a rent payment advice's Net rent paid / Amount transferred and
  a rent receipt's Net rent received, never the Monthly rent / Gross rent or the TDS u/s 194-I(b). A supplier's
  *settled* (new here) Amount settled / Received against invoice / Payment received via NEFT (the rounded Invoice
  total with GST), Balance settled after Less: Advance received against PO, or the Cheque received, never the
  Taxable value. *settled* (new here): an agency bill's Net received / Amount received by NEFT (the Gross bill less
  TDS u/s 194C @ 2%), never the Gross bill or the Service charges; a banking page's Transfer amount / Debit amount.
  A voucher's *settled* (new here) Net reimbursed / Net payable, never the Total claimed, a head or Less: Advance
  taken; Cashfree's and a transfer screen's sum large. A fee page's total (the heads x lifts), *settled* (new here)
  Total amount paid / Amount remitted / Total, never a head. *settled* (new here): a slip's TOTAL AMT: after a TIP
  AMT:, never the BASE AMT: or the TIP AMT:; else its TOTAL AMT: / AMOUNT: / SALE AMT:, never the RATE/LTR: or the
  VOLUME:. A Bharat Connect page's sum large; KSEB's Amount paid. An alert's sum debited or sent, never the Avl
  Bal; *settled* (new here) SBI's "debited by 500.5" (no mark, a decimal dropped) as that sum. Currency INR but on
  Stripe, PayPal and the wires.
* status: as printed. *settled* (new here): Payment status: Completed / Status: Payment made successes on a payer's
  advice, On hold - GST invoice mismatch, revised invoice awaited pending (a payer's hold), Payment failed -
  beneficiary account inactive failed. *settled* (new here): Payment failed - daily UPI limit exceeded failed,
  Payment pending - awaiting confirmation from bank pending; Money sent and Payment received successes. *settled*
  (new here): Stripe's Payment successful and Invoice paid successes, Payment failed - your card was declined
  failed; PayPal's Completed a success, Pending - payment under review pending; an inward advice's Funds credited to
  your account - FIRA available a success. *settled* (heldout167, heldout179, heldout191, heldout195): a cheque
  received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - PENDING
  REALISATION and CHEQUE IN CLEARING pending, CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER and CHEQUE RETURNED -
  SIGNATURE DIFFERS failed; RECEIVED WITH THANKS, *settled* (new here) PAID - THANK YOU, RECEIVED, Rent paid, FULLY
  PAID, PAYMENT RECEIVED, RECEIVED - THANK YOU, PAID - RECEIVED BY CLAIMANT successes. *settled* (new here):
  Transaction successful / Status: Success successes on a banking page, Submitted - pending release by authoriser
  and Pending at checker - approval awaited pending (keyed, not released), NEFT returned - account does not exist
  and Failed - beneficiary IFSC not NEFT enabled failed; Cashfree's Transfer status: SUCCESS success, Transfer
  status: PENDING pending, Transfer status: FAILED - invalid beneficiary account failed; e-Payment completed /
  Payment successful successes, Payment initiated - awaiting bank response pending, Payment failed - session timed
  out at bank failed; a slip's APPROVED / TXN APPROVED success, DECLINED - 55 INCORRECT PIN failed, HOST NOT
  RESPONDING - TXN STATUS PENDING pending; Bill payment successful / Payment received successfully successes, Payment
  pending - biller confirmation awaited pending, Bill payment failed - biller system unavailable failed. An SMS that
  says the payment "has FAILED" failed, "is PENDING with the beneficiary bank" pending (*settled*, as heldout187's),
  a debit alert a success, *settled* (new here) HDFC Bank's "Sent Rs.x" a success; Status: Successful a success.
* date: the day paid (Payment date, Value date, Paid on, *settled* (new here) Put on hold on / Failed on on a payer's
  advice, Date & time, Completed on, Payment time, Stripe's Date paid and *settled* (new here) the failed invoice's
  Attempted on, PayPal's Transaction date, Credit date, a receipt's, invoice's, bill's or voucher's Date / Dated /
  Receipt date / Invoice date / Bill date / Voucher date, Zoho's Payment date, Transaction date, *settled* (new here)
  Submitted on / Returned on / Created on / Rejected on on a banking page, Cashfree's Processed on / Added on, Date
  of payment, a slip's DATE/TIME: / DATE:, the SMS's day). *settled*: never a Bill month, a Bill date, a Due date or
  an e-mail's hour; *settled* (new here) never a Billing period, Rent for (the month) or a Service period.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), Zoho's Bank Transfer, a rent or
  agency bill paid by NEFT, Cashfree's IMPS, a Bharat Connect bill from a Current A/c, a fee or a board paid by Net
  banking; UPI for UPI apps, a payment link's, a fee's, a board's, a bill's, a receipt's, an invoice's, a voucher's
  or Cashfree's UPI; card on slips, Stripe's and PayPal's cards, a payment link's card, a receipt's By card, a fee or
  a board paid by Debit card; cheque for a cheque received, in clearing or returned; cash for a cash receipt or
  voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179 to heldout195): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UTR, UTR No., IMPS Ref No., a slip's
  RRN:, an SMS's UTR / UPI Ref No / Ref / Refno / UPI:, *settled* (new here) Razorpay's Bank RRN, Cashfree's Bank
  reference on a UPI payment and Zoho Books' Reference number (the UTR or UPI reference the payment came with)),
  then a bank reference (an inward advice's *settled* (new here) IRM reference / Inward remittance No., a banking
  page's *settled* (new here) Bank reference No. / Bank reference number, a fee page's *settled* (new here) Bank
  transaction No., *settled* (new here) Bharat Connect Txn ID), then a transaction / payment id (Razorpay's Payment
  ID pay_..., *settled* (new here) Cashfree's CF Payment ID, PhonePe's and Paytm's own Transaction ID, PayPal's
  Transaction ID, Cashfree Payouts' Transfer ID, K-SMART's and the Labour Commissionerate's Transaction ID, KSEB's
  Transaction No., a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, APPR CODE:,
  Approval code), then an order's number (*settled* (new here) Cashfree's Order ID), then a document's own number
  (Payment voucher No. / Advice No. / Document No. on a payer's advice, Stripe's Receipt # / Receipt number /
  Invoice number, Receipt No. / MR No. / Invoice No., Zoho's Payment#, Tax Invoice No. / Bill No., Voucher No. / PCV
  No., GRN, e-Receipt No., a slip's INV NO:). *settled*: never a UETR, the invoices listed on an advice, Vendor ID,
  MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, IFSC, a cheque number, Maker / Checker, a consumer
  number (here Consumer number, Customer ID, Account number, Consumer ID, Telephone number), a Registration No. /
  Application ID. *settled* (new here): never a Work order No., a TDS challan CIN or BSR code, a PAN, the Bene ID,
  Emp. ID, Building ID, Lift Nos., a slip's STAN: or the Section office.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout197_families import (
    agency_bills,
    bank_alerts,
    cafe_slips,
    compose,
    foreign_payments,
    freelancer_upi,
    landlord_rent,
    licence_fees,
    member_advices,
    member_receipts,
    staff_vouchers,
    supplier_invoices,
    utility_bills,
)

SPLIT = "heldout197"

FAMILIES: list[Family] = [
    ("member_advices", member_advices, PAGE_FACES),
    ("freelancer_upi", freelancer_upi, SCREEN_FACES),
    ("foreign_payments", foreign_payments, PAGE_FACES),
    ("member_receipts", member_receipts, PAPER_FACES),
    ("landlord_rent", landlord_rent, PAGE_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("agency_bills", agency_bills, PAGE_FACES),
    ("staff_vouchers", staff_vouchers, PAPER_FACES),
    ("licence_fees", licence_fees, PAGE_FACES),
    ("cafe_slips", cafe_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout197_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout197 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

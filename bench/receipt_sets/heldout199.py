"""heldout199: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an electric two-wheeler dealership's day in 2026 (Malwa E-Moto Wheels Pvt Ltd, its
showroom on A.B. Road, Vijay Nagar and its service workshop on Sanwer Road, Indore, Madhya Pradesh), told by the
proofs of payment it receives (NBFCs' and banks' loan disbursement advices, the state EV incentive portal's disbursal
pages, customers' UPI screens and payment links for booking amounts and down payments, its own money, booking and
delivery receipts, customers' cards on its showroom and workshop terminals) and those it makes (outward wires to
spares makers in Taiwan, Germany and Britain in US dollars, euros and pounds, the OEM's tax invoices paid by RTGS /
NEFT, accessory, battery, charger and tyre suppliers' invoice pages and the corporate net-banking transfers to them,
mechanics' salary and incentive vouchers and payouts, the RTO's VAHAN fee receipts and the municipal corporation's
trade licence page, insurers' premium receipts paid on customers' behalf, a charging point and a spares shop on its
card, the electricity (MPWZ), water, phone and broadband bills, the bank's SMS and e-mail alerts). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

* ``lender_disbursals``: lenders' DISBURSEMENT ADVICE e-mails, printed DEALER PAYMENT ADVICE / Loan disbursal
  intimation and dealer portal pages, and two pages of the Madhya Pradesh EV Incentive Portal (browser).
  ``customer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay) paying the dealer and
  two of its payment links (Cashfree, PayU). ``money_receipts``: the dealer's own MONEY RECEIPT / BOOKING RECEIPT /
  DELIVERY RECEIPT - DOWN PAYMENT (paper, rubber stamp) and its sales desk's receipt e-mails. ``spares_wires``: the
  bank's outward remittance advices (browser, e-mail, printed). ``oem_invoices``: the OEMs' e-invoiced TAX INVOICE
  with IRN and Ack No., the payment block and a rubber stamp (paper). ``supplier_bills``: suppliers' Swipe invoice
  pages and Refrens invoice e-mails and corporate net banking's transaction pages (HDFC Bank ENet, Kotak FYN).
  ``mechanic_pay``: printed SALARY & INCENTIVE VOUCHER / STAFF PAYMENT VOUCHER / CASH VOUCHER - WORKSHOP, Cashfree
  Payouts' transfer pages, a bulk salary upload's record and a PhonePe screen. ``rto_fees``: VAHAN's online payment
  receipts from the dealer login (Transport Department, Madhya Pradesh / Regional Transport Office, Indore) and
  Indore Municipal Corporation's trade licence receipt through e-Nagarpalika (browser). ``insurer_premiums``:
  insurers' premium receipts and payment acknowledgements (browser, e-mail). ``showroom_slips``: card terminal slips
  (monospace), brand EMI sales among them. ``utility_bills``: Bharat Connect in banking and UPI apps and MPWZ's own
  quick pay receipt page. ``bank_alerts``: the bank's SMS debit alerts in each bank's own wording and two e-mail
  transaction alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout195's, heldout191's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187, heldout191, heldout195): a payer's payment advice (here a lender's) pays the
  company under its payee label, *settled* (new here) Dealer name / Disbursed to (dealer) / Favouring, never the
  lender (the payer) on top, the Customer / Borrower or the Asset. *settled* (new here): the state EV incentive
  portal's disbursal page pays the dealer under Dealer (beneficiary), never the portal on top, the Government of
  Madhya Pradesh / Transport Department line or a claim's buyer. A UPI screen's payee under Paid to / To / Sent to /
  Paying to, *settled* (new here) or CRED's Payment to (here the company), never the UPI ID or the app; a payment
  link's payee on top (here the company), never Customer / Paid by or the gateway's footer (Cashfree, PayU).
  *settled* (heldout175, heldout179, heldout183, heldout187, heldout191, heldout195): the company's own receipt pays
  the company on top (its full, capital or short name as printed), never the party under Received with thanks from
  / *settled* (new here) Customer name; its sales desk's receipt e-mail likewise. *settled* (heldout175, heldout187,
  heldout191): a bank's outward remittance advice pays the maker abroad under Beneficiary name, *settled* (new here)
  or Pay to (overseas supplier) / Beneficiary (payee abroad), never the bank on top, the Remitter or the Beneficiary
  bank. An OEM's or supplier's name on top of its own paper or invoice page, never M/s the company under *settled*
  (new here) Dealer (billed to) / Buyer (bill to) / Consignee / Bill To / Billed To. *settled* (heldout191,
  heldout195): a corporate banking page pays the supplier under Beneficiary name / Pay to, *settled* (new here) or
  Credited to (beneficiary), never the portal (HDFC Bank ENet, Kotak FYN) or the bank on top, the Beneficiary
  nickname or the Debit account. *settled* (heldout150, heldout161, heldout179, heldout183, heldout187, heldout191,
  heldout195): a voucher pays the payee, *settled* (new here) a staff voucher the employee under Name of technician /
  Paid to (employee) / Employee name, never the company on top; *settled* (new here) Cashfree Payouts' transfer page
  the Beneficiary name, never Cashfree or the Beneficiary ID; a bulk record the Beneficiary name, never the Debit
  account; a transfer screen the payee under Paid to / To. *settled* (heldout179, heldout191, heldout195, new here
  for Madhya Pradesh): a fee page pays the authority on top (Transport Department, Madhya Pradesh; Regional
  Transport Office, Indore; RTO INDORE (MP09); Indore Municipal Corporation / Nagar Palik Nigam Indore; capitals
  where so printed), never the Government of Madhya Pradesh line, VAHAN, SBIePay, e-Nagarpalika or the Dealer name /
  Owner name / Name of licensee. *settled* (new here): an insurer's premium receipt pays the insurer on top (its
  full name, capitals where so printed), never the Insured / Proposer or the Intermediary / Dealer (the company). A
  slip's counter name line in capitals (here the dealer's own counter on most, a charging point and a spares shop
  on two), never the terminal's bank or brand or the place line. A Bharat Connect page's biller under Biller /
  Operator / *settled* (new here) Biller name (short or long as printed), never the app, Bharat Connect or the
  Customer name; a board's own page the board on top (MPWZ, short, long or capital as printed), never the Circle or
  the Distribution centre. An SMS alert's payee as the bank sends it ("to NARMADA ELECTRIC MOBI": *settled*, the
  truncated name as printed), never the bank or the sender id; the bank's e-mail alert the Payee name /
  Beneficiary, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187, heldout191,
  heldout195): a payment advice's net sum, *settled* (new here) Net disbursal amount / Amount disbursed to dealer /
  Net amount paid (the Loan amount sanctioned less the Processing fee, the Dealer subvention and the Documentation &
  stamp duty), never the Ex-showroom price or the Loan amount sanctioned; *settled* (new here) the portal's Total
  incentive released, never a claim's incentive. A UPI screen's and a link's sum large. *settled* (heldout175,
  heldout179, heldout183, heldout187, heldout191, heldout195): a receipt counts the sum received even where it is
  part of the price, *settled* (new here) Booking amount received / Down payment received / Margin money received /
  By UPI / By card / Cash received / Cheque for, never the On-road price / Total vehicle cost or the Balance - to be
  financed / Balance payable at delivery. *settled* (heldout167, heldout175, heldout179, heldout191): an outward
  remittance counts the remittance in its currency (USD, EUR, GBP), *settled* (new here) Remittance amount (FCY) /
  Amount in foreign currency / FCY amount, never the INR equivalent, the Forex margin & charges, the GST on forex or
  the Total debit (INR). An OEM's Amount received by RTGS / Received via RTGS / *settled* (new here) Payment
  received (the rounded Invoice total with GST), *settled* (heldout187, heldout191, heldout195) where an advance is
  taken off (here Less: Trade advance adjusted) the Balance received by RTGS / NEFT, or the Cheque received, never
  the Taxable value. *settled* (new here): a Swipe page's Amount Paid and a Refrens e-mail's Amount Received (their
  Balance Due 0), the Total Amount's sum, never the GST line; a banking page's Transfer amount / Debit amount. A
  voucher's Net salary paid / Net payable / Amount paid, never the Basic + DA, the Incentive, the Gross or Less: PF /
  Less: Advance recovered; Cashfree's and a transfer screen's sum large; a bulk record's Amount. *settled*
  (heldout191, heldout195): a fee page's total (the heads x vehicles), *settled* (new here) Total amount paid / Grand
  total / Total fee deposited and the corporation's Amount paid, never a head. *settled* (new here): an insurer's
  Total premium paid / Premium received / Amount paid (with GST), never the Own damage premium, the Third party
  premium, the Zero dep add-on or the GST. *settled* (new here): a slip's SALE AMT: / TXN AMOUNT: / TOTAL:, never a
  brand EMI's EMI AMT: or a charger's ENERGY (kWh):. A Bharat Connect page's sum large; a board's Amount paid. An
  alert's sum debited, never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): Status: Disbursed and Disbursement status: Paid to dealer successes on a
  lender's advice, On hold - PDD (RC and insurance copy) awaited pending (a payer's hold), Returned - beneficiary name
  mismatch at dealer bank failed; the portal's Incentive disbursed to dealer account a success, Sanctioned - payment
  file sent to treasury pending (sanctioned, not yet paid, as heldout167's payment order), Payment failed - account
  validation failed failed. *settled* (new here): Payment declined - daily UPI limit exceeded failed, Payment pending
  - bank yet to confirm pending; Payment received a success. *settled* (heldout167, heldout179, heldout191,
  heldout195): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE
  ACCEPTED - DELIVERY AFTER REALISATION and CHEQUE RECEIVED - SUBJECT TO REALISATION pending, CHEQUE RETURNED -
  BOOKING CANCELLED and CHEQUE DISHONOURED - FUNDS INSUFFICIENT failed; RECEIVED WITH THANKS, BOOKING CONFIRMED, PAID,
  PAID - RECEIVED BY EMPLOYEE, *settled* (new here) PAID - VEHICLE DELIVERED, PAID BY RTGS / PAID BY NEFT, PAYMENT
  RECEIVED - THANK YOU, Paid, Fully paid successes. *settled* (new here): Remittance processed - MT103 released and
  Status: Executed successes, Awaiting documents - import invoice and Form A1 to be uploaded pending, Returned -
  beneficiary bank rejected (account closed) failed; Transaction Successful / Payment status: Completed successes,
  Pending for checker authorisation pending (keyed, not yet authorised, as heldout191's and heldout195's), Failed -
  beneficiary bank declined (account frozen) failed; Cashfree's SUCCESS a success and REVERSED failed (the transfer
  came back); Record status: Paid a success, Record status: Under process at bank pending; Payment successful - fee
  received / Transaction status: Success / Payment successful successes, Transaction pending - check status after 30
  minutes pending, Transaction failed - fee not received by department failed; Premium received - policy issued a
  success, Payment status: Awaiting confirmation from bank pending, Payment failed - policy not issued failed; a
  slip's APPROVED / TXN SUCCESSFUL success, DECLINED - 55 INCORRECT PIN failed, NO RESPONSE FROM ISSUER - STATUS
  AWAITED pending; Bill payment successful / Paid / Payment received successes, Payment pending at biller - will be
  updated within 48 hours pending, Bill payment failed - amount will be refunded failed (the payment failed, whatever
  the refund). *settled* (new here): an SMS that says the payment "could NOT be processed" failed, "is being PROCESSED
  - final status within 24 hrs" pending (as heldout191's "has been DECLINED" / "is under PROCESS" and heldout195's
  "was UNSUCCESSFUL" / "is AWAITING"), a debit alert a success, whatever its bank's wording ("Sent Rs.x From ...",
  "... debited for Rs x ...; <payee> credited", "debited by Rs.x ... trf to", "INR x debited from ..."); Transaction
  status: Debited a success.
* date: the day paid (Disbursement date, Disbursed on, Value date, *settled* (new here) Hold date / Returned on on a
  lender's advice and Sanctioned on / Failed on on the portal's pages, Date & time, Paid on, Completed on, Payment
  date, a receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date / Date of issue / Invoice
  Date / Voucher date, Remittance date, *settled* (new here) Date of debit, the pending wire's Request date
  (heldout175, heldout187, heldout191), Returned on, Transaction date, *settled* (new here) Initiated on / Failed on
  on a banking page, Cashfree's Processed on / Added on and a bulk record's Uploaded on, Processed on, Receipt date,
  Date of payment, a slip's DATE: / *settled* (new here) DT:, Transaction date & time, the SMS's day). *settled*:
  never a Bill month, a Bill date, a Due date or an e-mail's hour; *settled* (new here) never a voucher's salary
  Month or a policy's Period of insurance.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a lender's
  disbursal, *settled* (new here) the portal's credit to the dealer's account, a Swipe or Refrens page's Bank
  Transfer, Cashfree's and a bulk record's IMPS, a Bharat Connect bill from a Current A/c, a fee, a premium or a
  board paid by Net banking; UPI for UPI apps, a link's, a fee's, a premium's, a board's, a bill's, a receipt's, an
  invoice page's, a voucher's or Cashfree's UPI; card on slips (brand EMI sales too), a link's card, a receipt's By
  card, a fee, a premium or a board paid by Debit card; cheque for a cheque accepted, received, returned or
  dishonoured; cash for a cash receipt, voucher or invoice page.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183,
  heldout187, heldout191 and heldout195): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref.
  No., UPI Ref No., UTR, UTR No., IMPS Ref No., *settled* (new here) UPI Ref ID, UTR / RRN, Cashfree's Bank
  reference and PayU's Bank Ref No. on a UPI payment, a slip's RRN: / REF NO:, an SMS's UTR / UPI Ref / IMPS Ref),
  then a bank reference (an outward advice's *settled* (new here) OWR No. / Remittance ref. No. / Our ref., a fee
  page's Bank Ref. No., an insurer's Bank Ref. No., a banking page's *settled* (new here) Transaction reference No.,
  B-Connect Txn ID / *settled* (new here) BBPS Ref ID), then a transaction / payment id (PhonePe's and Paytm's own
  Transaction ID, *settled* (new here) Cashfree's CF Payment ID, PayU ID, the portal's e-Payment ID, Cashfree
  Payouts' Reference ID, VAHAN's Transaction No., e-Nagarpalika's and MPWZ's Transaction ID, an insurer's
  Transaction ref. No. / Payment ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth
  code, Approval code, APPR CODE:, *settled* (new here) a slip's AUTH CODE:), then an order's number (*settled* (new
  here) Cashfree's Order ID, PayU's Merchant txn ID, Cashfree Payouts' Transfer ID), then a document's own number
  (*settled* (new here) Disb. ref No. / Payout advice No. on a lender's advice, M.R. No. / Money Receipt No. /
  Receipt No. on a receipt, Tax Invoice No. / Invoice No. / Document No., Invoice # / Invoice No on an invoice page,
  Voucher No. / Vr. No., Receipt No. / Premium receipt No., a slip's BILL NO: / INV NO:). *settled*: never a UETR,
  MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC, IEC, a cheque number,
  Maker / Checker, a consumer number (here IVRS No., Relationship No., Service ID, Connection No.), an Application No.
  / Licence No., a Dealer code, a bulk upload's File. *settled* (new here): never a Loan account No. / Agreement No.,
  a DO No., a Claim No., a Booking No., a Chassis No. / VIN, a Registration No. / Temporary Reg. No., an e-invoice's
  IRN or Ack No., a Proforma invoice No. on a wire, a Beneficiary nickname / Beneficiary ID, an Emp. code, a Policy
  No. / Proposal No., a slip's STAN:, or a banking page's Initiated by / Approved by.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout199_families import (
    bank_alerts,
    compose,
    customer_upi,
    insurer_premiums,
    lender_disbursals,
    mechanic_pay,
    money_receipts,
    oem_invoices,
    rto_fees,
    showroom_slips,
    spares_wires,
    supplier_bills,
    utility_bills,
)

SPLIT = "heldout199"

FAMILIES: list[Family] = [
    ("lender_disbursals", lender_disbursals, PAGE_FACES),
    ("customer_upi", customer_upi, SCREEN_FACES),
    ("money_receipts", money_receipts, PAPER_FACES),
    ("spares_wires", spares_wires, PAGE_FACES),
    ("oem_invoices", oem_invoices, BILL_FACES),
    ("supplier_bills", supplier_bills, PAGE_FACES),
    ("mechanic_pay", mechanic_pay, PAPER_FACES),
    ("rto_fees", rto_fees, PAGE_FACES),
    ("insurer_premiums", insurer_premiums, PAGE_FACES),
    ("showroom_slips", showroom_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout199_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout199 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

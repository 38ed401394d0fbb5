"""heldout208: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Shillong private school's day in 2026 (Laban Hill School, run by Laban Hill
Educational Society, on Lumparing Road, Laban, Shillong, Meghalaya, with its boarding house, Laban Hill Hostel, at
Kench's Trace, its canteen and its book, uniform and fee counters), told by the proofs of payment it receives
(parents' UPI screens and fee payment links, State Bank Collect's e-receipts and the school ERP's online fee
receipts, its own fee and hostel fee receipts, parents abroad's inward wires in UAE dirhams, pounds, US, Singapore,
Australian and Canadian dollars and euros, parents' and visitors' cards at the canteen and the counters) and those it
makes (the mess's and the canteen's suppliers of rice, pulses and oil, vegetables, eggs and chicken, paneer, curd and
ghee, and LPG, the teachers' and staff's salary vouchers, bulk salary records and payouts, the bus contractors' hire
bills and the net-banking transfers to them, the van's workshop, the GPS and CCTV firm and the garage, CISCE's
examination, late and affiliation fees, the Science Olympiad Foundation's, ASISC's and the Bharat Scouts and Guides'
receipts, EPFO's, ESIC's, Shillong Municipal Board's, FSSAI's, the profession tax's, the fire service's and the
school education directorate's pages, its card at a filling station, a hotel for the visiting examiners, a stationer
and a sports shop, MePDCL's electricity, the broadband, phone and DTH bills, the bank's SMS and e-mail alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no
day (truth None for those fields; the page that prints no day prints no fee term, month or session either, and no
financial year in a number).

* ``parent_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, MobiKwik, CRED, BHIM) paying the school or the
  society and two fee payment links (Razorpay, PayU). ``fee_collect``: State Bank Collect's e-receipts (browser,
  printed) and the school ERP's online fee receipts (CampusCare, MyClassboard, Fedena). ``fee_receipts``: the
  school's own FEE RECEIPT / MONEY RECEIPT / FEE RECEIPT (PARENT'S COPY), the hostel's HOSTEL FEE RECEIPT / BOARDING
  FEE RECEIPT (paper, rubber stamp) and the accounts office's fee acknowledgement e-mails. ``nri_wires``: the banks'
  inward remittance advices for fees (browser, e-mail, printed). ``canteen_slips``: card terminal slips
  (monospace). ``mess_invoices``: the suppliers' TAX INVOICE / BILL OF SUPPLY with the payment block and a rubber
  stamp (paper, serif). ``staff_salaries``: printed SALARY PAYMENT VOUCHER / PAY SLIP CUM PAYMENT VOUCHER / STAFF
  SALARY VOUCHER - NON-TEACHING, OnlineSBI Corporate's bulk salary records, RazorpayX's payout page and a Google Pay
  screen. ``bus_contractor``: the contractors' MONTHLY BUS HIRE BILL / BILL OF SUPPLY - SCHOOL BUS HIRE (paper,
  rubber stamp) and corporate net banking's transaction pages (OnlineSBI Corporate, neo for Corporates, UCO eBanking
  Corporate). ``board_fees``: CISCE's fee pages, the Science Olympiad Foundation's acknowledgement e-mails, ASISC's
  membership receipt page and the Bharat Scouts and Guides' printed receipt. ``govt_dues``: EPFO's, ESIC's, Shillong
  Municipal Board's, FSSAI's, the Taxation Department's (profession tax), Meghalaya Fire and Emergency Services' and
  the Directorate of School Education and Literacy's payment pages (browser). ``utility_bills``: Bharat Connect in
  banking and UPI apps and MePDCL's own receipt page. ``bank_alerts``: the bank's SMS alerts in each bank's own
  wording and two e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout207's, heldout206's, heldout198's, heldout171's, heldout159's and heldout152's, kept where
they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Paying to / Payment to (here the school, LABAN HILL SCHOOL, or the society), never the UPI ID or the app; a
  payment link's payee on top (here the school or the society), never Paid by or the gateway's footer (Razorpay,
  PayU), *settled* (new here) nor Student name / Name of student / Payer name / Parent / guardian. *settled*
  (heldout159, heldout198): State Bank Collect's e-receipt pays the institution under Institution, *settled* (new
  here) or Institution name / Payee institution (the school, the society or their capitals as printed), never State
  Bank Collect on top, the Category or the Student name / Name of student. *settled* (heldout152): a school-fee page
  pays the school, never the app that collects for it; *settled* (new here) the school ERP's receipt pays the school
  on top, never the ERP in its Powered by footer (CampusCare, MyClassboard, Fedena) or the Student. *settled*
  (heldout171, heldout175, heldout179): the school's own receipt pays the school on top (full or capital as printed)
  and the hostel's the hostel on top (Laban Hill Hostel, heldout171's hostel), never the society in its "(Run by
  ...)" / "A unit of ..." line or the Student; *settled* (new here) never the Received from / Name of parent /
  guardian / Parent; the accounts office's e-mail likewise. *settled* (heldout155, heldout167, heldout207): a bank's
  inward remittance advice pays the school under Beneficiary name / Beneficiary customer, *settled* (new here) or
  Credit to (beneficiary) (the society or the school as printed), never the bank on top, the Remitter / Ordering
  customer (the parent), the Remitter's bank / Remitting bank / Sender's bank, *settled* (new here) nor the student
  in the Remittance details / Narration. A slip's counter name line in capitals (here the school's canteen and its
  counters on four, a filling station, a hotel, a stationer and a sports shop on the rest), never the terminal's bank
  or brand (SBI, AXIS BANK, BHARAT PETROLEUM, PINE LABS, PAYTM EDC ...) or the place line (*settled* (new here) a
  counter's line such as BOOK & UNIFORM COUNTER, LABAN is the place line). A supplier's name on top of its own paper
  (capitals where so printed), never the school's mess, hostel or canteen under *settled* (new here) Bill to / Buyer
  (bill to) / Consignee / buyer. *settled* (heldout150, heldout161, heldout179, heldout206, heldout207): a wage or
  salary voucher pays the employee, *settled* (new here) under Name of employee / Employee / Paid to (staff), never
  the school or the society on top, the Designation or the Emp. code; a bulk record the Beneficiary name, never
  the portal on top or the Debit account; *settled* (heldout183) RazorpayX's payout page the Contact name /
  Beneficiary name, never RazorpayX on top or the society in its Payouts line, *settled* (new here) nor the Fund
  account; a transfer screen the payee under Paid to / To. A contractor's name on top of its own bill, never the
  Principal under To / Billed to, a route or a bus. *settled* (heldout179, heldout186, heldout207): a corporate
  banking page pays the payee under Beneficiary name / Payee name (heldout168) / *settled* (new here) Credit to
  (payee), never the portal (OnlineSBI Corporate, neo for Corporates, UCO eBanking Corporate), the bank line or the
  Debit account. *settled* (new here): CISCE's fee page pays the Council on top (Council for the Indian School
  Certificate Examinations, CISCE or its capitals as printed), never the CAREERS line or the School name / School;
  the Science Olympiad Foundation's e-mail the Foundation on top (Science Olympiad Foundation / SOF), never the
  School; ASISC's receipt the Association on top (Association of Schools for the Indian School Certificate /
  ASISC), never the Member school; the Bharat Scouts and Guides' receipt the body on top (as printed), never its
  Meghalaya State Association line or the school in Received from. *settled* (heldout153, heldout167, heldout207):
  EPFO's and ESIC's pages pay the Employees' Provident Fund Organisation / EPFO and the Employees' State Insurance
  Corporation / ESIC on top, never the Ministry line or the Establishment name / Employer name; *settled*
  (heldout176, heldout182): FSSAI's page pays the Food Safety and Standards Authority of India / FSSAI on top,
  never the FoSCoS line or the Name of FBO. *settled* (new here for Meghalaya): a fee page pays the authority on top
  as printed: Shillong Municipal Board / SHILLONG MUNICIPAL BOARD, Taxation Department, Government of Meghalaya /
  TAXATION DEPARTMENT, MEGHALAYA, Meghalaya Fire and Emergency Services (capitals where so printed), Directorate of
  School Education and Literacy, Meghalaya / Directorate of School Education & Literacy, never the line under it
  (Online services, e-Payment of profession tax, Fire safety NOC, Recognition of private schools), the Owner name,
  Name of licensee, Name of employer, Name of premises or Name of school. A Bharat Connect page's biller under Biller
  / Biller name / Service provider / Operator (short or long as printed), never the app, Bharat Connect or the
  Customer name / Consumer name / Registered name; *settled* (new here) MePDCL's own receipt page the company on top
  (MePDCL, Meghalaya Power Distribution Corporation Ltd or its capitals as printed), never the MeECL group line, the
  ESD or the Consumer name. An SMS alert's payee as the bank sends it ("KA KYRDAN TRANSPORT S": *settled*, the
  truncated name as printed), *settled* (new here) SBI's "trf to <payee>" and "-Transferred to <payee>", Axis Bank's
  "<way>/<ref>/<payee>" line (the payee after the reference), ICICI Bank's "<payee> credited.", UCO Bank's "by <way>
  to <payee>" and "Your <way> txn of Rs.x to <payee>", never the bank or the sender id; the e-mail alert's Paid to /
  Beneficiary (heldout206), *settled* (new here) or Credited to, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's sum large. *settled* (heldout152): a fee page's
  sum is what the parent's payment moved, so a link's sum large with its convenience fee, *settled* (new here) never
  the Fee amount or the Convenience fee (incl. GST) / Gateway charges (incl. GST) lines. *settled* (heldout159):
  State Bank Collect's Total amount (the Amount with its Transaction charge(s)), never the Amount line or the charge.
  *settled* (new here): the ERP's Total paid / Amount paid (Total amount / Amount on the failed one: the heads, less
  the Sibling concession, with the Convenience charges (incl. GST) on a card), never a head, the Fee total or the
  concession. *settled* (heldout175, heldout179, heldout206, heldout207): a receipt counts the sum received even
  where it is part of the fees, *settled* (new here) Received in cash / Cash received / Amount received / Received
  by UPI / Amount received (UPI) / Received by NEFT / Amount received (NEFT) / Received by card / Card payment
  received / Cheque amount / Amount of cheque, never the Total / Total fees / Fees payable, a head, the concession
  or the Balance due / Balance outstanding. *settled* (heldout155, heldout167, heldout202, heldout206, heldout207):
  an inward wire's foreign sum (Inward remittance amount / Amount in FCY / Foreign currency amount) in AED, GBP, USD,
  SGD, AUD (A$), EUR or CAD, never the Rupee equivalent / INR equivalent, the Bank charges incl. GST or the Amount
  credited (INR); its Exchange rate is no sum. A slip's AMOUNT: / SALE AMOUNT: (heldout198), *settled* (new here)
  NET AMOUNT:, never the RATE:, VOLUME(L):, ITEMS: or ROOM NO:. *settled* (heldout187, heldout191, heldout202,
  heldout206, heldout207): a supplier's paper counts the sum paid, where an advance is taken off (here Less: Advance
  received) the Balance received by NEFT / RTGS, else *settled* (new here) Received by NEFT / RTGS, Amount received
  via NEFT / RTGS or Received through UPI (the rounded Invoice total with GST, or a BILL OF SUPPLY's rounded Bill
  total without it), or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. *settled*
  (new here): a salary voucher's Net salary paid / Net pay / Take-home paid (heldout206) (the Gross salary less EPF
  @ 12%, ESI @ 0.75%, the Profession tax and a Salary advance recovered), never the Gross salary, the Basic pay, an
  allowance or a deduction; a bulk record's Amount; RazorpayX's and a screen's sum large. *settled* (heldout167,
  heldout206): a contractor's Net received by NEFT / Amount received (net of TDS) (the Total less TDS u/s 194C @
  1%), never the Total or a route's line. A banking page's Amount (INR) (heldout207), *settled* (new here)
  Transaction amount / Payment amount. *settled* (new here): CISCE's Total amount paid / Amount paid / Total fee /
  Amount (every candidate's fee with the Late fee), never a line; the Foundation's Net amount received / Amount
  received (the Total fees collected less Retained by school (Rs 25 x n)), never the Total fees collected or an
  Olympiad's line; ASISC's Total amount (the Annual and the Regional chapter subscription), never a head; the
  Scouts' Amount received. EPFO's Total amount, never an A/c line; ESIC's Total amount paid, never a share; the
  Board's Total amount / Amount paid / Amount (the heads), never a head; FSSAI's Total amount paid; *settled* (new
  here) the profession tax's Amount paid (the Tax deducted); the fire service's Total fee paid / Total amount (the
  Inspection fee and the NOC renewal fee), never a fee; the directorate's Amount paid. A Bharat Connect page's sum
  large; *settled* (new here) MePDCL's Amount paid (the Bill amount less the Rebate for online payment (1%) where
  printed, as heldout152's digital payment rebate), never the Bill amount or the rebate. An alert's sum debited
  (the e-mail's Transaction amount / Amount debited), never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful / Paid successfully / Transfer
  successful successes, Payment failed - debit limit for the day exceeded failed, Payment in progress - awaiting
  confirmation from your bank pending; a link's Payment successful / Paid / Thank you! Your payment is complete
  successes; State Bank Collect's Transaction successful / Payment successful successes, Payment pending - status
  will be updated after confirmation from bank pending; the ERP's Fee payment successful / Payment received
  successes, Payment failed - transaction declined by bank failed. *settled* (heldout167, heldout179, heldout206,
  heldout207): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here)
  CHEQUE ACCEPTED - RECEIPT VALID ON REALISATION and CHEQUE IN CLEARING - RECEIPT PROVISIONAL pending, CHEQUE
  DISHONOURED - FEE DUE WITH FINE and CHEQUE BOUNCED - AMOUNT STILL DUE failed; RECEIVED WITH THANKS, PAID, PAID BY
  NEFT / UPI / RTGS, PAYMENT RECEIVED successes, *settled* (new here) as are FEES RECEIVED, SALARY RECEIVED and PAID -
  RECEIVED IN FULL. *settled* (new here): an inward advice's Credited to beneficiary account / Status: Funds
  credited successes, Held - purpose of remittance declaration awaited from beneficiary pending, Returned to
  remitter's bank - beneficiary account number invalid failed; a slip's APPROVED / TXN SUCCESSFUL successes,
  DECLINED - 51 INSUFFICIENT FUNDS failed, RESPONSE NOT RECEIVED - CHECK WITH BANK BEFORE RETRY pending; a bulk
  record's Credited to beneficiary success, Uploaded - pending at bank for credit pending; RazorpayX's Payout
  reversed - beneficiary account closed failed (the payout came back, as heldout199's, heldout203's and heldout207's
  reversals); a banking page's Transaction successful / Status: Completed - credited to payee successes, Awaiting
  approval - authoriser pending (keyed, not yet authorised, as heldout191's to heldout207's), Rejected by
  beneficiary bank - invalid account failed; CISCE's Payment successful / Fee received successes, Payment under
  verification - fee status will update within 24 hours pending, Transaction failed - fee not received by the
  Council failed; the Foundation's Payment received / Payment acknowledged and ASISC's Subscription received
  successes; a fee page's Payment successful / Challan paid successfully / Payment received / Fee paid / Tax paid
  successfully / Fee paid successfully / Fee received successes, EPFO's Challan payment in process - bank
  confirmation awaited pending, Transaction failed - payment not received by the Board failed; Bill paid
  successfully / Payment successful / Bill paid successes, Bill payment pending - awaiting confirmation from biller
  pending, Bill payment failed - amount will be refunded to source in 3-5 working days failed (the payment failed,
  whatever the refund); an SMS that says the transfer "has FAILED and the amount is refunded to your account" failed
  (whatever the refund), one that "is PENDING at the beneficiary bank" pending, a debit alert a success, whatever its
  bank's wording ("Your A/C XXXXX1234 Debited INR x on <day> -Transferred to <payee> by <way>", "Dear UPI user A/C
  X1234 debited by x on date <day> trf to <payee> Refno <ref>", "INR x debited / A/c no. XX1234 / <day>, <hour> /
  <way>/<ref>/<payee>", "ICICI Bank Acct XX123 debited for Rs x on <day>; <payee> credited. <way>:<ref>", "A/c
  XXX1234 Debited with Rs.x on <day> by <way> to <payee>"); the e-mail's Status: Success (heldout206) a success.
* date: the day paid (Date & time, Paid on, Completed on, Initiated on on a UPI screen not yet paid, a link's Paid on
  / Payment date / Transaction date, State Bank Collect's Transaction date / *settled* (new here) Date of
  transaction, the ERP's Payment date / Receipt date / Transaction date and *settled* (new here) Attempted on, a
  receipt's, invoice's, bill's or voucher's Date / Dated / Receipt date / Invoice date / Bill date / *settled* (new
  here) Voucher date / Date of payment, an inward advice's Value date / Credited on / Date of credit / Received on /
  Held since / Returned on / Date of return (heldout207), a slip's DATE: / TXN DATE: / *settled* (new here) DATE &
  TIME:, a bulk record's Uploaded on / Processed on, RazorpayX's Reversed on / Failed on, a banking page's Value date
  / Transaction date / Processed on / Initiated on / Created on / Failed on / *settled* (new here) Rejected on,
  CISCE's Payment date / Paid on / Transaction date / Attempted on, the Foundation's Received on / Payment date, a
  fee page's Payment date / Date of payment / Receipt date / Transaction date / Challan paid date, EPFO's Paid on /
  Initiated on, MePDCL's Payment date / Paid on, Paid on / Transaction date & time (the latter alone on a bill not
  paid), the SMS's day, the e-mail alert's Transaction date / Value date). *settled*: never a Bill month, a Due
  date, a Cheque date (heldout198), a Wage month / Contribution period (heldout167), an invoice number's financial
  year or an e-mail's hour; *settled* (new here) never a Fee term / Fee for the period / Fee for / Period (a term's
  months), Salary for the month of, Bus hire for, a Return month, or the year in CISCE's Examination / purpose /
  Towards.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a bulk record's NEFT
  and *settled* (new here) Intra-bank transfer, RazorpayX's IMPS, a banking page's transfer, a link's, State Bank
  Collect's, a fee page's or a bill's Net banking, a Bharat Connect bill from a Current A/c, an alert's NEFT / IMPS /
  RTGS; UPI for UPI apps, a link's, State Bank Collect's, the ERP's, a receipt's, a supplier's, the Foundation's, a
  fee page's or a bill's UPI; card on slips, a link's card, a receipt's Card, State Bank Collect's, the ERP's or a
  fee page's Debit card and *settled* (new here) Credit card; cheque for a cheque accepted, in clearing, dishonoured
  or bounced; cash for a cash receipt or salary voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout207): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UTR, UTR No., UPI Ref. No., UPI Reference No., UPI reference ID,
  UPI Ref No, UPI Ref No., Razorpay's UPI RRN, IMPS Ref No., *settled* (new here) PayU's Bank Ref No. on a UPI
  payment (as Easebuzz's, heldout199 and heldout203), a slip's RRN: / REF NO: / *settled* (new here) RRN NO:, an
  SMS's UTR / UPI Ref / IMPS Ref and *settled* (new here) SBI's Refno, Axis Bank's reference between the way and the
  payee and ICICI Bank's <way>:<ref>), then a bank reference (an inward advice's Inward ref. No. / Our ref. /
  *settled* (new here) Inward SWIFT ref., State Bank Collect's Bank Reference No. / Bank Ref No. (heldout198), a
  link's Bank reference No. / Bank Ref No. on net banking, the ERP's Bank Ref. No., a bulk record's Bank reference
  No., a banking page's *settled* (new here) Transaction ref. No. / Reference No., a fee page's Bank Ref. No. / Bank
  Ref No. / Bank reference No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (Google
  transaction ID, PhonePe's and Paytm's own Transaction ID, CRED transaction ID (heldout171), *settled* (new here)
  MobiKwik Txn ID, Razorpay's Payment ID pay_..., PayU ID, State Bank Collect's SBCollect Reference Number
  (heldout159) / *settled* (new here) SB Collect Ref. No., *settled* (new here) the ERP's Transaction ID, RazorpayX's
  Payout ID pout_... (heldout183), *settled* (new here) the Foundation's Payment reference, EPFO's CRN, *settled*
  (new here) the Transaction ID of CISCE's, ASISC's, the Board's, FSSAI's, the profession tax's, the fire
  service's, the directorate's and MePDCL's pages, a failed Bharat Connect page's Transaction ID), then an approval
  code (Approval code, Auth code, APPR CODE:, AUTH CODE:, *settled* (new here) AUTH NO:), then an order's number
  (Razorpay's Order ID order_... (heldout202), *settled* (new here) PayU's Txn ID, the school's own order
  reference), then a document's own number (Receipt No. / Rcpt. No. / *settled* (new here) Fee receipt No., the
  ERP's Receipt No., Tax Invoice No. / Invoice No. / Inv. No. / Bill No. / Bill of supply No. (heldout155), Voucher
  No. / Vr. No. / *settled* (new here) Pay slip No., a contractor's Bill No., CISCE's, ASISC's, the Scouts', the
  Board's, the directorate's and MePDCL's Receipt No., EPFO's TRRN, ESIC's Challan No., *settled* (new here) the
  profession tax's Challan No., a slip's INVOICE NO: / BILL NO: / *settled* (new here) INV:). *settled*: never a
  UETR, MID, TID, BATCH NO, STAN:, a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, Maker /
  Checker, a consumer number (here Consumer No., Account No., Mobile No., Subscriber ID (heldout176)), a Student ID /
  Roll No. (heldout152), an Establishment ID, an Employer code, an Emp. code (heldout179), a Licence No., an
  Application No., a Purpose code, a Holding No. (heldout171), a Record No. (heldout207), a Vehicle No.
  (heldout198), a slip's NOZZLE NO: or ROOM NO: (heldout176). *settled* (new here): never an Admission No. / Adm.
  No. / Admission number, a School code / SOF school code / UDISE code / PTRC No., an Application reference No., a
  File reference, a Fund account, a Room / dormitory, a route's bus number or a slip's ITEMS:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout208_families import (
    bank_alerts,
    board_fees,
    bus_contractor,
    canteen_slips,
    compose,
    fee_collect,
    fee_receipts,
    govt_dues,
    mess_invoices,
    nri_wires,
    parent_upi,
    staff_salaries,
    utility_bills,
)

SPLIT = "heldout208"

FAMILIES: list[Family] = [
    ("parent_upi", parent_upi, SCREEN_FACES),
    ("fee_collect", fee_collect, PAGE_FACES),
    ("fee_receipts", fee_receipts, PAPER_FACES),
    ("nri_wires", nri_wires, PAGE_FACES),
    ("canteen_slips", canteen_slips, SLIP_FACES),
    ("mess_invoices", mess_invoices, BILL_FACES),
    ("staff_salaries", staff_salaries, PAPER_FACES),
    ("bus_contractor", bus_contractor, PAGE_FACES),
    ("board_fees", board_fees, PAGE_FACES),
    ("govt_dues", govt_dues, PAGE_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout208_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout208 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout152: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a music and dance academy's day in 2026 (one studio in each of Coimbatore, Nagpur,
Udaipur, Mangaluru, Guwahati, Dehradun, Vijayawada and Surat, a trade name and the trust, LLP or company that runs
it), told by the proofs of payment it receives (students' and parents' UPI for monthly and term fees and a UPI
AutoPay mandate's monthly fee debit, parents' bank transfers, partner schools' payment advices for in-school classes
net of TDS, the school-fee apps' receipts, the front desk's card slips, the ticketing platforms' payouts for its
recitals and attendees' tickets, its own fee receipts and instrument rental deposit receipts) and those it makes
(the studios' lease rent, the visiting teachers' honorariums, electricity through Bharat Connect and the internet
providers' own receipts, the instrument dealers, piano tuners, sound and lighting firms and auditoriums, its
software, refunds of fees and of cancelled workshops, the music exam boards' entry fees, GST and the TDS it
deducted). One payment per page.

* ``fee_upi``: a student's or parent's UPI app paying the academy (Google Pay, Paytm, BHIM, Amazon Pay, Navi; dark on
  some): heldout125's result screen, the academy (its trust or firm on some) under Paid to / To / Sent to (Paying to /
  Payment to on a wait), the app's own id on some, a Note / Message / For / Remarks (Kathak term 2 fee, Tabla monthly
  fee) on most; or a UPI AutoPay mandate's monthly fee debit (three: PhonePe, Paytm, Google Pay; the trust or firm
  under Merchant / Mandate to / Paid to, Mandate name / Purpose / Mandate for (Monthly tuition - Piano), Frequency,
  Max amount / Mandate limit / Debit up to, Payment method / Paid via UPI AutoPay, Reason on the failure, UPI Ref No. /
  UPI Reference ID / UTR and the UMN, Debited on / Executed on / Paid on / Attempted on, Mandate valid till, Debited
  from, Next debit on); Payment Successful / Paid successfully / Transaction Successful / Money sent / AutoPay payment
  successful / Monthly payment done / Mandate executed / AutoPay payment failed / Mandate execution failed / Payment
  Pending / Payment processing / Transaction pending.
* ``fee_transfer``: parents paying a term's fees from their bank (four: HDFC Bank NetBanking, iMobile Pay by ICICI
  Bank, Kotak Net Banking, YONO SBI; heldout124's page, the academy under Beneficiary / Payee / Pay to / Credit to,
  the account and IFSC, the mode NEFT / IMPS, UTR / UTR No. / IMPS Ref No / RRN and the bank's Bank Ref No. /
  Reference No. / Transaction ID on some, the day, the debit account, Remarks / Narration / Purpose (Term fee - Kathak
  (Jan-Mar)), Remitter / Debit account name on the web pages), a partner school's PAYMENT ADVICE / Remittance Advice /
  Vendor Payment Advice e-mail for its in-school music classes (two: the school on top, Vendor / Payee / Paid to the
  academy's trust or firm, Vendor code / Supplier code, Inv <number> dt <day> or In-school music classes (term), Gross
  invoice value / Total invoice amount, Less: TDS u/s 194J(b) @ 10% or u/s 194C @ 2%, Net amount paid / Amount
  remitted / Net payment, Payment mode / Mode, Credited to, IFSC, UTR No. / UTR / IMPS Ref No. and Payment doc No. /
  Payment voucher No., Payment date / Value date, Status Paid / Processed / Remitted) or a school-fee app's receipt
  (two: Teachmint's app screen with the sum large, Classplus's e-mail; the app on top, Fee paid successfully /
  Payment successful / Fee payment received, Institute / Paid to / Academy, Student name, Student ID / Enrolment ID,
  Course / Batch, Fee for Term n (Jan - Mar), Instalment n of 4, Tuition fee, Late fee, Convenience fee and GST on
  convenience fee on some, Total paid / Amount paid, Payment mode / Paid via, Receipt No., Transaction ID, UPI Ref
  No. or Auth code, Paid on / Payment date, Payment status Paid / Successful); Transaction Successful / Funds
  transferred successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode>
  transfer failed / Pending at beneficiary bank / <mode> under process / Transaction in process.
* ``desk_card``: the front desk's card terminal slip for a term fee, an instrument, strings or a rental (Pine Labs,
  Razorpay POS, Axis Bank, BharatPe Swipe, Kotak Bank, Innoviti, Yes Bank, SBI Payments; monospace): heldout146's
  slip, the academy in capitals (its trust or firm on some), ITEM: / DESC: (TERM FEE - PIANO, GUITAR STRINGS X3,
  TABLA PAIR - RENT), BASE AMT / CONV FEE n% / SURCHARGE and TOTAL AMT / TOTAL on two, AMOUNT / SALE AMOUNT / TOTAL on
  the rest, MODE: UPI - DYNAMIC QR with PAYER VPA and QR TXN ID on the wait; APPROVED / TXN APPROVED / DECLINED with
  its RC / PAYMENT PENDING with CHECK DASHBOARD BEFORE ISSUING RECEIPT.
* ``concert_tickets``: the ticketing platforms' payouts for the academy's recitals (five: BookMyShow's e-mail and its
  dashboard, District's dashboard in a browser, Skillboxes' organiser app; the platform on top, Organiser payouts /
  Event partner dashboard / For organisers, Payout summary / Partner payout advice / Settlement statement, Organiser /
  Paid to / Partner / Payee the academy, Organiser ID / Partner ID, Event (<recital>, <auditorium>), Sales between /
  Settlement period / Show dates, the tiers sold (Gold (n x 750)), Less: Convenience & platform fee (n%), Less: GST @
  18% on fee, Less: TDS u/s 194-O (0.1%), Less: TCS u/s 52 (0.5%) on some, Net payout / Amount payable to organiser
  / Payout amount (the sum large on the app), Bank account / Settled to, Mode, Payout ID, UTR / IMPS Ref No., Credited
  on / Paid on / Settled on / Failed on / Scheduled for / Expected on), Townscript's organiser payout (one: Organiser /
  Payout to, Event ID, Event held on, Tickets sold - <event> (n x price), Less: Townscript fee (2%), Less: GST on fee
  @ 18%, Less: Payment gateway charges (1.99%), Net amount transferred) and attendees' ticket e-mails from Townscript
  and Ticketkhidakee (two: Organised by / Organiser / Hosted by the academy, Event, Event date / When, Venue (the
  auditorium), <tier> x n, Booking fee, GST on booking fee, Total paid / Amount paid / Order total, Payment method /
  Paid via, Order ID / Booking ID, Payment ID, Ticket code, Booked on / Order date / Paid on, Payment status); Paid /
  Payout credited / Settled / Payout failed - bank account could not be verified / Payout scheduled / In process.
* ``academy_receipt``: the academy's own paper (serif): five FEE RECEIPT CUM TAX INVOICE / FEE RECEIPT / INVOICE &
  RECEIPT (the academy on top, its trust or firm on some; Receipt No. / Rcpt. No. / Bill No. (Invoice No. / Inv. No.
  on some), Date / Receipt date, Student / Received from / Bill to (a student or parent, or M/s a partner school),
  Student ID / Roll No., GSTIN of school, Fee for / Term, Studio, Tuition fee - Piano (months) n x rate, Tuition fee
  - Kathak (term), In-school music classes (students) n x rate and extras (Admission fee, Exam preparation classes,
  Theory workbook, Guitar strings set, Recital participation fee), Taxable value / Sub total, CGST @ 9% and SGST @ 9%
  or IGST @ 18%, Invoice total / Total fee / Grand total, Less: TDS u/s 194J(b) @ 10% / Less: TDS 194J (10%) on a
  school's, Net amount received / Received (net of TDS) / Amount received / Received, or Cheque amount on the
  returned cheque, or Amount presented / NACH debit amount on the eNACH debit, the sum in words, Mode / Received by
  / Payment mode and its reference, or the cheque, or eNACH (auto-debit) / NACH debit with UMRN, Presented on and
  Debit from; PAID / FEE RECEIVED / RECEIVED WITH THANKS / CHEQUE RETURNED UNPAID - CLASSES ON HOLD (Return reason) /
  eNACH DEBIT PRESENTED - AWAITING CLEARANCE in a row and in the academy's rubber stamp) and three INSTRUMENT RENTAL
  - DEPOSIT RECEIPT / REFUNDABLE DEPOSIT RECEIPT ("Received with thanks from <name> the sum of <words> towards the
  interest-free refundable security deposit for <instrument> on rent, as per the rental agreement dated <day>",
  Monthly instrument rent, Deposit amount / Amount received / Security deposit (n months), the way; RECEIVED WITH
  THANKS / DEPOSIT RECEIVED and the stamp).
* ``rent_honorarium``: the academy paying its studio's landlord (heldout146's lease-rent invoice with the payment
  received: three, and a landlord's RENT RECEIPT / LEASE RENT RECEIPT: two, Lessor / Landlord / Owner (Shri on some),
  PAN of lessor, [ Revenue stamp ]) or a visiting teacher's honorarium from its bank (three: Canara ai1 Corporate, IDFC
  FIRST Bank Business, Union Bank Corporate Net Banking; heldout124's page, the teacher (Pt. / Ustad / Vidushi on
  some, as printed) under Beneficiary / Payee / Vendor / Beneficiary name, Remarks / Narration (Honorarium Feb -
  Kathak 24 classes, Visiting faculty - tabla (Mar) less TDS), Debit account name, Created by / Maker, Approved by /
  Checker on the web pages); the transfers' words as in ``fee_transfer``.
* ``power_internet``: heldout146's electricity through Bharat Connect (Airtel Thanks, IDFC FIRST Bank Business, BHIM,
  CRED, Bajaj Finserv; the board TNPDCL, MSEDCL, MESCOM, APDCL, APCPDCL or its long name under Biller name /
  Electricity board / Billed by, Service No. / Consumer No. / Account ID / USC No.) and the internet providers' own
  receipts (Spectra, JioBusiness, Airtel Business).
* ``music_vendors``: the vendors' paper (the vendor on top): the instrument dealers' TAX INVOICE / RETAIL INVOICE
  (keyboards, guitar strings sets, tabla pairs, music stands, theory workbooks), the sound and lighting firms' TAX
  INVOICE / HIRE BILL (Line array PA system - 2 shows, Stage lights, Cordless mics, Sound engineer & crew, Transport &
  loading @ 10% of crew on some, Event date / Show date and Event), the piano tuners' CASH MEMO / SERVICE BILL (no
  GST), the auditorium's HALL HIRE BILL / BOOKING RECEIPT (Hall hire - full day, AC charges (hours), Green room &
  stage lights, Cleaning & security charges): Bill No. / Invoice No. / Memo No., Date / Bill date, To / Bill to /
  Client M/s the academy, the lines, Taxable value / Sub total, CGST and SGST @ 9%, Round off, Total / Bill total /
  Net payable, Less: TDS u/s 194C @ 2% on some hire bills, Amount received (net of TDS) / Received (after TDS) /
  Amount received / Received / Paid, Mode / Paid by and its reference, or Amount due / Balance payable with Payment
  attempted UPI - declined, or Cheque received with its Cheque No. and Bank; PAID / RECEIVED WITH THANKS / PAYMENT
  RECEIVED - THANK YOU / UPI DECLINED - BILL UNPAID / CHEQUE DEPOSITED - AWAITING CLEARANCE.
* ``music_saas``: heldout146's software page (the vendor's e-mail, billing page or app screen) for Charanga (pounds),
  Zoom Workplace and My Music Staff (US dollars), Flat for Education (euros), Canva Pro, Google Workspace, Zoho Books
  and TallyPrime (rupees): the product on top and its tagline or company line, Bill to / Account / Customer the
  academy's trust or firm, Plan, Billing period, the lines, Subtotal, IGST / GST @ 18% or Tax / VAT (0%) with the
  reverse-charge note, Amount paid / Total charged / Total / Amount due or the sum large, Invoice # / Invoice No.,
  Payment ID / Transaction ID, Bank Ref No., Auth code, UPI Ref No, Charged on / Payment date / Paid on / Attempted on
  / Initiated on, Next charge on; Paid / Payment successful / Charge failed - card declined / Payment processing -
  awaiting bank confirmation.
* ``fee_refund``: the academy refunding a term's fee to a student who discontinued: its FEE REFUND VOUCHER / REFUND
  OF FEES - SETTLEMENT (two; Voucher No. / Refund voucher No., Date, Refund to / Student / Payee, Discontinued from,
  Course, Term fee paid, Less: Classes attended (n of 24) (Rcpt ...), Less: Admission fee (non-refundable), Less:
  Books & practice kit issued, Less: Processing charge, Net refund / Amount refunded, the way; REFUNDED / REFUND
  PAID), its e-mail (two: Refunded to / Beneficiary, Amount refunded, Mode, To account, UTR / UPI Ref No., Refunded
  on, Status Refund processed) or its business banking app (two: Kotak Biz, BOB World Business; Paid to /
  Beneficiary, Remarks (Fee refund - discontinued), IMPS Ref No / UTR and Transaction ID, Date & Time / Attempted on;
  Transfer successful / Money sent / Transfer failed - beneficiary account closed); or its gateway's refund page for a
  cancelled workshop (two: Razorpay, Cashfree Payments; the trust or firm | Live, Refund details / Refund status, the
  refund large, Customer / Refunded to, Workshop, Payment amount / Original amount, Cancellation charge (n%), Refund
  to Source - card / UPI, Refund ID, ARN / RRN, Payment ID, Processed on / Refunded on / Initiated on; Refund
  processed / Refunded / Refund in progress).
* ``exam_boards``: the academy entering its students for graded exams (the board's online entry page in a browser or
  its fee receipt printed): Trinity College London, ABRSM, Rockschool (RSL Awards), London College of Music
  Examinations, Akhil Bharatiya Gandharva Mahavidyalaya Mandal, Prayag Sangeet Samiti, Indira Kala Sangit
  Vishwavidyalaya, Bhatkhande Sanskriti Vishwavidyalaya: the board on top (in capitals on some paper) and its line
  under it, Online entry - payment receipt / Examination fee receipt / Exam entry - payment / EXAMINATION FEE RECEIPT
  / RECEIPT - EXAM REGISTRATION, Applicant / Centre / Entered by the academy, Centre code / Applicant ID / Affiliation
  No., Exam session / Examination (Summer 2026, April - May 2026), the grades entered (Piano Grade 5 x 3 @ 4,650),
  Registration fee, Late entry fee, Centre fee, Convenience fee on a card, Total / Amount paid / Total amount / Amount
  payable, Mode of payment / Payment mode, Receipt No. / Entry reference No., Transaction ID / Payment ref, Bank Ref
  No. / UPI Ref No. / Auth code, Payment date / Paid on / Attempted on / Initiated on; Payment successful / Paid / Fee
  received / Payment failed / Payment pending - awaiting bank confirmation.
* ``gst_tds``: heldout146's GST challans (four: the GST portal's PMT-06 receipt in a browser or printed, Legal name
  the academy's trust or firm) and TDS challans (four: ITNS 281 on the e-filing portal, Bank of Baroda's counterfoil,
  FedMobile's e-Pay Tax; Nature of Payment 194-I(b), 194C, 194J(b) (teachers' honorariums) or 192).

Outcomes: six successes, a failed and a pending page in every family (the payment advices, the fee apps' receipts,
the deposit receipts, the lease invoices and receipts, the internet providers' receipts, the ticket confirmations
and the refund vouchers and e-mails are successes). Absent fields: each family leaves out the id on one page (no
UTR, UPI reference, RRN, IMPS reference, ARN, approval or auth code, bank reference, B-Connect reference, BRN,
transaction, payment, payout, order, booking, QR or refund id, CIN, CPIN, CRN, the app's own id, UMN, receipt,
invoice, bill, memo, voucher, entry, ROC or payment document number; MID, TID, BATCH, card, account and cheque
numbers, UPI IDs, GSTIN, IFSC, PAN, TAN, BSR codes, student, enrolment, organiser, centre, applicant and affiliation
ids, consumer and service numbers stay) and the day on one (no date anywhere: no invoice, agreement, cheque, event,
show, exam session, validity, next-debit, next-charge, discontinuation or due day, no bill, rent or fee month, no
billing, sales or settlement period, no financial, assessment or tax period, no year in a document's number, no
NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in), no CIN or CPIN, no app
id that carries one; an e-mail's hour, a slip's TIME and a phone's clock at most). Sums: ₹ (faces that draw it),
Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on slips, £ / GBP on Charanga's, € / EUR on Flat's, $ / US$
/ USD on Zoom's and My Music Staff's; lakh grouping on most, western and plain on some. Days: as heldout146. Faces:
heldout119's lists (SLIP_FACES for the front desk's slips, BILL_FACES for the academy's receipts, PAPER_FACES for the
vendors' bills, PAGE_FACES for the platforms' pages, the rent and honorariums, the refunds, the exam boards' and the
tax pages, SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the academy's
receipts). Seeds ``heldout152-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the academy (its trust or firm on some) on UPI screens (Paid to / To /
  Sent to) and transfers (Beneficiary / Payee / Pay to / Credit to; never the Remitter / Debit account name), in
  capitals on its slips (never the terminal maker nor the CARDHOLDER), on top of its own receipts (never the Student /
  Received from / Bill to or the one in "Received with thanks from"); the vendor on top of its bill (never M/s the
  academy under To / Bill to / Client); the landlord company on top of its lease invoice; the board under Biller name
  / Electricity board / Billed by; the internet provider and the software product on top (never the company line or
  tagline under it, nor the academy under Account name / Bill to). Never a bank, app, terminal maker, gateway,
  platform or the payer. *settled*: a UPI AutoPay mandate's debit pays the trust or firm under Merchant / Mandate to
  / Paid to. *settled*: a partner school's payment advice pays the academy under Vendor / Payee / Paid to, never the
  school on top of its advice nor its mail's sender. *settled*: a school-fee app's receipt pays the academy under
  Institute / Paid to / Academy, never the app on top (Teachmint, Classplus) that collects for it. *settled*: a
  ticketing platform's payout pays the academy under Organiser / Paid to / Partner / Payee / Payout to, never the
  platform on top; an attendee's ticket pays the organiser under Organised by / Organiser / Hosted by (the academy),
  never the platform or the auditorium in the Venue line. *settled*: a landlord's rent receipt pays the landlord under
  Lessor / Landlord / Owner (Shri is no part of the name, heldout142). *settled*: a teacher's honorarium pays the
  teacher under Beneficiary / Payee / Vendor / Beneficiary name as printed, the honorific (Pt., Ustad, Vidushi) kept
  as part of the printed name, never the academy under Debit account name. *settled*: a refund of fees is a payment
  the academy makes: its payee is the student or parent under Refund to / Student / Payee / Refunded to / Beneficiary
  / Paid to / Customer (heldout137, heldout146), never the academy on top of its voucher or e-mail, the gateway or the
  trust under it. *settled*: an exam board's entry page or fee receipt pays the board on top of it (its own page:
  Trinity College London, ABRSM, Prayag Sangeet Samiti, the universities), never the line under it (Associated
  Board of the Royal Schools of Music under ABRSM, University of West London under London College of Music
  Examinations) nor the academy under Applicant / Centre / Entered by. A GST challan and an income-tax (TDS) challan
  name no payee (heldout137, heldout144).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount or
  sum large. *settled*: a UPI AutoPay debit's sum large, never the Max amount / Mandate limit / Debit up to.
  *settled*: a payment advice's Net amount paid / Amount remitted / Net payment, never an invoice's sum or the Gross
  invoice value. *settled*: a school-fee app's Total paid / Amount paid or the sum large (the tuition fee with the
  late fee and the convenience fee and its GST: the sum the parent's payment moved), never the Tuition fee alone.
  *settled*: a surcharged slip's TOTAL AMT / TOTAL, never the BASE AMT. A platform's Net payout / Amount payable to
  organiser / Payout amount / Net amount transferred or the sum large (after its fee, GST on it, TDS u/s 194-O, TCS
  u/s 52, the ticketing fee and gateway charges), never a tier's sales or Tickets sold. *settled*: an attendee's
  ticket counts the Total paid / Amount paid / Order total (with the booking fee and its GST). *settled*: the
  academy's receipt counts the Net amount received / Received (net of TDS) where a school deducted TDS u/s 194J(b),
  else the Amount received / Received, or the Cheque amount on the returned cheque, or the Amount presented / NACH
  debit amount on the eNACH debit; never the Sub total, a course or an extra, GST or the total when TDS is deducted.
  *settled*: an instrument rental deposit receipt's Deposit amount / Amount received / Security deposit (n months),
  never the Monthly instrument rent. A lease invoice's and a rent receipt's Amount received / Net amount received
  (after TDS u/s 194-I(b)); a honorarium transfer's sum. A Bharat Connect page's Amount paid after a Digital payment
  rebate, the Bill amount where no rebate is printed. An internet provider's Amount paid / Amount received or sum
  large. A vendor's Amount received (net of TDS) / Received (after TDS) where the academy deducted TDS u/s 194C, else
  Amount received / Received / Paid, or Amount due / Balance payable, or Cheque received (the rounded total). A
  subscription's Amount paid / Total charged / Total / Amount due or sum large. *settled*: a fee refund's Net refund /
  Amount refunded or sum large (the Term fee paid less the deductions), never the fee paid or a deduction; a workshop
  refund's sum large (the Payment amount less the Cancellation charge). *settled*: an exam board's Total / Amount
  paid / Total amount / Amount payable (every grade's fees with the registration, late entry, centre and convenience
  fees), never one grade's line. A GST challan's Total challan amount / Total amount; a TDS challan's Amount (in Rs.).
  Currency INR everywhere but on four software pages. *settled*: Charanga's in pounds: GBP; Flat for Education's in
  euros: EUR; Zoom Workplace's and My Music Staff's in US dollars: USD (heldout146), VAT (0%) / Tax 0.00 and the
  reverse-charge note adding nothing.
* status: as printed (the words listed with each family above). *settled*: Mandate executed and Monthly payment done
  are successes, AutoPay payment failed / Mandate execution failed failed; a payment advice's Status Paid / Processed
  / Remitted a success; a fee app's Fee paid successfully / Fee payment received a success; a slip's PAYMENT PENDING
  (CHECK DASHBOARD BEFORE ISSUING RECEIPT) pending; Payout scheduled and In process pending, Payout failed - bank
  account could not be verified failed; a ticket's Payment status Paid / Successful / Confirmed a success; the
  academy's CHEQUE RETURNED UNPAID - CLASSES ON HOLD failed and eNACH DEBIT PRESENTED - AWAITING CLEARANCE pending
  (heldout110); DEPOSIT RECEIVED and FEE RECEIVED successes; a vendor's UPI DECLINED - BILL UNPAID failed and CHEQUE
  DEPOSITED - AWAITING CLEARANCE pending; Biller confirmation pending and Bill payment pending pending; Charge failed -
  card declined failed and Payment processing - awaiting bank confirmation pending; Refund in progress pending and
  Transfer failed - beneficiary account closed failed; an exam board's Payment failed failed and Payment pending -
  awaiting bank confirmation pending; Awaiting credit from RBI - NEFT / RTGS pending.
* date: the day paid (a receipt's, invoice's, voucher's, bill's or slip's Date / Receipt date / Invoice date / Bill
  date / DATE / TXN DATE / DATE/TIME; Paid on, Payment date, Value date, Debited on, Executed on, Date & Time,
  Transaction Date, Transferred on, Credited on, Settled on, Booked on, Order date, Charged on, Received on, Refunded
  on, Processed on, Date of deposit; Attempted on, Failed on, Initiated on and a payout's Scheduled for / Expected on
  on the failures and the waits). *settled*: an eNACH debit's Presented on is its day (heldout110). *settled*: never
  an invoice's day in a payment advice, a rental agreement's, a cheque's, an event's or show's (Event date / When /
  Event held on / Show date / Show dates), an exam session, a mandate's validity, a Next debit on / Next charge on,
  Discontinued from, Challan generated on, a Bill month / Due date / Bill period, a Fee for / Term / Rent for / Rent
  period, a Sales between / Settlement period, a Billing period, a Financial year / Assessment Year or a Return period
  / Tax period.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited, wallet for Bajaj Pay Wallet. *settled*: UPI AutoPay is UPI; a slip's MODE: UPI - DYNAMIC QR is UPI; an
  eNACH / NACH debit is "netbanking" (heldout110); a platform's payout by NEFT / IMPS and a payment advice's NEFT /
  IMPS are "netbanking"; a GST challan's NEFT / RTGS mandate is "netbanking"; a vendor's failed UPI names UPI and its
  Cheque received names cheque; a refund's Source - card / UPI is its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference (a card refund's ARN), then
  a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, Reference No., Txn Ref No., BRN; a B-Connect Txn ID /
  Bharat Connect Txn Ref / BBPS Txn ID), then a transaction / payment id (Transaction ID, Payment ref, Payment ID
  pay_... / ch_..., an app's own id, a Payout ID, a Refund ID, a slip's QR TXN ID, a GST or TDS challan's CIN), then
  an approval code (APPR CODE / AUTH NO, Auth code), then an order's number (a Bharat Connect page's Order ID; a
  ticket's Order ID / Booking ID), then a document's own number (Receipt No. / Rcpt. No. / Invoice No. / Bill No. /
  Memo No., Voucher No., an exam board's Receipt No. / Entry reference No., a fee app's Receipt No., Invoice # on a
  subscription, ROC / INVOICE / BILL NO on a slip, a GST challan's CPIN, a TDS challan's CRN; *settled*: a payment
  advice's Payment doc No. / Payment voucher No.). *settled*: never a mandate's UMN or an eNACH UMRN, an invoice or
  receipt number in a payment advice, a remark or a deduction, an internet provider's Invoice No., a ticket's Ticket
  code, the original Payment ID on a refund page, a slip's TC or TVR, a BSR Code or Challan Sr. No., a PAN or TAN, a
  Student ID / Enrolment ID / Roll No., an Organiser ID / Partner ID / Event ID, a Centre code / Applicant ID /
  Affiliation No., a Vendor code / Supplier code, an Account ID / Workspace ID / Customer ID, a consumer, service or
  USC number, a cheque number, MID, TID, BATCH, a card or mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout152_families import (
    academy_receipt,
    compose,
    concert_tickets,
    desk_card,
    exam_boards,
    fee_refund,
    fee_transfer,
    fee_upi,
    gst_tds,
    music_saas,
    music_vendors,
    power_internet,
    rent_honorarium,
)

SPLIT = "heldout152"

FAMILIES: list[Family] = [
    ("fee_upi", fee_upi, SCREEN_FACES),
    ("fee_transfer", fee_transfer, SCREEN_FACES),
    ("desk_card", desk_card, SLIP_FACES),
    ("concert_tickets", concert_tickets, PAGE_FACES),
    ("academy_receipt", academy_receipt, BILL_FACES),
    ("rent_honorarium", rent_honorarium, PAGE_FACES),
    ("power_internet", power_internet, SCREEN_FACES),
    ("music_vendors", music_vendors, PAPER_FACES),
    ("music_saas", music_saas, SCREEN_FACES),
    ("fee_refund", fee_refund, PAGE_FACES),
    ("exam_boards", exam_boards, PAGE_FACES),
    ("gst_tds", gst_tds, PAGE_FACES),
]


def make_heldout152_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout152 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

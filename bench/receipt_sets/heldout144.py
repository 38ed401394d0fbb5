"""heldout144: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a chartered accountant's practice's day in 2026 (one practice in each of Belagavi,
Solapur, Jamnagar, Bhagalpur, Tirupati, Kannur, Ujjain and Haldwani, a partnership's name and its registered LLP),
told by the proofs of payment it receives (clients' UPI for professional fees, a corporate client's NEFT / RTGS /
IMPS for an audit fee or a retainer, its own fee receipt net of the client's TDS) and those it makes (the office's
card at the computer, DSC and stationery shops, the stationers' and the copier and computer servicers' bills, the
landlord's rent receipt, electricity and broadband through Bharat Connect, the tax, accounting and DSC software's
renewals, ICAI's membership and the branches' CPE fees, income-tax challans (ITNS 280 and 281) for advance tax,
self-assessment tax and TDS, GST and professional tax for itself and on behalf of clients, staff salaries and
articled assistants' stipends, refunds of excess retainers). One payment per page.

* ``client_upi``: a client's UPI app paying a professional fee (Paytm, Google Pay, BHIM, WhatsApp Pay, PhonePe,
  super.money, CRED, Amazon Pay; dark on CRED and some others): heldout125's result screen, the practice (its LLP on
  some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a
  Note / Purpose / Message / Added note (ITR filing fee, Reply to 143(1) notice, Form 15CA / 15CB fee) on most;
  Payment Successful / Paid successfully / Transaction Successful / Money sent / Payment Failed / Transaction
  failed / Payment declined / Payment Pending / Payment processing / Transaction pending.
* ``client_transfer``: a corporate client's bank after an NEFT, RTGS or IMPS for an audit fee or a retainer
  (OnlineSBI Corporate, BOI Omni Neo, SIBerNet, UCO mBanking Plus, Equitas Corporate Banking, IDBI GO Mobile+, PSB
  UnIC, J&K Bank Corporate Net Banking): heldout124's page, the practice (its LLP on most) under Beneficiary /
  Payee Name / Credit to / Transfer to, the account and IFSC, the mode, UTR / UTR No. / IMPS Ref No / RRN and the
  bank's Bank Ref No. / Host Ref No. / Transaction No. on some, the day, the debit account, Remarks / Payment
  narration / Purpose of payment (Statutory audit fee, CA fees - net of TDS, or "Inv HJA/25-26/412 less TDS"),
  Remitter / Ordering customer (the client), Entered by / Initiator and Released by / Authoriser on the web pages;
  Transaction Successful / Funds transferred successfully / <mode> transfer successful / Transaction Failed /
  Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under process /
  Transaction in process.
* ``fee_receipt``: the practice's RECEIPT / FEE RECEIPT / PROFESSIONAL FEE RECEIPT / MONEY RECEIPT (paper, serif):
  the practice on top (its LLP on some), CHARTERED ACCOUNTANTS, FRN and address, GSTIN, Receipt No. / Rcpt. No. /
  R. No., Date / Dated, Received with thanks from / Received from / Client (M/s the company, or Mr. / Shri / Smt. /
  Dr. a person), PAN, Towards (Tax audit u/s 44AB for FY 2025-26, GST returns (GSTR-1 & GSTR-3B) for the quarter
  Jan-Mar 2026, Retainership fee for March 2026), Against invoice <number> dt <day> on some, Professional fees (SAC
  998221) / Fees for services, CGST @ 9% and SGST @ 9% or IGST @ 18%, Reimbursement of ROC fees / Out-of-pocket
  expenses, Invoice value / Total fees / Bill amount, Less: TDS u/s 194J @ 10% / Less: TDS 194J (10%), Net amount
  received / Received (net of TDS) / Amount received / Received, or Cheque amount / Amount on a cheque that bounced
  or waits, the sum in words, by Cheque No. / Chq. No. with dated / Chq. date and drawn on, or Mode / by (UPI,
  NEFT, RTGS, cash) and UPI Ref No. / UPI Transaction Ref. / UPI RRN / NEFT UTR No. / RTGS UTR No. / UTR No. / UTR,
  the partner's signature with his M. No.; RECEIVED WITH THANKS / RECEIVED / CHEQUE DISHONOURED - FEES OUTSTANDING
  (Return reason) / POST-DATED CHEQUE - SUBJECT TO REALISATION in a row and in the practice's rubber stamp.
* ``office_card``: the office's card (or a Bharat QR) at the computer, DSC-token and stationery shops (Paytm EDC,
  Mswipe, HDFC Bank, ICICI Merchant Services, PhonePe POS, Worldline, Ezetap, Bank of Baroda; monospace): the maker,
  CHARGE SLIP / SALE SLIP / CUSTOMER COPY, the shop in capitals, its locality and town, DATE:<day>  TIME:<hour> on
  one row, DATE : and TIME : or DT: <day> <hour>, M.ID / MID, T.ID / TID, BATCH NO, INVOICE NO / TXN NO / BILL NO,
  TXN TYPE : SALE / UPI, CARD NO, CARD TYPE, ENTRY, AID and NAME (the practice) on some, or MODE : BHARAT QR and
  PAYER VPA, AUTH ID / APPR CODE / AUTH CODE, RRN / REF NO, SALE AMT / TOTAL / AMOUNT / TXN AMT (INR, RS, Rs. or
  none; western grouping or plain); APPROVED / TXN SUCCESSFUL / SALE APPROVED / DECLINED / TXN DECLINED with REASON:
  <code> <words> / UPI TXN PENDING with CHECK STATUS ON TERMINAL BEFORE RETRY.
* ``office_bills``: the stationer and printer's, the copier servicer's or the computer servicer's paper (five:
  the supplier on top, TAX INVOICE / BILL / INVOICE / CASH MEMO, Bill No. / Inv. No. / Memo No., Date / Bill date,
  To / Party / Buyer M/s the practice, Machine (Kyocera Ecosys M2040dn (Sr. ...)) on a copier's bill, the items
  (Box file with firm name n x 95, Toner TK-1178 (Kyocera) n x 2450, UPS battery 12V 7Ah), Sub total / Taxable value,
  CGST and SGST @ 9%, Round off, Bill total / Grand total / Net payable, Amount received / Received and Mode / Paid
  by with its reference, or Balance due / Amount due with Payment tried UPI - failed, or Cheque received with its
  Cheque No. and Bank; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED - THANK YOU / UPI PAYMENT FAILED - BALANCE DUE
  / CHEQUE SUBJECT TO REALISATION) or the landlord's RENT RECEIPT (three: Receipt No. / No., Date, "Received with
  thanks from M/s <the practice>, Chartered Accountants, towards rent of the premises at <office> for the month of
  <month>", Monthly rent, Add: Maintenance charges, Less: TDS u/s 194-I @ 10% on a rent of Rs 50,000 or more,
  Amount received / Net amount received, the sum in words, Paid by / Mode of payment (NEFT, UPI, Cheque No. <n> dt
  <day> and Drawn on) and its reference, Landlord / Name of landlord / Owner (Shri / Smt. on some), PAN of landlord,
  [ Revenue stamp ], Signature of landlord).
* ``office_utility``: the office's electricity or broadband bill through Bharat Connect: an app (Jupiter,
  Freecharge, YONO SBI, PhonePe, MobiKwik, Amazon Pay; the app on top, the outcome, the sum large) or net banking's
  Bill Payment - Transaction Receipt / Bharat Connect - Payment Receipt in a browser (Kotak Net Banking, FedNet;
  Status / Transaction status): Biller / Service provider / Paid to (ACT Fibernet, MSEDCL, PGVCL, BSNL, APSPDCL,
  KSEB, MPPKVVCL, Airtel Broadband or its long name), Category, Consumer No. / Service Connection No. / BP No. or
  Account No. / Customer ID / Relationship No., Registered name / Customer name (the practice's LLP), Bill period,
  Bill date, Due date, Units billed or Plan, Bill amount, Prompt payment rebate and Amount paid / Total paid on some,
  Paid via / Payment mode (UPI, Freecharge balance, A/c <masked>, Credit card <masked>), Bharat Connect Ref /
  B-Connect ID / BBPS Ref No., UPI RRN / UPI Ref No., Order ID / Transaction ID / Bank Ref No., Paid on / Payment
  date & time / Attempted on / Initiated on; Bill payment successful / Payment complete / Your bill is paid /
  Successful / Bill paid / Bill payment failed / Payment unsuccessful / Failed / Payment in progress / Awaiting
  biller confirmation / In progress - awaiting biller confirmation.
* ``practice_software``: the practice's software and DSCs (TallyPrime, ClearTax, Winman CA-ERP, Saral TaxOffice,
  Genius, Calendly billed in US dollars, Taxmann, eMudhra; its billing page in a browser, its e-mail or a phone's
  order screen): the product on top, its company or a tagline under it, Licence renewed / Order confirmation /
  Payment receipt / Subscription invoice, Licensee / Billed to the practice's LLP, GSTIN, Licence / Serial No. /
  Serial No. (masked), Edition / Plan, the lines (TSS Gold (multi-user), Additional node 2 x 2,500, DSC Class 3 - 2
  years 4 x 1,350, FIPS USB token 4 x 450, Seats 2 x $120.00), Loyalty discount (10%) / Early renewal -10%, Sub
  total / Taxable amount, CGST 9% + SGST 9% / IGST @ 18% / Tax $0.00, Amount paid / Order total / Total / Amount due
  or the sum large on a phone, Payment mode / Paid with (a card, UPI (<vpa>), Net banking - <bank>), Order No. /
  Invoice No., Payment ID (pay_..., ch_...) / Transaction ID (TXN...), Bank Ref No., Auth code, UPI Ref No, Paid on
  / Order date / Attempted on / Initiated on, Valid till / Renewal due; Paid / Payment received / Order placed -
  payment successful / Payment failed - bank declined / Payment pending confirmation.
* ``icai_fees``: the partner's fees to the Institute: ICAI's Self-Service Portal Fee Receipt / Payment
  Acknowledgement / Payment Status (three: The Institute of Chartered Accountants of India on top, Member name,
  Membership No., Region, Fee for Year <year>, Annual membership fee (FCA / ACA), Certificate of Practice fee, CABF
  contribution (voluntary), Total paid / Total, Payment mode (Net banking (BillDesk), a credit card, UPI (SBI
  ePay)), Receipt No., Gateway Ref No. / BillDesk Txn Ref., Bank Ref No. / UPI Ref No., Payment date / Paid on /
  Attempted on / Initiated on) or its Digital Learning Hub's course fee (one: Course, Course fee, GST @ 18%); a
  branch's or a regional council's CPE registration e-mail (three: the branch or the council on top, Registration
  & Payment Receipt / Delegate Registration, Programme, Programme date / Event on, CPE hours, Delegate CA <name>
  (M. No. n), Registration No., Delegate fee, GST @ 18%, Amount paid / Total received, Payment mode, Payment ID,
  UPI Ref No., Paid on / Payment date, Payment status Paid / Success); a branch's printed study-circle RECEIPT
  (one: the branch on top, Receipt No. / No., Received from CA <name>, Towards Study circle membership, Total
  received, Mode, RECEIVED WITH THANKS and the branch's rubber stamp); Payment Success / Fee paid / Transaction
  Failed / Awaiting confirmation from bank - do not pay again.
* ``it_challan``: an income-tax challan for the practice or a client (ITNS 280 for advance or self-assessment
  tax, ITNS 281 for TDS): the e-filing portal's e-Pay Tax Challan Receipt / e-Pay Tax - Payment Status in a browser
  or printed (Income Tax Department, Government of India on top), a bank's Direct Tax Payment - e-Receipt / e-Tax -
  Taxpayer's Counterfoil in net banking (Canara Bank, Union Bank of India), or a bank app's e-Pay Tax screen (YONO
  SBI, iMobile Pay; the sum large): ITNS No., PAN / TAN, Name, Assessment Year, Financial Year, Major Head / Tax
  applicable, Minor Head / Type of payment ((100) Advance Tax, (300) Self-Assessment Tax, (200) TDS/TCS Payable by
  Taxpayer, (400) TDS/TCS Regular Assessment), Nature of Payment (194J, 194C, 192, 194-I(b), 194Q), Amount (in
  Rs.), Amount (in words), CRN / Challan Reference Number (CRN) with CRN Created on and CRN Valid till, Mode of
  Payment / Payment Mode (Net Banking, Payment Gateway (Debit Card), UPI, Pay at Bank Counter (Cheque)) or Paid
  from / Debit account / Paid using, Bank Name, BSR Code, Challan No., CIN, Bank Reference Number / Bank Reference
  No. / BRN, UPI Ref No., Date of Deposit / Payment Realisation Date / Paid on / Attempted on / Initiated on, the
  Tax Breakup Details (A Tax, B Surcharge, C Cess, D Interest, E Penalty, F Fee under section 234E, Total
  (A+B+C+D+E+F)); Payment Successful / Challan paid / Tax paid successfully / Payment successful / Paid / Payment
  Failed / Tax payment failed / Pending - awaiting confirmation from bank / Payment under process.
* ``gst_pt``: GST for the practice or a client on the GST portal's Form GST PMT-06 - Challan Receipt / e-Challan
  Receipt in a browser or Union Bank of India's printed GST e-Payment - Counterfoil (four: Goods and Services Tax
  or the bank on top, Payment Status, CPIN, GSTIN, Name (Legal) / Legal name, Reason for challan, Return period,
  CGST - Tax / Interest / Late fee, SGST - Tax / Late fee, IGST - Tax, Total Challan Amount / Total Amount, Mode of
  Payment (E-Payment - Net Banking, Credit / Debit Card, Over the Counter (Cheque)), Bank, CIN, BRN / Bank
  Reference No. (BRN) / Transaction Ref No., Deposit Date / Date of Deposit with Deposit Time, Attempted on /
  Initiated on), or the practice's professional tax (four: Professional Tax - e-Payment (Karnataka), Jamnagar
  e-Nagar Seva, K-SMART - Local Self Government Dept. (Kannur), GRAS - Government Receipt Accounting System
  (Maharashtra) on top, Department / Municipal Corporation / Local body, Payment Acknowledgement / Professional Tax
  Receipt / e-Challan, PTEC No. / EC No. / PTRC No. / RC No. / Assessment No., Name / Employer, Period / Tax period
  / Half year, Enrolment tax (professional) or Employees n x 200, Interest, Total / Amount paid, Mode of payment,
  Challan No. / GRN / Receipt No., Bank Ref. No. / Bank Reference / UPI Ref No., Payment date / Paid on / Attempted
  on / Initiated on); Paid / Success / Payment Successful / Payment Failed / Awaiting payment confirmation from bank.
* ``staff_payout``: the practice paying its people: an articled assistant's STIPEND VOUCHER / PAYMENT VOUCHER -
  ARTICLED ASSISTANT (three; paper, the practice on top: V. No. / Voucher No., Date, Paid to / Articled assistant /
  Name of article, ICAI Regn. No., Year of training, Month, Stipend as per ICAI norms, Add: Conveyance - audit
  visits (n days x 150), Less: Leave without pay (n days), Net stipend paid / Net amount paid, the sum in words, Paid
  by / Mode (cash, UPI, Cheque No.) and its reference, PAID / PAID - RECEIVED BY ARTICLE, the revenue stamp); a
  salary or a stipend from a business banking app (three: YONO Business, AU 0101 Business, IndusMobile Business;
  Money transferred / Transfer successful, the sum large, Paid to / Beneficiary, UPI ID or the account and IFSC,
  Mode, Employee code, Remarks Salary / Stipend <month>, UTR / IMPS Ref No / UPI Ref No and Transaction ID, Date &
  Time / Transferred on, Debited from); a bulk salary upload's record in corporate net banking (two: ICICI Bank
  CIB, Axis Bank Corporate iConnect; Bulk Payments - Record Details / Salary upload - Transaction details,
  Corporate, File name, Batch ID, Record n of m, Beneficiary name / Employee name, Account No., IFSC, Amount,
  Payment type NEFT, Customer Ref No., Host Ref No. / Transaction Ref No., UTR, Status Processed / Rejected by
  beneficiary bank - account closed / Pending authorisation (checker), Processed on / Rejected on / Initiated on).
* ``retainer_refund``: the practice refunding a client's excess retainer or fee advance: its printed CREDIT NOTE
  CUM REFUND VOUCHER / REFUND VOUCHER (two: the practice on top, Credit note No. / Voucher No., Date, Client /
  Refunded to, Original invoice <number> dt <day>, Reason, Fees reversed, CGST @ 9% reversed, SGST @ 9% reversed,
  Amount refunded / Total refund, the sum in words, the way and its reference, REFUNDED / REFUND PAID, the client's
  signature), its e-mail to the client (two: the practice on top, Refunded to / Beneficiary, Advance held, Adjusted
  against fees / Less: Fees for work done, Amount refunded, Mode, To account, UTR / UPI Ref No., Refunded on, Status
  Refund processed), its business banking app (two: Canara ai1 Business, bob World Business; Paid to / Beneficiary,
  Remarks Refund - excess retainer, IMPS Ref No / UPI Ref No, Transaction ID, Date & Time / Attempted on; Transfer
  successful / Money sent / Transfer failed - account frozen) or its gateway's refund page (two: Instamojo,
  CCAvenue; the practice's LLP | Live under it, Refund details / Refund status, the refund large, Customer / Buyer,
  Original payment / Payment amount, Reason, Refund to Source - UPI / card, Refund ID, ARN / RRN, the original
  Payment ID, Processed on / Refunded on / Initiated on; Refund processed / Refunded / Refund initiated).

Outcomes: six successes, a failed and a pending page in every family (the rent receipts, the stipend vouchers,
the refund vouchers and e-mails and the branches' e-mails and receipt are successes). Absent fields: each family
leaves out the id on one page (no UTR, UPI reference, RRN, IMPS reference, ARN, approval or auth code, bank or host
reference, B-Connect or Bharat Connect reference, BRN, transaction, payment, order, gateway or refund id, CIN, CRN,
CPIN, GRN, challan number, app's own id, receipt, bill, memo, invoice, order, voucher, credit note or registration
number, INVOICE NO / TXN NO / BILL NO on a slip; FRNs, membership numbers, PAN and TAN, ITNS No., BSR codes, GSTIN,
IFSC, account numbers, UPI IDs, consumer, connection, BP, account, customer and relationship numbers, licence and
serial numbers, ICAI registration numbers, employee codes, PTEC / PTRC / EC / RC / assessment numbers, MID, TID,
BATCH, AID and card numbers stay) and the day on one (no date anywhere: no invoice, cheque, bill, due, event,
validity, renewal, CRN or rent month, no bill period, return or tax period, month, quarter, financial or assessment
year, no year in a document's number, no NEFT or RTGS UTR (both spell the day; a bank reference stands in), no CIN
or CPIN (both spell the year), no app id that carries one; an e-mail's hour, a slip's TIME and a phone's clock at
most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS / Rs. / none on slips, $ / US$ on
Calendly's receipt; lakh grouping on most, western and plain on some. Days: dd/mm/yyyy, dd.mm.yyyy, d Month,
yyyy, dd-mm-yy, dd-Mon-yyyy, Month d, yyyy, d Mon yyyy and yyyy-mm-dd on paper and e-mails, heldout121's PATS with
an hour on screens and browsers, DD/MM/YY, DD-MON-YYYY, DD.MM.YYYY, YYYY-MM-DD and DD MON YY on slips (the hour on
the same row under DATE:..TIME: or DT:). Faces: heldout119's lists (SLIP_FACES for the office's slips, BILL_FACES
for the fee receipt, PAPER_FACES for the suppliers' bills and the rent receipts, PAGE_FACES for ICAI's pages, the
challans, GST and professional tax, the payouts and the refunds, SCREEN_FACES for the rest). Frames: heldout121's
``compose`` (heldout129's rubber stamp on the fee receipt and the branch's receipt). Seeds ``heldout144-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the practice (its LLP on some) on clients' UPI screens (Paid to / To /
  Sent to) and transfers (Beneficiary / Payee Name / Credit to / Transfer to; never the Remitter / Ordering
  customer), on top of its own fee receipt (never the client under Received from / Client); the shop in capitals
  on its slip (never the terminal maker above it nor the cardholder's NAME, the practice); the supplier on top of
  its bill (never M/s the practice under To / Party / Buyer); the biller under Biller / Service provider / Paid to
  (never the app, the bank, Bharat Connect or the Registered name); the software product on top (never its company
  line or tagline, the card, or the practice's LLP under Licensee / Billed to). Never a bank, app, terminal maker,
  gateway, portal or the payer. *settled*: a landlord's rent receipt pays the landlord under Landlord / Name of
  landlord / Owner (never M/s the practice in its sentence); Shri / Smt. is no part of the name (heldout142).
  *settled*: ICAI's fee receipts pay The Institute of Chartered Accountants of India on top of its Self-Service
  Portal's or its Digital Learning Hub's page (the Institute's own page, not a portal collecting for another); a
  CPE registration or a study-circle receipt pays the branch or the regional council on top (Belagavi Branch of
  SIRC of ICAI, Central India Regional Council of ICAI), as printed. *settled*: an income-tax challan names no
  payee (the Income Tax Department, Government of India on top is the portal's heading, as the GST portal's is in
  heldout137; the bank on a counterfoil or an app is not paid either); a GST challan and the bank's GST
  counterfoil name none (heldout137). *settled*: professional tax pays the department or the local body under
  Department / Municipal Corporation / Local body (Commercial Taxes Department, Karnataka; Jamnagar Municipal
  Corporation; Kannur Municipal Corporation; Goods and Services Tax Department, Maharashtra), never the portal on
  top (heldout140). *settled*: a stipend voucher pays the articled assistant under Paid to / Articled assistant /
  Name of article, never the practice on top of its own voucher; a salary or a stipend from a banking app or a bulk
  upload's record pays the employee under Paid to / Beneficiary / Beneficiary name / Employee name (never the
  bank, the Corporate or the account under Debited from). *settled*: a refund of a retainer is a payment the
  practice makes: its payee is the client under Client / Refunded to / Beneficiary / Paid to / Customer / Buyer
  (heldout137, heldout140), never the practice on top of its voucher or e-mail, the gateway or the practice's LLP
  under it; "M/s " is no part of the name (heldout139).
* amount / currency: the sum this payment moved. *settled*: a fee receipt's Net amount received / Received (net of
  TDS) (the invoice value less the client's TDS u/s 194J), or its Amount received / Received where no TDS is
  deducted, or its Cheque amount / Amount on a bounced or post-dated cheque; never the Professional fees, the GST,
  the reimbursement or the Invoice value / Total fees / Bill amount when TDS is deducted. *settled*: a rent
  receipt's Amount received / Net amount received (the rent with maintenance, less TDS u/s 194-I), never the
  Monthly rent. A slip's SALE AMT / TOTAL / AMOUNT / TXN AMT. A supplier's Amount received / Received, or Balance
  due / Amount due, or Cheque received (the rounded Bill total / Grand total / Net payable, the same sum; never the
  Sub total or a line). *settled*: a Bharat Connect page's Amount paid / Total paid after a Prompt payment rebate
  (the sum large on an app), never the Bill amount then; the Bill amount where no rebate is printed. A
  subscription's Amount paid / Order total / Total / Amount due or its sum large (after the discount, with GST).
  ICAI's Total paid / Total / Total received / Amount paid (every head with GST). *settled*: an income-tax challan's
  Amount (in Rs.) (the same as Total (A+B+C+D+E+F), the sum large on an app), never A Tax alone. A GST challan's
  Total Challan Amount / Total Amount (every head); professional tax's Total / Amount paid (tax and interest).
  *settled*: a stipend voucher's Net stipend paid / Net amount paid (with conveyance, less leave without pay), never
  the Stipend as per ICAI norms; a transfer's sum large or a bulk record's Amount. A refund's Amount refunded /
  Total refund / the refund large on a gateway (the Advance held less the fees adjusted; the fees and GST reversed
  on a credit note summed), never the Advance held, the Original payment / Payment amount or the Fees reversed.
  Currency INR everywhere but on Calendly's receipt. *settled*: Calendly's Amount paid / Order total in US dollars
  ($240.00 / US$ 240.00, Tax $0.00): currency USD (heldout142's SketchUp).
* status: as printed (the words listed with each family above). *settled*: a fee receipt's POST-DATED CHEQUE -
  SUBJECT TO REALISATION is pending and CHEQUE DISHONOURED - FEES OUTSTANDING failed; a supplier's CHEQUE SUBJECT TO
  REALISATION pending and UPI PAYMENT FAILED - BALANCE DUE failed; a slip's UPI TXN PENDING pending; a rent
  receipt's "Received with thanks from" a success (heldout89's money receipt); Payment pending confirmation,
  Awaiting confirmation from bank - do not pay again, Pending - awaiting confirmation from bank, Payment under
  process, Awaiting payment confirmation from bank, Awaiting biller confirmation, In progress - awaiting biller
  confirmation, Refund initiated and a bulk record's Pending authorisation (checker) are pending; a bulk record's
  Rejected by beneficiary bank - account closed and Transfer failed - account frozen are failed; REFUNDED / REFUND
  PAID, PAID - RECEIVED BY ARTICLE and Refund processed successes.
* date: the day paid (a receipt's, bill's, voucher's or slip's Date / Dated / Bill date / DATE / DT; Paid on,
  Payment date, Date & Time, Transferred on, Transaction Date, Value Date, Date of Deposit, Payment Realisation
  Date, Deposit Date, Processed on, Refunded on, Order date, Payment date & time; Attempted on, Rejected on, Failed
  on, Initiated on on the failures and the waits). *settled*: a fee receipt's Date is the day even for a cheque
  (its dated / Chq. date never is, even a post-dated one), and a rent receipt's Date even where its cheque is dated
  (Cheque No. n dt <day> never is). *settled*: never an Against invoice / Original invoice day, a Bill period, Bill
  date or Due date, a Programme date / Event on, a Valid till / Renewal due, a CRN Created on / CRN Valid till, a
  Return period, Tax period, Half year, Period or Month, an Assessment / Financial Year, a quarter or an FY / AY in
  Towards, a rent's month or a file name's month.
* payment_method: UPI, card (a slip's card, a card on a page, a refund to a card, Payment Gateway (Debit Card),
  Credit / Debit Card), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account debited
  (a Bharat Connect page's A/c <masked>, a tax app's Paid from / Debit account), wallet for Freecharge balance.
  *settled*: a slip's TXN TYPE : UPI with a PAYER VPA is UPI; Pay at Bank Counter (Cheque) on a challan and Over the
  Counter (Cheque) on GST are cheque; a supplier's failed UPI names UPI (Payment tried UPI - failed); a supplier's
  Cheque received names cheque; a bulk record's Payment type NEFT is "netbanking"; a refund's Source - UPI / card is
  its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (a card refund's
  ARN), then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, Bank Reference Number, Host Ref No.,
  Transaction Ref No. on a bulk record or a bank's GST counterfoil, BRN; a Bharat Connect Ref / B-Connect ID / BBPS
  Ref No., heldout137), then a transaction / payment id (Transaction ID, Transaction No., Payment ID, pay_...,
  ch_..., TXN..., Order ID on an app, an app's own id, Gateway Ref No. / BillDesk Txn Ref., a Refund ID, a GST or
  income-tax challan's CIN; *settled*: professional tax's Challan No. / GRN, as heldout140's treasury GRN), then an
  approval code (AUTH ID, APPR CODE, AUTH CODE, Auth code, Auth Code, Approval Code), then a document's own number
  (Receipt No. / Rcpt. No. / R. No. / No., Bill No. / Inv. No. / Memo No., V. No. / Voucher No., Credit note No.,
  Order No. / Invoice No., INVOICE NO / TXN NO / BILL NO on a slip, a GST challan's CPIN; *settled*: an income-tax
  challan's CRN / Challan Reference Number (CRN), as a GST challan's CPIN, heldout128). *settled*: never an income-
  tax page's ITNS No., BSR Code or Challan No. (the bank's serial; the BSR code, the day and it make up the CIN), a
  PAN or TAN, a CPE Registration No. (the delegate's, not the payment's), a bulk record's Batch ID, File name or
  Customer Ref No., an Employee code, an ICAI Regn. No. or a Membership No. / M. No., an FRN, a PTEC / PTRC / EC / RC
  / Assessment No., a Licence / Serial No., the original Payment ID on a refund page, an Against invoice / Original
  invoice number or an invoice number in a transfer's remarks, a consumer, connection, BP, account, customer or
  relationship number, MID, TID, BATCH, AID, a card, account or mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout144_families import (
    client_transfer,
    client_upi,
    compose,
    fee_receipt,
    gst_pt,
    icai_fees,
    it_challan,
    office_bills,
    office_card,
    office_utility,
    practice_software,
    retainer_refund,
    staff_payout,
)

SPLIT = "heldout144"

FAMILIES: list[Family] = [
    ("client_upi", client_upi, SCREEN_FACES),
    ("client_transfer", client_transfer, SCREEN_FACES),
    ("fee_receipt", fee_receipt, BILL_FACES),
    ("office_card", office_card, SLIP_FACES),
    ("office_bills", office_bills, PAPER_FACES),
    ("office_utility", office_utility, SCREEN_FACES),
    ("practice_software", practice_software, SCREEN_FACES),
    ("icai_fees", icai_fees, PAGE_FACES),
    ("it_challan", it_challan, PAGE_FACES),
    ("gst_pt", gst_pt, PAGE_FACES),
    ("staff_payout", staff_payout, PAGE_FACES),
    ("retainer_refund", retainer_refund, PAGE_FACES),
]


def make_heldout144_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout144 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

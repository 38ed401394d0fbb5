"""heldout150: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a driving school and two-wheeler / car training centre's day in 2026 (branches in
Ludhiana, Nanded, Tiruchirappalli, Hubballi, Ranchi, Dehradun, Guwahati and Visakhapatnam; one trade name, Sure Steer
Motor Driving School, and the company that runs it, Sure Steer Driver Training Pvt Ltd), told by the proofs of payment
it receives (learners' UPI and payment links for course fees, the branches' card slips with card EMI on some, its own
fee receipts, corporate clients' driver-training contracts by NEFT / RTGS / IMPS and their payment advices net of
TDS) and those it makes (RTO learner's and driving licence fees, fuel for the training cars, their insurance premiums
and EMIs, workshop bills, FASTag recharges, instructors' salaries and fuel reimbursements, refunds of cancelled
courses, rent, electricity, software, GST and TDS). One payment per page.

* ``learner_upi``: a learner's UPI app paying the school (Google Pay, PhonePe, BHIM, Paytm, Amazon Pay, Navi; dark on
  some): heldout125's result screen, the school (its company on some) under Paid to / To / Sent to (Paying to /
  Payment to on a wait or a failure), the app's own id on some, a Note / Message / For / Remarks (Course fee, 2
  wheeler classes, Fees 2nd instalment); or the school's payment link: Razorpay's receipt e-mail (the school on top,
  Payment successful / Paid, Amount paid, Purpose / Description, Learner / Customer, Payment method / Paid via, Payment
  ID pay_..., Paid on) and Cashfree's status page in a browser (Payment pending / Payment processing, Order amount,
  Order ID and CF Payment ID, Initiated on).
* ``counter_card``: the branch's terminal slip (Pine Labs, Paytm EDC, HDFC Bank, Mswipe, ICICI Bank, Ezetap,
  Worldline, Axis Bank; monospace): the maker on top on some, the school in capitals (its company on some), the
  branch's locality and town, SALE / CARD SALE / EMI SALE / UPI QR SALE, DATE <day>  TIME <hour> on one row, TXN
  DATE: and TXN TIME: or DATE/TIME:, MID, TID, BATCH, INVOICE NO: / ROC: / BILL NO:, COURSE: (LMV MANUAL 21D), ENROL
  NO:, CARD NUM:, EXP, APP, ENTRY, TC on some, APPR CODE: / AUTH NO:, RRN: / REF NUM:, or MODE: UPI - DYNAMIC QR,
  PAYER VPA: and QR TXN ID:; on two card-EMI slips ISSUER:, TENURE: n MONTHS, INTEREST RATE: n% P.A., MONTHLY EMI: /
  EMI AMOUNT: and TOTAL PAYABLE BY CARDHOLDER; SALE AMOUNT: / TXN AMOUNT: / AMOUNT:; APPROVED / TXN APPROVED /
  DECLINED with RC 55 - INCORRECT PIN / RC 51 - INSUFFICIENT FUNDS / RC 91 - ISSUER UNAVAILABLE / PAYMENT PENDING with
  CONFIRM ON MERCHANT APP BEFORE ENROLMENT.
* ``fee_receipt``: the school's own COURSE FEE RECEIPT / FEE RECEIPT / TAX INVOICE CUM RECEIPT (serif; the school on
  top, its company on some; Branch:, Receipt No. / Rcpt. No. / Invoice No., Date, Received from / Learner / Name of
  learner, Enrolment No. / Learner ID, Course, Vehicle class, Batch slot / Timing, Instructor, Course fee and extras
  (Simulator sessions n x 150, Study kit & LL mock tests, Pick-up & drop, Extra practice hours), Taxable value / Sub
  total, CGST and SGST @ 9%, RTO fees - LL & DL (pure agent, at actuals) on some, Total fee / Total, Less: Paid
  earlier, Amount received / Received now / Received this instalment or Cheque amount, the sum in words, Balance
  payable before test, Mode / Received by / Payment mode (Cash, UPI, a card, Card EMI - <bank> (n months), NEFT) and
  its reference, or Cheque No. / Chq. No. with Cheque date / Chq. dt. and Drawn on; RECEIVED WITH THANKS / FEE
  RECEIVED / PAID / CHEQUE DISHONOURED - TRAINING ON HOLD (Reason) / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row
  and in the branch's rubber stamp).
* ``rto_fees``: licence fees on Sarathi Parivahan (Ministry of Road Transport & Highways under it; six, in a browser
  or printed), the Punjab Transport Department's e-Services and AP Transport - Citizen Services (Transport
  Department, Government of Andhra Pradesh): Fee Receipt / e-Payment Receipt / Payment Acknowledgement, State, RTO /
  Licensing authority / Office (RTA Ludhiana, RTO Nanded, DTO Kamrup (Metro) ...), Application No., Applicant name,
  Service (Issue of Learner's Licence, Issue of Driving Licence, Addition of class of vehicle, Retest), Class of
  vehicle, the fee heads (Learner licence fee, LL test fee, DL test fee, DL issue fee, Smart card fee, Service / User
  charges; "x n" for several learners), Total / Total amount / Amount paid, Payment mode / Payment gateway (Net Banking
  - SBI ePay, UPI, Debit / Credit card), Transaction No. / Transaction ID, Bank Ref No. / Bank Reference No. or UPI
  Ref No., Receipt No., Transaction date / Payment date / Paid on / Initiated on; Payment Successful / Success /
  Transaction successful / Transaction failed / Payment status pending - verify after 30 minutes.
* ``corporate_training``: a corporate client (a roadlines firm, a sugar and agro company, a cab operator, a logistics
  park, a mining contractor, a school transport society, a tea carrier, a port haulier) paying for driver training:
  its bank after an NEFT, RTGS or IMPS (four: ICICI InstaBIZ, SBI CINB, Axis neo for business, Kotak FYN; heldout124's
  page, the school's company under Beneficiary / Supplier name / Pay to / Credit to, UTR / IMPS Ref No / RRN and Bank
  Ref No. / Reference No. / Transaction ID on some, Remarks / Narration / Purpose (Defensive driving programme, "Inv
  GHY/26-27/041 less TDS"), Debit account name / Remitter, Maker / Checker on the web pages) or its PAYMENT ADVICE /
  Remittance intimation / Vendor Payment Advice e-mail (four: the client on top, Vendor / Supplier name / Paid to,
  Vendor code / Supplier code, the invoices (Inv <number> dt <day>, or the programme: Defensive driving - 24
  drivers), Gross amount / Total of invoices, Less: TDS u/s 194C @ 2% or u/s 194J @ 10%, Net amount paid / Amount
  remitted / Net amount transferred, Payment mode / Mode, Beneficiary bank and IFSC, UTR No. / UTR / IMPS Ref No. and
  Payment doc No. / Our voucher No., Payment date / Value date, Status Paid / Processed / Remitted); Transaction
  Successful / Funds transferred successfully / <mode> transfer successful / Transaction Failed / Returned by
  beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under process / Transaction in
  process.
* ``fuel_slips``: a petrol pump's slip for a training car (monospace): the terminal maker on top on some, the oil
  company's line (INDIANOIL, HP, BHARAT PETROLEUM), the outlet in capitals, its locality and town, RO CODE:, SALE /
  FUEL SALE / FLEET CARD SALE / UPI QR SALE, DATE: and TIME: or DATE/TIME:, MID, TID, BATCH, BILL NO: / INV NO: /
  ROC:, PRODUCT: (PETROL, XP95, POWER 95, SPEED, DIESEL), RATE (RS/L):, VOLUME (L):, VEHICLE NO:, ODOMETER: on some,
  the bank card with APPR CODE: / AUTH NO: and RRN:, or the fleet card (XTRAPOWER FLEET CARD, HP DRIVETRACK PLUS,
  SMARTFLEET) with CARD NO:, CUST ID:, TXN ID: / TRANS ID: and CARD BAL:, or MODE: UPI with CUST VPA: and QR TXN
  REF:; AMOUNT: / SALE AMOUNT (RS): / NET AMOUNT:; APPROVED / SALE COMPLETE / DECLINED with RC 51 - INSUFFICIENT
  FUNDS / RC 55 - INCORRECT PIN / CARD EXPIRED / STATUS : AWAITED with CHECK PAYMENT ON QR APP BEFORE RELEASING
  VEHICLE.
* ``vehicle_finance``: the training vehicles' insurance and loans: ICICI Lombard's premium receipt e-mail, Go Digit's
  payment page in a browser (Payment successful / Policy issued), New India Assurance's printed PREMIUM RECEIPT by
  cheque, Policybazaar's policy e-mail (policybazaar on top, Insurer HDFC ERGO General Insurance Co. Ltd) with
  Insured / Proposer / Policy holder, Product (Private car package policy (driving school use), Two-wheeler package
  policy (training vehicle)), Vehicle, Registration No., Policy No., Period of insurance / Policy period, IDV, Own
  damage premium, Third party premium (liability), Zero depreciation cover, PA cover - paid driver, Net premium, GST @
  18%, Total premium / Premium paid / Amount paid, Payment mode / Paid using, Transaction ID / Payment reference, UPI
  Ref No., Receipt No. / Premium receipt No., Paid on / Payment date / Receipt date, Premium received; Mahindra
  Finance's printed EMI RECEIPT / PAYMENT RECEIPT (Receipt No. / Rcpt. No., Date, Loan A/c No. / Agreement No.,
  Received from / Customer M/s the company, Asset, EMI for, EMI amount, Late payment charges, Total received / Amount
  received, Mode, RECEIVED WITH THANKS); Cholamandalam's e-mail on a NACH debit returned unpaid (Loan A/c No., EMI
  presented / EMI amount, Mode NACH (auto-debit), UMRN, Reference No., Presented on, Status EMI returned unpaid, Return
  reason); Shriram One's app (Payment under process / Awaiting confirmation from bank, the EMI large, Paid to the
  lender) and a Bharat Connect loan repayment in Paytm (Loan EMI paid / Payment successful, Biller name / Lender
  Sundaram Finance Ltd, B-Connect Txn ID / Bharat Connect Txn Ref, UPI Ref No.).
* ``workshop_bills``: the workshops' paper (the workshop on top, its brand line under it: Maruti Suzuki Arena -
  authorised workshop, Authorised Hyundai service centre, Honda two-wheelers - sales & service, Authorised Tata Motors
  service, Bosch Car Service - multi-brand workshop, a tyre shop, a dual-control fitter, an auto electrician): TAX
  INVOICE - SERVICE / REPAIR ORDER INVOICE / JOB CARD BILL / TAX INVOICE / CASH BILL, Invoice No. / Bill No., Date /
  Bill date, Job card No., Customer / Bill to M/s the school, Reg. No., Model, Odometer, Service advisor, labour and
  parts (Periodic maintenance service, Clutch overhaul (labour), Clutch plate & pressure plate, Dual control kit
  (brake + clutch), Tyre 165/80 R14 n nos), Taxable value / Sub total, CGST and SGST @ 9% (@ 14% on tyres), Round off,
  Total / Bill amount / Net payable, Amount received / Received / Paid with Mode / Paid by and its reference, or
  Amount due / Balance payable with Payment attempted Card - declined, or Cheque received with Cheque No. and Bank;
  PAID / RECEIVED WITH THANKS / VEHICLE DELIVERED - PAID / CARD DECLINED - AMOUNT DUE / CHEQUE RECEIVED - SUBJECT TO
  REALISATION.
* ``fastag_recharge``: the training cars' FASTag recharges through Bharat Connect in an app (Google Pay, PhonePe,
  Paytm, Amazon Pay, BHIM, Airtel Thanks; the outcome and the sum large, Biller name / FASTag issuer / Issuer bank:
  IDFC FIRST Bank FASTag, ICICI Bank FASTag, Axis Bank FASTag, Kotak Mahindra Bank - FASTag, Bank of Baroda FASTag,
  Airtel Payments Bank FASTag; Vehicle No. / Vehicle registration No., Customer name, Paid using / Payment mode,
  B-Connect Txn ID / Bharat Connect Txn Ref, UPI Ref No., Order ID / Transaction ID on some, Recharged on / Paid on /
  Attempted on / Initiated on) or the issuer's own portal in a browser (IDFC FIRST Bank FASTag, ICICI Bank FASTag on
  top, FASTag customer portal, Recharge receipt / Wallet recharge - transaction details, Customer name, Wallet ID /
  Customer ID, Tags linked, Recharge amount / Amount, Payment mode, Txn Ref No. / Bank Ref No., Transaction ID,
  Recharged on); Recharge successful / FASTag recharged / Payment successful / Recharge failed / Recharge pending -
  awaiting issuer confirmation.
* ``staff_refunds``: the school paying people: an instructor's salary from Kotak Biz (Transfer successful / Money
  sent, the sum large, Paid to / Beneficiary, Remarks Salary <month>, IMPS Ref No and Transaction ID, Date & Time) and
  from Canara Bank's net banking (heldout124's page, the instructor under Beneficiary / Pay to / Beneficiary name,
  Remarks / Narration Salary <Mon-yy>), a payslip-cum-salary-credit e-mail (the school on top, Employee / Pay to,
  Employee code, Designation, Pay month / Salary for, Basic + DA, HRA, Conveyance, Incentive - learners passed,
  Gross earnings, Less: EPF (12%), ESI (0.75%), Professional tax, Salary advance recovered, Net pay / Net salary
  credited, Mode NEFT to A/c, UTR, Credited on, Status Salary credited); an instructor's FUEL REIMBURSEMENT VOUCHER /
  CONVEYANCE / FUEL CLAIM VOUCHER (Voucher No. / Vr. No., Date, Paid to / Employee, Vehicle, Km run (log book), Fuel
  bills attached, Claimed, Less: disallowed (no bill), Amount approved / Amount paid, PAID / PAID IN CASH) and a
  PhonePe transfer of it (Fuel reimbursement; failed); a learner's REFUND VOUCHER / COURSE FEE REFUND VOUCHER (Refund
  to / Learner, Enrolment No., Reason, Course fee paid, Less: Admission & registration, Less: Classes attended (n),
  Net refund / Amount refunded, Mode, UTR; PAID / REFUNDED), the refund e-mail (Refunded to / Learner, the same lines,
  Mode UPI, To <vpa>, UPI Ref No., Refunded on, Status Refund processed) and Razorpay's refund page (Refund in
  progress, the refund large, Customer / Refunded to, Course, Payment amount / Original amount, Admission fee
  (non-refundable), Classes attended (n), Refund to Source - card, Refund ID rfnd_..., Payment ID, Initiated on).
* ``branch_overheads``: a landlord's RENT RECEIPT for a branch's office and practice ground (two: Receipt No. / No.,
  Date, "Received from M/s <company> (<school>) the rent of the office and practice ground at <locality> for
  <month>", Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% from Rs 50,000, Net amount received / Amount received,
  Paid by / Mode of payment, RECEIVED WITH THANKS, Landlord / Owner / Lessor (Shri on some), PAN of landlord, [
  Revenue stamp ]), the school's Union Bank net banking after the NEFT to a landlord (heldout124's page, Remarks Rent
  <Mon-yy> <town> branch), electricity through Bharat Connect (PhonePe with the sum large, Bank of Baroda's bob World
  receipt in a browser: Biller name / Electricity board / Billed by MSEDCL / UPCL or its long name, Consumer No. /
  Service Connection No., Consumer name, Tariff, Bill month / Billing month, Due date, Bill amount, Paid using /
  Payment mode, B-Connect Txn ID / BBPS Txn Ref, UPI Ref No., Paid on / Attempted on; Bill payment successful / Paid
  to biller / Bill payment failed) and the software (Fleetx's GPS tracking in its app, Zoho Books' billing page,
  LeadSquared's receipt e-mail: the product on top and its company line, Bill to / Account / Customer, GSTIN, Account
  ID / Org ID, Plan, Billing period, the lines (Vehicles tracked 8 x 499, Users 6 x 2250), Subtotal, IGST / GST @ 18%,
  Amount paid / Total charged / Total / Amount due or the sum large, Payment method / Paid with (UPI AutoPay (<vpa>),
  Visa / Mastercard ending n), Invoice No., Payment ID / Transaction ID, UPI Ref No, Auth code, Paid on / Charged on /
  Initiated on, Next renewal on; Paid / Payment successful / Payment processing - awaiting bank confirmation).
* ``gst_tds``: GST on the GST portal's Payment Receipt - Form GST PMT-06 / Challan Payment Receipt in a browser or
  printed (four: Goods and Services Tax on top, CPIN and Challan generated on, GSTIN, Legal name / Name of taxpayer,
  Trade name, Return period / Tax period, CGST (0005) / SGST (0006) / IGST (0008) Tax, Interest and Late fee, Total
  challan amount / Total amount, Mode of payment / Payment mode, Bank, CIN, BRN, UPI Ref No., Date of deposit /
  Payment date, Time / Deposit time, Initiated on; Paid / Payment successful / Awaiting credit from RBI - NEFT / RTGS)
  and the TDS it deducted (four, ITNS 281: the e-filing portal's e-Pay Tax - Challan Receipt in a browser or printed,
  Punjab National Bank's Direct Tax (ITNS 281) - Taxpayer's Counterfoil, Indian Bank's IndOASIS e-Pay Tax screen with
  the sum large: TAN, Name, Assessment Year, Major Head (0020) Corporation Tax, Minor Head (200), Nature of Payment
  (192 - Salary, 194C, 194-I(b), 194J(b)), Amount (in Rs.), CRN and CRN valid till, Payment mode / Paid from / Paid
  using, Bank, BSR Code, Challan Sr. No., CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit / Paid on /
  Attempted on, the Tax Breakup; Payment Successful / Challan paid / Tax payment failed).

Outcomes: six successes, a failed and a pending page in every family (the payment advices, the insurers' e-mails and
receipts, the EMI receipt, the rent receipts, the vouchers, the payslip and refund e-mails are successes). Absent
fields: each family leaves out the id on one page (no UTR, UPI reference, RRN, IMPS reference, approval or auth code,
bank reference, B-Connect / Bharat Connect / BBPS reference, BRN, transaction, payment, order, payout, refund, QR or
fleet-card txn id, CIN, CPIN, CRN, the app's own id, receipt, invoice, bill, voucher, ROC or payment document number,
no invoice number in an advice; MID, TID, BATCH, RO codes, card, account, loan, policy, application, enrolment, job
card, wallet, customer and consumer numbers, vendor codes, vehicle numbers, UPI IDs, GSTIN, IFSC, PAN, TAN and BSR
codes stay) and the day on one (no date anywhere: no cheque, invoice, due or validity day, no period of insurance,
billing period or renewal day, no salary, EMI, bill, rent or return month, no financial or assessment year, no year
in a document's number, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands
in), no CIN or CPIN, no app id that carries one; an e-mail's hour, a slip's TIME / TM and a phone's clock at most).
Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on slips; lakh grouping on
most, western and plain on some. Days: dd/mm/yyyy, dd-mm-yyyy, d Month yyyy, dd.mm.yy, dd Mon yyyy, Mon d, yyyy,
dd-Mon-yy and yyyy-mm-dd on paper and e-mails, heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY,
DD-MM-YY, DD MON YYYY, DDMONYY and DD.MM.YYYY on slips. Faces: heldout119's lists (SLIP_FACES for the branches' and
the pumps' slips, BILL_FACES for the fee receipts, PAPER_FACES for the workshops' bills, PAGE_FACES for the RTO fees,
insurance and loans, the payouts and refunds, the overheads and the challans, SCREEN_FACES for the rest). Frames:
heldout121's ``compose`` (heldout129's rubber stamp on the fee receipts). Seeds ``heldout150-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the school (its company on some) on learners' UPI screens (Paid to / To /
  Sent to) and clients' transfers (Beneficiary / Supplier name / Pay to / Credit to; never the Debit account name /
  Remitter), in capitals on its slips (never the terminal maker above it), on top of its own fee receipts (never the
  learner under Received from / Learner); the outlet in capitals on a pump's slip (never the terminal maker or the
  oil company's line above it, nor the fleet card programme); the workshop on top of its bill (never its brand line
  under it nor M/s the school under Customer / Bill to); the board under Biller name / Electricity board / Billed by;
  the software product on top (never its company line or the company under Bill to). Never a bank as a bank, app,
  terminal maker, gateway, portal, aggregator or the payer. *settled*: a payment link's receipt or status page pays
  the school named on top, never Razorpay or Cashfree (only in the sender and the foot). *settled*: a client's payment
  advice pays the school under Vendor / Supplier name / Paid to, never the client on top. *settled*: an RTO fee pays
  the licensing office under RTO / Licensing authority / Office (RTA Ludhiana, DTO Kamrup (Metro)), never the portal
  on top (Sarathi Parivahan, Punjab Transport Department, AP Transport - Citizen Services), the Ministry or the
  Transport Department line under it, nor the applicant. *settled*: an insurance premium pays the insurer on top of its
  own page or under Insurer on Policybazaar's e-mail (never policybazaar on top, heldout140's aggregators); an EMI
  pays the lender on top of its receipt or e-mail, under Paid to in its app or under Biller name / Lender on Bharat
  Connect (never Paytm or the company under Customer name). *settled*: a FASTag recharge pays the issuer as printed
  under Biller name / FASTag issuer / Issuer bank, or on top of its own portal (IDFC FIRST Bank FASTag, ICICI Bank
  FASTag: the tag wallet the money goes to, the one case a bank's name is the payee), never the app or Bharat Connect.
  *settled*: a salary, a fuel reimbursement and a refund are payments the school makes: the payee is the instructor or
  the learner under Paid to / Beneficiary / Pay to / Beneficiary name / Employee / Refund to / Learner / Refunded to /
  Customer (heldout137, heldout140), never the school on top of its voucher or e-mail, Razorpay or the company under
  it. *settled*: a landlord's rent receipt pays the landlord under Landlord / Owner / Lessor (Shri is no part of the
  name, heldout142), and the school's transfer pays the landlord under Beneficiary / Payee / Beneficiary name, never
  the company under Debit account name. A GST challan and a TDS challan name no payee (heldout137, heldout144).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a payment link's Amount paid / Amount /
  Order amount; a transfer's Amount / Transfer Amount or sum large. *settled*: a card-EMI slip's SALE AMOUNT / TXN
  AMOUNT (the fee the card paid the school), never the MONTHLY EMI / EMI AMOUNT or the TOTAL PAYABLE BY CARDHOLDER with
  the bank's interest; other slips' AMOUNT / SALE AMOUNT / TXN AMOUNT. *settled*: a fee receipt's Amount received /
  Received now / Received this instalment (an instalment's part where the receipt prints Less: Paid earlier or a
  Balance payable before test), never the Total fee, the Course fee, a line, GST, the RTO fees or the Balance; the
  Cheque amount on the dishonoured and the deposited cheque. An RTO page's Total / Total amount / Amount paid (every
  head, times the learners), never one head. *settled*: a payment advice's Net amount paid / Amount remitted / Net
  amount transferred (the invoices less the TDS), never an invoice or the Gross amount / Total of invoices. A pump's
  AMOUNT / SALE AMOUNT (RS) / NET AMOUNT, never the RATE, VOLUME or CARD BAL. *settled*: an insurance page's Total
  premium / Premium paid / Amount paid (Net premium and GST), never the IDV, a premium line or the Net premium; an EMI
  receipt's Total received / Amount received (the EMI with Late payment charges where printed), never the EMI amount
  then; a returned NACH debit's EMI presented / EMI amount; an EMI's sum large in an app. A workshop's Amount
  received / Received / Paid, Amount due / Balance payable or Cheque received (the rounded Total), never the Taxable
  value or a line. A FASTag recharge's sum large or Recharge amount / Amount. *settled*: a salary's Net pay / Net
  salary credited or sum large (after EPF, ESI, professional tax and an advance), never a wage head or the Gross
  earnings; a fuel reimbursement's Amount approved / Amount paid or sum large (the claim less what was disallowed),
  never the Claimed; a refund's Net refund / Amount refunded or sum large (the fee paid less the admission fee and the
  classes attended), never the Course fee paid / Payment amount / Original amount. A rent receipt's Net amount
  received / Amount received (after TDS where printed). A Bharat Connect bill's sum large or Bill amount. A
  subscription's Amount paid / Total charged / Total / Amount due or sum large. A GST challan's Total challan amount /
  Total amount (every head); a TDS challan's Amount (in Rs.) (the same as Total (A+B+C+D+E+F), the sum large on the
  app). Currency INR everywhere.
* status: as printed (the words listed with each family above). *settled*: a payment link's Payment pending /
  Payment processing pending; a slip's PAYMENT PENDING (CONFIRM ON MERCHANT APP BEFORE ENROLMENT) and a pump's STATUS
  : AWAITED pending, SALE COMPLETE a success; a fee receipt's CHEQUE DISHONOURED - TRAINING ON HOLD failed and CHEQUE
  RECEIVED - SUBJECT TO REALISATION pending; Payment status pending - verify after 30 minutes pending; a payment
  advice's Status Paid / Processed / Remitted a success; Premium received, Policy issued and RECEIVED WITH THANKS
  successes; a NACH debit's EMI returned unpaid failed and an app's Payment under process / Awaiting confirmation from
  bank pending; a workshop's CARD DECLINED - AMOUNT DUE failed and CHEQUE RECEIVED - SUBJECT TO REALISATION pending;
  Recharge pending - awaiting issuer confirmation pending; Refund in progress pending, Refund processed / Refunded /
  REFUNDED / PAID / PAID IN CASH / Salary credited successes; Payment processing - awaiting bank confirmation pending;
  Awaiting credit from RBI - NEFT / RTGS (a GST challan's NEFT / RTGS mandate generated, the bank's credit not yet
  reported) pending; Tax payment failed failed.
* date: the day paid (a receipt's, voucher's, bill's or slip's Date / Bill date / DATE / TXN DATE / DATE/TIME; Paid
  on, Payment date, Value date, Transaction date, Date & Time, Transaction Date, Transferred on, Credited on,
  Recharged on, Charged on, Receipt date, Refunded on, Date of deposit; Attempted on and Initiated on on the failures
  and the waits; *settled*: a returned NACH debit's Presented on, heldout110). *settled*: never a cheque's Cheque date
  / Chq. dt., an invoice's day in an advice or a remark, a Period of insurance / Policy period (even where it starts
  on the day paid), an EMI for month, a Pay month / Salary for, a Bill month / Billing month / Due date, a Billing
  period or Next renewal on, a rent month in a receipt's sentence or a remark, a CRN valid till, Challan generated on,
  an Assessment Year or a Return period / Tax period.
* payment_method: UPI, card (a slip's card, a card EMI, a card on a page, a refund to a card, Credit / Debit Card on
  GST), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and an account debited, wallet. *settled*: an
  oil company's fleet card (XTRAPOWER FLEET CARD, HP DRIVETRACK PLUS, SMARTFLEET) is "wallet" (heldout128, heldout145);
  Card EMI - <bank> on a fee receipt and a slip's EMI SALE are card; a slip's MODE: UPI - DYNAMIC QR and a pump's MODE:
  UPI are UPI; UPI AutoPay is UPI; a NACH debit is "netbanking" (heldout110); Net Banking - SBI ePay is "netbanking";
  a payment advice's NEFT / RTGS / IMPS is "netbanking"; a workshop's Payment attempted Card - declined names card and
  its Cheque received names cheque; a refund's Source - card is card.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN, then a bank
  reference (Bank Ref No., Bank Ref. No., Bank Reference, Bank Reference No., Reference No., Txn Ref No., BRN; a
  B-Connect Txn ID / Bharat Connect Txn Ref / BBPS Txn Ref, heldout137), then a transaction / payment id (Transaction
  ID, Transaction No., Payment ID pay_..., CF Payment ID, Payment reference, TXN..., an app's own id, a Refund ID, a
  slip's QR TXN ID / QR TXN REF, a fleet card's TXN ID / TRANS ID (heldout138), a challan's CIN), then an approval
  code (APPR CODE / AUTH NO on a slip, Auth Code / Approval Code / Auth code), then an order's number (Order ID,
  heldout143), then a document's own number (Receipt No. / Rcpt. No. / No. / Premium receipt No., Invoice No. / Bill
  No., Voucher No. / Vr. No., INVOICE NO / ROC / BILL NO / INV NO on a slip, a GST challan's CPIN, a TDS challan's CRN
  (heldout144); *settled*: a payment advice's Payment doc No. / Our voucher No.). *settled*: never a UMRN, an invoice
  number in an advice or a remark, a Policy No., a Loan A/c No. / Agreement No., an Application No., an Enrolment No.
  / Learner ID / ENROL NO, a Job card No., an Employee code, a Wallet ID / Customer ID / CUST ID, an Account ID / Org
  ID, a Vendor code / Supplier code, the original Payment ID on a refund page, a slip's TC, a BSR Code or Challan Sr.
  No., a RO CODE, a consumer or service connection number, a vehicle or registration number, a PAN or TAN, a cheque
  number, MID, TID, BATCH, a card or mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout150_families import (
    branch_overheads,
    compose,
    corporate_training,
    counter_card,
    fastag_recharge,
    fee_receipt,
    fuel_slips,
    gst_tds,
    learner_upi,
    rto_fees,
    staff_refunds,
    vehicle_finance,
    workshop_bills,
)

SPLIT = "heldout150"

FAMILIES: list[Family] = [
    ("learner_upi", learner_upi, SCREEN_FACES),
    ("counter_card", counter_card, SLIP_FACES),
    ("fee_receipt", fee_receipt, BILL_FACES),
    ("rto_fees", rto_fees, PAGE_FACES),
    ("corporate_training", corporate_training, SCREEN_FACES),
    ("fuel_slips", fuel_slips, SLIP_FACES),
    ("vehicle_finance", vehicle_finance, PAGE_FACES),
    ("workshop_bills", workshop_bills, PAPER_FACES),
    ("fastag_recharge", fastag_recharge, SCREEN_FACES),
    ("staff_refunds", staff_refunds, PAGE_FACES),
    ("branch_overheads", branch_overheads, PAGE_FACES),
    ("gst_tds", gst_tds, PAGE_FACES),
]


def make_heldout150_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout150 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

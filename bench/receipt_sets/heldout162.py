"""heldout162: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a stationery, books and school-supplies distributor's day in 2026 (Akshar
Stationery Distributors, a godown and cash-and-carry counter in each of Nagpur (Itwari), Indore (Siyaganj),
Coimbatore (Town Hall), Guwahati (Fancy Bazar), Vijayawada (Governorpet), Dehradun (Paltan Bazaar), Jodhpur
(Sojati Gate) and Mangaluru (Car Street); Akshar Distributors Pvt Ltd runs five of them and Akshar Book House
LLP the Coimbatore, Guwahati and Mangaluru godowns), told by the proofs of payment it receives (retailers' UPI
and its own business apps, its counters' and school book fairs' card slips, schools', a college's, a coaching
institute's and government offices' payments through their banks, PFMS and GeM, the marketplaces' settlements
of its online store, its own receipts) and those it makes (publishers' and stationery makers' receipts and
invoices, the printers, paper merchants, binders and box makers of its own-brand notebooks, transporters and
couriers, warehouse rent, power, security and broadband, its sales representatives' expenses and
reimbursements, GST, TDS, professional tax and a trade licence, and its banks' alerts). One payment per page.

* ``retailer_upi``: five of a retailer's UPI app paying the distributor (Google Pay, Paytm, BHIM, PhonePe,
  Amazon Pay; dark on some): the outcome, the sum large, the distributor (Akshar Stationery Distributors, the
  same with its market (- Fancy Bazar), or the firm; in capitals on some) under Paid to / To / Sent to (To /
  Paying to on the failure and the wait) and its handle, a Note / Message / Remarks (Bill 2314 balance,
  Classmate notebooks 20 doz), UPI Ref No / UPI Reference No. / UTR / UPI Transaction ID and the app's own id
  on some (Google transaction ID, PhonePe's Transaction ID, Paytm's Order ID, Amazon Pay Txn ID), Date & Time
  / Paid on / Transaction Date / Completed on / Attempted on, Debited from / Paid from / From; and three of
  the distributor's business apps (PhonePe Business, Paytm for Business, BharatPe: Received in / Credited to /
  Business account over the distributor, Payment received / Money received / Received successfully, the sum
  large, Received from / From / Payer the retailer in capitals and its handle, Mode UPI - QR / UPI (Soundbox)
  / UPI - collect request, QR / Counter / Collected at, UPI Ref No. / RRN / UPI RRN and Transaction ID / Order
  ID / Txn ID on some, Received on / Date & time / Credited on, Settlement / Settles to the bank and Settles
  on / Expected settlement another day on some); Payment Successful / Paid successfully / Transaction
  Successful / Money sent / Payment Failed / Transaction failed / Payment declined by bank / Payment Pending /
  Payment processing / Transaction pending.
* ``counter_card``: the distributor's card terminal slips at a godown's cash-and-carry counter and a school's
  book fair stall (Pine Labs, Paytm, Razorpay POS, HDFC Bank, SBI Payments, Mswipe, Axis Bank, Worldline;
  monospace): the maker on top on some, the distributor in capitals (the trade name, the trade name with its
  town, or the firm), CASH & CARRY COUNTER / its market and town / BOOK FAIR - <SCHOOL>, SALE / CARD SALE /
  UPI SALE, DT:<day>  TM:<hour> or DATE: and TIME: or TXN DATE:, MID: / MERCHANT ID:, TID:, BATCH: / BATCH
  NO:, INVOICE NO: / INV NO:, CARD:, EXP: XX/XX, ENTRY: CHIP / CONTACTLESS / SWIPE, APPR CODE: / AUTH CODE:,
  RRN: / REF NO:, or MODE: UPI - BHARAT QR with PAYER VPA:, QR TXN ID: and RRN:; the surcharge slip's BASE
  AMT:, CONV FEE 1.50%:, GST 18% ON FEE:, TOTAL AMT: and "1.5% CONV FEE ON CREDIT CARDS - NIL ON UPI / DEBIT";
  AMOUNT: / SALE AMOUNT: / TOTAL: on the rest (INR, RS, Rs. or none; western grouping or plain); APPROVED /
  TXN SUCCESSFUL / DECLINED with RESP CODE: 51 INSUFFICIENT FUNDS (54, 91, 55) / UPI PAYMENT PENDING with
  VERIFY CREDIT BEFORE RELEASING GOODS; SIGN ____ on the swiped slip.
* ``institution_pay``: three transfers from the payer's bank (a school's NEFT in Kotak FYN and a school's in
  Canara ai1 Corporate in a browser, a coaching institute's IMPS in the IDFC FIRST Bank app: the bank on top,
  the distributor under Beneficiary / Beneficiary name / Payee / Pay to, Beneficiary A/c / Account No. / To
  account, IFSC, Amount / Transfer amount / Amount (INR) or the sum large, Mode / Transfer mode / Payment
  type, Reference No. / Transaction ID on some, UTR / UTR No. / UTR Number or IMPS Ref No / RRN / IMPS
  Reference No., Transaction date / Date & time / Transferred on / Value date, Debit account / From account,
  Debit account name the school, Remarks / Narration / Purpose (Textbooks 2026-27), Maker / Checker;
  Transaction Successful / Funds transferred successfully / <mode> transfer successful / Transaction Failed /
  <mode> transfer failed / Returned by beneficiary bank), PFMS's printed e-Payment Advice for a district's
  Samagra Shiksha office (PUBLIC FINANCIAL MANAGEMENT SYSTEM and the Controller General of Accounts on top,
  Agency / DDO, Scheme, Sanction No., Sanction date, Vendor name / Payee name the firm in capitals, Vendor
  code, Bank A/c, IFSC, Vendor invoice No. <n> dt <day>, Taxable value, Gross amount (incl. GST 5%), Less: TDS
  under GST - CGST 1% and - SGST 1%, Net amount / Net payable to vendor, Payment mode e-Payment (PFMS), PFMS
  Transaction ID / Payment ID, Initiated on, Status Sent to bank - awaiting credit confirmation), GeM's
  payment status page (GeM - Government e-Marketplace on top, Paid / Payment made, Contract No. GEMC-...,
  Buyer organisation (a Kendriya Vidyalaya), Seller / Seller name the firm, Invoice No., Bill amount, Less:
  TDS under GST (2%), Less: LD (late delivery) on some, Amount paid, Paying authority, Payment mode PFMS
  e-payment, UTR, Payment date), a college's e-mailed REMITTANCE ADVICE (Kamrup Institute of Technology on
  top, Paid to / Vendor, Vendor code, the invoices with their days, Total of invoices, Less: Debit note (short
  supply) on some, Net remitted / Amount remitted, RTGS, UTR, Payment voucher No., Value date / Payment date,
  Status Paid), a school's ERP e-mail (the school on top, Payment released / Paid, Paid to / Vendor, Bill No.
  lines, Gross, Less: Early payment discount 2%, Net paid / Amount paid, NEFT, Bank Ref No.) and the
  distributor's Razorpay payment link paid by a school (the distributor on top, Payment successful / Paid /
  Thank you! Payment received, the sum large, Payment for / Purpose, Paid by / Customer the school, Payment
  method / Paid using Net banking - <bank> or a card, Payment ID, Bank Ref No. or Auth code, Paid on / Payment
  date, Secured by Razorpay).
* ``marketplace_payouts``: the marketplaces settling the distributor's online store (Amazon's Seller Central
  statement in a browser and its e-mail, Flipkart's Seller Hub app and e-mail, Meesho's Supplier Panel e-mail
  and app, JioMart Partner and Snapdeal Seller Zone in a browser): the panel on top and its line, Settled /
  Paid / Payment transferred, the sum large on the apps, Seller / Seller name / Supplier / Supplier name /
  Account holder (the firm or the trade name, in capitals on some), Seller ID / Supplier ID, Settlement
  period, Orders, Gross sales / Product charges / Sale amount, Less: Referral fee (8%), Closing fee, Easy Ship
  fee / Commission fee (6%), Fixed fee, Shipping fee / Commission (7%), Logistics fee / Shipping charges
  (returns), Less: GST @ 18% on fees, Less: TCS under GST (0.5%), Less: TDS u/s 194-O (0.1%), Amount
  transferred / Final settlement amount / Bank settlement value / Net settlement / Payment amount, Paid to
  bank / Bank account, Mode NEFT, Settlement ID / Payment reference, UTR / NEFT ID / UTR No., Transfer date /
  Settled on / Deposit date / Initiated on / Failed on, Status on the e-mails (Paid, Payment initiated -
  reaches your bank in 3-5 business days, Settlement failed - bank account details invalid).
* ``own_receipts``: the distributor's own paper (serif; the trade name, the trade name with its market or the
  firm on top, in capitals on some; its line (Authorised distributors: Classmate | Navneet | Camlin |
  Nataraj), address, GSTIN and phone): a MONEY RECEIPT / PAYMENT RECEIPT ("Received with thanks from M/s
  <retailer>, <town>, against the following invoices:", Inv. <n> and its day, Total, Less: Cash discount (1%),
  Amount received / Net received, the sum in words, NEFT and its UTR), a sales representative's COLLECTION
  RECEIPT (Receipt Book No., Receipt No., Received from, Cash, Denominations 500 x n, Amount received / Cash
  received, Collected by <rep> (Sales representative); RECEIVED), a CASH MEMO of the counter (Memo No.,
  Customer, the lines, Total / Net amount / Total (incl. GST), UPI and its reference), a TAX INVOICE CUM
  RECEIPT / BILL OF SUPPLY CUM RECEIPT to a school (books (4901, nil), notebooks (nil), pens and paper (18%),
  geometry boxes and crayons (5%), Exempt / nil-rated value, Taxable value, CGST, SGST, Round off, Invoice
  total, E-way bill No., Received by Cheque No. <n> dt <day> - cleared, Amount received), an ADVANCE RECEIPT
  for the next session's order (Order value, Advance received / Cheque amount, Cheque No., Cheque date / Chq.
  dt., Drawn on; CHEQUE RECEIVED - SUBJECT TO REALISATION), a PAYMENT RECEIPT cancelled for a dishonoured
  cheque (Cheque amount, Cheque No., Drawn on, Return reason, "Bank return charges of Rs 590 ..."; CHEQUE
  DISHONOURED - RECEIPT CANCELLED), a retail chain's RECEIPT / PAYMENT RECEIPT (Bill amount, Less: TDS u/s
  194Q @ 0.1%, Received (net of TDS), NEFT) and a BOOK FAIR CASH MEMO paid by card (Auth Code / Approval Code,
  RRN on some); PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED in a row and in the rubber stamp (ACCOUNTS /
  CASH COUNTER) on some paid ones.
* ``publisher_bills``: the distributor paying publishers and stationery makers: Navneet Education Ltd's
  PAYMENT RECEIPT, Hindustan Pencils Pvt Ltd's RECEIPT VOUCHER (Nataraj | Apsara under the name) and Oxford
  University Press India's COLLECTION RECEIPT (Receipt No. / Voucher No., Date, Received from M/s <firm>
  (<trade name>), <town>, Customer code, the invoices with their days, Total, Less: TDS u/s 194Q @ 0.1% on
  OUP's, Amount received / Received / Received (net of TDS), the sum in words, Mode NEFT / RTGS / Cheque No.
  <n> - cleared and its reference; RECEIVED WITH THANKS), S. Chand & Company Ltd's and Flair Writing
  Industries Ltd's e-mails (Payment acknowledgement after an RTGS; the NEFT their bank returned: Customer,
  Customer code, the invoices, Amount received / Amount, Mode, UTR, Received on / Returned on, Status Received
  - adjusted against the invoices above / Payment returned), Kokuyo Camlin Ltd's channel partner portal in a
  browser (Payment under verification - credit awaited, Dealer, Dealer code, Outstanding before payment,
  Amount paid, Net banking - <bank>, Transaction ID, Paid on) and two TAX INVOICEs with the payment on them
  (ITC Limited's Classmate invoice, Education and Stationery Products Business under the name: notebooks and
  drawing books nil, gel pens 18%; Rachna Sagar Pvt Ltd's books (Together with | Xam idea under the name): MRP
  value, Less: Trade discount (30%), "GST: Nil - printed books (HSN 4901)"; Invoice No., Invoice date, Buyer,
  Round off, Invoice total, E-way bill No., Less: Cash discount (2%) - paid within 10 days, Amount paid,
  Payment received on / Paid on, the way and its reference; PAID).
* ``printing_jobs``: the makers of the distributor's own-brand notebooks (paper; the vendor on top, in
  capitals on some): Kalpataru Offset Printers' JOB WORK BILL CUM RECEIPT / TAX INVOICE - JOB WORK (Akshar
  long book 172 pp - print & bind n x rate, cover printing, GST @ 18%, Less: TDS u/s 194C @ 2%, Received (net
  of TDS)), Satpura Paper Traders' TAX INVOICE CUM RECEIPT (maplitho 58 GSM and art card in kg, GST @ 18%),
  Vindhya Paper Mills Ltd's e-mailed Payment receipt (Customer, Customer code, Against invoice VPM/..., Amount
  received, RTGS, UTR, Receipt No., Received on, Status Received), Navkar Ruling & Binding Works' BILL / JOB
  WORK BILL (GST @ 5%, Cheque received, Cheque No., Bank; CHEQUE RECEIVED - SUBJECT TO REALISATION), Deccan
  Notebook Industries' ADVANCE RECEIPT (Received from, Order n notebooks (Akshar brand) - job work, Order
  value, Advance received, UPI), Pragati Plate & Die Makers' TAX INVOICE / BILL (CTP plates, cutting die, GST
  @ 18%, Amount due / Balance due, Payment attempted UPI - declined; UPI DECLINED - BALANCE DUE), Surya
  Corrugated Boxes' TAX INVOICE (CUM RECEIPT) (cartons, GST @ 5%, E-way bill No., NEFT and its UTR) and Shiv
  Shakti Lamination's CASH BILL / BILL (no GSTIN, no GST, cash): Bill No. / Invoice No. / Receipt No. / No.,
  Date / Dated, Bill to / Buyer M/s <firm> (<trade name>), <market>, the lines, Taxable value / Sub total,
  CGST and SGST, Round off, Invoice total / Bill total / Total, Amount received / Received / Paid, Mode / Paid
  by and its reference; PAID / RECEIVED WITH THANKS.
* ``freight_transport``: VRL Logistics Ltd's GOODS CONSIGNMENT NOTE and Gati Ltd's CONSIGNMENT NOTE (LR) with
  the freight paid at booking (LR No. / GC No., Date, From / To, Consignor the firm, Consignee a retailer,
  Packages n cartons - <goods> (said to contain), Actual / charged weight, Goods invoice value, E-way bill No.
  / EWB No., Basic freight, Docket charges, Hamali, FOV (risk) charge, Total freight, "GST payable by the
  consignor under RCM", Freight PAID, Paid by cash / UPI and its reference; FREIGHT PAID), Jai Bhavani
  Roadlines' FREIGHT RECEIPT / BILTY CUM FREIGHT RECEIPT for a hired truck (Truck No., Hired by M/s <firm>,
  Load, Total freight, Less: Advance paid at loading, Balance paid at unloading, cash; RECEIVED WITH THANKS),
  TCI Freight's e-mailed MONEY RECEIPT (A division of Transport Corporation of India Ltd under it, Customer,
  Against freight bill No., Amount received, NEFT, UTR, Money receipt No., Received on, Status Received),
  Porter's trip receipt in its app (Porter on its band, Trip completed / Payment successful, the fare large,
  Vehicle, Driver partner, Pickup, Drop, Distance, Trip fare, Waiting charges, Toll, Porter discount, Paid via
  UPI, Trip date / Date, SmartShift Logistics Solutions Pvt Ltd at the foot), Safexpress Pvt Ltd's customer
  portal (Payment failed - card declined by issuer, Customer, Waybill No., Amount, Paid using <card>,
  Transaction ID, Attempted on), Delhivery's wallet recharge (Delhivery One - wallet, Recharge pending -
  awaiting bank confirmation, Account the firm, Recharge amount, UPI, Transaction ID, Initiated on) and SHREE
  MARUTI COURIER SERVICES' counter BOOKING RECEIPT (FRANCHISEE - <market>, Receipt No., Date, AWB No.,
  Destination, Weight, Charges, GST @ 18%, Total, Cash; PAID).
* ``rent_utilities``: a landlord's RENT RECEIPT / GODOWN RENT RECEIPT (Receipt No. / No., Date, "Received with
  thanks from M/s <firm> (<trade name>) the rent of the godown at <address> for <month>", Monthly rent / Rent,
  Less: TDS u/s 194-I(b) @ 10%, Net amount received / Amount received, the sum in words, Paid by NEFT and its
  reference, RENT RECEIVED, Landlord / Owner / Lessor (Shri on some), PAN, [ Revenue stamp ]), Brahmaputra
  Logistics Park Pvt Ltd's TAX INVOICE - WAREHOUSE RENT / RENT INVOICE CUM RECEIPT (Invoice No. / Inv. No.,
  Date, Tenant, Premises, Rent for, Rent, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194-I(b) @ 10% on
  rent, Net amount received / Amount received, RTGS and its UTR), the firm's NEFT to a landlord in Axis Bank's
  Corporate Internet Banking that failed (the landlord in capitals under Beneficiary name / Beneficiary /
  Payee; the page as in ``institution_pay``), electricity through Bharat Connect in PhonePe and Paytm (Bill
  paid successfully / Payment successful / Payment pending - awaiting biller confirmation, the sum large,
  Biller / Electricity board / Paid to the board (MPPKVVCL (Indore) or M.P. Paschim Kshetra Vidyut Vitaran Co.
  Ltd, JdVVNL or Jodhpur Vidyut Vitran Nigam Ltd), Consumer No. / IVRS No., Consumer name, Bill month, Due
  date, Bill amount, Paid via UPI / Credit card, B-Connect Txn ID / Bharat Connect Ref. No., UPI Ref No., Paid
  on / Initiated on), MSEDCL's own Payment Receipt page (MSEDCL or Maharashtra State Electricity Distribution
  Co. Ltd on top, Mahavitaran - online bill payment under it, Consumer No., Consumer name, BU, Bill month,
  Amount paid, Net banking, Receipt No., Transaction ID, Bank Ref No., Payment date), Suraksha Security
  Services' BILL CUM RECEIPT (Service period, Guard shifts (12 hr) n x rate, Supervisor visits, Total, "GST @
  18% payable by the recipient under RCM", Less: TDS u/s 194C @ 1%, Net amount received, Cheque No. <n> -
  cleared) and Hathway Broadband's e-mailed receipt (Hathway Cable & Datacom Ltd under it, Payment received /
  Thank you for your payment, Account name, User ID / Account No., Plan, Invoice No., Amount paid, Credit
  card, Receipt No., Transaction ID, Auth code, Paid on).
* ``rep_expenses``: the sales representatives on tour: a fuel pump's card slip (SHREE SAI FUELS / WARDHA ROAD
  PETROLEUM, INDIANOIL DEALER, FUEL SALE, DATE:, TIME:, TID:, BATCH NO:, INV NO:, PRODUCT:, RATE: n/L, VOLUME:
  n L, VEHICLE NO:, CARD:, APPR CODE:, RRN:, AMOUNT:; APPROVED), a lodge's BILL / ROOM BILL (Hotel Sai
  Residency / Hotel Shree Krishna Palace, Check-out / Date, Guest, Check-in, Room (non-AC single) n x rate,
  Food, "GST: Nil - room tariff below Rs 1,000 per day", Total, Cash; PAID), RazorpayX's payout page (Payouts
  - <firm> under it, Payout processed / Processed, Contact / Beneficiary the representative, Fund account,
  Mode IMPS, Amount, Purpose Reimbursement, Narration TA DA <month>, Payout ID, UTR, Processed on), the
  distributor's TRAVEL EXPENSE VOUCHER / TOUR EXPENSE VOUCHER (the firm on top, Voucher No., Paid to the
  representative, Designation, Tour <route> (n days), Bus / train fares, Lodging, DA n x 400, Local
  conveyance, Total claimed, Less: Advance taken, Net paid, Cash; PAID), a representative's PhonePe paying a
  hotel that failed (the page as in ``retailer_upi``), the distributor's IMPS to a representative pending in
  ICICI Bank InstaBIZ (Beneficiary / Payee / Paid to), Ola's e-mailed ride receipt (Ola on top, ANI
  Technologies Pvt Ltd under it, CRN, Ride Outstation one way - <from> to <to>, Base fare, Toll, State permit,
  GST @ 5%, Total bill, Paid by UPI, Ride date, Payment status Paid) and Kudla Digital Prints' BILL / CASH
  BILL for catalogues (Bill No., Date, Customer, colour prints, spiral binding, CGST and SGST @ 9%, Round off,
  Total, UPI and its reference; PAID).
* ``tax_challans``: the GST portal's Payment Receipt / Challan Payment Receipt (GST PMT-06) (three, in a
  browser or printed: Goods and Services Tax on top, CPIN, Challan created on, GSTIN, Legal name / Name of
  taxpayer, Trade name, Tax period, CGST (0005) - Tax and SGST (0006) - Tax (Interest on some) or IGST (0008)
  - Tax, Total challan amount / Total amount, Mode of payment E-Payment (Net Banking) / UPI / NEFT / RTGS,
  Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date / Initiated on;
  Payment successful / Paid / Awaiting credit from RBI - NEFT / RTGS), two TDS challans (ITNS 281: the
  e-filing portal's e-Pay Tax - Challan Receipt and SBI's YONO Business e-Tax screen with the sum large: TAN,
  Name of deductor, Assessment Year, Financial Year, Major Head, Minor Head, Nature of Payment (194-I(b),
  194Q, 194C), Amount (in Rs.), CRN / Challan Reference Number (CRN), Payment mode / Paid through Net Banking,
  Bank, BSR Code, Challan No., CIN, BRN / Bank Reference Number, Date of deposit / Attempted on, the Tax
  Breakup A to F; Payment Successful / Challan paid / Challan payment failed), Maharashtra's professional tax
  e-challan (GOVERNMENT OF MAHARASHTRA, GRAS, e-Challan (MTR Form Number 6): GRN, Department, Type of payment
  PTRC - employer's tax, PTRC No., Name, Period, Amount, Net banking, Bank Ref No., Date of payment, Status
  Paid), Indore Municipal Corporation's trade licence renewal page (Payment successful / Licence renewed - fee
  paid, Licence No., Firm, Trade, Zone / Ward, Licence fee, Late fee on some, Total, UPI, Paid on) and
  Coimbatore City Municipal Corporation's profession tax ONLINE PAYMENT RECEIPT (Assessment No., Name, Half
  year, Employees, Amount paid, card, Receipt No., Transaction ID, Paid on, Status Paid).
* ``bank_alerts``: the distributor's banks' alerts of its payments: five SMS in a messages app (HDFC Bank's
  "Update! Rs.n debited from A/c XX1234 on <day> to NAVNEET EDUCATION LTD via NEFT. UTR: ...", SBI's "Dear UPI
  user A/C X1234 debited by n on date <day> trf to JAI BHAVANI ROADLINES Refno ...", ICICI Bank's card "INR n
  spent using ICICI Bank Card XX1234 on <day> on TALLY SOLUTIONS. Avl Limit: ..." (no reference), Kotak's
  "IMPS of Rs.n ... to <REP> ... has FAILED ... IMPS Ref ...", Bank of Baroda's "Rs.n transferred from A/c
  ...1234 to:IMPS/<ref>/KALPATARU OFFSET. Total Bal:..." with no day (the divider says Today or Yesterday))
  and three e-mails (Axis Bank's Debit transaction alert for an RTGS to VINDHYA PAPER MILLS LTD, Canara Bank's
  NEFT transaction status In process - credit to beneficiary awaited for KALPATARU OFFSET PRINTERS, HDFC
  Bank's credit card alert at CANVA in US dollars with an Indicative INR amount (incl. 3.5% markup): Account /
  From account / Card, Amount, Beneficiary / Merchant, Mode, UTR / Reference No. / Authorization code, Date &
  time / Initiated on, Status Success / Approved).

Outcomes: six successes, a failed and a pending page in every family (the failures: a retailer's PhonePe, a
declined card, a school's NEFT, Flipkart's settlement, a dishonoured cheque, Flair's returned NEFT, the plate
maker's declined UPI, Safexpress's card, the landlord's NEFT, a representative's UPI to a hotel, the YONO
Business TDS challan, Kotak's IMPS; the waits: Amazon Pay, a UPI QR on a slip, PFMS, Amazon's settlement, the
advance cheque, Kokuyo Camlin's portal, the binder's cheque, Delhivery's recharge, Paytm's Bharat Connect,
InstaBIZ's IMPS, the NEFT / RTGS GST challan, Canara Bank's NEFT). Absent fields: each family leaves out the
id on one page (no UPI reference, UTR, RRN, IMPS reference, NEFT ID, bank reference, BRN, Bharat Connect
reference, app id, transaction, payment, payout, settlement or PFMS id, QR TXN ID, CIN, approval or auth code,
CRN (Ola's), receipt, memo, invoice, bill, voucher, money receipt, LR or GC number, GRN, CPIN or CRN; MID,
TID, BATCH, card, account and consumer numbers, UPI IDs, seller, supplier, dealer, vendor and customer codes,
e-way bill, AWB and waybill numbers, licence, assessment and PTRC numbers, TAN, PAN, GSTIN and IFSC stay) and
the day on one (no date anywhere: no invoice, cheque, due, settlement, check-in or sanction day, no settlement
period, month, tax period, half year or assessment year, no year in a document's number, no NEFT or RTGS UTR
(both spell the day: a bank reference or an IMPS or UPI reference stands in), no app id that carries one
(PhonePe's); a slip's TIME:, an e-mail's hour and a phone's clock at most, Today / Yesterday over an SMS).
Sums: a distributor's sums (a few hundred rupees at a book fair, lakhs from schools, publishers and paper
mills): ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS / Rs. / none on slips, $ / US$ /
USD on the card alert; lakh grouping on most, western and plain on some. Days: 2026 (heldout116's ``day26``),
printed in heldout121's patterns and this set's DAY_PATS and SLIP_DAYS. Faces: heldout119's lists
(SCREEN_FACES for the UPI apps and the bank alerts, SLIP_FACES for the counters' slips, BILL_FACES for the
distributor's own paper, PAPER_FACES for the printing vendors', PAGE_FACES for the institutions',
marketplaces', publishers', transporters', rent and utility, representatives' and tax pages). Frames:
heldout158's ``compose`` (heldout121's frames and marks, heldout129's rubber stamp, heldout106's messages
screen). Seeds ``heldout162-<i>``.

Truth conventions (README "Receipt fields", as heldout152, heldout156, heldout157 and heldout158 quote them;
*settled* where this set chose):

* merchant_name: the one paid, as printed. The distributor (Akshar Stationery Distributors, the same with its
  market, Akshar Distributors Pvt Ltd or Akshar Book House LLP; in capitals where so printed) under Paid to /
  To / Sent to on a retailer's UPI screen and under Beneficiary / Beneficiary name / Payee / Pay to on a
  payer's transfer (never the Debit account name), in capitals on its slips (never the terminal's maker, the
  CASH & CARRY COUNTER or BOOK FAIR line, or the PAYER VPA), on top of its own paper (never the retailer,
  school or chain under Received from / Customer / Buyer / Bill to, the brands in its line, "For <name>" or
  the rubber stamp) and on top of its payment link (never the school under Paid by / Customer, nor Secured by
  Razorpay). *settled*: the distributor's business app pays it under Received in / Credited to / Business
  account, never the retailer under Received from / From / Payer nor the app (heldout157's collection apps).
  *settled*: PFMS's e-payment advice pays the vendor under Vendor name / Payee name (the firm in capitals as
  PFMS registers it), never PFMS or the Controller General of Accounts on top, the Agency / DDO or the Scheme;
  GeM's page pays the Seller / Seller name, never GeM, the Buyer organisation or the Paying authority; a
  college's remittance advice and a school's ERP e-mail pay the distributor under Paid to / Vendor, never the
  college or school on top. *settled*: a marketplace's settlement pays the seller under Seller / Seller name /
  Supplier / Supplier name / Account holder as printed (the firm or the trade name), never the panel on top
  (amazon seller central, Flipkart Seller Hub, Meesho Supplier Panel, JioMart Partner, Snapdeal Seller Zone).
  A publisher, maker, printer, paper merchant, binder, box maker, transporter, security agency, lodge, print
  shop or broadband provider is paid on top of its own paper, page or e-mail (in capitals where so printed),
  never M/s the firm under Received from / Customer / Dealer / Buyer / Bill to / Tenant / Consignor / Hired by
  / Account / Account name / Guest, the consignee, nor the line under the name; *settled*: ITC Limited on top
  of its Classmate invoice, never Education and Stationery Products Business; Hindustan Pencils Pvt Ltd and
  Rachna Sagar Pvt Ltd, never their brand lines (Nataraj | Apsara, Together with | Xam idea); TCI Freight,
  never "A division of Transport Corporation of India Ltd"; Hathway Broadband, never Hathway Cable & Datacom
  Ltd (as heldout158 kept ACT Fibernet). *settled*: Porter's trip receipt pays Porter (on its band), never the
  Driver partner nor SmartShift Logistics Solutions Pvt Ltd at the foot; Ola's ride receipt pays Ola, never
  ANI Technologies Pvt Ltd under it. *settled*: Delhivery's wallet recharge pays Delhivery (the wallet prepays
  its shipping), never the firm under Account. A landlord's receipt pays the landlord under Landlord / Owner /
  Lessor (Shri is no part of the name, heldout142), the logistics park on top of its rent invoice, and a
  transfer the landlord under Beneficiary name / Beneficiary / Payee as the bank prints it. The board under
  Biller / Electricity board / Paid to (its short or long name as printed) and on top of its own page (MSEDCL
  or Maharashtra State Electricity Distribution Co. Ltd; never Mahavitaran - online bill payment under it).
  The fuel pump in capitals on top of its slip (never INDIANOIL DEALER). *settled*: a reimbursement pays the
  representative: under Contact / Beneficiary on RazorpayX's payout (never RazorpayX, nor the firm in "Payouts
  - <firm>"), under Paid to on the distributor's own travel voucher (never the firm on top, heldout157's
  reimbursement vouchers), under Beneficiary / Payee / Paid to on InstaBIZ (in capitals where so printed); a
  representative's UPI pays the hotel under To / Paying to. A GST challan and an income-tax (TDS) challan name
  no payee (heldout137, heldout144); *settled*: Maharashtra's professional tax e-challan (GRAS, MTR Form
  Number 6) names no payee either (a state's tax challan: GOVERNMENT OF MAHARASHTRA on top is the treasury's
  heading, as the GST portal's is); Indore Municipal Corporation's and Coimbatore City Municipal Corporation's
  receipts pay the corporation on top (heldout157's property tax). A bank's alert pays the payee as the alert
  prints it (NAVNEET EDUCATION LTD, JAI BHAVANI ROADLINES, TALLY SOLUTIONS, the representative in capitals,
  KALPATARU OFFSET cut short as Bank of Baroda prints it, under Beneficiary on the e-mails, CANVA under
  Merchant), never the bank. Never a bank, app, terminal maker, gateway, marketplace or portal, nor the payer.
* amount / currency: the sum this payment moved. A UPI screen's, a business app's, a payment link's, an app
  page's sum large; a transfer's Amount / Transfer amount / Amount (INR) or sum large. *settled*: the
  surcharge slip's TOTAL AMT (the BASE AMT with the 1.5% CONV FEE and GST 18% ON FEE: what the card was
  charged), never the BASE AMT; a slip's AMOUNT / SALE AMOUNT / TOTAL otherwise. *settled*: PFMS's Net amount
  / Net payable to vendor (the Gross amount less TDS under GST, CGST 1% and SGST 1% of the taxable value),
  never the Taxable value or the Gross amount; GeM's Amount paid (the Bill amount less TDS under GST (2%) and
  LD), never the Bill amount; the remittance advice's Net remitted / Amount remitted (the Total of invoices
  less the debit note), never the Total of invoices or an invoice's line; the ERP e-mail's Net paid / Amount
  paid (after the early payment discount), never the Gross. *settled*: a marketplace settlement's Amount
  transferred / Final settlement amount / Bank settlement value / Net settlement / Payment amount or sum large
  (the gross sales less the fees, GST on them, TCS under GST and TDS u/s 194-O), never the Gross sales /
  Product charges / Sale amount or a deduction. The distributor's money receipt counts its Amount received /
  Net received (after Less: Cash discount (1%)), never the Total; the collection receipt its Amount received /
  Cash received, never a denomination; the memo its Total / Net amount / Total (incl. GST); the tax invoice
  cum receipt its Amount received (the Invoice total after Round off), never the Exempt / nil-rated or Taxable
  value; the advance receipt its Advance received / Cheque amount, never the Order value; the dishonoured
  cheque's Cheque amount; *settled*: the retail chain's Received (net of TDS) (the Bill amount less TDS u/s
  194Q @ 0.1%, the buyer's deduction), never the Bill amount (heldout158's TDS on fees). A publisher's Amount
  received / Received / Received (net of TDS) (OUP's after the TDS u/s 194Q the distributor deducted), the
  e-mails' Amount received / Amount, Kokuyo Camlin's Amount paid (never the Outstanding before payment);
  *settled*: an invoice with the payment on it counts its Amount paid (the Invoice total less the Cash
  discount (2%) for paying within 10 days), never the MRP value, the Invoice total or the trade discount. A
  printing vendor's Amount received / Received / Paid (the rounded total), the job bill's Received (net of
  TDS) (after TDS u/s 194C @ 2%), the advance's Advance received (never the Order value), the declined UPI's
  Amount due / Balance due, the waiting cheque's Cheque received. A consignment note's Total freight (Basic
  freight, Docket charges, Hamali and FOV; the GST under RCM adds nothing); *settled*: the truck owner's
  Balance paid at unloading (this payment), never the Total freight or the Advance paid at loading; TCI's
  Amount received; Porter's sum large (after the Porter discount); Safexpress's Amount; Delhivery's Recharge
  amount; the courier's Total (with GST @ 18%). A rent receipt's Net amount received / Amount received (after
  TDS u/s 194-I(b)), never the Rent / Monthly rent; the rent invoice's Net amount received / Amount received
  (the Invoice total less TDS on the rent), never the Invoice total; a Bharat Connect page's sum large (the
  Bill amount); MSEDCL's and Hathway's Amount paid; *settled*: the security agency's Net amount received (the
  Total less TDS u/s 194C @ 1%; the GST payable by the recipient under RCM adds nothing). The fuel slip's
  AMOUNT (never the RATE or VOLUME); the lodge's Total; the payout's Amount; the voucher's Net paid (the Total
  claimed less the Advance taken), never the Total claimed (heldout157); Ola's Total bill (with Toll, State
  permit and GST @ 5%), never the Base fare; the print shop's Total. A GST challan's Total challan amount /
  Total amount; a TDS challan's Amount (in Rs.) or sum large (the Tax Breakup's A Tax repeats it); the PTRC
  challan's Amount; Indore's Total (Licence fee and Late fee); Coimbatore's Amount paid. An SMS's sum; an
  alert e-mail's Amount. Currency INR everywhere but one page: *settled*: HDFC Bank's card alert at CANVA
  counts the sum charged in US dollars (USD), never the Indicative INR amount (heldout157's foreign sums).
* status: as printed (the words listed with each family above). *settled*: the business app's Payment received
  / Money received / Received successfully are successes; the slip's UPI PAYMENT PENDING (VERIFY CREDIT BEFORE
  RELEASING GOODS) pending and DECLINED (RESP CODE ...) failed; PFMS's Sent to bank - awaiting credit
  confirmation pending; GeM's Paid / Payment made and the ERP e-mail's Payment released / Paid successes; a
  marketplace's Settled / Paid / Payment transferred successes, Payment initiated - reaches your bank in 3-5
  business days pending and Settlement failed - bank account details invalid failed; the distributor's PAID /
  RECEIVED WITH THANKS / PAYMENT RECEIVED / RECEIVED successes, CHEQUE RECEIVED - SUBJECT TO REALISATION
  pending and CHEQUE DISHONOURED - RECEIPT CANCELLED failed (heldout110); a publisher's Received - adjusted
  against the invoices above a success, Payment returned failed, Payment under verification - credit awaited
  pending; a printing vendor's UPI DECLINED - BALANCE DUE failed and CHEQUE RECEIVED - SUBJECT TO REALISATION
  pending; FREIGHT PAID, Trip completed and Received successes, Payment failed - card declined by issuer
  failed, Recharge pending - awaiting bank confirmation pending; RENT RECEIVED a success; Bill paid
  successfully a success and Payment pending - awaiting biller confirmation pending; Payout processed /
  Processed and Ola's Payment status Paid successes; Pending at beneficiary bank / <mode> under process /
  Transaction in process pending; Awaiting credit from RBI - NEFT / RTGS pending and Challan payment failed
  failed, Licence renewed - fee paid a success; *settled*: an SMS's debited / spent / transferred is a success
  and its "has FAILED" failed; an alert e-mail's Status Success / Approved successes and In process - credit
  to beneficiary awaited pending.
* date: the day paid (a receipt's, memo's, invoice's, bill's, voucher's, LR's or slip's Date / Dated / DT: /
  DATE: / TXN DATE:; Date & Time, Paid on, Transaction Date, Completed on, Received on, Credited on, Date &
  time, Transaction date, Transferred on, Value date, Payment date, Transfer date, Settled on, Deposit date,
  Received on, Returned on, Payment received on, Trip date, Check-out, Processed on, Ride date, Date of
  deposit, Date of payment; Attempted on, Failed on and Initiated on on the failures and the waits; Kokuyo
  Camlin's Paid on while the credit is awaited; an SMS's day in its text). *settled*: never a business app's
  Settles on / Expected settlement, a Settlement period, the invoices' days in a list (Inv. <n> <day> / dt
  <day>), a Vendor invoice No.'s dt, a Sanction date, an Invoice date on an invoice that prints its Payment
  received on / Paid on, a Cheque date / Chq. dt. or a cheque's dt, a Check-in, a Due date, a Bill month, a
  Rent for / the rent's month, a Service period, a Period, a Tax period, a Challan created on, a Half year, an
  Assessment Year or Financial Year, a narration's month (TA DA <month>, Godown rent <month>), the year in a
  Licence No. or Sanction No., or an SMS divider (it repeats the day without its year; Today / Yesterday on
  the undated one).
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited. *settled*: the business app's UPI - QR / UPI (Soundbox) / UPI - collect request and a slip's MODE:
  UPI - BHARAT QR are UPI; the surcharge slip is card; PFMS's e-Payment (PFMS) and GeM's PFMS e-payment are
  "netbanking" (a government account's bank transfer); the payment link's Net banking - <bank> "netbanking"
  and its card card; a marketplace's NEFT "netbanking"; a cheque cleared, received, deposited or dishonoured
  is cheque (heldout157); a declined UPI names UPI; Bharat Connect paid by credit card is card; the GST
  portal's E-Payment (Net Banking) and NEFT / RTGS, the TDS challans' Net Banking (the failed one too) and the
  PTRC challan's net banking "netbanking"; the fuel slip's, the card alert's and the SMS card spend's card
  card; the SBI SMS's UPI UPI and the IMPS and NEFT alerts "netbanking".
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS
  reference (UPI Ref No, UPI Ref No., UPI Ref, UPI Reference No., UPI Transaction ID, UPI Txn Ref, UPI RRN,
  UTR, UTR No., UTR Number, NEFT UTR, RTGS UTR, *settled*: Flipkart's NEFT ID, RRN / RRN: / REF NO: on a slip,
  IMPS Ref No / IMPS Ref No. / IMPS RRN / IMPS Reference No., an SMS's UTR / Refno / IMPS Ref / the
  IMPS/<ref>/ in Bank of Baroda's narration), then a bank reference (Bank Ref No., Bank Ref. No., Bank
  Reference, Reference No. on a transfer and an alert, BRN / Bank Reference No. (BRN) / Bank Reference Number,
  Bharat Connect Ref. No. / B-Connect Txn ID), then a transaction / payment id (Transaction ID, Txn ID,
  Payment ID, PFMS Transaction ID, Payout ID, Settlement ID, a marketplace's Payment reference, QR TXN ID:,
  the app's own id (Google transaction ID, PhonePe's Transaction ID, Amazon Pay Txn ID, BharatPe's Txn ID), a
  challan's CIN), then an approval code (APPR CODE: / AUTH CODE:, Auth Code / Auth code / Approval Code /
  Authorization code), then an order's number (Paytm's Order ID, *settled*: Ola's CRN, the ride's booking
  number), then a document's own number (Receipt No. / Voucher No. / No., Memo No., Invoice No. / Inv. No.,
  Bill No., Money receipt No., Payment voucher No., INVOICE NO: / INV NO: on a slip, a GST challan's CPIN, a
  TDS challan's CRN / Challan Reference Number (CRN); *settled*: a consignment note's LR No. / GC No. (the
  note is the freight's receipt) and GRAS's GRN (the e-challan's own number, as a CPIN)). *settled*: never an
  E-way bill No. / EWB No. (twelve digits, the goods' permit), an AWB No. or Waybill No. (the consignment's,
  not the payment's), the bill paid's number (a Vendor invoice No., GeM's Invoice No., Against invoice,
  Against freight bill No., Hathway's Invoice No., the invoices listed on a receipt or advice), a Contract No.
  (GEMC-...), a Sanction No., a Vendor code, Seller ID, Supplier ID, Customer code or Dealer code, a Receipt
  Book No., a Consumer No. / IVRS No. / BU / User ID / Account No., a Licence No., Assessment No. or PTRC No.,
  a TAN, PAN, GSTIN or IFSC, a TDS challan's BSR Code or Challan No., a Truck No. or VEHICLE NO, a Fund
  account, Maker / Checker ids, MID, TID, BATCH, a card or mobile number, a UPI ID or a cheque number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout162_families import (
    bank_alerts,
    compose,
    counter_card,
    freight_transport,
    institution_pay,
    marketplace_payouts,
    own_receipts,
    printing_jobs,
    publisher_bills,
    rent_utilities,
    rep_expenses,
    retailer_upi,
    tax_challans,
)

SPLIT = "heldout162"

FAMILIES: list[Family] = [
    ("retailer_upi", retailer_upi, SCREEN_FACES),
    ("counter_card", counter_card, SLIP_FACES),
    ("institution_pay", institution_pay, PAGE_FACES),
    ("marketplace_payouts", marketplace_payouts, PAGE_FACES),
    ("own_receipts", own_receipts, BILL_FACES),
    ("publisher_bills", publisher_bills, PAGE_FACES),
    ("printing_jobs", printing_jobs, PAPER_FACES),
    ("freight_transport", freight_transport, PAGE_FACES),
    ("rent_utilities", rent_utilities, PAGE_FACES),
    ("rep_expenses", rep_expenses, PAGE_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout162_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout162 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

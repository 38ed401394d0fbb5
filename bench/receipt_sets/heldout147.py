"""heldout147: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an optician and eyewear store chain's day in 2026 (one store in each of Nagpur,
Coimbatore, Lucknow, Surat, Guwahati, Dehradun, Vijayawada and Ranchi under the trade name Nayantara Opticals, run by
Nayantara Eyecare Retail Pvt Ltd), told by the proofs of payment it receives (customers' UPI, the counters' card slips
with card EMI on some, insurers' and TPAs' settlements of vision claims, its own tax invoices cum receipts and advance
receipts for frames on order) and those it makes (lens labs and frame and contact-lens distributors, shop rent,
electricity and broadband, store software, couriers, staff reimbursements, refunds to customers, GST and TDS). One
payment per page.

* ``customer_upi``: a customer's UPI app paying the store (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay,
  super.money, MobiKwik; dark on some): heldout125's result screen, the store (Nayantara Opticals, Nayantara Opticals
  - <locality>, the company on some; capitals on some) under Paid to / To / Sent to (Paying to / Payment to on a
  wait), its handle, the UPI reference and the app's own id on some, the day, the account debited, a Note / Message /
  For (Specs balance, Eye test, Acuvue 6 pack, Job 4417 balance) on most; Payment Successful / Paid successfully /
  Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined / Payment Pending /
  Payment processing / Transaction pending.
* ``counter_card``: the counter's card terminal slip (Pine Labs, Paytm EDC, Razorpay POS, Mswipe, HDFC Bank, ICICI
  Bank, Worldline, PhonePe POS; monospace): the maker on top or POWERED BY <maker> at the foot on some, the store in
  capitals (the company on some), its locality and town, SALE / CARD SALE / CONTACTLESS SALE / EMI SALE / BRAND EMI
  SALE / UPI QR SALE, DATE <day>  TIME <hour> on one row, DATE: and TIME: or DATE/TIME:, MID: / MERCHANT ID:, TID: /
  TERMINAL ID:, BATCH:, INVOICE: / ROC: / INV NO:, ITEM: / DESC: (SPECTACLES (FRAME+LENS), PROGRESSIVE LENSES,
  CONTACT LENS X3), CARD NUM: / CARD:, EXP: **/**, APP:, ENTRY:, TC:, TVR:, CARDHOLDER: on some, APPR CODE: / AUTH
  CODE:, RRN: / REF NO:, or MODE: UPI - DYNAMIC QR, PAYER VPA: and QR TXN ID:; AMOUNT: / SALE AMOUNT: / TOTAL: / TXN
  AMT:; on three EMI slips (two card EMI, one brand EMI) ISSUER:, TENURE: n MONTHS, ROI: / INT RATE: (n% P.A. or 0.00% (NO COST)), EMI AMT:
  and TOTAL PAYABLE: / TOTAL AMT WITH INT: under the sum, and on the brand EMI PRODUCT AMT: / INVOICE AMT: and
  INSTANT DISCOUNT: over the TXN AMT: / CARD TXN AMT:; APPROVED / TXN APPROVED / DECLINED with RC 55 - INCORRECT PIN /
  RC 51 - INSUFFICIENT FUNDS / RC 05 - DO NOT HONOUR / PAYMENT PENDING with CHECK STATUS BEFORE HANDING OVER
  SPECTACLES.
* ``insurer_settle``: an insurer's or a TPA's settlement of a member's vision (OPD / optical benefit) claim to the
  store as a network provider (Medi Assist, MDIndia, Paramount and Plum Benefits by e-mail; Star Health, Niva Bupa
  and ICICI Lombard provider portals in a browser; Health India TPA's printed letter): the payer on top, Provider
  network - claims / Cashless & reimbursement claims, Claim settlement advice / Payment advice - network provider /
  Settlement letter, Dear Provider, Payee / Provider name / Paid to / Beneficiary the store's company or name,
  Provider ID, Claim No. / Claim ID / CCN, Patient / Member name / Insured, Policy No., Corporate, Benefit, Bill No.
  and Bill date / Date of purchase, Claimed amount / Bill amount, Less: Non-payable (frame above limit) / Less:
  Disallowed - sunglasses tint, Less: Co-pay (10%), Approved amount / Admissible amount, Less: TDS u/s 194J @ 10% /
  Less: TDS (194J) on some, Net amount paid / Amount transferred / Settled amount (Net amount payable / Amount on the
  failure and the wait), Mode / Payment mode NEFT, Credited to / Beneficiary account and IFSC, UTR / NEFT UTR / UTR
  No. (Bank Ref No. / Bank Reference on the page without a day), Payment ref / Transaction ID on some, Payment date /
  Transferred on / Settlement date / Returned on / Initiated on; Paid / Settled / Claim settled - payment released /
  Payment returned - beneficiary account details mismatch / Approved - payment under process.
* ``store_bills``: the store's own paper (serif) with its rubber stamp: five TAX INVOICE CUM RECEIPT / CASH MEMO /
  INVOICE & RECEIPT (the store on top (with its locality on some): Bill No. / Invoice No. / Inv. No., Date / Bill date
  / Invoice date, Customer / Patient / Name, Mobile (masked), Job No. / Order No., the prescription (Rx R -1.25 /
  -0.50 x 180  L -1.00 DS  Add +1.75), Frame - <brand model>, the lenses (Zeiss SmartLife Progressive 1.6 (pair)),
  Eye test (optometrist), contact lenses and a solution, sunglasses, Taxable value / Sub total, CGST, SGST, Round off,
  Total / Grand total / Bill amount, Less: Advance received (Rcpt ADV/... dt <day>) on some, Balance received /
  Balance paid or Amount received / Received, or Amount payable on the wait, the sum in words, Mode / Paid by /
  Payment mode and its reference; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / UPI PAYMENT PENDING - AWAITING
  CONFIRMATION) and three ADVANCE RECEIPT / ORDER ADVANCE RECEIPT for frames and lenses on order (Receipt No. / Rcpt.
  No., Date, Job No. / Order No., "Received with thanks from <customer> the sum of <words> as advance against order
  <job> for <frame and lenses>", the prescription, Order value / Estimated order value, Advance received / Amount
  received or Cheque amount on the returned cheque, Balance on delivery / Balance payable, Expected delivery / Ready
  by, the way or Cheque No. / Chq. No. and Drawn on; ADVANCE RECEIVED / RECEIVED WITH THANKS / CHEQUE RETURNED -
  ORDER ON HOLD with Return reason).
* ``supplier_bills``: the lens labs' and frame and contact-lens distributors' paper (the vendor on top): TAX INVOICE
  / JOB WORK INVOICE / LAB BILL / CREDIT BILL / INVOICE CUM DELIVERY CHALLAN / SALES INVOICE, Invoice No. / Bill No.,
  Date / Invoice date, Buyer / Bill to / Consignee M/s the store or its company, Store, Job cards / Jobs (NGP-J1234 to
  NGP-J5678) or Order ref, the lines (SV 1.56 HMC (pair) n x rate, Progressive 1.6 freeform (pair), Fitting & edging
  charges, Acetate frames (assorted) model AC-22, Polarised sunglasses SG-40, Monthly disposable 6 pack), Taxable
  value / Sub total, CGST, SGST, Round off, Invoice total / Total / Net payable, Less: Cash discount @ 2% and Less: TDS
  u/s 194Q @ 0.1% on some, Received (net of TDS) / Amount received (after TDS) / Amount received / Received / Paid,
  Mode / Paid by and its reference, or Amount due / Balance payable with Payment attempted UPI - declined, or Cheque
  received with Cheque No. and Bank; PAID / PAYMENT RECEIVED / RECEIVED WITH THANKS / UPI DECLINED - BILL UNPAID /
  CHEQUE DEPOSITED - AWAITING CLEARANCE.
* ``store_rent``: the stores' rent: a landlord's RENT RECEIPT / SHOP RENT RECEIPT (three: Receipt No. / No., Date,
  "Received from M/s <company> (<trade name>) the rent of the shop at <complex> for <month>", Monthly rent / Rent,
  Less: TDS u/s 194-I(b) @ 10% on some, Net amount received / Amount received, Paid by / Mode of payment (Cheque No. n
  dt <day>, UPI, IMPS) and its reference, RECEIVED WITH THANKS, Landlord / Owner / Lessor (Shri / Smt. on some), PAN
  of landlord, [ Revenue stamp ]), a landlord company's TAX INVOICE - RENT / RENT & MAINTENANCE INVOICE (two: Tenant /
  Bill to M/s the company (the store), Premises, Carpet area, Rent for / Rent period, Shop rent, Common area
  maintenance, Taxable value, CGST and SGST @ 9%, Invoice total / Total amount, Less: TDS u/s 194-I(b) @ 10%, Amount
  received / Net amount received, Received by / Mode; PAYMENT RECEIVED / PAID) or the company's bank after the NEFT
  or IMPS to the landlord (three: ICICI Bank Corporate Internet Banking, HDFC Bank SmartHub Vyapar, Axis Bank
  Corporate Internet Banking; heldout124's page, the landlord under Beneficiary / Payee / Beneficiary name, UTR / IMPS
  Ref No and Bank Ref No. / Txn Ref No. / Transaction ID on some, Remarks / Narration (Shop rent Mar-26 - Surat less
  TDS), Debit account name, Created by / Maker, Approved by / Checker on the web pages; Transaction Successful / Funds
  transferred successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode>
  transfer failed / Pending at beneficiary bank / <mode> under process / Transaction in process).
* ``power_internet``: a store's electricity through Bharat Connect (five: PhonePe, Paytm, Google Pay and Amazon Pay on
  a phone with the outcome and the sum large, Kotak Mahindra Bank - Business's Bill Payments - Payment Receipt /
  Bharat Connect - Transaction Receipt in a browser with Payment status / Status): Biller name / Electricity board /
  Billed by (MSEDCL, MVVNL (UPPCL), DGVCL, UPCL, JBVNL or its long name), Consumer No. / Account No. / Service
  Connection No., Customer name / Consumer name the company in capitals, Tariff, Connected load, Units consumed, Bill
  month / Billing month, Due date, Bill amount, Prompt payment rebate and Amount paid on some, Paid using / Payment
  mode (UPI, Current A/c <masked>, Credit card <masked>, Paytm Wallet), B-Connect Txn ID / Bharat Connect Txn Ref /
  BBPS Txn ID, UPI Ref No., Order ID / Transaction ID on some, Paid on / Payment date / Attempted on / Initiated on;
  Bill payment done / Paid to biller / Bill paid successfully / Bill payment failed / Payment could not be completed /
  Bill payment pending / Biller confirmation pending; or the broadband provider's own receipt (three: ACT Fibernet in
  a browser, Airtel Xstream Fiber's app, JioFiber's e-mail; the provider on top and its company line, Payment
  successful / Payment received / Thank you for your payment, Account name / Customer name, Account No. / Customer ID
  / Service ID, Plan, Invoice No., Bill period, Amount paid / Amount received or the sum large, Payment mode / Paid
  using, Receipt No., Transaction ID, Bank Ref No. / Auth code / UPI Ref No., Payment date / Paid on / Received on,
  Payment status Successful / Received).
* ``store_software``: the chain's software (Shopify and Zapier billed in US dollars; GoFrugal's optical retail POS,
  Tally Prime's TSS renewal, Canva, Microsoft 365, Interakt and Zoho Books in rupees; the vendor's e-mail, its
  billing page in a browser or an app's result screen): the product on top and its tagline or company line, Payment
  receipt / Invoice paid / Billing - transaction details / Receipt / Payment status, Bill to / Account / Customer the
  company, GSTIN, Account ID / Customer ID / Store ID, Plan, Billing period, the lines (Store licences 8 x 9,000.00,
  Users 10 x 145.00, Basic plan, Product reviews app), Subtotal / Sub total, IGST @ 18% / GST @ 18% or Tax 0.00 with
  "Reverse charge: the customer accounts for IGST on this import of services", Amount paid / Total charged / Total /
  Amount due or the sum large, Payment method / Paid with (Visa / Mastercard ending n, UPI AutoPay (<vpa>), Net
  banking - <bank>), Invoice # / Invoice No., Payment ID (pay_..., ch_...) / Transaction ID (TXN...), Bank Ref No.,
  Auth code, UPI Ref No, Charged on / Payment date / Paid on / Attempted on / Initiated on, Next charge on; Status:
  Paid / Payment successful / Charge failed - card declined / Payment processing - awaiting bank confirmation.
* ``courier_bills``: the couriers the stores send jobs, frames and finished spectacles with: five counter receipts
  (DTDC, India Post's SPEED POST - BOOKING RECEIPT / Customer Receipt, Delhivery, Professional Couriers, Shree Maruti
  Courier; the courier on top and its company or franchise line, CASH RECEIPT / BOOKING RECEIPT / CONSIGNMENT NOTE
  CUM RECEIPT, Receipt No. / Booking No., Date / Booked on with an hour, AWB No. / Consignment No. / Article No.,
  Sender / Consignor the store, Consignee, Contents, Weight, Freight / Postage, Fuel surcharge, Insurance (FOV), GST @
  18%, Round off, Total / Amount paid / Total amount, Mode / Paid by and its reference; PAID / BOOKED - PAID), Blue
  Dart's payment-received e-mail (Account name / Customer, Customer code, Invoice No., Invoice period, Amount paid /
  Amount received, Payment mode, Payment ID, Auth code, Payment date / Paid on), Shiprocket's wallet recharge in a
  browser (the sum large, Company / Account, Seller ID / Company ID, Recharge amount, Wallet balance after, Payment
  method / Paid via UPI, Transaction ID, Recharged on / Attempted on; Recharge successful / Payment successful / Paid
  / Recharge failed) and Porter's trip payment screen (the sum large, Trip ID, Pickup, Drop, Vehicle, Paid via UPI,
  Payment ID / Transaction ID, UPI Ref No., Paid on / Initiated on; Payment pending).
* ``staff_claims``: the company reimbursing its staff: a store's EXPENSE REIMBURSEMENT VOUCHER / PETTY CASH VOUCHER /
  CONVEYANCE REIMBURSEMENT (three: the store on top with the company as its line, Voucher No. / V. No., Date, Paid to /
  Payee / Employee, Emp. code / Employee code, Designation, the expenses (Conveyance - home delivery of spectacles (4
  trips), Eye camp at Rotary Club - refreshments, Courier to lab paid in cash), Total claimed, Less: Advance given on
  some, Net paid / Amount paid, the way; PAID / REIMBURSED), Zoho Expense's report in a browser (two: Reimbursed to /
  Employee / Submitted by, Report ER-nnnnn, Employee ID, Store, the expenses, Total reimbursable, Less: Advance
  applied, Amount reimbursed / Net reimbursement / Amount to reimburse, Paid through Bank transfer (NEFT / IMPS),
  Reimbursement # / Payment #, Reference No. (UTR) / UTR / IMPS Ref No., Reimbursed on / Initiated on; Reimbursed /
  Reimbursement in process), RazorpayX's payout page (one: the sum large, Contact / Beneficiary, Fund account, Mode,
  Purpose reimbursement, Narration, Payout ID (pout_...), UTR, Processed on / Reversed on; Processed / Reversed -
  beneficiary bank rejected) or the company's bank after the transfer (two: Kotak Biz, ICICI Bank Corporate Internet
  Banking; heldout124's page, the employee under Beneficiary / Payee / Paid to, Remarks / Narration (Expense
  reimbursement - Mar 2026), Debit account name).
* ``customer_refunds``: the store refunding a customer: its REFUND VOUCHER / ADVANCE REFUND VOUCHER (two: the store on
  top, Voucher No. / Refund voucher No., Date, Refund to / Customer / Payee, Against ADV/... dt <day>, Reason (Order
  cancelled - frame out of stock, Contact lenses returned unopened), Advance received / Amount paid by customer,
  Less: Lens cutting charges / Cancellation charges on some, Net refund / Amount refunded, the sum in words, the way;
  REFUNDED / REFUND PAID), its gateway's refund page for an online order (three: Razorpay, PayU; the company | Live,
  Refund details / Refund status, the refund large, Customer / Refunded to, Order, Payment amount / Original amount,
  Refund type Full / Partial, Refund to Source - card / UPI, Refund ID, ARN / RRN, Payment ID, Processed on /
  Refunded on / Initiated on; Refund processed / Refunded / Refund in progress), its e-mail to the customer (two:
  Refunded to / Beneficiary, Order No., Reason, Amount paid, Less: Cancellation charges, Amount refunded, Mode, To
  account / To UPI ID, UTR / UPI Ref No. / Bank Reference, Refunded on, Status Refund processed) or its bank app
  after the IMPS (one: Kotak Biz; Paid to / Beneficiary, A/c No. and IFSC, Mode, Remarks (Customer refund - order
  cancelled), IMPS Ref No and Transaction ID, Date & Time / Attempted on, Debited from; Transfer failed - beneficiary
  account closed).
* ``gst_tds``: GST on the GST portal's Payment Receipt - Form GST PMT-06 / Challan Payment Receipt / e-Payment Receipt
  (PMT-06) in a browser or printed (four: Goods and Services Tax on top, CPIN and Challan generated on, GSTIN, Legal
  name / Name of taxpayer, Trade name, Return period / Tax period, CGST (0005) / SGST (0006) / IGST (0008) Tax,
  Interest and Late fee, Total challan amount / Total amount, Mode of payment / Payment mode (E-Payment (Net
  Banking), NEFT / RTGS, Credit / Debit Card, UPI), Bank / Bank name, CIN, BRN / Bank Reference No. (BRN), UPI Ref
  No., Date of deposit / Payment date, Time / Deposit time, Initiated on) and the TDS the company deducted (four: ITNS
  281 on the e-filing portal's e-Pay Tax - Challan Receipt in a browser or printed, Union Bank of India's Direct Tax
  (ITNS 281) - Taxpayer's Counterfoil in a browser, iMobile Pay's e-Pay Tax screen with the sum large: TAN, Name,
  Assessment Year, Major Head, Minor Head, Nature of Payment (194-I(b), 194C, 194J(b), 192, 194Q), Amount (in Rs.),
  Amount (in words), CRN / Challan Reference Number (CRN) and CRN valid till, Payment mode / Paid from / Paid using,
  Bank, BSR Code, Challan Sr. No., CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit / Paid on /
  Attempted on, the Tax Breakup (A Tax ... F Fee u/s 234E, Total (A+B+C+D+E+F))); Paid / Payment successful / Awaiting
  credit from RBI - NEFT / RTGS / Payment Successful / Challan paid / Tax payment failed.

Outcomes: six successes, a failed and a pending page in every family (the advance receipts but one, the rent
receipts and invoices, the broadband receipts, Blue Dart's e-mail, the courier counters' receipts, the vouchers and
the refund e-mails are successes). Absent fields: each family leaves out the id on one page (no UTR, UPI reference,
RRN, IMPS reference, ARN, approval or auth code, bank reference, B-Connect / Bharat Connect / BBPS reference, BRN,
transaction, payment, payout, refund, order or QR id, CIN, CPIN, CRN, receipt, invoice, bill, booking, voucher,
reimbursement or ROC number, no bill or advance number under a claim or a refund; MID, TID, BATCH, card, account
and cheque numbers, UPI IDs, GSTIN, IFSC, PAN, TAN, BSR codes, job and order numbers, claim and policy numbers,
provider ids, AWB, consignment and article numbers, trip ids, employee codes and report numbers, customer, account,
store and seller ids, consumer and service numbers stay) and the day on one (no date anywhere: no bill, purchase,
delivery, cheque, validity or next-charge day, no bill, rent, invoice or billing month or period, no financial,
assessment or tax year or return period, no year in a document's number, no NEFT or RTGS UTR (both spell the day: a
bank reference or an IMPS or UPI reference stands in), no CIN or CPIN; an e-mail's hour, a slip's TIME and a phone's
clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on slips,
$ / US$ / USD on Shopify's and Zapier's; lakh grouping on most, western and plain on some. Days: dd/mm/yyyy,
dd-mm-yyyy, d Month yyyy, dd.mm.yy, dd Mon yyyy, Mon d, yyyy, dd-Mon-yy and yyyy-mm-dd on paper and e-mails,
heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY, DD-MM-YY, DD MON YYYY, DDMONYY and DD.MM.YY on
slips. Faces: heldout119's lists (SLIP_FACES for the slips, BILL_FACES for the store's bills, PAPER_FACES for the
suppliers' and couriers' paper, PAGE_FACES for the claims, rent, staff claims, refunds and tax pages, SCREEN_FACES for
the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the store's bills). Seeds
``heldout147-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the store on customers' UPI screens (Paid to / To / Sent to; Nayantara
  Opticals - <locality> whole where printed so), in capitals on its slips (never the terminal maker above or below it,
  the ISSUER or the CARDHOLDER), on top of its own invoices and advance receipts (never the Customer / Patient / Name
  or the one in "Received with thanks from"); the vendor on top of its bill (never M/s the store under Buyer / Bill to
  / Consignee); the board under Biller name / Electricity board / Billed by (never the app, the bank, Bharat Connect
  or the Consumer name); the broadband provider, the software product and the courier on top (never the company
  line, tagline or franchise line under it, nor the company under Account name / Bill to / Sender). Never a bank,
  app, terminal maker, gateway, portal or the payer. *settled*: an insurer's or a TPA's settlement pays the store
  under Payee / Provider name / Paid to / Beneficiary (the store is the payee; never the insurer or TPA on top, the
  Corporate or the Patient / Member name / Insured). *settled*: a landlord's rent receipt pays the landlord under
  Landlord / Owner / Lessor (Shri and Smt. are no part of the name, heldout142), a landlord company's rent invoice
  the landlord on top, and the company's transfer to a landlord the landlord under Beneficiary / Payee / Beneficiary
  name, never the company under Debit account name. *settled*: India Post's counter receipt pays India Post (on top;
  never the Department of Posts line under it); Porter's trip screen pays Porter. *settled*: a staff reimbursement
  pays the employee under Paid to / Payee / Employee / Reimbursed to / Submitted by / Contact / Beneficiary, never the
  store on top of its voucher, Zoho Expense, RazorpayX or the company. *settled*: a refund is a payment the store
  makes: its payee is the customer under Refund to / Customer / Payee / Refunded to / Beneficiary / Paid to
  (heldout137, heldout140), never the store, the gateway or the company under it. A GST challan and an income-tax
  (TDS) challan name no payee (heldout137, heldout144).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount or
  sum large. *settled*: a card EMI slip's AMOUNT / TXN AMT (the sum charged to the card at the counter), never the EMI
  AMT or the TOTAL PAYABLE / TOTAL AMT WITH INT with the issuer's interest; a brand EMI slip's TXN AMT / CARD TXN AMT
  (the PRODUCT AMT less the INSTANT DISCOUNT), never the PRODUCT AMT / INVOICE AMT. *settled*: an insurer's or TPA's
  Net amount paid / Amount transferred / Settled amount (Net amount payable / Amount on the failure and the wait): the
  claim less the non-payable items, the co-pay and the TDS u/s 194J, never the Claimed amount / Bill amount or the
  Approved amount / Admissible amount where TDS is deducted. *settled*: the store's invoice counts the Balance
  received / Balance paid where an advance was taken before (the Total less the advance: the sum this payment moved),
  else the Amount received / Received, or the Amount payable on the UPI wait; never the Sub total, a line, GST or the
  Total when an advance is deducted. *settled*: an advance receipt counts the Advance received / Amount received (the
  Cheque amount on the returned cheque), never the Order value or the Balance on delivery. A supplier's Received (net
  of TDS) / Amount received (after TDS) where the store deducted TDS u/s 194Q, else the Amount received / Received /
  Paid after a Cash discount where one is printed, or the Amount due / Balance payable, or Cheque received (never the
  Taxable value, a line or the Invoice total when a discount or TDS is taken off). A rent receipt's and a rent
  invoice's Net amount received / Amount received (after TDS u/s 194-I(b) where deducted), never the Rent / Shop rent,
  the maintenance, the Taxable value or the Invoice total; a transfer's sum. A Bharat Connect page's Amount paid
  after a Prompt payment rebate (the sum large on a phone), the Bill amount where no rebate is printed (heldout144). A
  broadband provider's Amount paid / Amount received or sum large. A subscription's Amount paid / Total charged /
  Total / Amount due or sum large. A courier counter's Total / Amount paid / Total amount (freight, fuel surcharge,
  insurance and GST, rounded); Shiprocket's recharge sum large (the Recharge amount), never the Wallet balance after.
  *settled*: a staff reimbursement's Net paid / Amount paid / Amount reimbursed / Net reimbursement / Amount to
  reimburse or sum large (the Total claimed / Total reimbursable less the Advance given / applied), never an expense
  line or the total claimed when an advance is taken off. *settled*: a refund's Net refund / Amount refunded or sum
  large (the Advance received / Amount paid / Payment amount less the cutting or cancellation charges), never the sum
  first paid. A GST challan's Total challan amount / Total amount (every head); a TDS challan's Amount (in Rs.) (the
  same as Total (A+B+C+D+E+F), the sum large on the app), never A Tax alone. Currency INR everywhere but on two
  software pages. *settled*: Shopify's and Zapier's Total / Amount paid in US dollars ($ / US$ / USD): USD
  (heldout142's SketchUp, heldout144's Calendly), Tax 0.00 and the reverse-charge note adding nothing.
* status: as printed (the words listed with each family above). *settled*: an EMI slip's APPROVED / TXN APPROVED is a
  success though the EMI conversion waits on the issuer (the card was charged); a slip's PAYMENT PENDING (CHECK STATUS
  BEFORE HANDING OVER SPECTACLES) pending; Paid / Settled / Claim settled - payment released a success, Payment
  returned - beneficiary account details mismatch failed and Approved - payment under process pending; the store's
  UPI PAYMENT PENDING - AWAITING CONFIRMATION pending, ADVANCE RECEIVED a success and CHEQUE RETURNED - ORDER ON HOLD
  failed; a supplier's UPI DECLINED - BILL UNPAID failed and CHEQUE DEPOSITED - AWAITING CLEARANCE pending; Biller
  confirmation pending and Bill payment pending pending; Charge failed - card declined failed and Payment processing -
  awaiting bank confirmation pending; Recharge failed failed; Reimbursement in process pending, Reversed - beneficiary
  bank rejected failed; Refund in progress pending and Transfer failed - beneficiary account closed failed; Awaiting
  credit from RBI - NEFT / RTGS pending.
* date: the day paid (a bill's, receipt's, voucher's, invoice's or slip's Date / Bill date / Invoice date / DATE /
  DATE/TIME / Booked on; Paid on, Payment date, Transferred on, Settlement date, Value Date, Transaction Date, Date &
  Time, Charged on, Received on, Recharged on, Reimbursed on, Processed on, Refunded on, Date of deposit; Attempted on,
  Returned on, Reversed on and Initiated on on the failures and the waits). *settled*: never a bill's day under a
  claim (Bill date / Date of purchase), an advance's day under a refund or an invoice (Against / Rcpt ... dt <day>), a
  cheque's (dt <day>), an Expected delivery / Ready by, a Due date, a Next charge on, a CRN valid till, Challan
  generated on, a Bill month / Billing month / Bill period / Invoice period, a Rent for / Rent period, a Billing
  period (even where it starts on the day paid), an Assessment Year or a Return period / Tax period.
* payment_method: UPI, card (a slip's card, card EMI included; a card on a page, a refund to a card, Credit / Debit
  Card on GST), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account debited (Current A/c
  <masked>, Paid from), wallet for Paytm Wallet. *settled*: a card EMI and a brand EMI are card; a slip's MODE: UPI -
  DYNAMIC QR with a PAYER VPA is UPI; UPI AutoPay is UPI; an insurer's or TPA's NEFT, Zoho Expense's Bank transfer
  (NEFT / IMPS), RazorpayX's IMPS payout and a GST challan's NEFT / RTGS mandate are "netbanking"; a supplier's failed
  UPI names UPI (Payment attempted UPI - declined) and its Cheque received names cheque; a refund's Source - card /
  UPI is its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (a card refund's
  ARN), then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, BRN, Bank Reference Number, Bank
  Reference No. (BRN), Txn Ref No.; a B-Connect Txn ID / Bharat Connect Txn Ref / BBPS Txn ID, heldout137), then a
  transaction / payment id (Transaction ID, Payment ID pay_... / ch_..., TXN..., an app's own id, a Payout ID, a
  Refund ID, a slip's QR TXN ID, an insurer's Payment ref, a GST or TDS challan's CIN), then an approval code (APPR
  CODE / AUTH CODE on a slip, Auth code, Approval Code), then an order's number (a Bharat Connect page's Order ID,
  heldout143), then a document's own number (Bill No. / Invoice No. / Inv. No., Receipt No. / Rcpt. No. / Booking No.
  / No., Voucher No. / V. No. / Refund voucher No., Invoice # on a subscription, INVOICE / ROC / INV NO on a slip, a
  GST challan's CPIN, a TDS challan's CRN (heldout144); *settled*: Zoho Expense's Reimbursement # / Payment #).
  *settled*: never a Job No. / Order No. / job cards of spectacles, a Claim No. / Claim ID / CCN, a Policy No. or a
  Provider ID, the store's Bill No. under a claim or the advance under a refund, an AWB No. / Consignment No. / Article
  No., a Trip ID, a Report number or an Employee code / ID, a broadband provider's or Blue Dart's Invoice No. (the bill
  it settles, not this payment), the original Payment ID on a refund page, a slip's TC or TVR, a BSR Code or Challan
  Sr. No., a PAN or TAN, a Customer code / Customer ID / Account ID / Store ID / Seller ID / Company ID, a consumer,
  service or account number, a cheque number, MID, TID, BATCH, a card or mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout147_families import (
    compose,
    counter_card,
    courier_bills,
    customer_refunds,
    customer_upi,
    gst_tds,
    insurer_settle,
    power_internet,
    staff_claims,
    store_bills,
    store_rent,
    store_software,
    supplier_bills,
)

SPLIT = "heldout147"

FAMILIES: list[Family] = [
    ("customer_upi", customer_upi, SCREEN_FACES),
    ("counter_card", counter_card, SLIP_FACES),
    ("insurer_settle", insurer_settle, PAGE_FACES),
    ("store_bills", store_bills, BILL_FACES),
    ("supplier_bills", supplier_bills, PAPER_FACES),
    ("store_rent", store_rent, PAGE_FACES),
    ("power_internet", power_internet, SCREEN_FACES),
    ("store_software", store_software, SCREEN_FACES),
    ("courier_bills", courier_bills, PAPER_FACES),
    ("staff_claims", staff_claims, PAGE_FACES),
    ("customer_refunds", customer_refunds, PAGE_FACES),
    ("gst_tds", gst_tds, PAGE_FACES),
]


def make_heldout147_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout147 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout145: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a petrol pump dealer's fuel station's day in 2026 (one retail outlet in each of Hosur,
Kolhapur, Rajkot, Muzaffarpur, Kurnool, Palakkad, Jabalpur and Roorkee, a trade name and the firm that holds the
dealership of IndianOil, HP or Bharat Petroleum), told by the proofs of payment it receives (motorists' UPI, seen
from the motorist's app and from the outlet's own merchant app, the forecourt's bank card slips, the oil companies'
fleet-card and loyalty slips, credit customers (transporters, schools) settling the month's bills by NEFT / RTGS /
IMPS and their payment advices, the dealer's receipts for their cheques and cash, its own credit bills and cash
memos) and those it makes (the oil company for product indents through its dealer portal and its bank, tanker
freight, lubricant distributors, electricity through Bharat Connect, the attendants' wages, the weights and measures
stamping fee, PESO's licence renewal, state VAT on fuel and GST). One payment per page.

* ``motorist_upi``: a motorist's UPI for fuel: five of the motorist's app (PhonePe, Paytm, Google Pay, CRED, BHIM;
  dark on CRED and some others: heldout125's result screen, the outlet (its dealer firm on some) under Paid to / To
  / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a Note / Message / Remarks /
  Add note (Petrol, Full tank, Diesel - tractor) on most; Payment Successful / Paid successfully / Transaction
  Successful / Money sent / Payment Failed / Transaction failed / Payment declined / Payment Pending / Payment
  processing / Transaction pending) and three of the outlet's merchant app (PhonePe Business, BharatPe, Paytm for
  Business: the app on its band, the outlet under Business name / Store / Your business, beside Business / Store or
  alone, Payment received / Money received / Received successfully / Payment collected, the sum large, from <NAME> /
  Received from <name> / From <handle>, Received via / Payment mode / Mode UPI, QR / Collected at / Terminal (Nozzle
  2 - static QR, DU-3 soundbox), UPI Ref. No. / UTR / Bank reference no. / RRN and Transaction ID / Txn ID / Order
  ID, Received on / Date & time / Paid at, Settled to / Settlement account).
* ``card_slip``: the outlet's bank card terminal on the forecourt (HDFC Bank, SBI Payments, ICICI Bank, Pine Labs,
  Axis Bank, Worldline, Bank of Baroda, Kotak Mahindra Bank; monospace): the maker, the outlet in capitals (its firm
  on some), its locality and town, <BRAND> RO n / RO CODE: n, SALE / CARD SALE / DEBIT/CREDIT SALE / SALE +
  XTRAREWARDS / CONTACTLESS SALE / BHARAT QR SALE / DCC SALE / CURRENCY CONVERSION SALE, DATE <day>  TIME <hour> /
  DT .. TM .. on one row, <day> <hour> alone or two rows, MID:n TID:n on one row or MERCHANT ID / MID and TERMINAL
  ID / TID, BATCH / BATCH NO, ROC NO / INV NO / BILL NO, PUMP/NOZ or DU/NOZZLE, PRODUCT (MS (PETROL), HSD, XP95,
  POWER, SPEED), RATE(RS/L) / RSP and VOL(L) / VOLUME on some, CARD NUM / CARD NO, a co-branded fuel card's name
  (CARD: INDIANOIL HDFC BANK CC, HPCL ICICI SUPER SAVER, BPCL SBI CARD OCTANE) with FUEL SURCHARGE WAIVER AS PER
  ISSUER T&C, CARD TYPE / SCHEME, ENTRY MODE / ENTRY, APPR CODE / AUTH NO / APPROVAL and RRN / REF NUM / RRN NO, or
  PAY MODE BHARAT QR - UPI with CUST VPA and QR TXN REF, XTRAREWARDS MOB, POINTS EARNED and POINTS BALANCE on a
  loyalty sale, AMOUNT / TXN AMOUNT / TOTAL AMOUNT / AMT (INR, RS., RS or none; western or plain), or on a foreign
  tourist's converted slip ISSUER COUNTRY, BASE AMT / LOCAL AMOUNT INR n, EXCH RATE: 1 USD = n INR, MARGIN: n% OVER
  REUTERS WHOLESALE, TXN CURRENCY / CARD CURRENCY and TOTAL / TOTAL AMOUNT USD or EUR n; APPROVED / TRANSACTION
  APPROVED / APPROVED - PIN VERIFIED / TRANSACTION DECLINED / DECLINED with RC 55 - INCORRECT PIN / RC 51 -
  INSUFFICIENT FUNDS / ... / STATUS : AWAITED (VERIFY ON TERMINAL - DO NOT RETRY).
* ``fleet_slip``: the oil company's own terminal at the outlet (monospace): six fleet-card slips (INDIANOIL
  XTRAPOWER, HP DRIVETRACK PLUS, BHARAT PETROLEUM SMARTFLEET on top, FLEET CARD SALE / CCMS SALE / CARD SALE -
  FLEET, the outlet in capitals, OUTLET CODE / RO CODE and town, DATE/TIME: <day> <hour> on one row or TXN DATE and
  TXN TIME / DATE: and TIME:, TERMINAL ID / TID, BATCH NO, TXN ID / TRANS ID / TXN NO, INVOICE NO / BILL NO on some,
  CARD NO (the fleet's card), CUST ID / CUSTOMER ID, VEHICLE NO / VEH NO, ODOMETER / ODO (KM), PRODUCT, RSP / RATE,
  QTY(L) / VOLUME(L), SALE AMOUNT(RS) / AMOUNT(RS) / NET AMOUNT, CCMS BAL / CARD BAL / AVAIL LIMIT, REWARD POINTS on
  some, DRIVER SIGN and DSM; TXN SUCCESSFUL / SALE COMPLETED / APPROVED / DECLINED / TXN DECLINED with INSUFFICIENT
  CCMS BALANCE / DAILY LIMIT EXCEEDED / VEHICLE NOT MAPPED TO CARD / OFFLINE SALE - UPLOAD PENDING / OFFLINE TXN - TO
  BE SETTLED ON UPLOAD (CARD BALANCE WILL UPDATE AFTER HOST SYNC)) and two loyalty slips (INDIANOIL XTRAREWARDS -
  EARN / HP PAY - LOYALTY SALE: BILL NO / RECEIPT NO, MEMBER MOBILE / MOBILE NO, PRODUCT, RATE, QTY(L), AMOUNT(RS) /
  SALE AMT, PAYMENT MODE CASH or UPI with UPI RRN, POINTS EARNED, TOTAL POINTS / POINTS BAL; PAID - CASH / PAID -
  UPI).
* ``credit_transfer``: a credit customer settling the month's fuel bills: six bank pages after an NEFT, RTGS or IMPS
  (KVB DLite Corporate, Mahamobile Plus, TMB Corporate Net Banking, IndOASIS, SaraswatNet Corporate, CSB Corporate
  Internet Banking): heldout124's page, the outlet (its dealer firm on most) under Beneficiary Name / Vendor name /
  Pay to / Payee A/c name, the account and IFSC, the mode, UTR / UTR No. / UTR Number / IMPS Ref No / RRN / IMPS
  Reference No. and the bank's Bank Ref No. / Txn Ref No. / Transaction ID on some, the day, the debit account,
  Narration / Remarks (Diesel bill Mar 26, HSD credit bill Mar 26, Bus diesel Mar 26, CB 112 HSD), Remitter / Debit
  party (the transporter or the school) on the web pages; Transaction Successful / Funds transferred successfully /
  <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer failed / Pending
  at beneficiary bank / <mode> under process / Transaction in process. And two payment advices e-mailed by the
  customer (the transporter on top, Accounts Department, PAYMENT ADVICE / Remittance Advice, Vendor / Paid to /
  Beneficiary the outlet, Vendor / Supplier code, Bank A/c, IFSC, Bills settled (the dealer's credit bill numbers
  with dt <day> and their sums), Gross amount / Total of bills, Less: TDS u/s 194Q @ 0.1% on some, Net amount paid /
  Amount remitted / Net paid, Mode, UTR No. / UTR, Payment voucher No. / Our voucher No., Value date / Payment date,
  Status Paid / Remitted).
* ``credit_receipt``: the outlet's RECEIPT / CREDIT A/C RECEIPT / COLLECTION RECEIPT / PAYMENT RECEIPT - CREDIT
  PARTY for a credit customer's money (paper, serif): the outlet on top (its firm on some), Dealer: <the oil company>
  / <brand> Retail Outlet | RO Code n / Authorised dealer of <brand> petroleum products, the address, GSTIN, Rcpt.
  No. / Receipt # / Sl. No., Date / Dt., Received from / Recd. from / Party M/s the transporter or the school, Party
  code / Credit A/c No. / Ledger folio, Towards (Credit bill No. SMS/26-27/318 for November 2026 (HSD)), Bill amount
  / Bill value, Less: TDS u/s 194Q @ 0.1% / Less: TDS 194Q (0.1%) on some, Net received / Amount received (net of
  TDS) / Amount received / Received Rs. or Cheque amount / Amount of cheque, the sum in words, Cheque No. / Chq. No.
  with Cheque date / Chq. dt. and Drawn on / Bank, or Mode / By and UPI Ref. / UPI txn ref / UPI RRN No. / NEFT UTR
  / RTGS UTR / UTR Ref. / UTR / IMPS Ref. / IMPS RRN / Bank Ref. No. / Bank txn ref, or Cash with its Denominations:
  500 x n, 200 x n, Balance outstanding / Balance in party a/c on some, For <outlet>, Manager / Cashier; RECEIVED
  WITH THANKS / AMOUNT RECEIVED - CREDITED TO PARTY A/C / CHEQUE BOUNCED - CREDIT FACILITY SUSPENDED (Return memo:
  Funds insufficient) / POST-DATED CHEQUE - CREDIT ON CLEARANCE in a row and in the outlet's rubber stamp.
* ``credit_bill_memo``: the outlet's own paper: four CREDIT BILL / MONTHLY CREDIT BILL / STATEMENT CUM BILL - CREDIT
  SALES to a credit customer (the outlet on top, Bill No., Bill date, Period 01/10/2026 to 31/10/2026, Party /
  Customer / Bill to M/s the customer, Party code / Credit a/c, Indents (HSD) / Indent slips - HSD / Credit sales
  (HSD) with each indent's day, slip number, vehicle, litres and sum, Total litres, Bill total / Total amount /
  Amount of bill; a paid one's Payment received on / Received on, Amount received / Received, Mode / Paid by and its
  UTR (PAID / RECEIVED - A/C SETTLED); an unpaid one's Amount payable / Net payable and Due by (PAYMENT DUE - PLEASE
  PAY BY NEFT / CHEQUE) or Amount outstanding / Balance due with Cheque No. n - returned unpaid (CHEQUE RETURNED -
  BILL OUTSTANDING)) and four CASH MEMO / CASH BILL / SALE MEMO (Memo No. / Bill No., Date: <day>    Time: <hour> on
  one row or Date and Time, Vehicle No. / Veh. No., DU / Nozzle or Pump / Nozzle, DSM, Product, Qty (L) / Litres,
  Rate (Rs/L) / Rate / L, Fuel amount / Amount, 2T oil 40 ml pouch n x 15 or Nitrogen filling 4 tyres x 10 on some,
  Round off, Total / Net amount / Amount to pay, Paid by / Mode cash or UPI and its reference; PAID / PAID - THANK
  YOU / RECEIVED WITH THANKS).
* ``indent_payment``: the outlet paying its oil company for a product indent: four pages of the oil company's dealer
  portal in a browser (IndianOil's Dealer Portal - Retail, HP e-Dealer - Retail Sales, BPCL's SmartDealer - Dealer
  Portal: the brand on top, Indent Payment Acknowledgement / e-Payment Receipt - Product Indent / Payment Status -
  Indent, Payment status / Status, Dealer code / Sold-to party / SAP customer code, Dealer name / Customer name (the
  outlet's firm), Paid to / Payee / Remitted to the oil company, Supply location / Supply point / Plant, Indent No. /
  Sales order No., Delivery date (requested) / Loading date, the load (MS (Petrol) - 4 KL @ 93,493.93, HSD - 12 KL @
  ..), Indent value, Less: Credit balance in a/c / Less: Advance available on some, Amount remitted / Amount paid or
  Net payable / Amount, Payment mode / Mode, Virtual A/c No., Payment Ref. No. / e-Payment ID, Bank Ref. No. / Bank
  reference, UTR, Paid on / Payment date / Attempted on / Initiated on; Payment received - indent released / Success
  / Payment failed / Awaiting bank confirmation - indent on hold), two of the dealer's bank after an RTGS to the oil
  company's virtual account (bob World Internet Banking, PNB Corporate Internet Banking: heldout124's page, the oil
  company in capitals under Beneficiary / Beneficiary Name / Payee, Remarks Indent n RO n; Transaction Successful ..
  Returned by beneficiary bank) and two of the oil company's e-mails (Payment credited to your dealer account /
  Receipt of payment - customer code n / Your remittance has been received: the oil company's registered name on
  top, Customer code, Dealer, Amount credited / Amount received, Mode, UTR / UTR No., Receipt document No. / Receipt
  doc. No., Credited on / Value date / Received on, Available balance / Balance for indents, Status Credited).
* ``tanker_freight``: the outlet paying for its tank lorry's loads from the supply location: three transporters'
  FREIGHT BILL / TT FREIGHT INVOICE / FREIGHT RECEIPT (paper: the transporter on top, Bill No. / F. Bill No., Date /
  Bill dt., To / Bill to / Consignee M/s the outlet, Tank lorry No., Capacity 16 KL (4+4+4+4), Loaded at <brand>
  <terminal>, Trip n: <day> - 16 KL x 201 km or n trip(s) x 16 KL x 245 km, Freight rate Rs 1.62 / KL / km,
  Detention (1 day) on some, Total freight / Gross freight, GST on GTA service payable by the recipient under reverse
  charge, Less: TDS u/s 194C @ 1% / 2% on most, Net received / Amount received with Mode / Paid by and its
  reference (PAID / RECEIVED WITH THANKS) or Net payable / Freight payable (FREIGHT PAYABLE - PAYMENT DUE)), three
  of the outlet's FREIGHT PAYMENT VOUCHER / TANKER FREIGHT VOUCHER / DEBIT VOUCHER - TT FREIGHT (the outlet on top:
  Vr. No. / Voucher No., Date, Paid to / Transporter / Tanker owner, PAN, Against bill No. n dt <day>, Tank lorry
  No., the trips, Freight, Less: Transit loss n L MS / HSD @ RSP, Less: TDS u/s 194C @ n%, Net freight paid / Net
  amount paid and the sum in words, the cheque or the way and its reference; PAID / PAID - RECEIVED BY TRANSPORTER)
  and two of its bank's app (Equitas Selfe, Union Bank Vyom: Transfer successful / Money sent / Payment done /
  Transfer failed / Payment failed - beneficiary bank down, the sum large, Paid to / Beneficiary / Sent to the
  transporter, UPI ID or the account and IFSC, Mode, Remarks TT freight / Tanker freight n trips, IMPS Ref No / UPI
  Ref No and Transaction ID / Txn Ref No., Date & Time / Paid on / Attempted on, Debited from / From).
* ``lube_distributor``: the lubricant distributors' paper to the outlet: five TAX INVOICE / TAX INVOICE (ORIGINAL
  FOR RECIPIENT) / GST INVOICE (the distributor on top and the brands it carries (SERVO lubricants - authorised
  distributor, MAK Lubricants (Bharat Petroleum) - distributor), Invoice No. / Inv. No., Invoice Date / Inv. Dt. /
  Date, an e-invoice's IRN, Ack No. and Ack Dt. on some, Buyer / Bill to / Consignee M/s the outlet's firm, Buyer
  GSTIN, Place of supply, the packs (SERVO 4T XTRA 20W-40 (1 L) n x 315, HP 2T Supreme 40 ml pouch n x 13, MAK
  Hydrol 68 (20 L)), Less: Dealer discount n% on some, Taxable value, CGST 9%, SGST 9%, Round off, Invoice value /
  Net amount / Total, Amount received / Received with Mode / Paid by and its reference or Cheque and Cheque No.
  (PAID / RECEIVED WITH THANKS), Balance payable / Amount due with Payment tried NEFT - returned and its Return reason
  (PAYMENT RETURNED BY BANK - AMOUNT DUE), Amount due / Payable with Due date (ON CREDIT - PAYABLE IN 30 DAYS)) and
  three ADVANCE RECEIPT / ORDER CUM ADVANCE RECEIPT / RECEIPT - SCHEME BOOKING (Receipt No. / Rcpt No., Date,
  Received from / Retailer / Party M/s the outlet's firm, Order No. SO-n, Scheme (Monsoon offer - buy 10 cartons get
  1 free), Order value / Value of order, Advance received / Amount received, Balance on delivery / Balance payable on
  supply, the sum in words, Mode / By and its reference; ADVANCE RECEIVED - ORDER BOOKED).
* ``power_bbps``: the outlet's electricity bill through Bharat Connect: an app (Airtel Thanks, Bajaj Finserv with
  its Bajaj Pay wallet, IDFC FIRST Bank, Paytm on a card, Union Bank Vyom, CRED on a card; the app on its band, the
  outcome, the sum large) or net banking in a browser (ICICI Bank Internet Banking, Canara Bank Net Banking:
  BillPay - Payment Receipt / Bharat Connect - Transaction Receipt / Utility bill payment - Acknowledgement,
  Payment status / Txn status): Biller name / Electricity board / Discom / Biller (TNPDCL, MSEDCL, PGVCL, NBPDCL,
  APSPDCL, KSEB, MPEZ, UPCL or the long name), Category, Service No. / Consumer No. / CA Number / USC No. / IVRS No.
  / Service Connection No., Consumer name / Name as per bill (the outlet's firm in capitals), Tariff / Category of
  supply (LT-V Commercial, NDS-II Commercial, RTS-3 Non-domestic), Sanctioned load, Bill month / Billing month, Due
  date, Bill No. on some, Units consumed / Consumption, Bill amount, Late payment surcharge / LPS with Amount paid /
  Total amount paid on some, Paid using / Payment method (UPI, Bajaj Pay wallet, Current A/c <masked>, Credit card
  <masked>), Bharat Connect Txn ID / B-Connect Ref. No. / BBPS Txn Ref, UPI RRN, Order No. / Transaction ID on some,
  Paid on / Transaction date / Attempted on / Initiated on; Bill paid successfully / Payment successful /
  Electricity bill paid / Successful / Bill paid / Payment failed / Bill payment failed / Failed / Awaiting
  confirmation from biller / Payment pending / Pending with biller.
* ``staff_wages``: the outlet paying its attendants (DSMs), cashier and manager: three WAGES VOUCHER / WAGE SLIP CUM
  PAYMENT VOUCHER / SALARY PAYMENT VOUCHER - DSM (paper, the outlet on top: Vr. No. / Voucher No., Date, Name of
  employee / Paid to / Employee, Designation, Emp. No., Wage month, Basic + VDA (n days x rate), Night shift
  allowance (n x 80), Overtime (n hrs x 70), Less: EPF @ 12%, Less: ESI @ 0.75%, Less: Cash shortage recovered, Less:
  Salary advance, Net wages paid / Net amount paid and the sum in words, the cheque or the way and its reference,
  [ Revenue stamp ]; PAID / PAID - RECEIVED BY EMPLOYEE), three bank apps (Utkarsh Bank Mobile, RBL MoBank, Jana
  Bank Business: Transfer successful / Money sent / Transfer failed - account invalid / Transfer in process / Under
  process, the sum large, Paid to / Beneficiary, UPI ID or the account and IFSC, Mode, Remarks Wages <month>, UTR /
  IMPS Ref No / UPI Ref No and Transaction ID, Date & Time / Transferred on / Attempted on / Initiated on, Debited
  from) and two UPI alerts on heldout106's messages screen (Axis Bank's "INR n debited / A/c no. XXn / dd-mm-yy,
  hh:mm:ss IST / UPI/P2A/<ref>/<NAME> / Not you? ..." and ICICI Bank's "ICICI Bank Acct XXn debited for Rs n on
  dd-Mon-yy; <NAME> credited. UPI:<ref>. Call 18002662 for dispute. ...").
* ``statutory_fees``: the outlet's dues to government: the weights and measures verification and stamping fee for
  its dispensers through a state treasury (two: Cyber Treasury - Government of Gujarat in a browser, e-Treasury
  Kerala printed; the portal on top, Department / Payable to the legal metrology department, e-Challan - Payment
  Receipt / Challan Receipt / Remittance Receipt, Remitter name / Name of remitter, Purpose (Verification & stamping
  of weights and measures), Head of account, Year of verification, Dispensing pump nozzles n x fee, 5 L brass
  measure x 1, Late fee), PESO's licence renewal through BharatKosh (two: BHARATKOSH, Non-Tax Receipt Portal -
  Controller General of Accounts, Transaction Status / e-Receipt / Payment Receipt, Depositor name / Depositor,
  Ministry, Paid to / Organisation / Payable to Petroleum and Explosives Safety Organisation, PAO, Purpose (Renewal of
  licence in Form XIV (Petroleum Rules, 2002)), Licence No., Renewal fee (n yr x fee), Transaction Ref. No. / NTRP
  Ref. No.), state VAT on petrol and HSD (two: MP Treasury - Cyber Treasury in a browser, OGRAS - Online Government
  Receipt Accounting System, Bihar printed; Department the commercial tax(es) department, TIN, Dealer name, Act,
  Tax type, Return period, VAT, Interest) and GST (two: the GST portal's Form GST PMT-06 - Payment Receipt / Challan
  Payment Receipt in a browser, Indian Overseas Bank's GST e-Payment - Counterfoil printed: CPIN, GSTIN / GSTIN of
  taxpayer, Name of taxpayer / Legal name, Return period, CGST (0005) - Tax, SGST (0006) - Tax, CGST (0005) -
  Interest, Total Amount / Total Challan Amount, Mode of Payment, CIN, BRN / Bank Reference No. (BRN), Date of
  Deposit / Payment Date); Total / Total amount / Amount paid / Amount, the sum in words, Mode of payment / Payment
  mode, GRN / Challan No., Bank Ref. No. / Bank reference, UPI Ref., Payment date / Date of payment / Transaction
  date / Attempted on / Initiated on; Payment Successful / Success / Paid / Payment Failed / Status awaited from
  bank.

Outcomes: six successes, a failed and a pending page in every family (the merchant app's pages, the loyalty slips,
the payment advices, the cash memos, the dealer's freight and wage vouchers, the advance receipts, the alerts and
the oil company's e-mails are successes). Absent fields: each family leaves out the id on one page (no UTR, UPI
reference, RRN, IMPS reference, approval or auth code, bank or host reference, Bharat Connect reference, BRN,
transaction, payment, e-payment, order or QR id, the app's own id, NTRP reference, GRN, challan number, CIN, CPIN,
receipt, bill, memo, invoice, voucher or receipt-document number, ROC NO / INV NO / BILL NO / TXN ID on a slip, no
credit bill number under Towards; MID, TID, BATCH, terminal ids, card, customer, member and vehicle numbers, RO and
outlet codes, party codes, indent slip, indent and sales-order numbers, virtual accounts, order numbers, tank lorry
numbers, consumer, CA, USC, IVRS and service numbers, a board's Bill No., employee numbers, licence numbers, heads
of account, TIN, PAN, GSTIN, IFSC, account numbers and UPI IDs stay) and the day on one (no date anywhere: no bill,
cheque, indent, trip, delivery, loading, due, invoice or acknowledgement day, no period, bill month, wage month,
return period or year of verification, no month in a narration, no financial year in a number, no NEFT or RTGS UTR
(both spell the day; a bank reference or an IMPS or UPI reference stands in), no CIN or CPIN (both spell the year),
no app id that carries one; an e-mail's hour, a slip's TIME / TM / TXN TIME, a memo's Time and a phone's clock at
most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / RS / none on slips, USD and
EUR on the converted slip; lakh grouping on most, western and plain on some (a credit bill's and an indent's
lakhs). Days: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yy, d Mon yyyy, dd-Mon-yy, Month d, yyyy, dd Month yyyy and yyyy-mm-dd
on paper and e-mails, heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY, DD-MM-YY, DDMONYY,
DD.MM.YYYY, YYYY-MM-DD and DD MON YYYY on slips (the hour on the same row or under it), dd-mm-yy and dd-Mon-yy in
the alerts. Faces: heldout119's lists (SLIP_FACES for both kinds of slip, BILL_FACES for the credit receipt,
PAPER_FACES for the credit bills and cash memos and the distributors' paper, PAGE_FACES for the indents, the
freight, the wages and the government pages, SCREEN_FACES for the rest). Frames: heldout121's ``compose``
(heldout129's rubber stamp on the credit receipt, heldout106's messages screen for the alerts). Seeds
``heldout145-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the outlet (its dealer firm on some) on motorists' UPI screens (Paid to
  / To / Sent to) and credit customers' transfers (Beneficiary Name / Vendor name / Pay to / Payee A/c name; never
  the Remitter / Debit party), in capitals on its slips (never the terminal maker or the bank above it, the oil
  company's RO line, the co-branded card's name or the fleet card programme on top; heldout128, heldout138), on top
  of its own receipts, credit bills and cash memos (never the party under Received from / Party / Customer / Bill
  to, nor the oil company in its Dealer: line); the transporter on top of its freight bill and the distributor on
  top of its invoice and advance receipt (never M/s the outlet under To / Bill to / Consignee / Buyer / Received
  from / Retailer); the discom under Biller name / Electricity board / Discom / Biller (never the app, the bank,
  Bharat Connect or the Consumer name). Never a bank, app, terminal maker, gateway, portal or the payer. *settled*:
  the outlet's merchant app (PhonePe Business, BharatPe, Paytm for Business) pays the outlet named on it (under
  Business name / Store / Your business, beside Business / Store, or alone under the app's band), never the app nor
  the payer under from / Received from / From. *settled*: a credit customer's payment advice pays the outlet under
  Vendor / Paid to / Beneficiary, never the transporter or the school on top (the payer). *settled*: a product
  indent pays the oil company as its registered name prints under Paid to / Payee / Remitted to on its portal and
  under Beneficiary / Beneficiary Name / Payee (in capitals) on the dealer's bank page, or on top of its own e-mail
  (the oil company's own page, as heldout144's ICAI); never the brand heading (IndianOil, HP, Bharat Petroleum)
  over the portal, the Supply location or the dealer. *settled*: the dealer's freight voucher pays the transporter
  under Paid to / Transporter / Tanker owner, a wage voucher the employee under Name of employee / Paid to /
  Employee, a bank app the transporter or the employee under Paid to / Beneficiary / Sent to (never the outlet on
  top of its own voucher, the bank's app on top or the account under Debited from); an alert pays the name it sends
  to (".../<NAME>", "<NAME> credited"), in capitals as printed (heldout143). *settled*: the weights and measures fee
  pays the legal metrology department under Department / Payable to and state VAT the commercial tax(es) department
  under Department (never the treasury portal on top: Cyber Treasury, e-Treasury Kerala, MP Treasury, OGRAS;
  heldout140, heldout144); PESO's licence renewal pays Petroleum and Explosives Safety Organisation under Paid to /
  Organisation / Payable to, never BHARATKOSH on top, the Ministry or the PAO; a GST challan and the bank's GST
  counterfoil name no payee (heldout137).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount or
  sum large; a slip's AMOUNT / TXN AMOUNT / TOTAL AMOUNT / AMT, a fleet slip's SALE AMOUNT(RS) / AMOUNT(RS) / NET
  AMOUNT, never the RATE / RSP, the volume, the CCMS BAL / CARD BAL / AVAIL LIMIT or the points. *settled*: a
  converted slip counts its TOTAL / TOTAL AMOUNT in the card's currency, USD or EUR (heldout140's DCC), never the
  BASE AMT / LOCAL AMOUNT in INR. *settled*: a payment advice's Net amount paid / Amount remitted / Net paid and a
  credit receipt's Net received / Amount received (net of TDS) (the bills less TDS u/s 194Q), never the Gross amount
  / Total of bills / Bill amount / Bill value or a bill under Bills settled; a bounced or post-dated cheque's Cheque
  amount / Amount of cheque. *settled*: a credit bill's Amount received, or Amount payable / Net payable, or Amount
  outstanding / Balance due (the Bill total, the same sum), never an indent's sum or the litres; a cash memo's Total
  / Net amount / Amount to pay (the fuel, the 2T oil or nitrogen, after Round off), never the Fuel amount alone.
  *settled*: an indent's Amount remitted / Amount paid / Net payable / Amount (after Less: Credit balance in a/c
  where printed), never the Indent value then or a product's load; the oil company's e-mail's Amount credited /
  Amount received, never the Available balance. *settled*: freight counts the Net received / Amount received / Net
  payable / Freight payable on the transporter's bill and the Net freight paid / Net amount paid on the dealer's
  voucher (the trips with detention, less TDS u/s 194C and the transit loss recovered), never a trip, the Freight /
  Total freight / Gross freight or the rate. A distributor's Amount received / Received, Balance payable / Amount
  due or Amount due / Payable (the rounded Invoice value / Net amount / Total, the same sum), never the Taxable value
  or a pack; *settled*: an advance receipt's Advance received / Amount received, never the Order value or the
  Balance on delivery. *settled*: a Bharat Connect page's Amount paid / Total amount paid with a Late payment
  surcharge / LPS added (the sum large on an app), never the Bill amount then; the Bill amount where none is added.
  *settled*: a wage's Net wages paid / Net amount paid or the sum large (after EPF, ESI, the cash shortage recovered
  and the advance), never the Basic + VDA or an allowance; an alert's sum debited. A government page's Total /
  Total amount / Amount paid / Amount (the nozzles, the measure, the late fee, the VAT and its interest summed); a
  GST challan's Total Amount / Total Challan Amount. Currency INR everywhere but on the converted slip.
* status: as printed (the words listed with each family above). *settled*: a card slip's STATUS : AWAITED (a
  Bharat QR sale not confirmed) is pending; a fleet slip's OFFLINE SALE - UPLOAD PENDING / OFFLINE TXN - TO BE
  SETTLED ON UPLOAD (the card charged offline, the oil company not yet told) is pending and its DECLINED with a
  reason failed; a loyalty slip's PAID - CASH / PAID - UPI a success; a credit receipt's POST-DATED CHEQUE - CREDIT
  ON CLEARANCE pending and CHEQUE BOUNCED - CREDIT FACILITY SUSPENDED failed; a credit bill's PAYMENT DUE - PLEASE
  PAY BY NEFT / CHEQUE pending and CHEQUE RETURNED - BILL OUTSTANDING failed, RECEIVED - A/C SETTLED a success; an
  indent's Awaiting bank confirmation - indent on hold pending and Payment received - indent released a success;
  the oil company's e-mail's Status Credited a success; a freight bill's FREIGHT PAYABLE - PAYMENT DUE pending; a
  distributor's ON CREDIT - PAYABLE IN 30 DAYS pending and PAYMENT RETURNED BY BANK - AMOUNT DUE failed, an advance
  receipt's ADVANCE RECEIVED - ORDER BOOKED a success; Pending with biller, Awaiting confirmation from biller,
  Transfer in process, Under process and Status awaited from bank pending; Transfer failed - account invalid and
  Payment failed - beneficiary bank down failed.
* date: the day paid (a slip's DATE / DT / TXN DATE / DATE/TIME; a receipt's, memo's, bill's, invoice's or voucher's
  Date / Dt. / Bill dt. / Invoice Date / Inv. Dt.; Paid on, Payment date, Received on, Paid at, Date & time,
  Transaction Date, Value Date, Transferred on, Credited on, Transaction date, Date of payment, Date of Deposit,
  Payment Date; Attempted on and Initiated on on the failures and the waits; the day an alert names). *settled*: a
  credit receipt's Date is the day even for a post-dated cheque (its Cheque date / Chq. dt. never is). *settled*: a
  paid credit bill's day is its Payment received on / Received on, never its Bill date; an unpaid one's (due, or its
  cheque returned) is its Bill date; never its Period, an indent's day or the Due by. *settled*: an unpaid freight
  bill's and distributor's invoice's day is its Date / Invoice Date; an e-invoice's Ack Dt. (the invoice's own day)
  is never the source. *settled*: never a Bills settled line's dt <day>, a Delivery date (requested) / Loading date,
  a trip's day, an Against bill ... dt <day>, a Due date, a Bill month / Billing month, a Wage month, a Return
  period, a Year of verification, a month in a narration or Remarks, an e-mail's hour or an alert's day divider
  alone.
* payment_method: UPI, card (a slip's card, a co-branded fuel card, a converted foreign card, a card on a page,
  Credit / Debit Card on GST), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and an account debited,
  wallet. *settled*: an oil company's fleet card (XTRAPOWER, DRIVETRACK PLUS, SMARTFLEET) is "wallet" (heldout128);
  a loyalty slip's PAYMENT MODE (CASH or UPI) is its way, the points none; a slip's BHARAT QR - UPI with a CUST VPA
  is UPI; a merchant app's Received via / Payment mode UPI is UPI; a payment advice's and an indent's NEFT / RTGS /
  Net banking - SBI CMS / e-Payment (HDFC Bank) / RTGS - virtual account are "netbanking"; a credit bill's or a
  credit receipt's returned or post-dated cheque is cheque; a distributor's Payment tried NEFT - returned is
  "netbanking"; Bajaj Pay wallet is wallet; an unpaid credit bill, an unpaid freight bill and a distributor's credit
  invoice name no way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN, then a bank
  reference (Bank Ref No., Bank Ref. No., Bank reference, Bank txn ref, Txn Ref No., BRN; a Bharat Connect Txn ID /
  B-Connect Ref. No. / BBPS Txn Ref, heldout137; *settled*: a merchant app's Bank reference no. prints the UPI
  reference itself and ranks as one), then a transaction / payment id (Transaction ID, Txn ID, TXN ID / TRANS ID / TXN
  NO on a fleet slip (heldout138), QR TXN REF, an app's own id; *settled*: an indent's Payment Ref. No. / e-Payment
  ID, BharatKosh's Transaction Ref. No. / NTRP Ref. No., a treasury's GRN / Challan No. (heldout140), a GST challan's
  CIN), then an approval code (APPR CODE / AUTH NO / APPROVAL on a slip), then an order's number (Paytm for
  Business's and Paytm's Order ID, a Bharat Connect page's Order No.; heldout125, heldout143), then a document's own
  number (Rcpt. No. / Receipt # / Sl. No., Bill No. / Memo No., F. Bill No., Vr. No. / Voucher No., Invoice No. /
  Inv. No., Receipt No. / Rcpt No., ROC NO / INV NO / BILL NO / INVOICE NO / RECEIPT NO on a slip, a GST challan's
  CPIN; *settled*: the oil company's Receipt document No. / Receipt doc. No. and a payment advice's Payment voucher
  No. / Our voucher No.). *settled*: never an Indent No. / Sales order No. or an indent slip's number (the load's,
  not the payment's), a distributor's Order No. (the order's), an e-invoice's IRN or Ack No., a dealer's credit bill
  number under Towards, Bills settled or in a narration, a Virtual A/c No., a Dealer code / Sold-to party / SAP
  customer code / Customer code, a Vendor / Supplier code, a Party code / Credit A/c No. / Ledger folio, a fleet
  card's CUST ID / CUSTOMER ID, a MEMBER MOBILE, a RO CODE / OUTLET CODE, a TERMINAL ID, a board's Bill No., a
  consumer, CA, USC, IVRS or service number, a Licence No., a Head of account, a TIN, an Emp. No., a PAN, a tank
  lorry or vehicle number, a cheque number, MID, TID, BATCH, a card, account or mobile number, a UPI ID, GSTIN or
  IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout145_families import (
    card_slip,
    compose,
    credit_bill_memo,
    credit_receipt,
    credit_transfer,
    fleet_slip,
    indent_payment,
    lube_distributor,
    motorist_upi,
    power_bbps,
    staff_wages,
    statutory_fees,
    tanker_freight,
)

SPLIT = "heldout145"

FAMILIES: list[Family] = [
    ("motorist_upi", motorist_upi, SCREEN_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("fleet_slip", fleet_slip, SLIP_FACES),
    ("credit_transfer", credit_transfer, SCREEN_FACES),
    ("credit_receipt", credit_receipt, BILL_FACES),
    ("credit_bill_memo", credit_bill_memo, PAPER_FACES),
    ("indent_payment", indent_payment, PAGE_FACES),
    ("tanker_freight", tanker_freight, PAGE_FACES),
    ("lube_distributor", lube_distributor, PAPER_FACES),
    ("power_bbps", power_bbps, SCREEN_FACES),
    ("staff_wages", staff_wages, PAGE_FACES),
    ("statutory_fees", statutory_fees, PAGE_FACES),
]


def make_heldout145_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout145 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

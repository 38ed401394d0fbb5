"""heldout156: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a bicycle and electric-scooter dealer and service workshop chain's day in 2026 (Pahiya
Cycles & EV, one showroom with a workshop in each of Agra, Salem, Davanagere, Rourkela, Nellore, Hisar, Bokaro and
Kollam, each the dealer of one scooter maker (Ather, TVS, Ampere, Bajaj, Vida, Kinetic Green) and of Hero, Firefox,
Montra, BSA and EMotorad cycles; Pahiya Mobility Pvt Ltd runs the Agra, Salem, Rourkela and Bokaro showrooms, a
franchisee's firm each of the other four: Sri Durgambika Cycle Mart, Sri Venkateswara E-Motors, Goyal Auto & Cycle
Agencies, Ashtamudi Wheels LLP), told by the proofs of payment it receives (riders' UPI at the service desk and the
showroom seen from their apps and from the showroom's merchant app, card slips with brand and bank EMI, its own
vehicle invoices, booking, money and service-plan receipts and workshop bills, the two-wheeler lenders' disbursements
for scooters bought on loan, a delivery fleet's payment advice and riders' bank transfers, the battery-swap and
charging partners' payouts to it as their host, the marketplaces' settlements and riders' orders through them) and
those it makes (the makers' dealer portals and business-banking transfers to them, the spare-parts suppliers', a
battery workshop's and the transporters' bills, the riders' scooter insurance and Vahan registration fees it pays at
delivery and its own shop policy, rent, electricity and broadband, its software, refunds of cancelled bookings, GST,
TDS and the customs duty on imported e-cycle parts). One payment per page.

* ``rider_upi``: five of a rider's UPI app paying a showroom (PhonePe, Google Pay, super.money, Amazon Pay, BHIM;
  dark on some): heldout125's result screen, the showroom (Pahiya Cycles & EV, Pahiya Cycles & EV - <locality> or the
  firm that runs it, in capitals on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a
  wait), the app's own id on some, a Note / Message / Remarks (Service - 2nd free service, Booking amount Rizta,
  Puncture + new tube) on most; and three of the showroom's merchant app (PhonePe Business, Paytm for Business,
  BharatPe: the app on its band, Payment received / Money received / Received successfully, the sum large, Business /
  Outlet / Received at the showroom, From / Sender / Customer (a name or a handle), Paid via / Payment method UPI /
  UPI - QR scan / UPI (Smart Speaker), Device (Smart Speaker - service desk, QR standee - showroom entrance), UPI
  Ref. No. / Bank RRN / UPI RRN and Transaction ID / Payment ID on some, Received on / Date & time / Paid at,
  Settlement, Bank account / Settles to); Payment Successful / Paid successfully / Transaction Successful / Money
  sent / Payment Failed / Transaction failed / Payment declined / Payment Pending / Payment processing / Transaction
  pending.
* ``ride_finance``: five two-wheeler lenders' disbursements to the dealer for a rider's loan (Bajaj Finance's, HDB
  Financial Services' and L&T Finance's e-mails, TVS Credit's and IDFC FIRST Bank's dealer portals in a browser: the
  lender on top and its line, Dealer disbursement advice / Disbursement intimation / Payment advice - two-wheeler
  loan, Disbursed / Amount credited to dealer / Disbursement successful / Disbursement initiated - UTR awaited /
  Disbursal in process, Dealer / Dealer name / Beneficiary, Dealer code / Dealer ID, Customer / Borrower, Loan A/c
  No. / Agreement No. / Application No., Asset / Vehicle (Ather 450S (Stealth Black)), Invoice value / On-road price,
  Down payment (paid to dealer), Loan amount, EMI (18 x 6,681.65), First EMI on, Less: Dealer subvention (1.5%),
  Less: Processing fee deducted on some, Net disbursement / Amount disbursed to dealer / Net amount credited, Mode /
  Payment mode NEFT / IMPS / RTGS, Credited to, UTR / UTR No. / IMPS Ref No. and Disbursal ref / Payment ID,
  Disbursement date / Value date / Disbursed on / Initiated on, Status on the mails), a delivery fleet's PAYMENT
  ADVICE / Vendor Payment Advice e-mail for the scooters its riders use (Swiftlane Logistics Pvt Ltd on top, Vendor /
  Supplier / Paid to, Vendor code, Vida V2 Plus x 20 - PO SWL/EV/412, Gross amount / Invoice total, Less: TDS u/s
  194Q @ 0.1%, Net amount paid / Amount remitted, RTGS, Credited to, UTR and Payment voucher No., Payment date /
  Value date, Status Paid / Processed) and two riders' transfers (Axis Bank Internet Banking's NEFT, PNB ONE's IMPS;
  heldout124's page, the showroom under Beneficiary / Payee / Pay to, the account and IFSC, the mode, UTR / IMPS Ref
  No / RRN and Reference No. / Transaction ID on some, the day, the debit account, Remarks / Narration (Balance for
  Ather 450S), Remitter on the web page); Transaction Successful / Funds transferred successfully / <mode> transfer
  successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer failed.
* ``showroom_card``: the showroom's card terminal slip (Pine Labs, Paytm EDC, Mswipe, HDFC Bank, IndusInd Bank,
  PhonePe POS, AU Small Finance Bank, Canara Bank; monospace): the maker on top on some, the showroom in capitals
  (the trade name, the trade name and town, or the firm), its locality and town, SALE / CARD SALE / BRAND EMI - SALE
  / BANK EMI - SALE / UPI QR - SALE, DATE & TIME : <day> <hour> or ON : <day>  AT : <hour> on one row or TXN DT : and
  TXN TM :, MID :, TID :, BATCH :, ROC NO : / INVOICE NO :, ITEM : (HELMET + LOCK, TYRE 90/90-12 X2), CARD : ****
  **** **** <n>, CARD TYPE :, EXPIRY : **/**, MODE : CHIP / TAP / SWIPE, AUTH ID : / APPROVAL :, RRN NO : / REF NO :,
  or MODE : UPI QR with PAYER VPA : and QR REF :; on the two EMI slips PRODUCT :, VIN : on the brand EMI, ISSUER :,
  PRODUCT PRICE :, INSTANT DISCOUNT : (the maker's, on the brand EMI), TXN AMOUNT :, TENURE :, ROI :, MONTHLY EMI :,
  TOTAL PAYABLE TO BANK : and "PROCESSING FEE RS 249 + GST BILLED BY ISSUER"; SALE AMT : / AMOUNT (INR) : / TOTAL :
  on the rest (INR, RS, Rs. or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED RESP 51
  INSUFFICIENT FUNDS (55, 05, 61) / QR PAYMENT PENDING with VERIFY IN MERCHANT APP BEFORE DELIVERY.
* ``dealer_paper``: the showroom's own paper (serif; the showroom, Pahiya Mobility Pvt Ltd or the franchisee's firm
  on top, in capitals on some, its dealer line, address and GSTIN): a scooter's TAX INVOICE / VEHICLE SALE INVOICE
  (Invoice No., Date / Dated, Customer / Sold to / Buyer, Mobile, Model, Chassis No., Motor No., Battery No., Taxable
  value, CGST @ 2.5% and SGST @ 2.5% or IGST @ 5%, Invoice total / Ex-showroom price, Less: PM E-DRIVE incentive
  (claimed by the maker), Amount received / Received, the sum in words, NEFT and its UTR), two BOOKING RECEIPT /
  VEHICLE BOOKING - RECEIPT (Booking No., Model, Expected delivery, On-road price (tentative), Booking amount
  received / Amount received with UPI and its UPI Ref No. / UPI Txn Ref / UPI RRN, or Booking amount (cheque) /
  Cheque amount with Cheque No., Cheque date and Drawn on), two SERVICE INVOICE / WORKSHOP BILL / JOB CARD - BILL
  (Job card No., Bill No., Vehicle, Reg. No., Odometer, Service advisor, the labour and parts (Tubeless tyre 90/90-12
  2 x 1650), Labour total, Parts total, GST @ 18%, Round off, Net payable / Bill total, Received, cash or UPI), a
  bicycle's TAX INVOICE / RETAIL INVOICE (the cycle and its extras, Taxable value, CGST and SGST @ 2.5%, Grand total,
  Received, the card, its Auth Code / Approval Code and RRN on some), a MONEY RECEIPT / RECEIPT for a scooter's
  balance by cheque ("Received from <rider> a cheque towards the balance payment for the <model> booked with us",
  Cheque amount, Return reason) and a SERVICE PLAN - RECEIPT / MAINTENANCE PLAN - RECEIPT (Plan (Pahiya Care Plus - 2
  years (4 services)), Vehicle, Reg. No., Plan price, GST @ 18%, Received); PAID / RECEIVED WITH THANKS / PAYMENT
  RECEIVED / CHEQUE RETURNED UNPAID - DELIVERY ON HOLD / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row and in the
  showroom's rubber stamp.
* ``oem_orders``: six of the makers' dealer portals after the dealer paid for an order (Ather Dealer Portal, TVS
  Dealer Connect, TI Cycles Partner Hub, VIDA Dealer Portal and Ampere Dealer Portal in a browser, EMotorad Partner's
  app: the portal on top and its line, Payment receipt / Order payment - acknowledgement / Payment status, Payment
  successful / Payment received against order / Payment failed - declined by bank / Payment unsuccessful, the sum
  large on the app, Paid to / Payee / Company the maker's company (Ather Energy Ltd, TVS Motor Company Ltd, Tube
  Investments of India Ltd, Inkodop Technologies Pvt Ltd, Hero MotoCorp Ltd, Greaves Electric Mobility Pvt Ltd),
  Dealer / Dealer name, Dealer code / Partner ID, the vehicles (Rizta S 2.9 kWh x 6 @ 98,500), GST @ 5%, Order total,
  Less: TDS u/s 194Q @ 0.1% on some, Amount paid / Payment amount, Payment mode / Paid via (Net banking - <bank>,
  RTGS (virtual account), NEFT (virtual account), UPI), Order No., Payment ID / Transaction ID, Bank Ref No. / UTR /
  UPI Ref No. on a success, Paid on / Payment date / Attempted on, Expected dispatch) and two transfers from business
  banking (HDFC Bank ENet's RTGS to Bajaj Auto Ltd, ICICI Bank Corporate Banking's NEFT to Hero Cycles Ltd;
  heldout124's page, the maker under Beneficiary / Payee / Pay to, the account and IFSC, the mode, UTR and Reference
  No. / Transaction ID on some, the day, the debit account, Remarks / Narration (Chetak allocation - Rourkela), Debit
  account name, Maker / Created by and Checker / Approved by; Transaction Successful / Funds transferred successfully
  / <mode> transfer successful / Pending at beneficiary bank / <mode> under process / Transaction in process).
* ``parts_suppliers``: the suppliers' and transporters' paper (the supplier on top, in capitals on some, its line,
  address and GSTIN): five TAX INVOICE / INVOICE CUM RECEIPT (Agra Tyre & Tube Agency, Kongu Cycle Spares, Volt
  Spares India, Haryana Helmet House, Jharkhand Lubes & Tools: Invoice No. / Inv. No. / Bill No., Date / Inv. dt.,
  Bill to / Buyer M/s <firm> (Pahiya Cycles & EV), Buyer GSTIN, the lines (Cycle tyre 26 x 1.95 (Ralson) 24 x 265),
  Taxable value, CGST and SGST @ 2.5% or 9% or IGST, Round off, Invoice total / Bill total / Total, Received / Amount
  received, the sum in words, the way and its reference), Penna Battery Care's CASH MEMO / SERVICE MEMO (Memo No. /
  Bill No., no GST) and two FREIGHT BILL / LORRY RECEIPT - FREIGHT BILL (Steel City Roadlines, Ludhiana Golden
  Roadways: LR No., Bill No., Bill date / Date, Consignor (Hero Cycles Ltd, Ludhiana), Consignee M/s <firm>, From /
  To, Packages (44 bicycles - CKD in cartons), Weight, Freight, Loading & hamali, Door delivery, "GST @ 5% on freight
  payable by the recipient under reverse charge", Total freight / Bill total); PAID / RECEIVED WITH THANKS / UPI
  DECLINED - AMOUNT DUE (Amount due / Balance payable, Payment attempted UPI - declined) / CHEQUE RECEIVED - SUBJECT
  TO REALISATION (Cheque received, Cheque No., Bank).
* ``partner_payouts``: the dealer's partners paying it: battery-swap networks for the swap stations it hosts (Battery
  Smart's e-mail, SUN Mobility's partner app: Swaps at your station (2,855 x 7.5), Electricity reimbursed (5,008.4
  kWh x 8.25), Less: TDS u/s 194H @ 2% (on commission)), charge point operators for the chargers at its showrooms
  (Statiq's e-mail, Tata Power EZ Charge's partner page: Charging sessions, Energy delivered, Charging revenue (kWh x
  rate), Host share @ n%, Less: TDS u/s 194-I(b) @ 10%), the marketplaces for its online sales (Flipkart Seller Hub
  and Amazon Seller Central in a browser: Orders settled, Sale amount, Less: Commission fee (n%), Fixed / closing fee
  (n x 45), Shipping fee, GST @ 18% on fees, TCS u/s 52 CGST Act (0.5%), TDS u/s 194-O (0.1%)): the partner on top
  and its line, Payout statement / Partner payout advice / Settlement details / Disbursement summary, Station partner
  / Partner / Host / Site partner / Payee / Seller / Seller name / Disbursed to, Station ID / Partner code / Charger
  ID / Site code / Seller ID / Merchant token, Site, Payout period / Statement period, Net payout / Amount payable /
  Payout amount / Net settlement / Amount disbursed (the sum large on the app), Bank account / Settled to, Mode NEFT
  / IMPS, Payout ID / Settlement ref / Transfer ID, UTR / IMPS Ref No., Paid on / Credited on / Settled on / Failed
  on / Scheduled for, Status on the mails; Paid / Payout credited / Transferred to bank / Payout failed - beneficiary
  name mismatch / Payout scheduled / Payout in process; and two riders' orders from the dealer (Amazon.in's order
  details in a browser, Flipkart's e-mail: Order placed / Order details / Your order is delivered, Sold by / Seller
  the company, the items (Montra Helicon 27.5 (installation included) x 1), Item subtotal, Delivery / FREE,
  Installation at home, Bank offer / Coupon discount, Order total / Grand total / Amount paid, Payment method / Paid
  via, Order ID / Order # and Payment ref / Transaction ID, Ordered on / Order date / Paid on, Delivered on, Payment
  status Paid).
* ``insurance_rto``: five insurers' premium receipts for riders' new-scooter policies the showroom sells as a POSP
  (Go Digit General Insurance Ltd's page in a browser, ICICI Lombard's and Royal Sundaram's e-mails, TATA AIG's and
  Chola MS's apps) and The New India Assurance Co. Ltd's printed PREMIUM RECEIPT for the dealer's Bharat Sookshma
  Udyam Suraksha shop policy: the insurer's legal name on top, or the app's title with Paid to / Insurer the company,
  Premium receipt / Payment receipt, Payment successful / Policy issued - payment received / Premium received /
  Payment pending - awaiting bank confirmation, Proposer / Insured / Policyholder, Policy No. / Proposal No., Vehicle
  and Reg. No. (NEW on some) or Policy and Premises, Policy period, Own damage (1 year), Third party (5 years), PA
  cover - owner driver, Zero depreciation add-on, or Building & fittings, Stock (vehicles, cycles & spares), Burglary
  add-on, Net premium, GST @ 18%, Total premium / Premium paid / Amount paid (the sum large on the apps), Payment
  mode / Paid via (Cheque with Cheque No. and Drawn on on the shop policy), Receipt No. / Premium receipt No.,
  Transaction ID, Bank Ref No. / UPI Ref No. / Auth code, Payment date / Paid on / Receipt date / Initiated on,
  Intermediary (Pahiya Cycles & EV (POSP - <town>)), Status on the mails and the paper; and two of Vahan 4.0's fee
  receipts for riders' registrations (Parivahan Sewa on top, Ministry of Road Transport & Highways, Government of
  India, Fee / Tax Receipt - New Registration / e-Payment Receipt (Vahan 4.0), Payment successful / Transaction
  successful / Payment failed - transaction declined / Transaction failed, Office (ARTO Agra, RTO Salem (West)),
  Application No., Owner name, Dealer, Vehicle class, Fuel ELECTRIC(BOV), Chassis No., Registration fee (BOV exempt)
  0, Smart card fee, Hypothecation fee, Motor vehicle tax, Postal fee, Service charge, Total amount / Amount paid,
  Payment mode, Payment gateway (SBI ePay, PayU (Vahan)), Bank, Receipt No., Transaction No., Bank Ref. No. / UPI Ref
  No., Receipt date / Payment date / Attempted on).
* ``rent_power``: two landlords' SHOWROOM RENT RECEIPT / RENT RECEIPT ("Received with thanks from M/s <firm> (Pahiya
  Cycles & EV) the rent of the showroom and workshop at <locality>, <town> for <month>", Receipt No. / No., Date,
  Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% on some over Rs 50,000, Amount received / Net amount received,
  the sum in words, NEFT and its UTR or the cheque, RECEIVED WITH THANKS, Landlord / Owner / Lessor (Shri on some),
  PAN, [ Revenue stamp ]), a landlord's NEFT from YES BANK YES Connect (heldout124's page, the landlord under
  Beneficiary / Payee / Beneficiary name, Remarks (Showroom rent <month> - Hisar), Debit account name; Transaction
  Failed / Returned by beneficiary bank / NEFT transfer failed), three electricity payments on Bharat Connect (Axis
  Mobile for TPWODL, Jupiter for JBVNL, Kotak811 for APSPDCL: the app on its band, Electricity bill paid / Payment to
  biller successful / Bill payment under process / Awaiting confirmation from biller, the sum large, Biller / Discom
  / Paid to the board (its short or long name), Consumer No. / Service Connection No., Consumer name, Bill date, Due
  date, Bill amount, Convenience fee Nil, Paid from, Bharat Connect Ref / B-Connect ID / BBPS Txn Ref, UPI Ref No.,
  Transaction ID on some, Paid on / Payment date / Initiated on) and two billers' own receipts in a browser (BSNL's
  Bharat Fibre, Torrent Power Ltd's for Agra: the biller on top and its line, Payment successful / Payment received /
  Thank you for your payment, Account No. / Service No., Name, Plan or Bill month, Amount paid / Total paid, Payment
  mode, Receipt No., Transaction ID, Bank Ref No. or Auth code, Payment date / Paid on).
* ``dealer_software``: the dealer's software (Zoho CRM, Wati, Exotel and Busy Accounting Software in rupees,
  Lightspeed Retail and Freshdesk in US dollars, Citrus-Lime in pounds, Bosch eBike Systems' DiagnosticTool 3 licence
  in euros; the vendor's e-mail, its billing page in a browser or Exotel's app screen): the product on top (in
  capitals on some) and its line or company, Payment receipt / Billing - invoice paid / Payment update, Account /
  Customer / Bill to the company, GSTIN, Account ID / Workspace ID / Customer no., Plan, Billing period, the lines
  (Retail POS licence (registers) 3 x USD 89.00), Subtotal, GST @ 18% / IGST @ 18% or Tax / VAT 0.00 with "Reverse
  charge: IGST on import of services is payable by the recipient.", Amount paid / Total charged / Total / Amount due
  or the sum large, Paid with, Invoice number / Receipt #, Payment ID / Charge ref, Bank Ref No., Auth code, UPI Ref
  No., Paid on / Charged on / Payment date / Failed on / Initiated on, Next charge on, Status; Paid / Payment
  successful / Payment failed - card declined / Payment processing - awaiting bank.
* ``customer_refunds``: the dealer refunding riders' booking amounts: its BOOKING CANCELLATION - REFUND VOUCHER /
  REFUND VOUCHER (the showroom or its firm on top; Voucher No. / Refund voucher No., Date, Refund to / Customer /
  Paid to, Booking No., Model, Reason (Booking cancelled - finance not approved), Booking amount received, Less:
  Cancellation charges, Refund amount / Amount refunded, the sum in words, Mode / Refunded by; REFUNDED / REFUND
  PAID), the booking website's gateways (Razorpay, CCAvenue, Instamojo in a browser: <firm> | Live, Refund details /
  Refund status, Refund processed / Refunded / Refund initiated, the refund large, Customer / Refunded to, Order ref,
  Payment amount / Original amount, Cancellation charge, Reason, Refund to Source - UPI / Source - card, Refund ID,
  Bank RRN / ARN, Refunded on / Processed on / Initiated on), its business banking (YES BIZ's app and Federal Bank
  FedCorp's page after an IMPS; heldout124's page, the rider under Beneficiary / Payee / Beneficiary name, Remarks
  (Booking refund); Funds transferred successfully / Transaction Failed / Returned by beneficiary bank / IMPS
  transfer failed), its e-mail (Pahiya Cycles & EV - <locality> on top, A unit of <firm>, Refunded to / Beneficiary,
  Reason, Booking amount, Less: Cancellation charges, Amount refunded, Mode NEFT, To account, UTR, Refunded on,
  Status Completed) and a CREDIT NOTE CUM REFUND / CREDIT NOTE - REFUND for accessories not fitted (Credit note No.,
  Side guard (not fitted), Extended warranty (not activated), GST @ 18%, Total credit refunded, UPI; REFUND PAID).
* ``tax_challans``: the GST portal's GST PMT-06 Payment Receipt / Challan Receipt - Form GST PMT-06 (four, in a
  browser or printed: CPIN and Created on, GSTIN, Legal name (the company or the franchisee's firm), Trade name, Tax
  period, CGST (0005) Tax, SGST (0006) Tax, IGST (0008) Tax, Interest, Total challan amount / Total amount, Mode of
  payment / Payment mode (E-Payment (Net Banking), NEFT / RTGS, Credit / Debit Card, UPI), Bank, CIN, BRN / Bank
  Reference No. (BRN), UPI Ref No., Date of deposit / Payment date and Time or Initiated on; Payment successful /
  Paid / Awaiting credit from RBI - NEFT / RTGS mandate), two TDS challans (ITNS 281: Canara Bank's Direct Tax -
  Challan Counterfoil, the e-filing portal's e-Pay Tax - Challan Receipt; TAN, Name, Assessment Year, Major Head,
  Minor Head, Nature of Payment (194Q - Payment for purchase of goods, 194-I(b), 194C, 192), Amount (in Rs.), CRN,
  Payment mode / Paid through, Bank, BSR Code, Challan No., CIN, BRN / Bank Reference Number, Date of deposit /
  Tender date, the Tax Breakup A to F; Payment Successful / Challan paid) and two of ICEGATE's customs duty receipts
  for imported e-cycle parts (ICEGATE on top, Indian Customs Electronic Gateway - CBIC, Government of India,
  e-Payment - Challan receipt / Customs duty e-payment receipt, IEC, Importer, Port code, Bill of Entry No. / BE No.,
  BE date, Goods (Li-ion cells 18650 (HS 85076000)), Assessable value, Basic Customs Duty @ n%, Social Welfare
  Surcharge @ 10% of BCD, IGST @ 18%, Total duty / Amount paid, Payment mode, Bank, Challan No., Bank Ref. No. / Bank
  Transaction No., Payment date / Date of payment / Attempted on; Payment successful / Duty paid / Payment failed -
  debit not confirmed by bank).

Outcomes: six successes, a failed and a pending page in every family (the merchant apps' credits, the fleet advice,
the scooter and cycle invoices, workshop bills and plan receipt, the riders' orders, the rent receipts, the billers'
own receipts, the refund vouchers, e-mails and credit note, the TDS challans and the shop policy's receipt are
successes). Absent fields: each family leaves out the id on one page (no UPI reference, UTR, RRN, IMPS reference,
ARN, approval or auth code, bank reference, BRN, Bharat Connect reference, CIN, transaction, payment, payout,
settlement, refund, charge, QR, order or app id, disbursal reference, Order No., receipt, invoice, bill, memo,
booking, voucher, credit note, payment voucher, CPIN or challan number, and no job card, LR or PO number; MID, TID,
BATCH, card, account, consumer and service numbers, UPI IDs, GSTIN, IFSC, PAN, TAN, policy and proposal numbers,
dealer, partner, station, site, seller and customer numbers, Reg. No., chassis, motor and battery numbers stay) and
the day on one (no date anywhere: no invoice, cheque, delivery, dispatch, EMI, policy, bill, due or validity day, no
rent or bill month, no payout, statement, billing or tax period, no assessment year, no year in a document's number,
no CPIN or CIN, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in), no
app id that carries one; an e-mail's hour, a slip's TIME / TXN TM and a phone's clock at most). Sums: the
two-wheeler-sized sums of a dealer (a few hundred rupees at the service desk, lakhs to the makers and at customs): ₹
(faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS / Rs. / none on slips, $ / US$ / USD on Lightspeed
Retail's and Freshdesk's, £ / GBP on Citrus-Lime's, € / EUR on Bosch eBike Systems'; lakh grouping on most, western
and plain on some. Days: 2026 (heldout116's ``day26``), printed in heldout121's patterns, this set's DAY_PATS and the
slips' own. Faces: heldout119's lists (SLIP_FACES for the showroom's slips, BILL_FACES for its own paper, PAPER_FACES
for the suppliers' and transporters' bills, PAGE_FACES for the lenders' and partners' pages, the insurance and Vahan
receipts, the rent and power, the refunds and the tax pages, SCREEN_FACES for the UPI screens, the makers' portals
and the software). Frames: heldout154's ``compose`` (heldout152's: heldout121's frames and marks, heldout129's rubber
stamp on the showroom's own paper). Seeds ``heldout156-<i>``.

Truth conventions (README "Receipt fields", as heldout152 and heldout154 quote them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the showroom (the trade name, the showroom's name with its locality or the
  firm that runs it) on a rider's UPI screen (Paid to / To / Sent to) and a rider's transfer (Beneficiary / Payee /
  Pay to; never the Remitter), in capitals on its slips (never the terminal's maker, the card's ISSUER or the PAYER
  VPA), on top of its own invoices, receipts and bills (never the Customer / Sold to / Buyer / Received from); the
  supplier on top of its bill (never M/s the firm under Bill to / Buyer); the landlord under Landlord / Owner /
  Lessor (Shri is no part of the name, heldout142) or, paid from the bank, under Beneficiary / Payee / Beneficiary
  name (never the Debit account name); the board under Biller / Discom / Paid to; the biller on top of its own
  receipt (BSNL, never the Bharat Sanchar Nigam Limited - Bharat Fibre line under it; Torrent Power Ltd); the
  software product on top (never its company line or tagline, nor the company under Account / Customer / Bill to).
  Never a bank, app, terminal maker, gateway, platform or the payer. *settled*: the showroom's merchant app (PhonePe
  Business, Paytm for Business, BharatPe) pays the showroom under Business / Outlet / Received at, never the rider
  under From / Sender / Customer nor the app or its bank (heldout154). *settled*: a lender's disbursement pays the
  dealer under Dealer / Dealer name / Beneficiary, never the lender on top of its advice nor the Customer / Borrower
  whose loan it is; the fleet's payment advice pays the dealer under Vendor / Supplier / Paid to, never the fleet on
  top. *settled*: a maker's portal pays the maker's company under Paid to / Payee / Company as printed (Ather Energy
  Ltd, TVS Motor Company Ltd, Tube Investments of India Ltd, Inkodop Technologies Pvt Ltd on EMotorad Partner's app,
  Hero MotoCorp Ltd on the VIDA portal, Greaves Electric Mobility Pvt Ltd on Ampere's), never the portal's name on
  top (Ather Dealer Portal, TI Cycles Partner Hub, EMotorad Partner) nor the dealer under Dealer / Dealer name; a
  transfer to a maker pays it under Beneficiary / Payee / Pay to. *settled*: a freight bill pays the transporter on
  top, never the Consignor (the cycle maker whose goods it carried) nor M/s the firm under Consignee. *settled*: a
  swap network's or charge point operator's payout pays the dealer under Station partner / Partner / Host / Site
  partner / Payee as printed, never the partner on top nor the Site line; a marketplace's settlement pays it under
  Seller / Seller name / Disbursed to, never the platform; a rider's marketplace order pays the firm under Sold by /
  Seller (heldout152's tickets, heldout154's orders), never Amazon.in or Flipkart on top. *settled*: an insurer's
  premium receipt pays the insurer named on top (its legal name: Go Digit General Insurance Ltd, ICICI Lombard
  General Insurance Co. Ltd, The New India Assurance Co. Ltd) or, on its app, the company under Paid to / Insurer
  (Tata AIG General Insurance Co. Ltd under TATA AIG's title, Cholamandalam MS General Insurance Co. Ltd under Chola
  MS's), never the Intermediary (the showroom as POSP) nor the Proposer / Insured / Policyholder. *settled*: a
  refund's payee is the rider under Refund to / Customer / Paid to / Refunded to / Beneficiary / Beneficiary name
  (heldout137, heldout152, heldout154), never the showroom on top of its voucher, e-mail or credit note, the gateway
  or the firm under it. A GST challan and an income-tax (TDS) challan name no payee (heldout137, heldout144);
  *settled*: nor does ICEGATE's customs duty receipt (the customs' payment gateway, as the GST and income-tax portals
  are), nor Vahan's fee receipt (Parivahan Sewa on top is the ministry's portal; the Office (ARTO Agra) is the
  registering authority collecting the state's fees and tax, as heldout154 settled for the profession tax's
  e-challan): merchant_name null.
* amount / currency: the sum this payment moved. A UPI screen's and a merchant app's sum large; a transfer's Amount /
  Transfer Amount / Amount (INR) or sum large. *settled*: a lender's disbursement counts the Net disbursement /
  Amount disbursed to dealer / Net amount credited (the Loan amount less the dealer subvention and the processing fee
  deducted), never the Loan amount, the Invoice value / On-road price, the Down payment or the EMI; the fleet's
  advice its Net amount paid / Amount remitted (after TDS u/s 194Q), never the Gross amount / Invoice total.
  *settled*: an EMI slip's TXN AMOUNT (the PRODUCT PRICE less the maker's INSTANT DISCOUNT: the sum the card was
  charged), never the PRODUCT PRICE, the MONTHLY EMI or the TOTAL PAYABLE TO BANK with interest. *settled*: a
  scooter's invoice counts the Amount received / Received (the Invoice total / Ex-showroom price less the PM E-DRIVE
  incentive the maker claims), never the Taxable value or the total before the incentive; a booking receipt its
  Booking amount received / Amount received, or its Booking amount (cheque) / Cheque amount on the cheque awaiting
  clearance, never the On-road price (tentative); a workshop bill its Received (the Net payable / Bill total after
  Round off), never the Labour total or Parts total; the money receipt its Cheque amount; a plan receipt its Received
  / Amount received (the plan price with GST). *settled*: a maker's portal counts the Amount paid / Payment amount or
  the sum large (the Order total less TDS u/s 194Q where deducted), never the Order total or a model's line. A
  supplier's Received / Amount received, or Amount due / Balance payable on the declined UPI, or Cheque received;
  *settled*: a freight bill's total freight (the reverse-charge GST line adds nothing). *settled*: a swap network's
  payout counts the Net payout / Amount payable / Payout amount or sum large (the swaps' commission and the
  electricity reimbursed less TDS u/s 194H), a charge point operator's the host share less TDS u/s 194-I(b), never
  the Charging revenue; a marketplace's Net settlement / Amount disbursed (after commission, fixed and shipping fees,
  GST on them, TCS u/s 52 and TDS u/s 194-O), never the Sale amount; a rider's order its Order total / Grand total /
  Amount paid (with delivery and installation, less the discount), never the Item subtotal. *settled*: a premium
  receipt counts the Total premium / Premium paid / Amount paid or sum large (with GST), never the Net premium or a
  cover's line. Vahan's Total amount / Amount paid (every head, the BOV-exempt registration fee at 0). A Bharat
  Connect page's sum large (the Bill amount); a biller's Amount paid / Total paid. A rent receipt's Amount received /
  Net amount received (after TDS u/s 194-I(b) where deducted); a rent transfer's sum. A subscription's Amount paid /
  Total charged / Total / Amount due or sum large. *settled*: a refund's Refund amount / Amount refunded or sum large
  (the booking amount less the cancellation charges), never the Booking amount received / Payment amount / Original
  amount; the credit note's Total credit refunded (the items with GST). A GST challan's Total challan amount / Total
  amount; a TDS challan's Amount (in Rs.). *settled*: ICEGATE's Total duty / Amount paid (the basic customs duty, the
  social welfare surcharge and IGST), never the Assessable value. Currency INR everywhere but on four software pages:
  *settled*: Lightspeed Retail's and Freshdesk's in US dollars: USD; Citrus-Lime's in pounds: GBP; Bosch eBike
  Systems' in euros: EUR (heldout152, heldout154), the Tax / VAT 0.00 and the reverse-charge line adding nothing.
* status: as printed (the words listed with each family above). *settled*: a merchant app's Payment received / Money
  received / Received successfully is a success; Disbursed / Amount credited to dealer / Disbursement successful
  successes and Disbursement initiated - UTR awaited / Disbursal in process pending; the fleet advice's Status Paid /
  Processed a success; a slip's QR PAYMENT PENDING (VERIFY IN MERCHANT APP BEFORE DELIVERY) pending and DECLINED RESP
  <code> failed, an EMI slip's TXN APPROVED / APPROVED a success (the EMI is booked later by the issuer); the
  showroom's CHEQUE RETURNED UNPAID - DELIVERY ON HOLD failed and CHEQUE RECEIVED - SUBJECT TO REALISATION pending
  (heldout110); a supplier's UPI DECLINED - AMOUNT DUE failed and CHEQUE RECEIVED - SUBJECT TO REALISATION pending;
  Payout failed - beneficiary name mismatch failed, Payout scheduled and Payout in process pending; Policy issued -
  payment received and Premium received successes, Payment pending - awaiting bank confirmation pending, the shop
  policy's Status Received a success; Vahan's Payment failed - transaction declined / Transaction failed failed; Bill
  payment under process and Awaiting confirmation from biller pending; Payment failed - card declined failed and
  Payment processing - awaiting bank pending; Refund initiated pending; Awaiting credit from RBI - NEFT / RTGS
  mandate pending; ICEGATE's Payment failed - debit not confirmed by bank failed and Duty paid a success.
* date: the day paid (an invoice's, receipt's, bill's, memo's, voucher's or slip's Date / Dated / Inv. dt. / Bill
  date / TXN DT : / DATE & TIME : / ON :; Paid on, Payment date, Paid at, Received on, Date & time, Date & Time,
  Transaction Date, Value Date, Transferred on, Disbursement date, Value date, Disbursed on, Credited on, Settled on,
  Ordered on, Order date, Charged on, Refunded on, Processed on, Receipt date, Date of deposit, Tender date, Date of
  payment; Attempted on, Failed on, Initiated on and a payout's Scheduled for on the failures and the waits).
  *settled*: never a First EMI on, an Expected delivery / Expected dispatch / Delivered on, a Cheque date, a Policy
  period, a Bill date / Due date / Bill month, a Payout period / Statement period, a Billing period / Next charge on,
  a rent's month, a BE date, a CPIN's Created on, a Tax period or an Assessment Year.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited. *settled*: a lender's disbursement by NEFT / IMPS / RTGS and the fleet's RTGS are "netbanking"; an EMI
  slip (brand or bank) is card and a slip's MODE : UPI QR is UPI; a merchant app's UPI - QR scan / UPI (Smart
  Speaker) is UPI; a maker's portal paid by RTGS / NEFT (virtual account) or Net banking - <bank> is "netbanking"; a
  supplier's declined UPI names UPI and its Cheque No. cheque; the shop policy's Cheque is cheque; a GST challan's
  NEFT / RTGS mandate is "netbanking"; a refund's Source - card / UPI is its way.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  Ref No., UPI Ref. No., UPI Txn Ref, UPI RRN, Bank RRN, UPI Transaction ID, RRN NO : / REF NO :, RRN, IMPS Ref No.,
  IMPS Reference No., UTR / UTR No. / NEFT UTR, a card refund's ARN), then a bank reference (Bank Ref No., Bank Ref.
  No., Bank Reference, Reference No. on a transfer, BRN, Bank Reference No. (BRN), Bharat Connect Ref / B-Connect ID
  / BBPS Txn Ref, *settled*: ICEGATE's Bank Transaction No.), then a transaction / payment id (Transaction ID,
  Payment ID, the app's own id, Disbursal ref, Payout ID / Settlement ref / Transfer ID, Refund ID, Charge ref,
  Payment ref, a slip's QR REF :, *settled*: Vahan's Transaction No., a challan's CIN), then an approval code (AUTH
  ID : / APPROVAL :, Auth code / Auth Code / Approval Code), then an order's number (Order ID / Order #, *settled*: a
  maker's portal's Order No.), then a document's own number (Invoice No. / Inv. No. / Bill No. / Memo No., Receipt
  No. / Premium receipt No. / No., Booking No. on a booking receipt, Voucher No. / Refund voucher No., Credit note
  No., Payment voucher No., Invoice number / Receipt # on a subscription, ROC NO : / INVOICE NO : on a slip, a GST
  challan's CPIN, a TDS challan's CRN, *settled*: ICEGATE's Challan No.). *settled*: never a Job card No., an LR No.,
  the PO in a fleet advice's line, the Booking No. a refund voucher cancels, a gateway refund's Order ref, a Dealer
  code / Dealer ID / Partner ID, a Station ID / Partner code / Charger ID / Site code / Seller ID / Merchant token, a
  Loan A/c No. / Agreement No. / Application No. (a lender's or Vahan's), a Policy No. / Proposal No., a Vendor code,
  a Chassis No. / VIN / Motor No. / Battery No. / Reg. No., an IEC or a Bill of Entry No., a Consumer No. / Service
  Connection No. / Account No. / Service No., an Account ID / Workspace ID / Customer no., a BSR Code or a TDS
  challan's Challan No., a cheque number, MID, TID, BATCH, a card or mobile number, a UPI ID, PAN, TAN, GSTIN or
  IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout156_families import (
    compose,
    customer_refunds,
    dealer_paper,
    dealer_software,
    insurance_rto,
    oem_orders,
    partner_payouts,
    parts_suppliers,
    rent_power,
    ride_finance,
    rider_upi,
    showroom_card,
    tax_challans,
)

SPLIT = "heldout156"

FAMILIES: list[Family] = [
    ("rider_upi", rider_upi, SCREEN_FACES),
    ("ride_finance", ride_finance, PAGE_FACES),
    ("showroom_card", showroom_card, SLIP_FACES),
    ("dealer_paper", dealer_paper, BILL_FACES),
    ("oem_orders", oem_orders, SCREEN_FACES),
    ("parts_suppliers", parts_suppliers, PAPER_FACES),
    ("partner_payouts", partner_payouts, PAGE_FACES),
    ("insurance_rto", insurance_rto, PAGE_FACES),
    ("rent_power", rent_power, PAGE_FACES),
    ("dealer_software", dealer_software, SCREEN_FACES),
    ("customer_refunds", customer_refunds, PAGE_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
]


def make_heldout156_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout156 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
